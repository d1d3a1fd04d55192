"""`refnorm fix` on the command line: modes, exit codes, multiple files, config, report, summary."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import refnorm
from fix_fakes import fake_enrich, fake_normalize, fake_parse, fake_render
from refnorm.cli import main
from refnorm.fix import Pipeline

DATA = Path(__file__).parent / "data" / "fix"
MESSY = "References\n\n1. Zhao RC. Stem Cell ; 2020. || Smith J. Other ; 2019\n2. A note, no year.\n3. Clean; 2017.\n"
FIXED = "References\n\n1. Zhao RC. Stem Cell; 2020.\n2. Smith J. Other; 2019.\n3. A note, no year.\n4. Clean; 2017.\n"


def fake_resolved(self: Pipeline, render=fake_render) -> Pipeline:
    """The real splitter with the fake parse/enrich/render stages."""
    return Pipeline(split=refnorm.split, parse=fake_parse, normalize=fake_normalize, enrich=fake_enrich,
                    render=render)


@pytest.fixture
def fake_pipeline(monkeypatch, tmp_path):
    monkeypatch.setattr(Pipeline, "resolved", fake_resolved)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_in_place_then_clean(fake_pipeline, capsys):
    f = write(fake_pipeline / "refs.txt", MESSY)
    assert main(["fix", "refs.txt"]) == 0
    assert f.read_text(encoding="utf-8") == FIXED
    err = capsys.readouterr().err
    assert ("3 references: 2 fixed, 1 unchanged, 0 kept verbatim, 0 retracted "
            "(1 glued entry split, 1 note left alone) [offline: Crossref cache only]") in err
    assert main(["fix", "--check", "refs.txt"]) == 0


def test_check_exits_1_and_writes_nothing(fake_pipeline, capsys):
    f = write(fake_pipeline / "refs.txt", MESSY)
    assert main(["fix", "--check", "refs.txt"]) == 1
    assert f.read_text(encoding="utf-8") == MESSY
    assert "would fix refs.txt" in capsys.readouterr().err


def test_diff_prints_a_unified_diff_and_exits_1(fake_pipeline, capsys):
    write(fake_pipeline / "refs.txt", MESSY)
    assert main(["fix", "--diff", "refs.txt"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("--- a/refs.txt\n+++ b/refs.txt\n") and "+2. Smith J. Other; 2019.\n" in out
    assert "\x1b[" not in out  # NO_COLOR is set by the test environment, and stdout is not a terminal


def test_output_to_file_and_stdout(fake_pipeline, capsys):
    f = write(fake_pipeline / "refs.txt", MESSY)
    assert main(["fix", "refs.txt", "-o", "clean.txt"]) == 0
    assert (fake_pipeline / "clean.txt").read_text(encoding="utf-8") == FIXED
    assert f.read_text(encoding="utf-8") == MESSY
    capsys.readouterr()
    assert main(["fix", "refs.txt", "-o", "-", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.out == FIXED and captured.err == ""


def test_stdin_to_stdout(fake_pipeline, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MESSY.encode())))
    assert main(["fix", "-", "-q"]) == 0
    assert capsys.readouterr().out == FIXED


def test_report_json(fake_pipeline, capsys):
    write(fake_pipeline / "refs.txt", MESSY)
    assert main(["fix", "--check", "--report", "json", "refs.txt"]) == 1
    report = json.loads(capsys.readouterr().out)
    (file_report,) = report["files"]
    assert file_report["path"] == "refs.txt" and file_report["changed"]
    assert [it["status"] for it in file_report["items"]] == ["fixed", "not-a-reference", "unchanged"]
    assert report["counts"]["split"] == 1


def test_many_files_one_bad(fake_pipeline, capsys):
    write(fake_pipeline / "a.txt", MESSY)
    write(fake_pipeline / "b.txt", FIXED)
    write(fake_pipeline / "empty.txt", "  \n")
    assert main(["fix", "a.txt", "missing.txt", "b.txt", "empty.txt"]) == 2
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err and "empty.txt: the file is empty" in err
    assert (fake_pipeline / "a.txt").read_text(encoding="utf-8") == FIXED  # the others were still fixed
    assert "2 files (1 changed)" in err


def test_files_from_config_and_flag_precedence(fake_pipeline, capsys, monkeypatch):
    (fake_pipeline / "refs").mkdir()
    write(fake_pipeline / "refs" / "one.txt", MESSY)
    write(fake_pipeline / "refs" / "skip.txt", MESSY)
    write(fake_pipeline / ".refnorm.toml", 'files = ["refs/*.txt"]\nexclude = ["refs/skip.txt"]\nstyle = "apa"\n')
    seen = []
    monkeypatch.setattr(Pipeline, "resolved", lambda self: fake_resolved(
        self, render=lambda refs, **kw: seen.append(kw["style"]) or fake_render(refs)))
    monkeypatch.setenv("REFNORM_STYLE", "ieee")
    assert main(["fix", "--check"]) == 1
    assert seen[-1] == "ieee"  # environment over the file
    assert main(["fix", "--check", "--style", "nature"]) == 1
    assert seen[-1] == "nature"  # flags over the environment
    assert "would fix refs/one.txt" in capsys.readouterr().err


def test_usage_errors(fake_pipeline, capsys):
    write(fake_pipeline / "a.txt", MESSY)
    assert main(["fix"]) == 2
    write(fake_pipeline / "b.txt", MESSY)
    assert main(["fix", "a.txt", "b.txt", "-o", "x.txt"]) == 2
    assert main(["fix", "a.txt", "--diff", "--report", "json"]) == 2
    assert main(["fix", "a.txt", "--online"]) == 2
    assert main(["fix", "a.txt", "--format", "docx"]) == 2
    err = capsys.readouterr().err
    assert "contact e-mail" in err and "unknown format 'docx'" in err


def test_verbose_lists_kept_entries_with_lines(fake_pipeline, capsys):
    write(fake_pipeline / "refs.txt", "1. Fine ; 2020\n2. Unsure ??? 2020\n")
    assert main(["fix", "--verbose", "--check", "refs.txt"]) == 1
    err = capsys.readouterr().err
    assert "refs.txt:2: kept verbatim (low-confidence)" in err and "fix.low-confidence" in err


def test_real_cli_in_a_subprocess_is_idempotent(tmp_path):
    """The real pipeline, as a user runs it: fix, then --check passes."""
    f = tmp_path / "refs.txt"
    f.write_bytes((DATA / "references-fr.txt").read_bytes())
    run = [sys.executable, "-m", "refnorm", "fix"]
    first = subprocess.run([*run, str(f)], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "references:" in first.stderr and "Traceback" not in first.stderr
    second = subprocess.run([*run, "--check", str(f)], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert second.returncode == 0, second.stderr
    missing = subprocess.run([*run, str(tmp_path / "nope.txt")], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_progress_bar_draws_only_after_a_second_and_clears(monkeypatch, capsys):
    from refnorm.commands import fix as command

    clock = iter([0.0, 0.5, 2.0, 2.1])
    monkeypatch.setattr(command.time, "monotonic", lambda: next(clock))
    bar = command._ProgressBar(True, files=2)
    bar.file("refs.txt")
    bar(50, 200)  # 0.5 s: too early to draw
    assert capsys.readouterr().err == ""
    bar(100, 200)  # 2.0 s
    err = capsys.readouterr().err
    assert err.startswith("\r[###############               ] 100/200 file 1/2 refs.txt")
    bar.close()
    assert capsys.readouterr().err == "\r\x1b[K"
    off = command._ProgressBar(False, files=1)
    off(1, 2)
    off.close()
    assert capsys.readouterr().err == ""


def test_colour_only_when_asked_or_on_a_terminal(monkeypatch):
    import io

    from refnorm.commands import fix as command

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert command._color(Tty(), "auto") and not command._color(io.StringIO(), "auto")
    assert command._color(io.StringIO(), "always") and not command._color(Tty(), "never")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not command._color(Tty(), "auto")
    assert command._colour_diff("+a\n-b\n c\n", True) == "\x1b[32m+a\x1b[0m\n\x1b[31m-b\x1b[0m\n c\n"


def test_cli_names_the_file_of_unreadable_json_and_fixes_a_repeated_file_once(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"a": \n', encoding="utf-8")
    assert main(["fix", str(bad)]) == 2
    assert f"{bad}:" in capsys.readouterr().err
    ok = tmp_path / "refs.txt"
    ok.write_text("1. Shi Y, Wang Y, Shao C. COVID-19 infection: the perspectives on immune responses. "
                  "Cell Death Differ. 2020;27(5):1451-4.\n", encoding="utf-8")
    assert main(["fix", "--check", str(ok), str(ok)]) in (0, 1)
    assert "files" not in capsys.readouterr().err  # one file, not "2 files"


def test_cli_read_only_file_is_not_counted_as_fixed(tmp_path, capsys):
    ro = tmp_path / "refs.txt"
    ro.write_text("1. Leng Z, Zhu R. Transplantation of ACE2- Mesenchymal Stem Cells. Aging Dis. 2020 ; 11(2):216-28.\n",
                  encoding="utf-8")
    ro.chmod(0o444)
    try:
        assert main(["fix", str(ro)]) == 2
        err = capsys.readouterr().err
        assert "read-only" in err and " fixed" not in err.split("read-only", 1)[1].replace("0 fixed", "")
    finally:
        ro.chmod(0o644)
