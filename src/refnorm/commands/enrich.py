"""`refnorm enrich FILE`: CSL-JSON in, CSL-JSON out, with DOIs verified and found on Crossref."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from refnorm.errors import ConfigError, InputError
from refnorm.io.csljson import type_check
from refnorm.io.files import read_text
from refnorm.model import Reference


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "enrich",
        help="verify and add DOIs and metadata from Crossref (CSL-JSON in and out)",
        description="Read CSL-JSON (an array of items, or JSON lines of items, or the rows of `refnorm parse "
        "-f jsonl` and `refnorm batch`), check the DOIs they carry against Crossref, find the ones they lack, fill missing fields, "
        "and warn about retractions and corrections. Writes CSL-JSON; the report goes to standard error.",
    )
    p.add_argument("file", help="CSL-JSON or JSON lines ('-' for standard input), CSL-YAML (.yaml) or BibTeX (.bib)")
    p.add_argument("-o", "--output", default="-", help="write CSL-JSON here instead of standard output")
    p.add_argument("--mailto", default=None, help="contact e-mail for Crossref's polite pool (or REFNORM_MAILTO)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--offline", dest="offline", action="store_true", default=None,
                   help="use only the cache (or REFNORM_OFFLINE=1)")
    g.add_argument("--online", dest="offline", action="store_false", help="ask Crossref (the default)")
    p.add_argument("--crossref-url", default=None, help="API base URL (or REFNORM_CROSSREF_URL)")
    p.add_argument("--cache-dir", default=None, help="cache directory (or REFNORM_CACHE_DIR)")
    p.add_argument("--index", default=None, help="match offline against a local index (refnorm index build)")
    p.add_argument("--prefer-crossref", action="store_true",
                   help="replace the references' values with Crossref's, not only fill missing ones")
    p.add_argument("--time-budget", type=float, default=None, metavar="SECONDS",
                   help="stop asking Crossref after this long; the rest is marked unverified")
    p.add_argument("--report", choices=("text", "json", "none"), default="text",
                   help="diagnostics report on standard error (default: text)")
    p.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of internal errors")
    p.set_defaults(run=run)


def read_references(text: str, name: str) -> list[Reference]:
    """CSL-JSON array, a single item, or JSON lines of items / `Reference.to_dict` rows; CSL-YAML and
    BibTeX (.yaml, .yml, .bib) as `refnorm render` reads them. A record of a type CSL does not know is
    read as the type `refnorm fix` would give it, with a warning on standard error."""
    if name != "-" and name.lower().endswith((".yaml", ".yml", ".bib")):
        from refnorm.rendering.formats.csljson import loads

        rows: list[Any] = loads(text, path=name)
        if name.lower().endswith(".bib"):
            from refnorm.commands.render import bibtex_warnings

            bibtex_warnings(text, name, "not enriched")
    else:
        rows = _json_rows(text, name)
    refs = []
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise InputError(f"item {n} is not a JSON object", path=name)
        # `refnorm parse -f jsonl` and `refnorm batch` rows hold a list of references per entry
        items = row["references"] if isinstance(row.get("references"), list) else [row]
        for item in items:
            if not isinstance(item, dict):
                raise InputError(f"item {n} holds a reference that is not a JSON object", path=name)
            csl = item["csl"] if isinstance(item.get("csl"), dict) else item
            problem = type_check(csl)
            if problem is not None:
                who = f"item {len(refs) + 1}" + (f" ({csl['id']!r})" if csl.get("id") is not None else "")
                print(f"refnorm: warning: {name}: {who}: {problem[1]}", file=sys.stderr)
                item = {**item, "csl": {**csl, "type": problem[0]}} if csl is not item else {**item, "type": problem[0]}
            try:
                ref = Reference.from_dict(item) if isinstance(item.get("csl"), dict) else Reference.from_csl(item)
            except (TypeError, ValueError, KeyError, AttributeError, IndexError) as e:
                # (a hand-edited row of `refnorm parse -f jsonl`: "span": "x", "diagnostics": "x")
                raise InputError(f"item {n} is not a reference refnorm can read ({type(e).__name__}: {e})",
                                 path=name) from None
            if ref.raw is None and "references" in row and isinstance(row.get("text"), str) and len(items) == 1:
                ref = ref.evolve(raw=row["text"])  # the entry's text: the matcher validates against it
            refs.append(ref)
    return refs


def _json_rows(text: str, name: str) -> list[Any]:
    try:
        data: Any = json.loads(text)
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            return data["items"]  # ({"items": [...]}, which `refnorm render` reads, was one odd item)
        return data if isinstance(data, list) else [data]
    except json.JSONDecodeError as whole:
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                if not rows:  # not JSON lines either: the error is where the whole text breaks
                    raise InputError(f"not CSL-JSON or JSON lines ({whole.msg}, column {whole.colno})", path=name,
                                     line=whole.lineno) from None
                raise InputError(f"not CSL-JSON or JSON lines ({e.msg})", path=name, line=n) from None
        return rows


def report(refs: list[Reference], fmt: str) -> str:
    if fmt == "none":
        return ""
    if fmt == "json":
        rows = [{"index": i, "id": r.id, "DOI": r.get("DOI"),
                 "diagnostics": [d.to_dict() for d in r.diagnostics if (d.source or "") == "crossref"]}
                for i, r in enumerate(refs)]
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    lines = []
    counts: Counter[str] = Counter()
    for i, r in enumerate(refs, 1):
        for d in r.diagnostics:
            if (d.source or "") != "crossref":
                continue
            counts[d.code] += 1
            lines.append(f"{r.id or i}: {d.severity.value}: {d.code}: {d.message}")
    summary = ", ".join(f"{c} {k}" for k, c in sorted(counts.items())) or "nothing to report"
    return "\n".join([*lines, f"refnorm enrich: {len(refs)} references: {summary}"]) + "\n"


def run(args: argparse.Namespace) -> int:
    from refnorm.enrichment.api import enrich

    if args.time_budget is not None and not args.time_budget >= 0:  # (nan is not >= 0)
        raise ConfigError(f"--time-budget must be a number of seconds, 0 or more, not {args.time_budget}")
    refs = read_references(read_text(args.file), args.file)
    out = enrich(refs, mailto=args.mailto, offline=args.offline, crossref_url=args.crossref_url,
                 cache_dir=args.cache_dir, index=args.index, time_budget=args.time_budget,
                 policy="prefer-crossref" if args.prefer_crossref else "fill")
    text = json.dumps([r.to_csl() for r in out], ensure_ascii=False, indent=2) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        from refnorm.io.files import write_atomic

        write_atomic(args.output, text)
    rep = report(out, args.report)
    if rep:
        sys.stderr.write(rep)
    return 0
