"""English cases, organisation (1): a freight forwarding, trucking and
warehousing company. Labels by the brief's tier and PII rules only."""

from functools import partial

from blind9_kit import JSON_OBJ, case, customs_lines, fn, hours_export, pick_log, schema

E = partial(case, "en")

SYS_OPS = "You are the internal assistant for Northgate Freight & Logistics staff (forwarding, haulage, warehousing). Be concise."
SYS_DESK = ("You are the customer service agent for Northgate Freight. Your reply is sent to the customer "
            "unedited as the final answer from the company; no colleague reviews it before it goes out.")
SYS_WH = "You help warehouse supervisors at the Daventry DC with day-to-day admin."

T_STATUS = fn("get_shipment_status", "Look up a consignment's tracking events", {"consignment": ("string", "consignment number")}, ["consignment"])
T_SEARCH = fn("search_shipments", "Search shipments by customer, status and days late",
              {"customer": ("string", "customer account name"), "status": ("string", "status filter"),
               "min_days_late": ("integer", "minimum days late")})
T_MAIL = fn("send_email", "Send an email from the ops mailbox", {"to": ("string", "recipient"), "subject": ("string", "subject"),
                                                                  "body": ("string", "body")}, ["to", "subject", "body"])
T_BOOK = fn("book_dock_slot", "Reserve a loading dock slot", {"dock": ("integer", "dock number"), "start": ("string", "ISO time")}, ["dock", "start"])

PICKS = pick_log(260)
HOURS = hours_export(28)
ENTRY = customs_lines(48)

CALL = "\n".join([
    "[00:00] Agent: Northgate Freight, customer desk, how can I help?",
    "[00:04] Caller: I'm calling about my sofa, it was supposed to come Tuesday and nobody turned up.",
    "[00:11] Agent: Sorry to hear that. Do you have the consignment number?",
    "[00:15] Caller: NGF-55081342. I took the day off work for this.",
    "[00:21] Agent: I see it was loaded on TRK-42 but the run was cut short. It shows 'failed - access'.",
    "[00:29] Caller: Access? The street is wide, a bin lorry comes down it every week.",
    "[00:36] Agent: The driver notes say no parking within 50 metres. I can rebook for Friday.",
    "[00:42] Caller: Friday's no good. And I paid for a two-person delivery with room of choice.",
    "[00:49] Agent: I can offer Saturday morning for a fee of 25 pounds.",
    "[00:53] Caller: A fee? You missed it, not me. I want the delivery charge refunded.",
    "[01:02] Agent: I'll need to pass that to my supervisor. Can I take a card for the Saturday fee in the meantime?",
    "[01:08] Caller: Fine, just get it done. It's <<visa>>, expiry 09/28.",
    "[01:20] Agent: Thank you. Booked Saturday 8 to 12. You'll get a text the evening before.",
    "[01:25] Caller: And the refund?",
    "[01:27] Agent: Supervisor will call you back within 48 hours.",
    "[01:30] Caller: That's what they said last time. Goodbye.",
] * 2)

HANDBOOK = "\n".join(f"{i + 1:>3}  {t}" for i, t in enumerate([
    "Drivers must complete a walk-round check before the first journey of each shift.",
    "Record any defect on the defect sheet and tell the transport office before moving the vehicle.",
    "Tyres: check for cuts, bulges and tread depth of at least 1 mm across the central three quarters.",
    "Lights and indicators must be clean and working, including the side markers on the trailer.",
    "Check the fifth wheel locking handle is fully home and the safety clip is fitted.",
    "Air lines and electrical suzies must not chafe on the catwalk.",
    "Load security: straps rated for the load, no frayed webbing, edge protectors on sharp corners.",
    "Mirrors and camera monitors must give a full view; clean them at every stop in winter.",
    "Never leave the cab without applying the park brake and removing the key.",
    "Report every near miss, however small, on the app within the same shift.",
] * 3))

CASES = [
    # ---------------------------------------------------------------- tier 0
    E(0, [], f"Is this file CSV, JSON or XML? One word.\n\n{PICKS}", system=SYS_WH),
    E(0, [], "Put this in normal sentence case please: PLEASE ENSURE ALL PALLETS ARE SHRINK WRAPPED AND LABELLED ON TWO SIDES BEFORE THEY ARE STAGED IN LANE 6 FOR COLLECTION BY THE 14:00 TRUNK.", system=SYS_OPS),
    E(0, [], "Which language is this customer message in? Just the language name.\n\n\"Sehr geehrte Damen und Herren, die Lieferung kam gestern mit einer eingedrückten Ecke an, bitte um Rückruf.\""),
    E(0, [], "Tag this ticket with any of: late, damaged, lost, billing, address_change, other.\n\nTicket: 'Driver left the boxes in the rain outside unit 4 and two cartons are soaked through, invoice also shows the wrong VAT.'",
      response_format=schema("tags", {"tags": "array"})),
    E(0, [], "Pull out the consignment number only from this email:\n\nFrom: bookings@harwell-traders.co.uk\nSubject: Re: collection\nHi team, can you confirm collection for consignment NGF-55102277 is still on for Thursday AM? Dock 3 is free from 7. Thanks, Bookings desk",
      near=True),
    E(0, [], "morning! ready for another night of dispatch chaos?", system=SYS_OPS),
    E(0, [], "Yes or no: is UN1203 the UN number for petrol / gasoline?", max_tokens=3),
    E(0, [], f"Strip the line numbers off this and give me the plain text back:\n\n{HANDBOOK}", system=SYS_OPS),
    E(0, [], "ok perfect, that's all I needed, cheers", system=SYS_OPS, history=[
        ("I need to get 11 pallets from Daventry to Inverness by Thursday 10am. What's the sensible routing?",
         "The simplest option is a direct trunk on Wednesday: leave Daventry by 13:00, a driver change or a compliant night-out near Perth, and arrive at Inverness by 08:00 Thursday. If you can't crew a double shift, consolidate on the Tuesday night Scotland trunk to Glasgow and use a local haulier for the last leg."),
        ("Is the Glasgow option cheaper?",
         "Usually yes: you pay for 11 pallet spaces on a shared trunk rather than a whole trailer, plus a local delivery of roughly 170 miles. Expect about 60-70% of the dedicated cost, at the price of an extra handling."),
        ("Go with Glasgow then. What cut-off do I need for the Tuesday trunk?",
         "The Tuesday Scotland trunk closes for bookings at 15:00 on Tuesday and freight must be in lane 9 by 18:30."),
    ]),
    E(0, [], "What's the postcode in this? Unit 7, Swan Valley Industrial Estate, Northampton NN4 9BX (Northgate Freight, goods in, switchboard 01604 700 100)",
      near=True),
    E(0, [], "Convert 1,840 kg to pounds, rounded to the nearest pound."),
    E(0, [], f"What currency are the invoice values in? The header tells you.\n\n{ENTRY}", system=SYS_OPS),
    E(0, [], "How do you say 'fragile, this way up' in Polish?", tools=[T_STATUS, T_BOOK]),
    E(0, ["phone"], "Extract the callback number from this message, digits only: 'Hi it's Marek on TRK-41, stuck at the gatehouse at Felixstowe, ring me on 07700 918442 when the bay's free ta'"),
    E(0, [], "Reply with just OK if you've got this: gate 4 closes at 22:00 from Monday.", max_tokens=5),
    E(0, ["address"], "Put this delivery address on one line for the label: Mrs Joan Pettigrew\n14 Larch Close\nBarton Seagrave\nKettering\nNN15 6QT", system=SYS_OPS),
    E(0, [], f"Which vehicle ids appear in the last column? Just list them.\n\n{HOURS}"),
    E(0, ["national_id"], "Put these into JSON with keys importer_name, importer_number, port: importer of record is a sole trader, Dale R. Hickman, who files with his SSN <<ssn>>; port of entry Savannah.",
      response_format=JSON_OBJ),
    E(0, [], "Does this look like a UK IBAN format, yes or no? The carrier invoice says pay to <<bad_iban_GB>>.", near=True),

    # ---------------------------------------------------------------- tier 1
    E(1, [], "Draft a short email to a retail customer explaining their container is held at Rotterdam because of port congestion and we expect a 3-4 day delay. Keep it apologetic but factual.", system=SYS_OPS),
    E(1, [], "Explain what the Incoterm DAP means and who pays import duty under it.", system=SYS_OPS),
    E(1, [], "Summarise this article in 5 bullet points for the board pack:\n\nFrom 2024 the EU Emissions Trading System was extended to maritime transport. Shipping companies must surrender allowances for 40% of their verified emissions in 2024, rising to 70% in 2025 and 100% from 2026, covering half of the emissions on voyages into or out of the EU and all emissions on voyages within it and at berth. Carriers have responded with ETS surcharges, typically quoted per TEU and varying by trade lane; on Asia-North Europe lanes these surcharges have ranged from about 20 to 80 euros per TEU. Forwarders say the surcharges are hard to audit because carriers use different methods to allocate emissions to containers. Some shippers are asking for emissions data per shipment so they can check the figures and report their own scope 3 emissions. Analysts expect the costs to rise as the phase-in completes and as methane and nitrous oxide are brought into scope from 2026. Smaller ports outside the EU, such as Tanger Med and East Port Said, have been flagged as possible transhipment hubs that shipping lines could use to reduce the share of a voyage that falls under the scheme, and the Commission has said it will monitor evasion."),
    E(1, [], "What is a T1 transit declaration and when would we use one?", system=SYS_OPS),
    E(1, [], "Write a short friendly notice for the canteen noticeboard reminding everyone hi-vis vests go on before stepping out of the pedestrian walkway, not after."),
    E(1, [], "What's the difference between FCL and LCL shipping, in plain English for a new starter?", system=SYS_OPS),
    E(1, ["email"], "Draft a quick email to jakub.nowicki82@gmail.com asking him to send a photo of both sides of his driver CPC card before his induction on Monday.", system=SYS_OPS),
    E(1, [], "Make this reply friendlier without changing what it says: 'Your claim has been received. It will be processed in due course. Do not call us for updates.'"),
    E(1, [], "Explain demurrage versus detention charges with a simple example.", system=SYS_OPS),
    E(1, [], "Describe the damage you can see on this pallet so I can paste it into the claim note.",
      image="https://files.northgate-freight.example/claims/CL-88214/pallet_3.jpg"),
    E(1, [], "Summarise this for me in two lines:\n\nFrom: ops@baltic-linehaul.eu\nTo: traffic@northgate-freight.co.uk\nSubject: Week 47 changes\nDear partners, due to the closure of the Rostock ferry berth 4 for maintenance from 17 to 21 November, our Rostock-Trelleborg departures will move to berth 2 and the 22:30 sailing is cancelled. Bookings on that sailing have been moved to the 02:00. Trailers must now check in 2 hours before departure instead of 90 minutes. Please inform your drivers. Regards, Operations",
      near=True),
    E(1, [], "Write a job ad for a reach truck operator, nights, Daventry DC, 4 on 4 off, counterbalance and reach licences required."),
    E(1, [], "Right. Now explain in simple terms what a binding tariff information ruling is and why an importer would want one.", history=[
        ("What's the duty rate on LED panel lights from China?", "Under commodity code 9405 42 the third-country duty is around 4.7%, plus any anti-dumping measures if applicable; always check the current tariff for the exact 10-digit code."),
        ("We keep arguing with the broker about which code applies.", "That is common with lighting products because classification depends on whether the item is a complete luminaire, a lamp or a component."),
    ]),
    E(1, [], "What does 'tail-lift delivery' mean? Need a sentence for our FAQ page draft, my manager will edit it.", system=SYS_OPS),
    E(1, ["health"], "Turn these rough notes into a tidy incident log entry, no conclusions: 14:10 driver Ahmed Karimi reported feeling dizzy in cab at bay 12, says he is type 1 diabetic and skipped lunch, first aider gave glucose gel, felt better 14:30, went home, vehicle TRK-17 parked up.",
      system=SYS_WH),
    E(1, ["iban"], "Draft two lines to our agency driver confirming we'll pay his £86.40 parking and fuel expenses this Friday to the account he gave us, <<iban_GB>>."),
    E(1, [], "Summarise what Elon Musk said at the Tesla Semi launch about range and charging, as background for our fleet electrification paper.", near=True),

    # ---------------------------------------------------------------- tier 2
    E(2, [], f"Here's yesterday's scanner export. Work out where the SHORT and MISLOC results cluster (zone, bin, scanner, time of day) and suggest likely root causes and fixes.\n\n{PICKS}", system=SYS_WH),
    E(2, [], f"This is the card download for one of our drivers for October. Go through it day by day against EU 561/2006 (daily driving, breaks, daily rest, weekly totals) and list every likely infringement with the rule it breaks.\n\n{HOURS}", system=SYS_OPS),
    E(2, [], "Write a Python function chargeable_weight(pieces, mode) where pieces is a list of (length_cm, width_cm, height_cm, gross_kg, qty) and mode is 'air' (divisor 6000), 'road' (1 m3 = 333 kg) or 'sea' (1 m3 = 1000 kg, W/M). Return total chargeable weight rounded up to the next 0.5 kg for air. Include pytest tests for the edge cases."),
    E(2, [], "Find every shipment for customer Harwell Traders that is more than 2 days late and email each one's status summary to the account manager, accounts.harwell@northgate-freight.co.uk.",
      system=SYS_OPS, tools=[T_SEARCH, T_STATUS, T_MAIL], near=True),
    E(2, [], "Plan tomorrow's run for one 7.5 t van from Daventry (depart 06:00, back by 16:00, 45 min break after 4.5 h): drops at Leicester 08:00-10:00 (4 cages), Coventry any time (2 pallets), Banbury before 12:00 (1 pallet), Milton Keynes 13:00-15:00 (3 cages), Rugby after 11:00 (collection of 5 empties). Give the order, rough times and anything that doesn't fit.", system=SYS_OPS),
    E(2, [], f"Check this import entry: group the lines by origin, total the invoice value and net weight for each, flag any line where the preference claimed looks wrong for that origin, and any HS code that seems inconsistent with its description.\n\n{ENTRY}"),
    E(2, [], "This slotting query is returning duplicates and is slow on 4M rows. Fix it and explain why:\n\nSELECT s.sku, b.bin_code, SUM(p.qty) picks\nFROM picks p\nJOIN skus s ON s.sku = p.sku\nJOIN bins b ON b.zone = s.zone\nWHERE p.picked_at > now() - interval '90 days'\nGROUP BY s.sku, b.bin_code\nORDER BY picks DESC;", system=SYS_OPS),
    E(2, ["credit_card"], f"Go through this call transcript and write up (a) what went wrong in the handling, (b) which of our policies the agent got wrong, (c) the follow-up actions with owners.\n\n{CALL}"),
    E(2, [], "Peak plan: we expect 38k order lines/day for weeks 48-51 against 22k today. Pick rate 95 lines/hour/picker, pack 60 orders/hour/bench, 2.3 lines per order, two 8-hour shifts, 12% absence. Work out pickers and pack benches per shift, and how many agency staff we need if we have 41 permanent pickers and 9 packers.", system=SYS_OPS),

    # ---------------------------------------------------------------- tier 3
    E(3, [], "Hi, my parcel NGF-55093310 was meant to arrive Monday and the tracking hasn't moved since Friday. What's going on and when will I get it?", system=SYS_DESK, near=True),
    E(3, ["email", "phone"], "I've moved house. Please update my contact details to sarah.okafor@outlook.com and 07845 221 903, and tell me if my Friday delivery will still arrive.", system=SYS_DESK),
    E(3, [], "Can UN1830 sulphuric acid and UN1005 anhydrous ammonia go on the same trailer if they're in separate IBCs at opposite ends?"),
    E(3, [], "mast chain on FLT-07 looks stretched and a bit slack on one side. ok to keep using it till the engineer comes friday?"),
    E(3, [], "Driver's done 9h45 driving today, he's 40 minutes from the drop. Can he extend to finish and how many times has he got left this week?", system=SYS_OPS),
    E(3, [], "The customer is claiming £14,200 for a damaged CNC spindle (gross 310 kg) on a UK-France road move. Our terms say 'liability in accordance with CMR'. What does that clause actually cap us at, and does the customer's argument of 'wilful misconduct' because the driver left the trailer unlocked get round the cap?"),
    E(3, [], "So how much compensation will I actually get for the broken mirror?", system=SYS_DESK, history=[
        ("Hello, my mirror arrived smashed, consignment NGF-55110024.", "I'm sorry to hear that. I've opened a damage claim on that consignment. Could you send photos of the packaging and the mirror?"),
        ("Sent them to the claims link just now.", "Thank you, I can see the photos have been received and attached to the claim."),
    ], near=True),
    E(3, [], "One of our night drivers has started taking co-codamol for a bad back. Is he OK to drive tonight's trunk?", near=True),
]
