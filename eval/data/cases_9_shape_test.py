"""Shape checks of the ninth batch (cases_9.py), of the eighth blind set
folded in before it, and of the labelled set built with them, independent
of the router: make_set.py regenerates labelled.jsonl byte for byte; the
batch has the mix its docstring states (size, share not in English, all ten
languages, every tier); personal data only as the kinds it labels, each
identifier passing its checksum (idgen's validators) and the near misses
failing theirs; no request's last user turn repeats another in the batch or
sits in any other set of eval/data; blind8 is in the labelled set once per
request with its own group, tier, language and PII labels, and the batch is
emitted right after it, last. Runs with `python3
eval/data/cases_9_shape_test.py` or under pytest; standard library only. It
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
import cases_9  # noqa: E402
import idgen  # noqa: E402

MINE = ("c9:", "c9g:")


def test_regenerates_byte_identical():
    C.regenerates_byte_identical(S)


def test_batch_mix():
    c9 = cases_9.C9
    assert 150 <= len(c9) <= 200, len(c9)
    langs = Counter(lang for lang, *_ in c9)
    assert set(langs) == LANGS, langs
    assert sum(n for lang, n in langs.items() if lang != "en") >= 0.5 * len(c9), langs
    for lang in LANGS:  # each language has both sides of the 0/1 line
        assert {0, 1} <= {t for la, t, *_ in c9 if la == lang}, lang
    tiers = Counter(t for _, t, *_ in c9)
    assert set(tiers) == {0, 1, 2, 3} and all(n >= 15 for n in tiers.values()), tiers


VALID = {
    "national_id": [idgen.v_pesel, idgen.v_aadhaar, idgen.v_cpf, idgen.v_cf, idgen.v_cn_id, idgen.v_dni, idgen.v_ssn],
    "credit_card": [idgen.v_card],
    "iban": [idgen.v_iban],
}
# The batch's phone numbers: a mobile in one of the national formats it
# asks to have put into international form.
PHONE = re.compile(r"\b(07\d{3} \d{6}|0151 \d{4} \d{4}|06( \d{2}){4}|98\d{3} \d{5}|090-\d{4}-\d{4})\b")


def candidates(text):
    """Runs of up to eight consecutive words (punctuation around them
    stripped), written with their spaces and without: where an identifier
    in any of the batch's formats sits."""
    words = [w.strip(".,:;'\"«»“”„()：？?") for w in re.split(r"[\s：]+", text)]
    for i in range(len(words)):
        for j in range(i + 1, min(i + 8, len(words)) + 1):
            run = [w for w in words[i:j] if w]
            if run and sum(ch.isdigit() for w in run for ch in w) >= 7:
                yield " ".join(run)
                yield "".join(run)


def safe(v, c):
    """A validator's verdict; a run it cannot parse (a CSV line with commas)
    is not an identifier."""
    try:
        return v(c)
    except ValueError:
        return False


def clean_check(c):
    """Whether a run in a row labelled clean would be a valid identifier:
    an SSN only in its dashed form (any nine digits not starting with 9
    would pass its rules)."""
    if any(safe(v, c) for v in VALID["national_id"][:-1] + VALID["credit_card"] + VALID["iban"]):
        return True
    return bool(re.fullmatch(r"\d{3}-\d{2}-\d{4}", c)) and idgen.v_ssn(c)


def test_entries_and_identifiers():
    for lang, tier, text, pii, opt in cases_9.C9:
        assert lang in LANGS and tier in (0, 1, 2, 3) and text.strip(), text[:40]
        assert set(opt) <= {"grp", "sys", "history", "tools", "max", "rf"}, opt
        assert not re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}\b", text), text[:40]  # no email address
        assert set(pii) <= set(VALID) | {"phone"}, (pii, text[:40])
        assert len(pii) <= 1, text[:40]
        assert tier == 0 or not pii, ("personal data only in tier-0 work on it", text[:40])
        for kind in pii:  # the identifier the row carries passes its check
            if kind == "phone":
                assert PHONE.search(text), text[:60]
            else:
                assert any(v(c) for c in candidates(text) for v in VALID[kind]), (kind, text[:60])
        if not pii:  # no valid identifier of a kind the batch labels, in any row left clean
            assert not PHONE.search(text), text[:60]
            for c in candidates(text):
                assert not clean_check(c), (c, text[:60])
    assert not idgen.v_ssn(cases_9.bad_ssn)
    assert not idgen.v_pesel(cases_9.bad_pesel)
    assert not idgen.v_cf(cases_9.bad_cf)
    assert not idgen.v_cpf(cases_9.bad_cpf)
    assert not idgen.v_dni(cases_9.bad_dni)
    assert not idgen.v_iban(cases_9.bad_iban_de)
    assert not idgen.v_card(cases_9.bad_card)


def test_blind8_folded_in():
    first = C.blind_folded_in(S, "blind8", "b8:", 328, ("c8:", "c8g:"))
    assert first == 5550, first


def test_batch_rows_in_set():
    rs = rows()
    mine = [r for r in rs if r["group"].startswith(MINE)]
    assert len(mine) == len(cases_9.C9), (len(mine), len(cases_9.C9))
    first = int(mine[0]["id"][1:])
    assert [r["id"] for r in mine] == [f"r{i:04d}" for i in range(first, first + len(mine))]
    assert rs[-len(mine):] == mine, "the batch is emitted last"
    assert rs[first - 1]["group"].startswith("b8:"), "right after the eighth blind set"
    for r, (lang, tier, _text, pii, _opt) in zip(mine, cases_9.C9):
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
