"""Inline rich-text markup in CSL-JSON fields -> citeproc-py strings.

CSL-JSON allows a small HTML-like vocabulary inside string fields (CSL 1.0.2 appendix VI):
``<i>``, ``<b>``, ``<sup>``, ``<sub>``, ``<sc>``, ``<span style="font-variant:small-caps;">``,
``<span class="nocase">`` and ``<span class="nodecor">`` (upright, regular, no small caps). citeproc-py only understands the last one and prints the rest
literally ("<i>Drosophila</i>"). Here the markup becomes formatting: dropped in text output
(citeproc-js's text format prints no emphasis), tags in HTML output. Small caps, sub- and
superscript runs are protected from text-case transforms like ``nocase`` runs; italic and
bold runs are cased like the rest of the field, as in citeproc-js.
"""

from __future__ import annotations

import html
import re

from citeproc.string import MixedString, NoCase, String

from refnorm.rendering.patches.quotes import smart_quotes

__all__ = ["escape_html", "parse_markup"]

_TAG = re.compile(
    r'<(/?)(i|b|sup|sub|sc|span)(\s+(?:class="nocase"|class="nodecor"|style="font-variant:\s*small-caps;?"))?\s*>',
    re.IGNORECASE)
_HTML_TAG = {"i": "i", "b": "b", "sup": "sup", "sub": "sub"}


def escape_html(text: str) -> str:
    """Escape as citeproc-js does (numeric entity for ``&``, ``<`` and ``>``)."""
    return text.replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")


def _open_tag(name: str, attrs: str) -> str:
    name = name.lower()
    if name in _HTML_TAG:
        return f"<{_HTML_TAG[name]}>"
    if name == "sc" or "small-caps" in attrs:
        return '<span style="font-variant:small-caps;">'
    if "nodecor" in attrs:
        return '<span class="nodecor">'  # made upright by formatters.flip_flop
    return ""


def _close_tag(name: str, attrs: str) -> str:
    name = name.lower()
    if name in _HTML_TAG:
        return f"</{_HTML_TAG[name]}>"
    if name == "sc" or "small-caps" in attrs or "nodecor" in attrs:
        return "</span>"
    return ""


def _quotes(text: str) -> str:
    return smart_quotes(text) if ("'" in text or '"' in text or "“" in text) else text


def _protected(stack: list[tuple[str, str]]) -> bool:
    # citeproc-js's text-case skips nocase, nodecor, small caps, sub- and superscript runs
    # (CSL.Output.Formatters' _tagParams) but title-cases inside <i> and <b>:
    # "Drosophila <i>melanogaster</i>" -> "Drosophila Melanogaster"
    return any((name == "span" and attrs) or name in ("sc", "sub", "sup") for name, attrs in stack)


def parse_markup(text: str, output: str = "text") -> MixedString | String:
    """Split `text` into plain (case-able) runs and protected runs, rendering markup for `output`.

    Quotation marks and apostrophes are made typographic on the way (:func:`.quotes.smart_quotes`).
    """
    if "<" not in text:
        text = _quotes(text)
        return String(escape_html(text) if output == "html" else text)
    segments: list[String] = []
    stack: list[tuple[str, str]] = []
    pos = 0
    buf: list[str] = []

    def flush(protected: bool) -> None:
        if buf:
            chunk = "".join(buf)
            segments.append(NoCase(chunk) if protected else String(chunk))
            buf.clear()

    for m in _TAG.finditer(text):
        chunk = _quotes(text[pos:m.start()])
        if chunk:
            buf.append(escape_html(chunk) if output == "html" else html.unescape(chunk) if "&" in chunk else chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2).lower(), (m.group(3) or "").lower()
        if not closing:
            flush(_protected(stack))
            stack.append((name, attrs))  # a plain <span> means nothing but is closed by </span>
            if output == "html":
                buf.append(_open_tag(name, attrs))
        else:
            # close the innermost matching tag; an unmatched closer is text, as in citeproc-js
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == name:
                    flush(_protected(stack))
                    if output == "html":
                        for n, a in reversed(stack[i:]):
                            buf.append(_close_tag(n, a))
                    del stack[i:]
                    flush(True)
                    break
            else:
                buf.append(escape_html(m.group(0)) if output == "html" else m.group(0))
    chunk = _quotes(text[pos:])
    if chunk:
        buf.append(escape_html(chunk) if output == "html" else chunk)
    if output == "html":
        for n, a in reversed(stack):
            buf.append(_close_tag(n, a))
    flush(_protected(stack))
    if len(segments) == 1:
        return segments[0]
    return MixedString(segments)
