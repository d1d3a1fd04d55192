#!/usr/bin/env python3
"""Rebuild the field labeler's model, ``src/refnorm/data/labeler.crfsuite``.

Training data, first found wins:
- ``training/train.jsonl`` + ``training/dev.jsonl`` in the repository (the harmonised AnyStyle +
  GROBID + synthetic corpus, refnorm's span format); ``training/synth*.jsonl`` if present are added;
- otherwise ``../shared/data/anystyle/split/train.jsonl`` (a tenth held out as dev by id hash) and
  ``../shared/data/grobid-citation/corpus.jsonl``, mapped by :mod:`refnorm.parsing.corpus`.
References glued in pairs are added (3%) so the begin marker is learnt; 25% of the synthetic rows are
kept (by id hash) and the AnyStyle rows count three times (real data weighs more: better on every real
test set and on the multilingual dev set); separators are trained as "O.<previous field>"
(``labeler.outside_labels``). Test sets are never read.
``--aligned FILE`` adds rows made by ``scripts/align_gold.py`` (hand-written dev lines aligned with their gold),
``--aligned-weight`` times (default 2); without it nothing changes.
The defaults rebuild the shipped model (100 L-BFGS iterations: about 16 CPU-minutes).
``--anystyle-split 2`` / ``3`` trains the models the other two AnyStyle splits are measured with
(``scripts/anystyle_splits.py``); they are for measurement, not shipped.

    nice python scripts/train.py                  # train with the default c1/c2, report dev accuracy
    nice python scripts/train.py --tune           # small c1/c2 grid on dev, then train the best
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from refnorm.parsing.corpus import Example, load, token_labels  # noqa: E402
from refnorm.parsing.features import sequence_features  # noqa: E402
from refnorm.parsing.labeler import Labeler, outside_labels, train  # noqa: E402

SHARED = ROOT / ".." / "shared" / "data"
MODEL = ROOT / "src" / "refnorm" / "data" / "labeler.crfsuite"


def glue(a: Example, b: Example, sep: str) -> Example:
    off = len(a.text) + len(sep)
    return Example(
        f"{a.id}+{b.id}", a.text + sep + b.text,
        a.spans + [(lab, s + off, e + off) for lab, s, e in b.spans],
        a.refs + [(s + off, e + off) for s, e in b.refs], a.lang, "glued",
    )


def datasets() -> tuple[list[Example], list[Example]]:
    tr = ROOT / "training"
    if (tr / "train.jsonl").exists() and (tr / "dev.jsonl").exists():
        train_ex = list(load(tr / "train.jsonl", "refnorm"))
        for extra in sorted(tr.glob("synth*.jsonl")):
            train_ex += list(load(extra, "refnorm"))
        dev_ex = list(load(tr / "dev.jsonl", "refnorm"))
        return train_ex, dev_ex
    if not SHARED.is_dir():
        sys.exit(f"no training data: neither {tr}/train.jsonl nor {SHARED} exists")
    train_ex, dev_ex = [], []
    for ex in load(SHARED / "anystyle" / "split" / "train.jsonl", "anystyle"):
        (dev_ex if zlib.crc32(ex.id.encode()) % 10 == 0 else train_ex).append(ex)
    for ex in load(SHARED / "grobid-citation" / "corpus.jsonl", "grobid"):
        (dev_ex if zlib.crc32(ex.id.encode()) % 20 == 0 else train_ex).append(ex)
    return train_ex, dev_ex


def augment(examples: list[Example], rate: float, seed: int = 7) -> list[Example]:
    rnd = random.Random(seed)
    refs = [e for e in examples if len(e.refs) == 1]
    out = []
    for _ in range(int(len(examples) * rate)):
        a, b = rnd.sample(refs, 2)
        out.append(glue(a, b, rnd.choice([" ", " ", "  ", "; ", " - "])))
    return out


def resplit(train_ex: list[Example], dev_ex: list[Example], k: int) -> tuple[list[Example], list[Example]]:
    """The training rows for AnyStyle split ``k``: its test rows out, split 1's other test rows in."""
    from anystyle_splits import normalised_text, test_set

    test = test_set(k)
    ids = {e.id for e in test}
    texts = {normalised_text(e.text) for e in test}
    moved = [e for e in test_set(1) if e.id not in ids]
    train_ex = [e for e in train_ex if e.id not in ids
                and not (e.source == "grobid" and normalised_text(e.text) in texts)] + moved
    return train_ex, [e for e in dev_ex if e.id not in ids]


SPLIT_OUTSIDE = True  # "O" as "O.<previous field>" inside the model (labeler.outside_labels); --no-split-outside


def featurize(examples: list[Example]) -> tuple[list, list]:
    xs, ys = [], []
    for ex in examples:
        toks, labels = token_labels(ex)
        if not toks:
            continue
        labels = ["O" if lab.lstrip("^") == "IGNORE" else lab for lab in labels]
        if SPLIT_OUTSIDE:
            labels = outside_labels(labels)
        xs.append(sequence_features(ex.text, toks))
        ys.append(labels)
    return xs, ys


def dev_accuracy(model: Path, xs: list, ys: list) -> float:
    import pycrfsuite  # only for scoring here; the library's import lives in labeler.py

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    ok = n = 0
    for x, y in zip(xs, ys, strict=False):
        pred = tagger.tag(x)
        for p, g in zip(pred, y, strict=False):
            ok += p == g
            n += 1
    return ok / n if n else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=100)
    ap.add_argument("--tune", action="store_true", help="grid-search c1/c2 on dev (fewer iterations)")
    ap.add_argument("--glue-rate", type=float, default=0.03)
    ap.add_argument("--algorithm", default="lbfgs", choices=["lbfgs", "ap"],
                    help="lbfgs (default, best) or ap (averaged perceptron, faster to train)")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--weight", action="append", metavar="SOURCE=K",
                    help="repeat the rows of a source K times: its likelihood weighs K-fold (default anystyle=3)")
    ap.add_argument("--synthetic-fraction", type=float, default=0.25,
                    help="keep this share of the synthetic training rows (by id hash; shape rows all stay): real data weighs more")
    ap.add_argument("--aligned", type=Path, metavar="FILE",
                    help="also train on these rows (scripts/align_gold.py: dev lines aligned with their gold); "
                         "not given: the shipped model's data, unchanged")
    ap.add_argument("--aligned-weight", type=int, default=2, metavar="K",
                    help="the --aligned rows are added K times (default 2)")
    ap.add_argument("--no-split-outside", action="store_true",
                    help="train plain 'O' separators (the model before 2026-11: no field memory across them)")
    ap.add_argument("--verbose", action="store_true", help="print crfsuite's per-iteration log (loss, active features)")
    ap.add_argument("--anystyle-split", type=int, default=1, choices=[1, 2, 3],
                    help="train for AnyStyle split K (scripts/anystyle_splits.py): its test rows are left out; "
                         "1, the shipped split, is the shipped model")
    args = ap.parse_args()
    global SPLIT_OUTSIDE
    SPLIT_OUTSIDE = not args.no_split_outside

    t0 = time.time()
    train_ex, dev_ex = datasets()
    if args.anystyle_split != 1:
        train_ex, dev_ex = resplit(train_ex, dev_ex, args.anystyle_split)
    if args.synthetic_fraction < 1.0:
        keep = int(args.synthetic_fraction * 1000)
        # the shape rows (scripts/synth.py's generate_shapes) teach the few forms the rendered styles never
        # print: all of them stay, or a quarter of a few hundred would teach nothing
        train_ex = [e for e in train_ex if e.source != "synthetic" or e.id.startswith("synthetic/shape/")
                    or zlib.crc32(e.id.encode()) % 1000 < keep]
    for spec in args.weight if args.weight is not None else ["anystyle=3"]:
        source, _, k = spec.partition("=")
        train_ex += [e for e in train_ex if e.source == source] * (int(k) - 1)
    train_ex += augment(train_ex, args.glue_rate)
    if args.aligned is not None:
        # after the glue augmentation, so that the other rows (and the pairs glued) are those of the run without
        # --aligned: the two models differ only by these rows
        aligned = list(load(args.aligned, "refnorm"))
        train_ex += aligned * args.aligned_weight
        print(f"{len(aligned)} aligned rows from {args.aligned}, x{args.aligned_weight}", flush=True)
    dev_ex += augment(dev_ex, args.glue_rate, seed=8)
    xtr, ytr = featurize(train_ex)
    xdev, ydev = featurize(dev_ex)
    print(f"{len(xtr)} train / {len(xdev)} dev sequences, {sum(map(len, ytr))} train tokens "
          f"({time.time() - t0:.0f}s)", flush=True)

    c1, c2 = args.c1, args.c2
    if args.tune:
        best = None
        for tc1 in (0.01, 0.05, 0.2):
            for tc2 in (0.001, 0.01, 0.05):
                tmp = args.out.with_suffix(".tune")
                train(xtr, ytr, tmp, c1=tc1, c2=tc2, max_iterations=max(40, args.iterations // 3))
                acc = dev_accuracy(tmp, xdev, ydev)
                print(f"c1={tc1} c2={tc2}: dev token accuracy {acc:.4f}", flush=True)
                if best is None or acc > best[0]:
                    best = (acc, tc1, tc2)
                tmp.unlink()
        assert best is not None
        _, c1, c2 = best
    train(xtr, ytr, args.out, c1=c1, c2=c2, max_iterations=args.iterations, algorithm=args.algorithm,
          verbose=args.verbose)
    acc = dev_accuracy(args.out, xdev, ydev)
    Labeler(args.out)  # the model opens
    print(f"{args.algorithm} c1={c1} c2={c2} iterations={args.iterations}: dev token accuracy {acc:.4f}, "
          f"model {args.out.stat().st_size / 1e6:.1f} MB, {time.time() - t0:.0f}s total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
