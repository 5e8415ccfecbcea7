"""Fifth blind set: a European bank and insurer's traffic, in English."""

from blind5_cases_lib import BANK_TOOLS, JSON, SEARCH_TOOLS, c, schema
from blind5_materials import (ARTICLE_RATES, CALL_TRANSCRIPT, CARD_DISPUTES_CSV, KYC_POLICY,
                              MORTGAGE_CLAUSE, PAYMENTS_LOG)

CHATBOT = ("You are Ava, the virtual assistant of Northbay Bank & Insurance. You reply directly to customers in "
           "the mobile app chat. Your reply is sent to the customer as is, nobody reviews it. Be accurate, short, "
           "friendly; never promise what the bank has not confirmed.")
AGENT_HELPER = ("You help call-centre agents at Northbay. Agents read your output and decide what to say; you never "
                "talk to customers.")

CASES = [
    # ---- tier 0
    c("en", 0, "", "convert to upper case: iban check failed for batch 7781"),
    c("en", 0, "", f"how many lines in this log are ERROR? just the number\n\n{PAYMENTS_LOG}"),
    c("en", 0, "", f"{CARD_DISPUTES_CSV}\n\nwhich column is the reason code? column number only"),
    c("en", 0, "", "Classify the customer message into one of: CARD_LOST, LOGIN_ISSUE, FEES, MORTGAGE, OTHER. "
                   "Reply with the label only.\n\nMessage: \"hi my app keeps saying session expired every 2 min "
                   "since the update, iphone 13, super annoying\"", sys=AGENT_HELPER),
    c("en", 0, "phone", ["can you summarise this call for the file? caller is Denise Parr, mobile 07724 318 905\n\n"
                    + CALL_TRANSCRIPT,
                    "Summary: Customer chasing water-leak claim HC-2291-774; adjuster visit marked 'no access' "
                    "though customer was home (second time). Kitchen ceiling bowing, mould present, daughter "
                    "asthmatic; asked about alternative accommodation. Agent escalated as urgent, logged complaint, "
                    "booked new adjuster Thursday 8-12, flagged accommodation for adjuster confirmation.",
                    "perfect ty, that works"]),
    c("en", 0, "", "what's the SWIFT field for ordering customer in MT103, just the tag"),
    c("en", 0, "", "Extract the claim reference from the text below, output nothing else.\n\n" + CALL_TRANSCRIPT),
    c("en", 0, "", "Strip the timestamps from this and give me just the spoken lines\n\n" + CALL_TRANSCRIPT[:900]),
    c("en", 0, "", "Is this sentence English or Dutch: 'Uw betaling is ontvangen en wordt verwerkt'", tools=BANK_TOOLS),
    c("en", 0, "email", "Tag this complaint with one or more of [delay, staff_attitude, wrong_info, fees, technical]. "
                   "JSON array only.\n\n\"Waited 40 mins on hold then the guy told me my card would arrive in 3 days, "
                   "it's been 2 weeks and now the app says it was never ordered.\"\n-- Desmond Achebe <desmond.achebe@btinternet.com>", rf=JSON),
    c("en", 0, "", "morning ava :) quick hello from the Galway branch, all good here"),
    c("en", 0, "", "Pull the amounts out of this email into a list\n\nHi team, following the review the "
                   "provisions move as follows: motor bodily injury +1.2m, property CAT reserve released 0.8m, "
                   "legal expenses unchanged at 3.4m, travel reduced by 150k. Total net +0.25m. Regards, Finance",
                   mt=120),
    c("en", 0, "", "Does this transaction description mention a cash withdrawal, yes or no?\n"
                   "\"ATM WDL 24/11 VIA ROMA 3 CARD 4821 EUR 200.00 FEE 2.50\"", near="card_fragment"),
    # ---- tier 1
    c("en", 1, "", "explain what a loss adjuster actually does, I'm new in claims and everyone assumes I know"),
    c("en", 1, "", "Write a short internal email to branch managers reminding them the Q4 mystery shopper visits start "
                   "on Monday and that the scoring now includes accessibility of the counter area. Friendly tone."),
    c("en", 1, "", "Summarise this for our morning briefing in 4 bullets\n\n" + ARTICLE_RATES),
    c("en", 1, "", "diff between deductible n excess?? customers keep askin and i always mix them up"),
    c("en", 1, "", "what is a PEP in AML terms, in two sentences", tools=SEARCH_TOOLS),
    c("en", 1, "phone", "Draft a reply to this customer for me to check before sending: she says her card was declined "
                   "abroad in Lisbon twice yesterday. The block was our fraud rule on a new country; it's lifted now. She's Ingrid Solberg, wants a text to +47 912 44 870 too.",
      sys=AGENT_HELPER),
    c("en", 1, "", "Rewrite this policy paragraph in plain English for the staff intranet, keep the meaning\n\n"
                   + KYC_POLICY[:700]),
    c("en", 1, "", "give me a regex for a UK sort code like 20-45-77 or 204577"),
    c("en", 1, "", "Turn these meeting notes into a clean action list with owners\n\nrisk cttee 26/11: model "
                   "validation backlog 14 models, Priya to propose triage by 5/12. climate stress test data gaps "
                   "in SME book - Tom chasing RM teams. new PD model go-live slips to Feb, Lena to inform ECB JST. "
                   "next meeting 10/12"),
    c("en", 1, "", ["what's the difference between SEPA instant and normal SCT?",
                    "SEPA Credit Transfer (SCT) settles in up to one business day and runs in batches; SEPA Instant "
                    "(SCT Inst) settles in under 10 seconds, 24/7/365, with a per-transaction cap set by the scheme.",
                    "and who pays if an instant one goes to the wrong IBAN because the customer typed it wrong? "
                    "general rule is fine, it's for a training deck"]),
    c("en", 1, "", "Please write the alt text for this chart for our annual report accessibility review",
      img="https://cdn.northbay-group.eu/ar2025/figures/nii-by-segment.png"),
    c("en", 1, "", "what does this error mean in plain words? ORA-00060: deadlock detected while waiting for resource"),
    c("en", 1, "", "Write a LinkedIn post (max 120 words) announcing our new home insurance flood add-on. no emojis pls",
      mt=300),
    c("en", 1, "email phone", "Need a polite email to our customer saying his replacement card is posted and will "
                              "arrive in 3-5 working days. His details from CRM: Tomasz Wierzbicki, "
                              "t.wierzbicki84@gmail.com, mobile +44 7700 918 246. I will send it myself.",
      sys=AGENT_HELPER),
    c("en", 1, "", "can u explain what 'subrogation' means in our motor policy, general meaning not legal advice"),
    c("en", 0, "", "The caller's number 0800 092 4455 appears in the footer of our letters - rewrite that footer "
                   "to also include opening hours Mon-Fri 8-20, Sat 9-13.\n\nFooter: Northbay Bank plc, 1 Harbour "
                   "Square, London E14 5AB. Customer line 0800 092 4455. Authorised by the PRA.",
      near="company_contact"),
    # ---- tier 2
    c("en", 2, "", "Our SEPA gateway had an incident last night. Look at this log and tell me what actually "
                   "happened, in what order, and what we should change.\n\n" + PAYMENTS_LOG, mt=2000),
    c("en", 2, "", "Look at these disputes: where are we losing money, which reason codes age the worst, and is any "
                   "channel doing notably worse? Then propose 3 process changes.\n\n" + CARD_DISPUTES_CSV),
    c("en", 2, "", "write a python function that validates a batch of IBANs from a CSV column, mod-97, country "
                   "lengths for all SEPA countries, returns per-row errors, and streams so it works on 5M rows. "
                   "with tests"),
    c("en", 2, "credit_card", "Customer wants to know why she was charged twice. Use the tools: check account NB-22-8830-1 "
                   "transactions (her card <<mastercard>>) and if it's a duplicate card authorisation open a case in category DISPUTE.",
      tools=BANK_TOOLS),
    c("en", 2, "", "Compare the EDD policy below with the EBA risk factor guidelines you know and list gaps, "
                   "ranked by regulatory risk, with a suggested wording for each fix.\n\n" + KYC_POLICY),
    c("en", 2, "", "Plan the migration of our 40 branch printers' scanning workflow from the old SMB share to "
                   "SharePoint: phases, risks, rollback, who to involve. 3 weeks, 2 people."),
    c("en", 2, "", ["we get 'PKIX path building failed' from the new payments api client in UAT only",
                    "That usually means the JVM's truststore in UAT doesn't contain the issuing CA of the API's "
                    "certificate. Which JDK and how is the truststore configured?",
                    "jdk 17, we pass -Djavax.net.ssl.trustStore=/opt/app/certs/uat.jks, prod works with the same "
                    "image. openssl s_client shows chain: leaf -> 'Northbay Issuing CA 2' -> 'Northbay Root G3'. "
                    "keytool -list on uat.jks shows only 'northbay root g2'. what's going on and how do we fix it "
                    "without breaking the other uat services that use that jks?"]),
    c("en", 2, "", "Read the call and evaluate the agent against our QA rubric (empathy, accuracy, ownership, "
                   "compliance disclosures, resolution). Score 1-5 each with evidence quotes and coaching notes.\n\n"
                   + CALL_TRANSCRIPT),
    c("en", 2, "", "SQL server: this proc takes 9 min at month end. why and rewrite it\n\nCREATE PROC dbo.MonthEndFees AS\n"
                   "DECLARE @id INT\nDECLARE c CURSOR FOR SELECT account_id FROM accounts WHERE status='A'\nOPEN c\n"
                   "FETCH NEXT FROM c INTO @id\nWHILE @@FETCH_STATUS=0 BEGIN\n  INSERT INTO fees(account_id, amount, "
                   "dt) SELECT @id, CASE WHEN SUM(balance)<1000 THEN 5 ELSE 0 END, GETDATE() FROM daily_balances "
                   "WHERE account_id=@id AND dt>=DATEADD(month,-1,GETDATE())\n  FETCH NEXT FROM c INTO @id\nEND\n"
                   "CLOSE c DEALLOCATE c"),
    c("en", 2, "", "which of our teams should own the chatbot's escalation flows? here's the context: digital owns the "
                   "bot platform, contact centre owns scripts, compliance signs off wording, and IT ops runs the "
                   "integration to the CRM. We had 3 incidents where nobody picked up broken handoffs. Propose an "
                   "ownership model with RACI and an on-call rotation."),
    # ---- tier 3
    c("en", 3, "", "hi, I can't log in and I have a direct debit for rent going out tomorrow, will it still be paid?",
      sys=CHATBOT, stream=True),
    c("en", 3, "", "Thanks Ava. Ok so what's the interest if I go 300 over my overdraft limit for a week?", sys=CHATBOT),
    c("en", 3, "", "Customer asks whether, under clause 8.3 below, she would pay an early repayment charge if she "
                   "repays 15% of her balance in March of year 2 and a further 5% in November. Work it out and "
                   "tell me what she owes, I'll quote it to her.\n\n" + MORTGAGE_CLAUSE),
    c("en", 3, "", "I'm 58, I have 140k in the company pension and 30k savings. Should I take the 25% tax free lump "
                   "sum now to pay off the mortgage (62k left, 4.1% fixed until 2028) or leave it invested?",
      pre=["what does 'tax free lump sum' mean for a workplace pension?", 'In the UK you can usually take up to 25% of a defined contribution pension tax free once you can access it (normally from 55, rising to 57 in 2028); the rest is taxed as income when you draw it.']),
    c("en", 3, "", "draft the indemnity clause for our new data-sharing agreement with the credit bureau, we are the "
                   "data provider, cap liability at 12 months' fees except for data protection breaches"),
    c("en", 3, "iban national_id", "Quick one: my brother wants to send me 20k for the house deposit from his account "
                                   "to mine, IBAN <<iban_GB>>, my NI number is <<nino>> if you need it. Will HMRC "
                                   "treat it as a gift and do I need to declare anything?"),
    c("en", 3, "", "The branch ATM lobby smells of gas and the alarm is beeping. Staff are asking me what to do right "
                   "now, step by step."),
    c("en", 3, "", "is it OK legally to record calls with customers without telling them if it's only for training? "
                   "we're in Ireland and Germany, need a yes/no with reasoning we can rely on", tools=SEARCH_TOOLS),
    # ---- near misses (no personal data), mixed tiers
    c("en", 0, "", "Replace every email address in this template with {{EMAIL}}\n\nDear customer, for questions write to "
                   "complaints@northbay-bank.co.uk or to our test inbox qa.user@example.com. Regards",
      near="role_mailbox_doc_domain"),
    c("en", 1, "", "Unit test fixtures: is 4111 1111 1111 1111 ok to use in our QA env or will the acquirer reject it? "
                   "Also what's the standard Mastercard test PAN", near="test_card"),
    c("en", 0, "", "validate this IBAN format-wise, yes or no: <<bad_iban_DE>>", near="bad_checksum"),
    c("en", 1, "", "Customer typed this NI number in the web form and it was rejected: <<bad_nino>>. Write a short "
                   "message for the form explaining the expected format", near="bad_checksum"),
    c("en", 0, "", "Extract the server IPs and the ports from this firewall change request as a table\n\nCR-88213: "
                   "allow 10.20.4.17:8443 -> 10.20.9.3:5432 (payments db), 10.20.4.18:8443 -> 10.20.9.3:5432, "
                   "172.16.0.40:443 -> 172.16.2.11:9092 (kafka), valid from 2026-12-01 02:00 UTC, "
                   "approver: change-board@northbay-bank.co.uk", near="ip_role_mailbox"),
]
