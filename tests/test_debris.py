"""Web furniture pasted around a reference (parsing.debris): labels before it, links after it, HAL's identifiers.

Every string here is written for this test; each form has look-alikes that must not change."""

from __future__ import annotations

from refnorm import parse
from refnorm.parsing.identifiers import find_identifiers, normalize_doi


def _one(text: str, lang: str | None = None):
    refs = parse(text, lang)
    assert len(refs) == 1, refs
    ref = refs[0]
    assert ref.span is not None and ref.raw == text[ref.span.start:ref.span.end]
    return ref


# -------------------------------------------------------------------------------------- HAL's identifiers
def test_hal_doi_and_deposit_in_angle_brackets() -> None:
    text = ("Léa Moreau, Hugo Blanc. Les estuaires picards. Norois, 2018, 248, pp.9-24. "
            "⟨10.4000/norois.7001⟩. ⟨halshs-01999999⟩")
    ref = _one(text, "fr")
    assert ref["DOI"] == "10.4000/norois.7001"
    assert ref["archive"] == "HAL" and ref["archive_location"] == "halshs-01999999"
    assert ref["title"] == "Les estuaires picards"
    assert "⟨" not in ref.raw


def test_find_identifiers_reads_hal_angle_brackets() -> None:
    text = "pp.9-24. ⟨10.4000/norois.7001⟩. ⟨tel-03000000v2⟩ https://theses.hal.science/tel-03000000"
    found = [(i.kind, i.value) for i in find_identifiers(text)]
    assert found == [("DOI", "10.4000/norois.7001"), ("HAL", "tel-03000000v2"),
                     ("URL", "https://theses.hal.science/tel-03000000")]
    assert normalize_doi("⟨10.4000/norois.7001⟩") == "10.4000/norois.7001"


def test_sici_doi_keeps_its_angle_brackets() -> None:
    doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"
    assert [i.value for i in find_identifiers("doi: " + doi)] == [doi]
    assert find_identifiers("a deposit hal-01999999 named without brackets") == []
