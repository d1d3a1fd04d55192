#!/usr/bin/env python3
"""Build the field labeler's dictionaries in ``src/refnorm/data/`` from their sources.

Outputs (committed):
- ``lexicon-words.tsv.gz``: ``word<TAB>flags``, lower-cased words with one letter per dictionary:
  ``n`` name, ``j`` journal, ``p`` place, ``u`` publisher (AnyStyle's dictionary, BSD-2-Clause),
  ``a`` a word of an abbreviated journal title that is not a whole word of the full title
  ("dis", "respir": JabRef's journal lists, CC0).
- ``lexicon-terms.json``: token -> sorted list of term classes (``editor``, ``page``, ``accessed``,
  ``month``...) from the localised terms of the 62 CSL locale files (CC BY-SA 3.0): every token of
  every form of a term, so "Disponible sur" gives ``disponible`` and ``sur`` the class ``available``.

Sources are read from ``../shared/data`` beside the repository::

    python scripts/build_lexicon.py
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"
OUT = ROOT / "src" / "refnorm" / "data"
sys.path.insert(0, str(ROOT / "src"))

from refnorm.parsing.tokens import tokenize  # noqa: E402

SECTION_FLAG = {"name": "n", "journal": "j", "place": "p", "publisher": "u"}

# CSL term name -> the class the labeler sees
TERM_CLASS = {
    "editor": "editor", "editor-translator": "editor", "editortranslator": "editor",
    "editorial-director": "editor", "collection-editor": "editor", "compiler": "editor",
    "container-author": "editor", "organizer": "editor",
    "translator": "translator",
    "edition": "edition", "ordinal": "ordinal",
    "volume": "volume", "number-of-volumes": "volume",
    "issue": "issue", "number": "issue", "supplement": "issue",
    "page": "page", "number-of-pages": "page", "page-first": "page", "folio": "page",
    "accessed": "accessed", "retrieved": "accessed", "cited": "accessed",
    "available at": "available", "from": "available", "internet": "available", "online": "available",
    "in": "in", "and": "and", "et-al": "etal", "and others": "etal",
    "no date": "nodate", "forthcoming": "nodate", "in press": "nodate", "circa": "nodate",
    "no-place": "noplace", "no-publisher": "noplace",
    "chapter": "chapter", "section": "chapter",
    "thesis": "genre", "report": "genre", "patent": "genre", "working-paper": "genre",
    "preprint": "genre", "dataset": "genre", "webpage": "genre", "paper-conference": "genre",
    "standard": "genre", "manuscript": "genre", "presented at": "event", "event": "event",
    "version": "version", "series": "collection", "collection": "collection",
}
for i in range(1, 13):
    TERM_CLASS[f"month-{i:02d}"] = "month"
for i in range(1, 5):
    TERM_CLASS[f"season-{i:02d}"] = "season"
for i in range(1, 11):
    TERM_CLASS[f"long-ordinal-{i:02d}"] = "ordinal"

NS = "{http://purl.org/net/xbiblio/csl}"


def build_words() -> dict[str, set[str]]:
    words: dict[str, set[str]] = defaultdict(set)
    flag = ""
    with gzip.open(SHARED / "anystyle" / "anystyle-data-dict.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("#!"):
                flag = SECTION_FLAG.get(line[2:].strip(), "")
                continue
            if line and flag:
                words[line.lower()].add(flag)
    for path in sorted((SHARED / "journal-abbreviations").glob("*.csv")):
        with path.open(encoding="utf-8", errors="replace", newline="") as f:
            for row in csv.reader(f):
                if len(row) < 2:
                    continue
                full = {t.text.lower() for t in tokenize(row[0])}
                for t in tokenize(row[1]):
                    w = t.text.lower()
                    if w.isalpha() and len(w) > 1 and w not in full:
                        words[w].add("a")
    return words


def build_terms() -> dict[str, set[str]]:
    terms: dict[str, set[str]] = defaultdict(set)
    for path in sorted((SHARED / "csl-locales").glob("locales-*.xml")):
        root = ET.parse(path).getroot()
        for term in root.iter(NS + "term"):
            cls = TERM_CLASS.get(term.get("name", ""))
            if cls is None:
                continue
            forms = [term.text or ""] + [(c.text or "") for c in term]
            for form in forms:
                words = [t.text.lower() for t in tokenize(form.replace("\u00a0", " "))
                         if any(ch.isalpha() for ch in t.text) or t.text in {"№", "°"}]
                for w in words:
                    # a one- or two-letter word is a cue only when it is the whole term ("S.", "p.", "n°"),
                    # not when it is the "à" of "consulté à" or the "a" of "et al."
                    if len(words) == 1 or len(w) > 2 or cls == "etal":
                        terms[w].add(cls)
    return terms


def main() -> int:
    if not (SHARED / "anystyle").is_dir():
        print(f"skipped: {SHARED} is absent (the sources live in ../shared/data)")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    words = build_words()
    with gzip.open(OUT / "lexicon-words.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        # mtime-free gzip header would need GzipFile(mtime=0); acceptable churn for a generated file
        for w in sorted(words):
            f.write(f"{w}\t{''.join(sorted(words[w]))}\n")
    terms = build_terms()
    with (OUT / "lexicon-terms.json").open("w", encoding="utf-8") as f:
        json.dump({w: sorted(c) for w, c in sorted(terms.items())}, f, ensure_ascii=False, indent=0)
    print(f"{len(words)} words, {len(terms)} term tokens -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
