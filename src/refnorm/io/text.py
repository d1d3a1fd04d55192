"""Plain-text reference lists (``.txt``): numbered, bracketed, bulleted or blank-line separated.

The whole file is handed to `refnorm.split`; headings and trailing junk it does not report as
entries stay where they are, untouched.
"""

from __future__ import annotations

from refnorm.io.document import Document, detect_newline, splice
from refnorm.io.listing import Splitter, entry_items, write_entries
from refnorm.model import Span

__all__ = ["read", "write"]

FORMAT = "text"


def read(text: str, *, split: Splitter | None = None) -> Document:
    """Read a plain-text reference list."""
    items = entry_items(text, Span(0, len(text)), split)
    return Document(text=text, format=FORMAT, items=tuple(items), newline=detect_newline(text))


def write(doc: Document) -> str:
    """The document's text with its edited entries rewritten, everything else as it was."""
    if not doc.edits:
        return doc.text
    return splice(doc.text, write_entries(doc, list(enumerate(doc.items))))
