"""QA review of the command line: a user's mistakes get exit code 2 and a message naming the culprit."""

from __future__ import annotations

import pytest

from refnorm.cli import main
from refnorm.config import load_settings
from refnorm.errors import ConfigError

REFS = ("1) Kowalski J, Nowak A. Wpływ zmian klimatu na rolnictwo w Polsce. Postępy Nauk Rolniczych. "
        "2016;68(3):5-19.\n")


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "refs.txt").write_text(REFS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(["fix", *argv])
    return code, capsys.readouterr().err


def test_a_pyproject_whose_tool_is_not_a_table_is_a_config_error(repo, capsys):
    (repo / "pyproject.toml").write_text("tool = 3\n", encoding="utf-8")
    code, err = _run(capsys, "--check", "refs.txt")
    assert code == 2, err  # was 123: AttributeError: 'int' object has no attribute 'get'
    assert "pyproject.toml" in err and "'tool' must be a table" in err and "Traceback" not in err


@pytest.mark.parametrize(("toml", "words"), [
    ('style = "nosuchstyle"', ["style:", "unknown CSL style 'nosuchstyle'"]),
    ('locale = "xx-YY"', ["locale:", "unknown CSL locale 'xx-YY'"]),
    ('policy = "maybe"', ["policy must be one of"]),
    ("min-confidence = 7", ["min-confidence must be between 0 and 1"]),
    ("time-budget = -5", ["time-budget must be a number of seconds"]),
])
def test_a_bad_value_names_the_config_file(repo, capsys, toml, words):
    (repo / "pyproject.toml").write_text(f"[tool.refnorm]\n{toml}\n", encoding="utf-8")
    code, err = _run(capsys, "--check", "refs.txt")
    assert code == 2, err
    assert "pyproject.toml:" in err, err
    for w in words:
        assert w in err


def test_a_bad_value_names_the_variable_or_flag(repo, capsys, monkeypatch):
    monkeypatch.setenv("REFNORM_STYLE", "nosuch")
    code, err = _run(capsys, "--check", "refs.txt")
    assert code == 2 and "REFNORM_STYLE: style: unknown CSL style 'nosuch'" in err
    code, err = _run(capsys, "--check", "--style", "apa", "refs.txt")  # the flag wins, and is fine
    assert code == 1, err
    monkeypatch.delenv("REFNORM_STYLE")
    code, err = _run(capsys, "--check", "--min-confidence", "2", "refs.txt")
    assert code == 2 and "--min-confidence: min-confidence must be between 0 and 1" in err


def test_files_that_match_nothing_say_so(repo, capsys):
    (repo / ".refnorm.toml").write_text('files = ["refs/*.txt"]\n', encoding="utf-8")
    code, err = _run(capsys, "--check")
    assert code == 2
    assert ".refnorm.toml: no file matches 'files' (refs/*.txt)" in err  # not "no 'files' in the configuration"


def test_settings_report_their_origin():
    settings = load_settings({"style": "apa"}, env={"REFNORM_LOCALE": "de-DE"}, use_config=False)
    assert settings.origins == {"style": "--style", "locale": "REFNORM_LOCALE"}
    with pytest.raises(ConfigError, match="REFNORM_TIME_BUDGET: time-budget"):
        load_settings(env={"REFNORM_TIME_BUDGET": "nan"}, use_config=False)
    # a copy with a value changed forgets where the old one came from
    assert "style" not in settings.merged({"style": "ieee"}).origins


def test_help_states_the_real_min_confidence_default(capsys):
    with pytest.raises(SystemExit):
        main(["fix", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    from refnorm.config import Settings

    assert f"(default: {Settings().min_confidence})" in out


THEBIB = r"""\documentclass{article}
\begin{document}
Seen in \cite{tanaka2015}.
\begin{thebibliography}{9}
\bibitem{tanaka2015}
Y.~Tanaka and K.~Ito.
\newblock Seismic response of base-isolated buildings.
\newblock {\em Earthquake Engineering \& Structural Dynamics}, 44(9):1345--1362, 2015.
\end{thebibliography}
\end{document}
"""


def test_parse_reads_a_latex_documents_bibliography_not_its_preamble(tmp_path, capsys):
    import json

    (tmp_path / "paper.tex").write_text(THEBIB, encoding="utf-8")
    assert main(["parse", str(tmp_path / "paper.tex")]) == 0
    out, err = capsys.readouterr()
    items = json.loads(out)
    # was: the whole file split as a plain list, \documentclass and \bibitem read as references
    assert len(items) == 1 and "1 entry, 1 reference" in err
    assert items[0]["title"] == "Seismic response of base-isolated buildings"
    assert "\\" not in json.dumps(items[0], ensure_ascii=False)


def test_parse_reads_the_reference_section_of_markdown(tmp_path, capsys):
    import json

    text = ("---\ntitle: Bodenerosion\n---\n\n# Einleitung\n\nDie Erosion nimmt zu [1].\n\n## Literatur\n\n"
            "1. Auerswald K, Fiener P, Dikau R. Rates of sheet and rill erosion in Germany. "
            "Geomorphology. 2009;111(3-4):182-93.\n")
    (tmp_path / "paper.md").write_text(text, encoding="utf-8")
    assert main(["parse", str(tmp_path / "paper.md")]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i.get("container-title") for i in items] == ["Geomorphology"]


def test_parse_of_a_bib_file_points_to_render(tmp_path, capsys):
    (tmp_path / "lib.bib").write_text("@book{k, title={T}, year=2001}\n", encoding="utf-8")
    assert main(["parse", str(tmp_path / "lib.bib")]) == 2
    assert "refnorm render" in capsys.readouterr().err


def test_render_of_a_reference_list_says_which_command_reads_it(tmp_path, capsys):
    (tmp_path / "refs.txt").write_text(REFS + "2) Van der Berg, P. (2014). Dutch water management. Delft: DUP.\n",
                                       encoding="utf-8")
    assert main(["render", str(tmp_path / "refs.txt")]) == 2
    err = capsys.readouterr().err
    assert "refs.txt" in err and "refnorm fix" in err and "Traceback" not in err


def test_batch_on_a_folder_without_parquet_is_an_input_error(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    code = main(["batch", str(tmp_path / "in"), str(tmp_path / "out.jsonl")])
    assert code == 2  # was 0, "0 records: 0 references"
    assert "without .parquet files" in capsys.readouterr().err


def test_a_bibtex_block_left_unread_is_reported_without_verbose(tmp_path, capsys):
    bib = ("@article{haugen2019,\n  title = {Glacier retreat},\n  journal = {J Glaciol},\n  year = 2019,\n"
           "  pages = {11-20},\n}\n\n@book{broken,\n  author = {Nobody\n  title = {Unclosed,\n  year = 2001\n}\n\n"
           "@misc{ok, title = {Fine}, year = 2001}\n")
    (tmp_path / "lib.bib").write_text(bib, encoding="utf-8")
    assert main(["fix", "--check", str(tmp_path / "lib.bib")]) in (0, 1)
    err = capsys.readouterr().err
    # was printed with --verbose only: a default run did not say that an entry was never looked at
    assert "lib.bib: warning: bibtex.unparsed: line 8: BibTeX block left untouched" in err


def test_crossref_out_of_reach_is_said_once_without_verbose(repo, capsys, monkeypatch):
    import refnorm
    from refnorm.model import Diagnostic

    def unreachable(refs, **options):
        d = Diagnostic("crossref.network-error", "Crossref could not be reached: connection refused")
        return [r.with_diagnostics(d) for r in refs]

    monkeypatch.setattr(refnorm, "enrich", unreachable)
    code, err = _run(capsys, "--check", "--online", "--mailto", "qa@example.org", "refs.txt")
    assert code == 1
    assert err.count("refnorm: warning: Crossref could not be reached: connection refused; 1 reference checked "
                     "against the local cache only") == 1, err
    code, err = _run(capsys, "--check", "--quiet", "--online", "--mailto", "qa@example.org", "refs.txt")
    assert "warning" not in err


def test_a_document_without_references_says_where_they_were_looked_for(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("# Quellenangaben\n\nKeine.\n\n# Anhang\n\nText.\n", encoding="utf-8")
    assert main(["fix", "--check", str(tmp_path / "notes.md")]) == 0
    err = capsys.readouterr().err
    assert "0 references" in err and "--verbose says where references were looked for" in err
    assert "fix.no-references" not in err  # an info: --verbose only
    assert main(["fix", "--check", "-v", str(tmp_path / "notes.md")]) == 0
    assert "fix.no-references: nothing to fix: no reference section" in capsys.readouterr().err


def test_reference_headings_of_more_languages(tmp_path, capsys):
    from refnorm.io.markdown import reference_sections

    for heading in ("참고문헌", "Daftar Pustaka", "Lähteet", "Felhasznált irodalom", "Källor", "Použitá literatura"):
        text = f"# Úvod\n\nText.\n\n## {heading}\n\n1. Novák J. Dějiny. Praha: Academia; 1998.\n"
        assert len(reference_sections(text)) == 1, heading


def test_output_file_keeps_the_inputs_bom_and_line_endings(tmp_path, capsys):
    src = tmp_path / "refs.txt"
    src.write_bytes(b"\xef\xbb\xbfReferences\r\n\r\n" + REFS.replace("\n", "\r\n").encode("utf-8"))
    out = tmp_path / "out.txt"
    assert main(["fix", "--no-config", "-o", str(out), str(src)]) == 0
    assert main(["fix", "--no-config", str(src)]) == 0
    # -o wrote the same bytes as fixing in place (the BOM was dropped)
    assert out.read_bytes() == src.read_bytes()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in out.read_bytes()


def test_a_ris_file_is_refused_not_read_as_a_list(tmp_path, capsys):
    ris = tmp_path / "refs.ris"
    ris.write_text("TY  - JOUR\nAU  - Lindqvist, Karin\nTI  - Coastal erosion monitoring\nPY  - 2017\nER  - \n",
                   encoding="utf-8")
    # was: its tagged lines read as references, "kept verbatim" one by one, exit 0
    assert main(["fix", "--check", str(ris)]) == 2
    assert "a RIS file, which refnorm does not read" in capsys.readouterr().err
    assert main(["fix", "--check", "--format", "text", str(ris)]) in (0, 1)  # forced: read as a list


def test_batch_on_a_csv_without_the_text_column_is_a_config_error(tmp_path, capsys):
    (tmp_path / "in.csv").write_text("id,ref\n1,Smith J. Title of a paper. J Hydrol. 2001;5:1-2.\n", encoding="utf-8")
    # was exit 0, every row written as "error: no reference text in this record"
    assert main(["batch", str(tmp_path / "in.csv"), str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "no column 'text'" in err and "(the columns: id, ref)" in err and "--text-field" in err
    assert main(["batch", str(tmp_path / "in.csv"), str(tmp_path / "out2.jsonl"), "--text-field", "ref"]) == 0


def test_many_file_warnings_are_cut_short_without_verbose(tmp_path, capsys):
    bib = "\n".join(f"@article{{b{i},\n  title = {{Unclosed\n  year = 2001\n}}\n" for i in range(15))
    (tmp_path / "broken.bib").write_text(bib + "\n@misc{ok, title={Fine}, year=2001}\n", encoding="utf-8")
    main(["fix", "--check", str(tmp_path / "broken.bib")])
    err = capsys.readouterr().err
    assert err.count("bibtex.unparsed") == 10 and "... and 5 more warnings (--verbose prints them all)" in err
    main(["fix", "--check", "-v", str(tmp_path / "broken.bib")])
    assert capsys.readouterr().err.count("bibtex.unparsed") == 15


class _Stdin:
    """Standard input as bytes (capsys replaces sys.stdin with a text stream)."""

    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("argv", [["-"], ["-o", "-", "-"]])
def test_standard_input_keeps_its_bom_on_standard_output(tmp_path, capsys, monkeypatch, argv):
    # a filter (an editor's ":%!refnorm fix -") must give the bytes back in the encoding it got
    data = ("\ufeff" + REFS.replace("\n", "\r\n")).encode("utf-8")
    monkeypatch.setattr("sys.stdin", _Stdin(data))
    code = main(["fix", "--offline", "--no-config", "--cache-dir", str(tmp_path), *argv])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("\ufeff1) ") and out.count("\ufeff") == 1 and out.endswith("\r\n"), repr(out[:40])


def test_output_to_stdout_keeps_the_files_bom(tmp_path, capsys):
    path = tmp_path / "refs.txt"
    path.write_bytes(("\ufeff" + REFS).encode("utf-8"))
    assert main(["fix", "--offline", "--no-config", "--cache-dir", str(tmp_path), "-o", "-", str(path)]) == 0
    assert capsys.readouterr().out.startswith("\ufeff1) ")
