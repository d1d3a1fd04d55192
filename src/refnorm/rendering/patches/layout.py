"""Bibliography layout: the citation-number column, and entries that stay paired with their items.

Defects of citeproc-py 0.11.1 fixed here:

* ``second-field-align`` is ignored, so numbered styles print the number glued to the entry
  ("1.Polack"). citeproc-js puts the layout's first rendered child in a ``csl-left-margin``
  block and the rest in ``csl-right-inline``; its text output joins them with one space.
  The layout's affixes and formatting apply to the right-hand part only, as in citeproc-js;
* ``subsequent-author-substitute`` is ignored: the first names of an entry that repeat the
  previous entry's are replaced by the substitute ("———. Title"), rule ``complete-all``;
* an item that renders to nothing is dropped from the list, so entries no longer line up
  with the sorted items: it is kept as an empty entry (the caller drops it with its id);
* punctuation that opens the right-hand part (an entry whose first fields are empty: "(1)" then
  ". https://...") stays there; citeproc-js moves it to the end of the left margin ("(1).");
* a term opening the right-hand part is capitalized as at the start of an entry ("[1] N.d.",
  but "[1] (n.d.)").

Entries come out as citeproc-js prints them: plain text, or the HTML of one
``<div class="csl-entry">``.
"""

from __future__ import annotations

from citeproc.source import VariableError
from citeproc.string import String, join

from refnorm.rendering.patches.terms import TERM_START, capitalize_leading_term

__all__ = ["MIXINS", "BibliographyLayout", "NameCapture", "NamesCapture"]


class _Capture:
    active = False
    first: str | None = None
    person: tuple | None = None  # the first <name> output (no label) and the names behind it


_CAPTURE = _Capture()


class NamesCapture:
    """Mixin for ``<names>``: remember the first names printed in a bibliography entry.

    Kept: the names as printed (without the element's affixes) and the full name lists, since
    without add-names disambiguation two different "Boettiger, Carl, et al." would look equal.
    """

    def process(self, item, *args, **kwargs):
        text = super().process(item, *args, **kwargs)
        if _CAPTURE.active and _CAPTURE.first is None and text:
            roles = (self.get("variable") or "").split()
            data = tuple(repr(item.reference.get(r.replace("-", "_"))) for r in roles)
            if any(d != "None" for d in data):  # names, not a substituted title
                _CAPTURE.first = (str(text), data)
        return text


class NameCapture:
    """Mixin for ``<name>``: the first names printed in an entry, without their label.

    ``subsequent-author-substitute`` compares these as printed (whatever the role: an editor
    "Doe, John ed." followed by an author "Doe, John" is substituted; a literal "Beijing Zoo"
    equals a family name "Beijing Zoo") and replaces them, keeping the label ("--- ed."), as
    citeproc-js does.
    """

    def process(self, item, variable, context=None, sort_options=None, **kwargs):
        text = super().process(item, variable, context=context, sort_options=sort_options, **kwargs)
        if _CAPTURE.active and _CAPTURE.person is None and text and sort_options is None:
            names = item.reference.get(variable)
            _CAPTURE.person = (str(text), tuple(tuple(sorted((k, str(v)) for k, v in n.items() if k != "circa"))
                                                for n in names or ()))
        return text


class BibliographyLayout:
    """Mixin for ``<layout>``."""

    def _render_child(self, child, item):
        try:
            return child.render(item)
        except VariableError:
            return None

    def render_bibliography(self, citation_items):
        """One rendered entry (possibly empty) per item, in order."""
        html = self.get_formatter().__name__.endswith("html")
        align = self.getparent().get("second-field-align")
        entries = []
        substitute = self.getparent().get("subsequent-author-substitute")
        previous: tuple | None = None
        for item in citation_items:
            self.repressed = {}
            # the first names printed are captured for the substitution only (a style without it,
            # most numeric ones, would build and compare them for nothing)
            _CAPTURE.active, _CAPTURE.first, _CAPTURE.person = substitute is not None, None, None
            left = None
            if align:
                children = list(self.iterchildren())
                parts = [self._render_child(child, item) for child in children]
                first = next((i for i, p in enumerate(parts) if p is not None), None)
                if first is not None:
                    left = parts[first]
                    rest = [p for p in parts[first + 1:] if p is not None]
                    body = join(rest, self.get("delimiter", "")) if rest else None
                else:
                    body = None
            else:
                body = self.render_children(item)
            _CAPTURE.active = False
            right = self.format(self.wrap(body)) if body is not None else None
            names = _CAPTURE.person
            if substitute is not None and names and previous and names[0] == previous[0] and right is not None:
                # subsequent-author-substitute (rule "complete-all"): "———. Title..."
                right = str(right).replace(names[0], substitute, 1)
            previous = names
            entries.append(_entry(left, right, html))
        return entries


_LEADING_PUNCTUATION = ".,;:"


def _entry(left, right, html: bool) -> str:
    if left is not None and right is not None and str(right)[:1] in _LEADING_PUNCTUATION and str(right)[:1]:
        # citeproc-js's punctuation juggling hands a leading mark to the preceding field
        left, right = f"{left}{str(right)[0]}", str(right)[1:]
    if left is not None and right is not None and str(right).lstrip().startswith(TERM_START):
        # a term opening the right column is capitalized ("[1] N.d."), not one after an
        # opening bracket ("[1] (n.d.)"), as in citeproc-js
        right = capitalize_leading_term(str(right))
    if html:
        # citeproc-js keeps the affix spaces inside the HTML blocks
        left_s = str(left) if left is not None else ""
        right_s = str(right) if right is not None else ""
        if left is not None:
            # the right-hand block loses its trailing space ("T.</div>"), an entry without a
            # margin keeps it ("T. </div>"), as in citeproc-js
            right_s = right_s.rstrip(" ")
            if not right_s.strip():
                # nothing beside the number: the margin block alone, its trailing space gone
                return f'<div class="csl-entry">\n    <div class="csl-left-margin">{left_s.rstrip(" ")}</div>\n  </div>'
            inner = (f'<div class="csl-left-margin">{left_s}</div>'
                     f'<div class="csl-right-inline">{right_s}</div>')
            return f'<div class="csl-entry">\n    {inner}\n  </div>'
        return f'<div class="csl-entry">{right_s}</div>' if right_s.strip() else ""
    left_s = str(left).strip() if left is not None else ""
    right_s = str(right).strip() if right is not None else ""
    if left is not None:
        return String(f"{left_s} {right_s}".strip())
    return String(right_s)


MIXINS = {"layout": (BibliographyLayout,), "names": (NamesCapture,), "name": (NameCapture,)}
