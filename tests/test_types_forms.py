"""Record types the text names: films, recordings, broadcasts, maps, archival documents, software, Turkish
conference volumes and encyclopaedias (normalizers/types.py). Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm import parse
from refnorm.normalizers.types import infer_type, physical_fields


def _type(text: str, lang: str | None = None) -> str:
    return parse(text, lang=lang)[0].to_csl()["type"]


@pytest.mark.parametrize(("text", "lang"), [
    ("MARCHAND, Paul (réal.). La Mémoire des pierres [film documentaire]. Lyon : Productions du Rhône, 2015. "
     "1 DVD, 95 min.", "fr"),
    ("The Long Harvest. Directed by Anya Petrova. New York: Meridian Films, 2011. DVD, 97 min.", "en"),
    ("Okafor, Daniel, dir. River of Glass. Toronto: Northlight Pictures, 2012. DVD, 88 min.", "en"),
    ("Berger, Lukas (Regie): Die stillen Täler. Dokumentarfilm. München: Alpenfilm, 2017. DVD, 90 Min.", "de"),
    ("Lindqvist, M. (2019). How glaciers move [Video]. YouTube. https://www.youtube.com/watch?v=abc123", "en"),
])
def test_a_film_is_a_motion_picture(text: str, lang: str) -> None:
    assert _type(text, lang) == "motion_picture"


def test_a_podcast_episode_is_a_broadcast() -> None:
    assert _type("Harris, K. (Host). (2020, May 3). Cities after dark [Audio podcast episode]. In Urban Futures. "
                 "Civic Radio. https://example.org/ep12") == "broadcast"


@pytest.mark.parametrize(("text", "lang"), [
    ("Bayerisches Landesamt für Vermessung (2018): Topographische Karte 1:25 000, Blatt 8133 Seehausen. München: "
     "LDBV.", "de"),
    ("Rijkswaterstaat (2019). Bodemkaart van Nederland 1:250.000. Delft: Rijkswaterstaat.", "nl"),
    ("IGN. Carte topographique 1 : 25 000, 3531 OT Saint-Martin-Vésubie. Paris : Institut géographique national, "
     "2016.", "fr"),
    ("Instituto Geográfico Nacional. Mapa topográfico nacional de España 1:50.000, hoja 559. Madrid: IGN, 2014. "
     "1 mapa.", "es"),
    ("ZEMĚMĚŘICKÝ ÚŘAD. Základní mapa České republiky 1 : 50 000, list 12-24. Praha: ZÚ, 2019. 1 mapa.", "cs"),
    ("国土地理院. 5万分1地形図「奈良」. 国土地理院, 2016.", "ja"),
])
def test_a_map_is_a_map(text: str, lang: str) -> None:
    assert _type(text, lang) == "map"


@pytest.mark.parametrize(("text", "lang"), [
    ("Peters, Anne. Letter to Thomas Ward, 4 May 1871. Box 2, folder 9, Ward Family Papers, MS 455. Connecticut "
     "Historical Society, Hartford.", "en"),
    ("Archives nationales, Fonds Rivière, 45 AP 12, correspondance, 1848-1852.", "fr"),
    ("Bundesarchiv, R 43 I/1457: Akten der Reichskanzlei betreffend Siedlungswesen, 1925–1930.", "de"),
    ("Grant, Eliza. Letter to Samuel Grant, 3 March 1858. Box 7, folder 2, Grant Family Papers, MS 902. Rhode Island "
     "Historical Society, Providence.", "en"),  # (the box and folder read as a volume and an issue: no journal)
])
def test_an_archival_document_is_a_manuscript(text: str, lang: str) -> None:
    assert _type(text, lang) == "manuscript"


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


# the words of these forms in titles, journals and publishers of ordinary books and articles
@pytest.mark.parametrize(("text", "kind"), [
    ("Smith CD, Jones AB. Film exposure and memory. J Cogn Psychol. 2019;31(2):100-12.", "article-journal"),
    ("Jones, M. (2018). Directed by desire: Collected poems. London: Faber.", "book"),
    ("Aubert, M. (dir.). Histoire religieuse de la Provence. Aix-en-Provence : PUP, 2004.", "book"),
    ("Brown, T. (2017). Film and society in postwar Britain. Oxford: Oxford University Press.", "book"),
    ("Lee, H. (2020). Mapping urban heat at 1:10 000 scale. Remote Sensing, 12(4), 655-670.", "article-journal"),
    ("Dupont, J. Inventaire des archives de la Marine. Paris : Archives nationales, 1985.", "book"),
    ("Weber, P.: Die Geschichte des Bundesarchivs. Koblenz: Bundesarchiv 2002.", "book"),
    ("Kim, S. (2021). Video games and learning. Computers & Education, 160, 104-118.", "article-journal"),
    ("Garcia, L. (2019). Deutsch als Fremdsprache. Lehrbuch mit Audio-CD. Munich: Hueber.", "book"),
    ("Taylor, R. (2016). Antibody titres at 1:1000 dilution. Lancet Infect Dis 16(2): 150-155.", "article-journal"),
    ("Walker, P. (2012). Inside the black box: Algorithms and society. Cambridge, MA: MIT Press.", "book"),
    ("Nguyen, T. (2020). Reaction times of 350 ms in older drivers. Transportation Research Part F, 70, 1-10.",
     "article-journal"),
    ("Koch, E. (2001). Der Regisseur als Autor. Frankfurt: Suhrkamp.", "book"),
    ("Bernard, C. La carte et le territoire. Paris : Flammarion, 2010.", "book"),
    ("Hill, J. (2014). The National Archives and public memory. Archival Science, 14(2), 101-118.", "article-journal"),
    ("Young, D. (2019). A 90 min walking test in adults. Oxford: OUP.", "book"),
])
def test_the_same_words_in_ordinary_references_change_nothing(text: str, kind: str) -> None:
    assert _type(text) == kind


# the words only the reference string keeps (a bracket the parser drops, a carrier after the last comma)
@pytest.mark.parametrize(("csl", "text", "kind"), [
    ({"title": "Lake District: Western Area", "publisher": "Ordnance Survey", "publisher-place": "Southampton"},
     "Ordnance Survey. Lake District: Western Area [map]. Southampton: Ordnance Survey, 2015.", "map"),
    ({"title": "Symphony No. 2", "container-title": "Op", "volume": "73", "page": "211-2"},
     "Sibelius, Jean. Symphony No. 2, Op. 43. Lahti Symphony Orchestra. BIS 1234, 2001, CD.", "song"),
    ({"title": "Night Ferry", "publisher": "Harbour Films"},
     "Night Ferry. Harbour Films, 2014. 1 DVD (75 min).", "motion_picture"),
])
def test_the_reference_text_adds_the_words_no_field_keeps(csl: dict[str, str], text: str, kind: str) -> None:
    assert infer_type(csl) != kind  # the fields alone do not say it
    assert infer_type(csl, text) == kind


@pytest.mark.parametrize("text", [
    "Roberts CD, Evans LP. Sleep and memory. Neurology. 2020;94(1):10-8.",  # initials, not carriers
    "Kino i obshchestvo [Film and society]. Moscow: Nauka, 1999.",  # a translated title in brackets
    "Lehrbuch Deutsch [CD-ROM]. Berlin: Cornelsen, 2003.",
])
def test_text_that_only_resembles_a_carrier_or_a_genre(text: str) -> None:
    kinds = {"song", "motion_picture", "map", "broadcast", "manuscript"}
    assert infer_type({"title": "T", "publisher": "P"}, text) not in kinds


# with /work/handoff/ty/01 applied to parsing/fields.py: the reference text reaches infer_type, GB/T 7714-2015's
# codes [A] (archive), [CM] (map) and [DS] (data set) are read, and "Version v21.3" is a version
@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("国家档案局. 清代户部题本[A]. 北京: 中国第一历史档案馆, 1765.", "zh", "manuscript"),
    ("自然资源部. 中华人民共和国地图: 1:400万[CM]. 北京: 中国地图出版社, 2019.", "zh", "map"),
    ("国家气象信息中心. 中国地面气候资料日值数据集(V3.0)[DS/OL]. (2019-01-01)[2023-05-01]. http://data.example.cn/d1.",
     "zh", "dataset"),
    ("李明. 论城市化[A]. 王强. 城市研究文集[C]. 北京: 科学出版社, 2005: 12-20.", "zh", "chapter"),  # GB/T 7714-2005
    ("Brahms, Johannes. Symphony No. 4 in E minor, Op. 98. Berlin Philharmonic, Claudio Abbado. Deutsche Grammophon "
     "435 349-2, 1991, CD.", "en", "song"),
    ("Ordnance Survey. Lake District: Western Area [map]. 1:25 000. Southampton: Ordnance Survey, 2015.", "en", "map"),
])
def test_codes_and_words_only_the_text_keeps(text: str, lang: str, kind: str) -> None:
    assert _type(text, lang) == kind


def test_a_version_written_with_its_v() -> None:
    csl = parse("Umweltbundesamt (2022): Luftqualitätsdaten der Messstationen, Version v3.2. Dessau: UBA Data "
                "Center. https://example.org/daten", lang="de")[0].to_csl()
    assert (csl["type"], csl.get("version"), csl.get("volume")) == ("dataset", "v3.2", None)


@pytest.mark.parametrize("note", ["xii, 350 p. : ill., cartes ; 24 cm", "320 S. : Ill., Karten", "240 p. + 1 DVD"])
def test_a_books_physical_description_with_maps_or_a_disc_is_still_a_book(note: str) -> None:
    csl = {"title": "Histoire de la Bretagne", "publisher": "Gallimard", "publisher-place": "Paris", "note": note}
    assert infer_type(csl) == "book"


# an agency's document put online: its place of publication (an imprint, which no web page has) or a PDF file says it
# is no web page; a site named as one stays a page, and so does a page without either
@pytest.mark.parametrize(("csl", "kind"), [
    ({"author": [{"literal": "Urząd Miasta Torunia"}], "title": "Ruch turystyczny w Toruniu w 2021 roku",
      "publisher-place": "Toruń", "URL": "https://example.org/raport-2021"}, "book"),
    ({"author": [{"literal": "Statistikamt Nord"}], "title": "Pendler in Schleswig-Holstein 2022",
      "URL": "https://example.org/files/pendler_2022.pdf"}, "report"),
    ({"title": "Jahresbericht der Landesbibliothek", "URL": "https://example.org/jb.PDF?download=1"}, "report"),
    ({"author": [{"literal": "Росприроднадзор"}], "title": "Росприроднадзор", "genre": "официальный сайт",
      "publisher-place": "Москва", "URL": "https://example.org/"}, "webpage"),
])
def test_a_document_put_online_is_no_web_page(csl: dict, kind: str) -> None:
    assert infer_type(csl) == kind


@pytest.mark.parametrize("csl", [
    {"author": [{"literal": "Museum of Coastal History"}], "title": "Opening hours", "URL": "https://example.org/visit"},
    {"title": "Lecture notes on topology", "author": [{"family": "Moreau", "given": "Luc"}],
     "URL": "https://example.org/notes.pdf"},  # a person's file: nothing says what it is
    {"URL": "https://example.org/paper.pdf"},  # a bare link
    {"title": "The pdf format explained", "URL": "https://example.org/pdf-format"},
])
def test_a_web_page_stays_one(csl: dict) -> None:
    assert infer_type(csl) == "webpage"


def test_an_agencys_document_with_its_place_is_a_report() -> None:
    csl = parse("Urząd Statystyczny w Toruniu, Turystyka w województwie kujawsko-pomorskim w 2021 roku, Toruń 2022, "
                "https://example.org/turystyka-2021 (dostęp: 3.05.2023).", lang="pl")[0].to_csl()
    assert (csl["type"], csl.get("publisher-place")) == ("report", "Toruń")


# a body that is its own publisher issues reports; a person's book, a body's book with an edition, a body printed by
# another publisher stay books
@pytest.mark.parametrize(("csl", "kind"), [
    ({"author": [{"family": "Naturvårdsverket"}], "title": "Tillståndet i miljön 2021", "publisher": "Naturvårdsverket",
      "publisher-place": "Stockholm"}, "report"),
    ({"author": [{"literal": "Portugal. Direção-Geral da Saúde"}], "title": "Plano de contingência",
      "publisher": "Direção-Geral da Saúde", "publisher-place": "Lisboa"}, "report"),
    ({"author": [{"family": "Brandt", "given": "Ole"}], "title": "Brandt", "publisher": "Brandt"}, "book"),
    ({"author": [{"literal": "Ministério da Educação"}], "title": "Manual do professor", "edition": "2",
      "publisher": "Ministério da Educação"}, "book"),
    ({"author": [{"literal": "Royal Society of Chemistry"}], "title": "A history of chemistry",
      "publisher": "Cambridge University Press"}, "book"),
])
def test_a_body_that_publishes_its_own_work_issues_a_report(csl: dict, kind: str) -> None:
    assert infer_type(csl) == kind


def test_a_blog_post_is_a_post_not_a_newspapers_article() -> None:
    csl = {"author": [{"family": "Lindahl", "given": "Eva"}], "title": "Restoring a medieval organ",
           "container-title": "Uppsala Cathedral Blog", "issued": {"date-parts": [[2022, 5, 3]]},
           "URL": "https://example.org/organ"}
    assert infer_type(csl) == "post-weblog"
    # a journal with "Blog" in its name keeps its volume; a newspaper's day stays a newspaper's
    assert infer_type({**csl, "container-title": "Blog Studies", "volume": "4", "page": "1-9"}) == "article-journal"
    assert infer_type({**csl, "container-title": "Dagens Nyheter"}) == "article-newspaper"


# proceedings named by a Spanish meeting, a Swedish conference paper, a Russian society's session, or printed in a
# series of proceedings (LNCS, CCIS, LNI); journals and monograph series with like names stay what they are
@pytest.mark.parametrize(("csl", "kind"), [
    ({"title": "T", "container-title": "Actas de la IX Reunión Española de Ciencia de Materiales",
      "publisher": "SECM", "page": "12-15"}, "paper-conference"),
    ({"title": "T", "container-title": "Energidagarna 2019: konferensbidrag", "publisher": "KTH", "page": "5-9"},
     "paper-conference"),
    ({"title": "Т", "container-title": "Труды XXI сессии Научного совета по физике", "publisher": "Наука",
      "page": "40-44"}, "paper-conference"),
    ({"title": "T", "container-title": "Database Systems for Advanced Applications", "editor": [{"family": "Kim"}],
      "collection-title": "Lecture Notes in Computer Science", "publisher": "Springer", "page": "3-18"},
     "paper-conference"),
    ({"title": "T", "container-title": "DEXA 2021. CCIS", "editor": [{"family": "Kim"}], "publisher": "Springer"},
     "paper-conference"),
    ({"title": "T", "container-title": "Actas Urológicas Españolas", "volume": "44", "issue": "3", "page": "1-9"},
     "article-journal"),
    ({"title": "T", "container-title": "Topics in Algebra", "editor": [{"family": "Kim"}],
      "collection-title": "Lecture Notes in Mathematics", "publisher": "Springer", "page": "3-18"}, "chapter"),
    ({"title": "T", "container-title": "Reunión y dispersión de familias", "editor": [{"family": "Ruiz"}],
      "publisher": "Siglo XXI"}, "chapter"),
])
def test_proceedings_named_by_a_meeting_or_a_series(csl: dict, kind: str) -> None:
    assert infer_type(csl) == kind


# a film's or a recording's carrier and running time, an archival document's box, folder and manuscript number, as
# the fields of a journal's issue read them, are its medium, dimensions and archive_location
def test_a_carrier_and_a_running_time_are_medium_and_dimensions() -> None:
    text = "Okafor, Daniel (réal.). Les Rives [film]. Lyon : Films du Sud, 2016. 1 DVD, 93 min."
    csl = {"title": "Les Rives", "publisher": "Films du Sud", "volume": "1 DVD", "page": "93"}
    assert physical_fields(csl, "motion_picture", text) == {"title": "Les Rives", "publisher": "Films du Sud",
                                                            "medium": "1 DVD", "dimensions": "93 min"}
    # APA's bracket stays what it is, as the genre
    assert physical_fields({"medium": "Film", "volume": "DVD"}, "motion_picture", "… DVD.") == {
        "genre": "Film", "medium": "DVD"}
    assert physical_fields({"note": "2 CD"}, "song", "… [2 CD].") == {"medium": "2 CD"}


def test_a_call_number_is_the_archive_location() -> None:
    text = ("Lind, Olof. Letter to Karin Lind, 3 May 1901. Box 12, folder 3, Lind Family Papers, MS 740. County "
            "Historical Society, Uppsala.")
    csl = {"title": "Letter to Karin Lind", "volume": "Box 12", "issue": "3",
           "container-title": "Lind Family Papers, MS 740", "publisher": "County Historical Society",
           "publisher-place": "Uppsala"}
    assert physical_fields(csl, "manuscript", text) == {
        "title": "Letter to Karin Lind", "archive_location": "Box 12, folder 3, MS 740",
        "archive_collection": "Lind Family Papers", "archive": "County Historical Society", "archive-place": "Uppsala"}


@pytest.mark.parametrize(("csl", "kind", "text"), [
    ({"volume": "1", "page": "82"}, "article-journal", "Film Q. 2019;1:82."),  # a journal about films
    ({"title": "T", "page": "82"}, "motion_picture", "T. Paris, 2001. 82 p."),  # pages, not minutes
    ({"volume": "4", "issue": "17"}, "manuscript", "Letters, vol. 4, no. 17."),  # no box, no folder
    ({"volume": "Vol. 2"}, "song", "Collected songs, Vol. 2."),  # a volume, not a carrier
])
def test_numbers_that_are_no_carrier_and_no_call_number_stay(csl: dict, kind: str, text: str) -> None:
    assert physical_fields(csl, kind, text) == csl


# a thesis by its imprint: DIN 1505's "Diss." after the school read with it as publisher, a thesis word in the title
# when the publisher is a faculty ("Wydział …", "Facoltà di …")
@pytest.mark.parametrize(("csl", "kind"), [
    ({"title": "Hangrutschungen im Allgäu", "publisher": "Universität Augsburg, Diss", "publisher-place": "Augsburg"},
     "thesis"),
    ({"title": "Analiza drgań mostów, praca doktorska", "publisher": "Wydział Inżynierii Lądowej",
      "publisher-place": "Kraków"}, "thesis"),
    ({"title": "Come si scrive una tesi", "publisher": "Bompiani", "publisher-place": "Milano"}, "book"),
    ({"title": "Dissonanz und Form", "publisher": "Bärenreiter, Kassel"}, "book"),
    ({"title": "Die Diss als Gattung", "publisher": "Diss Verlag"}, "book"),
])
def test_a_thesis_by_its_imprint(csl: dict, kind: str) -> None:
    assert infer_type(csl) == kind


def test_software_by_its_bracketed_genre_in_the_text() -> None:
    text = "Lund, E. (2022). Fältkoll: app för artinventering (version 1.4) [Programvara]. Zenodo. https://doi.org/10.5281/zenodo.1"
    csl = {"title": "Fältkoll: app för artinventering", "version": "1.4", "publisher": "Zenodo",
           "DOI": "10.5281/zenodo.1"}
    assert infer_type(csl) == "dataset"  # the fields alone: a deposit on Zenodo
    assert infer_type(csl, text) == "software"
    assert infer_type(csl, text.replace("[Programvara]", "[Datamängd]")) == "dataset"


def test_nlms_united_states_patent_without_a_kind_code() -> None:
    text = "Orr DW, inventor; Valvex Ltd., assignee. Quarter-turn valve. United States patent US 9,876,543. 2018 Jan 2."
    csl = parse(text, lang="en")[0].to_csl()
    assert (csl["type"], csl["number"], csl["issued"]) == ("patent", "US 9,876,543", {"date-parts": [[2018, 1, 2]]})
    # the same digits in an ordinary title are no patent's number
    csl = parse("Smith J. Population in 2020 was US 10,987,321 people. Demography. 2021;5:1-2.", lang="en")[0].to_csl()
    assert csl["type"] == "article-journal" and "number" not in csl
