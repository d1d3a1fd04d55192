"""Settings: defaults < .refnorm.toml / [tool.refnorm] < REFNORM_* < flags; errors name the key."""

from __future__ import annotations

import pytest

from refnorm.config import Settings, find_config, load_settings, settings_from_env
from refnorm.errors import ConfigError


def test_defaults():
    s = Settings()
    assert s.style == "vancouver" and s.locale == "auto" and s.policy == "fill"
    assert s.offline  # no e-mail, no network


def test_pyproject_table_then_env_then_flags(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "paper"\n\n[tool.refnorm]\nstyle = "apa"\nlocale = "fr-FR"\n'
        'mailto = "team@example.org"\nmin-confidence = 0.7\nfiles = ["refs/*.txt"]\n', encoding="utf-8")
    sub = tmp_path / "chapters"
    sub.mkdir()
    s = load_settings(start=sub, env={})
    assert (s.style, s.locale, s.mailto, s.min_confidence, s.files) == (
        "apa", "fr-FR", "team@example.org", 0.7, ("refs/*.txt",))
    assert s.source == str(tmp_path / "pyproject.toml")
    assert not s.offline  # an e-mail is known and nothing says offline
    s = load_settings(start=sub, env={"REFNORM_STYLE": "ieee", "REFNORM_OFFLINE": "1"})
    assert s.style == "ieee" and s.offline
    s = load_settings({"style": "nature", "online": True}, start=sub, env={"REFNORM_STYLE": "ieee",
                                                                          "REFNORM_OFFLINE": "1"})
    assert s.style == "nature" and not s.offline


def test_dotfile_wins_over_pyproject_and_search_stops_at_repo_root(tmp_path):
    outer = tmp_path / "outer"
    repo = outer / "repo"
    repo.mkdir(parents=True)
    (outer / ".refnorm.toml").write_text('style = "outside"\n', encoding="utf-8")
    (repo / ".git").mkdir()
    assert find_config(repo) is None  # the repository root is as far as the search goes
    (repo / "pyproject.toml").write_text('[tool.refnorm]\nstyle = "apa"\n', encoding="utf-8")
    (repo / ".refnorm.toml").write_text('style = "ieee"\noffline = true\n', encoding="utf-8")
    path, table = find_config(repo)
    assert path.name == ".refnorm.toml" and table["style"] == "ieee"
    s = load_settings(start=repo, env={})
    assert s.style == "ieee" and s.online is False


def test_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path) is None
    assert load_settings(start=tmp_path, env={}) == Settings()


@pytest.mark.parametrize(("toml", "message"), [
    ('stlye = "apa"\n', "unknown key 'stlye'"),
    ("style = 3\n", "style must be a string"),
    ('min-confidence = "high"\n', "min-confidence must be a number"),
    ('policy = "overwrite"\n', "policy must be one of"),
    ("online = true\n", "contact e-mail"),
    ('files = "a.txt"\nexclude = [1]\n', "exclude must be a list"),
    ("style = \n", "invalid TOML"),
])
def test_bad_config_names_the_problem(tmp_path, toml, message):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".refnorm.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(start=tmp_path, env={})


def test_env_values_are_checked():
    assert settings_from_env({"REFNORM_MIN_CONFIDENCE": "0.3", "REFNORM_ONLINE": "yes",
                              "REFNORM_FILES": "a.txt, b.md"}) == {
        "min_confidence": 0.3, "online": True, "files": ("a.txt", "b.md")}
    with pytest.raises(ConfigError, match="REFNORM_ONLINE"):
        settings_from_env({"REFNORM_ONLINE": "maybe"})


def test_explicit_config_file_and_no_config(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".refnorm.toml").write_text('style = "ieee"\n', encoding="utf-8")
    other = tmp_path / "ci.toml"
    other.write_text('style = "apa"\n', encoding="utf-8")
    assert load_settings(config_file=other, env={}).style == "apa"
    assert load_settings(start=tmp_path, use_config=False, env={}).style == "vancouver"


def test_without_a_toml_reader_only_a_refnorm_table_is_an_error(tmp_path, monkeypatch):
    import refnorm.config as config

    monkeypatch.setattr(config, "tomllib", None)  # Python 3.10 without tomli
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert config.load_settings(start=tmp_path, env={}) == Settings()
    (tmp_path / "pyproject.toml").write_text('[tool.refnorm]\nstyle = "apa"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="tomli"):
        config.load_settings(start=tmp_path, env={})
