"""Shape checks of the ninth blind set, independent of the router: the file
regenerates byte for byte from make_blind9.py, every line has the set's line
format with a valid JSON chat-completions body, the identifiers re-validate
with idgen's validators (the near-miss ones fail them), the counts meet the
mix stated in make_blind9.py's docstring, ids are unique, no template wrote
too many requests, and no request's last user turn also sits in any other
eval/data/*.jsonl. Runs with `python3 eval/data/blind9_shape_test.py` or
under pytest; standard library only. It never runs the router, the
classifier or the detectors.

The cross-set check compares sha256 hashes of the last user turn and the
group ids against every other eval/data/*.jsonl without printing anything of
them, and reports only blind9 ids."""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_blind9 as G  # noqa: E402
import blind_shape as S  # noqa: E402

SET = HERE / "blind9.jsonl"


def rows():
    return S.rows(SET)


def test_regenerates_byte_identical():
    S.regenerates(G, SET)


def test_line_format():
    S.line_format(G, rows(), "b9")


def test_bodies_are_valid_json_objects():
    """Each line parses, and its request re-serialises to a JSON object that
    parses back to the same body (no NaN, no non-string keys)."""
    with open(SET, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            body = json.loads(json.dumps(r["request"], allow_nan=False))
            assert isinstance(body, dict) and body == r["request"], r["id"]


def test_counts():
    """The mix of make_blind9.py's docstring, within a few requests."""
    S.stated_mix(G, rows(), n=(320, 340), en=(140, 150), other=(20, 21))


def test_unique_ids():
    rs = rows()
    assert len({r["id"] for r in rs}) == len(rs)
    assert [r["id"] for r in rs] == [f"b9-{i:04d}" for i in range(len(rs))]


def test_tier_shares_per_language():
    """Each non-English language keeps the planned 7 / 6 / 4 / 3."""
    for lang in G.LANGS[1:]:
        tiers = Counter(r["tier"] for r in rows() if r["lang"] == lang)
        assert [tiers[t] for t in range(4)] == [7, 6, 4, 3], (lang, tiers)


def test_addresses_and_private_in_every_language():
    S.private_in_every_language(G, rows())


def test_final_reply_prompts_are_tier3():
    """A system prompt that marks the answer as the customer-facing final
    reply makes the request tier 3, in every language."""
    import blind9_cases_freight, blind9_cases_claims, blind9_cases_dental, blind9_cases_eu, blind9_cases_eu2, \
        blind9_cases_asia  # noqa: E401
    final = {blind9_cases_freight.SYS_DESK, blind9_cases_claims.SYS_CUST, blind9_cases_dental.SYS_PAT,
             blind9_cases_eu.ES_CLIENTE, blind9_cases_eu.ES_PACIENTE, blind9_cases_eu.DE_KUNDE,
             blind9_cases_eu.FR_CLIENT, blind9_cases_eu2.PT_CLIENTE, blind9_cases_eu2.IT_CLIENTE,
             blind9_cases_eu2.PL_KLIENT, blind9_cases_asia.HI_GRAHAK, blind9_cases_asia.JA_KYAKU,
             blind9_cases_asia.ZH_KEHU}
    mine = [r for r in rows() if r["request"]["messages"][0]["role"] == "system"
            and r["request"]["messages"][0]["content"] in final]
    assert len(mine) >= 15 and {r["lang"] for r in mine} == set(G.LANGS), len(mine)
    assert all(r["tier"] == 3 for r in mine), [r["id"] for r in mine if r["tier"] != 3]


def test_no_template_overused():
    S.no_template_overused(G, rows())


def test_identifiers_revalidate():
    S.identifiers_revalidate(G, rows(), min_broken=10)


def test_apart_from_every_other_set():
    S.apart_from_other_sets(G, SET, rows(), "b9")


if __name__ == "__main__":
    S.run_as_script(globals())
