"""The ninth session's cheaper walk of the style: each shortcut does what the code it stands for did.

- ``seams.installed`` also gives citeproc-py's ``String``/``MixedString`` a faster ``__add__``;
- a suppressed ``<group>`` (and an empty element the empty memo skips) returns None instead of
  raising ``VariableError`` through the wrappers;
- ``specialize`` takes ``textcase.TextLanguage`` off ``<text>`` classes and ``TextLanguageLookup``
  gives an item without a language the output locale's language itself;
- ``<date-part>`` attributes are read from a dict that citeproc-py's own write goes to as well.
"""

from __future__ import annotations

from pathlib import Path

import citeproc.string as cstring
import pytest
from citeproc.formatter.html import Italic
from citeproc.string import MixedString, NoCase, String
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.rendering import seams
from refnorm.rendering.api import render_entries
from refnorm.rendering.citeproc import _load_style, bibliography
from refnorm.rendering.patches.textcase import TextLanguage
from refnorm.rendering.styles import resolve_style

_CHARS = st.sampled_from(["", " ", ".", ",", ";", "a", "B", " .", ". ", "..", "x y", "  ", ":", "é"])


def _leaf() -> st.SearchStrategy:
    text = st.lists(_CHARS, max_size=3).map("".join)
    return st.one_of(text, text.map(String), text.map(NoCase), text.map(Italic))


_TEXT = st.recursive(_leaf(), lambda inner: st.lists(inner, max_size=4).map(MixedString), max_leaves=10)


def _shape(value: object) -> object:
    if isinstance(value, list):
        return (type(value).__name__, [_shape(v) for v in value])
    return (type(value).__name__, str(value))


def test_the_fast_adds_are_installed_only_while_rendering_and_restored_when_nested():
    mixed, string = MixedString.__dict__["__add__"], String.__dict__["__add__"]
    assert seams._FAST_ADD
    with seams.installed():
        assert MixedString.__add__ is seams._mixed_add and String.__add__ is seams._string_add
        with seams.installed():
            assert MixedString.__add__ is seams._mixed_add
        assert MixedString.__add__ is seams._mixed_add and cstring.normalize_seam is seams.normalize_seam
    assert MixedString.__dict__["__add__"] is mixed and String.__dict__["__add__"] is string


@settings(max_examples=400, deadline=None)
@given(_TEXT, _TEXT)
def test_a_sum_is_citeprocs_sum(left, right):
    def add():
        try:
            return _shape(left + right)
        except TypeError as exc:  # (plain str + MixedString: both sides must fail alike)
            return ("TypeError", str(exc))

    plain = add()
    with seams.installed():
        fast = add()
    assert fast == plain


def test_the_fast_add_keeps_citeprocs_second_seam_rule():
    # join strips one mark at the seam, the sum a second one: both must still happen
    assert str(cstring.join([String("a."), String("..b")], "")) == "a.b"
    with seams.installed():
        assert str(cstring.join([String("a."), String("..b")], "")) == "a.b"
        assert str(String("x") + "") == "x" and type(String("x") + "") is String
        assert _shape(MixedString([String("a")]) + MixedString([String("b"), "c"])) == (
            "MixedString", [("String", "a"), ("String", "b"), ("str", "c")])


_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>t</title><id>t</id><updated>2020-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout suffix=".">
      <text variable="title"/>
      <group delimiter=" " prefix=" [" suffix="]">
        <text term="page" form="short"/>
        <text variable="page"/>
      </group>
      <group prefix=" (" suffix=")">
        <group delimiter=" "><text term="volume" form="short"/><text variable="volume"/></group>
      </group>
      <date variable="issued" prefix=" "><date-part name="year"/></date>
    </layout>
  </bibliography>
</style>
"""


@pytest.fixture
def tiny_style(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.csl"
    path.write_text(_STYLE, encoding="utf-8")
    return path


def test_a_suppressed_group_prints_nothing_and_its_parent_group_neither(tiny_style: Path):
    items = [{"id": "a", "type": "book", "title": "A", "page": "12", "volume": "3", "issued": {"date-parts": [[2001]]}},
             {"id": "b", "type": "book", "title": "B"},
             {"id": "c", "type": "book", "title": "C", "volume": "4"}]
    for _ in range(3):  # (the empty memo's first and later outcomes)
        out = dict(bibliography(items, tiny_style))
        assert out == {"a": "A [p. 12] (vol. 3) 2001.", "b": "B.", "c": "C (vol. 4)."}


def test_a_suppressed_group_returns_none(tiny_style: Path):
    from refnorm.rendering.citeproc import _Cite, _source
    from refnorm.rendering.patches.substitute import DynamicGroup

    style = _load_style(tiny_style, "en-US")
    bibliography([{"id": "x", "type": "book", "title": "X"}], tiny_style)  # (the style's state set up)
    groups = [e for e in style.elements if isinstance(e, DynamicGroup)]
    source, _ = _source([{"id": "b", "type": "book", "title": "B"}], "text")
    cite = _Cite("i0")
    cite.__dict__["_reference"] = source["i0"]
    with seams.installed():
        assert all(group.process(cite) is None for group in groups)


def test_text_elements_lose_the_language_wrapper_and_keep_its_rule():
    style = _load_style(resolve_style("apa").path, "fr-FR")
    texts = [e for e in style.elements if e.tag.endswith("}text")]
    assert texts and not any(isinstance(e, TextLanguage) for e in texts)
    item = {"id": "a", "type": "article-journal", "title": "a study of things", "author": [{"family": "Doe"}],
            "container-title": "journal of applied things", "issued": {"date-parts": [[2020]]}}
    # title case is for English: an item without a language is in the output locale's language
    assert "Journal of Applied Things" in render_entries([item], style="apa", locale="en-US")[0]
    assert "journal of applied things" in render_entries([item], style="apa", locale="fr-FR")[0]
    assert "Journal of Applied Things" in render_entries([{**item, "language": "en"}], style="apa",
                                                         locale="fr-FR")[0]


def test_date_part_attributes_are_one_dict_for_reads_and_writes(tiny_style: Path):
    from citeproc.model import Date_Part

    style = _load_style(tiny_style, "en-US")
    part = next(e for e in style.elements if isinstance(e, Date_Part) and e.getparent().get("variable") == "issued")
    assert type(part.attrib) is dict and part.get("name") == "year"
    part.attrib.update({"form": "short"})
    try:
        assert part.get("form") == "short"
        assert dict(bibliography([{"id": "a", "type": "book", "title": "A", "issued": {"date-parts": [[2001]]}}],
                                 tiny_style)) == {"a": "A 01."}
    finally:
        del part.attrib["form"]
    assert dict(bibliography([{"id": "a", "type": "book", "title": "A", "issued": {"date-parts": [[2001]]}}],
                             tiny_style)) == {"a": "A 2001."}


def test_the_locales_are_built_from_the_classes_the_style_was_parsed_with():
    from refnorm.rendering import speed
    from refnorm.rendering.patches import element_lookup
    from refnorm.rendering.patches.locales import parse_style_xml

    style = _load_style(resolve_style("vancouver").path, "de-DE")
    locale_parts = [e for loc in style.root.locales for e in loc.iter() if isinstance(e.tag, str)
                    and e.tag.endswith("}date-part")]
    assert locale_parts and all(isinstance(e, speed.DatePartAttributes) for e in locale_parts)
    # a style parsed with the patch layer alone gets locales of the patch layer alone
    plain = parse_style_xml(resolve_style("vancouver").path, element_lookup()).getroot()
    plain.set_locale_list("de-DE")
    parts = [e for loc in plain.locales for e in loc.iter() if isinstance(e.tag, str) and e.tag.endswith("}date-part")]
    assert parts and not any(isinstance(e, speed.DatePartAttributes) for e in parts)
    item = {"id": "a", "type": "article-journal", "title": "T", "container-title": "J",
            "issued": {"date-parts": [[2020, 3, 4]]}, "volume": "1", "page": "1-9"}
    assert render_entries([item], style="vancouver", locale="de-DE") == ["T. J. 4. März 2020;1:1–9."]
