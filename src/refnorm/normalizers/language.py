"""The language a title is written in, when its words say so plainly.

CSL styles title-case a title only when its item is in English (an item without a ``language`` is
taken to be in the style's language, as citeproc-js does): "Les jardins et leurs visiteurs" printed
by Chicago as "Les Jardins et Leurs Visiteurs" is wrong in French. A parsed reference therefore
carries the ``language`` of its title when the title's script or its function words name one
language and no English word is among them; otherwise it carries none, and the renderer does what
it does for any record without one.
"""

from __future__ import annotations

import re

from refnorm.normalizers.unicode import HANGUL, KANA

__all__ = ["ENGLISH_WORDS", "iberian_title", "title_language"]

# Short, frequent words of each language that are rare in the others (and in English). Words two
# languages share ("de", "la", "en", "a", "e", "i", "in", "die") are left out or given to neither.
_FUNCTION_WORDS = {
    "fr": "le les des du et sur pour dans une au aux à est par avec entre leurs ses cette ou chez d l qu",
    "de": "der das und für mit von im zur zum bei über ein eine einer einem des dem den auf als nach zwischen ihre "
          "ihrer sich wie aus unter vom eines zu",
    "es": "el los las del y para con una por entre sobre como su sus al",
    "it": "il della delle dei per con degli nella nel gli alla sulla tra dal lo una di e",
    "pt": "os das dos para com uma em na no ao pela pelo entre sobre e",
    "nl": "het een van voor met naar bij op over tussen wordt zijn",
    "pl": "w i z na do dla oraz od po przez jako się u",
    "cs": "a v ve z na do pro od po jako se při u",
    "sv": "och för med av om på till från som vid",
    "tr": "ve bir ile için olarak üzerine üzerinde bu",
}
# English function words: a title holding one may be English (and a bracket holding one, an English translation)
ENGLISH_WORDS = frozenset(["the", "of", "and", "with", "from", "for", "on", "to", "an", "by", "is", "are", "its", "their",
                           "between", "among", "during", "about"])
_GERMAN_AFTER_AN = frozenset({"der", "die", "das", "dem", "den", "einer", "einem"})
_WORDS: dict[str, list[str]] = {}
for _lang, _text in _FUNCTION_WORDS.items():
    for _w in set(_text.split()):
        _WORDS.setdefault(_w, []).append(_lang)
# letters that only one of these languages writes
_LETTERS = {
    "pl": "ąęłńśźż", "cs": "ěřůďťň", "tr": "ğış", "de": "ß", "sv": "å", "pt": "ãõ", "es": "ñ¿¡", "fr": "œèêë",
}
# letters a few languages share: half the evidence of one only they write
_SHARED_LETTERS = {"ç": ("fr", "pt", "tr"), "ä": ("de", "sv"), "ö": ("de", "sv", "tr"), "ü": ("de", "tr")}
_TOKEN = re.compile(r"[^\W\d_]+")
_ASCII_TOKEN = re.compile(r"[a-z]+")  # _TOKEN on lower-cased ASCII text (its letters are [A-Za-z]): half the time
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def title_language(title: str) -> str | None:
    """An ISO 639-1 code for ``title`` ("fr", "ru", "ja"), or None when it may be English or is unclear."""
    if not title:
        return None
    if not title.isascii():
        if KANA.search(title):
            return "ja"
        if HANGUL.search(title):
            return "ko"
        if _HAN.search(title):
            return "zh"
        if _CYRILLIC.search(title):
            return "ru" if not re.search(r"[іїєґ]", title, re.I) else "uk"
        if len(_GREEK.findall(title)) * 2 > len(_LETTER.findall(title)):
            return "el"  # (not a physics title's "Λ b → Λ c")
    words = _ASCII_TOKEN.findall(title.lower()) if title.isascii() else [w.lower() for w in _TOKEN.findall(title)]
    if len(words) < 3:
        return None
    english = ENGLISH_WORDS.intersection(words)
    if english and not (english == {"an"} and not _GERMAN_AFTER_AN.isdisjoint(
            words[k + 1] for k, w in enumerate(words[:-1]) if w == "an")):
        return None  # (German's "an der", "an den" is no English article)
    scores: dict[str, int] = {}
    for w in set(words):  # (distinct words: "hacked a Model S, but … a patch" is no Czech)
        for lang in _WORDS.get(w, ()):
            scores[lang] = scores.get(lang, 0) + 1
    if not title.isascii():
        low = title.lower()
        for lang, letters in _LETTERS.items():
            if any(c in low for c in letters):
                scores[lang] = scores.get(lang, 0) + 2
        for letter, langs in _SHARED_LETTERS.items():
            if letter in low:
                for lang in langs:
                    scores[lang] = scores.get(lang, 0) + 1
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    if top < 2 or (len(ranked) > 1 and ranked[1][1] >= top):
        return None  # too little, or two languages alike ("de la", "con la")
    if title.isascii() and top < 3 and 4 * top < len(words):
        return None  # two short words in a long plain title ("… in alpha-decay 212 Po nucleus … ;a") prove little
    return best


# Words only Spanish or Portuguese titles have ("los", "y", "dos", "em"), and words of their neighbours ("il", "les",
# "the"): a hint where title_language stays silent on a short title ("La memoria de los oficios")
_IBERIAN_WORDS = frozenset({"los", "las", "el", "y", "sobre", "por", "para", "uma", "um", "dos", "das", "em", "ao",
                            "aos", "não", "com", "pela", "pelo", "na", "no", "nas", "del"})
_NOT_IBERIAN_WORDS = frozenset({"il", "gli", "della", "delle", "degli", "dei", "di", "le", "les", "des", "du", "et", "und",
                                "der", "die", "the", "and", "of", "in", "per", "i"})


def iberian_title(title: str) -> str | None:
    """"es" when ``title`` has a word only Spanish or Portuguese titles have and none of their neighbours' (enough to
    read a double family name, not to tell the two apart), else None."""
    words = set(title.lower().split())
    return "es" if not words.isdisjoint(_IBERIAN_WORDS) and words.isdisjoint(_NOT_IBERIAN_WORDS) else None
