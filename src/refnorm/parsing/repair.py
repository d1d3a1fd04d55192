"""Small, general repairs of the labeler's output that the CRF's two-token window gets wrong.

Each repair states a fact about references in any style, not a fix for one string:

- a day number printed before a month name belongs to the date ("9 mars 2020", "12 Jan. 2019"),
  whatever the labeler thought (it often reads a small number before a date as a volume);
- a numeric date glued by slashes ("2018/11/16") is one date, not a year and two locators;
- a number between a date or volume and the pages is an issue, not an entry number ("2018;(35):672-8");
- a year opening the title of a reference that has no date is the date ("Anderson, R. 1976 Directions");
- a DOI has no whitespace inside: an entry number after a space ends it ("…30183-5 4. Guan W-J";
  PDF text also puts spaces inside DOIs and URLs, "https : //doi.org/…", so only a number is cut);
- a reference without a title whose author run goes on past its last initials with capitalised words
  ("Толстой Л. Н. Война и мир. М.: …", "Novák, J. a Svoboda, P. Ekonomika podniku. 2. vyd.") has its
  title there: names end with their initials in these styles;
- a year closing the title after a comma ("… in China, 2019. N Engl J Med. 20 févr 2020;382(8)") is
  part of the title when the reference has another date beside its volume or pages;
- a reference that has authors and a date but no title, with a run of several words labelled as
  separators between its fields, has its title in that run (a title in a language or form the
  model has not seen is the likeliest thing to be left unlabelled);
- a role word next to a list of names says what the names are, however long the list: the names
  opening a reference and followed by "eds."/"(Hrsg.)" are its editors (an edited volume cited
  whole: "Diamond, Irene, and Gloria Feman Orenstein, eds. Reweaving the World"); later names after
  "Ed."/"Edited by" are editors and after "Trans."/"Translated by"/"trad." translators, and names
  followed by "(trans.)" are translators. The labeler sees two words either side, so a role word
  beyond a long list of names is out of its sight;
- a title after the editors of a reference that already has a title is the container's
  ("Title. In D. J. Cain & J. Seeman (eds.). Humanistic Therapies ..."): one work has one title;
- a number and a page unit closing a reference ("1980. 475 p.", "2011. 280 s.", "630 с.") are its length,
  never nothing: left unlabelled they would vanish from the record (``fields.py`` makes the number
  ``number-of-pages`` when the reference has no container);
- a DOI runs to the next whitespace ("10.5117/MEM2019.1.002.DEJO"): the labeler, seeing letters after
  a full stop, ends it early and the rest vanishes (a closing full stop or comma is the sentence's);
- a day-first numeric date glued by full stops ("14.09.2023") is one date, not a volume, a page and a year;
- GOST repeats the heading's author after the title ("Петров В. Н. Городская среда / В. Н. Петров. — М.") :
  between the heading's initials and " / " is the title, and the names after it are the authors again (the
  labeler, seeing names on both sides, runs the author over a short title);
- a number right after an issue term ("№ 3", "Nr. 4", "č. 2", "Sayı 5") in an article that has no
  issue is its issue: the labeler learnt "№" after a volume ("Т. 5, № 3") and leaves it alone after a
  year ("— 2022. — № 3. —");
- a full stop after a number followed by a lower-case word is an ordinal inside the field ("ve
  20. století", "im 19. Jahrhundert", "do 20. wieku"), not the field's end;
- a date after an "updated" cue ("Mis à jour le", "Updated", "Aktualisiert am") is when the page was
  published, not when it was read: with no other date it is the date of issue;
- a Roman numeral standing alone right after the journal of an article with no volume is the volume
  ("«Archivio di Studi Urbani e Regionali», LI, 2020, n. 128");
- words between a book's date and its ISBN are its series (ISO 690: "Praha: Academia, 2018. Historie. ISBN …"),
  not a second title or a journal: one work has one title;
- a standard's designation opening the reference ("ISO 690:2021.", "ČSN ISO 690.", "DIN SPEC 91472:2023-04.")
  is its number, not an entry number, a date or an author; a patent office read as a journal ("U.S. Patent
  11 084 263") is the patent's kind and the numbers after it its number, not a volume and a page;
- a number alone in brackets right after the journal is an issue without a volume (APA: "Coğrafya Dergisi, (44),
  97-112"): a volume is printed bare;
- a note that is an edition statement ("2nd ed.", "3rd edn", "2. Aufl.") is the edition: GROBID's training rows
  call it a note, AnyStyle's and the renderer's an edition.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from itertools import compress, islice
from typing import Any

from refnorm.normalizers.dates import is_no_date_word
from refnorm.normalizers.names import body_name, lead_role, parse_name, role_before, role_of, role_words
from refnorm.normalizers.types import is_thesis_genre, names_a_manuscript, names_a_meeting
from refnorm.normalizers.unicode import CJK_CHARS, CLOSING_QUOTES, QUOTE_CLOSERS
from refnorm.parsing.features import token_features
from refnorm.parsing.identifiers import LINK_FILE_TYPES, normalize_isbn
from refnorm.parsing.legal import ACT_WORDS
from refnorm.parsing.lexicon import (
    AND_WORDS,
    CIRCLED_NUMBERS,
    DESCRIPTION,
    EDITION_WORDS,
    FURTHER_WORDS,
    LANGUAGE_NOTE,
    NOT_SERIES,
    NUMBER_WORDS,
    PAGE_COUNT_UNITS,
    PUBLISHER_WORDS,
    RANGE_DASHES,
    REPRINT_WORDS,
    STANDARD_BODIES,
    STANDARD_CODE,
    UNIVERSITY,
    VERSION_WORDS,
    term_classes,
    word_flags,
)
from refnorm.parsing.split import HEADING_WORDS
from refnorm.parsing.tokens import Token

__all__ = ["repair_labels"]

_NUMERIC = {"volume", "issue", "page", "number", "O"}
_DAY_MISREAD = frozenset({*_NUMERIC, "accessed"})
_LOCATOR_MISREAD = frozenset({"volume", "issue", "page"})
_TEXT = operator.itemgetter(0)  # a Token's text: ``map(_TEXT, tokens)`` reads them in C
# the words that open a translator's phrase ("Trad. de", "vert. door", "Çev.", "Přel.", "przeł.", "Tradução de", "übers.
# v.", "пер. с англ.", "translated from"), as the stems they start with: role_before confirms the whole phrase
_TRANSLATED_WORDS = ("trans", "tradu", r"trad\b", "übers", r"vert(?:\b|aa)", "przeł", "tłum", "přel", "övers", "çev",
                     r"пер(?:\b|ев)")
# (a lookahead for the words' first letters, tested in one class before the alternation: half the scan of every
# reference's text; the same matches)
_TRANSLATED_CUE = re.compile("(?=[" + "".join(sorted({w[0] for w in _TRANSLATED_WORDS})) + r"])\b(?:"
                             + "|".join(_TRANSLATED_WORDS) + ")", re.I)
# (in ASCII text ``re.I`` folds ASCII letters only to each other: there a match, lower-cased, holds "tra" or "vert", two
# substring tests of ~0.3 us that skip the scan, ~4 us, for most references)


# the texts of day numbers as ASCII writes them: 1-31, with or without a leading zero
_ASCII_DAYS = frozenset([str(d) for d in range(1, 32)] + [f"0{d}" for d in range(1, 10)])
_ISSUED = frozenset({"issued", "^issued"})
_APOSTROPHES = frozenset({"’", "'"})
_CITATION_NUMBER = frozenset({"citation-number", "^citation-number"})
_LINK_LABELS = frozenset({"DOI", "^DOI", "URL", "^URL"})
# "14.09.2023" in the tokens joined by spaces, from the space after the day (a pattern opening with a literal is
# scanned for in C, fast); no such match can overlap another
_GLUED_DAY_FIRST = re.compile(r" \. \d{1,2} \. \d{4}(?![^ ])")


def _writes(method: Any) -> Any:
    """``list``'s ``method`` for `_Labels`: a write, after which its set of labels is made again."""
    def write(self: _Labels, *args: Any, **kwargs: Any) -> Any:
        self._found = self._coded = None
        return method(self, *args, **kwargs)

    write.__name__ = method.__name__
    return write


class _LabelCodes(dict):  # type: ignore[type-arg]
    """One character for each label, given out as labels are first met (a model's labels, and those the rules
    write): the labels as a string, in which a regular expression finds a run in C."""

    def __missing__(self, label: str) -> str:
        code = self[label] = chr(0x100 + len(self))
        return code


_CODES = _LabelCodes()
_RUN_PATTERNS: dict[str, re.Pattern[str]] = {}


def _run_pattern(label: str) -> re.Pattern[str]:
    """A run of ``label`` and its begin-marked form, in the labels' string."""
    pattern = _RUN_PATTERNS.get(label)
    if pattern is None:
        pattern = _RUN_PATTERNS[label] = re.compile(f"[{_CODES[label]}{_CODES['^' + label]}]+")
    return pattern


class _Labels(list):  # type: ignore[type-arg]
    """The labels under repair: a list whose membership test (``"title" in out``: ~160 a reference, in the rules'
    gates and in `_runs_of`) reads a set of its labels, and whose runs (`_runs_of`, ~20 a reference) are found in a
    string of its labels' codes, both made again after a write (~0.4 a reference), instead of comparing the label
    with each token's in Python."""

    __slots__ = ("_coded", "_found")

    def __init__(self, labels: Sequence[str]) -> None:
        super().__init__(labels)
        self._found: frozenset[str] | None = None
        self._coded: str | None = None

    def __contains__(self, label: object) -> bool:
        found = self._found
        if found is None:
            found = self._found = frozenset(self)
        return label in found

    def coded(self) -> str:
        """The labels as one string, a character each (`_CODES`)."""
        coded = self._coded
        if coded is None:
            coded = self._coded = "".join(map(_CODES.__getitem__, self))
        return coded

    def __setitem__(self, i: Any, value: Any) -> None:
        self._found = self._coded = None
        super().__setitem__(i, value)

    def __delitem__(self, i: Any) -> None:
        self._found = self._coded = None
        super().__delitem__(i)

    def __iadd__(self, other: Any) -> _Labels:
        self._found = self._coded = None
        return super().__iadd__(other)  # type: ignore[return-value]

    def __imul__(self, n: Any) -> _Labels:
        self._found = self._coded = None
        return super().__imul__(n)  # type: ignore[return-value]

    append = _writes(list.append)
    extend = _writes(list.extend)
    insert = _writes(list.insert)
    pop = _writes(list.pop)
    remove = _writes(list.remove)
    clear = _writes(list.clear)
    sort = _writes(list.sort)
    reverse = _writes(list.reverse)


def _day_number(text: str) -> bool:
    return text.isdecimal() and len(text) <= 2 and 1 <= int(text) <= 31


# A label without its begin marker is ``label.lstrip("^")``, written out inline: it runs ~170 times
# per reference, and a helper function's call cost more than the strip.


def _whole_isbn(tokens: Sequence[Token], out: list[str], i: int) -> None:
    """Label ISBN the tokens after ``tokens[i]`` ("ISBN") that spell the longest valid ISBN (at most 17 tokens)."""
    j = i + 1
    if j < len(tokens) and tokens[j].text == ":":
        j += 1
    spelled, best = "", 0
    for k in range(j, min(len(tokens), j + 17)):
        t = tokens[k].text
        if not (t.isdecimal() or t in ("-", "\u2010", "X", "x")) or (k > j and tokens[k].newline_before):
            break
        spelled += t
        if normalize_isbn(spelled):
            best = k + 1
    if best and any(out[k].lstrip("^") != "ISBN" for k in range(j, best)):
        for k in range(j, best):
            out[k] = "^ISBN" if out[k].startswith("^") and k == j else "ISBN"


# words that count a work's pages after their number ("12 pages")
_LENGTH_WORDS = frozenset({"pages", "Seiten", "pagine", "páginas", "pagina's", "stron", "stran", "sidor"})


# the Scandinavian word for a page, abbreviated ("sid. 45")
_SID = frozenset({"sid", "Sid"})


# (the token texts joined by spaces) what six rules need before they walk the tokens, tested in C: a number after a
# word ("May 13 ,"), capitals after an initial's stop ("D . M . HINDENLANG ."), initials around "and" before a year
# ("O J and Laroze D 2015 "), a Roman number between full stops (". II ."), an initial after a colon (": F . "),
# numbers after a closing bracket (") , 427 , 426")
_DAY_AFTER_WORD_TEXT = re.compile(r"[^\W\d_] \d{1,2} [,.]")
_CAPITALS_AFTER_INITIAL_TEXT = re.compile(r"(?<![^ ])[^\W\d_] \. [^\W\d_a-z]{3,} \. ")
_NAMES_BEFORE_YEAR_TEXT = re.compile(r"(?<![^ ])[^\W\d_]{1,3} (?:and|&) [^\W\d_]+ (?:[^\W\d_]{1,3} ){1,3}(?:1[5-9]|20)\d\d ")
_PART_NUMBER_TEXT = re.compile(r"\. [IVXL]{1,6} \. ")
_INITIAL_AFTER_COLON_TEXT = re.compile(r": [^\W\d_] \. ")
_PAGES_AFTER_BRACKET_TEXT = re.compile(r"\) , \d+ , \d")


def repair_labels(tokens: Sequence[Token], labels: list[str]) -> list[str]:
    """A repaired copy of ``labels`` (same length)."""
    out = _Labels(labels)
    n = len(tokens)
    # the token texts once, as a set and as one string: the rules look for their trigger in them (in C) before
    # walking any tokens. A token holds no space, so a match at ``p`` in ``blob`` starts token ``blob.count(" ", 0, p)``
    texts = list(map(_TEXT, tokens))
    words = set(texts)
    blob = " ".join(texts)
    # (the three token loops below visit only the tokens that can start what they look for, picked in C: the
    # same tokens in the same order as a loop over all; a non-ASCII text may hold other digits)
    for i in compress(range(n), map(_ASCII_DAYS.__contains__ if blob.isascii() else _day_number, texts)):
        # "9 mars 2020", "12 Jan. 2019": a day number before a month name is the date's (not a locator, nor
        # the start of a date of reading: "Veröffentlicht: 2. Juni 2020")
        if out[i].lstrip("^") in _DAY_MISREAD:
            j = i + 1
            if j < n and tokens[j].text in "." and j + 1 < n:
                j += 1
            if j < n and out[j].lstrip("^") == "issued" and "month" in token_features(tokens[j].text) and (
                    i == 0 or out[i - 1].lstrip("^") != "issued"):
                out[i] = "^issued" if out[i].startswith("^") else "issued"
                if j == i + 2:
                    out[i + 1] = "issued"
            elif j + 1 < n and "issued" not in out and "^issued" not in out and "month" in token_features(
                    tokens[j].text) and _YEAR_TOKEN.fullmatch(texts[j + 1]) \
                    and out[i].lstrip("^") in _LOCATOR_MISREAD and out[j].lstrip("^") in _LOCATOR_MISREAD | {"O"} \
                    and out[j + 1].lstrip("^") in _LOCATOR_MISREAD:
                # the whole date misread as locators, in a reference with no other date: "Blog Calcul Scientifique;
                # 9 mars 2020 [cité le …]" read as volume 9, page 2020
                out[i:j + 2] = ["issued"] * (j + 2 - i)
    if ("-" in words or "–" in words) and _DAY_RANGE_TEXT.search(blob):
        _day_range_before_month(tokens, out)
    for i in compress(range(n - 4), map(_ISSUED.__contains__, out)):
        # "2018/11/16": a numeric date glued by slashes or hyphens is one date
        if len(texts[i]) != 4:
            continue
        a, s1, b, s2, c = tokens[i:i + 5]
        if a.text.isdecimal() and s1.text == s2.text \
                and s1.text in "/-." and b.text.isdecimal() and c.text.isdecimal() and len(b.text) <= 2 \
                and len(c.text) <= 2 and not (s1.space_before or b.space_before or s2.space_before or c.space_before):
            for k in range(i + 1, i + 5):
                out[k] = "issued"
    for m in _GLUED_DAY_FIRST.finditer(blob):
        # "14.09.2023", "12.07.2022": a day-first numeric date glued by full stops is one date, not a volume, a
        # page and a year (an access date stays one); so is the Czech and German spaced form, "14. 1. 2020", which
        # the labeler may read as a stray entry number
        i = blob.count(" ", 0, m.start()) + 4  # (the year's token: the match starts at the space after the day's)
        a, s1, b, s2, c = tokens[i - 4:i + 1]
        glued = not (s1.space_before or b.space_before or s2.space_before or c.space_before)
        spaced = not (s1.space_before or s2.space_before) and b.space_before and c.space_before
        if a.text.isdecimal() and len(a.text) <= 2 and 1 <= int(a.text) <= 31 and 1 <= int(b.text) <= 12 \
                and 1500 <= int(c.text) <= 2100 and (glued or spaced):
            labs = {out[k].lstrip("^") for k in range(i - 4, i + 1)}
            if "accessed" in labs or not labs & ({"issued", "volume", "issue", "page"} if glued else
                                                 {"issued", "volume", "issue", "page", "citation-number", "O"}):
                continue
            first = "^issued" if out[i - 4].startswith("^") else "issued"
            out[i - 4:i + 1] = [first, "issued", "issued", "issued", "issued"]
    # (each loop below looks for one label: a C-level membership test skips it when that label is absent)
    for i in compress(range(n), map(":".__eq__, texts)) if ":" in words and ("volume" in out or "^volume" in out) else ():
        # Taylor & Francis "Regional Studies, 53:4, 512-524": the number glued after the volume's colon is the issue,
        # when the pages follow after a comma (the labeler read it as a first page)
        k = i + 1
        if i >= 1 and k + 2 < n and out[i - 1].lstrip("^") == "volume" and texts[k].isdecimal() \
                and not tokens[i].space_before and not tokens[k].space_before and out[k].lstrip("^") == "page" \
                and texts[k + 1] == "," and out[k + 2].lstrip("^") == "page":
            out[k] = "issue"
    for i in compress(range(n), map(_SID.__contains__, texts)) if words & _SID else ():
        # Swedish, Danish and Norwegian "sid. 45" ("sida", "side"): the number after it is the page, never an entry
        # number or a note
        k = i + 2
        if k < n and texts[i + 1] == "." and texts[k].isdecimal() and out[k].lstrip("^") in ("O", "citation-number") \
                and not any(x.lstrip("^") == "page" for x in out):
            out[k] = "page"
            if k + 2 < n and texts[k + 1] in ("-", "\u2013") and texts[k + 2].isdecimal():
                out[k + 1] = out[k + 2] = "page"
    if "DOI" in out or "^DOI" in out:
        _doi_cut_inside(tokens, out)
    if "Patent" in words and "(" in words:
        _patent_number_in_brackets(tokens, out)
    if not words.isdisjoint(_LICENCE_WORDS) and "CC" in words:
        _licence_statement(tokens, out)
    if "," in words and ("publisher" in out) != ("publisher-place" in out):
        _place_named_in_publisher(tokens, out)
    for i in compress(range(n - 1), map("ISBN".__eq__, texts)) if "ISBN" in words else ():
        # "ISBN 978-3-412-22145-4, S. 112–118": the digits after "ISBN" that make a valid ISBN are the ISBN's, all of
        # them (the labeler gave its check digit to the issue when pages followed)
        _whole_isbn(tokens, out, i)
    for i in compress(range(1, n), map(_CITATION_NUMBER.__contains__, islice(out, 1, None))) \
            if "citation-number" in out or "^citation-number" in out else ():
        # "2018/11/16;(35):672-8": a number between a date/volume and the pages is an issue, not an
        # entry number, however much "(35)" looks like one
        if tokens[i].text.isdecimal():
            prev = next((out[k].lstrip("^") for k in range(i - 1, -1, -1) if out[k].lstrip("^") != "O"), "")
            nxt = next((out[k].lstrip("^") for k in range(i + 1, n) if out[k].lstrip("^") != "O"), "")
            if prev in ("issued", "volume") and nxt == "page":
                out[i] = "issue"
            elif prev in ("issue", "volume") and tokens[i - 1].text == ":" and not tokens[i].space_before \
                    and "page" not in out[i + 1:i + 4]:
                # Vancouver's "2018;13(1):64. 2. Nakamura H": a number glued to the colon after the issue is the
                # article's page; the entry number is the next one
                out[i] = "page"
    # (the loop reads each label as it reaches it: a link the body relabels is skipped after)
    for i in compress(range(1, n), map(_LINK_LABELS.__contains__, islice(out, 1, None))) \
            if "DOI" in out or "^DOI" in out or "URL" in out else ():
        # "…/boletim.pdf 2. Moura LF": the next entry's number after a space is no part of a link
        if out[i - 1].lstrip("^") == (link := out[i].lstrip("^")) and tokens[i].space_before \
                and not tokens[i].newline_before and _entry_number_at(tokens, i):
            k = i
            while k < n and out[k].lstrip("^") == link:
                out[k] = "O"
                k += 1
    if "1" in words and (":" in words or "/" in words) and _SCALE_TEXT.search(blob):
        _map_scale(tokens, out, blob)
    if "(" in words and "title" in out and (out.count("issued") + out.count("^issued")) > 1:
        _species_authority(tokens, out)
    if "(" in words and "container-title" in out and "title" in out:
        _latin_name_closing_title(tokens, out)
    if "container-title" in out and "." in words and ("issued" in out or "^issued" in out):
        _journal_word_read_as_date(tokens, out)
        _journal_word_left_out(tokens, out)
    if "container-title" in out and "volume" in out and ("publisher-place" in out or "publisher" in out):
        _journal_word_before_volume(tokens, out)
    if ("issued" in out or "^issued" in out) and "." in words:
        _month_then_year(tokens, out)
    if ";" in words and "issued" in out:
        _day_after_month(tokens, out)
    if "," in words and ("issued" in out or "^issued" in out) and not words.isdisjoint(_US_MONTHS):
        _us_month_day_year(tokens, out)
    if "issued" in out and ("volume" in out or "issue" in out) and _DAY_AFTER_WORD_TEXT.search(blob):
        _day_after_month_read_as_number(tokens, out)
    if "title" in out and not blob.isascii():
        _cjk_character_closing_title(tokens, out)
    if "（" in words and "container-title" in out:
        _cjk_journal_in_brackets(tokens, out)
    if "container-title" in out and "title" not in out and "^title" not in out and max(words) >= "\u3040":
        _cjk_title_run_into_journal(tokens, out)
    if "URL" in out:
        _words_after_link(tokens, out)
        if "container-title" not in out and "publisher" not in out and "^publisher" not in out:
            _site_name_closing_title(tokens, out)
    _title_year(tokens, out)
    if "v" in words:
        _abnt_journal_place(tokens, out)
    if "(" in words and "," in words and ("issued" in out or "^issued" in out):
        _date_in_year_brackets(tokens, out)
    if ":" in words:
        _ahead_of_print_locator(tokens, out)
    dates = out.count("issued") + out.count("^issued")
    if "/" in words and dates > 1:
        _school_year_in_title(tokens, out)
    if "," in words and ("page" in out or "^page" in out) and dates:
        _years_read_as_pages(tokens, out)
    if ("(" in words or "[" in words) and "container-title" not in out and "title" in out:
        _oscola_journal(tokens, out)
    if "." in words and ("volume" in out or "issue" in out):
        if "container-title" in out:
            _journal_name_cut_inside(tokens, out)
        elif "title" in out and "," in words:
            _journal_name_closing_title(tokens, out)
        dates = out.count("issued") + out.count("^issued")
    # (cheap tests in C first: a second date, or the text of a span of years after a comma)
    span = dates > 0 and not words.isdisjoint(_SPAN_LINKS) and _YEAR_SPAN_TEXT.search(blob)
    if dates > 1 or (dates and "accessed" in out) or span:
        _year_closing_title(tokens, out, bool(span))
    if dates > 1:
        _year_in_a_name(tokens, out)
    if "vol" in words and "," in words:
        _springer_series(tokens, out)
    if dates > 1 and not words.isdisjoint(_SERIES_CASED):
        _series_number_read_as_year(tokens, out)
    if dates > 1 and ";" in words:
        _date_closing_title_before_imprint(tokens, out)
    if "author" in out and "title" in out and not words.isdisjoint(_OPENING_ARTICLES):
        _title_article_after_initial(tokens, out)  # (before the volume rules: "Morin E. La Méthode. Tome 1, …")
    if "volume" in out and ("publisher-place" in out or "publisher" in out):
        if "container-title" in out and "," in words:
            _volume_title_before_comma_imprint(tokens, out)
        _volume_title(tokens, out)
        if "title" in out and ("container-title" in out or "collection-title" in out):
            _book_read_as_container_of_volume(tokens, out)
    if not words.isdisjoint(_VOLUME_WORDS_CASED) and "title" in out:
        _volume_in_title(tokens, out)
    if ":" in words and ("title" in out or "^title" in out) and not (words.isdisjoint(_VOLUME_WORDS) and words.isdisjoint(_VOLUME_WORDS_CASED)):
        _volume_after_comma_in_title(tokens, out)
    if "volume-title" not in out and not (words.isdisjoint(_VOLUME_WORDS) and words.isdisjoint(_VOLUME_WORDS_CASED)):
        _volume_statement_after_book(tokens, out)
    if "巻" in words and "』" in words:
        _japanese_volume_after_title(tokens, out)
    if "第" in words and "title" in out:
        _chinese_volume_closing_title(tokens, out)
    if "стандарт" in words or "официальное" in words:
        _gost_standard_statement(tokens, out)
    if "/" in words and not words.isdisjoint(_AREA_DASHES):
        _isbd_title_and_statement(tokens, out)
    if "/" not in words and ("Т" in words or "Кн" in words) and not words.isdisjoint(_AREA_DASHES):
        _gost_volume(tokens, out)
    if "/" in words:
        if not words.isdisjoint(_GOST_THESIS):
            _gost_thesis(tokens, out)
        if "Т" in words or "T" in words or "Кн" in words:
            _gost_volume(tokens, out)
            _gost_volume_before_statement(tokens, out)
        _gost_statement(tokens, out)
        if ("—" in words or "–" in words or ":" in words) and "author" not in out and "^author" not in out:
            _gost_body_statement(tokens, out)
    _title_after_initials(tokens, out)
    if ("title" in out or "container-title" in out) and _CAPITALS_AFTER_INITIAL_TEXT.search(blob):
        _capitals_name_after_initials(tokens, out)
    if ("and" in words or "&" in words) and ("author" in out or "^author" in out) and _NAMES_BEFORE_YEAR_TEXT.search(blob):
        _names_before_bare_year(tokens, out)
    if ":" in words and ("author" in out or "^author" in out):
        _title_after_names_colon(tokens, out)
    if "title" in out and ("," in words or ":" in words):
        _title_opening_after_closed_names(tokens, out)
    if "title" in out and "," in words:
        _title_words_after_initials_first_names(tokens, out)
    if "," in words and "title" not in out and "^title" not in out:
        _title_in_forename_first_author(tokens, out)
    if "," in words and "title" in out:
        _title_words_in_author(tokens, out)
        if ":" in words and (";" in words or "/" in words):
            _given_name_opening_title(tokens, out)
    if "(" in words and ("author" in out or "^author" in out) and _ACRONYM_TEXT.search(blob):
        for i in range(1, n - 3):
            # "INSTITUTO BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA (IBGE). Tábua …": the body's acronym is its
            # name's, not the title's first word
            if tokens[i].text == "(" and out[i - 1].lstrip("^") == "author" and tokens[i + 2].text == ")" \
                    and tokens[i + 1].text.isupper() and len(tokens[i + 1].text) >= 2 and tokens[i + 3].text == "." \
                    and out[i + 1].lstrip("^") != "author" and tokens[i - 1].text.isupper() \
                    and not term_classes(tokens[i + 1].text.lower()):  # ("(EDITORS)" is a role, not an acronym)
                out[i] = out[i + 1] = out[i + 2] = "author"
                out[i + 3] = "O"
                if i + 4 < n and out[i + 4].lstrip("^") == "title":
                    out[i + 4] = "^title"
                break
    if " ) : " in blob and ("author" in out or "^author" in out):
        _body_short_name_before_colon(tokens, out)
    if "ED" in words or "RED" in words or "EDS" in words or "DIR" in words:
        _initials_read_as_role(tokens, out)
    _name_roles(tokens, out)
    if "u" in words and "a" in words:
        _german_et_al(tokens, out)
    if "author" in out and "." in words and not words.isdisjoint(_ACT_WORDS_ONE):
        _act_after_body(tokens, out)
    if "částka" in words and "volume" in out:
        _czech_part_number(tokens, out)
    if "(" in words and ("author" in out or "^author" in out) and "editor" in out:
        _editors_before_role_in_brackets(tokens, out)
    if "collection-title" in out and ("n" in words or "nº" in words or "no" in words):
        _number_after_collection(tokens, out)
    if "içinde" in words or ("C" in words and "(" in words):
        _turkish_chapter_locators(tokens, out)
    if "container-title" in out and ("Paper" in words or "Papers" in words or "Series" in words):
        _paper_series_code(tokens, out)
    if "container-title" in out and "(" in words and ("publisher" in out or "publisher-place" in out):
        _series_number_in_brackets_read_as_journal(tokens, out)
    if ("vol" in words or "vols" in words) and "volume" in out:
        _year_before_volume_count(tokens, out)
    if "container-title" in out and "title" in out and out.count("issued") > 1 and "editor" in out:
        _edited_title_with_a_year(tokens, out)
    if "." in words:
        _name_after_role_read_as_field(tokens, out)
    if not words.isdisjoint(_IN_OPENERS) or ("(" in words and not words.isdisjoint(_ROLE_IN_BRACKETS)) or (
            not words.isdisjoint(_BY) and ("translator" in out or "editor" in out)):
        _name_edges(tokens, out)  # (after the roles: "di L. Paganini" is a translator's only once they are read)
    if not words.isdisjoint(_ROLE_TRIGGERS) and _ROLE_SENTENCE.search(blob):
        _role_sentence(tokens, out)
    if ("editor" in out or "^editor" in out) and "," in words and not words.isdisjoint(_BY_WORDS):
        _place_closing_editors(tokens, out)
    if ("editor" in out or "^editor" in out) and "publisher-place" in out and "publisher" not in out \
            and out.count("container-title") > 1:
        _publisher_after_chapter_editors(tokens, out)
    if ("in" in words or "In" in words) and "title" in out and "container-title" in out \
            and not _journal_locators_after(out, 0):  # (a journal's article: ", in BRCA2 carriers" is its title's)
        _in_cue_inside_title(tokens, out)
    if (not blob.isascii() or "tra" in (low := blob.lower()) or "vert" in low) and _TRANSLATED_CUE.search(blob):
        _translated_from(tokens, out)
        _translator_phrase(tokens, out)
    if "," in words and "." in words and "author" in out and not words.isdisjoint(_TRANSLATOR_ABBREVIATIONS):
        _translated_title_in_author_list(tokens, out)
    if "(" in words and "," in words and ("title" in out or "^title" in out):
        _translator_in_title_brackets(tokens, out)
        if not words.isdisjoint(_AND_SIGNS):
            _two_roles_in_brackets(tokens, out)
    if "medium" in out:
        _container_before_medium(tokens, out)
    if ("book" in words or "eBook" in words or "Ebook" in words or "E-book" in words) and "." in words:
        _ebook_sentence(tokens, out)
    if ":" in words:
        _editors_after_container(tokens, out)
        if "title" in out and not words.isdisjoint(_IN_CASED):
            _title_after_in_cue(tokens, out)
    if "«" in words:
        _guillemet_journal(tokens, out)
        if "container-title" in out:
            _container_in_guillemets(tokens, out)
        if "coll" in words:
            _publisher_before_collection(tokens, out)
    if "title" in out and "." in words and "genre" not in out:
        _genre_closing_title(tokens, out)
    if "note" in out and "genre" not in out:
        _document_kind_read_as_note(tokens, out)
    if "note" in out and "(" in words and "collection-title" not in out:
        _series_and_number_note_in_brackets(tokens, out)
    if "(" in words and not words.isdisjoint(_ABNT_THESIS_WORDS):
        _abnt_thesis_statement(tokens, out)
    if ("práce" in words or "práca" in words) and "genre" not in out and "title" in out:
        _czech_thesis_kind_read_as_title(tokens, out)
    if ("praca" in words or "rozprawa" in words) and "genre" not in out and "," in words and "title" in out:
        _polish_thesis_in_title(tokens, out)
    if "genre" in out:
        _thesis_discipline(tokens, out)
        if "práce" in words or "práca" in words:
            _czech_thesis_school(tokens, out)
    if ":" in words and "publisher" in out and "publisher-place" not in out:
        _place_before_publisher(tokens, out)
    if "publisher-place" not in out and "," in words and "title" in out and "author" in out[out.index("title"):]:
        _place_before_year(tokens, out)
    if "publisher-place" not in out and "publisher" not in out and "." in words and "title" in out:
        _place_closing_title(tokens, out)
    if "edition" in out and not words.isdisjoint(_EDITION_QUALIFIERS):
        _edition_qualifiers(tokens, out)
    if "edition" in out and ":" in words:
        _imprint_inside_edition(tokens, out)
    if "edition" in out and "." in words:
        _edition_number_after_word(tokens, out)
    if not words.isdisjoint(_EDITION_WORD_BEFORE) and ("volume" in out or "issue" in out):
        _edition_number_read_as_volume(tokens, out)
    if "edition" in out and "." in words:
        _meeting_ordinal_read_as_edition(tokens, out)
        if "publisher" in out:
            _publisher_abbreviation_read_as_edition(tokens, out)
    if "(" in words and "title" in out and not words.isdisjoint(STANDARD_BODIES):
        _adopted_standard_in_title(tokens, out)
    if "(" in words and ("–" in words or "—" in words) and "title" in out:
        _place_publisher_in_brackets(tokens, out)
    if "container-title" in out and "title" in out and "." in words and _PART_NUMBER_TEXT.search(blob):
        _title_part_read_as_journal(tokens, out)
    if "(" in words and "publisher-place" in out and "publisher" not in out and "title" in out:
        _publisher_opening_bracketed_imprint(tokens, out)
    if "," in words and "title" in out and "volume" not in out and "issue" not in out:
        _thesis_statement_parts(tokens, out)
    if "publisher-place" in out and out.count("publisher") > 1:
        _country_after_place(tokens, out)
    if "container-title" in out and "(" in words and "publisher" not in out:
        _nlm_journal_qualifier(tokens, out)
    if ("^publisher" in out or "publisher" in out) and "author" not in out and "^author" not in out:
        _body_opening_as_publisher(tokens, out)
    if dates > 1 and "container-title" in out and ("in" in words or "In" in words):  # (IEEE's "…,” in Proc. …")
        _year_in_container_name(tokens, out)
        _place_after_proceedings(tokens, out)
    if dates > 1 and "container-title" in out and "title" in out and "." in words:
        _proceedings_name_across_its_years(tokens, out)
    if "container-title" in out and ":" in words and "publisher" not in out and "publisher-place" not in out:
        _imprint_read_as_container(tokens, out)
    if "container-title" in out and ":" in words and "publisher" not in out and "publisher-place" not in out:
        _imprint_closing_container(tokens, out)
    if ("In" in words or "IN" in words) and ":" in words and "." in words:
        _abnt_event(tokens, out)
    if "," in words and "title" in out and "genre" not in out:
        _thesis_statement_in_title(tokens, out)
    if "日" in words and ("editor" in out or "author" in out):
        _date_label_read_as_name(tokens, out)
    if "-" in words and "publisher-place" in out:
        _hyphened_place_head(tokens, out)
    if "publisher" in out and "." in words:
        _abbreviated_publisher_head(tokens, out)
        if "publisher-place" in out and _INITIAL_AFTER_COLON_TEXT.search(blob):
            _publisher_initial_before_place(tokens, out)
    if "publisher-place" in out and ":" in words and "publisher" not in out:
        _publisher_before_bare_year(tokens, out)
    if not words.isdisjoint(_HEADING_WORDS):
        _running_header_lines(tokens, out)
    if ("cura" in words or "by" in words or "cargo" in words) and "title" in out:
        _editor_phrase_inside_title(tokens, out)
    if not words.isdisjoint(_DIRECTED_FIRST):
        _directed_by(tokens, out)
    if not words.isdisjoint(_REVIEW_FIRST) and ("author" in out or "^author" in out):
        _review_of(tokens, out)
    if "editor" in out and not words.isdisjoint(_CONTAINER_CUES):
        _book_after_editors(tokens, out)
    if ("Thèse" in words or "thèse" in words) and "genre" in out and ":" in words:
        _french_thesis_statement(tokens, out)
    if "’" in words or "'" in words:
        _elision_inside_field(tokens, out)
    if "publisher" in out and "page" in out and "container-title" not in out:
        _source_with_page_read_as_publisher(tokens, out)
    if "publisher" in out and "volume" in out and "container-title" not in out and "publisher-place" not in out:
        _journal_read_as_publisher_before_volume(tokens, out)
    if ";" in words and "volume" in out and "title" in out and "container-title" not in out:
        _journal_glued_to_title(tokens, out)
    if "." in words and ("volume" in out or "issue" in out) and "container-title" not in out \
            and "^container-title" not in out:
        _journal_after_number_closing_title(tokens, out)
    if ":" in words and "publisher-place" in out and "publisher" not in out and out.count("container-title") > 1:
        _publisher_after_place_read_as_container(tokens, out)
    if "container-title" in out and "publisher" in out and "." in words and "editor" not in out \
            and "^editor" not in out and "/" not in words:
        _subtitle_read_as_container(tokens, out)
    if "," in words and "publisher" not in out and "^publisher" not in out:
        if "publisher-place" in out:
            _publisher_after_place_comma_read_as_title(tokens, out)
        elif "edition" in out and ("editor" in out or "^editor" in out):
            _imprint_after_edition_read_as_editor(tokens, out)
    if "." in words and not ("author" in out or "^author" in out or "editor" in out or "^editor" in out) \
            and not words.isdisjoint(QUOTE_CLOSERS):
        _body_before_quoted_title(tokens, out)
    if "container-title" not in out and not words.isdisjoint(_NAME_ARTICLES):
        _newspaper_with_lowercase_article(tokens, out)
    if "publisher" not in out and "title" in out and "," in words:
        _publisher_closing_title(tokens, out)
    if "genre" in out and "-" in words and "publisher" in out:
        _hyphenated_place_read_as_genre(tokens, out)
    if "." in words and "," in words and "title" in out and ("publisher" in out or "publisher-place" in out) \
            and not ("page" in out or "volume" in out or "issue" in out):
        _subtitle_before_comma_imprint(tokens, out)
    if "(" in words and ":" in words and "publisher-place" in out:
        _words_before_bracketed_imprint(tokens, out)
    if "note" in out and "title" not in out and "^title" not in out:
        _quoted_title_in_note(tokens, out)
        _title_after_date_read_as_note(tokens, out)
    if n and (tokens[-1].text == ")" or (n > 1 and tokens[-2].text == ")")):  # (no tokens: nothing to repair)
        _series_in_closing_brackets(tokens, out)
    if "=" in words and "(" in words:
        _series_after_equals_sign(tokens, out)
    if "(" in words and "container-title" in out and ("issued" in out or "^issued" in out):
        _series_after_chapter_imprint(tokens, out)
    if (":" in words or "," in words) and "publisher-place" in out and "publisher" not in out \
            and ("author" in out or "^author" in out):
        _publisher_read_as_author(tokens, out)
    if "genre" in out and ":" in words and "publisher" not in out:
        _imprint_after_thesis_genre(tokens, out)
    if "genre" in out and ":" in words and ("publisher" in out or "^publisher" in out):
        _discipline_before_university(tokens, out)
    if "container-title" in out and ":" in words and "publisher" not in out and not words.isdisjoint(_PAGE_UNITS):
        _imprint_before_page_count(tokens, out)
    if "(" in words and ")" in words and ("title" in out or "^title" in out):
        _series_in_brackets_after_imprint(tokens, out)
    if "page" in out and "container-title" in out and "publisher" in out:
        _series_after_chapter_pages(tokens, out)
    if ("publisher" in out or "^publisher" in out) and ("," in words or ";" in words) and "." in words:
        _series_after_book_imprint(tokens, out)
    if ":" in words and "publisher-place" not in out and "^publisher-place" not in out \
            and ("publisher" in out or "^publisher" in out):
        _place_in_publisher(tokens, out)
    if "volume" in out and "container-title" in out and ("C" in words or not words.isdisjoint(_VOLUME_WORDS_CASED)
                                                         or not words.isdisjoint(_YEAR_VOLUME_WORDS)):
        _volume_word_closing_container(tokens, out)
    if "genre" in out and "container-title" not in out and "page" in out:
        _journal_read_as_genre(tokens, out)
    if "," in words and "." in words and ("title" in out or "^title" in out):
        _founders_name_as_publisher(tokens, out)
    if "." in words and "container-title" in out:
        _ordinal_opening_container(tokens, out)
    if ":" in words and "(" in words and "publisher-place" in out:
        _imprint_and_series_read_as_title(tokens, out)
    if ";" in words and "(" in words and ("title" in out or "^title" in out):
        _series_and_imprint_in_one_bracket(tokens, out)
    if "," in words and (("publisher-place" in out) != ("publisher" in out)):
        _place_comma_publisher(tokens, out)
    if "," in words and "publisher-place" in out and "publisher" not in out and "container-title" in out \
            and not words.isdisjoint(_IN_CASED):
        _place_comma_publisher_in_chapter(tokens, out)
    if ("editor" in out or "^editor" in out) and "," in words and "." in words \
            and not ("publisher" in out and "publisher-place" in out):
        _imprint_closing_editors(tokens, out)
    if ":" in words and "publisher-place" in out and "publisher" not in out:
        for i in range(2, n - 3):
            # GOST: "… : государственный доклад. — Москва : Федеральная служба …, 2023. — 368 с.": after the place's
            # colon, the name before the year is the publisher, not a second title
            if tokens[i].text == ":" and out[i - 1].lstrip("^") == "publisher-place" and out[i + 1].lstrip("^") == "title" \
                    and any(x.lstrip("^") == "title" for x in out[:i - 1]):
                k = i + 1
                while k < n and out[k].lstrip("^") == "title":
                    k += 1
                if k + 1 < n and tokens[k].text == "," and out[k + 1].lstrip("^") == "issued" and k - i <= 16:
                    for m in range(i + 1, k):
                        out[m] = "publisher"
                break
    if "’" in words:
        _elided_access_term(tokens, out)
    if "container-title" in out and "title" not in out and "^title" not in out and (
            "editor" in out or "^editor" in out) and not ("author" in out or "^author" in out or "page" in out) \
            and "t=in" not in token_features(tokens[0].text.lower()):  # ("In Bouma, H. (Eds.), …, pp. 391-410": a chapter's)
        for i, x in enumerate(out):
            # "佐藤健二, 吉見俊哉 編. 文化の社会学. 有斐閣": the one title of a book its editors name is the book's
            if x.lstrip("^") == "container-title":
                out[i] = "^title" if x.startswith("^") else "title"
    if "container-title" in out and "page" in out and "title" not in out and "^title" not in out and (
            "editor" in out or "^editor" in out) and not ("author" in out or "^author" in out):
        _book_of_editors_with_page_count(tokens, out)
    if ("editor" in out or "^editor" in out) and "publisher" in out and "publisher-place" in out:
        _book_of_editors_read_as_publisher(tokens, out)
    if "(" in words:
        if not ("author" in out or "^author" in out or "editor" in out or "^editor" in out):
            _author_before_year(tokens, out)
        if "container-title" in out and not words.isdisjoint(_PROCEEDINGS_CASED):
            _proceedings_acronym(tokens, out)
    if " ) ( " in blob and ("author" in out or "^author" in out):
        for i in range(1, n - 5):
            # "Statistisches Bundesamt (Destatis) (2023): …": the body's short name in brackets before its year
            if tokens[i].text == "(" and out[i - 1].lstrip("^") == "author" and tokens[i + 2].text == ")" \
                    and tokens[i + 3].text == "(" and _YEAR_TOKEN.fullmatch(tokens[i + 4].text) \
                    and tokens[i + 1].text[:1].isupper() and out[i + 1].lstrip("^") != "author" \
                    and "literal" in parse_name(_spaced_text(tokens[:i])):
                out[i] = out[i + 1] = out[i + 2] = "author"
                break
            if tokens[i].text == "(" and out[i] == "author" and out[i + 1] == "author" and tokens[i + 2].text == ")" \
                    and out[i + 2] == "O" and tokens[i + 3].text == "(" and _YEAR_TOKEN.fullmatch(tokens[i + 4].text):
                out[i + 2] = "author"  # "Umweltbundesamt ( UBA | ) (2021)": the bracket the name opened closes in it
                break
    if ("author" in out or "^author" in out) and ("," in words or "，" in words):
        _corporate_author_with_comma(tokens, out)
        if tokens[0].text >= "\u3000" or tokens[-1].text >= "\u3000" or max(words) >= "\u3000":
            _second_cjk_body(tokens, out)
    if "译" in words or "譯" in words or "訳" in words:
        _chinese_translators(tokens, out)
    if "container-title" in out and ":" in words and ";" in words:
        _vancouver_imprint_as_container(tokens, out)
    if "publisher-place" in out and not words.isdisjoint(CLOSING_QUOTES):
        _newspaper_after_quoted_title(tokens, out)
    if "." in words and ("publisher" in out or "medium" in out) and (
            not ("author" in out or "^author" in out or "editor" in out or "^editor" in out)
            or not ("title" in out or "^title" in out)):
        _body_before_title(tokens, out)
    if "[" in words and "]" in words and ":" in words and ("w" in words or "in" in words or "W" in words):
        _bracketed_in_cue(tokens, out)
    if "container-title" in out and not words.isdisjoint(_MEETING_CASED):
        _meeting_date_place(tokens, out)
        if dates > 1:
            _meeting_place_date_after_container(tokens, out)
    if "(" in words and ")" in words and "," in words and ("container-title" in out or "title" in out):
        _meeting_in_brackets(tokens, out)
    if "им" in words or "імені" in words:
        _named_after(tokens, out)
    if not words.isdisjoint(_SERIES_CASED) and "container-title" in out:
        _journal_series(tokens, out)
    if "/" in words and ("–" in words or "—" in words):
        _gost_journal_whole(tokens, out)
    if "/ /" in blob and "title" in out:
        _gost_journal_in_title(tokens, out)
    if "/" in words and "]" in words and "container-title" in out:
        _gbt_editors_after_slashes(tokens, out)
    _container_after_editors(tokens, out)
    _length_at_end(tokens, out)
    if "page" in out:
        _page_suffix_letter(tokens, out)
    if "guideline" in words or "Guideline" in words:
        _guideline_series_and_number(tokens, out)
    if "publisher" in out and "." in words:
        _abbreviated_publisher_end(tokens, out)
        _abbreviation_opening_publisher(tokens, out)
        if "-" in words:
            _series_word_after_publisher(tokens, out)
    if "container-title" in out and "(" in words and _ACRONYM_YEAR_TEXT.search(blob):
        _meeting_acronym_with_year(tokens, out)
    if "im" in words and ("publisher" in out or "container-title" in out):
        _named_after_in_publisher(tokens, out)
    if ("issue" in out or "volume" in out) and "container-title" not in out and not words.isdisjoint(_PAGE_UNITS):
        _extent_read_as_issue(tokens, out)
    if "—" in words or "年" in words or "note" in out or ("page" not in out and not words.isdisjoint(_PAGE_TERMS)):
        _orphan_date_and_page(tokens, out)
    if "(" in words and _DATE_IN_BRACKETS_TEXT.search(blob):
        _date_in_brackets(tokens, out)
    if "page" in out and "(" in words and len(out) - out[::-1].index("page") - out.index("page") > 5 \
            and _NUMBER_BEFORE_BRACKETED_YEAR.search(blob):  # (two runs of pages, tested in C first)
        for i in range(2, n - 4):
            # "Palladio, n.s., 61 (2018), pp. 45-71": a number before the year in brackets is the volume when the
            # pages come after
            if out[i].lstrip("^") == "page" and tokens[i].text.isdecimal() and tokens[i + 1].text == "(" \
                    and _YEAR_TOKEN.fullmatch(tokens[i + 2].text) and tokens[i + 3].text == ")" \
                    and out[i - 1].lstrip("^") != "page" and any(out[m].lstrip("^") == "page" for m in range(i + 4, n)):
                if not any(out[m].lstrip("^") == "volume" for m in range(i)):
                    out[i] = "volume"
                elif len(tokens[i].text) <= 3:
                    out[i] = "issue"  # "Latin American Perspectives, 36, 5 (2009), pp. 58-71": the issue
                break
    if "volume" in out and "page" in out and ")" in words and _PAGES_AFTER_BRACKET_TEXT.search(blob):
        _pages_after_bracketed_imprint(tokens, out)
    if "volume" in out and "container-title" in out and ("page" in out or "issue" in out):
        _journal_numbers_read_as_dates(tokens, out)
    if "container-title" in out and dates and "volume" not in out:
        for i in compress(range(2, n - 1), map(_ISSUED.__contains__, out[2:n - 1])):
            # "…', Composites Part B: Engineering, 140, pp. 112-120": a number after the journal that is no year
            # is its volume
            if tokens[i].text.isdecimal() and not _YEAR_TOKEN.fullmatch(tokens[i].text) \
                    and tokens[i - 1].text == "," and out[i - 2].lstrip("^") == "container-title" \
                    and out[i + 1].lstrip("^") != "issued":
                out[i] = "volume"
                break
    if "%" in words and "title" in out:
        _percent_in_title(tokens, out)
    if not words.isdisjoint(REPRINT_WORDS):
        for i, t in enumerate(tokens):
            # Chicago: "Reprint, London: Bristol Classical Press": the printing's kind, not its publisher
            if t.text in REPRINT_WORDS and out[i].lstrip("^") in ("publisher", "publisher-place") \
                    and i + 1 < n and tokens[i + 1].text == ",":
                out[i] = "note"
    if "[" in words or ("(" in words and not words.isdisjoint(_VERSION_CASED)):
        _apa_brackets(tokens, out)
    if "number" in out and "/" in words:
        _number_with_year(tokens, out)
    if "号" in words and "』" in words:
        _japanese_series_number(tokens, out)
    if "/" in words and ("genre" in out or "collection-title" in out or "collection-number" in out):
        _series_number_with_year(tokens, out)
    if "(" in words and "title" in out and any(x in blob for x in _REPORT_STEMS) and _REPORT_WORD.search(blob):
        _report_number_in_brackets(tokens, out)
    if ("genre" in out and "]" in words) or ("edition" in out and ")" in words):
        _publisher_after_descriptor(tokens, out)
    if not words.isdisjoint(_SUPPLEMENT_WORDS):
        _supplement_issue(tokens, out)
    _doi_to_whitespace(tokens, out)
    if "doi" in words or "DOI" in words:
        _doi_after_cue_across_spaces(tokens, out)
    if "URL" in out or "^URL" in out:
        _url_without_address(tokens, out)
        _bare_link_word(tokens, out)
    if "（" in words:
        _closing_bracket_left_out(tokens, out)
    if "(" in words and out[0] == "^author":
        _body_abbreviation_in_brackets(tokens, out)
        _no_date_in_brackets(tokens, out)
    elif "(" in words and out[0] in ("O", "citation-number", "^citation-number"):
        _body_abbreviation_in_brackets(tokens, out)
    if ":" in words and "container-title" in out and "title" in out and _YEAR_COLON_TEXT.search(blob):
        _title_with_its_year_before_a_colon(tokens, out)
    if "(" in words and "container-title" in out and "volume" not in out:
        _volume_closing_container(tokens, out)
    if not words.isdisjoint(_NO_DATE_TAILS) and ("issued" in out or "^issued" in out):
        _no_date_cut(tokens, out)
    if "№" in words and "(" in words:
        _running_number_after_issue(tokens, out)
    if "[" in words and ("accessed" in out or "^accessed" in out):
        _date_before_cited(tokens, out)
    if "(" in words and ";" in words:
        _vancouver_issue_alone(tokens, out)
    if "," in words and ("page" in out or "^page" in out):
        _apa_journal_numbers(tokens, out)
    if "title" in out:
        _title_islands(tokens, out)
        if "container-title" in out and "," in words:
            _title_tail_read_as_container(tokens, out)
    if ";" in words and "(" in words and ("issued" in out or "^issued" in out):
        _series_semicolon_number(tokens, out)
    if "collection-title" in out and "page" in out:
        _paper_number_after_series(tokens, out)
    if "assignee" in words or "assignees" in words:
        _assignee_statement(tokens, out)
    if "[" in words and out[0] == "^author":
        _body_acronym_in_square_brackets(tokens, out)
    if out and "publisher" not in out and out[-1] == "O":
        _publisher_closing_apa(tokens, out)
        if "container-title" in out:
            _apa_publisher_read_as_container(tokens, out)
    if "genre" in out or "Diss" in words:
        _thesis_school(tokens, out)
    if "t" in words and "title" in out:
        _french_volume_in_title(tokens, out)
    if "訳" in words and "（" in words:
        _japanese_translator_in_brackets(tokens, out)
    if "OL" in words and "V" in words:
        _gbt_version_and_publisher(tokens, out)
    if "(" in words and ("accessed" in out or "issued" in out):
        _meeting_place_and_dates(tokens, out)
    if "[" in words and ("issued" in out or "^issued" in out):
        _original_year_in_square_brackets(tokens, out)
    if "日" in words and "月" in words:
        _day_of_cjk_date(tokens, out)
    if "URL" in out and "DOI" in out:
        _doi_inside_url_path(tokens, out)
    if "URL" in out and "（" in words:
        for i in range(2, n - 2):
            # "….html（2024年1月9日閲覧）。": the date the page was read, in full-width brackets after its address
            if tokens[i].text == "（" and out[i].lstrip("^") == "URL" and out[i - 1].lstrip("^") == "URL":
                k = next((m for m in range(i + 1, min(n, i + 14)) if tokens[m].text == "）"), None)
                # (one token per CJK character: the verb is the last two)
                if k is not None and k > i + 3 and tokens[k - 2].text + tokens[k - 1].text in (
                        "閲覧", "访问", "訪問", "引用", "浏览", "参照"):
                    for m in range(i, k + 1):
                        out[m] = "accessed" if i < m < k - 2 else "O"
                break
    if "年" in words and dates > 1:
        for i in range(1, n - 3):
            # GB/T: "2015—2021年浙江省…": a span of years opening the title, not the date of the article
            if out[i].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[i].text) and tokens[i + 1].text in "—–-" \
                    and out[i + 2].lstrip("^") == "title" and _YEAR_TOKEN.fullmatch(tokens[i + 2].text) \
                    and tokens[i + 3].text == "年" and not tokens[i + 1].space_before and not tokens[i + 2].space_before \
                    and (i == 0 or out[i - 1].lstrip("^") != "issued"):
                out[i] = "^title" if out[i].startswith("^") else "title"
                out[i + 1] = "title"
                break
    if "[ N ]" in blob:
        for i in range(n - 8):
            # GB/T's newspaper: "经济日报, 2023-06-15(06).": the day of the issue, then its page in brackets
            if _YEAR_TOKEN.fullmatch(tokens[i].text) and tokens[i + 1].text == "-" and tokens[i + 3].text == "-" \
                    and tokens[i + 2].text.isdecimal() and tokens[i + 4].text.isdecimal() and tokens[i + 5].text == "(" \
                    and tokens[i + 6].text.isdecimal() and tokens[i + 7].text == ")" and not tokens[i + 5].space_before:
                out[i:i + 5] = ["issued"] * 5
                out[i + 5], out[i + 6], out[i + 7] = "O", "page", "O"
                break
    if "]" in words and _GBT_CODE.search(blob):
        _gbt_title_before_code(tokens, out)
        if "editor" in out or "^editor" in out:
            _gbt_body_read_as_editor(tokens, out)
    if "] / /" in blob:
        for i in range(2, n - 1):
            # GB/T "…[C]//2022中国智能交通年会论文集": the year opening the proceedings' title is the title's
            if tokens[i].text.isdecimal() and tokens[i - 1].text == "/" and tokens[i - 2].text == "/" \
                    and out[i] == "O" and not tokens[i + 1].space_before and out[i + 1].lstrip("^") == "container-title":
                out[i], out[i + 1] = "container-title", "container-title"
    found = {x.lstrip("^") for x in set(out)}  # a dozen distinct labels: strip each once
    if "container-title" in found:
        if "issue" not in found:
            _issue_after_term(tokens, out)
        if "volume" not in found:
            _roman_volume(tokens, out)
            if "," in words:
                _roman_volume_closing_journal(tokens, out)
    _ordinal_in_field(tokens, out)
    if "accessed" in found and "issued" not in found:
        _updated_date(tokens, out)
    if not words.isdisjoint(_DATE_CUE_FIRST) and _DATE_CUE_TEXT.search(blob):
        _date_after_cue(tokens, out, blob)
    if "Abstract" in words and "container-title" in found:
        _abstract_number(tokens, out)
    if ")" in words and "issue" in found and "page" not in out and "^page" not in out:
        _pages_run_into_issue(tokens, out)
    if "S" in words and "page" in found:
        _supplement_page_letter(tokens, out)
    if not words.isdisjoint(_CJK_PAGE_UNITS) and "page" not in found:
        _range_before_cjk_page_unit(tokens, out)
    if ":" in words and "(" in words and "container-title" in found and "issued" not in found:
        _embase_locator(tokens, out)
    if "." in words and (preprint_ids := [m.start() for m in _PREPRINT_ID_TEXT.finditer(blob)]):
        _preprint_server_id(tokens, out, [blob.count(" ", 0, p) + 1 for p in preprint_ids])
    if "ISBN" in found and "publisher" in found and "title" in found:
        _series_before_isbn(tokens, out)
    if "volume" in found and "container-title" in found and "issue" not in found:
        _issue_only_in_brackets(tokens, out)
        if "," in words:
            _issue_after_year_of_roman_volume(tokens, out)
            if "(" in words:
                _issue_after_bracketed_year(tokens, out)
    if "note" in found and "edition" not in found:
        _edition_in_note(tokens, out)
    if "edition" not in found and ("title" in found or "container-title" in found) and not words.isdisjoint(
            _EDITION_OPENERS):
        _edition_statement_read_as_title(tokens, out)
    start = 0
    while start < min(n, 4) and (tokens[start].text in "[]().:" or tokens[start].text.isdecimal()) \
            and out[start].lstrip("^") in ("O", "citation-number"):
        start += 1  # "[12] ČSN 46 5102.": past the entry's number
    if start < n and tokens[start].text.isupper() and len(tokens[start].text) <= 4:
        _standard_designation(tokens, out, start)
        if out[start] == "^number":
            _standard_imprint(tokens, out, start)
            _standard_title_parts(tokens, out, start)
            _standard_statements(tokens, out, start)
    if "title" in found and "number" not in found and not words.isdisjoint(STANDARD_BODIES) \
            and not (start < n and out[start] == "^number"):  # ("SIS (2019). SS-EN …": a body's acronym before it)
        _standard_opening_title(tokens, out)
    if "container-title" in found:
        _patent_number(tokens, out)
    _abbreviated_journal(tokens, out)
    if ")" in words and ("issued" in out or "^issued" in out):
        _title_year_after_dated_names(tokens, out)
    if "/" in words and "title" not in out and ("translator" in out or "editor" in out):
        _gost_title_read_as_names(tokens, out)
    if "cura" in words and "title" in out and "container-title" in out:
        _role_phrase_read_as_title(tokens, out)
    if ":" in words and "title" in out and "author" not in out and "^author" not in out and "editor" not in out:
        _body_opening_title(tokens, out)
    if "Article" in words and ("volume" in out or "issue" in out):
        _acm_article_number_and_month(tokens, out)
    if not words.isdisjoint(_MANUSCRIPT_WORDS):
        _manuscript_after_title(tokens, out)
        _manuscript_closing(tokens, out)
        if "Unpublished" in words:
            _unpublished_manuscript_and_papers(tokens, out)
    if not words.isdisjoint(_SITE_DOMAINS) and ("publisher" in out or "container-title" in out):
        _site_name_with_its_domain(tokens, out)
    if "No" in words and "title" in out and not words.isdisjoint(_PAPER_SERIES_NOUNS):
        _paper_series_in_title(tokens, out)
    if ")" in words and "title" in out and ("issued" in out or "^issued" in out) and _WORD_SENTENCE_TEXT.search(blob):
        _one_word_sentence_before_title(tokens, out)
    if "volume" in out and "issued" in out and _SECTION_PAGE_TEXT.search(blob):
        _newspaper_section_page(tokens, out)
    if "[" in words and "]" in words and "title" in out:
        _title_to_its_closing_bracket(tokens, out)
    if ("ff" in words or "f" in words or (n > 5 and texts[-2].isdecimal() and texts[-1] == ".")) \
            and _JURISTIC_CITE_TEXT.search(blob):
        _juristic_journal_cite(tokens, out)
    if "/" in words and ("author" in out or "^author" in out) and "title" not in out:
        _juristic_names_then_title(tokens, out)
    if not words.isdisjoint(_EU_DOCUMENT_SERIES) and "(" in words:
        _eu_document_number(tokens, out)
    if "vom" in words and "container-title" in out:
        _newspaper_date_after_vom(tokens, out)
    if "Acta" in words and "Universitatis" in words:
        _acta_universitatis_series(tokens, out)
    if "sunulan" in words and "container-title" in out:
        _turkish_presented_paper(tokens, out)
    if "：" in words and "《" in words:
        _chinese_footnote_author_and_title(tokens, out)
    if "-" in words and "title" in out:
        _hyphened_word_opening_title(tokens, out)
    if not words.isdisjoint(_TITLE_DATE_CUES) and "title" in out and ("issued" in out or "^issued" in out):
        _date_inside_title(tokens, out)
    if "Statistischer" in words or "Statistische" in words:
        _statistical_report_code(tokens, out)
    if "CEUR" in words and "container-title" in out:
        _ceur_series_in_container(tokens, out)
    if "наук" in words and "genre" in out:
        _russian_specialty_code(tokens, out)
    if "collection-title" in out and "(" in words and not words.isdisjoint(_SERIES_VOLUME_WORDS):
        _series_acronym_and_volume(tokens, out)
        _meeting_year_closing_container(tokens, out)
    if "publisher" in out and not words.isdisjoint(_MANUSCRIPT_WORDS):
        _manuscript_closing_publisher(tokens, out)
    if "未" in words and "title" in out:
        _japanese_unpublished_closing_title(tokens, out)
    if "container-title" in out and not words.isdisjoint(_BY_WORDS):
        _role_and_names_read_as_container(tokens, out)
    if "刊" in words and ("朝" in words or "夕" in words):
        _japanese_newspaper_edition(tokens, out)
    if not words.isdisjoint(_DEPOSITED_WORDS):
        _archive_after_deposit_cue(tokens, out)
    if "práce" in words and "genre" in out and ("volume" in out or "issue" in out):
        _journal_read_as_thesis_kind(tokens, out)
    if "No" in words and "，" in words and "container-title" in out:
        _japanese_paper_series_number(tokens, out)
    if "版" in words:
        _cjk_edition_number(tokens, out)
    if "，" in words and "title" in out:
        _sist_imprint_in_title(tokens, out)
    if "publisher" in out and ":" in words:
        _publisher_run_on(tokens, out)
    if "Diss" in words and "genre" in out:
        for i in compress(range(n - 3), map("Diss".__eq__, texts)):
            # "Diss. iur.", "Diss. med.", "Diss. phil.": the faculty's word is the genre's
            if out[i].lstrip("^") == "genre" and texts[i + 1] == "." and texts[i + 2] in _FACULTY_ABBREVIATIONS \
                    and texts[i + 3] == "." and out[i + 1] == out[i + 2] == "O":
                out[i + 1] = out[i + 2] = out[i + 3] = "genre"
    if "edn" in words and "(" in words and "publisher" not in out:
        _oscola_publisher(tokens, out)
    if ("coll" in words or "collection" in words) and ("issued" in out or "^issued" in out):
        for i in compress(range(n), map(("coll", "collection").__contains__, texts)):
            if out[i].lstrip("^") == "issued" and (i + 1 == n or out[i + 1].lstrip("^") != "issued"):
                out[i] = "O"  # "…, LGDJ, coll. « Bibliothèque … »": the series word, never a date
    if ")" in words and ("translator" in out or "editor" in out):
        _book_after_role_bracket(tokens, out)
    if n > 3 and texts[0] in FURTHER_WORDS:
        _further_words_opening(tokens, out)
    if "—" in words and "publisher" in out:
        _gost_area_inside_publisher(tokens, out)
    if "editor" in out and "vol" in words and "container-title" in out:
        _series_volume_after_editors(tokens, out)
    found = {x.lstrip("^") for x in set(out)}
    if "container-title" in found and "title" not in found and found & {"publisher", "publisher-place"} \
            and not found & {"volume", "issue", "editor"} and _book_title_read_as_container(tokens, out):
        found = {x.lstrip("^") for x in set(out)}
    if "issued" not in found:
        # "Anderson, R. C. 1976 Directions of a Town": a year opening the title, in a reference with no date
        for i, t in enumerate(tokens):
            if out[i].lstrip("^") == "title" and (i == 0 or out[i - 1].lstrip("^") != "title"):
                if "year" in token_features(t.text) and i + 1 < n and out[i + 1].lstrip("^") == "title":
                    out[i] = "issued"
                    found.add("issued")
                break
    if "title" not in found and "container-title" not in found and "issued" in found and ")" in words \
            and _title_read_as_names_after_the_date(tokens, out):
        found.add("title")
    if "title" not in found and "container-title" not in found and found & {"author", "editor"} and "issued" in found:
        best: tuple[int, int] | None = None
        i = 0
        while i < n:
            if out[i].lstrip("^") != "O":
                i += 1
                continue
            k = i
            while k < n and out[k].lstrip("^") == "O":
                k += 1
            words = [m for m in range(i, k) if tokens[m].text[:1].isalpha()]
            if len(words) >= 3 and any(len(tokens[m].text) >= 4 for m in words) and (
                    best is None or len(words) > best[1] - best[0]):
                best = (words[0], words[-1] + 1)
            i = k
        if best is not None:
            for m in range(best[0], best[1]):
                out[m] = "title"
    for i in compress(range(n), map(_LENGTH_WORDS.__contains__, texts)):
        # (last: the rules above join a number after the pages to them) "Article ID 6651234, 12 pages": the article's length after its number is no second page (the page
        # stays a count when nothing else is: ACM's "…, USA, 15 pages." is read by parsing.fields)
        k = i - 1
        if k >= 1 and out[k].lstrip("^") == "page" and texts[k].isdecimal() and texts[k - 1] in ",." and any(
                out[m].lstrip("^") == "page" for m in range(max(0, k - 6), k - 1)):
            out[k] = "O"
    if "volume" in out and "; ( " in blob:
        _issue_alone_after_date(tokens, out)
    if "«" in words and "»" in words and "title" in out:
        _quoted_word_opening_title(tokens, out)
    return list(out)


_CJK_CITIES = frozenset({"東京", "大阪", "京都", "名古屋", "札幌", "福岡", "仙台", "横浜", "神戸", "つくば", "広島",
                              "北京", "上海", "南京", "广州", "武汉", "成都", "台北", "香港"})


def _sist_imprint_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """SIST 02: "…（2019年3月）：スギ人工林の間伐実施状況調査報告書，林野庁，東京，124p．": the title, then the publisher, the
    place and the length after full-width commas, read as one title. A city is the place, the other name the
    publisher, the number before "p" the length."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        commas = [m for m in range(a, e) if tokens[m].text == "，"]
        if not 2 <= len(commas) <= 3 or e >= n or tokens[e].text not in ("p", "頁", "ページ") \
                or not tokens[e - 1].text.isdecimal() or commas[-1] != e - 2 or commas[0] - a < 4:
            return
        pieces = list(itertools.pairwise(commas))
        texts = ["".join(t.text for t in tokens[c + 1:d]) for c, d in pieces]
        if any(not x or len(x) > 20 for x in texts):
            return
        for m in commas:
            out[m] = "O"
        for (c, d), x in zip(pieces, texts, strict=True):
            label = "publisher-place" if x in _CJK_CITIES else "publisher"
            out[c + 1] = "^" + label
            for m in range(c + 2, d):
                out[m] = label
        out[e - 1] = "page"  # (``fields`` makes a book's page before "p" its length)
        return


def _series_volume_after_editors(tokens: Sequence[Token], out: list[str]) -> None:
    """IEEE's SPIE papers: "in Novel Optical Systems, Methods, and Applications XXIII, C. F. Hahlweg and J. R. Mulley,
    Eds., Proc. SPIE, vol. 11483.": a second container after the book's editors, with its volume, is the book's
    series; the book's own Roman number ("XXIII") is part of its title, not a volume (the series has the volume)."""
    n = len(tokens)
    runs = list(_runs_of(out, "container-title"))
    if len(runs) != 2:
        return
    (_, e1), (a2, e2) = runs
    if not any(out[m].lstrip("^") == "editor" for m in range(e1, a2)) or e2 + 3 >= n or tokens[e2].text != "," \
            or tokens[e2 + 1].text.lower() != "vol" or out[e2 + 3 if tokens[e2 + 2].text == "." else e2 + 2].lstrip(
                "^") != "volume":
        return
    out[a2] = "^collection-title"
    for m in range(a2 + 1, e2):
        out[m] = "collection-title"
    if e1 + 1 < n and out[e1].lstrip("^") == "volume" and _ROMAN.fullmatch(tokens[e1].text) \
            and tokens[e1 + 1].text == ",":
        out[e1] = "container-title"


_CJK_NUMERALS = frozenset("一二三四五六七八九十")
_CJK_EDITION_MISREAD = frozenset({"genre", "O", "volume", "note", "container-title", "edition"})


def _title_read_as_names_after_the_date(tokens: Sequence[Token], out: list[str]) -> bool:
    """APA: "Van Dijk Groep N.V. (2021). Jaarverslag 2020. Geraadpleegd op …": in a reference with no title, the
    words right after the date's bracket read as names or a publisher (with perhaps a year of their own) are the title.
    A work's authors come before its date, and its title right after it."""
    n = len(tokens)
    d = next((m for m in range(3, min(n, 40)) if tokens[m - 1].text == "." and tokens[m - 2].text == ")"
              and out[m - 3].lstrip("^") == "issued"), None)
    if d is None or out[d].lstrip("^") not in ("author", "publisher"):
        return False
    a, e = d, d + 1
    while e < n and out[e].lstrip("^") == out[a].lstrip("^") and not out[e].startswith("^"):
        e += 1
    if e < n and out[e].lstrip("^") == "issued" and tokens[e].text.isdecimal() and e + 1 < n \
            and tokens[e + 1].text == ".":
        e += 1  # ("Jaarverslag 2020.": the report's year, part of its title)
    if e >= n or tokens[e].text != ".":
        return False
    out[a] = "^title"
    for m in range(a + 1, e):
        out[m] = "title"
    return True


_DAY_RANGE_TEXT = re.compile(r"(?<!\S)\d{1,2} [-–] \d{1,2} [^\W\d_]")  # ("13 - 14 giugno": days, then a word)


def _day_range_before_month(tokens: Sequence[Token], out: list[str]) -> None:
    """"Roma, 13‑14 giugno 2019 (pp. 101‑115)": a range of days before a month is the date's (a meeting's days), not
    a page and a date: the labeler took the first day and its dash for a page."""
    for i in range(1, len(tokens) - 2):
        if tokens[i].text not in ("-", "–") or out[i + 1].lstrip("^") != "issued" or not tokens[i + 1].text.isdecimal() \
                or not tokens[i - 1].text.isdecimal() or len(tokens[i - 1].text) > 2 or len(tokens[i + 1].text) > 2 \
                or out[i - 1].lstrip("^") not in _LOCATOR_MISREAD or "month" not in token_features(tokens[i + 2].text):
            continue
        out[i - 1] = "^issued" if i > 1 and out[i - 2].lstrip("^") == "issued" else "issued"
        out[i] = out[i + 1] = "issued"


_YEAR_COLON_TEXT = re.compile(r" (?:1[5-9]|20)\d\d : ")


def _title_with_its_year_before_a_colon(tokens: Sequence[Token], out: list[str]) -> None:
    """"Todesursachenstatistik 2020: Gestorbene nach … [Internet]. Wiesbaden: Destatis; 2021": a title naming its year
    before its subtitle's colon, read as a journal, a date and a title. The reference's own date comes later; a
    journal's name is never followed by its year and a colon."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e + 2 >= n or out[e].lstrip("^") != "issued" or not _YEAR_TOKEN.fullmatch(tokens[e].text) \
                or tokens[e + 1].text != ":" or out[e + 2].lstrip("^") != "title" \
                or not any(out[m].lstrip("^") == "issued" for m in range(e + 3, n)):
            continue
        out[a] = "^title" if out[a].startswith("^") else "title"
        for m in range(a + 1, e + 2):
            out[m] = "title"
        m = e + 2
        if out[m] == "^title":
            out[m] = "title"
        return


def _gost_area_inside_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST's thesis: "…; Петрозаводский государственный университет. — Петрозаводск, 2015.": the university, then
    the next area's place after ". —", read as one publisher. The area's dash ends the name; the words after it,
    before the year, are the place."""
    n = len(tokens)
    for a, e in _runs_of(out, "publisher"):
        d = next((m for m in range(a + 1, e - 1) if tokens[m].text == "—" and tokens[m - 1].text == "."), None)
        if d is None or not (e < n and tokens[e].text == "," and e + 1 < n and out[e + 1].lstrip("^") == "issued"):
            continue
        out[d - 1] = out[d] = "O"
        out[d + 1] = "^publisher-place"
        for m in range(d + 2, e):
            out[m] = "publisher-place"
        return


_FACULTY_ABBREVIATIONS = frozenset({"iur", "jur", "med", "phil", "theol", "rer", "oec", "pol", "dent", "vet", "techn",
                                    "nat", "soc", "agr", "paed", "habil"})


def _oscola_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """OSCOLA: "The Court of Star Chamber and Its Records (2nd edn, OUP 2012)": the words between the edition's comma
    and the year in the bracket are the publisher."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i].text != "edn" or tokens[i + 1].text != ",":
            continue
        e = i + 2
        while e < n and out[e] == "O" and tokens[e].text[:1].isupper() and tokens[e].text not in ("(", ")"):
            e += 1
        if e > i + 2 and e < n and out[e].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[e].text):
            out[i + 2] = "^publisher"
            for m in range(i + 3, e):
                out[m] = "publisher"
        return


def _book_after_role_bracket(tokens: Sequence[Token], out: list[str]) -> None:
    """"in P. Vidal et M. Durand (éd.), Mélanges en l'honneur de Bernard Cazenave-Roux, Aix-en-Provence, PUAM": the
    role in brackets closes the editors' names; the words after it, with no initial among them and small words
    inside, are the book's title, not more people (the labeler read them as translators)."""
    n = len(tokens)
    for i in range(3, n - 3):
        if tokens[i].text != ")" or tokens[i + 1].text not in (",", ":") or tokens[i - 1].text != "." \
                or not role_of(tokens[i - 2].text + "."):
            continue
        k = i + 2
        label = out[k].lstrip("^")
        if label not in ("translator", "editor"):
            return
        e = k
        while e < n and out[e].lstrip("^") == label:
            e += 1
        words = [t.text for t in tokens[k:e] if t.text[:1].isalpha()]
        if len(words) < 3 or any(_is_initial(t) for t in tokens[k:e]) \
                or not any(w.islower() and len(w) >= 2 for w in words):
            return
        out[k] = "^container-title"
        for m in range(k + 1, e):
            out[m] = "container-title"
        c = next((m for m in range(e - 2, k, -1) if tokens[m].text == ","), None)
        if c is not None and e - c - 1 <= 5 and tokens[c + 1].text[:1].isupper() and all(
                t.text[:1].isupper() or t.text in ("-", "en", "am", "sur", "upon") for t in tokens[c + 1:e]):
            out[c] = "O"  # (the town it was printed in, before the publisher: "…, Aix-en-Provence, PUAM")
            out[c + 1] = "^publisher-place"
            for m in range(c + 2, e):
                out[m] = "publisher-place"
        return


def _publisher_run_on(tokens: Sequence[Token], out: list[str]) -> None:
    """"Stockholm: Institutet för arbetsmarknads- och utbildningspolitisk utvärdering (IFAU).": a publisher's name
    going on in small letters after the place's colon, which the labeler ended at its first word and read on as a
    title; its acronym in brackets after it is its own."""
    n = len(tokens)
    for a, e in _runs_of(out, "publisher"):
        if a < 2 or tokens[a - 1].text != ":" or out[a - 2].lstrip("^") != "publisher-place" or e >= n \
                or out[e].lstrip("^") not in ("title", "container-title") or not tokens[e].text[:1].islower():
            continue
        label = out[e].lstrip("^")
        f = e
        while f < n and out[f].lstrip("^") == label and tokens[f].text not in ".,;(":
            f += 1
        if f < n and tokens[f].text not in (".", "(", ","):
            return
        for m in range(e, f):
            out[m] = "publisher"
        if f + 2 < n and tokens[f].text == "(" and tokens[f + 2].text == ")" and tokens[f + 1].text.isupper():
            out[f] = out[f + 1] = out[f + 2] = "publisher"
        return


def _further_words_opening(tokens: Sequence[Token], out: list[str]) -> None:
    """A glued footnote's second piece opens with the words saying it follows ("zob. też M. Zielonka, …", "vgl. auch
    …"): they are no part of its author."""
    k = 0
    while k < len(tokens) - 1 and (tokens[k].text in FURTHER_WORDS or (k and tokens[k].text == ".")):
        k += 1
    if k and out[k].lstrip("^") == out[k - 1].lstrip("^") != "O":
        out[k] = "^" + out[k].lstrip("^")
    for m in range(k):
        out[m] = "O"


def _cjk_edition_number(tokens: Sequence[Token], out: list[str]) -> None:
    """"『管理会計入門』第3版，": the number before "版" (edition), after an optional "第", is the edition, whatever
    else the labeler read in it (a genre, a volume). Not "出版": the token before is a number."""
    for i in range(1, len(tokens)):
        j = i - 1
        if tokens[i].text != "版" or not (tokens[j].text.isdecimal() or tokens[j].text in _CJK_NUMERALS):
            continue
        k = j - 1 if j and tokens[j - 1].text == "第" else j
        if not all(out[m].lstrip("^") in _CJK_EDITION_MISREAD for m in range(k, i + 1)) or out[j].lstrip("^") == "O":
            continue
        after = out[i].lstrip("^")
        for m in range(k, i + 1):
            out[m] = "edition"
        if after == "container-title":
            # "第4版，東洋経済新報社。" read whole as a journal: no container follows an edition, the name is the publisher
            e = i + 1
            while e < len(tokens) and out[e].lstrip("^") == "container-title":
                e += 1
            names = [m for m in range(i + 1, e) if tokens[m].text not in "，,"]
            for m in names:
                out[m] = "^publisher" if m == names[0] else "publisher"
            for m in range(i + 1, e):
                if m not in names:
                    out[m] = "O"


def _book_title_read_as_container(tokens: Sequence[Token], out: list[str]) -> bool:
    """"田中宏. 固体物理学入門. 第3版, 東京, 裳華房, 2015, 298p.": the one title of a book with a publisher, read as a
    container. A container holds a work, and nothing names one here: no title, no "In", only names (or an entry
    number, a date) before it."""
    runs = list(_runs_of(out, "container-title"))
    if len(runs) != 1:
        return False
    a, e = runs[0]
    if any(tokens[i].text.lower() in _IN_WORDS or tokens[i].text == "//" for i in range(max(0, a - 3), a)):
        return False
    before = {out[i].lstrip("^") for i in range(a)} - {"O"}
    if "author" not in before or before - {"author", "citation-number", "issued"}:
        return False
    out[a] = "^title" if out[a].startswith("^") else "title"
    for i in range(a + 1, e):
        out[i] = "title"
    return True


def _quoted_word_opening_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"G. Bianchi, «Petaloso» e la neologia, in «Studi …»": a title opening with a quoted word. The labeler left out
    the opening guillemet and kept the closing one, so the title read "Petaloso» e la neologia"."""
    for a, e in _runs_of(out, "title"):
        if a and tokens[a - 1].text == "«" and out[a - 1] == "O" and "»" in map(_TEXT, tokens[a:e - 1]) \
                and "«" not in map(_TEXT, tokens[a:e]):
            out[a - 1] = "^title" if out[a].startswith("^") else "title"
            out[a] = "title"
            return


_PAPER_SERIES_ENDS = ("シリーズ", "ペーパー", "リポート", "レポート")


def _japanese_paper_series_number(tokens: Sequence[Token], out: list[str]) -> None:
    """"「…」日本銀行ワーキングペーパーシリーズ，No.21‑J‑4。": a working paper's series and its number, which the labeler
    reads as a journal with a volume and pages; the institution before the date is its author, not an editor."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if not "".join(t.text for t in tokens[a:e]).endswith(_PAPER_SERIES_ENDS) or e + 3 >= n \
                or tokens[e].text != "，" or tokens[e + 1].text != "No" or tokens[e + 2].text != ".":
            continue
        k = e + 3
        while k < n and not tokens[k].space_before and (tokens[k].text.isalnum() or tokens[k].text in "-‑") \
                and tokens[k].text not in ("。", "．"):
            k += 1
        if k == e + 3 or not any(ch.isdigit() for ch in tokens[e + 3].text):
            return
        out[a:e] = ["collection-title"] * (e - a)
        out[e + 3:k] = ["number"] * (k - e - 3)
        if out[0].lstrip("^") == "editor" and "author" not in out and "^author" not in out:
            m = 0
            while m < n and out[m].lstrip("^") == "editor":
                out[m] = "^author" if m == 0 else "author"
                m += 1
        return


# a body's name in German and English lists: "Deutsches Netzwerk für Qualitätsentwicklung in der Pflege", "Deutsche
# Gesellschaft für Ernährung", "Robert Koch-Institut", "National Network for Safety": the body's noun, then "für"/"for"
# and what it is for, or a name hyphened to the noun
_BODY_NAME = re.compile(
    r"(?:[A-ZÄÖÜ][\w-]*\s+){0,2}(?:Netzwerk|Gesellschaft|Institut|Verband|Verein|Stiftung|Bundesamt|Bundesanstalt|"
    r"Zentrum|Zentrale|Arbeitsgemeinschaft|Kommission|Network|Society|Institute|Association|Foundation|Council|"
    r"Agency|Centre|Center)\s+(?:für|zur|zum|for|of|on)\s+\S.*|[A-ZÄÖÜ][\w]*(?:\s+[A-ZÄÖÜ][\w]*)?-(?:Institut|Stiftung)")


def _body_opening_title(tokens: Sequence[Token], out: list[str]) -> None:
    """DIN 1505's "Author: Title." with a body for its author, "Deutsches Netzwerk für Qualitätsentwicklung in der
    Pflege: Expertenstandard Schmerzmanagement in der Pflege. Osnabrück: …", which the labeler reads as one title."""
    a = _first_field(out)
    if a >= len(tokens) or out[a].lstrip("^") != "title":
        return
    e = a
    while e < len(tokens) and out[e].lstrip("^") == "title" and tokens[e].text != ":":
        e += 1
    if e >= len(tokens) or tokens[e].text != ":" or out[e].lstrip("^") != "title" or e - a > 12 \
            or e + 1 >= len(tokens) or out[e + 1].lstrip("^") != "title" \
            or not _BODY_NAME.fullmatch(_spaced_text(tokens[a:e]).replace(" - ", "-")):
        return
    out[a:e] = ["^author" if out[a].startswith("^") else "author"] + ["author"] * (e - a - 1)
    out[e] = "O"
    out[e + 1] = "^title" if out[e + 1].startswith("^") else "title"


# the domains closing a site's name that a list names it by ("ClinicalTrials.gov", "Sante.gouv.fr", "Medium.com")
_SITE_DOMAINS = frozenset({"gov", "org", "com", "net", "edu", "int", "eu", "fr", "de", "es", "it", "nl", "pl", "cz",
                           "se", "br", "ru", "uk", "jp", "cn"})


def _site_name_with_its_domain(tokens: Sequence[Token], out: list[str]) -> None:
    """"Bethesda (MD): ClinicalTrials.gov; 2020": a site's name with its domain; the labeler leaves the domain out of
    the publisher (or the container) and the name reads "ClinicalTrials"."""
    n = len(tokens)
    for label in ("publisher", "container-title"):
        for _a, e in _runs_of(out, label):
            k = e
            while k + 1 < n and tokens[k].text == "." and not tokens[k].space_before and out[k] == "O" \
                    and tokens[k + 1].text in _SITE_DOMAINS and not tokens[k + 1].space_before \
                    and out[k + 1].lstrip("^") == "O" and (k + 2 >= n or tokens[k + 2].text in ".,;:)]"
                                                            or tokens[k + 2].space_before):
                out[k] = out[k + 1] = label
                k += 2


_PAPER_SERIES_NOUNS = frozenset({"Paper", "Papers", "Series", "Report", "Reports", "Notes", "Briefs", "Brief"})


def _paper_series_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Regional labour market effects of the German minimum wage. DIW Discussion Papers No. 1934. Berlin: …": the
    series and the paper's number after the title's full stop, which the labeler ran into the title."""
    for a, e in _runs_of(out, "title"):
        if e < 6 or not tokens[e - 1].text.isdecimal() or tokens[e - 2].text != "." or tokens[e - 3].text != "No" \
                or tokens[e - 4].text not in _PAPER_SERIES_NOUNS:
            continue
        s = e - 4
        while s > a and tokens[s - 1].text != "." and e - 4 - s < 5:
            s -= 1
        if s <= a + 1 or tokens[s - 1].text != "." or not tokens[s].text[:1].isupper():
            continue
        out[s - 1] = "O"
        out[s:e - 3] = ["collection-title"] * (e - 3 - s)
        out[e - 3] = out[e - 2] = "O"
        out[e - 1] = "number"
        return


def _one_word_sentence_before_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Główny Urząd Statystyczny (2021) Ludność. Stan i struktura …": a title's first sentence of one word, right
    after the year in brackets, which the labeler left out of the title."""
    for a, _e in _runs_of(out, "title"):
        i = a - 2
        if i >= 3 and out[i] == "O" and tokens[i].text.isalpha() and tokens[i].text[:1].isupper() \
                and tokens[i + 1].text == "." and out[i + 1] == "O" and tokens[i - 1].text == ")" \
                and out[i - 2].lstrip("^") == "issued":
            out[i] = "^title" if out[a].startswith("^") else "title"
            out[i + 1] = "title"
            out[a] = "title"
        return


def _title_to_its_closing_bracket(tokens: Sequence[Token], out: list[str]) -> None:
    """"… frazeologii [The linguocultural concept 'home' in Russian and English phraseology]. Candidate …": a title's
    bracket (a translation) the labeler cut at a quote inside it; its words to the closing bracket are the title's."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        opened = [m for m in range(a, e) if tokens[m].text == "["]
        if not opened or any(tokens[m].text == "]" for m in range(opened[-1], e)):
            continue
        k = next((m for m in range(e, min(n, e + 20)) if tokens[m].text in "[]"), None)
        if k is None or tokens[k].text != "]" or not all(out[m].lstrip("^") in ("O", "note", "title") for m in range(e, k)):
            continue
        out[e:k] = ["title"] * (k - e)
        return


# the European Commission's document series: "COM(2022) 417 final", "SWD(2021) 133 final", "C(2020) 4212"
_EU_DOCUMENT_SERIES = frozenset({"COM", "SWD", "SEC", "JOIN", "C"})


# the cue that names where an unpublished work is kept: Czech "Uloženo v:", "Deposited in", German "Aufbewahrt in"
_DEPOSITED_WORDS = frozenset({"Uloženo", "Deposited", "Aufbewahrt", "Uložené"})


def _archive_after_deposit_cue(tokens: Sequence[Token], out: list[str]) -> None:
    """"… [rukopis]. 1921. Uloženo v: Archiv Národního muzea, fond Josef Horák, kart. 3.": the archive and the call
    number after the cue are where the manuscript is kept (a note: CSL's archive fields have no label), not a title and
    a publisher; a manuscript's word in brackets is its medium, as "[online]" is."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i].text not in _DEPOSITED_WORDS or tokens[i - 1].text != "." or tokens[i + 1].text not in ("v", "in") \
                or tokens[i + 2].text != ":":
            continue
        out[i:i + 3] = ["O"] * 3
        end = n - (tokens[-1].text == ".")
        out[i + 3:end] = ["note"] * (end - i - 3)
        for m in range(1, i - 1):
            if tokens[m].text in _MANUSCRIPT_WORDS and tokens[m - 1].text == "[" and tokens[m + 1].text == "]":
                out[m] = "medium"  # (in brackets, as "[online]" is)
        return


def _japanese_newspaper_edition(tokens: Sequence[Token], out: list[str]) -> None:
    """"日本経済新聞. 2022年7月14日, 朝刊, p. 5.": the morning (朝刊) or evening (夕刊) edition after the day's date is the
    edition, not a publisher (the labeler leaves it out or reads it as one)."""
    n = len(tokens)
    for i in range(2, n - 1):
        if tokens[i].text in ("朝", "夕") and tokens[i + 1].text == "刊" and tokens[i - 1].text in ",，、" \
                and out[i - 2].lstrip("^") == "issued":
            out[i] = out[i + 1] = "edition"
            return


def _role_and_names_read_as_container(tokens: Sequence[Token], out: list[str]) -> None:
    """"Drottningholmsmusiken : partitur. Utg. av Eva Lindahl. Stockholm : …": a role phrase and the names it governs
    in a sentence of their own, which the labeler reads as a container."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e >= n or tokens[e].text != "." or a < 1 or tokens[a - 1].text != ".":
            continue
        k = next((m for m in range(a + 1, min(e, a + 5)) if tokens[m - 1].text in _BY_WORDS), None)
        if k is None or not 2 <= e - k <= 3 or not all(tokens[m].text[:1].isupper() and tokens[m].text.isalpha()
                                                       for m in range(k, e)):
            continue
        role = role_before(_spaced_text(tokens[a:k]) + " ")
        if role in ("editor", "translator"):
            out[a:k] = ["O"] * (k - a)
            out[k:e] = [role] * (e - k)
            return


def _japanese_unpublished_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """APA in Japanese: "鈴木 隆 (2022). 小学校教師の… 未公刊原稿 (東京学芸大学)": the words after the title's space
    that say the work is unpublished are its genre, not its title's end."""
    for a, e in _runs_of(out, "title"):
        for k in range(e - 1, a, -1):
            if tokens[k].text == "未" and tokens[k].space_before:
                if e - k <= 8 and names_a_manuscript("".join(t.text for t in tokens[k:e])):
                    out[k:e] = ["genre"] * (e - k)  # ("未公刊原稿", "未発表原稿", "未公刊博士論文")
                return


def _meeting_year_closing_container(tokens: Sequence[Token], out: list[str]) -> None:
    """"In: Klein, M. (Hrsg.): INFORMATIK 2020. Lecture Notes in Informatics …, 2020, S. 1013–1024.": the year that
    closes a meeting's proceedings before their series is the name's, when the reference is dated elsewhere."""
    n = len(tokens)
    for _a, e in _runs_of(out, "container-title"):
        if e + 2 < n and out[e].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[e].text) \
                and tokens[e + 1].text == "." and out[e + 2].lstrip("^") == "collection-title" \
                and any(out[m].lstrip("^") == "issued" and tokens[m].text == tokens[e].text for m in range(e + 2, n)):
            out[e] = "container-title"
            return


def _series_acronym_and_volume(tokens: Sequence[Token], out: list[str]) -> None:
    """"… INFORMATIK 2020. Lecture Notes in Informatics (LNI), Bd. P‑307. Bonn: …": the series' acronym in brackets
    and its volume's code ("P-307", "LNCS 12345") after the series, which the labeler reads as names and a page."""
    n = len(tokens)
    for _a, e in _runs_of(out, "collection-title"):
        if e + 6 >= n or tokens[e].text != "(" or not tokens[e + 1].text.isupper() or tokens[e + 2].text != ")" \
                or tokens[e + 3].text != "," or tokens[e + 4].text not in _SERIES_VOLUME_WORDS:
            continue
        v = e + 5 + (tokens[e + 5].text == ".")
        k = v
        while k < n and (k == v or not tokens[k].space_before) and (tokens[k].text.isalnum() or tokens[k].text in "-‑"):
            k += 1
        if k == v or not any(t.text.isdigit() for t in tokens[v:k]):
            return
        out[e:e + 3] = ["collection-title"] * 3
        out[e + 3:v] = ["O"] * (v - e - 3)
        out[v:k] = ["volume"] * (k - v)
        return


def _russian_specialty_code(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST's dissertation: "…: дис. … канд. техн. наук: 05.13.11. СПб., 2018.": the specialty's code after the degree
    is none of the fields (the labeler reads its pieces as entry numbers, then a number)."""
    n = len(tokens)
    for i in range(1, n - 5):
        if tokens[i].text == "наук" and out[i].lstrip("^") == "genre" and tokens[i + 1].text == ":" \
                and tokens[i + 2].text.isdecimal() and tokens[i + 3].text == "." and tokens[i + 4].text.isdecimal() \
                and tokens[i + 5].text == ".":
            k = i + 2
            while k + 1 < n and tokens[k].text.isdecimal() and tokens[k + 1].text == "." and not tokens[k + 1].space_before:
                out[k] = out[k + 1] = "O"
                k += 2
            if k < n and tokens[k].text.isdecimal():
                out[k] = "O"
            return


def _ceur_series_in_container(tokens: Sequence[Token], out: list[str]) -> None:
    """"in: Atti della … (CLiC-it 2021), CEUR Workshop Proceedings, vol. 3033, Milano, 2021": the proceedings' series
    after their name, which the labeler runs into the container."""
    for a, e in _runs_of(out, "container-title"):
        for k in range(a, e - 2):
            if tokens[k].text == "CEUR" and tokens[k - 1].text == "," and tokens[k + 1].text == "Workshop" \
                    and tokens[k + 2].text == "Proceedings" and (k > a or "container-title" in out[:a]):
                out[k - 1] = "O"  # (within the container's run, or a run of its own after it)
                out[k:k + 3] = ["collection-title"] * 3
                return


def _manuscript_closing_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """"Leipzig, Universität Leipzig, Institut für Informatik, unveröffentlichtes Manuskript, 2021": the kind of an
    unpublished work closing the school's name is its genre, not the publisher's last words."""
    for _a, e in _runs_of(out, "publisher"):
        if e >= 3 and tokens[e - 1].text in _MANUSCRIPT_WORDS and tokens[e - 3].text == "," \
                and tokens[e - 2].text.lower() in ("unveröffentlichtes", "unpublished", "ungedrucktes", "inédit"):
            out[e - 3] = "O"
            out[e - 2] = out[e - 1] = "genre"
            return


# the words before a date that a title holds ("… nach Gemeinden am 31. Dezember 2021", "Stand: 1. Januar 2020")
_TITLE_DATE_CUES = frozenset({"am", "zum", "per", "Stand", "au", "al", "op", "na", "dne", "k"})


def _date_inside_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Statistisches Landesamt Sachsen (Hrsg.) (2022): Bevölkerung … nach Gemeinden am 31. Dezember 2021.
    Statistischer Bericht …": a day, month and year after "am" inside the title (a statistic's reference date), in a
    reference dated before its title; the labeler cut the title at the day's stop and read the rest as a second date."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        d = e - 1 if e >= 2 and _day_number(tokens[e - 1].text) else e  # (the day in the title, or after it)
        if d + 3 >= n or d < 1 or tokens[d - 1].text not in _TITLE_DATE_CUES or not _day_number(tokens[d].text) \
                or tokens[d + 1].text != "." or "month" not in token_features(tokens[d + 2].text) \
                or not _YEAR_TOKEN.fullmatch(tokens[d + 3].text) \
                or not any(out[m].lstrip("^") == "issued" for m in range(a)):
            continue
        out[d:d + 4] = ["title"] * 4
        return


def _statistical_report_code(tokens: Sequence[Token], out: list[str]) -> None:
    """German statistical offices' "Statistischer Bericht A I 1 – j/21": the kind of report and its code (the subject
    classification, then the period), which the labeler reads as more title or a container."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i].text in ("Statistischer", "Statistische") and tokens[i + 1].text in ("Bericht", "Berichte") \
                and tokens[i - 1].text == "." and out[i].lstrip("^") in ("title", "container-title", "collection-title"):
            label = out[i].lstrip("^")
            e = i + 2
            while e < n and out[e].lstrip("^") == label:
                e += 1
            if e - i < 4 or not any(t.text.isdigit() for t in tokens[i + 2:e]):
                return
            out[i:i + 2] = ["genre"] * 2
            out[i + 2:e] = ["number"] * (e - i - 2)
            return


def _hyphened_word_opening_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"(2024) tei-align: sentence alignment for TEI corpora": the title's first word joined to the next by a hyphen,
    which the labeler left out of the title ("align: …")."""
    for a, _e in _runs_of(out, "title"):
        if a >= 2 and tokens[a - 1].text == "-" and not tokens[a - 1].space_before and not tokens[a].space_before \
                and out[a - 1] == "O" and out[a - 2] == "O" and tokens[a - 2].text.isalnum() \
                and tokens[a - 2].space_before:
            out[a - 2] = "^title" if out[a].startswith("^") else "title"
            out[a - 1] = out[a] = "title"
        return


def _chinese_footnote_author_and_title(tokens: Sequence[Token], out: list[str]) -> None:
    """Chinese footnotes: "王建国：《敦煌写本与中古社会》，上海：上海古籍出版社，2009年，第45页。": the author before the
    full-width colon, the title in 《》, then the place before the publisher's colon and the publisher; the labeler may
    run the author into the title (or leave it out), and read the place as a title and the publisher as a journal."""
    n = len(tokens)
    s0 = 1 if tokens[0].text in CIRCLED_NUMBERS else 0
    c = next((i for i in range(s0 + 1, min(n - 2, s0 + 8)) if tokens[i].text == "：" and tokens[i + 1].text == "《"), None)
    if c is None or not all(_IS_CJK_CHAR.fullmatch(tokens[m].text) or tokens[m].text == "、" for m in range(s0, c)) \
            or not 2 <= c - s0 <= 12:
        return
    close = next((m for m in range(c + 2, n) if tokens[m].text == "》"), None)
    if close is None or close == c + 2:
        return
    out[s0:c] = ["^author"] + ["author"] * (c - s0 - 1)
    out[c] = out[c + 1] = "O"
    out[c + 2:close] = ["title"] * (close - c - 2)
    out[close] = "O"
    p = close + 2 if close + 2 < n and tokens[close + 1].text in "，," else None
    if p is None or tokens[p].text == "《":
        return
    q = next((m for m in range(p, min(n, p + 6)) if tokens[m].text == "："), None)
    e = next((m for m in range(q + 1, n) if tokens[m].text in "，,。"), n) if q is not None else n
    if q is not None and q > p and e > q + 1 and all(_IS_CJK_CHAR.fullmatch(tokens[m].text) for m in range(q + 1, e)):
        out[p - 1] = "O"
        out[p:q] = ["publisher-place"] * (q - p)
        out[q] = "O"
        out[q + 1:e] = ["publisher"] * (e - q - 1)
        # "，2009年，第45页。": the year, then the page cited
        for m in range(e, min(n - 2, e + 8)):
            if tokens[m].text == "第" and tokens[m + 1].text.isdecimal() and tokens[m + 2].text in ("页", "頁"):
                out[m] = out[m + 2] = "O"
                out[m + 1] = "page"
                break


_IS_CJK_CHAR = re.compile(f"[{CJK_CHARS}]")


def _turkish_presented_paper(tokens: Sequence[Token], out: list[str]) -> None:
    """Turkish APA's paper given at a meeting: "26. Uluslararası Eğitim Bilimleri Kongresi’nde sunulan bildiri,
    Antalya.": the meeting's name (before its case ending, "’nde": "at the"), the kind of paper ("bildiri", "sözlü
    bildiri", "poster bildiri") and the meeting's place; the labeler reads them as one container."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        k = next((m for m in range(a + 1, e - 2) if tokens[m].text in _APOSTROPHES and tokens[m + 2].text == "sunulan"
                  and tokens[m + 1].text in ("nde", "nda", "de", "da", "te", "ta")), None)
        if k is None or k + 3 >= e:
            continue
        out[a:k] = ["event-title"] * (k - a)
        out[k:k + 3] = ["O"] * 3
        out[k + 3:e] = ["genre"] * (e - k - 3)
        p = e + 1 if e < n and tokens[e].text == "," else e
        while p < n and out[p].lstrip("^") == "publisher-place":
            out[p] = "event-place"
            p += 1
        return


def _acta_universitatis_series(tokens: Sequence[Token], out: list[str]) -> None:
    """"… [Doktorsavhandling, Göteborgs universitet]. Acta Universitatis Gothoburgensis.": the Nordic and Central
    European universities' "Acta Universitatis …" is a series (of theses and monographs), not their publisher."""
    n = len(tokens)
    for i in range(n - 2):
        if tokens[i].text == "Acta" and tokens[i + 1].text == "Universitatis" \
                and out[i].lstrip("^") in ("publisher", "container-title") and "collection-title" not in out:
            label = out[i].lstrip("^")
            if label == "container-title" and ("volume" in out or "page" in out):
                return  # (a journal of that name, with its numbers: "Acta Universitatis Carolinae. Geographica 55(1)")
            e = i
            while e < n and out[e].lstrip("^") == label:
                out[e] = "collection-title"
                e += 1
            return


def _newspaper_date_after_vom(tokens: Sequence[Token], out: list[str]) -> None:
    """"In: Süddeutsche Zeitung vom 3. März 2019, S. 12.": the day after "vom" opens the paper's date, which the labeler
    runs into the newspaper's name."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i].text == "vom" and out[i].lstrip("^") == "container-title" and _day_number(tokens[i + 1].text) \
                and tokens[i + 2].text == "." and out[i + 3].lstrip("^") == "issued":
            out[i] = "O"
            out[i + 1] = out[i + 2] = "issued"
            return


def _journal_read_as_thesis_kind(tokens: Sequence[Token], out: list[str]) -> None:
    """"… Šumavy. Lesnická práce. 2021, 100(4), 22–25.": a journal whose name ends in "práce", read as the kind of a
    thesis; with a volume or an issue after it, it is the journal."""
    for a, e in _runs_of(out, "genre"):
        if tokens[e - 1].text == "práce" and e - a >= 2 and not is_thesis_genre(_spaced_text(tokens[a:e])) \
                and tokens[a].text[:1].isupper() and "container-title" not in out:
            out[a:e] = ["container-title"] * (e - a)
            return


def _eu_document_number(tokens: Sequence[Token], out: list[str]) -> None:
    """An EU document's number, "COM(2022) 417 final", which the labeler reads as an author, a year and a page."""
    n = len(tokens)
    for i in range(n - 4):
        if tokens[i].text not in _EU_DOCUMENT_SERIES or tokens[i + 1].text != "(" or tokens[i + 1].space_before \
                or not _YEAR_TOKEN.fullmatch(tokens[i + 2].text) or tokens[i + 3].text != ")" \
                or not tokens[i + 4].text.isdecimal() or (i and not tokens[i].space_before):
            continue
        e = i + 5 + (i + 5 < n and tokens[i + 5].text == "final")
        out[i:e] = ["number"] * (e - i)
        return


def _juristic_names_then_title(tokens: Sequence[Token], out: list[str]) -> None:
    """German legal notes name co-authors by their family names joined by slashes, then the title after a comma:
    "Vogel/Krause, Kommunale Haushaltskrisen, NVwZ 2019, 1201 ff." (the labeler reads the title as a given name)."""
    n = len(tokens)
    a = _first_field(out)
    if a + 1 < n and tokens[a].text in FURTHER_WORDS and out[a + 1].lstrip("^") == "author":
        out[a] = "O"  # (the piece after a footnote's semicolon: "…; ferner Vogel/Krause, …")
        a += 1
        out[a] = "^author"
    if a + 4 >= n or out[a].lstrip("^") != "author" or tokens[a + 1].text != "/":
        return
    k = a
    while k + 2 < n and tokens[k + 1].text == "/" and tokens[k + 2].text[:1].isupper() and tokens[k + 2].text.isalpha():
        k += 2  # the family names and their slashes
    if k + 2 >= n or tokens[k + 1].text != ",":
        return
    e = next((m for m in range(k + 2, n) if tokens[m].text == ","), n)
    if e >= n or e - k < 3 or not all(out[m].lstrip("^") == "author" for m in range(k + 2, e)) \
            or out[e + 1].lstrip("^") not in ("container-title", "issued"):
        return
    out[k + 1] = "O"
    out[k + 2:e] = ["title"] * (e - k - 2)


# (in the tokens' texts joined by spaces: ", DÖV 2020 , 881 ff", ", ZRG GA 2011 , 88 (", ", JZ 1998 , 1032 .")
_JURISTIC_CITE_TEXT = re.compile(r", (?:[A-ZÄÖÜ]\w{1,7} ){1,2}(?:18|19|20)\d\d , \d+ (?:ff?|\(|\.)")


def _juristic_abbreviation(t: str) -> bool:
    """A German law journal's abbreviation: "NJW", "DÖV", "ZRG", "GA", "NVwZ"."""
    return 2 <= len(t) <= 8 and t.isalpha() and t[:1].isupper() and sum(ch.isupper() for ch in t) >= 2


def _juristic_journal_cite(tokens: Sequence[Token], out: list[str]) -> None:
    """German legal notes cite an article by its journal's abbreviation, year and first page: "Kühn/Albers,
    Haushaltssicherung in Kommunen, DÖV 2020, 881 ff.", "…, NVwZ 2019, 1201 f." (the labeler reads no journal)."""
    n = len(tokens)
    for i in range(2, n - 4):
        t = tokens[i].text
        if not _juristic_abbreviation(t) or not _YEAR_TOKEN.fullmatch(tokens[i + 1].text) or tokens[i + 2].text != "," \
                or not tokens[i + 3].text.isdecimal():
            continue
        a = i - 1 if i > 2 and _juristic_abbreviation(tokens[i - 1].text) and tokens[i - 2].text == "," else i
        if tokens[a - 1].text != ",":  # (two words: "ZRG GA 2011, 88")
            continue
        after = tokens[i + 4].text
        # "881 ff.", the first page closing the reference ("JZ 1998, 1032."), or the page cited in brackets after
        # it ("ZNR 2009, 15 (22 f.)")
        pinpoint = after == "(" and i + 6 < n and tokens[i + 5].text.isdecimal() and len(tokens[i + 5].text) <= 4 \
            and not _YEAR_TOKEN.fullmatch(tokens[i + 5].text) and tokens[i + 6].text in ("f", "ff", ")")
        if int(tokens[i + 1].text) < 1850 or not (after in ("ff", "f") or (after == "." and i + 5 == n) or pinpoint) \
                or any(
                out[m].lstrip("^") == "container-title" for m in (*range(i), *range(i + 1, n))):
            continue
        out[a] = out[i] = "container-title"
        out[i + 1] = "issued"
        out[i + 2] = "O"
        out[i + 3] = "page"
        if pinpoint:
            m = i + 4
            while m < n and tokens[m - 1].text != ")":
                out[m] = "O"
                m += 1
        return


# (in the tokens' texts joined by spaces: a section letter then its page, ", B 3 ."; a year's bracket then a one-word
# sentence, ") Ludność . ")
_SECTION_PAGE_TEXT = re.compile(r", [A-Z] \d+ (?:[.,;]|$)")
_WORD_SENTENCE_TEXT = re.compile(r"\) [^\W\d_]+ \. ")


def _newspaper_section_page(tokens: Sequence[Token], out: list[str]) -> None:
    """"Folha de S.Paulo, 14 de março de 2016, B3.": a newspaper's section letter and page after the day's date,
    which the labeler reads as a volume."""
    n = len(tokens)
    for i in range(2, n - 1):
        if out[i].lstrip("^") == "volume" and len(tokens[i].text) == 1 and tokens[i].text.isupper() \
                and tokens[i + 1].text.isdecimal() and not tokens[i + 1].space_before and out[i + 1].lstrip("^") == "volume" \
                and tokens[i - 1].text == "," and out[i - 2].lstrip("^") == "issued" \
                and (i + 2 >= n or tokens[i + 2].text in ".,;"):
            out[i] = out[i + 1] = "page"
            return


_MANUSCRIPT_WORDS = frozenset({"rękopis", "rukopis", "manuscript", "manuskript", "manuscrit", "manoscritto",
                               "manuscrito", "handschrift", "рукопись", "Manuscript", "Manuskript", "Handschrift",
                               "Rękopis", "Rukopis", "Рукопись"})
# the words that open an archive's call number ("sygn. Rps 12345", "sign. 45/3", "MS 114", "Box 4", "fond 12")
_CALL_NUMBER_WORDS = frozenset({"sygn", "sign", "sig", "rps", "ms", "fol", "box", "inv", "karton", "fond", "shelfmark"})
_ARCHIVAL_READINGS = frozenset({"title", "container-title", "editor", "author", "publisher", "publisher-place", "page",
                                "volume", "issue", "number", "O", "note", "collection-title"})


_PAPERS_WORDS = frozenset({"Papers", "Archives", "Archive", "Collection", "Records", "Library", "Nachlass"})


def _unpublished_manuscript_and_papers(tokens: Sequence[Token], out: list[str]) -> None:
    """Chicago: "Ashby, Eleanor. “Notes on …” Unpublished manuscript, 1952. Eleanor Ashby Papers, Archives of American
    Art, Washington, DC.": the kind, its year, then the papers and the archive that hold it (a note: CSL's archive
    fields have no label), not a second title, a journal and a place."""
    n = len(tokens)
    for i in range(1, n - 5):
        if tokens[i].text != "Unpublished" or tokens[i + 1].text.lower() not in ("manuscript", "typescript") \
                or tokens[i + 2].text != "," or not _YEAR_TOKEN.fullmatch(tokens[i + 3].text) \
                or tokens[i + 4].text != ".":
            continue
        rest = range(i + 5, n - (tokens[-1].text == "."))
        if not rest or not any(tokens[m].text in _PAPERS_WORDS for m in rest) \
                or not all(out[m].lstrip("^") in _ARCHIVAL_READINGS for m in rest):
            return
        out[i] = out[i + 1] = "genre"
        out[i + 2] = "O"
        out[i + 3] = "issued"
        out[i + 4] = "O"
        for m in rest:
            out[m] = "note"
        return


def _manuscript_closing(tokens: Sequence[Token], out: list[str]) -> None:
    """Chicago's unpublished manuscript: "… 1833. Thoresby Society Archives, Leeds, MS 114. Manuscript.": the closing
    word is the genre, and the archive, its place and the call number before it, after the date, are a note (CSL's
    archive fields have no label), not a journal and a place of publication."""
    n = len(tokens) - (tokens[-1].text == ".")
    if n < 6 or tokens[n - 1].text not in _MANUSCRIPT_WORDS or tokens[n - 2].text != ".":
        return
    # the date: the last year labelled issued, or a year the labeler put in the note with the rest
    d = max((m for m in range(n - 2) if out[m].lstrip("^") == "issued" or (
        out[m].lstrip("^") == "note" and _YEAR_TOKEN.fullmatch(tokens[m].text))), default=None)
    if d is None or tokens[d + 1].text != "." or not any(tokens[m].text.lower() in _CALL_NUMBER_WORDS
                                                          for m in range(d + 2, n - 2)) \
            or not all(out[m].lstrip("^") in _ARCHIVAL_READINGS for m in range(d + 2, n - 2)):
        return
    out[d] = "issued"
    out[d + 1] = "O"
    out[d + 2:n - 2] = ["note"] * (n - 4 - d)
    out[n - 2] = "O"
    out[n - 1] = "genre"


def _manuscript_after_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Kowalski J., Dziennik z lat 1945–1950, rękopis, Biblioteka Narodowa, sygn. Rps 12345 III.": the word saying
    it is a manuscript, after the title's comma, is its genre; the holding library and its call number after it are a
    note (CSL's archive fields have no label), not an editor, a journal and pages."""
    n = len(tokens)
    for i in range(2, n):
        if tokens[i].text not in _MANUSCRIPT_WORDS or tokens[i - 1].text not in ",." or out[i - 2].lstrip("^") != "title" \
                or (i + 1 < n and tokens[i + 1].text not in (",", ".")) \
                or (i + 2 < n and tokens[i + 2].text in CLOSING_QUOTES):  # (not a word of a quoted title)
            continue
        out[i] = "genre"
        if out[i - 1].lstrip("^") == "title":
            out[i - 1] = "O"
        rest = range(i + 2, n - (tokens[-1].text == "."))
        if rest and all(out[m].lstrip("^") in _ARCHIVAL_READINGS for m in rest) \
                and any(tokens[m].text.lower() in _CALL_NUMBER_WORDS for m in rest):
            for m in rest:
                out[m] = "note"
        return


def _acm_article_number_and_month(tokens: Sequence[Token], out: list[str]) -> None:
    """ACM's journals: "ACM Trans. Graph. 42, 4, Article 87 (Aug. 2023), 14 pages.": the article's number is its page
    (as Crossref gives it), and the month and year in brackets after it are the issue's date."""
    n = len(tokens)
    for i in range(2, n - 2):
        if tokens[i].text != "Article" or tokens[i - 1].text != "," or not tokens[i + 1].text.isalnum() \
                or not any(ch.isdigit() for ch in tokens[i + 1].text) \
                or out[i - 2].lstrip("^") not in ("volume", "issue"):
            continue
        if out[i + 1].lstrip("^") in ("O", "page", "number") or (
                out[i + 1].lstrip("^") == "volume" and any(out[m].lstrip("^") == "volume" for m in range(i))):
            out[i + 1] = "page"
        k = i + 2
        if k + 3 < n and tokens[k].text == "(" and "month" in token_features(tokens[k + 1].text):
            y = k + 2 + (tokens[k + 2].text == ".")
            if y + 1 < n and tokens[y].text.isdecimal() and len(tokens[y].text) == 4 and tokens[y + 1].text == ")":
                out[k + 1:y + 1] = ["issued"] * (y - k)
        return


def _role_phrase_read_as_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Conti A, Mariani F, a cura di. Farmacologia clinica …. 3a ed. Milano: Edra; 2019.": the labeler read the
    editors' role phrase as the title and the book's title as a container."""
    for a, e in _runs_of(out, "title"):
        if a < 2 or e + 1 >= len(tokens) or tokens[a - 1].text != "," or out[a - 2].lstrip("^") not in _NAMES \
                or tokens[e].text != "." or out[e + 1].lstrip("^") != "container-title" \
                or role_before(_spaced_text(tokens[a:e]) + " ") != "editor":
            continue
        out[a:e] = ["O"] * (e - a)
        k = e + 1
        while k < len(tokens) and out[k].lstrip("^") == "container-title":
            out[k] = "title"
            k += 1
        return


def _gost_title_read_as_names(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST: "Гринвуд Дж. Нарратология кино / пер. с англ. О. В. Шевченко. — СПб.: …": the labeler read the title
    before the statement of responsibility as the translators it names. Words with no initial among them, between the
    author's full stop and the " / ", are the title."""
    n = len(tokens)
    slash = next((k for k in range(3, n - 1) if tokens[k].text == "/" and tokens[k].space_before
                  and out[k - 1].lstrip("^") in ("translator", "editor", "genre")), None)
    if slash is None:
        return
    a = slash
    while a > 0 and out[a - 1].lstrip("^") == out[slash - 1].lstrip("^"):
        a -= 1
    if a < 2 or tokens[a - 1].text != "." or out[a - 2].lstrip("^") != "author" or slash - a < 2 \
            or any(len(tokens[m].text) == 1 and tokens[m].text.isupper() for m in range(a, slash)) \
            or not role_before(_spaced_text(tokens[slash + 1:min(n, slash + 6)]) + " "):
        return
    out[a:slash] = ["title"] * (slash - a)


def _issue_alone_after_date(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver with no volume: "2018 [cité le 9 mars 2020];(57):45‑62", "2019 jun;(52):87‑104": the number in brackets
    right after the date's semicolon is the issue (a volume stands before its bracket, "2019;12(3):…")."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i].text == ";" and tokens[i + 1].text == "(" and tokens[i + 3].text == ")" \
                and out[i + 2].lstrip("^") == "volume" and tokens[i + 2].text.isdecimal() \
                and (tokens[i - 1].text == "]" or out[i - 1].lstrip("^") == "issued") \
                and not any(out[m].lstrip("^") == "volume" for m in (*range(i + 2), *range(i + 3, n))):
            out[i + 2] = "issue"
            return


def _book_of_editors_with_page_count(tokens: Sequence[Token], out: list[str]) -> None:
    """"L Douglas Kiel, Euel W Elliott (ed.), Chaos Theory in the Social Sciences, University of Michigan Press, 1997,
    360 pp.": the one title of a book its editors name is the book's, as above, when its only page is the book's
    length (a number and a page unit closing the reference), not a chapter's range."""
    n = len(tokens)
    pages = [m for m in range(n) if out[m].lstrip("^") == "page"]
    if len(pages) != 1:
        return
    m = pages[0]
    if not tokens[m].text.isdecimal() or m + 1 >= n or tokens[m + 1].text.lower() not in PAGE_COUNT_UNITS \
            or any(x != "O" for x in out[m + 1:]) or "t=in" in token_features(tokens[0].text.lower()):
        return  # ("In Bouma, H. (Eds.), …": a chapter's)
    for i, x in enumerate(out):
        if x.lstrip("^") == "container-title":
            out[i] = "^title" if x.startswith("^") else "title"


def _book_of_editors_read_as_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """"Petrović M. (ur.), Stari zapisi, Zagreb, 2001.": the words after the editors and their role, before the place
    and the year, are the book's title; the labeler, finding no title before a place, read them as its publisher (a
    publisher follows the place, or its colon: "Zagreb: Matica, 2001")."""
    n = len(tokens)
    s = _first_field(out)
    e = s
    while e < n and out[e].lstrip("^") == "editor":
        e += 1
    k = e
    while k < n and out[k] == "O" and k - e < 6:
        k += 1
    if e == s or k >= n or k == e or tokens[k - 1].text != "," or out[k].lstrip("^") != "publisher" \
            or any(x.lstrip("^") in ("title", "container-title", "author") for x in out):
        return
    p = k
    while p < n and out[p].lstrip("^") == "publisher":
        p += 1
    if p + 3 < n and tokens[p].text == "," and out[p + 1].lstrip("^") == "publisher-place" \
            and "publisher" not in {x.lstrip("^") for x in out[p:]}:
        out[k] = "^title"
        for m in range(k + 1, p):
            out[m] = "title"


def _pages_after_bracketed_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """Chicago's notes: "… (New York: Library of America, 1983), 427, 426.": the numbers after a book's imprint in
    brackets are the pages cited, the first one too, which the labeler reads as a volume (a volume stands before the
    imprint: "vol. 2 (New York: …)", or joined to the page: "2:112")."""
    n = len(tokens)
    for i in range(3, n - 2):
        if out[i].lstrip("^") != "volume" or not tokens[i].text.isdecimal() or tokens[i - 1].text != "," \
                or tokens[i - 2].text != ")" or out[i - 3].lstrip("^") != "issued" or tokens[i + 1].text != "," \
                or out[i + 2].lstrip("^") != "page" or not tokens[i + 2].text.isdecimal() \
                or any(out[m].lstrip("^") == "volume" for m in (*range(i), *range(i + 1, n))):
            continue
        b = i - 3
        while b > 0 and out[b].lstrip("^") == "issued":
            b -= 1
        if tokens[b].text == "," and any(out[m].lstrip("^") in ("publisher", "publisher-place") for m in range(b - 3, b)) \
                and any(tokens[m].text == "(" for m in range(max(0, b - 16), b)):
            out[i] = "page"
        return


def _journal_numbers_read_as_dates(tokens: Sequence[Token], out: list[str]) -> None:
    """Numbers after the journal that the labeler gave the wrong one of date and volume: "2001; 323 (7306): 208–9"
    (BMJ's issue numbers run into the thousands: a number in brackets between the volume and the pages that can be
    no year is the issue, in an article dated already), "J Orthop Sports Phys Ther. 2004 34 3 126-131" (a year
    opening a run of bare numbers read as the volume, in an article with no date, is its date)."""
    n = len(tokens)
    dated = any(x.lstrip("^") == "issued" for x in out)
    for i in range(2, n - 3):
        t = tokens[i].text
        if out[i] == "issued" and tokens[i - 1].text == "(" and tokens[i + 1].text == ")" and t.isdecimal() \
                and out[i - 2].lstrip("^") == "volume" and out[i + 2 + (tokens[i + 2].text == ":")].lstrip("^") == "page" \
                and not _YEAR_TOKEN.fullmatch(t) and any(
                out[m].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[m].text) for m in range(i - 2)):
            out[i] = "issue"
        elif not dated and out[i].lstrip("^") == "volume" and _YEAR_TOKEN.fullmatch(t) \
                and out[i - 1].lstrip("^") != "volume" and out[i + 1].lstrip("^") == "volume" \
                and tokens[i + 1].text.isdecimal() and len(tokens[i + 1].text) <= 4:
            out[i] = "issued"
            dated = True


def _title_year(tokens: Sequence[Token], out: list[str]) -> None:
    """"Title, 2019. Journal. 20 Feb 2020;382(8)": the first year, after a comma and between the title
    and the container, belongs to the title when a later date sits right before the volume/issue/pages.
    Place names between the title and that year ("… in Wuhan, China, 2019") are the title's too."""
    n = len(tokens)
    if "container-title" not in out and "^container-title" not in out:
        return  # the rule needs a container after the year
    for i in range(2, n - 2):
        if not ((out[i] == "issued" or out[i] == "^issued") and "year" in token_features(tokens[i].text)
                and tokens[i - 1].text == "," and tokens[i + 1].text == "."
                and out[i + 2].lstrip("^") == "container-title"):
            continue
        k = i - 2
        # (a container before the container is part of the title too: "… Pneumonia in China, 2019. N Engl J Med")
        while k >= 0 and i - k <= 8 and out[k].lstrip("^") in ("publisher-place", "publisher", "O", "container-title"):
            k -= 1
        if k < 0 or out[k].lstrip("^") != "title":
            return
        if any(tokens[m].text in "”»\"’" for m in range(k + 1, i)):
            return  # a closing quote ended the title ("“Coupled … recognition,” Computer Vision …, 1997.")
        later = [m for m in range(i + 2, n) if out[m].lstrip("^") == "issued"]
        if not later:
            return
        nxt = next((out[m].lstrip("^") for m in range(later[-1] + 1, n) if out[m].lstrip("^") != "O"), "")
        if nxt in ("volume", "issue", "page"):
            for m in range(k + 1, i + 1):
                out[m] = "title"
        return


def _abnt_journal_place(tokens: Sequence[Token], out: list[str]) -> None:
    """ABNT: "Title. Estudos em Comunicação, Covilhã, v. 12, n. 1": the journal, then its city before the
    volume. The labeler reads the journal as a second title and the city as the container."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e + 2 >= n or tokens[e].text != "," or tokens[e + 1].text != "v" or tokens[e + 2].text != "." \
                or e - a > 4 or a < 2 or tokens[a - 1].text != ",":
            return
        b = a - 1  # the "title" run before the comma: the journal
        t = b
        while t > 0 and out[t - 1].lstrip("^") == "title":
            t -= 1
        if t == b or t < 2 or out[t - 1] != "O" or not any(out[m].lstrip("^") == "title" for m in range(t - 1)):
            return  # (a first title must come before: the article's)
        for m in range(t, b):
            out[m] = "container-title"
        for m in range(a, e):
            out[m] = "publisher-place"
        return


_YEAR_LINKS = frozenset({",", "em", "in", "en", "im", "w", "v", "i", "à", "a", "de", "of", "since", "until", "bis",
                         "до", "в", "na", "te", "på"})


_ACRONYM_TEXT = re.compile(r"\( [A-ZÀ-Ý]{2,}[A-ZÀ-Ý0-9-]* \) \.")  # (the tokens joined by spaces)
_DATE_IN_BRACKETS_TEXT = re.compile(r"\( (?:1[5-9]|20)\d\d , [^\W_]")
# what joins two years of a span: "2012-2020", "2012 to 2022", "2012 a 2022", "2012 bis 2022"
# the dashes that join a year to the title it closes ("… para o Brasil – 2022.")
_TITLE_DASHES = frozenset({"–", "—"})
_SPAN_LINKS = frozenset({"-", "–", "‑", "to", "a", "à", "bis", "até", "al", "till", "tot", "až", "do"})
_YEAR_SPAN_TEXT = re.compile(r", (?:1[5-9]|20)\d\d (?:" + "|".join(map(re.escape, sorted(_SPAN_LINKS)))
                             + r") (?:1[5-9]|20)\d\d [(.\[]")


_NAME_LABELS = ("title", "container-title")
_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter", "frühjahr", "frühling", "sommer", "herbst",
                      "printemps", "été", "automne", "hiver", "primavera", "verano", "otoño", "invierno", "estate",
                      "autunno", "inverno", "outono", "verão", "wiosna", "lato", "jesień", "zima", "vår", "sommar",
                      "höst", "vinter", "voorjaar", "zomer", "najaar", "jaro", "léto", "podzim"})


def _year_in_a_name(tokens: Sequence[Token], out: list[str]) -> None:
    """A year right after a word of the title or the container, closing it or its bracket, in a reference dated
    elsewhere, is the name's: "Fortschritte der Akustik – DAGA 2021. Berlin: …, 2021", "(SAAEI 2019) (pp. 312-317)",
    "Föredrag från konferensen i Sigtuna 2010. Uppsala", "(2023) Annual Report 2023. Oslo". (Never a year before a
    volume, an issue or pages: "Nature 2019, 567: 12-15" is the journal's date.)"""
    n = len(tokens)
    years = [i for i in range(1, n) if out[i].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[i].text)]
    if len(years) < 2:
        return
    for i in years:
        k = i - 1
        label = out[k].lstrip("^")
        if label not in _NAME_LABELS or not tokens[i].space_before or not tokens[k].text[:1].isalpha() \
                or "month" in token_features(tokens[k].text.lower()) or tokens[k].text.lower() in _SEASONS or not any(
                    y != i and abs(y - i) > 2 for y in years):
            continue
        nxt = tokens[i + 1].text if i + 1 < n else ""
        if nxt == ")":
            o = next((m for m in range(i - 1, max(-1, i - 8), -1) if tokens[m].text in "()"), None)
            if o is None or tokens[o].text != "(" or out[o - 1].lstrip("^") != label:
                continue
            out[i] = out[i + 1] = label  # "(SAAEI 2019)": the acronym's bracket closes inside the name
            continue
        if nxt not in (".", "", ":") or (i + 2 < n and tokens[i + 2].text[:1].isdigit()):
            continue
        m0 = next((m for m in range(i + 1, min(n, i + 5)) if out[m] != "O"), n)
        after = out[m0].lstrip("^") if m0 < n else ""
        if after in ("volume", "issue", "page") or (after == label and m0 + 1 < n and tokens[m0 + 1].text == ":"):
            continue  # (nor one before an imprint the labeler joined to the name: "2023. Oslo: Nordvik")
        if not (any(y < k for y in years) or after in ("publisher-place", "publisher")):
            continue  # dated before ("(2012) … Sigtuna 2010."), or an imprint follows ("DAGA 2021. Berlin: …")
        if label == "container-title" and not (any(x.lstrip("^") in ("publisher", "publisher-place") for x in out)
                                               or any(tokens[m].text in _IN_OPENERS for m in range(k))):
            continue  # (a journal's name before its year, "Rivista Italiana di Economia 1985.", keeps it apart)
        out[i] = label


def _springer_series(tokens: Sequence[Token], out: list[str]) -> None:
    """Springer's proceedings: "(eds.) Service-Oriented Computing. ICSOC 2021. LNCS, vol. 13121, pp. 455–470.
    Springer, Cham (2021).": the acronym before ", vol. N" is the series and N its number (not the container's words
    and a volume); after the editors' "(eds.)" the book's title is the container and a second sentence naming the
    meeting and its year the event's; "Springer, Cham (2021)" the publisher, its place and the date (no author of a
    reference of its own). (No "^" on labels after punctuation: a marked segment there reads as a new reference.)"""
    n = len(tokens)
    for i in range(2, n - 4):
        if not (tokens[i + 1].text == "," and tokens[i + 2].text == "vol" and tokens[i + 3].text == "."
                and tokens[i + 4].text.isdecimal() and tokens[i].text.isupper() and tokens[i].text.isalpha()):
            continue
        s = i
        while s > 0 and tokens[s - 1].text.isupper() and tokens[s - 1].text.isalpha():
            s -= 1  # "IFIP AICT"
        r = s - 2
        while r > 0 and tokens[r].text != ")" and s - r < 30:
            r -= 1
        if tokens[s - 1].text != "." or r < 3 or tokens[r].text != ")" or tokens[r - 2].text.lower() not in _EDS_WORDS \
                or not all(out[m].lstrip("^") in _SPRINGER_BOOK_READINGS for m in range(r + 1, s)):
            continue
        out[s - 1] = "O"
        out[s:i + 1] = ["collection-title"] * (i + 1 - s)
        out[i + 1] = out[i + 2] = out[i + 3] = "O"
        out[i + 4] = "collection-number"
        # the book's title after "(eds.)", and the meeting's sentence after it: "Cloud Computing. CLOUD 2020."
        stops = [m for m in range(r + 1, s - 1) if tokens[m].text == "." and len(tokens[m - 1].text) > 1]
        first_end = stops[0] if stops else s - 1
        out[r + 1:first_end] = ["container-title"] * (first_end - r - 1)
        if stops:
            e = s - 1
            b = stops[-1] + 1
            if len(stops) == 1 and _YEAR_TOKEN.fullmatch(tokens[e - 1].text) and any(
                    t.text.isupper() for t in tokens[b:e - 1]):
                out[first_end] = "O"
                out[b:e] = ["event-title"] * (e - b)
            else:
                out[r + 1:e] = ["container-title"] * (e - r - 1)
        # the imprint after the pages: "Springer, Cham (2021)", "Springer Nature, Singapore (2022)"
        p = i + 5
        while p < n and (out[p].lstrip("^") == "page" or (out[p] == "O" and not tokens[p].text[:1].isupper())):
            p += 1
        c = p
        while c < min(n, p + 3) and tokens[c].text[:1].isupper() and tokens[c].text.isalpha():
            c += 1
        q = c + 1
        while q < min(n, c + 3) and tokens[q].text[:1].isupper() and tokens[q].text.isalpha():
            q += 1
        if p < c < n and tokens[c].text == "," and c + 1 < q and q + 2 < n and tokens[q].text == "(" \
                and _YEAR_TOKEN.fullmatch(tokens[q + 1].text) and tokens[q + 2].text == ")":
            out[p:c] = ["publisher"] * (c - p)
            out[c] = out[q] = out[q + 2] = "O"
            out[c + 1:q] = ["publisher-place"] * (q - c - 1)
            out[q + 1] = "issued"
        return


_EDS_WORDS = frozenset({"eds", "ed", "hrsg", "hg", "éds", "éd", "dir", "a cura di", "red"})
# what the labeler may make of the book's title and the meeting's sentence between "(eds.)" and the series
_SPRINGER_BOOK_READINGS = frozenset({"container-title", "author", "issued", "O", "title", "event-title"})


def _year_closing_title(tokens: Sequence[Token], out: list[str], span: bool = True) -> None:
    """APA: "Smith (2022). Religieuze betrokkenheid in Nederland, 2021 (SCP-publicatie 2022-18)": a year right
    after the title, the reference already dated after its authors, is the title's ("…, 2021", "… em 2020");
    so is one after a preposition when a later date is the issue's ("… no interior paulista em 2020. Intercom:
    …, ago. 2022")."""
    n = len(tokens)
    for i in range(2, n - 3) if span else ():
        # "… la población adulta española, 2012-2020 (Serie Estudios …)": a span of years closing the title,
        # also after a place the labeler took for the imprint's ("… retail chicken in Accra, Ghana, 2019-2021.")
        if tokens[i - 1].text == "," and out[i - 1] == "O" \
                and _YEAR_TOKEN.fullmatch(tokens[i].text) and tokens[i + 1].text in _SPAN_LINKS \
                and _YEAR_TOKEN.fullmatch(tokens[i + 2].text) and tokens[i + 3].text in ("(", ".", "[") \
                and out[i].lstrip("^") != "title" and any(
                    out[m].lstrip("^") == "issued" for m in range(n) if not i <= m <= i + 2):
            j = i - 1
            while j > 2 and out[j - 1] == "publisher-place" and i - j < 4:
                j -= 1
            if j < i - 1 and tokens[j - 1].text == ",":
                j -= 1
            if out[j - 1].lstrip("^") != "title":
                continue
            for m in range(j, i + 3):
                out[m] = "title"
            break
    years = [i for i in range(n) if out[i].lstrip("^") == "issued" and tokens[i].text.isdecimal()
             and len(tokens[i].text) == 4 and 1500 <= int(tokens[i].text) <= 2100]
    if len(years) < 2 and not (years and any(out[m].lstrip("^") in ("accessed", "issued") and m > years[0] + 3
                                             for m in range(n))):
        return
    for i in years:
        k = i - 1
        if k >= 1 and tokens[k].text in "–-‑" and out[k - 1].lstrip("^") == "title" and tokens[k - 1].text.isdecimal() \
                and len(tokens[k - 1].text) == 4 and len(years) > 1:
            out[k] = out[i] = "title"  # "… povodí Vltavy 1961–2020 [datová sada]. … 2022": a span of the title
            return
        if k >= 1 and out[k].lstrip("^") == "title" and tokens[i].space_before and i + 1 < n \
                and tokens[i + 1].text in ("(", "[") and any(y < k and tokens[y - 1].text == "(" for y in years):
            out[i] = "title"  # APA: "(2023). … yıllık raporu 2022 (Rapor No. 2023/04)": dated already, the year is named
            return
        first = i
        if k >= 2 and out[k].lstrip("^") == "issued" and tokens[k - 1].text == "," and out[k - 1] == "O" \
                and tokens[k].text.isalpha() and "month" in token_features(tokens[k].text):
            first, k = k, k - 1  # "İşgücü istatistikleri, Ocak 2023.": a month's bulletin names its month
        if k < 1 or out[k] != "O" or not (tokens[k].text.lower() in _YEAR_LINKS or (
                tokens[k].text in _TITLE_DASHES and tokens[k].space_before and first == i)):
            continue
        if out[k - 1].lstrip("^") != "title" or (i + 1 < n and out[i + 1].lstrip("^") == "issued"):
            continue
        nxt = tokens[i + 1].text if i + 1 < n else ""
        if tokens[k].text in _TITLE_DASHES and not (nxt == "." and any(
                out[m].lstrip("^") in ("issued", "accessed") for m in range(i + 2, n))):
            continue  # ("Relatório anual – 2022. … Acesso em: …": the dash's year is the title's, a date follows)
        earlier = any(y < k - 1 and tokens[y - 1].text == "(" for y in years)  # APA's "(2022)." after the authors
        later = any(out[m].lstrip("^") in ("issued", "accessed") for m in range(i + 2, n)) and tokens[k].text != ","
        # "Staat van Infectieziekten in Nederland, 2021. Bilthoven: RIVM; 2022.": a later date of issue after an imprint
        later = later or (tokens[k].text == "," and nxt in (".", "[") and any(
            out[m].lstrip("^") == "issued" and tokens[m - 1].text == ";"
            and out[m - 2].lstrip("^") in ("publisher", "container-title", "publisher-place") for m in range(i + 4, n)))
        after = next((out[m].lstrip("^") for m in range(i + 1, n) if out[m] != "O"), "")
        # (a title after it would join it, unless it is in brackets: "…, 2019 (Versie 1) [Dataset]")
        if nxt in ("(", ".", "[") and (earlier or later) and (after != "title" or nxt == "("):
            out[k:i + 1] = ["title"] * (i + 1 - k)
            return


def _entry_number_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether an entry number ("4.", "4)", "[4]", "(4)") starts at token ``i``."""
    t = tokens[i].text
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if t.isdecimal() and len(t) <= 3:
        return nxt in (".", ")", "]")
    return t in ("[", "(") and nxt.isdecimal() and len(nxt) <= 3


def _first(out: Sequence[str], label: str, default: int | None = None) -> int | None:
    """Where the first token labelled ``label`` is, begin marker or not (``default`` when none)."""
    begin = "^" + label
    return next((k for k, x in enumerate(out) if x in (label, begin)), default)


def _first_field(out: Sequence[str]) -> int:
    """Where a reference's first field starts: past its entry number and the marks around it (``len(out)`` when
    no token has a field)."""
    return next((k for k, x in enumerate(out) if x.lstrip("^") not in ("O", "citation-number")), len(out))


def _is_initial(t: Token) -> bool:
    return len(t.text) == 1 and t.text.isupper()


def _body_short_name_before_colon(tokens: Sequence[Token], out: list[str]) -> None:
    """"Bundesamt für Naturschutz (BfN): Artenschutzreport 2020. Bonn.": the body's short name in brackets before the
    German colon is its name's, and the sentence after the colon, year and all, the title (the labeler, cut off at the
    bracket, reads the short name as a date or the title's start)."""
    n = len(tokens)
    s = _first_field(out)
    i = s
    while i < n and out[i].lstrip("^") == "author":
        i += 1
    if i == s or i + 5 >= n or tokens[i].text != "(" or tokens[i + 2].text != ")" or tokens[i + 3].text != ":" \
            or not (tokens[i + 1].text[:1].isupper() and tokens[i + 1].text.isalpha() and len(tokens[i + 1].text) >= 2) \
            or term_classes(tokens[i + 1].text.lower()) \
            or (sum(c.isupper() for c in tokens[i + 1].text) < 2 and len(tokens[i + 1].text) < 5):
        return  # ("(Ed):", "(Hg):": a role; a short name is an acronym, "BfN", or a word, "Destatis")
    e = i + 4
    while e < n and tokens[e].text != "." and out[e].lstrip("^") not in ("URL", "DOI", "author", "available"):
        e += 1
    if e >= n or tokens[e].text != "." or e - i > 30 or any(
            out[m].lstrip("^") == "title" for m in range(n) if not i < m < e):
        return
    out[i:i + 3] = ["author"] * 3
    out[i + 3] = "O"
    out[i + 4:e] = ["title"] * (e - i - 4)


_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "ten", "op", "dei", "degli", "dalla", "des", "het"})


def _title_in_forename_first_author(tokens: Sequence[Token], out: list[str]) -> None:
    """"Piet Jansen, De haven van Delft, Delfia Batavorum 12 (2008), p. 40-55.": Wikipedia's forename-first notes put
    the title after the name with a comma; the labeler, finding no title, reads it as more names. A piece with a
    lower-case word that no name holds is the title, and the piece after it, before the volume, the journal."""
    n = len(tokens)
    s = _first_field(out)
    if s + 4 >= n or out[s].lstrip("^") != "author" or tokens[s + 2].text != "," \
            or not (tokens[s].text.istitle() and tokens[s + 1].text.istitle() and len(tokens[s].text) > 1):
        return
    e = s
    while e < n and out[e].lstrip("^") == "author":
        e += 1
    c = next((k for k in range(s + 3, e) if tokens[k].text == ","), e)
    piece = [t.text for t in tokens[s + 3:c]]
    if len(piece) < 3 or not all(x.isalpha() for x in piece) or not any(
            x.islower() and x not in _PARTICLES and x not in _NAME_PARTICLES and x not in AND_WORDS for x in piece):
        return
    out[s + 2] = "O"
    out[s + 3:c] = ["title"] * (c - s - 3)
    if c < e and e < n and out[e].lstrip("^") in ("volume", "issued", "issue"):
        out[c] = "O"
        out[c + 1:e] = ["container-title"] * (e - c - 1)


def _title_words_in_author(tokens: Sequence[Token], out: list[str]) -> None:
    """"A. Honneth, Walka o uznanie. Moralna gramatyka …": in the comma-separated style of Italian and Polish books
    the title's first sentence after the name, a lowercase word in it, is no second author."""
    n = len(tokens)
    e = _first_field(out)
    if e + 4 >= n or out[e].lstrip("^") != "author" or not (_is_initial(tokens[e]) and tokens[e + 1].text == "."):
        return  # (only a name written initials first: "Honneth, A., Walka …" puts a comma in the name itself)
    while e < n and out[e].lstrip("^") == "author":
        e += 1
    if e + 1 >= n or tokens[e].text != "." or out[e + 1].lstrip("^") != "title":
        return
    c = max((m for m in range(e) if tokens[m].text == ","), default=-1)
    piece = tokens[c + 1:e]
    if c < 3 or len(piece) < 2 or not piece[0].text[:1].isupper() or tokens[c - 1].text == "." \
            or any(not t.text.isalpha() for t in piece) \
            or not any(t.text.islower() and t.text not in _PARTICLES and t.text not in AND_WORDS for t in piece):
        return
    out[c + 1] = "^title"
    for m in range(c + 2, e + 2):
        out[m] = "title"


def _given_name_opening_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"OLTMANNS, Jens; DÖRR, Felicitas: Greifvorrichtung …": in the "Family, Given; Family, Given: Title" lists of
    German styles the last author's given name, before the colon, is no title word. Only where an earlier author of
    the list has its given name after a comma, which is what shows the style (a lone "Goethe, Faust: …" stays)."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        if a < 4 or tokens[a - 1].text != "," or out[a - 1] != "O" or out[a - 2].lstrip("^") != "author":
            continue
        c = a + 1
        while c < n and c - a < 4 and (tokens[c].text == "-" or tokens[c].text[:1].isupper()):
            c += 1
        if c + 1 >= e or tokens[c].text != ":" or tokens[c - 1].text == "-" \
                or not all(t.text == "-" or (t.text.isalpha() and t.text[1:].islower()) for t in tokens[a:c]):
            continue
        s = a - 2
        while s > 0 and out[s - 1].lstrip("^") == "author":
            s -= 1
        seps = [m for m in range(s, a - 1) if tokens[m].text in (";", "/")]
        if not seps or seps[-1] != a - 3:  # (the last author is one word after the last separator)
            continue
        prev = tokens[s:seps[0]]
        if len(prev) < 3 or prev[1].text != "," or not prev[2].text[:1].isupper():
            continue
        out[a - 1:c] = ["author"] * (c - a + 1)
        out[c] = "O"
        return


def _title_after_initials(tokens: Sequence[Token], out: list[str]) -> None:
    """The title a labeler left inside the author run, after the last author's initials."""
    for x in out:  # (a plain loop: any() over a generator pays a frame switch per label)
        if x.lstrip("^") in ("title", "container-title"):
            return
    n = len(tokens)
    for i, e in _runs_of(out, "author"):
        # the last "Initial ." in the run followed by a capitalised word
        for k in range(e - 3, i, -1):
            t = tokens[k + 2]
            if _is_initial(tokens[k]) and tokens[k + 1].text == "." and t.text[:1].isupper() and len(t.text) >= 2 \
                    and t.text.isalpha():
                # "… Мастер и Маргарита. М.: Худож. лит.": the run ran on into the place, "М."
                end = e
                place = None
                if e - 2 > k + 2 and _is_initial(tokens[e - 2]) and tokens[e - 1].text == "." and e < n \
                        and tokens[e].text == ":":
                    place = end = e - 2
                elif e - 1 > k + 2 and _is_initial(tokens[e - 1]) and e + 1 < n and tokens[e].text == "." \
                        and tokens[e + 1].text == ":":
                    place = end = e - 1
                rest = range(k + 2, end)
                if any(tokens[m].text == "," or (_is_initial(tokens[m]) and m + 1 < n and tokens[m + 1].text == ".")
                       for m in rest):
                    break
                # family name first ("Лихачёв Д. С.", "Svoboda, P."), not "C. A. Trugenberger": a
                # capitalised word of two letters or more stands just before the initials
                b = k
                while b - 2 >= i and _is_initial(tokens[b - 2]) and tokens[b - 1].text == ".":
                    b -= 2
                while b - 1 >= i and _is_initial(tokens[b - 1]):
                    b -= 1
                if b - 1 >= i and tokens[b - 1].text == ",":
                    b -= 1
                s = tokens[b - 1].text if b - 1 >= i else ""
                if not (len(s) >= 2 and s[:1].isupper() and s.replace("-", "").isalpha()):
                    break
                # and the words end with a full stop, as a title does ("Robert I. Jennrich (1978)" is a name)
                if not (tokens[end - 1].text == "." or (end < n and tokens[end].text == ".")):
                    break
                for m in rest:
                    out[m] = "O" if tokens[m].text == "." and m == end - 1 else "title"
                if place is not None:
                    out[place] = "publisher-place"
                    if place + 1 < e:
                        out[place + 1] = "O"
                return


def _closed_name_at(tokens: Sequence[Token], s: int, p: int) -> bool:
    """Whether tokens ``s`` to ``p`` (a full stop) close a list of names whose punctuation says it ends there: one
    inverted name with its given names in full ("Harrington, Anne."), or a Vancouver list ("Lee JC, Campbell KP.")."""
    first = tokens[s].text
    if not (len(first) >= 2 and first[:1].isupper() and first.isalpha()):
        return False
    if tokens[s + 1].text == ",":  # "Family, Given Given." (an initial before the stop could be the title's)
        given = tokens[s + 2:p]
        return 1 <= len(given) <= 3 and all(
            len(t.text) >= 2 and t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper() for t in given)
    names: list[list[str]] = [[]]
    for t in tokens[s:p]:
        if t.text == ",":
            names.append([])
        else:
            names[-1].append(t.text)
    # two names or more, each "Family INITIALS": capitalised words, then one to three capitals ("Cynthia M. Hayward"
    # alone is a name written forename first)
    return len(names) >= 2 and all(len(x) >= 2 and x[-1].isalpha() and x[-1].isupper() and len(x[-1]) <= 3
               and all(w.isalpha() and w[:1].isupper() and len(w) >= 2 for w in x[:-1]) for x in names)


def _title_opening_after_closed_names(tokens: Sequence[Token], out: list[str]) -> None:
    """"Harrington, Anne. Medicine, Mind, and the Double Brain.", "Lee JC, Campbell KP. Sarcospan, the 25-kDa
    component …": the title's first word, standing alone before a comma or a colon, is no name after a list whose
    full stop closed it (an inverted first author with the given name in full, or "Family INITIALS" names); the
    labeler, seeing a capitalised word next to names, runs the author on."""
    n = len(tokens)
    s = _first_field(out)
    e = s
    while e < n and out[e].lstrip("^") == "author":
        e += 1
    if e - s < 4 or e + 1 >= n or tokens[e].text not in (",", ":") or out[e] != "O":
        return
    p = max((m for m in range(s + 2, e - 1) if tokens[m].text == "."), default=-1)
    piece = tokens[p + 1:e]
    if p < 0 or not 1 <= len(piece) <= 3 or not _closed_name_at(tokens, s, p) or any(
            not t.text.isalpha() or t.text.lower() in AND_WORDS or t.text.lower() in _PARTICLES
            or term_classes(t.text.lower()) for t in piece) or not piece[0].text[:1].isupper() \
            or any(t.text.isupper() for t in piece):  # (capitals alone: initials, or a next name in a capitals style)
        return
    k = e + 1
    while k < n and out[k] == "O" and not tokens[k].text[:1].isalnum():
        k += 1  # (the quote opening the title: "Novels: “The Scarlet Letter,” …")
    if k >= n or out[k].lstrip("^") != "title" or any(x.lstrip("^") == "title" for x in out[:s]):
        return
    out[p] = "O"
    for m in range(p + 1, k + 1):
        out[m] = "title"

_NAME_JOINS = frozenset({"/", ";", "und", "u", "&", "and", "et", "e", "y", "i", "a"})


def _one_name_before_colon(toks: Sequence[Token]) -> bool:
    """Whether ``toks`` write one person's name as German (and Wikipedia) lists do before the title's colon:
    "Lindemann, Gerd", "Müller-Lüdenscheidt, K.", "Heinz Schilling", "Anna von Keller"."""
    words = [t.text for t in toks]
    if not 2 <= len(words) <= 6 or any(not (w[:1].isupper() or w in (",", ".", "-") or w.lower() in _PARTICLES)
                                       for w in words):
        return False
    if words.count(",") == 1:  # "Family, Given": a family name before the comma, given names or initials after it
        c = words.index(",")
        return 1 <= c <= 3 and c < len(words) - 1
    # "Given Family": two capitalised words (a particle between them may be), no initials
    named = [w for w in words if w.lower() not in _PARTICLES]
    return "," not in words and "." not in words and len(named) == 2 and all(len(w) > 1 for w in named)


def _title_after_names_colon(tokens: Sequence[Token], out: list[str]) -> None:
    """"Lindemann, Gerd: Regelungstechnik für Ingenieure. Grundlagen, Methoden, Übungen. 4. Aufl. …", "Heinz
    Schilling: Martin Luther. Rebell in einer Zeit des Umbruchs. 4. Auflage. …": the colon after the names (German
    humanities, Wikipedia's lists) ends them; what follows opens the title. The labeler, seeing a short capitalised
    sentence, then commas, runs the author on over the title's first sentence (or over its first words and a
    subtitle), and the title is left with its last piece."""
    n = len(tokens)
    for a, e in _runs_of(out, "author"):
        c = next((m for m in range(a + 2, e - 1) if tokens[m].text == ":"), None)
        if c is None:
            return  # (only the first list of names: the title follows it)
        if not tokens[c + 1].text[:1].isupper() or any(tokens[m].text.isdecimal() for m in range(a, c)):
            return
        groups, g = [], a
        for m in range(a, c + 1):
            if m == c or tokens[m].text in _NAME_JOINS:
                groups.append(tokens[g:m])
                g = m + 1
        if not all(_one_name_before_colon(x) for x in groups):
            return
        k = e
        while k < n and out[k] == "O" and tokens[k].text in (".", ","):
            k += 1  # the rest of the title after the labeler's author: "…, Methoden, Übungen"
        end = k if k < n and out[k].lstrip("^") == "title" else e
        while end < n and out[end].lstrip("^") == "title":
            end += 1
        out[c] = "O"
        out[c + 1:end] = ["title"] * (end - c - 1)
        if c + 3 < end and tokens[c + 1].text == "Art" and tokens[c + 2].text == "." and any(
                tokens[m].text.lower() == "in" and tokens[m + 1].text == ":" for m in range(end, n - 1)):
            out[c + 1] = out[c + 2] = "O"  # "Ritter, Hans: Art. Sozialstaat, in: Staatslexikon": the article's mark
        return


def _title_words_after_initials_first_names(tokens: Sequence[Token], out: list[str]) -> None:
    """"J. Earman, Bangs, Crunches, Whimpers and Shrieks: …", "R. Hale, T. Moore, Winds, Tides, …": in a list of
    names written initials first, a piece between commas that is one capitalised word with no initial is no name
    (such a list writes every name "I. Family") but the title's first word; the labeler, seeing the commas go on,
    runs the author over it."""
    n = len(tokens)
    s = _first_field(out)
    e = s
    while e < n and out[e].lstrip("^") == "author":
        e += 1
    if e + 1 >= n or tokens[e].text != "," or out[e] != "O" or out[e + 1].lstrip("^") != "title" \
            or not (_is_initial(tokens[s]) and s + 2 < e and tokens[s + 1].text == "."):
        return
    cuts = [m for m in range(s, e) if tokens[m].text == ","]
    pieces = list(zip([s, *(c + 1 for c in cuts)], [*cuts, e], strict=True))
    first = None
    for a, b in pieces:
        words = tokens[a:b]
        if len(words) == 1 and words[0].text.isalpha() and len(words[0].text) > 1 and words[0].text[:1].isupper() \
                and not words[0].text.isupper() and words[0].text.lower() not in AND_WORDS:
            if first is None:
                first = a
        elif first is not None or not (b - a >= 3 and _is_initial(words[0]) and words[1].text == "."
                                       and words[-1].text.isalpha() and len(words[-1].text) > 1):
            return  # (every piece before: a name initials first; every piece after: one bare word)
    if first is None or first == s:
        return
    out[first - 1] = "O"
    for m in range(first, e + 1):
        out[m] = "title"


def _bare_initials(t: Token) -> bool:
    """"J", "LF", "GS": a name's initials written without full stops (Vancouver, Harvard-IOP)."""
    return len(t.text) <= 3 and t.text.isalpha() and t.text.isupper()


def _family_word(t: Token) -> bool:
    """"Laroze", "Ruiz-Pérez": a capitalised word with small letters, as a family name is written."""
    x = t.text.replace("-", "")
    return len(x) >= 2 and x.isalpha() and x[:1].isupper() and not x.isupper()


def _names_before_bare_year(tokens: Sequence[Token], out: list[str]) -> None:
    """"Cabanas A M, Suarez O J and Laroze D 2015 Networks and Heterogeneous Media 10 209": Harvard-IOP writes each
    name "Family I I" without full stops and closes the list with the bare year; the labeler, meeting initials with
    no stop, can end the author early and run the last names and the year into the journal or the title."""
    n = len(tokens)
    for i in range(2, n - 3):
        if tokens[i].text not in ("and", "&") or out[i].lstrip("^") == "author":
            continue
        b = i  # back over the last name but one ("Suarez O J") to the author run
        while b > 0 and out[b - 1].lstrip("^") != "author" and i - b < 4:
            b -= 1
        if b == 0 or out[b - 1].lstrip("^") != "author" or not _bare_initials(tokens[i - 1]) \
                or not all(_bare_initials(tokens[m]) or _family_word(tokens[m]) for m in range(b, i)):
            continue
        k = i + 2  # after "and": "Laroze D", then the year
        while k < n and k - i <= 4 and _bare_initials(tokens[k]):
            k += 1
        if k == i + 2 or k + 1 >= n or not _family_word(tokens[i + 1]) or not _YEAR_TOKEN.fullmatch(tokens[k].text) \
                or not tokens[k + 1].text[:1].isalpha():
            continue
        for m in range(b, k):
            out[m] = "author"
        out[k] = "issued"
        return


def _capitals_name_after_initials(tokens: Sequence[Token], out: list[str]) -> None:
    """"M. SHAMMA et D. M. HINDENLANG. Carbon-13 NMR …": names written initials first with the family name in
    capitals; a list so written never ends on an initial, so the capitals word after the last initials, closed by a full
    stop, is the last family name, not the title's first word."""
    n = len(tokens)
    s = _first_field(out)
    e = s
    while e < n and out[e].lstrip("^") == "author":
        e += 1
    if e + 2 >= n or e - s < 4 or not (_is_initial(tokens[s]) and tokens[s + 1].text == "."):
        return
    last = e - 1 if tokens[e - 1].text == "." else e  # (the initial's full stop, inside the run or not)
    t = tokens[last]
    if not (_is_initial(tokens[last - 1]) and t.text == "." and last + 2 < n and tokens[last + 2].text == "."):
        return
    word = tokens[last + 1].text
    if len(word.replace("-", "")) < 3 or not word.replace("-", "").isalpha() or not word.isupper() \
            or out[last + 1].lstrip("^") not in ("title", "container-title") \
            or not any(x.text.isupper() and len(x.text) >= 3 for x in tokens[s:last]):
        return
    for m in range(e, last + 2):
        out[m] = "author"
    out[last + 2] = "O"


def _runs_of(out: list[str], label: str) -> Iterator[tuple[int, int]]:
    """(first, end) of each run of tokens labelled ``label``, found as the caller goes (it may relabel a run)."""
    # ``x.lstrip("^") == label`` as two comparisons (no label holds two begin markers: every rule writing "^" tests
    # for one first), and no walk at all when neither form is there (a test in C): ~18 calls a reference
    begin = "^" + label
    if label not in out and begin not in out:
        return
    if (coded := getattr(out, "coded", None)) is not None:
        # in C: the run's first token and its end in the labels' codes, coded again when the caller relabelled
        search = _run_pattern(label).search
        i = 0
        while (m := search(coded(), i)) is not None:
            i = m.end()
            yield m.start(), i
        return
    n = len(out)
    i = 0
    while i < n:
        x = out[i]
        if x != label and x != begin:
            i += 1
            continue
        e = i + 1
        while e < n and ((x := out[e]) == label or x == begin):
            e += 1
        yield i, e
        i = e


_NAMES = ("author", "editor", "translator")


def _role_of(tokens: Sequence[Token], out: list[str], lo: int, hi: int, *, before: bool = False) -> str:
    """The role the separator words in ``tokens[lo:hi]`` name: "translator", "editor" or "".
    ``before``: the words precede the names, where "Dir." is a film's director, not "(dir.)" an editor."""
    words = [t.text.lower() for t, lab in zip(tokens[lo:hi], out[lo:hi], strict=True)
             if t.text[:1].isalpha() and lab.lstrip("^") == "O"]
    if before and "dir" in words:
        return ""
    if not words or len(words) > 3 or any(lab.lstrip("^") != "O" for lab in out[lo:hi]):
        return ""
    classes = [token_features(w) for w in words]
    if any("t=translator" in c for c in classes):
        # "edited and translated by": both roles; leave the labeler's choice
        if any("t=editor" in c and "t=translator" not in c and w != "by" for w, c in zip(words, classes, strict=True)):
            return ""
        return "translator"
    if any("t=editor" in c and w not in ("by", "and") for w, c in zip(words, classes, strict=True)):
        return "editor"
    return ""


def _initials_read_as_role(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver: "Danto SI, Shannon JM, Zabski SM, Crandall ED. Reversible …": the last name's initials "ED" (or "TR",
    "RED") spell a role word; the labeler leaves them out of the name, and the role rules would then make every
    author an editor. In a list that writes initials in capitals without full stops after the family name, capitals
    right after a family name, with no comma or bracket between, are that name's initials."""
    n = len(tokens)
    for k in range(2, n):
        t = tokens[k].text
        if out[k] != "O" or not (2 <= len(t) <= 3 and t.isalpha() and t.isupper()) or not tokens[k].space_before \
                or out[k - 1].lstrip("^") not in _NAMES or not _family_word(tokens[k - 1]) \
                or not ({"editor", "translator"} & set(term_classes(t.lower()))):
            continue
        lab = out[k - 1].lstrip("^")
        # another name of the list written the same way: "Shannon JM,"
        if any(_family_word(tokens[m]) and _bare_initials(tokens[m + 1]) and tokens[m + 2].text == ","
               and out[m].lstrip("^") == lab for m in range(max(0, k - 40), k - 3)):
            out[k] = lab


def _name_roles(tokens: Sequence[Token], out: list[str]) -> None:
    """Editors and translators named by a role word just before or after their list of names."""
    n = len(tokens)
    # most references have no role word at all: one cached look-up per separator word decides
    # (a plain loop: any() over a generator pays a frame switch per token)
    for t, lab in zip(tokens, out, strict=True):
        if lab == "O" and t.text[:1].isalpha() and "t=editor" in token_features(t.text):
            break
    else:
        return
    # a run of names: author/editor/translator/"et al." tokens, mixed (the labeler often switches
    # inside a long list), bridged over punctuation ("Gorky, Maxim (Alexei Peshkov), et al., eds.")
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if out[i].lstrip("^") not in _NAMES:
            i += 1
            continue
        k = e = i
        while k < n:
            lab = out[k].lstrip("^")
            if lab in _NAMES or lab == "etal":
                k += 1
                e = k
            elif lab == "O" and not tokens[k].text[:1].isalnum():
                k += 1
            else:
                break
        runs.append((i, e))
        i = e
    first_field = next((m for m in range(n) if out[m].lstrip("^") not in ("O", "citation-number")), n)
    for a, e in runs:
        names = [out[m].lstrip("^") for m in range(a, e) if out[m].lstrip("^") in _NAMES]
        label = max(set(names), key=names.count)
        prev_end = max((m + 1 for m in range(a) if out[m].lstrip("^") != "O"), default=0)
        nxt = next((m for m in range(e, n) if out[m].lstrip("^") != "O"), n)
        after = _role_of(tokens, out, e, min(nxt, e + 6))
        # (six tokens back: GOST's "; пер. с швед. Ю. Пащенко" names the language between role and names;
        # not back past a closing bracket: "(C. J. Álvarez, trans.). In J. Szczepański (ed.)")
        lo = max(prev_end, a - 6)
        lo = next((m + 1 for m in range(a - 1, lo - 1, -1) if tokens[m].text in ")]"), lo)
        before = _role_of(tokens, out, lo, a, before=True) if a > first_field else ""
        if a == first_field:
            # the labeler's own author -> editor switch at a list comma is kept ("A, B, C, D (編)":
            # authors, then editors); one inside a name is not ("and Melvin | M. Ember, eds.")
            switch = next((m for m in range(a + 1, e) if out[m].lstrip("^") == "editor" and out[m - 1].lstrip("^") != "editor"), None)
            kept = switch is not None and any(tokens[m].text in ",;、，" for m in range(max(a, switch - 2), switch))
            new = after if after == "editor" and "author" in names and not kept else ""
        elif before:
            new = before
        elif (after, label) in (("translator", "editor"), ("editor", "author")) and not (
                e < n and tokens[e].text == ";" and nxt < n and out[nxt].lstrip("^") in _NAMES
                and role_before(_spaced_text(tokens[e + 1:nxt]) + " ")):
            # (not GOST's "/ А. Н. Петров, О. С. Лебедева ; под ред. В. И. Кузнецова": that role is the next names')
            new = after
        else:
            new = ""
        if new:
            for m in range(a, e):
                if out[m].lstrip("^") in _NAMES and out[m].lstrip("^") != new:
                    out[m] = ("^" + new) if out[m].startswith("^") else new


def _name_after_role_read_as_field(tokens: Sequence[Token], out: list[str]) -> None:
    """"…, Schriften zur Ästhetik, ed. Gunter E. Grimm, pp. 9–442", "The Harbor. Trans. Mary K. Stone, Boston: …": a
    person's name written "Given I. Family" right after a role word and its full stop is the editor or translator
    the role word names, never a place, a publisher or a container (the labeler, seeing the imprint or a
    capitalised word ahead, reads it as one). Only names with an initial inside: "2nd ed. New York: …" is a place."""
    n = len(tokens)
    for r in compress(range(n - 6), map(".".__eq__, islice(map(_TEXT, tokens), 1, None))):  # (a full stop after it)
        w = tokens[r].text
        if not w[:1].isalpha() or out[r].lstrip("^") in _NAMES:
            continue
        classes = term_classes(w.lower())
        if "editor" not in classes and "translator" not in classes:
            continue
        k = r + 2
        if not (len(tokens[k].text) >= 2 and tokens[k].text.isalpha() and tokens[k].text[:1].isupper()
                and tokens[k].text[1:].islower()):
            continue
        m = k + 1
        while m + 1 < n and _is_initial(tokens[m]) and tokens[m + 1].text == ".":
            m += 2
        if m == k + 1 or m >= n - 1 or not (len(tokens[m].text) >= 2 and tokens[m].text.isalpha()
                                            and tokens[m].text[:1].isupper()) or tokens[m + 1].text not in ",.;":
            continue
        labels = {out[x].lstrip("^") for x in range(k, m + 1) if tokens[x].text[:1].isalpha()}
        if labels <= set(_NAMES) or not labels & {"publisher", "publisher-place", "container-title", "title"}:
            continue
        role = "translator" if ("translator" in classes and "editor" not in classes) or w.lower().startswith("tr") \
            else "editor"
        out[r] = out[r + 1] = "O"
        for x in range(k, m + 1):
            out[x] = role
        out[m + 1] = "O"  # (the mark closing the name: "Stone, Boston: …" no longer opens the place)


def _name_edges(tokens: Sequence[Token], out: list[str]) -> None:
    """The edges of a list of names: the "In" that opens it ("İçinde S. Kılıç ve A. Öztürk (Ed.)") is none of
    them; a given name left after the last comma before a role ("Holm, Karin & Wallin, Per (red.)") is."""
    n = len(tokens)
    for i in range(n - 1):
        lab = out[i].lstrip("^")
        if lab not in ("editor", "author", "translator") or (i and out[i - 1].lstrip("^") == lab):
            continue
        if lab != "author":
            # "trad. it. di L. Paganini", "Trad. de l’italien par Claire Moreau": the language and the "by" before
            # the names are none of them
            by = next((m for m in range(i, min(n - 1, i + 6)) if tokens[m].text in _BY), None)
            if by is not None and all(out[m].lstrip("^") == lab for m in range(i, by + 2)) \
                    and tokens[by + 1].text[:1].isupper() and not any(t.text[:1].isupper() for t in tokens[i:by]):
                for m in range(i, by + 1):
                    out[m] = "O"
                continue
        # ("İ".lower() is "i" and a combining dot: Turkish "İçinde" is looked up as "içinde")
        if "t=in" in token_features(tokens[i].text.lower().replace("i\u0307", "i")) and tokens[i].text[:1].isupper() and i > 0 \
                and out[i + 1].lstrip("^") == lab and tokens[i + 1].text[:1].isupper():
            out[i] = "O"
            out[i + 1] = "^" + lab if out[i].startswith("^") else out[i + 1]
    for i in range(1, n - 3):
        # "Wallin | , Per ( red": the editor run ends at the family name
        if out[i].lstrip("^") in ("editor", "author") and out[i + 1] == "O" and tokens[i + 1].text == "," \
                and out[i + 2] == "O" and tokens[i + 2].text[:1].isupper() and tokens[i + 2].text.isalpha() \
                and tokens[i + 3].text == "(" and i + 4 < n and "t=editor" in token_features(tokens[i + 4].text.lower()):
            out[i + 1] = out[i + 2] = out[i].lstrip("^")


# A sentence naming who edited or translated a book, before the names: "Edited and translated by", "Texte établi et
# traduit par", "Edición crítica, traducción y notas de", "coordinado por", "hg. u. eingel. v.", "a cura di". (The
# tokens' texts joined by spaces: "hg . u . eingel . v .")
_ROLE_SENTENCE = re.compile(
    r"(?i)(?:^|[.,;] )((?:(?:edited|translated|introduced|annotated|revised)(?: , )?(?: (?:and|&|with an introduction and notes|"
    r"with an introduction|with notes))? )+by|(?:texte )?(?:établi|édité|traduit|présenté|annoté)(?: (?:et|,) "
    r"(?:établi|édité|traduit|présenté|annoté))* par|(?:edición(?: crítica)?|traducción|notas|estudio preliminar|"
    r"introducción)(?: (?:,|y) (?:edición|traducción|notas|estudio preliminar|introducción))* (?:de|por)|"
    r"(?:coordinado|editado|traducido|organizado|compilado) por|a cura di|tradu(?:zione|ção) (?:di|de)|"
    r"(?:aus dem [^\W\d_]+ischen )?(?:hg|hrsg|übers|eingel|komm)(?: \.)?(?: (?:u|und) \.? ?(?:hg|hrsg|übers|eingel|komm)(?: \.)?)* "
    r"(?:v \.|von)|aus dem [^\W\d_]+ischen (?:übersetzt )?von|"
    r"herausgegeben (?:und [a-zäöü]+ )?von|übersetzt von) (?=\w)")
# a word every phrase of _ROLE_SENTENCE holds: most references hold none, and the regex is not searched
_ROLE_TRIGGERS = frozenset({"by", "By", "par", "por", "v", "von", "cura", "herausgegeben", "übersetzt", "edición",
                            "Edición", "traducción", "Traducción", "tradução", "Tradução", "traduzione", "notas",
                            "coordinado", "editado", "traducido", "organizado", "compilado"})
_EDIT_WORDS = re.compile(r"(?i)edit|établi|édité|edici|coordin|organiz|compil|cura|hg|hrsg|herausg|présenté")
_TRANSLATE_WORDS = re.compile(r"(?i)transl|tradu|übers|aus dem")  # ("Aus dem Englischen von": the language names the role)


def _role_sentence(tokens: Sequence[Token], out: list[str]) -> None:
    """"The Deeds of Charlemagne. Edited and translated by Thomas Ainsworth. Dumbarton Oaks …", "…, coordinado por
    Julián Pastor Oliva, vol. 2": the names after a phrase naming a role are the book's editors or translators;
    the labeler reads the phrase and the names as the title's or the container's words, or the names as a
    publisher. Both roles name the editors here; ``fields`` copies them to the translators."""
    n = len(tokens)
    texts = [t.text for t in tokens]
    blob = " ".join(texts)
    for m in _ROLE_SENTENCE.finditer(blob):
        a = blob.count(" ", 0, m.start(1))  # the phrase's first token (texts hold no spaces)
        b = a + m.group(1).count(" ") + 1  # the first name's token
        if b >= n or not texts[b][:1].isupper() or any(out[k].lstrip("^") == "issued" for k in range(a, b)):
            continue
        e = b
        while e < n and texts[e] not in (";", "(", ":", "[") and not (
                texts[e].lower() == "et" and e + 1 < n and texts[e + 1].lower() == "al") and not (
                texts[e] == "." and (len(texts[e - 1]) > 1 or (e + 2 < n and texts[e + 2] == ":"))) and not (texts[e] == "," and (
                    e + 1 >= n or out[e + 1].lstrip("^") not in _NAMES)):
            e += 1  # (past a comma only into names the labeler read as names: "edited by A, B and C")
        names = [x for x in texts[b:e] if x[:1].isalpha()]
        if not names or len(names) > 12 or any(x[:1].islower() and x.lower() not in AND_WORDS
                                               and x.lower() not in _PARTICLES for x in names):
            continue
        role = "editor" if _EDIT_WORDS.search(m.group(1)) else "translator"
        if role == "translator" and not _TRANSLATE_WORDS.search(m.group(1)):
            continue
        for k in range(a, b):
            out[k] = "O"
        for k in range(b, e):
            out[k] = role
        if e < n and out[e].lstrip("^") in ("title", "container-title"):
            out[e] = "O"  # (the full stop: what follows is a piece of its own)
        # "… Ainsworth. Dumbarton Oaks Medieval Library 61. Cambridge, MA: …": a series and its number before the imprint
        f = e + 1
        while f < n and out[f].lstrip("^") in ("title", "container-title") and texts[f] != ".":
            f += 1
        if e < n and texts[e] == "." and f + 1 < n and f - e >= 4 and texts[f] == "." and texts[f - 1].isdecimal() \
                and texts[e + 1][:1].isupper() and out[f + 1].lstrip("^") in ("publisher-place", "publisher") \
                and texts[e + 1] not in _VOLUME_WORDS_CASED and sum(x.isalpha() for x in texts[e + 1:f - 1]) >= 2:
            for k in range(e + 1, f - 1):
                out[k] = "collection-title"
            out[f - 1] = "collection-number"


def _place_closing_editors(tokens: Sequence[Token], out: list[str]) -> None:
    """"…, in Arte e potere alla corte estense, a cura di Marco Ghidini, Modena, Panini, 2008": after the names a
    role phrase introduces in natural order, one word after a comma that is a place, then the imprint, is the place,
    not the last editor's given name (an inverted name has one word before its comma: "di Rossi, Marco")."""
    n = len(tokens)
    for a, e in _runs_of(out, "editor"):
        if a < 2 or tokens[a - 1].text not in _BY_WORDS or out[a - 1] != "O" or e + 1 >= n or tokens[e].text != "," \
                or out[e + 1].lstrip("^") not in ("publisher", "publisher-place", "issued"):
            continue
        c = e - 2
        if c <= a + 1 or tokens[c].text != "," or not tokens[c + 1].text.isalpha() or not tokens[c + 1].text[:1].isupper() \
                or "p" not in word_flags(tokens[c + 1].text.lower()):
            continue
        s = c
        while s > a and tokens[s - 1].text != ",":
            s -= 1
        if sum(t.text[:1].isupper() and t.text.isalpha() and len(t.text) > 1 for t in tokens[s:c]) < 2:
            continue
        out[c] = "O"
        out[c + 1] = "publisher-place"


def _publisher_after_chapter_editors(tokens: Sequence[Token], out: list[str]) -> None:
    """Polish and Italian chapters: "[w:] Literatura i społeczeństwo, red. J. Lis, A. Wróbel, Universitas, Kraków 2011,
    s. 87–104": a short name between the book's editors and the imprint's place is the publisher, not a second
    container (the book's own title came before the editors)."""
    n = len(tokens)
    runs = list(_runs_of(out, "container-title"))
    if len(runs) < 2:
        return
    for a, e in runs[1:]:
        if a < 3 or e + 1 >= n or e - a > 4 or tokens[a - 1].text != "," or out[a - 2].lstrip("^") != "editor" \
                or tokens[e].text != "," or out[e + 1].lstrip("^") != "publisher-place" \
                or not all(t.text[:1].isupper() or not t.text[:1].isalpha() for t in tokens[a:e]):
            continue
        out[a:e] = ["publisher"] * (e - a)
        return


def _in_cue_inside_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Le confraternite di Bergamo, in Confraternite e società urbana. Atti del convegno di studi (…), a cura di …": the
    labeler runs the chapter's title over ", in" and the book's main title, and reads only the book's subtitle as the
    container. The words after ", in" up to the container are the container's beginning."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        if e + 2 >= n or tokens[e].text != "." or out[e + 1].lstrip("^") != "container-title":
            continue
        i = next((m for m in range(a + 2, e - 1) if tokens[m].text in ("in", "In") and tokens[m - 1].text == ","
                  and tokens[m + 1].text[:1].isupper()), None)
        if i is None:
            return
        out[i - 1] = out[i] = "O"
        out[i + 1:e + 1] = ["container-title"] * (e - i)
        if out[e + 1].startswith("^"):
            out[e + 1] = "container-title"
        return


def _date_closing_title_before_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver's imprint dates the work ("Place: Publisher; 2020."), so a date between the title and the imprint is
    the title's: "Epidemia COVID-19: aggiornamento nazionale, 9 marzo 2020. Roma: ISS; 2020.", "Plan Estratégico …
    Horizonte 2025. Madrid: Ministerio de Educación; 2021."""
    for a, _e in _runs_of(out, "issued"):
        if a < 4 or tokens[a - 1].text != ";" or out[a - 2].lstrip("^") not in ("publisher", "publisher-place"):
            continue
        p = a - 1  # the imprint's start: back over the publisher, its colon and the place
        while p > 0 and (out[p - 1].lstrip("^") in ("publisher", "publisher-place") or tokens[p - 1].text == ":"):
            p -= 1
        if p < 3 or tokens[p - 1].text != ".":
            return
        t = p - 2
        while t > 0 and out[t].lstrip("^") != "title":
            t -= 1
        between = range(t + 1, p - 1)
        labs = {out[m].lstrip("^") for m in between}
        if out[t].lstrip("^") != "title" or "issued" not in labs or not labs <= {"issued", "publisher-place", "O"} \
                or any(tokens[m].text in ("(", "[", "/") for m in between) or len(between) > 8:
            return
        out[t + 1:p - 1] = ["title"] * len(between)
        return


def _series_number_read_as_year(tokens: Sequence[Token], out: list[str]) -> None:
    """"In Battery Chemistry at Scale; …, Eds.; ACS Symposium Series, Vol. 1421; American Chemical Society: Washington,
    DC, 2022": a number after a series' name is its number, not a year, when the work is dated elsewhere."""
    for a, e in _runs_of(out, "issued"):
        if e - a != 1 or not tokens[a].text.isdecimal():
            continue
        k = a - 1
        while k > 0 and out[k] == "O" and a - k <= 3 and tokens[k].text in (",", ".", "Vol", "vol", "No", "no"):
            k -= 1
        field = out[k].lstrip("^")
        if field not in ("collection-title", "container-title") or tokens[k].text not in _SERIES_CASED \
                or not any(out[m].lstrip("^") == "issued" for m in range(len(out)) if not a <= m < e):
            continue
        out[a] = "collection-number"
        if field == "container-title" and out.count("container-title") > e - a:
            s = k
            while s > 0 and out[s - 1].lstrip("^") == "container-title":
                s -= 1
            if s > 0 and any(out[m].lstrip("^") == "container-title" for m in range(s - 1)):
                out[s:k + 1] = ["collection-title"] * (k + 1 - s)


_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "ter", "la",
                        "le", "du", "y", "e", "zu"})


def _translator_phrase(tokens: Sequence[Token], out: list[str]) -> None:
    """A translator's role phrase after a book's title, opening a sentence or after a comma: "… occidental. Trad. de
    Carmen Soler Ruiz y Andrés Vela. 2.ª ed.", "… en introduktion. Övers. Anna Lindgren. Göteborg", "… Ahlakı. Çev.
    Mehmet Kaya. İstanbul", "…, trad. it. di P. Ferretti, 2ª ed.", "…, trad. de l’allemand par Mathieu Ravenel-Coste,",
    "…, przeł. E. Malinowska, Wydawnictwo …", "…, vert. door Jabik Veenbaas, Amsterdam", "…, übers. v. Karl Sommer,":
    the names after the role word (the language translated from, the "by"), up to the full stop or comma closing
    them, are the translator's; the phrase's words are none of them, nor the title's. The labeler reads the names as
    a container, an editor, more title, or (after a "by", or in a sentence of their own) the imprint."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i - 1].text not in ".,;" or not _TRANSLATED_CUE.match(tokens[i].text) \
                or out[i].lstrip("^") not in _TRANSLATOR_OPENER_READINGS:
            continue
        a = i + 1
        while a < n and a < i + 8 and (tokens[a].text in (".", "’", "'", ":") or tokens[a].text.islower()):
            a += 1  # the language translated from and the "by": "de l’allemand par", "it. di", "door", "v."
        if a >= n or not tokens[a].text[:1].isupper() or not _translator_role_phrase(tokens, i, a):
            continue
        k = a
        while k < n and ((tokens[k].text[:1].isupper() and tokens[k].text.isalpha()) or tokens[k].text in ("-", "&")
                         or (tokens[k].text.lower() in AND_WORDS and k > a)
                         or (tokens[k].text == "." and len(tokens[k - 1].text) == 1)):
            k += 1
        if k >= n or tokens[k].text not in ".," or k - a < 2 or len(tokens[k - 1].text) < 2:
            continue  # (a given name and a family name at least, closed by a full stop or a comma)
        # names read as the imprint are the translator's only after a "by" ("trad. it. di Laura Bassi, Milano, …";
        # "trad. it., Milano, Adelphi" names none) or in a sentence of their own ("Övers. Anna Lindgren. Göteborg")
        sentence = tokens[i - 1].text == "." and tokens[k].text == "."
        misread = _TRANSLATOR_MISREAD | _IMPRINT if tokens[a - 1].text in _BY_WORDS or sentence \
            else _TRANSLATOR_MISREAD
        if not all(out[m].lstrip("^") in misread for m in range(a, k)) or (
                tokens[k].text == "." and k + 1 < n and out[k + 1].lstrip("^") == "container-title" == out[i].lstrip("^")
                and tokens[k + 1].text[:1].isupper()):
            continue  # (a journal's "Trans. R. Soc. Lond.")
        took = any(out[m].lstrip("^") == "publisher" for m in range(a, k))
        if out[i].lstrip("^") == "title" and tokens[i - 1].text == "," and out[i - 1].lstrip("^") == "title":
            out[i - 1] = "O"  # "Historia pieniądza w średniowiecznej Europie, przeł": the title ends at the comma
        for m in range(i, a):
            out[m] = "O"
        out[a:k] = ["^translator"] + ["translator"] * (k - a - 1)
        if sentence and out[k] != "O" and out[k].lstrip("^") in _IMPRINT:
            out[k] = "O"  # ("Lindgren. Göteborg": the stop closing the names, read as the place's)
        if took and "publisher" not in out and "^publisher" not in out:
            _publisher_in_place(tokens, out, k)
        if tokens[i - 1].text == ",":
            _subtitle_before_role_phrase(tokens, out, i - 1)
        return


def _translator_role_phrase(tokens: Sequence[Token], i: int, a: int) -> bool:
    """``tokens[i:a]`` is a translator's role phrase: role_before reads it so, or its first word is a translator's role
    and it ends in a "by" after the language translated from ("trad. de l’allemand par")."""
    if role_before(_spaced_text(tokens[i:a]) + " ") == "translator":
        return True
    own = i + 2 if tokens[i + 1].text == "." else i + 1
    return own < a and tokens[a - 1].text.lower() in _BY_WORDS \
        and role_before(_spaced_text(tokens[i:own]) + " ") == "translator"


def _subtitle_before_role_phrase(tokens: Sequence[Token], out: list[str], e: int) -> None:
    """The subtitle before a translator's phrase after a comma, which the labeler cut off from the title ("Storia degli
    scacchi in Europa. Dal Medioevo all’Ottocento, trad. …"), is the title's."""
    b = e
    label = out[e - 1].lstrip("^")
    while b > 0 and out[b - 1].lstrip("^") == label and label in ("container-title", "translator", "editor"):
        b -= 1
    if b < e and b >= 2 and tokens[b - 1].text == "." and out[b - 2].lstrip("^") == "title" \
            and not any(tokens[m].text in _IN_OPENERS and out[m] == "O" for m in range(b)):
        for m in range(b - 1, e):
            out[m] = "title"


# what a translator's role word may have been read as (besides what its names may have been read as)
_TRANSLATOR_OPENER_READINGS = frozenset({"container-title", "editor", "title", "translator", "O", "note",
                                         "collection-title", "publisher", "publisher-place"})
# what a translator's names may have been read as: the labeler takes them for a container, an editor, or leaves
# them in the title with the role word
_TRANSLATOR_MISREAD = frozenset({"container-title", "editor", "title", "translator", "O", "note", "collection-title"})
_IMPRINT = frozenset({"publisher", "publisher-place"})


_AND_SIGNS = AND_WORDS | {"&"}
_EDITOR_ABBREVIATIONS = frozenset({"Ed", "Eds", "ed", "eds", "Hrsg", "hrsg", "Red", "red", "Éd", "éd", "Coord", "coord"})


def _two_roles_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA's "(D. Frisby, Ed. & Trans.)", "(A. C. Moura, Ed. e trad.)", "(J. Pérez, Trad. y ed.)": the names in the
    brackets after the title are the editors (``fields`` copies them to the translators); the labeler reads the first
    role word as the edition and leaves the names an editor's or a translator's."""
    n = len(tokens)
    for c in range(3, n - 6):
        if tokens[c].text != "," or tokens[c + 2].text != "." or tokens[c + 3].text.lower() not in _AND_SIGNS \
                or tokens[c + 5].text != "." or tokens[c + 6].text != ")":
            continue
        first, second = tokens[c + 1].text, tokens[c + 4].text
        if not ((first in _EDITOR_ABBREVIATIONS and _TRANSLATED_CUE.match(second))
                or (_TRANSLATED_CUE.match(first) and second in _EDITOR_ABBREVIATIONS)):
            continue
        a = c
        while a > 0 and tokens[a - 1].text != "(" and c - a < 12:
            a -= 1
        if a == 0 or tokens[a - 1].text != "(" or a == c or not all(
                out[m].lstrip("^") in ("editor", "translator", "author", "O") for m in range(a, c)):
            return
        out[a:c] = ["^editor"] + ["editor"] * (c - a - 1)
        out[c:c + 7] = ["O"] * 7
        return


def _publisher_in_place(tokens: Sequence[Token], out: list[str], start: int) -> None:
    """The labeler read a translator's name as the publisher and the place and publisher after it as one place
    ("…, di Laura Bassi, Milano, Adelphi, 2019"): it saw a publisher in the reference, so the words after the
    place's comma are the publisher, whether or not they also name a place."""
    n = len(tokens)
    a = next((m for m in range(start, min(n, start + 3)) if out[m].lstrip("^") == "publisher-place"), None)
    if a is None:
        return
    e = a
    while e < n and out[e].lstrip("^") == "publisher-place":
        e += 1
    commas = [m for m in range(a, e) if tokens[m].text == ","]
    if len(commas) != 1 or not 1 <= commas[0] - a <= 2 or commas[0] + 1 >= e \
            or not all(t.text[:1].isupper() for t in tokens[a:commas[0]]) or not tokens[commas[0] + 1].text[:1].isupper():
        return
    c = commas[0]
    out[c] = "O"
    out[c + 1:e] = ["^publisher"] + ["publisher"] * (e - c - 2)


def _translator_in_title_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA's translator in the brackets after a book's title, alone or before the edition: "(M. Kaya, Çev.; 3. baskı)",
    "(J. Smith, Trans.; 2nd ed.)", "(J. Pérez, Trad.)": the names before the role word are its translators; the
    labeler, seeing the edition beside them, reads the bracket as one edition, note or container."""
    n = len(tokens)
    for i in range(4, n - 2):
        if tokens[i - 1].text != "," or tokens[i + 1].text != "." or tokens[i + 2].text not in (")", ";") \
                or "t=translator" not in token_features(tokens[i].text.lower()) or out[i - 2].lstrip("^") == "translator":
            continue
        a = i - 1
        while a > 0 and i - a <= 16 and (tokens[a - 1].text[:1].isupper() or tokens[a - 1].text in ".,-&"
                                         or tokens[a - 1].text.lower() in AND_WORDS or tokens[a - 1].text in _PARTICLES):
            a -= 1
        if a < 2 or tokens[a - 1].text != "(" or a == i - 1 or not any(out[m].lstrip("^") == "title" for m in range(a - 1)) \
                or len(tokens[i - 2].text) < 2 or not tokens[i - 2].text.isalpha():
            continue  # (the bracket opens on the names, after the title; the last name is a family name)
        out[a - 1] = "O"
        out[a:i - 1] = ["^translator"] + ["translator"] * (i - 2 - a)
        out[i - 1] = out[i] = out[i + 1] = "O"
        if tokens[i + 2].text == ";":
            out[i + 2] = "O"
            if i + 3 < n and out[i + 3].lstrip("^") == "edition":
                out[i + 3] = "^edition"
        return


# the translator's words a role word after a comma may be (a test in C before role_of reads the tokens)
_TRANSLATOR_ABBREVIATIONS = role_words("translator")


def _translated_title_in_author_list(tokens: Sequence[Token], out: list[str]) -> None:
    """Polish and Italian books, "Schröder K., Katedry gotyckie Europy Środkowej, przeł. A. Nowicka, wyd. 2, Kraków":
    the labeler ran the authors on through the title to the translator. A role word after a comma inside the authors
    ends the title (the piece before it, with words in small letters no name has); its names are the translator's."""
    n = len(tokens)
    for i in range(3, n - 2):
        if tokens[i - 1].text != "," or tokens[i + 1].text != "." or out[i].lstrip("^") != "author" \
                or role_of(tokens[i].text) != "translator":
            continue
        c = next((m for m in range(i - 2, 0, -1) if tokens[m].text == ","), None)
        if c is None or out[c].lstrip("^") != "author" or not any(t.text[:1].isupper() for t in tokens[:c]) \
                or not tokens[c + 1].text[:1].isupper() \
                or not any(len(t.text) >= 4 and t.text.islower() and t.text not in _PARTICLES for t in tokens[c + 1:i - 1]):
            return
        j = i + 2
        while j < n and j - i <= 10 and tokens[j].text != "," and (tokens[j].text[:1].isupper() or tokens[j].text in ".-"):
            j += 1
        if j == i + 2 or (j < n and tokens[j].text != ","):
            return
        out[c] = "O"
        out[c + 1:i - 1] = ["title"] * (i - 1 - c - 1)
        out[i - 1] = out[i] = out[i + 1] = "O"
        out[i + 2:j] = ["^translator"] + ["translator"] * (j - i - 3)
        return


def _ebook_sentence(tokens: Sequence[Token], out: list[str]) -> None:
    """ABNT's "… Rio de Janeiro: Editora Fiocruz, 2020. E-book. DOI: …": the sentence that says the book is
    electronic is its medium, not a page or a note."""
    n = len(tokens)
    for i in range(1, n):
        if tokens[i - 1].text != "." or not tokens[i].space_before:
            continue
        if tokens[i].text in ("eBook", "Ebook", "E-book"):
            e = i + 1
        elif i + 2 < n and tokens[i].text in ("E", "e") and tokens[i + 1].text == "-" and tokens[i + 2].text == "book" \
                and not tokens[i + 1].space_before and not tokens[i + 2].space_before:
            e = i + 3
        else:
            continue
        if e < n and tokens[e].text != ".":
            continue
        out[i:e] = ["medium"] * (e - i)
        return


def _edited_title_with_a_year(tokens: Sequence[Token], out: list[str]) -> None:
    """An edited book whose title holds a year, "Czapiński J., Panek T. (red.), Diagnoza społeczna 2015. Warunki i
    jakość życia Polaków, Rada …, Warszawa 2015.": the labeler read the year as the date and split the title into a
    container and a chapter's title. With the editors first and the book's date at its imprint, it is one title."""
    first = next((m for m in range(len(out)) if out[m] != "O"), None)
    if first is None or out[first].lstrip("^") != "editor":
        return
    a = _first(out, "container-title")
    if a is None or any(out[m].lstrip("^") not in ("editor", "O") for m in range(a)):
        return
    e = a
    while e < len(out) and out[e].lstrip("^") == "container-title":
        e += 1
    if e + 2 >= len(out) or out[e].lstrip("^") != "issued" or not _YEAR_TOKEN.fullmatch(tokens[e].text) \
            or tokens[e + 1].text != "." or out[e + 2].lstrip("^") != "title" \
            or not any(out[m].lstrip("^") == "issued" for m in range(e + 3, len(out))):
        return
    t = e + 2
    while t < len(out) and out[t].lstrip("^") == "title":
        t += 1
    out[a:t] = ["title"] * (t - a)


# the acts' one-word kinds, as they open an act's title
_ACT_WORDS_ONE = frozenset(w for w in ACT_WORDS.split("|") if w.isalpha())


_ACT_NUMBER_READINGS = frozenset({"title", "O", "issued", "citation-number", "number", "volume", "page"})


def _act_after_body(tokens: Sequence[Token], out: list[str]) -> None:
    """ISO 690's act after its state, "Česko. Zákon č. 317/2019 Sb., o podpoře …. In: Sbírka zákonů …": the
    labeler ran the state's name on into the act's kind and number; the sentence the kind opens is the title."""
    n = len(tokens)
    for a, e in _runs_of(out, "author"):
        k = next((m for m in range(a + 1, e) if tokens[m].text in _ACT_WORDS_ONE and tokens[m - 1].text == "."), None)
        if k is None or k + 1 >= n or not any(t.text[:1].isdigit() for t in tokens[k + 1:min(n, k + 6)]):
            return
        t = e
        while t < n and out[t] == "O" and tokens[t].text in ".,":
            t += 1
        # the act's number is the title's, to the comma before its name, whatever the labeler read its pieces as
        # ("č. 317/2019 Sb., o podpoře …": a year, an entry number)
        c = next((m for m in range(t, min(n, t + 8)) if tokens[m].text == ","), None)
        end = c + 1 if c is not None and all(out[m].lstrip("^") in _ACT_NUMBER_READINGS for m in range(t, c)) else t
        while end < n and out[end].lstrip("^") == "title":
            end += 1
        out[k:end] = ["title"] * (end - k)
        if out[k - 1].lstrip("^") == "author" and tokens[k - 1].text == ".":
            out[k - 1] = "O"
        return


def _year_before_volume_count(tokens: Sequence[Token], out: list[str]) -> None:
    """French notes: "…, université Lumière Lyon 2, 2018, 2 vol., dactyl.": the year before a count of volumes is
    the date (the labeler reads the two as a volume and an issue; fields reads the count from the text)."""
    n = len(tokens)
    for i in range(n - 3):
        if out[i].lstrip("^") == "volume" and _YEAR_TOKEN.fullmatch(tokens[i].text) and tokens[i + 1].text == "," \
                and tokens[i + 2].text.isdecimal() and tokens[i + 3].text in ("vol", "vols") \
                and not any(x.lstrip("^") == "issued" for x in out):
            out[i] = "issued"
            out[i + 2] = "O"
            return


def _paper_series_code(tokens: Sequence[Token], out: list[str]) -> None:
    """A paper series and the paper's code, "RIETI Policy Discussion Paper Series 19-P-004.": the labeler read the
    series as a journal and the code's pieces as its volume and pages; the series is the collection, the code the
    paper's number."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e >= n or tokens[e - 1].text not in ("Paper", "Papers", "Series") or not tokens[e].text[:1].isalnum():
            continue
        k = e + 1
        while k < n and not tokens[k].space_before and tokens[k].text not in (".", ",", ";"):
            k += 1
        code = tokens[e:k]
        if len(code) < 3 or not any(t.text == "-" for t in code) or not code[0].text.isdecimal():
            return
        out[a:e] = ["collection-title"] * (e - a)
        out[e:k] = ["number"] * (k - e)
        return


def _series_number_in_brackets_read_as_journal(tokens: Sequence[Token], out: list[str]) -> None:
    """A book's or report's series in brackets before its imprint, "『…調査報告書』(図書館調査研究リポート No. 17) 東京:
    国立国会図書館.": the labeler read it as a journal and its number as an issue; it is the collection and its
    number (a journal's name is not bracketed before a place and a publisher)."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if a < 1 or tokens[a - 1].text not in ("(", "（"):
            continue
        k = e
        if k + 1 < n and tokens[k].text in ("No", "Nr", "no", "nr", "n", "第") and tokens[k + 1].text == ".":
            k += 2
        elif k < n and tokens[k].text in ("No", "Nr", "第"):
            k += 1
        if k >= n or not tokens[k].text.isdecimal() or out[k].lstrip("^") not in ("issue", "volume", "number") \
                or k + 1 >= n or tokens[k + 1].text not in (")", "）", "号"):
            return
        if any(out[m].lstrip("^") in ("page", "volume") for m in range(n) if m != k) \
                or not any(out[m].lstrip("^") in ("publisher", "publisher-place") for m in range(k + 1, n)):
            return
        out[a:e] = ["collection-title"] * (e - a)
        out[k] = "collection-number"
        return


def _editors_before_role_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """"Nowakowska A., Kowal J. (red.), Słownik pisarzy …, t. 2, Kraków": every name before the bracketed editors'
    word is an editor (the labeler made the first an author); with no title of its own, the book the labeler called
    a container is the title."""
    n = len(tokens)
    r = next((i for i in range(2, n - 2) if tokens[i - 1].text == "(" and tokens[i + 1].text in (".", ")")
              and role_of(tokens[i].text) == "editor"), None)
    if r is None:
        return
    o = r - 1
    if any(out[m].lstrip("^") not in ("author", "editor", "O") for m in range(o)) \
            or not any(out[m].lstrip("^") == "editor" for m in range(o)):
        return
    for m in range(o):
        if out[m] != "O" and out[m].lstrip("^") in ("author", "editor"):
            out[m] = "editor"
    first = next(m for m in range(o) if out[m] == "editor")
    out[first] = "^editor"
    if "title" not in out and "^title" not in out:
        a = _first(out, "container-title")
        if a is not None and a > r:
            e = a
            while e < n and out[e].lstrip("^") == "container-title":
                e += 1
            if not any(out[m].lstrip("^") in ("page", "issue") for m in range(e, n)):
                out[a:e] = ["title"] * (e - a)


def _number_after_collection(tokens: Sequence[Token], out: list[str]) -> None:
    """French series with their number, "coll. « Rencontres », n° 418, 2019": the number after the series is its
    volume's in it, not an issue."""
    n = len(tokens)
    for _a, e in _runs_of(out, "collection-title"):
        k = e
        while k < n and tokens[k].text in ("»", ",", ")") and out[k] == "O":
            k += 1
        # (an issue or a volume read there; a report's number in its series stays the report's: "Insee Première,
        # n° 1935")
        d = k + 2 if k + 2 < n and tokens[k].text in ("n", "no") and tokens[k + 1].text in ("°", ".", "º") \
            else k + 1 if k + 1 < n and tokens[k].text == "nº" else None
        if d is not None and tokens[d].text.isdecimal() and out[d].lstrip("^") in ("issue", "volume") \
                and (d + 1 >= n or tokens[d + 1].text in (",", ".", ")", ";")):
            out[d] = "collection-number"
        return


def _turkish_chapter_locators(tokens: Sequence[Token], out: list[str]) -> None:
    """Turkish APA chapters, "M. Aksoy ve E. Kaya (Ed.), Türk edebiyatı tarihi içinde (C. 3, s. 211-240).": "içinde"
    ("in") closes the book's name and is none of it; "C. 3" in the bracket is the volume (cilt), not an issue."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i].text == "içinde" and out[i].lstrip("^") == "container-title" and (
                i + 1 >= n or out[i + 1].lstrip("^") != "container-title"
                or (tokens[i + 1].text == "(" and tokens[i + 2].text == "C")):
            out[i] = "O"
        if tokens[i].text == "C" and tokens[i - 1].text == "(" and tokens[i + 1].text == "." \
                and tokens[i + 2].text.isdecimal():
            out[i - 1] = out[i] = out[i + 1] = "O"
            out[i + 2] = "volume"


def _czech_part_number(tokens: Sequence[Token], out: list[str]) -> None:
    """The Czech collection of laws' part, "Sbírka zákonů …. 2019, částka 131, s. 4210–4236": its number is the
    issue, not a volume."""
    for i in range(len(tokens) - 1):
        if tokens[i].text == "částka" and out[i + 1].lstrip("^") == "volume" and tokens[i + 1].text.isdecimal():
            out[i + 1] = "issue"
            return


def _german_et_al(tokens: Sequence[Token], out: list[str]) -> None:
    """German's et al., "WAGNER, Ulrike u. a. (Hrsg.)", "Berger, Tim u. a.:": the labeler gives the "u" to the last
    name ("Ulrike u") and leaves the rest out; the three are the list's "et al."."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i].text != "u" or tokens[i + 1].text != "." or tokens[i + 2].text != "a" or tokens[i + 3].text != ".":
            continue
        # (a given name the labeler put in the "et al." with it: "Berger, Tim u. a." read "Tim u. a." as one)
        g = i
        while g > 1 and out[g - 1] == "etal" and tokens[g - 1].text[:1].isupper() and tokens[g - 1].text.isalpha():
            g -= 1
        c = g - 1 if g > 1 and tokens[g - 1].text == "," and out[g - 1] == "O" else g
        if i + 5 < n and tokens[i + 4].text == ":" and out[i + 5].lstrip("^") == "publisher":
            # the places' "and others" before the publisher's colon: "Hildesheim u. a.: Olms, 1987"
            p = i
            while p > 0 and p > i - 3 and tokens[p - 1].text[:1].isupper() and tokens[p - 1].text.isalpha():
                p -= 1
            if p < i and p > 0 and tokens[p - 1].text == ".":
                out[p:i] = ["publisher-place"] * (i - p)
                out[i:i + 4] = ["O"] * 4
                return
        if c < 1 or out[c - 1].lstrip("^") not in _NAMES \
                or any(out[m].lstrip("^") not in (*_NAMES, "O", "etal") for m in (i, i + 2)):
            return
        out[c:i] = [out[c - 1].lstrip("^")] * (i - c)
        out[i:i + 3] = ["etal"] * 3
        return


# the articles a title opens with, capitalised, in the languages of the dev files
_OPENING_ARTICLES = frozenset({"La", "Le", "Les", "The", "Der", "Die", "Das", "El", "Los", "Las", "Il", "Lo", "Gli",
                               "Os", "As", "Het", "Een", "Ein", "Eine", "Une", "Un"})


def _title_article_after_initial(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver's one name, "Morin E. La Méthode. Tome 1, …": the labeler ran the name on into the title's first
    words; an article after the initial's full stop opens the title (no given name is "La" or "The")."""
    n = len(tokens)
    for a, e in _runs_of(out, "author"):
        k = e - 1
        while k > a and tokens[k].text != ".":
            k -= 1
        if k < a + 2 or k + 1 >= e or tokens[k + 1].text not in _OPENING_ARTICLES or not tokens[k + 1].space_before \
                or len(tokens[k - 1].text) != 1 or not tokens[k - 1].text.isupper() \
                or any(t.text in (",", ";", "&") or t.text.lower() in AND_WORDS for t in tokens[k + 1:e]) \
                or e >= n or tokens[e].text != "." or out[e] != "O" or e + 1 >= n or out[e + 1].lstrip("^") != "title":
            return
        out[k + 1:e + 1] = ["title"] * (e - k)  # (with its stop: the title runs on after it)
        return


_ROLE_IN_BRACKETS = frozenset({"red", "Red", "Hrsg", "hrsg", "Hg", "hg", "ed", "eds", "Ed", "Eds", "dir", "coord",
                                "éd", "éds", "ред", "utg", "toim"})
_PAGE_TERMS = frozenset({"С", "с", "S", "s", "p", "P", "pp", "ss", "str"})


def _orphan_date_and_page(tokens: Sequence[Token], out: list[str]) -> None:
    """Left outside every field: a day and month after the year ("// Коммерсантъ. — 2022. — 17 нояб. — С. 5."),
    a page after its term at the end, a year marked 年 ("2017年")."""
    n = len(tokens)
    found = {x.lstrip("^") for x in out}
    for i in range(n):
        if out[i] != "O" and out[i] != "note":
            continue
        t = tokens[i].text
        if t.isdecimal() and len(t) <= 2 and i + 1 < n and out[i + 1] == out[i] and 0 < int(t) <= 31 \
                and "month" in token_features(tokens[i + 1].text) and (i + 2 >= n or out[i + 2] != out[i] or
                                                                     not tokens[i + 2].text[:1].isalnum()):
            prev = next((m for m in range(i - 1, -1, -1) if out[m] != "O"), None)
            if prev is not None and out[prev].lstrip("^") == "issued" and tokens[prev].text.isdecimal() \
                    and len(tokens[prev].text) == 4 and i - prev <= 4:
                out[i] = out[i + 1] = "issued"
        elif out[i] == "note":
            continue
        elif t.isdecimal() and "page" not in found and i >= 2 and tokens[i - 1].text == "." \
                and tokens[i - 2].text in _PAGE_TERMS \
                and all(out[m] == "O" or tokens[m].text in ".。" for m in range(i, n)):
            out[i] = "page"
            found.add("page")
        elif t.isdecimal() and len(t) == 4 and "issued" not in found and i + 1 < n and tokens[i + 1].text == "年" \
                and 1500 <= int(t) <= 2100:
            out[i] = "issued"
            found.add("issued")


def _date_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA: "UN-Habitat. (2022, October 31). Planning for …": the month and day in the year's brackets are the
    date's, though the labeler opens the title with them after a corporate author."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i - 1].text != "(" or out[i].lstrip("^") != "issued" or not tokens[i].text.isdecimal() \
                or len(tokens[i].text) != 4 or tokens[i + 1].text != ",":
            continue
        k = i + 2
        while k < n and k - i < 6 and (("month" in token_features(tokens[k].text)) or (
                tokens[k].text.isdecimal() and len(tokens[k].text) <= 2) or tokens[k].text in ".-–"):
            k += 1
        if k < n and tokens[k].text == ")" and k > i + 2 and any(
                "month" in token_features(tokens[m].text) for m in range(i + 2, k)):
            for m in range(i + 1, k):
                out[m] = "issued"
            while k < n and tokens[k].text in ").:" and out[k].lstrip("^") == "title":
                out[k] = "O"
                k += 1
        return


_SUPPLEMENT_WORDS = frozenset({"Suppl", "suppl", "Supplement", "supplement", "Supl", "Suppl."})


def _supplement_issue(tokens: Sequence[Token], out: list[str]) -> None:
    """"2019;37(Suppl. 15):e12345", "2020;20 Suppl 1:845": a supplement and its number are the issue, however
    the labeler split them (a note and nothing, or more of the volume)."""
    n = len(tokens)
    for i in range(1, n - 1):
        if tokens[i].text not in _SUPPLEMENT_WORDS:
            continue
        k = i + 1
        if k < n and tokens[k].text == ".":
            k += 1
        if k >= n or not tokens[k].text[:1].isdigit() or len(tokens[k].text) > 4:
            continue
        prev = out[i - 1].lstrip("^")
        if tokens[i - 1].text not in "(;" and prev != "volume":
            continue
        for m in range(i, k + 1):
            out[m] = "issue"
        return


_VERSION_WORDS = frozenset({*VERSION_WORDS, "ver", "v"})
_VERSION_CASED = frozenset(w for x in _VERSION_WORDS for w in (x, x.capitalize()))


_MEDIUM_SAID = re.compile(
    r"(?:audio\s+|video\s+)?podcast(?:\s*-?\s*(?:episode|folge|afsnit|avsnitt|aflevering|épisode|episodio))?|"
    r"(?:youtube\s+)?video|vídeo|film|audio|(?:television|tv)\s+series(?:\s+episode)?|radio\s+(?:broadcast|programme)|"
    r"tweet|blog\s+post|webinar|lecture|brochure|fact\s+sheet|press\s+release|infographic|photograph|"
    r"haber\s+bülteni|pressemitteilung|communiqué\s+de\s+presse|nota\s+de\s+prensa|poster|"
    r"(?:powerpoint\s+)?slides", re.IGNORECASE)


def _apa_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA: "… computing (Version 4.3.1) [Computer software]. R Foundation for …": the version in brackets is
    read from the text (fields), and the bracketed description is the genre. The labeler reads the
    version's pieces as an edition and an entry number, whose begin marker cut the line in two."""
    n = len(tokens)
    for i in range(n - 3):
        t = tokens[i].text
        if t == "(" and tokens[i + 1].text.lower() in _VERSION_WORDS:
            k = next((m for m in range(i + 2, min(n, i + 12)) if tokens[m].text == ")"), None)
            if k is not None and any(tokens[m].text[:1].isdigit() for m in range(i + 2, k)):
                for m in range(i, k + 1):
                    out[m] = "O"
        elif t == "[":
            k = next((m for m in range(i + 1, min(n, i + 6)) if tokens[m].text == "]"), None)
            if k is not None and k > i + 1 and (DESCRIPTION.fullmatch(said := _spaced_text(tokens[i + 1:k])) or (
                    i > 0 and out[i - 1].lstrip("^") in ("title", "container-title", "O") and _MEDIUM_SAID.fullmatch(said))):
                # (what kind of recording or leaflet a work is, after its title or its show's: "[Podcast-Episode]",
                # "The Local Government Podcast [Podcast].", "[Haber bülteni]"; no title's words, no place)
                out[i] = out[k] = "O"
                for m in range(i + 1, k):
                    out[m] = "genre"


def _publisher_after_descriptor(tokens: Sequence[Token], out: list[str]) -> None:
    """APA: "… (Versie 1) [Dataset]. 4TU.ResearchData. https://doi.org/…", "… (3. Aufl.). Birkhäuser. ISBN …": the
    name between the bracketed description or edition and the link or ISBN is the publisher (the labeler reads
    "4TU" as a number, and leaves "Birkhäuser" outside every field)."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i + 1].text != "." or not (
                (tokens[i].text == "]" and out[i - 1].lstrip("^") == "genre")
                or (tokens[i].text == ")" and any(out[m].lstrip("^") == "edition" for m in range(max(0, i - 5), i)))):
            continue  # ("(3. Aufl.). Birkhäuser. ISBN …": after an edition in brackets too)
        if tokens[i + 2].text in _CONTAINER_CUES:
            continue  # ("… [Podcast-Episode]. In Der Tag.": the show, not a publisher)
        k = i + 2
        # the name runs to a full stop followed by a space (or the end): "4TU.ResearchData." is one name
        while k < n and not (tokens[k].text == "." and (k + 1 >= n or tokens[k + 1].space_before)):
            if out[k].lstrip("^") in ("DOI", "URL", "issued", "accessed"):
                return
            k += 1
        if k == i + 2 or k - (i + 2) > 10 or (k + 1 < n and out[k + 1].lstrip("^") not in ("DOI", "URL", "ISBN", "available")
                                              and tokens[k + 1].text != "ISBN"):
            return
        if any(out[m].lstrip("^") == "publisher" for m in range(n)):
            return
        # "[Datamängd]. Alnarp: Institutionen för växtskyddsbiologi, SLU. Tillgänglig: …": a place before a colon
        colon = next((m for m in range(i + 3, min(k, i + 6)) if tokens[m].text == ":"), None)
        if colon is not None and not all(t.text[:1].isupper() or t.text == "-" for t in tokens[i + 2:colon]):
            colon = None
        for m in range(i + 2, k):
            out[m] = "publisher" if colon is None or m > colon else ("O" if m == colon else "publisher-place")
        out[i + 1] = "O"  # (the full stop, which the labeler may have joined to the name)
        return


def _percent_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Growth of 50% in R&D spending. J Econ Perspect, 12(3)": a per cent sign is a word of the title, not the
    end of it (the labeler ends the title at "%" and runs the rest into the container up to the journal)."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i].text != "%" or out[i] != "O" or out[i - 1].lstrip("^") != "title" or not tokens[i - 1].text.isdecimal():
            continue
        k = i + 1
        while k < n and out[k].lstrip("^") in ("O", "container-title", "title") and not (
                tokens[k].text == "." and k + 1 < n and tokens[k + 1].space_before):
            k += 1
        if k + 1 < n and tokens[k].text == "." and out[k + 1].lstrip("^") == "container-title" and k - i <= 12:
            for m in range(i, k):
                out[m] = "title"
            out[k] = "O"
            out[k + 1] = "^container-title" if not out[k + 1].startswith("^") else out[k + 1]
        return


def _named_after(tokens: Sequence[Token], out: list[str]) -> None:
    """"Журнал неврологии и психиатрии им. С. С. Корсакова": a journal named after a person (им., імені)
    is one container, not a title, a genre and an author."""
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.text not in ("им", "імені") or i == 0 or out[i].lstrip("^") in ("O", "publisher", "publisher-place"):
            continue  # (a university "им. М.В. Ломоносова" is a publisher, and stays one)
        k = i + 1 + (i + 1 < n and tokens[i + 1].text == ".")
        while k + 1 < n and len(tokens[k].text) == 1 and tokens[k].text.isupper() and tokens[k + 1].text == ".":
            k += 2  # the initials
        if k == i + 1 or k >= n or not (tokens[k].text[:1].isupper() and tokens[k].text.isalpha()):
            continue
        label = out[i].lstrip("^")
        a = i
        while a > 0 and out[a - 1].lstrip("^") == label and tokens[a - 1].text != "/":
            a -= 1  # back to GOST's "//", which the labeler may have run into a title
        if label not in ("container-title", "title", "genre") and not (a >= 2 and tokens[a - 1].text == "/"):
            continue  # names are a container only where GOST puts one, after "//"
        for m in range(a, k + 1):
            out[m] = "container-title"


_BY = frozenset({"by", "par", "von", "di", "da", "por", "door", "av", "przez", "tarafından"})
_BY_WORDS = _BY | {"v"}  # (German "übers. v.")


_PROCEEDINGS_WORDS = frozenset({"proc", "proceedings", "conf", "conference", "symp", "symposium", "workshop"})
_PROCEEDINGS_CASED = frozenset(w for x in _PROCEEDINGS_WORDS for w in (x, x.capitalize(), x.upper()))
_MEETING_WORDS = _PROCEEDINGS_WORDS | {
    "congress", "atti", "convegno", "congresso", "congreso", "congrès", "kongress", "tagung", "jornadas", "simposio",
    "konferencja", "konference", "konferencie", "sborník", "kongre", "sempozyum", "konferansı", "conferência",
    "conferencia", "colloque", "meeting", "annual", "tagungsband", "jahrestagung", "actes", "anais", "memorias",
    "konferenzband", "kongressband", "workshop", "konferencji", "konferencí"}
_MEETING_CASED = frozenset(w for x in _MEETING_WORDS for w in (x, x.capitalize(), x.upper()))


def _proceedings_acronym(tokens: Sequence[Token], out: list[str]) -> None:
    """IEEE: "in Proc. Int. Conf. Comput. Commun. Netw. (ICCCN), Honolulu, HI, USA, 2021": the
    abbreviated name runs to its acronym in brackets, and the place of the meeting follows it. The
    labeler cuts the name at an abbreviation's full stop and calls the rest a volume, an issue or a
    publisher."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if not any(tokens[m].text.lower() in _PROCEEDINGS_WORDS for m in range(a, e)):
            continue
        k = e
        while k < n and k - e < 12 and tokens[k].text != "(" and (
                tokens[k].text == "." or (tokens[k].text[:1].isupper() and len(tokens[k].text) <= 8)):
            k += 1
        close = next((m for m in range(e - 1, a + 3, -1) if tokens[m].text == ")"), None)
        if close is not None and (k >= n or tokens[k].text != "(") and (close == e - 1 or tokens[close + 1].text == ","):
            # "… (ICWSM)" read whole, or with the place after it ("… (ICWSM), Limassol")
            k = next((m for m in range(close - 1, max(a, close - 6), -1) if tokens[m].text == "("), k)
        if k >= n or tokens[k].text != "(":
            return
        q = next((m for m in range(k + 1, min(n, k + 8)) if tokens[m].text == ")"), None)
        if q is None or not (any(tokens[m].text[:1].isupper() for m in range(k + 1, q)) or (
                q - k >= 4 and tokens[q - 2].text in _APOSTROPHES and len(tokens[q - 1].text) == 2)) or any(
                tokens[m].text == "," or (tokens[m].text.isdecimal() and len(tokens[m].text) == 4) for m in range(k + 1, q)):
            return  # an acronym ("(ICC)", "(SmartGridComm)", "(dg.o ’22)"), not the place and year ("(Berlin, 1996)")
        for m in range(a, q + 1):
            out[m] = "container-title"
        # the place: capitalised words and commas up to the date
        p = q + 1
        if p < n and tokens[p].text == ",":
            start = p + 1
            end = start
            while end < n and (tokens[end].text == "," or (tokens[end].text[:1].isupper() and tokens[end].text.isalpha()
                                                            and out[end].lstrip("^") != "issued")
                               or tokens[end].text == "."):
                end += 1  # (to the date: "…, Seoul, South Korea, Jun. 2022")
            while end > start and tokens[end - 1].text in ",.":
                end -= 1
            if end > start and end < n and out[end].lstrip("^") in ("issued", "O") and \
                    all(out[m].lstrip("^") in ("publisher", "publisher-place", "O", "issue", "volume", "container-title",
                                               "title") for m in range(start, end)):
                for m in range(start, end):
                    out[m] = "publisher-place"
                if out[p].lstrip("^") == "title":
                    out[p] = "O"  # (the comma before the place, which the labeler ran into a second title)
        return


_PLACE_LINKS = frozenset({"of", "the", "and", "upon", "de", "del", "am", "an", "sur"})


def _meeting_date_place(tokens: Sequence[Token], out: list[str]) -> None:
    """ACM: "In Proceedings of … (CCS '19), November 11–15, 2019, London, United Kingdom. ACM, New York, NY,
    USA, 15 pages": the meeting's dates and place follow the proceedings' name; the publisher's place comes
    later. The labeler reads the dates as the date of issue and pages ("August 1–6") and the meeting's
    place as the publisher's."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if not any(tokens[m].text.lower() in _MEETING_WORDS for m in range(a, e)):
            continue
        if e + 1 >= n or tokens[e].text not in ",;":
            return
        sep = tokens[e].text
        # the dates: a year, day numbers, month names, dashes ("August 1–6, 2021", "27 May–3 June 2018",
        # NLM's "2022 giu 16-18")
        date_start = k = e + 1
        months = years = 0
        while k < n and k - date_start < 10:
            t = tokens[k].text
            if t.isdecimal() and len(t) == 4 and not years:
                years += 1
            elif "month" in token_features(t):
                months += 1
            elif not ((t.isdecimal() and len(t) <= 2) or t in "-–‑." or (t == "," and sep == ",")):
                break
            k += 1
        while k > date_start and tokens[k - 1].text in ",.":
            k -= 1
        if not months or years != 1:
            return
        date_end = k
        if date_end + 1 >= n or tokens[date_end].text != sep:
            return
        # the place: capitalised words ("Republic of Korea") and commas, closed by a full stop
        start = date_end + 1
        end = start
        while end < n and (tokens[end].text == "," or (tokens[end].text[:1].isupper() and tokens[end].text.isalpha())
                           or (tokens[end].text in _PLACE_LINKS and end > start)):
            end += 1
        if end == start or end >= n or tokens[end].text != "." or not tokens[end - 1].text[:1].isupper():
            return
        for m in range(date_start, date_end):
            out[m] = "event-date"
        out[date_end] = out[end] = "O"
        for m in range(start, end):
            out[m] = "event-place"
        return


def _meeting_place_date_after_container(tokens: Sequence[Token], out: list[str]) -> None:
    """Spanish and Polish proceedings: "En: Actas de las XL Jornadas de la SEPLN, Valladolid, 25-27 sept. 2024, pp.
    77–88. Valladolid: Universidad de Valladolid (2024)": the meeting's place closing the proceedings' name and its
    dates after it are the meeting's, when the book has a year of its own later."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e + 2 >= n or tokens[e].text != "," or not any(tokens[m].text.lower() in _MEETING_WORDS for m in range(a, e)):
            continue
        c = max((m for m in range(a, e) if tokens[m].text == ","), default=None)
        q = e + 1
        while q < n and q - e <= 4 and out[q].lstrip("^") in ("publisher-place", "container-title") \
                and (tokens[q].text.isalpha() or tokens[q].text == "-"):
            q += 1  # "Actes des … Journées Génie côtier, Brest, 10-12 mai 2018, Paris, …": the place read on its own
        if q > e + 1 and q + 1 < n and tokens[q].text == "," and tokens[e + 1].text[:1].isupper():
            c, e = e, q
        d0 = e + 1
        while d0 < e + 3 and out[d0].lstrip("^") in ("O", "page") and (
                (tokens[d0].text.isdecimal() and len(tokens[d0].text) <= 2) or tokens[d0].text in ("-", "–")):
            d0 += 1  # ("21 – 24 czerwca 2022": the first day left outside the date, or read as a page)
        if d0 >= n or out[d0].lstrip("^") != "issued":
            continue
        if c is None or not 1 <= e - c - 1 <= 3 or not tokens[c + 1].text[:1].isupper() \
                or not all(tokens[m].text.isalpha() or tokens[m].text == "-" for m in range(c + 1, e)):
            continue
        d = d0
        while d < n and out[d].lstrip("^") == "issued":
            d += 1
        span = [t.text for t in tokens[e + 1:d]]
        if sum(len(t) == 4 and t.isdecimal() for t in span) != 1 or not any("month" in token_features(t) for t in span) \
                or not any(out[m].lstrip("^") == "issued" for m in range(d, n)):
            continue
        for m in range(c + 1, e):
            out[m] = "event-place"
        for m in range(e + 1, d):
            out[m] = "event-date"
        out[c] = "O"
        return



def _bracketed_in_cue(tokens: Sequence[Token], out: list[str]) -> None:
    """PN-ISO 690: "…, [w:] Materiały XII Konferencji Naukowej „Konstrukcje Zespolone”, Zielona Góra, …": the words
    after "[w:]" ("[in:]") up to the first comma outside quotation marks name the book or proceedings the work is in,
    though the labeler, not knowing the cue in brackets, read them as authors or a second title."""
    n = len(tokens)
    for i in range(1, n - 5):
        if tokens[i].text != "[" or tokens[i + 1].text.lower() not in ("w", "in") or tokens[i + 2].text != ":" \
                or tokens[i + 3].text != "]":
            continue
        s = i + 4
        quotes: list[str] = []  # (the marks open at this point, innermost last)
        e = s
        while e < n and e - s <= 40 and not (tokens[e].text in ",." and not quotes and e > s):
            t = tokens[e].text
            if quotes and t in QUOTE_CLOSERS[quotes[-1]]:
                quotes.pop()
            elif t in QUOTE_CLOSERS:
                quotes.append(t)
            elif t in CLOSING_QUOTES:
                return
            if out[e].lstrip("^") not in ("author", "title", "container-title", "O"):
                return
            e += 1
        if e >= n or tokens[e].text != "," or e - s > 40 or not tokens[s].text[:1].isupper():
            return
        out[i:s] = ["O"] * (s - i)
        out[s:e] = ["container-title"] * (e - s)
        return

# what the rule below needs, in the tokens joined by spaces: a bracket, a word, at most five more tokens, a comma,
# and a year before the next closing bracket
_MEETING_SHAPE = re.compile(r"\( [^\W\d_][^ ]*(?: [^ )]+){0,5} ,(?: [^ )]+)*? \d{4} ")


def _meeting_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """A meeting's place and dates in brackets after the proceedings' title: GOST "// Строительство – 2021 :
    материалы … конференции (Ростов-на-Дону, 15–17 апреля 2021 г.). –", Italian "in Atti del XXV Congresso AIMETA
    (Palermo, 4-8 settembre 2022), Springer, Cham 2023", French "(Lyon, 12-14 mai 2021). Paris : Quae, 2022". The
    place is the meeting's, not the publisher's; the dates are the meeting's when the book has a year of its own."""
    n = len(tokens)
    if not _MEETING_SHAPE.search(" ".join(map(_TEXT, tokens))):
        return  # (most references with brackets and commas)
    for i in _places(tokens, "("):  # (this runs on most references)
        if not 1 <= i < n - 4:
            continue
        before = i - 2 if tokens[i - 1].text in CLOSING_QUOTES and i > 1 else i - 1  # ("… sédiments » (Lyon, …")
        if not (out[before].lstrip("^") in ("container-title", "title") or out[i].lstrip("^") == "container-title"):
            continue
        comma = next((m for m in range(i + 2, min(n, i + 8)) if tokens[m].text == ","), None)
        close = next((m for m in range(i + 1, min(n, i + 20)) if tokens[m].text == ")"), None)
        if comma is None or close is None or comma > close or not tokens[i + 1].text[:1].isupper() \
                or not all(tokens[m].text.isalpha() or tokens[m].text == "-" for m in range(i + 1, comma)):
            continue
        years = [m for m in range(comma + 1, close) if tokens[m].text.isdecimal() and len(tokens[m].text) == 4]
        if len(years) != 1 or not any("month" in token_features(tokens[m].text) for m in range(comma + 1, close)) \
                or not all((t.isdecimal() and len(t) <= 4) or t in ("-", "–", "‑", ".", "г", "de")
                           or "month" in token_features(t) for t in (x.text for x in tokens[comma + 1:close])):
            continue
        for m in range(i + 1, comma):
            out[m] = "event-place"
        own_year = any(out[m].lstrip("^") == "issued" for m in (*range(i), *range(close + 1, n)))
        for m in range(comma + 1, close):
            if own_year or out[m].lstrip("^") != "issued":
                out[m] = "event-date" if tokens[m].text not in ("г", "гг") else "O"
        out[i] = out[comma] = out[close] = "O"
        if before == i - 2 and tokens[i - 1].text == "»" and out[before].lstrip("^") == "container-title" \
                and any(tokens[m].text == "«" for m in range(before)):
            out[i - 1] = "container-title"  # (the name's own closing quote)
        return


_SERIES_WORDS = frozenset({"серия", "сер", "серія", "series", "ser", "série", "seria", "serie", "řada", "sección"})
_SERIES_CASED = frozenset(w for x in _SERIES_WORDS for w in (x, x.capitalize()))


def _journal_series(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST: "// Вестник Московского университета. Серия 15: Вычислительная математика и кибернетика. — 2019":
    a journal's series, its number and its name are the journal's title. The labeler stops the
    container at "Серия" and reads the number as a volume and the name as a title or a publisher."""
    n = len(tokens)
    for _a, e in _runs_of(out, "container-title"):
        if tokens[e - 1].text.lower() not in _SERIES_WORDS:
            continue
        k = e
        if k < n and tokens[k].text == ".":  # "Сер."
            k += 1
        if not (k < n and ((tokens[k].text.isdecimal() and len(tokens[k].text) <= 3)
                           or (len(tokens[k].text) == 1 and tokens[k].text.isupper()))):
            return
        lettered = not tokens[k].text.isdecimal()
        k += 1
        if k < n and tokens[k].text in ":.":
            # the series' name: words and full stops up to the dash or the next field's punctuation
            m = k + 1
            while m < n and (tokens[m].text[:1].isalpha() or (tokens[m].text == "." and m + 1 < n
                                                              and tokens[m + 1].text[:1].isupper())):
                m += 1
            if m > k + 1 and m < n and tokens[m].text in ".,;" and (
                    m + 1 >= n or not tokens[m + 1].text[:1].isalpha()):
                k = m
            elif not lettered:
                return
        elif not lettered:
            return  # "J. Phys.: Conf. Ser. 396 (2012)": the number after an abbreviated series is the volume
        for x in range(e, k):
            out[x] = "container-title"
        return


# what the words of a GOST journal's name may have been read as (never a date, an issue or pages)
_GOST_JOURNAL_READINGS = frozenset({"container-title", "editor", "translator", "title", "O", "volume", "author",
                                    "collection-title", "publisher", "publisher-place", "genre"})


def _gost_journal_whole(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST: the journal after "//" runs to the area's full stop and dash before the year: "// Полис. Политические
    исследования. – 2020. – № 3", "// Известия РАН. Серия географическая. – 2017", "// Известия … университета. Сер.
    2, Гуманитарные науки. – 2020. – Т. 22". The labeler cuts it at a full stop or a comma inside, and reads a piece
    as an editor, a translator, more title, a volume or (a "… журнал") a genre (a book's "// Сборник / под ред. ….
    – М. : Наука" is left)."""
    n = len(tokens)
    s = next((i + 2 for i in range(n - 2) if tokens[i].text == "/" == tokens[i + 1].text
              and not tokens[i + 1].space_before), None)
    if s is None or s >= n or not tokens[s].text[:1].isupper():
        return
    e = next((k for k in range(s + 1, min(n - 2, s + 30)) if tokens[k].text == "." and tokens[k + 1].text in "–—"
              and tokens[k + 1].space_before), None)
    if e is None or out[e + 2].lstrip("^") != "issued" or not _YEAR_TOKEN.fullmatch(tokens[e + 2].text) \
            or any(tokens[m].text in ("/", ";", "[", "(") or out[m].lstrip("^") not in _GOST_JOURNAL_READINGS
                   for m in range(s, e)) \
            or (tokens[s].text in ("В", "In") and s + 1 < n and tokens[s + 1].text in ("кн", ":")):
        return
    if all(out[m].lstrip("^") in ("container-title", "O") for m in range(s, e)) and out[e - 1] != "O":
        return  # (read whole already)
    out[s - 2] = out[s - 1] = "O"
    out[s:e] = ["container-title"] * (e - s)
    out[e] = "O"


def _gbt_editors_after_slashes(tokens: Sequence[Token], out: list[str]) -> None:
    """GB/T 7714's chapter, "乡村治理中的宗族网络[M]//李强, 周晓红. 当代中国社会结构变迁研究. 北京: …": the names between
    the "//" after the document code and the book's title are the book's editors (the labeler reads them as an
    author and a title)."""
    n = len(tokens)
    for i in range(2, n - 3):
        if tokens[i].text != "]" or tokens[i + 1].text != "/" or tokens[i + 2].text != "/" or tokens[i + 1].space_before \
                or tokens[i - 2].text != "[":
            continue
        s = i + 3
        e = next((m for m in range(s, min(n, s + 24)) if tokens[m].text in (".", "．")), None)
        if e is None or e == s or e + 1 >= n or out[e + 1].lstrip("^") != "container-title" \
                or any(t.text[:1].isdigit() for t in tokens[s:e]) \
                or any(out[m].lstrip("^") not in ("author", "title", "editor", "O") for m in range(s, e)):
            return
        for m in range(s, e):
            out[m] = "O" if tokens[m].text in (",", "，", "、") else "editor"
        out[s] = "^editor"
        return


def _gost_journal_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST 7.0.5 without its dashes, "… : атрибуция и датировка // Вестник Санкт-Петербургского университета.
    Искусствоведение. 2019. Т. 9": the labeler ran the title on over the "//" that ends it; what follows the mark is
    the journal, with the series after its full stop when the labeler read that as the journal."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        s = next((k + 2 for k in range(a + 2, e - 2) if tokens[k].text == "/" == tokens[k + 1].text
                  and not tokens[k + 1].space_before), None)
        if s is None or not tokens[s].text[:1].isupper():
            continue
        out[s - 2] = out[s - 1] = "O"
        out[s:e] = ["container-title"] * (e - s)
        if e + 1 < n and tokens[e].text == "." and out[e + 1] == "container-title":
            out[e] = "container-title"
        return


_ROLE_LINKS = frozenset({"v", "von", "by", "par", "di", "por", "door", "av", "przez", "cura"})
_VOLUME_WORDS = frozenset({"bd", "band", "vol", "volume", "t", "tome", "tomo", "deel", "dl", "sv", "cilt", "díl", "teil",
                           "del", "part", "cz", "część", "tom", "bind", "svazek"})


def _editors_after_container(tokens: Sequence[Token], out: list[str]) -> None:
    """German humanities: "In: Handbuch der Briefkultur. Hrsg. v. Helmut Kessler u. Dorothea Brandl. Bd. 2.
    Stuttgart: Metzler 2019, S. 211–234": the book's title, then its editors named by a role word opening
    a sentence, then its volume, place and publisher. The labeler runs them all into the container (or
    calls the title an editor)."""
    n = len(tokens)
    cue = next((i for i in range(n - 1) if tokens[i].text.lower() in ("in", "dans", "en", "w", "v")
                and tokens[i + 1].text == ":"), None)
    if cue is None:
        return
    for r in range(cue + 4, n - 2):
        if tokens[r - 1].text != "." or len(tokens[r].text) < 2 or len(tokens[r - 2].text) < 3 or (
                "t=editor" not in token_features(tokens[r].text.lower()) and tokens[r].text.lower() not in ("hg", "hgg")) \
                or "t=editor" in token_features(tokens[r - 2].text.lower()):
            continue  # a role word opening a sentence: not an initial "A.", not "red. nauk."
        s = r + 1
        while s < n and (tokens[s].text == "." or tokens[s].text.lower() in _ROLE_LINKS):
            s += 1
        e = s
        while e < n and not (tokens[e].text in ".;" and len(tokens[e - 1].text) > 2) and (
                out[e].lstrip("^") not in ("issued", "page", "publisher-place", "publisher")
                or (s > r + 1 and _names_read_as_publisher(out, s, e))):
            e += 1
        words = [t for t in tokens[s:e] if t.text[:1].isalpha()]
        if not words or len(words) > 12 or not tokens[s].text[:1].isupper() or e >= n:
            return
        head = [out[m].lstrip("^") for m in range(cue + 2, r - 1)]
        if not head or any(lab not in ("container-title", "editor", "title", "O") for lab in head) or any(
                "t=editor" in (f := token_features(tokens[m].text.lower())) and "t=and" not in f
                for m in range(cue + 2, r - 1) if len(tokens[m].text) > 1):  # ("und" is a role's term too)
            return  # the head names its own editors ("In: Černá, J. (ed.) Proměny …"): not this form
        for m in range(cue + 2, r - 1):
            out[m] = "container-title"
        out[r - 1] = "O"
        for m in range(r, s):
            out[m] = "O"
        for m in range(s, e):
            out[m] = "editor"
        k = e + 1 if tokens[e].text == "." else e
        if k + 2 < n and tokens[k].text.lower() in _VOLUME_WORDS and tokens[k + 1].text == "." \
                and tokens[k + 2].text.isalnum():
            out[k] = out[k + 1] = "O"
            out[k + 2] = "volume"
            k += 3
            if k < n and tokens[k].text == ".":
                out[k] = "O"
                k += 1
        colon = next((m for m in range(k, min(n, k + 5)) if tokens[m].text == ":"), None)
        if colon is not None and colon > k and all(out[m].lstrip("^") == "container-title" for m in range(k, colon)):
            for m in range(k, colon):
                out[m] = "publisher-place"
            out[colon] = "O"
            m = colon + 1
            while m < n and out[m].lstrip("^") == "container-title":
                out[m] = "publisher"
                m += 1
        return


def _names_read_as_publisher(out: Sequence[str], s: int, e: int) -> bool:
    """"Hrsg. v. Karl Roth u. Eva Sommer. Berlin: …": names right after the role phrase that the labeler read as a
    publisher (the publisher's run starts at them) are names; its run starting later is the imprint's. (The caller
    asks only after a role word with its full stop: "De Gruyter" opens with the Spanish role word "de".)"""
    return out[e].lstrip("^") == "publisher" and all(out[m].lstrip("^") == "publisher" for m in range(s, e + 1))


_IN_WORDS = frozenset({"in", "w", "v", "en", "em", "dans", "в", "i"})
_IN_CASED = frozenset(w for x in _IN_WORDS for w in (x, x.capitalize()))
_IN_OPENERS = _IN_CASED | {"İçinde", "IN", "İÇİNDE"}  # (Turkish "içinde" is no CSL "in" term: it follows its noun)


def _title_after_in_cue(tokens: Sequence[Token], out: list[str]) -> None:
    """"Title, [w:] Polszczyzna jako język obcy. Wybrane zagadnienia, red. …": what follows an "In:" ("[w:]",
    "W:", "V:", "En:", "Dans :", "В:") after the title is the book's title, the container, though the
    labeler calls its first sentence a second title."""
    n = len(tokens)
    for i in range(2, n - 2):
        if tokens[i].text != ":" or tokens[i - 1].text.lower() not in _IN_WORDS or out[i - 1].lstrip("^") != "O":
            continue
        k = i + 1
        if k < n and tokens[k].text == "]":
            k += 1
        if k >= n or not any(out[m].lstrip("^") == "title" for m in range(i - 1)):
            return
        label = out[k].lstrip("^")
        if label == "author":  # "[w:] Postępy robotyki. Materiały XVII Krajowej Konferencji …": no one's name
            e = k
            while e < n and out[e].lstrip("^") == "author":
                e += 1
            if e - k < 3 or not any(len(t.text) >= 4 and t.text.islower() and t.text not in _PARTICLES
                                    for t in tokens[k:e]):
                return
        elif label != "title":
            return
        while k < n and out[k].lstrip("^") == label:
            out[k] = "container-title"
            k += 1
        return


def _publisher_before_collection(tokens: Sequence[Token], out: list[str]) -> None:
    """French notes: "…, 3e éd., Paris, Presses universitaires de France, coll. « Épiméthée », 2011": the words
    between the place and "coll." are the publisher, though the labeler calls them a second title."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i].text != "coll" or tokens[i + 1].text != "." or tokens[i + 2].text != "«":
            continue
        if out[i].lstrip("^") in ("title", "container-title"):
            out[i] = "O"  # the series' cue is no title's word (fields would join it to the title before)
        k = i - 1
        if k >= 0 and tokens[k].text == ",":
            k -= 1
        lab = out[k].lstrip("^") if k >= 0 else ""
        if lab not in ("title", "container-title"):
            return
        a = k
        while a > 0 and out[a - 1].lstrip("^") == lab:
            a -= 1
        before = next((out[m].lstrip("^") for m in range(a - 1, -1, -1) if out[m].lstrip("^") != "O"), "")
        if before in ("publisher-place", "edition") and any(out[m].lstrip("^") == "title" for m in range(a - 1)):
            for m in range(a, k + 1):
                out[m] = "publisher"
            out[i] = "O"
            if out[k + 1].lstrip("^") == lab:
                out[k + 1] = "O"
            return
        # the book, its place and its publisher run together: "(dir.), Patrimoines industriels et territoires,
        # Rennes, PUR, coll. « Histoire »": the piece before the publisher's comma is a place of the dictionary
        commas = [m for m in range(a, k + 1) if tokens[m].text == ","]
        if len(commas) >= 2 and commas[-1] < k:
            c1, c2 = commas[-2], commas[-1]
            place = [t.text for t in tokens[c1 + 1:c2] if t.text != "-"]
            if place and len(place) <= 2 and all(x.isalpha() and x[:1].isupper() and "p" in word_flags(x.lower())
                                                 for x in place):
                out[c1] = out[c2] = "O"
                out[c1 + 1:c2] = ["publisher-place"] * (c2 - c1 - 1)
                out[c2 + 1:k + 1] = ["publisher"] * (k - c2)
                out[i] = "O"
                if out[k + 1].lstrip("^") == lab:
                    out[k + 1] = "O"
        return


def _guillemet_journal(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian humanities: "G. Fabbri, La bonifica del Polesine, «Rivista di storia dell’agricoltura», LX (2020),
    1, pp. 87-112": after an unquoted title, the journal in guillemets, then its volume (often Roman), the
    year in brackets and the issue."""
    n = len(tokens)
    i = next((i for i in range(2, n) if tokens[i].text == "«" and (tokens[i - 1].text == "," or (
        tokens[i - 1].text.lower() == "in" and tokens[i - 2].text == ","))), None)  # ", «Rivista»" or ", in «Atti»"
    if i is None or not any(out[m].lstrip("^") == "title" for m in range(i)):
        return
    j = next((m for m in range(i + 1, min(n, i + 40)) if tokens[m].text == "»"), None)
    if j is None or j == i + 1:
        return
    for m in range(i + 1, j):
        out[m] = "container-title"
    k = j + 1
    if k + 2 < n and tokens[k].text == "," and tokens[k + 2].text == "(" and (
            tokens[k + 1].text.isdecimal() or _ROMAN_UPPER.match(tokens[k + 1].text)):
        vol = k + 1
        out[vol] = "volume"
        # "LX (2020), 1": the number after the bracketed year is the issue
        if vol + 5 < n and tokens[vol + 1].text == "(" and tokens[vol + 3].text == ")" and tokens[vol + 4].text == "," \
                and tokens[vol + 5].text.isdecimal() and out[vol + 2].lstrip("^") == "issued":
            out[vol + 5] = "issue"
    elif k + 4 < n and tokens[k].text == "," and _ROMAN_UPPER.match(tokens[k + 1].text) and tokens[k + 2].text == "," \
            and tokens[k + 3].text.isdecimal() and len(tokens[k + 3].text) <= 3 and tokens[k + 4].text == ",":
        out[k + 1], out[k + 3] = "volume", "issue"  # "«Rassegna …», XV, 2, 2021, pp. 134-47": volume, issue, year


def _container_in_guillemets(tokens: Sequence[Token], out: list[str]) -> None:
    """Guillemets hold one name: "…, in «Danza e ricerca. Laboratorio di studi, scritture, visioni», n. 13", "…, in
    Atti del convegno «Il patrimonio costruito e il rischio», Napoli, …": after "in" (and a title), a name in
    guillemets that the labeler started as a container is the container's whole, and its quoted part when the
    container's words open before the guillemets (the labeler stops at a comma inside, or reads the quoted words as
    more title)."""
    n = len(tokens)
    for i in range(2, n - 2):
        if tokens[i].text != "«":
            continue
        j = next((m for m in range(i + 1, min(n, i + 40)) if tokens[m].text in "«»"), None)
        if j is None or tokens[j].text != "»" or j == i + 1:
            continue
        named = out[i - 1].lstrip("^") == "container-title" and tokens[i - 1].text != ","
        c = i - 1
        while c > 0 and out[c - 1].lstrip("^") == "container-title" and named:
            c -= 1
        cue = c - 1 if named else i - 1
        if cue < 1 or tokens[cue].text.lower() not in ("in", "dans", "en", "em") or tokens[cue - 1].text != "," \
                or not any(out[m].lstrip("^") == "title" for m in range(cue)) \
                or not any(out[m].lstrip("^") == "container-title" for m in range(c if named else i + 1, j)) \
                or any(out[m].lstrip("^") not in ("container-title", "title", "O") for m in range(i + 1, j)):
            continue
        if named:
            out[i:j + 1] = ["container-title"] * (j + 1 - i)
        else:
            out[i + 1:j] = ["container-title"] * (j - i - 1)
        return


def _author_before_year(tokens: Sequence[Token], out: list[str]) -> None:
    """Harvard and APA: "Food and Agriculture Organization of the United Nations (2023) Smallholder …": what
    opens an author-date reference before its bracketed year is its author, however long the name. The
    labeler reads a long corporate name and the title after it as one title when no author is marked."""
    n = len(tokens)
    if any(x.lstrip("^") in ("author", "editor") for x in out):
        return
    a = _first_field(out)
    if a >= n or out[a].lstrip("^") != "title" or not tokens[a].text[:1].isupper():
        return
    p = next((m for m in range(a + 2, min(n - 3, a + 16)) if tokens[m].text == "("), None)
    name_end = p
    if p is not None and p + 6 < n and tokens[p + 2].text == ")" and tokens[p + 3].text == "(" \
            and tokens[p + 1].text[:1].isupper() and _YEAR_TOKEN.fullmatch(tokens[p + 4].text):
        p += 3  # "Bundesamt für Naturschutz (BfN) (2020):": the short name is the author's too
    role = "author"
    if p is not None and p + 6 < n and "t=editor" in token_features(tokens[p + 1].text.lower()) \
            and tokens[p + 2].text in ".)" and (q := next((m for m in range(p + 2, p + 4) if tokens[m].text == ")"), None)) \
            and tokens[q + 1].text == "(":
        # "Bundesanstalt für Geowissenschaften und Rohstoffe (Hrsg.) (2014): Bodenatlas Deutschland": the body edited it
        role, start, p = "editor", p, q + 1
    else:
        start = p
    if p is None or not (_YEAR_TOKEN.fullmatch(tokens[p + 1].text) and tokens[p + 2].text == ")") \
            or any(out[m].lstrip("^") not in ("title", "container-title", "publisher")
                   for m in range(a, min(start, name_end))):
        return
    words = [t.text for t in tokens[a:min(start, name_end)] if t.text[:1].isalpha()]
    if len(words) < 2 or not words[-1][:1].isupper() or (
            sum(1 for w in words if w[:1].isupper()) < 0.6 * len(words)
            and "literal" not in parse_name(_spaced_text(tokens[a:start]))):  # ("Kuratorium für Technik und …")
        return
    if sum(1 for m in range(p + 3, min(n, p + 12)) if out[m].lstrip("^") == "title" and tokens[m].text[:1].isalpha()) \
            < (2 if role == "editor" else 3):
        return  # a title follows the year
    if p + 3 >= n or out[p + 3].lstrip("^") not in ("title", "O"):
        return
    for m in range(a, start):
        out[m] = ("^" + role) if m == a and out[a].startswith("^") else role
    for m in range(start, p):
        out[m] = "O"  # the role in brackets ("(Hrsg.)")
    out[p] = out[p + 2] = "O"
    out[p + 1] = "issued"


_YEAR_TOKEN = re.compile(r"(?:1[5-9]|20)\d\d")
# (the token texts joined by spaces) "61 (2018)": a number, then a year in brackets
_NUMBER_BEFORE_BRACKETED_YEAR = re.compile(r"\d \( (?:1[5-9]|20)\d\d \)")


_NAME_LINKS = frozenset({"de", "du", "des", "del", "della", "di", "of", "for", "and", "et", "y", "e", "für", "und", "van",
                         "voor", "en", "och", "för", "ve", "i", "da", "do", "dos", "das"})


def _corporate_author_with_comma(tokens: Sequence[Token], out: list[str]) -> None:
    """"Agence nationale de sécurité sanitaire de l’alimentation, de l’environnement et du travail. Avis …": a body's
    name that goes on after a comma with a linking word is one author up to its full stop; the labeler ends the
    author at the comma and opens the title with the rest of the name."""
    n = len(tokens)
    if out[0].lstrip("^") != "author" or "title" not in out:
        return
    # (the title's first token, found in C: most references stop at the next test)
    e = min(out.index("title"), out.index("^title") if "^title" in out else len(out)) - 1
    if e < 1 or e + 3 >= n or tokens[e].text != "," or tokens[e + 1].text.lower() not in _NAME_LINKS \
            or not tokens[0].text[:1].isupper() or any(x.lstrip("^") != "author" for x in out[1:e]):
        return
    k = e + 1
    while k < n and out[k].lstrip("^") == "title" and tokens[k].text != ".":
        k += 1
    if k + 1 >= n or tokens[k].text != "." or out[k].lstrip("^") != "title" or k - e > 12 \
            or out[k + 1].lstrip("^") != "title" or "literal" not in parse_name(_spaced_text(tokens[0:k])):
        return
    for m in range(e, k):
        out[m] = "author"
    out[k] = "O"
    out[k + 1] = "^title"


def _second_cjk_body(tokens: Sequence[Token], out: list[str]) -> None:
    """GB/T: "国家卫生健康委员会, 国家市场监督管理总局. 食品安全国家标准 …", Japanese "鈴木健太，高橋誠：GaN HEMT…":
    a second body or person after a comma is an author too, not the title's first words."""
    n = len(tokens)
    a = _first_field(out)
    e = a
    while e < n and out[e].lstrip("^") == "author":
        e += 1
    if e == a or e + 3 >= n or tokens[e].text not in (",", "，", "、") or out[e + 1].lstrip("^") != "title":
        return
    first = parse_name("".join(t.text for t in tokens[a:e]))
    # the names after the comma, each a run of Han characters, separated by further commas ("王芳，刘洋，孙丽娟．"),
    # up to the full stop or colon that ends the list
    k = e
    while True:
        start = k + 1
        k = start
        while k < n and len(tokens[k].text) == 1 and "\u4e00" <= tokens[k].text <= "\u9fff":
            k += 1
        if k >= n - 1 or not 2 <= k - start <= 20 or any(out[m].lstrip("^") != "title" for m in range(start, k)):
            return
        other = parse_name("".join(t.text for t in tokens[start:k]))
        if ("literal" in first) != ("literal" in other) or ("literal" not in first and k - start > 5):
            return  # (two bodies, or two people: "鈴木健太，高橋誠：GaN HEMTにおける…")
        if tokens[k].text in (".", "．", "。", "：", ":"):
            break
        if tokens[k].text not in (",", "，", "、") or out[k].lstrip("^") != "title" or k - e > 60:
            return
    for m in range(e + 1, k):
        out[m] = "author"
    out[k] = "O"
    out[k + 1] = "^title"


def _chinese_translators(tokens: Sequence[Token], out: list[str]) -> None:
    """GB/T 7714's translators: "罗尔斯. 正义论[M]. 何怀宏, 何包钢, 廖申白, 译. 北京: …", "王宇根 译.", and Japanese ones after the
    book's 『』: "『公共性の構造転換』細谷貞雄・山田正行訳，未來社", "松尾精文ほか訳" (ほか: and others): the names before
    "译"/"訳" after the title are its translators, not the imprint's place or a container."""
    n = len(tokens)
    for i in range(3, n):
        if tokens[i].text not in ("译", "譯", "訳") or (i + 1 < n and tokens[i + 1].text not in (".", "。", "．", ",", "，", "）", ")")):
            continue
        # "『記憶の政治学』（佐藤健一訳）みすず書房": the names and their role in brackets after the title
        bracket = i + 1 < n and tokens[i + 1].text in ("）", ")")
        e = i - 1 if tokens[i - 1].text in (",", "，") else i
        others = e >= 2 and tokens[e - 2].text == "ほ" and tokens[e - 1].text == "か"
        if others:
            e -= 2
        a = e
        while a > 0 and (_is_han(tokens[a - 1].text) or tokens[a - 1].text in (",", "，", "、", "·", "・")):
            a -= 1
        names = "".join(t.text for t in tokens[a:e]).replace("，", ",").replace("、", ",").replace("・", ",")
        if a == 0 or a == e or tokens[a - 1].text not in (("（", "(") if bracket else (".", "。", "．", "』", "」")) \
                or not all(2 <= len(x.strip()) <= (8 if "," in names else 30) for x in names.split(",")) \
                or any(out[m].lstrip("^") in ("author", "title") for m in range(a, e)
                       if not (bracket and a >= 2 and tokens[a - 2].text in ("』", "」"))) \
                or not any(out[m].lstrip("^") == "title" for m in range(a)):
            continue  # (the names must stand after the title, as a sentence of their own; in brackets after its 』)
        if bracket:
            out[a - 1] = "O"  # (the title the labeler ran on past its 』 ends there)
            if tokens[a - 2].text in ("』", "」"):
                out[a - 2] = "O"
        spill = bracket and i + 2 < n and out[i + 2].lstrip("^") == "translator"
        # (no begin marker in brackets: a marked field after a dated title would start a new reference)
        out[a:e] = ["translator" if bracket else "^translator"] + ["translator"] * (e - a - 1)
        for m in range(e, min(n, i + 2)):
            out[m] = "O"
        if spill:  # the labeler ran the names on past their bracket, over the publisher that follows it
            k = i + 2
            while k < n and out[k].lstrip("^") == "translator" and tokens[k].text not in ("（", "("):
                out[k] = "publisher"
                k += 1
            while k < n and out[k].lstrip("^") == "translator":
                out[k] = "O"
                k += 1
        if i + 2 < n and out[i + 2].lstrip("^") == out[i + 2] and not bracket:
            out[i + 2] = "^" + out[i + 2]  # (the imprint after it opens a field of its own)
        return


def _is_han(text: str) -> bool:
    return len(text) == 1 and "\u4e00" <= text <= "\u9fff"


def _label_imprint(out: list[str], place: int, colon: int, end: int) -> None:
    """"Place : Publisher" as labels: the words from ``place`` to the colon are the place, the colon nothing, the words
    after it up to ``end`` the publisher."""
    out[place:colon] = ["publisher-place"] * (colon - place)
    out[colon] = "O"
    out[colon + 1:end] = ["publisher"] * (end - colon - 1)


def _vancouver_imprint_as_container(tokens: Sequence[Token], out: list[str]) -> None:
    """"… hivernale [Internet]. Maisons-Alfort : Anses ; 2022 [cité le …]": Vancouver's place and publisher before
    the year after a semicolon, which the labeler read as a container after a title it found."""
    n = len(tokens)
    for i in range(2, n - 3):
        if tokens[i].text != ":" or out[i].lstrip("^") != "container-title" or out[i - 1].lstrip("^") != "container-title":
            continue
        a = i - 1
        while a > 0 and out[a - 1].lstrip("^") == "container-title":
            a -= 1
        e = i + 1
        while e < n and out[e].lstrip("^") == "container-title":
            e += 1
        if a == 0 or tokens[a - 1].text != "." or e + 1 >= n or tokens[e].text != ";" \
                or out[e + 1].lstrip("^") != "issued" or not any(x.lstrip("^") == "title" for x in out[:a]) \
                or i - a > 4 or not all(t.text[:1].isupper() or t.text == "-" for t in tokens[a:i]) or e - i > 8:
            return
        _label_imprint(out, a, i, e)
        return


def _newspaper_after_quoted_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"« À Brest, la deuxième ligne de tramway se fait attendre », Ouest-France, 6 septembre 2022, p. 9.": the name
    after a quoted title and before a day's date is the newspaper, not a place."""
    n = len(tokens)
    for i in range(2, n - 3):
        if tokens[i].text not in CLOSING_QUOTES or out[i - 1].lstrip("^") != "title":
            continue
        a = i + 1
        if a < n and tokens[a].text == ",":
            a += 1
        e = a
        while e < n and out[e].lstrip("^") == "publisher-place":
            e += 1
        if e == a or e + 3 >= n or tokens[e].text != "," or out[e + 1].lstrip("^") != "issued" \
                or not tokens[e + 1].text.isdecimal() or out[e + 2].lstrip("^") != "issued" \
                or not tokens[e + 2].text[:1].isalpha():
            return  # (a day, then a month: a newspaper's issue)
        for m in range(a, e):
            out[m] = "container-title"
        return


def _body_before_title(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver: "World Meteorological Organization. State of the Global Climate 2022 [Internet]. Geneva: WMO;
    2023": a body's name closed by a full stop before a book's or report's title is its author. With no author
    marked, the labeler reads the name and the title as one title; with no title marked, it may read the title's
    first words as the name's ("Institut für Schnee- und Lawinenforschung. Lawinenbulletin Winter 2020 …")."""
    n = len(tokens)
    a = _first_field(out)
    if a >= n or not tokens[a].text[:1].isupper():
        return
    label = out[a].lstrip("^")
    if label != "title" and (label != "author" or "title" in out or "^title" in out):
        return
    e = a + 1
    while e < n and out[e] == label and (tokens[e].text != "." or len(tokens[e - 1].text) == 1):
        e += 1  # (past the full stops of initials: "U.S. Department of …")
    if e + 2 >= n or tokens[e].text != "." or out[e] != label or not tokens[e + 1].space_before:
        return
    words = [t.text for t in tokens[a:e] if t.text[:1].isalpha()]
    if not 2 <= len(words) <= 10 or any(w[:1].islower() and len(w) > 4 for w in words) \
            or not words[-1][:1].isupper() or "literal" not in parse_name(_spaced_text(tokens[a:e])):
        return
    k = e + 1
    while k < n and out[k] == label:
        k += 1
    if sum(1 for m in range(e + 1, k) if tokens[m].text[:1].isalpha()) < 2:
        return  # the name is the whole title
    for m in range(a, e):
        out[m] = "^author" if m == a and out[a].startswith("^") else "author"
    out[e] = "O"
    out[e + 1] = "^title"
    for m in range(e + 2, k):
        out[m] = "title"




def _number_with_year(tokens: Sequence[Token], out: list[str]) -> None:
    """"Bericht Nr. 7/2020": a report's number written with its year is one number (the labeler reads the year as
    a second date), and the kind of report before "Nr." is its genre, not a series."""
    n = len(tokens)
    for i in range(n - 2):
        if out[i].lstrip("^") != "number" or not tokens[i].text.isdecimal() or tokens[i + 1].text != "/" \
                or tokens[i + 1].space_before or tokens[i + 2].space_before or not tokens[i + 2].text.isdecimal() \
                or out[i + 2].lstrip("^") not in ("issued", "O") or (out[i + 2].lstrip("^") == "issued" and not any(
                    out[m].lstrip("^") == "issued" for m in range(n) if m != i + 2)):
            continue
        out[i + 1] = out[i + 2] = "number"
        k = i - 1
        while k > 0 and out[k] == "O" and tokens[k].text in ".:":
            k -= 1
        if k > 0 and tokens[k].text.lower() in NUMBER_WORDS and out[k].lstrip("^") == "collection-title":
            out[k] = "O"
            m = k - 1
            while m >= 0 and out[m].lstrip("^") == "collection-title":
                out[m] = "^genre" if out[m].startswith("^") else "genre"
                m -= 1
        return


def _series_number_with_year(tokens: Sequence[Token], out: list[str]) -> None:
    """"IAB-Forschungsbericht 12/2021", "WSI-Report 51/2019": a report series' number written with its year is one
    number, whatever the labeler called the year (a second date, or nothing)."""
    n = len(tokens)
    for i in range(1, n - 2):
        lab = out[i].lstrip("^")
        if lab not in ("genre", "collection-title", "collection-number") or not tokens[i].text.isdecimal() \
                or len(tokens[i].text) > 4 or tokens[i + 1].text != "/" or tokens[i + 1].space_before \
                or tokens[i + 2].space_before or not _YEAR_TOKEN.fullmatch(tokens[i + 2].text) \
                or out[i + 1].lstrip("^") != "O" or out[i + 2].lstrip("^") not in ("issued", "O") \
                or not tokens[i - 1].text[:1].isalpha() or out[i - 1].lstrip("^") != lab \
                or (out[i + 2].lstrip("^") == "issued" and not any(out[m].lstrip("^") == "issued" for m in range(i))):
            continue
        out[i + 1] = out[i + 2] = lab
        return


def _japanese_series_number(tokens: Sequence[Token], out: list[str]) -> None:
    """"『日本の将来推計人口』人口問題研究資料第347号.": the words between a book's 』 and "第N号" closing the reference
    are its series and N the series' number, not a publisher or a journal and its issue (a journal's issue
    follows its own 』: "『東京大学紀要』第12号, pp. 1-20")."""
    n = len(tokens)
    for i in range(2, n - 2):
        if not tokens[i].text.endswith("第") or not tokens[i + 1].text.isdecimal() or tokens[i + 2].text != "号" \
                or any(t.text[:1].isalnum() for t in tokens[i + 3:]):
            continue
        s = i
        while s > 0 and tokens[s - 1].text not in ("』", "」", ",", "，", "、", "。", ".", "）", ")") \
                and out[s - 1].lstrip("^") in ("container-title", "publisher", "collection-title", "O"):
            s -= 1
        if s == 0 or tokens[s - 1].text != "』" or (s == i and tokens[i].text == "第") \
                or any(lab.lstrip("^") in ("page", "volume") for lab in out):
            return
        e = i if tokens[i].text == "第" else i + 1
        out[s:e] = ["collection-title"] * (e - s)
        out[e:i + 1] = ["O"] * (i + 1 - e)
        out[i + 1] = "collection-number"
        out[i + 2] = "O"
        return


# (lower-case pieces of every word of _REPORT_WORD, whatever its case: tested in C before the regex)
_REPORT_STEMS = ("port", "apor", "richt", "licatie", "aper", "nforme", "lató")
_REPORT_WORD = re.compile(r"(?i)(?:report|rapport|rapor|bericht|publicatie|paper|raport|rapporto|informe|relatório)")
_REPORT_IN_BRACKETS = re.compile(
    r"(?P<words>(?:[A-Z][\w]*\s?-\s?)?(?:\w+\s+){0,2}?\w*(?:report|rapport|rapor|bericht|publicatie|"
    r"paper|raport|rapporto|informe|relatório)s?)\.?\s*(?:(?:no|nr|n[°º]|núm|num|number)\s?\.?\s*)?"
    r"(?P<num>(?:[A-Z]{2,6}\s)?[\w/.:-]*\d[\w/.:-]*(?:\s[A-Z]+\s?\d+)?)", re.I)  # ("Rapport WSRL 2020-07")


def _report_number_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA: "… bus depots in mid-sized U.S. cities (Report No. NREL/TP-5400-78812). National Renewable Energy
    Laboratory.", "… evaluatie van de normering (TNO-rapport 2022 R11482).": the brackets closing a report's
    title hold its number, after the kind of report (with the body's name joined: "TNO-rapport"), which the
    labeler reads as part of the title."""
    n = len(tokens)
    for o in range(2, n - 3):
        if tokens[o].text != "(" or out[o - 1].lstrip("^") != "title" or out[o] not in ("title", "O"):
            continue
        c = next((m for m in range(o + 2, min(n, o + 14)) if tokens[m].text in "()"), None)
        if c is None or tokens[c].text != ")" or (c + 1 < n and tokens[c + 1].text not in (".", ",")):
            continue
        base = tokens[o + 1].start
        inner = _spaced_text(tokens[o + 1:c])
        m = _REPORT_IN_BRACKETS.fullmatch(inner)
        if m is None or any(out[k].lstrip("^") not in ("title", "O", "accessed", "issued", "number", "genre",
                                                           "page", "volume", "issue", "collection-number")
                            for k in range(o + 1, c)):
            continue
        words_end, num_start = base + m.end("words"), base + m.start("num")
        kind = "genre"  # (APA prints genre and number as they were: "(RIVM-rapport 2022-0143)")
        for k in range(o + 1, c):
            start = tokens[k].start
            out[k] = kind if start < words_end else ("number" if start >= num_start else "O")
        out[o + 1] = "^" + kind
        out[o] = out[c] = "O"
        return


# what an edition statement says of itself after its number: "2e éd. revue et corrigée", "3rd edn, revised and
# enlarged", "2. Aufl., überarbeitete", "wyd. 2 popr. i uzup.", "2.ª ed. revisada y aumentada"
def _adopted_standard_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """DIN's adopted standards, "…, Bodenbeschaffenheit – Bestimmung der Trockenrohdichte (ISO 11272:2017); Deutsche
    Fassung EN ISO 11272:2017. Berlin": the standard it adopts, in brackets after the title, is the title's, not a
    date of the original (the version's note after it is no field: ``_standard_statements``)."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        # the bracket opens after the title, or the labeler took its first pieces into it
        k = next((m for m in range(max(a + 1, e - 6), min(n - 2, e + 1)) if tokens[m].text == "("
                  and tokens[m + 1].text in STANDARD_BODIES), None)
        if k is None:
            continue
        c = next((m for m in range(k + 2, min(n, k + 10)) if tokens[m].text == ")"), None)
        if c is None or c < e or any(out[m].lstrip("^") not in _ADOPTED_READINGS for m in range(e, c + 1)):
            return
        out[k:c + 1] = ["title"] * (c + 1 - k)
        return


# what the labeler reads an adopted standard's designation and year as
_ADOPTED_READINGS = frozenset({"O", "title", "original-date", "issued", "accessed", "number", "page"})


# the edition's words as a token shows them, lower-case and capitalised ("Vyd", "wyd", "Aufl")
_EDITION_WORD_BEFORE = frozenset(x for w in EDITION_WORDS.split("|") for x in (w, w[:1].upper() + w[1:]))


def _publisher_abbreviation_read_as_edition(tokens: Sequence[Token], out: list[str]) -> None:
    """Polish "Wyd. Uniwersytetu Ekonomicznego, Kraków 2019": "Wyd." before a capitalised genitive is the publishing
    house's abbreviated name (Wydawnictwo), not an edition's word (that is "wyd. 2")."""
    n = len(tokens)
    for i in range(n - 2):
        if tokens[i].text in ("Wyd", "Wydaw", "Wydawn") and out[i].lstrip("^") == "edition" and tokens[i + 1].text == "." \
                and out[i + 2].lstrip("^") == "publisher" and tokens[i + 2].text[:1].isupper():
            out[i] = "^publisher" if out[i].startswith("^") else "publisher"
            out[i + 1] = out[i + 2] = "publisher"
            return


# (or read as the next entry's number: "Vyd. 2. Brno: Host")
_NUMBER_AFTER_EDITION_WORD = frozenset({"O", "citation-number", "^citation-number"})


def _meeting_ordinal_read_as_edition(tokens: Sequence[Token], out: list[str]) -> None:
    """"… dijitalleştirilmesi. 5. Uluslararası Müzecilik Sempozyumu Bildiriler Kitabı içinde (s. 77-89)": the ordinal
    read as an edition and the proceedings' name, up to "içinde" ("in", after its noun), read as a second title are
    the container (`_ordinal_opening_container` reads the form when the labeler found the container)."""
    n = len(tokens)
    for a, e in _runs_of(out, "edition"):
        if e - a != 1 or not tokens[a].text.isdecimal() or len(tokens[a].text) > 2 or e + 1 >= n \
                or tokens[e].text != "." or out[e] != "O" or not tokens[e + 1].text[:1].isupper() \
                or out[e + 1].lstrip("^") != "title" or a < 1 or tokens[a - 1].text != "." \
                or any(t.text in _EDITION_WORD_BEFORE for t in tokens):
            continue
        k = e + 1
        while k < n and out[k].lstrip("^") == "title" and tokens[k].text != "içinde":
            k += 1
        if k >= n or tokens[k].text != "içinde":
            return
        out[a:k] = ["container-title"] * (k - a)
        out[k] = "O"
        while k + 1 < n and out[k + 1].lstrip("^") == "title" and (
                not tokens[k + 1].text[:1].isalnum() or tokens[k + 1].text in ("s", "ss", "S", "pp", "p")):
            k += 1
            out[k] = "O"  # ("içinde (s. 77-89)": the bracket and the page word before the pages)
        return


def _edition_number_read_as_volume(tokens: Sequence[Token], out: list[str]) -> None:
    """"Bröderna Lejonhjärta. 2. utg. Stockholm: …", "3. Aufl.": the number before an edition's word, which the labeler
    read as a volume (and the word as nothing), is the edition."""
    n = len(tokens)
    for i in range(1, n - 3):
        if out[i].lstrip("^") in ("volume", "issue") and tokens[i].text.isdecimal() and len(tokens[i].text) <= 2 \
                and tokens[i + 1].text == "." and tokens[i + 2].text in _EDITION_WORD_BEFORE and out[i + 2] == "O" \
                and tokens[i + 3].text in ".," and tokens[i - 1].text == ".":
            out[i:i + 3] = ["edition"] * 3
            return


def _edition_number_after_word(tokens: Sequence[Token], out: list[str]) -> None:
    """Czech and Polish imprints, "Vyd. 1. Praha: Academia", "Wyd. 3. Warszawa": the labeler took the edition's word
    and left its number; the number after the word's full stop is the edition's."""
    n = len(tokens)
    for i in range(n - 2):
        if out[i].lstrip("^") == "edition" and tokens[i].text in _EDITION_WORD_BEFORE and tokens[i + 1].text == "." \
                and out[i + 2] in _NUMBER_AFTER_EDITION_WORD and tokens[i + 2].text.isdecimal() and len(tokens[i + 2].text) <= 2 \
                and (i + 3 >= n or tokens[i + 3].text in (".", ",")):
            out[i + 1] = out[i + 2] = "edition"
            return


_EDITION_QUALIFIERS = frozenset({
    "revue", "corrigée", "augmentée", "refondue", "revised", "enlarged", "expanded", "updated", "corrected",
    "riveduta", "ampliata", "aggiornata", "corretta", "corregida", "aumentada", "revisada", "actualizada", "ampliada",
    "überarbeitete", "erweiterte", "aktualisierte", "durchgesehene", "verbesserte", "popr", "poprawione", "uzup",
    "uzupełnione", "přeprac", "přepracované", "doplněné", "rozšířené", "испр", "доп", "перераб", "herziene",
    "reviderade", "utökade"})
_QUALIFIER_LINKS = AND_WORDS | {"."}


def _edition_qualifiers(tokens: Sequence[Token], out: list[str]) -> None:
    """"Recherches sur la liberté humaine, 2e éd. revue et corrigée, Chatou, …", "2e éd. revue et augmentée. Paris :
    …": the words that qualify an edition after its number belong to no other field (the labeler made "revue et
    corrigée" a container)."""
    n = len(tokens)
    e = next(m for m in range(n) if out[m].lstrip("^") == "edition")
    while e < n and out[e].lstrip("^") == "edition":
        e += 1
    k = e + 1 if e < n and tokens[e].text in (".", ",") else e
    a = k
    while k < n and (tokens[k].text in _EDITION_QUALIFIERS or tokens[k].text in _QUALIFIER_LINKS):
        k += 1
    if k > a and any(tokens[m].text in _EDITION_QUALIFIERS for m in range(a, k)) and (
            k == n or tokens[k].text in ",;:" or tokens[k - 1].text == "."):  # (a full stop ends them: "augmentée. Paris")
        for m in range(a, k):
            out[m] = "O"


def _body_opening_as_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """Harvard and APA: "Department for Education (2019) Realising the potential … London: DfE.": the body opening
    the reference, before its date and title, is its author, though the labeler read it as a publisher."""
    n = len(tokens)
    a = _first_field(out)
    if a >= n or out[a].lstrip("^") != "publisher":
        return
    e = a
    while e < n and out[e].lstrip("^") == "publisher":
        e += 1
    after = next((out[m].lstrip("^") for m in range(e, n) if out[m] != "O"), "")
    if after not in ("issued", "title") or not any(out[m].lstrip("^") == "title" for m in range(e, n)):
        return
    out[a] = "^author"
    for m in range(a + 1, e):
        out[m] = "author"


def _nlm_journal_qualifier(tokens: Sequence[Token], out: list[str]) -> None:
    """NLM: "Ann Cardiol Angeiol (Paris). 2020;69(5):290-6.": the place in brackets after a journal's abbreviation is
    part of its name (the catalogue's qualifier), not a place of publication."""
    n = len(tokens)
    for _a, e in _runs_of(out, "container-title"):
        if e + 4 >= n or tokens[e].text != "(" or tokens[e].space_before is False:
            continue
        c = next((m for m in range(e + 2, min(n, e + 4)) if tokens[m].text == ")"), None)
        if c is None or c + 2 >= n or tokens[c + 1].text != "." or out[c + 2].lstrip("^") != "issued" \
                or not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens[e + 1:c]):
            continue
        for m in range(e, c + 1):
            out[m] = "container-title"
        return


def _series_in_closing_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """French and Italian books: "…, Chatou, Éditions de la Transparence, 2019 (Philosophie).": a series in brackets
    after the year closing the reference, which the labeler left outside every field or took for an author."""
    n = len(tokens)
    close = n - 1 if tokens[-1].text == ")" else n - 2
    if close < n - 1 and tokens[-1].text != ".":
        return
    a = close - 1
    while a > 0 and tokens[a].text != "(" and close - a < 12:
        a -= 1
    if tokens[a].text != "(" or a + 1 >= close or out[a - 1].lstrip("^") != "issued" \
            or not tokens[a + 1].text[:1].isupper() \
            or any(out[m].lstrip("^") not in ("O", "author", "container-title", "title") for m in range(a + 1, close)) \
            or any(out[m].lstrip("^") == "container-title" for m in range(a)) \
            or not any(out[m].lstrip("^") == "title" for m in range(a)) \
            or not all(t.text.isalpha() or t.text.isdecimal() or t.text in ",.;'’-" for t in tokens[a + 1:close]):
        return
    out[a + 1] = "^note"
    for m in range(a + 2, close):
        out[m] = "note"
    out[close] = "O"


_SERIES_NUMBER_WORDS = frozenset({"Bd", "Band", "Nr", "Heft", "H", "Vol", "vol", "No", "no", "n", "t", "sv", "Sv"})


def _series_after_equals_sign(tokens: Sequence[Token], out: list[str]) -> None:
    """German and Slavic books: "…, Berlin 1999 (= Studien zur Geschichte, Bd. 12).", "…, Skopje, 1999 (= Stari
    tekstovi, VII).": the bracket opened by "=" after the imprint names the series the book is in, then its number;
    the labeler, not knowing the sign, reads the series as a second title and the number as a page or a journal."""
    n = len(tokens)
    for i in range(2, n - 3):
        if tokens[i].text != "(" or tokens[i + 1].text != "=" \
                or not any(out[m].lstrip("^") in ("issued", "publisher", "publisher-place") for m in range(i)):
            continue
        c = next((m for m in range(i + 3, min(n, i + 24)) if tokens[m].text == ")"), None)
        if c is None or not tokens[i + 2].text[:1].isupper():
            return
        k = c - 1  # the number, its word ("Bd.") and the separator before it, from the end
        num = k if tokens[k].text.isdecimal() or _ROMAN_NUMBER.fullmatch(tokens[k].text) else None
        if num is not None:
            k -= 1
            if tokens[k].text == "." and tokens[k - 1].text in _SERIES_NUMBER_WORDS:
                k -= 2
            elif tokens[k].text in _SERIES_NUMBER_WORDS:
                k -= 1
            if tokens[k].text in ",;":
                k -= 1
        end = k + 1 if num is not None else c
        if end <= i + 2 or any(out[m].lstrip("^") in ("author", "editor", "URL", "DOI") for m in range(i + 2, c)):
            return
        out[i] = out[i + 1] = out[c] = "O"
        out[i + 2] = "^collection-title"
        for m in range(i + 3, c):
            out[m] = "collection-title" if m < end else "O"
        if num is not None:
            out[num] = "collection-number"
        return


def _book_read_as_editors(tokens: Sequence[Token], out: list[str], end: int) -> tuple[int, int] | None:
    """"in: Stadt und Handwerk im Wandel, hrsg. von Maria Kern": (first, end) of the words between "in:" and ", hrsg.
    von" when the labeler read them as editors (the role phrase after them names the editors that follow it)."""
    for i in range(1, end - 5):
        if out[i] != "O" or tokens[i].text not in _IN_CASED or tokens[i + 1].text != ":" \
                or out[i + 2].lstrip("^") != "editor":
            continue
        k = i + 2
        while k < end and out[k].lstrip("^") == "editor":
            k += 1
        if k + 3 < end and tokens[k].text == "," and tokens[k + 1].text in ("hrsg", "hg", "Hrsg", "Hg") \
                and tokens[k + 2].text == "." and tokens[k + 3].text in ("v", "von"):
            return i + 2, k
        return None
    return None


def _series_after_chapter_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """German historians' chapters: "…, in: Handwerk und Stadt, hrsg. von Ulrike Brandt, Köln/Weimar/Wien 2008
    (Städteforschung, Reihe A, Bd. 74), S. 77–98.": the brackets after the book's imprint year hold its series and
    number. The labeler reads the series as a second title (which runs the chapter's title over the whole
    "in:" clause), "Reihe A" as a container and the number as an issue or a volume."""
    n = len(tokens)
    for b in range(3, n - 4):
        if tokens[b].text != "(" or out[b - 1].lstrip("^") != "issued" or not _YEAR_TOKEN.fullmatch(tokens[b - 1].text) \
                or out[b - 2].lstrip("^") not in ("publisher-place", "publisher"):
            continue
        c = next((m for m in range(b + 1, min(n, b + 24)) if tokens[m].text in "()"), None)
        if c is None or tokens[c].text != ")" or not tokens[c - 1].text.isdecimal() or len(tokens[c - 1].text) > 5:
            return
        book = _book_read_as_editors(tokens, out, b)
        if not ((book or any(out[m].lstrip("^") == "container-title" for m in range(b)))
                and any(out[m].lstrip("^") == "title" for m in range(b))) \
                or (c + 1 < n and tokens[c + 1].text not in (",", ".", ";")) \
                or any(out[m].lstrip("^") in ("page", "issued", "publisher", "publisher-place") for m in range(b + 1, c)):
            return
        k = c - 1  # the number; a word for it before ("Bd. 74") is neither name nor number
        if k - 2 > b and tokens[k - 1].text == "." and tokens[k - 2].text in _SERIES_NUMBER_WORDS:
            k -= 2
        e = k - 1 if tokens[k - 1].text in (",", ";") else k
        if e <= b + 1 or not tokens[b + 1].text[:1].isupper():
            return
        if book:
            out[book[0]:book[1]] = ["container-title"] * (book[1] - book[0])
        out[b] = out[c] = "O"
        out[b + 1:e] = ["collection-title"] * (e - b - 1)
        out[e:c - 1] = ["O"] * (c - 1 - e)
        out[c - 1] = "collection-number"
        return


def _publisher_read_as_author(tokens: Sequence[Token], out: list[str]) -> None:
    """"… 3., přeprac. vyd. Praha: C. H. Beck, 2020.": the name after the place's colon, before the year, is the
    publisher however much it looks like a person's (initials and a surname): the authors open the reference,
    before its title."""
    n = len(tokens)
    for i in range(2, n - 2):
        # (French notes put a comma there: "…, Genève, Droz, 1969, 2 vol.")
        if tokens[i].text not in (":", ",") or out[i - 1].lstrip("^") != "publisher-place" \
                or out[i + 1].lstrip("^") != "author":
            continue
        e = i + 1
        while e < n and out[e].lstrip("^") == "author":
            e += 1
        y = e + 1 if e < n and tokens[e].text == "," else e
        if y >= n or out[y].lstrip("^") != "issued" or e - i > 8 \
                or not any(out[m].lstrip("^") == "title" for m in range(i)):
            return
        out[i + 1:e] = ["publisher"] * (e - i - 1)
        return


def _discipline_before_university(tokens: Sequence[Token], out: list[str]) -> None:
    """French theses (ISO 690), "Thèse de doctorat : Droit privé : Université de Bordeaux : 2020": the discipline
    between the kind of thesis and the university is neither's; the labeler runs it into the publisher."""
    n = len(tokens)
    g = _first(out, "genre")
    if g is None:
        return
    while g + 1 < n and out[g + 1].lstrip("^") == "genre":
        g += 1
    if g + 2 >= n or tokens[g + 1].text != ":" \
            or out[g + 2].lstrip("^") not in ("publisher", "title", "container-title", "note") \
            or not is_thesis_genre(_spaced_text(tokens[_first(out, "genre"):g + 1])):
        return
    c = next((m for m in range(g + 3, min(n, g + 10)) if tokens[m].text == ":"), None)
    if c is None or c + 1 >= n or out[c + 1].lstrip("^") != "publisher" \
            or any(out[m].lstrip("^") != out[g + 2].lstrip("^") for m in range(g + 2, c)) \
            or not UNIVERSITY.search(tokens[c + 1].text) or UNIVERSITY.search(_spaced_text(tokens[g + 2:c])):
        return
    out[g + 2:c + 1] = ["O"] * (c + 1 - g - 2)
    out[c + 1] = "^publisher" if out[c + 1].startswith("^") else "publisher"


def _imprint_after_thesis_genre(tokens: Sequence[Token], out: list[str]) -> None:
    """Swedish and German theses: "Titel. Diss. Uppsala: Sveriges lantbruksuniversitet. (Acta …)", "Titel. Diss.
    Berlin: Freie Universität, 2019": the "Place: Name" sentence after the thesis statement is its imprint (the
    university), which the labeler runs into the title."""
    n = len(tokens)
    g = _first(out, "genre")
    if g is None or not any(out[m].lstrip("^") == "title" for m in range(g)):
        return
    while g + 1 < n and out[g + 1].lstrip("^") == "genre":
        g += 1
    j = g + 2 if g + 1 < n and tokens[g + 1].text == "." else g + 1
    colon = next((m for m in range(j + 1, min(n, j + 5)) if tokens[m].text == ":"), None)
    if colon is None or not all(t.text[:1].isupper() or t.text == "-" for t in tokens[j:colon]) \
            or not all(t.text.isalpha() or t.text == "-" for t in tokens[j:colon]):
        return
    e = colon + 1
    while e < n and not (tokens[e].text in ".," and (e + 1 >= n or tokens[e + 1].space_before)):
        e += 1
    if e == colon + 1 or e - colon > 9 or not tokens[colon + 1].text[:1].isupper() or any(
            out[m].lstrip("^") not in ("title", "O", "container-title", "note", "genre", "publisher-place")
            for m in range(j, e)):
        return
    out[j:colon] = ["publisher-place"] * (colon - j)
    out[colon] = "O"
    out[colon + 1:e] = ["publisher"] * (e - colon - 1)
    if tokens[g + 1].text == ".":
        out[g + 1] = "O"


def _imprint_before_page_count(tokens: Sequence[Token], out: list[str]) -> None:
    """ABNT and ISO 690 books: "… Rio de Janeiro: IBGE, 2022. 154 p. (Estudos e pesquisas. …, n. 49).": a place, a
    colon and a publisher before the year that a page count follows are the book's imprint, though the labeler
    (seeing a series, a number and a volume-like count) read them as a journal; the count is no volume."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        c = next((m for m in range(a, e) if tokens[m].text == ":"), None)
        y = e + 1
        if c is None or c == a or c + 1 >= e or y + 3 >= n or tokens[e].text != "," \
                or out[y].lstrip("^") != "issued" or not _YEAR_TOKEN.fullmatch(tokens[y].text) \
                or tokens[y + 1].text != "." or not tokens[y + 2].text.isdecimal() \
                or tokens[y + 3].text.lower() not in _PAGE_UNITS \
                or (a > 1 and tokens[a - 2].text.lower() in _IN_WORDS) or not tokens[a].text[:1].isupper() \
                or not tokens[c + 1].text[:1].isupper() or e - c - 1 > 6 or c - a > 4 \
                or not all(t.text.isalpha() or t.text == "-" for t in tokens[a:c]) \
                or not any(out[m].lstrip("^") == "title" for m in range(a)):
            continue
        out[a:c] = ["publisher-place"] * (c - a)
        out[c] = "O"
        out[c + 1:e] = ["publisher"] * (e - c - 1)
        if out[y + 2].lstrip("^") in ("volume", "issue", "page"):
            out[y + 2] = "O"
        return


def _series_after_chapter_pages(tokens: Sequence[Token], out: list[str]) -> None:
    """ČSN ISO 690 chapters: "… Brno: Masarykova univerzita, 2022, s. 55–79. Spisy Právnické fakulty MU, sv. 782.
    ISBN …": the sentence after the pages of a chapter in a published book, a name and a numbered volume, is the
    book's series (the labeler reads it as a second container and its number as a volume)."""
    n = len(tokens)
    p = max(i for i in range(n) if out[i].lstrip("^") == "page")
    a = p + 2
    if a >= n or tokens[p + 1].text != "." or not tokens[a].text[:1].isupper() or not tokens[a].text.isalpha() \
            or not any(out[m].lstrip("^") == "container-title" for m in range(p)) \
            or not any(out[m].lstrip("^") in ("publisher", "publisher-place") for m in range(p)):
        return
    e = a
    while e < n and (tokens[e].text.isalpha() or tokens[e].text in "-–&'’") \
            and out[e].lstrip("^") in ("container-title", "title", "note", "O", "collection-title"):
        e += 1
    k = e + 1  # ", sv. 782": the series' number after its word
    if e - a > 14 or e + 3 >= n or tokens[e].text not in ",;" or not (
            tokens[k].text in _SERIES_NUMBER_WORDS or tokens[k].text.lower() in NUMBER_WORDS) \
            or tokens[k + 1].text != "." or not tokens[k + 2].text.isdecimal() \
            or (k + 3 < n and tokens[k + 3].text not in ".,;") \
            or any(term_classes(t.text.lower()) for t in tokens[a:e] if len(t.text) > 2 and t.text[:1].islower()):
        return
    out[a:e] = ["collection-title"] * (e - a)
    out[e:k + 2] = ["O"] * (k + 2 - e)
    out[k + 2] = "collection-number"


def _place_in_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """"Cruz das Almas: EDUFRB, 2019", "Maisons-Alfort : Anses ; 2020": the labeler read the whole imprint as the
    publisher; one to four capitalised words before its colon are the place (when the reference names none)."""
    for a, e in _runs_of(out, "publisher"):
        c = next((m for m in range(a + 1, e - 1) if tokens[m].text == ":"), None)
        if c is None or c - a > 6 or (a > 0 and tokens[a - 1].text == ":") \
                or not all(t.text[:1].isupper() or t.text in ("-", "'", "’") or (t.text.islower() and len(t.text) <= 3)
                           for t in tokens[a:c]) \
                or not tokens[a].text[:1].isupper() or sum(t.text[:1].isupper() for t in tokens[a:c]) > 4 \
                or any(UNIVERSITY.search(t.text) or t.text.lower() in PUBLISHER_WORDS for t in tokens[a:c]) \
                or not tokens[c + 1].text[:1].isalnum():
            continue
        out[a:c] = ["publisher-place"] * (c - a)
        out[c] = "O"
        out[c + 1] = "publisher"
        return


# the words before a series' number in ČSN ISO 690 ("svazek 41", "sv. 8", "č. 12")
_SERIES_VOLUME_WORDS = frozenset({"svazek", "sv", "Sv", "č", "nr", "Nr", "no", "No", "n", "vol", "Vol", "t", "Bd"})


def _series_after_book_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """ČSN ISO 690 books: "… Praha: Academia, 2017. Příroda, 36. ISBN …", "… Praha: NLN, 2019. 412 stran. Česká
    historie; svazek 41.": the sentence after the imprint's year (or the page count after it), a name and a number,
    at the end or before the ISBN, is the book's series. The labeler reads the name as a publisher, a container or
    a note, and the number as a date, a volume or more note."""
    n = len(tokens)
    y = next((i for i in range(n - 3, 0, -1) if out[i].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[i].text)
              and tokens[i + 1].text == "."), None)
    if y is None or not any(out[m].lstrip("^") == "publisher" for m in range(y)) \
            or any(out[m].lstrip("^") in ("volume", "issue", "page") for m in range(y)):
        return
    a = y + 2
    if a + 1 < n and tokens[a].text.isdecimal() and tokens[a + 1].text.lower() in _PAGE_UNITS:
        a += 2  # "412 stran.", "256 s."
        if a < n and tokens[a].text == ".":
            a += 1
    if a >= n or not tokens[a].text[:1].isupper() or not tokens[a].text.isalpha() or tokens[a].text in ("ISBN", "ISSN"):
        return
    e = a
    while e < n and (tokens[e].text.isalpha() or tokens[e].text in "-–&'’") \
            and out[e].lstrip("^") in ("container-title", "title", "note", "O", "collection-title", "publisher",
                                       "publisher-place"):
        e += 1
    if e == a or e - a > 14 or e + 2 >= n or tokens[e].text not in ",;" \
            or any(term_classes(t.text.lower()) for t in tokens[a:e] if len(t.text) > 2 and t.text[:1].islower()):
        return
    k = e + 1
    if tokens[k].text in _SERIES_VOLUME_WORDS:
        k += 2 if k + 1 < n and tokens[k + 1].text == "." else 1
    if k >= n or not tokens[k].text.isdecimal() or len(tokens[k].text) > 4 \
            or (k + 1 < n and tokens[k + 1].text != ".") \
            or (k + 2 < n and tokens[k + 2].text not in ("ISBN", "ISSN", "DOI", "URL", "Dostupné", "Available")):
        return
    out[a:e] = ["collection-title"] * (e - a)
    out[e:k] = ["O"] * (k - e)
    out[k] = "collection-number"


# words that make a bracket after the imprint something else than a series: a role, an access or a publication
# state ("(Hrsg.)", "(Online)", "(In press)"); one word of any CSL term class ("(Report)", "(Spring)") is no name
NOT_SERIES_CLASSES = frozenset({"editor", "translator", "accessed", "available", "nodate", "version", "etal"})
_SERIES_NUMBER_LINKS = frozenset(",;:/-–")


def _series_number_at(tokens: Sequence[Token], lo: int, c: int) -> int:
    """The first token of the series number closing ``tokens[lo:c]`` ("…, n. 12", "… 158", "…, 2019:42"), or ``c``
    when the brackets close on a word. A year alone ("(Original work published 1950)") is no series number."""
    k = c - 1
    if k <= lo or not tokens[k].text.isdecimal():
        return c
    while k - 2 >= lo and tokens[k - 1].text in ":/" and tokens[k - 2].text.isdecimal() \
            and not tokens[k - 1].space_before and not tokens[k].space_before:
        k -= 2  # "2019:42", "12/2021"
    worded = k - 2 >= lo and tokens[k - 1].text == "." and (
        tokens[k - 2].text in _SERIES_NUMBER_WORDS or tokens[k - 2].text.lower() in NUMBER_WORDS)
    if k == c - 1 and _YEAR_TOKEN.fullmatch(tokens[k].text) and not worded:
        return c
    return k - 2 if worded else k


def _series_in_brackets_after_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """ABNT, ISO 690 and German books: "… Belo Horizonte: FJP, 2021. 98 p. (Estudos e pesquisas. Série habitação,
    n. 12).", "… 2016. 254 p. (Sociétés).", "Köln: Böhlau 2015 (Rheinisches Archiv 158)", "Diss. Uppsala: SLU.
    (Acta Universitatis agriculturae Sueciae, 2019:42).": words in brackets after the imprint's year, publisher or
    page count are the book's series, and a number closing them its number. The labeler reads a series name
    holding a full stop as a title and a journal (the title then runs over the imprint), one word as an issue,
    and the number as an issue."""
    n = len(tokens)
    for b in range(2, n - 2):
        if tokens[b].text != "(":
            continue
        k = b - 2 if tokens[b - 1].text == "." else b - 1  # (past the full stop closing the imprint)
        before = out[k].lstrip("^")
        count = tokens[k].text.lower() in _PAGE_UNITS and k > 0 and tokens[k - 1].text.isdecimal()
        if not (count or (before == "issued" and _YEAR_TOKEN.fullmatch(tokens[k].text))
                or (before == "publisher" and k < b - 1)
                or (before == "page" and "publisher" in out[:k] and not {"volume", "issue"} & {
                    x.lstrip("^") for x in out[:k]})):
            continue
        if not any(out[m].lstrip("^") == "title" for m in range(k)) or not any(
                out[m].lstrip("^") in ("publisher", "publisher-place", "genre") for m in range(k + 1)):
            return
        c = next((m for m in range(b + 1, min(n, b + 40)) if tokens[m].text in "()"), None)
        if c is None or tokens[c].text != ")" or (c + 1 < n and tokens[c + 1].text not in ".,;"):
            return
        num = _series_number_at(tokens, b + 1, c)
        e = num - 1 if num < c and tokens[num - 1].text in _SERIES_NUMBER_LINKS else num
        name = tokens[b + 1:e]
        alpha = [t.text for t in name if t.text[:1].isalpha()]
        if not alpha or not name[0].text[:1].isupper() or len(alpha) > 16 or name[-1].text == "." \
                or any(not (t.text.isalpha() or t.text in ".,'’&-–") for t in name) \
                or any(out[m].lstrip("^") in ("URL", "DOI", "ISBN", "accessed") for m in range(b + 1, c)) \
                or is_thesis_genre(" ".join(alpha)) or NOT_SERIES.search(" ".join(alpha)) \
                or LANGUAGE_NOTE.fullmatch(" ".join(alpha)) \
                or any(NOT_SERIES_CLASSES.intersection(term_classes(w.lower())) for w in alpha if len(w) > 2) \
                or (len(alpha) == 1 and term_classes(alpha[0].lower())):
            return
        out[b] = out[c] = "O"
        out[b + 1:e] = ["collection-title"] * (e - b - 1)
        out[e:c] = ["O"] * (c - e)
        for m in range(num, c):
            if tokens[m].text.isdecimal() or tokens[m].text in ":/":
                out[m] = "collection-number"
        if before == "issued" and "publisher" not in out:
            _publisher_before_year(tokens, out, k)
        return


def _publisher_before_year(tokens: Sequence[Token], out: list[str], y: int) -> None:
    """"Baden-Baden: Nomos 2020 (Schriften …; 118)": the words between the place's colon and the year are the
    publisher when the labeler gave its label to the series after them and left them outside every field."""
    i = y - 1
    while i > 0 and y - i <= 4 and out[i] == "O" and (tokens[i].text.isalpha() or tokens[i].text in "&-"):
        i -= 1
    if i < y - 1 and i > 0 and tokens[i].text == ":" and out[i - 1].lstrip("^") == "publisher-place" \
            and tokens[i + 1].text[:1].isupper():
        out[i + 1:y] = ["publisher"] * (y - i - 1)


def _volume_word_closing_container(tokens: Sequence[Token], out: list[str]) -> None:
    """Turkish "Vakıflar Dergisi, C. 45, S. 3" (cilt, sayı), "Annales, t. 12", "Zeitschrift, Bd. 7": the volume's word
    after the journal's name belongs to the volume, not the name."""
    n = len(tokens)
    for i in range(2, n - 2):
        if out[i].lstrip("^") == "container-title" and tokens[i + 1].text == "." \
                and out[i + 2].lstrip("^") == "volume" and out[i - 1].lstrip("^") == "container-title" \
                and (i + 1 >= n or out[i + 1] == "O") and (
                    (tokens[i - 1].text == "," and (tokens[i].text.lower() in _VOLUME_WORDS or tokens[i].text in ("C", "Cilt")))
                    or tokens[i].text in _YEAR_VOLUME_WORDS):
            # (the words of a year's volume need no comma before them: "Zeitschrift für Historische Forschung Jg. 47")
            if tokens[i - 1].text == ",":
                out[i - 1] = "O"
            out[i] = "O"
            return


_YEAR_VOLUME_WORDS = frozenset({"Jg", "Jahrg", "Jahrgang", "jg", "jrg", "Jrg", "roč", "Roč", "årg", "Årg", "évf", "vuosik"})


def _journal_read_as_genre(tokens: Sequence[Token], out: list[str]) -> None:
    """"”Folkliga koralvarianter i Hälsingland”. Kyrkohistorisk årsskrift 119, s. 145–172.": a journal's name and its
    volume after the title, then pages, which the labeler read as a genre ("… årsskrift" as "… report")."""
    n = len(tokens)
    a = out.index("genre") if "genre" in out else -1
    if a < 1 or not any(x.lstrip("^") == "title" for x in out[:a]):
        return
    e = a
    while e < n and out[e].lstrip("^") == "genre":
        e += 1
    last = tokens[e - 1].text
    if e - a < 2 or not (last.isdecimal() and len(last) <= 4) or not tokens[a].text[:1].isupper() \
            or e + 2 >= n or tokens[e].text != "," or tokens[e + 1].text.lower() not in _PAGE_TERMS \
            or not any(out[m].lstrip("^") == "page" for m in range(e + 1, min(n, e + 5))) or is_thesis_genre(
                " ".join(t.text for t in tokens[a:e - 1])):
        return
    for m in range(a, e - 1):
        out[m] = "container-title"
    out[e - 1] = "volume"


_HEADING_WORDS = frozenset(w.capitalize() for w in HEADING_WORDS)


_EDITOR_PHRASES = (("a", "cura", "di"), ("edited", "by"), ("a", "cargo", "de"))


def _editor_phrase_inside_title(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian and Spanish books: "Varii de naturalibus rebus libelli, edizione critica a cura di Clelia Marzano
    Visconti, 2 voll., Pisa, …": an editor named after a comma inside what the labeler read as the title."""
    n = len(tokens)
    for i in range(2, n - 4):
        if tokens[i].text not in ("a", "edited") or out[i].lstrip("^") != "title":
            continue  # (the cheap test first: this looks at every token)
        phrase = next((p for p in _EDITOR_PHRASES if tuple(t.text for t in tokens[i:i + len(p)]) == p), None)
        if phrase is None:
            continue
        c = i - 1
        while c > 0 and tokens[c].text != "," and tokens[c].text.islower() and out[c].lstrip("^") == "title":
            c -= 1  # ("edizione critica a cura di")
        a = k = i + len(phrase)
        if tokens[c].text != "," or not any(out[m].lstrip("^") == "title" for m in range(c)):
            return
        if a < n and out[a].lstrip("^") == "editor":  # (the names read, the phrase left in the title)
            for m in range(c, a):
                out[m] = "O"
            return
        while k < n and out[k].lstrip("^") == "title" and ((tokens[k].text.istitle() and tokens[k].text.isalpha())
                                                           or tokens[k].text in ("-", ".") or tokens[k].text in AND_WORDS):
            k += 1
        if k - a < 2:
            return
        for m in range(c, a):
            out[m] = "O"
        out[a:k] = ["^editor"] + ["editor"] * (k - a - 1)
        while k < n and out[k].lstrip("^") == "title":
            out[k] = "O"  # (what follows in the run: ", 2 voll")
            k += 1
        return


def _french_thesis_statement(tokens: Sequence[Token], out: list[str]) -> None:
    """theses.fr and ISO 690 in French: "Thèse de doctorat : Droit privé : Lyon, Université Jean Moulin Lyon 3 : 2019":
    the discipline after the kind of thesis is the genre's, then the place and the university before the year."""
    n = len(tokens)
    g = _first(out, "genre", n)
    e = g
    while e < n and out[e].lstrip("^") in ("genre", "O") and tokens[e].text != ":":
        e += 1
    if e + 1 >= n or not any(tokens[m].text.lower() == "thèse" for m in range(g, e)):
        return
    d = next((m for m in range(e + 1, min(n, e + 12)) if tokens[m].text == ":"), None)
    if d is None:
        return
    c = next((m for m in range(d + 1, min(n, d + 6)) if tokens[m].text == ","), None)
    y = next((m for m in range(d + 1, min(n, d + 20)) if tokens[m].text == ":"), None)
    if c is None or y is None or c > y or y + 1 >= n or out[y + 1].lstrip("^") != "issued" \
            or not all(tokens[m].text.isalpha() or tokens[m].text == "-" for m in range(d + 1, c)):
        return
    for m in range(g, d):
        out[m] = "genre"
    out[d] = out[c] = out[y] = "O"
    out[d + 1:c] = ["publisher-place"] * (c - d - 1)
    out[c + 1:y] = ["publisher"] * (y - c - 1)


def _running_header_lines(tokens: Sequence[Token], out: list[str]) -> None:
    """A page's running header left inside a reference that runs over a page break: "… in Niedersachsen.\n143
    Literaturverzeichnis\nIn: Kleintierpraxis …" (the line breaks are gone by now): a page number and a list's
    heading between two sentences are no field."""
    n = len(tokens)
    for i in range(2, n - 1):
        if tokens[i].text.isdecimal() and len(tokens[i].text) <= 4 and tokens[i - 1].text == "." \
                and tokens[i + 1].text in _HEADING_WORDS \
                and (i + 2 == n or tokens[i + 2].text[:1].isupper()):
            out[i] = out[i + 1] = "O"
            if i + 2 < n and out[i + 2] != "O" and not out[i + 2].startswith("^"):
                out[i + 2] = "^" + out[i + 2]
            return


def _place_after_proceedings(tokens: Sequence[Token], out: list[str]) -> None:
    """IEEE: "…,” in Proc. Interspeech 2022, Incheon, Korea, 2022, pp. …": the place between the proceedings' name
    and the year, one or two names between commas, however the labeler read them (a title, a container)."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if a < 1 or tokens[a - 1].text not in ("in", "In") or e + 3 >= n or tokens[e].text != ",":
            continue
        k = e + 1
        parts = 0
        while k + 1 < n and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and parts < 3:
            m = k
            while m < n and tokens[m].text.isalpha() and tokens[m].text[:1].isupper() and m - k < 3:
                m += 1
            if m >= n or tokens[m].text != ",":
                return
            parts += 1
            k = m + 1
        if not parts or k >= n or out[k].lstrip("^") != "issued" or not tokens[k].text.isdecimal() \
                or any(out[m].lstrip("^") in ("author", "editor", "page") for m in range(e + 1, k)):
            return
        out[e] = "O"
        for m in range(e + 1, k - 1):
            out[m] = "publisher-place"
        out[e + 1] = "^publisher-place"
        out[k - 1] = "O"
        return


_DATE_LINKS = frozenset({"de", "del", "of", "d", "’", "'", ".", ",", "-", "–"})


def _date_in_year_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA's date in brackets, the year first: "(2022, 26 de julio)", "(2020, 15 de abril)", "(2021, 3 maart)": the day
    and month after the year's comma are the date's, not the title's or a note (the labeler knows the English and the
    short forms better than "26 de julio")."""
    n = len(tokens)
    for i in _places(tokens, "("):
        if i >= n - 4 or not _YEAR_TOKEN.fullmatch(tokens[i + 1].text) or tokens[i + 2].text != "," \
                or out[i + 1].lstrip("^") != "issued":
            continue
        k = next((m for m in range(i + 3, min(n, i + 10)) if tokens[m].text == ")"), None)
        if k is None or k == i + 3:
            continue
        inner = tokens[i + 3:k]
        months = sum("month" in token_features(t.text) for t in inner)
        if months == 1 and all((t.text.isdecimal() and len(t.text) <= 2) or t.text.lower() in _DATE_LINKS
                               or "month" in token_features(t.text) for t in inner):
            out[i + 2:k] = ["issued"] * (k - i - 2)
            m = k
            while m < n and tokens[m].text in (")", ".") and out[m].lstrip("^") == "title":
                out[m] = "O"  # (the bracket and full stop the title had taken with the date)
                m += 1
            if m < n and m > k and out[m] == "title":
                out[m] = "^title"
            if k + 2 < n and tokens[k + 1].text == "." and out[k + 2].lstrip("^") == "container-title" \
                    and "title" not in out and "^title" not in out:
                # the title's label went to the date: the container after it is the title moved one field on
                m = k + 2
                while m < n and out[m].lstrip("^") == "container-title":
                    out[m] = "title"
                    m += 1
                out[k + 2] = "^title"
            return


_PLAIN_PAGES = re.compile(r"[A-Za-z]?\d+(?:[-\u2013][A-Za-z]?\d+)?")


def _ahead_of_print_locator(tokens: Sequence[Token], out: list[str]) -> None:
    """PubMed's article ahead of print, "J Hosp Infect. 2023 Jan 18:S0195-6701(23)00012-4.", and a preprint's, "bioRxiv
    [Preprint]. 2022 Mar 4:2022.03.02.482695.": the full date, a colon and the publisher's locator with no volume; the
    date is the issue date and the locator no volume, page or access date (the DOI names the work)."""
    n = len(tokens)
    for i in _places(tokens, ":"):
        if not 3 <= i < n - 1 or tokens[i].space_before or tokens[i + 1].space_before:
            continue
        y, mo, d = tokens[i - 3:i]
        if not (_YEAR_TOKEN.fullmatch(y.text) and d.text.isdecimal() and len(d.text) <= 2
                and "month" in token_features(mo.text)):
            continue
        e = i + 1
        while e < n and not tokens[e].space_before:
            e += 1
        end = e - 1 if tokens[e - 1].text in (".", ";", ",") else e
        locator = "".join(map(_TEXT, tokens[i + 1:end]))
        if end <= i + 1 or _PLAIN_PAGES.fullmatch(locator) or any(
                out[m].lstrip("^") in ("DOI", "URL") for m in range(i - 3, end)):
            continue
        out[i - 3:i] = ["issued" if out[i - 4].lstrip("^") == "issued" and out[i - 4] == "issued" else "^issued",
                        "issued", "issued"]
        out[i:end] = ["O"] * (end - i)
        return


# the lower-case article a newspaper's name opens with ("de Volkskrant", "het Parool", "la Repubblica", "il Manifesto")
_NAME_ARTICLES = frozenset({"de", "het", "la", "il", "le", "lo", "el", "die", "der", "das", "os", "o", "a"})


def _newspaper_with_lowercase_article(tokens: Sequence[Token], out: list[str]) -> None:
    """"Title. de Volkskrant. Geraadpleegd op …", "Title. la Repubblica, p. 15": a name opening with a lower-case
    article after the title's full stop is the newspaper's (no sentence of a title opens in lower case), whether
    the labeler read it as the title's last words or as a publisher with no place. Its end must close the
    reference's bibliographic part: a full stop or comma, then nothing labelled a field of a book; and the item
    is dated by the day."""
    n = len(tokens)
    if "publisher-place" in out or sum(out[k].lstrip("^") == "issued" and tokens[k].text.isalnum() for k in range(n)) < 3:
        return  # (a newspaper's item is dated by the day: "Title. de Gruyter." with its year alone is a book)
    for i in range(2, n - 1):
        if tokens[i].text not in _NAME_ARTICLES or tokens[i - 1].text != "." or tokens[i - 1].space_before \
                or not tokens[i + 1].text[:1].isupper() or not tokens[i + 1].text.isalpha():
            continue
        here = out[i].lstrip("^")
        before = out[i - 2].lstrip("^")
        if here not in ("title", "publisher") or before != "title" or (here == "publisher" and out[i - 1] != "O"):
            continue
        e = i + 1
        while e < n and out[e].lstrip("^") == here and tokens[e].text[:1].isupper() and tokens[e].text.isalpha() \
                and e - i <= 3:
            e += 1
        if e >= n or tokens[e].text not in (".", ",") or out[e].lstrip("^") == here:
            continue  # (the name runs on: a title's words)
        rest = {out[k].lstrip("^") for k in range(e, n)}
        if rest & {"publisher", "edition", "ISBN", "volume"}:
            continue
        out[i - 1] = "O"
        out[i:e] = ["container-title"] * (e - i)
        return


def _school_year_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """A school, academic or fiscal year closing a title, "Skolbarns hälsovanor i Sverige 2021/22", "årsbok 2020/21",
    is the title's (the work is dated elsewhere), not a second date and a volume."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i + 1].text != "/" or tokens[i + 1].space_before or tokens[i + 2].space_before \
                or not _YEAR_TOKEN.fullmatch(tokens[i].text) or out[i - 1].lstrip("^") != "title" \
                or out[i].lstrip("^") == "title" or not tokens[i + 2].text.isdecimal():
            continue
        year, nxt = int(tokens[i].text), tokens[i + 2].text
        if not ((len(nxt) == 2 and int(nxt) == (year + 1) % 100) or (len(nxt) == 4 and int(nxt) == year + 1)):
            continue
        if any(out[m].lstrip("^") == "issued" for m in range(n) if not i <= m <= i + 2):
            out[i:i + 3] = ["title"] * 3


def _years_read_as_pages(tokens: Sequence[Token], out: list[str]) -> None:
    """A span of years after a comma closing a title or a book's name, "Land and Power in Byzantium, 900–1200, edited
    by …, 145–72", "Handel in Basel, 1450–1550. Basel: Schwabe", is the name's, not its pages, when the work is dated
    elsewhere and its pages (or its imprint) are given apart."""
    n = len(tokens)
    for a, e in _runs_of(out, "page"):
        if e - a != 3 or a < 2 or tokens[a + 1].text not in ("-", "\u2013") or tokens[a - 1].text != "," \
                or not (tokens[a].text.isdecimal() and tokens[a + 2].text.isdecimal() and len(tokens[a + 2].text) == 4):
            continue
        y1, y2 = int(tokens[a].text), int(tokens[a + 2].text)
        field = out[a - 2].lstrip("^")
        if not (500 <= y1 < y2 <= 2100 and y2 - y1 <= 500) or field not in ("title", "container-title") \
                or any(out[m].lstrip("^") == "issued" for m in range(a - 1, e)):
            continue
        later_pages = any(out[m].lstrip("^") == "page" for m in range(e, n))
        imprint = any(out[m].lstrip("^") in ("publisher", "publisher-place") for m in range(e, n))
        if later_pages or (imprint and field == "title"):
            out[a - 1:e] = [field] * (e - a + 1)


def _oscola_journal(tokens: Sequence[Token], out: list[str]) -> None:
    """OSCOLA's article: "‘Proportionality after Brexit’ (2019) 82 MLR 1041", "[2010] NZ L Rev 265": the year in brackets,
    the volume, the journal's abbreviation and the first page, which the labeler leaves unread or calls a note."""
    n = len(tokens)
    for i in sorted(_places(tokens, "(") + _places(tokens, "[")):
        if not 1 <= i < n - 4 or tokens[i + 2].text not in (")", "]") \
                or not _YEAR_TOKEN.fullmatch(tokens[i + 1].text) or out[i - 1].lstrip("^") not in ("O", "title"):
            continue
        k = i + 3
        vol = k if k < n and tokens[k].text.isdecimal() and len(tokens[k].text) <= 4 else None
        a = k + 1 if vol is not None else k
        e = a
        while e < n and e - a < 6 and tokens[e].text[:1].isupper() and tokens[e].text.isalpha():
            e += 1
        last = e + 1 == n or (e + 1 < n and tokens[e + 1].text in (".", ",", ";"))
        if e == a or e >= n or not tokens[e].text.isdecimal() or not last \
                or any(out[m].lstrip("^") in ("title", "author", "container-title") for m in range(a, e)):
            continue
        out[i + 1] = "issued"  # (no begin markers: the same reference goes on)
        if vol is not None:
            out[vol] = "volume"
        out[a:e] = ["container-title"] * (e - a)
        out[e] = "page"
        return


def _series_and_number_note_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """A report's series and number in brackets after its place, "Dessau-Roßlau (Texte 118/2020).": the labeler
    calls the bracket a note; its words are the series, the number after them the report's number in it."""
    n = len(tokens)
    for a, e in _runs_of(out, "note"):
        if a < 1 or e >= n or tokens[a - 1].text != "(" or tokens[e].text != ")" or e - a > 8:
            continue
        d = next((m for m in range(a, e) if tokens[m].text[:1].isdigit()), None)
        if d is None or d == a or not tokens[a].text[:1].isupper() \
                or not all(t.text.isalpha() or t.text == "-" for t in tokens[a:d]) \
                or not all(t.text.isdecimal() or t.text in "/-:" for t in tokens[d:e]) \
                or not any(out[m].lstrip("^") in ("publisher-place", "publisher") for m in range(max(0, a - 6), a)):
            continue
        out[a:d] = ["collection-title"] * (d - a)
        out[d:e] = ["number"] * (e - d)
        return


# the kinds of document a reference may name in a sentence of its own, in the languages of the dev files
_DOCUMENT_KIND = re.compile(r"(?:press|news)\s+releases?|personal\s+communication|pressemitteilung|persönliche\s+"
                            r"mitteilung|communiqué\s+de\s+presse|communication\s+personnelle|nota\s+de\s+prensa|"
                            r"comunicado\s+de\s+prensa|comunicato\s+stampa|pressmeddelande|komunikat\s+prasowy|"
                            r"пресс-релиз", re.IGNORECASE)


def _document_kind_read_as_note(tokens: Sequence[Token], out: list[str]) -> None:
    """"Ling, C. X. (1995). Personal communication.", "… Construction Program. Press release.": a sentence that only
    names the kind of document is its genre (the multilingual files' "genre": "Press release"), not a note."""
    for a, e in _runs_of(out, "note"):
        while e > a + 1 and not tokens[e - 1].text[:1].isalnum():
            e -= 1
        if _DOCUMENT_KIND.fullmatch(_spaced_text(tokens[a:e])):
            out[a:e] = ["genre"] * (e - a)


def _title_sentence_start(tokens: Sequence[Token], out: list[str], end: int) -> int | None:
    """Where the title's last sentence before ``end`` starts: after a full stop inside the title, on a capitalised word
    with a space before it; None when the title has no such sentence there."""
    k = end - 1
    while k > 0 and out[k - 1].lstrip("^") == "title" and tokens[k - 1].text != ".":
        k -= 1
    if k < 2 or tokens[k - 1].text != "." or out[k - 1].lstrip("^") != "title" or not tokens[k].text[:1].isupper() \
            or not tokens[k].space_before:
        return None
    return k


_CATALOGUE = re.compile(r"(?:exhibition|exposition|ausstellungs|ausstellung|mostra|exposición|exposição|wystawy)"
                        r"|\b(?:catalogue|catalog|katalog|catalogo|catálogo)\b", re.I)


def _genre_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """A kind of work closing the title as a sentence of its own, "… universitários portugueses. Dissertação de Mestrado
    em Economia, Faculdade …", "…, 1600–1850. Exhibition catalogue. New Haven": the work's genre, not its title."""
    for a, e in _runs_of(out, "title"):
        start = _title_sentence_start(tokens, out, e)
        if start is None or start <= a + 2 or start >= e:
            continue
        k = start - 1  # (the full stop)
        c = next((m for m in range(k + 1, e) if tokens[m].text == ","), e)  # (", Faculdade de Economia": its school)
        rest = _spaced_text(tokens[k + 1:c])
        if c - k <= 8 and (is_thesis_genre(rest) or _CATALOGUE.search(rest)):
            out[k] = "O"
            out[k + 1:c] = ["genre"] * (c - k - 1)
            if c < e:
                out[c] = "O"
                out[c + 1:e] = ["publisher"] * (e - c - 1)
            return


def _journal_name_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """French ISO 690 without a volume, "… : sociabilités et conflits d'usage. Espaces et sociétés, 2020, n° 178, p.
    93‑110.", and Czech, "… po rekonstrukci vazu. Rehabilitace a fyzikální lékařství. 2020, roč. 27, č. 3": an
    article whose journal the labeler ran into the title; the last sentence of the title, right before the year and
    the issue, is the journal's name."""
    n = len(tokens)
    for _a, e in _runs_of(out, "title"):
        if e + 2 >= n or tokens[e].text not in (",", ".") or out[e + 1].lstrip("^") != "issued" \
                or (tokens[e].text == "." and (e + 2 >= n or tokens[e + 2].text != ",")) \
                or not any(out[m].lstrip("^") in ("volume", "issue") for m in range(e + 2, min(n, e + 10))):
            continue
        k = _title_sentence_start(tokens, out, e)
        if k is None or k < 3 or e - k > 8 \
                or any(t.text[:1].isdigit() or t.text in (":", ";", "?", "!", "(") for t in tokens[k:e]) \
                or sum(out[m].lstrip("^") == "title" for m in range(k - 1)) < 3:
            continue
        out[k - 1] = "O"
        out[k:e] = ["container-title"] * (e - k)
        return


def _journal_name_cut_inside(tokens: Sequence[Token], out: list[str]) -> None:
    """A journal's name with a comma or a bracket inside, "Epidemiologie, mikrobiologie, imunologie. 2020, roč. 69",
    "Estudos Econômicos (São Paulo), 51(2)": the labeler ends the title at the last comma or bracket, so the name's head
    runs on after the title's full stop. The words after that full stop, up to the part it called the journal, are
    the journal's."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if a < 4 or out[a - 2].lstrip("^") != "title" or tokens[a - 1].text not in (",", "(") \
                or out[a - 1].lstrip("^") not in ("title", "O") \
                or (tokens[a - 1].text == "(" and ")" not in (tokens[e - 1].text, tokens[min(e, n - 1)].text)):
            continue  # (a bracket the name closes: "(São Paulo), 51(2)", not "Dessau-Roßlau (Texte, 87/2022)")
        after = e + 1 if e < n and tokens[e].text in ",.;" else e
        if after >= n or not tokens[after].text[:1].isdigit():
            continue  # a journal's name is followed by its numbers: "…, imunologie. 2020, roč. 69", "…), 51(2)"
        k = _title_sentence_start(tokens, out, a - 1)
        if k is None or a - k > 7 \
                or any(t.text[:1].isdigit() or t.text in (":", ";", "?", "!") for t in tokens[k:a]) \
                or not any(out[m].lstrip("^") == "title" for m in range(k - 2)):
            continue
        out[k - 1] = "O"
        for m in range(k, a):
            out[m] = "container-title"  # (no begin marker: the same field goes on, no new reference starts)
        if out[a] == "^container-title":
            out[a] = "container-title"
        return


def _places(tokens: Sequence[Token], text: str) -> list[int]:
    """The indices of the tokens whose text is ``text``, found in C (the rules that look for one mark run on most
    references)."""
    texts = list(map(_TEXT, tokens))
    out: list[int] = []
    i = -1
    try:
        while True:
            i = texts.index(text, i + 1)
            out.append(i)
    except ValueError:
        return out


# a piece of a link after a space (PDF text breaks them): a path or a file name ("Final BrochureWHA2008a.pdf")
_PATH_PIECE = re.compile(r"[/=?&]|\.(?:" + LINK_FILE_TYPES + r")$", re.I)


def _piece_at(tokens: Sequence[Token], m: int) -> str:
    """The text from token ``m`` to the next whitespace."""
    e = m + 1
    while e < len(tokens) and not tokens[e].space_before:
        e += 1
    return "".join(map(_TEXT, tokens[m:e]))


# GB/T 7714's document-type code after a title, in the tokens joined by spaces: "[ M ]", "[ J ]", "[ EB / OL ]"
_GBT_CODE = re.compile(r"\[ (?:[JMCDRSPNGZAK]|EB|DB|CP|DS|CM|CA)(?: / (?:OL|MT|DK|CD))? \]")


# GB/T 7714's words for an editor after the names ("主编", "编", "编著"; "ed.")
_GBT_EDITOR_WORDS = frozenset({"主", "编", "編", "ed", "eds", "Ed", "Eds"})


def _gbt_body_read_as_editor(tokens: Sequence[Token], out: list[str]) -> None:
    """"[15] 全国信息技术标准化技术委员会. 智慧社区 …: GB/T 41235—2022[S]. 北京: …": GB/T 7714 opens with who is
    responsible, an author unless an editor's word follows ("王建国, 主编."). The labeler reads a body that issues a
    standard as its editor. Names that open the line, before its first full stop, with no such word, are authors."""
    n = len(tokens)
    a = _first(out, "editor", n)
    if any(out[m].lstrip("^") not in ("O", "citation-number") for m in range(a)):
        return
    e = a
    while e < n and out[e].lstrip("^") == "editor":
        e += 1
    if e >= n or tokens[e].text != "." or any(t.text in _GBT_EDITOR_WORDS for t in tokens[a:min(n, e + 4)]):
        return
    out[a:e] = ["^author" if out[a].startswith("^") else "author"] + ["author"] * (e - a - 1)


def _gbt_title_before_code(tokens: Sequence[Token], out: list[str]) -> None:
    """GB/T 7714: the title runs from the full stop closing the authors to the document-type code: "国家统计局.
    中国统计年鉴2022[M].", "自然资源部. 2021中国海洋灾害公报[R].", "新华社. 国务院印发《“十四五”…规划》[EB/OL].". The labeler
    reads a year at the title's edge as the date (or leaves it out), a title's opening words as more author, its
    closing brackets as outside it."""
    n = len(tokens)
    b = next((i for i in range(2, n - 2) if tokens[i].text == "[" and _GBT_CODE.match(
        " ".join(t.text for t in tokens[i:i + 5]))), None)
    if b is None or tokens[b].space_before:
        return
    s = b - 1
    while s > 0 and not (tokens[s].text == "." and tokens[s + 1].space_before):
        s -= 1
    if s == 0 or b - s < 3 or not any(_is_cjk(tokens[m].text) for m in range(s + 1, b)) \
            or not any(out[m].lstrip("^") in ("author", "editor") for m in range(s)) \
            or any(out[m].lstrip("^") not in _GBT_TITLE_READINGS for m in range(s + 1, b)):
        return
    if out[s].lstrip("^") in ("author", "editor"):
        out[s] = "O"  # ("新华社. 国务院印发": the stop closing the authors, read as more of them)
    out[s + 1:b] = ["title"] * (b - s - 1)
    e = b
    while e < n and tokens[e].text != "]":
        out[e] = "O"
        e += 1
    if e < n:
        out[e] = "O"


# what the words of a GB/T title may have been read as (a volume closing it, "宋元书院制度史: 第2卷[M]", is its own)
_GBT_TITLE_READINGS = frozenset({"title", "container-title", "author", "issued", "O", "editor"})


def _is_cjk(text: str) -> bool:
    return "\u3040" <= text[:1] <= "\u9fff"


_CJK_CLOSERS = {"」": "「", "』": "『", "）": "（", "】": "【", "》": "《"}
_CJK_SEPARATORS = frozenset({",", ".", "，", "．", "、", "。", ";", "；"})


def _cjk_character_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """A CJK title's last character, glued to it, is the title's: "…公共交通の再編," (編 is an editor's word after names,
    "佐藤健二, 吉見俊哉 編."), "…地形図「京都東北部」." (the bracket closing one opened inside the title). The labeler leaves
    it outside when it is a role word or a closing bracket."""
    n = len(tokens)
    for i in range(1, n):
        if out[i] != "O" or tokens[i].space_before or out[i - 1].lstrip("^") != "title" \
                or (i + 1 < n and tokens[i + 1].text not in _CJK_SEPARATORS):
            continue
        text = tokens[i].text
        if text in _CJK_CLOSERS:
            a = i - 1
            while a > 0 and out[a - 1].lstrip("^") == "title":
                a -= 1
            if not any(tokens[m].text == _CJK_CLOSERS[text] for m in range(a, i)):
                continue
        elif not (len(text) == 1 and _is_cjk(text) and _is_cjk(tokens[i - 1].text)):
            continue
        out[i] = "title"


def _site_name_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """APA's web posts: "Ruiz, M. (12 de mayo de 2021). Title: subtitle. Nada es Gratis. https://…", "… (2021, 4
    marca). Jak czytać dane? Smoglab. https://…": a dated post's last sentence before its link, a few words, is the
    site's or blog's name, which the labeler ran into the title (a name with lower-case words, after a "?")."""
    u = _first(out, "URL")
    if u is None or not any(out[m].lstrip("^") == "issued" and "month" in token_features(tokens[m].text.lower())
                            for m in range(u)):
        return  # (a year alone dates a book, a report or a data set, whose last sentence is the publisher)
    e = u
    while e > 0 and out[e - 1] == "O":
        e -= 1
    if e == u or e < 2 or out[e - 1].lstrip("^") != "title" or any(out[m] != "O" or tokens[m].text not in ".,"
                                                                       for m in range(e, u)):
        return
    a = e
    while a > 0 and out[a - 1].lstrip("^") == "title":
        a -= 1
    m = next((k for k in range(e - 2, max(a, e - 8), -1) if tokens[k].text in ".?!" and tokens[k + 1].text[:1].isupper()),
             None)
    if m is None or m - a < 3 or not all(t.text.isalpha() or t.text in ("-", "&", "'", "’") for t in tokens[m + 1:e]):
        return
    out[m + 1:e] = ["container-title"] * (e - m - 1)
    if tokens[m].text == ".":
        out[m] = "O"


def _words_after_link(tokens: Sequence[Token], out: list[str]) -> None:
    """A link has no space inside unless it was broken after "/" or "-" or before a path (as ``identifiers.py`` joins
    them): the words after a space that follows a whole link are the sentence's ("… https://www.goc.gov.tr/istatistik
    adresinden erişildi.", Turkish APA), and a date before "tarihinde" there is the access date ("2 Mayıs 2023
    tarihinde https://… adresinden erişildi")."""
    for a, e in _runs_of(out, "URL"):
        for m in range(a + 1, e):
            if tokens[m].space_before and tokens[m].text.isalpha() and not tokens[m - 1].text.endswith(("/", "-")) \
                    and any(t.text == "/" for t in tokens[a:m]) and not _PATH_PIECE.search(_piece_at(tokens, m)):
                out[m:e] = ["O"] * (e - m)
                break
        if a > 1 and tokens[a - 1].text.lower() == "tarihinde":
            k = a - 2
            while k >= 0 and out[k].lstrip("^") == "issued":
                k -= 1
            if k < a - 2:
                out[k + 1:a - 1] = ["^accessed"] + ["accessed"] * (a - k - 3)


def _imprint_read_as_container(tokens: Sequence[Token], out: list[str]) -> None:
    """German books: "2., überarbeitete Auflage. Neustadt an der Aisch: Degener 2018.", ABNT's "Rio de Janeiro: IBGE,
    2022.": a place, a colon and a publisher before the year, read as a container by a labeler that saw no "In:"."""
    n = len(tokens)
    if "volume" in out or "page" in out or "issue" in out:
        return  # (a journal's locators: "Journal of … B: Microelectronics … 2023, 138, 17–25")
    for a, e in _runs_of(out, "container-title"):
        c = next((m for m in range(a, e) if tokens[m].text == ":"), None)
        d = e + 1 if e + 1 < n and tokens[e].text == "," else e  # (the year after a comma)
        if c is None or c == a or c + 1 >= e or d >= n or out[d].lstrip("^") != "issued" \
                or (a > 1 and tokens[a - 2].text.lower() in _IN_WORDS) or not tokens[a].text[:1].isupper() \
                or not tokens[c + 1].text[:1].isupper() or e - c - 1 > 4 \
                or not all(t.text.isalpha() or t.text == "-" for t in tokens[a:c]) \
                or not all(t.text.isalpha() or t.text in ("-", "&") for t in tokens[c + 1:e]):
            continue
        out[a:c] = ["publisher-place"] * (c - a)
        out[c] = "O"
        out[c + 1:e] = ["publisher"] * (e - c - 1)
        return


def _abbreviated_publisher_head(tokens: Sequence[Token], out: list[str]) -> None:
    """"Stockholm: Kungl. Vitterhets Historie och Antikvitets Akademien. (…)": a publisher's name may open with an
    abbreviated word; the labeler ends the publisher at its full stop and reads the rest as a second title."""
    n = len(tokens)
    for a, e in _runs_of(out, "publisher"):
        if e - a != 1 or e + 2 >= n or tokens[e].text != "." or not tokens[a].text.isalpha() \
                or not tokens[a].text[:1].isupper() or tokens[a].text.isupper() or len(tokens[a].text) > 6 \
                or a < 2 or tokens[a - 1].text != ":" or out[a - 2].lstrip("^") != "publisher-place" \
                or tokens[e + 1].space_before is False or out[e + 1].lstrip("^") not in ("title", "container-title"):
            continue
        k = e + 1
        while k < n and out[k].lstrip("^") == out[e + 1].lstrip("^") and tokens[k].text.isalpha():
            k += 1
        if k - e - 1 > 8 or not all(t.text[:1].isupper() or t.text in AND_WORDS for t in tokens[e + 1:k]) \
                or not (k == n or tokens[k].text in ".,") \
                or not any(out[m].lstrip("^") == "title" for m in range(a - 2)):
            continue
        out[e:k] = ["publisher"] * (k - e)
        return


def _publisher_initial_before_place(tokens: Sequence[Token], out: list[str]) -> None:
    """"Boston, MA: D. Godine, 1990.": a publisher named after its founder, his initial then his family name, after
    the place's colon; the labeler, its publisher ended at the initial's full stop, reads the family name as a second
    place. One capitalised word between the initial and the year's comma is the publisher's."""
    n = len(tokens)
    for a, e in _runs_of(out, "publisher"):
        if not (a >= 2 and _is_initial(tokens[a]) and tokens[a - 1].text == ":"
                and out[a - 2].lstrip("^") == "publisher-place" and a + 4 < n and tokens[a + 1].text == "."
                and e <= a + 2):
            continue
        k = a + 2
        if out[k].lstrip("^") == "publisher-place" and _family_word(tokens[k]) and tokens[k + 1].text == "," \
                and out[k + 2].lstrip("^") == "issued":
            out[a + 1] = out[k] = "publisher"
        return


def _hyphened_place_head(tokens: Sequence[Token], out: list[str]) -> None:
    """"… urbanisme. Champs-sur-Marne : Université Gustave Eiffel, 2021": a place is one word however many hyphens
    join it; the labeler, seeing "Marne" alone as the place, gives its head to the title before."""
    for a, _e in _runs_of(out, "publisher-place"):
        p = a
        while p >= 2 and a - p < 8 and tokens[p - 1].text == "-" and not tokens[p].space_before \
                and not tokens[p - 1].space_before and tokens[p - 2].text.isalpha():
            p -= 2
        if p == a or not tokens[p].text[:1].isupper() or not tokens[a].text[:1].isupper():
            continue
        out[p:a] = ["publisher-place"] * (a - p)
        if p > 0 and tokens[p - 1].text == "." and out[p - 1] != "O":
            out[p - 1] = "O"


# J-STAGE's and CiNii's labels of a date ("公開日 2020/04/25": made public on), one token per character
_CJK_DATE_LABELS = frozenset({"公開日", "受付日", "受理日", "発行日", "掲載日", "出版日", "発表日", "更新日", "早期公開日"})


def _date_label_read_as_name(tokens: Sequence[Token], out: list[str]) -> None:
    """"…, p. 233-241, 公開日 2020/03/10, Online ISSN …": the label before a date is no editor's or author's name
    (the labeler reads its two-character head as a family name)."""
    n = len(tokens)
    for k in range(2, n - 1):
        if tokens[k].text != "日" or out[k + 1].lstrip("^") not in ("issued", "accessed", "available"):
            continue
        for a in range(max(0, k - 4), k):
            if "".join(t.text for t in tokens[a:k + 1]) in _CJK_DATE_LABELS \
                    and all(out[m].lstrip("^") in _NAMES for m in range(a, k + 1)):
                out[a:k + 1] = ["O"] * (k + 1 - a)
                break


_SUPERVISOR_OPENERS = frozenset({"relatore", "relatrice", "correlatore", "correlatrice", "relatori", "tutor"})


def _thesis_statement_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian theses: "Il paesaggio agrario della Lomellina, tesi di laurea magistrale, relatore prof. M. Ferri,
    Università degli Studi di Pavia, 2018.": the piece between commas that states the kind of thesis (in lower case)
    is the genre, and the supervisor's piece after it names no editor; the labeler runs the title over both."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        for c in range(a + 2, e):
            if tokens[c].text != ",":
                continue
            g = c + 1
            k = g
            while k < n and tokens[k].text.isalpha() and tokens[k].text.islower():
                k += 1
            if k == g or k - g > 5 or k >= n or tokens[k].text != "," \
                    or not is_thesis_genre(_spaced_text(tokens[g:k])):
                continue
            after = k + 1
            sup = after < n and tokens[after].text.lower() in _SUPERVISOR_OPENERS
            if not (sup or (after < n and out[after].lstrip("^") == "publisher")):
                return
            out[c] = "O"
            out[g:k] = ["genre"] * (k - g)
            out[k] = "O"
            if sup:
                m = after
                while m < n and tokens[m].text != ",":
                    out[m] = "O"
                    m += 1
            return


def _abnt_event(tokens: Sequence[Token], out: list[str]) -> None:
    """ABNT NBR 6023 papers in proceedings: "In: ENCONTRO NACIONAL DE ENSINO DE QUÍMICA, 20., 2020, Recife. Anais
    [...]. Recife: UFPE, 2020. p. 201-210.": the event's name in capitals, its number, year and place, then the
    proceedings' designation ("Anais", "Proceedings", "Resumos") before the imprint. The name is the container
    (the labeler reads it as editors, or leaves the title running over it), the number no volume, the place the
    event's (one place given twice, the event's and the publisher's, is the publisher's)."""
    n = len(tokens)
    i = next((k for k in range(1, n - 12) if tokens[k].text in ("In", "IN") and tokens[k + 1].text == ":"), None)
    if i is None:
        return
    a = e = i + 2
    while e < n and (tokens[e].text.isupper() or tokens[e].text in "-–&"):
        e += 1
    if sum(t.text.isalpha() for t in tokens[a:e]) < 2 or e + 8 >= n or tokens[e].text != "," \
            or not tokens[e + 1].text.isdecimal() or len(tokens[e + 1].text) > 3 or tokens[e + 2].text != "." \
            or tokens[e + 3].text != "," or not _YEAR_TOKEN.fullmatch(tokens[e + 4].text) or tokens[e + 5].text != ",":
        return
    p = e + 6
    q = p
    while q < n and (tokens[q].text.isalpha() or tokens[q].text == "-") and q - p < 5:
        q += 1
    if q == p or q + 1 >= n or tokens[q].text != "." or not tokens[p].text[:1].isupper() \
            or not tokens[q + 1].text[:1].isupper() or not tokens[q + 1].text.isalpha():
        return
    out[a:e] = ["container-title"] * (e - a)
    out[e:e + 4] = ["O"] * 4
    out[e + 4] = "issued"
    out[e + 5] = "O"
    place = _spaced_text(tokens[p:q])
    later = [m for m in range(q, n) if out[m].lstrip("^") == "publisher-place"]
    same = bool(later) and _spaced_text(tokens[later[0]:later[-1] + 1]) == place
    out[p:q] = ["O" if same else "event-place"] * (q - p)
    out[q] = "O"
    d = q + 1  # "Anais [...]": the proceedings' designation
    out[d] = "O"
    if d + 1 < n and tokens[d + 1].text == "[":
        c = next((m for m in range(d + 2, min(n, d + 7)) if tokens[m].text == "]"), None)
        if c is not None:
            out[d + 1:c + 1] = ["O"] * (c - d)


_PLACE_PARTICLES = frozenset({"nad", "pod", "am", "an", "im", "upon", "on", "de", "del", "en", "sur", "i"})


def _imprint_closing_container(tokens: Sequence[Token], out: list[str]) -> None:
    """Chapters and proceedings papers: "In: Sborník konference X 2020. Svratka: Ústav termomechaniky AV ČR, 2020,
    s. 412–415.", "In: …, ed. Menšinové jazyky. Ústí nad Labem: Univerzita J. E. Purkyně, 2018, s. 77–98.": the
    sentence "Place: Publisher" closing what the labeler read as the book's title, before the year, is the book's
    imprint (one to four words before the colon, the last sentence of the run)."""
    if any(x.lstrip("^") in ("volume", "issue") for x in out):
        return  # (a journal's locators: "Journal of X. Series A: Mathematics, 2019, 12")
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e >= n or not (tokens[e].text in ",(" or out[e].lstrip("^") == "issued") \
                or not any(out[m].lstrip("^") == "title" for m in range(a)):
            continue
        c = next((m for m in range(e - 2, a, -1) if tokens[m].text == ":"), None)
        if c is None:
            continue
        p = c - 1
        while p >= a and tokens[p].text != ".":
            p -= 1
        place = tokens[p + 1:c]
        # (a run of its own after the book's title and a full stop: "In: Encyklopedie X [online]. Strážnice: Y, 2020")
        whole = p == a - 1 and tokens[p].text == "." and any(out[m].lstrip("^") == "container-title" for m in range(p))
        if (p <= a and not whole) or not 1 <= c - p - 1 <= 5 or not place[0].text[:1].isupper() \
                or not tokens[c + 1].text[:1].isupper() or e - c - 1 > 10 or (p + 1 < n and not tokens[p + 1].space_before) \
                or any(not (t.text.isalpha() or t.text == "-") for t in place) \
                or any(t.text[:1].islower() and t.text not in _PLACE_PARTICLES for t in place) \
                or any(t.text.lower() in _VOLUME_WORDS or (t.text.isalpha() and len(t.text) == 1) for t in place):
            continue
        if not whole:
            out[p] = "O"
        out[p + 1:c] = ["publisher-place"] * (c - p - 1)
        out[c] = "O"
        out[c + 1:e] = ["publisher"] * (e - c - 1)
        return


def _publisher_before_bare_year(tokens: Sequence[Token], out: list[str]) -> None:
    """German imprints: "Köln: Greven 2017.", "Bielefeld: transcript 2020.": the publisher after the place's colon and
    the year with no comma between, which the labeler leaves outside every field or reads with the year as a date;
    and "(2016): Stadtgärten und Nachbarschaft. München: oekom.", the imprint closing the reference."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i].text != ":" or out[i - 1].lstrip("^") != "publisher-place" or out[i + 1].lstrip("^") == "publisher":
            continue
        k = i + 1
        while k < n and k - i <= 5 and (tokens[k].text.isalpha() or tokens[k].text in ("&", "-")):
            k += 1
        # "München: oekom.": the imprint closing the reference, its year given before
        last = k + 1 == n and tokens[k].text == "." and all(out[m] == "O" for m in range(i + 1, n))
        if k == i + 1 or k >= n or not (last or (tokens[k].text.isdecimal() and len(tokens[k].text) == 4)) \
                or not tokens[i + 1].text[:1].isalpha() or (k + 1 < n and tokens[k + 1].text not in (".", ",", ";")) \
                or any(out[m].lstrip("^") not in ("O", "accessed", "issued", "publisher-place") for m in range(i + 1, k + 1)):
            return
        out[i + 1:k] = ["^publisher"] + ["publisher"] * (k - i - 2)
        if not last:
            out[k] = "^issued"
        return


def _year_in_container_name(tokens: Sequence[Token], out: list[str]) -> None:
    """IEEE: "in Proc. Interspeech 2022, Incheon, Korea, 2022, pp. …": a year right after the proceedings' name, with
    no mark between, is the name's when the reference is dated again later."""
    n = len(tokens)
    for _a, e in _runs_of(out, "container-title"):
        if e + 2 < n and out[e].lstrip("^") == "issued" and len(tokens[e].text) == 4 and tokens[e].text.isdecimal() \
                and 1900 <= int(tokens[e].text) <= 2100 \
                and tokens[e + 1].text == "," and tokens[e - 1].text[:1].isalnum() \
                and any(out[m].lstrip("^") == "issued" and tokens[m].text.isdecimal() for m in range(e + 2, n)):
            out[e] = "container-title"
            return


def _proceedings_name_across_its_years(tokens: Sequence[Token], out: list[str]) -> None:
    """IEEE Xplore's proceedings names carry years and full stops inside: "Computer Vision and Pattern Recognition,
    1997. Proceedings., 1997 IEEE Computer Society Conference on", "Proceedings 2006 IEEE International Conference on
    Robotics and Automation, 2006. ICRA 2006.". A second title after the container, past a year and a full stop, made
    of the proceedings' word or an acronym, is no title of a work that has one already: it is the name's, and so are
    the year before it and a name that goes on after it; the reference is dated again later."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e + 4 >= n or tokens[e].text != "," or out[e + 1].lstrip("^") != "issued" \
                or not _YEAR_TOKEN.fullmatch(tokens[e + 1].text) or tokens[e + 2].text != "." \
                or out[e + 3].lstrip("^") != "title" or not any(x.lstrip("^") == "title" for x in out[:a]):
            continue
        t = e + 3
        while t < n and out[t].lstrip("^") == "title":
            t += 1
        piece = tokens[e + 3:t]
        if len(piece) > 6 or not any(x.text in _PROCEEDINGS_CASED or (x.text.isupper() and x.text.isalpha()
                                                                        and len(x.text) >= 2) for x in piece):
            continue
        end = t
        k = t
        while k < n and tokens[k].text in ".," and out[k] == "O":
            k += 1
        if k + 1 < n and out[k].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[k].text) \
                and out[k + 1].lstrip("^") == "container-title":  # ("…, 1997 IEEE Computer Society Conference on")
            end = k + 1
            while end < n and out[end].lstrip("^") == "container-title":
                end += 1
        if not any(out[m].lstrip("^") == "issued" for m in range(end, n)):
            continue
        for m in range(e, end):
            out[m] = "container-title"
        return


def _words_before_bracketed_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """Chicago notes: "The Weight of Cities: Trade, Harbors, Walls (Chicago: University of Chicago Press, 1999)",
    "in Literary Criticism: Essays on Literature, American Writers, English Writers (New York: Library of America,
    1983)": the imprint is all inside the brackets, so the words between the title (or the container) and the bracket
    are the title's last words, not a place, a publisher or a note (the labeler, seeing a bracket and a place ahead,
    starts the imprint early)."""
    n = len(tokens)
    for i in range(3, n - 5):
        if tokens[i].text != "(" or out[i + 1].lstrip("^") != "publisher-place" or out[i - 1].lstrip("^") not in (
                "publisher", "publisher-place", "note"):
            continue
        k = i + 1
        while k < n and tokens[k].text != ")" and k - i < 20:
            k += 1
        inside = out[i + 1:k]
        if k >= n or not _YEAR_TOKEN.fullmatch(tokens[k - 1].text) or "publisher" not in inside \
                or not any(t.text == ":" for t in tokens[i + 2:k]):
            continue
        j = i - 1
        while j >= 0 and out[j].lstrip("^") in ("publisher", "publisher-place", "note", "O") \
                and (tokens[j].text == "," or (tokens[j].text.isalpha() and out[j] != "O")):
            j -= 1
        label = out[j].lstrip("^") if j >= 0 else ""
        if label not in ("title", "container-title") or i - j > 9:
            continue
        for m in range(j + 1, i):
            out[m] = label
        out[i] = "O"
        return


def _quoted_title_in_note(tokens: Sequence[Token], out: list[str]) -> None:
    """'Camera dei deputati, A.C. 1500, proposta di legge "Norme sul lavoro agile", presentata il 3 marzo 2020.': the
    labeler found no title and called the rest a note; the words it quotes are the title."""
    n = len(tokens)
    for a, e in _runs_of(out, "note"):
        for i in range(a, e - 2):
            closers = QUOTE_CLOSERS.get(tokens[i].text)
            if closers is None:
                continue
            j = next((k for k in range(i + 2, e) if tokens[k].text in closers), None)
            if j is None or sum(tokens[k].text.isalpha() for k in range(i + 1, j)) < 2:
                return
            out[i + 1:j] = ["title"] * (j - i - 1)
            out[i] = out[j] = "O"
            if j + 1 < n and out[j + 1] == "note":  # (what follows stays a note of its own)
                out[j + 1] = "O" if tokens[j + 1].text in (",", ".", ";") else "note"
            return


def _title_after_date_read_as_note(tokens: Sequence[Token], out: list[str]) -> None:
    """"Pellegrino D., Marino L. (2023), Reddito di cittadinanza …, Working Paper n. 58, Roma, INAPP.": the labeler
    found no title and called the words after the authors' date a note. In author-date form what opens after the
    date is the title, to the next field the labeler did read."""
    run = next(_runs_of(out, "note"), None)
    if run is None:
        return
    a, e = run
    j = a - 1
    while j >= 0 and out[j] == "O" and tokens[j].text in (")", ",", ".", ":"):
        j -= 1
    if j < 1 or out[j].lstrip("^") != "issued" or tokens[j - 1].text != "(" \
            or not any(out[k].lstrip("^") == "author" for k in range(j)):
        return
    if sum(tokens[k].text[:1].isalpha() for k in range(a, e)) < 3 \
            or not any(out[k].lstrip("^") in _WORK_AFTER_TITLE for k in range(e, len(out))):
        return  # (a note saying more, "(2011). Personal communication with the author, 3 May.", has no imprint after it)
    out[a:e] = ["title"] * (e - a)
    # "…, Working Paper n." closing the run is the paper's series, the number after it its own
    c = next((k for k in range(e - 2, a, -1) if tokens[k].text == ","), None)
    if c is not None and _PAPER_SERIES.fullmatch(_spaced_text(tokens[c + 1:e]).rstrip(". ")):
        out[c] = "O"
        out[c + 1:e] = ["collection-title"] * (e - c - 1)
        for k in range(e - 1, c, -1):
            if tokens[k].text in ("n", "No", "no", "Nr", "nr", "n°", "."):
                out[k] = "O"
            else:
                break


_WORK_AFTER_TITLE = frozenset({"publisher", "publisher-place", "number", "container-title", "URL", "DOI"})
_PAPER_SERIES = re.compile(r"(?:working|discussion|occasional|policy|research)\s+papers?(?:\s+(?:n|no|nr)\.?)?",
                           re.IGNORECASE)


def _publisher_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """Polish and Italian books: "Geotechnika w budownictwie drogowym, Wydawnictwa Naukowo-Techniczne, Warszawa 2014":
    the piece after the title's last comma that a publisher's word opens is the publisher, before its place."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        end = e
        if e + 3 < n and tokens[e].text in QUOTE_CLOSERS and out[e] == "O":
            # "…, Oficyna Wydawnicza „Impuls”, Kraków 2021": the publisher's own name in quotes closes it
            closers = QUOTE_CLOSERS[tokens[e].text]
            end = next((m + 1 for m in range(e + 1, min(n, e + 6)) if tokens[m].text in closers), e)
        if end + 1 >= n or tokens[end].text != "," or out[end + 1].lstrip("^") not in ("publisher-place", "issued"):
            continue
        c = max((m for m in range(a + 2, e - 1) if tokens[m].text == ","), default=None)
        if c is None or end - c > 8:
            return
        piece = tokens[c + 1:e]
        # "Una guerra civile. Saggio storico sulla moralità …, Bollati Boringhieri, Torino 1991": in a title written
        # in sentence case, a last piece of one to three capitalised words before the place is a name, the publisher's
        named = e - c - 1 <= 3 and end == e and all(t.text[:1].isupper() and t.text.isalpha() for t in piece) \
            and sum(t.text.islower() and len(t.text) >= 5 for t in tokens[a:c]) >= 2 \
            and out[end + 1].lstrip("^") == "publisher-place"
        if tokens[c + 1].text.lower() in PUBLISHER_WORDS or named:
            out[c] = "O"
            out[c + 1:end] = ["publisher"] * (end - c - 1)
        return



# the words that open an editor's phrase after a book's title ("a cura di", "hrsg. v."; a translator's: _TRANSLATED_CUE)
_EDITOR_OPENERS = frozenset({"hrsg", "hg", "red", "edited", "под", "cura"})


def _subtitle_before_comma_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """Polish and Italian books: "Kibice piłkarscy w Polsce po 1989 roku. Tożsamość, rytuał, przemoc, Wydawnictwo …,
    Szczecin 2018": the sentence after the title's full stop, up to the comma before the imprint or a translator's
    phrase, is the subtitle, though the labeler read it as a genre, a journal or a translator. Only in a book: no
    "in" before a container, no volume, issue or page, and the sentence holds no full stop of its own."""
    n = len(tokens)
    if any(out[m] == "O" and tokens[m].text in _IN_OPENERS for m in range(n)):
        return  # ("W:", "in": a chapter's container follows)
    a = _first(out, "title", n)
    e = a
    while e < n and out[e].lstrip("^") == "title":
        e += 1
    if e + 3 >= n or tokens[e].text != "." or out[e] != "O" or not tokens[e + 1].text[:1].isupper() \
            or not tokens[e + 1].text.isalpha() or out[e + 1].lstrip("^") not in _SUBTITLE_READINGS:
        return
    comma = None
    m = e + 1
    while m < n:
        lab = out[m].lstrip("^")
        text = tokens[m].text
        if lab in ("publisher", "publisher-place") or (lab == "O" and (text.lower() in _EDITOR_OPENERS or _TRANSLATED_CUE.match(text))):
            break
        if lab not in _SUBTITLE_READINGS or text == "." or m - e > 30:
            return
        if text == ",":
            comma = m
        m += 1
    if m >= n or comma != m - 1 or comma == e + 1 or is_thesis_genre(_spaced_text(tokens[e + 1:comma])):
        return  # ("… Pflege im Alter. Dissertation, Universität Hamburg": the kind of work, not a subtitle)
    if out[m].lstrip("^") != "O":
        # the imprint of these languages, "Publisher, Place 2016" (English "Technical report, University of …, 1993"
        # and "Proceedings of …, Munich, Germany, 2010" are not subtitles)
        p = m
        while p < n and out[p].lstrip("^") == "publisher":
            p += 1
        q = p + 1
        while q < n and out[q].lstrip("^") == "publisher-place":
            q += 1
        if p == m or p + 1 >= n or tokens[p].text != "," or q == p + 1 or q >= n \
                or out[q].lstrip("^") != "issued" or not tokens[q].space_before:
            return
    out[e:comma] = ["title"] * (comma - e)


# what the labeler makes of a subtitle after a full stop (and the marks around it)
_SUBTITLE_READINGS = frozenset({"genre", "container-title", "translator", "O", "note"})

def _source_with_page_read_as_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """"Visser, M. (2021, 3 maart). Title. NRC Handelsblad, p. 4.": a name after the title with a page after it and no
    place is the work's source (a newspaper, a magazine), not its publisher: a publisher prints no page."""
    n = len(tokens)
    for a, e in _runs_of(out, "publisher"):
        if e + 3 >= n or tokens[e].text != "," or "page" not in term_classes(tokens[e + 1].text.lower()) \
                or out[e + 1] != "O" or "publisher-place" in out or out[a - 1] != "O" or a < 2 \
                or out[a - 2].lstrip("^") != "title":
            continue
        k = e + 2 if tokens[e + 2].text != "." else e + 3
        if k < n and out[k].lstrip("^") == "page":
            out[a:e] = ["container-title"] * (e - a)
        return


def _journal_read_as_publisher_before_volume(tokens: Sequence[Token], out: list[str]) -> None:
    """"… surgery: a case report. Auris Nasus Larynx. 2007; 34(4): 565-567.": a name after the title followed by the
    date and then a volume and pages is the journal, not a publisher: a publisher prints no volume (the labeler, not
    knowing the journal's words, took them for a publisher's)."""
    n = len(tokens)
    for a, e in _runs_of(out, "publisher"):
        if a < 2 or out[a - 1] != "O" or out[a - 2].lstrip("^") != "title" or e - a > 8:
            return
        k = e
        while k < n and out[k] == "O" and tokens[k].text in ".,":
            k += 1
        d = k
        while k < n and out[k].lstrip("^") == "issued":
            k += 1
        if k == d or k >= n or tokens[k].text not in ";:," or out[k] != "O":
            return
        k += 1
        if k >= n or out[k].lstrip("^") != "volume" or not any(out[m].lstrip("^") == "page" for m in range(k, n)):
            return
        out[a:e] = ["container-title"] * (e - a)
        return


_BODY_LINKS = frozenset({"of", "for", "and", "the", "&", "on", "in"})


def _body_before_quoted_title(tokens: Sequence[Token], out: list[str]) -> None:
    """'Federal Reserve Bank of Chicago. "Commercial Paper -- New Style," Business Conditions (August, 1955).': a
    reference with no name that opens with a sentence of capitalised words and then quotes its title has its author,
    a body, in that sentence: a work has one title, and the quoted one is it (the labeler, finding no person's name,
    made the body a first title)."""
    n = len(tokens)
    s = _first_field(out)
    e = s
    while e < n and out[e].lstrip("^") == "title" and tokens[e].text != ".":
        e += 1
    if e == s or e + 2 >= n or e - s > 10 or tokens[e].text != "." or out[e] != "O" \
            or tokens[e + 1].text not in QUOTE_CLOSERS or out[e + 2].lstrip("^") != "title" \
            or not all(t.text[:1].isupper() or t.text in _BODY_LINKS for t in tokens[s:e]) \
            or not tokens[s].text[:1].isupper():
        return
    out[s] = "^author" if out[s].startswith("^") else "author"
    for m in range(s + 1, e):
        out[m] = "author"


def _journal_glued_to_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Coeliac disease in a diabetic child Lancet 1969; 1, pages 1215-292.", "… on pregnancy rates Fertil Steril
    1995; 63: 1284-6.": PubMed-like text that lost the full stop after the title runs the journal into it; when the
    title runs straight into the date and a volume, in a reference with no container, the longest tail of the title
    (up to six words) that the journal lists know is the journal."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        if e + 2 >= n or out[e].lstrip("^") != "issued" or not _YEAR_TOKEN.fullmatch(tokens[e].text) \
                or tokens[e + 1].text not in ";," or out[e + 2].lstrip("^") != "volume":
            continue
        from refnorm.rendering.journals import full_title  # (the lists load on first use: only here)
        for k in range(max(a + 3, e - 6), e):
            tail = tokens[k:e]
            if not tail[0].text[:1].isupper() or not all(t.text.isalpha() for t in tail) \
                    or tokens[k - 1].text in ":-" or full_title(" ".join(t.text for t in tail)) is None:
                continue
            for m in range(k, e):
                out[m] = "container-title"
            return
        return


def _journal_after_number_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Vliv sucha na výnosy ozimé pšenice v letech 2015–2019. Zemědělská ekonomika a praxe. 2020, roč. 66, č. 4":
    a title that closes with a number (years, a count) has a full stop after it the labeler may read as inside the
    title ("16. Jahrhunderts") and run the journal into it. In a reference with journal locators and no container,
    when the title's run ends at a full stop before the date, the words after its last number's full stop are the
    journal."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        if e + 1 >= n or tokens[e].text != "." or out[e].lstrip("^") != "O" or out[e + 1].lstrip("^") != "issued" \
                or not any(out[k].lstrip("^") in ("volume", "issue") for k in range(e + 1, min(n, e + 12))):
            return
        d = next((d for d in range(e - 2, a + 1, -1) if tokens[d].text == "."), None)
        if d is None or not tokens[d - 1].text.isdecimal() or not tokens[d + 1].space_before \
                or not tokens[d + 1].text[:1].isupper() or e - d - 1 > 10 \
                or not all(t.text.isalpha() or t.text in "&-" for t in tokens[d + 1:e]):
            return
        out[d] = "O"
        for m in range(d + 1, e):
            out[m] = "container-title"
        return


def _place_named_in_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """"Technische Universiteit Delft, Delft.", "University of Bergen, Bergen": a word after the publisher's last
    comma that its name already holds is the place, printed after it. The labeler ran the two into one field, the
    publisher or the place (the record has the other of the two)."""
    n = len(tokens)
    label = "publisher" if "publisher" in out else "publisher-place"
    a = _first(out, label, n)
    e = a
    while e < n and (out[e].lstrip("^") == label or (tokens[e].text == "," and e + 1 < n
                                                     and out[e + 1].lstrip("^") == label)):
        e += 1
    c = e - 2  # (the last comma, inside the run or between two of its runs)
    if c <= a or tokens[c].text != "," or not tokens[e - 1].text.isalpha() or not tokens[e - 1].text[:1].isupper() \
            or tokens[e - 1].text not in (t.text for t in tokens[a:c]) or (e < n and tokens[e].text not in ".,;") \
            or any(t.text == "," for t in tokens[a:c]):
        return
    out[a:c] = ["publisher"] * (c - a)
    out[c] = "O"
    out[e - 1] = "publisher-place"


def _doi_cut_inside(tokens: Sequence[Token], out: list[str]) -> None:
    """"…/S2542-5196(21)00012-3 Epub 2021 Feb 2.": a DOI goes on to the next space. When its run ends where no DOI
    ends (a hyphen, a slash, an opening bracket), the characters glued to it are its own (the labeler gave "3" to the
    date after it), but for the punctuation that closes a sentence or a bracket before a space or the end."""
    n = len(tokens)
    for _a, e in _runs_of(out, "DOI"):
        k = e
        while k < n and not tokens[k].space_before and out[k].lstrip("^") not in ("DOI", "URL") \
                and not (tokens[k].text in ".,;:)]" and (k + 1 == n or tokens[k + 1].space_before
                                                          or tokens[k + 1].text in ".,;:)]")):
            k += 1
        if k > e and tokens[e - 1].text in ("-", "/", "("):  # (a run cut where no DOI ends)
            out[e:k] = ["DOI"] * (k - e)


# "Licence: CC BY-NC-SA 3.0 IGO." (WHO and others print their publication's licence in its citation)
_LICENCE_WORDS = frozenset({"Licence", "License", "Lizenz", "Licença", "Licencia", "Licenza", "Licentie", "Licencja"})


def _licence_statement(tokens: Sequence[Token], out: list[str]) -> None:
    """"Geneva: World Health Organization; 2023. Licence: CC BY-NC-SA 3.0 IGO.": a Creative Commons licence
    statement is a note, not a volume, pages or a container; up to the full stop after it (a link may follow)."""
    n = len(tokens)
    for i in range(n - 2):
        if tokens[i].text in _LICENCE_WORDS and tokens[i + 1].text == ":" and tokens[i + 2].text == "CC":
            e = i + 3
            while e < n and not (tokens[e].text == "." and (e + 1 == n or tokens[e + 1].space_before)):
                e += 1
            out[i:e] = ["note"] * (e - i)
            if e < n:
                out[e] = "O"
            return


# APA's patent: "Title (U.S. Patent No. 10,987,654). U.S. Patent and Trademark Office." (the office's country first)
_PATENT_OPENING = ("U", ".", "S", ".", "Patent")


def _patent_number_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """"Modular photovoltaic roof tile (U.S. Patent No. 10,987,654). U.S. Patent and Trademark Office.": the bracket
    after an APA patent's title holds its number (the labeler ran the title into it and read the number as a volume
    and pages); the office after it is the publisher."""
    n = len(tokens)
    for i in range(1, n - 6):
        if tokens[i].text != "(" or tokens[i + 1].text not in ("U", "Patent"):
            continue
        k = i + 1
        if tokens[k].text == "U":
            if tuple(t.text for t in tokens[k:k + 5]) != _PATENT_OPENING:
                continue
            k += 4
        if k + 3 >= n or tokens[k + 1].text != "No" or tokens[k + 2].text != ".":
            continue
        e = k + 3
        while e < n and (tokens[e].text.isdecimal() or (tokens[e].text == "," and e + 1 < n
                                                        and tokens[e + 1].text.isdecimal())):
            e += 1
        if e == k + 3 or e >= n or tokens[e].text != ")":
            continue
        out[i:k + 3] = ["O"] * (k + 3 - i)
        out[k + 3:e] = ["number"] * (e - k - 3)
        out[e] = "O"
        # the office that grants it, after the bracket's full stop
        f = e + 1
        if f + 1 < n and tokens[f].text == "." and "Office" in (t.text for t in tokens[f + 1:f + 9]):
            g = f + 1  # (to the full stop that closes it, not those of "U.S.")
            while g < n and not (tokens[g].text == "." and tokens[g - 1].text not in ("U", "S")):
                g += 1
            out[f + 1:g] = ["publisher"] * (g - f - 1)
        return


def _publisher_after_place_read_as_container(tokens: Sequence[Token], out: list[str]) -> None:
    """"In Large Meteorite Impacts …, edited by Gibson R. L. and Reimold W. U. Boulder: Geological Society of America,
    Special Paper, …": after a chapter's container, the name after the place's colon is the publisher (a work has
    one container; the labeler, seeing a society's name, starts a second). Up to its comma."""
    n = len(tokens)
    for i in range(2, n - 2):
        if tokens[i].text != ":" or out[i - 1].lstrip("^") != "publisher-place" \
                or out[i + 1].lstrip("^") != "container-title" \
                or not any(x.lstrip("^") == "container-title" for x in out[:i - 1]):
            continue
        k = i + 1
        while k < n and out[k].lstrip("^") == "container-title" and tokens[k].text not in ",.;)":
            k += 1
        if k - i - 1 > 8 or (k < n and tokens[k].text not in ",.;)"):
            continue  # (")": "Mechanics (Moscow: Physics-Mathematics Institute) Sect. 37")
        for m in range(i + 1, k):
            out[m] = "publisher"
        if k < n and out[k].lstrip("^") == "container-title":
            out[k] = "O"
        return


def _publisher_after_place_comma_read_as_title(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian author-date books: "Conti, P. (2012), La città e il fiume, Roma, Carocci («Studi urbani», 7).": the
    publisher closes the reference after its place and a comma, or before the series' bracket. The labeler, seeing a
    lone name after the title, reads it as a second title or a container. One to three capitalised words (an
    article may open them: "il Mulino") after the place's comma, closing the reference or opening its bracket."""
    n = len(tokens)
    t = _first(out, "title", n)
    for a, e in _runs_of(out, "publisher-place"):
        if a <= t or e + 1 >= n or tokens[e].text != "," or out[e] != "O":
            return
        b = e + 1
        lab = out[b].lstrip("^")
        if lab not in ("title", "container-title", "editor"):
            return
        f = b
        while f < n and out[f].lstrip("^") == lab:
            f += 1
        words = tokens[b:f]
        if not 1 <= len(words) <= 3 or not all(w.text.isalpha() for w in words) \
                or not words[-1].text[:1].isupper() or not (words[0].text[:1].isupper() or len(words) > 1):
            return
        if not (f == n or (tokens[f].text == "." and f + 1 == n) or (tokens[f].text == "(" and tokens[f].space_before)):
            return
        out[b:f] = ["publisher"] * (f - b)
        return


def _subtitle_read_as_container(tokens: Sequence[Token], out: list[str]) -> None:
    """"Ricci L., Economia dell’ambiente. Teoria e politiche, Bologna, il Mulino, 2016.": a book's subtitle after its
    title's full stop, read as a container (the reference then a chapter). A container follows an "in" (or GOST's
    "//", or editors); right after the title's full stop, with no editors, no volume, issue or pages, and the place
    and publisher after it, the words are the title's subtitle."""
    n = len(tokens)
    if any(x.lstrip("^") in ("volume", "issue", "page") for x in out):
        return
    first = next(_runs_of(out, "title"), None)
    if first is None:
        return
    e = first[1]
    if e + 1 >= n or tokens[e].text != "." or out[e] != "O" or out[e + 1].lstrip("^") != "container-title":
        return
    f = e + 1
    while f < n and out[f].lstrip("^") == "container-title":
        f += 1
    if f >= n or tokens[f].text != "," or not any(out[m].lstrip("^") in ("publisher-place", "publisher")
                                                  for m in range(f + 1, min(n, f + 4))):
        return
    out[e:f] = ["title"] * (f - e)


def _imprint_after_edition_read_as_editor(tokens: Sequence[Token], out: list[str]) -> None:
    """"Marchetti, L. (2010), Storia della stampa veneziana, 2ª ed., Venezia, Marsilio.": after an edition statement,
    whose "ed." is also an editor's term, a place and a publisher closing the reference are read as an editor
    ("Venezia, Marsilio" as family and given name). Two capitalised words and a comma, right after the edition's
    comma, at the end."""
    n = len(tokens)
    for a, e in _runs_of(out, "editor"):
        if e - a != 3 or tokens[a + 1].text != "," or a < 2 or tokens[a - 1].text != "," \
                or out[a - 2].lstrip("^") not in ("edition", "O") or not any(
                    out[m].lstrip("^") == "edition" for m in range(max(0, a - 6), a)):
            continue
        if not (e == n or (tokens[e].text == "." and e + 1 == n) or (tokens[e].text == "(" and tokens[e].space_before)):
            return
        place, publisher = tokens[a], tokens[a + 2]
        if place.text.isalpha() and publisher.text.isalpha() and place.text[:1].isupper() \
                and publisher.text[:1].isupper() and not place.text.isupper():
            out[a:e] = ["publisher-place", "O", "publisher"]
        return


def _hyphened_elision(tokens: Sequence[Token], i: int) -> bool:
    """Is the apostrophe ``tokens[i]`` an elided article glued by a hyphen to the word before ("Villeneuve-d’Ascq",
    "Saint-Martin-d’Hères")?"""
    return i >= 3 and tokens[i - 2].text == "-" and not tokens[i - 1].space_before and not tokens[i - 2].space_before \
        and tokens[i - 3].text[:1].isupper() and tokens[i + 1].text[:1].isupper()


def _elision_inside_field(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian and French elision: "Tipografi e caratteri a Parma nell’età di Bodoni, Parma, …": the words after
    "nell’" are the title's, though the labeler closed the title at the apostrophe and left them outside every field
    or gave them to the place ("del lago d’Orta, Novara"); "Thèse d’exercice vétérinaire": a field does not begin at
    an elided article."""
    n = len(tokens)
    for i in range(2, n - 1):
        # "Thèse d’exercice vétérinaire": a field the labeler began at the elided article is the one before it
        if tokens[i].text in ("’", "'") and not tokens[i].space_before and not tokens[i + 1].space_before \
                and tokens[i - 1].text.islower() and len(tokens[i - 1].text) <= 4 and tokens[i - 1].space_before \
                and (label := out[i - 2].lstrip("^")) not in ("O", out[i - 1].lstrip("^")) and tokens[i - 2].text.isalpha():
            other = out[i - 1].lstrip("^")
            k = i - 1
            while k < n and out[k].lstrip("^") == other and tokens[k].text not in (".", ","):
                out[k] = label
                k += 1
            return
    for i in range(1, n - 1):
        if tokens[i].text not in ("’", "'") or tokens[i].space_before or tokens[i + 1].space_before \
                or not tokens[i + 1].text.isalpha() or not tokens[i - 1].text.islower():
            continue
        field, after = out[i - 1].lstrip("^"), out[i + 1].lstrip("^")
        if after == "publisher-place" and field != after and _hyphened_elision(tokens, i):
            # "Villeneuve-d’Ascq : Presses universitaires du Septentrion": a place joined by hyphens holds its
            # elided article; the words before it are the place's, not the title's
            k = i - 1
            while k >= 2 and tokens[k - 1].text == "-" and not tokens[k].space_before and not tokens[k - 1].space_before:
                k -= 2
            out[k:i + 1] = ["publisher-place"] * (i + 1 - k)
            return
        if field in ("title", "container-title") and after in ("publisher-place", "publisher") \
                and tokens[i + 1].text[:1].isupper():
            # "del lago d’Orta, Novara", "tapisserie d’Aubusson, 1660–1790": the word the elided article opens,
            # which the labeler took for a place or a publisher, is the title's too
            k = i + 1
            while k < n and out[k].lstrip("^") == after and tokens[k].text[:1].isalpha():
                k += 1
            out[i:k] = [field] * (k - i)
            if k < n and out[k] == after and tokens[k].text in (",", ";", "."):  # (the place's own run goes on)
                out[k] = "O"
            continue
        if out[i] != "O" or field != "title":
            continue
        k = i + 1
        while k < n and out[k] == "O" and (tokens[k].text.isalpha() or tokens[k].text in ("’", "'")):
            k += 1
        if k >= n or tokens[k].text not in (",", ".") or k - i > 12:
            return
        for m in range(i, k):
            out[m] = "title"
        return


def _place_comma_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian, Spanish and French humanities: "…, Firenze, Olschki, 1991", "Bologna, Il Mulino": a place and its
    publisher joined by a comma in one field the labeler read as either, in a record with no container. The first
    part must be a place of the dictionary and the second not all places nor an abbreviation ("San Francisco,
    California", "Washington, D.C.", "Beverly Hills, Calif." stay one place)."""
    n = len(tokens)
    label = "publisher-place" if "publisher-place" in out else "publisher"
    a = out.index(label)
    if a and out[a - 1].lstrip("^") == label:
        return
    e = a
    while e < n and out[e].lstrip("^") == label:
        e += 1
    c = next((m for m in range(a, e) if tokens[m].text == ","), None)
    if c is None or not 1 <= c - a <= 2 or c + 1 >= e or "," in (t.text for t in tokens[c + 1:e]):
        return
    place, rest = tokens[a:c], tokens[c + 1:e]
    if "container-title" in out or "^container-title" in out:
        return
    if len(rest) == 1 and e < n and out[e].lstrip("^") == "issued" and tokens[e].space_before \
            and _YEAR_TOKEN.fullmatch(tokens[e].text) and "title" in out \
            and rest[0].text.isalpha() and rest[0].text[:1].isupper() and "p" in word_flags(rest[0].text.lower()) \
            and all(t.text.isalpha() and t.text[:1].isupper() for t in place) and not _all_places(place):
        # "…, Olschki Leo, Firenze 1999": the publisher first, its place running into the year
        out[a:c] = ["publisher"] * (c - a)
        out[c] = "O"
        out[c + 1] = "publisher-place"
        return
    if not all(t.text.isalpha() and t.text[:1].isupper() for t in place) or "p" not in word_flags(place[0].text.lower()) \
            or not rest[0].text[:1].isupper() or (len(rest) == 1 and rest[0].text.isupper() and len(rest[0].text) <= 3) \
            or any(t.text == "." for t in rest) or _all_places(rest):
        return
    out[a:c] = ["publisher-place"] * (c - a)
    out[c] = "O"
    out[c + 1:e] = ["publisher"] * (e - c - 1)

_FOUNDER_READ_AS = frozenset({"author", "editor", "container-title", "publisher-place", "publisher"})


def _founders_name_as_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """"Morrison, Toni. Beloved. Alfred A. Knopf, 1987.", "…, Firenze, Leo S. Olschki, 2013.": a publisher named after
    its founder, written "Forename I. Family", standing where the imprint does (after the title, or after its place,
    and right before ", YEAR"). The labeler reads it as a second author, an editor, a container, or cuts it at the
    initial's stop (the place "Firenze, Leo S", the publisher "Olschki")."""
    n = len(tokens)
    t = _first(out, "title", n)
    if t == n or not any(out[m].lstrip("^") == "author" for m in range(t)):
        return
    for k in compress(range(t + 7, n), map(_ISSUED.__contains__, islice(out, t + 7, None))):  # the year ends it
        i = k - 5
        a, b, dot, c = tokens[i:i + 4]
        if not (len(b.text) == 1 and b.text.isupper() and dot.text == "." and a.text.isalpha() and len(a.text) > 1
                and a.text[:1].isupper() and c.text.isalpha() and len(c.text) > 1 and c.text[:1].isupper()):
            continue
        if tokens[i + 4].text != "," or out[i + 5].lstrip("^") != "issued" or not _YEAR_TOKEN.fullmatch(tokens[i + 5].text) \
                or tokens[i - 1].text not in (",", ".", ":") or any(out[m].lstrip("^") not in _FOUNDER_READ_AS
                                                                   for m in (i, i + 1, i + 3)):
            continue
        before = out[i - 2].lstrip("^")
        if before not in ("title", "publisher-place") and not (before == out[i].lstrip("^") == "publisher-place"):
            continue
        if out[i - 1].lstrip("^") != "O":
            out[i - 1] = "O"
        out[i:i + 4] = ["publisher"] * 4
        return


def _ordinal_opening_container(tokens: Sequence[Token], out: list[str]) -> None:
    """"Ö. Acar (Ed.), 32. Ulusal Dilbilim Kurultayı Bildiri Kitabı içinde (s. 145–158)", "In: Berger, A. (Hg.): 52.
    Deutscher Historikertag", "… sistemi. 27. Sinyal İşleme ve İletişim Uygulamaları Kurultayı (SIU) Bildiriler
    Kitabı, Sivas": the ordinal of a meeting opens its proceedings' name. The labeler leaves "32." out of the
    container (or reads it as a date, and the name up to its acronym as a second title)."""
    n = len(tokens)
    t = _first(out, "title", n)
    for a, e in _runs_of(out, "container-title"):
        s = a
        if a >= 2 and tokens[a - 1].text == "(" and out[a - 2].lstrip("^") == "title" and t < a - 2:
            s = a - 2  # the name before its acronym in brackets, read as a second title
            while s > t and out[s - 1].lstrip("^") == "title":
                s -= 1
            if s == t or out[s - 1].lstrip("^") == "title":
                return
        o = s - 2  # the ordinal, then its stop
        if o < 1 or tokens[s - 1].text != "." or tokens[s - 1].space_before or not tokens[o].text.isdecimal() \
                or len(tokens[o].text) > 3 or tokens[o].text.startswith("0") or tokens[o - 1].text not in (",", ":", ".", ")") \
                or not tokens[s].text[:1].isupper() or out[s - 1] != "O" \
                or out[o].lstrip("^") not in ("O", "issued", "edition", "volume"):
            return
        if out[o].lstrip("^") == "issued" and sum(1 for x in out if x.lstrip("^") == "issued") < 2:
            return  # (the reference's only date stays one)
        out[o:e] = ["container-title"] * (e - o)
        return



# (as a second title, or, publisher and year together, as an access date: "Köln: Böhlau 2015 (…)")
_IMPRINT_READ_AS = frozenset({"title", "accessed"})
# the words before a series' number in its brackets: "(Norm und Struktur, Bd. 44)", "(Beihefte, Nr. 12)"
_BRACKET_SERIES_VOLUME = frozenset({"Bd", "Band", "Bde", "Nr", "Heft", "H", "Vol", "vol", "no", "No", "t", "T", "sv",
                                    "deel"})


def _imprint_and_series_read_as_title(tokens: Sequence[Token], out: list[str]) -> None:
    """German books: "Köln: Böhlau 2015 (Rheinisches Archiv 158).", "Köln/Weimar/Wien: Böhlau 2015 (Norm und Struktur,
    Bd. 44).", "Sigmaringen: Thorbecke 1990 (Vorträge und Forschungen, Bd. 38).": the publisher's one-word name, its
    year, and the series with its number in brackets. After the place and its colon the labeler reads "Böhlau 2015
    (Rheinisches Archiv 158" as a second title (or the series as a container and "Bd" as another), so the book has
    no publisher, no date and a title run on over the imprint."""
    n = len(tokens)
    t = _first(out, "title", n)
    for p in range(t + 2, n - 3):
        if tokens[p].text != ":" or out[p - 1].lstrip("^") != "publisher-place" \
                or out[p + 1].lstrip("^") not in _IMPRINT_READ_AS:
            continue
        k = p + 1
        while k < n and k - p <= 4 and tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha():
            k += 1
        if k == p + 1 or k + 1 >= n or not _YEAR_TOKEN.fullmatch(tokens[k].text) \
                or any(out[m].lstrip("^") != out[p + 1].lstrip("^") for m in range(p + 2, k + 1)):
            return
        out[p + 1:k] = ["publisher"] * (k - p - 1)
        out[k] = "issued"
        o = k + 1
        c = next((m for m in range(o + 1, min(n, o + 20)) if tokens[m].text == ")"), None)
        if o >= n or tokens[o].text != "(" or c is None or not tokens[c - 1].text.isdecimal() \
                or not tokens[o + 1].text[:1].isupper() or any(tokens[m].text in (":", "(") for m in range(o + 1, c)) \
                or _YEAR_TOKEN.fullmatch(tokens[c - 1].text):
            # no series with its number (a year closing the bracket is a reprint's, not a series number: "(Nachdr.
            # Aalen 1975)"): what the labeler ran on past the year is no title's
            for m in range(k + 1, n):
                if out[m].lstrip("^") != "title":
                    break
                out[m] = "O"
            return
        num = c - 1
        e = num  # the series' name ends before its number, its volume word or the comma before them
        if tokens[e - 1].text == "." and tokens[e - 2].text in _BRACKET_SERIES_VOLUME:
            e -= 2
        elif tokens[e - 1].text in _BRACKET_SERIES_VOLUME:
            e -= 1
        if tokens[e - 1].text in (",", ";"):
            e -= 1
        if e <= o + 1:
            return
        out[o] = "O"
        out[o + 1:e] = ["collection-title"] * (e - o - 1)
        out[e:num] = ["O"] * (num - e)
        out[num] = "collection-number"
        out[c] = "O"
        return



def _series_and_imprint_in_one_bracket(tokens: Sequence[Token], out: list[str]) -> None:
    """Dutch historians: "Jonge, H. de, Het Utrechtse kapittel in de late middeleeuwen (Middeleeuwse studies en bronnen
    112; Hilversum 2008).": the series, its number, the place and the year in one bracket after the title, and no
    imprint elsewhere. The labeler reads the bracket as a note (or runs the title into it up to the semicolon)."""
    n = len(tokens)
    t = _first(out, "title", n)
    for o in range(t + 1, n - 6):
        if tokens[o].text != "(" or out[o - 1].lstrip("^") != "title":
            continue
        c = next((m for m in range(o + 1, min(n, o + 20)) if tokens[m].text == ")"), None)
        semi = next((m for m in range(o + 1, c) if tokens[m].text == ";"), None) if c else None
        if c is None or semi is None or any(out[m].lstrip("^") in ("issued", "publisher-place", "publisher")
                                            for m in range(o)):
            return
        num, year = semi - 1, c - 1
        if not (tokens[num].text.isdecimal() and len(tokens[num].text) <= 3 and _YEAR_TOKEN.fullmatch(tokens[year].text)) \
                or num <= o + 1 or not tokens[o + 1].text[:1].isupper() or not 1 <= year - semi - 1 <= 3 \
                or not all(tokens[m].text[:1].isupper() and tokens[m].text.replace("-", "").isalpha()
                           for m in range(semi + 1, year)) \
                or any(tokens[m].text in (":", ",", ";", "(") for m in range(o + 1, num)):
            return
        out[o] = out[semi] = out[c] = "O"
        out[o + 1:num] = ["collection-title"] * (num - o - 1)
        out[num] = "collection-number"
        out[semi + 1:year] = ["publisher-place"] * (year - semi - 1)
        out[year] = "issued"
        return



def _place_comma_publisher_in_chapter(tokens: Sequence[Token], out: list[str]) -> None:
    """The chapter of Italian, Spanish and French humanities: "…, in Storia dei porti toscani, a cura di Luca Neri,
    Pisa, ETS, 2012, pp. 33-50": the place and the publisher after the book's editors, read as one place. As
    ``_place_comma_publisher`` (the first part a place of the dictionary, the rest not all places), for a record whose
    container follows an "in" and whose editors are named; a publisher's acronym of three letters or more is no
    state's ("Pisa, ETS"; "Berkeley, CA" stays one place)."""
    n = len(tokens)
    ed = _first(out, "editor", n)
    # (the container follows the "in" or the editors do, as in "in A. Rinaldi (a cura di), Religione e società…")
    opened = next((m for m in range(ed) if out[m] == "O" and tokens[m].text in _IN_CASED and m + 1 < n
                   and out[m + 1].lstrip("^") in ("container-title", "editor")), None)
    if opened is None:
        return
    for a, e in _runs_of(out, "publisher-place"):
        # (the last run: a conference's place in brackets before the editors is an earlier one)
        if a < ed or (e < n and out[e].lstrip("^") == "publisher-place"):
            continue
        c = next((m for m in range(a, e) if tokens[m].text == ","), None)
        if c is None or not 1 <= c - a <= 2 or c + 1 >= e or "," in (t.text for t in tokens[c + 1:e]):
            return
        place, rest = tokens[a:c], tokens[c + 1:e]
        if not all(t.text.isalpha() and t.text[:1].isupper() for t in place) \
                or "p" not in word_flags(place[0].text.lower()) or not rest[0].text[:1].isupper() \
                or (len(rest) == 1 and rest[0].text.isupper() and len(rest[0].text) <= 2) \
                or any(t.text == "." for t in rest) or _all_places(rest):
            return
        out[c] = "O"
        out[c + 1:e] = ["publisher"] * (e - c - 1)
        return



def _imprint_closing_editors(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian chapters: "…, a cura di L. Bassani e C. Marchetti, Viella, Roma 2013" and "…, a cura di E. Sarti e
    P. Ventura, Udine, Forum, 2021": a word after the last of forename-first editors (each with an initial) and a
    comma, itself no initial, opens the imprint the labeler joined to the editors. Before a place and the year it
    is the publisher; a place of the dictionary before one other name and ", 2021" is the place, the name the
    publisher."""
    n = len(tokens)
    for a, e in _runs_of(out, "editor"):
        commas = [m for m in range(a, e) if tokens[m].text == ","]
        if not commas or e + 2 >= n or tokens[e].text != "," or out[e] != "O":
            continue
        c = commas[-1]
        if c + 1 >= e or not _one_capitalised_word(tokens, c + 1, e):
            continue
        parts = zip([a, *(m + 1 for m in commas[:-1])], commas, strict=True)
        if not all(any(_initial_at(tokens, m) for m in range(lo, hi)) for lo, hi in parts):
            continue
        b = e + 1
        lab = out[b].lstrip("^")
        f = b
        while f < n and out[f].lstrip("^") == lab:
            f += 1
        if f >= n or f - b > 4 or any(tokens[m].text in ",." for m in range(b, f)):
            continue
        year = f + 1 if tokens[f].text == "," and f + 1 < n else f
        if out[year].lstrip("^") != "issued" or not _YEAR_TOKEN.fullmatch(tokens[year].text):
            continue
        if lab == "publisher-place" and year == f and "p" in word_flags(tokens[b].text.lower()) \
                and "publisher" not in out:
            out[c] = "O"
            out[c + 1:e] = ["publisher"] * (e - c - 1)
        elif lab in ("container-title", "publisher", "title") and year == f + 1 \
                and "p" in word_flags(tokens[c + 1].text.lower()) and _one_capitalised_word(tokens, b, f):
            out[c] = "O"
            out[c + 1:e] = ["publisher-place"] * (e - c - 1)
            out[b:f] = ["publisher"] * (f - b)
        return


def _one_capitalised_word(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Is ``tokens[lo:hi]`` one capitalised word, hyphens or elisions joining its parts ("Viella", "Aix-en-Provence",
    "Villeneuve-d'Ascq")?"""
    return tokens[lo].text[:1].isupper() and tokens[lo].text.isalpha() and not _initial_at(tokens, lo) and all(
        not tokens[m].space_before and (tokens[m].text in ("-", "'", "’") or tokens[m].text.isalpha())
        for m in range(lo + 1, hi))


def _initial_at(tokens: Sequence[Token], m: int) -> bool:
    """Is ``tokens[m]`` an initial: one or two capitals before a full stop ("L.", "Ch.")?"""
    t = tokens[m].text
    return len(t) <= 2 and t[:1].isupper() and m + 1 < len(tokens) and tokens[m + 1].text == "."


def _hyphenated_place_read_as_genre(tokens: Sequence[Token], out: list[str]) -> None:
    """"…, Aix-en-Provence, PUP, 2020": a name of capitalised words joined by hyphens ("Aix-en-Provence",
    "Champs-sur-Marne", "Villeneuve-d'Ascq"), standing alone right before the publisher, is its place, though the
    labeler read it as a genre or a note."""
    n = len(tokens)
    for a, e in _runs_of(out, "genre"):
        if e + 1 >= n or tokens[e].text not in ",:" or out[e + 1].lstrip("^") != "publisher" or e - a < 3 \
                or a == 0 or tokens[a - 1].text not in ",.":
            continue
        if not (_one_capitalised_word(tokens, a, e) and tokens[e - 1].text[:1].isupper()) \
                or "-" not in (tokens[m].text for m in range(a, e)):
            continue
        out[a:e] = ["publisher-place"] * (e - a)

def _all_places(rest: Sequence[Token]) -> bool:
    """Is every word of ``rest`` a place of the dictionary ("California", "Nouvelle Aquitaine")? A word joined by
    hyphens is looked up whole: "Ouest-France" is a publisher though "Ouest" and "France" are places."""
    words: list[str] = []
    for k, t in enumerate(rest):
        if k and not t.space_before and words and (t.text == "-" or rest[k - 1].text == "-"):
            words[-1] += t.text
        elif t.text.isalpha():
            words.append(t.text)
    return all("p" in word_flags(w.lower()) for w in words if w.replace("-", "").isalpha())


_AFTER_PLACE = frozenset({"available", "URL", "DOI", "accessed"})


def _place_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """German grey literature: "Daten zur Umwelt 2022. Dessau-Roßlau. Online unter: https://…", "… Mittelstädten.
    Dessau-Roßlau (Texte, 87/2022).": a place alone in the last sentence of the title, before the link, the series
    or the end, is the imprint of a report that names no publisher (its author publishes it). The place is one
    word of the dictionary's places or two joined by a hyphen."""
    n = len(tokens)
    titles = list(_runs_of(out, "title"))
    for r, (a, e) in enumerate(titles):
        p = e - 1
        while p >= a and tokens[p].text != ".":
            p -= 1
        whole = p < a and r > 0 and a > 0 and tokens[a - 1].text == "."  # (a run of its own after the title's)
        if (p <= a and not whole) or (e < n and not (tokens[e].text == "(" or (tokens[e].text == "." and (
                e + 1 == n or out[e + 1].lstrip("^") in _AFTER_PLACE)))):
            continue
        place = tokens[(a if whole else p + 1):e]
        parts = [t.text for t in place if t.text != "-"]
        if not 1 <= len(parts) <= 2 or len(place) != 2 * len(parts) - 1 or not parts[0][:1].isupper() \
                or any(t.text == "-" and (t.space_before or place[k + 1].space_before) for k, t in enumerate(place)) \
                or not all(x.isalpha() and "p" in word_flags(x.lower()) for x in parts):
            continue
        if not whole:
            out[p] = "O"
        for m in range(a if whole else p + 1, e):
            out[m] = "publisher-place"
        return


def _place_before_year(tokens: Sequence[Token], out: list[str]) -> None:
    """ČSN ISO 690's imprint of an unpublished work: "… dřevostaveb [online]. Zlín, 2022 [cit. …]": the one word
    (a name joined by hyphens counts as one) before ", 2022" after the title's sentence is the place, not a second
    author."""
    n = len(tokens)
    title = _first(out, "title", n)
    for i in range(title + 2, n - 2):
        if tokens[i].text != "," or out[i - 1].lstrip("^") != "author" or out[i + 1].lstrip("^") != "issued" \
                or not (tokens[i + 1].text.isdecimal() and len(tokens[i + 1].text) == 4):
            continue
        j = i - 1
        while j > 1 and tokens[j - 1].text == "-" and not (tokens[j].space_before or tokens[j - 1].space_before) \
                and out[j - 2].lstrip("^") == "author":
            j -= 2
        if tokens[j - 1].text not in (".", "]") or out[j - 1].lstrip("^") == "author" or not tokens[j].text[:1].isupper() \
                or not all(tokens[k].text.isalpha() or tokens[k].text == "-" for k in range(j, i)):
            return
        for k in range(j, i):
            out[k] = "publisher-place"
        return


def _place_before_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """"Les vins de Champagne. Châlons-en-Champagne : Éditions du Coq, 2015": the one or two words (a name joined by
    hyphens counts as one) opening the sentence of a publisher after a colon are its place, though the labeler read
    them as a genre or a second title."""
    n = len(tokens)
    for i in range(2, n - 1):
        if tokens[i].text != ":" or out[i] != "O" or out[i + 1].lstrip("^") != "publisher":
            continue
        label = out[i - 1].lstrip("^")
        if label not in ("genre", "title", "note", "O"):
            return
        j = i - 1
        while j > 0 and out[j - 1].lstrip("^") == label and tokens[j - 1].text != "." and (
                label != "O" or tokens[j - 1].text.isalpha() or tokens[j - 1].text == "-"):
            j -= 1  # (a place the labeler left outside every field: "(2.ª ed.). Jaén: Editorial …")
        if j == 0 or tokens[j - 1].text != "." or not any(x.lstrip("^") == "title" for x in out[:j - 1]):
            return
        words = 0
        for k in range(j, i):
            t = tokens[k]
            if t.space_before or k == j:
                words += 1
                if not t.text[:1].isupper() or not t.text.isalpha():
                    return
            elif not (t.text == "-" or t.text.isalpha()):
                return
        if words > 2:
            return
        for k in range(j, i):
            out[k] = "publisher-place"
        return


_SUPERVISOR_WORDS = frozenset({"Vedoucí", "Vedúci", "Školitel", "Školiteľ", "Oponent"})
def _polish_thesis_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """Polish theses, "Lewandowski T., Modelowanie …, praca doktorska, Akademia Górniczo-Hutnicza im. Stanisława
    Staszica, Kraków 2019.": the labeler runs the title on through the kind of thesis into the school; the piece
    between commas that names the kind is the genre, and the school after it, to the place, the publisher."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        commas = [m for m in range(a + 2, e) if tokens[m].text == ","]
        for c in commas:
            if c + 2 >= e or tokens[c + 1].text not in ("praca", "rozprawa"):
                continue
            d = next((m for m in range(c + 2, min(e, c + 5)) if tokens[m].text == ","), None)
            if d is None or not is_thesis_genre(_spaced_text(tokens[c + 1:d])):
                return
            end = e
            if end + 1 < n and tokens[end].text == "." and out[end + 1].lstrip("^") == "publisher":
                while end + 1 < n and out[end + 1].lstrip("^") == "publisher":
                    end += 1
                end += 1
            out[c] = out[d] = "O"
            out[c + 1:d] = ["genre"] * (d - c - 1)
            # (the school without its faculty after a comma, as the golds write it: "…, Wydział Technologii Drewna")
            f = next((m for m in range(d + 1, end) if tokens[m].text == ","), end)
            if f == end and end + 1 < n and tokens[end].text == "," and out[end + 1].lstrip("^") == "publisher":
                end += 1  # (the faculty read as a publisher of its own)
                while end < n and out[end].lstrip("^") == "publisher":
                    end += 1
            out[d + 1:f] = ["publisher"] * (f - d - 1)
            out[f:end] = ["O"] * (end - f)
            return
        return


_CZECH_THESIS_KINDS = frozenset({"Diplomová", "Bakalářská", "Disertační", "Rigorózní", "Dizertačná",
                                 "Bakalárska", "Habilitační", "Absolventská"})


def _czech_thesis_kind_read_as_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"… Brno, 2021. Diplomová práce. Mendelova univerzita v Brně, …": the sentence after the thesis's place and
    year that names its kind is the genre (then ``_czech_thesis_school`` reads the school and the supervisor),
    whatever title the labeler saw in it."""
    n = len(tokens)
    for i in range(3, n - 1):
        if tokens[i].text in ("práce", "práca") and tokens[i + 1].text == "." \
                and tokens[i - 1].text in _CZECH_THESIS_KINDS and tokens[i - 2].text == "." \
                and out[i - 3].lstrip("^") == "issued" and out[i - 1].lstrip("^") == "title":
            out[i - 1] = out[i] = "genre"
            out[i + 1] = "O"
            return


def _ordinal_stop(tokens: Sequence[Token], i: int) -> bool:
    """The full stop at ``i`` makes an ordinal of the number before it, a word following: "3. lékařská fakulta"."""
    return i + 1 < len(tokens) and tokens[i - 1].text.isdecimal() and len(tokens[i - 1].text) <= 2 \
        and tokens[i + 1].text[:1].islower()


def _czech_thesis_school(tokens: Sequence[Token], out: list[str]) -> None:
    """ČSN ISO 690: "… Brno, 2022. Diplomová práce. Vysoké učení technické v Brně, Fakulta elektrotechniky …. Vedoucí
    práce Petr Dvořák.": the sentence after the kind of thesis names the school (its faculty after a comma), and a
    sentence naming the supervisor is a note. The labeler reads the school as a title or an author."""
    n = len(tokens)
    g = next((i for i in range(1, n - 2) if tokens[i].text in ("práce", "práca") and out[i].lstrip("^") == "genre"
              and tokens[i + 1].text == "."), None)
    if g is None:
        return
    a = g + 2
    e = a
    while e < n and (tokens[e].text != "." or _ordinal_stop(tokens, e)) and tokens[e].text != "Dostupné":
        e += 1  # (past an ordinal's stop: "Univerzita Karlova, 3. lékařská fakulta")
    if e == a or not tokens[a].text[:1].isupper() or tokens[a].text in _SUPERVISOR_WORDS \
            or any(out[m].lstrip("^") in ("URL", "DOI", "issued") for m in range(a, e)):
        return
    comma = next((m for m in range(a, e) if tokens[m].text == ","), e)
    for m in range(a, e):
        out[m] = "publisher" if m < comma else "O"
    if e + 1 < n and tokens[e].text == "." and tokens[e + 1].text in _SUPERVISOR_WORDS:
        k = e + 1
        while k < n and out[k].lstrip("^") not in ("available", "URL", "DOI") and tokens[k].text != "Dostupné":
            k += 1  # (to the link, past initials' and titles' stops: "doc. JUDr. Pavel Horák, Ph.D.")
        while k > e + 1 and tokens[k - 1].text in ".,;":
            k -= 1
        for m in range(e + 1, k):
            out[m] = "note"


# ABNT's thesis statement: "2015. 312 f. Tese (Doutorado em História Social) – Faculdade de Filosofia, Letras e
# Ciências Humanas, Universidade de São Paulo, São Paulo, 2015."
_ABNT_THESIS_WORDS = frozenset({"Tese", "Dissertação", "Monografia", "Trabalho"})
_ABNT_DEGREES = frozenset({"doutorado", "mestrado", "graduação", "especialização", "livre-docência", "bacharelado",
                           "licenciatura", "pós-doutorado"})
_UNIVERSITY_HEADS = ("universidade", "universidad", "université", "university", "università", "pontifícia",
                     "fundação", "instituto federal", "centro universitário")


def _abnt_thesis_statement(tokens: Sequence[Token], out: list[str]) -> None:
    """ABNT's thesis statement: the leaves before it ("312 f.") are its length, not the title's words or a page; the
    kind of thesis with its degree and field in brackets is the genre, whole; after the dash the school's units, then
    the university (the publisher), then the place. A faculty or institute before the university is no publisher (the
    golds name the university alone)."""
    n = len(tokens)
    g = next((i for i in range(1, n - 4) if tokens[i].text in _ABNT_THESIS_WORDS and tokens[i - 1].text == "."), None)
    if g is None:
        return
    o = next((m for m in range(g + 1, min(n, g + 6)) if tokens[m].text == "("), None)
    if o is None or tokens[o + 1].text.lower() not in _ABNT_DEGREES:
        return
    c = next((m for m in range(o + 1, min(n, o + 14)) if tokens[m].text == ")"), None)
    if c is None or c + 2 >= n or tokens[c + 1].text not in ("–", "—", "-"):
        return
    # the units after the dash, up to the year closing the reference
    end = next((m for m in range(c + 2, n) if tokens[m].text == "."), n)
    groups, a = [], c + 2
    for m in range(c + 2, end + 1):
        if m == end or tokens[m].text == ",":
            if m > a:
                groups.append((a, m))
            a = m + 1
    if len(groups) < 2 or not _YEAR_TOKEN.fullmatch(tokens[groups[-1][0]].text) or groups[-1][1] - groups[-1][0] != 1:
        return
    uni = next((k for k, (x, y) in enumerate(groups[:-1])
                if _spaced_text(tokens[x:y]).lower().startswith(_UNIVERSITY_HEADS)), None)
    if uni is None:
        uni = len(groups) - 3 if len(groups) >= 3 else None  # "Faculdade de Medicina de Botucatu, Botucatu, 2019"
    if uni is None or uni < 0 or uni + 1 >= len(groups) - 1:
        return
    out[g:c + 1] = ["genre"] * (c - g + 1)  # (no "^": an opened segment after a year reads as a new reference)
    out[c + 1] = "O"
    # the year of deposit between the title and the statement, "… (1930-1960). 2017. Tese …", "…. 2015. 312 f.
    # Tese …", read into the title: the date, not the title's words
    y = g - 2
    while y > 1 and (tokens[y].text in ("f", "p", ".") or (tokens[y].text.isdecimal() and not _YEAR_TOKEN.fullmatch(
            tokens[y].text))):
        y -= 1
    if y > 1 and _YEAR_TOKEN.fullmatch(tokens[y].text) and out[y].lstrip("^") == "title" and tokens[y - 1].text == "." \
            and (y + 1 >= n or tokens[y + 1].text == "."):
        out[y] = "issued"
        out[y - 1] = "O"
        if y > 2 and tokens[y - 2].text == ")" and out[y - 3].lstrip("^") == "title":
            out[y - 2] = "title"  # (the title's own bracket closes it: "… Paraná (1930-1960).")
    for k, (x, y) in enumerate(groups[:-1]):
        label = "O" if k < uni else "publisher" if k == uni else "publisher-place" if k == uni + 1 else "O"
        out[x:y] = [label] * (y - x)
        if y < n and tokens[y].text == ",":
            out[y] = "O"
    ya = groups[-1][0]
    out[ya] = "issued"
    if end + 1 < n and tokens[end + 1].text.lower() in ("orientador", "orientadora", "orientação"):
        # "… 2021. Orientador: Prof. Dr. João Ferraz.": the supervisor is no editor, "Prof." no edition
        k = end + 1
        while k < n and out[k].lstrip("^") not in ("URL", "DOI", "available", "accessed"):
            out[k] = "O"
            k += 1
    # the leaves before the statement: "2015. 312 f. Tese": the length
    y = g - 2
    if g >= 3 and tokens[g - 2].text.lower() == "f" and tokens[g - 3].text.isdecimal():
        out[g - 3] = "page"
        out[g - 2] = out[g - 1] = "O"
        y = g - 5
    # "… adolescentes de Aracaju, Sergipe. 2019. 142 f. Dissertação": nothing stands between the title and the
    # year of the statement, so a place the labeler read there is the title's
    if y >= 2 and _YEAR_TOKEN.fullmatch(tokens[y].text) and tokens[y - 1].text == ".":
        b = y - 1
        while b > 0 and (out[b - 1].lstrip("^") in ("publisher-place", "publisher", "container-title")
                         or tokens[b - 1].text == ","):
            b -= 1
        if b < y - 1 and b > 0 and out[b - 1].lstrip("^") == "title":
            for m in range(b, y - 1):
                out[m] = "title"


# a school's units, abbreviated
_UNIT_ABBREVIATIONS = frozenset({"Dept", "Dep", "Depto", "Dpto", "Inst", "Fac", "Univ", "Sch", "Div", "Lab", "Coll"})


def _thesis_discipline(tokens: Sequence[Token], out: list[str]) -> None:
    """French theses: "Thèse de doctorat, Sciences du langage. Aix-en-Provence : Aix-Marseille Université": the
    discipline after the genre belongs to it, and the place before the university's colon is a place."""
    n = len(tokens)
    for a, e in _runs_of(out, "genre"):
        if not is_thesis_genre(" ".join(t.text for t in tokens[a:e])):
            continue
        k = e
        while k < n and tokens[k].text in ",:" and out[k] == "O":
            k += 1
        # (or the discipline after a preposition the genre ends with: "Thèse de doctorat en sciences de l’éducation")
        joined = k == e and tokens[e - 1].text.lower() in ("en", "in", "em", "di", "de")
        if (k == e and not joined) or k >= n or out[k].lstrip("^") not in ("title", "container-title", "publisher"):
            return
        if out[k].lstrip("^") == "publisher":
            # "Thèse de doctorat : Chimie. Amiens : Université de Picardie": the discipline, when the school follows
            later = next((m for m in range(k, n) if out[m].lstrip("^") != "publisher"), n)
            if not any(out[m].lstrip("^") == "publisher" for m in range(later, n)):
                return
        r = k
        while r < n and out[r].lstrip("^") == out[k].lstrip("^") and tokens[r].text != ".":
            r += 1
        if r >= n or tokens[r].text != "." or tokens[r - 1].text in _UNIT_ABBREVIATIONS:
            return  # (IEEE's "M.A. thesis, Dept. Linguistics, Univ. of Leeds": the stop is an abbreviation's)
        for m in range(e, r):
            out[m] = "genre"
        p = r + 1
        colon = next((m for m in range(p, min(n, p + 8)) if tokens[m].text == ":"), None)
        if colon is not None and colon > p and colon + 1 < n and out[colon + 1].lstrip("^") == "publisher" and all(
                out[m].lstrip("^") in ("genre", "title", "container-title", "publisher-place") for m in range(p, colon)):
            for m in range(p, colon):
                out[m] = "publisher-place"
        return


def _elided_access_term(tokens: Sequence[Token], out: list[str]) -> None:
    """"disponibile all’indirizzo", "disponible à l’adresse": an access term whose article is elided with a
    typographic apostrophe, which splits it into pieces the labeler reads as title and URL."""
    n = len(tokens)
    # (only where an apostrophe stands two or three tokens on: the access term's first word, then "all", or "à l")
    marks = compress(range(n), map(_APOSTROPHES.__contains__, map(_TEXT, tokens)))
    for i in sorted({i for j in marks for i in (j - 3, j - 2) if 0 <= i < n - 3}):
        if "t=available" not in token_features(tokens[i].text.lower()):
            continue
        k = i + 1
        if k + 2 < n and tokens[k].text.lower() == "à":
            k += 1
        if k + 2 < n and tokens[k + 1].text in ("’", "'") and not tokens[k + 1].space_before \
                and tokens[k].text.lower() in ("all", "l", "dell", "sull") and tokens[k + 2].text.lower() in (
                    "indirizzo", "adresse", "url", "indirizzo:"):
            for m in range(i, k + 3):
                out[m] = "available"
            if k + 3 < n and tokens[k + 3].text == ":":
                out[k + 3] = "O"
            return


def _container_before_medium(tokens: Sequence[Token], out: list[str]) -> None:
    """ČSN ISO 690's article: "Title. Journal [online]. 2021, 12(2), 88–97": the journal, between the title's
    last full stop and the "[online]", is read as more title when no container was found."""
    labels = {x.lstrip("^") for x in out}
    if "container-title" in labels or not labels & {"volume", "issue", "page"}:
        return
    for a, e in _runs_of(out, "title"):
        k = e
        while k < len(tokens) and out[k].lstrip("^") == "O" and tokens[k].text in "[(":
            k += 1
        if k >= len(tokens) or out[k].lstrip("^") != "medium":
            continue
        dot = next((m for m in range(e - 2, a, -1) if tokens[m].text == "." and tokens[m + 1].text[:1].isupper()
                    and len(tokens[m - 1].text) > 1), None)
        if dot is None:
            return
        out[dot] = "O"
        for m in range(dot + 1, e):
            out[m] = "container-title"
        return


def _translated_from(tokens: Sequence[Token], out: list[str]) -> None:
    """"Translated from the French by P. Ashdown": the role phrase read as a note, or run into the title,
    and its names read as editors or as more title."""
    n = len(tokens)
    for label in ("note", "title", "container-title"):
        for a, e in _runs_of(out, label):
            for i in range(a, e):
                if (label != "note" and ((i == a and label == "title") or (i > 0 and tokens[i - 1].text != "."))) or \
                        "t=translator" not in token_features(tokens[i].text.lower()):
                    continue
                if label == "note":  # the phrase is the note; the names follow it
                    k = e
                    while k < n and out[k].lstrip("^") == "O" and k - e < 3:
                        k += 1
                    if k == e or k >= n or out[k].lstrip("^") not in ("editor", "author"):
                        break
                    names = range(k, next((m for m in range(k, n) if out[m].lstrip("^") not in
                                           ("editor", "author", "O") or (out[m] == "O" and tokens[m].text in ";")), n))
                    first, last = i, e
                else:  # "… lighthouses. Translated from the Norwegian by M. Barrett" all read as the title (or a container)
                    by = next((m for m in range(i + 1, min(i + 8, e - 1)) if tokens[m].text.lower() in _BY), None)
                    if by is None:
                        break
                    names = range(by + 1, e)
                    first, last = i - 1, by + 1
                for m in range(first, last):
                    out[m] = "O"
                for m in names:
                    if out[m] != "O" or label == "title":
                        out[m] = "translator"
                return


def _container_after_editors(tokens: Sequence[Token], out: list[str]) -> None:
    """A second title, after an editor list that follows the first, is the container title. A container the labeler
    saw after that book's place is its publisher ("… (red.) Bild och bruk i svenska kyrkor. Stockholm: Kungl.
    Vitterhets Historie och Antikvitets Akademien, s. 201–236")."""
    if "editor" not in out and "^editor" not in out:
        return
    segs: list[tuple[str, int, int]] = []
    for i, lab in enumerate(out):
        b = lab.lstrip("^")
        if b == "O":
            continue
        if segs and segs[-1][0] == b and all(out[m].lstrip("^") == "O" for m in range(segs[-1][2], i)):
            segs[-1] = (b, segs[-1][1], i + 1)
        else:
            segs.append((b, i, i + 1))
    order = [s[0] for s in segs]
    if order.count("title") < 2:
        return
    first = order.index("title")
    if "container-title" in order[:first + 2]:
        return
    for k in range(first + 1, len(segs) - 1):
        if order[k] == "editor" and order[k + 1] == "title":
            if "container-title" in order[k + 2:]:
                # only as the imprint's publisher: the book's place, its colon, then the name to the pages' comma
                if "publisher" in order or order[k + 2] != "publisher-place" or not (
                        order[k + 3:k + 4] == ["container-title"] or order[k + 3:k + 5] == ["title", "container-title"]):
                    return
                p = segs[k + 2][2]
                end = segs[k + 3 + (order[k + 3] == "title")][2]
                if p >= len(tokens) or tokens[p].text != ":" or end >= len(tokens) or tokens[end].text != ",":
                    return
                out[p + 1:end] = ["^publisher"] + ["publisher"] * (end - p - 2)
            for m in range(segs[k + 1][1], segs[k + 1][2]):
                if out[m].lstrip("^") == "title":
                    out[m] = "container-title"
            return


_PAGE_UNITS = frozenset(PAGE_COUNT_UNITS)


def _extent_read_as_issue(tokens: Sequence[Token], out: list[str]) -> None:
    """A book's or report's extent after its year, "Praha: ČHMÚ, 2019. 64 s. ISBN …": the labeler, with no journal in
    sight, read the count as an issue or a volume; it is the number of pages (the pages' label says so to fields)."""
    n = len(tokens)
    for i in range(2, n - 1):
        if out[i] not in ("issue", "volume", "^issue", "^volume") or not tokens[i].text.isdecimal() \
                or tokens[i + 1].text.lower() not in _PAGE_UNITS or tokens[i - 1].text != "." \
                or out[i - 2].lstrip("^") != "issued" or (i + 2 < n and tokens[i + 2].text != "."):
            continue
        out[i] = "page"
        return


_ACRONYM_YEAR_TEXT = re.compile(r"\( [A-Z]+ (?:1[5-9]|20)\d\d \)")  # "(DH 2020)" in the tokens' text


def _meeting_acronym_with_year(tokens: Sequence[Token], out: list[str]) -> None:
    """IEEE, "in Proc. 9th Digital Heritage Conf. (DH 2020), Utrecht, Nederland, 2020, pp. 212–219": the meeting's
    acronym and year in brackets close the proceedings' name (the labeler read the year as the date, the city as a
    publisher); the city and country after it, before the year, are the place."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e < n and tokens[e].text == "." and out[e] == "O":
            e += 1  # (the abbreviation's stop: "Conf. (DH 2020)")
        if e + 4 >= n or tokens[e].text != "(" or not tokens[e + 1].text.isupper() or tokens[e + 3].text != ")" \
                or not _YEAR_TOKEN.fullmatch(tokens[e + 2].text) or tokens[e + 4].text != ",":
            continue
        y = next((m for m in range(e + 5, min(n, e + 14)) if out[m].lstrip("^") == "issued"), None)
        if y is None or tokens[y - 1].text != "," or any(
                out[m].lstrip("^") not in ("publisher", "publisher-place", "O") or not (
                    tokens[m].text[:1].isupper() or tokens[m].text in ",.") for m in range(e + 5, y - 1)):
            return
        for m in range(a, e + 4):
            out[m] = "container-title"
        out[e + 5:y - 1] = ["publisher-place"] * (y - 1 - e - 5)
        return


def _series_word_after_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """Dutch and Swedish reports, "Den Haag: SCP. SCP-publicatie 2019‑11.": the sentence after the publisher's full
    stop is the report's series and number; the labeler runs the publisher on into the first piece of the hyphened
    name, and the name's pieces may not share one field."""
    n = len(tokens)
    for a, e in _runs_of(out, "publisher"):
        d = next((m for m in range(a + 1, e - 1) if tokens[m].text == "." and tokens[m + 1].space_before), None)
        if d is None or d + 3 >= n or tokens[d + 2].text != "-" or tokens[d + 2].space_before \
                or tokens[d + 3].space_before or not tokens[d + 3].text.isalpha():
            continue
        end = d + 4
        while end < n and tokens[end].text != "." and out[end].lstrip("^") in ("number", "page", "O", "publisher"):
            end += 1
        if end == d + 4 or not any(tokens[m].text.isdecimal() for m in range(d + 4, end)) \
                or (end < n and tokens[end].text != "."):
            return
        out[d] = "O"
        out[d + 1:end] = ["^number"] + ["number"] * (end - d - 2)
        return


_NAMED_AFTER = frozenset({"container-title", "publisher", "title"})


def _named_after_in_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """Polish schools "named after" someone, "Akademia Górniczo-Hutnicza im. Stanisława Staszica": the sentence is one
    publisher's name; the labeler cuts it at the abbreviation's stop (a container, then a publisher)."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i].text != "im" or tokens[i + 1].text != "." or not tokens[i + 2].text[:1].isupper() \
                or out[i + 2].lstrip("^") not in ("publisher", "container-title"):
            continue
        a = i
        while a > 0 and tokens[a - 1].text not in (".", ",", ":", "]") and out[a - 1].lstrip("^") in _NAMED_AFTER:
            a -= 1
        # (a second title: the work's own comes before it)
        if a == i or not tokens[a].text[:1].isupper() or out[a].lstrip("^") not in _NAMED_AFTER or (
                out[a].lstrip("^") == "title" and not any(out[m].lstrip("^") == "title" for m in range(a - 2))):
            return
        if "publisher" not in (out[a].lstrip("^"), out[i + 2].lstrip("^")) and "publisher" in out:
            return
        e = i + 2
        while e < n and out[e].lstrip("^") == out[i + 2].lstrip("^"):
            e += 1
        out[a:e] = ["^publisher" if out[a].startswith("^") else "publisher"] + ["publisher"] * (e - a - 1)
        return


def _abbreviation_opening_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """APA's publisher sentence opening on an abbreviated word, "(pp. 201–236). Kungl. Vitterhets Historie och
    Antikvitets Akademien.", "Kgl. Danske …": the labeler starts the name after the abbreviation's full stop and
    leaves the word out of every field."""
    for a, _e in _runs_of(out, "publisher"):
        if a < 3 or tokens[a - 1].text != "." or out[a - 1] != "O" or out[a - 2] != "O" \
                or not tokens[a - 2].text[:1].isupper() or not tokens[a - 2].text.isalpha() \
                or len(tokens[a - 2].text) > 6 or tokens[a - 3].text not in (".", ")") or out[a - 3] != "O":
            continue
        out[a - 2] = "^publisher"
        out[a - 1] = "publisher"
        out[a] = "publisher"
        return


def _abbreviated_publisher_end(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST's abbreviated publishers, "Казань: Изд-во Казан. ун-та, 2012": the labeler ends the name at the full stop
    of an abbreviated word; the words in small letters after it, to the comma before the year, are the name's."""
    n = len(tokens)
    for _a, e in _runs_of(out, "publisher"):
        if e + 2 >= n or tokens[e].text != "." or out[e] != "O" or not tokens[e + 1].text[:1].islower():
            continue
        j = e + 1
        while j < n and out[j] == "O" and tokens[j].text not in (",", ".", ";", ":") and j - e <= 4:
            j += 1
        if j + 1 < n and tokens[j].text == "," and out[j + 1].lstrip("^") == "issued":
            out[e:j] = ["publisher"] * (j - e)
        return


_GUIDELINE = re.compile(r"(?:[A-Z]{2,6}\s+)?(?:[Cc]linical\s+|[Pp]ublic\s+health\s+)?[Gg]uideline\s+[A-Z]{0,3}\s?\d{1,4}")


def _guideline_series_and_number(tokens: Sequence[Token], out: list[str]) -> None:
    """A sentence of its own, "… assessment and management. NICE guideline NG259. London: NICE; 2024.": the guideline
    series and the guideline's number in it (the labeler runs it into the title, or calls it anything)."""
    n = len(tokens)
    for g in range(1, n - 1):
        if tokens[g].text not in ("guideline", "Guideline"):
            continue
        a = g
        while a > 0 and tokens[a - 1].text not in (".", "(", ",") and g - a < 4:
            a -= 1
        e = g + 1
        while e < n and tokens[e].text not in (".", ")", ",", ";"):
            e += 1
        if a == 0 or tokens[a - 1].text not in (".", "(") or e - g > 4 \
                or _GUIDELINE.fullmatch(_spaced_text(tokens[a:e])) is None:
            return
        c = next(k for k in range(g + 1, e) if tokens[k].text[:1].isalnum())
        if tokens[a - 1].text == "." and out[a - 1].lstrip("^") == out[a].lstrip("^"):
            out[a - 1] = "O"  # (the title's full stop, when the labeler ran the title on)
        out[a:c] = ["collection-title"] * (c - a)
        out[c:e] = ["number"] * (e - c)
        return


def _page_suffix_letter(tokens: Sequence[Token], out: list[str]) -> None:
    """A supplement's pages, "12S‑18S", "e5-e9": the range's end keeps the letter its start has (the labeler left the
    last "S" out)."""
    n = len(tokens)
    for a, e in _runs_of(out, "page"):
        if e < n and e - a >= 4 and len(tokens[e].text) == 1 and tokens[e].text.isalpha() and not tokens[e].space_before \
                and tokens[a + 1].text == tokens[e].text and not tokens[a + 1].space_before and tokens[a].text.isdecimal() \
                and tokens[e - 1].text.isdecimal() and out[e] == "O":
            out[e] = "page"
        return


def _length_at_end(tokens: Sequence[Token], out: list[str]) -> None:
    n = len(tokens)
    k = n - 1
    if k >= 0 and tokens[k].text in ".。．":
        k -= 1
    if k < 1 or tokens[k].text.lower() not in _PAGE_UNITS:
        return
    i = k - 1
    if not tokens[i].text.isdecimal() or i == 0 or any(out[m].lstrip("^") != "O" for m in range(i, n)):
        return
    out[i] = "page"


_AFTER_DOI = frozenset({"url", "http", "https", "www", "pmid", "pmcid", "issn", "isbn", "epub", "doi"})
_ACCESS_CUES = frozenset({"available", "accessed"})  # CSL term classes: "Available", "Disponible", "consulté", "cited"


def _doi_last_piece(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a short last piece of a DOI's suffix, whatever the labeler read it as: one or two letters or digits
    after its full stop, then white space or the end ("….2019.T", which it reads as an initial)."""
    w = tokens[k].text
    return len(w) <= 2 and w.isalnum() and tokens[k - 1].text == "." and (k + 1 == len(tokens) or tokens[k + 1].space_before)


def _doi_to_whitespace(tokens: Sequence[Token], out: list[str]) -> None:
    if "DOI" not in out and "^DOI" not in out:
        return  # most references have no DOI: two scans in C, not a Python loop over every token
    n = len(tokens)
    for i in range(n - 1):
        if out[i].lstrip("^") != "DOI" or out[i + 1].lstrip("^") == "DOI" or tokens[i + 1].space_before:
            continue
        k = i + 1
        # (a tail the labeler called a URL too: "10.5553/" + "Bw/016571942021077002003", no space between)
        while k < n and not tokens[k].space_before and (out[k].lstrip("^") in ("O", "URL") or _doi_last_piece(tokens, k)):
            w = tokens[k].text
            if w.lower() in _AFTER_DOI or not _ACCESS_CUES.isdisjoint(term_classes(w.lower())) or (
                    len(w) > 2 and w[0].isupper() and w[1:].islower()) or w.lower().startswith(("url", "http", "www")):
                break  # "….2333.URL https:", "….4521860.Deposited": a lost space before the next sentence
            k += 1
        if k < n and not tokens[k].space_before:
            continue  # the run goes on into another field (or a cue): not a DOI's tail
        while k > i + 1 and tokens[k - 1].text in ".,;:)]":
            k -= 1
        for m in range(i + 1, k):
            out[m] = "DOI"


def _doi_inside_url_path(tokens: Sequence[Token], out: list[str]) -> None:
    """"https: //link.aps.org/doi/10.1103/PhysRevD.11.395": a DOI inside a URL's path is the URL's, to the next
    whitespace (the labeler, seeing "10.1103/", starts a DOI in the middle of the address)."""
    n = len(tokens)
    for i in range(1, n):
        if out[i].lstrip("^") != "DOI" or tokens[i].space_before or out[i - 1].lstrip("^") != "URL" \
                or not any(tokens[m].text == "/" for m in range(max(0, i - 3), i)):
            continue
        a = i
        while a > 0 and out[a - 1].lstrip("^") == "URL":
            a -= 1
        if any(tokens[m].text.lower() == "doi" and tokens[m + 1].text == "." for m in range(a, i - 1)):
            continue  # ("https://doi.org/10.…": a resolver's link is the DOI's)
        k = i
        while k < n and (k == i or not tokens[k].space_before) and out[k].lstrip("^") in ("DOI", "O"):
            k += 1
        while k > i and out[k - 1] == "O":
            k -= 1  # (a closing mark stays outside)
        for m in range(i, k):
            out[m] = "URL"


_AFTER_DOI_STARTS = (*sorted(_AFTER_DOI), "arxiv")


def _doi_after_cue_across_spaces(tokens: Sequence[Token], out: list[str]) -> None:
    """"doi:10.1097/ SHK.0000000000000473", "doi: 10.1103 /PhysRevLett. 113.091601": after a "doi:" cue the DOI is
    "10.", its registrant, "/" and a suffix, whatever the labeler made of them (an arXiv identifier, a journal and a
    volume); PDF text breaks it with spaces, so it runs on over a piece that a "/" joins to it, or a number after
    a piece that ended in a full stop."""
    n = len(tokens)
    for i in range(n - 4):
        if tokens[i].text.lower() != "doi":
            continue
        j = i + 1 + (tokens[i + 1].text == ":")
        if j + 2 >= n or tokens[j].text != "10" or tokens[j + 1].text != "." or not tokens[j + 2].text.isdecimal() \
                or tokens[j + 1].space_before or tokens[j + 2].space_before:
            continue
        k = j + 3
        while k < n:
            t = tokens[k]
            w = t.text.lower()
            if t.text in ",;" or w.startswith(_AFTER_DOI_STARTS) or (
                    len(t.text) > 2 and t.text[0].isupper() and t.text[1:].islower()):
                break  # (the next field glued on: "…043,arXiv:…", "….2333.URL", "…. Epub 2011")
            if t.space_before:
                prev = tokens[k - 1].text
                if not (prev == "/" or t.text == "/" or (
                        prev == "." and tokens[k - 2].text.isalpha() and t.text.isdecimal() and k + 2 < n
                        and tokens[k + 1].text == "." and not tokens[k + 1].space_before)):
                    break  # (joined across a space: "10.1097/ SHK.…", "10.1103 /PhysRevLett. 113.091601")
            k += 1
        while k > j and (tokens[k - 1].text in ".,;:]" or (tokens[k - 1].text == ")" and sum(
                (x.text == "(") - (x.text == ")") for x in tokens[j:k]) < 0)):
            k -= 1
        if not any(tokens[m].text == "/" for m in range(j, k)) or all(out[m] == "DOI" for m in range(j, k)):
            continue
        out[j:k] = ["DOI"] * (k - j)
        return


def _url_without_address(tokens: Sequence[Token], out: list[str]) -> None:
    """GB/T 7714: "…[C]//2021中国自动化大会论文集": after the "//" the labeler can take the proceedings' year for a
    URL; a "URL" with no dot, slash or scheme in it is no address, but the start of the field after it."""
    n = len(tokens)
    for a, e in _runs_of(out, "URL"):
        if any(tokens[m].text in ("/", ".", ":", "www", "http", "https") for m in range(a, e)) or e >= n \
                or tokens[e].space_before:
            continue
        for m in range(a, e):
            out[m] = out[e].lstrip("^")


# a link written without its scheme, as MLA prints it: "maps.example.org/hazard/emed", "example.org/2024/02/x"
_BARE_LINK = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}/\S*")


def _bare_link_word(tokens: Sequence[Token], out: list[str]) -> None:
    """A link with no scheme is one word, though the labeler may take its host for a container or a date ("Urban
    Numbers Blog, 22 Feb. 2024, urbannumbers.org/2024/02/census-commuting."): the whole word is the URL."""
    n = len(tokens)
    for a, e in _runs_of(out, "URL"):
        if any(tokens[m].text in ("http", "https", "www", "ftp") for m in range(a, e)):
            continue
        b = a
        while b > 0 and not tokens[b].space_before and tokens[b - 1].text not in "([<«“\"":
            b -= 1
        f = e
        while f < n and not tokens[f].space_before:
            f += 1
        while f > e and tokens[f - 1].text in ".,;:)]":
            f -= 1
        if b == a and f == e:
            continue
        if _BARE_LINK.fullmatch("".join(t.text for t in tokens[b:f])):
            out[b:f] = ["URL"] * (f - b)
            return


def _volume_closing_container(tokens: Sequence[Token], out: list[str]) -> None:
    """DIN 1505: "In: Stahlbau 89 (2020), Nr. 3, S. 211–219": the number closing the journal's name, before the year
    in brackets, is the volume (the labeler may read it as the name's)."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        v = e - 1
        if v > a and e + 2 < n and tokens[v].text.isdecimal() and len(tokens[v].text) <= 4 and tokens[v].space_before \
                and tokens[e].text == "(" and out[e + 1].lstrip("^") == "issued" and tokens[e + 2].text == ")" \
                and not tokens[v - 1].text.isdecimal():
            out[v] = "volume"
            return


def _running_number_after_issue(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST: "— 2019. — № 2 (76). — С. 41–55.": the issue, then the journal's running number of it in brackets (no
    volume and issue: the labeler read the two so)."""
    n = len(tokens)
    for i in range(n - 4):
        if tokens[i].text == "№" and tokens[i + 1].text.isdecimal() and tokens[i + 2].text == "(" \
                and tokens[i + 3].text.isdecimal() and tokens[i + 4].text == ")" \
                and out[i + 1].lstrip("^") in ("volume", "issue") and out[i + 3].lstrip("^") in ("issue", "volume"):
            out[i + 1] = "issue"
            out[i + 3] = "O"
            return


_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# "cited" in the Vancouver languages whose CSL locale lacks the word the Vancouver citations print
_CITED_WORDS = frozenset({"процитировано", "цитировано", "citováno", "cytowano", "siterattu"})


def _date_before_cited(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver: "… [Интернет]. 15 февраля 2024 [процитировано 20 февраля 2024].": the date before the bracketed
    date of reading is the page's own (the labeler read both as the date of reading); a year alone as a sentence
    there, "… [Internet]. 2022 [cité le 9 mars 2023].", that the labeler left out of every field, likewise."""
    n = len(tokens)
    for i in range(2, n - 2):
        before = out[i - 1].lstrip("^")
        if tokens[i].text != "[" or before not in ("accessed", "O"):
            continue
        cue = tokens[i + 1].text.lower()
        if cue not in _CITED_WORDS and "accessed" not in term_classes(cue):
            continue
        if before == "O":
            if _YEAR_TOKEN.fullmatch(tokens[i - 1].text) and tokens[i - 2].text == "." \
                    and "issued" not in out and "^issued" not in out:
                out[i - 1] = "issued"
                return
            continue
        a = i - 1
        while a > 0 and out[a - 1].lstrip("^") == "accessed":
            a -= 1
        if not any(_YEAR.fullmatch(tokens[m].text) for m in range(a, i)) \
                or not any(_YEAR.fullmatch(tokens[m].text) for m in range(i + 2, min(n, i + 8))):
            return
        for m in range(a, i):
            out[m] = "issued"
        out[i] = "O"
        out[i + 1] = "available"
        return


def _vancouver_issue_alone(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver with no volume: "2023 [cited …];(7):3–11.": the number in brackets after the date's semicolon is the
    issue (the labeler read it as a date)."""
    n = len(tokens)
    for i in range(n - 4):
        if tokens[i].text == ";" and tokens[i + 1].text == "(" and tokens[i + 2].text.isdecimal() \
                and tokens[i + 3].text == ")" and tokens[i + 4].text == ":" and out[i + 2].lstrip("^") == "issued" \
                and len(tokens[i + 2].text) <= 3:
            out[i + 2] = "issue"
            return


def _apa_journal_numbers(tokens: Sequence[Token], out: list[str]) -> None:
    """APA's journal article: "… categories. Advances in Mathematics, 295, 195–249.", "… Spaces. Journal of Function
    Spaces and Applications, 2013, 1–5.": a name, then its volume and pages after commas, is a journal (not a
    series), and a year where the volume stands, after the article's own year, is the volume (a journal numbering
    its volumes by year). fix's own APA renderings read back so: the rewrite was kept verbatim as unstable."""
    n = len(tokens)
    for a, e in _runs_of(out, "collection-title"):
        if e + 3 < n and tokens[e].text == "," and out[e + 1].lstrip("^") == "volume" and tokens[e + 2].text == "," \
                and out[e + 3].lstrip("^") == "page" and "editor" not in out \
                and not any(t.text in ("In", "in") for t in tokens[max(0, a - 2):a]):
            out[a] = "^container-title" if out[a].startswith("^") else "container-title"
            for m in range(a + 1, e):
                out[m] = "container-title"
            break
    for a, e in _runs_of(out, "container-title"):
        if e + 3 < n and tokens[e].text == "," and out[e + 1].lstrip("^") == "issued" and _YEAR.fullmatch(tokens[e + 1].text) \
                and tokens[e + 2].text == "," and out[e + 3].lstrip("^") == "page" \
                and any(out[m].lstrip("^") == "issued" for m in range(a)):
            out[e + 1] = "volume"
            return


def _title_tail_read_as_container(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver: "… Pneumonia in Wuhan, China. JAMA. 7 févr 2020 …", "…: Organisms, habitats, activities. Biochem
    Syst Ecol.": a title does not end with a comma; a place or words in small letters after it up to the full stop
    are the title's last words, not the start of the journal's name."""
    for a, e in _runs_of(out, "container-title"):
        if a < 2 or tokens[a - 1].text != "," or out[a - 1] != "O" or out[a - 2].lstrip("^") != "title":
            continue
        stop = next((m for m in range(a + 1, e) if tokens[m].text == "." and m + 1 < e), None)
        piece = [tokens[m].text for m in range(a, stop)] if stop is not None else []
        if stop is None or stop - a > 3 or not (
                all(w[:1].isupper() and w.isalpha() and "p" in word_flags(w.lower()) for w in piece)
                or all(w.isalpha() and w.islower() for w in piece)):
            # (a place, or words in small letters, "…, habitats, activities. Biochem Syst Ecol.": an abbreviated
            # journal's first word, "Phys. Rev. B", "Nucl. Phys.", is no title's, and no journal opens in small
            # letters but "npj Digit. Med."-like names, whose next word is capitalised)
            return
        out[a - 1] = "title"
        for m in range(a, stop):
            out[m] = "title"
        out[stop] = "O"
        out[stop + 1] = "container-title"
        return


_ISLAND_LABELS = frozenset({"publisher-place", "issued", "publisher", "O"})


def _title_islands(tokens: Sequence[Token], out: list[str]) -> None:
    """"…, Saison 2021/22. Epid Bull": words of a title's sentence the labeler read as a place and a date, between
    two of the title's runs (no full stop between them), are the title's."""
    runs = list(_runs_of(out, "title"))
    for (_, e1), (a2, _) in itertools.pairwise(runs):
        gap = range(e1, a2)
        if not 0 < len(gap) <= 4 or any(tokens[m].text in (".", "(", ")", "[", "]", ":", ";") for m in gap) \
                or any(out[m].lstrip("^") not in _ISLAND_LABELS for m in gap) or all(out[m] == "O" for m in gap) \
                or out[a2].startswith("^"):
            continue
        for m in gap:
            out[m] = "title"


def _series_semicolon_number(tokens: Sequence[Token], out: list[str]) -> None:
    """DIN 1505: "…, Frankfurt a. M.: Suhrkamp 2004 (stw; 1712) [engl. Orig. 1998].": the series and its number in
    brackets after the year, a semicolon between them."""
    n = len(tokens)
    for i in range(1, n - 4):
        if tokens[i].text != "(" or out[i - 1].lstrip("^") != "issued":
            continue
        k = next((m for m in range(i + 1, min(n, i + 10)) if tokens[m].text == ")"), None)
        semi = next((m for m in range(i + 2, k) if tokens[m].text == ";"), None) if k else None
        if semi is None or semi != k - 2 or not tokens[k - 1].text.isdecimal() \
                or not all(t.text[:1].isalpha() or t.text in ".-" for t in tokens[i + 1:semi]):
            continue
        out[i] = out[semi] = out[k] = "O"
        out[i + 1] = "^collection-title" if out[i + 1].startswith("^") else "collection-title"
        for m in range(i + 2, semi):
            out[m] = "collection-title"
        out[k - 1] = "collection-number"
        return


def _paper_number_after_series(tokens: Sequence[Token], out: list[str]) -> None:
    """"SSRN Working Paper 3798412.", "NBER Working Paper No. 28123": the number right after a paper series is the
    paper's number, not a page."""
    n = len(tokens)
    for _a, e in _runs_of(out, "collection-title"):
        k = e
        if k + 1 < n and tokens[k].text in ("No", "no", "Nr", "nr", "n") and tokens[k + 1].text == ".":
            k += 2
        if k < n and out[k] == "page" and tokens[k].text.isdecimal() \
                and (k + 1 >= n or out[k + 1].lstrip("^") != "page"):
            out[k] = "number"
            return


def _assignee_statement(tokens: Sequence[Token], out: list[str]) -> None:
    """Vancouver patents: "Nakamura H, Feldman JR, inventors; Aqualith Systems Inc., assignee.": the assignee is no
    author and no publisher of the patent (CSL has no field for it)."""
    n = len(tokens)
    for i in range(2, n):
        if tokens[i].text not in ("assignee", "assignees") or tokens[i - 1].text != ",":
            continue
        a = i - 1
        while a > 0 and tokens[a - 1].text != ";" and i - a < 12:
            a -= 1
        if a > 0 and tokens[a - 1].text == ";":
            for m in range(a, i + 1):
                out[m] = "O"
        return


def _body_acronym_in_square_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA: "Statistiska centralbyrån [SCB]. (2021).": the body's acronym in square brackets is no piece of its name
    (APA gives it to shorten later citations)."""
    e = 1
    n = len(tokens)
    while e < n and out[e] == "author":
        e += 1
    b = next((m for m in range(1, e) if tokens[m].text == "["), None)
    if b is not None and b + 2 < n and tokens[b + 2].text == "]" and tokens[b + 1].text.isupper() and b + 2 <= e:
        out[b] = out[b + 1] = out[b + 2] = "O"


_APA_LOCATORS = frozenset({"volume", "issue", "page", "URL", "DOI", "editor", "event-title", "accessed"})


def _apa_publisher_read_as_container(tokens: Sequence[Token], out: list[str]) -> None:
    """APA's report or book, "WHO. (2020). Guidelines on physical activity …. World Health Organization.": the name
    closing it after the title, with no volume, pages or link anywhere, is the publisher, not a journal (the
    labeler read WHO's name as one; fix's own APA renderings of reports read back so)."""
    n = len(tokens)
    e = n - 1 if tokens[-1].text == "." else n
    a = e
    while a > 0 and out[a - 1].lstrip("^") == "container-title":
        a -= 1
    if a == e or a < 3 or tokens[a - 1].text != "." or out[a - 2].lstrip("^") != "title" \
            or any(x.lstrip("^") in _APA_LOCATORS for x in out) or "In" in (t.text for t in tokens[:a]):
        return
    k = next((m for m in range(1, min(n, a)) if tokens[m].text == "("), None)  # the author's year in brackets
    if k is None or k + 2 >= n or out[k + 1].lstrip("^") != "issued" or tokens[k + 2].text != ")" \
            or any(out[m].lstrip("^") == "container-title" for m in range(a)):
        return
    for m in range(a, e):
        out[m] = "publisher"


def _publisher_closing_apa(tokens: Sequence[Token], out: list[str]) -> None:
    """APA: "… (Rapport 2021:3). SCB.": a short name alone after the title's sentence, closing the reference, is
    its publisher (the labeler left it unread)."""
    n = len(tokens)
    e = n - 1 if tokens[-1].text == "." else n
    a = e
    while a > 0 and out[a - 1] == "O" and tokens[a - 1].text not in (".", ")", "]"):
        a -= 1
    if not 0 < e - a <= 5 or a < 2 or tokens[a - 1].text != "." or tokens[a - 2].text not in (")", "]") \
            or not tokens[a].text[:1].isupper() or not all(t.text[:1].isalpha() or t.text in "&-" for t in tokens[a:e]) \
            or not any(out[m].lstrip("^") == "issued" for m in range(a)) \
            or not any(out[m].lstrip("^") == "title" for m in range(a)):
        return
    for m in range(a, e):
        out[m] = "publisher"


_ROMAN = re.compile(r"[IVXLC]{1,6}")


def _gbt_version_and_publisher(tokens: Sequence[Token], out: list[str]) -> None:
    """GB/T 7714's data set: "…[DS/OL]. V2. 国家青藏高原科学数据中心, 2021[2023-04-15].": the version (read from the
    text) and the publisher after it, which the labeler read as a container."""
    n = len(tokens)
    for i in range(3, n - 4):
        if tokens[i].text != "V" or tokens[i - 1].text != "." or tokens[i - 2].text != "]" \
                or not tokens[i + 1].text.isdecimal() or tokens[i + 2].text != ".":
            continue
        if tokens[i - 3].text != "OL":
            return
        out[i] = out[i + 1] = out[i + 2] = "O"
        m = i + 3
        if m < n and out[m].lstrip("^") == "container-title":
            while m < n and out[m].lstrip("^") == "container-title":
                out[m] = "publisher"
                m += 1
        return


def _meeting_place_and_dates(tokens: Sequence[Token], out: list[str]) -> None:
    """"… : труды Междунар. науч.-техн. конф. (Екатеринбург, 12–14 окт. 2021 г.).": the meeting's place and dates in
    brackets after its name are no publisher's place and no date of reading."""
    n = len(tokens)
    for i in range(2, n - 4):
        if tokens[i].text != "(" or i < 2 or not names_a_meeting(_spaced_text(tokens[max(0, i - 4):i])):
            continue  # (the meeting's name right before: "… науч.-техн. конф. (Екатеринбург, …)")
        k = next((m for m in range(i + 1, min(n, i + 16)) if tokens[m].text == ")"), None)
        c = i + 1
        while k is not None and c < k and (out[c].lstrip("^") == "publisher-place" or (
                out[c] == "O" and tokens[c].text[:1].isupper() and tokens[c].text.isalpha())):
            c += 1
        if k is None or c == i + 1 or tokens[c].text != "," \
                or not all(out[m].lstrip("^") in ("accessed", "issued", "O") for m in range(c + 1, k)) \
                or not any(out[m].lstrip("^") in ("accessed", "issued") for m in range(c + 1, k)):
            continue
        for m in range(i + 1, c):
            out[m] = "event-place"
        for m in range(c + 1, k):
            if out[m] != "O" or tokens[m].text not in ("(", ")"):
                out[m] = "event-date"
        return


def _japanese_translator_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """"ジャン・ルフェーヴル（田中誠訳）『言語と歴史』みすず書房、1999年（原著1987年）。": the translator in full-width
    brackets after the author's name (read as more of the name), and the "年" of the year, which the labeler ran
    into the original's note as a container."""
    n = len(tokens)
    for i in range(1, n - 3):
        if tokens[i].text != "（" or out[i - 1].lstrip("^") != "author":
            continue
        k = next((m for m in range(i + 2, min(n, i + 10)) if tokens[m].text == "）"), None)
        if k is None or tokens[k - 1].text != "訳" or k - 1 == i + 1:
            return
        out[i] = out[k - 1] = out[k] = "O"
        out[i + 1] = "translator"
        for m in range(i + 2, k - 1):
            out[m] = "translator"
        break
    for i in range(1, n - 1):
        if tokens[i].text == "年" and out[i - 1].lstrip("^") == "issued" and out[i].lstrip("^") == "container-title" \
                and tokens[i + 1].text == "（":
            out[i] = "issued"
            m = i + 1
            while m < n and out[m].lstrip("^") == "container-title":
                out[m] = "O"
                m += 1


def _original_year_in_square_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """"…, 1994 [1961].": the earlier year in square brackets right after the edition's is the original's."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i].text == "[" and out[i - 1].lstrip("^") == "issued" and _YEAR.fullmatch(tokens[i - 1].text) \
                and _YEAR.fullmatch(tokens[i + 1].text) and tokens[i + 2].text == "]" \
                and int(tokens[i + 1].text) < int(tokens[i - 1].text):
            out[i] = out[i + 2] = "O"
            out[i + 1] = "original-date"
            return


def _french_volume_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """French notes: "Histoire de la pensée juridique allemande, t. II : Du Vormärz à Weimar, trad. …": the volume
    ("t." and its number) and the volume's own title after the colon, which the labeler ran into the title."""
    n = len(tokens)
    for i in range(2, n - 4):
        if tokens[i].text != "t" or tokens[i + 1].text != "." or tokens[i - 1].text != "," \
                or out[i].lstrip("^") != "title" or out[i - 2].lstrip("^") != "title":
            continue
        v = tokens[i + 2].text
        if not (v.isdecimal() or _ROMAN.fullmatch(v)) or out[i + 2].lstrip("^") != "title":
            return
        out[i - 1] = out[i] = out[i + 1] = "O"
        out[i + 2] = "volume"
        if i + 4 < n and tokens[i + 3].text == ":" and out[i + 4].lstrip("^") == "title":
            out[i + 3] = "O"
            m = i + 4
            while m < n and out[m].lstrip("^") == "title":
                out[m] = "volume-title"
                m += 1
        return


def _thesis_school(tokens: Sequence[Token], out: list[str]) -> None:
    """The school of a thesis apart from its kind: "Doktorsavhandling, Kungliga Tekniska högskolan,
    Stockholm." (the university after the kind of thesis, read as more of it); "München, Ludwig-Maximilians-
    Universität, Diss., 2020" (the kind after the university, read as more of it)."""
    n = len(tokens)
    for a, e in _runs_of(out, "genre"):
        if not is_thesis_genre(_spaced_text(tokens[a:e])) or (a > 0 and tokens[a - 1].text == "["):
            continue  # (APA's "[Masterscriptie, Technische Universiteit Delft]" is read whole elsewhere)
        c = next((m for m in range(a + 1, e) if tokens[m].text == ","), None)
        if c is not None and UNIVERSITY.search(_spaced_text(tokens[c + 1:e])) \
                and not is_thesis_genre(_spaced_text(tokens[c + 1:e])):
            out[c] = "O"
            for m in range(c + 1, e):
                out[m] = "publisher"
            return
    for i in range(2, n):
        # "Karlsruhe, KIT, Diss., 2019": the kind after the school, read as a second place
        if tokens[i].text not in ("Diss", "Habil", "Dissertation", "Habilitationsschrift") or tokens[i - 1].text != ",":
            continue
        if out[i].lstrip("^") == "publisher-place" and out[i - 2].lstrip("^") == "publisher-place":
            # "Dresden, TU Dresden, Diss., 2017" read whole as a place: the place, the school, the kind
            a = i - 2
            while a > 0 and out[a - 1].lstrip("^") == "publisher-place":
                a -= 1
            c = next((m for m in range(a + 1, i - 1) if tokens[m].text == ","), None)
            if c is None:
                return
            out[c] = out[i - 1] = "O"
            out[c + 1] = "publisher"
            for m in range(c + 2, i - 1):
                out[m] = "publisher"
        if out[i - 2].lstrip("^") == "publisher" and out[i].lstrip("^") in ("publisher-place", "O"):
            out[i] = "genre"
            if i + 1 < n and tokens[i + 1].text == "." and out[i + 1] == "O":
                out[i + 1] = "genre"
            return
    for a, e in _runs_of(out, "publisher"):
        d = next((m for m in range(a + 1, e) if tokens[m].text == "," and tokens[m + 1].text in ("Diss", "Habil")
                  and m + 2 <= e), None)
        if d is not None:
            out[d] = "O"
            for m in range(d + 1, e):
                out[m] = "genre"
            if e < n and tokens[e].text == "." and out[e] == "O":
                out[e] = "genre"
            return


_NO_DATE_TAILS = frozenset({"г", "J", "d", "a", "r", "å", "l", "n", "e"})  # the last letters of "б. г.", "o. J.", "s. d."…


def _no_date_cut(tokens: Sequence[Token], out: list[str]) -> None:
    """"М., б. г. URL: …": a "no date" phrase of which the labeler took only the last letter as the date (a date of
    "г" is nothing; the whole phrase says there is none)."""
    for a, e in list(_runs_of(out, "issued")):
        if e - a > 2 or any(t.text[:1].isdigit() for t in tokens[a:e]) or tokens[e - 1].text not in _NO_DATE_TAILS:
            continue
        for b in range(a - 1, max(-1, a - 4), -1):
            if is_no_date_word(_spaced_text(tokens[b:e])) and all(out[m] == "O" for m in range(b, a)):
                out[b] = "^issued" if out[a].startswith("^") else "issued"
                for m in range(b + 1, e):
                    out[m] = "issued"
                break


def _no_date_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA in other languages: "Lindqvist, A. (u.å.). …", "Nationalencyklopedin (u.å.). Fornsvenska. Hämtad …":
    the "no date" word where the year stands is the date (read as "u[nd]" and "et al." it left the title unread)."""
    n = len(tokens)
    i = next((m for m in range(1, min(n, 40)) if (tokens[m].text == "(" and out[m - 1].lstrip("^") == "author")
              or (tokens[m].text == "(" and tokens[m - 1].text == "." and out[m - 2].lstrip("^") == "author")), None)
    if i is None or i + 1 >= n or tokens[i + 1].text[:1].isdigit():
        return  # (most brackets there hold the year)
    k = next((m for m in range(i + 1, min(n, i + 7)) if tokens[m].text == ")"), None)
    said = _spaced_text(tokens[i + 1:k]) if k is not None else ""
    if k is None or k == i + 1 or not is_no_date_word(said) or (said.isupper() and "." not in said):
        return  # (not a country's code: "Ministério da Saúde (BR).", though Polish "b.r." says no date)
    for m in range(i + 1, k):
        out[m] = "issued"
    out[i] = out[k] = "O"  # ("Müller, K. (o. J.)": the brackets read as the name's made "(" a second author)
    a = k + 2 if k + 2 < n and tokens[k + 1].text == "." else k + 1
    if "title" in out or "^title" in out or a >= n or not tokens[a].text[:1].isupper():
        return
    e = a
    while e < n and out[e] == "O" and tokens[e].text != ".":
        e += 1
    if e > a and e < n and tokens[e].text == ".":
        out[a:e] = ["title"] * (e - a)


def _body_abbreviation_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """APA: "Türkiye İstatistik Kurumu (TÜİK). (2023). …": a body's abbreviation in brackets after its name, before
    the date, is the author's (the labeler may read it as a title)."""
    n = len(tokens)
    s = _first_field(out)
    e = s + 1
    while e < n and out[e] == "author":
        e += 1
    if s >= n or out[s].lstrip("^") != "author" or e + 6 >= n or tokens[e].text != "(" or tokens[e + 2].text != ")" \
            or not tokens[e + 1].text[:1].isupper() or not tokens[e + 1].text.isalpha() \
            or e - 1 <= s or len(tokens[e - 1].text) <= 1 or (sum(c.isupper() for c in tokens[e + 1].text) < 2
                                                               and not body_name(_spaced_text(tokens[s:e]))):
        return  # (an acronym, or a short name after a body's: "Statistisches Bundesamt (Destatis)")
    k = e + 4 if tokens[e + 3].text == "." else e + 3
    if (tokens[k].text == "(" and out[k + 1].lstrip("^") == "issued") or (
            # Vancouver: "3. Statistisches Bundesamt (Destatis). Todesursachenstatistik 2020: …": the title follows
            k == e + 4 and tokens[k].text[:1].isupper() and out[k].lstrip("^") != "author"):
        out[e] = out[e + 1] = out[e + 2] = "author"
        if k == e + 4 and out[e + 3] != "O":
            out[e + 3] = "O"  # (the full stop after the bracket, read into the title)
            out[k] = "^" + out[k].lstrip("^")


def _closing_bracket_left_out(tokens: Sequence[Token], out: list[str]) -> None:
    """"土木学会論文集C（地圏工学）.", "人口推計（2023年（令和5年）10月1日現在）」": a title or a journal that opens a
    full-width bracket closes it, though the labeler may leave the closing bracket out of the field."""
    n = len(tokens)
    for label in ("title", "container-title"):
        for a, e in _runs_of(out, label):
            depth = sum((tokens[m].text == "（") - (tokens[m].text == "）") for m in range(a, e))
            while depth > 0 and e < n and tokens[e].text == "）" and out[e] == "O":
                out[e] = label
                e += 1
                depth -= 1


def _day_of_cjk_date(tokens: Sequence[Token], out: list[str]) -> None:
    """"2024年4月12日公表": the day after a date's month is the date's, though the labeler read "日公表" ("made public
    on the …") as another field and left the day out."""
    n = len(tokens)
    for label in ("issued", "accessed"):
        for _a, e in _runs_of(out, label):
            if e + 1 < n and tokens[e - 1].text == "月" and tokens[e].text.isdecimal() and len(tokens[e].text) <= 2 \
                    and tokens[e + 1].text == "日" and out[e].lstrip("^") in ("O", "available"):
                out[e] = out[e + 1] = label
                k = e + 2
                while k < n and out[k].lstrip("^") == "available" and tokens[k].text in ("公", "表", "発", "行", "刊"):
                    out[k] = "O"
                    k += 1


_ORDINAL_MARKS = frozenset({"º", "°"})


def _issue_after_term(tokens: Sequence[Token], out: list[str]) -> None:
    """(An article with a container and no issue.)"""
    n = len(tokens)
    for i, t in enumerate(tokens):
        if out[i] != "O" or "issue" not in term_classes(t.text.lower()) or t.text.lower() == "no":
            continue  # "No." also opens a report's number: only the unambiguous issue words
        k = i + 1
        if k < n and tokens[k].text == ".":
            k += 1
        if k < n and tokens[k].text in _ORDINAL_MARKS and not tokens[k].space_before:
            k += 1  # Spanish and Portuguese "n.º 79": the ordinal mark is the term's
        if k < n and tokens[k].text.isdecimal() and (out[k].lstrip("^") in ("O", "volume") or (
                out[k].lstrip("^") == "citation-number" and "container-title" in out[:i]) or (
                out[k].lstrip("^") == "number" and "volume" in out[:i])) \
                and (tokens[k].space_before or t.text == "№"):
            # "Nr. 38 vom 14.09.2023": a weekly's issue, read as a volume before its date; GOST's "2018. №42." glued,
            # read as an entry's number after the journal; "vol. LIII (3.º), n.º 228" read as a report's number
            out[k] = "issue"
            k += 1
            while k < n and tokens[k].text.isalpha() and out[k].lstrip("^") == "volume":
                out[k] = "O"
                k += 1
            return


_ROMAN_LETTERS = frozenset("IVXLC")


def _plain_word_at(tokens: Sequence[Token], k: int) -> bool:
    """A lower-case word that is no term's starts at ``k``."""
    return k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() \
        and not term_classes(tokens[k].text)


# nouns a title puts after an ordinal written with a full stop ("vom 15. bis zum 18. Jahrhundert", "der 2. Weltkrieg",
# "20. století")
_AFTER_ORDINAL = frozenset({"Jahrhundert", "Jahrhunderts", "Jh", "Weltkrieg", "Weltkriegs", "Weltkrieges", "Geburtstag",
                            "Geburtstages", "Todestag", "Jahrestag", "Jahrestagung", "Wahlperiode", "Legislaturperiode",
                            "Sitzung", "Kongress", "Symposium", "Tagung", "století", "storočia", "Jahrtausend"})


def _ordinal_in_field(tokens: Sequence[Token], out: list[str]) -> None:
    """The full stop of an ordinal inside a title or a container ends neither when the ordinal's word follows: a
    lower-case word ("v 19. století", "Václava II. z okolí") or a noun titles count ("vom 15. bis zum 18. Jahrhundert",
    "der 2. Weltkrieg"), though the labeler closed the field there."""
    n = len(tokens)
    for i in range(n - 2):
        dot = tokens[i + 1]
        t = tokens[i].text
        if dot.text != "." or not ((len(t) <= 2 and t.isdecimal()) or (len(t) <= 5 and _ROMAN_LETTERS.issuperset(t))):
            continue  # the cheap tests first: this runs over every token of every reference
        lab = out[i].lstrip("^")
        if lab not in ("title", "container-title"):
            continue
        word = tokens[i + 2]
        if dot.space_before or not word.space_before or not word.text.isalpha() or out[i + 2].lstrip("^") in (lab, "URL") \
                or not ((word.text[0].islower() and (not term_classes(word.text.lower()) or _plain_word_at(tokens, i + 3)))
                        or (word.text in _AFTER_ORDINAL and t.isdecimal())):
            continue  # (a term's word, "z", "v", is the field's when a plain word follows it: "II. z okolí Kolína")
        k = i + 2  # the word and its own run, up to the next full stop
        other = out[k].lstrip("^")
        while k < n and tokens[k].text[:1].isalpha() and out[k].lstrip("^") == other:
            out[k] = lab
            k += 1
        out[i + 1] = lab
        if k + 1 < n and tokens[k].text in ".," and out[k] == other:
            out[k] = "O"  # "… století. 2. vyd.": the separator before what is left of the other field


_UPDATED = frozenset({"mis", "updated", "aktualisiert", "actualizado", "atualizado", "aggiornato", "bijgewerkt",
                      "zaktualizowano", "aktualizováno", "uppdaterad", "güncellenme", "обновлено", "last"})


def _updated_date(tokens: Sequence[Token], out: list[str]) -> None:
    """(A reference with an access date and no date of issue.)"""
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.text.lower() not in _UPDATED or out[i].lstrip("^") not in ("available", "O"):
            continue
        k = i
        while k < n and out[k].lstrip("^") in ("available", "O") and k - i < 5:
            k += 1
        if k >= n or out[k].lstrip("^") != "accessed":
            continue
        for m in range(i, k):
            out[m] = "O"
        while k < n and out[k].lstrip("^") == "accessed":
            out[k] = "issued"
            k += 1
        return


# a cue that dates what follows it as the work's publication, online or on the page, or its last update, in the
# languages of the dev set ("Published online", "Publié en ligne le", "Online veröffentlicht am", "Posted", "Mis à
# jour le", "Uppdaterad", "Stand:"), in the tokens joined by spaces, up to the date's first token
_DATE_CUE_TEXT = re.compile(
    r"(?<![^ ])(?:(?i:(?:first )?published online|online (?:first|published|veröffentlicht|publiziert|erschienen|"
    r"gepubliceerd)|(?:publié|mis) en ligne|publicad[oa] (?:en l[ií]nea|online|em linha)|pubblicato online|"
    r"opublikowano online|gepubliceerd online|publicerad online|zveřejněno online|опубликовано онлайн|"
    r"posted(?: online)?|mis à jour|(?:last )?updated|(?:zuletzt )?aktualisiert|"
    r"actualizad[oa]|última actualización|atualizad[oa]|aggiornat[oa]|ultimo aggiornamento|(?:laatst )?bijgewerkt|"
    r"(?:senast )?uppdaterad|aktualizováno|zaktualizowano|güncellenme tarihi|обновлено|registered(?: on)?|"
    r"(?:date of )?registration|registriert(?: am)?|enregistré(?: le)?|registrad[oa](?: el| em)?)|Stand)"
    r"(?: (?:on|le|el|il|am|em|op|den|dne|:|,))* (?=\d|[^\W\d_]{3,} \d)")
# (the cues' first words, tested on the token set before the cue is looked for in the text)
_DATE_CUE_WORDS = ("first published online publié mis publicado publicada pubblicato opublikowano gepubliceerd publicerad "
                   "zveřejněno опубликовано posted last updated zuletzt aktualisiert actualizado actualizada última "
                   "atualizado atualizada aggiornato aggiornata ultimo laatst bijgewerkt senast uppdaterad aktualizováno "
                   "zaktualizowano güncellenme обновлено registered date registration registriert enregistré registrado "
                   "registrada")
_DATE_CUE_FIRST = frozenset(w for f in _DATE_CUE_WORDS.split() for w in (f, f.capitalize())) | {"Stand"}
# the tokens a date is written with besides its numbers and month names ("2 de junio de 2023", "2022年6月3日")
_DATE_GLUE = frozenset({".", ",", "-", "/", "de", "del", "年", "月", "日"})


def _date_after_cue(tokens: Sequence[Token], out: list[str], blob: str) -> None:
    """A date right after a cue that says when the work came out online, was posted or was last updated ("Published
    online January 15, 2020", "Publicado en línea el 5 de marzo de 2020", "Online veröffentlicht am 3. Februar
    2021", "Mis à jour le 2 juin 2023", "Posted March 2, 2021", "Stand: 15.03.2023") is a date of the work, never an
    access date, a volume, a journal or nothing (the labeler, seeing no date word it knows nearby, leaves it
    unlabelled or reads it as what it sees elsewhere). It is labelled a date; ``fields`` makes it the issued date or,
    after a date of issue, the date it went online. A date read into a title is left (the cue before it is not: a title
    run on over "…, Version 1.1, Stand" ends there)."""
    n = len(tokens)
    for m in _DATE_CUE_TEXT.finditer(blob):
        c, k = blob.count(" ", 0, m.start()), blob.count(" ", 0, m.end())  # the cue's first token, the date's first
        end = _date_run_end(tokens, k)
        if end is None or any(out[j].lstrip("^") == "title" for j in range(k, end)):
            continue
        for j in range(c, k):
            out[j] = "O"
        for j in range(k, end):
            out[j] = "issued"
        if end < n and out[end] == "issued":
            out[end] = "^issued"


# the words between "Abstract" and its number ("Abstract Nr. 245", "Abstract no. 12")
_ABSTRACT_PAGE_READ_AS = frozenset({"note", "O", "volume"})
_ABSTRACT_NUMBER_WORDS = frozenset({"no", "No", "nr", "Nr", "n", "N", "núm", "°", "º", ".", ":"})


def _abstract_number(tokens: Sequence[Token], out: list[str]) -> None:
    """(An article with a container.) A congress abstract printed in a journal's supplement is cited by its page and
    its number in the abstract book: "117 (Suppl 1): S45, Abstract P-123", "23(12 Suppl 2):e112. Abstract P123.".
    The number, letters and all, is the abstract's ``number`` (the labeler cut its letters off as a note and read
    its digits as a page); the page the labeler left in that note ("S45, Abstract P") or read as a second volume is
    the page."""
    n = len(tokens)
    for i in range(1, n - 1):
        if tokens[i].text != "Abstract" or out[i].lstrip("^") not in ("note", "O", "page", "number"):
            continue
        k = i + 1
        while k < n and tokens[k].text in _ABSTRACT_NUMBER_WORDS and k - i < 4:
            k += 1
        a = k
        if k < n and tokens[k].text.isalpha() and tokens[k].text.isupper() and len(tokens[k].text) <= 3:
            k += 1  # the session's letters: "P", "OP", "PS"
            if k < n and tokens[k].text in ("-", "‐", "–") and not tokens[k].space_before:
                k += 1
        if not (k < n and tokens[k].text.isdecimal() and (k == a or not tokens[k].space_before)):
            continue
        for m in range(i, a):
            out[m] = "O"
        for m in range(a, k + 1):
            out[m] = "number"
        if k + 1 < n and out[k + 1] == "number":
            out[k + 1] = "^number"
        # the supplement's page before it, left in the note: "S45, " (a letter glued to digits) after the issue
        b = i - 1
        while b > 0 and tokens[b].text in ",.;":
            b -= 1
        if b > 0 and tokens[b].text.isdecimal() and not tokens[b].space_before and tokens[b - 1].text.isalpha() \
                and len(tokens[b - 1].text) == 1 and out[b].lstrip("^") in _ABSTRACT_PAGE_READ_AS \
                and out[b - 1].lstrip("^") in _ABSTRACT_PAGE_READ_AS and "page" not in out[:i]:
            out[b - 1], out[b] = "page", "page"
            for m in range(b + 1, i):
                out[m] = "O"
        return


def _pages_run_into_issue(tokens: Sequence[Token], out: list[str]) -> None:
    """(An article with an issue and no page.) An issue in brackets ends at its bracket: "70(Suppl 1):S88" read as one
    issue "Suppl 1):S88" has its pages after the bracket and the colon."""
    n = len(tokens)
    for i in range(1, n - 2):
        if tokens[i].text != ")" or out[i].lstrip("^") != "issue" or out[i - 1].lstrip("^") != "issue" \
                or tokens[i + 1].text not in (":", ",") or out[i + 1].lstrip("^") != "issue":
            continue
        k = i + 2
        if k < n and tokens[k].text.isalpha() and len(tokens[k].text) == 1 and k + 1 < n \
                and not tokens[k + 1].space_before:
            k += 1  # the supplement's letter: "S88", "e12"
        e = k
        while e < n and out[e].lstrip("^") == "issue" and (tokens[e].text.isdecimal() or tokens[e].text in RANGE_DASHES
                                                         or (tokens[e].text.isalpha() and len(tokens[e].text) == 1)):
            e += 1
        if e == k or not tokens[k].text.isdecimal() or (e < n and out[e].lstrip("^") == "issue"):
            continue
        out[i], out[i + 1] = "O", "O"
        out[i + 2:e] = ["page"] * (e - i - 2)
        return


def _supplement_page_letter(tokens: Sequence[Token], out: list[str]) -> None:
    """A supplement's page is its "S" and its number ("2021;159(Suppl 1):S88-S95", "141(Suppl 3):S210"): after
    "Suppl" the labeler reads the letter as the supplement's word, and the page lost it ("88-S95")."""
    for i in range(1, len(tokens) - 1):
        if tokens[i].text == "S" and out[i] == "O" and tokens[i + 1].text.isdecimal() \
                and not tokens[i + 1].space_before and out[i + 1].lstrip("^") == "page" \
                and tokens[i - 1].text in (":", ",", ")"):
            out[i], out[i + 1] = ("^page" if out[i + 1] == "^page" else "page"), "page"


# the page's unit after a range in Japanese and Chinese ("23-35頁", "第23–35页", "23-35ページ" cut as "ペ" "ージ")
_CJK_PAGE_UNITS = frozenset({"頁", "页", "ペ"})


def _range_before_cjk_page_unit(tokens: Sequence[Token], out: list[str]) -> None:
    """(A reference with no page.) A range of numbers right before "頁", "页" or "ページ" is the pages, whatever the
    labeler read its numbers as (after "2018年、" a date's day and an entry's number)."""
    n = len(tokens)
    for i in range(3, n):
        if tokens[i].text not in _CJK_PAGE_UNITS or (tokens[i].text == "ペ" and (i + 1 >= n or tokens[i + 1].text != "ージ")):
            continue
        a, dash, b = tokens[i - 3:i]
        if a.text.isdecimal() and b.text.isdecimal() and dash.text in RANGE_DASHES and int(a.text) <= int(b.text) \
                and len(a.text) <= 5 and len(b.text) <= 5:
            out[i - 3:i] = ["page", "page", "page"]
            if "issued" not in out and "^issued" not in out:
                # the year the labeler left for the day it took "23" for: "…第5号、2018年、23-35頁"
                for y in range(max(0, i - 7), i - 4):
                    if _YEAR_TOKEN.fullmatch(tokens[y].text) and tokens[y + 1].text == "年" and out[y] == "O":
                        out[y] = out[y + 1] = "issued"
                        break
            return


# bioRxiv's and medRxiv's identifier, "2021.03.15.21253589" (the day it was posted, then its number), in the tokens
# joined by spaces, from the space after its year (a literal opening: scanned for in C)
_PREPRINT_ID_TEXT = re.compile(r" \. [01]\d \. [0-3]\d \. \d{6,9}(?![^ ])")


def _preprint_server_id(tokens: Sequence[Token], out: list[str], ends: list[int]) -> None:
    """A bioRxiv or medRxiv identifier after the server's name ("medRxiv 2021.03.15.21253589 [Preprint]. 2021") is
    the preprint's number, not a date and a note, when the reference is dated elsewhere. (``ends``: the token after
    each match's year.)"""
    n = len(tokens)
    for k in ends:
        y = k - 1  # the year's token
        if y < 0 or not _YEAR_TOKEN.fullmatch(tokens[y].text) or k + 6 > n \
                or any(tokens[m].space_before for m in range(k, k + 6)):
            continue
        if out[y].lstrip("^") in ("DOI", "URL", "arXiv") or (y > 0 and tokens[y - 1].text == ":"):
            continue  # (inside a DOI or a link: theirs; NLM's locator after the date's colon: the golds split on it)
        if not any(out[m].lstrip("^") == "issued" for m in range(n) if not y <= m < k + 6):
            continue  # (the only date the reference gives: it dates the preprint)
        label = "number"
        out[y:k + 6] = [label] * (k + 6 - y)
        m = k + 6
        if m + 2 < n and tokens[m].text == "[" and out[m + 1].lstrip("^") in ("note", "genre", "O") \
                and tokens[m + 2].text == "]":
            out[m:m + 3] = ["O", "O", "O"]  # "[Preprint]" after it: the type says so
        elif m < n and out[m].lstrip("^") == label:
            out[m] = "^" + label


def _embase_locator(tokens: Sequence[Token], out: list[str]) -> None:
    """(An article with a journal and no date.) Embase's export closes with "Journal 2021 49:7 (1120-1131)": the year
    after the journal's name, the volume, a colon and the issue, the pages in brackets. The labeler reads the year
    into the journal's name and the issue as a page."""
    n = len(tokens)
    for i in range(1, n - 8):
        t = tokens[i]
        if out[i].lstrip("^") != "container-title" or not _YEAR_TOKEN.fullmatch(t.text) \
                or out[i - 1].lstrip("^") != "container-title":
            continue
        v, c, s, b = i + 1, i + 2, i + 3, i + 4
        if not (tokens[v].text.isdecimal() and tokens[c].text == ":" and tokens[s].text.isalnum()
                and not tokens[c].space_before and not tokens[s].space_before and tokens[b].text == "("):
            continue
        e = b + 1
        while e < n and e - b < 6 and tokens[e].text != ")":
            e += 1
        if e >= n or tokens[e].text != ")" or not tokens[b + 1].text.isdecimal() \
                or any(not (x.text.isdecimal() or x.text in RANGE_DASHES) for x in tokens[b + 1:e]):
            continue
        out[i], out[v], out[c], out[s], out[b] = "issued", "volume", "O", "issue", "O"
        out[b + 1:e] = ["page"] * (e - b - 1)
        out[e] = "O"
        return


def _date_run_end(tokens: Sequence[Token], k: int) -> int | None:
    """The end of a date with a month written from ``tokens[k]`` on ("3. Februar 2021", "March 2, 2021",
    "15.03.2023", "2020 Apr 28", "2023-06-02", "2022年6月3日", "Januar 2023"), or None when none starts there."""
    n = len(tokens)
    texts: list[str] = []
    j = k
    while j < n and j - k < 9 and (j == k or not tokens[j].newline_before):
        t = tokens[j].text
        if not ((t.isdecimal() and len(t) <= 4) or t in _DATE_GLUE or "month" in token_features(t)):
            break
        texts.append(t)
        j += 1
    years = [i for i, t in enumerate(texts) if len(t) == 4 and t.isdecimal() and _YEAR_TOKEN.fullmatch(t)]
    if len(years) != 1:
        return None
    y = years[0]
    months = [i for i, t in enumerate(texts) if not t.isdecimal() and t not in _DATE_GLUE]
    if y > 0:  # the year closes it: a month name before it, or a day-first numeric date
        head = texts[:y]
        numeric = [t for t in head if t.isdecimal()]
        if not (any(i < y for i in months) or (len(numeric) == 2 and all(len(t) <= 2 for t in numeric)
                                                  and 1 <= int(numeric[0]) <= 31 and 1 <= int(numeric[1]) <= 12)):
            return None
        return k + y + 1
    # the year opens it: a month (name or number) and perhaps a day after it
    rest = texts[1:]
    if rest[:1] and rest[0] in ("-", "/", "年") and len(rest) >= 2 and rest[1].isdecimal() and len(rest[1]) <= 2:
        e = 2
        if rest[e:e + 1] == ["月"]:
            e += 1
        if len(rest) > e + 1 and rest[e] in ("-", "/") and rest[e + 1].isdecimal() and len(rest[e + 1]) <= 2:
            e += 2
        elif len(rest) > e and rest[e].isdecimal() and len(rest[e]) <= 2 and rest[e - 1] == "月":
            e += 1
            if rest[e:e + 1] == ["日"]:
                e += 1
        return k + 1 + e
    if rest[:1] and 0 in [i - 1 for i in months]:
        e = 1
        if len(rest) > 1 and rest[1].isdecimal() and len(rest[1]) <= 2:
            e = 2
        return k + 1 + e
    return None


_ROMAN_UPPER = re.compile(r"(?=[IVXLCDM]{1,7}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _roman_volume(tokens: Sequence[Token], out: list[str]) -> None:
    """(An article with a container and no volume.)"""
    n = len(tokens)
    for i in range(1, n - 1):
        t = tokens[i]
        if out[i] != "O" or len(t.text) > 7 or not t.text.isupper() or not _ROMAN_UPPER.fullmatch(t.text):
            continue
        # a lone "V." is an initial more often than a volume: a one-letter numeral needs a comma after it
        after = ",;" if len(t.text) == 1 else ",.;:"
        if _field_before(tokens, out, i) == "container-title" and tokens[i + 1].text in after and t.space_before:
            out[i] = "volume"
            return


# words a Roman numeral after them numbers as a part of the journal, not a volume ("Série III", "Sectio C")
_SERIES_BEFORE_NUMERAL = frozenset({"série", "serie", "series", "ser", "sér", "sectio", "section", "sección", "sezione",
                                    "sez", "reihe", "folge", "řada", "seria", "seção", "secção", "afd", "part", "pars"})


def _roman_volume_closing_journal(tokens: Sequence[Token], out: list[str]) -> None:
    """(An article with a container and no volume.) A Roman numeral after a comma at the end of the journal, then a
    comma and the year or the issue ("Archivio storico lombardo, CXLVII, 2021, n. 2, pp. …", "Revue historique,
    CCCXX, 2018, n° 3"), is the volume the labeler ran into the journal's name (its comma reads like one inside a
    name); a part of the journal ("…, Série III, 2019") is not."""
    n = len(tokens)
    for i in range(2, n - 2):
        t = tokens[i]
        if out[i].lstrip("^") != "container-title" or tokens[i - 1].text != "," or tokens[i + 1].text != "," \
                or not t.text.isupper() or len(t.text) < 2 or not _ROMAN_UPPER.fullmatch(t.text) \
                or out[i - 2].lstrip("^") != "container-title" or out[i + 1].lstrip("^") == "container-title" \
                or tokens[i - 2].text.lower().rstrip(".") in _SERIES_BEFORE_NUMERAL:
            continue
        nxt = next((out[k].lstrip("^") for k in range(i + 2, min(n, i + 6)) if out[k].lstrip("^") != "O"), "")
        if nxt in ("issued", "issue"):
            out[i - 1], out[i] = "O", "volume"
            return


def _issue_after_year_of_roman_volume(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian humanities journals: "in «Quaderni storici», LII, 2017, 1, pp. 55-80": a Roman volume, the year, then
    the issue, which the labeler reads as a second volume (and ``fields`` keeps the first)."""
    n = len(tokens)
    for i in range(1, n - 6):
        if out[i].lstrip("^") != "volume" or not _ROMAN_UPPER.fullmatch(tokens[i].text) \
                or _field_before(tokens, out, i) != "container-title":
            continue
        y, k = i + 2, i + 4
        if tokens[i + 1].text == "," and out[y].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[y].text) \
                and tokens[y + 1].text == "," and tokens[k].text.isdecimal() and len(tokens[k].text) <= 3 \
                and out[k].lstrip("^") in ("volume", "O") and k + 1 < n and tokens[k + 1].text in ",." \
                and any(out[m].lstrip("^") == "page" for m in range(k + 1, n)):
            out[k] = "issue"
        return


def _series_before_isbn(tokens: Sequence[Token], out: list[str]) -> None:
    """(A book: a title, a publisher and an ISBN.)"""
    n = len(tokens)
    isbn = next(i for i in range(n) if out[i].lstrip("^") == "ISBN")
    date = next((i for i in range(isbn - 1, -1, -1) if out[i].lstrip("^") == "issued"), -1)
    if date < 0 or not any(out[i].lstrip("^") == "title" for i in range(date)):
        return
    words = [i for i in range(date + 1, isbn) if tokens[i].text[:1].isalpha() and tokens[i].text.lower() != "isbn"]
    if not words or not tokens[words[0]].text[:1].isupper() or any(
            out[i].lstrip("^") not in ("title", "container-title", "note", "O") for i in words):
        return
    i = words[0]
    # the series' name, up to its number ("Edice Studium; sv. 12") or a term
    while i < isbn and tokens[i].text not in ";,." and not (out[i] == "O" and term_classes(tokens[i].text.lower())):
        if tokens[i].text[:1].isalnum():
            out[i] = "collection-title"
        i += 1


def _spaced_text(tokens: Sequence[Token]) -> str:
    """The text of ``tokens`` from the first one's start, offsets kept: every gap between them is spaces."""
    if not tokens:
        return ""
    pieces = []
    pos = tokens[0].start
    for t in tokens:
        pieces.append(" " * (t.start - pos))  # (one join: a list of characters filled by slices cost 2x)
        pieces.append(t.text)
        pos = t.end
    return "".join(pieces)


_STANDARD_HEADS = tuple(sorted(STANDARD_BODIES))  # the literals every STANDARD_CODE match opens with
_DATED_DESIGNATION = re.compile(r":\s*(?:19|20)\d\d")


def _designation_at(tokens: Sequence[Token], start: int) -> tuple[Sequence[Token], int, str] | None:
    """The tokens from ``start``, how many of them a standard's designation there covers, and its text."""
    head = tokens[start:start + 24]  # (a designation with its amendments runs to 16 tokens: "SS-EN 1995-1-1:2004+A2:2014")
    m = STANDARD_CODE.match(_spaced_text(head))
    if m is None:
        return None
    base = head[0].start
    return head, next((i for i, t in enumerate(head) if t.end - base > m.end()), len(head)), m.group()


def _standard_designation(tokens: Sequence[Token], out: list[str], start: int = 0) -> None:
    """(A reference opening with an upper-case word, at ``start``.) ``fields`` then reads the number from the text."""
    if not tokens[start].text.startswith(_STANDARD_HEADS):
        return  # (initials, acronyms: every designation opens with a body's letters, and a token holds a whole run
        # of letters, so a body's name starts the token; tests/test_parse_speed.py checks the heads)
    found = _designation_at(tokens, start)
    if found is None:
        return
    head, k, designation = found
    lang = k + 1 < len(head) and len(head[k].text) == 2 and head[k].text.isalpha() and head[k].text.islower()
    dated = bool(_DATED_DESIGNATION.search(designation))
    if k == len(head) or (head[k + lang].text not in ".," and not (dated and head[k].text[:1].isupper())):
        # the designation ends the sentence, perhaps with a language code ("ISO 690:2021.", "NEN 7120:2022 nl."),
        # or carries its year before the title ("PN-EN ISO 22000:2018-08 Systemy …"); not "ISO 9000 families"
        return
    for i in range(k):
        out[start + i] = "^number" if i == 0 else "number"
    if head[k].text in ".,":
        out[start + k] = "O"  # the full stop after the designation, which the labeler may have joined to a "date"


def _standard_imprint(tokens: Sequence[Token], out: list[str], start: int) -> None:
    """A standard's imprint closing it: "ČSN EN ISO 7730 (83 3569). Ergonomie …. Praha: Úřad pro technickou
    normalizaci, metrologii a státní zkušebnictví, 2006.": the words between the place's colon and the closing year
    are its publisher (a standards body, its name with commas), whatever the labeler read in them (a standard has no
    container, and its title came before the place)."""
    n = len(tokens)
    y = n - 2 if n > 1 and tokens[-1].text == "." else n - 1
    if y <= start or not (tokens[y].text.isdecimal() and len(tokens[y].text) == 4) or out[y].lstrip("^") != "issued":
        return
    c = y - 1 if tokens[y - 1].text == "," else y
    colon = next((i for i in range(c - 1, start + 1, -1) if tokens[i].text == ":"), None)
    if colon is None or colon + 1 >= c or c - colon - 1 > 14 or out[colon - 1].lstrip("^") != "publisher-place" \
            or not tokens[colon + 1].text[:1].isupper() \
            or not all(t.text.isalpha() or t.text in (",", "-", "&", ".") for t in tokens[colon + 1:c]) \
            or not any(out[i].lstrip("^") in ("title", "container-title") for i in range(colon + 1, c)) \
            or not any(out[i].lstrip("^") == "title" for i in range(start, colon - 1)):
        return
    out[colon + 1:c] = ["^publisher"] + ["publisher"] * (c - colon - 2)


def _standard_title_parts(tokens: Sequence[Token], out: list[str], start: int) -> None:
    """A standard's title in parts, each closed by a full stop: "ГОСТ Р 59001–2015. Системы менеджмента качества.
    Требования. – Москва : …", "ČSN 73 0540-2. Tepelná ochrana budov. Část 2: Požadavky. Praha: …": a part read as a
    container is the title's (a standard is in no container; "In:" or "//" would open one)."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        t = a - 1
        while t > start and out[t] == "O" and tokens[t].text in (".", ":"):
            t -= 1
        if t <= start or out[t].lstrip("^") != "title" or t == a - 1 \
                or any(tokens[m].text.lower() in ("in", "//", "in:", "w:", "v:") for m in range(t + 1, a)) \
                or tokens[a - 1].text.lower() in ("in", "//", "w", "v") or (e < n and out[e].lstrip("^") in ("volume", "issue")) \
                or tokens[e - 1].text.isdecimal():
            return  # (nor a part closed by a bare number: an edition, "Utgåva 6.", or a series number)
        out[t + 1:e] = ["title"] * (e - t - 1)
        return


_PART_WORDS = frozenset({"часть", "část", "teil", "part", "del", "część", "parte", "partie", "deel", "bölüm"})
_STANDARD_EDITION = frozenset({"utgåva", "edition", "ausgabe", "édition", "edición", "edizione", "uitgave", "wydanie",
                               "vydání", "издание", "redakce"})
_INTRODUCED = frozenset({"введ", "введен", "введён", "взамен"})


def _standard_statements(tokens: Sequence[Token], out: list[str], start: int) -> None:
    """A standard's statements after its title. GOST's part, "Часть 4. Правила …", read as an edition, is the
    title's; GOST's date of introduction, "– Введ. 2010-01-01.", read as a name and an original date, and DIN's
    European original, "Deutsche Fassung EN 1279-5:2018.", read as a container, are no fields of the record."""
    n = len(tokens)
    for a, e in list(_runs_of(out, "edition")):
        if tokens[a].text.lower() in _PART_WORDS and a > start + 1 and out[a - 1] == "O" and tokens[a - 1].text == "." \
                and out[a - 2].lstrip("^") == "title":
            out[a - 1:e] = ["title"] * (e - a + 1)
    for i in range(start + 1, n - 2):
        if tokens[i].text.lower() not in _INTRODUCED or tokens[i - 1].text not in ("–", "—", "-", "."):
            continue
        k = i + 1 + (tokens[i + 1].text == ".")
        if k >= n or not tokens[k].text.isdecimal():
            continue
        e = k
        while e < n and (tokens[e].text.isdecimal() or tokens[e].text in ("-", ".")) and not (
                tokens[e].text == "." and (e + 1 >= n or not tokens[e + 1].text.isdecimal())):
            e += 1
        out[i:e] = ["O"] * (e - i)
    for a, e in list(_runs_of(out, "container-title")):
        # its edition, "Utgåva 6.", read as a container (a standard is in none)
        if e - a <= 2 and a + 1 < n and tokens[a].text.lower() in _STANDARD_EDITION and tokens[a + 1].text.isdecimal():
            out[a:a + 2] = ["^edition", "edition"]  # (the number read with it, or apart as a volume)
    for i in range(start + 1, n - 3):
        # the European standard it adopts, "Deutsche Fassung EN 1279-5:2018.": no container, volume and page
        if tokens[i].text == "Fassung" and tokens[i - 1].text == "Deutsche" and (found := _designation_at(tokens, i + 1)):
            out[i - 1:i + 1 + found[1]] = ["O"] * (found[1] + 2)
            return


def _standard_opening_title(tokens: Sequence[Token], out: list[str]) -> None:
    """A standard's designation opening the title after its author: "ASSOCIAÇÃO BRASILEIRA DE NORMAS TÉCNICAS.
    NBR 17102: mobilidade urbana …", "Türk Standardları Enstitüsü. (2020). TS 13536 Kentsel raylı sistemler …",
    "日本産業標準調査会. JIS D 0301:2021 電動車両用…": the designation is the standard's number."""
    t = _first(out, "title")
    if t is None or t == 0 or not tokens[t].text.isupper() or len(tokens[t].text) > 4 \
            or out[t - 1].lstrip("^") not in ("O", "author") or not any(x.lstrip("^") == "author" for x in out[:t]):
        return
    found = _designation_at(tokens, t)
    if found is None:
        return
    head, k, _ = found
    if k + 1 >= len(head) or not (head[k].text in (".", ":", ",") or head[k].text[:1].isupper()
                                  or "\u3040" <= head[k].text[:1] <= "\u9fff"):
        return
    sep = head[k].text in (".", ":", ",")
    if any(out[t + i].lstrip("^") not in ("title", "issued", "number", "volume", "page") for i in range(k)) \
            or out[t + k + sep].lstrip("^") != "title":
        return
    for i in range(k):
        out[t + i] = "^number" if i == 0 else "number"
    if sep:
        out[t + k] = "O"
    out[t + k + sep] = "^title"


_PATENT_WORDS = frozenset({"patent", "brevet", "patente", "patentschrift", "offenlegungsschrift", "патент"})


def _patent_number(tokens: Sequence[Token], out: list[str]) -> None:
    if _PATENT_WORDS.isdisjoint(map(str.lower, map(_TEXT, tokens))):
        return  # (nearly every reference: the lower-cased texts tested in C)
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.text.lower() not in _PATENT_WORDS or out[i].lstrip("^") != "container-title":
            continue
        first = i
        while first > 0 and out[first - 1].lstrip("^") == "container-title":
            first -= 1
        if sum(1 for m in range(first, i) if tokens[m].text[:1].isalpha()) > 2:
            return  # a journal about patents ("Journal of Patent Law"), not an office ("U.S. Patent")
        k = i + 1
        office = k < n and len(tokens[k].text) == 2 and tokens[k].text.isupper() and tokens[k].text.isalpha()
        k += office  # "Patent DE 10 2015 112 345 A1": the office's code first
        start = k
        while k < n and (tokens[k].text.isdecimal() or (tokens[k].text in ",." and k + 1 < n and tokens[k + 1].text.isdecimal()
                                                        and not tokens[k + 1].space_before)):
            k += 1  # "11 084 263", "9,876,543"
        if k > start and k + 1 < n and tokens[k].text in ("A", "B", "U", "C") and tokens[k].space_before \
                and tokens[k + 1].text.isdecimal() and not tokens[k + 1].space_before:
            k += 2  # (and the kind of document after it: "A1", "B2")
        if k == start or any(out[m].lstrip("^") not in ("volume", "issue", "page", "number", "O", "issued",
                                                        "container-title") for m in range(i + 1, k)):
            return
        for m in range(first, i + 1):
            out[m] = "genre"
        for m in range(i + 1, k):
            out[m] = "number"
        return


def _issue_only_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """(An article with a container and a volume but no issue.)"""
    vols = [i for i, x in enumerate(out) if x.lstrip("^") == "volume"]
    if len(vols) != 1:
        return
    i = vols[0]
    if not (0 < i < len(tokens) - 1 and tokens[i - 1].text == "(" and tokens[i + 1].text == ")"
            and tokens[i].text.isdecimal()):
        return
    if _field_before(tokens, out, i - 1) == "container-title":
        out[i] = "issue"


def _field_before(tokens: Sequence[Token], out: list[str], i: int) -> str:
    """The label of the field before token ``i``, back over the separators between ("" at the start)."""
    k = i - 1
    while k >= 0 and out[k] == "O" and not tokens[k].text[:1].isalnum():
        k -= 1
    return out[k].lstrip("^") if k >= 0 else ""


def _edition_in_note(tokens: Sequence[Token], out: list[str]) -> None:
    for i, k in _runs_of(out, "note"):
        words = [t.text.lower() for t in tokens[i:k] if t.text[:1].isalnum()]
        # "2nd ed", "3 rd edn", "2. Aufl", "Second edition": a number or ordinal, then the edition term
        if 2 <= len(words) <= 3 and "edition" in term_classes(words[-1]) and (
                words[0].isdecimal() or words[0] in _ORDINAL_WORDS) and all(
                w.isdecimal() or w in _ORDINAL_SUFFIXES or w in _ORDINAL_WORDS for w in words[:-1]):
            for m in range(i, k):
                out[m] = "edition"


# (capitalised words that can open an edition statement: the rule runs only where one stands)
_EDITION_OPENERS = frozenset(
    w for x in _EDITION_QUALIFIERS | {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                      "ninth", "tenth", "new", "edition", "ed", "edn", "éd", "édition", "aufl",
                                      "auflage", "edición", "edizione", "editie", "druk", "wyd", "vyd", "uppl",
                                      "изд", "baskı"} for w in (x, x.capitalize()))
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "e", "er", "re", "ème", "a", "º", "ª"})
_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth", "revised", "new", "expanded", "enlarged"})


def _edition_term(word: str) -> bool:
    classes = term_classes(word)
    return "edition" in classes and "page" not in classes  # ("p" is a page, never an edition)


def _edition_statement(words: Sequence[str]) -> bool:
    """Whether lower-cased words are an edition statement and nothing else: "third edition", "2 nd ed", "revised and
    expanded", "überarbeitete auflage"."""
    if 2 <= len(words) <= 3 and _edition_term(words[-1]) and (
            (words[0].isdecimal() and len(words[0]) <= 3) or words[0] in _ORDINAL_WORDS
            or "ordinal" in term_classes(words[0])) and all(
            w.isdecimal() or w in _ORDINAL_SUFFIXES or w in _ORDINAL_WORDS for w in words[1:-1]):
        return True
    return 1 <= len(words) <= 5 and words[0] in _EDITION_QUALIFIERS and all(
        w in _EDITION_QUALIFIERS or w in AND_WORDS or _edition_term(w) for w in words)


def _edition_statement_read_as_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"A Manual of Acarology, Krantz G.W and D.E. Walter Eds., Third Edition. Texas Tech …", "Labyrinthe:
    Erscheinungsformen und Deutungen. Revised and expanded. München: …": an edition statement standing as its own
    sentence is the edition, never a title or a container (the labeler, seeing capitalised words after a full stop,
    starts a container or runs the title on)."""
    n = len(tokens)
    for label in ("container-title", "title"):
        for a, e in _runs_of(out, label):
            if e < n and tokens[e].text not in ".,;(":
                continue
            d = max((m for m in range(a + 1, e - 1) if tokens[m].text in ".,"), default=a - 1)
            if d < a and (label == "title" or a == 0 or tokens[a - 1].text not in ".,"):
                continue  # (a whole run: only a container standing after a sentence's end)
            words = [t.text.lower() for t in tokens[d + 1:e] if t.text[:1].isalnum()]
            if not words or not _edition_statement(words) or (d >= a and tokens[d].text != "."):
                continue
            if d >= a:
                out[d] = "O"
            for m in range(d + 1, e):
                out[m] = "edition"
            return


def _volume_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Storia dell’economia agraria in Toscana, vol. II, L’età lorenese, Firenze, Olschki": a volume of a
    multi-volume book and that volume's own title, which the labeler reads as a second title."""
    n = len(tokens)
    for i in range(2, n - 2):
        if out[i].lstrip("^") != "volume" or out[i + 1] != "O" or tokens[i + 1].text != "," \
                or out[i + 2].lstrip("^") not in ("title", "container-title"):
            continue
        lab = out[i + 2].lstrip("^")
        if not any(out[m].lstrip("^") == "title" for m in range(i - 2)) or any(
                out[m].lstrip("^") in ("issue", "page", "container-title") for m in range(i)):
            return  # (a journal's volume, or a book in a container)
        k = i + 2
        while k < n and out[k].lstrip("^") == lab:
            k += 1
        if k >= n or tokens[k].text != "," or out[k + 1].lstrip("^") not in ("publisher-place", "publisher"):
            return  # the volume's title is followed by the imprint
        for m in range(i + 2, k):
            out[m] = "volume-title"
        return


_VOLUME_WORDS_CASED = frozenset(w.capitalize() for w in _VOLUME_WORDS)  # opening a volume's sentence: "Díl 2, …"
_ROMAN_NUMBER = re.compile(r"[IVXL]{1,6}")


def _label_volume(out: list[str], cue: int, number: int, end: int) -> None:
    """"…, t. II: Obyczaj i religijność" as labels: the mark before the volume's word, the word, its full stop and the
    colon are nothing; ``number`` is the volume; the words from after the colon up to ``end`` the volume's title."""
    out[cue - 1] = "O"
    for m in range(cue, number + 2):
        out[m] = "volume" if m == number else "O"
    for m in range(number + 2, end):
        out[m] = "volume-title"


def _volume_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Dějiny gotické architektury v Čechách. Díl 2, Stavby lucemburské doby. Praha: …", "Die Glocken des
    Mittelalters in Westfalen, Bd. 2: Die Diözese Paderborn (…)": a volume of a multi-volume book, then that
    volume's own title, both of which the labeler reads as the book's title (or the volume word as a container)."""
    n = len(tokens)
    for i in range(3, n - 4):
        if tokens[i].text not in _VOLUME_WORDS_CASED or tokens[i - 1].text not in (".", ",") \
                or out[i - 2].lstrip("^") != "title" or not tokens[i].space_before:
            continue
        j = i + 2 if tokens[i + 1].text == "." else i + 1
        if j + 2 >= n or not ((tokens[j].text.isdecimal() and len(tokens[j].text) <= 3)
                              or _ROMAN_NUMBER.fullmatch(tokens[j].text)):
            continue
        if tokens[j + 1].text not in (",", ":", ".") or not tokens[j + 2].text[:1].isupper() \
                or any(out[m].lstrip("^") not in ("title", "container-title", "volume", "issue", "O") for m in range(i, j + 1)) \
                or any(out[m].lstrip("^") == "container-title" for m in range(i - 1)):
            continue
        k = j + 2
        # (a publisher too, when the imprint's own follows: "Bd. 2: Das Spätmittelalter, Karlsruhe: Braun 2004")
        kinds = ("title", "container-title", "publisher") if any(
            out[m].lstrip("^") == "publisher-place" and out[m + 2].lstrip("^") == "publisher"
            for m in range(j + 3, n - 2)) else ("title", "container-title")
        while k < n and out[k].lstrip("^") in kinds and tokens[k].text != "(" \
                and not (tokens[k].text == "." and len(tokens[k - 1].text) > 1):
            k += 1
        if k == j + 2 or (out[k - 1].lstrip("^") == "publisher" and k < n and out[k].lstrip("^") == "publisher") \
                or _journal_locators_after(out, k):
            continue  # (an article's "Part II: …" before its journal and volume is its title's: a paper in parts)
        _label_volume(out, i, j, k)
        return


def _journal_locators_after(out: list[str], k: int) -> bool:
    """Whether a journal follows position ``k``: a container-title, then its volume or issue."""
    c = next((m for m in range(k, len(out)) if out[m].lstrip("^") == "container-title"), None)
    return c is not None and any(x.lstrip("^") in ("volume", "issue") for x in out[c:])


def _book_read_as_container_of_volume(tokens: Sequence[Token], out: list[str]) -> None:
    """"Perrot, Louis (dir.), Histoire de la Bretagne, t. 3, Le temps des révolutions, Rennes, …", "Rother, Gerd (Hrsg.):
    Handbuch Sozialpsychologie. Bd. 2: Gruppenprozesse. 3. Aufl. Göttingen: …": a multi-volume book its editors
    name, the volume and that volume's own title. The labeler, seeing editors first, reads the book as a container
    (or a series) and the volume's title as the work's; with no "In" before it and no pages, the work is the book."""
    n = len(tokens)
    first = next((m for m in range(n) if out[m].lstrip("^") in ("container-title", "collection-title")), n)
    if first == n or any(out[m].lstrip("^") in ("page", "issue") for m in range(first, n)) \
            or any(out[m].lstrip("^") == "title" or (out[m] == "O" and "t=in" in token_features(tokens[m].text.lower()))
                   for m in range(first)):
        return
    lab = out[first].lstrip("^")
    e = first
    while e < n and out[e].lstrip("^") == lab:
        e += 1
    i = e + 1  # the volume word after the book's "." or ","
    if i + 3 >= n or tokens[e].text not in (".", ",") or tokens[i].text.lower() not in _VOLUME_WORDS \
            or tokens[i + 1].text != "." or out[i + 2].lstrip("^") != "volume" or tokens[i + 3].text not in (",", ":", ".") \
            or i + 4 >= n or out[i + 4].lstrip("^") != "title":
        return
    k = i + 4
    while k < n and out[k].lstrip("^") == "title":
        k += 1
    if k >= n or tokens[k].text not in (".", ","):
        return
    out[first:e] = ["title"] * (e - first)
    out[i + 4:k] = ["volume-title"] * (k - i - 4)


def _japanese_volume_after_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"藤井誠編『都市と文化の日本史』第2巻，吉川弘文館，pp. 87-112": the volume "第N巻" after a book's 』 and the publisher
    after it, all of which the labeler runs into the book's name."""
    n = len(tokens)
    for j in range(1, n - 3):
        lab = out[j].lstrip("^")
        if tokens[j].text != "』" or lab not in ("container-title", "title") or tokens[j + 1].text != "第" \
                or not tokens[j + 2].text.isdecimal() or tokens[j + 3].text != "巻" \
                or any(out[m].lstrip("^") != lab for m in range(j + 1, j + 4)):
            continue
        out[j] = out[j + 1] = out[j + 3] = "O"
        out[j + 2] = "volume"
        k = j + 4
        if k + 1 < n and tokens[k].text in ("，", ",", "、") and out[k].lstrip("^") == lab and out[k + 1].lstrip("^") == lab:
            out[k] = "O"
            k += 1
            while k < n and out[k].lstrip("^") == lab:
                out[k] = "publisher"
                k += 1
        return


def _gost_volume(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST: "История русской философии : в 3 т. Т. 2. Серебряный век / Т. Н. Соловьёва. —": the volume, its own
    title, then the statement of responsibility. The labeler reads "Т" as a volume and "2" as an issue, and the
    volume's title and the names after "/" as an author, which cuts the line in two."""
    n = len(tokens)
    for i in range(2, n - 4):
        if tokens[i].text not in ("Т", "T", "Кн") or tokens[i - 1].text != "." or tokens[i + 1].text != "." \
                or not tokens[i + 2].text.isdecimal() or len(tokens[i + 2].text) > 2:
            continue
        if not any(out[m].lstrip("^") == "title" for m in range(i - 1)):
            return
        if i >= 4 and tokens[i - 4].text in ("в", "В") and tokens[i - 3].text.isdecimal() and tokens[i - 2].text == "т" \
                and out[i - 3].lstrip("^") == "issued":
            out[i - 4] = out[i - 3] = out[i - 2] = "O"  # "В 3 т.": how many volumes (read from the text), no date
        k = i + 3
        if k < n and tokens[k].text in (".", ":"):  # ("Т. 4 : Статьи по истории философии /")
            k += 1
        slash = next((m for m in range(k, min(n, k + 15)) if tokens[m].text == "/"), None)
        if slash is None:
            # no statement of responsibility: the volume's title runs to the next area's dash (". — 2-е изд.")
            dash = next((m for m in range(k + 1, min(n, k + 16)) if tokens[m].text in ("—", "–")), None)
            if dash is None or tokens[dash - 1].text != "." or not tokens[k].text[:1].isupper() \
                    or any(tokens[m].text in ("/", "//", "[") for m in range(k, dash)):
                return
            out[i] = out[i + 1] = out[i + 2] = "volume"
            for m in range(k, dash - 1):
                out[m] = "volume-title"
            return
        if slash == k or not tokens[k].text[:1].isupper():
            return
        if any(tokens[m].text in ("—", "–", "//") for m in range(k, slash)):
            return
        out[i] = out[i + 1] = out[i + 2] = "volume"
        for m in range(k, slash):
            out[m] = "volume-title"
        end = slash + 1
        while end < n and tokens[end].text not in ("—", "–", "-") and end - slash < 12:
            end += 1
        for m in range(slash + 1, end):
            out[m] = "O"  # the statement names the author again
        return


def _gost_volume_before_statement(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST: "История Шотландии : в 2 т. Т. 1 / Д. Браун ; пер. с англ. …": a volume with no title of its own, right
    before the statement of responsibility. The labeler reads "Т" as a container and the names after "/" as
    translators or a second author (which cuts the line in two); the statement names the author again, up to
    the ";" that opens the next role."""
    n = len(tokens)
    for i in range(3, n - 4):
        if tokens[i].text not in ("Т", "T", "Кн") or tokens[i - 1].text != "." or tokens[i + 1].text != "." \
                or not tokens[i + 2].text.isdecimal() or len(tokens[i + 2].text) > 2 or tokens[i + 3].text != "/":
            continue
        if not any(out[m].lstrip("^") == "title" for m in range(i - 1)):
            return
        out[i] = out[i + 1] = out[i + 2] = "volume"
        end = i + 4
        while end < n and tokens[end].text not in (";", "—", "–") and end - i < 16:
            end += 1
        if end < n and tokens[end].text == ";":
            for m in range(i + 4, end):
                out[m] = "O"  # the statement names the author again
            if end + 1 < n and out[end + 1].lstrip("^") not in ("O", "translator", "editor"):
                return
            k = end + 1  # the names of the role after it open no reference of their own
            while k < n and out[k].lstrip("^") in ("O", "translator", "editor", "author") and tokens[k].text not in ("—", "–"):
                if out[k].startswith("^"):
                    out[k] = out[k][1:]
                k += 1
            role = out[k - 2].lstrip("^") if k >= 2 else ""
            if k < n and role in ("translator", "editor", "author") and tokens[k - 1].text == "." and len(tokens[k - 2].text) == 1 \
                    and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and k + 1 < n and tokens[k + 1].text == ".":
                out[k] = role  # "пер. с англ. О. В. | Федоровой": the family name after the initials is the same person's
        elif end < n and all(out[m].lstrip("^") in ("author", "O") for m in range(i + 3, end)):
            for m in range(i + 3, end):
                out[m] = "O"  # "Т. 4 / П. И. Лаврентьев. – Москва": the statement is the heading's author again
        return


def _gost_body_statement(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST's work without a personal author: "Острый средний отит у детей : клинические рекомендации [Электронный
    ресурс] / Национальная медицинская ассоциация оториноларингологов. — Москва, 2021.": the body named in the
    statement of responsibility after the title is its author."""
    n = len(tokens)
    slash = next((k for k in range(1, n - 2) if tokens[k].text == "/" and tokens[k].space_before
                  and tokens[k + 1].text != "/"), None)
    if slash is None or not any(out[k].lstrip("^") == "title" for k in range(slash)):
        return
    end = slash + 1
    while end < n and not (tokens[end].text == "." and ((end + 1 < n and tokens[end + 1].text in ("—", "–"))
                                                          or _place_and_colon_at(tokens, end + 1))) \
            and tokens[end].text not in ("/", ";"):
        end += 1
    words = [t for t in tokens[slash + 1:end] if t.text[:1].isalpha()]
    one = len(words) == 1 and end == slash + 2 and len(words[0].text) >= 5 and end + 1 < n \
        and tokens[end + 1].text in ("—", "–")  # ("/ Карелиястат. — URL: …": a body's one-word name, no initial)
    if not (2 <= len(words) <= 12 or one) or end >= n or tokens[end].text not in ".;" \
            or not words[0].text[:1].isupper() or any(_is_initial(t) for t in words) \
            or not (one or "literal" in parse_name(" ".join(t.text for t in words))):
        return  # (a body's name, not people: "/ А. В. Петрова" is GOST's statement of a person)
    out[slash] = "O"
    out[slash + 1] = "^author"
    for k in range(slash + 2, end):
        out[k] = "author"
    if tokens[end].text == ";" and end + 2 < n and tokens[end + 1].text.lower() == "рук" and tokens[end + 2].text == ".":
        # "/ Ин-т водных проблем РАН ; рук. Громов В. П. – Москва": a research report's head of research is no
        # editor, and "рук." no container
        k = end + 1
        while k < n and not (tokens[k].text == "." and k + 1 < n and tokens[k + 1].text in _AREA_DASHES):
            out[k] = "O"
            k += 1


_AREA_DASHES = ("-", "—", "–")


def _place_and_colon_at(tokens: Sequence[Token], i: int) -> bool:
    """A publication area with its dash dropped opens at ``i``: "Томск : Графика", "М. : Наука", "Нижний Новгород :"."""
    k = i
    while k < min(len(tokens), i + 4) and (tokens[k].text[:1].isupper() or tokens[k].text == "."):
        k += 1
    return i < k < len(tokens) and tokens[k].text == ":" and tokens[i].text[:1].isupper()


def _isbd_title_and_statement(tokens: Sequence[Token], out: list[str]) -> None:
    """A library catalogue's record (ISBD), no heading before it: "Histoire de la Bretagne / Jean Kerhervé. - Rennes :
    PUR, 2015. - 410 p. ; 24 cm". The names after the title's " / ", up to the area's ". - ", are its authors; the
    size in centimetres is no page."""
    n = len(tokens)
    s = _first_field(out)
    if s >= n or out[s].lstrip("^") not in ("title", "author"):
        return
    slash = next((k for k in range(s + 2, min(n, s + 40)) if tokens[k].text == "/" and tokens[k].space_before
                  and k + 1 < n and tokens[k + 1].space_before), None)
    if slash is None:
        return
    end = slash + 1
    while end < n - 1 and not (tokens[end].text == "." and tokens[end + 1].text in _AREA_DASHES):
        end += 1
    names = [t.text for t in tokens[slash + 1:end] if t.text[:1].isalpha()]
    if end >= n - 1 or not names or len(names) > 12 or not all(x[:1].isupper() or x.lower() in AND_WORDS
                                                                 for x in names) \
            or any(out[k].lstrip("^") not in ("title", "author", "O") for k in range(s, end)) \
            or (any(tokens[k].text in (".", ":") for k in range(s, slash)) and out[s].lstrip("^") == "author"):
        return
    out[s:slash] = ["title"] * (slash - s)
    out[slash] = "O"
    out[slash + 1:end] = ["author"] * (end - slash - 1)
    for k in range(end, n):  # (the area's separator, "--" written as two dashes too)
        if tokens[k].text not in (".", *_AREA_DASHES):
            break
        out[k] = "O"
    for k in range(end, n - 1):  # "; 24 cm": the book's height, no page or volume
        if tokens[k + 1].text == "cm" and tokens[k].text.isdecimal() and out[k].lstrip("^") in ("page", "volume"):
            out[k] = out[k + 1] = "O"


_GOST_THESIS = frozenset({"диссертация", "автореферат", "дис", "автореф"})


def _gost_thesis(tokens: Sequence[Token], out: list[str]) -> None:
    """GOST's thesis: "Title : специальность 10.02.01 «…» : диссертация на соискание ученой степени … : 08.00.05 /
    Family Given Patronymic ; University. — Place, 2019.", "Title : дис. … канд. экон. наук : 08.00.05 / Name. –".
    The kind of work after its colon is the genre, the speciality and its code are neither title nor numbers, and the
    body after the statement's ";" is the university that granted it."""
    n = len(tokens)
    d = next((k for k in range(2, n) if tokens[k].text in _GOST_THESIS and tokens[k - 1].text == ":"), None)
    if d is None:
        return
    t = next((k for k in range(d) if out[k].lstrip("^") == "title"), None)
    slash = next((k for k in range(d, n) if tokens[k].text == "/" and not (k + 1 < n and tokens[k + 1].text == "/")),
                 None)
    if t is None or slash is None:
        return
    semi = next((k for k in range(slash, n) if tokens[k].text == ";"), None)
    end = semi + 1 if semi is not None else slash
    while end < n and not (tokens[end].text == "." and end + 1 < n and tokens[end + 1].text in ("—", "–")):
        end += 1
    # (the speciality's code, "08.00.05", may have been read as numbers of any kind; the statement as names)
    if end >= n or any(out[k].lstrip("^") not in ("title", "genre", "volume", "issue", "number", "page",
                                                  "citation-number", "O") for k in range(t, slash)) \
            or any(out[k].lstrip("^") not in ("author", "publisher", "title", "genre", "O") for k in range(slash, end)):
        return
    colon = next(k for k in range(t, d) if tokens[k].text == ":")  # (the title's own statement ends here)
    g = d
    while g < n and tokens[g].text not in (":", "/"):
        g += 1
    for k in range(t, end):
        out[k] = "title" if k < colon else "genre" if d <= k < g else "O"
    if semi is not None:
        out[semi + 1:end] = ["publisher"] * (end - semi - 1)


_GOST_STANDARD_KINDS = frozenset({"национальный", "межгосударственный", "государственный", "издание"})


def _gost_standard_statement(tokens: Sequence[Token], out: list[str]) -> None:
    """A GOST standard's title closes with what it is: "… Технические условия : национальный стандарт Российской
    Федерации : издание официальное : введен впервые : дата введения 2018-06-01." Those statements are no title."""
    n = len(tokens)
    for a, e in _runs_of(out, "title"):
        for k in range(a + 1, e - 2):
            if tokens[k].text == ":" and tokens[k + 1].text in _GOST_STANDARD_KINDS \
                    and tokens[k + 2].text in ("стандарт", "официальное"):
                out[k:e] = ["O"] * (e - k)
                m = e  # (the statements after the next colons, "введен впервые", "дата введения …", go with it)
                while m + 1 < n and tokens[m].text == ":" and out[m + 1].lstrip("^") not in ("publisher",
                                                                                         "publisher-place"):
                    m += 1
                    while m < n and tokens[m].text not in (":", ".", "—", "–"):
                        out[m] = "O"
                        m += 1
                return


def _gost_statement(tokens: Sequence[Token], out: list[str]) -> None:
    n = len(tokens)
    i = _first(out, "author")
    if i is None or i > 4:
        return
    # the heading: a family name, perhaps a comma, then initials each with its full stop ("Соколова, Т. И.")
    h = i + 1
    if h < n and tokens[h].text == ",":
        h += 1
    inits = 0
    while h + 1 < n and _is_initial(tokens[h]) and tokens[h + 1].text == ".":
        h += 2
        inits += 1
    if not inits or not tokens[i].text[:1].isupper() or len(tokens[i].text) < 2:
        return
    # the statement of responsibility: " / " (not GOST's "//"), names, up to "//", "—" or the end
    slash = next((k for k in range(h, n) if tokens[k].text == "/" and tokens[k].space_before
                  and not (k + 1 < n and tokens[k + 1].text == "/")), None)
    if slash is None:
        return
    title = [k for k in range(h, slash) if tokens[k].text[:1].isalnum()]
    if not title or any(out[k].lstrip("^") not in ("author", "title", "O") for k in range(h, slash)):
        return
    end = slash + 1
    while end < n and tokens[end].text not in ("/", "—", "–") and not (tokens[end].text == "." and end + 1 < n
                                                                       and tokens[end + 1].text in "—–"):
        end += 1
    # (after a semicolon, another role's names: "/ К. Мюллер ; перевод с немецкого О. В. Смирновой")
    semi = next((k for k in range(slash + 1, end) if tokens[k].text == ";"), end)
    roles: list[tuple[int, int, str]] = []  # (first name token, end, label) of each later piece
    k = semi
    while k < end:
        nxt = next((m for m in range(k + 1, end) if tokens[m].text == ";"), end)
        piece = tokens[k + 1:nxt]
        found = lead_role(_spaced_text(piece)) if piece else None
        if found is None or found[0] not in ("editor", "translator"):
            return
        # the first token at or after the role phrase's end (an offset into the piece's text)
        start = k + 1 + next((j for j in range(len(piece)) if piece[j].start - piece[0].start >= found[1]), len(piece))
        roles.append((start, nxt, found[0]))
        k = nxt
    names = [k for k in range(slash + 1, semi) if tokens[k].text[:1].isalpha()]
    if not names or len(names) > 16 or not all(tokens[k].text[:1].isupper() for k in names) \
            or not any(tokens[k].text == tokens[i].text for k in names) \
            or any(not tokens[a].text[:1].isupper() for a, _e, _r in roles if a < end):
        return  # the statement repeats the heading's family name: that is what makes it GOST's
    for k in range(h, slash + 1):
        out[k] = "title" if title[0] <= k <= title[-1] else "O"
    for k in range(slash + 1, semi):
        out[k] = "author" if names[0] <= k <= names[-1] else "O"
    for k in range(semi, end):
        out[k] = "O"
    for a, e, role in roles:
        while e > a and not tokens[e - 1].text[:1].isalpha():
            e -= 1
        out[a:e] = ["^" + role] + [role] * (e - a - 1)


# the words an abbreviated journal's title may be made of: a word of letters (an acronym as its first word)
_ABBREVIATED_FIELDS = frozenset({"O", "container-title", "publisher", "publisher-place", "collection-title"})


def _abbreviated_journal(tokens: Sequence[Token], out: list[str]) -> None:
    """A law journal cited by its abbreviated name before its year ("…, in Riv. trim. dir. pubbl., 2017, 2, p.
    401", "…, in Resp. civ. prev., 2020, p. 310", "… », RTD civ. 2019, p. 123") is the container: the labeler
    left its words unlabelled or read one of them as the container, the publisher or the place. Two or more
    abbreviations, one of them with a lower-case letter (a list of initials has none), after "in" or the
    title's closing comma or quote."""
    n = len(tokens)
    for y in range(2, n):
        if out[y].lstrip("^") != "issued" or not tokens[y].text.isdecimal() or len(tokens[y].text) != 4:
            continue
        k = y - 1
        if tokens[k].text == ",":
            k -= 1
        run: list[int] = []
        while k >= 1 and tokens[k].text == "." and not tokens[k].space_before and tokens[k - 1].text.isalpha() \
                and len(tokens[k - 1].text) <= 8:
            run[:0] = [k - 1, k]
            k -= 2
        if k >= 0 and tokens[k].text.isupper() and tokens[k].text.isalpha() and 2 <= len(tokens[k].text) <= 5 and run:
            run[:0] = [k]  # "RTD civ.": an acronym opens the name
            k -= 1
        words = [tokens[m].text for m in run if tokens[m].text != "."]
        if len(words) < 2 or not words[0][:1].isupper() or not any(c.islower() for w in words for c in w) or k < 1:
            continue
        before = tokens[k].text
        if not ((before.lower() == "in" and out[k].lstrip("^") == "O") or before in (",", "»", "”", '"')):
            continue
        labels = {out[m].lstrip("^") for m in run}
        if not labels <= _ABBREVIATED_FIELDS or {out[m].lstrip("^") for m in run if tokens[m].text != "."} == {
                "container-title"}:
            continue  # (a name the labeler read whole keeps its labels, its closing full stop too)
        for m in run[:-1]:
            out[m] = "container-title"  # (the words and the full stops between them)


# a map's scale in the tokens joined by spaces: "1 : 50 000", "1 / 50 . 000", "1 : 24 , 000", "1 : 25000" (the
# tokens' spacing is checked after: "1:50 000" spaces only between its digit groups)
_SCALE_TEXT = re.compile(r"(?<![^ ])1 [:/] \d{1,3}(?: [.,]? ?\d{3})+(?![^ ])|(?<![^ ])1 [:/] \d{0,6}00(?![^ ])")
# the word naming a map's sheet after its scale ("Blatt 8332 X", "Foglio 367 X", "feuille X (789)", "Лист O-41-XX")
_SHEET_WORDS = frozenset({"Blatt", "blatt", "Foglio", "foglio", "feuille", "Feuille", "Лист", "лист", "Sheet",
                          "sheet", "blad", "Blad", "hoja", "Hoja", "arkusz", "Arkusz", "list", "List", "folha",
                          "Folha", "Kartblad", "kartblad", "Blatt-Nr"})
_SCALE_FIELDS = frozenset({"title", "container-title"})


def _scale_end(tokens: Sequence[Token], i: int) -> int:
    """The end of the map scale whose "1" is ``tokens[i]`` ("1:50 000", "1 : 200 000", "1/50.000", "1:25000"), or 0
    when none starts there: a colon or a slash, then digits in groups of three after a space, a full stop or a
    comma (no space beside those), the whole a round number (a volume and its page, "1:250", are none)."""
    n = len(tokens)
    j = i + 2
    if j >= n or tokens[i + 1].text not in (":", "/") or not tokens[j].text.isdecimal() or tokens[j].newline_before:
        return 0
    head = tokens[j].text
    if len(head) > 3:
        return j + 1 if len(head) <= 8 and head.endswith("00") else 0
    k = j + 1
    groups = 0
    while k < n:
        t = tokens[k]
        if len(t.text) == 3 and t.text.isdecimal() and t.space_before and not t.newline_before:
            k += 1
        elif t.text in (".", ",") and not t.space_before and k + 1 < n and len(tokens[k + 1].text) == 3 \
                and tokens[k + 1].text.isdecimal() and not tokens[k + 1].space_before:
            k += 2
        else:
            break
        groups += 1
    return k if groups and tokens[k - 1].text.endswith("00") else 0


def _map_scale(tokens: Sequence[Token], out: list[str], blob: str) -> None:
    """A map's scale inside its title ("Geologische Karte 1:50 000", "carta alla scala 1:50.000", "carte à 1/50 000",
    "карта масштаба 1 : 200 000") is the title's words, not a volume, an issue and a page: the labeler, seeing
    numbers around a colon or a slash, cut the title there. The sheet named after the scale ("…, Blatt 8332 X.",
    "…, Foglio 367 X.", ". Лист O-41-XX (Y).") goes on the title to its full stop. A title-like span the labeler
    called a container, with no title beside it, is the title."""
    n = len(tokens)
    for m in _SCALE_TEXT.finditer(blob):
        i = blob.count(" ", 0, m.start())
        end = _scale_end(tokens, i)
        if not end or i == 0:
            continue
        field = out[i - 1].lstrip("^")
        if field not in _SCALE_FIELDS or all(out[k].lstrip("^") == field for k in range(i, end)):
            continue
        start = i - 1
        while start > 0 and out[start - 1].lstrip("^") == field and not out[start].startswith("^"):
            start -= 1
        stop = end
        k = end + 1 if end < n and tokens[end].text in (",", ".") else end
        if k < n and tokens[k].text in _SHEET_WORDS:
            # the sheet: to the first full stop that ends a field (a space after it), within a few words
            last = next((m2 for m2 in range(k + 1, min(n, k + 14)) if tokens[m2].text in (".", ";")
                         and (m2 + 1 == n or tokens[m2 + 1].space_before)), None)
            if last is not None and not any(out[m2].lstrip("^") in ("issued", "publisher", "publisher-place", "DOI",
                                                                   "URL") for m2 in range(k, last)):
                stop = last
        if field == "container-title" and not any(
                out[m2].lstrip("^") == "title" for m2 in (*range(start), *range(stop, n))):
            field = "title"
        for m2 in range(start, stop):
            out[m2] = "^" + field if out[m2].startswith("^") and m2 < i else field


# the words joining two authors of a species name ("Smith & Jones, 1901", "Smith et Jones", "Smith in Jones")
_AUTHORITY_LINKS = frozenset({"&", "and", "et", "in", "y", "und", "e", "och", "en", "i", "и", "al"})


def _authority_end(tokens: Sequence[Token], i: int) -> int:
    """The index of the ")" closing the species authority whose "(" is ``tokens[i]`` ("(Goldfuss, 1809)",
    "(Linnaeus, 1758)", "(Smith & Jones, 1901)", "(Meyrick, 1917)"), or 0: capitalised names and their links,
    a comma, a year."""
    n = len(tokens)
    j = i + 1
    if j >= n or not tokens[j].text[:1].isupper() or not tokens[j].text.isalpha():
        return 0
    while j < n and j - i <= 8 and tokens[j].text != ",":
        t = tokens[j].text
        if not ((t.isalpha() and t[:1].isupper()) or t in _AUTHORITY_LINKS or t in (".", "-", "'", "’")):
            return 0
        j += 1
    y = j + 1
    if j >= n or y + 1 >= n or tokens[y + 1].text != ")" or not (tokens[y].text.isdecimal() and len(tokens[y].text) == 4):
        return 0
    return y + 1 if 1700 <= int(tokens[y].text) <= 2100 else 0


def _species_authority(tokens: Sequence[Token], out: list[str]) -> None:
    """A species name's authority inside a title ("Dieta de Sapajus nigritus (Goldfuss, 1809) em …", "Diet of Lutra
    lutra (Linnaeus, 1758) in upland streams") is the title's words: the labeler, seeing a name and a year in
    brackets, read a publisher or a place and a second date there. Only inside a reference dated elsewhere, with
    the title going on after the bracket, or a binomial (a genus, a lower-case epithet) right before it and a year
    no later than the reference's."""
    n = len(tokens)
    for i in range(2, n - 5):
        if tokens[i].text != "(" or out[i - 1].lstrip("^") != "title" or not (end := _authority_end(tokens, i)):
            continue
        inside = range(i, end + 1)
        if all(out[k].lstrip("^") == "title" for k in inside):
            continue
        dates = [int(tokens[k].text) for k in range(n) if k not in inside and out[k].lstrip("^") == "issued"
                 and tokens[k].text.isdecimal() and len(tokens[k].text) == 4]
        if not dates:
            continue
        k = end + 1
        while k < n and out[k].lstrip("^") == "O" and tokens[k].text.isalpha() and tokens[k].text.islower():
            k += 1  # ("… (Goldfuss, 1809) em fragmentos": a link word the labeler left between the title's pieces)
        goes_on = (k < n and k > end + 1 and out[k].lstrip("^") == "title") or (
            k == end + 1 < n and out[k].lstrip("^") == "title" and tokens[k].text not in (".", ","))
        binomial = tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower() and tokens[i - 2].text.isalpha() \
            and tokens[i - 2].text[:1].isupper() and int(tokens[end - 1].text) <= min(dates)
        if not (goes_on or binomial):
            continue
        for m in range(i, k):
            out[m] = "title"


def _latin_name_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """A Latin name in brackets closing a title ("… de papa (Solanum tuberosum L.). Agrociencia, 49(3)") is the
    title's: the labeler opened the journal at the bracket and ran it over the name, its authority and the
    bracket's full stop. A genus, a lower-case epithet, then capitalised abbreviations ("L.", "Willd.", "Mont.") to
    the ")" and a full stop, the journal's words after it."""
    n = len(tokens)
    for i in range(1, n - 6):
        if tokens[i].text != "(" or out[i - 1].lstrip("^") != "title" or out[i + 1].lstrip("^") != "container-title":
            continue
        genus, epithet = tokens[i + 1].text, tokens[i + 2].text
        if not (genus.isalpha() and genus[:1].isupper() and genus[1:].islower() and len(genus) > 2
                and epithet.isalpha() and epithet.islower() and len(epithet) > 2):
            continue
        k = i + 3
        while k < n and k - i <= 10 and (tokens[k].text in (".", "&", "ex", "f", "var", "subsp", "-")
                                         or (tokens[k].text.isalpha() and tokens[k].text[:1].isupper())):
            k += 1
        if not (k + 2 < n and tokens[k].text == ")" and tokens[k + 1].text == "." and tokens[k + 2].space_before
                and out[k + 2].lstrip("^") == "container-title"
                and all(out[m].lstrip("^") in ("container-title", "O") for m in range(i + 1, k + 2))):
            continue
        for m in range(i, k + 1):
            out[m] = "title"
        out[k + 1] = "O"
        return


def _journal_word_read_as_date(tokens: Sequence[Token], out: list[str]) -> None:
    """An abbreviated journal title ("Зоол. журн.", "Энтомол. обозр.", "Zool. Anz.") goes on after its first
    abbreviation's full stop: the labeler, seeing a short word between full stops after the journal's first word,
    read a date there (or nothing). A word of letters that names no month, right after the journal's "X." and closed
    by its own full stop, is the journal's."""
    n = len(tokens)
    for _a, e in _runs_of(out, "container-title"):
        k = e
        while k + 2 < n and tokens[k].text == "." and not tokens[k].space_before and out[k].lstrip("^") == "O":
            w = tokens[k + 1]
            if not (w.space_before and w.text.isalpha() and len(w.text) <= 10 and out[k + 1].lstrip("^") == "issued"
                    and tokens[k + 2].text == "." and not tokens[k + 2].space_before
                    and "month" not in term_classes(w.text.lower())):
                break
            out[k] = out[k + 1] = "container-title"
            k += 2


def _journal_word_left_out(tokens: Sequence[Token], out: list[str]) -> None:
    """NLM's abbreviated journal ("Av Odontoestomatol. 2020;36(2)", "Arch Dis Child Fetal Neonatal Ed. 2021 Nov;106")
    loses a word at its edge that the labeler, seeing a short capitalised word, left out: the word between the
    title's full stop and the journal, or between the journal and its full stop before the date, is the journal's
    (a cue that opens a container, "In", "Dans", "W", stays out)."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        if e + 2 < n and out[e] == "O" and _journal_word(tokens[e].text) and tokens[e].space_before \
                and tokens[e + 1].text == "." and out[e + 2].lstrip("^") == "issued":
            out[e] = "container-title"
            e += 1
        if a >= 3 and out[a - 1] == "O" and _journal_word(tokens[a - 1].text) and tokens[a - 2].text == "." \
                and out[a - 2] == "O" and out[a - 3].lstrip("^") == "title" and e + 1 < n and tokens[e].text == "." \
                and out[e + 1].lstrip("^") == "issued" and "in" not in term_classes(tokens[a - 1].text.lower()):
            out[a - 1] = "container-title"


def _journal_word(text: str) -> bool:
    return text.isalpha() and text[:1].isupper() and text[1:].islower() and len(text) <= 8


_CJK_STOPS = frozenset({"．", "。", "."})


def _cjk_title_run_into_journal(tokens: Sequence[Token], out: list[str]) -> None:
    """"鷲崎 弘宜 (2008). 情報専門学科カリキュラム標準 J07 :4. ソフトウェア領域(J07-SE). 情報処理. 49(7), 743-749.": a
    Japanese or Chinese title holding Latin letters and digits, which the labeler, with no title, runs into the
    journal. The journal is the last sentence of the run, all in CJK characters, after its full stop; the sentences
    before it are the title (an abbreviated Latin journal, "J. Am. Chem. Soc.", is never split: not CJK)."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        stops = [m for m in range(a + 4, e - 2) if tokens[m].text in (".", "．", "。")]
        if not stops or (e < n and out[e].lstrip("^") not in ("O", "volume", "issue")):
            continue
        k = stops[-1]
        if all(ord(t.text[0]) >= 0x3040 for t in tokens[k + 1:e]) and sum(ord(t.text[0]) >= 0x3040 for t in tokens[a:k]) >= 4:
            out[a] = "^title" if out[a].startswith("^") else "title"
            for m in range(a + 1, k):
                out[m] = "title"
            out[k] = "O"
        return


def _cjk_journal_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """A Japanese journal whose name holds full-width brackets ("昆虫（ニューシリーズ）", "地学雑誌（第2輯）") after a title
    closed by "．": the labeler ran the title over the name's head and took only the bracket's words for the journal.
    The words between the title's last full stop and the "（", and the bracket, are the journal's."""
    n = len(tokens)
    for a, e in _runs_of(out, "container-title"):
        while e < n and e - a < 12 and tokens[e].text not in ("）", "，", ",") and ord(tokens[e].text[0]) >= 0x3000:
            e += 1  # (a word of the bracket the labeler left out: "（新版）")
        if a < 3 or tokens[a - 1].text != "（" or e >= n or tokens[e].text != "）" or out[a - 2].lstrip("^") != "title":
            continue
        k = a - 2
        while k > 0 and out[k - 1].lstrip("^") == "title" and tokens[k - 1].text not in _CJK_STOPS and a - k < 12:
            k -= 1
        if k < 2 or tokens[k - 1].text not in _CJK_STOPS or out[k - 2].lstrip("^") != "title" \
                or not all(ord(t.text[0]) >= 0x3000 for t in tokens[k:a - 1]):
            continue
        out[k - 1] = "O"
        for m in range(k, e + 1):
            out[m] = "container-title"
        return


def _imprint_inside_edition(tokens: Sequence[Token], out: list[str]) -> None:
    """ABNT's "2. ed. Goiânia: Ed. UFG, 2016.": the labeler ran the edition over the place and the publisher's head
    ("Ed." is also an edition's word). After the edition's number, its word and their full stop, a capitalised word
    and a colon inside the same run are the place and its colon; the rest of the run, and the publisher right after
    it, are the publisher."""
    n = len(tokens)
    for a, e in _runs_of(out, "edition"):
        if not (e - a >= 6 and tokens[a].text.isdecimal() and tokens[a + 1].text == "."
                and "edition" in term_classes(tokens[a + 2].text.lower()) and tokens[a + 3].text == "."):
            continue
        p = a + 4
        colon = next((k for k in range(p + 1, e) if tokens[k].text == ":"), None)
        if colon is None or not tokens[p].text[:1].isupper() or colon - p > 4 or colon + 1 >= e \
                or any(not (tokens[k].text.isalpha() or tokens[k].text == "-") for k in range(p, colon)):
            continue
        _label_imprint(out, p, colon, e)
        if e + 1 < n and tokens[e].text == "." and not tokens[e].space_before and out[e + 1].lstrip("^") == "publisher":
            out[e] = "publisher"  # ("Ed. UFG": the publisher's abbreviated head and its full stop)
        return


_IMPRINT_DASHES = frozenset({"–", "—", "-", ".", ","})
# a book's length after its imprint in this style: "384 S.", "212 pp."
_LENGTH_UNITS = frozenset({"S", "pp", "p", "s", "Seiten"})


def _title_part_read_as_journal(tokens: Sequence[Token], out: list[str]) -> None:
    """"U. Fano, Ionization yield of radiations. II. The fluctuations of the number of ions, Phys. Rev. 72": the
    part of a paper in a series, its Roman number and its own title after the title's full stop, is the title's; the
    labeler, seeing a new sentence open, starts the journal there. When a comma inside the journal's run leaves
    capitalised words after it ("…, Phys. Rev.") and a volume follows, the number and the words before the comma are
    the title's, as a journal's name keeps no comma (a number alone may open a congress's name: "III. Uluslararası
    … Kongresi")."""
    n = len(tokens)
    for i in range(2, n - 3):
        if out[i].lstrip("^") != "container-title" or out[i - 1] != "O" or tokens[i - 1].text != "." \
                or out[i - 2].lstrip("^") != "title" or tokens[i + 1].text != "." \
                or not _ROMAN_NUMBER.fullmatch(tokens[i].text):
            continue
        e = i
        while e < n and out[e].lstrip("^") == "container-title":
            e += 1
        c = next((k for k in range(i + 3, e - 2) if tokens[k].text == ","), None)
        v = e + 1 if e + 1 < n and tokens[e].text in ",." else e
        if c is None or not tokens[c + 1].text[:1].isupper() or v >= n or out[v].lstrip("^") != "volume" \
                or not all(tokens[k].text[:1].isupper() or not tokens[k].text.isalpha() for k in range(c + 1, e)):
            continue  # (a congress's ordinal, "III. Uluslararası … Kongresi": no journal's comma, no volume after)
        end = c
        out[i - 1] = "title"
        for k in range(i, end):
            out[k] = "title"
        out[end] = "O"
        if end + 1 < e:
            out[end + 1] = "container-title"
        return


def _publisher_opening_bracketed_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """Physics' "La Propagation des Ondes (Gauthier-Villars, Paris, 1965).": a book's imprint in brackets, publisher,
    place and year. The labeler reads the place and the year, but a publisher it does not know it runs into the
    title: capitalised words between the bracket and the comma before the place are the publisher's."""
    n = len(tokens)
    for i in range(2, n - 6):
        if tokens[i].text != "(" or out[i].lstrip("^") != "title" or out[i - 1].lstrip("^") != "title":
            continue
        c = next((k for k in range(i + 2, min(n, i + 8)) if tokens[k].text == ","), None)
        if c is None or any(out[k].lstrip("^") != "title" or not (tokens[k].text[:1].isupper() or tokens[k].text in "-&")
                            for k in range(i + 1, c)) or out[c + 1].lstrip("^") != "publisher-place":
            continue
        e = c + 1
        while e < n and out[e].lstrip("^") == "publisher-place":
            e += 1
        if e + 2 < n and tokens[e].text == "," and out[e + 1].lstrip("^") == "issued" \
                and _YEAR_TOKEN.fullmatch(tokens[e + 1].text) and tokens[e + 2].text == ")":
            out[i] = out[c] = "O"
            for k in range(i + 1, c):
                out[k] = "publisher"
            return


def _place_publisher_in_brackets(tokens: Sequence[Token], out: list[str]) -> None:
    """German natural-science style "… Die Tagfalter Sachsens. – Jena (G. Fischer), 512 S.": the place, then its
    publisher in brackets. The labeler knows the form only around cities it has seen; elsewhere it reads a note, a
    journal, the title's last word, an author (a new reference, then dropped) or nothing. After the title, a
    capitalised word after a dash (or a full stop, when the labeler did not put it in a title), then a bracket of
    capitalised words without digits or role words ("(Hrsg.)", "(Ed.)") closed by a comma, a full stop or the end,
    are the place and the publisher; the number and "S." after them the book's length."""
    n = len(tokens)
    if "publisher" in out or "^publisher" in out:
        return
    for i in range(3, n - 2):
        if tokens[i].text != "(" or not tokens[i].space_before:
            continue
        p = i - 1
        while p > 2 and tokens[p - 1].text == "-" and not tokens[p].space_before and not tokens[p - 1].space_before:
            p -= 2  # ("Halle-Wittenberg")
        if not (tokens[p].text.isalpha() and tokens[p].text[:1].isupper() and tokens[p - 1].text in _IMPRINT_DASHES):
            continue
        dashed = tokens[p - 1].text in ("–", "—") and tokens[p - 2].text == "."  # (". – Jena": a dash inside a
        # title, "Europa – Amerika (Ein Vergleich)", follows no full stop)
        inside = any(out[k].lstrip("^") in ("title", "container-title") for k in range(p, i))
        if inside and not dashed:
            continue
        # the title's closing marks are tidied away only when a title stands before them; when the mark before the
        # place is all the title there is, the place and publisher are read and the mark left alone
        tidy = any(out[k].lstrip("^") == "title" for k in range(p - 1))
        if not tidy and (inside or out[p - 1].lstrip("^") != "title"):
            continue
        j = next((k for k in range(i + 2, min(n, i + 9)) if tokens[k].text == ")"), None)
        if j is None or (j + 1 < n and tokens[j + 1].text not in (",", ".", ";")) or not tokens[i + 1].text[:1].isupper():
            continue
        inner = tokens[i + 1:j]
        if any(t.text[:1].isdigit() or (t.text.isalpha() and {"editor", "translator"} & set(term_classes(t.text.lower())))
               for t in inner):
            continue
        k = p - 1
        while tidy and k > 0 and tokens[k].text in (".", ",", "–", "—") and out[k].lstrip("^") == "title":
            out[k] = "O"  # (the title's full stop and the dash: "Bayerns. – Place")
            k -= 1
        _label_imprint(out, p, i, j)
        out[j] = "O"
        if tidy and j + 3 < n and tokens[j + 1].text == "," and tokens[j + 2].text.isdecimal() \
                and tokens[j + 3].text in _LENGTH_UNITS:
            out[j + 2] = "page"
        return


def _text_of(tokens: Sequence[Token], a: int, e: int) -> str:
    """The text of ``tokens[a:e]`` with their spacing."""
    return "".join((" " if k > a and tokens[k].space_before else "") + tokens[k].text for k in range(a, e))


def _thesis_statement_parts(tokens: Sequence[Token], out: list[str]) -> None:
    """A thesis statement the labeler read as another field: German "…, Tierärztliche Hochschule, Diss." (the closing
    "Diss." a place or a publisher's word), Spanish "Tesis Ing. Agr. Universidad …" (the statement a journal), and
    Swedish "Doktorsavhandling, Sveriges lantbruksuniversitet, Uppsala" (the school and its town inside the genre).
    The words naming a thesis are the genre; a school and its town after them in the genre, its publisher and place."""
    n = len(tokens)
    labels = {x.lstrip("^") for x in out}
    if labels & {"volume", "issue"}:
        return  # (a journal's numbers: an article about theses)
    for a, e in list(_runs_of(out, "container-title")):
        # "Tesis Ing. Agr.": a container that is a thesis statement and nothing else
        if is_thesis_genre(_text_of(tokens, a, e)) and e - a <= 8 and "genre" not in labels:
            for k in range(a, e):
                out[k] = "genre"
            return
    last = n - 1
    while last > 0 and out[last] == "O" and tokens[last].text in (".", ")"):
        last -= 1
    first = last
    while first > 0 and tokens[first - 1].text.isalpha() and not tokens[first - 1].text[:1].isdigit() \
            and last - first < 2:
        first -= 1
    if first >= 2 and tokens[first - 1].text == "," and out[last].lstrip("^") in ("publisher", "publisher-place", "O") \
            and "genre" not in labels and is_thesis_genre(_text_of(tokens, first, last + 2 if last + 1 < n else last + 1)):
        # "…, Tierärztliche Hochschule, Diss.": the closing thesis word
        for k in range(first, last + 1):
            out[k] = "genre"
        return
    if labels & {"publisher", "publisher-place"}:
        return
    for a, e in _runs_of(out, "genre"):
        commas = [k for k in range(a, e) if tokens[k].text == ","]
        if len(commas) != 2 or not is_thesis_genre(_text_of(tokens, a, commas[0])) \
                or e - commas[1] != 2 or not tokens[e - 1].text[:1].isupper():
            continue
        # "Doktorsavhandling, Sveriges lantbruksuniversitet, Uppsala": the genre, the school, its town
        out[commas[0]] = out[commas[1]] = "O"
        for k in range(commas[0] + 1, commas[1]):
            out[k] = "publisher"
        out[e - 1] = "publisher-place"
        return


def _country_after_place(tokens: Sequence[Token], out: list[str]) -> None:
    """"Universidad Nacional Agraria La Molina, Lima, Perú.": the publisher, its town, then the country, which the
    labeler, seeing a name after a place, read as a second publisher (the first one wins, the country is lost). One
    capitalised word after the place's comma, closing the imprint, after a publisher, goes on the place."""
    n = len(tokens)
    for a, e in _runs_of(out, "publisher-place"):
        k = e + 1
        if not (a >= 2 and e + 1 < n and tokens[e].text == "," and out[a - 2].lstrip("^") == "publisher"
                and tokens[a - 1].text == "," and out[k].lstrip("^") == "publisher"
                and tokens[k].text.isalpha() and tokens[k].text[:1].isupper()
                and (k + 1 == n or (tokens[k + 1].text == "." and (k + 2 == n or out[k + 2].lstrip("^") != "publisher")))):
            continue
        out[e] = out[k] = "publisher-place"
        return


def _journal_word_before_volume(tokens: Sequence[Token], out: list[str]) -> None:
    """Nature's and Science's abbreviated journals ("Nat. Clim. Change 12, 845–851 (2022)", "Proc. Natl Acad. Sci.
    USA 118, e2019"): the last word before the volume, after the journal's abbreviations, was read as a place or a
    publisher (a capitalised word after a full stop). With no other place or publisher in the reference, the words
    between the journal's full stop and its volume are the journal's."""
    n = len(tokens)
    for _a, e in _runs_of(out, "container-title"):
        if not (e + 2 < n and tokens[e].text == "." and not tokens[e].space_before and out[e] == "O"):
            continue
        k = e + 1
        while k < n and k - e <= 3 and out[k].lstrip("^") in ("publisher-place", "publisher") \
                and tokens[k].text.isalpha() and tokens[k].text[:1].isupper():
            k += 1
        if k == e + 1 or k >= n or out[k].lstrip("^") != "volume" or not tokens[k].text.isdecimal() \
                or any(out[m].lstrip("^") in ("publisher-place", "publisher") for m in (*range(e), *range(k, n))):
            continue
        for m in range(e, k):
            out[m] = "container-title"
        return


def _month_then_year(tokens: Sequence[Token], out: list[str]) -> None:
    """ABNT's "p. 77-104, ago. 2022. DOI: …": the labeler read the abbreviated month alone as the date and the year
    after its full stop as an access date (or nothing), so the date became a literal "ago". A month name labelled
    the date, its full stop, then a year labelled otherwise (not as a date of its own), make one date."""
    n = len(tokens)
    for a, e in _runs_of(out, "issued"):
        if e - a != 1 or e + 1 >= n or tokens[e].text != "." or not tokens[e + 1].text.isdecimal() \
                or len(tokens[e + 1].text) != 4 or out[e + 1].lstrip("^") not in ("accessed", "O") \
                or "month" not in term_classes(tokens[a].text.lower()) \
                or (e + 2 < n and out[e + 2].lstrip("^") == "accessed"):
            continue
        out[e] = out[e + 1] = "issued"
        return


def _issue_after_bracketed_year(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian and Dutch journals: "Informatore Botanico Italiano, 51 (2019), 2, pp. 211-19", "Tijdschrift voor
    Geschiedenis 129 (2016) 2, 211-235": the volume, its year in brackets, then the issue, which the labeler reads as a
    second volume (and ``fields`` keeps the first)."""
    n = len(tokens)
    for i in range(1, n - 8):
        if out[i].lstrip("^") != "volume" or not tokens[i].text.isdecimal() or tokens[i + 1].text != "(" \
                or _field_before(tokens, out, i) != "container-title":
            continue
        # (a comma after the bracket, or none: the Dutch "Tijdschrift voor Geschiedenis 129 (2016) 2, 211-235")
        y = i + 2
        k = y + 3 if tokens[y + 2].text == "," else y + 2
        if k == y + 2 and not (k + 2 < n and tokens[k + 1].text == "," and out[k + 2].lstrip("^") == "page"):
            return  # (with no comma after the bracket, only when the pages follow the issue at once)
        if out[y].lstrip("^") == "issued" and _YEAR_TOKEN.fullmatch(tokens[y].text) and tokens[y + 1].text == ")" \
                and tokens[k].text.isdecimal() and len(tokens[k].text) <= 3 \
                and out[k].lstrip("^") in ("volume", "O") and k + 1 < n and tokens[k + 1].text in ",." \
                and any(out[m].lstrip("^") == "page" for m in range(k + 1, n)):
            out[k] = "issue"
        return


# English month names and their abbreviations, as US styles write a date "Feb. 7, 2020", "March 3, 2021"
_US_MONTHS = frozenset(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January",
                        "February", "March", "April", "May", "June", "July", "August", "September", "October",
                        "November", "December"])


def _us_month_day_year(tokens: Sequence[Token], out: list[str]) -> None:
    """US styles' "…, pp. 1-9, Feb. 7, 2020." and a patent's "U.S. Patent 10,442,913, Feb. 7, 2020.": the labeler
    read the month alone as the date (a literal "Feb") or as a journal's word, the day as an issue or a volume and
    the year as a second date. A capitalised English month (abbreviated with its full stop), a day 1-31, a comma and
    a year the labeler called the date make one date."""
    n = len(tokens)
    for i in range(n - 4):
        if tokens[i].text not in _US_MONTHS or (month := out[i].lstrip("^")) not in ("issued", "O", "container-title"):
            continue
        d = i + 2 if tokens[i + 1].text == "." and not tokens[i + 1].space_before else i + 1
        if d == i + 1 and (month == "container-title" or (len(tokens[i].text) == 3 and tokens[i].text != "May")):
            continue  # ("Feb 7" without its full stop is NLM's "2020 Feb 7", the year before it)
        y = d + 2
        if y >= n or not _day_number(tokens[d].text) or tokens[d + 1].text != "," \
                or out[d].lstrip("^") not in ("issued", "issue", "volume", "O") or out[y].lstrip("^") != "issued" \
                or not _YEAR_TOKEN.fullmatch(tokens[y].text) or (y + 1 < n and out[y + 1].lstrip("^") == "issued"):
            continue
        if all(out[k].lstrip("^") == "issued" for k in range(i, y + 1)):
            continue
        out[i] = "^issued" if out[i].startswith("^") else "issued"
        for k in range(i + 1, y + 1):
            out[k] = "issued"


def _day_after_month(tokens: Sequence[Token], out: list[str]) -> None:
    """NLM's "Cad Saude Publica. 2020 maio 12;36(5)": the year, the month, then the day, which the labeler left out
    when it looked like a month's number. A number of one or two digits (1-31) right after a date that is a year and a
    month name, before ";" or "." or ":", is the date's day."""
    n = len(tokens)
    for a, e in _runs_of(out, "issued"):
        if e - a != 2 or e + 1 >= n or not (tokens[a].text.isdecimal() and len(tokens[a].text) == 4) \
                or "month" not in term_classes(tokens[a + 1].text.lower()) or out[e] != "O" \
                or not _day_number(tokens[e].text) or tokens[e + 1].text not in (";", ".", ":"):
            continue
        out[e] = "issued"


def _day_after_month_read_as_number(tokens: Sequence[Token], out: list[str]) -> None:
    """"J. Biol. Chem., Vol. 269, No. 19, Issue of May 13, pp. 13893–13898": the day after a month name is the date's,
    though the labeler, seeing a small number after the volume and the issue, reads it as a second volume or issue.
    A number of one or two digits (1-31) after a month name in the date, before a comma or a full stop, labelled as a
    volume or an issue that the reference already has before it, is the day."""
    n = len(tokens)
    for i in range(2, n - 1):
        lab = out[i].lstrip("^")
        if lab not in ("volume", "issue") or out[i - 1].lstrip("^") != "issued" or not _day_number(tokens[i].text) \
                or tokens[i + 1].text not in (",", ".") or "month" not in term_classes(tokens[i - 1].text.lower()) \
                or not any(out[m].lstrip("^") == lab for m in range(i - 1)):
            continue
        out[i] = "issued"


def _volume_after_comma_in_title(tokens: Sequence[Token], out: list[str]) -> None:
    """"Kultura szlachecka w Rzeczypospolitej XVII wieku, t. II: Obyczaj i religijność, Kraków 2014": a lower-case
    volume word after the title's comma, its number, a colon and the volume's own title up to the imprint, all of
    which the labeler reads as the book's title (the capitalised sentence form is ``_volume_in_title``'s)."""
    n = len(tokens)
    for i in range(3, n - 4):
        if tokens[i].text.lower() not in _VOLUME_WORDS or tokens[i - 1].text != "," \
                or out[i - 2].lstrip("^") not in ("title", "container-title") \
                or out[i].lstrip("^") not in ("title", "container-title", "O", "volume"):
            continue
        b = i - 1  # ("Kants Ethik. Ein Kommentar, Bd. 2: …": a subtitle read as a container is the title's)
        while b > 0 and out[b - 1].lstrip("^") == "container-title":
            b -= 1
        if b < i - 1 and (b < 2 or tokens[b - 1].text != "." or out[b - 2].lstrip("^") != "title"):
            continue
        j = i + 2 if tokens[i + 1].text == "." else i + 1
        if j + 2 >= n or tokens[j + 1].text != ":" or not tokens[j + 2].text[:1].isupper() or not (
                (tokens[j].text.isdecimal() and len(tokens[j].text) <= 3) or _ROMAN_NUMBER.fullmatch(tokens[j].text)):
            continue
        k = j + 2
        while k < n and out[k].lstrip("^") in ("title", "container-title", "publisher", "volume-title") \
                and tokens[k].text not in (",", "(", "."):
            k += 1
        nxt = next((out[m].lstrip("^") for m in range(k + 1, min(n, k + 4)) if out[m] != "O"), "")
        if k >= n or tokens[k].text not in (",", ".") or nxt not in ("publisher-place", "publisher", "issued"):
            continue
        for m in range(b - 1, i - 1) if b < i - 1 else ():
            out[m] = "title"
        _label_volume(out, i, j, k)
        return



# what a volume's own title may have been read as (its years as pages: "Bd. 3: Urkunden 1300–1400")
_VOLUME_TITLE_READ_AS = frozenset({"title", "container-title", "collection-title", "publisher", "page", "O",
                                   "volume-title"})
_BOOK_BEFORE_VOLUME = frozenset({"title", "container-title", "editor"})
_AFTER_VOLUME_TITLE = frozenset({"publisher-place", "publisher", "edition", "issued"})


def _volume_statement_after_book(tokens: Sequence[Token], out: list[str]) -> None:
    """A volume statement after a book's name, in any language: "…, Bd. 3: Die Neuzeit, 2. Aufl., Würzburg: …",
    "…, t. 2 : Le XIXe siècle, Rennes, PUR, …", "…, vol. II, L’età moderna, Genova, Sagep, …", ". Díl 2: Středověk.
    Brno: …", ". T. 3. Kraków: …": the volume word, its number, and the words up to the imprint or the edition are the
    volume's own title. The labeler, reading an edited book (often after "In:" and its editors), gives that title to a
    publisher, a second title (which then runs the chapter's title on to it), a page or the container, and the volume
    word to the container. A volume title after a comma needs the Italian imprint after it ("Genova, Sagep"); after a
    colon, any imprint or edition; a volume with no title of its own ("T. 3. Kraków") gives back its word only."""
    n = len(tokens)
    for i in range(2, n - 3):
        word = tokens[i].text
        if (word.lower() not in _VOLUME_WORDS and word not in _VOLUME_WORDS_CASED) or tokens[i - 1].text not in (",", ".") \
                or out[i - 2].lstrip("^") not in _BOOK_BEFORE_VOLUME or out[i].lstrip("^") not in _VOLUME_TITLE_READ_AS \
                or not any(out[m].lstrip("^") in ("title", "container-title") for m in range(i - 1)):
            continue
        j = i + 2 if tokens[i + 1].text == "." else i + 1
        if j + 2 >= n or not ((tokens[j].text.isdecimal() and len(tokens[j].text) <= 3)
                              or _ROMAN_NUMBER.fullmatch(tokens[j].text)) or out[j].lstrip("^") in ("page", "issue"):
            continue
        if out[j].lstrip("^") == "edition" and out[i].lstrip("^") in ("O", "container-title"):
            out[j] = "volume"  # "Die Burgen. Bd. 4. Leipzig": the number after a volume's word is no edition
        sep = tokens[j + 1].text
        if sep == ".":
            # "Kardiologia. T. 3. Kraków", "Stadt und Land. Bd. 2. München": no title of its own; only the word the
            # container took is given back (a container that was the word alone is no container)
            # (the place must follow: "In: Tottel's Miscellany, Volume II. Harvard University Press" stays whole, as the
            # journal of "In Annales …, volume 54, pages 261–320. Elsevier" does)
            if out[i].lstrip("^") == "container-title" and out[j + 2].lstrip("^") == "publisher-place" \
                    and (out[i - 2].lstrip("^") == "container-title" or (out[i - 2].lstrip("^") == "title" and not any(
                        out[m].lstrip("^") == "container-title" for m in range(n) if not i <= m <= j + 1))):
                out[i - 1:j + 2] = ["O"] * (j - i + 1) + ["volume", "O"]
            return
        if sep not in (":", ",") or not tokens[j + 2].text[:1].isupper():
            continue
        k = j + 2
        while k < n and tokens[k].text not in (",", ".", "(", ";", "[") and out[k].lstrip("^") in _VOLUME_TITLE_READ_AS:
            k += 1
        if k >= n or tokens[k].text not in (",", ".") or k - j - 2 > 15:
            return
        nxt = next((m for m in range(k + 1, min(n, k + 4)) if out[m] != "O"), None)
        if nxt is None or out[nxt].lstrip("^") not in _AFTER_VOLUME_TITLE:
            return
        if sep == "," and not (out[nxt].lstrip("^") == "publisher-place" and any(
                tokens[m].text in (",", ":") and out[m + 1].lstrip("^") in ("publisher", "publisher-place")
                and tokens[m + 1].text[:1].isupper() for m in range(nxt, min(n - 1, nxt + 6)))):
            # (after a comma only the Italian imprint's "Place, Publisher" tells a title from a place; the labeler may
            # read the two as one place, which a later rule parts)
            return
        out[i - 1] = "O"
        for m in range(i, j + 2):
            out[m] = "volume" if m == j else "O"
        out[j + 2:k] = ["volume-title"] * (k - j - 2)
        return



_TITLE_AFTER_DATE = frozenset({"author", "title", "issued", "publisher-place", "container-title", "page", "O"})


def _title_year_after_dated_names(tokens: Sequence[Token], out: list[str]) -> None:
    """APA's report and data set whose title ends with the years it covers, right before its number or its
    description: "(2023). İşgücü İstatistikleri, 2022 (Haber Bülteni No. 49390).", "(2020). Bodemvochtmetingen in
    Friesland, 2016–2019 (Versie 2) [Dataset].", "(2022). Urban tree canopy survey, Leeds, 2021 [data collection].".
    The reference's own date stood in brackets after the names, so the year closing that sentence is the title's: the
    labeler, seeing "Words, 2022", reads the title as a second author (or a place, a container, pages) and the year as a
    second date, and the title is lost."""
    n = len(tokens)
    d = next((m for m in range(2, min(n - 2, 60)) if out[m].lstrip("^") == "issued" and tokens[m - 1].text == "("
              and tokens[m + 1].text == ")" and _YEAR_TOKEN.fullmatch(tokens[m].text)
              and out[m - 2].lstrip("^") in ("author", "editor", "O")), None)
    if d is None or not any(out[m].lstrip("^") in ("author", "editor") for m in range(d)):
        return
    s = d + 2
    if s < n and tokens[s].text == ".":
        s += 1
    k = s
    while k < n and tokens[k].text not in ("(", "[", ".") and out[k].lstrip("^") in _TITLE_AFTER_DATE:
        k += 1
    if k >= n or tokens[k].text not in ("(", "[") or k - s < 3 or not tokens[s].text[:1].isupper():
        return
    y = k - 1  # the title's last year, alone or closing a span ("2016–2019")
    if not _YEAR_TOKEN.fullmatch(tokens[y].text) or out[y].lstrip("^") not in ("issued", "page", "title"):
        return
    if y - 2 > s and tokens[y - 1].text in ("-", "–", "—") and _YEAR_TOKEN.fullmatch(tokens[y - 2].text):
        y -= 2
    if tokens[y - 1].text != "," or (out[y].lstrip("^") == "title" and not any(
            out[m].lstrip("^") != "title" for m in range(s, y - 1) if tokens[m].text != ",")):
        return  # (a title the labeler read whole is left alone)
    out[s:k] = ["title"] * (k - s)


def _chinese_volume_closing_title(tokens: Sequence[Token], out: list[str]) -> None:
    """GB/T 7714: "王德明. 宋元书院制度史: 第2卷[M]. 北京: …": the volume "第N卷" closing the book's title, before its
    document code, is the volume (the labeler runs it into the title)."""
    n = len(tokens)
    for i in range(2, n - 3):
        if tokens[i].text != "第" or not tokens[i + 1].text.isdecimal() or tokens[i + 2].text not in ("卷", "册", "冊", "巻") \
                or tokens[i + 3].text not in ("[", ".", "．", "。") or out[i].lstrip("^") != "title" \
                or out[i - 1].lstrip("^") not in ("title", "O"):
            continue
        a = i - 1 if tokens[i - 1].text in (":", "：", ",", "，") else i
        if a < 1 or out[a - 1].lstrip("^") != "title":
            continue
        for m in range(a, i + 3):
            out[m] = "volume" if m == i + 1 else "O"
        return


def _volume_title_before_comma_imprint(tokens: Sequence[Token], out: list[str]) -> None:
    """Italian chapters in a multi-volume work: "in Storia della critica, vol. III, Il Seicento, Roma, Salerno Editrice,
    1997": after the volume, its own title, then the place and the publisher, all parted by commas. The labeler
    shifts the imprint one field left (the volume's title as the publisher, "Roma, Salerno Editrice" as the place)."""
    n = len(tokens)
    for i in range(1, n - 6):
        if out[i].lstrip("^") != "volume" or tokens[i + 1].text != "," or out[i + 2].lstrip("^") not in (
                "publisher", "title", "container-title") or out[i].startswith("^"):
            continue
        lab = out[i + 2].lstrip("^")
        a = i + 2
        k = a
        while k < n and out[k].lstrip("^") == lab and tokens[k].text != ",":
            k += 1
        if k + 1 >= n or tokens[k].text != "," or out[k + 1].lstrip("^") != "publisher-place":
            return
        p = k + 1
        e = p
        while e < n and out[e].lstrip("^") == "publisher-place":
            e += 1
        comma = next((m for m in range(p + 1, e - 1) if tokens[m].text == ","), None)
        if comma is None or e >= n or tokens[e].text != "," or out[e + 1].lstrip("^") != "issued" \
                or any(out[m].lstrip("^") == "publisher" for m in range(e, n)) or not tokens[comma + 1].text[:1].isupper():
            return
        out[a:k] = ["volume-title"] * (k - a)
        out[comma] = "O"
        out[comma + 1:e] = ["publisher"] * (e - comma - 1)
        return


# a multi-volume work's general editor: "Storia della letteratura italiana, diretta da E. Malato", "Histoire de la
# France, dirigée par J. Revel", "sous la direction de", "dirigida por", "sob a direção de"
_DIRECTED_BY = (("diretta", "da"), ("diretto", "da"), ("dirette", "da"), ("diretti", "da"), ("dirigée", "par"),
                ("dirigé", "par"), ("dirigées", "par"), ("dirigés", "par"), ("sous", "la", "direction", "de"),
                ("dirigida", "por"), ("dirigido", "por"), ("bajo", "la", "dirección", "de"), ("sob", "a", "direção", "de"),
                ("directed", "by"))
_DIRECTED_FIRST = frozenset(p[0] for p in _DIRECTED_BY)
_DIRECTED_LABELS = frozenset({"container-title", "title", "note", "O", "editor", "translator", "collection-title"})


def _directed_by(tokens: Sequence[Token], out: list[str]) -> None:
    """"in Storia della critica, diretta da P. Neri, vol. III, …": the names after a "directed by" phrase are the
    editors of the work it follows, not words of its title nor a note."""
    n = len(tokens)
    for i in range(2, n - 3):
        if tokens[i].text not in _DIRECTED_FIRST or tokens[i - 1].text != ",":
            continue
        phrase = next((p for p in _DIRECTED_BY if tuple(t.text for t in tokens[i:i + len(p)]) == p), None)
        if phrase is None:
            continue
        a = k = i + len(phrase)
        while k < n and ((tokens[k].text[:1].isupper() and tokens[k].text.isalpha()) or tokens[k].text == "-"
                         or tokens[k].text in AND_WORDS or tokens[k].text == ","
                         or (tokens[k].text == "." and len(tokens[k - 1].text) == 1)):
            k += 1
        while k > a and tokens[k - 1].text == ",":
            k -= 1
        if k - a < 2 or k >= n or tokens[k].text not in (",", ".", ";") or len(tokens[k - 1].text) < 2 \
                or any(out[m].lstrip("^") not in _DIRECTED_LABELS for m in range(i - 1, k)):
            continue
        for m in range(i - 1, a):
            out[m] = "O"
        out[a:k] = ["editor"] * (k - a)
        return


# a review without a title of its own: "compte rendu de <author>, <title>, <imprint>, dans <journal>", "Rez. zu: <author>,
# <title>, <place> <year>, in: <journal>", "Review of <title>, by <author>. <journal>"
_REVIEW_CUES = (("compte", "rendu", "de"), ("Compte", "rendu", "de"), ("c", ".", "r", ".", "de"), ("Rez", ".", "zu"),
               ("Rezension", "zu"), ("Rezension", "von"), ("rez", ".", "zu"), ("Review", "of"), ("review", "of"),
               ("recensione", "a"), ("Recensione", "a"), ("reseña", "de"), ("Reseña", "de"), ("resenha", "de"),
               ("Resenha", "de"), ("рец", ".", "на"), ("Рец", ".", "на"), ("bespreking", "van"), ("Bespreking", "van"),
               ("recenzja",), ("Recenzja",))
_REVIEW_FIRST = frozenset(c[0] for c in _REVIEW_CUES)
_CONTAINER_CUES = frozenset({"dans", "in", "In", "en", "em", "w", "W", "v", "в", "В"})


def _book_after_editors(tokens: Sequence[Token], out: list[str]) -> None:
    """"« La querelle … », dans Claire LAMBERTIN et Jean-Pierre MOULINET (dir.), Les Lumières et leurs marges, Paris,
    …": the title after the editors a container cue opens is the book's, which the labeler read as a second run of
    the chapter's title (the two were joined into one)."""
    runs = list(_runs_of(out, "title"))
    if len(runs) < 2:
        return
    (_, e1), (a2, e2) = runs[0], runs[1]
    cue = next((m for m in range(e1, a2) if tokens[m].text in _CONTAINER_CUES and out[m] == "O"), None)
    if cue is not None and any(tokens[m].text[:1].isalnum() for m in range(e1, cue)):
        return  # (the cue follows the title: "…rachunków, [w:] …", "… », dans …")
    if cue is None or not any(out[m].lstrip("^") == "editor" for m in range(cue, a2)):
        return
    if any(out[m].lstrip("^") not in ("O", "editor") for m in range(e1, a2)) \
            or any(out[m].lstrip("^") == "container-title" for m in range(a2)):
        return
    b = a2
    if out[a2 - 1].lstrip("^") == "editor" and not tokens[a2].text[:1].isupper():
        # "[w:] Kultura dworska w dawnej Polsce. …, red. T. Zawisza": capitalised words the labeler read as
        # editors run on into the book's title (its editors come after it, with their role)
        while b > cue + 1 and out[b - 1].lstrip("^") == "editor":
            b -= 1
    out[b] = "^container-title" if out[b].startswith("^") or out[a2].startswith("^") else "container-title"
    for m in range(b + 1, e2):
        out[m] = "container-title"


def _quoted_title_before(tokens: Sequence[Token], out: list[str], c: int) -> bool:
    """Token ``c`` follows a title in quotes: "« Passeurs de langues », …", "“Words as Weapons.” …"."""
    k = c - 1
    while k > 0 and tokens[k].text in (",", ".", ":"):
        k -= 1
    if tokens[k].text not in ("»", "”", "\"", "“"):
        return False
    k -= 1
    while k > 0 and tokens[k].text in (",", ".", ":"):
        k -= 1
    return out[k].lstrip("^") == "title"


def _review_of(tokens: Sequence[Token], out: list[str]) -> None:
    """A review without a title of its own, right after its author: the reviewed work's title is the record's
    title; the reviewed work's author, place, publisher and year are none of the review's fields (its author is
    no second author or editor, its year no date of issue); the journal after it is the container."""
    n = len(tokens)
    for c in range(1, n - 4):
        if tokens[c].text not in _REVIEW_FIRST or tokens[c - 1].text not in (",", ":", ".", "”", "»"):
            continue
        titled = _quoted_title_before(tokens, out, c)
        if out[c - 2].lstrip("^") != "author" and not titled:
            continue
        cue = next((p for p in _REVIEW_CUES if tuple(t.text for t in tokens[c:c + len(p)]) == p), None)
        if cue is None:
            continue
        a = c + len(cue)
        while a < n and tokens[a].text in (":", ","):
            a += 1
        english = cue[1] == "of"
        if titled:
            # a review with a title of its own ("« Passeurs de langues », compte rendu de …, dans Revue …", "“Words
            # as Weapons.” Review of …, by …. Journal …"): the reviewed work, up to the journal, is none of its fields
            j = next((m for m in range(a + 2, n) if (tokens[m].text in _CONTAINER_CUES and tokens[m - 1].text == ","
                                                     and out[m] == "O") or (english and out[m] == "container-title"
                                                                            and tokens[m - 1].text == ".")), None)
            if j is None or not any(out[m].lstrip("^") == "container-title" for m in range(j, min(n, j + 3))) \
                    or (english and not any(tokens[m].text in ("by", "By", "edited") for m in range(a, j))):
                continue
            for m in range(c, j):
                out[m] = "O"
            return
        # the journal: after a container cue ("dans", "in:") or, in English, the first container-title run
        j = next((m for m in range(a + 2, n) if (tokens[m].text in _CONTAINER_CUES and tokens[m - 1].text == ","
                                                 and out[m] == "O") or (english and out[m] == "container-title")), None)
        if j is None or not any(out[m].lstrip("^") == "container-title" for m in range(j, min(n, j + 3))):
            continue
        t0 = a
        if not english:  # the reviewed work's author first, up to its comma
            while t0 < j and tokens[t0].text != ",":
                t0 += 1
            t0 += 1
        t1 = t0
        depth = 0
        while t1 < j and not (tokens[t1].text == "," and depth == 0):  # (the title ends at its comma)
            depth += (tokens[t1].text == "(") - (tokens[t1].text == ")")
            t1 += 1
        if t1 == t0 or t1 >= j or (english and not any(tokens[m].text in ("by", "By", "edited") for m in range(t1, j))):
            continue  # (English: "Review of <title>, by <author>": not a title opening "Review of …")
        if not english and tokens[t1 - 1].text == ")" and "(" in map(_TEXT, tokens[t0:t1]):
            b = max(m for m in range(t0, t1) if tokens[m].text == "(")  # "(Quellen und Forschungen … 74)": its series
            if b > t0 and not any(tokens[m].text.isdecimal() and len(tokens[m].text) == 4
                                  and tokens[m + 1].text in "-–" for m in range(b, t1 - 1)):
                t1 = b
        for m in range(c - 1, n if english else j):  # (from the reviewer's closing comma: "Claire DUVAL, compte rendu")
            if m < t0 or m >= t1:
                if english and out[m].lstrip("^") == "container-title":
                    break
                out[m] = "O"
            else:
                out[m] = "title"
        return
