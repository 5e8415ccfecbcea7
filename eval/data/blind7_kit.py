"""Helpers the blind7_cases_*.py files share: `case()` builds one labelled
request (an OpenAI chat-completions body, model "auto"), `fn()` one tool,
and a few deterministic makers of long pasted material (timesheets, logs,
readings) so that long inputs are really long. No identifiers are drawn
here: `<<slot>>` markers are filled by make_blind7.py from its seeded rng."""

KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}


def fn(name, desc, *params):
    """A function tool whose parameters are all required strings."""
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": {p: {"type": "string"} for p in params},
                       "required": list(params)}}}


def case(lang, tier, text, pii=(), near=None, system=None, history=(), tools=None, image=None,
         rf=None, max_tokens=None, temperature=None, stream=False):
    assert set(pii) <= KINDS, pii
    assert not (pii and near), "a near miss is labelled clean"
    msgs = [{"role": "system", "content": system}] if system else []
    for i, h in enumerate(history):
        msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": h})
    assert len(history) % 2 == 0
    if image:
        content = [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": image}}]
    else:
        content = text
    msgs.append({"role": "user", "content": content})
    req = {"model": "auto", "messages": msgs}
    if tools:
        req["tools"] = tools
    if max_tokens:
        req["max_tokens"] = max_tokens
    if temperature is not None:
        req["temperature"] = float(temperature)
    if rf == "json":
        req["response_format"] = {"type": "json_object"}
    elif rf:
        req["response_format"] = {"type": "json_schema", "json_schema": rf}
    if stream:
        req["stream"] = True
    return {"lang": lang, "tier": tier, "pii": sorted(set(pii)), "near": near, "request": req}


def schema(name, *fields):
    return {"name": name, "schema": {"type": "object", "properties": {f: {"type": "string"} for f in fields},
                                     "required": list(fields)}}


def timesheet(weeks, staff, start_day=3):
    """A CSV of shift hours: staff numbers only, no names."""
    out = ["staff_no,date,site,shift_start,shift_end,break_min,overtime_h,code"]
    sites = ["DEP-N", "DEP-S", "CALL", "WH2"]
    for w in range(weeks):
        for s in range(staff):
            for d in range(5):
                day = start_day + w * 7 + d
                st = 6 + (s * 3 + d) % 5
                en = st + 8 + (s + d + w) % 3
                out.append(f"E{1040 + s * 7},2026-10-{day:02d},{sites[(s + w) % 4]},{st:02d}:00,{en:02d}:30,"
                           f"{30 + 15 * ((s + d) % 2)},{max(0, en - st - 8)}.{5 * ((s * d) % 2)},"
                           f"{'REG' if (s + d) % 6 else 'NGT'}")
    return "\n".join(out)


def oplog(n, kind="hotel"):
    """An operations log of a property management system or a booking engine."""
    lines = []
    evs = ["CHECKIN ok", "CHECKOUT ok", "KEYCARD reissue", "HK room ready", "POS charge posted",
           "CHANNEL sync ok", "CHANNEL sync timeout after 30s", "RATE push rejected: closed-to-arrival",
           "NIGHT AUDIT step 4/9", "PAYMENT gateway 502, retry 1", "OVERBOOK guard tripped"]
    for i in range(n):
        h, m, s = (i * 7) // 3600 % 24, (i * 7) // 60 % 60, (i * 7) % 60
        ev = evs[(i * 5 + i // 9) % len(evs)]
        lines.append(f"2026-11-14T{h:02d}:{m:02d}:{s:02d}Z {kind}-pms[{4100 + i % 13}] "
                     f"prop=HX{20 + i % 4} room={100 + (i * 37) % 420} {ev}")
    return "\n".join(lines)


def readings(days, fields=("date", "rain_mm", "tmin_c", "tmax_c", "soil_moist_pct", "et0_mm")):
    out = [",".join(fields)]
    for d in range(days):
        rain = (d * 13) % 17 if d % 3 else 0
        out.append(f"2026-{6 + d // 30:02d}-{1 + d % 30:02d},{rain}.{d % 10},{8 + d % 7}.{(d * 3) % 10},"
                   f"{19 + (d * 5) % 12}.{d % 10},{22 + (d * 7) % 19},{3 + d % 4}.{(d * 7) % 10}")
    return "\n".join(out)
