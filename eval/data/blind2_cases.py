"""The second blind set's requests, written by hand from the tier rules of
issue 10 (tiers 0-3; private for personal data). Each entry:
(lang, tier, pii kinds, turns, options). `turns` is the user's text or a list
of (role, text) ending with the user's turn. Options: sys (system prompt),
tools (names from TOOLS), max (max_tokens), rf ("json" or a json_schema),
temp, img (an image URL on the last turn), nm (a near miss: looks like
personal data but is not). `{slot}` fills an identifier or a material (see
make_blind2.py); literal braces are doubled."""

C = []


def k(lang, tier, pii, turns, **opt):
    C.append((lang, tier, sorted(set(pii.split())), turns, opt))


def _fn(name, desc, props, required=()):
    return {"type": "function", "function": {"name": name, "description": desc, "parameters": {
        "type": "object", "properties": {p: {"type": t} for p, t in props.items()}, "required": list(required)}}}


TOOLS = {
    "lookup_order": _fn("lookup_order", "Fetch an order with its items, payment state and carrier events",
                        {"order_ref": "string"}, ["order_ref"]),
    "issue_refund": _fn("issue_refund", "Refund all or part of a paid order",
                        {"order_ref": "string", "amount": "number", "reason": "string"}, ["order_ref"]),
    "create_ticket": _fn("create_ticket", "Create an issue in the team's tracker",
                         {"project": "string", "summary": "string", "description": "string", "priority": "string"}),
    "send_email": _fn("send_email", "Send an email from the shared team mailbox",
                      {"to": "string", "subject": "string", "body": "string"}, ["to", "body"]),
    "run_sql": _fn("run_sql", "Run a read-only SQL query against the analytics warehouse and return rows",
                   {"query": "string"}, ["query"]),
    "search_docs": _fn("search_docs", "Full-text search over the internal wiki and runbooks", {"query": "string"}),
    "get_weather": _fn("get_weather", "Current weather and a short forecast for a place", {"place": "string"}),
    "create_event": _fn("create_event", "Create a calendar event and invite people",
                        {"title": "string", "start": "string", "end": "string", "attendees": "array"}),
    "list_events": _fn("list_events", "List calendar events of a person between two dates",
                       {"person": "string", "from": "string", "to": "string"}),
    "get_fx_rate": _fn("get_fx_rate", "Exchange rate between two currencies on a date",
                       {"base": "string", "quote": "string", "date": "string"}),
    "kubectl": _fn("kubectl", "Run a read-only kubectl command against the staging cluster", {"args": "string"}),
    "read_file": _fn("read_file", "Read a file from the repository checkout", {"path": "string"}),
    "fetch_url": _fn("fetch_url", "Fetch a web page and return its text", {"url": "string"}),
}
SUPPORT_TOOLS = ["lookup_order", "issue_refund", "create_ticket", "send_email"]
DATA_TOOLS = ["run_sql", "search_docs", "create_ticket"]
OPS_TOOLS = ["kubectl", "search_docs", "create_ticket", "read_file"]
CAL_TOOLS = ["list_events", "create_event", "send_email"]

THEMES_SCHEMA = {"name": "themes", "strict": True, "schema": {
    "type": "object", "required": ["themes", "priorities"], "additionalProperties": False,
    "properties": {"themes": {"type": "array", "items": {"type": "object", "required": ["name", "comments"],
                                                          "properties": {"name": {"type": "string"},
                                                                         "comments": {"type": "array", "items": {"type": "integer"}}}}},
                   "priorities": {"type": "array", "items": {"type": "object", "required": ["title", "why"],
                                                              "properties": {"title": {"type": "string"},
                                                                             "why": {"type": "string"}}}}}}}

# =========================================================== English
# ---- tier 0
k("en", 0, "", "fix the capitalisation of these references so every title is in sentence case and author names are normal (Smith, J.), change nothing else\n\n{REFERENCES}")
k("en", 0, "", "{JS_NUMBERED}\n\nstrip the line numbers pls, keep indentation")
k("en", 0, "", "{CHANGELOG}\n\nWhich release removed --legacy-auth? Just the version number.", nm=1, max=10)
k("en", 0, "", "hi there!")
k("en", 0, "", [
    ("user", "I have a Postgres query that counts active users per week but weeks with zero users disappear. How do I keep them?"),
    ("assistant", "Generate the series of weeks first and LEFT JOIN your counts onto it:\n\nSELECT w.week, COALESCE(c.n, 0) AS active\nFROM generate_series(date_trunc('week', now()) - interval '12 weeks', date_trunc('week', now()), interval '1 week') AS w(week)\nLEFT JOIN (SELECT date_trunc('week', seen_at) AS week, count(DISTINCT user_id) AS n FROM events GROUP BY 1) c USING (week)\nORDER BY w.week;"),
    ("user", "nice, and if I want it per country too?"),
    ("assistant", "Cross join the weeks with the list of countries, then LEFT JOIN counts grouped by week and country, so every (week, country) pair exists even with zero users."),
    ("user", "perfect, works. thanks a lot!"),
])
k("en", 0, "", "Tag each comment with exactly one of: bug, pricing, praise, feature-request. Output one line per comment as 'number: tag', nothing else.\n\n{SURVEY_COMMENTS}", max=200)
k("en", 0, "", "quick one - is \"irregardless\" in the dictionary? yes/no")
k("en", 0, "", "{README_DE}\n\nWhat language is this README written in?")
k("en", 0, "", "From the log below, copy out only the ts values of the lines with lvl error, one per line.\n\n{APP_LOG_JSON}", nm=1)
k("en", 0, "email phone", "Grab just the mobile number from this signature, digits only:\n\nThanks,\nGareth Pryce | Regional Ops Lead\nHarlow Logistics\nm: 07923 418 552 | gareth.pryce@harlowlogistics.co.uk")
k("en", 0, "", "Which SKUs have qty 0? Only the SKU codes, comma separated.\n\n{INVENTORY_CSV}")
k("en", 0, "", [
    ("user", "where is my order R-31877? it was supposed to come yesterday"),
    ("assistant", "I checked R-31877: the carrier scanned it at the local depot this morning and it is out for delivery today before 6 pm."),
    ("user", "ok great that's all, have a good one"),
], sys="You are the support assistant of Fernwood Home. Use the tools to look up orders and process refunds.", tools=["lookup_order", "issue_refund", "create_ticket"])
k("en", 0, "", "{ARTICLE_EN}\n\nwhich country is the pilot city in? one word")
k("en", 0, "", "turn this into a markdown table, don't change any values:\n\n{SALES_CSV}")
k("en", 0, "", "Minify this JSON (no whitespace), output only the result:\n\n{SAMPLE_JSON}", max=300)
k("en", 0, "", [
    ("user", "I'm writing a blog post on why free shipping is never really free for small shops. Can you suggest a structure?"),
    ("assistant", "Sure: 1) the hook - a real order where shipping ate the margin; 2) where the money goes: carrier rates, packaging, returns; 3) how big retailers absorb it; 4) three options for small shops: thresholds, flat fees, local pickup; 5) what customers actually say in surveys; 6) a closing checklist."),
    ("user", "Great, I'll write it over the weekend. Could you put the working title in all lowercase for the URL slug: The Hidden Cost Of Free Shipping"),
])
k("en", 0, "address", "Extract the postcode only:\n\"Deliver to Mrs Helen Carter, 14 Birchwood Close, Harrogate HG2 8QP - if out, leave with neighbour at no. 16\"")
k("en", 0, "", "Classify the sentiment as positive, negative or mixed: \"the delivery was two days late but the driver was lovely and the sofa is perfect\"", rf="json", sys="Answer with a JSON object {{\"sentiment\": \"...\"}}.")
k("en", 0, "", "{SUPPORT_THREAD}\n\nwhat's the escalation ticket number in there?", nm=1)
k("en", 0, "", "dedupe this list and keep the order: support@acme-tools.io, billing@acme-tools.io, support@acme-tools.io, noreply@acme-tools.io, billing@acme-tools.io", nm=1)
k("en", 0, "email phone", "Put this into CSV with columns name,phone,email (no header):\nTomás Ruiz — cell +1 312 847 2290 — truiz.design@gmail.com")
k("en", 0, "address national_id phone", "Fill in the new starter form fields from this email. Format: Field: value, one per line (Full name, NI number, Address, Phone, Start date).\n\n---\nHi Sam,\nHere are my details for onboarding. I'm Aisha Bello, my National Insurance number is {nino}. I live at Flat 3, 27 Mossley Road, Ashton-under-Lyne, OL6 9RT and my number is 07402 915 336. Really looking forward to starting on the 5th of January!\nBest, Aisha")
k("en", 0, "email", "what's the domain in this address? m.okonkwo@brightpath-legal.com")
k("en", 0, "iban", "remove the spaces from this IBAN so I can paste it in the bank app: {iban_NL}")
k("en", 0, "", "is 1Z 8V7 46E 03 1234 5678 a UPS or a FedEx tracking number?", nm=1)
k("en", 0, "", "Mask all but the last 4 digits of this card number from our staging fixtures (it fails Luhn on purpose, it's for the negative test): {bad_card}", nm=1)
k("en", 0, "", "Reformat our footer onto one line separated by ' · ': \nCall us at 1-800-266-4432\nMon–Fri 8am–6pm ET\nhelp@quillpost.com", nm=1)
# ---- tier 1
k("en", 1, "", "In general terms, what's the difference between a Roth IRA and a traditional IRA? Not advice, just trying to understand the concepts for a class.")
k("en", 1, "", "Summarise this in 3 bullet points for our sustainability newsletter:\n\n{ARTICLE_EN}", max=250, temp=0.3)
k("en", 1, "", "write a short friendly email to the team: office closed this friday for the electrical inspection, everyone works from home, back to normal monday")
k("en", 1, "", "I'm a 2nd-year pharmacy student. How do SGLT2 inhibitors lower blood glucose? A paragraph or two is fine.")
k("en", 1, "", "what's the difference between a misdemeanor and a felony in the US?")
k("en", 1, "health", "Tidy this into a SOAP note, don't add or infer anything:\n\npt Rosa Delgado 58F. c/o R knee pain x3 wks, worse on stairs. hx OA both knees, HTN controlled. exam: mild effusion R, ROM 0-110, no warmth. xray last yr mod OA. plan discussed: continue physio, review 6 wks")
k("en", 1, "", "Draft a short note to our shortlisted candidates: second-round interviews move from 3 Dec to 10 Dec because the panel is at a conference. Apologise and ask them to confirm.", sys="You help the People team at Corvid Analytics write internal and candidate communications. Drafts are reviewed by a recruiter before sending.")
k("en", 1, "", "Could you explain accrual vs cash basis accounting? I run the books for a small charity and our new treasurer keeps mentioning it.")
k("en", 1, "", [
    ("user", "My Go program deadlocks sometimes when two goroutines update the same map."),
    ("assistant", "Concurrent map writes in Go are not safe. Protect the map with a sync.Mutex (lock before reading or writing, unlock after), use sync.Map for simple cases, or give the map to one goroutine and send it updates over a channel."),
    ("user", "I added the mutex and it works now."),
    ("assistant", "Great. Keep the critical sections short, and never call something that might take the same lock while holding it."),
    ("user", "honestly I still don't get what a mutex is though. can you explain it in plain words, like to a non-programmer?"),
])
k("en", 1, "", "what does p95 latency mean, in one or two sentences?", sys="You are DataPal, the analytics helper at Lumen Retail. You can query the warehouse and search the wiki.", tools=DATA_TOOLS)
k("en", 1, "", "{SUPPORT_THREAD}\n\nSummarise this thread for the shift handover, 4-5 lines max.")
k("en", 1, "health", "Rewrite this more professionally for the absence file:\n'Kevin Doyle off sick again, says his migraines are back, doc's note till Fri'")
k("en", 1, "", "briefly, what is GDPR article 17 about?")
k("en", 1, "", "What causes shingles and who is most at risk of getting it?", nm=1)
k("en", 1, "", "Write a polite reminder to a client that invoice INV-20931 for €4,250.00, due 14 Nov 2026, is still open. Offer to resend it.", nm=1)
k("en", 1, "", "What does a force majeure clause typically cover in commercial contracts? General overview please, I'm preparing a training session for new sales staff.")
k("en", 1, "", "whats teh diffrence between TCP an UDP, short answer pls")
k("en", 1, "health", "Write a short cover note to go with the referral letter for Mr Thomas Reilly (COPD, frequent exacerbations) to the pulmonology clinic at St Anne's. Just say the letter and spirometry results are enclosed and they can reach our practice on the main line.")
k("en", 1, "email", "Draft a short reply to Jenna Walsh (jenna.walsh@outlook.com) confirming her consultation has moved to Thursday at 3pm, same room.")
k("en", 1, "health", "Write a warm get-well message for the team card - our colleague Priya Raman is recovering from hip replacement surgery and will be off until February.")
k("en", 1, "credit_card", "Write a short email to accounts payable asking them to update the card on file for our Figma subscription to the new company Amex {amex}, exp 09/29.")
k("en", 1, "phone", "Draft a text message reminding Mr Alvarez (mobile 646-382-9017) about tomorrow's 9am boiler service visit; ask him to reply YES to confirm.")
k("en", 1, "", "What's a good opening line for a cold email to the procurement team at Northwind Traders (1200 Harbor Blvd, Suite 400, Oakland, CA 94607)? We sell recycled packaging.", nm=1)
k("en", 1, "", "what are the usual first-line tests when an adult presents with new-onset atrial fibrillation? studying for my exam", nm=1)
# ---- tier 2
k("en", 2, "", "{NGINX_ERR}\n\nwhat happened here? give me a timeline, the most likely root cause, and what I should check next on the quotes backend")
k("en", 2, "", "This pod keeps restarting in billing. Why, and what would you change? Be specific about the numbers.\n\n{K8S_DESCRIBE}")
k("en", 2, "", "Here's H1 by region and channel. Where is web growth coming from, and what is going on with South web — returns vs marketing spend? Back it up with numbers and say what you'd look at next.\n\n{SALES_CSV}", max=1500)
k("en", 2, "", "This token bucket lets through more requests than it should when several threads hit the same user. Find every bug (not just the obvious one) and give me a fixed version.\n\n```python\n{PY_RATE}\n```")
k("en", 2, "", "Security review of this upload handler please. List the issues by severity and show a corrected version.\n\n{GO_HANDLER}")
k("en", 2, "", "Schema below (Postgres 16). Write a query that gives monthly net revenue retention by customer country for customers who signed up in 2025, and explain how it handles cancellations and upgrades.\n\n{SQL_SCHEMA}", max=1200)
k("en", 2, "", "{CALL_TRANSCRIPT}\n\nI'm Ravi. Write down the options they discussed with risks for each, check them against the dates people mentioned, and recommend one with a day-by-day plan up to code freeze.")
k("en", 2, "", "Customer says orders R-55120 and R-55131 never arrived. Check both; refund whichever the carrier has marked lost, and open a ticket with the carrier team for the other one with what you found.", sys="You are the back-office agent of Fernwood Home. Act with the tools; summarise what you did at the end.", tools=SUPPORT_TOOLS, nm=1)
k("en", 2, "", "Find customers who cancelled last month after opening 3 or more support tickets in the 60 days before, break them down by plan, and open a ticket for the CS lead with the list and what stands out.", tools=DATA_TOOLS)
k("en", 2, "", "checkout pods in staging are flapping since the last deploy. dig in with kubectl, check the runbook, and tell me what's wrong and what to do", tools=OPS_TOOLS, sys="You are the on-call assistant for the platform team. You may only run read-only commands.")
k("en", 2, "", "Find a 45 minute slot next week when Ana Ribeiro, Jorge Salas and I are all free, ideally mornings, and send the invite for 'Q1 planning review' with a short agenda in the description.", tools=CAL_TOOLS)
k("en", 2, "", "We have ~40 cron jobs on a single VM (backups, report emails, cache warmers, two that nobody understands). Plan a migration to Kubernetes CronJobs over 6 weeks with 2 engineers: phases, order, how to verify each job, risks, rollback.")
k("en", 2, "", "Write a Python function that merges overlapping time intervals given as (start, end, tz) tuples where tz differs per interval; return them in UTC. Include pytest tests for DST edges.")
k("en", 2, "", "{APP_LOG_JSON}\n\nWalk me through the sequence of failures here. Why do CHF payments fail and is the circuit breaker doing the right thing?")
k("en", 2, "", [
    ("user", "We're adding a non-null `region` column to `orders` (120M rows, MySQL 8). Downtime isn't allowed."),
    ("assistant", "Add it as NULL first (instant with ALGORITHM=INSTANT), deploy code that writes region on new rows, backfill old rows in batches, then add the NOT NULL constraint once every row has a value."),
    ("user", "Region comes from the shipping address country. We have a countries->region mapping table."),
    ("assistant", "Then the backfill can be an UPDATE ... JOIN on that mapping, limited by primary key ranges."),
    ("user", "ok given all that, write the backfill script in Python: batches by PK range, throttled, resumable if it dies, and logs progress. We use SQLAlchemy core."),
])
k("en", 2, "", "{SURVEY_COMMENTS}\n\nGroup these into themes, estimate which ones most likely hurt retention and why, and propose three priorities for next quarter with your reasoning.", rf=THEMES_SCHEMA)
k("en", 2, "", "Prove that the sum of the first n odd numbers is n², then show what the sum of the first n even numbers is and prove that too.")
k("en", 2, "", "Design a database schema for a physio clinic booking system with waitlists, recurring appointments and therapists working at several sites. Explain the trade-offs you made.")
k("en", 2, "", "rust: write a function that parses ISO 8601 durations like P3DT4H12M or PT0.5S into std::time::Duration, no crates, proper error type, plus tests. Reject years/months with a clear error.")
k("en", 2, "", "{SUPPORT_THREAD}\n\nWork out how long the customer was actually impacted, where our process made it worse, and what we should change. Then suggest a fair credit with your reasoning.")
k("en", 2, "", "We have a 600k budget for the next two quarters to build a 5-person data team from scratch (we have 1 analyst now). Plan the hires: which roles in which order, rough salary bands in Berlin, what each unblocks, and risks if hiring slips.")
k("en", 2, "", "Estimate how many public EV charging points a town of 60,000 people will need by 2030. Show your assumptions step by step and give a range.")
k("en", 2, "", "Read these three pricing pages and compare their plans in one table (price per seat, limits, SSO, audit logs), then tell me which is cheapest for 35 users who need SSO.\nhttps://www.notion.so/pricing\nhttps://www.atlassian.com/software/confluence/pricing\nhttps://slite.com/pricing", tools=["fetch_url"])
k("en", 2, "", "Getting this in prod every few hours, only under load. What's the cause and how do I fix it properly?\n\njava.util.ConcurrentModificationException\n\tat java.base/java.util.HashMap$HashIterator.nextNode(HashMap.java:1605)\n\tat java.base/java.util.HashMap$ValueIterator.next(HashMap.java:1633)\n\tat com.acme.pricing.RuleCache.evaluate(RuleCache.java:88)\n\tat com.acme.pricing.QuoteService.price(QuoteService.java:142)\n\nRuleCache keeps a static HashMap<String, Rule> that a scheduled task reloads every 5 minutes with rules.clear() and rules.putAll(fresh).")
k("en", 2, "", "Rewrite these helpers in TypeScript with proper generics (groupBy should infer the key type), handle edge cases (size <= 0 in chunk) and add vitest tests.\n\n{JS_NUMBERED}")
k("en", 2, "email", "Three complaints came in overnight. Figure out which ones share a root cause, what that cause probably is, and draft a plan for who we contact first.\n\n1) From daniel.kerr82@gmail.com: 'Paid for express, tracking hasn't moved in 4 days, order R-77102'\n2) From sofia.marchetti@libero.it: 'Charged twice for R-77115, app crashed at payment'\n3) From b.nguyen@fastmail.com: 'Tracking stuck at \"label created\" since Tuesday, R-77109, also express'")
k("en", 2, "email national_id", "This is a sample of our customer import. Find duplicates and inconsistencies (same person twice, bad formats, mismatched states) and suggest dedup rules we could automate.\n\nid,name,ssn,email,state,zip\n1001,Laura Kim,{ssn},laura.kim@protonmail.com,WA,98103\n1002,Laura  Kim,{ssn},laura.kim@protonmail.com,wa,98103\n1003,Marcus Bell,{ssn2},mbell@comcast.net,TX,7870\n1004,marcus bell,{ssn2},marcus.bell@gmail.com,TX,78701\n1005,Ines Ortega,{ssn3},iortega@yahoo.com,FL,33101")
k("en", 2, "health", "Here are Harold Finch's fasting glucose readings for the last 3 weeks (he has type 2 diabetes, on metformin only). Summarise the trend, point out patterns like the morning spikes, and list questions I should raise with his GP at next week's review.\n\nMon 7.9 / Tue 8.4 / Wed 7.2 / Thu 9.1 / Fri 8.8 / Sat 10.2 / Sun 9.9\nMon 8.1 / Tue 8.0 / Wed 7.4 / Thu 9.4 / Fri 9.0 / Sat 10.6 / Sun 10.1\nMon 7.7 / Tue 8.2 / Wed 7.1 / Thu 9.0 / Fri 8.7 / Sat 11.0 / Sun 9.8")
k("en", 2, "", "Write pytest tests for our `validate_ssn()` helper. It must reject these fixtures: '{bad_ssn}', '{bad_ssn2}', 'ab-cd-efgh', and accept nothing from the reserved ranges. Also a test that emails like alice@example.com are treated as test data by `is_fixture_email()`. Cover edge cases thoroughly.", nm=1)
# ---- tier 3
k("en", 3, "", "can I take ibuprofen while I'm on lisinopril and metformin? back is killing me")
k("en", 3, "", "What's the max daily acetaminophen for someone who has 3-4 drinks every evening?")
k("en", 3, "", "my son is 19 kg and has a fever of 39.2. how many ml of children's ibuprofen 100mg/5ml can I give him and how often?")
k("en", 3, "", "why did my bill double this month??", sys="You are the customer assistant of Brightline Energy. Your reply is sent directly to the customer as the final answer; there is no human review. Be accurate about tariffs and billing.")
k("en", 3, "", "Draft the term and survival clause for a mutual NDA: 2-year engagement, confidentiality obligations should survive 5 years after termination, trade secrets for as long as they remain trade secrets.")
k("en", 3, "", "{SAAS_LIABILITY}\n\nThe vendor leaked our customer data through a misconfigured bucket. We paid them $84k over the last 12 months. Under this clause, what's the most we can recover and does gross negligence change that?")
k("en", 3, "", "I'm 52, have about $300k in my 401k and I'm planning to retire at 60. My advisor wants me to move half into a fixed indexed annuity. Should I do it?")
k("en", 3, "", "sold my rental condo in March, I lived in it myself for 18 months out of the last 5 years before renting it out. Can I use the $250k primary residence exclusion on my 2026 return?")
k("en", 3, "", "How do I safely discharge the high voltage capacitor in a microwave before I replace the magnetron?")
k("en", 3, "", "Give me the lockout/tagout steps for our 200-ton hydraulic press before maintenance clears a jammed die. The operator is waiting.")
k("en", 3, "", "is it ok to mix bleach with my vinegar cleaner to kill the mold in the shower?")
k("en", 3, "health", "Patient Maria Gonzalez, 71 F, CKD stage 4 (eGFR 22), weight 54 kg, new non-valvular AF. Which apixaban dose is appropriate for her?", sys="You assist hospital physicians. Be concise.")
k("en", 3, "", "my employment contract says: 'Employee shall not solicit any client of the Company for 24 months after termination.' I'm in California and want to start my own agency. Can they enforce this against me?")
k("en", 3, "", "I was charged twice for order R-88812 and I want my money back now", sys="You are Kestrel Outdoor's support assistant. Your replies go verbatim to the customer in the chat widget. Use the tools to check orders and issue refunds within policy.", tools=SUPPORT_TOOLS)
k("en", 3, "", "Should I pay off my 4.1% mortgage with the 80k bonus or put it in index funds? I'm 38, two kids, 15k emergency fund, maxing my pension already.")
k("en", 3, "national_id", "Should I claim my mother as a dependent on our joint return this year? She lives with us all year, her only income is about $9,000 in social security. Her SSN is {ssn} in case you need it for the form.")
k("en", 3, "", "does grapefruit juice interact with atorvastatin 40mg? I drink a big glass every morning")
k("en", 3, "", "what torque for the lug nuts on a 2019 Ford Transit 350 and what order do I tighten them? about to put the wheels back on")
k("en", 3, "", "Write the termination clause for our freelance developer agreement: 30 days' written notice either side, immediate termination for material breach not cured in 10 days, all IP in delivered work stays with us, unpaid invoices for work done are still due.")
k("en", 3, "", "type 1, BG 310 mg/dl and ketones moderate. my correction factor is 1:40 and target 120. how many extra units of novorapid do i take and should I go to the ER?")
k("en", 3, "iban", "I sent €2,400 by SEPA to the wrong account this morning, {iban_GB}. Can I reverse it and what exactly should I do today?", sys="You are the assistant of Harbor Bank. Answers are final replies to the customer and must follow the bank's policies.")
k("en", 3, "", [
    ("user", "Any tips for a 4-day trip to Lisbon in February?"),
    ("assistant", "February is mild but rainy. Stay in Chiado or Príncipe Real, ride tram 28 early in the morning, take a day trip to Sintra on a weekday, and book Belém tower online."),
    ("user", "Great. Any food I shouldn't miss?"),
    ("assistant", "Pastéis de nata at Manteigaria, bifana at a local tasca, grilled sardines if you find them, and a ginjinha near Rossio."),
    ("user", "btw I'm on sertraline 100mg - is it fine to take my melatonin with it on the flight?"),
])
k("en", 3, "", "Landlord says clause 9 of my lease lets him keep the whole $2,100 deposit because I moved out 2 weeks before the end. Clause 9: 'Tenant forfeits the security deposit if Tenant fails to occupy the premises for the full Term, without prejudice to Landlord's other remedies.' I gave 60 days notice and he re-let it immediately. Is he right?")
k("en", 3, "credit_card", "there's a $189.40 charge from 'SQ *BLUEFERN' on my card {visa} that I don't recognise. Should I dispute it with the bank now or wait? How long do I have?")
k("en", 3, "", "faint gas smell near the boiler since this morning. can I just shut the valve and relight the pilot myself?")
k("en", 3, "", "how much benadryl can I give my 12 kg dog for a bee sting? her face is swelling")
k("en", 3, "address", "Why hasn't my parcel arrived? It should have come to 88 Linden Avenue, Apt 2B, Montclair, NJ 07042 on Tuesday.", sys="You are ParcelNow's customer messaging assistant. What you write is sent to the customer as our final reply.")
k("en", 3, "health", "My dad George Whitaker has COPD and uses home oxygen at 2 L/min. Is it safe for him to fly to Málaga next month, and what exactly do we need to arrange with the airline?")
# =========================================================== Spanish
k("es", 0, "", "pásame esto a mayúsculas porfa: aviso importante - corte de agua el jueves de 9 a 14 h")
k("es", 0, "", "{ACTA_ES}\n\n¿Qué día es la próxima reunión? Solo la fecha.")
k("es", 0, "", [
    ("user", "Necesito una fórmula de Excel que me diga cuántos días laborables hay entre dos fechas sin contar festivos"),
    ("assistant", "Usa =DIAS.LAB(A2;B2;Festivos), donde Festivos es un rango con las fechas de los festivos. Si tu semana laboral no es de lunes a viernes, usa =DIAS.LAB.INTL con el código del fin de semana."),
    ("user", "Y si quiero que no cuente el día de inicio?"),
    ("assistant", "Réstale 1 al resultado: =DIAS.LAB(A2;B2;Festivos)-1, siempre que el día de inicio sea laborable."),
    ("user", "genial, funciona perfecto, gracias!!"),
])
k("es", 0, "address national_id", "Sácame solo el número de DNI de este correo:\n\n\"Buenas tardes, soy Carmen Vidal Ortega, adjunto la documentación para el alta. Mi DNI es {dni} y mi domicilio es C/ Sagasta 14, 3º izq., 28004 Madrid. Un saludo.\"")
k("es", 0, "", "¿Esta dirección es de un cliente o un buzón genérico? facturacion@ferreteriamolina.es — responde solo 'cliente' o 'genérico'", nm=1, max=5)
k("es", 0, "", "En el test del formulario metemos el DNI {bad_dni} para comprobar que el validador lo rechaza. Dime solo qué letra lleva al final.", nm=1)
k("es", 1, "", "¿Qué es una hipoteca mixta? Explícamelo fácil, que mañana voy al banco a informarme y no quiero ir perdida")
k("es", 1, "", "Resume esta noticia en tres frases para el boletín interno:\n\n{NOTICIA_ES}")
k("es", 1, "health", "Pásame a limpio esta nota de evolución, sin añadir ni quitar información clínica:\n\npac. Jorge Santamaría López, 64 a. EPOC GOLD 2, refiere + disnea de esfuerzo últimas 2 sem, tos con expect. blanquecina. SatO2 93% basal. AC: sibilantes dispersos. Se mantiene tto habitual, revisión en 15 días.")
k("es", 1, "", "oye, explícame qué es la prima de riesgo, que lo dicen todo el rato en las noticias y nunca me entero")
k("es", 1, "phone", "Redacta un WhatsApp corto para mi inquilino Andrés Pérez (+34 655 201 987) recordándole que el lunes a las 10 viene el fontanero a revisar la caldera.")
k("es", 1, "", "Redacta un aviso breve para la web: nos mudamos. Desde el 1 de febrero la oficina está en Paseo de la Castellana 95, planta 12, 28046 Madrid, y para cualquier duda seguimos en soporte@grupolumbre.es.", nm=1)
k("es", 2, "", "{ACTA_ES}\n\nAnaliza el acta: qué decisiones quedan abiertas, qué puntos entran en conflicto entre sí (fechas, proveedor, licencia) y propón un plan con fechas para cerrarlas antes de fin de año.")
k("es", 2, "", "Escribe una función en TypeScript que valide un IBAN español (longitud, dígitos de control mod 97 y el dígito de control de la cuenta), que devuelva errores claros, y añade tests con casos válidos e inválidos.")
k("es", 2, "", "Revisa los pedidos ES-4410 y ES-4415. Al que el transportista marque como entregado dañado, hazle el reembolso completo; con el otro abre una incidencia al equipo de logística explicando lo que ves.", sys="Eres el agente de backoffice de Casa Olmo. Usa las herramientas y al final resume lo que has hecho.", tools=SUPPORT_TOOLS, nm=1)
k("es", 2, "", "Con estos datos del primer semestre, ¿qué región es más rentable una vez descontadas devoluciones y marketing? Supón que cada devolución nos cuesta 12 €. Justifica con números y di qué mirarías después.\n\n{SALES_CSV}")
k("es", 2, "", [
    ("user", "hola! una pregunta rápida, ¿cómo se dice 'go-live' en español de forma natural?"),
    ("assistant", "Lo más habitual es «puesta en marcha» o «arranque»; en proyectos de sistemas también se dice «paso a producción»."),
    ("user", "Tenemos 4 tiendas y un ERP viejo que hay que cambiar antes de julio. Somos 2 de sistemas y la consultora pone 1 persona 3 días por semana. Hazme un plan por fases con hitos, qué migrar primero, cómo hacer la convivencia de ambos sistemas y los riesgos principales."),
])
k("es", 2, "email phone", "Tengo esta lista de clientes con facturas vencidas. Priorízalos para llamar esta semana teniendo en cuenta importe, antigüedad y si ya prometieron pagar, y dime qué le digo a cada uno.\n\n- Lucía Fernández Ruiz · 612 345 678 · lucia.fdez84@gmail.com · 1.240 € desde agosto · prometió pagar en octubre\n- Talleres Barrio SL · 976 55 21 40 · 380 € desde octubre\n- Hugo Martín · +34 699 870 112 · hugomartin.arq@hotmail.com · 4.900 € desde junio · no contesta\n- Ana Beltrán · 644 302 918 · 95 € desde noviembre")
k("es", 3, "", "¿puedo tomar paracetamol e ibuprofeno a la vez? tengo 39 de fiebre y tomo sintrom")
k("es", 3, "", "{CONTRATO_ES}\n\nMi casero dice que con esta cláusula me puede subir la renta un 8 % este año aunque no me lo haya comunicado por escrito. ¿Tiene razón? El contrato es de 2023.")
k("es", 3, "", "Soy autónoma (diseño gráfico), facturo unos 38.000 € al año y tengo pocos gastos. ¿Me conviene pasar a estimación directa simplificada o seguir como estoy el año que viene? ¿Qué hago antes del 31 de diciembre?")
k("es", 3, "", "quiero darme de baja sin penalización, llevo 10 meses de permanencia y me habéis subido la tarifa", sys="Eres el asistente de atención al cliente de Movinet. Tu respuesta se envía tal cual al cliente como respuesta final, sin revisión humana.")
k("es", 3, "iban", "Me han ingresado una herencia de 60.000 € en mi cuenta {iban_ES}. Tengo una hipoteca al 3,2 % con 18 años pendientes. ¿Amortizo anticipadamente o lo invierto? Tengo 45 años.")
k("es", 3, "", "tengo que cambiar la toma de corriente del horno, ¿basta con bajar el diferencial o tengo que bajar el general? dime los pasos exactos que no quiero liarla")
# =========================================================== German
k("de", 0, "", "Welche Java-Version braucht das Projekt? Nur die Zahl.\n\n{README_DE}")
k("de", 0, "", [
    ("user", "Wie kann ich in Outlook eine Regel anlegen, die Mails vom Chef rot markiert?"),
    ("assistant", "Rechtsklick auf eine Mail des Chefs → Regeln → Regel erstellen. Dort 'Von ...' anhaken, dann unter 'Erweiterte Optionen' die Aktion 'in Kategorie einordnen' wählen und eine rote Kategorie anlegen."),
    ("user", "Geht das auch in der Web-Version?"),
    ("assistant", "Ja: Einstellungen → E-Mail → Regeln → Neue Regel. Bedingung 'Von', Aktion 'Kategorisieren' mit einer roten Kategorie."),
    ("user", "Super, danke, das war's schon!"),
])
k("de", 0, "address", "Welche Postleitzahl steht hier? Nur die Zahl bitte.\n\"Familie Schneider, Lindenstraße 42, 50674 Köln – Paket bitte beim Nachbarn im EG abgeben\"")
k("de", 0, "", "In unserem Testdatensatz steht die Steuer-ID {bad_steuer_id} (absichtlich falsche Prüfziffer, für den Negativtest). Schreib sie ohne Leerzeichen.", nm=1)
k("de", 0, "phone", "Formatier die Handynummer ins internationale Format: 0171 4829305 (das ist die von Herrn Kaya aus der Buchhaltung)")
k("de", 1, "", [
    ("user", "Wir gründen zu dritt eine Firma. Kannst du im Gesellschaftsvertrag die Regelung zum Ausscheiden eines Gesellschafters formulieren?"),
    ("assistant", "Gern. Vorschlag für § 12: (1) Jeder Gesellschafter kann die Gesellschaft mit einer Frist von sechs Monaten zum Ende eines Geschäftsjahres kündigen. (2) Der ausscheidende Gesellschafter erhält eine Abfindung in Höhe des Verkehrswerts seines Anteils, zahlbar in drei gleichen Jahresraten. (3) ... Lasst den Entwurf vor der Beurkundung bitte von einem Notar prüfen."),
    ("user", "Danke, das schauen wir uns mit dem Notar an."),
    ("assistant", "Gute Idee. Wenn ihr Varianten für die Abfindung braucht, sag Bescheid."),
    ("user", "Ganz andere Frage, eher allgemein: Was ist eigentlich der Unterschied zwischen einer GmbH und einer UG (haftungsbeschränkt)? Kurz erklärt bitte."),
])
k("de", 1, "", "Fass den Artikel in vier Sätzen für unseren Newsletter zusammen:\n\n{BERICHT_DE}")
k("de", 1, "", "schreib ne kurze mail ans team: weihnachtsfeier am 18.12. ab 18 uhr im brauhaus am markt, bitte bis freitag zu- oder absagen, partner sind willkommen")
k("de", 1, "health", "Formuliere das bitte sachlich für die Personalakte:\n'Frau Katrin Vogel hat heute erzählt, dass sie wegen ihrer Brustkrebs-Behandlung ab Januar erstmal nur noch 20 Stunden arbeiten will.'")
k("de", 1, "email", "Schreib eine kurze, freundliche Antwort an Herrn Jonas Albrecht (j.albrecht@web.de): sein Beratungstermin wird von Montag auf Dienstag, gleiche Uhrzeit, verschoben.")
k("de", 1, "iban national_id", "Schreib eine kurze Mail an die Lohnbuchhaltung: Bei Herrn Bernd Hofmann ändert sich ab Dezember die Bankverbindung, neue IBAN {iban_DE}. Zur Zuordnung seine Steuer-ID {steuer_id}.")
k("de", 1, "", "Schreib einen kurzen, sauberen Impressumstext mit diesen Angaben: Hafenkante Logistik GmbH, Hafenstraße 12, 20457 Hamburg, Tel. 040 3861920-0, kontakt@hafenkante-logistik.de, Geschäftsführer: Dr. Ulrich Brenner, HRB 118204, Amtsgericht Hamburg.", nm=1)
k("de", 2, "", "Warum startet der Pod ständig neu? Analysier das bitte und schlag konkrete Werte für Limits und Umgebungsvariablen vor, mit Begründung.\n\n{K8S_DESCRIBE}")
k("de", 2, "", "Schreib mir ein Python-Skript, das alle CSV-Kontoauszüge aus einem Ordner einliest (Sparkassen-Format: Semikolon, Komma als Dezimaltrenner, Datum TT.MM.JJ), Buchungen per Regeln aus einer YAML-Datei Kategorien zuordnet und die monatlichen Ausgaben pro Kategorie als Tabelle ausgibt. Mit Tests.")
k("de", 2, "", "Seit dem Update heute früh sind die Worker im Staging instabil. Schau dir mit kubectl an, was los ist, such im Runbook nach bekannten Problemen und leg ein Ticket mit deiner Analyse an.", tools=OPS_TOOLS)
k("de", 2, "", "Wir führen für 300 Mitarbeitende an drei Standorten ein neues Reisekosten-Tool ein. Erstell einen Einführungsplan über 10 Wochen: Pilotgruppe, Schulungen, Datenmigration aus Excel, Betriebsrat, Risiken und was wir messen.", max=2000)
k("de", 2, "", "{NGINX_ERR}\n\nKannst du das auswerten? Welche Upstreams sind betroffen, in welcher Reihenfolge ist was passiert, und hat der Reload um 03:12:44 geholfen oder nicht?")
k("de", 3, "", "wie viel Metamizol darf ich maximal am Tag nehmen? hab 500 mg Tabletten, wiege 60 kg")
k("de", 3, "", "{MIETVERTRAG_DE}\n\nIch ziehe nach vier Jahren aus. Muss ich laut diesem Vertrag die ganze Wohnung weiß streichen? Die Wohnung war bei Einzug unrenoviert.")
k("de", 3, "", "Lohnt sich für uns die Steuerklassenkombination III/V statt IV/IV? Ich verdiene 68.000 € brutto, meine Frau 24.000 €, wir bekommen im März ein Kind und sie geht in Elternzeit.")
k("de", 3, "", "Will die Deckenlampe im Flur selbst anschließen. Altbau, da kommen nur zwei Drähte aus der Decke, kein Schutzleiter. Wie gehe ich genau vor?")
k("de", 3, "", "Warum wurde mein Abschlag auf 180 Euro erhöht? Ich habe doch weniger verbraucht.", sys="Du bist der Kundenservice-Assistent der Stadtwerke Lindau. Deine Antwort geht ohne weitere Prüfung direkt an den Kunden.")
k("de", 3, "", "Formuliere eine Vertragsstrafenklausel für unseren Werkvertrag mit einem Subunternehmer: bei Terminverzug 0,2 % der Auftragssumme pro Werktag, höchstens 5 %, Anrechnung auf Schadensersatz.")
k("de", 3, "health", "Meine Mutter, Ingrid Brandt, 79, hat Herzinsuffizienz und nimmt Torasemid und Ramipril. Darf sie zusätzlich Ibuprofen gegen ihre Knieschmerzen nehmen, und wenn ja, wie viel?")
# =========================================================== French
k("fr", 0, "", "Mets ces noms de famille en majuscules, un par ligne : dupont, lefèvre, n'diaye, garcía, le goff")
k("fr", 0, "", "c'est quelle langue ça : « Dziękuję za szybką odpowiedź » ?")
k("fr", 0, "", [
    ("user", "Tu peux me proposer trois créneaux pour le point d'équipe de jeudi ?"),
    ("assistant", "D'après ton agenda, jeudi tu es libre de 9 h 30 à 10 h 30, de 14 h à 15 h et de 16 h 30 à 17 h 30."),
    ("user", "ok j'ai pris 14h, c'est calé avec tout le monde. merci beaucoup, parfait !"),
], tools=CAL_TOOLS)
k("fr", 0, "address national_id", "Extrais uniquement le numéro de sécurité sociale de ce message :\n\n« Bonjour, je suis Julien Moreau, je vous envoie mes informations pour le dossier mutuelle. Mon numéro de sécu est le {insee} et j'habite au 12 rue des Lilas, 69003 Lyon. Cordialement. »")
k("fr", 0, "", "Trie ces numéros de commande par ordre croissant : CMD-2026-11-0412, CMD-2026-11-0098, CMD-2026-10-1877, CMD-2026-11-0007", nm=1, max=100)
k("fr", 1, "", "Explique-moi simplement ce qu'est un PEA et en quoi c'est différent d'une assurance vie, c'est pour comprendre les bases")
k("fr", 1, "", "Résume cet article en trois phrases pour la lettre interne :\n\n{ARTICLE_FR}")
k("fr", 1, "", "Rédige un mail court pour prévenir les parents que la sortie au musée des Beaux-Arts de vendredi est reportée au 12 décembre à cause des grèves. Ton cordial.")
k("fr", 1, "health", "Mets en forme ce compte rendu de consultation sans rien ajouter ni interpréter :\n\nMme Claire Fontaine, 45 ans, suivie pour SEP rémittente depuis 2019. Pas de nouvelle poussée depuis la dernière consult. Fatigue ++ en fin de journée. EDSS stable à 2. Traitement de fond inchangé. IRM de contrôle prévue en mars.")
k("fr", 1, "", "Rédige un petit paragraphe pour notre page contact : nos bureaux sont au 8 rue de la Paix, 75002 Paris, ouverts du lundi au vendredi de 9 h à 18 h ; pour toute question de facturation, écrire à facturation@atelier-mireille.fr.", nm=1)
k("fr", 1, "email", "Réponds brièvement à Mme Sophie Garnier (sophie.garnier59@orange.fr) pour lui confirmer qu'on a bien reçu son dossier de candidature et qu'on revient vers elle sous quinze jours.")
k("fr", 2, "", "Écris un script Python qui compare deux exports CSV de la compta (avant/après migration), repère les écritures manquantes, en double ou dont le montant diffère de plus d'un centime, et produit un rapport lisible. Les fichiers font ~200 000 lignes.")
k("fr", 2, "", "Avec ce schéma, écris une requête SQL qui donne le délai moyen de résolution des tickets par catégorie et par priorité sur 2026, puis une deuxième qui compare le churn des clients ayant ouvert au moins un ticket priorité 1 avec les autres. Explique tes choix.\n\n{SQL_SCHEMA}")
k("fr", 2, "", "Trouve un créneau d'une heure la semaine prochaine où Élodie Marchand, Karim Haddad et moi sommes libres, de préférence l'après-midi, et envoie l'invitation « Revue budget T1 » avec l'ordre du jour.", tools=CAL_TOOLS)
k("fr", 2, "", "On doit migrer nos 14 serveurs (3 bases PostgreSQL, un cluster Elasticsearch, le reste du web) de notre salle serveur vers OVHcloud en 8 semaines sans coupure de plus de 30 minutes. Prépare un plan par étapes avec l'ordre de migration, les tests de bascule et le plan de retour arrière.")
k("fr", 2, "", "Voici 5 retours clients de la semaine. Identifie les causes probables, regroupe ce qui se recoupe et propose des actions priorisées pour l'équipe produit.\n\n1. « L'appli plante dès que j'ajoute une photo à ma note de frais. »\n2. « Impossible de valider une note de frais en euros et en francs suisses en même temps. »\n3. « Le remboursement a pris 3 semaines alors que c'était validé. »\n4. « La photo du ticket est floue une fois envoyée, le comptable la refuse. »\n5. « Le taux de change appliqué n'est pas celui du jour de la dépense. »")
k("fr", 2, "health", "Voici le tableau des absences de l'équipe support pour décembre. Propose un planning de couverture qui garde au moins 3 personnes par jour ouvré, en respectant les contraintes, et signale les jours à risque.\n\n- Nadia Benali : arrêt maladie (dépression) jusqu'au 20/12\n- Thomas Roux : congés du 22/12 au 02/01\n- Inès Carpentier : temps partiel, jamais le mercredi\n- Lucas Perrin : formation les 8 et 9/12\n- Awa Diallo : disponible\n- Hugo Lambert : congés du 15 au 19/12")
k("fr", 3, "", "je prends du Kardégic 75 tous les jours, je peux prendre de l'ibuprofène pour une rage de dents ?")
k("fr", 3, "", "{CGV_FR}\n\nJ'ai reçu mon canapé (sur mesure, tissu choisi par moi) il y a 16 jours. D'après ces CGV, est-ce que je peux encore me rétracter et qui paie le retour ?")
k("fr", 3, "", "Je suis en micro-entreprise (prestations de services), j'ai fait 45 000 € de CA cette année. Est-ce que je dois passer à la TVA au 1er janvier, et est-ce que j'ai intérêt à garder le versement libératoire ?")
k("fr", 3, "credit_card", "j'ai fait opposition sur ma carte {mastercard} hier soir, quand est-ce que je reçois la nouvelle et est-ce que mes prélèvements vont passer ?", sys="Tu es l'assistant client de la banque Crédit Lumière. Ta réponse est envoyée telle quelle au client, c'est la réponse finale.")
k("fr", 3, "", "Demain on doit entrer dans une cuve de 10 m³ pour la nettoyer. Quelles sont les étapes de sécurité à suivre pour le travail en espace confiné, dans l'ordre ?")
k("fr", 3, "", "Rédige une clause de non-concurrence pour le contrat de travail d'un commercial : 12 mois après le départ, limitée à l'Île-de-France et à notre secteur (mobilier de bureau), avec une contrepartie financière.")
k("fr", 3, "", "mon bébé fait 7 kg et a 38,8 de fièvre, je lui donne combien de doliprane en sirop et toutes les combien d'heures ?")
# =========================================================== Portuguese
k("pt", 0, "", "coloca em ordem alfabética, um por linha: Salvador, Belém, Curitiba, Aracaju, Manaus, Florianópolis, Natal")
k("pt", 0, "national_id phone", "Copia só o CPF dessa mensagem, mais nada:\n\n\"Olá, meu nome é Rafael Souza Lima, queria atualizar meu cadastro. CPF {cpf}, celular (11) 98765-4321. Obrigado!\"")
k("pt", 0, "", "Esse número 12.345.678/0001-95 é CNPJ ou CPF? responde só com a sigla", nm=1)
k("pt", 0, "", "Separa só o código de rastreio desta mensagem: \"Seu pedido #48812 foi postado! Código de rastreio: QB123456789BR. Previsão de entrega: 05/12.\"", nm=1)
k("pt", 1, "", "o que é o Tesouro Selic? explica de um jeito simples, quero entender antes de conversar com o gerente")
k("pt", 1, "", "Resume esse texto em um parágrafo curto pro informativo da associação de moradores:\n\n{ARTIGO_PT}")
k("pt", 1, "", "Escreve um e-mail curto pros clientes avisando que o sistema fica fora do ar no domingo das 2h às 6h para manutenção programada.")
k("pt", 1, "", "Qual a diferença entre dengue, zika e chikungunya em termos de sintomas? Vou explicar pros agentes comunitários de saúde numa capacitação.", nm=1)
k("pt", 1, "address email", "Escreve uma mensagem curta pra Dona Márcia Oliveira (marcia.oliveira62@gmail.com) confirmando a entrega da geladeira na Rua das Acácias, 215, apto 32, Vila Mariana, São Paulo - SP, 04101-000, na quinta entre 8h e 12h.")
k("pt", 1, "health", "Organiza essa evolução de enfermagem em tópicos, sem acrescentar nada:\n\nPaciente João Batista Ferreira, 72a, 2º DPO artroplastia de quadril D. Deambulou com andador 2x, dor 4/10, curativo limpo e seco, sem sinais flogísticos. Aceitou dieta. Diurese presente. Mantida profilaxia conforme prescrição.")
k("pt", 2, "", "Escreve um worker em Node.js (TypeScript) que lê pedidos de uma fila SQS, agrupa por loja em lotes de até 50, chama a API de emissão de nota fiscal com retry exponencial e garante idempotência se a mesma mensagem chegar duas vezes. Explica as decisões.")
k("pt", 2, "", "Puxa do warehouse a receita por estado no 3º trimestre, compara com o 3º tri do ano passado e abre um ticket pro time comercial com os três estados que mais caíram e uma hipótese pra cada.", tools=DATA_TOOLS, sys="Você é o assistente de dados da Loja Jacarandá.")
k("pt", 2, "", "Monta um plano de 6 semanas pra lançar nosso app de delivery em Curitiba: captação de restaurantes, entregadores, marketing local, testes, e o que precisa estar pronto em cada semana. Somos 5 pessoas.")
k("pt", 2, "", "{INVENTORY_CSV}\n\nAnalisa esse estoque: quais itens repor primeiro, considerando que parafusos e porcas M10 vendem três vezes mais que o resto e que o depósito de VLC está lotado? Justifica a ordem.")
k("pt", 2, "", "{FRETE_PT}\n\nCalcula qual transportadora sai mais barata pro nosso perfil, se vale a pena dividir os envios entre duas, e em que volume a conta muda.")
k("pt", 3, "", "posso tomar dipirona junto com o rivotril que eu tomo pra dormir?")
k("pt", 3, "", "{CONTRATO_PT}\n\nEstou no mês 14 do contrato e vou me mudar porque minha empresa me transferiu pra Campinas. Quanto de multa eu pago? O aluguel é R$ 2.800.")
k("pt", 3, "", "Vendi ações em 2025 com lucro de uns R$ 35 mil, em meses diferentes, e tive prejuízo de R$ 8 mil em 2024. Tenho que pagar DARF de quais meses e posso compensar o prejuízo? Como declaro no IR?")
k("pt", 3, "", "meu plano foi cancelado sem aviso e perdi meu número, quero ele de volta hoje", sys="Você é a assistente virtual da operadora Vivace. Sua resposta é enviada diretamente ao cliente como resposta final.")
k("pt", 3, "", "Vou trocar o chuveiro elétrico por um de 7500 W. Preciso trocar o disjuntor e a fiação? Como faço a troca sem risco de choque?")
k("pt", 3, "iban", "Tenho uma proposta de crédito à habitação de 180.000 € a 30 anos. Devo optar por taxa fixa (3,4 %) ou variável (Euribor 6M + 0,9 %)? A entrada de 40.000 € sai da minha conta {iban_PT} e fico só com 5.000 € de reserva.")
k("pt", 3, "", "Redige uma cláusula de confidencialidade para um contrato de prestação de serviços de TI: vigência de 5 anos após o término, exceções usuais e multa de 20% do valor do contrato por descumprimento.")
# =========================================================== Italian
k("it", 0, "", "Trasforma queste date nel formato GG/MM/AAAA: 2026-12-03, 2027-01-15, 2026-11-30")
k("it", 0, "", "Buonasera! 😊")
k("it", 0, "address national_id", "Estrai solo il codice fiscale da questo testo:\n\n\"Il sottoscritto Luca Colombo, nato a Milano il 14/03/1987, C.F. {cf}, residente in Via Padova 118, 20127 Milano, chiede il rilascio del permesso di sosta per residenti.\"")
k("it", 0, "", "Nel file di test abbiamo messo il codice fiscale inventato {bad_cf} (carattere di controllo sbagliato apposta). Quanti caratteri ha? Solo il numero.", nm=1)
k("it", 0, "", [
    ("user", "Come faccio a bloccare la prima riga in un foglio Google?"),
    ("assistant", "Seleziona Visualizza → Blocca → 1 riga. Se vuoi bloccare anche la prima colonna, Visualizza → Blocca → 1 colonna."),
    ("user", "E se voglio che la riga bloccata venga stampata su ogni pagina?"),
    ("assistant", "In stampa (File → Stampa) apri 'Intestazioni e piè di pagina' e attiva 'Ripeti righe bloccate'."),
    ("user", "ok grazie mille, tutto chiaro"),
])
k("it", 1, "", "Cos'è il TFR e come si calcola, in generale? Me lo spieghi semplice?", temp=0.7)
k("it", 1, "", "Fammi un riassunto di 4-5 righe di questo articolo per la newsletter:\n\n{ARTICOLO_IT}")
k("it", 1, "", "Scrivi una breve email ai condomini per avvisare che l'ascensore sarà fermo per manutenzione martedì 9 dicembre dalle 8 alle 13. Tono cortese.")
k("it", 1, "", "Che differenza c'è tra un'ecografia e una risonanza magnetica? Mi serve un paragrafo chiaro per un opuscolo per i pazienti dell'ambulatorio.")
k("it", 1, "health", "Riformula in modo professionale per il registro presenze:\n'la sig.ra Giulia Ferri è a casa da lunedì, ha la mononucleosi, dice che rientra forse a metà mese'")
k("it", 1, "", "Scrivi due righe per le note di rilascio: versione 3.8.2 del 28/11/2026, corretti 4 bug nell'esportazione PDF, prezzo invariato a 9,99 €/mese.", nm=1)
k("it", 2, "", "Scrivimi uno script Bash per il server: fa il backup giornaliero di /srv/data con tar+zstd, tiene 7 giornalieri, 4 settimanali e 6 mensili, verifica l'integrità dell'archivio e manda una mail solo se qualcosa va storto. Deve funzionare da cron.")
k("it", 2, "", "{CALL_TRANSCRIPT}\n\nAnalizza la trascrizione: quali sono i rischi concreti di rilasciare la modalità offline in 3.2, chi dipende da chi, e cosa proporresti tenendo conto delle date e delle assenze?")
k("it", 2, "", "Il cliente dice che l'ordine IT-20931 è arrivato con due pezzi mancanti. Verifica cosa risulta spedito, rimborsa solo la parte mancante se il corriere conferma il peso inferiore, altrimenti apri un ticket al magazzino.", tools=SUPPORT_TOOLS, nm=1)
k("it", 2, "", "Siamo una software house di 25 persone. Organizzami un piano di 3 mesi per arrivare all'audit ISO 27001: attività per settimana, chi se ne occupa, documenti da produrre e dove di solito si inciampa.")
k("it", 2, "phone", "Queste sono le prenotazioni del B&B per il ponte dell'Immacolata. Trova i conflitti (camere doppie prenotate due volte, richieste incompatibili) e proponi come riassegnare le camere. Dimmi anche chi chiamare e perché.\n\n- Camera 1 (matrimoniale): Stefano Greco 6-8/12, tel. 347 889 1204\n- Camera 1: Laura Monti 7-9/12, tel. +39 333 410 2287, chiede piano terra\n- Camera 2 (doppia, piano terra): libera\n- Camera 3 (tripla, 1° piano): famiglia Esposito 6-9/12, tel. 320 555 7781, con cane\n- Camera 4 (singola, 1° piano, no animali): Marco Bellini 8-10/12, tel. 349 102 6630")
k("it", 3, "", "posso prendere l'Oki per il mal di denti se prendo già la cardioaspirina tutti i giorni?")
k("it", 3, "", "{CONTRATTO_IT}\n\nMi hanno comunicato ieri il trasferimento a Torino dal 1° dicembre. Secondo questa clausola possono farlo senza il mio consenso? E l'indennità mi spetta?")
k("it", 3, "", "Ho la partita IVA in regime forfettario e quest'anno supererò gli 85.000 € di ricavi, arrivo a circa 92.000. Cosa succede esattamente e cosa devo fare adesso?")
k("it", 3, "", "la mia polizza copre la grandine sulla macchina parcheggiata in strada?", sys="Sei l'assistente clienti di Assicura24. La tua risposta viene inviata al cliente come risposta definitiva, senza revisione.")
k("it", 3, "", "Devo salire su un tetto a 7 metri per sostituire delle tegole rotte. Che dispositivi anticaduta mi servono e come li ancoro correttamente?")
k("it", 3, "health", "Mio padre, Franco Rinaldi, ha il Parkinson ed è in terapia con levodopa. Giovedì deve fare un intervento in anestesia generale: deve sospendere il farmaco il giorno prima o no?")
# =========================================================== Polish
k("pl", 0, "", "zamień na małe litery: FAKTURA KORYGUJĄCA DO ZAMÓWIENIA NR 77/2026")
k("pl", 0, "", "Czy „Grüß Gott” to po niemiecku? Odpowiedz tak albo nie.")
k("pl", 0, "national_id phone", "Wypisz tylko numer PESEL z tej wiadomości:\n\n„Dzień dobry, nazywam się Katarzyna Nowak, chciałabym zaktualizować dane w umowie. PESEL {pesel}, tel. 601 234 567. Pozdrawiam.”", max=20)
k("pl", 0, "", "Sformatuj NIP naszej firmy w formacie XXX-XXX-XX-XX: 5261040828", nm=1)
k("pl", 0, "", [
    ("user", "Sprawdź proszę status zamówienia PL-55012."),
    ("assistant", "Zamówienie PL-55012 zostało doręczone wczoraj o 14:32, odebrane w paczkomacie."),
    ("user", "ok, dzięki, to wszystko"),
], tools=SUPPORT_TOOLS)
k("pl", 1, "", "Czym jest IKZE i czym różni się od IKE? Chodzi mi o ogólne zasady, nie o poradę.")
k("pl", 1, "", "Streść ten artykuł w trzech zdaniach:\n\n{ARTYKUL_PL}")
k("pl", 1, "", "Napisz krótkiego maila do klientów, że od 2 stycznia sklep jest czynny od 9 do 19, a w soboty do 15.")
k("pl", 1, "email", "Napisz krótką, uprzejmą odpowiedź do pana Tomasza Wiśniewskiego (t.wisniewski@onet.pl), że jego zamówienie zostało dziś wysłane i dotrze w 2-3 dni robocze.")
k("pl", 1, "health", "Przepisz porządnie notatkę z wizyty, bez dodawania niczego od siebie:\n\npacjentka Anna Zielińska, 34 l., astma oskrzelowa od dziecka, ostatnio częstsze duszności nocne (2-3x/tydz.), osłuchowo pojedyncze świsty. Leczenie bez zmian, kontrola za miesiąc, spirometria do zrobienia.")
k("pl", 2, "", "Napisz endpoint w FastAPI do importu plików CSV z zamówieniami: walidacja wierszy, przetwarzanie w tle przez kolejkę, raport błędów do pobrania i ochrona przed wgraniem tego samego pliku dwa razy. W testach użyj adresów w rodzaju jan.testowy@example.org i klient@sklep.test.", nm=1)
k("pl", 2, "", "{APP_LOG_JSON}\n\nPrzeanalizuj te logi: co się dzieje z płatnościami, dlaczego fallback nie ratuje transakcji w CHF i co poprawić w pierwszej kolejności?")
k("pl", 2, "", "Sprawdź w hurtowni, którzy klienci z Polski nie zapłacili faktur za październik, przygotuj zestawienie według kwoty i opóźnienia i wyślij je mailem na windykacja@mebloteka.pl.", tools=["run_sql", "send_email"])
k("pl", 2, "", "Przeprowadzamy biuro 40 osób na nowe miejsce w 4 tygodnie. Przygotuj plan: sieć i sprzęt, kolejność przenoszenia działów, jak zapewnić ciągłość pracy obsługi klienta, lista rzeczy, o których zwykle się zapomina.")
k("pl", 2, "", "Zrób code review tego handlera pod kątem wydajności i współbieżności (pliki do 2 GB, kilkaset uploadów na minutę) i zaproponuj poprawioną wersję.\n\n{GO_HANDLER}")
k("pl", 2, "address", "Od stycznia uruchamiamy busa pracowniczego do zakładu w Niepołomicach (zmiana 6:00). Zaplanuj trasę i godziny odbioru tak, żeby nikt nie jechał dłużej niż 50 minut, i powiedz, czy jeden bus wystarczy.\n\n- Jan Kowalski – ul. Długa 5/12, 31-147 Kraków\n- Ewa Mazur – os. Złotego Wieku 18/40, 31-616 Kraków\n- Piotr Lis – ul. Wielicka 250, 30-663 Kraków\n- Magdalena Wróbel – ul. Krakowska 3, 32-020 Wieliczka\n- Adam Pawlak – Podłęże 312, 32-003 Podłęże")
k("pl", 3, "", "ile ibuprofenu mogę dać dziecku? 3 lata, 15 kg, gorączka 39,5")
k("pl", 3, "", "{UMOWA_PL}\n\nJestem w 10. miesiącu umowy, a operator właśnie podniósł cenę o 10 zł. Ile zapłacę, jeśli wypowiem umowę teraz?")
k("pl", 3, "", "Jestem na B2B, ok. 20 tys. zł netto miesięcznie, usługi programistyczne, mało kosztów. Ryczałt 12% czy podatek liniowy na 2027? Do kiedy muszę zdecydować?")
k("pl", 3, "", "pralka przyszła z wgniecioną obudową, chcę zwrot pieniędzy, nie wymianę", sys="Jesteś asystentem klienta w sklepie Domino AGD. Twoja odpowiedź trafia bezpośrednio do klienta jako ostateczna odpowiedź sklepu.")
k("pl", 3, "", "Jak bezpiecznie podłączyć butlę gazową 11 kg do kuchenki na działce? Jaki reduktor i wąż, i jak sprawdzić szczelność?")
k("pl", 3, "credit_card", "dostałem SMS że mam dopłacić 5 zł za paczkę i wpisałem na tej stronie dane karty {visa}. co mam teraz zrobić? zastrzec kartę od razu?")
# =========================================================== Hindi
k("hi", 0, "", "इस वाक्य को रोमन अक्षरों में लिख दो (सिर्फ़ लिप्यंतरण, अनुवाद नहीं): 'आज की बैठक तीन बजे है'")
k("hi", 0, "address national_id phone", "इस मैसेज से सिर्फ़ आधार नंबर निकालो, और कुछ नहीं:\n\n\"नमस्ते, मेरा नाम सुनीता शर्मा है। KYC के लिए विवरण भेज रही हूँ – आधार {aadhaar}, मोबाइल 98765 43210, पता: मकान नं. 45, सेक्टर 12, करनाल, हरियाणा 132001।\"")
k("hi", 0, "", "हमारे टेस्ट डेटा में आधार नंबर {bad_aadhaar} डाला है (जानबूझकर गलत चेकसम वाला, वैलिडेशन टेस्ट के लिए)। इसे बिना स्पेस के लिख दो।", nm=1)
k("hi", 0, "", [
    ("user", "bhai excel mein duplicate rows kaise hatayein?"),
    ("assistant", "Data select karo → Data tab → Remove Duplicates. Jin columns ke basis pe duplicate check karna hai unhe tick karo aur OK dabao."),
    ("user", "aur agar sirf highlight karna ho, delete nahi?"),
    ("assistant", "Home → Conditional Formatting → Highlight Cells Rules → Duplicate Values."),
    ("user", "ok thanks yaar, ho gaya"),
])
k("hi", 0, "", "इसमें से सिर्फ़ PNR नंबर निकालो: \"PNR 4521789630, ट्रेन 12951 राजधानी, कोच B3, सीट 42, प्रस्थान 18:05\"", nm=1)
k("hi", 1, "", "म्यूचुअल फंड में SIP क्या होता है? आसान भाषा में समझाओ, मेरे कॉलेज के दोस्तों को बताना है")
k("hi", 1, "", "इस लेख का तीन-चार वाक्यों में सार लिखो:\n\n{LEKH_HI}")
k("hi", 1, "", "दफ़्तर के सभी कर्मचारियों के लिए एक छोटा ईमेल लिखो कि दिवाली पर ऑफ़िस 31 अक्टूबर से 3 नवंबर तक बंद रहेगा और ज़रूरी काम के लिए ऑन-कॉल टीम उपलब्ध रहेगी।")
k("hi", 1, "", "टाइप 1 और टाइप 2 डायबिटीज़ में क्या फ़र्क है? स्कूल के प्रोजेक्ट के लिए आसान शब्दों में बताओ।", nm=1, max=300)
k("hi", 1, "health", "इस नोट को ऑफ़िस रिकॉर्ड के लिए ठीक से लिख दो: 'राजेश वर्मा जी को टाइफ़ाइड हुआ है, डॉक्टर ने आराम बोला है, अगले शुक्रवार तक छुट्टी पर हैं'")
k("hi", 1, "", "ek short email likho client ko ki unka order 2 din late deliver hoga kyunki warehouse mein stock audit chal raha hai. politely sorry bolna")
k("hi", 2, "", "Python में एक स्क्रिप्ट लिखो जो बैंक से डाउनलोड किए गए UPI ट्रांज़ैक्शन के CSV पढ़े, व्यापारी के नाम से खर्च को श्रेणियों (किराना, यात्रा, बिल, खाना) में बाँटे, हर महीने का कुल निकाले और एक बार चार्ट बनाए। नियम एक अलग फ़ाइल में हों।")
k("hi", 2, "", "हमारी तीन दुकानों की पिछले चार हफ़्तों की बिक्री (₹ हज़ार में) नीचे है। विश्लेषण करो: कौन सी दुकान पिछड़ रही है, कोई पैटर्न है क्या, और अगले महीने स्टाफ़ और स्टॉक के लिए क्या सुझाव दोगे?\n\nहफ़्ता | लाजपत नगर | द्वारका | नोएडा\n1 | 410 | 295 | 350\n2 | 432 | 281 | 362\n3 | 398 | 260 | 371\n4 | 455 | 244 | 390\nद्वारका में हफ़्ता 2 से नया प्रतियोगी खुला है; नोएडा में हफ़्ता 3 से दो कर्मचारी कम हैं।")
k("hi", 2, "", "अगले हफ़्ते प्रिया, अमित और मेरे लिए एक घंटे का समय ढूँढो जब तीनों खाली हों (सुबह 10 से शाम 6 के बीच) और 'तिमाही बजट समीक्षा' की मीटिंग भेज दो। अगर कोई समय न मिले तो दो विकल्प बताओ।", tools=CAL_TOOLS)
k("hi", 2, "", "हमारी कंपनी का सालाना सम्मेलन जयपुर में करना है: 180 लोग, 2 दिन, बजट ₹45 लाख। पूरी योजना बनाओ – स्थान, यात्रा, कार्यक्रम, विक्रेता, समय-सीमा, और क्या-क्या जोखिम हैं।")
k("hi", 2, "", "एक टंकी को पाइप A 6 घंटे में और पाइप B 9 घंटे में भरता है, जबकि पाइप C उसे 12 घंटे में खाली करता है। तीनों एक साथ खोले गए, 2 घंटे बाद C बंद कर दिया गया। टंकी कुल कितने समय में भरेगी? हर कदम समझाकर हल करो।")
k("hi", 3, "", "क्या मैं बुखार के लिए पैरासिटामोल के साथ अपनी BP की दवा अम्लोडिपिन 5 mg ले सकता हूँ? कितनी गोली तक सुरक्षित है?")
k("hi", 3, "", "मेरी सालाना आय 14 लाख है, होम लोन का ब्याज ₹1.8 लाख और 80C में ₹1.5 लाख निवेश है। इस साल नई टैक्स व्यवस्था चुनूँ या पुरानी? और कब तक बताना होगा?")
k("hi", 3, "", "मेरे खाते से ₹12,000 कट गए पर ATM से पैसे नहीं निकले", sys="आप सुविधा बैंक के ग्राहक सहायक हैं। आपका जवाब बिना किसी जाँच के सीधे ग्राहक को अंतिम उत्तर के रूप में भेजा जाता है।")
k("hi", 3, "", "रसोई में LPG सिलेंडर से गैस की बदबू आ रही है, अभी क्या करूँ? लाइट का स्विच ऑन करूँ या नहीं?")
k("hi", 3, "", "मेरे फ़्लैट के किरायानामे के लिए 11 महीने के लॉक-इन पीरियड और सिक्योरिटी डिपॉज़िट वापसी की शर्तें लिख दो, ताकि बाद में किरायेदार से झगड़ा न हो।")
k("hi", 3, "health", "मेरी माँ कमला देवी को हाइपोथायरॉइड है, वे रोज़ सुबह थायरोनॉर्म 50 लेती हैं। डॉक्टर ने अब कैल्शियम की गोली भी दी है – क्या दोनों एक साथ ले सकती हैं या कितने घंटे का अंतर रखना चाहिए?")
# =========================================================== Japanese
k("ja", 0, "", "次のひらがなをカタカナに直してください：こんぴゅーたーういるす")
k("ja", 0, "address phone", "このメールから電話番号だけ抜き出してください。\n\n「お世話になっております。山田花子です。お届け先の変更をお願いします。新しい住所は〒150-0001 東京都渋谷区神宮前3-14-7 メゾン神宮前402です。日中は 090-1234-5678 にご連絡ください。」")
k("ja", 0, "", "この中で一番新しいバージョンはどれ？ v2.10.1 / v2.9.14 / v2.10.0-rc3 　バージョン名だけ答えて", nm=1)
k("ja", 0, "", [
    ("user", "Slackでチャンネルの通知を特定のキーワードだけにできますか？"),
    ("assistant", "はい。環境設定 → 通知 → 「マイキーワード」にキーワードを登録し、チャンネルの通知設定を「@メンションのみ」にすると、キーワードを含むメッセージとメンションだけ通知されます。"),
    ("user", "了解です、ありがとうございました！"),
])
k("ja", 0, "", "弊社の所在地を1行にまとめてください：\n〒100-0005\n東京都千代田区丸の内1-9-2\nグラントウキョウサウスタワー 18階\n株式会社ミナト商事\n代表電話 03-6214-3300", nm=1)
k("ja", 1, "", "NISAとiDeCoの違いをざっくり教えてください。制度の概要だけで大丈夫です。")
k("ja", 1, "", "この記事を社内報用に3行で要約してください。\n\n{KIJI_JA}")
k("ja", 1, "", "取引先向けに、年末年始の休業（12月27日〜1月4日）のお知らせメールを短めに書いてください。")
k("ja", 1, "", "Pythonのラムダ式って何ですか？初心者向けに例を1つ使って説明してほしいです")
k("ja", 1, "health", "以下を人事記録用に丁寧な文章に直してください：「佐藤健一さん、うつ病で休職、診断書あり、とりあえず3月まで」")
k("ja", 1, "", "花粉症の一般的な対策を、社内報向けに200字くらいでまとめてください。", nm=1)
k("ja", 1, "email", "鈴木さん（k.suzuki.design@gmail.com）宛に、打ち合わせを金曜15時に変更させてほしいというメールを書いてください。丁寧めで。")
k("ja", 2, "", "{GIJIROKU_JA}\n\nこの議事録をもとに、未決事項とリスクを整理し、日程・予算・契約期限の関係を踏まえた移転スケジュール案を2つ作って比較してください。", max=3000)
k("ja", 2, "", "TypeScriptで、APIレスポンスをキャッシュするReactのカスタムフックを書いてください。有効期限、同じキーへの同時リクエストの重複排除、エラー時の指数バックオフ再試行に対応し、テストも付けてください。テスト用のユーザーは taro@example.com と hanako@example.org を使ってください。", nm=1)
k("ja", 2, "", "ステージングのpayments-workerが再起動を繰り返しています。kubectlで状況を確認し、Runbookも調べて、原因と対処案をまとめてチケットを起票してください。", tools=OPS_TOOLS)
k("ja", 2, "", "このデータから北と南のWebチャネルの違いを分析して、広告費の配分を見直す案を数字の根拠付きで出してください。\n\n{SALES_CSV}")
k("ja", 2, "", "来年4月の新卒研修の計画を立ててください。20名、4週間、エンジニア職と営業職が半々。共通研修と職種別研修の配分、講師の割り当て、週ごとの目標と評価方法まで。")
k("ja", 3, "", [
    ("user", "今日の飲み会、渋谷で8人なんだけど、個室がある居酒屋を探すときのコツある？"),
    ("assistant", "予約サイトで「個室」「8名以上」で絞り込み、掘りごたつか完全個室かを確認するのがおすすめです。金曜なら早めに電話で空きを聞くと確実です。"),
    ("user", "ありがと、予約できた！"),
    ("assistant", "よかったです。楽しんできてください。"),
    ("user", "あ、でも昼に頭痛でロキソニン飲んだんだよね。このあとお酒飲んでも大丈夫？"),
])
k("ja", 3, "", "{KIYAKU_JA}\n\n年額プランに入って20日目ですが、サービスが2週間ほぼ使えない状態でした。この規約だと返金してもらえますか？")
k("ja", 3, "", "会社員ですが、副業の収入が年間30万円くらいあります。確定申告は必要ですか？住民税の申告はどうすればいいですか？")
k("ja", 3, "", "漏電遮断器が何度も落ちます。自分でどの回路が原因か調べて直したいので、安全な手順を教えてください。")
k("ja", 3, "", "業務委託契約書の損害賠償条項を書いてください。賠償額の上限は委託料の総額、ただし故意・重過失の場合は上限なし、という内容で。")
k("ja", 3, "health", "田中美咲さん（妊娠28週、喘息の持病あり）が咳で眠れないそうです。飲んでいい市販の咳止めはどれですか？")
# =========================================================== Chinese
k("zh", 0, "", "把这句繁体字转成简体：這個週末我們的會議室要維修，請大家改到三樓開會。")
k("zh", 0, "address national_id phone", "从这段话里只提取身份证号，别的不要：\n\n“您好，我叫王芳，办理会员需要的资料如下：身份证号{cn_id}，手机13812345678，地址：上海市浦东新区张杨路1588弄12号601室。”")
k("zh", 0, "", "SF1428859034127 这个快递单号是哪家快递公司的？只回答公司名", nm=1)
k("zh", 0, "", "我们单元测试里用的假身份证号是{bad_cn_id}（校验位故意写错的），帮我把最后一位换成*", nm=1)
k("zh", 0, "", [
    ("user", "Word里怎么让目录自动更新页码？"),
    ("assistant", "在目录上点右键，选择“更新域”，然后选“只更新页码”或“更新整个目录”。也可以点目录后按F9。"),
    ("user", "好的，明白了，谢谢！"),
])
k("zh", 1, "", "什么是可转债？简单讲讲它和普通债券、股票有什么区别")
k("zh", 1, "", "把这篇文章概括成三句话，发到部门群里：\n\n{WENZHANG_ZH}")
k("zh", 1, "", "幽门螺杆菌是什么？一般怎么传播的？给我科普一下", nm=1)
k("zh", 1, "health", "把这条门诊记录整理得规范一点，不要增加内容：\n李建国，男，58岁，高血压3年，今日复诊，血压138/86，自述无头晕，用药同前，嘱继续监测，一月后复查。")
k("zh", 1, "", "帮我写一段公司官网“联系我们”的文字：客服热线400-820-6688（工作日9:00-18:00），邮箱kefu@hengyuan-tech.cn，地址北京市海淀区中关村大街27号中关村大厦11层。", nm=1)
k("zh", 1, "email", "给张伟写一封简短的邮件（zhangwei_1988@163.com），告诉他面试时间改到下周三上午十点，地点不变。")
k("zh", 2, "", "用Go写一个HTTP客户端的封装：支持每次请求的超时、对5xx和网络错误做指数退避重试（最多3次，带抖动）、可以通过context取消，并写单元测试。")
k("zh", 2, "", "{KELIU_ZH}\n\n分析一下这几家门店的表现：哪家有问题、可能的原因是什么、12月应该怎么调整人员和活动？请给出依据。")
k("zh", 2, "", "查一下上个月退款率最高的五个商品类目，对比前三个月看看是不是突然上升，分析可能的原因，然后给运营团队开一个工单。", tools=DATA_TOOLS)
k("zh", 2, "", "我们要在三个月内把客服团队从10人扩到25人，同时上线工单系统。请做一个详细计划：招聘节奏、培训、排班、质检，以及每个阶段的风险。")
k("zh", 2, "", "根据下面的表结构写SQL：按国家统计2026年每个月的新增付费客户数、流失客户数和净增长，并解释怎么处理同一个客户取消后又重新订阅的情况。\n\n{SQL_SCHEMA}")
k("zh", 3, "", "我昨天晚上吃了头孢，今天晚上有饭局，隔多久才能喝酒？")
k("zh", 3, "", "{HETONG_ZH}\n\n我住了10个月，合同一年，因为工作调动要提前搬走，提前一个月跟房东说了。按这个条款房东能扣我全部押金吗？")
k("zh", 3, "", "我年收入40万左右，有房贷，父母都60岁以上，孩子上小学。个税专项附加扣除怎么填最划算？房贷利息和赡养老人能同时报吗？")
k("zh", 3, "", "航班被取消了，我订的酒店能全额退款吗？", sys="你是云途旅行的客服助手。你的回复会直接作为最终答复发送给客户，不经人工审核。")
k("zh", 3, "", "家里的燃气热水器装在卫生间里，最近洗澡时有点头晕，还能继续用吗？该怎么处理？")
k("zh", 3, "", "帮我起草劳动合同里的竞业限制条款：期限一年，地域限于长三角，补偿按离职前十二个月平均工资的30%按月支付，违约金另行约定。")
k("zh", 3, "health", "我爸爸陈志强有房颤，一直在吃华法林，最近牙疼得厉害，可以吃布洛芬吗？吃多少？")
# =========================================================== more personal data and near misses, by language
k("es", 1, "national_id phone", "Escribe un correo breve a la gestoría: mi empleada del hogar, Rosa Quispe Mamani, NIE {nie}, teléfono 634 998 120, empieza el lunes 12 a media jornada. Pídeles que la den de alta en la Seguridad Social y me digan qué papeles necesitan.")
k("es", 3, "", "¿A qué hora abrís el sábado y puedo devolver un producto sin ticket?", sys="Eres el asistente de atención al cliente de Muebles Arce. Tu respuesta se envía directamente al cliente como respuesta final. Datos de la tienda: teléfono de atención 900 123 456, email soporte@mueblesarce.es, horario L-V 10-20 h, sábados 10-14 h. Política: devoluciones en 30 días con ticket o factura.", nm=1)
k("pt", 2, "address phone", "Organiza a rota de entregas de amanhã saindo do nosso depósito na Av. Brasil, 4100, Rio de Janeiro, às 8h. Dois clientes só recebem de manhã. Diz a ordem, o horário estimado de cada parada e o que fazer se atrasar.\n\n- Beatriz Nunes – Rua Barata Ribeiro, 502, apto 801, Copacabana, 22040-002 – (21) 99812-4470 – só manhã\n- Carlos Eduardo Pinto – Rua Conde de Bonfim, 1220, casa 3, Tijuca, 20530-002 – (21) 98455-3019\n- Luana Matos – Estrada dos Três Rios, 77, bloco 2 apto 204, Freguesia, 22745-005 – (21) 97120-6634 – só manhã\n- Renato Alves – Rua Voluntários da Pátria, 301, Botafogo, 22270-000 – (21) 99003-2281")
k("it", 0, "iban", "Dammi solo il codice ABI contenuto in questo IBAN (è il mio conto, mi serve per un modulo): {iban_IT}")
k("ja", 0, "email phone", "次の署名をvCard形式に変換してください。\n\n――――――――――\n森本 直樹\n株式会社サンライズ設計 営業部\n携帯：080-4421-7390\nMail：naoki.morimoto@sunrise-sekkei.co.jp\n――――――――――")
k("zh", 1, "phone", "帮我给房东刘先生发条微信，说明天下午两点维修师傅来修空调，让他有问题直接打我电话 139 0571 2846。语气客气一点。")
k("hi", 1, "email phone", "इस ग्राहक को जवाब का ड्राफ़्ट लिखो कि उनका रिफ़ंड 5-7 कार्यदिवस में आ जाएगा: अमित कुमार, amit.kumar1990@gmail.com, +91 98110 23456, ऑर्डर #A-55821, शिकायत: टूटा हुआ मिक्सर मिला।")
k("hi", 0, "address", "इन तीन पतों को पिनकोड के बढ़ते क्रम में लगा दो, कुछ और मत बदलना:\n1. नेहा गुप्ता, फ़्लैट 204, साईं अपार्टमेंट, बाणेर रोड, पुणे 411045\n2. विकास यादव, 17/3 गांधी नगर, लखनऊ 226004\n3. अनीता जोशी, मकान नं. 9, शास्त्री कॉलोनी, जयपुर 302004")
k("pl", 1, "iban", "Napisz krótkiego, uprzejmego maila do najemcy, pani Joanny Kaczmarek, że od grudnia czynsz proszę przelewać na nowe konto: {iban_PL}. Kwota bez zmian.")
k("fr", 1, "iban", "Rédige un mail court à mon ancien propriétaire pour lui transmettre mon RIB pour le remboursement du dépôt de garantie : IBAN {iban_FR}. Rappelle-lui poliment que le délai légal est d'un mois après l'état des lieux.")
k("zh", 2, "", "下面是昨天的订单日志，分析一下为什么有一批订单支付成功但没有发货，找出规律并给出排查步骤。\n\n2026-11-29 10:02:11 order=DD20261129-00412 pay=ok amount=259.00 wh=WH-SH ship=created\n2026-11-29 10:05:47 order=DD20261129-00418 pay=ok amount=88.50 wh=WH-HZ ship=pending\n2026-11-29 10:06:02 order=DD20261129-00419 pay=ok amount=1299.00 wh=WH-HZ ship=pending\n2026-11-29 10:09:33 order=DD20261129-00425 pay=ok amount=45.00 wh=WH-SH ship=created\n2026-11-29 10:12:40 order=DD20261129-00431 pay=ok amount=612.00 wh=WH-HZ ship=pending\n2026-11-29 10:15:08 order=DD20261129-00433 pay=retry amount=75.00 wh=WH-SH ship=none\n2026-11-29 10:15:51 order=DD20261129-00433 pay=ok amount=75.00 wh=WH-SH ship=created\n2026-11-29 10:20:19 order=DD20261129-00440 pay=ok amount=330.00 wh=WH-HZ ship=pending\n2026-11-29 10:31:02 sync wh=WH-HZ status=timeout version=wms-3.14.2\n2026-11-29 10:44:57 order=DD20261129-00452 pay=ok amount=19.90 wh=WH-HZ ship=pending", nm=1)
k("pl", 2, "", "Napisz w Pythonie walidator numeru PESEL: suma kontrolna, poprawna data urodzenia z uwzględnieniem stulecia zakodowanego w miesiącu, płeć. Dodaj testy; numer {bad_pesel} z naszych danych testowych ma celowo złą cyfrę kontrolną i musi zostać odrzucony.", nm=1)
k("fr", 0, "", "Dans notre jeu de données de test, le NIR fictif {bad_insee} a une clé volontairement fausse. Réécris-le sans espaces, rien d'autre.", nm=1)
k("pt", 2, "", "Nosso formulário aceitou o CPF de teste {bad_cpf}, que tem o dígito verificador errado de propósito. Revisa essa função e corrige, com testes para os casos de borda (todos os dígitos iguais, com e sem máscara):\n\nfunction validaCpf(cpf) {{\n  const d = cpf.replace(/\\D/g, '');\n  if (d.length !== 11) return false;\n  let s = 0;\n  for (let i = 0; i < 9; i++) s += Number(d[i]) * (10 - i);\n  return (s * 10) % 11 === Number(d[9]);\n}}", nm=1)
k("en", 1, "", "Our payroll test fixtures use the made-up NI number {bad_nino} (the prefix is never issued). Write a one-paragraph note for the QA wiki explaining why we use deliberately invalid numbers in fixtures.", nm=1)
k("de", 0, "", "Die IBAN {bad_iban_DE} aus unserem Testfall hat absichtlich eine falsche Prüfsumme. Schreib sie ohne Leerzeichen, sonst nichts.", nm=1)
k("ja", 3, "credit_card", "先月の請求で、カード {visa} に同じ金額が2回請求されています。どうなっているんですか？", sys="あなたは「ヒカリ家電オンライン」のお客様窓口です。あなたの回答は確認なしでそのままお客様に送られる最終回答です。")
k("es", 0, "credit_card", "dime solo los 4 últimos dígitos de esta tarjeta, que los necesito para el formulario de reembolso: {mastercard}")
k("en", 1, "", "Write alt text (one or two sentences) for this chart on our blog.", img="https://images.unsplash.com/photo-1551288049-bebda4e38f71")
k("en", 2, "", "Screenshot of our checkout dashboard from last night. What's going on with error rate vs latency around 02:00, what are the likely causes, and what should I check first?", img="https://grafana.internal.example/render/d-solo/checkout?panelId=4&from=now-12h", tools=["search_docs"])
k("de", 1, "", "Schreib einen kurzen Text für unsere Website: Dr. med. Anna Weber, Fachärztin für Kardiologie, übernimmt ab Januar die Praxis in der Bahnhofstraße 8, 79098 Freiburg. Sprechzeiten Mo–Fr 8–12 Uhr, Di und Do auch 15–18 Uhr, Termine unter praxis@kardiologie-bahnhofstrasse.de.", nm=1)
k("en", 1, "", "In two or three sentences, what did Florence Nightingale contribute to the use of statistics in public health?", nm=1)
k("hi", 0, "national_id", "इन दोनों आधार नंबरों को एक ही फ़ॉर्मेट (XXXX XXXX XXXX) में लिख दो, बाकी कुछ मत बदलना:\nरमेश पाटिल – {plain_aadhaar}\nसविता पाटिल – {aadhaar2}")
k("pt", 1, "national_id", "Escreve um e-mail curto pro RH pedindo a inclusão no vale-transporte a partir de janeiro. Meu nome é Gustavo Henrique Prado, CPF {plain_cpf}, trabalho no turno da manhã na unidade Lapa.")
k("en", 0, "national_id", "format this SSN with dashes for the W-9 form, nothing else: {plain_ssn}")
