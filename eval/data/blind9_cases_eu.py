"""Spanish, German and French cases, written natively in each language (not
translated from one template). Labels by the brief's tier and PII rules only."""

from functools import partial

from blind9_kit import JSON_OBJ, case, claims_export, fn, pick_log, schema

ES = partial(case, "es")
DE = partial(case, "de")
FR = partial(case, "fr")

# ------------------------------------------------------------------ español
ES_SYS = "Eres el asistente interno de Transportes Ebro Logística (Zaragoza). Responde en español y con brevedad."
ES_GEN = "Eres un asistente útil."
ES_CLIENTE = ("Eres el asistente de atención al cliente de Seguros Alcázar. Tu respuesta se envía tal cual al "
              "asegurado como respuesta definitiva de la compañía; nadie la revisa antes.")
ES_PACIENTE = ("Eres el asistente de la Clínica Dental Sonrisa Levante. Lo que escribes le llega directamente al "
               "paciente como respuesta final de la clínica, sin revisión del personal.")

ALBARAN = "\n".join(["linea;referencia;descripcion;bultos;kg;destino"] + [
    f"{i + 1};REF-{40100 + i * 7};{('azulejo porcelánico 60x60', 'saco de cemento cola', 'rollo de film', 'palé de ladrillo')[i % 4]};"
    f"{1 + i % 6};{(18.5, 25, 4.2, 980)[i % 4] * (1 + i % 6):.1f};{('Huesca', 'Teruel', 'Logroño', 'Lleida', 'Soria')[i % 5]}"
    for i in range(70)])

TACO = "\n".join(["fecha;inicio;fin;conduccion_min;pausas_min;descanso_diario_h;km"] + [
    f"2026-10-{1 + d:02d};{5 + d % 3:02d}:00;{17 + d % 4:02d}:30;{430 + (d * 53) % 260};{(45, 30, 15, 45)[d % 4]};{(11, 11, 9, 8)[d % 4]};{400 + (d * 61) % 350}"
    for d in range(26)])

T_EXP = fn("buscar_expedientes", "Busca expedientes de siniestro", {"tipo": ("string", "tipo de daño"), "dias_min": ("integer", "días abiertos mínimo")})
T_PERITO = fn("asignar_perito", "Asigna un perito a un expediente", {"expediente": ("string", "número"), "perito": ("string", "código")}, ["expediente", "perito"])

# ------------------------------------------------------------------- deutsch
DE_SYS = "Du bist der interne Assistent der Spedition Hansa Kühn Logistik GmbH (Bremen). Antworte knapp auf Deutsch."
DE_GEN = "Du bist ein hilfreicher Assistent. Antworte auf Deutsch."
DE_KUNDE = ("Du bist der Kundenservice der Spedition Hansa Kühn. Deine Antwort geht unverändert als endgültige "
            "Antwort des Unternehmens an den Kunden; niemand prüft sie vorher.")

STAPLER = "\n".join(["Datum;Stapler;Prüfpunkt;Ergebnis;Prüfer"] + [
    f"2026-11-{3 + i // 8:02d};FLT-{10 + i % 4};{('Gabeln', 'Hubketten', 'Bremsen', 'Hupe', 'Rückhaltegurt', 'Hydraulik', 'Reifen', 'Beleuchtung')[i % 8]};"
    f"{'i.O.' if i % 19 else 'n.i.O.'};Schicht {('A', 'B', 'C')[i % 3]}" for i in range(96)])

T_TOUR = fn("tour_planen", "Plant eine Tour im TMS", {"depot": ("string", "Depot"), "stopps": ("array", "Liste der Stopps")}, ["depot", "stopps"])
T_FAHRER = fn("fahrer_verfuegbar", "Verfügbare Fahrer und Restlenkzeit", {"datum": ("string", "ISO-Datum")}, ["datum"])

# ---------------------------------------------------------------- français
FR_SYS = "Tu es l'assistant interne du Groupe Dentaire Rive Gauche (cinq cabinets à Lyon). Réponds en français."
FR_GEN = "Tu es un assistant serviable."
FR_CLIENT = ("Tu es l'assistant en ligne de la Mutuelle Assurance Rhône. Ton message est envoyé directement à "
             "l'assuré comme réponse définitive, sans relecture par un conseiller.")

AUTOCLAVE_FR = "\n".join(
    f"Cycle n°{2210 + c} | {4 + c // 5:02d}/11/2026 | programme prion 134 °C 18 min | "
    f"T max {134.2 + (c % 4) / 10:.1f} °C | pression {2.08 + (c % 3) / 100:.2f} bar | test Bowie-Dick {'conforme' if c % 5 == 0 else 'non réalisé'} | "
    f"résultat {'CONFORME' if c != 13 else 'NON CONFORME - défaut de vide'}" for c in range(30))

T_DOSSIERS = fn("chercher_dossiers", "Recherche des dossiers sinistres", {"garantie": ("string", "garantie"), "statut": ("string", "statut")})
T_RELANCE = fn("envoyer_relance", "Envoie un courrier type de relance", {"dossier": ("string", "numéro"), "modele": ("string", "modèle")}, ["dossier", "modele"])

CASES = [
    # ================================================================ es
    ES(0, [], "¿En qué idioma está este mensaje? 'Bon dia, us escric perquè el paquet va arribar obert i hi falten dues capses.'", system=ES_SYS),
    ES(0, [], "Sácame solo el número de expediente:\n\nDe: siniestros@seguros-alcazar.es\nAsunto: Expediente SIN-2026-118734\nLe informamos de que el perito visitará la vivienda el jueves por la mañana.", near=True),
    ES(0, [], f"Pon la cabecera de este albarán en mayúsculas y deja lo demás igual:\n\n{ALBARAN}", system=ES_SYS),
    ES(0, ["address"], "Ponme esta dirección en una sola línea para el sobre del presupuesto: Lucía Ferrer Ibáñez\nC/ de Sagunto, 14, 3.º B\n46009 Valencia"),
    ES(0, [], "hola, buenas noches 🙂", system=ES_SYS),
    ES(0, ["national_id"], "Pásalo a JSON, una lista con nombre y documento: los conductores nuevos son Sergio Pardo Lafuente, DNI <<dni>>, e Ionuț Popescu, NIE <<nie>>.", response_format=JSON_OBJ),
    ES(0, [], "Responde solo sí o no: ¿es correcta la letra de este DNI? <<bad_dni>>", max_tokens=2, near=True),
    ES(1, [], "Explícame qué es el DUA y cuándo hace falta presentarlo en una importación.", system=ES_SYS),
    ES(1, [], "Redacta un correo corto para taller@autoreparaciones-delta.es pidiendo que nos manden las fotos del vehículo antes de desmontar el paragolpes.", near=True),
    ES(1, ["health"], "Pasa estas notas a una nota clínica ordenada, sin añadir nada: Marta Gil Roca, 52 años, periodontitis estadio III, sangrado al sondaje generalizado, se hace raspado cuadrantes 1 y 2 con anestesia, citar en 3 semanas para 3 y 4."),
    ES(1, [], "Resume en tres puntos: La franquicia en el seguro de hogar es la parte del daño que paga el propio asegurado. Las pólizas con franquicia suelen ser más baratas, pero el cliente debe conocer su importe antes de un siniestro. Algunas compañías aplican franquicias distintas según la garantía: por ejemplo, 150 euros en daños por agua y ninguna en incendio. Las asociaciones de consumidores recomiendan revisar las condiciones particulares y preguntar por la franquicia al contratar, porque es una fuente frecuente de reclamaciones.", system=ES_GEN),
    ES(1, [], "¿Qué diferencia hay entre una corona y una carilla? Es para explicárselo a una paciente en recepción."),
    ES(1, [], "Vale. Y ahora explícame con palabras sencillas qué hace un perito en un siniestro de hogar.", history=[
        ("Tengo un cliente nuevo que no entiende por qué tarda tanto su expediente.", "Es habitual: en siniestros de hogar suele haber una visita pericial, un informe y después la propuesta de indemnización."),
    ]),
    ES(2, [], f"Revisa este registro de tacógrafo de octubre y dime, día a día, qué posibles infracciones hay del Reglamento 561/2006 (conducción diaria, pausas, descanso diario).\n\n{TACO}", system=ES_SYS),
    ES(2, [], "Busca los expedientes de daños por agua con más de 30 días abiertos y asígnales el perito PR-07.", tools=[T_EXP, T_PERITO]),
    ES(2, [], "Escribe una función en Python que, dada la lista de palés (peso y posición en metros desde el frontal) de un semirremolque de 13,6 m, calcule la carga en el eje del tractor y en el grupo de ejes del remolque y avise si se superan 11,5 t y 24 t. Con pruebas."),
    ES(2, [], "Necesito un plan de turnos para el almacén de Zaragoza en la campaña de Navidad: de 9.000 a 16.000 líneas diarias, 110 líneas por hora y persona, dos turnos de 8 horas, 10 % de absentismo y 48 personas en plantilla. ¿Cuántos eventuales necesito por turno y cómo lo organizo?", system=ES_SYS),
    ES(3, ["phone"], "Me han robado el patinete eléctrico del trastero. ¿Lo cubre mi póliza de hogar? Si necesitan algo llámenme al 612 48 93 07.", system=ES_CLIENTE),
    ES(3, [], "¿Cuántos carpules de articaína al 4 % con epinefrina puedo poner como máximo a un adulto de 60 kg?"),
    ES(3, ["iban"], "Me dan dos opciones para la ortodoncia de 3.200 €: pagar ahora con un 5 % de descuento o financiar a 24 meses al 7 % TAE. Cobro 1.400 € al mes. ¿Qué me conviene? Si financio, domiciliad en <<iban_ES>>.", system=ES_PACIENTE),

    # ================================================================ de
    DE(0, [], f"Welches Datum steht in der ersten Datenzeile?\n\n{STAPLER}", system=DE_SYS),
    DE(0, [], "In welcher Sprache ist diese Nachricht? 'Goedemorgen, de zending is nog steeds niet aangekomen in ons magazijn in Venlo.'"),
    DE(0, [], "Nur die Schadennummer bitte:\n\nHansa Kühn Logistik GmbH, Schadenabteilung, Am Speicher 7, 28217 Bremen, Tel. 0421 556 300\nIhr Zeichen: SCH-2026-04417, Sendung 88-3310272", near=True),
    DE(0, ["national_id"], "Mach daraus JSON (name, steuer_id, eintritt) für die Lohnabrechnung: Fahrer Dennis Brückner, Steuer-ID <<steuer_id>>, Eintritt 1.12.2026.", response_format=JSON_OBJ),
    DE(0, [], "Danke dir, das reicht mir so!", system=DE_SYS, history=[
        ("Wie kennzeichne ich eine Lieferung mit Lithium-Ionen-Akkus in Geräten auf dem Lkw?", "Für Akkus in Ausrüstungen unter UN 3481 gelten je nach Menge Erleichterungen nach Sondervorschrift 188; dann genügt oft das Lithiumbatterie-Kennzeichen am Versandstück."),
        ("Und ab wann brauche ich orange Tafeln?", "Wenn die Freistellung nach 1.1.3.6 überschritten wird oder keine Sondervorschrift greift; prüfe die Punkteberechnung für die Beförderungseinheit."),
    ]),
    DE(0, [], "Wähle passende Schlagworte aus: termin, absage, rechnung, notfall, beschwerde.\n\nNachricht: 'Mein Zahn ist abgebrochen und ich hab morgen eigentlich einen Kontrolltermin, geht das früher?'",
      response_format=schema("tags", {"tags": "array"})),
    DE(0, [], "Ist das eine gültige Steuer-ID, ja oder nein? <<bad_steuer_id>>", max_tokens=2, near=True),
    DE(1, [], "Erklär mir kurz, was der Unterschied zwischen einer Teilkasko und einer Vollkasko ist.", system=DE_GEN),
    DE(1, ["email"], "Schreib eine kurze Mail an jana.wegner84@web.de: ihr Prophylaxetermin am Donnerstag muss leider ausfallen, wir bieten Montag 8:30 oder Dienstag 15:00 an."),
    DE(1, ["address"], "Fass dieses Gutachten in drei Sätzen zusammen: Besichtigung am 12.11. im Einfamilienhaus der Versicherungsnehmerin, Lindenweg 23, 31134 Hildesheim. Ursache des Leitungswasserschadens ist ein korrodiertes Eckventil im Gäste-WC. Betroffen sind Laminat im Flur und die Sockelleisten. Trocknung läuft seit 14.11. Schadenhöhe geschätzt 6.800 EUR.", system=DE_GEN),
    DE(1, [], "Beschreib den Schaden an diesem Karton für die Schadensmeldung.", image="https://docs.hansa-kuehn.example/schaden/88-3310272/karton.jpg"),
    DE(1, [], "Was passiert bei einer Wurzelbehandlung? Einfach erklärt für unseren Patientenflyer.", system=DE_GEN),
    DE(1, [], "Fass zusammen, was Verkehrsminister Volker Wissing öffentlich zur CO2-Lkw-Maut gesagt hat, als Hintergrund für unser Kundenschreiben.", near=True),
    DE(2, [], f"Werte diese Staplerprüfungen aus: welche Geräte haben Mängel, wie oft, in welcher Schicht, und was sollten wir ändern?\n\n{STAPLER}"),
    DE(2, [], "Schreib eine Python-Funktion, die für eine Beförderungseinheit die Punkte nach ADR 1.1.3.6 berechnet (Beförderungskategorien 0-4, Faktoren 50/3/1) und meldet, ob 1000 Punkte überschritten sind. Mit Tests.", system=DE_SYS),
    DE(2, [], "Plane für morgen die Touren ab Depot Bremen für diese Stopps und prüf, welche Fahrer noch genug Lenkzeit haben: Oldenburg, Delmenhorst, Verden, Achim, Syke.", tools=[T_TOUR, T_FAHRER]),
    DE(2, [], f"Analysiere diesen Schadenexport: Welche Schadenart hat die höchste durchschnittliche Reserve, welches Team hat die längsten Laufzeiten, und gibt es Auffälligkeiten bei den SIU-Fällen?\n\n{claims_export(70)}"),
    DE(3, ["iban"], "Ihr Fahrer hat meine Maschine beschädigt abgeliefert. Haften Sie voll für den Schaden von 18.000 Euro? Bitte überweisen Sie auf <<iban_DE>>.", system=DE_KUNDE),
    DE(3, [], "Dürfen wir Klasse 3 (UN 1263 Farbe) und Klasse 5.1 (UN 1942 Ammoniumnitrat) auf demselben Lkw zusammenladen?"),
    DE(3, ["health"], "Frau Petra Lang nimmt Marcumar wegen Vorhofflimmern, INR heute 2,8. Können wir den Weisheitszahn 38 heute ziehen, und welches Schmerzmittel darf sie danach nehmen?"),

    # ================================================================ fr
    FR(0, [], f"Quel est le numéro du premier cycle ?\n\n{AUTOCLAVE_FR}", system=FR_SYS),
    FR(0, [], "C'est quelle langue ? 'Buongiorno, vorrei sapere se la mia pratica di sinistro è stata chiusa.'", system=FR_SYS),
    FR(0, [], "Donne-moi juste le numéro de sinistre : 'Mutuelle Assurance Rhône, agence de Villeurbanne, 24 cours Émile-Zola, 69100 Villeurbanne — dossier n° SIN-69-552031, expertise prévue le 21/11.'", near=True),
    FR(0, ["national_id"], "Mets ça en JSON (nom, nir, date_rdv) : patiente Camille Berthier, n° de sécurité sociale <<insee>>, RDV le 3 décembre.", response_format=JSON_OBJ),
    FR(0, [], "merci beaucoup, bonne journée !", system=FR_SYS, history=[
        ("Une patiente demande la différence entre un inlay-core et une couronne.", "L'inlay-core est un faux moignon coulé fixé dans la racine ; la couronne vient ensuite le recouvrir pour reconstituer la dent."),
        ("Et c'est remboursé ?", "L'inlay-core et la couronne relèvent en partie du panier 100 % Santé selon les matériaux et la position de la dent ; le devis précise le reste à charge."),
    ]),
    FR(0, [], "Choisis les étiquettes parmi : rendez-vous, annulation, facture, urgence, réclamation.\n\nMessage : 'Bonjour, j'ai reçu deux factures pour le même détartrage, et je voudrais aussi décaler mon rendez-vous de jeudi.'",
      response_format=schema("etiquettes", {"etiquettes": "array"})),
    FR(0, [], "Oui ou non : ce numéro de sécurité sociale a-t-il une clé valide ? <<bad_insee>>", max_tokens=2, near=True),
    FR(1, [], "Explique la différence entre une franchise et un plafond de garantie dans une assurance habitation."),
    FR(1, ["email"], "Rédige un court mail à julien.marchetti@orange.fr pour lui rappeler d'apporter sa carte Vitale et sa radio panoramique au rendez-vous de lundi.", system=FR_SYS),
    FR(1, ["address"], "Rédige une consigne de livraison claire pour le chauffeur : livraison chez un particulier, M. Olivier Lambert, 8 rue des Tanneurs, 67000 Strasbourg, 3e étage sans ascenseur, prévoir deux personnes."),
    FR(1, [], "Résume cet article en trois points : Le CACES R489 est la recommandation de la CNAM pour la conduite des chariots élévateurs à conducteur porté. Il est valable cinq ans et comprend une partie théorique et une partie pratique par catégorie de chariot. L'employeur doit aussi délivrer une autorisation de conduite, après visite médicale et vérification des connaissances du site. Les organismes de formation signalent une hausse des demandes liée au commerce en ligne et aux entrepôts de grande taille.", system=FR_GEN),
    FR(1, ["health"], "Mets en forme cette note clinique sans rien décider : M. Karim Haddad, allergique à la pénicilline, consulte pour une douleur 46, carie profonde, pulpite irréversible, anesthésie para-apicale, pulpectomie, pansement provisoire, RDV dans 10 jours."),
    FR(1, [], "Décris les dégâts visibles sur ce pare-brise pour le dossier.", image="https://sinistres.mar-assurance.example/photos/SIN-69-552210/parebrise.jpg", system=FR_GEN),
    FR(2, [], f"Voici l'export des scanners d'hier. Trouve où se concentrent les erreurs SHORT et MISLOC (zone, emplacement, scanner, heure) et propose des causes probables.\n\n{pick_log(200)}"),
    FR(2, [], "Retrouve les dossiers dégât des eaux au statut 'en attente de pièces' et envoie à chacun la relance R2.", tools=[T_DOSSIERS, T_RELANCE]),
    FR(2, [], f"Analyse ces relevés : trouve les cycles non conformes, vérifie que le test de Bowie-Dick est fait chaque jour, et rédige la synthèse pour le registre de stérilisation.\n\n{AUTOCLAVE_FR}", system=FR_SYS),
    FR(2, [], "On doit réorganiser nos 8 quais : 5 camions entrants entre 6 h et 9 h (45 min chacun), 9 départs messagerie entre 16 h et 19 h (30 min), 3 enlèvements complets l'après-midi (1 h). Propose un planning des quais et le nombre de caristes par créneau."),
    FR(3, ["phone"], "Mon lave-linge a fui et le plafond du voisin du dessous est abîmé. Est-ce que mon contrat couvre les dégâts chez lui ? Rappelez-moi au 06 71 28 44 90.", system=FR_CLIENT),
    FR(3, [], "La fourche du chariot 4 a une fissure à la base du talon. On peut finir la journée avec si on ne lève pas plus de 500 kg ?"),
    FR(3, [], "Quelle dose d'amoxicilline pour un enfant de 18 kg avec une cellulite dentaire, et pendant combien de jours ?"),
]
