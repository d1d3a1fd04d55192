"""`refnorm parse FILE`: a reference list in, structured records out."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from refnorm.io.files import read_text
from refnorm.model import Entry, Reference

FORMATS = ("csl-json", "jsonl", "table")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "parse",
        help="parse a reference list into CSL-JSON",
        description="Split a reference list into entries and parse each into a CSL-JSON record. "
        "Entries that are not references (notes, headings) produce no record; glued references "
        "produce several.",
    )
    p.add_argument("file", help="a reference list ('-' for standard input): plain text, or the reference "
                   "section of a Markdown (.md, .qmd, .Rmd) or LaTeX (.tex, thebibliography) document")
    p.add_argument("-f", "--format", choices=FORMATS, default="csl-json",
                   help="csl-json: one JSON array of CSL items (default); jsonl: one line per entry with "
                   "provenance and diagnostics; table: a readable summary")
    p.add_argument("-l", "--lang", default=None,
                   help="language hint for dates and terms, e.g. fr, de-DE, en-US (day/month order)")
    p.add_argument("-o", "--output", default="-", help="write to this file instead of standard output")
    p.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of internal errors")
    p.set_defaults(run=run)


def _parsed(entries: list[Entry], lang: str | None) -> Iterator[tuple[Entry, list[Reference]]]:
    from refnorm import parse

    for entry in entries:
        yield entry, parse(entry, lang=lang)


def _write_csl(pairs: Iterator[tuple[Entry, list[Reference]]], out: TextIO) -> int:
    items: list[dict[str, Any]] = []
    for _entry, refs in pairs:
        for ref in refs:
            item = ref.to_csl()
            item.setdefault("id", f"ref{len(items) + 1}")
            items.append(item)
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(items)


def _write_jsonl(pairs: Iterator[tuple[Entry, list[Reference]]], out: TextIO) -> int:
    n = 0
    for i, (entry, refs) in enumerate(pairs, 1):
        row = {
            "entry": i,
            "line": entry.line,
            "label": entry.label,
            "span": [entry.span.start, entry.span.end],
            "text": entry.text,
            "is_reference": bool(refs),
            "references": [r.to_dict() for r in refs],
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += len(refs)
    return n


def _cell(value: Any, width: int) -> str:
    s = "" if value is None else str(value)
    s = " ".join(s.split())
    return s if len(s) <= width else s[: max(0, width - 1)] + "…"


def _first_author(item: dict[str, Any]) -> str:
    names = item.get("author") or item.get("editor") or []
    if not names:
        return ""
    n = names[0]
    return n.get("literal") or n.get("family") or ""


def _year(item: dict[str, Any]) -> str:
    d = item.get("issued") or {}
    try:
        return str(d["date-parts"][0][0])
    except (KeyError, IndexError, TypeError):
        return str(d.get("literal", "")) if isinstance(d, dict) else ""


def _write_table(pairs: Iterator[tuple[Entry, list[Reference]]], out: TextIO) -> int:
    width = max(80, min(shutil.get_terminal_size((120, 20)).columns, 200))
    title_w = max(20, width - 62)
    out.write(f"{'line':>5} {'label':<6} {'type':<16} {'author':<14} {'year':<5} {'title':<{title_w}}\n")
    n = 0
    for entry, refs in pairs:
        if not refs:
            out.write(f"{entry.line:>5} {_cell(entry.label, 6):<6} {'(not a reference)':<16} "
                      f"{'':<14} {'':<5} {_cell(entry.text, title_w)}\n")
            continue
        for ref in refs:
            item = ref.to_csl()
            out.write(f"{entry.line:>5} {_cell(entry.label, 6):<6} {_cell(item.get('type'), 16):<16} "
                      f"{_cell(_first_author(item), 14):<14} {_cell(_year(item), 5):<5} "
                      f"{_cell(item.get('title'), title_w)}\n")
            n += 1
    return n


def _entries(text: str, name: str) -> list[Entry]:
    """The entries of a reference list, or of the reference sections of a Markdown or LaTeX document
    (read as `refnorm fix` reads them: the prose, the preamble and ``\\bibitem`` keys are not entries)."""
    from refnorm import split
    from refnorm.errors import ConfigError
    from refnorm.io import adapter_for, format_for

    fmt = format_for(None if name == "-" else name)
    if fmt in ("bibtex", "csl-json", "csl-yaml"):
        raise ConfigError(f"{name}: a {fmt} file holds records already; `refnorm parse` reads reference lists "
                          f"(.txt, .md, .tex). `refnorm render {name} -f csl-json` converts it, "
                          f"`refnorm fix {name}` normalises it")
    if fmt == "text":
        return split(text)
    doc = adapter_for(format=fmt).read(text)
    return [it.entry for it in doc.items if it.kind == "entry" and it.entry is not None]


def run(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    entries = _entries(text, args.file)
    pairs = _parsed(entries, args.lang)
    writer = {"csl-json": _write_csl, "jsonl": _write_jsonl, "table": _write_table}[args.format]
    if args.output == "-":
        n = writer(pairs, sys.stdout)
    else:
        from io import StringIO

        from refnorm.io.files import write_atomic

        buf = StringIO()
        n = writer(pairs, buf)
        write_atomic(args.output, buf.getvalue())
    print(f"{len(entries)} {'entry' if len(entries) == 1 else 'entries'}, "
          f"{n} {'reference' if n == 1 else 'references'}", file=sys.stderr)
    return 0
