"""Shape checks of the fifth blind set, independent of the router: the file
regenerates byte for byte from make_blind5.py, every line has the set's line
format, the identifiers re-validate with idgen's validators (the near-miss
ones fail them), the counts meet the set's brief, and no request also sits
in an earlier set. Runs with `python3 eval/data/blind5_shape_test.py` or
under pytest; standard library only. It never runs the classifier or the
detectors.

The cross-set check compares sha256 hashes of the last user turn and the
group ids against labelled, fresh, blind, blind2, blind3 (and blind4 when
present) without printing anything of them, and reports only blind5 ids."""

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_blind5 as G  # noqa: E402
import blind_shape as S  # noqa: E402

SET = HERE / "blind5.jsonl"
OTHER_SETS = ("labelled.jsonl", "fresh.jsonl", "blind.jsonl", "blind2.jsonl", "blind3.jsonl", "blind4.jsonl")


def rows():
    return S.rows(SET)


def test_regenerates_byte_identical():
    S.regenerates(G, SET)


def test_line_format():
    S.line_format(G, rows(), "b5")


def test_counts():
    rs = rows()
    n = len(rs)
    assert 300 <= n <= 340, n
    langs = Counter(r["lang"] for r in rs)
    assert set(langs) == set(G.LANGS) and (n - langs["en"]) / n >= 0.30, langs
    assert all(langs[lang] >= 10 for lang in G.LANGS if lang != "en"), langs
    tiers = Counter(r["tier"] for r in rs)
    assert all(tiers[t] >= 40 for t in range(4)), tiers
    for t, share in {0: 0.30, 1: 0.35, 2: 0.20, 3: 0.15}.items():
        assert abs(tiers[t] / n - share) <= 0.04, tiers
    private = sum(1 for r in rs if r["pii"])
    assert 0.20 <= private / n <= 0.25, private
    kinds = Counter(k for r in rs for k in r["pii"])
    assert set(kinds) == G.KINDS and min(kinds.values()) >= 5, kinds
    _, _, near = G.build()
    assert 0.12 <= len(near) / n <= 0.18, len(near)
    assert len({r["group"] for r in rs}) == n and len({G.last_user(r["request"]) for r in rs}) == n
    req = [r["request"] for r in rs]
    assert sum(1 for b in req if "tools" in b) >= 15
    assert sum(1 for b in req if isinstance(b["messages"][-1]["content"], list)) >= 8
    assert sum(1 for b in req if "response_format" in b) >= 8 and sum(1 for b in req if "max_tokens" in b) >= 5
    assert sum(1 for b in req if sum(m["role"] == "user" for m in b["messages"]) > 1) >= 20
    assert sum(1 for b in req if b["messages"][0]["role"] == "system") >= 25


def test_no_template_overused():
    S.no_template_overused(G, rows())


def test_identifiers_revalidate():
    S.identifiers_revalidate(G, rows(), min_broken=8)


def test_apart_from_every_other_set():
    S.apart_from_other_sets(G, SET, rows(), "b5", OTHER_SETS)


if __name__ == "__main__":
    S.run_as_script(globals())
