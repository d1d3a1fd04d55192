"""``text-case="title"`` the way citeproc-js applies it.

Defects of citeproc-py 0.11.1 fixed here:

* the language test uses the style's ``default-locale`` for items without a ``language``,
  where citeproc-js uses the locale the bibliography is rendered in: in fr-FR, an item with
  no language keeps its title as written ("Fisheries ecology of Greece");
* its stop-word list is CSL's short one, where citeproc-js keeps a longer list of
  prepositions and conjunctions in lower case ("Piers against Ship", "with and without",
  "Journal de Mathématiques Pures et Appliquées");
* hyphenated compounds are one word to it ("Trait-based"); citeproc-js capitalizes each
  part ("Trait-Based"), and looks past leading punctuation ("(hyper)" -> "(Hyper)");
* upper and lower case ignore the language: citeproc-js cases with JavaScript's
  ``toLocaleUpperCase`` in the item's language, else the rendering locale's, so Turkish and
  Azerbaijani pair dotted i with İ and dotless ı with I ("içinde" -> "İçinde", not "Içinde").

Words with any capital letter are left alone (acronyms, "iPhone", all-caps titles); the first
word and the word after a colon, question or exclamation mark are capitalized even if they
are stop words; protected runs (``nocase``, markup) are not touched.
"""

from __future__ import annotations

import re

from citeproc.string import MixedString, NoCase, String

__all__ = ["MIXINS", "SKIP_WORDS", "title_case"]

# citeproc-js CSL.SKIP_WORDS (single words; its multi-word entries are in _SKIP_PHRASES)
SKIP_WORDS = frozenset(["about", "above", "across", "afore", "after", "against", "along", "alongside", "amid", "amidst", "among", "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa", "despite", "down", "during", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per", "plus", "pro", "qua", "sans", "since", "than", "through", "thru", "throughout", "thruout", "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.", "vs", "v", "via", "vis-à-vis", "with", "within", "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "d'", "von", "van", "c", "et", "ca"])
_SKIP_PHRASES = frozenset(p for p in """
according to|ahead of|apart from|as for|as of|as per|as regards|aside from|back to|because of|close to|
due to|except for|far from|inside of|instead of|near to|next to|on to|out from|out of|outside of|prior to|
pursuant to|rather than|regardless of|such as|that of|up to|where as""".replace("\n", "").split("|"))

# languages whose dotted/dotless i pairs differ from the default Unicode case mapping
_DOTTED_I_LANGUAGES = frozenset({"tr", "az"})
_DOTTED_UPPER = str.maketrans({"i": "\u0130"})
_DOTTED_LOWER = str.maketrans({"I": "\u0131", "\u0130": "i"})
_WORD_START_I = re.compile(r"(?<![^\W\d_])i")

_TOKEN = re.compile(r"(\s+|-|/|\u2013|\u2014|\(|\))")
_CORE = re.compile(r"^([^\w]*)(.*?)([^\w.']*)$", re.S)


def _title_words(text: str, state: dict) -> str:
    tokens = _TOKEN.split(text)
    words = [(i, t) for i, t in enumerate(tokens) if t and not _TOKEN.fullmatch(t)]
    cores = []
    for _, tok in words:
        m = _CORE.match(tok)
        cores.append(m.groups() if m else ("", tok, ""))
    lowered_phrase = set()
    for n in range(len(words) - 1):
        if f"{cores[n][1]} {cores[n + 1][1]}".lower() in _SKIP_PHRASES:
            lowered_phrase.update((n, n + 1))
    for n, (i, tok) in enumerate(words):
        lead, core, trail = cores[n]
        # words with digits, inner full stops or TeX escapes are left alone ("d3.js", "v0.1")
        odd = any(c.isdigit() for c in core) or "." in core[:-1] or "\\" in lead
        if core and not odd and core == core.lower() and any(c.isalpha() for c in core):
            # citeproc-js also leaves one-letter words ("e", "in r") in lower case, but not a
            # letter starting a compound ("p-Bromostyrene" -> "P-Bromostyrene")
            before_hyphen = i + 1 < len(tokens) and tokens[i + 1] == "-"
            one_letter = len(core.rstrip(".")) == 1 and not (before_hyphen and core.isascii())
            last = n == len(words) - 1 and state.get("final", True)
            skip = ((core in SKIP_WORDS and not before_hyphen and not last) or n in lowered_phrase
                    or one_letter) and not state["first"]
            if not skip:
                core = core[0].upper() + core[1:]
                tokens[i] = lead + core + trail
        state["first"] = bool(re.search(r"[:?!]$", tok))
        if core:
            state["started"] = True
    return "".join(tokens)


def title_case(text):
    """Title-case `text` (a citeproc-py String or MixedString), leaving protected runs alone."""
    state = {"first": True, "started": False}
    if isinstance(text, MixedString):
        out = []
        last_plain = max((i for i, seg in enumerate(text) if not isinstance(seg, NoCase)), default=-1)
        for i, seg in enumerate(text):
            state["final"] = i == last_plain and i == len(text) - 1
            if isinstance(seg, NoCase):
                out.append(seg)
                if str(seg).strip():
                    state["first"] = bool(re.search(r"[:?!]\s*$", str(seg)))
            else:
                out.append(type(seg)(_title_words(str(seg), state)))
        return MixedString(out)
    if isinstance(text, NoCase):
        return text
    cls = type(text) if isinstance(text, String) else String
    return cls(_title_words(str(text), state))


def _dotted_i(text, text_case: str):
    """`text` prepared so that Python's case mapping gives the Turkish result for `text_case`
    ("i" is made "İ" where it will be upper-cased, "I"/"İ" made "ı"/"i" before lower-casing);
    protected runs are left alone."""
    def prepare(s: str) -> str:
        if text_case == "uppercase":
            return s.translate(_DOTTED_UPPER)
        if text_case == "lowercase":
            return s.translate(_DOTTED_LOWER)
        if text_case == "capitalize-all":
            return _WORD_START_I.sub("\u0130", s)
        return "\u0130" + s[1:] if s.startswith("i") else s  # capitalize-first

    if isinstance(text, MixedString):
        out, first = [], True
        for seg in text:
            if isinstance(seg, NoCase) or (text_case == "capitalize-first" and not first):
                out.append(seg)
            else:
                out.append(type(seg)(prepare(str(seg))))
            first = False
        return MixedString(out)
    if isinstance(text, NoCase) or not isinstance(text, str):
        return text
    return type(text)(prepare(str(text))) if isinstance(text, String) else prepare(text)


class TitleCase:
    """Mixin for elements with ``text-case``: citeproc-js's title case and language rule;
    ``lowercase``/``uppercase`` leave protected runs alone.

    The language rule protects item data only: terms ("éd." -> "Éd.") are always cased.
    """

    def case(self, text, language=None):
        text_case = self.get("text-case")
        if text_case in ("lowercase", "uppercase", "capitalize-first", "capitalize-all") and text:
            lang = language or getattr(self.get_root(), "output_language", "en")
            if lang[:2].lower() in _DOTTED_I_LANGUAGES:
                text = _dotted_i(text, text_case)
        if self.get("text-case") in ("lowercase", "uppercase") and isinstance(text, MixedString):
            # citeproc-py lowers/uppers protected runs too ("<span class="nocase">Smith</span>")
            upper = self.get("text-case") == "uppercase"
            return MixedString([seg if isinstance(seg, NoCase) else
                                type(seg)(str(seg).upper() if upper else str(seg).lower()) for seg in text])
        if self.get("text-case") == "title":
            from_item = self.tag.endswith("}text") and "term" not in self.attrib and "value" not in self.attrib
            if from_item and language is not None and language[:2].lower() != "en":
                return text
            return title_case(text)
        return super().case(text, language)


class TextLanguage:
    """Mixin for ``<text>``: an item without ``language`` is in the rendering locale's language."""

    def process(self, item, context=None, **kwargs):
        text, language = super().process(item, context, **kwargs)
        if "language" not in item.reference:
            language = getattr(self.get_root(), "output_language", "en")
        return text, language


MIXINS = {"text": (TextLanguage, TitleCase), "label": (TitleCase,), "number": (TitleCase,),
          "date-part": (TitleCase,), "name-part": (TitleCase,)}
