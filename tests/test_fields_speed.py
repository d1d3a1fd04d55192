"""The field builder's cheap paths answer as the regexes they stand in for (session 7 speed work)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from refnorm.parsing import fields

_PIECES = ["in", "In", "IN", "ins", "dans", "en", "em", "w", "v", "в", "σε", ":", " ", "  ", "\t", "\u3000", "\x1c",
           "\n", ".", ",", ";", "A", "x", "Smith", "2020"]


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_in_cue_agrees_with_the_regex(text: str) -> None:
    assert fields._has_in_cue(text) == (fields._IN_CUE.search(text) is not None)


def test_in_cue_examples() -> None:
    assert fields._has_in_cue("Nowak J. Rozdział. w: Kowalski A, red. Książka. Warszawa: PWN; 2020.")
    assert fields._has_in_cue("Dupont P. Chapitre. dans : Martin J. Livre. Paris : Seuil ; 2020.")
    assert fields._has_in_cue("Smith J. Chapter. In Book of Things. London: Pub; 2020.")
    assert not fields._has_in_cue("Smith J. Title. London: Pub; 2020.")
    assert not fields._has_in_cue("Smith J. Title. Berlin: Springer; 2020.")  # "Berlin:" ends in "in" inside a word
