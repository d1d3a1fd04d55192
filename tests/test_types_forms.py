"""Record types the text names (normalizers/types.py): Turkish conference volumes, encyclopaedias, software and
datasets. Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm import parse


def _type(text: str, lang: str | None = None) -> str:
    return parse(text, lang=lang)[0].to_csl()["type"]


@pytest.mark.parametrize("text", [
    "Yılmaz, A. (2019). Dijital okuryazarlık. 12. Uluslararası Bilgisayar ve Öğretim Teknolojileri Sempozyumu "
    "Bildiri Kitabı içinde (ss. 101-110). Ankara.",
    "Demir, K. (2020). Öğretmen yetiştirme. 7. Ulusal Eğitim Bilimleri Kongresi Bildiri Özetleri Kitabı içinde "
    "(s. 55-60). İzmir: Ege Üniversitesi.",
])
def test_a_turkish_conference_volume_with_its_suffixes(text: str) -> None:
    assert _type(text, "tr") == "paper-conference"


def test_a_turkish_journal_article_stays_one() -> None:
    assert _type("Kaya, M. (2021). Öğretmen adaylarının tutumları. Eğitim ve Bilim, 46(205), 123-140.",
                 "tr") == "article-journal"


@pytest.mark.parametrize(("text", "lang"), [
    ("Krüger, Otto: Art. „Markt“, in: Handwörterbuch der Wirtschaftsgeschichte, Bd. 3, Stuttgart 1998, "
     "Sp. 410–415.", "de"),
    ("Vogel, Ina: Zunftwesen, in: Staatslexikon, 8. Aufl., Bd. 6, Freiburg i. Br. 2022, Sp. 801–805.", "de"),
    ("Dvořák, P. Hrnčířství. In: Encyklopedie řemesel. Praha: Academia, 2012, s. 210–214.", "cs"),
])
def test_a_reference_work_named_in_a_compound_or_in_its_language(text: str, lang: str) -> None:
    assert _type(text, lang) == "entry-encyclopedia"


def test_a_dictionary_and_a_lexicography_journal_stay_what_they_are() -> None:
    assert _type("Grimm, J. Zunft. In: Deutsches Wörterbuch. Leipzig: Hirzel, 1954, Sp. 512.",
                 "de") == "entry-dictionary"
    assert _type("Bergenholtz, H. (2012). Concepts for monofunctional accounting dictionaries. Lexikos, 22, "
                 "31-52.") == "article-journal"


@pytest.mark.parametrize("text", [
    "Kowalski, P. (2022). riverflow: Hydrological time-series tools (Version 2.3.1) [Computer software]. GitHub. "
    "https://github.com/pkowal/riverflow",
    # the host read as a container, with an access date: no web page for that
    "KOVÁŘ, Petr. treeScan: nástroj pro analýzu snímků [software]. Verze 2.0.1. GitHub, 2022 [cit. 2023-02-10]. "
    "Dostupné z: https://github.com/pkovar/treescan",
])
def test_software_with_its_version(text: str) -> None:
    assert _type(text) == "software"


def test_data_from_a_data_centre_and_code_in_a_journal() -> None:
    assert _type("National Ice Data Center (2020). Sea ice extent, daily grids. Boulder, CO: National Ice Data "
                 "Center. https://example.org/seaice") == "dataset"
    assert _type("Ortiz, L. (2021). A fast solver for sparse systems. Journal of Open Source Software, 6(60), "
                 "3012. https://github.com/lortiz/fastsolve") == "article-journal"
