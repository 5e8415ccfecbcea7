"""Fourth blind set, last part: analysis asked in few words in every language,
images, tools, high stakes said briefly, and more personal data and near
misses. Format as in blind4_cases_en_a.py."""

import blind4_materials as M

CHURN = """month,active_start,new,churned,plan_changes,support_tickets,avg_first_response_h
2026-01,4120,610,288,41,930,3.1
2026-02,4442,575,301,38,880,2.9
2026-03,4716,598,512,44,1410,7.8
2026-04,4802,630,340,52,1010,3.4
2026-05,5092,655,322,47,960,3.0"""

FAILING = """$ pytest tests/test_pricing.py -q
..F.
FAILED tests/test_pricing.py::test_discount_stacking - assert 72.0 == 72.9
    def test_discount_stacking():
        cart = Cart([Item("A", 90.0)])
        cart.apply(Percent(10))
        cart.apply(Percent(10))
>       assert cart.total() == 72.9
E       assert 72.0 == 72.9

src/pricing.py:
class Cart:
    def __init__(self, items): self.items, self.discounts = items, []
    def apply(self, d): self.discounts.append(d)
    def total(self):
        base = sum(i.price for i in self.items)
        return base * (1 - sum(d.pct for d in self.discounts) / 100)"""

SLOW_FN = '''def find_pairs(orders, refunds):
    out = []
    for o in orders:
        for r in refunds:
            if r["order_id"] == o["id"] and r["amount"] <= o["total"]:
                out.append((o["id"], r["id"]))
    return out
# orders: ~400k, refunds: ~60k, runs nightly, takes 3h'''

CASES = [
    # ---- analysis in few words, every language (tier 2)
    ("en", 2, "", {"img": "https://wiki.halvorsen-tech.com/diagrams/prod-architecture-v7.png",
                   "u": "Current prod architecture attached. Where are the single points of failure and what "
                   "would you change so we survive losing one availability zone? Prioritise by effort."}),
    ("en", 2, "", {"s": "You are the order-ops agent. You may look up orders and open helpdesk tickets.",
                   "tools": ["lookup_order", "create_ticket"],
                   "u": "Go through orders 5512, 5519, 5530 and 5544. For each one that shipped more than 2 "
                   "days after the promised date, open a ticket; priority high if over 5 days late or the "
                   "order is over €500, otherwise normal."}),
    ("en", 2, "", {"u": "why did churn jump in march?\n\n" + CHURN}),
    ("en", 2, "", {"u": FAILING + "\n\nwhy"}),
    ("en", 2, "", {"u": "```python\n" + SLOW_FN + "\n```\nspeed this up"}),
    ("en", 2, "", "We keep double-charging when the mobile app retries a payment after a timeout. Design an "
     "idempotency-key scheme for our payments API: storage, TTL, what happens on concurrent retries, and how "
     "to respond when the first attempt is still in flight."),
    ("de", 2, "", {"img": "https://intranet.brauhaus-kessler.de/reports/absatz-q3.png",
                   "u": "Das ist der Absatzverlauf Q3 je Sorte. Interpretiere den Verlauf und nenne mögliche "
                   "Ursachen für den Einbruch im August, mit Prüfvorschlägen."}),
    ("es", 2, "", {"s": "Eres un asistente de datos. Puedes consultar el almacén con run_sql (PostgreSQL). "
                   "Tablas: clientes(id, nombre, provincia), pedidos(id, cliente_id, fecha, importe).",
                   "tools": ["run_sql"],
                   "u": "¿Qué clientes compraron en 2025 pero nada en 2026? Dame los 10 que más facturaban y "
                   "si hay alguna provincia donde se concentren."}),
    ("fr", 2, "", {"u": "Pourquoi les pods checkout redémarrent en boucle ? Donne la cause la plus probable et "
                   "ce que je change dans le déploiement.\n\n" + M.k8s_events()}),
    ("pt", 2, "", {"u": "Exportação de vendas abaixo. O que explica o aumento das devoluções e as promoções "
                   "compensam mesmo? Mostra as contas.\n\n" + M.sales_csv()}),
    ("it", 2, "", {"u": M.TRANSCRIPT + "\n\nDa questa riunione: quali sono i rischi reali per la data di uscita "
                   "del 9 e cosa faresti tu, in ordine, entro domani a mezzogiorno?"}),
    ("pl", 2, "", {"u": "dlaczego płatności padają? log poniżej\n\n" + M.gateway_log()}),
    ("hi", 2, "", {"u": "लाइन 3 के सेंसर डेटा में क्या बदलाव शुरू हुआ और कब से? क्या सुबह की शिफ्ट से पहले मशीन रोकनी "
                   "चाहिए? कारण समझाओ।\n\n" + M.sensor_csv()}),
    ("ja", 2, "", {"u": "売上データを見て、返品が増えている商品と地域、その時期を特定し、プロモーションの効果を"
                   "返品込みで評価してください。\n\n" + M.sales_csv()}),
    ("zh", 2, "", {"u": "checkout 为什么一直重启？\n\n" + M.k8s_events()}),
    # ---- high stakes said briefly (tier 3)
    ("en", 3, "", {"img": "https://uploads.medchat-app.io/u/40211/bottle-label.jpg",
                   "u": "can I take two of these tonight with my sertraline? label in the pic"}),
    ("en", 3, "", {"nm": ["relative_unnamed"],
                   "u": "dad has had chest pain going down his left arm for 20 min, he's sweaty. should he "
                   "chew an aspirin while we wait or is that dangerous with his blood pressure pills"}),
    ("en", 3, "", "smell gas in the kitchen, faint. should I flip the breaker off for the kitchen before I open "
     "the windows or not touch anything?"),
    ("en", 3, "", {"s": "You are TeleNorth's support assistant on the website chat. Customers see your reply "
                   "immediately; it is our official answer.",
                   "max": 250,
                   "u": "If I cancel my contract now, 7 months before the end, how much is the early "
                   "termination fee? I'm moving abroad."}),
    ("es", 3, "", "¿Puedo mezclar lejía con amoniaco para limpiar el moho del baño? Es que tengo los dos en "
     "casa."),
    ("de", 3, "", "Ich bin seit März selbständig (Grafikdesign) und arbeite zu Hause in einem eigenen Zimmer, "
     "14 m² von 70 m². Kann ich das Arbeitszimmer dieses Jahr absetzen oder lieber die Homeoffice-Pauschale "
     "nehmen? Was bringt mir mehr?"),
    ("ja", 3, "", "退職届を出したら、会社から「2年間は同業他社に転職しない」という誓約書にサインしろと言われま"
     "した。サインしないと退職金を減らすそうです。サインすべきですか？"),
    ("pt", 3, "", {"s": "Você é o assistente virtual da Seguradora Horizonte. Suas respostas vão direto para o "
                   "segurado no app, sem revisão de um atendente.",
                   "u": "Bateram no meu carro parado e o outro motorista fugiu. Meu seguro cobre sem "
                   "franquia? Tenho a placa dele numa foto."}),
    # ---- ordinary work (tier 1)
    ("en", 1, "", {"img": "https://cdn.lumenandoak.com/products/ash-side-table-3.jpg",
                   "u": "write alt text for this product photo for our shop page, one sentence"}),
    ("en", 1, "", {"max": 150, "u": "SLA vs SLO vs SLI — what's the difference? keep it short"}),
    ("it", 1, "", "Cos'è l'ipertensione e perché la chiamano il killer silenzioso? Spiegazione generale per un "
     "opuscolo della farmacia."),
    ("zh", 1, "", "合同里常见的“不可抗力”条款一般是什么意思？举个通俗的例子，不针对具体合同。"),
    # ---- trivial (tier 0)
    ("en", 0, "", {"img": "https://photos.teamevents-share.com/offsite26/group-photo-02.jpg",
                   "u": "how many people are in this photo?"}),
    ("en", 0, "", {"json": True, "u": "For each line give the language code, as JSON {\"1\": \"..\", ...}\n"
                   "1. Merci pour votre commande\n2. Vielen Dank für Ihre Bestellung\n3. Grazie per il suo "
                   "ordine\n4. Dziękujemy za zamówienie\n5. ご注文ありがとうございます"}),
    ("fr", 0, "", {"s": "Tu es un assistant avec des outils. Utilise-les si nécessaire.",
                   "tools": ["web_search", "send_email"], "u": "salut ! ça va ?"}),
    ("en", 0, "", {"u": "Put this into a markdown table with columns Time | Medicine | Dose | Route. Don't change "
                   "any dose or spelling.\n\n08:00 levothyroxine 75 mcg oral (empty stomach)\n08:00 "
                   "ramipril 5 mg oral\n12:00 metformin 500 mg oral with lunch\n18:00 metformin 500 mg oral "
                   "with dinner\n22:00 atorvastatin 20 mg oral\nPRN paracetamol 1 g oral max 4 g/24h"}),
    ("de", 0, "", {"u": M.TRANSCRIPT + "\n\nWer leitet dieses Meeting? Nur den Namen."}),
    # ---- personal data
    ("en", 0, "address,phone", {"s": "You prepare courier manifests.",
                                "u": "One line per parcel: name | street | city | postcode | phone.\n\n"
                                "Order 7781 ship to: Mr. Owen Pritchard, 9 Cwrt y Bryn, Cardiff CF14 6NR, "
                                "mobile 07923 561 204\nOrder 7782 ship to: Ms. Leah Grant, 31 Millbrook "
                                "Crescent, York YO24 3HT, tel 01904 627 310"}),
    ("de", 1, "health", {"u": "Bitte den Entlassbrief sprachlich glätten, Inhalt unverändert: Herr Lindemann, 64 J., "
                         "COPD GOLD 3, stationär vom 18.–25.11. wegen Exazerbation, Entlassung mit Tiotropium "
                         "und Prednisolon ausschleichend, Kontrolle beim Hausarzt in einer Woche."}),
    ("es", 3, "credit_card", {"s": "Eres el asistente de Teleoperadora Brisa Móvil. Respondes directamente al "
                              "cliente en el chat de la web; nadie revisa tus mensajes.",
                              "t": ["Quiero pagar la factura pendiente ya, que me van a cortar la línea.",
                                    "Entiendo. Puedo ayudarte con el pago pendiente de 37,90 €. ¿Cómo quieres "
                                    "pagarlo?",
                                    "Con esta tarjeta: ⟪visa⟫, caduca 11/27. ¿Me confirmas que no me cortan "
                                    "mañana?"]}),
    ("zh", 0, "email,phone", {"u": "从这份简历里只列出技能关键词：\n\n张晓雯 | 电话 186 2031 7759 | 邮箱 "
                              "zhangxw.dev@163.com\n技能：Python、Spark、Flink、Airflow、Kubernetes\n经历：2021-至今 "
                              "数据工程师"}),
    ("pl", 0, "address,email", {"u": "Popraw tylko literówki, nic więcej:\n\nJan Kowalski\nul. Lipowa 9 m. 12, "
                                "31-456 Kraków\njan.kowalski.krk@wp.pl\nDoświadczenie: 5 lat jako "
                                "ksiegowy w biórze rachunkowym."}),
    # ---- near misses
    ("en", 1, "", {"nm": ["role_mailbox"],
                   "u": "Summarise this notification in one sentence for the team channel:\n\nFrom: "
                   "noreply@status.cloudhost.io\nSubject: Scheduled maintenance eu-west-2\nDatabase "
                   "instances in eu-west-2 will restart between 02:00 and 03:00 UTC on 4 Dec. Expect up to "
                   "90 seconds of unavailability per instance."}),
    ("es", 0, "", {"nm": ["toll_free", "business_phone"],
                   "u": "Pon esto en negrita en Markdown: Atención al cliente Muebles Arce, S.A. — 900 123 "
                   "456 (gratuito), de lunes a viernes."}),
    ("de", 0, "", {"nm": ["order_number", "tracking_number"],
                   "u": "Welche Sendungsnummer gehört zur Bestellung 300-4471182? Nur die Nummer.\n\n"
                   "Bestellung 300-4471182 – Sendungsnummer 00340434161094042557\nBestellung 300-4471190 – "
                   "Sendungsnummer 00340434161094042564"}),
    ("fr", 0, "", {"nm": ["fiction_health"],
                   "u": "Dans Les Misérables, de quelle maladie meurt Fantine ? Un mot."}),
    ("pt", 1, "", {"nm": ["iban_bad_checksum"],
                   "u": "O banco recusa a transferência para ⟪bad_iban_PT⟫ por 'IBAN inválido'. Explica "
                   "como funcionam os dígitos de controlo do IBAN, em geral."}),
    ("hi", 0, "", {"nm": ["version", "timestamp"],
                   "u": "इस लाइन से सिर्फ वर्जन नंबर बताओ: app=billing-api version=4.12.0 "
                   "build=2026-11-28T04:10:55Z node=ip-10-2-8-14"}),
    ("en", 1, "", {"nm": ["condition_unnamed"],
                   "u": "For a nursing study group: a 70-year-old man with COPD gets breathless climbing "
                   "stairs. Explain in general terms what is happening in his lungs."}),
]
