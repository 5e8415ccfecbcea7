"""Shape checks of the eighth blind set, independent of the router: the file
regenerates byte for byte from make_blind8.py, every line has the set's line
format, the identifiers re-validate with idgen's validators (the near-miss
ones fail them), the counts meet the mix stated in make_blind8.py's
docstring, no template wrote too many requests, and no request's last user
turn also sits in any other eval/data/*.jsonl. Runs with
`python3 eval/data/blind8_shape_test.py` or under pytest; standard library
only. It never runs the classifier or the detectors.

The cross-set check compares sha256 hashes of the last user turn and the
group ids against every other eval/data/*.jsonl without printing anything of
them, and reports only blind8 ids."""

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_blind8 as G  # noqa: E402
import blind_shape as S  # noqa: E402

SET = HERE / "blind8.jsonl"


def rows():
    return S.rows(SET)


def test_regenerates_byte_identical():
    S.regenerates(G, SET)


def test_line_format():
    S.line_format(G, rows(), "b8")


def test_counts():
    """The mix of make_blind8.py's docstring, within a few requests."""
    rs = rows()
    n = len(rs)
    assert 320 <= n <= 340, n
    langs = Counter(r["lang"] for r in rs)
    assert set(langs) == set(G.LANGS) and 140 <= langs["en"] <= 150, langs
    assert all(20 <= langs[lang] <= 21 for lang in G.LANGS if lang != "en"), langs
    tiers = Counter(r["tier"] for r in rs)
    for t, share in {0: 0.35, 1: 0.32, 2: 0.18, 3: 0.15}.items():
        assert abs(tiers[t] / n - share) <= 0.02, tiers
    for lang in G.LANGS:  # every language has every tier
        assert len({r["tier"] for r in rs if r["lang"] == lang}) == 4, lang
    private = sum(1 for r in rs if r["pii"])
    assert 65 <= private <= 75, private
    kinds = Counter(k for r in rs for k in r["pii"])
    assert set(kinds) == G.KINDS and min(kinds.values()) >= 6, kinds
    _, _, near = G.build()
    assert 45 <= len(near) <= 55, len(near)
    assert len({r["group"] for r in rs}) == n and len({r["id"] for r in rs}) == n
    assert len({G.last_user(r["request"]) for r in rs}) == n
    req = [r["request"] for r in rs]
    assert sum(1 for b in req if "tools" in b) >= 15
    assert sum(1 for b in req if isinstance(b["messages"][-1]["content"], list)) >= 8
    assert sum(1 for b in req if "response_format" in b) >= 10 and sum(1 for b in req if "max_tokens" in b) >= 10
    assert sum(1 for b in req if sum(m["role"] == "user" for m in b["messages"]) > 1) >= 20
    assert sum(1 for b in req if b["messages"][0]["role"] == "system") >= 80


def test_addresses_and_private_in_every_language():
    """Every language has a home address in its own format and at least three
    private rows and two near misses, so no language is clean by construction."""
    rs = rows()
    _, _, near = G.build()
    for lang in G.LANGS:
        mine = [r for r in rs if r["lang"] == lang]
        assert any("address" in r["pii"] for r in mine), lang
        assert sum(1 for r in mine if r["pii"]) >= 3, lang
        assert sum(1 for r in mine if r["id"] in near) >= 2, lang


def test_final_reply_prompts_are_tier3():
    """A system prompt that marks the answer as the customer-facing final
    reply makes the request tier 3 (issue 10's rule), in every language."""
    import blind8_cases_energy, blind8_cases_build, blind8_cases_lets, blind8_cases_eu, blind8_cases_eu2, \
        blind8_cases_asia  # noqa: E401
    final = {blind8_cases_energy.SYS_DESK, blind8_cases_build.SYS_CLIENT, blind8_cases_lets.SYS_TEN,
             blind8_cases_eu.ES_CLIENTE, blind8_cases_eu.DE_KUNDE, blind8_cases_eu.FR_CLIENT,
             blind8_cases_eu2.PT_CLIENTE, blind8_cases_eu2.IT_CLIENTE, blind8_cases_eu2.PL_KLIENT,
             blind8_cases_asia.HI_GRAHAK, blind8_cases_asia.JA_KYAKU, blind8_cases_asia.ZH_KEHU}
    mine = [r for r in rows() if r["request"]["messages"][0]["content"] in final]
    assert len(mine) >= 15 and {r["lang"] for r in mine} == set(G.LANGS), len(mine)
    assert all(r["tier"] == 3 for r in mine), [r["id"] for r in mine if r["tier"] != 3]


def test_no_template_overused():
    S.no_template_overused(G, rows())


def test_identifiers_revalidate():
    S.identifiers_revalidate(G, rows(), min_broken=10)


def test_apart_from_every_other_set():
    S.apart_from_other_sets(G, SET, rows(), "b8")


if __name__ == "__main__":
    S.run_as_script(globals())
