"""Acts, decisions and standards in forms legal.py's patterns missed before session 13. Strings of our own, each
form beside a look-alike that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse
from refnorm.parsing.legal import legal_fields


# ---------------------------------------------------------------- acts: Italian unquoted names, ABNT's "ano N"
@pytest.mark.parametrize(("text", "expected"), [
    # the name after the date and number, unquoted; the gazette quoted in guillemets after "in"
    ("Legge 8 agosto 2019, n. 77, Disposizioni urgenti in materia di pesca sportiva, in «Gazzetta Ufficiale», n. 190, "
     "14 agosto 2019.",
     {"title": "Disposizioni urgenti in materia di pesca sportiva", "number": "77", "container-title":
      "Gazzetta Ufficiale", "issue": "190", "issued": {"date-parts": [[2019, 8, 8]]}}),
    ("Decreto legislativo 3 marzo 2011, n. 28, Attuazione della direttiva sulle fonti rinnovabili, Gazzetta Ufficiale "
     "n. 71 del 28 marzo 2011.",
     {"title": "Attuazione della direttiva sulle fonti rinnovabili", "number": "28", "container-title":
      "Gazzetta Ufficiale", "issue": "71", "issued": {"date-parts": [[2011, 3, 3]]}}),
])
def test_an_italian_acts_unquoted_name_is_its_title_and_its_number_stands_apart(text, expected):
    assert legal_fields(text, "it") == {"type": "legislation", **expected}


def test_an_italian_act_cited_with_an_article_keeps_its_whole_title():
    # ", art. 5" is no name: the act's title stays whole, its number in it
    out = legal_fields("Legge 8 agosto 2019, n. 77, art. 5, Gazzetta Ufficiale n. 190 del 14 agosto 2019.", "it")
    assert out is not None and out["title"] == "Legge 8 agosto 2019, n. 77, art. 5" and "number" not in out


ABNT_DOU = ("BRASIL. Lei nº 15.432, de 4 de março de 2020. Institui o programa de hortas escolares. Diário Oficial da "
            "União: seção 1, Brasília, DF, ano 157, n. 44, p. 2, 5 mar. 2020.")


def test_abnt_gazette_year_of_publication_is_its_volume_and_its_date_the_acts():
    out = legal_fields(ABNT_DOU, "pt")
    assert out == {"type": "legislation", "author": [{"literal": "Brasil"}], "title": "Lei nº 15.432, de 4 de março de 2020",
                   "container-title": "Diário Oficial da União", "publisher-place": "Brasília, DF", "volume": "157",
                   "issue": "44", "page": "2", "issued": {"date-parts": [[2020, 3, 5]]}}


def test_an_act_read_whole_is_one_reference_however_labelled():
    refs = parse("BRASIL. Lei nº 15.432, de 4 de março de 2020. Altera as Leis nºs 10.123, de 2 de maio de 2001, e "
                 "9.876, de 3 de junho de 1999, para dispor sobre hortas escolares. Diário Oficial da União: seção 1, "
                 "Brasília, DF, ano 157, n. 44, p. 2, 5 mar. 2020.", lang="pt")
    assert len(refs) == 1 and refs[0]["type"] == "legislation" and refs[0]["volume"] == "157"


def test_a_gazette_date_without_the_abnt_jurisdiction_leaves_the_acts_own_date():
    # no "BRASIL." before the act: not ABNT's imprint, the act's own date is issued
    out = legal_fields("Lei nº 15.432, de 4 de março de 2020. Diário Oficial da União: seção 1, Brasília, DF, p. 2, "
                       "5 mar. 2020.", "pt")
    assert out is not None and out["issued"] == {"date-parts": [[2020, 3, 4]]}


# ---------------------------------------------------------------- standards: designations
@pytest.mark.parametrize(("lang", "text", "number"), [
    # the Cyrillic ISO and IEC between GOST R and the number
    ("ru", "ГОСТ Р ИСО 14971–2021. Изделия медицинские. Применение менеджмента риска. – Москва : Стандартинформ, "
           "2021. – 38 с.", "ГОСТ Р ИСО 14971–2021"),
    ("ru", "ГОСТ Р ИСО/МЭК 17025–2019. Общие требования к компетентности испытательных лабораторий. – Москва : "
           "Стандартинформ, 2019. – 28 с.", "ГОСТ Р ИСО/МЭК 17025–2019"),
    # ČSN's class number in brackets is passed over; its edition is part of the designation
    ("cs", "ČSN EN ISO 9612 (01 1616). Akustika – Určování expozice hluku v pracovním prostředí. Praha: Česká agentura "
           "pro standardizaci, 2010.", "ČSN EN ISO 9612"),
    ("cs", "ČSN 75 5401 (75 5401). Navrhování vodovodního potrubí. Praha: Česká agentura pro standardizaci, 2007.",
     "ČSN 75 5401"),
    ("cs", "ČSN EN 60204-1 ed. 3 (33 2200). Bezpečnost strojních zařízení – Elektrická zařízení strojů. Praha: Česká "
           "agentura pro standardizaci, 2019.", "ČSN EN 60204-1 ed. 3"),
])
def test_a_standards_designation_is_its_number_and_it_is_a_standard(lang, text, number):
    ref = parse(text, lang=lang)[0]
    assert (ref["type"], ref["number"], ref.get("author")) == ("standard", number, None)


def test_a_book_whose_title_names_a_standard_stays_a_book():
    ref = parse("Иванов И. И. Внедрение ГОСТ Р ИСО 9001–2015 на предприятии. – Москва : Инфра-М, 2019. – 180 с.",
                lang="ru")[0]
    assert ref["type"] == "book" and ref["author"][0]["family"] == "Иванов"


# ---------------------------------------------------------------- Sweden's government inquiries after the title
@pytest.mark.parametrize("text", [
    "Utbildningsdepartementet (2020) Bättre möjligheter för elever att nå kunskapskraven. SOU 2020:28. Stockholm: "
    "Norstedts Juridik.",
    "Finansdepartementet (2018) Skatteregler för ägare av fåmansföretag. Ds 2018:41. Stockholm: Regeringskansliet.",
])
def test_a_swedish_inquirys_series_and_number_after_the_title_are_its_number(text):
    ref = parse(text, lang="sv")[0]
    number = next(w for w in ("SOU 2020:28", "Ds 2018:41") if w in text)
    assert (ref["number"], ref.get("container-title"), ref.get("volume")) == (number, None, None)


def test_an_inquiry_named_in_an_articles_title_is_no_number():
    ref = parse("Berg, K. (2021). Kommentar till SOU 2019:40 om skolans likvärdighet. Pedagogisk forskning i Sverige, "
                "26(2), 40-58.", lang="sv")[0]
    assert (ref["volume"], ref["issue"], ref.get("number")) == ("26", "2", None)


# ---------------------------------------------------------------- standards: the title in parts, the standards body's imprint
def test_a_standards_title_in_parts_is_one_title():
    ref = parse("ГОСТ Р 71234–2024. Дороги автомобильные. Разметка. Методы контроля. – Москва : Российский институт "
                "стандартизации, 2024. – 16 с.", lang="ru")[0]
    assert ref["title"].startswith("Дороги автомобильные. Разметка") and "container-title" not in ref.csl


def test_a_standards_edition_after_its_title_is_no_title_part():
    ref = parse("SS-ISO 11620:2014. Information och dokumentation – Biblioteksstatistik. Utgåva 3. 2014.", lang="sv")[0]
    assert ref["title"] == "Information och dokumentation – Biblioteksstatistik"


def test_a_standards_imprint_after_its_place_is_its_publisher():
    ref = parse("ČSN EN ISO 11690-1 (01 1606). Akustika – Doporučené postupy pro navrhování pracovišť se sníženým hlukem "
                "vybavených stroji a zařízeními – Část 1: Strategie snižování hluku pomocí řízení a kontroly hluku a "
                "vibrací a pomocí pasivních a aktivních opatření. Praha: Úřad pro technickou normalizaci, metrologii a "
                "státní zkušebnictví, 2021.", lang="cs")[0]
    assert ref["publisher"] == "Úřad pro technickou normalizaci, metrologii a státní zkušebnictví"
    assert ref["title"].endswith("aktivních opatření")


def test_a_chapter_in_a_collection_keeps_its_container():
    # no standard's designation opens it: the container after "In:" stays
    ref = parse("NOVÁK, Jan. Hluk na pracovišti. In: Sborník bezpečnosti práce. Praha: VÚBP, 2019, s. 10–20.",
                lang="cs")[0]
    assert ref["container-title"] == "Sborník bezpečnosti práce"


def test_a_standards_body_read_as_title_and_container_after_the_place_is_its_publisher():
    # the labeler's reading of a long ČSN title (seen on real lines): the body's name after "Praha:" as the title's
    # end and a container; the repair gives it back to the publisher
    from refnorm.parsing.repair import repair_labels
    from refnorm.parsing.tokens import tokenize

    text = ("ČSN EN ISO 8996 (83 3561). Ergonomie tepelného prostředí. Praha: Úřad pro technickou normalizaci, "
            "metrologii a státní zkušebnictví, 2005.")
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    colon, year = words.index(":"), words.index("2005")
    comma = words.index(",", colon)
    labels = ["title"] * len(tokens)
    labels[0] = "^title"
    labels[colon - 1], labels[colon] = "^publisher-place", "O"
    labels[colon + 1:comma] = ["title"] * (comma - colon - 1)
    labels[comma] = "O"
    labels[comma + 1:year - 1] = ["^container-title"] + ["container-title"] * (year - comma - 3)
    labels[year - 1], labels[year], labels[year + 1] = "O", "^issued", "O"
    out = repair_labels(tokens, labels)
    assert [x.lstrip("^") for x in out[colon + 1:year - 1]] == ["publisher"] * (year - colon - 2)
    assert {x.lstrip("^") for x in out[colon + 1:year - 1]} == {"publisher"} and out[colon + 1] == "^publisher"


# ---------------------------------------------------------------- standards: amendments, a body's acronym before, a cut year
@pytest.mark.parametrize(("lang", "text", "number", "title"), [
    # the amendments are part of the designation
    ("sv", "SIS (2021). SS-EN 1992-1-1:2005+A1:2014 Eurokod 2: Dimensionering av betongkonstruktioner – Del 1-1. "
           "Stockholm: Svenska institutet för standarder.", "SS-EN 1992-1-1:2005+A1:2014",
     "Eurokod 2: Dimensionering av betongkonstruktioner – Del 1-1"),
    ("pl", "PN-EN 1996-1-1+A1:2013-05. Eurokod 6: Projektowanie konstrukcji murowych. Warszawa: PKN, 2013.",
     "PN-EN 1996-1-1+A1:2013-05", "Eurokod 6: Projektowanie konstrukcji murowych"),
    # the designation after the title, its year read as a date: the number is the whole designation
    ("en", "International Organization for Standardization. Plastics — Determination of Tensile Properties — Part 2: "
           "Test Conditions. ISO 527-2:2012. Geneva: ISO, 2012.", "ISO 527-2:2012",
     "Plastics — Determination of Tensile Properties — Part 2: Test Conditions"),
])
def test_a_standards_whole_designation_is_its_number(lang, text, number, title):
    ref = parse(text, lang=lang)[0]
    assert (ref["type"], ref["number"], ref["title"]) == ("standard", number, title)


# ---------------------------------------------------------------- standards: statements after the title
def test_a_gost_standards_part_is_its_titles_and_its_date_of_introduction_no_field():
    ref = parse("ГОСТ Р 52872.3-2019. Интернет-ресурсы и другая информация. Часть 3. Требования доступности для людей с "
                "инвалидностью. – Введ. 2020-03-01. – М. : Стандартинформ, 2019. – 40 с.", lang="ru")[0]
    assert ref["title"].endswith("Часть 3. Требования доступности для людей с инвалидностью")
    assert ref.get("author") is None and ref.get("original-date") is None and ref.get("edition") is None
    assert ref["issued"] == {"date-parts": [[2019]]}


def test_a_din_standards_european_original_is_no_container():
    ref = parse("DIN EN 12464-1:2021-11, Licht und Beleuchtung – Beleuchtung von Arbeitsstätten – Teil 1: Arbeitsstätten "
                "in Innenräumen. Deutsche Fassung EN 12464-1:2021.", lang="de")[0]
    assert (ref["number"], ref.get("container-title"), ref.get("volume"), ref.get("page")) == \
        ("DIN EN 12464-1:2021-11", None, None, None)


def test_an_edition_of_a_book_is_no_title_part():
    # no standard opens it: the edition statement stays one
    ref = parse("Петров А. А. Метрология. – 3-е изд. – М. : Стандартинформ, 2019. – 320 с.", lang="ru")[0]
    assert ref["edition"] == "3" and ref["title"] == "Метрология"


# ---------------------------------------------------------------- an act read by the labeler: its number stays in its title
def test_a_czech_acts_number_stays_in_its_title_and_is_given_apart():
    # (session 21: the read golds with such an act give its number apart 3 times in 4)
    ref = parse("Česko. Zákon č. 175/2020 Sb., o hospicové péči. In: Sbírka zákonů České republiky. 2020, částka 60, "
                "s. 1410–1425.", lang="cs")[0]
    assert ref["type"] == "legislation" and "175/2020" in ref["title"] and ref.get("number") == "175/2020 Sb."


def test_a_standards_edition_read_as_a_container_is_its_edition():
    ref = parse("SS-ISO 11620:2014. Information och dokumentation – Biblioteksstatistik. Utgåva 3. 2014.", lang="sv")[0]
    assert ref.get("container-title") is None and ref["edition"].endswith("3")


# ---------------------------------------------------------------- the debates of the UK Parliament (Hansard, OSCOLA)
@pytest.mark.parametrize(("text", "expected"), [
    ("HC Deb 9 June 2021, vol 696, cols 1012–1030.",
     {"container-title": "HC Deb", "volume": "696", "page": "1012-1030", "issued": {"date-parts": [[2021, 6, 9]]}}),
    ("HL Deb 2 December 2019, vol 801, col 45",
     {"container-title": "HL Deb", "volume": "801", "page": "45", "issued": {"date-parts": [[2019, 12, 2]]}}),
])
def test_a_hansard_debate_is_a_hearing(text, expected):
    assert legal_fields(text, "en") == {"type": "hearing", **expected}


def test_a_work_about_a_debate_is_no_hearing():
    assert legal_fields("HC Deb 9 June 2021, vol 696, cols 1012–1030, discussed in Smith J, Parliament and Housing "
                        "(OUP 2022).", "en") is None
