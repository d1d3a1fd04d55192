"""Session 16, fixer rf: label repair and fields (volumes, containers, imprints, series, titles)."""

from __future__ import annotations

import pytest

from labelling import repaired_fields
from refnorm import parse


# -- 25: a volume statement after a book's name ("Bd. 3: Die Neuzeit", "t. 2 : Le XIXe siècle", "vol. II, L'età
# moderna"): the volume and its own title, in any language, not a publisher, a second title or the container's words
@pytest.mark.parametrize(("text", "lang", "container", "volume", "volume_title", "publisher"), [
    ("Weber, Anna: Die Zünfte der Stadt, in: Müller, Karl (Hrsg.), Geschichte Frankens, Bd. 3: Die Neuzeit, "
     "2. Aufl., Würzburg: Echter 2019, S. 45–67.", "de", "Geschichte Frankens", "3", "Die Neuzeit", "Echter"),
    ("M. Rossi, «Il porto di Genova», in Storia della Liguria, a cura di L. Bianchi e P. Neri, vol. II, L'età moderna, "
     "Genova, Sagep, 2008, pp. 11-40.", "it", "Storia della Liguria", "II", "L'età moderna", "Sagep"),
    ("Dupont, Jean, « Les ports bretons », dans Pierre Martin (dir.), Histoire de la marine, t. 2 : Le XIXe siècle, "
     "Rennes, PUR, 2010, p. 33-50.", "fr", "Histoire de la marine", "2", "Le XIXe siècle", "PUR"),
    ("García, L. Los puertos del norte. En: Pérez, M. (coord.). Historia de la navegación, vol. 2: La Edad Moderna, "
     "Madrid: Síntesis, 2012, pp. 45-60.", "es", "Historia de la navegación", "2", "La Edad Moderna", "Síntesis"),
    ("Kovář, Jan. Hrady a zámky. In: NOVÁK, Petr, ed. Dějiny Moravy. Díl 2: Středověk. Brno: Host, 2014, s. 12–30.",
     "cs", "Dějiny Moravy", "2", "Středověk", "Host"),
    ("Lindqvist, E. Kyrkorna i Uppland. I: Berg, K. (red.) Svensk konsthistoria. Del 2: Medeltiden. Stockholm: "
     "Norstedts, 2001, s. 5–40.", "sv", "Svensk konsthistoria", "2", "Medeltiden", "Norstedts"),
    ("Nowak J. Choroby serca u dorosłych. W: Kowalski A., Lis B. (red.). Kardiologia. T. 3. Kraków: PZWL; 2015, "
     "s. 10–20.", "pl", "Kardiologia", "3", None, "PZWL"),
])
def test_a_volume_statement_in_an_edited_book(text: str, lang: str, container: str, volume: str,
                                              volume_title: str | None, publisher: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["type"] == "chapter"
    assert ref.csl.get("container-title") == container
    assert ref.csl.get("volume") == volume
    assert ref.csl.get("volume-title") == volume_title
    assert ref.csl.get("publisher") == publisher
    assert "§" not in ref.csl["title"] and "," not in ref.csl["title"]  # the chapter's title stops at its own end


@pytest.mark.parametrize(("text", "title", "volume", "volume_title"), [
    ("Schmid, Peter (Hrsg.): Urkundenbuch der Stadt Ulm, Bd. 2: Urkunden 1300–1400, Ulm: Kohlhammer 1999.",
     "Urkundenbuch der Stadt Ulm", "2", "Urkunden 1300–1400"),
    ("Bauer, Eva: Stadt und Land. Bd. 2. München: Beck 2001.", "Stadt und Land", "2", None),
    ("Vogel, Hans. Die Burgen. Bd. 4. Leipzig: Teubner 1910.", "Die Burgen", "4", None),
])
def test_a_volume_statement_after_a_book(text: str, title: str, volume: str, volume_title: str | None) -> None:
    (ref,) = parse(text, "de")
    assert ref.csl["type"] == "book"
    assert ref.csl["title"] == title
    assert ref.csl.get("volume") == volume
    assert ref.csl.get("volume-title") == volume_title
    assert "container-title" not in ref.csl and "edition" not in ref.csl and "page" not in ref.csl


@pytest.mark.parametrize(("text", "lang", "container", "volume", "page"), [
    # look-alikes: a journal's volume before its pages, its issue, or a place and year, has no title of its own
    ("Müller, K.: Die Zünfte am Rhein. In: Zeitschrift für Stadtgeschichte, Bd. 12: 45–67.", "de",
     "Zeitschrift für Stadtgeschichte", "12", "45-67"),
    ("Smith, J. Harbour towns. Journal of Maritime History, vol. 3, no. 2, pp. 1–10.", "en",
     "Journal of Maritime History", "3", "1-10"),
    ("Rossi, M., «Il porto», Studi storici, vol. 12, Roma, 2001, pp. 3-20.", "it", "Studi storici", "12", "3-20"),
    ("Wunsch, J. Resolvent estimates. In Annales de Physique, Volume 12. Springer; 2011. p. 1349–1385.", "en",
     "Annales de Physique", "12", "1349-1385"),
])
def test_a_journals_volume_has_no_title(text: str, lang: str, container: str, volume: str, page: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["container-title"] == container
    assert ref.csl["volume"] == volume
    assert ref.csl["page"] == page
    assert "volume-title" not in ref.csl


# -- 26: APA's report or data set whose title ends with the years it covers, before its number or its description
# ("(2023). İşgücü İstatistikleri, 2022 (Haber Bülteni No. 49390)"): the title, not a second author and a second date
@pytest.mark.parametrize(("text", "lang", "title"), [
    ("Türkiye İstatistik Kurumu. (2022). Dış Ticaret İstatistikleri, 2021 (Haber Bülteni No. 45535). "
     "https://data.tuik.gov.tr/Bulten/Index?p=45535", "tr", "Dış Ticaret İstatistikleri, 2021"),
    ("Jansen, P., & de Vries, K. (2021). Grondwaterstanden in Drenthe, 2010–2020 (Versie 1) [Dataset]. DANS. "
     "https://doi.org/10.17026/dans-x2k-9abc", "nl", "Grondwaterstanden in Drenthe, 2010–2020"),
    ("Okafor, T. (2022). Bird counts along the lower Thames, Essex, 2015–2021 (Version 2) [Data set]. Zenodo. "
     "https://doi.org/10.5281/zenodo.1234567", "en", "Bird counts along the lower Thames, Essex, 2015–2021"),
    ("Statistisches Bundesamt. (2022). Bevölkerung in Deutschland, 2021 (Statistischer Bericht 12411). Destatis.",
     "de", "Bevölkerung in Deutschland, 2021"),
])
def test_a_title_closing_with_its_years_after_an_apa_date(text: str, lang: str, title: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["title"] == title
    assert len(ref.csl["issued"]["date-parts"]) == 1  # the date in brackets, alone
    assert "available-date" not in ref.csl and "container-title" not in ref.csl and "page" not in ref.csl
    assert all("family" not in a or a["family"] not in title for a in ref.csl["author"])


@pytest.mark.parametrize(("text", "spans", "title"), [
    # the labeler's mistakes, by hand: the title read as a second author, a place or a container, its years as a date
    ("Jansen, P. (2021). Grondwaterstanden in Drenthe, 2010–2020 (Versie 1) [Dataset]. DANS.",
     [("Jansen, P", "author"), ("2021", "issued"), ("Grondwaterstanden in Drenthe", "author"), ("2010–2020", "issued"),
      ("Dataset", "genre"), ("DANS", "publisher")], "Grondwaterstanden in Drenthe, 2010–2020"),
    ("Okafor, T. (2022). Bird counts along the Thames, Essex, 2015–2021 (Version 2) [Data set]. Zenodo.",
     [("Okafor, T", "author"), ("2022", "issued"), ("Bird counts along the Thames", "title"), ("Essex", "container-title"),
      ("2015–2021", "page"), ("Data set", "genre"), ("Zenodo", "publisher")],
     "Bird counts along the Thames, Essex, 2015–2021"),
    ("Instituto Nacional de Estadística. (2022). Encuesta de presupuestos familiares, 2021 (Nota de prensa). INE.",
     [("Instituto Nacional de Estadística", "author"), ("2022", "issued"), ("Encuesta de presupuestos familiares", "author"),
      ("2021", "issued"), ("INE", "publisher")], "Encuesta de presupuestos familiares, 2021"),
    ("Lindberg, E. (2020). Fågelinventering i Uppland, Knivsta, 2019 [Dataset]. SND.",
     [("Lindberg, E", "author"), ("2020", "issued"), ("Fågelinventering i Uppland", "title"), ("Knivsta", "publisher-place"),
      ("2019", "issued"), ("Dataset", "genre"), ("SND", "publisher")], "Fågelinventering i Uppland, Knivsta, 2019"),
])
def test_a_title_closing_with_its_years_as_read(text: str, spans: list[tuple[str, str]], title: str) -> None:
    fields = repaired_fields(text, spans)
    assert fields["title"] == title
    assert fields["issued"] == text[text.index("(") + 1:text.index(")")]  # the date in brackets, the first
    assert fields["author"] == spans[0][0]


@pytest.mark.parametrize(("text", "title", "issued"), [
    # look-alikes: no year before the bracket, or a sentence's end before it: the labels stay as they were
    ("Morgan, J. (2020). Coastal erosion on the Gower coast (Report No. 12). Cardiff: NRW.",
     "Coastal erosion on the Gower coast", [[2020]]),
    ("Morgan, J. (2020). Coastal erosion. Ocean Studies, 2019 (3), 12–20.", "Coastal erosion", [[2020]]),
])
def test_no_title_year_without_one_before_the_bracket(text: str, title: str, issued: list) -> None:
    (ref,) = parse(text, "en")
    assert ref.csl["title"] == title
    assert ref.csl["issued"]["date-parts"] == issued


# -- 27: "Family, Given: Title. Subtitle" (German humanities, Wikipedia's lists): the colon after the names ends them, and
# the title's first sentence is no part of the author
@pytest.mark.parametrize(("text", "family", "title"), [
    ("Lindner, Karl: Wasserbau. Grundlagen, Verfahren, Beispiele. 3. Aufl. Berlin: Springer 2015.", "Lindner",
     "Wasserbau. Grundlagen, Verfahren, Beispiele"),
    ("Anna Keller: Die Stadt. Geschichte einer Idee. München: Beck 2010.", "Keller", "Die Stadt. Geschichte einer Idee"),
    ("Peter Brandt: Otto von Bismarck. Ein Leben. 2. Auflage. C.H. Beck, München 2015, ISBN 978-3-406-12345-6.",
     "Brandt", "Otto von Bismarck. Ein Leben"),
    ("Schulz, Marta: Kirchen. Bauten, Bilder, Menschen. Leipzig: Seemann 2001.", "Schulz",
     "Kirchen. Bauten, Bilder, Menschen"),
])
def test_the_title_after_the_names_colon(text: str, family: str, title: str) -> None:
    (ref,) = parse(text, "de")
    assert [a.get("family") for a in ref.csl["author"]] == [family]
    assert ref.csl["title"] == title


@pytest.mark.parametrize(("text", "spans", "author", "title"), [
    # the labeler's mistake, by hand: the author run on over the title's first sentence
    ("Lindemann, Gerd: Regelungstechnik. Grundlagen, Methoden, Übungen. Wiesbaden: Springer 2018.",
     [("Lindemann, Gerd: Regelungstechnik. Grundlagen, Methoden", "author"), ("Übungen", "title"),
      ("Wiesbaden", "publisher-place"), ("Springer", "publisher"), ("2018", "issued")],
     "Lindemann, Gerd", "Regelungstechnik. Grundlagen, Methoden, Übungen"),
    ("Müller, Hans/Schmidt, Eva: Stadtluft. Freiheit und Zwang. Köln: Böhlau 2001.",
     [("Müller, Hans/Schmidt, Eva: Stadtluft", "author"), ("Freiheit und Zwang", "title"), ("Köln", "publisher-place"),
      ("Böhlau", "publisher"), ("2001", "issued")], "Müller, Hans/Schmidt, Eva", "Stadtluft. Freiheit und Zwang"),
    ("Heinz Schilling: Martin Luther. Rebell. München: Beck 2016.",
     [("Heinz Schilling: Martin Luther", "author"), ("Rebell", "title"), ("München", "publisher-place"),
      ("Beck", "publisher"), ("2016", "issued")], "Heinz Schilling", "Martin Luther. Rebell"),
])
def test_the_title_after_the_names_colon_as_read(text: str, spans: list[tuple[str, str]], author: str,
                                                 title: str) -> None:
    fields = repaired_fields(text, spans)
    assert fields["author"] == author
    assert fields["title"] == title


@pytest.mark.parametrize(("text", "spans"), [
    # look-alikes: a body's name of three words, or a name with a year, before the colon stays the author's
    ("Bundesamt für Statistik: Jahrbuch. Bern 2020.", [("Bundesamt für Statistik: Jahrbuch", "author"),
                                                       ("Bern", "publisher-place"), ("2020", "issued")]),
    ("Weber 2019: Die Zünfte. Köln 2019.", [("Weber 2019: Die Zünfte", "author"), ("Köln", "publisher-place"),
                                            ("2019", "issued")]),
])
def test_no_title_after_a_colon_of_no_names(text: str, spans: list[tuple[str, str]]) -> None:
    assert repaired_fields(text, spans)["author"] == spans[0][0]


def test_a_lexicon_articles_mark_after_the_names_colon() -> None:
    fields = repaired_fields("Vogel, Hans: Art. Zunft, in: Lexikon des Mittelalters, Bd. 9, München 1998, Sp. 12–15.",
                             [("Vogel, Hans: Art. Zunft", "author"), ("Lexikon des Mittelalters", "container-title"),
                              ("9", "volume"), ("München", "publisher-place"), ("1998", "issued"), ("12–15", "page")])
    assert fields["author"] == "Vogel, Hans"
    assert fields["title"] == "Zunft"


# -- 28: a publisher named after its founder, "Forename I. Family", where the imprint stands ("Alfred A. Knopf, 1987",
# "Firenze, Leo S. Olschki, 2013"): the publisher, not an author, an editor, a container or a place cut at the initial
@pytest.mark.parametrize(("text", "lang", "publisher", "place"), [
    ("Bianchi, Marco, Le corporazioni di Lucca, Firenze, Leo S. Olschki, 2008.", "it", "Leo S. Olschki", "Firenze"),
    ("Hartley, John. The Long River. Alfred A. Knopf, 1999.", "en", "Alfred A. Knopf", None),
    ("Smith, Anna. Coastal Towns. New York: Alfred A. Knopf, 2001.", "en", "Alfred A. Knopf", "New York"),
])
def test_a_publisher_named_after_its_founder(text: str, lang: str, publisher: str, place: str | None) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["type"] == "book"
    assert ref.csl["publisher"] == publisher
    assert ref.csl.get("publisher-place") == place
    assert len(ref.csl["author"]) == 1 and "editor" not in ref.csl and "container-title" not in ref.csl


@pytest.mark.parametrize(("text", "spans", "publisher"), [
    # the labeler's mistakes, by hand: the founder's name as an editor, a second author
    ("Morrison, Toni. Beloved. Alfred A. Knopf, 1987.",
     [("Morrison, Toni", "author"), ("Beloved", "title"), ("Alfred A. Knopf", "editor"), ("1987", "issued")],
     "Alfred A. Knopf"),
    ("Mancini, Giorgio, Le pievi, Firenze, Leo S. Olschki, 2013.",
     [("Mancini, Giorgio", "author"), ("Le pievi", "title"), ("Firenze", "publisher-place"), ("Leo S. Olschki", "author"),
      ("2013", "issued")], "Leo S. Olschki"),
])
def test_a_founders_name_as_read(text: str, spans: list[tuple[str, str]], publisher: str) -> None:
    fields = repaired_fields(text, spans)
    assert fields["publisher"] == publisher
    assert "editor" not in fields


@pytest.mark.parametrize(("text", "spans"), [
    # look-alikes: a name after a role phrase or an "in" stays a name
    ("Hartley, John. The Long River. Edited by Mary J. Watson, 1999.",
     [("Hartley, John", "author"), ("The Long River", "title"), ("Mary J. Watson", "editor"), ("1999", "issued")]),
    ("Rossi, Marco, Il porto, in Studi in onore di Maria G. Bianchi, 2010.",
     [("Rossi, Marco", "author"), ("Il porto", "title"), ("Studi in onore di Maria G. Bianchi", "container-title"),
      ("2010", "issued")]),
])
def test_a_name_after_a_role_stays(text: str, spans: list[tuple[str, str]]) -> None:
    assert "publisher" not in repaired_fields(text, spans)


# -- 29: the ordinal of a meeting opens its proceedings' name ("32. Ulusal Dilbilim Kurultayı Bildiri Kitabı", "52.
# Deutscher Historikertag"): the container's, not left out or read as a date
@pytest.mark.parametrize(("text", "lang", "container"), [
    ("Kaya, M. (2020). Sesbilim üzerine. A. Demir (Ed.), 34. Ulusal Dilbilim Kurultayı Bildiri Kitabı içinde "
     "(s. 10–20). Ankara: Hacettepe Üniversitesi.", "tr", "34. Ulusal Dilbilim Kurultayı Bildiri Kitabı"),
    ("Müller, K. (2019): Zunftwesen. In: Berger, A. (Hg.): 52. Deutscher Historikertag. Berichtsband. Göttingen: "
     "Vandenhoeck, S. 10–20.", "de", "52. Deutscher Historikertag"),
])
def test_a_meetings_ordinal_opens_its_proceedings(text: str, lang: str, container: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["container-title"] == container


@pytest.mark.parametrize(("text", "spans", "container"), [
    # the labeler's mistakes, by hand: the ordinal left out; read as a date, and the name before the acronym as a title
    ("Acar, B. (2021). Ünlüler. C. Kaya (Ed.), 12. Dilbilim Kurultayı Bildirileri içinde (s. 1–9). Ankara: Ürün.",
     [("Acar, B", "author"), ("2021", "issued"), ("Ünlüler", "title"), ("C. Kaya", "editor"),
      ("Dilbilim Kurultayı Bildirileri içinde", "container-title"), ("1–9", "page"), ("Ankara", "publisher-place"),
      ("Ürün", "publisher")], "12. Dilbilim Kurultayı Bildirileri"),
    ("Aslan, M. (2019). Görüntü işleme. 27. Sinyal İşleme Kurultayı (SIU) Bildiriler Kitabı, Sivas, 1-4.",
     [("Aslan, M", "author"), ("2019", "issued"), ("Görüntü işleme", "title"), ("27", "issued"),
      ("Sinyal İşleme Kurultayı", "title"), ("SIU) Bildiriler Kitabı", "container-title"), ("Sivas", "publisher-place"),
      ("1-4", "page")], "27. Sinyal İşleme Kurultayı (SIU) Bildiriler Kitabı"),
])
def test_a_meetings_ordinal_as_read(text: str, spans: list[tuple[str, str]], container: str) -> None:
    fields = repaired_fields(text, spans)
    assert fields["container-title"] == container
    assert fields["title"] == spans[2][0]


def test_an_edition_after_the_container_stays_apart() -> None:
    # look-alike: "3. Aufl." after the book is its edition, not the start of anything
    fields = repaired_fields("Roth, E.: Zünfte. In: Meyer, K. (Hg.): Stadtlexikon. 3. Aufl. Köln: Böhlau 2001, S. 5–9.",
                             [("Roth, E", "author"), ("Zünfte", "title"), ("Meyer, K", "editor"),
                              ("Stadtlexikon", "container-title"), ("3. Aufl", "edition"), ("Köln", "publisher-place"),
                              ("Böhlau", "publisher"), ("2001", "issued"), ("5–9", "page")])
    assert fields["container-title"] == "Stadtlexikon"
    assert fields["edition"] == "3. Aufl"


# -- 30: "Köln: Böhlau 2015 (Rheinisches Archiv 158)": the publisher's one-word name and its year after the place, then
# the series and its number in brackets; not a second title (nor an access date) run on over the imprint
@pytest.mark.parametrize(("text", "series", "number", "publisher", "year"), [
    ("Krämer, Ute: Mittelalterliche Stadtsiegel am Niederrhein. Köln: Böhlau 2015 (Rheinisches Archiv 158).",
     "Rheinisches Archiv", "158", "Böhlau", 2015),
    ("Reinhardt, Claudia: Die Stadtschreiber im spätmittelalterlichen Nürnberg. Köln/Weimar/Wien: Böhlau 2015 "
     "(Norm und Struktur, Bd. 44).", "Norm und Struktur", "44", "Böhlau", 2015),
    ("Schmid, Karl: Adel und Kirche. Sigmaringen: Thorbecke 1990 (Vorträge und Forschungen, Bd. 38).",
     "Vorträge und Forschungen", "38", "Thorbecke", 1990),
])
def test_an_imprint_and_its_series_after_the_place(text: str, series: str, number: str, publisher: str,
                                                   year: int) -> None:
    (ref,) = parse(text, "de")
    assert ref.csl["type"] == "book"
    assert ref.csl["collection-title"] == series
    assert ref.csl["collection-number"] == number
    assert ref.csl["publisher"] == publisher
    assert ref.csl["issued"] == {"date-parts": [[year]]}
    assert "container-title" not in ref.csl and "volume" not in ref.csl and ":" not in ref.csl["title"]


@pytest.mark.parametrize(("text", "spans", "series"), [
    # the labeler's mistakes, by hand: the publisher and the year as an access date, the series as a publisher
    ("Roth, Eva: Die Gilden. Köln: Böhlau 2011 (Städteforschung, Bd. 80).",
     [("Roth, Eva", "author"), ("Die Gilden", "title"), ("Köln", "publisher-place"), ("Böhlau 2011", "accessed"),
      ("Städteforschung", "publisher"), ("Bd", "publisher-place"), ("80", "volume")], "Städteforschung"),
    ("Roth, Eva: Die Gilden. Köln: Böhlau 2011 (Städteforschung 80).",
     [("Roth, Eva", "author"), ("Die Gilden", "title"), ("Köln", "publisher-place"),
      ("Böhlau 2011 (Städteforschung 80", "title")], "Städteforschung"),
])
def test_an_imprint_and_its_series_as_read(text: str, spans: list[tuple[str, str]], series: str) -> None:
    fields = repaired_fields(text, spans)
    assert fields["publisher"] == "Böhlau"
    assert fields["issued"] == "2011"
    assert fields["collection-title"] == series
    assert fields["collection-number"] == "80"
    assert fields["title"] == "Die Gilden"


def test_an_imprint_read_whole_as_title_without_a_series() -> None:
    fields = repaired_fields("Roth, Eva: Die Gilden. Köln: Böhlau 2011 (Studien).",
                             [("Roth, Eva", "author"), ("Die Gilden", "title"), ("Köln", "publisher-place"),
                              ("Böhlau 2011 (Studien", "title")])
    assert fields["publisher"] == "Böhlau"
    assert fields["issued"] == "2011"
    assert fields["title"] == "Die Gilden"
    assert "collection-title" not in fields


# -- 31: Dutch historians' "(Middeleeuwse studies en bronnen 112; Hilversum 2008)": the series, its number, the place
# and the year in one bracket after the title, not a note nor the title's words
@pytest.mark.parametrize(("text", "series", "number", "place", "year"), [
    ("Bakker, J., De gilden van Leiden (Hollandse studiën 45; Hilversum 2010).", "Hollandse studiën", "45", "Hilversum",
     2010),
    ("Vries, P. de, Handel en nijverheid in Leiden (Werken van de Vereniging 12; Amsterdam 1995).",
     "Werken van de Vereniging", "12", "Amsterdam", 1995),
])
def test_a_series_and_its_imprint_in_one_bracket(text: str, series: str, number: str, place: str, year: int) -> None:
    (ref,) = parse(text, "nl")
    assert ref.csl["type"] == "book"
    assert (ref.csl["collection-title"], ref.csl["collection-number"]) == (series, number)
    assert ref.csl["publisher-place"] == place
    assert ref.csl["issued"] == {"date-parts": [[year]]}
    assert "(" not in ref.csl["title"] and "note" not in ref.csl


def test_a_series_and_its_imprint_in_one_bracket_as_read() -> None:
    fields = repaired_fields("Jonge, H. de, Het kapittel (Studies en bronnen 112; Hilversum 2008).",
                             [("Jonge, H. de", "author"), ("Het kapittel", "title"),
                              ("Studies en bronnen 112; Hilversum", "note"), ("2008", "issued")])
    assert fields["collection-title"] == "Studies en bronnen"
    assert fields["collection-number"] == "112"
    assert fields["publisher-place"] == "Hilversum"
    assert "note" not in fields


def test_a_bracket_with_an_imprint_elsewhere_stays() -> None:
    # look-alike: a book with its imprint after the bracket; "(Reeks 3; zie ook deel 4)" is no imprint
    fields = repaired_fields("Smit, K., Dijken (Reeks 3; zie ook 2001). Utrecht: Matrijs, 2001.",
                             [("Smit, K", "author"), ("Dijken", "title"), ("Reeks 3; zie ook 2001", "note"),
                              ("Utrecht", "publisher-place"), ("Matrijs", "publisher"), ("2001", "issued")])
    assert fields["note"] == "Reeks 3; zie ook 2001"



# -- 32 (fixes 30): a year closing the bracket after the imprint is a reprint's, not a series number
def test_a_reprint_in_brackets_after_the_imprint_is_no_series() -> None:
    fields = repaired_fields("Vogt, H.: Die Mühlen. Tübingen: Mohr 1911 (Nachdr. Aalen 1975).",
                             [("Vogt, H", "author"), ("Die Mühlen", "title"), ("Tübingen", "publisher-place"),
                              ("Mohr 1911 (Nachdr", "title"), ("Aalen", "publisher-place"), ("1975", "issued")])
    assert fields["publisher"] == "Mohr"
    assert fields["title"] == "Die Mühlen"
    assert "collection-title" not in fields and "collection-number" not in fields
