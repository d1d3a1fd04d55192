"""From labelled tokens to a CSL-JSON record.

Token labels are grouped into segments (runs of one label; runs of the same label separated only
by punctuation are joined, so "Acc. Chem. Res." stays one journal even if a full stop inside was
tagged as a separator). Each segment's text then goes through the normaliser that owns its field:
names (:mod:`refnorm.normalizers.names`), dates (:mod:`refnorm.normalizers.dates`), pages,
identifiers. Facts about a field that are not values become diagnostics: "et al." is a
``names.truncated`` diagnostic (the list is kept as printed, no invented author), an ambiguous
numeric date ``date.ambiguous``, a second publication date (an epub date printed before the
issue date) becomes ``available-date`` instead of overwriting ``issued``.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from refnorm.model import Diagnostic, Severity
from refnorm.normalizers.dates import month_number, parse_date_ex
from refnorm.normalizers.language import ENGLISH_WORDS, iberian_title, title_language
from refnorm.normalizers.names import body_name, parse_names, role_before, role_of
from refnorm.normalizers.pages import normalize_pages
from refnorm.normalizers.titles import clean_title
from refnorm.normalizers.types import (
    PATENT_NUMBER,
    PATENT_WORD,
    is_preprint_server,
    is_thesis_genre,
    names_a_manuscript,
    names_a_meeting,
)
from refnorm.normalizers.types import infer_type as _infer_type
from refnorm.normalizers.unicode import CLOSING_QUOTES, KANA, QUOTE_CLOSERS
from refnorm.parsing import identifiers as ids
from refnorm.parsing.lexicon import (
    DESCRIPTION_WORDS,
    EDITION_WORDS,
    LANGUAGE_NOTE,
    NOT_SERIES,
    NUMBER_WORDS,
    PAGE_COUNT_UNITS,
    STANDARD_BODIES,
    STANDARD_CODE,
    UNIVERSITY,
    VERSION_ALTERNATIVES,
    term_classes,
    word_flags,
)
from refnorm.parsing.tokens import Token

__all__ = ["Segment", "infer_type", "record_from_segments", "segments", "translations_to_note"]

SOURCE = "parse"
NAME_LABELS = ("author", "editor", "translator")
DATE_LABELS = ("issued", "accessed", "original-date", "event-date")
TEXT_LABELS = (
    "title", "container-title", "collection-title", "collection-number", "event-title", "event-place", "publisher",
    "publisher-place", "volume-title", "genre", "medium", "note", "edition", "number",
)
_JOINABLE_GAP = set(".,:;-–—/&'’()")
_EDGE = " \t\n,;:/([{<«“„\"'‘)]}>»”’"
_LEADING = re.compile(r"^(?:in\s*:|in\s+(?=[A-Z«“\"]))\s*", re.I)
_VOL_PREFIX = re.compile(
    r"^(?:vols?|volume|bd|band|t|tome|tomo|v|jg|jahrgang|roč|ročník|т|том|cilt|sv|vyp|deel|årg)\.?\s*", re.I
)
_ISS_PREFIX = re.compile(
    r"^(?:nos?|nr|num|número|numéro|n[°º]|no\.|issue|heft|h|№|č|sayı|fasc|afl|wydanie|zeszyt|iss)\.?\s*", re.I
)
_PAGES_SUFFIX = re.compile(r"(?<=\d)\s*(?:pp|p|pages?|pgs?|S|Seiten|s|с|стр|str|blz|págs?|pag)\.?$", re.I)
_GBT_CODE = re.compile(r"\[(J|M|D|C|R|P|S|N|A|G|Z|EB|DB|CP|CM|DS)(?:/(?:OL|MT|DK|CD))?\]")
_GBT_TYPES = {
    "J": "article-journal", "M": "book", "D": "thesis", "C": "paper-conference", "R": "report", "P": "patent",
    "S": "standard", "N": "article-newspaper", "A": "manuscript", "G": "book", "Z": "document", "EB": "webpage",
    "DB": "dataset", "CP": "software", "CM": "map", "DS": "dataset",
}  # (GB/T 7714-2015, table B.1: [A] is an archival document (档案), [CM] a map (舆图), [DS] a data set; the 2005
#    edition's [A] was a part of a book, written "Title[A]. Editor. Book[M/C]": read so when a second code follows)
_IN_CUE = re.compile(r"(?:^|[\s.,;])(?:in|dans|en|em|w|v|в|σε)\s*:|[.,]\s+In\s+(?=[A-Z])")
# _IN_CUE taken apart for _has_in_cue: the word before a colon, and "In" after a full stop (a pattern that
# opens with a character class is scanned in C; _IN_CUE's "(?:^|...)" was tried at every character)
_IN_WORD_END = re.compile(r"(?:^|[\s.,;])(?:in|dans|en|em|w|v|в|σε)$")
_IN_AFTER_STOP = re.compile(r"[.,]\s+In\s+(?=[A-Z])")


def _has_in_cue(text: str) -> bool:
    """``_IN_CUE.search(text) is not None``: an "In:" ("dans :", "W:", "в:") or ". In " before a container."""
    c = text.find(":")
    while c >= 0:
        k = len(text[:c].rstrip())  # the word ends where the whitespace before the colon starts
        if _IN_WORD_END.search(text, max(0, k - 5), k):  # (the longest word, "dans", and the one before)
            return True
        c = text.find(":", c + 1)
    return _IN_AFTER_STOP.search(text) is not None
_EPUB_CUE = re.compile(r"(e-?pub|online|онлайн|en\s+ligne|en\s+l[ií]nea|em\s+linha|électronique|elektronisch|publicado|publié|veröffentlicht|"
                       r"pubblicato|advance|ahead\s+of\s+print|first\s+published)\W*(?:\w+\W+){0,2}$", re.I)
# "Epub", and "published online" in the languages that print it before the date ("Publié en ligne le 2 février 2021")
_EPUB_WORD = re.compile(r"(?:\be-?pub\b(?: ahead of print)?|\b(?:publi(?:é|shed|cado|cada)|pubblicato|veröffentlicht|"
                        r"opublikowano)\s+(?:en\s+ligne|online|en\s+línea)(?:\s+(?:le|el|il|am|on))?)\W*$", re.I)
_TITLE_THEN_JOURNAL = re.compile(r"^(.*\w\w[)\]]?)\.\s+((?:[A-Z][\w'’&-]*\.?\s*){1,6})$")
# "2. vyd.", "3e éd.", "5. Aufl.", "2nd ed.", "17. ed.": the edition is its number
# (words qualifying it before the edition's word are passed over, abbreviated too: "3., erweiterte Auflage", "2nd
# revised ed.", "2., überarb. Aufl.", "5., völlig neu bearb. Aufl.")
_EDITION_NUMBER = re.compile(
    r"^(\d{1,3})\s*(?:\.|e|er|re|ème|eme|nd|rd|th|st|a|ª|º|-?е|-?я)?\s*,?\s*"
    rf"(?:(?:[^\W\d_]+\.?\s+){{1,3}}(?=(?:{EDITION_WORDS})\b))?(?:{EDITION_WORDS})?\.?"
    # (and after it, the edition's own qualifiers, abbreviated too: "2. ed. rev. e ampl.", "2e éd. revue et corrigée")
    r"(?:,?\s*(?:rev|revue|revised|revisada|ampl|ampliada|aum|aumentada|atual|atualizada|corr|corrigée|corrected|"
    r"augmentée|enlarged|expanded|updated|e|et|and|y|i|und|a|и|испр|доп|перераб)\b\.?)*$", re.I)
# the edition's word first, its number after: "wyd. 2", "Vyd. 1", "ed. 3" (Polish, Czech and Latin-style imprints)
_EDITION_WORD_FIRST = re.compile(rf"^(?:{EDITION_WORDS})\.?\s*(\d{{1,3}})\.?$", re.I)
# Chinese and Japanese editions: "第2版", "〔第2版〕", "（第三版）"
_CJK_NUMBER = r"(\d{1,3}|[一二三四五六七八九十]{1,3})"
_CJK_EDITION = re.compile(rf"^(?=.*[第版])[〔（(\[【]?\s*第?\s*{_CJK_NUMBER}\s*版?\s*[〕）)\]】]?$")
_CJK_EDITION_CLOSING = re.compile(rf"[〔（(\[【]\s*第\s*{_CJK_NUMBER}\s*版\s*[〕）)\]】]$")
_CJK_EDITION_CLOSERS = ("〕", "）", ")", "]", "】")
_CJK_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def _cjk_edition_closing_title(csl: dict[str, Any]) -> None:
    """"金融商品取引法の理論と実務〔第2版〕", "中国近代经济史（第2版）": the edition closing the title is the edition."""
    title = csl.get("title")
    if isinstance(title, str) and title.endswith(_CJK_EDITION_CLOSERS) \
            and (m := _CJK_EDITION_CLOSING.search(title)) and m.start():
        csl["title"] = title[:m.start()].rstrip()
        csl.setdefault("edition", _cjk_number(m.group(1)))


def _cjk_number(number: str) -> str:
    """"3" or "三" as "3"; "十二" as "12" (tens written with 十)."""
    if number.isdecimal():
        return str(int(number))
    if "十" not in number:
        return str(_CJK_DIGITS.get(number, 0)) if len(number) == 1 else number
    tens, _, units = number.partition("十")
    return str(_CJK_DIGITS.get(tens, 1) * 10 + _CJK_DIGITS.get(units, 0))


_PAGE_RANGE = re.compile(r"\d\s*[-–‑]\s*\d")
_LETTERED_RANGE = re.compile(r"\d+([A-Za-z])\s*[-–‑]\s*\d+\1")
_UNITS = "|".join(sorted(PAGE_COUNT_UNITS, key=len, reverse=True))
_PAGE_COUNT_FIRST = re.compile(rf"(\d+)\s*(?:{_UNITS})\.?\s+", re.IGNORECASE)  # "210 f. Dissertação …"
_PAGE_COUNT_AFTER = re.compile(rf"\s*(?:{_UNITS})\.?(?=[\s.,;。．]|$)", re.IGNORECASE)
_PAGE_COUNT_BEFORE = re.compile(r"(?<![^\s,])ss\.\s*$")  # Polish: "Kraków 2015, ss. 428." (stron: pages in all)
_SUPPLEMENT = re.compile(r"^(?:suppl|supplement)\.?\s*(?=\w)", re.I)
_PAPER_LENGTH = re.compile(r"[,.]\s*(\d{1,4})\s+(?:pages|Seiten)\b")  # spelt out: a locator is never "15 pages"
# "… un régime à construire ? Revue trimestrielle de droit civil": a title closed by its question mark, then the journal
_QUESTION_THEN_JOURNAL = re.compile(r"^(.*\w\s?[?!])\s+([^\W\d_][^\s?!]*(?:\s+[^\s?!]+){0,7})$")
_CJK_TITLE_THEN_JOURNAL = re.compile(r"^(.*[\u3040-\u30ff\u4e00-\u9fff][)）」』]?)\s*[.．。]\s*"
                                     r"([\u3040-\u30ff\u4e00-\u9fff][^.．。]{1,30})$")
_VOL_PAGE = re.compile(r"^(\d+)\s*,\s*(\d+(?:\s*[-–]\s*\d+)?)$")
# "92(3)", or "92(3" when ")" was left out; "36, 5" and "50: 3" (Harvard's volume and issue before the year)
_VOL_ISSUE = re.compile(r"^(\w+)\s*\(([^()]+)\)?$|^(\d{1,4})\s*[,:]\s*(\d{1,3})$")


_LABEL_OF = operator.itemgetter(0)  # a Segment's label


class Segment(NamedTuple):
    """A labelled stretch of the text: ``label``, ``[start, end)`` offsets, token indices.

    An immutable tuple rather than a frozen dataclass: a parse makes a few dozen, and a frozen
    dataclass's ``__init__`` costs three times as much."""

    label: str
    start: int
    end: int
    first: int
    last: int


def segments(tokens: Sequence[Token], labels: Sequence[str]) -> list[Segment]:
    """Group token labels into segments (``^`` begin markers and ``O`` separators dropped)."""
    out: list[Segment] = []
    append = out.append
    new = tuple.__new__  # Segment(...) without the namedtuple's Python-level __new__
    cur: list[Any] | None = None
    gap = 0
    for i, (t, raw_label) in enumerate(zip(tokens, labels, strict=False)):
        marked = raw_label[:1] == "^"
        lab = raw_label.lstrip("^") if marked else raw_label
        if lab == "O":
            if cur is not None:
                if t.text in _JOINABLE_GAP and gap < 2:
                    gap += 1
                    continue
                append(new(Segment, cur))
                cur = None
            continue
        if cur is not None and not marked and cur[0] == lab:
            cur[2] = t.end
            cur[4] = i
            gap = 0
            continue
        if cur is not None:
            append(new(Segment, cur))
        cur = [lab, t.start, t.end, i, i]
        gap = 0
    if cur is not None:
        append(new(Segment, cur))
    return out


_OPENING_QUOTE = re.compile("[" + "".join(q for q in QUOTE_CLOSERS if q != '"') + "]")  # (none is ASCII: a test says)


# (not the ASCII quote, nor "‘", which an apostrophe closes in every other word)
_INNER_OPENERS = frozenset("«“„‹「『《")


def _strip(s: str) -> str:
    raw = s.strip()
    s = raw.strip(_EDGE).strip()
    # a bracket closing one opened inside stays: "G Ital Cardiol (Rome)", "Proc. ACL (ACL)"
    while s and s.count("(") > s.count(")") and raw[raw.find(s) + len(s):].lstrip().startswith(")"):
        s += ")"
    # "ICs [News]." : a bracket closing one opened inside stays too
    while s and s.count("[") > s.count("]") and raw[raw.find(s) + len(s):].lstrip().startswith("]"):
        s += "]"
    # a quotation closing one opened inside stays: "Oficyna Wydawnicza „Impuls”", "Éditions « Le Seuil »"
    if s and s[-1] not in CLOSING_QUOTES and not s.isascii() and _OPENING_QUOTE.search(s):
        after = raw[raw.find(s) + len(s):]
        rest = after.lstrip()
        for opener, closers in QUOTE_CLOSERS.items():
            if rest[:1] and rest[0] in closers and s.count(opener) > sum(map(s.count, closers)):
                s += (" " if len(rest) < len(after) else "") + rest[0]  # (French « … » keeps its space)
                break
    # a quotation opening the text and closing inside it stays: "«Petaloso» e la neologia", "“Ja” und “Nein” …"
    if s and not raw.isascii() and (opener := raw.lstrip(" \t\n,;:/")[:1]) in _INNER_OPENERS \
            and not s.startswith(opener) and sum(map(s.count, QUOTE_CLOSERS[opener])) > s.count(opener) \
            and s[-1] not in QUOTE_CLOSERS[opener]:
        s = opener + s
    # a lone unbalanced bracket left at an edge
    if s.endswith(")") and "(" not in s:
        s = s[:-1].rstrip()
    if s.startswith("(") and ")" not in s:
        s = s[1:].lstrip()
    return s


# APA's software and data: "tidyseis: Tidy tools (Version 2.3.1) [Computer software]. CRAN". The version and
# the bracketed description follow the title; the labeler reads them, and the publisher after them, as title.
_TITLE_VERSION = re.compile(r"\((?:" + VERSION_ALTERNATIVES + r"|ver\.?|v\.?)"
                            r"\s*(\d[\w.\-]*)\)", re.I)
# "(Enzyklopädie deutscher Geschichte; 27)", "(Studi e testi, 45)", "(coll. « Repères », n° 512)": a book's series and
# its number in brackets after the imprint (a role or an edition is no series: "(Hrsg., 2019)", "(2. Aufl.)"); the
# German and Slavic "(= Studien zur Geschichte, Bd. 12)" says so with its sign
_SERIES_IN_BRACKETS = re.compile(
    r"\((?:\s*=)?(?!\s*(?:hrsg|hg|eds?|éds?|red|coord|dir|comp|trad|übers|vol|bd|band|t|tome|tomo|sv|nr|no|n°)\b)"
    r"([^()\d;,]*[^\W\d][^()\d;,]{2,80}?)\s*[;,]\s*"
    r"(?:(?:bd|band|nr|no|n°|nº|n\.\s?º|n\.\s?o|vol|t|sv|č|h|heft|vyp|вып|т|v)\.?\s*)?"
    r"(\d{1,5}[a-z]?(?:/\d{4})?)\s*\)", re.I)
# Swedish and German series with their number after a space: "(Skrifter utgivna av Institutionen för nordiska
# språk vid Uppsala universitet 112)": three words at least before it
# "(Antikvariskt arkiv 78.)", "(Rapporti ISTISAN 22/14)", "(Mittelalter-Forschungen 46)": two words or more, or
# one compound
_SERIES_SPACED = re.compile(r"\(((?:[^\W\d_][\w’'-]*\s+)+[^\W\d_][\w’'-]*|[^\W\d_][\w’']+-[^\W\d_][\w’'-]+)"
                            r"\s+(\d{1,4}(?:/\d{1,4})?)\.?\)")
# "Bielefeld: transcript (Urban Studies).", "— (Русская философская мысль).": a series without its number, closing
# the reference
_SERIES_CLOSING = re.compile(r"\(([^\W\d_][^()\d]{2,80})\)\s*\.?\s*$")  # (a literal first: scanned in C)
# APA's statement of a translation's first edition, in the CSL languages' wordings (the Turkish with the year inside
# it): "(Original work published 1950)", "(Oorspronkelijk werk gepubliceerd 1993)", "(Ouvrage original publié en
# 1987)", "(Originalarbete publicerat 1990)", "(Praca oryginalna opublikowana w 1979)", "(Orijinal eser 1979'da
# yayımlandı)", "(Orijinal çalışma 1994 tarihinde yayımlanmıştır)"
_ORIGINALLY_PUBLISHED = re.compile(
    r"\((?:original(?:\s+work)?\s+published|originally\s+published|orig\.\s*publ?\.?|(?:erstmals|originalarbeit)\s+(?:erschienen|veröffentlicht)|"
    r"(?:trabajo|obra)\s+original\s+publicad[oa]\s+en|obra\s+original\s+publicada\s+em|publié\s+(?:pour\s+la\s+première\s+fois|"
    r"originalement)\s+en|opera\s+originale\s+pubblicata\s+nel|oorspronkelijk\s+verschenen\s+in|"
    r"oorspronkelijk\s+(?:werk\s+)?(?:gepubliceerd|uitgegeven)(?:\s+in)?|(?:ouvrage|œuvre|oeuvre)\s+original[e]?\s+"
    r"publiée?\s+en|originalarbetet?\s+publicerat?s?(?:\s+år)?|ursprungligen\s+publicerad|praca\s+oryginalna\s+"
    r"opublikowana\s+w|původní\s+dílo\s+(?:publikováno|vydáno)(?:\s+v\s+roce)?|оригинальная\s+работа\s+опубликована\s+в|"
    r"orijinal\s+(?:eser|çalışma|yayın)|"
    # the translated APA's shorter form: "(Original publié en 1931)", "(Original publicado en 1950)"
    r"original[e]?\s+(?:publié|publicado|pubblicato|erschienen|veröffentlicht|gepubliceerd|publicerad|opublikowany)"
    r"(?:\s+(?:en|em|nel|in|w|i))?)\s*((?:1[5-9]|20)\d\d)(?:['’]?(?:de|da|te|ta)|\s+(?:tarihinde|yılında))?"
    r"(?:\s+yayımlan\w*)?\)", re.I)
# a reprint's statement of the edition it reproduces: "(Reprint of the 1923 ed.)", "Nachdruck der Ausgabe Stuttgart 1854",
# "Réimpr. de l'éd. de 1890", "Ristampa anastatica dell'edizione Milano 1887", "Reimpresión de la edición de 1902":
# the year is the first edition's, not a series, a title's words or a second date of issue
_REPRINT_OF = re.compile(
    r"\(?\s*\b(?:reprint(?:ed)?|repr\.|(?:unveränderter\s+)?nachdr(?:uck|\.)|réimpr(?:ession|\.)|fac-?simil[ée]|"
    r"ristampa(?:\s+anastatica)?|rist\.(?:\s*anast\.)?|reimpresi[óo]n|reimpress[ãa]o|herdruk)\s+"
    r"(?:of|from|der|d\.|de|du|dell['’]|della|da|van)\s*([^\W\d_][^()\[\];\d]{0,50}?)?((?:1[4-9]|20)\d\d)(?!\d)"
    r"(?:\s*(?:ed(?:ition|n)?|éd(?:ition)?|Ausg(?:abe)?)\b\.?)?\s*\)?", re.I)
# what every match of _REPRINT_OF holds in a text lower-cased: the full scan tries its alternatives at every word
# (~50 us a reference), these few substring tests ~1 us (see _may_hold)
_REPRINT_PIECES = ("repr", "nachdr", "simil", "ristampa", "rist.", "reimpr", "réimpr", "herdruk")
# re.I matches these to "i" and "s", but str.lower() leaves them (or, "İ", makes two characters of it): the only
# characters for which a case-insensitive pattern of Latin letters and a lower-cased text disagree
_FOLD_APART = ("\u0130", "\u0131", "\u017f")


def _may_hold(text: str, pieces: Sequence[str]) -> bool:
    """Whether ``text`` may hold a match of a case-insensitive pattern every match of which, lower-cased, holds one
    of ``pieces`` (Latin letters, digits, punctuation): False only when none of them is in ``text.lower()``."""
    if not text.isascii() and any(map(text.__contains__, _FOLD_APART)):
        return True
    return any(map(text.lower().__contains__, pieces))


_PREPRINT_AT = re.compile(r"\b(?:preprint|prépublication|vorabdruck|preprint\s+at)\s+(?:at|sur|bei|en|em)?\s*(?:https?://|doi)", re.I)
# "Rennes : PUR, 2019 (coll. « Art & Société »)", "…, coll. « Épiméthée », 2011.": a French series, its name in guillemets
_COLL_SERIES = re.compile(r"\bcoll\.\s*«\s*([^«»]{2,80}?)\s*»(?:\s*,\s*(?:n[°o]|vol\.)\s*(\d{1,5}))?")
_ISBN_SHAPE = re.compile(r"(?:97[89])?\d{9}[\dX]")


def _printed_isbn(part: str) -> str | None:
    """An ISBN's digits, compact as a valid one's are, when it has an ISBN's length but a wrong check digit."""
    digits = ids.isbn_digits(part.strip().replace("\u2011", ""))
    return digits if _ISBN_SHAPE.fullmatch(digits) else None


_ISBN13_PAGE = re.compile(r"97[89][-‑ ]?\d{1,5}[-‑ ]\d{1,7}[-‑ ]\d{1,7}[-‑ ]?[\dX]")
_ORIGINAL_TITLE = re.compile(r"\((?:tit\.\s*orig\.|titolo\s+originale|t[ií]tulo\s+original|titre\s+original|"
                             r"originaltitel|orig\.\s*titel|original\s+title)\s*:?\s*([^()]{2,150}?),\s*"
                             r"((?:1[5-9]|20)\d\d)\)", re.I)
# ABNT and its cousins state it as a sentence of its own: "… São Paulo: Companhia das Letras, 2004. Título original:
# Atlantischer Handel und koloniale Gesellschaft."
_ORIGINAL_TITLE_SENTENCE = re.compile(r"(?<=[.\]]\s)(?:t[ií]tulo\s+original|titre\s+original|titolo\s+originale|"
                                      r"originaltitel|original\s+title|tytuł\s+oryginału|název\s+originálu|"
                                      r"originalets\s+titel|orijinal\s+ad[ıi]|оригинальное\s+название)\s*:\s*"
                                      r"([^.]{2,150}?)(?=\.\s|\.?\s*$)", re.I)
# Japanese: "（原著: Was ist ein Museum? 2014）", "（原題：The Silent Sea, 2010）": the translated book's original and its year
_ORIGINAL_JA = re.compile(r"[（(]\s*原(?:著|題|書)\s*[:：]?\s*([^（）()]{2,150}?)[,，]?\s*((?:1[5-9]|20)\d\d)\s*[）)]")
_ORIGINAL_JA_YEAR = re.compile(r"[（(]\s*原(?:著|書)\s*((?:1[5-9]|20)\d\d)\s*年?\s*[）)]")
# ("[1872] 1999." in square brackets too)
_CHICAGO_REPRINT = re.compile(r"[(\[]((?:1[5-9]|20)\d\d)[)\]]\s+((?:1[5-9]|20)\d\d)[a-z]?\.\s")
_DATASET_VERSION = re.compile(r"\b(data\s?set|dataset|datensatz|jeu\s+de\s+données|conjunto\s+de\s+datos)\s*[,.]\s*"
                              r"(?:" + VERSION_ALTERNATIVES + r")\b", re.I)
_ACCESS_WORD = re.compile(r"acess|access|consult|abgerufen|zugriff|\bcit\b|citad|citat|geraadpleegd|dost[eę]p|"
                          r"erişim|обращени|参照|閲覧|retriev|visit|hämtad|besökt|ultimo|last", re.I)
_REPRINT_YEARS = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)\s*/\s*((?:1[5-9]|20)\d\d)(?!\d)")
_SERIES_WORD = re.compile(r"^(?:coll?\.|collection(?=\s*[«“\"]))\s*", re.I)  # "coll. « Repères »": not "Coleção X"
_TITLE_DESCRIPTION = re.compile(r"\[(" + DESCRIPTION_WORDS + r")\]?", re.I)  # (a literal "[" lets the search skip ahead)


_IEEE_STANDARD = re.compile(r"\b(?:ANSI/)?IEEE\s+Std\.?\s+\d[\w.]*(?:[-–:]\d{4})?")
_US_PATENT = re.compile(r"\bU\.?\s?S\.?\s+[Pp]at(?:ent)?\.?\s+(?:No\.?\s*)?((?:\d{1,3},)?\d{3},\d{3}(?:\s?[AB]\d)?)")
_PATENT_GRANTED = re.compile(r"\b(?:verleend(?:\s+op)?|erteilt(?:\s+am)?|délivré(?:\s+le)?|concedid[oa](?:\s+e[lm])?|concessão:|publicação:|"
                             r"udzielon[ya]|udělen[ýa]?|beviljad|issued|granted|"
                             # the publication's date, which is a patent's date of issue as the golds and CSL read it
                             r"veröffentlicht(?:\s+am)?|publié(?:\s+le)?|gepubliceerd(?:\s+op)?|opublikowan[oy]|"
                             r"zveřejněn[oa]?|publicad[oa](?:\s+e[lm])?|published(?:\s+on)?)\s+"
                             r"(\d{1,2}\.?\s+\w+\.?\s+\d{4}|\d{1,2}\s+de\s+\w+\s+de\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|"
                             r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|"
                             r"\d{4}-\d\d-\d\d)", re.I)
_PATENT_DATE_AFTER = re.compile(r"\s*,\s*((?:[A-Z][a-z]+\.?\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)\d{4})")  # IEEE
_PATENT_DIGITS = re.compile(r"\d(?:\d{4}|[ ,]\d{3}[ ,]\d{3})")  # (the digit both branches open with, tested once)


# the kind of patent document closing a title the number was cut from ("… Sportmedizin. Patentschrift")
_TITLE_PATENT_KIND = re.compile(r"\.\s+((?:European\s+|Europäische\s+|Deutsche\s+)?(?:Patent(?:schrift)?|Offenlegungsschrift|"
                                r"Gebrauchsmuster(?:schrift)?|Brevet|Brevetto|Octrooi|Patente))\s*$", re.I)


_DEPOSITOR = re.compile(r"(?:Depositante|Titular|Requerente)\s*:", re.I)


def _depositor_named(text: str, value: str) -> bool:
    """``value`` is the name after ABNT's "Depositante:" in ``text`` (read as a publisher after a place)."""
    return any(text[m.end():].lstrip().startswith(value) for m in _DEPOSITOR.finditer(text))


def _grant_date(csl: dict[str, Any], date: dict[str, Any]) -> None:
    """A patent's grant date is its date of issue, and no access or availability date besides."""
    csl["issued"] = date
    for field in ("available-date", "accessed"):
        other = csl.get(field)
        if other == date or (isinstance(other, dict) and other.get("date-parts") == [date["date-parts"][0][:1]]):
            del csl[field]  # (the same date, or its year read apart from the grant's day)


def _us_patent(text: str) -> re.Match[str] | None:
    """"U.S. Patent 11,104,367 B2", Nature's "US patent 11,432,876" (a substring test first: this runs on every
    reference)."""
    if "Pat" in text or "S patent" in text or "S. patent" in text:
        return _US_PATENT.search(text)
    return None


def _patent_number(text: str) -> re.Match[str] | None:
    """A patent's publication number in ``text`` ("US11045321B2", "EP 3 845 112 B1"). The digits are looked
    for first: the full pattern, an alternation at every position, costs several microseconds a reference."""
    d = _PATENT_DIGITS.search(text)
    return PATENT_NUMBER.search(text, max(0, d.start() - 12)) if d else None  # ("DE 10 2021 204 517")
_SERIES_IN_GENRE = re.compile(r"(\S.*?(?:report|reports|bericht|berichte|texte|schriften|schrift|paper|papers|rapport|handbook|"
                              r"rapporter|raport|raporty|zpráva|zprávy|heft|hefte|reihe|series|série|serie|studies|studien|"
                              r"skrifter|skriftserie|document|documents|cahier|cahiers|bulletin|reeks|informe|informes|"
                              r"quaderni|relatório|relatórios))\s+"
                              r"(\d[\w:/.-]*)$", re.I)
_SERIES_NUMBER_WORD = re.compile(r"[\s,]+(?:" + "|".join(map(re.escape, NUMBER_WORDS)) + r")\.?$", re.I)
_GENRE_YEAR = re.compile(r"\s+((?:19|20)\d\d)$")
_PROCEEDINGS_PLACE = re.compile(r"(.+\))\s*,\s*((?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:,\s*[A-Z][\w.'’-]*"
                                r"(?:\s+[A-Z][\w.'’-]*){0,2}){0,2})$")
_MEETING_PLACE = re.compile(r"(.{10,}?),\s*([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)$")
_TITLE_REPORT_NUMBER = re.compile(r"\.\s+(?:artikelnummer|art\.-nr\.?|bestellnummer|best\.-nr\.?|publication\s+no\.?|"
                                  r"report\s+no\.?|publicatienummer|numéro|n°|nº|n\.\s?º|nr\.?|no\.)\s*(\w[\w:/.-]*\d)\s*$",
                                  re.I)
_SWEDISH_INQUIRY = re.compile(r"(?:SOU|Ds)\s+\d{4}:\d+")
_HAL_DEPOSIT = re.compile(ids.HAL_ID)
# a year, a range of years or a month and year ending a title ("Sağlık İstatistikleri Yıllığı 2021", "…
# mondialisation (1990-2015)", "İşgücü İstatistikleri, Aralık 2023", "Örgün eğitim 2020/'21")
_TITLE_YEAR = re.compile(r"(?:[^\W\d_]{3,12}\.?\s+)?((?:1[5-9]|20)\d\d)(?:\s*[-–/]\s*'?((?:1[5-9]|20)?\d\d))?")
_YEARS = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# a report's series (or kind) and its number as a sentence or a comma's part of their own after the title:
# "Rapport 6967.", "Forschungsbericht 39.", "TCMB Çalışma Tebliği No. 20/07,", "Haber Bülteni Sayı: 53521.",
# "Bollettino n. 12 del 14 settembre 2023", "Pressemitteilung Nr. 003 vom 5. Januar 2023": the last word says what it is
_SERIES_AND_NUMBER = re.compile(
    r"(?:(?<=[.,]\s)|(?<=[.,]))((?:[^\W\d_][\w’'-]*\s+){0,5}?[^\W\d_]*(?:report|reports|rapport|rapportserie|rapor|"
    r"raport|bericht|berichte|bülteni|bulletin|bollettino|boletín|tebliği|paper|papers|series|serie|dossier|"
    r"mitteilung|cahier|informe|relatório))(?:\s+(?:no|nr|n\.\s?[°º]|n|núm|sayı|n[°º])\s*[.:]?)?\s+(\d[\d:/-]*\d|\d+)"
    r"(?=[.,;]\s|[.,;]?\s*$|\s+(?:vom|del|from|du|de|of)\s+\d)", re.I)
# what every match of _SERIES_AND_NUMBER holds, lower-cased (its kind word): the pattern opens with look-behinds and
# tries every position of the text (~20-40 us a reference); these substring tests ~1 us (see _may_hold)
_SERIES_KIND_PIECES = ("report", "rapport", "rapor", "raport", "bericht", "bülteni", "bulletin", "bollettino", "boletín",
                       "tebliği", "paper", "serie", "dossier", "mitteilung", "cahier", "informe", "relatório")
_SERIES_WORD_KIND = re.compile(r"(?:(?:technical|research|final|annual)\s+)?(?:report|rapport|rapor|raport|bericht|forschungsbericht|informe|relatório|"
                               r"pressemitteilung|bollettino|bulletin|dossier|cahier)", re.I)
# APA's report number in brackets after the title, with the series or the kind before it: "(Report No. 45)",
# "(Research Briefing No. CBP-8730)", "(Haber Bülteni No. 49390)", "(Tez No. 612345)", "(n° 4512)",
# "(Estudio n.º 3337)" (no comma or semicolon inside: "(Studi e testi; 45)" is a book's series after its imprint)
_NUMBER_IN_BRACKETS = re.compile(
    r"\(\s*(?:([^\W\d_][^()\d;,]{0,60}?)\s+)?(?:no|nr|n[°º]|n\.\s?[°º]|núm|num)\.?\s*"
    r"([^\W_][\w./:-]*\d[\w./-]*)\s*\)(?=\s*[.,\[]|\s*$)", re.I)
# a guideline's or report's code in brackets, capitals then digits, with no number word: "(NICE guideline NG136)",
# an NHG standard's "(M27)"
_CODE_IN_BRACKETS = re.compile(r"\(\s*(?:([^\W\d_][^()\d;,]{0,60}?)\s+)?([A-Z]{1,4}\d{1,5})\s*\)(?=\s*[.,\[]|\s*$)")
# the kind of report and its number alone in brackets: "(Rapport 7012)", "(Cahier 2022-07)"
_KIND_IN_BRACKETS = re.compile(r"\(\s*((?:technical\s+)?(?:report|rapport|rapor|raport|informe|relatório|rapporto|"
                               r"bericht|cahier))\s+(\d[\d:/.-]*\d|\d+)\s*\)(?=\s*[.,\[]|\s*$)", re.I)
# the kind of document before such a number, not a series
_DOCUMENT_KIND = re.compile(r"(?:technical\s+)?(?:report|rapport|rapor|raport|informe|relatório|rapporto|bericht|"
                            r"tez|estudio|study|document|documento|cahier)", re.I)
# an arXiv identifier inside a run the labeler called arXiv with the words around it: "arXiv preprint arXiv:…", the
# subject class "[astro-ph.SR]", a year after it
_ARXIV_INSIDE = re.compile(r"\barxiv\s*:\s*(?:\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)", re.I)
# a series of working or discussion papers: its number names one paper, which is the report, so it is the report's
# number ("(NBER Working Paper No. 27415)", "(Texto para Discussão, n. 2687)"), as most golds give it, not the
# number of a book in a series ("(Rapporti ISTISAN 22/14)", "(Texte 87/2022)" keep theirs as collection-number)
_WORKING_PAPERS = re.compile(
    r"(?:working|discussion|occasional|policy|research)[\s-]+papers?\b|\bpaper\s+series\b|textos?\s+para\s+discuss|"
    r"documents?\s+de\s+travail|documentos?\s+de\s+trabajo|document[io]\s+di\s+lavoro|temi\s+di\s+discussione|"
    r"arbeitspapier|diskussionspapier|werkdocument|çalışma\s+tebliğ|tartışma\s+metni", re.I)
# a publication's own number after the word that names it, wherever it stands and whatever the labeler read it as
# (a page, a date, a genre "Art", a series "Publicatienr"): Swedish agencies' "Artikelnummer: 2021-4-7339" and
# "Art.nr 2021-4-7321", German "Bestellnummer", Czech "Kód publikace 130055-23", Dutch "Publicatienr. 2021/18" and
# "PBL-publicatienummer 4299", a French thesis's "NNT : 2021PA01E034" (in HAL's "⟨NNT : …⟩" too), a guideline's
# number in its register ("AWMF-Registernummer 084-002", "Register number 020-020")
_DOCUMENT_NUMBER = re.compile(
    r"(?:(?<=[\s.,;(⟨\[])|^)(?:[^\W\d_]{2,6}-)?(?:artikelnummer|art\.?-?nr\.?|bestellnummer|best\.-nr\.?|"
    r"kód\s+publikace|číslo\s+publikace|publicatienr\.?|publicatienummer|rapportnummer|registernummer|"
    r"registriernummer|registrierungsnummer|register-?nr\.?|registry\s+number|registry\s+no\.?|"
    r"registration\s+number|registration\s+no\.?|nnt)\s*[:.]?\s*"
    r"([^\W_][\w/.:-]*\d)(?=[\s.,;)⟩\]]|$)", re.I)
# what every match of _DOCUMENT_NUMBER holds, lower-cased: the pattern opens with look-behinds and tries every position
# of the text (~20-60 us a reference); these substring tests ~1 us (see _may_hold)
_DOCUMENT_NUMBER_PIECES = ("nr", "nummer", "publikace", "nnt", "regist")
# a bulletin's or a press release's number and the day it came out: "Bollettino n. 12 del 14 settembre 2023",
# "Pressemitteilung Nr. 003 vom 5. Januar 2023", "Communiqué n° 45 du 3 mars 2021"
_NUMBER_OF_DAY = re.compile(
    r"(?<![\w.])(?P<kind>[^\W\d_][^\W\d_-]{2,30}(?:-[^\W\d_]+)?)\s+(?:n\.?\s?[°º]?|nr\.?|no\.?|núm\.?|n[°º])\s*"
    r"(?P<no>\d[\d/.-]*\d|\d)\s*,?\s+(?:del|vom|du)\s+"
    r"(?P<date>\d{1,2}\.?\s*(?:[^\W\d_]+\.?|\d{1,2}\.)\s*\d{4}|[^\W\d_]+\.?\s+\d{1,2},\s+\d{4})(?=[\s.,;)]|$)",
    re.IGNORECASE)
_NUMBER_OF_DAY_PIECES = (" del ", " vom ", " du ")  # (what every match holds, lower-cased: see _may_hold)
_GBT_STANDARD_NUMBER = re.compile(r"[:：]?\s*([A-Z]{1,4}(?:/[TZ])?\s*\d+(?:\.\d+)*\s*[—–-]\s*\d{4})\s*$")


def _version_element(text: str, ver: re.Match[str], segs: Sequence[Segment]) -> bool:
    """A version that is an element of the record of its own, between commas after the title that the labeler ran
    over it: "…, Zenodo, Version 1.3, 2023.", "… AWMF-Registernummer 084-002, Version 2.0, Stand: 30.04.2021." (the
    title's or container's run ends with it, and the record goes on after a comma); not the last words of a title
    ("Report on the Programming Language Haskell, version 1.2.")."""
    if text[max(0, ver.start() - 2):ver.start()] != ", " or not text.startswith(",", ver.end()):
        return False
    return any(x.start < ver.start() and x.label in ("title", "container-title")
               and not text[ver.end():max(ver.end(), x.end)].strip(" ,") for x in segs)


def _standard_number_whole(csl: dict[str, Any], own: str) -> None:
    """A standard's designation cut before its year, which the labeler read as a date: "… Method. ISO 23412:2021.
    Geneva: ISO, 2021." (number "ISO 23412"): the number is the whole designation."""
    number = csl["number"]
    at = own.find(number)
    if at < 0 or not (m := STANDARD_CODE.match(own, at)) or m.end() - at <= len(number) \
            or (end := m.start("cls") if m["cls"] else m.end()) - at <= len(number):
        return
    csl["number"] = own[at:end]


def _swedish_inquiry_after_title(csl: dict[str, Any], own: str) -> None:
    """Sweden's government inquiry after its title, "… (2021) Framtidens socialtjänst. SOU 2021:34. Stockholm: …",
    read as a journal ("SOU") and its volume ("34"), or as a volume alone: the series' name and number are the
    report's number. (Only when so misread: "SOU 2021:34" inside a title, about the inquiry, stays there.)"""
    if (m := _SWEDISH_INQUIRY.search(own)) is None:
        return
    series, _, tail = m.group(0).partition(" ")
    misread = [f for f in ("page", "volume", "issue") if csl.get(f) == tail.rpartition(":")[2]]
    container = csl.get("container-title")
    if not misread and not (isinstance(container, str) and container.rstrip(".") == series):
        return
    csl["number"] = m.group(0)
    if isinstance(container, str) and container.rstrip(".") == series:
        del csl["container-title"]
    for field in misread:
        del csl[field]


# APA's descriptions of unpublished and informal works ("[Manuscrito no publicado]", "[Unpublished manuscript]",
# "[Nota de prensa]", "[Press release]", "[Conference presentation]")
_UNPUBLISHED = re.compile(r"\b(?:unpublished|no\s+publicad[oa]|non\s+pubblicat[oa]|não\s+publicad[oa]|inédit|"
                          r"unveröffentlicht|niepublikowan|manuscri|manuskript|manoscritto|rukopis|press|prensa|presse|"
                          r"imprensa|stampa|persbericht|presentation|presentación|présentation|poster|video|vídeo|"
                          r"podcast|blog|tweet|post|slides|webinar|lecture|interview|entrevista|map|mapa)", re.I)
def translations_to_note(csl: dict[str, Any]) -> None:
    """APA's translation of a title in another language, out of the title into the note: "Sociale cohesie in
    krimpgebieden [Social cohesion in shrinking regions]", "地理学报 [Acta Geographica Sinica]" (CSL 1.0.2 has no field
    for it)."""
    for field in ("title", "container-title"):
        value = csl.get(field)
        if isinstance(value, str) and " [" in value and (m := _BRACKETED_TRANSLATION.search(value)) \
                and _translates(value[:m.start()], m.group(1), field):
            csl[field] = value[:m.start()].rstrip(" .:")
            csl["note"] = f"{csl['note']}; [{m.group(1)}]" if csl.get("note") else f"[{m.group(1)}]"


# a bracketed phrase closing a title (its closing bracket may be left outside the title's span)
_BRACKETED_TRANSLATION = re.compile(r"\s\[([^\[\]]{6,300}?)\]?$")


def _translates(head: str, inner: str, field: str) -> bool:
    """Is ``inner``, in brackets after ``head``, a translation of it (not a description, a kind of thesis or a
    manuscript's "[Manuscrito no publicado]")? Words of another language, or a sentence's worth of words."""
    words = inner.split()
    if len(words) < 2 or not inner[:1].isupper() or len(head) < 3 or _TITLE_DESCRIPTION.search(f"[{inner}]") \
            or is_thesis_genre(inner) or _UNPUBLISHED.search(inner) or (len(words) < 4 and any(map(str.isdigit, inner))):
        return False
    if not head.isascii() and inner.isascii():
        return True  # "地理学報 [Acta Geographica Sinica]", "Экономика [Economics]"
    if field != "title" or len(words) < 3:
        return False
    if len(words) >= 5 or title_language(head) != title_language(inner):
        return True
    # (both read as possibly English: an English translation has English words the title has none of)
    return not ENGLISH_WORDS.isdisjoint(w.lower() for w in words) and ENGLISH_WORDS.isdisjoint(
        w.lower() for w in head.split())


def _title_descriptors(csl: dict[str, Any]) -> None:
    """Move a version ("(Version 2.3.1)") and a bracketed description ("[Data set]") out of the title, and
    what follows them in the title run ("]. Comprehensive R Archive Network") into the publisher."""
    title = csl["title"]
    ver = _TITLE_VERSION.search(title)
    desc = _TITLE_DESCRIPTION.search(title, ver.end() if ver else 0)
    if ver is None and desc is None:
        return
    cut = min(m.start() for m in (ver, desc) if m is not None)
    if cut < 3:
        return
    end = max(m.end() for m in (ver, desc) if m is not None)
    rest = title[end:].strip(" .,")
    csl["title"] = title[:cut].rstrip(" .,:")
    if ver is not None:
        csl.setdefault("version", ver.group(1).rstrip("."))
    if desc is not None:
        csl.setdefault("genre", desc.group(1))
    if rest and "publisher" not in csl:
        csl["publisher"] = rest


def _clean_title(s: str) -> str:
    return clean_title(_strip(s))


# a year's or a century's abbreviation closing a title, after its number: Polish "w 2021 r.", Russian "в 2018 г.",
# "1970–1990-х гг.", "XVIII–XIX вв.", German "im 18. Jh.", Turkish "19. yy.", and initials "in the U.S."
_TITLE_ABBREVIATION_END = re.compile(r"(?:(?:\d|\b[IVXLC]+|-х)\s?(?:r|г|гг|в|вв|рр|Jh|Jhs|yy)|\b(?:[A-Z]\.)+[A-Z])$")


def _title_with_its_stop(text: str, segs: Sequence[Segment], raw: str, value: str) -> str:
    """The title with the full stop after its segment when that stop ends the abbreviation the title closes with
    ("… w Polsce w 2021 r.", "… Кавказа в 2018 г.", "… in the U.S."): the labeler leaves the stop outside."""
    if not value or not value[-1].isalpha() or not _TITLE_ABBREVIATION_END.search(value[-12:]):
        return value
    seg = next((x for x in segs if x.label == "title" and text[x.start:x.end] == raw), None)
    if seg is None or text[seg.end:seg.end + 1] != "." or not text[seg.start:seg.end].rstrip().endswith(value[-3:]):
        return value
    return value + "." if clean_title(value + ".") == value + "." else value


_ROLE_AFTER = re.compile(r"[\s,.]*[(\[]?\s*([^\W\d_]{1,12})\.?\s*[)\]]?")


def _followed_by_editor_role(text: str, end: int) -> bool:
    """Is a name list directly followed by an editor role word ("(Hrsg.)", "(eds.)", ", éd.", "(a cura di)")?"""
    m = _ROLE_AFTER.match(text, end, min(len(text), end + 24))
    if not m:
        return False
    word = m.group(1).lower()
    if word == "a":  # "a cura di" names editors; "Gao GF. A novel coronavirus" starts a title
        return bool(re.match(r"\s*cura\s+di\b", text[m.end():m.end() + 12]))
    # (the CSL terms lack some abbreviations reference lists use, German "Hg.": the names' role words have them)
    return ("editor" in term_classes(word) or role_of(word) == "editor") and len(word) <= 12 \
        and word not in ("in", "by", "and", "von", "de")


_DATE_JOIN = re.compile(r"[.;,]\s+(?=\d)")


def _date_pieces(text: str, seg: Segment, lang: str | None) -> list[tuple[Segment, Any]]:
    """A date segment and its parse; two dates run together ("2019 Jan 5. 2020") become two pieces."""
    res = parse_date_ex(_strip(text[seg.start:seg.end]), lang)
    if res.date or res.kind != "none":
        return [(seg, res)]
    comma = text.rfind(", ", seg.start, seg.end)
    if comma > seg.start:  # "n° 1935, janvier 2023" labelled whole: the date is the part after the number
        tail = parse_date_ex(_strip(text[comma + 2:seg.end]), lang)
        if tail.date:
            return [(Segment(seg.label, comma + 2, seg.end, seg.first, seg.last), tail)]
    out = []
    pos = seg.start
    for m in [*_DATE_JOIN.finditer(text, seg.start, seg.end), None]:
        end = m.start() if m else seg.end
        piece = Segment(seg.label, pos, end, seg.first, seg.last)
        pres = parse_date_ex(_strip(text[pos:end]), lang)
        if not pres.date:
            return [(seg, res)]
        out.append((piece, pres))
        pos = m.end() if m else end
    return out if len(out) > 1 else [(seg, res)]


_MEETING_TEXT = re.compile(r"(?i)proc\.|proceedings|conf[eé]r|congr|symp|workshop|convegno|konferenc|tagung|"
                           r"jornadas|encontro|semin|colloq|конференц|atti\b|actes\b|anais\b")


# a meeting's or an exhibition's words, where a second date that spans days is the event's
_EVENT_TEXT = re.compile(f"{_MEETING_TEXT.pattern}|konferen|kongre|sempozy|kurultay|ausstellung|exhibit|exposici|exposition|mostra|výstav|wystaw|"
                         r"выставк|tentoonstelling|utställning|sergi", re.IGNORECASE)
# the first day of a span the date's piece starts after ("1–4 settembre 2021" read from "4")
_DAY_BEFORE = re.compile(r"\b\d{1,2}\.?\s*[-–—]\s*$")


def _is_event_span(res: Any, text: str, seg: Segment) -> bool:
    """Is a second date of a meeting's or an exhibition's reference the days it was held ("7-9 febbraio 2022",
    "21-23 de octubre de 2015", "14.3.–22.9.2019"), not a second publication date? A publication is issued on one
    day; a span of days beside a meeting's words (:data:`_EVENT_TEXT`) is the event's."""
    parts = (res.date or {}).get("date-parts") or ()
    if not parts or any(len(p) < 3 for p in parts) or not _EVENT_TEXT.search(text):
        return False
    return len(parts) == 2 or bool(_DAY_BEFORE.search(text, max(0, seg.start - 8), seg.start))


def _is_event_span_first(csl: dict[str, Any], text: str) -> bool:
    """Is the issued date a span of days in a meeting's or an exhibition's reference, with a later date of the
    same year alone (the proceedings' year) that was put aside as a second date?"""
    issued, later = csl.get("issued"), csl.get("available-date")
    if not isinstance(issued, dict) or not isinstance(later, dict):
        return False
    parts, after = issued.get("date-parts") or (), later.get("date-parts") or ()
    return len(parts) == 2 and all(len(p) == 3 for p in parts) and len(after) == 1 and len(after[0]) == 1 \
        and after[0][0] in (parts[0][0], parts[1][0], parts[1][0] + 1) and bool(_EVENT_TEXT.search(text))


# a book's extent as ISBD and GOST write it, its front matter's pages in Roman numerals then its body's: "XII, 248
# Seiten", "VIII, 312 с.", "xiv, 320 p."
_FRONT_MATTER = re.compile(rf"([IVXLC]{{1,7}})\s*,\s*(\d{{1,4}})(?={_PAGE_COUNT_AFTER.pattern})", re.IGNORECASE)


_VOLUME_WORD_BEFORE = re.compile(r"(?:\b(?:vols?|t|tome|tomo|tom|bd|band|dl|deel|sv|svazek|cz|kn|т|том|кн)\.?|"
                                 r"\bvolume)\s*$", re.IGNORECASE)


def _front_matter_read_as_volume(csl: dict[str, Any], text: str, segs: Sequence[Segment]) -> None:
    """A book's extent "XII, 248 Seiten" read as a volume (the Roman front matter's count, "VIII" even cut to "III" by
    the volume word "V.") and a page: no volume, and the body's pages are its number of pages."""
    seg = next((s for s in segs if s.label == "volume"), None)
    m = _FRONT_MATTER.match(text, seg.start) if seg is not None else None
    if m is None or not m.group(1).upper().endswith(str(csl["volume"]).upper()) \
            or _VOLUME_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return  # ("vol. II, 345 p.": a volume and its own length)
    del csl["volume"]
    if csl.get("page") == m.group(2):
        csl["number-of-pages"] = csl.pop("page")
    else:
        csl.setdefault("number-of-pages", m.group(2))


# ABNT's issue months joined by a slash before the year: "jan./jun. 2022", "set./dez. 2021"
_ABNT_MONTH_SPAN = re.compile(r"(?<![\w.])[a-zç]{3,4}\./[a-zç]{3,4}\.?\s+((?:19|20)\d\d)\b")


def _issue_year_of_month_span(csl: dict[str, Any], year: int) -> None:
    """An ABNT journal issue's months ("p. 118-141, jan./jun. 2022"), read as a span of months, dated by its year:
    the dev golds give the year alone for this form (4 of 5: ml9-013, ml28-012, ml29-012, ml37-012; ml38-001 keeps
    the span), while NLM's "2021 Sep-Oct" keeps its span in the golds and is not this form."""
    issued = csl.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    if parts and len(parts) == 2 and all(len(p) == 2 and p[0] == year for p in parts):
        csl["issued"] = {"date-parts": [[year]]}


# the update of a page, in the brackets after its date ("[updated 2021 Oct 4; cited …]", "[uppdaterad 2022-11-14]")
_UPDATE_CUE = re.compile(r"\[\s*(?:last\s+)?(?:updated|uppdaterad|aktualisiert|mis\s+à\s+jour(?:\s+le)?|actualizado(?:\s+el)?|"
                         r"atualizado(?:\s+em)?|aggiornato(?:\s+il)?|bijgewerkt(?:\s+op)?|zaktualizowano|aktualizováno|"
                         r"güncellendi|обновлено|更新)\s*:?\s*$", re.I)


# ACM's "…, Article 87 (Aug. 2023), 14 pages": the month after the article's number is the issue's
_ACM_ARTICLE_BEFORE = re.compile(r"\bArticle\s+\w+\s*\(\s*$")


def _finer_issue_date(issued: Any, res: Any, part: str, lang: str | None, text: str, seg: Segment,
                      segs: Sequence[Segment]) -> dict[str, Any] | None:
    """The date of issue that a second date refines: "(2022). … Insee Première n° 1919, septembre 2022." is of
    September 2022, "(2023). … Hallands Nyheter, 14 september, s. 8." of 14 September 2023 (the year given once, up
    front). Not: a meeting's or an exhibition's dates ("11 March-27 November"), a date after the locators (J-STAGE's
    "p. 1123-1130, 公開日 2019/10/25" is when it went online) or after an access or online cue, another year."""
    if not isinstance(issued, dict) or len(issued.get("date-parts") or ()) != 1 or len(issued["date-parts"][0]) != 1 \
            or _MEETING_TEXT.search(text) or _RANGE_AFTER.match(text, seg.end) \
            or (any(s.label in ("page", "volume", "issue") and s.end <= seg.start for s in segs)
                and not _ACM_ARTICLE_BEFORE.search(text, max(0, seg.start - 20), seg.start)) \
            or _ACCESS_WORD.search(text, max(0, seg.start - 40), seg.start) \
            or _EPUB_WORD.search(text, max(0, seg.start - 30), seg.start) or "公開" in text[max(0, seg.start - 8):seg.start]:
        return None
    year = issued["date-parts"][0][0]
    date = res.date
    if not date and res.kind == "none" and not re.search(r"\d{4}", part):
        date = parse_date_ex(f"{_strip(part)} {year}", lang).date  # "14 september": the year is the one before
    parts = (date or {}).get("date-parts") or ()
    if len(parts) != 1 or len(parts[0]) < 2 or parts[0][0] != year:
        return None
    return date


def _diag(code: str, message: str, field: str | None = None, severity: Severity = Severity.WARNING,
          **data: Any) -> Diagnostic:
    return Diagnostic(code, message, severity, field=field, source=SOURCE, data=data or None)


# ---------------------------------------------------------------------- fixes at the segment level
# Access-date cues of the CSL locales' languages and of the common styles ("[cited 2021 Jan 12]",
# "consulté le", "Acesso em:", "zuletzt geprüft am", "dostęp:", "дата обращения:", "参照").
_ACCESS_CUE = re.compile(
    r"(?:\b(?:last\s+)?(?:accessed|cited|viewed|retrieved|consulted)(?:\s+on)?|\bconsult[ée]e?(?:\s+le)?|"
    r"\bcit[ée](?:\s+le)?|\bconsultad[oa](?:\s+(?:el|em))?|\bcitad[oa](?:\s+(?:el|em))?|\bacess(?:o|ado)\s+em|"
    r"\bcitato|\bconsultat[oa](?:\s+il)?|\b(?:ultima\s+|última\s+|dernière\s+|data\s+(?:di|della)\s+)?"
    r"consulta(?:zione|ção|ción|cion|tion)?(?:\s+(?:il|el|le|em))?\b|\b(?:ultimo\s+|data\s+di\s+)?accesso(?:\s+(?:il|al))?|\b(?:zuletzt\s+)?(?:geprüft|abgerufen|aufgerufen|zugegriffen)(?:\s+am)?|"
    r"\bzugriff(?:\s+am)?|\bgeraadpleegd(?:\s+op)?|\bbezocht(?:\s+op)?|\b(?:data\s+)?dostępu?|\bcit\.|"
    r"\bcitováno|\bhämta[dt](?:\s+den)?|\bbesökt|\berişim(?:\s+tarihi)?|\bдата\s+обращения|\bобращения|"
    r"参照|閲覧|引用日期|访问日期|アクセス日?)\s*[:：.]?\s*",
    re.I,
)
# substrings one of which every cue contains: most references have none, and this test is far cheaper
# (substring tests: a case-insensitive regex alternation of these took 20 times longer)
_ACCESS_STEMS = ("access", "acess", "cited", "cité", "citad", "citat", "cit.", "citov", "viewed", "retriev", "consult",
                 "geprüft", "gerufen", "zugriff", "zugegriffen", "geraadpleegd", "bezocht", "dostęp", "hämta", "besökt",
                 "erişim", "обращ", "参照", "閲覧", "日期", "アクセス")
_ACCESS_STEMS_ASCII = tuple(s for s in _ACCESS_STEMS if s.isascii())  # all an ASCII text can hold
_MAX_CUES = 6  # a reference has one or two access dates; garbage full of "cit" must stay linear
_DATE_CUT = re.compile(r"[\s,.;:/-]")
# GB/T 7714 online resources: "(2023-02-28)[2023-05-10]" is the update date, then the access date
_GBT_DATES = re.compile(r"\((\d{4}-\d{1,2}-\d{1,2})\)\s*\[(\d{4}-\d{1,2}-\d{1,2})\]")
# a bracketed full date right after a URL ("https://... [2022-03-14]") is when it was read
_DATE_AFTER_URL = re.compile(r"\s*[.,;]?\s*[\[(]\s*([^\[\]()]{6,24}?)\s*[\])]")
_ISO_DATE = re.compile(r"(1[6-9]\d\d|20\d\d)-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])")


def _full_date(text: str, lang: str | None) -> dict[str, Any] | None:
    """``text`` read as a date with at least a month (an access date is never a bare year), else None."""
    res = parse_date_ex(text, lang)
    if res.date and len((res.date.get("date-parts") or [[]])[0]) >= 2:
        return res.date
    return None


_LINK_IN_WINDOW = re.compile(r"https?:|www\.", re.I)


def _date_after(text: str, pos: int, lang: str | None) -> tuple[int, dict[str, Any]] | None:
    """The longest date starting at ``pos`` (within 32 characters, cut at word edges): its end and value."""
    window = text[pos:pos + 32]
    window = re.split(r"[)\]]", window, maxsplit=1)[0]
    if (link := _LINK_IN_WINDOW.search(window)) is not None:
        window = window[:link.start()]  # (not into a link: the "c" of "https://www.cpb.nl" would read as circa)
    cuts = sorted({m.start() for m in _DATE_CUT.finditer(window)} | {len(window)}, reverse=True)
    for cut in cuts[:10]:
        if cut < 4:
            break
        date = _full_date(window[:cut].strip(" ,.;:"), lang)
        if date:
            return pos + cut, date
    return None


def _dated_spans(text: str, segs: Sequence[Segment], lang: str | None) -> list[tuple[int, int, str, dict[str, Any]]]:
    """Stretches of the text that are an access (or GB/T update) date whatever the labeler made of them:
    ``(start, end, field, date)``. Numeric dates ("12.01.2023", "2023-09-15") after a cue are often
    labelled as pages or numbers, and a year inside them as the publication year."""
    out: list[tuple[int, int, str, dict[str, Any]]] = []
    if not segs:
        return out
    # this reference's stretch of the line (a glued line holds others), with what trails its last field
    lo, hi = segs[0].start, min(len(text), segs[-1].end + 40)
    low = text[lo:hi].lower()
    stems = _ACCESS_STEMS_ASCII if low.isascii() else _ACCESS_STEMS
    cues = _ACCESS_CUE.finditer(text, lo, hi) if any(map(low.__contains__, stems)) else ()  # (all in C)
    for tries, m in enumerate(cues):
        if tries >= _MAX_CUES:
            break
        found = _date_after(text, m.end(), lang)
        if found:
            out.append((m.start(), found[0], "accessed", found[1]))
    for m in _GBT_DATES.finditer(text, lo, hi) if ")[" in text else ():
        for g, field in ((1, "issued"), (2, "accessed")):
            date = _full_date(m.group(g), lang)
            if date and not any(a <= m.start(g) < b for a, b, _, _ in out):
                out.append((m.start(g), m.end(g), field, date))
    for seg in segs:
        if seg.label == "URL":
            end = seg.end
            while end < len(text) and not text[end].isspace() and text[end] not in _URL_STOPS:
                end += 1
            stop = next((k for k in range(seg.start, end) if text[k] in _URL_STOPS), end) if not text[
                seg.start:end].isascii() else end
            end = max(seg.start + 1, stop)
            m = _DATE_AFTER_URL.match(text, end)
            date = _full_date(m.group(1), lang) if m else None
            if m and date and len((date.get("date-parts") or [[]])[0]) == 3 \
                    and not any(a <= m.start(1) < b for a, b, _, _ in out):
                out.append((m.start(1), m.end(1), "accessed", date))
    return out[:_MAX_CUES]


def _covered(text: str, seg: Segment, spans: Sequence[tuple[int, int, str, Any]]) -> bool:
    """Is every letter and digit of ``seg`` inside one of the ``spans``?"""
    return all(any(a <= k < b for a, b, _, _ in spans) for k in range(seg.start, seg.end) if text[k].isalnum())


_ISSUE_BEFORE = re.compile(r"(?:^|[\s,(])(?:n\.|nr\.?|no\.?|num\.|núm\.|n\.?\s?[°º]\.?|№|č\.|sayı|heft|h\.)\s*$", re.I)
_YEAR_RANGE = re.compile(r"(1[5-9]\d\d|20\d\d)\s*[-–—]\s*(1[5-9]\d\d|20\d\d)")
_EDITOR_CUE_BEFORE = re.compile(
    r"(?:^|[\s,;(\[])(?:red|ed|eds|hrsg|hg|réd|dir|coord|org|orgs|под\s+ред|отв\.\s*ред|ред|a\s+cura\s+di)\.?"
    r"(?:\s+(?:v|von|by))?\.?\s*$", re.I)
# one name with its initials, either way round: "B. Kowalczyk", "А. Г. Гранберг", "Kowalczyk B."
_NAME_SHAPE = re.compile(r"^(?:(?:[^\W\d_]{1,2}\.\s*){1,3}[^\W\d_][\w'’-]+|[^\W\d_][\w'’-]+,?\s+(?:[^\W\d_]\.\s*){1,3})"
                         r"(?:$|\s*(?:,|;|&|and|und|et|i|и|a|e|y)\s)")
_PAGE_COUNT = re.compile(r"\d+\s*(?:с|стр|p|pp|s|S|f|fl|blz|sid|str|頁|页)\.?")
_RANGE_AFTER = re.compile(r"\s*[-–—\uff0d]\s*[0-9\uff10-\uff19]+")


def _retarget(text: str, segs: Sequence[Segment], lang: str | None
              ) -> tuple[list[Segment], list[tuple[int, int, str, dict[str, Any]]]]:
    """Correct labels that the text around a segment contradicts; also the dated spans to apply."""
    dated = _dated_spans(text, segs, lang)
    out: list[Segment] = []
    for seg in segs:
        if seg.label != "URL" and dated and _covered(text, seg, dated):
            continue  # a piece of an access date, whatever it was labelled
        out.append(seg)
    segs = out
    segs = _standard_code(text, segs)
    labels = {s.label for s in segs}
    first = next((i for i, s in enumerate(segs) if s.label == "title"), None)
    m = _GBT_CODE.search(text, segs[first].start, segs[-1].end) if first is not None else None
    if m and first is not None:
        # GB/T 7714: the title (with its subtitle) runs up to the document code "[M]"
        inside = [i for i in range(first, len(segs)) if segs[i].end <= m.start()]
        end = m.start()
        if (vol := next((i for i in inside if segs[i].label == "volume" and text[segs[i].start - 1] == "第"), None)) \
                is not None:
            inside = [i for i in inside if i < vol]  # "宋元书院制度史: 第2卷[M]": the volume closing the title is no part of it
            end = segs[inside[-1]].end if inside else end
        if inside and all(segs[i].label not in NAME_LABELS for i in inside):
            last = inside[-1]
            merged = Segment("title", segs[first].start, end, segs[first].first, segs[last].last)
            segs = [*segs[:first], merged, *segs[last + 1:]]
    out = []
    before: set[str] = set()
    series_at = -1
    for i, seg in enumerate(segs):
        piece = text[seg.start:seg.end]
        prev = out[-1] if out else None
        gap = text[prev.end:seg.start] if prev else ""
        label = seg.label
        before.add(prev.label if prev else "")
        if label in ("title", "container-title") and _PAGE_COUNT.fullmatch(piece.strip()):
            label = "page"  # "630 с": a book's length read as a second title
        elif label in ("container-title", "note") and {"title", "publisher", "issued"} <= before \
                and (not labels & {"issue", "page"} or _chapter_series(label, gap, before, labels)) \
                and (label == "container-title" or gap.rstrip().endswith("(")) \
                and not LANGUAGE_NOTE.match(piece) and not NOT_SERIES.search(piece) and not is_thesis_genre(piece):
            label = "collection-title"  # "… Praha: Grada, 2007. Studijní texty, sv. 35.": a series after the imprint
            series_at = seg.end
        elif label == "volume" and prev is not None and prev.label == "collection-title" and prev.end == series_at:
            label = "collection-number"
        elif label in ("page", "number", "issue", "volume") and _ISO_DATE.fullmatch(piece.strip()) \
                and "issued" not in labels:
            label = "issued"  # "2022-06-15(07)": a day, not a page
            labels.add("issued")
        elif label == "volume" and "issue" not in labels and _ISSUE_BEFORE.search(text, max(0, seg.start - 12),
                                                                                  seg.start):
            label = "issue"  # "n. 109", "nr 2" labelled as a volume
        elif label == "page" and "issue" not in labels and _ISSUE_BEFORE.search(text, max(0, seg.start - 12), seg.start) \
                and piece.strip().isdecimal() and any(x.label == "page" and x.start > seg.end for x in segs):
            label = "issue"  # "…, vol. LXXVIII, n.º 273, 2018, pp. 401-432": the issue, before the pages
        elif label == "page" and prev is not None and prev.label == "title" and gap.strip(" ,") == "" \
                and _YEAR_RANGE.fullmatch(piece.strip()) and "container-title" not in labels:
            out[-1] = Segment("title", prev.start, seg.end, prev.first, seg.last)  # "A History, 1914–1991"
            continue
        elif label == "genre" and prev is not None and prev.label == "title" and gap.isspace() \
                and not names_a_manuscript(piece):  # (not "… 縦断的検討 未公刊原稿": an unpublished manuscript)
            out[-1] = Segment("title", prev.start, seg.end, prev.first, seg.last)  # "Come si fa una tesi di laurea"
            continue
        elif label == "container-title" and i == 0 and len(segs) > 1 and segs[1].label == "issued" \
                and not labels & set(NAME_LABELS):
            label = "author"  # "Department for Education (2019) Title": the body is the author
        elif label == "container-title" and _EDITOR_CUE_BEFORE.search(gap) and _NAME_SHAPE.match(piece.strip()):
            label = "editor"  # "[w:] Socjologia rodziny, red. B. Kowalczyk": the names after "red." edit
            if prev is not None and prev.label == "editor" and not _NAME_SHAPE.match(
                    text[prev.start:prev.end].strip()):
                out[-1] = Segment("container-title", prev.start, prev.end, prev.first, prev.last)
        elif label == "page":
            m2 = _RANGE_AFTER.match(text, seg.end)
            nxt = segs[i + 1].start if i + 1 < len(segs) else len(text)
            if m2 and m2.end() <= nxt and "-" not in piece and "–" not in piece:
                seg = Segment("page", seg.start, m2.end(), seg.first, seg.last)  # "45－62": the end page too
        if label != seg.label:
            seg = Segment(label, seg.start, seg.end, seg.first, seg.last)
        out.append(seg)
    return out, dated


def _standard_code(text: str, segs: list[Segment]) -> list[Segment]:
    if not segs:
        return segs
    m = STANDARD_CODE.match(text, segs[0].start)  # opening a reference: the standard's number
    if not m or m.end() - m.start() < 6 or not any(c.isdigit() for c in m.group()):
        return segs
    # (ČSN's class number in brackets after the designation is passed over: no part of the number)
    out = [Segment("number", m.start(), m.start("cls") if m["cls"] else m.end(), segs[0].first, segs[0].first)]
    for seg in segs:
        if seg.end <= m.end():
            continue
        if seg.start < m.end():
            start = m.end()
            while start < seg.end and not text[start].isalnum():
                start += 1
            if start >= seg.end:
                continue  # nothing but the designation's punctuation left ("ČSN 46 7092-3.")
            seg = Segment(seg.label, start, seg.end, seg.first, seg.last)
        out.append(seg)
    return out


def _apply_dated(csl: dict[str, Any], dated: Sequence[tuple[int, int, str, dict[str, Any]]]) -> None:
    for _, _, field, date in dated:
        have = csl.get(field)
        if not have or "literal" in have or (
                field == "issued" and len(have.get("date-parts", [[]])[0]) < len(date["date-parts"][0])
                and have.get("date-parts", [[None]])[0][0] == date["date-parts"][0][0]):
            csl[field] = date


# ---------------------------------------------------------------------- fixes on the record
# APA 7 theses: "Title [Doctoral dissertation, University of X]. Repository."
# A thesis's genre in parentheses: after the title ("(Yayımlanmamış yüksek lisans tezi)", APA 6), or ABNT's
# "Dissertação (Mestrado em Enfermagem) – Escola de Enfermagem, Universidade de São Paulo, São Paulo, 2020"
_THESIS_PAREN = re.compile(r"\(([^()]{3,80})\)")
_ISSUE_RANGE = re.compile(r"^(\d+)\s*[–—‐‑]\s*(\d+)$")
_SUPERVISOR_WORDS = (r"vedoucí\s+(?:diplomové\s+|bakalářské\s+)?práce", "školitel", "supervisor", "betreuer(?:in)?",
                     "promotor", "orientador(?:a)?", r"directeur\s+de\s+thèse", r"director\s+de\s+tesis", "relatore",
                     "handledare", r"tez\s+danışmanı", r"научный\s+руководитель")
# what every match of _SUPERVISOR holds, lower-cased (see _may_hold)
_SUPERVISOR_PIECES = ("vedouc", "školitel", "supervisor", "betreuer", "promotor", "orientador", "directeur", "director",
                      "relatore", "handledare", "tez", "научный")
# (a lookahead for the words' first letters before the alternation: half the scan; the same matches)
_SUPERVISOR = re.compile("(?=[" + "".join(sorted({w[0] for w in _SUPERVISOR_WORDS})) + "])(?:"
                         + "|".join(_SUPERVISOR_WORDS) + r")\b", re.I)
_PLAIN_VERSION = re.compile(r"\b(?:" + VERSION_ALTERNATIVES + r"|ver\.)\s*(v?\d+(?:\.\d+)*"  # ("Version v21.3")
                            r"[\w.-]*)", re.I)
_VERSION_ENDS = re.compile(r"\s*(?:[.,;)\]]|$)")
# (the literal "v" first, the look-behind after it: sre scans for a literal prefix in C, where a look-ahead made it
# try the pattern at every position; the same matches)
_BARE_VERSION = re.compile(r"v(?<![\w.]v)(\d+\.\d+(?:\.\d+)*)(?!\w|\.\w)")  # (a sentence's stop may end it)
_GBT_VERSION = re.compile(r"(?<=\[(?:DS|CP)/OL\]\.\s)(V\d+(?:\.\d+)*)(?=\.\s)")
_ABNT_DEGREE = re.compile(r"\s*(?:mestrado|doutorado|especializa|gradua|bacharel|licenciatura)", re.I)
_HEAD_WORD = re.compile(r"([^\W\d_]{4,20}(?:\s+de\s+[^\W\d_]+)*)\s*$")
_UNIVERSITY = re.compile(r"univ|üniversite|hochschule|école|politecn|polytechn|academ|akadem|институт|университет|"
                         r"institut|college|escola|instituto", re.I)


def _thesis_in_parentheses(csl: dict[str, Any], text: str) -> str | None:
    """Set the genre (and the school as publisher) from a thesis genre in parentheses; the title
    without it, when it was read into the title."""
    for m in _THESIS_PAREN.finditer(text):
        inner = m.group(1)
        h = _HEAD_WORD.search(text, max(0, m.start() - 40), m.start()) if _ABNT_DEGREE.match(inner) else None
        if h and is_thesis_genre(h.group(1)):
            genre, start = f"{h.group(1)} ({inner})", h.start()  # ABNT: "Dissertação (Mestrado em …)"
        elif is_thesis_genre(inner) and "," not in inner:
            genre, start = inner, m.start()
        else:
            continue
        csl["genre"] = genre.strip()
        note = csl.get("note")
        if isinstance(note, str) and note.rstrip(" )") and note.rstrip(" )") in text[max(0, start - 12):m.end()]:
            del csl["note"]  # "148 f. Dissertação (Mestrado em …" read as a note
            if length := _PAGE_COUNT_FIRST.match(note):
                csl.setdefault("number-of-pages", length.group(1))
        container = csl.get("container-title")
        length = _PAGE_COUNT_FIRST.match(container) if isinstance(container, str) else None
        if isinstance(container, str) and container[length.end() if length else 0:].startswith(genre[:12]):
            del csl["container-title"]  # "(210 f.) Dissertação (Mestrado em Enfermagem) – Escola de Enfermagem"
            if length:
                csl.setdefault("number-of-pages", length.group(1))
        publisher = csl.get("publisher")
        if isinstance(publisher, str) and "," in publisher:
            pieces = [p.strip() for p in publisher.split(",") if p.strip()]
            school = next((p for p in pieces if UNIVERSITY.search(p)), None)
            if school:
                csl["publisher"] = school
                if pieces[-1] != school and "publisher-place" not in csl and not _UNIVERSITY.search(pieces[-1]):
                    csl["publisher-place"] = pieces[-1]  # "Fırat Üniversitesi, Fen Bilimleri Enstitüsü, Elazığ"
        title = csl.get("title")
        if isinstance(title, str) and title.endswith(")") and inner in title:
            csl["title"] = title = title[:title.rfind("(" + inner)].rstrip(" .,:")
            return title
        return None
    return None


_THESIS_BRACKET = re.compile(r"\[([^\[\],]{3,60}),\s*([^\[\]]{3,90})\]")
# GOST: "Title : дис. ... канд. экон. наук" (a thesis), "Title / I. O. Author" (the statement of responsibility),
# "Chapter // Book : сб. науч. тр." (the container after a double slash)
# (degrees named without "наук": "канд. искусствоведения", "д-ра архитектуры")
_GOST_THESIS = re.compile(r"\s*:\s*((?:автореф\.\s*)?дис\.\s*(?:\.\.\.|…)?\s*"
                          r"(?:(?:канд|докт|д-ра)\.?\s(?:[^\d/:]{0,40}?наук|[^\W\d_]{4,}))?)")
_RESPONSIBILITY = re.compile(r"\s+/\s+(?:[^\W\d_]\.(?:\s*[^\W\d_]\.)*(?:\s*[^\W\d_][\w'’-]+.*)?|[^\W\d_])$")
_SPECIALTY_CODE = re.compile(r"\d\d\.\d\d(?:\.\d\d)?")
_GOST_BOOK_DESCRIPTOR = re.compile(
    r"(?:\s+:\s+(?:коллективная\s+)?монография)?"
    r"(?:\s+:\s+в\s+(\d{1,2})\s+т(?:\.|омах)?)?\s*\.?(?=\s*(?:/|$))", re.I)
# (a descriptor that names the conference stays: ": материалы Международной научно-практической конференции" tells
# which proceedings these are)
_GOST_DESCRIPTOR = re.compile(r"\s+:\s+(?:сб\.|сборник|материалы|тезисы|труды|коллективная\s+монография)"
                              r"(?![^:]*(?:конференц|симпозиум|конгресс|съезд|форум))[^:]*$", re.I)
# words joined by one space each: an optional space between repeated words would backtrack polynomially
_PLACE_PUBLISHER = re.compile(r"([A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2}):\s*([\w&'’.-]+(?: [\w&'’.-]+){0,3})")
_PART_WORD = re.compile(r"\b(?:part|section|series|s[ée]rie|parte|teil|sect|ser)\b", re.I)
_PARTICLE_WORDS = {"de", "do", "da", "del", "di", "am", "an", "der", "la", "le", "en", "upon", "on"}
_CONFERENCE_WORD = re.compile(r"proc|conf|symp|journal|revue|revista|rivista|zeitschrift|czasopismo|časopis|"
                              r"tijdschrift|tidskrift|dergi|журнал|学报|学報", re.I)
_SERIES_NUMBER = re.compile(r",\s*(?:v|vol|sv|t|bd|nr|no|n°|č|т|вып)?\.?\s*(\d+)$", re.I)
_EDITION_IN_BRACKETS = re.compile(
    r"\((\d{1,3})(?:\.|st|nd|rd|th|e|ª|º|-?е)?\s*(?:baskı|bs|ed|edn|éd|aufl|uppl|wyd|vyd|изд|druk|edición|edizione|"
    r"edição|oplage|udg|utg)\.?\)", re.I)
_LICENCE = re.compile(r"(?:licen[cs]e|lizenz|licencia|licença|licenza|licentie)\b", re.I)
_ROLE_REMNANT = re.compile(r"^(?:a\s+cura\s+di|red|eds?|hrsg|hg|coord|orgs?|dir|réd)\.?\s*[)\]]\s*[,.:]?\s*", re.I)
_JA_BOOK = re.compile(r"『([^』]{2,})』\s*([^,，、.．(（\d]{2,30})?")


_SERIES_NUMBER_WORD_END = re.compile(r",\s*(?:Heft|H\.|Nr\.|Bd\.|Band|No\.|Vol\.|vol\.|n\.|nº|n°|t\.|sv\.|č\.)\s*"
                                     r"([A-Z]{1,2})?\s*$")
_SENTENCE_BREAK = re.compile(r"\.\s+(?=[A-ZÀ-ÝĀ-ſА-Я])")


def _meeting_run_into_title(csl: dict[str, Any]) -> None:
    """"Orman yangınlarının … Manavgat örneği. VIII. Uzaktan Algılama-CBS Sempozyumu (UZAL-CBS 2021": a paper's title
    run on into the meeting it was given at. From the first sentence break after which the words name a meeting (and
    before which they do not), they are the container."""
    title = csl["title"]
    for m in _SENTENCE_BREAK.finditer(title):
        head, rest = title[:m.start()], title[m.end():]
        if len(head) < 12 or names_a_meeting(head):
            return
        if names_a_meeting(rest):
            if rest.count("(") == rest.count(")") + 1:
                rest += ")"  # ("(UZAL-CBS 2021)": its closing bracket, left out)
            csl["title"], csl["container-title"] = head, rest
            return


def _japanese_book(csl: dict[str, Any], text: str) -> None:
    """A Japanese book: the title is everything inside 『…』 when no 「…」 article title comes before it,
    and the publisher follows the closing bracket (「・」 inside the title cut it for the labeler)."""
    m = _JA_BOOK.search(text)
    title = csl.get("title")
    if not m or "「" in text[:m.start()] or not isinstance(title, str) or title not in m.group(1):
        return
    csl["title"] = m.group(1).strip()
    _cjk_edition_closing_title(csl)
    container = csl.get("container-title")
    if isinstance(container, str) and m.start() <= text.find(container) < m.end():
        del csl["container-title"]
        if m.group(2) and not csl.get("publisher"):
            csl["publisher"] = m.group(2).strip()


# what is left of "(pp." or "içinde" (Turkish "in") at the end of a container
_CONTAINER_TAIL_ENDS = ("(s", "(S", "(p", "(pp", "(ss", "(str", "(с", "(стр", "(pág", "(págs", "içinde", "(s.",
                        "(pp.", "(p.")
_CONTAINER_TAIL = re.compile(r"(?:\s*[(\[]\s*(?:pp?|ss?|S|str|с|стр|págs?)\.?|\s+içinde)\s*$")


_TRAILING_PLACE = re.compile(r",\s*([^,\d]{3,30})$")
_VOLUME_AFTER = re.compile(r"\s*,\s*(?:v|vol|ano|n)\.\s*\d")


def _tidy(csl: dict[str, Any], text: str, numbered: bool = False) -> None:
    """Record-level corrections whose evidence is the whole reference text."""
    series = csl.get("collection-title")
    if isinstance(series, str):
        m = _SERIES_NUMBER.search(series)
        if m and m.start() > 0:  # "Para um novo senso comum, v. 4", "Beck'sche Reihe, 2783"
            csl["collection-title"] = series[:m.start()].strip()
            csl.setdefault("collection-number", m.group(1))
        elif "number" in csl and (m := _SERIES_NUMBER_WORD.search(series)) and m.start() > 0:
            csl["collection-title"] = series[:m.start()]  # "(NBER Working Paper No. 27415)": the number's word
    if "edition" not in csl and "(" in text:
        m = _EDITION_IN_BRACKETS.search(text)
        if m:  # APA in its languages: "Türk modernleşmesi (28. baskı)", "(2. Aufl.)", "(3e éd.)"
            csl["edition"] = m.group(1)
    number = csl.get("number")
    if isinstance(number, str) and _LICENCE.match(number):
        del csl["number"]  # "Licence: CC BY-NC-SA 3.0 IGO" is no report number
    title = csl.get("title")
    if isinstance(title, str) and title[:1].islower() and (csl.get("editor") or csl.get("author")):
        bare = _ROLE_REMNANT.sub("", title)
        if bare != title and bare:
            csl["title"] = title = bare  # "(a cura di), Stranieri in Italia": the role was read into the title
    _japanese_book(csl, text)
    title = csl.get("title")
    container = csl.get("container-title")
    # (``numbered``: the volume, issue and pages are labelled but not yet in ``csl``)
    if isinstance(title, str) and isinstance(container, str) and not numbered and not any(
            csl.get(k) for k in ("volume", "issue", "page", "URL", "DOI")) and not _has_in_cue(text):
        i = text.find(title)
        j = text.find(container, i + len(title)) if i >= 0 else -1
        between = text[i + len(title):j].strip() if j > i else "?"
        if csl.get("editor") and not csl.get("author") and between in (".", ":", ";"):
            # an edited book cited whole: "Colombo A., Sciortino G. (a cura di), Stranieri in Italia. Trent'anni
            # dopo, il Mulino": the title's second sentence read as a container
            csl["title"] = title = text[i:j + len(container)]
            del csl["container-title"]
        elif not csl.get("publisher") and not csl.get("editor") and csl.get("publisher-place") and len(
                container.split()) <= 3 and "." not in container and not _CONFERENCE_WORD.search(container) \
                and between in (
                ",", ".", "") and re.match(r"\s*[,.]?\s*" + re.escape(str(csl["publisher-place"])),
                                         text[j + len(container):]):
            # "Una guerra civile, Bollati Boringhieri, Torino 1991": a publisher before its place read as a container
            csl["publisher"] = csl.pop("container-title")
    m = _THESIS_BRACKET.search(text) if "[" in text else None
    if m and is_thesis_genre(m.group(1)):
        csl["genre"] = m.group(1).strip()
        school = m.group(2).strip()
        after = text[m.end():].strip(" .")
        for field in ("publisher", "container-title"):
            value = csl.get(field)
            if value and value != school and value in after:
                csl.setdefault("archive", csl.pop(field))  # "… ]. ProQuest Dissertations": where it is kept
        place = csl.get("publisher-place")
        if isinstance(place, str) and place in after and place not in text[:m.start()]:
            del csl["publisher-place"]  # a word of the repository's name ("Repositório da Universidade de Lisboa")
        csl["publisher"] = school
        if title and "[" in title:
            csl["title"] = title = clean_title(title[:title.index("[")])
    if "genre" not in csl and "(" in text:
        title = _thesis_in_parentheses(csl, text) or title
    if isinstance(title, str):
        g = _GOST_THESIS.search(text) if "дис" in text else None
        if g:
            cut = title.find(" : " + g.group(1)[:3])
            cut = cut if cut >= 0 else title.find(": " + g.group(1)[:3])
            if cut > 0:
                title = title[:cut].rstrip(" :")
            csl["genre"] = g.group(1).strip()
            publisher = csl.get("publisher")
            if isinstance(publisher, str) and "publisher-place" not in csl and not _UNIVERSITY.search(publisher):
                csl["publisher-place"] = csl.pop("publisher")  # "— Саратов, 2018.": a thesis names its city
            if isinstance(csl.get("number"), str) and _SPECIALTY_CODE.fullmatch(csl["number"]):
                del csl["number"]  # "12.00.02": the degree's specialty, not a number of the work
        if " // " in title:
            title, _, rest = title.partition(" // ")
            csl.setdefault("container-title", _GOST_DESCRIPTOR.sub("", rest).strip(" .:"))
        if " : " in title and (d := _GOST_BOOK_DESCRIPTOR.search(title)) and d.group(0).strip(" ."):
            # "Акустика концертных залов : монография", "Война и мир : в 4 т.": what the book is and how many
            # volumes it has, not words of its title (": учебник для вузов" stays: it tells which book)
            if d.group(1):
                csl.setdefault("number-of-volumes", d.group(1))
            title = title[:d.start()]
        if " / " in title:
            title = _RESPONSIBILITY.sub("", title)
            genre = csl.get("genre")
            if isinstance(genre, str) and any(genre == p.get("family") for p in csl.get("author", ()) if isinstance(p, dict)):
                del csl["genre"]  # "/ К. Хольмберг ;": the statement of responsibility's name, not a genre
        if " = " in title and (" / " in text or " — " in text or " – " in text):
            # ISO 690 and GOST: "Античный театр и его публика = The Ancient Theatre and Its Audience": the
            # parallel title in another language follows an equals sign
            title, _, parallel = title.partition(" = ")
            csl.setdefault("original-title", parallel.strip(" ./"))
        csl["title"] = title
    container = csl.get("container-title")
    if isinstance(container, str) and not csl.get("publisher") and not csl.get("publisher-place") and not numbered \
            and not any(csl.get(k) for k in ("volume", "issue", "page")):
        m = _PLACE_PUBLISHER.fullmatch(container)
        if m:  # "Den Haag: CBS" read as a container: a place and a publisher
            csl["publisher-place"], csl["publisher"] = m.group(1), m.group(2)
            del csl["container-title"]
            container = None
    if isinstance(container, str) and not csl.get("publisher-place"):
        m = _TRAILING_PLACE.search(container)
        if m and _VOLUME_AFTER.match(text[text.find(container) + len(container):] if
                          container in text else "") and not _PART_WORD.search(m.group(1)) \
                and all(w[:1].isupper() or w in _PARTICLE_WORDS for w in m.group(1).split()):
            # ABNT: "Revista de Saúde Pública, São Paulo, v. 52": the journal's place before the volume
            csl["publisher-place"] = m.group(1).strip()
            csl["container-title"] = container = container[:m.start()].strip()
    if isinstance(container, str):
        for _ in range(3):
            before_tidy = container
            if container.endswith(_CONTAINER_TAIL_ENDS):
                container = _CONTAINER_TAIL.sub("", container)
            if " : " in container:
                container = _GOST_DESCRIPTOR.sub("", container)
            container = container.strip()
            if container == before_tidy:
                break
        families = {str(a.get("family", "")) for a in csl.get("author") or () if isinstance(a, dict)}
        if container in families:
            del csl["container-title"]  # "/ Н. В. Иванова" repeated the author: no container
        elif container:
            csl["container-title"] = container
    editors, authors = csl.get("editor"), csl.get("author")
    if editors and authors and " / " in text and [e.get("family") for e in editors if isinstance(e, dict)] == [
            a.get("family") for a in authors if isinstance(a, dict)]:
        del csl["editor"]  # GOST's statement of responsibility ("Title / А. Л. Андреев") repeats the authors


_BOTH_ROLES = re.compile(r"(?i)\b(?:edited and translated|translated and edited|établi et traduit|traduit et (?:établi|"
                         r"édité|annoté)|edición(?: crítica)?, traducción|traducción y edición|edizione e traduzione|"
                         r"hg\. u\. übers|herausgegeben und übersetzt|übersetzt und herausgegeben) ")
# APA's two roles of one person in brackets after the title: "(D. Frisby, Ed. & Trans.)", "(J. Pérez, Trad. y ed.)"
_BOTH_ROLES_ABBREVIATED = re.compile(r"(?i),\s*(?:(?:eds?|hrsg|red|éd|coord)\.\s*(?:&|and|y|e|et|und|i|och|ve|и)\s*"
                                     r"(?:trans|trad|übers|vert|çev|tłum|přel|пер)|(?:trans|trad|übers|vert|çev|tłum|"
                                     r"přel|пер)\.\s*(?:&|and|y|e|et|und|i|och|ve|и)\s*(?:eds?|hrsg|red|éd|coord))\.\)")
_GOST_REPORT_KIND = re.compile(r"\s+:\s+((?:государственный|национальный|ежегодный|аналитический|научный)\s+доклад|"
                               r"доклад|отч[её]т)\s*\.?$", re.I)
# GOST's other title information naming the kind of work, closing the title: a guideline's, a statistical
# collection's, a research report's or a preprint's is its genre ("… : клинические рекомендации", "… : препринт
# WP3/2021/02", "… : отчёт о НИР (заключит.)"); a textbook's, "… : учебник", "… : учебное пособие", is no word of
# the title either (": учебник для вузов", "учеб. пособие" stay: the golds keep them)
_GOST_WORK_KIND = re.compile(r"\s+:\s+(?:(учебник|учебное\s+пособие)|(клинические\s+рекомендации|методические\s+"
                             r"рекомендации|статистический\s+сборник|отч[её]т\s+о\s+НИР(?:\s*\([^()]{2,30}\))?|"
                             r"препринт)(?:\s+([A-Za-zА-Яа-я]*\d[\w/.-]*))?)\s*\.?$", re.I)


# GOST's newspaper: "// Российская газета. — 2023. — 14 марта (№ 55). — С. 4.": the day and month after the year
_GOST_DAY_AFTER_YEAR = re.compile(r"—\s*((?:19|20)\d\d)\.\s*—\s*(\d{1,2})\s+([^\W\d_]{3,10}\.?)(?=[\s(.,])")


def _gost_newspaper_day(csl: dict[str, Any], m: re.Match[str], lang: str | None) -> None:
    """The day of a newspaper's issue after its year, which the labeler read as a volume."""
    year, day, month = m.groups()
    res = parse_date_ex(f"{day} {month} {year}", lang)
    parts = res.date.get("date-parts") if res.date else None
    if not parts or len(parts[0]) != 3 or csl.get("issued") != {"date-parts": [[int(year)]]}:
        return
    csl["issued"] = res.date
    for field in ("volume", "issue"):
        if csl.get(field) == day:
            del csl[field]
            break


def _gost_kind_of_work(csl: dict[str, Any], own: str) -> None:
    """The kind of work GOST names after the title's colon: the genre (or nothing, for a textbook), the number a
    preprint gives, and the title without them."""
    title = csl.get("title")
    if not isinstance(title, str) or " : " not in title or (m := _GOST_WORK_KIND.search(title)) is None:
        return
    csl["title"] = title[:m.start()]
    if m.group(2):
        csl.setdefault("genre", m.group(2))
    if m.group(3):
        csl.setdefault("number", m.group(3))
    number = csl.get("number")
    if m.group(2) and isinstance(number, str) and (whole := re.search(re.escape(number) + r"(?:/\d+)+", own)):
        csl["number"] = whole.group()  # the whole of it: "WP3/2021/02", which the labeler cut before "/02"


_DESIGNATION_YEAR = re.compile(r"[:–—-]\s*((?:19|20)\d\d)(?:-(\d\d))?$")
_VOLUME_COUNT = re.compile(r"(\d{1,2})\s*(?:vols?|volumes|Bde|Bände|tomes|tomos|voll|vol\.|dílů|т)\.?", re.I)
# compiled once (module-level ``re`` calls look each pattern up in re's cache on every call)
_SHORT_WORD_DOT = re.compile(r"\b\w{1,4}\.$")
_YEAR_ONLY = re.compile(r"(?:1[6-9]|20)\d\d")
_DIGITS = re.compile(r"\d+")
_URL_SCHEME = re.compile(r"(?i)\b(?:https?|ftp)://|\bwww\.")
_WHITESPACE = re.compile(r"\s+")


# full-width punctuation ends a URL as a space does: "https://….html（2024年5月10日閲覧）。"
_URL_STOPS = frozenset("（）「」『』、。，；：【】〔〕＜＞《》")


def _series_in_brackets(text: str, segs: list[Segment], lo: int, hi: int
                        ) -> tuple[str, str, list[Segment]] | None:
    """A series and its number in brackets after a book's imprint ("München: Oldenbourg 2008 (Enzyklopädie
    deutscher Geschichte; 27)"), and the segments without it: the labeler reads the series as a second
    publisher or runs it into the first, and its number as a year, an issue or an entry number."""
    m = _SERIES_IN_BRACKETS.search(text, lo, hi) or _SERIES_SPACED.search(text, lo, hi)
    if m is not None:
        a, b = m.span()
        number = m.group(2)
        last = m.group(1).split()[-1]
        if ":" in m.group(1) or (len(number) == 4 and number.isdecimal() and 1400 <= int(number) < 2100) or (
                len(last) <= 3 and last.isupper()) or (  # "(Arbetsrapport WP 241)": a report's number "WP 241"
                month_number(m.group(1).strip()) is not None):
            return None  # Chicago's "(Toronto: University of Toronto Press, 2005)", "(March, 1968)": an imprint, a date
    else:
        m = _SERIES_CLOSING.search(text, lo, min(len(text), hi + 2))
        if m and m.start() > lo and not (text[m.start() - 1].isspace() or text[m.start() - 1] in ".,;—–-"):
            m = None  # the bracket opens after a space or a punctuation mark, as a series' does
        name = m.group(1).strip() if m else ""
        if not m or len(name.split()) < 2 or ":" in name or NOT_SERIES.search(name) or LANGUAGE_NOTE.fullmatch(name) \
                or is_thesis_genre(name) or not (name[:1].isupper() or "\u0400" <= name[:1] <= "\u04ff") \
                or month_number(name.split()[0]) is not None or "t=editor" in term_classes(name.split()[0].lower()):
            return None
        a, b = m.start(1) - 1, m.end(1) + 1
        number = ""
        inside = {x.label for x in segs if a <= x.start < b}
        around = next((x for x in segs if x.start < a < x.end), None)
        if inside & {"publisher", "publisher-place", "container-title", "title", "author", "editor"} or not {
                x.label for x in segs if x.start < a} & {"publisher", "publisher-place"} or (
                around is not None and around.label not in ("note", "title")):
            return None  # "Tübingen: J. C. B. Mohr (Paul Siebeck)", "(Carocci Editore)": the publisher in brackets
    before = {x.label for x in segs if x.start < a}
    # after the imprint, or between the title and the imprint ("… in Westfalen (Denkmalpflege und Forschung in
    # Westfalen 41), Mainz/Darmstadt: Philipp von Zabern 2008")
    imprint = before & {"publisher", "issued"} or (number and {x.label for x in segs if x.start >= b} & {
        "publisher", "publisher-place"} and text[b:b + 2].strip()[:1] in (",", "."))
    if "title" not in before or not imprint or "issue" in before or (
            "volume" in before and "container-title" in before):
        return None  # (a journal's volume and issue: not a book's series)
    kept = []
    for x in segs:
        if x.end <= a or x.start >= b:
            kept.append(x)
        elif x.start < a:  # "Suhrkamp (Suhrkamp-Taschenbuch Wissenschaft": the publisher ends at the bracket
            x = x._replace(end=len(text[:a].rstrip()))
            if x.label in ("note", "title") and kept and kept[-1].label == "publisher-place" \
                    and text[kept[-1].end:x.start].strip() in (":", ","):
                x = x._replace(label="publisher")  # "Bielefeld: transcript (Urban Studies)"
            kept.append(x)
    name = _SERIES_WORD.sub("", m.group(1).strip()).strip()
    if name[:1] in "«“\"" and name[-1:] in "»”\"":
        name = name[1:-1].strip()  # "« Repères »" wrapped whole; "Biblioteca di «Archivio storico italiano»" is not
    return name, number, kept


def _number_in_brackets(text: str, segs: list[Segment], lo: int, hi: int
                        ) -> tuple[re.Match[str], list[Segment]] | None:
    """APA's "(Report No. 45)" after a report's title, and the segments without it: the labeler reads it as a note,
    a publisher and an issue, or runs the title into it. Only before the imprint and any container ("Journal of X
    (No. 3)" is an issue), or closing the reference (a thesis's "… Tez Merkezi (Tez No. 612345).")."""
    end = min(len(text), hi + 2)
    m = _NUMBER_IN_BRACKETS.search(text, lo, end) or _CODE_IN_BRACKETS.search(text, lo, end) \
        or _KIND_IN_BRACKETS.search(text, lo, end)
    if m is None:
        return None
    before = {x.label for x in segs if x.start < m.start()}
    after = {x.label for x in segs if x.start >= m.end()}
    if not before & {"title", "author"} or before & {"container-title", "volume", "issue", "page", "editor"}:
        return None
    if m.re is _CODE_IN_BRACKETS and after & {"container-title", "volume", "issue", "page"}:
        return None  # an article's title holding a trial's code: "… the LEMON study (NCCH1503). Journal 6, 448–"
    if before & {"publisher", "publisher-place"} and after - {"URL", "DOI", "accessed", "available", "genre"}:
        return None
    return m, _cut_out(text, segs, m.start(), m.end())


def _series_and_number(text: str, segs: list[Segment], lo: int, hi: int
                       ) -> tuple[re.Match[str], list[Segment]] | None:
    """A report's "Rapport 6967." or "TCMB Çalışma Tebliği No. 20/07," after its title (`_SERIES_AND_NUMBER`), and the
    segments without it: the labeler reads it as a genre, a journal and its issue, a volume and a page. Not in a
    reference with a container, volume, issue or pages elsewhere (a journal: "Revue X, n° 12, p. 3-9")."""
    end = min(len(text), hi + 16)
    m = _SERIES_AND_NUMBER.search(text, lo, end) if _may_hold(text[lo:end], _SERIES_KIND_PIECES) else None
    if m is None:
        return None
    a, b = m.span()
    if not any(x.label == "title" and x.end <= a + 1 for x in segs) or any(
            x.label in ("container-title", "volume", "issue", "page") and (x.end <= a or x.start >= b) for x in segs):
        return None
    kept = []
    for x in segs:
        if a <= x.start and x.end <= b:
            continue
        if x.start < a < x.end:
            x = x._replace(end=len(text[:a].rstrip(" .,;(")))
        elif a <= x.start < b < x.end:  # "Forschungsbericht 39. Nürnberg" read as one container: the rest stays
            rest = len(text[:b]) + len(text[b:x.end]) - len(text[b:x.end].lstrip(" .,;:"))
            x = x._replace(start=rest)
            if x.label == "container-title" and len(text[rest:x.end].split()) <= 2 and not any(
                    c.isdigit() for c in text[rest:x.end]) and not any(y.label == "publisher-place" for y in segs):
                x = x._replace(label="publisher-place")  # German "Forschungsbericht 39. Nürnberg.": the place after it
        kept.append(x)
    return m, kept


def _year_closing_a_title(text: str, segs: list[Segment]) -> list[Segment]:
    """A year (range) that ends a title, read as a date beside the reference's own, later, date ("T.C. Sağlık
    Bakanlığı. Sağlık İstatistikleri Yıllığı 2021. Ankara: …; 2022."): the title keeps it. Only when nothing but a
    space, a comma or an opening bracket stands between them (a range in brackets: one year in brackets after a
    title may be its first edition's, "Studio sulle opere di Giuseppe Verdi (1859), … 2001"), and the other date is
    later (the same year twice may be a finer date of issue: "(2020). Title, 12 May 2020")."""
    out: list[Segment] = []
    for i, seg in enumerate(segs):
        prev = out[-1] if out else None
        gap = text[prev.end:seg.start] if prev is not None else ""
        m = _TITLE_YEAR.fullmatch(text, seg.start, seg.end) if seg.label == "issued" else None
        if prev is None or m is None or prev.label != "title" \
                or gap.strip() not in ("", ",", "(") or (gap.strip() == "(" and not m.group(2)):
            out.append(seg)
            continue
        last = int(m.group(1)) if not m.group(2) else int(m.group(1)[:4 - len(m.group(2))] + m.group(2))
        others = [int(y) for j, x in enumerate(segs) if j != i and x.label == "issued"
                  for y in _YEARS.findall(text, x.start, x.end)]
        if not others or (max(others) <= last and not (m.group(2) and max(others) == last)):
            out.append(seg)
            continue
        end = seg.end + 1 if gap.strip() == "(" and text[seg.end:seg.end + 1] == ")" else seg.end
        out[-1] = Segment(prev.label, prev.start, end, prev.first, seg.last)
    return out


def _chapter_series(label: str, gap: str, before: set[str], labels: set[str]) -> bool:
    """"… Rennes : PUR, 2012, p. 33-51. (Histoire).": a note in brackets after a book chapter's pages is the book's
    series (a journal's volume or issue says the pages are an article's)."""
    return label == "note" and gap.rstrip().endswith("(") and {"page", "container-title"} <= before \
        and not labels & {"issue", "volume"}


_SHORT_NAME = re.compile(r"[^\W\d_][\w&'’-]*(?: [\w&'’-]+){0,4}")


def _publisher_before_original(text: str, segs: list[Segment], at: int) -> list[Segment]:
    """APA 7's translated book: "… (J. Medina, Trad.). Akal. (Obra original publicada en 1922)": the short sentence
    just before the statement is the publisher, which the labeler reads as a journal, or as a note with the
    statement's words, when the reference has no publisher, volume, issue, page or link."""
    if any(x.label in ("publisher", "volume", "issue", "page", "URL", "DOI") for x in segs):
        return segs
    for k, x in enumerate(segs):
        if x.label not in ("container-title", "note") or x.start >= at or x.end < at - 3:
            continue
        name = text[x.start:at].rstrip().removesuffix(".").rstrip()
        if not _SHORT_NAME.fullmatch(name) or not text[:x.start].rstrip().endswith((".", ").")):
            return segs
        return [*segs[:k], x._replace(label="publisher", end=x.start + len(name)), *segs[k + 1:]]
    return segs


def _reprint_before(m: re.Match[str], by_label: dict[str, list[str]], text: str, segs: Sequence[Segment]) -> bool:
    """A reprint's first edition is older than the reprint's own date (when the reference gives one outside it)."""
    year = int(m.group(2))
    dates = [int(d) for x in segs if x.label == "issued" and not (m.start() <= x.start and x.end <= m.end())
             for d in re.findall(r"(?<!\d)(?:1[4-9]|20)\d\d(?!\d)", text[x.start:x.end])]
    return not dates or all(year < d for d in dates)


# a reprint after the first edition's imprint: "Clermont-Ferrand : Impr. X, 1898 ; réimpr. Genève : Slatkine, 1979",
# "Firenze 1899 (rist. Torino, Einaudi, 1960)", "('s-Gravenhage 1899; herdruk Utrecht 1977)", "Leipzig 1885
# (Nachdr. Hildesheim: Olms, 1970)" (the reprint "of" an edition is _REPRINT_OF's)
_REPRINT_CUE = re.compile(r"[;(.,]\s*(?:réimpr(?:ession|\.)|rist(?:ampa|\.)(?:\s*anast(?:atica|\.))?|herdr(?:uk|\.)|"
                          r"nachdr(?:uck|\.)|repr(?:int(?:ed)?|\.)|reimpr(?:esión|\.)|reimpress[ãa]o|omtr(?:yck|\.))"
                          r"(?!\s*(?:of|from|der|d\.|de|du|dell['’]|della|da|van)\b)", re.I)
# (every match, lower-cased, holds one of these: the regex runs on every reference only when one is there)
_REPRINT_CUE_PIECES = ("réimpr", "rist", "herdr", "nachdr", "repr", "reimpr", "omtr")
_YEAR_AT_END = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)\s*[;,.]?\s*$")
_FIRST_YEAR = re.compile(r"(?<![\d/-])((?:1[5-9]|20)\d\d)(?![\d/-])")
# an author-date parenthesis with the first edition's year in brackets: "(1984 [1962])"
_TITLE_YEAR_BRACKETED = re.compile(r"\s?\[((?:1[5-9]|20)\d\d)\]\s*[.,]")
_YEAR_BRACKETED = re.compile(r"\(((?:1[5-9]|20)\d\d)[a-z]?\s*\[((?:1[5-9]|20)\d\d)\]\)")
# a sentence saying the book is a facsimile or a reprint, and nothing else: no container
_FACSIMILE = re.compile(r"(?:faksimil\w*|facsimil\w*|fac-?similé|reprint|nachdruck|réimpression|ristampa(?:\s+anastatica)?|"
                        r"herdruk|omtryck)\.?", re.I)


# a reprint's cue and year with nothing else, from the cue's opening mark: "(rist. 2005", "; réimpr. 1985."
_REPRINT_YEAR_ONLY = re.compile(_REPRINT_CUE.pattern + r"\s*(?:1[5-9]|20)\d\d\W*", re.I)


def _reprint_replaces(text: str, segs: Sequence[Segment], cue: re.Match[str], words: str) -> set[str]:
    """The fields of the first edition's imprint that a reprint's imprint replaces: all of them when it names a
    publisher, the place and the date when it names only a place ("Firenze, Olschki, 1998 (rist. Firenze 2010)"
    keeps Olschki), none when it gives only its year."""
    if not words:
        return set()
    if any(x.label == "publisher" and x.start >= cue.end() for x in segs) or \
            len(re.split(r"\s*[:,]\s*", words, maxsplit=1)) > 1:
        return {"publisher", "publisher-place", "container-title", "issued"}
    return {"publisher-place", "container-title", "issued"}


def _first_publisher(text: str, segs: Sequence[Segment], p0: int, y1_at: int) -> dict[str, str]:
    """The first edition's publisher, between its place and its year, when the labeler gave it no segment of its
    own ("München: Beck 1950 (Nachdr. Darmstadt 1980)": the words after the place's colon)."""
    place = next((x for x in segs if x.label == "publisher-place" and p0 <= x.start and x.end <= y1_at), None)
    if place is None:
        return {}
    name = text[place.end:y1_at].strip(" :,;")
    if not name or not text[place.end:y1_at].lstrip().startswith((":", ",")) or re.search(r"\d|[()\[\].;]", name) \
            or len(name.split()) > 4:
        return {}
    return {"publisher": name}


def _reprint_imprint(text: str, segs: Sequence[Segment], lo: int, hi: int
                     ) -> tuple[list[Segment], tuple[int, int | None] | None, dict[str, str]]:
    """A reprint's first edition: the segments without the first imprint (its place, publisher and year), the
    first edition's year and the reprint's, and the reprint's place and publisher when no segment holds them."""
    segs = [x for x in segs if not (x.label == "container-title" and _FACSIMILE.fullmatch(text[x.start:x.end].strip()))]
    if "[" in text[lo:hi] and (m := _YEAR_BRACKETED.search(text, lo, hi)) and int(m.group(2)) < int(m.group(1)):
        # "Weber, M. (1979 [1922]). Economía y sociedad.": issued 1979, first published 1922
        b0, b1 = text.index("[", m.start()), m.end()
        while b1 < len(text) and text[b1] in " .,:;":
            b1 += 1
        kept = []
        for x in segs:
            if b0 <= x.start and x.end <= b1:
                continue
            if x.start < b0 < x.end:
                x = x._replace(end=len(text[:b0].rstrip()))
            elif b0 <= x.start < b1:
                x = x._replace(start=b1)
            kept.append(x)
        return kept, (int(m.group(2)), int(m.group(1))), {}
    if "[" in text[lo:hi] and (m := _TITLE_YEAR_BRACKETED.search(text, lo, hi)) and any(
            x.label == "title" and 0 <= m.start() - x.end <= 1 for x in segs):
        # "Histoire des corporations de la ville de Rouen [1892]. Genève : Slatkine, 1975.": the first edition's
        # year after the title, when the reference gives a later one
        year = int(m.group(1))
        later = [int(y) for x in segs if x.label == "issued" for y in _FIRST_YEAR.findall(text[x.start:x.end])]
        if later and all(year < y for y in later):
            return [x for x in segs if not (m.start() <= x.start and x.end <= m.end())], (year, None), {}
    cue = _REPRINT_CUE.search(text, lo, hi) if _may_hold(text[lo:hi], _REPRINT_CUE_PIECES) else None
    if cue is None:
        return list(segs), None, {}
    first = _YEAR_AT_END.search(text, max(lo, cue.start() - 60), cue.start())
    after = text[cue.end():min(hi, cue.end() + 80)]
    second = _FIRST_YEAR.search(after)
    if first is None or second is None or int(first.group(1)) >= int(second.group(1)):
        return list(segs), None, {}
    y1_at = first.start(1)
    p0 = max(text.rfind("(", max(lo, y1_at - 60), y1_at), text.rfind(", ", max(lo, y1_at - 60), y1_at),
             text.rfind(". ", max(lo, y1_at - 60), y1_at))
    title = next((x for x in segs if x.label == "title"), None)
    if title is None or p0 < title.start:
        p0 = y1_at
    title_end = min(title.end, p0) if title is not None else lo
    words = after[:second.start()].strip(" ,:;")
    replaced = _reprint_replaces(text, segs, cue, words)
    kept = []
    for x in segs:
        if x.label in ("title", "container-title") and x.start < p0 < x.end:
            x = x._replace(end=len(text[:p0].rstrip()))
        elif p0 <= x.start and x.end <= cue.end():
            continue
        elif x.end <= cue.start() and x.start >= title_end and x.label in replaced:
            continue  # the first edition's imprint: the reprint's stands after the cue
        elif x.start >= cue.start() and _REPRINT_YEAR_ONLY.fullmatch(text, cue.start(), x.end):
            continue  # "(rist. 2005)": the reprint's year, no note nor series
        kept.append(x)
    imprint: dict[str, str] = {}
    if words and not any(x.start >= cue.start() and x.label in ("publisher", "publisher-place") for x in kept):
        parts = re.split(r"\s*[:,]\s*", words, maxsplit=1)
        imprint["publisher-place"] = parts[0]
        if len(parts) > 1 and parts[1]:
            imprint["publisher"] = parts[1]
    if words and "publisher" not in replaced and not any(x.label == "publisher" for x in kept):
        imprint.update(_first_publisher(text, segs, p0, y1_at))
    return kept, (int(first.group(1)), int(second.group(1))), imprint


def _apply_reprint(csl: dict[str, Any], years: tuple[int, int | None] | None, imprint: dict[str, str]) -> None:
    """The reprint's year is the date of issue, the first edition's the original date."""
    if years is None:
        return
    first, reprint = years
    csl["original-date"] = {"date-parts": [[first]]}
    if reprint is None:
        return
    csl["issued"] = {"date-parts": [[reprint]]}
    if csl.get("available-date") == csl["issued"]:
        del csl["available-date"]
    for key, value in imprint.items():
        csl.setdefault(key, value)


# a note in brackets giving the first edition's year: "[éd. orig. 1998]", "[ital. Orig. 2011]", "[frz. Orig.: Titre,
# Paris 2003]", "(1ª ed. 1979)", "[oorspr. 1511]", "（原著2004年）"; GOST's reprint "– Репринт. изд. 1912 г. –"
_ORIGINAL_NOTE = re.compile(
    r"[\[(（]\s*(?:(?:[^\W\d_]{2,6}\.\s*)?orig(?:inal)?\.(?:\s*ausg\.)?|(?:éd|ed)\.\s*orig(?:inale?)?\.?|oorspr(?:\.|onkelijk)|"
    r"urspr\.|1\s*[ªaº°]\s*ed(?:\.|izione|ición|ição)?|prima\s+ed(?:\.|izione)|primera\s+ed(?:\.|ición)|1(?:re|ère)\s+"
    r"éd(?:\.|ition)|原著|原書)\s*[:：]?\s*(?:[^\[\]()（）]{0,120}?[\s,，])?((?:1[4-9]|20)\d\d)(?:\s*年|\s*г\.)?\s*[\])）]"
    r"|\bрепринт(?:\.|ное)\s*(?:воспр(?:оизведение|\.)\s*)?изд(?:\.|ания)\s*((?:1[4-9]|20)\d\d)\s*г\.", re.I)


def _original_edition_note(text: str, segs: Sequence[Segment], lo: int, hi: int) -> tuple[list[Segment], int | None]:
    """The first edition's year a bracketed note gives, when it is older than the reference's own dates, and the
    segments without the note (its year is no second date, its words no container or series)."""
    if not ("[" in text[lo:hi] or "(" in text[lo:hi] or "（" in text[lo:hi] or "епринт" in text[lo:hi]):
        return list(segs), None
    m = _ORIGINAL_NOTE.search(text, lo, hi)
    if m is None:
        return list(segs), None
    year = int(m.group(1) or m.group(2))
    dates = [int(d) for x in segs if x.label == "issued" and not (m.start() <= x.start and x.end <= m.end())
             for d in re.findall(r"(?<!\d)(?:1[4-9]|20)\d\d(?!\d)", text[x.start:x.end])]
    if dates and not all(year < d for d in dates):
        return list(segs), None
    kept = []
    for x in segs:
        if m.start() <= x.start and x.end <= m.end() + 1:
            continue
        if x.start < m.start() < x.end:
            x = x._replace(end=len(text[:m.start()].rstrip(" .,;–—-")))
        elif m.start() <= x.start < m.end():
            x = x._replace(start=m.end())
        kept.append(x)
    return kept, year


# how many volumes a work has, a phrase of its own after the title or the imprint: "2 vol.", "3 vols", "2 Bde.",
# "2 Bände", "3 tomes", "2 voll.", "3 dílů", "2 т." (never "vol. 2", which volume it is)
_VOLUMES_COUNTED = re.compile(r"(?:^|(?<=[.,;:]\s)|(?<=[.,;:]\s[вВ]\s)|(?<=[(]))(\d{1,2})\s*(?:vols?\.?|volumes|Bde\.?|Bände|tomes|tomos|voll\.|"
                              r"dílů|т\.)(?=\s*[.,;()]|\s*$)")
# what every match of _VOLUMES_COUNTED holds (the pattern is case-sensitive): its look-behinds make it try every
# position of the text (~10 us a reference), these substring tests well under 1 us
_VOLUMES_WORDS = ("vol", "Bde", "Bände", "tom", "dílů", "т.")


def _number_of_volumes(text: str, segs: Sequence[Segment], lo: int, hi: int) -> tuple[list[Segment], str | None]:
    """How many volumes a phrase of its own counts, and the segments without it: the count is no issue, volume
    or words of the title."""
    if not any(map(text[lo:hi].__contains__, _VOLUMES_WORDS)) or not any(c.isdigit() for c in text[lo:hi]) \
            or (m := _VOLUMES_COUNTED.search(text, lo, hi)) is None:
        return list(segs), None
    kept = []
    for x in segs:
        if m.start() <= x.start and x.end <= m.end() + 1:
            if x.label not in ("issue", "volume", "title", "note", "edition", "page", "issued"):
                return list(segs), None  # (the labeler read it as something else: leave it)
            continue
        if x.start < m.start() < x.end:
            if x.label != "title" or x.end > m.end() + 1:
                return list(segs), None
            x = x._replace(end=len(text[:m.start()].rstrip(" .,;")))  # "Theorie des … Handelns. 2 Bde"
        kept.append(x)
    return kept, m.group(1)


def _cut_out(text: str, segs: Sequence[Segment], start: int, end: int) -> list[Segment]:
    """``segs`` without the text ``[start, end)``: the segments inside it dropped, one running into it cut before it."""
    kept = []
    for x in segs:
        if start <= x.start and x.end <= end:
            continue
        if x.start < start < x.end:
            x = x._replace(end=len(text[:start].rstrip(" .,;(")))
        kept.append(x)
    return kept


# between two runs of one name list: punctuation, a conjunction, "et al.", a bracketed role or medium ("(Producers), &",
# "[En ligne]. ")
_NAME_SEPARATORS = re.compile(r"(?:[\s,;.，、；&([]|\bet\s+al\b|\b(?:and|und|et|y|e|i|и)\b|[(\[][^()\[\]\d]{1,25}[)\]])*")


_MOVABLE_ROLES = frozenset({"editor", "translator"})


def _sort_name_spans(text: str, spans: dict[str, list[tuple[int, int]]], by_label: dict[str, list[str]],
                     first_start: dict[str, int]) -> None:
    """The name spans of one reference, each under the role its words give it, without the pieces of other fields
    the labeler took for names.

    An editor or translator span after the other role's phrase goes to that role when no span has it ("/ Г. Мейер ;
    пер. с нем. А. В. Гусева", "…, przeł. H. Nowak": the translator, not an editor). Of several spans of one role, those a role phrase introduces
    are the names when there are such ("История … от Петра I до Чигорина / под ред. А. В. Корнилова"); a later
    author span is a name only after GOST's " / " ("Белова, Н. А. Социология / Н. А. Белова, С. В. Григорьев");
    others, and apart from those, are a publisher, a place, a series or a title's words ("…, Firenze, Leo S. Olschki",
    "… 2019. Dissertação", "… // Геоэкология"). A span right beside a kept one is kept.
    """
    moved: dict[str, list[tuple[int, int]]] = {}
    roles: dict[tuple[int, int], str | None] = {}
    for lab, lab_spans in spans.items():
        for span in lab_spans:
            role = roles[span] = role_before(text[max(0, span[0] - 40):span[0]])
            target = role if role in _MOVABLE_ROLES and lab in _MOVABLE_ROLES and role != lab and role not in spans \
                else lab
            moved.setdefault(target, []).append(span)
    for lab, lab_spans in moved.items():
        lab_spans.sort()
        if len(lab_spans) > 1:
            if lab != "author":
                keep = [bool(roles[x]) for x in lab_spans] if any(roles[x] for x in lab_spans) else [True] * len(
                    lab_spans)
            else:
                keep = [True] + [text[:a].rstrip().endswith("/") and not text[:a].rstrip().endswith("//")
                                 for a, _ in lab_spans[1:]]
            joined = [_NAME_SEPARATORS.fullmatch(text, a[1], max(a[1], b[0])) is not None
                      for a, b in itertools.pairwise(lab_spans)]  # (joined[i]: spans i and i + 1 touch)
            for i in [*range(len(joined)), *reversed(range(len(joined)))]:
                if joined[i] and (keep[i] or keep[i + 1]):
                    keep[i] = keep[i + 1] = True
            lab_spans = [x for x, k in zip(lab_spans, keep, strict=True) if k]
        moved[lab] = lab_spans
    if all(moved.get(lab) == x for lab, x in spans.items()) and set(moved) == set(spans):
        return
    for lab in spans:
        by_label.pop(lab, None)
        first_start.pop(lab, None)
    for lab, lab_spans in moved.items():
        if lab_spans:
            by_label[lab] = [text[a:b] for a, b in lab_spans]
            first_start[lab] = lab_spans[0][0]


def record_from_segments(
    text: str, segs: Sequence[Segment], lang: str | None = None
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """CSL-JSON fields (without ``type``) and diagnostics from the segments of one reference."""
    csl: dict[str, Any] = {}
    diags: list[Diagnostic] = []
    by_label: dict[str, list[str]] = {}
    first_start: dict[str, int] = {}  # where each label's first span starts
    segs, dated_spans = _retarget(text, segs, lang)
    if sum(1 for x in segs if x.label == "issued") > 1:
        segs = _year_closing_a_title(text, segs)
    # this reference's own text: ``text`` is the whole line, which may hold references glued to it
    lo, hi = (segs[0].start, min(len(text), segs[-1].end + 2)) if segs else (0, 0)
    own = text[lo:hi]
    ver = _TITLE_VERSION.search(text, lo, hi) if "(" in own else None
    if ver is None and ("ersi" in own or "ersj" in own or "ersão" in own or "Verze" in own or "ürüm" in own or "ерси" in own
                        or "ver." in own or "Ver." in own):
        ver = _PLAIN_VERSION.search(text, lo, hi)  # "Version 3.11.4.", "Ver. 4": a program's version
        alone = ver is not None and (ver.group(1).endswith(".") or bool(_VERSION_ENDS.match(text, ver.end())))
        opens = ver is not None and text[max(0, ver.start() - 2):ver.start()] in (". ", "] ")  # a sentence of its own
        if ver is not None and not (alone and opens) and not _version_element(text, ver, segs) and any(
                x.start < ver.start() < x.end or (x.start == ver.start() and not alone)
                for x in segs if x.label in ("title", "container-title")):
            # "Versión 2.1 del modelo hidrológico", "Report on … Haskell, version 1.2": words of the title
            # ("Verze 2.0." standing alone, a sentence of its own, is the version)
            ver = None
    if ver is None and "V" in own and "/OL]" in own and (gbt := _GBT_VERSION.search(text, lo, hi)):
        ver = gbt  # GB/T 7714's data set: "…[DS/OL]. V2. 国家青藏高原科学数据中心, 2021"
    if ver is None and "v" in own and (bare := _BARE_VERSION.search(text, lo, hi)):
        ver = bare  # Nature's software: "hydroflow: baseflow separation, v0.9.3 (Zenodo, 2022)"
    if ver is not None:
        # "(Version 0.9.4)": the version, whatever pieces of it the labeler called volume, issue or note
        csl["version"] = ver.group(1).rstrip(".")
        segs = [x if not (x.start < ver.start() < x.end) else x._replace(end=len(text[:ver.start()].rstrip(" .")))
                for x in segs if not (ver.start() <= x.start and x.end <= ver.end())
                or (x.label in ("title", "container-title") and x.start < ver.start())]
    if "[" in own and (desc := _TITLE_DESCRIPTION.search(text, lo, hi)) and desc.group(0).rstrip().endswith("]"):
        # "[Computer software]", "[Data set]": the genre, whatever the labeler called it
        csl["genre"] = desc.group(1)
        segs = [x for x in segs if not (desc.start() <= x.start and x.end <= desc.end())
                or x.label in ("title", "container-title")]
    if "(" in own and (orig_t := _ORIGINAL_TITLE.search(text, lo, hi)):
        # Italian, Spanish: "Il museo come luogo della memoria (tit. orig. Das Museum als Gedächtnisort, 2016)"
        csl["original-title"] = orig_t.group(1).strip()
        csl["original-date"] = {"date-parts": [[int(orig_t.group(2))]]}
        segs = [x if not (x.start < orig_t.start() < x.end) else x._replace(end=len(text[:orig_t.start()].rstrip()))
                for x in segs if not (orig_t.start() <= x.start and x.end <= orig_t.end())]
    if ("riginal" in own or "itre orig" in own or "tuł oryg" in own or "originálu" in own or "orijinal" in own
            or "оригинальное" in own) and (orig_s := _ORIGINAL_TITLE_SENTENCE.search(text, lo, hi)):
        csl["original-title"] = orig_s.group(1).strip()
        segs = [x if not (x.start < orig_s.start() < x.end) else x._replace(end=len(text[:orig_s.start()].rstrip(" .")))
                for x in segs if not (orig_s.start() - 2 <= x.start and x.end <= orig_s.end() + 1)]
    if "(" in own and (orig := _ORIGINALLY_PUBLISHED.search(text, lo, hi)):
        # APA: "(Original work published 1950)": the first edition's year, whatever the labeler called it
        csl["original-date"] = {"date-parts": [[int(orig.group(1))]]}
        segs = [x for x in segs if not (orig.start() <= x.start and x.end <= orig.end())]
        segs = _publisher_before_original(text, segs, orig.start())
    if "原" in own and (orig_ja := _ORIGINAL_JA.search(text, lo, hi)):
        csl["original-title"] = orig_ja.group(1).strip()
        csl["original-date"] = {"date-parts": [[int(orig_ja.group(2))]]}
        segs = _cut_out(text, segs, orig_ja.start(), orig_ja.end())
    elif "原" in text and (orig_year := _ORIGINAL_JA_YEAR.search(text, lo, hi + 12)):  # (left out of every field)
        csl["original-date"] = {"date-parts": [[int(orig_year.group(1))]]}  # "1999年（原著1987年）": the year alone
        segs = _cut_out(text, segs, orig_year.start(), orig_year.end())
    if _may_hold(own, _REPRINT_PIECES) and (reprint := _REPRINT_OF.search(text, lo, hi)) \
            and _reprint_before(reprint, by_label, text, segs):
        csl["original-date"] = {"date-parts": [[int(reprint.group(2))]]}
        segs = _cut_out(text, segs, reprint.start(), reprint.end())
    segs, reprint_years, reprint_imprint = _reprint_imprint(text, segs, lo, hi)
    segs, original_year = _original_edition_note(text, segs, lo, hi)
    # (the labeler may leave the number's end outside every segment)
    if "number" not in csl and _may_hold(text[lo:hi + 16], _DOCUMENT_NUMBER_PIECES) \
            and (docno := _DOCUMENT_NUMBER.search(text, lo, min(len(text), hi + 16))):
        csl["number"] = docno.group(1)
        segs = _cut_out(text, segs, docno.start(), docno.end())
    if "number" not in csl and _may_hold(own, _NUMBER_OF_DAY_PIECES) \
            and (dated := _NUMBER_OF_DAY.search(text, lo, min(len(text), hi + 8))) \
            and (day := parse_date_ex(dated.group("date"), lang).date) and len(day["date-parts"][0]) == 3:
        # "Bollettino n. 12 del 14 settembre 2023", "Pressemitteilung Nr. 003 vom 5. Januar 2023": the issue's number
        # and its day, not a title's words, an edition "vom 5" and an access date
        csl["number"], csl["issued"] = dated.group("no"), day
        segs = _cut_out(text, segs, dated.start(), dated.end())
    # (a few characters past the last segment: "…, 1969, 2 vol.", the count read as an issue and "vol." left out)
    segs, volumes = _number_of_volumes(text, segs, lo, min(len(text), hi + 6))
    if volumes:
        csl["number-of-volumes"] = volumes
    if "number" not in csl and "(" in own and (found := _number_in_brackets(text, segs, lo, hi)) is not None:
        m, segs = found
        csl["number"] = m.group(2)
        if m.group(1) and not _DOCUMENT_KIND.fullmatch(m.group(1).strip()):
            csl["collection-title"] = m.group(1).strip()  # (the kind, "Report", is no series: left out, as the golds do)
        elif m.re is _KIND_IN_BRACKETS:
            csl["genre"] = m.group(1)  # "(Rapport 7012)": the kind alone says it is a report (the type reads it)
    if "number" not in csl and (found_series := _series_and_number(text, segs, lo, hi)) is not None:
        m, segs = found_series
        csl["number"] = m.group(2)
        name = m.group(1).strip()
        if not _SERIES_WORD_KIND.fullmatch(name):  # (a kind alone, "Rapport", is no series: left out, as the golds do)
            csl["collection-title"] = name
    if "(" in own and (series := _series_in_brackets(text, segs, lo, hi)):
        csl["collection-title"], number, segs = series
        if number:
            csl["collection-number"] = number
    has_editor = "editor" in map(_LABEL_OF, segs)  # (in C)
    name_spans: dict[str, list[tuple[int, int]]] = {}
    for seg in segs:
        label = seg.label
        if label == "author" and not has_editor and _followed_by_editor_role(text, seg.end):
            label = "editor"  # "Schubert, G. / Tetzlaff, R. (Hrsg.) 1998: ..." is an edited volume
        end = seg.end
        if label == "URL":  # a URL runs to the next space: the labeler may leave its final '/' or '#x' out
            while end < len(text) and not text[end].isspace() and text[end] not in _URL_STOPS:
                end += 1
            stop = next((k for k in range(seg.start, end) if text[k] in _URL_STOPS), end) if not text[
                seg.start:end].isascii() else end
            end = max(seg.start + 1, stop)
            # (searched a little past the link: what follows the number says it is the next entry's)
            if (glued := ids.GLUED_ENTRY_NUMBER.search(text, seg.start, min(len(text), end + 2))) is not None \
                    and glued.start() < end:
                end = max(seg.end, glued.start())  # "….shtml.[2] 陈晓明": not the next entry's number
            while end > seg.end and (text[end - 1] in ".,;:" or (
                    text[end - 1] in ")]>" and text.count("([<"[")]>".index(text[end - 1])], seg.start, end)
                    < text.count(text[end - 1], seg.start, end))):
                end -= 1  # sentence punctuation, or a bracket closed around the URL
        by_label.setdefault(label, []).append(text[seg.start:end])
        first_start.setdefault(label, seg.start)
        if label in NAME_LABELS:
            name_spans.setdefault(label, []).append((seg.start, end))
    if name_spans:
        _sort_name_spans(text, name_spans, by_label, first_start)

    # kana anywhere in the reference says its CJK names are Japanese ("森本浩": 森本 浩, not 森 本浩)
    name_lang = lang or ("ja" if not own.isascii() and KANA.search(own) else None)
    for lab in NAME_LABELS:
        parts = by_label.get(lab)
        if not parts:
            continue
        joined = "; ".join(p.strip(" ,;") for p in parts) if len(parts) > 1 else parts[0]
        if joined.count(",") == 1 and (titles := by_label.get("title")) \
                and (guess := title_language(titles[0]) or iberian_title(titles[0])) in ("es", "pt"):
            # "Castro Álvarez, Juan Pablo": whether one comma parts one person's two family names from the given
            # names, or two people, is the convention of the reference's language, which its title tells (a list's
            # language, ``lang``, need not be each reference's)
            name_lang = guess
        # (the words before the list may put its names in the genitive: "/ под ред. В. И. Романова")
        at = first_start[lab]
        nl = parse_names(joined, name_lang, preceding=text[max(0, at - 40):at])
        names = nl.names
        if len(parts) > 1 and names:
            # runs apart that name one person twice: GOST's statement of responsibility repeats the
            # heading's author ("Белова, Н. А. Социология семьи / Н. А. Белова, С. В. Григорьев")
            # (the statement may spell out what the heading gave as initials: "Мартен, Ж. … / Жан Мартен": one person)
            unique: dict[tuple, dict] = {}
            for x in names:
                initials = "".join(w[:1] for w in re.split(r"[\s.-]+", x.get("given") or "") if w)
                unique.setdefault((x.get("family"), initials, x.get("literal")), x)
            names = list(unique.values())
        if lab != "author" and names and " / " in text and csl.get("author"):
            # GOST's statement of responsibility names the author again before the translator or
            # editor ("/ К. Хольмберг ; пер. с швед. Ю. Пащенко"): the author is not one of them
            authors = {(x.get("family"), x.get("given")) for x in csl["author"]}
            names = [x for x in names if (x.get("family"), x.get("given")) not in authors]
        if names and lab == "author" and nl.role in _MOVABLE_ROLES and nl.role not in by_label and nl.role not in csl:
            # the role closing the list the labeler read as authors: "Greco A, Sala F, a cura di. Manuale …"
            lab = nl.role
        if names:
            csl[lab] = names
        if nl.truncated:
            diags.append(_diag("names.truncated", f"the {lab} list ends with 'et al.': it is incomplete", lab))
        diags.extend(nl.diagnostics)
    if "etal" in by_label:
        target = "author" if "author" in csl or "editor" not in csl else "editor"
        if not any(d.code == "names.truncated" and d.field == target for d in diags):
            diags.append(_diag("names.truncated", f"the {target} list ends with 'et al.': it is incomplete",
                               target))

    dated = []
    for seg in segs:
        if seg.label in DATE_LABELS:
            dated.extend(_date_pieces(text, seg, lang))
    issued_seen = 0
    n_issued = sum(1 for p, _ in dated if p.label == "issued")
    for seg, res in dated:
        part = text[seg.start:seg.end]
        field = seg.label
        # the epub cue is a slow regex: looked for only where it can change the field
        epub = (field == "original-date" or (field == "issued" and n_issued > 1)) and bool(
            _EPUB_CUE.search(text[max(0, seg.start - 30):seg.start]))
        if field == "issued":
            issued_seen += 1
            if epub:
                field = "available-date"  # "Epub 2019 Jan 5. 2020;11(2)": the epub date is not the issue's
            elif issued_seen > 1:
                if res.date and res.date == csl.get("issued"):
                    continue  # the same year twice ("2018. 210 f. Tese … Recife, 2018."): one date
                if _UPDATE_CUE.search(text, max(0, seg.start - 16), seg.start):
                    continue  # "2022 [updated 2022 Nov 14; cited …]": a page's update, not its date of issue (no CSL field)
                if (finer := _finer_issue_date(csl.get("issued"), res, part, lang, text, seg, segs)) is not None:
                    csl["issued"] = finer
                    continue
                # a second publication date: the first stays issued, this one is recorded apart
                field = "available-date" if "issued" in csl else "issued"
                if field == "available-date" and _is_event_span(res, text, seg):
                    field = "event-date"  # "…, Bologna, 7-9 febbraio 2022, pp. 512-517": the days the meeting met
        elif field == "original-date" and epub:
            field = "available-date"
        elif field == "accessed" and _EPUB_WORD.search(text, max(0, seg.start - 24), seg.start):
            field = "available-date"  # "e1350-9. Epub 2021 Jan 12.": published online then, not read then
        if field in csl:
            continue
        if res.date:
            csl[field] = res.date
            for d in res.diagnostics:
                diags.append(Diagnostic(d.code, d.message, d.severity, field=field, source=d.source, data=d.data))
        elif res.kind == "in-press":
            csl.setdefault("status", "in press")
        elif res.kind == "none" and _strip(part):
            csl[field] = {"literal": _strip(part)}
            diags.append(_diag("date.unparsed", f"could not read the date {part!r}", field))

    if "available-date" in csl and "event-date" not in csl and _is_event_span_first(csl, text):
        # "…, Ascoli Piceno, 15-19 settembre 2019, Pisa, Pisa University Press, 2019": the meeting's days came first,
        # the year of the proceedings after them
        csl["event-date"], csl["issued"] = csl["issued"], csl.pop("available-date")
    if "/" in own and (m := _ABNT_MONTH_SPAN.search(own)):
        _issue_year_of_month_span(csl, int(m.group(1)))
    _apply_dated(csl, dated_spans)
    _apply_reprint(csl, reprint_years, reprint_imprint)
    if original_year is not None:
        csl.setdefault("original-date", {"date-parts": [[original_year]]})
    if "accessed" in csl and "issued" not in csl and "available" not in by_label and "URL" not in by_label \
            and not _ACCESS_WORD.search(text, lo, min(len(text), hi + 200)):
        # "…, v. 31, n. 2, e2021845, 9 de março de 2022. DOI: …": no link and no access cue, so the date is the issue's
        csl["issued"] = csl.pop("accessed")
    if ("(" in own or "[" in own) and (m := _CHICAGO_REPRINT.search(own)) and int(m.group(1)) < int(m.group(2)) \
            and ("volume" not in by_label or _VOLUME_COUNT.fullmatch(_strip(by_label["volume"][0]).strip(" ."))):
        # Chicago: "Marsh, Adrian. (1938) 1994. The Greek Chorus …. Reprint, London: …": first published, this printing
        csl["original-date"], csl["issued"] = {"date-parts": [[int(m.group(1))]]}, {"date-parts": [[int(m.group(2))]]}
        csl.pop("available-date", None)
    issued = csl.get("issued")
    if isinstance(issued, dict) and len(issued.get("date-parts") or ()) == 2 and "original-date" not in csl \
            and not by_label.keys() & {"container-title", "page"} \
            and (m := _REPRINT_YEARS.search(own)) and [[int(m.group(1))], [int(m.group(2))]] == issued["date-parts"]:
        # a book's "(1922/2005)": first published in 1922, this edition 2005 (a journal's "42 (1999/2000)" is one
        # volume's academic year)
        csl["original-date"], csl["issued"] = {"date-parts": [[int(m.group(1))]]}, {"date-parts": [[int(m.group(2))]]}

    for lab in TEXT_LABELS:
        parts = by_label.get(lab)
        if not parts:
            continue
        if lab == "title":
            value = _title_with_its_stop(text, segs, parts[0], _clean_title(parts[0]))
            if len(parts) > 1:
                # a title cut by a mislabelled token, or a book title after a chapter title
                if "container-title" not in by_label:
                    csl["container-title"] = _clean_title(parts[1])
                else:
                    titles = [s for s in segs if s.label == "title"]
                    value = _clean_title(text[titles[0].start:titles[1].end])
        elif lab == "container-title":
            value = clean_title(_strip(_LEADING.sub("", parts[0].strip())), abbreviated=True)
        elif lab == "note":
            value = "; ".join(_strip(p) for p in parts)
        elif lab == "edition":
            value = _strip(parts[0])
            if m := _EDITION_NUMBER.match(value) or _EDITION_WORD_FIRST.match(value):
                value = m.group(1)
            elif m := _CJK_EDITION.match(value):
                value = _cjk_number(m.group(1))  # "2版", "第2版", "第三版"
        else:
            value = _strip(parts[0])
        if lab in ("container-title", "title") and value.endswith("."):
            value = value.rstrip(".") if not _SHORT_WORD_DOT.search(value) else value
        if value:
            csl.setdefault(lab, value)
    _cjk_edition_closing_title(csl)
    if isinstance(series := csl.get("collection-title"), str) and "," in series \
            and isinstance(number := csl.get("collection-number"), str) and (m := _SERIES_NUMBER_WORD_END.search(series)):
        # "(Berichte der BASt, Heft B 148)": the number's word is no part of the series, its letter part of the number
        csl["collection-title"] = series[:m.start()]
        csl["collection-number"] = f"{m.group(1)} {number}" if m.group(1) else number
    if "container-title" not in csl and ". " in csl.get("title", "") and "event-title" not in csl:
        _meeting_run_into_title(csl)
    container = csl.get("container-title")
    if isinstance(container, str) and "publisher" not in csl and not by_label.keys() & {"volume", "issue", "page"} \
            and ": " + container + ";" in own and re.search(re.escape(container) + r";\s*(?:1[5-9]|20)\d\d", own):
        # Vancouver: "[Internet]. Göteborg: Havs- och vattenmyndigheten; 2022": the name between the place and the
        # year is the publisher
        csl["publisher"] = csl.pop("container-title")
        container = None
    if isinstance(container, str) and "publisher" not in csl and not by_label.keys() & {"volume", "issue", "page"} \
            and is_preprint_server(container):
        csl["publisher"] = csl.pop("container-title")  # "… Jxiv. 2023.": the server that holds the preprint
    if "genre" not in csl and "ersion" in own and (m := _DATASET_VERSION.search(own)):
        csl["genre"] = m.group(1)  # Chicago: "… 1961–2021.” Dataset, version 2.0. Tromsø: NSCO."
    if "coll." in own and ("collection-title" not in csl or _SERIES_WORD.match(csl["collection-title"])) \
            and (m := _COLL_SERIES.search(own)):
        # (also when the labeler's series holds the label and the opening guillemet: "coll. « Que sais-je ?")
        csl["collection-title"] = m.group(1)
        if m.group(2):
            csl.setdefault("collection-number", m.group(2))
        if csl.get("container-title") == m.group(1):
            del csl["container-title"]
    if segs:
        _tidy(csl, text[segs[0].start:min(len(text), segs[-1].end + 40)],
              numbered=bool(by_label.keys() & {"volume", "issue", "page"}))

    if "container-title" not in csl and csl.get("title") and by_label.keys() & {"volume", "page"} \
            and "volume-title" not in by_label:  # (a volume with a title of its own is a book's: "…. Ein Kommentar, Bd. 2: …")
        # "Therapy for Coronavirus Disease 2019. Stem Cells Dev. 2020;29(11)": volume or pages need a
        # container; a short run of capitalised words after the title's last full stop is it
        m = _TITLE_THEN_JOURNAL.match(csl["title"]) or _QUESTION_THEN_JOURNAL.match(csl["title"])
        if m:
            csl["title"], csl["container-title"] = m.group(1), m.group(2).rstrip(". ")
    container = csl.get("container-title")
    if "title" not in csl and isinstance(container, str) and (m := _CJK_TITLE_THEN_JOURNAL.match(container)):
        # SIST 02: "小学生の体力テスト結果の経年変化と運動習慣. 体育学研究. 2018, vol. 63": the article's title and
        # the journal's, read as one container
        csl["title"], csl["container-title"] = m.group(1), m.group(2)
    if "title" not in csl and "container-title" in csl and not by_label.keys() & {"volume", "issue", "page"}:
        # a book (or an edited volume) cited whole has a title and no container
        csl["title"] = csl.pop("container-title")
    title = csl.get("title")
    if isinstance(title, str) and " [" in title and csl.get("translator") and not _TITLE_DESCRIPTION.search(title):
        # a translation's original title in brackets: "Les musées et leurs publics [Musei e pubblico]. Trad. de …"
        head, _, rest = title.partition(" [")
        csl["title"], csl["original-title"] = head.rstrip(" .:"), rest.strip(" ]")
    translations_to_note(csl)
    if (csl.get("title") and csl["title"][-1:] in ")]") or "[" in csl.get("title", ""):
        _title_descriptors(csl)
    for field in ("container-title", "collection-title", "publisher"):
        value = csl.get(field)
        m = _SUPERVISOR.search(value) if isinstance(value, str) and _may_hold(value, _SUPERVISOR_PIECES) else None
        if m and (m.start() == 0 or value[:m.start()].rstrip().endswith(".")):
            # "Vedoucí práce Petr Macek": a thesis's supervisor, neither a container nor a publisher
            csl["note"] = f"{csl['note']}; {value[m.start():]}" if csl.get("note") else value[m.start():]
            if m.start():
                csl[field] = value[:m.start()].rstrip(" .")
            else:
                del csl[field]
    container = csl.get("container-title")
    if isinstance(container, str) and isinstance(csl.get("number"), str) and STANDARD_CODE.match(csl["number"]) \
            and "publisher" not in csl and "publisher-place" in csl and not csl.keys() & {"volume", "issue", "page"}:
        csl["publisher"] = csl.pop("container-title")  # a standard's "Praha: Úřad pro …": its publisher
        container = None
    if isinstance(container, str) and container.endswith(" vom"):
        csl["container-title"] = container = container[:-4]  # "In: Süddeutsche Zeitung vom 7.3.2023"
    if isinstance(container, str) and ", uploaded by " in container:
        # MLA's videos, "YouTube, uploaded by Plant Futures, 12 Oct. 2019": the platform is the container; the
        # uploader, for whom CSL has no field, is kept as a note
        container, _, uploader = container.partition(", uploaded by ")
        csl["container-title"] = container
        csl["note"] = f"{csl['note']}; uploaded by {uploader}" if csl.get("note") else f"uploaded by {uploader}"
    place = csl.get("publisher-place")
    if isinstance(place, str) and place.endswith(" UP") and "publisher" not in csl:
        csl["publisher"] = csl.pop("publisher-place")  # MLA's "Oxford UP": a university press
    genre = csl.get("genre")
    if isinstance(genre, str) and "collection-title" not in csl and "number" not in csl and (
            m := _SERIES_IN_GENRE.match(genre)):
        if "title" not in csl and _YEARS.fullmatch(m.group(2)):
            # "Northwind Group. (2022). Annual report 2021.": a yearly report's year makes its title, no series number
            csl["title"] = csl.pop("genre")
        else:
            # "Thünen Report 96", "UBA-Texte 12": a report series and its number, read as a genre
            csl["collection-title"], csl["number"] = m.group(1), m.group(2)
            del csl["genre"]
    title = csl.get("title")
    if isinstance(title, str) and ". " in title and "collection-title" not in csl and "number" not in csl:
        head, _, last = title.rpartition(". ")
        if (m := _SERIES_IN_GENRE.match(last)) and len(last.split()) <= 5:
            # "Pflanzenschutz im Weinbau. JKI Berichte 212": the series ran into the title
            csl["title"], csl["collection-title"], csl["number"] = head, m.group(1), m.group(2)
    genre, number = csl.get("genre"), csl.get("number")
    if isinstance(genre, str) and isinstance(number, str) and (m := _GENRE_YEAR.search(genre)) \
            and f"{m.group(1)}:{number}" in text:
        csl["genre"], csl["number"] = genre[:m.start()], f"{m.group(1)}:{number}"  # "Rapport 2022:14"
    if isinstance(container, str) and "publisher-place" not in csl and container.count(",") <= 3 \
            and (m := _PROCEEDINGS_PLACE.match(container)) and _CONFERENCE_WORD.search(m.group(1)):
        # IEEE: "Proc. IEEE Int. Conf. Commun. (ICC), Seoul, South Korea": the place the meeting was held
        csl["container-title"], csl["publisher-place"] = m.group(1), m.group(2)
    elif isinstance(container, str) and "event-place" not in csl and "publisher-place" not in csl \
            and csl.get("event-date") and (m := _MEETING_PLACE.match(container)) and names_a_meeting(m.group(1)) \
            and re.search(re.escape(container) + r",\s*\d", text):
        # "In Atti del XXX Convegno annuale di Sinergie, Venezia, 14‑15 giugno 2018": the meeting's place, before its
        # dates
        csl["container-title"], csl["event-place"] = m.group(1), m.group(2)
    if "number" not in csl and isinstance(csl.get("title"), str) and (m := _TITLE_REPORT_NUMBER.search(csl["title"])):
        # "Väntetider i cancervården 2022. Artikelnummer 2023-3-8412": the publication's number ends the title
        csl["title"], csl["number"] = csl["title"][:m.start()], m.group(1)
    if ("[S]" in own or "[S/OL]" in own) and "number" not in csl and isinstance(csl.get("title"), str):
        m = _GBT_STANDARD_NUMBER.search(csl["title"])
        if m:  # GB/T 7714's standard: "老年人跌倒风险评估规范: WS/T 812—2023[S]", online "[S/OL]"
            csl["title"], csl["number"] = csl["title"][:m.start()].rstrip(" :："), m.group(1)

    vols = by_label.get("volume")
    if vols and _ISS_PREFIX.match(_strip(vols[0])) and not _VOL_PREFIX.match(_strip(vols[0])):
        by_label.setdefault("issue", []).insert(0, vols[0])  # "n°160" labelled as a volume is an issue
        vols = None
    if vols:
        v = _strip(vols[0]).strip(" .")
        if v != "V":  # (the Roman volume five, not a prefix: "vol. V")
            v = _VOL_PREFIX.sub("", v).strip(" .")
        m = _VOL_ISSUE.match(v)
        if m:
            v = m.group(1) or m.group(3)
            csl.setdefault("issue", m.group(2) or m.group(4))
        m = _VOL_PAGE.match(v)
        if m and "page" not in by_label:  # "17, 891": physics' volume, page run together
            v = m.group(1)
            csl["page"] = normalize_pages(m.group(2))
        if v and (m := _VOLUME_COUNT.fullmatch(v)) and "number-of-volumes" not in csl:
            csl["number-of-volumes"] = m.group(1)  # Chicago's "2 vols.": how many volumes, not which one
        elif v:
            csl["volume"] = v
    iss = by_label.get("issue")
    if iss:
        i = _ISS_PREFIX.sub("", _strip(iss[0])).strip(" .")
        i = _SUPPLEMENT.sub("Suppl ", i)  # "(Suppl. 2)": a supplement keeps its word, as PubMed writes it
        if i:
            # a double issue "5–6" is written with a hyphen, as page ranges are
            csl["issue"] = _ISSUE_RANGE.sub(r"\1-\2", i)
    publisher, issue = csl.get("publisher"), csl.get("issue")
    if isinstance(publisher, str) and isinstance(issue, str) and issue.isdecimal() and len(issue) <= 2 \
            and _UNIVERSITY.search(publisher) and f"{publisher} {issue}" in own and "volume" not in csl:
        csl["publisher"] = f"{publisher} {issue}"  # "Université Lumière Lyon 2", "Paris 1": the number is the name's
        del csl["issue"]
    if isinstance(issue, str) and issue.isdecimal() and "volume" not in csl and "container-title" in by_label and \
            re.search(r",\s*" + issue + r"\s*,\s*(?:s|ss|pp?|S|blz|str|с)\.\s*\d", own):
        csl["volume"] = csl.pop("issue")  # "’…’, Ymer, 140, s. 77–98": a lone number before the pages is the volume
    pages = by_label.get("page")
    if pages and "ISBN" not in by_label and _ISBN13_PAGE.fullmatch(_strip(pages[0])) and ids.normalize_isbn(_strip(pages[0])):
        by_label["ISBN"] = [pages.pop(0)]  # "…, Zaragoza, Institución Fernando el Católico. ISBN 978-84-9911-452-1"
    if pages:
        p = _strip(pages[0])
        if not p[-1:].isdigit() and not _LETTERED_RANGE.fullmatch(p):  # (the unit ends the field: a field ending in
            p = _PAGES_SUFFIX.sub("", p)  # a digit has none; a supplement's "12S-18S" keeps the letter on both ends)
        p = normalize_pages(p)
        if p:
            csl["page"] = p
    vol = csl.get("volume")
    if "issued" not in csl and isinstance(vol, str) and _YEAR_ONLY.fullmatch(vol) and (
            csl.get("issue") or csl.get("page")):
        csl["issued"] = {"date-parts": [[int(csl.pop("volume"))]]}  # "社会学研究, 2018(6): 80-101": year(issue)
    code = _GBT_CODE.search(text, segs[0].start, segs[-1].end + 8) if segs else None
    if code and code.group(1) == "N" and csl.get("issue") and not csl.get("page"):
        csl["page"] = csl.pop("issue")  # GB/T newspapers: "2022-06-15(07)" is the page (版次)
    publisher = csl.get("publisher")
    if isinstance(publisher, str) and not csl.get("container-title") and csl.get("volume") and csl.get("issue") \
            and _PAGE_RANGE.search(str(csl.get("page", ""))):
        # "Cadernos de Pesquisa, São Paulo, v. 50, n. 176, p. 372-390": a book has no issue and page range,
        # so the name before them is a journal's
        csl["container-title"] = csl.pop("publisher")
    page = csl.get("page")
    if isinstance(page, str) and page.isdecimal() and "container-title" in csl and (
            m := _PAPER_LENGTH.search(text, lo, hi + 8)) and m.group(1) == page:
        # ACM: "ACM, New York, NY, USA, 15 pages": the paper's length, not where it starts
        csl["number-of-pages"] = csl.pop("page")
    if "container-title" not in csl:
        # "412 p.", "320 s.", "360 с.", "210 f." after a book: its length, not a page or a volume
        for seg in segs:
            if seg.label not in ("page", "volume"):
                continue  # (the test below needs one of these: the rest need not be read)
            value = _strip(text[seg.start:seg.end])
            counted = _PAGE_COUNT_AFTER.match(text, seg.end) or _PAGE_COUNT_BEFORE.search(text, max(0, seg.start - 6),
                                                                                         seg.start)
            if not counted:  # "384 с" labelled whole: the unit is inside the segment
                m = _DIGITS.match(value)
                counted = m and _PAGE_COUNT_AFTER.fullmatch(value, m.end())
                value = m.group() if counted and m else value
            if value.isdecimal() and csl.get(seg.label) == value and counted and text[seg.start - 1:seg.start] != "第":
                csl["number-of-pages"] = csl.pop(seg.label)  # (not "第45页": the 45th page, cited)
                break

    if "volume" in csl and "issue" not in csl and "," in text:
        _front_matter_read_as_volume(csl, text, segs)

    for lab, norm in (("DOI", ids.normalize_doi), ("ISBN", ids.normalize_isbn), ("ISSN", ids.normalize_issn),
                      ("PMID", ids.normalize_pmid), ("PMCID", ids.normalize_pmcid)):
        for part in by_label.get(lab, ()):
            val = norm(part.strip())
            if val:
                csl.setdefault(lab, val)
                break
            diags.append(_diag(f"{lab.lower()}.invalid", f"{lab} {part!r} is not valid", lab))
            if lab == "ISBN" and (printed := _printed_isbn(part)):
                # a misprinted check digit is the printer's error or a typo: the number stays as printed, with the
                # warning, as a CSL-JSON record's would (dropped, it was lost from the rendering without a trace)
                csl.setdefault("ISBN", printed)
                break
    for part in by_label.get("arXiv", ()):
        val = ids.normalize_arxiv(part.strip())
        if val is None and (inner := _ARXIV_INSIDE.search(part)):
            val = ids.normalize_arxiv(inner.group(0))  # "arXiv preprint arXiv:2101.01234", "arXiv:… [cs.LG], 2023"
        if val:
            csl.setdefault("number", f"arXiv:{val}")
            csl.setdefault("archive", "arXiv")
            if "arxiv.org" in part.lower() and "URL" not in csl and "DOI" not in csl:
                # a link written as the id ("arxiv.org/abs/2402.09117v2") is the URL; an id alone makes none, as no
                # link stands in the reference (a DOI names the work: no link beside it either)
                csl["URL"] = f"https://arxiv.org/abs/{val}"
            break
    for part in by_label.get("URL", ()):
        scheme = _URL_SCHEME.search(part)
        if scheme and part[:scheme.start()].strip():
            part = part[scheme.start():]  # words the labeler ran into the URL ('see https://...')
        url = _WHITESPACE.sub("", part).rstrip(".,;")
        url = url.strip("<>[]")
        if url:
            found = ids.normalize_doi(url) if "doi.org/" in url.lower() else None
            if found:
                csl.setdefault("DOI", found)
            else:
                csl.setdefault("URL", url)
                break
    vol, container = csl.get("volume"), csl.get("container-title")
    if isinstance(vol, str) and vol.isdecimal() and isinstance(container, str) and f"{vol}/" in own and (
            m := re.search(re.escape(container) + r"\s+(" + vol + r"/(?:19|20)\d\d)\b", own)):
        # "Texte 49/2022", "BfN-Skripten 612/2021": a series number with its year, not a volume and a page
        csl["collection-title"] = csl.pop("container-title")
        csl["collection-number"] = m.group(1)
        del csl["volume"]
        for field in ("page", "issue"):
            if csl.get(field) == m.group(1)[-4:]:
                del csl[field]
    page = csl.get("page")
    series_field = "container-title" if "container-title" in csl else "genre"
    series = csl.get(series_field)
    if isinstance(page, str) and page.isdecimal() and isinstance(series, str) and "volume" not in csl \
            and "issue" not in csl and (m := re.search(re.escape(series) + r"\s+((?:19|20)\d\d[:/]" + page + r")\b", own)) \
            and own.count(m.group(1)[:4]) > 1 and ("publisher" in csl or "publisher-place" in csl):
        # "Aqua reports 2021:7. Drottningholm: SLU", "Research Document 2020/041. Ottawa: DFO": a report series and
        # its number, the year first (the work is dated elsewhere, and has an imprint), not a journal, a date, a page
        csl["collection-title"] = csl.pop(series_field)
        csl["number"] = m.group(1)
        del csl["page"]
    if isinstance(container := csl.get("container-title"), str) and container[:1].isupper() and "number" not in csl \
            and container.split(" ", 1)[0] in STANDARD_BODIES and (m := STANDARD_CODE.search(own)) \
            and m.group(0).startswith(container) and len(m.group(0)) > len(container):
        # "… materials. ISO 7148-2:2012 (ISO, Geneva, 2012).": a standard's designation, read as a container, a
        # volume and pages
        csl["number"] = m.group(0)
        del csl["container-title"]
        for field in ("volume", "issue", "page"):
            value = csl.get(field)
            if isinstance(value, str) and value in m.group(0)[len(m.group(0).split(" ")[0]):]:
                del csl[field]
    if "Std" in own and (m := _IEEE_STANDARD.search(own)) and str(csl.get("number", "")) in m.group(0):
        # "IEEE Std 802.15.4-2020": a standard's designation, read as a container, a volume and pages
        csl["number"] = m.group(0)
        for field in ("container-title", "volume", "issue", "page", "accessed"):
            value = csl.get(field)
            if isinstance(value, str) and value.replace(" ", "") in m.group(0).replace(" ", ""):
                del csl[field]
            elif isinstance(value, dict) and field == "accessed":
                del csl[field]  # "15.4-2020" read as a date
    head = text[max(0, lo - 16):lo + 16]  # (the labeler may leave the number outside every field, or date it)
    if "number" not in csl and ("SOU " in head or "Ds " in head) and (m := _SWEDISH_INQUIRY.search(head)):
        # Sweden's government inquiries: "SOU 2022:47. Ett hållbart arbetsliv …"
        csl["number"] = m.group(0)
        tail = m.group(0).rpartition(":")[2]
        for field in ("page", "volume", "issue"):
            if csl.get(field) == tail:
                del csl[field]
        title = csl.get("title")
        if isinstance(title, str) and title.startswith(tail + ". "):
            csl["title"] = title[len(tail) + 2:]  # "SOU 2021:47. En samlad …": the number's tail read into the title
    if "number" not in csl and ("SOU " in own or "Ds " in own):
        _swedish_inquiry_after_title(csl, own)
    if isinstance(csl.get("number"), str) and csl["number"].split(" ", 1)[0].split("-", 1)[0] in STANDARD_BODIES:
        _standard_number_whole(csl, own)
    if (m := _us_patent(own)) and str(csl.get("number", "")) in m.group(0):
        # Chicago, Harvard: "U.S. Patent 11,104,367 B2, filed June 4, 2019, and issued August 31, 2021."
        csl["number"] = m.group(1)
        if isinstance(csl.get("title"), str) and m.group(0) in csl["title"]:
            csl["title"] = csl["title"][:csl["title"].index(m.group(0))].rstrip(" .,;:")  # "… fruit. US Patent 11,…"
        for field in ("container-title", "volume", "issue", "page", "note", "genre"):
            value = csl.get(field)
            if isinstance(value, str) and (value in m.group(0) or value in own[m.end():] or m.group(1)[-6:] in value):
                del csl[field]
        if (d := _PATENT_DATE_AFTER.match(own, m.end())) and (res := parse_date_ex(d.group(1), "en")).date:
            _grant_date(csl, res.date)  # IEEE's "U.S. Patent 10,998,321, Mar. 9, 2021." ("issued …": below)
    if "number" not in csl and (m := _patent_number(own)):
        # "US11045321B2": a patent's publication number, read as a container and a volume
        csl["number"] = m.group(0)
        for field in ("container-title", "volume", "issue", "page"):
            if isinstance(csl.get(field), str) and csl[field].replace(" ", "") in m.group(0).replace(" ", ""):
                del csl[field]
        number = m.group(0).replace(" ", "")
        for field in ("container-title", "genre", "note"):
            kind = csl.get(field)
            if isinstance(kind, str) and PATENT_WORD.search(kind):
                # "European Patent EP 3 845 112 B1", "Octrooi NL 2021345 B1", "Patent DE 10 2019": the kind of
                # document (a genre, not a container), without the number's start
                whole = kind.find(m.group(0))
                cut = whole if whole > 0 else kind.rfind(m.group(0)[:2])
                del csl[field]
                csl.setdefault("genre", kind[:cut].strip() if cut > 0 and (whole > 0 or number.startswith(
                    kind[cut:].replace(" ", ""))) else kind)
        if isinstance(csl.get("title"), str) and m.group(0) in csl["title"]:
            head, _, rest = csl["title"].partition(m.group(0))
            csl["title"] = head.rstrip(" .,;:")
            if rest.strip(" .,;:") and "publisher" not in csl:
                csl["publisher"] = rest.strip(" .,;:")  # the office after the number
    if ("number" in csl or "Pat" in own or "pat" in own) and (d := _PATENT_GRANTED.search(own)) \
            and (PATENT_WORD.search(own) or PATENT_NUMBER.fullmatch(str(csl.get("number", "")))) \
            and (res := parse_date_ex(d.group(1), lang)).date:
        # "issued August 31, 2021", "Octrooi … verleend op 3 maart 2020", "Patent DE … erteilt am 14. Januar 2021": the
        # grant's date is the patent's, not the filing's
        _grant_date(csl, res.date)
        verb = own[d.start():d.start(1)].strip(" .,:")
        for field in ("publisher", "container-title", "publisher-place", "note"):
            value = csl.get(field)
            if isinstance(value, str) and (value.strip(" .,:") == verb or value.strip(" .,:") in verb.split()
                                           or _DEPOSITOR.match(value) or _DEPOSITOR.match(value + ":")
                                           or _depositor_named(own, value)):
                # "…, veröffentlicht am 19.03.2020": the words before the date are no publisher; nor is ABNT's
                # depositor ("Depositante: Universidade …", an assignee: CSL has no field for it)
                del csl[field]
    title = csl.get("title")
    if isinstance(title, str) and ("atent" in title or "schrift" in title or "muster" in title or "Brevet" in title
                                   or "Octrooi" in title) and (k := _TITLE_PATENT_KIND.search(title)) \
            and PATENT_NUMBER.fullmatch(str(csl.get("number", ""))):
        csl["title"] = title[:k.start()]
        csl.setdefault("genre", k.group(1))  # "… Sportmedizin. Patentschrift": the kind of document
    title = csl.get("title")
    if isinstance(title, str) and " : " in title and "genre" not in csl and (m := _GOST_REPORT_KIND.search(title)):
        csl["title"], csl["genre"] = title[:m.start()], m.group(1)  # "… в 2022 году : государственный доклад"
    _gost_kind_of_work(csl, own)
    if "—" in own and csl.get("container-title") and (m := _GOST_DAY_AFTER_YEAR.search(own)):
        _gost_newspaper_day(csl, m, lang)
    number = csl.get("number")
    if "issued" not in csl and isinstance(number, str) and (m := _DESIGNATION_YEAR.search(number)) \
            and STANDARD_CODE.match(number):
        # "SS-EN ISO 5667-3:2018" with no other date: its year; "DIN 10781:2021-04": its month too
        csl["issued"] = {"date-parts": [[int(m.group(1)), int(m.group(2))] if m.group(2) and 1 <= int(m.group(2)) <= 12
                                        else [int(m.group(1))]]}
    if isinstance(page := csl.get("page"), str) and "number" not in csl and _HAL_DEPOSIT.fullmatch(page):
        csl["number"] = csl.pop("page")  # "HAL SHS, halshs-04123456": a deposit's identifier, never a page
    if csl.get("archive") == "arXiv" and isinstance(pub := csl.get("publisher"), str) \
            and f".{pub}]" in own.replace(" ", ""):
        del csl["publisher"]  # "arXiv:2310.04567 [cs.CL]": the subject class, no publisher
    series = csl.get("collection-title")
    if "collection-number" in csl and "number" not in csl and isinstance(series, str) and _WORKING_PAPERS.search(series):
        csl["number"] = csl.pop("collection-number")
    if "number" not in csl and "collection-number" not in csl and isinstance(series, str) \
            and _WORKING_PAPERS.search(series):
        _working_paper_number(csl, series, own)
    if "issued" not in csl and isinstance(online := csl.get("available-date"), dict) and online.get("date-parts") \
            and "pub" not in own.lower():
        # "…, document 912, mis en ligne le 14 mars 2019, consulté le …": the only date of publication a record gives
        # is its issued date, online or not (an "Epub" date beside a missed issue date stays apart)
        csl["issued"] = csl.pop("available-date")
    if "editor" in csl and "translator" not in csl and (_BOTH_ROLES.search(own) or (
            "(" in own and _BOTH_ROLES_ABBREVIATED.search(own))):
        csl["translator"] = csl["editor"]  # "Edited and translated by Thomas Ainsworth": one person, two roles
    if ")" in own or "Rn" in own or "Rz" in own:
        _drop_pinpoint(csl, own)
    if isinstance(genre := csl.get("genre"), str) and (":" in genre or "," in genre):
        _thesis_genre_without_discipline(csl, genre)
    if "number" in csl and "container-title" not in csl and isinstance(genre := csl.get("genre"), str) \
            and _REPORT_KIND_ALONE.fullmatch(genre):
        del csl["genre"]  # "(Rapport 2020:7)", "TNO-rapport 2022 R11482": the kind beside its number says only "report"
    if "number" not in csl and not csl.keys() & {"volume", "issue", "page"} and (
            m := _REGISTRY_ID.search(text, max(0, lo - 24), hi)) and m.end() > lo:
        _registry_number(csl, m.group())  # (from its letters before: "ISRCTN48291736. Title …", its digits an entry's)
    if isinstance(genre := csl.get("genre"), str) and "medium" not in csl and _CARRIER_GENRE.fullmatch(genre):
        csl["medium"] = csl.pop("genre")  # "[Электронный ресурс]", "[Dokument elektroniczny]": the carrier, not a kind
    for field in [f for f, v in csl.items() if v == ""] if "" in csl.values() else ():
        del csl[field]  # (a piece emptied by the rules above: "[Datamängd]." once its genre is taken out)
    if "author" not in csl and "editor" not in csl and isinstance(csl.get("title"), str):
        _body_read_as_title(csl, lang)
    elif isinstance(authors := csl.get("author"), list) and len(authors) == 1 and "literal" in authors[0] \
            and isinstance(csl.get("title"), str) and ("." in authors[0]["literal"] or "," in authors[0]["literal"]):
        _title_read_into_body(csl, own, lang)
    title = csl.get("title")
    container = csl.get("container-title")
    if (isinstance(title, str) and (language := title_language(title))) or (
            isinstance(container, str) and (language := title_language(container))):
        # styles title-case English titles only (CSL's rule, as citeproc-js applies it); a title the words of no
        # language tell ("Digitale Lehre an Hochschulen") takes its journal's ("Zeitschrift für …": not "Für")
        csl["language"] = language
    if isinstance(container := csl.get("container-title"), str) and "." in container \
            and _DOTTED_ABBREVIATION.fullmatch(container):
        # "Nat. Geosci. 14, 233–239": the full stop after an abbreviated journal's last word is the abbreviation's,
        # not the field's edge (a style printing the name as given printed "Nat. Geosci 14")
        end = max((x.end for x in segs if x.label == "container-title"), default=-1)
        if 0 <= end < len(text) and text[end] == "." and container.endswith(text[max(0, end - 3):end].strip()) \
                and _abbreviated_last_word(container):
            csl["container-title"] = container + "."
    return csl, diags


def _abbreviated_last_word(container: str) -> bool:
    """Is the last word of an abbreviated journal's name ("Nat. Geosci") an abbreviation, not a whole word ("Nat.
    Energy", "Nat. Plants")? By the dictionary's words of abbreviated journal titles (JabRef's lists: "geosci",
    "soc"), of four letters at most when whole journal titles use the word too ("chem", "med"; not "energy"). (The
    lists themselves would say it of more journals, but load 24 MB into every parse.)"""
    last = container.rsplit(None, 1)[-1]
    flags = word_flags(last.lower())
    return "a" in flags and ("j" not in flags or len(last) <= 4)


# a journal's name abbreviated with full stops, its last word too short to be whole ("Nat. Geosci", "Proc. Natl Acad.
# Sci", "J. Am. Chem. Soc", "Z. Naturforsch"): two words or more, one of them dotted, the last of 2-6 letters
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,8}\.?\s+)*[A-Z][a-z]{0,8}\.\s+(?:[A-Z][a-z]{0,8}\.?\s+)*[A-Z][a-z]{1,5}")


# A record's accession in a trial registry or a sequence or expression archive ("ClinicalTrials.gov identifier:
# NCT04812345", "ISRCTN48291736", "DRKS00012345", "PRJNA612345", "GSE178234"): the registry's number of the record
_REGISTRY_ID = re.compile(
    r"(?<![\w/])(?:NCT\d{8}|ISRCTN\d{8}|DRKS\d{8}|ACTRN\d{14}|ChiCTR-?[A-Z]{0,4}-?\d{6,}|CTRI/\d{4}/\d{2,3}/\d{6}|"
    r"jRCTs?\d{9,10}|UMIN\d{9}|EUCTR\d{4}-\d{6}-\d{2}(?:-[A-Z]{2})?|PACTR\d{15}|CRD4\d{10}|NTR\d{4}|NL\d{5}\.\d{3}\.\d{2}|"
    r"PRJ(?:NA|EB|DB)\d{3,}|GSE\d{3,}|[SEDC]R[APRX]\d{6,}|E-MTAB-\d+)(?![\w])")


def _registry_number(csl: dict[str, Any], number: str) -> None:
    """A registry's record, cited with its accession and no journal's numbers, is numbered by it, wherever the
    labeler put it: the registry's "identifier: NCT…" read as a journal is no container, an accession closing the
    title ("…测序数据: PRJNA612345[DS/OL]") no part of it."""
    csl["number"] = number
    container = csl.get("container-title")
    if isinstance(container, str) and number in container:
        del csl["container-title"]
    title = csl.get("title")
    if isinstance(title, str) and title.endswith(number) and len(title) > len(number) + 3:
        csl["title"] = title[:-len(number)].rstrip(" :.,;-–")
    issued = csl.get("issued")
    if isinstance(issued, dict) and isinstance(literal := issued.get("literal"), str) and literal \
            and number.endswith(literal):
        # "NCT04567890. Title. Registered 12 June 2020.": the accession's digits, opening the record, were read as a
        # date the labeler could not parse, and the registration date as a second one
        del csl["issued"]
        if "available-date" in csl:
            csl["issued"] = csl.pop("available-date")


# The general material designation after a title (GOST's "[Электронный ресурс]", ISBD's "[Electronic resource]",
# Polish "[Dokument elektroniczny]", Czech "[elektronický zdroj]"): it names the carrier, which CSL keeps as the
# medium, like "[online]" and "[en ligne]", never the kind of work (no dev gold gives it as a genre)
_CARRIER_GENRE = re.compile(
    r"(?:электронный\s+ресурс|электронное\s+издание|electronic\s+(?:resource|document)|ressource\s+électronique|"
    r"document\s+électronique|recurso\s+electr[óo]nico|recurso\s+eletr[ôo]nico|risorsa\s+elettronica|"
    r"elektronische\s+ressource|dokument\s+elektroniczny|zasób\s+elektroniczny|elektronický\s+zdroj|"
    r"elektronick[ýá]\s+dokument|elektronisk\s+resurs|elektronik\s+kaynak|online|en\s+ligne|en\s+l[íi]nea|"
    r"em\s+linha|in\s+linea|internet)", re.I)


# A footnote's pinpoint, which is the citation's locator and no field of the work: a bare page or range after a
# book's closing imprint ("… (2nd edn, OUP 2018) 214.", "… (Chapel Hill: UNC Press, 2020), 88–91."), a German
# commentary's provision and marginal number ("BGB, 3. Aufl. 2020, § 823 Rn. 12", "…, S. 45 Rn. 7")
_IMPRINT_PINPOINT = re.compile(r"\([^()]*\b(?:1[5-9]|20)\d\d\)\s*,?\s*(\d{1,5})(?:\s*[-–]\s*\d{1,5})?"
                               r"(?:\s*f{1,2}\b\.?)?\s*\.?\s*$")
_MARGINAL_PINPOINT = re.compile(r"(?:§§?\s*(?P<para>\d+\w?)\s*,?\s*)?(?:Rn|Rz|Rdnr|Randnr)\.\s*(?P<mn>\d+)"
                                r"(?:\s*[-–]\s*\d+|\s*f{1,2}\b\.?)?\s*\.?\s*$")


# A thesis's genre, then the discipline after a colon or a comma (theses.fr and ISO 690: "Thèse de doctorat :
# Chimie", "Thèse de doctorat, Histoire"): the genre is the kind of thesis alone, as the golds write it; a school
# named there ("Dissertation, Universität Wien") is no discipline and stays
_GENRE_DISCIPLINE = re.compile(r"([^():,]{4,60}?)\s*[:,]\s+([^\W\d][^():]{1,80})$")
_SCHOOL_WORD = re.compile(r"universit|univerzit|uniwersytet|üniversite|hochschule|school|college|école|ecole|escola|"
                          r"escuela|institut|academ|akadem|faculd|facult|fakult|politec|polytech|\bens\b|大学",
                          re.IGNORECASE)


# a body's name ending the title's first sentence: "Conseil des prélèvements obligatoires. Les impositions …",
# "Comisión Económica para América Latina y el Caribe (CEPAL), Panorama Social …"
_BODY_HEAD = re.compile(r"(?P<body>[^.:;!?]{4,150}?(?:\s\([A-ZÀ-Ý][\w-]{1,12}\))?)(?:\.\s+|(?<=\))\s*,\s+)(?=[^\W\d_])")


def _body_read_as_title(csl: dict[str, Any], lang: str | None) -> None:
    """A body that wrote a report or a page, read into its title when no author was found: the title's first
    sentence a body's name ("Conseil des prélèvements obligatoires. Les impositions locales …"), or the whole title
    one with the work's title read as the container ("United States Geological Survey" + "Search Earthquake
    Catalog"; a journal's numbers or an editor keep the container a container, and a body read as the container
    is the publisher: "Soziale Ungleichheit und Gesundheit …" + "Robert Koch-Institut"). The body is the author."""
    title = csl["title"]
    if (m := _BODY_HEAD.match(title)) and len(title[m.end():].split()) >= 2 and body_name(m["body"].strip(), lang):
        csl["author"] = [{"literal": m["body"].strip()}]
        csl["title"] = title[m.end():]
        return
    container = csl.get("container-title")
    if isinstance(container, str) and len(container.split()) >= 2 and not any(
            csl.get(f) for f in ("volume", "issue", "page", "container-author", "ISSN")) \
            and body_name(title.strip(" ."), lang) and not body_name(container.strip(" ."), lang):
        csl["author"] = [{"literal": title.strip(" .")}]
        csl["title"] = container
        del csl["container-title"]


# a body's name, then the title's first words after its full stop or comma, read as one author
_BODY_THEN_TITLE = re.compile(r"(?P<body>[^.,;:]{4,150}?)[.,]\s+(?=[^\W\d_])")


def _title_read_into_body(csl: dict[str, Any], own: str, lang: str | None) -> None:
    """A body's name read with the title's first words as the one author: "Główny Urząd Statystyczny, Ludność" +
    "Stan i struktura …", "Ministerio de Sanidad. Estrategia de Salud Mental del Sistema Nacional de Salud" + "Período
    2022-2026". The body is the author and the rest opens the title, as the text writes them, when the body is a body's
    name, the rest is none ("…, Servizio Studi" is the body's office) and the title follows the rest in the text."""
    literal = csl["author"][0]["literal"]
    m = _BODY_THEN_TITLE.match(literal)
    if m is None:
        return
    body, rest = m["body"].strip(), literal[m.end():].strip()
    # (not a name's own comma or abbreviation: "Agence nationale …, de l’environnement et du travail", "INSPECTION
    # GÉNÉRALE DE L’ÉDUCATION, DU SPORT …", "Deutsche Gesellschaft für Geriatrie e. V.")
    if not rest or not rest[0].isupper() or len(rest.split()) > 20 or len(body.split()[-1]) < 3 \
            or (body.isupper() and rest.split()[0].isupper()) or not body_name(body, lang) or body_name(rest, lang):
        return
    title = csl["title"]
    at = own.find(rest)
    t = own.find(title, at + len(rest)) if at >= 0 else -1
    if t < 0 or t - (at + len(rest)) > 3:
        return
    csl["author"] = [{"literal": body}]
    csl["title"] = own[at:t + len(title)]


def _thesis_genre_without_discipline(csl: dict[str, Any], genre: str) -> None:
    """Cut the discipline off a thesis's genre (:data:`_GENRE_DISCIPLINE`)."""
    m = _GENRE_DISCIPLINE.match(genre)
    if m and is_thesis_genre(m.group(1)) and not _SCHOOL_WORD.search(m.group(2)) \
            and not is_thesis_genre(m.group(2)):
        csl["genre"] = m.group(1).rstrip()


# A report's kind alone, as a genre beside the report's number ("(Rapport 2020:7)", "Rapport n° 2022-14.", "(STOWA-rapport
# 2021-34)", "Informe técnico IGME-2021/07"): it says no more than the type, and most dev golds (25 of 27 such reports)
# give the number with no genre. Dropped only where no container is found, as the type then stays a report without
# it (the kind is the type's cue where a publisher was misread as a container). English "Technical Report" is left
# as it is: the one dev gold of that form (IEEE's "Tech. Rep.") keeps it.
_REPORT_KIND_ALONE = re.compile(r"(?:[A-Z]{2,}-)?(?:rapport|raport|rapor|rapporto|bericht|informe(?:\s+técnico)?|"
                                r"relatório(?:\s+técnico)?|cahier)", re.IGNORECASE)


# a working paper's number closing its series' name: "NBER Working Paper 28976", "CEPR Discussion Paper No. DP17123"
_SERIES_CLOSING_NUMBER = re.compile(r"\s+(?:no\.?\s*|nr\.?\s*|n[°º]\s*)?([A-Z]{0,4}\d[\w./:-]*)$", re.IGNORECASE)


def _working_paper_number(csl: dict[str, Any], series: str, own: str) -> None:
    """The number of a working paper read into its series' name, or as a year ("IFN Working Paper 1287" gave an
    available-date 1287): the paper's number, as _WORKING_PAPERS' number is the report's."""
    m = _SERIES_CLOSING_NUMBER.search(series)
    if m and _WORKING_PAPERS.search(series, 0, m.start()):
        csl["collection-title"], csl["number"] = series[:m.start()].rstrip(" ,"), m.group(1)
        return
    later = csl.get("available-date")
    parts = later.get("date-parts") if isinstance(later, dict) else None
    if parts and len(parts) == 1 and len(parts[0]) == 1 \
            and re.search(re.escape(series) + r"\s*(?:no\.?\s*|nr\.?\s*)?" + str(parts[0][0]) + r"(?!\d)", own):
        csl["number"] = str(parts[0][0])  # (a four-digit number after the series, read as a second year)
        del csl["available-date"]


def _drop_pinpoint(csl: dict[str, Any], own: str) -> None:
    """Take a footnote's pinpoint (:data:`_IMPRINT_PINPOINT`, :data:`_MARGINAL_PINPOINT`) out of the fields that
    read it: the page of a book with no container, the volume and page of a commentary's provision."""
    if "container-title" not in csl and (m := _IMPRINT_PINPOINT.search(own)) and \
            str(csl.get("page", "")).split("-")[0] == m.group(1):
        del csl["page"]
    # (every match holds "Rn.", "Rz.", "Rdnr." or "Randnr.", case and all: three substring tests in C skip the scan)
    if ("Rn." in own or "Rz." in own or "dnr." in own) and (m := _MARGINAL_PINPOINT.search(own)) is not None:
        for field in ("volume", "issue", "page"):
            if field in csl and csl[field] in (m["mn"], m["para"]):
                del csl[field]


def infer_type(csl: dict[str, Any], text: str = "") -> str:
    """A CSL type from the fields found (:func:`refnorm.normalizers.types.infer_type`), refined by cues
    of the reference text the fields do not carry: GB/T 7714 document codes ("[J]", "[M]", "[D]"...)
    and an "In:"/"dans :"/"W:" before a container (a chapter, unless the container has volume numbers)."""
    m = _GBT_CODE.search(text)
    if m:
        if m.group(1).upper() == "M" and text[m.end():m.end() + 2] == "//":
            return "chapter"  # "…[M]//Editor. Book title": a part of a monograph
        if m.group(1).upper() == "A" and _GBT_CODE.search(text, m.end()):
            return "chapter"  # GB/T 7714-2005: "题名[A]. 编者. 文集名[C]. …"
        kind = _GBT_TYPES[m.group(1).upper()]
        if kind == "webpage" and any(is_preprint_server(str(csl.get(f) or "")) for f in ("container-title", "publisher")):
            return "article"  # "…[EB/OL]. ChinaXiv, 2022 [2022-09-01]. https://…": a preprint posted online
        return kind
    if _us_patent(text):
        return "patent"
    kind = _infer_type(csl, text)  # (the text keeps what no field holds: "[map]", "…, 2018, CD.")
    number = csl.get("number")
    if kind in ("book", "chapter", "document", "report") and isinstance(number, str) and number in text[:len(number) + 8] \
            and STANDARD_CODE.fullmatch(number):
        return "standard"  # a reference opening with a standard's designation: "ГОСТ Р ИСО 9001–2015. …"
    if kind == "document" and _PREPRINT_AT.search(text):
        return "article"  # Nature: "Preprint at https://doi.org/10.31235/osf.io/x7k2m (2022)."
    container = str(csl.get("container-title") or "")
    if kind in ("book", "document") and not container and not csl.get("edition") and not csl.get("ISBN") \
            and any("literal" in a and "family" not in a for a in csl.get("author") or ()) \
            and (csl.get("publisher") or csl.get("publisher-place") or csl.get("URL")):
        return "report"  # a document an institution issued itself: "Socialstyrelsen. Riktlinjer. Stockholm; 2021."
    if kind == "document" and not container and csl.get("title") and csl.get("publisher-place"):
        return "book"  # "Madrid: Alfaguara" with the publisher missed is still a place of publication
    if kind in ("article-journal", "document") and not container and csl.get("volume-title") and csl.get("title"):
        return "book"  # "…, t. II: Obyczaj i religijność, Kraków 2014, s. 233–251": a volume with a title of its own
    if kind == "article-journal" and container and csl.get("volume-title") and csl.get("publisher"):
        return "chapter"  # "in Storia della critica, vol. III, Il Seicento, Roma, Salerno": a journal's volume has no title
    if kind == "document" and not container and csl.get("title") and csl.get("collection-title") \
            and csl.get("collection-number"):
        # "『…』人口問題研究資料第347号": a numbered series holds books, or an institution's reports
        return "report" if any("literal" in a for a in csl.get("author") or ()) else "book"
    if kind in ("article-journal", "book", "document") and csl.get("container-title") and "volume" not in csl \
            and "issue" not in csl and _has_in_cue(text):
        return "chapter"
    return kind
