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


# ---------------------------------------------------------------- 13: the days a meeting was held are its event-date
def test_a_span_of_days_after_a_meetings_name_is_the_event_date():
    csl = _csl("Nowak, P. (2019). Sensor networks for masonry bridges. In: Proceedings of the 9th Symposium on "
               "Structural Health, Kraków, 10–12 June 2018, pp. 44–51.")
    assert csl["issued"] == {"date-parts": [[2019]]}
    assert csl["event-date"] == {"date-parts": [[2018, 6, 10], [2018, 6, 12]]} and "available-date" not in csl


def test_a_meetings_days_before_the_proceedings_year_leave_it_issued():
    csl = _csl("Ricci A., Modelli di traffico urbano nelle città medie, in Atti del XII Convegno SIDT «Trasporti e "
               "città», Torino, 3-5 ottobre 2018, Milano, FrancoAngeli, 2018, pp. 101-110.")
    assert csl["issued"] == {"date-parts": [[2018]]}
    assert csl["event-date"] == {"date-parts": [[2018, 10, 3], [2018, 10, 5]]} and "available-date" not in csl
    csl = _csl("Moreau, L. Les halles métalliques du XIXe siècle. In : Actes du colloque « Fer et architecture », Lyon, "
               "4-6 mai 2016. Lyon : PUL, 2017, p. 23-40.")
    assert csl["issued"] == {"date-parts": [[2017]]}
    assert csl["event-date"] == {"date-parts": [[2016, 5, 4], [2016, 5, 6]]} and "available-date" not in csl


def test_an_online_date_is_no_event_date():
    csl = _csl("Lind K, Berg O. Loneliness among older adults in rural Sweden. Scand J Public Health. "
               "2021;49(3):210-8. Epub 2020 Jun 4.")
    assert csl["available-date"] == {"date-parts": [[2020, 6, 4]]} and "event-date" not in csl


# ---------------------------------------------------------------- 14: a US date "Feb. 7, 2020" is one date
@pytest.mark.parametrize(("text", "date"), [
    ("[2] P. Kumar, “Thermal limits of busbars,” IEEE Trans. Ind. Appl., vol. 31, no. 2, pp. 14-22, Mar. 9, 2016.",
     [2016, 3, 9]),
    ("[5] A. Novak, “Gear pump with a relief channel,” U.S. Patent 9812004, Mar. 6, 2018.", [2018, 3, 6]),
    ("[4] K. Abe, “Plate heat exchangers,” IEEE Trans. Ind. Electron., vol. 12, no. 3, pp. 1-9, Feb. 1, 2020.",
     [2020, 2, 1]),
])
def test_a_us_month_day_and_year_are_one_date(text, date):
    csl = _csl(text)
    assert csl["issued"] == {"date-parts": [date]}
    assert "available-date" not in csl and csl.get("issue") != str(date[2])


@pytest.mark.parametrize(("text", "date"), [
    ("Lund P, Berg K. Sleep in shift workers. J Occup Health. 2019 Feb 7;61(2):120-8.", [2019, 2, 7]),
    ("[3] L. Ortiz, “Adaptive droop control,” IEEE Trans. Smart Grid, vol. 9, no. 4, pp. 210-219, Feb. 2019.",
     [2019, 2]),
])
def test_other_month_dates_are_unchanged(text, date):
    assert _csl(text)["issued"] == {"date-parts": [date]}


# ---------------------------------------------------------------- 15: a book's extent "XII, 248 S." is no volume
@pytest.mark.parametrize(("text", "pages"), [
    ("Müller, Hans: Stadtgeschichte Ulms im Spätmittelalter. Ulm: Kohlhammer, 2015. XII, 248 S.", "248"),
    ("Смирнов К. Л. Очерки по истории Вятского края. – Вятка : Губ. тип., 1905. – VIII, 214 с.", "214"),
])
def test_a_books_roman_front_matter_and_pages_are_its_length(text, pages):
    csl = _csl(text)
    assert "volume" not in csl and "page" not in csl
    assert csl["number-of-pages"] == pages


def test_a_volume_with_its_own_length_keeps_its_volume():
    csl = _csl("Rossi, M. Storia di Roma, vol. II, 345 p. Roma: Laterza, 1990.")
    assert csl["volume"] == "II"


# ---------------------------------------------------------------- 16: Italian "data di accesso:" is an access cue
def test_an_italian_access_cue_makes_the_access_date():
    csl = _csl("ISPRA, Consumo di suolo in Italia, Rapporti 321/2022, Roma 2022, "
               "https://www.isprambiente.gov.it/it/pubblicazioni (data di accesso: 3 aprile 2023).")
    assert csl["accessed"] == {"date-parts": [[2023, 4, 3]]} and "available-date" not in csl
    assert csl["issued"] == {"date-parts": [[2022]]}


# ---------------------------------------------------------------- 17: "Bollettino n. 12 del 14 settembre 2023"
@pytest.mark.parametrize(("text", "number", "day"), [
    ("Istituto Zooprofilattico, Monitoraggio della peste suina africana. Bollettino n. 7 del 3 maggio 2022, "
     "https://www.izs.it/bollettini/2022_07.pdf (ultimo accesso: 9 giugno 2022).", "7", [2022, 5, 3]),
    ("Bundesagentur für Arbeit (2021): Arbeitsmarkt im Mai 2021. Presseinfo Nr. 21 vom 2. Juni 2021. Nürnberg.",
     "21", [2021, 6, 2]),
])
def test_a_bulletins_number_and_its_day(text, number, day):
    csl = _csl(text)
    assert csl["number"] == number and csl["issued"] == {"date-parts": [day]}
    assert "edition" not in csl and "Nr" not in csl["title"] and " n" not in csl["title"][-3:]


def test_a_gazettes_issue_and_day_is_not_taken():
    csl = _csl("Smith, J. (2019). Rivers of the north. Journal of Hydrology, 12(3), 45-67.")
    assert "number" not in csl


# ---------------------------------------------------------------- 18: a working paper's number after its series
@pytest.mark.parametrize(("text", "series", "number"), [
    ("Berg, Lina, and Tomas Ek. 2020. “Rent Control and Mobility.” NBER Working Paper 27514. Cambridge, MA: National "
     "Bureau of Economic Research.", "NBER Working Paper", "27514"),
    ("Lind, Jo. 2021. “Wage Floors in Retail.” IFN Working Paper 1287. Stockholm: Research Institute of Industrial "
     "Economics.", "IFN Working Paper", "1287"),
])
def test_a_working_papers_number_after_its_series_is_the_number(text, series, number):
    csl = _csl(text)
    assert csl["collection-title"] == series and csl["number"] == number
    assert "available-date" not in csl


def test_a_book_series_number_stays_the_collection_number():
    csl = _csl("Moser, K. (2017). Alpine Almen. Innsbruck: Wagner (Schlern-Schriften, 368).")
    assert "number" not in csl


# ---------------------------------------------------------------- 19: ABNT's "jan./jun. 2022" dates the issue by its year
def test_an_abnt_issues_months_give_its_year():
    csl = _csl("PEREIRA, Ana Clara; LIMA, Bruno. Museus comunitários no sertão. Revista Museologia e Patrimônio, "
               "Rio de Janeiro, v. 15, n. 1, p. 45-68, jan./jun. 2022. DOI: 10.1234/rmp.v15i1.555.")
    assert csl["issued"] == {"date-parts": [[2022]]} and csl["volume"] == "15"


def test_an_nlm_month_span_is_kept():
    csl = _csl("Lund P, Berg K. Shift work and sleep. J Occup Health. 2021 Sep-Oct;63(5):e12301.")
    assert csl["issued"] == {"date-parts": [[2021, 9], [2021, 10]]}


# ---------------------------------------------------------------- 20: an online date alone is the issued date
def test_an_online_date_alone_is_the_issued_date():
    csl = _csl("Julie Marchal, « Les friches industrielles de la vallée de la Fensch », Géoconfluences [En ligne], "
               "Territoires, document 418, mis en ligne le 9 avril 2020, consulté le 3 mai 2021. URL : "
               "http://journals.openedition.org/geoconfluences/418")
    assert csl["issued"] == {"date-parts": [[2020, 4, 9]]} and "available-date" not in csl


def test_an_epub_date_beside_the_issue_date_stays_apart():
    csl = _csl("Lind K, Berg O. Loneliness among older adults in rural Sweden. Scand J Public Health. "
               "2021;49(3):210-8. Epub 2020 Jun 4.")
    assert csl["issued"] == {"date-parts": [[2021]]} and csl["available-date"] == {"date-parts": [[2020, 6, 4]]}
