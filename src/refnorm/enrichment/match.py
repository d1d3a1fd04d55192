"""Deciding whether a Crossref work is the work a reference cites. Precision first.

Search ranks; it does not decide. Like Crossref's search-based matcher with validation (SBMV), every
candidate is checked field by field against the reference string itself (is the candidate's year,
volume, first page, first author, are its title words, in the string?) and, when a parser has filled
them, against the reference's own fields, which can also *contradict* a candidate (another volume,
another first page, a year more than one off, another first author) unless the string itself holds
the candidate's value (parsers err; the string does not).

A candidate is rejected outright when a field contradicts it, when it is a journal issue or volume
rather than a work, when it is a notice (correction, retraction...) the string does not mention, when
the string clearly holds another title, or when it is a chapter the string does not pin down (pages
not confirmed without a near-perfect title; a chapter named like its book). The others get a score:
the weighted share of their fields found in the reference, times the share of the reference's own
numbers the candidate explains (so a preprint without volume and pages loses to its article when the
string gives them), times a small penalty for words it cannot account for. At least three supporting
fields and a score of `UPPER` or more write a DOI; between `LOWER` and `UPPER`, with a runner-up too
close behind, or without a year to tell versions apart, it is only offered for review. Strings that
hold several references are not matched at all. Measured in bench/matching.py (docs/benchmarks.md).

Ties are broken only by dominance: a candidate that confirms every field its close rivals confirm and
more (the duplicate that also has the author), or leaves fewer words unexplained (sibling chapters), is
written; true duplicates stay for review. Records with little to check (undated, authorless, page-less
entries) take their publisher as the third field when nothing in the string is left unexplained. Short
titles that the string runs on into more words, titles the string does not confirm without a confirming
year, undated records against dated strings with unexplained words, and winners whose close rival has
the better title are capped below `UPPER`.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from refnorm.normalizers.unicode import CJK_CHARS

__all__ = [
    "LOWER",
    "UPPER",
    "Decision",
    "Features",
    "decide",
    "features_of",
    "is_several_references",
    "known_features",
    "query_for",
    "score_candidate",
    "verified_on_fields",
    "verify_known",
]

UPPER = 0.78
LOWER = 0.55
MARGIN = 0.06

_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(f"[{CJK_CHARS}]")
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_NUM = re.compile(r"(?<![\w.])[A-Za-z]?\d+[A-Za-z]?(?![\w])")
_RANGE = re.compile(r"(?<![\w.])([A-Za-z]?\d+)\s*(?:-|\u2013|\u2014|\u2012|\u2212|--)\s*([A-Za-z]?\d+)(?![\w])")
_DOI = re.compile(r"10\.\d{4,9}/\S+")
# only a labelled ISSN: "1234-1245" unlabelled is a page range
_ISSN = re.compile(r"(?<![^\W\d_])(?:[ep]-?)?issn\b[:\s]*(\d{4})-?(\d{3}[\dx])(?![\w-])", re.I)
_URL = re.compile(r"https?://\S+|www\.\S+")
_STOP = frozenset(["a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "at", "by", "from", "as", "is", "are", "de", "la", "le", "des", "du", "et", "der", "die", "und"])
_NOTICE = re.compile(
    r"^\s*(correction|corrigendum|erratum|errata|retraction|retracted|withdrawn|withdrawal|expression of concern|"
    r"notice of retraction|editorial expression|reply|response|comment|addendum|author correction|"
    r"publisher correction|correction to)\b", re.I)
_NOT_WORKS = frozenset({"journal-issue", "journal-volume", "journal", "book-series", "proceedings-series",
                        "report-series", "book-set", "grant"})
# Titles that many chapters share: never evidence on their own.
_GENERIC = frozenset({"introduction", "index", "preface", "contents", "table of contents", "front matter",
                      "back matter", "conclusion", "conclusions", "foreword", "acknowledgments", "references",
                      "bibliography", "appendix", "editorial", "frontmatter", "backmatter", "epilogue", "prologue"})
_NO_VALUE = frozenset({"null", "none", "n/a", "na", "-", "--", "nan", "undefined"})
_CHAPTERS = frozenset({"book-chapter", "book-part", "book-section", "reference-entry", "book-track"})


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Casefolded, accents removed, punctuation turned into spaces (cached: titles recur across candidates)."""
    if text.isascii():
        return " ".join(_WORD.findall(text.lower()))
    s = _fold(text).replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("æ", "ae")
    return " ".join(_WORD.findall(s))


def _tokens(text: str) -> list[str]:
    return norm(text).split()


def _cjk_grams(text: str) -> set[str]:
    chars = "".join(_CJK.findall(text))
    return {chars[i:i + 2] for i in range(len(chars) - 1)} or set(chars)


def _first(v: Any) -> str:
    if isinstance(v, list):
        v = next((x for x in v if x), "")
    return re.sub(r"<[^>]+>", "", str(v or ""))


def _digits(v: Any) -> str:
    s = str(v or "").strip().lower()
    if s in _NO_VALUE:
        return ""  # Crossref holds records whose volume is the text "null"
    return s.lstrip("0") or s


def expand_range(first: str, last: str) -> tuple[str, str]:
    """``("317", "30")`` -> ``("317", "330")``: abbreviated last pages take the first page's prefix."""
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return first, last


def _number_tokens(value: str) -> list[str]:
    """The numbers of a volume or issue without series letters: "156B" -> ["156"], "199-200" -> ["199", "200"]."""
    return [_digits(x) for x in re.findall(r"\d+", value)]


def _numbers_in(value: str, f: Features) -> bool:
    """All numbers of a volume or issue ("199-200", "n° 95", "Suppl 2") appear in the string."""
    nums = _number_tokens(value)
    return bool(nums) and all(n in f.numbers for n in nums)


def _same_numbers(a: str, b: str) -> bool:
    return bool(_number_tokens(a)) and _number_tokens(a) == _number_tokens(b)


def _page_first(page: Any) -> str:
    p = str(page or "").strip()
    m = re.match(r"\s*([A-Za-z]?\d+[A-Za-z]?)", p)
    return _digits(m.group(1)) if m else ""


def _years(work: Mapping[str, Any]) -> set[int]:
    """Publication years (print and online may differ); approval or posting dates only when there is none."""
    for keys in (("issued", "published-print", "published-online", "published"), ("approved", "posted")):
        out = set()
        for key in keys:
            parts = (work.get(key) or {}).get("date-parts") or []
            if parts and parts[0] and parts[0][0] is not None:
                with contextlib.suppress(TypeError, ValueError):
                    out.add(int(parts[0][0]))
        if out:
            return out
    return set()


@dataclass(frozen=True)
class Features:
    """What a reference offers for validation: its string and whatever fields a parser filled."""

    text: str
    norm_text: str
    words: frozenset[str]
    numbers: frozenset[str]
    years: frozenset[int]
    ranges: tuple[tuple[str, str], ...]
    title: str | None = None
    author: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    container: str | None = None
    doi: str | None = None


def _csl_year(csl: Mapping[str, Any]) -> int | None:
    parts = (csl.get("issued") or {}).get("date-parts") or []
    try:
        return int(parts[0][0]) if parts and parts[0] else None
    except (TypeError, ValueError):
        return None


def _csl_author(csl: Mapping[str, Any]) -> str | None:
    for role in ("author", "editor"):
        people = csl.get(role) or []
        if people and isinstance(people[0], Mapping):
            p = people[0]
            fam = p.get("family") or (str(p.get("literal") or "").split() or [None])[-1]
            if fam:
                return norm(str(fam))
    return None


def fields_text(csl: Mapping[str, Any]) -> str:
    """A plain reference string built from CSL fields, for references that came without one."""
    names = []
    for p in (csl.get("author") or csl.get("editor") or [])[:10]:
        if isinstance(p, Mapping):
            names.append(" ".join(str(p.get(k) or "") for k in ("family", "given", "literal")).strip())
    year = _csl_year(csl)
    parts = [", ".join(names), f"({year})" if year else "", _first(csl.get("title")),
             _first(csl.get("container-title")), str(csl.get("volume") or ""),
             f"({csl['issue']})" if csl.get("issue") else "", str(csl.get("page") or "")]
    return " ".join(p for p in parts if p).strip()


def features_of(csl: Mapping[str, Any], raw: str | None = None) -> Features:
    """Features of a reference from its CSL fields and its raw string (either may be empty)."""
    text = raw if raw and raw.strip() else fields_text(csl)
    clean = _ISSN.sub(" ", _URL.sub(" ", _DOI.sub(" ", text)))
    n = norm(clean)
    raw_numbers = [_digits(m.group(0)) for m in _NUM.finditer(clean)]
    # "156B", "S12": series and supplement letters; the bare number is kept beside them
    numbers = frozenset(raw_numbers) | frozenset(_digits(re.sub(r"\D", "", n)) for n in raw_numbers)
    ranges = tuple(expand_range(_digits(a), _digits(b)) for a, b in _RANGE.findall(clean))
    page = csl.get("page") or csl.get("page-first")
    return Features(
        text=text, norm_text=n, words=frozenset(n.split()), numbers=numbers,
        years=frozenset(int(y) for y in _YEAR.findall(clean)), ranges=ranges,
        title=_first(csl.get("title")) or None, author=_csl_author(csl), year=_csl_year(csl),
        volume=_digits(csl.get("volume")) or None, issue=_digits(csl.get("issue")) or None,
        page=_page_first(page) or None, container=_first(csl.get("container-title")) or None,
        doi=str(csl.get("DOI") or "").lower() or None,
    )


def known_features(csl: Mapping[str, Any], raw: str | None = None) -> Features:
    """`features_of` as `verify_known` reads it: with a title among the fields, verify_known reads
    the fields only (title, first author, year, volume, first page), so the string's features
    (words, numbers, years and ranges of ``raw``) are left empty and not worked out: a reference
    with a DOI is checked once per `enrich` call, often twice per `fix`. Without a title, all of
    `features_of`. (`tests/test_fix_speed.py` pins the verdicts to those of `features_of`.)"""
    if not verified_on_fields(csl):
        return features_of(csl, raw)
    title = _first(csl.get("title"))
    page = csl.get("page") or csl.get("page-first")
    return Features(
        text=raw or "", norm_text="", words=frozenset(), numbers=frozenset(), years=frozenset(), ranges=(),
        title=title, author=_csl_author(csl), year=_csl_year(csl),
        volume=_digits(csl.get("volume")) or None, issue=_digits(csl.get("issue")) or None,
        page=_page_first(page) or None, container=_first(csl.get("container-title")) or None,
        doi=str(csl.get("DOI") or "").lower() or None,
    )


def verified_on_fields(csl: Mapping[str, Any]) -> bool:
    """Whether `known_features` of this record reads the fields only (it has a title)."""
    return bool(_first(csl.get("title")))


def is_several_references(f: Features) -> bool:
    """Heuristic: the string holds more than one reference (several DOIs, or several `year; ...` units)."""
    if len(set(m.group(0).rstrip(".,;").lower() for m in _DOI.finditer(f.text))) > 1:
        return True
    if len(f.text) < 200:
        return False
    units = [u for u in re.split(r";\s+(?=[A-Z])|\.\s+(?=\[?\d+[\].]\s)", f.text) if _YEAR.search(u)]
    return len(units) >= 2 and len({y for u in units for y in _YEAR.findall(u)}) >= 2


def _length_bound(la: int, lb: int) -> float:
    """`difflib.SequenceMatcher.real_quick_ratio` of two sequences of these lengths."""
    return 2.0 * min(la, lb) / (la + lb) if la + lb else 1.0


def title_similarity(candidate_title: str, f: Features) -> float:
    """Share of the candidate title found in the reference (its fields' title when parsed, else the string)."""
    if _CJK.search(candidate_title):
        grams = _cjk_grams(candidate_title)
        target = _cjk_grams(f.title or f.text)
        return len(grams & target) / len(grams) if grams else 0.0
    words = [w for w in _tokens(candidate_title) if w not in _STOP] or _tokens(candidate_title)
    if not words:
        return 0.0
    if f.title:
        ref_words = set(_tokens(f.title))
        share = sum(w in ref_words for w in words) / len(words)
        share = share if len(ref_words) <= len(words) * 1.6 else share * 0.8
        a, b = norm(candidate_title), norm(f.title)
        # ratio() <= quick_ratio() <= real_quick_ratio(): the exact ratio only when it could win (70% of
        # matching time against a local index went to ratio()). real_quick_ratio() is the lengths'
        # bound, 2 min / sum, taken here before building the matcher (which indexes ``b`` at once):
        # a title whose words are all in the reference (share 1) never needs one
        if share >= 1.0 or _length_bound(len(a), len(b)) <= share:
            return share
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        if matcher.quick_ratio() <= share:
            return share
        return max(matcher.ratio(), share)
    return string_title_similarity(candidate_title, f)


def string_title_similarity(candidate_title: str, f: Features) -> float:
    """Share of the candidate title's words found anywhere in the reference string (typos tolerated)."""
    if _CJK.search(candidate_title):
        grams = _cjk_grams(candidate_title)
        return len(grams & _cjk_grams(f.text)) / len(grams) if grams else 0.0
    words = list(dict.fromkeys(w for w in _tokens(candidate_title) if w not in _STOP)) or _tokens(candidate_title)
    if not words:
        return 0.0
    hits = [_word_in(w, f) for w in words]
    share = sum(hits) / len(words)
    if "..." in f.text or "\u2026" in f.text:
        # a title cut short ("The World Wide Web as a..."): judge the part that was kept
        last = max((i for i, h in enumerate(hits) if h), default=-1)
        if last >= 2:  # at least three words of the title kept
            share = max(share, 0.95 * sum(hits[: last + 1]) / (last + 1))
    return share


def _word_in(word: str, f: Features) -> bool:
    """The word is in the string, or (5+ letters) a word differing by one typo or a line-break hyphen is."""
    if word in f.words:
        return True
    if len(word) < 5 or word.isdigit():
        return False
    shapes = _shapes(f.words)
    for n in (len(word) - 1, len(word), len(word) + 1):
        for w in shapes.get((word[0], n), ()):
            if _one_edit(w, word):
                return True
    return word in _joined(f.norm_text)  # "extrac- tion" -> "extrac tion"


@functools.lru_cache(maxsize=256)
def _shapes(words: frozenset[str]) -> dict[tuple[str, int], list[str]]:
    """The string's words by first letter and length, for typo-tolerant lookups."""
    out: dict[tuple[str, int], list[str]] = {}
    for w in words:
        if len(w) >= 4:
            out.setdefault((w[0], len(w)), []).append(w)
    return out


@functools.lru_cache(maxsize=256)
def _joined(text: str) -> str:
    return text.replace(" ", "")


def _one_edit(a: str, b: str) -> bool:
    """At most one substitution, insertion, deletion or transposition apart."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@dataclass(frozen=True)
class Scored:
    """One candidate, validated: ``score`` 0 means rejected (``reason`` says why)."""

    doi: str
    score: float
    supports: tuple[str, ...] = ()
    reason: str = ""
    work: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    details: Mapping[str, float] = field(default_factory=dict, compare=False)


def score_candidate(work: Mapping[str, Any], f: Features) -> Scored:
    """Validate one candidate against the reference; see the module docstring for the rules."""
    doi = str(work.get("DOI", "")).lower()

    def reject(reason: str) -> Scored:
        return Scored(doi, 0.0, (), reason, work)

    wtype = str(work.get("type") or "")
    if wtype in _NOT_WORKS:
        return reject(f"a {wtype} record, not a work")
    title = _title_of(work)
    notice = _NOTICE.match(title)
    if notice and notice.group(1).lower().split()[0] not in f.words:
        return reject("a notice (correction, retraction...) the reference does not mention")

    parts: dict[str, float] = {}
    weights: dict[str, float] = {}
    untitled = False
    no_year = False  # the candidate has a year and the reference none: versions cannot be told apart

    # title
    if title:
        # A parser's fields can be wrong: they veto a candidate only when the string does not back it.
        sim = string_title_similarity(title, f)
        if f.title:
            parsed = title_similarity(title, f)
            if parsed < 0.5 and sim < 0.9:
                return reject(f"title differs (similarity {parsed:.2f})")
            sim = max(sim, parsed)
        n_words = len(_tokens(title)) if not _CJK.search(title) else len(_cjk_grams(title))
        if sim < 0.34 and n_words >= 3:
            if _leftover_words(work, f) > 2:
                return reject(f"the string's title is another one ({sim:.2f})")
            untitled = True  # a reference without a title ("Phys. Rev. B 12, 345"): numbers must carry it
        else:
            parts["title"] = sim
            weights["title"] = 3.0 if n_words >= 4 else 1.5
    # first author
    first = _first_person(work)
    if first is not None:
        fam = norm(str(first.get("family") or first.get("name") or ""))
        if fam:
            fam_words = fam.split()
            found = all(_word_in(w, f) for w in fam_words) or (_CJK.search(fam) is not None and fam in f.norm_text)
            if f.author and f.author != fam and not found and f.author not in fam_words:
                return reject("first author differs")
            parts["author"] = 1.0 if found else 0.0
            weights["author"] = 1.5
    # year
    years = _years(work)
    if years:
        ref_years = set(f.years) | ({f.year} if f.year else set())
        if ref_years:
            best = min(abs(y - r) for y in years for r in ref_years)
            if best > 1 or (f.year and min(abs(y - f.year) for y in years) > 1 and not years & f.years):
                return reject("year differs by more than one")
            parts["year"] = 1.0 if best == 0 else 0.6
        else:
            parts["year"] = 0.0
            no_year = True
        weights["year"] = 1.0
    # volume
    vol = _digits(work.get("volume"))
    if vol:
        if f.volume and f.volume != vol and not _same_numbers(f.volume, vol) and not _numbers_in(vol, f):
            return reject("volume differs")
        parts["volume"] = 1.0 if (f.volume == vol or _numbers_in(vol, f)) else 0.0
        weights["volume"] = 1.0
    # issue
    iss = _digits(work.get("issue"))
    if iss:
        parts["issue"] = 1.0 if (f.issue == iss or _numbers_in(iss, f)) else 0.0
        weights["issue"] = 0.5
    # pages
    # an article is cited by its first page or by its article number ("1-15" and "e13950" in one record)
    firsts = list(dict.fromkeys(p for p in (_page_first(work.get("page")), _page_first(work.get("article-number")))
                                if p))
    p1 = firsts[0] if firsts else ""
    if p1:
        if f.page and f.page not in firsts and not any(p in f.numbers for p in firsts):
            return reject("first page differs")
        hit = any(p in f.numbers or f.page == p for p in firsts)
        if not hit and f.ranges and not f.page:
            named = {w for k in ("title", "container-title") for w in _tokens(_first(work.get(k))) if w.isdigit()}
            starts = {a for a, b in f.ranges if not (_YEAR.fullmatch(a) and _YEAR.fullmatch(b))
                      and not (a in named and b in named)}
            if starts and all(s.isdigit() and s not in firsts for s in starts) and not _YEAR.fullmatch(p1):
                return reject("page range differs")
        parts["page"] = 1.0 if hit else 0.0
        weights["page"] = 1.0
    elif wtype in _CHAPTERS:
        # A chapter without pages must not stand in for its book: its own title must be there in full, with
        # its author, or (for authorless encyclopedia entries) with its book's title and year.
        cont_words = [w for w in _tokens(_first(work.get("container-title"))) if w not in _STOP]
        cont_found = bool(cont_words) and all(_word_in(w, f) for w in cont_words)
        named_like_book = _named_like_book(work, title, f)
        # authorless: nothing in the string may be left unexplained (a generic title like "Introduction"
        # must not be taken for the book "Smith J. A Book About Widgets: an introduction")
        authorless = "author" not in parts and (
            _leftover_words(work, f, title, tolerant=True) <= (0 if norm(title) in _GENERIC else 1))
        # an undated entry cited undated ("n.d."): the year cannot confirm it, nor contradict it
        year_ok = parts.get("year", 0) == 1.0 or ("year" not in parts and not f.years and not f.year)
        if parts.get("title", 0) < 0.9 or named_like_book or not (
                parts.get("author", 0) == 1.0 or (authorless and cont_found and year_ok)):
            return reject("a chapter without pages, not confirmed by title and author")
    if wtype in _CHAPTERS and p1 and parts.get("page") == 0.0:
        if parts.get("title", 0) < 0.9:
            return reject("a chapter whose pages the reference does not confirm")
        if _named_like_book(work, title, f):
            return reject("a chapter named like its book, pages not confirmed")
    # container
    cont = _first(work.get("container-title"))
    short = _first(work.get("short-container-title"))
    if cont and wtype not in ("book", "monograph", "edited-book"):
        cw = [w for w in _tokens(cont) if w not in _STOP]
        share = sum(_word_in(w, f) for w in cw) / len(cw) if cw else 0.0
        if short:
            sw = [w for w in _tokens(short) if w not in _STOP]
            abbrev = sum(any(x.startswith(w) for x in f.words) for w in sw) / len(sw) if sw else 0.0
            share = max(share, abbrev)
        issns = {x.replace("-", "").upper() for x in work.get("ISSN") or [] if isinstance(x, str)}
        if issns & _issns(f.text):
            share = 1.0  # the journal's ISSN, as library exports write it: the container, whatever its name
        parts["container"] = share
        weights["container"] = 0.5

    if not weights:
        return reject("no fields to validate")
    if not _spare_numbers(f):
        # the string has no number besides years: it gives no volume, issue or pages at all, so their
        # absence says little about this candidate (a record with fewer fields must not win for that alone)
        for k in ("volume", "issue", "page"):
            if k in weights and parts[k] == 0.0:
                weights[k] *= 0.25
    score = sum(parts[k] * weights[k] for k in weights) / sum(weights.values())
    explained = 1.0
    if score >= LOWER * 0.9:  # the penalties below only matter to candidates that could be offered
        explained = _explained(work, f, title)
        score *= explained
        # words of the string the candidate cannot account for: another, longer title is a sign of a near miss
        leftover = _leftover_words(work, f, title)
        if leftover > 1:
            score *= max(0.8, 1.0 - 0.04 * (leftover - 1))
        # (confirmed pages settle it: a sibling's pages differ)
        runs_on = _embedded(title, f) if _short_title(title) and parts.get("page") != 1.0 else False
        if (runs_on and _punctuated(f)) or (runs_on is not False and _leftover_words(work, f, title, tolerant=True)):
            # "The Widget" is inside "Widget Resources", a sibling chapter by the same author in the same
            # book: a title of one or two words that the string runs on into more words is not enough (a
            # string without punctuation cannot show where its title ends: there, only unexplained words)
            score = min(score, UPPER - 0.01)
    supports = tuple(k for k, v in parts.items() if v >= 0.8)
    if (len(supports) == 2 and parts.get("title", 0) >= 0.9 and parts.get("container", 0) == 1.0
            and norm(title) not in _GENERIC and explained == 1.0 and _leftover_words(work, f, title, tolerant=True) == 0
            and (_publisher_found(work, f) or _long_title(title))):
        # A record with nothing but a title and a container (an encyclopedia entry, an undated chapter, a
        # dataset) cited with nothing else: its publisher, or a title long enough to be unique on its own,
        # is the third field, when the string holds nothing the record does not account for
        supports += ("publisher",)
    if untitled and not {"author", "year", "volume", "page"} <= set(supports):
        score = min(score, LOWER)  # without a title, only a full set of numbers and the author will do
    if not years and (f.years or f.year) and _leftover_words(work, f, title, tolerant=True):
        # an undated record, a dated string holding words the record lacks ("Routledge, 2017" against the
        # undated Greenleaf edition of the same chapter): nothing dates it, something else differs
        score = min(score, UPPER - 0.01)
    if "title" in parts and "title" not in supports and "year" not in supports:
        # the string's title differs from the record's, and no date confirms it: another edition of the
        # chapter (same author, book, pages; another title, undated) or a look-alike; review at most
        score = min(score, UPPER - 0.01)
    if no_year:
        # "n.d.": a conference paper and its journal version, a reprint, a look-alike share title and
        # authors; without a year the string cannot choose, so it is offered for review at most
        score = min(score, UPPER - 0.01)
    return Scored(doi, round(score, 4), supports, "", work, {**parts, "explained": explained})


_FILLER = frozenset(
    ["vol", "volume", "no", "nr", "issue", "pp", "p", "pages", "et", "al", "in", "eds", "ed", "edn", "and", "editor", "editors", "journal", "j", "preprint", "online", "available", "accessed", "retrieved", "from", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"])


def _named_like_book(work: Mapping[str, Any], title: str, f: Features) -> bool:
    """A chapter titled like its book ("Schizoanalytic Ecology" in "Felix Guattari's Schizoanalytic
    Ecology"): any reference to the book or to another chapter holds its title, so only pages tell, unless
    the string writes the chapter title a second time, on its own, besides the book's title."""
    t, book = norm(title), norm(_first(work.get("container-title")))
    if not t or t not in book:
        return False
    return _occurrences(title, f) < book.count(t) + 1 if _occurrences(book, f) else True


def _short_title(title: str) -> bool:
    """At most two significant words: found inside many longer titles."""
    if _CJK.search(title):
        return len(_cjk_grams(title)) <= 3
    return len([w for w in _tokens(title) if w not in _STOP]) <= 2


def _embedded(title: str, f: Features) -> bool | None:
    """Does every place the title is written in the string run on into a word with no punctuation between
    ("Widget Resources" holds "The Widget")? None when the string does not write it verbatim (typos)."""
    words = _tokens(title)
    article = ""
    if len(words) > 1 and words[0] in ("the", "a", "an"):  # "Widget Resources" cited for "The Widget"
        article, words = rf"(?:{words[0]}\W+)?", words[1:]
    if not words or _CJK.search(title):
        return False
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", _fold(f.text))  # "Mole- cular": a line-break hyphen
    spots = list(re.finditer(r"(?<!\w)" + article + r"\W+".join(map(re.escape, words)) + r"(?!\w)", text))
    if not spots:
        return None
    return all(re.search(r"\w\s+$", text[:m.start()]) or re.match(r"\s+\w", text[m.end():]) for m in spots)


def _punctuated(f: Features) -> bool:
    """The string separates its parts with punctuation (unlike strings whose punctuation was stripped)."""
    return len(re.findall(r"[.,:;\"\u201c\u201d()]", f.text)) >= 3


@functools.lru_cache(maxsize=1024)
def _fold(text: str) -> str:
    """The raw string casefolded without accents, punctuation kept (to see where a title begins and ends)."""
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _long_title(title: str) -> bool:
    """Eight or more significant words (CJK: sixteen characters): a title that names one work only."""
    if _CJK.search(title):
        return len(_cjk_grams(title)) >= 15
    return len([w for w in _tokens(title) if w not in _STOP]) >= 8


def _first_person(work: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The first named author (or editor): Crossref lists nameless placeholders, and "first" may not lead."""
    for role in ("author", "editor"):
        named = [p for p in work.get(role) or [] if isinstance(p, Mapping) and (p.get("family") or p.get("name"))]
        if named:
            return next((p for p in named if p.get("sequence") == "first"), named[0])
    return None


def _publisher_found(work: Mapping[str, Any], f: Features) -> bool:
    words = [w for w in _tokens(_first(work.get("publisher"))) if w not in _STOP]
    return bool(words) and all(_word_in(w, f) for w in words)


def _occurrences(phrase: str, f: Features) -> int:
    """How often a phrase's normalised words occur, as a run of whole words, in the string."""
    p = norm(phrase)
    return len(re.findall(rf"(?<!\S){re.escape(p)}(?!\S)", f.norm_text)) if p else 0


def _leftover_words(work: Mapping[str, Any], f: Features, title: str = "", *, tolerant: bool = False) -> int:
    """Words of the string that the candidate's title, authors, container, publisher do not account for.

    ``tolerant``: line-break hyphens are joined ("Evol- utionary") and a word one typo away from a word
    of the record counts as that word, so only words the record truly lacks are left over.
    """
    known: set[str] = set(_tokens(title))
    known.update(_tokens(" ".join(_first(work.get(k)) for k in ("publisher", "publisher-location"))))
    for p in (work.get("author") or []) + (work.get("editor") or []):
        if isinstance(p, Mapping):
            given = _tokens(str(p.get("given") or ""))
            known.update(given)
            known.update(_tokens(" ".join(str(p.get(k) or "") for k in ("family", "name"))))
            if given:  # Vancouver initials: "Dunbar NW"
                known.add("".join(g[0] for g in given))
    cont = {c for c in _tokens(" ".join(_first(work.get(k)) for k in ("container-title", "short-container-title")))
            if len(c) > 1}
    # abbreviations both ways: "biol" for "biology", "journal" for "j"... as set lookups, not scans
    prefixes = {c[:i] for c in cont for i in range(2, len(c) + 1)}
    lengths = {len(c) for c in cont}
    words = norm(re.sub(r"(\w)-\s+(\w)", r"\1\2", f.text)).split() if tolerant else f.norm_text.split()
    n = 0
    for w in words:
        if w.isdigit() or len(w) < 2 or w in _STOP or w in _FILLER or w in known:
            continue
        if w in prefixes or any(w[:k] in cont for k in lengths if k < len(w)):
            continue
        if re.fullmatch(r"\d+[a-z]?|[a-z]\d+|\d+(?:st|nd|rd|th|e|er|eme|a|o)", w):  # 12b, s5, "1st ed."
            continue
        if tolerant and len(w) >= 5 and any(_one_edit(w, k) for k in known | cont if abs(len(k) - len(w)) <= 1):
            continue
        n += 1
    return n


def _explained(work: Mapping[str, Any], f: Features, title: str) -> float:
    """Share of the reference's volume/issue/page-like numbers that the candidate accounts for."""
    own = {n for k in ("volume", "issue", "article-number") for n in _number_tokens(str(work.get(k) or ""))}
    page = str(work.get("page") or "")
    nums = re.findall(r"[A-Za-z]?\d+[A-Za-z]?", page)
    if len(nums) == 2:
        a, b = expand_range(_digits(nums[0]), _digits(nums[1]))
        own |= {a, b, _digits(nums[1])}
        own |= {b[k:].lstrip("0") for k in range(1, len(b))}  # "727-35": the abbreviated last page
    else:
        own |= {_digits(x) for x in nums}
    own |= {w for w in _tokens(title) if w.isdigit()}
    for key in ("issued", "published-print", "published-online", "published", "approved", "posted"):
        for dp in (work.get(key) or {}).get("date-parts") or []:
            own |= {_digits(x) for x in dp or [] if x is not None}  # "2020 Sep 21": month and day
    own |= {_digits(w) for a in work.get("author") or [] if isinstance(a, Mapping)
            for w in _tokens(str(a.get("given", "")) + " " + str(a.get("family", ""))) if w.isdigit()}
    cont = _first(work.get("container-title"))
    own |= {w for w in _tokens(cont) if w.isdigit()}
    own |= {_digits(re.sub(r"\D", "", x)) for x in own if x}  # "e1234", "156B": their bare numbers too
    nums_ref = _spare_numbers(f)
    if not nums_ref:
        return 1.0
    unexplained = len(nums_ref - own)
    return 1.0 if unexplained == 0 else max(0.5, 1.0 - 0.12 * unexplained)


def _spare_numbers(f: Features) -> set[str]:
    """The string's numbers that could be a volume, issue or page (not years, not 1-3, not in its title)."""
    return {n for n in f.numbers if n.isdigit() and not _YEAR.fullmatch(n) and n not in {"0", "1", "2", "3"}
            and n not in _title_numbers(f)}


def _title_numbers(f: Features) -> set[str]:
    return {w for w in _tokens(f.title or "") if w.isdigit()}


@dataclass(frozen=True)
class Decision:
    """The verdict on one reference: ``status`` is ``"match"``, ``"candidate"`` or ``"abstain"``."""

    status: str
    doi: str | None = None
    score: float = 0.0
    reason: str = ""
    work: Mapping[str, Any] | None = field(default=None, repr=False, compare=False)
    ranked: tuple[Scored, ...] = field(default=(), repr=False, compare=False)


def decide(candidates: Iterable[Mapping[str, Any]], f: Features, *, upper: float = UPPER,
           lower: float = LOWER, margin: float = MARGIN) -> Decision:
    """Validate every candidate and decide: write a DOI, offer one for review, or abstain."""
    if is_several_references(f):
        return Decision("abstain", reason="the string holds several references")
    scored: dict[str, Scored] = {}
    for work in candidates:
        s = score_candidate(work, f)
        if s.doi and (s.doi not in scored or s.score > scored[s.doi].score):
            scored[s.doi] = s
    ranked = tuple(sorted(scored.values(), key=lambda s: -s.score))
    if not ranked or ranked[0].score < lower:
        why = ranked[0].reason if ranked and ranked[0].reason else "no candidate validates"
        return Decision("abstain", score=ranked[0].score if ranked else 0.0, reason=why, ranked=ranked)
    best = _dominant(ranked, f, margin) or ranked[0]
    runner = next((s for s in ranked if s is not best), None)
    if best.score >= upper and len(best.supports) >= 3:
        if runner is not None and runner.score >= lower and best.score - runner.score < margin \
                and not _dominates(best, runner, f):
            return Decision("candidate", best.doi, best.score,
                            f"runner-up {runner.doi} scores {runner.score:.2f}", best.work, ranked)
        rival = next((s for s in ranked if s is not best and s.score >= lower and best.score - s.score < 2 * margin
                      and s.details.get("title", 0) >= best.details.get("title", 0) + 0.05), None)
        if rival is not None:
            # the evidence conflicts: a close rival has the better title, the winner won on a year or a
            # number (a journal article's title with its workshop version's year): a person must choose
            return Decision("candidate", best.doi, best.score,
                            f"{rival.doi} has the closer title (score {rival.score:.2f})", best.work, ranked)
        return Decision("match", best.doi, best.score, "", best.work, ranked)
    why = "too few supporting fields" if best.score >= upper else "score between the thresholds"
    return Decision("candidate", best.doi, best.score, why, best.work, ranked)


def _issns(text: str) -> set[str]:
    """ISSNs written in a string ("ISSN 1466-822X"), without the hyphen."""
    return {a + b.upper() for a, b in _ISSN.findall(text)}


def _title_of(work: Mapping[str, Any]) -> str:
    return " ".join(x for x in (_first(work.get("title")), _first(work.get("subtitle"))) if x).strip()


def _dominates(a: Scored, b: Scored, f: Features) -> bool:
    """``a`` accounts for the string at least as well as ``b`` on every count and better on one.

    Crossref duplicates (a chapter deposited twice, once without its author) and sibling chapters named
    alike ("The Widget" and "Widget Resources") score the same; the record that confirms more of the
    string's fields (the author the other lacks), or leaves fewer of its words unexplained, is the one
    cited. Records that agree equally (true duplicates) dominate neither way: those stay for review.
    """
    if not set(b.supports) <= set(a.supports) or a.score < b.score - MARGIN:
        return False
    la = _leftover_words(a.work, f, _title_of(a.work), tolerant=True)
    lb = _leftover_words(b.work, f, _title_of(b.work), tolerant=True)
    return la <= lb and (set(a.supports) > set(b.supports) or la < lb)


def _dominant(ranked: Sequence[Scored], f: Features, margin: float) -> Scored | None:
    """The candidate that dominates every other candidate within ``margin`` of the top, if one does."""
    top = ranked[0].score
    close = [s for s in ranked if s.score > 0 and top - s.score < margin]
    if len(close) < 2:
        return None
    for s in close:
        if all(o is s or _dominates(s, o, f) for o in close):
            return s
    return None


def verify_known(work: Mapping[str, Any], f: Features) -> tuple[bool, list[str]]:
    """Does the record of a DOI the reference carries agree with the reference? ``(ok, disagreements)``.

    Only the reference's parsed fields can disagree (a DOI's string is not evidence against it); a title
    that differs, or two other fields that do, make a mismatch. When ``f.title`` is set, only the
    fields are read (`known_features` relies on it).
    """
    bad: list[str] = []
    title = _first(work.get("title"))
    if f.title and title:
        sub = _first(work.get("subtitle"))
        full = f"{title} {sub}".strip()

        def reverse() -> float:
            return title_similarity(f.title, Features(text=title, norm_text=norm(title + " " + sub),
                                                      words=frozenset(norm(title + " " + sub).split()),
                                                      numbers=frozenset(), years=frozenset(), ranges=()))

        # The reference may hold only the main title, or title + subtitle: test both directions,
        # stopping at the first that agrees (each similarity may run a SequenceMatcher).
        if (title_similarity(title, f) < 0.5 and (full == title or title_similarity(full, f) < 0.5)
                and reverse() < 0.5):
            bad.append("title")
    people = work.get("author") or []
    if f.author and people and isinstance(people[0], Mapping):
        fams = {norm(str(p.get("family") or p.get("name") or "")) for p in people[:3] if isinstance(p, Mapping)}
        if not any(f.author == x or f.author in x.split() for x in fams if x):
            bad.append("author")
    years = _years(work)
    if f.year and years and min(abs(f.year - y) for y in years) > 1:
        bad.append("year")
    vol = _digits(work.get("volume"))
    if f.volume and vol and f.volume != vol:
        bad.append("volume")
    p1 = _page_first(work.get("page") or work.get("article-number"))
    if f.page and p1 and f.page != p1:
        bad.append("page")
    if not (f.title or f.author) and len([w for w in f.norm_text.split() if not w.isdigit()]) >= 6 and title:
        # Only a string: the DOI is wrong if neither the record's title nor its first author is in it.
        fam = norm(str((people[0] or {}).get("family") or "")) if people and isinstance(people[0], Mapping) else ""
        title_words = len(_tokens(title))
        if title_words >= 3 and string_title_similarity(title, f) < 0.34 and not (
                fam and all(_word_in(w, f) for w in fam.split())):
            bad += ["title", "author"] if fam else ["title"]
    ok = "title" not in bad and len(bad) < 2
    return ok, bad


def query_for(f: Features) -> str:
    """The ``query.bibliographic`` text: the string without DOIs and URLs, whitespace collapsed."""
    return " ".join(_URL.sub(" ", _DOI.sub(" ", f.text)).split())


def candidate_dois(ranked: Sequence[Scored], n: int = 3) -> list[dict[str, Any]]:
    return [{"doi": s.doi, "score": s.score, "reason": s.reason} for s in ranked[:n]]
