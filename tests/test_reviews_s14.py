"""A review is named by the phrase that introduces the work reviewed; minutes of a meeting are no review."""

import pytest

from refnorm import parse


@pytest.mark.parametrize("text", [
    "Morel, Anne. Compte rendu des travaux du congrès de Lyon. Revue d’histoire, 8 (1999): 10-12.",
    "Roux, Luc. Compte rendu de la réunion du 12 juin. Bulletin de liaison, 4 (2003): 1-2.",
    "Faure, Léa. Compte rendu du colloque « Villes et ports ». Cahiers d’histoire, 21 (2010): 99-101.",
])
def test_minutes_of_a_meeting_are_no_review(text: str) -> None:
    assert parse(text)[0].to_csl()["type"] != "review-book"


def test_a_review_named_by_its_phrase() -> None:
    csl = parse("Blanc, Paul. « Compte rendu de Marie Durand, Les villes du Midi, Paris, Seuil, 1998 ». "
                "Annales du Midi, 112 (2000): 240-242.")[0].to_csl()
    assert csl["type"] == "review-book"
