"""Fourth batch of hand-written PII requests for eval/data/pii.jsonl (pii4),
written for the gaps the third blind set showed, as classes rather than
its phrasings, in the ten languages:

- characters in fiction and public figures with an illness (a story, a
  scene, a film's or a series' plot, a biography, a famous actor or
  singer) that are NOT a patient, beside requests about real people in
  the same words (a story for my daughter who has asthma, a colleague by
  name) that ARE;
- a name before a condition that belongs to someone unnamed in between
  (`Anna said my grandfather ...`), beside a relative who is named;
- a person's address or phone number after a business word (an invoice
  or a letter from a company to a person, a ticket to call a customer
  back), beside a company's own details with its representative named
  (`Geschäftsführer`, `attn.`, `z. Hd.`) that are not personal;
- phone numbers in log lines, CSV and table rows, after a field name,
  and in national formats (Polish and Portuguese landlines, Italian
  mobiles, nine digits in dashed threes), beside order numbers,
  timestamps, amounts and versions in the same places;
- conditions the lexicons lacked (shingles, glucose monitoring);
- placeholder identities of test data (`John Doe`, `Max Mustermann`,
  `Calle Falsa`, `张三`), beside real names also used as examples.

None of it is copied from a blind set. Each entry is (lang, labels, text);
`make_pii_set.py` appends them after `pii_3.py`'s, one in three in the
test split.
"""

PII_4 = [
    # ---- fiction and public figures: not personal
    ("en", [], "Write a bedtime story where Oliver the fox catches a cold and his friends bring him soup."),
    ("en", [], "In the TV series, Rachel is diagnosed with leukaemia in season 3; summarise how the show handles it."),
    ("en", [], "Draft a short biography of the famous pianist Clara, focusing on how her arthritis ended her career."),
    ("es", [], "Escribe una escena en la que el personaje Tomás recibe el diagnóstico de cáncer de su médico."),
    ("es", [], "¿Qué se sabe de la enfermedad de Parkinson de Muhammad Ali y cómo afectó a su carrera?"),
    ("de", [], "Fasse die Handlung zusammen: In der Serie erkrankt Lukas an Tuberkulose und muss ins Sanatorium."),
    ("de", [], "Schreib ein Gedicht über Greta, die im Märchen an einem Fieber leidet."),
    ("fr", [], "Dans ce roman, le personnage de Julien souffre d'épilepsie ; analyse le thème de la maladie."),
    ("fr", [], "Résume la biographie de l'actrice Sophie et de son combat contre le cancer du sein."),
    ("pt", [], "Escreva uma cena em que a personagem Beatriz descobre que tem diabetes."),
    ("pt", [], "No filme, o ator interpreta Rafael, um jovem com leucemia; qual é o enredo?"),
    ("it", [], "Nel romanzo, il personaggio di Giulia si ammala di tubercolosi: commenta il capitolo."),
    ("it", [], "Scrivi una breve scena in cui Matteo, il protagonista, scopre di avere l'asma."),
    ("pl", [], "Napisz opowiadanie, w którym postać Kasia choruje na astmę i uczy się z nią żyć."),
    ("pl", [], "Streść fabułę serialu: Marek dowiaduje się, że ma raka, i zaczyna nowe życie."),
    ("hi", [], "एक कहानी लिखो जिसमें किरदार राहुल को मधुमेह हो जाता है और वह खेल नहीं छोड़ता।"),
    ("ja", [], "小説のあらすじを書いて：主人公の花子は結核と診断され、療養所で暮らす。"),
    ("zh", [], "写一个故事：角色李明被确诊为糖尿病后开始跑步。"),
    ("en", [], "What is known about Stephen Hawking's motor neurone disease and how he kept working?"),
    ("de", [], "Wie ging der berühmte Physiker mit seiner ALS-Erkrankung um? Nenne Beispiele aus Hawkings Leben."),
    # ---- a real person in the same words: personal
    ("en", ["health"], "Write a bedtime story for my daughter Maya, who has asthma, so she is less scared of her inhaler."),
    ("es", ["health"], "Escribe un cuento para mi hijo Pablo, que tiene diabetes, para que entienda la insulina."),
    ("de", ["health"], "Schreib eine Mail an das Team: Unsere Kollegin Frau Brandt hat Gürtelrose und fällt zwei Wochen aus."),
    ("fr", ["health"], "Écris un mot pour l'école : ma fille Chloé a une épilepsie et doit garder son traitement sur elle."),
    ("it", ["health"], "Scrivi al datore di lavoro: il signor Bianchi ha il fuoco di Sant'Antonio e starà a casa."),
    ("pl", ["health"], "Napisz usprawiedliwienie: moja córka Zuzia ma półpasiec i nie przyjdzie do szkoły."),
    ("en", ["health"], "Log for Tom Ellery: blood glucose 11.2 this morning, 9.8 at lunch. Is that worrying with his insulin dose?"),
    ("pt", ["health"], "A glicemia da minha mãe Rosa está em 210 em jejum; o que devo perguntar ao médico dela?"),
    ("ja", ["health"], "同僚の佐藤さんが帯状疱疹になったので、業務の引き継ぎメールを書いて。"),
    ("zh", ["health"], "我同事王芳得了带状疱疹，请帮我写一封请假邮件给主管。"),
    # ---- a name, then someone unnamed with the condition: not personal
    ("en", [], "Thanks Priya, great notes. Separately: my grandfather is 81 and on warfarin, can he take ibuprofen?"),
    ("es", [], "Gracias, Lucía. Otra cosa: mi abuela tiene 79 años y toma metformina, ¿puede tomar ibuprofeno?"),
    ("de", [], "Danke, Jonas! Andere Frage: meine Mutter ist 72 und nimmt Marcumar, darf sie Ibuprofen nehmen?"),
    # ---- the relative named: personal
    ("en", ["health"], "My grandfather Walter is 81 and on warfarin; can he take ibuprofen for his knee?"),
    ("es", ["health"], "Mi abuela Carmen tiene 79 años y toma metformina para la diabetes, ¿puede tomar ibuprofeno?"),
    # ---- a person's details after a business word: personal
    ("en", ["address"], "Draft a payment reminder: invoice 2291 from Northgate Supplies Ltd to Daniel Price, 14 Orchard Lane, Leeds LS6 2QP."),
    ("de", ["address"], "Mahnung schreiben: Rechnung der Elbtal Haustechnik GmbH an Frau Petra Lorenz, Birkenweg 12, 01099 Dresden."),
    ("fr", ["address"], "Rédige une relance : facture de Bâtiself SARL adressée à Monsieur Alain Roux, 8 rue des Tanneurs, 67000 Strasbourg."),
    ("it", ["address"], "Scrivi un sollecito: fattura di Idraulica Ferri S.r.l. al signor Luca Moretti, Via dei Mille 24, 40121 Bologna."),
    ("es", ["address"], "Redacta un recordatorio: factura de Reformas Levante S.L. a Javier Ortega, Calle Cervantes 9, 03001 Alicante."),
    ("pl", ["address"], "Napisz przypomnienie: faktura od Budmax Sp. z o.o. dla pana Tomasza Wójcika, ul. Lipowa 3, 20-020 Lublin."),
    ("en", ["phone"], "Create a task for the support desk: ring back Megan Doyle on 0117 496 0325 about her broken boiler."),
    ("de", ["phone"], "Ticket für den Kundendienst: bitte Herrn Kaiser unter 0351 4418 2290 zurückrufen, es geht um die Heizung."),
    ("fr", ["phone"], "Ticket pour le service client : rappeler Mme Girard au 04 78 92 13 55 au sujet de sa facture."),
    # ---- the company's representative or attention line: not personal
    ("en", [], "Add to the letterhead: Northgate Supplies Ltd, Managing Director Daniel Price, 3 Canal Wharf, Leeds LS11 5PS."),
    ("de", [], "Adressfeld für den Brief: Elbtal Haustechnik GmbH, z. Hd. Herrn Jens Vogel, Industriestraße 8, 01129 Dresden."),
    ("fr", [], "Pour les mentions légales : Bâtiself SARL, gérant Alain Roux, 22 quai Kléber, 67000 Strasbourg."),
    ("en", [], "Address the envelope to Harbourline Freight LLC, attn. Sarah Kim, 2200 Dockside Avenue, Seattle, WA 98121."),
    # ---- phones in logs and tables: personal
    ("en", ["phone"], "Parse these log lines: 2026-03-02T09:14:55Z SMS_SENT user=4471 to=07700 900461 status=DELIVERED"),
    ("en", ["email", "phone"], "Dedupe this CSV:\nname,email,phone\nRuth Okafor,ruth.okafor@fastmail.com,020 7946 0312\nRuth Okafor,ruth.okafor@fastmail.com,02079460312"),
    ("ja", ["phone"], "この表の電話番号を国際形式に直して。\n氏名,電話\n高橋美咲,090-4821-7735\n中村翔,080-1294-5580"),
    ("zh", ["phone"], "把下面的数据整理成表格：张伟,男,138-1234-5678,北京"),
    ("de", ["phone"], "Log-Zeile prüfen: [WARN] Rückrufwunsch kunde_id=8812 tel=0170 5523 981 ts=1711956000"),
    ("pl", ["phone"], "Sformatuj dane: Anna Nowak; tel. 22 614 38 90; Warszawa"),
    ("pt", ["phone"], "Corrija o contacto do senhor Mendes: 21 846 3310, liga-lhe depois das 18h."),
    ("it", ["phone"], "Aggiorna la rubrica: Francesca Galli, 338 4417290."),
    ("pl", ["phone"], "Zapisz numer do pani Ewy: 601-245-877, dzwonić po 17."),
    ("es", ["phone"], "Convierte a JSON: nombre=Irene Soto;movil=634-218-907;ciudad=Murcia"),
    # ---- numbers in logs and tables that are not phones
    ("en", [], "Parse these log lines: 2026-03-02T09:14:55Z ORDER_PLACED order=1187 3345 9910 total=129.90 EUR"),
    ("en", [], "Why does the job fail? ts=1711956000 pid=30211 build=2024.11.3 exit=137 mem=2048 MB"),
    ("de", [], "Summiere die Spalte: Artikel;Menge;Preis\nSchrauben;1200;12 345,50\nDübel;800;9 870,00"),
    ("pl", [], "Przelicz kwotę 12 345 678 zł na euro po kursie 4,31."),
    ("it", [], "Qual è la differenza tra la versione 3.12.1 e la 3.13.0 di Python?"),
    ("ja", [], "注文番号 4000-1874-2210 の配送状況を確認するメールを書いて。"),
    ("pt", [], "Some os valores: 21 234 euros em janeiro e 18 990 euros em fevereiro."),
    ("es", [], "Pedido 612-345-678 enviado; redacta el aviso de envío para el cliente sin datos personales."),
    # ---- placeholder identities of test data: not personal
    ("en", [], "Write a unit test with this fixture: Jane Doe, 47, asthma, 221 Elm Street, Anytown, NY 10001."),
    ("de", [], "Erzeuge Testdaten nach diesem Muster: Max Mustermann, Musterstraße 12, 12345 Musterstadt, Diagnose Diabetes."),
    ("es", [], "Genera filas de ejemplo como: Fulano de Tal, Calle Falsa 123, 28080 Madrid."),
    ("zh", [], "按这个格式生成测试数据：张三，男，52岁，高血压。"),
    # ---- a real name that is also a common example: personal
    ("it", ["health"], "Aggiorna la cartella: Mario Rossi, 66 anni, in terapia con warfarin per fibrillazione atriale."),
]
