"""Writes the seventh blind evaluation set, eval/data/blind7.jsonl, from the
hand-written cases in blind7_cases_*.py: an imagined month of traffic at three
organisations that put the router in front of their LLMs,
  (1) an HR and payroll outsourcing firm (employees asking about payslips,
      leave and benefits; HR staff drafting letters, contracts, warnings and
      dismissals; payroll tax and withholding; recruiting; policies;
      spreadsheets of hours),
  (2) a travel and hospitality group (hotel and airline booking support desk
      with customer-facing final-reply system prompts, itineraries, refunds
      and compensation claims, reviews, menus, translation for guests,
      operations logs, revenue analysis),
  (3) an agricultural co-operative with a veterinary practice (crop-spray and
      chemical safety, animal medication dosing, grant and subsidy
      applications, contracts with buyers, weather and yield data, machinery
      manuals, member newsletters).
Each `<<slot>>` is filled with an identifier from idgen.py drawn from one
seeded generator (SEED 70_707), so the file is the same bytes on every run.

The mix, fixed before the cases were written:
- about 320-340 requests: about 140-150 English and 20-21 in each of es, de,
  fr, pt, it, pl, hi, ja, zh (each language's cases written natively in that
  language, not translated from one template).
- tiers about 35 % tier 0, 32 % tier 1, 18 % tier 2, 15 % tier 3: real
  traffic is dominated by small transformations and everyday drafting; the
  high-stakes share comes from customer-facing final replies at the booking
  desk, dismissal and contract terms, personal tax and withholding
  decisions, animal medication doses and chemical-safety steps.
- about 70 requests with personal data (emails, phones in national and
  international formats, cards, IBANs, national ids with valid checksums,
  home addresses in each language's own format, a named person with a health
  condition) and about 50 near misses labelled clean (documentation domains
  like example.com, role and organisation mailboxes, identifiers with broken
  checksums, company / office / hotel addresses, booking / order / ticket
  numbers, public figures, fictional characters, a condition without a
  named person).
- hard cases on purpose: long pasted input with trivial work, short input
  with high stakes, tools the turn does not need (and tools it does need),
  multi-turn threads decided by the last turn, generic and customer-facing
  final-reply system prompts, image parts, response_format, max_tokens.

Labels follow only the tier rules of issue 10 ("The tiers"), applied by the
writer request by request; nothing here was run through the router.

Line format, keys in this order: id (b7-0000..), group (b7:<lang>:<12 hex of
sha256 of the last user turn>), split ("blind7"), lang, tier, pii (sorted
distinct kinds present in any message), request (an OpenAI chat-completions
body, model "auto").

Usage: python3 eval/data/make_blind7.py [out-path]"""

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from idgen import SLOT_KIND, VALID, identifier  # noqa: E402
import blind7_cases_hr  # noqa: E402
import blind7_cases_travel  # noqa: E402
import blind7_cases_farm  # noqa: E402
import blind7_cases_eu  # noqa: E402
import blind7_cases_eu2  # noqa: E402
import blind7_cases_asia  # noqa: E402

SEED = 70_707
SLOT = re.compile(r"<<([A-Za-z_0-9]+)>>")
KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}
LANGS = ("en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh")
MODULES = (blind7_cases_hr, blind7_cases_travel, blind7_cases_farm, blind7_cases_eu, blind7_cases_eu2,
           blind7_cases_asia)


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
        rid = f"b7-{i:04d}"
        drawn = []
        req = _fill(case["request"], rng, drawn)
        text = last_user(req)
        group = f"b7:{case['lang']}:{hashlib.sha256(text.encode()).hexdigest()[:12]}"
        rows.append({"id": rid, "group": group, "split": "blind7", "lang": case["lang"],
                     "tier": case["tier"], "pii": case["pii"], "request": req})
        used += [(rid, case["pii"], check, value, valid) for check, value, valid in drawn]
        if case["near"]:
            near[rid] = case["near"]
    return rows, used, near


def main(out=HERE / "blind7.jsonl"):
    rows, _, _ = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rs = main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind7.jsonl")
    print(f"{len(rs)} requests")

__all__ = ["build", "main", "KINDS", "LANGS", "SLOT", "VALID", "SLOT_KIND", "last_user"]
