"""Settings for `refnorm fix` and the hook: defaults < config file < ``REFNORM_*`` < flags.

The config file is ``.refnorm.toml`` (keys at the top level) or the ``[tool.refnorm]`` table of
``pyproject.toml``, looked for in the current directory and its parents up to the repository
root (the first directory holding ``.git``); in one directory ``.refnorm.toml`` wins. Keys are
written with hyphens (``crossref-url``); underscores are accepted. An unknown key or a value of
the wrong type is a `ConfigError` naming the file and the key, so that typos do not go unnoticed.

Every key, environment variable and flag is listed in ``docs/configuration.md``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from refnorm.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    try:
        import tomli as tomllib
    except ModuleNotFoundError:
        tomllib = None

__all__ = ["Settings", "find_config", "load_settings", "settings_from_env", "url_problem"]

POLICIES = ("fill", "prefer-crossref")


@dataclass(frozen=True)
class Settings:
    """What `fix` does. ``online=None`` means: online when a contact e-mail is known, else offline."""

    style: str = "vancouver"
    locale: str = "auto"
    lang: str | None = None
    online: bool | None = None
    mailto: str | None = None
    crossref_url: str | None = None
    cache_dir: str | None = None
    policy: str = "fill"
    min_confidence: float = 0.7  # below it a rewrite is more often wrong than right (docs/benchmarks.md, Fix)
    time_budget: float | None = None
    enrich: bool = True
    files: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    source: str | None = None  # the config file these settings came from, for messages
    # setting -> where its value came from (a config file, REFNORM_X, --flag), for messages
    origins: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("policy", "min_confidence", "time_budget", "crossref_url"):
            _check_value(name, getattr(self, name), self.origins.get(name))
        if self.online and not self.mailto:
            raise ConfigError("going online needs a contact e-mail for Crossref's polite pool: "
                              "pass --mailto, set REFNORM_MAILTO, or set mailto in the config file")

    @property
    def offline(self) -> bool:
        """Whether Crossref may be asked (online) or only the local cache read (offline)."""
        if self.online is None:
            return not self.mailto
        return not self.online

    def merged(self, values: Mapping[str, Any]) -> Settings:
        """A copy with these (already typed) values set; None values are ignored."""
        changes = {k: v for k, v in values.items() if v is not None}
        unknown = set(changes) - _FIELDS.keys()
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        origins = {k: v for k, v in self.origins.items() if k not in changes}
        return replace(self, **changes, origins=origins)

    def blame(self, name: str, error: ConfigError) -> ConfigError:
        """``error`` (about setting ``name``) as the same kind of error naming where the value came from."""
        where = self.origins.get(name)
        if not where or str(error).startswith(where):
            return error
        label = "" if where.startswith("--") else f" {name.replace('_', '-')}:"  # (a flag names the setting)
        return type(error)(f"{where}:{label} {error}")


def _check_value(name: str, value: Any, where: str | None) -> None:
    """Range checks that a type check cannot make; the message names ``where`` the value came from."""
    problem = None
    if name == "policy" and value not in POLICIES:
        problem = f"policy must be one of {', '.join(POLICIES)}, not {value!r}"
    elif name == "min_confidence" and not 0.0 <= value <= 1.0:
        problem = f"min-confidence must be between 0 and 1, not {value}"
    elif name == "time_budget" and value is not None and not value >= 0:  # (nan is not >= 0)
        problem = f"time-budget must be a number of seconds, 0 or more, not {value}"
    elif name == "crossref_url" and value is not None:
        problem = url_problem(value)
    if problem:
        raise ConfigError(f"{where}: {problem}" if where else problem)


def url_problem(url: str) -> str | None:
    """What is wrong with a Crossref API base URL, or None: an ``http(s)://host`` URL is expected
    (a typo would otherwise cost every request's retries and read as Crossref being down)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - (raises on a port that is not a number)
    except ValueError as e:
        return f"crossref-url is not a valid URL ({e}): {url!r}"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"crossref-url must be an http:// or https:// URL such as https://api.crossref.org, not {url!r}"
    return None


_FIELDS = {f.name: f for f in fields(Settings) if f.name not in ("source", "origins")}
_BOOL_WORDS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False,
               "off": False}


def _coerce(name: str, value: Any, where: str) -> Any:
    """Type-check a config or environment value for the setting ``name``."""
    kind = {"online": bool, "enrich": bool, "min_confidence": float, "time_budget": float,
            "files": tuple, "exclude": tuple}.get(name, str)
    if isinstance(value, str) and kind is bool:
        if value.strip().lower() not in _BOOL_WORDS:
            raise ConfigError(f"{where}: {name.replace('_', '-')} must be true or false, not {value!r}")
        return _BOOL_WORDS[value.strip().lower()]
    if kind is float:
        if isinstance(value, bool):
            _bad(name, value, where, "a number")
        try:
            return float(value)
        except (TypeError, ValueError):
            _bad(name, value, where, "a number")
    if kind is tuple:
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        _bad(name, value, where, "a list of glob patterns")
    if not isinstance(value, kind):
        _bad(name, value, where, "true or false" if kind is bool else "a string")
    return value


def _bad(name: str, value: Any, where: str, expected: str) -> Any:
    raise ConfigError(f"{where}: {name.replace('_', '-')} must be {expected}, not {value!r}")


def _read_toml(path: Path) -> dict[str, Any]:
    if tomllib is None:  # pragma: no cover - Python 3.10 without tomli
        raise ConfigError(f"{path}: reading TOML on Python 3.10 needs the 'tomli' package (pip install tomli)")
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    except UnicodeDecodeError as e:  # (tomllib reads UTF-8 only: a UTF-16 or binary file fails here)
        raise ConfigError(f"{path}: not a UTF-8 text file (byte {e.start + 1}: {e.reason}); TOML is read as UTF-8") \
            from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from None


def _mentions_refnorm(pyproject: Path) -> bool:
    """Without a TOML reader (Python 3.10, no tomli), only a pyproject naming refnorm is worth an error."""
    try:
        return "tool.refnorm" in pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def _tool_table(data: Mapping[str, Any], path: Path) -> Any:
    """``[tool.refnorm]`` of a parsed TOML file (None when absent); ``tool`` must be a table."""
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, Mapping):
        raise ConfigError(f"{path}: 'tool' must be a table ([tool.refnorm]), not {tool!r}")
    return tool.get("refnorm")


def find_config(start: str | os.PathLike[str] | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file from ``start`` (default: the current directory) up to the repo root."""
    here = Path(start or Path.cwd()).resolve()
    if here.is_file():
        here = here.parent
    for directory in (here, *here.parents):
        dotfile = directory / ".refnorm.toml"
        if dotfile.is_file():
            data = _read_toml(dotfile)
            if "tool" in data:
                table = _tool_table(data, dotfile)
                return dotfile, {} if table is None else table
            return dotfile, data
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and (tomllib is not None or _mentions_refnorm(pyproject)):
            table = _tool_table(_read_toml(pyproject), pyproject)
            if table is not None:
                return pyproject, table
        if (directory / ".git").exists():
            break
    return None


def _from_mapping(table: Mapping[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: [tool.refnorm] must be a table")
    out = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name == "offline":  # the natural spelling of the opposite key
            name, value = "online", not value if isinstance(value, bool) else value
        if name not in _FIELDS:
            raise ConfigError(f"{where}: unknown key {key!r} (known: "
                              f"{', '.join(sorted(n.replace('_', '-') for n in _FIELDS))})")
        out[name] = _coerce(name, value, where)
    return out


def settings_from_env(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The settings ``REFNORM_*`` environment variables give (``REFNORM_CROSSREF_URL`` etc.)."""
    return {name: value for name, (value, _) in _env_values(env).items()}


def _env_values(env: Mapping[str, str] | None = None) -> dict[str, tuple[Any, str]]:
    """setting -> (value, the variable that gave it)."""
    env = os.environ if env is None else env
    out: dict[str, tuple[Any, str]] = {}
    for name in _FIELDS:
        var = f"REFNORM_{name.upper()}"
        if env.get(var, "").strip():
            out[name] = (_coerce(name, env[var].strip(), var), var)
    if env.get("REFNORM_OFFLINE", "").strip():
        value = env["REFNORM_OFFLINE"].strip()
        if value.lower() not in _BOOL_WORDS:  # (the message would speak of 'online')
            raise ConfigError(f"REFNORM_OFFLINE: must be true or false (1/0, yes/no, on/off), not {value!r}")
        out["online"] = (not _BOOL_WORDS[value.lower()], "REFNORM_OFFLINE")
    return out


def load_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    start: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    config_file: str | os.PathLike[str] | None = None,
    use_config: bool = True,
) -> Settings:
    """Defaults, then the config file, then ``REFNORM_*`` variables, then ``flags`` (None = not given)."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    source = None
    if config_file is not None:
        path = Path(config_file)
        data = _read_toml(path)
        table = (_tool_table(data, path) or {}) if path.name == "pyproject.toml" else data
        values.update(_from_mapping(table, str(path)))
        source = str(path)
    elif use_config:
        found = find_config(start)
        if found is not None:
            values.update(_from_mapping(found[1], str(found[0])))
            source = str(found[0])
    origins.update(dict.fromkeys(values, source or ""))
    for name, (value, var) in _env_values(env).items():
        values[name], origins[name] = value, var
    for name, value in (flags or {}).items():
        if value is not None:
            values[name], origins[name] = value, "--" + name.replace("_", "-")
    unknown = set(values) - _FIELDS.keys()
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return Settings(**values, source=source, origins=origins)
