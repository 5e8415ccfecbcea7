"""Shape checks of the seventh batch (cases_7*.py) and of the labelled set
built with it, independent of the router: make_set.py regenerates
labelled.jsonl byte for byte; the batch has the mix its docstring states
(size, share not in English, Japanese, tiers per language); no entry carries
personal data; no request's last user turn repeats another in the batch or
sits in any other set of eval/data (the earlier batches, the seen blind
sets, the PII set); every id in make_set.RELABEL exists and carries its new
tier, and every row's split is still the group rule's. Runs with
`python3 eval/data/cases_7_shape_test.py` or under pytest; standard library
only. It never runs the classifier or the detectors.

Sets being written as blind evaluations (blind9*) are not opened: they
check themselves against this set."""

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_set as S  # noqa: E402
import cases_7  # noqa: E402
import cases_7_more  # noqa: E402,F401

LANGS = {"en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh"}
LABELLED = HERE / "labelled.jsonl"


def last_user(body):
    m = body["messages"][-1]
    assert m["role"] == "user"
    c = m["content"]
    return c if isinstance(c, str) else " ".join(p.get("text", "") for p in c if p.get("type") == "text")


def rows():
    with open(LABELLED, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_regenerates_byte_identical():
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "labelled.jsonl"
        S.main(out)
        assert out.read_bytes() == LABELLED.read_bytes(), "labelled.jsonl is not what make_set.py writes"


def test_batch_mix():
    c7 = cases_7.C7
    assert 150 <= len(c7) <= 270, len(c7)
    langs = Counter(lang for lang, *_ in c7)
    assert set(langs) == LANGS, langs
    assert sum(n for lang, n in langs.items() if lang != "en") >= 0.4 * len(c7), langs
    assert langs["ja"] >= 30 and langs["ja"] == max(n for lang, n in langs.items() if lang != "en"), langs
    for lang in LANGS:  # each language has the tier-0, tier-1 and tier-3 sides of the lines
        assert {0, 1, 3} <= {t for la, t, *_ in c7 if la == lang}, lang
    tiers = Counter(t for _, t, *_ in c7)
    assert set(tiers) == {0, 1, 2, 3} and all(n >= 10 for n in tiers.values()), tiers


def test_entries():
    for lang, tier, text, pii, opt in cases_7.C7:
        assert lang in LANGS and tier in (0, 1, 2, 3) and text.strip(), text[:40]
        assert pii == [], text[:40]  # the batch carries no personal data
        assert set(opt) <= {"grp", "sys", "history", "tools", "max", "rf"}, opt
        assert not re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}\b", text), text[:40]  # no email address
        for role, t in opt.get("history", []):
            assert role in ("user", "assistant") and t.strip()


def test_batch_rows_in_set():
    rs = rows()
    mine = [r for r in rs if r["group"].startswith(("c7:", "c7g:"))]
    assert len(mine) == len(cases_7.C7), (len(mine), len(cases_7.C7))
    first = int(mine[0]["id"][1:])
    assert [r["id"] for r in mine] == [f"r{i:04d}" for i in range(first, first + len(mine))]
    # Emitted right after the sixth blind set; the seventh blind set and
    # the eighth batch come after it.
    before = rs[first - 1]
    assert before["group"].startswith("b6:"), before["id"]


def test_apart_from_every_other_set():
    rs = rows()
    mine = [r for r in rs if r["group"].startswith(("c7:", "c7g:"))]
    texts = Counter(last_user(r["request"]) for r in mine)
    dup = [t[:60] for t, n in texts.items() if n > 1]
    assert not dup, f"repeated in the batch: {dup}"
    others = {last_user(r["request"]) for r in rs if not r["group"].startswith(("c7:", "c7g:"))}
    for p in sorted(HERE.glob("*.jsonl")):
        # blind7 is folded into the labelled set now (its rows are among
        # `others`, as are blind8's); a set being written as a blind
        # evaluation (blind9*) is never opened.
        if p.name == LABELLED.name or p.name.startswith("blind9") or p.name.endswith("_labels.jsonl"):
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                req = r.get("request") if isinstance(r, dict) else None
                if isinstance(req, dict) and req.get("messages"):
                    others.add(last_user(req))
    clash = [r["id"] for r in mine if last_user(r["request"]) in others]
    assert not clash, f"also in another set: {clash}"


def test_relabel_and_split():
    rs = rows()
    by_id = {r["id"]: r for r in rs}
    for key, tier in S.RELABEL.items():
        if key.startswith("r"):
            assert key in by_id and by_id[key]["tier"] == tier, key
    for r in rs:
        assert r["split"] == ("test" if S.is_test(r["group"]) else "train"), r["id"]


if __name__ == "__main__":
    for name, fn in list(globals().items()):
        if name.startswith("test_") and callable(fn):
            fn()
            print("ok", name)
