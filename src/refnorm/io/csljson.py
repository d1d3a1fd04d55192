"""CSL-JSON files: a JSON array of CSL items.

Each item keeps its own span in the file, and inside a changed item only the values that
changed are written again (new keys are appended after the last one, indented like it); the
layout, key order and ASCII escaping the file already uses, and everything else, stay byte for
byte. An item that lost a key is dumped whole, indented like the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from refnorm.errors import InputError
from refnorm.io.document import Document, Item, detect_newline, splice
from refnorm.model import Span
from refnorm.normalizers.types import CSL_TYPES, TYPE_ALIASES, infer_type

__all__ = ["read", "record_warnings", "type_check", "write"]

FORMAT = "csl-json"

_WS = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()


def _error(text: str, pos: int, problem: str) -> InputError:
    return InputError(problem, line=text.count("\n", 0, pos) + 1)


def type_check(record: Mapping[str, Any]) -> tuple[str, str] | None:
    """For a record whose ``type`` is given but is not a CSL 1.0.2 type: the type refnorm reads it as
    (the one `refnorm fix` writes: CSL's name for a known alias, else what the record's fields
    suggest) and a sentence saying so. None for a CSL type, and for a record without a type."""
    current = record.get("type")
    if current is None or (isinstance(current, str) and current in CSL_TYPES):
        return None
    key = current.strip().lower() if isinstance(current, str) else ""
    if key in TYPE_ALIASES or key in CSL_TYPES:
        new = TYPE_ALIASES.get(key, key)
        return new, f"type {current!r} is not a CSL type: read as {new!r}"
    new = infer_type(record)
    if new == "document":
        return new, f"type {current!r} is not a CSL type: read as 'document', CSL's catch-all (its fields suggest no other)"
    return new, f"type {current!r} is not a CSL type: read as {new!r}, the type its fields suggest"


def record_warnings(text: str, items: Sequence[Item]) -> list[tuple[int, str, str]]:
    """(line, message, code) for each record of ``items`` whose type is not a CSL type, naming the record
    by its id and its position in the file (a silent change of type changes how a style prints it)."""
    out = []
    for n, item in enumerate(items, 1):
        problem = type_check(item.record) if item.record is not None else None
        if problem is not None:
            who = f"record {item.key!r} (item {n})" if item.key is not None else f"item {n} (no id)"
            out.append((text.count("\n", 0, item.span.start) + 1, f"{who}: {problem[1]}", "record.type"))
    return out


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
                    meta={"ascii": bool(re.search(r"\\u[0-9a-fA-F]{4}", text)),
                          "warnings": record_warnings(text, items)})


def _indent_unit(raw: str) -> int | None:
    """Spaces per level inside an item, or None when the item sits on one line."""
    lines = raw.splitlines()
    if len(lines) < 2:
        return None
    return max(1, len(lines[1]) - len(lines[1].lstrip(" ")) - (len(lines[-1]) - len(lines[-1].lstrip(" "))))


def _separators(raw: str) -> tuple[str, str]:
    """The item and key separators the item's text uses: ``(", ", ": ")``, or compact ``(",", ":")``
    for a file written without spaces (``{"id":"a","page":"1-10"}``)."""
    compact = re.search(r'"\s*:[^\s]', raw) and not re.search(r'"\s*:\s', raw)
    return (",", ":") if compact else (", ", ": ")


def _dump(item: dict[str, Any], like: Item, text: str, newline: str, ascii_only: bool) -> str:
    unit = _indent_unit(like.raw)
    if unit is None:
        return json.dumps(item, ensure_ascii=ascii_only, separators=_separators(like.raw))
    line_start = text.rfind("\n", 0, like.span.start) + 1
    column = text[line_start:like.span.start]
    base = column if not column.strip() else ""
    out = json.dumps(item, ensure_ascii=ascii_only, indent=unit)
    return out.replace("\n", newline + base)


def _members(raw: str) -> list[tuple[str, Span, Span]] | None:
    """(key, key span, value span) for each member of the JSON object ``raw``, or None if unsure."""
    pos = _WS.match(raw, 1).end()  # type: ignore[union-attr]
    out = []
    while pos < len(raw) and raw[pos] != "}":
        key_start = pos
        try:
            key, pos = _DECODER.raw_decode(raw, pos)
            pos = _WS.match(raw, pos).end()  # type: ignore[union-attr]
            if raw[pos] != ":":
                return None
            vstart = _WS.match(raw, pos + 1).end()  # type: ignore[union-attr]
            _, vend = _DECODER.raw_decode(raw, vstart)
        except (json.JSONDecodeError, IndexError):
            return None
        if not isinstance(key, str):
            return None
        out.append((key, Span(key_start, pos), Span(vstart, vend)))
        pos = _WS.match(raw, vend).end()  # type: ignore[union-attr]
        if raw.startswith(",", pos):
            pos = _WS.match(raw, pos + 1).end()  # type: ignore[union-attr]
    return out


def _edit_members(item: Item, new: dict[str, Any], newline: str, ascii_only: bool) -> str | None:
    """The item's text with only its changed values replaced and new keys appended; None if a key
    was removed or the text cannot be read member by member (then the item is dumped whole)."""
    old = dict(item.record or {})
    members = _members(item.raw)
    if members is None or set(old) - set(new) or [k for k, *_ in members] != list(old):
        return None
    edits = []
    seps = _separators(item.raw)
    unit = _indent_unit(item.raw) or 2
    for key, key_span, value in members:
        if new[key] != old[key]:
            multiline = "\n" in value.slice(item.raw)
            text = json.dumps(new[key], ensure_ascii=ascii_only, indent=unit if multiline else None,
                              separators=(",", seps[1]) if multiline else seps)
            if multiline:
                # the value's inner lines sit one level deeper than its key's line, in the file's
                # own line ending (json.dumps indents from column 0 and writes LF)
                line_start = item.raw.rfind("\n", 0, key_span.start) + 1
                indent = item.raw[line_start:key_span.start]
                text = text.replace("\n", newline + (indent if not indent.strip() else ""))
            edits.append((value, text))
    added = [k for k in new if k not in old]
    if added:
        key, key_span, value = members[-1]
        line_start = item.raw.rfind("\n", 0, key_span.start) + 1
        indent = item.raw[line_start:key_span.start]
        sep = newline + indent if not indent.strip() and line_start > 0 else " "
        sep = sep if sep != " " or seps[0] == ", " else ""
        extra = "".join(f",{sep}{json.dumps(k, ensure_ascii=ascii_only)}{seps[1]}"
                        f"{json.dumps(new[k], ensure_ascii=ascii_only, separators=seps)}" for k in added)
        edits.append((Span(value.end, value.end), extra))
    return splice(item.raw, edits)


def write(doc: Document) -> str:
    """The file with only the changed values of changed items rewritten."""
    if not doc.edits:
        return doc.text
    ascii_only = bool(doc.meta.get("ascii"))
    edits = []
    for i, it in enumerate(doc.items):
        if i in doc.edits:
            new = dict(doc.edits[i][0])
            text = _edit_members(it, new, doc.newline, ascii_only)
            edits.append((it.span, text if text is not None else _dump(new, it, doc.text, doc.newline, ascii_only)))
    return splice(doc.text, edits)
