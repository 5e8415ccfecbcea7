"""Pasted material for the fifth blind set (logs, CSV, policies, notes,
transcripts, code), written for it. Built deterministically: the longer logs
and tables come from a fixed local seed."""

import random

_r = random.Random(5)


def _ts(i):
    return f"2026-11-{3 + i // 400:02d}T{(6 + i // 60) % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}.{(i * 37) % 1000:03d}Z"


# --- bank ------------------------------------------------------------------

PAYMENTS_LOG = "\n".join(
    f"{_ts(i)} {lvl} [sepa-gateway-{_r.randrange(1, 4)}] "
    + (f"pacs.008 batch={_r.randrange(100000, 999999)} accepted n={_r.randrange(20, 900)}" if lvl == "INFO" else
       f"upstream CSM timeout after {_r.choice([3000, 5000, 5000, 8000])}ms msgId=MSG{_r.randrange(10**7, 10**8)} retry={_r.randrange(0, 4)}" if lvl == "WARN" else
       f"HikariPool-1 - Connection is not available, request timed out after 30000ms (active={_r.choice([48, 50, 50])}, idle=0, waiting={_r.randrange(30, 140)})")
    for i, lvl in enumerate(_r.choice(["INFO"] * 6 + ["WARN"] * 3 + ["ERROR"]) for _ in range(70)))

CARD_DISPUTES_CSV = "case_id,opened,merchant_mcc,amount_eur,reason_code,channel,status,days_open\n" + "\n".join(
    f"DSP-{40210 + i},2026-10-{1 + i % 28:02d},{_r.choice([5411, 5812, 4829, 7995, 5999, 4121])},"
    f"{_r.randrange(5, 2400)}.{_r.randrange(100):02d},{_r.choice(['10.4', '13.1', '13.3', '12.6.1', '4837', '4853'])},"
    f"{_r.choice(['app', 'branch', 'phone', 'chatbot'])},{_r.choice(['open', 'open', 'won', 'lost', 'pending_docs'])},{_r.randrange(1, 75)}"
    for i in range(60))

MORTGAGE_CLAUSE = """8.3 Early repayment. The Borrower may repay the Loan in whole or in part on any Business Day, subject to giving the Lender not less than thirty (30) days' written notice. Where the repayment occurs during a Fixed Rate Period, the Borrower shall pay an early repayment charge equal to the percentage of the amount repaid set out in Schedule 2 (Year 1: 3%; Year 2: 2%; Years 3-5: 1%), provided that no charge shall be payable on repayments in any calendar year not exceeding, in aggregate, ten per cent (10%) of the balance outstanding on 1 January of that year. The Lender may, in its sole discretion, waive the charge where repayment is made out of the proceeds of an insurance claim or following the death of a Borrower.
8.4 Porting. Subject to the Lender's then-current lending criteria, the Borrower may apply to transfer the Fixed Rate to a new property (a "Port") without incurring the charge in 8.3, provided completion of the new purchase occurs within ninety (90) days of redemption. If the new loan is smaller, the charge applies pro rata to the difference.
8.5 Nothing in this clause limits the Borrower's statutory rights under the Consumer Credit Directive as transposed."""

KYC_POLICY = """Section 4 - Enhanced Due Diligence (EDD)
4.1 EDD applies to: (a) politically exposed persons (PEPs), their family members and close associates; (b) customers established in high-risk third countries listed by the European Commission; (c) complex or unusually large transactions without apparent economic purpose; (d) correspondent relationships with respondent institutions outside the EEA.
4.2 Measures: obtain senior management approval before establishing or continuing the relationship; establish source of wealth and source of funds using documentary evidence; conduct ongoing monitoring at least every 12 months; record the rationale for the risk rating.
4.3 Where a customer refuses to provide source-of-funds evidence within 30 calendar days, the relationship manager shall escalate to Compliance, which may restrict the account to incoming credits only pending review.
4.4 Exit: where EDD cannot be completed, the relationship is terminated in accordance with Section 9, and a suspicious activity report is considered under Section 7.
4.5 Record keeping: five years from the end of the relationship; the EDD file includes screening hits and their dispositions."""

CALL_TRANSCRIPT = """[00:00] Agent: Good morning, Northbay Insurance claims line, you're speaking with Rhys.
[00:04] Caller: Hi, yeah, I'm calling about the water leak, the claim from last week, I haven't heard anything.
[00:09] Agent: Sorry to hear that. Can I take the claim reference?
[00:12] Caller: It's HC-2291-774.
[00:18] Agent: Thanks. I can see it, the loss adjuster visit was booked for Tuesday but it says no access.
[00:24] Caller: No access? I was home all day! Nobody came. I took a day off work for this.
[00:31] Agent: I'm really sorry. I can see the adjuster's note says they called and had no answer.
[00:36] Caller: I had my phone on me the whole time. This is the second time. The ceiling in the kitchen is bowing now and there's mould in the cupboard.
[00:45] Agent: OK, I'm going to escalate that as urgent given the ceiling. I'll also log a complaint for the missed visit.
[00:52] Caller: And what about the hotel? My daughter has asthma, we can't stay with the mould.
[00:58] Agent: Your policy includes alternative accommodation up to 45 nights if the home is uninhabitable; the adjuster has to confirm that. I'll flag it.
[01:07] Caller: So I have to wait for the same people who didn't turn up.
[01:11] Agent: I understand. I'm booking a different adjuster, earliest is Thursday 8 to 12. I'll send you a text confirmation.
[01:19] Caller: Fine. And the complaint, how long?
[01:22] Agent: You'll get an acknowledgement within 5 working days and a final response within 8 weeks, but I'd expect much sooner.
[01:30] Caller: OK. Thanks I guess.
[01:32] Agent: Thank you for your patience. Anything else today?
[01:35] Caller: No. Bye."""

# --- hospital ----------------------------------------------------------------

LIS_LOG = "\n".join(
    f"{_ts(i)} {_r.choice(['INFO', 'INFO', 'INFO', 'WARN', 'ERROR'])} hl7-bridge "
    + _r.choice([
        f"ORU^R01 received from analyzer COBAS-{_r.randrange(1, 5)} ctrlId={_r.randrange(10**6, 10**7)} ack=AA",
        f"ORU^R01 ctrlId={_r.randrange(10**6, 10**7)} ack=AE segment OBX-5 value too long ({_r.randrange(260, 600)} > 255)",
        f"MLLP connection reset by peer 10.40.{_r.randrange(1, 9)}.{_r.randrange(2, 250)}:2575, reconnecting in 5s",
        f"queue depth outbound_emr={_r.randrange(0, 3000)}",
        "EMR endpoint returned 503 Service Unavailable (attempt 3/3), message parked",
    ]) for i in range(60))

BED_CSV = "date,ward,beds,occupied,admissions,discharges,delayed_discharges,agency_nurse_shifts\n" + "\n".join(
    f"2026-10-{d:02d},{w},{b},{min(b, b - _r.randrange(-2, 6))},{_r.randrange(3, 19)},{_r.randrange(2, 18)},{_r.randrange(0, 7)},{_r.randrange(0, 5)}"
    for d in range(1, 15) for w, b in (("Cardio-3", 28), ("Ortho-2", 24), ("Med-5", 32)))

DISCHARGE_TEMPLATE = """DISCHARGE SUMMARY - Internal Medicine, Ward 5B
Admission: 14/11  Discharge: 19/11  Length of stay: 5 days
Presenting complaint: 3 days of productive cough, fever 38.9, SpO2 89% on air.
Diagnosis: Community-acquired pneumonia, right lower lobe (CURB-65 score 2).
Course: IV co-amoxiclav 1.2 g tds for 72 h, switched to oral amoxicillin-clavulanate 625 mg tds; oxygen weaned day 3. CRP 212 -> 38.
Comorbidities: type 2 diabetes (HbA1c 61), hypertension, CKD stage 3a (eGFR 52).
Medication changes: metformin held during admission, restarted at discharge; ramipril unchanged.
Follow-up: GP review in 7 days; repeat chest X-ray in 6 weeks; diabetes nurse referral.
Advice given: complete antibiotics (total 7 days), return if breathless or confused."""

POLICY_HAND_HYGIENE = """Hand hygiene and glove use - Group Infection Prevention Policy IP-07, v4.2
1. Scope: all staff, students, contractors and volunteers in clinical areas across group sites.
2. The WHO five moments apply: before touching a patient, before a clean or aseptic procedure, after body fluid exposure risk, after touching a patient, after touching patient surroundings.
3. Alcohol-based hand rub is the default; soap and water is required when hands are visibly soiled and when caring for patients with suspected or confirmed C. difficile or norovirus.
4. Gloves do not replace hand hygiene. Gloves are single use; change between patients and between dirty and clean tasks on the same patient.
5. Bare below the elbows in clinical areas: no wrist watches, no stoned rings, no nail extensions or varnish.
6. Audits: monthly observational audits per ward, 20 opportunities minimum; results to the divisional quality meeting; wards under 90% produce an action plan within 14 days.
7. Non-compliance is addressed through supportive conversation first, then line management."""

# --- e-commerce / logistics -------------------------------------------------------

WMS_LOG = "\n".join(
    f"{_ts(i)} {_r.choice(['INFO'] * 5 + ['WARN', 'ERROR'])} wms-picker-{_r.choice(['sg1', 'sg1', 'mx2'])} "
    + _r.choice([
        f"wave {_r.randrange(3000, 3999)} released lines={_r.randrange(40, 400)}",
        f"pick task {_r.randrange(10**6, 10**7)} short pick sku=SKU-{_r.randrange(10000, 99999)} loc=A{_r.randrange(1, 40):02d}-{_r.randrange(1, 9)} expected={_r.randrange(2, 12)} found=0",
        f"label service POST /v2/labels 429 Too Many Requests carrier=JNT retry_after={_r.choice([1, 2, 5])}s",
        f"inventory sync lag {_r.randrange(30, 900)}s (threshold 120s)",
        f"deadlock detected on table pick_task, txn rolled back (attempt {_r.randrange(1, 4)})",
    ]) for i in range(80))

ORDERS_CSV = "order_id,market,created_at,items,gmv_usd,payment,carrier,promised_days,delivered_days,status\n" + "\n".join(
    f"SO{880000 + i},{m},2026-11-{1 + i % 20:02d},{_r.randrange(1, 6)},{_r.randrange(4, 260)}.{_r.randrange(100):02d},"
    f"{_r.choice(['card', 'cod', 'pix', 'oxxo', 'gcash', 'card'])},{_r.choice(['JNT', 'Ninja', 'Estafeta', 'Correios', 'LBC'])},"
    f"{_r.choice([3, 5, 7])},{_r.choice(['', '', _r.randrange(2, 14)])},{_r.choice(['delivered', 'delivered', 'in_transit', 'returned', 'cancelled'])}"
    for i, m in enumerate(_r.choice(["MX", "BR", "CO", "PH", "SG", "TH", "MY"]) for _ in range(70)))

PRODUCT_FEED = "\n".join(
    json_line for json_line in (
        '{"sku":"SKU-%d","title":"%s","price":%d.%02d,"currency":"%s","stock":%d}' % (
            _r.randrange(10000, 99999),
            _r.choice(["Botella térmica acero 750ml", "Wireless earbuds ANC pro", "Capinha silicone iPhone 15",
                       "Rice cooker 1.8L", "Mochila impermeable 25L", "LED strip 5m RGB", "Yoga mat 6mm TPE",
                       "Air fryer 4.5L digital", "Tênis corrida masculino", "Phone holder bike alu"]),
            _r.randrange(3, 120), _r.randrange(100), _r.choice(["MXN", "BRL", "PHP", "SGD", "COP"]), _r.randrange(0, 500))
        for _ in range(40)))

CHAT_TRANSCRIPT_ES = """[10:02] Cliente: hola buenas, mi pedido SO882231 dice entregado pero no me llego nada
[10:02] Bot: Lamento lo ocurrido. ¿Puedes confirmar la dirección de entrega registrada en tu cuenta?
[10:03] Cliente: si es la de siempre, la de mi casa
[10:04] Cliente: el repartidor ni toco el timbre, estuve todo el dia
[10:05] Agente (Lupita): Hola, soy Lupita, ya revisé el caso. La paquetería Estafeta marca entrega a las 14:31 con foto en portería.
[10:06] Cliente: en mi edificio no hay portería!!!
[10:07] Agente (Lupita): Entiendo, abro una investigación con la paquetería, tarda de 3 a 5 días hábiles.
[10:08] Cliente: y mi dinero? era un regalo de cumpleaños para el sábado
[10:09] Agente (Lupita): Si la investigación no lo localiza te reembolsamos o reenviamos, lo que prefieras.
[10:10] Cliente: prefiero reenvío pero que llegue antes del sábado
[10:11] Agente (Lupita): No puedo garantizar la fecha, pero lo marco como prioritario.
[10:12] Cliente: ok gracias supongo"""

SQL_SLOW = """SELECT o.market, date_trunc('week', o.created_at) AS wk,
       count(DISTINCT o.order_id) AS orders,
       sum(l.qty * l.unit_price_usd) AS gmv,
       count(DISTINCT r.return_id)::float / nullif(count(DISTINCT o.order_id), 0) AS return_rate
FROM orders o
JOIN order_lines l ON l.order_id = o.order_id
LEFT JOIN returns r ON r.order_id = o.order_id
LEFT JOIN customers c ON lower(c.email) = lower(o.customer_email)
WHERE o.created_at >= now() - interval '180 days'
  AND (c.segment IS NULL OR c.segment <> 'test')
GROUP BY 1, 2
ORDER BY 1, 2;
-- runs 14 min on the warehouse, orders 210M rows, order_lines 600M, returns 9M, customers 48M
-- EXPLAIN shows Hash Join on lower(c.email) with a seq scan on customers and a sort spilling 38GB"""

PY_ETL = '''def load_rates(path):
    rates = {}
    for line in open(path):
        cur, rate, day = line.strip().split(";")
        rates[(cur, day)] = float(rate)
    return rates


def to_usd(rows, rates):
    out = []
    for r in rows:
        key = (r["currency"], r["created_at"][:10])
        if key in rates:
            r["gmv_usd"] = r["gmv"] / rates[key]
        out.append(r)
    return out


def daily_gmv(rows):
    totals = {}
    for r in rows:
        d = r["created_at"][:10]
        totals[d] = totals.get(d, 0) + r["gmv_usd"]
    return totals'''

MEETING_NOTES = """Weekly ops sync - LATAM fulfilment, 24 Nov
Attendees: Camila (MX ops), Thiago (BR ops), Arun (data), Mei (carrier mgmt), Jonas (finance)
- Black Friday volume +212% WoW in MX, +160% BR. MX warehouse hit 96% slot utilisation Thursday.
- Estafeta missed SLA on 18% of next-day parcels Fri-Sun; Mei to pull POD photos for the disputed ones, claim credits per contract (2% per point below 95%).
- BR: Correios strike rumours for mid-Dec. Thiago proposes shifting 30% of SP volume to Loggi from 1 Dec; cost +0.40 BRL/parcel. Jonas: needs business case by Friday.
- Returns backlog MX 4,100 units, 9 days. Camila asks 2 temp staff for 3 weeks. Approved in principle, Jonas to confirm budget line.
- Arun: the promised-date model over-promises in CO by ~1.6 days; retrain with November data, ETA 2 weeks. Until then add +1 day buffer in CO checkout.
- COD refusals up in PH (12% -> 17%). Hypothesis: longer delivery times. No owner yet.
- AOB: Q1 peak plan (Chinese New Year supplier shutdown) first draft due 8 Dec, owner Mei.
Next sync 1 Dec."""

RETURN_POLICY = """Returns and refunds policy (LatAm marketplaces) - effective 1 Sep 2026
1. Customers may return most items within 30 days of delivery for a full refund. Electronics: 15 days. Personal care, underwear and opened software are not returnable unless faulty.
2. Items must be returned with original packaging and accessories. Missing accessories may reduce the refund by up to 20%.
3. Return shipping is free for faulty, damaged or wrong items; otherwise a fixed fee applies (MX 99 MXN, BR 19,90 BRL, CO 12.000 COP).
4. Refunds are issued to the original payment method within 5 business days of the item passing inspection; cash-on-delivery orders are refunded by bank transfer or store credit.
5. Marketplace sellers set their own policy within these minimums; where a seller does not respond within 3 business days, the platform decides.
6. Abuse of the returns process may lead to account restrictions."""

ARTICLE_RATES = """The European Central Bank held its deposit rate at 2.00% for a fourth consecutive meeting on Thursday, as policymakers weighed a slightly firmer inflation print against signs that the euro-area recovery is losing momentum. Headline inflation rose to 2.2% in October, driven mostly by energy base effects, while core inflation eased to 2.4%. President Lagarde said the Governing Council remained "in a good place" and would continue to decide meeting by meeting, data dependent, without pre-committing to a particular path.
Markets had priced almost no chance of a move. Attention instead focused on the updated staff projections due in December, which will for the first time extend to 2028. Several governors have argued in recent weeks that the risks to inflation are now broadly balanced, while a minority warn that weak manufacturing in Germany and Italy could push inflation below target next year.
For banks, the prolonged plateau is a mixed picture. Net interest margins, which expanded sharply in 2023, have compressed as deposit costs caught up and loan demand stayed subdued, particularly for mortgages. Analysts expect euro-area lenders' net interest income to fall 3-5% in 2026, partly offset by fee income and lower provisioning. Mortgage pricing has stabilised, with the average new fixed rate in the euro area around 3.3%.
For savers, rates on instant-access accounts have drifted lower since spring, while term deposits of one to two years still offer rates close to the deposit facility at the most competitive banks. Consumer groups continue to urge households to compare offers, noting wide dispersion between the largest banks and online challengers."""
