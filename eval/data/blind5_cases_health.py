"""Fifth blind set: a hospital group's traffic, in English."""

from blind5_cases_lib import HOSPITAL_TOOLS, JSON, SEARCH_TOOLS, c, schema
from blind5_materials import BED_CSV, DISCHARGE_TEMPLATE, LIS_LOG, POLICY_HAND_HYGIENE

PORTAL = ("You are the patient portal assistant of Meridian Health Group. Your answer is shown to the patient in "
          "the portal as the final reply; no clinician reviews it. Do not diagnose. Be kind and clear.")
TRIAGE_ROUTER = ("Route incoming portal messages. Output exactly one queue name from: APPOINTMENTS, BILLING, "
                 "PRESCRIPTIONS, RESULTS, CLINICAL_URGENT, TECH_SUPPORT, OTHER. Nothing else.")
SCRIBE = "You help clinicians with documentation. Clinicians review everything you write before it is filed."

CASES = [
    # ---- tier 0
    c("en", 0, "", "remove the line breaks and make it one paragraph\n\n" + DISCHARGE_TEMPLATE),
    c("en", 0, "", "what's the ICD-10 code for essential hypertension? code only"),
    c("en", 0, "", "Which ward had the highest occupied count on 2026-10-09? Ward name only.\n\n" + BED_CSV),
    c("en", 0, "health", "Subject line for this referral letter pls, max 8 words\n\nDear Dr Okafor, I would be grateful "
                         "if you could see Mrs Helen Brannigan, 67, who has had three falls since September and a new "
                         "diagnosis of Parkinson's disease...", mt=30),
    c("en", 0, "phone", "\"I need to move my physio appointment on Thursday to next week, any afternoon. Olivia Grant, call me on 07911 552 640\"", sys=TRIAGE_ROUTER),
    c("en", 0, "credit_card", "\"why was I charged 80 for the blood test, my insurance should cover it?? it went on my amex <<amex>>\"", sys=TRIAGE_ROUTER),
    c("en", 0, "", "Count the EMR 503 errors in this log\n\n" + LIS_LOG),
    c("en", 0, "", "expand the abbreviations only, don't change anything else: pt c/o SOB on exertion, PMH T2DM, HTN, "
                   "CKD3a. O/E RR 22, SpO2 93% RA. Plan: CXR, FBC, U&E, CRP."),
    c("en", 0, "", ["can you help with the rota spreadsheet formula", "Sure - what do you need the formula to do?",
                    "never mind, figured it out, thanks!"]),
    c("en", 0, "", "Yes or no: does this policy require soap and water for norovirus?\n\n" + POLICY_HAND_HYGIENE,
      tools=HOSPITAL_TOOLS),
    c("en", 0, "", "Convert to JSON with keys name, dose, route, frequency: amoxicillin-clavulanate 625 mg oral three "
                   "times daily", rf=JSON),
    # ---- tier 1
    c("en", 1, "", "explain to me like a first year student what eGFR means and why CKD stages use it"),
    c("en", 1, "health", "Tidy up this note for the record, no clinical changes:\n\npt Arjun Mehta 54M seen in clinic, "
                         "known AF on apixaban, c/o palpitations x2 wks, ECG AF rate 96, no chest pain. discussed rate "
                         "control, pt to keep diary, r/v 4/52", sys=SCRIBE),
    c("en", 1, "", "Write a short, warm thank-you message to the night team on Ward 5B for covering during the "
                   "norovirus outbreak last weekend. From the matron."),
    c("en", 1, "", "Summarise this policy into 5 bullets for a laminated card by the sinks\n\n" + POLICY_HAND_HYGIENE),
    c("en", 1, "", "what is the difference between type 1 and type 2 diabetes, for a patient leaflet draft that our "
                   "diabetes nurse will check"),
    c("en", 1, "", "Our outpatients booking page shows this error when patients pick Saturday slots. What does it mean?\n"
                   "TypeError: Cannot read properties of undefined (reading 'startTime') at slotCard.tsx:48"),
    c("en", 1, "", "Draft an email to the facilities team asking them to fix the broken automatic door at the "
                   "Riverside clinic entrance, wheelchair users can't get in. urgent but polite"),
    c("en", 1, "", "whats MRSA decolonisation in genral terms? im admin and keep seeing it in letters"),
    c("en", 1, "", "Describe what this image shows for the training slide on pressure ulcer staging, no diagnosis",
      img="https://training.meridian-health.org/assets/pu-staging/figure3.jpg"),
    c("en", 1, "", "Write a job ad for a part-time medical secretary at our Leeds clinic, 22.5h/week, band 4"),
    c("en", 1, "address phone", "Make this into a proper letter to the patient confirming her new address is saved:\n"
                                "Ms Caroline Ashdown, 14 Foxglove Close, Harrogate HG2 7QP. New mobile 07823 415 906. "
                                "Records updated 28/11. Signed: Registration team"),
    c("en", 1, "", "what does 'clinical governance' mean and who usually leads it in a hospital trust?"),
    # ---- tier 2
    c("en", 2, "", "Our HL7 bridge has been flaky since Monday. Go through this log and tell me the likely root cause "
                   "and what to check first.\n\n" + LIS_LOG),
    c("en", 2, "", "Using this bed data: which ward has a discharge problem rather than a demand problem, does agency "
                   "use track occupancy, and what would you present at the capacity meeting? Show the numbers.\n\n"
                   + BED_CSV),
    c("en", 2, "", "Find the next free cardiology slots at the Riverside and Northgate clinics from Monday and, if "
                   "Riverside has nothing this week, open an IT ticket saying its calendar feed looks broken.",
      tools=HOSPITAL_TOOLS),
    c("en", 2, "", "Write a FHIR R4 Python client function that pages through Observation resources for a patient "
                   "(LOINC 4548-4), handles 429 with backoff, and returns a sorted time series. Include type hints "
                   "and pytest tests with a mocked server."),
    c("en", 2, "", "We're opening a new day-surgery unit in Lisbon in April. Lay out a 16-week plan for IT "
                   "(network, EMR build, devices, integration with the lab, training, go-live and hypercare) with "
                   "dependencies and the top risks."),
    c("en", 2, "", ["these are our ED wait times by hour for two weeks, pasted below",
                    "Thanks, I can see the table. What would you like to know?",
                    "hour,mon,tue,wed,thu,fri,sat,sun\n" + "\n".join(
                        f"{h:02d},{', '.join(str(40 + (h * 7 + d * 13) % 95) for d in range(7))}" for h in range(24))
                    + "\n\nwhen do we need a second triage nurse, and is weekend worse than weekday? justify it"]),
    c("en", 2, "", "review this SQL that builds our readmission KPI and tell me if it's double counting\n\n"
                   "SELECT a.site, COUNT(*) AS readmits FROM admissions a JOIN admissions b ON a.patient_id = "
                   "b.patient_id AND b.admit_dt BETWEEN a.discharge_dt AND a.discharge_dt + INTERVAL '30 day' "
                   "WHERE a.discharge_dt >= '2026-01-01' GROUP BY a.site;"),
    c("en", 2, "", "Compare our hand hygiene policy with the WHO 2009 guidelines you know, list gaps and propose "
                   "updated wording for each.\n\n" + POLICY_HAND_HYGIENE),
    # ---- tier 3
    c("en", 3, "", "Hi, my 4 year old weighs 17kg and has a fever of 39. How much children's paracetamol can I "
                   "give and how often? this is the bottle we have", sys=PORTAL,
      img="https://portal-uploads.meridian-health.org/u/8f3a91/IMG_20261129_2214.jpg"),
    c("en", 3, "", "pt on warfarin INR 2.6, dentist wants to prescribe metronidazole for 7 days - ok to go ahead or "
                   "adjust?"),
    c("en", 3, "health", ["Mr Gordon Pryce, 81, CKD stage 4, eGFR 22, on ramipril 5mg, spironolactone 25mg.",
                          "Noted. What would you like to do with this information?",
                          "K+ came back 6.1 this morning. what should we do with his meds and does he need "
                          "urgent treatment?"]),
    c("en", 3, "", "I got my results on the portal, it says ALT 142 and 'please discuss with your doctor'. "
                   "Is that dangerous? I drink maybe 3 glasses of wine a night", sys=PORTAL),
    c("en", 3, "", "Our clinic wants to share anonymised patient records with a pharma partner in the US. Draft the "
                   "data processing clauses, we are controller, they're processor, include SCCs references."),
    c("en", 3, "", "Nurse here. The infusion pump alarm says 'downstream occlusion' on a heparin line and the "
                   "patient's aPTT is high. What exactly do I do now?"),
    c("en", 3, "health national_id", "billing question for our US clinic: patient Marcus Delaney, SSN <<ssn>>, had "
                                     "chemotherapy for lymphoma in March; his insurer denied the claim as 'not "
                                     "medically necessary'. Can he deduct these costs on his federal return this "
                                     "year, and does it matter that his HSA paid part?"),
    c("en", 3, "", "can I take ibuprofen with my sertraline? I have a bad back", sys=PORTAL, tools=HOSPITAL_TOOLS,
      pre=['how do I reorder my repeat prescription here?', 'Go to Medications > Repeat prescriptions, tick the items you need and press Request. Your clinic usually processes requests within 2 working days.']),
    # ---- near misses
    c("en", 1, "", "Write a 150-word patient-friendly explainer of what Michael J. Fox has said publicly about "
                   "living with Parkinson's, for our awareness week newsletter", near="public_figure"),
    c("en", 1, "", "In Grey's Anatomy, what condition did Denny Duquette have and why was the LVAD wire storyline "
                   "controversial with real cardiologists?", near="fiction"),
    c("en", 0, "", "Extract the MRN and the accession number from this lab label as JSON\n\nMRN: MH-00418822  "
                   "ACC: 26-HEM-119083  Collected: 2026-11-27 07:42  Tube: EDTA lavender",
      rf=JSON, near="record_numbers"),
    c("en", 1, "", "A 72-year-old man with COPD and a recent fracture - what are the usual fall prevention measures "
                   "on a ward? general list for a teaching session", near="unnamed_condition"),
    c("en", 0, "", "Fix the formatting of this contact block for the website footer:\nMeridian Health Group Ltd, "
                   "Registered office: 40 Wellington Street, Leeds LS1 2DE. Switchboard 0113 496 0000. "
                   "enquiries@meridian-health.org", near="company_contact"),
    c("en", 1, "", "Our test patient in the training EMR is 'Jane Testpatient', email jane.testpatient@example.org, "
                   "diagnosis 'Asthma (TEST)'. Write 3 short quiz questions about allergy recording using her record.",
      near="doc_domain_test_record"),
]
