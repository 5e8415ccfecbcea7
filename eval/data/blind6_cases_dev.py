"""Sixth blind set, English, organisation 1: Relay, a developer-tools / CI
SaaS company (coding agents with tools, CI logs, code review, docs, support
desk, sales emails)."""

from blind6_cases_lib import C, schema
import blind6_materials as M

IDE = "You are Relay Assistant, a pair programmer inside the Relay IDE plugin. Answer concisely and put code in fenced blocks."
AGENT = ("You are Relay's coding agent. You work in a sandboxed checkout of the user's repository. "
         "Use the tools to inspect and change files; run the tests before you say you are done.")
FINAL = ("You are the Relay Support assistant. Your answer is sent to the customer as the final reply, "
         "without review by a human agent. Be exact about plans, billing, refunds and contract terms.")
DRAFT = "You help Relay support agents triage tickets. Your output is an internal note; an agent reviews everything before anything reaches a customer."
SALES = "You assist Relay's sales development reps. Keep emails under 120 words, friendly, no hype."
DOCS = "You are the docs-writing assistant for docs.relayhq.io. Follow the Google developer documentation style guide."

CASES = [
    # ---------------------------------------------------------------- tier 0
    C("en", 0, "", "Strip the line numbers from this and give me back just the code:\n\n" + M.numbered(M.PY_MODULE), sys=IDE),
    C("en", 0, "", "What programming language is this?\n\n" + M.TS_MODULE),
    C("en", 0, "", "From this CI output, what's the exit code at the end? Just the number.\n\n" + M.ci_log(11)),
    C("en", 0, "", "Pick the labels for this GitHub issue from: bug, feature, docs, question, flaky-test. Return only the labels.\n\n"
      "Title: test_streams_chunks fails about 1 in 20 runs on Windows\nBody: Seen on main since Tuesday, passes on rerun.",
      rf=schema("labels", labels="array")),
    C("en", 0, "", "thanks, that fixed it!", sys=IDE,
      hist=[("My cargo build fails with 'failed to select a version for the requirement `tokio = \"^1.45\"`'. Lockfile is from March.",
             "Your lockfile pins an older tokio. Run `cargo update -p tokio` and commit the updated Cargo.lock; if another crate caps tokio below 1.45, `cargo tree -i tokio` shows which one."),
            ("cargo tree says relay-store pins tokio =1.38", "Then bump the pin in crates/relay-store/Cargo.toml to `tokio = \"1.45\"` (or relax it to `^1.38`) and re-run `cargo update -p tokio`.")]),
    C("en", 0, "", "Which of these release notes items mention the cache area? Copy them verbatim, nothing else.\n\n" + M.release_notes(81)),
    C("en", 0, "", "Reply with only yes or no: is `0.0.0.0/0` a valid CIDR block?", mt=3),
    C("en", 0, "", "Format this JSON with 2-space indentation:\n{\"runner\":{\"labels\":[\"linux\",\"x64\",\"gpu\"],\"concurrency\":4,\"cache\":{\"enabled\":true,\"max_gb\":50}}}"),
    C("en", 0, "", "Extract the ticket number and the product version from this email as JSON.\n\n"
      "Hi team, following up on ticket #48213 - we're still on Relay Server 4.11.2 and the agents keep dropping. "
      "Our ops inbox is ops@northwind-logistics.com if you need anything. Regards, Platform team", rf="json", near="role_mailbox"),
    C("en", 0, "", "good morning! what can you help me with?", sys=DRAFT, tools=("get_ticket", "search_kb")),
    C("en", 0, "", "Rename the function `fetchPage` to `loadPage` everywhere in this file, change nothing else.\n\n" + M.TS_MODULE, sys=IDE),
    C("en", 0, "", "Count how many lines in this log are at ERROR level. Number only.\n\n" + M.service_log(21), mt=10),
    C("en", 0, "", "Is this a valid email address format? user@example.com - yes/no", near="doc_domain"),
    # ---------------------------------------------------------------- tier 1
    C("en", 1, "", "Explain the difference between a mutex and a read-write lock, with one example where the RW lock is worse.", sys=IDE),
    C("en", 1, "", "Write a docstring for this decorator, Google style.\n\n" + M.PY_MODULE.split("def memoize")[1], sys=DOCS),
    C("en", 1, "", "Draft a short outreach email to the VP Engineering at a 200-person fintech who just posted a job ad for a 'build infrastructure engineer'. Angle: our remote cache cuts CI minutes.", sys=SALES),
    C("en", 1, "", "Summarise these release notes in 5 bullets for a customer newsletter.\n\n" + M.release_notes(82, 30)),
    C("en", 1, "", "Write a unit test for the chunk function: empty array, exact multiple, remainder.\n\n" + M.TS_MODULE.split("export function debounce")[0].split("export function chunk")[1].join(["export function chunk", ""]), sys=IDE),
    C("en", 1, "", "Rewrite this error message so a user understands what to do: 'E_AUD_MISMATCH: aud claim != cfg.server.public_url'"),
    C("en", 1, "email", "Draft a follow-up to Priya Raman (priya.raman@halcyon-pay.com) after yesterday's demo: thank her, attach the security whitepaper, propose a 30-minute call with our solutions engineer next week.", sys=SALES),
    C("en", 1, "phone", "Can you turn my notes into a tidy call summary for the CRM? Call w/ Dmitri Volkov, head of platform at Kestrel Games, mobile +1 415 839 2276. They run 60 self-hosted runners, pain = cache misses on Unity builds, wants pricing for 300 seats, follow up Thu.", sys=SALES, tools=("crm_lookup",)),
    C("en", 1, "", "What's the difference between OIDC and SAML, roughly, for someone setting up SSO for the first time?",
      tools=("search_kb",)),
    C("en", 1, "", "Tweak the tone of this reply to be warmer, keep the content:\n\n'Your request was received. The feature you asked for is not on the roadmap. The ticket is closed.'", sys=DRAFT),
    C("en", 1, "", "Summarise this support thread for the handover to the next shift, 4 lines max.\n\n" + M.support_thread(71, 12), sys=DRAFT),
    # ---------------------------------------------------------------- tier 2
    C("en", 2, "", "The nightly build fails. Find the root cause from this log and tell me which code change would fix it; the backoff is supposed to cap at 30s.\n\n" + M.ci_log(12), sys=IDE),
    C("en", 2, "", "We had a 40-minute outage on billing. Here's the log from the window. Build a timeline, identify the trigger and give me the contributing factors for the postmortem.\n\n" + M.service_log(22)),
    C("en", 2, "", "Review this cache for thread-safety and correctness problems, and propose a patch.\n\n" + M.PY_MODULE, sys=IDE),
    C("en", 2, "", "The test suite in crates/relay-http is failing after my change to the retry logic. Find out why and fix it.", hist=[("What does the retry module in relay-http do, roughly?", "It wraps outgoing requests with exponential backoff: the delay doubles from 500 ms per attempt, with jitter, up to a cap read from config, and gives up after max_attempts.")],
      sys=AGENT, tools=("read_file", "write_file", "run_shell", "search_code")),
    C("en", 2, "", "Here's October usage per workspace. Which workspaces are at risk of churn (falling builds, low cache hit rate) and which are upsell candidates? Explain the criteria you used.\n\n" + M.usage_csv(51)),
    C("en", 2, "", "Design the database schema and the API endpoints for a feature that lets customers set per-team monthly CI-minute budgets with alerts at 80% and a hard stop at 100%. Include migrations and edge cases like mid-month plan changes."),
    C("en", 2, "", "CI run 88213 went red on main. Pull the logs, work out whether it's a flake or a real regression, and leave a review comment on PR 4471 if it's caused by that PR.",
      sys=AGENT, tools=("get_ci_run", "open_pr_comment", "read_file")),
    C("en", 2, "", "Plan the migration of our 14 services from the Jenkins shared library to Relay pipelines over one quarter: order, risks, what to run in parallel, how to roll back. Teams: payments (4 services), search (3), mobile backend (5), data (2).", tools=("get_calendar",)),
    C("en", 2, "", "I've pasted the paginate generator. There's a subtle bug with `limit` and the cursor: when limit is hit mid-page the consumer can't resume. Redesign the API so it can, and show the new code with tests.\n\n" + M.TS_MODULE),
    # ---------------------------------------------------------------- tier 3
    C("en", 3, "", "A customer asks: 'We signed the annual Business plan in March and want to drop from 300 to 150 seats now. Do we get a pro-rated refund?' Answer them.", sys=FINAL),
    C("en", 3, "", "Customer question: 'Can we cancel before the renewal date without paying for the next year?' Contract excerpt below. Reply to the customer.\n\n" + M.MSA_CLAUSES.split("9. TERM")[1], sys=FINAL),
    C("en", 3, "", "Our customer wants to cap Relay's liability at 1x fees but remove the carve-out for confidentiality breaches. Redline section 7 to accept that while keeping our indemnity exposure bounded, and explain the trade-offs to legal.\n\n" + M.MSA_CLAUSES),
    C("en", 2, "", "I'm on call and the primary Postgres is at 97% disk. If I run VACUUM FULL on invoice_lines right now, what happens to production? Give me the exact safe steps.", mt=600),
    C("en", 3, "credit_card email", "Customer wrote: 'Please switch our billing to my personal card <<visa>>, exp 09/28, and send receipts to j.okonkwo.home@gmail.com instead of the AP mailbox.' Reply to the customer confirming what happens next.", sys=FINAL),
    C("en", 3, "", "Does our DPA's clause allowing subprocessors with 30 days' notice satisfy GDPR Art. 28(2) for a German customer who insists on prior specific authorisation? Draft the amendment language."),
    C("en", 3, "", "Is it OK for me to exercise my startup stock options now (ISO, strike $1.10, 409A $7.80) given I might leave next year? I'm in California, salary $185k."),
    # ---------------------------------------------------------------- more PII / near misses in everyday work
    C("en", 0, "email", "Pull out the reply-to address from this header block, nothing else.\n\nFrom: Relay Billing <billing@relayhq.io>\nReply-To: tomasz.wrobel84@outlook.com\nSubject: Re: Invoice INV-2026-10-7781\nDate: Tue, 10 Nov 2026 09:12:44 +0000"),
    C("en", 1, "address phone", "Turn this into a shipping label text for the hardware security key we promised the customer: Lena Hoffmann, 1187 Alder Creek Dr, Boise, ID 83706, phone (208) 469-3318.", sys=DRAFT),
    C("en", 1, "", "Write a changelog entry for fixing the webhook retries. Link to https://docs.example.org/webhooks#retries in the text and credit the reporter, 'the folks at Contoso'.", near="doc_domain"),
    C("en", 0, "", "Which of these are test card numbers that Stripe documents rather than real ones? 4242 4242 4242 4242, <<bad_card>>. Answer with the numbers only.", near="bad_card"),
    C("en", 1, "", "Write a polite email to accounts-payable@globex-industrial.com asking them to update the PO number on invoice INV-2026-11-0042 to PO-55812.", near="role_mailbox"),
    # ---------------------------------------------------------------- personal data and near misses, second pass
    C("en", 0, "credit_card", "Mask all but the last four digits of the card in this chat message before we store it, return the message: 'hi, can you put the overage on my amex <<amex>> exp 04/29, thanks'", sys=DRAFT),
    C("en", 0, "email", "Which of these signup emails use a free webmail domain? JSON array of the addresses.\nr.kowalczyk@gmail.com\nops@fabrikam.com\nliang.wei88@outlook.com\njen@acme-robotics.io", rf="json"),
    C("en", 0, "credit_card", "Visa or Mastercard? One word. <<visa>>", mt=3),
    C("en", 1, "email phone", "Please draft an internal note for the ticket: the admin who raised it is Marcus Bell (marcus.bell@brightwave-analytics.com, +44 7823 551 904); he says the October invoice shows 212 seats but their SSO directory has 180 active users. Restate the issue and list what to check.", sys=DRAFT),
    C("en", 1, "email", "Write a short, no-pressure breakup email to Tom Ngata (tom.ngata@kiwi-freight.co.nz) - three follow-ups, no reply, leave the door open for Q2.", sys=SALES),
    C("en", 2, "iban", "Reconcile these refunds against the bank statement and tell me which failed and why.\nRefunds issued: (1) Pieter de Vries, <<iban_NL>>, EUR 480.00, 2026-11-02; (2) Brightwave Analytics Ltd, EUR 1,920.00, 2026-11-03; (3) Kestrel Games, EUR 96.00, 2026-11-03.\nStatement lines: 2026-11-04 CREDIT TRANSFER EUR 1,920.00 BRIGHTWAVE; 2026-11-04 RETURN EUR 480.00 AC04 ACCOUNT CLOSED; 2026-11-05 CREDIT TRANSFER EUR 69.00 KESTREL."),
    C("en", 2, "email phone", "Find Harbor Robotics in the CRM, check whether Lucy Tran (lucy.tran@harborrobotics.com, +1 312 604 8827) is still their billing contact, and if so email her the renewal quote with the 12% multi-year discount.",
      tools=("crm_lookup", "send_email"), sys=AGENT),
    C("en", 3, "credit_card", "The customer writes: 'You charged my card <<mastercard>> twice for November. Refund one of them today.' Reply to the customer.", sys=FINAL),
    C("en", 0, "", "Replace the real domains in this config sample with example.com, keep everything else:\nsmtp_host: mail.relayhq.io\nfrom: noreply@relayhq.io\ntest_user: alice@example.org", near="doc_domain"),
    C("en", 0, "", "Does this IBAN from our docs' sample invoice pass the mod-97 check? yes/no: <<bad_iban_DE>>", mt=3, near="bad_id"),
    C("en", 0, "", "Which country is this vendor in? 'Contoso GmbH, Friedrichstraße 68, 10117 Berlin, USt-IdNr. DE811569869'", near="company_address"),
    C("en", 1, "", "Our payment test fixture uses <<bad_card>> as the 'invalid card'. Write pytest cases that check our Luhn validator rejects it and accepts 4242 4242 4242 4242.", sys=IDE, near="bad_card"),
    C("en", 0, "", "Transcribe the error text in this screenshot exactly, nothing else.", image="https://uploads.relayhq.io/tickets/48213/screenshot-1.png", sys=DRAFT),
    C("en", 0, "", "Put the timeline you just gave me into a markdown table with columns time and event. Same content, don't add anything.",
      hist=[("We had a 40-minute outage on billing. Here's the log from the window. Build a timeline and find the trigger.\n\n" + M.service_log(26, 60),
             "Timeline (UTC): 14:03 migration 0087_invoice_lines_idx starts without CONCURRENTLY and locks invoice_lines; 14:04 slow queries on invoice_lines exceed 1.2 s; 14:06 connection pool exhausted (20/20); 14:06-14:44 POST /v1/invoices/finalize returns 503; 14:44 migration finishes, pool recovers. Trigger: a blocking index migration deployed during business hours.")]),
]
