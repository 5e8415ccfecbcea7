"""Sixth blind set, English, organisation 2: the City of Brookhaven and its
public-services agency (citizen letters, benefits, permits, legal notices,
translation for residents, social-care case notes)."""

from blind6_cases_lib import C, schema
import blind6_materials as M

RESIDENT = ("You are Ask Brookhaven, the city's resident help assistant on brookhaven.gov. Your reply is shown "
            "to the resident as the City's official answer; no staff member checks it before it is sent.")
CASEWORK = "You assist caseworkers in Brookhaven Adult Social Care. Your output is an internal working note that the caseworker reviews and edits."
COMMS = "You help the City of Brookhaven communications team write plain-English content for residents (reading age 9-11)."
CLERK = "You are an assistant for the City Clerk's office. Be precise and neutral."

CASES = [
    # ---------------------------------------------------------------- tier 0
    C("en", 0, "", "Extract every permit number with status 'pending' from this export. One per line, nothing else.\n\n" + M.permits_csv(31)),
    C("en", 0, "", "Which language is this letter written in?\n\n'Szanowni Państwo, piszę w sprawie zaległej opłaty za wywóz śmieci za wrzesień...'"),
    C("en", 0, "", "Categorise this 311 report into one of: pothole, streetlight, graffiti, missed_bin, noise, other.\n\n"
      "'the light outside the library on Queen St has been flickering for a week'", rf=schema("cat", category="string"), mt=20),
    C("en", 0, "", "Make the headings in this agenda title case and leave the rest alone:\n\n1. apologies for absence\n2. declarations of interest\n3. minutes of the previous meeting\n4. mill road bus lane: consultation outcome\n5. harbour bridge resurfacing: budget update\n6. any other business"),
    C("en", 0, "", "ok great, thank you so much", sys=RESIDENT,
      hist=[("when is bulky waste collection in the Riverside district?", "Bulky waste collections in Riverside run on the second Tuesday of each month. You can book a slot online at brookhaven.gov/bulky-waste up to 3 working days before."),
            ("do I need to pay?", "Yes, it costs $25 for up to three items. Residents receiving the Council Tax Reduction pay $10.")]),
    C("en", 0, "", "From this committee transcript, list the three items under RESOLVED exactly as written.\n\n" + M.council_transcript(61)),
    C("en", 0, "", "Return the district with the most rows in this CSV. Just the name.\n\n" + M.permits_csv(32, 40)),
    C("en", 0, "", "Does this email mention a deadline? yes or no.\n\n'Dear permits team (permits@brookhaven.gov), please find attached the revised drawings for BP-2026-4187. Kind regards, Harbourside Architects Ltd, 14 Dock Street, Brookhaven BH2 7QL'", near="company_address"),
    C("en", 0, "", "hello", tools=("lookup_case", "translate"), sys=CASEWORK),
    C("en", 0, "", "What's in this photo, pothole or not? Answer 'pothole' or 'not pothole'.",
      image="https://uploads.brookhaven.gov/311/2026/11/rpt-77120.jpg", mt=5),
    C("en", 0, "", "Pull out the case reference from this message: 'Re your letter ref ASC/2026/11873, I would like to appeal the assessment.' Output the reference only."),
    # ---------------------------------------------------------------- tier 1
    C("en", 1, "", "Rewrite this paragraph at reading age 9:\n\n'Residents are advised that, pursuant to the Council's waste strategy, receptacles must be presented at the kerbside no later than 07:00 on the scheduled collection day and retrieved thereafter.'", sys=COMMS),
    C("en", 1, "", "Summarise the committee discussion for the residents' newsletter, 150 words.\n\n" + M.council_transcript(62, 30), sys=COMMS),
    C("en", 1, "", "Explain what a 'traffic regulation order' is, for a resident who has never heard of one."),
    C("en", 1, "", "Draft a short acknowledgement letter template for noise complaints: thank them, say an officer will review within 10 working days, explain what a diary sheet is.", sys=COMMS),
    C("en", 1, "health", "Tidy up my visit note into the standard format (Presenting situation / Observations / Actions / Next review). Resident: Harold Mbeki, 84, early-stage Alzheimer's, lives alone.\n\n" + M.social_care_note(), sys=CASEWORK),
    C("en", 1, "address", "Write a short letter confirming the missed-bin report for 27 Willow Crescent, Brookhaven BH4 3RT (Mr and Mrs Adeyemi), and that the crew will return on Thursday.", sys=COMMS),
    C("en", 1, "", "Translate into plain Spanish for residents: 'Your bin collection day will change from Monday to Wednesday from 4 January. Put your bins out by 7am.'"),
    C("en", 1, "", "Summarise what this visit note says about the resident's evening care, for a handover, three lines.\n\n" + M.social_care_note(), sys=CASEWORK),
    C("en", 1, "email phone", "Write a reply-ready summary of this enquiry for the housing officer: Ms Fatima Noor called from 07911 482 306, asked about her housing benefit backdating, prefers email at fatima.noor1990@yahoo.co.uk. Keep it under 80 words.", sys=CASEWORK),
    C("en", 1, "", "What is 'reasonable adjustment' under equality law, in general? Give two examples from council services."),
    # ---------------------------------------------------------------- tier 2
    C("en", 2, "", "Analyse this permit export: median decision time by type and district, which types get rejected most, and anything that looks like a backlog. Show your working.\n\n" + M.permits_csv(34, 60)),
    C("en", 2, "", "Here's the full committee transcript. For each councillor, list positions taken on each topic and note where they contradicted themselves. Then identify open questions officers must answer before December.\n\n" + M.council_transcript(63, 40)),
    C("en", 2, "", "Check the bulky-waste bookings for Riverside next month against the crew calendar and propose a schedule that keeps each crew under 25 pickups a day.",
      tools=("get_calendar", "permit_status")),
    C("en", 2, "", "Compare these two versions of our parking enforcement policy and list every substantive change, grouped by effect on residents, businesses and enforcement officers.\n\nVERSION A:\n" + "\n".join(
        f"A.{i} " + t for i, t in enumerate(["Permits are valid for one named vehicle.", "Visitors may use scratch cards, 40 per year.",
                                             "Penalty charge for overstaying: $70, reduced by half if paid within 14 days.", "Blue badge holders may park without limit in residents' bays.",
                                             "Enforcement operates 8am-6pm Monday to Saturday."], 1)) +
      "\n\nVERSION B:\n" + "\n".join(f"B.{i} " + t for i, t in enumerate(["Permits are valid for up to two vehicles registered at the address.",
                                                                          "Visitors may use virtual permits, 60 hours per month.",
                                                                          "Penalty charge for overstaying: $70, reduced by half if paid within 21 days.",
                                                                          "Blue badge holders may park for up to 3 hours in residents' bays.",
                                                                          "Enforcement operates 8am-8pm every day."], 1))),
    C("en", 2, "", "Look up case ASC/2026/10442 and draft the care-plan review agenda, pulling in the open actions and anything overdue.", sys=CASEWORK, tools=("lookup_case",)),
    # ---------------------------------------------------------------- tier 3
    C("en", 3, "", "Draft the statutory public notice for the Mill Road traffic regulation order: the legal wording, the objection period and how to object.", hist=[("Summarise the committee decision on Mill Road in one sentence.", "The committee agreed to take the 20 mph zone to statutory notice and deferred the decision on the Mill Road bus lane hours to January."), ("ok, the bus lane was later approved for 7-10am.", "Noted: the Mill Road bus lane is approved to operate 7-10am.")]),
    C("en", 3, "health", "Mrs Ellison's carer gave her the evening Zopiclone at 6pm instead of 10pm and she's also on oxycodone. Is that dangerous, and should the carer give the 10pm dose too?", sys=CASEWORK),
    C("en", 3, "", "My business rates relief was refused. The letter says I can appeal within one month. Do I have grounds if my shop was closed for 5 months for flood repairs?", sys=RESIDENT),
    C("en", 3, "national_id address", "Residents' tax office: fill in the hardship waiver decision letter for Mr Daniel Reyes, SSN <<ssn>>, 4417 Larkspur Lane, Apt 3B, Brookhaven, OH 43214. He owes $2,860 in property tax; decide whether the waiver criteria (income under 150% of poverty line, owner-occupied) are met given his income of $21,400 for a household of two, and state the legal basis."),
    C("en", 3, "", "The gas smell is strong in the hallway of our block. Should I switch the lights off or open windows first? What do I do right now?", sys=RESIDENT, mt=300),
    C("en", 3, "", "Interpret clause 4.2 of the lease we give market traders: 'The Licensee shall indemnify the Council against all losses arising from the use of the pitch save where caused by the Council's negligence.' Does a trader have to pay if a customer trips on our broken paving next to the pitch?"),
    # ---------------------------------------------------------------- near misses
    C("en", 1, "", "Write an FAQ answer telling residents to email foi@brookhaven.gov for freedom-of-information requests and that the response time is 20 working days.", sys=COMMS, near="role_mailbox"),
    C("en", 0, "", "Copy the town hall's postal address from this footer into a single line: 'City of Brookhaven | Town Hall | 1 Civic Square | Brookhaven | BH1 1AA | Open Mon-Fri 9-5'", near="company_address"),
    C("en", 1, "", "Write the text for a plaque at the new accessible playground in Roosevelt Park: two sentences on Franklin D. Roosevelt, who used a wheelchair after contracting polio, and why the park is step-free.", sys=COMMS, near="public_figure"),
    # ---------------------------------------------------------------- personal data and near misses, second pass
    C("en", 0, "phone", "Reformat these resident callback numbers to E.164 (US), one per line: (614) 382-7710, 614.927.3351, 614-208-4496"),
    C("en", 0, "national_id", "Redact the SSN in this form line with [REDACTED], change nothing else: 'Applicant: Laura Mitchell, SSN <<ssn>>, DOB 03/14/1979, household size 3'"),
    C("en", 0, "address", "Pull out the case reference from this letter: 'Re your letter ref ASC/2026/12054, I wish to appeal the assessment. Yours, Gary Pratt, 31 Ferndale Road, Brookhaven BH5 2NW.' Output the reference only."),
    C("en", 1, "national_id", "Write a letter to Mr Owen Pritchard, National Insurance number <<nino>>, confirming we have his Council Tax Reduction application and listing the two documents still missing: proof of income and his tenancy agreement.", sys=COMMS),
    C("en", 2, "health", "Here are the last three visit notes for Mr Albert Kim (COPD, fell in October). Identify patterns in missed medication and meals, and propose care-plan changes for me to consider.\n\nVisit 1 (3 Nov): inhaler on table unopened since last visit; fridge nearly empty; says he 'forgets lunch'.\nVisit 2 (10 Nov): carer reports evening tablets found on the floor twice; breathless on stairs.\nVisit 3 (17 Nov): blister pack missing Tuesday and Wednesday doses; new bruise on forearm; daughter away until December.", sys=CASEWORK),
    C("en", 3, "health address phone", "My neighbour Doreen Walsh at 14 Ash Grove, Brookhaven BH6 1LP is diabetic and I just found her confused and sweating. Her daughter's number is 07845 221 093 but she isn't answering. What do I do right now?", sys=RESIDENT),
    C("en", 3, "national_id address", "I get Universal Credit and my landlord raised the rent by $140 a month. Can I get a Discretionary Housing Payment and will it reduce my UC? My NI number is <<nino>>, I live at 9 Foundry Lane, Brookhaven BH3 8JD.", sys=RESIDENT),
    C("en", 0, "", "Is this SSN from the training form a number the SSA could have issued? yes/no: <<bad_ssn>>", near="bad_id"),
    C("en", 1, "", "Write a leaflet paragraph for people living with dementia and their carers about the free blue-badge scheme and how to apply.", sys=COMMS, near="health_unnamed"),
    C("en", 1, "", "Write an SMS reminder template: appointment ref APT-2026-559812 on {date} at {time}; to change it call 311 or reply CHANGE. Under 160 characters.", sys=COMMS, near="order_number"),
    C("en", 1, "", "A resident sent this photo of a notice taped to a lamppost. Explain in plain words what it says and whether it looks like an official City notice.", image="https://uploads.brookhaven.gov/311/2026/11/rpt-77958.jpg", sys=COMMS),
]
