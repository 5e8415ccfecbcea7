"""What the blind sets' generators share (make_blind5.py and later): fill
each `<<slot>>` of a hand-written case with an identifier from idgen.py
drawn from one seeded generator, name the rows, write the file. Each
make_blindN.py keeps its docstring (the set's brief and mix), its seed and
its case modules. Standard library only; the same bytes on every run."""

import hashlib
import json
import random
import re

from idgen import SLOT_KIND, VALID, identifier  # noqa: F401  (re-exported for the shape tests)

SLOT = re.compile(r"<<([A-Za-z_0-9]+)>>")
KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}
LANGS = ("en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh")


def last_user(req):
    m = [m for m in req["messages"] if m["role"] == "user"][-1]["content"]
    return m if isinstance(m, str) else "\n".join(p.get("text", "") for p in m if p.get("type") == "text")


def _fill(obj, rng, used):
    if isinstance(obj, str):
        def one(m):
            value, check, valid = identifier(rng, m.group(1))
            used.append((check, value, valid))
            return value
        return SLOT.sub(one, obj)
    if isinstance(obj, list):
        return [_fill(x, rng, used) for x in obj]
    if isinstance(obj, dict):
        return {k: _fill(v, rng, used) for k, v in obj.items()}
    return obj


def build(modules, seed, prefix):
    """(rows, used, near) of the cases in `modules` (each a CASES list), ids
    `<prefix>-NNNN`, split `blind<N>`: the rows in order; every identifier
    drawn as (id, pii, check, value, valid); the near-miss kind of each row
    that has one."""
    rng = random.Random(seed)
    split = "blind" + prefix[1:]
    cases = [case for mod in modules for case in mod.CASES]
    rows, used, near = [], [], {}
    for i, case in enumerate(cases):
        rid = f"{prefix}-{i:04d}"
        drawn = []
        req = _fill(case["request"], rng, drawn)
        text = last_user(req)
        group = f"{prefix}:{case['lang']}:{hashlib.sha256(text.encode()).hexdigest()[:12]}"
        rows.append({"id": rid, "group": group, "split": split, "lang": case["lang"],
                     "tier": case["tier"], "pii": case["pii"], "request": req})
        used += [(rid, case["pii"], check, value, valid) for check, value, valid in drawn]
        if case["near"]:
            near[rid] = case["near"]
    return rows, used, near


def write(rows, out):
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows
