"""Session 14, fixer sc: the forms of the natural and agricultural sciences (map scales, species authorities,
abbreviated journal titles, imprints and editions, book parts and thesis statements)."""

from __future__ import annotations

import pytest

from refnorm import parse


# -- 01: a map's scale inside its title is no volume, issue and page
@pytest.mark.parametrize(("text", "lang", "title"), [
    ("Amt für Geologie (2015): Geologische Karte von Thüringen 1:100 000, Blatt 5332 Saalfeld. Weimar: TLUG.", "de",
     "Geologische Karte von Thüringen 1:100 000, Blatt 5332 Saalfeld"),
    ("Istituto Idrografico (2008) - Carta dei suoli del Piemonte alla scala 1:250.000, Foglio 12 Cuneo. IPLA, "
     "Torino.", "it", "Carta dei suoli del Piemonte alla scala 1:250.000, Foglio 12 Cuneo"),
    ("Martin, P., Roux, A. (2004). — Carte des sols du Limousin à 1/100 000, feuille Guéret (645). Orléans : BRGM.",
     "fr", "Carte des sols du Limousin à 1/100 000, feuille Guéret (645)"),
    ("Смирнов А. Б. Почвенная карта Томской области масштаба 1 : 500 000. Лист N-45 (Томск). – Томск : Изд-во "
     "ТГУ, 2009. – 1 л.", "ru", "Почвенная карта Томской области масштаба 1 : 500 000. Лист N-45 (Томск)"),
])
def test_a_map_scale_stays_in_the_title(text: str, lang: str, title: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["title"] == title
    assert ref.csl["type"] == "map"
    assert not {"volume", "issue", "container-title"} & set(ref.csl)


def test_a_map_scale_stays_in_a_chapter_container() -> None:
    (ref,) = parse("Weber, K. (2009): Jura. – In: Müller, H. & Weiß, P. (Hrsg.): Erläuterungen zur Geologischen "
                   "Karte von Hessen 1:300 000, 3. Aufl.: 21–64; Wiesbaden.", "de")
    assert ref.csl["container-title"] == "Erläuterungen zur Geologischen Karte von Hessen 1:300 000"
    assert ref.csl["page"] == "21-64"
    assert "volume" not in ref.csl


@pytest.mark.parametrize("text", [
    "Kowalski, J. (2019). Sediment transport in small rivers. Hydrol. Process. 1:250-262.",
    "Brown, A. 2012. Soil carbon in pastures. Soil Use Manage. 28(1): 1-12.",
])
def test_a_volume_and_its_pages_are_no_scale(text: str) -> None:
    # look-alikes: a volume "1" and its pages after a colon (no thousands, no round number) stay locators
    (ref,) = parse(text, "en")
    assert ref.csl["volume"] in ("1", "28")
    assert ref.csl["type"] == "article-journal"


# -- 02: a species name's authority and a Latin name in brackets are the title's words
@pytest.mark.parametrize(("text", "lang", "title"), [
    ("Souza, R.M. & Lima, T.C. 2014. Ecologia de Alouatta guariba (Humboldt, 1812) em remanescentes do Paraná. Rev. "
     "Bras. Zool. 31(2): 101-110.", "pt",
     "Ecologia de Alouatta guariba (Humboldt, 1812) em remanescentes do Paraná"),
    ("Baker, T.J. 2018. Home range of Meles meles (Linnaeus, 1758) in farmland. Mammal Rev. 48(1): 11-20.", "en",
     "Home range of Meles meles (Linnaeus, 1758) in farmland"),
    ("Gómez, L. (2016). Ciclo de vida de Spodoptera frugiperda (Smith & Abbot, 1797) en maíz. Revista Colombiana de "
     "Entomología, 42(1), 50-58.", "es", "Ciclo de vida de Spodoptera frugiperda (Smith & Abbot, 1797) en maíz"),
    ("Castro, P. y Vidal, M. (2017). Rendimiento de cultivares de trigo (Triticum aestivum L.). Agrociencia, 51(2), "
     "101-112.", "es", "Rendimiento de cultivares de trigo (Triticum aestivum L.)"),
])
def test_a_species_authority_stays_in_the_title(text: str, lang: str, title: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["title"] == title
    assert not {"publisher", "publisher-place", "available-date"} & set(ref.csl)
    assert ref.csl["type"] == "article-journal"
    assert ref.csl["container-title"] in ("Rev. Bras. Zool", "Rev. Bras. Zool.", "Mammal Rev", "Mammal Rev.",
                                          "Revista Colombiana de Entomología", "Agrociencia")


def test_an_imprint_in_brackets_after_a_title_stays_the_imprint() -> None:
    # look-alike: a book's bracketed imprint after its title (a name and a year, the title not going on) is no
    # species authority: no binomial before it
    (ref,) = parse("Hall, J. 1999. The Making of Modern Farming (Routledge, 1998).", "en")
    assert "(Routledge" not in ref.csl["title"]


# -- 03: an abbreviated journal title goes on after its first abbreviation's full stop
@pytest.mark.parametrize(("text", "journal"), [
    ("Петров С. Н. 2012. Жуки-листоеды Северного Кавказа // Энтомол. вестн. Т. 12, вып. 3. С. 45–60.", "Энтомол. вестн"),
    ("Орлова Е. В. 2008. Полевки Алтая // Зоол. журн. Т. 87, вып. 4. С. 401–412.", "Зоол. журн"),
])
def test_an_abbreviated_journal_word_is_no_date(text: str, journal: str) -> None:
    (ref,) = parse(text, "ru")
    assert ref.csl["container-title"].rstrip(".") == journal
    assert "available-date" not in ref.csl
    assert ref.csl["issued"]["date-parts"][0][0] in (2008, 2012)


def test_a_month_after_the_journal_stays_a_date() -> None:
    # look-alike: a month after the journal's full stop is the date's
    (ref,) = parse("Smith, J. Soil crusts in drylands. J. Arid Environ. Jan. 2015; 112: 10-18.", "en")
    assert "Jan" not in ref.csl["container-title"]


@pytest.mark.parametrize(("text", "journal"), [
    ("Lindqvist P, Moore A. Growth after preterm birth. Arch Dis Child Educ Pract Ed. 2017;102(3):140-5.",
     "Arch Dis Child Educ Pract Ed"),
    ("Okafor B, Lund K, Marsh P, et al. Neonatal sepsis in late preterm infants: a regional cohort. Arch Dis Child "
     "Fetal Neonatal Ed. 2018 Mar;103(2):120-6.", "Arch Dis Child Fetal Neonatal Ed"),
    ("Ruiz-Pérez M, Sancho T. Erosión dental en adolescentes. Av Odontoestomatol. 2018;34(4):181-7.",
     "Av Odontoestomatol"),
])
def test_an_abbreviated_journal_keeps_its_edge_words(text: str, journal: str) -> None:
    (ref,) = parse(text)
    assert ref.csl["container-title"] == journal


def test_an_in_cue_before_a_journal_stays_out() -> None:
    # look-alike: "In" before a container opens it, it is none of its words
    (ref,) = parse("Lund K. Neonatal sepsis. In Pediatric Infectious Diseases. 2018. p. 120-6.", "en")
    assert not ref.csl.get("container-title", "").startswith("In ")


# -- 04: a Japanese journal whose name holds full-width brackets
@pytest.mark.parametrize(("text", "journal"), [
    ("佐藤花子（2017）関東地方のカミキリムシ相．昆虫（ニューシリーズ），20(1): 12–25．", "昆虫（ニューシリーズ）"),
    ("中村一郎（2013）瀬戸内海の海浜植物．植物地理・分類研究（新版），61(2): 77–85．", "植物地理・分類研究（新版）"),
])
def test_a_cjk_journal_keeps_its_brackets(text: str, journal: str) -> None:
    (ref,) = parse(text, "ja")
    assert ref.csl["container-title"] == journal
    assert "．" not in ref.csl["title"]


def test_a_cjk_title_with_its_own_brackets_keeps_them() -> None:
    # look-alike: brackets inside the title, no full stop between them and the title's start
    (ref,) = parse("佐藤花子（2017）関東地方のカミキリムシ（甲虫目）の分布．昆虫，20(1): 12–25．", "ja")
    assert ref.csl["container-title"] == "昆虫"


# -- 05: an edition statement with abbreviated qualifiers, and an imprint the labeler ran into the edition
@pytest.mark.parametrize(("text", "lang", "edition"), [
    ("Krause, M. (2012): Die Libellen Thüringens. 3., erw. Aufl. Jena: Weissdorn, 220 S.", "de", "3"),
    ("Kühn, P. (2014): Bodenkunde für Landwirte. 5., völlig neu bearb. Aufl. Stuttgart: Ulmer.", "de", "5"),
])
def test_an_edition_with_abbreviated_qualifiers_is_its_number(text: str, lang: str, edition: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["edition"] == edition


@pytest.mark.parametrize(("text", "place", "publisher"), [
    ("MOURA, P. Plantas medicinais do Cerrado. 2. ed. Goiânia: Ed. PUC, 2012. 98 p.", "Goiânia", "Ed. PUC"),
    ("PEREIRA, J. C. Fisiologia de plantas forrageiras. 2. ed. Lavras: Ed. UFLA, 2015. 180 p.", "Lavras", "Ed. UFLA"),
    ("RIBEIRO, M. A. Nematoides da soja. 3. ed. Londrina: Embrapa, 2011. 96 p.", "Londrina", "Embrapa"),
])
def test_an_imprint_after_the_edition_is_no_edition(text: str, place: str, publisher: str) -> None:
    (ref,) = parse(text, "pt")
    assert (ref.csl["edition"], ref.csl["publisher-place"], ref.csl["publisher"]) in {
        ("2", place, publisher), ("3", place, publisher)}


# -- 06: "Place (Publisher)" after the title, for any place
@pytest.mark.parametrize(("text", "place", "publisher"), [
    ("Krüger, H. (2011): Die Heuschrecken der Oberlausitz. – Wiebelsheim (Aula), 212 S.", "Wiebelsheim", "Aula"),
    ("Rieger, S. (2012): Die Spinnen Bayerns. – Hohenwarsleben (Westarp), 300 S.", "Hohenwarsleben", "Westarp"),
    ("Lange, B. (2010): Die Wanzen Hessens. – Eching (IHW), 150 S.", "Eching", "IHW"),
    ("Vogt, P. & Rieger, S. (2015): Die Moose des Erzgebirges. – Annaberg-Buchholz (Erzgebirgsverlag), 180 S.",
     "Annaberg-Buchholz", "Erzgebirgsverlag"),
])
def test_a_place_with_its_publisher_in_brackets(text: str, place: str, publisher: str) -> None:
    (ref,) = parse(text, "de")
    assert (ref.csl.get("publisher-place"), ref.csl.get("publisher")) == (place, publisher)
    assert ref.csl["type"] == "book"
    assert "note" not in ref.csl
    assert ref.csl["number-of-pages"] in ("150", "180", "212", "300")


def test_editors_in_brackets_are_no_publisher() -> None:
    # look-alike: a role word in the bracket makes its names editors, not a publisher
    (ref,) = parse("Schulte, A. (2019): Auenwälder. – In: Braun, M. & Keller, T. (Hrsg.): Wälder Sachsens. – Dresden "
                   "(Sandstein), S. 11–40.", "de")
    assert ref.csl.get("publisher") != "Hrsg."
    assert [e.get("family") for e in ref.csl["editor"]] == ["Braun", "Keller"]


def test_a_dash_inside_a_title_opens_no_imprint() -> None:
    # look-alike: a dash between two words of a title, a bracket after them
    (ref,) = parse("Weber, M. (2001): Europa – Amerika (Ein Vergleich). 300 S.", "de")
    assert ref.csl["title"] == "Europa – Amerika (Ein Vergleich)"
    assert "publisher" not in ref.csl


# -- 07: a thesis statement read as a place, a journal, or run over the school and its town
@pytest.mark.parametrize(("text", "lang", "genre", "publisher", "place"), [
    ("Becker, Jonas (2016): Studien zur Lahmheit bei Mastbullen. München, Ludwig-Maximilians-Universität, Diss.", "de",
     "Diss", "Ludwig-Maximilians-Universität", "München"),
    ("Quispe, L. 2015. Rendimiento de papa nativa bajo riego por goteo. Tesis Ing. Agr. Universidad Nacional de San "
     "Cristóbal de Huamanga, Ayacucho. 85 p.", "es", "Tesis Ing. Agr", "Universidad Nacional de San Cristóbal de Huamanga",
     "Ayacucho"),
    ("Lindgren, M. 2014. Kvävets rörlighet i lerjordar. Doktorsavhandling, Sveriges lantbruksuniversitet, Umeå.", "sv",
     "Doktorsavhandling", "Sveriges lantbruksuniversitet", "Umeå"),
])
def test_a_thesis_statement_is_the_genre(text: str, lang: str, genre: str, publisher: str, place: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["type"] == "thesis"
    assert ref.csl["genre"].rstrip(".") == genre
    assert (ref.csl.get("publisher"), ref.csl.get("publisher-place")) == (publisher, place)
    assert "container-title" not in ref.csl


def test_an_article_about_theses_keeps_its_journal() -> None:
    # look-alike: a journal whose name begins with a thesis word, with its volume and pages
    (ref,) = parse("Ortiz, P. 2019. Calidad de las tesis en agronomía. Tesis Agron. 12(2): 15-30.", "es")
    assert ref.csl["container-title"] == "Tesis Agron"
    assert "genre" not in ref.csl


# -- 08: GOST's count of leaves or map sheets ("1 л.") is the length, not a page
def test_a_gost_sheet_count_is_the_length() -> None:
    (ref,) = parse("Смирнов А. Б. Почвенная карта Томской области масштаба 1 : 500 000. Лист N-45 (Томск). – Томск : "
                   "Изд-во ТГУ, 2009. – 1 л.", "ru")
    assert ref.csl.get("number-of-pages") == "1"
    assert "page" not in ref.csl


# -- 09: a country after the publisher's town goes on the place
@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Quispe, A. 2016. Manejo del gusano de la papa. Tesis Ing. Agr. Universidad Nacional de Cajamarca, Cajamarca, "
     "Perú.", "es", "Cajamarca, Perú"),
    ("Rojas, M. 2014. Control de malezas en arroz. Tesis Ing. Agr. Universidad Técnica de Manabí, Portoviejo, "
     "Ecuador. 76 p.", "es", "Portoviejo, Ecuador"),
])
def test_a_country_after_the_town_is_the_place(text: str, lang: str, place: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["publisher-place"] == place
    assert ref.csl["publisher"].startswith("Universidad")


def test_a_second_publisher_of_several_words_stays() -> None:
    # look-alike: a co-publisher after the place is no country
    (ref,) = parse("Rojas, M. 2014. Control de malezas en arroz. Lima: Universidad Agraria, Lima, Fondo Editorial "
                   "del Perú.", "es")
    assert "Fondo" not in ref.csl.get("publisher-place", "")


# -- 10: the last word of an abbreviated journal before its volume is no place
def test_the_journal_word_before_the_volume_is_no_place() -> None:
    (ref,) = parse("Okafor, B. et al. Drought and forest carbon. Nat. Clim. Change 11, 120–126 (2021).", "en")
    assert ref.csl["container-title"] == "Nat. Clim. Change"
    assert "publisher-place" not in ref.csl


def test_a_place_beside_a_volume_stays_when_a_publisher_is_there() -> None:
    # look-alike: a book's place and publisher, then a volume of the series: the place stays a place
    (ref,) = parse("Meyer, K. (1999). Flora von Hessen. Zool. Anz. Jena: Fischer, 12, 1–200.", "de")
    assert ref.csl["publisher-place"] == "Jena"


# -- 11: an abbreviated month, its full stop and the year are one date (hand-labelled: the labeler's mistake)
def test_an_abbreviated_month_and_its_year_are_the_date() -> None:
    from labelling import field, labelled
    from refnorm.parsing.repair import repair_labels

    text = "SOUZA, Ana. Ensino remoto. Educação & Sociedade, Campinas, v. 43, n. 1, p. 55-78, ago. 2022. DOI: x"
    toks, labels = labelled(text, ("author", "SOUZA, Ana"), ("title", "Ensino remoto"),
                           ("container-title", "Educação & Sociedade"), ("publisher-place", "Campinas"),
                           ("volume", "43"), ("issue", "1"), ("page", "55-78"), ("issued", "ago"),
                           ("accessed", "2022"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "issued", text) == "ago. 2022"
    assert "accessed" not in out


def test_an_access_date_after_the_issue_month_stays() -> None:
    # look-alike: a month then a day and a year labelled an access date: the access date's own
    from labelling import labelled
    from refnorm.parsing.repair import repair_labels

    text = "SOUZA, Ana. Ensino remoto. Revista, v. 43, p. 55-78, ago. 3 mar. 2023."
    toks, labels = labelled(text, ("author", "SOUZA, Ana"), ("title", "Ensino remoto"), ("container-title", "Revista"),
                           ("volume", "43"), ("page", "55-78"), ("issued", "ago"), ("accessed", "3 mar. 2023"))
    assert repair_labels(toks, labels).count("accessed") == 4


# -- 12: Italian journals: the issue after the volume's bracketed year
def test_the_issue_after_a_bracketed_year_is_the_issue() -> None:
    (ref,) = parse("Marco Ferri, «I licheni epifiti dei castagneti dell'Appennino», Informatore Botanico Italiano, 48 "
                   "(2016), 1, pp. 33-47.", "it")
    assert (ref.csl["volume"], ref.csl.get("issue")) == ("48", "1")


def test_no_issue_without_pages_after_it() -> None:
    # look-alike (hand-labelled): a number after the bracketed year with no pages after it is left alone
    from labelling import labelled
    from refnorm.parsing.repair import repair_labels

    text = "Ferri, M. Licheni. Informatore Botanico, 48 (2016), 1."
    toks, labels = labelled(text, ("author", "Ferri, M"), ("title", "Licheni"), ("container-title", "Informatore Botanico"),
                           ("volume", "48"), ("issued", "2016"), ("volume", "1"))
    assert "issue" not in repair_labels(toks, labels)


# -- 13: NLM's day after the year and the month (hand-labelled: the labeler's mistake)
def test_a_day_after_the_year_and_month_is_the_date() -> None:
    from labelling import field, labelled
    from refnorm.parsing.repair import repair_labels

    text = "Moura A, Lima P. Dengue urbana. Cad Saude Publica. 2021 maio 11;37(6):e00011221."
    toks, labels = labelled(text, ("author", "Moura A, Lima P"), ("title", "Dengue urbana"),
                           ("container-title", "Cad Saude Publica"), ("issued", "2021 maio"), ("volume", "37"),
                           ("issue", "6"), ("page", "e00011221"))
    assert field(toks, repair_labels(toks, labels), "issued", text) == "2021 maio 11"


def test_a_volume_after_the_year_and_month_stays() -> None:
    # look-alike: "2021 May;37(6)": the number after ";" is the volume
    from labelling import labelled
    from refnorm.parsing.repair import repair_labels

    text = "Moura A. Dengue urbana. Cad Saude Publica. 2021 May;37(6):e00011221."
    toks, labels = labelled(text, ("author", "Moura A"), ("title", "Dengue urbana"), ("container-title", "Cad Saude Publica"),
                           ("issued", "2021 May"), ("volume", "37"), ("issue", "6"), ("page", "e00011221"))
    assert repair_labels(toks, labels).count("issued") == 2
