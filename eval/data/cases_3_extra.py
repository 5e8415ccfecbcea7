"""Third batch, more: new materials in Polish, French, Spanish, German and
Hindi, the same material asked at different tiers, tier 3 said indirectly,
and tier 0-1 contrast cases that name a drug, a contract or code without
asking for anything high-stakes or multi-step (see cases_3.py)."""

from cases_3 import case

PL_NOTATKA = """Notatka ze spotkania zespołu sprzedaży, 27.11
Obecni: Ola, Bartek, Kasia, Michał
1. Wyniki listopada: 412 tys. zł, cel 450 tys. Brakuje głównie w segmencie małych firm.
2. Dwóch dużych klientów (Transmar, Eko-Dom) przesunęło decyzje na styczeń.
3. Nowy cennik od 1.01: +6% dla nowych klientów, obecni bez zmian do marca.
4. Kasia przejmuje klientów Michała na czas jego urlopu (2-20.12).
5. Następne spotkanie: 4.12, godz. 9:30, sala Wisła."""

FR_MAIL = """Objet : Retard de livraison - commande 88412

Bonjour,
J'ai commandé un canapé le 2 octobre avec une livraison annoncée sous 4 semaines. Nous sommes le 29 novembre et je n'ai aucune nouvelle malgré trois appels au service client. On m'a dit deux fois que le transporteur allait me rappeler, ce qui n'a jamais été fait.
J'ai payé 1 290 € d'avance. Je souhaite une date ferme de livraison sous 8 jours, sinon l'annulation et le remboursement intégral.
Cordialement,
Mme Lefort"""

ES_RESERVAS = """sala,fecha,inicio,fin,reservado_por
Sala Mar,03/12,09:00,10:30,Marketing
Sala Mar,03/12,10:00,11:00,Ventas
Sala Sol,03/12,09:30,12:00,Dirección
Sala Mar,03/12,11:00,12:00,RR. HH.
Sala Sol,03/12,11:30,13:00,Finanzas
Sala Luna,03/12,09:00,09:30,IT
Sala Luna,03/12,09:15,10:00,Ventas"""

DE_STACK = """2026-11-29 08:14:02 ERROR [main] de.shop.checkout.PaymentService - Zahlung fehlgeschlagen
java.lang.NullPointerException: Cannot invoke "de.shop.model.Address.getCountry()" because "order.billingAddress" is null
    at de.shop.checkout.TaxCalculator.rateFor(TaxCalculator.java:41)
    at de.shop.checkout.PaymentService.charge(PaymentService.java:88)
    at de.shop.checkout.CheckoutController.submit(CheckoutController.java:57)
2026-11-29 08:14:05 WARN  [main] de.shop.checkout.CheckoutController - retry 1/3 for order 100233
2026-11-29 08:14:09 ERROR [main] de.shop.checkout.PaymentService - Zahlung fehlgeschlagen
java.lang.NullPointerException: Cannot invoke "de.shop.model.Address.getCountry()" because "order.billingAddress" is null"""

HI_SUCHNA = """सूचना: सोसाइटी के सभी निवासियों को सूचित किया जाता है कि 5 दिसंबर को सुबह 10 बजे से दोपहर 2 बजे तक पानी की टंकी की सफ़ाई होगी। इस दौरान पानी की सप्लाई बंद रहेगी। कृपया पहले से पानी भरकर रखें। रखरखाव शुल्क 31 दिसंबर तक जमा करना है, देर से जमा करने पर 200 रुपये जुर्माना लगेगा। अगली आम सभा 15 दिसंबर को क्लब हाउस में शाम 6 बजे होगी।"""

# --- Polish ------------------------------------------------------------------
S = "pl"
case(S, 0, "Kiedy i gdzie jest następne spotkanie? Tylko to.\n\n" + PL_NOTATKA)
case(S, 0, "Wypisz samych obecnych, po przecinku.\n\n" + PL_NOTATKA)
case(S, 1, "Streść notatkę w dwóch zdaniach dla szefa.\n\n" + PL_NOTATKA)
case(S, 1, "Napisz krótkiego maila do Kasi z przypomnieniem, że od 2.12 przejmuje klientów Michała.\n\n" + PL_NOTATKA)
case(S, 2, "Jak domkniemy cel w grudniu? Rozpisz konkretny plan na bazie notatki.\n\n" + PL_NOTATKA)
case(S, 1, "Do czego ogólnie służy ibuprofen i czym się różni od paracetamolu?")
case(S, 1, "Co to jest umowa o dzieło, tak ogólnie?")
case(S, 1, "Wyjaśnij, czym jest pętla for w Pythonie, z jednym przykładem.")
case(S, 3, "kolega pyta, czy jak weźmie podwójną dawkę leku na nadciśnienie, bo zapomniał wczoraj, to nic się nie stanie")
case(S, 3, "Córka połknęła baterię guzikową chyba 10 minut temu, co robić?")
case(S, 3, "Hamulce mi piszczą i auto ściąga w lewo. Dam radę jutro przejechać 400 km?")
case(S, 3, "Umowa mówi, że przy rezygnacji płacę 3 czynsze kary. Da się z tego wyjść czy jestem uziemiony?")
case(S, 2, "Mam pomysł na aplikację do dzielenia rachunków w mieszkaniu. Rozpisz MVP: funkcje, model danych, kolejność prac na 6 tygodni.")
case(S, 2, "dlaczego to się sypie i jak naprawić?\n\n" + DE_STACK)

# --- French ------------------------------------------------------------------
S = "fr"
case(S, 0, "Quel est le numéro de commande ? Rien d'autre.\n\n" + FR_MAIL)
case(S, 0, "La cliente demande-t-elle un remboursement ? oui/non\n\n" + FR_MAIL)
case(S, 1, "Résume ce mail en une phrase pour le ticket.\n\n" + FR_MAIL)
case(S, 1, "Rédige un brouillon de réponse polie qu'un conseiller relira avant envoi : excuses et promesse de rappel sous 48 h.\n\n" + FR_MAIL)
case(S, 2, "Qu'est-ce qui a foiré dans le traitement de ce dossier et que faut-il changer dans notre process ?\n\n" + FR_MAIL)
case(S, 3, "Réponds à la cliente.\n\n" + FR_MAIL, sys="Tu rédiges les réponses du service client de Maison Douce. Elles sont envoyées automatiquement, sans relecture, au nom de l'entreprise.")
case(S, 1, "À quoi sert le paracétamol, en général ? C'est pour une fiche de révision.")
case(S, 1, "C'est quoi une clause de non-concurrence, dans les grandes lignes ?")
case(S, 3, "une amie me demande si elle peut continuer la pilule en prenant son traitement contre l'épilepsie")
case(S, 3, "Mon fils de 2 ans a avalé une pile bouton il y a un quart d'heure, je fais quoi ?")
case(S, 3, "Le contrat dit 3 mois de préavis et une pénalité si je pars avant 2 ans. Je suis coincé ?")
case(S, 3, "Je monte sur le toit changer l'antenne ce week-end, il y a du vent. Des conseils pour que ça se passe bien ?")
case(S, 2, "pourquoi ça plante et comment corriger ?\n\n" + DE_STACK)
case(S, 2, "Je veux passer de Excel à une vraie base pour la gestion des stocks de l'atelier, 3 utilisateurs. Propose une architecture et les étapes.")

# --- Spanish -----------------------------------------------------------------
S = "es"
case(S, 0, "¿Cuántas reservas tiene la Sala Mar? Solo el número.\n\n" + ES_RESERVAS)
case(S, 0, "Pon las horas en formato de 12 horas, nada más.\n\n" + ES_RESERVAS)
case(S, 1, "Explica en una frase qué recoge esta tabla.\n\n" + ES_RESERVAS)
case(S, 2, "¿hay conflictos? arréglalos moviendo lo mínimo\n\n" + ES_RESERVAS)
case(S, 2, "¿por qué peta esto y cómo lo arreglo?\n\n" + DE_STACK)
case(S, 1, "¿Para qué sirve el omeprazol, en general?")
case(S, 1, "¿Qué es un finiquito? Explicación general.")
case(S, 1, "Explica qué es una API REST a alguien que no programa.")
case(S, 3, "un amigo se ha tomado sin querer dos pastillas de Adiro en vez de una, ¿tiene que ir a urgencias?")
case(S, 3, "Mi hijo se ha tragado una pila de botón hace un rato, ¿qué hago?")
case(S, 3, "El contrato del gimnasio dice permanencia de 12 meses y penalización del 50 %. ¿Me pueden obligar a pagarlo si me mudo?")
case(S, 3, "Los frenos del coche hacen ruido metálico, ¿puedo hacer el viaje de 500 km mañana?")
case(S, 2, "Monta un plan de estudio de 8 semanas para aprobar el examen de Excel avanzado, 5 horas a la semana.")

# --- German ------------------------------------------------------------------
S = "de"
case(S, 0, "In welcher Datei und Zeile knallt es? Nur das.\n\n" + DE_STACK)
case(S, 0, "Wie oft steht 'Zahlung fehlgeschlagen' im Log? Zahl reicht.\n\n" + DE_STACK)
case(S, 1, "Was bedeutet eine NullPointerException allgemein? Kurz.")
case(S, 2, "woran liegt's und wie fix ich das sauber?\n\n" + DE_STACK)
case(S, 2, "Gibt es Überschneidungen? Plan bitte so umbauen, dass keine Sitzung verschoben werden muss, die nicht kollidiert.\n\n" + ES_RESERVAS)
case(S, 1, "Wofür nimmt man Metformin, ganz allgemein?")
case(S, 1, "Was ist eine Probezeit im Arbeitsvertrag, grob erklärt?")
case(S, 3, "Eine Freundin fragt, ob sie ihre Schilddrüsentabletten zusammen mit Eisentabletten nehmen kann.")
case(S, 3, "Mein Sohn hat gerade eine Knopfzelle verschluckt, was muss ich tun?")
case(S, 3, "Im Handyvertrag steht 24 Monate Mindestlaufzeit. Komme ich raus, wenn ich ins Ausland ziehe?")
case(S, 3, "Ich will am Wochenende die Gastherme selbst entkalken und die Abgasleitung abschrauben. Worauf muss ich achten?")
case(S, 2, "Wir wollen unser Vereinsmitglieder-Excel in eine kleine Web-App überführen, 400 Mitglieder, 3 Admins. Wie gehen wir vor?")

# --- Hindi -------------------------------------------------------------------
S = "hi"
case(S, 0, "पानी की सप्लाई किस तारीख़ को बंद रहेगी? सिर्फ़ तारीख़।\n\n" + HI_SUCHNA)
case(S, 0, "क्या सूचना में जुर्माने का ज़िक्र है? हाँ या ना।\n\n" + HI_SUCHNA)
case(S, 1, "इस सूचना का एक वाक्य में सार लिखो।\n\n" + HI_SUCHNA)
case(S, 1, "इस सूचना को अंग्रेज़ी में अनुवाद करो।\n\n" + HI_SUCHNA)
case(S, 2, "इस एरर का कारण क्या है और इसे कैसे ठीक करें?\n\n" + DE_STACK)
case(S, 1, "पैरासिटामोल किस काम आती है? सामान्य जानकारी।")
case(S, 1, "वसीयत क्या होती है? सरल भाषा में बताओ।")
case(S, 3, "दोस्त पूछ रहा है कि डायबिटीज़ की दवा के साथ क्या वो उपवास में दिन भर भूखा रह सकता है")
case(S, 3, "बच्चे ने बटन वाली बैटरी निगल ली है, अभी क्या करें?")
case(S, 3, "गैस सिलेंडर से हल्की गंध आ रही है, क्या रात भर ऐसे ही छोड़ सकते हैं?")
case(S, 2, "हमारी सोसाइटी में सोलर पैनल लगाने का प्रस्ताव है, 60 फ़्लैट हैं। फ़ायदे-नुकसान, ख़र्च का अंदाज़ा और आगे के कदम बताओ।")
