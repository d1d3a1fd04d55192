"""BibTeX (``.bib``): entries read as CSL records; changed fields edited inside the entry's own text.

The only module that imports bibtexparser (v2). Everything that is not an entry, comments,
``@string`` macros, ``@preamble``, blank lines, is never touched, nor is any field that did not
change. Entry keys, field order, indentation, ``=`` alignment, braces or quotes, and macros in
unchanged fields are kept.

What `fix` may write back into an entry (CSL variable -> BibTeX field):

- identifiers and numbers, rewritten when their normalised value differs: ``DOI -> doi``,
  ``URL -> url``, ``page -> pages`` (``216--228``), ``volume``, ``issue -> number``, ``ISSN -> issn``,
  ``ISBN -> isbn``, ``issued -> year``;
- text (``title``, ``container-title -> journal``/``booktitle``, ``publisher``), added only when the
  entry lacks it: rewriting a title would destroy the author's LaTeX (``{DNA}``, ``\\emph``).

Names are never rewritten.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

import bibtexparser
from bibtexparser import model as bib

from refnorm.errors import InputError
from refnorm.io.document import Document, Item, detect_newline, splice
from refnorm.io.latexmarkup import latex_to_text
from refnorm.model import Span

# bibtexparser logs every block it cannot read; with no logging set up, Python would print each to
# stderr. `read` reports those blocks itself (with their line), so its log is quieted here.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())

__all__ = ["entry_to_csl", "entry_words", "read", "write"]

FORMAT = "bibtex"

_TYPES = {
    "article": "article-journal", "book": "book", "booklet": "pamphlet", "inbook": "chapter",
    "incollection": "chapter", "inproceedings": "paper-conference", "conference": "paper-conference",
    "proceedings": "book", "manual": "report", "mastersthesis": "thesis", "phdthesis": "thesis",
    "thesis": "thesis", "techreport": "report", "report": "report", "unpublished": "manuscript",
    "online": "webpage", "electronic": "webpage", "www": "webpage", "dataset": "dataset", "patent": "patent",
    "misc": "document",
}
_TEXT = {"title": "title", "publisher": "publisher", "address": "publisher-place", "location": "publisher-place",
         "edition": "edition", "series": "collection-title", "note": "note", "school": "publisher",
         "institution": "publisher", "organization": "publisher"}
_PLAIN = {"doi": "DOI", "url": "URL", "volume": "volume", "pages": "page", "isbn": "ISBN", "issn": "ISSN",
          "pmid": "PMID", "pmcid": "PMCID"}
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# CSL variable -> field written back when its value changed (identifiers and numbers only)
_REWRITE = {"DOI": "doi", "URL": "url", "page": "pages", "volume": "volume", "issue": "number", "ISSN": "issn",
            "ISBN": "isbn"}
# CSL variable -> field added only when the entry has none
_ADD_ONLY = {"title": "title", "publisher": "publisher"}


def _split_names(value: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for m in re.finditer(r"[{}]|\s+and\s+", value):
        tok = m.group(0)
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
        elif depth == 0:
            parts.append(value[start:m.start()])
            start = m.end()
    parts.append(value[start:])
    return [p.strip() for p in parts if p.strip()]


def _name(raw: str) -> dict[str, str]:
    if raw.startswith("{") and raw.endswith("}") and raw.count("{") == 1:
        return {"literal": latex_to_text(raw[1:-1])}
    if raw.lower() == "others":
        return {"literal": "others"}
    if "," in raw:
        family, _, given = raw.partition(",")
        out = {"family": latex_to_text(family)}
        if given.strip():
            out["given"] = latex_to_text(given.split(",")[-1])
        return out
    words = raw.split()
    if len(words) == 1:
        return {"family": latex_to_text(raw)}
    return {"family": latex_to_text(words[-1]), "given": latex_to_text(" ".join(words[:-1]))}


def entry_to_csl(entry: bib.Entry) -> dict[str, Any]:
    """A CSL-JSON item for a parsed BibTeX entry (macros resolved, LaTeX decoded)."""
    fields = {f.key.lower(): str(f.value) for f in entry.fields}
    etype = entry.entry_type.lower()
    csl: dict[str, Any] = {"id": entry.key, "type": _TYPES.get(etype, "document")}
    for key, value in fields.items():
        if not value.strip():
            continue
        if key in ("author", "editor", "translator"):
            csl[key] = [_name(n) for n in _split_names(value)]
        elif key in _TEXT:
            csl.setdefault(_TEXT[key], latex_to_text(value))
        elif key in _PLAIN:
            v = value.strip()
            csl[_PLAIN[key]] = latex_to_text(v).replace("–", "-") if key == "pages" else v
        elif key in ("journal", "journaltitle", "booktitle"):
            csl.setdefault("container-title", latex_to_text(value))
        elif key == "number":
            csl["issue" if etype == "article" else "number"] = value.strip()
    year = fields.get("year", "").strip()
    date = fields.get("date", "").strip()
    if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date):
        csl["issued"] = {"date-parts": [[int(x) for x in date.split("-")]]}
    elif re.fullmatch(r"\d{4}", year):
        parts = [int(year)]
        month = fields.get("month", "").strip().lower()[:3]
        if month in _MONTHS:
            parts.append(_MONTHS[month])
        elif month.isdigit() and 1 <= int(month) <= 12:
            parts.append(int(month))
        csl["issued"] = {"date-parts": [parts]}
    elif year:
        csl["issued"] = {"literal": latex_to_text(year)}
    return csl


def entry_words(raw: str) -> str:
    """What a reader sees of BibTeX entries: their fields' values, decoded, without the syntax (the entry type, the
    key, the field names and braces) that a rendering of their record does not print."""
    try:
        library = bibtexparser.parse_string(raw)
    except Exception:  # (as `read`: bare exceptions on broken input)
        return raw
    return " ".join(latex_to_text(str(f.value)) for e in library.entries for f in e.fields if str(f.value).strip())


def _failure(block: Any) -> str:
    """Why bibtexparser could not read a block, in its own words where it has some."""
    error = getattr(block, "error", None)
    reason = getattr(error, "abort_reason", None) or (str(error) if error is not None else "")
    return reason.strip() or "cannot be parsed"


def read(text: str) -> Document:
    """Read a .bib file: one record item per entry, spans pointing at the entries' text."""
    try:
        library = bibtexparser.parse_string(text)
    except Exception as e:  # bibtexparser raises bare exceptions on some broken input
        raise InputError(f"cannot read BibTeX: {e}") from None
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    items: list[Item] = []
    for block in library.entries:
        start = text.find(block.raw, line_starts[min(block.start_line, len(line_starts) - 1)])
        if start < 0:
            start = text.find(block.raw)
        if start < 0:
            raise InputError(f"cannot locate entry {block.key!r} in the file", line=block.start_line + 1)
        span = Span(start, start + len(block.raw))
        items.append(Item("record", span, block.raw, record=entry_to_csl(block), key=block.key,
                          label=block.entry_type))
    # A block bibtexparser could not read (a syntax error, a duplicate key) is not an item: it stays
    # as it is, and the report says so rather than pretending all went well.
    warnings = [(getattr(b, "start_line", 0) + 1, f"BibTeX block left untouched: {_failure(b)}")
                for b in library.failed_blocks]
    if not library.entries and not warnings:
        # text and no entry (a reference list given --format bibtex): 0 references and exit 0 would
        # pass for a clean file, so say that nothing was read and what reads it
        prose = [b for b in library.blocks if isinstance(b, bib.ImplicitComment)
                 and any(line.strip() and not line.lstrip().startswith("%") for line in b.comment.splitlines())]
        if prose:
            warnings.append((getattr(prose[0], "start_line", 0) + 1,
                             "no BibTeX entry (@article{key, ...}) in the file, only text: nothing was read "
                             "(a plain reference list is fixed with --format text)"))
    return Document(text=text, format=FORMAT, items=tuple(items), newline=detect_newline(text), renumber=False,
                    meta={"warnings": warnings})


# ----------------------------------------------------------------------------------- writing
_FIELD = re.compile(r"([A-Za-z][\w\-:.+]*)\s*=\s*")


def _value_end(raw: str, pos: int) -> int:
    """Where the value starting at ``pos`` ends (strings, braces, macros and ``#`` joins)."""
    n = len(raw)
    while True:
        while pos < n and raw[pos].isspace():
            pos += 1
        if pos < n and raw[pos] == "{":
            depth = 0
            while pos < n:
                if raw[pos] == "{":
                    depth += 1
                elif raw[pos] == "}":
                    depth -= 1
                    if depth == 0:
                        pos += 1
                        break
                pos += 1
        elif pos < n and raw[pos] == '"':
            pos += 1
            depth = 0
            while pos < n and not (raw[pos] == '"' and depth == 0 and raw[pos - 1] != "\\"):
                depth += raw[pos] == "{"
                depth -= raw[pos] == "}"
                pos += 1
            pos += 1
        else:
            m = re.compile(r"[^\s,#{}\"]+").match(raw, pos)
            pos = m.end() if m else pos
        look = pos
        while look < n and raw[look].isspace():
            look += 1
        if look < n and raw[look] == "#":
            pos = look + 1
            continue
        return pos


def _fields(raw: str) -> list[tuple[str, int, int, int]]:
    """(lower-cased name, name start, value start, value end) for each field of an entry's text."""
    head = raw.find(",")
    out, pos = [], head + 1 if head >= 0 else len(raw)
    while True:
        m = _FIELD.search(raw, pos)
        if not m:
            return out
        end = _value_end(raw, m.end())
        out.append((m.group(1).lower(), m.start(), m.end(), end))
        pos = end


def _bib_value(var: str, value: Any) -> str | None:
    if value is None:
        return None
    if var == "page":
        return str(value).replace("-", "--").replace("–", "--")
    if var == "issued":
        parts = (value or {}).get("date-parts") if isinstance(value, Mapping) else None
        return str(parts[0][0]) if parts and parts[0] else None
    if isinstance(value, list):
        return None
    return str(value)


def _entry_edits(item: Item, new: Mapping[str, Any], newline: str) -> str:
    old = item.record or {}
    raw = item.raw
    fields = _fields(raw)
    present = {name for name, *_ in fields}
    sets: dict[str, str] = {}
    for var, field in {**_REWRITE, "issued": "year"}.items():
        if new.get(var) != old.get(var) and new.get(var) is not None:
            value = _bib_value(var, new[var])
            if value is not None and (var != "issued" or "year" not in present or old.get(var) is not None):
                sets[field] = value
    for var, field in _ADD_ONLY.items():
        if var not in old and new.get(var):
            sets[field] = str(new[var])
    if "container-title" not in old and new.get("container-title"):
        sets["booktitle" if item.label and item.label.lower() in ("inproceedings", "incollection") else "journal"] = \
            str(new["container-title"])
    if not sets:
        return raw
    edits: list[tuple[Span, str]] = []
    for name, _, vstart, vend in fields:
        if name in sets:
            edits.append((Span(vstart, vend), "{" + sets.pop(name) + "}"))
    if sets:
        edits.append(_append_fields(raw, fields, sets, newline))
    return splice(raw, edits)


def _append_fields(raw: str, fields: list[tuple[str, int, int, int]], sets: Mapping[str, str],
                   newline: str) -> tuple[Span, str]:
    """New fields after the last one, indented and aligned like it, its trailing comma kept."""
    if fields:
        _, nstart, vstart, vend = fields[-1]
        line_start = raw.rfind("\n", 0, nstart) + 1
        indent = raw[line_start:nstart] if not raw[line_start:nstart].strip() else "  "
        width = len(raw[nstart:vstart].rstrip().rstrip("=").rstrip())
        eq = raw[nstart:vstart][width:]
        at = vend
        rest = raw[vend:]
        comma = rest.lstrip().startswith(",")
        if comma:
            at = vend + len(rest) - len(rest.lstrip()) + 1
    else:
        indent, width, eq = "  ", 0, " = "
        at = raw.find(",") + 1 if "," in raw else len(raw) - 1
        comma = True
    lines = [f"{indent}{name.ljust(width)}{eq}{{{value}}}" for name, value in sets.items()]
    if comma:
        return Span(at, at), "".join(newline + line + "," for line in lines)
    return Span(at, at), "".join("," + newline + line for line in lines)


def write(doc: Document) -> str:
    """The file with only the changed fields of changed entries edited."""
    if not doc.edits:
        return doc.text
    edits = []
    for i, new in doc.edits.items():
        item = doc.items[i]
        text = _entry_edits(item, new[0], doc.newline)
        if text != item.raw:
            edits.append((item.span, text))
    return splice(doc.text, edits)
