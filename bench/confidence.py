#!/usr/bin/env python3
"""Is `parse`'s confidence worth a threshold? How well candidate scores separate records with a
wrong core field from right ones, on data the labeler was not trained on.

    nice python bench/confidence.py [--limit N] [--fit]

Sets: ``training/dev.jsonl`` (held out of training: the calibration set), the AnyStyle split test
and GROBID evaluation sets (``training/test-*.jsonl``), and the hand-written multilingual dev set
(``bench/data/multilingual-dev*.jsonl``). A record is *wrong* when the team scorer
(``../shared/tools/score_references.py``) finds any core field wrong, missing or extra; only lines
that hold one gold reference and parse to one reference count.

Candidate scores, per record: ``seq`` (the CRF's probability of the whole labelling: falls with
length), ``geo`` (its per-token geometric mean), ``min`` / ``mean`` (of the per-token marginals of
the chosen labels), ``low`` (1 - the share of tokens whose marginal is under 0.9), and ``calibrated``
(a logistic model of ``geo``, ``min``, ``mean``, ``low`` fitted on ``training/dev.jsonl`` only;
``--fit`` prints the coefficients that :mod:`refnorm.parsing.api` carries). For each: AUC, and for
the thresholds 0.3-0.8 the share of records kept and the share of the kept ones that are right.

``--fix STYLE`` measures what `refnorm fix` would write instead: each line is fixed alone (offline,
no enrichment, every guard on but the confidence threshold), and an entry it rewrites counts as
*right* when the rewrite equals the gold record rendered in the same style. Per confidence band:
how many entries `fix` would rewrite and how many of those rewrites are right. The threshold of
`fix` (``min_confidence``) is chosen from this table.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from accuracy import scorer  # noqa: E402  (the team scorer, loaded one way)
from refnorm.parsing import api  # noqa: E402
from refnorm.parsing.corpus import load, token_labels  # noqa: E402
from refnorm.parsing.labeler import default_labeler  # noqa: E402

SHARED = ROOT / ".." / "shared"
SCORES = ("seq", "geo", "min", "mean", "low", "calibrated")


def _gold_of_example(ex, sc):
    sys.path.insert(0, str(ROOT / "bench"))
    from accuracy import gold_record

    toks, gold = token_labels(ex)
    return gold_record(ex, toks, gold) if toks else None


def rows_of(name: str, limit: int, sc) -> list[tuple[str, dict, str | None]]:
    """(text, gold record, lang) for the one-reference lines of a set."""
    out = []
    if name == "multilingual":
        for p in sorted((ROOT / "bench" / "data").glob("multilingual-dev*.jsonl")):
            for line in p.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if isinstance(row["gold"], dict):
                    out.append((row["text"], row["gold"], row.get("lang")))
        return out[:limit] if limit else out
    path = ROOT / "training" / {"dev": "dev.jsonl", "anystyle": "test-anystyle.jsonl",
                                "grobid": "test-grobid.jsonl"}[name]
    for ex in load(path, "refnorm"):
        if limit and len(out) >= limit:
            break
        gold = _gold_of_example(ex, sc)
        if gold and len(gold) == 1:
            out.append((ex.text, gold[0], ex.lang))
    return out


def features(text: str, lang: str | None) -> tuple[list, dict[str, float]] | None:
    refs = api.parse(text, lang)
    if len(refs) != 1:
        return None
    return refs, api.confidence_features(text)


def auc(pairs: list[tuple[float, bool]]) -> float:
    pos = sorted(c for c, ok in pairs if ok)
    neg = [c for c, ok in pairs if not ok]
    if not pos or not neg:
        return float("nan")
    wins = sum(bisect.bisect_left(pos, c) for c in neg)
    ties = sum(bisect.bisect_right(pos, c) - bisect.bisect_left(pos, c) for c in neg)
    return 1 - (wins + 0.5 * ties) / (len(pos) * len(neg))


def fit(xs: list[list[float]], ys: list[bool]) -> list[float]:
    """Logistic regression by Newton's method (a few features, no library needed); L2 0.01."""
    import numpy as np

    x = np.column_stack([np.ones(len(xs)), np.array(xs)])
    y = np.array(ys, dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        g = x.T @ (p - y) + 0.01 * w
        h = (x.T * (p * (1 - p))) @ x + 0.01 * np.eye(len(w))
        w -= np.linalg.solve(h, g)
    return [round(float(v), 4) for v in w]


def fix_table(name: str, limit: int, sc, style: str) -> None:
    """What `fix` writes, by confidence band, and how often it is the gold record's rendering."""
    import re
    import tempfile

    from refnorm import normalize
    from refnorm.fix import FIXED, fix_text
    from refnorm.model import Reference
    from refnorm.rendering.api import render_entries

    ws = re.compile(r"\s+")
    bands = [(0.0, 0.2), (0.2, 0.3), (0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)]
    table = {b: [0, 0, 0] for b in bands}  # entries, rewritten, rewrites right
    with tempfile.TemporaryDirectory() as cache:
        for text, gold, lang in rows_of(name, limit, sc):
            res = fix_text(text.replace("\n", " "), format="text", style=style, locale="en-US", offline=True,
                           cache_dir=cache, min_confidence=0.0, cache=False)
            if len(res.items) != 1 or not res.items[0].references:
                continue
            it = res.items[0]
            conf = min(r.confidence or 0.0 for r in it.references)
            band = next(b for b in bands if b[0] <= conf < b[1])
            table[band][0] += 1
            if it.status != FIXED:
                continue
            table[band][1] += 1
            ref = normalize([Reference.from_csl(gold, source="gold")], lang=lang)[0]
            want = render_entries([ref], style=style, locale="en-US", format="text", number=False)[0]
            same = ws.sub(" ", " ".join(it.after)).strip() == ws.sub(" ", want or "").strip()
            table[band][2] += same
            if not same and os.environ.get("SHOW"):
                print(f"   [{conf:.2f}] {text}\n      fix:  {' '.join(it.after)}\n      gold: {want}")
    print(f"== {name}: `fix --style {style}` rewrites, by confidence band (rewrite == gold rendering)")
    for (lo, hi), (n, w, ok) in table.items():
        print(f"   {lo:.1f}-{min(hi, 1.0):.1f}: {n:4d} entries, {w:4d} rewritten, {ok / w if w else 0:5.0%} of them right")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        w = sum(v[1] for (lo, _), v in table.items() if lo >= t)
        ok = sum(v[2] for (lo, _), v in table.items() if lo >= t)
        print(f"   threshold {t}: {w} rewrites, {ok / w if w else 0:.1%} right")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--sets", default="dev,anystyle,grobid,multilingual")
    ap.add_argument("--fit", action="store_true", help="fit the calibrated score on the dev set and print it")
    ap.add_argument("--fix", metavar="STYLE", help="measure what `fix` writes in STYLE instead")
    args = ap.parse_args()
    sc = scorer()
    if sc is None:
        print(f"skipped: the shared scorer is not at {SHARED / 'tools'}")
        return 0
    default_labeler()
    if args.fix:
        for name in args.sets.split(","):
            fix_table(name, args.limit, sc, args.fix)
        return 0
    for name in args.sets.split(","):
        data = []
        for text, gold, lang in rows_of(name, args.limit, sc):
            got = features(text, lang)
            if got is None:
                continue
            refs, f = got
            cmp = sc.compare_records(gold, refs[0].to_csl())
            ok = all(v == "tp" for k, v in cmp.items() if k in sc.CORE) and not any(
                v == "fp" for k, v in cmp.items() if k in sc.CORE)
            f["calibrated"] = refs[0].confidence or 0.0
            data.append((f, ok))
        if not data:
            continue
        right = sum(ok for _, ok in data)
        print(f"== {name}: {len(data)} records, {right / len(data):.1%} with every core field right")
        if args.fit and name == "dev":
            keys = list(api.CALIBRATION_FEATURES)
            w = fit([[f[k] for k in keys] for f, _ in data], [ok for _, ok in data])
            print(f"   fitted on {name}: intercept {w[0]}, " + ", ".join(f"{k} {v}" for k, v in zip(keys, w[1:],
                                                                                                    strict=True)))
        for s in SCORES:
            pairs = [(f[s], ok) for f, ok in data]
            cells = []
            for t in (0.3, 0.5, 0.7, 0.8):
                kept = [ok for c, ok in pairs if c >= t]
                cells.append(f"≥{t}: keeps {len(kept) / len(pairs):4.0%}, {sum(kept) / len(kept) if kept else 0:4.0%} right")
            print(f"   {s:10} AUC {auc(pairs):.3f}   " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
