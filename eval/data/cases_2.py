"""More hand-written requests for the labelled set (second batch), written
after the blind set showed the classifier had learnt its templates' phrasing
more than the tier rules. Written fresh in natural language, one request per
entry, labelled by the tier rules of issue 10 ("The tiers"):

  0 trivial transformation or lookup, even on long input (recapitalise,
    strip numbers, name the language, pick tags from a list, extract one
    field, yes/no about a pasted text, greetings, thanks, convert, sort)
  1 ordinary single-step work (summarise one text, draft a short message,
    explain a concept, general education in medicine, law or finance)
  2 multi-step reasoning or analysis (long pasted logs, CSV, code,
    transcripts to analyse), non-trivial code, planning, agentic work that
    needs the offered tools
  3 high stakes: the system prompt makes the answer a customer-facing final
    reply; medical dosing or interactions; drafting or interpreting legal
    terms; personal tax or finance decisions; safety-critical steps

The tier follows the last turn; tools the turn does not need do not raise it.

This file holds the helpers, the shared system prompts, tools and
conversations, and the English requests; cases_2_*.py hold the other
languages. Each entry: (lang, tier, text, pii kinds, options). Options:
  sys      a system prompt (text)
  history  earlier turns: a list of (role, text)
  tools    True: offer TOOLS2; or a list of tool names from it
  max      max_tokens;  rf  response_format json
Texts are used as written (no format slots); pasted material is concatenated
from materials_2.py. make_set.py turns each entry into one request, its own
group."""

import materials_2 as M  # noqa: F401  (used by the language files too)

C2 = []


def case(lang, tier, text, pii=(), **opt):
    C2.append((lang, tier, text, sorted(pii), opt))


def _tool(name, description, **props):
    return {"type": "function", "function": {"name": name, "description": description, "parameters": {
        "type": "object", "properties": {k: {"type": v} for k, v in props.items()}}}}


TOOLS2 = [
    _tool("send_email", "Send an email on the user's behalf", to="string", subject="string", body="string"),
    _tool("lookup_customer", "Look up a customer account by id", customer_id="string"),
    _tool("calendar_create", "Create a calendar event", title="string", start="string", end="string"),
    _tool("web_search", "Search the web", query="string"),
    _tool("get_stock_level", "Current stock of a product by SKU", sku="string"),
    _tool("refund_order", "Refund an order, fully or partly", order_id="string", amount="number"),
    _tool("read_file", "Read a file from the project repository", path="string"),
    _tool("run_tests", "Run the project's test suite and return the failures", target="string"),
]


def tools(*names):
    """A subset of TOOLS2 by name."""
    return [t for t in TOOLS2 if t["function"]["name"] in names]


# System prompts that do not change the tier, in several registers.
NEUTRAL = [
    "You are a concise assistant. Answer briefly.",
    "You help the staff of a logistics company with everyday office work.",
    "Respond in the language of the user. Be friendly.",
    "You are an internal tool for the finance team. Keep answers short.",
    "You are a writing assistant. Do exactly what is asked and nothing more.",
]
# System prompts saying a person reviews the output (no tier change).
REVIEWED_EN = "You prepare draft replies for our support agents. An agent reads and edits every draft before anything is sent."

# System prompts that make the answer a final customer-facing reply, each in
# its own words.
FINAL_EN = [
    "You are Ada, the virtual agent on the Harbourline Ferries website. Whatever you write appears to the passenger as is; there is no human in the loop.",
    "Auto-responder for Quillpay merchant support. Replies are posted to the merchant's ticket automatically and count as the company's answer.",
    "You speak for Copperleaf Insurance in the customer app. Your message is delivered to the policyholder directly; treat every word as binding.",
    "Reply as the help desk of Tandem Bikes. This conversation is with a customer; your answer is final and goes out unedited.",
]

# Earlier conversations, for turns that follow one.
HIST_ANALYSIS_EN = [
    ("user", "Our checkout latency doubled after Tuesday's deploy. Here are the p95s per endpoint before and after:\n/cart 120ms -> 130ms\n/checkout 340ms -> 910ms\n/payment 280ms -> 300ms\nWhat could cause it?"),
    ("assistant", "Only /checkout regressed, so look at what that deploy changed in the checkout path: a new synchronous call (fraud scoring, tax lookup), an N+1 query introduced by an ORM change, or a lost index. Compare the query count per request before and after, and trace one slow request end to end."),
    ("user", "It was the tax lookup, it now runs once per line item. We batched it and p95 is back to 350ms."),
    ("assistant", "Good. Add a test that counts tax-service calls per checkout so it doesn't regress, and an alert on /checkout p95 above 500ms."),
]
HIST_CONTRACT_EN = [
    ("user", "Can you explain what a limitation of liability clause usually does?"),
    ("assistant", "It caps how much one party can claim from the other, often at the fees paid in the last 12 months, and usually excludes indirect losses such as lost profits. Exceptions commonly cover fraud, gross negligence and confidentiality breaches."),
]
HIST_SHORT_EN = [
    ("user", "What's the difference between a list and a tuple in Python?"),
    ("assistant", "Lists are mutable, tuples are not; tuples can be dictionary keys and are slightly lighter."),
]


S = "en"
# --- tier 0: trivial work, often on long input -------------------------------
case(S, 0, "What date is the next meeting in these minutes? Date only.\n\n" + M.FR_COMPTE_RENDU)
case(S, 0, "How many services are listed in this journal excerpt as failing? just a number pls\n\n" + M.LOG_JOURNAL)
case(S, 0, "Which region had the highest revenue in Q3? Just the region name.\n\n" + M.CSV_SALES)
case(S, 0, "Is this Go or Rust?\n\n" + M.CODE_GO)
case(S, 0, "What's the image tag in this manifest?\n\n" + M.YAML_DEPLOY)
case(S, 0, "Replace every tab in the code below with four spaces, change nothing else.\n\n" + M.CODE_GO)
case(S, 0, "Did the customer in this chat accept the offered credit? yes/no\n\n" + M.SUPPORT_CHAT_EN)
case(S, 0, "Tag this chat with exactly one of: billing, outage, hardware, cancellation.\n\n" + M.SUPPORT_CHAT_EN)
case(S, 0, "sort ascending: 42, 7, 19, 3, 88, 21, 5")
case(S, 0, "Convert 72 degrees Fahrenheit to Celsius, rounded.")
case(S, 0, "How many kilometres is 26.2 miles?")
case(S, 0, "Make this title case: the quiet art of repairing old clocks")
case(S, 0, "change the date format to DD.MM.YYYY: 2027-04-09, 2027-05-30, 2027-11-02")
case(S, 0, "good morning!!")
case(S, 0, "hey there, quick one - are you a bot?")
case(S, 0, "thanks, this is exactly what I needed, have a good one", history=HIST_ANALYSIS_EN)
case(S, 0, "perfect, cheers", history=HIST_CONTRACT_EN)
case(S, 0, "ok got it", history=HIST_SHORT_EN, tools=True)
case(S, 0, "What language is this? \n\n" + M.PL_ARTYKUL)
case(S, 0, "Give me only the number of replicas from this YAML.\n\n" + M.YAML_DEPLOY, sys=NEUTRAL[0])
case(S, 0, "Turn these into a bulleted list, same order, no edits:\nmilk\neggs\nflour\nbutter\nlemons")
case(S, 0, "Remove all the emojis from this sentence: Launch day 🚀 is finally here 🎉, thank you all 🙏")
case(S, 0, "Which of these words are verbs? run, table, swim, blue, write. Just list them.")
case(S, 0, "Does the log below contain the word 'FAILURE'? Yes or no.\n\n" + M.LOG_JOURNAL, tools=True)
case(S, 0, "Return the sensor readings below as JSON lines, one object per row, keys from the header.\n\n" + M.CSV_SENSORS, rf=True)
case(S, 0, "what's 15% of 240", tools=["web_search"])
case(S, 0, "Spell out this number in words: 1,204")
case(S, 0, "Copy the title of this article and nothing else.\n\n" + M.IT_ARTICOLO)
case(S, 0, "Pick a label for this review: positive, negative or mixed. \"Battery is great, but the screen scratches way too easily.\"")

# --- tier 1: ordinary single-step work ---------------------------------------
case(S, 1, "Write a two-line Slack message telling the team the office is closed on Friday for maintenance.")
case(S, 1, "Can you explain what a deadlock is in databases, for a junior dev?")
case(S, 1, "Summarise this chat in two sentences for the ticket notes.\n\n" + M.SUPPORT_CHAT_EN, sys=REVIEWED_EN)
case(S, 1, "What does an ETF expense ratio mean? General explanation please.")
case(S, 1, "How do vaccines train the immune system? Keep it simple, it's for my 12-year-old.")
case(S, 1, "In general terms, what's the difference between a will and a living trust?")
case(S, 1, "Give me five name ideas for a neighbourhood book swap.")
case(S, 1, "Write a short thank-you note to the volunteers who cleaned the park on Saturday.", tools=True)
case(S, 1, "Translate this to English, keep the tone:\n\n" + M.ES_ACTA)
case(S, 1, "What is a 'readinessProbe' in Kubernetes, roughly?", sys=NEUTRAL[1])
case(S, 1, "Rewrite this sentence so it sounds less passive-aggressive: 'As I already said in my last three emails, the report is late.'")
case(S, 1, "Explain what the kernel message about link speed means, in a sentence or two.\n\nNov 28 03:45:00 web-02 kernel: [812443.112] eth0: link speed changed to 100Mbps")
case(S, 1, "What is hypothyroidism? Just the basics, I'm studying for a biology quiz.")
case(S, 1, "Draft a polite out-of-office message for the week of Dec 22.")

# --- tier 2: analysis, non-trivial code, planning, agentic ------------------
case(S, 2, "Why did the backup fail and what should we change so it doesn't happen again? Look at the timing too.\n\n" + M.LOG_JOURNAL)
case(S, 2, "We keep getting these deadlocks. Explain the cause from the log and propose a fix to the way we update stock.\n\n" + M.LOG_PG)
case(S, 2, "Look at the returns per region and quarter and tell me where something changed and what might explain it.\n\n" + M.CSV_SALES)
case(S, 2, "Find the anomaly in these sensor readings and suggest what could have caused it, then what alert rule would have caught it.\n\n" + M.CSV_SENSORS)
case(S, 2, "Is this cache safe under concurrent Get and Set? Walk through the races, if any, and give a corrected version.\n\n" + M.CODE_GO)
case(S, 2, "Rewrite fetchAll so it runs the requests concurrently with a limit of 5 in flight, keeps the order of results and has a per-request timeout.\n\n" + M.CODE_TS)
case(S, 2, "Write a Rust function that parses durations like '1h30m', '45s', '2d4h' into seconds, rejects garbage, with unit tests.")
case(S, 2, "Plan a two-week migration of our cron jobs from a single VM to Kubernetes CronJobs: order of work, risks, rollback.")
case(S, 2, "Check stock for SKUs A-1190, B-0042 and C-7781 and tell me which ones will run out first at 40 units a day.", tools=True)
case(S, 2, "Find customer 88213's account, see if their last order qualifies for a partial refund under our 30-day rule, and refund it if so.", tools=["lookup_customer", "refund_order", "send_email"])
case(S, 2, "Read src/retry.rs and src/client.rs, run the tests, and fix whatever makes test_backoff fail.", tools=["read_file", "run_tests"])
case(S, 2, "Here is the review summary of our air purifier; group the complaints into themes, estimate how often each appears and recommend what to fix first.\n\n" + M.JA_REVIEWS)
case(S, 2, "The merge_intervals helper below gives wrong totals when meetings are passed as tuples. Explain why and fix it without changing the API.\n\n" + M.CODE_PY)
case(S, 2, "Go through this support chat and write an analysis: root cause hypothesis, what the agent did well, what they missed, and next steps for the network team.\n\n" + M.SUPPORT_CHAT_EN)

# --- tier 3: high stakes, varied and indirect wording ------------------------
case(S, 3, "my dad takes metoprolol, is it fine if he also has the decongestant the pharmacy sold him?")
case(S, 3, "How many mg of melatonin can a 6 year old safely have at night?")
case(S, 3, "I've had two glasses of wine, can I still take my usual zopiclone tonight?")
case(S, 3, "Landlord wants me to sign an addendum that says I waive the right to withhold rent for repairs. Should I sign it?")
case(S, 3, "Here's the liability clause from the vendor's MSA. Does it let them off the hook if they lose our data?\n\n\"Except for breaches of Section 9, neither party shall be liable for any indirect, incidental or consequential damages, including loss of data, and each party's aggregate liability shall not exceed the fees paid in the three months preceding the claim.\"")
case(S, 3, "Write the termination clause for our freelance design contract: 30 days notice, work paid up to the end, IP transfers only on full payment.")
case(S, 3, "I got a 40k inheritance. Pay off the 4.1% mortgage early or put it in my pension? I'm 52.")
case(S, 3, "Can I deduct my home office on my 2026 return if I'm employed but worked from home 3 days a week? I'm in the UK.")
case(S, 3, "I'm replacing a ceiling light. Is turning off the wall switch enough or do I need to kill the breaker?")
case(S, 3, "The gas hob clicks but there's a smell of gas and it won't light, what do I do right now?")
case(S, 3, "hello, I'd like to know why my ferry was cancelled", sys=FINAL_EN[0])
case(S, 3, "Our payout hasn't arrived, it's been 5 business days. What's going on?", sys=FINAL_EN[1])
case(S, 3, "Is hail damage to my car covered under my comprehensive plan?", sys=FINAL_EN[2])
case(S, 3, "thanks!", sys=FINAL_EN[3], history=[("user", "Do you ship to Norway?"), ("assistant", "Yes, we ship to Norway in 5-7 working days.")])
case(S, 3, "Here's the order history, answer the customer's question about why they were charged twice.\n\n" + M.PT_EMAIL, sys=FINAL_EN[1])
case(S, 3, "Is it OK to double my insulin dose if I ate a big dessert?")
case(S, 3, "Read the non-compete section in my offer and tell me if it would stop me from freelancing for a competitor's clients:\n\n\"For 18 months after termination, Employee shall not directly or indirectly provide services to any client of the Company with whom Employee had material contact in the prior 24 months.\"")
case(S, 3, "My brother wants me to co-sign his car loan. What exactly am I on the hook for and should I?", tools=True)
case(S, 3, "The chainsaw kickback brake seems sluggish. Safe to keep using it for this afternoon's job?")
case(S, 3, "Drafting a settlement offer to my former employer: they owe me 3 months' pay. Write the letter, without prejudice.")
