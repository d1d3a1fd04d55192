"""Memoised style-tree queries: the profile-guided speed-up.

Profiling a 393-item APA bibliography (``cProfile``, see ``docs/rendering-internals.md``) put
40 % of the time in ``xpath_search`` and another third in ``calls_variable``: citeproc-py
re-runs the same XPath queries (``get_macro``, ``get_layout``, the enclosing
``<citation>``/``<bibliography>`` of every ``<name>``, every term lookup) and re-walks macros
for every item. A parsed style never changes while it renders (citeproc-py's one mutation,
inserting a default ``<name>`` into a ``<names>``, does not change what these queries
return), so their results are cached per element.

The cache holds the element proxies, which also keeps the Python attributes citeproc-py sets
on them alive. It grows with the number of distinct parsed styles, which
:mod:`refnorm.rendering.citeproc` caches anyway; :func:`clear` empties it.
"""

from __future__ import annotations

__all__ = ["MIXINS", "Memoised", "clear"]

_XPATH: dict = {}
_ROOT: dict = {}
_CALLS: dict = {}
_PLAIN: dict = {}
_CHILD: dict = {}
_FORMATTING = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")


def clear() -> None:
    """Forget every cached query (when parsed styles are dropped)."""
    from refnorm.rendering.patches import terms

    terms._TERM_CACHE.clear()
    _XPATH.clear()
    _ROOT.clear()
    _CALLS.clear()
    _PLAIN.clear()
    _CHILD.clear()


class Memoised:
    """Mixin for every CSL element."""

    def xpath_search(self, expression):
        key = (self, expression)
        try:
            return _XPATH[key]
        except KeyError:
            result = _XPATH[key] = super().xpath_search(expression)
            return result

    def __getattr__(self, name):
        # citeproc-py's "objectified" child lookup (``layout.sort``, ``names.name``), also hit
        # by every ``getattr(element, "_private", default)``; misses are remembered too, except
        # for ``name``, which citeproc-py may insert later
        key = (self, name)
        try:
            return _CHILD[key]
        except KeyError:
            child = super().__getattr__(name)
            if child is not None or name != "name":  # a <name> may be inserted later
                _CHILD[key] = child
            return child

    def get_root(self):
        try:
            return _ROOT[self]
        except KeyError:
            root = _ROOT[self] = super().get_root()
            return root

    def calls_variable(self):
        try:
            return _CALLS[self]
        except KeyError:
            result = _CALLS[self] = super().calls_variable()
            return result


class UnformattedShortcut:
    """Mixin for every CSL element: skip the five formatting passes when there is nothing to apply.

    ``Formatted.format`` looks up the formatter five times per call; most elements have no
    formatting attribute at all (13 % of a Vancouver bibliography's time).
    """

    def format(self, string):
        try:
            plain = _PLAIN[self]
        except KeyError:
            plain = _PLAIN[self] = not any(a in self.attrib for a in _FORMATTING)
        if plain and not getattr(self, "_overrides", None):
            return str(string) if isinstance(string, _NUMBERS) else string
        return super().format(string)


_NUMBERS = (int, float)  # (a tuple made once: ``int | float`` builds a union at every call)


class EscapedAffixes:
    """Mixin for every CSL element: affixes are text, escaped for HTML like field values.

    (citeproc-py pastes ``prefix="<"`` into HTML output unescaped.)
    """

    def wrap(self, string):
        if string is None:
            return None
        prefix, suffix = self.get("prefix"), self.get("suffix")
        if not prefix and not suffix:
            return string
        return super().wrap(string) if not (_unsafe(prefix) or _unsafe(suffix)) else self._wrap_escaped(string)

    def _wrap_escaped(self, string):
        from citeproc.string import normalize_seam

        prefix = self.preformat(self.get("prefix", ""))
        suffix = self.preformat(self.get("suffix", ""))
        text = prefix + normalize_seam(prefix, string)
        return text + normalize_seam(text, suffix)


def _unsafe(affix):
    return affix is not None and ("<" in affix or ">" in affix or "&" in affix)


MIXINS = {"*": (Memoised, UnformattedShortcut, EscapedAffixes)}
