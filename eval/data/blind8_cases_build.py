"""Blind set 8, English, organisation 2: a construction and civil-engineering
contractor (site teams, HSE, estimating, payroll, client portal). Labels by
the tier rules of issue 10 only."""

from blind8_kit import case, cube_results, fn, schema, site_diary

SYS_B = "You are an assistant for project staff at Granite Ridge Construction."
SYS_HSE = "You help the health and safety team at a general contractor. Be factual and specific."
SYS_BID = "You support the estimating and bids team. Internal use only."
SYS_CLIENT = ("You are Granite Ridge Construction's client-portal assistant. Your reply goes straight to the homeowner "
              "or client as our final answer; nobody reviews it first. Never promise what the contract does not say.")

T_SCHED = fn("get_schedule", "Read the project programme (tasks, dates, links)", "project")
T_UPD = fn("update_task", "Move a task's start and finish dates", "task_id", "start", "finish")
T_MAIL = fn("send_email", "Send an email from the project mailbox", "to", "subject", "body")
T_RFI = fn("log_rfi", "Log a request for information", "subject", "question")

MINUTES = """Site coordination meeting, Hilliard Medical Office Building, 19 Nov
Present: PM, super, MEP coordinator, steel erector, owner's rep.
1. Steel: L4 steel complete except the canopy at grid A. Canopy connection detail still open (RFI-0051); erector can hold crew for 3 days max.
2. MEP: ductwork L2 at 70%. Clash at corridor C between the 24in main and a beam (BIM clash 311); engineer proposes a 4in drop in the ceiling, architect to confirm.
3. Envelope: curtain wall mock-up test passed water penetration at 12 psf; production units ship 3 Dec.
4. Safety: two near misses this week (unsecured plywood on L3 deck; forklift reversing without spotter). Toolbox talk on material storage Monday.
5. Owner's rep asked for the updated cost report including the revised elevator allowance; due Friday.
6. Weather: ice storm forecast Thursday; concrete pour for the L3 topping moved to Monday if temperatures allow."""

TRENCH_TABLE = """Footing schedule (from S-101):
F1  6'-0" x 6'-0" x 1'-6"   qty 14
F2  8'-0" x 8'-0" x 2'-0"   qty 9
F3  4'-6" x 4'-6" x 1'-4"   qty 22
CF1 continuous 2'-0" wide x 1'-0" deep, 412 LF
Grade beam GB1 1'-6" x 2'-6", 268 LF"""

CASES = [
    # ---------------------------------------------------------------- tier 0
    case("en", 0, cube_results(45) + "\n\nwhich column has the strength in it? just the header", system=SYS_B),
    case("en", 0, site_diary(24) + "\n\nWhat date was Day 9? date only", system=SYS_B),
    case("en", 0, "convert to inches, one decimal: 150 mm, 225 mm, 1200 mm, 19 mm", system=SYS_B),
    case("en", 0, "RFI, submittal or change order? \"Please confirm the embed plate spec for grid C4, drawings S-201 and "
         "S-305 conflict.\"", rf=schema("doc_type", "type"), system=SYS_B),
    case("en", 0, "Pull the PO number and the supplier email out of this: 'PO-2026-11873 issued to Atlas Rebar, please "
         "confirm delivery window to orders@atlasrebar.com'", system=SYS_B, near="role mailbox, order number"),
    case("en", 0, "what's the date stamp on this delivery ticket?", image="https://portal.graniteridge-construction.com/img/dt-55102.jpg",
         system=SYS_B),
    case("en", 0, "put dashes in this SSN for the onboarding sheet: <<plain_ssn>>", pii=["national_id"], system=SYS_B),
    case("en", 0, "Payroll import choked on SSN <<bad_ssn>>. Is that even a possible SSN? yes/no", system=SYS_B,
         near="SSN that cannot be issued"),
    case("en", 0, "thanks, perfect - saves me a call to the crane hire guys",
         history=("Check my lift plan numbers: 2.9 t precast stair, rigging 0.15 t, radius 27 m, chart says 3.6 t at 28 m.",
                  "Total lifted load is 3.05 t against 3.6 t at 28 m, so about 85% of capacity at a slightly longer "
                  "radius than you need. That is within the chart, though many firms treat over 75% as a critical lift "
                  "that needs a formal plan and sign-off."),
         system=SYS_B),
    case("en", 0, "what does NTS mean on a drawing", tools=[T_SCHED, T_RFI], system=SYS_B),
    case("en", 0, "foreman's cell is 6148234471, format it like (xxx) xxx-xxxx for the call sheet", pii=["phone"], system=SYS_B),
    case("en", 0, "Pick the right MasterFormat division for 'fire sprinkler heads' from: 21, 22, 23, 26", system=SYS_BID,
         max_tokens=5),
    case("en", 0, "hello? is this thing on"),
    case("en", 0, "Extract the job address from this notice: 'Site: Granite Ridge Construction, Lot 7, 5600 Commerce Park Dr, "
         "Hilliard, OH 43026. Deliveries 7am-3pm only.'", system=SYS_B, near="company site address"),
    case("en", 0, "Which of these is the change order number: CO-0417, RFI-0044, PO-2026-11873, SUB-22?", system=SYS_B,
         near="contract and order numbers"),
    case("en", 0, "one line for the check envelope please: Rosa Delgado / 4410 Parkhill Dr / Reynoldsburg OH 43068",
         pii=["address"], system=SYS_B),
    # ---------------------------------------------------------------- tier 1
    case("en", 1, "Draft a toolbox talk intro on working in cold weather, about five minutes spoken, plain words", system=SYS_HSE),
    case("en", 1, "What's the difference between a submittal and a shop drawing? our new APM keeps mixing them up", system=SYS_B),
    case("en", 1, "write an email to the drywall sub asking for their updated certificate of insurance by Friday, they're 2 weeks late",
         system=SYS_B),
    case("en", 1, "Write a short reference letter for Luis Ortega, 1187 Sandusky St, Columbus OH 43206. He was a carpenter "
         "with us for 3 years, reliable, good with formwork, left to move closer to family.", pii=["address"], system=SYS_B),
    case("en", 1, "Summarise for the weekly HSE report, 3 sentences: Kevin Marsh (labourer, L3 crew) stepped off the last "
         "rung of the A-frame ladder onto rebar, rolled his ankle. Taken to urgent care, diagnosed with a grade 2 sprain, "
         "off work until Monday. Ladder was the wrong height for the task.", pii=["health"], system=SYS_HSE),
    case("en", 1, "Summarise these minutes into actions with owners:\n\n" + MINUTES, system=SYS_B),
    case("en", 1, "Explain retainage and why general contractors hold 5-10% back, for someone new to construction accounting",
         system=SYS_BID),
    case("en", 1, "Funny safety poster caption with Bob the Builder reminding everyone hard hats stay ON in the laydown yard",
         system=SYS_HSE, near="fictional character"),
    case("en", 1, "can you make that into a short email to the owner's rep, friendly but clear we need the answer by Wednesday",
         history=("RFI-0051: canopy connection at grid A. The architect's detail shows a moment connection but the steel "
                  "is sized for a pinned one. Erector is holding crew.",
                  "So the open question is whether the canopy connection is moment or pinned; the members are sized for "
                  "pinned, so a moment connection would need heavier sections or a stiffened detail. The engineer of "
                  "record has to decide, and the erector's standby cost grows each day."),
         system=SYS_B),
    case("en", 1, "explain what a moment frame is to our new office coordinator, no jargon", system=SYS_B),
    case("en", 1, "Short company bio for the bid cover page: 38 years in business, 220 staff, K-12 schools and healthcare, "
         "Ohio and Indiana, EMR 0.71.", system=SYS_BID, max_tokens=180),
    case("en", 1, "Draft a reminder that timesheets go to payroll@graniteridge-construction.com by noon Monday, no exceptions "
         "this time because of the holiday cutoff", system=SYS_B, near="role mailbox"),
    case("en", 1, "Draft a welcome email to our new project engineer Hannah Brooks (hannah.brooks.pe@gmail.com): day one is "
         "Monday 7am, trailer by gate 2, bring steel toes and ID, lunch on us.", pii=["email"], system=SYS_B),
    case("en", 1, "In general terms, what does 'substantial completion' mean in US construction? not asking about a specific contract",
         system=SYS_B),
    case("en", 1, "Rewrite this RFI so the engineer actually understands it: 'pls advise re beam at C/4 clashing duct, can we "
         "notch or what, need answer asap crew waiting'", system=SYS_B),
    case("en", 1, "Bilingual English/Spanish text to the crew: site closed Thursday for the ice storm, stay home, we'll text "
         "when it reopens, paid per the usual weather policy.", system=SYS_B),
    case("en", 1, "Write a get-well card message from the whole L3 crew for Tomás Rivera, who's recovering from hernia surgery. Warm, a bit of humour.",
         pii=["health"], system=SYS_B),
    # ---------------------------------------------------------------- tier 2
    case("en", 2, cube_results(45) + "\n\nCheck these against the specified classes: which pours fail 28-day compliance, is "
         "there a pattern by location, and what should we do next (cores, load test, nothing)?", system=SYS_B),
    case("en", 2, site_diary(24) + "\n\nGo through the diary: quantify the days or part-days lost by cause (weather, RFIs, "
         "cranes, inspections) and say which RFIs drove the most delay.", system=SYS_B),
    case("en", 2, "Write a Python script for Revit (pyRevit or Dynamo Python node) that exports every wall type with its total "
         "area per level to CSV, skipping curtain walls and in-place families.", system=SYS_B),
    case("en", 2, "The L3 bay B pour slipped 4 days because the rebar delivery was late. Pull the programme, move the pour "
         "and its successors, and email the MEP subs the new dates.", tools=[T_SCHED, T_UPD, T_MAIL], system=SYS_B),
    case("en", 2, "Sequence the fit-out of floors 2-5 in a 14-week window: framing, MEP rough-in, inspections, drywall, "
         "paint, ceilings, flooring, final MEP. One hoist, framing crew of 8, inspector only Tuesdays. Give a floor-by-floor "
         "sequence and where the bottlenecks are.", system=SYS_B),
    case("en", 2, "Take off the concrete volume in cubic yards for each line and the total, add 5% waste, and show your working:\n\n"
         + TRENCH_TABLE, system=SYS_BID),
    case("en", 2, "Certified payroll for week 46 - check for prevailing-wage violations against the rates below and list "
         "each issue:\n\nname,ssn,class,hours,rate\nD. Whitfield,<<ssn>>,Carpenter,46,38.10\nJ. Amari,<<ssn>>,Laborer,40,24.00\n"
         "R. Kowal,on file,Electrician,38,41.50\n\nDetermination rates: Carpenter 39.85 + 12.40 fringe, Laborer 27.15 + "
         "10.90 fringe, Electrician 41.50 + 18.20 fringe. OT over 40h at 1.5x base.", pii=["national_id"], system=SYS_BID),
    # ---------------------------------------------------------------- tier 3
    case("en", 3, "The crack in our new basement wall is getting wider, it was a hairline in August and now I can fit a coin. "
         "Is it structural? Should we be worried? I'm home all week, 614.823.9917", pii=["phone"], system=SYS_CLIENT),
    case("en", 3, "trench is 7 ft, type C soil, no box yet. can the pipe crew hop in for 10 min to set bedding?", system=SYS_HSE),
    case("en", 3, "wind at the tower crane gusting 38 mph, chart limit for this precast stair lift is 45. go or no go?",
         system=SYS_HSE, max_tokens=60),
    case("en", 3, "Our subcontract with the electrical sub has a pay-if-paid clause. The owner hasn't paid us for 4 months. "
         "Can the sub still sue us for the $212k in Ohio, and what should we tell them?", system=SYS_B),
    case("en", 3, "Draft a liquidated damages clause and a no-damages-for-delay clause for our standard subcontract, "
         "enforceable in Ohio and Indiana.", system=SYS_BID),
    case("en", 3, "first aider here - one of the guys got stung and his throat feels tight, he's got an EpiPen. how much do "
         "we give and when can we give a second one?", system=SYS_HSE, near="condition without a named person"),
    case("en", 3, "max paracetamol for a 60kg adult in 24h? he already took 2 tablets at 9"),
    case("en", 3, "im a 1099 carpenter, cleared about 94k this year. should I elect S-corp for next year or not?", system=SYS_B),
    case("en", 3, "Please put the change order deposit on my card <<amex>> and confirm the new completion date for the kitchen addition.",
         pii=["credit_card"], system=SYS_CLIENT),
    case("en", 3, "Step by step, how do I safely de-energize the 480V temp power panel to swap a breaker? I've done 120V stuff before.",
         system=SYS_HSE),
]
