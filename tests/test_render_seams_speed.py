"""refnorm.rendering.seams: citeproc-py's seam rule read at the seam gives what citeproc-py gives."""

from __future__ import annotations

import citeproc.model as cmodel
import citeproc.string as cstring
from citeproc.formatter.html import Italic
from citeproc.string import MixedString, NoCase, String
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.rendering import seams
from refnorm.rendering.api import render_entries

_ORIGINAL = cstring.normalize_seam
_CHARS = st.sampled_from(["", " ", ".", ",", ";", "a", "B", " .", ". ", "..", "x y", "  ", ":", "é"])


def _leaf() -> st.SearchStrategy:
    text = st.lists(_CHARS, max_size=3).map("".join)
    return st.one_of(text, text.map(String), text.map(NoCase), text.map(Italic))


_TEXT = st.recursive(_leaf(), lambda inner: st.lists(inner, max_size=4).map(MixedString), max_leaves=12)


def _shape(value: object) -> object:
    """A value's type and segments, all the way down (what later joins and formats see)."""
    if isinstance(value, list):
        return (type(value).__name__, [_shape(v) for v in value])
    return (type(value).__name__, str(value))


@settings(max_examples=400, deadline=None)
@given(_TEXT, _TEXT)
def test_the_seam_rule_equals_citeprocs(left, other):
    assert _shape(seams.normalize_seam(left, other)) == _shape(_ORIGINAL(left, other))


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=5), _CHARS)
def test_joins_and_sums_equal_citeprocs(items, delimiter):
    def build():
        joined = cstring.join(items, delimiter)
        total = items[0]
        for item in items[1:]:
            total = total + item
        return _shape(joined), _shape(total)

    plain = build()
    with seams.installed():
        fast = build()
    assert fast == plain


def test_installed_only_while_rendering():
    assert cstring.normalize_seam is _ORIGINAL and cmodel.normalize_seam is _ORIGINAL
    with seams.installed():
        assert cstring.normalize_seam is seams.normalize_seam
        assert cmodel.normalize_seam is seams.normalize_seam
    assert cstring.normalize_seam is _ORIGINAL and cmodel.normalize_seam is _ORIGINAL
    render_entries([{"id": "a", "type": "book", "title": "T.", "author": [{"family": "Doe", "given": "J."}]}],
                   style="vancouver")
    assert cstring.normalize_seam is _ORIGINAL


def test_rendering_is_the_same_with_and_without_the_rule():
    items = [
        {"id": "a", "type": "article-journal", "title": "Stem cells... a review.", "container-title": "Aging Dis.",
         "author": [{"family": "Leng", "given": "Zikuan"}, {"family": "Zhu", "given": "R."}],
         "issued": {"date-parts": [[2020, 3]]}, "volume": "11", "issue": "2", "page": "216-228"},
        {"id": "b", "type": "book", "title": "Une histoire  ; des sciences", "publisher": "PUF",
         "publisher-place": "Paris", "editor": [{"literal": "Collectif."}], "issued": {"date-parts": [[1999]]}},
        {"id": "c", "type": "chapter", "title": "<i>In vitro</i> work:", "container-title": "Methods.",
         "author": [{"family": "van Gogh", "given": "V."}], "page": "1-12", "edition": "2"},
    ]
    for style in ("vancouver", "apa", "ieee", "chicago-author-date"):
        for fmt in ("text", "html"):
            fast = render_entries(items, style=style, format=fmt)
            saved = seams._SEGMENTWISE
            seams._SEGMENTWISE = False  # citeproc-py's own rule
            try:
                plain = render_entries(items, style=style, format=fmt)
            finally:
                seams._SEGMENTWISE = saved
            assert fast == plain, (style, fmt)
