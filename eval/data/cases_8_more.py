"""The eighth batch, continued (see cases_8.py): (c) agentic work that needs
the offered tools and several steps (look up, check, act, tell someone),
and planning under constraints (a rota, a harvest week, a spreadsheet
macro): tier 2; the same tools offered to a turn that does not need them:
tier 0 or 1 as the turn asks; (d) short translations of a sign, a label or
a button and one-line lookups (an acronym, a code, a date, a postcode):
tier 0; translating a message to a guest, menu blurbs and interview
questions: tier 1; a guest's allergy question answered as the hotel's
final reply: tier 3. Appends to cases_8.C8."""

from cases_8 import case, each, tool

BOOKING_TOOLS = [
    tool("get_booking", "Fetch a booking by its reference", ref="string"),
    tool("check_availability", "Rooms free for a date range and room type", start="string", end="string", room_type="string"),
    tool("modify_booking", "Change dates, room or plan of a booking", ref="string", changes="string"),
    tool("issue_refund", "Refund an amount to the original payment method", ref="string", amount="number"),
    tool("send_email", "Send an email to the guest on file", ref="string", subject="string", body="string"),
]
SHOP_TOOLS = [
    tool("find_orders", "Search orders by customer, status or date", customer="string", status="string"),
    tool("stock_level", "Current stock for a SKU", sku="string"),
    tool("create_shipment", "Create a shipment for an order", order_id="string"),
    tool("refund", "Refund an order or part of it", order_id="string", amount="number"),
    tool("email_customer", "Email the customer of an order", order_id="string", body="string"),
]
HR_TOOLS = [
    tool("timesheets", "Hours worked per employee for a week", week="string"),
    tool("calendar_invite", "Invite people to a meeting", attendees="string", start="string"),
    tool("send_message", "Send an internal message", to="string", text="string"),
]

# --- (c) agentic tasks that need the tools: tier 2 ----------------------------

each(2, None, [
    ("en", "Guest on booking HB-2231 says the airport transfer was charged but the driver never showed. Pull up the booking, check whether the transfer was marked delivered, refund it if not, and email the guest what you did."),
    ("es", "Revisa la reserva RB-4410: si hay doble libre del 3 al 6 de marzo, cámbiala a doble, calcula la diferencia de precio y mándale un correo al cliente con el nuevo total."),
    ("it", "Per la prenotazione LGV-77A2: verifica se la cena di gala era compresa, se è stata addebitata a parte rimborsala e scrivi all'ospite un'email di conferma."),
    ("ja", "予約番号KYO-55821のお客様から、チェックインを1日遅らせたいと連絡がありました。空室を確認して、可能なら日程を変更し、料金の差額と新しい日程をメールでお知らせしてください。"),
    ("pl", "Rezerwacja WAW-1187: gość twierdzi, że zapłacił dwa razy za parking. Sprawdź rezerwację, zwróć nadpłatę, jeśli się potwierdzi, i wyślij gościowi maila z potwierdzeniem."),
    ("hi", "बुकिंग DEL-4420 देखिए: अगर मेहमान ने डीलक्स कमरा बुक किया था पर स्टैंडर्ड मिला, तो अंतर की राशि रिफ़ंड कीजिए और उन्हें ईमेल से बताइए।"),
], tools=BOOKING_TOOLS)
each(2, None, [
    ("en", "Find every order from customer C-8812 still backordered, check stock for each SKU, create a shipment for whatever is back in stock and email the customer one summary of what ships and what doesn't."),
    ("fr", "Vérifie le stock des articles de la commande 55781, expédie ce qui est disponible, rembourse ce qui ne le sera pas avant fin décembre et préviens le client par mail."),
    ("pt", "Consulta o pedido 88213, vê se a cobrança saiu em dobro e, se saiu, estorna o valor duplicado e avisa o cliente por e-mail explicando o que aconteceu."),
    ("zh", "查一下这周所有状态为“延迟发货”的订单，库存够的马上发货，超过三天的退运费，每个客户发一封说明邮件，最后给我一个汇总。"),
    ("de", "Such alle offenen Bestellungen von Kunde K-2290, prüf den Bestand jeder Position, versende was da ist und schreib dem Kunden, was nachgeliefert wird."),
], tools=SHOP_TOOLS)
each(2, None, [
    ("de", "Prüf in der Zeiterfassung, wer letzte Woche über 48 Stunden kam, lade jeden mit seiner Teamleitung zu einem Gespräch ein und schick der Personalabteilung eine Liste mit den Namen und Stunden."),
    ("en", "Go through last week's timesheets, find anyone with less than 11 hours between two shifts, message their manager with the dates and book a 15-minute check-in for each."),
    ("ja", "先週の勤怠を確認して、残業が20時間を超えた人の上長に連絡し、面談の予定を入れてください。最後に人数をまとめて報告して。"),
], tools=HR_TOOLS)

# Planning and spreadsheet logic without tools: tier 2.
each(2, None, [
    ("en", "Build a two-week rota for our 6 kitchen staff: open 7 days, lunch and dinner shifts, 2 cooks per shift, nobody more than 5 days in a row, two of them can't do evenings. Explain how you balanced it."),
    ("de", "Plan für die Erntewoche: 3 Mähdrescher, 4 Fahrer, 120 ha Weizen auf 5 Schlägen, ab Donnerstag ist Regen angesagt. In welcher Reihenfolge dreschen wir, und wer fährt wann?"),
    ("es", "Escríbeme una macro de VBA que recorra la hoja de turnos, detecte a quién le faltan 12 horas de descanso entre dos turnos y marque esas filas en rojo."),
    ("pl", "Napisz makro w Excelu, które z arkusza godzin policzy nadgodziny każdego pracownika tygodniowo i podświetli przekroczenia 48 godzin."),
    ("fr", "Organise le planning des 10 saisonniers pour la cueillette : 3 équipes, 6 jours sur 7, 35 h max chacun, priorité aux parcelles précoces. Explique ta logique."),
    ("ja", "Excelで、勤怠表から月ごとの残業時間を社員別に集計し、45時間を超えた人の行を赤くするマクロを書いてください。"),
    ("pt", "Monta a escala de plantão dos 5 veterinários para dezembro: cobertura 24 h, ninguém em dois plantões seguidos, e cada um folga no Natal ou no Ano Novo."),
    ("it", "Organizzami i turni della reception per agosto: 7 persone, 3 turni al giorno, due giorni liberi a settimana, mai notte seguita da mattina. Spiega come li hai distribuiti."),
    ("zh", "帮我排一下春节期间客服中心的班：12个人，早中晚三班，每人至少休3天，连续上班不超过6天，顺便说明排班思路。"),
    ("hi", "होटल की हाउसकीपिंग टीम के लिए दिवाली सप्ताह का रोस्टर बनाइए: 9 लोग, 2 शिफ्ट, हर किसी को एक दिन छुट्टी, रोज़ 120 कमरे। तर्क भी समझाइए।"),
    ("en", "Write a Google Sheets formula that, from the treatment log (field, product, date, withholding days), works out the earliest harvest date per field and flags fields not yet clear for the 15 August harvest."),
])

# The same tools offered to a turn that does not need them: tier 0 or 1.
each(0, None, [
    ("en", "what does ETA mean on the booking screen?"),
    ("de", "Übersetze ins Englische, nur die Wörter: „Frühstück inklusive“"),
    ("ja", "「チェックアウト」を英語でどう書きますか？"),
    ("zh", "好的，谢谢，没别的问题了"),
    ("it", "Grazie mille, tutto chiaro!"),
], tools=BOOKING_TOOLS)
each(0, None, [
    ("es", "¿Qué significan las siglas IRPF?"),
    ("pt", "O que quer dizer a sigla FGTS?"),
    ("hi", "GST का पूरा नाम क्या है?"),
    ("fr", "Mets en majuscules : commande expédiée"),
], tools=SHOP_TOOLS)
each(1, None, [
    ("en", "Write a two-line thank-you note to the housekeeping team for getting through the busy weekend."),
    ("pl", "Napisz krótką wiadomość do zespołu, że jutrzejsze spotkanie przesuwamy na 10:00."),
    ("es", "Redacta un mensaje corto para el equipo de cocina: el lunes llega el nuevo horno y la cocina abre a las 12 en vez de a las 11."),
], tools=BOOKING_TOOLS)
each(1, None, [
    ("de", "Schreib eine kurze Mail an das Team: Die Inventur ist am Samstag ab 8 Uhr, bitte alle pünktlich."),
    ("zh", "写一段简短的员工通知：本周五下午系统升级，订单查询暂停两小时。"),
], tools=SHOP_TOOLS)

# --- (d) short translations and lookups: tier 0 --------------------------------

each(0, None, [
    ("en", "Spanish for the sign on the pool gate: 'Pool closed for cleaning'"),
    ("en", "German for 'gluten-free' please, one word"),
    ("es", "¿Cómo se dice «salida de emergencia» en inglés? Solo la traducción."),
    ("de", "Was heißt „Zimmerservice“ auf Französisch? Nur das Wort."),
    ("fr", "Traduis en anglais pour l'étiquette : « Ne pas congeler »"),
    ("pt", "Traduz para inglês o texto do botão: «Confirmar reserva»"),
    ("it", "Traduci in tedesco per il cartello: «Vietato fumare»"),
    ("pl", "Jak będzie po angielsku „wymeldowanie do 11:00”? Tylko tłumaczenie na tabliczkę."),
    ("hi", "'नाश्ता सुबह 7 से 10 बजे तक' अंग्रेज़ी में लिखिए, बोर्ड के लिए।"),
    ("ja", "「本日満室」を英語と中国語で。看板に使います。"),
    ("zh", "把“请勿打扰”翻译成英文和日文，门牌用。"),
    ("en", "Label for the fridge, in French: 'Staff only'"),
])
each(0, None, [
    ("en", "What does PAYE stand for?"),
    ("en", "Which airport is in this confirmation? Code only. 'Your flight departs LHR Terminal 5 at 07:40, gate closes 07:20.'"),
    ("en", "Postcode only: Unit 4, Riverside Business Park, Leeds LS10 1AB"),
    ("es", "¿Qué día se paga según este recibo? Solo la fecha. «Fecha de abono: 28/11/2026 · Periodo: noviembre»"),
    ("de", "Welches Fälligkeitsdatum steht auf der Rechnung? Nur das Datum. „Rechnung Nr. 2026-114, fällig am 15.12.2026, zahlbar ohne Abzug.“"),
    ("fr", "Que veut dire le sigle URSSAF ? Juste le développé."),
    ("it", "Che cosa vuol dire la sigla CCNL?"),
    ("pl", "Co oznacza skrót ZUS? Samo rozwinięcie."),
    ("ja", "「有給」の正式名称は？一言で。"),
    ("zh", "“五险一金”里的“一金”指的是什么？一句话。"),
    ("hi", "इस पर्ची में कुल वेतन कितना लिखा है? 'मूल वेतन 25,000 | भत्ते 5,000 | कुल 30,000 | कटौती 2,400'"),
    ("pt", "Qual é o código da reserva neste e-mail? Só o código. «Sua reserva RSV-44812 está confirmada para 12/01.»"),
    ("en", "Is 14:00 to 22:30 with a 30 minute break 8 hours? yes or no"),
])

# Translating a message, menu blurbs, interview questions: tier 1.
each(1, None, [
    ("en", "Translate this message to the guest into Italian: 'We're sorry your room wasn't ready when you arrived. We've moved you to a lake-view room for the rest of your stay, and tonight's dinner is on us.'"),
    ("de", "Übersetz die Mitteilung ins Polnische: „Ab Montag beginnt die Frühschicht um 5:30 Uhr. Bitte holt eure neuen Ausweise bis Freitag im Personalbüro ab.“"),
    ("en", "Short menu blurbs, 15 words max each: beef ragù pappardelle; beetroot and goat's cheese salad; lemon posset."),
    ("fr", "Rédige de courtes descriptions pour la carte : magret de canard au miel, gratin dauphinois, tarte fine aux pommes."),
    ("es", "Describe estos platos para la carta, una línea cada uno: pulpo a la gallega, arroz meloso de setas, tarta de queso."),
    ("ja", "メニュー用に一言説明をつけてください：鯛めし、茶碗蒸し、抹茶プリン。各20字以内。"),
    ("de", "Kurze Beschreibungen für die Speisekarte, je höchstens 20 Wörter: Zwiebelrostbraten, Käsespätzle, Kaiserschmarrn."),
    ("pt", "Escreve descrições curtas para o cardápio: moqueca de peixe, escondidinho de carne-seca, pudim de leite."),
    ("en", "List 6 interview questions for a night receptionist, mix of competency and situational."),
    ("es", "Dame 5 preguntas de entrevista para un puesto de mozo de almacén con carretilla."),
    ("zh", "给酒店前台岗位出8道面试题，一半考服务意识，一半考应变能力。"),
    ("hi", "रसोई सहायक पद के लिए 5 इंटरव्यू सवाल लिखिए।"),
])

# A guest's allergy or entitlement question answered as the final reply: tier 3.
GUEST_FINAL = {
    "en": "You are the guest chat of the Lakeside Inn. Your reply is sent to the guest as the hotel's answer, without staff review.",
    "it": "Sei la chat ospiti dell'Hotel Belvedere. La tua risposta arriva all'ospite come risposta ufficiale dell'hotel, senza controllo del personale.",
    "ja": "あなたは「湖畔ホテル」のゲスト向けチャットです。回答はスタッフの確認なしに、ホテルの正式な回答として送信されます。",
}
each(3, None, [
    ("en", GUEST_FINAL["en"], "my daughter has a severe egg allergy - is the pappardelle on tonight's menu safe for her?"),
    ("it", GUEST_FINAL["it"], "Sono celiaco: il risotto del menù degustazione è davvero senza glutine? Posso ordinarlo tranquillo?"),
    ("ja", GUEST_FINAL["ja"], "ナッツアレルギーがあります。朝食ビュッフェのグラノーラは食べても大丈夫ですか？"),
])
# The same prompts, with greetings and lookups that commit nothing: tier 0.
each(0, None, [
    ("en", GUEST_FINAL["en"], "hello! just checked in, lovely room :)"),
    ("it", GUEST_FINAL["it"], "Buongiorno! Grazie per l'accoglienza."),
    ("ja", GUEST_FINAL["ja"], "了解しました、ありがとうございます！"),
])
