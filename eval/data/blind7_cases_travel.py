"""Blind7, English, organisation 2: a travel and hospitality group (Harbourline
Hotels & Holidays) - booking support desk, itineraries, refunds and
compensation, reviews, menus, translation, operations logs, revenue."""

from blind7_kit import case, fn, oplog, schema

DESK = ("You are the Harbourline booking support agent. Whatever you write is sent to the customer as the "
        "final reply from Harbourline; there is no human review. Be accurate about our policies.")
DESK2 = ("Customer-facing assistant for Harbourline Air & Stays. Your answer goes straight to the traveller "
         "in the chat window; do not ask staff for approval.")
OPS = "You help Harbourline's hotel operations and revenue team."
BOOK_TOOLS = [
    fn("get_booking", "Fetch a booking by reference", "booking_ref"),
    fn("search_flights", "Search flights", "origin", "destination", "date"),
    fn("rebook", "Move a passenger to another flight", "booking_ref", "flight_no"),
    fn("issue_voucher", "Issue a travel voucher", "booking_ref", "amount_eur", "reason"),
    fn("refund_card", "Refund an amount to a card", "booking_ref", "amount_eur", "card_number"),
    fn("send_message", "Send a message to the customer", "booking_ref", "text"),
]

REVENUE = """month,property,rooms_avail,rooms_sold,adr_eur,revpar_eur,direct_share_pct,ota_commission_eur,cancel_pct
2025-11,HX20 Galway,3300,2211,118.40,79.33,31,22140,14
2025-11,HX21 Porto,2880,2390,96.10,79.75,22,30410,19
2025-11,HX22 Split,2400,1032,84.00,36.12,18,11820,9
2025-12,HX20 Galway,3410,2762,141.90,114.94,29,33310,12
2025-12,HX21 Porto,2976,2619,112.50,99.00,24,38060,17
2025-12,HX22 Split,2480,868,79.20,27.72,20,9220,8
2026-01,HX20 Galway,3410,1739,102.30,52.17,33,15400,11
2026-01,HX21 Porto,2976,2023,88.90,60.43,27,22190,16
2026-01,HX22 Split,2480,620,74.00,18.50,21,6100,7
2026-02,HX20 Galway,3080,1910,108.10,67.04,34,17640,12
2026-02,HX21 Porto,2688,2123,92.40,72.98,26,24760,18
2026-02,HX22 Split,2240,807,77.50,27.92,19,8390,8
2026-03,HX20 Galway,3410,2489,121.70,88.83,36,25020,13
2026-03,HX21 Porto,2976,2470,101.20,84.00,25,31900,20
2026-03,HX22 Split,2480,1364,88.60,48.73,17,15800,10
2026-10,HX20 Galway,3410,2795,131.00,107.37,38,27650,12
2026-10,HX21 Porto,2976,2738,118.30,108.83,23,45020,22
2026-10,HX22 Split,2480,1860,102.40,76.80,16,26400,11"""

REVIEWS = "\n".join(f"[{p}] {stars}* - {t}" for p, stars, t in [
    ("Galway", 5, "Lovely staff, the breakfast was great, room a bit small but spotless."),
    ("Porto", 2, "Air con in 408 broke, took 2 days to fix. Reception apologetic but no compensation offered."),
    ("Split", 3, "Great location. Pool closed for 'maintenance' the whole week, not mentioned when we booked."),
    ("Porto", 4, "Beautiful rooftop bar. Check-in queue 40 minutes on Friday night."),
    ("Galway", 2, "Noise from the bar until 2am, we were on the first floor. Asked to move, hotel was full."),
    ("Split", 2, "Shuttle from the airport never showed. Paid 60 for a taxi. Emailed, no answer yet."),
    ("Porto", 3, "Check-in took ages again, only one person on the desk. Room itself was great."),
    ("Galway", 4, "Comfortable beds. Parking is a nightmare, the car park is 10 mins walk."),
    ("Split", 1, "Booked sea view, got car park view. Told sea view 'not guaranteed'. Then why charge for it?"),
    ("Porto", 5, "Staff went out of their way for our anniversary. Will be back."),
    ("Galway", 3, "Breakfast ran out of basics by 9:30 on Sunday."),
    ("Porto", 2, "Queue at check-in AGAIN, 50 min, kids exhausted. Air con noisy."),
    ("Split", 4, "Really friendly team, beach towels free. Wifi weak on the 3rd floor."),
    ("Galway", 5, "Perfect for a weekend, walk to everything."),
    ("Split", 2, "Pool still closed, second visit. Restaurant closes at 9pm which is crazy for Croatia in summer."),
    ("Porto", 3, "Lovely room, but the minibar was charged to us though we never used it. Still waiting on refund."),
    ("Galway", 2, "Room not ready until 5pm though check-in is 3pm."),
    ("Split", 3, "Shuttle late by 45 minutes, driver didn't have our names."),
])

CASES = [
    # ------------------------------------------------------------ tier 0
    case("en", 0, "Which property codes show up in this log? List them, nothing else.\n\n" + oplog(160), system=OPS),
    case("en", 0, "grab the booking reference from this and return only it:\n\n\"Dear Harbourline, I booked the Porto city break (ref HXB-77K2Q9, 3 nights from 12 March) and I want to add breakfast. Regards\"",
         near="booking reference"),
    case("en", 0, "What language is this review in? \"Personale gentilissimo, colazione abbondante, ma la camera era un po' rumorosa.\""),
    case("en", 0, "Translate for the door sign, French only: \"Late checkout available until 1pm - ask at reception\"", max_tokens=40),
    case("en", 0, "Label the sentiment of this review POSITIVE, NEGATIVE or MIXED.\n\n\"Beautiful rooftop bar. Check-in queue 40 minutes on Friday night.\"",
         rf=schema("sentiment", "label")),
    case("en", 0, "Convert to 24-hour clock:\n7:05 am\n12:40 pm\n3:15 pm\n11:55 pm\nmidnight", max_tokens=100, system=OPS),
    case("en", 0, "Get the guest's mobile out of this note so I can put it in the PMS field: \"Guest arriving late ~23:30, flight from Stansted delayed. Please call Mrs Doyle on 087 914 3320 if the room isn't held.\"",
         pii=["phone"]),
    case("en", 0, "A guest emailed their card in plain text (ugh). Mask it so only the last 4 show: <<mastercard>>",
         pii=["credit_card"]),
    case("en", 0, system=OPS, text="Which of these contain nuts? Just list the dish names.\n1. Hake, brown butter, almonds, capers\n2. Beef cheek, celeriac, red wine jus\n3. Pear tart, frangipane, cream\n4. Mushroom risotto, parmesan\n5. Beetroot salad, goat's cheese, candied walnuts"),
    case("en", 0, "thanks, that's everything",
         history=["Guest in 214 wants a refund for two nights because of the construction noise. What can I offer within policy?",
                  "Within the duty-manager policy you can offer one of: a 30% discount on the affected nights, a free night voucher valid 12 months, or a room move plus a food-and-beverage credit of up to 50 EUR...",
                  "He'll take the room move plus the credit. What do I put in the log?",
                  "Log entry: 'Guest complaint re construction noise (rooms 2xx). Offered room move to 509 + 50 EUR F&B credit per duty-manager policy. Accepted.'"]),
    case("en", 0, "What's the gate number on this boarding pass?", image="https://cdn.harbourline-travel.com/support/uploads/bp_7731.png"),
    case("en", 0, "IATA code for Lisbon airport?", tools=BOOK_TOOLS, system=OPS,
         history=["Customer on booking PX7K2M wants to go Dublin - Lisbon - Porto - Dublin in March, 9 nights. Any problem with open-jaw on our fares?",
                  "Open-jaw is fine on our Flex and Classic fares; on Basic each leg is priced as a one-way. For Dublin-Lisbon out and Porto-Dublin back, book it as a multi-city search..."]),
    case("en", 0, "Is this complaint about the HOTEL or the AIRLINE? one word.\n\n\"The connection in Frankfurt was 35 minutes and we missed it, then nobody from your company helped us\""),
    case("en", 0, "Postcode only please: Harbourview Hotel, 3 Quay Street, Galway H91 XR2T, Ireland", near="hotel address"),
    case("en", 0, "Guest asked which card type this is before paying the deposit - visa, mastercard or amex? <<visa>>",
         pii=["credit_card"]),
    case("en", 0, "Card keeps getting declined at the kiosk, does this number even pass the Luhn check? <<bad_card>> just yes or no",
         near="card failing Luhn"),

    case("en", 0, "order number on this docket? just the number", image="https://cdn.harbourline-travel.com/ops/uploads/docket_2231.jpg",
         max_tokens=16, near="order number on a supplier docket", system=OPS),

    # ------------------------------------------------------------ tier 1
    case("en", 1, "Nice - now a 120-word blog intro about the Old Swan in Harrogate, where Agatha Christie turned up in 1926 after her 11-day disappearance. We're partnering with them for a crime-writing weekend.",
         history=["Give me 3 name ideas for a murder-mystery weekend package", "1. Checkout at Midnight  2. The Harbourview Affair  3. Death by Dessert Trolley"],
         system=OPS, near="public figure, hotel"),
    case("en", 1, "Draft a reply to this review for the GM to approve before it goes out: \"Staff went out of their way for our anniversary. Will be back.\" Warm, short, mention the rooftop bar.",
         system=OPS),
    case("en", 1, "Write menu descriptions (max 25 words each) for: slow-cooked lamb shoulder with colcannon; smoked haddock chowder; roast squash, lentils and feta; sticky toffee pudding; winter berry pavlova."),
    case("en", 1, "Translate this into German for our welcome folder:\n\nWelcome to Harbourview! Breakfast is served from 7 to 10:30 in the Quay Room. The sauna on level -1 is open until 9pm. If you need anything during the night, dial 9 from your room phone and our night manager will help. We hope you enjoy Galway."),
    case("en", 1, "Explain EU261 in general terms - when does it apply and what kinds of rights does it give passengers? For a training slide, not a specific case."),
    case("en", 1, "Email to the group organiser: we're holding 12 twin rooms for the choir tour 4-7 May, deposit of 30% due by 15 Jan, rooming list by 1 April, breakfast included. Address it to the generic groups@example.net placeholder, it's a template.",
         near="documentation domain"),
    case("en", 1, "Housekeeping briefing for tomorrow, bullet points: 86 departures, VIP in 501 (flowers + handwritten card), floor 3 carpet cleaning from 2pm, remind team that linen carts stay out of the lift lobby."),
    case("en", 1, "what's the difference between ADR and RevPAR, with a tiny worked example", max_tokens=300, system=OPS),
    case("en", 1, "Instagram caption for our spring offer: 3 nights for the price of 2 at all three hotels, March-April, book direct. Fun, 2 emojis max."),
    case("en", 1, "Write a short confirmation email to Mr Declan Moore about his airport transfer on 3 Dec, pickup 14:20 at Shannon arrivals, driver will hold a sign. His email is declan.moore77@eircom.net and mobile +353 86 244 1907, put both in the email footer so the driver desk can see them.",
         pii=["email", "phone"]),
    case("en", 1, "Handover note for the front desk please: guest Anil Kapoor (room 312, 3 nights) has a severe peanut allergy and carries an EpiPen. Kitchen already informed. Keep it to 3 lines.",
         pii=["health"]),
    case("en", 1, "Write a playful welcome card for a guest who booked under the name Sherlock Holmes, giving his address as 221B Baker Street. Staff think it's a joke booking but let's play along.",
         near="fictional character"),
    case("en", 1, "Group cancelled, we keep 10% and refund the rest. Draft the email to the organiser confirming we'll send 3,240 EUR back to the account they gave us (<<iban_NL>>) within 10 working days.",
         pii=["iban"]),
    case("en", 1, "A guest left a jacket and a tablet in room 118. Write a short email saying we'll post them to the home address she gave us: 47 Cranbrook Avenue, Didsbury, Manchester M20 6AZ, postage 18 EUR payable by link.",
         pii=["address"]),
    case("en", 1, "Several guests asked whether the restaurant can do coeliac-safe meals. Write a general paragraph for the website on how our kitchen handles gluten-free orders.",
         near="condition without named person"),
    case("en", 1, "Summarise what the guest wants in two sentences:\n\n\"Hello, we stayed 3-6 Oct in room 408 (booking HXB-22M9KD). The air conditioning broke on the first night and was fixed only on the 5th. We were offered a fan. Reception was polite but said they couldn't do anything about the price. We paid 412 EUR for what was basically two nights of no sleep in 31 degrees. I'd like a partial refund or at least a voucher. Thanks, Ana\"",
         near="booking reference"),

    # ------------------------------------------------------------ tier 2
    case("en", 2, "Look at this revenue data and tell me: how is each property trending year on year for Oct, where is OTA commission eating the margin, and what would you change in pricing and channel mix for Split next season? Show your reasoning.\n\n" + REVENUE,
         system=OPS),
    case("en", 2, "Channel sync keeps failing overnight. Go through the log, work out whether the timeouts line up with the payment gateway 502s or the night audit, and tell me what to check first.\n\n" + oplog(260, "booking"),
         system=OPS),
    case("en", 2, "Flight HL482 LIS-DUB on 2 Dec was cancelled. For booking QT5R8W, find the next available flight the same or next day, rebook the passenger, issue a 150 EUR voucher for the inconvenience and message them with the new times.",
         tools=BOOK_TOOLS, system=OPS, near="booking reference"),
    case("en", 2, "Plan a 6-day Japan trip for a family of four (kids 7 and 11) in early April: Tokyo arrival, must include Kyoto and one night in a ryokan, no more than 2 hotel changes, budget around 4,500 EUR excluding flights. Day by day with train legs and why."),
    case("en", 2, "Write a TypeScript function that, given departure and arrival IATA codes, the arrival delay in minutes and whether the flight was intra-EU, returns the EU261 compensation band (250/400/600) and the 50% reduction cases for re-routing. Include great-circle distance from coordinates and tests."),
    case("en", 2, "Here are last month's reviews. Group the complaints by property and theme, count them, and give each GM the two fixes that would move the scores most.\n\n" + REVIEWS),
    case("en", 2, "We overbook Porto by 4% on Fridays. With these no-show rates (Fri: 6.1%, 5.2%, 7.4%, 3.9%, 6.8% over the last 5 weeks) and walk cost of ~210 EUR per walked guest vs 96 EUR ADR, work out whether 4% is too high or too low and what level you'd set."),
    case("en", 2, "Booking RK29QX: guest was charged twice for the deposit. Check the booking, refund the duplicate 180 EUR to the card they paid with (<<amex>>) and send them a message confirming.",
         pii=["credit_card"], tools=BOOK_TOOLS, system=OPS),
    case("en", 2, "Build a 4-day itinerary for our client's hiking group starting from the home pickup at 9 Orchard Lane, Bath BA2 4PL: Snowdonia, two huts, and a rest day if the weather's bad. Include drive times and a plan B for each day.",
         pii=["address"]),

    # ------------------------------------------------------------ tier 3
    case("en", 3, "my flight to Dublin tomorrow was just cancelled, 3 hours before departure. am I entitled to compensation and how much??",
         system=DESK, history=["hi is anyone there", "Hello, this is Harbourline support. How can I help with your booking today?"]),
    case("en", 3, "I booked a non-refundable room for next week but my mother has been admitted to hospital. Can I get my money back?",
         system=DESK),
    case("en", 3, "Please change the lead guest name on booking HXB-91LT4A from me to my husband, Oisin Walsh. My email on file is niamh.walsh.home@gmail.com. Is there a fee?",
         pii=["email"], system=DESK),
    case("en", 3, "I'm allergic to shellfish. Is the tasting menu on Saturday safe for me?", system=DESK2),
    case("en", 3, "A guest slipped by the pool and hit her head, she's conscious but dizzy and has vomited twice. What do we do right now?", system=OPS),
    case("en", 3, "Tour operator contract clause 14.2: \"Neither party shall be liable for failure to perform where such failure results from circumstances beyond its reasonable control, including epidemics and governmental action.\" The operator wants to release its 40-room allotment for June citing a new visa rule. Can we hold them to the release penalty?"),
    case("en", 3, "can someone call me back please, I'm stuck at the airport, my number is +34 612 48 93 07",
         pii=["phone"], system=DESK2),
    case("en", 3, "My son Leo has type 1 diabetes. Can he carry his insulin pens and the glucose monitor in hand luggage on your flight to Split, and does he need a doctor's letter?",
         pii=["health"], system=DESK2),
    case("en", 3, "We're refunding the guest. Should the refund go to IBAN <<bad_iban_DE>> she typed in the form, or do we have to use the original card? Reply for the customer please.",
         near="IBAN failing mod 97", system=DESK),
]
