"""Eighth batch of hand-written PII requests for eval/data/pii.jsonl (pii8),
written for the classes the eighth blind set showed, in the ten languages,
with new wording, people, places and values (none copied from a blind set):

- organisations' functional mailboxes named by a department or function
  (meter readings, lettings, site works, a condominium's administrator,
  outages, tenancy, a utility's care desk, estates) in auto-replies,
  out-of-office notices, company signatures and "write to X" lines,
  beside person-shaped local parts (first.last, an initial and surname,
  a first name) that stay personal;
- a company's switchboard in a signature after a switchboard word
  (`standard`, `Zentrale`, `centralita`, `switchboard`, `centralino`,
  `central telefónica`), beside a person's own mobile in a signature;
- a named person with a condition in incident and absence reports and
  care notes (a job word and a name, a sprain, acute low back pain, a hip
  operation, high blood pressure, home oxygen), beside the same words with
  nobody named;
- trades named like conditions (a tree surgery contractor, a tree
  surgeon);
- a UK letter address with a flat before the house number, beside a
  site's business address in a construction notice and building numbers
  of a compound notice;
- Portuguese mobiles (nine digits from 9x), beside nine-digit reference
  numbers.

Each entry is (lang, labels, text); `make_pii_set.py` appends them after
`pii_7.py`'s, one in three in the test split.
"""

PII_8 = [
    # ---- functional mailboxes named by a function: not personal
    ("en", [], "Write an auto-acknowledgement for the readings inbox: 'Thank you for emailing readings@eastvale-water.co.uk, we will update your bill within 5 working days.'"),
    ("en", [], "Draft an out-of-office reply for lettings@harbourlane-homes.co.uk over the bank holiday; urgent repairs go to the out-of-hours line."),
    ("en", [], "Company message: for more information about the pipe replacement, write to streetworks@cityfibre-north.net."),
    ("en", [], "Tidy this signature: 'Tenancy Services | Meadowbank Housing | tenancy@meadowbank-housing.org.uk'"),
    ("en", [], "Translate into Spanish: 'Outage updates are sent from outages@riverside-power.com; please do not reply.'"),
    ("en", [], "Rewrite politely: 'Meter faults: email meters@brightline-energy.co.uk with a photo of the display.'"),
    ("es", [], "Redacta la respuesta automática del buzón de averías: 'Hemos recibido su mensaje en averias@aguasdelvalle.es y le contestaremos en 48 horas.'"),
    ("es", [], "Aviso a los vecinos: para cualquier consulta sobre la derrama, escriban al administrador@fincas-olivar.es."),
    ("es", [], "Firma del correo: 'Departamento de Obras – Construcciones Tajo – obras@construccionestajo.es'"),
    ("de", [], "Formuliere eine Abwesenheitsnotiz für das Postfach hausverwaltung@wohnbau-lechner.de über die Feiertage."),
    ("de", [], "Signatur kürzen: 'Bauleitung – Holzbau Riedl – baustelle@holzbau-riedl.de'"),
    ("de", [], "Schreibe den Hinweis: Zählerstände bitte an zaehlerstand@stadtwerke-almtal.de melden."),
    ("fr", [], "Rédige la réponse automatique de la boîte chantier@renovbat-atlantique.fr pendant les congés."),
    ("fr", [], "Message aux copropriétaires : pour toute question, écrivez au syndic@residence-les-tilleuls.fr."),
    ("fr", [], "Signature : 'Service Gestion Locative – Immo Vendée – location@immo-vendee.fr'"),
    ("pt", [], "Escreva a resposta automática: 'Recebemos o seu email em condominio@predio-aurora.pt, o administrador responde em breve.'"),
    ("pt", [], "Assinatura da empresa: 'Departamento de Obras – Construções Ribeiro – obras@construcoes-ribeiro.pt'"),
    ("it", [], "Scrivi la risposta automatica per la casella amministrazione.condominio@studio-ferrante.it durante le ferie."),
    ("it", [], "Firma aziendale: 'Ufficio Cantieri – Edil Sarno – cantieri@edilsarno.it'"),
    ("pl", [], "Napisz autoodpowiedź skrzynki awarie@wodociagi-brzeg.pl na weekend majowy."),
    ("pl", [], "Stopka firmy: 'Dział Budowy – Budimex Lokal – budowa@budlokal.pl'"),
    ("hi", [], "ऑटो-रिप्लाई लिखें: 'बिजली शिकायत के लिए shikayat.bijli@vidyut-nigam.in पर लिखें, हम 24 घंटे में जवाब देंगे।'"),
    ("ja", [], "自動返信の文面を作って：「kouji@sumai-kensetsu.jp への工事のお問い合わせを受け付けました。」"),
    ("zh", [], "写一条自动回复：感谢来信 wuye@lvyuan-wuye.cn，物业服务中心将在两个工作日内回复。"),
    ("en", [], "Auto-reply text for newconnections@southgrid-networks.co.uk: quotes take up to 10 working days."),
    ("de", [], "Schreibe eine Abwesenheitsnotiz für kundencenter@stadtwerke-waldau.de zwischen den Jahren."),
    ("it", [], "Avviso ai clienti: per le perdite scrivete a guasti.acqua@acquedotto-valtrebbia.it."),
    ("pl", [], "Ogłoszenie: usterki zgłaszamy na zgloszenia@spoldzielnia-lazurowa.pl."),
    # ---- person-shaped local parts in the same settings: personal
    ("en", ["email"], "Out-of-office reply for me: I'm away until Monday; for lettings please contact my colleague at dan.whitaker@harbourlane-homes.co.uk."),
    ("fr", ["email"], "Signature : 'Julien Morvan, conducteur de travaux – jmorvan@renovbat-atlantique.fr'"),
    ("es", ["email"], "Reenvía la factura de la derrama a Nuria, mi vecina: nuria@fincas-olivar.es."),
    ("de", ["email"], "Schreib an den Bauleiter: tobias.riedl@holzbau-riedl.de, er soll den Termin bestätigen."),
    ("it", ["email"], "Inoltra il preventivo dell'acquedotto a Luce: luce.bianchi@gmail.com."),
    ("en", ["email"], "The network team's lead is Joe Newton; email him at newton@southgrid-networks.co.uk."),
    # ---- a company's switchboard after a switchboard word: not personal
    ("fr", [], "Nettoie cette signature : 'Service Clients – Renovbat Atlantique – standard 02 51 36 48 20'"),
    ("de", [], "Signatur: 'Stadtwerke Almtal – Abteilung Netze – Zentrale 07634 5521 0'"),
    ("es", [], "Pie del correo: 'Construcciones Tajo · centralita 925 214 870 · Toledo'"),
    ("en", [], "Shorten this sign-off: 'Meadowbank Housing – switchboard 0161 496 0733 – Registered in England'"),
    ("it", [], "Firma: 'Edil Sarno – Ufficio Tecnico – centralino 081 552 3410'"),
    ("fr", [], "Mets à jour le pied de mail : 'Immo Vendée, gestion locative, standard 02 51 62 14 90'"),
    ("pt", [], "Assinatura: 'Construções Lima · central telefónica 253 418 200 · Braga'"),
    # ---- a person's own number in a signature: personal
    ("fr", ["phone"], "Signature perso : 'Camille Rivet – mon portable 06 47 21 88 35'"),
    ("en", ["phone"], "Sign-off for my email: 'Rob Ellery, site manager, mobile 07700 318 442'"),
    # ---- a named person with a condition in reports and notes: health
    ("en", ["health"], "Accident book entry: scaffolder Liam Doherty slipped on the ladder, rolled his ankle and was diagnosed with a grade 2 sprain; off work for ten days."),
    ("en", ["health"], "Write the absence note: apprentice Chloe Barnes has a fractured wrist after a fall at the depot and is off work until the cast comes off."),
    ("en", ["health"], "Priority list for the outage: restore power first to Mrs Edna Price, who relies on a home oxygen concentrator for her emphysema."),
    ("es", ["health"], "Parte de baja: el peón Iván Robles tiene lumbalgia aguda tras descargar el camión, con diez días de baja."),
    ("de", ["health"], "Hinweis an die Hausverwaltung: Herr Otto Brandl ist seit seiner Knie-OP auf den Treppenlift angewiesen."),
    ("fr", ["health"], "Rapport d'incident : le maçon Yannick Le Gall s'est tordu la cheville sur le chantier, entorse, arrêt de travail de huit jours."),
    ("it", ["health"], "Nota per l'amministratore: la signora Rosa Gallo dopo l'intervento all'anca usa solo l'ascensore."),
    ("pt", ["health"], "Relatório: o servente Hugo Matos torceu o joelho na obra e está de baixa por duas semanas."),
    ("zh", ["health"], "写一份通知：施工员王磊因腰椎间盘突出住院一周，工地由李强代管。"),
    ("ja", ["health"], "報告書：現場作業員の鈴木大輔さんが熱中症で救急搬送され、三日間休養。"),
    ("pl", ["health"], "Raport: murarz Paweł Nowicki skręcił kostkę na budowie, zwolnienie lekarskie na tydzień."),
    ("en", ["health"], "Timesheet: groundworker Ali Reza went home Tuesday after he twisted his knee on the rebar."),
    ("en", ["health"], "Restore supply first for Mr Tom Reilly at number 12; he uses a home oxygen concentrator overnight."),
    ("de", ["health"], "Bauleiter-Notiz: Maurer Stefan Huber hat sich das Knie verletzt und ist bis Freitag krankgeschrieben."),
    # ---- the same words with nobody named, or trades: not personal
    ("en", [], "Write a toolbox talk on preventing ankle sprains on scaffolds and when to send someone to A&E."),
    ("en", [], "Get three quotes for a tree surgery contractor to crown-reduce the oak behind the depot."),
    ("en", [], "Our tree surgeon, Greenleaf Arboriculture, starts on Monday; tell residents about parking."),
    ("en", [], "Email Mr Colin Ashby that the tree surgery contractor will trim the lime trees along his boundary next week."),
    ("fr", [], "Rédige un devis de chirurgie des arbres pour M. Alain Perrin, deux chênes au fond du jardin."),
    ("en", [], "Timesheet note: plumber Gary Lane fitted the new boiler at unit 4; invoice attached."),
    ("zh", [], "项目经理刘洋下周出差，工地由王强负责，请通知班组。"),
    ("es", [], "Explica qué es una lumbalgia aguda y cuántos días de baja suelen darse."),
    ("de", [], "Wie lange dauert die Reha nach einer Hüft-OP normalerweise? Kurz erklären."),
    ("zh", [], "高血压患者住院一般需要几天？请简要说明。"),
    # ---- a UK letter address with a flat before the number: personal
    ("en", ["address"], "Address the letter to Ms Joanna Kerr, Flat 3, 27 Belmont Road, Bristol BS6 5AS."),
    ("en", ["address"], "Please send the meter reading card to Mr Imran Qureshi, Flat 12b, 8 Carlton Street, Leeds LS7 1HX."),
    # ---- a business or site address, compound buildings: not personal
    ("en", [], "Site notice: 'Site: Calder Construction, Plot 4, 2200 Enterprise Way, Dublin, OH 43017. Hard hats beyond this point.'"),
    ("en", [], "Write the delivery instructions for the site: Northgate Builders, Unit 9, 18 Riverside Industrial Estate, Hull HU9 1PS."),
    ("es", [], "Redacta el cartel: 'Aviso de obra. Obra: Construcciones Tajo, Calle Hierro 8, 45007 Toledo. Prohibido el paso.'"),
    ("fr", [], "Rédige le panneau de chantier : 'Chantier : Renovbat Atlantique, 14 rue du Port, 44000 Nantes – durée 6 mois.'"),
    ("es", ["address"], "Obra: reforma del baño en mi piso, Calle Hierro 8, 45007 Toledo; pide tres presupuestos."),
    ("zh", [], "写一条通知：阳光小区3号、7号楼明天上午停水，请提前储水。"),
    ("zh", [], "物业通知：本小区12号楼电梯检修，请走8号楼通道。"),
    # ---- Portuguese mobiles: personal; reference numbers: not
    ("pt", ["phone"], "Se houver algum problema com a entrega, liguem-me para o 936 702 148."),
    ("pt", ["phone"], "O meu número é 914 225 870, mandem SMS quando chegarem."),
    ("pt", [], "A referência do pagamento é 912 384 506 e a entidade 21312; explique como pagar no multibanco."),
    ("pt", [], "Traduza: 'o contrato n.º 936 702 148 foi renovado por mais um ano.'"),
]
