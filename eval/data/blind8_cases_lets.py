"""Blind set 8, English, organisation 3: a residential letting and
property-management agency (lettings, maintenance, landlords, tenant
helpdesk). Labels by the tier rules of issue 10 only."""

from blind8_kit import case, fn, rent_ledger, repairs_export, schema

SYS_L = "You are the assistant for staff at Harbourside Lettings & Property Management."
SYS_LL = "You draft material for property managers. Everything you write is checked by a manager before it is sent."
SYS_TEN = ("You are Harbourside Lettings' tenant helpdesk assistant. Your message is sent to the tenant as the final "
           "reply, with no agent review, so it must be correct and must not make promises we cannot keep.")

T_SEARCH = fn("search_properties", "Search available lets", "area", "max_rent", "bedrooms", "features")
T_REQ = fn("get_applicant", "An applicant's saved requirements", "applicant_id")
T_VIEW = fn("book_viewing", "Book a viewing slot", "property_id", "applicant_id", "slot")
T_SMS = fn("send_sms", "Text an applicant or tenant", "recipient_id", "message")

COMPLAINT = """Dear Harbourside,

I am writing, again, about the kitchen extractor in my flat. It was reported on 2 October (your ref RT-5271). A contractor came on 9 October, said the motor had burnt out and that a part would be ordered. Since then I have called three times. Each time I am told the part is 'on order'. In the meantime steam from cooking has nowhere to go; the ceiling above the hob now has brown marks, and the window frame is wet every morning.

I understand parts can take time, but nobody has called me back once, and the portal still says 'awaiting parts' with no date. I pay my rent on time every month and I expect the same respect. Please tell me (1) when the part will arrive, (2) whether you can fit a temporary fan in the meantime, and (3) who is going to deal with the marks on the ceiling.

Regards,
Flat 7, Block 3"""

AST = """ASSURED SHORTHOLD TENANCY AGREEMENT (Harbourside standard form HL-AST-7)

1. Definitions. "the Landlord" means the person named in the Particulars; "the Tenant" means each person named as tenant in the Particulars, jointly and severally; "the Property" means the dwelling described in the Particulars together with the fixtures, fittings and contents listed in the Inventory.
2. Term. The tenancy is for a fixed term of twelve months from the Start Date and continues afterwards as a periodic tenancy from month to month unless ended in accordance with this agreement or by law.
3. Rent. The Rent is £1,375 per calendar month, payable in advance on the first day of each month by standing order to the Agent's client account. The first payment is due on or before the Start Date.
4. Deposit. The Tenant shall pay a Deposit of £1,586 on or before the signing of this agreement. The Deposit will be protected with an authorised tenancy deposit scheme within 30 days of receipt and the prescribed information given to the Tenant.
5. Utilities and council tax. The Tenant is responsible for gas, electricity, water, telephone, broadband and television licence charges and council tax for the duration of the tenancy.
6. Use. The Tenant shall use the Property as a single private dwelling only, shall not carry on any trade or business there, and shall not take in lodgers or sub-let any part without the Landlord's written consent.
7. Condition and repair. The Tenant shall keep the interior of the Property clean and in good decorative order, fair wear and tear excepted, shall ventilate the Property adequately to prevent condensation, and shall report any disrepair or defect to the Agent promptly.
8. Landlord's repairing obligations. The Landlord shall keep in repair the structure and exterior of the Property and the installations for the supply of water, gas, electricity, sanitation, space heating and heating water, in accordance with section 11 of the Landlord and Tenant Act 1985.
9. Access. The Landlord or the Agent may enter the Property at reasonable times of day on giving at least 24 hours' written notice to inspect its condition or carry out repairs, or at any time without notice in an emergency.
10. Pets. No animals may be kept at the Property without the Landlord's prior written consent, which shall not be unreasonably withheld.
11. Smoking. The Tenant shall not smoke or permit any visitor to smoke inside the Property.
12. Alterations. The Tenant shall not make any alteration or addition to the Property, change the locks or redecorate without the Landlord's written consent.
13. Insurance. The Landlord shall insure the building. The Tenant is advised to insure their own belongings.
14. End of tenancy. At the end of the tenancy the Tenant shall return all keys, remove all personal belongings and leave the Property in the condition recorded in the Inventory, fair wear and tear excepted.
15. Notices. Notices to the Tenant may be served at the Property; notices to the Landlord may be served at the Agent's office.
16. Data protection. The Agent processes personal data in accordance with its privacy notice, a copy of which has been provided to the Tenant."""

CASES = [
    # ---------------------------------------------------------------- tier 0
    case("en", 0, rent_ledger(40) + "\n\nwhat's the first month in this ledger? just YYYY-MM", system=SYS_L),
    case("en", 0, repairs_export(90) + "\n\nWhich priority codes appear in this export? list them, nothing else", system=SYS_L),
    case("en", 0, "Classify this repair request as plumbing, electrical, heating, damp, pest or other: 'there's black stuff "
         "growing behind the wardrobe and it smells musty'", rf=schema("category", "category"), system=SYS_L),
    case("en", 0, "is this NI number the right shape for the referencing form? <<nino>> - yes/no", pii=["national_id"],
         system=SYS_L, max_tokens=5),
    case("en", 0, "Referencing bounced the NI number <<bad_nino>> as invalid. Is that a prefix HMRC never issues? yes or no",
         system=SYS_L, near="NINO with a never-issued prefix"),
    case("en", 0, "Extract the tenant's email: 'Hi it's Chloe in flat 3, new email is chloe.adeyemi@outlook.com, please update "
         "your records x'", pii=["email"], system=SYS_L),
    case("en", 0, "bedrooms, bathrooms and rent as JSON from: '2 bed 1 bath garden flat, £1,450 pcm, available 5 Jan, no pets'",
         rf="json", system=SYS_L),
    case("en", 0, "ta!",
         history=("Tenant in 4C is disputing £620 of deposit deductions: £400 repainting, £220 carpet cleaning. Check-in "
                  "inventory says walls 'good, minor marks', check-out says 'multiple scuffs and blu-tack marks'. "
                  "Tenancy was 4 years. What would an adjudicator likely do?",
                  "After four years some scuffing is fair wear and tear. Adjudicators usually allow only a proportion of "
                  "redecoration costs, reflecting the paint's age; a full £400 is unlikely to be upheld. Carpet cleaning "
                  "is usually allowed only if the carpet was professionally cleaned at check-in and is now dirtier than "
                  "wear explains. Expect a partial award at best."),
         system=SYS_L),
    case("en", 0, "How many bedrooms are on this floor plan? number only", image="https://media.harbourside-lettings.co.uk/plans/fp-3391.png",
         system=SYS_L),
    case("en", 0, "what does pcm stand for", tools=[T_SEARCH, T_VIEW], system=SYS_L),
    case("en", 0, "From this footer give me just the support email: 'Questions? support@harbourside-lettings.co.uk | Harbourside "
         "Lettings Ltd, 2 Canons Way, Bristol BS1 5LF | Company no. 08812345'", system=SYS_L,
         near="role mailbox, company address"),
    case("en", 0, "tenant's mobile is 07946 218553, put it in +44 format for the SMS tool", pii=["phone"], system=SYS_L),
    case("en", 0, "holding deposit payment failed on card <<visa>>. is it a Visa or a Mastercard?", pii=["credit_card"],
         system=SYS_L),
    case("en", 0, "Pick the adaptation category (mobility, sensory, cognitive, none) for this note: 'Mr Idris Kamara is "
         "registered blind and needs tactile strips on the stairs'", pii=["health"], rf=schema("adaptation", "category"),
         system=SYS_L),
    case("en", 0, "Extract the tenancy reference and the deposit ID: 'Re tenancy TR-2026-0455, deposit protected under "
         "DPS-88231-B on 14/03'", rf=schema("refs", "tenancy_ref", "deposit_id"), system=SYS_L,
         near="tenancy and deposit references"),
    case("en", 0, "This is the standard AST we send out. What deposit amount is in it? number only\n\n" + AST,
         system=SYS_L),
    # ---------------------------------------------------------------- tier 1
    case("en", 1, "Draft a friendly email to all tenants in Block 2: the door entry system is being replaced on 9 Dec between "
         "10 and 2, fobs will stop working during that time, caretaker will be at the front door.", system=SYS_LL),
    case("en", 1, "Write a listing description for a 2 bed flat near Temple Meads: balcony, EPC C, £1,450 pcm, bike store, "
         "unfurnished. Under 120 words.", system=SYS_L),
    case("en", 1, "Explain in general terms what a section 21 notice is, for our new lettings negotiator", system=SYS_L),
    case("en", 1, "Summarise this complaint for the property manager in 3 bullets:\n\n" + COMPLAINT, system=SYS_L),
    case("en", 1, "Write a short letter to Mr Oluwaseun Bakare, Flat 6, 41 Whiteladies Road, Bristol BS8 2LY, confirming "
         "his tenancy renewal meeting on Thursday at 4pm at our office.", pii=["address"], system=SYS_LL),
    case("en", 1, "Draft a note to maintenance: Margaret Holloway in 2B has used a wheelchair since her stroke, so the lift "
         "repair is top priority and contractors must not block the ramp with materials.", pii=["health"], system=SYS_L),
    case("en", 1, "Fun Halloween notice for the residents' board written as Sherlock Holmes investigating the case of the "
         "missing bin lids", system=SYS_L, near="fictional character"),
    case("en", 1, "ok, draft the message to the landlord explaining what the inventory found, keep it neutral",
         history=("Check-out at 12 Elmdale flat: oven heavily soiled, one cracked bathroom tile, garden overgrown, "
                  "everything else matches check-in.",
                  "Noted: oven cleaning needed, one cracked tile in the bathroom, garden overgrown; the rest in line "
                  "with the check-in inventory."),
         system=SYS_LL),
    case("en", 1, "Explain the difference between a repayment and an interest-only buy-to-let mortgage, general piece for "
         "the landlord newsletter", system=SYS_LL),
    case("en", 1, "three short tips for tenants on avoiding condensation this winter", system=SYS_L, max_tokens=150),
    case("en", 1, "Draft a viewing confirmation to Sofia Marchetti (sofia.marchetti88@gmail.com, 07385 662019) for Saturday "
         "11am at the Redland flat, she should bring photo ID.", pii=["email", "phone"], system=SYS_LL),
    case("en", 1, "out-of-office reply for lettings@harbourside-lettings.co.uk from 24 Dec to 2 Jan; emergencies go to the "
         "out-of-hours line", system=SYS_L, near="role mailbox"),
    case("en", 1, "Intro paragraph for our blog announcing a landlord webinar on the Renters' Rights Act, mention that Housing "
         "Minister Matthew Pennycook called it 'a new deal for renters'", system=SYS_LL, near="public figure"),
    case("en", 1, "Deposit return letter, short, to go to the tenant's forwarding address: Ms Kerry-Ann Walsh, 88 Fishponds "
         "Road, Bristol BS16 3AN. Full deposit returned, thank her for looking after the flat.", pii=["address"],
         system=SYS_LL),
    case("en", 1, "Write to the landlord of flat 4: tenant says the mould is making their child's asthma worse; ask for "
         "approval of a damp survey and a dehumidifier in the meantime.", system=SYS_LL,
         near="condition without a named person"),
    # ---------------------------------------------------------------- tier 2
    case("en", 2, rent_ledger(40) + "\n\nFind every unit that's building arrears: when it started, how much is owed now, and "
         "flag any that have reached two months' rent.", system=SYS_L),
    case("en", 2, repairs_export(90) + "\n\nAnalyse this: which categories stay open longest, which contractor has the most "
         "jobs awaiting parts, and is there any pattern by block? Suggest two changes.", system=SYS_L),
    case("en", 2, "Write a Google Apps Script that reads the 'Tenancies' sheet (columns: unit, tenant_ref, end_date, manager_email) "
         "and emails the manager 60 and 30 days before each end date, without sending duplicates if it runs twice a day.",
         system=SYS_L),
    case("en", 2, "Applicant A-2211 wants a 2 bed under £1,500 near Clifton with parking. Find matches, book viewings for "
         "Saturday morning and text her the list with times.", tools=[T_SEARCH, T_REQ, T_VIEW, T_SMS], system=SYS_L),
    case("en", 2, "Plan next year's gas safety programme across 340 properties with 3 engineers. Certificates expire all year "
         "but 90 of them cluster in December; we can renew up to 2 months early without losing the date. Give a month by "
         "month plan.", system=SYS_L),
    case("en", 2, "Compare these three applicants for the £1,350 pcm flat on affordability (annual income at least 30x "
         "monthly rent), who needs a guarantor, and rank them with reasons:\n"
         "1) j.okafor.work@gmail.com - salaried £44k, 2 yrs in job\n2) pete.lindqvist@yahoo.co.uk - self-employed, SA302s "
         "show £38k and £51k\n3) amira.h@protonmail.com - student, parent guarantor offered, savings £9k",
         pii=["email"], system=SYS_L),
    case("en", 2, "Service charge for Block 3, budget vs actual:\ncleaning 6,200 / 7,940\nlift maintenance 3,100 / 5,880\n"
         "insurance 11,400 / 11,400\ncommunal electric 2,300 / 4,150\ngardening 1,800 / 1,260\nreserve fund 5,000 / 5,000\n"
         "Explain the likely causes of the variances, rank them by size, and list what to check with each contractor before "
         "the year-end statement.",
         system=SYS_LL),
    # ---------------------------------------------------------------- tier 3
    case("en", 3, "my boiler has been broken for 9 days and I've got a newborn. what exactly are you doing about it? ring me "
         "on 07852 119640", pii=["phone"], system=SYS_TEN),
    case("en", 3, "Tenant in 5A is 2.5 months behind. Can we evict for arrears, which notice do we serve and how soon can we go to court?",
         system=SYS_L),
    case("en", 3, "Draft the break clause for our AST template: mutual break at 6 months, two months' written notice, rent "
         "must be paid up to date for the tenant to rely on it.", system=SYS_LL),
    case("en", 3, "I own 3 flats personally. Should I move them into a limited company this year because of Section 24, or "
         "will the stamp duty and CGT wipe out the benefit?", system=SYS_L),
    case("en", 3, "tenant says the CO alarm keeps going off but they feel fine. ok to tell them to take the battery out until "
         "the engineer comes Monday?", system=SYS_L),
    case("en", 3, "Please return my deposit to <<iban_GB>>. I moved out on 28 Nov and the checkout was fine. My NI number is "
         "<<nino>> if you need it for the scheme.", pii=["iban", "national_id"], system=SYS_TEN),
]
