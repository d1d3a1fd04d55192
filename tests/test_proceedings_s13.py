"""Proceedings in Polish and French humanities styles: the "[w:]" cue, the meeting's place and dates between the
proceedings' name and the book's imprint (strings of our own, with look-alikes)."""
from __future__ import annotations

from refnorm import parse
from refnorm.normalizers.titles import clean_title


def _csl(text: str) -> dict:
    (ref,) = parse(text)
    return ref.to_csl()


def test_bracketed_w_cue_opens_the_proceedings() -> None:
    csl = _csl("Nowak P., Badanie nośności belek zespolonych, [w:] Materiały XII Konferencji Naukowej „Konstrukcje "
               "Zespolone”, Zielona Góra, 14–16 czerwca 2018, red. J. Kowal, Oficyna Wydawnicza UZ, Zielona Góra 2018, "
               "s. 101–110.")
    assert csl["container-title"] == "Materiały XII Konferencji Naukowej „Konstrukcje Zespolone”"
    assert csl["event-place"] == "Zielona Góra"
    assert csl["issued"] == {"date-parts": [[2018]]}
    assert [a["family"] for a in csl["author"]] == ["Nowak"]
    assert csl["type"] == "paper-conference"


def test_bracketed_w_cue_of_a_book() -> None:
    csl = _csl("Kowalska A., Język a tożsamość, [w:] Tożsamość i pamięć, red. B. Lis, Universitas, Kraków 2015, "
               "s. 45–60.")
    assert csl["container-title"] == "Tożsamość i pamięć"
    assert csl["type"] == "chapter"


def test_meeting_place_read_on_its_own_then_dates_then_the_imprint() -> None:
    csl = _csl("DUPONT, A. et MARTIN, B., « Érosion des falaises normandes », dans Actes des XVes Journées Génie "
               "côtier, Brest, 10-12 mai 2018, Paris, Éditions Paralia, 2018, p. 201-210.")
    assert csl["event-place"] == "Brest"
    assert csl["publisher-place"] == "Paris"
    assert csl["issued"] == {"date-parts": [[2018]]}
    assert csl["page"] == "201-210"


def test_a_dated_book_without_a_meeting_keeps_its_date() -> None:
    # no proceedings' word: the place and the date are the book's own
    csl = _csl("Lefèvre, P., « Les ports bretons », dans Histoire maritime de la France, Rennes, 12 mai 2018, p. 5-9.")
    assert "event-place" not in csl


def test_polish_quotation_closed_by_a_right_double_quote_is_kept() -> None:
    assert clean_title("Rocznik „Studia Regionalne”") == "Rocznik „Studia Regionalne”"
    assert clean_title("„Studia Regionalne”") == "Studia Regionalne"


def test_place_joined_by_hyphens_before_the_publisher() -> None:
    csl = _csl("Bianchi, L. (2020), « Le port de Gênes », dans Actes du colloque Ports et villes, Marseille, "
               "3-5 avril 2019, Aix-en-Provence, PUP, 2020, p. 11-30.")
    assert (csl.get("publisher-place"), csl.get("publisher")) == ("Aix-en-Provence", "PUP")
    assert csl.get("event-place") == "Marseille"
