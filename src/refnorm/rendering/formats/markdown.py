"""Markdown from the CSL processor's HTML: ``<i>`` -> ``*``, ``<b>`` -> ``**``, the rest as text.

Markdown has no small caps and no standard super/subscript, so ``<sup>``/``<sub>`` stay as inline
HTML (which Markdown allows) and small caps become plain text. Characters Markdown would read as
markup (``*``, ``_``, brackets, backticks, backslashes, ``<``) are backslash-escaped.
"""

from __future__ import annotations

import html
import re

__all__ = ["from_html"]

_TOKEN = re.compile(r"<(/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)")
_ESCAPE = re.compile(r"([\\`*_\[\]<])")
_MARKS = {"i": "*", "em": "*", "b": "**", "strong": "**"}
_KEEP = {"sup", "sub"}


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", html.unescape(text))


def from_html(entry: str) -> str:
    """One entry's HTML (``<div class="csl-entry">``, with or without left-margin divs) as one
    line of Markdown: a numbered style's label, one space, the entry."""
    # tokens: plain strings, or (mark, opening?) pairs for emphasis markers
    tokens: list[str | tuple[str, bool]] = []
    stack: list[str] = []
    for m in _TOKEN.finditer(entry):
        closing, tag, text = bool(m.group(1)), (m.group(2) or "").lower(), m.group(4)
        if text is not None:
            tokens.append(_escape(text))
        elif tag in _MARKS:
            if not closing:
                stack.append(tag)
                tokens.append((_MARKS[tag], True))
            elif tag in stack:
                stack.remove(tag)
                tokens.append((_MARKS[tag], False))
        elif tag in _KEEP:
            tokens.append(f"<{'/' if closing else ''}{tag}>")
        elif tag in ("div", "br"):
            tokens.append(" ")  # between a left-margin label and the entry
        # other tags (span, a) are dropped: their text stays
    for tag in reversed(stack):  # unclosed: close at the end
        tokens.append((_MARKS[tag], False))
    return " ".join(_join(tokens).split())


def _join(tokens: list[str | tuple[str, bool]]) -> str:
    """Emphasis markers hug their text: ``* Title*`` is not emphasis in Markdown, so spaces move
    outside the markers, and empty pairs vanish."""
    out: list[str] = []
    pending: list[str] = []  # opening markers waiting for their first text
    for token in tokens:
        if isinstance(token, tuple):
            mark, opening = token
            if opening:
                pending.append(mark)
                continue
            if pending:  # nothing between open and close
                pending.pop()
                continue
            text = "".join(out)
            stripped = text.rstrip()
            out = [stripped, mark, text[len(stripped):]]
            continue
        if pending and token.strip():
            lead = token[: len(token) - len(token.lstrip())]
            out.extend([lead, "".join(pending), token.lstrip()])
            pending = []
        elif pending:
            out.append(token)
        else:
            out.append(token)
    return "".join(out)
