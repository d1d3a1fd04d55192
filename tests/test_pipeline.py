"""refnorm.pipeline: named steps over CSL records from any source; idempotent; never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import refnorm
from refnorm import Reference
from refnorm.errors import ConfigError
from refnorm.pipeline import STEPS, Context, default_steps, get_step, normalize


def test_default_steps_in_order() -> None:
    assert default_steps() == ["unicode", "names", "dates", "pages", "identifiers", "titles", "types"]
    assert STEPS["pages"].fields == frozenset({"page"})
    assert "DOI" in STEPS["identifiers"].fields
    assert refnorm.normalize is normalize


def test_bib_style_record() -> None:
    """What a .bib or hand-written CSL-JSON file gives us, normalised field by field."""
    [ref] = normalize({
        "id": "x1",
        "type": "journal-article",
        "page": "216\u201128",
        "DOI": "https://doi.org/10.1/X.",
        "author": [{"literal": "Smith, J."}, {"family": "SARAMAGO", "given": "José"}, {"family": "Leng", "given": "ZK"},
                   {"literal": "World Health Organization"}],
        "title": "“Signiﬁcant results.” [Internet]",
        "container-title": "J. Biol. Chem.",
        "ISBN": "ISBN 978 3 16 148410 0",
        "container-title-short": "IEEE Spectr.",
    })
    assert ref.to_csl() == {
        "id": "x1",
        "type": "article-journal",
        "page": "216-228",
        "DOI": "10.1/X",
        "author": [{"family": "Smith", "given": "J."}, {"family": "Saramago", "given": "José"},
                   {"family": "Leng", "given": "Z. K."}, {"literal": "World Health Organization"}],
        "title": "Significant results",
        "container-title": "J. Biol. Chem.",
        "ISBN": "978-3-16-148410-0",
        "container-title-short": "IEEE Spectr.",
    }
    assert ref.provenance["page"] == "normalize.pages"
    assert ref.provenance["DOI"] == "normalize.identifiers"
    assert ref.provenance["author"] == "normalize.names"
    assert ref.provenance["type"] == "normalize.types"
    assert "id" not in ref.provenance
    assert not ref.diagnostics


def test_string_names_roles_and_truncation() -> None:
    [ref] = normalize(Reference.from_csl({"author": "Müller, H. (Hrsg.)", "title": "Buch", "publisher": "Beck"}))
    assert ref["editor"] == [{"family": "Müller", "given": "H."}]
    assert "author" not in ref
    assert ref["type"] == "book"
    [ref] = normalize({"author": "Leng Z, Zhu R, Hou W, et al."})
    assert len(ref["author"]) == 3
    assert [d.code for d in ref.diagnostics] == ["names.truncated"]


def test_dates_from_text() -> None:
    pytest.importorskip("refnorm.normalizers.dates")
    [ref] = normalize({"issued": {"raw": "9 mars 2020"}, "accessed": "2021-01-05", "original-date": {"literal": "2020"},
                       "submitted": {"date-parts": [["2019", "12"]]}}, lang="fr")
    assert ref["issued"]["date-parts"] == [[2020, 3, 9]]
    assert ref["accessed"]["date-parts"] == [[2021, 1, 5]]
    assert ref["original-date"]["date-parts"] == [[2020]]
    assert ref["submitted"] == {"date-parts": [[2019, 12]]}
    assert ref.provenance["issued"] == "normalize.dates"


def test_access_date_in_a_note() -> None:
    pytest.importorskip("refnorm.normalizers.dates")
    [ref] = normalize({"note": "Zugriff am 3.3.2020", "URL": "http://x.de"}, lang="de")
    assert ref["accessed"] == {"date-parts": [[2020, 3, 3]]}
    assert "note" not in ref
    [ref] = normalize({"note": "Online edition. [cited 2021 Jan 5]. Open access."})
    assert ref["accessed"] == {"date-parts": [[2021, 1, 5]]}
    assert ref["note"] == "Online edition. Open access."


def test_unreadable_values_become_diagnostics() -> None:
    [ref] = normalize({"DOI": "not a doi", "ISBN": "978-3-16-148410-1", "issued": {"raw": "sometime"},
                       "author": 42, "page": ["odd"]})
    codes = {d.code for d in ref.diagnostics}
    assert {"doi.invalid", "isbn.invalid", "names.invalid"} <= codes
    assert ref["DOI"] == "not a doi"  # never dropped
    assert ref["page"] == ["odd"]


def test_literals_stay_unless_they_hold_people() -> None:
    [ref] = normalize({"author": [{"literal": "Urban & Vogel"}, {"literal": "Smith J, Doe K"}]})
    assert ref["author"] == [{"literal": "Urban & Vogel"}, {"family": "Smith", "given": "J."},
                             {"family": "Doe", "given": "K."}]


def test_doi_url_moves_to_doi() -> None:
    [ref] = normalize({"URL": "https://dx.doi.org/10.1038/nature12373", "title": "t"})
    assert ref["DOI"] == "10.1038/nature12373"
    assert "URL" not in ref
    [ref] = normalize({"URL": "www.who.int/report.", "title": "t"})
    assert ref["URL"] == "http://www.who.int/report"


def test_selected_steps_and_custom_callables() -> None:
    def shout(ref: Reference, ctx: Context) -> Reference:
        return ref.evolve({"title": ref["title"].upper()}, source="normalize.shout")

    [ref] = normalize({"title": "“quoted.”", "page": "1-4"}, steps=["titles", shout])
    assert ref.to_csl() == {"title": "QUOTED", "page": "1-4"}
    assert ref.provenance["title"] == "normalize.shout"
    with pytest.raises(ConfigError):
        get_step("nope")


def test_a_failing_step_is_a_diagnostic() -> None:
    def broken(ref: Reference, ctx: Context) -> Reference:
        raise RuntimeError("boom")

    [ref] = normalize({"title": "x"}, steps=[broken, "titles"])
    assert ref["title"] == "x"
    assert [d.code for d in ref.diagnostics] == ["normalize.error"]


def test_repeated_author_dash_takes_the_previous_names() -> None:
    first, second = normalize([{"author": "Saramago, José", "title": "Ensaio sobre a cegueira"},
                               {"author": "———.", "title": "Ensaio sobre a lucidez"}])
    assert second["author"] == first["author"] == [{"family": "Saramago", "given": "José"}]
    assert second.provenance["author"] == "normalize.names"
    assert normalize(second) == [second]  # alone, nothing to copy from: unchanged
    [alone] = normalize({"author": "———.", "title": "x"})
    assert "author" not in alone
    assert [d.code for d in alone.diagnostics] == ["names.same-as-previous"]


def test_many_references_keep_order() -> None:
    refs = [Reference.from_csl({"id": str(i), "page": f"{100 + i}-9"}) for i in range(5)]
    out = normalize(refs)
    assert [r.id for r in out] == ["0", "1", "2", "3", "4"]
    assert out[0]["page"] == "100-109"


_SCALAR = st.one_of(st.text(max_size=25), st.integers(-5, 3000), st.none(), st.booleans())
_NAME = st.one_of(
    st.text(max_size=25),
    st.dictionaries(st.sampled_from(["family", "given", "literal", "suffix"]), st.text(max_size=15), max_size=3),
)
_DATE = st.one_of(
    st.text(max_size=20),
    st.fixed_dictionaries({"raw": st.text(max_size=20)}),
    st.fixed_dictionaries({"literal": st.sampled_from(["2020", "in press", "n.d.", "März 2019", ""])}),
    st.fixed_dictionaries({"date-parts": st.lists(st.lists(st.one_of(st.integers(0, 2030), st.text(max_size=4)),
                                                           max_size=3), max_size=2)}),
)
_RECORD = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["article-journal", "journal-article", "book", "misc", "", "bogus"]),
        "title": _SCALAR, "container-title": st.one_of(_SCALAR, st.lists(st.text(max_size=10), max_size=2)),
        "author": st.one_of(st.text(max_size=40), st.lists(_NAME, max_size=3), _SCALAR),
        "editor": st.lists(_NAME, max_size=2), "issued": _DATE, "accessed": _DATE,
        "page": _SCALAR, "DOI": _SCALAR, "URL": _SCALAR, "ISBN": _SCALAR, "ISSN": _SCALAR, "PMID": _SCALAR,
        "PMCID": _SCALAR, "volume": _SCALAR, "publisher": _SCALAR, "note": _SCALAR,
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_RECORD)
def test_never_raises_and_idempotent(record: dict) -> None:
    [once] = normalize(record)
    assert not [d for d in once.diagnostics if d.code == "normalize.error"], once.diagnostics
    [twice] = normalize(once)
    assert twice == once
    assert twice.to_csl() == once.to_csl()
