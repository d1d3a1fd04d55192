"""`refnorm batch IN OUT`: millions of reference strings through the pipeline, resumably."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from refnorm.errors import ConfigError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="parse (and match) many reference strings: JSONL/CSV/Parquet in, JSONL/Parquet out",
        description="Run the pipeline over one reference string per record. Output rows carry CSL-JSON, "
        "diagnostics and provenance; a record that fails gets an 'error' and the run goes on. Rerunning "
        "with the same OUT skips the ids already written.",
    )
    p.add_argument("input", help="JSONL, CSV/TSV or Parquet file (or a folder of Parquet files)")
    p.add_argument("output", help="JSONL file, or a .parquet folder of part files")
    p.add_argument("--input-format", choices=("jsonl", "csv", "parquet"), default=None)
    p.add_argument("--id-field", default=None, help="input column holding the record id (default: id)")
    p.add_argument("--text-field", default=None, help="input column holding the reference (default: text)")
    p.add_argument("-l", "--lang", default=None, help="language hint (e.g. fr, de-DE)")
    p.add_argument("-j", "--processes", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--scheduler", default=None,
                   help="Dask scheduler address (tcp://host:8786); default: a local cluster")
    p.add_argument("--index", default=None, help="a local Crossref index (refnorm index build) to match against")
    p.add_argument("--no-normalize", action="store_true", help="skip the record-level normalisers")
    p.add_argument("--restart", action="store_true", help="overwrite OUT instead of resuming")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true")
    p.set_defaults(run=run)


class _Progress:
    """A one-line counter on stderr, only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, n: int, force: bool = False) -> None:
        now = time.monotonic()
        if self.enabled and (force or now - self.last > 0.5):
            rate = n / max(now - self.start, 1e-9)
            sys.stderr.write(f"\r{n:,} records, {rate:,.0f}/s")
            sys.stderr.flush()
            self.last = now

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def run(args: argparse.Namespace) -> int:
    from refnorm.batch import BatchOptions, process_many
    from refnorm.io.records import RecordWriter, _format_of, done_ids, read_records

    if args.processes is not None and args.processes < 1:
        raise ConfigError(f"-j/--processes must be 1 or more, not {args.processes}")
    if args.index:
        # checked once here: in the run, a missing or unreadable index would be an error row per record
        from refnorm.enrichment.index import LocalIndex

        if not Path(args.index).exists():
            raise ConfigError(f"no local Crossref index at {args.index} (build one with `refnorm index build`)")
        LocalIndex(args.index, create=False).close()
    out = Path(args.output)
    if args.restart and out.exists():
        if out.is_dir():
            for f in out.glob("part-*.parquet"):
                f.unlink()
        else:
            out.unlink()
    skip = done_ids(out)
    options = BatchOptions(lang=args.lang, normalize=not args.no_normalize, index=args.index)
    rows: Iterator[dict[str, Any]]
    if args.engine == "dask":
        rows = _dask_rows(args, options, skip, _format_of(Path(args.input), args.input_format))
    else:
        records = (r for r in read_records(args.input, fmt=args.input_format, id_field=args.id_field,
                                           text_field=args.text_field) if r["id"] not in skip)
        rows = process_many(records, options, processes=args.processes)
    progress = _Progress(not args.quiet)
    n = errors = refs = 0
    with RecordWriter(out) as writer:
        for row in rows:
            writer.write(row)
            n += 1
            errors += "error" in row and row["error"] is not None
            refs += len(row.get("references") or ())
            progress.update(n)
    progress.update(n, force=True)
    progress.done()
    if not args.quiet:
        resumed = f" ({len(skip):,} already done)" if skip else ""
        print(f"{n:,} records{resumed}: {refs:,} references, {errors:,} errors -> {out}", file=sys.stderr)
    return 0


def _dask_rows(args: argparse.Namespace, options: Any, skip: set[str], fmt: str) -> Iterator[dict[str, Any]]:
    try:
        from distributed import Client, LocalCluster

        from refnorm.dask import parse_bag, records_bag, stream_results
    except ImportError:
        raise ConfigError("--engine dask needs Dask: pip install 'refnorm[dask]'") from None
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.processes or 2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        bag = records_bag(args.input, fmt=fmt, id_field=args.id_field, text_field=args.text_field)
        yield from stream_results(parse_bag(bag, options, skip=skip))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
