"""Text in scripts without italics or word spaces (Chinese, Japanese...).

Defects of citeproc-py 0.11.1 fixed here:

* a field in Chinese or Japanese (any text without a Latin, Greek, Cyrillic, Hebrew, Arabic
  or Thai letter or a digit) is set in italics when the style asks for them
  ("<i>日本語の研究</i>"). citeproc-js drops ``font-style`` from a rendered field whose text
  has none of those characters (its ``ROMANESQUE_REGEXP`` test in ``CSL.Output.Queue.append``),
  since CJK type has no italic: "日本語の研究";
* the locale's "and" between the last two names is spaced like an English word
  ("Blum, Linda K., と Aaron L. Mills"). citeproc-js writes a non-romanesque "and" term without
  spaces, and without the delimiter before it unless ``delimiter-precedes-last="always"``
  with two names: "Blum, Linda K., とAaron L. Mills", "Lin ZhangとRandi J. Hagerman";
  likewise a non-romanesque "et al." term follows the name without a space ("Hamlin Aほか").
"""

from __future__ import annotations

import re

__all__ = ["MIXINS", "TightConjunction", "TightEtAl", "UprightScripts", "is_romanesque", "tighten_conjunctions"]

# citeproc-js CSL.ROMANESQUE_REGEXP
_ROMANESQUE = re.compile(
    "[-0-9a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff"
    "\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218\u0219\u021a\u021b\u202a-\u202e]")


def is_romanesque(text: str) -> bool:
    """Whether `text` has a character of a script citeproc-js sets in italics."""
    return _ROMANESQUE.search(text) is not None


class UprightScripts:
    """Mixin for fields (``<text>``, ``<number>``, ``<date-part>``, ``<label>``): no italics
    for text without a romanesque character."""

    def font_style(self, text):
        if self.get("font-style", "normal") != "normal" and not is_romanesque(str(text)):
            return text
        return super().font_style(text)


# marks around a non-romanesque "and" term, resolved by tighten_conjunctions() when the entry
# is finished: DROP also takes away the delimiter or space before it, KEEP keeps it
_DROP, _KEEP, _END = "\ue006", "\ue008", "\ue007"
_GLUE = "\ue009"  # before a non-romanesque et-al term: the space before it goes
_LONE_SPACE_GLUE = re.compile(f"(?<![,;:]) {_GLUE}")
_DROPPED = re.compile(f"(?:, |,? ){_DROP}([^{_END}]*){_END} ?")
_KEPT = re.compile(f"{_KEEP}([^{_END}]*){_END} ?")


def tighten_conjunctions(text: str) -> str:
    """Resolve the marks :class:`TightConjunction` put around a non-romanesque "and"."""
    if _GLUE in text:
        # only a lone space goes: a delimiter before et-al stays ("Zither, 等"), as in citeproc-js
        text = _LONE_SPACE_GLUE.sub("", text).replace(_GLUE, "")
    if _END not in text:
        return text
    return _KEPT.sub(r"\1", _DROPPED.sub(r"\1", text))


class TightConjunction:
    """Mixin for ``<name>``: a non-romanesque "and" term is written without spaces."""

    _keep_delimiter = None

    def process(self, item, variable, context=None, sort_options=None, **kwargs):
        names = item.reference.get(variable) or ()
        self._keep_delimiter = (len(names) == 2 and self.get_option(
            "delimiter-precedes-last", context, sort_options) == "always")
        try:
            return super().process(item, variable, context=context, sort_options=sort_options, **kwargs)
        finally:
            self._keep_delimiter = None

    def get_single_term(self, *args, **kwargs):
        term = super().get_single_term(*args, **kwargs)
        if (kwargs.get("name") == "and" and self._keep_delimiter is not None and term
                and not _STARTS_ROMANESQUE.match(str(term))):
            return type(term)(f"{_KEEP if self._keep_delimiter else _DROP}{term}{_END}")
        if (kwargs.get("name") == "et-al" and self._keep_delimiter is not None and term
                and not _STARTS_ROMANESQUE.match(str(term))):
            return type(term)(f"{_GLUE}{term}")
        return term


class TightEtAl:
    """Mixin for ``<et-al>`` (a style's own et-al element, e.g. to set it in italics): a
    non-romanesque term follows the last name without a space, as the ``<name>``'s own et-al
    term does ("Hamlin, A.ほか")."""

    def process(self):
        term = super().process()
        if term and not _STARTS_ROMANESQUE.match(str(term)):
            return type(term)(f"{_GLUE}{term}")
        return term


# citeproc-js CSL.STARTSWITH_ROMANESQUE_REGEXP
_STARTS_ROMANESQUE = re.compile(
    "[&a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff"
    "\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218\u0219\u021a\u021b\u202a-\u202e]")

MIXINS = {**{name: (UprightScripts,) for name in ("text", "number", "date-part", "label")},
          "name": (TightConjunction,), "et-al": (TightEtAl, UprightScripts)}
