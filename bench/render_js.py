#!/usr/bin/env python3
"""Agreement with citeproc-js on styles and locales we never tuned on.

    python bench/render_js.py check                       # setup: local citeproc-js vs render-expected
    python bench/render_js.py fetch [--styles a,b] [--locales x,y] [-j 2]   # fill the citeproc-js cache
    python bench/render_js.py compare [--styles ...] [--locales ...] [--parts single,bib,clusters]
                                      [--field text|html|both] [--items N] [--buckets 30] [-j 2]

citeproc-js (npm ``citeproc``, default ``/tmp/cpjs``: ``cd /tmp/cpjs && npm install citeproc@2``; node
on PATH) renders the 393 items of ``../shared/data/render-expected/items.json`` in every bundled style
(``styles/*.csl``; dependent styles are their parent) x a dozen locales (locale forced, as
render-expected was made): each item alone as a bibliography, all items as one bibliography, and
:data:`CLUSTERS` (citation clusters, every item registered first) -- in text and HTML.
``bench/render_js_driver.js`` does the node side; its outputs are cached in
``bench/out/render_js/`` (gitignored), keyed by the style, locale and items files, the clusters and
the citeproc-js version, so ``compare`` needs node only for cells not cached yet.

``compare`` renders the same with refnorm (``refnorm.rendering.citeproc``) and prints exact
agreement after collapsing ASCII whitespace (the rule of ``shared/tools/score_render.py``) per
style x locale, and buckets of differences (first differing span) with one example each.
Tests must not need node: this script is a benchmark only.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from render import bucket, collapse  # bench/render.py: one ranking of differences for both comparisons

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
EXPECTED = SHARED / "data" / "render-expected"
ITEMS = EXPECTED / "items.json"
STYLES_DIR = ROOT / "styles"
LOCALES_DIR = ROOT / "src" / "refnorm" / "rendering" / "locales"
CACHE = ROOT / "bench" / "out" / "render_js"
DRIVER = ROOT / "bench" / "render_js_driver.js"
#: Bump when render_js_driver.js changes what it writes (part of the cache key).
CACHE_FORMAT = 1

#: The styles and locales render-expected holds (what the patch layer was tuned on).
SEEN_STYLES = ("nlm-citation-sequence", "apa", "ieee", "chicago-author-date", "harvard-cite-them-right",
               "modern-language-association", "american-medical-association", "nature", "elsevier-vancouver",
               "the-lancet", "iso690-author-date-fr")
SEEN_LOCALES = ("en-US", "fr-FR", "de-DE", "es-ES")
#: The default locales: en-US plus eleven never compared before.
LOCALES = ("en-US", "en-GB", "it-IT", "pt-BR", "nl-NL", "pl-PL", "ru-RU", "ja-JP", "zh-CN", "sv-SE", "cs-CZ",
           "tr-TR")

#: Citation clusters, as (item index in items.json, extra cite fields): one cite; a page locator; three
#: consecutive items (number ranges); prefix and suffix; a chapter locator; two cites out of order; two
#: works of one author in one year (year suffixes, cite grouping); a locator range; three cites of
#: authors with several works.
CLUSTERS = (
    ((0, {}),),
    ((8, {"locator": "12", "label": "page"}),),
    ((2, {}), (3, {}), (4, {})),
    ((9, {"prefix": "see ", "suffix": " for a review"}),),
    ((10, {"locator": "3", "label": "chapter"}),),
    ((20, {}), (7, {})),
    ((35, {}), (36, {})),
    ((335, {}), (336, {"locator": "7"})),
    ((11, {"locator": "45-48", "label": "page"}),),
    ((321, {}), (322, {}), (326, {})),
)



def need(path: Path) -> None:
    if not path.exists():
        print(f"skipped: {path} not found (the shared data folder is not beside the repository)")
        sys.exit(0)


def bundled_styles() -> list[str]:
    """Every independent bundled style (dependent ones render with these)."""
    return sorted(p.stem for p in STYLES_DIR.glob("*.csl"))


def load_items() -> list[dict]:
    return json.loads(ITEMS.read_text(encoding="utf-8"))


def clusters(items: list[dict]) -> list[list[dict]]:
    return [[{"id": items[n]["id"], **extra} for n, extra in cluster] for cluster in CLUSTERS]


def citeproc_version(citeproc_dir: Path) -> str:
    pkg = citeproc_dir / "node_modules" / "citeproc" / "package.json"
    return json.loads(pkg.read_text(encoding="utf-8"))["version"] if pkg.exists() else "absent"


def cache_path(style: str, locale: str, version: str, items: list[dict]) -> Path:
    """The cache file of one style x locale: named by everything that decides citeproc-js's output."""
    h = hashlib.sha256()
    locale_file = LOCALES_DIR / f"locales-{locale}.xml"
    for part in ((STYLES_DIR / f"{style}.csl").read_bytes(), ITEMS.read_bytes(),
                 locale_file.read_bytes() if locale_file.exists() else locale.encode(),
                 (LOCALES_DIR / "locales-en-US.xml").read_bytes(),
                 json.dumps(clusters(items), sort_keys=True).encode(), version.encode(),
                 str(CACHE_FORMAT).encode()):
        h.update(hashlib.sha256(part).digest())
    return CACHE / f"{style}__{locale}__{h.hexdigest()[:12]}.json"


def _run_driver(citeproc_dir: Path, items: list[dict], cells: list[tuple[str, str, Path]], single_html: bool) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"citeproc": str(citeproc_dir), "items": str(ITEMS.resolve()), "locales": str(LOCALES_DIR),
                   "clusters": clusters(items),
                   "jobs": [{"style": str(STYLES_DIR / f"{s}.csl"), "locale": loc, "out": str(out),
                             "single_html": single_html}
                            for s, loc, out in cells]}, f)
        job = f.name
    try:
        subprocess.run(["nice", "node", str(DRIVER), job], check=True)
    finally:
        os.unlink(job)


def fetch(styles: list[str], locales: list[str], citeproc_dir: Path, jobs: int, single_html: bool = False) -> int:
    """Render every missing style x locale cell with citeproc-js; returns how many were missing.

    One-item bibliographies are rendered in HTML too only with `single_html` (it doubles the time;
    whole bibliographies and clusters are always rendered in both)."""
    need(ITEMS)
    items = load_items()
    version = citeproc_version(citeproc_dir)
    CACHE.mkdir(parents=True, exist_ok=True)
    # locale-major, so that an interrupted run has every style in the first locales
    missing = [(s, loc, cache_path(s, loc, version, items)) for loc in locales for s in styles]
    missing = [c for c in missing if not c[2].exists() or (
        single_html and not json.loads(c[2].read_text(encoding="utf-8")).get("single_html", True))]
    if not missing:
        return 0
    if version == "absent" or not shutil.which("node"):
        print(f"skipped: {len(missing)} cells not cached and no citeproc-js (node + {citeproc_dir}/node_modules/"
              "citeproc; `npm install citeproc@2` there)")
        return len(missing)
    print(f"citeproc-js {version}: rendering {len(missing)} style x locale cells in {jobs} processes ...",
          flush=True)
    shards = [missing[k::jobs] for k in range(jobs)]
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        list(pool.map(lambda shard: _run_driver(citeproc_dir, items, shard, single_html), [s for s in shards if s]))
    return 0


def load_cell(style: str, locale: str, version: str, items: list[dict]) -> dict | None:
    path = cache_path(style, locale, version, items)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


# ---------------------------------------------------------------- comparison

def compare_cell(style: str, locale: str, parts: tuple[str, ...], fields: tuple[str, ...], n_items: int,
                 version: str, src: str) -> dict:
    """Render one style x locale with refnorm (from `src`) and compare with the cached citeproc-js outputs."""
    sys.path.insert(0, src)
    from refnorm.rendering.citeproc import bibliography, citations

    items = load_items()
    js = load_cell(style, locale, version, items)
    res: dict = {"style": style, "locale": locale, "counts": {}, "diffs": []}
    if js is None or "error" in js:
        res["missing"] = js["error"] if js else "not cached"
        return res
    path = STYLES_DIR / f"{style}.csl"
    subset = items[:n_items] if n_items else items

    def record(part: str, field: str, key: str, exp: str, got: str) -> None:
        acc = res["counts"].setdefault(f"{part}/{field}", [0, 0])
        ok = collapse(exp) == collapse(got)
        acc[0] += ok
        acc[1] += 1
        if not ok:
            res["diffs"].append((part, field, key, collapse(exp), collapse(got)))

    def safe(fn, *a, **k):
        try:
            return fn(*a, **k)
        except Exception as exc:  # a crash is a difference, counted and bucketed
            return f"!{type(exc).__name__}: {str(exc)[:120]}"

    for field in fields:
        col = 0 if field == "text" else 1
        if "single" in parts and (field == "text" or js.get("single_html", True)):
            for item in subset:
                out = safe(bibliography, [item], path, locale, output=field)
                got = out if isinstance(out, str) else (out[0][1] if out else "")
                record("single", field, item["id"], js["single"][item["id"]][col], got)
        if "bib" in parts and not n_items:
            out = safe(bibliography, items, path, locale, output=field)
            if isinstance(out, str):
                for k, exp in enumerate(js["bib"][field]):
                    record("bib", field, str(k), exp, out)
            else:
                # citeproc-js leaves an entry that prints nothing out of its list (but not out of
                # entry_ids), as refnorm's surface does: compare the printed entries in order
                got = [e for _, e in out if collapse(e)]
                exp_all = js["bib"][field]
                for k, exp in enumerate(exp_all):
                    record("bib", field, str(k), exp, got[k] if k < len(got) else "")
        if "clusters" in parts:
            cl = clusters(items)
            out = safe(citations, cl, items, path, locale, output=field)
            for k, exp in enumerate(js["clusters"][field]):
                got = out if isinstance(out, str) else out[k]
                record("clusters", field, str(k), exp, got)
    return res


def run_compare(args: argparse.Namespace) -> int:
    need(ITEMS)
    styles = args.styles.split(",") if args.styles else bundled_styles()
    locales = args.locales.split(",") if args.locales else list(LOCALES)
    citeproc_dir = Path(args.citeproc)
    # whole bibliographies and clusters are always fetched in HTML too; one-item ones only on demand
    fetch(styles, locales, citeproc_dir, args.jobs,
          single_html=args.field != "text" and "single" in args.parts.split(","))
    version = citeproc_version(citeproc_dir)
    if version == "absent":  # use whatever is cached
        cached = sorted(CACHE.glob("*.json"))
        version = json.loads(cached[0].read_text(encoding="utf-8"))["citeproc_js"] if cached else version
    parts = tuple(args.parts.split(","))
    fields = ("text", "html") if args.field == "both" else (args.field,)
    cells = [(s, loc) for s in styles for loc in locales]
    t0 = time.process_time()
    w0 = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(compare_cell, *zip(*[(s, loc, parts, fields, args.items, version, args.src)
                                                        for s, loc in cells], strict=True)))
    report(results, styles, locales, args)
    print(f"({time.perf_counter() - w0:.0f} s wall, {args.jobs} processes; parent CPU {time.process_time() - t0:.0f} s)")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for r in results:
                for part, field, key, exp, got in r["diffs"]:
                    f.write(json.dumps({"style": r["style"], "locale": r["locale"], "part": part, "field": field,
                                        "key": key, "exp": exp, "got": got}, ensure_ascii=False) + "\n")
    return 0


def report(results: list[dict], styles: list[str], locales: list[str], args: argparse.Namespace) -> None:
    by_cell = {(r["style"], r["locale"]): r for r in results}
    kinds = sorted({k for r in results for k in r["counts"]})
    for kind in kinds:
        tot = [0, 0]
        print(f"\n{kind}: exact after collapsing whitespace, % per style x locale")
        print(f"  {'style':<44}" + "".join(f"{loc:>7}" for loc in locales) + "    all")
        for s in styles:
            row = [0, 0]
            cells = []
            for loc in locales:
                r = by_cell[(s, loc)]
                m, n = r["counts"].get(kind, (0, 0))
                row[0] += m
                row[1] += n
                cells.append(f"{100 * m / n:6.1f}" if n else "     -")
            tot[0] += row[0]
            tot[1] += row[1]
            tag = "" if s not in SEEN_STYLES else " *"
            print(f"  {s + tag:<44}" + " ".join(cells) + (f"  {100 * row[0] / row[1]:5.1f}" if row[1] else ""))
        col = []
        for loc in locales:
            m = sum(by_cell[(s, loc)]["counts"].get(kind, (0, 0))[0] for s in styles)
            n = sum(by_cell[(s, loc)]["counts"].get(kind, (0, 0))[1] for s in styles)
            col.append(f"{100 * m / n:6.1f}" if n else "     -")
        print(f"  {'all styles':<44}" + " ".join(col))
        print(f"  {kind} total: {tot[0]}/{tot[1]} = {100 * tot[0] / max(tot[1], 1):.2f} %   (* = a style render-expected"
              " has; cells of seen styles in seen locales are tuned-on data)")
    missing = [(r["style"], r["locale"], r["missing"]) for r in results if "missing" in r]
    for s, loc, why in missing:
        print(f"  missing {s} {loc}: {why}")
    if args.buckets:
        buckets: collections.Counter = collections.Counter()
        cells_of: dict[str, set] = collections.defaultdict(set)
        example: dict[str, tuple] = {}
        for r in results:
            for part, field, key, exp, got in r["diffs"]:
                b = f"{part}/{field} {bucket(exp, got)}"
                buckets[b] += 1
                cells_of[b].add((r["style"], r["locale"]))
                example.setdefault(b, (r["style"], r["locale"], key, exp, got))
        print(f"\ndifference buckets (first differing span), {sum(buckets.values())} differences:")
        for b, n in buckets.most_common(args.buckets):
            s, loc, key, exp, got = example[b]
            print(f"{n:6}  {b}   [{len(cells_of[b])} cells]\n          {s} {loc} {key}\n"
                  f"          exp: {exp[:400]}\n          got: {got[:400]}")


# ---------------------------------------------------------------- setup check

def run_check(args: argparse.Namespace) -> int:
    """Local citeproc-js against render-expected's shipped outputs (12 styles x 4 locales)."""
    need(EXPECTED)
    citeproc_dir = Path(args.citeproc)
    fetch(list(SEEN_STYLES), list(SEEN_LOCALES), citeproc_dir, args.jobs, single_html=True)
    items = load_items()
    version = citeproc_version(citeproc_dir)
    single = collections.defaultdict(dict)
    with (EXPECTED / "single.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            single[(r["style"], r["locale"])][r["id"]] = (r["text"], r["html"])
    bibs = {}
    with (EXPECTED / "bibliographies.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            bibs[(r["style"], r["locale"])] = r
    total = [0, 0]
    diffs = []
    processors = set()
    for (style, locale), rows in sorted(single.items()):
        parent = "nlm-citation-sequence" if style == "vancouver-nlm" else style
        js = load_cell(parent, locale, version, items)
        if js is None:
            print(f"  {style} {locale}: not cached")
            continue
        processors.add((js["citeproc_js"], js["processor"]))
        ok = 0
        for item_id, (text, html) in rows.items():
            t, h = js["single"][item_id]
            same = t == text and h == html
            ok += same
            if not same:
                diffs.append((style, locale, item_id, text if t != text else html, t if t != text else h))
        b = bibs[(style, locale)]
        bib_same = (b["entry_ids"] == js["bib"]["ids"] and b["entries_text"] == js["bib"]["text"]
                    and b["entries_html"] == js["bib"]["html"])
        total[0] += ok
        total[1] += len(rows)
        print(f"  {style:<30} {locale}  one-item text+html identical {ok}/{len(rows)}"
              f"  whole bibliography {'identical' if bib_same else 'DIFFERS'}")
    print(f"local citeproc-js {sorted(processors)} vs render-expected (citeproc-js 1.4.61): "
          f"{total[0]}/{total[1]} one-item bibliographies identical (text and HTML, byte for byte)")
    for d in diffs[:20]:
        print(f"  differs: {d[0]} {d[1]} {d[2]}\n    shipped: {d[3]}\n    local:   {d[4]}")
    return 0


def run_fetch(args: argparse.Namespace) -> int:
    styles = args.styles.split(",") if args.styles else bundled_styles()
    locales = args.locales.split(",") if args.locales else list(LOCALES)
    fetch(styles, locales, Path(args.citeproc), args.jobs, single_html=args.field != "text")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["check", "fetch", "compare"])
    ap.add_argument("--styles", help="comma-separated style ids (default: every bundled independent style)")
    ap.add_argument("--locales", help=f"comma-separated locales (default: {','.join(LOCALES)})")
    ap.add_argument("--parts", default="single,bib,clusters")
    ap.add_argument("--field", default="text", choices=["text", "html", "both"])
    ap.add_argument("--items", type=int, default=0, help="only the first N items as one-item bibliographies")
    ap.add_argument("--buckets", type=int, default=30)
    ap.add_argument("--out", help="write every difference as JSON lines")
    ap.add_argument("--citeproc", default="/tmp/cpjs", help="folder holding node_modules/citeproc")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--src", default=str(ROOT / "src"),
                    help="the refnorm source tree to measure (e.g. an older commit's, from git archive)")
    args = ap.parse_args(argv)
    return {"check": run_check, "fetch": run_fetch, "compare": run_compare}[args.mode](args)


if __name__ == "__main__":
    sys.exit(main())
