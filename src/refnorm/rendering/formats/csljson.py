"""CSL-JSON out, and CSL items in from a CSL-JSON, CSL-YAML or BibTeX text (for ``refnorm render``)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from refnorm.errors import InputError

__all__ = ["dumps", "dumps_item", "loads"]


def dumps(items: Sequence[Mapping[str, Any]]) -> str:
    """A CSL-JSON array, two-space indented, Unicode kept, ending with a newline."""
    return json.dumps([dict(i) for i in items], ensure_ascii=False, indent=2) + "\n"


def dumps_item(item: Mapping[str, Any]) -> str:
    """One CSL-JSON object."""
    return json.dumps(dict(item), ensure_ascii=False, indent=2)


def _items_of(data: Any, path: str | None) -> list[dict[str, Any]]:
    if isinstance(data, Mapping):
        for key in ("items", "references"):
            if key in data:
                data = data[key]
                break
        else:
            if "type" in data or "id" in data or "title" in data:
                data = [data]  # a single item
    if not isinstance(data, list):
        raise InputError("expected CSL items: a list, or an object with an 'items' list", path=path)
    for n, item in enumerate(data, 1):
        if not isinstance(item, Mapping):
            raise InputError(f"item {n} is a {type(item).__name__}, not a CSL object", path=path)
    return [dict(item) for item in data]


def loads(text: str, path: str | None = None) -> list[dict[str, Any]]:
    """CSL items from CSL-JSON (a list, ``{"items": [...]}`` or one item), CSL-YAML, or BibTeX
    (a ``.bib`` path, or text starting with ``@``; read by `refnorm.io.bibtex`).

    Invalid JSON is an `InputError` naming the line and column.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise InputError("empty file: expected CSL-JSON or CSL-YAML items", path=path)
    if (path or "").lower().endswith(".bib") or stripped.startswith("@"):
        from refnorm.io import bibtex

        try:
            doc = bibtex.read(text)
        except InputError as e:
            raise InputError(e.problem, path=path, line=e.line) from None
        return [dict(item.record) for item in doc.items if item.record is not None]
    if stripped[0] in "[{":
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as e:
            line = e.lineno + text[: len(text) - len(stripped)].count("\n")
            raise InputError(f"invalid JSON: {e.msg} (column {e.colno})", path=path, line=line) from None
        return _items_of(data, path)
    from refnorm.io import cslyaml

    try:
        records, _wrapped = cslyaml.load_records(text)
    except InputError as e:
        raise InputError(e.problem, path=path, line=e.line) from None
    return records
