"""Locale terms: fallback by form within a locale, gendered ordinals, typographic apostrophes.

Defects of citeproc-py 0.11.1 fixed here:

* a term missing in the requested form is taken from the next locale (en-US) in that form
  ("Conf. paper" in a German bibliography) instead of from the same locale in the fallback
  form (CSL 1.0.2: verb-short -> verb -> long, symbol -> short -> long, short -> long);
* ordinals ignore the locale's rules: the first ``ordinal-NN`` term found in any locale wins,
  so German and Spanish get English suffixes ("1st Aufl.", "2nd ed." for "1. Aufl.",
  "2.ª ed."), ``match`` and ``gender-form`` are ignored ("2nd éd." for "2ᵉ éd."). Here the
  first locale that defines ordinals is used alone, ``whole-number`` beats
  ``last-two-digits`` beats ``last-digit``, and the gender of the counted term (``edition``,
  the month for days) selects ``gender-form``;
* a term that opens an entry is not capitalized ("(n.d.)" for citeproc-js's "(N.d.)");
* straight apostrophes in terms ("à l'adresse") print as typed; citeproc-js prints ’.
"""

from __future__ import annotations

from citeproc.model import Locale

__all__ = ["MIXINS", "TERM_START", "capitalize_leading_term", "ordinal_suffix"]

# marks where a term printed by <text term> starts; an entry that opens with a term gets it
# capitalized ("(N.d.)", "(S. d.)", "Ibid."), as citeproc-js does
TERM_START = "\ue002"

_FORM_FALLBACK = {"verb-short": ("verb-short", "verb", None), "symbol": ("symbol", "short", None),
                  "short": ("short", None), "verb": ("verb", None), None: (None,), "long": (None,)}
_TERM_CACHE: dict = {}
_NS = "{http://purl.org/net/xbiblio/csl}"


def _locales(element, fallback_locale: bool):
    root = element.get_root()
    locales = root.locales
    if not fallback_locale and len(locales) > 1:
        lang_key = "{http://www.w3.org/XML/1998/namespace}lang"
        main_lang = locales[0].attrib.get(lang_key)
        if main_lang:
            locales = [locales[0]] + [loc for loc in locales[1:] if loc.get(lang_key, main_lang) == main_lang]
    return locales


def term_gender(style_root, name: str) -> str | None:
    """The grammatical gender a locale gives the term `name` ("edition" -> "feminine")."""
    for locale in style_root.locales:
        terms = locale.find(f"{_NS}terms")
        if terms is None:
            continue
        for term in terms.iterfind(f"{_NS}term"):
            if term.get("name") == name and term.get("gender"):
                return term.get("gender")
    return None


def ordinal_suffix(number: int, style_root, gender: str | None = None) -> str:
    """The ordinal suffix of `number` from the first locale that defines ordinals."""
    for locale in style_root.locales:
        terms_el = locale.find(f"{_NS}terms")
        if terms_el is None:
            continue
        terms = [t for t in terms_el.iterfind(f"{_NS}term") if (t.get("name") or "").startswith("ordinal")]
        if not terms:
            continue
        best, best_rank = None, -1.0
        for term in terms:
            name = term.get("name")
            form_gender = term.get("gender-form")
            if form_gender is not None and form_gender != gender:
                continue
            bonus = 0.5 if form_gender is not None else 0.0
            if name == "ordinal":
                rank = 0.0
            else:
                try:
                    nn = int(name[-2:])
                except ValueError:
                    continue
                match = term.get("match") or ("last-digit" if nn < 10 else "last-two-digits")
                if match == "whole-number" and number == nn:
                    rank = 3.0
                elif match == "last-two-digits" and number % 100 == nn:
                    rank = 2.0
                elif match == "last-digit" and number % 10 == nn:
                    rank = 1.0
                else:
                    continue
            if rank + bonus > best_rank:
                best, best_rank = term, rank + bonus
        if best is None:
            return ""
        single = best.find(f"{_NS}single")
        return (single.text if single is not None else best.text) or ""
    return ""


class TermLookup:
    """Mixin for every CSL element: per-locale form fallback, memoised."""

    def get_term(self, name, form=None, fallback_locale=True, zero_padded=False):
        if isinstance(self, Locale):  # a locale's own lookup (raises IndexError when absent)
            return super().get_term(name, form, zero_padded=zero_padded)
        root = self.get_root()
        if isinstance(root, Locale):
            return super().get_term(name, form, fallback_locale, zero_padded)
        key = (root, name, form, fallback_locale, zero_padded)
        try:
            return _TERM_CACHE[key]
        except KeyError:
            pass
        found = None
        for locale in _locales(self, fallback_locale):
            for candidate in _FORM_FALLBACK.get(form, (form, None)):
                try:
                    found = locale.get_term(name, candidate, zero_padded=zero_padded)
                    break
                except IndexError:
                    continue
            if found is not None:
                break
        _TERM_CACHE[key] = found
        return found


class TypographicTerm:
    """Mixin for ``<term>``: ’ for ' in term text."""

    @property
    def single(self):
        text = super().single
        return type(text)(str(text).replace("'", "\u2019")) if "'" in str(text) else text

    @property
    def multiple(self):
        text = super().multiple
        return type(text)(str(text).replace("'", "\u2019")) if "'" in str(text) else text


class LocaleOrdinalNumber:
    """Mixin for ``<number>``: ``form="ordinal"`` with the locale's own ordinal rules."""

    def format_number(self, number):
        if self.get("form") == "ordinal":
            text = str(number).strip()
            if text.isdigit() and int(text) > 0:
                root = self.get_root()
                return text + ordinal_suffix(int(text), root, term_gender(root, self.get("variable") or ""))
        return super().format_number(number)


class LocaleOrdinalDay:
    """Mixin for ``<date-part name="day">``: ordinal days with the locale's rules."""

    def process(self, date, context=None):
        if self.get("name") == "day" and self.get("form") == "ordinal" and date.get("day"):
            root = context if context is not None and hasattr(context, "locales") else self.get_root()
            day = int(date.day)
            limit = (self.get_locale_option("limit-day-ordinals-to-day-1") or "false").lower() == "true"
            if limit and day > 1:
                return str(day)
            gender = term_gender(root, f"month-{int(date.get('month') or 1):02}")
            return str(day) + ordinal_suffix(day, root, gender)
        return super().process(date, context)


_OPENERS = "([{“‘«„\ue000\ue003"


def capitalize_leading_term(text: str) -> str:
    """Capitalize a term that opens the entry ("(N.d.)", as citeproc-js), and drop the markers.

    (citeproc-js also capitalizes a term after a sentence's full stop, "2 vols. [S.n.]"; a full
    stop cannot be told from an initial's here, so that is not done.)
    """
    if TERM_START not in text:
        return text
    out = []
    pos = 0
    while True:
        at = text.find(TERM_START, pos)
        if at < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:at])
        j = at - 1
        while j >= 0 and (text[j].isspace() or text[j] in _OPENERS or text[j] == ">"):
            if text[j] == ">":  # an HTML tag before the term: skip it
                j = text.rfind("<", 0, j) - 1
                continue
            j -= 1
        # only at the very start: after a full stop it could be an initial ("Renear, A. H. (n.d.)")
        starts_sentence = j < 0
        # the term's own opening marks are passed over: "[no date]" -> "[No date]"
        k = at + 1
        while k < len(text) and text[k] in _OPENERS:
            k += 1
        rest = text[at + 1:k + 1]
        out.append(rest[:-1] + rest[-1:].upper() if starts_sentence else rest)
        pos = k + 1
    return "".join(out)


class MarkedTerm:
    """Mixin for ``<text>``: mark the start of a term printed without a ``text-case``."""

    def _term(self, item):
        text = super()._term(item)
        if text and self.get("term") == "no date":
            # citeproc-js counts "n.d." as a printed date: its group is not suppressed
            from refnorm.rendering.patches.substitute import record

            record(None)
        if text and "text-case" not in self.attrib:
            return TERM_START + text
        return text


MIXINS = {"*": (TermLookup,), "text": (MarkedTerm,), "term": (TypographicTerm,), "number": (LocaleOrdinalNumber,),
          "date-part": (LocaleOrdinalDay,)}
