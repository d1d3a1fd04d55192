"""Personal names: initials as citeproc-js makes them, ``initialize="false"``, and CJK names.

Defects of citeproc-py 0.11.1 fixed here:

* ``initialize="false"`` is ignored: styles that set ``initialize-with`` only to normalise
  initials the user typed (Chicago, MLA, Harvard) abbreviate every given name
  ("Flynt, C." for "Flynt, Clif");
* initials lose what citeproc-js keeps: a given-name part written with a full stop is an
  abbreviation kept whole ("G. Th. A. M." -> "GThAM"), lower-case particles stay in place
  without stray marks ("Roberta e Silva Hoffmann da" -> "R. e S. H. da", not "da .");
* in French, Russian and Czech, citeproc-js ties a non-dropping particle to the family name
  with a no-break space ("van\u00a0Niekerk"; its rule is keyed on the locale's language);
* a name suffix keeps its full stop where initials have none ("Strunk W Jr." -> "Jr");
* ``delimiter-precedes-last`` is applied before a closing institution (a ``literal`` name),
  where citeproc-js joins it "contextual"-ly whatever the style says;
* names in Chinese, Japanese or Korean script print with a space and, in sort order, a
  comma ("山田, 太郎"): CSL (and citeproc-js) print family then given name with no space
  ("山田太郎") in the long form.
"""

from __future__ import annotations

import re

from citeproc.source import Name as SourceName

from refnorm.normalizers.unicode import CJK_CHARS
from refnorm.rendering.patches.disambiguation import EXTRA_NAMES, GIVEN_NAMES

__all__ = ["MIXINS", "NameInitials", "initialize", "is_cjk"]

# (Spanish and Portuguese "M.ª", "F.º": an abbreviation whose last letters are raised, one word, not "M." and "ª")
_TOKEN = re.compile(r"([^\s.\-]+(?:\.[ªº])?)(\.?)|(-)")
# the locale languages in which citeproc-js joins "van" and "Niekerk" with a no-break space
_NBSP_PARTICLE_LANGUAGES = frozenset({"fr", "ru", "cs"})
_CJK = re.compile(f"[{CJK_CHARS}]")
_INHERITED = ("citation", "bibliography", "style")


def is_cjk(text: str | None) -> bool:
    """True when `text` is written in a Chinese, Japanese or Korean script."""
    return bool(text) and bool(_CJK.search(text))


def initialize(given: str, mark: str, *, initialize_names: bool = True, hyphen: bool = True) -> str:
    """Initials of `given` the way citeproc-js writes them with ``initialize-with=mark``.

    With ``initialize_names=False`` full given names are kept and only initials are
    normalised ("J.B." -> "J. B.").
    """
    out: list[str] = []
    pending_hyphen = False
    glue = False
    for m in _TOKEN.finditer(given):
        word, period, dash = m.group(1), m.group(2), m.group(3)
        if dash:
            pending_hyphen = bool(out)
            if not initialize_names and out and out[-1].strip().rstrip(".").isalpha() and len(
                    out[-1].strip().rstrip(".")) == 1:
                pending_hyphen = False  # normalised initials lose the hyphen: "J.-P." -> "J. P."
                continue
            if not initialize_names and out:
                out[-1] = out[-1].rstrip() + "-"  # "Ji-woo" stays "Ji-woo"
                pending_hyphen = False
                glue = True
            continue
        if word[0].islower() and pending_hyphen and initialize_names:
            # "Jae-sung" -> "J." (citeproc-js drops the lower-case part), with or without the hyphen between initials
            # (Vancouver's "Park J", not "Park J woo")
            pending_hyphen = False
            continue
        if glue:
            out.append(word + (period or "") + " ")
            glue = False
            continue
        if word[0].islower():
            # a particle ("da", "e", "ul") stays as written
            out.append(" " + word + " ")
            pending_hyphen = False
            continue
        if len(word) == 1 or period:
            part = word + mark  # an initial, or an abbreviation the user wrote ("Th.")
        elif initialize_names:
            part = word[0] + mark
        else:
            part = " " + word + " "
        if pending_hyphen and out:
            if hyphen:
                out[-1] = out[-1].rstrip()
                part = "-" + part.lstrip()
            pending_hyphen = False
        out.append(part)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _display_name(name, tie_particle: bool, demoted: bool = False):
    if "literal" in name:
        return name
    particle = name.get("non-dropping-particle") or ""
    if particle.endswith(("\u2019", "'")) and not demoted:
        # an elided particle is written against the name: "d’Holbach"
        parts = {k: v for k, v in name.items() if k not in ("non-dropping-particle", "circa")}
        parts["family"] = particle + name.get("family", "")
        return SourceName(**parts)
    if is_cjk(name.get("family")):
        return SourceName(literal=name.get("family", "") + name.get("given", ""))
    if tie_particle and name.get("non-dropping-particle") and not demoted:
        # citeproc-js ties the particle to the family name with a no-break space (fr, ru, cs)
        parts = {k: v for k, v in name.items() if k not in ("non-dropping-particle", "circa")}
        parts["family"] = name["non-dropping-particle"] + "\u00a0" + name.get("family", "")
        return SourceName(**parts)
    return name


class NameInitials:
    """Mixin for ``<name>``."""

    def _initialize_option(self) -> bool:
        # asked once per name printed; a style's tree never changes, so it is worked out once per element
        try:
            return self.__dict__["_initialize"]
        except KeyError:
            pass
        value = self.get("initialize")
        if value is None:
            for ancestor in self.iterancestors():
                if ancestor.tag.rsplit("}", 1)[-1] in _INHERITED and ancestor.get("initialize") is not None:
                    value = ancestor.get("initialize")
                    break
        found = self.__dict__["_initialize"] = (value or "true").lower() != "false"
        return found

    def process_suffix_periods(self, names, mark):
        """With an initialize-with lacking a full stop, citeproc-js drops the suffix's ("Jr." -> "Jr")."""
        if mark is None or "." in mark or not any(n.get("suffix") for n in names):
            return names
        return [SourceName(**{**{k: v for k, v in n.items() if k != "circa"},
                              "suffix": n["suffix"].replace(".", "")}) if n.get("suffix") else n
                for n in names]

    def initialize(self, given, mark, context):
        hyphen = self.get_option("initialize-with-hyphen", context)
        if is_cjk(given):
            return given
        return initialize(str(given), mark, initialize_names=self._initialize_option(), hyphen=hyphen)

    _sorting = False
    _extra_names = 0

    def get_option(self, name, context=None, sort_options=None):
        value = super().get_option(name, context, sort_options)
        if name == "delimiter-precedes-last" and self._last_is_literal:
            # citeproc-js joins a closing institution (a `literal` name) to the names before it
            # by its own rule, "contextual" whatever the style says ("Doe, J, Roe, J, and ACME"
            # under "never"; "Doe, J and ACME" under "always")
            return "contextual"
        if self._extra_names and not self._sorting:
            # disambiguate-add-names: show more names for this item (never fewer) ...
            if name == "et-al-use-first":
                value = max(value, self._cite_use_first() + self._extra_names)
            elif name == "et-al-min" and self._cite_use_first() + self._extra_names >= self._names_count:
                value = 0  # ... and when that is all of them, no "et al." but the "and"
        return value

    def _cite_use_first(self) -> int:
        citation = self.get_root().citation
        for element in (citation, self.get_root()):
            if element is not None and element.get("et-al-use-first") is not None:
                return int(element.get("et-al-use-first"))
        return 1

    def et_al(self):
        return "" if self._sorting else super().et_al()

    _names_count = 0
    _last_is_literal = False

    def process(self, item, variable, context=None, sort_options=None, **kwargs):
        self._extra_names = EXTRA_NAMES.get(item.key, 0)
        names = item.reference.get(variable) or ()
        self._names_count = len(names)
        self._last_is_literal = bool(names) and "literal" in names[-1]
        try:
            text = self._process_sort(item, variable, context, sort_options, **kwargs)
        finally:
            self._extra_names = 0
            self._last_is_literal = False
        if text and "\u00a0 " in str(text):
            # a name-part affix ending in a no-break space is the separator ("John\u00a0Doe")
            text = type(text)(str(text).replace("\u00a0 ", "\u00a0")) if isinstance(text, str) else text
        return text

    def _process_sort(self, item, variable, context=None, sort_options=None, **kwargs):
        if sort_options is not None:
            # a sort key: no "and", no et-al term (citeproc-js leaves both out of keys)
            # family and given parts compare separately: a separator below every character
            # ("MUIR, Andrew" before "MUIR WOOD, R.", as citeproc-js sorts name parts)
            sort_options = {**sort_options, "and": None, "sort-separator": "\u0001"}
            if self.get_option("demote-non-dropping-particle", context) == "sort-only":
                # "sort-only": "de la Fuente" sorts under F
                sort_options["demote-non-dropping-particle"] = "display-and-sort"
            self._sorting = True
            try:
                return self._process(item, variable, context, sort_options, **kwargs)
            finally:
                self._sorting = False
        return self._process(item, variable, context, sort_options, **kwargs)

    def _process(self, item, variable, context=None, sort_options=None, **kwargs):
        names = item.reference.get(variable)
        if names:
            fixed = self.process_suffix_periods(names, self.get_option("initialize-with", context, sort_options))
            if fixed is not names:
                item.reference[variable] = fixed
                try:
                    return self._process_names(item, variable, context, sort_options, **kwargs)
                finally:
                    item.reference[variable] = names
        return self._process_names(item, variable, context, sort_options, **kwargs)

    def _in_citation(self) -> bool:
        try:
            return self.__dict__["in_citation"]
        except KeyError:
            found = any(a.tag.endswith("}citation") for a in (self.getparent(), *self.iterancestors()) if a is not None)
            self.__dict__["in_citation"] = found
            return found

    def _expanded(self, names, levels, variable, context, sort_options):
        """The names with those given-name disambiguation expanded, pre-rendered as literals."""
        mark = self.get_option("initialize-with", context, sort_options)
        order = self.get_option("name-as-sort-order", context, sort_options)
        separator = self.get_option("sort-separator", context, sort_options)
        out = []
        for index, name in enumerate(names):
            level = levels.get((variable, index))
            if not level or "literal" in name:
                out.append(name)
                continue
            given = name.get("given") or ""
            if level == 1 and mark is not None and self._initialize_option():
                given = self.initialize(given, mark, context)
            family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
            if order == "all" or (order == "first" and index == 0):
                text = separator.join(p for p in (family, " ".join(
                    p for p in (given, name.get("dropping-particle")) if p), name.get("suffix")) if p)
            else:
                text = " ".join(p for p in (given, name.get("dropping-particle"), family) if p)
                text += f", {name['suffix']}" if name.get("suffix") else ""
            out.append(SourceName(literal=text))
        return out

    def _process_names(self, item, variable, context=None, sort_options=None, **kwargs):
        levels = GIVEN_NAMES.get(item.key)
        if levels and not self._sorting and sort_options is None and self._in_citation():
            names = item.reference.get(variable)
            if names and any(v == variable for v, _ in levels):
                item.reference[variable] = self._expanded(names, levels, variable, context, sort_options)
                try:
                    return self._process_names_plain(item, variable, context, sort_options, **kwargs)
                finally:
                    item.reference[variable] = names
        return self._process_names_plain(item, variable, context, sort_options, **kwargs)

    def _process_names_plain(self, item, variable, context=None, sort_options=None, **kwargs):
        names = item.reference.get(variable)
        if names and not self._sorting and any(n.get("comma-suffix") for n in names):
            order = self.get_option("name-as-sort-order", context, sort_options)
            if self.get_option("form", context, sort_options) == "long":
                # "comma-suffix": "John Doe, Jr." in natural order (sort order has its separator)
                item.reference[variable] = [
                    SourceName(**{**{k: v for k, v in n.items() if k not in ("circa", "comma-suffix")},
                                  "family": n["family"] + ","})
                    if n.get("comma-suffix") and n.get("family") and not (
                        order == "all" or (order == "first" and i == 0)) else n
                    for i, n in enumerate(names)]
                try:
                    return self._process_names_inner(item, variable, context, sort_options, **kwargs)
                finally:
                    item.reference[variable] = names
        return self._process_names_inner(item, variable, context, sort_options, **kwargs)

    def _process_names_inner(self, item, variable, context=None, sort_options=None, **kwargs):
        names = item.reference.get(variable)
        tie_particle = getattr(self.get_root(), "output_language", "") in _NBSP_PARTICLE_LANGUAGES
        elided = not self._sorting and names and any(
            (n.get("non-dropping-particle") or "").endswith(("\u2019", "'")) for n in names)
        if names and (elided or (tie_particle and any(n.get("non-dropping-particle") for n in names)) or
                      (self.get_option("form", context, sort_options) == "long" and any(
                          is_cjk(n.get("family")) for n in names))):
            order = self.get_option("name-as-sort-order", context, sort_options)
            demote = self.get_option("demote-non-dropping-particle", context, sort_options) == "display-and-sort"
            joined = [_display_name(n, tie_particle, demote and (order == "all" or (order == "first" and i == 0)))
                      for i, n in enumerate(names)]
            item.reference[variable] = joined
            try:
                return super().process(item, variable, context=context, sort_options=sort_options, **kwargs)
            finally:
                item.reference[variable] = names
        return super().process(item, variable, context=context, sort_options=sort_options, **kwargs)


MIXINS = {"name": (NameInitials,)}
