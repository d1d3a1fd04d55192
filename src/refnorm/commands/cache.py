"""`refnorm cache stats|clear|export`: look after the Crossref answer cache."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cache", help="show, clear or export the Crossref cache",
                       description="The SQLite cache of Crossref answers (works, negative answers, searches).")
    p.add_argument("action", choices=("stats", "clear", "export"),
                   help="stats: counts and size (JSON); clear: empty it (--expired: only expired rows); "
                   "export: every row as JSON lines on standard output")
    p.add_argument("--cache-dir", default=None, help="cache directory (or REFNORM_CACHE_DIR)")
    p.add_argument("--expired", action="store_true", help="with clear: remove only expired rows")
    p.add_argument("-v", "--verbose", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from refnorm.enrichment.cache import Cache

    cache = Cache(args.cache_dir)
    try:
        if args.action == "stats":
            print(json.dumps(cache.stats(), indent=1))
        elif args.action == "clear":
            n = cache.clear(expired_only=args.expired)
            print(f"removed {n} cached answers from {cache.path}", file=sys.stderr)
        else:
            for row in cache.export():
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        cache.close()
    return 0
