"""Shape checks shared by the labelled batches' tests (cases_7_shape_test.py
and later): the labelled set regenerates byte for byte, a batch's requests
are in no other set, a blind set folded in sits in the labelled set once per
request with its labels, the split follows make_set.py's rule. Each batch's
test keeps its own mix, entries and placement checks. Standard library only;
nothing here runs the router. The set being written as the unseen blind
evaluation (`UNSEEN`) is never opened: it checks itself against these."""

import json
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
LANGS = {"en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh"}
LABELLED = HERE / "labelled.jsonl"
UNSEEN = "blind9"


def last_user(body):
    m = body["messages"][-1]
    assert m["role"] == "user"
    c = m["content"]
    return c if isinstance(c, str) else " ".join(p.get("text", "") for p in c if p.get("type") == "text")


def rows():
    with open(LABELLED, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def regenerates_byte_identical(make_set):
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "labelled.jsonl"
        make_set.main(out)
        assert out.read_bytes() == LABELLED.read_bytes(), "labelled.jsonl is not what make_set.py writes"


def apart_from_every_other_set(mine_prefixes):
    """No last user turn repeats within the batch (its groups start with one
    of `mine_prefixes`) or appears in another labelled row or any other set
    of eval/data (the blind sets folded in are among the labelled rows)."""
    rs = rows()
    mine = [r for r in rs if r["group"].startswith(mine_prefixes)]
    texts = Counter(last_user(r["request"]) for r in mine)
    dup = [t[:60] for t, n in texts.items() if n > 1]
    assert not dup, f"repeated in the batch: {dup}"
    others = {last_user(r["request"]) for r in rs if not r["group"].startswith(mine_prefixes)}
    for p in sorted(HERE.glob("*.jsonl")):
        if p.name == LABELLED.name or p.name.startswith(UNSEEN) or p.name.endswith("_labels.jsonl"):
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                req = r.get("request") if isinstance(r, dict) else None
                if isinstance(req, dict) and req.get("messages"):
                    others.add(last_user(req))
    clash = [r["id"] for r in mine if last_user(r["request"]) in others]
    assert not clash, f"also in another set: {clash}"


def blind_folded_in(make_set, name, prefix, count, after_prefixes):
    """Blind set `name` (eval/data/<name>.jsonl, `count` requests) is in the
    labelled set once per request, with its own group, language, PII labels
    and tier (or make_set's RELABEL of it), in one run of ids right after
    the batch whose groups start with `after_prefixes`. Returns its first id
    number."""
    rs = rows()
    by_body = {json.dumps(r["request"], sort_keys=True, ensure_ascii=False): r for r in rs}
    with open(HERE / f"{name}.jsonl", encoding="utf-8") as f:
        blind = [json.loads(line) for line in f]
    assert len(blind) == count
    for r in blind:
        got = by_body[json.dumps(r["request"], sort_keys=True, ensure_ascii=False)]
        assert (got["group"], got["lang"], got["pii"]) == (r["group"], r["lang"], r["pii"]), r["id"]
        assert got["tier"] == make_set.RELABEL.get(r["id"], r["tier"]), r["id"]
    mine = [r for r in rs if r["group"].startswith(prefix)]
    assert len(mine) == count
    first = int(mine[0]["id"][1:])
    assert [r["id"] for r in mine] == [f"r{i:04d}" for i in range(first, first + count)]
    assert rs[first - 1]["group"].startswith(after_prefixes), f"{name} follows the batch before it"
    return first


def split_rule(make_set):
    for r in rows():
        assert r["split"] == ("test" if make_set.is_test(r["group"]) else "train"), r["id"]
