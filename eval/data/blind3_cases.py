"""English cases of the third blind set, and the tool definitions every case
may offer. Each case is (lang, tier, pii kinds, turns, options): turns is a
string (one user turn) or a list of (role, text); options may hold sys (the
system prompt), tools (names from TOOLS), img (an image URL on the last
turn), max (max_tokens), temp, rf ("json" or a json_schema), stream, and nm
(the kind of near miss for a request that looks personal but is not).
Slots are <<name>>: see make_blind3.Slots. Labels follow issue 10's tier
rules; the tier is what the last turn asks for."""


def fn(name, desc, props, required=()):
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": props, "required": list(required)}}}


S = {"type": "string"}
I = {"type": "integer"}  # noqa: E741

TOOLS = {
    "query_metrics": fn("query_metrics", "Run a PromQL query over a time range and return the series.",
                        {"promql": S, "start": S, "end": S, "step": S}, ["promql"]),
    "list_deploys": fn("list_deploys", "List deployments of a service in a time window.",
                       {"service": S, "since": S}, ["service"]),
    "page_oncall": fn("page_oncall", "Page the on-call engineer of a team with a short message.",
                      {"team": S, "message": S, "severity": {"type": "string", "enum": ["sev1", "sev2", "sev3"]}},
                      ["team", "message"]),
    "run_sql": fn("run_sql", "Run a read-only SQL query on the analytics warehouse.", {"sql": S}, ["sql"]),
    "search_docs": fn("search_docs", "Search the internal documentation.", {"query": S, "limit": I}, ["query"]),
    "create_ticket": fn("create_ticket", "Create a ticket in the issue tracker.",
                        {"project": S, "title": S, "body": S, "priority": S}, ["project", "title"]),
    "get_weather": fn("get_weather", "Current weather and forecast for a city.", {"city": S, "days": I}, ["city"]),
    "get_order": fn("get_order", "Look up an order by its number.", {"order_id": S}, ["order_id"]),
    "refund_order": fn("refund_order", "Refund all or part of an order.",
                       {"order_id": S, "amount": {"type": "number"}, "reason": S}, ["order_id", "amount"]),
    "calendar_find_slots": fn("calendar_find_slots", "Find free slots shared by the given people.",
                              {"people": {"type": "array", "items": S}, "duration_min": I, "within_days": I},
                              ["people", "duration_min"]),
    "calendar_create": fn("calendar_create", "Create a calendar event.",
                          {"title": S, "start": S, "duration_min": I, "people": {"type": "array", "items": S}},
                          ["title", "start"]),
    "kubectl": fn("kubectl", "Run a read-only kubectl command against a cluster.",
                  {"cluster": S, "args": {"type": "array", "items": S}}, ["cluster", "args"]),
    "web_search": fn("web_search", "Search the web.", {"q": S}, ["q"]),
    "read_file": fn("read_file", "Read a file from the repository.", {"path": S}, ["path"]),
    "write_file": fn("write_file", "Write a file in the repository.", {"path": S, "content": S}, ["path", "content"]),
    "run_tests": fn("run_tests", "Run the test suite, optionally filtered.", {"filter": S}),
    "translate": fn("translate", "Machine-translate a text.", {"text": S, "target": S}, ["text", "target"]),
}

CUSTOMER_FACING = ("You are the support assistant of Northwind Energy. Your answer is sent to the customer "
                   "as the final reply, exactly as you write it; no agent reviews it. Be accurate about "
                   "tariffs, billing and contract terms.")
BANK_FACING = ("You answer customers of Harbour Bank in the mobile app chat. Replies go straight to the "
               "customer; there is no human review. Never promise anything the account terms do not allow.")
AGENT_DRAFT = ("You draft replies for the support team of Parcelgo. A human agent reads, edits and sends "
               "every draft; nothing you write reaches the customer directly.")
TICKET_TAGGER = ("Classify the ticket into exactly one of: billing, login, delivery, damaged_item, bug, "
                 "feature_request, other. Answer with the label only.")
LANG_ID = "Identify the language of the user's text. Answer with the ISO 639-1 code only, nothing else."
CODE_HELPER = "You are a senior engineer helping colleagues inside the company's IDE plugin. Be concise."
# System prompts that apps send with every request; none marks a customer-facing final reply, so
# make_blind3 adds one to about a third of the cases that have no task-specific prompt
# (chosen by the case's hash) without changing their tier.
GENERIC_SYS = [
    "You are a helpful assistant.",
    "You are Atlas, the internal assistant of Kestrel Analytics. Employees use you for writing, coding and "
    "research. Answer in the language of the question.",
    "You are a helpful assistant. Current date: 2026-11-30. Keep answers short unless asked for detail.",
    "You are the AI assistant in the company's chat workspace. Use Slack markdown. Don't make up facts; "
    "say when you are unsure.",
]
# The Atlas app always offers these, needed or not.
GENERIC_TOOLS = {1: ["search_docs", "web_search"]}
CLINIC_SCRIBE = ("You are a documentation assistant for a GP practice. You format notes for the record; you "
                 "do not make clinical decisions.")

INVOICE_SCHEMA = {"name": "invoice", "strict": True, "schema": {
    "type": "object", "additionalProperties": False, "required": ["invoice_number", "total", "currency"],
    "properties": {"invoice_number": {"type": "string"}, "total": {"type": "number"},
                   "currency": {"type": "string"}}}}
PLAN_SCHEMA = {"name": "migration_plan", "schema": {
    "type": "object", "required": ["phases", "risks"],
    "properties": {"phases": {"type": "array", "items": {"type": "object", "properties": {
        "name": {"type": "string"}, "steps": {"type": "array", "items": {"type": "string"}},
        "rollback": {"type": "string"}}}},
        "risks": {"type": "array", "items": {"type": "string"}}}}}

TERRAFORM_CHAT = [
    ("user", "terraform plan wants to destroy and recreate my aws_db_instance every time, even when I change nothing. why?"),
    ("assistant", "The usual causes are an attribute that AWS normalises differently from what you wrote "
                  "(for example engine_version \"15\" vs \"15.4\", or a lower-case/upper-case difference in "
                  "a parameter group name), or a value computed at apply time such as a password from "
                  "random_password without a keeper. Run `terraform plan` and look for the line marked "
                  "`# forces replacement`; that attribute is the culprit."),
    ("user", "it says engine_version forces replacement. I wrote 15 and state has 15.7"),
    ("assistant", "Then either pin the full version (engine_version = \"15.7\") or keep \"15\" and add "
                  "`lifecycle { ignore_changes = [engine_version] }` together with "
                  "auto_minor_version_upgrade = true, so minor upgrades done by AWS don't show up as drift."),
]

C = [
    # ------------------------------------------------------------------ tier 0
    ("en", 0, [], "hey 👋", {}),
    ("en", 0, [], TERRAFORM_CHAT + [("user", "pinned it to 15.7, plan is clean now. thanks a lot!")], {}),
    ("en", 0, [], "Strip the ISO timestamps from the start of each line and give me the log back unchanged "
                  "otherwise. No commentary.\n\n<<PAYMENTS_LOG>>", {}),
    ("en", 0, [], "remove the line numbers, keep the tabs\n\n<<NUMBERED_GO>>", {}),
    ("en", 0, [], "what language is this? one word: \"Dziękuję za szybką odpowiedź, do usłyszenia\"", {}),
    ("en", 0, [], "I was charged twice for my October subscription, both on the same day",
     {"sys": TICKET_TAGGER, "max": 5, "temp": 0}),
    ("en", 0, [], "The app crashes as soon as I open the camera tab on my Pixel 8, every single time",
     {"sys": TICKET_TAGGER, "max": 5, "temp": 0}),
    ("en", 0, [], "Extract the invoice number, total and currency.\n\nINVOICE\nBrightwater Supplies Ltd\n"
                  "Invoice no: BWS-2026-11873\nDate: 21 Nov 2026\n\n40 x nitrile gloves (box)  GBP 8.20  GBP 328.00\n"
                  "12 x sharps bins 5L  GBP 6.75  GBP 81.00\nDelivery  GBP 15.00\n\nSubtotal GBP 424.00\n"
                  "VAT 20% GBP 84.80\nTotal due GBP 508.80\nPayment terms: 30 days",
     {"rf": INVOICE_SCHEMA, "temp": 0}),
    ("en", 0, [], "is 2100 a leap year? yes/no", {"max": 3}),
    ("en", 0, [], "Return only the column names of this CSV as a JSON array, in order.\n\n<<ORDERS_CSV>>",
     {"rf": "json"}),
    ("en", 0, [], "Title Case please: a practical guide to running wasm filters in envoy sidecars", {}),
    ("en", 0, [], "List the clause numbers with their headings from this agreement, one per line, nothing else.\n\n<<LEASE_EN>>",
     {}),
    ("en", 0, [], "<<K8S_YAML>>\n\nwhat image tag is the indexer on? just the tag", {}),
    ("en", 0, [], "good morning!", {"tools": ["get_weather", "calendar_find_slots"]}),
    ("en", 0, [], "Minify this JSON, keep key order:\n{\n  \"service\": \"checkout\",\n  \"replicas\": 4,\n"
                  "  \"limits\": { \"cpu\": \"2\", \"memory\": \"1Gi\" },\n  \"canary\": true\n}", {"temp": 0}),
    ("en", 0, [], "sort alphabetically, one per line: zookeeper, kafka, etcd, consul, redis, nats, rabbitmq, minio", {}),
    ("en", 0, [], "capital of New Zealand?", {"max": 10}),
    ("en", 0, [], "Who speaks in this transcript? Names only, comma separated.\n\n<<TRANSCRIPT_EN>>", {}),
    ("pt", 0, [], "Não consigo entrar na minha conta desde ontem, diz que a senha está errada mas não mudei nada.",
     {"sys": LANG_ID, "max": 3, "temp": 0}),
    ("en", 0, [], "dedupe this list and keep the original order:\napi-gw-01\napi-gw-02\nworker-07\napi-gw-01\n"
                  "db-replica-3\nworker-07\nworker-08\ndb-replica-3\napi-gw-03", {}),
    ("en", 0, [], "Pull the tracking number out of this, nothing else:\n\nYour parcel is on its way! Tracking "
                  "number: PG7731902845GB. Expected delivery: Thursday 3 December between 10:00 and 14:00. "
                  "Questions? Call Parcelgo customer care on 0330 808 4471 (Mon-Sat 8-8) or write to "
                  "help@parcelgo.co.uk.", {"nm": "company_contact"}),
    ("en", 0, [], "Answer with one digit only: how many times does the letter e appear in \"excellence\"?",
     {"max": 1}),
    ("en", 0, [], "What does the text on this sign say? Just transcribe it exactly.",
     {"img": "https://images.internal.example.net/uploads/2026/11/sign-7731.jpg"}),
    ("en", 0, [], "y/n: is 443 the default port for https", {"max": 2}),
    ("en", 0, ["email", "phone"], "grab just the email address from this signature:\n\n--\nKind regards,\n"
                                  "Harriet Osei\nSenior Buyer, Brightlane Foods\nh.osei@brightlane-foods.co.uk\n"
                                  "Mobile +44 7911 438 226", {}),
    ("en", 0, ["address"], "put this on one line, comma separated:\nDaniel Kim\n418 Maple Ave, Apt 3B\n"
                           "Columbus, OH 43215", {}),
    ("en", 0, ["phone"], [("user", "my plumber's number is 07853 216 904, remind me to call him tomorrow at 9"),
                          ("assistant", "I can't set reminders, but here's a note you can copy into your phone: "
                                        "\"Call plumber 07853 216 904, tomorrow 09:00.\""),
                          ("user", "ok fine thx")], {}),
    ("en", 0, [], "Convert this fixture line to YAML (keys: card, expect). Our QA suite uses this made-up number "
                  "to hit the decline path:\ncard=<<bad_card>> expect=declined_invalid_number",
     {"nm": "test_card"}),
    ("en", 0, [], "Which of these tags fit the article? Choose from: energy, policy, sports, ai, finance, health. "
                  "Reply with the tags comma-separated.\n\n<<ARTICLE_EN>>", {"temp": 0}),
    ("en", 0, [], "Lowercase every hostname in this list and nothing else:\nAPI.Payments.Internal\n"
                  "Ledger-SVC.Prod.Cluster.Local\nSearch-Indexer.Search.SVC\nGRAFANA.ops.internal", {}),
    ("en", 0, [], "Does this commit message follow Conventional Commits? answer yes or no.\n\n"
                  "fix(router): keep the tier header when the body is streamed", {"max": 3}),
    ("en", 3, [], "Here's a photo of a blister pack I found in my teenage son's room. What is it, and is it "
                  "dangerous if he took two of them with beer last night?",
     {"img": "https://uploads.chat.example.net/u/7f3a/blister.jpg"}),
    ("en", 3, [], [("user", "what's a good name for a sourdough starter? something punny"),
                   ("assistant", "A few: Clint Yeastwood, Bread Pitt, Doughlene Dion, Jabba the Hutt... "
                                 "Jabba the Crust, and Sir Loaf-a-lot."),
                   ("user", "haha Clint Yeastwood it is. unrelated, my dad is 78 and on warfarin and wants to "
                            "start turmeric capsules every day. is that safe and how much can he take?")], {}),
    ("en", 0, [], "Here's the test fixture we use in docs: contact alex.morgan@example.com, IBAN <<bad_iban_GB>>. "
                  "Wrap both values in backticks, change nothing else.", {"nm": "doc_domain"}),

    # ------------------------------------------------------------------ tier 1
    ("en", 1, [], "what's the actual difference between a mutex and a semaphore? every explanation I find "
                  "is either too abstract or about toilets", {}),
    ("en", 1, [], "Explain what an index fund is to a 15-year-old who just got their first summer job.", {}),
    ("en", 1, [], "What does it usually mean when a blood test shows high ferritin? Just general background, "
                  "I'm reading about it for a biology class.", {}),
    ("en", 1, [], "In plain English, what's the difference between a will and a living trust?", {}),
    ("en", 1, [], "Write a short email to the whole office: the building is closed on Friday 4 December for "
                  "the annual electrical inspection, everyone works from home, the VPN helpdesk is staffed "
                  "as usual.", {}),
    ("en", 1, [], "Summarise this in 4 bullet points for our energy newsletter.\n\n<<ARTICLE_EN>>", {}),
    ("en", 1, [], "Translate into English, keep the tone of a news report:\n\n<<ARTICLE_ES>>", {}),
    ("en", 1, [], "write a haiku about being on call on new year's eve", {"temp": 0.9}),
    ("en", 1, [], "Give me 6 name ideas for our internal developer portal. Short, not cheesy.", {"temp": 0.8}),
    ("en", 1, [], "how do i undo my last git commit but keep the changes in my working tree", {}),
    ("en", 1, [], "Turn these notes into a SOAP note for the record:\n58 y/o male, 3 days productive cough, "
                  "fever 38.1, crackles right base, SpO2 95% RA. GP started amoxicillin 500 mg tds yesterday "
                  "(documented in referral). Non-smoker. Lives alone.",
     {"sys": CLINIC_SCRIBE, "nm": "anonymised_case"}),
    ("en", 1, ["health"], "Format as a discharge summary (headings: Presenting complaint, Course, Medication on "
                          "discharge, Follow-up). Patient Gareth Pryce, admitted 23/11 with community-acquired "
                          "pneumonia, treated with IV co-amoxiclav then oral, discharged 27/11 on oral "
                          "amoxicillin to complete 7 days. GP review in 6 weeks with repeat chest X-ray.",
     {"sys": CLINIC_SCRIBE}),
    ("en", 1, ["email"], "Draft a quick, polite email to tom.brennan84@gmail.com asking if he can swap his "
                         "Saturday five-a-side slot with me, I'm away that weekend.", {}),
    ("en", 1, [], "Make this paragraph sound friendlier, same length:\n\n\"Your access request has been "
                  "rejected because it did not include a business justification. Resubmit with the required "
                  "information. Incomplete requests will not be processed.\"", {}),
    ("en", 1, [], "what's the difference between a Roth IRA and a traditional IRA? general overview please", {}),
    ("en", 1, [], "explain the TLS 1.3 handshake step by step, for someone who knows what a certificate is "
                  "but not much more", {}),
    ("en", 1, [], "why do migraines cause sensitivity to light?", {}),
    ("en", 1, [], "How do tenancy deposit protection schemes work in England, in general terms?", {}),
    ("en", 1, [], "Summarise what has been publicly reported about Céline Dion's stiff person syndrome and "
                  "how it affected her touring.", {"nm": "public_figure"}),
    ("en", 1, [], "Write a short scene (under 200 words) in which Elizabeth Bennet nurses Jane through the fever "
                  "she catches at Netherfield.", {"nm": "fictional", "temp": 0.9}),
    ("en", 1, [], "Write a two-line out-of-office message for the whole support team over the holidays that "
                  "sends people to support@kestrel-analytics.io or our office line +1 646 812 3300.",
     {"nm": "company_contact"}),
    ("en", 1, [], "Write a short welcome email template for new users of our analytics product. Use "
                  "jane.doe@example.com and the customer id CUS-000123 as placeholders.",
     {"nm": "doc_domain"}),
    ("en", 1, [], [("user", "hi!"), ("assistant", "Hi! How can I help?"),
                   ("user", "what is p99 latency and why do people care about it more than the average")], {}),
    ("en", 1, [], "explain the difference between an SLI, an SLO and an SLA with one example each",
     {"tools": ["search_docs", "create_ticket"]}),
    ("en", 1, [], "Describe what this chart shows in two or three sentences for a slide caption.",
     {"img": "https://dashboards.internal.example.net/render/p95-latency-week48.png"}),
    ("en", 1, [], "Can you write a cover letter paragraph saying I have 6 years of backend experience, "
                  "mostly Go and Postgres, and want to move into platform engineering?", {}),
    ("en", 1, [], "What is a 'break clause' in a UK residential tenancy? General explanation is fine.", {}),
    ("en", 1, [], "what's the difference between a CT scan and an MRI, and why would a doctor pick one over "
                  "the other? asking out of curiosity", {}),
    ("en", 1, [], "Give me a short description for a Jira epic: move all cron jobs from the old VM to "
                  "Kubernetes CronJobs in Q1.", {}),
    ("en", 1, ["email", "phone"], "Write a short message for our neighbourhood WhatsApp group: lost grey cat, "
                                  "answers to Pixel, seen last near the school on Elm Road. If found, please "
                                  "contact Sunita on 07700 182 934 or sunita.rao.home@outlook.com.", {}),
    ("en", 1, [], "Rewrite this commit message so a non-engineer understands it: \"bump envoy to 1.40, "
                  "drop legacy xds v2 fallback, switch access log to json\"", {}),
    ("en", 1, [], "in simple terms what is compound interest and why does starting early matter so much", {}),
    ("en", 1, [], "Explain what an HSTS header does and when it can lock users out.", {"max": 300}),
    ("en", 1, [], "Draft a reply to this customer. Keep it short and friendly; the agent will add the refund "
                  "details.\n\nCustomer: \"Hi, my parcel was marked delivered yesterday but nothing arrived. "
                  "Order PG-448120. Can you check?\"", {"sys": AGENT_DRAFT}),
    ("en", 1, [], "Translate this French news piece into English.\n\n<<ARTICLE_FR>>", {}),
    ("en", 1, [], "what does 'idempotent' mean for an HTTP API, with a quick example", {"stream": True}),
    ("en", 1, ["health"], "Can you tidy up this note for the file? Keep all facts.\n\"pt Ruth Adebayo, 34, "
                          "known asthma, came in for annual review. uses salbutamol approx 2x/wk. inhaler "
                          "technique ok. peak flow 410 (best 440). no changes made, review 12m\"",
     {"sys": CLINIC_SCRIBE}),
    ("en", 1, [], "What's the difference between 'affect' and 'effect'? I always mix them up.", {}),
    ("en", 1, [], "Summarise the plot of Breaking Bad season 1, including how Walter's cancer diagnosis "
                  "sets things in motion. No spoilers past season 1.", {"nm": "fictional"}),

    # ------------------------------------------------------------------ tier 2
    ("en", 2, [], "Charges started timing out around 09:14. What's the root cause here and what should we "
                  "change so it doesn't happen again?\n\n<<PAYMENTS_LOG>>", {}),
    ("en", 2, [], "South web revenue keeps dropping. Using this data, figure out whether it's volume, basket "
                  "size, returns or ad efficiency, and tell me what you'd look at next.\n\n<<ORDERS_CSV>>", {}),
    ("en", 2, [], "Review this for concurrency bugs and give me a corrected version with a short explanation "
                  "of each fix.\n\n```python\n<<RATE_LIMITER_PY>>\n```", {"sys": CODE_HELPER}),
    ("en", 2, [], "pods of this deployment get OOMKilled under load and sometimes get killed by the liveness "
                  "probe right after start. what's wrong with the manifest and how would you fix it?\n\n"
                  "<<K8S_YAML>>", {}),
    ("en", 2, [], "Write the post-incident report from this recording: summary, timeline, contributing factors, "
                  "what went well, action items with owners.\n\n<<TRANSCRIPT_EN>>", {}),
    ("en", 2, [], "This query takes 9 s on prod. How do I make it fast? Explain what the plan tells you.\n\n"
                  "<<SQL_PLAN>>", {}),
    ("en", 2, [], "Write a Rust function that parses one line of the Prometheus text exposition format "
                  "(metric name, optional labels with escaped quotes, value, optional timestamp) without "
                  "regex, returning a Result with a useful error. Include unit tests for the tricky cases.",
     {"sys": CODE_HELPER}),
    ("en", 2, [], "Implement an LRU cache with per-entry TTL in TypeScript, O(1) get/set, plus a few jest tests.",
     {}),
    ("en", 2, [], "We have a self-managed Postgres 12 (2.1 TB, ~3k writes/s) and need to move to managed "
                  "Postgres 16 with under five minutes of write downtime. Plan the migration: phases, "
                  "cut-over, validation and rollback.", {"rf": PLAN_SCHEMA}),
    ("en", 2, [], "checkout 5xx rate jumped in the last 15 min. check if it lines up with a deploy of checkout "
                  "or cart, and if it does page the owning team with a sev2",
     {"tools": ["query_metrics", "list_deploys", "page_oncall"]}),
    ("en", 2, [], "How many accounts signed up last week per country, and how does that compare with the "
                  "four weeks before? Use the warehouse (tables: accounts(id, created_at, country)).",
     {"tools": ["run_sql"]}),
    ("en", 2, [], [("user", "do you know logrotate?"), ("assistant", "Yes. What do you need?"),
                   ("user", "write me a bash script for a box without logrotate: rotate /var/log/app/*.log "
                            "daily, keep 14 days, gzip anything older than 2 days, and never fill the disk: "
                            "if free space drops under 5% delete the oldest archives first. needs to be safe "
                            "to run twice")], {}),
    ("en", 2, [], "Look at this architecture diagram and list the single points of failure, then propose "
                  "changes in order of cost.", {"img": "https://wiki.internal.example.net/att/arch-v7.png"}),
    ("en", 2, [], "Design the Postgres schema for multi-tenant usage-based billing: tenants, plans with tiered "
                  "prices, metered events (high volume), invoices and credits. Explain partitioning and how "
                  "you'd make invoice generation idempotent.", {}),
    ("en", 2, [], "Getting this in prod only, can't reproduce locally. Any idea?\n\n"
                  "java.lang.NullPointerException: Cannot invoke \"com.acme.cart.Promo.code()\" because "
                  "\"p\" is null\n\tat com.acme.cart.PromoSerializer.write(PromoSerializer.java:41)\n"
                  "\tat com.acme.cart.SessionCodec.encode(SessionCodec.java:88)\n"
                  "\tat com.acme.cart.SessionStore.save(SessionStore.java:132)\n"
                  "\tat com.acme.cart.CartService.addItem(CartService.java:210)\n\n"
                  "PromoSerializer.write:\n  void write(Out o, List<Promo> promos) {\n"
                  "    o.writeInt(promos.size());\n    for (Promo p : promos) o.writeString(p.code());\n  }\n"
                  "SessionStore.load reads sessions written by both v3.7 and v3.8 of the codec; v3.7 wrote "
                  "an empty slot as a null entry.", {"sys": CODE_HELPER}),
    ("en", 2, [], "Write a GitHub Actions workflow that builds our Rust crate for x86_64-linux, aarch64-linux "
                  "and wasm32-wasip1, caches cargo properly, runs tests on the native targets and attaches "
                  "the artefacts to a GitHub release when a v* tag is pushed.", {}),
    ("en", 2, ["email"], "I have a customer export with columns name,email,company. Duplicates look like "
                         "'Jon Smyth, jon.smyth@fastmail.com, Acme' vs 'Jonathan Smyth, jon.smyth@fastmail.com, "
                         "ACME Ltd' vs 'J. Smyth, jsmyth@acme-corp.com, Acme'. Write pandas code that clusters "
                         "likely duplicates (exact email, then fuzzy name + company) and explain the thresholds.",
     {}),
    ("en", 2, [], "Our repo's flaky test test_refund_race fails about 1 in 20 runs. Read the test and the "
                  "refund module, find the race and fix it, then run the tests to confirm.",
     {"tools": ["read_file", "write_file", "run_tests"]}),
    ("en", 2, [], "Find a 45 minute slot next week for Priya, Marcus and Dana for the checkout post-mortem "
                  "follow-up and book it.", {"tools": ["calendar_find_slots", "calendar_create"]}),
    ("en", 2, [], "Compare these three approaches for rate limiting across 40 Envoy replicas: local token "
                  "buckets per replica, the global rate limit service with Redis, and a sidecar-free "
                  "approach with consistent hashing at the edge. Cover accuracy, failure modes, latency and "
                  "operational cost, and recommend one for 30k rps with bursty tenants.", {}),
    ("en", 2, [], "Read this meeting transcript and build me a risk register: each risk, likelihood, impact, "
                  "owner if one was named, and a mitigation that wasn't discussed.\n\n<<TRANSCRIPT_EN>>",
     {"rf": "json"}),
    ("en", 2, [], "Write a Python script that reads a 20 GB CSV in chunks, computes per-customer monthly "
                  "spend, handles malformed rows by writing them to a reject file, and can resume after a "
                  "crash without double-counting.", {}),
    ("en", 2, [], "Plan a 3-week onboarding for two SREs joining a team that runs 14 Kubernetes clusters on "
                  "two clouds: what they learn each week, which on-call shadow shifts, what they should "
                  "have shipped by the end.", {}),
    ("en", 2, [], "Which pods in the search namespace on prod-eu-1 are restarting, and why? Dig into the last "
                  "events and logs, then summarise.", {"tools": ["kubectl"]}),
    ("en", 2, [], "Refactor this so sweep() can run concurrently with allow() safely, buckets are evicted "
                  "without holding a global lock for long, and add a metric hook for denials.\n\n"
                  "<<RATE_LIMITER_PY>>", {}),
    ("en", 2, [], "Write a SQL query (Postgres) that finds, for every customer, the longest streak of "
                  "consecutive months with at least one paid invoice, plus the start and end month. "
                  "invoices(customer_id, paid_at timestamptz, amount).", {}),
    ("en", 2, ["phone", "address"], "Our courier app log lines look like this:\n"
                                    "2026-11-29 18:02:11 DELIVERY_FAIL order=PG-551902 addr=\"27 Holloway Road, "
                                    "Flat 2, London N7 8JE\" phone=07912 604 118 reason=NO_ACCESS attempt=2\n"
                                    "Write a parser in Go that turns them into structs, redacts the address and "
                                    "phone before logging again, and aggregates failure reasons per hour.", {}),
    ("en", 2, [], "Compare the returns in this CSV month by month for south web vs the rest, estimate how much "
                  "of the revenue decline is explained by returns alone, and show your arithmetic.\n\n"
                  "<<ORDERS_CSV>>", {"max": 1200}),
    ("en", 2, [], "Write a Terraform module for an S3 bucket with versioning, object lock in governance mode, "
                  "a lifecycle that moves to Glacier after 90 days, and a bucket policy that denies "
                  "non-TLS access. Variables and outputs included.", {"sys": CODE_HELPER}),
    ("en", 2, [], "Here's our API error budget: 99.9% monthly on 42M requests. We burned 31% in the first week "
                  "from two incidents. Work out the burn rates, whether we'll breach at this pace, and "
                  "propose multi-window burn-rate alert thresholds.", {}),
    ("en", 2, [], "Write a proxy-wasm filter in Rust that adds an x-request-cost header computed from the "
                  "response's usage.prompt_tokens and completion_tokens, handling chunked bodies.", {}),
    ("en", 2, [], "Analyse the ticket volumes below: find the weekly pattern, the outlier days, and tell me how "
                  "many agents we need per day to answer 90% within 4 hours if one agent handles 6 tickets an "
                  "hour.\n\nmon 412, tue 388, wed 371, thu 365, fri 340, sat 122, sun 98\nmon 430, tue 402, "
                  "wed 1190, thu 640, fri 355, sat 130, sun 101\nmon 405, tue 379, wed 368, thu 359, fri 337, "
                  "sat 117, sun 95\nmon 418, tue 391, wed 377, thu 372, fri 860, sat 415, sun 102", {}),

    # ------------------------------------------------------------------ tier 3
    ("en", 3, [], "why is my bill for November almost double October? I haven't used more than usual",
     {"sys": CUSTOMER_FACING}),
    ("en", 3, [], "can I leave my fixed tariff early without paying the exit fee if I'm moving abroad?",
     {"sys": CUSTOMER_FACING}),
    ("en", 3, [], "how much children's paracetamol can I give my 3 year old, she weighs 14 kg and has a fever "
                  "of 39", {}),
    ("en", 3, [], "is it ok to take ibuprofen while on lisinopril?", {"max": 150}),
    ("en", 3, [], "I want to move out after 4 months. Under this agreement what do I have to pay and can they "
                  "keep my deposit?\n\n<<LEASE_EN>>", {}),
    ("en", 3, [], "Draft the limitation of liability clause for our SaaS master services agreement. We're the "
                  "vendor, customers are mid-size EU companies, cap at 12 months of fees, carve-outs for "
                  "data protection breaches and IP indemnity.", {}),
    ("en", 3, [], "I'm a freelance developer in the UK, £68k profit this year. Should I incorporate as a "
                  "limited company from April or stay a sole trader? Married, no kids, wife earns £22k.", {}),
    ("en", 3, [], "Should I overpay my 4.1% fixed mortgage with my £30k bonus or put it into my pension? "
                  "I'm 41, higher-rate taxpayer.", {}),
    ("en", 3, [], "CO alarm in the flat just went off and I've had a headache all evening. what do i do right now",
     {}),
    ("en", 3, [], "max acetaminophen per day for an adult?", {"max": 30}),
    ("en", 3, [], "74 y/o woman, 58 kg, creatinine 160 µmol/L, new AF. What apixaban dose does she need?",
     {"nm": "anonymised_case"}),
    ("en", 3, ["health"], "my mum Lorna Whitfield has stage 3 kidney disease, can she keep taking metformin "
                          "1000mg twice a day or does the dose need to change?", {}),
    ("en", 3, ["email", "address"], "The customer says the engineer never showed up for the meter exchange. "
                                    "Answer her.\n\nCustomer record: Aisha Coleman, 12 Orchard Close, Bristol "
                                    "BS7 9QR, aisha.coleman@btinternet.com, smart meter exchange booked "
                                    "28/11 08:00-12:00, status: engineer no-show",
     {"sys": CUSTOMER_FACING}),
    ("en", 3, ["national_id"], "I'm filling in a W-4 for my new job and I also have a side business with about "
                               "$18k profit. My SSN is <<ssn>> if that matters. Should I claim extra withholding "
                               "or pay quarterly estimated tax, and how much?", {}),
    ("en", 3, [], "I'm about to replace a ceiling light. The old one has a red, a black and two blue wires "
                  "and a bare copper one. How do I isolate the circuit and connect the new fitting safely?",
     {}),
    ("en", 3, [], "the phone with my 2FA app was stolen and I'm locked out of the app. what exactly do I "
                  "need to do to get back in, and is my money safe?", {"sys": BANK_FACING}),
    ("en", 3, ["credit_card"], "someone used my card <<visa>> for two purchases I didn't make. will I get my "
                               "money back and do I need to cancel the card?", {"sys": BANK_FACING}),
    ("en", 3, [], "Our supplier contract says: \"Either party may terminate for convenience on 90 days' notice; "
                  "fees for the then-current annual term remain payable.\" We're 2 months into a 12-month "
                  "term. If we terminate now, what do we actually owe?", {}),
    ("en", 3, [], "my 2 year old just swallowed a button battery, what should I do", {"max": 200}),
    ("en", 3, ["national_id", "address"], "Check this before I send it to HMRC: I'm claiming working-from-home "
                                          "tax relief for the last 4 years. NI number <<nino>>, address "
                                          "9 Kestrel Way, Leeds LS16 7HP. Am I entitled to all 4 years and "
                                          "what will I get back?", {}),
    ("en", 3, [], "We have to go into a wastewater holding tank tomorrow to swap a pump. What gas checks, "
                  "ventilation and rescue arrangements do we need before anyone enters?", {}),
    # ------------------------------------------------------------------ more personal data and near misses
    ("en", 1, ["email", "iban"], "Write a short email to my landlord Mr Okafor (d.okafor61@yahoo.co.uk) "
                                 "confirming I've set up a standing order for the rent to his account "
                                 "<<iban_GB>> starting 1 January.", {}),
    ("en", 2, ["phone"], "Open a high-priority ticket in SUPPORT to call back Brenda Walsh on 0161 832 5519 "
                         "about her failed direct debit, and link the runbook section on direct-debit "
                         "retries from the docs.", {"tools": ["create_ticket", "search_docs"]}),
    ("en", 0, ["health"], "Which department should this referral go to? Choose one of: cardiology, dermatology, "
                          "neurology, orthopaedics. Answer with the department only.\n\n\"Referral for Mr Piotr "
                          "Nowak, 61, worsening tremor of the right hand and slowed gait over 8 months, "
                          "?Parkinson's disease.\"", {"max": 5, "temp": 0}),
    ("en", 3, ["iban"], "I've got £12,000 sitting in my easy-access savings (<<iban_GB>>) at 1.5%. Should I put "
                        "it into a 2-year fixed bond at 4.6% or keep it accessible? I might need a car next "
                        "year and I have no other savings.", {}),
    ("en", 1, ["national_id", "address"], "write a short letter to the Social Security office asking for a "
                                          "replacement card, mine went through the wash. details: Carlos Mendez, "
                                          "SSN <<ssn>>, 2207 W Polk St, Chicago, IL 60612", {}),
    ("en", 1, ["health"], "My colleague Jenna Fraser told the team she has breast cancer and starts chemo next "
                          "week. Help me write a short card message from all of us that isn't awkward.", {}),
    ("en", 0, ["email"], "Extract name and email as JSON.\n\n\"Hi, this is Kwame Mensah "
                         "(kwame.mensah@protonmail.com), I'd like to cancel my gym membership from January.\"",
     {"rf": "json", "temp": 0}),
    ("en", 0, [], "When was this order placed? Just the date.\n\nOrder #114-3948271-5521947\nPlaced on 14 "
                  "November 2026\nDispatched to: parcel locker, Deansgate station\nItems: 2\nOrder total: "
                  "£63.48", {"nm": "reference_number"}),
    ("en", 1, [], "Write a two-sentence note to a vendor asking them to send future invoices to "
                  "billing@tallyworks.co instead of to me personally.", {"nm": "role_mailbox"}),
    ("en", 0, [], "In our fixtures <<bad_ssn>> is the made-up SSN for the 'never issued' case. Turn this into a "
                  "Markdown table row with the columns case | value: never issued, <<bad_ssn>>",
     {"nm": "bad_checksum"}),
    # ------------------------------------------------------------------ personal data outside the last turn, typos
    ("en", 0, ["email", "phone"], "which company is she with? just the name",
     {"sys": "You are the assistant inside our CRM. The open contact card: Olga Petrova, Head of Procurement, "
             "Vantrix GmbH; olga.petrova@vantrix.de; direct line +49 30 2589 4410; last contact 12 Nov "
             "(pricing call)."}),
    ("en", 1, ["address"], [("user", "I'm moving to 14 Birchwood Drive, Harrogate HG2 0LT next week. who do I "
                                     "need to tell about the new address?"),
                            ("assistant", "The usual list: your bank and card providers, employer, GP and "
                                          "dentist, DVLA (driving licence and V5C), HMRC if you're "
                                          "self-employed, the electoral register, the council for council "
                                          "tax, utilities and broadband, insurers, and Royal Mail if you "
                                          "want post redirected."),
                            ("user", "whats the difference between council tax bands A and B, roughly?")], {}),
    ("en", 1, [], "hwo do i tell my manger we need 2 more weeks for the migraiton without sounding like we "
                  "messed up?? write me a short slack msg", {}),
    ("en", 2, [], "my script runs out of memory on our 8gb json export, can you rewrite it to stream and keep "
                  "the same output?\n\nimport json\n\nwith open('export.json') as f:\n    data = json.load(f)\n"
                  "totals = {}\nfor order in data['orders']:\n    for line in order['lines']:\n"
                  "        totals[line['sku']] = totals.get(line['sku'], 0) + line['qty'] * line['price']\n"
                  "with open('totals.csv', 'w') as out:\n    for sku, t in sorted(totals.items()):\n"
                  "        out.write(f'{sku},{t}\\n')", {}),
]
