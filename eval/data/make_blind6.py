"""Writes the sixth blind evaluation set, eval/data/blind6.jsonl, from the
hand-written cases in blind6_cases_*.py: a month of traffic at three
organisations that put the router in front of their LLMs,
  (1) Relay, a developer-tools / CI SaaS company (coding agents with tools,
      CI logs, code review, docs, support desk, sales emails),
  (2) a city government and public-services agency (citizen letters,
      benefits, permits, legal notices, translation for residents,
      social-care case notes),
  (3) a publisher and online-education company (course content, grading,
      student support, marketing, translation, accessibility).
Each `<<slot>>` is filled with an identifier from idgen.py drawn from one
seeded generator, so the file is the same bytes on every run.

The mix, fixed before the cases were written:
- about 320 requests: about 140 English, 17-22 in each of es, de, fr, pt,
  it, pl, hi, ja, zh (each language's cases written in that language, not
  translated from one template).
- tiers about 35 % tier 0, 32 % tier 1, 18 % tier 2, 15 % tier 3. Real
  traffic at these organisations is dominated by small transformations
  (extract, reformat, translate a label, classify a ticket) and everyday
  drafting; multi-step analysis and agent runs are a minority, and the
  high-stakes share comes from the customer-facing support desk, legal
  notices and benefits decisions at the city, and medication questions in
  social care.
- about 70 requests with personal data (emails, phones in national and
  international formats, cards, IBANs, national ids with valid checksums,
  home addresses in each language's format, a named person with a health
  condition) and about 50 near misses labelled clean (documentation domains,
  role mailboxes of organisations, identifiers whose checksum is broken,
  company and office addresses, order / ticket / permit numbers, public
  figures, fictional characters, a health condition without a named person).
- hard cases on purpose: long input with trivial work, short input with high
  stakes, tools the turn does not need, multi-turn threads decided by the last
  turn, system prompts (generic and customer-facing final-reply ones), images,
  response_format, max_tokens.

Labels follow only the tier rules of issue 10 ("The tiers"), applied by the
writer; nothing here was run through the router.

Line format, keys in this order: id, group (b6:<lang>:<12 hex of sha256 of
the last user turn>), split, lang, tier, pii (sorted distinct kinds present
in any message), request (an OpenAI chat-completions body, model "auto").

Usage: python3 eval/data/make_blind6.py [out-path]"""

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from idgen import SLOT_KIND, VALID, identifier  # noqa: E402
import blind6_cases_dev  # noqa: E402
import blind6_cases_city  # noqa: E402
import blind6_cases_edu  # noqa: E402
import blind6_cases_eu  # noqa: E402
import blind6_cases_eu2  # noqa: E402
import blind6_cases_asia  # noqa: E402

SEED = 60_606
SLOT = re.compile(r"<<([A-Za-z_0-9]+)>>")
KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}
LANGS = ("en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh")
MODULES = (blind6_cases_dev, blind6_cases_city, blind6_cases_edu, blind6_cases_eu, blind6_cases_eu2,
           blind6_cases_asia)


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
        rid = f"b6-{i:04d}"
        drawn = []
        req = _fill(case["request"], rng, drawn)
        text = last_user(req)
        group = f"b6:{case['lang']}:{hashlib.sha256(text.encode()).hexdigest()[:12]}"
        rows.append({"id": rid, "group": group, "split": "blind6", "lang": case["lang"],
                     "tier": case["tier"], "pii": case["pii"], "request": req})
        used += [(rid, case["pii"], check, value, valid) for check, value, valid in drawn]
        if case["near"]:
            near[rid] = case["near"]
    return rows, used, near


def main(out=HERE / "blind6.jsonl"):
    rows, _, _ = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rs = main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind6.jsonl")
    print(f"{len(rs)} requests")

__all__ = ["build", "main", "KINDS", "LANGS", "SLOT", "VALID", "SLOT_KIND", "last_user"]
