"""Recall rules of the matcher, end to end over HTTP: references that now match, and look-alikes that must not.

Each case comes from a miss of bench/matching.py (references rendered from the real records in
tests/data/crossref/ and damaged). The "now matches" cases are paired with near misses built from the same
records, so that every rule is shown to keep precision as well as to win recall.
"""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossref_server import CrossrefServer, load_works
from refnorm.enrichment.api import enrich
from refnorm.model import Reference

WORKS = load_works()
BY_DOI = {w["DOI"].lower(): w for w in WORKS}

PAULY = "10.1163/1574-9347_dnp_e12213830"
# The same entry in the English edition: same title and publisher, another container.
NEW_PAULY = dict(copy.deepcopy(BY_DOI[PAULY]), DOI="10.1163/1574-9347_bnp_e12213830",
                 **{"container-title": ["Brill's New Pauly"]})


# The Routledge reissue (2017) of a chapter; Crossref also holds the undated Greenleaf edition, whose title
# adds a subtitle, under another DOI.
BILLEN = "10.4324/9781351282086-28"
BILLEN_REF = ("G. Billen, “From Ecology of Natural Systems to Industrial Ecology,” in Perspectives on Industrial "
              "Ecology, 1st ed., Routledge, 2017, pp. 324–337.")
MOLECULAR = "10.1002/9780470979365.ch1"  # "Molecular Genetics in Ecology", in "Molecular Ecology", authorless
# A sibling chapter of the same book whose short title is inside that one's (built, with other pages).
SIBLING = dict(copy.deepcopy(BY_DOI[MOLECULAR]), DOI="10.9999/sibling.1", title=["Molecular Genetics"],
               page="1235-1428")


@pytest.fixture(scope="module")
def server():
    with CrossrefServer([*WORKS, NEW_PAULY]) as s:
        yield s


@pytest.fixture(scope="module")
def server_without(request):
    """A Crossref that lacks the cited works: only their look-alikes are left to find."""
    gone = {PAULY, "10.3366/edinburgh/9781474450751.003.0005", "10.1007/978-1-4612-2954-4_3", MOLECULAR, BILLEN}
    with CrossrefServer([w for w in WORKS if w["DOI"].lower() not in gone] + [NEW_PAULY, SIBLING]) as s:
        yield s


def found(server: CrossrefServer, text: str, tmp_path) -> tuple[str | None, list[str]]:
    """The DOI written for a reference string (None when none is), and its diagnostic codes."""
    out = enrich([Reference(raw=text)], crossref_url=server.url, mailto="tests@example.org",
                 cache_dir=tmp_path / f"cache-{server.url.rsplit(':', 1)[-1]}")[0]
    codes = [d.code for d in out.diagnostics]
    return ((out.get("DOI") or "").lower() if "crossref.doi-added" in codes else None), codes


NOW_MATCH = [
    (BILLEN_REF, BILLEN),
    # a duplicate deposited without its author: the record that also confirms the author is the one cited
    ("GUMLEY, L., 2002. Widget Prop- erties, in: Practical IDL Programming. Elsevier, pp. 483–486.",
     "10.1016/b978-155860700-2/50014-8"),
    ("GUMLEY, L., 2002. Widget Event Structures, in: Practical IDL Programming. Elsevier, pp. 475–482.",
     "10.1016/b978-155860700-2/50013-6"),
    # sibling chapters "The Widget" and "Widget Resources": the longer title leaves no word unexplained
    ("Gregory, Keith D. 1992. “Widget Resources.” In Programming with Motif™. Springer New York.",
     "10.1007/978-1-4612-2954-4_3"),
    # a short title run on into "In:" without a full stop: its pages settle it
    ("Gregory KD (1992) Widget resources\nIn: Programming with Motif, Springer, pp 11–26",
     "10.1007/978-1-4612-2954-4_3"),
    # the first *named* author, after a nameless placeholder in Crossref's author list
    ("Rovira, J. (2025). AI-Based Accessibility Widget (AIBAW) Shortcomings for Blind Web Users. "
     "Louisiana State University Libraries.", "10.31390/gradschool_theses.6125"),
    # undated, authorless entries: title, container and publisher, nothing left unexplained
    ("“Xylophoria.” Der Neue Pauly, Brill.", PAULY),
    ("(1) Web Widget. SpringerReference; Springer-Verlag: Berlin/Heidelberg.", "10.1007/springerreference_66110"),
    # an authorless entry whose one-word-split title ("Comm- unicating") leaves nothing unexplained
    ("(1) Comm- unicating Ecology. Ecology; Oxford University Press, 2022.", "10.1093/obo/9780199830060-0238"),
    ("“Building Ontologies.” n.d. In Practical Ontologies for Information Professionals, 1st ed. Facet.",
     "10.29085/9781783301522.005"),
    # "0 ed." is no volume or page that the record fails to explain
    ("“HUMAN ECOLOGY AS TRANSDISCIPLINARY SCIENCE, AND SCIENCE AS PART OF HUMAN ECOLOGY.” 2002. "
     "In Human Ecology, 0 ed. Routledge.", "10.4324/9780203414989-9"),
    # a typo in the book's title ("Unlce") still confirms the container
    ("“2. Getting Over There: A Social Analysis Of Women’s Enlistment.” 2019. In In Unlce Sam’s Service. "
     "Cornell University Press.", "10.7591/9781501744952-004"),
    # a chapter named like its book, written a second time on its own
    ("Berressem, Hanjo. 2020. “Schizoanalytic Ecology.” In Felix Guattari’s Schizoanalytic Ecology. "
     "Edinburgh University Press.", "10.3366/edinburgh/9781474450751.003.0005"),
    # "(1557–1587)" in the book's title is not a page range contradicting the chapter's pages
    ("“V. EIGHTEENTH-CENTURY EDITIONS (J–M).” 1965. In Tottel’s Miscellany (1557–1587), Volume II. "
     "Harvard University Press.", "10.4159/harvard.9780674288980.c7"),
]


@pytest.mark.parametrize(("text", "doi"), NOW_MATCH, ids=lambda x: x[:32])
def test_now_matches(server, tmp_path, text, doi):
    assert found(server, text, tmp_path)[0] == doi


def test_the_shorter_sibling_title_still_matches_its_own_chapter(server, tmp_path):
    text = "Gregory, Keith D. 1992. “The Widget.” In Programming with Motif™. Springer New York."
    assert found(server, text, tmp_path)[0] == "10.1007/978-1-4612-2954-4_2"


MUST_NOT_WRITE = [
    # true duplicates (every field equal): the string cannot choose; offered for review at most
    "McClurg, F. R. 1992. Motif, the Basics: An Overview of the Widget Set. Office of Scientific and "
    "Technical Information (OSTI).",
    "Willighagen, E. The SWT JChemPaint (viewing) widget. Preprint at (2008).",
    "“Evolutionary Ecology,” Evolutionary Ecology, vol. 12, no. 6, pp. 1–1, Aug. 1998.",
    # a title and a container, nothing else: too little to write
    "Web Widget. SpringerReference.",
    # an undated record cannot confirm the year the string gives
    "Web Widget. SpringerReference. Springer-Verlag, 2009.",
    # a word the authorless record cannot account for (an author it does not list)
    "Müller, K. Xylophoria. Der Neue Pauly. Brill.",
    # the book itself, not its chapter named like it
    "Berressem, Hanjo. 2020. Felix Guattari’s Schizoanalytic Ecology. Edinburgh University Press.",
]


@pytest.mark.parametrize("text", MUST_NOT_WRITE, ids=lambda x: x[:32])
def test_look_alikes_are_not_written(server, tmp_path, text):
    assert found(server, text, tmp_path)[0] is None


def test_the_other_edition_is_not_taken_for_the_cited_one(server, server_without, tmp_path):
    text = "“Xylophoria.” Der Neue Pauly, Brill."
    assert found(server, text, tmp_path)[0] == PAULY
    assert found(server_without, text, tmp_path)[0] is None


@pytest.mark.parametrize("text", [
    "Berressem, Hanjo. 2020. “Schizoanalytic Ecology.” In Felix Guattari’s Schizoanalytic Ecology. "
    "Edinburgh University Press.",
    "Gregory, Keith D. 1992. “Widget Resources.” In Programming with Motif™. Springer New York.",
    # authorless: every word of the string is in the sibling's title, book or publisher; only the
    # punctuation shows that the cited title goes on past "Molecular Genetics"
    "“Mole- cular Genetics in Ecology.” 2012. In Molecular Ecology. John Wiley & Sons, Ltd.",
    "Molecular Genetics in Ecology. in Molecular Ecology (John Wiley & Sons, Ltd, 2012).",
    # the other, undated edition: same author, book and pages, but the string's year and publisher are not its
    BILLEN_REF,
    "(1) Billen, G. From Ecology of Natural Systems.... In Perspectives on Industrial Ecology; Routledge, 2017; "
    "pp 324–337.",
], ids=["chapter-like-book", "sibling", "authorless-sibling", "authorless-sibling-2", "edition", "edition-cut"])
def test_absent_chapter_is_not_replaced_by_its_sibling(server_without, tmp_path, text):
    """The cited chapter is gone: its book's other chapters (same author, year, container) must not stand in."""
    assert found(server_without, text, tmp_path)[0] is None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORKS), min_size=2, max_size=5, unique_by=lambda w: w["DOI"]),
       st.text(max_size=120), st.integers(0, 4))
def test_ties_and_dominance_on_any_string(works, noise, which):
    """Any string around a record's own rendering: no crash, and dominance never runs both ways."""
    from refnorm.enrichment import match
    from refnorm.enrichment.match import fields_text

    w = works[which % len(works)]
    text = fields_text({"title": (w.get("title") or [""])[0], "container-title": (w.get("container-title") or [""])[0]})
    f = match.features_of({}, f"{noise} {text} {noise[::-1]}")
    d = match.decide(works, f)
    assert d.status in ("match", "candidate", "abstain")
    scored = [s for s in d.ranked if s.score > 0]
    for a in scored:
        for b in scored:
            if a is not b:
                assert not (match._dominates(a, b, f) and match._dominates(b, a, f))


GEB = "10.1111/geb.13950"
# Wiley deposits both: pages 1-15 of the PDF and the article number the citation uses.
GEB_PAGED = dict(copy.deepcopy(BY_DOI[GEB]), page="1-15")
GEB_REF = ("Norman KEA, de Valpine P, Boettiger C. No General Trend in Functional Diversity in Bird and Mammal "
           "Communities Despite Compositional Change. Glob Ecol Biogeogr. 2024;34:{}.")


@pytest.fixture(scope="module")
def server_paged():
    with CrossrefServer([w for w in WORKS if w["DOI"].lower() != GEB] + [GEB_PAGED]) as s:
        yield s


@pytest.mark.parametrize(("number", "expected"), [("e13950", GEB), ("e13951", None), ("17-29", None)])
def test_article_number_beside_pages(server_paged, tmp_path, number, expected):
    """A record with pages and an article number is cited by either; another number is no match. With
    parsed fields too: the parsed first page "e13950" used to contradict the record's first page 1."""
    text = GEB_REF.format(number)
    assert found(server_paged, text, tmp_path)[0] == expected
    csl = {"title": "No General Trend in Functional Diversity in Bird and Mammal Communities Despite "
                    "Compositional Change", "author": [{"family": "Norman", "given": "K. E. A."}],
           "issued": {"date-parts": [[2024]]}, "volume": "34", "page": number,
           "container-title": "Glob Ecol Biogeogr"}
    out = enrich([Reference.from_csl(csl, raw=text)], crossref_url=server_paged.url,
                 cache_dir=tmp_path / "parsed")[0]
    written = "crossref.doi-added" in [d.code for d in out.diagnostics]
    assert ((out.get("DOI") or "").lower() if written else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the journal article's title and year: it beats its workshop version (2014, another title)
    ("Tkaczyk D. CERMINE: automatic extraction of structured metadata from scientific literature. 2015.",
     "10.1007/s10032-015-0249-8"),
    ("Tkaczyk D, Szostek P, Bolikowski L. CERMINE -- Automatic Extraction of Metadata and References from "
     "Scientific Literature. 2014.", "10.1109/das.2014.63"),
    # the journal's title with the workshop's year: the evidence conflicts, a person must choose
    ("Tkaczyk D. CERMINE: automatic extraction of structured metadata from scientific literature. 2014.", None),
], ids=["journal", "workshop", "conflict"])
def test_journal_and_workshop_versions(server, tmp_path, text, expected):
    doi, codes = found(server, text, tmp_path)
    assert doi == expected
    if expected is None:
        assert "crossref.candidate" in codes


def test_a_labelled_issn_confirms_the_journal_and_is_no_page(server, tmp_path):
    text = ("Norman KEA, de Valpine P, Boettiger C. No General Trend in Functional Diversity in Bird and Mammal "
            "Communities Despite Compositional Change. Global Ecology and Biogeography, ISSN 1466-822X. "
            "2024;34(1):e13950.")
    assert found(server, text, tmp_path)[0] == GEB
    # another journal's ISSN is no evidence for this one; an unlabelled "1466-8220" stays a page range
    from refnorm.enrichment import match

    bare = text.replace("Global Ecology and Biogeography, ", "")
    assert match.score_candidate(BY_DOI[GEB], match.features_of({}, bare)).details["container"] == 1.0
    other = match.features_of({}, bare.replace("1466-822X", "0028-0836"))
    assert match.score_candidate(BY_DOI[GEB], other).details["container"] == 0.0
    assert "1466" in match.features_of({}, "Title words here. pp. 1466-8220.").numbers


def test_a_volume_deposited_as_null_is_no_volume(server, tmp_path):
    """Crossref holds records whose volume is the text "null": a parsed volume must not contradict it."""
    text = ("조혜린. (2008). Study of Widget Advertisements on the Web - Focusing on the Analysis of Visual "
            "Characteristics of Widget Advertisement -. Journal of Korea Design Forum, 18, 199–207.")
    csl = {"title": "Study of Widget Advertisements on the Web - Focusing on the Analysis of Visual Characteristics "
                    "of Widget Advertisement", "volume": "18", "page": "199-207", "issued": {"date-parts": [[2008]]},
           "container-title": "Journal of Korea Design Forum"}
    out = enrich([Reference.from_csl(csl, raw=text)], crossref_url=server.url, cache_dir=tmp_path / "c")[0]
    assert "crossref.doi-added" in [d.code for d in out.diagnostics]
    assert out["DOI"].lower() == "10.21326/ksdt.2008..18.018"
