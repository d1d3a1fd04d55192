"""CSL-JSON files: a JSON array of CSL items.

Each item keeps its own span in the file, so only the items that changed are dumped again,
with the indentation, key order and ASCII escaping the file already uses; everything else,
whitespace included, stays byte for byte.
"""

from __future__ import annotations

import json
import re
from typing import Any

from refnorm.errors import InputError
from refnorm.io.document import Document, Item, detect_newline, splice
from refnorm.model import Span

__all__ = ["read", "write"]

FORMAT = "csl-json"

_WS = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()


def _error(text: str, pos: int, problem: str) -> InputError:
    return InputError(problem, line=text.count("\n", 0, pos) + 1)


def read(text: str) -> Document:
    """Read a CSL-JSON array (a single item object is accepted too)."""
    pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
    if text.startswith("\ufeff", pos):
        pos += 1
    items: list[Item] = []
    single = text.startswith("{", pos)
    if not single and not text.startswith("[", pos):
        raise _error(text, pos, "CSL-JSON must be an array of items")
    pos = pos if single else pos + 1
    while True:
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if not single and text.startswith("]", pos):
            break
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as e:
            raise _error(text, e.pos, f"invalid JSON: {e.msg}") from None
        if not isinstance(value, dict):
            raise _error(text, pos, "a CSL-JSON item must be an object")
        items.append(Item("record", Span(pos, end), text[pos:end], record=value,
                          key=str(value["id"]) if value.get("id") is not None else None))
        pos = _WS.match(text, end).end()  # type: ignore[union-attr]
        if single:
            break
        if text.startswith(",", pos):
            pos += 1
            continue
        if not text.startswith("]", pos):
            raise _error(text, pos, "expected ',' or ']' in the CSL-JSON array")
    rest = text[pos + (0 if single else 1):]
    if rest.strip():
        raise _error(text, pos, "unexpected text after the CSL-JSON array")
    return Document(text=text, format=FORMAT, items=tuple(items), newline=detect_newline(text),
                    meta={"ascii": bool(re.search(r"\\u[0-9a-fA-F]{4}", text))})


def _indent_unit(raw: str) -> int | None:
    """Spaces per level inside an item, or None when the item sits on one line."""
    lines = raw.splitlines()
    if len(lines) < 2:
        return None
    return max(1, len(lines[1]) - len(lines[1].lstrip(" ")) - (len(lines[-1]) - len(lines[-1].lstrip(" "))))


def _dump(item: dict[str, Any], like: Item, text: str, newline: str, ascii_only: bool) -> str:
    unit = _indent_unit(like.raw)
    if unit is None:
        return json.dumps(item, ensure_ascii=ascii_only)
    line_start = text.rfind("\n", 0, like.span.start) + 1
    column = text[line_start:like.span.start]
    base = column if not column.strip() else ""
    out = json.dumps(item, ensure_ascii=ascii_only, indent=unit)
    return out.replace("\n", newline + base)


def write(doc: Document) -> str:
    """The file with only its changed items dumped again."""
    if not doc.edits:
        return doc.text
    ascii_only = bool(doc.meta.get("ascii"))
    edits = [(it.span, _dump(doc.edits[i][0], it, doc.text, doc.newline, ascii_only))
             for i, it in enumerate(doc.items) if i in doc.edits]
    return splice(doc.text, edits)
