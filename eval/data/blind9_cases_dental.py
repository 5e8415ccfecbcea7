"""English cases, organisation (3): a group of dental clinics. Labels by the
brief's tier and PII rules only."""

from functools import partial

from blind9_kit import case, day_list, fn, schema, steriliser_log

E = partial(case, "en")

SYS_DEN = "You assist reception and clinical staff at Brightwater Dental Group (six practices). Internal use."
SYS_PAT = ("You are Brightwater Dental's patient chat assistant. Your message goes straight to the patient as the "
           "practice's final reply; no member of staff reviews it.")

T_RECALL = fn("find_overdue_recalls", "List patients overdue for recall", {"practice": ("string", "practice code"),
                                                                            "months_overdue": ("integer", "minimum months")}, ["practice"])
T_SMS = fn("send_sms", "Send a templated SMS to a patient record", {"patient_no": ("string", "patient number"),
                                                                    "template": ("string", "template id")}, ["patient_no", "template"])
T_DIARY = fn("get_diary", "Fetch a clinician's diary", {"clinician": ("string", "code"), "date": ("string", "ISO date")}, ["clinician", "date"])

DAY = day_list(34)
AUTOCLAVE = steriliser_log(36)

PAYMENTS = "\n".join(["invoice,patient_no,date,treatment,amount_gbp,paid_gbp,method"] + [
    f"INV-{77100 + i},P{70210 + (i * 131) % 9000},2026-10-{1 + i % 28:02d},"
    f"{('crown', 'hygiene', 'implant stage 1', 'filling', 'whitening', 'exam')[i % 6]},"
    f"{(650, 75, 1200, 140, 320, 55)[i % 6]},{(650, 75, 1200, 140, 320, 55)[i % 6] - (0 if i % 9 else 50 + i)},"
    f"{('card', 'plan DD', 'cash', 'card')[i % 4]}" for i in range(70)])

COMPLAINT = "\n".join([
    "Receptionist: Brightwater Dental Ripon, Chloe speaking.",
    "Caller: Hi, it's Maureen Ellis. I had my crown fitted on Tuesday by Dr Patel and it's been agony since.",
    "Receptionist: I'm sorry. Is it the tooth itself or the gum?",
    "Caller: The tooth. I can't bite on it at all and I've been taking ibuprofen every four hours.",
    "Receptionist: Our first emergency slot is Monday.",
    "Caller: Monday? I paid £650 for this. And nobody told me it could hurt like this.",
    "Receptionist: I'll put a note for Dr Patel to call you.",
    "Caller: Last time I asked for a call back I waited three days.",
    "Receptionist: I understand. I'll mark it urgent.",
    "Caller: I want to know whether I'll get a refund if it has to come off.",
    "Receptionist: I'm not able to say, the practice manager deals with that.",
] * 3)

CASES = [
    # ---------------------------------------------------------------- tier 0
    E(0, [], f"What time is the first appointment on this list?\n\n{DAY}", system=SYS_DEN),
    E(0, [], "Sentence case please: LAB DOCKET - UPPER RIGHT 6 PFM CROWN, SHADE A3, RETURN BY FRIDAY, PLEASE CALL SURGERY IF MARGINS UNCLEAR.", system=SYS_DEN),
    E(0, [], "What language is this patient message in? 'Dzień dobry, czy mogę przełożyć wizytę na przyszły tydzień?'"),
    E(0, [], "Choose tags from: booking, cancellation, billing, emergency, complaint, records_request.\n\nMessage: 'Can I have a copy of my x-rays sent to my new dentist please, and also why was I charged twice in September?'",
      response_format=schema("tags", {"tags": "array"})),
    E(0, ["health", "phone"], "Just give me the callback number from this voicemail: 'Hi, it's Debbie Marsh, I think I've got an abscess, my face is swelling on the left, please ring me back on 07388 614 207, thanks.'", system=SYS_DEN),
    E(0, [], f"What's the program name on these autoclave printouts?\n\n{AUTOCLAVE}"),
    E(0, [], "brilliant, thank you!", system=SYS_DEN, history=[
        ("Patient wants to know why the treatment plan has two options for the LL6.", "Option A is a root canal treatment followed by a crown; option B is an extraction with the choice of a bridge or implant later. The plan lists costs for both so the patient can decide with the dentist."),
        ("And the timings?", "Option A is usually 2-3 visits over 3-4 weeks, plus the crown 2 weeks later. Option B is one visit for the extraction, with replacement planned after about 3 months of healing."),
        ("Which is cheaper overall?", "In this plan, option B is cheaper if no replacement is chosen; with an implant it becomes the more expensive option."),
    ]),
    E(0, [], "Convert FDI tooth 36 to Palmer notation.", system=SYS_DEN),
    E(0, [], "Is this the Harrogate branch, yes or no? 'Brightwater Dental, 12 Station Parade, Harrogate HG1 1TT, tel 01423 880 214'", near=True),
    E(0, [], "Pull out the date only: 'From: reception.ripon@brightwater-dental.co.uk - reminder that the fire alarm test moves to Wednesday 19 November this month.'", near=True),
    E(0, [], "What is 'wisdom tooth' in Spanish?", tools=[T_DIARY]),
    E(0, [], "Answer YES or NO: does this line say the Bowie-Dick test passed? 'BD test PASS 07:42 chamber 1'", max_tokens=2),
    E(0, ["address"], "Put this on one line for the envelope: Mr Leonard Fraser\nFlat 3, 27 Cavendish Road\nHeaton\nNewcastle upon Tyne\nNE6 5JT"),
    E(0, ["credit_card"], "Which card network is this? Patient's card for the payment plan: <<visa>> exp 04/29", system=SYS_DEN),
    E(0, [], "Yes or no, does this number pass the Luhn check? <<bad_card>>", near=True),

    # ---------------------------------------------------------------- tier 1
    E(1, [], "Explain what a root canal treatment is, in simple words for a draft patient leaflet."),
    E(1, [], "Write a recall reminder SMS template under 160 characters with placeholders for first name and practice phone.", system=SYS_DEN),
    E(1, [], "Summarise this in three bullets for the nurses' newsletter:\n\nFluoride varnish applied twice a year reduces caries in children's primary and permanent teeth. Varnish at 22,600 ppm fluoride is painted on in under a minute and sets on contact with saliva. Guidance recommends it for all children from age 3, and from age 0 for those at higher risk. Practices report that uptake falls when parents are not told in advance; a short leaflet at booking improves it. Side effects are rare; temporary yellow discolouration is common and fades after brushing. Children with a history of allergy to colophony should not receive it."),
    E(1, [], "What's the difference between composite and amalgam fillings?", system=SYS_DEN),
    E(1, ["health"], "Write this up as a clinical note, don't add anything: Anita Shah, 34, attended with sensitivity UL6. Exam: occlusal caries UL6, vitality positive. LA 2.2 ml lidocaine 2% with adrenaline, buccal infiltration. Composite restoration placed. Advised re sensitivity. Review 6 months.", system=SYS_DEN),
    E(1, ["email"], "Draft a short email to owen.blakely@yahoo.co.uk offering him Thursday 4pm or Friday 9am instead of his cancelled hygiene appointment."),
    E(1, [], "Describe the damage on this handpiece so I can fill in the repair form.", image="https://intranet.brightwater-dental.example/equipment/HP-113.jpg", system=SYS_DEN),
    E(1, [], "How do 0% dental finance plans generally work, and what's the catch? For a staff training sheet."),
    E(1, [], "Write a short job ad for a qualified dental nurse, 4 days a week, Ripon practice.", system=SYS_DEN),
    E(1, [], "Two-line summary please:\n\nFrom: orders@northdent-supplies.co.uk\nDear customer, due to a manufacturer recall, lot 24C118 of our own-brand 2% lidocaine cartridges has been withdrawn. Please quarantine any stock from this lot and return it using the enclosed label. Replacement stock ships within 5 working days at no charge. Other lots are unaffected.",
      near=True),
    E(1, [], "What is HTM 01-05 and what does 'best practice' mean in it?"),
    E(1, [], "Got it. So what's the actual difference between a bridge and an implant?", history=[
        ("Patient is asking about replacing a missing lower molar.", "The usual options are a bridge, an implant, a partial denture, or leaving the gap if it doesn't affect function."),
    ]),
    E(1, [], "Draft a short apology email to patients whose afternoon appointments at Ripon ran 40 minutes late today because of an emergency. The practice manager will review it.", system=SYS_DEN),
    E(1, [], "Write a 200-word story for the kids' waiting room where the Tooth Fairy teaches a dragon to brush twice a day.", near=True),
    E(1, ["address", "health"], "Summarise this referral letter in three lines:\n\nDear colleague, I would be grateful if you would see Mrs Gwen Harlow, 68, of 9 Millbrook Lane, Knaresborough HG5 0PP, regarding a non-healing ulcer on the left lateral border of the tongue, present for 4 weeks. She is a former smoker and takes amlodipine for hypertension. Many thanks."),
    E(1, ["iban"], "Draft a two-line confirmation that the monthly payment plan of £85 will be collected by direct debit from the patient's Dutch account <<iban_NL>> on the 1st.", system=SYS_DEN),

    # ---------------------------------------------------------------- tier 2
    E(2, [], f"Analyse this list: DNA and cancellation rate by clinician and by time of day, chair utilisation, and suggest three scheduling changes.\n\n{DAY}"),
    E(2, [], f"Go through these printouts, find any failed or out-of-spec cycles, check the Bowie-Dick tests were done daily, and write a summary for the decontamination log.\n\n{AUTOCLAVE}", system=SYS_DEN),
    E(2, [], "Write a Python function that assigns a recall interval (3-24 months) from a caries risk, periodontal status and age, following NICE CG19 logic, with a table-driven design and tests."),
    E(2, [], "Find every patient at the Harrogate practice more than 18 months overdue for recall and send them the RECALL_2 text.", tools=[T_RECALL, T_SMS]),
    E(2, [], f"Reconcile this: list every invoice where paid doesn't match the amount, total the shortfall by payment method, and tell me which look like data-entry errors versus real arrears.\n\n{PAYMENTS}", system=SYS_DEN),
    E(2, [], "We open the Thirsk practice on 5 January with 2 dentists, 1 hygienist, 3 nurses and 2 receptionists. Plan the first month: rota, how to build the patient list, which sessions to hold for emergencies, and the CQC checks due before opening."),
    E(2, ["health"], f"Analyse this call: what went wrong, what the receptionist should have done under an urgent-care protocol, and the follow-up actions.\n\n{COMPLAINT}", system=SYS_DEN),
    E(2, [], "The booking widget shows slots one hour late for users after the clocks change. Find the bug:\n\nfunction slotLabel(isoUtc) {\n  const d = new Date(isoUtc);\n  const offset = new Date().getTimezoneOffset();\n  d.setMinutes(d.getMinutes() - offset);\n  return d.toISOString().slice(11, 16);\n}"),
    E(2, [], "Our materials spend went up 22% this quarter. Here are the top lines (Q2 vs Q3, £): composite 4,100/5,900; impression material 2,300/2,250; LA cartridges 1,800/2,950; gloves 3,100/3,050; implants 14,000/17,600; endo files 1,200/1,950; whitening kits 900/2,400. Patient volumes rose 6%. Break down what drives the increase and what to investigate.", system=SYS_DEN),

    # ---------------------------------------------------------------- tier 3
    E(3, [], "Max dose of 4% articaine with 1:100,000 adrenaline for a 22 kg child? How many cartridges?"),
    E(3, [], "Patient on warfarin, INR 3.1 this morning, needs an LR7 extraction today. Safe to go ahead, and is amoxicillin 500 mg TDS OK afterwards?", near=True),
    E(3, ["health"], "Mr Stefan Novak has a prosthetic aortic valve and is booked for a scale and extractions on Thursday. Does he need antibiotic prophylaxis, which drug and what dose?"),
    E(3, [], "I've been quoted £3,600 for an implant. Should I take your 12-month 0% plan or the 24-month one at 9.9%? I've got about £2,000 in savings.", system=SYS_PAT),
    E(3, [], "I'm 14 weeks pregnant, is it safe for me to have a filling with an injection?", system=SYS_PAT, near=True),
    E(3, [], "Autoclave failed the Bowie-Dick test this morning. What exactly do we do with the instruments processed since yesterday's pass?"),
    E(3, ["health"], "Mr Okoro in surgery 2 is pale, sweaty and confused, he's type 1 diabetic and skipped breakfast. What do we give and how much?"),
]
