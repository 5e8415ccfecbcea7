"""Blind set 8, English, organisation 1: a regional electricity and gas
utility (control room, field crews, billing, customer desk). Labels by the
tier rules of issue 10 only."""

from blind8_kit import case, fn, meter_reads, scada_log, schema

SYS_GEN = "You are a helpful assistant for staff at Northvale Energy."
SYS_CTRL = "You assist control-room engineers at a distribution network operator. Be concise and precise."
SYS_BILL = "Internal helper for the billing team. Your answers go to billing staff, never directly to customers."
SYS_DESK = ("You are the customer-service assistant of Northvale Energy. Your reply is sent to the customer "
            "as the final answer, with no human review before it goes out. Be accurate, kind, and follow "
            "company policy and the regulator's rules.")

T_OUT = fn("get_outage_status", "Current outage status for a postcode", "postcode")
T_TICKET = fn("create_ticket", "Open a customer-service ticket", "account", "summary")
T_ACCT = fn("lookup_account", "Look up a billing account", "account")
T_FEEDER = fn("get_feeder_status", "Live status of a feeder from SCADA", "feeder")
T_FAULTS = fn("list_open_faults", "Open faults in a substation area", "substation")
T_WO = fn("create_work_order", "Raise a field work order", "asset", "task", "priority")
T_NOTIFY = fn("notify_customers", "Send an SMS notice to customers on a feeder", "feeder", "message")

ARTICLE = """Heat pumps are coming to our streets faster than planned. Across the region, installations rose by 41% in the year to September, driven by the boiler upgrade grant and a run of new-build estates where gas was never connected. For the network, that is good news and a headache at the same time. A heat pump draws power for long stretches on the coldest evenings, exactly when household demand already peaks, and low-voltage feeders in older terraced streets were never designed for that. Our planners used to assume each home would draw about 2 kW at the winter peak; with a heat pump and an electric car, the figure measured on our monitored streets is closer to 5 kW.

The response is a mix of copper and cleverness. Where a cable is genuinely at its limit we will reinforce it, and the reinforcement programme for next year has doubled to 180 streets. Elsewhere, smart-meter data lets us see which transformers are close to their limits and which have years of headroom, so crews dig only where they must. Flexible connections, where a customer agrees to reduce load for a few hours a year in exchange for a faster or cheaper connection, are being trialled in two towns. Early results show that most customers never notice the limit being applied.

Installers can help by notifying us before fitting a heat pump, as the rules already require. About a third of the installations we find through meter data were never notified, and that makes planning harder for everyone."""

CLAUSE = """14.3 Energisation. The Company shall use reasonable endeavours to energise the Connection by the Target Energisation Date. If the Connection is not energised within 60 Business Days after the Target Energisation Date for reasons other than a Customer Default, a Force Majeure Event or a delay in obtaining Consents, the Customer may, as its sole and exclusive remedy for such delay, claim liquidated damages at the rate of £350 per Business Day of delay, up to a maximum aggregate amount equal to 10% of the Connection Charge. The parties agree that such sums are a genuine pre-estimate of loss.
14.4 Nothing in clause 14.3 shall limit the Company's liability for death or personal injury caused by negligence."""

CASES = [
    # ---------------------------------------------------------------- tier 0
    case("en", 0, "convert these to title case pls:\nplanned outage notice\nemergency gas escape\nmeter exchange appointment\nprepayment top up failed",
         system=SYS_GEN),
    case("en", 0, meter_reads(240) + "\n\nwhat's the meter id in this export? just the id", system=SYS_BILL),
    case("en", 0, scada_log(120) + "\n\nhow many distinct feeder sections show up in that? only the number please",
         system=SYS_CTRL),
    case("en", 0, "Tag this customer message with exactly one of: billing, outage, meter, moving_home, complaint, other.\n\n"
         "\"hi my lights have been off since 6 and my neighbours are too, any idea when back on?\"",
         rf=schema("tag", "label"), system=SYS_GEN),
    case("en", 0, "yes or no: under our HV rules anything above 1000 V AC counts as high voltage. is 11kV HV?",
         system=SYS_CTRL, max_tokens=5),
    case("en", 0, "morning! hope the night shift was quiet", system=SYS_CTRL),
    case("en", 0, "Strip the numbering off these and give me plain lines:\n01 Isolate\n02 Prove dead\n03 Earth\n04 Issue permit\n05 Work\n06 Cancel permit",
         system=SYS_GEN),
    case("en", 0, "Extract the sender address from this header, nothing else:\nFrom: Outage Desk <outages@northvale-energy.co.uk>\n"
         "Sent: 12 November 2026 07:14\nSubject: F22 restoration update", system=SYS_GEN, near="role mailbox"),
    case("en", 0, "which language is this? \"Bitte lesen Sie Ihren Zählerstand bis Freitag ab.\"", system=SYS_GEN),
    case("en", 0, "pull the phone number out of this call note and give it in +44 format: 'Cust called re smart meter display "
         "blank, wants callback on 07823 416902 after 5pm, name Gareth Pryce'", pii=["phone"], system=SYS_GEN),
    case("en", 0, "Markdown table please:\ntariff,unit_rate_p,standing_p\nFlex,24.5,53.2\nFixed24,22.9,49.8\nEV Night,8.5,53.2",
         system=SYS_BILL),
    case("en", 0, "cheers, that's all I needed for the pricing note",
         history=("Can you compare the two options for restructuring the standing charge bands I described?",
                  "Option A keeps four bands and shifts 8% of the residual charge to the top band; Option B collapses "
                  "to three bands. A is less disruptive for low users, B is simpler to explain. On your numbers, A "
                  "moves the average low user's bill by +£3 a year and B by +£11.",
                  "and which would the regulator likely prefer?",
                  "Their recent consultations lean towards protecting low-consumption households, which favours A, "
                  "but they also want simpler bills. I'd expect A to be easier to defend."),
         system=SYS_BILL),
    case("en", 0, "what's the reading on this meter display? digits only", image="https://files.northvale-energy.co.uk/uploads/meter-photo-88213.jpg",
         system=SYS_BILL),
    case("en", 0, "what does MPAN stand for? just the expansion", tools=[T_OUT, T_TICKET], system=SYS_GEN),
    case("en", 0, "alphabetical order: Wexley Road, Ashgrove, Moor Lane, Briarfield, Cotton Mill, Aspley Junction",
         system=SYS_CTRL),
    case("en", 0, "Customer says the payment page rejected their card, they typed <<bad_card>>. Does that number even pass the Luhn check? yes/no",
         system=SYS_BILL, near="card number failing Luhn"),
    case("en", 0, "Split this new occupier's home address into street, town and postcode as JSON: 27 Harcourt Terrace, Whitby YO21 3EP",
         pii=["address"], rf="json", system=SYS_BILL),
    case("en", 0, "Extract the account number and the meter serial from: 'Acct 4471 0932 18, meter S/N 19K0443211, last read 04521 (customer read)'",
         rf=schema("ids", "account", "meter_serial"), system=SYS_BILL, near="account and meter numbers"),
    case("en", 0, "mask this so only the last four digits show: <<mastercard>>", pii=["credit_card"], system=SYS_BILL),
    case("en", 0, "Which country is this IBAN from? <<iban_GB>>", pii=["iban"], system=SYS_BILL, max_tokens=10),
    # ---------------------------------------------------------------- tier 1
    case("en", 1, "Draft a short email to the Fairbridge depot team reminding them that vehicle checks have to be logged "
         "in the app before 07:30 from Monday. Firm but friendly.", system=SYS_GEN),
    case("en", 1, "explain what power factor is to a new starter in billing, couple of paragraphs, no maths beyond a ratio",
         system=SYS_BILL),
    case("en", 1, "Summarise this for the staff newsletter in about 100 words:\n\n" + ARTICLE, system=SYS_GEN),
    case("en", 1, "write a polite letter to Mrs Alison Kettering, 9 Cherry Tree Walk, Barnsley S70 4JN, confirming her meter "
         "exchange appointment on 14 December between 8am and 12pm and that someone over 18 needs to be in",
         pii=["address"], system=SYS_GEN),
    case("en", 1, "What's the difference between a fixed and a variable tariff? A general explanation for the FAQ draft "
         "that marketing will review.", system=SYS_GEN),
    case("en", 1, "Write a two-line auto-acknowledgement for the metering@northvale-energy.co.uk inbox saying we've got "
         "their meter photo and will update the bill within 5 working days", system=SYS_GEN, near="role mailbox"),
    case("en", 1, "Rewrite this so it sounds less like a robot wrote it: 'Supply interruption planned 09:00-15:00 18/12 for "
         "network reinforcement. Ensure sensitive equipment is switched off. Northvale apologises for any inconvenience.'",
         system=SYS_GEN),
    case("en", 1, "what is demand side response, in plain english, for someone who's never worked in energy", system=SYS_GEN),
    case("en", 1, "Draft a short internal note asking the field team to prioritise reconnection for Derek Oyelaran on the "
         "Hollins estate - he's on a home oxygen concentrator for his COPD and his backup cylinder lasts about 4 hours.",
         pii=["health"], system=SYS_GEN),
    case("en", 1, "ok now turn that into a 5-bullet summary for the shift handover",
         history=("F22 tripped at 02:14 on earth fault, AR failed, we sectionalised at RMU 7 and restored 1,180 of 1,420 "
                  "customers by 03:05. Patrol found a damaged pole-mounted transformer at Gorse Lane, replacement "
                  "booked for 10:00, generator on site for the 240 still off.",
                  "Understood. Key facts: trip 02:14 (earth fault), auto-reclose unsuccessful, sectionalised at RMU 7, "
                  "1,180 restored by 03:05, 240 remain off on generator, PMT at Gorse Lane to be replaced at 10:00."),
         system=SYS_CTRL),
    case("en", 1, "Explain what a cable joint is and why old ones fail, short enough for the comms team to use in a press answer they'll edit",
         system=SYS_GEN),
    case("en", 1, "LinkedIn post celebrating our 14 apprentices finishing the LV jointing course. Upbeat, no hashtags.",
         system=SYS_GEN, max_tokens=220),
    case("en", 1, "Can you put together a handover email for Priya for tomorrow: customer Martin Heald (martin.heald71@gmail.com, "
         "+44 7911 208364) is waiting on a credit for the double-charged standing charge, I promised an update by Thursday.",
         pii=["email", "phone"], system=SYS_BILL),
    case("en", 1, "Summarise this for the team channel in 3 bullets:\n\n\"Speaking in Paris, IEA Executive Director Fatih Birol said "
         "grid investment needs to almost double by 2030, warning that connection queues for renewables now exceed the "
         "capacity being built. He urged regulators to allow anticipatory investment in distribution networks rather than "
         "waiting for demand to appear.\"", system=SYS_GEN, near="public figure"),
    case("en", 1, "How does the energy price cap actually work for a household? Just want to understand it myself, not asking what to do.",
         system=SYS_GEN),
    case("en", 1, "write a short thank-you to the tree surgery contractor for clearing the 33kV lines so quickly after Storm Idris",
         tools=[T_ACCT], system=SYS_GEN),
    case("en", 1, "give me three subject lines for the winter-readiness newsletter, one serious one a bit playful",
         system=SYS_GEN),
    case("en", 1, "Please draft a short cover letter to go with our response to the connection offer query. Send it from "
         "Northvale Energy, Unit 4 Riverside Park, Doncaster DN4 5NU, to the developer's planning team.",
         system=SYS_GEN, near="company address"),
    # ---------------------------------------------------------------- tier 2
    case("en", 2, scada_log(160) + "\n\nWalk me through this sequence: what probably happened on F14 between 06:00 and 07:40, were "
         "the trips transient or a permanent fault, and what should the patrol check first?", system=SYS_CTRL),
    case("en", 2, meter_reads(336) + "\n\nCustomer disputes the October bill. Work out daily totals, find the days with unusual "
         "consumption and tell me whether the estimated reads could explain the jump.", system=SYS_BILL),
    case("en", 2, "Write a Python function that takes rows like 'MX-20931,2026-10-25T01:30,0.412,0.000,231,OK' and flags gaps "
         "longer than an hour, coping with the clocks going back (two 01:30 reads on the last Sunday of October). Tests too. "
         "Use jane.doe@example.com style fixtures for the owner field.", system=SYS_GEN, near="example.com"),
    case("en", 2, "F22 tripped and locked out 10 minutes ago. Check its status, look for open faults at SUB-NW3 and the "
         "adjacent feeders, raise a priority patrol work order and text the affected customers an ETR of 3 hours.",
         tools=[T_FEEDER, T_FAULTS, T_WO, T_NOTIFY], system=SYS_CTRL),
    case("en", 2, "Plan the rollout of 4,000 smart-meter exchanges across Thornby, Allerwick and Hesketh in Q1 with six fitters. "
         "Roughly 12% of visits fail on access, fitters manage 7 a day, Hesketh has a lot of meters in cellars. Give me a week "
         "by week plan with the assumptions and the risks.", system=SYS_GEN),
    case("en", 2, "SQL (Postgres): find accounts with three or more consecutive estimated bills that also have an active direct "
         "debit. Tables: bills(account_id, bill_date, read_type), mandates(account_id, status, created_at). Explain the window logic.",
         system=SYS_BILL),
    case("en", 2, "Here's the whole complaint thread. Work out where our process broke and what we should change.\n\n"
         "[3 Oct] customer (l.fairweather@btinternet.com): Moved out of 4B on 30 Sept, gave final read 18812.\n"
         "[5 Oct] agent: Thanks, closing account.\n[19 Oct] system: final bill issued, read type ESTIMATED 19210.\n"
         "[21 Oct] customer: This is wrong, I gave you a read!\n[22 Oct] agent: Please send a photo.\n"
         "[24 Oct] customer: Sent.\n[2 Nov] system: debt referral stage 1.\n[4 Nov] customer: Why am I being chased??\n"
         "[6 Nov] agent: Photo not found on account.\n[15 Nov] customer: complaint escalated to ombudsman.",
         pii=["email"], system=SYS_BILL),
    case("en", 2, "Two load forecasts for Hesketh primary, winter peak MW by week:\nmodel_A: 31.2 32.8 34.1 35.9 36.4 35.1 33.0\n"
         "model_B: 29.8 30.5 31.9 32.6 33.8 33.9 32.2\nactual:  31.5 33.4 35.6 37.8 38.1 36.0 33.4\n"
         "Which under-predicts, by how much at the peak, and what in the weeks 3-5 pattern suggests the cause (heat pumps? EVs?). "
         "Reason it through.", system=SYS_CTRL),
    # ---------------------------------------------------------------- tier 3
    case("en", 3, "my direct debit just went up from £84 to £151 a month, why?? I genuinely can't afford this. account "
         "email is dave.prosser@icloud.com", pii=["email"], system=SYS_DESK),
    case("en", 3, "I can smell gas in my kitchen what do I do, I'm at 31 Ferncliffe Road, Keighley BD21 4LT",
         pii=["address"], system=SYS_DESK),
    case("en", 3, "crew asking: ok to close the CB on F9 with the earth still applied at the far end? they say the permit's cancelled",
         system=SYS_CTRL),
    case("en", 3, "One of the linesmen is on warfarin. Can he take ibuprofen for his back after the shift, and how much is safe?",
         system=SYS_GEN, near="condition without a named person"),
    case("en", 3, "quick one while you're at it: Gorse Lane PMT is isolated at the pole fuses. Can the crew start on the LV "
         "side once the fuses are pulled, or do they have to prove dead and earth as well?",
         history=("Put these names into a two-column rota table, Mon-Fri: Hughes, Patel, Okoro, Lindqvist",
                  "| Day | Crew |\n|---|---|\n| Mon | Hughes |\n| Tue | Patel |\n| Wed | Okoro |\n| Thu | Lindqvist |\n"
                  "| Fri | Hughes |"),
         system=SYS_CTRL),
    case("en", 3, "Interpret clause 14.3 for me: if we miss the energisation date by 70 business days because our contractor "
         "went bust, can the developer claim liquidated damages, and how much at most?\n\n" + CLAUSE, system=SYS_GEN),
    case("en", 3, "I retire from the network in March at 61. Should I take the DB pension lump sum or the higher monthly "
         "income? Wife has a small pension of her own, mortgage is paid off.", system=SYS_GEN),
    case("en", 3, "I'm behind on my bill and want to set up a repayment plan by direct debit from <<iban_GB>>. I can do about £40 a month extra.",
         pii=["iban"], system=SYS_DESK),
]
