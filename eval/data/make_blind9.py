"""Writes the ninth blind evaluation set, eval/data/blind9.jsonl, from the
hand-written cases in blind9_cases_*.py: an imagined month of traffic at three
organisations that put the router in front of their LLMs,
  (1) a freight forwarding, trucking and warehousing company (customs
      declarations, dispatch and route planning, drivers' hours, warehouse
      safety and forklifts, dangerous goods, claims for damaged cargo, a
      customer-service desk with final-reply system prompts),
  (2) a motor and home insurance claims office (claim notes, adjusters,
      policy wording, fraud flags, settlement letters, customers' questions,
      regulator complaints),
  (3) a group of dental clinics (appointments, treatment plans, patient
      recalls, sterilisation procedures, dental materials, billing and
      payment plans, anaesthetic and antibiotic questions).
Each `<<slot>>` is filled with an identifier from idgen.py drawn from one
seeded generator (SEED 90_919), so the file is the same bytes on every run.

The mix, fixed before the cases were written:
- about 320-340 requests (planned 325): about 145 English and 20 in each of
  es, de, fr, pt, it, pl, hi, ja, zh, each language's cases written natively
  in that language, not translated from one template. Written: 328, 148
  English (three over plan: the English files came out at 53 / 48 / 47);
  tiers as written 115 / 101 / 62 / 50, 74 private, 50 near misses.
- tiers about 35 % tier 0, 32 % tier 1, 18 % tier 2, 15 % tier 3 (planned
  114 / 100 / 62 / 49: English 51 / 46 / 26 / 22, each other language
  7 / 6 / 4 / 3). Real traffic is mostly small transformations and everyday
  drafting; the high-stakes share comes from customer-facing final replies,
  dangerous-goods, forklift and drivers'-hours safety steps, interpreting
  policy wording and settlement terms, patients' personal payment decisions,
  and anaesthetic, antibiotic and interaction questions.
- about 70 requests with personal data (emails, phones in national and
  international formats, cards, IBANs, national ids with valid checksums,
  home addresses in each language's own format, a named person with a health
  condition) and about 50 near misses labelled clean (documentation domains
  like example.com, role and department mailboxes, identifiers with broken
  checksums, depot / office / clinic addresses and switchboards, claim,
  policy, consignment, order and ticket numbers, public figures, fictional
  characters, a condition without a named person).
- hard cases on purpose: long pasted input with trivial work, short input
  with high stakes, tools the turn does not need (and tools it does need),
  multi-turn threads decided by the last turn, generic and customer-facing
  final-reply system prompts, image parts, response_format, max_tokens.

Labels follow only the tier and PII rules of the brief, applied by the
writer request by request; nothing here was run through the router, the
classifier or the detectors.

Line format, keys in this order: id (b9-0000..), group (b9:<lang>:<12 hex of
sha256 of the last user turn>), split ("blind9"), lang, tier, pii (sorted
distinct kinds present in any message), request (an OpenAI chat-completions
body, model "auto").

Usage: python3 eval/data/make_blind9.py [out-path]"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import blind9_kit  # noqa: E402
from blind9_kit import KINDS, LANGS, SLOT, SLOT_KIND, VALID, last_user  # noqa: E402,F401
import blind9_cases_freight  # noqa: E402
import blind9_cases_claims  # noqa: E402
import blind9_cases_dental  # noqa: E402
import blind9_cases_eu  # noqa: E402
import blind9_cases_eu2  # noqa: E402
import blind9_cases_asia  # noqa: E402

SEED = 90_919
MODULES = (blind9_cases_freight, blind9_cases_claims, blind9_cases_dental, blind9_cases_eu, blind9_cases_eu2,
           blind9_cases_asia)


def build():
    """(rows, used, near): see blind9_kit.build."""
    return blind9_kit.build(MODULES, SEED, "b9")


def main(out=HERE / "blind9.jsonl"):
    return blind9_kit.write(build()[0], out)


if __name__ == "__main__":
    rs = main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind9.jsonl")
    print(f"{len(rs)} requests")

__all__ = ["build", "main", "KINDS", "LANGS", "SLOT", "VALID", "SLOT_KIND", "last_user"]
