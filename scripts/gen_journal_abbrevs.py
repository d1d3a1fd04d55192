"""Generate refnorm's journal abbreviation tables from JabRef's CC0 lists.

Reads ``../shared/data/journal-abbreviations/*.csv`` (JabRef/abbrv.jabref.org, CC0 1.0) and writes

* ``src/refnorm/data/journal_abbrevs.tsv.gz``: ``key<TAB>full title<TAB>ISO 4 abbreviation``,
  sorted by key; NLM's lists (Entrez, then Index Medicus) first, the field lists filling gaps;
* ``src/refnorm/data/journal_abbrevs_words.tsv``: ``word<TAB>abbreviation`` learned from the NLM
  pairs, used to abbreviate journals that are in no list;
* the license and a README beside them.

NLM's abbreviations have no periods ("Lancet Respir Med"); the table stores them with ISO 4's
periods after truncated words ("Lancet Respir. Med."), found by comparing each abbreviated word
with the title's words. ``--holdout`` measures the word-by-word abbreviator on NLM pairs it did not
learn from and prints the exact-match rate.

    python scripts/gen_journal_abbrevs.py [--holdout]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import re
import shutil
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from refnorm.rendering import journals  # noqa: E402  (after the path set-up)

SOURCE = ROOT / ".." / "shared" / "data" / "journal-abbreviations"
OUT = ROOT / "src" / "refnorm" / "data"

# NLM's lists first: their forms are what Vancouver/NLM styles print.
NLM_LISTS = ("entrez", "medicus")
# Not journal abbreviations: IEEE's BibTeX string macros ("#IEEE_J_CJECE#").
SKIP_LISTS = ("ieee_strings",)


_CATALOGUE_QUALIFIER = re.compile(r"\s*\(\d+\s*-\s*\)\s*$")


def read_list(path: Path) -> list[tuple[str, str]]:
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            if len(row) < 2:
                continue
            full, abbrev = row[0].strip(), row[1].strip()
            if not full or not abbrev or any(c in full + abbrev for c in "$\\#\t{}"):
                continue  # LaTeX-marked titles of the mathematics list, macros
            # MEDLINE's "Science (80- )": a catalogue qualifier (volume 80 onwards), never printed in a reference
            abbrev = _CATALOGUE_QUALIFIER.sub("", abbrev)
            rows.append((" ".join(full.split()), " ".join(abbrev.split())))
    return rows


def ordered_lists() -> list[tuple[str, list[tuple[str, str]]]]:
    files = sorted(SOURCE.glob("journal_abbreviations_*.csv"))
    by_name = {f.stem.removeprefix("journal_abbreviations_"): f for f in files}
    names = [n for n in NLM_LISTS if n in by_name]
    names += [n for n in sorted(by_name) if n not in NLM_LISTS and n not in SKIP_LISTS]
    return [(n, read_list(by_name[n])) for n in names]


def with_periods(full: str, abbrev: str) -> str:
    """Put ISO 4 periods back on an NLM abbreviation: after each word that is not a whole word
    of the title ("Lancet Respir Med" of "The Lancet respiratory medicine" -> "Lancet Respir. Med.")."""
    if "." in abbrev:
        return abbrev
    title_words = {journals.normalize_abbreviation(w) for w in journals._WORD.findall(full)}
    out = []
    for word in abbrev.split(" "):
        plain = journals.normalize_abbreviation(word)
        acronym = len(word) > 1 and word.isupper()  # "BMJ", "IEEE": no periods
        if word.isalpha() and plain not in title_words and not acronym:
            out.append(word + ".")
        else:
            out.append(word)
    return " ".join(out)


def plausible(full: str, abbrev: str) -> bool:
    """Every word of the abbreviation shortens some word of the title (catches list errors such
    as "Zeitschrift für Physik" -> "Z. Phys. C")."""
    title_words = [journals._fold(w) for w in journals._PART.findall(full)]
    # a qualifier in parentheses ("(Beijing)", "(N.S.)") is not taken from the title
    for word in journals._PART.findall(re.sub(r"\([^)]*\)", " ", abbrev)):
        folded = journals._fold(word)
        if not any(is_truncation(folded, t) or folded == t for t in title_words):
            return False
    return True


def significant(words: list[str]) -> list[str]:
    folded = [journals._fold(w) for w in words]
    if len(folded) > 1 and folded[0] in journals.LEADING_ARTICLES:
        folded = folded[1:]
    return [w for w in folded if w not in journals.STOPWORDS]


def is_truncation(abbrev: str, word: str) -> bool:
    """"respir" abbreviates "respiratory": same first letter, letters in order."""
    if not abbrev or not word or abbrev[0] != word[0]:
        return False
    it = iter(word)
    return all(c in it for c in abbrev)


def learn_words(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """word -> abbreviation (with period when truncated), the majority over aligned NLM pairs."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for full, abbrev in pairs:
        main = journals._SUBTITLE.sub("", full) or full
        fwords = significant(journals._PART.findall(main))
        awords = journals._WORD.findall(abbrev)
        if len(fwords) != len(awords) or len(fwords) < 2:
            continue
        for fw, aw in zip(fwords, awords, strict=True):
            if aw.isalpha() and (is_truncation(journals._fold(aw), fw) or journals._fold(aw) == fw):
                seen[fw][aw] += 1
    table = {}
    for word, counts in seen.items():
        best, n = counts.most_common(1)[0]
        if journals._fold(best) == word:
            table[word] = journals.KEPT_WHOLE  # known, and written in full
        elif n >= 2 or len(counts) == 1:
            table[word] = best + "."
    return table


def evaluate(pairs: list[tuple[str, str]]) -> None:
    def bucket(full: str) -> int:
        return int(hashlib.sha256(full.encode()).hexdigest(), 16) % 10

    train = [p for p in pairs if bucket(p[0]) != 0]
    test = [p for p in pairs if bucket(p[0]) == 0]
    table = learn_words(train)
    saved = journals._words
    journals._words = lambda: table  # type: ignore[assignment]
    try:
        # no derivation means the title is printed whole
        hits = sum(journals._strip_periods(journals._derive(full) or full) == abbrev for full, abbrev in test)
    finally:
        journals._words = saved  # type: ignore[assignment]
    print(f"word-by-word abbreviation, NLM pairs held out (sha256(title) % 10 == 0): "
          f"{hits}/{len(test)} = {hits / len(test):.1%} exact (learned from {len(train)} pairs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="also measure the word-by-word abbreviator")
    parser.add_argument("--dry-run", action="store_true", help="measure only; write nothing")
    args = parser.parse_args()
    if not SOURCE.is_dir():
        print(f"skipped: {SOURCE} not found (the shared data folder beside the checkout)")
        return 0
    lists = ordered_lists()
    nlm_pairs = [p for name, rows in lists if name in NLM_LISTS for p in rows]
    if args.holdout:
        evaluate(nlm_pairs)
    if args.dry_run:
        return 0

    table: dict[str, tuple[str, str, int]] = {}
    full_forms: dict[str, list[str]] = defaultdict(list)
    rejected = 0
    for name, rows in lists:
        rank = 0 if name in NLM_LISTS else 1
        for full, abbrev in rows:
            key = journals.normalize_title(full)
            if not key:
                continue
            if rank and not plausible(full, abbrev):
                rejected += 1
                continue
            full_forms[key].append(full)
            if key not in table:
                table[key] = (full, with_periods(full, abbrev), rank)
    lines = []
    for key in sorted(table):
        _, abbrev, rank = table[key]
        # Show the title as the lists capitalise it best: Entrez lower-cases ("The lancet oncology").
        full = max(full_forms[key], key=lambda t: sum(c.isupper() for c in t))
        lines.append(f"{key}\t{full}\t{abbrev}\t{rank}:{journals.normalize_abbreviation(abbrev)}\n")
    print(f"{rejected} rows of the field lists rejected as implausible")
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT / "journal_abbrevs.tsv.gz", "wb", mtime=0) as f:
        f.write("".join(lines).encode("utf-8"))
    words = learn_words(nlm_pairs)
    (OUT / "journal_abbrevs_words.tsv").write_text(
        "".join(f"{w}\t{a}\n" for w, a in sorted(words.items())), encoding="utf-8")
    shutil.copyfile(SOURCE / "LICENSE.md", OUT / "journal_abbrevs.LICENSE.md")
    print(f"{len(lines)} journals, {len(words)} word abbreviations -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
