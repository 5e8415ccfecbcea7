"""Shape checks of the third blind set, independent of the router: the file
regenerates byte for byte from its generator, every line has blind2's line
format, the identifiers re-validate, and no request also sits in an earlier
set. Runs with `python3 eval/data/blind3_shape_test.py` or under pytest;
standard library only. It never runs the classifier or the detectors.

The cross-set check compares hashes of the last user turn and the group ids
against labelled.jsonl, fresh.jsonl, blind.jsonl and blind2.jsonl (skipping
blind3's own requests, folded into labelled.jsonl since it was seen) and
reports only blind3 ids, so running it shows nothing of the other sets."""

import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_blind3 as G  # noqa: E402

SET = HERE / "blind3.jsonl"


def rows():
    with open(SET, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def last_user(r):
    m = [m for m in r["request"]["messages"] if m["role"] == "user"][-1]["content"]
    return m if isinstance(m, str) else "\n".join(p.get("text", "") for p in m if p.get("type") == "text")


def test_regenerates_byte_identical():
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "blind3.jsonl"
        G.main(out)
        assert out.read_bytes() == SET.read_bytes(), "blind3.jsonl is not what make_blind3.py writes"


def test_line_format():
    rs = rows()
    for i, r in enumerate(rs):
        assert list(r) == ["id", "group", "split", "lang", "tier", "pii", "request"], i
        assert r["id"] == f"b3-{i:04d}"
        assert re.fullmatch(r"b3:(en|es|de|fr|pt|it|pl|hi|ja|zh):[0-9a-f]{12}", r["group"]) and \
            r["group"].split(":")[1] == r["lang"], r["id"]
        assert r["split"] == "blind3" and type(r["tier"]) is int and 0 <= r["tier"] <= 3
        assert r["pii"] == sorted(set(r["pii"])) and set(r["pii"]) <= G.KINDS, r["id"]
        body = r["request"]
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
        for t in body.get("tools", []):
            f = t["function"]
            assert t["type"] == "function" and f["name"] and f["parameters"]["type"] == "object", r["id"]
        if "max_tokens" in body:
            assert type(body["max_tokens"]) is int and body["max_tokens"] > 0, r["id"]
        if "response_format" in body:
            assert body["response_format"]["type"] in ("json_object", "json_schema"), r["id"]
        assert not G.SLOT.search(json.dumps(body, ensure_ascii=False)), r["id"]  # every slot filled


def test_shape():
    rs = rows()
    n = len(rs)
    assert 320 <= n <= 360, n
    langs = Counter(r["lang"] for r in rs)
    assert set(langs) == set(G.LANGS) and n - langs["en"] >= n / 4, langs
    tiers = Counter(r["tier"] for r in rs)
    assert all(abs(tiers[t] / n - s) <= 0.03 for t, s in G.TIER_MIX.items()), tiers
    private = sum(1 for r in rs if r["pii"])
    assert 0.15 <= private / n <= 0.20, private
    assert len({r["group"] for r in rs}) == n and len({last_user(r) for r in rs}) == n


def test_identifiers_revalidate():
    """Every card, IBAN and national id in a request labelled private passes
    its checksum; the broken ones sit only in requests without personal data."""
    _, used, near = G.build()
    by_id = {r["id"]: r for r in rows()}
    for rid, pii, kind, value, valid in used:
        assert G.VALID[kind](value) == valid, (rid, kind)
        assert (G.SLOT_KIND[kind] in by_id[rid]["pii"]) if valid else by_id[rid]["pii"] == [], rid
        assert value in json.dumps(by_id[rid]["request"], ensure_ascii=False), rid
    assert all(by_id[rid]["pii"] == [] for rid in near)


def test_apart_from_every_other_set():
    def h(s):
        return hashlib.sha256(s.encode()).hexdigest()

    own = {r["group"] for r in rows()}
    seen_texts, seen_groups = set(), set()
    for name in ("labelled.jsonl", "fresh.jsonl", "blind.jsonl", "blind2.jsonl"):
        p = HERE / name
        if p.exists():
            with open(p, encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    if r["group"] in own:
                        continue  # blind3 itself, folded into the labelled set
                    seen_texts.add(h(last_user(r)))
                    seen_groups.add(r["group"])
    clash = [r["id"] for r in rows() if h(last_user(r)) in seen_texts or r["group"] in seen_groups]
    assert not clash, f"also in an earlier set: {clash}"


if __name__ == "__main__":
    for name, fn in list(globals().items()):
        if name.startswith("test_") and callable(fn):
            fn()
            print("ok", name)
