"""nt's patches of session 16 for files nt does not own (parsing/fields.py). Every string here is made up."""

from __future__ import annotations

import pytest

from refnorm import parse

# --- nt 05: a body's name read with the title's first words as the one author ---


@pytest.mark.parametrize("lang, text, author, title", [
    ("pl", "Główny Urząd Statystyczny, Rolnictwo. Wyniki produkcji roślinnej w 2021 r., https://stat.gov.pl/rolnictwo "
           "(dostęp: 3.02.2023).", "Główny Urząd Statystyczny", "Rolnictwo. Wyniki produkcji roślinnej w 2021 r."),
    ("es", "Instituto Nacional de Estadística, Encuesta de Población Activa. Resultados del primer trimestre de 2022, "
           "https://www.ine.es/epa (consulta: 3.05.2022).", "Instituto Nacional de Estadística",
     "Encuesta de Población Activa. Resultados del primer trimestre de 2022"),
])
def test_a_title_read_into_the_bodys_name(lang: str, text: str, author: str, title: str) -> None:
    csl = parse(text, lang=lang)[0].to_csl()
    assert csl["author"] == [{"literal": author}]
    assert csl["title"] == title


@pytest.mark.parametrize("lang, text, author", [
    # the body's own comma or abbreviation, or its office after the comma, stay the body's
    ("fr", "Agence nationale pour l’amélioration de l’habitat, de l’énergie et du logement. Rapport d’activité 2021 "
           "[Internet]. Paris : Anah ; 2022 [cité le 3 mars 2023].",
     "Agence nationale pour l’amélioration de l’habitat, de l’énergie et du logement"),
    ("de", "Deutsche Gesellschaft für Ernährung e. V.: Referenzwerte für die Nährstoffzufuhr. Bonn: DGE 2021.",
     "Deutsche Gesellschaft für Ernährung e. V."),
])
def test_a_bodys_name_with_a_comma_or_abbreviation_stays_whole(lang: str, text: str, author: str) -> None:
    csl = parse(text, lang=lang)[0].to_csl()
    assert csl["author"][0]["literal"].rstrip(".") == author.rstrip(".")
