"""Session 14, fixer rf: label repair and fields (reprints and original dates, report numbers, title words that
are no title)."""

from __future__ import annotations

import pytest

from refnorm import parse


# -- 01: APA's "(Original work published 1950)" in the translations the parser did not know yet
@pytest.mark.parametrize(("text", "lang"), [
    ("Vos, K. (2011). Het stille dorp (M. Jansen, Vert.). Utrecht: Spectrum. (Oorspronkelijk werk gepubliceerd 1987)",
     "nl"),
    ("Aksoy, M. (2012). Kent ve bellek (T. Kara, Çev.). İzmir: Yeni Yayınları. (Orijinal eser 1987'de yayımlandı)",
     "tr"),
    ("Aksoy, M. (2012). Kent ve bellek (T. Kara, Çev.). İzmir: Yeni Yayınları. (Orijinal çalışma 1987 tarihinde "
     "yayımlanmıştır)", "tr"),
    ("Martin, L. (2003). Les rivières (P. Roux, trad.). Lyon : Éditions du Lac. (Ouvrage original publié en 1987)",
     "fr"),
])
def test_original_work_published_in_more_languages(text: str, lang: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["original-date"] == {"date-parts": [[1987]]}
    assert ref.csl["issued"]["date-parts"][0][0] > 2000
    assert "collection-title" not in ref.csl and "container-title" not in ref.csl


def test_a_series_in_brackets_after_the_imprint_is_no_original_date() -> None:
    # look-alike: a bracketed series holding a year stays the series
    (ref,) = parse("Vos, K. (2011). Het stille dorp. Utrecht: Spectrum. (Reeks Geschiedenis 1987)", "nl")
    assert "original-date" not in ref.csl


# -- 02: a reprint's two years: the first edition's is the original date, the reprint's the date of issue
@pytest.mark.parametrize(("text", "lang", "original", "issued", "place", "title"), [
    ("MOREAU, Paul. Les métiers du fer en Berry. Bourges : Impr. Tardy, 1887 ; réimpr. Paris : Lacour, 1991.", "fr",
     1887, 1991, "Paris", "Les métiers du fer en Berry"),
    ("L. Conti, Le corporazioni di Lucca nel Trecento, Lucca 1903 (rist. Bologna, Forni, 1972), pp. 12-30.", "it",
     1903, 1972, "Bologna", "Le corporazioni di Lucca nel Trecento"),
    ("P. Blok, De Friese steden in de middeleeuwen (Leiden 1884; herdruk Arnhem 1975).", "nl",
     1884, 1975, "Arnhem", "De Friese steden in de middeleeuwen"),
    ("Ruiz, P. (1988 [1951]). Historia de los gremios de Sevilla. Madrid: Alianza.", "es",
     1951, 1988, "Madrid", "Historia de los gremios de Sevilla"),
    ("Berg, Karl (1911/1979). Gårdar och bönder i Dalarna. Faksimilutgåva. Falun: Dalaförlaget.", "sv",
     1911, 1979, "Falun", "Gårdar och bönder i Dalarna"),
    ("BERNARD, Louis. Histoire du pays de Caux [1874]. Marseille : Laffitte Reprints, 1980.", "fr",
     1874, 1980, "Marseille", "Histoire du pays de Caux"),
])
def test_a_reprint_keeps_the_first_edition_as_original_date(text: str, lang: str, original: int, issued: int,
                                                            place: str, title: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["original-date"] == {"date-parts": [[original]]}
    assert ref.csl["issued"] == {"date-parts": [[issued]]}
    assert ref["publisher-place"] == place and ref["title"] == title
    assert "container-title" not in ref.csl and "available-date" not in ref.csl


@pytest.mark.parametrize(("text", "lang"), [
    # look-alikes: the year in brackets is a later one, a reprint "of" an edition, a volume's two years
    ("Ruiz, P. (1951 [1988]). Historia de los gremios de Sevilla. Madrid: Alianza.", "es"),
    ("Bernard, L. Histoire du pays de Caux [2004]. Rouen : PUR, 1980.", "fr"),
    ("Kessler, A. (2009). Die Zünfte. Journal für Stadtgeschichte, 12, 1–20; repr. in Aufsätze, 33–50.", "de"),
])
def test_no_reprint_without_an_earlier_year_before_the_cue(text: str, lang: str) -> None:
    (ref,) = parse(text, lang)
    assert "original-date" not in ref.csl


# -- 03: a bracketed note giving the first edition's year is the original date, not a second date or a container
@pytest.mark.parametrize(("text", "lang", "original", "issued"), [
    ("Anne Morel, Les jardins de l'abbaye, trad. de l'anglais par Paul Roux, Paris, Seuil, 2012 [éd. orig. 2001].",
     "fr", 2001, 2012),
    ("Berger, Anna: Die Gärten der Renaissance, München: Beck 2018 [engl. Orig. 2009].", "de", 2009, 2018),
    ("Berger, Anna: Die Gärten der Renaissance, München: Beck 2018 [frz. Orig.: Les jardins, Paris 2009].", "de",
     2009, 2018),
    ("L. Ferri, La pittura senese del Trecento, Firenze, Olschki, 2005 (1ª ed. 1988).", "it", 1988, 2005),
    ("Spinoza, Baruch, Ethica, vert. Jan Bos (Amsterdam: Boom, 2014) [oorspr. 1677].", "nl", 1677, 2014),
    ("Сергеев Л. Т. Очерки истории Сибири / Л. Т. Сергеев. – Репринт. изд. 1905 г. – Москва : Наука, 2015. – 200 с.",
     "ru", 1905, 2015),
])
def test_an_original_edition_note_gives_the_original_date(text: str, lang: str, original: int, issued: int) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["original-date"] == {"date-parts": [[original]]}
    assert ref.csl["issued"] == {"date-parts": [[issued]]}
    assert not ref.csl.keys() & {"available-date", "accessed", "container-title", "collection-title"}


@pytest.mark.parametrize(("text", "lang"), [
    # look-alikes: a later year in the note, a bracketed series with a number, a date of access in brackets
    ("L. Ferri, La pittura senese del Trecento, Firenze, Olschki, 1988 (1ª ed. 2005).", "it"),
    ("Berger, Anna: Die Gärten der Renaissance, München: Beck 2018 (Studien zur Kunst 12).", "de"),
    ("Morel A. Les jardins [Internet]. Paris: INHA; 2018 [cité le 3 mars 2020].", "fr"),
])
def test_no_original_date_without_an_earlier_original_edition(text: str, lang: str) -> None:
    (ref,) = parse(text, lang)
    assert "original-date" not in ref.csl


# -- 04: the names after a translator's role phrase are the translator's, not a container, an editor or the title's
@pytest.mark.parametrize(("text", "lang", "family", "title"), [
    ("Ortega, Luis (1990). Las ciudades del norte. Trad. de Marta Gil Pons y Juan Vela. Madrid: Alianza.", "es",
     "Gil Pons", "Las ciudades del norte"),
    ("Hegel, G. W. F., Fenomenologie van de geest, vert. door Pieter Janssen, Amsterdam: Boom, 2011.", "nl",
     "Janssen", "Fenomenologie van de geest"),
    ("Arendt, Hannah. İnsanlık Durumu. Çev. Bahadır Sina Şener. İstanbul: İletişim, 2010.", "tr",
     "Şener", "İnsanlık Durumu"),
    ("ECO, Umberto. Jméno růže. Přel. Zdeněk Frýbort. Praha: Odeon, 1988.", "cs", "Frýbort", "Jméno růže"),
    ("Duby G., Czasy katedr, przeł. K. Dolatowska, Państwowy Instytut Wydawniczy, Warszawa 1986.", "pl",
     "Dolatowska", "Czasy katedr"),
    ("Morin, Paul: Die Stadt der Bilder, übers. v. Karl Winter, Wien: Zsolnay 2014.", "de", "Winter",
     "Die Stadt der Bilder"),
])
def test_names_after_a_translator_phrase_are_the_translator(text: str, lang: str, family: str, title: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["translator"][0]["family"] == family
    assert ref["title"] == title
    assert ref["type"] == "book" and "container-title" not in ref.csl and "editor" not in ref.csl


@pytest.mark.parametrize(("text", "lang"), [
    # look-alikes: a journal abbreviation after the title, an editor's phrase, a chapter's "In:" container
    ("Ruiz M. Las ciudades del norte. Trad. Stud. 2019;12(3):45-60.", "es"),
    ("Morin, Paul: Die Stadt der Bilder, hrsg. v. Karl Winter, Wien: Zsolnay 2014.", "de"),
    ("ECO, Umberto. Jméno růže. In: KRÁL, Petr (ed.). Sborník. Praha: Odeon, 1988, s. 3–9.", "cs"),
])
def test_no_translator_without_a_translator_phrase(text: str, lang: str) -> None:
    (ref,) = parse(text, lang)
    assert "translator" not in ref.csl


# -- 05: GOST's other title information naming the kind of work is no word of the title
@pytest.mark.parametrize(("text", "title", "genre", "number"), [
    ("Орлов К. С. Теория упругости : учебник / К. С. Орлов. – Москва : Наука, 2017. – 300 с.", "Теория упругости",
     None, None),
    ("Орлов К. С. Основы геодезии : учебное пособие / К. С. Орлов. – Томск : ТПУ, 2015. – 120 с.", "Основы геодезии",
     None, None),
    ("Лебедева М. Н. Бедность в регионах России : препринт WP4/2019/07 / М. Н. Лебедева. – Москва : Изд. дом ВШЭ, "
     "2019. – 40 с.", "Бедность в регионах России", "препринт", "WP4/2019/07"),
    ("Зайцев Р. П. Сельское хозяйство Урала : статистический сборник. – Пермь : Пермьстат, 2018. – 90 с.",
     "Сельское хозяйство Урала", "статистический сборник", None),
])
def test_gost_kind_of_work_after_the_title(text: str, title: str, genre: str | None, number: str | None) -> None:
    (ref,) = parse(text, "ru")
    assert ref["title"] == title
    assert ref.csl.get("genre") == genre and ref.csl.get("number") == number


@pytest.mark.parametrize(("text", "title"), [
    # look-alikes: a textbook for a named audience, an abbreviated kind, a subtitle
    ("Орлов К. С. Теория упругости : учебник для вузов / К. С. Орлов. – Москва : Наука, 2017. – 300 с.",
     "Теория упругости : учебник для вузов"),
    ("Орлов К. С. Теория упругости : учеб. пособие. – Москва : Наука, 2017. – 300 с.",
     "Теория упругости : учеб. пособие"),
    ("Орлов К. С. Теория упругости : от Гука до наших дней / К. С. Орлов. – Москва : Наука, 2017. – 300 с.",
     "Теория упругости : от Гука до наших дней"),
])
def test_gost_subtitles_stay_in_the_title(text: str, title: str) -> None:
    (ref,) = parse(text, "ru")
    assert ref["title"] == title


# -- 06: GOST's body in the statement of responsibility is the author, with en dashes too; a report's head of research
@pytest.mark.parametrize(("text", "body"), [
    ("Хроническая боль в спине : клинические рекомендации / Российское общество по изучению боли. – Москва, 2021. – "
     "80 с.", "Российское общество по изучению боли"),
    ("Состояние лесов Карелии : отчёт о НИР / Институт леса Карельского научного центра ; рук. Петров А. Б. – "
     "Петрозаводск, 2018. – 96 с.", "Институт леса Карельского научного центра"),
])
def test_gost_body_after_the_slash_is_the_author(text: str, body: str) -> None:
    (ref,) = parse(text, "ru")
    assert ref.csl["author"] == [{"literal": body}]
    assert "editor" not in ref.csl and "container-title" not in ref.csl
    assert ref["issued"] and "/" not in ref["title"]


def test_gost_person_after_the_slash_stays_a_statement() -> None:
    # look-alike: a person's initials after the slash (the heading's author again), en dashes
    (ref,) = parse("Петров А. Б. Леса Карелии : монография / А. Б. Петров. – Петрозаводск : КарНЦ, 2018. – 96 с.", "ru")
    assert ref.csl["author"] == [{"family": "Петров", "given": "А. Б."}]


# -- 08: a phrase counting the volumes is the number of volumes, not an issue, a volume or the title's words
@pytest.mark.parametrize(("text", "lang", "count", "title"), [
    ("MARTIN, Paul. Histoire de Nantes. Nantes : Ouest-Éditions, 2004. 3 vol. ISBN 978-2-908261-42-9.", "fr", "3",
     "Histoire de Nantes"),
    ("Weber, M. (1980). Gesammelte Aufsätze zur Religionssoziologie. 3 Bde. Tübingen: Mohr.", "de", "3",
     "Gesammelte Aufsätze zur Religionssoziologie"),
    ("Ek, Sven, Svensk kyrkohistoria, 3 vol. (Stockholm: Verbum, 2010).", "sv", "3", "Svensk kyrkohistoria"),
])
def test_a_volume_count_is_the_number_of_volumes(text: str, lang: str, count: str, title: str) -> None:
    (ref,) = parse(text, lang)
    assert ref["number-of-volumes"] == count and ref["title"] == title
    assert "issue" not in ref.csl and "volume" not in ref.csl


def test_which_volume_stays_the_volume() -> None:
    # look-alike: "vol. 3" names the volume
    (ref,) = parse("MARTIN, Paul. Histoire de Nantes. Nantes : Ouest-Éditions, 2004, vol. 3.", "fr")
    assert ref["volume"] == "3" and "number-of-volumes" not in ref.csl


# -- 09: ABNT's thesis statement: the genre whole, the university the publisher, the leaves no page
@pytest.mark.parametrize(("text", "genre", "publisher", "place"), [
    ("COSTA, Ana Lúcia. Redes de cuidado na atenção básica. 2018. 240 f. Tese (Doutorado em Saúde Coletiva) – "
     "Faculdade de Medicina, Universidade Federal da Bahia, Salvador, 2018.",
     "Tese (Doutorado em Saúde Coletiva)", "Universidade Federal da Bahia", "Salvador"),
    ("ROCHA, Pedro Henrique. Sedimentos do estuário do Jaguaribe, Ceará. 2017. 98 f. Dissertação (Mestrado em "
     "Ciências Marinhas Tropicais) – Instituto de Ciências do Mar, Universidade Federal do Ceará, Fortaleza, 2017. "
     "Orientador: Prof. Dr. Luís Parente.",
     "Dissertação (Mestrado em Ciências Marinhas Tropicais)", "Universidade Federal do Ceará", "Fortaleza"),
])
def test_abnt_thesis_statement(text: str, genre: str, publisher: str, place: str) -> None:
    (ref,) = parse(text, "pt")
    assert ref["type"] == "thesis" and ref["genre"] == genre
    assert ref["publisher"] == publisher and ref["publisher-place"] == place
    assert not ref.csl.keys() & {"page", "container-title", "edition", "editor"}


def test_abnt_thesis_title_keeps_its_place_name() -> None:
    (ref,) = parse("ROCHA, Pedro Henrique. Sedimentos do estuário do Jaguaribe, Ceará. 2017. 98 f. Dissertação "
                   "(Mestrado em Oceanografia) – Universidade Federal do Ceará, Fortaleza, 2017.", "pt")
    assert ref["title"] == "Sedimentos do estuário do Jaguaribe, Ceará"


def test_a_bracketed_thesis_without_a_degree_is_left_alone() -> None:
    # look-alike: a report's title holding "Monografia (…)" with no degree after the bracket
    (ref,) = parse("SILVA, J. Monografia (edição revista). São Paulo: Atlas, 2015.", "pt")
    assert ref["type"] != "thesis" and "genre" not in ref.csl


# -- 10: a year closing a title or a container (or its bracketed acronym) in a reference dated elsewhere is the name's
@pytest.mark.parametrize(("text", "lang", "field", "value"), [
    ("Keller, A. (2021). Raumklang in Kirchen. In: Tagungsband Akustiktage 2019. Hamburg: DEGA, 2021, S. 10–14.", "de",
     "container-title", "Tagungsband Akustiktage 2019"),
    ("Ruiz, P. (2018). Redes de sensores. En Actas de las Jornadas de Robótica (JR 2018) (pp. 12-18). Madrid.", "es",
     "container-title", "Actas de las Jornadas de Robótica (JR 2018)"),
    ("Berg, K. (2015) Kyrkor i Småland, i: Holm, P. (red.) Föredrag från mötet i Växjö 2013. Lund: Gleerup, "
     "s. 20–31.", "sv", "container-title", "Föredrag från mötet i Växjö 2013"),
])
def test_a_year_closing_a_name_is_the_names(text: str, lang: str, field: str, value: str) -> None:
    (ref,) = parse(text, lang)
    assert ref[field] == value
    assert "available-date" not in ref.csl


@pytest.mark.parametrize(("text", "lang"), [
    # look-alikes: a journal's year before its volume, a month before the year
    ("Smith J, Lee K (2019) Sleep in adolescents. Nature 2019, 567: 12-15.", "en"),
    ("Müller, K. (2019): Titel. In: Stadtgeschichte Mai 2019. Berlin: Metropol, 2019, S. 3–9.", "de"),
])
def test_a_date_after_a_name_stays_a_date(text: str, lang: str) -> None:
    (ref,) = parse(text, lang)
    assert "2019" not in ref["container-title"]


# -- 11: Springer's proceedings: "Book. CONF 2021. LNCS, vol. N, pp. …. Springer, Cham (2021)."
@pytest.mark.parametrize(("text", "container", "event", "series", "number"), [
    ("Okoro, B., Lind, S.: Fair scheduling in serverless clouds. In: Park, J., Weiss, M. (eds.) Cloud Computing. "
     "CLOUD 2020. LNCS, vol. 12403, pp. 101–117. Springer, Cham (2020). https://doi.org/10.1007/978-3-030-59635-4_8",
     "Cloud Computing", "CLOUD 2020", "LNCS", "12403"),
    ("Okoro, B., Lind, S.: Fair scheduling in serverless clouds. In: Park, J., Weiss, M. (eds.) ICWS 2020. CCIS, "
     "vol. 1204, pp. 33–48. Springer Nature, Singapore (2021)", "ICWS 2020", None, "CCIS", "1204"),
])
def test_springer_proceedings_series_and_imprint(text: str, container: str, event: str | None, series: str,
                                                 number: str) -> None:
    refs = parse(text, "en")
    assert len(refs) == 1
    (ref,) = refs
    assert ref["container-title"] == container and ref.csl.get("event-title") == event
    assert ref["collection-title"] == series and ref["collection-number"] == number
    assert "volume" not in ref.csl and ref["publisher"].startswith("Springer")


def test_a_journal_volume_after_an_acronym_stays_a_volume() -> None:
    # look-alike: an abbreviated journal in capitals before its volume, no proceedings around it
    (ref,) = parse("Okoro, B.: Fair scheduling. JACM, vol. 12, pp. 101–117 (2020)", "en")
    assert "collection-title" not in ref.csl


# -- 12: "Title, t. II: Volume title, Place Year": the volume and its own title, out of the book's title
@pytest.mark.parametrize(("text", "lang", "volume", "volume_title", "title"), [
    ("J. Nowicki, Historia Krakowa, t. III: Wiek XIX, Kraków 2011.", "pl", "III", "Wiek XIX", "Historia Krakowa"),
])
def test_a_volume_and_its_title_after_the_comma(text: str, lang: str, volume: str, volume_title: str,
                                                title: str) -> None:
    (ref,) = parse(text, lang)
    assert ref["volume"] == volume and ref["volume-title"] == volume_title and ref["title"] == title


def test_a_title_with_a_colon_and_no_volume_word_is_left_alone() -> None:
    (ref,) = parse("J. Nowicki, Historia Krakowa, t. III, Kraków 2011.", "pl")
    assert "volume-title" not in ref.csl
