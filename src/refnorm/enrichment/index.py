"""A local Crossref: an SQLite index of work records, searchable like ``query.bibliographic``.

Built from Crossref's public data file (a folder of ``.json.gz`` files, each ``{"items": [work, ...]}``),
read one file at a time so memory stays flat. Each work keeps the fields matching and merging need
(compressed JSON), its DOI, year, volume, issue and pages as columns, and an FTS5 table over title,
authors, container and the numbers, ranked with BM25. `LocalIndex` implements the `CrossrefClient`
protocol, so the matcher validates candidates from it exactly as it does those from the API.

Chinese, Japanese and Korean text has no spaces, and FTS5's ``unicode61`` tokenizer would make one token
of a whole title; those characters are spaced apart before indexing and querying so each is a token.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from refnorm.enrichment.protocol import SEARCH_SELECT, Work
from refnorm.normalizers.unicode import CJK_CHARS

__all__ = ["LocalIndex", "build_index", "iter_data_file", "query_terms", "write_data_file"]

_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS works_ai AFTER INSERT ON works BEGIN
    INSERT INTO works_fts(rowid, title, authors, container, extra)
    VALUES (new.id, new.title, new.authors, new.container, new.extra);
END;
CREATE TRIGGER IF NOT EXISTS works_ad AFTER DELETE ON works BEGIN
    INSERT INTO works_fts(works_fts, rowid, title, authors, container, extra)
    VALUES ('delete', old.id, old.title, old.authors, old.container, old.extra);
END;
CREATE TRIGGER IF NOT EXISTS works_au AFTER UPDATE ON works BEGIN
    INSERT INTO works_fts(works_fts, rowid, title, authors, container, extra)
    VALUES ('delete', old.id, old.title, old.authors, old.container, old.extra);
    INSERT INTO works_fts(rowid, title, authors, container, extra)
    VALUES (new.id, new.title, new.authors, new.container, new.extra);
END;
"""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS works (
    id INTEGER PRIMARY KEY,
    doi TEXT NOT NULL UNIQUE,
    year INTEGER, volume TEXT, issue TEXT, page TEXT, type TEXT, indexed TEXT,
    title TEXT, authors TEXT, container TEXT, extra TEXT,
    data BLOB NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS works_fts USING fts5(
    title, authors, container, extra,
    content='works', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS files (name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, items INTEGER);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

_UPSERT = """
INSERT INTO works (doi, year, volume, issue, page, type, indexed, title, authors, container, extra, data)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(doi) DO UPDATE SET
    year=excluded.year, volume=excluded.volume, issue=excluded.issue, page=excluded.page,
    type=excluded.type, indexed=excluded.indexed, title=excluded.title, authors=excluded.authors,
    container=excluded.container, extra=excluded.extra, data=excluded.data
WHERE excluded.indexed IS NULL OR works.indexed IS NULL OR excluded.indexed >= works.indexed
"""

_KEEP = frozenset(SEARCH_SELECT) - {"score"}
_CJK = re.compile(f"([{CJK_CHARS}])")
_WORD = re.compile(r"\w+", re.UNICODE)
# Words too common to rank by; FTS5 ORs every query term, so each one costs a posting-list scan.
_STOP = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "by", "de", "der", "des", "die", "du", "el", "en", "et", "for", "from", "in", "is", "it", "la", "le", "les", "of", "on", "or", "the", "to", "und", "with", "al", "eds", "ed", "pp", "vol", "no", "doi", "http", "https", "org", "www"]
)
MAX_TERMS = 32


def _space_cjk(text: str) -> str:
    return text if text.isascii() else _CJK.sub(r" \1 ", text)


def query_terms(text: str) -> list[str]:
    """Distinct search words of a reference string, in order: CJK per character, no stop words."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(_space_cjk(text).casefold()):
        if w in _STOP or (len(w) < 2 and not _CJK.match(w)) or w.startswith("_"):
            continue
        seen.setdefault(w, None)
        if len(seen) >= MAX_TERMS:
            break
    return list(seen)


def _first(v: Any) -> str:
    if isinstance(v, list):
        return str(v[0]) if v else ""
    return str(v) if v is not None else ""


def _year(work: Mapping[str, Any]) -> int | None:
    for key in ("issued", "published-print", "published-online", "published", "approved", "posted"):
        parts = (work.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0] not in (None, ""):
            try:
                return int(parts[0][0])
            except (TypeError, ValueError):
                continue
    return None


def _row(work: Mapping[str, Any]) -> tuple[Any, ...]:
    kept = {k: v for k, v in work.items() if k in _KEEP}
    title = " ".join(_first(work.get(k)) for k in ("title", "subtitle"))
    authors = " ".join(
        str(a.get("family") or a.get("name") or "") + " " + str(a.get("given") or "")
        for a in (work.get("author") or work.get("editor") or [])[:20]
        if isinstance(a, dict)
    )
    container = " ".join(_first(work.get(k)) for k in ("container-title", "short-container-title"))
    year = _year(work)
    page = str(work.get("page") or work.get("article-number") or "") or None
    extra = " ".join(str(x) for x in (year, work.get("volume"), work.get("issue"), page) if x)
    indexed = (work.get("indexed") or {}).get("date-time")
    return (
        str(work["DOI"]).lower(), year, work.get("volume"), work.get("issue"), page, work.get("type"), indexed,
        _space_cjk(title), _space_cjk(authors), _space_cjk(container), extra,
        # level 1: a third of level 6's time for nearly the same size on these small records
        zlib.compress(json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode(), 1),
    )


def iter_data_file(path: str | Path) -> Iterator[Work]:
    """Work records of one public-data-file part (``.json.gz`` or ``.json``: ``{"items": [...]}``)."""
    p = Path(path)
    opener = gzip.open if p.name.endswith(".gz") else open
    with opener(p, "rt", encoding="utf-8") as f:
        doc = json.load(f)
    items = doc.get("items", []) if isinstance(doc, dict) else doc
    for item in items or []:
        if isinstance(item, dict) and item.get("DOI"):
            yield item


def write_data_file(works: Iterable[Mapping[str, Any]], path: str | Path) -> Path:
    """Write works as one part of Crossref's public data file (used by tests and benchmarks)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(p, "wt", encoding="utf-8") as f:
        json.dump({"items": list(works)}, f, ensure_ascii=False)
    return p


class LocalIndex:
    """An SQLite Crossref index (a file, or ``":memory:"``), usable as a `CrossrefClient`.

    One connection per thread, so the enrichment thread pool can search it in parallel.
    """

    def __init__(self, path: str | Path = ":memory:", *, create: bool = True) -> None:
        self.path = str(path)
        if self.path != ":memory:" and not create and not Path(self.path).exists():
            raise FileNotFoundError(self.path)
        self._tls = threading.local()
        self._memory = self.path == ":memory:"
        self._shared: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.requests = 0  # searches and lookups answered, mirrors HabaneroClient.requests
        conn = self._conn()
        with conn:
            conn.executescript(_SCHEMA)
        if self._bulk_pending():
            self._end_bulk()  # a bulk load was interrupted: index what it wrote
        else:
            with conn:
                conn.executescript(_TRIGGERS)

    def _conn(self) -> sqlite3.Connection:
        if self._memory:
            if self._shared is None:
                self._shared = sqlite3.connect(":memory:", check_same_thread=False)
            return self._shared
        conn = getattr(self._tls, "conn", None)
        if conn is None:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            self._tls.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._tls, "conn", None)
        if conn is not None:
            conn.close()
            self._tls.conn = None

    # -- writing -------------------------------------------------------------------------------
    def add(self, works: Iterable[Mapping[str, Any]], batch: int = 5000) -> int:
        """Insert or refresh works (a newer ``indexed`` date wins); returns how many were read."""
        return self._write(_row(w) for w in works if isinstance(w, Mapping) and w.get("DOI"))

    def _write(self, rows: Iterable[tuple[Any, ...]], batch: int = 5000) -> int:
        conn = self._conn()
        n = 0
        chunk: list[tuple[Any, ...]] = []
        with self._lock, conn:
            for r in rows:
                chunk.append(r)
                n += 1
                if len(chunk) >= batch:
                    conn.executemany(_UPSERT, chunk)
                    chunk.clear()
            if chunk:
                conn.executemany(_UPSERT, chunk)
        return n

    def add_directory(self, directory: str | Path, *, incremental: bool = True,
                      progress: Any = None, processes: int = 1) -> tuple[int, int]:
        """Read every ``*.json.gz`` part under ``directory``; skip parts already read unchanged.

        Returns ``(files read, works read)``. A part is recorded only after its works are committed,
        so an interrupted build resumes where it stopped. With ``processes > 1`` parts are decoded in
        worker processes (decoding JSON is most of the cost) while this one writes, in order.
        """
        conn = self._conn()
        # An index is rebuilt from its data files, never the only copy: trade durability against power loss
        # for speed (WAL still keeps the file consistent if the process dies), and give SQLite more cache.
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-65536")
        files = sorted(p for p in Path(directory).rglob("*") if p.name.endswith((".json.gz", ".json")))
        # Into an empty index, rows go in without the full-text triggers and the FTS table is built once at
        # the end ('rebuild'), 3.5 times cheaper than row by row; the flag in `meta` makes an interrupted
        # bulk load finish its indexing the next time the index is opened.
        bulk = not conn.execute("SELECT 1 FROM works LIMIT 1").fetchone()
        if bulk:
            with conn:
                conn.execute("DROP TRIGGER IF EXISTS works_ai")
                conn.execute("DROP TRIGGER IF EXISTS works_au")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('bulk', '1')")
        todo = []
        for p in files:
            st = p.stat()
            name = str(p.relative_to(directory))
            if incremental:
                row = conn.execute("SELECT size, mtime_ns FROM files WHERE name=?", (name,)).fetchone()
                if row and row[0] == st.st_size and row[1] == st.st_mtime_ns:
                    continue
            todo.append((p, name, st.st_size, st.st_mtime_ns))
        read = works = 0
        pool = None
        try:
            if processes > 1 and len(todo) > 1:
                import multiprocessing

                pool = multiprocessing.get_context("spawn").Pool(processes)
                parts = pool.imap(_part_rows, [t[0] for t in todo])
            else:
                parts = (_part_rows(t[0]) for t in todo)
            for (_p, name, size, mtime), rows in zip(todo, parts, strict=True):
                n = self._write(rows)
                with conn:
                    conn.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", (name, size, mtime, n))
                read += 1
                works += n
                if progress:
                    progress(name, n)
        finally:
            if pool is not None:
                pool.terminate()
            if bulk:
                self._end_bulk()
        return read, works

    def _bulk_pending(self) -> bool:
        return bool(self._conn().execute("SELECT 1 FROM meta WHERE key='bulk'").fetchone())

    def _end_bulk(self) -> None:
        conn = self._conn()
        with conn:
            conn.execute("INSERT INTO works_fts(works_fts) VALUES ('rebuild')")
            conn.executescript(_TRIGGERS)
            conn.execute("DELETE FROM meta WHERE key='bulk'")

    def optimize(self) -> None:
        conn = self._conn()
        with conn:
            conn.execute("INSERT INTO works_fts(works_fts) VALUES ('optimize')")

    # -- reading: the CrossrefClient protocol ----------------------------------------------------
    def __len__(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM works").fetchone()[0])

    def work(self, doi: str) -> Work | None:
        self.requests += 1
        row = self._conn().execute("SELECT data FROM works WHERE doi=?", (doi.strip().lower(),)).fetchone()
        return json.loads(zlib.decompress(row[0])) if row else None

    def works_by_dois(self, dois: Sequence[str]) -> dict[str, Work]:
        self.requests += 1
        keys = list(dict.fromkeys(d.strip().lower() for d in dois if d))
        out: dict[str, Work] = {}
        conn = self._conn()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = f"SELECT doi, data FROM works WHERE doi IN ({','.join('?' * len(chunk))})"
            for doi, data in conn.execute(q, chunk):
                out[doi] = json.loads(zlib.decompress(data))
        return out

    def search(self, query: str, rows: int = 20, select: Sequence[str] | None = None,
               filter: Mapping[str, Any] | None = None) -> list[Work]:
        """Works ranked by BM25 over title (weight 4), authors (2), container (1) and numbers (1)."""
        self.requests += 1
        terms = query_terms(query)
        if not terms:
            return []
        match = " OR ".join('"' + t.replace('"', "") + '"' for t in terms)
        sql = ("SELECT w.data, bm25(works_fts, 4.0, 2.0, 1.0, 1.0) AS r FROM works_fts "
               "JOIN works w ON w.id = works_fts.rowid WHERE works_fts MATCH ?")
        params: list[Any] = [match]
        for key, value in (filter or {}).items():
            if key == "type":
                sql += " AND w.type = ?"
                params.append(value)
        sql += " ORDER BY r LIMIT ?"
        params.append(int(rows))
        out = []
        for data, rank in self._conn().execute(sql, params):
            work = json.loads(zlib.decompress(data))
            work["score"] = round(-float(rank), 3)
            if select:
                work = {k: v for k, v in work.items() if k in select or k == "score"}
            out.append(work)
        return out

    def stats(self) -> dict[str, Any]:
        conn = self._conn()
        n = conn.execute("SELECT count(*) FROM works").fetchone()[0]
        files = conn.execute("SELECT count(*) FROM files").fetchone()[0]
        size = None
        if not self._memory:
            size = sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p))
        return {"path": self.path, "works": n, "files": files, "bytes": size}


def _part_rows(path: Path) -> list[tuple[Any, ...]]:
    """The index rows of one data-file part (run in worker processes by `LocalIndex.add_directory`)."""
    return [_row(w) for w in iter_data_file(path)]


def build_index(directory: str | Path, index_path: str | Path, *, incremental: bool = True,
                progress: Any = None, processes: int = 1) -> dict[str, Any]:
    """Build (or update) the index at ``index_path`` from a public-data-file folder."""
    idx = LocalIndex(index_path)
    try:
        files, works = idx.add_directory(directory, incremental=incremental, progress=progress,
                                         processes=processes)
        if files:
            idx.optimize()
        return {"files_read": files, "works_read": works, **idx.stats()}
    finally:
        idx.close()
