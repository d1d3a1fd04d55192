"""The batch pipeline on Dask: partition by partition, on a local machine or an existing cluster.

Dask is an optional extra (``pip install 'refnorm[dask]'``). Each partition runs
`refnorm.batch.process_record` on its records, so a Dask run gives exactly the rows that a
single-process run gives, in the same order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from refnorm.batch import BatchOptions, process_record, process_records

try:
    import dask
    import dask.bag as db
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise ImportError("refnorm.dask needs Dask: pip install 'refnorm[dask]'") from e

__all__ = ["parse_bag", "parse_dataframe", "records_bag", "stream_results"]


def _partition(records: Iterable[Mapping[str, Any]], options: BatchOptions,
               skip: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    return process_records([r for r in records if str(r.get("id")) not in skip], options)


def parse_bag(bag: db.Bag, options: BatchOptions | None = None, *,
              skip: Iterable[str] = ()) -> db.Bag:
    """Map the pipeline over a bag of ``{"id", "text"}`` records (one output row per record)."""
    return bag.map_partitions(_partition, options or BatchOptions(), frozenset(map(str, skip)))


def parse_dataframe(df: Any, *, text_column: str = "text", id_column: str = "id",
                    options: BatchOptions | None = None) -> Any:
    """Map the pipeline over a ``dask.dataframe``: columns ``id``, ``error`` and ``result`` (JSON)."""
    import pandas as pd

    options = options or BatchOptions()

    def run(part: pd.DataFrame) -> pd.DataFrame:
        rows = [process_record({"id": str(i), "text": t}, options)
                for i, t in zip(part[id_column], part[text_column], strict=True)]
        return pd.DataFrame({
            "id": [r["id"] for r in rows],
            "error": [r.get("error") for r in rows],
            "result": [json.dumps({k: v for k, v in r.items() if k not in ("id", "error")}, ensure_ascii=False)
                       for r in rows],
        }, index=part.index)

    meta = pd.DataFrame({"id": pd.Series(dtype=object), "error": pd.Series(dtype=object),
                         "result": pd.Series(dtype=object)})
    return df.map_partitions(run, meta=meta)


def records_bag(path: str, *, fmt: str, id_field: str | None = None, text_field: str | None = None,
                blocksize: str = "8MB") -> db.Bag:
    """Read a JSONL, CSV or Parquet input as a bag of ``{"id", "text"}`` records, lazily."""
    from refnorm.io.records import ID_FIELDS, TEXT_FIELDS

    def pick(row: Mapping[str, Any], wanted: str | None, cands: tuple[str, ...]) -> Any:
        if wanted:
            return row.get(wanted)
        return next((row[k] for k in cands if k in row), None)

    if fmt == "jsonl":
        rows = db.read_text(path, blocksize=blocksize).filter(str.strip).map(json.loads)
        rows = rows.map(lambda o: {"text": o} if isinstance(o, str) else o)
    elif fmt in ("csv", "parquet"):
        import dask.dataframe as dd

        frame = dd.read_csv(path, dtype=str, blocksize=blocksize) if fmt == "csv" else dd.read_parquet(path)
        rows = frame.to_bag(format="dict")
    else:
        raise ValueError(f"unknown input format {fmt!r}")
    return rows.map(lambda r: {"id": str(pick(r, id_field, ID_FIELDS)), "text": pick(r, text_field, TEXT_FIELDS)})


def stream_results(bag: db.Bag, *, window: int = 4) -> Iterator[dict[str, Any]]:
    """Compute a result bag partition by partition, ``window`` at a time, yielding rows in order."""
    parts = bag.to_delayed()
    for i in range(0, len(parts), window):
        for rows in dask.compute(*parts[i:i + window]):
            yield from rows
