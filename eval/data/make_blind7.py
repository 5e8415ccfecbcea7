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

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import blind_gen  # noqa: E402
from blind_gen import KINDS, LANGS, SLOT, SLOT_KIND, VALID, last_user  # noqa: E402,F401
import blind7_cases_hr  # noqa: E402
import blind7_cases_travel  # noqa: E402
import blind7_cases_farm  # noqa: E402
import blind7_cases_eu  # noqa: E402
import blind7_cases_eu2  # noqa: E402
import blind7_cases_asia  # noqa: E402

SEED = 70_707
MODULES = (blind7_cases_hr, blind7_cases_travel, blind7_cases_farm, blind7_cases_eu, blind7_cases_eu2,
           blind7_cases_asia)


def build():
    """(rows, used, near): see blind_gen.build."""
    return blind_gen.build(MODULES, SEED, "b7")


def main(out=HERE / "blind7.jsonl"):
    return blind_gen.write(build()[0], out)


if __name__ == "__main__":
    rs = main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind7.jsonl")
    print(f"{len(rs)} requests")

__all__ = ["build", "main", "KINDS", "LANGS", "SLOT", "VALID", "SLOT_KIND", "last_user"]
