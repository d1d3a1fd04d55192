import pytest
from hypothesis import given
from hypothesis import strategies as st

from refnorm import Diagnostic, Reference, Severity, Span

ITEM = {
    "id": "leng2020",
    "type": "article-journal",
    "title": "Transplantation of ACE2- Mesenchymal Stem Cells Improves the Outcome of Patients with COVID-19 Pneumonia",
    "author": [{"family": "Leng", "given": "Zikuan"}, {"literal": "WHO"}],
    "container-title": "Aging and Disease",
    "container-title-short": "Aging Dis",
    "issued": {"date-parts": [[2020, 3, 9]]},
    "volume": "11",
    "issue": "2",
    "page": "216-228",
    "DOI": "10.14336/AD.2020.0228",
    "custom": {"anything": [1, 2, {"x": None}]},
}


def test_round_trip_is_lossless_and_standard():
    r = Reference.from_csl(ITEM, source="input")
    out = r.to_csl()
    assert out == ITEM
    assert out is not ITEM
    assert Reference.from_csl(out) == r
    assert r.provenance["title"] == "input"
    assert "id" not in r.provenance


def test_record_is_frozen_and_to_csl_is_a_copy():
    r = Reference.from_csl(ITEM)
    with pytest.raises(AttributeError):
        r.raw = "x"  # type: ignore[misc]
    out = r.to_csl()
    out["author"][0]["family"] = "Changed"
    assert r.to_csl()["author"][0]["family"] == "Leng"


def test_evolve_records_provenance_and_diagnostics():
    r = Reference.from_csl(ITEM, source="parse")
    d = Diagnostic("doi.added", "DOI found by Crossref search", Severity.INFO, field="DOI")
    r2 = r.evolve({"page": "216-228", "volume": "12", "note": ""}, source="crossref", diagnostics=[d])
    assert r2["volume"] == "12" and r2.provenance["volume"] == "crossref"
    assert r2.provenance["page"] == "parse"  # unchanged value keeps its provenance
    assert r2.diagnostics == (d,)
    assert r["volume"] == "11"
    r3 = r2.evolve(drop=["DOI"])
    assert "DOI" not in r3 and "DOI" not in r3.provenance


def test_annotations_do_not_take_part_in_equality_but_survive_to_dict():
    r = Reference.from_csl(ITEM, raw="raw text", span=Span(3, 11)).with_diagnostics(
        Diagnostic("date.ambiguous", "03/04 could be March or April", field="issued", data={"a": 1}))
    assert r == Reference.from_csl(ITEM)
    back = Reference.from_dict(r.to_dict())
    assert back.raw == "raw text" and back.span == Span(3, 11)
    assert back.diagnostics == r.diagnostics


def test_span():
    s = Span(2, 5)
    assert s.slice("abcdefg") == "cde" and len(s) == 3 and s.shift(10) == Span(12, 15)
    with pytest.raises(ValueError):
        Span(5, 2)


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))
json_values = st.recursive(json_scalars, lambda c: st.lists(c, max_size=3) | st.dictionaries(
    st.text(max_size=8), c, max_size=3), max_leaves=10)
csl_items = st.dictionaries(st.sampled_from(
    ["id", "type", "title", "author", "issued", "page", "volume", "DOI", "note", "custom"]), json_values)


@given(csl_items)
def test_from_csl_to_csl_property(item):
    r = Reference.from_csl(item)
    assert Reference.from_csl(r.to_csl()) == r
    assert r.to_csl() == item
