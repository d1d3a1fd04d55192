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
from refnorm.io.listing import write_entries
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
    return splice(doc.text, [_keep_comments(doc, span, text) for span, text in edits])


def _keep_comments(doc: Document, span: Span, text: str) -> tuple[Span, str]:
    """A rewritten entry with the ``%`` comments its old text held, after the new text.

    The comments are the author's notes ("% check the volume", a commented-out DOI or entry): the
    entry's text is parsed without them, and a rewrite must not silently delete them. They follow
    the entry in their order: a comment that had a line of its own on a line of its own, an
    end-of-line comment at the end of the entry's (new) last line.
    """
    item = next((it for it in doc.items if it.span.end == span.end and it.kind == "entry"), None)
    if item is None or doc.edits.get(doc.items.index(item)) is None:
        return span, text
    found = []  # (had a line of its own, its indentation, the comment)
    for m in _COMMENT.finditer(item.raw, len(item.prefix)):
        before = item.raw[item.raw.rfind("\n", 0, m.start()) + 1:m.start()]
        own = not before.strip()
        found.append((own, before if own else "", m.group(0).rstrip()))
    if not found:
        return span, text
    out = text[:len(text) - len(item.suffix)]
    for k, (own, indent, comment) in enumerate(found):
        # an end-of-line comment stays at the end of the (new) line; the others keep lines of their own
        out += " " + comment if k == 0 and not own else doc.newline + indent + comment
    suffix = item.suffix if "\n" in item.suffix or "\r" in item.suffix else doc.newline + item.suffix
    return span, out + suffix
