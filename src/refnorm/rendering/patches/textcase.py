"""``text-case="title"`` the way citeproc-js applies it.

Defects of citeproc-py 0.11.1 fixed here:

* the language test uses the style's ``default-locale`` for items without a ``language``,
  where citeproc-js uses the locale the bibliography is rendered in: in fr-FR, an item with
  no language keeps its title as written ("Fisheries ecology of Greece");
* its stop-word list is CSL's short one, where citeproc-js keeps a longer list of
  prepositions and conjunctions in lower case ("Piers against Ship", "with and without",
  "Journal de Mathématiques Pures et Appliquées");
* hyphenated compounds are one word to it ("Trait-based"); citeproc-js splits a field at
  quotes, brackets and the punctuation ``-–—/.,;?!:`` and capitalizes each run of letters
  between them, digits or not ("Trait-Based", "(Hyper)", "D3.Js", "P53-Dependent", "Htm11ib"),
  except one-letter words ("e-Book"; only a letter before a hyphen at the very start of the
  field: "P-Bromostyrene") and the first letter after an apostrophe ("Ecology’s");
* upper and lower case ignore the language: citeproc-js cases with JavaScript's
  ``toLocaleUpperCase`` in the item's language, else the rendering locale's, so Turkish and
  Azerbaijani pair dotted i with İ and dotless ı with I ("içinde" -> "İçinde", not "Içinde");
* ``capitalize-first``/``capitalize-all`` upper-case a word that already has a capital
  ("iConference" -> "IConference"); citeproc-js leaves such words alone.

Words with any capital letter are left alone (acronyms, "iPhone", all-caps titles); the first
word and the word after a colon, question or exclamation mark are capitalized even if they
are stop words, and so is a stop word ending the field; protected runs (``nocase``, small caps,
sub/superscript) are not touched, italic and bold runs are.
"""

from __future__ import annotations

import re

from citeproc.string import MixedString, NoCase, String

from refnorm.rendering.patches.quotes import CLOSE, CLOSE_TYPED, OPEN, OPEN_TYPED

__all__ = ["MIXINS", "SKIP_WORDS", "title_case"]

# citeproc-js CSL.SKIP_WORDS, the entries that can match one word (its regular expression is
# tested word by word, so its multi-word entries such as "according to" never match)
SKIP_WORDS = frozenset(["about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among", "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa", "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per", "plus", "pro", "qua", "sans", "since", "than", "through", "throughout", "thruout", "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs", "v", "via", "with", "within", "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "von", "van", "c", "ca"])

# languages whose dotted/dotless i pairs differ from the default Unicode case mapping
_DOTTED_I_LANGUAGES = frozenset({"tr", "az"})
_DOTTED_UPPER = str.maketrans({"i": "\u0130"})
_DOTTED_LOWER = str.maketrans({"I": "\u0131", "\u0130": "i"})
_WORD_START_I = re.compile(r"(?<![^\W\d_])i")

# citeproc-js's title case splits a field at these "tags" (CSL.Output.Formatters' rexStr: quotes,
# the punctuation -–—/.,;?!: and brackets; our quote markers stand for quotes) and capitalizes
# the words between them: "d3.js" -> "D3.Js", "p53-dependent" -> "P53-Dependent"
_QUOTE_OPENERS = "\u2018\u201c" + OPEN + OPEN_TYPED
_QUOTE_CLOSERS = "\u2019\u201d" + CLOSE + CLOSE_TYPED
_TC_TAG = re.compile(r"(</?(?:i|b|sc|sub|sup)>|<span[^>]*>|</span>|[" + _QUOTE_OPENERS + _QUOTE_CLOSERS
                     + r"\"'\-\u2013\u2014/.,;?!:\[\]()])")
_TC_SPACE = re.compile("([\u00a0\u0020\u2000-\u200b\u205f\u3000]+)")
_GREEK = re.compile("^[\u0370-\u03ff]$")


def _is_skip_word(lower: str) -> bool:
    # citeproc-js builds its stop-word regular expression from the list unescaped: "v." and "vs."
    # match "v" or "vs" and any one character ("v0.1" stays "v0.1")
    return lower in SKIP_WORDS or (len(lower) == 2 and lower[0] == "v") or (len(lower) == 3 and lower[:2] == "vs")


def _capitalise(word: str) -> str:
    # a lone Greek letter (a symbol in a science title) stays as it is
    if len(word) == 1 and _GREEK.match(word):
        return word
    return word[0].upper() + word[1:]


def _title_parts(text: str, state: dict) -> list:
    """One plain run of a field, title-cased as citeproc-js's ``title`` formatter does.

    Returns the run split at tags (even positions: text between tags, odd: tags), each text
    a list of words and spaces, so that the last word of the field can be revisited.
    """
    parts: list = _TC_TAG.split(text)
    for k in range(0, len(parts), 2):
        if k:
            tag = parts[k - 1]
            if tag in ("!", "?", ":"):
                state["after_punct"] = True
            # quote state: a closer without its opener (an apostrophe) leaves the next
            # word's first letter as it was (citeproc-js's quoteFix)
            restore = False
            if tag in _QUOTE_OPENERS:
                state["quotes"].append(tag)
            elif tag in _QUOTE_CLOSERS:
                if state["quotes"]:
                    state["quotes"].pop()
                else:
                    restore = True
                    state["last"] = None
        else:
            restore = False
        words = _TC_SPACE.split(parts[k])
        # only the field's very first run knows the tag after it (a citeproc-js quirk: later
        # runs are passed another argument), so "e-Book" stays lower case after the start
        following = parts[k + 1] if state["first_run"] and k + 1 < len(parts) else None
        if parts[k].strip():
            state["first_run"] = False
        for j in range(0, len(words), 2):
            word = words[j]
            if not word:
                continue
            lower = word.lower()
            capitalize = ((len(word) > 1 and not _is_skip_word(lower))
                          or (j == len(words) - 1 and following == "-")
                          or state["first"] or state["after_punct"])
            if capitalize and word == lower and not (restore and j == 0):
                words[j] = _capitalise(word)
            state["first"] = state["after_punct"] = False
            state["last"] = (state["run"], k, j)
        parts[k] = words
    return parts


def _join(parts: list) -> str:
    return "".join("".join(p) if isinstance(p, list) else p for p in parts)


def title_case(text):
    """Title-case `text` (a citeproc-py String or MixedString) as citeproc-js does, leaving
    protected runs alone; the last word is capitalized even if it is a stop word."""
    state = {"first": True, "after_punct": False, "first_run": True, "quotes": [], "last": None, "run": 0}
    segments = list(text) if isinstance(text, MixedString) else [text]
    runs: list = []
    for n, seg in enumerate(segments):
        state["run"] = n
        if isinstance(seg, NoCase) or not isinstance(seg, str):
            runs.append(None)
            plain = str(seg)
            if plain.strip():
                state["first"] = state["first_run"] = False
                state["after_punct"] = bool(re.search(r"[:?!]\s*$", plain))
                state["last"] = None
            continue
        runs.append(_title_parts(str(seg), state))
    if state["last"] is not None:
        n, k, j = state["last"]
        word = runs[n][k][j]
        if len(word) > 1 and _is_skip_word(word.lower()):
            runs[n][k][j] = _capitalise(word)
    out = [seg if parts is None else (type(seg) if isinstance(seg, String) else String)(_join(parts))
           for seg, parts in zip(segments, runs, strict=True)]
    if isinstance(text, MixedString):
        return MixedString(out)
    return out[0]


def capitalize(text, first_only: bool):
    """``capitalize-first`` (`first_only`) or ``capitalize-all`` as citeproc-js does: a word is
    capitalized only when it is all lower case ("iConference" stays), words are split at the
    title-case tags as well as spaces, protected runs are left alone (and a protected first
    word ends ``capitalize-first``)."""
    segments = list(text) if isinstance(text, MixedString) else [text]
    out = []
    done = False
    for seg in segments:
        if done or isinstance(seg, NoCase) or not isinstance(seg, str):
            out.append(seg)
            done = done or (first_only and bool(str(seg).strip()))
            continue
        parts = _TC_TAG.split(str(seg))
        for k in range(0, len(parts), 2):
            if done:
                break
            words = _TC_SPACE.split(parts[k])
            for j in range(0, len(words), 2):
                word = words[j]
                if word and word == word.lower():
                    words[j] = _capitalise(word)
                if word and first_only:
                    done = True
                    break
            parts[k] = "".join(words)
        out.append((type(seg) if isinstance(seg, String) else String)("".join(parts)))
    if isinstance(text, MixedString):
        return MixedString(out)
    return out[0]


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
            if self.tag.endswith("}name-part") and _NAME_LANGUAGE[0]:
                # a name is cased in its item's language like any field ("HAMLIN" for an
                # English item in tr-TR, "MİLLS" for one without language), as citeproc-js
                lang = _NAME_LANGUAGE[0]
            if lang[:2].lower() in _DOTTED_I_LANGUAGES:
                text = _dotted_i(text, text_case)
        if self.get("text-case") in ("lowercase", "uppercase") and isinstance(text, MixedString):
            # citeproc-py lowers/uppers protected runs too ("<span class="nocase">Smith</span>")
            upper = self.get("text-case") == "uppercase"
            return MixedString([seg if isinstance(seg, NoCase) else
                                type(seg)(str(seg).upper() if upper else str(seg).lower()) for seg in text])
        if text_case in ("capitalize-first", "capitalize-all") and text:
            return capitalize(text, text_case == "capitalize-first")
        if self.get("text-case") == "title":
            from_item = self.tag.endswith("}text") and "term" not in self.attrib and "value" not in self.attrib
            if from_item and language is not None and language[:2].lower() != "en":
                return text
            return title_case(text)
        return super().case(text, language)


# the language of the item whose names are being rendered (name parts are cased without the item)
_NAME_LANGUAGE: list = [None]


class NameLanguage:
    """Mixin for ``<name>``: its name parts know the item's language while it renders."""

    def process(self, item, variable, *args, **kwargs):
        before = _NAME_LANGUAGE[0]
        language = item.reference.get("language")
        _NAME_LANGUAGE[0] = str(language) if language else None
        try:
            return super().process(item, variable, *args, **kwargs)
        finally:
            _NAME_LANGUAGE[0] = before


class TextLanguage:
    """Mixin for ``<text>``: an item without ``language`` is in the rendering locale's language."""

    def process(self, item, context=None, **kwargs):
        text, language = super().process(item, context, **kwargs)
        if "language" not in item.reference:
            language = getattr(self.get_root(), "output_language", "en")
        return text, language


MIXINS = {"name": (NameLanguage,), "text": (TextLanguage, TitleCase), "label": (TitleCase,), "number": (TitleCase,),
          "date-part": (TitleCase,), "name-part": (TitleCase,)}
