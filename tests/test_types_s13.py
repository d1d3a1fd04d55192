"""Record types of grey literature and of legal forms (normalizers/types.py, parsing/legal.py), session 13.
Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm.normalizers.types import infer_type

BODY = [{"literal": "Landesamt für Umweltschutz"}]
PEOPLE = [{"family": "Moreau", "given": "Claire"}, {"family": "Lind", "given": "Erik"}]


# --- reports: what the record says it is, its series and number, the archive it is filed in ---

@pytest.mark.parametrize("record", [
    # a press release, said in a bracket the parser keeps as a note or a genre
    {"author": BODY, "title": "Neue Messstellen am Rhein", "note": "Pressemitteilung", "URL": "https://example.org/a"},
    {"author": BODY, "title": "New monitoring sites", "genre": "Press release", "URL": "https://example.org/b",
     "issued": {"date-parts": [[2022, 4, 2]]}},
    # a series of papers, in the plural too
    {"author": PEOPLE, "title": "Wage rigidity in small firms", "collection-title": "Staff Working Papers",
     "number": "811", "publisher": "Central Bank of Somewhere"},
    {"author": PEOPLE, "title": "La inflación subyacente", "collection-title": "Documentos de Trabajo",
     "publisher": "Banco Central"},
    {"author": PEOPLE, "title": "Il mercato del lavoro", "collection-title": "Temi di discussione",
     "publisher-place": "Roma"},
    {"author": BODY, "title": "Woningmarkt 2030", "collection-title": "Notitie", "publisher": "Planbureau"},
    # a report word in a container that is no journal's (the series read as one) with the text online
    {"author": BODY, "title": "Hochwasser im Sommer", "container-title": "Fachbericht 12. Karlsruhe",
     "URL": "https://example.org/c", "accessed": {"date-parts": [[2023, 1, 2]]}},
    # a genre the container (the institution's name read as a site) does not hide
    {"author": BODY, "title": "Blauwalg in vijvers", "container-title": "Waterschap Noord", "genre": "Rapport",
     "URL": "https://example.org/d", "accessed": {"date-parts": [[2023, 1, 2]]}},
])
def test_what_a_report_says_it_is_makes_it_one(record: dict) -> None:
    assert infer_type(record) == "report"


@pytest.mark.parametrize("title", ["Rapporto annuale sulla pesca 2021", "Jaarrapportage luchtkwaliteit",
                                   "令和4年度 河川水質調査報告書"])
def test_a_report_word_in_a_title_without_container(title: str) -> None:
    assert infer_type({"author": BODY, "title": title, "publisher": "Editore", "publisher-place": "Roma"}) == "report"


@pytest.mark.parametrize("title", ["Il rapporto tra Stato e Chiesa nel Novecento", "I rapporti tra le due sponde",
                                   "The Federalist Papers", "Papers on the history of the harbour"])
def test_look_alikes_of_report_words_stay_books(title: str) -> None:
    assert infer_type({"author": PEOPLE, "title": title, "publisher": "Editore", "publisher-place": "Milano"}) == "book"


def test_a_numbered_series_online_is_a_report_not_a_page() -> None:
    record = {"author": BODY, "title": "Flächennutzung in Kleinstädten", "collection-title": "Texte",
              "collection-number": "41/2021", "URL": "https://example.org/texte-41",
              "accessed": {"date-parts": [[2022, 3, 1]]}}
    assert infer_type(record) == "report"
    assert infer_type({**record, "ISBN": "978-3-00-000000-0"}) != "report"  # a book in a series, put online


def test_a_number_of_its_own_and_no_isbn_is_a_report() -> None:
    record = {"author": PEOPLE, "title": "Fietsongevallen bij ouderen", "number": "R-2021-07",
              "publisher": "Kennisinstituut", "publisher-place": "Den Haag"}
    assert infer_type(record) == "report"
    assert infer_type({**record, "ISBN": "978-90-0000-000-0"}) == "book"
    # a publisher read as a number has no digit; a number beside a page range is a journal issue's
    assert infer_type({**record, "number": "KI-Den Haag"}) == "book"
    assert infer_type({"author": PEOPLE, "title": "Los pósitos", "collection-title": "Hispania LXX", "number": "240",
                       "page": "11-40"}) != "report"


@pytest.mark.parametrize("url", ["https://www.example.gov/publikationen/laerm-2020",
                                 "https://example.nl/documenten/rapporten/2021/05/01/staat",
                                 "https://example.se/publikationsserier/statistik/2020/elever"])
def test_a_document_in_the_publication_archive_is_a_report(url: str) -> None:
    assert infer_type({"author": BODY, "title": "Lärm in Städten", "URL": url,
                       "accessed": {"date-parts": [[2023, 1, 2]]}}) == "report"
    # the institution's name read as the site's container changes nothing
    assert infer_type({"author": BODY, "title": "Lärm in Städten", "container-title": "Landesamt für Umweltschutz",
                       "URL": url, "accessed": {"date-parts": [[2023, 1, 2]]}}) == "report"
    # and a book without ISBN filed there by its publisher is one too
    assert infer_type({"author": PEOPLE, "title": "Brutvögel der Küste", "publisher": "Vogelschutz e.V.",
                       "publisher-place": "Bremen", "URL": url}) == "report"


@pytest.mark.parametrize("url", ["https://www.example.org/news/2023/new-office", "https://example.org/about/history",
                                 "https://publications.example.edu/record/1234"])
def test_other_pages_stay_pages(url: str) -> None:
    assert infer_type({"author": BODY, "title": "Our new office", "URL": url,
                       "accessed": {"date-parts": [[2023, 1, 2]]}}) == "webpage"


def test_a_journal_named_reports_is_no_report() -> None:
    assert infer_type({"author": PEOPLE, "title": "Coral bleaching", "container-title": "Marine Reports",
                       "URL": "https://example.org/e", "accessed": {"date-parts": [[2023, 1, 2]]}}) == "webpage"
    assert infer_type({"author": PEOPLE, "title": "Coral bleaching", "container-title": "Marine Reports",
                       "volume": "12", "page": "1-9"}) == "article-journal"


# --- theses named outside the title, preprints by their servers ---

@pytest.mark.parametrize(("text", "title"), [
    ("NOVÁK, Petr. Hydrologie malých povodí [online]. Brno, 2021. Diplomová práce. Masarykova univerzita.",
     "Hydrologie malých povodí"),
    ("Ruiz Gómez, Ana. El agua en la ciudad histórica. Trabajo de Fin de Grado. Universidad de León, 2020.",
     "El agua en la ciudad histórica"),
    ("SOUZA, Lia. Resíduos em feiras livres. 2018. 54 f. Trabalho de Conclusão de Curso – Universidade X, 2018.",
     "Resíduos em feiras livres"),
    ("Martin, L. Les friches urbaines. Mémoire de master, Université de Nantes, 2019.", "Les friches urbaines"),
])
def test_a_thesis_named_beside_the_title(text: str, title: str) -> None:
    assert infer_type({"author": PEOPLE, "title": title, "issued": {"date-parts": [[2020]]}}, text) == "thesis"


@pytest.mark.parametrize(("text", "title"), [
    ("Eco, U. Come si fa una tesi di laurea. Milano: Bompiani, 1977.", "Come si fa una tesi di laurea"),
    ("Lee, K. (2020). How to write a review. Writing Hub. https://www.example.com/dissertation/review/",
     "How to write a review"),
])
def test_no_thesis_from_a_title_or_a_path(text: str, title: str) -> None:
    assert infer_type({"author": PEOPLE, "title": title, "publisher": "Bompiani", "URL": "https://www.example.com/d"},
                      text) != "thesis"


@pytest.mark.parametrize("record", [
    {"author": PEOPLE, "title": "Fungi in wet forests", "publisher": "EcoEvoRxiv"},
    {"author": PEOPLE, "title": "Groundwater storage", "container-title": "ChinaXiv", "URL": "https://example.org/x"},
    {"author": PEOPLE, "title": "Soins dentaires", "publisher": "HAL SHS", "page": "halshs-01234567"},
    {"author": PEOPLE, "title": "Moral luck", "container-title": "PhilArchive", "URL": "https://example.org/y"},
])
def test_a_preprint_server_makes_an_article(record: dict) -> None:
    assert infer_type(record) == "article"


def test_a_preprint_said_in_the_text() -> None:
    record = {"author": PEOPLE, "title": "Scaling small models", "issued": {"date-parts": [[2021]]}}
    assert infer_type(record, "Moreau, C., Lind, E. (2021). Scaling small models. arXiv preprint arXiv:2101.01234.") \
        == "article"
    assert infer_type({**record, "publisher": "Open Press"},
                      "Moreau, C. Scaling small models [Preprint]. Open Press, 2021.") == "article"
    # a journal article with its preprint's id beside it stays the journal's
    journal = {**record, "container-title": "Phys. Rev. D", "volume": "98", "page": "181601"}
    assert infer_type(journal, "Moreau C, Lind E, Scaling small models, Phys. Rev. D 98 (2021) 181601 "
                               "[arXiv:2101.01234].") == "article-journal"
