"""Entry-level decisions, pasted furniture and the list splitter (session 15), on strings of my own, never lines of the
dev files: where glued references are cut and where they are not, which lines are no reference, and how ``split``
reads whole lists; each form with look-alikes that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse


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
