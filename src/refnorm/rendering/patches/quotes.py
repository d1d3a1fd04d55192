"""Quotation marks, apostrophes and punctuation-in-quote, the citeproc-js way.

Defects of citeproc-py 0.11.1 fixed here:

* typographic quotes typed in a field are quotation markup where the locale's outer quotes
  are “…” (so they flip to ‘…’ inside a quoted title) and plain characters elsewhere;
* straight quotes in fields print as typed: citeproc-js reads ``"..."``, ``'...'`` and
  ``“...”`` in a field as quotation markup and prints the locale's quotes, alternating
  outer and inner quotes with nesting ("Peer Review of ‘Human agency’" inside a quoted
  title); a straight apostrophe becomes ’ ("Huntington’s", "iConference ’12");
* ``quotes="true"`` ignores nesting and the locale's ``punctuation-in-quote``: en-US
  styles print ``“Title”,`` where citeproc-js prints ``“Title,”``;
* a full stop after a ``?`` or ``!`` (or after a quoted title already ending in one) is
  printed twice ("What is ecology?.");
* the text of ``<text value="."/>`` is merged with what precedes it like an affix ("2020 ;"
  + "." -> "2020 ;", "“Title”" + "," -> "“Title,”"). citeproc-js juggles punctuation only
  between affixes and field ends: a value is printed as written ("2020 ;.", "“Title”,").
  Its output starts with :data:`INERT`, which no seam rule crosses; dropped by ``finish``.

* a suffix's ``;`` or ``:`` is juggled with any punctuation after it ("24:" + ". " -> "24:",
  "Vol. 1;" + "." -> "Vol. 1;"). citeproc-js merges punctuation only where blobs meet in its
  output tree: not after a number (a numeric variable printed as digits or a range of
  digits: "24:. https://…", "Vol. 1;."), not between a child's own suffix and its group's
  delimiter ("Foo:. 10/x"); but a suffix and the next prefix still merge ("2008;" + ":199"
  -> "2008;199"). :data:`KEEP` after such a suffix stops the rules; ``finish`` drops it.

Quotes are rendered as private-use markers while the entry is built, and resolved by
:func:`resolve_quotes` once the whole entry is known (nesting depth and the punctuation
that follows a closing quote are only known then).
"""

from __future__ import annotations

import re

__all__ = ["CLOSE", "INERT", "KEEP", "MIXINS", "NUMBER_END", "OPEN", "InertValue", "NumberSuffix", "QuotedText",
           "drop_keep", "keep_after", "resolve_quotes", "smart_quotes"]

OPEN = "\ue000"
CLOSE = "\ue001"
# typographic quotes typed in a field: kept as typed at the outer level, flipped inside quotes
OPEN_TYPED = "\ue003"
CLOSE_TYPED = "\ue004"
# starts the text of a <text value>: punctuation rules do not reach across it
INERT = "\ue005"
# after an affix's punctuation that citeproc-js does not merge with the punctuation after it
KEEP = "\ue010"
# after the output of a number (with its own affixes): see NumberSuffix
NUMBER_END = "\ue011"

_SINGLE_PAIR = re.compile(r"(^|[\s(\[/\-–—])'(\S(?:[^']*?\S)?)'(?=$|[\s)\].,;:!?/\-–—])")
_DOUBLE_PAIR = re.compile(r'"([^"]*)"')


def smart_quotes(text: str) -> str:
    """Quotation markup in a field value -> markers; straight apostrophes -> ’."""
    if '"' in text:
        text = _DOUBLE_PAIR.sub(lambda m: OPEN + m.group(1) + CLOSE, text)
    if "“" in text and "”" in text:
        text = text.replace("“", OPEN_TYPED).replace("”", CLOSE_TYPED)
    if "'" in text:
        text = _SINGLE_PAIR.sub(lambda m: m.group(1) + OPEN + m.group(2) + CLOSE, text)
        text = text.replace("'", "’")
    return text


_CLOSERS = f"[{CLOSE}{CLOSE_TYPED}]"
_MOVE_IN = re.compile(_CLOSERS + r"+[.,]")
_STOP_AFTER_STOP = re.compile(r"([?!]|\.(?=" + _CLOSERS + "))(" + _CLOSERS + r"*)\.")
# citeproc-js's punctuation juggling where two affixes meet: "semicolon;" + ":" -> "semicolon;",
# "exclamation!" + ":" -> "!", "colon:" + "." -> "colon:"
_JUGGLE = re.compile(r"([;!?]|:(?=" + _CLOSERS + r"*\.))(" + _CLOSERS + r"*)[:.](?![\w.])")
# a suffix's ";" followed by a prefix's ":" merges like two suffixes ("2008;" + ":199" -> "2008;199")
_SEMICOLON_PREFIX = re.compile(r";(" + _CLOSERS + r"*):(?=\w)")
# KEEP before a repeated mark (a delimiter or prefix equal to the suffix) or before a prefix
_KEEP_DUPLICATE = re.compile("([;:,.!?])" + KEEP + r"\1")
_KEEP_BEFORE_PREFIX = re.compile(KEEP + r"(?=[;:,.!?]\w)")
_SUFFIX_AFTER_NUMBER = re.compile(NUMBER_END + "([;:])")
_MARKER = re.compile(f"[{OPEN}{CLOSE}{OPEN_TYPED}{CLOSE_TYPED}]")


def _move_in(m: re.Match) -> str:
    mark = m.group(0)[-1]
    before = m.string[m.start() - 1] if m.start() else ""
    if mark == "." and before in ".?!":
        return m.group(0)[:-1]  # "n." + "." -> "n."
    return mark + m.group(0)[:-1]


def drop_keep(text: str) -> str:
    """`text` without :data:`KEEP` markers (once the juggling rules have run)."""
    return text.replace(KEEP, "") if KEEP in text else text


def resolve_quotes(text: str, quotes: tuple[str, str, str, str], punctuation_in_quote: bool) -> str:
    """Replace markers by the locale's (outer, inner) quotes and apply punctuation-in-quote."""
    if NUMBER_END in text:
        # the ";"/":" of the number's own suffix or of the suffix enclosing it is kept
        text = _SUFFIX_AFTER_NUMBER.sub(r"\1" + KEEP, text).replace(NUMBER_END, "")
    if KEEP in text:
        text = _KEEP_BEFORE_PREFIX.sub("", _KEEP_DUPLICATE.sub(r"\1", text))
    if ";" in text:
        text = _SEMICOLON_PREFIX.sub(r";\1", text)
    if not _MARKER.search(text):
        text = _STOP_AFTER_STOP.sub(r"\1\2", text) if "." in text else text
        return _JUGGLE.sub(r"\1\2", text)
    if punctuation_in_quote:
        text = _MOVE_IN.sub(_move_in, text)
    text = _STOP_AFTER_STOP.sub(r"\1\2", text)
    text = _JUGGLE.sub(r"\1\2", text)
    open_outer, close_outer, open_inner, close_inner = quotes
    # citeproc-js reads typed “…” as quotation markup only where they are the locale's own
    # outer quotes (en: flipped to ‘…’ inside a quoted title); elsewhere they are characters
    typed_are_markup = open_outer.strip() == "“" and close_outer.strip() == "”"
    depth = 0
    out = []
    pos = 0
    for m in _MARKER.finditer(text):
        out.append(text[pos:m.start()])
        mark = m.group(0)
        if mark in (OPEN_TYPED, CLOSE_TYPED) and not typed_are_markup:
            out.append("“" if mark == OPEN_TYPED else "”")  # literal characters
        elif mark in (OPEN, OPEN_TYPED):
            out.append(open_outer if depth % 2 == 0 else open_inner)
            depth += 1
        else:
            depth = max(depth - 1, 0)
            out.append(close_outer if depth % 2 == 0 else close_inner)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


class QuotedText:
    """Mixin for ``<text>``: ``quotes="true"`` writes markers resolved at the end."""

    def quote(self, string):
        if self.get("quotes", "false").lower() == "true":
            return OPEN + string + CLOSE
        return string


class InertValue:
    """Mixin for ``<text>``: a ``value`` is printed as written, whatever punctuation precedes it.

    Replaces citeproc-py's ``Text.markup`` for ``<text value>`` only, to put :data:`INERT`
    between the prefix and the (cased, formatted, quoted) value.
    """

    def markup(self, text, language):
        if "value" not in self.attrib or not text:
            return super().markup(text, language)
        tmp = self.format(self.case(self.strip_periods(text), language))
        return self.wrap(INERT + self.quote(tmp))


#: citeproc-js prints these through its numeric machinery (CSL.NumericBlob when the value is a number)
_NUMERIC_VARIABLES = frozenset({"chapter-number", "collection-number", "edition", "issue", "locator", "number",
                                "number-of-pages", "number-of-volumes", "page", "part-number", "supplement-number",
                                "volume"})
NUMERIC_VARIABLES = _NUMERIC_VARIABLES  # (the speed layer drops NumberSuffix from other elements)
_NUMBER = re.compile(r"^\d+(?:\s*[-\u2013\u2014]\s*\d+)?$")
_TAGS = re.compile(r"<[^>]*>")


def keep_after(text):
    """`text` (a rendered piece ending with an affix) followed by :data:`KEEP`."""
    return text + KEEP


class NumberSuffix:
    """Mixin for ``<text>`` and ``<number>``: a numeric variable printed as a number keeps the
    ``;``/``:`` that its own suffix or the enclosing suffix puts after it, whatever punctuation
    follows ("Vol. 1;." where the layout ends with "."; "24:. https://…" before a group's ". "
    delimiter), as citeproc-js does for its numeric blobs (a date's year, "24A" or "IV" merge
    as usual: "2008;"). Marks the end of the number with :data:`NUMBER_END`."""

    def markup(self, text, *args):
        if (text is not None and self.get("variable") in _NUMERIC_VARIABLES
                and _NUMBER.match(_TAGS.sub("", str(text)).strip())):
            # before the element's own affixes, so that its own suffix still meets what follows
            # ("34." + "." -> "34.")
            text = text + NUMBER_END
        return super().markup(text, *args)


MIXINS = {"text": (InertValue, QuotedText, NumberSuffix), "number": (NumberSuffix,)}
