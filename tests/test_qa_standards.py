"""The standards, attacked (QA session 11): a damaged Crossref cache, a misbehaving Crossref, records
of a type CSL does not know, and files that are not what the command reads. Each test failed before
the change it came with."""

from __future__ import annotations

import gzip
import json
import sqlite3

import pytest

import crossref_server as local_crossref
from crossref_server import load_works
from refnorm.cli import main
from refnorm.enrichment.api import enrich
from refnorm.enrichment.cache import Cache, CachedClient
from refnorm.enrichment.crossref import HabaneroClient
from refnorm.enrichment.protocol import NetworkError
from refnorm.enrichment.ratelimit import Limits, RateLimiter
from refnorm.errors import CacheWarning, ConfigError
from refnorm.model import Reference

WORKS = load_works()
crossref_server_module = local_crossref.crossref_server_module
crossref_server = local_crossref.crossref_server

# two records of one book whose chapters share most words: a swap must not pass for a verification
FIRST, SECOND = WORKS[0], WORKS[1]


def _err(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err, err
    return err


def _record_of(work: dict) -> dict:
    return {"id": "r1", "type": "chapter", "title": work["title"][0], "DOI": work["DOI"]}


def _cache_with(tmp_path, works) -> str:
    cache = Cache(tmp_path)
    cache.put_works({w["DOI"]: w for w in works})
    cache.close()
    return str(tmp_path / "crossref.sqlite3")


def _set_row(path: str, doi: str, data: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE works SET data=? WHERE doi=?", (data, doi.lower()))
    con.close()


# ------------------------------------------------------------------------------ the cache
@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_an_unusable_cache_file_is_said_once_and_the_run_goes_on(tmp_path, capsys, damage):
    path = _cache_with(tmp_path, [FIRST])
    with open(path, "r+b") as f:
        data = f.read()
        f.seek(0)
        f.write(b"\x13\x37 not SQLite at all " * 300 if damage == "garbage" else data[:300])
        f.truncate()
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps([_record_of(FIRST), _record_of(SECOND) | {"id": "r2"}]))
    assert main(["enrich", str(refs), "--offline", "--cache-dir", str(tmp_path)]) == 0
    err = _err(capsys)
    warned = [line for line in err.splitlines() if line.startswith("refnorm: warning:")]
    assert len(warned) == 1 and path in warned[0] and "continuing without it" in warned[0], err


def test_a_cache_row_that_does_not_decode_is_ignored_not_a_crash(tmp_path):
    path = _cache_with(tmp_path, [FIRST])
    _set_row(path, FIRST["DOI"], json.dumps(FIRST)[:40])
    with pytest.warns(CacheWarning, match="unreadable record for " + FIRST["DOI"].lower().replace(".", r"\.")):
        out = enrich([Reference.from_csl(_record_of(FIRST))], offline=True, cache_dir=tmp_path)
    assert [d.code for d in out[0].diagnostics] == ["crossref.unverified"]


def test_a_cache_row_holding_another_dois_record_is_never_used(tmp_path):
    path = _cache_with(tmp_path, [FIRST, SECOND])
    _set_row(path, FIRST["DOI"], json.dumps(SECOND))
    with pytest.warns(CacheWarning, match="holds the record of"):
        out = enrich([Reference.from_csl(_record_of(FIRST))], offline=True, cache_dir=tmp_path)
    # (it was "verified", and the other chapter's URL merged into the record)
    assert "crossref.doi-verified" not in [d.code for d in out[0].diagnostics]
    assert out[0].to_csl() == _record_of(FIRST)


@pytest.mark.parametrize("data", ['[{"DOI": "10.1/x"', '{"DOI": "10.1/x"}', "[1, 2]"])
def test_a_cached_search_that_does_not_decode_is_a_miss(tmp_path, data):
    cache = Cache(tmp_path)
    cache.put_search("some query", 5, None, None, [{"DOI": "10.1/x"}])
    con = sqlite3.connect(cache.path)
    with con:
        con.execute("UPDATE searches SET data=?", (data,))
    con.close()
    with pytest.warns(CacheWarning, match="unreadable search result"):
        assert cache.get_search("some query", 5, None, None) is None
    with pytest.warns(CacheWarning):
        rows = list(cache.export())
    assert [r["kind"] for r in rows] == ["unreadable"]
    cache.close()


def test_a_cache_that_fails_mid_run_is_dropped_with_a_warning(tmp_path, monkeypatch):
    cache = Cache(tmp_path)

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cache, "put_works", full_disk)

    class Inner:
        def works_by_dois(self, dois):
            return {d.lower(): {"DOI": d} for d in dois}

    client = CachedClient(cache, Inner())
    with pytest.warns(CacheWarning, match="disk is full"):
        assert set(client.works_by_dois(["10.1/a"])) == {"10.1/a"}
    assert client.cache is None
    cache.close()


def test_cache_clear_starts_a_new_cache_in_place_of_an_unreadable_one(tmp_path, capsys):
    path = tmp_path / "crossref.sqlite3"
    path.write_bytes(b"garbage" * 500)
    assert main(["cache", "stats", "--cache-dir", str(tmp_path)]) == 2
    assert "refnorm cache clear" in _err(capsys)
    assert main(["cache", "clear", "--cache-dir", str(tmp_path)]) == 0
    assert "removed the unreadable cache" in _err(capsys) and not path.exists()
    assert Cache(tmp_path).stats()["works"] == 0


# ------------------------------------------------------------------------------ the network
def test_a_retry_after_of_hours_is_not_waited_for(crossref_server):
    slept: list[float] = []
    limiter = RateLimiter(Limits(1000, 1000, 4), sleep=slept.append)
    crossref_server.inject("429", 7200)
    c = HabaneroClient(crossref_server.url, "tests@example.org", timeout=5, limiter=limiter, sleep=slept.append)
    with pytest.raises(NetworkError, match="7200 s"):
        c.work(FIRST["DOI"])  # (it paused the whole process for two hours)
    assert not slept or max(slept) <= 60
    with pytest.raises(NetworkError, match="earlier in this run"):
        c.work(SECOND["DOI"])  # the rest of the run is offline at once


@pytest.mark.parametrize("fault", ["500", "429"])
def test_a_status_that_persists_is_named_in_the_warning(crossref_server, fault):
    crossref_server.inject(fault, 0 if fault == "429" else None, times=10)
    c = HabaneroClient(crossref_server.url, "tests@example.org", timeout=5, retries=1, sleep=lambda s: None,
                       limiter=RateLimiter(Limits(1000, 1000, 4), sleep=lambda s: None))
    with pytest.raises(NetworkError) as e:
        c.search("Molecular Genetics in Ecology", rows=2)
    # (it read 'TypeError: string indices must be integers', habanero failing on the error body)
    assert f"HTTP {fault}" in str(e.value) and "TypeError" not in str(e.value)


# ------------------------------------------------------------------------------ records read from files
UNKNOWN_TYPE = [
    {"id": "k1", "type": "jurnal-article", "title": "Die Wiederkehr der Landschaft",
     "author": [{"family": "Körner", "given": "Ilse"}], "issued": {"date-parts": [[2014]]},
     "container-title": "Zeitschrift für Geographie", "volume": "12", "page": "101-119"},
    {"id": "k2", "type": "book", "title": "Le temps des cartes", "publisher": "Éditions du Seuil",
     "issued": {"date-parts": [[2009]]}},
]


def _write_json(tmp_path, records, name="refs.json"):
    path = tmp_path / name
    path.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n",
                    encoding="utf-8")
    return path


def test_fix_says_which_record_of_which_file_had_a_type_csl_does_not_know(tmp_path, capsys):
    path = _write_json(tmp_path, UNKNOWN_TYPE)
    assert main(["fix", "--offline", "--cache-dir", str(tmp_path / "c"), str(path)]) == 0
    err = _err(capsys)
    # (the type became 'article-journal' without a word)
    assert f"{path}: warning:" in err and "line 2: record 'k1' (item 1): type 'jurnal-article' is not a CSL type: " \
        "read as 'article-journal'" in err, err
    assert json.loads(path.read_text(encoding="utf-8"))[0]["type"] == "article-journal"


def test_a_csl_yaml_record_of_an_unknown_type_becomes_document_with_a_warning(tmp_path, capsys):
    path = tmp_path / "refs.yaml"
    path.write_text("- id: y1\n  type: lecture-notes\n  title: Notes de cours\n"
                    "  issued:\n    date-parts: [[2011]]\n- id: y2\n  type: book\n  title: Un livre\n", encoding="utf-8")
    assert main(["fix", "--offline", "--cache-dir", str(tmp_path / "c"), str(path)]) == 0
    err = _err(capsys)
    assert "record 'y1' (item 1): type 'lecture-notes' is not a CSL type: read as 'document'" in err, err
    assert "y2" not in err


def test_render_reads_an_unknown_type_as_fix_does_and_says_so(tmp_path, capsys):
    path = _write_json(tmp_path, UNKNOWN_TYPE)
    assert main(["render", str(path), "--style", "apa"]) == 0
    captured = capsys.readouterr()
    assert "item 1 ('k1'): type 'jurnal-article' is not a CSL type: read as 'article-journal'" in captured.err
    fixed = _write_json(tmp_path, [UNKNOWN_TYPE[0] | {"type": "article-journal"}, UNKNOWN_TYPE[1]], "ok.json")
    assert main(["render", str(fixed), "--style", "apa"]) == 0
    # (APA printed the article by its fallback layout: 'In Zeitschrift für Geographie (Vol. 12, pp. 101–119)')
    assert captured.out == capsys.readouterr().out


def test_enrich_reads_an_unknown_type_as_fix_does_and_says_so(tmp_path, capsys):
    path = _write_json(tmp_path, UNKNOWN_TYPE)
    assert main(["enrich", str(path), "--offline", "--cache-dir", str(tmp_path / "c"), "--report", "none"]) == 0
    captured = capsys.readouterr()
    assert "item 1 ('k1'): type 'jurnal-article' is not a CSL type" in captured.err
    assert [r["type"] for r in json.loads(captured.out)] == ["article-journal", "book"]


def test_enrich_names_the_line_where_a_json_array_breaks(tmp_path, capsys):
    path = tmp_path / "refs.json"
    path.write_text('[\n  {"id": "a", "title": "Un"},\n  {"id": "b" "title": "Deux"}\n]\n')
    assert main(["enrich", str(path), "--offline"]) == 2
    assert f"{path}:3: not CSL-JSON or JSON lines (Expecting ',' delimiter" in _err(capsys)  # (it said line 1)


def test_enrich_reads_csl_yaml_and_bibtex(tmp_path, capsys):
    yaml_path = tmp_path / "refs.yaml"
    yaml_path.write_text("- id: y1\n  type: book\n  title: Un livre\n", encoding="utf-8")
    bib_path = tmp_path / "refs.bib"
    bib_path.write_text("@book{b1,\n  title = {Ein Buch},\n  year = 2001\n}\n\n@book{b2,\n  title = {Kaputt,\n",
                        encoding="utf-8")
    for path, ids in ((yaml_path, ["y1"]), (bib_path, ["b1"])):
        assert main(["enrich", str(path), "--offline", "--cache-dir", str(tmp_path / "c"), "--report", "none"]) == 0
        captured = capsys.readouterr()
        assert [r["id"] for r in json.loads(captured.out)] == ids, captured.err
    assert f"{bib_path}:6: not enriched: BibTeX block left untouched" in captured.err


def test_render_says_what_it_did_not_render(tmp_path, capsys):
    bib_path = tmp_path / "refs.bib"
    bib_path.write_text("@book{b1,\n  title = {Ein Buch},\n  year = 2001\n}\n\n@book{b2,\n  title = {Kaputt,\n",
                        encoding="utf-8")
    assert main(["render", str(bib_path)]) == 0
    assert f"{bib_path}:6: not rendered: BibTeX block left untouched" in _err(capsys)  # (silent)
    empty = tmp_path / "empty.json"
    empty.write_text("[]\n")
    assert main(["render", str(empty)]) == 0
    assert "no CSL items to render" in _err(capsys)


# ------------------------------------------------------------------------------ configuration
@pytest.mark.parametrize("url", ["http://[::1", "ftp://mirror.example.org", "api.crossref.org"])
def test_a_crossref_url_that_is_not_one_is_a_config_error(tmp_path, capsys, monkeypatch, url):
    path = tmp_path / "refs.txt"
    path.write_text("1. Okafor C. Rainfall and yams. Afr J Agron. 2015;3:12-19.\n")
    monkeypatch.setenv("REFNORM_CROSSREF_URL", url)
    monkeypatch.setenv("REFNORM_CACHE_DIR", str(tmp_path / "c"))
    # ('http://[::1' was an internal error, exit 123; the others cost every request's retries)
    assert main(["fix", "--online", "--mailto", "qa@example.org", "--check", str(path)]) == 2
    assert "REFNORM_CROSSREF_URL: crossref-url " in _err(capsys)
    with pytest.raises(ConfigError, match="crossref-url"):
        enrich([Reference.from_csl({"id": "a", "title": "Rainfall and yams in the savanna"})], crossref_url=url,
               mailto="qa@example.org", cache_dir=tmp_path / "c")


def test_a_bad_refnorm_offline_is_named_as_such(tmp_path, capsys, monkeypatch):
    path = tmp_path / "refs.txt"
    path.write_text("1. Okafor C. Rainfall and yams. Afr J Agron. 2015;3:12-19.\n")
    monkeypatch.setenv("REFNORM_OFFLINE", "2")
    assert main(["fix", "--check", str(path)]) == 2
    assert "REFNORM_OFFLINE: must be true or false" in _err(capsys)  # (it said 'online must be true or false')


# ------------------------------------------------------------------------------ batch
def test_batch_never_cuts_or_appends_to_a_file_that_is_not_its_output(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Nguyen T. Rice terraces. Asian Geogr. 2012;7:33-50."}\n')
    for body in ('{"id": "k", "text": "Kept by the user."}\nnot JSON, and the user\'s\n', "just notes\n"):
        mine = tmp_path / "notes.jsonl"
        mine.write_text(body)
        # (the first was cut to its first line, the second emptied, then both appended to)
        assert main(["batch", str(source), str(mine), "-j", "1", "-q"]) == 2
        assert "is not refnorm batch output" in _err(capsys) and mine.read_text() == body


def test_batch_of_a_damaged_parquet_file_is_an_input_error(tmp_path, capsys):
    pytest.importorskip("pyarrow")
    path = tmp_path / "in.parquet"
    path.write_bytes(b"PAR1 and then nothing useful")
    assert main(["batch", str(path), str(tmp_path / "out.jsonl"), "-j", "1"]) == 2  # (was 123, ArrowInvalid)
    assert f"{path}: not a readable Parquet file" in _err(capsys)


@pytest.mark.parametrize("n", ["0", "-2"])
def test_batch_processes_below_one_is_a_usage_error(tmp_path, capsys, n):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Nguyen T. Rice terraces. Asian Geogr. 2012;7:33-50."}\n')
    assert main(["batch", str(source), str(tmp_path / "out.jsonl"), "-j", n]) == 2  # (ran, one process)
    assert "-j/--processes must be 1 or more" in _err(capsys)


# ------------------------------------------------------------------------------ the local index
def test_a_damaged_data_file_part_is_named_and_the_others_are_indexed(tmp_path, capsys):
    from refnorm.enrichment.index import write_data_file

    parts = tmp_path / "parts"
    write_data_file(WORKS[:20], parts / "0.json.gz")
    (parts / "1.json.gz").write_bytes(b"not gzip at all")
    write_data_file([], parts / "2.json.gz").write_bytes(gzip.compress(b'{"items": "everything"}'))
    index = tmp_path / "crossref.index"
    # (an internal error, exit 123, JSONDecodeError/BadGzipFile, and the good part's works not kept)
    assert main(["index", "build", str(parts), "--index", str(index), "-q"]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "internal error" not in captured.err
    assert f"{parts / '1.json.gz'}: not a readable data-file part (BadGzipFile" in captured.err
    assert f"{parts / '2.json.gz'}: not a data-file part: 'items' is not a list of works (str)" in captured.err
    assert json.loads(captured.out)["works"] == 20
    (parts / "1.json.gz").unlink()
    write_data_file(WORKS[20:25], parts / "2.json.gz")
    assert main(["index", "update", str(parts), "--index", str(index), "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["works"] == 25


@pytest.mark.parametrize("argv", [["index", "stats"], ["enrich", "REFS"], ["batch", "IN", "OUT", "-j", "1"]])
def test_an_index_that_is_not_one_is_a_usage_error(tmp_path, capsys, argv):
    bad = tmp_path / "refs.index"
    bad.write_bytes(b"an index, they said" * 100)
    refs = tmp_path / "refs.json"
    refs.write_text('[{"id": "a", "title": "Rice terraces of the northern hills"}]')
    records = tmp_path / "in.jsonl"
    records.write_text('{"id": "a", "text": "Nguyen T. Rice terraces. Asian Geogr. 2012;7:33-50."}\n')
    names = {"REFS": str(refs), "IN": str(records), "OUT": str(tmp_path / "out.jsonl")}
    # (exit 123 'DatabaseError: file is not a database'; batch: exit 0 and an error row per record)
    assert main([names.get(a, a) for a in argv] + ["--index", str(bad)]) == 2
    assert f"{bad} is not a usable refnorm index (file is not a database)" in _err(capsys)


@pytest.mark.parametrize("body", [b"\xff\xfes\x00t\x00y\x00l\x00e\x00 \x00=\x00 \x00\"\x00a\x00p\x00a\x00\"\x00",
                                  b"\x00\x9f\x92\x96 binary"])
def test_a_config_file_that_is_not_utf8_is_a_config_error(tmp_path, capsys, monkeypatch, body):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".refnorm.toml").write_bytes(body)
    (tmp_path / "refs.txt").write_text("1. Okafor C. Rainfall and yams. Afr J Agron. 2015;3:12-19.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["fix", "--check", "refs.txt"]) == 2  # (was 123, UnicodeDecodeError)
    assert ".refnorm.toml: not a UTF-8 text file" in _err(capsys)


@pytest.mark.parametrize("budget", ["nan", "-1"])
def test_enrich_time_budget_must_be_seconds(tmp_path, capsys, budget):
    refs = tmp_path / "refs.json"
    refs.write_text('[{"id": "a", "title": "Rice terraces of the northern hills"}]')
    assert main(["enrich", str(refs), "--offline", f"--time-budget={budget}"]) == 2  # (ran: nan never ran out)
    assert "--time-budget must be a number of seconds" in _err(capsys)


@pytest.mark.parametrize("work", [
    {"DOI": "10.5555/odd1", "title": 5, "author": "Nguyen", "issued": "2012", "container-title": 7},
    {"DOI": "10.5555/odd2", "title": [None], "author": [{"family": None}, 5], "issued": {"date-parts": "x"}},
    {"DOI": "10.5555/odd3", "title": ["Rice"], "relation": [1], "updated-by": [{"type": 5}],
     "published": {"date-parts": [[None]]}},
])
def test_a_crossref_record_of_unforeseen_shape_costs_its_reference_not_the_run(tmp_path, work):
    from crossref_server import CrossrefServer

    ref = Reference.from_csl({"id": "a", "title": "Rice terraces", "DOI": work["DOI"],
                              "author": [{"family": "Nguyen"}], "issued": {"date-parts": [[2012]]}})
    other = Reference.from_csl(_record_of(FIRST))
    with CrossrefServer(works=[work, FIRST]) as server:
        # (AttributeError / ValueError out of enrich: the whole run failed, `refnorm enrich` exit 123)
        out = enrich([ref, other], crossref_url=server.url, mailto="qa@example.org", cache_dir=tmp_path)
    assert [d.code for d in out[0].diagnostics] == ["crossref.unverified"]
    assert "not checked" in out[0].diagnostics[0].message and out[0].to_csl() == ref.to_csl()
    assert "crossref.doi-verified" in [d.code for d in out[1].diagnostics]


@pytest.mark.parametrize("row", ['{"csl": {"id": "a", "title": "Rice"}, "diagnostics": "none"}',
                                 '{"csl": {"id": "a", "title": "Rice"}, "span": "start"}',
                                 '{"csl": {"id": "a", "title": "Rice"}, "span": [5, 2, 9]}'])
def test_enrich_of_a_hand_edited_reference_row_is_an_input_error(tmp_path, capsys, row):
    path = tmp_path / "rows.jsonl"
    path.write_text(row + "\n")
    assert main(["enrich", str(path), "--offline"]) == 2  # (exit 123, TypeError)
    assert f"{path}: item 1 is not a reference refnorm can read" in _err(capsys)


def test_enrich_reads_an_items_object_as_render_does(tmp_path, capsys):
    path = tmp_path / "refs.json"
    path.write_text('{"items": [{"id": "a", "type": "book", "title": "Rice"}, {"id": "b", "type": "book", "title": "Yams"}]}')
    assert main(["enrich", str(path), "--offline", "--report", "none"]) == 0
    # (it wrote back [{"items": [...]}], one record of no type)
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["a", "b"]


def test_enrich_refuses_a_refnorm_offline_it_cannot_read(tmp_path, capsys, monkeypatch, crossref_server):
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps([_record_of(FIRST)]))
    monkeypatch.setenv("REFNORM_OFFLINE", "2")
    monkeypatch.setenv("REFNORM_CROSSREF_URL", crossref_server.url)
    assert main(["enrich", str(refs), "--mailto", "qa@example.org", "--cache-dir", str(tmp_path)]) == 2
    assert "REFNORM_OFFLINE: must be true or false" in _err(capsys)
    assert crossref_server.requests == []  # (read as false: the run went online)


def test_a_plain_list_read_as_bibtex_says_nothing_was_read() -> None:
    from refnorm.io import bibtex

    doc = bibtex.read("1. Smith J. A book. Oxford: OUP; 2018.\n")
    assert doc.meta["warnings"] and doc.meta["warnings"][0][0] == 1
    assert not bibtex.read("% only a comment\n").meta["warnings"]
