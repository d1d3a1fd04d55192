"""The label repairs' cheaper code gives what the code it replaced gave (session 7 speed work)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.parsing import repair
from refnorm.parsing.lexicon import STANDARD_CODE
from refnorm.parsing.repair import _ASCII_DAYS, _GLUED_DAY_FIRST, _STANDARD_HEADS, _day_number, _spaced_text
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


# --- repair rules that skip a reference in C: each skip must hide no token the full scan would act on


@settings(max_examples=200, deadline=None)
@given(st.from_regex(STANDARD_CODE, fullmatch=True))
def test_every_standard_designation_opens_with_a_listed_body(text: str) -> None:
    # _standard_designation skips a reference whose upper-case opening token starts with no body of
    # STANDARD_BODIES: a body added to STANDARD_CODE alone would be skipped
    assert text.startswith(_STANDARD_HEADS), text


def test_ascii_day_texts_are_the_day_numbers() -> None:
    digits = [str(i) for i in range(10)]
    texts = digits + [a + b for a in digits for b in digits] + [a + b + c for a in digits for b in digits for c in "019"]
    assert {t for t in texts if _day_number(t)} == {t for t in texts if t in _ASCII_DAYS}
    assert set(texts) >= _ASCII_DAYS


_TOKEN_TEXTS = st.lists(st.sampled_from(["(", ")", ",", ".", "/", "-", "–", "1", "12", "09", "31", "2021", "1999", "123",
                                         "Lyon", "mai", "Jan", "avril", "de", "г", "Proc", "Conf", "In", "A", "Ⅻ"]),
                        max_size=24)


@settings(max_examples=300, deadline=None)
@given(_TOKEN_TEXTS)
def test_glued_day_first_pattern_finds_every_candidate(texts: list[str]) -> None:
    blob = " ".join(texts)
    found = [blob.count(" ", 0, m.start()) + 4 for m in _GLUED_DAY_FIRST.finditer(blob)]
    full = [i for i in range(4, len(texts)) if len(texts[i]) == 4 and texts[i].isdecimal() and texts[i - 1] == "."
            and texts[i - 3] == "." and texts[i - 4].isdecimal() and len(texts[i - 4]) <= 2
            and texts[i - 2].isdecimal() and len(texts[i - 2]) <= 2]
    assert [i for i in found if texts[i - 4].isdecimal() and len(texts[i - 4]) <= 2] == full


_LABELS = st.sampled_from(["O", "title", "^title", "container-title", "^container-title", "issued", "publisher",
                           "publisher-place", "author"])


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_meeting_shape_gate_changes_nothing(data: st.DataObject) -> None:
    texts = data.draw(_TOKEN_TEXTS)
    labels = data.draw(st.lists(_LABELS, min_size=len(texts), max_size=len(texts)))
    toks = tokenize(" ".join(texts))
    if [t.text for t in toks] != texts or not {"(", ")", ","} <= set(texts):
        return  # (texts that tokenize otherwise; the rule's caller asks for these three)
    gated, full = list(labels), list(labels)
    repair._meeting_in_brackets(toks, gated)
    shape = repair._MEETING_SHAPE
    try:
        repair._MEETING_SHAPE = re.compile("")  # every text passes: the rule's own tests alone
        repair._meeting_in_brackets(toks, full)
    finally:
        repair._MEETING_SHAPE = shape
    assert gated == full
