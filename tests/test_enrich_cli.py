"""`refnorm enrich` and `refnorm cache` from the command line, against the local Crossref."""

from __future__ import annotations

import json

import pytest

import crossref_server as local_crossref
from refnorm.cli import main

crossref_server_module = local_crossref.crossref_server_module
crossref_server = local_crossref.crossref_server

CERMINE_REF = ("Tkaczyk D, Szostek P, Fedoryszak M, Dendek PJ, Bolikowski Ł. CERMINE: automatic extraction of "
               "structured metadata from scientific literature. IJDAR. 2015;18(4):317-35.")


@pytest.fixture
def csl_file(tmp_path):
    items = [
        {"id": "a", "type": "article-journal", "title": "CERMINE: automatic extraction of structured metadata "
         "from scientific literature", "author": [{"family": "Tkaczyk", "given": "D."}],
         "container-title": "IJDAR", "issued": {"date-parts": [[2015]]}, "volume": "18", "issue": "4", "page": "317"},
        {"id": "b", "type": "article-journal", "DOI": "10.1002/ajmg.b.31237",
         "title": "Sleep apnea in fragile X premutation carriers with and without FXTAS"},
    ]
    p = tmp_path / "refs.json"
    p.write_text(json.dumps(items))
    return p


def test_enrich_command(crossref_server, csl_file, tmp_path, capsys):
    rc = main(["enrich", str(csl_file), "--crossref-url", crossref_server.url, "--cache-dir", str(tmp_path / "c"),
               "--mailto", "tests@example.org"])
    out, err = capsys.readouterr()
    assert rc == 0
    items = json.loads(out)
    assert [i["id"] for i in items] == ["a", "b"]
    assert items[0]["DOI"] == "10.1007/s10032-015-0249-8" and items[0]["page"] == "317-335"
    assert items[1]["container-title-short"] == "American J of Med Genetics Pt B"
    assert "crossref.doi-added" in err and "crossref.doi-verified" in err and "2 references" in err


def test_enrich_json_report_offline_and_output_file(crossref_server, csl_file, tmp_path, capsys):
    out_file = tmp_path / "out.json"
    rc = main(["enrich", str(csl_file), "--offline", "--cache-dir", str(tmp_path / "empty"), "--report", "json",
               "-o", str(out_file)])
    _, err = capsys.readouterr()
    assert rc == 0 and crossref_server.requests == []
    report = json.loads(err)
    assert [d["code"] for d in report[0]["diagnostics"]] == ["crossref.unverified"]
    assert json.loads(out_file.read_text())[0]["id"] == "a"


def test_enrich_prefer_crossref_and_jsonl_rows(crossref_server, tmp_path, capsys):
    rows = [{"csl": {"id": "x", "title": "cermine", "DOI": "10.1007/s10032-015-0249-8"}, "raw": CERMINE_REF}]
    p = tmp_path / "rows.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert main(["enrich", str(p), "--crossref-url", crossref_server.url, "--cache-dir", str(tmp_path),
                 "--prefer-crossref", "--report", "none"]) == 0
    item = json.loads(capsys.readouterr().out)[0]
    assert item["title"].startswith("CERMINE: Automatic") or item["title"].startswith("CERMINE: automatic")
    assert item["title"] != "cermine"


def test_enrich_bad_input_is_a_usage_error(tmp_path, capsys):
    p = tmp_path / "bad.json"
    p.write_text("{not json\n")
    assert main(["enrich", str(p), "--offline"]) == 2
    assert "bad.json:1" in capsys.readouterr().err


def test_cache_command(crossref_server, csl_file, tmp_path, capsys):
    cache_dir = str(tmp_path / "c")
    main(["enrich", str(csl_file), "--crossref-url", crossref_server.url, "--cache-dir", cache_dir, "--report", "none"])
    capsys.readouterr()
    assert main(["cache", "stats", "--cache-dir", cache_dir]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["works"] == 1 and stats["searches"] == 1
    assert main(["cache", "export", "--cache-dir", cache_dir]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["kind"] for r in rows} == {"work", "search"}
    assert main(["cache", "clear", "--cache-dir", cache_dir]) == 0
    capsys.readouterr()
    main(["cache", "stats", "--cache-dir", cache_dir])
    assert json.loads(capsys.readouterr().out)["works"] == 0


def test_enrich_reads_parse_jsonl_rows(crossref_server, tmp_path, capsys):
    rows = [
        {"entry": 1, "text": CERMINE_REF, "is_reference": True,
         "references": [{"csl": {"type": "article-journal", "title": "CERMINE"}, "raw": CERMINE_REF}]},
        {"entry": 2, "text": "Notes.", "is_reference": False, "references": []},
        {"id": "7", "text": CERMINE_REF, "references": [{"type": "document", "title": "CERMINE"}]},  # batch rows
    ]
    p = tmp_path / "parsed.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert main(["enrich", str(p), "--crossref-url", crossref_server.url, "--cache-dir", str(tmp_path),
                 "--report", "none"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 2
    assert all(i["DOI"] == "10.1007/s10032-015-0249-8" for i in items)
    assert items[1]["type"] == "article-journal"  # "document" is filled from Crossref
