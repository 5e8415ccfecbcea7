"""Sixth batch of hand-written requests for the labelled set, written after
the fourth and fifth blind sets (now seen) showed where unseen text is still
over-routed, each class beside the near neighbours that ARE high stakes, so
the model learns the boundary and not a blanket rule:

- tier-0 labelling, routing and extraction over a customer's or an
  employee's message (a reason code, the order number, refund yes/no, the
  department, the product), the message angry or full of money, legal or
  medical words; beside the same message under a system prompt that sends
  the answer to the customer as the final reply (tier 3) and drafted for an
  agent who edits it (tier 1);
- casual finance, legal and medical education ("what is a Roth IRA", "why
  do migraines make you sick") at tier 1, beside the personal decisions,
  doses and legal readings that stay tier 3;
- a short personal letter or email about one's own money (a deposit back,
  a duplicate charge, when a refund comes) at tier 1, beside contesting a
  tax assessment or reading a lease's penalty clause (tier 3);
- trivial work on company footers, imprints and letterheads full of
  numbers (tier 0), beside asking whether an imprint is legally complete
  (tier 3);
- short follow-ups after a conversation ("and in Polish?") at tier 0, and
  trivial questions under a customer-facing system prompt, which stay
  tier 3 by the rules;
- Chinese at every tier (analysis, code and high stakes said plainly), where
  under-routing was 4 of 64 on the test part.

Written fresh for this batch, not copied from any set; no personal data
(business details and invented order numbers only; no identifiers, so
nothing from idgen.py is needed). Entry format as in cases_5.py: (lang,
tier, text, pii, opt); the versions of one request, or the requests over one
message or material, share a group (grp="name", "c6g:"), any other request
is its own group; make_set.py emits them after the fourth and fifth blind
sets."""

C6 = []


def case(lang, tier, text, pii=(), **opt):
    C6.append((lang, tier, text, sorted(pii), opt))


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


# --- (a) a customer's message: a label is tier 0, the reply it gets is not ------

# One angry message per language, full of money and legal words.
MSG = {
    "en": "This is the second month you've taken the premium fee AND the basic fee from my account. I cancelled premium in August, I have the confirmation email. Refund both months or I'm reporting you to my bank and the ombudsman.",
    "es": "Llevo tres semanas esperando el reembolso del pedido 40-1187 que devolví. Me dijisteis 5 días hábiles. Si no lo veo en la cuenta el viernes, pongo una reclamación en consumo.",
    "de": "Sie haben mir für die Reparatur 189 Euro berechnet, obwohl das Gerät noch in der Garantie ist. Ich verlange die Erstattung, sonst schalte ich die Verbraucherzentrale ein.",
    "fr": "Votre technicien n'est jamais venu mardi alors que j'ai posé une journée de congé. Je veux le remboursement des frais de déplacement facturés et un geste commercial.",
    "pt": "Cancelei o plano de internet em outubro e vocês continuam cobrando a mensalidade no meu cartão. Quero o estorno das duas faturas ou vou ao Procon.",
    "it": "Ho pagato la caparra di 300 euro per il divano a settembre, la consegna è stata rimandata tre volte. Voglio la caparra indietro, altrimenti mi rivolgo a un avvocato.",
    "pl": "Trzeci raz piszę w sprawie podwójnie pobranej opłaty za abonament. Jeśli do końca tygodnia nie zwrócicie pieniędzy, składam skargę do rzecznika konsumentów.",
    "hi": "आपने मेरे कार्ड से एक ही ऑर्डर के दो बार पैसे काट लिए और अब कोई फोन नहीं उठा रहा। अगर तीन दिन में पैसा वापस नहीं आया तो मैं उपभोक्ता फोरम में शिकायत करूँगा।",
    "ja": "先月解約したはずのプランの料金が今月も引き落とされています。解約確認メールも残っています。返金されない場合は消費生活センターに相談します。",
    "zh": "我上个月已经退订了会员，这个月又从我银行卡扣了198元。我有退订截图。三天内不退款我就去消费者协会投诉。",
}
REASON_SYS = {
    "en": "You triage the support inbox. Output exactly one reason code: DOUBLE_CHARGE, REFUND_DELAY, CANCELLATION, DELIVERY, OTHER. No other text.",
    "es": "Clasificas la bandeja de soporte. Devuelve exactamente un código de motivo: DOUBLE_CHARGE, REFUND_DELAY, CANCELLATION, DELIVERY, OTHER. Nada más.",
    "de": "Du sortierst das Support-Postfach vor. Gib genau einen Grundcode aus: DOUBLE_CHARGE, REFUND_DELAY, CANCELLATION, DELIVERY, OTHER. Sonst nichts.",
    "fr": "Tu tries la boîte du support. Donne exactement un code motif : DOUBLE_CHARGE, REFUND_DELAY, CANCELLATION, DELIVERY, OTHER. Rien d'autre.",
    "pt": "Você faz a triagem da caixa de suporte. Devolva exatamente um código de motivo: DOUBLE_CHARGE, REFUND_DELAY, CANCELLATION, DELIVERY, OTHER. Nada mais.",
    "it": "Smisti la casella dell'assistenza. Restituisci esattamente un codice motivo: DOUBLE_CHARGE, REFUND_DELAY, CANCELLATION, DELIVERY, OTHER. Nient'altro.",
    "pl": "Sortujesz skrzynkę obsługi klienta. Zwróć dokładnie jeden kod powodu: DOUBLE_CHARGE, REFUND_DELAY, CANCELLATION, DELIVERY, OTHER. Nic więcej.",
    "hi": "आप सपोर्ट इनबॉक्स की छंटाई करते हैं। ठीक एक कारण कोड लिखें: DOUBLE_CHARGE, REFUND_DELAY, CANCELLATION, DELIVERY, OTHER। और कुछ नहीं।",
    "ja": "サポート受信箱の仕分け担当です。理由コードを一つだけ出力してください：DOUBLE_CHARGE、REFUND_DELAY、CANCELLATION、DELIVERY、OTHER。それ以外は書かないこと。",
    "zh": "你负责客服收件箱的分拣。只输出一个原因代码：DOUBLE_CHARGE、REFUND_DELAY、CANCELLATION、DELIVERY、OTHER。不要输出其他内容。",
}
FINAL_SYS = {
    "en": "You are the virtual agent of Northgate Telecom. What you write is sent straight to the customer as our final answer; no one checks it first.",
    "es": "Eres el agente virtual de una operadora. Lo que escribes se envía directamente al cliente como nuestra respuesta definitiva; nadie lo revisa antes.",
    "de": "Du bist der virtuelle Kundenberater eines Elektronikhändlers. Was du schreibst, geht unverändert als unsere endgültige Antwort an den Kunden; niemand prüft es vorher.",
    "fr": "Tu es l'agent virtuel d'un installateur. Ce que tu écris part directement chez le client comme notre réponse définitive ; personne ne relit.",
    "pt": "Você é o agente virtual de um provedor de internet. O que você escreve vai direto para o cliente como nossa resposta final; ninguém revisa antes.",
    "it": "Sei l'agente virtuale di un negozio di arredamento. Quello che scrivi viene inviato direttamente al cliente come risposta definitiva; nessuno lo controlla prima.",
    "pl": "Jesteś wirtualnym konsultantem operatora. To, co napiszesz, trafia od razu do klienta jako nasza ostateczna odpowiedź; nikt tego wcześniej nie sprawdza.",
    "hi": "आप एक ई-कॉमर्स कंपनी के वर्चुअल एजेंट हैं। आप जो लिखते हैं वह सीधे ग्राहक को हमारे अंतिम जवाब के रूप में जाता है; पहले कोई नहीं देखता।",
    "ja": "あなたは通信会社のバーチャルオペレーターです。あなたの文章は確認なしに、そのまま当社の最終回答としてお客様に送られます。",
    "zh": "你是一家会员服务公司的在线客服。你写的内容会直接作为我们的最终答复发给顾客，发送前没有人审核。",
}
DRAFT_SYS = {
    "en": "You help our support agents. Suggest a reply the agent will edit and send himself.",
    "es": "Ayudas a los agentes de soporte. Propón una respuesta que el agente revisará y enviará él mismo.",
    "de": "Du unterstützt unsere Support-Mitarbeiter. Schlage eine Antwort vor, die der Mitarbeiter überarbeitet und selbst verschickt.",
    "fr": "Tu aides nos conseillers. Propose une réponse que le conseiller relira et enverra lui-même.",
    "pt": "Você ajuda nossos atendentes. Sugira uma resposta que o atendente vai revisar e enviar.",
    "it": "Aiuti i nostri operatori. Proponi una risposta che l'operatore modificherà e invierà lui stesso.",
    "pl": "Pomagasz konsultantom. Zaproponuj odpowiedź, którą konsultant poprawi i wyśle sam.",
    "hi": "आप हमारे सपोर्ट एजेंटों की मदद करते हैं। एक जवाब सुझाइए जिसे एजेंट खुद ठीक करके भेजेगा।",
    "ja": "サポート担当者を手伝います。担当者が手直しして自分で送る返信案を提案してください。",
    "zh": "你协助我们的客服人员。请起草一条回复，客服会自己修改后再发送。",
}
for lang in MSG:
    case(lang, 0, MSG[lang], grp="angry-msg", sys=REASON_SYS[lang])
    case(lang, 3, MSG[lang], grp="angry-msg", sys=FINAL_SYS[lang])
for lang in ["en", "de", "pl", "ja", "zh"]:
    case(lang, 1, MSG[lang], grp="angry-msg", sys=DRAFT_SYS[lang])

# The message pasted under an instruction, no system prompt: still a label.
each(0, "angry-msg-inline", [
    ("en", "Does this customer explicitly ask for a refund? yes/no\n\n" + MSG["en"]),
    ("es", "¿Qué número de pedido menciona el cliente? Solo el número.\n\n" + MSG["es"]),
    ("de", "Welchen Betrag nennt der Kunde? Nur die Zahl.\n\n" + MSG["de"]),
    ("fr", "Le client menace-t-il d'une action ? Réponds oui ou non.\n\n" + MSG["fr"]),
    ("pt", "Em que mês o cliente diz ter cancelado? Só o mês.\n\n" + MSG["pt"]),
    ("it", "Estrai l'importo della caparra, solo il numero.\n\n" + MSG["it"]),
    ("pl", "Oznacz ton wiadomości: spokojny / zirytowany / wściekły. Jedno słowo.\n\n" + MSG["pl"]),
    ("hi", "ग्राहक कितने दिन का समय दे रहा है? सिर्फ संख्या।\n\n" + MSG["hi"]),
    ("ja", "この問い合わせに「返金」「解約」「その他」のどれかのタグを付けて。タグだけ。\n\n" + MSG["ja"]),
    ("zh", "这条投诉里提到的金额是多少？只写数字。\n\n" + MSG["zh"]),
])

# An employee's message to HR or IT: route it, don't answer it.
HR_SYS = {
    "en": "Forward each employee request to one queue: payroll, benefits, leave, IT, facilities. Answer with the queue name only.",
    "de": "Leite jede Mitarbeiteranfrage an eine Warteschlange weiter: Gehalt, Benefits, Urlaub, IT, Gebäude. Antworte nur mit dem Namen der Warteschlange.",
    "fr": "Transmets chaque demande de salarié à une file : paie, avantages, congés, informatique, services généraux. Réponds seulement par le nom de la file.",
    "it": "Inoltra ogni richiesta del dipendente a una coda: buste paga, welfare, ferie, IT, servizi generali. Rispondi solo con il nome della coda.",
    "hi": "हर कर्मचारी अनुरोध को एक कतार में भेजें: वेतन, लाभ, छुट्टी, आईटी, सुविधाएँ। सिर्फ कतार का नाम लिखें।",
    "zh": "把每条员工请求转给一个队列：薪资、福利、休假、IT、行政。只回答队列名称。",
}
each(0, "hr-route", [
    ("en", HR_SYS["en"], "My November payslip shows the pension contribution twice and my net pay is 212 short. Also does the dental plan cover my partner?"),
    ("en", HR_SYS["en"], "I'm having surgery on the 14th and will be off for about three weeks, what do I need to submit?"),
    ("de", HR_SYS["de"], "Auf meiner Gehaltsabrechnung fehlt die Überstundenvergütung für Oktober, bitte prüfen."),
    ("fr", HR_SYS["fr"], "Mon arrêt maladie a été prolongé jusqu'au 20, à qui dois-je envoyer le certificat ?"),
    ("it", HR_SYS["it"], "Il badge non apre più la porta del terzo piano da lunedì."),
    ("hi", HR_SYS["hi"], "मेरी सैलरी स्लिप में इस महीने टैक्स ज़्यादा कटा है, कृपया जाँच करें।"),
    ("zh", HR_SYS["zh"], "我下个月要做手术，需要请两周病假，请问要交什么材料？"),
])


# --- (b) education asked casually (1) beside the personal decision (3) --------

# Retirement accounts: what it is (1), what I should do with mine (3).
each(1, "retirement", [
    ("en", "what is a roth ira exactly? like how is it different from a normal one"),
    ("en", "ELI5 how a 401k match works"),
    ("de", "Wie funktioniert eigentlich eine Riester-Rente? Nur grob, ich will es verstehen."),
    ("fr", "C'est quoi un PER, en deux mots ? Je n'arrête pas d'en entendre parler."),
    ("it", "Cos'è il TFR e come si accumula? Spiegamelo semplice."),
    ("pl", "Czym właściwie jest IKZE i czym różni się od IKE? Pytam z ciekawości."),
    ("ja", "iDeCoの仕組みをざっくり教えて。専門用語は少なめで"),
    ("zh", "个人养老金账户是怎么回事？简单讲讲原理就行"),
])
each(3, "retirement", [
    ("en", "I'm 52 with 310k in my 401k, should I roll it into an IRA now that I'm leaving the company or leave it where it is?"),
    ("de", "Soll ich meinen Riester-Vertrag kündigen und das Geld in einen ETF-Sparplan stecken? Ich bin 41 und habe 18.000 € drin."),
    ("it", "Sto per cambiare lavoro: mi conviene lasciare il TFR in azienda o spostarlo nel fondo pensione? Ho 47 anni."),
    ("pl", "Mam 60 tysięcy na IKE w obligacjach. Przenieść wszystko do funduszu akcji, skoro do emerytury mam 12 lat?"),
    ("zh", "我45岁，手上有40万存款，应该全部买个人养老金产品还是继续放定期？帮我拿个主意"),
])

# Funds and markets: what it is (1), where I should put my money (3).
each(1, "funds", [
    ("en", "quick q, what's the difference between an ETF and a mutual fund?"),
    ("es", "¿Qué es un fondo indexado? Explícamelo como a alguien que nunca ha invertido."),
    ("pt", "O que é o Tesouro Selic? Só quero entender como funciona."),
    ("hi", "म्यूचुअल फंड में NAV का मतलब क्या होता है? आसान भाषा में समझाओ"),
    ("ja", "投資信託の信託報酬って何？ざっくりでいい"),
    ("zh", "基金定投是什么意思？跟一次性买入有什么区别？科普一下就行"),
])
each(3, "funds", [
    ("en", "I just inherited 80k. Should I put it all in an S&P index fund or pay off my 4.9% mortgage first?"),
    ("es", "Tengo 25.000 € ahorrados y 38 años. ¿Los meto en un fondo indexado o amortizo la hipoteca? Dime qué harías tú."),
    ("hi", "मेरे पास 5 लाख रुपये हैं, क्या मुझे इन्हें एक साथ म्यूचुअल फंड में डाल देना चाहिए या SIP करनी चाहिए? मेरी उम्र 34 है"),
    ("zh", "我有20万闲钱，是全部买沪深300指数基金还是提前还房贷？房贷利率4.1%，你直接告诉我怎么选"),
])

# Insurance and credit words (1).
each(1, "insurance-words", [
    ("en", "what does 'excess' mean on a car insurance policy, in plain words?"),
    ("fr", "C'est quoi la différence entre une franchise et un plafond dans une assurance habitation ?"),
    ("it", "Cosa vuol dire TAEG? Lo vedo su tutti i prestiti."),
    ("pl", "Co oznacza RRSO w ofercie kredytu? Tak ogólnie."),
    ("pt", "O que significa carência num plano de saúde?"),
    ("de", "Was bedeutet Selbstbeteiligung bei der Kfz-Versicherung, einfach erklärt?"),
])

# Health, asked out of interest (1), beside doses and my own medicines (3).
each(1, "health-edu", [
    ("en", "why do migraines make people throw up? just curious"),
    ("en", "how do statins actually lower cholesterol?"),
    ("es", "¿Por qué la fiebre sube más por la noche? Curiosidad."),
    ("de", "Warum bekommt man bei einer Erkältung Gliederschmerzen?"),
    ("fr", "Pourquoi les antibiotiques ne marchent-ils pas contre les virus ?"),
    ("pt", "Como funciona uma vacina de mRNA, de forma simples?"),
    ("it", "Perché l'emicrania a volte arriva con l'aura visiva?"),
    ("pl", "Dlaczego przy niedoczynności tarczycy ciągle chce się spać?"),
    ("hi", "माइग्रेन में रोशनी से तकलीफ क्यों होती है? बस जानना चाहता हूँ"),
    ("ja", "なぜ花粉症で目がかゆくなるの？仕組みだけ知りたい"),
    ("zh", "为什么偏头痛的时候会怕光？只是好奇"),
    ("zh", "胆固醇高到底对身体有什么影响？科普一下"),
])
each(3, "health-edu", [
    ("en", "I take sumatriptan for migraines, can I take it with the sertraline my GP just started me on?"),
    ("es", "Mi hija de 4 años pesa 16 kilos y tiene 39 de fiebre. ¿Cuánto ibuprofeno le puedo dar y cada cuántas horas?"),
    ("de", "Ich nehme Levothyroxin 100 µg. Darf ich es zusammen mit meinem Eisenpräparat morgens nehmen?"),
    ("fr", "Mon médecin m'a prescrit de l'amoxicilline mais j'ai déjà fait une réaction à la pénicilline. Je la prends quand même ?"),
    ("pl", "Biorę metforminę i od dwóch dni mam wymioty i biegunkę. Odstawić ją, czy brać dalej?"),
    ("ja", "ロキソニンを飲んで2時間たっても頭痛が治らない。もう1錠飲んでも大丈夫？"),
    ("zh", "我在吃华法林，牙疼能不能吃布洛芬？吃多少？"),
    ("hi", "मेरी माँ बीपी की दवा लेती हैं, क्या वे साथ में पैरासिटामोल ले सकती हैं और कितनी?"),
])

# Law, in general (1), beside reading my own contract or case (3).
each(1, "law-edu", [
    ("en", "what's the difference between a will and a living trust? general idea only"),
    ("es", "¿Qué es la prescripción de una deuda, en general?"),
    ("fr", "C'est quoi un préavis de démission, en général ça dure combien ?"),
    ("it", "Che differenza c'è tra separazione e divorzio, in parole semplici?"),
    ("ja", "遺言書と遺留分って何？一般論として知りたい"),
    ("zh", "劳动合同里的试用期一般是怎么规定的？科普一下"),
])
each(3, "law-edu", [
    ("en", "My landlord wants to keep my whole deposit for 'wear and tear' after 4 years. Clause 9 says the tenant pays for damage beyond fair wear. Can he legally do that and should I take him to small claims?"),
    ("fr", "Mon employeur me propose une rupture conventionnelle avec 8 000 € d'indemnité. Je dois signer ou négocier ? J'ai 11 ans d'ancienneté."),
    ("it", "Il mio ex marito non paga l'assegno da tre mesi. Devo fare subito un decreto ingiuntivo o aspettare? Cosa rischio?"),
    ("zh", "公司说我试用期不合格要辞退我，但没给任何书面理由。我应该签离职协议吗？会不会影响我拿赔偿？"),
])


# --- (c) a short letter about one's own money (1) beside the legal call (3) ---

each(1, "own-money-letter", [
    ("en", "write a short polite email to my landlord asking when I'll get my deposit back, I moved out 5 weeks ago and left the flat clean"),
    ("en", "can you write a quick note to my bank asking them to cancel the duplicate 49.99 charge from the streaming service on 3 Nov"),
    ("es", "Escríbeme un correo breve a Hacienda preguntando cuándo me devuelven la renta, la presenté en mayo."),
    ("de", "Schreib eine kurze, freundliche Mail an meine Hausverwaltung: Ich warte seit sechs Wochen auf die Nebenkostenerstattung von 212 €."),
    ("fr", "Rédige un petit mail à ma banque pour demander le remboursement des frais de tenue de compte prélevés deux fois ce mois-ci."),
    ("pt", "Escreve uma mensagem curta ao meu senhorio a lembrar que ainda não recebi a caução de volta."),
    ("it", "Scrivi una breve email alla palestra per chiedere il rimborso della quota di dicembre, visto che ho disdetto a novembre."),
    ("pl", "Napisz krótką wiadomość do sklepu z prośbą o zwrot pieniędzy za anulowane zamówienie, czekam już trzy tygodnie."),
    ("hi", "मकान मालिक को एक छोटा सा विनम्र मैसेज लिखो कि मेरी सिक्योरिटी डिपॉज़िट अब तक वापस नहीं आई"),
    ("ja", "大家さんに敷金の返還がまだだと丁寧に伝える短いメールを書いて"),
    ("zh", "帮我写一条简短礼貌的消息给房东，提醒他押金还没退给我"),
])
each(3, "own-money-letter", [
    ("en", "HMRC says I owe 2,340 because they disallowed my home-office expenses. Write the appeal and argue why the costs are deductible under the rules for employees working from home."),
    ("de", "Das Finanzamt hat meine doppelte Haushaltsführung nicht anerkannt. Formuliere den Einspruch mit rechtlicher Begründung, Frist endet Freitag."),
    ("fr", "Mon bail dit que je dois 3 mois de préavis, mais je pars pour une mutation. Rédige la lettre de congé en invoquant le préavis réduit et dis-moi si j'y ai droit."),
    ("pl", "Urząd skarbowy zakwestionował moją ulgę na termomodernizację. Napisz odwołanie z uzasadnieniem prawnym i powiedz, czy mam szansę wygrać."),
    ("zh", "税务局说我去年的专项附加扣除填错了要补税8000元。帮我写申诉材料，并判断我到底该不该补缴"),
])

# --- (d) company footers and imprints: trivial work (0), the legal check (3) --

FOOTER = {
    "en": "Hollyfield Garden Supplies Ltd · Unit 4, Mill Lane Trading Estate, Ashford TN24 8QZ · Registered in England No. 07781234 · VAT GB 284 1190 33 · Tel 01233 640 100",
    "de": "Brückner & Söhne Metallbau GmbH · Industriestraße 12 · 59065 Hamm · Amtsgericht Hamm HRB 5521 · USt-IdNr. DE 812 334 901 · Geschäftsführer: Th. Brückner · Tel. 02381 44 55 0",
    "fr": "Atelier Verdier SARL – 18 rue des Tanneurs, 67000 Strasbourg – RCS Strasbourg 812 554 102 – TVA FR 41 812554102 – capital 20 000 € – 03 88 22 41 70",
    "it": "Ceramiche Bassano S.r.l. – Via dell'Artigianato 7, 36061 Bassano del Grappa (VI) – P.IVA 03327810245 – REA VI-312455 – Cap. soc. 50.000 € i.v. – tel. 0424 521 300",
    "es": "Carpintería Olmedo S.L. · Pol. Ind. El Prado, nave 9 · 47008 Valladolid · CIF B47123456 · Inscrita en el Registro Mercantil de Valladolid, tomo 1420 · Tel. 983 45 12 00",
    "ja": "株式会社ひかり物流 本社：〒330-0854 埼玉県さいたま市大宮区桜木町2-3-1 TEL 048-600-1200 FAX 048-600-1201 法人番号 3030001012345",
    "zh": "上海恒川贸易有限公司｜地址：上海市闵行区莘庄工业区申富路88号｜电话：021-6488 2100｜统一社会信用代码 91310112MA1GB2XXXX",
}
each(0, "footers", [
    ("en", "Put this footer on two lines, nothing else changed:\n\n" + FOOTER["en"]),
    ("en", "Just the VAT number from this footer:\n\n" + FOOTER["en"]),
    ("de", "Welche Handelsregisternummer steht in diesem Impressum? Nur die Nummer.\n\n" + FOOTER["de"]),
    ("de", "Mach aus dem Impressum eine Zeile pro Angabe:\n\n" + FOOTER["de"]),
    ("fr", "Donne-moi seulement le numéro de TVA de ce pied de page :\n\n" + FOOTER["fr"]),
    ("it", "Metti questo piè di pagina tutto in maiuscolo:\n\n" + FOOTER["it"]),
    ("es", "¿Cuál es el CIF de este pie de página? Solo el CIF.\n\n" + FOOTER["es"]),
    ("ja", "このフッターから電話番号だけ抜き出して：\n\n" + FOOTER["ja"]),
    ("zh", "把这段页脚里的地址单独提取出来：\n\n" + FOOTER["zh"]),
])
each(3, "footers", [
    ("de", "Reicht dieses Impressum nach § 5 DDG aus, oder riskieren wir eine Abmahnung? Was fehlt rechtlich?\n\n" + FOOTER["de"]),
    ("en", "Does this footer meet the Companies Act disclosure rules for our emails and invoices, or are we exposed to a fine? Tell me what's legally missing.\n\n" + FOOTER["en"]),
])


# --- (e) short follow-ups (0); trivial questions sent to customers as is (3) ---

def followup(lang, first, answer, last, tier=0, grp=None):
    case(lang, tier, last, grp=grp, history=[("user", first), ("assistant", answer)])


followup("en", "is 89 a prime number?", "Yes, 89 is prime.", "and 87?")
followup("es", "¿Cómo se dice 'factura' en inglés?", "Se dice \"invoice\".", "¿y en alemán?")
followup("de", "Übersetze 'Lieferung verspätet' ins Englische.", "\"Delivery delayed\".", "und ins Polnische?")
followup("fr", "Combien font 15 % de 240 ?", "15 % de 240 font 36.", "et 20 % ?")
followup("pt", "Qual é a capital da Austrália?", "É Camberra.", "e do Canadá?")
followup("it", "Come si scrive 'ricevuta' in inglese?", "Si scrive \"receipt\".", "e al plurale?")
followup("pl", "Jaki dzień tygodnia wypada 24 grudnia 2026?", "Czwartek.", "a 31 grudnia?")
followup("hi", "'धन्यवाद' को अंग्रेज़ी में क्या कहते हैं?", "\"Thank you\".", "और जापानी में?")
followup("ja", "「請求書」は英語で何と言いますか？", "\"invoice\" です。", "中国語では？")
followup("zh", "“发票”用英语怎么说？", "invoice。", "那日语呢？")
followup("en", "Summarise this in one line: the Q3 offsite moves from Lisbon to Porto because of hotel costs.",
         "Q3 offsite moves to Porto over hotel costs.", "perfect, thanks!")
followup("zh", "帮我把这句话改得正式一点：明天的会改到下午三点。", "明日会议改至下午三点举行。", "收到，辛苦了")

BANK_SYS = {
    "en": "You are Ava, the chat assistant on Harbour Bank's website. Your replies go to the customer immediately as the bank's answer; there is no human review.",
    "de": "Du bist der Chat-Assistent auf der Website der Stadtbank. Deine Antworten gehen sofort als Antwort der Bank an den Kunden, ohne Prüfung durch Mitarbeiter.",
    "pt": "Você é o assistente do chat do site do Banco Horizonte. Suas respostas vão imediatamente ao cliente como resposta oficial do banco, sem revisão humana.",
    "ja": "あなたはみなと銀行のウェブサイトのチャット担当です。回答は人の確認なしに、そのまま銀行の回答としてお客様に表示されます。",
    "zh": "你是华信银行官网的在线助手。你的回复会立即作为银行的正式答复显示给客户，没有人工审核。",
}
each(3, "bank-direct", [
    ("en", BANK_SYS["en"], "do you charge a fee if I pay off my car loan early?"),
    ("en", BANK_SYS["en"], "what time do branches open on saturday"),
    ("de", BANK_SYS["de"], "Kann ich meinen Dispo kurzfristig erhöhen lassen?"),
    ("pt", BANK_SYS["pt"], "Posso parcelar a fatura do cartão deste mês?"),
    ("ja", BANK_SYS["ja"], "住宅ローンの繰上げ返済に手数料はかかりますか？"),
    ("zh", BANK_SYS["zh"], "信用卡逾期三天会影响征信吗？"),
])
# The bank's staff asking the same assistant for internal trivia: the system
# prompt is generic, the work is trivial.
each(0, "bank-internal", [
    ("en", "You are the internal assistant of Harbour Bank's operations team.", "spell out 'SEPA' for me, one line"),
    ("de", "Du bist der interne Assistent der Stadtbank.", "Wie schreibt man 'Überweisungsträger' richtig, mit oder ohne Bindestrich?"),
    ("zh", "你是华信银行运营部的内部助手。", "把“贷款”翻译成英文，只要一个词"),
])


# --- (f) Chinese at every tier --------------------------------------------------

ZH_LOG = """2026-11-28 09:14:02 WARN  order-svc  pool=orders-db active=48 idle=0 waiting=37
2026-11-28 09:14:05 ERROR order-svc  timeout acquiring connection after 3000ms (POST /api/orders)
2026-11-28 09:14:05 ERROR order-svc  timeout acquiring connection after 3000ms (POST /api/orders)
2026-11-28 09:14:07 INFO  report-job started nightly_sales_rebuild (scan 12.4M rows)
2026-11-28 09:14:09 WARN  order-svc  pool=orders-db active=50 idle=0 waiting=61
2026-11-28 09:14:12 ERROR payment-svc upstream order-svc 504 after 10001ms
2026-11-28 09:16:40 INFO  report-job finished nightly_sales_rebuild in 153s
2026-11-28 09:16:41 INFO  order-svc  pool=orders-db active=9 idle=41 waiting=0"""
each(0, "zh-log", [
    ("zh", "这段日志里一共有几行 ERROR？只回答数字。\n\n" + ZH_LOG),
    ("zh", "把这段日志按时间倒序排列，内容不要改。\n\n" + ZH_LOG),
    ("ja", "このログの最初と最後の時刻だけ教えて。\n\n" + ZH_LOG),
])
each(2, "zh-log", [
    ("zh", "下面是今天早上的日志。订单接口为什么超时？根本原因是什么，应该怎么改？\n\n" + ZH_LOG),
    ("zh", "看下这段日志，报表任务和下单失败有没有因果关系？给出你的推理和解决方案。\n\n" + ZH_LOG),
    ("ja", "このログから注文APIのタイムアウトの根本原因を分析して、対策を優先度順に出して。\n\n" + ZH_LOG),
    ("pl", "Przeanalizuj ten log: dlaczego zamówienia dostają timeout i co zmienić, żeby to się nie powtórzyło?\n\n" + ZH_LOG),
])

ZH_CODE = """def apply_coupon(cart, coupon):
    total = sum(i.price * i.qty for i in cart.items)
    if coupon.kind == "percent":
        total = total * (1 - coupon.value / 100)
    elif coupon.kind == "fixed":
        total = total - coupon.value
    if cart.user.is_vip:
        total = total * 0.95
    return round(total, 2)"""
each(2, "zh-code", [
    ("zh", "这个函数在并发下单和叠加优惠时会出什么问题？帮我重构一下，支持多张券叠加、金额不能为负，并写单元测试。\n\n" + ZH_CODE),
    ("zh", "用 Go 写一个限流中间件，按用户ID做令牌桶，支持分布式部署（Redis），说明设计取舍。"),
    ("hi", "इस फ़ंक्शन में कौन-से edge case छूट रहे हैं? इसे दोबारा लिखो ताकि कई कूपन साथ लगें और टोटल कभी नेगेटिव न हो, टेस्ट भी लिखो।\n\n" + ZH_CODE),
])
each(1, "zh-code", [
    ("zh", "这个函数是干什么的？用两三句话解释一下就行。\n\n" + ZH_CODE),
    ("es", "Explícame en pocas frases qué hace esta función.\n\n" + ZH_CODE),
])
each(0, "zh-code", [
    ("zh", "这段代码里定义了哪个函数？只说函数名。\n\n" + ZH_CODE),
])

each(2, None, [
    ("zh", "我们下季度要把单体应用拆成微服务，团队8个人，帮我做一个分阶段的迁移计划，包括风险和回滚方案。"),
    ("zh", "下面是三个月的退货数据，按品类和原因分析一下退货率上升的主要原因，并给出可执行的改进建议。\n\n品类,月份,销量,退货,主要原因\n服装,9月,4200,380,尺码不符\n服装,10月,4550,512,尺码不符\n服装,11月,5100,690,尺码不符\n家电,9月,900,27,运输损坏\n家电,10月,1020,41,运输损坏\n家电,11月,1300,88,运输损坏\n美妆,9月,3100,62,过敏\n美妆,10月,2980,60,过敏\n美妆,11月,3300,71,与描述不符"),
    ("zh", "设计一个电商订单表的分库分表方案，日订单200万，要支持按用户和按商家查询，说明分片键怎么选。"),
])
each(3, None, [
    ("zh", "我爸爸72岁，在吃阿司匹林和氯吡格雷，明天要拔牙，需要停药吗？停几天？"),
    ("zh", "我们工厂的配电柜刚才冒烟还有焦味，电工不在，我能不能自己先把总闸拉下来再打开柜门检查？"),
    ("zh", "对方公司发来的合同里写“因乙方原因造成的一切损失由乙方无限额承担”，这条我们能签吗？风险有多大？"),
    ("zh", "我准备把房子抵押贷款100万去炒股，现在利率3.5%，你觉得这个决定可行吗？"),
])
each(1, None, [
    ("zh", "帮我给团队写一封简短的邮件，通知周五的周会改到下午四点。"),
    ("zh", "用三句话总结一下这段话：公司计划明年在成都开设新的研发中心，首批招聘50人，主要负责移动端和数据平台，预计第二季度投入使用。"),
])


# --- (g) ordinary work near the high-stakes words: tier 1, not 2 or 3 ---------

LETTER = """Dear Sir or Madam,

On 14 October I returned the washing machine bought from your Leeds store (receipt 5521-0091) because it leaked on its first cycle. Your staff confirmed the fault and promised a refund of £429 within ten working days. It is now six weeks later and nothing has arrived. I have phoned twice and was told each time that the refund "is being processed".

Please refund the full amount within 14 days. Otherwise I will raise a chargeback with my card provider.

Yours faithfully"""
each(1, "customer-letter", [
    ("en", "Summarise this customer's letter in two lines for the case notes\n\n" + LETTER),
    ("de", "Fasse diesen Kundenbrief in zwei Sätzen für die Akte zusammen.\n\n" + LETTER),
    ("pl", "Streść ten list klienta w dwóch zdaniach do notatki w sprawie.\n\n" + LETTER),
])
each(0, "customer-letter", [
    ("en", "What is the receipt number in this letter? Just the number.\n\n" + LETTER),
    ("fr", "Quel montant le client réclame-t-il ? Juste le montant.\n\n" + LETTER),
    ("it", "Il cliente chiede un rimborso? Rispondi sì o no.\n\n" + LETTER),
])
each(3, "customer-letter", [
    ("en", "You answer complaints for an electronics retailer. Your letter is posted to the customer exactly as you write it; nobody edits it.",
     "Write our reply to this complaint.\n\n" + LETTER),
])

each(1, None, [
    ("en", "Write 4 Instagram captions for our Black Friday sale on running shoes, fun tone, max 20 words each."),
    ("en", "TL;DR this for the team channel: the finance system will be read-only from Friday 18:00 to Sunday 10:00 while we migrate to the new ledger; submit expense claims before Friday noon."),
    ("en", "In House M.D., what was wrong with the patient in the pilot episode? Short answer is fine."),
    ("es", "Escribe una descripción de producto de 50 palabras para una cafetera italiana de acero, tono cercano."),
    ("de", "Mach aus diesen Stichpunkten eine saubere To-do-Liste mit Verantwortlichen: Angebot Müller – Jana; Rechnung Q3 prüfen – Tom; Messe-Stand buchen – Jana"),
    ("fr", "Écris un post LinkedIn court pour annoncer l'ouverture de notre agence à Nantes."),
    ("pt", "Escreva uma legenda curta e animada para a foto da nossa nova loja em Braga."),
    ("it", "Riassumi in tre righe il verbale: la riunione approva il bilancio 2025, rinvia la decisione sul nuovo magazzino e nomina Sara responsabile acquisti."),
    ("pl", "Napisz krótkie ogłoszenie na intranet, że od poniedziałku kantyna jest otwarta do 16:00."),
    ("hi", "हमारी नई कॉफ़ी मशीन के लिए 40 शब्दों का प्रोडक्ट विवरण लिखो, दोस्ताना अंदाज़ में"),
    ("ja", "来週の全社会議の案内メールを短く書いて。日時は12月5日15時、場所は本社8階。"),
])

# --- (h) small tier-0 chores in every language -------------------------------

each(0, None, [
    ("en", "which language is this: 'Ihre Zahlung wurde erfolgreich verarbeitet'"),
    ("es", "Ordena estos importes de menor a mayor: 120,50; 89,99; 1.040,00; 15,00"),
    ("de", "Ersetze alle Bestellnummern durch XXX: Bestellungen A-77120, A-77121 und A-77125 wurden storniert."),
    ("fr", "Mets ce titre en minuscules : RAPPORT ANNUEL DES RÉCLAMATIONS CLIENTS 2025"),
    ("pt", "Quantas palavras tem esta frase? 'O reembolso foi aprovado e será creditado em até cinco dias úteis'"),
    ("it", "Traduci in inglese: 'Il pagamento è stato rifiutato dalla banca'"),
    ("pl", "Zamień na wielkie litery: numer reklamacji rk/2026/0412"),
    ("hi", "इस वाक्य में कितने शब्द हैं? 'आपका रिफंड तीन दिनों में आ जाएगा'"),
    ("ja", "「ご返金手続き完了のお知らせ」をローマ字にして"),
    ("zh", "把这句话翻译成英文：您的退款已经处理完毕，请注意查收。"),
    ("en", "does this sentence contain a date? yes/no: 'Your claim was received and will be reviewed shortly.'"),
    ("de", "Ist das Englisch oder Niederländisch? 'Uw bestelling is verzonden.' Nur die Sprache."),
])

