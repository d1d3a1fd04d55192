"""``parsing.api._align`` (an entry's text mapped onto its raw lines) walks a word at a time when the text's only
whitespace is " ": it must give exactly the list of the character-by-character walk it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

# the character walk stays in api for texts with other whitespace; it is the reference here
from refnorm.parsing.api import _align, _align_by_character

# few distinct characters, so that words recur and partial matches are common; the odd spaces
# (U+001C-U+001F, U+0085, U+00A0, U+2028, U+3000) are whitespace to both ``\s`` and ``str.isspace``
_CHARS = st.sampled_from([*"ab-.1 ", "\n", "\t", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000", "\u200b"])
_TEXT = st.text(_CHARS, max_size=30)
# only " " for whitespace (the common case, walked a word at a time), with runs of spaces
_PRINTABLE = st.text(st.sampled_from([*"ab-.1", " ", " "]), max_size=30)


@settings(max_examples=400, deadline=None)
@given(_TEXT, _TEXT)
def test_align_matches_the_character_walk_on_random_pairs(text: str, raw: str) -> None:
    assert _align(text, raw) == _align_by_character(text, raw)


@settings(max_examples=400, deadline=None)
@given(_PRINTABLE, st.one_of(_PRINTABLE, _TEXT))
def test_align_matches_the_character_walk_on_printable_text(text: str, raw: str) -> None:
    assert _align(text, raw) == _align_by_character(text, raw)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(_PRINTABLE, _TEXT), st.sampled_from(["", "-", "1. ", "\n", " \n ", "-\n"])), max_size=6))
def test_align_matches_the_character_walk_on_entries_taken_from_raw(pieces: list[tuple[str, str]]) -> None:
    # what the splitter does: raw is the text with labels, hyphens and line breaks added between its pieces
    text = " ".join(p for p, _ in pieces)
    raw = "".join(extra + p for p, extra in pieces)
    assert _align(text, raw) == _align_by_character(text, raw)


def test_align_examples() -> None:
    assert _align("Smith J. Title", "12. Smith J.\n   Title") == [4, 5, 6, 7, 8, 9, 10, 11, 12, 16, 17, 18, 19, 20]
    assert _align("transla tion", "transla-\ntion") == [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
    assert _align("abc", "ab") is None
    assert _align("a b", "ab") is None
