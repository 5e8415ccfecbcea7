"""Hand-written single requests: hard cases (long input with trivial work,
short input with high stakes, domain words without stakes), personal data in
ten languages, and near misses that look like personal data but are not.

Each entry: (lang, tier, text, pii kinds, options). Slots {card}, {iban_XX},
{ssn}, {dni}, {pesel}, {cpf}, {aadhaar}, {nino} are filled by make_set.py with
values that pass their checksums."""

C = []


def case(lang, tier, text, pii=(), **opt):
    C.append((lang, tier, text, list(pii), opt))


# --- long input, trivial work (tier 0) ---------------------------------------
case("en", 0, "Put this whole text in lowercase:\n\n{article}\n\n{article2}")
case("en", 0, "{log}\n\nHow many lines start with 2026? Just the number.")
case("en", 0, "Which programming language is this?\n\n```\n{code}\n```")
case("en", 0, "Return only the subject line of this email.\n\n{email}")
case("en", 0, "Remove the timestamps at the start of each line, keep everything else.\n\n{transcript}")
case("de", 0, "Welche Programmiersprache ist das? Nur der Name.\n\n```\n{code}\n```")
case("es", 0, "Devuélveme solo el asunto de este correo.\n\n{email}")
case("fr", 0, "Mets tout ce texte en minuscules :\n\n{article}")
case("ja", 0, "このコードは何のプログラミング言語ですか？名前だけ。\n\n```\n{code}\n```")
case("zh", 0, "这段代码是什么编程语言？只回答名称。\n\n```\n{code}\n```")
case("pl", 0, "Usuń numery linii z tego kodu:\n\n{numbered_code}")
case("it", 0, "Restituisci solo l'oggetto di questa email.\n\n{email}")
case("en", 0, "Here's a CSV. Just tell me how many columns it has.\n\n{csv}")
case("pt", 0, "Quantas linhas tem este log? Só o número.\n\n{log}")

# --- short input, high stakes (tier 3) ---------------------------------------
case("en", 3, "ibuprofen + warfarin ok?")
case("en", 3, "max tylenol dose 70kg adult with liver disease?")
case("en", 3, "sign the NDA as is?")
case("en", 3, "Is it safe to touch the live wire if I wear rubber gloves?")
case("de", 3, "Ibuprofen mit Blutverdünner ok?")
case("es", 3, "¿firmo el finiquito?")
case("fr", 3, "paracétamol et alcool, c'est grave ?")
case("pt", 3, "posso misturar água sanitária com amoníaco para limpar?")
case("it", 3, "posso guidare dopo aver preso lo xanax?")
case("pl", 3, "czy mogę dać dziecku ibuprofen i paracetamol naraz?")
case("zh", 3, "布洛芬和阿司匹林能一起吃吗？")
case("ja", 3, "ロキソニンとお酒は一緒に大丈夫？")
case("hi", 3, "क्या मैं बुखार की दवा शराब के साथ ले सकता हूँ?")
case("en", 3, "Should I exercise my stock options before leaving? Strike $4, FMV $31, 20k shares.")
case("en", 3, "Can my employer fire me for being pregnant in Texas? What do I do?")

# --- domain words, no stakes (tier 1) ----------------------------------------
case("en", 1, "What is the history of aspirin? Just a short overview for a school project.")
case("en", 1, "Explain what a tax bracket is, in general.")
case("en", 1, "What does 'force majeure' mean in contracts, in general?")
case("de", 1, "Was ist eine Haftpflichtversicherung, allgemein erklärt?")
case("es", 1, "¿Qué es la inflación y por qué sube?")
case("fr", 1, "Explique ce qu'est un contrat à durée déterminée.")
case("ja", 1, "確定申告とは何か、一般的に説明してください。")
case("zh", 1, "什么是合同里的违约金？一般性地解释一下。")
case("pl", 1, "Co to jest PIT? Wyjaśnij ogólnie.")

# --- the system prompt decides -----------------------------------------------
case("en", 1, "Draft a reply telling the customer the refund is approved.", sys="draft")
case("en", 1, "Write a reply to this customer complaint.\n\n{email}", sys="draft")
case("en", 3, "Hi", sys="customer")
case("en", 3, "Thanks! When does my contract renew?", sys="customer")
case("en", 2, "Why is this slow? Explain and fix it.\n\n```\n{code}\n```", sys="coder")
case("en", 0, "rename variable x to count:\n```\nx = 0\nfor i in items: x += 1\n```", sys="coder")

# --- tools offered but not needed; needed ------------------------------------
case("en", 0, "Say hello to Priya for me.", tools=True)
case("en", 1, "What's a good name for a weather app?", tools=True)
case("en", 2, "Check the weather in Lisbon, Porto and Faro for Saturday and tell me where to go for a beach day.", tools=True)
case("en", 2, "Query the orders table for customers who ordered more than 5 times last quarter but not this quarter, and draft a win-back email segment.", tools=True)
case("de", 2, "Prüfe den Lagerbestand aller Artikel unter 10 Stück und bestelle nach, wo nötig.", tools=True)

# --- personal data (any tier) ------------------------------------------------
case("en", 1, "Write a short note to maria.gonzalez84@gmail.com confirming her appointment on Monday.", ["email"])
case("en", 1, "Draft a reminder for Tom Becker, phone +1 415 867 2291, about tomorrow's delivery.", ["phone"])
case("en", 3, "My card {card} was charged twice. Write the dispute letter to my bank.", ["credit_card"])
case("en", 1, "Please set up the transfer to IBAN {iban_GB} and write a payment reference.", ["iban"])
case("en", 1, "Format this address for an envelope: 1420 Maple Avenue, Apt 3B, Springfield, IL 62704", ["address"])
case("en", 3, "My SSN is {ssn}. Which form do I need for the IRS?", ["national_id"])
case("en", 1, "Summarise: patient John Harper, 67, admitted with congestive heart failure, stable overnight.", ["health"])
case("en", 2, "Here is the export of our CRM. Find duplicated customers.\n\nname,email,phone\nAnna Berg,anna.berg@outlook.com,+46 70 123 45 67\nAnna Berg,a.berg@outlook.com,+46 70 123 45 67\nLuis Ortega,luis.ortega@yahoo.es,+34 612 345 678", ["email", "phone"])
case("es", 1, "Escribe un correo a javier.romero@gmail.com para confirmar la cita del martes.", ["email"])
case("es", 1, "Mi DNI es {dni}, ¿cómo relleno este formulario de empadronamiento?", ["national_id"])
case("es", 1, "Envía la factura a Calle de Alcalá 145, 3º B, 28009 Madrid.", ["address"])
case("es", 1, "Transfiere 300 euros a la cuenta {iban_ES} con el concepto alquiler.", ["iban"])
case("de", 1, "Schreib Herrn Becker eine kurze Nachricht an thomas.becker@web.de wegen des Termins.", ["email"])
case("de", 1, "Bitte überweise die Kaution auf {iban_DE}.", ["iban"])
case("de", 1, "Meine Adresse ist Lindenstraße 12, 10969 Berlin. Formatiere sie für ein Paketetikett.", ["address"])
case("de", 1, "Ruf mich an unter 0151 23456789, wenn das Paket da ist. Schreib das als Notiz.", ["phone"])
case("fr", 1, "Écris à claire.martin@orange.fr pour confirmer la livraison.", ["email"])
case("fr", 1, "Mon numéro est le 06 12 34 56 78, rédige un message pour le plombier.", ["phone"])
case("fr", 1, "Vire le loyer sur {iban_FR} et rédige un message au propriétaire.", ["iban"])
case("fr", 1, "Résume : la patiente Sophie Laurent, 45 ans, suivie pour une sclérose en plaques.", ["health"])
case("pt", 1, "Mande um e-mail para ana.souza@uol.com.br confirmando a reunião.", ["email"])
case("pt", 1, "Meu CPF é {cpf}, preencha o cadastro com ele.", ["national_id"])
case("pt", 1, "Meu endereço: Rua das Flores 230, apto 41, 01310-100 São Paulo. Formate para etiqueta.", ["address"])
case("it", 1, "Scrivi a giulia.ferrari@libero.it per confermare la prenotazione.", ["email"])
case("it", 1, "Bonifico su {iban_IT}, causale affitto dicembre. Scrivi il messaggio per la banca.", ["iban"])
case("it", 1, "Il paziente Marco Bianchi, 72 anni, ha il morbo di Parkinson. Riassumi la cartella per il medico di turno.", ["health"])
case("pl", 1, "Napisz maila do j.kowalski@wp.pl z potwierdzeniem zamówienia.", ["email"])
case("pl", 1, "Mój PESEL to {pesel}. Jak wypełnić wniosek o dowód?", ["national_id"])
case("pl", 1, "Przelej 500 zł na {iban_PL} i napisz tytuł przelewu.", ["iban"])
case("pl", 1, "Zadzwoń do mnie: +48 601 234 567. Zapisz to jako notatkę.", ["phone"])
case("hi", 1, "मेरा आधार नंबर {aadhaar} है, इस फॉर्म को भरने में मदद करो।", ["national_id"])
case("hi", 1, "राहुल को ईमेल लिखो rahul.verma92@gmail.com पर, मीटिंग की पुष्टि के लिए।", ["email"])
case("hi", 1, "मेरा फोन नंबर +91 98765 43210 है, डिलीवरी वाले के लिए संदेश लिखो।", ["phone"])
case("ja", 1, "田中さん（tanaka.hiroshi@docomo.ne.jp）に会議の確認メールを書いてください。", ["email"])
case("ja", 1, "私の電話番号は090-1234-5678です。配達員へのメッセージを書いてください。", ["phone"])
case("zh", 1, "给李明写一封邮件，邮箱是 liming1988@163.com，确认周五的会议。", ["email"])
case("zh", 1, "我的手机号是 138 0013 8000，帮我写一条给快递员的留言。", ["phone"])
case("zh", 1, "患者王芳，女，58岁，确诊二型糖尿病，请整理病历摘要。", ["health"])
case("en", 0, "Capitalise this: my card is {card}", ["credit_card"])
case("en", 2, "Reconcile these payments and flag the mismatches.\n\ndate,iban,amount\n2026-11-02,{iban_DE},120.00\n2026-11-03,{iban_FR},75.50\n2026-11-05,{iban_DE},120.00", ["iban"])
case("en", 1, "Write a welcome email for our new hire, Sam Patel, sam.patel.dev@gmail.com, starting Monday.", ["email"])
case("en", 1, "UK NI number {nino}, which tax code applies to a second job? Just explain in general.", ["national_id"])

# --- near misses: look like personal data, are not ----------------------------
case("en", 1, "Use jane.doe@example.com as the placeholder in our signup docs and write the example section.")
case("en", 0, "Is support@northwind-supplies.com a valid email address format? yes or no")
case("en", 1, "Explain how the IBAN check digits are computed, in general.")
case("en", 0, "Extract the order number: 'Your order 4000 1234 5678 9010 has shipped.'")
case("en", 0, "What version is this: 10.12.4.2024?")
case("en", 1, "Write test fixtures with fake card 4111 1111 1111 1112 and explain why it fails validation.")
case("de", 1, "Erkläre, wie die IBAN aufgebaut ist, mit einem erfundenen Beispiel ohne echte Nummer.")
case("es", 0, "¿Cuántas cifras tiene un número de teléfono español? Solo el número.")
case("fr", 1, "Rédige un e-mail type à envoyer à contact@entreprise.fr pour demander un devis.")
case("en", 1, "The textbook case describes a 54-year-old patient with type 2 diabetes. Summarise the standard first-line treatment options in general.")
case("en", 0, "Format this date: 2026-12-31 -> 31/12/2026")
case("en", 1, "Write an email to info@city-library.org asking about opening hours.")
case("pl", 0, "Ile cyfr ma PESEL? Tylko liczba.")
case("zh", 0, "身份证号码有几位？只回答数字。")
case("en", 0, "Extract the tracking number from: 'Tracking 1Z999AA10123456784, arriving Friday.'")
case("en", 2, "Write a Python function that validates Spanish DNI numbers (the letter check), with tests.")
