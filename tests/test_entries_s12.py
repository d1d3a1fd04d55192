"""Entry-level decisions (session 12), on strings of my own, never lines of the dev files: how many references a
line holds, and which lines are no reference; each form with look-alikes that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse
from refnorm.parsing.entries import split_points
from refnorm.parsing.fields import segments
from refnorm.parsing.tokens import tokenize


def _count(text: str, lang: str | None = None) -> int:
    return len(parse(text, lang=lang))


# --- numbered references glued on one line: every next number counts, also those the labeler cut at itself

@pytest.mark.parametrize(("text", "n"), [
    ("1. Ames, T. & Roy, P. Tundra greening. Nat. Ecol. Evol. 5, 101–109 (2021). 2. Quinn, S. R. et al. Permafrost "
     "thaw and carbon. Glob. Change Biol. 27, 3301–3315 (2021). 3. Vale, M. Arctic Soils (Wiley, 2018).", 3),
    ("7. Hale, D. Salt and Stone (Norton, 2011). 8. Ibsen, K. & Moe, J. Fjord sediments. Mar. Geol. 401, 12–20 "
     "(2018). 9. Pike, R. Coastal Erosion (Elsevier, 2020).", 3),
    # look-alikes: two references, and one reference with a number in its title
    ("2. Quinn, S. R. et al. Permafrost thaw and carbon. Glob. Change Biol. 27, 3301–3315 (2021). 3. Vale, M. Arctic "
     "Soils (Wiley, 2018).", 2),
    ("1. Ames, T. Tundra greening in 3. dimensions. Nat. Ecol. Evol. 5, 101–109 (2021).", 1),
])
def test_numbered_references_on_one_line(text: str, n: int) -> None:
    assert _count(text, "en") == n


def test_the_third_reference_keeps_its_fields() -> None:
    refs = parse("1. Ames, T. & Roy, P. Tundra greening. Nat. Ecol. Evol. 5, 101–109 (2021). 2. Quinn, S. R. et al. "
                 "Permafrost thaw and carbon. Glob. Change Biol. 27, 3301–3315 (2021). 3. Vale, M. Arctic Soils "
                 "(Wiley, 2018).", lang="en")
    last = refs[-1].to_csl()
    assert last["title"] == "Arctic Soils"
    assert last["publisher"] == "Wiley"
    assert refs[1].to_csl()["page"] == "3301-3315"


# --- GOST: the statement of responsibility repeats the author's name, and a specialty code is a dotted number

@pytest.mark.parametrize("text", [
    "Белова Н. А. Тверская иконописная школа XV–XVI веков : дис. ... канд. искусствоведения : 17.00.04 / Белова "
    "Наталья Андреевна. – Москва, 2018. – 243 с.",
    "Орлов К. С. Северные монастыри и их хозяйство : дис. ... канд. ист. наук : 07.00.02 / Орлов Кирилл Сергеевич. "
    "– Вологда, 2016. – 198 с.",
    "Орлов К. С. Северные монастыри : автореф. дис. ... канд. ист. наук / Орлов Кирилл Сергеевич. – Вологда, 2016. "
    "– 24 с.",
    "Захаров П. И. Псковские храмы XII века / Захаров Павел Ильич. – Псков, 2015.",
])
def test_gost_statement_of_responsibility_is_no_new_reference(text: str) -> None:
    assert _count(text, "ru") == 1


def test_gost_references_glued_after_the_extent_still_split() -> None:
    # look-alike: a second reference after a book's extent, with its own "/" and year, is still cut off
    text = ("Орлов К. С. Северные монастыри. – Вологда : ВГМХА, 2016. – 212 с. Иванова Т. В. Пермские храмы : "
            "очерки / Т. В. Иванова. – Пермь : Книга, 2019. – 96 с.")
    assert _count(text, "ru") == 2


# --- page furniture: a footer opened by its page count, a running header with its page number last, CJK front matter

@pytest.mark.parametrize(("text", "lang"), [
    ("Page 7 of 19 J. Geophys. Res. 124 (2019) 2210 T Lind et al", "en"),
    ("Page 2 of 11 Environ. Sci. Technol. 55 (2021) 4410 M Ortega and K Sato", "en"),
    ("Seite 4 von 12 Z. Geomorph. 63 (2021) 101 A Berg et al", "de"),
    ("Rev. Port. Hist., Coimbra, v. 41, n. 2, p. 101-130, jul./dez. 2020     112", "pt"),
    ("Cuad. Geogr., Granada, vol. 58, n.º 3, 2019     45", "es"),
    ("作者简介：李强（1979—），男，湖北武汉人，教授，博士，主要从事区域经济研究。", "zh"),
    ("收稿日期：2019-11-02；修回日期：2020-01-15", "zh"),
    ("受付日：2020年5月8日　受理日：2020年9月1日", "ja"),
    ("Received: 3 May 2021 / Accepted: 9 September 2021", "en"),
])
def test_page_furniture_is_no_reference(text: str, lang: str) -> None:
    assert _count(text, lang) == 0


@pytest.mark.parametrize(("text", "lang"), [
    # look-alikes that stay references: a family name Page, a reference ending with its pages, a numbered reference
    ("Page, T. (2019). Coastal erosion of 3 of 12 beaches. J. Coast. Res. 35, 101–110.", "en"),
    ("Page 3 of 18 Vale, M. Arctic Soils (Wiley, 2018).", "en"),
    ("Lind, T. et al. Storm surges. J. Geophys. Res. 124 (2019) 2210.", "en"),
    ("SOUZA, Ana. O porto e a cidade. Rev. Port. Hist., Coimbra, v. 41, n. 2, p. 101-130, jul./dez. 2020.", "pt"),
    ("李强. 区域经济研究[J]. 经济地理, 2020, 40(3): 1-9.", "zh"),
])
def test_page_furniture_look_alikes_stay_references(text: str, lang: str) -> None:
    assert _count(text, lang) == 1


# --- cut decisions on label sequences as the labeler gets them wrong (the labeler reads most such lines right, so
# the rule is tested on its labels): ``spans`` are (label, phrase) in order, every other token is a separator

def _points(text: str, spans: list[tuple[str, str]]) -> list[int]:
    tokens = tokenize(text)
    labels = ["O"] * len(tokens)
    pos = 0
    for label, phrase in spans:
        words = [t.text for t in tokenize(phrase)]
        k = next(k for k in range(pos, len(tokens)) if [t.text for t in tokens[k:k + len(words)]] == words)
        labels[k:k + len(words)] = [label.lstrip("^")] * len(words)
        labels[k] = label
        pos = k + len(words)
    return split_points(labels, segments(tokens, labels), tokens)


def _word_at(text: str, points: list[int]) -> list[str]:
    tokens = tokenize(text)
    return [tokens[p].text for p in points]


_THESIS = ("SOUZA, Marcos. Barcos do rio (1850-1920). 2017. Dissertação (Mestrado em História) – Universidade "
           "Federal, Belo Horizonte, 2017.")


@pytest.mark.parametrize("mark", ["^author", "author"])
def test_a_thesis_word_read_as_a_name_opens_no_reference(mark: str) -> None:
    spans = [("^author", "SOUZA, Marcos"), ("title", "Barcos do rio (1850-1920)"), ("issued", "2017"),
             (mark, "Dissertação"), ("publisher", "Universidade Federal"), ("publisher-place", "Belo Horizonte"),
             ("issued", "2017")]
    assert _points(_THESIS, spans) == []
    # look-alike: a family name followed by its comma is a name
    text = _THESIS.replace("Dissertação (Mestrado em História) –", "Tese, Ana. Mestrado em História.")
    spans[3] = (mark, "Tese, Ana")
    spans.insert(4, ("title", "Mestrado em História"))
    assert _word_at(text, _points(text, spans)) == ["Tese"]


def test_no_reference_opens_with_its_translator() -> None:
    text = ("Браун Д. История Шотландии : в 2 т. Т. 1 / Д. Браун ; пер. с англ. О. В. Федоровой. – 2-е изд. – "
            "Санкт-Петербург : Евразия, 2019. – 512 с.")
    spans = [("^author", "Браун Д."), ("title", "История Шотландии : в 2 т."), ("container-title", "Т"),
             ("volume", "1"), ("translator", "Д. Браун"), ("^translator", "О. В."), ("title", "Федоровой"),
             ("edition", "2-е изд."), ("publisher-place", "Санкт-Петербург"), ("publisher", "Евразия"),
             ("issued", "2019"), ("page", "512")]
    assert _points(text, spans) == []
    spans[5] = ("^author", "О. В.")  # look-alike: a marked author there is a cut
    assert _word_at(text, _points(text, spans)) == ["О"]


def test_mla_edited_book_after_a_year_is_cut() -> None:
    text = "Marsh, Helen. Island Kitchens. Beacon Press, 2016. Ward, Tom, editor. Essays on Salt Marshes. Routledge, 2021."
    spans = [("^author", "Marsh, Helen"), ("title", "Island Kitchens"), ("publisher", "Beacon Press"),
             ("issued", "2016"), ("editor", "Ward, Tom"), ("container-title", "Essays on Salt Marshes"),
             ("publisher", "Routledge"), ("issued", "2021")]
    assert _word_at(text, _points(text, spans)) == ["Ward"]
    # look-alike: a chapter's editors follow "In:"
    text = "Smith J (2016) Salt marsh birds. In: Ward T, editor. Essays on salt marshes. London: Routledge."
    spans = [("^author", "Smith J"), ("issued", "2016"), ("title", "Salt marsh birds"), ("editor", "Ward T"),
             ("container-title", "Essays on salt marshes"), ("publisher-place", "London"), ("publisher", "Routledge")]
    assert _points(text, spans) == []


def test_author_date_name_after_a_publisher_is_cut() -> None:
    text = ("Ortiz Lema, P. (2017). La minería del carbón. Oviedo: Ediciones de la Universidad de Oviedo. Barrena Sáez, "
            "J. M. (2012). Los astilleros de Bilbao. Revista de Historia Industrial, 49, 77-102.")
    spans = [("^author", "Ortiz Lema, P."), ("issued", "2017"), ("title", "La minería del carbón"),
             ("publisher-place", "Oviedo"), ("publisher", "Ediciones de la Universidad de Oviedo"),
             ("author", "Barrena Sáez, J. M"), ("issued", "2012"), ("title", "Los astilleros de Bilbao"),
             ("container-title", "Revista de Historia Industrial"), ("volume", "49"), ("page", "77-102")]
    assert _word_at(text, _points(text, spans)) == ["Barrena"]
    # look-alike: no year in brackets after the name (a publisher's next words, or a name in the same reference)
    text2 = text.replace("(2012). ", "")
    spans2 = [x for x in spans if x != ("issued", "2012")]
    assert _points(text2, spans2) == []


def test_chicago_body_and_year_after_pages_is_cut() -> None:
    text = ("Lind, Eva. 2019. “Harbour Towns.” Journal of Maritime History 8 (2): 101–20. Swedish Maritime "
            "Administration. 2021. “Port Statistics.” Dataset. Norrköping: SMA.")
    spans = [("^author", "Lind, Eva"), ("issued", "2019"), ("title", "Harbour Towns"),
             ("container-title", "Journal of Maritime History"), ("volume", "8"), ("issue", "2"), ("page", "101–20"),
             ("publisher", "Swedish Maritime Administration"), ("issued", "2021"), ("title", "Port Statistics"),
             ("genre", "Dataset"), ("publisher-place", "Norrköping"), ("publisher", "SMA")]
    assert _word_at(text, _points(text, spans)) == ["Swedish"]
    # look-alike: a publisher with no year of its own after it
    text2 = text.replace("Administration. 2021.", "Administration.")
    assert _points(text2, [x for x in spans if x != ("issued", "2021")]) == []


def test_a_name_after_a_link_and_its_full_stop_is_cut() -> None:
    text = ("Okafor, Ada. 2022. “Tidal Flats.” Preprint, bioRxiv. https://doi.org/10.1101/2022.123456. World "
            "Meteorological Organization. (2021). State of the global climate. WMO.")
    spans = [("^author", "Okafor, Ada"), ("issued", "2022"), ("title", "Tidal Flats"), ("publisher", "bioRxiv"),
             ("DOI", "https://doi.org/10.1101/2022.123456"), ("title", "World Meteorological Organization"),
             ("issued", "2021"), ("title", "State of the global climate"), ("publisher", "WMO")]
    assert _word_at(text, _points(text, spans)) == ["World"]


def test_iso690_capitals_name_after_a_complete_reference_is_cut() -> None:
    text = ("NOVÁKOVÁ, Jana. Školní kroniky. Brno, 2018. Diplomová práce. Masarykova univerzita. Vedoucí práce Karel "
            "Dvořák. SVOBODA, Petr. Dějiny školství. Praha: Academia, 2015.")
    spans = [("^author", "NOVÁKOVÁ, Jana"), ("title", "Školní kroniky"), ("publisher-place", "Brno"),
             ("issued", "2018"), ("genre", "Diplomová práce"), ("publisher", "Masarykova univerzita"),
             ("note", "Vedoucí práce Karel Dvořák. SVOBODA, Petr. Dějiny školství. Praha: Academia, 2015")]
    assert _word_at(text, _points(text, spans)) == ["SVOBODA"]
    # look-alikes: co-authors after a semicolon, initials before the capitals, an editor after "In:"
    for other in ("NOVÁKOVÁ, Jana; SVOBODA, Petr. Školní kroniky. Brno, 2018. Praha: Academia, 2015.",
                  "NOVÁKOVÁ, Jana. Školní kroniky. In: DVOŘÁK, Karel (ed.). Města. Praha: Academia, 2015, s. 1-9."):
        assert _points(other, [("^author", "NOVÁKOVÁ, Jana"), ("title", "Školní kroniky"),
                               ("issued", "2015")]) == []


# --- end to end: lines of those forms

@pytest.mark.parametrize(("text", "lang", "n"), [
    ("Браун Д. История Шотландии : в 2 т. Т. 1 / Д. Браун ; пер. с англ. О. В. Федоровой. – 2-е изд. – "
     "Санкт-Петербург : Евразия, 2019. – 512 с.", "ru", 1),
    ("Marsh, Helen. Island Kitchens. 2nd ed., Beacon Press, 2016. Ward, Tom, editor. Essays on Salt Marshes. "
     "Routledge, 2021.", "en", 2),
    ("Marsh, Helen. Island Kitchens. Beacon Press, 2016. Ward, Tom, and Ann Lee, editors. Essays on Salt Marshes. "
     "Routledge, 2021.", "en", 2),
    ("Lind, Eva. 2019. “Harbour Towns of the Baltic.” Journal of Maritime History 8 (2): 101–20. Swedish Maritime "
     "Administration. 2021. “Port Statistics 2010–2020.” Dataset. Norrköping: SMA. https://doi.org/10.1234/sma.2021",
     "en", 2),
    ("Okafor, Ada, and Li Wei. 2022. “Tidal Flats as Carbon Sinks.” Preprint, bioRxiv. "
     "https://doi.org/10.1101/2022.01.02.123456. World Meteorological Organization. (2021). State of the global "
     "climate 2020 (WMO-No. 1264). WMO. https://library.wmo.int/idurl/4/56247", "en", 2),
    ("NOVÁKOVÁ, Jana. Školní kroniky jako historický pramen. Brno, 2018. Diplomová práce. Masarykova univerzita, "
     "Pedagogická fakulta. Vedoucí práce Karel Dvořák. SVOBODA, Petr. Dějiny školství v Čechách. 3. vyd. Praha: "
     "Academia, 2015. ISBN 978-80-200-2500-1.", "cs", 2),
    # look-alikes that stay one reference
    ("Smith J. Salt marsh birds. In: Ward T, editor. Essays on salt marshes. London: Routledge; 2021. p. 10-22.", "en",
     1),
    ("Smith, J. 2016. “Salt Marsh Birds.” In Essays on Salt Marshes, edited by Tom Ward, 10–22. London: Routledge.",
     "en", 1),
    ("SILVA, João; COSTA, A. M. A cidade e o porto. Recife: Massangana, 2012.", "pt", 1),
    ("NOVÁK, Jan. Kapitola o městech. In: DVOŘÁK, Karel (ed.). Města a lidé. Praha: Academia, 2015, s. 10-22.", "cs", 1),
    ("Lind, Eva. 2019. “Harbour Towns.” In Baltic Ports, edited by Per Ek, 101–20. Stockholm: Atlantis.", "en", 1),
])
def test_glued_lines_end_to_end(text: str, lang: str, n: int) -> None:
    assert _count(text, lang) == n


# --- "In E. N. Zalta (Ed.)": the word before a chapter's editors is no family name before initials

@pytest.mark.parametrize(("text", "lang"), [
    ("Okafor, N. (2021). Moral luck. In E. N. Zalta (Ed.), The Stanford Encyclopedia of Philosophy (Spring 2021 ed.). "
     "https://plato.stanford.edu/archives/spr2021/entries/moral-luck-2/", "en"),
    ("Ruiz, P. (2020). Vagueness. In U. Nodelman (Ed.), The Stanford Encyclopedia of Philosophy (Summer 2020 ed.). "
     "https://plato.stanford.edu/archives/sum2020/entries/vagueness/", "en"),
])
def test_in_before_initials_is_no_second_reference(text: str, lang: str) -> None:
    assert _count(text, lang) == 1


def test_a_name_before_initials_after_two_dates_still_cuts() -> None:
    # look-alike: a real family name there ("Weber, M. (1922)") opens the second reference
    text = ("Sombart, W. (1913). Der Bourgeois. München: Duncker. Weber, M. (1922). Wirtschaft und Gesellschaft. "
            "Tübingen: Mohr.")
    assert _count(text, "de") == 2


# --- a body named before a comma after a reference that ends with its place and year (Polish and Czech lists)

@pytest.mark.parametrize(("text", "lang", "n"), [
    ("Nowak K., Migracje zarobkowe po 2004 roku, rozprawa doktorska, Uniwersytet Jagielloński, Kraków 2019. Główny "
     "Urząd Statystyczny, Ludność według wieku – stan w 2022 roku, https://stat.gov.pl/obszary-tematyczne/ludnosc-2022 "
     "(dostęp: 12.03.2024).", "pl", 2),
    ("Kowalska A., Miasta portowe Bałtyku, Wydawnictwo Uniwersytetu Gdańskiego, Gdańsk 2017. Instytut Morski w "
     "Gdańsku, Raport o stanie portów 2020, https://im.gda.pl/raport-2020 (dostęp: 3.05.2023).", "pl", 2),
    # look-alikes: a title with a year then its subtitle, a volume's title after the imprint
    ("Czapiński J., Panek T. (red.), Diagnoza społeczna 2019. Warunki i jakość życia Polaków, Rada Monitoringu "
     "Społecznego, Warszawa 2019.", "pl", 1),
    ("Kowalska A., Miasta portowe, Wydawnictwo Morskie, Gdańsk 2017. Tom drugi, Porty Bałtyku, s. 10-22.", "pl", 1),
])
def test_body_before_a_comma_after_place_and_year(text: str, lang: str, n: int) -> None:
    assert _count(text, lang) == n


# --- Chicago's "———." and MLA's "---." for the same author again open the next reference

@pytest.mark.parametrize(("text", "n"), [
    ("Harvey, David. 1985. The Urbanization of Capital. Oxford: Blackwell. ———. 1973. Social Justice and the City. "
     "London: Edward Arnold.", 2),
    ("Morrison, Toni. Beloved. Knopf, 1987. ---. Song of Solomon. Knopf, 1977.", 2),
    ("Morrison, Toni. Beloved. Knopf, 1987. ___, Song of Solomon. Knopf, 1977.", 2),
    # look-alikes: a dash inside a title, GOST's single dashes, a line that opens with the dashes
    ("Smith, J. 2010. A Title — With a Dash. London: Verso.", 1),
    ("Иванов И. И. История края. — М. : Наука, 2015. — 320 с.", 1),
    ("———. 1973. Social Justice and the City. London: Edward Arnold.", 1),
])
def test_same_author_dashes(text: str, n: int) -> None:
    assert _count(text) == n


# --- the next reference's number and name after a complete one ("… (2011). 32. Perec, Georges. …")

@pytest.mark.parametrize(("text", "lang", "n"), [
    ("[7] A. Helmy and S. Wagner, “Recent advances in phase matching,” Laser & Photonics Reviews 5, 272–286 (2011). "
     "32. Perec, Georges. A Void. London: The Harvill Press, 1995.", "en", 2),
    ("White, R. «Military Ethics», in Cooper, T., Handbook of Administrative Ethics; CRC Press, 2001. 98. Huysmans, "
     "Joris-Karl. A rebours. Vol. 7 of Oeuvres complètes. Geneva: Slatkine, 1972.", "en", 2),
    # look-alikes: an edition or a volume after the year, a term before a comma
    ("Weber, Max. Wirtschaft und Gesellschaft. Tübingen: Mohr, 1922. 5. Aufl., Tübingen 1972.", "de", 1),
    ("Weber, Max. Gesammelte Aufsätze. Tübingen: Mohr, 1920, S. 17–206. 3. Band, Heft. Tübingen 1921.", "de", 1),
])
def test_numbered_name_after_a_complete_reference(text: str, lang: str, n: int) -> None:
    assert _count(text, lang) == n


@pytest.mark.parametrize(("text", "first_end", "second_start"), [
    ("[163] S. Zaske and C. Becher, “Efficient frequency downconversion at the single photon level,” Optics Express 19, "
     "12825–12836 (2011). 90. SANTOS, Milton. A natureza do espaço: técnica e tempo. 4. ed. São Paulo: Edusp, 2006.",
     "(2011).", "90. SANTOS"),
    ("[7] A. Helmy and S. Wagner, “Recent advances in phase matching,” Laser & Photonics Reviews 5, 272–286 (2011). "
     "32. Perec, Georges. A Void. London: The Harvill Press, 1995.", "(2011).", "32. Perec"),
])
def test_the_entry_number_goes_with_the_reference_it_opens(text: str, first_end: str, second_start: str) -> None:
    refs = parse(text, lang="pt")
    assert len(refs) == 2
    assert refs[0].raw.endswith(first_end)
    assert refs[1].raw.startswith(second_start)
