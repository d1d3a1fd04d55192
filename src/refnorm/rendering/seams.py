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

The same block gives ``String`` and ``MixedString`` an ``__add__`` that does what citeproc-py's
does without its decorator's extra call and without the ``TypeError`` it raises and catches for
every non-list piece appended to a ``MixedString`` (about 15 per entry).
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
_String = cstring.String
_LIST_ADD = list.__add__
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


def _mixed_add(self: Any, other: Any) -> Any:
    """``MixedString.__add__`` (with its ``discard_empty_other``): the same steps, the same result."""
    if other == "":
        return self
    other = normalize_seam(self, other)
    if other == "" or other == []:
        return self
    # list + list succeeds, list + anything else raises TypeError and citeproc-py appends it
    return self.__class__(_LIST_ADD(self, other) if isinstance(other, list) else _LIST_ADD(self, [other]))


def _string_add(self: Any, other: Any) -> Any:
    """``String.__add__`` (with its ``discard_empty_other``)."""
    if other == "":
        return self
    return _mixed_add(_MixedString([self]), other)


# only citeproc-py's own methods (the decorator's wrappers) are replaced
_FAST_ADD = (getattr(_MixedString.__dict__.get("__add__"), "__wrapped__", None) is not None
             and getattr(_String.__dict__.get("__add__"), "__wrapped__", None) is not None)


@contextlib.contextmanager
def installed() -> Iterator[None]:
    """citeproc-py's modules use :func:`normalize_seam` inside the block (callers hold the
    processor's lock: the swap is process-wide while it lasts)."""
    if not _SEGMENTWISE:
        yield
        return
    saved = cstring.normalize_seam, model.normalize_seam
    adds = _MixedString.__dict__["__add__"], _String.__dict__["__add__"]
    cstring.normalize_seam = model.normalize_seam = normalize_seam
    if _FAST_ADD:
        _MixedString.__add__, _String.__add__ = _mixed_add, _string_add
    try:
        yield
    finally:
        cstring.normalize_seam, model.normalize_seam = saved
        _MixedString.__add__, _String.__add__ = adds
