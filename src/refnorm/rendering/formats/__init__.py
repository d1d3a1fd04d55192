"""Output formats of `refnorm.render`.

Styled formats go through a CSL style: ``text`` and ``html`` come from the CSL processor,
``markdown`` is derived from the HTML (:mod:`.markdown`). Data formats write the CSL items
themselves, whatever the style: ``csl-json`` (:mod:`.csljson`), ``csl-yaml`` (:mod:`.cslyaml`),
``bibtex`` and ``bibtex-latex`` (:mod:`.bibtex`), ``ris`` (:mod:`.ris`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from refnorm.errors import ConfigError

__all__ = ["DATA_FORMATS", "FORMATS", "STYLED_FORMATS", "check_format", "data_entries", "data_text"]

STYLED_FORMATS = ("text", "html", "markdown")
DATA_FORMATS = ("csl-json", "csl-yaml", "bibtex", "bibtex-latex", "ris")
FORMATS = STYLED_FORMATS + DATA_FORMATS

_ALIASES = {"txt": "text", "plain": "text", "md": "markdown", "json": "csl-json", "csljson": "csl-json",
            "yaml": "csl-yaml", "yml": "csl-yaml", "cslyaml": "csl-yaml", "bib": "bibtex",
            "latex": "bibtex-latex"}


def check_format(name: str) -> str:
    """The canonical name of an output format; `ConfigError` for an unknown one."""
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in FORMATS:
        raise ConfigError(f"unknown output format {name!r}: expected one of {', '.join(FORMATS)}")
    return key


def data_entries(items: Sequence[Mapping[str, Any]], fmt: str) -> list[str]:
    """One string per item in a data format (a BibTeX entry, an RIS record, a JSON object...)."""
    if fmt == "csl-json":
        from refnorm.rendering.formats import csljson
        return [csljson.dumps_item(item) for item in items]
    if fmt == "csl-yaml":
        from refnorm.rendering.formats import cslyaml
        return [cslyaml.dumps([item], document=False) for item in items]
    if fmt in ("bibtex", "bibtex-latex"):
        from refnorm.rendering.formats import bibtex
        return bibtex.entries(items, latex=fmt == "bibtex-latex")
    if fmt == "ris":
        from refnorm.rendering.formats import ris
        return [ris.record(item) for item in items]
    raise ConfigError(f"{fmt!r} is not a data format")


def data_text(items: Sequence[Mapping[str, Any]], fmt: str) -> str:
    """The whole file in a data format."""
    if fmt == "csl-json":
        from refnorm.rendering.formats import csljson
        return csljson.dumps(items)
    if fmt == "csl-yaml":
        from refnorm.rendering.formats import cslyaml
        return cslyaml.dumps(items)
    if fmt in ("bibtex", "bibtex-latex", "ris"):
        return "\n".join(data_entries(items, fmt))
    raise ConfigError(f"{fmt!r} is not a data format")
