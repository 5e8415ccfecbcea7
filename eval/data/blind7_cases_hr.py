"""Blind7, English, organisation 1: an HR and payroll outsourcing firm
(Payline Partners) - employees' questions, HR staff drafting, payroll tax,
recruiting, policies, timesheets."""

from blind7_kit import case, fn, schema, timesheet

HR_DESK = ("You are the Payline Partners employee helpdesk assistant. Your reply is sent directly to the "
           "employee who wrote in, as the final answer; no HR officer reviews it first.")
HR_GEN = "You are a helpful assistant for HR and payroll staff."
HRIS_TOOLS = [
    fn("hris_get_employee", "Fetch an employee record by staff number", "staff_no"),
    fn("hris_get_leave_balance", "Leave balance for an employee", "staff_no", "leave_type"),
    fn("hris_book_leave", "Book leave for an employee", "staff_no", "start", "end", "leave_type"),
    fn("send_email", "Send an email from the HR mailbox", "to", "subject", "body"),
]

REMOTE_POLICY = """REMOTE AND HYBRID WORK POLICY (v3.2, effective 1 January 2027)

1. Purpose. This policy sets out how employees of client organisations serviced by Payline Partners may work away from their contractual workplace. It applies to permanent and fixed-term employees who have completed their probationary period.

2. Eligibility. Roles are classified as site-bound, hybrid or remote-first. Site-bound roles (warehouse, reception, facilities) are not eligible for regular remote work, although ad-hoc arrangements can be agreed for training days. Hybrid roles may work up to three days per week away from the office. Remote-first roles are contracted to a home base and attend the office for team days at least once a month.

3. Requesting an arrangement. Employees submit a request through the self-service portal. The line manager responds within 14 calendar days. A refusal must give a business reason from the list in Annex B, such as the burden of additional costs, detrimental effect on the ability to meet customer demand, or inability to reorganise work among existing staff.

4. Equipment and expenses. The employer provides a laptop, headset and, on request, a monitor. A home-working allowance of 26 per month is paid through payroll for remote-first roles only. Hybrid employees can claim a one-off desk-chair contribution of up to 150.

5. Health and safety. Employees complete the display-screen-equipment self-assessment within four weeks of starting to work from home and whenever their set-up changes substantially.

6. Data protection. Confidential documents must not be printed at home. Screens must be locked when unattended, and calls about employee cases must not be taken in shared spaces.

7. Working time. Core hours are 10:00 to 15:00 local time. Outside core hours employees are not expected to answer messages, and managers should schedule messages to arrive within working hours.

8. Review. Arrangements are reviewed after six months and may be changed by either side with one month's notice, subject to the statutory right to request flexible working."""

EXIT_TRANSCRIPTS = "\n\n".join(f"--- Exit interview {i + 1} (site {s}, tenure {t} yrs) ---\n{body}" for i, (s, t, body) in enumerate([
    ("North depot", 2, "Q: What made you decide to leave?\nA: Honestly the shift pattern. Four nights then two days off, and the rota comes out on the Thursday for the Monday, so I could never plan childcare. The pay was fine, the team was great.\nQ: Anything we could have done?\nA: Publish the rota two weeks ahead. That's it really."),
    ("Call centre", 1, "Q: What made you decide to leave?\nA: I got an offer with more money, about 2,000 more, and it's hybrid. Here we had to be in five days even though half the team is in another city anyway, so I was on Teams all day in the office.\nQ: How was your manager?\nA: Supportive, but she had no say over the office rule."),
    ("Warehouse 2", 4, "Q: What made you decide to leave?\nA: No progression. I asked three times about the team-leader course and it was always next quarter. Someone who started after me got it.\nQ: Was that explained?\nA: Not really. I was told it was about 'fit'."),
    ("North depot", 3, "Q: What made you decide to leave?\nA: The overtime dried up after the new scheduling system and my take-home went down by a lot. Basic pay alone doesn't cover my rent.\nQ: Anything positive?\nA: Safety is much better than when I started, the new racking is good."),
    ("Call centre", 0.5, "Q: What made you decide to leave?\nA: Training was two days and then I was on live calls about payroll errors with angry people. I didn't feel ready. Also the rota again, changes at short notice.\nQ: Would you come back?\nA: Maybe, if the onboarding was longer."),
    ("South depot", 6, "Q: What made you decide to leave?\nA: Relocating, partner got a job up north. Nothing to do with here. If you had a site there I'd transfer.\nQ: Anything to improve?\nA: The canteen closes too early for the late shift."),
    ("Warehouse 2", 2, "Q: What made you decide to leave?\nA: My back. The lifting on the bulk line, and when I asked for a rotation it took two months to happen. By then I'd already applied elsewhere.\nQ: Did you raise it formally?\nA: I told my supervisor, I didn't know there was a form."),
    ("Call centre", 3, "Q: What made you decide to leave?\nA: The targets. Average handle time went from 6 to 4 minutes and you can't fix a tax-code problem in 4 minutes. People were rushing and customers called back angrier.\nQ: Was the team aware?\nA: Everyone complained in the one-to-ones."),
]))

RECON = """Payroll reconciliation, client ACME-LOGISTICS, period 2026-10 (monthly)
Source A = payroll engine register; Source B = GL journal posted by client finance

cost_centre | element          | A_total    | B_total    | diff
CC100       | basic_pay        | 412,880.00 | 412,880.00 | 0.00
CC100       | overtime         |  38,114.50 |  36,902.00 | 1,212.50
CC100       | employer_ni      |  51,660.21 |  51,660.21 | 0.00
CC100       | pension_er       |  12,386.40 |  12,386.40 | 0.00
CC200       | basic_pay        | 288,100.00 | 288,100.00 | 0.00
CC200       | overtime         |  22,040.00 |  22,040.00 | 0.00
CC200       | shift_allowance  |   9,600.00 |  11,520.00 | -1,920.00
CC200       | employer_ni      |  35,790.12 |  36,054.84 | -264.72
CC300       | basic_pay        | 101,450.00 | 101,450.00 | 0.00
CC300       | holiday_pay_adj  |   4,312.77 |       0.00 | 4,312.77
CC300       | employer_ni      |  12,611.90 |  13,206.00 | -594.10
CC300       | pension_er       |   3,043.50 |   3,043.50 | 0.00
TOTAL                          | 991,389.40 | 989,242.95 | 2,146.45

Notes from client finance:
- Overtime for CC100 was accrued at the 25th cut-off; late approvals (approved 27-28 Oct) went through payroll but not the accrual.
- Shift allowance rate changed from 1.50/h to 1.80/h on 1 Oct per the new collective agreement; GL used the new rate for all hours.
- Holiday pay adjustment relates to the back-pay of overtime into holiday pay (rolled-up for 2024-2025), paid in October by payroll; finance plans to post it in November.
- Employer NI in B was computed by finance at 13.8% flat on gross, the engine applies thresholds per employee."""


CASES = [
    # ------------------------------------------------------------ tier 0
    case("en", 0, "capitalise these job titles properly pls:\npayroll administrator\nsenior hr business partner\nhead of reward and benefits\ntalent acquisition co-ordinator\nhris analyst",
         system=HR_GEN, max_tokens=200),
    case("en", 0, "Which column in this export is the overtime one? Just give me the header name, nothing else.\n\n" + timesheet(3, 9)),
    case("en", 0, "Quick yes or no: is gross pay the figure before tax and deductions are taken off?"),
    case("en", 0, "Pull the staff number out of this message and give me only that.\n\n\"Hi, I sent this to payroll@paylinepartners.co.uk last week but no reply. My staff no. is E1187 and my overtime from the 14th is missing. Thanks, Dave\"",
         near="role mailbox"),
    case("en", 0, "hello!", system="You are Payline's friendly HR chatbot. Be concise."),
    case("en", 0, "Tag this ticket with exactly one of PAYSLIP, LEAVE, BENEFITS, PENSION, OTHER.\n\nTicket: \"when does the cycle to work voucher scheme reopen? missed it in march\"",
         rf=schema("ticket_tag", "tag")),
    case("en", 0, "Strip the line numbers off this so I can paste it into the handbook:\n\n" + "\n".join(f"{i + 1:>3}  {line}" for i, line in enumerate(REMOTE_POLICY.splitlines()))),
    case("en", 0, "What language is this CV written in? \"Ervaren salarisadministrateur met vijf jaar ervaring in loonheffingen en pensioenaangiften.\""),
    case("en", 0, "perfect, thanks a lot - that's the version going out",
         history=["I need to draft a first written warning for repeated lateness. Staff member has been late 7 times in 5 weeks, already had an informal chat in September.",
                  "Here is a draft first written warning... [draft with the dates, the informal conversation, the expected standard, the right of appeal within 5 working days and how long the warning stays on file]",
                  "Can you soften the second paragraph a bit, it reads like we're accusing him of lying",
                  "Sure - revised second paragraph: \"We recognise that you explained the late arrivals were linked to changes in your bus route...\""],
         system=HR_GEN),
    case("en", 0, "Convert these leave dates to ISO format (YYYY-MM-DD), one per line:\n3rd Dec 2026\n12/01/2027\nFeb 9 2027\n17.03.2027\n1 April 27"),
    case("en", 0, "From this bank-details change form, give me just the IBAN, no spaces:\n\nEmployee: Tomasz Wrona\nStaff no: E2290\nNew account holder: Tomasz Wrona\nIBAN: <<iban_GB>>\nEffective from: next payroll\nSigned: T. Wrona",
         pii=["iban"]),
    case("en", 0, "put these candidate numbers in +44 format for the dialler, one per line:\nAmy  07700 931 224\nRaj  07911 408 372\nKeeley 0161 496 0735",
         pii=["phone"]),
    case("en", 0, "sort alphabetically: Payroll, Reward, Recruitment, Employee Relations, HRIS, Learning & Development, Occupational Health, Benefits",
         history=["what teams would a typical HR function at a 2,000-person company have?",
                  "Typically: HR business partners, employee relations, reward and benefits, payroll, recruitment, learning and development, HRIS / people analytics, and occupational health (often outsourced)."]),
    case("en", 0, "what does TOIL stand for?", tools=HRIS_TOOLS, system=HR_GEN),
    case("en", 0, "Turn this into a markdown table, keep every row:\n\n" + timesheet(1, 6)),
    case("en", 0, "What's the pay date printed on this payslip? Just the date.",
         image="https://files.paylinepartners.co.uk/uploads/tmp/payslip_scan_1129.jpg"),
    case("en", 0, "Spanish for 'annual leave'? one word or phrase only", max_tokens=12),

    case("en", 0, "Fill this starter checklist as JSON with keys name, ni_number, home_address:\n\nName: Chloe Barnard\nNI no: <<nino>>\nHome: 22 Tennyson Road, Sheffield S6 2WB\nStudent loan: Plan 2",
         pii=["address", "national_id"], rf="json"),
    case("en", 0, "Is the SSN in this I-9 note in the XXX-XX-XXXX shape? yes or no. \"New hire Marcus Bell, start 12/01, SSN <<ssn>>, docs seen: passport\"",
         pii=["national_id"]),
    case("en", 0, "Onboarding for our Pune contractor - put name and Aadhaar into JSON {name, aadhaar}: Rohan Deshpande, Aadhaar <<aadhaar>>, PAN on file.",
         pii=["national_id"], rf="json"),
    case("en", 0, "NI number check failed in the import for this row - does it even look like a real prefix? <<bad_nino>>. Just say valid-looking or not.",
         near="invalid NINO prefix"),
    case("en", 0, "Format this for the letterhead, one line per part: Payline Partners Ltd, Suite 4, 120 Wellington Street, Leeds LS1 4LT, switchboard 0113 496 0000",
         near="company address and switchboard"),

    # ------------------------------------------------------------ tier 1
    case("en", 1, "Team dinner for the Brightwater go-live was paid by Hannah on her personal card <<visa>> (total 286.40). Draft a short email to finance asking them to reimburse her through the next payroll as a non-taxable expense.",
         pii=["credit_card"]),
    case("en", 1, "Our HRIS import rejected this SSN: <<bad_ssn>>. Explain what rules a US SSN has to follow so I can tell the client why.",
         near="invalid SSN"),
    case("en", 1, "Draft a short email to all staff at Brightwater Care letting them know payslips move to the new self-service portal from January, the first login uses their staff number and date of birth, and paper payslips stop after December.",
         system=HR_GEN),
    case("en", 1, "Can you explain what a P60 is and why I'd need one? I've just started my first job.", max_tokens=400),
    case("en", 1, "Summarise this policy in 5 bullet points for a manager briefing:\n\n" + REMOTE_POLICY),
    case("en", 1, "write a job ad for a payroll administrator, 12 month FTC, based in Leeds, hybrid 2 days in office, must know Sage or similar. friendly tone, not too long"),
    case("en", 1, "Draft a quick note to Priya inviting her to a second interview on Thursday 10th at 2pm at our Manchester office, 45 mins, with the head of payroll. Her email is priya.raman84@gmail.com, cc the hiring manager.",
         pii=["email"]),
    case("en", 1, "whats the difference between salary sacrifice and just paying into a pension normally? in general terms, not advice"),
    case("en", 1, "Rewrite this feedback so it's constructive but still clear (manager asked me to fix it before the review):\n\n\"Your reports are always late and full of mistakes. I've told you a hundred times. Sort it out or we'll have a problem.\""),
    case("en", 1, "Give me 8 interview questions for an in-house recruiter role, mix of competency and situational.",
         history=["write a job ad for an in-house recruiter, permanent, Leeds, hybrid",
                  "In-house Recruiter - Payline Partners, Leeds (hybrid). We're looking for a recruiter who loves finding the right people..."],
         system=HR_GEN),
    case("en", 1, "What is pension auto-enrolment? Our client's staff keep asking why money is being taken.", system=HR_GEN),
    case("en", 1, "Write a reminder to line managers that timesheets must be approved by Friday 5pm for the November run. Send-to list for the template: alex.manager@example.com, ops.lead@example.org. Keep it under 100 words.",
         near="documentation domains"),
    case("en", 1, system=HR_GEN, text="Short paragraph for the December newsletter about wellbeing week: free flu jabs on site 8-10 Dec, lunchtime walks, the employee assistance helpline is confidential and 24/7."),
    case("en", 1, "In plain English, what's a notice period and how is it different from garden leave? general explanation for a staff FAQ"),
    case("en", 1, "Write up this return-to-work conversation for the file, neutral tone, no recommendations:\n\nJane Holt, warehouse operative, back today after 6 weeks off following surgery for a herniated disc. Says she feels ok but can't lift above 10kg for another month per her surgeon. Wants to come back on full hours. Supervisor Mark present. Agreed to review in 2 weeks.",
         pii=["health"]),
    case("en", 1, "LinkedIn post announcing we now run payroll for Harbour Dental Group (11 practices, 240 staff). Upbeat, 3 hashtags max."),
    case("en", 1, "ok now turn that into a short email to the client's finance director, 150 words, no jargon",
         history=["Our reconciliation for ACME shows 2,146 difference, mostly overtime accrual timing and the holiday pay back-pay. what's going on?",
                  "The difference breaks down into three timing items and one method difference: (1) overtime approved after the accrual cut-off, (2) the shift allowance rate applied to all hours in the GL, (3) the rolled-up holiday-pay back-pay not yet posted, and (4) employer NI computed flat in the GL instead of per-employee thresholds..."]),
    case("en", 1, "An employee with type 1 diabetes has asked about taking short breaks to check blood sugar. In general, what adjustments do employers usually offer for that? For a manager guidance note.",
         near="condition without named person"),
    case("en", 1, "Can you draft a polite decline email for candidates who reached the final round but didn't get the role? Warm, encourage them to apply again."),
    case("en", 1, "Jacinda Ardern once floated a four-day week as PM. Broadly, what have four-day-week trials found about productivity and sick days? Overview for a blog post.",
         near="public figure"),
    case("en", 1, "Please note this for the file, no judgement: employee Samuel Okafor called to say he has been diagnosed with epilepsy and wants it recorded so the site first-aiders know what to do if he has a seizure. He consents to the first-aid team being told.",
         pii=["health"]),

    # ------------------------------------------------------------ tier 2
    case("en", 2, "Using the sheet below, find every staff number whose average weekly hours (shift end minus start, minus breaks) exceed 48 over the period, and any day-pair where the rest between shifts is under 11 hours. Show the working and a table of breaches.\n\n" + timesheet(3, 12), system=HR_GEN),
    case("en", 2, "Write a Python script that reads a CSV of (staff_no, start_date, contracted_hours_per_week, days_per_week, leave_taken_days) and computes holiday accrual pro rata for part-year starters under a 5.6 weeks statutory entitlement, rounding up to the nearest half day, with unit tests."),
    case("en", 2, "Look up E1187's annual leave balance, and if they have at least 3 days left book 14-16 Dec for them, then email their manager to let them know it's booked.",
         tools=HRIS_TOOLS, system=HR_GEN, near="staff number"),
    case("en", 2, "We need to hire 40 seasonal warehouse staff across 3 sites (Leeds, Wakefield, Doncaster) starting 1 Dec, and it's 6 Nov today. Plan the campaign week by week: channels, screening, right-to-work checks, induction slots, and what could go wrong."),
    case("en", 2, "Explain each line of difference in this reconciliation, say which are timing vs errors, and what journals finance should post to clear them:\n\n" + RECON),
    case("en", 2, "SQL (Postgres) please: tables payslip(staff_no, period date, net_pay numeric) and employee(staff_no, client_id, status). I need every active employee whose net pay changed by more than 10% versus the previous period they were paid in, with both amounts and the % change, per client."),
    case("en", 2, "Go through these exit interviews and pull out the recurring themes, how often each comes up, which sites they cluster at, and three concrete actions ranked by likely impact on retention.\n\n" + EXIT_TRANSCRIPTS),
    case("en", 2, "This VBA macro is supposed to export one PDF payslip per row but it only ever exports the first employee and then errors with 'Object variable not set'. Fix it and explain why.\n\nSub ExportPayslips()\n    Dim ws As Worksheet, r As Long, last As Long\n    Set ws = Sheets(\"Register\")\n    last = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row\n    For r = 2 To last\n        Sheets(\"Template\").Range(\"B2\").Value = ws.Cells(r, 1).Value\n        Dim tpl As Worksheet\n        tpl.ExportAsFixedFormat Type:=xlTypePDF, Filename:=ThisWorkbook.Path & \"\\\\\" & ws.Cells(r, 1).Value & \".pdf\"\n        Set tpl = Sheets(\"Template\")\n    Next r\nEnd Sub"),
    case("en", 2, "Three benefits providers quoted for the client's 320 staff (private medical, cash plan, EAP). Compare total cost over 3 years including the 8% and 5% uplift caps, what each actually covers, and which fits a workforce that's 70% shift workers. Quotes:\nA) PMI 41/head/month yr1, uplift cap 8%, excess 100, no mental health outpatient; EAP included.\nB) PMI 36/head/month, uplift uncapped (last 3 yrs: 9%, 11%, 7%), mental health outpatient 1,500 limit; EAP 2.10/head extra.\nC) Cash plan 9.50/head/month, uplift cap 5%, dental/optical/physio, 24/7 GP app; no PMI; EAP included."),

    case("en", 2, "Send the offer pack to our new starter: get E3321's record, check the start date and salary match the signed approval (start 5 Jan, 34,500), then email the offer letter link to her personal address daniela.ruiz.m@outlook.com and log it.",
         pii=["email"], tools=HRIS_TOOLS, system=HR_GEN),

    # ------------------------------------------------------------ tier 3
    case("en", 3, "Hi, I moved house last week, new address is 14 Kestrel Close, Harrogate HG2 7QP. Please update it and tell me whether my tax code changes because I'm now commuting further?",
         pii=["address"], system=HR_DESK),
    case("en", 3, "Lena Fischer (payroll team) has multiple sclerosis and has been off 4 months this year. Client wants to start a capability dismissal. Set out the legal grounds we'd rely on and what reasonable adjustments we'd have to show were considered first, so there's no disability discrimination claim.",
         pii=["health"]),
    case("en", 3, "why is my payslip 180 less this month?? nothing changed",
         system=HR_DESK),
    case("en", 3, "Draft the dismissal letter for gross misconduct: staff member was found to have falsified timesheets over 3 months (disciplinary hearing 19 Nov, chaired by ops manager). Include the reasons, that dismissal is without notice, final pay details and the right of appeal. UK employment law.",
         system=HR_GEN),
    case("en", 3, "Should I stop paying into my workplace pension for a year to clear my 6k credit card debt? I'm 34, on 31k."),
    case("en", 3, "My contract says: \"For 12 months after termination the Employee shall not, within 25 miles of any site of the Company, be engaged in any business competing with the Company.\" I've been offered a job at a competitor 10 miles away. Can they actually enforce this against me?"),
    case("en", 3, "Our client has an employee who lives in Indiana and works fully remote for their Illinois office. Which state income tax do we withhold and is there a reciprocity agreement we should apply on the payroll? Need to set it up this run."),
    case("en", 3, "occ health question: staff member on 20mg fluoxetine daily has been prescribed sumatriptan for migraines by their GP. Is that combination safe or do we need to flag serotonin syndrome risk to them?"),
    case("en", 3, "Draft the waiver and confidentiality clauses for a settlement agreement for a redundancy where the employee has raised a grievance about discrimination. The payment is 18,500 of which 6,000 is an ex gratia payment."),
]
