"""`refnorm cache stats|clear|export`: look after the Crossref answer cache."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cache", help="count (stats), clear or export the Crossref cache",
                       description="The SQLite cache of Crossref answers (works, negative answers, searches).")
    p.add_argument("action", choices=("stats", "clear", "export"),
                   help="stats: counts and size (JSON); clear: empty it (--expired: only expired rows); "
                   "export: every row as JSON lines on standard output")
    p.add_argument("--cache-dir", default=None, help="cache directory (or REFNORM_CACHE_DIR)")
    p.add_argument("--expired", action="store_true", help="with clear: remove only expired rows")
    p.add_argument("-v", "--verbose", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from refnorm.enrichment.cache import Cache, default_cache_dir
    from refnorm.errors import CacheError, ConfigError

    directory = Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    if directory.exists() and not directory.is_dir():
        raise ConfigError(f"cache directory {str(directory)!r} is a file, not a directory")
    if not (directory / "crossref.sqlite3").exists():
        # Looking at or clearing a cache that is not there should not create one (a typo in
        # --cache-dir would leave a stray directory behind).
        if args.action == "stats":
            print(json.dumps({"path": str(directory / "crossref.sqlite3"), "exists": False}, indent=1))
        elif args.action == "clear":
            print(f"no cache at {directory / 'crossref.sqlite3'}: nothing to remove", file=sys.stderr)
        return 0
    try:
        cache = Cache(directory)
    except CacheError as e:  # a corrupt or unreadable file: the user's to repair, not our bug
        if args.action == "clear" and not args.expired:
            # nothing in it can be read, so clearing it is starting a new one: the file goes
            path = directory / "crossref.sqlite3"
            try:
                for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    p.unlink(missing_ok=True)
            except OSError as gone:
                raise ConfigError(f"{e}, and it cannot be removed: {gone.strerror or gone}") from None
            print(f"removed the unreadable cache {path} ({e.__cause__ or e}); the next run starts a new one",
                  file=sys.stderr)
            return 0
        raise ConfigError(f"{e} (`refnorm cache clear` removes it; the next run starts a new one)") from None
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
