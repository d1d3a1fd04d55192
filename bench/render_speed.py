"""Rendering speed: items per CPU second against plain citeproc-py, and an output snapshot to
prove a speed-up changes no character.

    nice python bench/render_speed.py speed [--styles apa,nlm-citation-sequence] [--repeat 5]
                                            [--citeproc-js DIR]  # also time citeproc-js (node)
                                            [--no-plain]         # without the plain citeproc-py rounds
                                            [--blocks 3]         # alternate refnorm / citeproc-js 3 times
    nice python bench/render_speed.py entries [--repeat 5]          # the render_entries path fix uses
    nice python bench/render_speed.py snapshot OUT.jsonl [--quick]  # every output, for `compare`
    python bench/render_speed.py compare A.jsonl B.jsonl            # exit 1 on any differing character
    nice python bench/render_speed.py profile [--style apa] [--sort tottime] [--top 40]

Items are the 393 of ``../shared/data/render-expected/items.json`` (real Crossref records and
hand-written items). ``speed`` renders them as one bibliography with the style parsed once (as a
long-running process does), interleaving rounds of refnorm and of plain citeproc-py 0.11.1 in the
same process, and reports the best CPU time of each (the machine is shared; CPU time of this
process is what load disturbs least). ``snapshot`` writes whole bibliographies (12 styles x 4
locales, text; en-US HTML), citation clusters, one-item bibliographies and the ``render_entries``
surface, so that ``compare`` can check two versions of the code character by character.

``speed --citeproc-js DIR`` (DIR holds ``node_modules/citeproc``, e.g. after ``npm install citeproc@2``
there) also runs ``bench/citeproc_js_speed.js`` with node for each style right after refnorm's
rounds, on the same items and style file, and prints citeproc-js's best items/CPU-s and the ratio
(refnorm / citeproc-js; above 1 means refnorm is faster), with how many entries are identical.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import time
import warnings
from pathlib import Path

from render import EXPECTED, need, style_path  # one resolver of style names for both benchmarks

STYLE_NAMES = ("nlm-citation-sequence", "apa", "ieee", "chicago-author-date", "harvard-cite-them-right",
               "modern-language-association", "american-medical-association", "nature", "elsevier-vancouver",
               "the-lancet", "iso690-author-date-fr")
LOCALES = ("en-US", "de-DE", "fr-FR", "es-ES")


def load_items() -> list[dict]:
    need(EXPECTED)
    return json.loads((EXPECTED / "items.json").read_text(encoding="utf-8"))


def plain_citeproc_py(items: list[dict], path: Path, style=None) -> int:
    """The baseline: unpatched citeproc-py 0.11.1 rendering the same bibliography.

    ``style``: an already parsed plain style (so both sides are timed without parsing).
    """
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON(items)
        if style is None:
            style = CitationStylesStyle(str(path), locale="en-US", validate=False)
        bib = CitationStylesBibliography(style, source, formatter.plain)
        for item in items:
            bib.register(Citation([CitationItem(item["id"])]))
        bib.sort()
        return len(bib.bibliography())


LOCALE_EN_US = Path(__file__).resolve().parents[1] / "src" / "refnorm" / "rendering" / "locales" / "locales-en-US.xml"
CITEPROC_JS_SCRIPT = Path(__file__).resolve().parent / "citeproc_js_speed.js"


def citeproc_js_ready(folder: str) -> str | None:
    """Why citeproc-js cannot be timed (None when node and the package are there)."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (Path(folder) / "node_modules" / "citeproc" / "package.json").exists():
        return f"{folder}/node_modules/citeproc not found (npm install citeproc@2 there)"
    return None


def citeproc_js_speed(folder: str, path: Path, repeat: int) -> dict:
    """Best CPU and wall time of citeproc-js rendering the same bibliography (see citeproc_js_speed.js)."""
    cmd = ["node", str(CITEPROC_JS_SCRIPT), "--citeproc", folder, "--style", str(path),
           "--locale", str(LOCALE_EN_US), "--items", str(EXPECTED / "items.json"), "--repeat", str(repeat), "--dump"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def run_speed(args: argparse.Namespace) -> int:
    from citeproc import CitationStylesStyle

    from refnorm.rendering.citeproc import bibliography

    items = load_items()
    js_missing = citeproc_js_ready(args.citeproc_js) if args.citeproc_js else None
    if js_missing:
        print(f"citeproc-js skipped: {js_missing}")
    with_js = bool(args.citeproc_js) and not js_missing
    n = len(items)
    for name in args.styles.split(","):
        path = style_path(name)
        bibliography(items[:1], path)  # parse and cache the style once, as a long-lived process would
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            plain_style = CitationStylesStyle(str(path), locale="en-US", validate=False)
        ours = plain = plain_parsed = wall = js_cpu = js_wall = float("inf")
        js: dict = {}
        # blocks of rounds alternate refnorm and citeproc-js, so that a load spike on this shared
        # machine hits both sides rather than one
        for block in range(args.blocks):
            block_ours = float("inf")
            for _ in range(args.repeat):
                t, w = time.process_time(), time.perf_counter()
                bibliography(items, path)
                block_ours = min(block_ours, time.process_time() - t)
                wall = min(wall, time.perf_counter() - w)
                if args.no_plain:
                    continue
                t = time.process_time()
                try:
                    plain_citeproc_py(items, path)
                    plain = min(plain, time.process_time() - t)
                    t = time.process_time()
                    plain_citeproc_py(items, path, plain_style)
                    plain_parsed = min(plain_parsed, time.process_time() - t)
                except Exception as exc:  # plain citeproc-py crashes on some styles
                    print(f"  plain citeproc-py crashed on {name}: {type(exc).__name__}: {exc}")
                    plain = plain_parsed = float("nan")
            ours = min(ours, block_ours)
            if with_js:
                js = citeproc_js_speed(args.citeproc_js, path, args.repeat)
                js_cpu, js_wall = min(js_cpu, js["cpu_s"]), min(js_wall, js["wall_s"])
                if args.blocks > 1:
                    print(f"{name:<24} block {block + 1}: refnorm {n / block_ours:6.0f}, citeproc-js "
                          f"{n / js['cpu_s']:6.0f} items/CPU-s: ratio {js['cpu_s'] / block_ours:4.2f}x", flush=True)
        baseline = "" if args.no_plain else (
            f"plain citeproc-py {n / plain:5.0f} items/CPU-s (parsing each run; ratio {plain / ours:4.2f}x), "
            f"{n / plain_parsed:5.0f} (style parsed once; ratio {plain_parsed / ours:4.2f}x)   ")
        print(f"{name:<24} refnorm {n / ours:6.0f} items/CPU-s ({n / wall:4.0f}/s wall)   {baseline}"
              f"(best of {args.repeat * args.blocks}, {n} items)", flush=True)
        if with_js:
            ours_text = [entry for _, entry in bibliography(items, path)]
            same = sum(a == b for a, b in zip(ours_text, js["dump"], strict=False))
            print(f"{'':<24} citeproc-js {js['citeproc_js']} {n / js_cpu:6.0f} items/CPU-s "
                  f"({n / js_wall:4.0f}/s wall)   ratio refnorm/citeproc-js {js_cpu / ours:4.2f}x CPU, "
                  f"{js_wall / wall:4.2f}x wall   ({js['entries']} entries vs refnorm's {len(ours_text)}, "
                  f"{same} identical)", flush=True)
    return 0


def run_entries(args: argparse.Namespace) -> int:
    """The surface fix uses: ``render_entries`` of all items, and of one item at a time."""
    from refnorm.rendering.api import render_entries

    items = load_items()
    for style in ("apa", "vancouver"):
        render_entries(items[:2], style=style, locale="en-US")
        batch = single = float("inf")
        for _ in range(args.repeat):
            t = time.process_time()
            render_entries(items, style=style, locale="en-US")
            batch = min(batch, time.process_time() - t)
            t = time.process_time()
            for item in items[:100]:
                render_entries([item], style=style, locale="en-US")
            single = min(single, time.process_time() - t)
        print(f"render_entries {style:<10} all {len(items)} at once: {len(items) / batch:6.0f} items/CPU-s;  "
              f"one call per item: {100 / single:6.0f} items/CPU-s  (best of {args.repeat})")
    return 0


def run_snapshot(args: argparse.Namespace) -> int:
    from refnorm.rendering.api import render, render_entries
    from refnorm.rendering.citeproc import bibliography, citations

    items = load_items()
    rows: list[dict] = []
    t0 = time.perf_counter()
    locales = LOCALES[:1] if args.quick else LOCALES
    styles = STYLE_NAMES[:4] if args.quick else STYLE_NAMES
    for style in styles:
        path = style_path(style)
        for locale in locales:
            rows.append({"kind": "bib-text", "style": style, "locale": locale,
                         "out": bibliography(items, path, locale)})
        rows.append({"kind": "bib-html", "style": style, "locale": "en-US",
                     "out": bibliography(items, path, "en-US", output="html")})
        clusters = [[{"id": items[i]["id"]}, {"id": items[(i * 7) % len(items)]["id"], "locator": str(i + 1)}]
                    for i in range(0, len(items), 5)]
        for output in ("text", "html"):
            rows.append({"kind": f"cite-{output}", "style": style, "locale": "fr-FR",
                         "out": citations(clusters, items, path, "fr-FR", output=output)})
        step = 4 if args.quick else 1
        for locale in locales:
            rows.append({"kind": "single", "style": style, "locale": locale,
                         "out": [bibliography([item], path, locale) for item in items[::step]]})
    for style in ("apa", "vancouver", "ieee", "chicago"):
        rows.append({"kind": "entries", "style": style, "out": render_entries(items, style=style, locale="fr-FR")})
        rows.append({"kind": "entries-md", "style": style,
                     "out": render_entries(items[:60], style=style, format="markdown", number=True)})
        rows.append({"kind": "render-html", "style": style, "out": render(items[:60], style=style, format="html")})
    with open(args.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} snapshot rows written to {args.out} ({time.perf_counter() - t0:.0f} s)")
    return 0


def run_compare(args: argparse.Namespace) -> int:
    def load(p: str) -> list[dict]:
        with open(p, encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    a, b = load(args.a), load(args.b)
    if len(a) != len(b):
        print(f"different row counts: {len(a)} vs {len(b)}")
        return 1
    bad = 0
    for ra, rb in zip(a, b, strict=True):
        if ra != rb:
            bad += 1
            if bad <= 5:
                key = {k: v for k, v in ra.items() if k != "out"}
                diffs = [(x, y) for x, y in zip(ra["out"], rb["out"], strict=False) if x != y][:2]
                print(f"differs: {key}: {diffs}")
    total = sum(len(r["out"]) for r in a)
    print(f"{len(a)} rows ({total} outputs): {'identical' if not bad else f'{bad} rows differ'}")
    return 1 if bad else 0


def run_profile(args: argparse.Namespace) -> int:
    import cProfile
    import pstats

    from refnorm.rendering.citeproc import bibliography

    items = load_items()
    path = style_path(args.style)
    bibliography(items, path)  # warm, as the timed rounds of `speed` after their first
    prof = cProfile.Profile(time.process_time)  # CPU time: wall time on a loaded machine counts waiting
    prof.enable()
    bibliography(items, path)
    prof.disable()
    pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    p = sub.add_parser("speed")
    p.add_argument("--styles", default="apa,nlm-citation-sequence")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--citeproc-js", metavar="DIR", help="also time citeproc-js from DIR/node_modules/citeproc (node)")
    p.add_argument("--no-plain", action="store_true", help="skip the plain citeproc-py rounds (slow; only its ratio)")
    p.add_argument("--blocks", type=int, default=1,
                   help="alternate refnorm's and citeproc-js's rounds this many times (best of all)")
    p = sub.add_parser("entries")
    p.add_argument("--repeat", type=int, default=3)
    p = sub.add_parser("snapshot")
    p.add_argument("out")
    p.add_argument("--quick", action="store_true", help="4 styles, en-US, every 4th single item")
    p = sub.add_parser("compare")
    p.add_argument("a")
    p.add_argument("b")
    p = sub.add_parser("profile")
    p.add_argument("--style", default="apa")
    p.add_argument("--sort", default="tottime")
    p.add_argument("--top", type=int, default=45)
    args = ap.parse_args(argv)
    return {"speed": run_speed, "entries": run_entries, "snapshot": run_snapshot, "compare": run_compare,
            "profile": run_profile}[args.mode](args)


if __name__ == "__main__":
    raise SystemExit(main())
