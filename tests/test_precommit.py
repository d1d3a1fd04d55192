"""The pre-commit hooks, end to end with the real `pre-commit` tool on a temporary git repository.

`pre-commit try-repo <this checkout>` installs refnorm from the checkout into pre-commit's own
environment (that needs the package registry, which CI allows), then runs the hooks on a paper.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "fix"


def _pre_commit() -> list[str]:
    exe = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    return [exe] if Path(exe).exists() else [sys.executable, "-m", "pre_commit"]


def test_hooks_file_declares_both_hooks_offline():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"refnorm-fix", "refnorm-check"}
    for hook in hooks.values():
        assert hook["language"] == "python" and "--offline" in hook["entry"].split()
    assert "--check" in hooks["refnorm-check"]["entry"].split()


@pytest.mark.slow
def test_try_repo_end_to_end(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    try:
        subprocess.run([*_pre_commit(), "--version"], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.CalledProcessError):
        pytest.fail("the pre-commit tool is not installed (pip install 'refnorm[test]')")
    repo = tmp_path / "paper"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("REFNORM_MAILTO", None)

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env, timeout=60)

    def hook(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*_pre_commit(), "try-repo", str(ROOT), name, "--files", "paper.qmd", "notes.md",
                               "--verbose"], cwd=repo, capture_output=True, text=True, env=env, timeout=900)

    git("init", "-q")
    shutil.copy(DATA / "paper.qmd", repo / "paper.qmd")
    (repo / "notes.md").write_text("# Notes\n\nNo reference section here.\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "paper")
    before = (repo / "paper.qmd").read_bytes()

    check = hook("refnorm-check")
    assert check.returncode in (0, 1), check.stdout + check.stderr
    assert "refnorm check" in check.stdout, check.stdout + check.stderr  # the hook ran (not a setup error)
    assert "Traceback" not in check.stdout + check.stderr
    assert (repo / "paper.qmd").read_bytes() == before  # check changes nothing

    fix = hook("refnorm-fix")
    assert fix.returncode == check.returncode, fix.stdout + fix.stderr  # fails exactly when it rewrote files
    changed = (repo / "paper.qmd").read_bytes() != before
    assert changed == (check.returncode == 1), "the hook failed without fixing anything:\n" + fix.stdout
    assert (repo / "notes.md").read_text(encoding="utf-8") == "# Notes\n\nNo reference section here.\n"

    again = hook("refnorm-check")
    assert again.returncode == 0, again.stdout + again.stderr  # fixing is idempotent through the hook
