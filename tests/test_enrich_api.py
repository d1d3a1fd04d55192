"""`refnorm.enrich` end to end: the real habanero client over HTTP to the local Crossref, never mocked."""

from __future__ import annotations

import copy
import sqlite3

import pytest

import refnorm
from crossref_server import CrossrefServer, load_works
from refnorm.enrichment.api import enrich, normalize_doi
from refnorm.enrichment.merge import merge, notices, work_to_csl
from refnorm.errors import CacheWarning
from refnorm.model import Reference, Severity

WORKS = load_works()
BY_DOI = {w["DOI"].lower(): w for w in WORKS}
CERMINE_DOI = "10.1007/s10032-015-0249-8"
CERMINE_REF = ("Tkaczyk D, Szostek P, Fedoryszak M, Dendek PJ, Bolikowski Ł. CERMINE: automatic extraction of "
               "structured metadata from scientific literature. IJDAR. 2015;18(4):317-35.")
RETRACTED = dict(copy.deepcopy(BY_DOI["10.1002/ajmg.b.31237"]), **{
    "DOI": "10.9999/retracted.1",
    "updated-by": [
        {"DOI": "10.9999/retraction-notice", "type": "retraction", "source": "retraction-watch",
         "label": "Retraction", "updated": {"date-parts": [[2021, 3, 1]]}},
        {"DOI": "10.9999/retraction-notice", "type": "retraction", "source": "publisher",
         "label": "Retraction", "updated": {"date-parts": [[2021, 3, 1]]}},
    ],
})


@pytest.fixture(scope="module")
def server():
    with CrossrefServer([*WORKS, RETRACTED]) as s:
        yield s


@pytest.fixture
def srv(server):
    server.reset_counts()
    server.faults.clear()
    return server


def codes(ref: Reference) -> list[str]:
    return [d.code for d in ref.diagnostics]


def run(srv, refs, tmp_path, **kw):
    kw.setdefault("cache_dir", tmp_path / "cache")
    return enrich(refs, crossref_url=srv.url, mailto="tests@example.org", **kw)


def known_ref(doi: str, **extra) -> Reference:
    w = BY_DOI.get(doi.lower()) or RETRACTED
    csl = {"id": doi, "type": "article-journal", "DOI": doi.upper(), "title": w["title"][0], **extra}
    return Reference.from_csl(csl, source="parse")


def test_public_name_and_order(srv, tmp_path):
    refs = [Reference(raw=CERMINE_REF), Reference.from_csl({"title": "x"}), known_ref("10.1002/ajmg.b.31237")]
    out = refnorm.enrich(refs, crossref_url=srv.url, cache_dir=tmp_path)
    assert len(out) == 3
    assert out[0]["DOI"] == CERMINE_DOI and out[2]["DOI"] == "10.1002/AJMG.B.31237"
    assert out[1] == refs[1]


def test_known_dois_batch_and_warm_cache_is_free(srv, tmp_path):
    dois = [w["DOI"] for w in WORKS if w.get("title")][:120]
    refs = [known_ref(d) for d in dois]
    out = run(srv, refs, tmp_path)
    assert len(srv.requests) == 3  # 120 DOIs, 50 a request
    assert all("crossref.doi-verified" in codes(r) for r in out)
    srv.reset_counts()
    again = run(srv, refs, tmp_path)
    assert srv.requests == []
    assert [r.to_csl() for r in again] == [r.to_csl() for r in out]


def test_found_doi_is_merged_with_provenance(srv, tmp_path):
    out = run(srv, [Reference(raw=CERMINE_REF)], tmp_path)[0]
    assert out["DOI"] == CERMINE_DOI
    d = next(d for d in out.diagnostics if d.code == "crossref.doi-added")
    assert d.data["doi"] == CERMINE_DOI and d.data["score"] >= 0.78
    assert out.provenance["DOI"] == "crossref" and out.provenance["title"] == "crossref"
    assert out["type"] == "article-journal" and isinstance(out["title"], str)
    assert out["page"] == "317-335" and out["volume"] == "18"


def test_absent_work_gets_no_doi(srv, tmp_path):
    text = ("Nobody N. A treatise on nonexistent widgets and their gadgets in imaginary ecosystems. "
            "J Imaginary Res. 1999;12(3):45-67.")
    out = run(srv, [Reference(raw=text)], tmp_path)[0]
    assert "DOI" not in out and "crossref.doi-added" not in codes(out)


def test_doi_mismatch_is_reported_not_replaced(srv, tmp_path):
    ref = Reference.from_csl({"DOI": CERMINE_DOI, "title": "Sleep apnea in fragile X premutation carriers",
                              "author": [{"family": "Hamlin"}], "issued": {"date-parts": [[2011]]}})
    out = run(srv, [ref], tmp_path)[0]
    d = next(d for d in out.diagnostics if d.code == "crossref.doi-mismatch")
    assert d.severity is Severity.WARNING
    assert d.data["reference"]["title"].startswith("Sleep apnea") and d.data["crossref"]["DOI"] == CERMINE_DOI
    assert out.to_csl() == ref.to_csl()


def test_unregistered_doi(srv, tmp_path):
    out = run(srv, [Reference.from_csl({"DOI": "10.1371/notarealdoi", "title": "x"})], tmp_path)[0]
    d = next(d for d in out.diagnostics if d.code == "crossref.unverified")
    assert d.data == {"reason": "not-found", "doi": "10.1371/notarealdoi"}
    assert out["DOI"] == "10.1371/notarealdoi"  # kept: it may be a DataCite DOI


def test_doi_in_the_raw_string_is_verified_and_recorded(srv, tmp_path):
    ref = Reference(raw=f"Tkaczyk D. CERMINE. IJDAR 2015. https://doi.org/{CERMINE_DOI}.")
    out = run(srv, [ref], tmp_path)[0]
    assert out["DOI"] == CERMINE_DOI and "crossref.doi-verified" in codes(out)


def test_retraction_becomes_an_error(srv, tmp_path):
    out = run(srv, [known_ref("10.9999/retracted.1")], tmp_path)[0]
    ds = [d for d in out.diagnostics if d.code == "crossref.retracted"]
    assert len(ds) == 1 and ds[0].severity is Severity.ERROR  # two sources, one notice
    assert ds[0].data["sources"] == ["publisher", "retraction-watch"]


def test_correction_and_preprint_notices(srv, tmp_path):
    out = run(srv, [known_ref("10.1371/journal.pone.0033693"), known_ref("10.1002/essoar.10504562.1")], tmp_path)
    assert "crossref.corrected" in codes(out[0])
    pre = next(d for d in out[1].diagnostics if d.code == "crossref.preprint-published")
    assert pre.data["published_doi"] == "10.1029/2020MS002386"


def test_offline_reads_only_the_cache(srv, tmp_path, monkeypatch):
    refs = [Reference(raw=CERMINE_REF), known_ref("10.1002/ajmg.b.31237")]
    cold = enrich(refs, crossref_url=srv.url, cache_dir=tmp_path, offline=True)
    assert srv.requests == []
    assert all("crossref.unverified" in codes(r) for r in cold)
    run(srv, refs, tmp_path, cache_dir=tmp_path)
    srv.reset_counts()
    monkeypatch.setenv("REFNORM_OFFLINE", "1")
    warm = enrich(refs, crossref_url=srv.url, cache_dir=tmp_path)
    assert srv.requests == []
    assert warm[0]["DOI"] == CERMINE_DOI and "crossref.doi-verified" in codes(warm[1])


def test_environment_defaults(srv, tmp_path, monkeypatch):
    monkeypatch.setenv("REFNORM_CROSSREF_URL", srv.url)
    monkeypatch.setenv("REFNORM_CACHE_DIR", str(tmp_path / "envcache"))
    out = enrich([Reference(raw=CERMINE_REF)])
    assert out[0]["DOI"] == CERMINE_DOI
    assert (tmp_path / "envcache" / "crossref.sqlite3").exists()


def test_malformed_answer_takes_the_run_offline(srv, tmp_path):
    srv.inject("malformed")  # the first request (the known-DOI batch) gets garbage
    refs = [known_ref("10.1002/ajmg.b.31237"), Reference(raw=CERMINE_REF), Reference(raw=CERMINE_REF + " x")]
    out = run(srv, refs, tmp_path)
    assert len(out) == 3
    assert "crossref.offline" in codes(out[0])
    assert all("crossref.unverified" in codes(r) for r in out)
    assert len(srv.requests) == 1  # nobody asked again
    assert [r.to_csl() for r in out] == [r.to_csl() for r in refs]


def test_unreachable_crossref_never_fails_the_run(tmp_path):
    refs = [Reference(raw=CERMINE_REF), known_ref("10.1002/ajmg.b.31237")]
    from refnorm.enrichment.crossref import HabaneroClient
    from refnorm.enrichment.ratelimit import Limits, RateLimiter

    dead = HabaneroClient("http://127.0.0.1:9", None, timeout=0.3, retries=1, sleep=lambda s: None,
                          limiter=RateLimiter(Limits(1000, 1000, 2)))
    out = enrich(refs, client=dead, cache_dir=tmp_path)
    assert all("crossref.network-error" in codes(r) and "crossref.unverified" in codes(r) for r in out)
    conn = sqlite3.connect(tmp_path / "crossref.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_time_budget_marks_the_rest_unverified(srv, tmp_path):
    out = run(srv, [Reference(raw=CERMINE_REF), known_ref("10.1002/ajmg.b.31237")], tmp_path, time_budget=0)
    assert srv.requests == []
    assert all(next(d for d in r.diagnostics if d.code == "crossref.unverified").data["reason"] == "budget"
               for r in out)


def test_candidate_between_thresholds_is_not_written(srv, tmp_path):
    # title and author right, but no year, volume or pages to confirm it: offered, not written
    text = "Tkaczyk D. CERMINE: automatic extraction of structured metadata from scientific literature."
    out = run(srv, [Reference(raw=text)], tmp_path)[0]
    assert "DOI" not in out
    d = next(d for d in out.diagnostics if d.code == "crossref.candidate")
    assert d.data["doi"] == CERMINE_DOI and d.data["score"] > 0


def test_local_index_instead_of_the_api(tmp_path):
    from refnorm.enrichment.index import LocalIndex

    idx = LocalIndex(tmp_path / "idx.sqlite3")
    idx.add(WORKS)
    idx.close()
    out = enrich([Reference(raw=CERMINE_REF), known_ref("10.1002/ajmg.b.31237")], index=tmp_path / "idx.sqlite3",
                 crossref_url="http://127.0.0.1:9")
    assert out[0]["DOI"] == CERMINE_DOI and "crossref.doi-verified" in codes(out[1])


# -- merge ------------------------------------------------------------------------------------------
def test_work_to_csl():
    csl = work_to_csl(BY_DOI["10.1002/ajmg.b.31237"])
    assert csl["type"] == "article-journal"
    assert csl["title"] == "Sleep apnea in fragile X premutation carriers with and without FXTAS"
    assert csl["container-title-short"] == "American J of Med Genetics Pt B"
    assert csl["issued"] == {"date-parts": [[2011, 9, 19]]} or csl["issued"]["date-parts"][0][0] == 2011
    assert csl["author"][0]["family"] and "sequence" not in csl["author"][0]


def test_merge_fill_and_prefer():
    w = BY_DOI["10.1002/ajmg.b.31237"]
    ref = Reference.from_csl({"type": "article", "title": "Sleep apnoea in FXTAS", "page": "923"}, source="parse")
    filled = merge(ref, w)
    assert filled["title"] == "Sleep apnoea in FXTAS" and filled.provenance["title"] == "parse"
    assert filled["type"] == "article"
    assert merge(ref.evolve({"type": "document"}), w)["type"] == "article-journal"
    assert filled["page"] == "923-928" and filled.provenance["page"] == "crossref"  # a lone first page widened
    assert filled.provenance["volume"] == "crossref"
    preferred = merge(ref, w, policy="prefer-crossref")
    assert preferred["title"].startswith("Sleep apnea in fragile X") and preferred["type"] == "article-journal"
    with pytest.raises(ValueError):
        merge(ref, w, policy="whatever")


def test_notices_of_a_plain_record_are_empty():
    assert notices(BY_DOI["10.1002/ajmg.b.31237"]) == []


@pytest.mark.parametrize(("value", "doi"), [
    ("https://doi.org/10.1000/ABC.1.", "10.1000/ABC.1"),
    ("doi: 10.1000/x(1)2", "10.1000/x(1)2"),
    ("(see 10.1000/xyz)", "10.1000/xyz"),
    ("no doi here", None),
    (None, None),
])
def test_normalize_doi(value, doi):
    assert normalize_doi(value) == doi


def test_unusable_cache_does_not_stop_the_run(srv, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    with pytest.warns(CacheWarning, match="is not a directory"):  # (said, not silent)
        out = enrich([Reference(raw=CERMINE_REF)], crossref_url=srv.url, cache_dir=blocker)
    assert out[0]["DOI"] == CERMINE_DOI


def test_a_record_of_unforeseen_shape_costs_one_reference(tmp_path):
    class Odd:
        def works_by_dois(self, dois):
            return {}

        def work(self, doi):
            return None

        def search(self, query, rows=20, select=None, filter=None):
            return [{"DOI": "10.1/x", "title": 5, "author": "not a list", "issued": {"date-parts": "2015"}}]

    out = enrich([Reference(raw=CERMINE_REF), Reference(raw=CERMINE_REF + " 2")], client=Odd(), cache_dir=tmp_path)
    assert len(out) == 2 and all("DOI" not in r for r in out)


def test_searches_are_free_on_a_warm_cache(srv, tmp_path):
    refs = [Reference(raw=CERMINE_REF), Reference(raw="Nobody N. Nothing about nothing at all. Void. 1999;1:1-2.")]
    first = run(srv, refs, tmp_path)
    assert len(srv.requests) == 2
    srv.reset_counts()
    second = run(srv, refs, tmp_path)
    assert srv.requests == []
    assert [r.to_csl() for r in second] == [r.to_csl() for r in first]
