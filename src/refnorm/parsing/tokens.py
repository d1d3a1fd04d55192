"""Split a reference string into the tokens the field labeler works on.

A token is a run of letters (with their combining marks), a run of digits, or a single
character of anything else that is not whitespace. One token per ideograph or kana, since
CJK references are written without spaces and a field boundary can fall between any two
characters. Hangul keeps its runs (Korean separates words with spaces).

So ``"2020;41(3):178-85."`` is eleven tokens, ``2020 ; 41 ( 3 ) : 178 - 85 .``, not the seven
the issue counted: every punctuation character is its own token because that is where field
boundaries fall ("41(3)" is a volume then an issue, "178-85" a page range); a whitespace
tokenizer (AnyStyle's) cannot separate them at all.

Whitespace is not a token, but each token remembers whether whitespace (and a line break)
came before it, because "Aging Dis. 9 mars" and "Dis.9" are different cues.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

__all__ = ["Token", "tokenize"]

# Han, kana and CJK punctuation/symbols: one token each. Letters+marks: runs. Digits: runs.
_TOKEN_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uff0f\uff1a-\uff20]"
    r"|(?:[^\W\d_]|\p{M})+"
    r"|\d+"
    r"|[^\s]",
    regex.V0,
)
# The same tokens with the whitespace before each captured, so that ``findall`` gives everything
# (no match object per token: 1.7x faster). U+3000 is whitespace but also the CJK class's first
# character, which takes it as a token: the whitespace group leaves it to the token.
_GAP_TOKEN_RE = regex.compile(r"([^\S\u3000]*)(" + _TOKEN_RE.pattern + ")", regex.V0)
# ASCII text (most references): the stdlib engine is faster on these classes. regex's \s does not
# take the separators \x1c-\x1f (``re``'s does), so whitespace is spelled out.
_ASCII_GAP_TOKEN_RE = re.compile(r"([ \t\n\r\x0b\x0c]*)([A-Za-z]+|[0-9]+|[^ \t\n\r\x0b\x0c])")


class Token(NamedTuple):
    """One token: its text, its ``[start, end)`` offsets, and the whitespace before it."""

    text: str
    start: int
    end: int
    space_before: bool  # any whitespace between the previous token and this one
    newline_before: bool  # a line break among that whitespace


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets into it (``text[t.start:t.end] == t.text``)."""
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # Token(...) without the namedtuple's Python-level __new__: the parse's hot path
    pos = 0
    pattern = _ASCII_GAP_TOKEN_RE if text.isascii() else _GAP_TOKEN_RE
    for gap, tok in pattern.findall(text):
        if gap:
            start = pos + len(gap)
            pos = start + len(tok)
            append(new(Token, (tok, start, pos, True, "\n" in gap or "\r" in gap)))
        else:
            append(new(Token, (tok, pos, pos + len(tok), False, False)))
            pos += len(tok)
    return out
