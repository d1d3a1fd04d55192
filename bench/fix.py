"""How fast `refnorm fix` rewrites a reference list offline with a warm Crossref cache.

    nice python bench/fix.py [--sizes 200 10000] [--style vancouver] [--baseline REV] [--against-tree REV]
                             [--pieces]

The list is made of real Crossref records (the ones the local test Crossref replays,
tests/data/crossref/works.jsonl) rendered in Vancouver, half of them damaged the way pasted lists
are (spaces before semicolons, hyphens in page ranges, doubled spaces, wrapped lines), numbered
1..N. The cache is warmed once by an online run against the local Crossref server (HTTP on
127.0.0.1), then every timed run is offline, as the pre-commit hook runs.

Two lists per size above the 203 records: **cycled** repeats the 203 texts (the list of earlier
sessions' figures), **distinct** gives every copy of a record its own issue number and end page
(fields the DOI check does not compare), so that no text occurs twice and nothing in any stage can
profit from having seen an entry before. Both carry the same share of damage.

Per list: the first fix of the messy list and the re-run on the fixed list, without refnorm's own
caches, in CPU seconds and wall seconds, with the share of each stage (split, parse, enrich,
render; "fix" is everything else: the checks, the report, writing) and how many parses and
renderings it took per entry; then, with refnorm's caches as the CLI and the hook run, the first fix
(which records each entry's verdict in numeric styles, each rewrite's included), the hook run right
after it (every verdict known), the run once the text is known clean (its hash is in the cache, as
black does), and a run after editing one entry. Entries per second are end to end.

Same-process comparisons (sizes up to 1,000; CPU seconds, best of --repeat (3) alternating runs): the first
fix with and without the fixpoint check's reuse of renderings (`refnorm.fix.REUSE_RENDERINGS`), without the
per-run memos of repeated entries (`refnorm.fix.MEMO`) and with the interpreter's own garbage-collector thresholds
(`refnorm.fix.GC_THRESHOLDS`; this one at every size, one run each above 1,000), with the same text and JSON report, and
with ``--baseline REV`` the first fix and re-run by `fix.py` as it was at git revision REV (loaded
beside the current one; the stages themselves are today's), with a check that both give the same
text and the same JSON report (above 1,000 entries one run of each, not best of 3).

``--pieces`` (sizes up to 1,000) also times, inside the first fix and the re-run (CPU, mean of --repeat runs
in one process), the pieces the stage shares lump together: the parse of the entries and the settle round's
parse of the rewrites (the idempotence proof), rendering, enrichment, `fix`'s content guard (its own
renderings included), the two reads of the list (the list, then the fixed text for the nothing-lost check),
placing references in the document, the memo keys, and carrying year letters and epub dates.

``--against-dir DIR`` does the same in one process (``DIR/src``'s package imported beside today's, ``sys.modules``
swapped per run, turns alternating): the fairer ratio on a busy machine.

``--baseline`` measures `fix.py` alone: both sides run over today's parser, renderer and enrichment.
``--against-tree REV`` measures the whole package: ``src/`` and ``styles/`` of REV (``git archive``) and today's
``src/`` each in a process of its own, kept alive, taking turns at the same first fix and re-run
(``--repeat`` turns each, the order swapped every turn); it prints the best CPU seconds of each
side, the median of the turn-by-turn ratios, and whether both wrote the same text and JSON report.
Separate processes on a shared machine: read the median ratio, over several turns.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    """N numbered entries, entry i being ``strings[i % len(strings)]``, half of them damaged."""
    rng = random.Random(seed)
    lines = ["References", ""]
    for i in range(n):
        s = strings[i % len(strings)]
        lines.append(f"{i + 1}. {damaged(s, rng) if rng.random() < 0.5 else s}")
    return "\n".join(lines) + "\n"


def variant(record: dict[str, Any], copy: int) -> dict[str, Any]:
    """The ``copy``-th variant of a CSL record (0: itself): its own issue number and end page.

    Neither is compared with Crossref's record by the DOI check (`enrichment.match.verify_known`
    compares the title, the first authors, the year, the volume and the first page), so every
    variant is enriched as the record is, and renders to a text of its own."""
    if copy == 0:
        return record
    out = dict(record, issue=str(copy))
    first, _, last = str(record.get("page") or "").partition("-")
    if first.isdigit() and last.isdigit():
        out["page"] = f"{first}-{int(last) + copy}"
    return out


def distinct_strings(n: int, csl: list[dict[str, Any]], render: Callable[..., list[str]], style: str) -> list[str]:
    """N Vancouver texts: record i % len(csl) in its (i // len(csl))-th variant."""
    records = [dict(variant(csl[i % len(csl)], i // len(csl)), id=f"v{i}") for i in range(n)]
    out: list[str] = []
    for k in range(0, n, 1000):  # the renderer takes one bibliography at a time; keep each small
        out += render(records[k:k + 1000], style=style, locale="en-US")
    return out


class Stages:
    """refnorm's default stages, each timed (CPU seconds) and counted (calls and items)."""

    def __init__(self) -> None:
        from refnorm.fix import Pipeline

        self.cpu: dict[str, float] = defaultdict(float)
        self.items: dict[str, int] = defaultdict(int)
        defaults = Pipeline().resolved()
        self.pipeline = Pipeline(**{name: self._timed(name, getattr(defaults, name))
                                    for name in ("split", "parse", "normalize", "enrich", "render")})

    def _timed(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.cpu[name] += time.process_time() - t
                self.items[name] += len(args[0]) if name in ("enrich", "render", "normalize") else 1

        call.refnorm_default = getattr(fn, "refnorm_default", False)  # type: ignore[attr-defined]
        return call

    def reset(self) -> None:
        self.cpu.clear()
        self.items.clear()


class Collections:
    """CPU seconds the cyclic garbage collector takes while it is on (``gc.callbacks``), and its full collections:
    a full one walks every live object of the process (~0.1 s with the parser, renderer and enrichment loaded)."""

    def __init__(self) -> None:
        self.cpu, self.full, self._start = 0.0, 0, 0.0

    def __enter__(self) -> Collections:
        import gc

        gc.callbacks.append(self._seen)
        return self

    def __exit__(self, *exc: object) -> None:
        import gc

        gc.callbacks.remove(self._seen)

    def _seen(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.cpu += time.process_time() - self._start
            self.full += info["generation"] == 2


def timed_fix(text: str, stages: Stages, n: int, common: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    from refnorm.fix import fix_text

    stages.reset()
    with Collections() as gc_seen:
        wall, cpu = time.perf_counter(), time.process_time()
        result = fix_text(text, cache=False, pipeline=stages.pipeline, **common)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    shares = {k: round(100 * stages.cpu[k] / cpu, 1) for k in ("split", "parse", "enrich", "render")}
    shares["fix"] = round(100 - sum(shares.values()), 1)
    row = {"cpu_s": round(cpu, 3), "per_cpu_s": round(n / cpu, 1), "wall_s": round(wall, 3),
           "per_wall_s": round(n / wall, 1), "shares": shares,
           "parses_per_entry": round(stages.items["parse"] / n, 2),
           "renders_per_entry": round(stages.items["render"] / n, 2), "gc_cpu_s": round(gc_seen.cpu, 3),
           "gc_full_collections": gc_seen.full}
    return result, row


def show(name: str, row: dict[str, Any]) -> str:
    shares = ", ".join(f"{k} {v:.0f}%" for k, v in row["shares"].items())
    return (f"{name}: {row['cpu_s']:.2f} s CPU ({row['per_cpu_s']:.0f} entries/CPU-s), {row['wall_s']:.2f} s wall "
            f"({row['per_wall_s']:.0f}/s); {shares}; {row['parses_per_entry']} parses and "
            f"{row['renders_per_entry']} renderings per entry; garbage collector {row['gc_cpu_s']:.3f} s "
            f"({row['gc_full_collections']} full)")


def pieces(text: str, common: dict[str, Any], repeat: int) -> list[tuple[str, float, int]]:
    """(piece, CPU seconds per run, calls per run) of ``repeat`` fixes of ``text``, largest first.

    Pieces overlap where one calls another (the settle round holds its parses; the guard, its
    renderings): each is timed on its own, not subtracted from the others."""
    import refnorm.fix as fixing
    import refnorm.parsing.api as parsing_api
    from refnorm.fix import fix_text

    cpu: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    in_settle = [False]
    saved: list[tuple[Any, str, Any]] = []

    def timed(owner: Any, name: str, label: str | Callable[..., str], count: Callable[..., int] | None = None) -> None:
        fn = getattr(owner, name)
        saved.append((owner, name, fn))

        def call(*args: Any, **kwargs: Any) -> Any:
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                key = label if isinstance(label, str) else label()
                cpu[key] += time.process_time() - t
                calls[key] += count(*args) if count else 1

        setattr(owner, name, call)

    def settle(*args: Any, **kwargs: Any) -> Any:
        in_settle[0] = True
        try:
            return timed_settle(*args, **kwargs)
        finally:
            in_settle[0] = False

    settle_round = fixing._settle_round
    timed(fixing._Run, "parse_text", lambda: "parse (settle round: the rewrites)" if in_settle[0] else
          "parse (the entries)")
    timed(fixing._Run, "_render", "render (renderer calls)", lambda run, refs, *a: len(refs))
    timed(fixing._Run, "_enrich", "enrich (enrichment calls)", lambda run, refs: len(refs))
    timed(fixing, "_settle_round", "settle round (all of it)")
    timed_settle = fixing._settle_round
    fixing._settle_round = settle
    for name, label in (("_guard", "content guard (all of it)"), ("style_omits", "guard: style_omits"),
                        ("lost_content", "guard: lost_content"), ("container_lost", "guard: container_lost"),
                        ("_read", "read the list (split), and the fixed text"), ("_ref_key", "enrichment memo keys"),
                        ("_render_key", "render keys"), ("carry_year_suffix", "carry year letters"),
                        ("carry_epub", "carry epub dates")):
        timed(fixing, name, label)
    timed(parsing_api, "place_in_document", "place references in the document")
    try:
        fix_text(text, cache=False, **common)  # (warm)
        cpu.clear()
        calls.clear()
        t = time.process_time()
        for _ in range(repeat):
            fix_text(text, cache=False, **common)
        total = time.process_time() - t
    finally:
        fixing._settle_round = settle_round
        for owner, name, fn in reversed(saved):
            setattr(owner, name, fn)
    rows = [("whole fix", total / repeat, 1)]
    rows += sorted(((k, v / repeat, calls[k] // repeat) for k, v in cpu.items()), key=lambda r: -r[1])
    return rows


def load_baseline(rev: str) -> Any:
    """`refnorm/fix.py` as it was at git revision ``rev``, as a module beside the current one."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:src/refnorm/fix.py"], check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp(prefix="refnorm-bench-fix-")) / "baseline_fix.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_fix", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def best_of(runs: dict[str, Callable[[], Any]], k: int = 3) -> tuple[dict[str, float], dict[str, Any]]:
    """CPU seconds, best of ``k`` alternating runs of each callable; and each one's last output."""
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    outs: dict[str, Any] = {}
    for _ in range(k):
        for name, fn in runs.items():
            t = time.process_time()
            outs[name] = fn()
            cpu[name].append(time.process_time() - t)
    return {name: min(v) for name, v in cpu.items()}, outs


def tree_worker(config: str) -> int:
    """``--worker``: fix the texts named on stdin, one per line; print CPU seconds and output hashes."""
    import hashlib

    from refnorm.fix import fix_text

    common = json.loads(config)
    for line in sys.stdin:
        text = Path(line.strip()).read_text(encoding="utf-8")
        t = time.process_time()
        result = fix_text(text, cache=False, **common)
        cpu = time.process_time() - t
        digest = [hashlib.sha256(x.encode()).hexdigest() for x in
                  (result.text, json.dumps(result.to_dict(), sort_keys=True, default=str))]
        print(json.dumps({"cpu": cpu, "text": digest[0], "report": digest[1]}), flush=True)
    return 0


def against_tree(rev: str, texts: dict[str, str], common: dict[str, Any], turns: int) -> dict[str, Any]:
    """Today's ``src/`` and REV's, each in a long-lived process, taking turns at the same fixes."""
    import statistics
    import tarfile

    folder = Path(tempfile.mkdtemp(prefix="refnorm-bench-tree-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src", "styles"], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    paths = {}
    for name, text in texts.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    workers = []
    for src in (folder / "src", ROOT / "src"):
        env = dict(os.environ, PYTHONPATH=str(src))
        proc = subprocess.Popen([sys.executable, __file__, "--worker", json.dumps(common)], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        workers.append(proc)

    def ask(proc: subprocess.Popen, name: str) -> dict[str, Any]:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(f"{paths[name]}\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the worker of {' '.join(proc.args)} ended (its error is above)")
        return json.loads(line)

    out: dict[str, Any] = {}
    try:
        for proc in workers:  # load the model, the style and the cache before timing
            ask(proc, next(iter(texts)))
        for name in texts:
            cpu: list[list[float]] = [[], []]
            same = True
            for turn in range(turns):
                order = (0, 1) if turn % 2 == 0 else (1, 0)
                got = {}
                for k in order:
                    got[k] = ask(workers[k], name)
                    cpu[k].append(got[k]["cpu"])
                same = same and got[0]["text"] == got[1]["text"] and got[0]["report"] == got[1]["report"]
            ratios = [a / b for a, b in zip(cpu[0], cpu[1], strict=True)]
            out[name] = {"baseline_cpu_s": round(min(cpu[0]), 3), "current_cpu_s": round(min(cpu[1]), 3),
                         "median_ratio": round(statistics.median(ratios), 3), "same_text_and_report": same}
    finally:
        for proc in workers:
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait()
        shutil.rmtree(folder, ignore_errors=True)  # (a copy of src/ with the model: ~35 MB)
    return out


def against_dir(other_dir: Path, texts: dict[str, str], common: dict[str, Any], turns: int) -> dict[str, Any]:
    """Today's package and the one in ``other_dir/src``, both in this process (``sys.modules`` swapped per run, as
    `bench/speed.py --against` does for the parse; citeproc-py's modules with them), taking turns at the same fixes: the machine's load falls on
    both alike, which separate processes (``--against-tree``) do not get on a busy box."""
    import importlib
    import statistics

    src = str(other_dir / "src")
    if not (other_dir / "src" / "refnorm" / "fix.py").exists():
        raise SystemExit(f"no refnorm package under {src}")

    def loaded() -> dict[str, Any]:  # (citeproc-py too: each package patches its own copy of its classes)
        return {k: v for k, v in sys.modules.items() if k.split(".", 1)[0] in ("refnorm", "citeproc")}

    sides: dict[str, tuple[dict[str, Any], str | None]] = {"this": (loaded(), None), "other": ({}, src)}

    def run(side: str, text: str) -> tuple[float, tuple[str, str]]:
        mods, path = sides[side]
        saved = loaded()
        for k in saved:
            del sys.modules[k]
        sys.modules.update(mods)
        if path:
            sys.path.insert(0, path)  # (its modules import lazily from there too)
        try:
            module = importlib.import_module("refnorm.fix")
            c0 = time.process_time()
            r = module.fix_text(text, cache=False, **common)
            cpu = time.process_time() - c0
            mods.update(loaded())  # what the run imported joins its side
            return cpu, (r.text, json.dumps(r.to_dict(), sort_keys=True, default=str))
        finally:
            if path:
                sys.path.remove(path)
            for k in loaded():
                del sys.modules[k]
            sys.modules.update(saved)

    for side in sides:  # load each side's model, style and cache before timing
        run(side, next(iter(texts.values())))
    out: dict[str, Any] = {}
    for name, text in texts.items():
        cpu: dict[str, list[float]] = {"this": [], "other": []}
        outs: dict[str, set[tuple[str, str]]] = {"this": set(), "other": set()}
        for turn in range(turns):
            for side in ("this", "other") if turn % 2 else ("other", "this"):
                t, got = run(side, text)
                cpu[side].append(t)
                outs[side].add(got)
        ratios = [a / b for a, b in zip(cpu["other"], cpu["this"], strict=True)]
        out[name] = {"baseline_cpu_s": round(min(cpu["other"]), 3), "current_cpu_s": round(min(cpu["this"]), 3),
                     "median_ratio": round(statistics.median(ratios), 3),
                     "same_text_and_report": outs["this"] == outs["other"] and len(outs["this"]) == 1}
    return out


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        return tree_worker(sys.argv[2])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 10_000])
    ap.add_argument("--style", default="vancouver")
    ap.add_argument("--repeat", type=int, default=3, help="alternating runs of the same-process comparisons (best of)")
    ap.add_argument("--lists", nargs="+", choices=("cycled", "distinct"), default=["cycled", "distinct"],
                    help="which lists to time above 203 entries (below, the two are the same list)")
    ap.add_argument("--baseline", metavar="REV", help="also time fix.py of this git revision (best of 3 up to 1,000 "
                    "entries, one run each above) and check the same text and report")
    ap.add_argument("--against-tree", metavar="REV", help="also time the whole src/ of this git revision against "
                    "today's, each in its own process, taking turns (--repeat turns each)")
    ap.add_argument("--against-dir", metavar="DIR", type=Path, help="also time the package in DIR/src (another "
                    "checkout) against today's in this process, taking turns (--repeat turns each)")
    ap.add_argument("--pieces", action="store_true", help="also time the pieces of the first fix and the re-run "
                    "(sizes up to 1,000)")
    args = ap.parse_args()
    try:
        from crossref_server import CrossrefServer, load_works
    except ImportError as e:
        print(f"skipped: the local Crossref server (tests/crossref_server.py) is not available: {e}")
        return 0

    import refnorm
    import refnorm.fix as fixing
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

    baseline = load_baseline(args.baseline) if args.baseline else None
    stages = Stages()
    common = {"offline": True, "cache_dir": cache, "style": args.style, "locale": "en-US"}
    results = []
    for n in args.sizes:
        lists = ["distinct"] if n <= len(strings) else args.lists
        for kind in lists:
            if kind == "distinct" and n > len(strings):
                text = build_list(n, distinct_strings(n, csl, render_entries, args.style))
            else:
                text = build_list(n, strings)
            texts = [e.text for e in refnorm.split(text)]
            print(f"{n:>6} entries, {kind} list ({len(set(texts))} distinct entry texts):")
            first, row_first = timed_fix(text, stages, n, common)
            print("        first fix " + show("", row_first)[2:])
            again, row_again = timed_fix(first.text, stages, n, common)
            print("        re-run    " + show("", row_again)[2:])
            print(f"        {first.summary()}; the re-run changed the text: {again.changed}")
            # the hook: `refnorm fix` with refnorm's caches records each entry's verdict (in numeric
            # styles), each rewrite's included, so the hook run right after it reads verdicts; that
            # run records the text as clean, a hash from then on; one edited entry is one entry's work
            t = time.perf_counter()
            fix_text(text, **common)
            t_cached_first = time.perf_counter() - t
            t = time.perf_counter()
            after = fix_text(first.text, **common)
            t_after = time.perf_counter() - t
            t = time.perf_counter()
            hook = fix_text(first.text, **common)
            t_hook = time.perf_counter() - t
            lines = first.text.split("\n")
            k = next(i for i, line in enumerate(lines) if line.startswith(f"{n // 2}. "))
            lines[k] = lines[k].replace(";", " ; ", 1) + " "
            t = time.perf_counter()
            edited = fix_text("\n".join(lines), **common)
            t_edit = time.perf_counter() - t
            print(f"        hook (wall): `refnorm fix` with the caches {t_cached_first:.2f} s, the hook right after it "
                  f"{t_after:.3f} s, then on the known-clean text {t_hook * 1000:.1f} ms, one entry edited "
                  f"{t_edit:.2f} s ({edited.counts()['fixed']} fixed); changed by the hook: {after.changed or hook.changed}")
            row = {"entries": n, "list": kind, "distinct_texts": len(set(texts)), "first": row_first,
                   "rerun": row_again, "cached_first_s": round(t_cached_first, 3), "hook_after_fix_s": round(t_after, 4),
                   "known_clean_s": round(t_hook, 4), "one_edited_s": round(t_edit, 3),
                   "rerun_changed": again.changed or after.changed or hook.changed, "summary": first.summary()}
            results.append(row)
            big = n > 1000  # more first fixes of a long list would take the shared machine for too long
            if args.pieces and not big:
                for label, source in (("first fix", text), ("re-run", first.text)):
                    got = pieces(source, common, args.repeat)
                    whole = got[0][1]
                    row[f"pieces_{label}"] = {k: round(v, 4) for k, v, _ in got}
                    print(f"        {label}, CPU per run (mean of {args.repeat}), piece by piece:")
                    for k, v, c in got:
                        print(f"          {k:45s} {v * 1000:7.1f} ms {100 * v / whole:5.1f}%  ({c} calls)")
            # (module attribute, what it buys, its value when off); above 1,000 entries only the collector's,
            # whose cost grows with the heap, one run each
            switches = [("GC_THRESHOLDS", "fewer garbage collections", None)]
            if not big:
                switches += [("REUSE_RENDERINGS", "reusing renderings", False), ("MEMO", "the per-run memos", False)]
            for flag, what, off in switches:
                runs: dict[str, Callable[[], Any]] = {}
                work: dict[bool, str] = {}  # what the stages did in a run with and without the switch
                default = getattr(fixing, flag)
                for on in (False, True):
                    def run(on: bool = on, text: str = text, flag: str = flag, off: Any = off, default: Any = default,
                            work: dict[bool, str] = work) -> tuple[str, str]:
                        setattr(fixing, flag, default if on else off)
                        stages.reset()
                        try:
                            r = fix_text(text, cache=False, pipeline=stages.pipeline, **common)
                            work[on] = (f"{stages.items['parse']} parses, {stages.items['enrich']} references "
                                        f"enriched, {stages.items['render']} rendered")
                            return r.text, json.dumps(r.to_dict(), sort_keys=True, default=str)
                        finally:
                            setattr(fixing, flag, default)
                    runs[f"{flag}={on}"] = run
                best, outs = best_of(runs, 1 if big else args.repeat)
                off_s, on_s = best[f"{flag}=False"], best[f"{flag}=True"]
                row[f"cpu_without_{flag.lower()}_s"], row[f"cpu_with_{flag.lower()}_s"] = off_s, on_s
                same = outs[f"{flag}=False"] == outs[f"{flag}=True"]
                print(f"        first fix, CPU best of {1 if big else args.repeat}: {off_s:.3f} s without {what}, {on_s:.3f} s with "
                      f"({off_s / on_s:.2f}x); same text and report: {same}; work without: {work[False]}; with: "
                      f"{work[True]}")
            others = [("tree", against_tree, args.against_tree,
                       f"src/ of {args.against_tree} against today's, separate processes taking turns"),
                      ("dir", against_dir, args.against_dir, f"{args.against_dir}/src against today's in this process, taking turns")]
            for key, against, other, how in others:
                if not other:
                    continue
                turns = 1 if big else args.repeat
                got = against(other, {"first fix": text, "re-run": first.text}, common, turns)
                for label, r in got.items():
                    row[f"{key}_{label}"] = r
                    print(f"        {label}, {how} ({turns}): best CPU {r['baseline_cpu_s']:.3f} s "
                          f"({n / r['baseline_cpu_s']:.0f} entries/CPU-s) -> {r['current_cpu_s']:.3f} s "
                          f"({n / r['current_cpu_s']:.0f}), median ratio {r['median_ratio']:.3f}x; same text and "
                          f"report: {r['same_text_and_report']}")
            if baseline is None:
                continue
            repeat = 1 if big else args.repeat  # above 1,000 entries: one run each, for the identical output more than the ratio
            how = "one run each" if repeat == 1 else f"best of {repeat}"
            for label, source in (("first fix", text), ("re-run", first.text)):
                def report(module: Any, source: str = source) -> tuple[str, str]:
                    r = module.fix_text(source, cache=False, **common)
                    return r.text, json.dumps(r.to_dict(), sort_keys=True, default=str)
                best, outs = best_of({"baseline": lambda: report(baseline), "current": lambda: report(fixing)}, repeat)
                row[f"baseline_{label}"] = {"baseline_cpu_s": round(best["baseline"], 3),
                                            "current_cpu_s": round(best["current"], 3)}
                print(f"        {label} vs fix.py of {args.baseline}, CPU {how}: {best['baseline']:.3f} s -> "
                      f"{best['current']:.3f} s ({best['baseline'] / best['current']:.2f}x); same text: "
                      f"{outs['baseline'][0] == outs['current'][0]}, same report: "
                      f"{outs['baseline'][1] == outs['current'][1]}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
