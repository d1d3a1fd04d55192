"""The imprint of Italian and French humanities references: place and publisher joined by a comma, or joined to
the editors of a chapter's book (strings of our own; look-alikes that must keep their reading)."""
from __future__ import annotations

import pytest

from refnorm import parse


def _csl(text: str) -> dict:
    (ref,) = parse(text)
    return ref.to_csl()


@pytest.mark.parametrize(("text", "publisher", "place"), [
    # the publisher after forename-first editors, before "Place Year"
    ("M. Conti, Le mura di Lucca nel Cinquecento, in Città murate d'Italia, a cura di F. Galli e R. Neri, "
     "Carocci, Firenze 2015, pp. 77-102.", "Carocci", "Firenze"),
    # the place after the editors, then the publisher and ", Year"
    ("S. Villa, Il porto di Livorno, in Porti e commerci nel Mediterraneo, a cura di A. Berti e G. Monti, Milano, "
     "Unicopli, 2019, pp. 13-40.", "Unicopli", "Milano"),
    # "Place, Publisher, Year" after a conference's place in brackets
    ("B. Leoni, I mulini del Po, in Acque e territorio. Atti del convegno (Ferrara, 3-4 maggio 2017), a cura di "
     "C. Sala, Ferrara, Clueb, 2019, pp. 5-20.", "Clueb", "Ferrara"),
    # the editors after "in", the place first
    ("Rossi, Marco, «Il catasto teresiano», in P. Fabbri (a cura di), Fisco e società nella Lombardia austriaca, "
     "Milano, Unicopli, 2014, pp. 45-71.", "Unicopli", "Milano"),
])
def test_italian_chapter_imprint(text: str, publisher: str, place: str) -> None:
    csl = _csl(text)
    assert csl.get("publisher") == publisher
    assert csl.get("publisher-place") == place
    assert all(p.get("family") not in (publisher, place) for p in csl.get("editor", []))


def test_publisher_joined_by_hyphens_is_no_place() -> None:
    # both halves of "Ouest-France" are places of the dictionary; the name joined by its hyphen is not
    csl = _csl("Martin, Yves (dir.), Histoire de la Normandie, t. 2, Les temps modernes, Caen, Ouest-France, 1998.")
    assert csl.get("publisher") == "Ouest-France"
    assert csl.get("publisher-place") == "Caen"


@pytest.mark.parametrize("text", [
    # a place with its state or country stays one place
    "Lee, Anna, The Harbor Towns, ed. by B. Cole and C. Dunn, San Francisco, California, 2011.",
    "Hall, R. (ed.), Coastal Studies, Cambridge, MA, 2008.",
])
def test_place_with_its_region_stays_whole(text: str) -> None:
    csl = _csl(text)
    assert "publisher" not in csl or csl["publisher"] not in ("California", "MA")


def test_inverted_editors_keep_their_names() -> None:
    # family-first editors have no initial before each comma: no word of theirs is taken for a publisher
    csl = _csl("Bianchi, L., Il vino toscano, in Storia dell'agricoltura, a cura di Greco, Franco e Sala, Pietro, "
               "Roma, Donzelli, 2010, pp. 1-30.")
    assert [p.get("family") for p in csl.get("editor", [])] == ["Greco", "Sala"]
    assert (csl.get("publisher"), csl.get("publisher-place")) == ("Donzelli", "Roma")
