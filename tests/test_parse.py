"""refnorm.parse end to end: records, spans, non-references, glued lines, never raising."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refnorm
from refnorm import Entry, Reference, Span
from refnorm.parsing.api import parse_tokens

VANCOUVER_FR = (
    "Zikuan Leng RZ Wei Hou, Yingmei Feng, Transplantation of ACE2- Mesenchymal Stem Cells Improves the "
    "Outcome of Patients with COVID-19 Pneumonia. Aging Dis. 9 mars 2020;11(2):216\u201128."
)


def test_french_vancouver_line() -> None:
    (ref,) = refnorm.parse(VANCOUVER_FR, lang="fr")
    assert ref.type == "article-journal"
    assert ref["container-title"] == "Aging Dis"
    assert ref["issued"] == {"date-parts": [[2020, 3, 9]]}
    assert ref["volume"] == "11"
    assert ref["issue"] == "2"
    assert ref["page"] == "216-228"
    assert ref["title"].startswith("Transplantation of ACE2")
    assert ref["author"][-1]["family"] == "Feng"


def test_record_annotations() -> None:
    text = "  Smith J, Doe K. A study of things. Nature. 2019;5(3):1-10.  "
    (ref,) = refnorm.parse(text)
    assert isinstance(ref, Reference)
    assert ref.span is not None and ref.raw == text[ref.span.start:ref.span.end]
    assert ref.raw.startswith("Smith") and ref.raw.endswith("1-10.")
    assert set(ref.provenance) == set(ref.to_csl())
    assert set(ref.provenance.values()) == {"parse"}
    assert ref.confidence is not None and 0.0 <= ref.confidence <= 1.0
    assert "parse.failed" not in {d.code for d in ref.diagnostics}


def test_entry_spans_point_into_the_document() -> None:
    doc = "References\n\n12. Smith J, Doe K. A study of things.\n    Nature. 2019;5(3):1-10.\n"
    start = doc.index("12.")
    raw = doc[start:].rstrip("\n")
    text = "Smith J, Doe K. A study of things. Nature. 2019;5(3):1-10."
    entry = Entry(text=text, span=Span(start, start + len(raw)), raw=raw, label="12.")
    (ref,) = refnorm.parse(entry)
    assert ref.span is not None
    assert doc[ref.span.start:ref.span.end].startswith("Smith J")
    assert doc[ref.span.start:ref.span.end].endswith("1-10.")
    assert ref["container-title"] == "Nature"


def test_et_al_is_a_diagnostic_not_an_author() -> None:
    (ref,) = refnorm.parse("Leng Z, Zhu R, Hou W, et al. Stem cells and COVID-19. Aging Dis. 2020;11(2):216-28.")
    families = [a.get("family") for a in ref["author"]]
    assert families == ["Leng", "Zhu", "Hou"]
    assert "names.truncated" in {d.code for d in ref.diagnostics}


def test_non_references_give_no_record() -> None:
    for line in ["Ibid.", "Ibid., p. 23.", "Related posts", "References", "Literaturverzeichnis", "", "   ",
                 "---", "12."]:
        assert refnorm.parse(line) == [], line


GLUED = [
    pytest.param("Smith J, Doe K. A study of things. Nature. 2019;5(3):1-10. "
                 "Brown A, White B. Another paper on stuff. Science. 2018;360:44-50.", ["Nature", "Science"],
                 marks=pytest.mark.xfail(reason="the shipped model reads the second author list as editors and "
                                                "its title as a note, so no begin marker: a known miss")),
    ("Leng Z, Zhu R, Hou W. Stem cells in COVID-19. Aging Dis. 2020;11(2):216-28. Guan WJ, Ni ZY. Clinical "
     "characteristics of coronavirus disease. N Engl J Med. 2020;382:1708-20.", ["Aging Dis", "N Engl J Med"]),
    ("[1] Müller, H. (2019): Die Stadt. Berlin: Suhrkamp. [2] Weber, M. (1922): Wirtschaft und Gesellschaft. "
     "Tübingen: Mohr.", [None, None]),
]


@pytest.mark.parametrize(("text", "containers"), GLUED)
def test_glued_references_are_split(text: str, containers: list) -> None:
    refs = refnorm.parse(text)
    assert len(refs) == len(containers)
    assert [r.get("container-title") for r in refs] == containers
    assert refs[0].span.end <= refs[1].span.start
    assert text[refs[1].span.start:].startswith(refs[1].raw)


def test_book_with_german_terms() -> None:
    (ref,) = refnorm.parse("Müller, Hans (2019): Die Stadt im Wandel. 2. Aufl. Berlin: Suhrkamp.", lang="de")
    assert ref.type == "book"
    assert ref["publisher"] == "Suhrkamp"
    assert ref["publisher-place"] == "Berlin"
    assert ref["issued"] == {"date-parts": [[2019]]}


def test_parse_tokens_debug_view() -> None:
    pairs = parse_tokens("Smith J. Title. Nature. 2019;5:1-10.")
    assert pairs[0][0] == "Smith" and pairs[0][1].lstrip("^") == "author"
    assert ("2019", "issued") in pairs


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_parse_never_raises(text: str) -> None:
    refs = refnorm.parse(text)
    assert isinstance(refs, list)
    for r in refs:
        assert r.type
        assert r.span is not None and r.raw == text[r.span.start:r.span.end]


def test_epub_date_is_kept_apart_from_the_issue_date() -> None:
    for text in ("Smith J. A title. Aging Dis. Epub 2019 Jan 5. 2020;11(2):216-28.",
                 "Smith J. A title. Aging Dis. 2020;11(2):216-28. Epub 2019 Dec 5."):
        (ref,) = refnorm.parse(text)
        assert ref["issued"] == {"date-parts": [[2020]]}, text
        assert ref["available-date"]["date-parts"][0][0] == 2019, text
        assert "parse.failed" not in {d.code for d in ref.diagnostics}


def test_editors_of_a_whole_volume() -> None:
    for text in ("Meier, K. / Schulz, P. (Hrsg.) 2004: Stadtentwicklung in Europa. Wiesbaden: VS Verlag.",
                 "Brown, Anne, and Carl White, eds. Cities of Tomorrow. Boston: Beacon Press, 2011."):
        (ref,) = refnorm.parse(text)
        assert "author" not in ref, text
        assert len(ref["editor"]) == 2, text
        assert ref["title"] in ("Stadtentwicklung in Europa", "Cities of Tomorrow"), ref.to_csl()


def test_cross_reference_notes_are_not_references() -> None:
    for line in ("Vgl. hierzu die Ausführungen im vorherigen Kapitel.", "Voir aussi la note 12 ci-dessus.",
                 "See the discussion in chapter 3.", "Ebd., S. 45."):
        assert refnorm.parse(line) == [], line
    # a cited work after "Vgl." is still a reference
    assert len(refnorm.parse("Vgl. Weber, M. (1922): Wirtschaft und Gesellschaft. Tübingen: Mohr.")) == 1
