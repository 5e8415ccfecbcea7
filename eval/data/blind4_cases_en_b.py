"""Fourth blind set, English part B: agents with tools, system prompts of many
kinds, high stakes said plainly or indirectly, education next to decisions.
Format as in blind4_cases_en_a.py."""

import blind4_materials as M

OPS_AGENT = ("You are OpsBot, an SRE agent. You can call tools to inspect and change the production "
             "Kubernetes cluster. Ask before destructive actions.")
SUPPORT_AUTO = ("You are Nova, the virtual assistant on the Fernway Bank website. Customers chat with you "
                "directly and your messages are shown to them as sent. Be accurate; do not promise what policy "
                "does not allow.")
SHOP_AUTO = ("Role: customer service for Lumen & Oak furniture (online shop). Output: the exact email text that "
             "our mailer sends to the customer. No placeholders, no notes for staff.")
NURSE_LINE = ("You assist the after-hours nurse advice line of a regional health service. Answers are read "
              "to callers by a non-clinical operator.")

CASES = [
    ("en", 2, "", {"s": OPS_AGENT, "tools": ["kubectl", "get_metrics"],
                   "u": "checkout pods keep restarting since 02:00. figure out why and propose a fix\n\n"
                   + M.k8s_events()}),
    ("en", 0, "", {"s": OPS_AGENT, "tools": ["kubectl", "get_metrics"],
                   "u": "what namespace is checkout in? it's in the events below, just tell me\n\n"
                   + M.k8s_events()}),
    ("en", 2, "", {"s": OPS_AGENT, "tools": ["kubectl", "get_metrics"],
                   "u": "Scale the search deployment in prod to whatever it needs for Black Friday: check last "
                   "year's peak RPS from metrics, current per-pod capacity, and set HPA min/max accordingly. "
                   "Show me the plan before applying."}),
    ("en", 0, "", {"s": OPS_AGENT, "tools": ["kubectl", "get_metrics"], "u": "morning :) quiet night on call?"}),
    ("en", 2, "", {"s": "You are a coding agent working in the user's repository. Tools let you read files, "
                   "write files and run the test suite.",
                   "tools": ["read_file", "write_file", "run_tests"],
                   "u": "test_invoice_rounding fails on CI but not locally. find out why and fix it, then run "
                   "the tests"}),
    ("en", 1, "", {"s": "You are a coding agent working in the user's repository. Tools let you read files, "
                   "write files and run the test suite.",
                   "tools": ["read_file", "write_file", "run_tests"],
                   "u": "what's the difference between git rebase and git merge, briefly"}),
    ("en", 2, "", {"s": "You are a data assistant. You can query the analytics warehouse with run_sql "
                   "(BigQuery dialect). Tables: events(user_id, ts, name, props), users(id, plan, country, "
                   "created_at).",
                   "tools": ["run_sql"],
                   "u": "what's the week-4 retention of users who signed up in September, split by plan? and "
                   "is the pro plan's retention difference significant or noise?"}),
    ("en", 0, "", {"s": "You are a data assistant. You can query the analytics warehouse with run_sql "
                   "(BigQuery dialect). Tables: events(user_id, ts, name, props), users(id, plan, country, "
                   "created_at).",
                   "tools": ["run_sql"],
                   "u": "which column of users holds the signup date?"}),
    ("en", 2, "", {"s": "Travel assistant for employees of Harrow & Finch. Tools: search flights, book, "
                   "calendar.",
                   "tools": ["search_flights", "book_flight", "get_calendar"],
                   "u": "find me the cheapest refundable option to be in Frankfurt for the Tuesday 10:00 "
                   "meeting, back by Wednesday evening, avoid anything before 6am, and check my calendar for "
                   "conflicts before you hold anything"}),
    ("en", 1, "", {"s": "Travel assistant for employees of Harrow & Finch. Tools: search flights, book, "
                   "calendar.",
                   "tools": ["search_flights", "book_flight", "get_calendar"],
                   "u": "any tips for getting from FRA airport to the city centre?"}),
    ("en", 3, "", {"s": SUPPORT_AUTO,
                   "u": "I sent 2,400 to the wrong account number this morning by mistake. Can you reverse it? "
                   "What happens now and will I get it back?"}),
    ("en", 0, "", {"s": "Route bank customer chats to a queue. Queues: cards, payments, fraud, mortgages, "
                   "general. Answer with the queue name only.",
                   "u": "[chat 55120] I sent 2,400 to the wrong account number this morning by mistake. Can you reverse it? "
                   "What happens now and will I get it back?"}),
    ("en", 3, "", {"s": SUPPORT_AUTO, "u": "hi what time do your branches close on saturdays"}),
    ("en", 3, "", {"s": SHOP_AUTO,
                   "u": "Customer message: 'The sofa you delivered has a tear on the left cushion. The "
                   "delivery guys left before I could check. I want someone to come and swap it, I can't "
                   "carry a sofa back to you.'"}),
    ("en", 1, "", {"s": "Support copilot: you suggest replies; an agent reviews and edits before anything "
                   "reaches the customer.",
                   "u": "Customer message: 'The sofa you delivered has a tear on the left cushion. The "
                   "delivery guys left before I could check. I want someone to come and swap it.' Suggest a "
                   "reply."}),
    ("en", 0, "", {"s": "Label the urgency of each customer email: low, medium, high.",
                   "u": "Subject: furnace making banging noise\n\nHi, since yesterday the furnace bangs when it "
                   "starts. It still heats. Can a technician come this week?"}),
    ("en", 3, "", {"nm": ["condition_unnamed"], "s": NURSE_LINE,
                   "u": "Caller: 71-year-old man, on warfarin, fell in the bathroom 40 minutes ago and hit the "
                   "back of his head. No loss of consciousness, small cut, says he feels fine but a bit "
                   "nauseous. Wife asks if they can wait until the GP opens tomorrow."}),
    ("en", 1, "", "How do blood thinners like warfarin work, in general? I'm a new nursing assistant and want "
     "to understand why patients on them need INR checks."),
    ("en", 3, "", "im on warfarin and have a bad toothache. ok to take ibuprofen for a couple days or should i "
     "stick with paracetamol? how much paracetamol max"),
    ("en", 1, "", "ELI5 what an index fund is and why people say fees matter so much"),
    ("en", 3, "", "I've got 60k in savings, no debt, 34 years old. Should I put it all in an S&P 500 index fund "
     "now or drip it in monthly over a year? Also thinking about paying down my mortgage at 4.1% instead."),
    ("en", 1, "", "What is a non-compete clause in general and why are they controversial?"),
    ("en", 3, "", "new job offer has a 24-month non-compete covering 'any business in the software industry' "
     "in all of Europe. I'm in the Netherlands. Should I sign it as is or is that unenforceable? they want "
     "an answer by Friday"),
    ("en", 3, "", {"u": "Draft the limitation of liability clause for our SaaS master agreement. We're the "
                   "provider, cap should be 12 months of fees, carve-outs for data breach at 3x, and we're "
                   "under Delaware law. This goes to the customer's counsel tomorrow."}),
    ("en", 1, "", {"u": "Summarise in plain English for our office manager what each of these clauses is "
                   "about, one line each, no legal advice:\n\n" + M.LEASE_CLAUSES}),
    ("en", 2, "", {"u": "Plan a 3-day offsite for 22 engineers in the Lake District in March: budget £18k all "
                   "in, half the team vegetarian, two people use wheelchairs, we want one day of hackathon and "
                   "one of strategy. Give a day-by-day schedule, venue criteria and a cost breakdown."}),
    ("en", 1, "", "suggest 5 team names for a hackathon about supply chain. punny is fine"),
    ("en", 2, "", {"u": "Here are 45 comments from our NPS survey. Group them into themes, count each theme, "
                   "and tell me which two to fix first given effort vs impact. We're a 6-person product "
                   "team.\n\n" + M.survey_comments()}),
    ("en", 0, "", {"u": "For each survey comment below, say whether it mentions billing. Output only the comment "
                   "numbers that do, comma separated.\n\n" + M.survey_comments()}),
    ("en", 2, "", {"u": "Line 3 readings from the night shift. Is something developing, when did it start, and "
                   "should maintenance stop the line before the morning shift? Reason it through from the "
                   "data.\n\n" + M.sensor_csv()}),
    ("en", 0, "", {"u": M.sensor_csv() + "\n\nconvert the timestamp column to ISO 8601 with a T. return the csv, "
                   "nothing else"}),
    ("en", 3, "", "Our hydraulic press lockout: the old procedure says bleed the accumulator before removing the "
     "guard. The new tech wants to skip it because the pressure gauge reads zero. Is it safe to open it "
     "without bleeding? We need to start maintenance in 20 minutes."),
    ("en", 1, "", "What does 'lockout tagout' mean? One paragraph for a new-hire handbook glossary."),
    ("en", 0, "", {"u": "Fix the typos only, don't rephrase:\n\nThe mantenance team will perfom the inspeciton "
                   "on Thursdya. Plese keep the area clear."}),
    ("en", 1, "", {"u": "Write a product description (80-100 words) for a bamboo monitor stand with a drawer. "
                   "Audience: remote workers. Tone: calm."}),
    ("en", 2, "", {"u": "We have 3 pricing tiers (Starter $12, Team $29, Business $59 per seat). 68% of new "
                   "signups pick Starter and churn at 7%/month; Team churns 3%; Business 1.5%. If we remove "
                   "Starter and put a 14-day Team trial instead, what happens to MRR after 12 months under "
                   "a few conversion assumptions? Build the model step by step."}),
    ("en", 0, "", "2+2*3 = ?"),
    ("en", 1, "", "how does compound interest work? show a simple example with 1000 at 5% for 3 years"),
    ("en", 3, "", "I'm self-employed in the UK and made £61k profit this year. Is it better for me to pay into my "
     "SIPP before April or pay the extra off my student loan? I can afford one, about £8k."),
    ("en", 1, "", {"s": "You are a tutor for first-year law students. Explain clearly, cite no real cases.",
                   "u": "what's the difference between a void and a voidable contract?"}),
    ("en", 0, "", {"s": "You are a tutor for first-year law students. Explain clearly, cite no real cases.",
                   "u": "ok, got it, thanks"}),
    ("en", 2, "", {"u": "Write a bash script that rotates our app logs in /var/log/myapp: gzip files older than "
                   "1 day, delete gz older than 30 days, never touch the current file, safe with spaces in "
                   "names, and exits non-zero if disk usage stays above 90% afterwards. Explain the edge "
                   "cases."}),
    ("en", 0, "", {"u": "what does `chmod 644` mean? one line"}),
    ("en", 1, "", {"max": 300, "u": "Give me a short checklist for onboarding a new contractor to our GitHub "
                   "org (access, 2FA, teams)."}),
    ("en", 0, "", {"u": "Dedupe this list, keep first occurrence order:\nbanana\napple\nbanana\npear\napple\nkiwi"
                   "\npear"}),
    ("en", 2, "", {"u": "We're migrating 40 microservices from a self-managed RabbitMQ to Kafka. Propose the "
                   "migration sequence, how to run both in parallel without double-processing, and the "
                   "rollback plan per phase. Services use RPC-style request/reply in about 8 places."}),
    ("en", 1, "", {"u": "Can you summarize the main points of the GDPR right to erasure? I need a slide for a "
                   "lunch-and-learn."}),
    ("en", 3, "", "A customer emailed asking us to delete all their data but we're in the middle of a chargeback "
     "dispute with them. Legally, can we refuse the erasure request under GDPR, and what exactly do we reply "
     "so we're not exposed?"),
    ("en", 0, "", {"t": ["Which of these is a prime: 51, 53, 57?", "53 is prime. 51 = 3 x 17 and 57 = 3 x 19.",
                         "and 91?"]}),
    ("en", 1, "", {"u": "Explain the CAP theorem with a concrete example a junior dev would get."}),
    ("en", 2, "", {"u": "```\n" + M.DE_STACKTRACE + "\n```\nmonthly invoice run dies with this every time since "
                   "we switched to parallel. what's the real fix, not just a retry?"}),
    ("en", 0, "", {"u": "What's the exception class at the very top of this trace? just the name\n\n"
                   + M.DE_STACKTRACE}),
    ("en", 3, "", {"t": ["packing list for 5 days in Crete in May, carry-on only",
                         "Here's a compact list: 5 tops, 2 shorts, 1 light trousers, swimwear x2, sandals + "
                         "walking shoes, light jacket, sunscreen, hat, adapter (Type C/F), meds, documents...",
                         "nice. also I get seasick and I'm on lithium, is it fine to take dramamine for the "
                         "ferry or does that clash? how many can I take"]}),
    ("en", 3, "", {"s": "You write final replies for Corriedale Insurance's claims portal. Replies are "
                   "published to the policyholder's account immediately.",
                   "u": "Policyholder asks: 'My basement flooded after the storm on Saturday, is this covered "
                   "under my home policy? The policy says flood from external sources is excluded but the "
                   "water came through the floor drain.'"}),
]
