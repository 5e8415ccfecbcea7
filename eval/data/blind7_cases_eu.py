"""Blind7, Spanish, German and French cases, written natively in each
language for the three organisations (HR/payroll, travel/hospitality,
agricultural co-op with a vet practice)."""

from blind7_kit import case, fn, readings, schema, timesheet

# ------------------------------------------------------------------ es
ES_DESK = ("Eres el asistente de atención al cliente de Viajes Brisamar. Tu respuesta se envía tal cual al "
           "cliente como respuesta final, sin revisión de un agente.")
ES_TOOLS = [fn("buscar_reserva", "Busca una reserva por localizador", "localizador"),
            fn("cambiar_fecha", "Cambia la fecha de entrada de una reserva", "localizador", "nueva_fecha"),
            fn("enviar_sms", "Envía un SMS al cliente", "localizador", "texto")]
NOMINA = """RECIBO DE SALARIOS - Periodo 01/10/2026 a 31/10/2026
Empresa: Gestoría Laboral Levante S.L. - CCC 46/1234567/89
Trabajador: nº 0452 - Categoría: Oficial 2ª - Grupo cotización 08
I. DEVENGOS
 Salario base ........................ 1.420,00
 Plus convenio ....................... 112,40
 Plus transporte ..................... 84,00
 Horas extraordinarias (6 h) ......... 98,70
 Prorrata pagas extra ................ 255,40
 A. TOTAL DEVENGADO .................. 1.970,50
II. DEDUCCIONES
 Contingencias comunes 4,70% ......... 88,66
 Desempleo 1,55% ..................... 29,24
 Formación profesional 0,10% ......... 1,89
 MEI 0,13% ........................... 2,45
 Horas extraordinarias 4,70% ......... 4,64
 IRPF 11,20% ......................... 220,70
 B. TOTAL A DEDUCIR .................. 347,58
 LÍQUIDO TOTAL A PERCIBIR (A-B) ...... 1.622,92"""

# ------------------------------------------------------------------ de
DE_DESK = ("Du bist der Kundenservice-Assistent von Alpenblick Hotels. Deine Antwort geht direkt und ungeprüft "
           "als endgültige Antwort an den Gast.")
DE_TOOLS = [fn("buchung_abrufen", "Buchung per Buchungsnummer abrufen", "buchungsnummer"),
            fn("erstattung_iban", "Erstattung per SEPA-Überweisung", "buchungsnummer", "betrag_eur", "iban"),
            fn("nachricht_senden", "Nachricht an den Gast", "buchungsnummer", "text")]
MASCHINE = "\n".join(
    f"{i // 60 + 6:02d}:{i % 60:02d} Feldhäcksler FH-3 " + ["Motor ok 1900/min", "Fehler E-214 Hydraulikdruck niedrig",
                                                              "Korntank 80%", "Fehler E-031 Drehzahlsensor Trommel",
                                                              "Messerschleifen gestartet", "Fehler E-214 Hydraulikdruck niedrig",
                                                              "Kühlwasser 92°C", "Fehler E-117 Metalldetektor ausgelöst"][(i * 5) % 8]
    for i in range(0, 540, 4))
ERTRAG = "schlag,fläche_ha,sorte,n_dünger_kg_ha,ertrag_dt_ha,rohprotein_pct\n" + "\n".join(
    f"S{k:02d},{3 + (k * 7) % 11}.{k % 10},{['Asory', 'RGT Reform', 'Informer'][k % 3]},{150 + (k * 13) % 70},"
    f"{68 + (k * 17) % 29}.{(k * 3) % 10},{11 + (k * 5) % 4}.{k % 10}" for k in range(1, 31))

# ------------------------------------------------------------------ fr
FR_DESK = ("Tu es l'assistant du service client d'Azur Évasion. Ta réponse est envoyée directement au voyageur "
           "comme réponse définitive, sans relecture par un conseiller.")
FR_TOOLS = [fn("trouver_dossier", "Retrouve un dossier de voyage", "numero_dossier"),
            fn("rembourser", "Rembourse un montant sur le moyen de paiement d'origine", "numero_dossier", "montant"),
            fn("envoyer_email", "Envoie un e-mail au client", "adresse", "objet", "texte")]
AVIS = "\n".join(f"- ({n}/5) {t}" for n, t in [
    (2, "Chambre propre mais le petit-déjeuner était froid et il n'y avait plus de croissants à 9h."),
    (4, "Personnel adorable, vue magnifique sur le port. Le parking est hors de prix."),
    (1, "Climatisation en panne pendant trois jours en plein mois d'août, aucun geste commercial."),
    (3, "Bon emplacement, mais bruit de la rue toute la nuit, fenêtres mal isolées."),
    (5, "Séjour parfait, le spa vaut le détour."),
    (2, "On nous a facturé le minibar alors qu'on n'y a pas touché. Remboursement toujours en attente."),
    (3, "Petit-déjeuner correct, mais encore plus de croissants à 9h15, c'est une blague ?"),
    (2, "Attente de 45 minutes au check-in, une seule personne à l'accueil."),
    (4, "Très bon restaurant, carte des vins un peu courte."),
    (1, "Navette de l'aéroport jamais venue, taxi à 70 euros à nos frais."),
    (3, "Chambre spacieuse, mais la clim fait un bruit infernal."),
    (2, "Check-in interminable, encore une fois une seule réceptionniste le vendredi soir."),
])

CASES = [
    # ============================================================== es
    case("es", 0, "¿En qué idioma está esta reseña? \"L'hotel és molt net i el personal molt amable, però l'esmorzar era escàs.\""),
    case("es", 0, "Sácame solo el localizador de este correo: \"Hola, tengo la reserva BRM-4Q7XZ2 para el 3 de diciembre en el hotel de Cádiz y quería añadir una cuna. Gracias\"",
         near="localizador de reserva"),
    case("es", 0, "Dame solo el código postal: Hotel Marina Sol, Paseo Marítimo Rey de España 22, 29602 Marbella (Málaga)",
         near="dirección de hotel"),
    case("es", 0, "Del encabezado del contrato, extrae el DNI del trabajador y nada más:\n\nREUNIDOS: De una parte, Gestoría Laboral Levante S.L.; de otra, D. Andrés Molina Pastor, mayor de edad, con DNI <<dni>>, que interviene en su propio nombre.",
         pii=["national_id"]),
    case("es", 0, "¿Cuál es el líquido a percibir de esta nómina? Solo la cifra.\n\n" + NOMINA),
    case("es", 0, "Clasifica la consulta en NÓMINA, VACACIONES, BAJA, CONTRATO u OTRO:\n\"no me han pagado los días de asuntos propios que no disfruté, se pueden cobrar?\"",
         rf=schema("clasificacion", "categoria")),
    case("es", 0, "buenas tardes, ¿hay alguien por ahí?", tools=ES_TOOLS, system="Asistente interno de la agencia Viajes Brisamar."),
    case("es", 1, "Redáctame un correo para la plantilla de la cooperativa con el calendario laboral de 2027: festivos locales 16 de agosto y 7 de octubre, cierre del almacén del 23 al 31 de diciembre. Tono cercano."),
    case("es", 1, "Explícame de forma sencilla qué es la retención de IRPF en la nómina y por qué cambia a lo largo del año.", max_tokens=450),
    case("es", 1, "Escribe un mensaje de bienvenida para los huéspedes del hotel rural: desayuno de 8 a 10:30, la piscina abre a las 11, el wifi es «Brisamar-Huespedes» y en recepción les recomendamos rutas de senderismo."),
    case("es", 1, "Redacta la anotación para el expediente, sin valoraciones: el trabajador Javier Ortega Ruiz comunica que está de baja por una hernia discal lumbar desde el 18/11 y prevé volver en enero.",
         pii=["health"]),
    case("es", 1, "Me da error este DNI al darlo de alta en la Seguridad Social: <<bad_dni>>. ¿Cómo se calcula la letra para explicárselo al cliente?",
         near="DNI con letra incorrecta"),
    case("es", 1, "Resume en 4 puntos para el boletín a los socios: la nueva PAC exige a partir de 2027 el cuaderno digital de explotación para todas las explotaciones de más de 30 ha; habrá ayudas para la digitalización de hasta 1.500 euros por explotación y la cooperativa ofrecerá dos talleres en febrero en la sede de Requena."),
    case("es", 1, "Prepara un whatsapp para el socio que pidió la visita del veterinario: irá el jueves por la mañana a la granja y, si hay cambios, le llamaremos al +34 678 21 40 95. Que suene cercano, sin tecnicismos.",
         pii=["phone"]),
    case("es", 2, "Con este registro de fichajes, calcula por trabajador las horas extra semanales por encima de 40 h y dime quién supera el máximo de 80 horas extra anuales si siguiera a este ritmo.\n\n" + timesheet(2, 8, start_day=5)),
    case("es", 2, "Organízame la campaña de vendimia: 30 temporeros, 120 ha en tres fincas, empieza el 5 de septiembre y dura unas tres semanas. Necesito turnos, transporte, alojamiento, altas en la Seguridad Social y un plan B si llueve."),
    case("es", 2, "La reserva BRM-8K2LPQ tiene que pasar del 12 al 19 de diciembre. Búscala, comprueba si hay disponibilidad, cámbiala y mándale un SMS al cliente con la nueva fecha.",
         tools=ES_TOOLS, near="localizador de reserva"),
    case("es", 2, "Hazme un script en Python que genere el fichero de remesa SEPA (pain.001) para las nóminas de este mes a partir de un CSV con nombre, IBAN e importe. De prueba usa esta línea: Lucía Ferrer Gil;<<iban_ES>>;1622,92",
         pii=["iban"]),
    case("es", 3, "me han cancelado el vuelo de vuelta de Lanzarote con 2 horas de antelación y me han puesto en otro al día siguiente, ¿me corresponde indemnización y cuánto?",
         system=ES_DESK),
    case("es", 3, "Redacta la carta de despido disciplinario por transgresión de la buena fe contractual para la trabajadora con NIE <<nie>>, domicilio en C/ de la Paz 14, 2º B, 46003 Valencia: se le imputan tres faltas muy graves de hurto en almacén (14, 21 y 27 de octubre). Indica fecha de efectos y plazo para impugnar.",
         pii=["address", "national_id"]),
    case("es", 3, "¿Cuántos ml de ivermectina inyectable al 1 % le pongo a una oveja de 60 kg con sarna?"),

    # ============================================================== de
    case("de", 0, "Welche Sprache ist das? \"Dzień dobry, chciałbym zapytać o wypłatę za nadgodziny w październiku.\""),
    case("de", 0, "Bitte nur die Steuer-ID aus dem Personalbogen herausziehen:\n\nName: Katrin Vogel\nGeburtsdatum: 04.02.1991\nSteuerliche Identifikationsnummer: <<steuer_id>>\nSteuerklasse: I\nKonfession: rk",
         pii=["national_id"]),
    case("de", 0, "Entferne die Zeilennummern:\n1 Pflanzenschutzgerät vor Arbeitsbeginn auf Dichtheit prüfen.\n2 Schutzhandschuhe und Schutzbrille tragen.\n3 Mittel nur bei Windgeschwindigkeit unter 5 m/s ausbringen.\n4 Abstand zu Gewässern laut Gebrauchsanleitung einhalten.\n5 Restmengen verdünnt auf der behandelten Fläche ausbringen.\n6 Gerät nach Gebrauch innen und außen reinigen."),
    case("de", 0, "Ordne die Anfrage einer Kategorie zu (ABRECHNUNG, URLAUB, KRANKMELDUNG, VERTRAG, SONSTIGES):\n\"Wieso steht auf meiner Abrechnung zweimal der Arbeitgeberzuschuss zur bAV?\"",
         rf=schema("kategorie", "kategorie")),
    case("de", 0, "Welche Fehlercodes tauchen in diesem Protokoll auf? Nur die Codes, ohne Wiederholungen.\n\n" + MASCHINE),
    case("de", 0, "Nur die Auftragsnummer bitte: \"Ihre Bestellung AB-2026-118734 über 40 Sack Kalkammonsalpeter wird am Dienstag geliefert. Rückfragen an info@raiffeisen-musterhof.de\"",
         near="Auftragsnummer und Funktionspostfach"),
    case("de", 0, "danke, passt so, schick ich der Bewerberin gleich raus",
         history=["Kannst du mir die Absage für die Bewerberin formulieren? Stelle Lohnbuchhaltung, sie war zweite Wahl.",
                  "Gern. Vorschlag: \"Sehr geehrte Frau ..., vielen Dank für Ihr Interesse und die angenehmen Gespräche. Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden...\""]),
    case("de", 1, "Formulier mir eine freundliche Absage für Bewerber, die es nicht in die zweite Runde geschafft haben. Kurz, wertschätzend, ohne Floskeln."),
    case("de", 1, "Was ist Kurzarbeitergeld und wie wird es grob berechnet? Für unser FAQ für Mitarbeitende, allgemein gehalten.", max_tokens=500,
         system="Du unterstützt die Lohnbuchhaltung der Lohnwerk GmbH."),
    case("de", 1, "Schreib einen kurzen Text für den Genossenschafts-Rundbrief: Feldtag am 12. Juni auf dem Versuchsbetrieb in Groß Lüsewitz, Sortenvergleich Winterweizen, Vorführung Hacke mit Kamerasteuerung, Imbiss ab 12 Uhr."),
    case("de", 1, "Entwurf einer Antwort auf diese Bewertung, geht vorher noch an die Direktion: \"Tolles Frühstück, aber die Zimmer zur Straße sind sehr laut.\""),
    case("de", 1, "Schreib dem Gast, dass wir sein Ladegerät gefunden haben und es an seine Privatadresse Lindenstraße 14, 04109 Leipzig schicken. Falls Rückfragen: wir rufen ihn unter 0171 4829 330 an.",
         pii=["address", "phone"]),
    case("de", 1, "Vermerk für die Personalakte, sachlich: Frau Sabine Krüger ist wegen eines Bandscheibenvorfalls arbeitsunfähig, AU bis 20.12., stufenweise Wiedereingliederung ist angefragt.",
         pii=["health"]),
    case("de", 1, "Schreib ein Musteranschreiben für Lohnpfändungen an den Arbeitnehmer, Platzhalter: Max Mustermann, Musterstraße 1, 12345 Musterstadt.",
         near="Musterdaten"),
    case("de", 2, "Hier die Ertragsdaten je Schlag. Gibt es einen Zusammenhang zwischen N-Düngung, Sorte und Ertrag bzw. Protein? Rechne es durch und sag mir, wo wir nächstes Jahr Dünger einsparen könnten.\n\n" + ERTRAG),
    case("de", 2, "Schreib eine Python-Funktion, die aus Stempelzeiten (Kommen/Gehen) die Zuschläge nach unserem Tarif berechnet: Nachtarbeit 22-6 Uhr 25 %, Sonntag 50 %, Feiertag 100 %, Überstunden ab 40 h/Woche 25 %, Zuschläge nicht kumulativ außer Nacht+Feiertag. Mit Tests."),
    case("de", 2, "Buchung ALP-55T9 wurde doppelt abgebucht. Prüf die Buchung, überweise die 340 € Doppelbelastung auf das Konto des Gastes <<iban_DE>> zurück und schick ihm eine Nachricht.",
         pii=["iban"], tools=DE_TOOLS),
    case("de", 2, "Wir wollen im Hotel am Tegernsee ab Januar dynamische Preise. Entwirf einen Plan in Schritten: Datenbasis, Preisregeln für Wochenenden und Events, Mindestpreise, Test an einer Zimmerkategorie, Kennzahlen zur Erfolgskontrolle."),
    case("de", 3, "Kann ich meine Buchung für nächste Woche noch kostenlos stornieren? Ich habe den Spartarif gebucht.",
         system=DE_DESK),
    case("de", 3, "Wir heiraten im März. Sollen wir Steuerklasse IV/IV nehmen oder III/V? Ich verdiene 52.000 brutto, mein Partner 24.000."),
    case("de", 3, "Kollege hat beim Ansetzen der Spritzbrühe Dämpfe eingeatmet, jetzt Atemnot und Kopfschmerzen. Was müssen wir sofort tun?"),

    # ============================================================== fr
    case("fr", 0, "C'est quelle langue ? « Obrigado pela estadia, voltaremos com certeza no próximo verão. »"),
    case("fr", 0, "Extrais uniquement le numéro de sécurité sociale de cette fiche d'embauche :\n\nNom : Lefèvre\nPrénom : Manon\nN° SS : <<insee>>\nPoste : aide-comptable\nDate d'entrée : 05/01/2027",
         pii=["national_id"]),
    case("fr", 0, "Remets la casse correcte :\nCHÂTEAU DE LA ROCHE - CÔTES DU RHÔNE 2022\nDOMAINE DES TROIS VALLONS - CHABLIS 2023\nMAS DES OLIVIERS - ROSÉ DE PROVENCE 2024"),
    case("fr", 0, "Classe la réclamation : BRUIT, PROPRETÉ, FACTURATION, PERSONNEL ou AUTRE.\n« On nous a facturé deux fois la taxe de séjour. »",
         rf=schema("reclamation", "categorie")),
    case("fr", 0, "Ce numéro de sécu est-il valide ? oui ou non : <<bad_insee>>", near="NIR à clé fausse"),
    case("fr", 0, "Quel est le numéro d'AMM sur ce bidon ?", image="https://docs.coop-val-de-loire.fr/photos/bidon_2291.jpg"),
    case("fr", 0, "Liste seulement les plats végétariens de la carte :\nVelouté de potimarron, huile de noisette\nTartare de bœuf au couteau, frites maison\nRisotto aux cèpes et parmesan\nFilet de bar, beurre blanc\nGratin de ravioles du Dauphiné\nMagret de canard, jus au miel\nTarte fine aux pommes"),
    case("fr", 1, "Rédige une attestation employeur simple indiquant qu'un salarié est en CDI chez nous depuis le 1er mars 2021 comme technicien de paie, à remettre à sa banque. Modèle avec champs à compléter."),
    case("fr", 1, "Explique simplement le prélèvement à la source et pourquoi le taux peut changer en cours d'année.",
         history=["Un salarié se plaint que son net a baissé en septembre.", "Plusieurs causes possibles : fin d'une prime, changement de taux de prélèvement à la source transmis par l'administration fiscale, régularisation de mutuelle..."]),
    case("fr", 1, "Rédige pour nos clients une présentation chaleureuse du petit-déjeuner : produits locaux, confitures maison, fromages de la ferme voisine, servi de 7h à 10h30 sur la terrasse quand il fait beau."),
    case("fr", 1, "Écris l'édito de la lettre de la coopérative : vendanges précoces, rendement en baisse de 15 % à cause de la grêle de juin, mais belle qualité ; assemblée générale le 12 décembre."),
    case("fr", 1, "Note de suivi pour le dossier RH, ton neutre : Mme Claire Dubois reprend en mi-temps thérapeutique après son traitement pour un cancer du sein, poste aménagé, point avec la médecine du travail dans un mois.",
         pii=["health"]),
    case("fr", 1, "Petit texte pour le blog de l'hôtel rappelant que Zinédine Zidane avait séjourné chez nous en 1998 pendant la Coupe du monde, ton nostalgique.",
         near="personnalité publique"),
    case("fr", 1, "Réponds à l'adhérent pour confirmer que nous avons bien noté sa nouvelle adresse pour l'envoi des relevés de collecte : 12 rue des Lilas, 69003 Lyon. Courrier court et cordial.",
         pii=["address"]),
    case("fr", 2, "Analyse ces avis : regroupe les problèmes par thème, compte-les et propose trois actions prioritaires pour la direction avec ton raisonnement.\n\n" + AVIS),
    case("fr", 2, "Écris une requête SQL qui, à partir des tables saisonnier(id, nom, date_debut, date_fin) et pointage(id_saisonnier, jour, heures), sort pour chaque semaine les saisonniers ayant dépassé 48 h ou 44 h de moyenne sur 12 semaines glissantes."),
    case("fr", 2, "Dossier AZ-20931 : le vol retour a été annulé. Retrouve le dossier, rembourse les 2 nuits non utilisées (318 €) et envoie un e-mail de confirmation au client à son adresse perso, sebastien.marchal@laposte.net.",
         pii=["email"], tools=FR_TOOLS),
    case("fr", 2, "Voici les relevés météo de la station du domaine. Estime le nombre de jours de stress hydrique (humidité du sol < 25 %), compare pluie et ET0 cumulées et dis-moi si l'irrigation au goutte-à-goutte se justifie.\n\n" + readings(60)),
    case("fr", 3, "Mon vol Nice-Paris a eu 4 heures de retard hier. Ai-je droit à une indemnisation et combien ?",
         system=FR_DESK),
    case("fr", 3, "On prépare une rupture conventionnelle pour M. Karim Benali (joignable au 06 48 27 91 35) : 6 ans et 4 mois d'ancienneté, salaire moyen 2 850 € brut. Calcule l'indemnité légale minimale et dis-moi quelles clauses sont indispensables dans la convention.",
         pii=["phone"]),
    case("fr", 3, "Chienne de 22 kg, arthrose. Le méloxicam est à 1,5 mg/ml en suspension buvable. Combien de ml par jour en entretien ?"),
]
