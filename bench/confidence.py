#!/usr/bin/env python3
"""Is `parse`'s confidence worth a threshold? How well it separates records with a wrong core field from
right ones, on data the labeler was not trained on, and on data the confidence model was not fitted on.

    nice python bench/confidence.py [--sets dev,ml-fit,ml-held,anystyle,grobid] [--limit N] [--against DIR]
    nice python bench/confidence.py --fit          # refit: writes src/refnorm/data/confidence.json
    nice python bench/confidence.py --fix vancouver --sets ml-held,anystyle,grobid --against DIR

Sets: ``dev`` (``training/dev.jsonl``, held out of the labeler's training), ``ml-fit`` (the multilingual
dev files ``bench/data/multilingual-dev.jsonl`` .. ``-23``), ``ml-held`` (``multilingual-dev-24`` and every
later file), ``anystyle`` and ``grobid`` (the AnyStyle split test and GROBID evaluation sets,
``training/test-*.jsonl``). **The model is fitted on dev and ml-fit only**; ml-held, anystyle and grobid
judge it. A record is *right* when the team scorer (``../shared/tools/score_references.py``) finds every
core field right and none extra; lines whose gold and parse hold the same number of references count (a
glued line's pieces paired in order).

Scores compared per record: ``model`` (what ``parse`` gives: the logistic model over
:func:`refnorm.parsing.confidence.evidence`), ``p-refit`` (one number, the labeler's probability, calibrated on
the same fit sets: the gain a refit alone would give) and, with ``--against DIR``, ``before``: the confidence
``parse`` gives in another copy of the package (``DIR/src/refnorm``, e.g. this tree with the previous
``parsing/api.py``; imported beside this one, ``sys.modules`` swapped as ``bench/speed.py --against`` does).
For each: AUC of "every core field right", and at the thresholds 0.5 / 0.7 / 0.8 the records kept and the
share of those that are right.

``--fit`` fits the model by Newton's method (L2 on all but the intercept, its strength the one of 0.1 /
0.3 / 1 / 3 with the least 5-fold log loss on the fit sets, the strongest on a tie; 50 iterations:
deterministic) and writes its weights to ``src/refnorm/data/confidence.json``.

``--fix STYLE`` measures what `refnorm fix` would write: each line is fixed alone (offline, no enrichment,
every guard on but the confidence threshold) by this tree, with this tree's confidence and (``--against``)
the other copy's confidence of the same references; an entry it rewrites counts as *right* when the
rewrite equals the gold record rendered in the same style
(strict: gold annotation conventions count against it, so compare the two columns, not absolute levels).
Per confidence band and at the thresholds, how many entries `fix` would rewrite and how many of those are
right. ``SHOW=1`` prints the rewrites that differ from the gold rendering.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from refnorm.parsing import api, confidence  # noqa: E402
from refnorm.parsing.confidence import FEATURES  # noqa: E402

SHARED = ROOT / ".." / "shared"
FIT_SETS = ("dev", "ml-fit")
MODEL_PATH = ROOT / "src" / "refnorm" / "data" / confidence.MODEL_FILE
L2_GRID = (0.1, 0.3, 1.0, 3.0)
FOLDS = 5
THRESHOLDS = (0.5, 0.7, 0.8)


def _ml_number(path: Path) -> int:
    m = re.search(r"multilingual-dev-?(\d*)\.jsonl$", path.name)
    return int(m.group(1) or 1) if m else 0


def lines_of(name: str, limit: int = 0) -> list[tuple[str, list[dict], str | None]]:
    """(text, gold records, lang) of a set's reference lines (non-references left out)."""
    out: list[tuple[str, list[dict], str | None]] = []
    if name.startswith("ml-"):
        for p in sorted((ROOT / "bench" / "data").glob("multilingual-dev*.jsonl"), key=_ml_number):
            if (_ml_number(p) < 24) != (name == "ml-fit"):
                continue
            for line in p.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                gold = row["gold"]
                if gold:
                    out.append((row["text"], gold if isinstance(gold, list) else [gold], row.get("lang")))
        return out[:limit] if limit else out
    from accuracy import gold_record
    from refnorm.parsing.corpus import load, token_labels

    path = ROOT / "training" / {"dev": "dev.jsonl", "anystyle": "test-anystyle.jsonl",
                                "grobid": "test-grobid.jsonl"}[name]
    for ex in load(path, "refnorm"):
        if limit and len(out) >= limit:
            break
        toks, labels = token_labels(ex)
        gold = gold_record(ex, toks, labels) if toks else None
        if gold:
            out.append((ex.text, gold, ex.lang))
    return out


def is_right(sc, gold: dict, got: dict) -> bool:
    cmp = sc.compare_records(gold, got)
    return all(v == "tp" for k, v in cmp.items() if k in sc.CORE) and not any(
        v == "fp" for k, v in cmp.items() if k in sc.CORE)


class Other:
    """Another copy of the refnorm package's parser, imported beside this one: ``call(fn, ...)`` runs one of
    its functions with its own modules in ``sys.modules`` (lazy imports inside it find its copies)."""

    def __init__(self, root: Path) -> None:
        import importlib

        src = root / "src"
        if not (src / "refnorm" / "parsing" / "api.py").exists():
            raise SystemExit(f"no refnorm package under {src}")
        import refnorm.parsing.api  # noqa: F401  (this tree's modules first)

        def ours() -> dict:
            return {k: v for k, v in sys.modules.items() if k == "refnorm" or k.startswith("refnorm.")}

        self.mine = ours()
        for k in self.mine:
            del sys.modules[k]
        sys.path.insert(0, str(src))
        try:
            self.api = importlib.import_module("refnorm.parsing.api")
            self.theirs = ours()
        finally:
            sys.path.remove(str(src))
            for k in list(ours()):
                del sys.modules[k]
            sys.modules.update(self.mine)

    def call(self, fn, *args, **kwargs):
        sys.modules.update(self.theirs)
        try:
            return fn(*args, **kwargs)
        finally:
            sys.modules.update(self.mine)


def records(name: str, sc, limit: int = 0, other: Other | None = None
            ) -> Iterator[tuple[dict[str, float], float, bool, float | None]]:
    """(evidence, parse's confidence, every core field right, the other copy's confidence) for each
    paired record of a set (the other's None without ``other`` or when its records differ)."""
    for text, gold, lang in lines_of(name, limit):
        refs = api.parse(text, lang)
        if len(refs) != len(gold):
            continue
        trace = api.confidence_features(text, lang)
        theirs = other.call(other.api.parse, text, lang) if other else []
        same = len(theirs) == len(refs) and all(a.to_csl() == b.to_csl() for a, b in zip(theirs, refs, strict=True))
        for i, (g, ref, f) in enumerate(zip(gold, refs, trace, strict=True)):
            yield f, ref.confidence or 0.0, is_right(sc, g, ref.to_csl()), theirs[i].confidence if same else None


def auc(pairs: Sequence[tuple[float, bool]]) -> float:
    pos = sorted(c for c, ok in pairs if ok)
    neg = [c for c, ok in pairs if not ok]
    if not pos or not neg:
        return float("nan")
    wins = sum(bisect.bisect_left(pos, c) for c in neg)
    ties = sum(bisect.bisect_right(pos, c) - bisect.bisect_left(pos, c) for c in neg)
    return 1 - (wins + 0.5 * ties) / (len(pos) * len(neg))


def fit(xs: Sequence[Sequence[float]], ys: Sequence[bool], l2: float = 1.0) -> list[float]:
    """Logistic regression by Newton's method: [intercept, weight per column].

    L2 ``l2`` on every weight but the intercept, in the columns' own units (the features are shares,
    flags and counts of about unit scale: a rare flag cannot take a huge weight from a handful of
    records); 50 Newton steps from zero, so the same data gives the same weights."""
    import numpy as np

    x = np.column_stack([np.ones(len(xs)), np.array(xs, dtype=float)])
    y = np.array(ys, dtype=float)
    w = np.zeros(x.shape[1])
    pen = np.full(len(w), l2)
    pen[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -60, 60)))
        g = x.T @ (p - y) + pen * w
        h = (x.T * (p * (1 - p))) @ x + np.diag(pen) + 1e-9 * np.eye(len(w))
        w -= np.linalg.solve(h, g)
    return [float(v) for v in w]


def cross_validated_l2(xs: Sequence[Sequence[float]], ys: Sequence[bool]) -> tuple[float, dict[float, float]]:
    """The L2 strength of :data:`L2_GRID` with the least log loss over :data:`FOLDS` folds (record i in
    fold i mod FOLDS: deterministic), the strongest of those within 1e-4 of it (a tie must not flip with
    the last digit), and each strength's loss."""
    loss: dict[float, float] = {}
    for l2 in L2_GRID:
        total = 0.0
        for k in range(FOLDS):
            train = [i for i in range(len(xs)) if i % FOLDS != k]
            w = fit([xs[i] for i in train], [ys[i] for i in train], l2)
            for i in range(k, len(xs), FOLDS):
                p = _sigmoid(w[0] + sum(a * b for a, b in zip(w[1:], xs[i], strict=True)))
                total -= math.log(max(1e-12, p if ys[i] else 1 - p))
        loss[l2] = total / len(xs)
    best = min(loss.values())
    return max(k for k, v in loss.items() if v <= best + 1e-4), loss


def model_json(weights: Sequence[float], names: Sequence[str], note: dict) -> str:
    """The text of ``confidence.json`` (sorted, rounded: a refit on the same data writes the same bytes)."""
    data = {"intercept": round(weights[0], 4),
            "weights": {k: round(v, 4) for k, v in zip(names, weights[1:], strict=True)}, **note}
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _logp(features: dict[str, float]) -> float:
    """ln of the labeler's probability (of the tokens no rule relabelled), whatever the model reads."""
    return math.log(max(features["labeler_p"], 1e-12))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _cells(pairs: Sequence[tuple[float, bool]]) -> str:
    out = []
    for t in THRESHOLDS:
        kept = [ok for c, ok in pairs if c >= t]
        out.append(f"≥{t}: {len(kept):4d} kept, {sum(kept) / len(kept) if kept else 0:5.1%} right")
    return " | ".join(out)


def report(sets: Sequence[str], limit: int, sc, do_fit: bool, other: Other | None) -> int:
    data = {name: list(records(name, sc, limit, other)) for name in sets}
    fit_rows = [r for name in FIT_SETS for r in (data.get(name) or list(records(name, sc, limit)))]
    refit = fit([[_logp(r[0])] for r in fit_rows], [r[2] for r in fit_rows])
    if do_fit:
        xs, ys = [[r[0][k] for k in FEATURES] for r in fit_rows], [r[2] for r in fit_rows]
        l2, losses = cross_validated_l2(xs, ys)
        print(f"L2 by {FOLDS}-fold log loss on the fit sets: " + ", ".join(f"{k} {v:.5f}" for k, v in losses.items())
              + f" -> {l2}")
        w = fit(xs, ys, l2)
        note = {"fitted_on": f"{', '.join(FIT_SETS)}: {len(fit_rows)} records ({sum(ys)} right), L2 {l2}",
                "refit_with": "python bench/confidence.py --fit"}
        MODEL_PATH.write_text(model_json(w, FEATURES, note), encoding="utf-8")
        print(f"fitted on {len(fit_rows)} records of {', '.join(FIT_SETS)} -> {MODEL_PATH.relative_to(ROOT)}")
        print(f"   intercept {w[0]:+.4f} " + " ".join(f"{k} {v:+.4f}" for k, v in zip(FEATURES, w[1:], strict=True)))
        print(f"   one-number refit: sigmoid({refit[0]:.4f} + {refit[1]:.4f} ln P)")
        confidence._weights = None  # the new file, for this run's figures
        data = {name: list(records(name, sc, limit, other)) for name in sets}
    for name, rows in data.items():
        if not rows:
            continue
        right = sum(r[2] for r in rows)
        seen = " (fitted on)" if name in FIT_SETS else " (held out of the fit)"
        print(f"== {name}{seen}: {len(rows)} records, {right / len(rows):.1%} with every core field right")
        scores = {"model": [(r[1], r[2]) for r in rows],
                  "p-refit": [(_sigmoid(refit[0] + refit[1] * _logp(r[0])), r[2]) for r in rows]}
        if other is not None:
            both = [r for r in rows if r[3] is not None]
            if len(both) < len(rows):
                print(f"   ({len(rows) - len(both)} records differ from the other copy's: compared on the rest)")
            scores = {"before": [(r[3], r[2]) for r in both], "model": [(r[1], r[2]) for r in both],
                      "p-refit": scores["p-refit"]}
        for s, pairs in scores.items():
            print(f"   {s:8} AUC {auc(pairs):.3f}   {_cells(pairs)}")
    return 0


def fix_table(name: str, limit: int, sc, style: str, other: Other | None) -> None:
    """What `fix` writes, by confidence band: the model's (what `fix` read) and, with ``other``, the
    other copy's confidence of the same references (its ``parse`` of each reference's text: the rewrite
    itself does not depend on the confidence when the threshold is 0, and two copies of the renderer do
    not live in one process)."""
    import tempfile

    from refnorm import normalize
    from refnorm.fix import FIXED, fix_text
    from refnorm.model import Reference
    from refnorm.rendering.api import render_entries

    ws = re.compile(r"\s+")
    bands = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 1.01)]
    sides = ("before", "model") if other else ("model",)
    table = {which: {b: [0, 0, 0] for b in bands} for which in sides}  # entries, rewritten, rewrites right
    skipped = 0
    with tempfile.TemporaryDirectory() as cache:
        for text, gold, lang in lines_of(name, limit):
            if len(gold) != 1:
                continue
            res = fix_text(text.replace("\n", " "), format="text", style=style, locale="en-US", offline=True,
                           cache_dir=cache, min_confidence=0.0, cache=False)
            if len(res.items) != 1 or not res.items[0].references:
                continue
            it = res.items[0]
            confs = {"model": min(r.confidence or 0.0 for r in it.references)}
            if other is not None:
                theirs = [other.call(other.api.parse, r.raw, lang) for r in it.references]
                if any(len(t) != 1 or t[0].to_csl() != r.to_csl() for t, r in zip(theirs, it.references, strict=True)):
                    skipped += 1  # the other copy reads this reference otherwise: no like-for-like confidence
                    continue
                confs["before"] = min(t[0].confidence or 0.0 for t in theirs)
            same = None
            if it.status == FIXED:
                ref = normalize([Reference.from_csl(gold[0], source="gold")], lang=lang)[0]
                wanted = render_entries([ref], style=style, locale="en-US", format="text", number=False)[0]
                same = ws.sub(" ", " ".join(it.after)).strip() == ws.sub(" ", wanted or "").strip()
                if not same and os.environ.get("SHOW"):
                    print(f"   [{confs['model']:.2f}] {text}\n      fix:  {' '.join(it.after)}\n      gold: {wanted}")
            for which in sides:
                cell = table[which][next(b for b in bands if b[0] <= confs[which] < b[1])]
                cell[0] += 1
                if same is not None:
                    cell[1] += 1
                    cell[2] += same
    print(f"== {name}: `fix --style {style}` rewrites, by confidence band (right: the rewrite is the gold's rendering)")
    if skipped:
        print(f"   ({skipped} entries left out: the other copy parses them to other records)")
    for which, t in table.items():
        cells = [f"{lo:.1f}-{min(hi, 1.0):.1f}: {w:3d}/{n:3d} rewritten, {ok / w if w else 0:4.0%} right"
                 for (lo, hi), (n, w, ok) in t.items()]
        print(f"   {which:7} " + " | ".join(cells))
    for thr in THRESHOLDS:
        line = []
        for which, t in table.items():
            w = sum(v[1] for (lo, _), v in t.items() if lo >= thr)
            ok = sum(v[2] for (lo, _), v in t.items() if lo >= thr)
            line.append(f"{which} {w} rewrites, {ok} right ({ok / w if w else 0:.1%}), {w - ok} wrong")
        print(f"   at {thr}: " + "; ".join(line))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="at most N lines per set")
    ap.add_argument("--sets", default="dev,ml-fit,ml-held,anystyle,grobid")
    ap.add_argument("--fit", action="store_true", help="refit the model on dev and ml-fit, write it, report")
    ap.add_argument("--fix", metavar="STYLE", help="measure what `fix` writes in STYLE instead")
    ap.add_argument("--against", type=Path, metavar="DIR", help="'before': the package under DIR/src")
    args = ap.parse_args()
    from accuracy import scorer

    sc = scorer()
    if sc is None:
        print(f"skipped: the shared scorer is not at {SHARED / 'tools'}")
        return 0
    sets = [s for s in args.sets.split(",") if s]
    other = Other(args.against) if args.against else None
    if args.fix:
        for name in sets:
            fix_table(name, args.limit, sc, args.fix, other)
        return 0
    return report(sets, args.limit, sc, args.fit, other)


if __name__ == "__main__":
    raise SystemExit(main())
