"""The label repairs' cheaper code gives what the code it replaced gave (session 7 speed work)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from refnorm.parsing.repair import _spaced_text
from refnorm.parsing.tokens import tokenize


def _spaced_by_characters(tokens: list) -> str:
    """The head text as ``_standard_designation`` built it before: a list of characters filled by slices."""
    base = tokens[0].start
    chars = [" "] * (tokens[-1].end - base)
    for t in tokens:
        chars[t.start - base:t.end - base] = t.text
    return "".join(chars)


@given(st.lists(st.sampled_from([*"ISO 690:2021.-ČSN\t\n", "  ", "\u00a0", "\u3000", "漢", "é", "e\u0301"]),
                max_size=30).map("".join))
def test_spaced_text_is_the_character_list(text: str) -> None:
    tokens = tokenize(text)
    for k in range(1, min(len(tokens), 16) + 1):
        assert _spaced_text(tokens[:k]) == _spaced_by_characters(tokens[:k])


def test_spaced_text_example() -> None:
    assert _spaced_text(tokenize("  DIN  SPEC 91472:2023-04.")) == "DIN  SPEC 91472:2023-04."
