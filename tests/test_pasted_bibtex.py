"""A BibTeX entry pasted into a reference list is read by the BibTeX reader, not the labeler, and `fix` renders it
like the list's other references."""

from __future__ import annotations

import refnorm
from refnorm.fix import fix_text

ENTRY = """@article{okafor2021,
  author = {Okafor, Chidi N. and Lindqvist, Eva},
  title = {Night shifts and {HbA1c} in hospital nurses},
  journal = {Occupational and Environmental Medicine},
  volume = {78},
  number = {9},
  pages = {645--652},
  year = {2021},
  doi = {10.1136/oemed-2020-107214}
}"""


def test_parse_reads_a_pasted_bibtex_entry_by_its_fields() -> None:
    (ref,) = refnorm.parse(ENTRY)
    assert ref.to_csl() == {
        "type": "article-journal", "author": [{"family": "Okafor", "given": "Chidi N."},
                                               {"family": "Lindqvist", "given": "Eva"}],
        "title": "Night shifts and HbA1c in hospital nurses", "container-title": "Occupational and Environmental Medicine",
        "volume": "78", "issue": "9", "page": "645-652", "issued": {"date-parts": [[2021]]},
        "DOI": "10.1136/oemed-2020-107214"}
    assert ref.raw == ENTRY and ref.provenance["title"] == "bibtex"


def test_text_around_an_entry_goes_to_the_labeler() -> None:
    refs = refnorm.parse("@misc{x, title = {A}} was cited by Smith J. Tides. Nature. 2020;1:2-3.")
    assert all(r.provenance.get("title") != "bibtex" for r in refs)


def test_fix_renders_a_pasted_entry_and_leaves_it_fixed() -> None:
    text = ("1. Berg S, Alm K. Sleep after night shifts. Scand J Work Environ Health. 2020;46(3):301-9.\n\n"
            + ENTRY + "\n\n3. Lund E. Shared reading. Age Ageing. 2019;48(2):200-5.\n")
    first = fix_text(text, style="vancouver", offline=True, cache=False)
    assert first.counts()["fixed"] == 3
    assert "Okafor CN, Lindqvist E. Night shifts and HbA1c in hospital nurses." in first.text
    assert "@article" not in first.text
    assert fix_text(first.text, style="vancouver", offline=True, cache=False).text == first.text


def test_fix_does_not_load_the_bibtex_reader_until_an_entry_needs_it() -> None:
    # (bibtexparser costs ~18 ms of import on every start of the CLI and the pre-commit hook)
    import subprocess
    import sys

    code = "import sys, refnorm.fix; sys.exit('bibtexparser' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
