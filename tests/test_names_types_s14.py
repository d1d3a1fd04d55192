"""Names, record types and legal forms (normalizers/names.py, normalizers/types.py, parsing/legal.py), session 14.
Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm.normalizers.names import parse_names
from refnorm.normalizers.types import infer_type

PERSON = [{"family": "Okonkwo", "given": "Ada"}]
DAY = {"date-parts": [[2021, 6, 14]]}


# --- an online piece dated by the day: a web page unless its site is a paper ---

@pytest.mark.parametrize("site", ["Gardening Made Simple", "Fundación Agua Viva", "Writing Center Notes",
                                  "Portal do Servidor Notícias"])
def test_an_online_piece_of_a_site_dated_by_the_day_is_a_web_page(site: str) -> None:
    record = {"author": PERSON, "title": "How compost heaps work", "container-title": site, "issued": DAY,
              "URL": "https://example.org/compost"}
    assert infer_type(record) == "webpage"


@pytest.mark.parametrize("paper", ["Trouw", "het Algemeen Dagblad", "Gazeta Krakowska", "Hospodářské noviny",
                                   "Il Fatto Quotidiano", "La Nación", "Les Échos", "Die Zeit", "Göteborgs-Posten",
                                   "Milliyet", "Новая газета", "読売新聞", "经济日报", "The Daily Telegraph"])
def test_an_online_article_of_a_newspaper_stays_a_newspapers(paper: str) -> None:
    record = {"author": PERSON, "title": "How compost heaps work", "container-title": paper, "issued": DAY,
              "URL": "https://example.org/compost"}
    assert infer_type(record) == "article-newspaper"


@pytest.mark.parametrize("extra", [{"page": "12"}, {"issue": "3021"}, {}])
def test_a_dated_piece_with_a_page_or_no_link_stays_a_newspapers(extra: dict) -> None:
    record = {"author": PERSON, "title": "How compost heaps work", "container-title": "Gardening Made Simple",
              "issued": DAY, **extra}
    if not extra:
        assert infer_type(record) == "article-newspaper"  # (printed, by the day: a daily's)
    else:
        assert infer_type({**record, "URL": "https://example.org/compost"}) == "article-newspaper"


def test_a_journal_or_a_magazine_online_is_untouched() -> None:
    record = {"author": PERSON, "title": "How compost heaps work", "container-title": "Soil Letters",
              "issued": DAY, "URL": "https://example.org/compost", "volume": "12"}
    assert infer_type(record) == "article-journal"
    assert infer_type({**record, "volume": None, "container-title": "Garden Weekly"}) == "article-newspaper"


# --- bodies named by words the person-name reader did not know ---

@pytest.mark.parametrize("body", [
    "Bayerische Gesellschaft für Bodenkunde e. V.", "Verein der Freunde des Museums e.V.",
    "Universitätsklinikum Musterstadt", "Kinderklinik am Park", "Koninklijk Bataafsch Genootschap",
    "Diputación Provincial de Teruel", "Junta de Extremadura", "Regione Umbria", "Comune di Lecco",
    "Préfecture de la Somme", "Landkreis Oberheide", "Województwo Opolskie", "Kammarkollegiet Sjukhus",
    "Skolinspektionen", "Vägtrafikämbetet", "Provincia di Ancona", "Fakultní nemocnice Brno",
])
def test_a_body_is_a_literal_name(body: str) -> None:
    assert parse_names(body).names == [{"literal": body.rstrip(" ")}]


@pytest.mark.parametrize(("text", "family"), [
    ("Veer, A. van der", "van der Veer"), ("Comunello, Paolo", "Comunello"), ("Klinke, Eva", "Klinke"),
    ("Klinikowski, Jan", "Klinikowski"), ("E. V. Provinciale", "Provinciale"),
])
def test_people_whose_names_hold_like_words_stay_people(text: str, family: str) -> None:
    assert parse_names(text).names[0]["family"] == family
