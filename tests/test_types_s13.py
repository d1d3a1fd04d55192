"""Record types of grey literature and of legal forms (normalizers/types.py, parsing/legal.py), session 13.
Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm.normalizers.types import infer_type
from refnorm.parsing.legal import legal_fields

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


# --- legal forms: decisions with their report, online or by a Russian court; parliamentary papers ---


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "BGH, Beschluss vom 3. Mai 2018 – IX ZB 12/17 u. a. –, BGHZ 218, 44–59.",
     {"title": "BGH", "number": "IX ZB 12/17", "container-title": "BGHZ", "volume": "218", "page": "44-59"}),
    ("pl", "Wyrok NSA z dnia 5 czerwca 2019 r., II OSK 1234/17, ONSAiWSA 2020, nr 3, poz. 41.",
     {"title": "Wyrok NSA", "number": "II OSK 1234/17", "container-title": "ONSAiWSA", "issue": "3", "page": "41"}),
    ("fr", "CE, 2e et 7e ch. réunies, 4 mars 2021, n° 438512, Société Alpha Énergie.",
     {"title": "Société Alpha Énergie", "authority": "CE, 2e et 7e ch. réunies", "number": "438512"}),
    ("cs", "Usnesení Nejvyššího soudu ze dne 3. 2. 2021, sp. zn. 25 Cdo 1234/2020 [online]. [cit. 2022-01-05]. "
           "Dostupné z: https://example.cz/rozhodnuti/25-cdo-1234-2020",
     {"title": "Usnesení Nejvyššího soudu", "number": "25 Cdo 1234/2020",
      "URL": "https://example.cz/rozhodnuti/25-cdo-1234-2020", "accessed": {"date-parts": [[2022, 1, 5]]}}),
    ("ru", "Определение Верховного Суда РФ от 14.07.2020 № 18-КГ20-5 // Бюллетень Верховного Суда РФ. – 2021. – "
           "№ 2. – С. 15.",
     {"title": "Определение Верховного Суда РФ", "number": "18-КГ20-5", "container-title": "Бюллетень Верховного Суда РФ",
      "issue": "2"}),
])
def test_decisions_and_what_follows_their_number(lang: str, text: str, expected: dict) -> None:
    out = legal_fields(text, lang)
    assert out is not None and out["type"] == "legal_case"
    assert {k: out.get(k) for k in expected} == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "Kamerstukken II 2019/20, 35 412, nr. 6 (Wijziging van de Omgevingswet; nota naar aanleiding van het verslag).",
     {"type": "bill", "container-title": "Kamerstukken II", "number": "35 412", "issue": "6",
      "title": "Wijziging van de Omgevingswet; nota naar aanleiding van het verslag"}),
    ("sv", "Prop. 2019/20:12. Ett starkare skydd för barn. Stockholm: Justitiedepartementet.",
     {"type": "bill", "number": "2019/20:12", "title": "Ett starkare skydd för barn", "publisher-place": "Stockholm",
      "publisher": "Justitiedepartementet"}),
    ("de", "Deutscher Bundestag (2020): Entwurf eines Gesetzes zur Stärkung der Pflege. Gesetzentwurf der "
           "Bundesregierung. Drucksache 19/2345 vom 14.3.2020. Berlin.",
     {"type": "bill", "author": [{"literal": "Deutscher Bundestag"}], "genre": "Gesetzentwurf der Bundesregierung",
      "number": "19/2345", "issued": {"date-parts": [[2020, 3, 14]]}, "publisher-place": "Berlin"}),
    ("de", "Deutscher Bundestag (2019): Bericht der Kommission Wohnen im Alter. Drucksache 19/9876. Berlin.",
     {"type": "report", "number": "19/9876", "issued": {"date-parts": [[2019]]}}),
])
def test_parliamentary_papers(lang: str, text: str, expected: dict) -> None:
    out = legal_fields(text, lang)
    assert out is not None
    assert {k: out.get(k) for k in expected} == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Иванов И. И. Постановление суда от 12.03.2020 № 5 // Право. – 2020. – № 3. – С. 12–19."),
    ("ru", "Постановление Правительства РФ от 01.02.2020 № 77 // Вестник. – 2020. – № 6. – Ст. 700."),
    ("sv", "Propositionernas historia 1809–1974. Stockholm: Riksdagen, 1975."),
    ("de", "Müller, H. (2019): Die Drucksache als Quelle. Berlin: Duncker & Humblot."),
    ("fr", "CA de Paris, 3 mars 2020."),
])
def test_look_alikes_stay_with_the_labeler(lang: str, text: str) -> None:
    out = legal_fields(text, lang)
    assert out is None or out["type"] == "legislation"  # (a government's decree is an act)


@pytest.mark.parametrize("text", ["DFO Research Document", "Staff Working Papers", "Policy Briefs", "Press release",
                                  "Rapporto annuale", "Temi di discussione", "CPB Notitie", "Arbeitspapiere",
                                  "Documento di lavoro", "SOU 2021:34", "Research Briefing", "HAL SHS",
                                  "EcoEvoRxiv", "Trabajo de fin de grado", "Memoire de master"])
def test_the_gates_let_every_ascii_match_through(text: str) -> None:
    # (a gate skips the word list for ASCII text that holds none of its pieces: it must hold one of every match)
    from refnorm.normalizers import types
    for gated in (types._REPORT, types._PREPRINT, types._THESIS):
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None)


@pytest.mark.parametrize(("record", "text"), [
    # a report series read as a container, with its publisher
    ({"author": BODY, "title": "Lachsbestände im Rhein", "container-title": "Fischerei Research Document",
      "publisher": "LfU", "publisher-place": "Karlsruhe"}, ""),
    # the publisher read as a container with no number of a journal's, and a title that says report
    ({"author": BODY, "title": "河川水質調査報告書", "container-title": "環境省"}, ""),
    # a press release's number read as a container
    ({"author": BODY, "title": "Exporte im März", "container-title": "Pressemitteilung Nr", "publisher-place": "Bonn"},
     ""),
    # Sweden's inquiry read as a journal and its volume
    ({"author": BODY, "title": "En ny skollag", "container-title": "SOU", "volume": "12", "publisher": "Fritzes"},
     "Utbildningsdepartementet (2019) En ny skollag. SOU 2019:12. Stockholm: Fritzes."),
    # a web page's container (the site) and a title that says report
    ({"author": BODY, "title": "Rapporto annuale 2022", "container-title": "Sintesi", "URL": "https://example.it/r",
      "accessed": {"date-parts": [[2023, 2, 1]]}}, ""),
])
def test_a_report_read_with_a_container(record: dict, text: str) -> None:
    assert infer_type(record, text) == "report"


def test_journals_and_edited_books_with_report_words_stay() -> None:
    assert infer_type({"author": PEOPLE, "title": "Seals", "container-title": "Annual Report of the Museum",
                       "volume": "12", "page": "3-9"}) == "article-journal"
    assert infer_type({"author": PEOPLE, "title": "Seals", "container-title": "Forschungsbericht Küste",
                       "editor": PEOPLE, "publisher": "Verlag"}) == "chapter"
    assert infer_type({"author": PEOPLE, "title": "Seals", "container-title": "Nordic Reports",
                       "publisher": "Verlag"}) == "chapter"


# --- data sets by the database or the repository that holds them ---

def test_a_database_named_as_the_container_is_a_dataset() -> None:
    record = {"author": BODY, "title": "Employment by sector, annual", "container-title": "LABSTAT database",
              "URL": "https://example.org/data/1", "accessed": {"date-parts": [[2023, 6, 2]]}}
    assert infer_type(record) == "dataset"
    # a journal named so, with its numbers, is a journal
    assert infer_type({"author": PEOPLE, "title": "Fasting before surgery", "container-title": "Cochrane Database Syst Rev",
                       "volume": "6", "page": "CD013802"}) == "article-journal"


def test_a_repositorys_accession_number_makes_a_dataset() -> None:
    record = {"author": PEOPLE, "title": "Single-cell atlas of the zebrafish gut", "number": "GSE123456",
              "URL": "https://example.org/geo?acc=GSE123456"}
    assert infer_type(record, "Moreau, C. (2020). Single-cell atlas of the zebrafish gut. Gene Expression Omnibus, "
                              "GSE123456. https://example.org/geo?acc=GSE123456") == "dataset"
    # an article citing the data beside its own volume and pages stays the journal's
    article = {"author": PEOPLE, "title": "A gut atlas", "container-title": "Dev Cell", "volume": "50", "page": "1-9"}
    assert infer_type(article, "Moreau C. A gut atlas. Dev Cell 2020;50:1-9 (GEO: GSE123456).") == "article-journal"


def test_a_volume_and_pages_without_the_journals_name_make_an_article() -> None:
    record = {"author": PEOPLE, "title": "Ледяные пещеры Урала", "issue": "41", "page": "20-31",
              "issued": {"date-parts": [[2019]]}}
    assert infer_type(record) == "article-journal"
    # a volume of a series, or a book's imprint, is no journal's
    assert infer_type({**record, "collection-title": "Lecture Notes in Geology"}) != "article-journal"
    assert infer_type({**record, "publisher": "Nauka"}) != "article-journal"


# --- a conference's book named beside the container ---

def test_a_meeting_named_in_the_subtitle_or_a_proceedings_series_after_the_container() -> None:
    record = {"author": PEOPLE, "title": "Купцы Ярославля", "container-title": "Город в истории России",
              "publisher": "ЯрГУ", "publisher-place": "Ярославль", "page": "12-19"}
    text = ("Моро К. Купцы Ярославля // Город в истории России : материалы IV Всерос. науч. конф. (Ярославль, 3 мая "
            "2019 г.). – Ярославль : ЯрГУ, 2019. – С. 12–19.")
    assert infer_type(record, text) == "paper-conference"
    lncs = {"author": PEOPLE, "title": "Edge caching", "container-title": "Web Engineering", "editor": PEOPLE,
            "page": "10-25"}
    assert infer_type(lncs, "Moreau, C.: Edge caching. In: Lind, E. (eds.) Web Engineering. ICWE 2020. LNCS, vol. "
                            "12128, pp. 10–25. Springer, Cham (2020)") == "paper-conference"
    # a publisher's name holding a meeting's word is no meeting
    book = {"author": PEOPLE, "title": "Le luth", "container-title": "Musiciens lyonnais", "editor": PEOPLE,
            "publisher": "Actes Sud", "page": "20-29"}
    assert infer_type(book, "MOREAU, Claire. « Le luth ». Dans : LIND, Erik (dir.). Musiciens lyonnais. Arles : Actes "
                            "Sud, 2018, p. 20-29.") == "chapter"
