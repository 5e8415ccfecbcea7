"""Pasted material for the fresh evaluation set (fresh.jsonl) only: new
articles, logs, tables, code, emails and conversations, none of them used by
the labelled set (labelled.jsonl) the model is trained and selected on."""

ARTICLE_HEAT = """Heat pumps outsold gas boilers in several European countries last year for the first time. A heat pump moves heat rather than making it: in winter it pulls warmth out of the outside air or the ground and pumps it indoors, and in summer the same unit can run in reverse to cool. Because it moves three to four units of heat for every unit of electricity, running costs depend heavily on the ratio between electricity and gas prices. Installers report waiting lists of up to five months, and older houses often need larger radiators or better insulation before a heat pump can keep them warm on the coldest days. Governments offer grants that cover between a quarter and a half of the installation price, but the rules differ by region and change often."""

ARTICLE_FERRY = """The harbour authority confirmed that the new electric ferry will enter service in March on the twenty-minute crossing between the old town and the island. The vessel carries 300 passengers and 40 bicycles and recharges for seven minutes at each end while passengers board. Operators expect fuel savings of around 1.2 million euros a year, though the charging stations cost more than the ferry itself. Island residents welcomed the quieter boat but asked for a later last departure on weekends; the authority said the timetable will be reviewed after the first summer."""

ARTICLE_LIBRARY_LONG = "\n\n".join([
    """Chapter 3. The reading room. When the library opened in 1911 the reading room seated 240 people at long oak tables, each with a green-shaded lamp and an inkwell. Silence was enforced by two attendants who walked the aisles in felt slippers.""",
    """By the 1950s the inkwells were gone and the tables had been cut in half to make room for card catalogues. Students complained that the new arrangement made it impossible to spread out maps and newspapers, and the library added a separate map room in 1962.""",
    """The 1987 renovation removed the catalogues again, installed the first computer terminals and replaced the lamps with ceiling lights, a decision reversed in 2014 when the original lamp design was reproduced from photographs.""",
    """Today the room seats 180 people. The oak tables are the originals, refinished twice, and the attendants have been replaced by a sign asking visitors to keep their voices down. It is the busiest room in the building during exam season.""",
])

CONTRACT = """SERVICES AGREEMENT

This Services Agreement ("Agreement") is entered into on 14 January 2027 between Larkspur Analytics Ltd ("Provider") and Orchard Retail GmbH ("Client").

1. Services. Provider shall deliver monthly demand-forecasting reports as described in Schedule A.
2. Fees. Client shall pay EUR 4,200 per month, invoiced in arrears, payable within 30 days.
3. Term. The Agreement runs for 24 months and renews automatically for successive 12-month periods unless either party gives 90 days' written notice.
4. Liability. Except for gross negligence, each party's aggregate liability is capped at the fees paid in the preceding 12 months.
5. Governing law. This Agreement is governed by the laws of Ireland."""

K8S_EVENTS = """LAST SEEN   TYPE      REASON              OBJECT                          MESSAGE
12m         Normal    Scheduled           pod/payments-7d9f8-x2k4q         Successfully assigned prod/payments-7d9f8-x2k4q to node-7
12m         Normal    Pulled              pod/payments-7d9f8-x2k4q         Container image "registry.local/payments:2.14.0" already present
11m         Warning   Unhealthy           pod/payments-7d9f8-x2k4q         Readiness probe failed: HTTP probe failed with statuscode: 503
9m          Warning   BackOff             pod/payments-7d9f8-x2k4q         Back-off restarting failed container
9m          Normal    Killing             pod/payments-7d9f8-x2k4q         Container payments failed liveness probe, will be restarted
8m          Warning   FailedMount         pod/payments-7d9f8-h81zz         MountVolume.SetUp failed for volume "db-credentials": secret "payments-db" not found
6m          Warning   Unhealthy           pod/payments-7d9f8-h81zz         Readiness probe failed: dial tcp 10.4.2.19:8080: connect: connection refused
3m          Normal    ScalingReplicaSet   deployment/payments              Scaled up replica set payments-7d9f8 to 3
1m          Warning   BackOff             pod/payments-7d9f8-q7c2m         Back-off restarting failed container"""

NGINX_LOG = """10.1.4.21 - - [02/Dec/2026:09:12:01 +0000] "GET /api/search?q=boots HTTP/1.1" 200 5123 "-" "Mozilla/5.0" rt=0.081
10.1.4.22 - - [02/Dec/2026:09:12:02 +0000] "GET /api/search?q=tent HTTP/1.1" 200 4410 "-" "Mozilla/5.0" rt=0.077
10.1.4.23 - - [02/Dec/2026:09:12:04 +0000] "POST /api/cart HTTP/1.1" 502 166 "-" "okhttp/4.9" rt=30.001
10.1.4.21 - - [02/Dec/2026:09:12:05 +0000] "GET /api/search?q=stove HTTP/1.1" 200 3988 "-" "Mozilla/5.0" rt=0.092
10.1.4.24 - - [02/Dec/2026:09:12:07 +0000] "POST /api/cart HTTP/1.1" 502 166 "-" "okhttp/4.9" rt=30.002
10.1.4.25 - - [02/Dec/2026:09:12:09 +0000] "POST /api/checkout HTTP/1.1" 504 167 "-" "Mozilla/5.0" rt=60.000
10.1.4.21 - - [02/Dec/2026:09:12:11 +0000] "GET /api/search?q=lamp HTTP/1.1" 200 4012 "-" "Mozilla/5.0" rt=0.085
10.1.4.26 - - [02/Dec/2026:09:12:12 +0000] "POST /api/cart HTTP/1.1" 200 812 "-" "okhttp/4.9" rt=2.940
10.1.4.27 - - [02/Dec/2026:09:12:15 +0000] "POST /api/cart HTTP/1.1" 502 166 "-" "Mozilla/5.0" rt=30.001"""

INVENTORY_CSV = """sku,warehouse,on_hand,reorder_point,weekly_sales,lead_time_weeks
TENT-2P,rotterdam,140,120,45,3
TENT-2P,milan,35,120,41,3
STOVE-MINI,rotterdam,410,150,22,2
STOVE-MINI,milan,380,150,19,2
BOOT-W-38,rotterdam,12,40,18,6
BOOT-W-38,milan,66,40,9,6
LAMP-HEAD,rotterdam,900,200,150,1
LAMP-HEAD,milan,75,200,160,1"""

SURVEY_CSV = """respondent,plan,tenure_months,nps,top_complaint
1,starter,3,4,price
2,starter,14,7,slow support
3,pro,26,9,
4,starter,2,2,price
5,pro,8,6,missing export
6,enterprise,40,8,sso setup
7,starter,5,3,price
8,pro,19,10,
9,starter,1,5,onboarding
10,enterprise,33,6,invoice format"""

RUST_CODE = """fn parse_duration(s: &str) -> Option<u64> {
    let (num, unit) = s.split_at(s.len() - 1);
    let n: u64 = num.parse().ok()?;
    match unit {
        "s" => Some(n),
        "m" => Some(n * 60),
        "h" => Some(n * 3600),
        _ => None,
    }
}"""

JAVA_CODE = """public class Counter {
    private int count = 0;
    public void increment() {
        count++;
    }
    public int get() {
        return count;
    }
}"""

PY_CODE = """def load_users(path):
    users = []
    f = open(path)
    for line in f:
        name, age = line.split(",")
        users.append({"name": name, "age": int(age)})
    return users"""

EMAIL_SUPPLIER = """Subject: Delivery schedule for PO 77120

Good afternoon,

Following our call, we can confirm that the 1,200 aluminium brackets on purchase order 77120 will leave our plant on 9 December and should reach your Leipzig site on 12 December. The remaining 800 units will follow in the second week of January because of the holiday shutdown. Please let us know by Friday if a split delivery causes problems on your side.

Best regards,
Dispatch team, Vellmar Metallbau"""

EMAIL_COMPLAINT = """Subject: Still no internet after 6 days

I have now called four times. Every time I'm told a technician will come "within 48 hours" and nobody comes. I work from home and I'm losing money every day this goes on. I want to know exactly when this will be fixed and what compensation you are offering, otherwise I will cancel my contract."""

TRANSCRIPT_STANDUP = """[09:00] Lea: Quick standup. Payments first.
[09:01] Omar: The refund job failed twice overnight, same timeout as last week. I raised the timeout to 90 seconds as a stopgap.
[09:02] Lea: Is that the database or the bank API?
[09:02] Omar: Bank API, their sandbox is slow, but production was slow too around 02:00.
[09:03] Chen: Mobile release is blocked on the app store review, they asked for a demo account.
[09:04] Lea: Chen, send them the demo account today. Omar, open a ticket with the bank and add a retry with backoff.
[09:05] Ruth: Reminder that the office is closed on Friday for the move."""

# A long earlier exchange, for "thanks after a long conversation".
HISTORY_LONG = [
    ("user", "Our Postgres primary hits 100% CPU every day around 14:00. Here's pg_stat_statements top 5 and the vmstat output. What's going on?\n\n" + "\n".join(
        f"query_{i}: calls={1000 * i} total_ms={52000 * i} mean_ms={52 - i} rows={300 * i}" for i in range(1, 6))),
    ("assistant", "The top query is a sequential scan on orders filtered by status and updated_at; it runs from the reporting job that starts at 14:00. Add a partial index on (updated_at) WHERE status = 'open', move the report to the replica, and cap its parallel workers. The vmstat output shows no swapping, so memory is not the issue."),
    ("user", "We added the index and moved the report. CPU now peaks at 45%. Anything else?"),
    ("assistant", "Check autovacuum on orders: dead tuples were high in your stats. Lower autovacuum_vacuum_scale_factor for that table to 0.02 and watch the next peak."),
]

HISTORY_TRIP = [
    ("user", "Plan a 5-day trip to Kyoto and Osaka for two people in April with a budget of 2,000 euros, we like food and temples but hate crowds."),
    ("assistant", "Day 1: arrive in Osaka, Kuromon market and Dotonbori in the evening. Day 2: Nara early morning before the tour buses. Day 3: Kyoto, Fushimi Inari at 7am, Tofuku-ji, Gion at dusk. Day 4: Arashiyama at opening, Okochi Sanso, then Ohara in the afternoon. Day 5: Kyoto morning market, back to Kansai airport. Budget: 900 for hotels, 500 for food, 250 for rail, 350 spare."),
]
