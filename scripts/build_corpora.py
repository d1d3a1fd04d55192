#!/usr/bin/env python3
"""Harmonise the AnyStyle and GROBID annotated references into refnorm's label set.

Reads the vendored copies in ``training/corpora/`` (``--refresh`` first copies them from
``../shared/data``), maps every native label to the CSL-oriented label set of ``training/labels.json``,
refines the spans (trims separators, splits "11(2)" into volume + issue, carves "et al." out of author
lists, moves "Available from" into ``available``, identifiers out of notes) and writes

    training/corpora/harmonised/anystyle-train.jsonl   AnyStyle split/train
    training/corpora/harmonised/grobid-corpus.jsonl    GROBID corpus
    training/test-anystyle.jsonl                       AnyStyle split/test (never trained on)
    training/test-grobid.jsonl                         GROBID evaluation (never trained on)

``scripts/synth.py`` then mixes the two harmonised training files with synthetic rows into
``training/train.jsonl`` and ``training/dev.jsonl``.  Row format (one JSON object a line):
``{"id", "source", "lang", "style", "text", "spans": [[label, start, end], ...], "refs": [[start, end]]}``.

    python scripts/build_corpora.py [--refresh]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training"
CORPORA = TRAINING / "corpora"
HARMONISED = CORPORA / "harmonised"
SHARED = ROOT / ".." / "shared" / "data"

Span = tuple[str, int, int]

# --------------------------------------------------------------------------- label maps

ANYSTYLE_LABELS = {
    "author": "author", "editor": "editor", "translator": "translator",
    "director": "author", "producer": "author",
    "title": "title", "journal": "container-title", "container-title": "container-title",
    "source": "container-title", "collection-title": "collection-title",
    "date": "issued", "location": "publisher-place", "publisher": "publisher",
    "pages": "page", "volume": "volume", "edition": "edition", "genre": "genre", "medium": "medium",
    "doi": "DOI", "url": "URL", "isbn": "ISBN", "citation-number": "citation-number", "note": "note",
    # not in the split, kept so the other AnyStyle files map too
    "signal": "note", "scripts": "note", "language": "note", "identifier": "note",
}

GROBID_LABELS = {
    "author": "author", "editor": "editor", "orgname_collaboration": "author",
    "title_a": "title", "title_j": "container-title", "title_s": "collection-title", "title": "title",
    "biblscope_volume": "volume", "biblscope_issue": "issue", "biblscope_page": "page",
    "biblscope_chapter": "number", "biblscope_scope": "volume", "biblscope_date": "issued",
    "pubplace": "publisher-place", "publisher": "publisher", "date": "issued",
    "note": "note", "note_report": "genre",
    "idno_doi": "DOI", "idno_arxiv": "arXiv", "idno_pmid": "PMID", "idno_pmc": "PMCID",
    "idno_isbn": "ISBN", "idno_issn": "ISSN", "idno_report": "number", "idno_pii": "note",
    "ptr_web": "URL",
    # decided per reference below: title_m, orgname, idno_other
}

NAME_LABELS = {"author", "editor", "translator"}
NUMERIC_LABELS = {"citation-number", "issued", "accessed", "original-date", "volume", "issue", "page",
                  "number", "DOI", "URL", "ISBN", "ISSN", "PMID", "PMCID", "arXiv"}

# --------------------------------------------------------------------------- trimming

OPEN_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">", "“": "”", "‘": "’", "«": "»", "„": "“", "‹": "›",
              "「": "」", "『": "』", "《": "》", "（": "）", "【": "】", "〈": "〉"}
CLOSE_OPEN = {v: k for k, v in OPEN_CLOSE.items()}
SYMMETRIC_QUOTES = {'"', "'"}
EDGE_SEPARATORS = set(" \t\n\u00a0\u2009\u202f,;:，；：、•·*-–—|")
# words whose final "." belongs to the value (checked case-insensitively, without the dot)
ABBREVIATIONS = {
    "al", "ed", "eds", "edn", "éd", "hrsg", "hg", "bd", "jr", "sr", "inc", "ltd", "co", "corp", "bros",
    "etc", "univ", "dept", "st", "dr", "mr", "mrs", "prof", "diss", "aufl", "vyd", "wyd", "izd", "изд",
    "trad", "trans", "übers", "coord", "dir", "comp", "ms", "pp", "vol", "no", "nr", "rev", "ser", "publ",
    "assoc", "soc", "acad", "natl", "int", "intl", "j", "proc", "conf", "symp", "res", "sci", "med",
    "phys", "chem", "lett", "math", "eng", "sp", "ltda", "gmbh", "s.a", "cie", "cia",
    "hrsgg", "verl", "ges", "bull", "ann", "arch", "am", "rep", "eur", "biol", "clin",
}
INITIAL_END = re.compile(r"(?:^|[\s.,\-‐])\p{Lu}\p{Ll}?\.$")
WORD_DOT_END = re.compile(r"(\p{L}+)\.$")
INNER_ABBREV = re.compile(r"\p{L}\.[\s\p{L}]")


def _final_dot_belongs(label: str, text: str) -> bool:
    """Whether the "." ending ``text`` is part of a value with this label (initials, abbreviations)."""
    if label == "etal":
        return True
    if label in NUMERIC_LABELS or label == "title":
        return bool(re.search(r"(?:\betc|\b\p{L}\.\s?\p{L})\.$", text))
    if INITIAL_END.search(text):
        return True
    m = WORD_DOT_END.search(text)
    if not m:
        return False
    word = m.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    if label in NAME_LABELS:
        return False
    # "J. Am. Chem. Soc.", "Phys. Rev.": a short last word after other abbreviated words
    return len(word) <= 6 and bool(INNER_ABBREV.search(text[: m.start()]))


def _balanced_wrap(text: str) -> bool:
    """Whether text[0] opens a bracket/quote closed exactly by text[-1]."""
    if len(text) < 2:
        return False
    first, last = text[0], text[-1]
    if first in SYMMETRIC_QUOTES:
        return last == first
    if OPEN_CLOSE.get(first) != last:
        return False
    depth = 0
    for i, ch in enumerate(text):
        if ch == first and (first != last):
            depth += 1
        elif ch == last:
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                return False
    return True


def trim(label: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) of ``text`` until no separator, stray bracket or foreign "." is at an edge."""
    end = min(end, len(text))
    while start < end:
        before = (start, end)
        value = text[start:end]
        first, last = value[0], value[-1]
        if first.isspace() or first in EDGE_SEPARATORS:
            start += 1
        elif last.isspace() or last in EDGE_SEPARATORS:
            end -= 1
        elif _balanced_wrap(value):
            start, end = start + 1, end - 1
        elif last in CLOSE_OPEN and value.count(last) > value.count(CLOSE_OPEN[last]):
            end -= 1
        elif first in OPEN_CLOSE and value.count(first) > value.count(OPEN_CLOSE[first]):
            start += 1
        elif last in SYMMETRIC_QUOTES and value.count(last) % 2 == 1:
            end -= 1
        elif first in SYMMETRIC_QUOTES and value.count(first) % 2 == 1:
            start += 1
        elif last == "’" and "‘" not in value:
            end -= 1
        elif first in "‘“„«" and OPEN_CLOSE[first] not in value:
            start += 1
        elif (last == "." and not _final_dot_belongs(label, value)) or (label != "etal" and last == "…"):
            end -= 1
        if (start, end) == before:
            break
    return start, end


# --------------------------------------------------------------------------- refining rules

# role words and field labels that stay outside the value (citeproc prints them outside the variable too)
_ROLE = (r"(?:eds?|editors?|editor\(s\)|edited|hrsg|hgg?|herausgegeben|herausgeber|éds?|dir|coord|coords|"
         r"comp|comps|red|reds|ред|trans|transl|translated|translator|übers|übersetzt|trad|traduit|"
         r"traduction|director|writer/director|producers?|prod)")
IN_PREFIX = re.compile(r"^(?:in|en|dans|w|v|im|in\s+der)\s*:?\s+", re.I)
ROLE_PREFIX = re.compile(
    rf"^(?:(?:{_ROLE})\.?(?:\s+(?:by|von|v\.|par|de|por|da))?\s+)?",
    re.I)
# the role must be a word of its own: without the look-behind "Freed" lost its "ed" and "Alfred" its "red"
ROLE_SUFFIX = re.compile(rf"[\s,]*[(\[]?\s*(?<!\p{{L}})(?:{_ROLE})\.?\s*[)\]]?[.,;:]?\s*$", re.I)
CONTAINER_PREFIX = re.compile(r"^(?i:in|en|dans|w|v|im)\s*:\s*|^(?:In|in)\s+(?=\S)")
# longest words first, and a word must end there: "pages 105" once lost only its "p" ("ages 105" as
# the page value), "sec. 4" its "s"
PAGE_PREFIX = re.compile(r"^(?:pages?|pgs?|pp?|str|ss?|с|blz|sid)(?:\b|(?=\d))\s*\.?\s*(?=[\dA-Za-z])", re.I)
# Vancouver "1992;27(3)" annotated as one volume: the year before the semicolon is the date
YEAR_VOLUME = re.compile(r"^(?P<y>(?:1[5-9]|20)\d\d)\s*;\s*(?=\w)")
PAGE_SUFFIX = re.compile(r"\s*(?:pp|p|S|s|str)\.?\s*$")
VOLUME_ISSUE = re.compile(
    r"""^(?:(?P<vp>(?:vol|volume|v|bd|band|t|tome|jg|jahrgang|tom|roč|årg|cilt|tomo)\.?\s*)?
          (?P<v>[\p{L}\d]+(?:[-–/][\p{L}\d]+)?)\s*
          (?:(?:[,.]?\s*\((?P<i1>[^()]{1,20})\))
             |(?:[,.]?\s*(?:no|nr|n°|nº|n|num|núm|issue|heft|h|č|sayı|iss|fasc|cz|sz|zv)\.?\s*(?P<i2>[\p{L}\d]+(?:[-–/][\p{L}\d]+)?)))?
          (?:\s*[:,]\s*(?:pp?\.\s*)?(?P<p>\d[\d\-–]*))?
          |(?P<ip>(?:no|nr|n°|nº|n|num|núm|issue|heft|h|č|sayı|iss|fasc)\.?\s*)(?P<i3>[\p{L}\d]+(?:[-–/][\p{L}\d]+)?))
          [\s.,;:]*$""",
    re.I | re.X)
ETAL = re.compile(r"(?:,?\s*(?:et\s+al\b\.?|et\s+coll\b\.?|u\.\s*a\.|и\s+др\.|a\s+kol\.|ve\s+ark\.|ym\.|"
                  r"and\s+others|e\s+outros|y\s+otros|i\s+in\.|m\.fl\.|等|ほか|他)|\s*(?:…|\.\.\.))\s*[.,;:]?\s*$",
                  re.I)
AVAILABLE = re.compile(
    r"(?:available\s+(?:from|at|online)|disponible\s+(?:sur|en|à)|verfügbar\s+unter|online\s+verfügbar|"
    r"dostępne\s+w|dostupné\s+z|disponível\s+em|disponibile\s+su|beschikbaar\s+via|tillgänglig\s+från|"
    r"erişim\s+adresi|доступно\s+по|режим\s+доступа|retrieved(?:\s+from)?|abgerufen\s+(?:von|am)|"
    r"online|en\s+ligne|URL|link|accessed|consulté\s+le|zugegriffen\s+am|consultado|acesso\s+em|"
    r"cited|visited|last\s+accessed|viewed)\s*:?",
    re.I)
ACCESS_NOTE = re.compile(
    r"^(?P<w>(?:last\s+)?(?:accessed|consulted|consulté\s+le|cited|visited|viewed|retrieved|"
    r"zugegriffen\s+am|abgerufen\s+am|consultado\s+(?:el|em)?|acesso\s+em|date\s+of\s+access)\s*(?:on)?:?)\s*"
    r"(?P<d>[^\]\)]*?\d{4})\s*(?P<f>,?\s*from)?[\s.,;:\])]*$", re.I)
DOI_IN = re.compile(r"(?:(?:https?\s*:\s*//\s*)?(?:dx\.)?doi\.\s*org/\s*)?10\.\d{4,9}/\S+", re.I)
DOI_PREFIX = re.compile(r"^(?:doi|DOI)\s*[:>]?\s*(?=10\.)|^\[doi>\s*")
ARXIV_IN = re.compile(r"(?:arXiv\s*:\s*)?(?:\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})", re.I)
ARXIV_ID = re.compile(r"(?:arXiv\s*:\s*)?(?:\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})")
PMID_IN = re.compile(r"PMID\s*:?\s*\d{5,9}")
PMCID_IN = re.compile(r"PMCID\s*:?\s*PMC\d{4,9}")
URL_IN = re.compile(r"(?:https?://|www\.)\S+")
ACCESS_GAP = re.compile(r"((?:last\s+)?(?:accessed|cited|retrieved|consulté\s+le|viewed|visited|zugegriffen\s+am|"
                        r"abgerufen\s+am|Zugriff|acesso\s+em|consultado)(?:\s+on)?)\W{0,4}$", re.I)
ID_PREFIX = re.compile(r"^(?:ISBN|ISSN|PMID|PMCID|e-?ISSN)(?:-1[03])?\s*:?\s*", re.I)
EPRINT_PREFIX = re.compile(r"^e-?print\s*:?\s*", re.I)
DATE_PREFIX = re.compile(r"^(?:published|publ\.|erschienen|paru)\s*:?\s*", re.I)
GENRE_NOTE = re.compile(r"^(?:ph\.?\s*d\.?|doctoral|master'?s?|m\.?sc\.?|bachelor'?s?|diploma)?\s*"
                        r"(?:thesis|dissertation|diss\.?|report|technical\s+report|preprint|thèse|"
                        r"mémoire|dissertation\s+abstract|habilitation|tesis|tese|tesi|proefschrift|"
                        r"doktorarbeit|masterarbeit)\b", re.I)


def _sub(label: str, start: int, end: int) -> Span:
    return (label, start, end)


def _match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """``pattern.match`` on text[start:end] with "^" meaning ``start``; offsets stay relative to it."""
    return pattern.match(text[start:end])


def _strip_prefix(pattern: re.Pattern, text: str, start: int, end: int) -> int:
    m = _match(pattern, text, start, end)
    if m and 0 < m.end() < end - start:
        return start + m.end()
    return start


def refine(label: str, text: str, start: int, end: int) -> list[Span]:
    """Turn one harmonised-but-raw span into one or more clean spans."""
    start, end = trim(label, text, start, end)
    if start >= end:
        return []
    value = text[start:end]
    if label in {"page", "volume", "note", "number"} and ARXIV_ID.fullmatch(value):
        return [("arXiv", start, end)]
    if label in NAME_LABELS:
        return _refine_names(label, text, start, end)
    if label in {"container-title", "collection-title"}:
        start = _strip_prefix(CONTAINER_PREFIX, text, start, end)
    elif label == "page":
        start = _strip_prefix(PAGE_PREFIX, text, start, end)
        m = PAGE_SUFFIX.search(text[start:end])
        if m and m.start() > 0:
            end = start + m.start()
    elif label == "volume":
        return _refine_volume(text, start, end)
    elif label == "URL":
        m = _match(AVAILABLE, text, start, end)
        if m and start + m.end() < end:
            out = [("available", *trim("available", text, start, start + m.end()))]
            return out + refine("URL", text, start + m.end(), end)
        if re.match(r"(?:https?\s*:\s*//\s*)?(?:dx\.)?doi\.\s*org/", value, re.I):
            label = "DOI"
    elif label == "DOI":
        start = _strip_prefix(DOI_PREFIX, text, start, end)
    elif label in {"ISBN", "ISSN", "PMID", "PMCID"}:
        start = _strip_prefix(ID_PREFIX, text, start, end)
    elif label == "arXiv":
        start = _strip_prefix(EPRINT_PREFIX, text, start, end)
    elif label == "note":
        return _refine_note(text, start, end)
    elif label == "issued":
        start = _strip_prefix(DATE_PREFIX, text, start, end)
    start, end = trim(label, text, start, end)
    return [(label, start, end)] if start < end else []


def _refine_names(label: str, text: str, start: int, end: int) -> list[Span]:
    out: list[Span] = []
    if label != "author":
        start = _strip_prefix(IN_PREFIX, text, start, end)
    start = _strip_prefix(ROLE_PREFIX, text, start, end)
    m = ROLE_SUFFIX.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    start, end = trim(label, text, start, end)
    m = ETAL.search(text[start:end])
    if m and m.start() > 0:
        es, ee = trim("etal", text, start + m.start(), start + m.end())
        if es < ee:
            out.append(("etal", es, ee))
        end = start + m.start()
        start, end = trim(label, text, start, end)
    if start < end:
        out.insert(0, (label, start, end))
    return out


def _refine_volume(text: str, start: int, end: int) -> list[Span]:
    y = YEAR_VOLUME.match(text[start:end])
    if y:
        return [("issued", start, start + y.end("y")), *_refine_volume(text, start + y.end(), end)]
    m = VOLUME_ISSUE.match(text[start:end])
    if not m:
        s, e = trim("volume", text, start, end)
        s = _strip_prefix(re.compile(r"^(?:vol|volume|v|bd|band|t|tome|jg|tom|roč)\.?\s*(?=\d)", re.I),
                          text, s, e)
        return [("volume", s, e)] if s < e else []
    out: list[Span] = []
    for group, lab in (("v", "volume"), ("i1", "issue"), ("i2", "issue"), ("i3", "issue"), ("p", "page")):
        if m.group(group):
            s, e = trim(lab, text, start + m.start(group), start + m.end(group))
            if s < e:
                out.append((lab, s, e))
    return out


def _refine_note(text: str, start: int, end: int) -> list[Span]:
    value = text[start:end]
    m = ACCESS_NOTE.match(value)
    if m:
        out = [("available", *trim("available", text, start + m.start("w"), start + m.end("w"))),
               ("accessed", *trim("accessed", text, start + m.start("d"), start + m.end("d")))]
        if m.group("f"):
            out.append(("available", *trim("available", text, start + m.start("f"), start + m.end("f"))))
        return [s for s in out if s[1] < s[2]]
    if GENRE_NOTE.match(value):
        return [("genre", start, end)]
    if AVAILABLE.fullmatch(value):
        return [("available", start, end)]
    # carve identifiers out of notes; the rest stays note
    found: list[Span] = []
    for pattern, lab in ((URL_IN, "URL"), (DOI_IN, "DOI"), (PMID_IN, "PMID"), (PMCID_IN, "PMCID"), (ARXIV_IN, "arXiv")):
        for hit in pattern.finditer(text, start, end):
            if any(not (hit.end() <= s or hit.start() >= e) for _, s, e in found):
                continue
            if lab == "arXiv" and not re.search(r"arxiv|\d{4}\.\d{4,5}", hit.group(0), re.I):
                continue
            found.append((lab, hit.start(), hit.end()))
    if not found:
        return [("note", start, end)]
    found.sort(key=lambda s: s[1])
    out = []
    cursor = start
    for lab, s, e in found:
        if s > cursor:
            out.extend(_note_piece(text, cursor, s))
        out.extend(refine(lab, text, s, e))
        cursor = e
    if cursor < end:
        out.extend(_note_piece(text, cursor, end))
    return out


def _note_piece(text: str, start: int, end: int) -> list[Span]:
    s, e = trim("note", text, start, end)
    if s >= e or not re.search(r"\p{L}{2}|\d", text[s:e]):
        return []
    m = AVAILABLE.fullmatch(text[s:e])
    return [("available" if m else "note", s, e)]


def merge_name_lists(spans: list[Span], text: str) -> list[Span]:
    """Join neighbouring spans of one name label separated only by list punctuation or a conjunction."""
    out: list[Span] = []
    for span in spans:
        if out and out[-1][0] == span[0] and span[0] in NAME_LABELS:
            gap = text[out[-1][2]: span[1]]
            if re.fullmatch(r"[\s,;.]*(?:and|&|et|und|y|e|i|en|och|ve|и|и\s|a|og|und)?[\s,;.]*", gap):
                out[-1] = (span[0], out[-1][1], span[2])
                continue
        out.append(span)
    return out


def finish(spans: Iterable[Span], text: str) -> list[list]:
    """Sort, drop empties and overlaps (first wins), merge name lists; JSON-ready."""
    cleaned = sorted((s for s in spans if s[1] < s[2]), key=lambda s: (s[1], s[2]))
    kept: list[Span] = []
    for span in cleaned:
        if kept and span[1] < kept[-1][2]:
            continue
        kept.append(span)
    return [list(s) for s in merge_name_lists(kept, text)]


def ref_extent(text: str) -> list[list[int]]:
    """The one reference a corpus row holds: the text without surrounding whitespace."""
    stripped = text.strip()
    if not stripped:
        return []
    start = text.index(stripped[0])
    return [[start, start + len(stripped)]]


# --------------------------------------------------------------------------- sources


def anystyle_rows(path: Path) -> Iterator[dict]:
    """AnyStyle rows: the text is the segments joined by single spaces, so offsets are reconstructed."""
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        text = row["text"]
        spans: list[Span] = []
        cursor = 0
        for native, segment in row["segments"]:
            start = text.index(segment, cursor)
            end = start + len(segment)
            cursor = end
            label = ANYSTYLE_LABELS.get(native, "note")
            spans.extend(refine(label, text, start, end))
        yield {"id": f"anystyle/{row['id']}", "source": "anystyle", "lang": None, "style": None,
               "text": text, "spans": finish(spans, text), "refs": ref_extent(text)}


def _grobid_label(native: str, start: int, natives: list[tuple[str, int, int]], text: str) -> str:
    if native in GROBID_LABELS:
        return GROBID_LABELS[native]
    if native == "title_m":
        return "container-title" if any(n == "title_a" for n, _, _ in natives) else "title"
    if native == "orgname":
        first_other = min((s for n, s, _ in natives if n not in {"author", "orgname", "orgname_collaboration"}),
                          default=len(text))
        return "author" if start < first_other else "publisher"
    if native == "idno_other":
        return "other-idno"
    return "note"


def grobid_rows(path: Path) -> Iterator[dict]:
    """GROBID rows: character spans already; only the labels and the edges change."""
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        text = row["text"]
        natives = [tuple(s) for s in row["spans"]]
        spans: list[Span] = []
        previous_end = 0
        for native, start, end in natives:
            label = _grobid_label(native, start, natives, text)
            gap_start, previous_end = previous_end, end
            if label == "issued":
                # GROBID tags access dates as <date>: "Accessed: 2015-05-12", "(accessed 1 Sep 2019)"
                m = ACCESS_GAP.search(text, gap_start, start)
                if m:
                    spans.append(("available", m.start(1), m.end(1)))
                    label = "accessed"
            if label == "other-idno":
                value = text[start:end]
                if ARXIV_IN.search(value) and re.search(r"arxiv|\d{4}\.\d{4,5}", value, re.I):
                    label = "arXiv"
                elif re.search(r"10\.\d{3,}", value):
                    label = "DOI"
                else:
                    label = "number"
            spans.extend(refine(label, text, start, end))
        yield {"id": f"grobid/{row['id']}", "source": "grobid", "lang": None, "style": None,
               "text": text, "spans": finish(spans, text), "refs": ref_extent(text)}


# --------------------------------------------------------------------------- driver


def write_jsonl(path: Path, rows: Iterable[dict]) -> int:
    """Write rows as JSONL (UTF-8, one object a line); return the count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def refresh_vendored() -> None:
    """Copy the source files used here from ../shared/data into training/corpora/."""
    if not SHARED.is_dir():
        sys.exit(f"--refresh needs {SHARED} (the shared data folder); it is absent")
    copies = {
        SHARED / "anystyle/split/train.jsonl": CORPORA / "anystyle/train.jsonl",
        SHARED / "anystyle/split/test.jsonl": CORPORA / "anystyle/test.jsonl",
        SHARED / "anystyle/LICENSE.anystyle": CORPORA / "anystyle/LICENSE",
        SHARED / "grobid-citation/corpus.jsonl": CORPORA / "grobid/corpus.jsonl",
        SHARED / "grobid-citation/evaluation.jsonl": CORPORA / "grobid/evaluation.jsonl",
        SHARED / "grobid-citation/LICENSE.grobid-code-apache2": CORPORA / "grobid/LICENSE.code-apache2",
    }
    for src, dst in copies.items():
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.suffix == ".jsonl" and "grobid" in src.parts[-2]:
            # the "segments" view duplicates the text; the spans are what this script reads
            slim = ({k: v for k, v in json.loads(line).items() if k != "segments"}
                    for line in src.open(encoding="utf-8"))
            write_jsonl(dst, slim)
        else:
            shutil.copyfile(src, dst)


def label_counts(rows: list[dict]) -> collections.Counter:
    """How many spans of each label the rows hold."""
    return collections.Counter(s[0] for r in rows for s in r["spans"])


def normalised_text(text: str) -> str:
    """The key under which train and test texts are compared for leaks."""
    return re.sub(r"\W+", "", text.casefold())


# share of each source held out for dev.jsonl, in thousandths of the id hash space
DEV_SHARE = {"anystyle": 100, "grobid": 50, "synthetic": 100}


def is_dev(row: dict) -> bool:
    """The fixed held-out slice: decided by a hash of the id, so reruns and new rows never move old ones."""
    digest = hashlib.sha1(row["id"].encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 1000 < DEV_SHARE[row["source"]]


def assemble() -> dict[str, int]:
    """Write training/train.jsonl and training/dev.jsonl from the harmonised corpora and synthetic rows."""
    inputs = [HARMONISED / "anystyle-train.jsonl", HARMONISED / "grobid-corpus.jsonl"]
    inputs += sorted((TRAINING / "synthetic").glob("*.jsonl"))
    test_texts = {normalised_text(json.loads(line)["text"])
                  for name in ("test-anystyle.jsonl", "test-grobid.jsonl")
                  for line in (TRAINING / name).open(encoding="utf-8")}
    counts = collections.Counter()
    with (TRAINING / "train.jsonl").open("w", encoding="utf-8") as train, \
            (TRAINING / "dev.jsonl").open("w", encoding="utf-8") as dev:
        for path in inputs:
            for line in path.open(encoding="utf-8"):
                row = json.loads(line)
                if normalised_text(row["text"]) in test_texts:
                    counts["dropped-test-duplicate"] += 1
                    continue
                split = "dev" if is_dev(row) else "train"
                (dev if split == "dev" else train).write(line if line.endswith("\n") else line + "\n")
                counts[f"{split}-{row['source']}"] += 1
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    """Build the harmonised corpora; print label counts per source."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--refresh", action="store_true", help="copy the sources from ../shared/data first")
    args = ap.parse_args(argv)
    if args.refresh:
        refresh_vendored()
    labels = set(json.loads((TRAINING / "labels.json").read_text(encoding="utf-8")))
    outputs = {
        "anystyle-test": (anystyle_rows(CORPORA / "anystyle/test.jsonl"), TRAINING / "test-anystyle.jsonl"),
        "grobid-evaluation": (grobid_rows(CORPORA / "grobid/evaluation.jsonl"), TRAINING / "test-grobid.jsonl"),
        "anystyle-train": (anystyle_rows(CORPORA / "anystyle/train.jsonl"), HARMONISED / "anystyle-train.jsonl"),
        "grobid-corpus": (grobid_rows(CORPORA / "grobid/corpus.jsonl"), HARMONISED / "grobid-corpus.jsonl"),
    }
    test_texts: set[str] = set()
    for name, (rows_iter, path) in outputs.items():
        rows = list(rows_iter)
        if name.endswith(("train", "corpus")):
            before = len(rows)
            rows = [r for r in rows if normalised_text(r["text"]) not in test_texts]
            dropped = before - len(rows)
        else:
            test_texts.update(normalised_text(r["text"]) for r in rows)
            dropped = 0
        unknown = {s[0] for r in rows for s in r["spans"]} - labels
        if unknown:
            sys.exit(f"{name}: labels outside training/labels.json: {sorted(unknown)}")
        write_jsonl(path, rows)
        counts = label_counts(rows)
        print(f"{name}: {len(rows)} rows ({dropped} dropped as test duplicates) -> {path.relative_to(ROOT)}")
        print("  " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print("train/dev rows:", assemble())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
