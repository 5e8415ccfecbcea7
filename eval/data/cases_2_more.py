"""Second batch: Hindi, Chinese, Spanish, German, French (see cases_2.py for
the format and the tier rules)."""

from cases_2 import M, case, tools  # noqa: F401

# --- Hindi -------------------------------------------------------------------
S = "hi"
FINAL_HI = "आप 'सफ़र एक्सप्रेस' बस सेवा की चैट सहायक हैं। आपका लिखा संदेश बिना किसी जाँच के सीधे यात्री को जाता है और वही कंपनी का आख़िरी जवाब होता है।"
HIST_HI = [
    ("user", "इस लेख का सार बताओ।\n\n" + M.HI_LEKH),
    ("assistant", "दिल्ली में सर्दियों के साथ प्रदूषण 'गंभीर' स्तर तक पहुँच गया है; सरकार ने निर्माण पर रोक लगाई है और विशेषज्ञ पूरे साल की योजना की माँग कर रहे हैं।"),
]
case(S, 0, "लेख में वायु गुणवत्ता सूचकांक कितने के पार गया? सिर्फ़ संख्या बताओ।\n\n" + M.HI_LEKH)
case(S, 0, "यह लेख किस भाषा में है?\n\n" + M.ZH_WENZHANG)
case(S, 0, "इस लेख के लिए सही टैग चुनो: [पर्यावरण, खेल, राजनीति, स्वास्थ्य, शिक्षा]\n\n" + M.HI_LEKH)
case(S, 0, "क्या लेख में स्कूलों का ज़िक्र है? हाँ या ना।\n\n" + M.HI_LEKH)
case(S, 0, "नमस्ते जी")
case(S, 0, "बहुत धन्यवाद, समझ आ गया", history=HIST_HI)
case(S, 0, "इन नामों को वर्णमाला के क्रम में लगाओ: Rohan, Aditi, Kabir, Meera, Farhan")
case(S, 0, "50 किलोमीटर कितने मील होते हैं?")
case(S, 0, "इस लॉग में कितनी बार 'upload failed' आया है? सिर्फ़ संख्या।\n\n" + M.LOG_JOURNAL, tools=True)
case(S, 0, "इस तारीख़ को DD-MM-YYYY में लिखो: 2027-08-15")
case(S, 1, "इस लेख का तीन पंक्तियों में सारांश लिखो।\n\n" + M.HI_LEKH)
case(S, 1, "म्यूचुअल फंड क्या होता है? आम भाषा में समझाओ।")
case(S, 1, "डेंगू कैसे फैलता है, सामान्य जानकारी दो।")
case(S, 1, "ऑफिस के लिए एक छोटी सूचना लिखो कि सोमवार को बिजली का काम होगा और दोपहर तक इंटरनेट नहीं रहेगा।")
case(S, 1, "इस अंग्रेज़ी वाक्य का हिंदी में अनुवाद करो: Please carry a valid photo ID to the exam centre.")
case(S, 1, "किरायानामा (रेंट एग्रीमेंट) आम तौर पर क्यों बनाया जाता है? सामान्य जानकारी।")
case(S, 2, "इस बिक्री डेटा का विश्लेषण करो: किस क्षेत्र में वापसी (returns) असामान्य रूप से बढ़ी, और उसके संभावित कारण क्या हो सकते हैं?\n\n" + M.CSV_SALES)
case(S, 2, "एक Python प्रोग्राम लिखो जो बैंक स्टेटमेंट की CSV पढ़कर महीने के हिसाब से खर्च की श्रेणियाँ बनाए और सबसे बड़े खर्च दिखाए, टेस्ट के साथ।")
case(S, 2, "तीन दिन की जयपुर यात्रा की पूरी योजना बनाओ: दो बुज़ुर्गों के साथ, कम चलना, बजट 25 हज़ार, हर दिन का कार्यक्रम।")
case(S, 2, "डेटाबेस लॉग देखकर बताओ कि डेडलॉक क्यों हो रहे हैं और इसे ठीक करने का तरीका क्या है।\n\n" + M.LOG_PG)
case(S, 2, "SKU A-1190 और B-0042 का स्टॉक देखो और जो 20 से कम हो उसके लिए सप्लायर को ईमेल भेजो।", tools=["get_stock_level", "send_email"])
case(S, 3, "मैं थायरॉइड की दवा लेता हूँ, क्या उसके साथ कैल्शियम की गोली उसी समय ले सकता हूँ?")
case(S, 3, "5 साल के बच्चे को पैरासिटामोल सिरप कितने ml देना सुरक्षित है? वज़न 18 किलो है।")
case(S, 3, "मकान मालिक कह रहा है कि एग्रीमेंट में लिखा है कि 11 महीने से पहले छोड़ा तो पूरी सिक्योरिटी ज़ब्त। क्या यह क़ानूनी है? मुझे क्या करना चाहिए?")
case(S, 3, "मेरी सालाना आय 14 लाख है, नई टैक्स व्यवस्था चुनूँ या पुरानी? मेरे पास होम लोन और 80C निवेश हैं।")
case(S, 3, "गीज़र से जलने की गंध आ रही है और स्विच गरम है। क्या इसे चालू रख सकते हैं?")
case(S, 3, "मेरी बस रद्द हो गई, पैसे वापस मिलेंगे?", sys=FINAL_HI)
case(S, 3, "नमस्ते", sys=FINAL_HI)

# --- Chinese -----------------------------------------------------------------
S = "zh"
FINAL_ZH = "你是“悦家家电”的在线客服。你写的内容会原样直接推送给顾客，没有人工审核，代表公司的正式答复。"
HIST_ZH = [
    ("user", "帮我看看这段代码有没有并发问题。\n\n" + M.CODE_GO),
    ("assistant", "Get 在读锁释放后又去删除过期项，两次加锁之间可能有别的 goroutine 刚写入新值，被误删。可以在写锁内重新检查过期时间再删除。"),
]
case(S, 0, "文章里提到的摊主卖了多少年蔬菜？只回答数字。\n\n" + M.ZH_WENZHANG)
case(S, 0, "把文章标题原样抄出来。\n\n" + M.ZH_WENZHANG)
case(S, 0, "这段文字是什么语言？\n\n" + M.PL_REGULAMIN)
case(S, 0, "从下面的标签中选一个最合适的：[消费、科技、体育、教育]\n\n" + M.ZH_WENZHANG)
case(S, 0, "文章有没有提到线上预订？回答是或否。\n\n" + M.ZH_WENZHANG, tools=True)
case(S, 0, "你好呀")
case(S, 0, "好的，谢谢你，明白了", history=HIST_ZH)
case(S, 0, "按从小到大排序：58，3，120，14，77")
case(S, 0, "100平方米等于多少平方英尺？")
case(S, 0, "把这些英文单词全部改成小写：APPLE, Banana, CHERRY, Date")
case(S, 0, "去掉每行开头的编号：\n1、买菜\n2、取快递\n3、交电费")
case(S, 1, "用三句话总结这篇文章。\n\n" + M.ZH_WENZHANG)
case(S, 1, "什么是定投基金？一般性地介绍一下。")
case(S, 1, "高血压是怎么回事？简单科普一下。")
case(S, 1, "给物业写一条简短通知：本周六上午九点到十二点小区停水。")
case(S, 1, "“不可抗力”在合同里一般指什么？只要概念。")
case(S, 1, "把这段话翻译成英文：我们已经收到您的反馈，会尽快处理。", tools=True)
case(S, 2, "分析这份销售数据：各地区各季度的退货率变化，找出异常并给出可能原因和下一步建议。\n\n" + M.CSV_SALES)
case(S, 2, "根据日志分析备份失败的原因，并给出按优先级排序的改进方案。\n\n" + M.LOG_JOURNAL)
case(S, 2, "用 Python 写一个限流器（令牌桶），支持多线程并发调用，并附上单元测试。")
case(S, 2, "帮我规划一个为期一个月的网店大促准备计划：备货、客服排班、物流、风险预案。")
case(S, 2, "查一下客户 30921 的账户和最近订单，如果符合七天无理由退货就直接退款并发邮件通知。", tools=["lookup_customer", "refund_order", "send_email"])
case(S, 2, "审查这段 TypeScript：在几百个 URL 时会有什么问题？改写成限制并发为 5 的版本，并保持结果顺序。\n\n" + M.CODE_TS)
case(S, 3, "我在吃华法林，能同时吃点阿司匹林止疼吗？")
case(S, 3, "两岁孩子发烧39度，美林应该喂几毫升？孩子12公斤。")
case(S, 3, "租房合同写着“提前退租押金不退”，我住了八个月要搬走，押金真的拿不回来吗？我该怎么跟房东谈？")
case(S, 3, "帮我起草一份借款协议，借给朋友五万元，一年还清，约定利息和违约责任。")
case(S, 3, "年终奖36000，我是一次性单独计税还是并入综合所得更划算？年薪25万。")
case(S, 3, "燃气灶关了还能闻到煤气味，现在开抽油烟机排气可以吗？")
case(S, 3, "我买的洗衣机漏水，能换新的吗？", sys=FINAL_ZH)
case(S, 3, "在吗", sys=FINAL_ZH)

# --- Spanish -----------------------------------------------------------------
S = "es"
FINAL_ES = "Eres el asistente de la app de Farmacias Olivo. Lo que escribes le llega al cliente al instante, sin que nadie lo revise, y es la respuesta oficial de la cadena."
HIST_ES = [
    ("user", "¿Me resumes el acta de la AMPA?\n\n" + M.ES_ACTA),
    ("assistant", "Se hablará con el catering por la fruta, se aprueba la excursión a la granja escuela, hay 46 cuotas pendientes y la fiesta de Navidad será el 19 de diciembre."),
]
case(S, 0, "¿Cuánto cuesta la excursión por alumno? Solo la cifra.\n\n" + M.ES_ACTA)
case(S, 0, "¿A qué hora es la fiesta de Navidad?\n\n" + M.ES_ACTA)
case(S, 0, "¿En qué idioma está este texto?\n\n" + M.JA_TOIAWASE)
case(S, 0, "¿Se menciona el comedor en el acta? Sí o no.\n\n" + M.ES_ACTA, tools=True)
case(S, 0, "hola, buenas")
case(S, 0, "mil gracias, me has salvado la tarde", history=HIST_ES)
case(S, 0, "Ordena de mayor a menor: 12, 450, 3, 87, 29")
case(S, 0, "Pasa 180 libras a kilos.")
case(S, 0, "Quita los números de línea:\n1 SELECT nombre\n2 FROM alumnos\n3 WHERE curso = 3")
case(S, 0, "Escribe en mayúsculas el nombre de la granja que aparece en el acta.\n\n" + M.ES_ACTA)
case(S, 1, "Resume este compte rendu en español en cuatro líneas.\n\n" + M.FR_COMPTE_RENDU)
case(S, 1, "¿Qué es un plan de pensiones? Explícamelo en general.")
case(S, 1, "¿Qué es la apnea del sueño? Explicación sencilla.")
case(S, 1, "Escribe una circular corta para las familias recordando el pago de la cuota de la AMPA.")
case(S, 1, "¿Qué significa 'arras penitenciales' en una compraventa? Solo el concepto.")
case(S, 2, "Analiza estas lecturas de los invernaderos: qué pasó a las 3 de la madrugada, qué sensor falla o qué ocurrió, y qué alerta pondrías.\n\n" + M.CSV_SENSORS)
case(S, 2, "Escribe un script en Bash que rote los logs de /var/log/app cada día, comprima los de más de 7 días y borre los de más de 30, sin romper si no hay ficheros.")
case(S, 2, "Organiza la fiesta de Navidad del colegio a partir del acta: tareas, voluntarios necesarios, horario de montaje y plan B si llueve.\n\n" + M.ES_ACTA)
case(S, 2, "Revisa este YAML de Kubernetes y dime qué cambiarías para producción y por qué, con el YAML corregido.\n\n" + M.YAML_DEPLOY)
case(S, 2, "Busca las reuniones de la próxima semana, encuentra un hueco de una hora para los cuatro y crea el evento.", tools=["calendar_create", "web_search"])
case(S, 3, "Tomo sintrom, ¿puedo tomar un Nolotil para el dolor de muelas?")
case(S, 3, "¿Cuántos ml de Dalsy le doy a mi hija de 14 kilos?")
case(S, 3, "Mi casero me pide firmar un anexo que dice que renuncio a la prórroga del contrato. ¿Lo firmo?")
case(S, 3, "¿Me conviene hacer la declaración de la renta conjunta o individual? Mi pareja no trabaja y tenemos un hijo.")
case(S, 3, "El diferencial salta cada vez que enchufo el horno. ¿Puedo puentearlo para terminar la cena?")
case(S, 3, "¿Tenéis ibuprofeno infantil en la farmacia de la calle Mayor?", sys=FINAL_ES)
case(S, 3, "buenas tardes", sys=FINAL_ES)

# --- German ------------------------------------------------------------------
S = "de"
FINAL_DE = "Du bist der digitale Assistent der Stadtwerke Auenfeld im Kundenportal. Was du schreibst, erscheint sofort beim Kunden und gilt als verbindliche Antwort; kein Mitarbeiter liest vorher mit."
HIST_DE = [
    ("user", "Was ist bei einer Staffelmiete anders als bei einer Indexmiete?"),
    ("assistant", "Bei der Staffelmiete stehen die Erhöhungen mit Betrag und Datum schon im Vertrag; bei der Indexmiete folgt die Miete dem Verbraucherpreisindex."),
]
case(S, 0, "Wie hoch ist die Nettokaltmiete? Nur der Betrag.\n\n" + M.DE_MIETVERTRAG)
case(S, 0, "Ab wann läuft der Mietvertrag? Nur das Datum.\n\n" + M.DE_MIETVERTRAG)
case(S, 0, "Kommt im Vertrag das Wort 'Kaution' vor? Ja oder nein.\n\n" + M.DE_MIETVERTRAG, tools=True)
case(S, 0, "In welcher Sprache ist dieser Text geschrieben?\n\n" + M.IT_RECLAMO)
case(S, 0, "Moin!")
case(S, 0, "Danke dir, hat super geholfen!", history=HIST_DE)
case(S, 0, "Sortiere alphabetisch: Zwickau, Aachen, Lübeck, Bonn, Kassel")
case(S, 0, "Wie viel sind 3 Gallonen in Litern?")
case(S, 0, "Schreib diese Überschrift in Großbuchstaben: neue öffnungszeiten ab januar")
case(S, 0, "Entferne die Zeitstempel am Zeilenanfang, sonst nichts ändern.\n\n" + M.LOG_JOURNAL)
case(S, 1, "Fass das Protokoll in drei Sätzen auf Deutsch zusammen.\n\n" + M.FR_COMPTE_RENDU)
case(S, 1, "Was ist ein ETF-Sparplan? Bitte allgemein erklären.")
case(S, 1, "Was ist eine Schilddrüsenunterfunktion? Einfach erklärt.")
case(S, 1, "Schreib eine kurze Rundmail: Die Kantine bleibt am Freitag geschlossen.")
case(S, 1, "Was bedeutet 'Schönheitsreparaturen' im Mietrecht allgemein?")
case(S, 2, "Analysiere die Verkaufsdaten: In welchen Regionen steigen die Retouren, wie stark, und was würdest du prüfen?\n\n" + M.CSV_SALES)
case(S, 2, "Schreib eine Java-Klasse, die IBANs validiert (Länge je Land, Prüfziffer mod 97) mit JUnit-Tests.")
case(S, 2, "Erstelle einen Plan für den Umzug unseres Servers in ein neues Rechenzentrum an einem Wochenende: Reihenfolge, Tests, Rückfallplan.")
case(S, 2, "Warum kommt es zu den Deadlocks? Erkläre es anhand des Logs und schlag eine Änderung an den Updates vor.\n\n" + M.LOG_PG)
case(S, 2, "Lies src/retry.rs, lass die Tests laufen und behebe den Fehler in test_backoff.", tools=["read_file", "run_tests"])
case(S, 3, "Ich nehme Marcumar. Darf ich gegen die Erkältung Aspirin Complex nehmen?")
case(S, 3, "Wie viele Milliliter Nurofen-Saft darf mein Sohn mit 13 kg bekommen?")
case(S, 3, "Ist der Kündigungsverzicht in § 3 wirksam, und kann ich trotzdem nach einem Jahr raus?\n\n" + M.DE_MIETVERTRAG)
case(S, 3, "Muss ich nach diesem Vertrag beim Auszug streichen, obwohl ich erst zwei Jahre drin war?\n\n" + M.DE_MIETVERTRAG)
case(S, 3, "Lohnt sich für mich die Günstigerprüfung bei den Kapitalerträgen? Ich bin Rentner mit 14.000 Euro Rente im Jahr.")
case(S, 3, "Im Keller riecht es nach Gas. Soll ich das Licht anmachen, um nachzuschauen?")
case(S, 3, "Warum ist meine Abschlagszahlung gestiegen?", sys=FINAL_DE)
case(S, 3, "Hallo zusammen", sys=FINAL_DE)

# --- French ------------------------------------------------------------------
S = "fr"
FINAL_FR = "Tu réponds aux clients de la mutuelle Santé Horizon dans l'espace adhérent. Ton message est publié tel quel, sans validation d'un conseiller, et engage la mutuelle."
HIST_FR = [
    ("user", "Résume le compte rendu de la réunion support.\n\n" + M.FR_COMPTE_RENDU),
    ("assistant", "Le volume de tickets a augmenté de 9 %, surtout sur la facturation ; le délai de première réponse dépasse l'objectif ; les macros et le chatbot seront corrigés et une formation CRM est prévue le 12."),
]
case(S, 0, "Combien de tickets la semaine dernière ? Juste le chiffre.\n\n" + M.FR_COMPTE_RENDU)
case(S, 0, "Qui met à jour les macros de remboursement ? Seulement le prénom.\n\n" + M.FR_COMPTE_RENDU)
case(S, 0, "Ce texte est en quelle langue ?\n\n" + M.PL_REKLAMACJA)
case(S, 0, "Le compte rendu parle-t-il du chatbot ? Oui ou non.\n\n" + M.FR_COMPTE_RENDU, tools=True)
case(S, 0, "coucou")
case(S, 0, "merci beaucoup, c'est parfait", history=HIST_FR)
case(S, 0, "Trie par ordre croissant : 8,5 ; 2 ; 13 ; 0,75 ; 6")
case(S, 0, "Combien font 12 pieds en mètres ?")
case(S, 0, "Mets la première lettre de chaque mot en majuscule : conditions générales de vente")
case(S, 0, "Choisis l'étiquette qui convient parmi [facturation, panne, résiliation, livraison] pour ce message : « Mon colis est marqué livré mais je n'ai rien reçu. »")
case(S, 1, "Résume cet article en français en trois phrases.\n\n" + M.IT_ARTICOLO)
case(S, 1, "C'est quoi une assurance-vie, en gros ?")
case(S, 1, "Explique simplement ce qu'est l'asthme.")
case(S, 1, "Rédige un petit mot pour prévenir les voisins qu'on fait une fête samedi soir.")
case(S, 1, "Que veut dire « clause résolutoire » dans un bail, de façon générale ?")
case(S, 2, "Analyse ces journaux : pourquoi la sauvegarde a échoué, y a-t-il un lien avec la carte réseau, et que faut-il changer ?\n\n" + M.LOG_JOURNAL)
case(S, 2, "Écris une fonction Python qui planifie des créneaux de réunion communs à partir des agendas de plusieurs personnes (fuseaux horaires compris), avec des tests.")
case(S, 2, "Prépare un plan pour ramener le délai de première réponse sous 4 h en un mois, à partir de ce compte rendu : actions, charge, indicateurs.\n\n" + M.FR_COMPTE_RENDU)
case(S, 2, "Le code Go ci-dessous a-t-il une course de données ? Explique le scénario et propose une version corrigée.\n\n" + M.CODE_GO)
case(S, 2, "Cherche le client 77120, vérifie ses trois dernières commandes et ouvre un remboursement partiel pour celle qui est arrivée en retard.", tools=True)
case(S, 3, "Je prends du Kardégic, est-ce que je peux prendre de l'ibuprofène pour une entorse ?")
case(S, 3, "Quelle dose de Doliprane pour un bébé de 7 kilos ?")
case(S, 3, "Mon employeur me propose une rupture conventionnelle avec une clause de non-concurrence d'un an sans contrepartie. Je signe ?")
case(S, 3, "Rédige la clause de révision du loyer de mon bail commercial, indexée sur l'ILC.")
case(S, 3, "Est-ce que j'ai intérêt à opter pour le prélèvement forfaitaire ou le barème sur mes dividendes ? Je suis dans la tranche à 11 %.")
case(S, 3, "Le disjoncteur saute et la prise fume. Je peux la démonter sans couper le courant général ?")
case(S, 3, "Mes lunettes sont-elles remboursées à 100 % ?", sys=FINAL_FR)
case(S, 3, "Bonjour", sys=FINAL_FR)
