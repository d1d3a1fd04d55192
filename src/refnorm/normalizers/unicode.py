"""Unicode clean-up of pasted reference text.

Text copied from PDFs and web pages carries invisible debris: ligatures (``ﬁ``), no-break and thin
spaces, soft hyphens, zero-width spaces, byte-order marks, bidi marks and control characters.
:func:`clean` removes the debris and keeps everything that carries meaning:

- NFC composition (``e`` + combining acute -> ``é``), but not NFKC: NFKC would also fold
  superscripts, fullwidth CJK punctuation and the ``ﬁ``-style ligatures all at once, and the
  first two are content.
- Dashes stay what they are: an en dash in a title is an en dash. Only the non-breaking
  hyphen U+2011 and the hyphen U+2010, which are typographic spellings of ``-``, become ``-``.
  Page ranges are normalised separately by :mod:`refnorm.normalizers.pages`.
- Curly quotes stay (the renderer wants them); ``quotes="ascii"`` folds them.
- ZWJ/ZWNJ (U+200D/U+200C) stay: they change spelling in Persian, Indic scripts and emoji.

:func:`clean_with_offsets` returns the same string plus, for every output character, the index of
the input character it came from, so the tokenizer can point back into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

__all__ = ["CJK_CHARS", "CLOSING_QUOTES", "COMPOUND_TAILS", "HANGUL", "KANA", "QUOTE_CLOSERS", "clean",
           "clean_with_offsets", "keeps_hyphen"]

# Kana, CJK ideographs (extension A and unified), Hangul syllables and compatibility ideographs:
# the scripts written without spaces between words, which tokenising, matching and name handling
# treat one character at a time. A character-class body: use as f"[{CJK_CHARS}]".
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# the scripts that say which CJK language a text is in: kana only Japanese writes, hangul only Korean
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Quotation marks, by opening mark: the marks that may close it. German closes „ with “, Polish and Hungarian with ”;
# French and Swiss use « », CJK 「」『』《》. One table, so that every reader of quotes agrees on what closes what.
QUOTE_CLOSERS: dict[str, str] = {
    '"': '"', "“": "”", "„": "“”", "‚": "‘’", "‘": "’", "«": "»", "‹": "›", "「": "」", "『": "』", "《": "》",
}
CLOSING_QUOTES = frozenset("".join(QUOTE_CLOSERS.values()))

# Characters that become a plain space: every Unicode space separator, tabs and line breaks.
_SPACES = (
    "\t\n\v\f\r\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
# Characters that vanish: soft hyphen, zero-width space, word joiner, BOM / ZWNBSP,
# Mongolian vowel separator, bidi embedding/override/isolate marks, LRM/RLM/ALM,
# interlinear annotation marks, object replacement characters.
_DROP = (
    "\u00ad\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u200e\u200f\u061c"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufff9\ufffa\ufffb\ufffc"
)
_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u0132": "IJ", "\u0133": "ij", "\u01c7": "LJ", "\u01c8": "Lj",
    "\u01c9": "lj", "\u01ca": "NJ", "\u01cb": "Nj", "\u01cc": "nj", "\u01f1": "DZ", "\u01f2": "Dz",
    "\u01f3": "dz", "\u01c4": "DŽ", "\u01c5": "Dž", "\u01c6": "dž",
}
_HYPHENS = {"\u2010": "-", "\u2011": "-"}
_ASCII_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u2039": "'",
    "\u203a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u300c": '"', "\u300d": '"', "\u300e": '"', "\u300f": '"',
}


def _table(ascii_quotes: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # C0 and C1 controls other than the whitespace ones handled above.
    for cp in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        table[cp] = None
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _DROP:
        table[ord(ch)] = None
    for mapping in (_LIGATURES, _HYPHENS, _ASCII_QUOTES if ascii_quotes else {}):
        for k, v in mapping.items():
            table[ord(k)] = v
    return table


_TABLE = _table(False)
_TABLE_ASCII = _table(True)
_WS_RUN = re.compile(r"  +")
# Anything the translation tables touch, so that clean text is returned untouched quickly.
_NEEDS_WORK = re.compile(
    "[" + re.escape("".join(chr(c) for c in _TABLE)) + "]|  |^ | $"
)
_NEEDS_WORK_ASCII = re.compile(
    "[" + re.escape("".join(chr(c) for c in _TABLE_ASCII)) + "]|  |^ | $"
)


def clean(text: str, *, quotes: Literal["keep", "ascii"] = "keep") -> str:
    """Return ``text`` in NFC with invisible debris removed and whitespace collapsed.

    >>> clean("Signi\ufb01cant\u00a0e\u0301tude\u00ad s  \u200b")
    'Significant étude s'
    """
    # Printable ASCII (most calls: a parse cleans every name and title again): the tables touch no
    # such character, so only doubled or edge spaces need work; a substring test beats the regex scan
    if text.isascii() and text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    text = _join_broken_words(text)[0]
    table = _TABLE_ASCII if quotes == "ascii" else _TABLE
    debris = (_NEEDS_WORK_ASCII if table is _TABLE_ASCII else _NEEDS_WORK).search(text) is not None
    if not debris and (text.isascii() or unicodedata.is_normalized("NFC", text)):
        return text
    # Translate before composing: a dropped zero-width character can sit between a letter and its accent.
    text = text.translate(table)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = _WS_RUN.sub(" ", text)
    return text.strip(" ")


def _clusters(text: str, table: dict[int, str | None]) -> list[tuple[int, str]]:
    """Split ``text`` into (start, chunk) units that NFC composes within: a starter plus the marks,
    composing starters and dropped characters after it."""
    out: list[tuple[int, str]] = []
    start = 0
    for i in range(1, len(text)):
        ch = text[i]
        if ch.isascii() and ch >= " " and ch != "\x7f":
            pass
        elif (unicodedata.combining(ch) or "\u1160" <= ch <= "\u11ff" or table.get(ord(ch), ch) is None
              # a starter that NFC composes with the character before it (Bengali U+09BE...)
              or len(unicodedata.normalize("NFC", text[i - 1] + ch)) == 1):
            continue
        out.append((start, text[start:i]))
        start = i
    if text:
        out.append((start, text[start:]))
    return out


_SPECIAL = re.compile("[" + re.escape("".join(chr(c) for c in _TABLE)) + " ]+")
_SPECIAL_ASCII = re.compile("[" + re.escape("".join(chr(c) for c in _TABLE_ASCII)) + " ]+")


# A word hyphenated at a line end, as text copied from a PDF keeps it ("Nieren-\ntransplantation"):
# a letter, the hyphen, the line break, and a lower-case letter. The list splitter joins wrapped lines
# by the same rule; a capital after the break ("Köhler-\nBrandt") may begin a word of its own.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*(?:\r\n?|\n|\u2028)[ \t]*(?=[^\W\d_])")


_IN_LINK = re.compile(r"(?:https?://|www\.|doi\.org/)\S*$", re.IGNORECASE)
_HEAD = re.compile(r"[^\W\d_]+$")
_TAIL = re.compile(r"[^\W\d_]+")

# The words that follow a hyphen as the second part of a compound modifier ("carbapenem-resistant", "evidence-based",
# "dose-dependent"): of the lower-case words written after a hyphen in the 31,937 training references, those after five
# different words or more that are whole English participles or adjectives (nouns such as "time", "level" or "year"
# end soft-broken words too: "life-/time"). A word broken at a line end before one of them keeps its hyphen.
COMPOUND_TAILS = frozenset({
    "activated", "associated", "based", "dependent", "derived", "directed", "driven", "free", "induced", "like",
    "mediated", "related", "resistant", "responsive", "rich", "sensitive", "specific"})
# prefixes joined to such a word as one ("in-/dependent", "un-/related", "inter-/related"): no compound's first part
_JOINED_PREFIXES = frozenset({"in", "un", "non", "re", "de", "dis", "inter", "under", "over", "counter", "super",
                              "trans", "ultra", "hyper", "hypo", "infra", "intra", "extra", "mis", "pre", "post"})


def keeps_hyphen(head: str, tail: str) -> bool:
    """Whether a hyphen at a line end between ``head`` (the letters before it) and ``tail`` (the word after it)
    belongs to the word: after an acronym ("DNA-/binding", "HIV-/infected"), or before a compound's second part
    (:data:`COMPOUND_TAILS`) after a word that is no joined prefix ("Carbapenem-/resistant", "dose-/dependent"; not
    "in-/dependent"). A soft hyphen that only broke a word at the line end goes ("Nieren-/transplantation")."""
    if len(head) >= 2 and head.isupper():
        return True
    return tail.lower() in COMPOUND_TAILS and len(head) >= 4 and head.lower() not in _JOINED_PREFIXES


def _keeps_hyphen_at(text: str, hyphen: int, after: int) -> bool:
    head = _HEAD.search(text, max(0, hyphen - 40), hyphen)
    tail = _TAIL.match(text, after)
    return head is not None and tail is not None and keeps_hyphen(head.group(), tail.group())


def _join_broken_words(text: str) -> tuple[str, list[int] | None]:
    """``text`` with words broken at a line end joined, and the input index of each character kept
    (None when nothing was joined)."""
    if "\n" not in text and "\r" not in text and "\u2028" not in text:
        return text, None
    pieces: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _BROKEN_WORD.finditer(text):
        # (not inside a link, whose hyphens are its own: "https://example.org/reports/urban-\nheat-2018.pdf")
        if text[m.end()].islower() and not _IN_LINK.search(text, max(0, m.start() - 200), m.start()):
            # (a compound's own hyphen stays, the line break goes: "Carbapenem-\nresistant" -> "Carbapenem-resistant")
            end = m.start() + 1 if _keeps_hyphen_at(text, m.start(), m.end()) else m.start()
            pieces.append(text[pos:end])
            offs.extend(range(pos, end))
            pos = m.end()
    if not pieces:
        return text, None
    pieces.append(text[pos:])
    offs.extend(range(pos, len(text)))
    return "".join(pieces), offs


def clean_with_offsets(text: str, *, quotes: Literal["keep", "ascii"] = "keep") -> tuple[str, list[int]]:
    """Like :func:`clean`, also returning ``offsets`` with ``offsets[i]`` = input index of output char ``i``.

    When NFC merges several input characters into one, the output character points at the first;
    when a ligature expands into several, each points at the ligature. A word hyphenated at a line
    end is joined (``"Nieren-\ntransplantation"`` -> ``"Nierentransplantation"``).
    """
    joined, where = _join_broken_words(text)
    if where is not None:
        out, offs = clean_with_offsets(joined, quotes=quotes)
        return out, [where[i] for i in offs]
    table = _TABLE_ASCII if quotes == "ascii" else _TABLE
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        fast = _offsets_without_nfc(text, table, _SPECIAL_ASCII if quotes == "ascii" else _SPECIAL)
        if fast[0].isascii() or unicodedata.is_normalized("NFC", fast[0]):
            return fast
    return _offsets_with_nfc(text, table)


def _offsets_without_nfc(text: str, table: dict[int, str | None], special: re.Pattern[str]) -> tuple[str, list[int]]:
    """The common case: copy runs of ordinary characters whole, work character by character only on
    the runs of spaces and debris between them."""
    out: list[str] = []
    offs: list[int] = []
    pending = -1  # input index of a space not yet written
    pos = 0
    for m in special.finditer(text):
        start = m.start()
        if start > pos:
            if pending >= 0 and out:
                out.append(" ")
                offs.append(pending)
            pending = -1
            out.append(text[pos:start])
            offs.extend(range(pos, start))
        for i in range(start, m.end()):
            rep = table.get(ord(text[i]), text[i])
            if rep is None:
                continue
            for r in rep:
                if r == " ":
                    if pending < 0:
                        pending = i
                    continue
                if pending >= 0 and out:
                    out.append(" ")
                    offs.append(pending)
                pending = -1
                out.append(r)
                offs.append(i)
        pos = m.end()
    if pos < len(text):
        if pending >= 0 and out:
            out.append(" ")
            offs.append(pending)
        out.append(text[pos:])
        offs.extend(range(pos, len(text)))
    return "".join(out), offs


def _offsets_with_nfc(text: str, table: dict[int, str | None]) -> tuple[str, list[int]]:
    out: list[str] = []
    offs: list[int] = []
    pending_space = -1  # input index of a space not yet written (collapsed, dropped at the ends)
    for start, chunk in _clusters(text, table):
        # translate first, keeping per-character input positions
        chars: list[str] = []
        pos: list[int] = []
        for i, ch in enumerate(chunk):
            rep = table.get(ord(ch), ch)
            if rep is None:
                continue
            for r in rep:
                chars.append(r)
                pos.append(start + i)
        if not chars:
            continue
        piece = "".join(chars)
        if not piece.isascii():
            composed = unicodedata.normalize("NFC", piece)
            if len(composed) != len(piece):
                piece, pos = composed, [pos[0]] * len(composed)
            else:  # singleton mappings (U+F900 -> U+8C48) keep their positions
                piece = composed
        for ch, p in zip(piece, pos, strict=True):
            if ch == " ":
                if pending_space < 0:
                    pending_space = p
                continue
            if pending_space >= 0:
                if out:
                    out.append(" ")
                    offs.append(pending_space)
                pending_space = -1
            out.append(ch)
            offs.append(p)
    return "".join(out), offs
