"""Italics only for scripts that have them.

Defect of citeproc-py 0.11.1 fixed here: a field in Chinese or Japanese (any text without a
Latin, Greek, Cyrillic, Hebrew, Arabic or Thai letter or a digit) is set in italics when the
style asks for them ("<i>日本語の研究</i>"). citeproc-js drops ``font-style`` from a rendered
field whose text has none of those characters (its ``ROMANESQUE_REGEXP`` test in
``CSL.Output.Queue.append``), since CJK type has no italic: "日本語の研究".
"""

from __future__ import annotations

import re

__all__ = ["MIXINS", "UprightScripts", "is_romanesque"]

# citeproc-js CSL.ROMANESQUE_REGEXP
_ROMANESQUE = re.compile(
    "[-0-9a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff"
    "\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218\u0219\u021a\u021b\u202a-\u202e]")


def is_romanesque(text: str) -> bool:
    """Whether `text` has a character of a script citeproc-js sets in italics."""
    return _ROMANESQUE.search(text) is not None


class UprightScripts:
    """Mixin for fields (``<text>``, ``<number>``, ``<date-part>``, ``<label>``): no italics
    for text without a romanesque character."""

    def font_style(self, text):
        if self.get("font-style", "normal") != "normal" and not is_romanesque(str(text)):
            return text
        return super().font_style(text)


MIXINS = {name: (UprightScripts,) for name in ("text", "number", "date-part", "label")}
