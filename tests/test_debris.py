"""Web furniture pasted around a reference (parsing.debris): labels before it, links after it, HAL's identifiers.

Every string here is written for this test; each form has look-alikes that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse
from refnorm.model import Entry, Span
from refnorm.parsing.debris import find_debris
from refnorm.parsing.identifiers import find_identifiers, normalize_doi


def _one(text: str, lang: str | None = None):
    refs = parse(text, lang)
    assert len(refs) == 1, refs
    ref = refs[0]
    assert ref.span is not None and ref.raw == text[ref.span.start:ref.span.end]
    return ref


def _first_family(ref) -> str | None:
    author = ref.csl.get("author") or [{}]
    return author[0].get("family") or author[0].get("literal")


# ------------------------------------------------------------------------------------------------ labels
@pytest.mark.parametrize(("text", "lang", "family", "starts"), [
    ("Harvard\tOkafor, N. and Reyes, D., 2016. Tidal energy in estuaries. Renewable Energy, 88, pp.12-25.",
     "en", "Okafor", "Okafor"),
    ("Chicago\tLindqvist, Maja. \"Forest fires in Dalarna.\" Nordic Ecology 14, no. 2 (2015): 77-90.",
     "en", "Lindqvist", "Lindqvist"),
    ("MLA\tDoyle, Fiona. \"Harbour towns.\" Irish Geography, vol. 48, no. 1, 2015, pp. 1-19.",
     "en", "Doyle", "Doyle"),
    ("APA\tMensah, K. (2017). Cocoa farming and credit. World Development, 99, 210-222.",
     "en", "Mensah", "Mensah"),
    ("Vancouver\tOkafor N, Reyes D. Tidal energy in estuaries. Renew Energy. 2016;88:12-25.",
     "en", "Okafor", "Okafor"),
    ("Для цитирования: Орлова Т.В., Зайцев К.Н. Малый бизнес в Поволжье. Экономика региона. 2018;(2):40-55.",
     "ru", "Орлова", "Орлова"),
    ("Cite this article: Haddad, R. (2020). Desert aquifers. Hydrogeology Journal, 28(4), 300-312.",
     "en", "Haddad", "Haddad"),
    ("Citar como: Pereira, L. (2017). Cidades médias no Brasil. Revista Brasileira de Geografia, 62(1), 5-22.",
     "pt", "Pereira", "Pereira"),
    ("Pour citer cet article : Girard, Anne. « Les ports de Bretagne ». Norois, 2014, n° 230, p. 11-25.",
     "fr", "Girard", "Girard"),
    ("Zitiervorschlag: Brandt, Lena (2019): Flusslandschaften im Wandel. In: Erdkunde 73 (2), S. 90-104.",
     "de", "Brandt", "Brandt"),
    ("Jak cytować: Wiśniewski, P. (2016). Transport w aglomeracji. Przegląd Geograficzny, 88(3), 20-41.",
     "pl", "Wiśniewski", "Wiśniewski"),
    ("Atıf için: Demir, S. (2019). Kıyı kentleri ve turizm. Coğrafya Dergisi, 38, 45-60.",
     "tr", "Demir", "Demir"),
    ("引用格式: 赵明, 孙丽. 城市更新与社区治理研究[J]. 城市规划, 2019, 43(5): 22-30.", "zh", "赵", "赵明"),
    ("引用: 周强. 长江经济带产业转移研究[J]. 经济地理, 2020(6): 10-18.", "zh", "周", "周强"),
    ("↑ (nl) Kees Visser, De polders van Noord-Holland, Holland 40 (2008), p. 12-30.", "nl", "Visser", "Kees"),
    ("↑ a b c Paul Kramer: Die Weser im Mittelalter. Hahn, Hannover 2011, S. 33.", "de", "Kramer", "Paul"),
    ("^ a b Evans, Mary (2012). The Story of Cardiff. Cardiff: Seren. p. 12.", "en", "Evans", "Evans"),
    ("Référence électronique\nLucie Fabre, « Les marchés de Nîmes », Géocarrefour, 2013, 88/1, p. 5-20.",
     "fr", "Fabre", "Lucie"),
])
def test_a_label_before_a_reference_is_not_its_first_author(text: str, lang: str, family: str, starts: str) -> None:
    ref = _one(text, lang)
    assert _first_family(ref) == family
    assert ref.raw is not None and ref.raw.startswith(starts)


@pytest.mark.parametrize(("text", "family"), [
    ("Harvard, J. (2019). Memoirs of a college. Boston: Beacon Press.", "Harvard"),
    ("Vancouver Coastal Health. (2019). Annual report 2018. Vancouver: VCH.", "Vancouver Coastal Health"),
    ("Atıf Yılmaz: Sinemada bir ömür. İstanbul: Doğan Kitap, 2005.", "Yılmaz"),
    ("Chicago, M. (2001). Lake shores. Journal of Great Lakes Research, 27(1), 1-10.", "Chicago"),
])
def test_a_name_that_is_also_a_label_word_stays(text: str, family: str) -> None:
    ref = _one(text, None)
    assert _first_family(ref) == family
    assert ref.span == Span(0, len(text.rstrip()))
    assert find_debris(text) is None


def test_offsets_point_into_the_document() -> None:
    text = "APA\tMensah, K. (2017). Cocoa farming and credit. World Development, 99, 210-222."
    doc = "Intro\n" + text + "\n"
    entry = Entry(text=text, raw=text, span=Span(6, 6 + len(text)))
    (ref,) = parse(entry, "en")
    assert ref.span is not None
    assert doc[ref.span.start:ref.span.end] == text[4:]


def test_citation_as_a_title_word_is_no_label() -> None:
    text = "Citation indexing: its theory and application. (1979). New York: Wiley."
    assert find_debris(text) is None
    assert _one(text)["title"].startswith("Citation indexing")


# ------------------------------------------------------------------------------------------------- links
_REF = "Okafor, N. (2016). Tidal energy in estuaries. Renewable Energy, 88, 12-25."


@pytest.mark.parametrize("tail", [
    " [CrossRef] [PubMed] [Google Scholar]",
    "\nGoogle Scholar",
    "\nCrossref\nGoogle Scholar",
    "\nWiley Online Library Web of Science® Google Scholar",
    "\nView at: Publisher Site | Google Scholar",
    " Cited by 12",
    "\tCited by 31\tRelated articles\tAll 6 versions",
    "\nCytowane przez 4 Powiązane artykuły Wszystkie wersje (2)",
    "  Citováno 9",
    " PubMed Google Scholar",
])
def test_links_after_a_reference_are_no_field(tail: str) -> None:
    ref = _one(_REF + tail, "en")
    assert ref.raw == _REF
    assert "publisher" not in ref.csl and "publisher-place" not in ref.csl and "note" not in ref.csl
    assert ref["container-title"] == "Renewable Energy"


def test_chinese_citation_count_and_source_lines() -> None:
    body = "陈刚. 区域创新网络研究[J]. 地理研究, 2017(9): 30-41."
    ref = _one(body + "\n被引量: 17\n来源: 万方", "zh")
    assert ref.raw == body
    assert "publisher" not in ref.csl and "publisher-place" not in ref.csl


def test_a_link_line_between_two_references_goes_and_both_stay() -> None:
    first = "Mensah, K. (2017). Cocoa farming and credit. World Development, 99, 210-222."
    second = "Baker, T. (2014). River deltas. Oxford: Oxford University Press."
    text = first + "\nWeb of Science® Google Scholar\n" + second + "\nGoogle Scholar"
    refs = parse(text, "en")
    assert [r.raw for r in refs] == [first, second]
    assert [_first_family(r) for r in refs] == ["Mensah", "Baker"]
    assert "publisher" not in refs[0].csl


@pytest.mark.parametrize("text", [
    "Kowalski, J. (2016). Historia Polski. Warszawa: Wydawnictwo Naukowe Scholar",  # a publisher named Scholar
    "Clarivate. (2021). Web of Science Core Collection. Philadelphia: Clarivate.",
    "Smith, J. (2019). Why I search Google Scholar",  # a title's last words, after no full stop
    "Noruzi A. Google Scholar: the new generation of citation indexes. Libri. 2005;55(4):170-80.",
    "Lee, H. (2020). Reading PubMed. Retrieved from PubMed",
])
def test_link_words_inside_a_reference_stay(text: str) -> None:
    assert find_debris(text) is None
    assert _one(text).raw == text


def test_the_publisher_named_scholar_stays_the_publisher() -> None:
    ref = _one("Kowalski, J. (2016). Historia Polski. Warszawa: Wydawnictwo Naukowe Scholar", "pl")
    assert ref["publisher"] == "Wydawnictwo Naukowe Scholar"


@pytest.mark.parametrize("text", [
    "Cited by 12\tRelated articles\tAll 7 versions\tCite\tSave",
    "Google Scholar",
    "Cite this article",
    "[CrossRef] [PubMed]",
])
def test_furniture_alone_is_left_to_the_entry_classifier(text: str) -> None:
    assert find_debris(text) is None
    assert parse(text, "en") == []


# -------------------------------------------------------------------------------------- HAL's identifiers
def test_hal_doi_and_deposit_in_angle_brackets() -> None:
    text = ("Léa Moreau, Hugo Blanc. Les estuaires picards. Norois, 2018, 248, pp.9-24. "
            "⟨10.4000/norois.7001⟩. ⟨halshs-01999999⟩")
    ref = _one(text, "fr")
    assert ref["DOI"] == "10.4000/norois.7001"
    assert ref["archive"] == "HAL" and ref["archive_location"] == "halshs-01999999"
    assert ref["title"] == "Les estuaires picards"
    assert "⟨" not in ref.raw


def test_find_identifiers_reads_hal_angle_brackets() -> None:
    text = "pp.9-24. ⟨10.4000/norois.7001⟩. ⟨tel-03000000v2⟩ https://theses.hal.science/tel-03000000"
    found = [(i.kind, i.value) for i in find_identifiers(text)]
    assert found == [("DOI", "10.4000/norois.7001"), ("HAL", "tel-03000000v2"),
                     ("URL", "https://theses.hal.science/tel-03000000")]
    assert normalize_doi("⟨10.4000/norois.7001⟩") == "10.4000/norois.7001"


def test_sici_doi_keeps_its_angle_brackets() -> None:
    doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"
    assert [i.value for i in find_identifiers("doi: " + doi)] == [doi]
    assert find_identifiers("a deposit hal-01999999 named without brackets") == []
