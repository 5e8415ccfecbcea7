"""Shape checks of the fourth blind set, independent of the router: the file
regenerates byte for byte from make_blind4.py, every line has the set's line
format, the identifiers re-validate with idgen's validators (the near misses
fail them), the counts per tier, language, personal-data kind and near miss
meet what the set was written to hold, and no request also sits in an earlier
set. Runs with `python3 eval/data/blind4_shape_test.py` or under pytest;
standard library only. It never runs the classifier or the detectors.

The cross-set check compares hashes of the last user turn and the group ids
against labelled.jsonl, fresh.jsonl, blind.jsonl, blind2.jsonl and
blind3.jsonl (skipping blind4's own groups, should it be folded into the
labelled set later) and reports only blind4 ids, so running it shows nothing
of the other sets."""

import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_blind4 as G  # noqa: E402

SET = HERE / "blind4.jsonl"


def rows():
    with open(SET, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def last_user(r):
    return G.last_user_text(r["request"])


def test_regenerates_byte_identical():
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "blind4.jsonl"
        G.main(out)
        assert out.read_bytes() == SET.read_bytes(), "blind4.jsonl is not what make_blind4.py writes"
        G.main(out)  # twice in one process: no state carried between runs
        assert out.read_bytes() == SET.read_bytes(), "make_blind4.py is not deterministic"


def test_line_format():
    for i, r in enumerate(rows()):
        assert list(r) == ["id", "group", "split", "lang", "tier", "pii", "request"], i
        assert r["id"] == f"b4-{i:04d}"
        text = last_user(r)
        assert r["group"] == f"b4:{r['lang']}:{hashlib.sha256(text.encode()).hexdigest()[:12]}", r["id"]
        assert r["lang"] in G.LANGS and r["split"] == "blind4", r["id"]
        assert type(r["tier"]) is int and 0 <= r["tier"] <= 3, r["id"]
        assert r["pii"] == sorted(set(r["pii"])) and set(r["pii"]) <= G.KINDS, r["id"]
        body = r["request"]
        assert list(body)[:2] == ["model", "messages"] and body["model"] == "auto", r["id"]
        assert set(body) <= {"model", "messages", "tools", "max_tokens", "response_format", "temperature"}, r["id"]
        msgs = body["messages"]
        assert msgs and msgs[-1]["role"] == "user", r["id"]
        for j, m in enumerate(msgs):
            assert list(m) == ["role", "content"] and m["role"] in ("system", "user", "assistant"), r["id"]
            assert m["role"] != "system" or j == 0, r["id"]
            if j > 0 and msgs[j - 1]["role"] != "system":
                assert m["role"] != msgs[j - 1]["role"], r["id"]  # turns alternate
            if isinstance(m["content"], list):
                assert m is msgs[-1] and [p["type"] for p in m["content"]] == ["text", "image_url"], r["id"]
                assert m["content"][1]["image_url"]["url"].startswith("https://"), r["id"]
                assert m["content"][0]["text"].strip(), r["id"]
            else:
                assert isinstance(m["content"], str) and m["content"].strip(), r["id"]
        for t in body.get("tools", []):
            f = t["function"]
            assert t["type"] == "function" and f["name"] and f["parameters"]["type"] == "object", r["id"]
        if "max_tokens" in body:
            assert type(body["max_tokens"]) is int and body["max_tokens"] > 0, r["id"]
        if "response_format" in body:
            assert body["response_format"] == {"type": "json_object"}, r["id"]
        dumped = json.dumps(body, ensure_ascii=False)
        assert "⟪" not in dumped and "⟫" not in dumped, r["id"]  # every slot filled


def test_counts():
    rs = rows()
    n = len(rs)
    assert 330 <= n <= 360, n
    langs = Counter(r["lang"] for r in rs)
    assert n - langs["en"] >= n / 4, langs
    assert all(langs[lang] >= 10 for lang in G.LANGS), langs
    tiers = Counter(r["tier"] for r in rs)
    assert all(tiers[t] >= 45 for t in range(4)), tiers
    private = sum(1 for r in rs if r["pii"])
    assert 0.20 <= private / n <= 0.25, private
    kinds = Counter(k for r in rs for k in r["pii"])
    assert set(kinds) == G.KINDS and min(kinds.values()) >= 5, kinds
    _, _, near = G.build()
    clean_near = [r for r in rs if r["id"] in near and not r["pii"]]
    assert 0.12 <= len(clean_near) / n <= 0.20, len(clean_near)
    # personal data in non-English requests, and national ids in several formats
    assert sum(1 for r in rs if r["pii"] and r["lang"] != "en") >= 30
    _, used, _ = G.build()
    assert len({c for _, _, _, c, _, v in used if v and G.SLOT_KIND[c] == "national_id"}) >= 10


def test_unique_within_set():
    rs = rows()
    assert len({r["group"] for r in rs}) == len(rs)
    assert len({last_user(r) for r in rs}) == len(rs)


def test_identifiers_revalidate():
    """Every card, IBAN and national id re-validates with idgen's validator
    (or the set's own issuer check for Discover and JCB) in a request labelled
    with its kind; every near-miss identifier fails it, and sits in a request
    whose label does not rest on it."""
    _, used, _ = G.build()
    by_id = {r["id"]: r for r in rows()}
    assert used
    for rid, kinds, slot, check, value, valid in used:
        assert G.VALID[check](value) == valid, (rid, slot)
        assert value in json.dumps(by_id[rid]["request"], ensure_ascii=False), rid
        if valid:
            assert G.SLOT_KIND[check] in by_id[rid]["pii"], rid
        else:
            assert slot.startswith("bad_") or slot == "imei", rid
            assert G.SLOT_KIND[check] not in by_id[rid]["pii"], rid
            if check in G.idgen.VALID:  # the broken id must also fail idgen's own validator
                assert not G.idgen.VALID[check](value), rid
    # one broken identifier of each checksum kind at least
    broken = {c for _, _, _, c, _, v in used if not v}
    assert {"card", "iban", "ssn", "dni", "insee", "cf", "pesel", "aadhaar", "cpf", "cn_id",
            "steuer_id", "imei"} <= broken, broken


def test_apart_from_every_other_set():
    def h(s):
        return hashlib.sha256(s.encode()).hexdigest()

    seen_texts, seen_groups = set(), set()
    for name in ("labelled.jsonl", "fresh.jsonl", "blind.jsonl", "blind2.jsonl", "blind3.jsonl"):
        p = HERE / name
        if not p.exists():
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if str(r.get("group", "")).startswith("b4:"):
                    continue  # blind4 itself, if folded into the labelled set later
                seen_texts.add(h(last_user(r)))
                seen_groups.add(r.get("group"))
    clash = [r["id"] for r in rows() if h(last_user(r)) in seen_texts or r["group"] in seen_groups]
    assert not clash, f"also in an earlier set: {clash}"


if __name__ == "__main__":
    for name, fn in list(globals().items()):
        if name.startswith("test_") and callable(fn):
            fn()
            print("ok", name)
