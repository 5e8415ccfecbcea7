"""English cases, organisation (2): a motor and home insurance claims office.
Labels by the brief's tier and PII rules only."""

from functools import partial

from blind9_kit import JSON_OBJ, case, claims_export, fn, policy_wording, schema

E = partial(case, "en")

SYS_CLM = "You are an assistant for claims handlers at Brookfield Mutual (motor and home). Internal use only."
SYS_CUST = ("You are Brookfield Mutual's online claims assistant. Whatever you write is shown directly to the "
            "policyholder as our final answer; it is not checked by a handler first.")

T_POL = fn("lookup_policy", "Fetch a policy's schedule", {"policy_no": ("string", "policy number")}, ["policy_no"])
T_FIND = fn("find_claims", "Search claims", {"peril": ("string", "peril"), "status": ("string", "status"),
                                              "min_days_open": ("integer", "minimum days open")})
T_ASSIGN = fn("assign_claim", "Reassign a claim to a team", {"claim_ref": ("string", "claim"), "team": ("string", "team code")}, ["claim_ref", "team"])
T_NOTIFY = fn("notify_user", "Send an internal message", {"user": ("string", "staff id"), "text": ("string", "message")}, ["user", "text"])

EXPORT = claims_export(110)
WORDING = policy_wording(12)
WORDING_B = policy_wording(9).replace("wear and tear", "wear and tear, rot, fungus").replace("within 1", "within 3")

INTERVIEW = "\n".join([
    "Adjuster: Can you take me through the evening of the 14th?",
    "Claimant: I left for my sister's at about six, locked up, set the alarm.",
    "Adjuster: And the alarm company has no activation that night?",
    "Claimant: It must have been faulty. The back door was forced, you've seen the photos.",
    "Adjuster: The photos show the frame split outwards rather than inwards. Any idea why?",
    "Claimant: No idea, maybe they forced it from inside to get out.",
    "Adjuster: You've listed a 65-inch TV, two laptops and a Rolex Submariner.",
    "Claimant: The watch was my dad's. I don't have a receipt, it was a gift.",
    "Adjuster: On the phone on the 15th you said you got home at eleven. Your sister says you stayed over.",
    "Claimant: I went back to hers after I found it, I was too shaken to stay.",
    "Adjuster: Police reference?",
    "Claimant: I reported it online on the 17th, I didn't think it was urgent as nobody was hurt.",
    "Adjuster: The TV was bought on the 2nd of this month. Do you have that receipt?",
    "Claimant: Somewhere. I'll look.",
] * 3)

CASES = [
    # ---------------------------------------------------------------- tier 0
    E(0, [], f"How many columns does this export have? Number only.\n\n{EXPORT}", system=SYS_CLM),
    E(0, [], "Extract the claim reference from this letter:\n\nBrookfield Mutual, Claims Department, 3 Kingsway House, Leeds LS1 4DT. Tel 0113 496 0800.\nOur ref: CLM-260771 / policy HM-4419027\nThank you for your recent correspondence regarding the escape of water at the insured property...",
      near=True),
    E(0, [], "fix the caps on this: INSURED STATES VEHICLE WAS PARKED OUTSIDE WORK WHEN THIRD PARTY REVERSED INTO NEARSIDE FRONT WING. TP ADMITS FAULT AT SCENE. NO INJURIES.", system=SYS_CLM),
    E(0, [], "What language is this? 'Bore da, rwy'n ysgrifennu ynglŷn â'r hawliad am y to a ddifrodwyd yn y storm.'"),
    E(0, [], "Pick the peril from this list only: storm, flood, escape_of_water, fire, theft, accidental_damage, subsidence.\n\nNote: 'Water coming through ceiling from bathroom above, pipe under bath split.'",
      response_format=schema("peril", {"peril": "string"})),
    E(0, [], "Does this note mention a police crime reference? yes or no.\n\nNote: Insured called 09:14, car broken into overnight on driveway, sat nav and sunglasses taken, rear quarterlight smashed. Reported to police, ref 47/88312/26. Glass repair booked.", near=True, system=SYS_CLM),
    E(0, [], f"What's the heading of section 8 in this wording?\n\n{WORDING}"),
    E(0, [], "great, thanks, that's really helpful", system=SYS_CLM, history=[
        ("We have a claim where the same bodyshop appears on four unrelated claims this month, all with identical photo metadata. What should I look at?",
         "Check whether the images share EXIF camera serials and timestamps, compare the damage descriptions, see whether the same introducer or claims management company is involved, and refer to the SIU with a short summary of the pattern rather than contacting the garage yourself."),
        ("Should I put the payments on hold?", "Follow your referral procedure: most insurers place a hold on interim payments once an SIU referral is open, but the decision sits with the SIU and your team leader."),
    ]),
    E(0, ["email"], "What's the date of loss in this email? Just the date.\n\nFrom: priya.ramesh.home@gmail.com\nSubject: claim\nHi, writing about the storm damage from Saturday 8 November, two ridge tiles came off and there's a damp patch in the back bedroom. Priya", system=SYS_CLM),
    E(0, ["phone"], "Rewrite this customer's number in +44 format: 07912 556 031"),
    E(0, [], "Strip the HTML tags and give me plain text:\n\n<p>Dear <b>{{first_name}}</b>,</p><p>Your claim <a href=\"https://portal.example.com/claims/{{ref}}\">{{ref}}</a> has been settled.</p><p>Queries: <a href=\"mailto:claims-support@example.com\">claims-support@example.com</a></p>",
      near=True),
    E(0, [], "What's 3 November 2026 in ISO date format?", tools=[T_POL]),
    E(0, [], "Pull out the registration only: 'Insured's Golf, reg LB19 XKT, hit by TP van in Aldi car park, TP reg not known.'", near=True, system=SYS_CLM),
    E(0, ["credit_card"], "Mask all but the last 4 digits of the card the customer read out for the excess: <<mastercard>>"),
    E(0, [], "hi! first day on the motor team, just saying hello 👋", system=SYS_CLM),
    E(0, [], "Sentiment, one word (positive/negative/neutral): 'Third time I've chased this. Nobody calls back. Absolutely useless.'", max_tokens=3),
    E(0, ["health", "national_id"], "Put the claimant's details into JSON (name, ni_number, injury_date) for the CRU form: Kevin Albright, NI <<nino>>, fractured wrist on 2 October 2026.", response_format=JSON_OBJ),
    E(0, [], "Is this a validly formatted NI number? yes/no: <<bad_nino>>", near=True),

    # ---------------------------------------------------------------- tier 1
    E(1, ["address"], "Summarise this adjuster report in 4 bullets for the file:\n\nVisited insured property 41 Greenacre Drive, Horsforth, Leeds LS18 5QW on 12/11. Escape of water from a failed compression joint under the kitchen sink, estimated to have leaked for 2-3 weeks. Damage to kitchen base units (chipboard swollen), laminate flooring through kitchen and dining room, and skirting. Subfloor is concrete; moisture readings high near sink, reducing towards dining room. Drying equipment installed by Dryco on 13/11, expected 10-14 days. Kitchen units are 12 years old; matching units unavailable. Insured asked about alternative accommodation - not required, house habitable. Recommend reserve of £11,500. Gradual leak exclusion to be considered by handler given duration.", system=SYS_CLM),
    E(1, [], "Explain 'betterment' in motor claims to a trainee, with one example."),
    E(1, [], "Draft a short email to repairs@castlegate-bodyshop.co.uk asking them to send a revised estimate without the replacement bumper, as the engineer approved a repair instead.", near=True),
    E(1, [], "What is subrogation and why does it matter for a home insurer?", system=SYS_CLM),
    E(1, [], "What does the Financial Ombudsman Service do and when can a customer go to it?"),
    E(1, ["health"], "Write up this call as a claim note, no decisions: spoke to insured Mrs Helen Dwyer, says she has whiplash and is in a neck collar after the rear-end shunt on the A64, GP has signed her off work for two weeks, asking about a courtesy car.", system=SYS_CLM),
    E(1, [], "Draft a short internal memo inviting the team to fraud awareness training on 3 Dec, 10:00-12:00, room 2B."),
    E(1, [], "Describe the visible damage to this car for the claim file.", image="https://claims.brookfield-mutual.example/uploads/CLM-260902/rear.jpg", system=SYS_CLM),
    E(1, [], "What does 'new for old' mean on a contents policy?"),
    E(1, [], "OK. Draft a short holding email to the loss adjuster saying we've received the report and will respond within 10 working days.", history=[
        ("Loss adjuster's report on the subsidence claim came in, 40 pages.", "Understood. Would you like a summary of the report or a list of the recommended actions?"),
        ("Not yet, I'll read it tonight.", "No problem. Let me know when you want to go through it."),
    ]),
    E(3, [], "Rewrite this paragraph in plain English for a draft letter, my team leader will check it: 'Notwithstanding the foregoing, the insurer's liability shall be limited to the cost of reinstatement as new, less due allowance for wear and tear, save where the policy schedule indicates otherwise.'", system=SYS_CLM),
    E(1, [], "Explain the write-off categories A, B, S and N."),
    E(1, ["email"], "Draft a short email to tom.whitlock1979@hotmail.co.uk asking for receipts or bank statements for the stolen bike and power tools.", system=SYS_CLM),
    E(1, [], "Write a funny role-play scenario for trainees where Homer Simpson claims on his home policy for a doughnut-fryer fire and keeps changing his story.", near=True),
    E(1, ["credit_card"], "Summarise this note in one line: 'Insured paid the £250 excess by phone on Amex <<amex>>, receipt emailed, garage can release vehicle.'"),

    # ---------------------------------------------------------------- tier 2
    E(2, [], f"From this export: which handler team has the longest average days open, which perils have paid above 80% of reserve, and is there anything odd about the SIU referrals? Show your workings.\n\n{EXPORT}", system=SYS_CLM),
    E(2, [], f"Read this burglary interview and list every inconsistency or fraud indicator, with the line it comes from, and what evidence we should request next.\n\n{INTERVIEW}", system=SYS_CLM),
    E(2, [], "Our fraud rule flags too many claims. Here it is; rewrite it so it only flags when two or more indicators co-occur, and add unit tests:\n\ndef flag(claim):\n    if claim.days_since_inception < 30: return True\n    if claim.amount > 10000: return True\n    if claim.no_police_ref and claim.peril == 'theft': return True\n    if claim.prior_claims >= 2: return True\n    return False"),
    E(2, [], "Pull all open escape-of-water claims over 60 days old, move them to team T3, and message the T3 team lead (staff id u2291) with the list.", tools=[T_FIND, T_ASSIGN, T_NOTIFY]),
    E(2, [], f"Compare these two wordings and list every difference in what's covered or excluded.\n\nWORDING A:\n{WORDING}\n\nWORDING B:\n{WORDING_B}", system=SYS_CLM),
    E(2, ["phone"], "Here are the notes on claim CLM-261044. Build a timeline and tell me which statements conflict:\n\n03/10 FNOL: insured Darren Pike (07723 410 556) says car stolen from outside home overnight 01/10, both keys in his possession.\n05/10 Tracker company: vehicle last pinged 30/09 22:41 at a car wash 14 miles away.\n06/10 Insured: says his brother borrowed the car on 30/09, returned it that night.\n09/10 Brother's statement: did not borrow the car, was abroad.\n11/10 Keys examined: one key shows reprogramming on 29/09.\n14/10 Insured: finance arrears letter found in file, 3 months behind."),
    E(2, [], "Storm forecast: amber wind warning for the North East on Friday, we usually get 6x normal home FNOL for 5 days. Normal is 140 claims/day, a handler closes 9 simple claims/day. Plan the surge: staffing, triage rules, what to defer, comms.", system=SYS_CLM),
    E(2, [], "Write a SQL query to find duplicate motor claims: same VIN within 90 days, or same registration and same date of loss under different policy numbers. Tables: claims(claim_ref, policy_no, vin, reg, loss_date)."),

    # ---------------------------------------------------------------- tier 3
    E(3, [], "I left a pan on the hob and the kitchen caught fire. Am I covered?", system=SYS_CUST),
    E(3, ["health"], f"Policyholder Graham Foyle was in hospital for 47 days after a stroke and the house was empty; a pipe burst on day 40. Under this wording, is the claim excluded? Give me the answer we should stand behind.\n\n{WORDING}"),
    E(3, [], "Draft a full and final settlement clause for a £22,000 home claim where the insured also waives claims against the contractor we appointed."),
    E(3, [], "Draft our final response letter to this complaint; it goes out today under my signature and has to include the ombudsman referral rights: 'You took 5 months to settle my flood claim and paid £3,000 less than the contractor's quote.'"),
    E(3, ["iban"], "You've offered £6,800 cash or a repair at your garage. My car is on PCP finance. Which should I take? If cash, pay it into <<iban_GB>>.", system=SYS_CUST),
    E(3, [], "Claimant says the other driver had a heart attack at the wheel before the crash. Do we deny liability on that basis?", near=True),
    E(3, [], "Can I cancel my policy now the claim's paid and get the rest of my premium back?", system=SYS_CUST, history=[
        ("Has my claim CLM-260511 been paid?", "Yes, the settlement was paid on 18 November to the account on file."),
        ("Good. I'm selling the car next week.", "Thanks for letting us know. Remember to tell us the date of sale."),
    ], near=True),
]
