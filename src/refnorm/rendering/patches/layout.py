"""Bibliography layout: the citation-number column, and entries that stay paired with their items.

Defects of citeproc-py 0.11.1 fixed here:

* ``second-field-align`` is ignored, so numbered styles print the number glued to the entry
  ("1.Polack"). citeproc-js puts the layout's first rendered child in a ``csl-left-margin``
  block and the rest in ``csl-right-inline``; its text output joins them with one space.
  The layout's affixes and formatting apply to the right-hand part only, as in citeproc-js;
* an item that renders to nothing is dropped from the list, so entries no longer line up
  with the sorted items: it is kept as an empty entry (the caller drops it with its id).

Entries come out as citeproc-js prints them: plain text, or the HTML of one
``<div class="csl-entry">``.
"""

from __future__ import annotations

from citeproc.source import VariableError
from citeproc.string import String, join

__all__ = ["MIXINS", "BibliographyLayout"]


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
        for item in citation_items:
            self.repressed = {}
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
            right = self.format(self.wrap(body)) if body is not None else None
            entries.append(_entry(left, right, html))
        return entries


def _entry(left, right, html: bool) -> str:
    if html:
        # citeproc-js keeps the affix spaces inside the HTML blocks
        left_s = str(left) if left is not None else ""
        right_s = str(right) if right is not None else ""
        if left is not None:
            inner = (f'<div class="csl-left-margin">{left_s}</div>'
                     f'<div class="csl-right-inline">{right_s}</div>')
            return f'<div class="csl-entry">\n    {inner}\n  </div>'
        return f'<div class="csl-entry">{right_s}</div>' if right_s.strip() else ""
    left_s = str(left).strip() if left is not None else ""
    right_s = str(right).strip() if right is not None else ""
    if left is not None:
        return String(f"{left_s} {right_s}".strip())
    return String(right_s)


MIXINS = {"layout": (BibliographyLayout,)}
