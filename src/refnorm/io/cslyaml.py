"""CSL-YAML (pandoc's ``references``): a YAML list of CSL items, or a mapping with ``references``.

The only module that imports PyYAML. Unchanged files are written back byte for byte; when a
record changes, the file (or, in Markdown front matter, the ``references`` block) is dumped again
in block style, keys in their original order, Unicode kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from refnorm.errors import InputError
from refnorm.io.document import Document, Item, detect_newline
from refnorm.model import Span

__all__ = ["dump_records", "load_records", "read", "write"]

FORMAT = "csl-yaml"


class _Dumper(yaml.SafeDumper):
    """Block style, and list items indented under their key as pandoc's own output does."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def load_yaml(text: str, what: str = "YAML") -> Any:
    """Parse YAML, turning syntax errors into `InputError` with the line."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"invalid {what}: {getattr(e, 'problem', e)}",
                         line=mark.line + 1 if mark else None) from None


def load_records(text: str) -> tuple[list[dict[str, Any]], bool]:
    """The CSL items in a CSL-YAML text, and whether they sat under a ``references`` key."""
    data = load_yaml(text, "CSL-YAML")
    wrapped = isinstance(data, Mapping)
    if wrapped:
        data = data.get("references")
    if data is None:
        return [], wrapped
    if not isinstance(data, list) or not all(isinstance(x, Mapping) for x in data):
        raise InputError("CSL-YAML must be a list of items or a mapping with a 'references' list")
    return [_plain(x) for x in data], wrapped


def _plain(value: Any) -> Any:
    """YAML dates become ISO strings, so that records are JSON-able CSL."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def dump_records(records: Sequence[Mapping[str, Any]], *, key: str | None = None, newline: str = "\n") -> str:
    """Block-style YAML for these items, under ``key`` when given."""
    data: Any = [dict(r) for r in records]
    if key:
        data = {key: data}
    out = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False,
                    width=10_000)
    return out.replace("\n", newline)


def read(text: str) -> Document:
    """Read a CSL-YAML file."""
    records, wrapped = load_records(text)
    span = Span(0, len(text))
    items = tuple(Item("record", span, text, record=r, key=str(r.get("id")) if r.get("id") else None)
                  for r in records)
    return Document(text=text, format=FORMAT, items=items, newline=detect_newline(text),
                    meta={"wrapped": wrapped})


def write(doc: Document) -> str:
    """The whole file dumped again when a record changed, else the original text."""
    if not doc.edits:
        return doc.text
    records = [doc.edits[i][0] if i in doc.edits else it.record for i, it in enumerate(doc.items)]
    out = dump_records(records, key="references" if doc.meta.get("wrapped") else None, newline=doc.newline)
    head = "---" + doc.newline if doc.text.startswith("---") else ""
    tail = "..." + doc.newline if doc.text.rstrip().endswith("\n...") else ""
    return head + out + tail
