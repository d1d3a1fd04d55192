"""Names, record types and legal forms (normalizers/names.py, normalizers/types.py, parsing/legal.py), session 14.
Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm.normalizers.names import parse_names
from refnorm.normalizers.types import infer_type, physical_fields

PERSON = [{"family": "Okonkwo", "given": "Ada"}]
DAY = {"date-parts": [[2021, 6, 14]]}


# --- an online piece dated by the day: a web page unless its site is a paper ---

@pytest.mark.parametrize("site", ["Gardening Made Simple", "Fundación Agua Viva", "Writing Center Notes",
                                  "Portal do Servidor Notícias"])
def test_an_online_piece_of_a_site_dated_by_the_day_is_a_web_page(site: str) -> None:
    record = {"author": PERSON, "title": "How compost heaps work", "container-title": site, "issued": DAY,
              "URL": "https://example.org/compost"}
    assert infer_type(record) == "webpage"


@pytest.mark.parametrize("paper", ["Trouw", "het Algemeen Dagblad", "Gazeta Krakowska", "Hospodářské noviny",
                                   "Il Fatto Quotidiano", "La Nación", "Les Échos", "Die Zeit", "Göteborgs-Posten",
                                   "Milliyet", "Новая газета", "読売新聞", "经济日报", "The Daily Telegraph"])
def test_an_online_article_of_a_newspaper_stays_a_newspapers(paper: str) -> None:
    record = {"author": PERSON, "title": "How compost heaps work", "container-title": paper, "issued": DAY,
              "URL": "https://example.org/compost"}
    assert infer_type(record) == "article-newspaper"


@pytest.mark.parametrize("extra", [{"page": "12"}, {"issue": "3021"}, {}])
def test_a_dated_piece_with_a_page_or_no_link_stays_a_newspapers(extra: dict) -> None:
    record = {"author": PERSON, "title": "How compost heaps work", "container-title": "Gardening Made Simple",
              "issued": DAY, **extra}
    if not extra:
        assert infer_type(record) == "article-newspaper"  # (printed, by the day: a daily's)
    else:
        assert infer_type({**record, "URL": "https://example.org/compost"}) == "article-newspaper"


def test_a_journal_or_a_magazine_online_is_untouched() -> None:
    record = {"author": PERSON, "title": "How compost heaps work", "container-title": "Soil Letters",
              "issued": DAY, "URL": "https://example.org/compost", "volume": "12"}
    assert infer_type(record) == "article-journal"
    assert infer_type({**record, "volume": None, "container-title": "Garden Weekly"}) == "article-newspaper"


# --- bodies named by words the person-name reader did not know ---

@pytest.mark.parametrize("body", [
    "Bayerische Gesellschaft für Bodenkunde e. V.", "Verein der Freunde des Museums e.V.",
    "Universitätsklinikum Musterstadt", "Kinderklinik am Park", "Koninklijk Bataafsch Genootschap",
    "Universitätsmedizin Neustadt", "Academisch Ziekenhuis Oosterhout",
    "Diputación Provincial de Teruel", "Junta de Extremadura", "Regione Umbria", "Comune di Lecco",
    "Préfecture de la Somme", "Landkreis Oberheide", "Województwo Opolskie", "Kammarkollegiet Sjukhus",
    "Skolinspektionen", "Vägtrafikämbetet", "Provincia di Ancona", "Fakultní nemocnice Brno",
])
def test_a_body_is_a_literal_name(body: str) -> None:
    assert parse_names(body).names == [{"literal": body.rstrip(" ")}]


@pytest.mark.parametrize(("text", "family"), [
    ("Veer, A. van der", "van der Veer"), ("Comunello, Paolo", "Comunello"), ("Klinke, Eva", "Klinke"),
    ("Klinikowski, Jan", "Klinikowski"), ("E. V. Provinciale", "Provinciale"),
])
def test_people_whose_names_hold_like_words_stay_people(text: str, family: str) -> None:
    assert parse_names(text).names[0]["family"] == family


# --- clinical guidelines and medicines' labels are reports; a trial's registry record is a page ---

BODY = [{"literal": "Fachgesellschaft für Beispielmedizin"}]


@pytest.mark.parametrize("record", [
    {"author": BODY, "title": "S2k-Leitlinie Schwindel im Alter", "version": "2.1", "URL": "https://example.org/s"},
    {"author": BODY, "title": "Standaard Hoofdpijn (M19)", "version": "3.0", "publisher": "NHG",
     "publisher-place": "Utrecht", "container-title": "NHG-Standaard M19"},
    {"author": BODY, "title": "Хроническая боль у взрослых", "genre": "клинические рекомендации",
     "publisher-place": "Москва", "number-of-pages": "88"},
    {"author": BODY, "title": "Guía de Práctica Clínica sobre el dolor lumbar", "publisher": "Ministerio",
     "ISBN": "978-84-000-0000-0"},
    {"author": BODY, "title": "Consolidated guidelines on malaria", "publisher": "Body", "ISBN": "978-92-0-000000-0"},
    {"author": BODY, "title": "Nationella riktlinjer för strokesjukvård", "URL": "https://example.org/r",
     "issued": {"date-parts": [[2020]]}},
    {"title": "Fachinformation Beispielol® 10 mg Tabletten", "publisher": "Pharma GmbH"},
    {"title": "Beispielol", "container-title": "Fachinformation Beispielol", "volume": "10", "page": "5"},
    {"title": "Exampline tablets", "genre": "Summary of product characteristics", "publisher": "Pharma Ltd"},
])
def test_a_guideline_or_a_label_is_a_report(record: dict) -> None:
    assert infer_type(record) == "report"


def test_a_trial_registration_is_a_page_of_the_registry() -> None:
    text = "Klinik Beispiel. Early exercise after hip surgery. ClinicalTrials.gov identifier: NCT01234567. Posted 2020."
    record = {"author": BODY, "title": "Early exercise after hip surgery",
              "container-title": "ClinicalTrials.gov identifier: NCT01234567. Posted March", "volume": "2"}
    assert infer_type(record, text) == "webpage"


@pytest.mark.parametrize(("record", "kind"), [
    # articles about guidelines, in a journal; a chapter in an edited book; a guideline's page dated by the day
    ({"title": "What is new in the revised guideline?", "container-title": "Practice Journal", "volume": "66",
      "issue": "3", "page": "12-14"}, "article-journal"),
    ({"title": "Guidelines and their critics", "container-title": "Handbook of Evidence", "editor": BODY,
      "publisher": "Press", "page": "1-20"}, "chapter"),
    ({"author": BODY, "title": "NHG-Standaard Jicht", "issued": {"date-parts": [[2023, 2, 1]]},
      "URL": "https://example.org/j", "accessed": {"date-parts": [[2023, 3, 1]]}}, "webpage"),
    # an article that names its trial's registration keeps its journal
    ({"title": "Early exercise after hip surgery", "container-title": "Bone Journal", "volume": "9", "page": "1-9"},
     "article-journal"),
])
def test_look_alikes_keep_their_types(record: dict, kind: str) -> None:
    text = "… Bone Journal 9: 1-9. Trial registration: NCT01234567." if "Bone" in str(record) else ""
    assert infer_type(record, text) == kind


# --- patents: the kind of document alone read as a container; the kind is no genre; the filing date ---

def test_a_patent_kind_alone_read_as_a_container_makes_a_patent() -> None:
    assert infer_type({"author": BODY, "title": "電池の診断装置", "container-title": "特開", "number": "2020-123456"}) \
        == "patent"
    assert infer_type({"title": "Lamp", "container-title": "Patent Law Review", "volume": "3", "page": "1-9"}) \
        == "article-journal"


@pytest.mark.parametrize(("genre", "text", "kept"), [
    ("European Patent", "Doe J. Lamp. European Patent EP 1 234 567 B1, filed May 4, 2019, and issued June 1, 2021.",
     False),
    ("Offenlegungsschrift", "Roe, Ann: Lampe. Offenlegungsschrift DE 10 2020 111 222 A1, 01.02.2021.", False),
    ("Brevet d'invention", "Lamp. Brevet d'invention FR 3 000 111 A1. 2020-01-02.", False),
    ("Schematic drawing", "Lamp. Patent US 9,999,999 B2, 2020.", True),
])
def test_a_patents_kind_of_document_is_no_genre(genre: str, text: str, kept: bool) -> None:
    out = physical_fields({"title": "Lamp", "genre": genre}, "patent", text)
    assert ("genre" in out) == kept


@pytest.mark.parametrize(("text", "date"), [
    ("Doe J. Lamp. US Patent 9,999,999, filed March 3, 2018, and issued May 5, 2020.", [2018, 3, 3]),
    ("Roe, Ann: Lampe. Patent DE 10 2018 111 222 B4, angemeldet am 12.04.2018, erteilt am 3.9.2020.", [2018, 4, 12]),
    ("Иванов И. И. Лампа : пат. 2700000 Рос. Федерация. № 2019100000 ; заявл. 15.01.2019 ; опубл. 10.09.2020.",
     [2019, 1, 15]),
])
def test_a_patents_filing_date_is_the_date_submitted(text: str, date: list[int]) -> None:
    record = {"title": "Lamp", "issued": {"date-parts": [[2020, 5, 5]]}, "available-date": {"date-parts": [date[:1]]}}
    out = physical_fields(record, "patent", text)
    assert out.get("submitted") == {"date-parts": [date]} and "available-date" not in out
    # a second date that is not the filing's stays where it was; other kinds of record are untouched
    other = {**record, "available-date": {"date-parts": [[2011]]}}
    assert physical_fields(other, "patent", text) == other
    assert physical_fields(record, "book", text) == record


# --- a given name before a short family name in capitals; a second name in natural order after "y"/"e" ---

@pytest.mark.parametrize(("text", "name"), [
    ("Hélène MOREL", {"family": "Morel", "given": "Hélène"}),
    ("Paolo ROSSI", {"family": "Rossi", "given": "Paolo"}),
    ("Agata NOWAK", {"family": "Nowak", "given": "Agata"}),
    ("Émile ZOLA", {"family": "Zola", "given": "Émile"}),
])
def test_a_given_name_then_a_short_family_in_capitals(text: str, name: dict) -> None:
    assert parse_names(text).names == [name]


@pytest.mark.parametrize(("text", "given"), [("Brown DCDM", "D. C. D. M."), ("Jones MAEA", "M. A. E. A."),
                                             ("Lee JKM", "J. K. M.")])
def test_vancouver_compact_initials_stay_initials(text: str, given: str) -> None:
    assert parse_names(text).names[0]["given"] == given


@pytest.mark.parametrize(("text", "lang"), [("Herrera Campos, Lucía y Tomás Vidal-Prieto", "es"),
                                            ("Lopes, Ana e Rui Costa-Neves", "pt")])
def test_a_hyphenated_family_after_a_one_letter_and(text: str, lang: str) -> None:
    names = parse_names(text, lang).names
    assert [n["family"] for n in names] == [text.split(",")[0], text.rsplit(" ", 1)[1]]


def test_a_family_name_joined_by_e_stays_one() -> None:
    assert parse_names("Silva e Souza-Lima, J.", "pt").names == [{"family": "Silva e Souza-Lima", "given": "J."}]


# --- a review of a book, named by the phrase that introduces the book reviewed ---

@pytest.mark.parametrize("text", [
    "Anne Roux, compte rendu de Paul Vidal, Les moulins du Gers, Auch, Cocharaux, 2010, dans Annales du Midi, t. 9.",
    "Berg, Uta: Rez. zu: Karl Weiß, Die Mühlen der Eifel, Trier 2011, in: Trierer Zeitschrift 12 (2013), S. 3–5.",
    "Rossi, M., recensione a G. Neri, I mulini del Po, Roma 2012, «Studi storici», 54 (2013), pp. 3-5.",
    "Hale, Ann. Review of The Mills of Kent, by John Ford. Rural History 9, no. 2 (2014): 3–5.",
])
def test_a_book_review_is_a_review(text: str) -> None:
    record = {"author": PERSON, "title": "T", "container-title": "A journal", "volume": "9", "page": "3-5"}
    assert infer_type(record, text) == "review-book"


@pytest.mark.parametrize("text", [
    "Ford, J. A review of methods proposed by Smith. Rural History 9 (2014): 3–5.",
    "Ford, J. Review of mills in Kent. Rural History 9 (2014): 3–5.",
    "Ford, J. Recent work on mills. Annual Review of Rural History 9 (2014): 3–5.",
])
def test_an_article_reviewing_a_field_stays_an_article(text: str) -> None:
    record = {"author": PERSON, "title": "T", "container-title": "Rural History", "volume": "9", "page": "3-5"}
    assert infer_type(record, text) == "article-journal"


# --- a journal named after an archive, with its pages, is a journal ---

@pytest.mark.parametrize("container", ["Archivio storico siciliano", "Archivo histórico de Soria"])
def test_a_journal_named_after_an_archive_with_pages_is_a_journal(container: str) -> None:
    record = {"author": PERSON, "title": "Le saline", "container-title": container, "volume": "CXII", "page": "5-40"}
    assert infer_type(record, f"A. Okonkwo, Le saline, «{container}», CXII (2015), pp. 5-40.") == "article-journal"


def test_an_archive_read_as_a_journal_with_a_call_number_stays_a_manuscript() -> None:
    record = {"title": "Lettera al vescovo", "container-title": "Archivio di Stato di Lucca", "volume": "busta 12",
              "page": "3-4"}
    assert infer_type(record, "Lettera al vescovo, Archivio di Stato di Lucca, busta 12, cc. 3-4.") == "manuscript"
