"""Dates: localized date delimiters, date ranges, and style overrides of localized date parts.

Defects of citeproc-py 0.11.1 fixed here:

* a localized date (``<date form="text"/>``) is joined with the calling ``<date>``'s
  delimiter (none) instead of the locale's (a space): "2020Dec31" for "2020 Dec 31";
* date ranges are dropped or crash (``list.remove`` of a part the style does not show):
  a range is printed the CSL way, the parts that differ rendered for both ends around the
  ``range-delimiter`` of the largest differing part (default en dash) and the shared parts
  once ("2019 Jul 30–Aug 2", "30 juillet-2 août 2019", "1854–1856"), without the affixes
  at the seam ("julio–agosto de 2019", not "julio de–agosto de 2019");
* a style's ``<date-part>`` overriding a localized date's part writes its attributes into the
  shared locale element, so one ``form="short"`` month leaks into every later date: the
  override is applied for the one rendering only, and the affixes stay the locale's, as
  the specification says;
* formatting attributes on ``<date>`` (``font-style``...) are ignored;
* a season where a numeric month is asked for (the ja-JP and zh-CN text dates print the month
  as a number, "2020年12月") fails an assertion and crashes the whole rendering: citeproc-js
  prints the season's term ("2020年冬季月").
"""

from __future__ import annotations

from citeproc.string import join

__all__ = ["MIXINS", "DatePartOverride", "DateRanges", "SeasonAsNumericMonth"]

_LEVEL = {"year": 0, "month": 1, "day": 2}
_NOT_OVERRIDABLE = ("prefix", "suffix")


def _part_value(date, name):
    if name == "month":
        return date.get("month") or date.get("season")
    return date.get(name)


class DateRanges:
    """Mixin for ``<date>``."""

    def render_single_date(self, date, show_parts=None, context=None):
        parts = self.parts(date, show_parts, context if context is not self else None)
        return self.join(parts) if parts else None

    def _range_delimiter(self, name, context):
        for element in (context, self):
            if element is None:
                continue
            found = element.xpath_search(f'./cs:date-part[@name="{name}"]')
            if found and found[0].get("range-delimiter") is not None:
                return found[0].get("range-delimiter")
        return "\u2013"

    def render_date_range(self, date_range, show_parts=None, context=None):
        begin, end = date_range.begin, date_range.get("end")
        if show_parts is None:
            show_parts = ["year", "month", "day"]
        if end is None or end.is_nil():
            return self.render_single_date(begin, show_parts, context)
        diff = next((n for n in ("year", "month", "day") if _part_value(begin, n) != _part_value(end, n)), None)
        order = [p.get("name") for p in self.iterchildren() if p.get("name") in show_parts]
        if diff is None or (diff not in order and not any(_LEVEL[n] > _LEVEL[diff] for n in order)):
            return self.render_single_date(begin, show_parts, context)
        block_idx = [i for i, n in enumerate(order) if _LEVEL[n] >= _LEVEL[diff]]
        if not block_idx:
            return self.render_single_date(begin, show_parts, context)
        lo, hi = block_idx[0], block_idx[-1]
        ctx = context if context is not self else None
        before = self.parts(begin, order[:lo], ctx)
        after = self.parts(begin, order[hi + 1:], ctx)
        first = self.parts(begin, order[lo:hi + 1], ctx)
        last = self.parts(end, order[lo:hi + 1], ctx)
        if not first or not last:
            return self.render_single_date(begin, show_parts, context)
        delimiter = self.get("delimiter", "")
        first_s = str(join(first, delimiter))
        last_s = str(join(last, delimiter))
        # the affixes at the seam go: "julio de–agosto de 2019" -> "julio–agosto de 2019"
        block = [p for p in self.iterchildren() if p.get("name") in order[lo:hi + 1]]
        if block:
            seam_suffix = block[-1].get("suffix") or ""
            seam_prefix = block[0].get("prefix") or ""
            if seam_suffix and first_s.endswith(seam_suffix):
                first_s = first_s[: -len(seam_suffix)]
            if seam_prefix and last_s.startswith(seam_prefix):
                last_s = last_s[len(seam_prefix):]
        rng = first_s.rstrip() + self._range_delimiter(diff, ctx) + last_s.lstrip()
        return self.join([*before, rng, *after])

    def markup(self, text):
        return self.format(text) if text else None


class DatePartOverride:
    """Mixin for ``<date-part>``: apply a style's override of a localized part for one rendering."""

    _overrides = None

    def get(self, key, default=None):
        overrides = self._overrides
        if overrides and key in overrides:
            return overrides[key]
        # (the element's attributes: lxml's, or the speed layer's dict of them, found without
        # the super() call, about 40 a Vancouver entry)
        return self.attrib.get(key, default)

    def render(self, date, context=None):
        if context is None or context is self:
            return super().render(date, context)
        found = context.xpath_search(f'./cs:date-part[@name="{self.get("name")}"]')
        self._overrides = ({k: v for k, v in found[0].attrib.items() if k not in _NOT_OVERRIDABLE}
                           if found else None)
        try:
            # the style root: terms resolve through the style's locales, and citeproc-py finds
            # no date-part there to copy into this element
            return super().render(date, context.get_root())
        finally:
            self._overrides = None


class SeasonAsNumericMonth:
    """Mixin for ``<date-part name="month">``: a season in a numeric month is its term."""

    def process(self, date, context=None):
        if (self.get("name") == "month" and self.get("form", "long").startswith("numeric")
                and not date.get("month") and date.get("season")):
            root = context if context is not None and hasattr(context, "get_single_term") else self.get_root()
            try:
                return root.get_single_term(name=f"season-{int(date.get('season')):02}")
            except (ValueError, TypeError):
                return str(date.get("season"))  # a season given as text ("Winter")
        return super().process(date, context)


MIXINS = {"date": (DateRanges,), "date-part": (DatePartOverride, SeasonAsNumericMonth)}
