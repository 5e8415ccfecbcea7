"""Shape checks of the eighth batch (cases_8*.py), of the seventh blind set
folded in before it, and of the labelled set built with them, independent
of the router: make_set.py regenerates labelled.jsonl byte for byte; the
batch has the mix its docstring states (size, share not in English, all ten
languages, every tier); personal data only as the kinds it labels, each
identifier passing its checksum (idgen's validators) and the near misses
failing theirs; no request's last user turn repeats another in the batch or
sits in any other set of eval/data; blind7 is in the labelled set once per
request with its own group, tier, language and PII labels, and the batch is
emitted right after it (the eighth blind set and the ninth batch follow). Runs with `python3
eval/data/cases_8_shape_test.py` or under pytest; standard library only. It
never runs the classifier or the detectors.

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
import cases_8  # noqa: E402
import cases_8_more  # noqa: E402,F401
import idgen  # noqa: E402

MINE = ("c8:", "c8g:")


def test_regenerates_byte_identical():
    C.regenerates_byte_identical(S)


def test_batch_mix():
    c8 = cases_8.C8
    assert 140 <= len(c8) <= 260, len(c8)
    langs = Counter(lang for lang, *_ in c8)
    assert set(langs) == LANGS, langs
    assert sum(n for lang, n in langs.items() if lang != "en") >= 0.5 * len(c8), langs
    for lang in LANGS:  # each language has both sides of the 0/1 line
        assert {0, 1} <= {t for la, t, *_ in c8 if la == lang}, lang
    tiers = Counter(t for _, t, *_ in c8)
    assert set(tiers) == {0, 1, 2, 3} and all(n >= 15 for n in tiers.values()), tiers


VALID = {
    "national_id": [idgen.v_pesel, idgen.v_aadhaar, idgen.v_cpf, idgen.v_cf, idgen.v_cn_id, idgen.v_dni],
    "credit_card": [idgen.v_card],
    "iban": [idgen.v_iban],
}


def candidates(text):
    """Runs of up to five consecutive words (punctuation around them
    stripped), written with their spaces and without: where an identifier
    in any of the batch's formats sits."""
    words = [w.strip(".,:;'\"«»“”„()：") for w in re.split(r"[\s：]+", text)]
    for i in range(len(words)):
        for j in range(i + 1, min(i + 5, len(words)) + 1):
            run = [w for w in words[i:j] if w]
            if run and sum(ch.isdigit() for w in run for ch in w) >= 7:
                yield " ".join(run)
                yield "".join(run)


def test_entries_and_identifiers():
    for lang, tier, text, pii, opt in cases_8.C8:
        assert lang in LANGS and tier in (0, 1, 2, 3) and text.strip(), text[:40]
        assert set(opt) <= {"grp", "sys", "history", "tools", "max", "rf"}, opt
        assert not re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}\b", text), text[:40]  # no email address
        assert set(pii) <= set(VALID), (pii, text[:40])
        assert len(pii) <= 1, text[:40]
        for kind in pii:  # the identifier the row carries passes its check
            assert any(v(c) for c in candidates(text) for v in VALID[kind]), (kind, text[:60])
        if not pii:  # no valid identifier of a kind the batch labels, in any row left clean
            for c in candidates(text):
                assert not any(v(c) for vs in VALID.values() for v in vs), (c, text[:60])
    assert cases_8.bad_pesel and not idgen.v_pesel(cases_8.bad_pesel)
    assert not idgen.v_card(cases_8.bad_card)


def test_blind7_folded_in():
    first = C.blind_folded_in(S, "blind7", "b7:", 333, ("c7:", "c7g:"))


def test_batch_rows_in_set():
    rs = rows()
    mine = [r for r in rs if r["group"].startswith(MINE)]
    assert len(mine) == len(cases_8.C8), (len(mine), len(cases_8.C8))
    first = int(mine[0]["id"][1:])
    assert [r["id"] for r in mine] == [f"r{i:04d}" for i in range(first, first + len(mine))]
    # The eighth blind set and the ninth batch come after it.
    assert rs[first + len(mine)]["group"].startswith("b8:"), "blind8 follows the batch"
    assert rs[first - 1]["group"].startswith("b7:"), "right after the seventh blind set"
    for r, (lang, tier, _text, pii, _opt) in zip(mine, cases_8.C8):
        assert (r["lang"], r["tier"], r["pii"]) == (lang, tier, pii), r["id"]


def test_apart_from_every_other_set():
    C.apart_from_every_other_set(MINE)


def test_split_rule():
    C.split_rule(S)


if __name__ == "__main__":
    for name, fn in list(globals().items()):
        if name.startswith("test_") and callable(fn):
            fn()
            print("ok", name)
