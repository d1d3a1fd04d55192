"""Session 15, fixer rf: label repair and fields (reprints, translators, titles, containers, imprints, series)."""

from __future__ import annotations

import pytest

from refnorm import parse


# -- 13: a reprint that names only a place (or only a year) keeps the first edition's publisher
@pytest.mark.parametrize(("text", "lang", "publisher", "place", "original", "issued"), [
    ("Conti, Luca, Storia delle botteghe, Siena, Cantagalli, 1931 (rist. Bologna 1984).", "it",
     "Cantagalli", "Bologna", 1931, 1984),
    ("Vogt, H.: Die Mühlen am Neckar. Tübingen: Mohr 1911 (Nachdr. Aalen 1975).", "de",
     "Mohr", "Aalen", 1911, 1975),
    ("Ricci, P. Il porto di Livorno. Pisa: Nistri, 1902 (ristampa 1978).", "it",
     "Nistri", "Pisa", 1902, 1978),
    ("Ferri, L., La casa rurale, Bologna, Il Mulino, 1990 (rist. 2005).", "it",
     "Il Mulino", "Bologna", 1990, 2005),
    ("Garnier, A. Les foires de Beaucaire. Nîmes : Chastanier, 1899 ; réimpr. 1980.", "fr",
     "Chastanier", "Nîmes", 1899, 1980),
])
def test_a_reprint_naming_no_publisher_keeps_the_first_one(
        text: str, lang: str, publisher: str, place: str, original: int, issued: int) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl.get("publisher") == publisher
    assert ref.csl.get("publisher-place") == place
    assert ref.csl["original-date"] == {"date-parts": [[original]]}
    assert ref.csl["issued"] == {"date-parts": [[issued]]}
    assert "collection-title" not in ref.csl


@pytest.mark.parametrize(("text", "lang", "publisher", "place"), [
    # look-alikes: a reprint naming its own publisher replaces the first one; a place alone stays a place
    ("Conti, Luca, Storia delle botteghe, Siena, Cantagalli, 1931 (rist. Bologna, Forni, 1984).", "it",
     "Forni", "Bologna"),
    ("Vogt, H.: Die Mühlen am Neckar. Tübingen: Mohr 1911 (Nachdr. Aalen: Scientia 1975).", "de",
     "Scientia", "Aalen"),
    ("Vogt, H.: Die Mühlen am Neckar. Tübingen 1911 (Nachdr. Aalen 1975).", "de", None, "Aalen"),
])
def test_a_reprint_naming_its_publisher_replaces_the_first_one(
        text: str, lang: str, publisher: str | None, place: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl.get("publisher") == publisher
    assert ref.csl.get("publisher-place") == place


# -- 14: one translator rule: a role phrase opening a sentence or after a comma, the names up to its stop or comma
@pytest.mark.parametrize(("text", "lang", "translator", "title", "publisher"), [
    ("Berg, Karin (2015). Havets historia: en översikt. Övers. Erik Holm. Lund: Arkiv.", "sv",
     "Holm", "Havets historia: en översikt", "Arkiv"),
    ("Weber, Max, Sociologie des religions, trad. de l’allemand par Jean Martin, 3e éd., Paris, Gallimard, 1996.", "fr",
     "Martin", "Sociologie des religions", "Gallimard"),
    ("Keller, E., La città dei mercanti, trad. it. di Marco Neri, Torino, Einaudi, 2009.", "it",
     "Neri", "La città dei mercanti", "Einaudi"),
    ("P. Brown, Świat późnego antyku, przeł. A. Kowalska, Warszawa 1991.", "pl",
     "Kowalska", "Świat późnego antyku", None),
    ("MÜLLER, Hans. Dějiny vína. Přel. Petra Nováková. Praha: Vyšehrad, 2010.", "cs",
     "Nováková", "Dějiny vína", "Vyšehrad"),
    ("Arendt, H. İnsanlık Durumu. Çev. Bahadır Sina Şener. İstanbul: İletişim, 1994.", "tr",
     "Şener", "İnsanlık Durumu", "İletişim"),
])
def test_a_translators_phrase_gives_the_translator(
        text: str, lang: str, translator: str, title: str, publisher: str | None) -> None:
    (ref,) = parse(text, lang)
    assert [n.get("family") for n in ref.csl["translator"]] == [translator]
    assert ref.csl["title"] == title
    assert ref.csl.get("publisher") == publisher
    assert "container-title" not in ref.csl and "editor" not in ref.csl


@pytest.mark.parametrize(("text", "lang"), [
    # look-alikes: a journal's "Trans." before abbreviated words; a role phrase naming no one
    ("Smith, J. A. Heat flow in plates. Phil. Trans. R. Soc. Lond. A 365, 1–20 (2007).", "en"),
    ("Keller, E., La città dei mercanti, trad. it., Torino, Einaudi, 2009.", "it"),
])
def test_no_translator_without_names_after_the_role(text: str, lang: str) -> None:
    (ref,) = parse(text, lang)
    assert "translator" not in ref.csl


# -- 15: GOST's journal after "//" runs whole to the area's full stop and dash before the year
@pytest.mark.parametrize(("text", "container", "volume"), [
    ("Белова О. Н. Сельские школы Поволжья // Вопросы образования. Научный журнал. – 2018. – № 2. – С. 10–25.",
     "Вопросы образования. Научный журнал", None),
    ("Зайцев П. Р. Торговля солью // Вестник Томского государственного университета. Сер. 3, История. – 2016. "
     "– Т. 41, № 1. – С. 33–40.", "Вестник Томского государственного университета. Сер. 3, История", "41"),
    ("Гришина Т. А. Лесные пожары // Природа, общество, человек. — 2022. — № 7. — С. 5–19.",
     "Природа, общество, человек", None),
    ("Орлова В. К. Мосты на лесовозных дорогах // Лесной журнал. – 2020. – № 4. – С. 71–80.", "Лесной журнал", None),
])
def test_a_gost_journal_is_whole(text: str, container: str, volume: str | None) -> None:
    (ref,) = parse(text, "ru")
    assert ref.csl["container-title"] == container
    assert ref.csl.get("volume") == volume
    assert not ref.csl.keys() & {"editor", "translator", "genre"}


def test_a_gost_collection_with_its_editors_keeps_them() -> None:
    # look-alike: a book's title after "//", its editors after " / ", its imprint after the dash
    (ref,) = parse("Петров И. И. Очерки // Сборник научных трудов / под ред. А. А. Сидорова. – М. : Наука, 2015. "
                   "– С. 5–10.", "ru")
    assert ref.csl["container-title"] == "Сборник научных трудов"
    assert [n["family"] for n in ref.csl["editor"]] == ["Сидоров"]
    assert ref.csl["publisher"] == "Наука"


# -- 16: ČSN ISO 690 books: the sentence after the imprint, a name and a number, is the series
@pytest.mark.parametrize(("text", "series", "number"), [
    ("NOVÁK, Pavel. Mlýny na Vltavě. Praha: Academia, 2014. Historická řada, 12. ISBN 978-80-200-2345-2.",
     "Historická řada", "12"),
    ("DVOŘÁKOVÁ, Eva. Cechovní listiny. Brno: Host, 2020. 288 stran. Prameny a studie; svazek 7.",
     "Prameny a studie", "7"),
    ("HÁJEK, Jan. Solné stezky. Olomouc: Univerzita Palackého, 2018. 196 s. Knihovna regionu, sv. 3.",
     "Knihovna regionu", "3"),
])
def test_a_series_after_a_books_imprint(text: str, series: str, number: str) -> None:
    (ref,) = parse(text, "cs")
    assert ref.csl["collection-title"] == series
    assert ref.csl["collection-number"] == number
    assert "volume" not in ref.csl and "container-title" not in ref.csl


@pytest.mark.parametrize("text", [
    # look-alikes: a journal's name and volume after the year (an article), a sentence naming no number
    "NOVÁK, Pavel. Mlýny na Vltavě. Český časopis historický, 2014, 112, s. 5–30.",
    "NOVÁK, Pavel. Mlýny na Vltavě. Praha: Academia, 2014. Dotisk, opravené vydání.",
])
def test_no_series_without_a_book_and_a_number(text: str) -> None:
    (ref,) = parse(text, "cs")
    assert "collection-number" not in ref.csl


# -- 17: an imprint read whole as the publisher: the capitalised words before its colon are the place
@pytest.mark.parametrize(("text", "lang", "place", "publisher"), [
    ("SILVA, João. A cidade e o rio. Cruz das Almas: EDUFRB, 2019.", "pt", "Cruz das Almas", "EDUFRB"),
    ("Institut national de recherche (INRAE). Expertise relative aux prairies humides du littoral. Avis n° 2018-12. "
     "Maisons-Alfort : INRAE ; 2019. 120 p.", "fr", "Maisons-Alfort", "INRAE"),
])
def test_the_place_before_the_publishers_colon(text: str, lang: str, place: str, publisher: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl.get("publisher-place") == place
    assert ref.csl.get("publisher") == publisher


def test_a_university_before_a_colon_is_no_place() -> None:
    # look-alike: a thesis' discipline and university after colons stay out of the place
    (ref,) = parse("Morel, Anne. Les ports bretons. Thèse de doctorat : Histoire : Université Rennes 2 : 2019.", "fr")
    assert "publisher-place" not in ref.csl


# -- 18: a title closing with a year's or a century's abbreviation keeps its full stop
@pytest.mark.parametrize(("text", "lang", "title"), [
    ("GUS, 2023, Ludność w gminach wiejskich w 2022 r., Warszawa.", "pl", "Ludność w gminach wiejskich w 2022 r."),
    ("Орлов П. Д. Наводнения на Неве в 1824 г. // Природа. – 2019. – № 4. – С. 5–12.", "ru",
     "Наводнения на Неве в 1824 г."),
    ("Седова Н. А. Торговые пути Поморья XVI–XVII вв. // Русская старина. – 2017. – № 2. – С. 40–51.", "ru",
     "Торговые пути Поморья XVI–XVII вв."),
    ("Лапин Е. В. Засухи в Поволжье в 1890–1920-х гг. // Климат. – 2020. – № 1. – С. 7–19.", "ru",
     "Засухи в Поволжье в 1890–1920-х гг."),
])
def test_a_titles_closing_abbreviation_keeps_its_stop(text: str, lang: str, title: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["title"] == title


@pytest.mark.parametrize(("text", "title"), [
    # look-alikes: a title closing with a word, a number or a capital letter loses the style's full stop
    ("Орлов П. Д. Наводнения на Неве // Природа. – 2019. – № 4. – С. 5–12.", "Наводнения на Неве"),
    ("Lis, J. (2020). Ceny mieszkań w 2021. Studia Regionalne, 12(3), 5–20.", "Ceny mieszkań w 2021"),
])
def test_a_titles_closing_word_loses_the_stop(text: str, title: str) -> None:
    (ref,) = parse(text)
    assert ref.csl["title"] == title


# -- 19: APA's dated web post: the last short sentence before the link is the site's name
@pytest.mark.parametrize(("text", "lang", "title", "site"), [
    ("Pérez, J. (8 de marzo de 2022). El precio de la vivienda en las ciudades medias. Nada es Gratis. "
     "https://nadaesgratis.es/precio", "es", "El precio de la vivienda en las ciudades medias", "Nada es Gratis"),
    ("Nowak, A. (2021, 4 marca). Jak oszczędzać energię w domu? Zielona Strona. https://zielonastrona.pl/jak/", "pl",
     "Jak oszczędzać energię w domu?", "Zielona Strona"),
])
def test_a_web_posts_site_name_closing_the_title(text: str, lang: str, title: str, site: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["title"] == title
    assert ref.csl["container-title"] == site


@pytest.mark.parametrize("text", [
    # look-alikes: a year alone (a book's or report's last sentence is its publisher); a numbered part
    "Lee, K. (2020). Urban flooding in the delta. Water and Cities. https://example.org/x",
    "Lee, K. (2020, May 3). Urban flooding in the delta. Part 2. https://example.org/x",
])
def test_no_site_name_without_a_full_date_or_words(text: str) -> None:
    (ref,) = parse(text, "en")
    assert "container-title" not in ref.csl


# -- 20: GB/T 7714: the title runs from the authors' full stop to the document-type code
@pytest.mark.parametrize(("text", "title"), [
    ("[4] 水利部. 2019中国水资源公报[R]. 北京: 中国水利水电出版社, 2020.", "2019中国水资源公报"),
    ("[8] 农业农村部. 中国农业年鉴2021[M]. 北京: 中国农业出版社, 2022.", "中国农业年鉴2021"),
])
def test_a_gbt_title_up_to_its_code(text: str, title: str) -> None:
    (ref,) = parse(text, "zh")
    assert ref.csl["title"] == title
    assert "container-title" not in ref.csl


def test_a_gbt_article_keeps_its_journal() -> None:
    # look-alike: an article's title before "[J]", its journal after
    (ref,) = parse("[3] 王明, 李华. 城市化对区域气候的影响[J]. 地理学报, 2020, 75(3): 45-58.", "zh")
    assert ref.csl["title"] == "城市化对区域气候的影响"
    assert ref.csl["container-title"] == "地理学报"


# -- 21: APA's one person in two roles in brackets: "(X, Ed. & Trans.)" -> editor and translator, no edition
@pytest.mark.parametrize(("text", "lang"), [
    ("Marx, K. (2018). Capital, volume one (B. Fowkes, Ed. & Trans.). Penguin.", "en"),
    ("Gramsci, A. (2014). Cuadernos de la cárcel (L. Ortega, Trad. y ed.). Era.", "es"),
    ("Bourdieu, P. (2011). O poder simbólico (F. Tomaz, Ed. e trad.). Bertrand.", "pt"),
])
def test_two_roles_in_apa_brackets(text: str, lang: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["editor"] == ref.csl["translator"]
    assert len(ref.csl["editor"]) == 1
    assert "edition" not in ref.csl


def test_one_role_in_apa_brackets_stays_one() -> None:
    # look-alike: an editor alone is no translator
    (ref,) = parse("Marx, K. (2018). Capital, volume one (B. Fowkes, Ed.). Penguin.", "en")
    assert "translator" not in ref.csl and len(ref.csl["editor"]) == 1


# -- 22: APA 7's translated book: the sentence before "(Obra original publicada en …)" is the publisher
@pytest.mark.parametrize(("text", "lang", "publisher"), [
    ("Weber, M. (2012). Economía y sociedad (J. Medina, Trad.). Akal. (Obra original publicada en 1922)", "es", "Akal"),
    ("Freud, S. (2010). El malestar en la cultura. Alianza. (Obra original publicada en 1930)", "es", "Alianza"),
    ("Marx, K. (2018). O capital (R. Enderle, Trad.). Boitempo. (Obra original publicada em 1867)", "pt", "Boitempo"),
])
def test_the_publisher_before_the_original_work_statement(text: str, lang: str, publisher: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["publisher"] == publisher
    assert ref.csl["type"] == "book"
    assert not ref.csl.keys() & {"container-title", "note"}


def test_a_journal_before_the_original_work_statement_stays() -> None:
    # look-alike: an article's journal with its volume and pages
    (ref,) = parse("Smith, J. (2019). The city. Journal of Cities, 3, 4-5. (Original work published 1970)", "en")
    assert ref.csl["container-title"] == "Journal of Cities" and "publisher" not in ref.csl


# -- 23: a container's name in guillemets after "in" is whole
@pytest.mark.parametrize(("text", "container"), [
    ("Rossi, Anna, «Il teatro dei pupi», in «Studi, ricerche, documenti», n. 4, 2019, pp. 11-30.",
     "Studi, ricerche, documenti"),
    ("Neri P., Rilievo laser scanner di chiese barocche, in Atti del convegno «Il patrimonio costruito e il rischio», "
     "Napoli, Editori Paparo, 2020, pp. 45-58.", "Atti del convegno «Il patrimonio costruito e il rischio»"),
])
def test_a_container_in_guillemets_is_whole(text: str, container: str) -> None:
    (ref,) = parse(text, "it")
    assert ref.csl["container-title"] == container
    assert "«" not in ref.csl["title"]


def test_a_quoted_title_is_no_container() -> None:
    # look-alike: the article's own title in guillemets, before "in"
    (ref,) = parse("Rossi, Anna, «Il teatro dei pupi, i pupari, le piazze», in «Lares», n. 4, 2019, pp. 11-30.", "it")
    assert ref.csl["title"] == "Il teatro dei pupi, i pupari, le piazze"
    assert ref.csl["container-title"] == "Lares"


# -- 24: a CJK title's last character glued to it (a role word's character, a closing bracket) is the title's
@pytest.mark.parametrize(("text", "title"), [
    ("鈴木 一郎, 田中 修, 地方都市における公共交通網の再編, 都市計画論文集, 2019, 54 巻, 3 号, p. 12-20.",
     "地方都市における公共交通網の再編"),
    ("国土地理院. 2万5千分1地形図「京都東北部」. 国土地理院, 2019.", "2万5千分1地形図「京都東北部」"),
])
def test_a_cjk_titles_last_character(text: str, title: str) -> None:
    (ref,) = parse(text, "ja")
    assert ref.csl["title"] == title


def test_an_editors_word_after_names_stays_a_role() -> None:
    # look-alike: "編" after the names, with a space, names the editors
    (ref,) = parse("佐藤健二, 吉見俊哉 編. 文化の社会学. 有斐閣, 2007, 298p.", "ja")
    assert [n["family"] for n in ref.csl["editor"]] == ["佐藤", "吉見"]
    assert ref.csl["title"] == "文化の社会学"
