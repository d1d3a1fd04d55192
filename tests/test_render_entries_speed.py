"""`render_entries` hands the CSL processor shallow copies of the references' records (no deep copy
per item): the references must come out of any number of renderings exactly as they went in, and
each rendering must print what the first printed."""

from __future__ import annotations

import copy
import json

import pytest

from refnorm import Diagnostic, Reference
from refnorm.rendering.api import render, render_entries
from refnorm.rendering.patches.items import to_reference


def _references() -> list[Reference]:
    truncated = Reference.from_csl({
        "type": "article-journal", "title": "A title", "container-title": "Journal of Testing",
        "issued": {"date-parts": [[2020, 5]]}, "volume": "3", "issue": "2", "page": "1-9",
        "author": [{"family": f"Fam{i}", "given": "A"} for i in range(3)],
        "editor": [{"family": "van der Berg", "given": "Jan"}],
    }).with_diagnostics(Diagnostic("names.truncated", "the author list ends with 'et al.'", field="author"))
    plain = Reference.from_csl({
        "type": "book", "title": "A book", "publisher": "Press", "issued": {"raw": "2019-05-03"},
        "author": [{"literal": "World Health Organization"}], "language": ["en"],
    })
    return [truncated, plain]


@pytest.mark.parametrize("style,fmt", [("vancouver", "text"), ("apa", "text"), ("apa", "html"), ("ieee", "markdown")])
def test_rendering_leaves_the_references_as_they_were(style: str, fmt: str) -> None:
    refs = _references()
    before = [copy.deepcopy(dict(r.csl)) for r in refs]
    first = render_entries(refs, style=style, format=fmt)
    again = render_entries(refs, style=style, format=fmt)
    whole = render(refs, style=style, format=fmt)
    assert [dict(r.csl) for r in refs] == before  # no "et al." placeholder, journal abbreviation or id left behind
    assert first == again
    assert all(text and "\ue0a0" not in text for text in first)
    assert whole and "\ue0a0" not in whole
    if fmt == "text":
        assert first[0].count("et al") == 1


def test_data_formats_still_get_their_own_copies() -> None:
    refs = _references()
    before = json.dumps([dict(r.csl) for r in refs], sort_keys=True)
    render_entries(refs, format="csl-json")
    render_entries(refs, format="bibtex")
    assert json.dumps([dict(r.csl) for r in refs], sort_keys=True) == before


def test_item_conversion_is_the_same_for_every_key_order_and_repeat() -> None:
    """`to_reference` routes each CSL key once per process: a key seen before reads the same way."""
    item = {"id": "x", "type": "article-journal", "title": "T : sub", "container-title": ["J", "K"],
            "shortTitle": "T", "journalAbbreviation": "J Abbr", "issued": {"date-parts": [["2001", "2"]]},
            "author": [{"family": "d'Holbach", "given": "Paul"}, "Literal Name"], "volume": 7, "key": "k"}
    reordered = dict(reversed(list(item.items())))
    a, b, c = (to_reference("i0", it) for it in (item, item, reordered))
    assert sorted(a.keys()) == sorted(b.keys()) == sorted(c.keys())
    for k in a:
        assert repr(a[k]) == repr(b[k]) == repr(c[k])
    assert str(a["title_short"]) == "T" and str(a["container_title_short"]) == "J Abbr"
    assert str(a["container_title"]) == "J" and str(a["volume"]) == "7"
    assert a.key == "i0" and "id" not in a  # the item's own "key" does not replace citeproc-py's
