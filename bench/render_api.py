#!/usr/bin/env python3
"""The cost of refnorm.render's surface over the CSL processor, and of the journal tables.

    python bench/render_api.py [--styles apa,vancouver] [--repeat 3]

Prints, for the 393 items of ``../shared/data/render-expected/items.json``: items/second of the
render core's ``bibliography()`` alone, of ``render(format="text")`` and of ``render_entries()``,
and their ratio to the core (1.00 = no overhead; both run in this process, core first, after a
warm-up that parses the style); the time to load the journal abbreviation tables; and how often
the word-by-word journal abbreviator reproduces NLM's abbreviation on NLM pairs it did not learn
from (``scripts/gen_journal_abbrevs.py --holdout``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
ITEMS = SHARED / "data" / "render-expected" / "items.json"


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--styles", default="apa,vancouver")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not ITEMS.exists():
        print(f"skipped: {ITEMS} not found (the shared data folder is not beside the repository)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from refnorm.rendering import journals
    from refnorm.rendering.api import render, render_entries
    from refnorm.rendering.citeproc import bibliography
    from refnorm.rendering.styles import resolve_style

    t = time.perf_counter()
    journals._titles()
    t_titles = time.perf_counter() - t
    t = time.perf_counter()
    journals._abbreviations()
    t_reverse = time.perf_counter() - t
    print(f"journal tables: titles {t_titles * 1000:.0f} ms (first abbreviate), "
          f"reverse {t_reverse * 1000:.0f} ms (first full_title)")

    items = json.loads(ITEMS.read_text(encoding="utf-8"))
    n = len(items)
    for name in args.styles.split(","):
        style = resolve_style(name)
        runs: dict[str, Callable[[], object]] = {
            "core": lambda style=style: bibliography(items, style.path, locale="en-US"),
            "render": lambda name=name: render(items, style=name, locale="en-US"),
            "render_entries": lambda name=name: render_entries(items, style=name, locale="en-US"),
        }
        for fn in runs.values():  # warm-up: parse style and locale, load the journal tables
            fn()
        # rounds interleaved, best of each: the machine is shared, so load hits all three alike
        best = {key: best_of(1, fn) for key, fn in runs.items()}
        for _ in range(args.repeat - 1):
            for key, fn in runs.items():
                best[key] = min(best[key], best_of(1, fn))
        core = best["core"]
        print(f"{name:>10}: core {n / core:6.0f} items/s | render {n / best['render']:6.0f} items/s "
              f"(x{core / best['render']:.2f}) | render_entries {n / best['render_entries']:6.0f} items/s "
              f"(x{core / best['render_entries']:.2f})")
    print(flush=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_journal_abbrevs.py"), "--holdout", "--dry-run"],
                   check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
