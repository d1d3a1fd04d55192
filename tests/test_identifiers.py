"""refnorm.parsing.identifiers: DOIs, ISBNs, ISSNs, PubMed and arXiv ids, URLs and access dates."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from refnorm.parsing.identifiers import (
    doi_key,
    find_access_date,
    find_identifiers,
    find_url_marker,
    is_valid_isbn,
    is_valid_issn,
    normalize_arxiv,
    normalize_doi,
    normalize_isbn,
    normalize_issn,
    normalize_pmcid,
    normalize_pmid,
)

DOIS = [
    ("10.1000/xyz123", "10.1000/xyz123"),
    ("doi:10.1000/xyz123.", "10.1000/xyz123"),
    ("DOI: 10.1038/nature12373", "10.1038/nature12373"),
    ("DOI 10.1016/S0140-6736(20)30183-5.", "10.1016/S0140-6736(20)30183-5"),  # brackets inside are kept
    ("(doi: 10.1234/abc)", "10.1234/abc"),  # an unbalanced closing bracket is not
    ("https://doi.org/10.1/X.", "10.1/X"),
    ("http://dx.doi.org/10.1038%2Fnature12373", "10.1038/nature12373"),
    ("https://www.doi.org/10.1002/anie.201915678,", "10.1002/anie.201915678"),
    ("doi.org/10.1126/science.abb3221;", "10.1126/science.abb3221"),
    ("<https://doi.org/10.3390/ijerph17051729>", "10.3390/ijerph17051729"),
    ("doi: https://doi.org/10.1056/NEJMoa2001017", "10.1056/NEJMoa2001017"),  # case kept
    ("10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2",
     "10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2"),
    ("urn:doi:10.1000/182", "10.1000/182"),
    ("10.1000.10/123456", "10.1000.10/123456"),  # registrant code with a subdivision
    ("https://doi.org/10.5555/12345678”.", "10.5555/12345678"),
    ("not a doi", None),
    ("10.1000", None),
    ("11.1000/abc", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), DOIS)
def test_normalize_doi(text: str, expected: str | None) -> None:
    assert normalize_doi(text) == expected


def test_doi_key_compares_case_insensitively() -> None:
    assert doi_key("10.1056/NEJMoa2001017") == doi_key("10.1056/nejmoa2001017")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("978-3-16-148410-0", "9783161484100"), ("ISBN 0-306-40615-2", "0306406152"),
     ("ISBN-13: 978 0 306 40615 7", "9780306406157"), ("080442957X", "080442957X"), ("0-8044-2957-x", "080442957X"),
     ("978-3-16-148410-1", None), ("0-306-40615-3", None), ("12345", None), ("ISBN 979-10-90636-07-1", "9791090636071")],
)
def test_isbn(text: str, expected: str | None) -> None:
    assert normalize_isbn(text) == expected
    assert is_valid_isbn(text.replace("ISBN-13: ", "").replace("ISBN ", "")) == (expected is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0317-8471", "0317-8471"), ("ISSN 0028-0836", "0028-0836"), ("2049-3630", "2049-3630"),
     ("1050-124x", "1050-124X"), ("eISSN: 1476-4687", "1476-4687"), ("0317-8472", None), ("1234", None)],
)
def test_issn(text: str, expected: str | None) -> None:
    assert normalize_issn(text) == expected
    if expected:
        assert is_valid_issn(expected)


@pytest.mark.parametrize(
    ("fn", "text", "expected"),
    [(normalize_pmid, "PMID: 31986264", "31986264"), (normalize_pmid, "31986264", "31986264"),
     (normalize_pmid, "PMID 0012345.", "12345"), (normalize_pmid, "abc", None),
     (normalize_pmcid, "PMC7159299", "PMC7159299"), (normalize_pmcid, "PMCID: PMC7159299", "PMC7159299"),
     (normalize_pmcid, "pmc 7159299", "PMC7159299"), (normalize_pmcid, "7159299", None),
     (normalize_arxiv, "arXiv:2101.01234v2", "2101.01234v2"), (normalize_arxiv, "arXiv:hep-lat/0201010", "hep-lat/0201010"),
     (normalize_arxiv, "https://arxiv.org/abs/1706.03762", "1706.03762"), (normalize_arxiv, "math.AG/0601001", "math.AG/0601001"),
     (normalize_arxiv, "https://arxiv.org/pdf/1706.03762v5.pdf", "1706.03762v5"), (normalize_arxiv, "1706", None)],
)
def test_small_identifiers(fn, text: str, expected: str | None) -> None:
    assert fn(text) == expected


FIND = [
    ("Huang C, et al. Lancet. 2020;395(10223):497-506. doi: 10.1016/S0140-6736(20)30183-5. PMID: 31986264; "
     "PMCID: PMC7159299.",
     [("DOI", "10.1016/S0140-6736(20)30183-5", "doi: 10.1016/S0140-6736(20)30183-5"),
      ("PMID", "31986264", "PMID: 31986264"), ("PMCID", "PMC7159299", "PMCID: PMC7159299")]),
    ("Vaswani A, et al. Attention is all you need. arXiv preprint arXiv:1706.03762 [cs.CL], 2017.",
     [("arXiv", "1706.03762", "arXiv:1706.03762 [cs.CL]")]),
    ("Wilson KG. arXiv:hep-lat/0201010.", [("arXiv", "hep-lat/0201010", "arXiv:hep-lat/0201010")]),
    ("Available from: https://www.thelancet.com/journals/ lancet/article/abc.pdf. Accessed 2020.",
     [("URL", "https://www.thelancet.com/journals/lancet/article/abc.pdf",
       "https://www.thelancet.com/journals/ lancet/article/abc.pdf")]),
    ("See https://example.org/ Accessed 5 May 2020", [("URL", "https://example.org/", "https://example.org/")]),
    ("Smith J. Book. Berlin: Springer; 2010. ISBN 978-3-16-148410-0.",
     [("ISBN", "9783161484100", "ISBN 978-3-16-148410-0")]),
    ("Bad ISBN 978-3-16-148410-1 is ignored.", []),
    ("Nature. ISSN 0028-0836. https://doi.org/10.1038/nature12373.",
     [("ISSN", "0028-0836", "ISSN 0028-0836"), ("DOI", "10.1038/nature12373", "https://doi.org/10.1038/nature12373")]),
    ("https://pubmed.ncbi.nlm.nih.gov/31986264/ and https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7159299/",
     [("PMID", "31986264", "https://pubmed.ncbi.nlm.nih.gov/31986264/"),
      ("PMCID", "PMC7159299", "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7159299/")]),
    ("Site: www.who.int/news-room.", [("URL", "http://www.who.int/news-room", "www.who.int/news-room")]),
    ("(https://en.wikipedia.org/wiki/Python_(programming_language))",
     [("URL", "https://en.wikipedia.org/wiki/Python_(programming_language)",
       "https://en.wikipedia.org/wiki/Python_(programming_language)")]),
    ("DOI:10.1080/14786419.2020.1737050 978-0-306-40615-7",
     [("DOI", "10.1080/14786419.2020.1737050", "DOI:10.1080/14786419.2020.1737050"),
      ("ISBN", "9780306406157", "978-0-306-40615-7")]),
    ("Page 10.5 of 12 and version 10.1 are not DOIs.", []),
    # from Crossref's real reference strings: a DOI broken after a period, a SICI DOI with angle brackets
    ("J Neuroscience 24(20):4832–4839. doi: 10.1523/jneurosci. 0300-04.2004",
     [("DOI", "10.1523/jneurosci.0300-04.2004", "doi: 10.1523/jneurosci. 0300-04.2004")]),
    ("Genes Chromosomes Cancer 26(2):142–150. doi:10.1002/(SICI)1098-2264(199910)26:2<142::AID-GCC6>3.0.CO;2-B",
     [("DOI", "10.1002/(SICI)1098-2264(199910)26:2<142::AID-GCC6>3.0.CO;2-B",
       "doi:10.1002/(SICI)1098-2264(199910)26:2<142::AID-GCC6>3.0.CO;2-B")]),
    ("<https://doi.org/10.3390/ijerph17051729>",
     [("DOI", "10.3390/ijerph17051729", "https://doi.org/10.3390/ijerph17051729")]),
    ("doi:10.1000/abc. 2020;12:1-5.", [("DOI", "10.1000/abc", "doi:10.1000/abc")]),
    ("Future Cardiol 11(1):27–37. doi:10.2217/fca\u00a0.14.82", [("DOI", "10.2217/fca.14.82", "doi:10.2217/fca\u00a0.14.82")]),
    ("ACM, New York, 3--10. DOI= http://doi.acm.org/10.1145/1414471.1414475.",
     [("DOI", "10.1145/1414471.1414475", "http://doi.acm.org/10.1145/1414471.1414475")]),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find_identifiers(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_identifiers(text)
    assert [(i.kind, i.value, i.span.slice(text)) for i in found] == expected


ACCESS = [
    ("WHO. Report. 2020. Available from: https://who.int/x [cited 2021 Jan 5].", "[cited 2021 Jan 5]", [2021, 1, 5]),
    ("Site (accessed 5 Jan 2021).", "(accessed 5 Jan 2021)", [2021, 1, 5]),
    ("Available at: http://x (Accessed: 27 July 2020)", "(Accessed: 27 July 2020)", [2020, 7, 27]),
    ("Last accessed on 2021-01-05", "Last accessed on 2021-01-05", [2021, 1, 5]),
    ("Retrieved May 5, 2020, from https://x.org", "Retrieved May 5, 2020", [2020, 5, 5]),
    ("En ligne, consulté le 3 mars 2020.", "consulté le 3 mars 2020.", [2020, 3, 3]),
    ("[cité le 5 janv 2021]", "[cité le 5 janv 2021]", [2021, 1, 5]),
    ("URL: http://x.de (Zugriff am 3.3.2020)", "(Zugriff am 3.3.2020)", [2020, 3, 3]),
    ("abgerufen am 12. März 2019", "abgerufen am 12. März 2019", [2019, 3, 12]),
    ("[zitiert am 5. Januar 2021]", "[zitiert am 5. Januar 2021]", [2021, 1, 5]),
    ("Disponible en: http://x.es. Consultado el 9 de marzo de 2020", "Consultado el 9 de marzo de 2020",
     [2020, 3, 9]),
    ("acesso em: 10 jan. 2019.", "acesso em: 10 jan. 2019.", [2019, 1, 10]),
    ("consultato il 12 aprile 2021", "consultato il 12 aprile 2021", [2021, 4, 12]),
    ("geraadpleegd op 3 maart 2020", "geraadpleegd op 3 maart 2020", [2020, 3, 3]),
    ("(data dostępu: 15.04.2020)", "(data dostępu: 15.04.2020)", [2020, 4, 15]),
    ("Режим доступа: http://x.ru (дата обращения: 12.03.2020).", "(дата обращения: 12.03.2020)", [2020, 3, 12]),
    ("Hämtad 2020-04-15", "Hämtad 2020-04-15", [2020, 4, 15]),
    ("访问日期：2020-03-09", "访问日期：2020-03-09", [2020, 3, 9]),
]


@pytest.mark.parametrize(("text", "span_text", "parts"), ACCESS)
def test_find_access_date(text: str, span_text: str, parts: list[int]) -> None:
    found = find_access_date(text)
    assert found is not None
    span, date = found
    assert span.slice(text) == span_text
    assert date["date-parts"][0] == parts


@pytest.mark.parametrize(
    "text",
    ["Retrieved from https://x.org", "Published 5 Jan 2021", "Smith J. Title. Nature. 2020;1:1-5.",
     "ISBN 978-3-16-148410-0 accessed", "Open access 2020. Creative Commons licence."],
)
def test_no_access_date(text: str) -> None:
    assert find_access_date(text) is None


@pytest.mark.parametrize(
    ("text", "marker"),
    [("Available from: https://who.int", "Available from: "), ("Disponible sur : http://x.fr", "Disponible sur : "),
     ("Режим доступа: http://x.ru", "Режим доступа: "), ("verfügbar unter www.x.de", "verfügbar unter "),
     ("Retrieved from https://x.org", "Retrieved from "), ("Available from the author", None)],
)
def test_find_url_marker(text: str, marker: str | None) -> None:
    span = find_url_marker(text)
    assert (span.slice(text) if span else None) == marker


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("10./:doiDOIhtps wx-()[]PMCIDSBNX9 arXiv,;accessed2021Jan")), max_size=60))
def test_finders_never_raise_and_spans_are_valid(text: str) -> None:
    for ident in find_identifiers(text):
        assert 0 <= ident.span.start < ident.span.end <= len(text)
        assert ident.kind in {"DOI", "PMID", "PMCID", "arXiv", "ISBN", "ISSN", "URL"}
    found = find_access_date(text)
    if found:
        assert found[0].end <= len(text)
    doi = normalize_doi(text)
    if doi:
        assert normalize_doi(doi) == doi


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=50))
def test_never_raise_on_any_text(text: str) -> None:
    find_identifiers(text)
    find_access_date(text)
    normalize_doi(text)
    normalize_isbn(text)
    normalize_issn(text)


_ID_PIECES = ["10.1000/xyz", "doi:10.1016/S0140-6736(20)30183-5", "https://doi.org/10.1/a%2Fb", "DOI 10.1038/nature12373.",
              "PMID: 123456", "PMC1234567", "arXiv:2001.01234v2", "ISBN 978-3-16-148410-0", "ISSN 0028-0836",
              "http://x.org/a?b=c", "www.example.com/page.html", "https://dx.doi.org/10.1002/(SICI)1097-4571",
              "Available from:", "(", ")", "[", "]", " ", ".", ",", ";", "\n", "\u00a0", "x", "2020", "<", ">", "\"", "«",
              "»", "–"]
_NORMALIZERS = {"DOI": normalize_doi, "ISBN": normalize_isbn, "ISSN": normalize_issn}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ID_PIECES), max_size=12).map("".join))
@example("DOI 10.1038/nature12373. 10.1000/xyz")  # the second DOI was glued onto the first as a "continuation"
@example("https://example.org/ www.other.org/page")
def test_identifiers_do_not_overlap_and_their_values_are_normal(text: str) -> None:
    found = find_identifiers(text)
    spans = [(i.span.start, i.span.end) for i in found]
    assert spans == sorted(spans)
    assert all(b <= c for (_, b), (c, _) in pairwise(spans)), found
    for ident in found:
        fn = _NORMALIZERS.get(ident.kind)
        assert fn is None or fn(ident.value) == ident.value, ident


def test_a_doi_after_a_doi_is_not_its_continuation() -> None:
    assert [i.value for i in find_identifiers("DOI 10.1038/nature12373. 10.1000/xyz")] == [
        "10.1038/nature12373", "10.1000/xyz"]
    assert [i.value for i in find_identifiers("doi: 10.1523/jneurosci. 0300-04.2004")] == [
        "10.1523/jneurosci.0300-04.2004"]
