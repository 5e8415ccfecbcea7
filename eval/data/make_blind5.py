"""Writes the fifth blind evaluation set, eval/data/blind5.jsonl, from the
hand-written cases in blind5_cases_*.py (a month of traffic of a bank and
insurer, a hospital group and an e-commerce and logistics company), filling
each `<<slot>>` with an identifier from idgen.py drawn from one seeded
generator, so the file is the same bytes on every run.

Line format, keys in this order: id, group (b5:<lang>:<12 hex of sha256 of
the last user turn>), split, lang, tier, pii (sorted distinct kinds present
in any message), request (an OpenAI chat-completions body, model "auto").

Usage: python3 eval/data/make_blind5.py [out-path]"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import blind_gen  # noqa: E402
from blind_gen import KINDS, LANGS, SLOT, SLOT_KIND, VALID, last_user  # noqa: E402,F401
import blind5_cases_bank  # noqa: E402
import blind5_cases_health  # noqa: E402
import blind5_cases_shop  # noqa: E402
import blind5_cases_eu  # noqa: E402
import blind5_cases_eu2  # noqa: E402
import blind5_cases_asia  # noqa: E402
import blind5_cases_more  # noqa: E402

SEED = 50_505
MODULES = (blind5_cases_bank, blind5_cases_health, blind5_cases_shop, blind5_cases_eu,
           blind5_cases_eu2, blind5_cases_asia, blind5_cases_more)


def build():
    """(rows, used, near): see blind_gen.build."""
    return blind_gen.build(MODULES, SEED, "b5")


def main(out=HERE / "blind5.jsonl"):
    return blind_gen.write(build()[0], out)


if __name__ == "__main__":
    rs = main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "blind5.jsonl")
    print(f"{len(rs)} requests")

__all__ = ["build", "main", "KINDS", "LANGS", "SLOT", "VALID", "SLOT_KIND", "last_user"]
