"""Year suffixes (2019a, 2019b): citeproc-py has no disambiguation at all.

CSL ``disambiguate-add-year-suffix``: items whose citations would print the same get "a",
"b", ... in bibliography order, shown by ``<text variable="year-suffix"/>`` or, if the style
never asks for it, appended to the first year of ``issued`` (citeproc-js does the same).

Limitations (measured in ``docs/benchmarks.md``): ``disambiguate-add-names`` and
``disambiguate-add-givenname`` are not implemented. Where a style enables them, two items
are only given suffixes when their full name lists (family and given names) are equal too,
since citeproc-js would have told the others apart by adding names first; but the added
names themselves are not printed.
"""

from __future__ import annotations

import string

from citeproc import Citation
from citeproc.model import Locale

from refnorm.rendering.patches.substitute import _STATE

__all__ = ["MIXINS", "assign_year_suffixes", "suffix"]

_NAME_VARIABLES = ("author", "editor", "translator", "collection_editor", "composer")


def suffix(n: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa" (citeproc-js's sequence)."""
    letters = string.ascii_lowercase
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = letters[r] + out
    return out


def _names_signature(reference) -> tuple:
    for variable in _NAME_VARIABLES:
        names = reference.get(variable)
        if names:
            return tuple(tuple(sorted((k, str(v)) for k, v in n.items() if k != "circa")) for n in names)
    return ()


def _cite_text(citation, bibliography, item_class, item) -> str:
    cluster = Citation([item_class(item.key)])
    cluster.bibliography = bibliography
    return str(citation.render(cluster, [], lambda _item: None))


def assign_year_suffixes(style, bibliography, item_class) -> None:
    """Disambiguate the items of a registered bibliography: add names, then year suffixes.

    ``disambiguate-add-names``: items whose citations print the same get more names shown
    (``et-al-use-first`` raised for them, in citations and, as citeproc-js does, in the
    bibliography) until their citations differ or all names are shown. Items still equal get
    year suffixes "a", "b"... in bibliography order (``disambiguate-add-year-suffix``).
    """
    citation = style.root.citation
    if citation is None:
        return
    add_names = citation.get("disambiguate-add-names", "false").lower() == "true"
    add_suffix = citation.get("disambiguate-add-year-suffix", "false").lower() == "true"
    if not (add_names or add_suffix):
        return
    by_names = add_names or citation.get("disambiguate-add-givenname", "false").lower() == "true"
    groups: dict = {}
    for item in bibliography.items:
        groups.setdefault(_cite_text(citation, bibliography, item_class, item), []).append(item)
    ambiguous = [members for members in groups.values() if len(members) > 1]
    # <if disambiguate="true"> is the last resort: only for items nothing else told apart
    last_resort = bool(len(style.root.xpath_search(".//*[@disambiguate]")))
    if add_names:
        resolved = []
        for members in ambiguous:
            longest = max(len(m.reference.get(v) or []) for m in members for v in _NAME_VARIABLES)
            # citeproc-js adds names item by item, only to those still ambiguous
            extras = dict.fromkeys((m.key for m in members), 0)
            for _round in range(longest + 1):
                texts = [_cite_text(citation, bibliography, item_class, m) for m in members]
                shared = {t for t in texts if texts.count(t) > 1}
                if not shared or _round == longest:
                    break
                for m, t in zip(members, texts, strict=True):
                    if t in shared:
                        extras[m.key] += 1
                        EXTRA_NAMES[m.key] = extras[m.key]
            if shared:  # names that did not help are taken back (citeproc-js prints them as before)
                for m, t in zip(members, texts, strict=True):
                    if t in shared:
                        EXTRA_NAMES.pop(m.key, None)
                texts = [_cite_text(citation, bibliography, item_class, m) for m in members]
            regrouped: dict = {}
            for m, t in zip(members, texts, strict=True):
                regrouped.setdefault(t, []).append(m)
            resolved.extend(g for g in regrouped.values() if len(g) > 1)
        ambiguous = resolved
    if last_resort and ambiguous:
        # citeproc-js tries <if disambiguate="true"> before year suffixes
        still = []
        for members in ambiguous:
            for m in members:
                DISAMBIGUATE.add(m.key)
            regrouped: dict = {}
            for m in members:
                regrouped.setdefault(_cite_text(citation, bibliography, item_class, m), []).append(m)
            still.extend(g for g in regrouped.values() if len(g) > 1)
        ambiguous = still
    if not add_suffix:
        return
    for members in ambiguous:
        if by_names:
            # citeproc-js would have told items with different names apart by their names
            split: dict = {}
            for m in members:
                split.setdefault(_names_signature(m.reference), []).append(m)
            parts = [g for g in split.values() if len(g) > 1]
        else:
            parts = [members]
        for part in parts:
            for n, item in enumerate(part):
                item.reference["year_suffix"] = suffix(n)


# item key -> names added for disambiguation; read by names.NameInitials.get_option and
# reset by refnorm.rendering.citeproc before each rendering
EXTRA_NAMES: dict[str, int] = {}
# item keys for which <if disambiguate="true"> holds
DISAMBIGUATE: set[str] = set()


class DisambiguateCondition:
    """Mixin for ``<if>``/``<else-if>``: the ``disambiguate`` test (citeproc-py treats it as true).

    Replaces ``If.render`` only for elements that carry ``disambiguate``.
    """

    def render(self, item, context=None, delimiter="", **kwargs):
        if "disambiguate" not in self.attrib:
            return super().render(item, context=context, delimiter=delimiter, **kwargs)
        from citeproc.model import ConditionFailed

        wanted = self.get("disambiguate").lower() == "true"
        results = [(item.key in DISAMBIGUATE) == wanted]
        for attribute, test in (("type", self._type), ("variable", self._variable),
                                ("is-numeric", self._is_numeric), ("is-uncertain-date", self._is_uncertain_date),
                                ("locator", self._locator)):
            if attribute in self.attrib:
                results += test(item)
        if "position" in self.attrib:
            results += self._position(item, context)
        match = self.get("match")
        ok = any(results) if match == "any" else (not any(results) if match == "none" else all(results))
        if not ok:
            raise ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)


class _Implicit:
    pending: str | None = None


_IMPLICIT = _Implicit()
_DONE = "*implicit-year-suffix*"


class ImplicitYearSuffix:
    """Mixin for ``<date>``: carry the year suffix to the first year of ``issued``."""

    def process(self, item, variable=None, *args, **kwargs):
        name = variable or self.get("variable")
        if name == "issued" and _IMPLICIT.pending is None and not _STATE.repressed.get(_DONE):
            suffix_ = item.reference.get("year_suffix")
            root = self.get_root()
            if isinstance(root, Locale):  # a localized date's root is its locale
                root = root.style
            if suffix_ and not root.xpath_search('.//cs:text[@variable="year-suffix"]'):
                _IMPLICIT.pending = suffix_
                try:
                    return super().process(item, variable, *args, **kwargs)
                finally:
                    _IMPLICIT.pending = None
        return super().process(item, variable, *args, **kwargs)


class YearPartSuffix:
    """Mixin for ``<date-part>``."""

    def process(self, date, context=None):
        text = super().process(date, context)
        if _IMPLICIT.pending and self.get("name") == "year" and text:
            text = str(text) + _IMPLICIT.pending
            _IMPLICIT.pending = ""  # once per date
            _STATE.repressed[_DONE] = True  # and once per entry
        return text


MIXINS = {"date": (ImplicitYearSuffix,), "date-part": (YearPartSuffix,),
          "if": (DisambiguateCondition,), "else-if": (DisambiguateCondition,)}
