"""A local Crossref: an SQLite index of work records, searchable like ``query.bibliographic``.

Built from Crossref's public data file (a folder of ``.json.gz`` files, each ``{"items": [work, ...]}``),
read one file at a time so memory stays flat. Each work keeps the fields matching and merging need
(JSON, compressed on request), its DOI, year, volume, issue and pages as columns, and an FTS5 table over title,
authors, container and the numbers, ranked with BM25. `LocalIndex` implements the `CrossrefClient`
protocol, so the matcher validates candidates from it exactly as it does those from the API.

Chinese, Japanese and Korean text has no spaces, and FTS5's ``unicode61`` tokenizer would make one token
of a whole title; those characters are spaced apart before indexing and querying so each is a token.

Speed (figures in docs/benchmarks.md, "Scale"): building is bound by JSON decoding and re-encoding in Python,
so ``orjson`` is used when installed (the standard ``json`` otherwise, same output), stored records are
compressed only on request, and the full-text table is filled once after a bulk load. Searching is bound by
the posting lists a query touches: a search ORs only the rarest of its words (document frequencies from a
``terms`` table written after each build), so common words ("journal", a year) cost nothing on a large index.
"""

from __future__ import annotations

import gc
import gzip
import json
import os
import re
import sqlite3
import threading
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from refnorm.enrichment.protocol import SEARCH_SELECT, Work
from refnorm.errors import ConfigError
from refnorm.normalizers.unicode import CJK_CHARS

__all__ = ["LocalIndex", "build_index", "iter_data_file", "query_terms", "write_data_file"]

try:  # measured here: decoding 1.4x, encoding 2.7x the standard library's speed; optional, same output
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None


def _loads(data: bytes | str) -> Any:
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # NaN or a lone surrogate: the standard library accepts what Python's json wrote
    return json.loads(data)


def _dumps(obj: Any) -> bytes:
    if orjson is not None:
        try:
            return orjson.dumps(obj)
        except TypeError:
            pass  # an integer over 64 bits or a lone surrogate
    # ensure_ascii escapes lone surrogates, which UTF-8 cannot hold
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode()


def _record(blob: bytes) -> Work:
    """A stored work: plain JSON, or zlib-compressed (``--compress``, and indexes built before 2026-11)."""
    return _loads(blob if blob[:1] == b"{" else zlib.decompress(blob))


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
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
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
_DATE_KEYS = ("issued", "published-print", "published-online", "published", "approved", "posted")
_CJK = re.compile(f"([{CJK_CHARS}])")
_WORD = re.compile(r"\w+", re.UNICODE)
# Words too common to rank by: the rarest-first choice of `_rarest` would leave them out anyway; this saves
# looking them up.
_STOP = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "by", "de", "der", "des", "die", "du", "el", "en", "et", "for", "from", "in", "is", "it", "la", "le", "les", "of", "on", "or", "the", "to", "und", "with", "al", "eds", "ed", "pp", "vol", "no", "doi", "http", "https", "org", "www"]
)
MAX_TERMS = 32
POSTINGS = 2000  # a search adds words, rarest first, while the documents they match add up to no more than this
MIN_TERMS = 3  # or, to have this many words to rank by, to no more than CEILING
CEILING = 8000
_RARE = 8  # terms in fewer documents are not kept in the `terms` table: a search counts them itself


def _space_cjk(text: str) -> str:
    return text if text.isascii() else _CJK.sub(r" \1 ", text)


def _fold(term: str) -> str:
    """A word as FTS5's ``unicode61 remove_diacritics 2`` tokenizer stores it: lower case, accents
    removed from Latin letters only (Greek and Cyrillic keep theirs: "й" stays "й")."""
    if term.isascii():
        return term
    out: list[str] = []
    base = 0
    for c in unicodedata.normalize("NFD", term):
        if unicodedata.combining(c):
            if base >= 0x250:
                out.append(c)
        else:
            base = ord(c)
            out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def query_terms(text: str) -> list[str]:
    """Distinct search words of a reference string, in order: CJK per character, no stop words."""
    seen: dict[str, None] = {}
    # lower(), not casefold(): the tokenizer keeps "ß", so casefold's "ss" would find nothing
    for w in _WORD.findall(_space_cjk(text).lower()):
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
    for key in _DATE_KEYS:
        date = work.get(key)
        if not date:
            continue
        parts = date.get("date-parts") if isinstance(date, dict) else None
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0] \
                and parts[0][0] not in (None, ""):
            try:
                return int(parts[0][0])
            except (TypeError, ValueError):
                continue
    return None


def _names(people: Any) -> str:
    if not isinstance(people, list):
        return ""
    return " ".join(f"{a.get('family') or a.get('name') or ''} {a.get('given') or ''}"
                    for a in people[:20] if isinstance(a, dict))


def _row(work: Mapping[str, Any], compress: int = 0) -> tuple[Any, ...]:
    """The ``works`` row of one record; ``compress`` is a zlib level (0: stored as plain JSON).

    Compression makes a build about 40% slower for 30% off the index size (docs/benchmarks.md), hence off by
    default (``refnorm index build --compress``)."""
    get = work.get
    kept = {k: work[k] for k in _KEEP.intersection(work)}
    title = _first(get("title"))
    if sub := get("subtitle"):
        title = f"{title} {_first(sub)}"
    authors = _names(get("author") or get("editor"))
    container = _first(get("container-title"))
    if short := get("short-container-title"):
        container = f"{container} {_first(short)}"
    year = _year(work)
    page = str(get("page") or get("article-number") or "") or None
    volume, issue = get("volume"), get("issue")
    extra = f"{year or ''} {volume or ''} {issue or ''} {page or ''}"
    indexed = get("indexed")
    data = _dumps(kept)
    return (
        str(work["DOI"]).strip().lower(), year, volume, issue, page, get("type"),
        indexed.get("date-time") if isinstance(indexed, dict) else None,
        _space_cjk(title), _space_cjk(authors), _space_cjk(container), extra,
        zlib.compress(data, compress) if compress else data,
    )


def _upsert(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    """Write rows; a value SQLite cannot take (a lone surrogate, an integer over 64 bits, a list) is made into one
    it can, row by row, only when the fast path fails (rows already written are rewritten, to the same)."""
    unstorable = (UnicodeEncodeError, OverflowError, sqlite3.ProgrammingError)
    try:
        conn.executemany(_UPSERT, rows)
    except unstorable:
        for r in rows:
            try:
                conn.execute(_UPSERT, r)
            except unstorable:
                conn.execute(_UPSERT, tuple(_storable(v) for v in r))


def _storable(v: Any) -> Any:
    if isinstance(v, str):
        return v.encode("utf-8", "replace").decode("utf-8")
    if isinstance(v, bool) or v is None or isinstance(v, (float, bytes)):
        return v
    if isinstance(v, int):
        return v if -(2**63) <= v < 2**63 else str(v)
    return _storable(_dumps(v).decode())  # a list or an object where a volume or a type should be


def iter_data_file(path: str | Path) -> Iterator[Work]:
    """Work records of one public-data-file part (``.json.gz`` or ``.json``: ``{"items": [...]}``)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
        doc = _loads(gzip.decompress(raw) if p.name.endswith(".gz") else raw)
    except (OSError, EOFError, zlib.error, ValueError) as e:  # (BadGzipFile is an OSError, JSON errors ValueErrors)
        raise PartError(f"{p}: not a readable data-file part ({type(e).__name__}: {e})") from None
    items = doc.get("items", []) if isinstance(doc, dict) else doc
    if items is not None and not isinstance(items, list):
        raise PartError(f"{p}: not a data-file part: 'items' is not a list of works ({type(items).__name__})")
    for item in items or []:
        if isinstance(item, dict) and item.get("DOI"):
            yield item


class PartError(ValueError):
    """A data-file part that cannot be read (its message names the file). A plain ``ValueError`` with
    one argument, so that it crosses from a worker process intact."""


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
        self.failed: list[str] = []  # data-file parts `add_directory` could not read, and why
        try:
            conn = self._conn()
            with conn:
                conn.executescript(_SCHEMA)
            if self._bulk_pending():
                self._end_bulk()  # a bulk load was interrupted: index what it wrote
            else:
                with conn:
                    conn.executescript(_TRIGGERS)
        except (sqlite3.Error, OSError) as e:  # a path the user gave: their file to repair, not our bug
            self.close()
            problem = "a directory" if Path(self.path).is_dir() else (
                e.strerror if isinstance(e, OSError) and e.strerror else str(e))
            raise ConfigError(f"{self.path} is not a usable refnorm index ({problem})") from None

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

    def _vocab(self, conn: sqlite3.Connection) -> str:
        """The name of this connection's fts5vocab table (exact document frequencies, at a cost of one
        posting-list scan per term: used for the terms the ``terms`` table does not hold)."""
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.works_vocab USING fts5vocab(main, works_fts, 'row')")
        return "temp.works_vocab"

    def close(self) -> None:
        conn = getattr(self._tls, "conn", None)
        if conn is not None:
            conn.close()
            self._tls.conn = None

    # -- writing -------------------------------------------------------------------------------
    def add(self, works: Iterable[Mapping[str, Any]], batch: int = 5000, *, compress: int = 0) -> int:
        """Insert or refresh works (a newer ``indexed`` date wins); returns how many were read."""
        return self._write(_row(w, compress) for w in works if isinstance(w, Mapping) and w.get("DOI"))

    def _write(self, rows: Iterable[tuple[Any, ...]], batch: int = 5000) -> int:
        conn = self._conn()
        n = 0
        chunk: list[tuple[Any, ...]] = []
        with self._lock, conn:
            for r in rows:
                chunk.append(r)
                n += 1
                if len(chunk) >= batch:
                    _upsert(conn, chunk)
                    chunk.clear()
            if chunk:
                _upsert(conn, chunk)
        return n

    def add_directory(self, directory: str | Path, *, incremental: bool = True,
                      progress: Any = None, processes: int = 1, compress: int = 0) -> tuple[int, int]:
        """Read every ``*.json.gz`` part under ``directory``; skip parts already read unchanged.

        Returns ``(files read, works read)``. A part is recorded only after its works are committed,
        so an interrupted build resumes where it stopped. With ``processes > 1`` parts are decoded in
        worker processes (decoding JSON is most of the cost) while this one writes, in order.
        ``compress`` is the zlib level of the stored records (0, the default: plain JSON).
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
                parts = pool.imap(partial(_part_rows, compress=compress), [t[0] for t in todo])
            else:
                parts = (_part_rows(t[0], compress) for t in todo)
            for (_p, name, size, mtime), rows in zip(todo, parts, strict=True):
                if isinstance(rows, str):
                    # one damaged part must not cost the others; not recorded, so `update` tries it again
                    self.failed.append(rows)
                    continue
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
        if not bulk and self._terms_stale():  # also counts them in an index built before they existed
            self._refresh_terms()
        return read, works

    def _bulk_pending(self) -> bool:
        return bool(self._conn().execute("SELECT 1 FROM meta WHERE key='bulk'").fetchone())

    def _end_bulk(self) -> None:
        conn = self._conn()
        with conn:
            conn.execute("INSERT INTO works_fts(works_fts) VALUES ('rebuild')")
            conn.executescript(_TRIGGERS)
            conn.execute("DELETE FROM meta WHERE key='bulk'")
        self._refresh_terms()

    def _terms_stale(self) -> bool:
        """Has the index grown by a tenth since the document frequencies were counted? (Counting reads the
        whole full-text index, too much for every small update; ranking needs only their rough size.)"""
        conn = self._conn()
        row = conn.execute("SELECT value FROM meta WHERE key='terms_n'").fetchone()
        n = conn.execute("SELECT coalesce(max(id), 0) FROM works").fetchone()[0]
        return row is None or n > 1.1 * int(row[0])

    def _refresh_terms(self) -> None:
        """Count the document frequency of every term that is not rare (one pass over the full-text index).
        Rare terms are left out, which keeps the table small: a search counts those itself, cheaply."""
        conn = self._conn()
        vocab = self._vocab(conn)
        with conn:
            conn.execute("DELETE FROM terms")
            conn.execute(f"INSERT INTO terms SELECT term, doc FROM {vocab} WHERE doc >= ?", (_RARE,))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('terms_n', (SELECT coalesce(max(id), 0) FROM works))")

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
        return _record(row[0]) if row else None

    def works_by_dois(self, dois: Sequence[str]) -> dict[str, Work]:
        self.requests += 1
        keys = list(dict.fromkeys(d.strip().lower() for d in dois if d))
        out: dict[str, Work] = {}
        conn = self._conn()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = f"SELECT doi, data FROM works WHERE doi IN ({','.join('?' * len(chunk))})"
            for doi, data in conn.execute(q, chunk):
                out[doi] = _record(data)
        return out

    def search(self, query: str, rows: int = 20, select: Sequence[str] | None = None,
               filter: Mapping[str, Any] | None = None) -> list[Work]:
        """Works ranked by BM25 over title (weight 4), authors (2), container (1) and numbers (1).

        Only the rarest words of the query are searched for: taken from the rarest up while the documents
        they match add up to at most `POSTINGS` (`CEILING` until there are `MIN_TERMS` of them; the
        rarest is always taken). On a small index that is every word; on a large one the common words,
        whose long posting lists cost most and which weigh least in BM25, are left out. Words the index
        does not hold are dropped (they match nothing).
        """
        self.requests += 1
        conn = self._conn()
        chosen = self._rarest(conn, query_terms(query))
        if not chosen:
            return []
        match = " OR ".join('"' + t.replace('"', "") + '"' for t in chosen)
        if filter and filter.get("type"):
            # the filter is on `works`: rank after joining (rare; the matcher never filters)
            sql = ("SELECT w.data, bm25(works_fts, 4.0, 2.0, 1.0, 1.0) AS r FROM works_fts "
                   "JOIN works w ON w.id = works_fts.rowid WHERE works_fts MATCH ? AND w.type = ? "
                   "ORDER BY r LIMIT ?")
            params: list[Any] = [match, filter["type"], int(rows)]
        else:
            # rank inside the full-text table, then fetch only the rows kept: joining first would read
            # the stored record of every document that matched any word
            sql = ("SELECT w.data, s.r FROM (SELECT rowid AS id, bm25(works_fts, 4.0, 2.0, 1.0, 1.0) AS r "
                   "FROM works_fts WHERE works_fts MATCH ? ORDER BY r LIMIT ?) s "
                   "JOIN works w ON w.id = s.id ORDER BY s.r")
            params = [match, int(rows)]
        out = []
        for data, rank in conn.execute(sql, params):
            work = _record(data)
            work["score"] = round(-float(rank), 3)
            if select:
                work = {k: v for k, v in work.items() if k in select or k == "score"}
            out.append(work)
        return out

    def _rarest(self, conn: sqlite3.Connection, terms: list[str]) -> list[str]:
        """The query words to search for (see `search`), as the tokenizer spells them."""
        folded = list(dict.fromkeys(_fold(t) for t in terms))
        if not folded:
            return []
        marks = ",".join("?" * len(folded))
        df = dict(conn.execute(f"SELECT term, df FROM terms WHERE term IN ({marks})", folded))
        if rest := [t for t in folded if t not in df]:
            df.update(conn.execute(f"SELECT term, doc FROM {self._vocab(conn)} WHERE term IN "
                                   f"({','.join('?' * len(rest))})", rest))
        chosen: list[str] = []
        cost = 0
        for t in sorted((t for t in folded if df.get(t)), key=lambda t: df[t]):
            n = cost + df[t]
            if n > POSTINGS and (len(chosen) >= MIN_TERMS or n > CEILING) and chosen:
                break  # the rarest word is always taken: a query of common words still gets an answer
            chosen.append(t)
            cost = n
        # a non-ASCII word not found may be one the tokenizer spells otherwise ("ſ"): let FTS5 judge it
        return chosen + [t for t in folded if not t.isascii() and not df.get(t)]

    def stats(self) -> dict[str, Any]:
        conn = self._conn()
        n = conn.execute("SELECT count(*) FROM works").fetchone()[0]
        files = conn.execute("SELECT count(*) FROM files").fetchone()[0]
        size = None
        if not self._memory:
            size = sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p))
        return {"path": self.path, "works": n, "files": files, "bytes": size}


def _part_rows(path: Path, compress: int = 0) -> list[tuple[Any, ...]] | str:
    """The index rows of one data-file part (run in worker processes by `LocalIndex.add_directory`), or
    why the part cannot be read.

    A record of a shape the index cannot read is skipped: it must not cost the part."""
    rows = []
    with _gc_paused():
        try:
            for w in iter_data_file(path):
                try:
                    rows.append(_row(w, compress))
                except (AttributeError, TypeError, ValueError):
                    continue
        except PartError as e:
            return str(e)
    return rows


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: decoding a part allocates hundreds of thousands of dicts and
    lists, each allocation counting toward a collection that scans them all again (a third of JSON
    decoding time). Records hold no cycles, so nothing is lost by not looking."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def build_index(directory: str | Path, index_path: str | Path, *, incremental: bool = True,
                progress: Any = None, processes: int = 1, compress: int = 0) -> dict[str, Any]:
    """Build (or update) the index at ``index_path`` from a public-data-file folder.

    ``compress`` (a zlib level, 0 for none) applies to the records written by this run."""
    idx = LocalIndex(index_path)
    try:
        files, works = idx.add_directory(directory, incremental=incremental, progress=progress,
                                         processes=processes, compress=compress)
        if files:
            idx.optimize()
        return {"files_read": files, "works_read": works, **idx.stats(), "files_failed": idx.failed}
    finally:
        idx.close()
