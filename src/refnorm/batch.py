"""Many references through the same pipeline: streaming, order-preserving, memory-bounded.

``parse_many`` and ``process_many`` keep at most a small window of chunks in flight, so memory
stays flat whatever the input size; each worker process loads the parsing model once (it is
loaded lazily, on the worker's first reference) and keeps it for its life.

A record that fails is an error value in the output (``{"id", "error"}``), never the end of a run.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from refnorm.model import Reference

__all__ = ["BatchOptions", "parse_many", "process_many", "process_record", "process_records"]


@dataclass(frozen=True)
class BatchOptions:
    """What the batch pipeline does to each record (picklable: it travels to worker processes)."""

    lang: str | None = None
    normalize: bool = True
    index: str | None = None  # a local Crossref index to match against (offline enrichment)


def _parse_chunk(texts: list[str], lang: str | None) -> list[list[Reference]]:
    from refnorm.parsing.api import parse

    return [parse(t, lang=lang) for t in texts]


def _windowed(
    items: Iterable[Any],
    work: Callable[[list[Any]], list[Any]],
    *,
    processes: int | None,
    chunksize: int,
) -> Iterator[Any]:
    """Apply ``work`` to chunks of ``items`` in a process pool, yielding results in input order."""
    chunks = _chunks(items, chunksize)
    n = processes if processes is not None else (os.cpu_count() or 1)
    if n <= 1:
        for chunk in chunks:
            yield from work(chunk)
        return
    window = 4 * n  # enough to keep every worker busy, small enough to bound memory
    with ProcessPoolExecutor(max_workers=n) as pool:
        pending: deque[Future[list[Any]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(work, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def parse_many(
    texts: Iterable[str],
    *,
    lang: str | None = None,
    processes: int | None = 1,
    chunksize: int = 64,
) -> Iterator[list[Reference]]:
    """Parse reference strings in parallel: one ``list[Reference]`` per input string, in order.

    ``processes=None`` uses every core; 1 (the default) runs in this process. The input is read
    lazily and at most ``4 * processes`` chunks are in flight, so an endless stream is fine.
    """
    from functools import partial

    return _windowed(texts, partial(_parse_chunk, lang=lang), processes=processes, chunksize=chunksize)


def process_record(record: Mapping[str, Any], options: BatchOptions | None = None) -> dict[str, Any]:
    """The whole pipeline for one ``{"id", "text"}`` record -> one output row (never raises)."""
    return process_records([record], options)[0]


def _parsed(record: Mapping[str, Any], options: BatchOptions) -> list[Reference] | str:
    """The record's references, or an error message (one bad record must not end a run)."""
    text = record.get("text")
    if not isinstance(text, str):
        return "no reference text in this record"
    try:
        from refnorm.parsing.api import parse

        refs = parse(text, lang=options.lang)
        if options.normalize and refs:
            from refnorm.pipeline import normalize

            refs = normalize(refs, lang=options.lang)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return refs


def process_records(records: Sequence[Mapping[str, Any]],
                    options: BatchOptions | None = None) -> list[dict[str, Any]]:
    """`process_record` for a chunk of records: matching against a local index is done for the whole
    chunk at once, so the index is opened once per chunk, not once per record."""
    options = options or BatchOptions()
    results = [_parsed(r, options) for r in records]
    if options.index:
        from refnorm.enrichment.api import enrich

        flat = [ref for refs in results if not isinstance(refs, str) for ref in refs]
        try:
            matched = iter(enrich(flat, index=options.index, offline=True)) if flat else iter(())
            results = [refs if isinstance(refs, str) else [next(matched) for _ in refs] for refs in results]
        except Exception as e:  # the chunk keeps its parses; each row says why matching failed
            results = [refs if isinstance(refs, str) else f"matching failed: {type(e).__name__}: {e}"
                       for refs in results]
    rows = []
    for record, refs in zip(records, results, strict=True):
        rid = record.get("id")
        if isinstance(refs, str):
            rows.append({"id": rid, "error": refs})
            continue
        rows.append({
            "id": rid,
            "is_reference": bool(refs),
            "references": [r.to_csl() for r in refs],
            "diagnostics": [[d.to_dict() for d in r.diagnostics] for r in refs],
            "provenance": [dict(r.provenance) for r in refs],
            "confidence": [r.confidence for r in refs],
        })
    return rows


def _process_chunk(records: list[Mapping[str, Any]], options: BatchOptions) -> list[dict[str, Any]]:
    return process_records(records, options)


def process_many(
    records: Iterable[Mapping[str, Any]],
    options: BatchOptions | None = None,
    *,
    processes: int | None = 1,
    chunksize: int = 64,
) -> Iterator[dict[str, Any]]:
    """`process_record` over a stream of records, in parallel, in order, memory-bounded."""
    from functools import partial

    return _windowed(records, partial(_process_chunk, options=options or BatchOptions()), processes=processes,
                     chunksize=chunksize)

