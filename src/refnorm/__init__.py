"""refnorm: turn messy reference lists into clean, verified, consistently styled bibliographies.

The pipeline, one verb a stage::

    text ──split──▶ entries ──parse──▶ Reference ──normalize──▶ ──enrich──▶ ──render──▶ text

The verbs live in their own subpackages (``parsing``, ``normalizers``, ``enrichment``,
``rendering``), named as nouns so that ``refnorm.parse`` is always the function. They are
imported on first use, so ``import refnorm`` stays fast and does not load citeproc or the
HTTP client until they are needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from refnorm.errors import (
    ConfigError,
    InputError,
    LocaleNotFoundError,
    NetworkError,
    RefnormError,
    StyleNotFoundError,
)
from refnorm.model import Diagnostic, Entry, Reference, Severity, Span

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "Diagnostic",
    "Entry",
    "InputError",
    "LocaleNotFoundError",
    "NetworkError",
    "Reference",
    "RefnormError",
    "Severity",
    "Span",
    "StyleNotFoundError",
    "enrich",
    "fix_file",
    "fix_text",
    "normalize",
    "parse",
    "parse_date",
    "parse_many",
    "render",
    "split",
]

# public name -> module that defines it (imported lazily, PEP 562)
_LAZY = {
    "split": "refnorm.parsing.split",
    "parse": "refnorm.parsing.api",
    "parse_date": "refnorm.normalizers.dates",
    "normalize": "refnorm.pipeline",
    "enrich": "refnorm.enrichment.api",
    "render": "refnorm.rendering.api",
    "fix_text": "refnorm.fix",
    "fix_file": "refnorm.fix",
    "parse_many": "refnorm.batch",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'refnorm' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from refnorm.batch import parse_many
    from refnorm.enrichment.api import enrich
    from refnorm.fix import fix_file, fix_text
    from refnorm.normalizers.dates import parse_date
    from refnorm.parsing.api import parse
    from refnorm.parsing.split import split
    from refnorm.pipeline import normalize
    from refnorm.rendering.api import render
