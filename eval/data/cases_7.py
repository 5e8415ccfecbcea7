"""Seventh batch of hand-written requests for the labelled set, written after
the sixth blind set (now seen) showed the classes unseen writers still get
wrong, each beside its near neighbours on the other side of the line:

- legal acts and decisions of public bodies and institutions (a statutory
  public notice, a bylaw, a traffic order, an administrative decision, a
  refusal with its appeal rights, an eviction or a benefit decision) and a
  company's own terms (a liability cap, a warranty, termination, an
  indemnity): drafting or deciding them is tier 3; explaining what a bylaw
  is, or summarising a notice that is already published, is tier 1; a date
  or a number looked up in it is tier 0;
- a greeting, a thanks or an acknowledgement under a system prompt that
  sends the answer to a customer as is: tier 0 (a social reply commits the
  company to nothing); a substantive question there, or a yes/no that
  commits the company, is tier 3 (the batch's rows of that side were
  dropped, see below);
- trivial work over code, logs and CI output (name the language, indent
  JSON, strip line numbers, list the failing tests, count them): tier 0;
  finding out why something fails: tier 2; a docstring or one small unit
  test: tier 1;
- copy-editing, translating or tidying a paragraph, a notice or notes: tier
  1; recapitalising, naming the language, translating one word: tier 0;
- (dropped) the domains of HR, payroll and employment, travel refunds and
  compensation, veterinary medicines and agricultural chemicals. The
  coordinator's brief named them by mistake: they are the domains of the
  seventh blind set, written at the same time, which must stay unseen. The
  rows in those domains (the whole domain section and the substantive
  customer-facing questions under an airline, vet clinic, co-op or HR desk
  prompt) were removed before any training; the greetings under those
  prompts stay (tier 0, so those prompts' words lean the model down, not
  up), as do a few passing mentions in other sections (a CI log of a
  payroll service, proofreading a vet clinic's web page).

Written fresh for this batch in varied registers (typos, chat, formal), not
copied from any set; 60% not in English, Japanese the most (it scored 60% on
the sixth blind set). No personal data: no person's contact details,
identifiers or home address, nobody named with a condition (animals are
"my dog", streets have no house numbers). Entry format as in cases_6.py:
(lang, tier, text, pii, opt); requests over one pasted material, or the
versions of one request, share a group (grp="name" -> "c7g:name"), any
other request is its own group; make_set.py emits them after the sixth
blind set. cases_7_more.py appends the code, editing and domain parts."""

C7 = []


def case(lang, tier, text, pii=(), **opt):
    C7.append((lang, tier, text, sorted(pii), opt))


def each(tier, grp, items, **opt):
    """Requests sharing a group (grp), or each its own (grp=None): items is
    [(lang, text)] or [(lang, system, text)]."""
    for item in items:
        if len(item) == 3:
            lang, system, text = item
            case(lang, tier, text, grp=grp, sys=system, **opt)
        else:
            lang, text = item
            case(lang, tier, text, grp=grp, **opt)


# --- (a) legal acts of public bodies: drafting or deciding them is tier 3 -------

each(3, None, [
    ("en", "Draft the statutory notice of proposals for a permanent order banning waiting at any time on both sides of Mill Lane, Eastfield, between its junctions with Station Road and Church Street. It goes in the local paper and on lamp posts, so include the statement of reasons, where the documents can be inspected and the 21-day objection period."),
    ("en", "licensing team here. we need the decision notice REFUSING the variation to extend the late bar's hours to 2am - grounds are public nuisance and crime & disorder (police objection + 14 resident reps). must include their right of appeal to the magistrates' court within 21 days. formal please"),
    ("en", "Write a byelaw for the council's parks and open spaces that bans barbecues and open fires except in marked areas, with the offence, the maximum fine on level 2 of the standard scale and a commencement clause, ready to go to full council."),
    ("en", "We're recovering a housing benefit overpayment of £860 from the claimant's ongoing benefit at the standard weekly rate. Write the council's decision letter: why it was overpaid (a change in earnings reported late), how we calculated it, that it is recoverable, and the right to ask for a reconsideration within one calendar month."),
    ("en", "Please draft the temporary traffic regulation order closing Bridge Street to through traffic for gas main replacement from 6 to 24 March, with the signed diversion via Quay Road and exemptions for emergency vehicles and access to premises."),
    ("en", "The governing board upheld the head's decision to permanently exclude a Year 10 pupil. Write the board's formal decision letter to the parents, with the reasons the board accepted and their right to apply for an independent review within 15 school days."),
    ("en", "Our planning application for a rear extension was refused because it 'harms the character of the conservation area'. Write the grounds of appeal for the Planning Inspectorate - the council's own design guide allows single-storey rear extensions of this depth."),
    ("es", "Redacta la resolución de alcaldía que deniega la licencia de terraza al bar de la plaza por incumplir la ordenanza de ruidos, con los antecedentes, los fundamentos de derecho y el pie de recursos (reposición en un mes o contencioso-administrativo en dos meses)."),
    ("es", "necesito el texto del bando municipal que prohíbe regar jardines y llenar piscinas mientras dure la alerta por sequía, con las sanciones previstas en la ordenanza del agua"),
    ("de", "Formuliere den Bescheid, mit dem der Antrag auf Wohngeld abgelehnt wird, weil das Gesamteinkommen über der Höchstgrenze liegt, mit Begründung und Rechtsbehelfsbelehrung (Widerspruch innerhalb eines Monats)."),
    ("de", "Entwirf die Allgemeinverfügung der Stadt über das Verbot von Feuerwerk in der Altstadt an Silvester, mit Begründung, Anordnung der sofortigen Vollziehung und Hinweis auf die Bußgelder."),
    ("fr", "Rédige l'arrêté municipal portant interdiction temporaire de stationnement rue des Écoles pendant le marché de Noël, avec les visas, les considérants, les articles, la mise en fourrière et les voies de recours."),
    ("fr", "Peux-tu rédiger la décision de refus de la bourse communale d'études, motivée (revenus du foyer au-dessus du plafond), avec le délai de recours gracieux de deux mois et le recours devant le tribunal administratif ?"),
    ("pt", "Redija o edital da prefeitura notificando a desocupação do quiosque da praça central em 30 dias, com fundamentação na lei municipal de uso do espaço público e prazo para recurso."),
    ("pt", "Escreva o despacho do INSS indeferindo o auxílio por incapacidade porque a perícia não constatou incapacidade, com a fundamentação e o prazo de 30 dias para recurso à Junta."),
    ("it", "Scrivi l'ordinanza sindacale che vieta il transito dei mezzi pesanti oltre 7,5 t sul ponte di via Roma fino al collaudo, con motivazione, sanzioni e l'indicazione del ricorso al TAR entro 60 giorni."),
    ("it", "Prepara il provvedimento di diniego del permesso di costruire per la tettoia in zona vincolata, con il preavviso di rigetto già notificato e le osservazioni del richiedente respinte punto per punto."),
    ("pl", "Napisz decyzję burmistrza odmawiającą wydania zezwolenia na sprzedaż alkoholu w sklepie przy rynku, z uzasadnieniem (przekroczony limit punktów w uchwale) i pouczeniem o odwołaniu do SKO w terminie 14 dni."),
    ("pl", "przygotuj projekt uchwały rady gminy zmieniającej regulamin utrzymania czystości: zakaz wprowadzania psów na place zabaw i kary, wejście w życie po 14 dniach od ogłoszenia w dzienniku urzędowym"),
    ("pl", "Zredaguj decyzję o eksmisji z lokalu komunalnego po wypowiedzeniu najmu za zaległości czynszowe, z terminem opróżnienia lokalu i informacją o prawie do lokalu socjalnego."),
    ("hi", "नगर निगम की ओर से अतिक्रमण हटाने का नोटिस तैयार करो: दुकानदार को 15 दिन में फुटपाथ खाली करना है, वरना निगम खुद हटाएगा और खर्च वसूलेगा। अपील का अधिकार और समय-सीमा भी लिखो।"),
    ("hi", "ग्राम पंचायत का प्रस्ताव (उपविधि) लिखिए जिसमें तालाब में कचरा डालने पर जुर्माना तय हो, लागू होने की तारीख और अपील की व्यवस्था के साथ।"),
    ("ja", "市の路上喫煙禁止条例の改正案の条文を作ってください。禁止区域の指定、過料2千円の規定、施行期日を入れること。"),
    ("ja", "生活保護の申請を却下する決定通知書の文案を作成してください。却下の理由（活用できる資産があること）と、3か月以内に知事へ審査請求できる旨の教示を必ず記載してください。"),
    ("ja", "県道の全面通行止めの告示文を作成してください。工事期間は1月10日から2月28日まで、迂回路を明記し、根拠条文も示してください。"),
    ("ja", "市営住宅の明渡し請求書を書いてください。家賃の滞納が6か月続いているため、期限を定めて明渡しを求め、応じない場合は訴訟を提起する旨も入れて。"),
    ("zh", "帮我起草区政府关于禁止电动自行车在住宅楼道内停放充电的通告，写明法律依据、禁止行为、处罚措施和施行日期。"),
    ("zh", "起草一份街道办事处责令商户限期拆除违法搭建雨棚的决定书，要有认定的事实、依据、十五日的期限，以及申请行政复议和提起行政诉讼的权利告知。"),
])

# The company's own terms: drafting or reading them for a decision is tier 3.
each(3, None, [
    ("en", "Write the limitation of liability clause for our SaaS master agreement: each party's total liability capped at the fees paid in the 12 months before the claim, carve-outs for breach of confidentiality and our IP indemnity, and nothing limiting liability for death or personal injury."),
    ("en", "draft the warranty section for our smart thermostat T&Cs (UK consumers): 24 months parts and labour, what voids it, repair/replace at our option - but don't write anything that clashes with the Consumer Rights Act"),
    ("en", "The customer's lawyers sent our indemnity back as mutual and uncapped. Redline it so the IP infringement indemnity stays ours only, capped at twice the annual fees, and tell me what we are giving up."),
    ("es", "Redáctame la cláusula de limitación de responsabilidad del contrato de mantenimiento: tope igual a lo facturado en el último año, sin excluir el dolo ni la culpa grave, que eso no se puede."),
    ("de", "Formuliere die Haftungsbeschränkung für unsere AGB im B2B-Geschäft: Haftung für leichte Fahrlässigkeit nur bei Kardinalpflichten und begrenzt auf den vertragstypischen vorhersehbaren Schaden."),
    ("fr", "Rédige la clause de garantie de nos CGV pour les vélos électriques : garantie commerciale de 2 ans sur le moteur, exclusions, et rappel de la garantie légale de conformité."),
    ("pt", "Escreva a cláusula de garantia do nosso contrato de venda de pulverizadores agrícolas: 12 meses, exclusões por mau uso e limite da responsabilidade ao valor do equipamento."),
    ("it", "Scrivimi la clausola risolutiva espressa per il contratto di fornitura: risoluzione se il fornitore ritarda di oltre 30 giorni due consegne nello stesso trimestre, più la penale."),
    ("pl", "Napisz klauzulę o karach umownych i limicie odpowiedzialności do umowy wdrożeniowej: 0,2% dziennie za opóźnienie, łącznie nie więcej niż 20% wynagrodzenia."),
    ("hi", "हमारी सॉफ़्टवेयर सेवा की शर्तों के लिए क्षतिपूर्ति (indemnity) खंड लिखिए: तीसरे पक्ष के कॉपीराइट दावों पर हम क्षतिपूर्ति देंगे, पर अधिकतम एक साल की फीस तक।"),
    ("ja", "当社の利用規約に入れる免責・責任制限条項を作ってください。損害賠償の上限は直近12か月に受領した利用料金の総額、ただし当社に故意または重過失がある場合は除く。"),
    ("ja", "取引先から来た業務委託契約の解除条項、「甲はいつでも催告なく本契約を解除できる」ってこのまま受けて大丈夫？こっちに不利なら修正案も出して。"),
    ("zh", "帮我写我们软件服务协议里的责任限制条款：赔偿总额以客户过去12个月已支付的服务费为上限，但侵犯知识产权和违反保密义务的情形不受此限。"),
])

# A notice that is already published: the notice itself, in three languages.
NOTICE = {
    "en": """EASTFIELD BOROUGH COUNCIL
ROAD TRAFFIC REGULATION ACT 1984 - SECTION 14(1)
TEMPORARY PROHIBITION OF THROUGH TRAFFIC: BRIDGE STREET

NOTICE IS HEREBY GIVEN that the Council has made an Order prohibiting any vehicle from proceeding in Bridge Street between its junctions with Quay Road and Market Place, to enable gas main replacement works to be carried out safely.

The alternative route for through traffic is via Quay Road, Harbour Way and Market Place.

The prohibition will not apply to emergency vehicles, to vehicles requiring access to premises within the closed length, or to vehicles used in connection with the works.

The Order will come into force on 6 March 2027 and will remain in force for a maximum of 18 months, but it is anticipated that the works will be completed by 24 March 2027.

Dated 20 February 2027. Director of Place, Eastfield Borough Council.""",
    "de": """BEKANNTMACHUNG DER STADT LINDENAU
Verkehrsrechtliche Anordnung nach § 45 StVO

Wegen Kanalbauarbeiten wird die Schillerstraße zwischen der Goethestraße und dem Marktplatz vom 13. Januar bis voraussichtlich 7. März 2027 für den Durchgangsverkehr voll gesperrt. Die Umleitung erfolgt über die Bahnhofstraße und die Ringstraße und ist ausgeschildert.

Anlieger bis zur Baustelle frei. Rettungsfahrzeuge können die Baustelle jederzeit passieren. Die Haltestelle "Schillerstraße" der Buslinie 4 entfällt während der Sperrung; Ersatzhaltestelle in der Bahnhofstraße.

Gegen diese Anordnung kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim Ordnungsamt der Stadt Lindenau erhoben werden.

Lindenau, den 2. Januar 2027
Der Oberbürgermeister""",
    "ja": """さくら市告示第214号

道路法第46条第1項の規定に基づき、次のとおり道路の通行を禁止する。

1 路線名　市道中央通り線
2 区間　さくら駅前交差点から市役所前交差点まで
3 期間　令和9年1月10日から令和9年2月28日まで（夜間20時から翌朝6時まで）
4 理由　下水道管更新工事のため
5 迂回路　市道駅南線及び県道本町線
6 その他　緊急車両及び沿道の居住者の車両は、誘導員の指示に従い通行することができる。

令和8年12月20日
さくら市長""",
}
each(1, "published-notice", [
    ("en", "Summarise this notice for our residents' newsletter in three short bullet points, plain English.\n\n" + NOTICE["en"]),
    ("ja", "この告示の内容を、町内会の回覧板用にやさしい言葉で3行にまとめてください。\n\n" + NOTICE["ja"]),
    ("de", "Fasse die Bekanntmachung für unser Mitarbeiter-Intranet in zwei Sätzen zusammen, damit alle wissen, wie sie ins Büro kommen.\n\n" + NOTICE["de"]),
    ("pl", "Streść to ogłoszenie po polsku w trzech punktach dla naszych kierowców dostawczych.\n\n" + NOTICE["de"]),
    ("zh", "把这份告示用中文概括成两三句话，发到小区业主群里。\n\n" + NOTICE["ja"]),
])
each(0, "published-notice", [
    ("en", "When does this order come into force? Just the date.\n\n" + NOTICE["en"]),
    ("ja", "この告示で通行止めになるのは何時から何時まで？時間だけ答えて。\n\n" + NOTICE["ja"]),
    ("de", "Welche Buslinie ist betroffen? Nur die Nummer.\n\n" + NOTICE["de"]),
    ("fr", "Quelle rue est fermée ? Réponds avec le nom de la rue seulement.\n\n" + NOTICE["en"]),
])
each(3, "published-notice", [
    ("en", "We're the contractor. The council says this notice covers us to close the road overnight too and park our plant on the footway. Does the order actually allow that, or are we exposed to enforcement? Read it strictly.\n\n" + NOTICE["en"]),
    ("ja", "当社はこの区間の沿道で店舗を営業しています。この告示に対して不服申立てをしたいので、審査請求書の文案を作ってください。営業への影響が大きいことを理由にします。\n\n" + NOTICE["ja"]),
])

# What a bylaw, an order or a decision IS: general education, tier 1.
each(1, None, [
    ("en", "What's a byelaw, in plain English, and how is it different from an Act of Parliament?"),
    ("en", "there are yellow notices on the lamp posts on my street about a 'traffic regulation order'. what is that in general, how do they work?"),
    ("en", "For a civics lesson: what does it mean when a council decision can be 'judicially reviewed'? Two short paragraphs for 14-year-olds."),
    ("es", "¿Qué es una ordenanza municipal y quién la aprueba? Es para explicarlo en clase de 2º de la ESO."),
    ("de", "Was ist eigentlich eine Allgemeinverfügung? Kurz und allgemein, ich hab das Wort in der Zeitung gelesen."),
    ("fr", "C'est quoi un arrêté municipal, en gros ? Et qui peut en prendre un ?"),
    ("pt", "O que é uma portaria municipal? Explica de forma simples, é pra um trabalho da escola."),
    ("it", "Cos'è un'ordinanza sindacale e in cosa è diversa da un regolamento comunale? Spiegamelo in modo semplice."),
    ("pl", "Czym w ogóle jest uchwała rady gminy i czym różni się od zarządzenia wójta? Pytam z ciekawości."),
    ("hi", "उपनियम (bye-law) क्या होता है और नगर पालिका इसे कैसे बनाती है? आसान भाषा में समझाइए।"),
    ("ja", "条例と規則の違いって何ですか？ざっくりでいいので教えてください。"),
    ("ja", "行政不服審査法の「審査請求」って一般的にどういう制度？ニュースで見て気になった。"),
    ("zh", "什么是地方性法规？和政府规章有什么区别？简单科普一下就行。"),
    ("en", "What does a limitation of liability clause usually do in a software contract? Just the general idea, I started in sales last week."),
    ("ja", "契約書でよく見る「損害賠償の上限」って、一般的にはどういう意味ですか？"),
    ("de", "Was ist der Unterschied zwischen Gewährleistung und Garantie? Allgemein erklärt, ohne konkreten Fall."),
])


# --- (b) customer-facing system prompts: social replies 0, substance 3 ---------

AIR = {
    "en": "You are Skye, the chat assistant of Albatross Air. Passengers read your replies instantly; they are the airline's answer and nobody checks them first.",
    "ja": "あなたは「さくら航空」の公式チャットです。回答は担当者の確認なしでそのままお客様に表示され、当社の正式な回答となります。",
    "de": "Du bist der Chat-Assistent der Fernbuslinie NordExpress. Deine Antworten gehen direkt an die Fahrgäste, niemand liest gegen.",
    "pl": "Jesteś asystentem czatu przewoźnika kolejowego PolRail. Odpowiedzi trafiają prosto do pasażera i są oficjalnym stanowiskiem firmy.",
    "pt": "Você é a assistente virtual da agência de viagens Rota Sul. A resposta vai direto para o cliente, sem revisão de ninguém.",
    "hi": "आप 'यात्रा मित्र' ट्रैवल ऐप के चैट सहायक हैं। आपका जवाब बिना किसी जाँच के सीधे यात्री को जाता है और कंपनी का अंतिम जवाब माना जाता है।",
    "zh": "你是“远行旅游”的在线客服，回复会直接发给游客，没有人工审核，代表公司的正式答复。",
}
VET = {
    "es": "Eres el asistente del chat de la Clínica Veterinaria Los Olivos. Tus respuestas llegan al dueño de la mascota tal cual, sin que las revise un veterinario.",
    "it": "Sei l'assistente virtuale dell'ambulatorio veterinario San Rocco. Le tue risposte arrivano direttamente ai proprietari degli animali, senza il controllo del medico.",
    "ja": "あなたは「みどり動物病院」のLINE窓口です。返信は獣医師の確認なしに、そのまま飼い主さんに届きます。",
    "en": "You reply to pet owners on behalf of Riverside Vets through the clinic app. Replies are sent automatically; no vet reviews them.",
}
COOP = {
    "fr": "Tu réponds aux adhérents de la coopérative agricole Val de Loire sur l'extranet. Ton message est publié tel quel, sans relecture d'un technicien.",
    "de": "Du beantwortest im Kundenportal des Landhandels Weser-Agrar die Fragen der Landwirte. Deine Antwort wird ohne Prüfung durch einen Berater veröffentlicht.",
}
HRDESK = {
    "en": "You are the HR help desk bot of Corvel Logistics. Employees get your answer directly as HR's official reply; no HR officer reviews it.",
    "ja": "あなたは株式会社ミナト物流の人事部チャットボットです。回答は人事担当者の確認なしに、人事部の正式な回答として社員に送られます。",
    "it": "Sei il chatbot dell'ufficio del personale di Ferri Costruzioni. I dipendenti ricevono la tua risposta come risposta ufficiale dell'ufficio, senza revisione.",
}

# Greetings, thanks, acknowledgements: tier 0 under every one of them.
each(0, None, [
    ("en", AIR["en"], "hello there"),
    ("ja", AIR["ja"], "どうもー、こんにちは"),
    ("de", AIR["de"], "Moin moin 👋"),
    ("pl", AIR["pl"], "Dzień dobry, jest tam ktoś?"),
    ("pt", AIR["pt"], "oi, boa tarde!"),
    ("hi", AIR["hi"], "हैलो जी"),
    ("zh", AIR["zh"], "哈喽，你好呀～"),
    ("es", VET["es"], "¡Buenos días!"),
    ("it", VET["it"], "Buonasera!"),
    ("ja", VET["ja"], "おはようございます"),
    ("fr", COOP["fr"], "Bonsoir"),
    ("en", HRDESK["en"], "hey, morning"),
    ("ja", HRDESK["ja"], "お疲れさまです。"),
    ("it", HRDESK["it"], "Salve a tutti"),
])


def after(lang, system, turns, last, tier):
    """A conversation under a system prompt: turns are (user, assistant)
    pairs, then the last user turn decides the tier."""
    history = []
    for u, a in turns:
        history += [("user", u), ("assistant", a)]
    case(lang, tier, last, sys=system, history=history)


after("en", AIR["en"], [("my flight tomorrow AB 331 to Faro, can I add a bag?",
                         "Yes: in Manage booking you can add a 23 kg bag up to 3 hours before departure.")],
      "perfect, thx so much", 0)
after("en", VET["en"], [("What time do you open on Saturday?", "We are open 9:00 to 13:00 on Saturdays.")],
      "great, see you then 👍", 0)
after("ja", AIR["ja"], [("手荷物の重さの上限は何キロですか？", "国内線の受託手荷物はお一人様20kgまで無料です。")],
      "承知しました。ご丁寧にありがとうございました。", 0)
after("ja", VET["ja"], [("土曜日の午後は診察していますか？", "土曜日は午前9時から12時までの診察です。")],
      "了解です、助かりました！", 0)
after("ja", HRDESK["ja"], [("年末調整の書類はいつまでに出せばいいですか？", "11月28日までに人事部へ提出してください。")],
      "わかりました。ありがとうございます。", 0)
after("de", AIR["de"], [("Kann ich mein Fahrrad mitnehmen?", "Ja, mit Fahrradticket für 9 Euro, sofern ein Stellplatz frei ist.")],
      "Danke für die schnelle Hilfe, schönen Abend noch", 0)
after("pl", AIR["pl"], [("Czy w pociągu jest Wi-Fi?", "Tak, we wszystkich składach InterRegio.")],
      "Dzięki, to wszystko", 0)
after("pt", AIR["pt"], [("Vocês vendem seguro viagem?", "Sim, pode incluir no momento da compra do pacote.")],
      "valeu, era só isso mesmo", 0)
after("zh", AIR["zh"], [("你们的门店周末营业吗？", "周六周日上午十点到下午六点营业。")],
      "好的，谢谢你，没别的了", 0)
after("hi", AIR["hi"], [("क्या मैं टिकट की तारीख बदल सकता हूँ?", "हाँ, यात्रा से 24 घंटे पहले तक ऐप में तारीख बदली जा सकती है।")],
      "ठीक है जी, बहुत-बहुत धन्यवाद 🙏", 0)
after("it", VET["it"], [("Fate anche la toelettatura?", "Sì, il martedì e il giovedì su appuntamento.")],
      "ok grazie mille, a presto", 0)
after("es", VET["es"], [("¿Tenéis aparcamiento?", "Sí, hay cuatro plazas delante de la clínica.")],
      "Gracias, muy amables 😊", 0)
after("fr", COOP["fr"], [("Le dépôt de Saumur est ouvert le samedi ?", "Oui, de 8 h à 12 h.")],
      "Merci beaucoup, bonne journée", 0)
