#!/usr/bin/env python3
"""Parsing speed and peak memory: ``refnorm.parse`` on 10,000 distinct references, one core.

References are the texts of ``training/train.jsonl`` then the test sets (distinct strings, so the
token-feature cache gets no unfair repeats). Prints references/second (wall clock, and per CPU-second of this process, which is what one
core delivers when the machine is shared) for the whole
``parse`` (cleaning, tokens, features, CRF, normalisers), the share of each stage, the model
load time and the process's peak RSS.

    nice python bench/speed.py [--n 10000] [--baseline]

``--baseline`` also parses the same references with python-crfsuite's own ``Tagger.set`` engine
(the labeler's fallback), alternating chunks in one process, and prints the ratio. The stage line
times the CRF with each engine on the same feature lists: "direct" (attribute ids; the state scores
summed by numpy when it is installed), "direct-crfsuite" (the same with crfsuite's own state scores)
and "pycrfsuite".

The safety net for speed work: ``--snapshot FILE`` writes the full ``parse`` output (CSL, raw, span,
diagnostics, confidence, the labeler's sequence probability rounded to 1e-9) for a fixed list of about
3,000 varied inputs (AnyStyle and GROBID test lines, the dev mix with its glued lines and
non-references, the multilingual dev lines, pairs glued by hand, non-reference lines, and damaged
copies); ``--compare A B`` prints where two snapshots differ. A speed change must leave them identical.

    python bench/speed.py --snapshot /tmp/before.jsonl
    python bench/speed.py --compare /tmp/before.jsonl /tmp/after.jsonl

``--against DIR`` times this checkout's ``parse`` against another copy of the package in the same
process (``DIR/src/refnorm``, e.g. ``git archive <commit> src | tar -x -C DIR``): chunks of the same
references alternate between the two, so machine load falls on both alike; prints both rates and
the ratio.

    nice python bench/speed.py --against /tmp/base --n 5000

``--stage MODULE:FUNCTION`` (with ``--against``) times one stage instead of the whole parse, for savings a busy
machine hides in a whole-parse ratio (a few per cent moves between rounds at load 10): the function's arguments are
captured from this checkout's ``parse`` over the references, then both copies' function is replayed on them in
chunks of 50 calls alternating, ``--rounds`` times, and the minimum of each chunk's process time is summed (the
least disturbed run of each); it prints both per-reference times, the ratio, and whether the two return equal
values (their ``repr``). (A function that changes its arguments in place cannot be replayed so.)

    python bench/speed.py --against /tmp/base --stage parsing.fields:record_from_segments --n 3000 --rounds 7
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def texts(n: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for name in ("train.jsonl", "dev.jsonl", "test-anystyle.jsonl", "test-grobid.jsonl"):
        path = ROOT / "training" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                t = json.loads(line)["text"]
                if t not in seen:
                    seen.add(t)
                    out.append(t)
                if len(out) >= n:
                    return out
    return out


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


_NON_REFERENCES = (
    "References", "Bibliography", "Literaturverzeichnis", "Ibid.", "Ebd., S. 12.", "Related posts",
    "Share this article on Twitter", "Cited by 12", "Google Scholar", "See also chapter 3.", "Op. cit., p. 45.",
    "1.", "[12]", "", "   ", "Références bibliographiques", "Bibliografía", "参考文献", "Список литературы",
    "Accessed 12 March 2020.", "This work was supported by grant 123 of the NSF.", "Download PDF",
    "Table 2. Results of the survey (n = 120).", "* * *", "https://example.org/paper.pdf",
)


def snapshot_inputs() -> list[str]:
    """The fixed, varied inputs of ``--snapshot`` (deterministic: same files, same list)."""
    out: list[str] = []
    for name in ("test-anystyle.jsonl", "test-grobid.jsonl"):
        out += [r["text"] for r in _jsonl(ROOT / "training" / name)]
    dev = [r["text"] for r in _jsonl(ROOT / "training" / "dev.jsonl")]
    out += dev[:1400]
    for name in ("multilingual-dev.jsonl", "multilingual-dev-2.jsonl", "multilingual-dev-3.jsonl"):
        out += [r["text"] for r in _jsonl(ROOT / "bench" / "data" / name)]
    base = out[:]
    # glued by hand: two neighbours on one line, with and without an entry number
    for i in range(0, min(len(base), 2400), 12):
        a, b = base[i], base[(i * 7 + 5) % len(base)]
        out.append(f"{a} {b}" if i % 24 else f"{a} {i // 12 + 2}. {b}")
    out += list(_NON_REFERENCES)
    # damage: lost spaces after full stops, line breaks, all caps, no-break spaces, non-ASCII punctuation
    for i in range(3, min(len(base), 2400), 8):
        t = base[i]
        k = i // 8 % 5
        if k == 0:
            t = t.replace(". ", ".")
        elif k == 1:
            t = t.replace(", ", ",\n", 2)
        elif k == 2:
            t = t.upper()
        elif k == 3:
            t = t.replace(" ", "\u00a0", 3).replace("-", "\u2011")
        else:
            t = t[: len(t) // 2]
        out.append(t)
    return out


def _snapshot(path: Path) -> int:
    import refnorm
    from refnorm.parsing.api import _clean
    from refnorm.parsing.labeler import default_labeler
    from refnorm.parsing.tokens import tokenize

    inputs = snapshot_inputs()
    if not inputs:
        print("skipped: training/*.jsonl absent")
        return 0
    lab = default_labeler()
    c0 = time.process_time()
    with path.open("w", encoding="utf-8") as f:
        for i, t in enumerate(inputs):
            refs = refnorm.parse(t)
            cleaned, _ = _clean(t)
            toks = tokenize(cleaned)
            lb = lab.label(cleaned, toks) if toks and len(t) <= 20_000 else None
            row = {
                "i": i, "text": t, "n": len(refs),
                "labels": lb.labels if lb else None,
                "probability": round(lb.probability, 9) if lb else None,
                "refs": [r.to_dict() for r in refs],
            }
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(inputs)} inputs -> {path} ({time.process_time() - c0:.1f}s CPU)")
    return 0


def _compare(a: Path, b: Path, show: int = 10) -> int:
    ra, rb = _jsonl(a), _jsonl(b)
    if len(ra) != len(rb):
        print(f"different lengths: {len(ra)} vs {len(rb)}")
    diffs = 0
    for x, y in zip(ra, rb, strict=False):
        if x == y:
            continue
        diffs += 1
        if diffs <= show:
            keys = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
            print(f"--- input {x['i']}: {x['text'][:120]!r} differs in {keys}")
            for k in keys:
                print(f"  A {k}: {json.dumps(x.get(k), ensure_ascii=False)[:400]}")
                print(f"  B {k}: {json.dumps(y.get(k), ensure_ascii=False)[:400]}")
    print(f"{diffs} of {min(len(ra), len(rb))} inputs differ" if diffs else f"identical ({len(ra)} inputs)")
    return 1 if diffs or len(ra) != len(rb) else 0


def _load_other(src: Path) -> dict:
    """The ``refnorm`` modules of another checkout, imported beside this one's (``sys.modules`` swapped)."""
    import importlib

    import refnorm.parsing.api  # noqa: F401  (this checkout's modules first)

    mine = {k: v for k, v in sys.modules.items() if k == "refnorm" or k.startswith("refnorm.")}
    for k in mine:
        del sys.modules[k]
    sys.path.insert(0, str(src))
    try:
        importlib.import_module("refnorm.parsing.api")
        other = {k: v for k, v in sys.modules.items() if k == "refnorm" or k.startswith("refnorm.")}
    finally:
        sys.path.remove(str(src))
        for k in [k for k in sys.modules if k == "refnorm" or k.startswith("refnorm.")]:
            del sys.modules[k]
        sys.modules.update(mine)
    return other


def _against(refs: list[str], other_dir: Path, chunk: int = 200, rounds: int = 2) -> int:
    """Alternate chunks of ``refs`` between this checkout's ``parse`` and ``other_dir``'s: CPU rates, ratio.

    The first round meets most token texts for the first time (the per-text feature caches fill, as in
    one pass over a long list); later rounds find them cached. Besides the totals it prints each
    round's ratio and, over the later rounds, the ratio of the sums of each chunk's best time (the
    least disturbed by other processes on a shared machine)."""
    src = other_dir / "src"
    if not (src / "refnorm" / "parsing" / "api.py").exists():
        print(f"no refnorm package under {src}")
        return 2
    import refnorm.parsing.api as mine_api

    mine = {k: v for k, v in sys.modules.items() if k == "refnorm" or k.startswith("refnorm.")}
    other = _load_other(src)
    sides = {"this": (mine, mine_api.parse), "other": (other, other["refnorm.parsing.api"].parse)}

    def use(name: str):
        mods, fn = sides[name]
        sys.modules.update(mods)  # lazy imports inside either copy find its own modules
        return fn

    for name in sides:  # warm up: models loaded, lazy imports done
        fn = use(name)
        for t in refs[:300]:
            fn(t)
    pc = time.process_time
    nchunks = (len(refs) + chunk - 1) // chunk
    times = {name: [[0.0] * nchunks for _ in range(rounds)] for name in sides}
    same = True
    for r in range(rounds):
        for k in range(0, len(refs), chunk):
            part = refs[k:k + chunk]
            order = ("this", "other") if (k // chunk + r) % 2 else ("other", "this")
            outs = {}
            for name in order:
                fn = use(name)
                c0 = pc()
                outs[name] = [fn(t) for t in part]
                times[name][r][k // chunk] = pc() - c0
            if r == 0 and any([x.to_dict() for x in a] != [x.to_dict() for x in b]
                              for a, b in zip(outs["this"], outs["other"], strict=True)):
                same = False
    use("this")
    cpu = {name: sum(map(sum, t)) for name, t in times.items()}
    n = len(refs) * rounds
    per_round = ", ".join(f"round {r + 1} {sum(times['other'][r]) / sum(times['this'][r]):.3f}x"
                          for r in range(rounds))
    line = (f"same process, alternating chunks of {chunk}, {rounds} rounds over {len(refs)} references: "
            f"this {n / cpu['this']:,.0f} references/CPU-s, {other_dir} {n / cpu['other']:,.0f} references/CPU-s; "
            f"ratio {cpu['other'] / cpu['this']:.3f}x ({per_round}")
    if rounds > 2:
        best = {name: sum(min(t[r][c] for r in range(1, rounds)) for c in range(nchunks)) for name, t in times.items()}
        line += f"; later rounds, best of each chunk: {best['other'] / best['this']:.3f}x"
    print(line + f"); outputs {'identical' if same else 'DIFFER'}")
    return 0


def _against_stage(refs: list[str], other_dir: Path, stage: str, rounds: int, chunk: int = 50) -> int:
    """``--stage``: one function of both checkouts replayed on the arguments this checkout's ``parse`` gave it."""
    src = other_dir / "src"
    if not (src / "refnorm" / "parsing" / "api.py").exists():
        print(f"no refnorm package under {src}")
        return 2
    import importlib

    module, _, name = stage.partition(":")
    module = "refnorm." + module.removeprefix("refnorm.")
    import refnorm.parsing.api as mine_api

    importlib.import_module(module)
    mine = {k: v for k, v in sys.modules.items() if k == "refnorm" or k.startswith("refnorm.")}
    other = _load_other(src)
    sys.modules.update(other)
    other[module] = importlib.import_module(module)
    sys.modules.update(mine)
    fn_mine, fn_other = getattr(mine[module], name), getattr(other[module], name)
    calls: list[tuple[tuple, dict]] = []

    def record(*a: object, **k: object) -> object:
        calls.append((a, k))
        return fn_mine(*a, **k)

    # every module of this checkout that imported the function by name calls the recorder while the references parse
    holders = [m for m in mine.values() if getattr(m, name, None) is fn_mine]
    for m in holders:
        setattr(m, name, record)
    try:
        for t in refs:
            mine_api.parse(t)
    finally:
        for m in holders:
            setattr(m, name, fn_mine)
    if not calls:
        print(f"{stage}: never called while parsing")
        return 2
    sides = {"this": (mine, fn_mine), "other": (other, fn_other)}
    outs: dict[str, list[str]] = {}
    for side, (mods, fn) in sides.items():  # warm up, and compare what the two return
        sys.modules.update(mods)
        outs[side] = [repr(fn(*a, **k)) for a, k in calls]
    pc = time.process_time
    nchunks = (len(calls) + chunk - 1) // chunk
    best = {side: [float("inf")] * nchunks for side in sides}
    for r in range(rounds):
        for c in range(nchunks):
            part = calls[c * chunk:(c + 1) * chunk]
            for side in ("this", "other") if (c + r) % 2 else ("other", "this"):
                mods, fn = sides[side]
                sys.modules.update(mods)
                c0 = pc()
                for a, k in part:
                    fn(*a, **k)
                best[side][c] = min(best[side][c], pc() - c0)
    sys.modules.update(mine)
    this, that = sum(best["this"]), sum(best["other"])
    same = "equal" if outs["this"] == outs["other"] else "DIFFER"
    print(f"{stage}: {len(calls)} calls over {len(refs)} references, chunks of {chunk} alternating, min of {rounds} "
          f"rounds (process time): this {this / len(refs) * 1e6:.1f} us a reference, {other_dir} "
          f"{that / len(refs) * 1e6:.1f}; ratio {that / this:.3f}x; return values {same}")
    return 0


class _TimedPattern:
    """A compiled pattern whose methods add their time and calls to ``totals[name]`` (see :func:`_patterns`)."""

    __slots__ = ("_name", "_pattern", "_totals")

    def __init__(self, pattern: Any, name: str, totals: dict[str, list[float]]) -> None:
        self._pattern, self._name, self._totals = pattern, name, totals

    def __getattr__(self, attr: str) -> Any:
        method = getattr(self._pattern, attr)
        if not callable(method):
            return method
        cell = self._totals.setdefault(self._name, [0.0, 0])
        clock = time.perf_counter

        def timed(*a: Any, **k: Any) -> Any:
            t0 = clock()
            try:
                return method(*a, **k)
            finally:
                cell[0] += clock() - t0
                cell[1] += 1
        return timed


def _patterns(refs: list[str], top: int = 40) -> int:
    """Every module-level compiled pattern of ``refnorm.parsing`` and ``refnorm.normalizers`` timed inside ``parse``
    over ``refs``: the patterns a cheap pre-test could skip are those near the top with about one call a reference.
    The wrapper adds its own cost (printed) to every call; read the order and the calls, not the absolute times."""
    import importlib
    import pkgutil
    import re

    import refnorm.normalizers
    import refnorm.parsing
    from refnorm.parsing.api import parse

    totals: dict[str, list[float]] = {}
    for pkg in (refnorm.parsing, refnorm.normalizers):
        for info in pkgutil.iter_modules(pkg.__path__):
            mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
            for name, value in list(vars(mod).items()):
                if isinstance(value, re.Pattern) or type(value).__name__ == "Pattern":  # (and the regex module's)
                    setattr(mod, name, _TimedPattern(value, f"{info.name}.{name}", totals))
    for t in refs[:50]:
        parse(t)
    totals.clear()
    c0 = time.perf_counter()
    for t in refs:
        parse(t)
    total = time.perf_counter() - c0
    # what the wrapper adds inside its own clock: a trivial search timed wrapped and bare
    probe_totals: dict[str, list[float]] = {}
    bare = re.compile("x").search
    probe = _TimedPattern(re.compile("x"), "probe", probe_totals).search
    c0 = time.perf_counter()
    for _ in range(20_000):
        bare("abc")
    plain = time.perf_counter() - c0
    for _ in range(20_000):
        probe("abc")
    wrapper = max(0.0, (probe_totals["probe"][0] - plain) / 20_000)
    n = len(refs)
    spent = sum(v[0] for v in totals.values())
    print(f"{n} references, {total / n * 1e6:.0f} us each (wall, patterns wrapped); inside pattern methods "
          f"{spent / n * 1e6:.0f} us in {sum(v[1] for v in totals.values()) / n:.0f} calls a reference "
          f"(the wrapper adds ~{wrapper * 1e6:.1f} us a call around the time it measures)")
    for name, (t, calls) in sorted(totals.items(), key=lambda kv: -kv[1][0])[:top]:
        print(f"  {name:45s} {t / n * 1e6:7.2f} us  {calls / n:6.2f} calls a reference")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--snapshot", type=Path, metavar="FILE", help="write the parse output of the fixed inputs")
    ap.add_argument("--baseline", action="store_true",
                    help="also parse every reference with python-crfsuite's Tagger.set engine, for a same-process ratio")
    ap.add_argument("--compare", type=Path, nargs=2, metavar=("A", "B"), help="print where two snapshots differ")
    ap.add_argument("--against", type=Path, metavar="DIR",
                    help="same-process ratio against the package in DIR/src (another checkout)")
    ap.add_argument("--rounds", type=int, default=2, help="passes over the references with --against (default 2)")
    ap.add_argument("--stage", metavar="MODULE:FUNCTION",
                    help="with --against: time this function alone (e.g. parsing.fields:record_from_segments)")
    ap.add_argument("--patterns", action="store_true",
                    help="time every module-level regex of parsing/ and normalizers/ inside parse (--n references)")
    args = ap.parse_args()
    if args.snapshot:
        return _snapshot(args.snapshot)
    if args.compare:
        return _compare(*args.compare)
    baseline = args.baseline
    refs = texts(args.n)
    if not refs:
        print("skipped: training/*.jsonl absent")
        return 0
    if args.patterns:
        return _patterns(refs)
    if args.against and args.stage:
        return _against_stage(refs, args.against, args.stage, rounds=args.rounds)
    if args.against:
        return _against(refs, args.against, rounds=args.rounds)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    t0 = time.perf_counter()
    import refnorm
    from refnorm.normalizers.unicode import clean_with_offsets
    from refnorm.parsing.features import sequence_features
    from refnorm.parsing.labeler import Labeler, default_labeler
    from refnorm.parsing.tokens import tokenize

    # in a user's order: the first parse imports the parser's modules, then loads the model (loading the model
    # first, which no user path does, left the compiler's memory of those imports, freed but still resident,
    # beside the model's: 11 MB more peak RSS when no .pyc is at hand)
    refnorm.parse("Smith J. Warm-up. Nature. 2019;5:1-10.")
    lab = default_labeler()  # the model that parse loaded
    load = time.perf_counter() - t0

    t0 = time.perf_counter()
    c0 = time.process_time()
    n_out = 0
    for t in refs:
        n_out += len(refnorm.parse(t))
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the stage pass keeps arrays

    # stage shares, on a second pass (caches warm, as in a long-running process); CPU seconds
    pc = time.process_time
    c0 = pc()
    cleaned = [clean_with_offsets(t)[0] for t in refs]
    toks = [tokenize(t) for t in cleaned]
    t_tok = pc() - c0
    direct = lab._direct
    if direct is not None:  # the encoder's first sight of every token text (its caches emptied)
        direct.encoder.clear_cache()
        c0 = pc()
        for t, k in zip(cleaned, toks, strict=True):
            direct.encoder.sequence(t, k)
        t_cold = pc() - c0
    c0 = pc()
    feats = [sequence_features(t, k) for t, k in zip(cleaned, toks, strict=True)]
    t_feat = pc() - c0
    if direct is not None:  # what parse runs: features straight to attribute records, then the CRF on them
        c0 = pc()
        records = [direct.encoder.sequence(t, k) for t, k in zip(cleaned, toks, strict=True)]
        t_enc = pc() - c0
        c0 = pc()
        for r in records:
            if r:
                direct.tag_records(r)
        t_rec = pc() - c0
    crf = {}
    labelers = {lab.engine: lab}
    if direct is not None and direct.dense:  # the same direct engine with crfsuite's own state scores
        labelers["direct-crfsuite"] = Labeler(lab._path, engine="direct-crfsuite")
    if lab.engine != "pycrfsuite":
        labelers["pycrfsuite"] = Labeler(lab._path, engine="pycrfsuite")
    for _ in range(2):  # alternate, twice: the second round is the figure (both warm)
        for name, lb in labelers.items():
            c0 = pc()
            for x in feats:
                lb.tag_features(x)  # labels and the sequence probability, as parse needs them
            crf[name] = pc() - c0

    model = ROOT / "src" / "refnorm" / "data" / "labeler.crfsuite"
    n = len(refs)
    print(f"{n} references -> {n_out} records in {total:.2f}s wall, {cpu:.2f}s CPU: "
          f"{n / total:,.0f} references/s wall, {n / cpu:,.0f} references/s per CPU-second "
          f"(one core; CPU time is the fair figure on a shared machine); model load + first parse {load:.2f}s; "
          f"CRF engine: {lab.engine_note}")
    crf_txt = ", ".join(f"{k} {v / n * 1e3:.3f} ms" for k, v in crf.items())
    print(f"second pass by stage (CPU): clean+tokenize {t_tok / n * 1e3:.3f} ms, features "
          f"{t_feat / n * 1e3:.3f} ms, CRF tag+probability {crf_txt} per reference"
          + (f" (direct {crf['pycrfsuite'] / crf['direct']:.2f}x faster)" if "direct" in crf else "")
          + (f"; direct with numpy's state scores {crf['direct-crfsuite'] / crf['direct']:.2f}x faster than with crfsuite's"
             if "direct-crfsuite" in crf else ""))
    if direct is not None:
        print(f"parse's own path (second pass, CPU): features as attribute records {t_enc / n * 1e3:.3f} ms + CRF "
              f"on them {t_rec / n * 1e3:.3f} ms = {(t_enc + t_rec) / n * 1e3:.3f} ms per reference (the strings path "
              f"above, features + direct CRF: {(t_feat + crf['direct']) / n * 1e3:.3f} ms); features as attribute "
              f"records on a first pass, every token text new to the encoder: {t_cold / n * 1e3:.3f} ms")
    print(f"peak RSS {peak:.0f} MB after parsing all references (interpreter and the input texts before import: "
          f"{rss0:.0f} MB); model {model.stat().st_size / 1e6:.1f} MB")
    if baseline:
        # whole parse, both engines in this process: alternate chunks of the same references
        other = labelers.get("pycrfsuite")
        cpu_by = {lab.engine: 0.0, "pycrfsuite": 0.0}
        for k in range(0, n, 250):
            for name, lb in ((lab.engine, lab), ("pycrfsuite", other)) if (k // 250) % 2 else (
                    ("pycrfsuite", other), (lab.engine, lab)):
                c0 = pc()
                for t in refs[k:k + 250]:
                    refnorm.parse(t, labeler=lb)
                cpu_by[name] += pc() - c0
        print("whole parse, same references, same process: " + ", ".join(
            f"{k} {n / v:,.0f} references/CPU-s" for k, v in cpu_by.items())
              + f"; ratio {cpu_by['pycrfsuite'] / cpu_by[lab.engine]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
