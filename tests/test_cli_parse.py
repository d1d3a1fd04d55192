"""`refnorm parse` and the input errors every command shares: clear messages, exit code 2, no traceback."""

import json
import subprocess
import sys

import pytest

from refnorm.cli import main
from refnorm.errors import InputError
from refnorm.io.files import read_text, write_atomic


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "refnorm", *args], capture_output=True, text=True,
                          input=stdin, timeout=120)


def test_missing_file(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt" in err and "no such file" in err and "Traceback" not in err


def test_directory(tmp_path, capsys):
    assert main(["parse", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_empty_file(tmp_path, capsys):
    f = tmp_path / "empty.txt"
    f.write_text("  \n\n")
    assert main(["parse", str(f)]) == 2
    assert "empty.txt" in capsys.readouterr().err


def test_undecodable_bytes_name_file_line_and_byte(tmp_path, capsys):
    f = tmp_path / "latin1.txt"
    f.write_bytes("1. Smith J. One.\n2. Müller H. Zwei.\n".encode("latin-1"))
    assert main(["parse", str(f)]) == 2
    err = capsys.readouterr().err
    assert "latin1.txt" in err and "line 2" in err and "byte 21" in err and "UTF-8" in err


def test_read_text_bom_and_utf16(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfSmith J. One.")
    assert read_text(f) == "Smith J. One."
    g = tmp_path / "u16.txt"
    g.write_bytes(b"\xff\xfe" + "Müller".encode("utf-16-le"))
    assert read_text(g) == "Müller"
    with pytest.raises(InputError):
        read_text(tmp_path / "missing")


def test_write_atomic_keeps_mode_and_leaves_no_temp(tmp_path):
    f = tmp_path / "refs.txt"
    f.write_text("old")
    f.chmod(0o640)
    write_atomic(f, "new\r\nline")
    assert f.read_bytes() == b"new\r\nline"
    assert (f.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["refs.txt"]


def test_usage_error_exit_code():
    r = run_cli("parse")
    assert r.returncode == 2
    assert "usage" in r.stderr


def test_parse_outputs_csl_json_from_stdin():
    text = ("References\n1. Shi Y, Wang Y. COVID-19 infection: the perspectives on immune responses. "
            "Cell Death Differ. 2020;27(5):1451-4. doi:10.1038/s41418-020-0530-3\n"
            "2. According to Clinicaltrials.gov; search term COVID; search performed on 24th of April 2020.\n")
    r = run_cli("parse", "-", stdin=text)
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)
    assert len(items) == 1
    assert items[0]["DOI"].lower() == "10.1038/s41418-020-0530-3"
    assert items[0]["id"]
    assert "2 entries, 1 reference" in r.stderr


def test_parse_jsonl_and_table(tmp_path):
    f = tmp_path / "refs.txt"
    f.write_text("1. Shi Y, Wang Y. COVID-19 infection. Cell Death Differ. 2020;27(5):1451-4.\n", encoding="utf-8")
    r = run_cli("parse", str(f), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    row = json.loads(r.stdout.splitlines()[0])
    assert row["label"] == "1." and row["line"] == 1 and row["references"]
    r = run_cli("parse", str(f), "--format", "table")
    assert r.returncode == 0 and "Shi" in r.stdout
