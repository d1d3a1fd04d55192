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
