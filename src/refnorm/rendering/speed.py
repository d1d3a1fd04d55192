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

__all__ = ["clear", "element_lookup"]

_CSL = "http://purl.org/net/xbiblio/csl"
_CHILDREN: dict = {}
_MACROS: dict = {}
_KINDS: dict = {}
_LAYOUTS: dict = {}
_TERMS: dict = {}
_IF_TESTS: dict = {}
_NAME_OPTIONS: dict = {}


def clear() -> None:
    """Forget every cached element datum (when parsed styles are dropped)."""
    _CHILDREN.clear()
    _MACROS.clear()
    _KINDS.clear()
    _LAYOUTS.clear()
    _TERMS.clear()
    _IF_TESTS.clear()
    _NAME_OPTIONS.clear()


class CachedAttributes:
    """Every element but ``<date-part>`` (citeproc-py copies overrides into those): attributes,
    tag and children read once per element.

    The attribute mapping and tag are stored in the element proxy's ``__dict__`` (the style
    keeps every proxy alive), where Python finds them without calling anything; so is the
    mapping's own ``get`` where no fix overrides ``get``.
    """

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

    def insert(self, index, element):
        # citeproc-py and the patches insert a default <name> into a <names>
        _CHILDREN.pop(self, None)
        _KINDS.pop(self, None)
        super().insert(index, element)


class StyleLookups:
    """Every element: macros, the enclosing layout and terms looked up once.

    citeproc-py formats and runs an XPath query for every ``<text macro>`` rendered and every
    ``get_layout()``, and builds a term's text (``find``, ``preformat``, the typographic fixes)
    for every use; a parsed style's macros, layouts and locale terms never change. Terms are
    kept per output formatter, which ``preformat`` depends on.
    """

    def get_macro(self, name):
        key = (self.get_root(), name)
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
    """The tests an ``<if>``/``<else-if>`` carries, in citeproc-py's order, and its match rule."""
    attrib = element.attrib
    inline_type = type(element)._type is model.If._type
    tests = []
    if "type" in attrib:
        types = tuple(t.lower() for t in element.get("type").split())
        tests.append(("type", types) if inline_type else ("call", type(element)._type))
    for attribute, method in (("variable", "_variable"), ("is-numeric", "_is_numeric"),
                              ("is-uncertain-date", "_is_uncertain_date"), ("locator", "_locator")):
        if attribute in attrib:
            tests.append(("call", getattr(type(element), method)))
    if "position" in attrib:
        tests.append(("position", type(element)._position))
    match = element.get("match")
    combine = any if match == "any" else (lambda r: not any(r)) if match == "none" else all
    return tuple(tests), combine


class CompiledCondition:
    """``<if>``/``<else-if>``: citeproc-py's ``If.render`` with the element's tests worked out once."""

    def render(self, item, context=None, delimiter="", **kwargs):
        try:
            tests, combine = _IF_TESTS[self]
        except KeyError:
            tests, combine = _IF_TESTS[self] = _compile_if(self)
        results = []
        for kind, value in tests:
            if kind == "type":
                item_type = item.reference.type
                results += [t == item_type for t in value]
            elif kind == "call":
                results += value(self, item)
            else:
                results += value(self, item, context)
        if not combine(results):
            raise model.ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)


class TextLanguageLookup:
    """``<text>``: citeproc-py's ``Text.process`` reading the item's language without raising."""

    def process(self, item, context=None, **kwargs):
        if context is None:
            context = self
        reference = item.reference
        if "language" in reference:
            language = reference["language"][:2]
        else:
            language = self.get_root().get("default-locale", "en")[:2]
        attrib = self.attrib
        if "variable" in attrib:
            text = self._variable(item, context)
        elif "macro" in attrib:
            text = self.get_macro(self.get("macro")).render(item, context)
        elif "term" in attrib:
            text = self._term(item)
        elif "value" in attrib:
            text = model.String(self.preformat(self.get("value")))
        return text, language  # (unbound for a <text> with none of the four, as in citeproc-py)


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
    "if": (CompiledCondition, ChildrenRendering),
    "else-if": (CompiledCondition, ChildrenRendering),
    "else": (ChildrenRendering,),
    "macro": (ChildrenRendering,),
    "layout": (ChildrenRendering,),
    "text": (TextLanguageLookup, MissingVariable),
    "name": (NameOptions,),
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
