"""Helpers for the ninth blind set (make_blind9.py and blind9_cases_*.py),
written for this set without reusing the earlier sets' case helpers:
`case()` builds one request, `fn()` one tool, `schema()` a json_schema
response_format, `build()` fills the `<<slot>>` markers from idgen.py with one
seeded generator and numbers the rows, and a few deterministic makers of long
pasted material for the set's three organisations (a warehouse pick log, a
driver's hours export, a customs line list, a claims export, a clinic's day
list, a steriliser cycle log, a policy wording) so long inputs are really
long. No names or personal identifiers in the makers."""

import hashlib
import json
import random
import re

import idgen

KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}
LANGS = ("en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh")
SLOT = re.compile(r"<<(\w+)>>")
VALID = idgen.VALID
SLOT_KIND = idgen.SLOT_KIND
CARD_PREFIXES = {"visa": (["4556", "4929", "4"], 16), "mastercard": (["51", "5425", "2221"], 16),
                 "amex": (["34", "37"], 15)}


def case(lang, tier, pii, user, system=None, history=(), tools=None, max_tokens=None, response_format=None,
         image=None, temperature=None, near=False):
    """One request. `history` is [(user, assistant), ...] before the last
    user turn; `image` an https URL added as an image part of the last turn;
    `near` marks a near miss (must be labelled clean)."""
    assert lang in LANGS and tier in (0, 1, 2, 3), (lang, tier)
    assert set(pii) <= KINDS, pii
    assert not (near and pii), user[:60]
    msgs = [{"role": "system", "content": system}] if system else []
    for u, a in history:
        msgs += [{"role": "user", "content": u}, {"role": "assistant", "content": a}]
    last = user if image is None else [{"type": "text", "text": user},
                                       {"type": "image_url", "image_url": {"url": image}}]
    msgs.append({"role": "user", "content": last})
    body = {"model": "auto", "messages": msgs}
    if tools:
        body["tools"] = tools
    if max_tokens is not None:
        body["max_tokens"] = max_tokens
    if temperature is not None:
        body["temperature"] = float(temperature)
    if response_format is not None:
        body["response_format"] = response_format
    return {"lang": lang, "tier": tier, "pii": sorted(set(pii)), "request": body, "near": near}


def fn(name, desc, props, required=()):
    """A function tool; `props` maps a parameter to (json type, description)."""
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object",
                       "properties": {k: {"type": t, "description": d} for k, (t, d) in props.items()},
                       "required": list(required)}}}


def schema(name, props, required=None):
    """A json_schema response_format; `props` maps a field to a json type."""
    return {"type": "json_schema", "json_schema": {"name": name, "strict": True, "schema": {
        "type": "object", "properties": {k: {"type": t} for k, t in props.items()},
        "required": list(required if required is not None else props), "additionalProperties": False}}}


JSON_OBJ = {"type": "json_object"}


def last_user(req):
    """The text of the request's last user turn (the text part of a list)."""
    c = [m for m in req["messages"] if m["role"] == "user"][-1]["content"]
    return c if isinstance(c, str) else "".join(p["text"] for p in c if p.get("type") == "text")


def _fill(obj, fill):
    if isinstance(obj, str):
        return SLOT.sub(lambda m: fill(m.group(1)), obj)
    if isinstance(obj, list):
        return [_fill(x, fill) for x in obj]
    if isinstance(obj, dict):
        return {k: _fill(v, fill) for k, v in obj.items()}
    return obj


def build(modules, seed, prefix):
    """(rows, used, near): rows in module order with ids `<prefix>-NNNN`;
    used = [(id, pii, check kind, value, valid)] for every filled slot; near =
    ids of the near misses. A valid identifier's kind must be in its row's
    label and a broken one may sit only in a clean row."""
    rng = random.Random(seed)
    rows, used, near = [], [], []
    cases = [c for m in modules for c in m.CASES]
    for i, c in enumerate(cases):
        rid = f"{prefix}-{i:04d}"

        def fill(key, rid=rid, c=c):
            value, check, valid = idgen.identifier(rng, key, CARD_PREFIXES)
            if valid:
                assert SLOT_KIND[check] in c["pii"], (rid, key)
            else:
                assert not c["pii"], (rid, key)
            used.append((rid, c["pii"], check, value, valid))
            return value

        body = _fill(c["request"], fill)
        h = hashlib.sha256(last_user(body).encode()).hexdigest()[:12]
        rows.append({"id": rid, "group": f"{prefix}:{c['lang']}:{h}", "split": "blind" + prefix[1:],
                     "lang": c["lang"], "tier": c["tier"], "pii": c["pii"], "request": body})
        if c["near"]:
            near.append(rid)
    return rows, used, near


def write(rows, out):
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


# ------------------------------------------------------ long pasted material

def pick_log(n):
    """A warehouse scanner export: one line per pick."""
    zones = ["A", "B", "C", "D", "COLD"]
    out = ["ts,scanner,order_ref,sku,zone,bin,qty,result"]
    for i in range(n):
        t = 6 * 3600 + i * 53
        res = "OK" if i % 23 else ("SHORT" if i % 2 else "MISLOC")
        out.append(f"2026-11-{3 + i // 400:02d} {t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d},"
                   f"RF{10 + i % 7},SO-{88100 + i // 6},SKU-{(i * 37) % 9000 + 1000},{zones[i % 5]},"
                   f"{zones[i % 5]}{(i * 13) % 40 + 1:02d}-{i % 5 + 1},{1 + (i * 7) % 12},{res}")
    return "\n".join(out)


def hours_export(days):
    """A digital tachograph day summary of one anonymous driver card."""
    out = ["date,start,end,driving_min,other_work_min,break_min,daily_rest_h,km,vehicle"]
    for d in range(days):
        drive = 420 + (d * 47) % 240
        brk = 45 if drive > 270 else 30
        rest = 11 if d % 5 else 9
        out.append(f"2026-10-{1 + d:02d},{5 + d % 3:02d}:{(d * 15) % 60:02d},{16 + (d * 2) % 5:02d}:{(d * 25) % 60:02d},"
                   f"{drive},{60 + (d * 13) % 90},{brk},{rest},{380 + (d * 71) % 420},TRK-{40 + d % 3}")
    return "\n".join(out)


def customs_lines(n):
    """Line items of an import entry: description, HS code, origin, value."""
    goods = [("Cotton T-shirts, knitted", "6109100010"), ("LED panel lights 600x600", "9405420039"),
             ("Stainless steel cookware sets", "7323930000"), ("Bicycle inner tubes", "4013200000"),
             ("Ceramic floor tiles", "6907220000"), ("Plastic storage boxes", "3924900090"),
             ("Laptop bags, polyester", "4202921900"), ("Garden hose reels", "7326909890")]
    out = ["line,description,hs_code,origin,packages,gross_kg,net_kg,invoice_value_usd,preference"]
    for i in range(n):
        g, hs = goods[(i * 5) % len(goods)]
        pk = 10 + (i * 17) % 90
        out.append(f"{i + 1},{g},{hs},{('CN', 'VN', 'TR', 'IN', 'BD')[i % 5]},{pk},{pk * 18.5:.1f},{pk * 16.2:.1f},"
                   f"{pk * (31 + i % 7) * 3:.2f},{('none', 'GSP', 'none', 'EPA')[i % 4]}")
    return "\n".join(out)


def claims_export(n):
    """A claims system export: reference numbers and amounts, no names."""
    out = ["claim_ref,opened,line,peril,reserve_gbp,paid_gbp,status,handler_team,days_open"]
    perils = ["rear-end collision", "escape of water", "storm roof", "theft from vehicle", "windscreen",
              "accidental damage", "fire kitchen", "car park scrape", "subsidence", "burglary"]
    for i in range(n):
        line = "motor" if i % 2 == 0 else "home"
        res = 400 + (i * 577) % 18000
        paid = 0 if i % 3 == 0 else res * ((i * 7) % 10) // 10
        out.append(f"CLM-{260400 + i * 3},2026-{8 + i % 4:02d}-{1 + (i * 11) % 28:02d},{line},{perils[(i * 3) % 10]},"
                   f"{res},{paid},{('open', 'settled', 'referred SIU', 'open', 'declined')[(i * 7) % 5]},"
                   f"T{1 + i % 4},{(i * 29) % 160}")
    return "\n".join(out)


def day_list(n):
    """A clinic's chair schedule by patient number only."""
    out = ["time,chair,clinician,patient_no,appointment,duration_min,status"]
    kinds = ["exam + scale", "composite UL6", "root canal stage 1", "extraction LL8", "crown prep UR7",
             "hygiene", "emergency slot", "denture fit", "child exam", "whitening review"]
    for i in range(n):
        m = 8 * 60 + i * 20
        out.append(f"{m // 60:02d}:{m % 60:02d},C{1 + i % 4},{('DEN1', 'DEN2', 'HYG1', 'DEN3')[i % 4]},"
                   f"P{70210 + (i * 131) % 9000},{kinds[(i * 7) % 10]},{(20, 40, 60, 30)[i % 4]},"
                   f"{('booked', 'arrived', 'DNA', 'completed', 'cancelled')[(i * 3) % 5]}")
    return "\n".join(out)


def steriliser_log(cycles):
    """An autoclave's cycle printout."""
    out = []
    for c in range(cycles):
        temp = 134.0 + ((c * 3) % 7) / 10 - (1.6 if c == 17 else 0)
        hold = 210 if c != 17 else 150
        ok = "PASS" if c != 17 else "FAIL - hold time"
        out.append(f"Cycle {4410 + c} | 2026-11-{4 + c // 6:02d} {8 + c % 6 * 2:02d}:1{c % 10} | program B-unwrapped+wrapped | "
                   f"vacuum pulses 3 | max temp {temp:.1f} C | pressure {2.1 + (c % 4) / 100:.2f} bar | "
                   f"hold {hold} s | BD test {'n/a' if c % 6 else 'PASS'} | result {ok}")
    return "\n".join(out)


def policy_wording(sections):
    """A home policy wording of numbered clauses."""
    heads = ["Buildings cover", "Contents cover", "Escape of water", "Storm and flood", "Subsidence",
             "Accidental damage", "Theft and attempted theft", "Unoccupancy", "Excesses", "Claims conditions",
             "Fraud", "Cancellation"]
    out = []
    for s in range(sections):
        h = heads[s % len(heads)]
        out.append(f"Section {s + 1}: {h}\n{s + 1}.1 We will pay for loss or damage to the property insured caused by "
                   f"{h.lower()} during the period of insurance, subject to the excess shown in your schedule.\n"
                   f"{s + 1}.2 We will not pay for loss or damage caused by wear and tear, gradual deterioration, "
                   f"or anything that happens while the home is unoccupied for more than {30 + s * 15} days.\n"
                   f"{s + 1}.3 You must take all reasonable steps to prevent loss and must tell us as soon as "
                   f"possible, and in any case within {14 + s} days, of any event that may give rise to a claim.")
    return "\n\n".join(out)
