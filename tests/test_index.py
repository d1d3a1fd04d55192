"""The local Crossref index: public-data-file in, offline matching out, incremental updates."""

from __future__ import annotations

import copy
import json
import sqlite3

import pytest

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
