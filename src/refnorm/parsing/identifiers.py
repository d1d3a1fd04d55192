"""Identifiers in reference text: DOI, PMID, PMCID, arXiv, ISBN, ISSN, URLs, and access dates.

Every finder returns normalised values with spans into the text it was given, so the parser can
take them out of the string before labelling the rest, and ``fix`` can rewrite them in place.

- DOIs are accepted in every written form (``doi:``, ``DOI ``, ``https://doi.org/``,
  ``dx.doi.org``, URL-encoded ``%2F``) and returned as the bare ``10.xxxx/...`` with trailing
  punctuation removed. Case is kept (Crossref displays it); compare with :func:`doi_key`.
- ISBN-10/13 and ISSN are accepted only when their check digit is right; the value is compact
  (``9783161484100``, ``0317-8471``).
- URLs that are really identifiers (doi.org, arxiv.org/abs, pubmed, PMC) are reported as the
  identifier, not as a URL.
- HAL's identifiers are reported (kind ``HAL``) where HAL writes them, in angle brackets after the reference
  (``⟨halshs-01888888⟩``, beside its ``⟨10.4000/abpo.4012⟩`` DOI).
- :func:`find_access_date` finds "accessed 5 Jan 2021", "[cited 2021 Jan 5]", "consulté le
  3 mars 2020", "Zugriff am 3.3.2020"... The phrase lists come from the CSL locales
  (``data/access_terms.json``, made by ``scripts/gen_terms.py``); the date itself is read by
  :func:`refnorm.normalizers.dates.parse_date`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote

from refnorm.model import Span
from refnorm.normalizers.unicode import CJK_CHARS

__all__ = [
    "GLUED_ENTRY_NUMBER",
    "HAL_ID",
    "LINK_FILE_TYPES",
    "LINK_START",
    "Identifier",
    "doi_key",
    "find_access_date",
    "find_identifiers",
    "find_url_marker",
    "identifier_breaks",
    "is_valid_isbn",
    "is_valid_issn",
    "isbn_digits",
    "normalize_arxiv",
    "normalize_doi",
    "normalize_isbn",
    "normalize_issn",
    "normalize_pmcid",
    "normalize_pmid",
]

KINDS = ("DOI", "PMID", "PMCID", "arXiv", "ISBN", "ISSN", "URL", "HAL")


@dataclass(frozen=True)
class Identifier:
    """An identifier found in text: ``kind`` (one of ``KINDS``), normalised ``value``, and where it was."""

    kind: str
    value: str
    span: Span


# --------------------------------------------------------------------------------------------- DOI
_DOI_CORE = re.compile(r"^10\.\d{1,9}(?:\.\d+)*/\S+$")
_DOI_PREFIX = re.compile(
    r"^(?:(?:https?:?/*)?(?:(?:dx\.|www\.)?doi\.org|doi\.acm\.org|hdl\.handle\.net)/+|(?:urn:)?doi\s*[:.]?\s*|"
    r"digital object identifier\s*:?\s*)",
    re.IGNORECASE,
)
_TRAIL = ".,;:'\"!?*}»”’\u3002\uff0c"
_PAIRS = {")": "(", "]": "[", ">": "<"}


def _strip_trailing(s: str) -> str:
    """Remove trailing punctuation, keeping closing brackets that belong to the identifier."""
    # An end index and running bracket counts: slicing and recounting per character was quadratic on "))))".
    end = len(s)
    opened = {close: s.count(op) for close, op in _PAIRS.items()}
    closed = {close: s.count(close) for close in _PAIRS}
    while end:
        last = s[end - 1]
        if last in _TRAIL:
            end -= 1
        elif last in _PAIRS and opened[last] < closed[last]:
            end -= 1
            closed[last] -= 1
        else:
            break
    return s[:end]


def normalize_doi(s: str) -> str | None:
    """The bare DOI (``10.1000/xyz``) in ``s`` written in any usual form, or None when it is not one.

    >>> normalize_doi("https://dx.doi.org/10.1016%2FS0140-6736(20)30183-5.")
    '10.1016/S0140-6736(20)30183-5'
    """
    s = s.strip().lstrip("<[({⟨").rstrip(">⟩")
    if "%" in s:
        s = unquote(s)
    for _ in range(2):  # "doi: https://doi.org/10..." happens
        m = _DOI_PREFIX.match(s)
        if not m:
            break
        s = s[m.end():].lstrip()
    s = _strip_trailing(s)
    if not _DOI_CORE.match(s):
        return None
    return s


def doi_key(doi: str) -> str:
    """The form to compare DOIs by: DOIs are case-insensitive (the DOI Handbook, 2.4)."""
    return doi.casefold()


# ------------------------------------------------------------------------------------ ISBN / ISSN
def is_valid_isbn(isbn: str) -> bool:
    """True when ``isbn`` (digits, optional final X, hyphens or spaces) has a right check digit."""
    s = isbn.replace("-", "").replace(" ", "").upper()
    if len(s) == 10 and s[:9].isdigit() and (s[9].isdigit() or s[9] == "X"):
        total = sum((10 - i) * int(c) for i, c in enumerate(s[:9]))
        total += 10 if s[9] == "X" else int(s[9])
        return total % 11 == 0
    if len(s) == 13 and s.isdigit() and s[:3] in ("978", "979"):
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s))
        return total % 10 == 0
    return False


def isbn_digits(isbn: str) -> str:
    """An ISBN as written without its label, separators and closing stop, checksum unchecked ("ISBN 978-80-…-3."
    -> "97880…3")."""
    s = re.sub(r"^\s*isbn(?:-1[03])?\s*:?\s*", "", isbn, flags=re.IGNORECASE)
    return s.replace("-", "").replace(" ", "").replace("\u2010", "").replace("\u2013", "").upper().rstrip(".")


def normalize_isbn(isbn: str) -> str | None:
    """The compact ISBN (``9783161484100``, ``080442957X``), or None when the checksum fails."""
    s = isbn_digits(isbn)
    return s if is_valid_isbn(s) else None


def is_valid_issn(issn: str) -> bool:
    """True when ``issn`` (``NNNN-NNNC``) has a right check digit."""
    s = issn.replace("-", "").replace(" ", "").upper()
    if len(s) != 8 or not s[:7].isdigit() or not (s[7].isdigit() or s[7] == "X"):
        return False
    total = sum((8 - i) * int(c) for i, c in enumerate(s[:7]))
    check = (11 - total % 11) % 11
    return s[7] == ("X" if check == 10 else str(check))


def normalize_issn(issn: str) -> str | None:
    """``NNNN-NNNC`` with an upper-case X, or None when the checksum fails."""
    s = re.sub(r"^\s*[ep]?issn\s*:?\s*", "", issn, flags=re.IGNORECASE)
    s = s.replace("-", "").replace(" ", "").replace("\u2013", "").upper().rstrip(".")
    return f"{s[:4]}-{s[4:]}" if is_valid_issn(s) else None


# ---------------------------------------------------------------------------- PMID / PMCID / arXiv
def normalize_pmid(s: str) -> str | None:
    m = re.fullmatch(r"\s*(?:pmid\s*:?\s*)?0*(\d{1,9})\s*\.?\s*", s, flags=re.IGNORECASE)
    return m.group(1) if m else None


def normalize_pmcid(s: str) -> str | None:
    m = re.fullmatch(r"\s*(?:pmcid\s*:?\s*)?pmc\s*(\d{4,9})\s*\.?\s*", s, flags=re.IGNORECASE)
    return f"PMC{m.group(1)}" if m else None


_ARXIV_NEW = r"\d{4}\.\d{4,5}(?:v\d+)?"
_ARXIV_OLD = r"[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?"


# compiled once: the f-string and the cache look-up cost more than the match
_ARXIV_ANY = re.compile(
    rf"\s*(?:(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/|arxiv\s*:?\s*)?({_ARXIV_NEW}|{_ARXIV_OLD})"
    r"(?:\.pdf)?\s*\.?\s*",
    re.IGNORECASE,
)


def normalize_arxiv(s: str) -> str | None:
    """``2101.01234v2`` or ``hep-lat/0201010`` from any written form (``arXiv:``, arxiv.org URLs)."""
    m = _ARXIV_ANY.fullmatch(s)
    if not m:
        return None
    v = m.group(1)
    if not v[0].isdigit():  # old style: the archive name is lower case, "math.AG" keeps its subject class
        archive, number = v.split("/", 1)
        head, _, sub = archive.partition(".")
        v = head.lower() + ("." + sub.upper() if sub else "") + "/" + number
    return v


# ------------------------------------------------------------------------------------- the finder
_URL_CHARS = r"[^\s<>\"'\u201c\u201d\u00ab\u00bb\u3000\u27e8\u27e9]"
# SICI-style DOIs hold angle brackets: 10.1002/(SICI)1098-2264(199910)26:2<142::AID-GCC6>3.0.CO;2-B
# (HAL writes a DOI in mathematical angle brackets, "⟨10.4000/abpo.4012⟩": those are never part of one)
_DOI_CHARS = r"[^\s\"'\u201c\u201d\u00ab\u00bb\u3000\u27e8\u27e9]"
# a HAL deposit: its portal's prefix and eight digits, perhaps a version ("halshs-01888888", "tel-03612345v2")
HAL_ID = (r"(?:hal|halshs|hal-pasteur|tel|inria|inserm|cea|dumas|mem|cel|sic|ird|insu|in2p3|lirmm|pastel|halsde|"
          r"hprints|medihal|ineris|ijn|jpa|edutice|ujm|emse|cirad|anses|irsn|meteo|obspm|hceres)-\d{8}(?:v\d{1,2})?")
_FINDER = re.compile(
    r"""
    (?P<doiurl>(?:https?:?//?)?(?:(?:dx\.|www\.)?doi\.org|doi\.acm\.org)/+10\.\d{1,9}(?:\.\d+)*(?:/|%2[fF])""" + _DOI_CHARS + r"""+)
    | (?P<arxivurl>(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(?:""" + _ARXIV_NEW + "|" + _ARXIV_OLD + r""")(?:\.pdf)?)
    | (?P<pmidurl>(?:https?://)?(?:www\.)?(?:ncbi\.nlm\.nih\.gov/pubmed|pubmed\.ncbi\.nlm\.nih\.gov)/(?P<pmidurl_id>\d{1,9})/?)
    | (?P<pmcurl>(?:https?://)?(?:www\.)?(?:ncbi\.nlm\.nih\.gov/pmc/articles|pmc\.ncbi\.nlm\.nih\.gov/articles)/(?P<pmcurl_id>PMC\d{4,9})/?)
    | (?P<url>(?:https?://|ftp://|www\.)""" + _URL_CHARS + r"""+)
    | (?P<doi>\bdoi\s*[:.]?\s*10\.\d{1,9}(?:\.\d+)*(?:/|%2[fF])""" + _DOI_CHARS + r"""+|\b10\.\d{4,9}(?:\.\d+)*(?:/|%2[fF])""" + _DOI_CHARS + r"""+)
    | (?P<pmcid>\b(?:PMCID\s*:?\s*)?PMC\s?\d{4,9}\b)
    | (?P<pmid>\b(?:PMID|PubMed\s+PMID|PubMed\s+ID|PubMed)\s*:?\s*\d{1,9}\b)
    | (?P<arxiv>\barXiv\s*:?\s*(?:""" + _ARXIV_NEW + "|" + _ARXIV_OLD + r""")(?:\s*\[[a-z\-.A-Z]+\])?)
    | (?P<isbn>\bISBN(?:-1[03])?\s*:?\s*(?:97[89][\s\-\u2010]?)?\d[\d\s\-\u2010]{7,14}[\dXx]\b)
    | (?P<bareisbn>\b97[89][\-\u2010]\d{1,5}[\-\u2010]\d{1,7}[\-\u2010]\d{1,7}[\-\u2010]\d\b)
    | (?P<issn>\b[EeLlPp]?-?ISSN\s*:?\s*\d{4}\s?[\-\u2010\u2013]?\s?\d{3}[\dXx]\b)
    | \u27e8\s*(?P<hal>""" + HAL_ID + r""")\s*\u27e9
    """,
    re.VERBOSE | re.IGNORECASE,
)
GLUED_ENTRY_NUMBER = re.compile(r"(?<=\.)\[\d{1,4}\]|\[\d{1,4}\](?=\s+[^\W\d_])")  # (or any link's end before a name)
# A URL broken across a space after "/" or "-": the next piece must look like a path, not a word.
_DOI_NBSP = re.compile(r"\u00a0(\.\d[\w.\-()/;:]*\w)")
# ...and never when the next piece starts an identifier of its own ("nature12373. 10.1000/xyz")
_NEW_IDENTIFIER = r"(?!https?:|ftp:|www\.|doi|10\.\d{4,9}/)"
_DOI_CONT = re.compile(r" " + _NEW_IDENTIFIER + r"(\d+[.\-][\w.\-()/;:]*\w)", re.IGNORECASE)
# the file names a link's broken-off piece may be (repair.py reads link pieces by the same rule)
LINK_FILE_TYPES = r"html?|php|aspx?|pdf|jsp|cfm"
_URL_CONT = re.compile(r" " + _NEW_IDENTIFIER + r"((?=[a-z0-9_%~])(?:(?=[^\s<>\"]*[/=?&])[^\s<>\"]+|[^\s<>\"]*\.(?:"
                       + LINK_FILE_TYPES + r")\b))")


# ------------------------------------------------------------------------- identifiers broken by a line break
# Copied from a PDF or a narrow column, an identifier is broken where the line ended: "doi: 10.\n3354/cr01512",
# "https://doi. org/10.3354/cr01512", "https://doi.org/10.1016/j.jhydrol.\n2019.01.001", "arXiv:2101.\n01234",
# "ISBN 978-83-01-\n12345-6". Read as it stands, the labeler sees two words and the DOI is lost.
_BREAK = r"(?:[ \t]{0,3}(?:\r\n|\n|\r|\u2028)[ \t]{0,12}|[ \t]{1,2})"


def _b(k: int) -> str:
    """An optional break, captured as group ``b<k>``: the spans to cut."""
    return f"(?P<b{k}>{_BREAK})?"


# a DOI's head, to the slash after its registrant, with a break at any of the places a line ends in it
_BROKEN_DOI_HEAD = re.compile(
    r"(?:https?:/{0,2}" + _b(1) + r")?(?:(?:dx|www)\." + _b(2) + r")?doi\." + _b(3) + r"org/"
    + _b(4) + r"10\." + _b(5) + r"\d{4,9}" + _b(6) + r"/" + _b(7)
    + r"|\bdoi\s*[:.]?\s*10\." + _b(8) + r"\d{4,9}" + _b(9) + r"/" + _b(10)
    + r"|\b10\.\d{4,9}/" + _b(11),
    re.IGNORECASE,
)
_CHUNK = re.compile(_DOI_CHARS + "+")
_BREAK_AT = re.compile(_BREAK)
# a piece that goes on with a DOI's suffix after a break at its full stop, hyphen or slash: punctuation inside it, or
# letters and digits mixed ("2019.01.001", "j.jhydrol.2019", "cr01512"); no word ("Accessed"), no year ("2019."), no
# name run into its initials ("J.Smith", "Smith.J") or followed by its comma ("MULDER-JANSEN,"), no link ("URLhttp://")
_SUFFIX_PIECE = re.compile(r"(?=[A-Za-z0-9])(?![A-Z][a-z]*[.,])(?![^\s]*(?:https?:|www\.|,(?:\s|$)))"
                           r"(?:[^\s]*[A-Za-z0-9][./\-_;()][A-Za-z0-9]|(?=[^\s.,;]*[A-Za-z])(?=[^\s.,;]*\d))")
LINK_START = re.compile(r"https?:|ftp:|www\.|doi\b|10\.\d{4,9}/", re.IGNORECASE)
# Elsevier's suffix, "j.<journal>.<year>.<article number>": after its year and full stop, the number alone goes on with
# it ("…/j.buildenv.2023.\n110912."; a number alone is no suffix's piece elsewhere: "… 2019.\n45–67")
_YEAR_DOT_END = re.compile(r"[./](?:19|20)\d\d\.$")
_LINE_BREAK_AT = re.compile(r"[ \t]{0,3}(?:\r\n|\n|\r|\u2028)[ \t]{0,12}")
# what goes on with a suffix the line end cut without a separator: a run holding a digit, not a year standing alone
# ("2019."), not the next entry's number ("2. Smith"), not a page range ("45-67"; "00012-3" of a Lancet DOI's
# "(21)00012-3" is none), not a labelled field ("PMID:123")
_RUN_ON = re.compile(r"(?!(?:19|20)\d\d(?![\w/-]))(?![1-9]\d{0,2}[.)]\s+\S)(?![1-9]\d{0,4}[-–]\d{1,5}(?![\w/]))"
                     r"(?![A-Za-z]+:)(?=[^\s]*\d)[A-Za-z0-9]")
_ARTICLE_NO = re.compile(r"(?!(?:19|20)\d\d\b)\d{4,7}(?![\d\-–])")  # (not a year: the next field's date)
# (the break after the dot, or inside the number: "arXiv:2311.0" / "4512"; the number has four or five digits)
_BROKEN_ARXIV = re.compile(r"arxiv\s*:?\s*\d{4}\.(?:" + _b(1) + r"\d{4,5}|(?=\d{1,4}" + _BREAK + r"\d)"
                           r"(?:\d(?P<b2>" + _BREAK + r")?){4,5}(?!\d))\b", re.IGNORECASE)
_BROKEN_ISBN = re.compile(r"ISBN(?:-1[03])?\s*:?\s*(?P<run>\d(?:[\d\-\u2010]|" + _BREAK + r"(?=\d))*[\dXx])\b",
                          re.IGNORECASE)


_SPACE = re.compile(r"\s")


def _may_have_broken_doi(text: str, low: str) -> bool:
    """Whether a DOI in ``text`` may be broken: the first space after a "10." comes within a DOI's head, after a
    full stop, hyphen, underscore or slash, or is a line break; or a space follows "doi.". Cheap (``str.find``), and
    never False when one is."""
    k = text.find("10.")
    while k >= 0:
        w = _SPACE.search(text, k)
        if w is None:
            break
        if w.start() - k <= 13 or text[w.start() - 1] in "./-_" or text[w.start()] in "\r\n\u2028" \
                or text[w.start():w.start() + 5].lstrip(" \t")[:1] in ("\r", "\n", "\u2028"):
            return True
        k = text.find("10.", w.start())
    k = low.find("doi.")
    while k >= 0:
        if text[k + 4:k + 5].isspace():
            return True
        k = low.find("doi.", k + 1)
    return False


def _matches_at(pattern: re.Pattern[str], text: str, low: str, word: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches at each place ``word`` is (found by ``str.find`` in the lower-cased ``low``)."""
    k = low.find(word)
    while k >= 0:
        m = pattern.match(text, k)
        if m is not None:
            yield m
        k = low.find(word, k + 1)


def _broken_doi_heads(text: str, low: str) -> Iterator[re.Match[str]]:
    """:data:`_BROKEN_DOI_HEAD`'s matches, tried only where one can start, at an "http", a "doi" or a "10." found by
    ``str.find`` (``finditer``, or a search for those starts, tried the pattern at every character: 30-50 µs a
    reference with a DOI)."""
    starts: set[int] = set()
    for word in ("http", "doi", "10."):
        k = low.find(word)
        while k >= 0:
            starts.add(k)
            k = low.find(word, k + 1)
    taken = 0
    for k in sorted(starts):
        if k < taken:
            continue
        m = _BROKEN_DOI_HEAD.match(text, k)
        if m is not None:
            yield m
            taken = m.end()


def identifier_breaks(text: str) -> list[Span]:
    """The line breaks and spaces that break a DOI, an arXiv id or an ISBN in ``text`` (spans into it, in order): cut
    them and the identifier is whole. A break is taken only where the identifier cannot end: inside a DOI's head
    ("doi. org/", "10.\n3354/", right after the registrant's slash), after a full stop, hyphen or slash of its suffix
    when what follows goes on with it ("j.jhydrol.\n2019.01.001"), inside an arXiv number, and inside an ISBN whose
    digits, joined, have a right check digit."""
    if "10." not in text and "rXiv" not in text and "rxiv" not in text and "RXIV" not in text and "ISBN" not in text \
            and "isbn" not in text and "Isbn" not in text:
        return []  # (most references: a few scans in C)
    low = text.lower()
    if len(low) != len(text):  # ("İ" lower-cases to two characters: the offsets must stay the text's)
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out: list[Span] = []
    if "10." in text and _may_have_broken_doi(text, low):
        for m in _broken_doi_heads(text, low):
            # (a break right after the registrant's slash: what follows must go on with a suffix)
            if (m.group("b7") or m.group("b10") or m.group("b11")) and (
                    LINK_START.match(text, m.end()) or not _SUFFIX_PIECE.match(text, m.end())):
                continue
            out.extend(Span(*m.span(g)) for g, v in m.groupdict().items() if v)
            pos = m.end()
            while True:
                c = _CHUNK.match(text, pos)
                if c is None:
                    break
                pos = c.end()
                if text[pos - 1] not in "./-_":
                    # a line that ends inside a run of the suffix ("…/978152" / "9761234.n7", "rfp.10" / "345"): the
                    # next line goes on with it when it holds a digit and is no new identifier, year or entry number
                    b = _LINE_BREAK_AT.match(text, pos)
                    if b is None or LINK_START.match(text, b.end()) or not _RUN_ON.match(text, b.end()):
                        break
                    out.append(Span(pos, b.end()))
                    pos = b.end()
                    continue
                b = _BREAK_AT.match(text, pos)
                if b is None or b.end() == pos or LINK_START.match(text, b.end()) or not (
                        _SUFFIX_PIECE.match(text, b.end())
                        or (_YEAR_DOT_END.search(text, max(c.start(), pos - 6), pos) and _ARTICLE_NO.match(text, b.end()))
                        # (after a hyphen, a slash or a full stop, a line of digits: "oemed-2020-" / "107214.",
                        # "zfg/2020/" / "0645", "j.geo.2020.01." / "004")
                        or (text[pos - 1] in "-/." and _LINE_BREAK_AT.match(text, pos)
                            and _RUN_ON.match(text, b.end()))):
                    break
                out.append(Span(pos, b.end()))
                pos = b.end()
    if "arxiv" in low:
        out.extend(Span(*m.span(g)) for m in _matches_at(_BROKEN_ARXIV, text, low, "arxiv") for g in ("b1", "b2")
                   if m.group(g))
    if "isbn" in low:
        for m in _matches_at(_BROKEN_ISBN, text, low, "isbn"):
            run = m.group("run")
            if not any(c.isspace() for c in run) or not is_valid_isbn(re.sub(r"[\s\-\u2010]", "", run)):
                continue
            a = m.start("run")
            out.extend(Span(a + b.start(), a + b.end()) for b in re.finditer(r"\s+", run))
    return sorted(set(out))


def _isbn_value(text: str) -> str | None:
    return normalize_isbn(text)


# Where an identifier can start. Trying the long finder only at these places is what makes
# ``find_identifiers`` cheap on the many references that have none.
_ANCHOR = re.compile(r"https?:|ftp:|www\.|doi|\u27e8|\b10\.\d|arxiv|\bpmc|pmid|pubmed|isbn|\b[elp]-?issn|\bissn|\b97[89][\-\u2010]"
                     r"|(?:dx\.|www\.)?doi\.org", re.IGNORECASE)


def _finder_matches(text: str) -> Iterator[re.Match[str]]:
    pos = 0
    while True:
        a = _ANCHOR.search(text, pos)
        if a is None:
            return
        m = _FINDER.match(text, a.start())
        if m is None:
            pos = a.start() + 1
            continue
        yield m
        pos = m.end()


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier in ``text`` with its normalised value and span, in order of appearance."""
    out: list[Identifier] = []
    taken = 0  # where the last identifier, with any continuation joined to it, ended
    for m in _finder_matches(text):
        kind = m.lastgroup
        start, end = m.span()
        if start < taken:
            continue
        raw = m.group()
        value: str | None
        if kind in ("url", "doiurl", "doi"):
            # a URL or DOI broken after a slash or hyphen ("https://example.org/ path/page")
            c = None
            if raw.endswith(("/", "-")):
                c = _URL_CONT.match(text, end)
            elif kind != "url" and raw.endswith("."):
                # "doi: 10.1523/jneurosci. 0300-04.2004": a DOI broken after a period
                c = _DOI_CONT.match(text, end)
            elif kind != "url" and text[end:end + 1] == "\u00a0":
                # "doi:10.2217/fca\u00a0.14.82": a no-break space pasted into a DOI
                c = _DOI_NBSP.match(text, end)
            if c:
                raw = raw + c.group(1)
                end = c.end()
            if kind == "url" and (glued := GLUED_ENTRY_NUMBER.search(raw)):
                end -= len(raw) - glued.start()  # "….shtml.[2] 陈晓明. …": the next entry's number glued to the link
                raw = raw[:glued.start()]
            stripped = _strip_trailing(raw)
            end -= len(raw) - len(stripped)
            raw = stripped
        if kind in ("doiurl", "doi"):
            value = normalize_doi(raw)
            out_kind = "DOI"
        elif kind == "url":
            value, out_kind = raw, "URL"
            if raw.lower().startswith("www."):
                value = "http://" + raw
        elif kind == "arxivurl" or kind == "arxiv":
            value = normalize_arxiv(re.sub(r"\s*\[[^\]]*\]$", "", raw))
            out_kind = "arXiv"
        elif kind == "pmidurl":
            value, out_kind = m.group("pmidurl_id"), "PMID"
        elif kind == "pmcurl":
            value, out_kind = m.group("pmcurl_id").upper(), "PMCID"
        elif kind == "pmcid":
            value, out_kind = normalize_pmcid(raw), "PMCID"
        elif kind == "pmid":
            value, out_kind = re.search(r"\d+", raw).group().lstrip("0") or None, "PMID"  # type: ignore[union-attr]
        elif kind in ("isbn", "bareisbn"):
            value, out_kind = _isbn_value(raw), "ISBN"
            if value is None and kind == "isbn":
                # "ISBN 978-3-16-148410-0, 2nd ed." may have swallowed a following number: retry shorter
                digits = re.sub(r"^[^\d]*", "", raw)
                for cut in range(len(digits) - 1, 8, -1):
                    cand = digits[:cut].rstrip(" -")
                    value = normalize_isbn(cand)
                    if value:
                        end = start + raw.index(digits) + len(cand)
                        break
        elif kind == "issn":
            value, out_kind = normalize_issn(re.sub(r"^[EeLlPp]?-?", "", raw)), "ISSN"
        elif kind == "hal":
            value, out_kind = m.group("hal").lower(), "HAL"
            start, end = m.span("hal")
        else:  # pragma: no cover - every group is handled above
            continue
        if value:
            out.append(Identifier(out_kind, value, Span(start, end)))
            taken = end
    return out


# ---------------------------------------------------------------------------------- access dates
def _load_terms() -> dict[str, Any]:
    with resources.files("refnorm").joinpath("data", "access_terms.json").open(encoding="utf-8") as f:
        return json.load(f)


def _alternation(words: list[str]) -> str:
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w).replace(r"\ ", r"\s+")
        # a word boundary only where the term starts/ends with a letter (CJK terms have none)
        if w[0].isalnum() and w[0].isascii():
            p = r"\b" + p
        if w[-1].isalnum() and w[-1].isascii():
            p = p + r"\b"
        parts.append(p)
    return "|".join(parts)


_TERMS = _load_terms()
_IS_CJK_TERM = re.compile(f"[{CJK_CHARS}]")
# "[cited 2021 Jan 5]", "(accessed on 5 January 2021)", "Zugriff am: 3.3.2020", "consulté le 3 mars 2020"
@functools.cache
def _access_re() -> re.Pattern[str]:
    """The access-phrase pattern, compiled on first use: 200 alternatives cost 30 ms at import."""
    return re.compile(
        r"(?P<open>[\[(]\s*)?(?:(?:date\s+)?(?:" + _alternation(_TERMS["access"]) + r"))\s*(?:[:.]\s*)?"
        r"(?:on\s+|am\s+|le\s+|el\s+|em\s+|il\s+|op\s+)?",
        re.IGNORECASE,
    )


_URL_START = re.compile(r"https?://|www\.|ftp://|<", re.IGNORECASE)


@functools.cache
def _available_re() -> re.Pattern[str]:
    return re.compile(r"(?:" + _alternation(_TERMS["available"]) + r")\s*:?\s*(?=https?://|www\.|ftp://|<)",
                      re.IGNORECASE)
# Where a date written after an access phrase can end.
_DATE_STOP = re.compile(
    r"[\])]|;|\.\s+(?=[A-Z\u0400-\u042f]{2,}|https?:|www\.)|,\s+(?=(?i:from|de|https?:|www\.))"
    r"|\s+(?=(?i:from\b|https?://|www\.|url\b|<))"
)
_TOKEN_END = re.compile(r"[\s,]+")


def _parse_date(text: str, lang: str | None) -> dict[str, Any] | None:
    try:
        from refnorm.normalizers.dates import parse_date
    except ImportError:  # the dates module is written by a colleague; degrade to a raw date
        return {"raw": text} if any(c.isdigit() for c in text) else None
    try:
        return parse_date(text, lang)
    except Exception:  # a bug there must not lose the access date here: keep it raw
        return {"raw": text} if any(c.isdigit() for c in text) else None


def _first_word(term: str) -> str:
    m = re.match(r"[^\W\d_]+", term)
    return m.group() if m else term


_ACCESS_FIRST = frozenset(_first_word(t) for t in _TERMS["access"] if not _IS_CJK_TERM.search(t)) | {"date"}
_ACCESS_CJK = tuple(t for t in _TERMS["access"] if _IS_CJK_TERM.search(t))
_LETTERS = re.compile(r"[^\W\d_]+")
_BACK_BRACKET = re.compile(r"[\[(]\s*$")


def _access_matches(text: str) -> Iterator[re.Match[str]]:
    """The access-phrase matches, trying the long alternation only where a phrase's first word is."""
    starts = [w.start() for w in _LETTERS.finditer(text) if w.group().lower() in _ACCESS_FIRST]
    if _ACCESS_CJK and any(t in text for t in _ACCESS_CJK):
        starts.extend(text.find(t) for t in _ACCESS_CJK if t in text)
        starts.sort()
    pos = 0
    for start in starts:
        if start < pos:
            continue
        b = _BACK_BRACKET.search(text, max(0, start - 3), start)
        m = _access_re().match(text, b.start() if b else start)
        if m:
            yield m
            pos = m.end()


def find_access_date(text: str, lang: str | None = None) -> tuple[Span, dict[str, Any]] | None:
    """The first access-date phrase in ``text`` and its CSL date: ``(span, {"date-parts": [[2021, 1, 5]]})``.

    The span covers the phrase and the date (and a bracket around them, as in Vancouver's
    ``[cited 2021 Jan 5]``), so the parser can remove it before reading the publication date.
    """
    for m in _access_matches(text):
        rest_start = m.end()
        # look no further than a date can be long: a scan to the end at every phrase is quadratic
        stop = _DATE_STOP.search(text, rest_start, rest_start + 49)
        limit = stop.start() if stop else min(len(text), rest_start + 48)
        candidate = text[rest_start:limit].rstrip(" ,.:")
        if not candidate or not any(c.isdigit() for c in candidate):
            continue
        # longest readable prefix, cutting words from the end
        cuts = [candidate]
        for t in reversed(list(_TOKEN_END.finditer(candidate))):
            if t.start() > 0:
                cuts.append(candidate[: t.start()].rstrip(" ,.:"))
        for cand in cuts:
            if not cand or not any(c.isdigit() for c in cand):
                continue
            date = _parse_date(cand, lang)
            if date:
                end = rest_start + len(cand)
                if text[end:end + 1] == ".":
                    end += 1
                if m.group("open"):
                    close = re.match(r"\s*[\])]", text[end:])
                    if close:
                        end += close.end()
                return Span(m.start(), end), date
    return None


def find_url_marker(text: str) -> Span | None:
    """The span of an "Available from:"/"Disponible sur :"/"verfügbar unter" phrase that introduces a URL."""
    if _URL_START.search(text) is None:  # 76 phrases tried at every character cost 10 µs a character
        return None
    m = _available_re().search(text)
    return Span(m.start(), m.end()) if m else None
