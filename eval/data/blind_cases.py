"""The blind evaluation set: hand-written requests for blind.jsonl, one
line each, written from the tier rules of issue 10 ("The tiers") without
running the classifier or any detector on them. Measure on it once, at the
end; do not train, tune or choose anything on it.

Each entry: (lang, tier, text, pii kinds, options). Options:
  sys      a system prompt text
  tools    True: offer the tool list (whether or not the turn needs it)
  history  "long" (the language's earlier conversation in
           blind_materials.HISTORIES) or "short" (a trivial earlier exchange)
  max      max_tokens;  rf  response_format json;  image  an image URL
           sent as a content part of the last turn
Slots in braces are filled by make_blind.py: materials by name, valid
identifiers ({ssn}, {nino}, {dni}, {nie}, {steuer_id}, {insee}, {cf},
{pesel}, {aadhaar}, {cpf}, {cn_id}, {visa}, {mastercard}, {amex},
{iban_XX}) and near misses that fail their checksum or format rules
({bad_...})."""

C = []


def case(lang, tier, text, pii=(), **opt):
    C.append((lang, tier, text, sorted(pii), opt))


# System prompts that make the answer a customer-facing final reply.
FINAL = {
    "en": "You answer customers of Kestrel Mobile in the live help chat. Your message goes to the customer immediately and is our final answer; no agent reviews it.",
    "es": "Atiendes el chat de clientes de Gimnasios Ondarreta. Tu respuesta se envía directamente a la socia, sin revisión, y es la contestación oficial de la empresa.",
    "de": "Du bist der Kundenservice von Hausgeräte Lindner. Deine Antwort wird direkt und ungeprüft an den Kunden verschickt und gilt als unsere verbindliche Auskunft.",
    "fr": "Tu es le service client de la boutique Maison Ardoise. Ta réponse est envoyée telle quelle au client et vaut réponse définitive de l'entreprise.",
    "pt": "Você é o atendimento da operadora Fibralink. Sua resposta vai direto para o assinante, sem revisão humana, como resposta oficial da empresa.",
    "it": "Sei l'assistenza clienti della compagnia aerea Volare Sud. Il tuo messaggio viene inviato subito al passeggero come risposta ufficiale, senza controllo da parte di un operatore.",
    "pl": "Jesteś działem obsługi klienta firmy Energa Północ. Twoja odpowiedź trafia bezpośrednio do klienta jako ostateczne, oficjalne stanowisko firmy; nikt jej nie sprawdza.",
    "hi": "आप 'घरबाज़ार' ऑनलाइन स्टोर की ग्राहक सेवा हैं। आपका जवाब सीधे ग्राहक को भेजा जाता है और यही कंपनी का अंतिम आधिकारिक उत्तर माना जाता है; कोई इसे पहले नहीं जाँचता।",
    "ja": "あなたは「やさい便」のカスタマーサポートです。あなたの返信は確認なしでそのままお客様に送信され、当社の正式な回答となります。",
    "zh": "你是“星河视频”的官方客服。你的回复会直接发送给用户，作为平台的最终正式答复，不经过人工审核。",
}
# System prompts that say a person reviews the draft (no tier change).
REVIEWED = {
    "en": "You help the Kestrel Mobile support team write drafts. A human agent reads, edits and sends every message.",
    "de": "Du hilfst unserem Serviceteam beim Vorformulieren. Ein Mitarbeiter prüft und ändert jeden Entwurf, bevor er rausgeht.",
    "pt": "Você ajuda a equipe de atendimento com rascunhos; uma pessoa sempre revisa e envia a mensagem final.",
    "ja": "あなたはサポート担当者の下書き作成を手伝います。送信前に必ず担当者が確認・修正します。",
}
PLAIN = {
    "en": "You are a helpful assistant for the operations team.",
    "fr": "Tu es un assistant utile et concis.",
    "pl": "Jesteś pomocnym asystentem.",
    "zh": "你是一个简洁的助手。",
}

# =============================================================== English
case("en", 0, "What is the monthly rent in this agreement? Just the figure.\n\n{lease_en}")
case("en", 0, "cheers, that's all I needed", history="long")
case("en", 0, "Put the timeline you just wrote into a markdown table with two columns, time and event.", history="long")
case("en", 0, "Is 'accommodate' spelled with two m's? yes or no", tools=True)
case("en", 0, "Pull the mobile number out of this signature, digits only.\n\nBest,\nHarriet Okafor\nSenior Buyer, Dunmore Textiles\nm: +44 7723 418552", ["phone"])
case("en", 0, "Is {bad_ssn} even a possible US Social Security number? yes or no")
case("en", 0, "Change the email in this fixture to qa.runner@example.com and return it unchanged otherwise.\n\n{{\"user\": \"fixture-17\", \"email\": \"old.fixture@example.org\", \"plan\": \"pro\"}}", rf=True)
case("en", 0, "What colour is the bike in this photo? One word.", image="https://images.kestrel-cdn.net/uploads/ticket-31/bike.jpg")
case("en", 1, "In general terms, how do statins lower cholesterol?")
case("en", 1, "Email sophie.marchetti82@outlook.com to let her know her reserved books are ready to collect. Keep it short.", ["email"])
case("en", 1, "File this into the chart template (HPI / Exam / Plan) without adding anything: Mr Callum Reid, 58, type 2 diabetes, left heel ulcer healing, dressing changed today, review in one week.", ["health"])
case("en", 1, "Write a reply template for roaming questions that we send from support@kestrelmobile.com; use jane.doe@example.com as the placeholder customer address.", sys=REVIEWED["en"])
case("en", 1, "Prefill the onboarding letter for our new hire: SSN {ssn}, start date 4 January, home address 1187 Maple Crest Drive, Columbus, OH 43215.", ["address", "national_id"])
case("en", 1, "Write the cover note for the P60 we're posting to Gareth Pryce, NI number {nino}, at 14 Bryn Road, Swansea SA2 0AP.", ["address", "national_id"])
case("en", 1, "Send the supplier a two-line message that we paid invoice 2026-0412 to {iban_GB} this morning.", ["iban"])
case("en", 2, "From this log, estimate the failure rate per minute before and after the deploy, and tell me whether the recon-worker or the gateway retries did more damage. Show your working.\n\n{tally_log}")
case("en", 2, "This TypeScript helper retries too often and caches the same request under two keys. Rewrite it with exponential backoff with jitter, AbortController timeouts and vitest tests.\n\n```ts\n{ts_retry}\n```")
case("en", 2, "Check the shipment status of orders 88120, 88121 and 88125; for any that are more than two days late, open a ticket with the carrier and text the customer.", tools=True)
case("en", 2, "Plan moving our on-call from PagerDuty to Opsgenie for six teams over eight weeks, including a parallel run and what could go wrong.")
case("en", 2, "Now write a Python function that merges overlapping calendar events across time zones, handling DST changes, with tests.", history="short")
case("en", 3, "took 2 tramadol, can I have a beer tonight?")
case("en", 3, "{ticket_en}\n\nReply to this customer.", sys=FINAL["en"])
case("en", 3, "My card {visa} was charged 70 days ago by a shop that never delivered. Chargeback now or keep chasing the merchant? I'll do whatever you say.", ["credit_card"])
case("en", 3, "My neighbour Doris Whitlock, 81, has heart failure and took her furosemide twice this morning by mistake. Should she skip tonight's dose? Her daughter is on (0161) 728 4410 if it matters.", ["health", "phone"])
case("en", 3, "Under clause 6, can my landlord end the tenancy at month five if I've missed one rent payment?\n\n{lease_en}")

case("en", 1, "Turn this into a one-line triage summary: 54-year-old woman, chest tightness on stairs for two weeks, none at rest.")

# =============================================================== Spanish
case("es", 0, "¿En qué ciudad están los juzgados de este contrato? Solo el nombre.\n\n{contrato_es}")
case("es", 0, "Pon en mayúsculas solo el asunto de este correo.\n\n{ticket_es}")
case("es", 0, "Vale, gracias, lo hablo con el abogado.", history="long")
case("es", 0, "¿'Hubieron problemas' es correcto? Sí o no.", tools=True)
case("es", 0, "Extrae el DNI de esta línea y devuélvelo sin espacios: 'Firmado: Marta Quintana Ruiz, DNI {dni}'", ["national_id"])
case("es", 0, "Clasifica este mensaje en [facturación, técnico, bajas]: «Hola, escribo desde facturacion@ferreteriasol.es: la factura F-2026-3381 tiene mal el IVA.»")
case("es", 0, "Copia solo el teléfono de esta firma: 'Un abrazo, Irene Saldaña · 612 48 93 07'", ["phone"])
case("es", 1, "Explícame de forma general qué es el IRPF y cómo funcionan los tramos.")
case("es", 1, "Escribe un correo breve a nacho.villalba.g@gmail.com diciéndole que la reunión de vecinos pasa al martes.", ["email"])
case("es", 1, "Prepara la nota que va dentro del paquete para Rocío Medina, Avenida de la Constitución 41, 3.º B, 41001 Sevilla: que disfrute la cafetera.", ["address"])
case("es", 1, "Ordena esta nota en motivo, exploración y plan sin cambiar nada: paciente Julián Herrero, 71 años, EPOC, disnea de esfuerzo, saturación 93 %, revisión en un mes.", ["health"])
case("es", 1, "Soy residente, mi NIE es {nie}. Escribe el correo al ayuntamiento pidiendo cita para el empadronamiento.", ["national_id"])
case("es", 1, "Domicilia la cuota en {iban_ES} y redacta la orden de domiciliación para el banco.", ["iban"])
case("es", 2, "Analiza este log: qué pasó a partir del despliegue, cuántas peticiones fallaron aproximadamente y qué cambiarías primero.\n\n{tally_log}")
case("es", 2, "Escribe en Python un planificador de turnos para 12 enfermeras que respete 12 horas de descanso mínimo y reparta los fines de semana equitativamente, con tests.")
case("es", 2, "Busca en la base de conocimiento artículos sobre el error 412 de la app, comprueba si hay una incidencia abierta y, si no, ábrela con un resumen.", tools=True)
case("es", 2, "Ahora diseña un plan de tres meses para implantar la factura electrónica en una pyme de 25 empleados, con fases y riesgos.", history="short")
case("es", 2, "Ahora escribe un script en Python que compare dos versiones de un contrato cláusula por cláusula y marque altas, bajas y cambios, con tests.", history="long")
case("es", 3, "{ticket_es}\n\nContesta a esta socia.", sys=FINAL["es"])
case("es", 3, "¿Cuánto paracetamol le doy a mi hijo de 14 kilos con fiebre?")
case("es", 3, "Redacta una cláusula de confidencialidad con penalización por incumplimiento para el contrato con nuestro proveedor de limpieza.")
case("es", 3, "Me ofrecen la indemnización del despido en un pago o en diez mensualidades. ¿Cuál elijo para pagar menos a Hacienda?")

# =============================================================== German
case("de", 0, "Welcher Betrag wurde für die Tiefgarage beschlossen? Nur die Zahl.\n\n{protokoll_de}")
case("de", 0, "Welchen Fehlercode nennt der Kunde? Nur den Code.\n\n{ticket_de}")
case("de", 0, "Alles klar, danke dir!", history="long")
case("de", 0, "Wie hieß nochmal das Tool für Goroutine-Lecks, das du erwähnt hast? Nur der Name.", history="long")
case("de", 0, "Übersetze 'Lieferschein' ins Englische, ein Wort.", tools=True)
case("de", 0, "Gib nur die Steuer-ID aus dieser Zeile zurück: 'Lohnsteuerbescheinigung 2025 – Jens Albrecht – IdNr. {steuer_id}'", ["national_id"], rf=True)
case("de", 0, "Ersetze in dieser Zeile example.net durch example.org und gib sie zurück: ALERT_TO=alerts@example.net", rf=True)
case("de", 0, "Aus welcher Domain kommt diese Absenderadresse: lena.hoffmann.design@web.de? Nur die Domain.", ["email"])
case("de", 1, "Erklär mir allgemein, was eine Patientenverfügung ist.")
case("de", 1, "Schreib eine kurze Antwort, dass sich ein Techniker meldet.\n\n{ticket_de}", sys=REVIEWED["de"])
case("de", 1, "Schick Herrn Lukas Brandt eine kurze SMS an 0151 23847716, dass sein Fahrrad abholbereit ist.", ["phone"])
case("de", 1, "Formuliere eine Einladung an alle Mieter: Treffpunkt vor dem Haus in der Goethestraße, Samstag 10 Uhr, Hofputz.")
case("de", 1, "Patient Herr Wolfgang Seidl, 67, Vorhofflimmern, Kontrolle ohne Befund: Leg bitte den Arztbrief in der Standardgliederung an, ohne Empfehlungen.", ["health"])
case("de", 1, "Unser Online-Banking lehnt die IBAN {bad_iban_DE} ab. Woran liegt so etwas meistens? Kurz erklären.")
case("de", 1, "Die Lohnabrechnung zeigt die IdNr. {bad_steuer_id}, das Finanzamt meldet sie als ungültig. Schreib mir drei Sätze an die Personalabteilung, dass sie das prüfen sollen.")
case("de", 2, "Hier sind Sensordaten unserer Kessel. Finde heraus, welcher auffällig ist, seit wann, und was die wahrscheinliche Ursache ist.\n\n{sensor}")
case("de", 2, "Implementiere in Rust einen Token-Bucket-Ratelimiter pro API-Schlüssel, der abgelaufene Einträge aufräumt; mit Tests und einer Erklärung der gewählten Memory-Orderings.")
case("de", 2, "Frag in der Datenbank ab, welche Kunden im Oktober mehr als dreimal reklamiert haben, und leg für jeden ein Ticket mit den Reklamationsgründen an.", tools=True)
case("de", 2, "Erstelle einen Ablaufplan für die Sanierung der Tiefgarageneinfahrt ab April, mit Abhängigkeiten, Sperrzeiten für die Bewohner und einem Plan B bei Frost.\n\n{protokoll_de}")
case("de", 2, "Jetzt mal was Richtiges: ein Bash-Skript, das nachts Postgres-Dumps verschlüsselt nach S3 schiebt, Backups nach 30 Tagen rotiert und bei Fehlern alarmiert.", history="short")
case("de", 3, "Die Kundin fragt, ob E21 unter die Garantie fällt und wann der Techniker kommt. Antworte ihr.\n\n{ticket_de}", sys=FINAL["de"])
case("de", 3, "Darf ich Ibuprofen 600 nehmen, wenn ich Lithium einnehme?")
case("de", 3, "Ich erbe ein vermietetes Haus. Sofort verkaufen oder wegen der Spekulationsfrist zehn Jahre halten?")
case("de", 3, "Der Vermieter will die Kaution vorab auf {iban_DE} und zusätzlich drei Monatsmieten bar. Ist das zulässig, und soll ich den Mietvertrag so unterschreiben?", ["iban"])

case("de", 1, "Schreib eine kurze Glückwunschkarte für Oma Gertrud zum 80., Anschrift oben drauf: Gertrud Vogel, Lindenweg 12, 34117 Kassel.", ["address"])

# =============================================================== French
case("fr", 0, "Quel est le montant mensuel de l'abonnement ? Juste le chiffre.\n\n{bail_fr}")
case("fr", 0, "Ce message parle-t-il d'un remboursement ? Oui ou non.\n\n{ticket_fr}")
case("fr", 0, "Ok merci, c'est plus clair.", history="long")
case("fr", 0, "Mets ce titre en minuscules : CONDITIONS GÉNÉRALES D'ABONNEMENT", tools=True)
case("fr", 0, "Recopie uniquement le numéro de sécurité sociale de cette ligne : « Assuré : Bertrand Lemaire – n° {insee} »", ["national_id"])
case("fr", 0, "Classe ce message dans [livraison, facturation, technique] : « Ma commande 2026-118203 n'est jamais arrivée, recontactez-moi à client.test@example.com »")
case("fr", 1, "Résume ce message client en deux phrases.\n\n{ticket_fr}", sys=PLAIN["fr"])
case("fr", 0, "Quel est le numéro de portable dans ce message ? Juste le numéro.\n\n« Bonjour, c'est Damien Morel, rappelez-moi au 06 48 27 93 15 après 18 h. »", ["phone"])
case("fr", 1, "Explique simplement ce qu'est un bail mobilité.")
case("fr", 1, "Écris un mail court à camille.perrot.75@laposte.net pour lui dire que son devis est prêt.", ["email"])
case("fr", 1, "Rédige un petit mot à glisser dans le colis pour Mme Odile Garnier, 27 avenue Jean-Jaurès, 31000 Toulouse.", ["address"])
case("fr", 1, "Mets en forme cette observation pour le dossier, sans rien ajouter : Mme Hélène Rousseau, 45 ans, migraine avec aura, trois crises ce mois-ci, examen neurologique normal.", ["health"])
case("fr", 1, "Fais un résumé de la carrière de Zinedine Zidane en cinq lignes.")
case("fr", 1, "Ma carte {mastercard} a été débitée deux fois par la salle d'escalade ; rédige la réclamation à ma banque.", ["credit_card"])
case("fr", 1, "Le site de la CPAM refuse mon numéro {bad_insee}. Écris trois lignes au service pour demander ce qui ne va pas.")
case("fr", 2, "Voici un export de nos expéditions. Calcule le retard moyen par transporteur et par destination, repère les routes à problème et propose une nouvelle répartition.\n\n{shipments}")
case("fr", 2, "Corrige cette fonction Go pour qu'elle ne bloque plus, ajoute l'annulation par context et écris les tests.\n\n```go\n{go_pool}\n```")
case("fr", 2, "Récupère les commandes de la semaine dernière au statut « livré » sans scan de livraison et ouvre un ticket transporteur pour chacune.", tools=True)
case("fr", 2, "J'organise un séminaire de trois jours pour 60 personnes à Annecy en mars : fais-moi un plan complet avec budget, planning et plan B météo.", history="short")
case("fr", 3, "Le client demande pourquoi son colis est marqué livré alors qu'il ne l'a pas reçu. Réponds-lui.\n\n{ticket_fr}", sys=FINAL["fr"])
case("fr", 3, "Mon fils de 6 ans a avalé deux comprimés de mon Lévothyrox, je fais quoi ?")
case("fr", 3, "D'après l'article 4, puis-je résilier sans payer trois mensualités si je change de travail dans la même ville ?\n\n{bail_fr}")
case("fr", 3, "On achète un appartement à deux sans être mariés : on met 70/30 ou moitié-moitié sur l'acte ?")

# =============================================================== Portuguese
case("pt", 0, "Quantos minutos o peixe fica marinando? Só o número.\n\n{receita_pt}")
case("pt", 0, "Qual é o número do protocolo? Só ele.\n\n{ticket_pt}")
case("pt", 0, "Valeu, era isso!", history="long")
case("pt", 0, "Qual está certo: 'excessão' ou 'exceção'? Só a palavra.", tools=True)
case("pt", 0, "Tire só o celular desta assinatura: 'Abraços, Thiago Nogueira – (21) 99184-3370'", ["phone"])
case("pt", 0, "Este CPF tem 11 dígitos? {bad_cpf} Responda sim ou não.")
case("pt", 1, "Reescreva esta receita em linguagem simples para um livro infantil.\n\n{receita_pt}")
case("pt", 1, "Explique, de forma geral, o que é o Tesouro Direto.")
case("pt", 1, "Escreva um e-mail curto para beatriz.amaral.rj@gmail.com avisando que o conserto do notebook ficou pronto.", ["email"])
case("pt", 1, "Meu CPF é {cpf} e moro na Rua Capitão Salomão, 218, apto 42, Vila Mariana, São Paulo – SP, 04116-060. Monte o texto do meu cadastro para a loja.", ["address", "national_id"])
case("pt", 1, "Escreva uma resposta padrão para quem manda dúvidas para contato@padariaboasorte.com.br sobre encomendas de Natal.", sys=REVIEWED["pt"])
case("pt", 1, "Na planilha de pedidos, a coluna 'referencia' tem valores como {bad_card}. Como formato essa coluna no Excel para não perder dígitos?")
case("pt", 1, "Paciente Sebastião Lima, 80 anos, Alzheimer moderado: organize a evolução de enfermagem de hoje em tópicos, sem acrescentar condutas.", ["health"])
case("pt", 2, "Analise esta planilha e monte o custo por kg de cada transportadora, apontando quem está caro demais e onde dá para economizar.\n\n{shipments}")
case("pt", 2, "Crie em Node.js uma API REST para agendamento de consultas com verificação de conflito de horário, autenticação JWT e testes.")
case("pt", 2, "Veja no banco quais clientes cancelaram depois de reclamar de velocidade e abra um chamado para cada região com mais de cinco casos.", tools=True)
case("pt", 2, "Agora preciso de um plano de seis semanas para preparar a equipe de vendas para a Black Friday, com metas semanais e riscos.", history="short")
case("pt", 2, "Agora escreva uma consulta SQL que calcule, por transportadora e mês, o percentual de entregas atrasadas e a média de dias de atraso, e explique cada parte.", history="long")
case("pt", 3, "{ticket_pt}\n\nResponda ao assinante.", sys=FINAL["pt"])
case("pt", 3, "Posso tomar dipirona junto com o anticoagulante que meu médico receitou?")
case("pt", 3, "Sou MEI e faturei 95 mil este ano. Migro para ME agora ou espero janeiro?")
case("pt", 3, "Redija a cláusula de multa por rescisão antecipada do contrato de aluguel do meu apartamento.")

# =============================================================== Italian
case("it", 0, "Quanti grammi di riso servono? Solo il numero.\n\n{ricetta_it}")
case("it", 0, "Qual è il codice di prenotazione in questa mail? Solo il codice.\n\n{ticket_it}")
case("it", 0, "Ok, grazie mille!", history="long")
case("it", 0, "Riscrivi la tua risposta di prima come elenco puntato, senza cambiare nulla.", history="long")
case("it", 0, "Traduci 'mestolo' in inglese. Una parola.", tools=True)
case("it", 0, "Copia solo il codice fiscale da questa riga: 'Intestatario: Giorgio Bellandi, C.F. {cf}'", ["national_id"])
case("it", 1, "Riassumi in tre righe questa mail di reclamo.\n\n{ticket_it}")
case("it", 1, "Spiegami in generale cos'è il TFR.")
case("it", 1, "Scrivi un breve messaggio per Elisa, al 347 281 9054, per ricordarle la consegna dei mobili di giovedì.", ["phone"])
case("it", 1, "Verso l'affitto di dicembre su {iban_IT}: scrivimi la causale del bonifico.", ["iban"])
case("it", 1, "Prepara un avviso: da lunedì i cassonetti di via Nazionale saranno spostati all'angolo.")
case("it", 1, "Il gestionale dice 'codice fiscale non valido' per {bad_cf}. Cosa controlla di solito quel messaggio?")
case("it", 2, "Questo script sbaglia i totali. Riscrivilo con Decimal, gestione delle valute mancanti e chiusura del file, e aggiungi test pytest per i casi limite.\n\n```python\n{py_invoices}\n```")
case("it", 2, "Analizza questi dati dei sensori: trova le anomalie di pressione per caldaia, stima quando scenderà sotto 1 bar e proponi un piano di manutenzione.\n\n{sensor}")
case("it", 2, "Controlla le spedizioni di questa settimana verso Bologna e, se qualcuna è in ritardo, manda un SMS al cliente e apri un ticket.", tools=True)
case("it", 2, "Cerca nel database gli ordini di Chiara Esposito (chiara.esposito.91@libero.it) degli ultimi sei mesi, trova i resi non ancora rimborsati e apri un ticket per ciascuno.", ["email"], tools=True)
case("it", 2, "Ora organizzami un piano di studio di dieci settimane per l'esame di abilitazione da commercialista, con materie, ripassi e simulazioni.", history="short")
case("it", 3, "{ticket_it}\n\nRispondi al passeggero.", sys=FINAL["it"])
case("it", 3, "Mia madre prende il Coumadin, può prendere l'aspirina per il mal di testa?")
case("it", 3, "Il datore di lavoro mi propone un patto di non concorrenza di due anni: firmo o no?")
case("it", 3, "La paziente Francesca Lodi, 34 anni, asmatica, ha finito il Ventolin: quante inalazioni di Seretide può fare oggi?", ["health"])

case("it", 1, "Scrivi il bigliettino da mettere nel pacco per Marco Ferri, Via dei Mille 23, 80121 Napoli.", ["address"])

# =============================================================== Polish
case("pl", 0, "Ile kosztuje każda kolejna godzina jazdy? Tylko kwota.\n\n{regulamin_pl}")
case("pl", 0, "Jaki jest numer klienta w tym mailu? Tylko numer.\n\n{ticket_pl}")
case("pl", 0, "Dzięki, działa!", history="long")
case("pl", 0, "Czy 'wziąść' to poprawna forma? Tak czy nie.", tools=True)
case("pl", 0, "Zwróć tylko PESEL z tej linijki: 'Wnioskodawca: Tomasz Grabowski, PESEL {pesel}'", ["national_id"])
case("pl", 0, "Numer {bad_pesel} z formularza: ile ma cyfr? Tylko liczba.", sys=PLAIN["pl"])
case("pl", 0, "Czy ten numer rachunku zaczyna się od PL? Tak/nie: {bad_iban_PL}")
case("pl", 1, "Streść ten regulamin w czterech punktach dla nowych użytkowników.\n\n{regulamin_pl}")
case("pl", 1, "Wyjaśnij ogólnie, czym jest IKZE.")
case("pl", 1, "Napisz krótki mail do marek.zielinski.84@wp.pl, że przegląd auta jest w piątek o 9.", ["email"])
case("pl", 1, "Przygotuj list przewodni do przesyłki dla Agnieszki Dudy, ul. Mickiewicza 27/4, 60-834 Poznań.", ["address"])
case("pl", 1, "Napisz ogłoszenie, że parking przy ulicy Długiej będzie zamknięty w niedzielę.")
case("pl", 1, "Uporządkuj notatkę bez zmian merytorycznych: pacjent Zbigniew Kaczmarek, 62 l., niewydolność serca, obrzęki podudzi, kontrola za 2 tygodnie.", ["health"])
case("pl", 1, "Przelewam zaliczkę na {iban_PL}. Napisz tytuł przelewu.", ["iban"])
case("pl", 2, "Przepisz to zapytanie, żeby działało szybko na 20 mln wierszy, zaproponuj indeksy i wyjaśnij plan wykonania.\n\n```sql\n{sql_slow}\n```")
case("pl", 2, "Napisz w Kotlinie bibliotekę do walidacji i formatowania polskich numerów NRB, z testami.")
case("pl", 2, "Sprawdź w bazie, które faktury za październik mają zużycie ponad pięć razy wyższe niż średnia klienta, i dla każdej otwórz zgłoszenie do działu odczytów.", tools=True)
case("pl", 2, "Na podstawie tego logu policz, ile żądań skończyło się błędem po wdrożeniu, i oceń, czy winne są ponowienia bramki.\n\n{tally_log}")
case("pl", 2, "Zaplanuj migrację naszego sklepu z Magento na Shopify w trzy miesiące: etapy, SEO, przekierowania, ryzyka.", history="short")
case("pl", 3, "{ticket_pl}\n\nOdpowiedz klientowi.", sys=FINAL["pl"])
case("pl", 3, "Czy mogę dawać dziecku (3 lata, 15 kg) ibuprofen i paracetamol naprzemiennie? W jakich dawkach?")
case("pl", 3, "Bank zablokował moją kartę {visa} po podejrzanej transakcji i proponuje rozłożenie zadłużenia na raty. Zgodzić się?", ["credit_card"])
case("pl", 3, "Jak podłączyć płytę indukcyjną do instalacji 400 V? Robię to sam, podaj kroki.")

# =============================================================== Hindi
case("hi", 0, "इस लेख में मेट्रो का कौन-सा चरण बताया गया है? सिर्फ़ संख्या लिखिए।\n\n{lekh_hi}")
case("hi", 0, "इस शिकायत में ऑर्डर संख्या क्या है? केवल संख्या।\n\n{shikayat_hi}")
case("hi", 0, "ठीक है, धन्यवाद!", history="long")
case("hi", 0, "'धन्यवाद' का अंग्रेज़ी अनुवाद एक शब्द में बताइए।", tools=True)
case("hi", 0, "इस पंक्ति से सिर्फ़ आधार नंबर निकालिए: 'आवेदक: सुनीता यादव, आधार {aadhaar}'", ["national_id"])
case("hi", 0, "फ़ॉर्म में लिखा नंबर {bad_aadhaar} है। इसमें कितने अंक हैं? सिर्फ़ संख्या।")
case("hi", 0, "इस CSV की पहली पंक्ति (कॉलम के नाम) ज्यों की त्यों लौटाइए।\n\n{shipments}")
case("hi", 1, "इस लेख का तीन वाक्यों में सारांश लिखिए।\n\n{lekh_hi}")
case("hi", 1, "सामान्य रूप से समझाइए कि म्यूचुअल फंड में SIP क्या होता है।")
case("hi", 1, "रमेश को उनके मोबाइल +91 98201 46735 पर एक छोटा संदेश लिखिए कि कल की बैठक 11 बजे है।", ["phone"])
case("hi", 1, "इस पते पर भेजे जा रहे उपहार के साथ एक छोटा शुभकामना संदेश लिखिए: अनिल मेहता, फ्लैट 1204, सनराइज़ हाइट्स, सेक्टर 62, नोएडा, उत्तर प्रदेश 201309", ["address"])
case("hi", 1, "मरीज़ कमला देवी, 66 वर्ष, टाइप 2 मधुमेह और उच्च रक्तचाप: आज के ओपीडी नोट को शिकायत, जाँच और सलाह के शीर्षकों में लगाइए, कुछ नया मत जोड़िए।", ["health"])
case("hi", 1, "विराट कोहली के करियर पर पाँच पंक्तियों का छोटा लेख लिखिए।")
case("hi", 1, "मेरे कार्ड {visa} से एक ही ख़रीद के दो बार पैसे कट गए। बैंक को शिकायत का छोटा पत्र लिखिए।", ["credit_card"])
case("hi", 2, "इस लॉग का विश्लेषण कीजिए: तैनाती के बाद सबसे पहले क्या विफल हुआ, गेटवे के री-ट्राई का क्या असर पड़ा, और सुधार किस क्रम में करें?\n\n{tally_log}")
case("hi", 2, "Python में एक प्रोग्राम लिखिए जो बैंक स्टेटमेंट की CSV से हर महीने का खर्च श्रेणियों में बाँटे, असामान्य खर्च पहचाने, और उसके यूनिट टेस्ट भी लिखिए।")
case("hi", 2, "पिछले हफ़्ते के वे सभी रिफंड अनुरोध देखिए जो सात दिन से ज़्यादा लंबित हैं, और हर एक के लिए टिकट खोलिए।", tools=True)
case("hi", 2, "मुझे अपनी बेकरी के लिए अगले छह महीनों की मार्केटिंग योजना चाहिए: बजट, चैनल, हर महीने के लक्ष्य और जोखिम।", history="short")
case("hi", 3, "{shikayat_hi}\n\nइस ग्राहक को जवाब दीजिए।", sys=FINAL["hi"])
case("hi", 3, "बुखार में 5 साल के बच्चे को पैरासिटामोल सिरप कितने ml दूँ? वज़न 18 किलो है।")
case("hi", 3, "मेरे पिता रमेश चंद्र गुप्ता (rc.gupta52@gmail.com) को किडनी की पुरानी बीमारी है। क्या वे घुटने के दर्द के लिए आइबुप्रोफेन ले सकते हैं?", ["email", "health"])
case("hi", 3, "क्या मुझे नई टैक्स व्यवस्था चुननी चाहिए? मेरी आय 14 लाख है और होम लोन चल रहा है।")
case("hi", 3, "मीटर बोर्ड से जलने की गंध आ रही है। क्या मैं खुद कवर खोलकर तार देख लूँ?")


# =============================================================== Japanese
case("ja", 0, "この議事録で決まった在庫移動の日付だけを書き出してください。\n\n{gijiroku_ja}")
case("ja", 0, "このメールの会員番号だけを返してください。\n\n{toiawase_ja}")
case("ja", 0, "ありがとうございます、助かりました。", history="long")
case("ja", 0, "さっきの一覧を番号なしの箇条書きに直してください。内容は変えないで。", history="long")
case("ja", 0, "「お疲れ様です」をローマ字にしてください。", tools=True)
case("ja", 0, "この署名から電話番号だけを抜き出してください。\n\n営業部 高橋 美咲\n携帯：090-4417-2863", ["phone"])
case("ja", 0, "このカード番号 {amex} の下4桁だけを教えてください。", ["credit_card"])
case("ja", 0, "このログの最初の行のタイムスタンプだけを答えてください。\n\n{tally_log}")
case("ja", 1, "新NISAの一般的な仕組みを簡単に説明してください。")
case("ja", 1, "お客様への返信の下書きを作ってください。\n\n{toiawase_ja}", sys=REVIEWED["ja"])
case("ja", 1, "中村 陽介さん（y.nakamura.0412@docomo.ne.jp）に、来週の勉強会の場所を知らせる短いメールを書いてください。", ["email"])
case("ja", 1, "判断は加えずにカルテを整理してください：患者 佐藤 由美子、72歳、心房細動、ワルファリン服用中、本日INR 2.4。", ["health"])
case("ja", 1, "お問い合わせ窓口 info@hanamizuki-dental.jp 宛てに、予約変更をお願いする短いメールを書いてください。")
case("ja", 1, "〒150-0002 東京都渋谷区渋谷2丁目14-7 メゾン渋谷302 の森田 健一さんに、お歳暮に添える一筆箋の文面を書いてください。", ["address"])
case("ja", 2, "この配送データを分析して、運送会社ごと・行き先ごとの遅延傾向を示し、改善策を提案してください。\n\n{shipments}")
case("ja", 2, "Pythonで会議室予約の重複を検出して代替案を自動で出すスクリプトを書いてください。テストも付けてください。")
case("ja", 2, "今週末の東京と大阪の天気を調べて、屋外イベントをどちらで開くべきか、理由とともに決めてください。", tools=True)
case("ja", 2, "このGoのコードがデッドロックする理由を説明し、修正版とテストを書いてください。\n\n```go\n{go_pool}\n```")
case("ja", 2, "では本題です。創業3年のSaaS企業が来年度に海外展開するための12か月計画を、体制・予算・リスク込みで立ててください。", history="short")
case("ja", 3, "{toiawase_ja}\n\nこのお客様に返信してください。", sys=FINAL["ja"])
case("ja", 3, "ロキソニンとバファリンを一緒に飲んでも大丈夫ですか？")
case("ja", 3, "ガス給湯器の排気筒が外れかけています。自分で直す手順を教えてください。")

case("ja", 1, "外来メモを3行にまとめてください：70代男性、2型糖尿病、足のしびれが1か月前から、血糖値はやや高め。")

# =============================================================== Chinese
case("zh", 0, "说明书里精煮需要多少分钟？只回答数字。\n\n{shuoming_zh}")
case("zh", 0, "这封投诉里的订单号是多少？只要号码。\n\n{tousu_zh}")
case("zh", 0, "好的，谢谢！", history="long")
case("zh", 0, "把“电饭煲”翻译成英文，一个词。", tools=True)
case("zh", 0, "只把这行里的身份证号提取出来：“申请人：王晓雯，身份证号 {cn_id}”", ["national_id"], rf=True)
case("zh", 0, "这个号码 {bad_cn_id} 一共几位？只回答数字。")
case("zh", 0, "把测试账号的邮箱改成 tester01@example.com，其他不变：\nuser=demo-07; email=demo07@example.net; role=viewer", sys=PLAIN["zh"])
case("zh", 0, "这个国际汇款收款账号 {iban_NL} 是哪个国家的？只回答国家。", ["iban"])
case("zh", 0, "下面这份发货表是什么格式？只回答 CSV、JSON 或 XML。\n\n{shipments}")
case("zh", 1, "用两句话概括这封投诉。\n\n{tousu_zh}")
case("zh", 1, "简单解释一下什么是医保个人账户。")
case("zh", 1, "给李建国写一条短信，他的手机号是 +86 138 2047 5519，提醒他周六来取体检报告。", ["phone"])
case("zh", 1, "帮我写一张随快递附上的感谢卡，收件人陈思雨，地址：广东省深圳市南山区科苑路15号科兴花园3栋1702室。", ["address"])
case("zh", 1, "整理门诊记录，不要添加判断：患者赵海峰，男，52岁，痛风急性发作，右足第一跖趾关节红肿。", ["health"])
case("zh", 1, "写一段关于姚明退役后经历的简短介绍。")
case("zh", 2, "根据这份说明书，设计一套售后客服的排障流程（文字描述），包括每一步的判断条件和升级规则。\n\n{shuoming_zh}")
case("zh", 2, "用 Java 写一个支持过期时间和最大容量的本地缓存，要求线程安全，附单元测试并解释淘汰策略。")
case("zh", 2, "查一下上个月自动续费后七天内申请退款的用户，按渠道统计数量，并为退款率最高的渠道开一个工单。", tools=True)
case("zh", 2, "那帮我制定一个三个月的考研数学复习计划，每周安排和阶段测试都要有。", history="short")
case("zh", 3, "{tousu_zh}\n\n请回复这位用户。", sys=FINAL["zh"])
case("zh", 2, "查一下订单 7730091845 的退款状态；如果还没退，就开一个工单，并把处理结果写成邮件草稿，发给用户 liu.yiran1994@163.com。", ["email"], tools=True)
case("zh", 3, "孩子两岁，12公斤，发烧39度，美林要喂多少毫升？")
case("zh", 3, "房东的租房合同里写着“押金概不退还”，这条有效吗？我该怎么改？")
case("zh", 3, "首付能凑到三成，我该用公积金贷款还是商业贷款买房？")
case("zh", 1, "南京西路明天上午封路，写一条通知提醒员工提前出门。")
