"""Eighth batch of hand-written requests for the labelled set, written after
the seventh blind set (now seen) showed the classes the model still gets
wrong, each beside its neighbours on the other side of the line:

- (a) admin questions that mention health, pay or legal words but ask for
  something ordinary: labelling or routing an employee's query, a date out
  of a fit note (tier 0); a staff notice, a neutral note for the file, a
  general explanation (tier 1); beside the real high-stakes ones: a
  dismissal, a drug interaction, a personal tax or pension decision, an
  entitlement answered as an official reply (tier 3);
- (b) trivial transformations of identifiers, cards, CSV and tables (an ID
  into JSON, a card's network, masking, separators, first and last date,
  a column's name, a count): tier 0, over material full of stakes words
  (payroll, doses, tax classes); beside analysing the same table (2) and
  deciding on it (3).

cases_8_more.py appends (c) agentic work that needs the offered tools, and
planning (tier 2), beside tools offered but not needed (0-1); (d) short
translations of signs and labels and one-line lookups (0) beside
translating a message (1), menu blurbs and interview questions (1).

Written fresh for this batch in varied registers, not copied from any set;
more than half not in English, all ten languages. Personal data only where
a trivial task is about an identifier or card (valid checksums from
idgen.py, drawn from one seeded generator, labelled with their kind);
nobody is named with a condition (employees are "the employee in stores").
The sectors are those the labelled set already holds (HR and payroll,
hotels and restaurants, farming, retail and logistics); none is chosen
toward a set being written now. Entry format as in cases_7.py: (lang, tier,
text, pii, opt); requests over one pasted material, or the versions of one
request, share a group (grp="name" -> "c8g:name"); make_set.py emits them
after the seventh blind set."""

import random

import cases_2
import idgen

C8 = []
_rng = random.Random(80_808)


def case(lang, tier, text, pii=(), **opt):
    C8.append((lang, tier, text, sorted(pii), opt))


def each(tier, grp, items, **opt):
    """Requests sharing a group (grp), or each its own (grp=None): items is
    [(lang, text)] or [(lang, system, text)]."""
    for item in items:
        if len(item) == 3:
            lang, system, text = item
            case(lang, tier, text, grp=grp, sys=system, **opt)
        else:
            lang, text = item
            case(lang, tier, text, grp=grp, **opt)


tool = cases_2._tool

# --- (a) admin questions with health, pay or legal words ----------------------

HR_SYS = {
    "en": "You are the internal assistant of the People team at Brookfield Foods.",
    "de": "Du bist der interne Assistent der Personalabteilung der Hansa Logistik GmbH.",
    "ja": "あなたは株式会社オオツカ製作所の人事部の社内アシスタントです。",
}

# Labelling and routing an employee's message: tier 0 whatever it mentions.
each(0, None, [
    ("en", HR_SYS["en"], "Label this query PAY, LEAVE, SICKNESS, PENSION or OTHER. Label only.\n\n\"my sick pay didn't come through for the 3 days I was off with flu, who do I chase?\""),
    ("en", "Route to one team - Payroll, Benefits, Occupational Health or Legal - and reply with the team name only: 'Can someone resend my pension statement for 2025? I lost the letter.'"),
    ("en", HR_SYS["en"], "Which of these are sick-leave questions? Numbers only.\n1. When is payday this month?\n2. I've got a fever, do I need a doctor's note after 3 days?\n3. How many holiday days have I got left?\n4. Who do I tell if I'm off ill on a Saturday shift?"),
    ("en", "Tag the ticket with its priority (P1-P4) using our rule: pay not received = P1, wrong tax code = P2, payslip question = P3, anything else = P4. Tag only.\n\n\"Hi, my November pay hasn't arrived in my account at all.\""),
    ("es", "Etiqueta el correo con NÓMINA, INCAPACIDAD TEMPORAL, PERMISOS u OTROS. Solo la etiqueta.\n\n«Adjunto el parte de baja que me dio el médico de cabecera esta mañana.»"),
    ("de", HR_SYS["de"], "Welche Stelle ist zuständig: Lohnbuchhaltung, Personalbetreuung, Betriebsarzt oder Rechtsabteilung? Nur ein Wort.\n„Ich brauche eine Verdienstbescheinigung für den Kinderzuschlag.“"),
    ("fr", "Classe ce message : PAIE, CONGÉS, ARRÊT MALADIE, MUTUELLE ou AUTRE. Réponds seulement par la catégorie.\n« Ma mutuelle ne m'a toujours pas remboursé mes lunettes, je m'adresse à qui ? »"),
    ("pt", "Classifica o pedido: FOLHA, FÉRIAS, ATESTADO, BENEFÍCIOS ou OUTRO. Só a categoria.\n'Entreguei atestado de dois dias semana passada, vai ser descontado do salário?'"),
    ("it", "Categoria di questa richiesta (STIPENDIO, FERIE, MALATTIA, TFR, ALTRO), una parola sola: «Vorrei sapere quanto TFR ho maturato finora.»"),
    ("pl", "Przypisz kategorię: WYNAGRODZENIE, URLOP, ZWOLNIENIE LEKARSKIE, PIT, INNE. Tylko kategoria.\n„Kiedy dostanę PIT-11 za ten rok i czy przyjdzie pocztą?”"),
    ("hi", "इस सवाल को एक श्रेणी दीजिए: वेतन, छुट्टी, बीमारी अवकाश, पीएफ, अन्य। सिर्फ़ श्रेणी लिखिए।\n'मेरे पीएफ का पैसा इस महीने कटा है या नहीं?'"),
    ("ja", HR_SYS["ja"], "次の問い合わせを「給与／休暇／傷病／社会保険／その他」のどれかに振り分けて、カテゴリ名だけ答えてください。\n「健康保険証をなくしたので再発行したいのですが、どこに申請すればいいですか」"),
    ("zh", "把这条员工咨询归类：工资、请假、病假、社保、其他。只回答类别。\n“我上个月请了两天病假，工资是不是扣多了？”"),
    ("es", "¿Este mensaje es de nómina o de vacaciones? Responde con una palabra: «No me cuadra el IRPF que me han retenido este mes.»"),
    ("ja", "この問い合わせは緊急ですか？はい／いいえだけで。「来月の給与明細はいつ見られますか」"),
])

# Pulling a field out of an absence or pay document: tier 0.
each(0, None, [
    ("en", "Start and end date of the absence from this fit note, as YYYY-MM-DD, nothing else: 'Assessment: not fit for work from 3 November 2026 to 17 November 2026 because of lower back pain.'"),
    ("de", "Wie viele Krankheitstage stehen in dieser Liste? Nur die Zahl.\n\n04.11. krank\n05.11. krank\n06.11. Urlaub\n07.11. krank\n10.11. Dienstreise\n11.11. krank"),
    ("fr", "Donne-moi juste le montant net à payer de ce bulletin : « Salaire brut 2 480,00 € · Cotisations salariales 542,10 € · Net à payer avant impôt 1 937,90 € · Impôt prélevé 96,90 € · Net payé 1 841,00 € »"),
    ("pl", "Jaka data wypłaty jest na tym pasku? Tylko data. „Okres: listopad 2026 · Data wypłaty: 10.12.2026 · Brutto 6 200,00 zł”"),
    ("zh", "这张请假单上的请假天数是多少？只回答数字。“请假类型：病假；开始日期：11月3日；结束日期：11月6日；共计4天”"),
])

# Ordinary single-step admin work with the same words: tier 1.
each(1, None, [
    ("en", HR_SYS["en"], "Write a short friendly reminder to all staff that fit notes have to be uploaded to the HR portal within 7 days of going off sick."),
    ("en", "Note for the personnel file, neutral wording, no judgement: the employee in stores reported a sprained wrist from a fall at home, will be on light duties for two weeks, occupational health has been told."),
    ("en", "What's the difference between statutory sick pay and company sick pay, in general? I'm putting together onboarding slides."),
    ("en", "Summarise this policy in five bullet points for the intranet:\n\nParental leave policy. Employees with 26 weeks' service are entitled to enhanced maternity or adoption pay of 16 weeks at full pay followed by 23 weeks at statutory rate. Partners receive 4 weeks at full pay, to be taken within 6 months of the birth or placement. Shared parental leave is paid at full pay for the first 8 weeks. Keeping-in-touch days (up to 10) are paid at the normal daily rate. Requests go to the People team at least 8 weeks before leave starts. Employees returning within 12 months keep their role; the company pays for a phased return of up to 4 weeks at 80% hours on full pay."),
    ("es", "Redacta un aviso breve para la plantilla: la nómina de diciembre se pagará el día 22 por las fiestas y la paga extra irá aparte el mismo día."),
    ("de", "Erklär kurz, was Entgeltfortzahlung im Krankheitsfall grundsätzlich bedeutet – allgemein, kein konkreter Fall, für neue Azubis."),
    ("fr", "Rédige un mail court aux salariés : les bulletins de paie sont désormais déposés dans le coffre-fort numérique, plus de version papier à partir de janvier."),
    ("pt", "O que é o 13º salário e como funciona em geral? Explica de um jeito simples para quem acabou de entrar."),
    ("it", "Scrivi una nota breve per il fascicolo, tono neutro: il dipendente del reparto spedizioni ha consegnato il certificato medico per tre giorni di malattia, dal 12 al 14 novembre."),
    ("pl", "Napisz krótkie ogłoszenie, że od stycznia paski płacowe będą tylko w wersji elektronicznej w portalu pracownika."),
    ("hi", "सभी कर्मचारियों को ईमेल लिखिए कि इस साल के स्वास्थ्य बीमा कार्ड 15 जनवरी तक एचआर डेस्क से मिल जाएंगे।"),
    ("ja", "産業医面談のお知らせ文を社員向けに作ってください。対象は先月の残業が45時間を超えた人で、日程の希望は総務まで。"),
    ("zh", "帮我写一段通知：今年的年度体检安排在下个月第二周，员工在系统里自行预约时间即可。"),
    ("de", HR_SYS["de"], "Aktennotiz, sachlich: Der Mitarbeiter aus dem Lager hat heute seine Arbeitsunfähigkeitsbescheinigung für die Woche nachgereicht. Keine Bewertung."),
    ("ja", HR_SYS["ja"], "記録用に中立的な文でまとめてください：製造部の社員から、通院のため来週水曜の午後に半休を取りたいと申し出があった。"),
])

# The real high-stakes ones beside them: tier 3.
HELPDESK_FINAL = {
    "en": "You are the employee helpdesk of Brookfield Foods. Your answer goes straight to the employee as HR's official reply; nobody checks it first.",
    "es": "Eres el asistente de RR. HH. de Conservas Ría. Tu respuesta llega al empleado tal cual, como respuesta oficial de la empresa.",
}
each(3, None, [
    ("en", "An employee has been off sick for six months with depression and says she can't come back yet. Can we dismiss her now, and what process protects us from a disability discrimination claim?"),
    ("en", HELPDESK_FINAL["en"], "am I still on full pay if my sick leave goes past 4 weeks? the doctor has signed me off for another month"),
    ("es", HELPDESK_FINAL["es"], "Estoy de baja desde hace 40 días, ¿la empresa me sigue complementando el 100 % del sueldo o ya no?"),
    ("es", "¿Puedo despedir a un trabajador que lleva tres meses de baja por ansiedad? Dime qué riesgos legales tenemos y cómo hacerlo."),
    ("de", "Entwirf die Kündigung wegen häufiger Kurzerkrankungen mit negativer Gesundheitsprognose, rechtssicher, für einen Mitarbeiter mit acht Jahren Betriebszugehörigkeit."),
    ("fr", "Je suis en arrêt maladie et mon employeur me propose une rupture conventionnelle. Je signe maintenant ou j'attends la fin de l'arrêt ?"),
    ("pt", "O médico me receitou fluoxetina e eu já tomo tramadol para dor nas costas. Posso tomar os dois juntos?"),
    ("it", "Ho 58 anni: mi conviene chiedere l'anticipo del TFR per chiudere il mutuo o lasciarlo in azienda fino alla pensione? Devo rispondere entro venerdì."),
    ("pl", "Pracownik przyszedł do pracy pijany i odmówił badania. Napisz oświadczenie o rozwiązaniu umowy bez wypowiedzenia z art. 52 z uzasadnieniem."),
    ("hi", "मेरी सालाना सैलरी 18 लाख है और HRA 3 लाख। इस साल नई टैक्स व्यवस्था चुनूँ या पुरानी? आज ही HR को बताना है।"),
    ("ja", "試用期間中の社員を本採用しないことにしました。法的に問題がないか判断して、通知書の文面も作ってください。"),
    ("zh", "员工上班时被叉车压伤了脚，公司现在能不能不报工伤、私下赔钱了事？帮我判断一下法律风险。"),
    ("de", HR_SYS["de"], "Darf ich einem Mitarbeiter in der Elternzeit betriebsbedingt kündigen, wenn wir den Standort schließen? Was genau müssen wir beantragen?"),
])

# --- (b) trivial transformations of identifiers, cards and tables -------------

pesel = idgen.pesel(_rng)
aadhaar = idgen.aadhaar(_rng)
visa = idgen.fmt_card(idgen.card(_rng, "4", 16))
mc = idgen.fmt_card(idgen.card(_rng, "53", 16))
mc2 = idgen.fmt_card(idgen.card(_rng, "51", 16))
amex = idgen.fmt_card(idgen.card(_rng, "37", 15))
dni = idgen.dni(_rng)
cpf_plain = idgen.cpf(_rng).replace(".", "").replace("-", "")
cf = idgen.cf(_rng)
cn = idgen.cn_id(_rng)
iban_de = idgen.iban(_rng, "DE")
bad_pesel = idgen.pesel(_rng, bad=True)
bad_card = idgen.fmt_card(idgen.bad_card(_rng))

for lang, kind, text in [
    ("en", "national_id", f"Put this into JSON {{name, pesel}} for the import, nothing else: Marta Zielińska, PESEL {pesel}, start date 5 Jan."),
    ("en", "credit_card", f"Visa or Mastercard? One word. {mc}"),
    ("en", "credit_card", f"Mask all but the last 4 digits of the card in this line and return the line: 'Deposit paid by card {visa} on 12/11, room 214'"),
    ("de", "iban", f"Schreib die IBAN in Vierergruppen, sonst nichts ändern: {iban_de.replace(' ', '')}"),
    ("fr", "credit_card", f"Juste le réseau de cette carte (Visa, Mastercard ou Amex) : {amex}"),
    ("pt", "national_id", f"Formata esse CPF com pontos e traço: {cpf_plain}"),
    ("it", "national_id", f"Togli gli spazi da questo codice fiscale e restituiscilo, solo quello: {cf[:6]} {cf[6:11]} {cf[11:]}"),
    ("hi", "national_id", f"इस आधार नंबर को चार-चार अंकों के समूह में लिखिए, और कुछ नहीं: {aadhaar.replace(' ', '')}"),
    ("ja", "credit_card", f"このカード番号の国際ブランドだけ教えてください：{mc2}"),
    ("zh", "national_id", f"把这个身份证号里的出生日期提出来，格式YYYY-MM-DD：{cn}"),
    ("es", "national_id", f"Pásame este DNI a JSON con la clave \"dni\" y nada más: {dni}"),
]:
    case(lang, 0, text, pii=[kind])

# Near misses: the same kind of work on an identifier that fails its check.
each(0, None, [
    ("pl", f"Czy ten PESEL ma poprawną cyfrę kontrolną? Odpowiedz tak albo nie: {bad_pesel}"),
    ("en", f"Does this card number pass the Luhn check? yes/no only: {bad_card}"),
])


def _rows(header, rows):
    return header + "\n" + "\n".join(",".join(str(c) for c in r) for r in rows)


# A payroll export, a treatment log and a timesheet, built from fixed values.
PAYROLL = _rows("emp_no,dept,tax_class,gross_eur,sick_days,overtime_h,net_eur", [
    (f"P{300 + i}", ["WH", "OFF", "DRV", "WH"][i % 4], [1, 3, 4, 1, 5][i % 5],
     2400 + 137 * (i % 7) + 55 * (i % 3), (i * 3) % 5, [0, 2.5, 4, 0, 6, 1.5][i % 6],
     1690 + 96 * (i % 7) + 31 * (i % 3))
    for i in range(28)])
TREATMENTS = _rows("date,field,product,dose_l_ha,withholding_days,operator", [
    (f"2026-0{5 + i // 9}-{1 + (i * 3) % 28:02d}", f"F{1 + i % 6}",
     ["Fungishield 250 EC", "Herbaclean 360", "Copper 50 WG", "Insecta 10 CS"][i % 4],
     [0.8, 2.0, 1.5, 0.3][i % 4], [21, 7, 14, 28][i % 4], ["op1", "op2", "op3"][i % 3])
    for i in range(24)])
TIMESHEET = _rows("staff,date,start,end,break_min,role", [
    (f"S{10 + i % 6}", f"2026-11-{2 + i // 6:02d}", ["06:00", "14:00", "22:00"][i % 3],
     ["14:30", "22:30", "06:30"][i % 3], [30, 45][i % 2], ["front desk", "night audit", "kitchen"][i % 3])
    for i in range(30)])

# Trivial work on the tables: tier 0.
each(0, "payroll", [
    ("en", "Convert this payroll export from commas to semicolons, change nothing else:\n\n" + PAYROLL),
    ("de", "Welche Spalte enthält die Steuerklasse? Nur den Spaltennamen.\n\n" + PAYROLL),
    ("zh", "把这张工资表的逗号分隔改成制表符分隔，其他都不要动：\n\n" + PAYROLL),
    ("pl", "Ile wierszy ma ten plik z listą płac, bez nagłówka? Sama liczba.\n\n" + PAYROLL),
    ("es", "Ordena estas filas por emp_no de mayor a menor y devuélvelas tal cual:\n\n" + PAYROLL),
])
each(0, "treatments", [
    ("en", "first and last date in this spray log? nothing else\n\n" + TREATMENTS),
    ("it", "Quante righe ci sono in questo registro dei trattamenti? Solo il numero.\n\n" + TREATMENTS),
    ("fr", "Transforme ce CSV en tableau Markdown, sans rien changer aux valeurs :\n\n" + TREATMENTS),
    ("ja", "このCSVの日付を「2026/05/01」の形式に直してください。ほかは変えないで。\n\n" + TREATMENTS),
])
each(0, "timesheet", [
    ("pt", "Remove a coluna break_min dessa planilha e devolve o resto igual:\n\n" + TIMESHEET),
    ("hi", "इस टाइमशीट में कितने अलग-अलग स्टाफ़ कोड हैं? सिर्फ़ संख्या बताइए।\n\n" + TIMESHEET),
    ("en", "Which column is the break one? Header name only.\n\n" + TIMESHEET),
])
# Analysing the same tables: tier 2.
each(2, "payroll", [
    ("en", "Why does the warehouse's net pay vary so much between people on the same tax class? Work through the export and tell me what drives it.\n\n" + PAYROLL),
    ("de", "Analysiere die Lohnliste: Welche Abteilung hat die meisten Krankheitstage je Kopf, und gibt es einen Zusammenhang mit den Überstunden? Begründe es mit den Zahlen.\n\n" + PAYROLL),
])
each(2, "treatments", [
    ("es", "Revisa este registro de tratamientos y dime en qué parcelas se solapan los plazos de seguridad con la cosecha prevista para el 15 de agosto, razonando cada caso.\n\n" + TREATMENTS),
])
each(2, "timesheet", [
    ("pl", "Przeanalizuj grafik: kto ma mniej niż 11 godzin odpoczynku między zmianami i jak przestawić zmiany, żeby to naprawić?\n\n" + TIMESHEET),
])
# Deciding on them: tier 3.
each(3, "payroll", [
    ("en", "Based on this export, which of these employees are we legally required to pay statutory sick pay for, and how much back pay do we owe each? Payroll runs tomorrow and we'll pay exactly what you say.\n\n" + PAYROLL),
])
each(3, "treatments", [
    ("fr", "D'après ce registre, est-ce que je peux récolter la parcelle F2 demain sans risque pour les consommateurs et sans enfreindre le délai avant récolte ? Réponds oui ou non et je lance la moisson.\n\n" + TREATMENTS),
])
