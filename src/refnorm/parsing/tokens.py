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


# Non-ASCII text in the scripts most references are written in (Latin, Greek, Cyrillic, with the general
# punctuation and letterlike signs) tokenizes with the stdlib engine too, ~4x faster than ``regex``: over the
# characters where the two engines' letter, digit and whitespace classes agree and which are neither a mark nor
# CJK, the two patterns find the same tokens. Those characters are found by asking both engines, once, at the
# first such text (~30 ms): whatever versions are installed, the fast path takes only what they agree on.
_FAST_BLOCKS = ((0x80, 0x250), (0x370, 0x530), (0x1E00, 0x2070), (0x20A0, 0x2150))
_fast: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _fast_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a pattern that finds a character outside the fast path's, the fast path's gap-and-token pattern)."""
    global _fast
    if _fast is None:
        r_letter, r_digit, r_space = (regex.compile(p, regex.V0) for p in (r"[^\W\d_]", r"\d", r"[^\S\u3000]"))
        r_other = regex.compile(r"\p{M}|" + _TOKEN_RE.pattern.split("|", 1)[0], regex.V0)  # marks and the CJK class
        p_letter, p_digit, p_space = (re.compile(p) for p in (r"[^\W\d_]", r"\d", r"\s"))
        kinds: dict[str, list[str]] = {"letter": [], "digit": [], "space": [], "any": []}
        for lo, hi in _FAST_BLOCKS:
            for c in map(chr, range(lo, hi)):
                ours = (p_letter.match(c) is not None, p_digit.match(c) is not None, p_space.match(c) is not None)
                if r_other.match(c) or ours != (r_letter.match(c) is not None, r_digit.match(c) is not None,
                                                r_space.match(c) is not None):
                    continue
                kinds["any"].append(c)
                for kind, yes in zip(("letter", "digit", "space"), ours, strict=True):
                    if yes:
                        kinds[kind].append(c)
        # (none of these characters is special inside a class: all are above ASCII)
        letters, digits, spaces, every = ("".join(kinds[k]) for k in ("letter", "digit", "space", "any"))
        ws = " \t\n\r\x0b\x0c" + spaces
        _fast = (re.compile(f"[^\x00-\x7f{every}]"), re.compile(f"([{ws}]*)([A-Za-z{letters}]+|[0-9{digits}]+|[^{ws}])"))
    return _fast


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
    if text.isascii():
        pattern = _ASCII_GAP_TOKEN_RE
    else:
        outside, fast = _fast_patterns()
        pattern = _GAP_TOKEN_RE if outside.search(text) else fast
    for gap, tok in pattern.findall(text):
        if gap:
            start = pos + len(gap)
            pos = start + len(tok)
            append(new(Token, (tok, start, pos, True, "\n" in gap or "\r" in gap)))
        else:
            append(new(Token, (tok, pos, pos + len(tok), False, False)))
            pos += len(tok)
    return out
