#!/usr/bin/env python3
"""Scale benchmarks (issue 7): parallel parsing, Dask against the process pool, flat memory,
local Crossref index build rate and size, offline matching throughput against the index.

    python bench/scale.py                      # everything, moderate sizes (~5 minutes on 2 cores)
    python bench/scale.py --only parse --n 8000
    python bench/scale.py --only memory --lines 1000000
    python bench/scale.py --only index --works 200000

Reference strings come from `training/test-anystyle.jsonl` (held out from training), cycled to the
size asked for; index records are the vendored Crossref fixture works, cloned with new DOIs and
shuffled title words so every record is distinct.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import itertools
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from refnorm.batch import BatchOptions, parse_many, process_many  # noqa: E402


def texts() -> list[str]:
    rows = [json.loads(x) for x in (ROOT / "training" / "test-anystyle.jsonl").open(encoding="utf-8")]
    return [r["text"] for r in rows if r.get("text")]


def cycle(items: list[str], n: int) -> list[str]:
    return list(itertools.islice(itertools.cycle(items), n))


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def bench_parse(n: int) -> None:
    data = cycle(texts(), n)
    list(parse_many(data[:200]))  # load the model in this process before timing
    t = time.perf_counter()
    one = list(parse_many(data, processes=1))
    t1 = time.perf_counter() - t
    t = time.perf_counter()
    two = list(parse_many(data, processes=2, chunksize=128))
    t2 = time.perf_counter() - t
    assert one == two, "2-process results differ from 1-process results"
    print(f"parse_many, {n:,} references: 1 process {n / t1:,.0f}/s, 2 processes {n / t2:,.0f}/s, "
          f"speed-up {t1 / t2:.2f}x (identical results)")


def bench_dask(n: int) -> None:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster

        from refnorm.dask import parse_bag, stream_results
    except ImportError:
        print("dask: not installed (pip install 'refnorm[dask]'), skipped")
        return
    recs = [{"id": str(i), "text": t} for i, t in enumerate(cycle(texts(), n))]
    t = time.perf_counter()
    pool = list(process_many(recs, BatchOptions(), processes=2, chunksize=128))
    tp = time.perf_counter() - t
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        t = time.perf_counter()
        got = list(stream_results(parse_bag(db.from_sequence(recs, partition_size=500))))
        td = time.perf_counter() - t
    assert got == pool, "Dask results differ from the process pool's"
    print(f"pipeline, {n:,} records: process pool (2) {n / tp:,.0f}/s, Dask LocalCluster (2 workers) "
          f"{n / td:,.0f}/s, ratio Dask/pool {tp / td:.2f} (identical results; cluster start-up excluded)")


def bench_memory(lines: int) -> None:
    """Stream ``lines`` records through 2 processes; peak RSS of the parent and of the largest worker."""
    base = texts()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for i, t in zip(range(lines), itertools.cycle(base)):
                f.write(json.dumps({"id": str(i), "text": t}) + "\n")
        from refnorm.io.records import RecordWriter, read_records

        before = rss_mb()
        t = time.perf_counter()
        out = Path(tmp) / "out.jsonl"
        checkpoints = []
        with RecordWriter(out) as w:
            for k, row in enumerate(process_many(read_records(src), BatchOptions(), processes=2, chunksize=256), 1):
                w.write(row)
                if k in (lines // 10, lines // 2, lines):
                    checkpoints.append((k, rss_mb()))
        dt = time.perf_counter() - t
    print(f"memory, {lines:,} lines through 2 processes in {dt:,.0f} s ({lines / dt:,.0f}/s): parent peak RSS "
          f"{rss_mb():.0f} MB (before {before:.0f} MB; at " + ", ".join(f"{k:,}: {m:.0f} MB" for k, m in checkpoints)
          + f"), largest worker peak RSS {rss_mb(resource.RUSAGE_CHILDREN):.0f} MB")


def _works() -> list[dict]:
    return [json.loads(x) for x in (ROOT / "tests" / "data" / "crossref" / "works.jsonl").open(encoding="utf-8")]


def _clone(work: dict, i: int, rng: random.Random) -> dict:
    w = dict(work)
    w["DOI"] = f"10.99999/bench.{i}"
    title = (work.get("title") or ["untitled"])[0].split()
    rng.shuffle(title)
    w["title"] = [" ".join(title)]
    # other numbers and another first author too: a clone must not be a duplicate of its original,
    # or the matcher rightly refuses to choose between them
    w["volume"] = str(rng.randint(1, 400))
    w["page"] = f"{rng.randint(1, 900)}-{rng.randint(901, 1800)}"
    w["issued"] = {"date-parts": [[rng.randint(1950, 2025)]]}
    w.pop("published-print", None)
    w.pop("published-online", None)
    if w.get("author"):
        w["author"] = [{"family": f"Clone{i}", "given": "A."}, *w["author"][1:]]
    return w


def top_functions(prof: cProfile.Profile, n: int = 12) -> None:
    """Print the functions taking most of a profile's own time, with their share of the total."""
    import pstats

    st = pstats.Stats(prof)
    total = sum(v[2] for v in st.stats.values()) or 1.0  # type: ignore[attr-defined]
    rows = sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:n]  # type: ignore[attr-defined]
    for (file, line, name), (_cc, calls, tt, ct, _callers) in rows:
        where = f"{Path(file).name}:{line}" if line else "~"
        print(f"    {100 * tt / total:5.1f}% own, {100 * ct / total:5.1f}% cumulative  {calls:>8,} calls  {name} ({where})")


def bench_index(n_works: int, n_match: int, profile: bool = False) -> None:
    from refnorm.enrichment.index import build_index

    base = [w.get("message", w) for w in _works()]
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        per_file = 5000
        for part in range(0, n_works, per_file):
            items = [_clone(base[i % len(base)], i, rng) for i in range(part, min(part + per_file, n_works))]
            if part == 0:
                items[: len(base)] = base  # the real records, unchanged, for the matching run
            with gzip.open(folder / f"{part // per_file:05d}.json.gz", "wt", encoding="utf-8") as f:
                json.dump({"items": items}, f)
        index = Path(tmp) / "index.sqlite"
        # the box is shared: CPU seconds (this process and its children) beside wall time
        for k, (label, kwargs) in enumerate((("1 process", {}), ("1 process, --compress", {"compress": 1}),
                                             ("2 decoding processes", {"processes": 2}))):
            path = Path(tmp) / f"index-{k}.sqlite"
            w, c = time.perf_counter(), cpu_s()
            stats = build_index(folder, path, **kwargs)
            w, c = time.perf_counter() - w, cpu_s() - c
            n = stats["works_read"]
            size = path.stat().st_size
            print(f"index build, {n:,} works, {label}: {n / w:,.0f} records/s wall, {n / c:,.0f} per CPU-second; "
                  f"{size / 1e6:.1f} MB = {size / n * 1e6 / 1e9:.2f} GB per million records")
            if not kwargs:
                path.rename(index)
        if profile:
            prof = cProfile.Profile()
            prof.runcall(build_index, folder, Path(tmp) / "index-profiled.sqlite")
            print("  profile of a one-process build (cProfile; shares of the profiled time):")
            top_functions(prof)
        t = time.perf_counter()
        again = build_index(folder, index)
        print(f"index update with nothing new: {again['files_read']} files re-read in {time.perf_counter() - t:.2f} s")

        from refnorm import enrich, parse

        refs_text = [_as_string(w) for w in base[:n_match]]
        refs = [r for t in refs_text for r in parse(t)[:1]]
        enrich(refs[:5], index=str(index))  # warm the page cache
        w, c = time.perf_counter(), time.process_time()
        out = enrich(refs, index=str(index))
        w, c = time.perf_counter() - w, time.process_time() - c
        wanted = {w["DOI"].lower() for w in base[:n_match]}
        found = [r.get("DOI", "").lower() for r in out if r.get("DOI")]
        right = sum(1 for d in found if d in wanted)
        print(f"offline matching against the index ({stats['works_read']:,} works): {len(refs) / w:,.0f} references/s "
              f"wall, {len(refs) / c:,.0f} per CPU-second, one thread; {len(found)} DOIs attached, {right} of them "
              f"right ({len(refs)} references)")
        if profile:
            prof = cProfile.Profile()
            prof.runcall(enrich, refs, index=str(index))
            print("  profile of the matching run (cProfile; shares of the profiled time):")
            top_functions(prof)


def cpu_s() -> float:
    """CPU seconds of this process and of its finished children (decoding workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _as_string(w: dict) -> str:
    authors = ", ".join(f"{a.get('family', '')} {''.join(p[0] for p in a.get('given', '').split() if p)}".strip()
                        for a in (w.get("author") or [])[:6] if a.get("family"))
    year = ((w.get("issued") or {}).get("date-parts") or [[None]])[0][0] or ""
    title = (w.get("title") or [""])[0]
    cont = (w.get("container-title") or [""])[0]
    vol, page = w.get("volume", ""), w.get("page", "")
    return f"{authors}. {title}. {cont}. {year};{vol}:{page}."


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=("parse", "dask", "memory", "index"), action="append")
    ap.add_argument("--n", type=int, default=6000, help="references for the throughput runs")
    ap.add_argument("--lines", type=int, default=100_000, help="lines for the memory run")
    ap.add_argument("--works", type=int, default=100_000, help="records for the index build")
    ap.add_argument("--match", type=int, default=300, help="references for the matching run")
    ap.add_argument("--profile", action="store_true", help="also profile the index build and the matching run")
    args = ap.parse_args()
    todo = args.only or ["parse", "dask", "memory", "index"]
    print(f"# refnorm scale benchmarks, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if "parse" in todo:
        bench_parse(args.n)
    if "dask" in todo:
        bench_dask(args.n)
    if "index" in todo:
        bench_index(args.works, args.match, args.profile)
    if "memory" in todo:
        bench_memory(args.lines)


if __name__ == "__main__":
    main()
