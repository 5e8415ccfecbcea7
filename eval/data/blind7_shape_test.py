"""Shape checks of the seventh blind set, independent of the router: the file
regenerates byte for byte from make_blind7.py, every line has the set's line
format, the identifiers re-validate with idgen's validators (the near-miss
ones fail them), the counts meet the mix stated in make_blind7.py's
docstring, no template wrote too many requests, and no request's last user
turn also sits in any other eval/data/*.jsonl. Runs with
`python3 eval/data/blind7_shape_test.py` or under pytest; standard library
only. It never runs the classifier or the detectors.

The cross-set check compares sha256 hashes of the last user turn and the
group ids against every other eval/data/*.jsonl without printing anything of
them, and reports only blind7 ids."""

import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_blind7 as G  # noqa: E402

SET = HERE / "blind7.jsonl"


def rows():
    with open(SET, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_regenerates_byte_identical():
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "blind7.jsonl"
        G.main(out)
        assert out.read_bytes() == SET.read_bytes(), "blind7.jsonl is not what make_blind7.py writes"
        G.main(Path(d) / "again.jsonl")
        assert (Path(d) / "again.jsonl").read_bytes() == out.read_bytes(), "two runs differ"


def test_line_format():
    rs = rows()
    for i, r in enumerate(rs):
        assert list(r) == ["id", "group", "split", "lang", "tier", "pii", "request"], i
        assert r["id"] == f"b7-{i:04d}"
        assert re.fullmatch(r"b7:(en|es|de|fr|pt|it|pl|hi|ja|zh):[0-9a-f]{12}", r["group"]) and \
            r["group"].split(":")[1] == r["lang"], r["id"]
        assert r["group"].split(":")[2] == hashlib.sha256(G.last_user(r["request"]).encode()).hexdigest()[:12]
        assert r["split"] == "blind7" and type(r["tier"]) is int and 0 <= r["tier"] <= 3
        assert r["pii"] == sorted(set(r["pii"])) and set(r["pii"]) <= G.KINDS, r["id"]
        body = r["request"]
        assert list(body)[:2] == ["model", "messages"], r["id"]
        assert body["model"] == "auto" and set(body) <= {"model", "messages", "tools", "max_tokens",
                                                         "temperature", "response_format", "stream"}, r["id"]
        msgs = body["messages"]
        assert msgs and msgs[-1]["role"] == "user", r["id"]
        for j, m in enumerate(msgs):
            assert set(m) == {"role", "content"} and m["role"] in ("system", "user", "assistant"), r["id"]
            assert m["role"] != "system" or j == 0, r["id"]
            if isinstance(m["content"], list):
                assert m is msgs[-1] and [p["type"] for p in m["content"]] == ["text", "image_url"], r["id"]
                assert m["content"][1]["image_url"]["url"].startswith("https://"), r["id"]
            else:
                assert isinstance(m["content"], str) and m["content"].strip(), r["id"]
        roles = [m["role"] for m in msgs if m["role"] != "system"]
        assert roles == ["user", "assistant"] * (len(roles) // 2) + ["user"], r["id"]
        for t in body.get("tools", []):
            f = t["function"]
            assert t["type"] == "function" and f["name"] and f["parameters"]["type"] == "object", r["id"]
        if "max_tokens" in body:
            assert type(body["max_tokens"]) is int and body["max_tokens"] > 0, r["id"]
        if "stream" in body:
            assert body["stream"] is True, r["id"]
        if "temperature" in body:
            assert type(body["temperature"]) is float and 0 <= body["temperature"] <= 2, r["id"]
        if "response_format" in body:
            assert body["response_format"]["type"] in ("json_object", "json_schema"), r["id"]
        assert not G.SLOT.search(json.dumps(body, ensure_ascii=False)), r["id"]  # every slot filled


def test_counts():
    """The mix of make_blind7.py's docstring, within a few requests."""
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


def test_no_template_overused():
    """No phrasing wrote more than ~4 requests: the first 40 characters of
    the last user turn (numbers and identifiers blanked) repeat at most 4 times."""
    heads = Counter(re.sub(r"\d", "#", G.last_user(r["request"]))[:40] for r in rows())
    assert max(heads.values()) <= 4, heads.most_common(3)


def test_identifiers_revalidate():
    """Every card, IBAN and national id drawn for a request labelled private
    passes its checksum and its kind is in the label; the broken ones fail
    theirs and sit only in requests labelled clean; a near miss is labelled clean."""
    _, used, near = G.build()
    by_id = {r["id"]: r for r in rows()}
    assert sum(1 for u in used if not u[4]) >= 10
    for rid, pii, kind, value, valid in used:
        assert G.VALID[kind](value) == valid, (rid, kind)
        assert (G.SLOT_KIND[kind] in by_id[rid]["pii"]) if valid else by_id[rid]["pii"] == [], rid
        assert value in json.dumps(by_id[rid]["request"], ensure_ascii=False), rid
    assert all(by_id[rid]["pii"] == [] for rid in near)
    assert {k for _, _, k, _, ok in used if ok} >= {"ssn", "nino", "dni", "nie", "steuer_id", "insee", "cf",
                                                    "pesel", "aadhaar", "cpf", "cn_id", "visa", "mastercard",
                                                    "amex", "iban"}
    # a row labelled with an id-like kind carries a drawn identifier of that kind
    drawn = {(rid, G.SLOT_KIND[k]) for rid, _, k, _, ok in used if ok}
    for r in rows():
        for kind in ("national_id", "credit_card", "iban"):
            if kind in r["pii"]:
                assert (r["id"], kind) in drawn, (r["id"], kind)


def test_apart_from_every_other_set():
    def h(s):
        return hashlib.sha256(s.encode()).hexdigest()

    seen_texts, seen_groups = set(), set()
    for p in sorted(HERE.glob("*.jsonl")):
        if p.name == SET.name:
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if not isinstance(r, dict):
                    continue
                if str(r.get("group", "")).startswith("b7:"):
                    continue  # blind7 itself, should it be folded in one day
                req = r.get("request")
                if isinstance(req, dict) and req.get("messages"):
                    try:
                        seen_texts.add(h(G.last_user(req)))
                    except (IndexError, KeyError, TypeError, AttributeError):
                        pass
                if "group" in r:
                    seen_groups.add(r["group"])
    clash = [r["id"] for r in rows() if h(G.last_user(r["request"])) in seen_texts or r["group"] in seen_groups]
    assert not clash, f"also in another set: {clash}"


if __name__ == "__main__":
    for name, fn in list(globals().items()):
        if name.startswith("test_") and callable(fn):
            fn()
            print("ok", name)
