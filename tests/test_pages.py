"""refnorm.normalizers.pages: page fields as real reference lists write them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.normalizers.pages import expand_range, first_page, normalize_pages

CASES = [
    ("216\u201128", "216-228"),  # non-breaking hyphen, compressed (Lancet style)
    ("216\u201328", "216-228"),  # en dash
    ("216\u201428", "216-228"),  # em dash
    ("216\u221228", "216-228"),  # minus sign
    ("216\u201028", "216-228"),  # U+2010 hyphen
    ("216\u201228", "216-228"),  # figure dash
    ("216--228", "216-228"),  # BibTeX
    ("216---228", "216-228"),
    ("216 - 228", "216-228"),
    ("1451-4", "1451-1454"),
    ("1451-54", "1451-1454"),
    ("195-7", "195-197"),
    ("98-102", "98-102"),
    ("99-1", "99-1"),  # cannot expand backwards: left as written
    ("39-39", "39"),
    ("e1234", "e1234"),  # electronic article number
    ("e1234-e1240", "e1234-e1240"),
    ("1234", "1234"),  # article number
    ("S12-S15", "S12-S15"),  # supplement pages
    ("S12-15", "S12-S15"),
    ("S1\u2013S8", "S1-S8"),
    ("A12-A15", "A12-A15"),
    ("pp. 12-19", "12-19"),
    ("pp.12-19.", "12-19"),
    ("p. 5", "5"),
    ("P. 5", "5"),
    ("pages 100-110", "100-110"),
    ("S. 12-19", "12-19"),  # German Seite
    ("S. 12\u201319.", "12-19"),
    ("с. 12\u201319", "12-19"),  # Russian страница
    ("С. 45\u201352", "45-52"),
    ("стр. 7-9", "7-9"),
    ("s. 33-41", "33-41"),  # Polish, Czech, Scandinavian
    ("pág. 10-20", "10-20"),  # Spanish
    ("págs. 10-20", "10-20"),
    ("blz. 3-8", "3-8"),  # Dutch
    ("xii-xv", "xii-xv"),  # roman numerals stay
    ("xii\u2013xv", "xii-xv"),
    ("123-45, 200-5", "123-145, 200-205"),
    ("1-10; 20-25", "1-10, 20-25"),
    ("12a-c", "12a-c"),
    ("Article 1234", "1234"),
    ("  77  ", "77"),
    ("", ""),
    ("n/a", "n/a"),
    # from AnyStyle's reference strings
    ("(pp. 23-64).", "23-64"),
    ("pp. 244-54).", "244-254"),
    ("96?120.", "96-120"),  # a lost en dash
    ("523e531.", "523-531"),  # Elsevier PDFs copy the en dash as "e"
    ("45 329-45 336.", "45329-45336"),
    ("1127-\u00ad\u20101156", "1127-1156"),
    ("581 p.", "581"),
    ("312 pp.", "312"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_normalize_pages(text: str, expected: str) -> None:
    assert normalize_pages(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("pp. 216\u201328", "216"), ("e1234", "e1234"), ("S12-15", "S12"), ("xii-xv", "xii"), ("", None),
     ("n/a", None), ("p. 5", "5"), ("123-45, 200-5", "123")],
)
def test_first_page(text: str, expected: str | None) -> None:
    assert first_page(text) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [("1451", "4", "1454"), ("216", "28", "228"), ("98", "102", "102"), ("99", "1", "1"), ("S12", "15", "S15"),
     ("S12", "S15", "S15"), ("e10", "e12", "e12"), ("xii", "xv", "xv"), ("12", "R3", "R3")],
)
def test_expand_range(start: str, end: str, expected: str) -> None:
    assert expand_range(start, end) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789-\u2013\u2014\u2011 .,;pPSseixv")), max_size=20))
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize_pages(text)
    assert normalize_pages(once) == once
    first_page(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_never_raises_on_any_text(text: str) -> None:
    normalize_pages(text)
    first_page(text)
