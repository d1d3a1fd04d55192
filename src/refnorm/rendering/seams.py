"""citeproc-py's seam rule without printing the whole string at every join.

``citeproc.string.normalize_seam(left, other)`` drops the first character of ``other`` when it
would double a space or a punctuation mark at the end of ``left``. It finds that last character
with ``str(left)``, and ``left`` is the entry built so far: every ``join`` and every ``+`` of a
``MixedString`` prints the whole growing entry again (47 calls per Vancouver entry of
``bench/fix.py``'s list, about 5% of its rendering; read at the seam, about half of that). Only
the last character of ``left`` and the first of ``other`` matter, and a ``MixedString`` prints as
its segments printed one after the other, so they are found from the segments at its ends.

:func:`installed` puts this rule in citeproc-py's modules for the duration of a rendering (the
processor's lock is held), so plain citeproc-py used elsewhere in the process is left as it is.
Same result, character for character (``bench/render_speed.py snapshot``/``compare``,
``tests/test_render_seams_speed.py``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from citeproc import model
from citeproc import string as cstring

__all__ = ["installed", "normalize_seam"]

_MixedString = cstring.MixedString
_SEAM = cstring.SEAM_PUNCTUATION
_strip_first_char = cstring._strip_first_char
_ORIGINAL = cstring.normalize_seam
# the segment-wise reading below relies on a MixedString printing as its segments joined, as
# citeproc-py's own MixedString.__str__ does (if anything replaced it, the rule is left alone)
_SEGMENTWISE = getattr(_MixedString.__str__, "__module__", None) == "citeproc.string"


def _last_char(text: Any) -> str:
    """The last character ``str(text)`` would end with ('' for an empty text)."""
    if type(text) is _MixedString:
        for segment in reversed(text):  # (list order: MixedString only overrides item access)
            last = _last_char(segment)
            if last:
                return last
        return ""
    printed = str(text)
    return printed[-1] if printed else ""


def _first_char(text: Any) -> str:
    """The first character ``str(text)`` would start with ('' for an empty text)."""
    if type(text) is _MixedString:
        for segment in list.__iter__(text):
            first = _first_char(segment)
            if first:
                return first
        return ""
    printed = str(text)
    return printed[0] if printed else ""


def normalize_seam(left: Any, other: Any) -> Any:
    """``citeproc.string.normalize_seam``, reading only the characters at the seam."""
    last = _last_char(left)
    if not last:
        return other
    first = _first_char(other)
    if not first:
        return other
    if last == first and (first == " " or first in _SEAM):
        return _strip_first_char(other)
    return other


@contextlib.contextmanager
def installed() -> Iterator[None]:
    """citeproc-py's modules use :func:`normalize_seam` inside the block (callers hold the
    processor's lock: the swap is process-wide while it lasts)."""
    if not _SEGMENTWISE:
        yield
        return
    saved = cstring.normalize_seam, model.normalize_seam
    cstring.normalize_seam = model.normalize_seam = normalize_seam
    try:
        yield
    finally:
        cstring.normalize_seam, model.normalize_seam = saved
