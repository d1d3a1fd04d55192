"""The one module that drives citeproc-py: CSL-JSON items in, rendered entries out.

citeproc-py 0.11.1 as it ships differs from citeproc-js (the reference processor) in many
places; the fixes live in :mod:`refnorm.rendering.patches`, one named module per defect, as
element classes that replace citeproc-py's own when a style is parsed. This module only:

* loads a style with the patched element classes and our vendored locales
  (:mod:`refnorm.rendering.locales`), caching the parsed result per (style file, locale);
* converts CSL-JSON items into citeproc-py's source records (keeping mixed-case ids,
  taking the first of list-valued titles, parsing ``{"raw": ...}`` dates, turning inline
  ``<i>``/``<b>``/``<sup>``/``<sub>``/``<span class="nocase">`` markup into formatting);
* renders one bibliography or a list of citations and joins the output the way
  citeproc-js's ``"text"`` and ``"html"`` formats do.

The surface API (style names, data formats, ``refnorm.render``) is built on
:func:`bibliography` and :func:`citations`.
"""

from __future__ import annotations

import functools
import os
import threading
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from citeproc import Citation, CitationStylesBibliography
from citeproc.frontend import CitationStylesStyle
from citeproc.source import BibliographySource

from refnorm.errors import ConfigError, StyleNotFoundError
from refnorm.rendering import empty_memo, seams, speed
from refnorm.rendering.patches import cache, formatters
from refnorm.rendering.patches.disambiguation import (
    DISAMBIGUATE,
    EXTRA_NAMES,
    GIVEN_NAMES,
    assign_year_suffixes,
)
from refnorm.rendering.patches.items import CachedCitationItem, to_reference
from refnorm.rendering.patches.locales import available_locales, parse_style_xml
from refnorm.rendering.patches.markup import parse_markup

__all__ = ["OUTPUTS", "available_locales", "bibliography", "citations", "clear_cache"]

OUTPUTS = ("text", "html")

_cache: dict[tuple[str, float, str], CitationStylesStyle] = {}
_lock = threading.Lock()


def clear_cache() -> None:
    """Forget every parsed style (for tests, or after editing a style file in place)."""
    with _lock:
        _cache.clear()
        cache.clear()
        speed.clear()
        empty_memo.clear()


def _load_style(style_path: str | Path, locale: str) -> CitationStylesStyle:
    path = Path(style_path)
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise StyleNotFoundError(f"no CSL style file at {path}") from exc
    # (an absolute path, not resolve(): resolving symlinks cost 3 % of a one-item call; a file
    # reached by two names is only parsed twice)
    key = (os.path.abspath(path), mtime, locale)
    with _lock:
        style = _cache.get(key)
    if style is None:
        style = _parse_style(path, locale)
        with _lock:
            _cache[key] = style
    return style


def _parse_style(path: Path, locale: str) -> CitationStylesStyle:
    # Profiling showed RelaxNG validation of the style and of each locale costing more than
    # rendering a hundred items, so styles are not validated (citeproc-js does not either).
    style = CitationStylesStyle.__new__(CitationStylesStyle)
    try:
        style.xml = parse_style_xml(path, speed.element_lookup())
    except OSError as exc:
        raise StyleNotFoundError(f"cannot read CSL style {path}: {exc}") from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends
        raise StyleNotFoundError(f"{path} is not a CSL style: {exc}") from exc
    style.root = style.xml.getroot()
    if not style.root.tag.endswith("}style"):
        raise StyleNotFoundError(f"{path} is not a CSL style (root element {style.root.tag})")
    if style.root.find("{http://purl.org/net/xbiblio/csl}citation") is None:
        # a dependent style has <info><link rel="independent-parent"> and no layout
        raise StyleNotFoundError(
            f"{path} is a dependent CSL style (no citation layout): render with its parent style")
    style.root.set_locale_list(locale)  # raises LocaleNotFoundError
    # Keep a Python proxy alive for every element: lxml otherwise rebuilds (and re-runs the
    # class lookup for) the proxies of a subtree each time it is walked, which the profile
    # showed inside every <group> and <choose>.
    style.elements = [*style.root.iter(), *(e for loc in style.root.locales for e in loc.iter())]
    speed.specialize(style.elements)  # before any rendering: compiled plans read the classes
    empty_memo.attach(style.elements)  # (after specialize: in front of the narrowed classes)
    style.root.formatter = formatters.get("text")  # terms are read through the formatter
    style.finish_options = formatters.finish_options(style.root)
    return style


class _Cite(CachedCitationItem):
    """A cite whose reference, once looked up, is a plain attribute, and whose citation number
    is found in a position table (citeproc-py scans the list of keys for it, and for
    ``is_bad``, for every cite: quadratic in long lists)."""

    @functools.cached_property
    def reference(self):
        return self.bibliography.source[self.key]

    @property
    def number(self):
        bibliography = self.bibliography
        if isinstance(bibliography, _Bibliography):
            return bibliography.position(self.key) + 1
        return super().number

    def is_bad(self):
        bibliography = self.bibliography
        if isinstance(bibliography, _Bibliography):
            return bibliography.position(self.key) is None
        return super().is_bad()


class _Bibliography(CitationStylesBibliography):
    """citeproc-py's bibliography with set/dict look-ups where it searches lists."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._registered: set[str] = set()
        self._positions: dict[str, int] = {}
        self._positions_of: tuple[int, int] | None = None

    def register(self, citation, callback=None):
        citation.bibliography = self
        for item in citation.cites:
            if item.key in self.source:
                if item.key not in self._registered:
                    self._registered.add(item.key)
                    self.keys.append(item.key)
                    self.items.append(item)
            elif callback is not None:
                callback(item)

    def position(self, key: str) -> int | None:
        """``keys.index(key)``, or None when absent."""
        keys = self.keys
        # keys only grow (register) or are replaced (sort): identity and length tell a change
        if self._positions_of != (id(keys), len(keys)):
            positions: dict[str, int] = {}
            for n, k in enumerate(keys):
                positions.setdefault(k, n)
            self._positions, self._positions_of = positions, (id(keys), len(keys))
        return self._positions.get(key)


def _check(output: str) -> None:
    if output not in OUTPUTS:
        raise ConfigError(f"unknown output {output!r}: expected one of {', '.join(OUTPUTS)}")


def _source(items: Sequence[Mapping[str, Any]], output: str) -> tuple[BibliographySource, list[str]]:
    """citeproc-py source with internal keys ``i0, i1...``; the real ids are returned beside.

    citeproc-py lower-cases keys; internal keys keep two ids differing only in case apart.
    """
    source = BibliographySource()
    ids: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for n, item in enumerate(items):
            ids.append(str(item.get("id", f"item-{n + 1}")))
            source.add(to_reference(f"i{n}", item, output))
    return source, ids


def bibliography(items: Sequence[Mapping[str, Any]], style_path: str | Path, locale: str = "en-US",
                 output: str = "text") -> list[tuple[str, str]]:
    """Render `items` (CSL-JSON dicts) as a bibliography in the style at `style_path`.

    Returns ``(item id, entry)`` pairs in the style's bibliography order. ``output`` is
    ``"text"`` (citeproc-js's plain text: a numbered style's label, one space, the entry) or
    ``"html"`` (citeproc-js's ``<div class="csl-entry">...</div>``, with
    ``csl-left-margin``/``csl-right-inline`` divs for numbered styles). Items are registered in
    the given order, which numbered styles use as citation order.
    """
    _check(output)
    style = _load_style(style_path, locale)
    source, ids = _source(items, output)
    with _lock, seams.installed():  # parsed styles keep per-render state on their elements
        EXTRA_NAMES.clear()
        DISAMBIGUATE.clear()
        bib = _Bibliography(style, source, formatters.get(output))
        for n in range(len(ids)):
            bib.register(Citation([_Cite(f"i{n}")]))
        if style.has_bibliography():
            bib.sort()
            if len(ids) > 1:
                assign_year_suffixes(style, bib, _Cite)
            else:
                # one item is never ambiguous: no names added, no suffix, no <if disambiguate>;
                # the given names it would expand show in citations only, not rendered here
                # (rendering its cite to find that out was a third of a one-item call)
                GIVEN_NAMES.clear()
            entries = bib.bibliography()
        else:
            entries = []
        keys = list(bib.keys)
    return [(ids[int(key[1:])], formatters.finish(entry, output, style.finish_options)) for key, entry in zip(keys, entries, strict=True)]


def _cite_items(cluster: Sequence[Mapping[str, Any]], key_of: Mapping[str, str], output: str) -> list[Any]:
    """citeproc-py cite objects for one cluster of cite dicts (locator, label, prefix, suffix)."""
    from citeproc import Locator

    cites = []
    for cite in cluster:
        extra = {}
        if cite.get("locator") not in (None, ""):
            extra["locator"] = Locator(cite.get("label", "page"), str(cite["locator"]))
        for affix in ("prefix", "suffix"):
            if cite.get(affix):
                extra[affix] = parse_markup(str(cite[affix]), output)
        cites.append(_Cite(key_of.get(str(cite["id"]), str(cite["id"])), **extra))
    return cites


def citations(citations_: Sequence[Sequence[Mapping[str, Any]]], items: Sequence[Mapping[str, Any]],
              style_path: str | Path, locale: str = "en-US", output: str = "text") -> list[str]:
    """Render citation clusters in order.

    ``citations_`` is a list of clusters, each a list of cite dicts ``{"id", "locator"?,
    "label"?, "prefix"?, "suffix"?}`` referring to ``items``. All items are registered first,
    in the given order (numbered styles number them so).
    """
    _check(output)
    style = _load_style(style_path, locale)
    source, ids = _source(items, output)
    key_of = {item_id: f"i{n}" for n, item_id in enumerate(ids)}
    with _lock:
        return render_clusters(style, source, key_of, citations_, output)[0]


def render_clusters(style: CitationStylesStyle, source: BibliographySource, key_of: Mapping[str, str],
                    clusters: Sequence[Sequence[Mapping[str, Any]]], output: str,
                    notes: Sequence[int] | None = None) -> tuple[list[str], Any, list[Any]]:
    """Register every item (in ``key_of``'s order), then the clusters, and render the clusters.

    ``notes`` gives each cluster's note number (0: in the text). Returns the outputs, the
    bibliography and the citations, for callers that inspect what the processor decided.
    The caller holds ``_lock``.
    """
    with seams.installed():
        return _render_clusters(style, source, key_of, clusters, output, notes)


def _render_clusters(style: CitationStylesStyle, source: BibliographySource, key_of: Mapping[str, str],
                     clusters: Sequence[Sequence[Mapping[str, Any]]], output: str,
                     notes: Sequence[int] | None) -> tuple[list[str], Any, list[Any]]:
    EXTRA_NAMES.clear()
    DISAMBIGUATE.clear()
    bib = _Bibliography(style, source, formatters.get(output))
    built = []
    for k, cluster in enumerate(clusters):
        citation = Citation(_cite_items(cluster, key_of, output))
        if notes is not None:
            citation.note_index = notes[k]
        built.append(citation)
    for key in key_of.values():
        bib.register(Citation([_Cite(key)]))
    for citation in built:
        bib.register(citation)
    if style.has_bibliography():
        bib.sort()
    assign_year_suffixes(style, bib, _Cite)
    out = [formatters.finish(bib.cite(citation, lambda item: None), output, style.finish_options)
           for citation in built]
    return out, bib, built
