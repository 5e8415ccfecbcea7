"""Shape checks of the seventh batch (cases_7*.py) and of the labelled set
built with it, independent of the router: make_set.py regenerates
labelled.jsonl byte for byte; the batch has the mix its docstring states
(size, share not in English, Japanese, tiers per language); no entry carries
personal data; no request's last user turn repeats another in the batch or
sits in any other set of eval/data (the earlier batches, the seen blind
sets, the PII set); every id in make_set.RELABEL exists and carries its new
tier, and every row's split is still the group rule's. Runs with
`python3 eval/data/cases_7_shape_test.py` or under pytest; standard library
only. It never runs the classifier or the detectors.

Sets being written as blind evaluations (blind9*) are not opened: they
check themselves against this set."""

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_set as S  # noqa: E402
import cases_shape as C  # noqa: E402
from cases_shape import LANGS, last_user, rows  # noqa: E402,F401
import cases_7  # noqa: E402
import cases_7_more  # noqa: E402,F401



def test_regenerates_byte_identical():
    C.regenerates_byte_identical(S)


def test_batch_mix():
    c7 = cases_7.C7
    assert 150 <= len(c7) <= 270, len(c7)
    langs = Counter(lang for lang, *_ in c7)
    assert set(langs) == LANGS, langs
    assert sum(n for lang, n in langs.items() if lang != "en") >= 0.4 * len(c7), langs
    assert langs["ja"] >= 30 and langs["ja"] == max(n for lang, n in langs.items() if lang != "en"), langs
    for lang in LANGS:  # each language has the tier-0, tier-1 and tier-3 sides of the lines
        assert {0, 1, 3} <= {t for la, t, *_ in c7 if la == lang}, lang
    tiers = Counter(t for _, t, *_ in c7)
    assert set(tiers) == {0, 1, 2, 3} and all(n >= 10 for n in tiers.values()), tiers


def test_entries():
    for lang, tier, text, pii, opt in cases_7.C7:
        assert lang in LANGS and tier in (0, 1, 2, 3) and text.strip(), text[:40]
        assert pii == [], text[:40]  # the batch carries no personal data
        assert set(opt) <= {"grp", "sys", "history", "tools", "max", "rf"}, opt
        assert not re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}\b", text), text[:40]  # no email address
        for role, t in opt.get("history", []):
            assert role in ("user", "assistant") and t.strip()


def test_batch_rows_in_set():
    rs = rows()
    mine = [r for r in rs if r["group"].startswith(("c7:", "c7g:"))]
    assert len(mine) == len(cases_7.C7), (len(mine), len(cases_7.C7))
    first = int(mine[0]["id"][1:])
    assert [r["id"] for r in mine] == [f"r{i:04d}" for i in range(first, first + len(mine))]
    # Emitted right after the sixth blind set; the seventh blind set and
    # the eighth batch come after it.
    before = rs[first - 1]
    assert before["group"].startswith("b6:"), before["id"]


def test_apart_from_every_other_set():
    C.apart_from_every_other_set(("c7:", "c7g:"))


def test_relabel_and_split():
    rs = rows()
    by_id = {r["id"]: r for r in rs}
    for key, tier in S.RELABEL.items():
        if key.startswith("r"):
            assert key in by_id and by_id[key]["tier"] == tier, key
    C.split_rule(S)


if __name__ == "__main__":
    for name, fn in list(globals().items()):
        if name.startswith("test_") and callable(fn):
            fn()
            print("ok", name)
