"""Numbers and page ranges as citeproc-js prints them.

Defects of citeproc-py 0.11.1 fixed here:

* ``page-range-format`` collapses ranges whose ends differ in length: "1-12" printed "1–2",
  "1-17" printed "1–7", and "61-61" printed "61–". Here abbreviated second pages are first
  expanded ("321-8" -> 321, 328), then collapsed by the CSL rules (``minimal``,
  ``minimal-two``, ``chicago``/``chicago-15``/``chicago-16``, ``expanded``); equal ends and
  ends of different length are kept whole;
* ``<number>`` turns "03" into "3" and "0" into "0th": the value is printed as written when
  the form is numeric, and zero gets no ordinal suffix;
* a label is plural for "1/2" (citeproc-js: only ranges and lists, "1-2", "1, 3", "1 & 3");
* a hyphenated range in a numeric variable printed with ``<text>`` keeps its hyphen
  ("199-200"); citeproc-js prints the locale's page-range delimiter ("199–200");
* anything with a hyphen is taken for a range ("604.4-604" -> "604.4–604");
* ``is-numeric`` is false for lists, ranges and roman page numbers that citeproc-js takes for
  numbers ("4/2023", "1-3, 5", "v-xii"), and always false for ``locator``.
"""

from __future__ import annotations

import re

__all__ = ["MIXINS", "collapse_range"]

_NUMERIC_VARIABLES = frozenset({"volume", "issue", "number", "collection-number", "chapter-number",
                                "edition", "number-of-pages", "number-of-volumes", "citation-number"})
_HYPHEN_RANGE = re.compile(r"^(\d+)\s*-\s*(\d+)$")


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_PREFIXED = re.compile(r"^([^\d]*)(\d+)$")


def collapse_range(first: str, last: str, range_format: str | None) -> str:
    """The second page of ``first-last`` as `range_format` prints it."""
    if not (first.isdigit() and last.isdigit()):
        m1, m2 = _PREFIXED.match(first), _PREFIXED.match(last)
        if m1 and m2 and m1.group(1) == m2.group(1) and m1.group(1) and range_format not in (None, "expanded"):
            # "S1487-S1513" collapses on its numbers and drops the repeated prefix: "S1487–513"
            return collapse_range(m1.group(2), m2.group(2), range_format)
        return last
    if range_format is None:
        return last  # no page-range-format: printed as written ("321-8" -> "321–8")
    if len(last) < len(first):
        expanded = first[: len(first) - len(last)] + last
        if int(expanded) > int(first):
            last = expanded
    if range_format in (None, "expanded") or first == last or len(first) != len(last):
        return last
    common = _common_prefix(first, last)
    if range_format in ("chicago", "chicago-15", "chicago-16"):
        value = int(first)
        if value < 100 or value % 100 == 0:
            return last
        if range_format != "chicago-16" and len(first) == 4 and len(first) - common >= 3:
            return last  # chicago-15: 1496–1504
        range_format = "minimal" if value % 100 < 10 else "minimal-two"
    if range_format == "minimal":
        return last[common:]
    if range_format == "minimal-two":
        if len(last) <= 2:
            return last
        return last[min(common, len(last) - 2):]
    return last


_RANGE_END = re.compile(r"^(?:[A-Za-z]{0,3}\d+[A-Za-z]?|[ivxlcdmIVXLCDM]+)$")
_RANGE_SPLIT = re.compile(r"\s*[-\u2013]+\s*")


def range_delimiter(element) -> str:
    """The locale's ``page-range-delimiter`` (an en dash unless the locale says otherwise)."""
    term = element.get_single_term(name="page-range-delimiter")
    return str(term) if term else element.unicode_character("EN DASH")


class PageRanges:
    """Mixin for ``<text>`` and ``<number>`` (replaces citeproc-py's ``FormatNumber._process``).

    Only a range of two page-like numbers ("12-19", "e1234-e1240", "S12-S19", "v-xii") is a
    range; anything else ("604.4-604", "111-128_1") is printed as written, as citeproc-js does.
    """

    def _format_last_page(self, first, last):
        return collapse_range(str(first), str(last), self.get_root().get_option("page-range-format"))

    def _process(self, value, variable):
        delimiter = range_delimiter(self)  # citeproc-js uses it for every number range ("nᵒ 4‑5")

        def one(item: str) -> str:
            item = item.strip()
            if "\\-" in item:  # an escaped hyphen is no range: "3\-B" prints "3-B"
                return item.replace("\\-", "-")
            parts = _RANGE_SPLIT.split(item)
            if len(parts) != 2 or not all(_RANGE_END.match(p) for p in parts):
                return str(self.format_number(item))
            first = str(self.format_number(parts[0]))
            if variable == "page-first":
                return first
            last = self._format_last_page(first, parts[1]) if variable == "page" else parts[1]
            return first + str(delimiter) + str(self.format_number(last))

        try:  # citeproc-js joins "213 & 235" with the locale's "and" symbol
            symbol = self.get_single_term(name="and", form="symbol")
        except Exception:
            symbol = None
        ampersand = " " + str(symbol or self.unicode_character("AMPERSAND")) + " "
        return ", ".join(ampersand.join(one(p) for p in chunk.split("&")) for chunk in str(value).split(","))


class NumberAsWritten:
    """Mixin for ``<number>``: hyphenated variables are found ("number-of-volumes" printed nothing)."""

    def process(self, item, context=None, **kwargs):
        variable = self.get("variable")
        if variable in ("locator", "page-first") or "-" not in variable:
            return super().process(item, context=context, **kwargs)
        return self._process(item.reference[variable.replace("-", "_")], variable)

    def format_number(self, number):
        form = self.get("form", "numeric")
        text = str(number).strip()
        if form == "numeric" or not text.isdigit() or int(text) == 0:
            return text
        return super().format_number(text)


class NumericTextRange:
    """Mixin for ``<text>``: en dash in hyphenated ranges of numeric variables; locators
    formatted as page ranges; an escaped hyphen ("\\-") printed as a hyphen."""

    def _variable(self, item, context):
        text = super()._variable(item, context)
        if text and self.get("variable") == "locator":
            # citeproc-js formats a locator like a page range ("100 - 103" -> "100–103",
            # page-range-format applied; "3\-B" is no range)
            return self._process(str(item.locator.identifier), "page")
        if text and "\\-" in str(text):
            return str(text).replace("\\-", "-")
        if text and self.get("variable") in _NUMERIC_VARIABLES:
            m = _HYPHEN_RANGE.match(str(text))
            if m:
                return f"{m.group(1)}{range_delimiter(self)}{m.group(2)}"
        return text


class LabelPlural:
    """Mixin for ``<label>``: plural only for a real range or list; nothing without a locator.

    citeproc-py prints the page term ("p.") for ``<label variable="locator"/>`` on a cite
    without a locator. (Other labels print even beside an empty variable, as in citeproc-js;
    a macro holding only a label and empty variables prints nothing: see
    :class:`.substitute.MacroAsGroup`.)

    "1/2" is one issue and "604.4-604" one page (citeproc-js: only ranges of page-like numbers
    and lists are plural).
    """

    def process(self, item, variable=None, plural=None, context=None, **kwargs):
        if (variable or self.get("variable")) == "locator" and "locator" not in item:
            return None
        if kwargs.get("sort_options") is not None:
            return None  # a names label ("ed.") is no part of a sort key, as in citeproc-js
        return super().process(item, variable, plural, context, **kwargs)

    def _is_plural(self, item):
        variable = self.get("variable")
        if variable == "locator":
            value = item.locator.identifier
        else:
            value = item.reference.get(variable.replace("-", "_"))
            if value is None:
                return False
        if variable.startswith("number-of"):
            try:
                return int(str(value)) > 1
            except ValueError:
                return False
        parts = [p.strip() for chunk in re.split(r",| and | et | und | y ", str(value))
                 for p in chunk.split("&") if p.strip()]
        if len(parts) > 1:  # a list of numbers; "Revised and expanded" is one edition
            return all(_NUMBER_OR_RANGE.fullmatch(p) for p in parts)
        pieces = _RANGE_SPLIT.split(parts[0]) if parts else []
        return len(pieces) == 2 and all(_RANGE_END.match(p) for p in pieces)


# one number: digits with letters around ("S12", "12a"), or a lower-case roman numeral; citeproc-js
# takes any word starting with i, v or x for one ("v", "xii", but not "civ" or "XII")
_NUMBER = r"(?:[A-Za-z]*\d+[A-Za-z]*|[ixv][A-Za-z]*)"
_NUMBER_OR_RANGE = re.compile(rf"{_NUMBER}(?:\s*[-\u2013]\s*{_NUMBER})?")
_NUMERIC_VALUE = re.compile(rf"^\s*{_NUMBER}(?:\s*(?:[-\u2013,&/]|and)\s*{_NUMBER})*\s*$")


class NumericCondition:
    """Mixin for ``<if>``/``<else-if>``: ``is-numeric`` accepts lists and ranges ("4/2023", "1-3, 5")
    and lower-case roman numerals ("v-xii")."""

    def _is_numeric(self, item):
        results = []
        for var in self.get("is-numeric").split():
            if var == "locator":  # the cite's, not the item's ("chap. 3" needs it numeric)
                value = item.locator.identifier if "locator" in item else None
            else:
                value = item.reference.get(var.replace("-", "_"))
            results.append(value is not None and bool(_NUMERIC_VALUE.match(str(value))))
        return results


class NamesCount:
    """Mixin for ``<names>``: ``<name form="count">`` over several variables is one number.

    citeproc-py concatenates the counts of each variable as text ("32" for three authors and
    two editors); CSL counts the names that would be printed: 5.
    """

    def process(self, item, names_context=None, context=None, **kwargs):
        name = (names_context if names_context is not None else self).name
        if name is None or name.get("form") != "count":
            return super().process(item, names_context=names_context, context=context, **kwargs)
        lists = [item.reference.get(role) for role in self.get("variable", "").split()]
        lists = [names for names in lists if names]
        if not lists:
            return super().process(item, names_context=names_context, context=context, **kwargs)
        total = 0
        for names in lists:
            et_al_min = name.get_option("et-al-min", context, kwargs.get("sort_options"))
            use_first = name.get_option("et-al-use-first", context, kwargs.get("sort_options"))
            total += min(len(names), use_first) if et_al_min and len(names) >= et_al_min else len(names)
        return str(total) if total else None


MIXINS = {
    "names": (NamesCount,),
    "if": (NumericCondition,),
    "else-if": (NumericCondition,),
    "label": (LabelPlural,),
    "text": (NumericTextRange, PageRanges),
    "number": (NumberAsWritten, PageRanges),
}
