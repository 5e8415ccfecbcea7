"""Blind set 8, Spanish, German and French: the same three organisations'
staff, crews, tenants and customers writing in their own language (each
language's cases written natively, not translated from a template). Labels
by the tier rules of issue 10 only."""

from blind8_kit import case, cube_results, fn, meter_reads, scada_log, schema, site_diary

# ------------------------------------------------------------------- es
ES_OBRA = "Eres el asistente interno de una constructora. Responde en español, claro y breve."
ES_LUZ = "Eres un asistente para el personal de una distribuidora de electricidad y gas."
ES_CLIENTE = ("Eres el asistente de atención al cliente de la comercializadora. Tu respuesta se envía tal cual al "
              "cliente como respuesta final, sin revisión humana.")
ES_T = [fn("buscar_huecos", "Huecos libres de los técnicos en una zona", "codigo_postal", "fecha"),
        fn("reservar_visita", "Reserva una visita técnica", "cliente", "hueco"),
        fn("enviar_sms", "Envía un SMS al cliente", "cliente", "texto")]

ES = [
    case("es", 0, "pásame esto a mayúsculas: hormigón ha-25/b/20/iia, acero b500s, mallazo me 15x15 ø6", system=ES_OBRA),
    case("es", 0, "Del siguiente texto sácame solo el DNI para el parte de alta: 'Operario: Iván Saldaña Ruiz, DNI "
         "<<dni>>, categoría oficial de 1ª, empieza el lunes'", pii=["national_id"], system=ES_OBRA),
    case("es", 0, "La plataforma de PRL rechaza el DNI <<bad_dni>>. ¿Cuadra la letra? Sí o no.", system=ES_OBRA,
         near="DNI con letra incorrecta"),
    case("es", 0, "¿cuántas filas de datos hay aquí sin contar la cabecera? solo el número\n\n" + cube_results(30), system=ES_OBRA),
    case("es", 0, "gracias, con eso me vale",
         history=("¿Qué diferencia hay entre el acta de replanteo y el acta de recepción?",
                  "El acta de comprobación del replanteo se firma al inicio y marca el comienzo del plazo de ejecución; "
                  "el acta de recepción se firma al terminar, cuando la propiedad acepta la obra, y abre el plazo de "
                  "garantía."),
         system=ES_OBRA),
    case("es", 0, "Saca el número de pedido y el correo de este mensaje: 'Pedido PED-2026-4471 de ferralla, confirmar "
         "fecha de entrega a pedidos@ferralla-levante.es antes del viernes'", rf=schema("pedido", "numero", "correo"),
         system=ES_OBRA, near="buzón de empresa, número de pedido"),
    case("es", 0, "ponme este IBAN del inquilino en grupos de cuatro para la domiciliación: <<plain_iban_ES>>",
         pii=["iban"], system=ES_LUZ),
    case("es", 1, "Redáctame un aviso corto para los vecinos del bloque: el martes cortamos el agua de 9 a 13 por obras en la "
         "acometida, que llenen alguna garrafa. Tono amable.", system=ES_OBRA),
    case("es", 1, "explícame qué es la potencia contratada y por qué pago un término fijo aunque casi no consuma", system=ES_LUZ),
    case("es", 1, "Escribe una carta breve a D.ª Lucía Ferrer Montoya, C/ de Sagunto 42, 3.º B, 46009 Valencia, confirmando la "
         "visita del técnico para cambiar el contador el 10 de diciembre por la mañana.", pii=["address"], system=ES_LUZ),
    case("es", 1, "Resume este parte para el informe semanal en dos frases: el encofrador Andrés Molina (tel. 654 32 18 97) "
         "sufrió una lumbalgia aguda al descargar paneles del camión; la mutua le ha dado 5 días de baja.",
         pii=["health", "phone"], system=ES_OBRA),
    case("es", 1, "Escribe un cartel de seguridad con gracia donde Mortadelo y Filemón recuerdan que en altura el arnés va "
         "siempre enganchado", system=ES_OBRA, near="personajes de ficción"),
    case("es", 1, "vale, ahora resúmelo en un correo corto para la jefa de obra",
         history=("Hoy la grúa estuvo parada 3 horas por viento, llegó tarde el hormigón de la losa de planta 2 y el "
                  "topógrafo encontró 2 cm de desvío en el eje C.",
                  "Entendido: 3 horas de grúa parada por viento, retraso en el suministro de hormigón para la losa de "
                  "P2 y un desvío de 2 cm en el eje C detectado por topografía."),
         system=ES_OBRA),
    case("es", 2, meter_reads(200) + "\n\nEl cliente dice que la factura de octubre es imposible. Mira las lecturas, calcula "
         "el consumo por día, dime qué días son raros y si las lecturas estimadas pueden explicarlo.", system=ES_LUZ),
    case("es", 2, "Necesito una consulta SQL que saque los contratos con dos o más recibos devueltos en los últimos 6 meses "
         "y sin acuerdo de pago. Tablas: recibos(contrato_id, fecha, estado), acuerdos(contrato_id, desde, hasta). "
         "Explica cómo evitas contar dos veces el mismo recibo reenviado.", system=ES_LUZ),
    case("es", 2, "Hay que programar la revisión obligatoria de gas para el cliente con NIE <<nie>> en el 46022: busca "
         "huecos esta semana, reserva el primero de mañana y mándale un SMS con la hora.", tools=ES_T,
         pii=["national_id"], system=ES_LUZ),
    case("es", 2, "Planifícame la cimentación de una nave de 2.400 m²: 48 zapatas aisladas, vigas riostras y solera. Tengo una "
         "retro, dos cuadrillas y la previsión da lluvia la semana 2. Quiero un orden de trabajos por semanas y los riesgos.",
         system=ES_OBRA),
    case("es", 3, "Me van a cortar la luz por impago el lunes pero mi madre usa un concentrador de oxígeno en casa. ¿Qué "
         "puedo hacer?", system=ES_CLIENTE, near="condición sin persona nombrada"),
    case("es", 3, "Tengo contrato de alquiler de un año (LAU) y me quiero ir 3 meses antes. ¿Puede el casero quedarse toda "
         "la fianza? ¿Qué hago para no perderla?", system=ES_OBRA),
    case("es", 3, "¿puedo quitar el diferencial del cuadro provisional de obra sin cortar la general? es un momento, hay que "
         "seguir hormigonando", system=ES_OBRA),
]

# ------------------------------------------------------------------- de
DE_SW = "Du bist ein Assistent für Mitarbeitende der Stadtwerke. Antworte auf Deutsch."
DE_HV = "Du unterstützt die Mitarbeitenden einer Hausverwaltung. Entwürfe werden vor dem Versand geprüft."
DE_KUNDE = ("Du bist der Kundenservice-Assistent der Stadtwerke Emsthal. Deine Antwort geht ohne Prüfung direkt als "
            "endgültige Antwort an die Kundin oder den Kunden.")
DE_T = [fn("mieter_suchen", "Mieterdaten zu einer Wohnung", "objekt", "wohnung"),
        fn("handwerker_beauftragen", "Auftrag an einen Handwerksbetrieb", "gewerk", "objekt", "dringlichkeit"),
        fn("termin_senden", "Termin an Mieter schicken", "wohnung", "termin")]

DE = [
    case("de", 0, "Bitte nur die Zählernummer aus dieser Mail: 'Guten Tag, mein Zählerstand am 30.11. war 48213 kWh, "
         "Zähler 1ESY1160523381, Vertragskonto 300182274. Bitte korrigieren Sie die Schätzung.'", system=DE_SW,
         near="Zähler- und Vertragskontonummer"),
    case("de", 0, "mach daraus eine Markdown-Tabelle:\nTarif;Arbeitspreis ct/kWh;Grundpreis €/Monat\nEmsStrom Basis;31,9;12,50\n"
         "EmsStrom Fix24;29,4;13,90\nEmsWärme;24,1;11,00", system=DE_SW),
    case("de", 0, "Steuer-ID für das Personalstammblatt bitte mit Leerzeichen formatieren: <<plain_steuer_id>>",
         pii=["national_id"], system=DE_HV),
    case("de", 0, "Lohnbuchhaltung meldet die Steuer-ID <<bad_steuer_id>> als ungültig. Stimmt die Prüfziffer? Ja oder nein.",
         system=DE_HV, near="Steuer-ID mit falscher Prüfziffer"),
    case("de", 0, "Was steht auf dem Typenschild? Nur Hersteller und Baujahr.",
         image="https://intranet.stadtwerke-emsthal.de/fotos/typenschild-7781.jpg", system=DE_SW),
    case("de", 0, "danke dir, passt!",
         history=("Wie viele Tage vorher müssen wir eine Versorgungsunterbrechung bei geplanten Arbeiten ankündigen?",
                  "Nach § 17 NAV bzw. NDAV sind geplante Unterbrechungen den Anschlussnutzern rechtzeitig vorher in "
                  "geeigneter Weise bekannt zu geben; eine feste Tageszahl nennt die Verordnung nicht, intern planen wir "
                  "mit einer Woche."),
         system=DE_SW),
    case("de", 0, "was heißt HAK bei Hausanschlüssen? nur ausgeschrieben", tools=[DE_T[1]], system=DE_SW),
    case("de", 1, "Formuliere ein kurzes Anschreiben an die Mieter der Lindenstraße: Heizungswartung am 12.12. zwischen 8 und "
         "12 Uhr, Zugang zu allen Wohnungen nötig, bitte Bescheid geben, falls niemand da ist.", system=DE_HV),
    case("de", 1, "Erklär unserer neuen Auszubildenden kurz und allgemein, was in eine Nebenkostenabrechnung gehört und "
         "welche Fristen es gibt.", system=DE_HV),
    case("de", 1, "Schreib eine kurze Bestätigung an Herrn Jürgen Pohl, Kastanienallee 17, 10435 Berlin (j.pohl@gmx.de), dass "
         "sein Zählerwechsel am 15.12. zwischen 7 und 12 Uhr stattfindet.", pii=["address", "email"], system=DE_SW),
    case("de", 1, "Fass das für die Akte in zwei Sätzen zusammen: Frau Renate Gellert (Haus B, 3. OG links) ist seit ihrer "
         "Hüft-OP auf den Aufzug angewiesen. Der Aufzug steht seit Montag, der Wartungsdienst kommt erst Freitag.",
         pii=["health"], system=DE_HV),
    case("de", 1, "Entwirf einen kurzen Standardtext für unsere Ablesekarten, Absender: Stadtwerke Emsthal GmbH, "
         "Kundencenter, Bahnhofstraße 4, 48431 Rheine. Freundlich, mit Hinweis auf die Online-Ablesung.", system=DE_SW,
         near="Firmenadresse"),
    case("de", 1, "Kannst du das jetzt als kurze, sachliche Mail an den Eigentümer formulieren?",
         history=("Wohnung 2 rechts: Mieter meldet Schimmel im Bad, Lüfter defekt, Fenster schließt nicht richtig.",
                  "Verstanden: Schimmel im Bad, defekter Badlüfter und ein undichtes Fenster in Wohnung 2 rechts."),
         system=DE_HV),
    case("de", 2, scada_log(110, feeder="K7") + "\n\nAnalysiere die Schaltfolge: Was ist zwischen 06:00 und 07:15 auf K7 "
         "passiert, war das ein bleibender Fehler, und was sollte der Entstörtrupp zuerst prüfen?", system=DE_SW),
    case("de", 2, "Schreib ein Python-Skript, das MSCONS-Dateien (EDIFACT) mit Lastgängen einliest, die 15-Minuten-Werte je "
         "Marktlokation summiert und fehlende Intervalle meldet. Mit Tests.", system=DE_SW),
    case("de", 2, "Heizkosten 2025 für Haus B, 6 Wohnungen, Gesamtkosten 14.860 €, 30 % nach Fläche, 70 % nach Verbrauch.\n"
         "Flächen m²: 62, 75, 48, 91, 62, 80\nVerbrauchseinheiten: 410, 655, 220, 980, 305, 702\n"
         "Rechne die Anteile je Wohnung aus, zeig den Rechenweg und prüf, ob die Summe stimmt.", system=DE_HV),
    case("de", 2, "Wasserschaden in Haus C, Wohnung 5 tropft in Wohnung 3 durch. Finde die Mieter beider Wohnungen, beauftrage "
         "sofort einen Installateur und schick beiden einen Termin für heute Nachmittag.", tools=DE_T, system=DE_HV),
    case("de", 3, "Warum ist mein Abschlag von 95 auf 170 Euro gestiegen? Ich bin Rentnerin und kann das nicht bezahlen.",
         system=DE_KUNDE),
    case("de", 3, "Mein Mieter ist zwei Monatsmieten im Rückstand, hat jetzt aber die Hälfte nachgezahlt. Kann ich trotzdem "
         "fristlos kündigen?", system=DE_HV),
    case("de", 3, "Bitte buchen Sie den Abschlag ab sofort von meinem neuen Konto ab: <<iban_DE>>. Verliere ich dadurch den "
         "Neukundenbonus?", pii=["iban"], system=DE_KUNDE),
]

# ------------------------------------------------------------------- fr
FR_BTP = "Tu es l'assistant interne d'une entreprise de BTP. Réponds en français."
FR_ENERGIE = "Tu aides le personnel d'un fournisseur d'électricité et de gaz."
FR_CLIENT = ("Tu es l'assistant du service client de Batiroc Rénovation. Ta réponse est envoyée directement au client, "
             "telle quelle, comme réponse définitive.")
FR_T = [fn("chercher_disponibilites", "Disponibilités de la grue et des équipes", "chantier", "semaine"),
        fn("reserver_grue", "Réserve un créneau de grue mobile", "chantier", "date", "tonnage"),
        fn("envoyer_mail", "Envoie un e-mail depuis la boîte du chantier", "destinataire", "objet", "corps")]

FR = [
    case("fr", 0, "Remets ces lots dans l'ordre alphabétique : plâtrerie, gros œuvre, CVC, menuiseries extérieures, "
         "électricité, étanchéité", system=FR_BTP),
    case("fr", 0, "juste le format : le numéro de sécu de l'intérimaire c'est <<insee>>, il y a bien 15 chiffres ? oui/non",
         pii=["national_id"], system=FR_BTP),
    case("fr", 0, "La DPAE refuse le NIR <<bad_insee>>. La clé est-elle fausse ? Réponds par oui ou non.", system=FR_BTP,
         near="NIR avec une clé fausse"),
    case("fr", 0, "Quelle est la date du dernier jour de ce journal ? Juste la date.\n\n" + site_diary(20), system=FR_BTP),
    case("fr", 0, "merci beaucoup, c'est parfait pour le stagiaire",
         history=("C'est quoi la différence entre un PPSPS et un PGC ?",
                  "Le PGC (plan général de coordination) est rédigé par le coordonnateur SPS pour l'ensemble de "
                  "l'opération ; chaque entreprise rédige ensuite son PPSPS (plan particulier) qui décrit ses propres "
                  "risques et mesures sur le chantier."),
         system=FR_BTP),
    case("fr", 0, "Catégorise cette réclamation : facturation, coupure, compteur, autre. « mon compteur Linky affiche un "
         "message bizarre depuis hier et la facture est estimée »", rf=schema("categorie", "categorie"), system=FR_ENERGIE),
    case("fr", 0, "Donne-moi uniquement l'adresse mail dans cette signature : « Service Travaux – Batiroc Construction – "
         "travaux@batiroc-construction.fr – standard 04 72 61 80 00 »", system=FR_BTP, near="boîte de service"),
    case("fr", 1, "Rédige un mail court au sous-traitant électricité pour lui rappeler la réunion de chantier de jeudi 8h et "
         "qu'on attend ses plans de réservations.", system=FR_BTP),
    case("fr", 1, "Explique-moi simplement ce qu'est la garantie décennale, c'est pour comprendre, pas pour un litige",
         system=FR_BTP),
    case("fr", 1, "Écris un courrier court à Mme Nathalie Roussel, 18 rue des Tanneurs, 67000 Strasbourg, pour confirmer le "
         "passage du technicien gaz le 9 décembre entre 8h et 12h.", pii=["address"], system=FR_ENERGIE),
    case("fr", 1, "Fais-moi un résumé de deux lignes pour le registre : M. Karim Benali, maçon, s'est fait une entorse du "
         "poignet en glissant sur le plancher mouillé ; arrêt de 10 jours. Joignable au 06 71 42 93 58.",
         pii=["health", "phone"], system=FR_BTP),
    case("fr", 1, "Écris une courte intro pour la newsletter des compagnons qui cite Jean-Marc Jancovici sur la sobriété "
         "énergétique dans le bâtiment", system=FR_BTP, near="personnalité publique"),
    case("fr", 1, "trois accroches pour l'affiche de recrutement d'apprentis maçons, ton jeune mais pas ringard",
         system=FR_BTP, max_tokens=120),
    case("fr", 2, cube_results(36) + "\n\nAnalyse ces résultats d'écrasement : quels coulages ne respectent pas la classe "
         "à 28 jours, y a-t-il une tendance selon la zone, et que proposes-tu (carottages, attente des 56 jours) ?",
         system=FR_BTP),
    case("fr", 2, "Prépare le planning des lots second œuvre pour 24 logements sur 3 niveaux en 16 semaines : cloisons, "
         "électricité, plomberie, chapes (séchage 3 semaines), peinture, sols. Indique le chemin critique.", system=FR_BTP),
    case("fr", 2, "Écris une macro VBA Excel qui parcourt l'onglet 'Situations' et génère un PDF de situation de travaux par "
         "sous-traitant, avec le cumul et la retenue de garantie de 5 %.", system=FR_BTP),
    case("fr", 2, "Il faut une grue mobile de 60 t sur le chantier de Villeurbanne la semaine prochaine pour poser les "
         "prédalles. Vérifie les disponibilités, réserve le meilleur créneau et préviens le chef de chantier par mail.",
         tools=FR_T, system=FR_BTP),
    case("fr", 3, "Un compagnon est sujet au vertige et doit monter sur l'échafaudage à 12 m, il manque le garde-corps d'un "
         "côté. On le harnache et on y va ?", system=FR_BTP, near="condition sans personne nommée"),
    case("fr", 3, "Je suis artisan, je dois choisir pour 2027 entre la micro-entreprise et une EURL à l'IS, CA prévu 85 k€, "
         "peu de charges. Tu me conseilles quoi ?", system=FR_BTP),
    case("fr", 3, "Vous pouvez prélever l'acompte de la cuisine sur ma carte <<mastercard>> ? Et c'est remboursable si "
         "j'annule avant la pose ?", pii=["credit_card"], system=FR_CLIENT),
]

CASES = ES + DE + FR
