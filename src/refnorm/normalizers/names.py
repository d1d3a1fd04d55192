"""Personal and corporate names: from a pasted author list to CSL name objects.

:func:`parse_names` reads the author (or editor) part of a reference in the forms reference lists
actually use:

- Vancouver, family first with compact initials: ``Leng Z, Zhu R, Hou W``, ``Matthay MA``,
  ``de la Cruz M``, ``Иванов И.И.``;
- inverted with commas: ``Smith, J., Doe, K.``, ``SARAMAGO, José`` (capitals restored),
  ``Иванов, Иван Иванович``, ``van der Berg, J.``;
- natural order: ``Robert Chunhua Zhao``, ``J. P. Collman``, ``Ludwig von Mises``;
- lists joined by ``,`` ``;`` ``and`` ``&`` ``et`` ``und`` ``y`` ``e`` ``i`` ``、`` (the CSL
  locales' words for "and");
- suffixes (``Jr.``, ``III``), corporate authors (``World Health Organization`` ->
  ``{"literal": ...}``), Chinese, Japanese and Korean names (``张三`` -> family 张, given 三);
- "et al." in 60 languages (``u. a.``, ``и др.``, ``等``, ``ほか``...) recorded as
  ``truncated``, never as an author; repeated-author dashes (``———``) as ``same_as_previous``;
- role words (``(Hrsg.)``, ``(eds)``, ``ed. by``, ``trad. par``, ``пер.``) recorded as ``role``.

Particles stay in ``family`` (``"von Mises"``, ``"van der Berg"``), as Crossref records them, so
names from both sources compare equal. Compact initials are spaced (``MA`` -> ``M. A.``) so
that every style can re-initialise them.

The word lists are data: ``data/name_roles.json``, generated from the CSL locales by
``scripts/gen_terms.py``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from refnorm.model import Diagnostic, Severity
from refnorm.normalizers.unicode import CJK_CHARS, HANGUL, KANA, clean

__all__ = ["NameList", "body_name", "format_initials", "lead_role", "parse_name", "parse_names", "restore_case",
           "role_before", "role_of", "role_words"]


@dataclass(frozen=True)
class NameList:
    """The names read from one author or editor string, and what was said about the list."""

    names: list[dict[str, str]] = field(default_factory=list)
    truncated: bool = False
    same_as_previous: bool = False
    role: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


# ------------------------------------------------------------------------------------------ data
def _load() -> dict[str, Any]:
    with resources.files("refnorm").joinpath("data", "name_roles.json").open(encoding="utf-8") as f:
        return json.load(f)


_DATA = _load()


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(set(words), key=len, reverse=True))


_CJK_RANGE = CJK_CHARS
_IS_CJK = re.compile(f"[{_CJK_RANGE}]")
_HAS_LATIN_OR_CYR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
# Single CJK characters that are role words only when they end a name list; others ("校") are
# too often part of a name.
_CJK_ROLE_CHARS = set("编編译訳著")


# Role phrases of Slavic reference lists that the CSL locales lack (GOST's "под общ. ред.", "отв. ред.", "сост.";
# "редакцией" after a "под" the labeller left outside the names; Polish "pod redakcją")
_EXTRA_ROLES = {
    "editor": ["редакцией", "редакцією", "под общ. ред.", "под общей редакцией", "под науч. ред.",
               "под научной редакцией", "отв. ред.", "науч. ред.", "гл. ред.", "за заг. ред.", "pod redakcją",
               "redakcją", "pod kier.", "red. nauk.", "coordinado por", "coordinada por", "coordenado por",
               "coordenação de", "organização de", "texte établi par", "édition établie par", "édition critique par",
               "bearbeitet von", "redigiert von", "utg. av", "utgiven av", "utgivna av", "udg. af", "udgivet af"],
    "compiler": ["сост.", "упоряд."],
    # a translation named by its noun or by the verb as a man, a woman or several wrote it ("Traduction de", "Übersetzung
    # von", "Vertaling:", "Przełożyła", "Přeložila", "перевела"), which the locales give in one form only
    "translator": ["traduction", "translation", "übersetzung", "vertaling", "översättning", "oversættelse", "překlad",
                   "přeložila", "přeložili", "przekład", "tłumaczenie", "przełożył", "przełożyła", "przełożyli",
                   "tłumaczył", "tłumaczyła", "tłumaczyli", "перевела", "перевёл", "перевел", "переклала", "переклав",
                   "çeviri", "traducción", "traduzione"],
}
# Participles that name a translator only before the language translated from ("Traduit de l’anglais par", "Translated
# from the German by"; "traduit par" is the locales'): alone, "Texte établi, traduit et annoté par" names an editor too
_TRANSLATED_FROM = frozenset({"traduit", "traduite", "traducido", "traducida", "tradotto", "tradotta", "traduzido",
                              "traduzida", "translated", "übersetzt", "vertaald", "översatt", "oversat", "oversatt"})


def _role_words() -> list[tuple[str, str]]:
    out = [(w, role) for role, words in _EXTRA_ROLES.items() for w in words]
    # editors first: "dir." is a film director in the CSL locales but an editor in French reference lists
    priority = ["editor", "translator", "editor-translator", "compiler", "illustrator", "director"]
    roles = sorted(_DATA["roles"].items(), key=lambda kv: priority.index(kv[0]) if kv[0] in priority else 99)
    for role, words in roles:
        for w in words:
            if len(w) == 1 and _IS_CJK.match(w) and w not in _CJK_ROLE_CHARS:
                continue
            if len(w) == 1:
                continue
            out.append((w, role))
    return out


_ROLE_OF: dict[str, str] = {}
for _w, _r in _role_words():
    # the first role a word is listed under wins, editor before translator for "ed./trad." clashes
    _ROLE_OF.setdefault(_w.replace(" ", ""), _r)
# "(Hrsg.)", "[eds]", "(ed. by)": any bracketed words, then a dictionary look-up (an alternation of
# the thousand role words would take 0.1 s to compile at every import)
_BRACKETED = re.compile(r"\s*[(\[]\s*([^()\[\]]{1,40}?)\s*[)\]]\s*")
_MAX_ROLE_TOKENS = max(len(w.split()) for w, _ in _role_words())
_ROLE_TOKEN = re.compile(r"[^\s,;]+")


# First and last words of role phrases: a cheap test before trying phrases of every length.
_ROLE_FIRST = frozenset(w.split()[0].rstrip(".:") for w, _ in _role_words())
_ROLE_LAST = frozenset(w.split()[-1].rstrip(".:") for w, _ in _role_words())


def _role_key(words: str) -> str | None:
    key = words.lower().replace(" ", "")
    return _ROLE_OF.get(key) or _ROLE_OF.get(key.rstrip(":")) or _ROLE_OF.get(key.rstrip(":") + ".")


def _lead_role(text: str) -> tuple[str, int] | None:
    """("editor", end) for "edited by ...", "hrsg. von ...", "trad. par ...", "под ред. ..." at the start."""
    first = _ROLE_TOKEN.search(text, 0, 80)  # the first word decides for most texts: no list of all words
    if not first or first.group().lower().rstrip(".:") not in _ROLE_FIRST:
        return None
    toks = list(_ROLE_TOKEN.finditer(text, 0, 80))
    for k in range(min(_MAX_ROLE_TOKENS, len(toks) - 1), 0, -1):
        cand = text[toks[0].start():toks[k - 1].end()]
        role = _role_key(cand)
        # "Ed Smith" is a person: a one-word capitalised lead counts only when it is clearly an abbreviation, or a
        # whole word before its colon or "by" ("Traduction de", "Übersetzung:", "Vertaling:")
        by = toks[k].group().lower() in _BY_WORDS and k + 1 < len(toks) and not cand.endswith(":")
        if role and (cand[0].islower() or k > 1 or (cand.endswith(".") and len(cand) >= 4)
                     or (len(cand) >= 5 and cand[1:].rstrip(":").islower() and (by or cand.endswith(":")))):
            # (the "by" after a one-word role is the phrase's: "Traduction de Chantal Thérond")
            end = toks[k + 1].start() if by and k == 1 else toks[k].start()
            if role == "translator":  # "пер. с нем. А. В. Гусева", "пер. з англ.": the language translated from
                lang_from = _FROM_LANGUAGE.match(text, end)
                end = lang_from.end() if lang_from else end
            return role, end
    return None


_FROM_LANGUAGE = re.compile(r"(?:с|со|з|із|z|ze)\s+[^\W\d_]+\.?\s+(?=\S)", re.IGNORECASE)
# What may stand between a role phrase and the names it introduces: the language translated into ("trad. it. di",
# "trad. fr. par") and a preposition ("di", "par", "by", "von", "door", "av", "por", "de")
_BY_WORDS = frozenset({"di", "de", "da", "par", "by", "von", "vom", "v.", "door", "av", "por", "od", "przez"})
_BY_WORD = "(?:" + "|".join(sorted(_BY_WORDS, key=len, reverse=True)).replace(".", r"\.") + ")"
_ROLE_TO_NAMES = re.compile(r"(?:[^\W\d_]{2,5}\.\s*)?" + _BY_WORD + r"?\s*:?\s*$", re.IGNORECASE)
# The language translated from, between a role word and the names: "Traduit de l’anglais par", "Translated from the
# German by", "Vertaald uit het Russisch door", "Übersetzt aus dem Französischen von", "Traducido del inglés por",
# "Tradotto dal tedesco da", "Översatt från tyska av"; a language written with a capital needs its "by" after it
_FROM_LANGUAGE_TO = re.compile(
    r"(?:from(?:\s+the)?|(?:de\s+)?l[’']|del?|dal(?:l[’']|lo|la)?|d[oa]|uit(?:\s+het)?|aus(?:\s+dem)?|från|z|ze)\s*"
    r"(?P<lang>[^\W\d_]{3,})\.?(?:\s+(?P<by>" + _BY_WORD + r"))?(?=\s|:|$)", re.IGNORECASE)
# German names a translation by the language alone: "Aus dem Englischen von", "aus dem Amerikanischen übertragen von"
_AUS_DEM = re.compile(r"(?:^|(?<=[\s.;,(/]))[Aa]us\s+dem\s+[A-ZÄÖÜ][a-zäöü]+sch(?:en)?\s+(?:(?:übersetzt|übertragen)\s+)?"
                      r"von\s*:?\s*$")
# An article before a role word makes it a title's noun: "Histoire de la traduction de", "The translation of"
_ARTICLES = frozenset({"la", "le", "les", "l’", "l'", "the", "die", "der", "das", "den", "dem", "het", "een", "el", "il",
                       "lo", "un", "une", "una", "ein", "eine", "einer", "des", "du"})


def _to_names(tail: str, pos: int) -> bool:
    """What follows a role phrase at ``pos`` leads to the names: nothing, a preposition or colon, or the language
    translated from and then those."""
    pos += len(tail[pos:]) - len(tail[pos:].lstrip())
    if _ROLE_TO_NAMES.fullmatch(tail, pos):
        return True
    m = _FROM_LANGUAGE_TO.match(tail, pos)
    return bool(m) and bool(m.group("by") or m.group("lang")[0].islower()) \
        and _ROLE_TO_NAMES.fullmatch(tail, m.end()) is not None


def role_words(role: str) -> frozenset[str]:
    """The one-word role words (abbreviations too) naming ``role``, as a token shows them: without their full stop,
    lower-case and capitalised ("przeł", "Trad", "пер" for "translator"). For a cheap test before reading a text's
    words one by one with :func:`role_of`."""
    words = {w.rstrip(".:") for w, r in _ROLE_OF.items() if r == role and w.rstrip(".:").isalpha()}
    return frozenset(words | {w[:1].upper() + w[1:] for w in words})


def lead_role(text: str) -> tuple[str, int] | None:
    """The role a phrase opening ``text`` names and where its names start: ("translator", 20) for "перевод с
    немецкого А. Л. Черных", ("editor", 10) for "edited by J. Smith"; None when no role phrase opens it."""
    return _lead_role(text)


def role_of(words: str) -> str | None:
    """The role a role word or phrase names, whatever its case and spacing: "Hg." -> "editor", "trad." ->
    "translator", "a cura di" -> "editor"; None for other words.

    >>> role_of("Hrsg.")
    'editor'
    """
    return _role_key(words)


_AND_ROLES = frozenset({"and", "et", "und", "e", "y", "i", "&", "och", "og", "en", "ve", "и", "a"})


def role_before(text: str) -> str | None:
    """The role ("editor", "translator", ...) a phrase at the end of ``text`` gives the names that follow it:
    "…, a cura di " -> "editor", "… / пер. с фр. " -> "translator", "…, trad. it. di " -> "translator"; None when
    ``text`` ends in no role phrase.

    >>> role_before("Storia di Roma, trad. it. di ")
    'translator'
    """
    tail = text[-40:].rstrip()
    if _AUS_DEM.search(tail):
        return "translator"
    previous = ""
    for tok in _ROLE_TOKEN.finditer(tail):
        word, previous = previous, tok.group().lower()
        if tok.start() and not (tail[tok.start() - 1].isspace() or tail[tok.start() - 1] in "/;,.(["):
            continue
        if word in _ARTICLES:
            continue
        lead = _lead_role(tail[tok.start():] + " X")
        if lead is None and previous in _TRANSLATED_FROM and _FROM_LANGUAGE_TO.match(tail, tok.end() + 1):
            lead = ("translator", len(tok.group()))
        elif lead is None and tok.end() < len(tail) and len(tok.group()) >= 5 and tok.group()[1:].islower():
            # a capitalised role word before the language translated from: "Traduction de l’anglais par"
            own = _role_key(tok.group())
            lead = (own, len(tok.group())) if own and _FROM_LANGUAGE_TO.match(tail, tok.end() + 1) else None
        role = lead[0] if lead and _to_names(tail, tok.start() + min(lead[1], len(tail) - tok.start())) else None
        if role is None and tok.end() == len(tail) and len(tok.group()) >= 5 and tok.group()[1:].islower() \
                and tail[:tok.start()].rstrip()[-1:] in ("", ".", ";", "/", "(", "[", ","):
            role = _role_key(tok.group())  # a whole word, capitalised, opening a sentence: "Přeložil", "Çeviren"
        if role:
            # ("Edited and translated by", "Texte établi et traduit par": two roles, each the names')
            return None if word in _AND_ROLES else role
    return None


def _tail_role(text: str) -> tuple[str, int] | None:
    """("editor", start) for "..., editors.", "... eds", "... (dir.)" at the end."""
    start = max(0, len(text) - 60)
    # the last word decides for most texts: found by stepping back from the end (no match object per
    # word); a word is a run of characters other than whitespace, "," and ";", as in _ROLE_TOKEN
    end = len(text)
    while end > start and (text[end - 1] in ",;" or text[end - 1].isspace()):
        end -= 1
    begin = end
    while begin > start and not (text[begin - 1] in ",;" or text[begin - 1].isspace()):
        begin -= 1
    if begin == end or text[begin:end].lower().rstrip(".,;:") not in _ROLE_LAST:
        return None
    toks = list(_ROLE_TOKEN.finditer(text, start))
    for k in range(min(_MAX_ROLE_TOKENS, len(toks) - 1), 0, -1):
        first = toks[-k]
        role = _role_key(text[first.start():toks[-1].end()].rstrip(".,;:") ) or _role_key(
            text[first.start():toks[-1].end()])
        if role:
            return role, first.start()
    return None


# Role phrases that put the names after them in the genitive: Russian "под ред. В. И. Романова" (edited by
# Romanov), "под общ. ред.", "под рук.", "пер. с англ. А. Н. Петровой" (translation by Petrova), "в пер.";
# Ukrainian "за ред.", "пер. з англ."; Polish "pod red. Jana Kowalskiego". (A role word alone, "ред.", "отв. ред.",
# "сост.", "red.", "tłum.", names the person in the nominative: "отв. ред. А. Г. Гранберг".)
_GENITIVE_ROLE = re.compile(
    r"(?:^|[\s/;,.(\[])(?:(?:под|за|pod)\s+(?:[^\W\d_]+\.?\s*){0,2}?(?:ред|рук|red|kier)[^\W\d_]*\.?"
    r"|(?:в\s+)?(?:пер|перевод[^\W\d_]*|переклад[^\W\d_]*)\.?(?:\s*(?:с|з|со)\s+[^\W\d_]+\.?)?)\s*:?\s*$",
    re.IGNORECASE)
# Genitive endings of Slavic family names whose nominative they prove, longest first, with the gender they
# prove (a feminine name in -ова is -овой in the genitive, so after "под ред." -ова is a man's -ов). Endings
# that prove nothing ("Шевченко", "Черных", "Гоголя") are left as they are.
_GENITIVE_FAMILY = (
    ("ского", "ский", "m"), ("цкого", "цкий", "m"), ("ського", "ський", "m"), ("цького", "цький", "m"),
    ("овой", "ова", "f"), ("евой", "ева", "f"), ("ёвой", "ёва", "f"), ("иной", "ина", "f"), ("ыной", "ына", "f"),
    ("ской", "ская", "f"), ("цкой", "цкая", "f"), ("ової", "ова", "f"), ("евої", "ева", "f"), ("іної", "іна", "f"),
    ("ської", "ська", "f"), ("цької", "цька", "f"),
    ("ова", "ов", "m"), ("ева", "ев", "m"), ("ёва", "ёв", "m"), ("ина", "ин", "m"), ("ына", "ын", "m"),
    ("іна", "ін", "m"), ("енка", "енко", "m"),
    ("skiego", "ski", "m"), ("ckiego", "cki", "m"), ("dzkiego", "dzki", "m"),
    ("skiej", "ska", "f"), ("ckiej", "cka", "f"), ("dzkiej", "dzka", "f"),
)
_CYRILLIC_CONSONANT_A = re.compile(r"[бвгджзклмнпрстфхцчшщ]а$")


def _nominative_family(word: str) -> tuple[str, str | None]:
    """A family name in the genitive -> (the nominative, "m" or "f"); unknown endings come back unchanged."""
    low = word.lower()
    for gen, nom, gender in _GENITIVE_FAMILY:
        if low.endswith(gen) and len(low) > len(gen) + 1:
            stem = word[:len(word) - len(gen)]
            return stem + (nom.upper() if word[-1].isupper() else nom), gender
    return word, None


def _nominative_given(word: str, gender: str) -> str:
    """A Russian given name or patronymic in the genitive (``Владимира``, ``Ивановича``, ``Анны``) -> the nominative,
    for the gender the family name proved; initials and unknown endings unchanged."""
    if _is_initials(word) or len(word) < 3:
        return word
    if not ("\u0400" <= word[-1] <= "\u04ff"):
        # Polish: Jana, Piotra, Tomasza, Jerzego; Anny, Marii, Agnieszki ("Marka", "Pawła", "Jacka" drop a
        # vowel in the genitive: left as they are)
        if gender == "m":
            if word.endswith("ego"):
                return word[:-3] + "y"
            if word.endswith("a") and word[-2] not in "aeiouyąęóklc" and word[-2].isalpha():
                return word[:-1]
            return word
        for gen, nom in (("ii", "ia"), ("ji", "ja"), ("ki", "ka"), ("gi", "ga"), ("y", "a")):
            if word.endswith(gen):
                return word[:-len(gen)] + nom
        return word
    if gender == "m":
        if _CYRILLIC_CONSONANT_A.search(word):
            return word[:-1]  # Владимира, Ивановича, Петра
        for gen, nom in (("ея", "ей"), ("ая", "ай"), ("ия", "ий")):  # Сергея, Николая, Василия
            if word.endswith(gen):
                return word[:-2] + nom
        return word
    for gen, nom in (("ии", "ия"), ("ьи", "ья"), ("ны", "на"), ("ры", "ра"), ("ды", "да"), ("ги", "га"),
                     ("ки", "ка"), ("ли", "ла"), ("ти", "та"), ("вы", "ва"), ("сы", "са"), ("ми", "ма")):
        if word.endswith(gen):  # Марии, Натальи, Анны, Ивановны, Веры, Ольги
            return word[:-2] + nom
    return word


def _nominative(name: dict[str, str]) -> dict[str, str]:
    """One person named after a genitive role phrase ("под ред. В. И. Романова") -> the name in the nominative."""
    family = name.get("family")
    if not family or "literal" in name or " " in family:
        return name
    nom, gender = _nominative_family(family)
    if gender is None:
        return name
    out = {**name, "family": nom}
    if name.get("given"):
        out["given"] = " ".join(_nominative_given(w, gender) for w in name["given"].split())
    return out


_ETAL_WORDS = [w for w in _DATA["etal"] if w not in ("others",)]
# (a phrase's final full stop may stand outside the author list a labeller hands over: "Głowacki M i wsp")
_ETAL = re.compile(
    r"(?:(?:^|[\s,;、，])\s*[\[(]?(?:" + _alt([w for w in _ETAL_WORDS if not _IS_CJK.search(w)]).replace(
        r"\.|", r"\.?|") + r"\.?)[\])]?"
    r"|\s*(?:" + _alt([w for w in _ETAL_WORDS if _IS_CJK.search(w)] or ["\x00"]) + r"))\s*[.,;:。．]?\s*(?=$|[,;])",  # "王小明，李华，等。"
    re.IGNORECASE,
)
_PAREN_INITIALS = re.compile(r"\s*\(\s*([^\W\d_][^()]{0,14}?)\s*\)")
# Words that stand where an author would be and say there is none.
_UNCLOSED = re.compile(r"\(\s*([^\W\d_][^()]{0,38})$")


def _closes_names(inside: str) -> bool:
    """Does an unclosed bracket at the end of a list hold what a closed one would give the names: a role word
    ("Hrsg."), initials ("A.-L.") or a given name ("Anne")?"""
    words = inside.split()
    return bool(_role_key(inside)) or (bool(words) and all(_is_initials(t) for t in words)) or (
        1 <= len(words) <= 2 and all(_GIVEN_WORD.fullmatch(w) and w[0].isupper() for w in words))
_GIVEN_WORD = re.compile(r"[^\W\d_][^\W\d_A-ZÀ-ÞА-ЯЁ]+(?:-[^\W\d_][^\W\d_A-ZÀ-ÞА-ЯЁ]*)?")
_BEFORE_BRACKET = re.compile(r"(?:^|[,;&/]\s*|\s(?:et|and|und|e|y|i|en|och|ve|a|и)\s+)([^,;&/()]+?)\s*$")


def _given_in_brackets(m: re.Match[str]) -> bool:
    """Is the bracketed ``m`` a given name after its family name, as French historians write a name ("Lefèvre
    (Antoine)", "DUPONT (Jean-Marie) et MARTIN (Paul)")? One to three capitalised words of small letters, after a
    family name of one to three words that opens a name of the list (not "Bundesamt (Destatis)": the caller
    leaves bodies alone; not "(INE)": capitals)."""
    words = m.group(1).split()
    if not 1 <= len(words) <= 3 or not all(_GIVEN_WORD.fullmatch(w) and w[0].isupper() for w in words):
        return False
    before = _BEFORE_BRACKET.search(m.string, 0, m.start())
    if before is None:
        return False
    family = before.group(1).split()
    # (a family of more words has a particle or is in capitals, "Le Roy Ladurie", "DE LA TOUR": "Hans Müller
    # (Berlin)" is a name and a place)
    return 1 <= len(family) <= 3 and family[-1][:1].isupper() and not any(_is_initials(t) for t in family) \
        and all(t[:1].isupper() or _is_particle(t, allow_capital=False) for t in family) \
        and (len(family) == 1 or _is_upper_word(" ".join(family))
             or any(_is_particle(t, allow_capital=True) for t in family[:-1]))


_ANONYMOUS = frozenset({
    "anonymous", "anon", "anonyme", "anonym", "anónimo", "anonimo", "anônimo", "anoniem", "anonim", "аноним",
    "анонім", "o. v", "o.v", "ohne verfasser", "n.n", "n. n", "s.n", "s. n", "sans auteur", "sin autor",
    "unknown", "author unknown", "unbekannt", "佚名", "作者不详", "著者不明",
})
_FIRM = re.compile(r"^[^\W\d_][\w'’-]+\s*&\s*[^\W\d_][\w'’-]+\.?$")
_CHUNK_SEP = re.compile(r"\s*[;/]\s*")
_TAIL_CHARS = 40
_ETAL_LAST = frozenset(
    re.sub(r"[\W_]+", "", w.split()[-1].lower()) for w in _ETAL_WORDS if not _IS_CJK.search(w)) - {""}
_ETAL_CJK = tuple(w for w in _ETAL_WORDS if _IS_CJK.search(w))
_LAST_WORD = re.compile(r"([^\W\d_]+)[\W\d_]*$")


def _may_end_in_etal(text: str) -> bool:
    """A cheap test before the long et-al alternation: does the text end like an et-al phrase?"""
    # the last run of letters in the last 20 characters (what _LAST_WORD.search finds there), by stepping
    # back from the end: the regex tried every start position; a letter is [^\W\d_]
    start = max(0, len(text) - 20)
    end = len(text)
    while end > start and not (text[end - 1].isalnum() and not text[end - 1].isdecimal() and text[end - 1] != "_"):
        end -= 1
    begin = end
    while begin > start and text[begin - 1].isalnum() and not text[begin - 1].isdecimal() and text[begin - 1] != "_":
        begin -= 1
    if begin < end and text[begin:end].lower() in _ETAL_LAST:
        return True
    tail = text[-12:]
    return any(w in tail for w in _ETAL_CJK) or "..." in tail or "…" in tail
_ELLIPSIS = re.compile(r"\s*(?:\.\s*\.\s*\.|…)\s*,?\s*")
# "In: Spencer, B. (Eds.)", "in R. Gavison (ed.)": the container's "In" that segmenters leave on
_LEAD_IN = re.compile(r"^(?:(?:in|dans|en|im|w|в|em|nel|v)\s*:\s*|in\s+(?=\S))", re.IGNORECASE)
# A footnote's "compare" / "see" before the names: "Cfr. A. Rossetti", "Vgl. Müller, Hans", "Zob. J. Nowak",
# "См. Иванов И. И.", "Bkz. Yılmaz, A." (the capital after it is checked where this is used)
# ... with "also" and an "e.g." or "among others" after it ("See, e.g., Margaret Hale", "Voir notamment Claire
# Roy", "Véase, entre otros, J. L. Gil", "См., например, Иванов И. И."): a cue word followed by a comma only when
# such an adverb follows ("See, Klaus" is a name); and a footnote's "furthermore" before the next reference's
# names ("…, S. 33; ferner Brandt, Kai: …"), in lower case (a capital "Ferner" may be a family name)
_SEE_ADVERB = (r"(?:e\.\s?g\.|i\.\s?a\.|inter\s+alia|among\s+others|for\s+example|especially|in\s+particular|notamment|"
               r"en\s+particulier|par\s+exemple|entre\s+autres|entre\s+otros|entre\s+outros|por\s+ejemplo|p\.\s?ej\.|"
               r"por\s+exemplo|z\.\s?B\.|u\.\s?a\.|etwa|insbesondere|bijvoorbeeld|bijv\.|o\.\s?a\.|onder\s+meer|ad\s+es\.|"
               r"ad\s+esempio|tra\s+gli\s+altri|in\s+particolare|t\.\s?ex\.|bl\.\s?a\.|np\.|m\.\s?in\.|zwłaszcza|např\.|"
               r"napr\.|zejména|mj\.|например|напр\.|в\s+частности|örneğin|özellikle)")
_SEE_ALSO = r"(?:also|aussi|auch|también|anche|ook|även|też|также|ayrıca|rovněž|také)"
_SEE_CUE = re.compile(
    r"(?:cfr?|vgl|zob|см|ср|bkz|vid|jfr|srv|por|např)\.(?:\s*" + _SEE_ALSO + r")?(?:\s*,?\s*" + _SEE_ADVERB
    + r"\s*[,:]?)?\s*|(?:siehe|voir|vedi|véase|veja|see|zie|viz)(?:\s+" + _SEE_ALSO + r")?(?:\s*,?\s*" + _SEE_ADVERB
    + r"\s*[,:]?\s*|\s+)|se\s+(?:även\s+(?:" + _SEE_ADVERB + r"\s*[,:]?\s*)?|" + _SEE_ADVERB + r"\s*[,:]?\s*)",
    re.IGNORECASE)  # (the Scandinavian "se" only with "även" or an adverb: "Se Jin-ho" is a name)
_CONNECTIVE = re.compile(r"(?:ferner|außerdem|zudem|ebenso|überdies|weiterhin|sowie|ainsi\s+que|asimismo|así\s+como|"
                         r"nonché|alsmede|oraz|а\s+также|"
                         # the "and" that joins a footnote's second reference to the first ("…, p. 22; y A. Pérez
                         # Gil, «…»"), and the Scandinavian "see" before a name ("22 Se Olof Berg, …")
                         r"y|e|et|und|and|och|og|en|ve|i|и|[Ss]e(?=\s+[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ]))\s+")
_SAME_AS = re.compile(r"^\s*(?:[\u2012-\u2015\u2e3a\u2e3b]{1,}|-{2,}|_{2,}|[\u2012-\u2015-]\s?[\u2012-\u2015-](?:\s?[\u2012-\u2015-])*)\s*[.,:;]?\s*")

_AND_WORDS = [w for w in _DATA["and"] if len(w) > 1 or w in ("&", "y", "e", "i", "a", "и", "і")]
_ONE_LETTER_AND = {"y", "e", "i", "a", "и", "і"}
# (lower case only: a capital "A" opening a name is an initial)
_LEAD_AND = re.compile(r"^(?:" + "|".join(re.escape(w) for w in sorted(
    {w for w in _AND_WORDS if " " not in w}, key=len, reverse=True)) + r")\s+")
# Co-authorship phrases that join names like "and" does.
# (and German "u.", in lower case only: "Helmut Kessler u. Dorothea Brandl"; "J. U. Brown" has an initial)
_WITH = ["in zusammenarbeit mit", "unter mitarbeit von", "unter mitwirkung von", "in collaboration with",
         "in cooperation with", "in co-operation with", "with the assistance of", "with the collaboration of",
         "avec la collaboration de", "en collaboration avec", "en colaboración con", "con la colaboración de",
         "with"]
# (Every match opens with whitespace, a comma, "&" or "、，": the lookahead fails at any other character
# before the three branches are tried there, a third less time on a name list; same matches.)
_AND = re.compile(r"(?=[\s,&、，])(?:(?:\s*,\s*|\s+)(" + _alt([w for w in _AND_WORDS if w != "&"] + _WITH)
                  + r"|(?-i:u\.))\s+|\s*,?\s*&\s*|\s*[、，]\s*)", re.IGNORECASE)
# A cheap test before _AND on ASCII text (most name lists): a word of _AND stands between whitespace, so it
# is a whole whitespace-separated word of the text; a phrase ("in collaboration with", spaces optional) is
# inside the text with its whitespace taken out. Words with other letters never match ASCII text, and
# ASCII letters match case-insensitively as str.lower() says. (_AND, tried at every character, cost
# ~10 microseconds on a three-name list.)
_AND_ASCII_WORDS = frozenset(w.lower() for w in [*_AND_WORDS, *_WITH, "u."] if w.isascii() and " " not in w)
_AND_ASCII_PHRASES = tuple("".join(w.lower().split()) for w in [*_AND_WORDS, *_WITH] if w.isascii() and " " in w)


def _may_join_names(text: str) -> bool:
    """False when :data:`_AND` cannot match ``text``."""
    if not text.isascii() or "&" in text:
        return True
    words = text.lower().replace(",", " ").split()  # (",and V. Mathai": the comma is no part of the word)
    if not _AND_ASCII_WORDS.isdisjoint(words):
        return True
    squeezed = "".join(words)
    return any(p in squeezed for p in _AND_ASCII_PHRASES)

_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "delle", "dei", "degli", "di", "da", "das", "do", "dos",
    "du", "la", "le", "les", "lo", "ten", "ter", "te", "vom", "zu", "zum", "zur", "y", "al", "el", "bin", "ibn",
    "ben", "bat", "af", "av", "op", "'t", "het", "d'", "l'", "dello", "e", "i", "ó", "ní", "nic",
}
# (Irish "Ó Briain", "Ní Bhriain", "Nic Dhonnchadha": the particle is capitalised and part of the family name)
_CAP_PARTICLES = {"Van", "Von", "De", "Del", "Della", "Di", "Da", "Du", "Le", "La", "Dos", "Das", "Ten", "Ter", "Vander", "Vanden",
                  "Ó", "Ní", "Nic"}
_SUFFIX_RE = re.compile(r"^(?:jr\.?|sr\.?|jun\.|sen\.|jnr\.?|snr\.?|ii|iii|iv|2nd|3rd|4th|júnior|filho|neto)$",
                        re.IGNORECASE)
# Words that make a name corporate. A set lookup per word: a regex alternation this long would
# cost more than the rest of the name parser together.
_CORPORATE_TEXT = """
delegation délégation delegación delegação delegazione delegatie delegacja
organization organizations organisation organisations organización organização organizzazione group groups
gruppe groupe grupo gruppo committee committees comité comitato komitee association associação asociación
associazione society société sociedad società sociedade gesellschaft institute institutes institut instituto
istituto council conseil consejo agency agence agencia department departement departamento ministry
ministère ministerio ministero ministerium university universität université università universidad
universidade universiteit foundation fondation fundación fondazione stiftung centre center centro zentrum
consortium collaboration collaborative collaborators network networks inc ltd llc gmbh corp corporation netzwerk
arbeitsgemeinschaft verbund bündnis
company bureau office commission kommission comisión commissione board project team trust program programme
service services survey academy académie academia akademie accademia federation fédération federación union
unión panel investigators authority coalition verband verein bundesamt press publishing publishers library
bibliothèque museum hospital hôpital school college nations government gouvernement regierung gobierno
republic république secretariat secrétariat statistics statistik statistique national international european
world federal royal american british study trial registry alliance forum bank agenzia taskforce
министерство институт университет комитет общество организация ассоциация центр академия
autorité autorità autoridad autoridade behörde bundesministerium santé gesundheit saúde health
instituut ministerie vereniging stichting agentschap rijksinstituut instytut ministerstwo towarzystwo urząd
ústav ministerstvo společnost úřad institutet myndigheten förening styrelsen verket enstitüsü bakanlığı
derneği kurumu üniversitesi birliği odası odaları vakfı başkanlığı müdürlüğü merkezi konseyi kurulu
defensor ayuntamiento consell tribunal conselho prefeitura senado parlamento parliament bundestag landtag sejm
kancelaria gemeente provincie kommun planbureau kuratorium unesco unicef oecd kenniscentrum expertisecentrum
государственный государственная государственное национальный национальная федеральный федеральная
kompetenzzentrum kompetenscentrum
fundação ministério secretaria agência associação sociedade federação confederação serviço empresa companhia
observatory observatoire observatorium observatorio osservatorio
musée musées museo musei museu museus muzeum muzea museet müzesi direção direcção direzione dyrekcja
fonds fondo fundo fundusz narodowy państwowy nacional nazionale nationale nacionale izba komisja
agencja instytucja krajowy inspektorat zakład rijksdienst landesamt
waterschap hoogheemraadschap region regionen län landsting stadt stad kanton canton monnaie
staatsarchiv landesarchiv archiv archive archives archivo arquivo archivio radio television televisión fernsehen
banca banco banque bundesbank riksbank undersökning asociace svaz sdružení komora
inspectie inspection inspektion inspección ispettorato inspectorate inspektorat centrum
universitet univerzita uniwersytet universitat högskola högskolan hochschule hogeschool politecnico politechnika
faculty fakulta fakultät wydział lehrstuhl institutionen fundacja stowarzyszenie nadace stiftelsen ajansı belediyesi
служба агентство управление департамент правительство consiglio servizio ufficio secretaría consejería dirección
direction caisse assemblée assemblea asamblea sénat riksdagen regeringen
банк фонд совет союз комиссия администрация дума палата библиотека музей объединение инспекция
genootschap omroep ziekenhuis diputación diputació junta generalitat xunta cabildo mancomunidad consorcio
confederación defensoría superintendencia procuraduría contraloría fiscalía regione provincia comune azienda
mairie région département préfecture collectivité syndicat chambre klinikum landkreis województwo powiat gmina
starostwo szpital nemocnice magistrát sjukhus hastanesi valiliği больница
libraries museums hospitals schools colleges academies universities councils agencies departments ministries
foundations centres centers companies offices commissions programs programmes observatories institution institutions
initiative initiatives partnership partnerships
museen bibliotheken musées bibliothèques musei biblioteche museos bibliotecas musea muzea biblioteki
archief arkiv arkivet riksarkivet archiwum bibliotek biblioteket biblioteka bibliotheek knihovna research
"""
_CORPORATE_WORDS = frozenset(_CORPORATE_TEXT.split())
_ONE_LETTER_CORPORATE = any(len(w) == 1 for w in _CORPORATE_WORDS)  # (none: _common_name relies on it)
# German and Dutch write institutions as one compound: "Bundesinstitut", "Umweltbundesamt", "Landesgesundheitsamt"
_CORPORATE_HEADS = ("institut", "bundesamt", "landesamt", "ministerium", "behörde", "zentrum", "verband",
                    "gesellschaft", "stiftung", "anstalt", "akademie", "bibliothek", "universität", "kommission",
                    "instituut", "ministerie", "dienst", "bureau", "myndigheten", "styrelsen", "verket", "autoriteit",
                    # councils, offices, chambers and courts: "Verkehrssicherheitsrat", "Gezondheidsraad",
                    # "Gesundheitsamt", "Ärztekammer", "Bundesverfassungsgericht"
                    "rat", "raad", "amt", "kammer", "gericht", "ausschuss", "vereinigung",
                    # hospitals, societies and agencies: "Universitätsklinikum", "Tandartsengenootschap",
                    # "Riksantikvarieämbetet", "Skolinspektionen"
                    "klinikum", "klinik", "medizin", "genootschap", "ziekenhuis", "ämbetet", "inspektionen",
                    # governments and agencies: "Rijksoverheid", "Landesregierung", "Stadtverwaltung", "Energieagentur"
                    "overheid", "regierung", "verwaltung", "agentur", "agentschap")
_COUNTRY_LAST = frozenset({"england", "scotland", "wales", "ireland", "britain", "canada", "australia", "zealand",
                           "deutschland", "österreich", "schweiz", "suisse", "españa", "italia", "sverige", "norge",
                           "danmark", "suomi", "nederland", "polska", "türkiye", "europe", "europa"})
_ACRONYM_AFTER = re.compile(r"\([A-ZÀ-Ý]{2,}[A-ZÀ-Ý0-9-]*\)\s*$")
_ACRONYM_JOINED = re.compile(r"[A-Z]{2,}-[A-Z][a-z]|[A-Z][a-z]+-[A-Z]{2,}$")
_CORPORATE_PHRASES = re.compile(r"\btask\s+force\b|\bworking\s+(?:party|group)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _has_corporate_word(text: str) -> bool:
    low = text.lower()
    words = _WORD.findall(low)
    if not _CORPORATE_WORDS.isdisjoint(words):
        return True
    # (the longest word's length, taken in C, first: most texts have no word long enough to test)
    if max(map(len, words), default=0) > 9 and any(len(w) > 9 and w.endswith(_CORPORATE_HEADS) for w in words):
        return True
    # the phrases' words are ASCII: an ASCII text without them cannot match (case folding of
    # non-ASCII text, the Kelvin sign for "k", is left to the regex)
    if text.isascii() and "task" not in low and "working" not in low:
        return False
    return bool(_CORPORATE_PHRASES.search(text))


_COMPOUND_ZH_FAMILIES = {
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫",
    "慕容", "长孙", "長孫", "宇文", "司徒", "夏侯", "令狐", "端木", "澹台", "轩辕", "軒轅", "呼延", "南宫", "南宮",
    "闻人", "聞人", "万俟", "萬俟", "单于", "單于", "钟离", "鍾離", "宗政", "濮阳", "濮陽", "申屠", "西门", "西門",
}
_JA_ONE_FAMILIES = frozenset("林森原東関堀辻岡島谷泉柳杉松畑沢滝菅星城室橘")
_JA_GIVEN_ENDS = frozenset("子美恵代江枝香奈乃")
_COMPOUND_KO_FAMILIES = {"남궁", "선우", "제갈", "황보", "독고", "사공", "서문"}

_TOKEN = re.compile(r"[^\s]+")


@functools.lru_cache(maxsize=8192)
def _is_upper_word(tok: str) -> bool:
    if tok.isascii():  # every ASCII letter is cased: "all letters upper, and one at least" is str.isupper
        return tok.isupper()
    letters = [c for c in tok if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# Two-letter initials ("Ch." for Christian, "Th." for Thomas, "Zh." for Zhanna); not "Yu.", which is
# far more often a Chinese family name ending a sentence than a transliterated Ю.
_DIGRAPH_INITIALS = frozenset({"Ch", "Th", "Sh", "Ph", "Zh", "Kh", "Ts", "Sz", "Cs", "Gy", "Ny", "Ly", "Dj", "Lj", "Nj",
                               "Dž", "Sch", "Chr", "Ge", "Wm", "Jas", "Jno", "Geo", "Chas", "Thos",
                               # Russian for foreign names: Дж. (J.), Ст. (St.), Ал. (Al.), Вл. (Vl.) in "Гринвуд Дж."
                               "Дж", "Ст", "Ал", "Вл", "Вс", "Ек", "Св", "Юр"})


@functools.lru_cache(maxsize=8192)
def _is_initials(tok: str) -> bool:
    """``J.``, ``J.P.``, ``J.-P.``, ``Ch.``, ``И.И.``, or compact ``MA`` / ``JP`` (at most 4 capitals)."""
    if not tok or not tok[0].isalpha() or not tok[0].isupper():
        return False
    if "." in tok:
        pieces = [p for p in re.split(r"[.\-\u2010]", tok) if p]
        if not pieces or (not tok.rstrip(")").endswith(".") and len(pieces[-1]) > 1):
            return False
        return all(p[0].isupper() and p.isalpha() and (len(p) == 1 or p in _DIGRAPH_INITIALS) for p in pieces)
    core = tok.replace("-", "")
    return core.isalpha() and core.isupper() and len(core) <= 3


_INITIAL_LETTERS = re.compile(r"I[ua]|.h?")  # one initial of a compact run: "M", "Th", "Iu"


def _format_initials(tok: str) -> str:
    """``MA`` -> ``M. A.``; ``J.P.`` -> ``J. P.``; ``GThAM`` -> ``G. Th. A. M.``; ``J.-P.`` and ``Ch.`` stay."""
    if "-" in tok:
        parts = [p.strip(".") for p in tok.split("-")]
        return "-".join(p + "." for p in parts if p)
    if "." in tok:
        pieces = [p for p in tok.split(".") if p]
        return " ".join(p + "." for p in pieces)
    return " ".join(p + "." for p in _INITIAL_LETTERS.findall(tok))


def _restore_case(word: str) -> str:
    """``SARAMAGO`` -> ``Saramago``, ``O'NEIL`` -> ``O'Neil``, ``GARCÍA-LÓPEZ`` -> ``García-López``."""
    out = []
    up = True
    # a word with a Turkish capital ("İ", "Ğ") writes the dotless ı as "I": "IŞIK" is ambiguous, "KILIÇDAROĞLU" is
    # "Kılıçdaroğlu", "ALTINTAŞ İLHAN"'s words each tell for themselves
    turkish = "İ" in word or "Ğ" in word
    for c in word:
        # ("İ".lower() is "i" and a combining dot: Turkish "DEMİRTAŞ" is "Demirtaş")
        out.append(c.upper() if up else ("i" if c == "İ" else "ı" if c == "I" and turkish else c.lower()))
        up = not c.isalpha()
    return "".join(out)


# Articles that open a family name keep their capital: "Le Goff", "La Fontaine", "Le Roy Ladurie", "Lo Russo" ("de
# la Fuente", "van der Berg": other particles, and an article after one, are written small)
_CAPITAL_ARTICLES = frozenset({"le", "la", "les", "lo", "li"})


def _fix_caps(text: str) -> str:
    """Restore case of an all-capitals family name, leaving particles lower case but for an opening article."""
    words = text.split()
    return " ".join(
        w.lower() if w.lower() in _PARTICLES and i < len(words) - 1 and not (i == 0 and w.lower() in _CAPITAL_ARTICLES)
        else _restore_case(w)
        for i, w in enumerate(words)
    )


def restore_case(family: str) -> str:
    """``"SARAMAGO"`` -> ``"Saramago"``, ``"VAN DER BERG"`` -> ``"van der Berg"`` (for all-capital family names)."""
    return _fix_caps(family)


def format_initials(given: str) -> str:
    """``"MA"`` -> ``"M. A."``, ``"J.P."`` -> ``"J. P."``; other given names unchanged."""
    return " ".join(_format_initials(t) if _is_initials(t) else t for t in given.split())


def _is_particle(tok: str, *, allow_capital: bool) -> bool:
    return tok in _PARTICLES or (allow_capital and tok in _CAP_PARTICLES) or tok.startswith(("d'", "d’", "l'", "l’"))


# ---------------------------------------------------------------------------------- single names
# Chinese, Japanese and Korean organisations: a personal name is two to four characters (six at most) and
# never holds these words; "国家卫生健康委员会" was read as family 国, given 家卫生健康委员会.
_CJK_CORPORATE = re.compile(
    "委员会|委員会|大学|大學|学院|學院|研究所|研究院|研究中心|协会|協會|協会|学会|學會|医院|醫院|病院|公司|会社|"
    "出版社|政府|组织|組織|机构|機構|基金会|基金會|財団|财团|联合会|聯合會|連合会|银行|銀行|图书馆|圖書館|図書館|"
    "博物馆|博物館|编辑部|編輯部|編集部|办公室|辦公室|事務局|国务院|國務院|部门|センター|サービス|研究機構|協議会|"
    "[^\u3040-\u30ff]庁|省庁|"
    "위원회|대학교|대학|연구소|연구원|협회|학회|병원|재단|센터|정부"
)
_CJK_CORPORATE_END = re.compile("(?:[部局厅廳署院所会會社组組室处處省]|中心)$")  # from five characters on


# The common three-character Japanese family names (the rest are one, two or, with 々, three)
_JA_THREE_FAMILIES = frozenset(
    ["長谷川", "五十嵐", "久保田", "小野寺", "大久保", "宇都宮", "小笠原", "佐久間", "長谷部", "阿久津", "曽我部", "小山内", "三井田", "勅使河", "日比野", "下河辺", "大和田", "八木沢", "早乙女", "宇佐美", "小田切", "小松崎", "中津川", "西園寺", "東海林", "武者小", "我孫子", "美濃部", "大河内", "小田島", "小野田", "大日向", "一ノ瀬", "二階堂", "佐藤木", "波多野", "加賀美", "久米田", "江戸川", "多田野", "矢野目", "小長谷", "上野原", "伊集院"])


def _cjk_name(text: str, lang: str | None) -> dict[str, str]:
    text = text.strip().rstrip(".。").strip()  # "等\n。" left a line break to become the given name
    compact = "".join(text.split())
    han = not KANA.search(compact) and "・" not in compact and "\u00b7" not in compact  # katakana names run long
    if len(compact) > 2 and (_CJK_CORPORATE.search(compact) or (han and len(compact) > 6) or (
            len(compact) >= 5 and _CJK_CORPORATE_END.search(compact)) or (han and compact[-1] == "省")):
        # (a ministry or a province from three characters on: 環境省, 外務省, 广东省; no personal name ends so)
        return {"literal": text}
    if lang and not lang.startswith(("zh", "ja", "ko")):
        lang = None  # an English or French document's hint says nothing about how a CJK name splits
    if any(c.isspace() for c in text):
        family, given = text.split(None, 1)
        return {"family": family, "given": given}
    if "・" in text or "\u00b7" in text:
        # a transliterated foreign name keeps its own order, family last: ジョン・スミス, 约翰·史密斯
        given, _, family = text.rpartition("・" if "・" in text else "\u00b7")
        given = given.strip("・\u00b7")
        if not given or not family:
            return {"family": given or family or text}
        return {"family": family, "given": given}
    n = len(text)
    if n <= 1:
        return {"family": text}
    if HANGUL.match(text) or (lang or "").startswith("ko"):
        k = 2 if text[:2] in _COMPOUND_KO_FAMILIES and n > 2 else 1
        return {"family": text[:k], "given": text[k:]}
    japanese = (lang or "").startswith("ja") or bool(KANA.search(text))
    if text[:2] in _COMPOUND_ZH_FAMILIES and n > 2 and not japanese:
        return {"family": text[:2], "given": text[2:]}
    if japanese or (lang is None and n >= 4):
        # Japanese family names are mostly two characters (山田太郎, 田中実, 岡本由紀子), a few three
        # (佐々木健太, 長谷川美智子)
        # (and in four characters, a three-character family before a one-character given name when the list knows it
        # or its second character is the repetition mark: 佐々木亮, 野々村真, 小野寺健; "々" never opens a given name)
        k = 1 if n == 2 else (3 if (n >= 5 and (text[:3] in _JA_THREE_FAMILIES or "々" in text[1:3])) or (
            n == 4 and (text[:3] in _JA_THREE_FAMILIES or text[1] == "々")) else 2)
        if n == 3 and text[0] in _JA_ONE_FAMILIES and text[2] in _JA_GIVEN_ENDS:
            k = 1  # 林直子, 森恵美: a one-character family before a two-character given name
        return {"family": text[:k], "given": text[k:]}
    return {"family": text[:1], "given": text[1:]}


_CJK_SEP = re.compile(r"\s*[、，,;；/／&]\s*|\s+(?:と|和|及|and)\s+")
_HAN_DOT = re.compile(r"(?<=[\u4e00-\u9fff])\s*・\s*(?=[\u4e00-\u9fff])")


def _han_dot_parts(piece: str) -> list[str]:
    """"・" between two Han names separates them (山田太郎・佐藤花子; inside katakana it is a space), but not inside
    one body's name: 国立社会保障・人口問題研究所 has a part too long for a person that is no body by itself."""
    parts = _HAN_DOT.split(piece) if "・" in piece else [piece]
    if len(parts) > 1 and _CJK_CORPORATE.search(piece) and any(
            len(p.strip()) > 4 and "literal" not in _cjk_name(p, None) for p in parts):
        return [piece]
    return parts


def _stripped(words: list[str]) -> list[str]:
    return [w.strip(".,;:") for w in words]


def _looks_corporate(text: str, *, long_is_corporate: bool = True, lang: str | None = None) -> bool:
    words = text.split()
    if not words:
        return False
    if len(words) >= 2 and _legal_form(words, lang):
        return True
    if _has_corporate_word(text) and not (len(words) > 1 and _is_initials(words[-1])
                                       and not (words[-2] == "e." and words[-1].rstrip(".") == "V")):
        return True  # (a German association's "e. V." is no initials)
    if len(words) >= 3 and _is_upper_word(text) and _has_corporate_word(text):
        return True  # "MINISTERSTVO ZDRAVOTNICTVÍ ČR": the country code is no initial
    if long_is_corporate and len(words) > 6 and "," not in text:
        return True
    # "The Lancet"; "Santé publique France": a long lower-case word that is no particle
    if len(words) > 1 and (words[0] in ("The", "the", "THE") or any(
            len(w) >= 4 and w.islower() and w not in _PARTICLES for w in _stripped(words[1:]))):
        return True
    # "Sport England", "Historic England", "Statistics Canada": a body named after its country
    if len(words) >= 2 and words[-1].lower() in _COUNTRY_LAST and "," not in text:
        return True
    # "FUNDAÇÃO OSWALDO CRUZ (FIOCRUZ)": a body's name with its acronym in brackets
    if len(words) >= 2 and _ACRONYM_AFTER.search(text):
        return True
    # "UN-Habitat", "EU-OSHA", "WHO-Europe": an acronym joined to a name
    if len(words) == 1 and _ACRONYM_JOINED.match(text):
        return True
    # "WHO", "CDC", "NICE": one all-capital word with no initials around it
    return len(words) == 1 and len(text) >= 2 and _is_upper_word(text) and len(text.strip(".")) >= 2 \
        and "." not in text


_TITLE_ARTICLE = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "l", "un", "une",
                            "el", "los", "las", "il", "lo", "gli", "i", "o", "os", "as", "um", "uma", "de", "het",
                            "een", "en", "ett"})


def body_name(text: str, lang: str | None = None) -> bool:
    """Is ``text`` by itself a body's name, as a reference's author ("Conseil des prélèvements obligatoires",
    "Sveriges geologiska undersökning", "Comisión Económica para América Latina y el Caribe (CEPAL)")? Stricter
    than the list reader's guess: a word that names a body (or a legal form, or an acronym in brackets after the
    name), no digit, at most fifteen words, and no article first ("Das Archiv der vergessenen Dörfer" is a
    title)."""
    words = text.split()
    if not 1 <= len(words) <= 15 or _has_digit(text) or words[0].lower().strip("'’") in _TITLE_ARTICLE \
            or words[0].lower().startswith(("l'", "l’")) or not words[0][:1].isupper():
        return False
    if _ACRONYM_AFTER.search(text) or (len(words) >= 2 and _legal_form(words, lang)) or _CORPORATE_PHRASES.search(text):
        return True
    # the body word heads the name, first or second ("Conseil des …", "Федеральная служба …") or last ("Sveriges
    # geologiska undersökning", "Türkiye İstatistik Kurumu"): inside, it is a title's ("Soziale Ungleichheit und
    # Gesundheit im Lebensverlauf")
    heads = {*words[:2], words[-1]}
    return any(_body_word(w) for w in heads)


def _body_named_with_a_comma(text: str) -> bool:
    """"Türkiye Enerji, Nükleer ve Maden Araştırma Kurumu": one body whose name lists its fields with a comma, not two
    people. Its last word names a body, three words or more follow the one comma, and no word is an initial."""
    head, _, tail = text.partition(",")
    words = tail.split()
    return "," not in tail and len(words) >= 3 and _body_word(words[-1]) and len(head.split()) >= 2 \
        and all(w[:1].isupper() for w in head.split()) and not any(_is_initials(w) for w in text.split())


def _body_word(word: str) -> bool:
    """Is ``word`` (as written, with its punctuation) one that names a body ("Institut", "Umweltbundesamt")?"""
    w = word.lower().strip(".,;:()[]'’\"«»")
    if w[:2] in ("l'", "l’", "d'", "d’"):
        w = w[2:]
    return w in _CORPORATE_WORDS or (len(w) > 9 and w.endswith(_CORPORATE_HEADS))


# A company's legal form after its name: "Springer Nature AG", "Svensk Kärnbränslehantering AB", "Novartis
# Pharma S.A.S.". The forms in capitals alone are also initials ("Smith AB"): believed after two words or more, in
# a list of the language whose form it is.
_LEGAL_FORMS = frozenset({"GmbH", "gGmbH", "mbH", "SpA", "S.p.A.", "Srl", "S.r.l.", "plc", "PLC", "Oy", "Oyj", "Ltda",
                          "Ltda.", "N.V.", "B.V.", "S.A.", "S.A.S.", "S.L.", "S.L.U.", "A/S", "ApS", "s.r.o.",
                          "a.s.", "A.Ş.", "AŞ", "S.p.a.", "e.V.", "GmbH.", "Sp.", "KGaA", "ASA"})
_LEGAL_FORMS_CAPS = {"AB": "sv", "AG": "de", "KG": "de", "NV": "nl", "BV": "nl", "SA": "fr pl", "AS": "no da",
                     "SE": "de fr"}


_SPACED_DUTCH_FORM = re.compile(r"(?<=\s)([NB])\.\s+V\.?$")  # "N. V" -> "N.V."
# (a body's name ending in these keeps its full stop)
_ABBREVIATED_ENDS = ("Inc.", "Ltd.", "Corp.", "Co.", " e. V.", *(f for f in _LEGAL_FORMS if f.endswith(".")))


def _legal_form(words: list[str], lang: str | None) -> bool:
    last = words[-1].rstrip(",;")
    if last in _LEGAL_FORMS or ("." in last and last + "." in _LEGAL_FORMS):  # ("N.V" cut before its last stop)
        return words[-2][:1].isupper() or words[-2][:1].isdigit()
    if last in ("V", "V.") and len(words) >= 4 and words[-2] in ("N.", "B.") and not words[-3].endswith(",") \
            and not _is_initials(words[-3]):
        # "Van Dijk Groep N. V": a Dutch company's form spaced by the labeler's cut, after two words or more
        return all(w[:1].isupper() for w in words[-3:-1])
    langs = _LEGAL_FORMS_CAPS.get(last)
    return bool(langs) and bool(lang) and lang[:2] in langs.split() and len(words) >= 3 and all(
        w[:1].isupper() and not _is_upper_word(w) and not _is_initials(w) for w in words[:-1])


def _given_join(tokens: list[str]) -> str:
    return " ".join(map(_given_word, tokens))


@functools.lru_cache(maxsize=8192)
def _given_word(tok: str) -> str:
    """One word of a given name as written out: initials spaced and dotted ("MA" -> "M. A."), others as they
    are (cached: the same initials recur in every list)."""
    return _format_initials(tok) if _is_initials(tok) or _compact_initials(tok) else tok


def _split_suffix(tokens: list[str]) -> tuple[list[str], str | None]:
    if len(tokens) > 1 and _SUFFIX_RE.match(tokens[-1].rstrip(",")):
        last = tokens[-1].rstrip(",")
        if len(tokens) == 2 and last in ("JR", "SR") and not _is_upper_word(tokens[0]):
            # Vancouver "Castellanos JR": capitals right after a family name in mixed case are its initials (a
            # suffix comes after them: "Smith JR Jr")
            return tokens, None
        return tokens[:-1], last
    return tokens, None


@functools.lru_cache(maxsize=8192)
def _compact_initials(tok: str) -> bool:
    """Vancouver initials after a family name: ``DCDM``, ``GThAM`` (longer than :func:`_is_initials` allows)."""
    if not 0 < len(tok) <= 7:
        return False
    i = caps = 0
    while i < len(tok):
        if not (tok[i].isalpha() and tok[i].isupper()):
            return False
        caps += 1
        # "Th", "Ch" (Thomas, Christian) and the transliterated Ю/Я, "Iu"/"Ia" ("Sorokina EIu")
        i += 2 if tok[i + 1:i + 2] == "h" or (tok[i] == "I" and tok[i + 1:i + 2] in ("u", "a")) else 1
    return caps <= 5


_VOWEL_RUNS = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝĄĘĚŮŐŰАЕЁИОУЫЭЮЯ]+")


def _caps_word(tok: str) -> bool:
    """Is ``tok``, four or five capitals, a family name in capitals ("VIDAL", "ROSSI", "NOWAK": the French "Claire
    VIDAL") rather than Vancouver's compact initials ("DCDM", "MAEA")? A word has two runs of vowels at least,
    consonants between them."""
    return len(tok) >= 4 and len(_VOWEL_RUNS.findall(tok)) >= 2


# East Slavic patronymics: Николаевич, Ильич, Петровна, Ильинична (and their transliterations)
_PATRONYMIC = re.compile(r"(?:[оеё]вич|[оеё]вна|ична|инична|ьич|ич|ovich|evich|ovna|evna)$", re.IGNORECASE)


def _caps_particle_family(tokens: list[str]) -> int | None:
    """Where a family name in capitals that opens with a particle in capitals starts among ``tokens``: after the
    given names ("Jean-Pierre LE GOFF", "Paolo DI MAIO" -> 1), or first before initials ("LE GOFF J.-P." -> 0);
    None when there is none (a particle's two capitals are initials elsewhere: "Silva LE", "Smith DA")."""
    n = len(tokens)
    if n < 3:
        return None
    if tokens[0].lower() in _PARTICLES and len(tokens[0]) > 1 and _is_upper_word(tokens[0]) \
            and _is_upper_word(tokens[1]) and "." not in tokens[1] and len(tokens[1]) > 1 \
            and all(_is_initials(t) and "." in t for t in tokens[2:]):
        return 0
    for i in range(1, n - 1):
        if _is_upper_word(tokens[i - 1]) or "." in tokens[i - 1] or not tokens[i - 1][:1].isupper():
            continue  # (the given names in small letters: "Jean-Pierre", not "J.-P.", handled as initials)
        if tokens[i].lower() in _PARTICLES and len(tokens[i]) > 1 and _is_upper_word(tokens[i]) and all(
                _is_upper_word(t) and "." not in t and len(t) > 1 for t in tokens[i + 1:]) \
                and tokens[i].lower() not in _ONE_LETTER_AND:
            return i
    return None


def _name_from_tokens(tokens: list[str]) -> dict[str, str]:
    """A name without a comma: Vancouver (``Matthay MA``) or natural order (``J. P. Collman``)."""
    tokens, suffix = _split_suffix(tokens)
    # Vancouver with a trailing particle: "Mises L von", "Beauvoir S de", "Silva RCF da"
    trailing: list[str] = []
    while len(tokens) > 2 and tokens[-1] in _PARTICLES and (_is_initials(tokens[-2]) or _compact_initials(tokens[-2])):
        trailing.insert(0, tokens.pop())
    if trailing:
        k = len(tokens) - 1
        family = " ".join([*trailing, *tokens[:k]])
        out = {"family": _fix_caps(family) if _is_upper_word(family) else family, "given": _given_join(tokens[k:])}
        if suffix:
            out["suffix"] = suffix
        return out
    out: dict[str, str]
    # French style "DURAND Jean-Pierre", "SANDBERG Åke": the family in capitals, then the given names
    caps = 0
    while caps < len(tokens) and _is_upper_word(tokens[caps]) and "." not in tokens[caps] and len(tokens[caps]) > 1:
        caps += 1
    if 0 < caps < len(tokens) and all(
            not _is_upper_word(t) and t[:1].isupper() and not _is_initials(t) for t in tokens[caps:]) and not (
            caps == 1 and _initials_before(tokens[0], tokens[1:])):
        out = {"family": _fix_caps(" ".join(tokens[:caps])), "given": " ".join(tokens[caps:])}
        if suffix:
            out["suffix"] = suffix
        return out
    if len(tokens) == 3 and _PATRONYMIC.search(tokens[2]) and not _PATRONYMIC.search(tokens[1]) and all(
            t[:1].isupper() and not _is_initials(t) for t in tokens):
        # Russian order without a comma: family, given name, patronymic ("Толстой Лев Николаевич")
        out = {"family": _fix_caps(tokens[0]) if _is_upper_word(tokens[0]) else tokens[0],
               "given": " ".join(tokens[1:])}
    elif len(tokens) == 1:
        out = {"family": _restore_case(tokens[0]) if _is_upper_word(tokens[0]) and len(tokens[0]) > 4
               else tokens[0]}
    elif (p := _caps_particle_family(tokens)) is not None:
        # "Jean-Pierre LE GOFF", "Yann LE COZ", "Marie DE LA TOUR": given names, then the family in capitals from
        # its particle (not initials "L. E." and a family "Goff"); "LE GOFF J.-P.": the family, then initials
        family_tokens, given_tokens = (tokens[p:], tokens[:p]) if p else (tokens[:2], tokens[2:])
        out = {"family": _fix_caps(" ".join(family_tokens)), "given": _given_join(given_tokens)}
    elif (_is_initials(tokens[-1]) and (
        not _is_initials(tokens[0]) or ("." not in tokens[0] and len(tokens[0]) >= len(tokens[-1].replace(".", "")))
    )) or (len(tokens) == 2 and not _is_upper_word(tokens[0]) and _compact_initials(tokens[-1])
           and not _caps_word(tokens[-1])):
        # Vancouver: family words, then initials
        k = len(tokens) - 1
        while k > 1 and _is_initials(tokens[k - 1]) and not _after_caps_particle(tokens, k - 1):
            k -= 1
        family = " ".join(tokens[:k])
        if _is_upper_word(family) and len(family.replace(" ", "")) > 1:
            family = _fix_caps(family)
        out = {"family": family, "given": _given_join(tokens[k:])}
    else:
        # natural order: the family starts at the first particle after a given name, or is the last word;
        # after initials, every following word is family ("R. Muir Wood", "A. García López": IEEE, ACS)
        k = len(tokens) - 1
        if _is_initials(tokens[0]):
            # "A. VAN BERG": a particle in capitals is not three more initials
            k = next(i for i in range(len(tokens)) if not _is_initials(tokens[i]) or i == len(tokens) - 1 or (
                i > 0 and len(tokens[i]) > 1 and tokens[i].lower() in _PARTICLES))
        for i in range(1, len(tokens) - 1):
            if _is_particle(tokens[i], allow_capital=True) and not _is_initials(tokens[i]):
                k = min(k, i)
                break
        family = " ".join(tokens[k:])
        given_tokens = tokens[:k]
        if _is_upper_word(family) and (not all(_is_upper_word(t) for t in given_tokens) or (
                given_tokens and all(_is_initials(t) for t in given_tokens) and len(family.replace(" ", "")) > 1)):
            family = _fix_caps(family)  # "J. KOWALSKI" as "KOWALSKI, J.": Kowalski
        elif all(_is_upper_word(t) for t in tokens) and not all(_is_initials(t) for t in given_tokens):
            family = _fix_caps(family)
            given_tokens = [t if _is_initials(t) else _restore_case(t) for t in given_tokens]
        out = {"family": family, "given": _given_join(given_tokens)}
    if suffix:
        out["suffix"] = suffix
    return out


# One syllable of Hanyu Pinyin (and of the Wade-Giles spellings lists keep): an initial, a final ("Xiao", "ming",
# "Kuo", "hua")
_PINYIN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|hs|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|uan|ian|iao|üan|ai|ei|ao|ou|"
    r"an|en|in|un|ün|ia|ie|iu|ua|uo|ui|ue|üe|er|a|o|e|i|u|ü|v)(?:n|ng)?", re.IGNORECASE)


def _pinyin_word(word: str) -> bool:
    """"Hua", "Xiaoming", "Xiao-Ming", "Kuo-hua": a Chinese given name of one or two romanised syllables."""
    pieces = word.split("-")
    if len(pieces) > 2 or not all(pieces):
        return False
    if len(pieces) == 2:
        return all(_PINYIN_SYLLABLE.fullmatch(p) for p in pieces)
    return any(_PINYIN_SYLLABLE.fullmatch(word[:k]) and _PINYIN_SYLLABLE.fullmatch(word[k:])
               for k in range(1, len(word))) or _PINYIN_SYLLABLE.fullmatch(word) is not None


def _initials_before(first: str, rest: list[str]) -> bool:
    """Is ``first``, a short word in capitals before a name in mixed case, compact initials ("JA Smith", "KL Doe")
    rather than a family name in capitals ("LI Hua", "NG Kwok-wai", "DOE John")?"""
    if not first.isalpha() or len(first) != 2:
        return False  # (three capitals are as often a body's acronym: "BBC News")
    # "LI Hua", "HE Wei", "NG Kwok-wai": a Chinese family name before a romanised given name
    return not (first.lower() in _PINYIN_FAMILIES and (first == "NG" or all(_pinyin_word(w) for w in rest)))


def _name_inverted(family: str, given: str, suffix: str | None = None) -> dict[str, str]:
    family = family.strip()
    given_tokens = given.split()
    given_tokens, suf2 = _split_suffix(given_tokens) if len(given_tokens) > 1 else (given_tokens, None)
    suffix = suffix or suf2
    if _is_upper_word(family) and len(family.replace(" ", "")) > 1 and (
        not given_tokens or not all(_is_upper_word(t) for t in given_tokens)
        or all(_is_initials(t) for t in given_tokens)
        or all(not _is_initials(t) for t in given_tokens)  # "SMITH, JOHN": all in capitals, both restored below
    ):
        family = _fix_caps(family)
    # a leading particle written after the given name: "Berg, J. van der"
    trailing_particles = []
    while given_tokens and _is_particle(given_tokens[-1], allow_capital=False) and len(given_tokens) > 1:
        trailing_particles.insert(0, given_tokens.pop())
    if trailing_particles:
        family = " ".join([*trailing_particles, family])
    if given_tokens and all(_is_upper_word(t) and not _is_initials(t) for t in given_tokens):
        given_tokens = [_restore_case(t) for t in given_tokens]
    out = {"family": family}
    if given_tokens:
        out["given"] = _given_join(given_tokens)
    if suffix:
        out["suffix"] = suffix
    return out


# The two commonest shapes of one name, read without the general path (which gives the same, see
# tests/test_normalizers_speed.py): initials then a family name ("J. Smith", "W. E. Howard", "G.V. Candler")
# and Vancouver's family name then compact initials ("Leng Z", "Smith JA"), in ASCII capitals and letters
_INITIALS_FAMILY = re.compile(r"((?:[A-Z]\.){1,3}(?: (?:[A-Z]\.){1,3}){0,2}) ([A-Z][a-z]+)")
_FAMILY_INITIALS = re.compile(r"([A-Z][a-z]+) ([A-Z]{1,3})")


def _common_name(text: str) -> dict[str, str] | None:
    """``text`` read as :func:`parse_name` reads it when it has one of the two commonest shapes, else None."""
    m = _INITIALS_FAMILY.fullmatch(text)
    if m:
        # a family name that is a corporate word ("J. Bank") or a suffix ("J. Neto") takes the general path
        # (_has_corporate_word of the text, for one ASCII word after one-letter initials: no one-letter word is
        # corporate and no phrase is one word)
        family = m.group(2).lower()
        if family in _CORPORATE_WORDS or (len(family) > 9 and family.endswith(_CORPORATE_HEADS)) \
                or _ONE_LETTER_CORPORATE or _SUFFIX_RE.match(family):
            return None
        return {"family": m.group(2), "given": _given_join(m.group(1).split(" "))}
    m = _FAMILY_INITIALS.fullmatch(text)
    if m:
        if m.group(1) == "The" or _SUFFIX_RE.match(m.group(2)):  # "The BMJ", "Smith JR"
            return None
        return {"family": m.group(1), "given": _given_word(m.group(2))}
    return None


def parse_name(text: str, lang: str | None = None) -> dict[str, str]:
    """One name to a CSL name object: ``"Shi, Y."`` -> ``{"family": "Shi", "given": "Y."}``.

    Corporate names come back as ``{"literal": ...}``; an empty string as ``{}``.
    """
    text = clean(text).strip(" ,;:")
    if not text:
        return {}
    common = _common_name(text) if text[:1].isascii() else None
    if common is not None:
        return common
    if _IS_CJK.search(text) and not _HAS_LATIN_OR_CYR.search(text):
        return _cjk_name(text, lang)
    if _looks_corporate(text, lang=lang):
        return {"literal": text.rstrip(".") if text.endswith(".") and not text.endswith(_ABBREVIATED_ENDS)
                else text}
    if "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if len(parts) >= 2:
            suffix = parts[2] if len(parts) > 2 and _SUFFIX_RE.match(parts[2]) else None
            if _SUFFIX_RE.match(parts[1]):
                return _name_from_tokens([*parts[0].split(), parts[1]])
            return _name_inverted(parts[0], parts[1], suffix)
        text = parts[0] if parts else ""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return {}
    if lang and lang.lower().startswith("hu") and len(tokens) >= 2 and not any(_is_initials(t) for t in tokens):
        # Hungarian writes the family name first: "Kovács János"
        return {"family": tokens[0], "given": " ".join(tokens[1:])}
    if len(tokens) == 2 and _SLAVIC_ADJ_FAMILY.search(tokens[0]) and not _SLAVIC_ADJ_FAMILY.search(tokens[1]) \
            and tokens[1][:1].isupper() and tokens[1][1:].islower() and tokens[1].isalpha() and tokens[0][1:].islower():
        # PN-ISO 690 and GOST write "Grabowski Tadeusz", "Novotný Jan", "Вяземский Пётр": no given name ends like an
        # adjectival family name, so the first word is the family
        return {"family": tokens[0], "given": tokens[1]}
    if len(tokens) == 2 and "-" in tokens[1] and tokens[0].lower() in _PINYIN_FAMILIES and tokens[0].isalpha() \
            and (tokens[0][1:].islower() or _is_upper_word(tokens[0])) and tokens[1][:1].isupper() \
            and not _is_upper_word(tokens[1]) and _pinyin_word(tokens[1]):
        # "Wang Xiao-Ming", "Chang Kuo-hua": a given name of two romanised syllables joined by a hyphen is Chinese,
        # so is the name's order, family first, whatever the document's language
        return {"family": _fix_caps(tokens[0]) if _is_upper_word(tokens[0]) else tokens[0], "given": tokens[1]}
    if lang and lang[:2].lower() == "zh" and len(tokens) == 2 and _pinyin_family_first(tokens):
        # GB/T 7714 writes romanised Chinese names family first: "Zhang Wei", "ZHANG Xiaoming", "Li Xiao-hong"
        return {"family": _fix_caps(tokens[0]) if _is_upper_word(tokens[0]) else tokens[0], "given": tokens[1]}
    if lang and lang[:2].lower() in _TWO_SURNAME_LANGS and 3 <= len(tokens) <= 4:
        spanish = _two_surnames(tokens)
        if spanish:
            return spanish
    return _name_from_tokens(tokens)


# Polish, Czech, Slovak and Russian family names of adjectival form and Czech -ová (no given name ends like these)
_SLAVIC_ADJ_FAMILY = re.compile(r"\w\w(?:[sc]ki|dzki|[sc]ka|dzka|ý|[sc]ká|ová|[сц]кий|[сц]кая)$")


# The commonest Chinese family names in pinyin (with Wade-Giles and Cantonese spellings that lists keep)
_PINYIN_TEXT = """
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han
feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan
fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao
wan qian dai mo kong xiang chang kang niu ou shang wen qi hong lai zhan geng guan bi mu lan ni zhuang qiao shu
chan chow wong lee cheung leung lau ng tsang chiu kwok yip ho tse lam
"""
_PINYIN_FAMILIES = frozenset(_PINYIN_TEXT.split())


def _pinyin_family_first(tokens: list[str]) -> bool:
    """"Zhang Wei", "ZHANG Xiaoming", "Li Xiao-hong": a Chinese family name, then a given name of letters (no
    initials: "Zhang W" is Vancouver, read as such anyway)."""
    family, given = tokens
    if family.lower() not in _PINYIN_FAMILIES or _is_initials(given) or _compact_initials(given):
        return False
    return given[:1].isupper() and given[1:].replace("-", "").islower() and given.replace("-", "").isalpha() \
        and (family[1:].islower() or _is_upper_word(family))


# Spanish, Catalan and Galician people have two family names, written after the given names in natural order:
# "Julián Pastor Oliva", "José Luis Ortega Cano". Three words are one given name and two family names unless
# the first two are one of the common compound given names ("Juan Carlos Pérez", "María Luisa Gómez").
_TWO_SURNAME_LANGS = frozenset({"es", "ca", "gl"})
_COMPOUND_GIVEN_FIRST = frozenset({"José", "Jose", "Juan", "María", "Maria", "Ana", "Luis", "Miguel", "Francisco",
                                   "Carlos", "Mari", "Rosa", "Jesús", "Josep", "Joan"})
# (common second halves only: "Martín", "Cruz", "Paz" are as often a first family name)
_COMPOUND_GIVEN_SECOND = frozenset({
    "José", "Jose", "Luis", "María", "Maria", "Carlos", "Antonio", "Manuel", "Javier", "Ángel", "Angel", "Miguel",
    "Ignacio", "Pablo", "Francisco", "Juan", "Jesús", "Carmen", "Teresa", "Isabel", "Luisa", "Elena", "Eugenia",
    "Cristina", "Victoria", "Dolores", "Pilar", "Ramón", "Enrique", "Fernando", "Eduardo", "Alberto", "Jorge", "Ana",
    "Josefa", "Lucía", "Inés", "Belén", "Alejandro", "Mercedes", "Montserrat", "Jordi", "Lluís", "Pau", "Ramon",
})


def _two_surnames(tokens: list[str]) -> dict[str, str] | None:
    """A Spanish name in natural order with two family names, or None when the words are of another shape
    (initials, particles, capitals: the general reading handles them)."""
    if not all(t[:1].isupper() and t[1:].islower() and t.replace("-", "").isalpha() for t in tokens):
        return None  # ("-": "Pérez-Reverte" is one family name; capitals and initials take the general path)
    if _SUFFIX_RE.match(tokens[-1]) or _has_corporate_word(" ".join(tokens)):
        return None
    k = 2 if len(tokens) == 4 or (tokens[0] in _COMPOUND_GIVEN_FIRST and tokens[1] in _COMPOUND_GIVEN_SECOND) else 1
    return {"family": " ".join(tokens[k:]), "given": " ".join(tokens[:k])}


# ------------------------------------------------------------------------------------ name lists
# The tests on one comma-separated part of a list below are memoised: a list asks two or three of them
# about each part (whether the list is inverted, whether a part and the next are one name), and family
# names and initials recur from list to list. They are pure functions of their strings.
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``, in C for ASCII text (where the digits are 0-9)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)


@functools.lru_cache(maxsize=8192)
def _family_only(part: str, multi: bool = False) -> bool:
    """A family name alone: one word after particles ("van der Berg", "Le Guin"), a particle-joined
    compound ("Ortega y Gasset", "Silva e Souza"), or with ``multi`` any run of capitalised words."""
    toks = part.split()
    # an all-capital word alone may be a family name ("DOE, J."); beside others it is initials, but not after a
    # particle in capitals ("DEL RIO", "VAN DAM": a particle never stands before initials)
    if not toks or any(_is_initials(t) and ("." in t or len(toks) > 1) and (
            t.lower() not in _PARTICLES or i == len(toks) - 1) and not _after_caps_particle(toks, i)
            for i, t in enumerate(toks)) or (any(
            _compact_initials(t) for t in toks[1:]) and not _is_upper_word(part)) or _has_digit(part):
        return False
    words = [t for i, t in enumerate(toks)
             if not _is_particle(t, allow_capital=i < len(toks) - 1)]
    if len(words) == 1 and words[0][:1].isalpha():
        return True
    inner_particle = any(_is_particle(t, allow_capital=False) for t in toks[1:-1])
    capitalised = all(t[:1].isupper() or _is_particle(t, allow_capital=False) for t in toks)
    return capitalised and (inner_particle or (multi and len(toks) <= 4))


def _natural_with_particle(part: str, nxt: str) -> bool:
    """"Joop de Kraker" before "Karel Kreijns" (Chicago's natural-order tail) is a whole name, while
    "Rocha da Silva" before "Maria" is a family name: an inner particle other than the conjunctions
    y/e/i makes a name natural-order unless the next part is a lone given name or initials."""
    toks = part.split()
    inner = [t for t in toks[1:-1] if t in _PARTICLES and t not in ("y", "e", "i")]
    if not inner or not toks[0][:1].isupper():
        return False
    return len(nxt.split()) > 1 and not all(_is_initials(t) for t in nxt.split())


@functools.lru_cache(maxsize=8192)
def _caps_family(part: str) -> bool:
    """A family name in capitals, as ISO 690 and French styles print it: ``NORMAN``, ``DE VRIES``,
    ``MUIR WOOD`` (but not a Vancouver ``SMITH J``)."""
    toks = part.split()
    if not toks or len(toks) > 4 or not _is_upper_word(part) or len(part.replace(" ", "")) < 2 or "." in part:
        return False
    # a particle never ends a family name: "ZHANG Y" is Vancouver, "ORTEGA Y GASSET" a family
    return len(toks) == 1 or all((t.lower() in _PARTICLES and i < len(toks) - 1) or not _is_initials(t)
                                 or _after_caps_particle(toks, i) for i, t in enumerate(toks))


def _after_caps_particle(toks: list[str], i: int) -> bool:
    """Is ``toks[i]``, a short word in capitals without a full stop, a family name's word after a particle in
    capitals ("RIO" in "DEL RIO", "DAM" in "VAN DAM", "LUZ" in "DA LUZ"), not initials?"""
    return i > 0 and "." not in toks[i] and len(toks[i]) > 1 and toks[i - 1].lower() in _PARTICLES \
        and _is_upper_word(toks[i - 1]) and len(toks[i - 1]) > 1 and toks[i - 1].lower() not in _ONE_LETTER_AND


@functools.lru_cache(maxsize=8192)
def _given_like(part: str) -> bool:
    toks = part.split()
    if not toks or len(toks) > 4:
        return False
    if all(_is_initials(t) for t in toks):
        return True
    last = toks[-1]
    # "Doe K" is a whole Vancouver name; "John A." is a given name and a middle initial
    vancouver = _is_initials(last) and "." not in last and not _is_initials(toks[0])
    return all(t[:1].isupper() or _is_particle(t, allow_capital=False) for t in toks) and not vancouver


_NAME_WINDOW = 200  # characters: longer than any one name


def _split_conjunctions(text: str) -> list[str]:
    """Split on "and" words; one-letter ones ("e", "y", "i") only between two complete names."""
    out: list[str] = []
    last = 0
    mixed_case = not text.isupper()
    for m in _AND.finditer(text) if _may_join_names(text) else ():
        written = m.group(1) or ""
        if mixed_case and 1 < len(written) <= 3 and written.isupper():
            continue  # "Smith JA Jr": initials that spell a conjunction (Finnish "ja", Dutch "en", French "et")
        if written and (len(written) == 1 or not written.islower()) and not text[m.start():m.start(1)][-1:].isspace():
            continue  # ",and V. Mathai" is a conjunction glued to its comma; ",E .Oliveri" an initial
        if text[:m.start()].endswith("-"):
            continue  # "Voedsel- en Warenautoriteit", "Arbeitsmarkt- und Berufsforschung": one compound's halves
        word = written.lower()
        if word in _ONE_LETTER_AND:
            # look no further than the neighbouring commas, and no further than a name's length: splitting
            # the whole rest of the text at every "e" was quadratic on long comma-free garbage
            start = max(last, text.rfind(",", last, m.start()) + 1, m.start() - _NAME_WINDOW)
            comma = text.find(",", m.end(), m.end() + _NAME_WINDOW)
            left = text[start:m.start()].split()
            right = text[m.end():comma if comma >= 0 else m.end() + _NAME_WINDOW].split()
            # "Silva e Souza, J." is one Portuguese family name; "Silva J e Souza K" is two names
            # ... and "CHEN, Yanzhen y JIAO, Jian" (ISO 690 capitals) is two names too
            if written.isupper() and left and right and _is_upper_word(left[-1]) and _is_upper_word(right[0]) \
                    and mixed_case:
                continue  # "ORTEGA Y GASSET, José": the capital Y is part of the family name
            # ISO 690 (Czech, Slovak, Spanish): "NOVÁK, Jan a Petr DVOŘÁK": a given name, then a family in capitals
            natural_caps = len(right) >= 2 and _caps_family(right[-1].rstrip(".,")) and not _is_upper_word(right[0])
            # Chicago and MLA in Spanish or Portuguese: "Robles, Andrea y Tomás Iglesias": the first name inverted,
            # the second in natural order
            inverted_first = 1 <= len(left) <= 2 and len(right) >= 2 and text.count(",", 0, m.start()) == 1 \
                and ";" not in text[:m.start()] and all(w[:1].isupper() and w.replace("-", "").isalpha()
                                                        for w in (*left, *right[:2])) \
                and not any(_is_initials(t) for t in (*text[:text.find(",")].split(), *right[:3]))
            # "Dvořák, Jan a Novák, Petr", "García, Juan y López, Ana", "Иванов, Иван и Петров, Пётр": inverted names
            # either side, the given names after an odd number of commas, a family name and its comma after
            both_inverted = comma >= 0 and written.islower() and 1 <= len(left) <= 3 and 1 <= len(right) <= 3 \
                and text.count(",", last, m.start()) % 2 == 1 \
                and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in (*left, *right)) \
                and _given_like(text[comma + 1:].split(",", 1)[0].strip())
            if not (len(left) >= 2 and len(right) >= 2) and not any(_is_initials(t) for t in left) and not (
                    left and right and _caps_family(right[0])) and not natural_caps and not inverted_first \
                    and not both_inverted:
                continue
        out.append(text[last:m.start()])
        last = m.end()
    out.append(text[last:])
    return [p.strip(" ,") for p in out if p.strip(" ,")]


def _garbled(tokens: list[str]) -> int | None:
    """Index of an initials token stuck between two full names ("Zikuan Leng RZ Wei Hou"), or None."""
    if len(tokens) < 5:
        return None
    for i in range(2, len(tokens) - 2):
        if _is_initials(tokens[i]) and "." not in tokens[i] and not any(
            _is_initials(t) for t in tokens[:i] + tokens[i + 1:]
        ):
            return i
    return None


_ROLE_VON = re.compile(r"(?:v\.|von)\s+(?=[A-ZÀ-Ý])")
_ROLE_BEFORE_VON = re.compile(r"\b(?:hrsg|hg|übers|bearb|eingel|komm|erl|ausgew)\.\s*$", re.I)


def parse_names(text: str, lang: str | None = None, *, preceding: str = "") -> NameList:
    """Read a list of names (authors, editors...) into CSL name objects, with list-level facts.

    ``preceding``: the words just before the list in the reference. After a role phrase that governs the
    genitive ("под ред.", "пер. с англ.", "pod red."), family names with a telling genitive ending are put in
    the nominative ("В. И. Романова" -> Романов, "А. Н. Петровой" -> Петрова); so are they after such a phrase
    at the start of ``text``.

    >>> parse_names("Leng Z, Zhu R, Hou W, et al.").names[1]
    {'family': 'Zhu', 'given': 'R.'}
    """
    text = clean(text)
    if "." in text and (" ." in text or _GLUED_INITIAL.search(text)):
        # text from PDFs: "E .Oliveri", "J.Evslin", "I .Llamas": an initial's full stop slid or its space lost
        text = _SLID_LAST_STOP.sub(r"\1.", _GLUED_INITIAL.sub(_unglue, _SLID_STOP.sub(r"\1. ", text)))
    if "．" in text or "；" in text:
        # Chinese lists' full-width full stop and semicolon are the ASCII ones: "王芳，刘洋．", "ZHANG W．；LI N．"
        text = text.replace("．", ".").replace("；", ";")
    diags: list[Diagnostic] = []
    same = False
    truncated = False
    role: str | None = None

    m = _SAME_AS.match(text)
    if m:
        same = True
        text = text[m.end():]

    def take_role(match: re.Match[str]) -> None:
        nonlocal role
        role = role or _role_key(match.group(1))

    bare = text.strip(" ()[],.;:")
    if bare and len(bare) < 30 and _role_key(bare):  # a role word alone: "(Hrsg.)", "Hrsg.)", "eds."
        return NameList(names=[], truncated=False, same_as_previous=same, role=_role_key(bare))

    if "(" in text and text.count("(") == text.count(")") + 1 and (m := _UNCLOSED.search(text)) \
            and _closes_names(m.group(1).rstrip(" ,;:")):
        text = text.rstrip(" ,;:") + ")"  # the closing bracket left to the punctuation after the names: "Roy (Anne"
    if "(" in text or "[" in text:
        for m in _BRACKETED.finditer(text):
            if _role_key(m.group(1)):
                take_role(m)
                text = (text[:m.start()] + " " + text[m.end():]).strip()
                break
    if "(" in text and not _has_corporate_word(text.split("(")[0]):
        # French humanities style: "Bugnon (A.-L.)", "Dupont (J.) et Martin (P.)", "Lefèvre (Antoine)"; not an
        # agency's acronym ("Instituto Nacional de Estadística (INE)")
        text = _PAREN_INITIALS.sub(
            lambda m: ", " + m.group(1) if all(_is_initials(t) for t in m.group(1).split()) or _given_in_brackets(m)
            else m.group(), text)
    bare = text.strip(" ()[],.;:").lower()
    if bare in _ANONYMOUS:
        return NameList(names=[], same_as_previous=same, role=role, diagnostics=(Diagnostic(
            "names.anonymous", f"{text.strip()!r} says the work has no named author", Severity.INFO,
            field="author"),))

    if preceding and text[:2] in ("v.", "v ", "vo") and (m := _ROLE_VON.match(text)) \
            and _ROLE_BEFORE_VON.search(preceding[-12:]):
        text = text[m.end():]  # "hrsg. v. Ulrike Sommer": the role's "v." ("von"), read with the names
    genitive = bool(preceding) and _GENITIVE_ROLE.search(preceding[-40:]) is not None
    lead = _lead_role(text)
    if lead:
        role = role or lead[0]
        # (the phrase may begin before the text: "под" outside, "редакцией А. П. Морозова" inside)
        genitive = genitive or _GENITIVE_ROLE.search(preceding[-20:] + text[:lead[1]].rstrip()) is not None
        text = text[lead[1]:]

    if "nvent" in text or "rfinder" in text:
        inventors = _INVENTORS_THEN.search(text)
        if inventors:
            # NLM's patents: "Kessler JM, Oduya P, inventors; Medisense Inc., assignee": the inventors are the
            # authors, the assignee after them is not
            text = text[:inventors.start()]
    for _ in range(2):  # "Smith J, et al., editors" and "Smith J, editors, et al."
        before = text
        # the et-al marker sits at the end: searching only the tail keeps the long alternation cheap
        m = _ETAL.search(text, max(0, len(text) - _TAIL_CHARS)) if _may_end_in_etal(text) else None
        if m and any(c.isupper() for c in m.group()) and all(
                _is_initials(t) for t in m.group().strip(" ,;:").split()):
            m = None  # "Anderson, E. A." ends in initials, not in the Dutch "e. a."
        if m:
            truncated = True
            text = text[:m.start()] + text[m.end():]
        tail = _tail_role(text)
        if tail:
            rest = text[:tail[1]].strip(" ,;.")
            # "Smith, Ed." is Ed Smith; believe a trailing role only when a whole name remains
            if len(rest.replace(",", " ").split()) >= 2 or (_IS_CJK.search(rest) and rest) or (same and not rest):
                role = role or tail[0]
                text = text[:tail[1]]
        if text == before:
            break  # nothing was cut: a second look would find the same
    if same and text.strip(" ,;:") and _role_key(text.strip(" ,;:")):  # "———, ed."
        role = role or _role_key(text.strip(" ,;:"))
        text = ""
    if ("…" in text or text.count(".") >= 3) and _ELLIPSIS.search(text):  # (no ellipsis without these)
        truncated = True
        text = _ELLIPSIS.sub(", ", text)
    text = _LEAD_IN.sub("", text.strip(" ,;:"))
    if (see := _SEE_CUE.match(text) or _CONNECTIVE.match(text)) and text[see.end():see.end() + 1].isupper():
        text = text[see.end():]

    names: list[dict[str, str]] = []
    if _FIRM.match(text):  # "Urban & Vogel", "Taylor & Francis": two bare names and an ampersand are a firm
        text = _restore_case(text) if _is_upper_word(text) else text
        return NameList(names=[{"literal": text}], truncated=truncated, same_as_previous=same, role=role,
                        diagnostics=tuple(diags))
    if text:
        if _IS_CJK.search(text) and not _HAS_LATIN_OR_CYR.search(text):
            for piece in _CJK_SEP.split(text):
                for part in _han_dot_parts(piece):
                    if part.strip():
                        names.append(_cjk_name(part, lang))
        elif ";" not in text and "/" not in text and ("," not in text or _has_corporate_word(
                text.split(",")[0]) or _body_named_with_a_comma(text)) and _looks_corporate(text, long_is_corporate=False, lang=lang) and not re.search(
                r"\b\w+ [A-Z]{1,3}\b,|, [A-Z]\.", text):  # (the cheap tests first: a list has commas)
            text = _SPACED_DUTCH_FORM.sub(r"\1.V.", text) if text.endswith(("V", "V.")) else text
            text = text + "." if "." in text[-4:] and text.split()[-1] + "." in _LEGAL_FORMS else text
            names.append({"literal": text.rstrip(" .") if not text.endswith(_ABBREVIATED_ENDS) else text})
        else:
            if (" - " in text or " – " in text) and "," in text:
                # "Yıldız, Ayşe - Kara, Mehmet": a spaced dash between two inverted names separates them as ";" does
                text = _DASH_BETWEEN_INVERTED.sub(r"\1; ", text)
            elif (" – " in text or " - " in text) and _DASHED_INITIALLED_NAMES.fullmatch(text):
                # Italian notes: "M. Rinaldi – F. Colombo", each name with its initials first
                text = re.sub(r"\s+[-–]\s+", "; ", text)
            # ";" and the German "/" ("Lewis, Jane/ Ostner, Ilona") separate whole names
            head, _, rest = text.partition(",")
            # ISO 690 as Czech and Slovak print it: "NOVÁK, Jan, Petr DVOŘÁK a Eva MALÁ": after the first
            # name, "Given FAMILY" in natural order, the family in capitals
            iso_caps = _is_upper_word(head) and len(head) > 2 and rest.strip()[:1].isupper() \
                and not _is_upper_word(rest.split()[0] if rest.split() else "")
            for chunk in _CHUNK_SEP.split(text) if ";" in text or "/" in text else (text,):
                if chunk is not text and (chunk[:1].islower() or chunk.startswith("&")):
                    # "Cumming, S.; and Martin, J.": the last name's "and" after the semicolon
                    chunk = _LEAD_AND.sub("", chunk)
                segments = _split_conjunctions(chunk)
                whole = len(segments) == 1 and chunk is text and not truncated
                for segment in segments:
                    names.extend(_names_from_segment(segment, diags, lang, natural_caps=iso_caps, whole=whole,
                                                     alone=len(segments) == 1))
    if genitive:
        names = [_nominative(n) for n in names]
    if sum(_lone_small_word(n) for n in names) == 1:
        # a word in small letters alone is no one's name: a genre ("монография"), the Italian "voce" (an entry);
        # (two such words are one name written in small letters: "hooks, bell")
        names = [n for n in names if not _lone_small_word(n)]
    return NameList(names=names, truncated=truncated, same_as_previous=same, role=role, diagnostics=tuple(diags))


def _lone_small_word(name: dict[str, str]) -> bool:
    """Is ``name`` one word in small letters and nothing else ({"family": "voce"})?"""
    family = name.get("family")
    return len(name) == 1 and isinstance(family, str) and family.isalpha() and family.islower() \
        and family not in _PARTICLES


_INVENTORS_THEN = re.compile(r"\s*,?\s*\b(?:inventors?|inventeurs?|inventor[ae]s|erfinder(?:in|innen)?)\.?\s*(?:;.*)?$",
                             re.IGNORECASE | re.DOTALL)
_SLID_STOP = re.compile(r"(?<![^\s,;(])([A-Z]) \.(?=[^\W\d_])")
_SLID_LAST_STOP = re.compile(r"(?<![^\s,;(.])([A-Z]) \.(?=\s*[,;]|\s*$)")
_GLUED_INITIAL = re.compile(r"(?<![^\s,;(.])([A-Z])\.(?=[^\W\d_]{2})")


def _unglue(m: re.Match[str]) -> str:
    """"J.Evslin" -> "J. Evslin" ("J.Díaz" too), but not "J.P." nor "M.GIL" (capitals may be more initials)."""
    nxt = m.string[m.end():m.end() + 2]
    return m.group(1) + ". " if nxt[0].isupper() and nxt[1].islower() else m.group()
_INITIALLED_NAME = r"[A-Z]\.(?:\s?-?[A-Z]\.)*\s+[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?"
_DASHED_INITIALLED_NAMES = re.compile(rf"{_INITIALLED_NAME}(?:\s+[-–]\s+{_INITIALLED_NAME})+")
_DASH_BETWEEN_INVERTED = re.compile(r"(,\s*[^\W\d_][\w'’.-]{0,30}(?:\s[^\W\d_][\w'’.-]{0,30}){0,3})\s+[-–]\s+(?=[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?,)")


def _drop_final_dot(part: str) -> str:
    """"Tony." -> "Tony", but "J." and "Jr." keep their abbreviation dot."""
    if part.endswith(".") and not part.endswith(".."):
        last = part.split()[-1] if part.split() else ""
        if not _is_initials(last) and not _SUFFIX_RE.match(last) and last not in ("Inc.", "Ltd.", "Co.", "Corp."):
            return part[:-1].rstrip()
    return part


def _inverted_pair(p: str, nxt: str, n: int, inverted: bool, first: bool = False) -> bool:
    """Are the comma-separated parts ``p`` and ``nxt`` one inverted name ("Smith", "J. A.")? (``n`` parts in
    all; ``inverted``: the segment's first two parts are; ``first``: ``p`` opens a list whose first name is the
    inverted one.) The tests run cheapest and likeliest first."""
    nsplit = nxt.split()
    family_multi = _family_only(p, True)
    # "Ursula K." is a given name; "Danh V. Nguyen" is a whole name in natural order
    if family_multi and (all(_is_initials(t) for t in nsplit) or (
            "." in nxt and _is_initials(nsplit[-1]) and _given_like(nxt))):
        return True
    if inverted and _family_only(p) and _given_like(nxt) and (first or not _natural_with_particle(p, nxt)):
        return True
    if _caps_family(p) and not _is_upper_word(nxt) and nxt[:1].isupper():
        return True
    # "Berger, Peter A": with only two parts, a lone family name and a given name with an initial
    # ("John Smith, Mary Jones" is two names: the second part must be one word or end in an initial)
    return (n == 2 and family_multi and _given_like(nxt.rstrip() + ".") and not _is_upper_word(nsplit[0])
            and not _is_upper_word(p.split()[0])
            and (len(nsplit) == 1 or _compact_initials(nsplit[-1].rstrip("."))))


_DOUBLE_SURNAME_LANGS = frozenset({"es", "pt", "ca", "gl"})
_IBERIAN_PARTICLES = frozenset({"da", "das", "do", "dos", "del"})


def _names_from_segment(segment: str, diags: list[Diagnostic], lang: str | None = None, *,
                        natural_caps: bool = False, whole: bool = False, alone: bool = False) -> list[dict[str, str]]:
    parts = [_drop_final_dot(p.strip()) for p in segment.split(",")]
    parts = [p for p in parts if p]
    if whole and lang in _DOUBLE_SURNAME_LANGS and len(parts) == 2 and len(parts[1].split()) > 1 \
            and _family_only(parts[0], True) \
            and _given_like(parts[1]) and not _is_upper_word(parts[1]) and not _INITIALS_FAMILY.fullmatch(parts[0]) \
            and not _FAMILY_INITIALS.fullmatch(parts[0]) and not _natural_with_particle(parts[0], parts[1]):
        # "Castro Álvarez, Juan Pablo", "Silva Santos, Ana Maria": in Spanish and Portuguese, two words either side
        # of the one comma of the whole list are one person with two family names (Italian and French lists do write
        # "Chiara Bonfadini, Luca Sartori")
        return [_name_inverted(parts[0], parts[1])]
    out: list[dict[str, str]] = []
    i = 0
    n = len(parts)
    inverted = n >= 2 and _family_only(parts[0]) and _given_like(parts[1])
    # Chicago's natural-order tail ("..., Joop de Kraker, Karel Kreijns") never opens a list: a first part with an
    # inner particle is a family name when the list (or its part between semicolons) holds that one name ("Rocha da
    # Silva, Maria Clara") or goes on in the inverted form ("..., Souza, João"). (Before "and" it may open a list in
    # natural order: "Joop de Kraker, Karel Kreijns and Maren Scheffel".) Only for names of the languages that write
    # family names of two words joined by a particle ("Mathilde von Bulow, West Germany" is a name and a title)
    inverted_first = inverted and ((n == 2 and alone) or (
        n >= 4 and _family_only(parts[2]) and _given_like(parts[3]) and not _natural_with_particle(parts[2], parts[3]))) \
        and (lang in _DOUBLE_SURNAME_LANGS or not _IBERIAN_PARTICLES.isdisjoint(parts[0].split()[1:-1]))
    while i < n:
        p = parts[i]
        if _SUFFIX_RE.match(p) and out and "literal" not in out[-1]:
            out[-1]["suffix"] = p
            i += 1
            continue
        nxt = parts[i + 1] if i + 1 < n else None
        # (a whole name of a common shape, "J. Smith" or "Leng Z", is never the family half of a pair: its
        # initials make _family_only and _caps_family false, whatever follows)
        if nxt is not None and not _INITIALS_FAMILY.fullmatch(p) and not _FAMILY_INITIALS.fullmatch(p) \
                and _inverted_pair(p, nxt, n, inverted, i == 0 and inverted_first):
            suffix = parts[i + 2] if i + 2 < n and _SUFFIX_RE.match(parts[i + 2]) else None
            out.append(_name_inverted(p, nxt, suffix))
            i += 3 if suffix else 2
            continue
        tokens = p.split()
        g = _garbled(tokens)
        if natural_caps and len(tokens) >= 2 and _caps_family(tokens[-1]) and all(
                t[:1].isupper() and not _is_upper_word(t) for t in tokens[:-1]):
            out.append({"family": _fix_caps(tokens[-1]), "given": " ".join(tokens[:-1])})  # "Eva MALÁ"
        elif g is not None:
            diags.append(Diagnostic(
                "names.garbled", f"names run together in {p!r}; {tokens[g]!r} belongs to neither",
                Severity.WARNING, field="author", data={"text": p, "dropped": tokens[g]},
            ))
            out.append(parse_name(" ".join(tokens[:g]), lang))
            out.append(parse_name(" ".join(tokens[g + 1:]), lang))
        else:
            name = parse_name(p, lang)
            if name:
                out.append(name)
        i += 1
    return out
