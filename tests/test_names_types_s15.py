"""Names, record types and legal forms (normalizers/names.py, normalizers/types.py, parsing/legal.py), session 15.
Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm.normalizers.names import body_name, parse_names
from refnorm.normalizers.types import PHYSICAL_KINDS, infer_type, physical_fields
from refnorm.parsing.legal import legal_fields

# --- a footnote's "see, e.g." / "voir notamment" / "ferner" before the names ---


@pytest.mark.parametrize("text, names", [
    ("See, e.g., Harriet Oduya", [{"family": "Oduya", "given": "Harriet"}]),
    ("See also T. Brennan", [{"family": "Brennan", "given": "T."}]),
    ("Voir notamment Lucie Garnier et Paul Vautrin",
     [{"family": "Garnier", "given": "Lucie"}, {"family": "Vautrin", "given": "Paul"}]),
    ("Voir par exemple Lucie Garnier", [{"family": "Garnier", "given": "Lucie"}]),
    ("Véase, entre otros, M. A. Quiroga Benítez", [{"family": "Quiroga Benítez", "given": "M. A."}]),
    ("Cfr., ad es., G. Pellandra", [{"family": "Pellandra", "given": "G."}]),
    ("Vgl. etwa Hirsch, Gudrun", [{"family": "Hirsch", "given": "Gudrun"}]),
    ("ferner Lemke, Ottmar", [{"family": "Lemke", "given": "Ottmar"}]),
    ("Zie bijvoorbeeld P. van Daalen", [{"family": "van Daalen", "given": "P."}]),
    ("Se t.ex. Lindgren, Maj", [{"family": "Lindgren", "given": "Maj"}]),
    ("См., например, Тарасов Л. Н.", [{"family": "Тарасов", "given": "Л. Н."}]),
])
def test_a_see_cue_with_an_adverb_is_no_name(text: str, names: list) -> None:
    assert parse_names(text).names == names


@pytest.mark.parametrize("text, names", [
    ("See, Konrad", [{"family": "See", "given": "Konrad"}]),  # a family name with its given name
    ("Ferner, Ilse", [{"family": "Ferner", "given": "Ilse"}]),
    ("Se, Jin-ho", [{"family": "Se", "given": "Jin-ho"}]),
    ("Etwa, K.", [{"family": "Etwa", "given": "K."}]),
    ("Seeberg, Nils", [{"family": "Seeberg", "given": "Nils"}]),
])
def test_a_family_name_that_spells_a_cue_stays(text: str, names: list) -> None:
    assert parse_names(text).names == names


# --- French historians' "Family (Given)" ---


@pytest.mark.parametrize("text, names", [
    ("Garnier (Lucie)", [{"family": "Garnier", "given": "Lucie"}]),
    ("VAUTRIN (Paul-Henri)", [{"family": "Vautrin", "given": "Paul-Henri"}]),
    ("Garnier (Lucie) et Vautrin (Paul)", [{"family": "Garnier", "given": "Lucie"}, {"family": "Vautrin", "given": "Paul"}]),
    ("Le Roy Mabire (Odile)", [{"family": "Le Roy Mabire", "given": "Odile"}]),
    ("Garnier (Lucie", [{"family": "Garnier", "given": "Lucie"}]),  # the closing bracket left to the punctuation
    ("Bugnon (A.-L.", [{"family": "Bugnon", "given": "A.-L."}]),
])
def test_a_given_name_in_brackets_after_the_family(text: str, names: list) -> None:
    assert parse_names(text, "fr").names == names


def test_a_bracket_after_a_body_or_a_whole_name_is_no_given_name() -> None:
    assert parse_names("Instituto Nacional de Hidrología (INH)", "es").names == [
        {"literal": "Instituto Nacional de Hidrología (INH)"}]
    assert parse_names("Landesamt für Forsten (Forstamt)", "de").names == [
        {"literal": "Landesamt für Forsten (Forstamt)"}]
    # a name in natural order and a place: not "Hans Kessler" family, "Bremen" given
    assert parse_names("Hans Kessler (Bremen)", "de").names != [{"family": "Hans Kessler", "given": "Bremen"}]
    assert parse_names("Tomas Ekdahl (Red.", "sv").role == "editor"  # (a role word whose bracket was left open)


# --- Italian acts by their abbreviated kind ---


@pytest.mark.parametrize("text, number, title, issue", [
    ("D.lgs. 14 marzo 2011, n. 77, «Disciplina delle cave di pietra ornamentale», G.U. n. 61 del 16 marzo 2011.",
     "77", "Disciplina delle cave di pietra ornamentale", "61"),
    ("D.P.R. 2 febbraio 1999, n. 45, «Regolamento sui rifugi alpini», G.U. n. 30 del 6 febbraio 1999.",
     "45", "Regolamento sui rifugi alpini", "30"),
    ("L. 9 ottobre 2015, n. 163, Norme sulle botteghe di liuteria, in «Gazzetta Ufficiale», n. 240, 15 ottobre 2015.",
     "163", "Norme sulle botteghe di liuteria", "240"),
])
def test_an_italian_act_by_its_abbreviated_kind(text: str, number: str, title: str, issue: str) -> None:
    csl = legal_fields(text, "it")
    assert csl is not None and csl["type"] == "legislation"
    assert (csl["number"], csl["title"], csl["issue"]) == (number, title, issue)
    assert len(csl["issued"]["date-parts"][0]) == 3


@pytest.mark.parametrize("text", [
    "L. Ferrucci, Il catasto dei borghi, Firenze, Olschki, 2015.",  # an initial, not "legge"
    "D. M. Casati, «Le cave di Carrara», Studi apuani 4 (2011), pp. 7-19.",
])
def test_an_initial_that_spells_an_act_kind_is_no_act(text: str) -> None:
    assert legal_fields(text, "it") is None


# --- APA's talks and posters at a meeting ---


@pytest.mark.parametrize("bracket", ["Paper presentation", "Poster session", "Póster", "Poster sunumu",
                                     "Conference presentation", "Keynote address", "Vortrag", "Communication orale"])
def test_a_talk_said_in_brackets_is_a_speech(bracket: str) -> None:
    text = (f"Okafor, N., & Lindahl, J. (2022, May 4–6). Sediment budgets of small reservoirs [{bracket}]. "
            "9th Nordic Hydrology Meeting, Tromsø, Norway.")
    record = {"author": [{"family": "Okafor", "given": "N."}], "title": "Sediment budgets of small reservoirs",
              "container-title": "9th Nordic Hydrology Meeting", "publisher-place": "Tromsø, Norway"}
    assert infer_type(record, text) == "speech"
    assert infer_type({k: v for k, v in record.items() if k != "container-title"} | {
        "publisher": "9th Nordic Hydrology Meeting"}, text) == "speech"


def test_a_bracket_that_is_no_talk_or_an_article_stays() -> None:
    text = "Okafor, N. (2022). Sediment budgets of small reservoirs [Data set]. Zenodo."
    assert infer_type({"title": "Sediment budgets of small reservoirs", "publisher": "Zenodo"}, text) == "dataset"
    # an article in a journal that prints its posters' abstracts keeps its journal
    text = "Okafor, N. (2022). Sediment budgets [Poster]. Hydrology Research, 53(2), 101."
    assert infer_type({"title": "Sediment budgets", "container-title": "Hydrology Research", "volume": "53",
                       "issue": "2", "page": "101"}, text) == "article-journal"


def test_a_talks_meeting_and_place_are_its_event() -> None:
    text = ("Okafor, N. (2021, Kasım). Küçük barajlarda sediment [Poster sunumu]. 5. Ulusal Hidroloji Kongresi, "
            "Trabzon, Türkiye.")
    csl = physical_fields({"title": "Küçük barajlarda sediment", "publisher": "Ulusal Hidroloji Kongresi",
                           "publisher-place": "Trabzon, Türkiye", "note": "Poster sunumu"}, "speech", text)
    assert csl == {"title": "Küçük barajlarda sediment", "event-title": "5. Ulusal Hidroloji Kongresi",
                   "event-place": "Trabzon, Türkiye", "genre": "Poster sunumu"}
    text = "Gil, R. (2019, octubre). Erosión en embalses [Póster]. 12 Congreso Ibérico del Agua, Vigo, España."
    csl = physical_fields({"title": "Erosión en embalses", "container-title": "12 Congreso Ibérico del Agua",
                           "publisher-place": "Vigo", "publisher": "España"}, "speech", text)
    assert csl == {"title": "Erosión en embalses", "event-title": "12 Congreso Ibérico del Agua",
                   "event-place": "Vigo, España", "genre": "Póster"}
    assert physical_fields({"title": "T", "container-title": "C"}, "article-journal", "T. C.") == {
        "title": "T", "container-title": "C"}  # (a kind it does not move gives the fields back)
    assert "speech" in PHYSICAL_KINDS


# --- French administrative decisions: the parties before the number ---


@pytest.mark.parametrize("text, title, court, number, report", [
    ("CE, Sect., 4 avril 2018, Commune de Plouvenec, n° 401122, Rec. Lebon p. 131.", "Commune de Plouvenec",
     "CE, Sect.", "401122", ("Rec. Lebon", "131")),
    ("CAA Bordeaux, 3e ch., 7 octobre 2020, Mme Lacaze, n° 18BX02345.", "Mme Lacaze", "CAA Bordeaux, 3e ch.",
     "18BX02345", None),
    ("CE, 2 juin 2022, Fédération des pêcheurs de l'Aude, n° 452001.", "Fédération des pêcheurs de l'Aude", "CE",
     "452001", None),
])
def test_a_french_administrative_decision_with_its_parties_first(text: str, title: str, court: str, number: str,
                                                                 report: tuple | None) -> None:
    csl = legal_fields(text, "fr")
    assert csl is not None and csl["type"] == "legal_case"
    assert (csl["title"], csl["authority"], csl["number"]) == (title, court, number)
    assert len(csl["issued"]["date-parts"][0]) == 3
    if report:
        assert (csl["container-title"], csl["page"]) == report


def test_a_decision_with_its_number_first_is_read_as_before() -> None:
    csl = legal_fields("CE, 5 mai 2019, n° 410987, Société Armor Pêche.", "fr")
    assert csl is not None and (csl["title"], csl["number"]) == ("Société Armor Pêche", "410987")


# --- patents: the number where a journal's fields hold its pieces ---


def test_a_patents_office_word_and_number_read_as_a_journal() -> None:
    text = "[4] A. Berg, “Valve seat with ceramic insert,” U.S. Patent 10 998 231 B2, Mar. 3, 2021."
    record = {"author": [{"family": "Berg", "given": "A."}], "title": "Valve seat with ceramic insert",
              "container-title": "U.S. Patent 10 998 231 B", "volume": "2"}
    assert infer_type(record, text) == "patent"
    csl = physical_fields(record, "patent", text)
    assert csl["number"] == "10 998 231 B2" and "container-title" not in csl and "volume" not in csl


def test_a_patents_title_and_number_read_as_a_container() -> None:
    text = "李强, 王芳. 一种风机叶片除冰装置: CN114567890A[P]. 2022-05-06."
    csl = physical_fields({"container-title": "一种风机叶片除冰装置: CN114567890A", "volume": "P",
                           "number": "CN114567890A"}, "patent", text)
    assert csl == {"title": "一种风机叶片除冰装置", "number": "CN114567890A"}


def test_japanese_patent_numbers() -> None:
    assert physical_fields({"title": "T", "number": "特許第6543210号"}, "patent", "")["number"] == "6543210"
    assert physical_fields({"title": "T", "container-title": "特開", "number": "2020-123456"}, "patent", "") == {
        "title": "T", "number": "特開2020-123456"}


def test_a_place_that_opens_the_offices_name_is_none() -> None:
    csl = physical_fields({"title": "T", "publisher": "U.S. Patent and Trademark Office", "publisher-place": "U",
                           "number": "11,002,114"}, "patent", "")
    assert "publisher-place" not in csl
    csl = physical_fields({"title": "T", "publisher": "Deutsches Patent- und Markenamt", "publisher-place": "München",
                           "number": "DE 10 2020 114 511 A1"}, "patent", "")
    assert csl["publisher-place"] == "München"


def test_a_journal_named_after_patents_stays_a_journal() -> None:
    record = {"title": "Licensing in the pharmaceutical sector", "container-title": "World Patent Information",
              "volume": "64", "page": "102011"}
    assert infer_type(record) == "article-journal"
    assert physical_fields(record, "article-journal", "") == record


# --- Spanish laws: the number they are cited by ---


def test_a_spanish_laws_number() -> None:
    csl = legal_fields("Ley 3/2018, de 14 de marzo, de costas de Galicia. Boletín Oficial del Estado, núm. 90, de 13 "
                       "de abril de 2018, pp. 38001-38040.", "es")
    assert csl is not None and csl["number"] == "3/2018" and csl["title"].startswith("Ley 3/2018")
    # the French and Czech acts' numbers stay in their titles
    csl = legal_fields("Loi n° 2019-773 du 24 juillet 2019 relative aux ports, JORF n° 0171 du 25 juillet 2019.", "fr")
    assert csl is not None and "number" not in csl


# --- a version makes software only of a program ---


def test_a_bodys_versioned_work_is_no_software() -> None:
    body = [{"literal": "Norwegian Meteorological Institute"}]
    report = {"author": body, "title": "Climate in Norway 2100: key figures", "version": "3",
              "publisher": "Norwegian Meteorological Institute", "issued": {"date-parts": [[2021]]}}
    assert infer_type(report) == "report"
    page = {"author": [{"literal": "BirdLife"}], "title": "World Bird Database", "version": "2023-2",
            "URL": "https://example.org/wbd", "accessed": {"date-parts": [[2023, 5, 2]]}}
    assert infer_type(page) != "software"
    person = {"author": [{"family": "Lund", "given": "E."}], "title": "Tidewater glacier toolbox", "version": "1.2"}
    assert infer_type(person) == "software"


@pytest.mark.parametrize("title", ["hydrosed: sediment budgets for reservoirs", "pyGlacier: tools for ice flow",
                                   "tidyrain: tidy rain gauge data"])
def test_a_package_named_in_lower_case_is_software_though_deposited_as_data(title: str) -> None:
    assert infer_type({"author": [{"family": "Lund", "given": "E."}], "title": title, "version": "0.4.1",
                       "publisher": "Zenodo"}) == "software"


def test_a_dataset_with_a_version_stays_a_dataset() -> None:
    assert infer_type({"author": [{"family": "Lund", "given": "E."}], "title": "Glacier velocities, 2015-2021",
                       "version": "2", "publisher": "Zenodo"}) == "dataset"


def test_the_oed_is_a_dictionary() -> None:
    assert infer_type({"title": "Quagmire, n.", "container-title": "OED Online",
                       "publisher": "Oxford University Press"}) == "entry-dictionary"


# --- body_name: a body's name by itself (for fields: a body read into the title) ---


@pytest.mark.parametrize("text", ["Conseil supérieur de la pêche", "Sveriges meteorologiska och hydrologiska institut", "Instituto Geológico y Minero",
                                  "Comisión Nacional del Agua (CONAGUA)", "Fundacja Ochrony Mokradeł",
                                  "Státní pozemkový úřad", "Türkiye Su Enstitüsü"])
def test_a_bodys_name(text: str) -> None:
    assert body_name(text)


@pytest.mark.parametrize("text", ["Das Institut und seine Gründer", "The Royal Society and its fellows",
                                  "Lagunas y ríos de Castilla", "Instituto 2030", "La fondation du musée",
                                  "Smith, John"])
def test_a_title_or_a_person_is_no_bodys_name(text: str) -> None:
    assert not body_name(text)


# --- a word in small letters alone is no one's name ---


def test_a_lone_word_in_small_letters_is_no_name() -> None:
    assert parse_names("монография").names == []
    assert parse_names("Alighieri, voce").names == [{"family": "Alighieri"}]
    assert parse_names("hooks, bell").names == [{"family": "hooks"}, {"family": "bell"}]  # (two: left as read)
    assert parse_names("van der Berg, Anna").names == [{"family": "van der Berg", "given": "Anna"}]


def test_a_body_word_inside_a_title_makes_no_body() -> None:
    assert not body_name("Soziale Lage und Gesundheit im Alter")  # the body word inside: a title's
    assert body_name("Delegación del Gobierno para el Plan de Regadíos")
    assert body_name("Robert Koch-Institut") and body_name("Umweltbundesamt")


# --- governments and agencies named by a compound ---


@pytest.mark.parametrize("text", ["Rijksoverheid", "Landesregierung Brandenburg", "Stadtverwaltung Jena",
                                  "Sächsische Energieagentur", "Vlaams Energieagentschap"])
def test_a_compound_that_names_a_government_or_an_agency_is_a_body(text: str) -> None:
    assert parse_names(text).names == [{"literal": text}]


def test_a_family_name_that_ends_like_an_agency_word_stays_a_person() -> None:
    assert parse_names("Overheid, Jan").names == [{"family": "Overheid", "given": "Jan"}]


# --- a body's own publication is a report ---


def test_a_bodys_work_with_an_isbn_is_a_report() -> None:
    body = [{"literal": "Havs- och vattenmyndigheten"}]
    record = {"author": body, "title": "Ålgräs i Bohuslän", "publisher": "Havs- och vattenmyndigheten",
              "publisher-place": "Göteborg", "ISBN": "978-91-87967-55-1"}
    assert infer_type(record) == "report"
    assert infer_type(record | {"edition": "2"}) == "book"  # (an edition: a book)
    person = {"author": [{"family": "Lund", "given": "Eva"}], "title": "Ålgräs", "publisher": "Atlantis",
              "ISBN": "978-91-87967-55-1"}
    assert infer_type(person) == "book"


def test_a_work_a_body_issued_as_its_editor_is_a_report() -> None:
    record = {"editor": [{"literal": "Landesamt für Umwelt"}], "title": "Umweltdaten 2021",
              "URL": "https://example.org/umweltdaten-2021"}
    assert infer_type(record) == "report"
    edited = {"editor": [{"literal": "Landesamt für Umwelt"}], "title": "Auen im Wandel", "publisher": "Oekom"}
    assert infer_type(edited) == "book"  # (a publisher of its own: an edited book)


# --- a learned society's "Atti" is a journal; a Swedish "konferensen", "seminarium" a meeting ---


def test_a_societys_atti_is_a_journal() -> None:
    record = {"title": "I mulini del Bisagno", "container-title": "Atti della Società Savonese di Storia Patria",
              "volume": "LVII", "issue": "1", "page": "33-60"}
    assert infer_type(record) == "article-journal"
    meeting = {"title": "Frane in Liguria", "container-title": "Atti della XII Conferenza Nazionale di Geologia",
               "page": "33-40", "publisher": "SGI"}
    assert infer_type(meeting) == "paper-conference"


def test_a_swedish_meetings_papers_are_conference_papers() -> None:
    record = {"title": "Runstenar i Västmanland", "container-title": "Föredrag från konferensen i Västerås 2012",
              "editor": [{"family": "Berg", "given": "A."}], "page": "10-22"}
    assert infer_type(record) == "paper-conference"


# --- a German commentary cited by its commentator ---


@pytest.mark.parametrize("text, authors, title, work, edition", [
    ("Weidlich, in: Staudinger, BGB, 12. Aufl. 2019, § 242 Rn. 8.", [{"family": "Weidlich"}], "§ 242",
     "Staudinger, BGB", "12"),
    ("Kern/Rauh, in: Fischer, StGB, 70. Aufl. 2023, § 263 Rn. 3", [{"family": "Kern"}, {"family": "Rauh"}], "§ 263",
     "Fischer, StGB", "70"),
    ("Lenz, in: Sachs, GG, 9. Aufl. 2021, Art. 12 Rn. 40.", [{"family": "Lenz"}], "Art. 12", "Sachs, GG", "9"),
])
def test_a_german_commentary_by_its_commentator(text: str, authors: list, title: str, work: str, edition: str) -> None:
    csl = legal_fields(text, "de")
    assert csl is not None and csl["type"] == "chapter"
    assert (csl["author"], csl["title"], csl["container-title"], csl["edition"]) == (authors, title, work, edition)


def test_a_chapter_in_an_edited_book_is_no_commentary() -> None:
    assert legal_fields("Lenz, in: Festschrift für Sachs, Berlin 2020, S. 33-48.", "de") is None


def test_a_german_commentary_with_its_editors() -> None:
    csl = legal_fields("Roth, in: Keller/Brandt (Hrsg.), HGB, 5. Aufl. 2022, § 25 Rn. 3.", "de")
    assert csl is not None and csl["editor"] == [{"family": "Keller"}, {"family": "Brandt"}]
    assert (csl["container-title"], csl["title"], csl["author"]) == ("HGB", "§ 25", [{"family": "Roth"}])
