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
