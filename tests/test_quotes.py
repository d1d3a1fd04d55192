"""One table of quotation marks (normalizers.unicode.QUOTE_CLOSERS) read by titles, fields and repair."""

import pytest

from refnorm import parse
from refnorm.normalizers.titles import clean_title
from refnorm.normalizers.unicode import CLOSING_QUOTES, QUOTE_CLOSERS


def test_every_closer_is_a_closing_quote() -> None:
    assert all(c in CLOSING_QUOTES for cs in QUOTE_CLOSERS.values() for c in cs)
    assert set(QUOTE_CLOSERS["„"]) == {"“", "”"}  # German and Polish


@pytest.mark.parametrize(("raw", "want"), [
    ("„Die Stadt als Bühne", "Die Stadt als Bühne"),          # opened, never closed
    ("Die Stadt als Bühne”", "Die Stadt als Bühne"),          # closed, never opened
    ("Zur Frage der „Heimat“ im Roman", "Zur Frage der „Heimat“ im Roman"),
    ("O „nowej” szkole", "O „nowej” szkole"),                  # Polish closes „ with ”
    ("« Le retour »", "Le retour"),
    ("„Lalka, czyli powieść warszawska”.", "Lalka, czyli powieść warszawska"),  # a whole title in Polish quotes
    ("‚Heimat‘", "Heimat"),
])
def test_lone_and_paired_quotes_in_titles(raw: str, want: str) -> None:
    assert clean_title(raw) == want


def test_polish_in_cue_reads_a_quoted_name_up_to_the_comma_outside_it() -> None:
    ref = parse("Nowak J., Ocena nośności belek, [w:] Materiały VIII Sympozjum „Mosty i Wiadukty”, Gdańsk, "
                "2019, s. 45-52.")[0].to_csl()
    assert ref["container-title"] == "Materiały VIII Sympozjum „Mosty i Wiadukty”"
    assert ref["page"] == "45-52"
