"""Annotated reference corpora -> token label sequences, for training and evaluating the labeler.

Every corpus is read into :class:`Example` (text, character spans with CSL-oriented labels,
reference extents). Token labels come from the spans: a token inside a span takes its label, a
token outside every span is ``O``. Punctuation at the edges of a span is made ``O`` as well,
because the corpora disagree on it (AnyStyle's spans swallow the trailing ", " or ".", GROBID's
and EXCITE's do not), and a labeler trained on both would otherwise learn noise. The first
labelled token of each reference extent carries a ``^`` prefix (``^author``): the begin marker
that lets the labeler split references glued onto one line.

Native label sets are mapped here (``ANYSTYLE``, ``GROBID``, ``EXCITE``) onto the label set of
``training/labels.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from refnorm.parsing.tokens import Token, tokenize

__all__ = ["Example", "load", "token_labels"]

ANYSTYLE = {
    "date": "issued", "title": "title", "author": "author", "pages": "page", "journal": "container-title",
    "volume": "volume", "publisher": "publisher", "location": "publisher-place",
    "container-title": "container-title", "editor": "editor", "citation-number": "citation-number",
    "note": "note", "url": "URL", "edition": "edition", "genre": "genre", "doi": "DOI", "source": "note",
    "translator": "translator", "isbn": "ISBN", "medium": "medium", "director": "author",
    "collection-title": "collection-title", "producer": "note",
}
GROBID = {
    "date": "issued", "author": "author", "biblscope_page": "page", "title_j": "container-title",
    "biblscope_volume": "volume", "title_a": "title", "title_m": "title", "pubplace": "publisher-place",
    "biblscope_issue": "issue", "publisher": "publisher", "note": "note", "idno_arxiv": "arXiv",
    "editor": "editor", "idno_doi": "DOI", "ptr_web": "URL", "orgname": "publisher",
    "orgname_collaboration": "author", "note_report": "genre", "title_s": "collection-title",
    "idno_other": "note", "idno_report": "number", "idno_pmid": "PMID", "idno_issn": "ISSN",
    "idno_pmc": "PMCID", "idno_isbn": "ISBN", "idno_pii": "note", "biblscope_chapter": "note",
    "biblscope_scope": "note", "biblscope_date": "issued", "title": "title",
}
EXCITE = {
    "author": "author", "year": "issued", "title": "title", "source": "container-title",
    "editor": "editor", "fpage": "page", "lpage": "page", "volume": "volume", "publisher": "publisher",
    "issue": "issue", "url": "URL", "identifier": "DOI", "given-names": "author", "surname": "author",
    "other": "IGNORE", "ref": "IGNORE",
}
# characters that never belong to a field when they sit on its edge
_EDGE_PUNCT = set(".,;:()[]{}\"“”„«»'‘’/–—-")
_VOL_RE = re.compile(r"^(?P<vol>[0-9IVXLivxl]+[A-Za-z]?)\s*(?:\((?P<iss>[^()]{1,12})\))?\s*(?::\s*(?P<pg>[\w\-–]+))?\W*$")


@dataclass
class Example:
    """One annotated line: text, ``(label, start, end)`` spans, reference extents (empty: not a reference)."""

    id: str
    text: str
    spans: list[tuple[str, int, int]]
    refs: list[tuple[int, int]]
    lang: str | None = None
    source: str = ""
    extra: dict = field(default_factory=dict)


def _from_segments(text: str, segments: list[list[str]], mapping: dict[str, str]) -> list[tuple[str, int, int]]:
    spans = []
    pos = 0
    for label, seg in segments:
        start = text.find(seg, pos)
        if start < 0:
            continue
        end = start + len(seg)
        pos = end
        lab = mapping.get(label, "note")
        if label == "volume":
            spans.extend(_split_volume(seg, start))
            continue
        spans.append((lab, start, end))
    return spans


def _split_volume(seg: str, start: int) -> list[tuple[str, int, int]]:
    """AnyStyle keeps "37(1):109-117" in one volume segment; recover issue and page."""
    m = _VOL_RE.match(seg)
    if not m:
        return [("volume", start, start + len(seg))]
    out = [("volume", start + m.start("vol"), start + m.end("vol"))]
    if m.group("iss"):
        out.append(("issue", start + m.start("iss"), start + m.end("iss")))
    if m.group("pg"):
        out.append(("page", start + m.start("pg"), start + m.end("pg")))
    return out


def _map_spans(spans: Iterable[list], mapping: dict[str, str], text: str) -> list[tuple[str, int, int]]:
    out = []
    for label, s, e in spans:
        out.append((mapping.get(label, "note"), int(s), int(e)))
    out.sort(key=lambda x: x[1])
    # first page / last page are two spans: join them (the dash between them is part of the range)
    merged: list[tuple[str, int, int]] = []
    for sp in out:
        if merged and sp[0] == "page" and merged[-1][0] == "page" and re.fullmatch(r"\s*[-–—‐‑]+\s*", text[merged[-1][2]:sp[1]]):
            merged[-1] = ("page", merged[-1][1], sp[2])
        else:
            merged.append(sp)
    return merged


def load(path: str | Path, fmt: str | None = None) -> Iterator[Example]:
    """Read a JSONL corpus. ``fmt``: "refnorm" (training/*.jsonl), "anystyle", "grobid" or "excite";
    guessed from the path when None."""
    path = Path(path)
    if fmt is None:
        p = str(path)
        fmt = "anystyle" if "anystyle" in p else "grobid" if "grobid" in p else "excite" if "exgold" in p else "refnorm"
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if not line.strip():
                continue
            r = json.loads(line)
            text = r["text"]
            if fmt == "refnorm":
                spans = [(lab, int(s), int(e)) for lab, s, e in r.get("spans", [])]
                refs = [(int(s), int(e)) for s, e in r.get("refs", [[0, len(text)]])]
            elif fmt == "anystyle":
                spans = _from_segments(text, r["segments"], ANYSTYLE)
                refs = [(0, len(text))]
            else:
                spans = _map_spans(r["spans"], GROBID if fmt == "grobid" else EXCITE, text)
                refs = [(0, len(text))]
            lang = r.get("lang")
            if lang is None and fmt == "excite":
                lang = "de" if "/de_" in r.get("id", "") else "en"
            yield Example(str(r.get("id", n)), text, spans, refs, lang, r.get("source", fmt), {"fmt": fmt, "style": r.get("style")})


def token_labels(ex: Example, tokens: list[Token] | None = None) -> tuple[list[Token], list[str]]:
    """Tokens of the example and one label each (``O`` outside fields, ``^`` on each reference's first field token)."""
    toks = tokens if tokens is not None else tokenize(ex.text)
    labels = ["O"] * len(toks)
    spans = sorted(ex.spans, key=lambda s: s[1])
    j = 0
    for i, t in enumerate(toks):
        while j < len(spans) and spans[j][2] <= t.start:
            j += 1
        for k in range(j, min(j + 3, len(spans))):
            lab, s, e = spans[k]
            if (s <= t.start and t.end <= e) or (s < t.end and t.start < e and t.end - t.start > 1):
                labels[i] = lab
                break
    # trim punctuation at the edges of each labelled run
    n = len(toks)
    i = 0
    while i < n:
        if labels[i] == "O":
            i += 1
            continue
        k = i
        while k + 1 < n and labels[k + 1] == labels[i]:
            k += 1
        a, b = i, k
        while a <= b and toks[a].text in _EDGE_PUNCT and not _keeps_edge(toks, a, b, labels[i]):
            labels[a] = "O"
            a += 1
        while b >= a and toks[b].text in _EDGE_PUNCT and not _keeps_edge(toks, b, a, labels[i]):
            labels[b] = "O"
            b -= 1
        i = k + 1
    # begin marker on the first labelled token of each reference extent
    for rs, re_ in ex.refs:
        for i, t in enumerate(toks):
            if t.start >= rs and t.end <= re_ and labels[i] not in ("O", "IGNORE"):
                labels[i] = "^" + labels[i]
                break
    return toks, labels


def _keeps_edge(toks: list[Token], i: int, other_end: int, label: str) -> bool:
    """Edge punctuation that is part of the value: a closing bracket whose opener is inside the run
    ("Proc. (CVPR)"); an opening bracket on the left edge never is ("(2006)")."""
    t = toks[i].text
    if t in ")]" and other_end < i:
        opener = "(" if t == ")" else "["
        return any(toks[k].text == opener for k in range(other_end, i))
    return False
