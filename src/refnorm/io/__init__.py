"""One adapter per file format: ``read(text) -> Document``, ``write(Document) -> text``.

Adapters: ``text`` (.txt lists), ``markdown`` (.md, .qmd, .Rmd: the reference section and the
front-matter ``references``), ``latex`` (``thebibliography``), ``bibtex`` (.bib), ``csl-json``
(.json) and ``csl-yaml`` (.yaml, .yml). `adapter_for` picks one from a name or a path.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

from refnorm.errors import ConfigError

__all__ = ["FORMATS", "adapter_for", "format_for"]

# format name -> module; the modules are imported on first use
FORMATS = {
    "text": "refnorm.io.text",
    "markdown": "refnorm.io.markdown",
    "latex": "refnorm.io.latex",
    "bibtex": "refnorm.io.bibtex",
    "csl-json": "refnorm.io.csljson",
    "csl-yaml": "refnorm.io.cslyaml",
}
_ALIASES = {"txt": "text", "md": "markdown", "qmd": "markdown", "rmd": "markdown", "tex": "latex",
            "bib": "bibtex", "json": "csl-json", "csljson": "csl-json", "yaml": "csl-yaml", "yml": "csl-yaml",
            "cslyaml": "csl-yaml"}
_EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".qmd": "markdown",
               ".rmd": "markdown", ".tex": "latex", ".ltx": "latex", ".bbl": "latex", ".bib": "bibtex",
               ".json": "csl-json", ".yaml": "csl-yaml", ".yml": "csl-yaml"}


def format_for(path: str | os.PathLike[str] | None = None, format: str | None = None) -> str:
    """The adapter name for a forced format, else for the file's extension (plain text by default)."""
    if format:
        name = _ALIASES.get(format.lower(), format.lower())
        if name not in FORMATS:
            raise ConfigError(f"unknown format {format!r} (known: {', '.join(FORMATS)})")
        return name
    if path is None:
        return "text"
    return _EXTENSIONS.get(os.path.splitext(os.fspath(path))[1].lower(), "text")


def adapter_for(path: str | os.PathLike[str] | None = None, format: str | None = None) -> ModuleType:
    """The adapter module for a path or a format name."""
    return importlib.import_module(FORMATS[format_for(path, format)])
