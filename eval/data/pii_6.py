"""Sixth batch of hand-written PII requests for eval/data/pii.jsonl (pii6),
written for the classes the sixth blind set showed, in the ten languages,
with new wording and values (none copied from a blind set):

- organisations' mailboxes named by a function or department the role list
  lacked (permits, freedom of information, accessibility, accounts payable,
  a registry office, a water board; run together or hyphenated) and by the
  initials of a unit named just before, beside people's own addresses,
  initials of a person and given names that are also words;
- the address of a library, a publisher, a town hall, a museum or a public
  office read as a home, beside a person's address in a library's or an
  office's record;
- Chinese addresses with lanes, buildings and rooms (`弄`, `号`, `室`,
  spaces between) and Japanese `丁目`/`番`/`号` blocks, beside floors and
  rooms of a building and a chome alone;
- a named person whose condition is given only by a prescription medicine
  (sleep, opioids, anticoagulants, antidepressants, antipsychotics,
  diabetes, HIV) or a disability (blind, deaf, wheelchair, dyslexia, autism),
  with Polish inflections, beside the same medicines and words asked about
  in general and idioms (`blind spot`, `double-blind`, `disabled the cache`);
- characters as a work portrays them, composers, painters and poets of
  history, and an unnamed child's dose followed by a brand name, beside a
  named child with the same fever.

Each entry is (lang, labels, text); `make_pii_set.py` appends them after
`pii_5.py`'s, one in three in the test split.
"""

PII_6 = [
    # ---- function and department mailboxes: not personal
    ("en", [], "Draft a reminder that supplier invoices go to accounts.payable@northgate-foods.co.uk, not to individual buyers."),
    ("en", [], "Tell applicants to send their planning objections to planning-objections@eastleigh.gov.uk before 5 December."),
    ("en", [], "Add a footer line: freedom of information requests to foi@harrowgate.gov.uk."),
    ("es", [], "Redacta un aviso: las solicitudes de licencia de obra se envían a licencias.urbanismo@ayto-torrelavega.es."),
    ("de", [], "Formuliere einen Hinweis: Anträge auf Baugenehmigung bitte an bauamt@stadt-kempten.de schicken."),
    ("fr", [], "Rédige une phrase : pour un acte de naissance, écrivez à etatcivil@mairie-annecy.fr."),
    ("pt", [], "Escreva um aviso: pedidos de licenciamento para licenciamento@cm-braga.pt, resposta em 15 dias úteis."),
    ("it", [], "Scrivi un avviso: per i certificati scrivere a ufficio.anagrafe@comune.lecco.it."),
    ("pl", [], "Napisz ogłoszenie: wnioski o dostępność kierujemy na dostepnosc@um.torun.pl."),
    ("hi", [], "नागरिकों के लिए सूचना लिखें: पानी की शिकायतें jalnigam@lko.gov.in पर भेजें।"),
    ("ja", [], "お知らせ文を作って：図書の返却については toshokan@city.kanazawa.jp までご連絡ください。"),
    ("zh", [], "写一段通知：教务问题请发邮件至 jiaowu@nju-college.edu.cn。"),
    ("en", [], "Summarise: 'Department of Housing Services, 3 Mill Lane. Queries: dhs@townhall.ie.'"),
    ("pl", [], "Streść stopkę: 'Wydział Gospodarki Komunalnej, ul. Słowackiego 3, 87-100 Toruń, e-mail: wgk@um.torun.pl'"),
    # ---- people's own mailboxes beside them: personal
    ("en", ["email"], "Forward the permit decision to the applicant, grant.osei@fastmail.com, and copy the case officer."),
    ("pl", ["email"], "Wyślij decyzję do wnioskodawcy: Tomasz Lis, tl@lis-dachy.pl."),
    ("de", ["email"], "Bitte die Rechnung an die Kundin weiterleiten: svenja.kroll@posteo.de."),
    ("hi", ["email"], "मेरी ईमेल shiksha.rawat@gmail.com पर रसीद भेज दीजिए।"),
    # ---- institutions' addresses: not a home
    ("en", [], "Extract the publisher's city from this imprint: 'Published 2025 by Kestrel & Lowe, 41 Great Russell Street, London WC1B 3PE.'"),
    ("es", [], "Traduce al inglés: 'Biblioteca Municipal Ramón Pérez, Calle del Sol 14, 39001 Santander. Horario de 9 a 20 h.'"),
    ("de", [], "Übersetze ins Englische: 'Stadtbibliothek Lindau, Maximilianstraße 12, 88131 Lindau – geschlossen am 24.12.'"),
    ("fr", [], "Traduis : 'Médiathèque François-Mitterrand, 8 rue de la Gare, 74000 Annecy, fermée le lundi.'"),
    ("it", [], "Traduci: 'Museo Civico, Via Garibaldi 22, 10122 Torino. Ingresso gratuito la prima domenica.'"),
    ("pl", [], "Przetłumacz: 'Urząd Miasta, Biuro Obsługi Mieszkańców, ul. Kopernika 9, 87-100 Toruń.'"),
    ("pt", [], "Traduza: 'Câmara Municipal de Braga, Praça do Município 4, 4700-435 Braga.'"),
    # ---- a person's address in an institution's record: personal
    ("en", ["address"], "Library overdue notice for borrower Megan Doyle, home address 58 Orchard Road, Bristol BS6 5EU: draft it politely."),
    ("de", ["address"], "Bürgeramt-Termin: Herr Ahmadi wohnt in der Kastanienallee 19, 10435 Berlin. Formuliere die Bestätigung."),
    # ---- Chinese and Japanese addresses with lanes, rooms and blocks: personal
    ("zh", ["address"], "把这条快递信息整理成表格：收件人刘佳，上海市静安区延平路 121 弄 7 号 504 室。"),
    ("zh", ["address"], "我家住在广州市天河区体育西路 55 号 2 栋 1801 室，帮我写一封投诉物业的信。"),
    ("ja", ["address"], "引っ越し先は横浜市港北区日吉 4丁目 8番 21号です。転居届の文面を作ってください。"),
    ("ja", ["address"], "請求書の送付先を本町3丁目5番地12号に変更したいです、と丁寧に書いて。"),
    # ---- floors, rooms and a chome alone: not an address
    ("zh", [], "通知大家：周五的培训改在 5 楼 503 室，带好笔记本电脑。"),
    ("ja", [], "3丁目の交差点から徒歩2分の店を紹介する文を書いて。"),
    # ---- a named person with a medicine or a disability: personal
    ("en", ["health"], "Mrs Adeyemi's night nurse asked whether she can have zolpidem on the same night as her tramadol."),
    ("en", ["health"], "Write an exam access request for Priya Nair, who is registered blind and needs papers in Braille."),
    ("es", ["health"], "Mi tía Rosario toma quetiapina y sertralina; ¿puede tomar un antihistamínico para dormir?"),
    ("de", ["health"], "Herr Vogel bekommt seit der OP Morphin und Apixaban. Ist das zusammen unbedenklich?"),
    ("fr", ["health"], "Mon voisin Gérard est sous olanzapine depuis deux ans, il grossit beaucoup. Que lui conseiller ?"),
    ("pt", ["health"], "O meu avô Joaquim toma varfarina e agora receitaram-lhe clopidogrel. Há risco?"),
    ("it", ["health"], "Mio cugino Davide è in sedia a rotelle dopo l'incidente: scrivi una mail al condominio per la rampa."),
    ("pl", ["health"], "Pan Stanisław Kowalczyk przyjmuje oksykodon i zolpidem na noc. Czy to bezpieczne?"),
    ("pl", ["health"], "Moja córka Julia ma dysleksję, napisz prośbę do szkoły o dłuższy czas na sprawdzianie."),
    ("hi", ["health"], "मेरी बहन प्रिया दिव्यांग है, उसके लिए रेलवे रियायत का आवेदन लिख दो।"),
    ("ja", ["health"], "佐藤さんは自閉スペクトラム症と診断されています。支援計画の要約を作ってください。"),
    ("zh", ["health"], "患者张敏，长期服用唑吡坦助眠，请写一段用药提醒。"),
    # ---- the same medicines and words with nobody named: not personal
    ("en", [], "What is the maximum nightly dose of zolpidem for adults over 65?"),
    ("es", [], "¿Es seguro combinar quetiapina con alcohol? Explícalo en general."),
    ("pl", [], "Jak działa oksykodon i dlaczego uzależnia?"),
    ("en", [], "Our reviewers found a blind spot in the double-blind protocol; summarise the fix."),
    ("en", [], "Olivia disabled the feature flag after the rollout; write the changelog entry."),
    ("de", [], "Wie wird Legasthenie in der Grundschule festgestellt? Antworte allgemein."),
    # ---- characters, artists, history: not personal
    ("en", [], "Give three essay prompts on how Septimus Smith's shell shock is portrayed in Mrs Dalloway."),
    ("fr", [], "Résume pour un cours d'histoire la tuberculose du compositeur Frédéric Chopin."),
    ("de", [], "Schreibe zwei Sätze über die Taubheit des Komponisten Ludwig Beethoven für den Musikunterricht."),
    ("es", [], "Escribe un párrafo sobre cómo el pintor Francisco Goya quedó sordo en 1793."),
    ("pl", [], "Przygotuj notatkę na lekcję historii o chorobie psychicznej malarza Vincenta van Gogha."),
    # ---- an unnamed child's dose with a brand name after: not personal
    ("fr", [], "Ma fille de 2 ans a de la fièvre depuis hier. Quelle dose de Efferalgan Pédiatrique pour 12 kg ?"),
    ("es", [], "Mi hijo de 5 años tiene fiebre. ¿Cuánto Dalsy Forte le puedo dar?"),
    ("it", [], "Mio figlio di 3 anni ha la febbre: Quanta Tachipirina Sciroppo posso dargli?"),
    # ---- a named child with the same fever: personal
    ("fr", ["health"], "Ma fille Inès a de la fièvre depuis hier, elle a 2 ans. Quelle dose de paracétamol ?"),
]
