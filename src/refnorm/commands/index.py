"""`refnorm index build|update|stats`: a local Crossref index from the public data file."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from refnorm.errors import ConfigError, InputError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "index", help="build or update a local Crossref index (offline matching)",
        description="Read works in the format of Crossref's public data file (a folder of .json.gz files, "
        "each {\"items\": [...]}) into an SQLite index that `refnorm enrich --index` and `refnorm batch "
        "--index` match against offline. `update` reads only files that are new or changed since the last run.")
    p.add_argument("action", choices=("build", "update", "stats"))
    p.add_argument("directory", nargs="?", help="the folder of .json.gz files (build, update)")
    p.add_argument("--index", required=True, help="the index file to write or read")
    p.add_argument("-j", "--processes", type=int, default=1,
                   help="decode data-file parts in this many processes (default 1)")
    p.add_argument("--compress", type=int, nargs="?", const=1, default=0, metavar="LEVEL",
                   help="zlib-compress the stored records (level 1-9, 1 if no level is given): about a third "
                   "smaller, about 40% slower to build (default: not compressed)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from refnorm.enrichment.index import LocalIndex, build_index

    if args.action == "stats":
        if not Path(args.index).exists():
            raise ConfigError(f"no index at {args.index}")
        idx = LocalIndex(args.index, create=False)
        print(json.dumps(idx.stats(), indent=1))
        idx.close()
        return 0
    if not args.directory:
        raise ConfigError(f"`refnorm index {args.action}` needs the folder of .json.gz files")
    if not Path(args.directory).is_dir():
        raise InputError("not a folder", path=args.directory)
    if args.action == "build" and Path(args.index).exists():
        raise ConfigError(f"{args.index} exists: use `refnorm index update` to add to it")

    def progress(name: str, n: int) -> None:
        if not args.quiet:
            print(f"{name}: {n} works", file=sys.stderr)

    t0 = time.monotonic()
    if not 0 <= args.compress <= 9:
        raise ConfigError(f"--compress takes a zlib level from 1 to 9, not {args.compress}")
    result = build_index(args.directory, args.index, incremental=True, progress=progress,
                         processes=max(1, args.processes), compress=args.compress)
    result["seconds"] = round(time.monotonic() - t0, 3)
    print(json.dumps(result, indent=1))
    for problem in result["files_failed"]:
        print(f"refnorm: error: {problem}", file=sys.stderr)
    if result["files_failed"]:
        n = len(result["files_failed"])
        print(f"refnorm: {n} data-file part{'s' if n > 1 else ''} not read (the others are indexed); "
              "repair or remove them, then `refnorm index update`", file=sys.stderr)
        return 2
    return 0
