"""The speed layer (refnorm.rendering.speed) changes no output, and sits under the patch layer.

Every output is rendered twice, with the sped-up element classes and with the patch layer's
own classes, and must be identical to the character. Data: tests/data/render/ (see its README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refnorm.rendering import citeproc as driver
from refnorm.rendering import speed
from refnorm.rendering.patches import element_classes as patched_classes
from refnorm.rendering.patches import element_lookup as patched_lookup

DATA = Path(__file__).parent / "data" / "render"
STYLES = sorted((DATA / "styles").glob("*.csl"))


def _items() -> list[dict]:
    with (DATA / "cases.jsonl").open(encoding="utf-8") as f:
        items = {}
        for line in f:
            if line.strip():
                item = json.loads(line)["item"]
                items.setdefault(item["id"], item)
    # a few more shapes: no type-specific data, missing names, a repeated author, a locator
    items["bare"] = {"id": "bare", "type": "book", "title": "Untitled"}
    items["anon"] = {"id": "anon", "type": "article-journal", "title": "No authors", "container-title": "J",
                     "issued": {"date-parts": [[2001]]}, "page": "5-9"}
    return list(items.values())


def _render_all(items: list[dict]) -> list:
    out = []
    clusters = [[{"id": items[i]["id"]}, {"id": items[(i * 7) % len(items)]["id"], "locator": str(i + 1)}]
                for i in range(0, len(items), 3)]
    for style in STYLES:
        for locale in ("en-US", "fr-FR"):
            out.append(driver.bibliography(items, style, locale))
        out.append(driver.bibliography(items, style, "en-US", output="html"))
        out.append([driver.bibliography([item], style, "es-ES") for item in items[::5]])
        out.append(driver.citations(clusters, items, style, "en-US"))
        out.append(driver.citations(clusters, items, style, "fr-FR", output="html"))
    return out


@pytest.fixture
def plain_patch_layer(monkeypatch):
    """Parse styles with the patch layer's classes only (no speed layer)."""
    driver.clear_cache()
    monkeypatch.setattr(speed, "element_lookup", patched_lookup)
    yield
    driver.clear_cache()


def test_speed_layer_prints_exactly_what_the_patch_layer_prints(plain_patch_layer, monkeypatch):
    items = _items()
    reference = _render_all(items)
    monkeypatch.undo()  # back to the sped-up classes
    driver.clear_cache()
    fast = _render_all(items)
    assert len(fast) == len(reference)
    for got, expected in zip(fast, reference, strict=True):
        assert got == expected
    # and the rendering really went through the sped-up classes
    style = driver._load_style(STYLES[0], "en-US")
    assert isinstance(style.root, speed.CachedAttributes)


def test_speed_mixins_sit_between_the_fixes_and_citeproc_py():
    fast, patched = speed.element_classes(), patched_classes()
    assert fast.keys() == patched.keys()
    for name, cls in fast.items():
        base = speed._citeproc_base(patched[name])
        fixes = patched[name].__bases__[:-1] if patched[name] is not base else ()
        mine = [*speed.SPEEDUPS.get(name, ()), speed.CachedAttributes]
        mro = cls.__mro__
        for mixin in (m for m in mine if m in mro):
            # every fix comes first, so it still wraps citeproc-py's method through super()
            assert all(mro.index(fix) < mro.index(mixin) for fix in fixes), (name, mixin)
            assert mro.index(mixin) < mro.index(base), (name, mixin)
    assert speed.CachedAttributes not in fast["date-part"].__mro__  # citeproc-py writes their attributes


def test_if_tests_are_compiled_in_citeproc_py_order():
    from lxml import etree

    xml = ('<style xmlns="http://purl.org/net/xbiblio/csl"><citation><layout><choose>'
           '<if type="Book chapter" variable="title" match="any"><text value="x"/></if>'
           '<else-if is-numeric="volume" match="none"><text value="y"/></else-if>'
           '</choose></layout></citation></style>')
    parser = etree.XMLParser()
    parser.set_element_class_lookup(speed.element_lookup())
    root = etree.fromstring(xml, parser)
    first, second = root.iter("{http://purl.org/net/xbiblio/csl}if", "{http://purl.org/net/xbiblio/csl}else-if")
    tests, combine = speed._compile_if(first)
    assert [kind for kind, _ in tests][:2] == ["type", "call"]
    assert tests[0][1] == ("book", "chapter")  # lower-cased once, as citeproc-py compares
    assert combine([False, True]) and not combine([False, False])
    tests, combine = speed._compile_if(second)
    assert len(tests) == 1 and combine([False]) and not combine([True])
    speed.clear()


def test_bibliography_positions_follow_registration_and_sort():
    from citeproc import Citation

    items = [{"id": k, "type": "book", "title": t} for k, t in (("a", "Zeta"), ("b", "Alpha"), ("c", "Mu"))]
    source, _ids = driver._source(items, "text")
    style = driver._load_style(STYLES[0], "en-US")
    bib = driver._Bibliography(style, source)
    cites = [driver._Cite(f"i{n}") for n in range(3)]
    for cite in [*cites, driver._Cite("i0")]:  # a repeated key is registered once
        bib.register(Citation([cite]))
    assert bib.keys == ["i0", "i1", "i2"]
    assert [c.number for c in cites] == [1, 2, 3]
    bib.keys = ["i2", "i0", "i1"]  # what sort() does: a new list
    assert [c.number for c in cites] == [2, 3, 1]
    stray = driver._Cite("i9")
    Citation([stray]).bibliography = bib
    assert stray.is_bad() and not cites[0].is_bad()


def _choose_style(branches: list[str]) -> str:
    body = "".join(f'<{tag} {attrs}><text value="{n}"/></{tag}>' for n, (tag, attrs) in enumerate(branches))
    return ('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>t</title></info>'
            f'<citation><layout><text value="-"/></layout></citation><bibliography><layout><choose>{body}'
            '<else><text value="else"/></else></choose></layout></bibliography></style>')


@pytest.mark.parametrize("match", ["all", "any", "none"])
def test_compiled_choose_picks_the_branch_citeproc_py_picks(tmp_path, match):
    """Branches of type and variable tests (evaluated inline, stopping early) choose exactly as
    the patch layer's classes do, for every match rule, with and without the variables."""
    conditions = ['type="book"', 'type="chapter book"', 'variable="title"', 'variable="volume issue"',
                  'type="article-journal" variable="volume"', 'type="report thesis" variable="DOI publisher"',
                  'variable="page" type="chapter"']
    branches = [("if" if n == 0 else "else-if", f'{c} match="{match}"') for n, c in enumerate(conditions)]
    # each condition also first on its own, so that every one is decided somewhere
    styles = []
    for first in range(len(conditions)):
        path = tmp_path / f"s{first}.csl"
        order = [branches[first], *(b for n, b in enumerate(branches) if n != first)]
        order = [("if" if n == 0 else "else-if", attrs) for n, (_, attrs) in enumerate(order)]
        path.write_text(_choose_style(order), encoding="utf-8")
        styles.append(path)
    items = []
    for n, kind in enumerate(("book", "chapter", "article-journal", "report", "thesis", "webpage")):
        for fields in ({}, {"title": "T"}, {"volume": "3", "issue": "2"}, {"DOI": "10.1/x", "page": "4-5"},
                       {"title": "T", "volume": "3", "publisher": "P", "page": "1"}):
            items.append({"id": f"{kind}-{n}-{len(items)}", "type": kind, **fields})

    def render() -> list:
        return [driver.bibliography(items, path) for path in styles]

    fast = render()
    driver.clear_cache()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(speed, "element_lookup", patched_lookup)
        reference = render()
    driver.clear_cache()
    assert fast == reference
    # and not trivially: several branches are taken
    assert len({entry for bib in fast for _, entry in bib}) >= 4


def test_specialized_elements_drop_only_fixes_that_pass_calls_on():
    from refnorm.rendering.patches import disambiguation, substitute

    style = driver._load_style(STYLES[0], "en-US")
    texts = [e for e in style.elements if isinstance(e, speed.CachedAttributes) and e.tag.endswith("}text")]
    assert texts
    for text in texts:
        assert isinstance(text, speed.CachedAttributes)
        assert isinstance(text, substitute.MacroAsGroup) == ("macro" in text.attrib)
    for element in style.elements:
        if element.tag.endswith(("}if", "}else-if")):
            assert isinstance(element, disambiguation.DisambiguateCondition) == ("disambiguate" in element.attrib)


def test_child_find_matches_lxml_elementpath():
    from lxml import etree

    style = driver._load_style(STYLES[0], "en-US")
    ns = {"cs": "http://purl.org/net/xbiblio/csl"}
    paths = ["cs:name", "cs:label", "cs:substitute", "cs:sort", "cs:layout", "cs:text", "cs:key",
             "{http://purl.org/net/xbiblio/csl}name", "{http://purl.org/net/xbiblio/csl}group"]
    checked = 0
    for element in style.elements:
        if not isinstance(element, speed.CachedAttributes):
            continue
        for path in paths:
            namespaces = ns if path.startswith("cs:") else None
            assert element.find(path, namespaces) is etree.ElementBase.find(element, path, namespaces), (element, path)
            checked += 1
    assert checked > 100
    assert speed._child_tag(".//cs:name", ns) is None and speed._child_tag("cs:name[1]", ns) is None
    assert speed._child_tag("x:name", ns) is None and speed._child_tag("cs:name", ns) == "{" + ns["cs"] + "}name"


def _memo_style(tmp_path, layout: str, extra_macros: str = "") -> Path:
    macros = ('<macro name="edition"><group delimiter=" "><text variable="edition"/><text term="edition" form="short"/>'
              '</group></macro><macro name="medium"><choose><if type="book"><text variable="medium" prefix="["'
              ' suffix="]"/></if><else><text variable="medium"/></else></choose></macro>' + extra_macros)
    path = tmp_path / "memo.csl"
    path.write_text('<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>t</title>'
                    f'</info>{macros}<citation><layout><text variable="title"/></layout></citation><bibliography>'
                    f'<layout suffix=".">{layout}</layout></bibliography></style>', encoding="utf-8")
    return path


def _with_and_without_speed_layer(render):
    driver.clear_cache()
    fast = render()
    again = render()  # the memo now warm: replayed outcomes
    driver.clear_cache()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(speed, "element_lookup", patched_lookup)
        reference = render()
    driver.clear_cache()
    return fast, again, reference


def test_empty_memo_reads_the_variables_of_a_subtree_with_its_macros(tmp_path):
    from refnorm.rendering import empty_memo

    path = _memo_style(tmp_path, '<group delimiter=", "><text macro="edition"/><text macro="medium"/>'
                                 '<text variable="page-first"/></group>'
                                 '<text variable="citation-number"/><choose><if position="first"><text value="x"/>'
                                 '</if></choose><text term="in"/>')
    style = driver._load_style(path, "en-US")
    layout = next(e for e in style.elements if e.tag.endswith("}layout") and e.getparent().tag.endswith("}bibliography"))
    group, number, choose, term = layout.iterchildren()
    assert empty_memo.reads(group) == {"edition", "edition_short", "medium", "medium_short", "page_first",
                                       "page_first_short", "page"}
    assert empty_memo.reads(number) is None  # generated: not the item's data
    assert empty_memo.reads(choose) is None  # a position test depends on the cite
    assert empty_memo.reads(term) == frozenset()
    assert isinstance(group, empty_memo.EmptyMemo) and not isinstance(term, empty_memo.EmptyMemo)
    assert not isinstance(number, empty_memo.EmptyMemo)


def test_empty_memo_keeps_group_suppression_and_prints_what_the_patch_layer_prints(tmp_path):
    """A group holding a term and a macro of absent variables is suppressed whether the macro
    is rendered or replayed from the memo; a group of terms only is not."""
    from refnorm.rendering import empty_memo

    path = _memo_style(tmp_path, '<group delimiter=" "><text term="edition"/><text macro="medium"/></group>'
                                 '<group delimiter=" " prefix=" / "><text term="in"/><text macro="edition"/></group>'
                                 '<group prefix=" {" suffix="}"><text term="and"/></group>'
                                 '<text macro="edition" prefix=" (" suffix=")"/><text variable="title" prefix=" "/>')
    items = [{"id": f"i{n}", "type": kind, "title": f"T{n}", **fields}
             for n, (kind, fields) in enumerate([("book", {}), ("book", {"edition": "2"}), ("book", {}),
                                                 ("article", {"medium": "CD"}), ("article", {}), ("book", {}),
                                                 ("book", {"medium": "DVD"}), ("article", {"language": "fr"})])]
    fast, again, reference = _with_and_without_speed_layer(lambda: driver.bibliography(items, path))
    assert fast == again == reference
    entries = dict(reference)
    assert entries["i0"] == entries["i5"].replace("5", "0") == "{And} T0."  # both groups suppressed, not the terms
    assert entries["i1"] == "/ in 2 ed. {and} (2 ed.) T1."
    assert entries["i6"] == "Edition [DVD] {and} T6."
    driver.bibliography(items, path)
    assert any(v != "never" for v in empty_memo._EMPTY.values())  # and outcomes were replayed
    driver.clear_cache()
    assert not empty_memo._EMPTY


def test_empty_memo_skips_the_subtree_once_it_knows_the_outcome(tmp_path, monkeypatch):
    path = _memo_style(tmp_path, '<text macro="edition"/><text variable="title"/>')
    items = [{"id": f"i{n}", "type": "book", "title": f"T{n}"} for n in range(6)]
    driver.clear_cache()
    driver.bibliography(items[:1], path)
    style = driver._load_style(path, "en-US")
    macro = next(e for e in style.elements if e.tag.endswith("}macro") and e.get("name") == "edition")
    calls = []
    original = type(macro).render_children

    def counting(self, *args, **kwargs):
        calls.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(macro), "render_children", counting)
    assert [e for _, e in driver.bibliography(items, path)] == [f"T{n}." for n in range(6)]
    assert calls.count(macro) == 0  # known empty for a book without edition: never walked again
    driver.bibliography([{"id": "x", "type": "book", "title": "T", "edition": "3"}], path)
    assert calls.count(macro) == 1  # the item has the variable: rendered
    driver.clear_cache()


def test_empty_memo_leaves_elements_whose_variables_items_always_have(tmp_path):
    from refnorm.rendering import empty_memo

    path = _memo_style(tmp_path, '<text macro="edition"/><text variable="title"/>')
    items = [{"id": f"i{n}", "type": "book", "title": f"T{n}"} for n in range(empty_memo._DEMOTE_AFTER + 5)]
    driver.clear_cache()
    style = driver._load_style(path, "en-US")
    title = next(e for e in style.elements if e.get("variable") == "title" and e.getparent().tag.endswith("}layout")
                 and e.getparent().getparent().tag.endswith("}bibliography"))
    edition = next(e for e in style.elements if e.get("macro") == "edition")
    assert isinstance(title, empty_memo.EmptyMemo) and isinstance(edition, empty_memo.EmptyMemo)
    out = driver.bibliography(items, path)
    assert [e for _, e in out] == [f"T{n}." for n in range(len(items))]
    assert not isinstance(title, empty_memo.EmptyMemo)  # always present: given back its own class
    assert isinstance(edition, empty_memo.EmptyMemo)  # always absent: still skipped
    assert driver.bibliography(items, path) == out
    driver.clear_cache()
