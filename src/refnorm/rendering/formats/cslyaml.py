"""CSL-YAML out (pandoc's ``references``), through the project's one YAML module."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from refnorm.io import cslyaml as _yaml

__all__ = ["dumps"]


def dumps(items: Sequence[Mapping[str, Any]], *, document: bool = True) -> str:
    """Items as a YAML document ``---\\nreferences:\\n- id: ...\\n...`` (pandoc reads it as a
    bibliography file or as front matter); ``document=False`` gives the bare list."""
    if not document:
        return _yaml.dump_records(items)
    return "---\n" + _yaml.dump_records(items, key="references") + "...\n"
