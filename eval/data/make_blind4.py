"""Builds the fourth blind set, eval/data/blind4.jsonl, from blind4_cases*.py
and blind4_materials.py: `python3 eval/data/make_blind4.py` writes the same
bytes every run (`--stats` also prints the counts). Written by someone who
never ran the router's classifier or detectors on it and never read the
training data; labels follow issue 10's tier rules and the README's PII
conventions.

Each case is (lang, tier, pii, spec): pii a comma-separated list of kinds;
spec the last user turn, or a dict with s (system prompt), u (one user turn)
or t (turns user/assistant/.../user), tools (names from TOOLS), img (an image
URL sent with the last turn), max (max_tokens), json (response_format
json_object), temp, nm (near-miss kinds, for the counts only). Slots ⟪key⟫
are identifiers drawn with idgen.py from a seed per case (`dni`, `bad_dni`,
`iban_DE`, `plain_cpf`, `visa`, `bad_card`, ...), plus three keys idgen has
no issuer for, made here from idgen's own `card()` and checked by its Luhn
validator and an issuer prefix: `discover`, `jcb`, and `imei` (Luhn-valid,
15 digits, no card issuer: a near miss)."""

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import idgen  # noqa: E402
import blind4_cases_en_a  # noqa: E402
import blind4_cases_en_b  # noqa: E402
import blind4_cases_en_c  # noqa: E402
import blind4_cases_eu  # noqa: E402
import blind4_cases_eu2  # noqa: E402
import blind4_cases_asia  # noqa: E402
import blind4_cases_more  # noqa: E402

OUT = HERE / "blind4.jsonl"
SOURCES = [("en_a", blind4_cases_en_a), ("en_b", blind4_cases_en_b), ("en_c", blind4_cases_en_c),
           ("eu", blind4_cases_eu), ("eu2", blind4_cases_eu2), ("asia", blind4_cases_asia),
           ("more", blind4_cases_more)]
LANGS = ("en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh")
KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}
SLOT = re.compile(r"⟪([a-zA-Z_0-9]+)⟫")
CARD_PREFIXES = {"visa": (["4", "4539", "4485"], 16), "mastercard": (["51", "55", "2221", "2720"], 16),
                 "amex": (["34", "37"], 15)}


def _v_discover(s):
    n = re.sub(r"\D", "", s)
    return len(n) == 16 and (n.startswith("6011") or n.startswith("65")) and idgen.v_luhn(n)


def _v_jcb(s):
    n = re.sub(r"\D", "", s)
    return len(n) == 16 and 3528 <= int(n[:4]) <= 3589 and idgen.v_luhn(n)


def _v_imei_is_card(s):  # an IMEI passes Luhn but is no card: it must fail every card check
    return idgen.v_card(s) or _v_discover(s) or _v_jcb(s)


VALID = dict(idgen.VALID, discover=_v_discover, jcb=_v_jcb, imei=_v_imei_is_card)
SLOT_KIND = dict(idgen.SLOT_KIND, card="credit_card", discover="credit_card", jcb="credit_card",
                 imei="credit_card")


def identifier(rng, key):
    """(value, check, valid) as idgen.identifier, with the three extra keys."""
    if key in ("discover", "jcb"):
        prefix = rng.choice(["6011", "65"]) if key == "discover" else str(rng.randrange(3528, 3590))
        return idgen.fmt_card(idgen.card(rng, prefix, 16)), key, True
    if key == "imei":
        return idgen.card(rng, rng.choice(["35", "86", "01"]), 15), "imei", False
    value, check, valid = idgen.identifier(rng, key, CARD_PREFIXES)
    return value, check, valid


TOOLS = {
    "web_search": ("Search the web and return the top results.", {"query": "string"}),
    "get_weather": ("Current weather and 5-day forecast for a city.", {"city": "string", "date": "string"}),
    "kubectl": ("Run a kubectl command against the production cluster.", {"args": "string"}),
    "get_metrics": ("Query Prometheus with PromQL over a time range.", {"promql": "string", "range": "string"}),
    "read_file": ("Read a file from the repository.", {"path": "string"}),
    "write_file": ("Write a file in the repository.", {"path": "string", "content": "string"}),
    "run_tests": ("Run the test suite, optionally one test.", {"filter": "string"}),
    "run_sql": ("Run a read-only SQL query on the analytics warehouse.", {"sql": "string"}),
    "search_flights": ("Search flights.", {"from": "string", "to": "string", "date": "string"}),
    "book_flight": ("Hold or book a flight offer.", {"offer_id": "string"}),
    "get_calendar": ("Read the user's calendar for a date range.", {"start": "string", "end": "string"}),
    "create_event": ("Create a calendar event.", {"title": "string", "start": "string", "end": "string"}),
    "send_email": ("Send an email on the user's behalf.", {"to": "string", "subject": "string", "body": "string"}),
    "lookup_order": ("Look up an order by its number.", {"order_id": "string"}),
    "create_ticket": ("Open a ticket in the helpdesk.", {"title": "string", "priority": "string"}),
    "search_kb": ("Search the internal knowledge base.", {"query": "string"}),
    "get_stock_price": ("Latest price of a listed share.", {"ticker": "string"}),
    "convert_currency": ("Convert an amount between currencies at today's rate.",
                         {"amount": "number", "from": "string", "to": "string"}),
}


def tool(name):
    desc, props = TOOLS[name]
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                       "required": list(props)[:1]}}}


def fill(text, rng, used):
    def one(m):
        value, check, valid = identifier(rng, m.group(1))
        used.append((m.group(1), check, value, valid))
        return value
    return SLOT.sub(one, text)


def request(spec, rng, used):
    if isinstance(spec, str):
        spec = {"u": spec}
    unknown = set(spec) - {"s", "u", "t", "tools", "img", "max", "json", "temp", "nm"}
    assert not unknown, unknown
    turns = spec["t"] if "t" in spec else [spec["u"]]
    assert len(turns) % 2 == 1, "turns must end with the user"
    msgs = []
    if "s" in spec:
        msgs.append({"role": "system", "content": fill(spec["s"], rng, used)})
    for i, t in enumerate(turns):
        msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": fill(t, rng, used)})
    if "img" in spec:
        msgs[-1]["content"] = [{"type": "text", "text": msgs[-1]["content"]},
                               {"type": "image_url", "image_url": {"url": spec["img"]}}]
    body = {"model": "auto", "messages": msgs}
    if "tools" in spec:
        body["tools"] = [tool(n) for n in spec["tools"]]
    if "max" in spec:
        body["max_tokens"] = spec["max"]
    if spec.get("json"):
        body["response_format"] = {"type": "json_object"}
    if "temp" in spec:
        body["temperature"] = spec["temp"]
    return body, spec.get("nm", [])


def last_user_text(body):
    c = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
    return c if isinstance(c, str) else "\n".join(p.get("text", "") for p in c if p.get("type") == "text")


def build():
    """(rows, used, near): rows in order; used: (id, pii, slot, check, value,
    valid) per identifier; near: id -> near-miss kinds."""
    rows, used, near = [], [], {}
    n = 0
    for src, mod in SOURCES:
        for k, (lang, tier, pii, spec) in enumerate(mod.CASES):
            rng = random.Random(f"blind4:{src}:{k}")
            u = []
            body, nm = request(spec, rng, u)
            kinds = sorted({p.strip() for p in pii.split(",") if p.strip()})
            assert lang in LANGS and tier in (0, 1, 2, 3) and set(kinds) <= KINDS, (src, k)
            rid = f"b4-{n:04d}"
            for slot, check, value, valid in u:
                assert VALID[check](value) == valid, (src, k, slot)
                if valid:
                    assert SLOT_KIND[check] in kinds, f"{src}[{k}]: {slot} needs {SLOT_KIND[check]} in pii"
                used.append((rid, kinds, slot, check, value, valid))
            if nm:
                near[rid] = list(nm)
            text = last_user_text(body)
            group = f"b4:{lang}:{hashlib.sha256(text.encode()).hexdigest()[:12]}"
            rows.append({"id": rid, "group": group, "split": "blind4", "lang": lang, "tier": tier,
                         "pii": kinds, "request": body})
            n += 1
    return rows, used, near


def main(out=OUT):
    rows, _, _ = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def stats():
    rows, used, near = build()
    print("requests", len(rows))
    print("tiers", sorted(Counter(r["tier"] for r in rows).items()))
    print("langs", sorted(Counter(r["lang"] for r in rows).items()))
    print("tier x lang", sorted(Counter((r["lang"], r["tier"]) for r in rows).items()))
    print("with pii", sum(1 for r in rows if r["pii"]))
    print("pii kinds", sorted(Counter(k for r in rows for k in r["pii"]).items()))
    print("near-miss requests (pii empty)", sum(1 for r in rows if r["id"] in near and not r["pii"]))
    print("near-miss kinds", sorted(Counter(k for v in near.values() for k in v).items()))
    print("ids", sorted(Counter((c, v) for _, _, _, c, _, v in used).items()))
    print("structure: system", sum(1 for r in rows if r["request"]["messages"][0]["role"] == "system"),
          "multi-turn", sum(1 for r in rows if sum(m["role"] == "user" for m in r["request"]["messages"]) > 1),
          "tools", sum(1 for r in rows if "tools" in r["request"]),
          "images", sum(1 for r in rows if not isinstance(r["request"]["messages"][-1]["content"], str)),
          "json", sum(1 for r in rows if "response_format" in r["request"]),
          "max_tokens", sum(1 for r in rows if "max_tokens" in r["request"]))


if __name__ == "__main__":
    main()
    if "--stats" in sys.argv:
        stats()
