"""Series, journals and imprints (session 13): a book's series after its imprint or page count, in brackets or as a
bare sentence, and its number (strings of our own; look-alikes that must keep their reading)."""
from __future__ import annotations

import pytest
from tests.labelling import field, labelled

from refnorm import parse
from refnorm.parsing.repair import repair_labels


def _csl(text: str, lang: str | None = None) -> dict:
    (ref,) = parse(text, lang=lang)
    return ref.to_csl()


@pytest.mark.parametrize(("text", "series", "number"), [
    # a series name holding a full stop, and its number, after the page count
    ("CENTRO DE ESTUDOS URBANOS. Moradia e renda nas capitais: 2018. Recife: CEU, 2019. 86 p. "
     "(Cadernos técnicos. Série cidades, n. 7).", "Cadernos técnicos. Série cidades", "7"),
    ("CENTRO DE ESTUDOS URBANOS. Moradia e renda nas capitais. Recife: CEU, 2019. 86 p. "
     "(Cadernos técnicos. Série cidades, n. 7). Disponível em: https://ceu.example.org/moradia.pdf. "
     "Acesso em: 2 maio 2021.", "Cadernos técnicos. Série cidades", "7"),
    # one word, and words with a comma inside, after the page count
    ("GIRARD, Paul. Les ports bretons au XVIIIe siècle. Brest : Éditions du Ponant, 2014. 318 p. (Marines).",
     "Marines", None),
    ("GIRARD, Paul. Les ports bretons. Brest : Éditions du Ponant, 2014. 318 p. (Mer, histoire et sociétés). "
     "ISBN 978-2-7535-3310-3.", "Mer, histoire et sociétés", None),
    # German: the series and its number in brackets after "Place Year"
    ("Vgl. Otto Brandl, Die Zünfte der Reichsstadt Ulm (1400–1550), Ulm 1988 (Forschungen zur Geschichte der "
     "Stadt Ulm, Reihe C, Bd. 14), S. 40–52.", "Forschungen zur Geschichte der Stadt Ulm, Reihe C", "14"),
])
def test_series_in_brackets_after_imprint(text: str, series: str, number: str | None) -> None:
    csl = _csl(text)
    assert csl.get("collection-title") == series
    assert csl.get("collection-number") == number
    assert "issue" not in csl and "container-title" not in csl
    assert series not in csl["title"]


def test_series_after_thesis_imprint() -> None:
    # Swedish thesis: "Diss. Place: University." is the imprint, the bracket after it the series, "2020:7" its number
    csl = _csl("Ek, M. (2020) Betesmarker och pollinatörer. Diss. Umeå: Sveriges lantbruksuniversitet. "
               "(Acta Universitatis agriculturae Sueciae, 2020:7).", "sv")
    assert csl["title"] == "Betesmarker och pollinatörer"
    assert (csl.get("publisher-place"), csl.get("publisher")) == ("Umeå", "Sveriges lantbruksuniversitet")
    assert (csl.get("collection-title"), csl.get("collection-number")) == ("Acta Universitatis agriculturae Sueciae",
                                                                          "2020:7")
    assert "container-title" not in csl and "issue" not in csl


def test_series_read_as_journal_before_page_count() -> None:
    # the labeler's reading: the imprint as a journal, the count as its volume, the series as an edition
    text = "ÓRGÃO X. Título do livro. Rio de Janeiro: Editora Y, 2020. 154 p. (Estudos e pesquisas. Série Z, n. 4)."
    toks, labels = labelled(text, ("author", "ÓRGÃO X"), ("title", "Título do livro"),
                            ("container-title", "Rio de Janeiro: Editora Y"), ("issued", "2020"), ("volume", "154"),
                            ("edition", "Estudos e pesquisas. Série Z"), ("issue", "4"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "publisher-place", text) == "Rio de Janeiro"
    assert field(toks, out, "publisher", text) == "Editora Y"
    assert field(toks, out, "collection-title", text) == "Estudos e pesquisas. Série Z"
    assert field(toks, out, "collection-number", text) == "4"
    assert field(toks, out, "volume", text) is None


def test_bare_series_after_chapter_pages() -> None:
    # ČSN ISO 690: "s. 55–79. Name, sv. 12." after a chapter's pages is the book's series
    csl = _csl("KREJČÍ, Tomáš. Obecní rozpočty. In: SVOBODA, Eva, ed. Veřejná správa v praxi. Brno: Masarykova "
               "univerzita, 2018, s. 40–61. Spisy Ekonomicko-správní fakulty, sv. 315.", "cs")
    assert csl.get("collection-title") == "Spisy Ekonomicko-správní fakulty"
    assert csl.get("collection-number") == "315"
    assert csl.get("container-title") == "Veřejná správa v praxi"
    assert "volume" not in csl


def test_bare_series_read_as_note_before_isbn() -> None:
    text = "HORÁK, Jan. Daně v praxi. Praha: Grada, 2016. Účetnictví a daně. ISBN 978-80-247-1234-5."
    toks, labels = labelled(text, ("author", "HORÁK, Jan"), ("title", "Daně v praxi"), ("publisher-place", "Praha"),
                            ("publisher", "Grada"), ("issued", "2016"), ("note", "Účetnictví a daně"),
                            ("ISBN", "978-80-247-1234-5"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "collection-title", text) == "Účetnictví a daně"


@pytest.mark.parametrize(("text", "kept"), [
    # brackets after the imprint that hold no series
    ("Hall, Stuart. Encoding and Decoding. Birmingham: CCCS, 1973. (Stencilled Occasional Paper, unpublished).",
     None),
    ("Woolf, V. (1992). A Room of One's Own. London: Penguin. (Original work published 1929).", None),
    ("Kahn, R. Quarterly Estimates of Output. Cambridge, MA: NBER, 1961. (Mimeo.)", None),
    ("Borges, J. L. Ficciones. Buenos Aires: Emecé, 1956. (In Spanish).", None),
    # the acronym closing a body's name is the body's
    ("EN 12464-1:2021, Licht und Beleuchtung – Beleuchtung von Arbeitsstätten. Berlin: Deutsches Institut für "
     "Normung (DIN).", None),
])
def test_brackets_that_are_no_series(text: str, kept: str | None) -> None:
    csl = _csl(text)
    assert csl.get("collection-title") == kept
    assert "collection-number" not in csl


def test_publisher_with_initials_after_edition() -> None:
    # "Place: C. H. Name, Year" after an edition statement: the publisher, not a second author
    csl = _csl("POSPÍŠIL, Karel. Obchodní právo. 4., rozš. vyd. Praha: C. H. Beck, 2021. Právní učebnice. "
               "ISBN 978-80-7400-123-9.", "cs")
    assert [a.get("family") for a in csl["author"]] == ["Pospíšil"]
    assert csl.get("publisher") == "C. H. Beck"
    assert csl["title"] == "Obchodní právo"
    assert csl.get("collection-title") == "Právní učebnice"


def test_publisher_read_as_author_needs_place_colon_and_year() -> None:
    text = "Kos, J. Skripta. Praha: A. B. Dvořák, 2019."
    toks, labels = labelled(text, ("author", "Kos, J."), ("title", "Skripta"), ("publisher-place", "Praha"),
                            ("author", "A. B. Dvořák"), ("issued", "2019"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "publisher", text) == "A. B. Dvořák"
    # no year after the names: they stay what the labeler said
    text = "Kos, J. Skripta. Praha: A. B. Dvořák."
    toks, labels = labelled(text, ("author", "Kos, J."), ("title", "Skripta"), ("publisher-place", "Praha"),
                            ("author", "A. B. Dvořák"))
    assert repair_labels(toks, labels) == labels


@pytest.mark.parametrize(("text", "volume", "issue"), [
    # Italian humanities: a Roman volume, the year, then the issue
    ("L. Conti, «Le confraternite di Bergamo nel Seicento», in «Rivista di storia della Chiesa», LXXI, 2017, 2, "
     "pp. 233-259.", "LXXI", "2"),
    ("P. Sala, «Il teatro musicale a Venezia nel Settecento», in «Studi veneziani», LXXXV, 2022, 4, pp. 101-130.",
     "LXXXV", "4"),
])
def test_issue_after_year_of_roman_volume(text: str, volume: str, issue: str) -> None:
    csl = _csl(text, "it")
    assert (csl.get("volume"), csl.get("issue")) == (volume, issue)


def test_issue_after_year_needs_roman_volume_and_pages() -> None:
    text = "A. B., «Titolo», in «Rivista», LII, 2017, 3, pp. 1-9."
    toks, labels = labelled(text, ("author", "A. B."), ("title", "Titolo"), ("container-title", "Rivista"),
                            ("volume", "LII"), ("issued", "2017"), ("volume", "3"), ("page", "1-9"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "issue", text) == "3"
    # no pages after the number: nothing says it is an issue
    text = "A. B., «Titolo», in «Rivista», LII, 2017, 3."
    toks, labels = labelled(text, ("author", "A. B."), ("title", "Titolo"), ("container-title", "Rivista"),
                            ("volume", "LII"), ("issued", "2017"), ("volume", "3"))
    assert repair_labels(toks, labels) == labels


def test_two_editors_after_container_joined_by_u() -> None:
    # "Hrsg. v. A u. B." after the book's title: its editors, not its publisher
    csl = _csl("Lang, Eva: Wohnen im Alter. In: Stadtpolitik und Demografie. Hrsg. v. Peter Hahn u. Marie Kolb. "
               "Bielefeld: transcript 2018, S. 55–70.", "de")
    assert [(p.get("family"), p.get("given")) for p in csl.get("editor", [])] == [("Hahn", "Peter"), ("Kolb", "Marie")]
    assert csl.get("container-title") == "Stadtpolitik und Demografie"
    assert csl.get("publisher") == "transcript"


def test_role_word_without_its_stop_names_no_editor() -> None:
    # "De Gruyter": "de" is a role word in Spanish; the publisher's name after it stays the publisher's
    text = "Zapf H. Literature as Cultural Ecology. In: Handbook of Literary Ecology. De Gruyter."
    toks, labels = labelled(text, ("author", "Zapf H."), ("title", "Literature as Cultural Ecology"),
                            ("container-title", "Handbook of Literary Ecology"), ("publisher", "De Gruyter"))
    assert repair_labels(toks, labels) == labels


def test_publisher_between_place_and_year_before_series() -> None:
    text = "Ott, Jan: Titel. Baden-Baden: Nomos 2019 (Schriften zum Recht; 12)."
    toks, labels = labelled(text, ("author", "Ott, Jan"), ("title", "Titel"), ("publisher-place", "Baden-Baden"),
                            ("issued", "2019"), ("publisher", "Schriften zum Recht"), ("volume", "12"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "publisher", text) == "Nomos"
    assert field(toks, out, "collection-title", text) == "Schriften zum Recht"
    assert field(toks, out, "collection-number", text) == "12"


@pytest.mark.parametrize(("text", "container", "place", "publisher"), [
    # "In: Book. Place: Publisher, Year, s. pages": the last sentence of what was read as the book's title
    ("NOVOTNÁ, Eva. Vodní mlýny na Vysočině. In: Sborník příspěvků z konference Krajina a lidé. Jihlava: Vysoká škola "
     "polytechnická, 2019, s. 15–22.", "Sborník příspěvků z konference Krajina a lidé", "Jihlava",
     "Vysoká škola polytechnická"),
    ("MALÁ, Jana. Nářečí Podluží. In: KOUDELA, Petr, ed. Jazyk a region. Ústí nad Orlicí: Oftis, 2017, s. 9–30.",
     "Jazyk a region", "Ústí nad Orlicí", "Oftis"),
])
def test_imprint_closing_container(text: str, container: str, place: str, publisher: str) -> None:
    csl = _csl(text, "cs")
    assert (csl.get("container-title"), csl.get("publisher-place"), csl.get("publisher")) == (container, place,
                                                                                              publisher)


def test_imprint_closing_container_labelled() -> None:
    text = "A, B. Kapitola. In: Sborník 2020. Kroměříž: Ústav XY, 2020, s. 1–9."
    toks, labels = labelled(text, ("author", "A, B."), ("title", "Kapitola"),
                            ("container-title", "Sborník 2020. Kroměříž: Ústav XY"), ("issued", "2020"),
                            ("page", "1–9"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "container-title", text) == "Sborník 2020"
    assert field(toks, out, "publisher-place", text) == "Kroměříž"
    assert field(toks, out, "publisher", text) == "Ústav XY"


@pytest.mark.parametrize("text", [
    # a journal's section or a book's part after a full stop and before a colon: no imprint
    "A, B. Článek. Acta Physica. Series A: Theory, 2020, 12, s. 1–9.",
    "A, B. Kapitola. In: Handbook of Methods. Part B: Applications, 2020, s. 1–9.",
])
def test_container_with_a_colon_that_is_no_imprint(text: str) -> None:
    head = text[text.index(". ", text.index("Kapitola" if "Kapitola" in text else "Článek")) + 2:text.index(", 2020")]
    toks, labels = labelled(text, ("author", "A, B."), ("title", text.split(". ")[1]), ("container-title", head),
                            ("issued", "2020"), *([("volume", "12")] if ", 12," in text else []), ("page", "1–9"))
    assert repair_labels(toks, labels) == labels


@pytest.mark.parametrize(("text", "number"), [
    # a report's number with a colon (Swedish "2019:4") in the brackets closing its title
    ("Berg, A. (2020). Elevers läsvanor i årskurs 9 (Rapport 2020:7). Stockholm: Skolverket.", "2020:7"),
    ("Holm, K. (2018). Tillsyn av vattenverk (Rapport 2018:21). Uppsala: Livsmedelsverket.", "2018:21"),
])
def test_report_number_with_colon(text: str, number: str) -> None:
    csl = _csl(text, "sv")
    assert csl.get("number") == number
    assert "volume" not in csl and "issue" not in csl


def test_report_number_with_colon_labelled() -> None:
    text = "Lind, E. (2019). Skolans ekonomi (Rapport 2019:4). Stockholm: Skolverket."
    toks, labels = labelled(text, ("author", "Lind, E."), ("issued", "2019"), ("title", "Skolans ekonomi"),
                            ("genre", "Rapport"), ("volume", "2019"), ("issue", "4"), ("publisher-place", "Stockholm"),
                            ("publisher", "Skolverket"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "number", text) == "2019:4"
    assert field(toks, out, "volume", text) is None


def test_edition_qualifiers_closed_by_full_stop() -> None:
    # ISO 690: "2e éd. revue et augmentée. Paris : …": the qualifiers end with the sentence, no container
    text = "DURAND, Léa. Les halles. 3e éd. revue et corrigée. Lyon : ENS Éditions, 2015."
    toks, labels = labelled(text, ("author", "DURAND, Léa"), ("title", "Les halles"), ("edition", "3e éd"),
                            ("container-title", "revue et corrigée"), ("publisher-place", "Lyon"),
                            ("publisher", "ENS Éditions"), ("issued", "2015"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "container-title", text) is None
    # a word that qualifies no edition before the full stop keeps its label
    text = "DURAND, Léa. Les halles. 3e éd. revue et Lyon. Lyon : ENS Éditions, 2015."
    toks, labels = labelled(text, ("author", "DURAND, Léa"), ("title", "Les halles"), ("edition", "3e éd"),
                            ("container-title", "revue et Lyon"), ("publisher-place", "Lyon"),
                            ("publisher", "ENS Éditions"), ("issued", "2015"))
    assert field(toks, repair_labels(toks, labels), "container-title", text) == "revue et Lyon"


@pytest.mark.parametrize(("text", "title_run", "title", "place"), [
    # a report's place alone after its title, before the link or the series in brackets
    ("Bundesamt für Naturschutz (2021): Moore im Klimawandel. Bonn. Online unter: https://www.bfn.de/moore",
     "Moore im Klimawandel. Bonn", "Moore im Klimawandel", "Bonn"),
    ("Umweltbundesamt (2020): Lärm in Städten. Dessau-Roßlau (Texte, 12/2020). Verfügbar unter: "
     "https://www.umweltbundesamt.de/laerm", "Lärm in Städten. Dessau-Roßlau", "Lärm in Städten", "Dessau-Roßlau"),
])
def test_place_closing_title(text: str, title_run: str, title: str, place: str) -> None:
    toks, labels = labelled(text, ("author", text[:text.index(" (")]), ("title", title_run),
                            ("available", "Online unter" if "Online" in text else "Verfügbar unter"),
                            ("URL", text[text.index("https"):]))
    out = repair_labels(toks, labels)
    assert field(toks, out, "title", text) == title
    assert field(toks, out, "publisher-place", text) == place


@pytest.mark.parametrize("title_run", [
    # the last sentence is no place of the dictionary, or more than a place
    "Moore im Klimawandel. Handlungsfelder",
    "Moore im Klimawandel. Bonn und Köln",
])
def test_last_sentence_that_is_no_place(title_run: str) -> None:
    text = f"Amt (2021): {title_run}. Online unter: https://www.example.org/moore"
    toks, labels = labelled(text, ("author", "Amt"), ("title", title_run), ("available", "Online unter"),
                            ("URL", "https://www.example.org/moore"))
    assert repair_labels(toks, labels) == labels


def test_place_with_hyphened_elision() -> None:
    # "Villeneuve-d'Ascq": the elided article glued by a hyphen is the place's, not the title's
    text = "MARTIN, Luc. Les corons du Nord. Villeneuve-d'Ascq : Presses universitaires du Septentrion, 2015."
    toks, labels = labelled(text, ("author", "MARTIN, Luc"), ("title", "Les corons du Nord. Villeneuve-d"),
                            ("publisher-place", "Ascq"), ("publisher", "Presses universitaires du Septentrion"),
                            ("issued", "2015"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "publisher-place", text) == "Villeneuve-d'Ascq"
    assert field(toks, out, "title", text).rstrip(".") == "Les corons du Nord"
    # an elided article after a space opens a word of the title ("le lac d'Annecy, Annecy")
    text = "MARTIN, Luc. Le lac d'Annecy, Annecy, Gardet, 2015."
    toks, labels = labelled(text, ("author", "MARTIN, Luc"), ("title", "Le lac d"), ("publisher-place", "Annecy"),
                            ("publisher-place", "Annecy"), ("publisher", "Gardet"), ("issued", "2015"))
    assert field(toks, repair_labels(toks, labels), "title", text) == "Le lac d'Annecy"


@pytest.mark.parametrize(("text", "lang", "issued"), [
    # the year up front, the day or month after the newspaper or the issue's number
    ("Lind, Eva (2021). ”Vargen tillbaka i Dalsland”. Dagens Nyheter, 3 mars, s. 12.", "sv", [[2021, 3, 3]]),
    ("Insee (2021), « Les revenus des ménages en 2019 », Insee Première n° 1875, octobre 2021.", "fr", [[2021, 10]]),
])
def test_finer_issue_date(text: str, lang: str, issued: list) -> None:
    csl = _csl(text, lang)
    assert csl["issued"]["date-parts"] == issued
    assert "available-date" not in csl


@pytest.mark.parametrize(("text", "lang"), [
    # J-STAGE's date online after the pages, a meeting's day, an access date: the year stays the issue's
    ("山本 太郎, 木村 花子, 河川堤防の浸透解析, 土木学会論文集, 2018, 74 巻, 2 号, p. 101-110, 公開日 2018/05/20, "
     "https://doi.org/10.2208/jscejge.74.101", "ja"),
    ("Rossi, A. (2019). Ponti in muratura. In: Atti del Convegno Nazionale di Ingegneria, Bari, 12 giugno 2019, "
     "pp. 10-18.", "it"),
    ("Istat (2020), Il mercato del lavoro, Roma 2020, https://www.istat.it/lavoro (ultimo accesso: 3 maggio 2020).",
     "it"),
])
def test_second_date_that_is_no_finer_issue_date(text: str, lang: str) -> None:
    assert _csl(text, lang)["issued"]["date-parts"][0][0] in (2018, 2019, 2020)
    assert len(_csl(text, lang)["issued"]["date-parts"][0]) == 1


@pytest.mark.parametrize(("text", "event_place"), [
    # ABNT: the event's name in capitals, its number, year and place, then "Anais [...]" and the imprint
    ("LIMA, Tiago; SOUZA, Rita. Erosão costeira no litoral potiguar. In: SIMPÓSIO BRASILEIRO DE GEOGRAFIA FÍSICA "
     "APLICADA, 14., 2021, Natal. Anais [...]. Campinas: UNICAMP, 2021. p. 55-60.", "Natal"),
    # the same place for the event and the publisher: one place, the publisher's
    ("LIMA, Tiago. Erosão costeira. In: CONGRESSO NACIONAL DE GEÓGRAFOS, 9., 2018, Recife. Anais [...]. Recife: "
     "UFPE, 2018. p. 1-9.", None),
])
def test_abnt_event(text: str, event_place: str | None) -> None:
    csl = _csl(text, "pt")
    assert csl["container-title"].casefold().startswith(("simpósio brasileiro", "congresso nacional"))
    assert csl.get("event-place") == event_place
    assert "editor" not in csl and "volume" not in csl
    assert csl["title"] in ("Erosão costeira no litoral potiguar", "Erosão costeira")


def test_abnt_event_labelled() -> None:
    text = "A, B. Título. In: ENCONTRO DE QUÍMICA, 20., 2020, Recife. Anais [...]. Recife: UFPE, 2020. p. 1-9."
    toks, labels = labelled(text, ("author", "A, B."), ("title", "Título"), ("editor", "ENCONTRO DE QUÍMICA"),
                            ("volume", "20"), ("issued", "2020"), ("title", "Recife"), ("container-title", "Anais"),
                            ("publisher-place", "Recife"), ("publisher", "UFPE"), ("issued", "2020"), ("page", "1-9"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "container-title", text) == "ENCONTRO DE QUÍMICA"
    assert field(toks, out, "editor", text) is None and field(toks, out, "volume", text) is None
    # no number, year and place after the name: no event of this form
    text = "A, B. Título. In: SOUZA, M. (org.). Química hoje. Recife: UFPE, 2020. p. 1-9."
    toks, labels = labelled(text, ("author", "A, B."), ("title", "Título"), ("editor", "SOUZA, M."),
                            ("container-title", "Química hoje"), ("publisher-place", "Recife"), ("publisher", "UFPE"),
                            ("issued", "2020"), ("page", "1-9"))
    assert repair_labels(toks, labels) == labels


def test_italian_thesis_statement_and_supervisor() -> None:
    csl = _csl("Bruni, Sara, I mulini del Brenta nel Settecento, tesi di laurea triennale, relatrice prof.ssa L. Conti, "
               "Università degli Studi di Padova, 2020.", "it")
    assert csl["title"] == "I mulini del Brenta nel Settecento"
    assert csl.get("genre") == "tesi di laurea triennale"
    assert "editor" not in csl


def test_thesis_words_inside_a_title_stay() -> None:
    # a piece that names no thesis, or one not followed by a supervisor or the university, stays the title's
    text = "Bruni, Sara, Tesi e antitesi, note di metodo, Il Mulino, Bologna 2020."
    toks, labels = labelled(text, ("author", "Bruni, Sara"), ("title", "Tesi e antitesi, note di metodo"),
                            ("publisher", "Il Mulino"), ("publisher-place", "Bologna"), ("issued", "2020"))
    assert repair_labels(toks, labels) == labels


def test_cjk_date_label_is_no_name() -> None:
    text = "山田 太郎, 道路の騒音対策, 土木学会論文集, 2019, 75 巻, 5 号, p. 233-241, 公開日 2020/03/10"
    toks, labels = labelled(text, ("author", "山田 太郎"), ("title", "道路の騒音対策"), ("container-title", "土木学会論文集"),
                            ("issued", "2019"), ("volume", "75"), ("issue", "5"), ("page", "233-241"),
                            ("editor", "公開日"), ("issued", "2020/03/10"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "editor", text) is None
    assert field(toks, out, "author", text) == "山田 太郎"


def test_place_joined_by_hyphens_keeps_its_head() -> None:
    text = "DUPONT, Marc. Les gares. Thèse de doctorat. Saint-Martin-de-Vaux : Université Grenoble Alpes, 2019."
    toks, labels = labelled(text, ("author", "DUPONT, Marc"), ("title", "Les gares"), ("genre", "Thèse de doctorat"),
                            ("title", ". Saint-Martin-de"), ("publisher-place", "Vaux"),
                            ("publisher", "Université Grenoble Alpes"), ("issued", "2019"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "publisher-place", text) == "Saint-Martin-de-Vaux"
    assert field(toks, out, "title", text) == "Les gares"
    # a place after a space: the words before it keep their labels
    text = "DUPONT, Marc. Les gares de Marne. Paris : Seuil, 2019."
    toks, labels = labelled(text, ("author", "DUPONT, Marc"), ("title", "Les gares de Marne"),
                            ("publisher-place", "Paris"), ("publisher", "Seuil"), ("issued", "2019"))
    assert repair_labels(toks, labels) == labels


def test_publisher_opening_with_an_abbreviation() -> None:
    text = "Berg, Anna. 2015. Gravfält i Uppland. Stockholm: Kungl. Vitterhets Akademien. (Arkiv 12.)"
    toks, labels = labelled(text, ("author", "Berg, Anna"), ("issued", "2015"), ("title", "Gravfält i Uppland"),
                            ("publisher-place", "Stockholm"), ("publisher", "Kungl"),
                            ("title", "Vitterhets Akademien"), ("note", "Arkiv 12"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "publisher", text) == "Kungl. Vitterhets Akademien"
    # a publisher's whole name before a sentence in lower case: that sentence is no part of it
    text = "Berg, Anna. 2015. Gravfält. Stockholm: Norstedts. Andra upplagan."
    toks, labels = labelled(text, ("author", "Berg, Anna"), ("issued", "2015"), ("title", "Gravfält"),
                            ("publisher-place", "Stockholm"), ("publisher", "Norstedts"), ("title", "Andra upplagan"))
    assert repair_labels(toks, labels) == labels
