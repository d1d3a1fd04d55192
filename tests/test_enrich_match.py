"""The matcher's decisions on real recorded cases and on near misses built from real records."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossref_server import load_works
from refnorm.enrichment import match
from refnorm.enrichment.index import LocalIndex

DATA = Path(__file__).parent / "data" / "crossref"
WORKS = load_works()
BY_DOI = {w["DOI"].lower(): w for w in WORKS}
CERMINE = BY_DOI["10.1007/s10032-015-0249-8"]
CERMINE_REF = ("Tkaczyk D, Szostek P, Fedoryszak M, Dendek PJ, Bolikowski Ł. CERMINE: automatic extraction of "
               "structured metadata from scientific literature. IJDAR. 2015;18(4):317-35.")


@pytest.fixture(scope="module")
def index():
    idx = LocalIndex()
    idx.add(WORKS)
    return idx


def decide(index, text, csl=None, extra=()):
    f = match.features_of(csl or {}, text)
    return match.decide(list(extra) + index.search(match.query_for(f), rows=15), f)


@pytest.mark.parametrize("case", json.loads((DATA / "sbmv_cases.json").read_text()), ids=lambda c: c["query"][:30])
def test_crossref_sbmv_recorded_cases(index, case):
    """Crossref's own matcher tests: the same title with wrong authors, volume, pages and year must not match."""
    d = decide(index, case["query"])
    if case["expected_doi"]:
        assert (d.status, d.doi) == ("match", case["expected_doi"].lower())
    else:
        assert d.status != "match"


def test_vancouver_string_with_abbreviated_pages(index):
    d = decide(index, CERMINE_REF)
    assert (d.status, d.doi) == ("match", "10.1007/s10032-015-0249-8")
    assert d.score >= match.UPPER


def test_parsed_fields_can_contradict(index):
    csl = {"title": "CERMINE: automatic extraction of structured metadata from scientific literature",
           "author": [{"family": "Tkaczyk", "given": "D."}], "issued": {"date-parts": [[2015]]},
           "volume": "19", "page": "317-335"}
    d = decide(index, CERMINE_REF.replace("18(4)", "19(4)"), csl)
    assert d.status == "abstain"
    assert any(s.reason == "volume differs" for s in d.ranked)


def test_same_title_other_year_and_pages_abstains(index):
    look = copy.deepcopy(CERMINE)
    look.update(DOI="10.9999/lookalike", volume="21", page="1-20", issued={"date-parts": [[2019]]})
    for k in ("published-print", "published-online", "published"):
        look.pop(k, None)
    text = CERMINE_REF.replace("2015;18(4):317-35", "2019;21(1):1-20")
    # the real record is a candidate of the search too: neither may be written
    d = decide(index, text, extra=[look])
    assert (d.status, d.doi) == ("match", "10.9999/lookalike")
    idx = LocalIndex()
    idx.add([w for w in WORKS if w is not CERMINE])
    idx.add([look])
    assert decide(idx, CERMINE_REF).status == "abstain"  # the look-alike of an absent work


def test_correction_notice_is_not_the_article(index):
    notice = {"DOI": "10.9999/corr", "type": "journal-article",
              "title": ["Correction: " + CERMINE["title"][0]], "container-title": CERMINE["container-title"],
              "issued": {"date-parts": [[2016]]}, "volume": "19", "page": "99"}
    d = decide(index, CERMINE_REF, extra=[notice])
    assert d.doi == "10.1007/s10032-015-0249-8"
    assert next(s for s in d.ranked if s.doi == "10.9999/corr").score == 0


def test_preprint_loses_to_its_article_when_the_string_has_numbers(index):
    pre = {k: copy.deepcopy(v) for k, v in CERMINE.items() if k in ("title", "author")}
    pre.update(DOI="10.9999/preprint", type="posted-content", issued={"date-parts": [[2015]]})
    d = decide(index, CERMINE_REF, extra=[pre])
    assert (d.status, d.doi) == ("match", "10.1007/s10032-015-0249-8")


def test_journal_issue_records_are_rejected():
    issue = {"DOI": "10.9999/issue", "type": "journal-issue", "title": ["Widgets"], "issued": {"date-parts": [[2015]]}}
    s = match.score_candidate(issue, match.features_of({}, "Widgets. 2015."))
    assert s.score == 0 and "journal-issue" in s.reason


def test_chapter_without_pages_needs_title_and_author():
    chap = {"DOI": "10.9999/ch", "type": "book-chapter", "title": ["Introduction"],
            "container-title": ["A Book About Widgets"], "issued": {"date-parts": [[2015]]}}
    s = match.score_candidate(chap, match.features_of({}, "Smith J. A Book About Widgets: an introduction. 2015"))
    assert s.score == 0 and "chapter" in s.reason
    toc = match.score_candidate(chap, match.features_of({}, "Introduction. In: A Book About Widgets. 2015"))
    assert toc.score >= match.UPPER  # nothing else in the string: it does cite that chapter
    named = dict(chap, title=["Widgets"])  # a chapter titled like its book
    assert match.score_candidate(named, match.features_of({}, "A Book About Widgets. 2015")).score == 0
    # an authorless encyclopedia entry: its title, its book's title and the year together confirm it
    entry = dict(chap, type="reference-entry", title=["Ecological Informatics"], **{"container-title": ["Ecology"]})
    ok = match.score_candidate(entry, match.features_of({}, '"Ecological Informatics," Ecology. OUP, 2015.'))
    assert ok.score >= match.UPPER
    no_year = match.score_candidate(entry, match.features_of({}, '"Ecological Informatics," Ecology. OUP.'))
    assert no_year.score == 0


def test_several_references_in_one_string_abstain(index):
    two = (CERMINE_REF + " Smith J, Jones K. Another paper entirely about widgets and gadgets. "
           "J Widget Res. 2011;3(2):10-19; Brown A. Yet another. 2009.")
    assert decide(index, two).status == "abstain"
    assert match.is_several_references(match.features_of({}, "a 10.1000/a b 10.1000/b"))


def test_cjk_title_matches_by_characters(index):
    w = next(w for w in WORKS if any("\u3040" <= c <= "\u9fff" for c in (w.get("title") or [""])[0]))
    title = w["title"][0]
    assert match.title_similarity(title, match.features_of({}, f"山田. {title}. 1908")) >= 0.9
    assert match.title_similarity(title, match.features_of({}, "全く別の論文の題名について. 1908")) < 0.5


def test_page_range_expansion():
    assert match.expand_range("317", "35") == ("317", "335")
    assert match.expand_range("1234", "56") == ("1234", "1256")
    assert match.expand_range("12", "345") == ("12", "345")


def test_known_doi_verification():
    f = match.features_of({"title": CERMINE["title"][0], "author": [{"family": "Tkaczyk"}],
                           "issued": {"date-parts": [[2015]]}, "volume": "18"}, None)
    assert match.verify_known(CERMINE, f) == (True, [])
    other = BY_DOI[next(d for d in BY_DOI if d != "10.1007/s10032-015-0249-8" and BY_DOI[d].get("title"))]
    ok, bad = match.verify_known(other, f)
    assert not ok and "title" in bad


def test_known_doi_checked_against_the_string_alone():
    right = match.features_of({}, CERMINE_REF + " doi:10.1007/s10032-015-0249-8")
    assert match.verify_known(CERMINE, right)[0]
    wrong = match.features_of({}, "Hamlin A, et al. Sleep apnea in fragile X premutation carriers. "
                                  "Am J Med Genet B. 2011;156(8):923-8. doi:10.1007/s10032-015-0249-8")
    ok, bad = match.verify_known(CERMINE, wrong)
    assert not ok and bad == ["title", "author"]
    assert match.verify_known(CERMINE, match.features_of({}, "doi:10.1007/s10032-015-0249-8"))[0]


@given(st.text(max_size=300), st.sampled_from(WORKS[:40]))
def test_matcher_never_crashes_on_any_string(text, work):
    f = match.features_of({}, text)
    d = match.decide([work], f)
    assert d.status in ("match", "candidate", "abstain")
    assert 0.0 <= d.score <= 1.0
    match.verify_known(work, f)
    match.query_for(f)


def test_no_year_in_the_string_is_at_most_a_candidate(index):
    text = ("Tkaczyk D, Szostek P, Fedoryszak M. CERMINE: automatic extraction of structured metadata from "
            "scientific literature. International Journal on Document Analysis and Recognition (IJDAR). n.d.")
    d = decide(index, text)
    assert d.status == "candidate" and d.doi == "10.1007/s10032-015-0249-8"


def test_volume_with_a_series_letter(index):
    text = ("Hamlin A, Liu Y, Nguyen DV, Tassone F, Zhang L, Hagerman RJ. Sleep apnea in fragile X premutation "
            "carriers with and without FXTAS. Am J Med Genet B Neuropsychiatr Genet. 2011;156B(8):923-8.")
    csl = {"title": "Sleep apnea in fragile X premutation carriers with and without FXTAS", "volume": "156B",
           "author": [{"family": "Hamlin"}], "issued": {"date-parts": [[2011]]}, "page": "923-928"}
    for fields in ({}, csl):
        d = decide(index, text, fields)
        assert (d.status, d.doi) == ("match", "10.1002/ajmg.b.31237")


_TITLE_WORDS = st.sampled_from(["gene", "expression", "in", "the", "of", "a", "mouse", "brain", "study", "cancer", "risk", "model", "data", "analysis", "Genes", "Mouse", "Studies", "cancers", "modelling", "ánalysis"])


@given(st.lists(_TITLE_WORDS, min_size=1, max_size=12), st.lists(_TITLE_WORDS, min_size=1, max_size=16))
def test_title_similarity_skips_ratio_only_when_it_cannot_win(cand, ref):
    import difflib

    candidate, title = " ".join(cand), " ".join(ref)
    f = match.features_of({"title": title}, raw=title)
    # the formula before the quick_ratio() short cut
    words = [w for w in match._tokens(candidate) if w not in match._STOP] or match._tokens(candidate)
    ref_words = set(match._tokens(title))
    share = sum(w in ref_words for w in words) / len(words)
    seq = difflib.SequenceMatcher(None, match.norm(candidate), match.norm(title), autojunk=False).ratio()
    expected = max(seq, share if len(ref_words) <= len(words) * 1.6 else share * 0.8)
    assert match.title_similarity(candidate, f) == pytest.approx(expected)
