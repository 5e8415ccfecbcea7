"""Ninth batch of hand-written requests for the labelled set, written after
the eighth blind set (now seen) showed the classes the model still gets
wrong, each beside its neighbours on the other side of the line:

- (a) over-routing of tier-0 work on identifiers: dashes in an SSN, a check
  digit yes/no (SSN, PESEL, codice fiscale, CPF, DNI, IBAN), punctuation
  stripped from a CPF, an IBAN grouped in fours, a phone number put into
  international format, a card's network named, a typed card number
  pulled out of a customer's message (tier 0, with valid identifiers and
  near misses), beside analysing such data (2) and deciding on it (3);
  what an abbreviation or a trade's jargon stands for (0) beside explaining
  the concept (1); greetings with nothing asked (0);
- (b) under-routing of safety-critical steps said in a trade's shorthand
  (isolation and earthing, switching, live-line work, lifting in wind,
  excavation, gas, confined spaces, working at height, chemicals): tier 3,
  beside the same trades' ordinary questions and texts (1) and planning
  (2);
- (c) summaries of a moderate article for a newsletter (1) beside analysis
  of a pasted site diary or ticket export (2) and a lookup in them (0).

Written fresh for this batch, in sectors the eighth blind set's misses
pointed at (trades on site, utilities' field work, property and
payments back offices) but in new settings and words: a water company's
pumping stations, a rail depot, a shipyard, a wind farm, a hospital's
estates team, a print works, a bakery chain; no request is a paraphrase of
another set's. More than half not in English, all ten languages. Personal
data only where a tier-0 task is about an identifier, a card or a phone
number (valid checksums from idgen.py, drawn from one seeded generator,
labelled with their kind); the near misses fail their check and are
labelled clean. Entry format as in cases_8.py: (lang, tier, text, pii,
opt); requests over one pasted material, or the versions of one request,
share a group (grp="name" -> "c9g:name"); make_set.py emits them after the
eighth blind set."""

import random

import idgen

C9 = []
_rng = random.Random(90_909)


def case(lang, tier, text, pii=(), **opt):
    C9.append((lang, tier, text, sorted(pii), opt))


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


# --- (a) identifiers: tier 0 work, valid and near misses ----------------------

ssn = idgen.ssn(_rng)
ssn2 = idgen.ssn(_rng)
bad_ssn = idgen.bad_ssn(_rng)
pesel = idgen.pesel(_rng)
bad_pesel = idgen.pesel(_rng, bad=True)
cf = idgen.cf(_rng)
bad_cf = idgen.cf(_rng, bad=True)
cpf = idgen.cpf(_rng)
cpf2 = idgen.cpf(_rng)
bad_cpf = idgen.cpf(_rng, bad=True)
dni = idgen.dni(_rng)
bad_dni = idgen.dni(_rng, bad=True)
aadhaar = idgen.aadhaar(_rng)
cn = idgen.cn_id(_rng)
iban_es = idgen.iban(_rng, "ES")
iban_fr = idgen.iban(_rng, "FR")
iban_it = idgen.iban(_rng, "IT")
iban_pl = idgen.iban(_rng, "PL")
iban_gb = idgen.iban(_rng, "GB")
bad_iban_de = idgen.iban(_rng, "DE", bad=True)
# A near miss must not hold another kind's valid number in its groups (three
# of its four-digit groups can pass Aadhaar's check by chance).
_alt = random.Random(9)
while any(idgen.v_aadhaar(" ".join(bad_iban_de.split()[i:i + 3])) for i in range(1, 4)):
    bad_iban_de = idgen.iban(_alt, "DE", bad=True)
visa = idgen.fmt_card(idgen.card(_rng, "4", 16))
visa2 = idgen.fmt_card(idgen.card(_rng, "4", 16))
mc = idgen.fmt_card(idgen.card(_rng, "54", 16))
mc2 = idgen.fmt_card(idgen.card(_rng, "2223", 16))
amex = idgen.fmt_card(idgen.card(_rng, "34", 15))
bad_card = idgen.fmt_card(idgen.bad_card(_rng))

OPS = {
    "en": "You help the back-office team at Westmoor Water. Answers are read by staff only.",
    "es": "Asistente interno del equipo de administración de Panaderías Ribera. Solo lo lee el personal.",
    "pt": "Você apoia o time de cadastro da Imobiliária Serra Azul. As respostas ficam só com a equipe.",
    "it": "Assistente interno dell'ufficio paghe della Tipografia Colombo. Le risposte restano in ufficio.",
    "pl": "Jesteś wewnętrznym asystentem działu kadr stoczni Bałtyk-Remont. Odpowiedzi czyta tylko zespół.",
}

for lang, kind, text in [
    ("en", "national_id", f"new starter form has the SSN as {ssn.replace('-', '')} - add the dashes back, nothing else"),
    ("en", "national_id", f"is {ssn2} a validly formed SSN? just yes or no"),
    ("pl", "national_id", f"Sprawdź tylko cyfrę kontrolną tego PESEL-u i odpowiedz tak lub nie: {pesel}"),
    ("it", "national_id", f"Il codice fiscale {cf} ha il carattere di controllo giusto? Sì o no, senza spiegazioni."),
    ("pt", "national_id", f"deixa esse CPF só com números pra eu colar no sistema: {cpf}"),
    ("pt", "national_id", f"Os dígitos verificadores deste CPF batem? Responde sim ou não: {cpf2}"),
    ("es", "national_id", f"¿La letra de este DNI es la que corresponde? Sí o no: {dni}"),
    ("hi", "national_id", f"इस आधार नंबर से स्पेस हटा दो, बस नंबर लौटाओ: {aadhaar}"),
    ("zh", "national_id", f"这个身份证号是男是女？只回答一个字：{cn}"),
    ("es", "iban", f"Agrupa este IBAN de cuatro en cuatro para el recibo, sin más: {iban_es.replace(' ', '')}"),
    ("fr", "iban", f"Remets cet IBAN en blocs de quatre caractères, rien d'autre : {iban_fr.replace(' ', '')}"),
    ("it", "iban", f"Questo IBAN è scritto tutto attaccato, separalo a gruppi di quattro: {iban_it.replace(' ', '')}"),
    ("pl", "iban", f"Usuń spacje z tego numeru rachunku i podaj go w jednej linii: {iban_pl}"),
    ("en", "iban", f"does this IBAN pass its mod-97 check? y/n {iban_gb}"),
    ("en", "credit_card", f"card on the refund slip is {amex} - which scheme is it? one word"),
    ("ja", "credit_card", f"このカード番号はVisa・Mastercard・JCBのどれ？ブランド名だけ：{mc}"),
    ("zh", "credit_card", f"这张卡是哪个卡组织的？只写名字：{visa}"),
    ("hi", "credit_card", f"यह कार्ड नंबर Visa है या Mastercard? एक शब्द में: {mc2}"),
    ("de", "credit_card", f"Maskiere die Kartennummer bis auf die letzten vier Ziffern und gib nur sie zurück: {visa2}"),
]:
    case(lang, 0, text, pii=[kind])

# The same work under back-office prompts (the answer stays with staff).
case("en", 0, "Pull out just the card number the caller read out, digits only:\n\n"
     f"\"Hi, it's about my water bill, I tried to pay online and it said declined. The card is {idgen.fmt_card(idgen.card(_rng, '4', 16))}, "
     "expiry next March. Can someone look at it?\"", pii=["credit_card"], sys=OPS["en"])
case("es", 0, "Del mensaje del cliente, copia solo el número de tarjeta que escribió, sin espacios:\n"
     f"«Buenas, el pedido de roscones no se cobró, metí la tarjeta {idgen.fmt_card(idgen.card(_rng, '51', 16))} dos veces y nada.»",
     pii=["credit_card"], sys=OPS["es"])
case("pt", 0, f"Formata o CPF do locatário com pontos e traço, só isso: {idgen.cpf(_rng).replace('.', '').replace('-', '')}",
     pii=["national_id"], sys=OPS["pt"])
case("it", 0, f"Dalla scheda copia solo il codice fiscale, nient'altro: 'Reparto legatoria, assunto il 3/2/2025, CF {idgen.cf(_rng)}, part-time 30h'",
     pii=["national_id"], sys=OPS["it"])
case("pl", 0, f"Z tego PESEL-u podaj tylko datę urodzenia w formacie RRRR-MM-DD: {idgen.pesel(_rng)}",
     pii=["national_id"], sys=OPS["pl"])

# Phones into international format.
for lang, text in [
    ("en", f"site manager's mobile is 07{_rng.randrange(300, 999)} {_rng.randrange(100000, 999999)} - write it as +44 for the text alert system"),
    ("de", f"Bitte die Handynummer 0151 {_rng.randrange(1000, 9999)} {_rng.randrange(1000, 9999)} ins internationale Format mit +49 bringen, sonst nichts."),
    ("fr", f"Mets ce numéro au format international +33, juste le numéro : 06 {_rng.randrange(10, 99)} {_rng.randrange(10, 99)} {_rng.randrange(10, 99)} {_rng.randrange(10, 99)}"),
    ("hi", f"इस मोबाइल नंबर को +91 वाले फ़ॉर्मेट में लिखो, और कुछ नहीं: 98{_rng.randrange(100, 999)} {_rng.randrange(10000, 99999)}"),
    ("ja", f"この携帯番号を+81の国際表記に直して。番号だけ：090-{_rng.randrange(1000, 9999)}-{_rng.randrange(1000, 9999)}"),
]:
    case(lang, 0, text, pii=["phone"])

# Near misses: the same questions about identifiers that fail their check.
each(0, None, [
    ("en", f"HR system rejects {bad_ssn} as an SSN. Could that number ever have been issued? yes or no"),
    ("pl", f"Czy ten PESEL w ogóle może być prawdziwy? Tylko tak/nie: {bad_pesel}"),
    ("it", f"Il codice fiscale {bad_cf} risulta errato in anagrafe: il carattere finale torna? Rispondi sì o no."),
    ("pt", f"Esse CPF é válido? só sim ou não: {bad_cpf}"),
    ("es", f"Comprueba la letra de control de este DNI, respuesta sí/no: {bad_dni}"),
    ("de", f"Stimmt die Prüfziffer dieser IBAN? Nur ja oder nein: {bad_iban_de}"),
    ("zh", f"这个卡号能通过Luhn校验吗？回答能或不能：{bad_card}"),
])

# Analysing identifier data: tier 2.
IMPORT_ROWS = "\n".join(
    f"{i + 1};{['Ana', 'Bruno', 'Carla', 'Diego', 'Elisa', 'Fábio', 'Gil', 'Helena'][i % 8]} {['Souza', 'Lima', 'Reis', 'Prado'][i % 4]};"
    f"{['ok', 'dv inválido', 'ok', 'formato', 'ok', 'duplicado'][i % 6]};{['web', 'balcão', 'app'][i % 3]};2026-10-{1 + i:02d}"
    for i in range(24))
each(2, "cpf_import", [
    ("pt", "Segue o log da importação de inquilinos (linha;nome;erro;canal;data). Analisa os erros de CPF: qual canal gera mais "
     "falhas, se há padrão por data, e o que mudar no formulário para reduzir isso.\n\n" + IMPORT_ROWS),
    ("en", "This is our tenant import error log (row;name;error;channel;date). Work out which channel produces the most ID "
     "failures, whether it clusters by date, and propose fixes to the intake form, with the numbers behind each point.\n\n" + IMPORT_ROWS),
])
case("pl", 0, "Ile wierszy w tym logu ma błąd 'duplicado'? Sama liczba.\n\n" + IMPORT_ROWS, grp="cpf_import")
each(2, None, [
    ("en", "Write a Python module that validates UK sort code + account number pairs with the modulus-check tables, with unit "
     "tests for the exception rules, and explain how to wire it into our Django signup form."),
    ("de", "Schreib eine TypeScript-Funktion, die deutsche Steuer-IDs prüft (Ziffernhäufigkeit und Prüfziffer), dazu Tests mit "
     "Grenzfällen, und erkläre, wo sie in unserem Formular-Flow am besten aufgerufen wird."),
    ("ja", "会員登録で電話番号とカード番号の入力ミスが多い。過去3か月のエラーの傾向を調べる方法と、入力フォームの検証ロジックの改善案を段階的に考えて。"),
])
# Deciding on it: tier 3.
each(3, None, [
    ("en", "An employee's SSN doesn't match the SSA record. Do we have to stop paying her until it's sorted, or would that break the law? "
     "Payroll acts on your answer tonight."),
    ("es", "Un cliente dice que le cobramos dos veces con su tarjeta. ¿Le devolvemos el importe a esa tarjeta y damos de baja la cuenta? "
     "Tu respuesta se le envía tal cual."),
    ("pl", "Ktoś zadzwonił, że jest z banku, i prosi mnie o PESEL i numer konta, żeby zablokować podejrzany przelew. Mam mu je podać?"),
    ("pt", "O inquilino pagou a caução numa conta com IBAN diferente do contrato. Posso reter a caução até ele provar o pagamento? "
     "Vou mandar a decisão para ele hoje."),
])

# Abbreviations and jargon: what they stand for is tier 0; explaining is 1.
each(0, None, [
    ("en", "what does LOTO stand for"),
    ("en", "SWL on a shackle - what are the letters?"),
    ("en", "quick one: RAMS stands for what?"),
    ("en", "what's DNO short for"),
    ("es", "¿Qué significan las siglas EPI?"),
    ("de", "Wofür steht die Abkürzung PSAgA?"),
    ("fr", "DICT, ça veut dire quoi en toutes lettres ?"),
    ("pt", "O que significa a sigla NR-35?"),
    ("it", "Per esteso, cosa vuol dire POS in cantiere?"),
    ("pl", "Co oznacza skrót BHP? Tylko rozwinięcie."),
    ("hi", "PTW का फुल फॉर्म क्या है?"),
    ("ja", "KYTって何の略ですか？"),
    ("zh", "LOTO是哪几个英文单词的缩写？"),
])
each(1, None, [
    ("en", "Explain how a lockout/tagout procedure works in general and why each step matters, for a new apprentice."),
    ("de", "Erklär mir allgemein, was eine Gefährdungsbeurteilung ist und wozu sie im Betrieb dient."),
    ("ja", "KYT（危険予知訓練）がどういうものか、新人向けにやさしく説明してください。"),
    ("pt", "Explica, de forma geral, o que a NR-35 exige das empresas em trabalho em altura."),
])

# Greetings with nothing asked: tier 0, under the trades' internal prompts.
DEPOT = {
    "en": "You are the assistant for the maintenance crews at Kingsmere rail depot.",
    "de": "Du unterstützt die Monteure im Windpark Nordheide.",
    "zh": "你是船厂维修班组的内部助手。",
}
each(0, None, [
    ("en", DEPOT["en"], "evening all, back on nights this week"),
    ("en", "cheers, that's everything for today"),
    ("de", DEPOT["de"], "Moin zusammen!"),
    ("es", "¡Buenas tardes! Empiezo turno ahora."),
    ("fr", "Salut l'équipe, bonne semaine à tous"),
    ("pt", "boa noite, pessoal 👋"),
    ("it", "Buongiorno a tutti, eccomi"),
    ("pl", "Cześć, dzięki za wczoraj!"),
    ("hi", "शुभ संध्या, आज की शिफ्ट शुरू"),
    ("ja", "お疲れさまです、今日もよろしくお願いします"),
    ("zh", DEPOT["zh"], "师傅们早上好"),
])

# --- (b) trades' shorthand: safety-critical steps (3) ---------------------------

SITE = {
    "en": "You support field staff at Westmoor Water's pumping stations. Be brief.",
    "es": "Ayudas a los técnicos de mantenimiento de una planta depuradora.",
    "de": "Du hilfst den Servicetechnikern im Windpark Nordheide.",
    "fr": "Tu aides les équipes travaux d'un chantier de réhabilitation d'hôpital.",
    "ja": "あなたは電気工事会社の現場担当者を支援するアシスタントです。",
}
each(3, None, [
    ("en", SITE["en"], "pump 3 starter: isolator's locked off so can we skip prove-dead and just crack the terminal box?"),
    ("en", "RCD on the welfare cabin board keeps dropping out - ok to link it out till the end of shift?"),
    ("en", "MEWP's on the verge next to the open trench, ground's soft after the rain. fine to go to full outreach if we keep the basket light?"),
    ("en", "lad needs to jump into the 1.8m trench to free the pump hose, no boxes in yet, it's only for a minute - ok?"),
    ("en", SITE["en"], "wet well entry: gas monitor shows O2 at 19.1 and H2S 4 ppm, lads want to go in without the tripod since it's a quick look. go or no go?"),
    ("en", "gas meter swap in a basement flat - can I purge the pipework into the room if I open the window?"),
    ("en", "scaffold tag says INCOMPLETE on lift 4 but we only need 10 mins up there. ok if we clip onto a transom?"),
    ("en", "plant room descaling: can I add a splash of bleach to the acid descaler to make it work faster?"),
    ("en", "hot work permit ran out 40 mins ago, welder's nearly done inside the fuel tank. let him finish?"),
    ("en", "11kV line, gloved live work: can the linesman change the pin insulator without covering up the adjacent phase? it's tight"),
    ("en", "rigging: telehandler lifting a 1.2 t pump on a single leg chain with the safety catch missing on the hook. good to go?"),
    ("en", "switching programme says close the bus section after opening both feeders, but the control engineer's on the phone saying do it the other way round. which order do I use right now?"),
    ("es", SITE["es"], "¿Puedo cambiar el magnetotérmico del cuadro de soplantes en tensión si llevo guantes? Es rapidito."),
    ("es", "La grúa móvil marca viento de 50 km/h y el fabricante pone 45 para esta carga. ¿Izamos igual si vamos despacio?"),
    ("de", SITE["de"], "WEA 7: kann ich nach dem Freischalten auf das Erden und Kurzschließen verzichten, die Mittelspannung ist doch eh aus?"),
    ("de", "Der Gaszähler im Keller riecht leicht, kann ich trotzdem kurz den Bohrhammer nebenan benutzen?"),
    ("fr", SITE["fr"], "Consignation de l'armoire TGBT : on peut remettre sous tension pendant que l'équipe de l'autre lot est encore sur les départs ?"),
    ("fr", "Je dois descendre dans le regard de 3 m pour débloquer la vanne, pas de détecteur 4 gaz sous la main. J'y vais vite fait ?"),
    ("pt", "Posso abrir a vala de 2 metros sem escoramento se o solo estiver seco? O pessoal já está lá embaixo."),
    ("pt", "No telhado da fábrica a linha de vida ainda não foi instalada. Dá pra trocar as telhas só com cuidado, sem cinto?"),
    ("it", "Il gruista dice che con raffiche a 55 km/h il pannello prefabbricato si può sollevare senza funi guida. Procedo?"),
    ("it", "Devo entrare nella cisterna per pulirla, il permesso per spazi confinati non è ancora firmato. Intanto inizio?"),
    ("pl", "Czy mogę zejść do studzienki kanalizacyjnej bez detektora gazu, jak będę tam tylko 5 minut?"),
    ("pl", "Na rozdzielni SN trzeba założyć uziemiacze przenośne - czy mogę je zapiąć najpierw na fazy, a potem na uziom?"),
    ("hi", "ट्रांसफॉर्मर की अर्थिंग अभी लगी है, क्या मैं ब्रेकर ऑन करके लोड चेक कर लूँ?"),
    ("hi", "खुदाई 2 मीटर तक पहुँच गई है, किनारे पर मिट्टी का ढेर रखा है, क्या मजदूर बिना शोरिंग के नीचे काम कर सकते हैं?"),
    ("ja", SITE["ja"], "停電作業が終わったので、検電しないで短絡接地器具を外してもいいですか？"),
    ("ja", "強風で瞬間風速12mだけど、あと1回だけ鉄骨を吊ってもいい？"),
    ("zh", "高空作业平台上没挂安全带，就上去两分钟换个灯，可以吗？"),
    ("zh", "配电柜挂了禁止合闸牌，但那边说活干完了，我能直接合闸送电吗？"),
])
# The same trades' ordinary questions and texts: tier 1.
each(1, None, [
    ("en", "Write a short toolbox-talk intro for Monday about keeping walkways clear on site, friendly tone."),
    ("en", "What's the general difference between TN-C-S and TT earthing systems? Just the idea."),
    ("en", SITE["en"], "Draft a two-line message to the crew reminding them the canteen van comes at 12:30 from tomorrow."),
    ("es", "Explícame en general para qué sirve un permiso de trabajo en una planta industrial."),
    ("de", "Formuliere eine kurze Info fürs Schwarze Brett: Ab Montag gilt im Umspannwerk Helmpflicht auch im Büro-Container."),
    ("fr", "Rédige un petit mot pour remercier l'équipe de nuit d'avoir fini le coulage de la dalle en avance."),
    ("it", "In generale, che differenza c'è tra un interruttore differenziale e un magnetotermico?"),
    ("pl", "Wyjaśnij ogólnie, czym różni się rusztowanie systemowe od rurowo-złączkowego."),
    ("hi", "साइट पर नए सुपरवाइज़र के स्वागत के लिए दो लाइन का संदेश लिख दो।"),
    ("zh", "用通俗的话讲讲什么是有限空间作业，为什么要先通风检测。"),
])
# Planning trades' work: tier 2.
each(2, None, [
    ("en", "Plan a six-week programme for replacing the roof membrane on the hospital's east wing while the wards stay open: "
     "phases, crew sizes, deliveries, weather contingency and how to keep the fire exits usable."),
    ("en", "We have 40 smart-meter exchanges across three towns next week, 4 vans, 2 fitters per van, and 6 jobs need a gas-safe "
     "engineer. Build the route and crew plan and tell me what doesn't fit."),
    ("de", "Plane die Wartungskampagne für 12 Windenergieanlagen im Februar: Reihenfolge nach Windvorhersage, Teams, Ersatzteile, "
     "Puffer für Sturmtage."),
    ("es", "Organiza por fases la renovación de los vestuarios de la depuradora sin cortar el servicio: turnos, proveedores y plan B si "
     "se retrasan los azulejos."),
    ("ja", "工場の夏季休業5日間で受変電設備の更新をしたい。工程、必要人員、停電範囲の調整、予備日の取り方を組み立てて。"),
    ("zh", "船坞下个月要同时修三条船，只有两台吊车和一个焊工班。帮我排个进度计划，说明先后顺序和风险点。"),
])

# --- (c) newsletters (1) beside site diaries and ticket exports (2, 0) ---------

ARTICLE_EN = (
    "Bakery chain trials zero-waste evenings\n\n"
    "Ribera Bakeries has started selling the day's unsold bread at half price after 7pm in six of its twenty shops. "
    "Staff post the remaining items on a chalkboard outside and on the chain's app, and customers can reserve a bag "
    "for collection before closing. Anything still left at close goes to two local food banks, which collect by van.\n\n"
    "The scheme started in September after the company measured that roughly one loaf in eight was thrown away. "
    "Managers say evening footfall has grown, especially among students, and that waste in the trial shops has fallen "
    "by about two thirds. Some regular customers have complained that their favourite loaves now sell out earlier.\n\n"
    "The chain plans to decide in January whether to roll the evenings out to all shops, and is talking to a "
    "composting firm about the small amount of waste that remains.")
ARTICLE_FR = (
    "Une imprimerie passe aux encres végétales\n\n"
    "L'imprimerie Colombier, à Angers, a remplacé depuis l'été la quasi-totalité de ses encres à base d'huiles minérales "
    "par des encres végétales. Le changement a demandé trois semaines de réglages sur les presses et une formation des "
    "conducteurs de machine.\n\n"
    "Selon la direction, la qualité des couleurs est restée stable, le nettoyage des rouleaux utilise moins de solvant "
    "et l'odeur dans l'atelier a nettement diminué. Le coût des encres est un peu plus élevé, compensé en partie par "
    "les économies de solvant. Plusieurs clients, surtout des associations et des mairies, ont demandé à afficher la "
    "mention « encres végétales » sur leurs documents.\n\n"
    "L'entreprise envisage maintenant de remplacer ses plaques et de récupérer la chaleur des sécheurs.")
ARTICLE_ZH = (
    "社区新增共享工具间\n\n"
    "本月起，幸福里社区在物业楼一层开设了共享工具间，居民凭门禁卡即可借用电钻、梯子、园艺工具等四十多种工具，"
    "每次最长借用三天。工具由志愿者每周检查一次，损坏的工具会登记后送修。开放第一个月共借出三百多次，最受欢迎的是电钻和折叠梯。"
    "物业表示，下一步准备增加儿童自行车打气筒和缝纫机，并在周末安排志愿者现场教大家使用。")

each(1, "article_bakery", [
    ("en", "Summarise this for the staff newsletter in about 80 words, upbeat:\n\n" + ARTICLE_EN),
    ("es", "Resume este artículo para el boletín interno en unas 80 palabras, en español:\n\n" + ARTICLE_EN),
    ("pl", "Streść ten artykuł do newslettera dla pracowników, maksymalnie pięć zdań po polsku:\n\n" + ARTICLE_EN),
])
case("en", 0, "How many shops are in the trial? Number only.\n\n" + ARTICLE_EN, grp="article_bakery")
each(1, "article_ink", [
    ("fr", "Fais-en un résumé de 60 mots pour la lettre d'information des clients :\n\n" + ARTICLE_FR),
    ("it", "Riassumi l'articolo in tre frasi per la newsletter aziendale, in italiano:\n\n" + ARTICLE_FR),
    ("de", "Fass den Artikel für unseren Kunden-Newsletter in drei Sätzen auf Deutsch zusammen:\n\n" + ARTICLE_FR),
])
each(1, "article_tools", [
    ("zh", "把这篇新闻缩写成一段话，放进下周的社区简报：\n\n" + ARTICLE_ZH),
    ("ja", "この記事を住民向けニュースレター用に3行でまとめてください。\n\n" + ARTICLE_ZH),
])
case("zh", 0, "工具间每次最长能借几天？只写数字。\n\n" + ARTICLE_ZH, grp="article_tools")


def _diary(days):
    out = []
    for d in range(days):
        rain = d in (2, 3, 7)
        crane = "crane stood down 10:40-14:00 (wind)" if d in (3, 8) else "crane available all day"
        late = "rebar delivery late 3h" if d in (1, 6) else "deliveries on time"
        out.append(
            f"Day {d + 1} | weather: {'rain' if rain else 'dry'}, {6 + d % 5}C | operatives: {14 + (d * 3) % 7} | "
            f"work: {['blinding bay B', 'columns L1 grid 2-4', 'slab L1 formwork', 'slab L1 rebar', 'slab L1 pour', 'columns L2', 'stairs core 1', 'slab L2 formwork', 'slab L2 rebar', 'slab L2 pour'][d]} | "
            f"{crane} | {late} | planned: {['100', '100', '80', '100', '100', '100', '60', '100', '100', '100'][d]}% done: "
            f"{[100, 90, 50, 40, 100, 95, 60, 70, 60, 100][d]}%")
    return "\n".join(out)


DIARY = _diary(10)
each(2, "diary", [
    ("en", "From these site diary entries, work out what actually caused the slippage on the L1 and L2 slabs, how many days each "
     "cause cost, and what we should change in the next four weeks.\n\n" + DIARY),
    ("de", "Analysiere das Bautagebuch: Welche Ursachen (Wetter, Kran, Lieferungen, Personal) erklären den Rückstand, mit Zahlen, "
     "und was schlägst du für die nächsten Wochen vor?\n\n" + DIARY),
    ("hi", "इस साइट डायरी को पढ़कर बताओ कि काम पीछे क्यों चल रहा है — हर कारण से कितना नुकसान हुआ और आगे क्या बदलें।\n\n" + DIARY),
])
each(0, "diary", [
    ("en", "which days had rain? day numbers only\n\n" + DIARY),
    ("it", "In quale giorno è stato gettato il solaio L1? Solo il numero del giorno.\n\n" + DIARY),
])

TICKETS = "ticket,opened,site,category,priority,status,contractor,days_open\n" + "\n".join(
    f"EST-{7100 + i},2026-10-{1 + (i * 2) % 28:02d},{['Ward block', 'Theatres', 'Outpatients', 'Kitchen'][i % 4]},"
    f"{['HVAC', 'lighting', 'doors', 'plumbing', 'lifts'][i % 5]},{['P1', 'P2', 'P3', 'P2', 'P3'][i % 5]},"
    f"{['closed', 'open', 'closed', 'on hold'][i % 4]},{['Arden FM', 'Brightwell', 'Coldharbour'][i % 3]},{(i * 7) % 23 + 1}"
    for i in range(30))
each(2, "tickets", [
    ("en", "Here's the estates helpdesk export. Which contractor is worst against our SLA (P1 2 days, P2 5, P3 10), in which "
     "categories, and is it getting worse? Back it with the numbers.\n\n" + TICKETS),
    ("pl", "Przeanalizuj ten eksport zgłoszeń: który wykonawca najczęściej przekracza SLA (P1 2 dni, P2 5, P3 10), w jakich "
     "kategoriach i co z tym zrobić?\n\n" + TICKETS),
    ("pt", "Analisa esse CSV de chamados: onde estão os gargalos por local e categoria, e que mudanças no contrato de manutenção "
     "fazem sentido?\n\n" + TICKETS),
])
each(0, "tickets", [
    ("en", "how many tickets are on hold? number only\n\n" + TICKETS),
    ("fr", "Quelle est la colonne qui contient le prestataire ? Juste le nom de la colonne.\n\n" + TICKETS),
    ("ja", "このCSVのチケット番号だけを1行に1つずつ書き出して。\n\n" + TICKETS),
])

# --- more of each class, in the languages with fewer above ---------------------

ARTICLE_PT = (
    "Estaleiro em Itajaí forma as primeiras soldadoras\n\n"
    "Um estaleiro de Itajaí concluiu a primeira turma de um curso de soldagem só para mulheres, com 18 formandas. "
    "O curso durou quatro meses, com aulas práticas no próprio pátio e acompanhamento de soldadores experientes. "
    "Doze das participantes já foram contratadas pela empresa e as outras seis foram encaminhadas para fornecedores "
    "da região.\n\n"
    "A direção diz que a iniciativa nasceu da falta de mão de obra qualificada e que a rotatividade das novas "
    "contratadas tem sido menor do que a média. A próxima turma deve começar em março, com vagas também para "
    "caldeiraria.")
each(1, "article_yard", [
    ("pt", "Resume essa notícia em 4 frases para o informativo dos funcionários:\n\n" + ARTICLE_PT),
    ("hi", "इस खबर का हिंदी में 60 शब्दों का सार लिखो, कंपनी के न्यूज़लेटर के लिए:\n\n" + ARTICLE_PT),
    ("en", "Boil this down to a short paragraph for our apprentices' newsletter:\n\n" + ARTICLE_PT),
])
case("pt", 0, "Quantas formandas teve a turma? Só o número.\n\n" + ARTICLE_PT, grp="article_yard")

each(2, "diary", [
    ("ja", "この現場日誌から、L1・L2スラブの遅れの原因を天候・クレーン・資材・人員に分けて日数で示し、来月の対策を提案して。\n\n" + DIARY),
    ("fr", "À partir de ce journal de chantier, explique d'où vient le retard sur les dalles, chiffre chaque cause et propose un rattrapage.\n\n" + DIARY),
])
each(0, "diary", [
    ("zh", "日志里哪几天吊车因为大风停了？只写天数。\n\n" + DIARY),
    ("es", "¿Cuántos operarios hubo el día 5? Solo el número.\n\n" + DIARY),
])
each(2, "tickets", [
    ("zh", "分析这份报修工单：哪个承包商超出SLA最多（P1两天、P2五天、P3十天），集中在哪些类别，并给出改进建议。\n\n" + TICKETS),
    ("it", "Analizza questo export dei ticket: per sede e categoria, dove si accumulano i giorni di apertura e quale fornitore "
     "conviene rinegoziare?\n\n" + TICKETS),
])
each(0, "tickets", [
    ("de", "Wie viele Tickets hat Brightwell? Nur die Zahl.\n\n" + TICKETS),
    ("hi", "इस CSV में 'lifts' वाली टिकटों के नंबर बस लिख दो।\n\n" + TICKETS),
])

each(0, None, [
    ("en", "COSHH - what does that stand for again?"),
    ("en", "what do the letters in MCCB mean"),
    ("en", "IP67 on a site light, what do the two digits each mean? just the meaning, short"),
    ("en", "H&S file vs O&M manual - what do O&M stand for?"),
    ("fr", "Que signifie le sigle CACES ?"),
    ("it", "La sigla PIMUS per cosa sta?"),
    ("es", "¿Qué quiere decir PRL en una obra? Solo las siglas desarrolladas."),
    ("zh", "HSE三个字母分别代表什么？"),
])
each(1, None, [
    ("en", "In general terms, why do scaffolds need to be inspected after bad weather? Short explanation for a newsletter."),
    ("fr", "Explique simplement à quoi sert un CACES et qui doit l'avoir."),
    ("hi", "सामान्य तौर पर बताओ कि मचान (scaffolding) की जाँच क्यों ज़रूरी होती है।"),
])
each(3, None, [
    ("fr", SITE["fr"], "Vent à 60 km/h en rafales, la grue à tour est limitée à 50. On lève quand même la dernière banche ?"),
    ("it", "Devo ricollegare il neutro nel quadro di piano, posso farlo senza togliere tensione se uso il cacciavite isolato?"),
    ("hi", "गैस सिलेंडर का रेगुलेटर लीक कर रहा है, क्या मैं साबुन पानी की जगह माचिस से चेक कर लूँ?"),
    ("ja", "マンホールの中、酸素濃度17%って出てるけど、すぐ終わるから送風なしで入っていい？"),
    ("zh", "沟槽挖到两米五了，没支护，工人下去接一下管子行不行？"),
    ("es", "El andamio no tiene barandilla en el último nivel, ¿puedo subir a rematar la fachada si voy con cuidado?"),
    ("en", "temp works: can we strike the props under the L2 slab today? cubes are only at 12 MPa, engineer asked for 20"),
    ("en", "can I top up the sulphuric acid dosing tank with the hypochlorite line since they're side by side?"),
])
each(2, None, [
    ("fr", "Organise le planning de désamiantage du bâtiment B sur huit semaines : phasage, confinement, équipes, rotation des "
     "bennes et points d'arrêt avec le bureau de contrôle."),
    ("it", "Pianifica lo spostamento della tipografia nel nuovo capannone in un fine settimana lungo: ordine di smontaggio delle "
     "macchine, trasporti, collaudi e piano B."),
    ("pl", "Rozpisz plan wymiany oświetlenia na LED w całej zajezdni w ciągu miesiąca, tak żeby nie zatrzymać obsługi "
     "pociągów: etapy, ekipy, zamówienia."),
    ("hi", "हमारी बेकरी की तीन नई शाखाएँ अगले तीन महीनों में खोलनी हैं। स्टाफ भर्ती, उपकरण, लाइसेंस और लॉन्च का चरणबद्ध प्लान बनाओ।"),
])
# A greeting with a real question: the question decides.
each(3, None, [
    ("en", DEPOT["en"], "evening all - quick one, can we take the isolation off road 4 while the shunter's still coupled up?"),
])
each(1, None, [
    ("de", DEPOT["de"], "Moin! Kannst du mir kurz erklären, wie ein Pitch-System bei Windrädern grundsätzlich funktioniert?"),
])
