"""Numbers, dates and genres (session 15): what a thesis's, a report's or an event's reference says about the
work's kind, number and dates. Strings of our own, each form beside a look-alike that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse


def _csl(text: str, lang: str | None = None) -> dict:
    refs = parse(text, lang)
    assert len(refs) == 1
    return refs[0].to_csl()


# ---------------------------------------------------------------- 11: a thesis's genre without its discipline
@pytest.mark.parametrize("text", [
    "DUPONT, Claire. Les moulins de la Loire. Thèse de doctorat : Géographie physique. Tours : Université de Tours, "
    "2018.",
    "Martin, Jean. Le droit des contrats. Thèse de doctorat, Droit privé. Paris : Université Paris 2, 2017. 540 p.",
])
def test_a_thesis_genre_drops_the_discipline_after_a_colon_or_comma(text):
    csl = _csl(text)
    assert csl["type"] == "thesis"
    assert csl["genre"] == "Thèse de doctorat"


@pytest.mark.parametrize(("text", "genre"), [
    ("Martin, Jean. Le droit des contrats. Thèse de doctorat en droit privé, Université Paris 2, 2017.",
     "Thèse de doctorat en droit privé"),
    ("Souza, A. Ensaios. 2019. 120 f. Tese (Doutorado em Ecologia, Conservação e Manejo) – Universidade Federal, "
     "Viçosa, 2019.", "Tese (Doutorado em Ecologia, Conservação e Manejo)"),
])
def test_a_thesis_genre_keeps_its_discipline_written_in_it(text, genre):
    assert _csl(text)["genre"] == genre


# ---------------------------------------------------------------- 12: a report's kind alone beside its number
@pytest.mark.parametrize(("text", "number"), [
    ("Vattenmyndigheten (2018). Övergödning i Bottenhavet: åtgärder och uppföljning (Rapport 2018:12). Härnösand: "
     "Vattenmyndigheten.", "2018:12"),
    ("Waterschap Rivierenland (2017). Dijkversterking langs de Lek: ontwerpkeuzes (HWBP-rapport 2017-22). Tiel: "
     "Waterschap Rivierenland.", "2017-22"),
    ("Cerema. Le stationnement des vélos dans les gares moyennes : état des lieux. Rapport n° 2019-31. Bron : Cerema, "
     "2019. 64 p.", "2019-31"),
])
def test_a_reports_kind_alone_beside_its_number_is_no_genre(text, number):
    csl = _csl(text)
    assert csl["type"] == "report" and csl["number"] == number
    assert "genre" not in csl


def test_a_reports_kind_without_a_number_or_in_english_stays():
    csl = _csl("Hargreaves, P. (2016). Drainage of upland peat (Technical Report TR-16-03). Bristol: Environment "
               "Agency.")
    assert csl["genre"] == "Technical Report" and csl["number"] == "TR-16-03"
    csl = _csl("Instytut Ochrony Środowiska. Stan lasów w Polsce 2019. Raport. Warszawa: IOŚ-PIB; 2020.")
    assert csl["genre"] == "Raport" and "number" not in csl
