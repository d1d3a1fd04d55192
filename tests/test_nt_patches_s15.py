"""nt's patches of session 15 for fields.py (a body read into the title). Every string here is made up."""

from __future__ import annotations

import pytest

from refnorm import parse
from refnorm.parsing.fields import _body_read_as_title


@pytest.mark.parametrize("title, body, rest", [
    ("Conseil national de l’eau. Les nappes alluviales de la Loire : bilan", "Conseil national de l’eau",
     "Les nappes alluviales de la Loire : bilan"),
    ("Comisión Nacional del Agua (CONAGUA), Estadísticas del agua en México", "Comisión Nacional del Agua (CONAGUA)",
     "Estadísticas del agua en México"),
    ("Sveriges meteorologiska och hydrologiska institut. Snötäcke i fjällen", "Sveriges meteorologiska och "
     "hydrologiska institut", "Snötäcke i fjällen"),
])
def test_a_body_opening_the_title_is_the_author(title: str, body: str, rest: str) -> None:
    csl = {"title": title, "publisher": "X"}
    _body_read_as_title(csl, None)
    assert csl == {"author": [{"literal": body}], "title": rest, "publisher": "X"}


def test_a_body_read_as_the_title_with_the_title_as_container() -> None:
    csl = {"title": "British Geological Survey", "container-title": "Borehole Records Viewer", "URL": "https://x.org"}
    _body_read_as_title(csl, None)
    assert csl == {"author": [{"literal": "British Geological Survey"}], "title": "Borehole Records Viewer",
                   "URL": "https://x.org"}


@pytest.mark.parametrize("csl", [
    {"title": "Das Archiv der vergessenen Dörfer. Eine Spurensuche"},  # an article first: a title
    {"title": "Soziale Lage und Gesundheit im Alter. Eine Studie"},  # the body word inside: a title
    {"title": "Soziale Lage und Gesundheit im Alter", "container-title": "Robert Koch-Institut"},  # the publisher
    {"title": "British Geological Survey", "container-title": "Journal of Hydrology", "volume": "12"},  # a journal's
    {"title": "Institut national. Rapport"},  # one word after: no title
])
def test_what_is_no_body_before_a_title_stays(csl: dict) -> None:
    before = dict(csl)
    _body_read_as_title(csl, None)
    assert csl == before


def test_a_body_before_the_title_in_a_whole_reference() -> None:
    csl = parse("Comisión Nacional del Agua (CONAGUA), Estadísticas del agua en México, 2021 (EAM-2021), Ciudad de "
                "México, 2021.")[0].to_csl()
    assert csl.get("author") == [{"literal": "Comisión Nacional del Agua (CONAGUA)"}]
