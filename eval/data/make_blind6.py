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

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import blind_gen  # noqa: E402
from blind_gen import KINDS, LANGS, SLOT, SLOT_KIND, VALID, last_user  # noqa: E402,F401
import blind6_cases_dev  # noqa: E402
import blind6_cases_city  # noqa: E402
import blind6_cases_edu  # noqa: E402
import blind6_cases_eu  # noqa: E402
import blind6_cases_eu2  # noqa: E402
import blind6_cases_asia  # noqa: E402

SEED = 60_606
MODULES = (blind6_cases_dev, blind6_cases_city, blind6_cases_edu, blind6_cases_eu, blind6_cases_eu2,
           blind6_cases_asia)


def build():
    """(rows, used, near): see blind_gen.build."""
    return blind_gen.build(MODULES, SEED, "b6")


def main(out=HERE / "blind6.jsonl"):
    return blind_gen.write(build()[0], out)


if __name__ == "__main__":
    rs = main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind6.jsonl")
    print(f"{len(rs)} requests")

__all__ = ["build", "main", "KINDS", "LANGS", "SLOT", "VALID", "SLOT_KIND", "last_user"]
