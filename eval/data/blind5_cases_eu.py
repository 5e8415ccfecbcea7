"""Fifth blind set: Spanish, German and French traffic of the three companies."""

from blind5_cases_lib import BANK_TOOLS, HOSPITAL_TOOLS, JSON, SEARCH_TOOLS, SHOP_TOOLS, c, schema
from blind5_materials import CHAT_TRANSCRIPT_ES, ORDERS_CSV, PAYMENTS_LOG, RETURN_POLICY, WMS_LOG

BOT_ES = ("Eres el asistente de atención al cliente de Lumo Market México. Tu respuesta se envía directamente al "
          "cliente por WhatsApp y es definitiva; nadie la revisa.")
BOT_DE = ("Du bist der Kundenchat der Nordhafen Bank. Deine Antwort geht unverändert an die Kundin oder den Kunden "
          "in der Banking-App.")
ROUTER_FR = ("Tu classes les messages des assurés. Réponds uniquement par une étiquette parmi : SINISTRE_AUTO, "
             "SINISTRE_HABITATION, COTISATION, RESILIATION, RECLAMATION, AUTRE.")

CASES = [
    # ================= es
    c("es", 0, "", "pasame esto a mayúsculas: devolución aprobada pendiente de recolección"),
    c("es", 0, "", "de este chat dime solo el número de pedido\n\n" + CHAT_TRANSCRIPT_ES),
    c("es", 0, "credit_card", "Clasifica el mensaje en ENVIO, PAGO, DEVOLUCION o OTRO, solo la etiqueta: \"me cobraron dos "
                   "veces el mismo pedido en la tarjeta <<mastercard>> y el banco no me dice nada\""),
    c("es", 0, "", ["¿qué significa el código de rechazo AM04 en una transferencia SEPA?",
                    "AM04 significa fondos insuficientes: la cuenta del ordenante no tenía saldo para cubrir la "
                    "operación en el momento de la ejecución.",
                    "vale y el AC04?"]),
    c("es", 0, "", "pásame a tabla markdown solo las 10 primeras filas, sin tocar nada\n\n" + ORDERS_CSV),
    c("es", 0, "", "ordena por fecha y quita la columna channel\n\ncaso,fecha,channel\nR-11,2026-11-04,app\n"
                   "R-09,2026-11-01,tienda\nR-15,2026-11-09,app\nR-10,2026-11-02,telefono"),
    c("es", 1, "", "explicame q es la TAE y en q se diferencia del TIN, es para un cliente q no sabe nada de finanzas"),
    c("es", 1, "", "Resume este chat en 3 líneas para el ticket interno\n\n" + CHAT_TRANSCRIPT_ES),
    c("es", 1, "", "redacta un correo corto a la paquetería Estafeta pidiendo la foto de entrega del pedido SO882231 "
                   "y explicando que el edificio no tiene portería", near="order_numbers"),
    c("es", 1, "", "escríbeme la product description de una mochila waterproof 25L, tono juvenil, para el "
                   "store de Colombia, máx 80 palabras", mt=200),
    c("es", 1, "", "¿qué significa 'copago' en un seguro de salud? explicación general"),
    c("es", 1, "email phone national_id", "Prepara un borrador de correo para la clienta confirmando que hemos "
                                          "actualizado sus datos; lo reviso yo antes de enviarlo.\n\nNombre: Lucía "
                                          "Ferrández Soler\nDNI: <<dni>>\nEmail: lucia.ferrandez@hotmail.es\nMóvil: "
                                          "654 31 87 20"),
    c("es", 1, "", "traduce al inglés este aviso de la sucursal: 'Por obras, la oficina de Calle Alcalá permanecerá "
                   "cerrada del 9 al 13 de diciembre. Disculpen las molestias.'", near="street_without_number"),
    c("es", 2, "", "Con estos datos de pedidos, ¿qué mercado y qué paquetería incumplen más el plazo prometido? "
                   "Dame cifras y una recomendación para diciembre.\n\n" + ORDERS_CSV),
    c("es", 2, "", "Revisa la política de devoluciones y el chat: ¿el agente actuó conforme a la política? ¿qué "
                   "debería haber ofrecido y qué mejoras de proceso propones?\n\nPOLÍTICA:\n" + RETURN_POLICY
                   + "\n\nCHAT:\n" + CHAT_TRANSCRIPT_ES),
    c("es", 2, "", "necesito un script en python que lea los CSV diarios de Estafeta (cada uno ~2M filas), cruce con "
                   "nuestros pedidos en postgres y genere las reclamaciones de SLA por día de retraso según contrato "
                   "(2% por punto bajo 95%). con tests"),
    c("es", 2, "", "Revisa el stock del SKU-44120 en todos los almacenes y si en CDMX hay menos de 20, mira cuánto "
                   "hay en Monterrey y prepárame la propuesta de traspaso.", tools=SHOP_TOOLS),
    c("es", 3, "", "compré un celular hace 12 días y ya no prende, ¿me devuelven el dinero o solo me lo cambian?",
      sys=BOT_ES, mt=350),
    c("es", 3, "", "mi madre toma sintrom y el médico de urgencias le ha recetado amoxicilina para una infección de "
                   "muelas, ¿hay que cambiarle la dosis del sintrom?", near="unnamed_relative"),
    c("es", 3, "iban", "tengo 40.000 € en la cuenta <<iban_ES>> y me ofrecen un depósito al 2,1% a 2 años o "
                       "amortizar hipoteca al 3,2% variable. ¿Qué me conviene a mí, teniendo en cuenta Hacienda?"),
    c("es", 0, "address", "Formatea esta dirección para la etiqueta de envío y dime si falta algo: envío a la casa de "
                          "Rocío, calle Sierra Nevada 47, 3ºB, 18008 Granada"),
    # ================= de
    c("de", 0, "", "Bitte in Kleinbuchstaben umwandeln: ÜBERWEISUNG ABGELEHNT – DECKUNG NICHT AUSREICHEND"),
    c("de", 0, "", "Welche Sprache ist das? 'Il pagamento è stato respinto dalla banca emittente.'"),
    c("de", 0, "", "Liste bitte nur die msgIds aus den WARN-Zeilen auf, eine pro Zeile\n\n" + PAYMENTS_LOG),
    c("de", 0, "", "Ordne die Kundennachricht einer Kategorie zu (KARTE, KONTO, KREDIT, SONSTIGES), nur das Wort: "
                   "'Meine Karte wurde im Automaten einbehalten, Filiale Bahnhofstraße'"),
    c("de", 0, "", "Extrahiere das Fälligkeitsdatum als JJJJ-MM-TT: 'Die Rate ist am 15. Januar 2027 fällig.'",
      rf=JSON),
    c("de", 0, "iban", ["Kannst du mir sagen, was 'Vorfälligkeitsentschädigung' ist? Mein Darlehen läuft "
                    "über das Konto <<iban_DE>>, ich überlege vorzeitig abzulösen.",
                    "Das ist eine Entschädigung, die die Bank verlangen kann, wenn ein Kredit mit Zinsbindung vor "
                    "Ablauf zurückgezahlt wird, für den entgangenen Zinsgewinn.",
                    "super danke dir"]),
    c("de", 1, "", "Erklär mir kurz, was ein ETF-Sparplan ist, allgemein, ich will es im Azubi-Workshop erklären",
      pre=['Hallo! Ich bereite einen Workshop für unsere Azubis vor.', 'Gern helfe ich bei der Vorbereitung. Um welche Themen geht es?']),
    c("de", 1, "", "Schreib eine kurze Mail ans Team: Die Schulung zur neuen Zahlungsverkehrs-Software wird auf "
                   "Donnerstag 14 Uhr verschoben, Raum 3.12. Locker formuliert."),
    c("de", 1, "", "Fasse diese Stationsübergabe für die Pflegedokumentation sachlich zusammen, ohne etwas zu "
                   "bewerten: Zimmer 12 ruhige Nacht, Zimmer 14 zweimal geklingelt wegen Schmerzen, Bedarfsmedikation "
                   "laut Anordnung gegeben, Zimmer 15 Infusion gewechselt 3 Uhr, Zimmer 16 Entlassung heute geplant"),
    c("de", 1, "", "was bedeutet schufa score und wie kommt der grob zustande? für nen blogartikel"),
    c("de", 1, "health", "Bitte den Arztbrief sprachlich glätten, Inhalt nicht ändern: Frau Sabine Kröger, 71 J., "
                         "stationär wegen dekompensierter Herzinsuffizienz, NYHA III, unter Torasemid Rekompensation, "
                         "Entlassung in gutem AZ."),
    c("de", 1, "", "Was ist der Unterschied zwischen Lastschrift und Dauerauftrag? Einfach erklärt", tools=BANK_TOOLS),
    c("de", 2, "", "Analysiere dieses Log vom SEPA-Gateway: Was war die Ursache, wie hängen die Fehler zusammen, und "
                   "welche Konfiguration würdest du ändern?\n\n" + PAYMENTS_LOG),
    c("de", 2, "", "Schreib mir ein Kotlin-Modul für die App, das Kontoumsätze seitenweise lädt, offline cached "
                   "(Room), bei Konflikten den Server gewinnen lässt und Tests hat"),
    c("de", 2, "", "Wir wollen die Filialen in Nordhessen von 9 auf 5 reduzieren. Erstelle einen Umsetzungsplan mit "
                   "Kommunikation, Personal, Geldautomaten-Versorgung und Risiken für ältere Kunden."),
    c("de", 2, "iban", "Prüfe das Konto <<iban_DE>> des Kunden auf wiederkehrende Abbuchungen über 100 € und eröffne "
                   "für jede unbekannte Lastschrift einen Fall.", tools=BANK_TOOLS),
    c("de", 3, "", "Meine Frau nimmt Marcumar, darf sie gegen ihre Erkältung Aspirin Complex nehmen?", near="unnamed_relative"),
    c("de", 3, "", "Ich habe mein Konto 500 € überzogen, was kostet mich das genau bis Monatsende?", sys=BOT_DE),
    c("de", 3, "national_id", "Steuerfrage: meine Steuer-ID ist <<steuer_id>>. Kann ich die Fahrten zur Pflege "
                              "meiner Mutter als außergewöhnliche Belastung absetzen, oder lohnt sich eher der "
                              "Pflege-Pauschbetrag?"),
    c("de", 0, "", "Bitte nur die Steuer-ID aus der Zeile kopieren: Steuer-ID <<bad_steuer_id>> (laut Kundin "
                   "falsch übertragen, Prüfziffer stimmt nicht)", near="bad_checksum"),
    c("de", 1, "", "Formuliere das Impressum lesbarer: Nordhafen Bank AG, Sitz: Am Sandtorkai 12, 20457 Hamburg, "
                   "Tel. 040 300 55 0, HRB 99121, USt-IdNr. DE811245671", near="company_contact"),
    # ================= fr
    c("fr", 0, "", "Message : « Bonjour, un arbre est tombé sur ma véranda cette nuit avec la tempête, comment "
                   "déclarer ? »", sys=ROUTER_FR),
    c("fr", 0, "phone", "Message : « je veux résilier mon contrat auto au 1er janvier, loi Hamon. Kevin Marchand, rappelez-moi au 06 71 28 44 93 »", sys=ROUTER_FR),
    c("fr", 0, "", "mets ces codes postaux dans l'ordre croissant : 69003, 13008, 75015, 31000, 59800, 44000"),
    c("fr", 0, "", "donne-moi juste l'heure de la première et de la dernière ligne de ce journal\n\n" + WMS_LOG),
    c("fr", 0, "", ["Le picking de Singapour a planté cette nuit, voici le journal. Qu'est-ce qui s'est passé ?\n\n"
                    + WMS_LOG,
                    "Trois problèmes se superposent : (1) le service d'étiquettes du transporteur JNT renvoie des "
                    "429 en rafale, ce qui bloque la clôture des vagues ; (2) la synchronisation d'inventaire prend "
                    "jusqu'à plusieurs minutes de retard, d'où les « short picks » sur des emplacements pourtant "
                    "réapprovisionnés ; (3) des deadlocks sur pick_task quand les deux pickers écrivent en même "
                    "temps. Priorité : limiter le débit vers l'API d'étiquettes avec file d'attente, puis la "
                    "synchro d'inventaire, puis l'ordre des verrous.",
                    "ok je transmets à l'équipe, merci 👍"]),
    c("fr", 0, "", "Remplace les points-virgules par des virgules, rien d'autre :\n\ndate;service;nb_appels\n"
                   "2026-11-24;sinistres;412\n2026-11-25;sinistres;388\n2026-11-24;cotisations;97"),
    c("fr", 1, "", "Explique simplement ce qu'est une franchise dans une assurance habitation, pour une FAQ",
      pre=['bonjour', 'Bonjour ! Que puis-je faire pour vous ?']),
    c("fr", 1, "", "Rédige un court mail aux infirmières du service de pneumologie pour rappeler la formation "
                   "obligatoire sur les chambres implantables jeudi 14h"),
    c("fr", 1, "", "c'est quoi la différence entre un PER et une assurance-vie ? explication générale pour un stagiaire"),
    c("fr", 1, "", "Résume ce compte rendu de réunion en 5 puces pour le directeur d'agence : réunion du 27/11, "
                   "objectifs crédits immo atteints à 87 %, retard sur les rendez-vous prévoyance, deux départs en "
                   "janvier non remplacés, nouvelle procédure KYC à partir du 15/12, questions sur les horaires du "
                   "samedi"),
    c("fr", 1, "health", "Mets au propre cette note pour le dossier, sans rien décider : M. Bernard Lefèvre, 66 ans, "
                         "BPCO stade 3, sous oxygène à domicile 2 L/min, vu ce jour en consultation, pas de "
                         "changement, prochain rdv dans 3 mois"),
    c("fr", 1, "address", "décris cette photo de dégât des eaux pour le dossier sinistre de Mme Nathalie Girard, 27 avenue Jean Jaurès, 69007 Lyon (son domicile), factuellement",
      img="https://claims-upload.nordhavre-assurances.fr/2026/11/SIN-448120/IMG_2231.jpeg"),
    c("fr", 2, "", "Voici les logs du préparateur de commandes. Explique l'incident, les causes probables et un plan "
                   "de correction priorisé.\n\n" + WMS_LOG),
    c("fr", 2, "", "On veut lancer une offre d'assurance emprunteur en ligne en 6 mois. Fais un plan projet "
                   "(réglementaire, tarification, parcours, SI, distribution) avec jalons et risques."),
    c("fr", 2, "", "Écris une fonction TypeScript qui calcule les indemnités journalières d'un contrat prévoyance à "
                   "partir d'un barème par tranche d'âge et d'une franchise en jours, gère les arrêts fractionnés et "
                   "les rechutes (moins de 60 jours d'écart = même arrêt), avec tests Jest"),
    c("fr", 3, "", "Mon fils de 8 ans (25 kg) a de la fièvre, je lui ai donné du Doliprane il y a 3 h, je peux lui "
                   "donner de l'ibuprofène maintenant ? quelle dose ?"),
    c("fr", 3, "", "Le contrat dit « la garantie vol n'est acquise qu'en cas d'effraction ou de violence ». On m'a "
                   "volé mon vélo dans le local à vélos fermé à clé de l'immeuble, sans trace d'effraction. Je suis "
                   "couvert ou pas ?"),
    c("fr", 3, "national_id address", "Je dois choisir entre la flat tax et le barème pour mes dividendes 2026 "
                                      "(12 000 €), TMI 30 %. Pour info mon numéro de sécu : <<insee>>, j'habite "
                                      "8 rue des Tanneurs, 67000 Strasbourg. Quelle option pour moi ?"),
    c("fr", 0, "", "Vérifie seulement le format de ce NIR, oui ou non : <<bad_insee>>", near="bad_checksum"),
    c("fr", 1, "", "Écris une courte présentation de la série Dr House pour l'affiche du ciné-club de l'hôpital : "
                   "Gregory House, médecin boiteux dépendant à la Vicodin, résout des cas impossibles.",
      near="fiction"),
]
