"""Pasted material for the labelled set: articles, logs, tables, code, emails,
transcripts, in several languages. Hand-written; the generator combines them
with instructions. Lengths vary on purpose (the tier must not follow length)."""

ARTICLES_EN = [
    """Remote work has changed how cities plan their downtowns. Office occupancy in many large US cities remains below 60% of its 2019 level, and landlords are converting older towers into apartments. The conversions are expensive: floor plates designed for cubicles are too deep for windows in every bedroom, plumbing must be added on every floor, and zoning often forbids residential use. Several cities now offer tax abatements for conversions, and early projects in Calgary and Washington have filled quickly. Critics argue the incentives subsidise owners who bet wrong, while supporters say empty towers drain the tax base and the shops that depend on office workers.""",
    """A new battery chemistry based on sodium rather than lithium reached commercial production this year. Sodium is abundant and cheap, and the cells tolerate cold better than lithium iron phosphate, but they store about 30% less energy per kilogram. Manufacturers are targeting stationary storage and small city cars, where weight matters less than cost. Analysts expect sodium cells to take a modest share of the market by the end of the decade, mainly in China, where most of the factories are being built.""",
    """The city council voted on Tuesday to extend the bike lane network by 40 kilometres over the next three years. The plan, which costs an estimated 18 million euros, connects the university district with the central station and adds protected lanes on four arterial roads. Shop owners on Market Street opposed the removal of 120 parking spaces, arguing that customers arrive by car. A study commissioned by the council found that cyclists visit local shops more often and spend more per month than drivers. The first section will open in the spring.""",
    """Sleep researchers have long known that teenagers' internal clocks shift later during puberty. A district in Washington state moved its high school start time from 7:50 to 8:45, and researchers tracked students before and after the change. Median sleep increased by 34 minutes per night, grades in the first class of the day rose by 4.5%, and tardiness and absences fell. The district had to reorganise bus routes and after-school sports schedules, which was the main source of opposition from parents.""",
    """Our quarterly newsletter: the Lisbon office moved to a new building near the river in September, the engineering team shipped the new billing system two weeks ahead of schedule, and we welcomed 14 new colleagues across three countries. The annual volunteer day raised 12,000 euros for a local food bank. Next quarter we will roll out the new expense tool and run the employee engagement survey; please watch your inbox for the link.""",
    """Honeybee colonies in temperate climates survive winter by forming a tight cluster. Bees on the outside of the cluster act as insulation while those inside shiver their flight muscles to generate heat, keeping the core around 35 degrees Celsius when brood is present. The colony consumes stored honey as fuel, roughly 20 to 30 kilograms over a winter. Beekeepers lose colonies when the cluster cannot move to reach honey during long cold spells, or when varroa mites have weakened the bees before winter.""",
    """The museum reopened its east wing after a two-year renovation that replaced the glass roof, added climate control, and made every gallery accessible by lift. The first exhibition brings together 80 prints by Japanese artists of the Edo period, many shown in Europe for the first time. Entry to the permanent collection stays free; the exhibition costs 12 euros, with reduced prices for students.""",
]

ARTICLES_XX = {
    "es": """El ayuntamiento aprobó ayer un plan para plantar 20.000 árboles en los barrios con menos zonas verdes antes de 2028. Según el informe técnico, las temperaturas en verano en esos barrios superan en hasta cuatro grados las del centro histórico. El plan cuesta 9 millones de euros y prioriza especies resistentes a la sequía. Las asociaciones vecinales celebraron la medida, aunque pidieron que se garantice el riego durante los primeros años.""",
    "de": """Die Deutsche Bahn will bis 2030 rund 1.800 Kilometer Strecke generalsanieren. Die Arbeiten sollen gebündelt stattfinden, sodass einzelne Korridore für mehrere Monate vollständig gesperrt werden. Pendler müssen in dieser Zeit auf Ersatzbusse umsteigen. Verbände kritisieren die Informationspolitik, die Bahn verspricht dafür danach deutlich weniger Baustellen und pünktlichere Züge.""",
    "fr": """La bibliothèque municipale prolonge ses horaires d'ouverture le soir et le dimanche à partir du mois prochain. Cette décision fait suite à une consultation menée auprès de 3 000 usagers, dont la majorité réclamait des créneaux compatibles avec leurs horaires de travail. Le coût annuel, estimé à 400 000 euros, sera couvert en partie par l'État. Les syndicats du personnel demandent des recrutements supplémentaires.""",
    "pt": """O governo anunciou um programa para instalar painéis solares em 5 mil escolas públicas até 2027. A economia prevista na conta de luz é de 30% em média, e o dinheiro poupado deverá ser usado em manutenção e material didático. Especialistas elogiaram a medida, mas alertaram para a falta de técnicos qualificados em algumas regiões do interior.""",
    "it": """Il comune ha presentato il nuovo piano per la mobilità urbana, che prevede tre nuove linee di tram e l'estensione della zona a traffico limitato. I lavori partiranno l'anno prossimo e dureranno circa quattro anni. I commercianti del centro temono un calo delle vendite durante i cantieri, mentre le associazioni ambientaliste chiedono tempi più rapidi.""",
    "pl": """Rada miasta przyjęła program modernizacji szkół podstawowych o wartości 60 milionów złotych. W ciągu trzech lat w 25 budynkach zostaną wymienione okna, instalacje grzewcze i oświetlenie. Dyrektorzy szkół zwracają uwagę, że prace powinny odbywać się głównie w wakacje, aby nie zakłócać zajęć.""",
    "hi": """शहर के नगर निगम ने घोषणा की है कि अगले साल तक सभी सरकारी स्कूलों में पीने के साफ पानी की मशीनें लगाई जाएंगी। इस योजना पर लगभग 12 करोड़ रुपये खर्च होंगे। अभिभावकों ने इस फैसले का स्वागत किया, लेकिन कुछ लोगों ने मशीनों के रखरखाव को लेकर चिंता जताई।""",
    "ja": """市は来年度から、駅前の商店街で毎月第一日曜日に歩行者天国を実施すると発表した。期間中は車両の通行を禁止し、地元の店舗による屋台や音楽イベントを開く予定だ。商店会は売り上げの増加を期待しているが、周辺住民からは駐車場不足を心配する声も上がっている。""",
    "zh": """市政府宣布，从明年起将在老城区推行垃圾分类新规定，居民需要把厨余垃圾、可回收物和其他垃圾分开投放。为此，市里将新增两千个分类回收点，并招募志愿者进行指导。部分居民表示支持，但也有人担心新规定会增加日常生活的麻烦。""",
}

LOGS = [
    """2026-11-28T10:14:02Z INFO  api request_id=8f2c path=/v1/orders status=200 latency_ms=41
2026-11-28T10:14:03Z INFO  api request_id=8f2d path=/v1/orders status=200 latency_ms=38
2026-11-28T10:14:05Z WARN  db pool=primary waiting_for_connection=12 max=20
2026-11-28T10:14:06Z ERROR api request_id=8f31 path=/v1/orders status=500 err="context deadline exceeded"
2026-11-28T10:14:06Z WARN  db pool=primary waiting_for_connection=19 max=20
2026-11-28T10:14:07Z ERROR api request_id=8f33 path=/v1/checkout status=500 err="pq: sorry, too many clients already"
2026-11-28T10:14:09Z INFO  cron job=reindex_products started rows=1840221
2026-11-28T10:14:12Z ERROR api request_id=8f3a path=/v1/orders status=500 err="context deadline exceeded"
2026-11-28T10:14:15Z WARN  db pool=primary waiting_for_connection=20 max=20
2026-11-28T10:14:31Z INFO  cron job=reindex_products finished duration_s=22
2026-11-28T10:14:32Z INFO  api request_id=8f52 path=/v1/orders status=200 latency_ms=44""",
    """Nov 29 03:12:44 web-3 kernel: [8812.21] Out of memory: Killed process 23117 (java) total-vm:8123456kB, anon-rss:6021344kB
Nov 29 03:12:45 web-3 systemd[1]: inventory.service: Main process exited, code=killed, status=9/KILL
Nov 29 03:12:45 web-3 systemd[1]: inventory.service: Failed with result 'signal'.
Nov 29 03:12:55 web-3 systemd[1]: inventory.service: Scheduled restart job, restart counter is at 4.
Nov 29 03:13:20 web-3 inventory[23544]: INFO Loading product cache (2,400,000 entries)
Nov 29 03:14:02 web-3 inventory[23544]: WARN GC pause 1840ms (old gen 94% used)
Nov 29 03:14:40 web-3 inventory[23544]: WARN GC pause 2210ms (old gen 97% used)
Nov 29 03:15:11 web-3 kernel: [8958.90] Out of memory: Killed process 23544 (java) total-vm:8120012kB, anon-rss:6030120kB""",
    """[2026-11-30 08:00:00,112] INFO  scheduler: run 4411 started (dag=nightly_etl)
[2026-11-30 08:03:41,870] INFO  extract_orders: 1203334 rows
[2026-11-30 08:09:12,004] WARNING transform_orders: 1422 rows with null currency, defaulting to EUR
[2026-11-30 08:15:47,331] ERROR load_orders: duplicate key value violates unique constraint "orders_pkey" (id=88123002)
[2026-11-30 08:15:47,332] INFO  retry 1/3 in 60s
[2026-11-30 08:16:47,901] ERROR load_orders: duplicate key value violates unique constraint "orders_pkey" (id=88123002)
[2026-11-30 08:18:48,550] ERROR run 4411 failed after 3 retries""",
]

CSV = [
    """region,month,orders,revenue_eur,returns
north,2026-07,1840,92100,61
north,2026-08,1722,86550,88
north,2026-09,1910,97300,59
south,2026-07,2210,101200,70
south,2026-08,2390,110400,75
south,2026-09,1650,79800,143
east,2026-07,980,45100,22
east,2026-08,1020,47300,25
east,2026-09,1105,52200,24
west,2026-07,1500,70100,51
west,2026-08,1480,69900,49
west,2026-09,1530,71800,190""",
    """employee_id,team,tickets_closed,avg_resolution_h,csat
e101,payments,140,5.2,4.6
e102,payments,98,9.8,4.1
e103,payments,131,4.9,4.7
e201,logistics,77,12.4,3.8
e202,logistics,160,3.1,4.4
e203,logistics,42,20.5,3.2
e301,accounts,110,6.0,4.5
e302,accounts,115,5.7,4.5""",
]

CODE = [
    """def merge_intervals(intervals):
    intervals.sort()
    out = []
    for start, end in intervals:
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out""",
    """func (c *Cache) Get(key string) (string, bool) {
    c.mu.RLock()
    e, ok := c.items[key]
    c.mu.RUnlock()
    if !ok || time.Now().After(e.expires) {
        c.mu.Lock()
        delete(c.items, key)
        c.mu.Unlock()
        return "", false
    }
    return e.value, true
}""",
    """async function fetchAll(urls) {
  const results = [];
  for (const url of urls) {
    const res = await fetch(url);
    results.push(await res.json());
  }
  return results;
}""",
    """SELECT c.id, c.name, SUM(o.total) AS spent
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.created_at > NOW() - INTERVAL '90 days'
GROUP BY c.id
ORDER BY spent DESC
LIMIT 10;""",
    """class RateLimiter:
    def __init__(self, rate, per):
        self.rate = rate
        self.per = per
        self.allowance = rate
        self.last = time.time()

    def allow(self):
        now = time.time()
        self.allowance += (now - self.last) * (self.rate / self.per)
        self.last = now
        if self.allowance > self.rate:
            self.allowance = self.rate
        if self.allowance < 1:
            return False
        self.allowance -= 1
        return True""",
]

EMAILS = [
    """From: Procurement <procurement@northwind-supplies.com>
Subject: Invoice INV-2026-04471 overdue

Hello,

Our records show that invoice INV-2026-04471 for 3,480.00 EUR, issued on 2 October, is now 28 days overdue. Please arrange payment at your earliest convenience or let us know if there is a problem with the invoice. A copy is attached.

Kind regards,
Accounts receivable team""",
    """Subject: Re: offsite planning

Hi all, quick update: the venue in Sintra confirmed the 14th-16th of May, 42 rooms. We still need a headcount by Friday, dietary restrictions, and who is presenting on day two. Transport from the airport will be a shuttle at 10:00 and 15:00. Let me know if anything is unclear. Thanks, Marta""",
    """Subject: Order #558210 damaged on arrival

Hello, I received my order today and the ceramic lamp base is cracked in two places. The box looked fine from the outside. I would like a replacement rather than a refund if possible, I bought it as a present for next week. Photos attached. Regards""",
]

TRANSCRIPTS = [
    """[00:00] Ana: Let's start. The main topic is the Q3 churn numbers.
[00:12] Tom: Churn went from 2.1% to 3.4% month over month, mostly in the starter plan.
[00:30] Ana: Do we know why?
[00:34] Tom: Two things coincide: the price change on August 1st and the outage on August 9th.
[01:02] Priya: Support tickets about billing doubled in August. Outage tickets were high for a week only.
[01:20] Ana: So price might matter more than the outage.
[01:25] Tom: Possibly, but starter customers who churned had lower usage before August too.
[01:50] Priya: We could survey churned customers, but response rates are usually around 5%.
[02:10] Ana: Let's also look at cohorts by signup month. Tom, can you pull that by Thursday?
[02:18] Tom: Yes. I'll include usage before and after the price change.
[02:30] Ana: Priya, please tag billing tickets by reason so we can compare.""",
]

TITLES = [
    "the quiet revolution in battery storage", "ten lessons from a failed startup",
    "how to grow tomatoes on a balcony", "a beginner's guide to sourdough",
    "why remote teams need written culture", "the history of the paperclip",
    "what the census tells us about commuting", "notes on learning rust in a month",
]

NAMES = ["Zoe Park", "adam smith", "Liam O'Brien", "mei chen", "Bruno Alves", "kasia nowak",
         "Ravi Kumar", "Sofia Rossi", "emma müller", "Noah Dubois", "yuki tanaka", "Ines Garcia"]

DRUGS = [("ibuprofen", "warfarin"), ("paracetamol", "alcohol"), ("sertraline", "tramadol"),
         ("metformin", "contrast dye"), ("amoxicillin", "methotrexate"), ("lithium", "ibuprofen"),
         ("sildenafil", "nitroglycerin"), ("St John's wort", "the contraceptive pill")]

TOPICS_EDU = ["an index fund", "compound interest", "a power of attorney", "hypertension",
              "the difference between a virus and a bacterium", "what a credit score measures",
              "how vaccines train the immune system", "what a will does", "inflation",
              "what cholesterol is", "how a mortgage works", "what GDPR is about",
              "how photosynthesis works", "what a API rate limit is", "how DNS works",
              "what a bond yield is", "the role of the kidneys"]


def numbered(code: str) -> str:
    return "\n".join(f"{i + 1:>3}  {line}" for i, line in enumerate(code.splitlines()))
