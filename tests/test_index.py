"""The local Crossref index: public-data-file in, offline matching out, incremental updates."""

from __future__ import annotations

import copy
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossref_server import load_works
from refnorm.cli import main
from refnorm.enrichment.api import enrich
from refnorm.enrichment.index import LocalIndex, iter_data_file, query_terms, write_data_file
from refnorm.model import Reference

WORKS = load_works()
CERMINE_REF = ("Tkaczyk D, Szostek P, Fedoryszak M, Dendek PJ, Bolikowski Ł. CERMINE: automatic extraction of "
               "structured metadata from scientific literature. IJDAR. 2015;18(4):317-35.")


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "crossref-data"
    write_data_file(WORKS[:200], d / "0.json.gz")
    write_data_file(WORKS[200:], d / "1.json.gz")
    return d


def test_build_update_and_stats(data_dir, tmp_path, capsys):
    idx = tmp_path / "crossref.idx"
    assert main(["index", "build", str(data_dir), "--index", str(idx), "-q"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert (res["files_read"], res["works_read"], res["works"]) == (2, len(WORKS), len(WORKS))
    assert main(["index", "build", str(data_dir), "--index", str(idx)]) == 2  # exists: use update
    capsys.readouterr()
    # a changed record and a new one in a new part: only that part is read
    newer = copy.deepcopy(WORKS[0])
    newer["volume"] = "999"
    newer["indexed"] = {"date-time": "2099-01-01T00:00:00Z"}
    older = copy.deepcopy(WORKS[1])
    older["volume"] = "111"
    older["indexed"] = {"date-time": "1999-01-01T00:00:00Z"}
    new = dict(copy.deepcopy(WORKS[2]), DOI="10.9999/new-work")
    write_data_file([newer, older, new], data_dir / "2.json.gz")
    assert main(["index", "update", str(data_dir), "--index", str(idx), "-q"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert (res["files_read"], res["works_read"], res["works"]) == (1, 3, len(WORKS) + 1)
    li = LocalIndex(idx, create=False)
    assert li.work(WORKS[0]["DOI"])["volume"] == "999"  # newer indexed date wins
    assert li.work(WORKS[1]["DOI"]).get("volume") == WORKS[1].get("volume")  # older one ignored
    assert main(["index", "stats", "--index", str(idx)]) == 0
    assert json.loads(capsys.readouterr().out)["works"] == len(WORKS) + 1
    # the full-text index stays in step with the table
    conn = sqlite3.connect(idx)
    conn.execute("INSERT INTO works_fts(works_fts) VALUES ('integrity-check')")


def test_search_and_protocol(tmp_path):
    li = LocalIndex(tmp_path / "i.sqlite3")
    li.add(WORKS)
    hits = li.search(CERMINE_REF, rows=3)
    assert hits[0]["DOI"] == "10.1007/s10032-015-0249-8" and hits[0]["score"] > hits[1]["score"]
    assert set(li.works_by_dois(["10.1007/S10032-015-0249-8", "10.1/none"])) == {"10.1007/s10032-015-0249-8"}
    assert li.work("10.1/none") is None
    assert li.search("", rows=3) == [] and li.search("the of and", rows=3) == []
    assert "abstract" not in hits[0] and "reference" not in hits[0]


def test_cjk_titles_are_searchable_by_character():
    w = next(w for w in WORKS if any("\u4e00" <= c <= "\u9fff" for c in (w.get("title") or [""])[0]))
    li = LocalIndex()
    li.add(WORKS)
    title = w["title"][0]
    assert li.search(title[2:12], rows=3)[0]["DOI"] == w["DOI"]
    assert all(len(t) == 1 for t in query_terms("漢字題名") )


def test_data_file_round_trip(tmp_path):
    p = write_data_file(WORKS[:5], tmp_path / "x.json.gz")
    assert [w["DOI"] for w in iter_data_file(p)] == [w["DOI"] for w in WORKS[:5]]


def test_enrich_against_the_index_offline(data_dir, tmp_path):
    idx = tmp_path / "crossref.idx"
    main(["index", "build", str(data_dir), "--index", str(idx), "-q"])
    refs = [Reference(raw=CERMINE_REF), Reference(raw="Nobody N. Nothing about nothing at all. Void. 1999;1:1-2.")]
    # no server anywhere: a request would fail, so success proves the index answered
    out = enrich(refs, index=idx, crossref_url="http://127.0.0.1:9")
    assert out[0]["DOI"] == "10.1007/s10032-015-0249-8"
    assert "DOI" not in out[1]


def test_enrich_command_with_index(data_dir, tmp_path, capsys):
    idx = tmp_path / "crossref.idx"
    main(["index", "build", str(data_dir), "--index", str(idx), "-q"])
    capsys.readouterr()
    p = tmp_path / "refs.json"
    p.write_text(json.dumps([{"id": "a", "title": "CERMINE: automatic extraction of structured metadata from "
                              "scientific literature", "author": [{"family": "Tkaczyk"}], "volume": "18",
                              "issued": {"date-parts": [[2015]]}, "page": "317-335", "container-title": "IJDAR"}]))
    assert main(["enrich", str(p), "--index", str(idx), "--report", "none"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["DOI"] == "10.1007/s10032-015-0249-8"
    assert main(["enrich", str(p), "--index", str(tmp_path / "missing.idx")]) == 2


def test_interrupted_bulk_load_is_indexed_on_next_open(data_dir, tmp_path):
    idx = tmp_path / "crossref.idx"
    li = LocalIndex(idx)
    li.add_directory(data_dir)
    li.close()
    # as if a bulk load had died after committing a row but before building the full-text index
    conn = sqlite3.connect(idx)
    with conn:
        conn.execute("DROP TRIGGER works_ai")
        conn.execute("INSERT INTO meta VALUES ('bulk', '1')")
        conn.execute("INSERT INTO works (doi, title, authors, container, extra, data) "
                      "SELECT '10.9999/raw', 'Xylophone wombat', '', '', '', data FROM works LIMIT 1")
    conn.close()
    li = LocalIndex(idx, create=False)
    assert li.search("xylophone wombat", rows=1)[0]["score"] > 0  # indexed on opening
    assert not li._bulk_pending()
    li.add([dict(copy.deepcopy(WORKS[0]), DOI="10.9999/late", title=["Zyzzyva quokka"])])
    assert li.search("zyzzyva quokka", rows=1)[0]["DOI"] == "10.9999/late"  # triggers are back


def test_build_with_worker_processes_equals_single_process(data_dir, tmp_path):
    from refnorm.enrichment.index import build_index

    one = build_index(data_dir, tmp_path / "one.idx")
    two = build_index(data_dir, tmp_path / "two.idx", processes=2)
    assert one["works"] == two["works"] == len(WORKS)
    a, b = LocalIndex(tmp_path / "one.idx"), LocalIndex(tmp_path / "two.idx")
    assert [w["DOI"] for w in a.search(CERMINE_REF, rows=5)] == [w["DOI"] for w in b.search(CERMINE_REF, rows=5)]


def _clones(n, start=0):
    """Distinct works sharing one common title word ("commonword") and each holding a rare one."""
    base = WORKS[0]
    return [dict(copy.deepcopy(base), DOI=f"10.9999/c{i}", title=[f"commonword rare{i}x quietus{i % 7}"])
            for i in range(start, start + n)]


def test_search_skips_common_words_within_the_postings_budget(tmp_path, monkeypatch):
    import refnorm.enrichment.index as ix

    d = tmp_path / "data"
    write_data_file(_clones(300), d / "0.json.gz")
    li = LocalIndex(tmp_path / "i.idx")
    li.add_directory(d)
    conn = li._conn()
    assert dict(conn.execute("SELECT term, df FROM terms"))["commonword"] == 300  # counted after the bulk load
    monkeypatch.setattr(ix, "POSTINGS", 100)
    monkeypatch.setattr(ix, "MIN_TERMS", 1)
    # the rare word and the mid-frequency one fit the budget; "commonword" (300 documents) does not
    assert li._rarest(conn, query_terms("Commonword rare5x quietus5 absentword")) == ["rare5x", "quietus5"]
    assert li.search("commonword rare5x quietus5", rows=3)[0]["DOI"] == "10.9999/c5"
    monkeypatch.setattr(ix, "MIN_TERMS", 3)  # at least three words, however common
    assert li._rarest(conn, query_terms("commonword rare5x quietus5")) == ["rare5x", "quietus5", "commonword"]
    monkeypatch.setattr(ix, "CEILING", 200)  # ... unless that costs more than the ceiling
    assert li._rarest(conn, query_terms("commonword rare5x quietus5")) == ["rare5x", "quietus5"]
    assert li._rarest(conn, query_terms("commonword")) == ["commonword"]  # the rarest word is always taken
    monkeypatch.setattr(ix, "POSTINGS", 10_000)
    hits = li.search("commonword", rows=400)
    assert len(hits) == 300  # a word in every document still finds them (its BM25 weight is ~0)


def test_accented_query_words_are_looked_up_as_the_tokenizer_stores_them(tmp_path):
    li = LocalIndex(tmp_path / "i.idx")
    li.add([dict(copy.deepcopy(WORKS[0]), DOI="10.9999/acc", title=["Über Straße Ærøskøbing Łódź όνομα йод"])])
    conn = li._conn()
    got = li._rarest(conn, query_terms("ÜBER straße ærøskøbing łódź όνομα йод"))
    assert set(got) >= {"uber", "straße", "ærøskøbing", "όνομα", "йод"}
    assert li.search("Uber Strasse lodz", rows=1)[0]["DOI"] == "10.9999/acc"


def test_update_refreshes_term_counts_only_when_the_index_grew(tmp_path):
    d = tmp_path / "data"
    write_data_file(_clones(100), d / "0.json.gz")
    li = LocalIndex(tmp_path / "i.idx")
    li.add_directory(d)
    conn = li._conn()
    df = lambda: dict(conn.execute("SELECT term, df FROM terms")).get("commonword")  # noqa: E731
    assert df() == 100
    write_data_file(_clones(5, 100), d / "1.json.gz")  # +5%: counts kept, searches still find the new works
    li.add_directory(d)
    assert df() == 100 and li.search("rare102x commonword", rows=1)[0]["DOI"] == "10.9999/c102"
    write_data_file(_clones(50, 200), d / "2.json.gz")  # the index grew by more than a tenth: recounted
    li.add_directory(d)
    assert df() == 155


def test_compressed_and_plain_records_read_alike(tmp_path, data_dir, capsys):
    plain, packed = tmp_path / "plain.idx", tmp_path / "packed.idx"
    assert main(["index", "build", str(data_dir), "--index", str(plain), "-q"]) == 0
    assert main(["index", "build", str(data_dir), "--index", str(packed), "-q", "--compress"]) == 0
    capsys.readouterr()
    a, b = LocalIndex(plain, create=False), LocalIndex(packed, create=False)
    blob_a = a._conn().execute("SELECT data FROM works LIMIT 1").fetchone()[0]
    blob_b = b._conn().execute("SELECT data FROM works LIMIT 1").fetchone()[0]
    assert blob_a[:1] == b"{" and blob_b[:1] != b"{"
    assert a.work("10.1007/s10032-015-0249-8") == b.work("10.1007/s10032-015-0249-8")
    assert a.search(CERMINE_REF, rows=5) == b.search(CERMINE_REF, rows=5)
    assert main(["index", "build", str(data_dir), "--index", str(tmp_path / "x.idx"), "--compress", "12"]) == 2


def test_odd_records_are_skipped_or_stored_not_fatal(tmp_path):
    odd = [
        dict(copy.deepcopy(WORKS[0]), DOI="10.9999/surrogate", title=["Lone \ud800 surrogate title"]),
        dict(copy.deepcopy(WORKS[0]), DOI="10.9999/bigint", volume=2**70),
        dict(copy.deepcopy(WORKS[0]), DOI="10.9999/baddate", issued="2001", indexed="yesterday"),
        {"DOI": "10.9999/bad-author", "author": "Smith", "title": "Only a string"},
    ]
    d = tmp_path / "data"
    d.mkdir()
    # Python's json writes what orjson refuses (a lone surrogate): the reader falls back to it
    (d / "0.json").write_text(json.dumps({"items": odd}), encoding="utf-8")
    li = LocalIndex(tmp_path / "i.idx")
    assert li.add_directory(d) == (1, 4)
    assert li.work("10.9999/surrogate")["title"] == ["Lone \ud800 surrogate title"]
    assert li.work("10.9999/baddate")["DOI"] == "10.9999/baddate"
    assert li.search("lone surrogate title", rows=1)[0]["DOI"] == "10.9999/surrogate"


@pytest.fixture(scope="module")
def small_index():
    li = LocalIndex()
    li.add(WORKS[:60])
    return li


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_search_takes_any_text(small_index, text):
    hits = small_index.search(text, rows=3)
    assert len(hits) <= 3 and all("DOI" in h for h in hits)


def test_update_counts_words_of_an_index_built_before_the_terms_table(data_dir, tmp_path, capsys):
    idx = tmp_path / "crossref.idx"
    assert main(["index", "build", str(data_dir), "--index", str(idx), "-q"]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(idx)
    with conn:  # as an index of the previous version: no counts
        conn.execute("DELETE FROM terms")
        conn.execute("DELETE FROM meta WHERE key='terms_n'")
    li = LocalIndex(idx, create=False)
    assert li.search(CERMINE_REF, rows=1)[0]["DOI"] == "10.1007/s10032-015-0249-8"  # counted on the fly
    li.close()
    assert main(["index", "update", str(data_dir), "--index", str(idx), "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["files_read"] == 0  # nothing new to read, yet counted
    assert conn.execute("SELECT count(*) FROM terms").fetchone()[0] > 100


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.sampled_from(["date-parts", "family", "given",
                                                                              "name", "date-time"]), kids, max_size=3),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "subtitle", "author", "editor", "container-title", "issued",
                                        "published", "volume", "issue", "page", "type", "indexed", "ISSN"]),
                       _json, max_size=8),
       st.text(min_size=1, max_size=30))
def test_any_record_shape_is_stored_or_skipped(fields, doi):
    """Whatever the shape of a record's fields, its row is skipped (by `_part_rows`) or stored, never fatal."""
    from refnorm.enrichment.index import _row, _upsert

    li = LocalIndex()
    work = {**fields, "DOI": doi}
    try:
        row = _row(work)
    except (AttributeError, TypeError, ValueError):
        return  # what _part_rows skips
    _upsert(li._conn(), [row])
    assert li.work(doi) is not None
