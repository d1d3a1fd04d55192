"""Batch processing: parse_many, `refnorm batch` (JSONL/CSV/Parquet, resumable), and the Dask engine."""

import csv
import json

import pytest

from refnorm import parse, parse_many
from refnorm.batch import BatchOptions, process_many, process_record
from refnorm.cli import main
from refnorm.io.records import done_ids, read_records

REFS = [
    "Shi Y, Wang Y. COVID-19 infection: the perspectives on immune responses. Cell Death Differ. 2020;27(5):1451-4.",
    "Leng Z, Zhu R, Hou W, et al. Transplantation of ACE2- Mesenchymal Stem Cells Improves the Outcome of "
    "Patients with COVID-19 Pneumonia. Aging Dis. 2020;11(2):216-28.",
    "Smith, J., & Doe, A. (2019). A study of things. Journal of Stuff, 12(3), 45–67. https://doi.org/10.1000/xyz",
    "Müller, H. (2018): Ein Titel. In: Schmidt, K. (Hrsg.): Sammelband. Berlin: Springer, S. 12–19.",
    "References",
    "Dupont J. Une étude. Rev Med Interne. 9 mars 2020;41(3):178-85.",
]


def rows_for(n):
    return [{"id": f"r{i}", "text": REFS[i % len(REFS)]} for i in range(n)]


def test_parse_many_matches_parse_in_order():
    texts = REFS * 3
    expected = [parse(t) for t in texts]
    assert list(parse_many(texts)) == expected
    assert list(parse_many(iter(texts), processes=2, chunksize=2)) == expected


def test_parse_many_is_lazy():
    def endless():
        while True:
            yield REFS[0]

    it = parse_many(endless(), processes=1, chunksize=4)
    first = [next(it) for _ in range(5)]
    assert len(first) == 5 and all(first)


def test_process_record_errors_are_values():
    assert process_record({"id": "x", "text": None})["error"]
    row = process_record({"id": "y", "text": REFS[0]})
    assert row["id"] == "y" and row["is_reference"] and row["references"][0]["type"]
    assert "error" not in row


def test_process_many_two_processes_equals_one():
    recs = rows_for(40)
    one = list(process_many(recs, BatchOptions(), processes=1))
    two = list(process_many(recs, BatchOptions(), processes=2, chunksize=3))
    assert one == two
    assert [r["id"] for r in two] == [r["id"] for r in recs]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_batch_cli_jsonl_and_resume(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [*rows_for(12), {"id": "bad", "text": 42}])
    assert main(["batch", str(src), str(out), "-j", "1", "-q"]) == 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in lines] == [f"r{i}" for i in range(12)] + ["bad"]
    assert lines[-1]["error"] and lines[0]["references"]
    # interrupt: keep 5 rows and half of the 6th, then resume
    kept = out.read_text().splitlines(keepends=True)
    out.write_text("".join(kept[:5]) + kept[5][:10])
    assert done_ids(out) == {f"r{i}" for i in range(5)}
    assert main(["batch", str(src), str(out), "-j", "1", "-q"]) == 0
    again = [json.loads(x) for x in out.read_text().splitlines()]
    assert again == lines


def test_batch_csv_in_parquet_out(tmp_path):
    pytest.importorskip("pyarrow")
    src, out = tmp_path / "in.csv", tmp_path / "out.parquet"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["key", "reference"])
        w.writeheader()
        for r in rows_for(7):
            w.writerow({"key": r["id"], "reference": r["text"]})
    assert [r["id"] for r in read_records(src)] == [f"r{i}" for i in range(7)]
    assert main(["batch", str(src), str(out), "-j", "1", "-q"]) == 0
    assert done_ids(out) == {f"r{i}" for i in range(7)}
    # Parquet in, JSONL out
    out2 = tmp_path / "again.jsonl"
    assert main(["batch", str(out / "part-00000.parquet"), str(out2), "--text-field", "result", "-q", "-j", "1"]) == 0
    assert len(out2.read_text().splitlines()) == 7


def test_bad_jsonl_names_line(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "x"}\n{oops\n')
    assert main(["batch", str(src), str(tmp_path / "o.jsonl"), "-q", "-j", "1"]) == 2
    assert "in.jsonl:2" in capsys.readouterr().err


@pytest.mark.slow
def test_dask_local_cluster_equals_single_process(tmp_path):
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    from refnorm.dask import parse_bag, stream_results

    recs = rows_for(30)
    single = list(process_many(recs, BatchOptions(), processes=1))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = list(stream_results(parse_bag(db.from_sequence(recs, npartitions=4))))
    assert got == single


@pytest.mark.slow
def test_batch_cli_dask_engine(tmp_path):
    pytest.importorskip("distributed")
    src, out, ref = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "ref.jsonl"
    write_jsonl(src, rows_for(16))
    assert main(["batch", str(src), str(ref), "-j", "1", "-q"]) == 0
    assert main(["batch", str(src), str(out), "--engine", "dask", "-j", "2", "-q"]) == 0
    assert out.read_text() == ref.read_text()


def test_batch_matches_against_a_local_index_offline(tmp_path):
    from refnorm.enrichment.index import LocalIndex

    work = {"DOI": "10.1038/s41418-020-0530-3", "type": "journal-article",
            "title": ["COVID-19 infection: the perspectives on immune responses"],
            "author": [{"family": "Shi", "given": "Yufang"}, {"family": "Wang", "given": "Ying"}],
            "container-title": ["Cell Death & Differentiation"], "short-container-title": ["Cell Death Differ"],
            "volume": "27", "issue": "5", "page": "1451-1454",
            "issued": {"date-parts": [[2020, 3, 23]]}, "published-print": {"date-parts": [[2020, 5]]}}
    path = tmp_path / "index.sqlite"
    idx = LocalIndex(path)
    idx.add([work])
    idx.close()
    rows = list(process_many(rows_for(3), BatchOptions(index=str(path)), processes=1))
    assert rows[0]["references"][0].get("DOI", "").lower() == "10.1038/s41418-020-0530-3"
    assert not rows[1]["references"][0].get("DOI")  # another work: no DOI attached
