#!/usr/bin/env python3
"""Whole-entry parsing on a small hand-written multilingual dev set (never trained on).

    python bench/multilingual.py [--show-errors 10] [--gold FILE ...]

`bench/data/multilingual-dev*.jsonl`: 114 files, 5,775 lines in 14 languages (French, German, Spanish,
Portuguese, Italian, Dutch, Polish, Czech, Swedish, Turkish, Russian, Chinese, Japanese, English in
several styles), with glued lines and non-references (notes, back references, headings, captions,
acknowledgements), gold CSL-JSON written by hand before the parser was run on them. From the fourth
file on, each was written by someone who never ran the parser nor read its code, committed before any
parser ran on it, and measured untouched first (the figures of each, and what it was asked for, are in
docs/benchmarks.md, "## Multilingual dev set"); then its errors were read for general causes. A dev set: never trained on. Scored by the shared scorer
(`../shared/tools/score_references.py`), the rules refnorm's parsing is judged by; per-file figures
with ``--gold FILE``. Files kept aside (their errors read by nobody until a session's end measured them)
are in `bench/data/kept-aside/`: pass them with ``--gold`` to measure them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SCORER = ROOT.parent / "shared" / "tools" / "score_references.py"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", nargs="*", default=sorted(str(p) for p in (ROOT / "bench" / "data").glob(
        "multilingual-dev*.jsonl")))
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"skipped: the shared scorer is not at {SCORER}")
        return
    from refnorm import parse

    gold = [json.loads(x) for g in args.gold for x in Path(g).read_text(encoding="utf-8").splitlines() if x.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for row in gold:
            refs = parse(row["text"], lang=row.get("lang"))
            pred = [r.to_csl() for r in refs]
            f.write(json.dumps({"id": row["id"], "pred": pred[0] if len(pred) == 1 else pred},
                               ensure_ascii=False) + "\n")
    spec = importlib.util.spec_from_file_location("score_references", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    summary, groups, errors = scorer.score_refs(gold, scorer.load_preds(f.name), show_errors=args.show_errors)
    scorer.print_refs(summary, groups, errors, "lang")


if __name__ == "__main__":
    main()
