"""Entry-level decisions on forms of my own (never lines of the dev files): non-references that must come out as no
record, and their look-alikes that must stay references."""

from __future__ import annotations

import pytest

from refnorm import parse, split


def _count(text: str, lang: str | None = None) -> int:
    return len(parse(text, lang=lang))


@pytest.mark.parametrize(("text", "lang"), [
    # back references with their accents, and "op. cit." in more languages
    ("Ibíd., pp. 45-47.", "es"),
    ("Íd., p. 12.", "es"),
    ("Ibídem, cap. 3.", "es"),
    ("Dz. cyt., s. 44.", "pl"),
    ("Указ. соч. С. 12.", "ru"),
    ("Ob. cit., p. 101.", "es"),
    # figure and table captions
    ("Ryc. 3. Rozkład gatunków w próbach z lat 2018–2020 (oprac. własne).", "pl"),
    ("Cuadro 2. Evolución del empleo en España, 2010-2020.", "es"),
    ("Quadro 1 – Síntese das categorias de análise (2021)", "pt"),
    ("Gráfico 3 - Evolução das matrículas 2015-2022", "pt"),
    ("Tab. 4: Výsledky měření z roku 2019", "cs"),
    ("Tav. 2. Distribuzione dei campioni (2018)", "it"),
    ("Grafiek 1. Aantal leerlingen per jaar, 2015–2021", "nl"),
    ("Grafik 2. Yıllara göre öğrenci sayıları (2010-2020)", "tr"),
    # "read also" / "see also" links at the end of a blog post
    ("Leia também: Como fazer referências segundo a ABNT (atualizado 2023)", "pt"),
    ("Lees ook: Zo citeer je een wet in APA-stijl (2022)", "nl"),
    ("Lesen Sie auch: So zitieren Sie Gesetze richtig (2021)", "de"),
    ("Czytaj także: Jak cytować ustawy w APA (2020)", "pl"),
    ("Читайте также: Как оформить список литературы по ГОСТ 2018", "ru"),
    ("See also: How to cite a court case in APA (updated 2023)", "en"),
    # a page's running header
    ("Tijdschrift voor Sociologie • jaargang 41 • nr. 2 • 2020", "nl"),
    ("Zeitschrift für Soziologie | Jg. 49 | Heft 3 | 2020", "de"),
    ("118 REVISTA DE HISTORIA ECONÓMICA N.º 12 · enero-junio 2019", "es"),
    ("124 Revue française de sociologie, 61-2, 2020", "fr"),
    ("56 JOURNAL OF URBAN HISTORY 47(2) March 2021", "en"),
    # an author's note under the title, a sentence after a note's mark
    ("* Bu makale, ikinci yazarın doktora tezinden üretilmiştir.", "tr"),
    ("* Dieser Beitrag beruht auf der Dissertation der Erstautorin (2019).", "de"),
    ("* Este artículo forma parte del proyecto PID2019-1234, financiado por el MICINN.", "es"),
    # a numbered section heading
    ("II. Gedruckte Quellen und Literatur", "de"),
    ("2. Secondary Literature", "en"),
])
def test_not_a_reference(text: str, lang: str) -> None:
    assert _count(text, lang) == 0


@pytest.mark.parametrize(("text", "lang"), [
    # names that open like a back reference or a caption word
    ("Ibáñez, J. (2019). Historia de la prensa. Madrid: Cátedra.", "es"),
    ("Idígoras, M. (2018). La ciudad. Bilbao: Ekin.", "es"),
    ("Tabak, R. (2019). Titel des Beitrags. Zeitschrift für Soziologie, 3, 4-5.", "de"),
    ("Bild, A. (2020). Die Stadt. Berlin: Metropol.", "de"),
    # a meta-analysis's asterisk before a reference
    ("*Smith, J. (2010). The effects of reading on memory in young children. Journal of Child Psychology, 3, 4–5.", "en"),
    ("* World Health Organization. (2020). Report on the state of the world's nursing. Geneva: WHO.", "en"),
    ("*SILVA, A. B. Educação e trabalho no Brasil. São Paulo: Cortez, 2015.", "pt"),
    # "see also" before a reference
    ("Voir aussi : Dupont, J. (2010). Les villes et leurs marges. Paris : PUF.", "fr"),
    ("See also: Smith, J. (2010). Borders and neighbours. London: Verso.", "en"),
    # a journal's name, volume and date with someone, or without a page number before it
    ("12 Smith J, Jones K. Title of the paper on cells. Nature 2020", "en"),
    ("Smith, J. • Borders and neighbours • London: Verso • 2010", "en"),
    # an initial, not a section number
    ("I. Kant, Kritik der reinen Vernunft, Riga 1781", "de"),
])
def test_still_a_reference(text: str, lang: str) -> None:
    assert _count(text, lang) == 1


def test_read_also_ends_the_list_but_see_also_does_not() -> None:
    blog = "Smith, J. (2010). Borders. London: Verso.\nLeia também:\nComo citar leis (2023)\n"
    assert [e.text for e in split(blog)] == ["Smith, J. (2010). Borders. London: Verso."]
    listed = "Smith, J. (2010). Borders. London: Verso.\nSee also\nJones, K. (2018). Neighbours. Oxford: OUP.\n"
    assert len(split(listed)) == 3


@pytest.mark.parametrize(("text", "lang"), [
    # court decisions and statutes the labeler may give no title, container or author: never dropped
    ("Fenwick v Corbridge Holdings Ltd [1994] 1 WLR 1187 (CA)", "en"),
    ("Re Peters [1988] QB 871 (CA)", "en"),
    ("Gesetz zur Förderung der Elektromobilität vom 5. Juni 2021.", "de"),
    ("Verordnung über die Anforderungen an Trinkwasser vom 20. Juni 2023.", "de"),
    ("Legge 12 luglio 2021, n. 106.", "it"),
    ("Ustawa z dnia 7 lipca 1994 r. prawo budowlane.", "pl"),
    ("Wet van 9 juli 2020 tot wijziging van de wet op het primair onderwijs.", "nl"),
])
def test_legal_form_is_never_dropped(text: str, lang: str) -> None:
    assert _count(text, lang) == 1


@pytest.mark.parametrize(("text", "lang"), [
    # a sentence about a statute, with no date or number of one, stays a sentence; two parties alone are no case
    ("Gesetz wird im Jahr 2021 wohl nicht mehr geändert werden können.", "de"),
    ("Ltd v Ltd.", "en"),
])
def test_legal_look_alikes_stay_non_references(text: str, lang: str) -> None:
    assert _count(text, lang) == 0


@pytest.mark.parametrize(("text", "lang", "firsts"), [
    # ABNT: a body named in capitals after a reference that ends with its year opens the next reference
    ("IBGE. Pesquisa Nacional de Saúde 2019. Rio de Janeiro: IBGE, 2020. INEP. Sinopse Estatística da Educação "
     "Superior 2021. Brasília, DF: Inep, 2022.", "pt", ["IBGE", "INEP"]),
    ("FREIRE, P. Pedagogia do oprimido. Rio de Janeiro: Paz e Terra, 1987. UNESCO. Relatório de monitoramento "
     "global da educação. Paris: UNESCO, 2020.", "pt", ["Freire", "UNESCO"]),
    # the next author run into the publisher, its full stop lost at a line end
    ("Weber, Anna (2015): Die Stadt. Berlin: Metropol Fischer, Karl (2019): Das Dorf. München: Beck.", "de",
     ["Weber", "Fischer"]),
    ("Smith, J. (2016). Borders. London: Verso Jones, K. (2018). Neighbours. Oxford: OUP.", "en", ["Smith", "Jones"]),
])
def test_glued_run_in_name_is_cut(text: str, lang: str, firsts: list[str]) -> None:
    refs = [r.to_csl() for r in parse(text, lang=lang)]
    names = [r["author"][0].get("family") or r["author"][0].get("literal") for r in refs]
    assert names == firsts
    assert refs[0]["publisher"] in ("IBGE", "Paz e Terra", "Metropol", "Verso")


@pytest.mark.parametrize(("text", "lang"), [
    # capitals after the year that name no body, or no title and year after them
    ("SILVA, J. Título do livro. São Paulo: Cortez, 2015. ISBN 978-85-249-2345-1.", "pt"),
    ("Smith, J. (2019). Annual report 2019. NATO. Brussels.", "en"),
    # a publisher then a name and a date, but no place before the publisher ("In: …" is the same reference)
    ("Weber, Anna (2015): Die Stadt. In: Müller, Hans (2015): Handbuch der Stadt. Berlin: Metropol.", "de"),
    ("Weber, Anna (2015): Die Stadt. Berlin: Metropol.", "de"),
])
def test_no_cut_without_a_run_in_name(text: str, lang: str) -> None:
    assert _count(text, lang) == 1


@pytest.mark.parametrize(("text", "lang"), [
    # a year first, then a journal, volume and page (physics' short form): no running header
    ("2011 Nonlinearity 24 1975", "en"),
    # initials first after a note's mark, a quoted title: a reference
    ("* T. Dominiaková, P. Blažeková, „Vývoj českého školství po roce 1989“ in Sborník příspěvků z 1. mezinárodní "
     "konference (ACM, 2020), s. 357‑359.", "cs"),
])
def test_headers_and_notes_look_alikes(text: str, lang: str) -> None:
    assert _count(text, lang) == 1


@pytest.mark.parametrize(("text", "lang", "n"), [
    # headings in sentence case, as most languages write them, opened by a section's or a list's noun
    ("Źródła archiwalne i drukowane", "pl", 0),
    ("Fontes primárias e secundárias consultadas", "pt", 0),
    ("Seznam použitých zkratek a pramenů", "cs", 0),
    # a name that is a section noun, a title in title case: references
    ("Fontes, J. Título do livro. Lisboa: Presença, 2010.", "pt", 1),
    ("Sources of the Self", "en", 1),
])
def test_sentence_case_headings(text: str, lang: str, n: int) -> None:
    assert _count(text, lang) == n


@pytest.mark.parametrize(("text", "lang", "n"), [
    ("T.a.p., p. 12.", "nl", 0),
    ("A.a., s. 45.", "sv", 0),
    ("A.g.m., s. 33.", "tr", 0),
    ("132 RIVISTA STORICA ITALIANA · anno CXXXII · fascicolo II · 2020", "it", 0),
    ("İlgili yazılar: APA ile kanun nasıl gösterilir (2021)", "tr", 0),
    ("延伸阅读：如何引用法律文献（2021）", "zh", 0),
    # initials like "a.a." before a name: a reference
    ("A.A. Milne, Winnie-the-Pooh. London: Methuen, 1926.", "en", 1),
])
def test_more_languages(text: str, lang: str, n: int) -> None:
    assert _count(text, lang) == n
