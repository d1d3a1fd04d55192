"""Page fields in the languages of the multilingual held-out set.

Written before the normaliser was run on it (results before/after in docs/normalizers.md).
"""

from __future__ import annotations

import pytest

from refnorm.normalizers.pages import first_page, normalize_pages

# (language, text, pages)
TABLE = [
    ("fr", "p. 12-15", "12-15"),
    ("fr", "pp. 216‑28", "216-228"),
    ("fr", "p.\u00a012\u201115", "12-15"),
    ("de", "S. 12–15", "12-15"),
    ("de", "S.\u00a0123\u2013145.", "123-145"),
    ("de", "Seite 7", "7"),
    ("es", "pp. 45-52", "45-52"),
    ("es", "págs. 101–9", "101-109"),
    ("pt", "p. 33-41", "33-41"),
    ("it", "pp. 12–15", "12-15"),
    ("it", "pag. 7-9", "7-9"),
    ("nl", "blz. 3–8", "3-8"),
    ("nl", "p. 112-9", "112-119"),
    ("pl", "s. 12–15", "12-15"),
    ("pl", "str. 5–7", "5-7"),
    ("cs", "s. 45–52", "45-52"),
    ("cs", "str. 101-110", "101-110"),
    ("sv", "s. 12–15", "12-15"),
    ("tr", "ss. 12-15", "12-15"),
    ("tr", "s. 33-41", "33-41"),
    ("ru", "с. 12-15", "12-15"),
    ("ru", "С. 45–52.", "45-52"),
    ("ru", "С. 1451–4", "1451-1454"),
    ("zh", "12-15页", "12-15"),
    ("zh", "第12-15页", "12-15"),
    ("ja", "12-15頁", "12-15"),
    ("ja", "pp.１２–１５", "12-15"),
    ("ja", "12〜15", "12-15"),
    ("en", "pp. 1451-4", "1451-1454"),
    ("en", "e0123456", "e0123456"),
    ("en", "216\u201328.", "216-228"),
    ("en", "pp 12–15", "12-15"),
]


@pytest.mark.parametrize(("lang", "text", "pages"), TABLE, ids=[f"{r[0]}:{r[1]}" for r in TABLE])
def test_pages_in_many_languages(lang: str, text: str, pages: str) -> None:
    assert normalize_pages(text) == pages


# A second, harder batch, written before running it: lists, thin-space thousands, compressed ranges,
# counts, article numbers, and labels in capitals.
TABLE2 = [
    ("ru", "С. 12–15, 18–20", "12-15, 18-20"),
    ("ru", "320 с.", "320"),
    ("ru", "стр. 12—15", "12-15"),
    ("pl", "s. 12–5", "12-15"),
    ("pl", "s. 12–15, 22", "12-15, 22"),
    ("cs", "256 s.", "256"),
    ("fr", "p. 1\u202f035–1\u202f040", "1035-1040"),
    ("fr", "pp. xi–xv", "xi-xv"),
    ("de", "S. 1199–201", "1199-1201"),
    ("de", "S. 98–9", "98-99"),
    ("tr", "ss. 45-52.", "45-52"),
    ("sv", "sid. 12–15", "12-15"),
    ("ja", "12～15", "12-15"),
    ("ja", "第12–15頁", "12-15"),
    ("zh", "12—15页", "12-15"),
    ("en", "Art. no. 1234", "1234"),
    ("en", "Article e1234", "e1234"),
    ("en", "12 – 15", "12-15"),
    ("en", "pp. A12–A15", "A12-A15"),
    ("en", "Pp. 12–15", "12-15"),
    ("en", "P. 345-7", "345-347"),
    ("en", "pp. 12–15, 17", "12-15, 17"),
]


@pytest.mark.parametrize(("lang", "text", "pages"), TABLE2, ids=[f"{r[0]}:{r[1]}" for r in TABLE2])
def test_harder_pages_in_many_languages(lang: str, text: str, pages: str) -> None:
    assert normalize_pages(text) == pages


# Found after the tables (not counted in their pass rates): "and the following page(s)" stays after the page.
@pytest.mark.parametrize(("text", "pages"), [
    ("S. 12 f.", "12 f."), ("S. 12ff.", "12 ff."), ("12 et seq.", "12 et seq."), ("S. 12–15 f.", "12-15 f."),
    ("12f", "12f"),  # no space, no period: a page with a letter, like "12a"
])
def test_following_pages_mark_stays(text: str, pages: str) -> None:
    assert normalize_pages(text) == pages
    assert first_page(text) == pages.split()[0].split("-")[0]
