"""Exceptions refnorm raises. Everything derives from `RefnormError`::

    RefnormError
    ├── InputError            a user's file or text cannot be read as asked (names file, line, byte)
    ├── ConfigError           bad configuration value, option or environment variable
    │   ├── StyleNotFoundError    an unknown CSL style name or path
    │   └── LocaleNotFoundError   an unknown CSL locale
    ├── NetworkError          Crossref could not be reached or answered garbage (callers degrade to offline)
    └── CacheError            the local cache is unusable (callers carry on without it)

    RefnormWarning (UserWarning)   trouble refnorm works around, said once (``warnings.warn``)
    └── CacheWarning               the Crossref cache, or a record in it, is unreadable: ignored

The command line maps `InputError` and `ConfigError` to exit code 2 with a one-line message,
and anything else unexpected to 123; it prints each distinct `RefnormWarning` once, as
``refnorm: warning: ...``.
"""

from __future__ import annotations

__all__ = [
    "CacheError",
    "CacheWarning",
    "ConfigError",
    "InputError",
    "LocaleNotFoundError",
    "NetworkError",
    "RefnormError",
    "RefnormWarning",
    "StyleNotFoundError",
]


class RefnormError(Exception):
    """Base class of every error refnorm raises on purpose."""


class InputError(RefnormError):
    """A file or text cannot be read as asked.

    The message names the place: ``path:line: problem`` (or ``path: byte N: problem``).
    """

    def __init__(self, problem: str, *, path: str | None = None, line: int | None = None,
                 offset: int | None = None) -> None:
        self.problem = problem
        self.path = path
        self.line = line
        self.offset = offset
        where = path or "<input>"
        if line is not None:
            where += f":{line}"
        if offset is not None:
            where += f": byte {offset}"
        super().__init__(f"{where}: {problem}")


class ConfigError(RefnormError):
    """A configuration value, command-line option or environment variable is wrong."""


class StyleNotFoundError(ConfigError):
    """No CSL style by that name or path."""


class LocaleNotFoundError(ConfigError):
    """No CSL locale by that name."""


class NetworkError(RefnormError):
    """Crossref could not be reached, refused us, or answered something unreadable."""


class CacheError(RefnormError):
    """The local cache cannot be opened or read."""


class RefnormWarning(UserWarning):
    """Trouble that is not a user's mistake and that refnorm works around (said, never silent)."""


class CacheWarning(RefnormWarning):
    """The Crossref cache, or an entry of it, cannot be read: refnorm carries on without it."""
