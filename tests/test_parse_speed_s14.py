"""Session 14 speed work ("sp"): ``bench/speed.py --stage``, the per-stage same-process comparison that resolves savings
a busy machine hides in a whole-parse ratio."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not (ROOT / "training" / "train.jsonl").exists(), reason="training/train.jsonl absent")
def test_stage_against_itself_equal_and_timed():
    """The same tree against itself: the stage is called, replayed on both copies, and returns equal values."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "speed.py"), "--against", str(ROOT), "--stage",
         "parsing.entries:is_reference", "--n", "40", "--rounds", "1"],
        capture_output=True, text=True, timeout=300, check=True,
    ).stdout
    assert "parsing.entries:is_reference:" in out
    assert "return values equal" in out
    calls = int(out.split(": ", 1)[1].split(" calls", 1)[0])
    assert calls >= 40  # one call per reference at least (a glued line asks once per piece)


@pytest.mark.skipif(not (ROOT / "training" / "train.jsonl").exists(), reason="training/train.jsonl absent")
def test_stage_never_called_is_reported():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "speed.py"), "--against", str(ROOT), "--stage",
         "parsing.api:place_in_document", "--n", "5", "--rounds", "1"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 2 and "never called" in proc.stdout
