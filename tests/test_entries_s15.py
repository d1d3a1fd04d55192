"""Entry-level decisions, pasted furniture and the list splitter (session 15), on strings of my own, never lines of the
dev files: where glued references are cut and where they are not, which lines are no reference, and how ``split``
reads whole lists; each form with look-alikes that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse, split


def _count(text: str, lang: str | None = None) -> int:
    return len(parse(text, lang=lang))


def _firsts(text: str, lang: str | None = None) -> list[str]:
    """The first author's family name (or literal) of each reference parsed from ``text``."""
    out = []
    for r in parse(text, lang=lang):
        names = r.csl.get("author") or [{}]
        out.append(names[0].get("family") or names[0].get("literal") or "")
    return out


# --- cuts: glued references the labeler saw no boundary in, or cut in the wrong place

def test_numbered_chinese_references_each_cut() -> None:
    text = ("[3] 王建国. 城市更新的理论与实践[M]. 上海: 同济大学出版社, 2011. [4] 李晓明. 乡村治理研究[M]. 北京: "
            "社会科学文献出版社, 2016. [5] 张海峰. 流域生态补偿机制[J]. 地理学报, 2019(4): 12-20.")
    assert len(parse(text, lang="zh")) == 3


def test_a_middle_dot_inside_a_publisher_is_no_cut() -> None:
    text = ("[7] 陈志华. 古村落的保护[M]. 北京: 生活·读书·新知三联书店, 2008. [8] 刘东. 近代中国的城市[J]. 史学月刊, "
            "2012(3): 5-14.")
    refs = parse(text, lang="zh")
    assert len(refs) == 2
    assert refs[0].csl.get("publisher") == "生活·读书·新知三联书店"


def test_japanese_references_glued_after_a_years_nen() -> None:
    text = ("高橋一郎『地方財政の研究』有斐閣，2012年．山口花子「都市農業の再編」『農業経済研究』第88巻第2号，2017年，"
            "101-115頁．")
    assert _count(text, "ja") == 2


def test_japanese_single_reference_with_nen_stays_whole() -> None:
    assert _count("山口花子「都市農業の再編」『農業経済研究』第88巻第2号，2017年．101-115頁．", "ja") == 1


def test_a_place_after_a_semicolon_stays_with_its_reference() -> None:
    text = ("Huber, K. (2011): Die Schotter des Lechtals. – Geologische Blätter, 61: 12–40; Augsburg. Maier, L. & "
            "Brandl, S. (2019): Quellen im Allgäu. – Hydrologie, 33 (2): 55–70.")
    refs = parse(text, lang="de")
    assert [r.csl["author"][0]["family"] for r in refs] == ["Huber", "Maier"]
    assert refs[0].csl.get("publisher-place") == "Augsburg"


def test_a_name_stuck_to_a_dois_digits() -> None:
    text = ("Ruiz, P. (2021). Las villas del interior. Revista de Historia, 12, 3-19. https://doi.org/10.1234/rh.2021"
            "-12-345Moreno Gil, C. (2017). Archivos locales. Trea.")
    refs = parse(text, lang="es")
    assert [r.csl["author"][0]["family"] for r in refs] == ["Ruiz", "Moreno Gil"]
    assert refs[0].csl.get("DOI") == "10.1234/rh.2021-12-345"


def test_apa_name_glued_without_a_space() -> None:
    text = ("Morel, A. (2014). Les marais salants de Guérande. Nantes : Éditions du Littoral.Le Bris, K., & Tanguy, "
            "J. (2020). La pêche côtière. Norois, 255, 11-29.")
    assert _firsts(text, "fr") == ["Morel", "Le Bris"]


@pytest.mark.parametrize("text", [
    # a chapter's book after "In", with its editor's year in brackets
    "Klein, M. (1946). Notes on some schizoid mechanisms. In Riviere, J. (1952). Developments in psycho-analysis. "
    "London: Hogarth.",
    # a list of names after an initial's full stop
    "Smith, J. A., Brown, K. L., & Jones, P. (2019). Coastal erosion. Geomorphology, 12, 1-9.",
])
def test_no_apa_cut_inside_one_reference(text: str) -> None:
    assert _count(text) == 1


def test_a_body_dated_by_a_full_date_after_a_book() -> None:
    text = ("Visser, T. (2016). Molens en polders. Uitgeverij Verloren. Rijksinstituut voor Volksgezondheid en Milieu. "
            "(2022, 3 mei). Luchtkwaliteit in Nederland. https://www.rivm.nl/lucht")
    assert _firsts(text, "nl") == ["Visser", "Rijksinstituut voor Volksgezondheid en Milieu"]


@pytest.mark.parametrize(("text", "second"), [
    ("Vgl. Keller, Anna: Märkte am Bodensee, Konstanz: UVK 2011, S. 12; ferner Roth, Paul: Salzhandel im Mittelalter, "
     "in: ZWLG 77 (2018), S. 33–60.", "Roth"),
    ("Dubois, Jean, Les ports de l'Atlantique, Paris, Belin, 2009, p. 45 ; voir aussi Garnier, Luc, « Le sel », "
     "Annales de Bretagne, 120, 2013, p. 7-30.", "Garnier"),
])
def test_a_connective_before_the_second_reference_is_cut(text: str, second: str) -> None:
    refs = parse(text)
    assert len(refs) == 2
    assert refs[1].csl["author"][0]["family"] == second
    assert refs[1].csl["author"][0].get("given") in ("Paul", "Luc")


def test_a_connective_word_inside_a_title_stays() -> None:
    text = "Koch, E. (2015). Sowie Meyer, Lang: Briefe; ferner die Tagebücher. Berlin: Aufbau."
    assert parse(text)[0].raw == text


# --- lines that are no reference

@pytest.mark.parametrize("text", [
    "Pobrano z https://repozytorium.example.pl / Downloaded from Example Repository 2022-11-03",
    "Descargado de https://ruc.example.es el 12/03/2021",
    "Staženo z https://dspace.example.cz dne 4. 5. 2020",
])
def test_repository_download_stamps_are_no_reference(text: str) -> None:
    assert _count(text) == 0


def test_a_reference_with_a_download_statement_stays() -> None:
    text = "Nowak, J. (2019). Rzeki Polski. Warszawa: PWN. Pobrano z https://repozytorium.example.pl/1234"
    assert _count(text) == 1


# --- split: whole lists

def _texts(text: str) -> list[str]:
    return [e.text for e in split(text)]


@pytest.mark.parametrize("labels", [("1.", "2.", "3."), ("[1]", "[2]", "[3]"), ("1", "2", "3"), ("(1)", "(2)", "(3)")])
def test_list_numbers_on_lines_of_their_own(labels: tuple[str, ...]) -> None:
    text = (f"{labels[0]}\nAbbott, R. (2018). Coastal erosion and managed retreat. Marine Policy, 93,\n45-52.\n"
            f"{labels[1]}\nBaker, T. (2020). Flood insurance uptake in river towns.\nRisk Analysis, 40(3), 512-530.\n"
            f"{labels[2]}\nCarver, M. (2017). Dune restoration after storms. Geomorphology, 290,\n1-12.")
    entries = split(text)
    assert [e.text[:6] for e in entries] == ["Abbott", "Baker,", "Carver"]
    assert [e.label for e in entries] == list(labels)
    assert entries[0].text.endswith("93, 45-52.")
    assert all(e.raw == text[e.span.start:e.span.end] for e in entries)


def test_a_year_alone_on_a_line_in_a_list_numbered_that_way() -> None:
    text = ("1.\nAbbott, R. Coastal erosion and managed retreat. London: Routledge,\n2018.\n"
            "2.\nBaker, T. Flood insurance uptake in river towns. Oxford: Blackwell,\n2020.")
    assert [t[-5:] for t in _texts(text)] == ["2018.", "2020."]


def test_page_numbers_are_no_list_numbers() -> None:
    refs = [f"Author{i}, A. ({2000 + i}). A title of some length number {i}. Journal of Things, {i}, 1-10." for i in range(40)]
    lines = [*refs[:20], "17", *refs[20:], "18"]
    assert len(split("\n".join(lines))) == 40


def test_a_number_in_a_bulleted_entrys_wrapped_line_is_no_list() -> None:
    text = ("- Morel, R. D. (1992). Chlorination by-products and cancer. American Journal\n"
            "  of Public Health, 82(7):\n  955. https://doi.org/10.2105/AJPH.82.7.955.\n"
            "- Oades, R. D. (1987). Ventral tegmental system. Brain Research Reviews,\n  12, 117-165.")
    assert [t[:5] for t in _texts(text)] == ["Morel", "Oades"]


def test_links_lines_do_not_make_a_hanging_list_paragraphs() -> None:
    text = ("Abbott, R. (2018). Coastal erosion and managed retreat. Marine Policy,\n    93, 45-52.\n"
            "[PubMed] [Google Scholar]\n"
            "Baker, T. (2020). Flood insurance uptake in river towns. Risk Analysis,\n    40(3), 512-530.\n"
            "Carver, M. (2017). Dune restoration after storms. Geomorphology, 290,\n    1-12.\n[Google Scholar]")
    assert [t[:6] for t in _texts(text)] == ["Abbott", "Baker,", "Carver"]


def test_a_page_number_between_blank_lines_inside_a_hanging_entry() -> None:
    text = ("Abbott, R. (2018). Coastal erosion and managed retreat. Marine Policy,\n    93, 45-52.\n"
            "Baker, T. (2020). Flood insurance uptake in river towns and the\n\n17\n\n    risk of ruin. Risk Analysis, "
            "40(3), 512-530.\nCarver, M. (2017). Dune restoration after storms. Geomorphology, 290,\n    1-12.")
    texts = _texts(text)
    assert len(texts) == 3
    assert "and the risk of ruin" in texts[1]


def test_a_page_number_between_paragraphs() -> None:
    text = ("Abbott, R. (2018). Coastal erosion and managed retreat.\nMarine Policy, 93, 45-52.\n\n"
            "Baker, T. (2020). Flood insurance uptake in river towns.\nRisk Analysis, 40(3), 512-530.\n\n23\n\n"
            "Carver, M. (2017). Dune restoration after storms.\nGeomorphology, 290, 1-12.\n\n"
            "Dunn, P. (2019). Sea walls and their costs. Ocean and\n\n24\n\ncoastal management, 170, 80-91.")
    texts = _texts(text)
    assert [t[:5] for t in texts] == ["Abbot", "Baker", "Carve", "Dunn,"]
    assert texts[3].endswith("Ocean and coastal management, 170, 80-91.")


def test_a_running_head_with_the_lists_heading_and_page() -> None:
    text = ("Hollmann, S. (2021): Zahnläsionen bei Katzen.\n143 Literaturverzeichnis\n"
            "In: Kleintierpraxis 66 (3), S. 142–151.\nKrause, T. (2019): Hunde. Stuttgart: Enke.")
    assert [t[:6] for t in _texts(text)] == ["Hollma", "Krause"]


@pytest.mark.parametrize(("text", "n"), [
    # names, then the year in brackets on the next line
    ("Gott, M., Gardiner, C., Payne, S., Small, N., Seamark, D., & Halpin, D.\n(2009). Barriers to planning. "
     "Palliative Medicine, 23(7), 642-648.\nHan, S. W. (1994). Calibration. Champaign, IL.", 2),
    # names and their year alone on a line, the title on the next
    ("Eapen, M., Zald, D. H., Gatenby, J. C., and Gore, J. C. (2011).\nUsing MR Imaging at 7T. AJNR 32, 688-694.\n"
     "Pharo, P. (1985). Problèmes empiriques. Revue française de sociologie, 26(1), 120-149.", 2),
    # a locator's word at the line end, its number on the next line
    ("Litman, D., \"Designing a dialogue system,\" User Modeling, Vol. 12, No.\n2, 2002, pp. 111-137.\n"
     "Corkill, D. D. (1979). Hierarchical planning. Tokyo.", 2),
    # a chapter's "In:" opening the next line
    ("Zapf, H. (2016). Cultural ecology of literature.\nIn: Handbook of Ecocriticism. De Gruyter, 135-153.\n"
     "Buell, L. (1995). The Environmental Imagination. Harvard University Press.", 2),
    # look-alikes: an edition, a physics reference's year in brackets, a numbered line end each reference
    ("Gray, H. Anatomy of the Human Body. 7th ed.\nJones, K. (2019). Bones. London: Wiley.", 2),
    ("G. Guralnik, C. Hagen and T. Kibble, Phys. Rev. Lett. 13, 585 (1964).\nKibble, T. (1967). Symmetry "
     "breaking. Phys. Rev. 155, 1554.", 2),
    ("Abbott, R. Coastal erosion. Marine Policy, 2018.\n24) Baker, T. Flood insurance. Risk Analysis, 2020.", 2),
])
def test_one_a_line_lists_with_visibly_wrapped_lines(text: str, n: int) -> None:
    assert len(split(text)) == n


# --- identifiers broken by a line break; words broken at a line end

def test_an_elsevier_doi_broken_before_its_article_number() -> None:
    text = ("[3] K. Lee, R. Park, Timber frames and carbon, Build. Environ. 210 (2022) 108765, "
            "https://doi.org/10.1016/j.buildenv.2022.\n108765.")
    assert parse(text)[0].csl.get("DOI") == "10.1016/j.buildenv.2022.108765"


def test_a_year_after_a_dois_full_stop_is_no_article_number() -> None:
    # the DOI ends before the line break: what follows is the next field, not the DOI's
    text = "Lee, K. (2022). Timber. Build. Environ., 210. https://doi.org/10.1016/j.buildenv.2022.\n2022. Berlin."
    assert parse(text)[0].csl.get("DOI") == "10.1016/j.buildenv.2022"


@pytest.mark.parametrize(("text", "title"), [
    ("Okafor, N. (2021). Carbapenem-\nresistant bacteria in hospital wards. Lancet, 5, 1-9.",
     "Carbapenem-resistant bacteria in hospital wards"),
    ("Okafor, N. (2021). Dose-\ndependent effects of DNA-\nbinding drugs. Lancet, 5, 1-9.",
     "Dose-dependent effects of DNA-binding drugs"),
    # look-alikes: a soft hyphen, and a prefix joined to a compound's word
    ("Okafor, N. (2021). Nieren-\ntransplantation bei Kindern. Berlin: Springer.", "Nierentransplantation bei Kindern"),
    ("Okafor, N. (2021). In-\ndependent and un-\nrelated samples. Lancet, 5, 1-9.", "Independent and unrelated samples"),
])
def test_a_compounds_hyphen_at_a_line_end_stays(text: str, title: str) -> None:
    assert parse(text)[0].csl["title"] == title


def test_split_keeps_a_compounds_hyphen_when_it_joins_lines() -> None:
    text = ("Okafor, N. (2021). Carbapenem-\n    resistant bacteria. Lancet, 5, 1-9.\n"
            "Okafor, N. (2022). Nieren-\n    transplantation. Berlin: Springer.")
    assert [e.text[19:40] for e in split(text)] == ["Carbapenem-resistant ", "Nierentransplantation"]


def test_a_number_alone_then_a_blank_line_then_its_entry() -> None:
    text = ("1.\n\nAbbott, R. (2018). Coastal erosion. Marine Policy, 93, 45-52.\n\n2.\n\n"
            "Baker, T. (2020). Flood insurance. Risk Analysis, 40(3), 512-530.")
    entries = split(text)
    assert [(e.label, e.text[:6]) for e in entries] == [("1.", "Abbott"), ("2.", "Baker,")]


def test_split_joins_a_soft_hyphen_in_a_line_that_opens_with_capitals() -> None:
    # (the word before the hyphen decides, not the line's first word "SILVA")
    text = ("SILVA, Thiago. Prevalência de hiper-\n    tensão arterial. Revista de Saúde Pública, v. 56, p. 1-12, 2022.\n"
            "MOURA, Letícia. Outro título. São Paulo: Hucitec, 2020.")
    assert "hipertensão" in split(text)[0].text


# --- an article page's furniture pasted with a list

@pytest.mark.parametrize("text", [
    "Open Access This article is licensed under a Creative Commons Attribution 4.0 International License "
    "(http://creativecommons.org/licenses/by/4.0/).",
    "Este artículo se publica bajo una licencia Creative Commons Reconocimiento 4.0 Internacional.",
    "Downloads 512 Citations 7 Views 3,400",
    "Partager sur Facebook Partager sur LinkedIn",
    "Eingegangen am 4. Mai 2021; angenommen am 9. August 2021",
    "Ontvangen: 3 mei 2021",
    "Associate Editor: Anna Berg",
    "ORCID iD: https://orcid.org/0000-0001-2345-6789",
    "Full text available from: https://repository.example.edu/items/4412",
])
def test_article_page_furniture_is_no_reference(text: str) -> None:
    assert _count(text) == 0


@pytest.mark.parametrize("text", [
    "Creative Commons. (2013). Attribution 4.0 International (CC BY 4.0). https://creativecommons.org/licenses/by/4.0/",
    "Ito, K. (2021). Tide gauges [Data set]. Zenodo. https://doi.org/10.5281/zenodo.4412. Licensed under CC BY 4.0.",
    "Berger, U. Share and share alike: Facebook and Twitter in German politics. Berlin: Springer, 2019.",
    "Editor, J. (2019). Handling uncertainty in tides. Nature, 5, 1-9.",
    "Orcid, T. (2018). Birds of the Andes. Lima: IEP.",
    "Available at: https://example.org/report.pdf (accessed 3 May 2021). World Bank. Poverty and shared prosperity.",
])
def test_references_like_page_furniture_stay(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize("link", ["https://doi.org/10.1016/j.marpol.2018.03.004", "doi:10.1016/j.marpol.2018.03.004",
                                  "PMID: 29876543", "Retrieved from https://example.org/abbott.pdf",
                                  "Disponible sur : https://theses.example.fr/tel-01498823"])
def test_a_link_on_a_line_of_its_own_is_the_reference_befores(link: str) -> None:
    text = (f"Abbott, R. (2018). Coastal erosion. Marine Policy, 93, 45-52.\n{link}\n"
            "Baker, T. (2020). Flood insurance. Risk Analysis, 40(3), 512-530.")
    texts = _texts(text)
    assert len(texts) == 2
    assert texts[0].endswith(link)
