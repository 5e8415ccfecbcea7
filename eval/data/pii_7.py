"""Seventh batch of hand-written PII requests for eval/data/pii.jsonl (pii7),
written for the classes the seventh blind set showed, in the ten languages,
with new wording, people, places and values (none copied from a blind set):

- a named employee with a condition or injury in plain words inside
  workplace notes: sick leave, occupational health, return to work,
  incident and accident reports, reasonable adjustments (a slipped disc,
  burnout, a broken wrist, a concussion, dizziness, back pain, a risky
  pregnancy), beside sick-leave policy questions with nobody named, a
  named colleague on holiday, and the same words as titles or topics;
- rural and named-house addresses with no street number (UK and Welsh
  house and farm names with a postcode, Irish counties and Eircodes, a
  Spanish cortijo, a French lieu-dit, a Portuguese quinta, an Italian
  podere and località), beside house names as a topic, a farm shop's and
  a winery's footer and a pub named without a postcode;
- businesses' contact data: footers of hotels and inns with their
  switchboards and booking mailboxes, members' and newsletter mailboxes
  of clubs and cooperatives, a winery's tourism mailbox, beside a new
  member's own email and mobile;
- fictional and historical figures as guests or residents (Santa Claus,
  Père Noël, a writer whose house is a museum), beside a real guest with a
  detective's surname;
- a Japanese notice number (`告示第5号`) that is no block address.

Each entry is (lang, labels, text); `make_pii_set.py` appends them after
`pii_6.py`'s, one in three in the test split.
"""

PII_7 = [
    # ---- a named employee with a condition in plain words: health
    ("en", ["health"], "Write a return-to-work note: employee Gareth Price is back after six weeks off with a slipped disc; no lifting over 10 kg for a month."),
    ("en", ["health"], "Summarise for the occupational health referral: Ms Kerry Lyons reports burnout and panic attacks since the restructure."),
    ("en", ["health"], "Incident report, plain English please: warehouse operative Dean Ashworth tripped on a pallet and suffered a broken wrist; first aid given on site."),
    ("en", ["health"], "Rota note: Hannah Mills is on sick leave with a concussion after the cycling accident, back on the 14th."),
    ("en", ["health"], "Draft a reasonable adjustments letter for Priya Nair, who gets migraines under fluorescent lighting."),
    ("es", ["health"], "Redacta una nota para RR. HH.: la empleada Lucía Benítez está de baja médica por una hernia discal hasta enero."),
    ("es", ["health"], "Parte de accidente: el operario Tomás Ferrer sufrió un esguince de tobillo y mareos tras la caída en la nave 3."),
    ("de", ["health"], "Aktennotiz: Herr Jonas Albrecht ist seit Montag krankgeschrieben wegen Burn-out, Rückkehr über Wiedereingliederung geplant."),
    ("de", ["health"], "Unfallmeldung: Mitarbeiterin Petra Kühn hat sich beim Sturz im Lager das Handgelenk verstaucht und eine Gehirnerschütterung erlitten."),
    ("fr", ["health"], "Rédige le compte rendu : le salarié Karim Haddad est en arrêt maladie pour une lombalgie depuis le 3 novembre."),
    ("fr", ["health"], "Note RH : Mme Élodie Marchand reprend après une grossesse à risque, poste aménagé demandé par la médecine du travail."),
    ("pt", ["health"], "Escreva a nota de RH: a funcionária Rita Carvalho está de baixa médica por uma hérnia discal até ao fim do mês."),
    ("pt", ["health"], "Relatório de acidente de trabalho: o colaborador Nuno Pires partiu o pulso e teve tonturas depois da queda."),
    ("it", ["health"], "Scrivi una nota per il personale: la dipendente Giorgia Ferri è in malattia per mal di schiena fino a venerdì."),
    ("it", ["health"], "Verbale di infortunio: l'operaio Davide Sala si è rotto il polso cadendo dalla scala, accompagnato al pronto soccorso."),
    ("pl", ["health"], "Napisz notatkę kadrową: pracownica Anna Wróbel jest na zwolnieniu lekarskim z powodu dyskopatii do 15 grudnia."),
    ("pl", ["health"], "Raport z wypadku przy pracy: pracownik Marek Zieliński doznał wstrząśnienia mózgu po upadku z rusztowania."),
    ("hi", ["health"], "एचआर नोट लिखें: कर्मचारी सुनील वर्मा को कमर दर्द की वजह से दो हफ़्ते की मेडिकल लीव दी गई है।"),
    ("hi", ["health"], "घटना रिपोर्ट: श्री रमेश यादव मशीन पर काम करते हुए घायल हो गए, हाथ की हड्डी टूट गई।"),
    ("ja", ["health"], "人事記録を作成：社員の佐藤さんは腰痛のため今月から休職しています。"),
    ("ja", ["health"], "労災報告書の下書き：従業員の山本健一さんが倉庫で転倒し、脳震盪の疑いで受診。"),
    ("zh", ["health"], "写一份人事备忘：员工李娜因偏头痛频繁发作申请调岗，附医院证明。"),
    ("zh", ["health"], "工伤报告：职工张伟在车间搬运时扭伤腰部，已送医院。"),
    # ---- the same words with nobody named, or a named person and no
    # condition, or as titles and topics: not personal
    ("en", [], "Write a sick leave policy paragraph: employees who are off sick for more than 7 days need a fit note."),
    ("en", [], "Draft an incident report template with fields for the injured person's name, what happened, and first aid given."),
    ("en", [], "Team update: Employee Relations and Occupational Health move to the second floor on Monday."),
    ("en", [], "Summarise the article: 'Burnout among nurses rose in 2025, the staff survey found, and back pain is the top reason for absence.'"),
    ("de", [], "Wie viele Tage darf ein Mitarbeiter ohne Krankmeldung fehlen? Kurze Antwort."),
    ("fr", [], "Explique simplement ce qu'est un mi-temps thérapeutique et qui le prescrit."),
    ("es", [], "Redacta un correo: Laura Gil estará de vacaciones del 2 al 16 de agosto; Pablo cubre sus tareas."),
    ("es", [], "Redacta una carta para darme de baja del club de pádel a final de año. Firma: Marta Ruiz."),
    ("it", [], "Scrivi un avviso: Marco Bianchi sarà in ferie la prossima settimana, per urgenze contattare Sara."),
    ("pt", [], "Escreva um aviso: o funcionário do mês é o Bruno Lopes, parabéns pela dedicação!"),
    ("pl", [], "Ile dni zwolnienia lekarskiego przysługuje rocznie? Odpowiedz krótko."),
    ("hi", [], "कर्मचारियों की मेडिकल लीव की नीति पर तीन बिंदु लिखें।"),
    ("ja", [], "休職制度の一般的な流れを3行で説明してください。"),
    ("zh", [], "病假工资怎么计算？请简单说明。"),
    # ---- named houses and rural addresses: personal
    ("en", ["address"], "Update the customer record: Mrs Ann Powell now lives at Bramble Cottage, Church Lane, Ashwell, Baldock SG7 5QH."),
    ("en", ["address"], "Post the renewal to Mr Huw Jenkins, Fferm Pen-y-Bryn, Llanddewi Brefi, Tregaron SY25 6PE."),
    ("en", ["address"], "Ship to: Seán Murphy, Hillview, Kilmeaden, Co. Waterford X91 K2P4. Leave it in the porch."),
    ("es", ["address"], "Envíen la tarjeta a doña Carmen Ruiz, Cortijo El Algarrobo, 04270 Sorbas, antes de Navidad."),
    ("fr", ["address"], "Adresse de livraison : M. Pierre Lacombe, lieu-dit La Borie, 46160 Marcilhac-sur-Célé."),
    ("pt", ["address"], "Morada para a fatura: Joana Sousa, Quinta da Ribeira, Lugar de Sobreiro, 4600-512 Amarante."),
    ("it", ["address"], "Spedire a: Sig.ra Elena Conti, Podere Il Poggiolo, loc. Monterongriffoli, 53024 Montalcino."),
    # ---- house names as a topic, a business's farm or winery, no postcode: not personal
    ("en", [], "Rosemary Cottage is a lovely name for a B&B; suggest five more cottage names."),
    ("en", [], "Add to the website footer: Orchard Farm Shop, Hinton, Sudbury CO10 5AB, opening hours 9-5 daily."),
    ("en", [], "Book a table for 8 at the Wheatsheaf in Hinton for Friday; what wine goes with lamb?"),
    ("it", [], "Qual è la differenza tra una cascina e una masseria? Rispondi in due righe."),
    ("pt", [], "Traduza o rodapé: 'Quinta do Vale Escuro, Gouvinhas, 5060-063 Sabrosa · enoturismo@quintavaleescuro.pt'"),
    # ---- businesses' footers, switchboards and members' mailboxes: not personal
    ("en", [], "Extract the phone number from this signature: 'The Harbour Hotel | Quay Street, Galway | reservations@harbourhotel-galway.ie | +353 91 564 200'"),
    ("de", [], "Fasse die Fußzeile zusammen: 'Landgasthof Sonne · Dorfstraße 3 · 79872 Bernau · info@sonne-bernau.de · +49 7675 9120'"),
    ("es", [], "Del pie de página: 'Hotel Miramar · Paseo Marítimo 21, 29016 Málaga · recepcion@hotelmiramar.es · +34 952 603 000'"),
    ("it", [], "Scrivi la newsletter del circolo: per iscrizioni scrivete a soci@circolotennisbrera.it."),
    ("fr", [], "Ajoute en bas de la lettre d'information : pour vous désinscrire, écrivez à infolettre@lesvergersdumoulin.fr."),
    ("pl", [], "Napisz stopkę newslettera: kontakt dla członków: czlonkowie@spoldzielnia-rolnik.pl."),
    ("pt", [], "Escreva o convite para os associados: inscrições por associados@adega-coop-borba.pt."),
    ("ja", [], "会員向けのお知らせを作って：お問い合わせは kaiin@nouen-midori.jp まで。"),
    # ---- a new member's own details: personal
    ("en", ["email", "phone"], "Add the new member to the list: Fiona Reid, fiona.reid77@gmail.com, mobile 07912 446 103."),
    ("it", ["email"], "Aggiungi il nuovo socio: Paolo Gatti, paolo.gatti@libero.it, quota pagata."),
    # ---- fictional and historical residents: not personal
    ("en", [], "Write a funny check-in note for a guest registered as Santa Claus, address 1 Reindeer Road, Rovaniemi 96930."),
    ("fr", [], "Réponds à la lettre d'un enfant au Père Noël, qui habite 12 rue des Lutins, 99999 Laponie, en trois phrases."),
    ("fr", [], "Résume en deux phrases la vie de Victor Hugo, qui habitait 6 place des Vosges, 75004 Paris."),
    ("en", ["address"], "Our guest Mr Simon Holmes asked for a late check-out; his home address is 14 Pembroke Road, Bristol BS8 3BA."),
    # ---- a notice's number: no block address
    ("ja", [], "みどり市告示第5号の要点を3行でまとめてください。"),
]
