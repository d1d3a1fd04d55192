#!/usr/bin/env python3
"""Rendering benchmark: agreement with citeproc-js, CSL test-suite pass rate, items/second.

    python bench/render.py single  [--styles a,b] [--locales en-US,fr-FR] [--examples N] [--buckets]
    python bench/render.py bibs    [--styles ...] [--locales ...]
    python bench/render.py suite   [--filter SUBSTRING] [--show-failures N]
    python bench/render.py speed   [--styles apa,nlm-citation-sequence] [--repeat 3]  # = render_speed.py speed

Reads ``../shared/data/render-expected`` (citeproc-js 1.4.61 outputs), ``../shared/data/csl-styles``
and ``../shared/data/csl-test-suite`` beside the repository; skips with a message when absent.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
import traceback
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EXPECTED = SHARED / "data" / "render-expected"
STYLES = SHARED / "data" / "csl-styles"
SUITE = SHARED / "data" / "csl-test-suite" / "humans"

_WS = re.compile(r"[ \t\r\n\f\v]+")


def collapse(s: str | None) -> str:
    return _WS.sub(" ", s or "").strip()


def style_path(name: str) -> Path:
    """The independent style file for an output's style name (dependent styles -> parent)."""
    path = STYLES / f"{name}.csl"
    if not path.exists():
        path = STYLES / "dependent" / f"{name}.csl"
    text = path.read_text(encoding="utf-8")
    m = re.search(r'<link href="[^"]*/([^"/]+)" rel="independent-parent"', text)
    if m:
        return STYLES / f"{m.group(1)}.csl"
    return path


def need(path: Path) -> None:
    if not path.exists():
        print(f"skipped: {path} not found (the shared data folder is not beside the repository)")
        sys.exit(0)


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------- single-item agreement

def bucket(expected: str, got: str) -> str:
    """A coarse cause for a difference, to rank what to fix first."""
    if got.startswith("!"):
        return "crash " + got.split(":")[0]
    import difflib

    sm = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    ops = [(op, expected[a1:a2], got[b1:b2]) for op, a1, a2, b1, b2 in sm.get_opcodes() if op != "equal"]
    if not ops:
        return "whitespace"
    op, e, g = ops[0]
    e, g = e[:12], g[:12]
    return f"{op} [{e}]->[{g}]"


def run_single(args: argparse.Namespace) -> int:
    need(EXPECTED)
    from refnorm.rendering.citeproc import bibliography

    items = {i["id"]: i for i in json.loads((EXPECTED / "items.json").read_text(encoding="utf-8"))}
    rows = load_jsonl(EXPECTED / "single.jsonl")
    styles = args.styles.split(",") if args.styles else None
    locales = args.locales.split(",") if args.locales else None
    rows = [r for r in rows if (not styles or r["style"] in styles) and (not locales or r["locale"] in locales)]
    if args.items:
        keep = set(list(items)[: args.items])
        rows = [r for r in rows if r["id"] in keep]
    per = collections.defaultdict(lambda: [0, 0])
    buckets: collections.Counter = collections.Counter()
    examples: dict[str, list] = collections.defaultdict(list)
    preds = []
    t0 = time.perf_counter()
    for r in rows:
        field = args.field
        try:
            out = bibliography([items[r["id"]]], style_path(r["style"]), r["locale"], output=field)
            got = out[0][1] if out else ""
        except Exception as exc:
            got = f"!{type(exc).__name__}: {exc}"
            if args.traceback:
                traceback.print_exc()
        preds.append({"id": r["id"], "style": r["style"], "locale": r["locale"], field: got})
        ok = collapse(got) == collapse(r[field])
        acc = per[(r["style"], r["locale"])]
        acc[0] += ok
        acc[1] += 1
        if not ok:
            b = bucket(collapse(r[field]), collapse(got))
            buckets[b] += 1
            if len(examples[b]) < 2:
                examples[b].append((r["style"], r["locale"], r["id"], collapse(r[field]), collapse(got)))
    dt = time.perf_counter() - t0
    total = [sum(v[0] for v in per.values()), sum(v[1] for v in per.values())]
    print(f"single-item agreement ({args.field}): {total[0]}/{total[1]} = {100 * total[0] / max(total[1], 1):.1f} %"
          f"  ({dt:.0f} s)")
    locs = sorted({k[1] for k in per})
    print(f"  {'style':<30}" + "".join(f"{loc:>8}" for loc in locs))
    worst = 100.0
    for style in dict.fromkeys(k[0] for k in per):
        cells = []
        for loc in locs:
            m, n = per.get((style, loc), (0, 0))
            rate = 100 * m / n if n else float("nan")
            worst = min(worst, rate) if n else worst
            cells.append(f"{rate:7.1f}%")
        print(f"  {style:<30}" + "".join(cells))
    print(f"worst style x locale: {worst:.1f} %")
    if args.buckets:
        print("\ndifference buckets (first differing span):")
        for b, n in buckets.most_common(args.buckets):
            print(f"{n:6}  {b}")
            for ex in examples[b][:1]:
                print(f"          {ex[0]} {ex[1]} {ex[2]}\n          exp: {ex[3]}\n          got: {ex[4]}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    return 0


# ---------------------------------------------------------------- whole bibliographies

def run_bibs(args: argparse.Namespace) -> int:
    need(EXPECTED)
    from refnorm.rendering.citeproc import bibliography

    items = json.loads((EXPECTED / "items.json").read_text(encoding="utf-8"))
    rows = load_jsonl(EXPECTED / "bibliographies.jsonl")
    styles = args.styles.split(",") if args.styles else None
    locales = args.locales.split(",") if args.locales else None
    rows = [r for r in rows if (not styles or r["style"] in styles) and (not locales or r["locale"] in locales)]
    all_ok = all_n = 0
    for r in rows:
        try:
            out = bibliography(items, style_path(r["style"]), r["locale"])
        except Exception as exc:
            print(f"  {r['style']:<30} {r['locale']}  crash {type(exc).__name__}: {exc}")
            all_n += len(r["entries_text"])
            continue
        got_ids = [i for i, _ in out]
        got = [collapse(t) for _, t in out]
        exp = [collapse(t) for t in r["entries_text"]]
        ok = sum(a == b for a, b in zip(exp, got, strict=False))
        order_ok = got_ids == r["entry_ids"]
        all_ok += ok
        all_n += len(exp)
        print(f"  {r['style']:<30} {r['locale']}  entries equal at position {ok}/{len(exp)}"
              f"  order {'same' if order_ok else 'DIFFERENT'}  whole list {'equal' if exp == got else 'differs'}")
        if args.examples:
            shown = 0
            for e, g in zip(exp, got, strict=False):
                if e != g and shown < args.examples:
                    print(f"      exp: {e}\n      got: {g}")
                    shown += 1
    print(f"whole-bibliography entries equal at their position: {all_ok}/{all_n} = {100 * all_ok / max(all_n, 1):.1f} %")
    return 0


_SECTION = re.compile(r">>=+ ([A-Z-]+) =+>>\n(.*?)\n<<=+ \1 =+<<", re.S)


def read_fixture(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8-sig")
    return {m.group(1): m.group(2) for m in _SECTION.finditer(text)}


def _norm_html(s: str) -> str:
    return re.sub(r"\n\s*", "", s.strip())


def _fixture_input(fx: dict[str, str], tmpdir: Path, name: str) -> tuple[Path, list[dict], str]:
    """A fixture's style written to a file, its items with ids, and the locale to render in."""
    from refnorm.rendering.patches.locales import available_locales

    style = tmpdir / f"{name}.csl"
    style.write_text(fx["CSL"], encoding="utf-8")
    items = json.loads(fx["INPUT"])
    for n, item in enumerate(items):
        item.setdefault("id", f"item-{n + 1}")
    m = re.search(r'default-locale="([^"]+)"', fx["CSL"])
    locale = m.group(1) if m else "en-US"
    if locale not in available_locales() and locale.split("-")[0] not in {x.split("-")[0] for x in available_locales()}:
        locale = "en-US"  # citeproc-js falls back for a style's unknown default-locale; so does this runner
    return style, items, locale


def run_fixture(fx: dict[str, str], tmpdir: Path, name: str) -> str:
    """Render one CSL test-suite fixture as citeproc-js's test runner prints it."""
    from refnorm.rendering.citeproc import citations

    style, items, locale = _fixture_input(fx, tmpdir, name)
    clusters = json.loads(fx["CITATION-ITEMS"]) if "CITATION-ITEMS" in fx else None
    if fx["MODE"].strip() == "bibliography":
        if clusters:
            order = list(dict.fromkeys(str(c["id"]) for cl in clusters for c in cl))
            by_id = {str(i["id"]): i for i in items}
            items = [by_id[i] for i in order if i in by_id]
        return _bibliography_html(items, style, locale)
    if clusters is None:
        clusters = [[{"id": i["id"]} for i in items]]
    return "\n".join(citations(clusters, items, style, locale, output="html"))


def bibliography_of_cited(items: list[dict], order: list[str], known: dict[str, dict]) -> list[dict]:
    """The items cited by a document's citations, in the order they are first cited."""
    by_id = {str(i["id"]): i for i in items}
    cited = dict.fromkeys(str(c["id"]) for cid in order for c in known[cid]["citationItems"])
    return [by_id[i] for i in cited if i in by_id]


def _bibliography_html(items: list[dict], style: Path, locale: str) -> str:
    from refnorm.rendering.citeproc import bibliography

    body = "".join(f"  {e}\n" for _, e in bibliography(items, style, locale, output="html") if e)
    return f'<div class="csl-bib-body">\n{body}</div>'


def run_citations_fixture(fx: dict[str, str], tmpdir: Path, name: str) -> str:
    """Replay a ``CITATIONS`` fixture as citeproc-js's test runner does.

    Each step is ``[citation, citationsPre, citationsPost]`` (pre/post: ``[citationID,
    noteIndex]`` pairs giving the document order around the new citation and the current note
    numbers); a citation missing from a step's document is deleted. After the last step every
    citation of the document is printed in order, ``>>[n]`` for those the last step inserted
    or changed (its output; what the processor decided for its items: number, year suffix,
    disambiguation; its note, in styles that print note numbers) and ``..[n]`` for the others.
    """
    from refnorm.rendering.patches.positions import render_document

    style, items, locale = _fixture_input(fx, tmpdir, name)
    known: dict[str, dict] = {}  # citationID -> citation
    before: dict[str, tuple[str, int]] = {}  # citationID -> (output, note) after the previous step
    changed: set[str] = set()
    # citeproc-js re-renders citations whose note moved only for styles that print note numbers
    by_note = bool(re.search(r'first-reference-note-number|position="[^"]*near-note', fx["CSL"]))
    order: list[str] = []
    for citation, pre, post in json.loads(fx["CITATIONS"]):
        cid = citation.get("citationID") or f"CITATION-{len(known) + 1}"
        known[cid] = citation
        notes = {str(c): int(n or 0) for c, n in [*pre, *post]}
        notes[cid] = int((citation.get("properties") or {}).get("noteIndex") or 0)
        order = [str(c) for c, _ in pre] + [cid] + [str(c) for c, _ in post]
        clusters = [{"citationItems": known[c]["citationItems"], "properties": {"noteIndex": notes[c]}}
                    for c in order]
        states: list = []
        texts = render_document(clusters, items, style, locale, output="html", states=states)
        now = {c: (t, notes[c], st) for c, t, st in zip(order, texts, states, strict=True)}
        changed = {c for c in order if c == cid or c not in before or before[c][0] != now[c][0]
                   or before[c][2] != now[c][2] or (by_note and before[c][1] != now[c][1])}
        before = now
    if fx["MODE"].strip() == "bibliography":
        return _bibliography_html(bibliography_of_cited(items, order, known), style, locale)
    return "\n".join(f"{'>>' if c in changed else '..'}[{n}] {before[c][0]}" for n, c in enumerate(order))


def run_suite(args: argparse.Namespace) -> int:
    need(SUITE)
    import tempfile
    import warnings

    files = sorted(p for p in SUITE.glob("*.txt") if args.filter in p.name)
    passed = crashed = replayed = 0
    failures: list[tuple[str, str, str]] = []
    crashes: collections.Counter = collections.Counter()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in files:
            fx = read_fixture(path)
            try:
                if "CITATIONS" in fx:
                    replayed += 1
                    got = run_citations_fixture(fx, Path(tmp), path.stem)
                else:
                    got = run_fixture(fx, Path(tmp), path.stem)
            except Exception as exc:
                crashed += 1
                crashes[f"{type(exc).__name__}: {str(exc)[:60]}"] += 1
                failures.append((path.stem, fx.get("RESULT", ""), f"!{type(exc).__name__}: {exc}"))
                continue
            if _norm_html(got) == _norm_html(fx.get("RESULT", "")):
                passed += 1
            else:
                failures.append((path.stem, fx.get("RESULT", ""), got))
    n = len(files)
    print(f"CSL test suite: {passed}/{n} = {100 * passed / max(n, 1):.1f} % passed"
          f"  (crashes: {crashed}; CITATIONS fixtures replayed: {replayed}; {time.perf_counter() - t0:.0f} s)")
    for c, k in crashes.most_common(10):
        print(f"  crash x{k}: {c}")
    for name, exp, got in failures[: args.show_failures]:
        print(f"- {name}\n    exp: {_norm_html(exp)[:300]}\n    got: {_norm_html(got)[:300]}")
    if args.out:
        Path(args.out).write_text("\n".join(f for f, _, _ in failures) + "\n", encoding="utf-8")
    return 0


def run_speed(args: argparse.Namespace) -> int:
    """Items/s as one bibliography against plain citeproc-py: ``bench/render_speed.py speed`` does it."""
    import render_speed

    argv = ["speed", "--repeat", str(args.repeat)] + (["--styles", args.styles] if args.styles else [])
    return render_speed.main(argv)


# ---------------------------------------------------------------- test data for tests/test_render_core.py

VENDOR_STYLES = ("nlm-citation-sequence", "apa", "chicago-author-date", "ieee", "iso690-author-date-fr")
VENDOR_IDS = (
    "hw-art-markup-italic", "hw-art-ja-grammar", "hw-conf-issued-range", "hw-art-months-range-jul-aug",
    "hw-book-year-range-mommsen", "hw-thesis-van-der-waals", "hw-art-de-la-fuente-es", "hw-book-beauvoir-fr",
    "hw-art-season-winter", "hw-book-strunk-white", "hw-report-oecd-pisa", "hw-web-nodate",
    "cr-10.1111/j.1600-0404.1986.tb03253.x", "cr-10.4018/978-1-4666-9588-7.les2",
    "cr-10.32614/cran.package.nestedmenu", "cr-10.1002/ecy.1608", "cr-10.1021/ja00214a066",
    "cr-10.1007/978-3-658-17671-6_18-1", "cr-10.1023/a:1017149902819", "cr-10.1039/9781788019972",
    "cr-10.1002/mmce.20056", "cr-10.1051/ro/2020036", "cr-10.1093/actrade/9780198831013.003.0001",
    "cr-10.1109/afrcon.2009.5308146",
)


def run_vendor(args: argparse.Namespace) -> int:
    """Copy a small, fixed subset of render-expected into tests/data/render/ (cases that agree now)."""
    need(EXPECTED)
    from refnorm.rendering.citeproc import bibliography

    out_dir = Path(__file__).resolve().parents[1] / "tests" / "data" / "render"
    (out_dir / "styles").mkdir(parents=True, exist_ok=True)
    items = {i["id"]: i for i in json.loads((EXPECTED / "items.json").read_text(encoding="utf-8"))}
    rows = [r for r in load_jsonl(EXPECTED / "single.jsonl")
            if r["id"] in VENDOR_IDS and r["style"] in VENDOR_STYLES and r["locale"] in ("en-US", "fr-FR")]
    kept = skipped = 0
    with (out_dir / "cases.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            got = bibliography([items[r["id"]]], style_path(r["style"]), r["locale"])[0][1]
            if collapse(got) != collapse(r["text"]):
                skipped += 1
                continue
            f.write(json.dumps({"item": items[r["id"]], "style": r["style"], "locale": r["locale"],
                                "text": r["text"]}, ensure_ascii=False) + "\n")
            kept += 1
    for style in VENDOR_STYLES:
        (out_dir / "styles" / f"{style}.csl").write_bytes(style_path(style).read_bytes())
    print(f"wrote {kept} cases to {out_dir / 'cases.jsonl'} ({skipped} disagreeing cases left out)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["single", "bibs", "suite", "speed", "vendor-tests"])
    ap.add_argument("--styles")
    ap.add_argument("--locales")
    ap.add_argument("--items", type=int, default=0, help="only the first N items (quick runs)")
    ap.add_argument("--field", default="text", choices=["text", "html"])
    ap.add_argument("--buckets", type=int, default=0, help="print the N biggest difference buckets")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--out", help="write predictions JSONL (for shared/tools/score_render.py)")
    ap.add_argument("--traceback", action="store_true")
    ap.add_argument("--filter", default="")
    ap.add_argument("--show-failures", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    return {"single": run_single, "bibs": run_bibs, "suite": run_suite, "speed": run_speed,
            "vendor-tests": run_vendor}[args.mode](args)


if __name__ == "__main__":
    sys.exit(main())
