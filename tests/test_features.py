"""Token features: fast paths give what the plain definitions give (the model is trained on these strings)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.parsing.features import _shape, _shape_any


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=12) | st.text(max_size=12))
def test_ascii_shape_is_the_per_character_shape(text: str) -> None:
    assert _shape(text) == _shape_any(text)


def test_shapes() -> None:
    assert [_shape(t) for t in ("Smith", "2020", "ACE2-", "...", "a", "", "Ærø", "王小明", "doi:10.1")] == [
        "Xx", "d", "Xd-", ".", "x", "", "Xx", "C", "x:d.d"]
