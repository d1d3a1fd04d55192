"""Cite positions in notes: ``near-note`` and ``first-reference-note-number``.

citeproc-py 0.11.1 decides ``position`` from the cites rendered before in the same
bibliography object, but knows nothing of notes:

* ``near-note`` counts *citations* back instead of *notes*, and is true for in-text
  citations, where CSL 1.0.2 says both cites have to be in foot- or endnotes;
* ``first-reference-note-number`` is not a variable it knows (the style prints nothing);
* ``position`` inside ``<bibliography>`` is only false through an XPath query per test.

A citation that sits in a note carries ``note_index`` (an attribute set by
:func:`render_document`; 0 or absent = in the text). The mixins read it from the cites
already rendered (citeproc-py appends each rendered cite to the citation element's
``cites``), so a document is rendered in order, one citation after the other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from citeproc.source import VariableError

__all__ = ["MIXINS", "NoteNumberVariable", "NotePosition", "render_document"]


def _note(cite) -> int:
    # a citeproc-py Citation is a dict (attributes are keys; a missing one raises VariableError)
    return int(cite.citation.get("note_index", 0) or 0)


def _history(element, context):
    """The cites rendered before (None inside a bibliography)."""
    context = context if context is not None else element
    layout = context.get_layout()
    parent = layout.getparent()
    if parent.tag.endswith("}bibliography"):
        return None
    return getattr(parent, "cites", None) or []


class NotePosition:
    """Mixin for ``<if>``/``<else-if>`` (replaces citeproc-py's ``If._position``).

    CSL 1.0.2 "position", with what citeproc-js adds for documents with notes: several
    citations in an earlier note count as one citation for ``ibid`` (that *note* must hold a
    single cite; within one note the previous citation alone counts), in-text citations and
    notes are separate sequences for ``ibid``, and
    ``near-note`` is measured in notes, between cites that are both in notes.
    """

    def _position(self, item, context):
        cites = _history(self, context)
        positions = self.get("position").split()
        if cites is None:
            return [False] * len(positions)
        wanted = {p: False for p in ("first", "subsequent", "ibid", "ibid-with-locator", "near-note")}
        already = any(cite.key == item.key for cite in cites)
        wanted["first"] = not already
        wanted["subsequent"] = already
        if already:
            ibid, with_locator = _ibid(item, cites)
            wanted["ibid"] = ibid or with_locator
            wanted["ibid-with-locator"] = with_locator
            wanted["near-note"] = _near_note(self, item, cites)
        return [wanted.get(p, False) for p in positions]


def _ibid(item, cites) -> tuple[bool, bool]:
    """(ibid, ibid-with-locator) for a cite already cited before."""
    in_note = bool(_note(item))
    stream = [c for c in cites if bool(_note(c)) == in_note]
    if not stream or stream[-1].key != item.key:
        return False, False
    last = stream[-1]
    if last.citation is not item.citation:
        # the previous citation must be that single cite; when it sits in an earlier note,
        # that whole note must be (citeproc-js: citations of one note count as one there)
        earlier_note = in_note and _note(last) != _note(item)
        same = [c for c in stream if c.citation is last.citation
                or (earlier_note and _note(c) == _note(last))]
        if len(same) != 1 or any(c.citation is item.citation for c in stream):
            return False, False
    here = _locator(item)
    there = _locator(last)
    if there is None:
        return here is None, here is not None
    if here is None:
        return False, False
    return here == there, here != there


def _locator(cite):
    try:
        locator = cite.locator
    except Exception:  # citeproc-py raises VariableError for a cite without one
        return None
    return (locator.label, str(locator.identifier))


def _near_note(element, item, cites) -> bool:
    note = _note(item)
    if not note:
        return False
    try:
        distance = int(element.get_root().citation.get("near-note-distance", 5))
    except (TypeError, ValueError):
        distance = 5
    for cite in reversed(cites):
        if cite.key == item.key:
            previous = _note(cite)
            return bool(previous) and 0 <= note - previous <= distance
    return False


class NoteNumberVariable:
    """Mixin for ``<text>``: ``first-reference-note-number``."""

    def _variable(self, item, context):
        if self.get("variable") == "first-reference-note-number":
            return first_note(self, item, context)
        return super()._variable(item, context)


def first_note(element, item, context) -> str:
    """The note of the item's first cite, if it was in a note before this one."""
    cites = _history(element, context) or []
    for cite in cites:
        if cite.key == item.key:
            if _note(cite) and cite is not item:
                return str(_note(cite))
            break
    raise VariableError("first-reference-note-number")


class NoteNumberCondition:
    """Mixin for ``<if>``/``<else-if>``: ``variable="first-reference-note-number"``."""

    def _variable(self, item):
        names = self.get("variable").split()
        if "first-reference-note-number" not in names:
            return super()._variable(item)
        results = []
        for name in names:
            if name == "first-reference-note-number":
                try:
                    results.append(bool(first_note(self, item, None)))
                except VariableError:
                    results.append(False)
            elif name == "locator":
                results.append("locator" in item)
            else:
                results.append(name.replace("-", "_") in item.reference)
        return results


def render_document(clusters: Sequence[Mapping[str, Any]], items: Sequence[Mapping[str, Any]], style_path,
                    locale: str = "en-US", output: str = "text", states: list | None = None) -> list[str]:
    """Render a document's citations in order, each possibly in a note.

    ``clusters`` are citeproc-js citation objects: ``{"citationItems": [{"id", "locator"?,
    "label"?, "prefix"?, "suffix"?}, ...], "properties": {"noteIndex": n}}`` (``noteIndex``
    0 or absent: an in-text citation). Only cited items are registered, in the order they are
    first cited (numbered styles number them so; disambiguation looks at them only).

    ``states``, if given, receives one tuple per citation of what the processor decided for
    its items (citation number, year suffix, names added, ``disambiguate``): a word processor
    re-renders a citation when that changes.
    """
    from refnorm.rendering import citeproc as driver

    driver._check(output)
    style = driver._load_style(style_path, locale)
    by_id = {str(item.get("id", f"item-{n + 1}")): item for n, item in enumerate(items)}
    cited = list(dict.fromkeys(str(c["id"]) for cl in clusters for c in cl.get("citationItems", [])
                               if str(c["id"]) in by_id))
    source, ids = driver._source([by_id[i] for i in cited], output)
    key_of = {item_id: f"i{n}" for n, item_id in enumerate(ids)}
    with driver._lock:
        out, bib, built = driver.render_clusters(
            style, source, key_of, [cl.get("citationItems", []) for cl in clusters], output,
            notes=[int((cl.get("properties") or {}).get("noteIndex") or 0) for cl in clusters])
        if states is not None:
            registered = {item.key: item for item in bib.items}
            numbered = bool(len(style.root.xpath_search('.//*[@variable="citation-number"]')))
            for citation in built:
                states.append(tuple((ids[int(cite.key[1:])] if cite.key in registered else cite.key,
                                     *_state(registered.get(cite.key), bib, numbered)) for cite in citation.cites))
    return out


def _state(item, bib, numbered: bool) -> tuple:
    from refnorm.rendering.patches.disambiguation import DISAMBIGUATE, EXTRA_NAMES

    if item is None:
        return ()
    return (bib.keys.index(item.key) if numbered else None, item.reference.get("year_suffix"),
            EXTRA_NAMES.get(item.key), item.key in DISAMBIGUATE)


MIXINS = {"if": (NotePosition, NoteNumberCondition), "else-if": (NotePosition, NoteNumberCondition),
          "text": (NoteNumberVariable,)}
