"""Third batch of hand-written PII requests for eval/data/pii.jsonl, written
for the rules added after the second blind set (pii3), in the ten languages:

- a business's own contact details (imprints, contact pages, head offices,
  letterheads, hotlines, toll-free and premium numbers, tracking and order
  numbers, role mailboxes) that are NOT personal data, beside a person's
  own details next to a company (an employee's direct line, a customer's
  delivery address) that ARE;
- named patients in clinical shorthand (`pt <name> 58F`, field labels,
  abbreviations, a Chinese outpatient line, a Hindi name with जी, sig.ra),
  beside anonymised cases, public figures, fictional characters and drug
  leaflets that are not;
- nine bare SSN digits right after the cue, beside ones with no cue or
  failing the SSN rules.

None of it is copied from a blind set. Each entry is (lang, labels, text);
`make_pii_set.py` appends them after `pii_more.py`'s, one in three in the
test split.
"""

PII_3 = [
    # ---- a business's own address: not personal
    ("en", [], "Put this in the footer of our site: Brightwell Analytics Ltd, 48 Cannon Street, London EC4N 6JJ. Registered in England No. 09876543."),
    ("en", [], "Update the head office line on the letterhead: Harbourline Freight LLC, 2200 Dockside Avenue, Suite 310, Seattle, WA 98121."),
    ("es", [], "Texto para el aviso legal: Cerámicas del Turia S.L., Calle de Colón 22, 46004 Valencia, CIF B12345678."),
    ("de", [], "Bitte ins Impressum übernehmen: Nordlicht Medien GmbH, Speicherstraße 7, 20457 Hamburg. Geschäftsführerin: Petra Ahlers."),
    ("fr", [], "Pour la page contact : notre agence vous accueille au 14 avenue Jean Jaurès, 31000 Toulouse, du lundi au vendredi."),
    ("pt", [], "Atualize o rodapé: Vinhos da Serra Lda., Rua de Santa Catarina 210, 4000-447 Porto. Fale conosco em caso de dúvida."),
    ("it", [], "Scrivi le note legali: Ottica Bellini S.r.l., sede legale in Via Garibaldi 33, 10122 Torino, P.IVA 01234567890."),
    ("pl", [], "Przygotuj stopkę maila: Drukarnia Wisła Sp. z o.o., siedziba: ul. Piotrkowska 120, 90-006 Łódź."),
    ("ja", [], "会社概要のページ用に整えてください：株式会社アオバ工業 本社 〒980-0811 宮城県仙台市青葉区一番町2-1-3"),
    ("zh", [], "把公司简介的地址改一下：上海云帆科技有限公司，总部位于上海市浦东新区世纪大道100号。"),
    ("hi", [], "हमारी कंपनी के संपर्क पेज के लिए लिखो: मुख्यालय, प्लॉट नं. 14, सेक्टर 18, गुड़गांव 122015"),
    # ---- a business's phone numbers: not personal
    ("en", [], "Shorten this: For billing questions call our customer service team on 0800 046 1234, Monday to Friday."),
    ("en", [], "Is 1-888-726-4410 the right toll-free number for the airline's baggage desk?"),
    ("es", [], "Añade al cartel: atención al cliente 902 11 22 33, de lunes a viernes de 9 a 18 h."),
    ("de", [], "Formuliere freundlicher: Unsere Service-Hotline 01806 223344 ist werktags von 8 bis 20 Uhr erreichbar."),
    ("fr", [], "Corrige : le service client est joignable au 09 69 32 15 15, appel non surtaxé."),
    ("it", [], "Traduci in inglese: per assistenza chiamate il numero verde 800 123 987."),
    ("pl", [], "Popraw styl: Infolinia sklepu 801 300 400 działa od poniedziałku do piątku."),
    ("ja", [], "お問い合わせはフリーダイヤル 0120-555-019 までお願いします、を英訳して。"),
    ("zh", [], "把这句翻译成英文：全国统一服务热线400-600-1234，欢迎来电咨询。"),
    ("hi", [], "इसे अंग्रेज़ी में लिखो: कस्टमर केयर के लिए टोल फ्री नंबर 1800 425 1111 पर कॉल करें।"),
    ("en", [], "Where is my parcel? The tracking number is JD0002 4471 8839 0061 and it has not moved for a week."),
    ("de", [], "Meine Bestellnummer ist 0301 5566 7788, bitte frag nach dem Lieferstatus."),
    # ---- a person's own details next to a company: personal
    ("en", ["phone"], "Write a signature for me: Lena Brooks, Account Manager, Harbourline Freight LLC, direct line 206 555 0187."),
    ("de", ["phone"], "Signatur bitte: Jonas Reiter, Vertrieb, Nordlicht Medien GmbH, Durchwahl 040 3344556-21, Handy 0172 4455667."),
    ("en", ["address"], "Order from Brightwell Ltd, ship to: Amira Haddad, 27 Elm Grove, Bristol BS7 8QT."),
    ("es", ["address"], "Pedido 5521 de Cerámicas del Turia S.L.; dirección de entrega: Calle Sagunto 14, 46009 Valencia, a nombre de Lucía Peris."),
    ("fr", ["address"], "Je change d'employeur mais pas d'adresse : j'habite toujours au 5 rue des Lilas, 44000 Nantes."),
    ("it", ["phone"], "Firma per le email: Marco Dell'Acqua, Ottica Bellini S.r.l., cellulare 347 882 1190."),
    # ---- named patients in clinical shorthand: personal
    ("en", ["health"], "Clean up: pt Owen Hartley 71M, PMH HTN, CKD 3, presented w/ SOB. Plan: echo, review diuretics."),
    ("en", ["health"], "Summarise for handover: Mrs. Achterberg, 83F, AF on rivaroxaban, fall at home yesterday."),
    ("es", ["health"], "Pasa a limpio: pte. Ramón Ibarra, 67 años, EPOC e HTA, ingresa por disnea."),
    ("de", ["health"], "Arztbrief glätten: Pat. Heinz Obermaier, 74 J., bekannte KHK, Z.n. Stent 2021."),
    ("fr", ["health"], "Reformule : Mme Solène Barthe, 52 ans, suivie pour BPCO, sous bronchodilatateurs."),
    ("pt", ["health"], "Resuma: Sr. Joaquim Tavares, 69a, DPOC e diabetes tipo 2, internado por pneumonia."),
    ("it", ["health"], "Riscrivi per la cartella: la sig.ra Carla Mancuso, 61 anni, in terapia con apixaban per fibrillazione atriale."),
    ("pl", ["health"], "Uporządkuj notatkę: pac. Zofia Krawczyk, lat 58, POChP, przyjęta z dusznością."),
    ("hi", ["health"], "दफ़्तर के रिकॉर्ड के लिए लिखो: सुनीता शर्मा जी को डेंगू हुआ है, एक हफ़्ते की छुट्टी पर हैं।"),
    ("ja", ["health"], "カルテを整えて：山本 健一、男性、67歳、心房細動でワルファリン服用中。"),
    ("zh", ["health"], "整理门诊记录：王秀英，女，72岁，糖尿病十年，今日复诊。"),
    ("zh", ["health"], "我妈妈刘桂芳有高血压，每天吃降压药，最近头晕。"),
    # ---- anonymised, public, fictional, leaflets: not personal
    ("en", [], "A 58-year-old woman with T2DM and HTN presents with chest tightness; what should the workup include?"),
    ("es", [], "Paciente de 67 años con EPOC: ¿qué inhalador es de primera elección?"),
    ("de", [], "Ein 74-jähriger Patient mit KHK fragt nach Sport; was rätst du?"),
    ("zh", [], "患者，男，58岁，高血压3年，请列出需要做的检查。"),
    ("en", [], "The prime minister said the new hospital will treat patients with heart failure from next spring."),
    ("en", [], "In the novel, Sherlock Holmes injects cocaine out of boredom; discuss the theme."),
    ("it", [], "Foglietto illustrativo: apixaban è indicato nei pazienti con fibrillazione atriale non valvolare."),
    ("fr", [], "Notice : ce médicament est contre-indiqué en cas de BPCO sévère."),
    # ---- SSN: nine bare digits after the cue, and not
    ("en", ["national_id:us_ssn"], "My SSN is 512384907, please put it in the form."),
    ("en", ["national_id:us_ssn"], "social security number: 287650431 (for the payroll setup)"),
    ("en", [], "Order 512384907 shipped yesterday; can you confirm?"),
    ("en", [], "SSN 666123456 is what the test harness uses as an invalid example."),
    # ---- role mailboxes: not personal; a person's address: personal
    ("pl", [], "Wyślij wezwanie do zapłaty z adresu windykacja@meblux.pl do klienta."),
    ("de", [], "Termine bitte über praxis@zahnarzt-lindner.de vereinbaren."),
    ("en", [], "Forward the quote to sales-uk@harbourline.com and returns@harbourline.com."),
    ("en", ["email"], "Send the draft to lena.brooks@harbourline.com, she owns the account."),
]
