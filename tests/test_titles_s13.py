"""Years and months that belong to a title, not to the reference's date (strings of our own, with look-alikes)."""
from __future__ import annotations

from refnorm import parse


def _csl(text: str) -> dict:
    (ref,) = parse(text)
    return ref.to_csl()


def test_month_and_year_closing_a_bulletin_title() -> None:
    csl = _csl("Statistics Sweden. (2022, 3 May). Labour force survey, April 2022. Retrieved from "
               "https://www.scb.se/lfs-april-2022 (accessed 9 June 2022).")
    assert csl["title"] == "Labour force survey, April 2022"
    assert csl["issued"] == {"date-parts": [[2022, 5, 3]]}


def test_year_after_a_dash_closing_a_title_with_a_later_date() -> None:
    csl = _csl("MINISTÉRIO DA SAÚDE. Boletim de vacinação infantil – 2021. Disponível em: "
               "https://www.gov.br/saude/boletim.pdf. Acesso em: 4 mar. 2023.")
    assert csl["title"] == "Boletim de vacinação infantil – 2021"


def test_year_named_in_an_apa_title_before_a_report_number() -> None:
    csl = _csl("Kowalski Institute. (2021). Annual water quality report 2020 (Report No. 2021/07). "
               "https://example.org/wq-2020.pdf")
    assert csl["title"] == "Annual water quality report 2020"
    assert csl["issued"] == {"date-parts": [[2021]]}


def test_a_plain_date_after_the_title_stays_the_date() -> None:
    # no date before the title and none after: the year is the reference's
    csl = _csl("Berg, T. Farm ponds of the Danube delta, 2019.")
    assert csl.get("issued") == {"date-parts": [[2019]]}
    assert "2019" not in csl["title"]


def test_subtitle_after_full_stop_before_a_polish_imprint() -> None:
    csl = _csl("Nowak J., Młyny wodne na Pomorzu. Technika, ludzie, krajobraz, Wydawnictwo Uniwersytetu Gdańskiego, "
               "Gdańsk 2017.")
    assert csl["title"] == "Młyny wodne na Pomorzu. Technika, ludzie, krajobraz"
    assert csl["publisher"] == "Wydawnictwo Uniwersytetu Gdańskiego"
    assert csl["type"] == "book"


def test_subtitle_before_a_translators_phrase() -> None:
    csl = _csl("Ingrid Holm, Il mare del Nord. Pescatori, mercanti e città (1400-1700), trad. it. di Marco Ferri, "
               "Torino, Einaudi, 2020.")
    assert csl["title"] == "Il mare del Nord. Pescatori, mercanti e città (1400-1700)"
    assert [t["family"] for t in csl["translator"]] == ["Ferri"]


def test_kind_of_work_or_proceedings_after_the_title_is_no_subtitle() -> None:
    thesis = _csl("Weber, Anna (2018): Wasser im Dorf. Dissertation, Universität Kassel.")
    assert thesis["title"] == "Wasser im Dorf"
    paper = _csl("Ortega, L. Road friction estimation. Proceedings of the Symposium on Vehicle Dynamics, "
                 "Turin, Italy, 2015.")
    assert paper["title"] == "Road friction estimation"


def test_sentence_case_title_closed_by_a_publishers_name() -> None:
    csl = _csl("Rossi A., Una pace fragile. Saggio storico sulla diplomazia nella Restaurazione, Bollati Boringhieri, "
               "Torino 1995, ISBN 978-88-15-27391-8.")
    assert (csl["publisher"], csl["publisher-place"]) == ("Bollati Boringhieri", "Torino")
    assert csl["title"] == "Una pace fragile. Saggio storico sulla diplomazia nella Restaurazione"


def test_a_publishers_name_in_quotes_keeps_its_closing_quote() -> None:
    csl = _csl("Wiśniewska A., Dziecko w świecie mediów, Oficyna Wydawnicza „Żak”, Warszawa 2019.")
    assert csl["publisher"] == "Oficyna Wydawnicza „Żak”"
    assert csl["title"] == "Dziecko w świecie mediów"


def test_publisher_then_place_running_into_the_year() -> None:
    csl = _csl("Bruni P., Terra e lavoro. Ricerche sulla mezzadria nella Toscana moderna, Olschki Leo, Firenze 1999.")
    assert (csl.get("publisher"), csl.get("publisher-place")) == ("Olschki Leo", "Firenze")
    # a place and its region or country stay one place
    assert _csl("Hall, R. Coastal Studies, Cambridge, Massachusetts 2008.")["publisher-place"] == "Cambridge, Massachusetts"
    assert _csl("Silva, J. O porto, Lisboa, Portugal 2001.")["publisher-place"] == "Lisboa, Portugal"
