"""entries.py's costly scans made cheap (session 14, fixer "sp"): the year pattern opens with its digits, and
_FURNITURE's pipe-footer branch runs only where a "|" is. The same answers as before, on strings of our own and
the training texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.parsing.entries import _FURNITURE, _PIPED_FOOTER, _YEAR, is_reference
from refnorm.parsing.fields import segments
from refnorm.parsing.tokens import tokenize

TRAIN = Path(__file__).resolve().parents[1] / "training" / "train.jsonl"
_OLD_YEAR = re.compile(r"(?=[12])(?<!\d)(1[5-9]\d\d|20[0-4]\d)(?!\d)")  # before session 14


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("text", [
    "Smith (2019) Title.", "12019", "20190", "1499 1500 2049 2050", "x1999y", "1999-2001", "a2020", "2020a",
    "٢٠٢٠ 2020", "Vol 1234 (1987), 1500-1600", "", "1", "19", "199", "0199 1199",
])
def test_year_same_matches(text):
    assert _spans(_YEAR, text) == _spans(_OLD_YEAR, text)
    for pos in range(len(text) + 1):
        assert _spans(_YEAR, text, pos) == _spans(_OLD_YEAR, text, pos)
    assert bool(_YEAR.fullmatch(text)) == bool(_OLD_YEAR.fullmatch(text))
    assert bool(_YEAR.match(text)) == bool(_OLD_YEAR.match(text))


@given(st.text(alphabet="0125689 -a٢", max_size=25))
@settings(max_examples=500, deadline=None)
def test_year_same_matches_random(text):
    assert _spans(_YEAR, text) == _spans(_OLD_YEAR, text)


_OLD_FURNITURE = re.compile(_FURNITURE.pattern.replace(
    r"|^\W*page\s+\d+\s+(?:of|de|von|di|sur)\s+\d+\W*$|",
    r"|^\W*page\s+\d+\s+(?:of|de|von|di|sur)\s+\d+\W*$|" + _PIPED_FOOTER.pattern + "|"), re.I)


def test_old_furniture_pattern_is_rebuilt():
    assert _PIPED_FOOTER.pattern in _OLD_FURNITURE.pattern and _PIPED_FOOTER.pattern not in _FURNITURE.pattern


@pytest.mark.parametrize("text", [
    "Journal of Rural Studies | Vol. 12 | No. 3  45",
    "ACME Review | Spring 2020 | Issue 4 12",
    "Page 3 of 12",
    "Conflicts of interest: none declared.",
    "Smith J | Jones K. A study. Nature. 2020;1:1-2.",  # a pipe that is no footer
    "Smith J, Jones K. A study. Nature. 2020;1:1-2.",
])
def test_furniture_same_answers(text):
    new = bool(_FURNITURE.match(text) or ("|" in text and _PIPED_FOOTER.match(text)))
    assert new == bool(_OLD_FURNITURE.match(text))


def test_piped_footer_is_still_furniture():
    text = "Journal of Rural Studies | Vol. 12 | No. 3  45"
    toks = tokenize(text)
    labels = ["container-title"] * len(toks)
    ok, why = is_reference(text, toks, labels, segments(toks, labels))
    assert not ok and "furniture" in why


def test_on_training_texts():
    if not TRAIN.exists():
        pytest.skip("training/train.jsonl absent")
    with TRAIN.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    for text in texts:
        assert _spans(_YEAR, text) == _spans(_OLD_YEAR, text), text
        new = bool(_FURNITURE.match(text) or ("|" in text and _PIPED_FOOTER.match(text)))
        assert new == bool(_OLD_FURNITURE.match(text)), text
