#!/usr/bin/env python3
"""K-fold cross-validation of an AnyStyle-only labeler on AnyStyle's train + dev rows (never its test rows).

A quick, honest yardstick for feature and recipe ideas: a fold trains in about a minute, where the shipped
mixture takes a quarter of an hour, and no test set is read. Prints whitespace-token accuracy, field F1 and
whole references right per fold and on average (the units of ``bench/accuracy.py``).

    nice python scripts/cv_anystyle.py [--folds 3] [--iterations 100] [--c1 0.05] [--c2 0.01]
        [--param feature.minfreq=2 ...] [--algorithm lbfgs|ap|pa|arow|l2sgd] [--hook extra.py]

``--hook FILE`` names a Python file whose ``extra(text, tokens, features)`` returns each token's feature
list with experimental features added (training and tagging both get them, through python-crfsuite's own
tagger): a way to try a feature before writing it into both paths of ``features.py``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

import accuracy  # noqa: E402
import refnorm.parsing.labeler as labeler_module  # noqa: E402
import train as recipe  # noqa: E402
from refnorm.parsing.labeler import Labeler, train  # noqa: E402


def _train(xs: list, ys: list, model: Path, args: argparse.Namespace) -> None:
    """``labeler.train``, or python-crfsuite with the extra ``--param`` options and ``--algorithm``."""
    if not args.param and args.algorithm == "lbfgs":
        train(xs, ys, model, c1=args.c1, c2=args.c2, max_iterations=args.iterations)
        return
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    params: dict[str, object] = {"max_iterations": args.iterations, "feature.minfreq": 1,
                                 "feature.possible_transitions": True}
    if args.algorithm == "lbfgs":
        params.update({"c1": args.c1, "c2": args.c2})
    for spec in args.param:
        key, _, value = spec.partition("=")
        params[key] = float(value) if value.replace(".", "", 1).replace("e-", "", 1).isdigit() else value
    trainer.set_params(params)
    trainer.train(str(model))


def _install_hook(path: Path) -> None:
    """Route training's and tagging's feature strings through ``extra`` of the file at ``path``."""
    spec = importlib.util.spec_from_file_location("cv_hook", path)
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    base = recipe.sequence_features

    def features(text: str, tokens: list) -> list:
        return hook.extra(text, tokens, base(text, tokens))

    recipe.sequence_features = features
    labeler_module.sequence_features = features


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--iterations", type=int, default=100)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                    help="a crfsuite training parameter (feature.minfreq=2, feature.possible_states=1, ...)")
    ap.add_argument("--algorithm", default="lbfgs", choices=["lbfgs", "l2sgd", "ap", "pa", "arow"])
    ap.add_argument("--hook", type=Path, help="a file with extra(text, tokens, features): experimental features")
    args = ap.parse_args()
    if args.hook:
        _install_hook(args.hook)
    train_ex, dev_ex = recipe.datasets()
    rows = {e.id: e for e in train_ex + dev_ex if e.source == "anystyle"}  # one copy of each reference
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            t0 = time.time()
            fold = [e for i, e in rows.items() if zlib.crc32(i.encode()) % args.folds == k]
            rest = [e for i, e in rows.items() if zlib.crc32(i.encode()) % args.folds != k]
            xs, ys = recipe.featurize(rest + recipe.augment(rest, 0.03))
            model = Path(tmp) / f"fold{k}.crfsuite"
            _train(xs, ys, model, args)
            labeler = Labeler(model, engine="pycrfsuite" if args.hook else None)
            r = accuracy.evaluate(f"fold{k}", fold, labeler, None)
            results.append(r)
            print(f"fold {k}: {r['n']} references, ws-tok {r['ws_tok']:.2%} ws-F1 {r['ws_f1']:.2%} "
                  f"ref-ok {r['ref_ok']:.2%} ({time.time() - t0:.0f}s)", flush=True)
    n = sum(r["n"] for r in results)
    print(f"mean: ws-tok {sum(r['ws_tok'] for r in results) / len(results):.2%} "
          f"ws-F1 {sum(r['ws_f1'] for r in results) / len(results):.2%} "
          f"ref-ok {sum(r['ref_ok'] * r['n'] for r in results) / n:.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
