"""Writes the eighth blind evaluation set, eval/data/blind8.jsonl, from the
hand-written cases in blind8_cases_*.py: an imagined month of traffic at three
organisations that put the router in front of their LLMs,
  (1) a regional electricity and gas utility (grid control-room logs and
      SCADA alarms, smart-meter reads, outage notices, billing and tariff
      questions, field crews' switching and live-line safety, gas-leak
      procedures, customer-service desk with final-reply system prompts,
      regulator filings),
  (2) a construction and civil-engineering contractor (site diaries, RFIs,
      concrete and steel specifications, scaffolding, excavation and
      lifting safety, subcontracts and tenders, programme planning, BIM and
      quantity take-offs, HSE incident reports),
  (3) a residential letting and property-management agency (tenancy
      agreements, deposits and evictions, rent ledgers, repair and
      maintenance tickets, listings, landlords' tax and mortgage questions,
      tenant-facing replies).
Each `<<slot>>` is filled with an identifier from idgen.py drawn from one
seeded generator (SEED 80_818), so the file is the same bytes on every run.

The mix, fixed before the cases were written:
- about 320-340 requests (planned 325): about 140-150 English (planned 145)
  and 20-21 in each of es, de, fr, pt, it, pl, hi, ja, zh (planned 20 each),
  each language's cases written natively in that language, not translated
  from one template. Written: 328, 148 English; three English hard cases
  (a long tenancy agreement with a one-number question, a trivial thread
  whose last turn asks a live-isolation question, a bare dosing question
  with no system prompt) were added after a first read-through.
- tiers about 35 % tier 0, 32 % tier 1, 18 % tier 2, 15 % tier 3 (planned
  114 / 104 / 58 / 49; per non-English language 7 / 6 / 4 / 3): real traffic
  is dominated by small transformations and everyday drafting; the
  high-stakes share comes from customer-facing final replies, live-line,
  gas, excavation and lifting safety steps, tenancy and subcontract terms,
  evictions, and landlords' and tenants' personal tax and mortgage
  decisions, and a few medication questions from site first-aiders.
- about 70 requests with personal data (emails, phones in national and
  international formats, cards, IBANs, national ids with valid checksums,
  home addresses in each language's own format, a named person with a health
  condition) and about 50 near misses labelled clean (documentation domains
  like example.com, role and organisation mailboxes, identifiers with broken
  checksums, company / office / depot addresses, meter, account, ticket,
  order and contract numbers, public figures, fictional characters, a
  condition without a named person).
- hard cases on purpose: long pasted input with trivial work, short input
  with high stakes, tools the turn does not need (and tools it does need),
  multi-turn threads decided by the last turn, generic and customer-facing
  final-reply system prompts, image parts, response_format, max_tokens.

Labels follow only the tier rules of issue 10 ("The tiers"), applied by the
writer request by request; nothing here was run through the router.

Line format, keys in this order: id (b8-0000..), group (b8:<lang>:<12 hex of
sha256 of the last user turn>), split ("blind8"), lang, tier, pii (sorted
distinct kinds present in any message), request (an OpenAI chat-completions
body, model "auto").

Usage: python3 eval/data/make_blind8.py [out-path]"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import blind_gen  # noqa: E402
from blind_gen import KINDS, LANGS, SLOT, SLOT_KIND, VALID, last_user  # noqa: E402,F401
import blind8_cases_energy  # noqa: E402
import blind8_cases_build  # noqa: E402
import blind8_cases_lets  # noqa: E402
import blind8_cases_eu  # noqa: E402
import blind8_cases_eu2  # noqa: E402
import blind8_cases_asia  # noqa: E402

SEED = 80_818
MODULES = (blind8_cases_energy, blind8_cases_build, blind8_cases_lets, blind8_cases_eu, blind8_cases_eu2,
           blind8_cases_asia)


def build():
    """(rows, used, near): see blind_gen.build."""
    return blind_gen.build(MODULES, SEED, "b8")


def main(out=HERE / "blind8.jsonl"):
    return blind_gen.write(build()[0], out)


if __name__ == "__main__":
    rs = main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind8.jsonl")
    print(f"{len(rs)} requests")

__all__ = ["build", "main", "KINDS", "LANGS", "SLOT", "VALID", "SLOT_KIND", "last_user"]
