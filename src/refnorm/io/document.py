"""The `Document` an adapter reads: the original text, its items, and the edits `fix` decided.

An item is one replaceable piece of a file: a reference-list entry (``kind="entry"``, plain text
that is parsed and rendered) or a structured record (``kind="record"``, a CSL-JSON item from a
.bib, CSL-JSON or CSL-YAML source, normalised and enriched but never rendered). Everything outside
the items' spans (headings, prose, comments, macros, whitespace) is never touched, and an item
without an edit is written back byte for byte.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from refnorm.model import Entry, Span

__all__ = ["Document", "Item", "detect_newline", "splice"]

ItemKind = Literal["entry", "record"]


@dataclass(frozen=True)
class Item:
    """One entry or record of a document.

    ``span`` covers ``raw`` in the document text. For entries, ``prefix`` is the part of ``raw``
    kept when the entry is rewritten (indentation, label and the space after it, or a LaTeX
    ``\\bibitem{key}``), ``suffix`` its trailing whitespace, and ``entry`` what `refnorm.split`
    (or the adapter) produced. For records, ``record`` is the CSL-JSON item as read.
    """

    kind: ItemKind
    span: Span
    raw: str
    entry: Entry | None = None
    record: Mapping[str, Any] | None = None
    label: str | None = None
    prefix: str = ""
    suffix: str = ""
    key: str | None = None

    @property
    def line(self) -> int:
        return self.entry.line if self.entry is not None else 1


@dataclass(frozen=True)
class Document:
    """A file as an adapter read it, plus the edits to write back.

    ``edits`` maps an item index to its replacement: for an entry, the new reference texts
    (more than one when a glued entry was split); for a record, a one-element list holding the
    new CSL-JSON item. ``renumber`` says whether following numbered entries may be renumbered
    when an entry is split (standalone lists, yes; a document citing ``[12]`` in its body, no).
    """

    text: str
    format: str
    items: tuple[Item, ...]
    newline: str = "\n"
    renumber: bool = True
    meta: Mapping[str, Any] = field(default_factory=dict)
    edits: Mapping[int, Sequence[Any]] = field(default_factory=dict)
    markup: str = "text"  # what the entry edits are written in: "text", or "html" for adapters that ask

    def with_edits(self, edits: Mapping[int, Sequence[Any]], markup: str = "text") -> Document:
        """A copy carrying these edits (item index -> replacement list)."""
        return replace(self, edits=dict(edits), markup=markup)


def detect_newline(text: str) -> str:
    """The line ending the text mostly uses (``"\\r\\n"`` or ``"\\n"``; ``"\\r"`` for old Mac files)."""
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def splice(text: str, edits: Sequence[tuple[Span, str]]) -> str:
    """Replace non-overlapping spans of ``text``; everything else is kept as it is."""
    out: list[str] = []
    pos = 0
    for span, new in sorted(edits, key=lambda e: (e[0].start, e[0].end)):
        if span.start < pos:
            raise ValueError(f"overlapping edits at {span.start}")
        out.append(text[pos:span.start])
        out.append(new)
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
