"""Court decisions cited one after another with full stops between them are references of their own (session 17).

Before, only semicolons separated them: "BVerfG, Urteil vom … BVerfGE 65, 1. BGH, Urteil vom …" parsed as the first
decision alone, and the second was lost (`fix` kept the line verbatim, "content-lost").
"""

from __future__ import annotations

import re

import pytest

import refnorm
from refnorm.parsing import legal


@pytest.mark.parametrize(("text", "numbers"), [
    ("BVerfG, Urteil vom 15.12.1983 – 1 BvR 209/83, BVerfGE 65, 1. BGH, Urteil vom 12.05.2010 – I ZR 121/08, "
     "NJW 2010, 2061.", ["1 BvR 209/83", "I ZR 121/08"]),
    ("BGH, Beschl. v. 3.2.2022 – VI ZR 45/19, NJW 2022, 1234. OLG München, Urt. v. 5.5.2020 – 7 U 123/19, "
     "NZV 2020, 410. BAG, Urteil vom 1.4.2021 – 2 AZR 5/20, NZA 2021, 999.", ["VI ZR 45/19", "7 U 123/19", "2 AZR 5/20"]),
    ("Cass. 1re civ., 12 mars 2019, n° 17-28.331, D. 2019, p. 712. CE, 17 juillet 2020, n° 428409, Association X.",
     ["17-28.331", "428409"]),
])
def test_decisions_after_a_full_stop_are_each_a_reference(text: str, numbers: list[str]) -> None:
    refs = refnorm.parse(text)
    assert [r.get("type") for r in refs] == ["legal_case"] * len(numbers)
    assert [r.get("number") for r in refs] == numbers


@pytest.mark.parametrize("text", [
    # one decision, then a sentence that is no decision
    "BGH, Urteil vom 12.05.2010 – I ZR 121/08, NJW 2010, 2061. Kritisch dazu Müller, JZ 2011, 12.",
    # a place abbreviation before a full stop, then a reference that is no decision
    "Smith J, Lee K. Coastal erosion in Monterey, CA. Geomorphology. 2019;330:1-12.",
    "Jones A. Court reform in England. Law Q Rev. 2018;134:55-70.",
])
def test_a_full_stop_before_a_word_that_can_name_a_court_splits_nothing_else(text: str) -> None:
    before = len(refnorm.parse(text))
    assert legal.legal_pieces(text) is None
    assert before == 1


def test_every_court_opens_with_a_word_the_entries_gate_knows() -> None:
    """`entries` looks for a second decision after a full stop only in lines holding one of `COURT_WORDS`."""
    depth, start, alternatives = 0, 0, []
    for i, ch in enumerate(legal._COURT):
        if ch == "(" and legal._COURT[i - 1:i] != "\\":
            depth += 1
        elif ch == ")" and legal._COURT[i - 1:i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(legal._COURT[start:i])
            start = i + 1
    alternatives.append(legal._COURT[start:])
    assert len(alternatives) > 40
    for alternative in alternatives:
        first = re.match(r"[^\W\d_]+", alternative)
        assert first and first.group(0) in legal.COURT_WORDS, alternative
