"""Checks on the generated training files in training/ (spans, labels, leaks, languages).

These read only files committed in the repository, never the shared data folder beside the checkout.
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
TRAINING = ROOT / "training"
FILES = ["train.jsonl", "dev.jsonl", "test-anystyle.jsonl", "test-grobid.jsonl"]
SOURCES = {"anystyle", "grobid", "synthetic"}
EDGE_JUNK = set(" \t\n\u00a0,;:")

sys.path.insert(0, str(ROOT / "scripts"))
import build_corpora  # noqa: E402


@cache
def labels() -> frozenset[str]:
    return frozenset(json.loads((TRAINING / "labels.json").read_text(encoding="utf-8")))


@cache
def rows(name: str) -> tuple[dict, ...]:
    path = TRAINING / name
    with path.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh)


def key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def test_label_set_is_the_agreed_one():
    assert labels() == {
        "citation-number", "author", "editor", "translator", "etal", "title", "container-title",
        "collection-title", "event-title", "publisher", "publisher-place", "issued", "accessed",
        "original-date", "volume", "issue", "page", "number", "edition", "genre", "medium", "DOI", "URL",
        "ISBN", "ISSN", "PMID", "PMCID", "arXiv", "note", "available"}


@pytest.mark.parametrize("name", FILES)
def test_rows_have_the_agreed_shape(name):
    data = rows(name)
    assert data, name
    ids = set()
    for row in data:
        assert {"id", "source", "lang", "style", "text", "spans", "refs"} <= row.keys()
        assert row["source"] in SOURCES
        assert row["lang"] is None or re.fullmatch(r"[a-z]{2}", row["lang"])
        assert isinstance(row["text"], str) and row["text"].strip()
        ids.add(row["id"])
    assert len(ids) == len(data), "ids must be unique"


@pytest.mark.parametrize("name", FILES)
def test_spans_are_inside_sorted_disjoint_trimmed_and_labelled(name):
    known = labels()
    for row in rows(name):
        text, previous_end = row["text"], 0
        for label, start, end in row["spans"]:
            assert label in known, (row["id"], label)
            assert previous_end <= start < end <= len(text), (row["id"], label, start, end)
            value = text[start:end]
            assert value[0] not in EDGE_JUNK and value[-1] not in EDGE_JUNK, (row["id"], label, value)
            previous_end = end
        for start, end in row["refs"]:
            assert 0 <= start < end <= len(text)
        if row["refs"]:
            # every span lies inside one reference extent
            for _, start, end in row["spans"]:
                assert any(s <= start and end <= e for s, e in row["refs"]), row["id"]
        else:
            assert row["spans"] == [], "a non-reference line has no spans"


def test_no_test_set_text_in_training_files():
    test_keys = {key(r["text"]) for name in FILES[2:] for r in rows(name)}
    for name in FILES[:2]:
        leaked = [r["id"] for r in rows(name) if key(r["text"]) in test_keys]
        assert not leaked, (name, leaked[:5])


def test_train_and_dev_do_not_share_ids_and_dev_is_a_hash_slice():
    train_ids = {r["id"] for r in rows("train.jsonl")}
    dev = rows("dev.jsonl")
    assert not train_ids & {r["id"] for r in dev}
    assert all(build_corpora.is_dev(r) for r in dev)
    sample = rows("train.jsonl")[::50]
    assert not any(build_corpora.is_dev(r) for r in sample)


def test_training_mix_holds_every_source():
    sources = Counter(r["source"] for r in rows("train.jsonl"))
    assert sources["anystyle"] > 1500 and sources["grobid"] > 5000
    assert {r["source"] for r in rows("test-anystyle.jsonl")} == {"anystyle"}
    assert {r["source"] for r in rows("test-grobid.jsonl")} == {"grobid"}


# ---------------------------------------------------------------- harmonising rules, on hand-made examples

def spans_of(label: str, text: str) -> list[tuple[str, str]]:
    return [(lab, text[s:e]) for lab, s, e in build_corpora.refine(label, text, 0, len(text))]


@pytest.mark.parametrize(("label", "text", "expected"), [
    ("issued", "(2020).", [("issued", "2020")]),
    ("author", "Smith, J.,", [("author", "Smith, J.")]),
    ("author", "Smith J, Jones K, et al.", [("author", "Smith J, Jones K"), ("etal", "et al.")]),
    ("container-title", "Phys. Rev.", [("container-title", "Phys. Rev.")]),
    ("container-title", "Nature.", [("container-title", "Nature")]),
    ("container-title", "In: Proceedings of X,", [("container-title", "Proceedings of X")]),
    ("title", "“A study of things.”", [("title", "A study of things")]),
    ("volume", "11(2),", [("volume", "11"), ("issue", "2")]),
    ("volume", "vol. 11, no. 2,", [("volume", "11"), ("issue", "2")]),
    ("volume", "42 (3)", [("volume", "42"), ("issue", "3")]),
    ("volume", "37(1):109-117 .", [("volume", "37"), ("issue", "1"), ("page", "109-117")]),
    ("page", "pp. 631–651.", [("page", "631–651")]),
    ("page", "pages 105-118,", [("page", "105-118")]),  # once "ages 105-118": "p" matched first
    ("page", "sec. 4", [("page", "sec. 4")]),
    ("page", "S. 12-19.", [("page", "12-19")]),
    ("volume", "1992;27:", [("issued", "1992"), ("volume", "27")]),  # Vancouver year;volume in one segment
    ("volume", "2009;108(2)", [("issued", "2009"), ("volume", "108"), ("issue", "2")]),
    ("editor", "In J. Bybee & P. Hopper (Eds.),", [("editor", "J. Bybee & P. Hopper")]),
    ("edition", "(2nd ed.).", [("edition", "2nd ed.")]),
    ("DOI", "doi:10.1021/jm900492g", [("DOI", "10.1021/jm900492g")]),
    ("URL", "Available from: http://x.org/a/", [("available", "Available from"), ("URL", "http://x.org/a/")]),
    ("note", "(accessed 20 March 2012).", [("available", "accessed"), ("accessed", "20 March 2012")]),
    ("citation-number", "[25]", [("citation-number", "25")]),
])
def test_refine_examples(label, text, expected):
    assert spans_of(label, text) == expected


# ---------------------------------------------------------------- synthetic rows (inside train.jsonl / dev.jsonl)

LANGUAGES = {"en", "fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sv", "tr", "ru", "zh", "ja"}


@cache
def synthetic() -> tuple[dict, ...]:
    return tuple(r for name in FILES[:2] for r in rows(name) if r["source"] == "synthetic")


def test_synthetic_rows_cover_every_language_with_a_fair_share():
    counts = Counter(r["lang"] for r in synthetic() if r["refs"])
    assert set(counts) >= LANGUAGES, LANGUAGES - set(counts)
    total = sum(counts.values())
    assert total >= 15000
    for lang in LANGUAGES:
        assert counts[lang] >= total * 0.03, (lang, counts[lang])


def test_synthetic_rows_hold_glued_lines_and_non_references():
    data = synthetic()
    non_refs = [r for r in data if not r["refs"]]
    glued = [r for r in data if len(r["refs"]) >= 2]
    assert 0.03 <= len(non_refs) / len(data) <= 0.05
    assert len(glued) >= 0.02 * len(data)
    for row in glued[:200]:
        (_s1, e1), (s2, _e2) = row["refs"][:2]
        assert e1 <= s2, row["id"]
        assert any(lab == "title" or lab == "container-title" for lab, s, e in row["spans"] if s >= s2)


def test_synthetic_rows_carry_the_damage_they_claim():
    data = synthetic()
    seen = Counter(d for r in data for d in r["damage"])
    for name in ("number", "nbsp", "linebreak", "lost-space", "ligatures", "caps-names", "epub", "internet",
                 "available", "glued", "hyphenation", "missing-punctuation", "web-junk", "bullet", "compressed-pages"):
        assert seen[name] > 20, (name, seen[name])
    for row in data:
        if "linebreak" in row["damage"]:
            assert "\n" in row["text"], row["id"]
        if "nbsp" in row["damage"]:
            assert "\u00a0" in row["text"] or "\u202f" in row["text"], row["id"]
        if "ligatures" in row["damage"]:
            assert re.search("[\ufb00-\ufb04]", row["text"]), row["id"]
        if "number" in row["damage"] and len(row["refs"]) == 1:
            assert row["spans"][0][0] == "citation-number", row["id"]


def test_synthetic_labels_look_like_their_fields():
    checks = {
        # a year or day, else a month name or a "no date" term ("n.d.", "s. d.", "sans date")
        "issued": re.compile(r"\d|^(?:[^\W\d_]|[.\s])+$"),
        "DOI": re.compile(r"10\.\d{4,}/"),
        "URL": re.compile(r"^(?:https?://|www\.)"),
        "citation-number": re.compile(r"^\d+$"),
        "ISBN": re.compile(r"^[\d\-X ]{10,17}$"),
    }
    bad = Counter()
    total = Counter()
    for row in synthetic():
        for label, s, e in row["spans"]:
            if label in checks:
                total[label] += 1
                if not checks[label].search(row["text"][s:e]):
                    bad[label] += 1
    for label, n in total.items():
        assert bad[label] <= 0.01 * n, (label, bad[label], n)


def test_styles_and_template_conventions_are_varied():
    styles = Counter(r["style"] for r in synthetic() if r["refs"])
    assert len(styles) >= 25
    assert {"gbt", "gost", "abnt", "de-soc"} <= set(styles)


def test_synthetic_rows_name_the_type_of_each_reference():
    known = {"article-journal", "book", "chapter", "thesis", "report", "webpage", "paper-conference", "article",
             "dataset"}
    types = Counter()
    for row in synthetic():
        assert len(row["types"]) == len(row["refs"]), row["id"]
        types.update(row["types"])
    assert known <= set(types)
