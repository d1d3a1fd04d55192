"""Journal title abbreviations: "The Lancet Respiratory Medicine" <-> "Lancet Respir Med".

Two generated tables (``scripts/gen_journal_abbrevs.py``, from JabRef's CC0 lists, see
``data/journal_abbrevs.README.md``) are loaded lazily on first use:

* ``journal_abbrevs.tsv.gz``: normalised title, full title, ISO 4 abbreviation with periods, and
  the abbreviation's lookup key (prefixed with the source's rank, 0 for NLM), one journal a line. NLM's own lists (Entrez, Index Medicus) come first; the field lists only add
  journals NLM does not index.
* ``journal_abbrevs_words.tsv``: word -> abbreviation (``=`` for a word NLM writes in full),
  learned from the NLM pairs, so that a
  journal missing from every list is still abbreviated the way NLM forms abbreviations
  ("Aging and Disease" -> "Aging Dis"): articles and prepositions dropped, each word replaced by
  its usual abbreviation, words without one kept whole.

Periods: the table keeps ISO 4's periods ("Lancet Respir. Med."). :func:`abbreviate` gives the
NLM (dotless) form unless asked for periods; :func:`fill_container_title_short` stores the form
with periods, because CSL styles that want NLM's form say ``strip-periods="true"`` while styles
that want periods (Nature, IEEE) cannot put them back.
"""

from __future__ import annotations

import functools
import gzip
import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from refnorm.model import Reference

__all__ = [
    "JOURNAL_TYPES",
    "abbreviate",
    "fill_container_title_short",
    "full_title",
    "normalize_abbreviation",
    "normalize_title",
]

#: CSL types whose container is a journal (a chapter's container is a book: never abbreviated).
JOURNAL_TYPES = frozenset({"article-journal", "review", "review-book"})

# Dropped when abbreviating (ISO 4 section 7 / Citing Medicine: articles, conjunctions and
# prepositions are omitted), in the languages of the NLM lists' titles.
LEADING_ARTICLES = frozenset({"the", "a", "an", "la", "le", "les", "l", "der", "die", "das", "el", "il", "lo"})
STOPWORDS = frozenset({
    "of", "and", "&", "in", "for", "on", "to", "with", "at", "by", "from", "de", "des", "du", "et",
    "und", "für", "fur", "y", "del", "di", "da", "van", "voor", "en", "zur", "zum", "the",
    "dell", "della", "e", "och", "og", "ve", "do", "dos", "das", "em", "per", "der", "la", "le", "les",
    "an", "degli", "dei", "delle", "am", "im", "al", "ai",
})

#: In the word table: a word NLM writes out in full.
KEPT_WHOLE = "="

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# Abbreviating: hyphenated words are abbreviated part by part, elided articles are dropped.
_PART = re.compile(r"(?:(?<=\W)|^)(?:[ldLD]['’])?([^\W_]+)")
# What NLM leaves out: subtitles, parallel titles ("Revue canadienne. Canadian review"), and a
# place of publication in parentheses.
_SUBTITLE = re.compile(r"\s*(?::|;|\s[-–—]\s|=|/|(?<=\w{4})\.\s|\().*$")
# ...except a part, section, series or supplement, which NLM keeps ("Res. Part B" -> "Res B")
_SECTION = re.compile(r"\.\s+(?:(?:part|section|sect|series|ser)\.?\s+)?([A-Z0-9]{1,2}\b|supplement\b)(.*)$",
                      re.IGNORECASE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


_MARKUP = re.compile(r"</?(?:i|b|em|strong|sup|sub|sc|span)\b[^>]*>", re.IGNORECASE)


def normalize_title(title: str) -> str:
    """The lookup key of a journal title: case, accents, punctuation, inline markup, "&"/"and"
    and a leading "The" do not matter ("The Lancet Oncology" and "Lancet oncology" share a key)."""
    words = _WORD.findall(_fold(html.unescape(_MARKUP.sub("", title)).replace("&", " and ")))
    if len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def normalize_abbreviation(abbrev: str) -> str:
    """The lookup key of an abbreviation: periods, case and spacing do not matter."""
    return " ".join(_WORD.findall(_fold(abbrev.replace(".", " "))))


# -- the tables ----------------------------------------------------------------------------------

def _data_text(name: str) -> str:
    raw = resources.files("refnorm.data").joinpath(name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


@functools.lru_cache(maxsize=1)
def _titles() -> dict[str, tuple[str, str]]:
    """normalised title -> (full title, abbreviation with periods)."""
    table: dict[str, tuple[str, str]] = {}
    for line in _data_text("journal_abbrevs.tsv.gz").splitlines():
        key, full, abbrev, _abbrev_key = line.split("\t")
        table[key] = (full, abbrev)
    return table


@functools.lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """normalised abbreviation -> full title (the first list's journal wins)."""
    table: dict[str, str] = {}
    rank: dict[str, int] = {}
    for line in _data_text("journal_abbrevs.tsv.gz").splitlines():
        _key, full, _abbrev, abbrev_key = line.split("\t")
        # several journals can share an abbreviation: the NLM lists' journal wins (rank 0)
        r = int(abbrev_key[0])
        if abbrev_key[2:] not in table or r < rank[abbrev_key[2:]]:
            table[abbrev_key[2:]] = full
            rank[abbrev_key[2:]] = r
    return table


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _data_text("journal_abbrevs_words.tsv").splitlines():
        word, abbrev = line.split("\t")
        table[word] = abbrev
    return table


# -- abbreviating --------------------------------------------------------------------------------

def _derive(title: str) -> str | None:
    """ISO 4 abbreviation (with periods) built word by word, for a journal in no list."""
    title = html.unescape(_MARKUP.sub("", title)).strip()
    section = _SECTION.search(title)
    main = _SUBTITLE.sub("", title[: section.start()] if section else title) or title
    if section:  # the section letter, then its own title up to any further subtitle
        main += " " + section.group(1) + " " + _SUBTITLE.sub("", section.group(2).lstrip(" ,."))
    words = _PART.findall(main.replace("&", " and "))
    if words and _fold(words[0]) in LEADING_ARTICLES and len(words) > 1:
        words = words[1:]
    words = [w for w in words if _fold(w) not in STOPWORDS]
    if not words:
        return None
    if len(words) == 1:  # single-word titles are never abbreviated (ISO 4 rule 7.1)
        return words[0][:1].upper() + words[0][1:]
    table = _words()
    out = []
    known = 0
    for word in words:
        abbrev = table.get(_fold(word))
        if abbrev is None or abbrev == KEPT_WHOLE:
            known += abbrev is not None
            out.append(word[:1].upper() + word[1:])
        else:
            known += 1
            out.append(abbrev)
    if known * 2 < len(words):
        return None  # mostly words NLM's lists never use (another language, another script): leave it
    return " ".join(out)


def abbreviate(container_title: str, *, periods: bool = False, derive: bool = True) -> str | None:
    """The abbreviation of a journal title, NLM style ("Lancet Respir Med") unless ``periods``.

    Looked up in the NLM lists first, then JabRef's field lists; a journal in none of them is
    abbreviated word by word from the words NLM abbreviates (``derive=False`` turns that off and
    returns None instead). None for an empty title.
    """
    if not container_title or not container_title.strip():
        return None
    return _abbreviated(container_title, periods, derive)


@functools.lru_cache(maxsize=8192)
def _abbreviated(container_title: str, periods: bool, derive: bool) -> str | None:
    # (a journal recurs down a list and in every round of `fix`: looking it up was a fifth of
    # preparing an item for the processor)
    found = _titles().get(normalize_title(container_title))
    abbrev = found[1] if found else (_derive(container_title) if derive else None)
    if abbrev is None:
        return None
    return abbrev if periods else _strip_periods(abbrev)


def _strip_periods(abbrev: str) -> str:
    text = re.sub(r"\.(?=[\])])", "", abbrev)  # "[Atmos.]" -> "[Atmos]"
    return re.sub(r"\s+", " ", text.replace(".", " ")).strip()


def full_title(abbrev: str) -> str | None:
    """The full journal title for an abbreviation ("N Engl J Med", "N. Engl. J. Med." ...), or None.

    Only journals in the lists are known: abbreviations derived word by word cannot be undone.
    A full title passed in is recognised too, and given back in the lists' spelling.
    """
    if not abbrev or not abbrev.strip():
        return None
    hit = _abbreviations().get(normalize_abbreviation(abbrev))
    if hit is not None:
        return hit
    found = _titles().get(normalize_title(abbrev))
    return found[0] if found else None


def fill_container_title_short(ref: Reference | Mapping[str, Any]) -> Reference | dict[str, Any]:
    """``container-title-short`` filled from the lists when a journal article lacks one.

    A value already there (Crossref's ``short-container-title``) is kept. Returns the same kind
    of thing it was given: a `Reference` (provenance ``"journals"``) or a new dict.
    """
    csl = ref.csl if isinstance(ref, Reference) else ref
    if csl.get("container-title-short") or csl.get("type") not in JOURNAL_TYPES:
        return ref if isinstance(ref, Reference) else dict(ref)
    title = csl.get("container-title")
    if isinstance(title, list):  # Crossref-style lists: the first is the title
        title = title[0] if title else None
    short = abbreviate(title, periods=True) if isinstance(title, str) else None
    if isinstance(ref, Reference):
        return ref.evolve({"container-title-short": short}, source="journals") if short else ref
    out = dict(ref)
    if short:
        out["container-title-short"] = short
    return out


def fill_many(items: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """:func:`fill_container_title_short` over plain CSL-JSON items."""
    return [fill_container_title_short(item) for item in items]  # (a new dict for each item)
