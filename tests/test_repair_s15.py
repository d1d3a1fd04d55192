"""Session 15, fixer rf: label repair and fields (reprints, translators, titles, containers, imprints, series)."""

from __future__ import annotations

import pytest

from refnorm import parse


# -- 13: a reprint that names only a place (or only a year) keeps the first edition's publisher
@pytest.mark.parametrize(("text", "lang", "publisher", "place", "original", "issued"), [
    ("Conti, Luca, Storia delle botteghe, Siena, Cantagalli, 1931 (rist. Bologna 1984).", "it",
     "Cantagalli", "Bologna", 1931, 1984),
    ("Vogt, H.: Die Mühlen am Neckar. Tübingen: Mohr 1911 (Nachdr. Aalen 1975).", "de",
     "Mohr", "Aalen", 1911, 1975),
    ("Ricci, P. Il porto di Livorno. Pisa: Nistri, 1902 (ristampa 1978).", "it",
     "Nistri", "Pisa", 1902, 1978),
    ("Ferri, L., La casa rurale, Bologna, Il Mulino, 1990 (rist. 2005).", "it",
     "Il Mulino", "Bologna", 1990, 2005),
    ("Garnier, A. Les foires de Beaucaire. Nîmes : Chastanier, 1899 ; réimpr. 1980.", "fr",
     "Chastanier", "Nîmes", 1899, 1980),
])
def test_a_reprint_naming_no_publisher_keeps_the_first_one(
        text: str, lang: str, publisher: str, place: str, original: int, issued: int) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl.get("publisher") == publisher
    assert ref.csl.get("publisher-place") == place
    assert ref.csl["original-date"] == {"date-parts": [[original]]}
    assert ref.csl["issued"] == {"date-parts": [[issued]]}
    assert "collection-title" not in ref.csl


@pytest.mark.parametrize(("text", "lang", "publisher", "place"), [
    # look-alikes: a reprint naming its own publisher replaces the first one; a place alone stays a place
    ("Conti, Luca, Storia delle botteghe, Siena, Cantagalli, 1931 (rist. Bologna, Forni, 1984).", "it",
     "Forni", "Bologna"),
    ("Vogt, H.: Die Mühlen am Neckar. Tübingen: Mohr 1911 (Nachdr. Aalen: Scientia 1975).", "de",
     "Scientia", "Aalen"),
    ("Vogt, H.: Die Mühlen am Neckar. Tübingen 1911 (Nachdr. Aalen 1975).", "de", None, "Aalen"),
])
def test_a_reprint_naming_its_publisher_replaces_the_first_one(
        text: str, lang: str, publisher: str | None, place: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl.get("publisher") == publisher
    assert ref.csl.get("publisher-place") == place
