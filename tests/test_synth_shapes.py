"""The shape step of scripts/synth.py: rows of the shapes in training/labeler-requests.md.

Generates a few hundred rows in memory from training/records/ (no shared data, no rendering through citeproc).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import synth  # noqa: E402

SEED = 7


@cache
def shape_rows(total: int = 700, seed: int = SEED) -> tuple[dict, ...]:
    return tuple(synth.generate_shapes(total, seed))


def by_shape(name: str) -> list[dict]:
    rows = [r for r in shape_rows() if r["shape"] == name]
    assert len(rows) >= 10, name
    return rows


def values(row: dict, label: str) -> list[str]:
    return [row["text"][s:e] for lab, s, e in row["spans"] if lab == label]


def labels_in_order(row: dict) -> list[str]:
    return [lab for lab, _, _ in row["spans"]]


def test_every_shape_makes_rows_and_the_rows_are_well_formed():
    known = set(json.loads((ROOT / "training" / "labels.json").read_text(encoding="utf-8")))
    rows = shape_rows()
    assert {r["shape"] for r in rows} == set(synth.SHAPES)
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["id"].startswith(f"synthetic/shape/{row['shape']}/")
        assert row["source"] == "synthetic" and row["lang"] in synth.LANGS
        assert len(row["types"]) == 1 and len(row["refs"]) == 1 and row["refs"][0][1] == len(row["text"])
        previous = 0
        for label, start, end in row["spans"]:
            assert label in known, (row["id"], label)
            assert previous <= start < end <= len(row["text"]), row["id"]
            value = row["text"][start:end]
            assert value == value.strip(" \t\n\u00a0,;:"), (row["id"], label, value)
            previous = end


def test_generation_is_deterministic_and_seeded():
    again = synth.generate_shapes(700, SEED)
    assert [json.dumps(r, ensure_ascii=False) for r in again] == \
        [json.dumps(r, ensure_ascii=False) for r in shape_rows()]
    other = synth.generate_shapes(700, SEED + 1)
    assert sum(a["text"] != b["text"] for a, b in zip(other, again, strict=True)) > 0.9 * len(again)


def test_lines_of_one_shape_vary():
    for name in synth.SHAPES:
        rows = by_shape(name)
        texts = {re.sub(r"\d+", "0", r["text"]) for r in rows}
        assert len(texts) >= 0.8 * len(rows), name


def test_numeric_access_dates_follow_a_cue_and_are_accessed():
    rows = by_shape("access_numeric")
    langs = Counter(r["lang"] for r in rows)
    assert len(langs) >= 10
    for row in rows:
        order = labels_in_order(row)
        assert order.index("available") < len(order) - 1, row["text"]
        assert order[order.index("accessed") - 1] == "available", row["text"]
        assert re.search(r"\d{4}", values(row, "accessed")[-1]), row["text"]
    numeric = [r for r in rows if re.fullmatch(r"[\d.\-/ ]+", values(r, "accessed")[-1])]
    assert len(numeric) >= 0.4 * len(rows)


def test_gbt_online_dates_are_issued_then_accessed():
    for row in by_shape("gbt_online"):
        accessed = values(row, "accessed")
        assert len(accessed) == 1 and re.fullmatch(r"\d{4}-\d\d-\d\d", accessed[0]), row["text"]
        assert f"[{accessed[0]}" in row["text"]


def test_places_of_imprints_are_publisher_place():
    for row in by_shape("ort_jahr"):
        place = values(row, "publisher-place")
        assert place and "publisher" not in labels_in_order(row), row["text"]
        assert not values(row, "title")[0].endswith(place[0]), row["text"]
    places = Counter(values(r, "publisher-place")[0] for r in by_shape("ort_jahr"))
    assert any(" a. " in p or " i. " in p for p in places)
    for row in by_shape("comma_book"):
        order = labels_in_order(row)
        # "…, Publisher, Kraków 2012": the place, then the year right after it
        assert order[order.index("publisher-place") + 1] == "issued", row["text"]
        start = next(e for lab, s, e in row["spans"] if lab == "publisher-place")
        assert row["text"][start] in " \u00a0\u202f\n", row["text"]


def test_edited_books_at_the_head_label_editors():
    rows = by_shape("edited_head")
    assert len({r["lang"] for r in rows}) >= 8
    for row in rows:
        assert labels_in_order(row)[0] in {"editor", "citation-number"}, row["text"]
        assert "author" not in labels_in_order(row) and "container-title" not in labels_in_order(row)


def test_chapters_keep_editor_and_book_apart():
    for name in ("red_chapter", "in_red", "gbt_proceedings"):
        for row in by_shape(name):
            order = labels_in_order(row)
            assert "editor" in order and "container-title" in order, row["text"]
            editor, book = values(row, "editor")[0], values(row, "container-title")[0]
            assert book not in editor and editor not in book


def test_report_series_number_and_date_are_three_fields():
    for row in by_shape("report_series"):
        order = labels_in_order(row)
        i = order.index("collection-title")
        assert order[i + 1:i + 3] == ["number", "issued"], row["text"]
        assert values(row, "number")[0].isdigit()


def test_editions_in_brackets_keep_their_word():
    rows = by_shape("edition_paren")
    assert len({r["lang"] for r in rows}) >= 8
    for row in rows:
        edition = values(row, "edition")[0]
        assert re.search(r"\d", edition) and re.search(r"[^\W\d_]", edition), edition
        assert f"({edition}" in row["text"]  # "(4 uppl.)": the full stop of an unknown abbreviation is trimmed


def test_article_numbers_leave_their_cue_outside():
    cues = [c.strip() for c in synth.yaml.safe_load(
        (ROOT / "training" / "records" / "shapes.yaml").read_text(encoding="utf-8"))["article_cues"]]
    for row in by_shape("article_number"):
        page = values(row, "page")[0]
        assert not any(page.startswith(c) for c in cues), page
        assert re.fullmatch(r"[A-Za-z]{0,2}\d+[A-Z]?", page), page


def test_japanese_titles_with_middle_dots_are_one_title():
    for row in by_shape("ja_brackets"):
        title = values(row, "title")
        assert len(title) == 1 and "・" in title[0], row["text"]
        assert f"『{title[0]}』" in row["text"]
    for row in by_shape("fullwidth_pages"):
        assert re.fullmatch(r"[０-９]+－[０-９]+", values(row, "page")[0]), row["text"]


def test_no_line_of_the_held_out_files_is_made():
    keys = set()
    for path in (ROOT / "bench" / "data").glob("multilingual-dev*.jsonl"):
        for line in path.open(encoding="utf-8"):
            keys.add(re.sub(r"\W+", "", json.loads(line)["text"].casefold()))
    if not keys:
        pytest.skip("bench/data/multilingual-dev*.jsonl absent")
    made = [r["id"] for r in shape_rows() if re.sub(r"\W+", "", r["text"].casefold()) in keys]
    assert not made


def test_shapes_only_keeps_the_older_rows_byte_identical(tmp_path):
    out = tmp_path / "synthetic.jsonl"
    common = {"source": "synthetic", "lang": "en", "style": "apa", "locale": None, "spans": [], "refs": [],
              "types": [], "damage": []}
    old = [{"id": "synthetic/en/000001", **common, "text": "A. Smith. Title. 2020."},
           {"id": "synthetic/shape/old/0000", **common, "text": "gone"},
           {"id": "synthetic/zz/000002", **common, "text": "Zürich “x”", "spans": [["title", 0, 6]]}]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in old), encoding="utf-8")
    before = out.read_text(encoding="utf-8").splitlines()
    assert synth.main(["--shapes-only", "--out", str(out), "--no-assemble", "--shape-rows", "42"]) == 0
    after = out.read_text(encoding="utf-8").splitlines()
    assert after[:2] == [before[0], before[2]]
    assert all(json.loads(line)["id"].startswith("synthetic/shape/") for line in after[2:])
    assert 30 <= len(after) - 2 <= 50


def test_importing_the_synthesizer_leaves_citeproc_alone():
    # the sentinel patch is process-wide: made on import, it printed U+E1xx codes into every later
    # rendering of the test run (test_fix, test_render_*)
    from citeproc import model

    synth.generate_shapes(50, SEED)
    assert not synth._patched
    assert model.Text.markup.__module__.startswith("citeproc")
