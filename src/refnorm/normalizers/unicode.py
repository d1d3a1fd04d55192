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
- Damage is mended where it is certain: HTML character references (``&#8211;``, ``&amp;``), UTF-8 read
  as Windows-1252 (``â€œ``, ``MÃ¼ller``), and words a PDF broke at a line end (``tem- prana``; not a
  suspended compound's hyphen, ``Kinder- und Jugendhilfe``).

:func:`clean_with_offsets` returns the same string plus, for every output character, the index of
the input character it came from, so the tokenizer can point back into the original text.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from typing import Literal

__all__ = ["CJK_CHARS", "CLOSING_QUOTES", "COMPOUND_TAILS", "HANGUL", "KANA", "QUOTE_CLOSERS", "SUSPENDING", "clean",
           "clean_with_offsets", "keeps_hyphen", "may_need_mending"]

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
    if text.isascii() and text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " " \
            and "- " not in text and ("&" not in text or ";" not in text):
        return text
    out = _clean(text, quotes)
    # (damage the clean-up brings together is mended too, so that cleaning clean text changes nothing: "a-  b",
    # "Â\x1f¡"; each round only shortens the text)
    while out != text and may_need_mending(out):
        text, out = out, _clean(out, quotes)
    return out


def may_need_mending(text: str) -> bool:
    """Whether ``text`` may hold damage that cleaning mends (a character reference, mojibake, a broken word): a
    cheap test, true of some text that holds none."""
    return "- " in text or ("&" in text and ";" in text) or (not text.isascii() and _MOJIBAKE.search(text) is not None)


def _clean(text: str, quotes: Literal["keep", "ascii"]) -> str:
    text = _join_broken_words(_mend_web_damage(text)[0])[0]
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
# by the same rule; a capital after the break ("Köhler-\nBrandt") may begin a word of its own. Pasted
# from a PDF into a one-line field, the line break is often a space already ("intervención tem- prana",
# "Handwer- kerinnen"): between two lower-case letters, the same break.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-(?:[ \t]*(?:\r\n?|\n|\u2028)[ \t]*| )(?=[^\W\d_])")
# The words after a hyphen and a space or line break that make the hyphen a suspended compound's ("Kinder- und
# Jugendhilfe", "Havs- och vattenmyndigheten", "pre- and post-operative"): nothing was broken, nothing is joined.
SUSPENDING = frozenset({
    "and", "or", "to", "und", "oder", "bis", "sowie", "bzw", "u", "en", "of", "tot", "och", "eller", "samt", "og",
    "et", "ou", "à", "y", "e", "o", "ó", "ed", "i", "a", "oraz", "lub", "albo", "czy", "do", "nebo", "či", "až",
    "ani", "és", "vagy", "ve", "veya", "ile", "ja", "tai", "и", "или", "до", "та", "й"})


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


# the first parts of English compounds that keep their hyphen before any word ("self-/assembled", "well-/known",
# "cross-/sectional"); never a word's own first syllable before a long second part
_COMPOUND_HEADS = frozenset({"self", "well", "cross"})


def keeps_hyphen(head: str, tail: str) -> bool:
    """Whether a hyphen at a line end between ``head`` (the letters before it) and ``tail`` (the word after it)
    belongs to the word: after an acronym ("DNA-/binding", "HIV-/infected"), after "self", "well" or "cross"
    ("self-/assembled"), or before a compound's second part (:data:`COMPOUND_TAILS`) after a word that is no joined
    prefix ("Carbapenem-/resistant", "dose-/dependent"; not "in-/dependent"). A soft hyphen that only broke a word
    at the line end goes ("Nieren-/transplantation")."""
    if len(head) >= 2 and head.isupper():
        return True
    if head.lower() in _COMPOUND_HEADS and len(tail) >= 4:
        return True
    return tail.lower() in COMPOUND_TAILS and len(head) >= 4 and head.lower() not in _JOINED_PREFIXES


def _keeps_hyphen_at(text: str, hyphen: int, after: int) -> bool:
    head = _HEAD.search(text, max(0, hyphen - 40), hyphen)
    tail = _TAIL.match(text, after)
    return head is not None and tail is not None and keeps_hyphen(head.group(), tail.group())


def _suspends(text: str, after: int) -> bool:
    tail = _TAIL.match(text, after)
    return tail is not None and tail.group().lower() in SUSPENDING


def _join_broken_words(text: str) -> tuple[str, list[int] | None]:
    """``text`` with words broken at a line end joined, and the input index of each character kept
    (None when nothing was joined)."""
    if "- " not in text and "\n" not in text and "\r" not in text and "\u2028" not in text:
        return text, None
    edits: list[tuple[int, int, str]] = []
    for m in _BROKEN_WORD.finditer(text):
        # (not inside a link, whose hyphens are its own: "https://example.org/reports/urban-\nheat-2018.pdf"; not a
        # suspended compound's hyphen; after a space, only between lower-case letters: "T- cell", "ACE2- Mesenchymal")
        if text[m.end()].islower() and not _IN_LINK.search(text, max(0, m.start() - 200), m.start()) \
                and (m.group() != "- " or text[m.start() - 1].islower()) \
                and not _suspends(text, m.end()):
            # (a compound's own hyphen stays, the line break goes: "Carbapenem-\nresistant" -> "Carbapenem-resistant")
            edits.append((m.start(), m.end(), "-" if _keeps_hyphen_at(text, m.start(), m.end()) else ""))
    return _splice(text, edits)


def _splice(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[int] | None]:
    """``text`` with each ``(start, end, replacement)`` made (in order, not overlapping), and the input index of each
    character (a replacement's point at its start); None for the indices when there was no edit."""
    if not edits:
        return text, None
    pieces: list[str] = []
    offs: list[int] = []
    pos = 0
    for start, end, replacement in edits:
        pieces.append(text[pos:start])
        offs.extend(range(pos, start))
        pieces.append(replacement)
        offs.extend([start] * len(replacement))
        pos = end
    pieces.append(text[pos:])
    offs.extend(range(pos, len(text)))
    return "".join(pieces), offs


# Two kinds of damage from the web: HTML character references left in copied text ("s. 23&#8211;34", "Smith &amp;
# Jones"), and UTF-8 read as Windows-1252 ("â€œHousehold", "MÃ¼ller"). The second is a run of characters that
# Windows-1252 spells with bytes above 0x7F, led by a byte that starts a UTF-8 sequence; it is mended only when its
# bytes decode as UTF-8. Windows-1252 has no character for 0x9D, so the closing quote "â€\x9d" often arrives as
# "â€" alone.
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# (the five bytes Windows-1252 leaves undefined pass through as the C1 controls of the same number, as browsers read
# them: "Ñ\x81" is "с")
_CP1252_HIGH = bytes(range(0x80, 0x100)).decode("cp1252", "ignore") + "\x81\x8d\x8f\x90\x9d"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{re.escape(_CP1252_HIGH)}]+")


# what mojibake is mended into: Latin letters, Greek, Cyrillic, punctuation, the euro and trade marks, CJK. Other
# letters that decode from such a run are a legitimate pair of characters ("Fuß“" would decode to an N'Ko letter,
# "íš" and a no-break space to a Hangul syllable)
_MENDED = re.compile("[\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2000-\u206f\u20ac\u2122\u3000-\u30ff"
                     "\u4e00-\u9fff]+")


def _character(reference: str) -> str:
    """The character an HTML character reference stands for (the reference itself when it stands for none)."""
    if reference[1] != "#":
        return html.entities.html5.get(reference[1:], reference)
    code = int(reference[3:-1], 16) if reference[2] in "xX" else int(reference[2:-1])
    return chr(code) if 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else reference


def _mend_run(run: str) -> str:
    """The run's characters decoded sequence by sequence from their Windows-1252 bytes as UTF-8; a character that
    starts no valid sequence stays as it is. A CJK character is believed only beside another: one alone is the
    accented letter, no-break space and guillemet of French ("âgé\u00a0»")."""
    raw = bytes(ord(ch) if ch in "\x81\x8d\x8f\x90\x9d" else ch.encode("cp1252")[0] for ch in run)
    if raw.endswith(b"\xe2\x80"):  # (the closing quote, its last byte lost)
        raw += b"\x9d"
    pieces: list[tuple[str, str]] = []  # (the characters read, what they mean)
    i = 0
    while i < len(run):
        lead = raw[i]
        size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 1
        try:
            mended = raw[i:i + size].decode("utf-8") if size > 1 else ""
        except UnicodeDecodeError:
            mended = ""
        if mended and _MENDED.fullmatch(mended):
            pieces.append((run[i:i + size], mended))
            i += size
        else:
            pieces.append((run[i], run[i]))
            i += 1
    cjk = sum(mended >= "\u3000" for _, mended in pieces)
    return "".join(mended if cjk != 1 or mended < "\u3000" else read for read, mended in pieces)


def _mend_web_damage(text: str) -> tuple[str, list[int] | None]:
    """``text`` with HTML character references decoded and Windows-1252 mojibake mended, and the input index of each
    character kept (None when nothing was mended)."""
    entities = "&" in text and ";" in text
    if not entities and text.isascii():
        return text, None
    found = [m for m in _ENTITY.finditer(text)] if entities else []
    if not text.isascii():
        found += _MOJIBAKE.finditer(text)
        found.sort(key=lambda m: m.start())
    edits: list[tuple[int, int, str]] = []
    for m in found:
        if edits and m.start() < edits[-1][1]:
            continue
        run = m.group()
        mended = _character(run) if run[0] == "&" else _mend_run(run)
        if mended != run:
            edits.append((m.start(), m.end(), mended))
    return _splice(text, edits)


def clean_with_offsets(text: str, *, quotes: Literal["keep", "ascii"] = "keep") -> tuple[str, list[int]]:
    """Like :func:`clean`, also returning ``offsets`` with ``offsets[i]`` = input index of output char ``i``.

    When NFC merges several input characters into one, the output character points at the first;
    when a ligature expands into several, each points at the ligature. A word hyphenated at a line
    end is joined (``"Nieren-\ntransplantation"`` -> ``"Nierentransplantation"``).
    """
    for mend in (_mend_web_damage, _join_broken_words):
        mended, where = mend(text)
        if where is not None:
            out, offs = clean_with_offsets(mended, quotes=quotes)
            return out, [where[i] for i in offs]
    table = _TABLE_ASCII if quotes == "ascii" else _TABLE
    out, offs = None, None
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        out, offs = _offsets_without_nfc(text, table, _SPECIAL_ASCII if quotes == "ascii" else _SPECIAL)
        if not (out.isascii() or unicodedata.is_normalized("NFC", out)):
            out = None
    if out is None or offs is None:
        out, offs = _offsets_with_nfc(text, table)
    if out != text and may_need_mending(out):  # (as `clean` does)
        again, where = clean_with_offsets(out, quotes=quotes)
        if again != out:
            return again, [offs[i] for i in where]
    return out, offs


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
