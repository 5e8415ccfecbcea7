"""Shape checks shared by the blind sets' tests (blind5_shape_test.py and
later): each set's test wires these to its generator `G` (a make_blindN
module with build(), main(out), last_user(), KINDS, LANGS, SLOT, VALID,
SLOT_KIND) and keeps its own mix counts. Standard library only; nothing
here runs the router, and the cross-set check prints nothing of other sets."""

import hashlib
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
LINE_KEYS = ["id", "group", "split", "lang", "tier", "pii", "request"]
BODY_KEYS = {"model", "messages", "tools", "max_tokens", "temperature", "response_format", "stream"}
CHECKED_IDS = {"ssn", "nino", "dni", "nie", "steuer_id", "insee", "cf", "pesel", "aadhaar", "cpf", "cn_id",
               "visa", "mastercard", "amex", "iban"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def regenerates(G, path):
    """The file is what the generator writes, and two runs write the same bytes."""
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / path.name
        G.main(out)
        assert out.read_bytes() == path.read_bytes(), f"{path.name} is not what its generator writes"
        G.main(Path(d) / "again.jsonl")
        assert (Path(d) / "again.jsonl").read_bytes() == out.read_bytes(), "two runs differ"


def line_format(G, rs, prefix):
    """Every line: keys in order, id `<prefix>-NNNN`, group
    `<prefix>:<lang>:<12 hex of the last user turn>`, split `blind<N>`, a
    chat-completions body with model "auto" and every slot filled."""
    split = "blind" + prefix[1:]
    for i, r in enumerate(rs):
        assert list(r) == LINE_KEYS, i
        assert r["id"] == f"{prefix}-{i:04d}"
        assert re.fullmatch(prefix + r":(en|es|de|fr|pt|it|pl|hi|ja|zh):[0-9a-f]{12}", r["group"]) and \
            r["group"].split(":")[1] == r["lang"], r["id"]
        assert r["group"].split(":")[2] == hashlib.sha256(G.last_user(r["request"]).encode()).hexdigest()[:12]
        assert r["split"] == split and type(r["tier"]) is int and 0 <= r["tier"] <= 3
        assert r["pii"] == sorted(set(r["pii"])) and set(r["pii"]) <= G.KINDS, r["id"]
        body = r["request"]
        assert list(body)[:2] == ["model", "messages"], r["id"]
        assert body["model"] == "auto" and set(body) <= BODY_KEYS, r["id"]
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


def no_template_overused(G, rs, limit=4):
    """No phrasing wrote more than `limit` requests: the first 40 characters
    of the last user turn (digits blanked) repeat at most that often."""
    heads = Counter(re.sub(r"\d", "#", G.last_user(r["request"]))[:40] for r in rs)
    assert max(heads.values()) <= limit, heads.most_common(3)


def identifiers_revalidate(G, rs, min_broken, every_label_drawn=True):
    """Every card, IBAN and national id drawn for a request labelled private
    passes its checksum and its kind is in the label; the broken ones fail
    theirs and sit only in requests labelled clean; a near miss is labelled
    clean; with `every_label_drawn`, a row labelled with an id-like kind
    carries a drawn identifier of that kind."""
    _, used, near = G.build()
    by_id = {r["id"]: r for r in rs}
    assert sum(1 for u in used if not u[4]) >= min_broken
    for rid, pii, kind, value, valid in used:
        assert G.VALID[kind](value) == valid, (rid, kind)
        assert (G.SLOT_KIND[kind] in by_id[rid]["pii"]) if valid else by_id[rid]["pii"] == [], rid
        assert value in json.dumps(by_id[rid]["request"], ensure_ascii=False), rid
    assert all(by_id[rid]["pii"] == [] for rid in near)
    assert {k for _, _, k, _, ok in used if ok} >= CHECKED_IDS
    if every_label_drawn:
        drawn = {(rid, G.SLOT_KIND[k]) for rid, _, k, _, ok in used if ok}
        for r in rs:
            for kind in ("national_id", "credit_card", "iban"):
                if kind in r["pii"]:
                    assert (r["id"], kind) in drawn, (r["id"], kind)


def apart_from_other_sets(G, path, rs, prefix, others=None):
    """No last user turn or group of this set sits in another set: `others`
    (names in eval/data) or, when None, every other eval/data/*.jsonl. Rows
    of this set's own groups are skipped (a set folded into the labelled set
    once seen). Compares sha256 hashes and reports only this set's ids."""
    def h(s):
        return hashlib.sha256(s.encode()).hexdigest()

    paths = [HERE / n for n in others] if others is not None else sorted(HERE.glob("*.jsonl"))
    seen_texts, seen_groups = set(), set()
    for p in paths:
        if p.name == path.name or not p.exists():
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if not isinstance(r, dict) or str(r.get("group", "")).startswith(prefix + ":"):
                    continue
                req = r.get("request")
                if isinstance(req, dict) and req.get("messages"):
                    try:
                        seen_texts.add(h(G.last_user(req)))
                    except (IndexError, KeyError, TypeError, AttributeError):
                        pass
                if "group" in r:
                    seen_groups.add(r["group"])
    clash = [r["id"] for r in rs if h(G.last_user(r["request"])) in seen_texts or r["group"] in seen_groups]
    assert not clash, f"also in another set: {clash}"


def stated_mix(G, rs, n, en, other):
    """The mix the generator's docstring states (blind6 and later), within a
    few requests: `n`, `en` and `other` (each non-English language) are
    (low, high) request counts; the tier shares, private rows, near misses and
    hard-case counts are the ones every set since blind6 states."""
    total = len(rs)
    assert n[0] <= total <= n[1], total
    langs = Counter(r["lang"] for r in rs)
    assert set(langs) == set(G.LANGS) and en[0] <= langs["en"] <= en[1], langs
    assert all(other[0] <= langs[lang] <= other[1] for lang in G.LANGS if lang != "en"), langs
    tiers = Counter(r["tier"] for r in rs)
    for t, share in {0: 0.35, 1: 0.32, 2: 0.18, 3: 0.15}.items():
        assert abs(tiers[t] / total - share) <= 0.02, tiers
    for lang in G.LANGS:  # every language has every tier
        assert len({r["tier"] for r in rs if r["lang"] == lang}) == 4, lang
    private = sum(1 for r in rs if r["pii"])
    assert 65 <= private <= 75, private
    kinds = Counter(k for r in rs for k in r["pii"])
    assert set(kinds) == G.KINDS and min(kinds.values()) >= 6, kinds
    _, _, near = G.build()
    assert 45 <= len(near) <= 55, len(near)
    assert len({r["group"] for r in rs}) == total and len({r["id"] for r in rs}) == total
    assert len({G.last_user(r["request"]) for r in rs}) == total
    req = [r["request"] for r in rs]
    assert sum(1 for b in req if "tools" in b) >= 15
    assert sum(1 for b in req if isinstance(b["messages"][-1]["content"], list)) >= 8
    assert sum(1 for b in req if "response_format" in b) >= 10 and sum(1 for b in req if "max_tokens" in b) >= 10
    assert sum(1 for b in req if sum(m["role"] == "user" for m in b["messages"]) > 1) >= 20
    assert sum(1 for b in req if b["messages"][0]["role"] == "system") >= 80


def private_in_every_language(G, rs):
    """Every language has a home address in its own format and at least three
    private rows and two near misses, so no language is clean by construction
    (blind7 and later)."""
    _, _, near = G.build()
    for lang in G.LANGS:
        mine = [r for r in rs if r["lang"] == lang]
        assert any("address" in r["pii"] for r in mine), lang
        assert sum(1 for r in mine if r["pii"]) >= 3, lang
        assert sum(1 for r in mine if r["id"] in near) >= 2, lang


def run_as_script(namespace):
    """`python3 eval/data/blindN_shape_test.py`: every test_* in order."""
    for name, fn in list(namespace.items()):
        if name.startswith("test_") and callable(fn):
            fn()
            print("ok", name)
