"""Skip rendering a style element whose every variable the item lacks, once it printed nothing.

A profile of the 393-item bibliographies (``python bench/render_speed.py profile``) puts a
quarter of a Vancouver entry's time and a third of an APA entry's in groups, macros and fields
that end up printing nothing: the item has no edition, no collection number, no medium, no
editor... Each of those still walks its whole subtree (macro, group, choose, a chain of fixes per
``<text>``) to find that out, again for every item.

What such an element prints, and what it leaves behind, depends only on the variables it may
read (none of which the item has), the item's type and language, and the rendering context
(citation or bibliography), provided that nothing inside it reads anything else: cite data
(locator, position, note numbers), generated values (citation number, year suffix, citation
label) or disambiguation state. :func:`reads` works out, per element, the reference keys its
subtree may read (macros expanded), or None when it may read anything else.

:class:`EmptyMemo` then renders such an element normally the first time the item lacks all of
those keys, and remembers, per (element, type, language, context), whether that printed nothing
and left the entry state as it found it, apart from counting the variables it asked for (which
the enclosing ``<group>``'s suppression reads: :mod:`.patches.substitute`). The next time, it
reproduces that outcome (nothing printed or ``VariableError`` raised; the asked-for count bumped)
without walking the subtree. Anything else (something printed, any other state touched, an
unusual call) is rendered as before, every time. ``bench/render_speed.py snapshot``/``compare``
and ``tests/test_render_speed.py`` check the output is unchanged to the character.
"""

from __future__ import annotations

from collections.abc import Iterable

from citeproc.source import VariableError

from refnorm.rendering import speed
from refnorm.rendering.patches import substitute

__all__ = ["EmptyMemo", "attach", "clear", "reads"]

_CSL = "{http://purl.org/net/xbiblio/csl}"
# elements whose output is decided by their attributes and the item's variables and type
_TAGS = frozenset(f"{_CSL}{t}" for t in ("text", "group", "choose", "if", "else-if", "else", "names", "name",
                                          "et-al", "label", "substitute", "date", "date-part", "number", "macro",
                                          "name-part"))
# <if>/<else-if> tests on the item's own data (position, disambiguate and locator are not)
_TESTS = frozenset(("type", "variable", "is-numeric", "is-uncertain-date", "match"))
_VARIABLE_ATTRIBUTES = ("variable", "is-numeric", "is-uncertain-date")
# values of the cite or of the processor, not of the item's fields
_GENERATED = frozenset(("locator", "citation-number", "year-suffix", "citation-label", "first-reference-note-number",
                        "position", "label"))
# the elements memoised (their ``render`` is what their parents call)
_MEMOISED = frozenset(f"{_CSL}{t}" for t in ("text", "group", "names", "date", "number"))
_CALL_KEYWORDS = frozenset(("context", "sort_options", "names_context"))

_EMPTY: dict = {}
# an element rendered this many times in a row for items that had one of its variables, and never
# for one that had none, gives the mixin up (data order decides only speed, never output)
_DEMOTE_AFTER = 64
_NEVER_DEMOTED = -(2**62)
_NEVER = "never"
_RAISED = "raised"
_NONE = "none"


def clear() -> None:
    """Forget every remembered outcome (when parsed styles are dropped)."""
    _EMPTY.clear()


def _keys(variable: str) -> set[str]:
    """The reference keys a CSL variable name may be read from (its short form, and ``page``
    behind ``page-first``)."""
    key = variable.replace("-", "_")
    keys = {key, key + "_short"}
    if key.startswith("page"):
        keys.add("page")
    return keys


def reads(element) -> frozenset[str] | None:
    """The reference keys `element`'s subtree may read, or None if it may depend on anything
    else (cite data, generated values, disambiguation, an element or test not known here)."""
    keys: set[str] = set()
    seen_macros: set = set()
    stack = [element]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag not in _TAGS:
            return None
        attrib = node.attrib
        if tag in (f"{_CSL}if", f"{_CSL}else-if") and not _TESTS.issuperset(attrib.keys()):
            return None
        for attribute in _VARIABLE_ATTRIBUTES:
            for variable in (attrib.get(attribute) or "").split():
                if variable in _GENERATED:
                    return None
                keys |= _keys(variable)
        if tag == f"{_CSL}text" and "macro" in attrib:
            try:
                macro = node.get_macro(attrib["macro"])
            except Exception:  # (no such macro: citeproc-py fails when rendering it)
                return None
            if macro is None:
                return None
            if macro not in seen_macros:
                seen_macros.add(macro)
                stack.append(macro)
        stack.extend(node.iterchildren())
    return frozenset(keys)


def attach(elements: Iterable) -> int:
    """Give every memoisable element of a parsed style :class:`EmptyMemo` in front of its class.

    Only elements built from the speed layer's classes (:mod:`.speed`) are changed, so that a style
    parsed with the patch layer alone renders without it. Returns how many elements got it."""
    classes: dict[type, type] = {}
    count = 0
    for element in elements:
        if (not isinstance(element, speed.CachedAttributes) or isinstance(element, EmptyMemo)
                or element.tag not in _MEMOISED):
            continue
        keys = reads(element)
        if not keys:  # (no variable at all: terms and values print, nothing to skip)
            continue
        cls = type(element)
        memo_cls = classes.get(cls)
        if memo_cls is None:
            memo_cls = classes[cls] = type(cls.__name__, (EmptyMemo, cls), {"__module__": __name__, "_plain": cls})
        element.__class__ = memo_cls
        element.__dict__["_reads"] = keys
        count += 1
    return count


def _state() -> tuple:
    """Everything of the entry state an element may change, except the asked-for count."""
    s = substitute._STATE
    return (s.rendered, s.names_printed, s.bare, len(s.recording), id(s.repressed), len(s.repressed),
            len(s.repressed.get(substitute._KEY) or ()))


class EmptyMemo:
    """Mixin in front of an element's class (see the module docstring)."""

    _reads: frozenset = frozenset()
    _plain: type = object  # the element's class without this mixin (set per class in attach())
    _streak = 0  # renders in a row for items that had one of the variables

    def render(self, item, *args, **kwargs):
        reference = item.reference
        # (most calls: the item has one of the variables; tested first)
        if not reference.keys().isdisjoint(self._reads) or args or not _CALL_KEYWORDS.issuperset(kwargs):
            plain = self._plain
            streak = self.__dict__["_streak"] = self._streak + 1
            if streak >= _DEMOTE_AFTER:
                # items always have one of its variables (a title, the authors): the element
                # goes back to its own class, without this method's look-ups
                self.__class__ = plain
            return plain.render(self, item, *args, **kwargs)  # (= super().render)
        self.__dict__["_streak"] = _NEVER_DEMOTED
        options = kwargs.get("sort_options")
        if options is not None:  # a sort key's name options (a small dict made per <key>)
            options = tuple(sorted(options.items()))
        key = (self, reference.get("type"), reference.get("language"), kwargs.get("context"),
               kwargs.get("names_context"), options)
        outcome = _EMPTY.get(key)
        if outcome is None:
            return self._observe(key, item, kwargs)
        if outcome is _NEVER:
            return super().render(item, **kwargs)
        _kind, asked = outcome  # (nothing printed, or VariableError raised: callers skip both alike)
        if asked:
            substitute._STATE.called += 1
        return None

    def _observe(self, key, item, kwargs):
        state = substitute._STATE
        before, called = _state(), state.called
        try:
            text = super().render(item, **kwargs)
        except VariableError:
            _EMPTY[key] = (_RAISED, state.called > called) if _state() == before else _NEVER
            raise
        except BaseException:
            _EMPTY[key] = _NEVER
            raise
        _EMPTY[key] = (_NONE, state.called > called) if text is None and _state() == before else _NEVER
        return text
