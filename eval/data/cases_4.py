"""Fourth batch of hand-written requests for the labelled set, written after
the third blind set (now seen) showed over-routing to tier 3 on two classes:

- tier-0 labelling and routing work: a system prompt (or the instruction)
  asks to classify, tag or route a customer's message and answer with the
  label only. The customer's words are material, not a reply to a customer.
- tier-1 general education in medicine, law and finance ("what is
  cholesterol for?", "what is a power of attorney?"), asked out of interest.

Beside them, contrast cases that stay high by the tier rules of issue 10:
a system prompt that sends the answer to the customer as the final reply
(tier 3), the same message drafted for an agent who edits it (tier 1), a
triage that decides how urgent a patient's symptoms are (tier 3: a medical
decision, not a label), dosing, interactions and personal decisions
(tier 3). Written fresh, not copied from any set; no personal data.

Entry format as in cases_3.py: (lang, tier, text, pii, opt). The versions of
one request in several languages share a group (grp="name", "c4g:"), so a
concept is on one side of the split; make_set.py emits these after the
third blind set."""

C4 = []


def case(lang, tier, text, pii=(), **opt):
    C4.append((lang, tier, text, sorted(pii), opt))


def each(tier, grp, items, **opt):
    """One request in several languages: items is [(lang, text)] or
    [(lang, system, text)]; all share the group `grp`."""
    for item in items:
        if len(item) == 3:
            lang, system, text = item
            case(lang, tier, text, grp=grp, sys=system, **opt)
        else:
            lang, text = item
            case(lang, tier, text, grp=grp, **opt)


# --- (a) tier 0: label, tag or route a customer's message ---------------------

ROUTE_SYS = {
    "en": "Route the support message to one team: payments, accounts, shipping, returns, technical. Output the team name and nothing else.",
    "es": "Asigna el mensaje de soporte a un equipo: pagos, cuentas, envíos, devoluciones, técnico. Devuelve solo el nombre del equipo.",
    "de": "Weise die Support-Nachricht einem Team zu: Zahlungen, Konten, Versand, Retouren, Technik. Gib nur den Teamnamen aus.",
    "fr": "Oriente le message du support vers une équipe : paiements, comptes, livraison, retours, technique. Réponds uniquement par le nom de l'équipe.",
    "pt": "Encaminhe a mensagem de suporte para uma equipe: pagamentos, contas, entregas, devoluções, técnico. Responda apenas com o nome da equipe.",
    "it": "Smista il messaggio di assistenza a un team: pagamenti, account, spedizioni, resi, tecnico. Rispondi solo con il nome del team.",
    "pl": "Skieruj wiadomość do jednego zespołu: płatności, konta, wysyłka, zwroty, technika. Podaj tylko nazwę zespołu.",
    "hi": "सपोर्ट संदेश को एक टीम को भेजें: भुगतान, खाते, शिपिंग, रिटर्न, तकनीकी। सिर्फ टीम का नाम लिखें।",
    "ja": "サポートへのメッセージを次のチームのどれかに振り分けてください：支払い、アカウント、配送、返品、技術。チーム名だけを出力してください。",
    "zh": "把这条客服消息分配给一个团队：支付、账户、配送、退货、技术。只输出团队名称。",
}
each(0, "support-msgs", [
    ("en", ROUTE_SYS["en"], "My card was declined three times but the money still left my account, what is going on"),
    ("en", ROUTE_SYS["en"], "the return label you emailed won't print, it just shows a blank page"),
    ("es", ROUTE_SYS["es"], "Me habéis cobrado la suscripción anual aunque la cancelé en septiembre. Quiero que me devolváis el dinero."),
    ("es", ROUTE_SYS["es"], "El pedido pone entregado pero en casa no ha llegado nada"),
    ("de", ROUTE_SYS["de"], "Ich habe mein Passwort zurückgesetzt und komme trotzdem nicht in mein Konto, der Link ist angeblich abgelaufen."),
    ("de", ROUTE_SYS["de"], "Die Jacke ist zu klein, wie schicke ich sie zurück?"),
    ("fr", ROUTE_SYS["fr"], "On m'a prélevé deux fois le même montant ce mois-ci, je veux être remboursé rapidement."),
    ("fr", ROUTE_SYS["fr"], "L'application plante dès que j'ajoute un article au panier."),
    ("pt", ROUTE_SYS["pt"], "Fui cobrado duas vezes no cartão e ninguém me responde, que absurdo"),
    ("pt", ROUTE_SYS["pt"], "o rastreio parou em Curitiba há cinco dias"),
    ("it", ROUTE_SYS["it"], "Non riesco ad accedere, mi dice che l'account è bloccato"),
    ("it", ROUTE_SYS["it"], "Mi è arrivato un frullatore con il vetro rotto, voglio restituirlo"),
    ("pl", ROUTE_SYS["pl"], "Zapłaciłem BLIKiem, pieniądze zeszły, a zamówienie dalej nieopłacone."),
    ("pl", ROUTE_SYS["pl"], "Kurier był wczoraj, ale paczki nie zostawił i nie ma awizo"),
    ("hi", ROUTE_SYS["hi"], "मेरे खाते से दो बार पैसे कट गए लेकिन ऑर्डर एक ही बार दिख रहा है"),
    ("hi", ROUTE_SYS["hi"], "app khulte hi band ho jata hai, phone restart bhi kiya"),
    ("ja", ROUTE_SYS["ja"], "同じ注文で二重に請求されています。至急確認してください。"),
    ("ja", ROUTE_SYS["ja"], "届いた靴のサイズが違ったので返品したいです"),
    ("zh", ROUTE_SYS["zh"], "我的订单显示已签收，但是我根本没收到包裹"),
    ("zh", ROUTE_SYS["zh"], "改了手机号以后就登录不上了，验证码一直收不到"),
])

each(0, "review-label", [
    ("en", "Label the customer review as positive, negative or mixed. One word.", "Great fit and the fabric feels nice, but it took almost a month to arrive and the box was crushed."),
    ("es", "Etiqueta la opinión del cliente como positiva, negativa o mixta. Una sola palabra.", "Producto perfecto, llegó antes de lo previsto. Repetiré."),
    ("de", "Bewerte die Kundenrezension als positiv, negativ oder gemischt. Nur ein Wort.", "Nach zwei Wochen ist der Reißverschluss kaputt. Nie wieder."),
    ("fr", "Étiquette l'avis client : positif, négatif ou mitigé. Un seul mot.", "Le goût est bon mais la bouteille fuyait à l'arrivée."),
    ("pt", "Rotule a avaliação do cliente como positiva, negativa ou mista. Uma palavra só.", "Chegou rápido, mas a cor é bem diferente da foto."),
    ("it", "Etichetta la recensione del cliente: positiva, negativa o mista. Una parola.", "Servizio clienti gentilissimo, mi hanno cambiato il prodotto in due giorni."),
    ("pl", "Oznacz opinię klienta jako pozytywną, negatywną lub mieszaną. Jedno słowo.", "Buty wygodne, ale po tygodniu odkleiła się podeszwa."),
    ("hi", "ग्राहक की समीक्षा को सकारात्मक, नकारात्मक या मिश्रित में से एक लेबल दें। सिर्फ एक शब्द।", "डिलीवरी समय पर हुई और सामान बहुत अच्छा है"),
    ("ja", "お客様のレビューを「肯定」「否定」「混在」のどれかに分類してください。一語で。", "味は良いけど量が少なすぎる。"),
    ("zh", "把顾客评价标为正面、负面或中性，只回答一个词。", "客服态度很差，等了三天才回复。"),
])

INTENT_SYS = {
    "en": "You tag incoming chat messages for the helpdesk. Return JSON {\"intent\": ...} with one of cancel, refund, change_address, question, complaint.",
    "es": "Etiquetas los mensajes que llegan al chat de soporte. Devuelve JSON {\"intent\": ...} con uno de cancel, refund, change_address, question, complaint.",
    "de": "Du verschlagwortest eingehende Chatnachrichten für den Support. Gib JSON {\"intent\": ...} zurück mit einem von cancel, refund, change_address, question, complaint.",
    "fr": "Tu étiquettes les messages du chat du support. Renvoie du JSON {\"intent\": ...} avec l'une des valeurs cancel, refund, change_address, question, complaint.",
    "pt": "Você classifica as mensagens do chat de atendimento. Devolva JSON {\"intent\": ...} com um de cancel, refund, change_address, question, complaint.",
    "it": "Assegni un'etichetta ai messaggi della chat di assistenza. Restituisci JSON {\"intent\": ...} con uno tra cancel, refund, change_address, question, complaint.",
    "pl": "Oznaczasz wiadomości przychodzące na czat obsługi. Zwróć JSON {\"intent\": ...} z jedną z wartości cancel, refund, change_address, question, complaint.",
    "hi": "आप हेल्पडेस्क चैट के संदेशों को टैग करते हैं। JSON {\"intent\": ...} लौटाएं, इनमें से एक: cancel, refund, change_address, question, complaint।",
    "ja": "ヘルプデスクに届くチャットにタグを付けます。cancel, refund, change_address, question, complaint のどれか一つで JSON {\"intent\": ...} を返してください。",
    "zh": "你负责给客服聊天消息打标签。返回 JSON {\"intent\": ...}，取值为 cancel、refund、change_address、question、complaint 之一。",
}
each(0, "intent-json", [
    ("en", INTENT_SYS["en"], "hi, I moved last week, can you send my next box to the new place instead?"),
    ("es", INTENT_SYS["es"], "Quiero darme de baja del plan mensual a partir del mes que viene."),
    ("de", INTENT_SYS["de"], "Die Lieferung war unvollständig, ich möchte mein Geld für den fehlenden Artikel zurück."),
    ("fr", INTENT_SYS["fr"], "Bonjour, est-ce que vous livrez en Belgique ?"),
    ("pt", INTENT_SYS["pt"], "Quero cancelar minha assinatura, não uso mais."),
    ("it", INTENT_SYS["it"], "Sono due settimane che aspetto una risposta, è inaccettabile."),
    ("pl", INTENT_SYS["pl"], "Czy mogę zmienić adres dostawy, zamówienie jeszcze nie wyszło?"),
    ("hi", INTENT_SYS["hi"], "mujhe is order ka refund chahiye, product kharab nikla"),
    ("ja", INTENT_SYS["ja"], "来月から定期便を止めたいです。"),
    ("zh", INTENT_SYS["zh"], "你们的会员可以暂停吗？"),
], rf=True)

PRIO_SYS = {
    "en": "Set the priority of the IT ticket: P1 (service down), P2 (degraded), P3 (request or question). Reply with P1, P2 or P3 only.",
    "es": "Asigna la prioridad del ticket de TI: P1 (servicio caído), P2 (degradado), P3 (petición o duda). Responde solo P1, P2 o P3.",
    "de": "Lege die Priorität des IT-Tickets fest: P1 (Dienst ausgefallen), P2 (eingeschränkt), P3 (Anfrage oder Frage). Antworte nur mit P1, P2 oder P3.",
    "fr": "Fixe la priorité du ticket informatique : P1 (service en panne), P2 (dégradé), P3 (demande ou question). Réponds seulement P1, P2 ou P3.",
    "pt": "Defina a prioridade do chamado de TI: P1 (serviço fora do ar), P2 (degradado), P3 (pedido ou dúvida). Responda só P1, P2 ou P3.",
    "it": "Assegna la priorità al ticket IT: P1 (servizio fermo), P2 (degradato), P3 (richiesta o domanda). Rispondi solo P1, P2 o P3.",
    "pl": "Nadaj priorytet zgłoszeniu IT: P1 (usługa nie działa), P2 (działa wolno lub częściowo), P3 (prośba lub pytanie). Odpowiedz tylko P1, P2 albo P3.",
    "hi": "आईटी टिकट की प्राथमिकता तय करें: P1 (सेवा बंद), P2 (धीमी या आंशिक), P3 (अनुरोध या सवाल)। सिर्फ P1, P2 या P3 लिखें।",
    "ja": "ITチケットの優先度を付けてください：P1（サービス停止）、P2（一部不具合）、P3（依頼・質問）。P1、P2、P3のどれかだけを答えてください。",
    "zh": "给这张IT工单定优先级：P1（服务中断）、P2（性能下降）、P3（请求或咨询）。只回答 P1、P2 或 P3。",
}
each(0, "it-prio", [
    ("en", PRIO_SYS["en"], "Nobody on the 3rd floor can print since this morning"),
    ("es", PRIO_SYS["es"], "¿Me podéis instalar Visio en el portátil nuevo?"),
    ("de", PRIO_SYS["de"], "Das VPN bricht alle zehn Minuten ab, arbeiten geht nur mit Mühe."),
    ("fr", PRIO_SYS["fr"], "La messagerie est inaccessible pour toute l'entreprise."),
    ("pt", PRIO_SYS["pt"], "Preciso de acesso à pasta compartilhada do financeiro."),
    ("it", PRIO_SYS["it"], "Il gestionale è lentissimo da ieri, ogni schermata ci mette un minuto."),
    ("pl", PRIO_SYS["pl"], "Cały system kasowy w sklepie nie działa, klienci czekają."),
    ("hi", PRIO_SYS["hi"], "नए कर्मचारी के लिए लैपटॉप चाहिए, अगले सोमवार से जॉइन कर रहे हैं"),
    ("ja", PRIO_SYS["ja"], "社内Wi-Fiがときどき途切れます。"),
    ("zh", PRIO_SYS["zh"], "公司官网打不开了，所有人都访问不了"),
])

each(0, "email-category", [
    ("en", "Which category does this customer email belong to: billing, technical or sales? Just the category.\n\nHello, we'd like a quote for 40 seats on the business plan, and whether you offer a discount for annual payment."),
    ("es", "¿A qué categoría pertenece este correo de un cliente: facturación, técnica o ventas? Solo la categoría.\n\nBuenas, la factura de noviembre sale con el IVA mal calculado, ¿me la podéis rehacer?"),
    ("de", "Zu welcher Kategorie gehört diese Kundenmail: Abrechnung, Technik oder Vertrieb? Nur die Kategorie.\n\nSeit dem Update synchronisiert der Kalender nicht mehr mit Outlook."),
    ("fr", "À quelle catégorie appartient ce mail client : facturation, technique ou commercial ? Juste la catégorie.\n\nBonjour, ma facture indique 12 licences alors que nous n'en utilisons que 9."),
    ("pt", "A qual categoria pertence este e-mail de cliente: cobrança, técnico ou vendas? Só a categoria.\n\nOlá, vocês têm plano para escolas? Somos 300 alunos."),
    ("it", "A quale categoria appartiene questa email del cliente: fatturazione, tecnica o vendite? Solo la categoria.\n\nL'esportazione in PDF si blocca sempre al 90%."),
    ("pl", "Do której kategorii należy ten mail od klienta: rozliczenia, techniczne czy sprzedaż? Tylko kategoria.\n\nDzień dobry, faktura za październik nie ma naszego numeru NIP, proszę o korektę."),
    ("hi", "यह ग्राहक ईमेल किस श्रेणी का है: बिलिंग, तकनीकी या बिक्री? सिर्फ श्रेणी बताएं।\n\nनमस्ते, हमें 25 यूज़र के लिए सालाना प्लान का कोटेशन चाहिए।"),
    ("ja", "このお客様のメールはどのカテゴリですか：請求、技術、営業。カテゴリ名だけ答えてください。\n\nアップデート後、CSVの取り込みでエラーが出るようになりました。"),
    ("zh", "这封客户邮件属于哪一类：账单、技术还是销售？只回答类别。\n\n你好，上个月的发票金额和合同价格对不上，麻烦核实一下。"),
])

each(0, "spam-yes-no", [
    ("en", "Is this message spam? Answer yes or no.", "Congratulations!!! You have been selected to receive a free cruise, click here to claim before midnight"),
    ("de", "Ist diese Nachricht Spam? Antworte mit ja oder nein.", "Hallo, wann öffnet euer Laden am Samstag?"),
    ("pt", "Esta mensagem é spam? Responda sim ou não.", "GANHE DINHEIRO EM CASA!!! Só hoje, vagas limitadas, chama no link"),
    ("pl", "Czy ta wiadomość to spam? Odpowiedz tak albo nie.", "Dzień dobry, czy macie ten model w rozmiarze 42?"),
    ("zh", "这条消息是垃圾信息吗？只回答是或否。", "恭喜您中奖了！点击链接领取一万元现金红包"),
])

each(0, "lang-of-msg", [
    ("en", "Detect the language of the customer's message and output its ISO code only.", "Bonjour, je n'arrive pas à télécharger ma facture."),
    ("es", "Detecta el idioma del mensaje del cliente y devuelve solo el código ISO.", "Hallo, meine Bestellung ist noch nicht angekommen."),
    ("it", "Individua la lingua del messaggio del cliente e restituisci solo il codice ISO.", "Olá, meu pedido ainda não chegou."),
    ("ja", "お客様のメッセージの言語を判定し、ISOコードだけを返してください。", "Dzień dobry, nie mogę się zalogować."),
    ("hi", "ग्राहक का संदेश किस भाषा में है? सिर्फ ISO कोड लिखें।", "Hi, I can't reset my password."),
])

# --- contrast to (a): the reply goes to the customer as is -> tier 3 -----------

DIRECT_SYS = {
    "en": "You are the support assistant of an online shop. Your answer is sent to the customer directly as the final reply, with no human review.",
    "es": "Eres el asistente de soporte de una tienda online. Tu respuesta se envía al cliente directamente como respuesta final, sin revisión humana.",
    "de": "Du bist der Support-Assistent eines Onlineshops. Deine Antwort geht ohne Prüfung direkt als endgültige Antwort an den Kunden.",
    "fr": "Tu es l'assistant du support d'une boutique en ligne. Ta réponse est envoyée telle quelle au client comme réponse finale, sans relecture.",
    "pt": "Você é o assistente de suporte de uma loja online. Sua resposta é enviada diretamente ao cliente como resposta final, sem revisão.",
    "it": "Sei l'assistente dell'assistenza di un negozio online. La tua risposta viene inviata direttamente al cliente come risposta definitiva, senza revisione.",
    "pl": "Jesteś asystentem obsługi sklepu internetowego. Twoja odpowiedź trafia bezpośrednio do klienta jako ostateczna, bez sprawdzania przez człowieka.",
    "hi": "आप एक ऑनलाइन स्टोर के सपोर्ट असिस्टेंट हैं। आपका जवाब बिना किसी जांच के सीधे ग्राहक को अंतिम उत्तर के रूप में भेजा जाता है।",
    "ja": "あなたはオンラインショップのサポート担当です。あなたの回答は人の確認なしに、そのまま最終回答としてお客様に送信されます。",
    "zh": "你是一家网店的客服助手。你的回答会不经人工审核，直接作为最终答复发送给顾客。",
}
each(3, "support-msgs", [
    ("en", DIRECT_SYS["en"], "My card was declined three times but the money still left my account, what is going on"),
    ("es", DIRECT_SYS["es"], "El pedido pone entregado pero en casa no ha llegado nada"),
    ("de", DIRECT_SYS["de"], "Ich habe mein Passwort zurückgesetzt und komme trotzdem nicht in mein Konto, der Link ist angeblich abgelaufen."),
    ("fr", DIRECT_SYS["fr"], "On m'a prélevé deux fois le même montant ce mois-ci, je veux être remboursé rapidement."),
    ("pt", DIRECT_SYS["pt"], "Fui cobrado duas vezes no cartão e ninguém me responde, que absurdo"),
    ("it", DIRECT_SYS["it"], "Mi è arrivato un frullatore con il vetro rotto, voglio restituirlo"),
    ("pl", DIRECT_SYS["pl"], "Kurier był wczoraj, ale paczki nie zostawił i nie ma awizo"),
    ("hi", DIRECT_SYS["hi"], "मेरे खाते से दो बार पैसे कट गए लेकिन ऑर्डर एक ही बार दिख रहा है"),
    ("ja", DIRECT_SYS["ja"], "同じ注文で二重に請求されています。至急確認してください。"),
    ("zh", DIRECT_SYS["zh"], "我的订单显示已签收，但是我根本没收到包裹"),
])

# The same messages drafted for an agent who edits before sending: tier 1.
# The routing, direct-reply and draft requests share one group: the same
# customer messages are on one side of the split, and the system prompt
# decides the tier.
each(1, "support-msgs", [
    ("en", "Draft a short, polite reply to this customer message. A support agent will check and edit it before it is sent.", "the return label you emailed won't print, it just shows a blank page"),
    ("es", "Redacta un borrador de respuesta breve y amable a este mensaje. Un agente lo revisará y editará antes de enviarlo.", "Me habéis cobrado la suscripción anual aunque la cancelé en septiembre. Quiero que me devolváis el dinero."),
    ("de", "Entwirf eine kurze, freundliche Antwort auf diese Kundennachricht. Ein Mitarbeiter prüft und überarbeitet sie vor dem Versand.", "Die Jacke ist zu klein, wie schicke ich sie zurück?"),
    ("fr", "Rédige un brouillon de réponse courte et polie à ce message. Un conseiller le relira et le modifiera avant l'envoi.", "L'application plante dès que j'ajoute un article au panier."),
    ("it", "Scrivi una bozza di risposta breve e cortese a questo messaggio. Un operatore la rivedrà prima dell'invio.", "Non riesco ad accedere, mi dice che l'account è bloccato"),
    ("pl", "Przygotuj szkic krótkiej, uprzejmej odpowiedzi na tę wiadomość. Konsultant sprawdzi go i poprawi przed wysłaniem.", "Zapłaciłem BLIKiem, pieniądze zeszły, a zamówienie dalej nieopłacone."),
    ("ja", "このお客様のメッセージへの短く丁寧な返信の下書きを作ってください。送信前に担当者が確認・修正します。", "届いた靴のサイズが違ったので返品したいです"),
    ("zh", "为这条顾客消息起草一段简短礼貌的回复，发送前客服人员会审核修改。", "改了手机号以后就登录不上了，验证码一直收不到"),
])

# A triage that decides how urgent a patient's symptoms are: a medical
# decision (safety-critical), not a label from a list -> tier 3.
NURSE_SYS = {
    "en": "You triage messages sent to the clinic's nurse line. Classify urgency as emergency, same_day or routine. Answer with the label only.",
    "es": "Clasificas los mensajes que llegan a la línea de enfermería de la clínica por urgencia: emergencia, mismo_día o rutina. Responde solo con la etiqueta.",
    "de": "Du ordnest Nachrichten an die Pflege-Hotline der Praxis nach Dringlichkeit ein: Notfall, heute oder Routine. Antworte nur mit der Stufe.",
    "fr": "Tu tries les messages de la ligne infirmière du cabinet par urgence : urgence, même_jour ou routine. Réponds uniquement par l'étiquette.",
    "pt": "Você faz a triagem das mensagens da linha de enfermagem da clínica por urgência: emergência, mesmo_dia ou rotina. Responda só com o rótulo.",
    "it": "Fai il triage dei messaggi della linea infermieristica dell'ambulatorio per urgenza: emergenza, in_giornata o ordinario. Rispondi solo con l'etichetta.",
    "pl": "Oceniasz pilność wiadomości na linię pielęgniarską przychodni: nagłe, dziś lub rutyna. Odpowiedz tylko etykietą.",
    "hi": "आप क्लिनिक की नर्स लाइन पर आए संदेशों की ट्राइएज करते हैं। तात्कालिकता बताएं: आपातकाल, आज ही या सामान्य। सिर्फ लेबल लिखें।",
    "ja": "クリニックの看護師相談窓口に届いたメッセージの緊急度を判定してください：緊急、当日、通常。ラベルだけ答えてください。",
    "zh": "你负责对诊所护士热线收到的消息做分诊，判断紧急程度：急诊、当天或常规。只回答标签。",
}
each(3, "nurse-triage", [
    ("en", NURSE_SYS["en"], "my dad has had chest tightness for 20 minutes and his left arm feels heavy"),
    ("es", NURSE_SYS["es"], "Mi hija de 2 años tiene 39,5 de fiebre desde ayer y hoy está muy decaída, casi no bebe."),
    ("de", NURSE_SYS["de"], "Meine Mutter spricht seit einer halben Stunde verwaschen und ein Mundwinkel hängt."),
    ("fr", NURSE_SYS["fr"], "Je suis enceinte de 30 semaines et j'ai de fortes douleurs au ventre depuis ce matin."),
    ("pt", NURSE_SYS["pt"], "Meu filho comeu amendoim e está com os lábios inchados e tossindo."),
    ("it", NURSE_SYS["it"], "Da tre giorni ho bruciore quando urino e oggi anche un po' di febbre."),
    ("pl", NURSE_SYS["pl"], "Od wczoraj mam duszność przy chodzeniu po schodach i spuchnięte kostki."),
    ("hi", NURSE_SYS["hi"], "मेरे पिता को डायबिटीज है, आज सुबह से वे बहुत उलझन में हैं और पसीना आ रहा है"),
    ("ja", NURSE_SYS["ja"], "転んで頭を打ってから吐き気があり、少しぼんやりしています。"),
    ("zh", NURSE_SYS["zh"], "我爸突然说话不清楚，右手也拿不住东西了"),
])

# --- (b) tier 1: general education in medicine, law and finance ---------------

each(1, "edu-cholesterol", [
    ("en", "what does cholesterol actually do in the body, and why is LDL called the bad one?"),
    ("es", "¿qué función tiene el colesterol en el cuerpo y por qué al LDL lo llaman el malo?"),
    ("de", "Wozu braucht der Körper eigentlich Cholesterin, und warum gilt LDL als das schlechte?"),
    ("fr", "À quoi sert le cholestérol dans le corps, et pourquoi dit-on que le LDL est le mauvais ?"),
    ("pt", "pra que serve o colesterol no corpo e por que o LDL é chamado de ruim?"),
    ("it", "a cosa serve il colesterolo nel corpo e perché l'LDL si chiama quello cattivo?"),
    ("pl", "do czego właściwie organizmowi potrzebny jest cholesterol i dlaczego LDL nazywa się złym?"),
    ("hi", "cholesterol sharir mein kya kaam karta hai aur LDL ko bura kyun kehte hain?"),
    ("ja", "コレステロールは体の中で何をしているの？なぜLDLは悪玉と呼ばれるの？"),
    ("zh", "胆固醇在身体里到底有什么作用？为什么LDL被叫做坏胆固醇？"),
])

each(1, "edu-vaccines", [
    ("en", "how do vaccines teach the immune system to recognise a virus? just curious how it works"),
    ("es", "¿cómo enseñan las vacunas al sistema inmunitario a reconocer un virus? Solo por curiosidad."),
    ("de", "Wie bringen Impfungen dem Immunsystem bei, ein Virus zu erkennen? Reine Neugier."),
    ("fr", "Comment un vaccin apprend-il au système immunitaire à reconnaître un virus ? Simple curiosité."),
    ("pt", "como a vacina ensina o sistema imunológico a reconhecer um vírus? é só curiosidade"),
    ("it", "come fanno i vaccini a insegnare al sistema immunitario a riconoscere un virus? Curiosità."),
    ("pl", "jak szczepionki uczą układ odpornościowy rozpoznawać wirusa? pytam z ciekawości"),
    ("hi", "टीके प्रतिरक्षा प्रणाली को वायरस पहचानना कैसे सिखाते हैं? बस जानना है कि यह कैसे काम करता है"),
    ("ja", "ワクチンはどうやって免疫にウイルスを覚えさせるの？仕組みが知りたいだけです"),
    ("zh", "疫苗是怎么让免疫系统学会识别病毒的？只是好奇原理"),
])

each(1, "edu-anemia", [
    ("en", "What is iron-deficiency anaemia and why does it make people tired?"),
    ("de", "Was ist Eisenmangelanämie und warum macht sie müde?"),
    ("pt", "o que é anemia por falta de ferro e por que ela deixa a pessoa cansada?"),
    ("pl", "Co to jest anemia z niedoboru żelaza i dlaczego powoduje zmęczenie?"),
    ("zh", "什么是缺铁性贫血？为什么会让人感觉很累？"),
])

each(1, "edu-blood-pressure", [
    ("en", "why does blood pressure tend to go up as people get older?"),
    ("es", "¿por qué la tensión arterial suele subir con la edad?"),
    ("it", "perché la pressione sanguigna tende ad aumentare con l'età?"),
    ("hi", "umar badhne ke saath blood pressure kyun badhta hai? general sawal hai"),
    ("ja", "年を取ると血圧が上がりやすいのはなぜですか？"),
])

each(1, "edu-antibiotics", [
    ("en", "explain in simple terms why antibiotics work on bacteria but not on a cold"),
    ("fr", "Explique simplement pourquoi les antibiotiques agissent sur les bactéries mais pas sur un rhume."),
    ("pl", "wyjaśnij prosto, czemu antybiotyki działają na bakterie, a na przeziębienie nie"),
    ("hi", "सरल भाषा में समझाइए कि एंटीबायोटिक बैक्टीरिया पर काम करते हैं पर सर्दी-जुकाम पर क्यों नहीं"),
    ("zh", "用简单的话解释一下，为什么抗生素对细菌有用，对感冒却没用？"),
])

each(1, "edu-diabetes", [
    ("en", "What's the difference between type 1 and type 2 diabetes, in general?"),
    ("es", "En general, ¿qué diferencia hay entre la diabetes tipo 1 y la tipo 2?"),
    ("de", "Was ist ganz allgemein der Unterschied zwischen Typ-1- und Typ-2-Diabetes?"),
    ("it", "In generale, che differenza c'è tra diabete di tipo 1 e di tipo 2?"),
    ("hi", "sugar ki bimari type 1 aur type 2 mein kya fark hai? samjha do"),
    ("ja", "1型糖尿病と2型糖尿病の違いを一般的に教えてください。"),
])

each(1, "edu-sleep", [
    ("en", "what happens in the brain during deep sleep?"),
    ("fr", "que se passe-t-il dans le cerveau pendant le sommeil profond ?"),
    ("pt", "o que acontece no cérebro durante o sono profundo?"),
    ("pl", "co dzieje się w mózgu podczas głębokiego snu?"),
    ("zh", "深度睡眠的时候大脑里发生了什么？"),
])

each(1, "edu-compound-interest", [
    ("en", "can you explain compound interest like I'm 15?"),
    ("es", "¿me explicas el interés compuesto como si tuviera 15 años?"),
    ("de", "Kannst du mir den Zinseszins so erklären, als wäre ich 15?"),
    ("fr", "Tu peux m'expliquer les intérêts composés comme si j'avais 15 ans ?"),
    ("pt", "me explica juros compostos como se eu tivesse 15 anos?"),
    ("it", "mi spieghi l'interesse composto come se avessi 15 anni?"),
    ("pl", "wytłumacz mi procent składany, jakbym miał 15 lat"),
    ("hi", "चक्रवृद्धि ब्याज को ऐसे समझाइए जैसे मैं 15 साल का हूँ"),
    ("ja", "複利について中学生にもわかるように説明して"),
    ("zh", "能像给初中生讲一样解释一下复利吗？"),
])

each(1, "edu-stock-bond", [
    ("en", "What's the difference between a stock and a bond?"),
    ("de", "Was ist der Unterschied zwischen einer Aktie und einer Anleihe?"),
    ("it", "Qual è la differenza tra un'azione e un'obbligazione?"),
    ("pl", "Czym różni się akcja od obligacji?"),
    ("ja", "株と債券の違いは何ですか？"),
])

each(1, "edu-power-of-attorney", [
    ("en", "what is a power of attorney, in general terms?"),
    ("es", "¿qué es un poder notarial, en términos generales?"),
    ("de", "Was ist eine Vorsorgevollmacht, ganz allgemein erklärt?"),
    ("fr", "C'est quoi une procuration, en termes généraux ?"),
    ("pt", "o que é uma procuração, de forma geral?"),
    ("it", "che cos'è una procura, in termini generali?"),
    ("pl", "czym ogólnie jest pełnomocnictwo?"),
    ("hi", "power of attorney kya hota hai? bas general jaankari"),
    ("ja", "委任状とは一般的にどういうものですか？"),
    ("zh", "授权委托书一般是什么意思？"),
])

each(1, "edu-gdpr", [
    ("en", "what does the GDPR cover, roughly? asking for a school project"),
    ("fr", "En gros, le RGPD couvre quoi ? C'est pour un exposé."),
    ("it", "In breve, di cosa si occupa il GDPR? È per una ricerca di scuola."),
    ("pl", "czego w skrócie dotyczy RODO? to do referatu"),
    ("zh", "GDPR大概管哪些事情？做学校作业用"),
])

each(1, "edu-inflation", [
    ("es", "¿por qué la inflación hace que suban los tipos de interés?"),
    ("pt", "por que a inflação faz os juros subirem?"),
    ("hi", "महंगाई बढ़ने पर ब्याज दरें क्यों बढ़ाई जाती हैं?"),
    ("ja", "インフレになると金利が上がるのはなぜ？"),
    ("zh", "为什么通货膨胀的时候央行要加息？"),
])

# --- contrast to (b): dosing, interactions, personal decisions -> tier 3 ------

each(3, "ibuprofen-warfarin", [
    ("en", "can I take ibuprofen for my back while I'm on warfarin?"),
    ("es", "¿puedo tomar ibuprofeno para la espalda si estoy con Sintrom?"),
    ("de", "Darf ich Ibuprofen gegen Rückenschmerzen nehmen, obwohl ich Marcumar nehme?"),
    ("fr", "Est-ce que je peux prendre de l'ibuprofène pour mon dos alors que je suis sous anticoagulant ?"),
    ("pt", "posso tomar ibuprofeno pra dor nas costas tomando varfarina?"),
    ("it", "posso prendere l'ibuprofene per il mal di schiena mentre prendo il Coumadin?"),
    ("pl", "czy mogę wziąć ibuprofen na plecy, skoro biorę warfarynę?"),
    ("hi", "मैं वारफेरिन ले रहा हूँ, क्या कमर दर्द के लिए आइबुप्रोफेन ले सकता हूँ?"),
    ("ja", "ワーファリンを飲んでいますが、腰痛にイブプロフェンを飲んでも大丈夫ですか？"),
    ("zh", "我在吃华法林，腰疼可以吃布洛芬吗？"),
])

each(3, "child-paracetamol-dose", [
    ("en", "how many ml of children's paracetamol can I give my 4-year-old? she's about 16 kg"),
    ("es", "¿cuántos ml de paracetamol infantil le doy a mi hija de 4 años? pesa unos 16 kilos"),
    ("fr", "Combien de ml de Doliprane enfant je peux donner à ma fille de 4 ans, elle fait 16 kg ?"),
    ("it", "quanti ml di Tachipirina sciroppo posso dare a mia figlia di 4 anni? pesa circa 16 chili"),
    ("hi", "meri 4 saal ki beti 16 kilo ki hai, bukhar ke liye paracetamol syrup kitna ml doon?"),
])

each(3, "stop-bp-pills", [
    ("en", "my blood pressure readings have been normal for a month, can I just stop my amlodipine?"),
    ("de", "Mein Blutdruck ist seit einem Monat normal, kann ich das Amlodipin einfach absetzen?"),
    ("pt", "minha pressão está normal há um mês, posso parar o remédio por conta própria?"),
    ("pl", "od miesiąca mam dobre ciśnienie, mogę sam odstawić leki?"),
    ("ja", "血圧がここ1か月正常なので、降圧薬を自分でやめてもいいですか？"),
])

each(3, "pension-vs-flat", [
    ("en", "I'm 52 with 180k in my pension fund. Should I cash part of it out to pay off my mortgage early?"),
    ("es", "Tengo 52 años y 180.000 € en el plan de pensiones. ¿Debería rescatar una parte para amortizar la hipoteca?"),
    ("it", "Ho 52 anni e 180.000 euro nel fondo pensione. Mi conviene riscattarne una parte per estinguere il mutuo?"),
    ("pl", "Mam 52 lata i 180 tys. zł w IKE. Wypłacić część, żeby nadpłacić kredyt hipoteczny?"),
    ("zh", "我52岁，养老金账户里有18万，要不要取一部分出来提前还房贷？"),
])

each(3, "sign-noncompete", [
    ("en", "My new contract has a 2-year non-compete for the whole country. Should I sign it as it is?"),
    ("de", "Mein neuer Vertrag enthält ein zweijähriges Wettbewerbsverbot für ganz Deutschland. Soll ich so unterschreiben?"),
    ("fr", "Mon nouveau contrat a une clause de non-concurrence de 2 ans sur toute la France. Je signe tel quel ?"),
    ("hi", "नई नौकरी के कॉन्ट्रैक्ट में पूरे देश के लिए 2 साल का नॉन-कम्पीट है, क्या मुझे ऐसे ही साइन कर देना चाहिए?"),
    ("ja", "新しい契約書に全国で2年間の競業避止義務があります。このままサインしてもいいですか？"),
])
