"""More labelled PII requests for eval/data/pii.jsonl, written by hand (not
from templates) in the ten languages: named people with a condition phrased
the way people write it (a relative, a form, a name and an age, a medicine
or a test result instead of a disease name), phone numbers in national
shapes, and near misses (conditions with nobody named, doctors, clinics,
role mailboxes, numbers in an id's shape). Written after the detectors were
changed for the blind set's misses, so they measure the general rules, not
text the detectors never saw; each is (lang, labels, text).
`make_pii_set.py` appends them after the generated rows; one in three is
in the test split.
"""

MORE = [
    # ---- a named person with a condition
    ("en", ["health"], "Draft a note to the gym: Lionel Ashworth, 62, had a knee replacement in May and should avoid squats."),
    ("en", ["health"], "My brother Callum was diagnosed with epilepsy last spring; what should his employer know?"),
    ("en", ["health"], "Summarise this: patient name: R. Delacroix. Viral load undetectable, CD4 650."),
    ("en", ["health"], "Tell Mrs Fenwick's carer that her INR is stable and the warfarin dose stays the same."),
    ("es", ["health"], "Mi suegra Remedios, de 74 años, está en diálisis tres veces por semana. ¿Qué dieta le conviene?"),
    ("es", ["health"], "Redacta un justificante: Álvaro Quintana Ferrer estuvo hospitalizado por neumonía del 3 al 9 de marzo."),
    ("de", ["health"], "Meine Schwiegermutter Hildegard nimmt seit Jahren Metformin gegen ihren Diabetes."),
    ("de", ["health"], "Bitte einen Brief an die Schule: Unser Sohn Jonas hat Asthma und braucht im Sport sein Spray."),
    ("fr", ["health"], "Rédige un mot pour l'école : notre fille Capucine souffre d'allergies alimentaires sévères."),
    ("fr", ["health"], "Mon oncle Bernard Lheureux, 70 ans, est sous dialyse depuis janvier."),
    ("pt", ["health"], "A minha sogra Gracinda tem Alzheimer e esquece-se dos comprimidos."),
    ("pt", ["health"], "Escreva ao RH: o colaborador Everton Bastos testou positivo para COVID e fica em casa."),
    ("it", ["health"], "Scrivi alla maestra: mio figlio Tommaso ha la febbre e resta a casa."),
    ("it", ["health"], "Il signor Ottavio Brambilla, 81 anni, è in dialisi il martedì e il giovedì."),
    ("pl", ["health"], "Moja córka Hania ma astmę i potrzebuje inhalatora na wycieczce."),
    ("pl", ["health"], "Pan Bogdan Wróblewski, lat 66, przeszedł udar w zeszłym roku."),
    ("hi", ["health"], "मेरी पत्नी ममता को थायराइड की दवा रोज़ लेनी होती है, याद दिलाने का संदेश लिखो।"),
    ("hi", ["health"], "श्रीमती कमला देवी को उच्च रक्तचाप है, डॉक्टर के लिए सार लिखें।"),
    ("ja", ["health"], "患者 山口 美穂、45歳、乳がん術後、化学療法中。経過をまとめてください。"),
    ("ja", ["health"], "佐々木さんは糖尿病でインスリンを使っています。"),
    ("zh", ["health"], "患者孙丽华，女，63岁，高血压十年，长期服用降压药。"),
    ("zh", ["health"], "请给公司写假条：员工陈志明先生因肺炎住院一周。"),
    # ---- near misses for health: nobody named, doctors, institutions
    ("en", [], "What HbA1c level counts as well-controlled diabetes?"),
    ("en", [], "Dr. Priscilla Mendes will give a talk on asthma inhalers at the Royal Free Hospital."),
    ("en", [], "Diabetes UK and the British Heart Foundation published new advice on salt."),
    ("es", [], "¿Cuánto dura el tratamiento de una neumonía en adultos mayores?"),
    ("de", [], "Welche Nebenwirkungen hat Metformin bei älteren Menschen?"),
    ("de", [], "Neue Leitlinien zur Behandlung von Asthma bei Kindern wurden veröffentlicht."),
    ("fr", [], "Quels aliments éviter en cas d'allergie aux arachides ?"),
    ("it", [], "Quanto dura la febbre nei bambini con l'influenza?"),
    ("pl", [], "Jakie są pierwsze objawy udaru mózgu?"),
    ("hi", [], "मेरे पिता को थायराइड है, उन्हें क्या खाना चाहिए?"),
    ("ja", [], "インスリンの保管方法を教えてください。"),
    ("zh", [], "高血压患者的饮食应注意什么？"),
    ("en", [], "Harriet Vance won the county baking contest again."),
    # ---- phones in national shapes, and numbers that are not phones
    ("es", ["phone"], "Pásale mi número a la gestora: 678 41 29 05, por las tardes."),
    ("es", ["phone"], "Ubicación de la clínica y citas: 91 555 32 10."),
    ("de", ["phone"], "Erreichbar bin ich unter 0176 9876 5432, ab 18 Uhr."),
    ("fr", ["phone"], "Rappelle le plombier au 07 81 22 43 19 demain matin."),
    ("it", ["phone"], "Il numero del mio cellulare è 338 204 7715."),
    ("hi", ["phone"], "मेरा मोबाइल नंबर 91234 56780 है, शाम को कॉल करें।"),
    ("ja", ["phone"], "連絡先は080-4417-2290です。"),
    ("zh", ["phone"], "有问题请打我的手机 186 2210 4437。"),
    ("hi", [], "रसीद पर लिखा नंबर 5521 8830 1947 है, इसे शब्दों में लिखो।"),
    ("es", [], "La facturación del trimestre fue de 612 480 930 euros."),
    ("en", [], "Reference 4419 2208 7731 appears on every page of the contract."),
    # ---- emails: role mailboxes in the ten languages, and people's own
    ("es", [], "Reenvía la queja a reclamaciones@transportes-ruiz.es y a rrhh@transportes-ruiz.es."),
    ("de", [], "Bestellungen bitte an bestellung@holzwerk-nord.de, Rechnungen an buchhaltung@holzwerk-nord.de."),
    ("fr", [], "Pour la presse : presse@festival-lumiere.fr ; pour les réservations : reservations@festival-lumiere.fr."),
    ("it", [], "Per le fatture scrivete a fatturazione@cantina-verdi.it."),
    ("pl", [], "Reklamacje proszę kierować na reklamacje@sklep-zielony.pl."),
    ("es", ["email"], "Mi correo personal es ines.calvo.m@gmail.com, escríbeme allí."),
    ("de", ["email"], "Schick die Unterlagen an tobias.krell@posteo.de."),
]
