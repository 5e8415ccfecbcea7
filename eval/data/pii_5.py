"""Fifth batch of hand-written PII requests for eval/data/pii.jsonl (pii5),
written for the classes the fourth and fifth blind sets showed, in the ten
languages, with new wording and values (none copied from a blind set):

- test card numbers of the networks' and processors' documentation
  (repeated-digit patterns and the published list) that are nobody's card,
  beside real-shaped cards in the same sentences;
- documentation domains of other countries and languages (`example.jp`,
  `beispiel.de`, `exemple.fr`), SQL and glob patterns with an `@`, team and
  department mailboxes and display names that name a unit, beside
  people's own addresses and display names;
- placeholder phone numbers (one digit repeated, `555-01xx` without an area
  code) and dates in a table whose other column is a phone word, beside
  real numbers in the same places;
- a work's character after `my novel,`, a footballer or a politician who
  spoke publicly, a test patient in a training system, beside real people
  with a condition (the writer's own surgery, a Hindi relative with
  `डायबिटीज़` spelt with the nukta);
- an address after a cue whose street the word lists lack (Dutch, German
  with no suffix, Indian flats), beside a cue with no postcode.

Each entry is (lang, labels, text); `make_pii_set.py` appends them after
`pii_4.py`'s, one in three in the test split.
"""

PII_5 = [
    # ---- test card numbers: nobody's
    ("en", [], "For the sandbox checkout, use 4242 4242 4242 4242 with any future expiry and CVC 123. Does the webhook fire?"),
    ("de", [], "Im Testsystem schlägt die Karte 5555 5555 5555 4444 fehl, obwohl sie in der Doku steht. Woran liegt das?"),
    ("es", [], "¿La tarjeta de pruebas 3782 822463 10005 sirve para simular un pago con Amex en el entorno de QA?"),
    ("ja", [], "決済テストで 4000 0566 5566 5556 を使うとデビットカード扱いになりますか？"),
    ("pl", [], "Na środowisku testowym karta 6011 1111 1111 1117 zwraca błąd 402 – czemu?"),
    # ---- real-shaped cards in the same words: personal
    ("en", ["credit_card"], "Please refund the duplicate charge to my card 4063 1863 3362 4503, it went through twice."),
    ("de", ["credit_card"], "Meine Kreditkarte 5116 4559 3372 2346 wurde zweimal belastet, bitte erstatten."),
    ("fr", ["credit_card"], "Le paiement avec ma carte 3782 734267 99166 a été refusé, pouvez-vous vérifier ?"),
    ("it", ["credit_card"], "Ho pagato con la carta 4140 4454 2196 7779 ma l'ordine risulta non pagato."),
    # ---- documentation domains, patterns, team mailboxes: not personal
    ("ja", [], "サンプルの会員データを3件作って。メールは hanako.suzuki@example.co.jp のような形式で。"),
    ("de", [], "Erstelle Beispieldaten: Name, E-Mail (z. B. lena.vogt@beispiel.de) und Kundennummer."),
    ("fr", [], "Dans la doc, remplace l'adresse camille.roux@exemple.fr par une variable {{EMAIL}}."),
    ("pt", [], "Gere 5 contatos fictícios com e-mails no domínio exemplo.com.br, como joana@exemplo.com.br."),
    ("en", [], "Why is this slow? SELECT id FROM users WHERE email ILIKE '%@contoso-mail.net' AND active;"),
    ("en", [], "Add a mail rule: anything from *@newsletter-hub.io goes to the Promotions folder."),
    ("en", [], "Write a reply template that tells customers to send billing disputes to disputes@harbourline-energy.co.uk within 30 days."),
    ("es", [], "Redacta un aviso: las quejas se envían a quejas-mx@aerolineas-sol.com y se responden en 48 h."),
    ("de", [], "Schreib eine kurze Info fürs Intranet: Beschwerden bitte an beschwerden@stadtwerke-lindau.de."),
    ("it", [], "Prepara una mail per il fornitore: le fatture vanno a pagamenti.it@ferramenta-po.it, non a me."),
    ("en", [], "Summarise this thread for the on-call handover:\n\nFrom: Platform Alerts Team <alerts-eu@orbitpay.io>\nSubject: disk 91% on db-3\n\nAuto-resolved after cleanup."),
    ("fr", [], "Résume ce mail en une phrase :\nDe : Service Qualité <qualite-lyon@laiterie-bresse.fr>\nObjet : audit du 12/11 reporté au 3/12."),
    # ---- people's addresses in the same places: personal
    ("en", ["email"], "Summarise this thread:\n\nFrom: Priya Raman <priya.raman@fastmail.com>\nSubject: my refund\n\nStill waiting on the refund from 2 November."),
    ("es", ["email"], "Contesta a la clienta, su correo es lucia.benitez@hotmail.es, y pídele el número de pedido."),
    ("pl", ["email"], "Odpisz panu Krawczykowi na adres tomasz.krawczyk@onet.pl, że paczka wyszła wczoraj."),
    # ---- placeholder phones and dates in tables: not personal
    ("ja", [], "問い合わせフォームの入力例を作って。電話番号欄は 090-0000-0000 のようなダミーで。"),
    ("en", [], "Our style guide uses 555-0142 and +1 555 0199 in screenshots. Is that safe to publish?"),
    ("fr", [], "Pour la maquette, mets 06 00 00 00 00 dans le champ téléphone, ce n'est pas un vrai numéro."),
    ("es", [], "¿Cuántas llamadas hubo por día?\n\ncanal;fecha;duración\nteléfono;2026-11-03;4\nteléfono;2026-11-04;7\nchat;2026-11-04;2"),
    ("de", [], "Zähle die Anrufe pro Tag:\nKanal|Datum|Minuten\nTelefon|2026-11-03|12\nTelefon|2026-11-05|4"),
    # ---- real phones in the same places: personal
    ("ja", ["phone"], "山本さんの携帯 090-4417-2285 に、明日の面談時間を確認する電話をかけてください。"),
    ("fr", ["phone"], "Rappelle Mme Girard au 06 47 21 88 53 pour confirmer la livraison."),
    ("es", ["phone"], "Cliente;Teléfono\nMarta Ibáñez;612 48 90 31\n¿Me das el teléfono de Marta?"),
    # ---- characters, public life, test patients: not personal
    ("en", [], "In my novel, Inspector Ruth Calloway hides her epilepsy from the force. Write the scene where she has a seizure at a crime scene."),
    ("de", [], "In meinem Roman, Kommissar Felix Brandt, leidet an Depressionen. Wie zeige ich das ohne Klischees?"),
    ("es", [], "Escribe un párrafo sobre cómo el futbolista Iker Salvat habló públicamente de su depresión."),
    ("fr", [], "Résume comment l'ancien footballeur Bruno Delmas a parlé publiquement de sa maladie de Parkinson."),
    ("pl", [], "Napisz notkę o tym, jak piłkarz Marek Zieliński publicznie opowiadał o swojej cukrzycy."),
    ("pt", [], "Crie 3 perguntas de quiz a partir destes dados de teste do sistema de treino: Ana Demo, asma, salbutamol."),
    ("en", [], "Create sample data for the EHR demo: test patient Mark Testperson, type 2 diabetes, metformin 500 mg."),
    # ---- real people with a condition: personal
    ("en", ["health"], "Draft a note to my manager: I'm booked for knee surgery on the 14th and will be off for three weeks. My name is Owen Pritchard."),
    ("hi", ["health"], "मेरे पापा सुरेश जी को डायबिटीज़ है, क्या वो व्रत में मेटफॉर्मिन ले सकते हैं?"),
    ("hi", [], "मेरा दोस्त पूछ रहा है कि क्या डायबिटीज़ में आम खा सकते हैं?"),
    ("de", ["health"], "Schreib eine Krankmeldung für mich, Jonas Weber: am Montag werde ich am Knie operiert, Diagnose Meniskusriss."),
    ("it", ["health"], "Mio zio Franco ha il diabete e domani ha una visita: cosa deve chiedere per l'insulina?"),
    # ---- addresses after a cue, streets the lists lack: personal
    ("en", ["address"], "Please update my details, my new address is 42 Keizersgracht, 1015 CS Amsterdam."),
    ("de", ["address"], "Bitte die Rechnung an mich schicken, ich wohne Am Lindenhof 9, 79098 Freiburg."),
    ("en", ["address"], "Deliver it to Flat 1203, Palm Grove Towers, Powai, Mumbai 400076, I'll be home after 6."),
    ("fr", ["address"], "Voici mon adresse pour le colis : 5 Clos du Moulin, 44300 Nantes."),
    # ---- a cue with no postcode, or an IP: not an address
    ("en", [], "What address should I put in the config? The server is Node 3, reachable at 10.20.0.7:8443."),
    ("de", [], "Meine Adresse hat sich zum 1. Dezember geändert, wie melde ich das beim Bürgeramt?"),
]
