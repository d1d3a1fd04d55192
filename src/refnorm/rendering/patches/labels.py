"""``citation-label``: the trigraph citeproc-js makes when the item has none ("Doe65", "RoNo78").

citeproc-py knows the variable only when the item carries it, so trigraph styles (Copernicus,
alpha-style labels) printed nothing; :func:`.items.to_reference` now fills it in. citeproc-js's default trigraph is
``Aaaa00:AaAa00:AaAA00:AAAA00``: with one author the first four letters of the family name,
with two the first two of each, with three the first two of the first and one of the others,
with four or more the first letter of the first four; then the last two digits of the year.
A year suffix that the style does not print through ``year-suffix`` goes on the label
(``Doe65a``), not on the date.
"""

from __future__ import annotations

__all__ = ["MIXINS", "CitationLabel", "trigraph"]

_NAME_VARIABLES = ("author", "editor", "translator", "composer", "director")


def trigraph(reference) -> str | None:
    """The default citation label of a citeproc-py reference (None without names)."""
    names = []
    for variable in _NAME_VARIABLES:
        names = reference.get(variable) or []
        if names:
            break
    families = [str(n.get("family") or n.get("literal") or "") for n in names]
    families = [f for f in families if f]
    if not families:
        return None
    if len(families) == 1:
        label = families[0][:4]
    elif len(families) == 2:
        label = families[0][:2] + families[1][:2]
    elif len(families) == 3:
        label = families[0][:2] + families[1][:1] + families[2][:1]
    else:
        label = "".join(f[:1] for f in families[:4])
    issued = reference.get("issued")
    try:
        year = getattr(issued, "year", None) or getattr(getattr(issued, "begin", None), "year", None)
        label += f"{abs(int(year)) % 100:02d}" if year else ""
    except Exception:  # citeproc-py dates raise VariableError for a missing part; odd years
        pass
    return label


class CitationLabel:
    """Mixin for ``<text>``: ``variable="citation-label"`` with its year suffix."""

    def _variable(self, item, context):
        text = super()._variable(item, context)
        if self.get("variable") != "citation-label":
            return text
        suffix = item.reference.get("year_suffix")
        if text and suffix and not _prints_year_suffix(self):
            text = f"{text}{suffix}"
        return text


def _prints_year_suffix(element) -> bool:
    root = element.get_root()
    return bool(len(root.xpath_search('.//cs:text[@variable="year-suffix"]')))


MIXINS = {"text": (CitationLabel,)}
