"""Writes the fifth blind evaluation set, eval/data/blind5.jsonl, from the
hand-written cases in blind5_cases_*.py (a month of traffic of a bank and
insurer, a hospital group and an e-commerce and logistics company), filling
each `<<slot>>` with an identifier from idgen.py drawn from one seeded
generator, so the file is the same bytes on every run.

Line format, keys in this order: id, group (b5:<lang>:<12 hex of sha256 of
the last user turn>), split, lang, tier, pii (sorted distinct kinds present
in any message), request (an OpenAI chat-completions body, model "auto").

Usage: python3 eval/data/make_blind5.py [out-path]"""

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from idgen import SLOT_KIND, VALID, identifier  # noqa: E402
import blind5_cases_bank  # noqa: E402
import blind5_cases_health  # noqa: E402
import blind5_cases_shop  # noqa: E402
import blind5_cases_eu  # noqa: E402
import blind5_cases_eu2  # noqa: E402
import blind5_cases_asia  # noqa: E402
import blind5_cases_more  # noqa: E402

SEED = 50_505
SLOT = re.compile(r"<<([A-Za-z_0-9]+)>>")
KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}
LANGS = ("en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh")
MODULES = (blind5_cases_bank, blind5_cases_health, blind5_cases_shop, blind5_cases_eu,
           blind5_cases_eu2, blind5_cases_asia, blind5_cases_more)


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


def build():
    """(rows, used, near): the rows in order; every identifier drawn as
    (id, pii, check, value, valid); the near-miss kind of each row that has one."""
    rng = random.Random(SEED)
    cases = [case for mod in MODULES for case in mod.CASES]
    rows, used, near = [], [], {}
    for i, case in enumerate(cases):
        rid = f"b5-{i:04d}"
        drawn = []
        req = _fill(case["request"], rng, drawn)
        text = last_user(req)
        group = f"b5:{case['lang']}:{hashlib.sha256(text.encode()).hexdigest()[:12]}"
        rows.append({"id": rid, "group": group, "split": "blind5", "lang": case["lang"],
                     "tier": case["tier"], "pii": case["pii"], "request": req})
        used += [(rid, case["pii"], check, value, valid) for check, value, valid in drawn]
        if case["near"]:
            near[rid] = case["near"]
    return rows, used, near


def main(out=HERE / "blind5.jsonl"):
    rows, _, _ = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rs = main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind5.jsonl")
    print(f"{len(rs)} requests")

__all__ = ["build", "main", "KINDS", "LANGS", "SLOT", "VALID", "SLOT_KIND", "last_user"]
