"""One adapter per file format: ``read(text) -> Document``, ``write(Document) -> text``.

Adapters: ``text`` (.txt lists), ``markdown`` (.md, .qmd, .Rmd: the reference section and the
front-matter ``references``), ``latex`` (``thebibliography``), ``bibtex`` (.bib), ``csl-json``
(.json) and ``csl-yaml`` (.yaml, .yml). `adapter_for` picks one from a name or a path.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

from refnorm.errors import ConfigError, InputError

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


# Files of bibliographic or document formats refnorm does not read: read as plain lists, their
# tagged lines (RIS "AU  - ", MEDLINE "AU  -") or markup would be entries kept verbatim, one by one.
_FOREIGN = {".ris": "RIS", ".enw": "EndNote", ".nbib": "MEDLINE/PubMed", ".medline": "MEDLINE/PubMed",
            ".rtf": "RTF", ".docx": "Word", ".doc": "Word", ".odt": "OpenDocument", ".pdf": "PDF",
            ".xml": "XML", ".csl": "CSL style"}


def format_for(path: str | os.PathLike[str] | None = None, format: str | None = None) -> str:
    """The adapter name for a forced format, else for the file's extension (plain text by default).

    A file whose extension names a format refnorm does not read (RIS, EndNote, Word, PDF...) is an
    `InputError`, unless ``format`` forces an adapter.
    """
    if format:
        name = _ALIASES.get(format.lower(), format.lower())
        if name not in FORMATS:
            raise ConfigError(f"unknown format {format!r} (known: {', '.join(FORMATS)})")
        return name
    if path is None:
        return "text"
    ext = os.path.splitext(os.fspath(path))[1].lower()
    if ext in _FOREIGN:
        raise InputError(f"a {_FOREIGN[ext]} file, which refnorm does not read (it reads {', '.join(FORMATS)}); "
                         "`refnorm fix --format text` reads it as a plain reference list", path=os.fspath(path))
    return _EXTENSIONS.get(ext, "text")


def adapter_for(path: str | os.PathLike[str] | None = None, format: str | None = None) -> ModuleType:
    """The adapter module for a path or a format name."""
    return importlib.import_module(FORMATS[format_for(path, format)])
