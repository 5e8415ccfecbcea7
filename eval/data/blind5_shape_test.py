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

import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_blind5 as G  # noqa: E402

SET = HERE / "blind5.jsonl"
OTHER_SETS = ("labelled.jsonl", "fresh.jsonl", "blind.jsonl", "blind2.jsonl", "blind3.jsonl", "blind4.jsonl")


def rows():
    with open(SET, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_regenerates_byte_identical():
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "blind5.jsonl"
        G.main(out)
        assert out.read_bytes() == SET.read_bytes(), "blind5.jsonl is not what make_blind5.py writes"
        G.main(Path(d) / "again.jsonl")
        assert (Path(d) / "again.jsonl").read_bytes() == out.read_bytes(), "two runs differ"


def test_line_format():
    rs = rows()
    for i, r in enumerate(rs):
        assert list(r) == ["id", "group", "split", "lang", "tier", "pii", "request"], i
        assert r["id"] == f"b5-{i:04d}"
        assert re.fullmatch(r"b5:(en|es|de|fr|pt|it|pl|hi|ja|zh):[0-9a-f]{12}", r["group"]) and \
            r["group"].split(":")[1] == r["lang"], r["id"]
        assert r["group"].split(":")[2] == hashlib.sha256(G.last_user(r["request"]).encode()).hexdigest()[:12]
        assert r["split"] == "blind5" and type(r["tier"]) is int and 0 <= r["tier"] <= 3
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


def test_identifiers_revalidate():
    """Every card, IBAN and national id in a request labelled private passes
    its checksum; the broken ones fail theirs and sit only in requests
    without personal data; a near miss is labelled clean."""
    _, used, near = G.build()
    by_id = {r["id"]: r for r in rows()}
    assert sum(1 for u in used if not u[4]) >= 8
    for rid, pii, kind, value, valid in used:
        assert G.VALID[kind](value) == valid, (rid, kind)
        assert (G.SLOT_KIND[kind] in by_id[rid]["pii"]) if valid else by_id[rid]["pii"] == [], rid
        assert value in json.dumps(by_id[rid]["request"], ensure_ascii=False), rid
    assert all(by_id[rid]["pii"] == [] for rid in near)
    # ids of the schemes with a check, issued by the brief's countries
    assert {k for _, _, k, _, ok in used if ok} >= {"ssn", "nino", "dni", "nie", "steuer_id", "insee", "cf",
                                                    "pesel", "aadhaar", "cpf", "cn_id", "visa", "mastercard",
                                                    "amex", "iban"}


def test_apart_from_every_other_set():
    def h(s):
        return hashlib.sha256(s.encode()).hexdigest()

    seen_texts, seen_groups = set(), set()
    for name in OTHER_SETS:
        p = HERE / name
        if p.exists():
            with open(p, encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    if r["group"].startswith("b5:"):
                        continue  # blind5 itself, should it be folded in one day
                    seen_texts.add(h(G.last_user(r["request"])))
                    seen_groups.add(r["group"])
    clash = [r["id"] for r in rows() if h(G.last_user(r["request"])) in seen_texts or r["group"] in seen_groups]
    assert not clash, f"also in an earlier set: {clash}"


if __name__ == "__main__":
    for name, fn in list(globals().items()):
        if name.startswith("test_") and callable(fn):
            fn()
            print("ok", name)
