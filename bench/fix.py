"""How fast `refnorm fix` rewrites a reference list offline with a warm Crossref cache.

    nice python bench/fix.py [--sizes 200 10000] [--style vancouver]

The list is made of real Crossref records (the ones the local test Crossref replays,
tests/data/crossref/works.jsonl) rendered in Vancouver, half of them damaged the way pasted lists
are (spaces before semicolons, hyphens in page ranges, doubled spaces, wrapped lines), numbered
1..N. The cache is warmed once by an online run against the local Crossref server (HTTP on
127.0.0.1), then every timed run is offline, as the pre-commit hook runs. Four figures per size:
the first fix of the messy list, and the re-run on the fixed list (what the hook does on every
commit once the list is clean), both without refnorm's own caches; then, as the hook runs, the
re-run once the text is known clean (its hash is in the cache, as black does), and a run after
editing one entry (in numeric styles each entry's verdict is remembered). Entries per second are end to end: split, parse, enrich from
the cache, render, the fixpoint and nothing-lost checks, and writing the text.

A last line per size compares, in the same process and in CPU seconds (the machine is shared), the
first fix with and without the fixpoint check's reuse of renderings (`refnorm.fix.REUSE_RENDERINGS`),
alternating three runs of each (sizes up to 1,000).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the local Crossref server lives beside the tests


def damaged(text: str, rng: random.Random) -> str:
    text = text.replace(";", " ; ", 1) if rng.random() < 0.5 else text
    text = text.replace("–", "-")
    if rng.random() < 0.3:
        text = text.replace(". ", ".  ", 2)
    if rng.random() < 0.3 and len(text) > 90:
        cut = text.rfind(" ", 0, 80)
        text = text[:cut] + "\n   " + text[cut + 1:]
    return text


def build_list(n: int, strings: list[str], seed: int = 1) -> str:
    rng = random.Random(seed)
    lines = ["References", ""]
    for i in range(n):
        s = strings[i % len(strings)]
        lines.append(f"{i + 1}. {damaged(s, rng) if rng.random() < 0.5 else s}")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 10_000])
    ap.add_argument("--style", default="vancouver")
    args = ap.parse_args()
    try:
        from crossref_server import CrossrefServer, load_works
    except ImportError as e:
        print(f"skipped: the local Crossref server (tests/crossref_server.py) is not available: {e}")
        return 0

    from refnorm.enrichment.merge import work_to_csl
    from refnorm.fix import fix_text
    from refnorm.rendering.api import render_entries

    works = [w for w in load_works() if w.get("type") == "journal-article" and w.get("author") and w.get("title")]
    csl = [dict(work_to_csl(w), id=f"w{i}") for i, w in enumerate(works)]
    strings = [s for s in render_entries(csl, style=args.style, locale="en-US") if s.strip()]
    cache = tempfile.mkdtemp(prefix="refnorm-bench-cache-")
    os.environ["REFNORM_CACHE_DIR"] = cache
    print(f"{len(strings)} distinct references from {len(works)} Crossref journal articles; style {args.style}")

    with CrossrefServer() as server:
        t = time.perf_counter()
        warm = fix_text(build_list(len(strings), strings), offline=False, mailto="bench@example.org",
                        crossref_url=server.url, cache_dir=cache, style=args.style, locale="en-US")
        print(f"cache warmed online against the local Crossref: {len(server.requests)} requests, "
              f"{time.perf_counter() - t:.1f} s; {warm.summary()}")

    results = []
    for n in args.sizes:
        text = build_list(n, strings)
        common = {"offline": True, "cache_dir": cache, "style": args.style, "locale": "en-US"}
        # the pipeline itself: no known-clean texts, no remembered entry verdicts
        t = time.perf_counter()
        first = fix_text(text, cache=False, **common)
        t_first = time.perf_counter() - t
        t = time.perf_counter()
        again = fix_text(first.text, cache=False, **common)
        t_again = time.perf_counter() - t
        # the hook: once recorded, a clean text is a hash; one edited entry is one entry's work
        fix_text(first.text, **common)
        t = time.perf_counter()
        hook = fix_text(first.text, **common)
        t_hook = time.perf_counter() - t
        lines = first.text.split("\n")
        k = next(i for i, line in enumerate(lines) if line.startswith(f"{n // 2}. "))
        lines[k] = lines[k].replace(";", " ; ", 1) + " "
        t = time.perf_counter()
        edited = fix_text("\n".join(lines), **common)
        t_edit = time.perf_counter() - t
        row = {"entries": n, "first_s": round(t_first, 3), "first_per_s": round(n / t_first, 1),
               "rerun_s": round(t_again, 3), "rerun_per_s": round(n / t_again, 1),
               "known_clean_s": round(t_hook, 4), "one_edited_s": round(t_edit, 3),
               "rerun_changed": again.changed or hook.changed, "summary": first.summary()}
        results.append(row)
        print(f"{n:>6} entries: first fix {t_first:7.2f} s ({n / t_first:6.0f} entries/s); "
              f"re-run {t_again:7.2f} s ({n / t_again:6.0f} entries/s); "
              f"known-clean text {t_hook * 1000:6.1f} ms; one entry edited {t_edit:6.2f} s "
              f"({edited.counts()['fixed']} fixed); re-run changed: {again.changed or hook.changed}")
        print(f"        {first.summary()}")
        if n > 1000:  # six more first fixes of a long list would take the shared machine for too long
            continue
        import refnorm.fix as fixing

        cpu = {True: [], False: []}
        outs = {}
        for _ in range(3):
            for reuse in (False, True):
                fixing.REUSE_RENDERINGS = reuse
                t = time.process_time()
                outs[reuse] = fix_text(text, cache=False, **common).text
                cpu[reuse].append(time.process_time() - t)
        fixing.REUSE_RENDERINGS = True
        best = {k: min(v) for k, v in cpu.items()}
        row.update({"cpu_reuse_s": round(best[True], 3), "cpu_no_reuse_s": round(best[False], 3)})
        print(f"        first fix CPU (best of 3): {best[False]:.2f} s without reusing renderings, "
              f"{best[True]:.2f} s with ({best[False] / best[True]:.2f}x); same text: {outs[True] == outs[False]}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
