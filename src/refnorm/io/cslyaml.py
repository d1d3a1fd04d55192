"""CSL-YAML (pandoc's ``references``): a YAML list of CSL items, or a mapping with ``references``.

The only module that imports PyYAML. Each record of the sequence keeps its own span, so only the
records that changed are dumped again, in pandoc's style (block mappings, ``[2020, 3, 9]`` for
date parts, quotes only where YAML needs them), keys in their order, Unicode kept; everything else
stays byte for byte. The same holds for Markdown front-matter ``references``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from refnorm.errors import InputError
from refnorm.io.csljson import record_warnings
from refnorm.io.document import Document, Item, detect_newline, splice
from refnorm.model import Span

__all__ = ["dump_item", "dump_records", "item_spans", "load_records", "read", "record_items", "write", "write_items"]

FORMAT = "csl-yaml"


class _Dumper(yaml.SafeDumper):
    """Pandoc's look: block mappings, lists of scalars in flow style (``[2020, 3, 9]``), strings
    plain when YAML allows it and double-quoted otherwise, list items indented under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    plain = value == value.strip() and "\n" not in value and _plain_ok(value)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=None if plain else '"')


def _plain_ok(value: str) -> bool:
    if not value or value[0] in "!&*{}[]|>'\"%@`,?:-#" or ": " in value or " #" in value or value.endswith(":"):
        return False
    try:
        return yaml.safe_load(value) == value
    except yaml.YAMLError:
        return False


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    flow = bool(value) and all(isinstance(v, (int, float, bool)) or v is None for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


class _IndentlessDumper(yaml.SafeDumper):
    """The same look with a mapping's lists at the key's own indentation (``author:`` then
    ``- family: ...`` below it), as pandoc writes them and many files have them."""


for _dumper in (_Dumper, _IndentlessDumper):
    _dumper.add_representer(str, _represent_str)
    _dumper.add_representer(list, _represent_list)
_ITEM = re.compile(r"^([ \t]*)-(?:[ \t]|$)", re.M)
# a key whose list starts on the next line at the key's own indentation
_INDENTLESS = re.compile(r"^([ \t]*)[^\s#-][^\n]*:[ \t]*\r?\n\1-[ \t]", re.M)
_LINE = re.compile(r"[^\n]*(?:\n|$)")


def item_spans(text: str, block: Span, count: int) -> list[Span] | None:
    """The spans of the ``count`` items of the YAML sequence in ``text[block]``, or None if unsure.

    Items are the lines starting with ``-`` at the indentation of the first one; each runs to the
    next. When that does not give ``count`` items (flow style, anchors...), None.
    """
    marks = list(_ITEM.finditer(text, block.start, block.end))
    if not marks:
        return None
    indent = marks[0].group(1)
    starts = [m.start() for m in marks if m.group(1) == indent]
    if len(starts) != count:
        return None
    return [Span(a, _item_end(text, a, b, len(indent))) for a, b in zip(starts, [*starts[1:], block.end],
                                                                        strict=True)]


def _item_end(text: str, start: int, end: int, indent: int) -> int:
    """Where the item at ``start`` ends: before the first later line indented no deeper than its
    ``-`` (a document end ``...``, a comment or a key that follows the list), else at ``end``."""
    pos = text.find("\n", start, end)
    while 0 <= pos < end:
        line = _LINE.match(text, pos + 1)
        assert line is not None
        body = line.group(0)
        if pos + 1 >= end:
            break
        if body.strip() and len(body) - len(body.lstrip(" \t")) <= indent:
            return pos + 1
        pos = line.end() - 1 if body.endswith("\n") else end
    return end


def dump_item(record: Mapping[str, Any], like: str, newline: str) -> str:
    """One sequence item, indented like the item text ``like`` it replaces."""
    indent = like[:len(like) - len(like.lstrip(" \t"))]
    out = dump_records([record], newline="\n", indentless=bool(_INDENTLESS.search(like)))
    body = "".join(indent + line if line.strip() else line for line in out.splitlines(keepends=True))
    # the item's own comment lines: dumping the record anew would delete them; they follow it
    notes = [line.rstrip("\r\n") for line in like.splitlines() if line.lstrip().startswith("#")]
    body = body.rstrip("\n") + "".join("\n" + note for note in notes)
    trailing = like[len(like.rstrip()):]  # blank lines and the like after the item
    return body.replace("\n", newline) + (trailing if trailing.strip(" \t") else newline)


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


def dump_records(records: Sequence[Mapping[str, Any]], *, key: str | None = None, newline: str = "\n",
                 indentless: bool = False) -> str:
    """Block-style YAML for these items, under ``key`` when given (``indentless``: a mapping's lists
    at the key's indentation)."""
    data: Any = [dict(r) for r in records]
    if key:
        data = {key: data}
    out = yaml.dump(data, Dumper=_IndentlessDumper if indentless else _Dumper, allow_unicode=True,
                    sort_keys=False, default_flow_style=False, width=10_000)
    return out.replace("\n", newline)


def record_items(text: str, block: Span, records: list[dict[str, Any]]) -> tuple[list[Item], bool]:
    """Items for the records of a YAML sequence; ``True`` when each has its own span."""
    spans = item_spans(text, block, len(records))
    items = [Item("record", spans[n] if spans else block, (spans[n] if spans else block).slice(text), record=r,
                  key=str(r["id"]) if r.get("id") is not None else None) for n, r in enumerate(records)]
    return items, spans is not None


def write_items(doc: Document, pairs: list[tuple[int, Item]]) -> list[tuple[Span, str]] | None:
    """Span edits re-dumping only the changed records, or None when the items share one span."""
    if len({it.span for _, it in pairs}) != len(pairs):
        return None
    return [(it.span, dump_item(doc.edits[i][0], it.raw, doc.newline)) for i, it in pairs if i in doc.edits]


def read(text: str) -> Document:
    """Read a CSL-YAML file."""
    records, wrapped = load_records(text)
    items, _ = record_items(text, Span(0, len(text)), records)
    return Document(text=text, format=FORMAT, items=tuple(items), newline=detect_newline(text),
                    meta={"wrapped": wrapped, "warnings": record_warnings(text, items)})


def write(doc: Document) -> str:
    """The file with only its changed records dumped again (the whole file if they cannot be told apart)."""
    if not doc.edits:
        return doc.text
    edits = write_items(doc, list(enumerate(doc.items)))
    if edits is not None:
        return splice(doc.text, edits)
    records = [doc.edits[i][0] if i in doc.edits else it.record for i, it in enumerate(doc.items)]
    out = dump_records(records, key="references" if doc.meta.get("wrapped") else None, newline=doc.newline)
    head = "---" + doc.newline if doc.text.startswith("---") else ""
    tail = "..." + doc.newline if doc.text.rstrip().endswith("\n...") else ""
    return head + out + tail
