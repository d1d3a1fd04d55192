#!/usr/bin/env python3
"""Parsing speed and peak memory: ``refnorm.parse`` on 10,000 distinct references, one core.

References are the texts of ``training/train.jsonl`` then the test sets (distinct strings, so the
token-feature cache gets no unfair repeats). Prints references/second (wall clock, and per CPU-second of this process, which is what one
core delivers when the machine is shared) for the whole
``parse`` (cleaning, tokens, features, CRF, normalisers), the share of each stage, the model
load time and the process's peak RSS.

    nice python bench/speed.py [--n 10000]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    args = ap.parse_args()
    refs = texts(args.n)
    if not refs:
        print("skipped: training/*.jsonl absent")
        return 0
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    t0 = time.perf_counter()
    import refnorm
    from refnorm.normalizers.unicode import clean_with_offsets
    from refnorm.parsing.features import sequence_features
    from refnorm.parsing.labeler import default_labeler
    from refnorm.parsing.tokens import tokenize

    lab = default_labeler()
    refnorm.parse("Smith J. Warm-up. Nature. 2019;5:1-10.")
    load = time.perf_counter() - t0

    t0 = time.perf_counter()
    c0 = time.process_time()
    n_out = 0
    for t in refs:
        n_out += len(refnorm.parse(t))
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the stage pass keeps arrays

    # stage shares, on a second pass (caches warm, as in a long-running process)
    t0 = time.perf_counter()
    cleaned = [clean_with_offsets(t)[0] for t in refs]
    toks = [tokenize(t) for t in cleaned]
    t_tok = time.perf_counter() - t0
    t0 = time.perf_counter()
    feats = [sequence_features(t, k) for t, k in zip(cleaned, toks, strict=True)]
    t_feat = time.perf_counter() - t0
    t0 = time.perf_counter()
    tagger = lab._tagger
    for x in feats:
        tagger.set(x)
        tagger.tag()
    t_crf = time.perf_counter() - t0

    model = ROOT / "src" / "refnorm" / "data" / "labeler.crfsuite"
    print(f"{len(refs)} references -> {n_out} records in {total:.2f}s wall, {cpu:.2f}s CPU: "
          f"{len(refs) / total:,.0f} references/s wall, {len(refs) / cpu:,.0f} references/s per CPU-second "
          f"(one core; CPU time is the fair figure on a shared machine); model load + first parse {load:.2f}s")
    print(f"second pass by stage: clean+tokenize {t_tok / len(refs) * 1e3:.3f} ms, features "
          f"{t_feat / len(refs) * 1e3:.3f} ms, CRF tag {t_crf / len(refs) * 1e3:.3f} ms per reference")
    print(f"peak RSS {peak:.0f} MB after parsing all references (interpreter and the input texts before import: "
          f"{rss0:.0f} MB); model {model.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
