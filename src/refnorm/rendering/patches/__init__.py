"""The patch layer: element classes that replace citeproc-py's when a CSL style is parsed.

citeproc-py builds a style's element tree through an lxml class lookup: each CSL element
(``<text>``, ``<names>``, ``<date-part>``...) becomes an instance of the citeproc-py class of
the same name. Each module listed in :data:`PATCH_MODULES` fixes one defect by declaring
mixins in a module-level ``MIXINS = {"element-name": (Mixin, ...)}``; :func:`element_lookup`
composes, for every element name, ``class Text(<mixins in PATCH_MODULES order>...,
citeproc.model.Text)``, so a fix overrides one method and reaches the original (or the next
fix) through ``super()``. Nothing in citeproc-py is modified in place: styles parsed by plain
citeproc-py elsewhere in the same process are unaffected.
"""

from __future__ import annotations

import functools
import importlib

from citeproc import model
from lxml import etree

__all__ = ["PATCH_MODULES", "element_classes", "element_lookup"]

# order matters where two fixes touch the same method: earlier modules wrap later ones
PATCH_MODULES = (
    "cache",
    "locales",
    "layout",
    "quotes",
    "dates",
    "names",
    "substitute",
    "numbers",
    "textcase",
    "sorting",
    "positions",
    "labels",
    "disambiguation",
    "terms",
    "collapse",
    "scripts",
    "urls",
)


def _base_classes() -> dict[str, type]:
    # the same table citeproc.frontend builds: class name -> element name
    return {cls.__name__.replace("_", "-").lower(): cls
            for cls in model.CitationStylesElement.__subclasses__()}


@functools.cache
def element_classes() -> dict[str, type]:
    """Element name -> patched class (citeproc-py's own class where no fix applies).

    A module's ``MIXINS["*"]`` applies to every element; the ``None`` key is the class for
    elements citeproc-py has no class for.
    """
    mixins: dict[str, list[type]] = {}
    for name in PATCH_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        for element, classes in getattr(module, "MIXINS", {}).items():
            mixins.setdefault(element, []).extend(classes)
    every = mixins.pop("*", [])  # mixins for all elements
    classes = {}
    for element, base in [*_base_classes().items(), (None, model.CitationStylesElement)]:
        extra = [*every, *mixins.pop(element, [])] if element is not None else list(every)
        classes[element] = type(base.__name__, (*extra, base), {"__module__": __name__}) if extra else base
    if mixins:
        raise RuntimeError(f"patches for unknown CSL elements: {sorted(mixins)}")
    return classes


@functools.cache
def element_lookup() -> etree.ElementNamespaceClassLookup:
    """An lxml class lookup that builds CSL elements from the patched classes."""
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace("http://purl.org/net/xbiblio/csl")
    namespace.update(element_classes())  # the None key: elements citeproc-py has no class for
    return lookup
