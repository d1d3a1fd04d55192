"""Record files for batch runs: JSONL, CSV or Parquet in (``id`` + reference text), JSONL or Parquet out.

Reading streams; nothing holds the whole file. Writing appends, so an interrupted run can be
resumed: `done_ids` reads back the ids already written (a torn last JSONL line is cut off first).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from refnorm.errors import ConfigError, InputError

__all__ = ["ID_FIELDS", "TEXT_FIELDS", "RecordWriter", "done_ids", "read_records"]

ID_FIELDS = ("id", "ID", "key", "doi_source", "ref_id")
TEXT_FIELDS = ("text", "reference", "ref_string", "string", "citation", "raw")


def _format_of(path: Path, explicit: str | None) -> str:
    if explicit:
        return explicit
    suffixes = [s.lower() for s in path.suffixes]
    for fmt, exts in (("jsonl", {".jsonl", ".ndjson", ".json"}), ("csv", {".csv", ".tsv"}),
                      ("parquet", {".parquet", ".pq"})):
        if exts & set(suffixes):
            return fmt
    if path.is_dir():
        return "parquet"
    raise ConfigError(f"{path}: cannot tell the format from the name; use --input-format jsonl|csv|parquet")


def _pick(row: Mapping[str, Any], wanted: str | None, candidates: tuple[str, ...]) -> Any:
    if wanted:
        return row.get(wanted)
    for k in candidates:
        if k in row:
            return row[k]
    return None


def read_records(path: str | os.PathLike[str], *, fmt: str | None = None, id_field: str | None = None,
                 text_field: str | None = None) -> Iterator[dict[str, Any]]:
    """Stream ``{"id", "text"}`` records. A record without an id gets its 1-based row number."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=str(p))
    kind = _format_of(p, fmt)
    rows: Iterable[tuple[int, Mapping[str, Any]]]
    if kind == "jsonl":
        rows = _jsonl_rows(p)
    elif kind == "csv":
        rows = _csv_rows(p, text_field)
    elif kind == "parquet":
        if p.is_dir() and not any(p.glob("*.parquet")):
            # (an empty run would look like a finished one: "0 records")
            raise InputError("is a directory without .parquet files; give a JSONL, CSV or Parquet file, or a folder "
                             "of Parquet parts", path=str(p))
        rows = _parquet_rows(p)
    else:
        raise ConfigError(f"unknown input format {kind!r}")
    for n, row in rows:
        rid = _pick(row, id_field, ID_FIELDS)
        text = _pick(row, text_field, TEXT_FIELDS)
        yield {"id": str(rid) if rid is not None else str(n), "text": text}


def _lines(p: Path) -> Iterator[str]:
    """The file's lines, decoded as UTF-8 (a BOM dropped), line endings kept.

    Decoding line by line lets a bad byte be reported with its line instead of as a traceback.
    """
    with p.open("rb") as f:
        for n, raw in enumerate(f, 1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise InputError(f"not valid UTF-8 (bytes {raw[e.start:e.end].hex(' ')} at column {e.start + 1}); "
                                 "save the file as UTF-8 and try again", path=str(p), line=n) from None


def _jsonl_rows(p: Path) -> Iterator[tuple[int, Mapping[str, Any]]]:
    if p.is_dir():
        raise InputError("is a directory, not a JSONL file", path=str(p))
    for n, line in enumerate(_lines(p), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"not valid JSON ({e.msg}, column {e.colno})", path=str(p), line=n) from None
        if isinstance(obj, str):
            obj = {"text": obj}
        if not isinstance(obj, dict):
            raise InputError("each line must be a JSON object or string", path=str(p), line=n)
        yield n, obj


def _csv_rows(p: Path, text_field: str | None = None) -> Iterator[tuple[int, Mapping[str, Any]]]:
    if p.is_dir():
        raise InputError("is a directory, not a CSV file", path=str(p))
    dialect = "excel-tab" if p.suffix.lower() == ".tsv" else "excel"
    # strict: an unclosed quote is an error, not a field that silently swallows the rest of the file
    reader = csv.DictReader(_lines(p), dialect=dialect, strict=True)
    start = 1
    checked = False
    while True:
        try:
            if reader.fieldnames is None:  # an empty file: no rows
                return
            if not checked:
                # a header without the text column: every row would be an error, and the run "succeed"
                checked = True
                names = list(reader.fieldnames)
                wanted = [text_field] if text_field else list(TEXT_FIELDS)
                if not set(wanted) & set(names):
                    raise ConfigError(f"{p}: no column {' or '.join(repr(w) for w in wanted)} holds the references "
                                      f"(the columns: {', '.join(names)}); name it with --text-field")
            start = reader.line_num + 1  # where the next row starts (a quoted field may span lines)
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            problem = "a quoted field is never closed" if "end of data" in str(e) else str(e)
            raise InputError(f"not valid CSV: {problem}", path=str(p), line=start) from None
        yield reader.line_num, row


def _parquet_rows(p: Path) -> Iterator[tuple[int, Mapping[str, Any]]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("reading Parquet needs pyarrow: pip install 'refnorm[parquet]'") from None
    import pyarrow as pa

    files = sorted(p.glob("*.parquet")) if p.is_dir() else [p]
    n = 0
    for file in files:
        try:
            batches = pq.ParquetFile(file).iter_batches(batch_size=4096)
            for batch in batches:
                for row in batch.to_pylist():
                    n += 1
                    yield n, row
        except (pa.ArrowException, OSError) as e:  # (a user's damaged file, not our bug)
            raise InputError(f"not a readable Parquet file: {e}", path=str(file)) from None


def done_ids(path: str | os.PathLike[str]) -> set[str]:
    """Ids already written to a JSONL or Parquet output (for resuming); repairs a torn JSONL tail."""
    p = Path(path)
    if not p.exists():
        return set()
    if p.is_dir() or p.suffix.lower() in (".parquet", ".pq"):
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise ConfigError("writing Parquet needs pyarrow: pip install 'refnorm[parquet]'") from None
        files = sorted(p.glob("part-*.parquet")) if p.is_dir() else []
        return {str(x) for f in files for x in pq.read_table(f, columns=["id"]).column("id").to_pylist()}
    ids: set[str] = set()
    good = 0
    with p.open("rb") as f:
        for n, line in enumerate(f, 1):
            if not line.endswith(b"\n"):
                break  # torn by an interruption: it will be redone
            try:
                row = json.loads(line)
            except ValueError:
                row = None
            if not (isinstance(row, dict) and "id" in row and ("error" in row or "references" in row)):
                # a whole line that is not an output row: not our file (the input given as OUT, say);
                # cutting it off there, or appending to it, would destroy what the user keeps in it
                raise InputError("exists and is not refnorm batch output (this line is not one of its rows); "
                                 "give another OUT, or --restart to replace the file", path=str(p), line=n)
            ids.add(str(row["id"]))
            good += len(line)
    if good < p.stat().st_size:
        with p.open("r+b") as f:
            f.truncate(good)
    return ids


class RecordWriter:
    """Append output rows to JSONL (one flushed line each) or to a folder of Parquet parts."""

    def __init__(self, path: str | os.PathLike[str], *, fmt: str | None = None, part_rows: int = 50_000):
        self.path = Path(path)
        suffix = self.path.suffix.lower()
        self.fmt = fmt or ("parquet" if suffix in (".parquet", ".pq") or self.path.is_dir() else "jsonl")
        self._part_rows = part_rows
        self._buffer: list[dict[str, Any]] = []
        self._file = None
        if self.fmt == "jsonl":
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("a", encoding="utf-8")
        elif self.fmt == "parquet":
            self.path.mkdir(parents=True, exist_ok=True)
        else:
            raise ConfigError(f"unknown output format {self.fmt!r} (jsonl or parquet)")

    def write(self, row: Mapping[str, Any]) -> None:
        if self._file is not None:
            self._file.write(json.dumps(row, ensure_ascii=False) + "\n")
            self._file.flush()
            return
        self._buffer.append(dict(row))
        if len(self._buffer) >= self._part_rows:
            self._flush_part()

    def _flush_part(self) -> None:
        if not self._buffer:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [{"id": str(r.get("id")), "error": r.get("error"),
                 "result": json.dumps({k: v for k, v in r.items() if k not in ("id", "error")},
                                      ensure_ascii=False)} for r in self._buffer]
        existing = len(list(self.path.glob("part-*.parquet")))
        tmp = self.path / f".part-{existing:05d}.parquet.tmp"
        pq.write_table(pa.Table.from_pylist(rows), tmp)
        os.replace(tmp, self.path / f"part-{existing:05d}.parquet")
        self._buffer = []

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        else:
            self._flush_part()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
