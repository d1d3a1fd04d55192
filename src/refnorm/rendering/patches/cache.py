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


def clear() -> None:
    """Forget every cached query (when parsed styles are dropped)."""
    _XPATH.clear()
    _ROOT.clear()
    _CALLS.clear()


class Memoised:
    """Mixin for every CSL element."""

    def xpath_search(self, expression):
        key = (self, expression)
        try:
            return _XPATH[key]
        except KeyError:
            result = _XPATH[key] = super().xpath_search(expression)
            return result

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


MIXINS = {"*": (Memoised,)}
