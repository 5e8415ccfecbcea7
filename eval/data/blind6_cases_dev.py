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
    C("en", 0, "", "Convert these env var names to lowercase kebab-case, one per line:\nRELAY_AGENT_AUDIENCE\nRELAY_CACHE_DIR\nRELAY_MAX_PARALLEL_JOBS\nRELAY_LOG_FORMAT"),
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
    C("en", 0, "", "Sort these semver strings ascending, output as a comma-separated list: 4.12.0, 4.9.3, 4.12.0-rc.2, 4.10.11, 3.22.1"),
    C("en", 0, "", "Rename the function `fetchPage` to `loadPage` everywhere in this file, change nothing else.\n\n" + M.TS_MODULE, sys=IDE),
    C("en", 0, "", "Count how many lines in this log are at ERROR level. Number only.\n\n" + M.service_log(21), mt=10),
    C("en", 0, "", "Is this a valid email address format? user@example.com - yes/no", near="doc_domain"),
    C("en", 0, "", "Translate the button label 'Re-run failed jobs' into German, French and Japanese. Just the three strings."),
    C("en", 0, "", "Put this CSV header into a markdown table header row:\ndate,workspace,plan,seats,builds,build_minutes,cache_hit_pct,failed_builds"),
    # ---------------------------------------------------------------- tier 1
    C("en", 1, "", "Explain the difference between a mutex and a read-write lock, with one example where the RW lock is worse.", sys=IDE),
    C("en", 1, "", "Write a docstring for this decorator, Google style.\n\n" + M.PY_MODULE.split("def memoize")[1], sys=DOCS),
    C("en", 1, "", "Draft a short outreach email to the VP Engineering at a 200-person fintech who just posted a job ad for a 'build infrastructure engineer'. Angle: our remote cache cuts CI minutes.", sys=SALES),
    C("en", 1, "", "Summarise these release notes in 5 bullets for a customer newsletter.\n\n" + M.release_notes(82, 30)),
    C("en", 1, "", "What does `git rebase --onto` do? Give me a tiny example with three branches."),
    C("en", 1, "", "Write a unit test for the chunk function: empty array, exact multiple, remainder.\n\n" + M.TS_MODULE.split("export function debounce")[0].split("export function chunk")[1].join(["export function chunk", ""]), sys=IDE),
    C("en", 1, "", "Rewrite this error message so a user understands what to do: 'E_AUD_MISMATCH: aud claim != cfg.server.public_url'"),
    C("en", 1, "", "Please draft an internal note for the ticket: customer says the invoice for October shows 212 seats but their SSO directory has 180 active users. Just restate the issue and list what to check.", sys=DRAFT),
    C("en", 1, "email", "Draft a follow-up to Priya Raman (priya.raman@halcyon-pay.com) after yesterday's demo: thank her, attach the security whitepaper, propose a 30-minute call with our solutions engineer next week.", sys=SALES),
    C("en", 1, "", "Write the 'Before you begin' section for a how-to on registering a self-hosted runner. Requirements: Linux x64 or arm64, outbound HTTPS to relayhq.io, a registration token from Settings > Runners.", sys=DOCS),
    C("en", 1, "", "Explain what a flaky test is to a product manager in three sentences."),
    C("en", 1, "phone", "Can you turn my notes into a tidy call summary for the CRM? Call w/ Dmitri Volkov, head of platform at Kestrel Games, mobile +1 415 839 2276. They run 60 self-hosted runners, pain = cache misses on Unity builds, wants pricing for 300 seats, follow up Thu.", sys=SALES, tools=("crm_lookup",)),
    C("en", 1, "", "What's the difference between OIDC and SAML, roughly, for someone setting up SSO for the first time?",
      tools=("search_kb",)),
    C("en", 1, "", "Tweak the tone of this reply to be warmer, keep the content:\n\n'Your request was received. The feature you asked for is not on the roadmap. The ticket is closed.'", sys=DRAFT),
    C("en", 1, "", "Give me a regex that matches semver tags like v1.2.3 or v1.2.3-rc.1 and explain each part."),
    C("en", 1, "", "Summarise this support thread for the handover to the next shift, 4 lines max.\n\n" + M.support_thread(71, 12), sys=DRAFT),
    # ---------------------------------------------------------------- tier 2
    C("en", 2, "", "The nightly build fails. Find the root cause from this log and tell me which code change would fix it; the backoff is supposed to cap at 30s.\n\n" + M.ci_log(12), sys=IDE),
    C("en", 2, "", "We had a 40-minute outage on billing. Here's the log from the window. Build a timeline, identify the trigger and give me the contributing factors for the postmortem.\n\n" + M.service_log(22)),
    C("en", 2, "", "Review this cache for thread-safety and correctness problems, and propose a patch.\n\n" + M.PY_MODULE, sys=IDE),
    C("en", 2, "", "The test suite in crates/relay-http is failing after my change to the retry logic. Find out why and fix it.",
      sys=AGENT, tools=("read_file", "write_file", "run_shell", "search_code")),
    C("en", 2, "", "Here's October usage per workspace. Which workspaces are at risk of churn (falling builds, low cache hit rate) and which are upsell candidates? Explain the criteria you used.\n\n" + M.usage_csv(51)),
    C("en", 2, "", "Design the database schema and the API endpoints for a feature that lets customers set per-team monthly CI-minute budgets with alerts at 80% and a hard stop at 100%. Include migrations and edge cases like mid-month plan changes."),
    C("en", 2, "", "CI run 88213 went red on main. Pull the logs, work out whether it's a flake or a real regression, and leave a review comment on PR 4471 if it's caused by that PR.",
      sys=AGENT, tools=("get_ci_run", "open_pr_comment", "read_file")),
    C("en", 2, "", "Write a Rust function that merges overlapping time windows (start, end) given as unsorted Vec<(u64,u64)>, in O(n log n), plus property tests with proptest."),
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
]
