"""The three AnyStyle train/test splits the labeler is measured on (issue 3 asks for their mean).

Split 1 is ``../shared/data/anystyle/split`` as shipped (``training/test-anystyle.jsonl``, 595 rows). Splits 2 and 3
redraw the same pool of 2,973 annotated AnyStyle references (train + dev + test rows of ``training/``) into 595 test
rows and the rest, by a hash of the id and the split number, so anyone can rebuild them. A model measured on split
K must be trained by ``scripts/train.py --anystyle-split K``, which drops that split's test rows from training and
moves split 1's test rows into it; GROBID rows with the text of a split-K test row are dropped too, as
``build_corpora.py`` does for split 1.

    python bench/accuracy.py --model M2 --sets anystyle-2      # M2 = train.py --anystyle-split 2 --out M2
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from refnorm.parsing.corpus import Example, load

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training"
TEST_SIZE = 595


def normalised_text(text: str) -> str:
    """Case-folded, non-word characters removed: how ``build_corpora.py`` finds the same reference twice."""
    return re.sub(r"\W+", "", text.casefold())


def pool() -> list[Example]:
    """Every annotated AnyStyle reference in ``training/``, in file order."""
    rows: list[Example] = []
    for name in ("train.jsonl", "dev.jsonl", "test-anystyle.jsonl"):
        rows += [e for e in load(TRAINING / name, "refnorm") if e.source == "anystyle"]
    return rows


def test_set(k: int) -> list[Example]:
    """The test rows of split ``k`` (1, 2 or 3)."""
    if k == 1:
        return list(load(TRAINING / "test-anystyle.jsonl", "refnorm"))
    if k not in (2, 3):
        raise ValueError(f"AnyStyle split {k}: there are splits 1, 2 and 3")
    # sha256, not crc32: crc32 is linear, so two prefixes would give related orders (disjoint test sets)
    ranked = sorted(pool(), key=lambda e: hashlib.sha256(f"anystyle-split-{k}:{e.id}".encode()).digest())
    return ranked[:TEST_SIZE]
