"""A demanding user's first day: each mistake tried on the command line stays a clear error (exit 2, the
file and the place named, no traceback), and writing never undoes what the user protected."""

import json
import os
import stat

import pytest

from refnorm.cli import main
from refnorm.errors import InputError
from refnorm.io.files import write_atomic
from refnorm.io.records import read_records

LIST = "1. Smith J. A paper. Nature 1999;12:1-5.\n"


def _err(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err, err
    return err


# ------------------------------------------------------------------------------ writing
def test_fix_refuses_to_replace_a_read_only_file(tmp_path, capsys):
    f = tmp_path / "refs.txt"
    f.write_text(LIST)
    f.chmod(0o444)
    try:
        assert main(["fix", "--offline", str(f)]) == 2
        assert "read-only" in _err(capsys)
        assert f.read_text() == LIST  # untouched, and still read-only
        assert not stat.S_IMODE(f.stat().st_mode) & 0o222
        assert main(["fix", "--offline", "--check", str(f)]) == 1  # checking needs no write
    finally:
        f.chmod(0o644)


def test_output_into_a_missing_directory(tmp_path, capsys):
    src = tmp_path / "refs.txt"
    src.write_text(LIST)
    out = tmp_path / "nowhere" / "out.txt"
    assert main(["fix", "--offline", str(src), "-o", str(out)]) == 2
    err = _err(capsys)
    assert "out.txt" in err and "no such directory" in err
    assert not out.parent.exists()


def test_output_onto_a_directory(tmp_path, capsys):
    src = tmp_path / "refs.txt"
    src.write_text(LIST)
    assert main(["parse", str(src), "-o", str(tmp_path)]) == 2
    assert "is a directory" in _err(capsys)


def test_write_atomic_errors_are_input_errors_and_leave_no_temp(tmp_path):
    with pytest.raises(InputError, match="no such directory"):
        write_atomic(tmp_path / "a" / "b.txt", "x")
    (tmp_path / "d").mkdir()
    with pytest.raises(InputError, match="is a directory"):
        write_atomic(tmp_path / "d", "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]


# ------------------------------------------------------------------------------ render
def test_render_without_a_file_says_so_without_a_fake_place(capsys):
    assert main(["render"]) == 2
    err = _err(capsys)
    assert "no input file" in err and "<input>" not in err


def test_render_unknown_style_and_locale(tmp_path, capsys):
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"id": "a", "type": "book", "title": "T"}]))
    assert main(["render", str(f), "--style", "no-such-style"]) == 2
    assert "no-such-style" in _err(capsys)
    assert main(["render", str(f), "--locale", "xx-XX"]) == 2
    assert "xx-XX" in _err(capsys)


def test_broken_bibtex_is_reported_once_with_its_line_and_reason(tmp_path, capsys):
    f = tmp_path / "bad.bib"
    f.write_text("@article{ok, title={Fine}, year=1999}\n\n@article{a,\n title={X},\n year=1999\n")
    assert main(["fix", "--offline", "--check", "--verbose", str(f)]) in (0, 1)
    captured = capsys.readouterr()
    # bibtexparser's own log lines must not leak onto the terminal; our warning names line and reason
    assert "aborted on line" not in captured.err + captured.out
    assert "bad.bib" in captured.err and "line 3" in captured.err and "end of file" in captured.err


# ------------------------------------------------------------------------------ cache
def test_cache_dir_that_is_a_file(tmp_path, capsys):
    f = tmp_path / "file"
    f.write_text("x")
    assert main(["cache", "stats", "--cache-dir", str(f)]) == 2
    assert "not a directory" in _err(capsys)


def test_cache_commands_do_not_create_a_cache_that_is_not_there(tmp_path, capsys):
    d = tmp_path / "typo"
    for action in ("stats", "export", "clear"):
        assert main(["cache", action, "--cache-dir", str(d)]) == 0
    assert not d.exists()
    assert '"exists": false' in capsys.readouterr().out


def test_corrupt_cache_file_is_a_user_error(tmp_path, capsys):
    (tmp_path / "crossref.sqlite3").write_bytes(b"this is not a database" * 100)
    assert main(["cache", "stats", "--cache-dir", str(tmp_path)]) == 2
    assert "not a database" in _err(capsys)


# ------------------------------------------------------------------------------ batch input
def _ids(path, **kw):
    return [(r["id"], r["text"]) for r in read_records(path, **kw)]


def test_batch_latin1_input_names_file_and_line(tmp_path, capsys):
    for name, body, line in (("in.csv", "id,text\n1,ok\n2,Müller J. Étude.\n", 3),
                             ("in.jsonl", '{"id": 1, "text": "ok"}\n{"id": 2, "text": "Müller"}\n', 2)):
        f = tmp_path / name
        f.write_bytes(body.encode("latin-1"))
        assert main(["batch", str(f), str(tmp_path / f"{name}.out.jsonl")]) == 2
        err = _err(capsys)
        assert f"{name}:{line}: not valid UTF-8" in err


def test_batch_csv_unclosed_quote_is_an_error_not_a_swallowed_file(tmp_path):
    f = tmp_path / "in.csv"
    f.write_text('id,text\n1,"unclosed\n2,second\n3,third\n')
    with pytest.raises(InputError, match=r"in\.csv:2: .*never closed"):
        _ids(f)


def test_batch_csv_with_bom_crlf_and_multiline_fields(tmp_path):
    f = tmp_path / "in.csv"
    f.write_bytes('\ufeffid,text\r\na,"Smith J.\r\nA paper."\r\nb,Doe J. Other.\r\n'.encode())
    assert _ids(f) == [("a", "Smith J.\r\nA paper."), ("b", "Doe J. Other.")]


def test_batch_records_without_id_get_their_row_line(tmp_path):
    f = tmp_path / "in.csv"
    f.write_text("text\nfirst\nsecond\n")
    assert _ids(f) == [("2", "first"), ("3", "second")]
    j = tmp_path / "in.jsonl"
    j.write_bytes(b'\xef\xbb\xbf"first"\n\n{"text": "second"}\n')
    assert _ids(j) == [("1", "first"), ("3", "second")]


def test_batch_input_directory_for_jsonl(tmp_path, capsys):
    d = tmp_path / "in.jsonl"
    d.mkdir()
    assert main(["batch", str(d), str(tmp_path / "out.jsonl")]) == 2
    assert "is a directory" in _err(capsys)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_parse_unreadable_file(tmp_path, capsys):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    f = tmp_path / "secret.txt"
    f.write_text(LIST)
    f.chmod(0)
    try:
        assert main(["parse", str(f)]) == 2
        assert "permission denied" in _err(capsys)
    finally:
        f.chmod(0o644)


# ------------------------------------------------------------------------------ flags
@pytest.mark.parametrize("argv", [["fix"], ["parse", "a.txt"], ["render"], ["enrich", "a.json"], ["cache", "stats"],
                                  ["batch", "in.jsonl", "out.jsonl"], ["index", "stats", "--index", "x"]],
                         ids=lambda a: a[0])
def test_unknown_flag_shows_the_subcommand_usage(argv, capsys):
    command = argv[0]
    with pytest.raises(SystemExit) as e:
        main([*argv, "--no-such-flag"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert f"usage: refnorm {command}" in err and "unrecognized arguments: --no-such-flag" in err


def test_unknown_top_level_flag(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--no-such-flag"])
    assert e.value.code == 2
    assert "usage: refnorm [-h]" in capsys.readouterr().err
