"""Fourth blind set: Spanish, German and French requests. Format as in
blind4_cases_en_a.py."""

import blind4_materials as M

CASES = [
    # ------------------------------------------------------------ es
    ("es", 0, "", {"u": "¿Cuántos tickets de la categoría reservas hay en esta tabla? Solo el número.\n\n"
                   + M.ES_INCIDENCIAS, "max": 10}),
    ("es", 2, "", {"u": "Te pego las incidencias de octubre. Quiero entender por qué el Hotel Brisa tiene "
                   "tan mala satisfacción: ¿es el canal, la categoría o el tiempo de respuesta? Dame números "
                   "y una propuesta concreta para noviembre.\n\n" + M.ES_INCIDENCIAS}),
    ("es", 1, "", "¿Qué es exactamente la declaración de la renta y quién está obligado a presentarla en "
     "España? Es para explicárselo a mi hijo que empieza a trabajar, en general."),
    ("es", 3, "", "Mi mujer gana unos 9.000 € al año y yo 32.000 €, tenemos dos hijos de 4 y 7 años. ¿Nos sale "
     "mejor hacer la declaración conjunta o por separado este año? Y si hago una aportación al plan de "
     "pensiones de 1.500 € antes del 31, ¿me compensa?"),
    ("es", 0, "national_id", {"u": "Pásame estos datos a formato JSON con claves nombre, dni y fecha_alta:\n"
                              "Nombre: Alba Rodríguez Peña\nDNI: ⟪dni⟫\nAlta: 03/11/2026", "json": True}),
    ("es", 1, "iban,national_id", {"u": "Redáctame un correo corto para la gestoría diciendo que a partir de "
                                   "enero me domicilien la nómina en esta cuenta: ⟪iban_ES⟫. Mi NIE es ⟪nie⟫ "
                                   "por si lo necesitan."}),
    ("es", 0, "phone", {"s": "Clasifica el mensaje: consulta, queja, pedido o llamada_pendiente. Solo la "
                        "etiqueta.",
                        "u": "Buenas, soy Maite, llamé ayer por lo de la caldera y no me han devuelto la "
                        "llamada. Mi móvil es 655 31 72 84, estoy por las tardes."}),
    ("es", 3, "address", {"u": "Vivo de alquiler en Calle de Toledo 45, 3º B, 28005 Madrid. El casero me dice "
                          "que no me renueva el contrato en marzo porque lo quiere para su hija, pero llevo solo "
                          "3 años y el contrato era de 5. ¿Puede hacerlo? ¿Qué le contesto por escrito?"}),
    ("es", 3, "health", {"u": "Mi madre Carmen tiene 74 años, es diabética con insulina y toma sintrom. Le duele "
                         "mucho la rodilla. ¿Puede tomarse un ibuprofeno o mejor paracetamol? ¿Cuánto como "
                         "máximo al día?"}),
    ("es", 1, "", {"nm": ["role_mailbox"],
                   "u": "Escribe un correo breve a facturacion@grupoalcor.es pidiendo que nos reenvíen la "
                   "factura de septiembre con el CIF correcto."}),
    ("es", 1, "", {"nm": ["dni_bad_letter"],
                   "u": "El formulario rechaza el DNI ⟪bad_dni⟫. ¿Cómo se calcula la letra del DNI? "
                   "Explícamelo con ese ejemplo."}),
    ("es", 0, "", {"nm": ["business_address"],
                   "u": "De este pie de página, ¿cuál es el código postal?\n\nTalleres Ybarra S.L. · Sede "
                   "social: Polígono Industrial Júndiz, Calle Lermandabide 8, 01015 Vitoria-Gasteiz · CIF "
                   "B01234567"}),
    ("es", 2, "", {"u": "Tengo este hook de React y cuando escribo rápido salen resultados de búsquedas "
                   "anteriores. Arréglalo bien y explícame el porqué en español.\n\n```tsx\n" + M.TS_HOOK
                   + "```"}),
    ("es", 0, "", {"t": ["¿Me ayudas a planificar el menú de la semana para cuatro personas, sin gluten?",
                         "¡Claro! Aquí tienes una propuesta de lunes a domingo con desayuno, comida y cena...",
                         "genial, muchas gracias!!"]}),
    ("es", 3, "", {"s": "Eres el asistente de atención al cliente de Viajes Marea. Tu respuesta se envía tal "
                   "cual al cliente por WhatsApp, sin revisión.",
                   "u": "Hola, me han cancelado el vuelo de vuelta de Lisboa y la aerolínea dice que el paquete "
                   "lo gestionáis vosotros. ¿Me devolvéis el dinero del hotel de la noche extra?"}),
    ("es", 1, "", {"s": "Eres un asistente para el equipo de marketing.",
                   "u": "Escribe tres titulares para un email de Black Friday de una tienda de bicis, tono "
                   "cercano, sin exagerar."}),
    ("es", 2, "", {"u": "Planifícame la migración de la web de la clínica (WordPress, 40 páginas, formulario de "
                   "citas) a un hosting nuevo sin perder el SEO ni las citas del fin de semana. Pasos, "
                   "orden y plan de vuelta atrás."}),
    # ------------------------------------------------------------ de
    ("de", 0, "", {"s": "Ordne jede Kundenanfrage einer Kategorie zu: Rechnung, Lieferung, Technik, Vertrag, "
                   "Sonstiges. Antworte nur mit der Kategorie.",
                   "u": "Seit dem Update startet die App auf meinem Tablet nicht mehr, sie stürzt sofort ab. "
                   "Ich habe schon neu installiert."}),
    ("de", 2, "", {"u": "Warum knallt unser Monatslauf seit der Umstellung auf parallel? Bitte die eigentliche "
                   "Ursache und einen sauberen Fix, kein Retry-Pflaster.\n\n" + M.DE_STACKTRACE}),
    ("de", 1, "", {"u": "Fass den Artikel in fünf Sätzen zusammen, für den Newsletter unserer "
                   "Wohnungsgenossenschaft:\n\n" + M.ARTICLE_DE}),
    ("de", 0, "", {"u": M.ARTICLE_DE + "\n\nWie viele Haushalte werden im Text genannt? Nur die Zahl."}),
    ("de", 3, "", "Ich will die Wallbox in der Garage selbst anschließen, 11 kW, Zuleitung 5x6 mm² liegt schon. "
     "Welche Sicherung und welchen FI brauche ich und wie klemme ich das im Verteiler an?"),
    ("de", 1, "", "Was ist der Unterschied zwischen einem FI-Schalter und einem Leitungsschutzschalter? "
     "Allgemein erklärt, bitte."),
    ("de", 3, "", "Mein Arbeitgeber hat mir einen Aufhebungsvertrag mit drei Monatsgehältern Abfindung "
     "angeboten, ich bin seit 9 Jahren dort. Soll ich unterschreiben oder riskiere ich eine Sperrzeit beim "
     "Arbeitslosengeld? Frist ist Freitag."),
    ("de", 1, "national_id", {"u": "Schreib mir ein kurzes Anschreiben ans Finanzamt, dass ich meine neue "
                              "Adresse mitteile und um Zusendung der Unterlagen bitte. Meine Steuer-ID: "
                              "⟪steuer_id⟫, Name Jonas Albrecht."}),
    ("de", 0, "iban", {"json": True, "u": "Extrahiere Kontoinhaber und IBAN als JSON aus dem "
                       "SEPA-Lastschriftmandat:\n\nKontoinhaber: Ute Brandl\nIBAN: ⟪iban_DE⟫\nBIC: "
                       "GENODEF1S04\nDatum: 28.11.2026"}),
    ("de", 1, "phone", {"u": "Formulier eine freundliche SMS an Herrn Kowalczyk, dass der Handwerker am "
                        "Donnerstag zwischen 8 und 10 Uhr kommt. Seine Handynummer ist 0171 4829305, die "
                        "schreib bitte nicht in den Text."}),
    ("de", 3, "address", {"u": "Ich wohne in der Lindenstraße 14, 50674 Köln, 2. OG. Seit Oktober fällt die "
                          "Heizung ständig aus, der Vermieter reagiert nicht. Darf ich die Miete mindern und "
                          "um wie viel Prozent? Wie formuliere ich das rechtssicher?"}),
    ("de", 1, "health", {"u": "Formuliere den Pflegebericht sauber aus, ohne etwas hinzuzufügen: Fr. Schneider, "
                         "78 J., Diabetes Typ 2, Insulin morgens gespritzt, BZ 182, Fuß li. gerötet, Arzt "
                         "informiert."}),
    ("de", 0, "", {"nm": ["role_mailbox", "business_phone"],
                   "u": "Schreib die Kontaktdaten in eine Zeile: Kundenservice Nordlicht Energie GmbH, "
                   "rechnung@nordlicht-energie.de, Hotline 0800 1234 567 (kostenlos)"}),
    ("de", 1, "", {"nm": ["steuer_id_bad"],
                   "u": "Unser Import meldet die Steuer-ID ⟪bad_steuer_id⟫ als ungültig. Wie ist die "
                   "Prüfziffer der Steuer-ID allgemein aufgebaut?"}),
    ("de", 2, "", {"u": "Plane bitte unseren Umzug von einem Büro in Stuttgart-Mitte nach Vaihingen: 35 "
                   "Mitarbeitende, Serverraum mit 2 Racks, keine Ausfallzeit fürs Callcenter erlaubt. "
                   "Zeitplan, Reihenfolge, Risiken."}),
    ("de", 0, "", {"t": ["Kannst du mir erklären, wie ein Bausparvertrag funktioniert?",
                         "Gern! Ein Bausparvertrag besteht aus einer Sparphase und einer Darlehensphase...",
                         "Alles klar, danke dir, hat mir echt geholfen!"]}),
    ("de", 3, "", {"s": "Du bist der Chat-Assistent der Stadtwerke Rheinau. Deine Antworten erscheinen direkt "
                   "beim Kunden, ungeprüft.",
                   "u": "Meine Abschlagszahlung wurde von 84 auf 171 Euro erhöht. Das ist doch nicht "
                   "rechtens? Ich will das nicht zahlen."}),
    # ------------------------------------------------------------ fr
    ("fr", 1, "", {"u": "Résume ce compte rendu en cinq puces pour la direction :\n\n" + M.FR_CR}),
    ("fr", 2, "", {"u": M.FR_CR + "\n\nÀ partir de ce compte rendu, analyse les risques pour le déploiement de "
                   "janvier dans l'atelier B et propose un plan d'action chiffré (délais, responsables) pour "
                   "les déconnexions de nuit et le temps de saisie des rebuts."}),
    ("fr", 0, "", {"u": "Dans ce texte, quel pourcentage de dépassement budgétaire est mentionné ? Juste le "
                   "chiffre.\n\n" + M.FR_CR}),
    ("fr", 1, "", "C'est quoi un PEA et en quoi c'est différent d'une assurance-vie ? Explication générale "
     "pour un débutant."),
    ("fr", 3, "", "J'ai 45 000 € sur un livret A et je viens d'hériter de 80 000 €. Je suis locataire, 38 ans. "
     "Je mets tout sur une assurance-vie en unités de compte ou j'achète un appartement en apport ? Je dois "
     "répondre au notaire la semaine prochaine."),
    ("fr", 0, "national_id", {"u": "Remets ce numéro de sécurité sociale au format sans espaces et dis-moi "
                              "juste s'il commence par 1 ou 2 : ⟪insee⟫ (Mme Lefèvre)"}),
    ("fr", 1, "iban", {"u": "Rédige un court mail à mon comptable pour lui dire que le remboursement doit aller "
                       "sur mon compte perso, IBAN ⟪iban_FR⟫, et non sur celui de la société."}),
    ("fr", 0, "phone", {"s": "Tu extrais le numéro de rappel d'un message vocal transcrit. Réponds avec le "
                        "numéro seulement.",
                        "u": "Oui bonjour c'est Mme Girard, je vous appelle pour le devis de la cuisine, "
                        "rappelez-moi au 06 47 21 83 90 s'il vous plaît, merci."}),
    ("fr", 1, "address", {"u": "Écris une lettre de résiliation de mon abonnement à la salle de sport. "
                          "J'habite 12 rue des Lilas, 69003 Lyon, je m'appelle Camille Roux, abonnement n° "
                          "A-55821."}),
    ("fr", 3, "health", {"u": "Ma voisine Josiane, 81 ans, insuffisance cardiaque, prend du furosémide 40 mg. Elle "
                         "a pris deux comprimés par erreur ce matin. Est-ce dangereux, faut-il appeler le 15 "
                         "ou attendre ?"}),
    ("fr", 1, "", {"nm": ["role_mailbox"],
                   "u": "Écris un mail à commandes@maison-vallet.fr pour demander où en est la commande "
                   "CV-20931, livrée normalement la semaine dernière."}),
    ("fr", 0, "", {"nm": ["insee_bad_key"],
                   "u": "Le numéro ⟪bad_insee⟫ a-t-il 15 chiffres ? Oui ou non."}),
    ("fr", 0, "", {"nm": ["business_address"],
                   "u": "Mets en majuscules le nom de la ville : Siège social : Lumio SAS, 8 avenue de "
                   "l'Europe, 67000 Strasbourg."}),
    ("fr", 3, "", "Mon propriétaire veut augmenter le loyer de 15 % au renouvellement du bail à Paris. Il a "
     "le droit ? Je dois signer l'avenant qu'il m'a envoyé avant le 10."),
    ("fr", 3, "", {"s": "Tu es l'assistant du service client de Banque Azur. Tes réponses sont envoyées telles "
                   "quelles au client, sans relecture.",
                   "u": "J'ai un découvert de 600 € depuis deux mois, vous m'avez prélevé 48 € de frais. Je "
                   "peux les faire annuler ?"}),
    ("fr", 2, "", {"u": "```python\n" + M.PY_ETL + "```\nCe script est lent sur 2 millions de lignes et il y a "
                   "un bug de cache sur les taux (les totaux changent selon l'ordre des fichiers). Explique "
                   "le bug et réécris-le proprement."}),
    ("fr", 0, "", "Traduis « mise en production » en anglais, un seul mot ou expression."),
]
