"""LaTeX ``thebibliography`` environments (``.tex``, ``.ltx``, ``.bbl``): ``\\bibitem`` entries.

Each ``\\bibitem[label]{key}`` keeps its key and optional label; only the text after it is
rewritten, as Unicode with LaTeX's special characters escaped, URLs in ``\\url{}`` and the style's
italics as ``\\emph{}`` (the entries are rendered as HTML for this). A glued
entry split in two gets a new, unique key (``key`` then ``keyb``) and a warning in the report,
since ``\\cite{key}`` still names only the first part. The preamble, the body and whatever sits
between ``\\begin{thebibliography}`` and the first ``\\bibitem`` are never touched.
"""

from __future__ import annotations

import re

from refnorm.io.document import Document, Item, detect_newline, splice
from refnorm.io.latexmarkup import html_to_latex, latex_to_text, text_to_latex
from refnorm.io.listing import keep_comments, write_entries
from refnorm.model import Entry, Span

__all__ = ["read", "write"]

FORMAT = "latex"
MARKUP = "html"  # entries are rendered as HTML, so that italics become \emph{...}

_ENV = re.compile(r"\\begin\{thebibliography\}(?:\{[^{}]*\})?(.*?)\\end\{thebibliography\}", re.S)
_BIBITEM = re.compile(r"\\bibitem\s*(?:\[((?:[^\[\]{}]|\{[^{}]*\})*)\])?\s*\{([^{}]*)\}[ \t]*(?:\r?\n[ \t]*)?")
_COMMENT = re.compile(r"(?<!\\)%.*")


def _masked(text: str) -> str:
    """The text with each ``%`` comment blanked out (offsets kept): a commented-out environment or
    ``\\bibitem`` is no part of the bibliography."""
    return _COMMENT.sub(lambda m: " " * len(m.group(0)), text)


def read(text: str) -> Document:
    """Read the ``thebibliography`` environments of a LaTeX document."""
    items: list[Item] = []
    masked = _masked(text)
    for env in _ENV.finditer(masked):
        body_start, body_end = env.span(1)
        marks = list(_BIBITEM.finditer(masked, body_start, body_end))
        for n, m in enumerate(marks):
            end = marks[n + 1].start() if n + 1 < len(marks) else body_end
            raw = text[m.start():end]
            stripped = raw.rstrip()
            suffix = raw[len(stripped):]
            body = stripped[m.end() - m.start():]
            plain = latex_to_text(_COMMENT.sub("", body))
            span = Span(m.start(), end)
            line = text.count("\n", 0, m.start()) + 1
            entry = Entry(plain, span, raw, m.group(2), line)
            items.append(Item("entry", span, raw, entry=entry, label=None, prefix=text[m.start():m.end()],
                              suffix=suffix, key=m.group(2)))
    return Document(text=text, format=FORMAT, items=tuple(items), newline=detect_newline(text),
                    renumber=False, meta={"keys": frozenset(it.key for it in items)})


def write(doc: Document) -> str:
    """The document with edited ``\\bibitem`` texts rewritten."""
    if not doc.edits:
        return doc.text
    taken = set(doc.meta.get("keys", ()))

    def part_prefix(item: Item, k: int, number: int | None) -> str:
        if k == 0:
            return item.prefix
        key = item.key or "ref"
        letter = 1
        while (new := f"{key}{chr(ord('a') + letter)}") in taken:
            letter += 1
        taken.add(new)
        trailing = item.prefix[len(item.prefix.rstrip()):]
        return f"\\bibitem{{{new}}}" + trailing

    body = html_to_latex if doc.markup == "html" else text_to_latex
    edits = write_entries(doc, list(enumerate(doc.items)), format_body=body, part_prefix=part_prefix)
    return splice(doc.text, keep_comments(doc, edits, _COMMENT))
