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

__all__ = ["GIVEN_NAMES", "MIXINS", "assign_year_suffixes", "expand_given_names", "suffix"]

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


def _citation_option(citation, name: str, default: str) -> str:
    """An inheritable name option as the citation's ``<name>`` elements see it."""
    for element in citation.iter("{http://purl.org/net/xbiblio/csl}name"):
        if element.get(name) is not None:
            return element.get(name)
    for element in (citation, citation.get_root()):
        if element.get(name) is not None:
            return element.get(name)
    return default


def _rendered_names(reference, citation) -> tuple[str | None, list]:
    """The name variable a cite prints first and the names it shows (et-al applied)."""
    for variable in _NAME_VARIABLES:
        names = [n for n in reference.get(variable) or [] if "literal" not in n]
        if names:
            break
    else:
        return None, []
    shown = reference.get(variable)
    et_al_min = int(_citation_option(citation, "et-al-min", "0") or 0)
    use_first = int(_citation_option(citation, "et-al-use-first", "1") or 1) + EXTRA_NAMES.get(reference.key, 0)
    if et_al_min and len(shown) >= et_al_min > 1:
        shown = shown[:use_first]
    return variable, list(shown)


class _Expansion:
    """How a citation's names can be expanded (CSL "Expansion of Individual Names")."""

    def __init__(self, citation) -> None:
        self.mark = _citation_option(citation, "initialize-with", None)
        self.initialize = _citation_option(citation, "initialize", "true").lower() != "false"
        self.form = _citation_option(citation, "form", _citation_option(citation, "name-form", "long"))
        rule = citation.get("givenname-disambiguation-rule", "by-cite")
        self.rule = rule
        with_initials = rule.endswith("with-initials")
        initials = self.mark is not None and self.initialize
        # the levels a name can be shown at, beyond the style's own form: 1 = initials, 2 = full
        if self.form == "short":
            self.levels = (1,) if with_initials else ((1, 2) if initials else (2,))
            if with_initials and not initials:
                self.levels = ()
        else:
            self.levels = () if with_initials or not initials else (2,)

    def key(self, name, level: int) -> tuple:
        """What a reader sees of `name` at `level` (0 = the style's own form)."""
        from refnorm.rendering.patches.names import initialize

        family = (name.get("non-dropping-particle") or "", name.get("family") or "")
        given = name.get("given") or ""
        if level == 0 and self.form == "short":
            return family
        if level == 2 or self.mark is None or not self.initialize:
            return (*family, " ".join(given.replace(".", " ").split()))  # "J.J." is "J. J."
        return (*family, initialize(given, self.mark))


def expand_given_names(citation, bibliography, item_class) -> None:
    """``disambiguate-add-givenname``: show initials or given names where names are ambiguous.

    Rules ``all-names``/``primary-name`` (and ``-with-initials``) expand every rendered name
    that another person's name looks like, in every cite; ``by-cite`` only the names of cites
    that print the same, name after name, until the cites differ. Levels go to
    :data:`GIVEN_NAMES` (item key -> {(variable, index): level}), read by
    :class:`.names.NameInitials` when it renders a citation.
    """
    expansion = _Expansion(citation)
    if not expansion.levels:
        return
    if expansion.rule != "by-cite":
        GIVEN_NAMES.clear()  # decided from scratch: the names shown may have changed
        primary = expansion.rule.startswith("primary-name")
        shown = []  # (item, variable, index, name)
        for item in bibliography.items:
            variable, names = _rendered_names(item.reference, citation)
            for index, name in enumerate(names[:1] if primary else names):
                if "literal" not in name:
                    shown.append((item, variable, index, name))
        people = {}
        for _item, _variable, _index, name in shown:
            people.setdefault(expansion.key(name, 0), set()).add(expansion.key(name, 2))
        for item, variable, index, name in shown:
            if len(people.get(expansion.key(name, 0), ())) < 2:
                continue  # no one else's name looks like this one
            others = [_names_like(shown, name, expansion)]
            for level in expansion.levels:
                mine = expansion.key(name, level)
                if all(expansion.key(other, level) != mine for other in others[0]):
                    GIVEN_NAMES.setdefault(item.key, {})[(variable, index)] = level
                    break
        return
    groups: dict = {}
    for item in bibliography.items:
        groups.setdefault(_cite_text(citation, bibliography, item_class, item), []).append(item)
    for members in (g for g in groups.values() if len(g) > 1):
        expand_by_cite(members, citation, bibliography, item_class, expansion)


def expand_by_cite(members, citation, bibliography, item_class, expansion=None) -> None:
    """Rule ``by-cite``: expand the names of cites that print the same, one name position at
    a time, until they differ; an expansion that tells nothing apart is taken back."""
    expansion = expansion or _Expansion(citation)
    if not expansion.levels:
        return
    lists = {m.key: _rendered_names(m.reference, citation) for m in members}
    longest = max(len(names) for _, names in lists.values())
    texts = [_cite_text(citation, bibliography, item_class, m) for m in members]
    for index in range(longest):
        if len(set(texts)) == len(texts):
            break
        for level in expansion.levels:
            before = len(set(texts))
            saved = {m.key: dict(GIVEN_NAMES.get(m.key, {})) for m in members}
            for m, text in zip(members, texts, strict=True):
                variable, names = lists[m.key]
                if texts.count(text) > 1 and index < len(names):
                    GIVEN_NAMES.setdefault(m.key, {})[(variable, index)] = level
            texts = [_cite_text(citation, bibliography, item_class, m) for m in members]
            if len(set(texts)) == before:  # expanding this name told nothing apart
                for key, levels in saved.items():
                    GIVEN_NAMES[key] = levels
                texts = [_cite_text(citation, bibliography, item_class, m) for m in members]
            if len(set(texts)) == len(texts):
                break


def _names_like(shown, name, expansion) -> list:
    base = expansion.key(name, 0)
    full = expansion.key(name, 2)
    return [other for _i, _v, _x, other in shown
            if expansion.key(other, 0) == base and expansion.key(other, 2) != full]


def assign_year_suffixes(style, bibliography, item_class) -> None:
    """Disambiguate the items of a registered bibliography: add names, then year suffixes.

    ``disambiguate-add-names``: items whose citations print the same get more names shown
    (``et-al-use-first`` raised for them, in citations and, as citeproc-js does, in the
    bibliography) until their citations differ or all names are shown. Items still equal get
    year suffixes "a", "b"... in bibliography order (``disambiguate-add-year-suffix``).
    """
    GIVEN_NAMES.clear()
    citation = style.root.citation
    if citation is None:
        return
    add_names = citation.get("disambiguate-add-names", "false").lower() == "true"
    add_suffix = citation.get("disambiguate-add-year-suffix", "false").lower() == "true"
    add_given = citation.get("disambiguate-add-givenname", "false").lower() == "true"
    if add_given:
        expand_given_names(citation, bibliography, item_class)
    if not (add_names or add_suffix):
        return
    # without given-name expansion, citeproc-js would still have told apart items whose names
    # differ only in given names; with it, the rendered text says what is left ambiguous
    by_names = add_names and not add_given
    groups: dict = {}
    for item in bibliography.items:
        groups.setdefault(_cite_text(citation, bibliography, item_class, item), []).append(item)
    ambiguous = [members for members in groups.values() if len(members) > 1]
    # <if disambiguate="true"> is the last resort: only for items nothing else told apart
    last_resort = bool(len(style.root.xpath_search(".//*[@disambiguate]")))
    if add_names:
        by_cite = add_given and citation.get("givenname-disambiguation-rule", "by-cite") == "by-cite"
        resolved = []
        for members in ambiguous:
            longest = max(len(m.reference.get(v) or []) for m in members for v in _NAME_VARIABLES)

            def snapshot(members=members):
                return ({m.key: EXTRA_NAMES.get(m.key, 0) for m in members},
                        {m.key: dict(GIVEN_NAMES.get(m.key, {})) for m in members})

            texts = [_cite_text(citation, bibliography, item_class, m) for m in members]
            best = (len(set(texts)), snapshot())
            # citeproc-js adds names one by one to the cites still ambiguous (expanding the
            # added names if that helps), and keeps the state that told most cites apart
            for _round in range(longest):
                shared = {t for t in texts if texts.count(t) > 1}
                if not shared:
                    break
                still = [m for m, t in zip(members, texts, strict=True) if t in shared]
                for m in still:
                    EXTRA_NAMES[m.key] = EXTRA_NAMES.get(m.key, 0) + 1
                if by_cite:
                    expand_by_cite(still, citation, bibliography, item_class)
                elif add_given:
                    expand_given_names(citation, bibliography, item_class)
                texts = [_cite_text(citation, bibliography, item_class, m) for m in members]
                if len(set(texts)) > best[0]:
                    best = (len(set(texts)), snapshot())
            extras, given = best[1]
            for key, n in extras.items():
                if n:
                    EXTRA_NAMES[key] = n
                else:
                    EXTRA_NAMES.pop(key, None)
            for key, levels in given.items():
                GIVEN_NAMES[key] = levels
            texts = [_cite_text(citation, bibliography, item_class, m) for m in members]
            regrouped: dict = {}
            for m, t in zip(members, texts, strict=True):
                regrouped.setdefault(t, []).append(m)
            resolved.extend(g for g in regrouped.values() if len(g) > 1)
        ambiguous = resolved
        if add_given and not by_cite:
            expand_given_names(citation, bibliography, item_class)  # names added: look again
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
# item key -> {(name variable, index in the list): 1 (initials) or 2 (full given name)}, for
# citations (disambiguate-add-givenname); read by names.NameInitials
GIVEN_NAMES: dict[str, dict[tuple[str, int], int]] = {}


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
            # (a style printing citation-label carries the suffix there: labels.CitationLabel)
            if suffix_ and not root.xpath_search(
                    './/cs:text[@variable="year-suffix"] | .//cs:text[@variable="citation-label"]'):
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
