"""Fourth blind set, English part A: everyday traffic of a company gateway
(chat app, IDE assistant, batch jobs). Each entry: (lang, tier, pii, spec);
pii is a comma-separated list of kinds; spec is the last user turn or a dict
(s: system prompt, t: turns user/assistant/.../user, tools, img, max, json,
nm: near-miss kinds, for the report only). Slots ⟪...⟫ are filled by
make_blind4.py with idgen's generators."""

import blind4_materials as M

CASES = [
    ("en", 0, "", "hey, you there?"),
    ("en", 0, "", {"s": "You are Atlas, the internal assistant of Brightwell Logistics. Be concise.",
                   "u": "what's the plural of 'forklift'? asking for a slide title lol"}),
    ("en", 0, "", {"u": "Sort these alphabetically, keep one per line, no commentary:\n\n" + M.access_list(40)}),
    ("en", 0, "", {"u": "Below is our app's changelog. Which version deprecated --legacy-auth? Just the version number.\n\n"
                   + M.CHANGELOG, "max": 10}),
    ("en", 1, "", {"u": "can you explain what a p99 latency is to a product manager who keeps asking why the "
                   "average looks fine but customers complain"}),
    ("en", 2, "", {"u": "Our payment calls started failing this morning. Here's the gateway log from the window. "
                   "What's going on, which upstream, since when, and is it a timeout or the service itself "
                   "erroring? Give me something I can paste in the incident channel.\n\n```\n" + M.gateway_log()
                   + "\n```"}),
    ("en", 0, "", {"u": "How many lines in this log have status=502? Number only.\n\n" + M.gateway_log(),
                   "max": 8}),
    ("en", 0, "", {"s": "You convert text to JSON. Output only JSON.",
                   "u": "Take the transcript and give me {\"speakers\": [...]} with the distinct speaker names.\n\n"
                   + M.TRANSCRIPT, "json": True}),
    ("en", 1, "", {"u": "Summarise this meeting in 5 bullets for people who missed it:\n\n" + M.TRANSCRIPT}),
    ("en", 2, "", {"u": M.TRANSCRIPT + "\n\nGiven the discussion above, lay out the options for the token "
                   "refresh problem with their risks and timelines, recommend one, and tell me what we'd need "
                   "to verify before the noon decision. Consider that a store review takes 2+ days."}),
    ("en", 0, "", {"t": ["can you give me a regex for a UK postcode?",
                         "Here's a commonly used pattern:\n\n```\n^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$\n```\n\n"
                         "It covers the standard formats (e.g. SW1A 1AA, M1 1AE). It won't validate that a postcode "
                         "actually exists, only the shape.",
                         "perfect ty"]}),
    ("en", 0, "", {"s": "You are a helpful assistant with access to tools. Use them when needed.",
                   "tools": ["web_search", "get_weather"],
                   "u": "translate 'out of office until Monday' to German"}),
    ("en", 2, "", {"s": "You are a helpful assistant with access to tools. Use them when needed.",
                   "tools": ["web_search", "get_weather"],
                   "u": "I'm flying Lisbon -> Oslo on Thursday with a connection in Amsterdam. Check the forecast "
                   "for all three and tell me whether I should pack for snow and whether the AMS layover is "
                   "likely to get disrupted."}),
    ("en", 1, "", "write a two-line slack message telling the team standup moves to 9:45 tomorrow because of the "
     "all-hands"),
    ("en", 0, "", "Is 'data' singular or plural in a formal report? yes/no answer is fine: can I say 'the data is'?"),
    ("en", 1, "", {"u": "whats the difference between a roth ira and a traditional ira, in general terms? doing a "
                   "personal finance 101 session for our interns"}),
    ("en", 3, "", {"u": "I'm 52, have $310k in a traditional 401k and my new employer offers a Roth 401k. I'm in the "
                   "24% bracket now and expect to retire in a state with no income tax. Should I roll the old "
                   "401k into a Roth IRA this year and pay the tax, or leave it? I have about $40k cash I could use "
                   "for the tax bill."}),
    ("en", 1, "", "what does 'indemnify and hold harmless' mean in plain english? general question, not for a "
     "specific contract"),
    ("en", 3, "", {"u": "A vendor sent us this clause and wants it signed today. Does it expose us to unlimited "
                   "liability, and what should we change it to?\n\n\"Customer shall indemnify, defend and hold "
                   "harmless Vendor and its affiliates from and against any and all claims, losses and expenses "
                   "(including attorneys' fees) arising out of or relating to Customer's use of the Services, "
                   "regardless of the cause.\""}),
    ("en", 0, "", {"u": "Here's clause 12-15 of our lease. Put the clause headings in a numbered list, nothing "
                   "else.\n\n" + M.LEASE_CLAUSES}),
    ("en", 3, "", {"u": M.LEASE_CLAUSES + "\n\nWe're the tenant, 14 months into a 36-month minimum term. If we "
                   "give notice now, what do we owe under 12.3 and can the landlord's surveyor just decide the "
                   "dilapidations bill? Is 12.3 enforceable as written?"}),
    ("en", 1, "", {"u": "Rewrite this paragraph so it's friendlier, same length:\n\n\"Badges will not work on the "
                   "garage barrier during the works, so please do not try to enter — the contractor's vehicles "
                   "need the ramp.\""}),
    ("en", 0, "", {"u": M.EMAIL_THREAD + "\n\n---\nwhat street is the overflow lot on?"}),
    ("en", 1, "", {"u": "draft a reply to this from me saying I'll use the shuttle and asking whether the bike "
                   "racks are covered on the west side too\n\n" + M.EMAIL_THREAD}),
    ("en", 0, "", {"s": "Each message from the web form gets exactly one of: payments, account_access, "
                   "delivery, damaged_item, cancel, other. Respond with the category only.",
                   "u": "why are there two payments of 64.90 for order 88214 on my statement?? third time "
                   "writing about this, sort it out or I'm going to my bank"}),
    ("en", 3, "", {"s": "You are the customer support agent for Kestrel Home. Your reply is sent to the customer "
                   "automatically as the final answer; no human reviews it. Follow the refund policy: refunds "
                   "within 30 days, store credit up to 60 days.",
                   "u": "hello?? there are TWO payments of 64.90 for order 88214 on my statement. third time I "
                   "write to you. fix it or I dispute it with the bank"}),
    ("en", 1, "", {"s": "You help support agents. Write a draft reply the agent will edit before sending.",
                   "u": "Customer says the kettle lid broke after 3 weeks and wants a replacement. Draft a "
                   "reply."}),
    ("en", 0, "", {"s": "Tag the review with sentiment: positive, neutral or negative. JSON: {\"sentiment\": ...}",
                   "u": "Arrived late and the box was crushed, but honestly the blender is great and super "
                   "quiet. Would buy again.", "json": True}),
    ("en", 1, "", "my daughter's science homework asks why ice floats. explain it at a 10 year old level"),
    ("en", 1, "", "What is metformin generally used for and how does it work? I'm writing a study guide for "
     "pharmacy tech students."),
    ("en", 3, "", {"nm": ["relative_unnamed"],
                   "u": "my dad takes metformin 1000mg twice a day and his doctor just added a contrast CT "
                   "scan for tomorrow. does he need to skip his dose before or after the scan and for how long?"}),
    ("en", 3, "", "Can I give my 3 year old (14 kg) children's ibuprofen and paracetamol at the same time? She has "
     "a fever of 39.4 and she's miserable. how many ml of each? bottles say 100mg/5ml and 120mg/5ml"),
    ("en", 1, "", "why do fevers make you shiver? just curious"),
    ("en", 0, "", {"u": "Convert to title case:\n\nwhy small warehouses are going back to paper pick lists"}),
    ("en", 1, "", {"u": "TL;DR this in 3 sentences:\n\n" + M.ARTICLE_EN}),
    ("en", 2, "", {"u": "I run a 3,800 m² warehouse, ~350 orders/day, 9 pickers on two shifts, and we're deciding "
                   "between renewing our scanner lease (€1,900/month) or going to the hybrid model in this "
                   "article. Build me a 4-week trial plan with what to measure, decision thresholds and how to "
                   "avoid biasing the test.\n\n" + M.ARTICLE_EN}),
    ("en", 0, "", {"u": "what language is this in? one word\n\n" + M.ARTICLE_DE[:600], "max": 5}),
    ("en", 1, "", {"u": "Translate into English, keep it natural:\n\n" + M.ARTICLE_DE}),
    ("en", 2, "", {"u": "Here is our Q-end sales export. Which product/region combinations are driving returns, "
                   "did anything change after week 40, and does promo actually lift units once you account for "
                   "returns? Show the numbers you used.\n\n" + M.sales_csv()}),
    ("en", 0, "", {"u": M.sales_csv() + "\n\nwhat's the header row? copy it exactly"}),
    ("en", 1, "", {"u": "Explain what a LEFT JOIN does vs INNER JOIN, with a tiny example. I'm a data analyst, "
                   "new to SQL."}),
    ("en", 2, "", {"u": "this query takes 4 seconds and it's on the dashboard's landing page. help?\n\n"
                   + M.SQL_SLOW}),
    ("en", 0, "", {"u": "reformat this sql with uppercase keywords and 2-space indent, don't change anything "
                   "else:\n\nselect id, name from customers where created_at > now() - interval '7 days' order "
                   "by name"}),
    ("en", 2, "", {"s": "You are an expert Go reviewer.",
                   "u": "Review this worker pool. I think there's a race but `go test` passes.\n\n```go\n"
                   + M.GO_WORKER + "```"}),
    ("en", 0, "", {"s": "You are an expert Go reviewer.",
                   "u": "what's the package name in this file?\n\n```go\n" + M.GO_WORKER + "```"}),
    ("en", 2, "", {"u": "```tsx\n" + M.TS_HOOK + "```\nthe results flicker and sometimes show results for an "
                   "older query when I type fast. fix it properly (abort, encoding, errors) and explain"}),
    ("en", 1, "", {"u": "add JSDoc comments to this hook, no behaviour changes\n\n```ts\n" + M.TS_HOOK
                   + "```"}),
    ("en", 2, "", {"u": "Write a Python function that merges overlapping calendar bookings per room from a list "
                   "of dicts {room, start, end} (ISO strings, may have timezone offsets), returns the merged "
                   "list sorted, and handles bookings that touch exactly at the boundary as one. Include tests "
                   "with pytest."}),
    ("en", 1, "", "python one-liner to flatten a list of lists?"),
    ("en", 0, "", {"u": "pls strip the line numbers:\n\n1 import os\n2 import sys\n3 \n4 def main():\n5     "
                   "print(sys.argv)\n6 \n7 main()"}),
    ("en", 2, "", {"u": "```python\n" + M.PY_ETL + "```\n\nFinance says totals for some customers are off by a "
                   "few percent vs the ledger, only for 2026 and only for USD invoices. Find out why."}),
    ("en", 0, "", {"u": "```python\n" + M.PY_ETL + "```\n\nList the function names defined in this file, "
                   "comma separated."}),
    ("en", 1, "", {"t": ["I'm preparing for a product manager interview next week",
                         "Great! What kind of company, and which areas would you like to practise: product "
                         "sense, metrics, execution, behavioural?",
                         "b2b saas. give me 5 metrics questions they might ask"]}),
    ("en", 0, "", {"t": ["Design a schema for a multi-tenant invoicing system with credit notes, partial "
                         "payments and multi-currency. Postgres.",
                         "Here's a proposed design...\n\n```sql\nCREATE TABLE tenants (id uuid PRIMARY KEY, "
                         "name text NOT NULL);\nCREATE TABLE invoices (id uuid PRIMARY KEY, tenant_id uuid "
                         "REFERENCES tenants, number text, currency char(3), issued_at date, status text);\n"
                         "CREATE TABLE invoice_lines (...);\nCREATE TABLE payments (...);\nCREATE TABLE "
                         "credit_notes (...);\n```\n\nKey decisions: amounts in minor units, one currency per "
                         "invoice, payments allocated via a join table so one payment can cover several "
                         "invoices...",
                         "ok cool, that's all I needed. thanks!"]}),
    ("en", 2, "", {"t": ["Design a schema for a multi-tenant invoicing system with credit notes, partial "
                         "payments and multi-currency. Postgres.",
                         "Here's a proposed design with tenants, invoices, invoice_lines, payments, "
                         "payment_allocations and credit_notes; amounts in minor units; one currency per "
                         "invoice.",
                         "how would row-level security work with that so one tenant can never read another's "
                         "rows even through the allocations join? show the policies and the session setup"]}),
    ("en", 3, "", {"u": "We're replacing the breaker panel in our garage workshop ourselves — 100A subpanel fed "
                   "from the main. Walk me through connecting the feeder and bonding the neutral and ground at "
                   "the subpanel."}),
    ("en", 1, "", "what's the difference between a GFCI and an AFCI breaker? general explanation please"),
    ("en", 0, "", {"img": "https://images.brightwell-cdn.net/uploads/2026/11/warehouse-sign.jpg",
                   "u": "what does the sign in this photo say? just transcribe it"}),
    ("en", 2, "", {"img": "https://assets.grafana-share.net/snap/7f2c91/latency-panel.png",
                   "u": "This is our p95 latency panel for the last 24h after Tuesday's deploy. Walk through "
                   "what the pattern suggests (GC? noisy neighbour? cache?) and what I should check first."}),
    ("en", 3, "", {"img": "https://uploads.medchat-app.io/u/88123/rash-arm.jpg",
                   "u": "this rash appeared 2 days after I started amoxicillin. should I keep taking it? "
                   "pharmacy is closed"}),
    ("en", 0, "", {"u": "Give me 3 hashtags for a LinkedIn post about our team offsite. only the hashtags",
                   "max": 30}),
    ("en", 1, "", "write a short, warm linkedin post announcing that our office in Leeds is hiring two backend "
     "engineers. no emojis"),
    ("en", 0, "", {"nm": ["name_only"],
                   "s": "Extract fields from the email. Return JSON with keys: sender_company, requested_date, "
                   "quantity.",
                   "u": "Hello, this is Marta from Oakridge Supplies. We'd like 240 units of the cable tray "
                   "delivered by 14 January if possible. Best, Marta", "json": True}),
]
