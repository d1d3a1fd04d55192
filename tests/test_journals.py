"""Journal abbreviations (refnorm.rendering.journals) and the generated tables behind them."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from refnorm.model import Reference
from refnorm.rendering.journals import (
    abbreviate,
    fill_container_title_short,
    full_title,
    normalize_abbreviation,
    normalize_title,
)


@pytest.mark.parametrize(("title", "nlm"), [
    # in NLM's lists
    ("The New England Journal of Medicine", "N Engl J Med"),
    ("New England journal of medicine", "N Engl J Med"),
    ("Journal of the American Chemical Society", "J Am Chem Soc"),
    ("Nature Medicine", "Nat Med"),
    ("Physical Review Letters", "Phys Rev Lett"),
    ("The Lancet Oncology", "Lancet Oncol"),
    ("Nature", "Nature"),
    ("BMJ", "BMJ"),
    ("Proceedings of the National Academy of Sciences of the United States of America", "Proc Natl Acad Sci U S A"),
    # in no list: abbreviated word by word, the way NLM does
    ("Aging and Disease", "Aging Dis"),
    ("The Lancet Respiratory Medicine", "Lancet Respir Med"),
])
def test_abbreviate_nlm_form(title: str, nlm: str) -> None:
    assert abbreviate(title) == nlm


@pytest.mark.parametrize(("title", "iso"), [
    ("The New England Journal of Medicine", "N. Engl. J. Med."),
    ("Nature Medicine", "Nat. Med."),
    ("The Lancet Respiratory Medicine", "Lancet Respir. Med."),
    ("Aging and Disease", "Aging Dis."),
    ("Nature", "Nature"),
    ("IEEE Transactions on Information Theory", "IEEE Trans. Inf. Theory"),
])
def test_abbreviate_with_periods(title: str, iso: str) -> None:
    assert abbreviate(title, periods=True) == iso


def test_abbreviate_edge_cases() -> None:
    assert abbreviate("") is None
    assert abbreviate("   ") is None
    assert abbreviate("Zeitschrift of Imaginary Quux Studies", derive=False) is None
    # a single-word title is never abbreviated, even when unknown
    assert abbreviate("Frobnicator") == "Frobnicator"
    # a subtitle and a place in parentheses are left out
    assert abbreviate("Journal of Imaginary Studies: A Quarterly Review") == abbreviate("Journal of Imaginary Studies")
    assert abbreviate("Medicine (Baltimore)") is not None
    assert abbreviate("<i>Nature</i> Medicine") == "Nat Med"  # CSL inline markup is not part of the name
    # nothing to shorten (unknown words, another script): no abbreviation rather than a mangled title
    assert abbreviate("Теоретические основы химической технологии") is None


@pytest.mark.parametrize(("abbrev", "title"), [
    ("N Engl J Med", "New England Journal of Medicine"),
    ("N. Engl. J. Med.", "New England Journal of Medicine"),
    ("J Am Chem Soc", "Journal of the American Chemical Society"),
    ("Phys. Rev. Lett.", "Physical Review Letters"),
])
def test_full_title(abbrev: str, title: str) -> None:
    assert full_title(abbrev) is not None
    assert normalize_title(full_title(abbrev)) == normalize_title(title)


def test_full_title_unknown() -> None:
    assert full_title("Xq Zzq Vvv") is None
    assert full_title("") is None


def test_normalisation() -> None:
    assert normalize_title("The Lancet  Oncology") == normalize_title("lancet oncology")
    assert normalize_title("Science & Justice") == normalize_title("Science and Justice")
    assert normalize_title("Science &amp; Justice") == normalize_title("Science and Justice")  # Crossref's HTML
    assert normalize_title("Revue d'Écologie") == normalize_title("revue d'ecologie")
    assert normalize_abbreviation("N. Engl. J. Med.") == normalize_abbreviation("N Engl J Med")


def test_fill_keeps_crossrefs_value() -> None:
    item = {"type": "article-journal", "container-title": "Aging and Disease", "container-title-short": "Aging Dis."}
    assert fill_container_title_short(item)["container-title-short"] == "Aging Dis."


def test_fill_adds_missing_short_title_with_provenance() -> None:
    ref = Reference.from_csl({"type": "article-journal", "container-title": "The Lancet Respiratory Medicine"})
    filled = fill_container_title_short(ref)
    assert isinstance(filled, Reference)
    assert filled["container-title-short"] == "Lancet Respir. Med."
    assert filled.provenance["container-title-short"] == "journals"
    assert "container-title-short" not in ref  # records are not mutated


def test_fill_only_for_journal_articles() -> None:
    chapter = {"type": "chapter", "container-title": "Handbook of Natural Language Processing"}
    assert "container-title-short" not in fill_container_title_short(chapter)
    untitled = {"type": "article-journal"}
    assert fill_container_title_short(untitled) == untitled


def test_generated_table_is_sorted_and_well_formed() -> None:
    raw = resources.files("refnorm.data").joinpath("journal_abbrevs.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    assert len(lines) > 30_000
    keys = [line.split("\t")[0] for line in lines[:2000]]
    assert keys == sorted(keys)
    assert all(line.count("\t") == 3 for line in lines)
    assert resources.files("refnorm.data").joinpath("journal_abbrevs.LICENSE.md").is_file()


def test_a_catalogue_qualifier_is_no_part_of_an_abbreviation() -> None:
    # MEDLINE's "Science (80- )" (volume 80 onwards) is a catalogue entry, not what a reference prints
    assert abbreviate("Science") == "Science"
