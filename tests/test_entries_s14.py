"""Entry-level decisions, pasted furniture and the list splitter (session 14), on strings of my own, never lines of the
dev files: where glued references are cut and where they are not, which lines are no reference, and how ``split``
reads whole lists; each form with look-alikes that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse, split


def _count(text: str, lang: str | None = None) -> int:
    return len(parse(text, lang=lang))


# --- no cut inside a bracket the reference opened; links after each of several pasted references

@pytest.mark.parametrize("text", [
    # the original edition in brackets after the translation's imprint
    "Lévy, Marc: Die Erfindung der Stadt. Eine Geschichte. Übers. von Ina Roth. München: Beck 2012 [frz. Orig.: "
    "L'invention de la ville, Paris 2008].",
    "Marchand, Luc: Die Kunst der Brücken. Wien: Zsolnay 2010 [franz. Orig.: L'art des ponts, Paris 2004].",
])
def test_no_cut_inside_a_bracket(text: str) -> None:
    assert _count(text) == 1


def test_a_bracketed_number_after_a_reference_still_cuts() -> None:
    text = ("Nowak, Anna: Stadt und Fluss. Berlin: Links 2015. [4] Weber, Max: Wirtschaft und Gesellschaft. Tübingen: "
            "Mohr 1922.")
    assert _count(text) == 2


def test_links_after_each_pasted_reference_are_cut() -> None:
    text = ("COSTA, Ana. Cidades e rios. Recife: Massangana, 2011.         [ Links ]\n"
            "LIMA, Pedro. O porto e a cidade. 3. ed. Salvador: EDUFBA, 2004.         [ Links ]")
    refs = parse(text)
    assert [r.csl["author"][0]["family"] for r in refs] == ["Costa", "Lima"]
    assert all("Links" not in r.raw for r in refs)


# --- two names a dash joins with no space are one

def test_no_cut_between_names_a_dash_joins() -> None:
    # a publisher's two names, the second read as the next reference's author
    text = ("Jansen, K. (2010). Het water en de stad (M. de Vries, Vert.). Amsterdam: Prometheus–Bakker & Van Oorschot. "
            "(Oorspronkelijk werk gepubliceerd 2001)")
    assert _count(text) == 1


def test_references_after_a_dashed_publisher_are_still_cut() -> None:
    text = "Mayer, K. (2011). Städte am Fluss. Stuttgart: Kohlhammer–Schmidt. Brandt, L. (2014). Der Hafen. Berlin: Ch. Links."
    assert [r.csl["author"][0]["family"] for r in parse(text)] == ["Mayer", "Brandt"]


# --- Chicago author-date: "Family, Given. Year." opens a glued reference

@pytest.mark.parametrize(("text", "second"), [
    ("Lindqvist, Maja. 2016. The Salt Roads of Norrland. Umeå: Borealis Press. Harcourt, Simon. 2021. “Mapping "
     "Ferry Routes.” Journal of Maritime History 14 (2): 88–104.", "Harcourt"),
    ("Ferreira, Ana, and Tom Platt. 2018. “Harbour Cities.” In Ports and People, edited by Jan Roos, 12–30. Leiden: "
     "KITLV Online. Okonjo, Ifeoma. 2019. The Lagos Waterfront. Translated by Ada Eze. Ibadan: Bookcraft.", "Okonjo"),
])
def test_chicago_author_date_glued(text: str, second: str) -> None:
    refs = parse(text)
    assert len(refs) == 2
    assert refs[1].csl["author"][0]["family"] == second


def test_a_reprint_place_before_a_second_year_is_no_name() -> None:
    assert _count("Lindqvist, Maja. 2016. The Salt Roads of Norrland. Reprint, Boston, Mass. 2020.") == 1


# --- Springer's "Publisher, Place (Year)" before a link ends a reference; it opens none

@pytest.mark.parametrize("text", [
    "Ortiz, L., Weber, J.: Fast SAT-based test generation. In: Kim, H., Rossi, P. (eds.) Software Testing. ICST "
    "2023. LNCS, vol. 13993, pp. 55–72. Springer, Cham (2023). https://doi.org/10.1007/978-3-031-12345-6_4",
    "Nakamura, K.: Lattice paths. In: Berg, P. (ed.) Combinatorics Today. LNM, vol. 2201, pp. 1–20. Springer, "
    "Berlin (2019). https://doi.org/10.1007/978-3-030-11111-1_1",
])
def test_springer_imprint_opens_no_reference(text: str) -> None:
    assert _count(text) == 1


def test_author_date_name_with_a_title_still_cuts() -> None:
    text = ("Krämer, Ute (2015): Stadt und Land. Berlin: Reimer. https://doi.org/10.1515/9783110000001 Hoffmann, Lars "
            "(2018): Nachbarschaft im Wandel. Bielefeld: transcript.")
    assert [r.csl["author"][0]["family"] for r in parse(text)] == ["Krämer", "Hoffmann"]


# --- German medical journals' "Family X: Title" opens a glued reference

def test_medical_colon_form_glued() -> None:
    text = ("Müller A, Schmidt B: Herzinsuffizienz im Alter. Dtsch Med Wochenschr 2019; 144: 100–5. Weber C: "
            "Vorhofflimmern in der Hausarztpraxis. Internist 2018; 59: 12–8.")
    assert [r.csl["author"][0]["family"] for r in parse(text)] == ["Müller", "Weber"]


def test_a_part_and_a_colon_inside_one_reference() -> None:
    assert _count("Keller T, Roth U: Leitlinie Herzinsuffizienz. Teil B: Therapie. Dtsch Med Wochenschr 2020; 145: "
                  "20–9.") == 1


# --- running heads are no reference

@pytest.mark.parametrize("text", [
    "IEEE TRANSACTIONS ON POWER DELIVERY, VOL. 36, NO. 4, AUGUST 2021 2233",
    "2418 IEEE JOURNAL OF OCEANIC ENGINEERING, VOL. 45, NO. 3, JULY 2020",
    "212 JOURNAL OF MEDIEVAL MONASTIC STUDIES VOL. 9, NO. 2",
    "88 Zeitschrift für Stadtgeschichte Jg. 12, H. 3",
])
def test_running_heads_are_no_reference(text: str) -> None:
    assert _count(text) == 0


@pytest.mark.parametrize("text", [
    "J. SMITH AND K. LEE, \"URBAN HEAT,\" IEEE TRANS. POWER SYST., VOL. 37, NO. 2, PP. 1-9, 2022.",
    "WORLD BANK. WORLD DEVELOPMENT REPORT, VOL. 2. WASHINGTON DC, 2020.",
    "140 Smith J. Urban studies. Cities vol. 71, no. 1",
])
def test_references_in_capitals_or_with_a_number_first_stay(text: str) -> None:
    assert _count(text) == 1


# --- an address for correspondence opened by the word alone

@pytest.mark.parametrize("text", [
    "Correspondance : Dr Paul Girard, Service de pneumologie, CHU de Rennes, 35033 Rennes. paul.girard@chu-rennes.fr",
    "Correspondencia: Dr. Luis Romero, Servicio de Cardiología, Hospital Clínico, 46010 Valencia. lromero@hcv.es",
    "Corrispondenza: Marco Bianchi, Dipartimento di Medicina, Università di Padova, Via Giustiniani 2, 35128 Padova",
])
def test_correspondence_addresses_are_no_reference(text: str) -> None:
    assert _count(text) == 0


@pytest.mark.parametrize("text", [
    "Correspondance : 1830-1851 / Gustave Flaubert ; éd. par Jean Bruneau. – Paris : Gallimard, 1973.",
    "Flaubert, G. Correspondance : tome II. Paris : Gallimard, 1980.",
])
def test_books_titled_correspondence_stay(text: str) -> None:
    assert _count(text) == 1


# --- split: unnumbered entries where the numbering leaves room for them

def _texts(text: str) -> list[str]:
    return [e.text for e in split(text)]


def test_a_list_numbered_on_its_first_line_only() -> None:
    text = ("1. Abbott, R. (2018). Coastal erosion and managed retreat. Marine Policy, 93, 45-52.\n"
            "Baker, T., & Chen, L. (2020). Flood insurance uptake in river towns. Risk Analysis, 40(3), 512-530.\n"
            "Carver, M. (2017). Dune restoration after storms. Geomorphology, 290, 1-12.")
    entries = split(text)
    assert [e.text[:6] for e in entries] == ["Abbott", "Baker,", "Carver"]
    assert entries[0].label == "1."


def test_an_entry_whose_number_was_lost() -> None:
    text = ("1. Abbott R. Coastal erosion and managed retreat. Mar Policy. 2018;93:45-52.\n"
            "2. Baker T, Chen L. Flood insurance uptake in river towns. Risk Anal. 2020;40:512-30.\n"
            "Carver M. Dune restoration after storms. Geomorphology. 2017;290:1-12.\n"
            "4. Dunn P. Sea walls and their costs. Ocean Coast Manag. 2019;170:80-91.")
    assert [t[:5] for t in _texts(text)] == ["Abbot", "Baker", "Carve", "Dunn "]


@pytest.mark.parametrize("text", [
    # a numbered entry wrapped after a full stop: the next line opens with no name
    "1. Abbott R. Coastal erosion and managed retreat.\nMar Policy. 2018;93:45-52.",
    # a names list broken after an initial
    "1. Abbott R., Baker T., Chen L., Dunn P., Evans Q., Fox S., Gray H., Hale J., Ito K. L.\n"
    "Moreau, Coastal erosion and managed retreat. Mar Policy. 2018;93:45-52.",
    # numbered 1, 2, 3 with no room: a line opening with a name goes on the entry before
    "1. Abbott R. Coastal erosion. Mar Policy. 2018;93:45-52.\n2. Baker T. Flood insurance. In: Chen L, editor.\n"
    "Risk and Rivers. London: Wiley; 2020. p. 5-9.\n3. Carver M. Dunes. Geomorphology. 2017;290:1-12.",
])
def test_wrapped_numbered_entries_stay_whole(text: str) -> None:
    numbered = sum(1 for line in text.splitlines() if line[:1].isdigit())
    assert len(split(text)) == numbered


# --- split: a printed page's number and running head inside a list copied from a PDF

@pytest.mark.parametrize("furniture", [
    "23", "- 23 -", "Page 7 of 12", "Seite 3 von 10",
    "IEEE TRANSACTIONS ON SMART GRID, VOL. 14, NO. 2, MARCH 2023 1187",
    "1188 IEEE TRANSACTIONS ON SMART GRID, VOL. 14, NO. 2, MARCH 2023",
])
def test_page_furniture_inside_a_list(furniture: str) -> None:
    text = ("[1] A. Okoro, \"Grid-forming inverters in weak networks,\" IEEE Trans. Power Syst., vol. 35, pp. 1-10, "
            "2020.\n[2] B. Lind and C. Mora, \"Frequency response of low-inertia systems: a survey of methods and open\n"
            f"{furniture}\nproblems,\" Renew. Sustain. Energy Rev., vol. 120, p. 109610, 2020.\n"
            "[3] D. Ferraz, \"Virtual synchronous machines,\" Electr. Power Syst. Res., vol. 180, 2020.")
    texts = _texts(text)
    assert len(texts) == 3
    assert "open problems," in texts[1]
    assert furniture not in " ".join(texts)


def test_a_page_number_inside_a_one_per_line_list() -> None:
    text = ("Abbott, R. (2018). Coastal erosion and managed retreat. Marine Policy, 93, 45-52.\n"
            "Baker, T., & Chen, L. (2020). Flood insurance uptake in river towns and their\n"
            "23\n"
            "neighbours. Risk Analysis, 40(3), 512-530.\n"
            "Carver, M. (2017). Dune restoration after storms. Geomorphology, 290, 1-12.")
    assert [t[:6] for t in _texts(text)] == ["Abbott", "Baker,", "Carver"]


@pytest.mark.parametrize(("text", "n"), [
    # a year wrapped onto a line of its own stays in its entry
    ("Abbott, R. Coastal erosion and managed retreat. London: Routledge,\n2018\n"
     "Baker, T. Flood insurance uptake in river towns. Risk Analysis, 40(3), 512-530.", 2),
    # entry numbers on lines of their own, one after another, are no page numbers
    ("1\nAbbott, R. (2018). Coastal erosion. Marine Policy, 93, 45-52.\n2\n"
     "Baker, T. (2020). Flood insurance. Risk Analysis, 40, 512-530.", 4),
])
def test_numbers_that_are_no_page_furniture(text: str, n: int) -> None:
    assert len(split(text)) == n
    assert "2018" in " ".join(_texts(text))


# --- GOST's statement of responsibility after a volume's number opens no reference

@pytest.mark.parametrize("text", [
    "Лаврентьев П. И. Собрание сочинений : в 6 т. Т. 4 / П. И. Лаврентьев. – Москва : Прогресс, 2011. – 592 с.",
    "Гиббонс Р. Византийская монета : в 2 т. Т. 1 / Р. Гиббонс. – Москва : Прогресс, 2018. – 416 с.",
])
def test_gost_responsibility_after_a_volume(text: str) -> None:
    assert _count(text) == 1


def test_gost_references_glued_after_the_extent_still_cut() -> None:
    text = ("Орлов В. В. Города Сибири. – Томск : ТГУ, 2010. – 300 с. Белов А. А. Реки и люди. – Москва : Наука, "
            "2015. – 200 с.")
    assert _count(text) == 2


def test_a_name_after_a_links_last_slash_still_cuts() -> None:
    text = ("Statistics Norway. (2021). Household income 2020. https://www.ssb.no/en/inntekt-og-forbruk/inntekt/ "
            "Berg, K. (2017). Families and money. Oslo: Cappelen.")
    assert _count(text) == 2


# --- split: the same author's dash opening a line is no bullet

def test_same_author_dash_is_no_bullet() -> None:
    text = ("Harvey, David. 1973. Social Justice and the City. London: Edward Arnold.\n"
            "— 1989. The Condition of Postmodernity. Oxford: Blackwell.\n"
            "— 2005. A Brief History of Neoliberalism. Oxford: Oxford University Press.\n"
            "Jacobs, Jane. 1961. The Death and Life of Great American Cities. New York: Random House.")
    texts = _texts(text)
    assert [t[:6] for t in texts] == ["Harvey", "— 1989", "— 2005", "Jacobs"]


def test_dash_bullets_stay_bullets() -> None:
    text = ("– Abbott, R. (2018). Coastal erosion. Marine Policy, 93, 45-52.\n"
            "– Baker, T. (2020). Flood insurance. Risk Analysis, 40, 512-530.")
    assert [(e.label, e.text[:6]) for e in split(text)] == [("–", "Abbott"), ("–", "Baker,")]


# --- split: Markdown's "1." on every item is a numbered list

def test_markdown_numbers_every_item_one() -> None:
    text = ("1. Abbott, R. (2018). Coastal erosion and managed retreat. *Marine Policy*, 93,\n   45-52.\n"
            "1. Baker, T., & Chen, L. (2020). Flood insurance uptake in river towns. *Risk Analysis*, 40(3), 512-530.\n"
            "1. Carver, M. (2017). Dune restoration after storms. *Geomorphology*, 290, 1-12.")
    entries = split(text)
    assert [e.text[:6] for e in entries] == ["Abbott", "Baker,", "Carver"]
    assert "45-52." in entries[0].text


# --- Japanese author-date: names joined by "・" and their bracketed year after a full stop open the next reference

def test_japanese_author_date_glued_after_a_thesis() -> None:
    text = "田中太郎（2017）港町の歴史．修士論文，京都大学．小林次郎・中村三郎（2015）漁村の社会学．社会学評論，66(1): 10–25．"
    refs = parse(text)
    assert [r.csl["author"][0]["family"] for r in refs] == ["田中", "小林"]


def test_a_dated_name_inside_a_title_is_no_cut() -> None:
    assert _count("高橋一郎（2018）関東平野の地下水と山本花子（2020）の比較．水文学雑誌，12(3): 45–60．") == 1
