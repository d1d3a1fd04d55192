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

Quotes are rendered as private-use markers while the entry is built, and resolved by
:func:`resolve_quotes` once the whole entry is known (nesting depth and the punctuation
that follows a closing quote are only known then).
"""

from __future__ import annotations

import re

__all__ = ["CLOSE", "INERT", "MIXINS", "OPEN", "InertValue", "QuotedText", "resolve_quotes", "smart_quotes"]

OPEN = "\ue000"
CLOSE = "\ue001"
# typographic quotes typed in a field: kept as typed at the outer level, flipped inside quotes
OPEN_TYPED = "\ue003"
CLOSE_TYPED = "\ue004"
# starts the text of a <text value>: punctuation rules do not reach across it
INERT = "\ue005"

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
_MARKER = re.compile(f"[{OPEN}{CLOSE}{OPEN_TYPED}{CLOSE_TYPED}]")


def _move_in(m: re.Match) -> str:
    mark = m.group(0)[-1]
    before = m.string[m.start() - 1] if m.start() else ""
    if mark == "." and before in ".?!":
        return m.group(0)[:-1]  # "n." + "." -> "n."
    return mark + m.group(0)[:-1]


def resolve_quotes(text: str, quotes: tuple[str, str, str, str], punctuation_in_quote: bool) -> str:
    """Replace markers by the locale's (outer, inner) quotes and apply punctuation-in-quote."""
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


MIXINS = {"text": (InertValue, QuotedText)}
