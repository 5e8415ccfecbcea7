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

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_blind7 as G  # noqa: E402
import blind_shape as S  # noqa: E402

SET = HERE / "blind7.jsonl"


def rows():
    return S.rows(SET)


def test_regenerates_byte_identical():
    S.regenerates(G, SET)


def test_line_format():
    S.line_format(G, rows(), "b7")


def test_counts():
    """The mix of make_blind7.py's docstring, within a few requests."""
    S.stated_mix(G, rows(), n=(320, 340), en=(140, 150), other=(20, 21))


def test_addresses_and_private_in_every_language():
    S.private_in_every_language(G, rows())


def test_no_template_overused():
    S.no_template_overused(G, rows())


def test_identifiers_revalidate():
    S.identifiers_revalidate(G, rows(), min_broken=10)


def test_apart_from_every_other_set():
    S.apart_from_other_sets(G, SET, rows(), "b7")


if __name__ == "__main__":
    S.run_as_script(globals())
