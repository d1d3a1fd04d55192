"""The Crossref answer cache: SQLite (stdlib, WAL) in the user cache directory.

It keeps works by DOI, negative answers (Crossref does not know the DOI) and search results, each with
an expiry. Every write is one transaction, so a crash or a network failure halfway through a run leaves
the cache as it was before that write. `CachedClient` puts it in front of any `CrossrefClient`; offline,
it answers from the cache alone and says which questions it could not answer.

A cache that cannot be opened or read (a truncated file, garbage, a full or read-only disk) never fails a
run and never answers with a wrong record: a row that does not decode, or that holds another DOI's
record, is ignored as if absent (and replaced when the work is fetched again), and a database that fails
is dropped for the rest of the run; each says so once with a `CacheWarning` naming the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
import warnings
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from refnorm.enrichment.protocol import CrossrefClient, OfflineMiss, Work
from refnorm.errors import CacheError, CacheWarning

__all__ = ["Cache", "CachedClient", "default_cache_dir"]

WORK_TTL = 30 * 86400.0
NEGATIVE_TTL = 7 * 86400.0
SEARCH_TTL = 30 * 86400.0

# Decoded works by their stored JSON text, with their lower-cased DOI: `fix` asks for the same works
# several times a run (each entry, then the fixpoint check of each rewrite), and decoding a work is
# most of reading it. Keyed by the text itself, so a changed row is decoded afresh; the works are
# read, never modified.
_DECODED: dict[str, tuple[Work, str | None]] = {}
_DECODED_MAX = 4096


def _decoded(data: str) -> tuple[Work, str | None]:
    hit = _DECODED.get(data)
    if hit is None:
        work = json.loads(data)
        if not isinstance(work, dict):
            raise ValueError(f"a {type(work).__name__}, not a work object")
        doi = work.get("DOI")
        hit = (work, doi.lower() if isinstance(doi, str) else None)
        if len(_DECODED) >= _DECODED_MAX:
            _DECODED.clear()
        _DECODED[data] = hit
    return hit


def warn_cache(message: str) -> None:
    """Say once per run what is wrong with the cache and what refnorm does about it."""
    warnings.warn(message, CacheWarning, stacklevel=3)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS works (doi TEXT PRIMARY KEY, data TEXT, fetched REAL, expires REAL);
CREATE TABLE IF NOT EXISTS searches (key TEXT PRIMARY KEY, query TEXT, data TEXT, fetched REAL, expires REAL);
"""


def default_cache_dir() -> Path:
    """``REFNORM_CACHE_DIR`` if set, else the platform's user cache directory for refnorm."""
    env = os.environ.get("REFNORM_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("refnorm"))


def _search_key(query: str, rows: int, select: Sequence[str] | None, filter: Mapping[str, Any] | None) -> str:
    blob = json.dumps([" ".join(query.split()), rows, sorted(select or ()), sorted((filter or {}).items())],
                      ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


class Cache:
    """The SQLite file ``crossref.sqlite3`` in ``directory`` (or ``":memory:"``)."""

    def __init__(self, directory: str | Path | None = None, *, clock=time.time) -> None:
        self._clock = clock
        if directory == ":memory:":
            self.path = ":memory:"
        else:
            d = Path(directory) if directory is not None else default_cache_dir()
            self.path = str(d / "crossref.sqlite3")
        self._tls = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        try:
            conn = self._conn()
            with conn:
                conn.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as e:
            parent = Path(self.path).parent
            problem = f"{parent} is not a directory" if parent.exists() and not parent.is_dir() else \
                (e.strerror or str(e)) if isinstance(e, OSError) else str(e)
            raise CacheError(f"cannot open the cache {self.path}: {problem}") from e

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._tls, "conn", None)
        if conn is None:
            if self.path == ":memory:":
                with self._lock:
                    if not self._all:
                        self._all.append(sqlite3.connect(":memory:", check_same_thread=False))
                    return self._all[0]
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            # each thread writes through its own connection; the owner closes them all at the end
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._tls.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for c in self._all:
                c.close()
            self._all.clear()
        self._tls = threading.local()

    # -- works and negative answers ----------------------------------------------------------------
    def get_works(self, dois: Sequence[str]) -> tuple[dict[str, Work], set[str]]:
        """Cached works by lower-cased DOI, and the DOIs known not to exist; expired rows are ignored."""
        keys = list(dict.fromkeys(d.lower() for d in dois))
        found: dict[str, Work] = {}
        negative: set[str] = set()
        now = self._clock()
        conn = self._conn()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = conn.execute(
                f"SELECT doi, data FROM works WHERE expires > ? AND doi IN ({','.join('?' * len(chunk))})",
                [now, *chunk],
            ).fetchall()
            for doi, data in rows:
                if data is None:
                    negative.add(doi)
                    continue
                hit = _DECODED.get(data)  # (the common case, inline: a warm row of the right DOI)
                if hit is not None and (hit[1] is None or hit[1] == doi):
                    found[doi] = hit[0]
                elif (work := self._work(doi, data)) is not None:
                    found[doi] = work
        return found, negative

    def _work(self, doi: str, data: Any) -> Work | None:
        """The stored work of ``doi``, or None (with a warning) when the row is unreadable or holds
        another DOI's record: a damaged row must cost a lookup, never give a wrong record."""
        try:
            work, other = _decoded(data)
        except (TypeError, ValueError) as e:
            warn_cache(f"the Crossref cache {self.path} holds an unreadable record for {doi} ({e}): ignored "
                       "(fetched again when online)")
            return None
        if other is not None and other != doi:
            warn_cache(f"the Crossref cache {self.path} holds the record of {work['DOI']} under {doi}: ignored "
                       "(fetched again when online)")
            return None
        return work

    def put_works(self, works: Mapping[str, Work], missing: Sequence[str] = ()) -> None:
        now = self._clock()
        rows = [(k.lower(), json.dumps(v, ensure_ascii=False), now, now + WORK_TTL) for k, v in works.items()]
        rows += [(d.lower(), None, now, now + NEGATIVE_TTL) for d in missing]
        conn = self._conn()
        with self._lock, conn:
            conn.executemany("INSERT OR REPLACE INTO works VALUES (?, ?, ?, ?)", rows)

    # -- searches ----------------------------------------------------------------------------------
    def get_search(self, query: str, rows: int, select: Sequence[str] | None,
                   filter: Mapping[str, Any] | None) -> list[Work] | None:
        row = self._conn().execute(
            "SELECT data FROM searches WHERE key=? AND expires > ?",
            (_search_key(query, rows, select, filter), self._clock()),
        ).fetchone()
        if not row:
            return None
        try:
            items = json.loads(row[0])
        except (TypeError, ValueError) as e:
            items = e
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            problem = items if isinstance(items, Exception) else f"a {type(items).__name__}, not a list of works"
            warn_cache(f"the Crossref cache {self.path} holds an unreadable search result ({problem}): ignored "
                       "(searched again when online)")
            return None
        return items

    def put_search(self, query: str, rows: int, select: Sequence[str] | None,
                   filter: Mapping[str, Any] | None, items: list[Work]) -> None:
        now = self._clock()
        conn = self._conn()
        with self._lock, conn:
            conn.execute(
                "INSERT OR REPLACE INTO searches VALUES (?, ?, ?, ?, ?)",
                (_search_key(query, rows, select, filter), query, json.dumps(items, ensure_ascii=False),
                 now, now + SEARCH_TTL),
            )

    # -- maintenance ---------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        conn = self._conn()
        now = self._clock()
        q = conn.execute
        size = sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p)) \
            if self.path != ":memory:" else 0
        return {
            "path": self.path,
            "works": q("SELECT count(*) FROM works WHERE data IS NOT NULL").fetchone()[0],
            "negative": q("SELECT count(*) FROM works WHERE data IS NULL").fetchone()[0],
            "searches": q("SELECT count(*) FROM searches").fetchone()[0],
            "expired": q("SELECT (SELECT count(*) FROM works WHERE expires <= ?) + "
                         "(SELECT count(*) FROM searches WHERE expires <= ?)", (now, now)).fetchone()[0],
            "bytes": size,
        }

    def clear(self, *, expired_only: bool = False) -> int:
        conn = self._conn()
        with self._lock, conn:
            if expired_only:
                now = self._clock()
                n = conn.execute("DELETE FROM works WHERE expires <= ?", (now,)).rowcount
                n += conn.execute("DELETE FROM searches WHERE expires <= ?", (now,)).rowcount
            else:
                n = conn.execute("DELETE FROM works").rowcount + conn.execute("DELETE FROM searches").rowcount
        if not expired_only and self.path != ":memory:":
            conn.execute("VACUUM")
        return n

    def export(self) -> Iterator[dict[str, Any]]:
        """Every cached row as a JSON-able dict (``kind`` work, negative or search)."""
        conn = self._conn()
        for doi, data, fetched, expires in conn.execute("SELECT doi, data, fetched, expires FROM works ORDER BY doi"):
            if data is None:
                yield {"kind": "negative", "doi": doi, "fetched": fetched, "expires": expires}
            elif (work := self._work(doi, data)) is not None:
                yield {"kind": "work", "doi": doi, "fetched": fetched, "expires": expires, "work": work}
            else:  # (an export is where a damaged row should be seen, not skipped)
                yield {"kind": "unreadable", "doi": doi, "fetched": fetched, "expires": expires, "data": data}
        for query, data, fetched, expires in conn.execute(
                "SELECT query, data, fetched, expires FROM searches ORDER BY fetched"):
            try:
                dois = [w.get("DOI") for w in json.loads(data)]
            except (TypeError, ValueError, AttributeError):
                warn_cache(f"the Crossref cache {self.path} holds an unreadable search result for {query!r}")
                yield {"kind": "unreadable", "query": query, "fetched": fetched, "expires": expires, "data": data}
                continue
            yield {"kind": "search", "query": query, "fetched": fetched, "expires": expires, "dois": dois}


class CachedClient:
    """A `CrossrefClient` that answers from the cache first and stores what ``inner`` tells it.

    With ``inner=None`` it is offline: uncached DOIs are reported by `works_partial` and uncached
    searches raise `OfflineMiss`. A cache that fails to write is dropped for the rest of the run
    rather than failing it.
    """

    def __init__(self, cache: Cache | None, inner: CrossrefClient | None) -> None:
        self.cache = cache
        self.inner = inner

    @property
    def offline(self) -> bool:
        return self.inner is None

    def go_offline(self) -> None:
        self.inner = None

    def _safe(self, fn, *args: Any) -> Any:
        if self.cache is None:
            return None
        try:
            return fn(*args)
        except sqlite3.Error as e:
            warn_cache(f"the Crossref cache {self.cache.path} failed ({e}): continuing without it for this run "
                       "(`refnorm cache clear` starts a new one)")
            self.cache = None
            return None

    def works_partial(self, dois: Sequence[str]) -> tuple[dict[str, Work], set[str]]:
        """Works found, and the DOIs whose existence could not be established (offline)."""
        keys = list(dict.fromkeys(d.strip() for d in dois if d and d.strip()))
        cached = self._safe(self.cache.get_works, keys) if self.cache else None
        found, negative = cached if cached else ({}, set())
        todo = [d for d in keys if d.lower() not in found and d.lower() not in negative]
        if not todo:
            return found, set()
        if self.inner is None:
            return found, {d.lower() for d in todo}
        fetched = {k.lower(): v for k, v in self.inner.works_by_dois(todo).items()}
        missing = [d.lower() for d in todo if d.lower() not in fetched]
        self._safe(self.cache.put_works, fetched, missing) if self.cache else None
        found.update(fetched)
        return found, set()

    def works_by_dois(self, dois: Sequence[str]) -> dict[str, Work]:
        return self.works_partial(dois)[0]

    def work(self, doi: str) -> Work | None:
        found, unknown = self.works_partial([doi])
        if unknown:
            raise OfflineMiss(f"offline, and {doi} is not cached")
        return found.get(doi.lower())

    def search(self, query: str, rows: int = 20, select: Sequence[str] | None = None,
               filter: Mapping[str, Any] | None = None) -> list[Work]:
        hit = self._safe(self.cache.get_search, query, rows, select, filter) if self.cache else None
        if hit is not None:
            return hit
        if self.inner is None:
            raise OfflineMiss("offline, and this search is not cached")
        items = self.inner.search(query, rows=rows, select=select, filter=filter)
        if self.cache:
            self._safe(self.cache.put_search, query, rows, select, filter, items)
        return items
