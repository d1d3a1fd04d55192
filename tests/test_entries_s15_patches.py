"""Tests that travel with en's patches of session 15 (files of others, applied by the lead): strings of my own."""

from __future__ import annotations

import pytest

from refnorm import parse


@pytest.mark.parametrize("suffix", ["T", "E", "x2"])
def test_a_dois_short_last_piece_is_the_dois(suffix: str) -> None:
    text = f"Sato, K. (2019). Crustal strain. Journal of Geodesy, 5, 1-9. https://doi.org/10.1234/abc.2019.{suffix}"
    assert parse(text)[0].csl.get("DOI") == f"10.1234/abc.2019.{suffix}"


def test_a_name_after_a_doi_and_a_space_is_no_part_of_it() -> None:
    text = ("Sato, K. (2019). Crustal strain. Journal of Geodesy, 5, 1-9. doi:10.1234/abc.2019.T Smith, J. (2020). "
            "Tides. Nature, 3, 4-5.")
    refs = parse(text)
    assert [r.csl.get("DOI") for r in refs] == ["10.1234/abc.2019.T", None]
