"""The tokenizer: a table of strings and their tokens, offsets, whitespace flags."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refnorm.parsing.tokens import tokenize

TABLE = [
    ("2020;41(3):178-85.", ["2020", ";", "41", "(", "3", ")", ":", "178", "-", "85", "."]),
    ("Aging Dis. 9 mars 2020", ["Aging", "Dis", ".", "9", "mars", "2020"]),
    ("216‑28", ["216", "‑", "28"]),
    ("O’Doherty, J.P.", ["O", "’", "Doherty", ",", "J", ".", "P", "."]),
    ("n°5, S. 12–14", ["n", "°", "5", ",", "S", ".", "12", "–", "14"]),
    ("Müller (Hrsg.)", ["Müller", "(", "Hrsg", ".", ")"]),
    ("e\u0301te\u0301 2019", ["e\u0301te\u0301", "2019"]),  # combining accents stay in the word
    ("计算机学报, 2019", ["计", "算", "机", "学", "报", ",", "2019"]),
    ("東京：岩波書店", ["東", "京", "：", "岩", "波", "書", "店"]),
    ("한국 논문", ["한국", "논문"]),
    ("Иванов И.И. Москва", ["Иванов", "И", ".", "И", ".", "Москва"]),
    ("doi:10.1000/xyz", ["doi", ":", "10", ".", "1000", "/", "xyz"]),
    ("", []),
    ("   \n ", []),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_token_table(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


def test_whitespace_and_newline_flags() -> None:
    toks = tokenize("Smith J.\nTitle, 2020")
    assert [t.space_before for t in toks] == [False, True, False, True, False, True]
    assert [t.newline_before for t in toks] == [False, False, False, True, False, False]


@given(st.text())
def test_offsets_point_into_the_text(text: str) -> None:
    toks = tokenize(text)
    for t in toks:
        assert text[t.start:t.end] == t.text
    # nothing but whitespace is dropped
    covered = "".join(t.text for t in toks)
    assert covered == "".join(ch for ch in text if not ch.isspace()) or all(
        not text[a.end:b.start].strip() for a, b in itertools.pairwise(toks)
    )


def _reference_tokens(text: str) -> list[tuple[str, int, int, bool, bool]]:
    """The tokens as the first tokenizer made them: one ``finditer`` match per token, gaps read back."""
    from refnorm.parsing.tokens import _TOKEN_RE

    out = []
    prev = 0
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        gap = text[prev:s]
        out.append((m.group(), s, e, s > prev, "\n" in gap or "\r" in gap))
        prev = e
    return out


_AWKWARD = st.sampled_from(list("aZé9 \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2009\u200b\u2028\u3000\u3001\u4e00\u3042"
                                "\u30a2\uac00\u0301\uff0c\uff1a.-;()"))


@given(st.one_of(st.text(), st.text(_AWKWARD)))
def test_same_tokens_as_one_match_per_token(text: str) -> None:
    # the fast paths (ASCII through ``re``, whitespace captured by ``findall``) change no token,
    # offset or flag: U+3000 is both whitespace and a CJK token, \x1c-\x1f are whitespace only to ``re``
    assert [tuple(t) for t in tokenize(text)] == _reference_tokens(text)


@pytest.mark.parametrize("text", ["a\u3000b", "a \u3000 b", "\u3000", "x\x1cy", "x\x1fy ", "\r\na\u2028b", "A1b2"])
def test_awkward_whitespace(text: str) -> None:
    assert [tuple(t) for t in tokenize(text)] == _reference_tokens(text)
