"""Faster equivalents of citeproc-py internals, placed under the patch layer.

A profile of a 393-item APA bibliography (``python bench/render_speed.py profile``) after the
caches of :mod:`refnorm.rendering.patches.cache` is flat over citeproc-py's element methods,
but a few costs repeat for every element of every item:

* attribute reads: about 1,450 ``element.get(...)`` and 1,120 ``"x" in element.attrib`` per
  APA entry, each a trip into lxml that decodes the attribute again (a parsed style never
  changes its attributes while it renders);
* ``<if>`` re-reading six attributes and splitting its ``type`` list for every item;
* ``<text>`` finding the item's language through a raised and caught ``VariableError`` when the
  item has none (most items);
* ``<name>`` options resolved again (an XPath to the enclosing citation/bibliography and a
  lookup there) for every name list of every item;
* a citation ``<sort>`` rendering the sort-key macros of a one-cite cluster, which cannot be
  reordered (year-suffix disambiguation renders one such cluster per item).

The mixins here replace those citeproc-py methods with equivalents that print exactly the same
(checked character by character with ``bench/render_speed.py snapshot``/``compare``). They sit
*below* the patch layer in each element class's MRO, just above citeproc-py's class, so every fix
of :mod:`refnorm.rendering.patches` still wraps them through ``super()``; an inlined shortcut is
only taken where no fix overrides the method it stands for.
"""

from __future__ import annotations

import functools
from types import MappingProxyType

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import join
from lxml import etree

from refnorm.rendering.patches import element_classes as patched_classes

__all__ = ["clear", "element_lookup", "specialize"]

_CSL = "http://purl.org/net/xbiblio/csl"
_CHILDREN: dict = {}
_MACROS: dict = {}
_KINDS: dict = {}
_LAYOUTS: dict = {}
_TERMS: dict = {}
_IF_TESTS: dict = {}
_NAME_OPTIONS: dict = {}
_CHOICES: dict = {}
_TEXTS: dict = {}
_FOUND: dict = {}
_MARKUP: dict = {}


def clear() -> None:
    """Forget every cached element datum (when parsed styles are dropped)."""
    _CHILDREN.clear()
    _MACROS.clear()
    _KINDS.clear()
    _LAYOUTS.clear()
    _TERMS.clear()
    _IF_TESTS.clear()
    _NAME_OPTIONS.clear()
    _CHOICES.clear()
    _TEXTS.clear()
    _FOUND.clear()
    _MARKUP.clear()


class CachedAttributes:
    """Every element but ``<date-part>`` (citeproc-py copies overrides into those): attributes,
    tag and children read once per element.

    The attribute mapping and tag are stored in the element proxy's ``__dict__`` (the style
    keeps every proxy alive), where Python finds them without calling anything; so is the
    mapping's own ``get`` where no fix overrides ``get``.
    """

    _overrides = None  # (read by cache.UnformattedShortcut for every element; set on <date-part> only)

    @functools.cached_property
    def attrib(self):
        # read-only: nothing in citeproc-py or the patches writes a style element's attributes
        return MappingProxyType(dict(etree._Element.attrib.__get__(self)))

    @functools.cached_property
    def tag(self):
        return etree._Element.tag.__get__(self)

    def get(self, key, default=None):
        attrib = self.attrib
        if type(self).get is CachedAttributes.get:  # no fix wraps get: skip this method next time
            self.__dict__["get"] = attrib.get
        return attrib.get(key, default)

    def iterchildren(self, *args, **kwargs):
        if args or kwargs:
            return super().iterchildren(*args, **kwargs)
        try:
            return iter(_CHILDREN[self])
        except KeyError:
            children = _CHILDREN[self] = tuple(super().iterchildren())
            return iter(children)

    def getchildren(self):
        try:
            return list(_CHILDREN[self])
        except KeyError:
            return list(self.iterchildren())

    def find(self, path, namespaces=None):
        # citeproc-py's objectified child look-up (``names.name``: ``find("cs:name", nsmap)``) and
        # the patches' ``find("{ns}name")`` go through lxml's ElementPath, which walks the
        # children through ``iterchildren(tag=...)``; a plain child tag is found among the
        # cached children instead (the same first match: document order, exact tag)
        tag = _child_tag(path, namespaces)
        if tag is None:
            return super().find(path, namespaces)
        key = (self, tag)
        try:
            return _FOUND[key]
        except KeyError:
            pass
        found = _FOUND[key] = next((child for child in self.iterchildren() if child.tag == tag), None)
        return found

    def insert(self, index, element):
        # citeproc-py and the patches insert a default <name> into a <names>
        _FOUND.clear()
        _CHILDREN.pop(self, None)
        _KINDS.pop(self, None)
        _CHOICES.pop(self, None)
        super().insert(index, element)


class DatePartAttributes:
    """``<date-part>``: attributes read from a dict copied from lxml once per element.

    citeproc-py's ``Date_Part.process`` writes into a date-part's attributes (``attrib.update``
    with the attributes of a same-named date-part under its context), so unlike other elements
    they are not frozen: reads and that write both go to the same plain dict, as they went to
    lxml's attributes, and a date-part prints what it printed (its attributes are read about 40
    times per entry, each a decoding trip into lxml before).
    """

    @functools.cached_property
    def attrib(self):
        return dict(etree._Element.attrib.__get__(self))

    @functools.cached_property
    def tag(self):
        return etree._Element.tag.__get__(self)

    def get(self, key, default=None):
        return self.attrib.get(key, default)


def _child_tag(path, namespaces) -> str | None:
    """The ``{namespace}local`` tag an ElementPath of one plain child step selects, else None."""
    if not isinstance(path, str):
        return None
    if path.startswith("{"):
        local = path[1:].partition("}")[2]
        tag = path
    else:
        prefix, colon, local = path.partition(":")
        if not colon or namespaces is None or prefix not in namespaces:
            return None
        tag = "{" + namespaces[prefix] + "}" + local
    if not local or any(c in local for c in "/[]*.@:{} "):
        return None
    return tag


class StyleLookups:
    """Every element: macros, the enclosing layout and terms looked up once.

    citeproc-py formats and runs an XPath query for every ``<text macro>`` rendered and every
    ``get_layout()``, and builds a term's text (``find``, ``preformat``, the typographic fixes)
    for every use; a parsed style's macros, layouts and locale terms never change. Terms are
    kept per output formatter, which ``preformat`` depends on.
    """

    def get_macro(self, name):
        key = (self, name)  # (finer than the style's root, which would cost a get_root() call)
        try:
            return _MACROS[key]
        except KeyError:
            macro = _MACROS[key] = super().get_macro(name)
            return macro

    def get_layout(self):
        try:
            return _LAYOUTS[self]
        except KeyError:
            layout = _LAYOUTS[self] = super().get_layout()
            return layout

    def get_single_term(self, *args, **kwargs):
        return self._memo_term("single", args, kwargs)

    def get_plural_term(self, *args, **kwargs):
        return self._memo_term("plural", args, kwargs)

    def _memo_term(self, number, args, kwargs):
        key = (self.get_root(), self.get_formatter(), number, args, tuple(sorted(kwargs.items())))
        try:
            return _TERMS[key]
        except KeyError:
            pass
        method = super().get_single_term if number == "single" else super().get_plural_term
        term = _TERMS[key] = method(*args, **kwargs)
        return term


class ChildrenRendering:
    """``<layout>``, ``<macro>``, ``<if>``, ``<else-if>``, ``<else>``: citeproc-py's
    ``Parent.render_children`` with each child's kind (a ``<choose>`` gets the delimiter) worked
    out once."""

    def render_children(self, item, delimiter="", **kwargs):
        try:
            children = _KINDS[self]
        except KeyError:
            children = _KINDS[self] = tuple((child, isinstance(child, model.Choose)) for child in self.iterchildren())
        output = []
        for child, is_choose in children:
            try:
                if is_choose:
                    text = child.render(item, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, **kwargs)
                if text is not None:
                    output.append(text)
            except VariableError:
                pass
        if output:
            return join(output, delimiter)
        return None


class OneCiteSort:
    """``<sort>``: a list of fewer than two cites is already in order; its keys (rendered
    macros) are not computed. Whoever renders the cites afterwards resets the entry state
    (``layout.repressed``) that computing them would have reset."""

    def sort(self, items, context):
        if len(items) < 2:
            return list(items)
        return super().sort(items, context)


def _compile_if(element) -> tuple:
    """The tests an ``<if>``/``<else-if>`` carries, in citeproc-py's order, and its match rule.

    A ``type`` test, and a ``variable`` test no fix overrides, are inlined (``"type"``,
    ``"variables"``: plain look-ups that cannot raise); any other test is called.
    """
    attrib = element.attrib
    cls = type(element)
    tests = []
    if "type" in attrib:
        types = tuple(t.lower() for t in element.get("type").split())
        tests.append(("type", types) if cls._type is model.If._type else ("call", cls._type))
    if "variable" in attrib:
        if cls._variable is model.If._variable:
            tests.append(("variables", tuple(v.replace("-", "_") for v in element.get("variable").split())))
        else:
            tests.append(("call", cls._variable))
    for attribute, method in (("is-numeric", "_is_numeric"), ("is-uncertain-date", "_is_uncertain_date"),
                              ("locator", "_locator")):
        if attribute in attrib:
            tests.append(("call", getattr(cls, method)))
    if "position" in attrib:
        tests.append(("position", cls._position))
    match = element.get("match")
    combine = any if match == "any" else _none if match == "none" else all
    return tuple(tests), combine


def _none(results) -> bool:
    return not any(results)


def _holds(element, item, context) -> bool:
    """Whether the tests of an ``<if>``/``<else-if>`` hold for `item` (citeproc-py's rule: the
    results of every test of every attribute combined by ``match``).

    When every test is an inlined look-up, evaluation stops as soon as the outcome is known
    (nothing skipped could raise or change state); otherwise every test runs, as in citeproc-py.
    """
    try:
        tests, combine, pure = _IF_TESTS[element]
    except KeyError:
        tests, combine = _compile_if(element)
        pure = all(kind in ("type", "variables") for kind, _ in tests)
        _IF_TESTS[element] = tests, combine, pure
    if pure:
        # all: holds unless one result is false; any/none: decided by the first true result
        wanted = combine is not all
        for kind, value in tests:
            if kind == "type":
                item_type = item.reference.type
                for t in value:
                    if (t == item_type) is wanted:
                        return combine is any if wanted else False
            else:
                reference = item.reference
                for v in value:
                    if (("locator" in item) if v == "locator" else (v in reference)) is wanted:
                        return combine is any if wanted else False
        return combine is not any
    results = []
    for kind, value in tests:
        if kind == "type":
            item_type = item.reference.type
            results += [t == item_type for t in value]
        elif kind == "variables":
            reference = item.reference
            results += [("locator" in item) if v == "locator" else (v in reference) for v in value]
        elif kind == "call":
            results += value(element, item)
        else:
            results += value(element, item, context)
    return combine(results)


class CompiledCondition:
    """``<if>``/``<else-if>``: citeproc-py's ``If.render`` with the element's tests worked out once."""

    def render(self, item, context=None, delimiter="", **kwargs):
        if not _holds(self, item, context):
            raise model.ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)


_ELSE = "else"
_ABSENT = object()


def _branch_plan(branch):
    """How `branch` of a ``<choose>`` is rendered without a raised ``ConditionFailed``: ``"if"``
    (its tests, then its children), ``"else"`` (its children), or None (call its ``render``,
    which some fix overrides, e.g. ``<if disambiguate>``)."""
    render = getattr(type(branch), "render", None)
    if render is CompiledCondition.render:
        return "if"
    if render is model.Else.render:
        return _ELSE
    return None


class CompiledChoose:
    """``<choose>``: citeproc-py's ``Choose.render`` testing each branch directly.

    citeproc-py asks each branch to render and catches the ``ConditionFailed`` of every branch
    that does not apply (about 90 raised per APA entry, each through the fixes' wrappers). Here
    a branch whose ``render`` is the compiled one of this module has its tests evaluated and,
    if they hold, its children rendered, as that ``render`` would; any other branch is asked as
    before.
    """

    def render(self, item, context=None, delimiter="", **kwargs):
        try:
            plan = _CHOICES[self]
        except KeyError:
            plan = _CHOICES[self] = tuple(_choice(branch) for branch in self.iterchildren())
        for branch, kind, tests, combine in plan:
            if kind == "pure":
                # _holds' look-up-only case, inlined (about 120 branches tried per APA entry):
                # stop at the first result equal to `wanted`, which decides the outcome
                wanted, is_any = combine
                decided = False
                for test, value in tests:
                    if test == "type":
                        item_type = item.reference.get("type", _ABSENT)  # (dict.get: no two-frame attribute look-up)
                        if item_type is _ABSENT:
                            item_type = item.reference.type  # raises as citeproc-py does
                        for t in value:
                            if (t == item_type) is wanted:
                                decided = True
                                break
                    else:
                        reference = item.reference
                        for v in value:
                            if (("locator" in item) if v == "locator" else (v in reference)) is wanted:
                                decided = True
                                break
                    if decided:
                        break
                if not (is_any if decided else not is_any):
                    continue
            elif kind == "if":
                if not _holds(branch, item, context):
                    continue
            elif kind is None:
                try:
                    return branch.render(item, context=context, delimiter=delimiter, **kwargs)
                except model.ConditionFailed:
                    continue
            return branch.render_children(item, context=context, delimiter=delimiter, **kwargs)
        return None


def _choice(branch) -> tuple:
    """(branch, kind, tests, combine) for :class:`CompiledChoose`; kind ``"pure"`` for an
    ``<if>`` whose tests are all look-ups (evaluated inline), else as :func:`_branch_plan`."""
    kind = _branch_plan(branch)
    if kind == "if":
        tests, combine = _compile_if(branch)
        if all(test in ("type", "variables") for test, _ in tests):
            # all: decided by a false result (then fails); any: by a true one (then holds);
            # none: by a true one (then fails); undecided: all and none hold, any fails
            return branch, "pure", tests, (combine is not all, combine is any)
    return branch, kind, None, None


class TextLanguageLookup:
    """``<text>``: citeproc-py's ``Text.process`` reading the item's language without raising,
    with what the element prints (variable, macro, term or value), its macro and the style's
    default language worked out once per element."""

    def process(self, item, context=None, **kwargs):
        if context is None:
            context = self
        try:
            kind, macro, direct, default_language = _TEXTS[self]
        except KeyError:
            kind, macro, direct, default_language = _TEXTS[self] = _text_plan(self)
        reference = item.reference
        language = reference["language"][:2] if "language" in reference else default_language
        if kind == "variable":
            text = self._variable(item, context)
        elif kind == "macro":
            # citeproc-py's Macro.render is render_children; called directly where no fix
            # overrides it (decided in _text_plan)
            text = macro.render_children(item, context=context, sort_options=None) if direct else macro.render(item, context)
        elif kind == "term":
            text = self._term(item)
        elif kind == "value":
            text = model.String(self.preformat(self.get("value")))
        return text, language  # (unbound for a <text> with none of the four, as in citeproc-py)


def _text_plan(element) -> tuple:
    attrib = element.attrib
    root = element.get_root()
    if element.__dict__.get("_no_language_is_output"):
        # textcase.TextLanguage was taken off this element's class (specialize): what it did,
        # the output locale's language for an item without one, is done here
        default_language = getattr(root, "output_language", "en")
    else:
        default_language = root.get("default-locale", "en")[:2]
    for kind in ("variable", "macro", "term", "value"):
        if kind in attrib:
            # get_macro's answer never changes for an element (StyleLookups keeps it)
            macro = element.get_macro(element.get("macro")) if kind == "macro" else None
            direct = macro is not None and type(macro).render is model.Macro.render
            return kind, macro, direct, default_language
    return None, None, False, default_language


class MissingVariable:
    """``<text variable>``: citeproc-py's ``Text._variable``, returning None for a variable the
    item lacks instead of raising ``VariableError`` through every wrapper up to the enclosing
    group (about 50 raised per entry). Every caller treats the two alike: a group, a macro, a
    substitute, a branch and the layout skip a child that raised and a child that printed
    nothing in the same way, and the patches wrapping ``_variable`` test ``if text``.
    """

    def _variable(self, item, context):
        variable = self.get("variable")
        if variable.startswith("page") or variable in ("citation-number", "locator"):
            return super()._variable(item, context)
        repressed = context.get_layout().repressed
        if self.tag in repressed and variable in repressed[self.tag]:
            return None
        reference = item.reference
        if self.get("form") == "short":
            short_variable = variable + "-short"
            if short_variable.replace("-", "_") in reference:
                variable = short_variable
        key = variable.replace("-", "_")
        return reference.get(key)  # (dict.get: CustomDict only overrides [] to raise)


class PlainTextMarkup:
    """``<text>``: citeproc-py's ``Text.markup`` reduced to ``format`` for an element whose
    ``strip-periods``, ``text-case``, ``quotes`` and affixes would each return the text unchanged
    (most ``<text>`` elements of a style; five calls through the fixes' wrappers saved each).
    Decided once per element, from its attributes and from which fix each of those methods
    resolves to: a method some new fix overrides is called as before."""

    def markup(self, text, language):
        try:
            plain = _MARKUP[self]
        except KeyError:
            plain = _MARKUP[self] = _markup_is_format(self)
        if plain:
            return self.format(text) if text else None
        return super().markup(text, language)


class PlainRender:
    """``<group>``, ``<names>``: citeproc-py's ``render`` (``markup(process(...))``) with the
    markup reduced to ``format`` where ``wrap`` would return the text unchanged (no affixes) and
    no fix overrides ``markup``: two calls through the wrappers saved for most groups."""

    def render(self, *args, **kwargs):
        text = self.process(*args, **kwargs)
        try:
            plain = _MARKUP[self]
        except KeyError:
            plain = _MARKUP[self] = _markup_is_wrapped_format(self)
        if plain:
            return self.format(text) if text else None
        return self.markup(text)


def _markup_is_wrapped_format(element) -> bool:
    from refnorm.rendering.patches import cache

    cls = type(element)
    return (cls.markup in (model.Group.markup, model.Names.markup)
            and cls.wrap is cache.EscapedAffixes.wrap and not element.get("prefix") and not element.get("suffix"))


def _markup_is_format(element) -> bool:
    from refnorm.rendering.patches import cache, quotes, textcase

    cls, get = type(element), element.get
    return (cls.strip_periods is model.StrippedPeriods.strip_periods and get("strip-periods", "false").lower() != "true"
            and cls.case in (model.TextCased.case, textcase.TitleCase.case) and get("text-case") is None
            and cls.quote is quotes.QuotedText.quote and get("quotes", "false").lower() != "true"
            and cls.wrap is cache.EscapedAffixes.wrap and not get("prefix") and not get("suffix"))


class NameOptions:
    """``<name>``: an option read from the style tree is looked up once per (element, context)."""

    def get_option(self, name, context=None, sort_options=None):
        if sort_options is not None and name in sort_options:
            return super().get_option(name, context, sort_options)
        key = (self, context, name)
        try:
            return _NAME_OPTIONS[key]
        except KeyError:
            value = _NAME_OPTIONS[key] = super().get_option(name, context, sort_options)
            return value


# element name -> faster equivalents of citeproc-py methods ("*": every element)
SPEEDUPS: dict[str | None, tuple[type, ...]] = {
    "sort": (OneCiteSort,),
    "choose": (CompiledChoose,),
    "if": (CompiledCondition, ChildrenRendering),
    "else-if": (CompiledCondition, ChildrenRendering),
    "else": (ChildrenRendering,),
    "macro": (ChildrenRendering,),
    "layout": (ChildrenRendering,),
    "text": (TextLanguageLookup, MissingVariable, PlainTextMarkup),
    "group": (PlainRender,),
    "names": (PlainRender,),
    "name": (NameOptions,),
    "date-part": (DatePartAttributes,),
}
_NO_ATTRIBUTE_CACHE = ("date-part",)


@functools.cache
def element_classes() -> dict[str | None, type]:
    """The patched element classes with the speed-ups inserted just above citeproc-py's class."""
    classes = {}
    for name, cls in patched_classes().items():
        base = _citeproc_base(cls)
        fixes = cls.__bases__[:-1] if cls is not base else ()
        speed = [*SPEEDUPS.get(name, ())]
        speed.append(StyleLookups)
        if name not in _NO_ATTRIBUTE_CACHE:
            speed.append(CachedAttributes)
        classes[name] = type(base.__name__, (*fixes, *speed, base), {"__module__": __name__})
    return classes


def _inert_fixes() -> dict[type, object]:
    """Fix mixin -> a test telling, from an element's attributes, that the fix only passes the
    call on for that element (each test restates the fix's own first condition)."""
    from refnorm.rendering.patches import (
        disambiguation,
        labels,
        positions,
        quotes,
        sorting,
        substitute,
        textcase,
        urls,
    )

    def variable(element) -> str:
        return element.get("variable") or ""

    return {
        substitute.MacroAsGroup: lambda e: "macro" not in e.attrib,
        sorting.MacroSortOptions: lambda e: "macro" not in e.attrib,
        positions.NoteNumberVariable: lambda e: variable(e) != "first-reference-note-number",
        labels.CitationLabel: lambda e: variable(e) != "citation-label",
        positions.NoteNumberCondition: lambda e: "first-reference-note-number" not in variable(e).split(),
        disambiguation.DisambiguateCondition: lambda e: "disambiguate" not in e.attrib,
        textcase.TitleCase: lambda e: "text-case" not in e.attrib,
        quotes.InertValue: lambda e: "value" not in e.attrib,
        quotes.NumberSuffix: lambda e: e.get("variable") not in quotes.NUMERIC_VARIABLES,
        urls.ShortUrl: lambda e: variable(e) != "URL" or e.get("form") != "short",
    }


_SPECIALIZED: dict = {}


def specialize(elements) -> int:
    """Give each element of a parsed style a class without the fixes that would only pass its
    calls on (e.g. the ``<text macro>`` fixes on a ``<text variable>``, the ``disambiguate``
    test on an ``<if>`` without one): about a third of the wrapper frames of a ``<text>``.

    Only elements built from this module's classes are changed, never a ``<date-part>`` (whose
    attributes citeproc-py overwrites while rendering). Python proxies of lxml elements keep
    their class while alive (the parsed style holds them all); a proxy lxml builds again gets the
    full class, which prints the same. Returns how many elements were given a narrower class.
    """
    from refnorm.rendering.patches.textcase import TextLanguage

    inert = _inert_fixes()
    ours = set(element_classes().values())
    changed = 0
    for element in elements:
        cls = type(element)
        if cls not in ours or issubclass(cls, model.Date_Part):
            continue
        bases = cls.__bases__
        kept = tuple(b for b in bases if not (b in inert and inert[b](element)))
        if TextLanguage in kept and issubclass(cls, TextLanguageLookup):
            # TextLanguage only replaces the language TextLanguageLookup returns for an item
            # without one by the output locale's: TextLanguageLookup does that itself when told
            kept = tuple(b for b in kept if b is not TextLanguage)
            element.__dict__["_no_language_is_output"] = True
        if kept == bases:
            continue
        narrow = _SPECIALIZED.get((cls, kept))
        if narrow is None:
            narrow = _SPECIALIZED[(cls, kept)] = type(cls.__name__, kept, {"__module__": __name__})
        element.__class__ = narrow
        changed += 1
    return changed


def _citeproc_base(cls: type) -> type:
    """citeproc-py's class behind a patched class (the patch layer puts it last in the bases)."""
    if cls.__module__.startswith("citeproc"):
        return cls
    base = cls.__bases__[-1]
    if not base.__module__.startswith("citeproc"):
        raise RuntimeError(f"unexpected patched class layout for {cls!r}: {cls.__bases__}")
    return base


@functools.cache
def element_lookup() -> etree.ElementNamespaceClassLookup:
    """An lxml class lookup that builds CSL elements from the patched, sped-up classes."""
    lookup = etree.ElementNamespaceClassLookup()
    lookup.get_namespace(_CSL).update(element_classes())
    return lookup
