"""`fix`: rewrite the references of a file in place, the way a code formatter rewrites code.

For each item an adapter reads (`refnorm.io`): an entry of a reference list is parsed,
enriched and rendered in the chosen style and locale; a structured record (.bib, CSL-JSON,
CSL-YAML) is normalised and enriched. Only the items that changed are written back.

Promises, each checked here rather than hoped for:

- **Nothing is lost.** A non-reference (a note) and an entry parsed with low confidence are
  kept byte for byte, with a warning. A glued entry becomes several entries. After writing, the
  output is read again and must hold exactly the items read plus the splits; otherwise the
  original text is returned unchanged with an error.
- **Idempotent.** A rewritten entry is accepted only when parsing and rendering it again gives
  the same text (a fixpoint of the pipeline), so `fix` on its own output changes nothing. An
  entry that does not settle within two rounds is kept verbatim with a ``fix.unstable`` warning.
- **Faithful.** A rewrite that would drop numbers, "et al.", an epub date or more than a few
  words of the entry (`lost_content`), or split it into pieces that are not references on their
  own, is refused: the entry is kept verbatim with a warning saying what would have been lost.
- **No network surprise.** Enrichment is offline (cache only) unless a contact e-mail is known;
  a network or cache failure degrades to no enrichment with a diagnostic, never a failed run.

A text that came out unchanged offline is remembered by its hash (with the code, the settings and
the Crossref cache's state), so that the pre-commit hook on a clean file costs a hash.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import functools
import gc
import hashlib
import html
import importlib
import json
import os
import re
import sqlite3
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refnorm.config import Settings, load_settings
from refnorm.errors import ConfigError, InputError, NetworkError, RefnormError
from refnorm.io import adapter_for, format_for
from refnorm.io.document import Document, Item
from refnorm.model import CSL_DATE_FIELDS, CSL_NAME_FIELDS, Diagnostic, Entry, Reference, Severity, Span
from refnorm.normalizers.names import role_of
from refnorm.normalizers.unicode import clean

__all__ = ["FixResult", "ItemReport", "Pipeline", "fix_file", "fix_text", "guess_locale", "write_in_place"]

FIXED, UNCHANGED, VERBATIM, NOT_REFERENCE = "fixed", "unchanged", "verbatim", "not-a-reference"
STATUSES = (FIXED, UNCHANGED, VERBATIM, NOT_REFERENCE)
_ROUNDS = 2  # rendering rounds an entry gets to reach a fixpoint
_WS = re.compile(r"\s+")

Progress = Callable[[int, int], None]


# ----------------------------------------------------------------------------------- pipeline
@dataclass(frozen=True)
class Pipeline:
    """The stages `fix` runs. Each defaults to refnorm's own verb; pass callables to swap one.

    ``split(text) -> list[Entry]``; ``parse(entry, lang=) -> list[Reference]``;
    ``normalize(refs, lang=) -> list[Reference]``; ``enrich(refs, **options) -> list[Reference]``;
    ``render(refs, style=, locale=, format="text", number=False) -> list[str]``.
    """

    split: Callable[[str], list[Entry]] | None = None
    parse: Callable[..., list[Reference]] | None = None
    normalize: Callable[..., list[Reference]] | None = None
    enrich: Callable[..., list[Reference]] | None = None
    render: Callable[..., list[str]] | None = None

    def resolved(self) -> Pipeline:
        """This pipeline with every missing stage filled by refnorm's default (imported when first called)."""
        return Pipeline(
            split=self.split or _lazy("refnorm", "split"),
            parse=self.parse or _lazy("refnorm", "parse"),
            normalize=self.normalize or _lazy("refnorm", "normalize"),
            enrich=self.enrich or _lazy("refnorm", "enrich"),
            render=self.render or _lazy("refnorm.rendering.api", "render_entries"),
        )


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """A stand-in that imports ``module.name`` on first call, so that unused stages cost nothing."""
    target: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not target:
            import importlib

            target.append(getattr(importlib.import_module(module), name))
        return target[0](*args, **kwargs)

    call.__name__ = name
    call.refnorm_default = True  # type: ignore[attr-defined]
    return call


# ------------------------------------------------------------------------------------ results
@dataclass(frozen=True)
class ItemReport:
    """What `fix` did to one entry or record, and why."""

    index: int
    kind: str
    line: int
    status: str
    before: str
    after: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    label: str | None = None
    key: str | None = None
    reason: str | None = None
    changes: Mapping[str, Any] | None = None  # records: field -> {"before", "after", "source"}

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        refs = tuple(d for r in self.references for d in r.warnings())
        return tuple(d for d in self.diagnostics if d.severity is not Severity.INFO) + refs

    @property
    def retracted(self) -> bool:
        return any(d.code == "crossref.retracted"
                   for d in (*self.diagnostics, *(d for r in self.references for d in r.diagnostics)))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"index": self.index, "kind": self.kind, "line": self.line, "status": self.status}
        if self.label is not None:
            out["label"] = self.label
        if self.key is not None:
            out["key"] = self.key
        if self.reason:
            out["reason"] = self.reason
        out["before"] = self.before
        if self.after:
            out["after"] = list(self.after)
        if self.changes:
            out["changes"] = dict(self.changes)
        if self.references:
            out["references"] = [r.to_dict() for r in self.references]
        if self.diagnostics:
            out["diagnostics"] = [d.to_dict() for d in self.diagnostics]
        warn = [d.code for d in self.warnings]
        if warn:
            out["warnings"] = warn
        return out


@dataclass(frozen=True)
class FixResult:
    """The outcome of fixing one text: the new text, and a report per item."""

    original: str
    text: str
    format: str
    items: tuple[ItemReport, ...]
    path: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    settings: Settings = field(default_factory=Settings)
    cached: Mapping[str, int] | None = None  # counts of a known-clean text (no per-item report)

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def counts(self) -> dict[str, int]:
        """References (a split entry counts each part), by outcome; notes separately."""
        if self.cached is not None:
            return dict(self.cached)
        c: Counter[str] = Counter()
        for it in self.items:
            n = max(1, len(it.after)) if it.status == FIXED else 1
            c[it.status] += n
            if it.status != NOT_REFERENCE:
                c["references"] += n
            if it.retracted:
                c["retracted"] += 1
            if len(it.after) > 1:
                c["split"] += 1
            c["warnings"] += len(it.warnings)
        return {k: c.get(k, 0) for k in ("references", *STATUSES, "retracted", "split", "warnings")}

    def summary(self) -> str:
        return summary_line(self.counts())

    def diff(self, context: int = 3) -> str:
        """A unified diff from the original text to the fixed one ('' when unchanged)."""
        if not self.changed:
            return ""
        name = self.path or "<stdin>"
        lines = difflib.unified_diff(self.original.splitlines(keepends=True), self.text.splitlines(keepends=True),
                                     f"a/{name}", f"b/{name}", n=context)
        return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
                       for line in lines)

    def to_dict(self) -> dict[str, Any]:
        """The JSON report: per item what changed, why, provenance and warnings."""
        return {
            "path": self.path,
            "format": self.format,
            "changed": self.changed,
            "cached": self.cached is not None,
            "counts": self.counts(),
            "settings": {"style": self.settings.style, "locale": self.settings.locale,
                         "offline": self.settings.offline},
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "items": [it.to_dict() for it in self.items],
        }


def summary_line(counts: Mapping[str, int], *, verb: str = "fixed") -> str:
    """``"42 references: 30 fixed, 9 unchanged, 2 kept verbatim, 1 retracted"`` and extras."""
    n = counts.get("references", 0)
    text = (f"{n} reference{'s' if n != 1 else ''}: {counts.get(FIXED, 0)} {verb}, "
            f"{counts.get(UNCHANGED, 0)} unchanged, {counts.get(VERBATIM, 0)} kept verbatim, "
            f"{counts.get('retracted', 0)} retracted")
    extra = []
    if counts.get("split"):
        extra.append(f"{counts['split']} glued entr{'ies' if counts['split'] > 1 else 'y'} split")
    if counts.get(NOT_REFERENCE):
        k = counts[NOT_REFERENCE]
        extra.append(f"{k} note{'s' if k > 1 else ''} left alone")
    if counts.get("warnings"):
        extra.append(f"{counts['warnings']} warning{'s' if counts['warnings'] > 1 else ''}")
    return text + (f" ({', '.join(extra)})" if extra else "")


# ------------------------------------------------------------------------------ the language
# Words that mark a reference list's language: bibliographic terms and month abbreviations (a
# list of English titles cited from a French thesis is still French: "Disponible sur", "févr")
# weigh three times as much as frequent function words. Enough to pick a CSL locale for a whole
# list, not to identify the language of one short string.
# The month names in full and the issue term are also what the renderer prints in that locale, so a
# list refnorm rendered in a locale is guessed to be in it again (``fix`` twice changes nothing).
_TERMS = {
    "en-US": "available accessed cited edition eds press thesis report retrieved epub ahead print "
             "jan feb mar apr jun jul aug sep sept oct nov dec "
             "january february april june july august september october november december",
    "fr-FR": "disponible consulté cité éd dir thèse rapport presse sous janv févr avr juil sept déc "
             "références bibliographie bibliographiques nᵒ "
             "janvier février avril juin juillet août septembre octobre novembre décembre",
    "de-DE": "verfügbar abgerufen zugriff hrsg aufl verlag auflage bd jg märz mai okt dez literatur "
             "januar februar juni juli oktober dezember",
    "es-ES": "disponible consultado citado editorial ene abr ago dic referencias bibliografía "
             "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it-IT": "disponibile consultato citato editore gen mag giu lug ago ott dic bibliografia "
             "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt-BR": "disponível acesso citado editora fev abr mai ago set out dez referências "
             "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl-NL": "beschikbaar geraadpleegd uitgeverij mrt mei okt literatuur "
             "januari februari maart augustus oktober",
}
_FUNCTION_WORDS = {
    "en-US": "the of and with from for",
    "fr-FR": "le la les des du et sur pour dans une au aux à",
    "de-DE": "der die das und für mit von im zur zum",
    "es-ES": "el los las del y para con una por",
    "it-IT": "il della delle dei per con degli nella gli",
    "pt-BR": "os das dos para com uma em",
    "nl-NL": "het een van voor met",
}
_WEIGHTS: dict[str, list[tuple[str, int]]] = {}
for _loc, _words in _FUNCTION_WORDS.items():
    for _w in _words.split():
        _WEIGHTS.setdefault(_w, []).append((_loc, 1))
for _loc, _words in _TERMS.items():
    for _w in _words.split():
        _WEIGHTS.setdefault(_w, []).append((_loc, 3))
_TOKEN = re.compile(r"[^\W\d_]+")
_ET_AL = re.compile(r"\bet\.?\s+al\b", re.IGNORECASE)  # Latin in every language's lists: its "et" is no French word
# Quotation marks only one locale's renderings print around a title: French guillemets with their
# (no-break) space inside, German low-high quotes. A style in such a locale may print no other term.
_QUOTE_MARKS = (("fr-FR", "«\u00a0"), ("fr-FR", "« "), ("de-DE", "„"))


def guess_locale(texts: Iterable[str], default: str = "en-US") -> str:
    """The CSL locale whose words the texts use most (``default`` when nothing stands out)."""
    scores: Counter[str] = Counter()
    for text in texts:
        for loc, mark in _QUOTE_MARKS:
            scores[loc] += 3 * text.count(mark)
        for token in _TOKEN.findall(_ET_AL.sub(" ", text)):
            if len(token) <= 3 and token.isupper():
                continue  # initials and acronyms: Vancouver's "Haugen ET", "Rossi LA" are no "et", "la"
            for loc, weight in _WEIGHTS.get(token.lower(), ()):
                scores[loc] += weight
    if not scores:
        return default
    best, top = scores.most_common(1)[0]
    return best if top > scores.get(default, 0) and top >= 6 else default


# ------------------------------------------------------------------------------------- fixing
_WORD = re.compile(r"[^\W\d_]{4,}")
_NUMBER = re.compile(r"\d+")
_ABBREVIATION = re.compile(r"[^\W\d_]{3,}|\b[^\W\d_](?![\w.])")  # "Nat", "Clim", and ISO 4's "J" for "Journal"
_RANGE = re.compile(r"(?<!\d)(\d+)\s*[-\u2010-\u2015\u2212]\s*(\d+)(?!\d)")


def _abbreviates(abbreviation: str, word: str) -> bool:
    """ISO 4 style: "nat" for "nature", "natl" for "national" (same first letter, letters in order)."""
    if len(abbreviation) >= len(word) or abbreviation[0] != word[0]:
        return False
    rest = iter(word)
    return all(ch in rest for ch in abbreviation)
_MAX_LOST_WORDS = 0.15
# markers whose loss loses meaning though their words are short or common: a truncated author
# list, an electronic-publication date, a retraction notice (one word in a long entry is under the
# 15% the guard lets go, and the citing author must not lose it)
_MARKS = (re.compile(r"\b(?:et\s+al|et\s+coll|u\.\s*a|и\s+др|et\s+alii)\b\.?|等|ほか", re.I),
          re.compile(r"\bepub\b", re.I),
          re.compile(r"\b(?:retract(?:ed|ion)|rétract(?:é|ée|ation)|zurückgezogen|retractad[oa]|ritirat[oa])\b",
                     re.I))


# Words that only label a field ("Hrsg.", "Aufl.", "éd.", "Bd.", "Disponible sur", "consulté"): a style prints its own
# term in its own locale ("eds.", "2nd ed.") or none, so losing the source's word loses nothing the record holds. So
# do the role words of `role_of` ("réal.", "przeł.", "Regisseur"), which the record keeps as the names' field.
_LABEL_TERMS = frozenset({"editor", "edition", "translator", "volume", "issue", "page", "available", "accessed", "in"})


def _is_label_term(word: str) -> bool:
    from refnorm.parsing.lexicon import term_classes

    return not _LABEL_TERMS.isdisjoint(term_classes(word)) or role_of(word) is not None


_DOI_IN_TEXT = re.compile(r"(?<![\w.])10\.\d{4,9}/[^\s\"<>]+")


def _doi_as_printed(doi: str) -> str:
    """A DOI found in running text without the punctuation after it ("10.1/x." "(doi:10.1/x)"); its own brackets
    stay ("10.1002/(SICI)1097-4571")."""
    doi = doi.rstrip(".,;:")
    while doi[-1:] in ")]" and doi.count("(" if doi[-1] == ")" else "[") < doi.count(doi[-1]):
        doi = doi[:-1].rstrip(".,;:")
    return doi


def lost_content(before: str, after: str, excused: Collection[str] = (), required: Collection[str] = ()) -> list[str]:
    """Words and numbers of ``before`` that a rewrite ``after`` would drop, if too many to accept.

    A style may translate or drop a few words ("Disponible sur", a month name), so up to 15% of the
    distinct words of four letters or more may go (plus one of five letters at most when there are
    eight or more). Numbers must all stay, except that a page range's short end may be expanded
    ("216-28" to "216-228") and a day beside a month word ("Jun 11") may be reworded; words that only
    label a field in some CSL locale ("Hrsg", "Aufl", "consulté") may all go. "et al." and "Epub" must
    stay. ``excused`` words and numbers (case-folded) are those the style leaves out by design
    (:func:`style_omits`): they are neither counted nor lost. ``required`` words (case-folded: the
    creators' family names) may not go under the allowance: a book's only editor is one word of
    many. An empty list means the rewrite is faithful.
    """
    # (the source as parsing read it: "23&#8211;34", "MÃ¼ller" and "cog- nitive" are "23–34", "Müller" and
    # "cognitive" to the rewrite)
    before = clean(before)
    words = {w.casefold() for w in _WORD.findall(before)}.difference(excused)
    kept = {w.casefold() for w in _WORD.findall(after)}
    # (what only excuses a word or a number is read when one is missing: mostly none is)
    lost_words: list[str] = []
    if missing_words := words - kept:
        # words the rewrite introduced, such as a style's journal abbreviation ("Nat Clim Change")
        abbreviations = {w.casefold() for w in _ABBREVIATION.findall(after)} - {w.casefold() for w in
                                                                                   _ABBREVIATION.findall(before)}
        lost_words = sorted(w for w in missing_words if not any(_abbreviates(a, w) for a in abbreviations)
                            and not _is_label_term(w))
    numbers_after = _NUMBER.findall(after)
    verbatim = set(numbers_after)  # (a number printed as it was needs no scan of every number for its tail)
    lost_numbers = [n for n in dict.fromkeys(_NUMBER.findall(before)) if n not in verbatim and n not in excused]
    if lost_numbers:
        # a style's compressed page range ("641–5") still holds the end page (645)
        expanded = [a[: len(a) - len(b)] + b for a, b in _RANGE.findall(after) if len(b) < len(a)]
        numbers_after += expanded
        verbatim.update(expanded)
        # only a range's end may be printed in full ("216-28" as "216-228"): any number ending in "1"
        # does not keep the day of "[cited 2021 Jul 1]"
        range_ends = {b for _, b in _RANGE.findall(before)}
        lost_numbers = [n for n in lost_numbers if n not in verbatim
                        and not (n in range_ends and any(a.endswith(n) for a in numbers_after))]
    if lost_numbers:
        months_after = _months_named(after)
        lost_numbers = [n for n in lost_numbers if not _day_of_written_date(n, before, months_after)]
    lost_marks = [m.group(0) for mark in _MARKS if (m := mark.search(before)) and not mark.search(after)]
    if "10." in before:
        # a DOI whole, not only its numbers: "…(21)00012-3" cut to "…(21)00012-" keeps every number when the
        # reference prints a "3" elsewhere
        lower = after.lower()
        lost_marks += [d for d in _DOI_IN_TEXT.findall(before) if _doi_as_printed(d).lower() not in lower]
    # in a reference of some length, one more short word (a month or a term: "févr", "cité") may go
    short = 1 if len(words) >= 8 and any(len(w) <= 5 for w in lost_words) else 0
    if lost_numbers or lost_marks or len(lost_words) > _MAX_LOST_WORDS * len(words) + short \
            or (required and not set(lost_words).isdisjoint(required)):
        return lost_numbers + lost_marks + lost_words
    return []


# "Epub 2020 Apr 28.", "[Epub ahead of print]": most styles have no place for an electronic
# publication date (Vancouver prints it only in NLM's own Citing Medicine), yet dropping it loses
# what the author wrote. The phrase is carried over verbatim, after the rendering, where Citing
# Medicine puts it; a text rendered from a parse of that output carries it again (idempotent).
_EPUB_PHRASE = re.compile(r"\[\s*e-?pub\b[^\]\n]{0,60}\]|\be-?pub\b[^.;\[\]\n]{0,60}(?:\.|$)", re.I)


# Fields whose words a style may leave out without the guard objecting, when a rendering shows it
# prints none of them. Free-text catch-alls (a note, a title) are not among them: a misread piece of
# the reference lands there, and the guard is what keeps it from vanishing. Nor are the links and
# identifiers (URL, PMID, PMCID, ISBN, ISSN): they are how a reader finds the work, and a text file
# keeps no record beside the rendering (Nature printed a thesis without its handle link, APA a
# PubMed entry without its PMID).
_OMISSIBLE = ("publisher-place", "event-place", "publisher", "genre", "medium", "collection-title",
              "collection-number", "number-of-pages", "dimensions", "edition", "issue", "volume", "number", "section",
              "archive", "archive_location", "source")
# Dates a style may not leave out: when the entry was consulted is the author's own record of the
# source (a web page changes), which no lookup can give back; a style that does not print it (APA 7,
# Vancouver for a DOI without a link) gets the entry kept verbatim instead.
_DATES_KEPT = frozenset({"accessed"})
_STAND_IN = "Qxqzv"  # a word no reference holds: where a style prints a field, the stand-in shows


def style_omits(lost: Collection[str], refs: Sequence[Reference],
                render: Callable[[Reference], str | None]) -> dict[str, str]:
    """Which of the ``lost`` words and numbers the style leaves out by design, each with its field.

    A word is excused when it belongs to a field of a reference (a name of a list the style cuts
    at "et al.", a place APA 7 no longer prints, a month where a style prints the year alone) and
    the reference renders (``render``) to the same text with that field's value swapped for a
    stand-in: the style does not print it, so no parse of any text could have kept it.
    """
    from refnorm.normalizers.dates import month_number

    lost = {w.casefold() for w in lost}
    out: dict[str, str] = {}
    for ref in refs:
        base: str | None = None
        for name, value in list(ref.csl.items()):
            if name in CSL_NAME_FIELDS and isinstance(value, list):
                hit: set[str] = set()
                swapped = []
                missing = 0  # persons with a word lost
                for person in value:
                    if isinstance(person, dict):
                        person = dict(person)
                        missing += any(isinstance(w, str) and {x.casefold() for x in (*_WORD.findall(w), *_NUMBER.findall(w))}
                                       & lost for w in (person.get("family"), person.get("literal")))
                        for part in ("family", "given", "literal"):
                            words = person.get(part)
                            own = {w.casefold() for w in (*_WORD.findall(words), *_NUMBER.findall(words))} \
                                if isinstance(words, str) else set()
                            if own & lost:
                                hit |= own & lost
                                # the same initials, word by word: a style that prints only initials ("Ana
                                # Lúcia" -> "A. L.", "Jean-Pierre" -> "J.-P.") prints the stand-in alike (one
                                # initial for the whole given name lost the second, and the guard kept the entry)
                                stand = _STAND_IN.lower() + str(len(swapped))
                                person[part] = _WORD.sub(lambda m, s=stand: m.group()[:1] + s, words)  # type: ignore[arg-type]
                    swapped.append(person)
                if hit and missing == len(value):
                    # no person of the list is printed: the style drops the role (Nature a book's
                    # only editor), not the tail of a list it cuts at "et al."
                    continue
                variant: Any = swapped
            elif name in CSL_DATE_FIELDS and name not in _DATES_KEPT and isinstance(value, dict) \
                    and value.get("date-parts"):
                parts = [list(p) for p in value["date-parts"]]
                hit = set()
                for p in parts:
                    for pos, n in enumerate(p[:3]):
                        word_hit = {w for w in lost if pos == 1 and not w.isdigit() and month_number(w) == n}
                        if str(n) in lost or word_hit:
                            hit |= word_hit | ({str(n)} & lost)
                            p[pos] = n + 37 if pos == 0 else n % (12 if pos == 1 else 28) + 1
                variant = {**value, "date-parts": parts}
            elif name in _OMISSIBLE and isinstance(value, str | int):
                hit = {w.casefold() for w in (*_WORD.findall(str(value)), *_NUMBER.findall(str(value)))} & lost
                variant = _STAND_IN
            else:
                continue
            if not hit or hit <= out.keys():
                continue
            if base is None:
                base = render(ref)
                if base is None:
                    break
            if render(ref.evolve({name: variant})) == base:
                out.update(dict.fromkeys(hit - out.keys(), name))
    return out


# a year standing alone (not inside a URL, a DOI or a page number), with its letter if it has one
_YEAR = re.compile(r"(?:(?<=[\s(\[,;>])|^)((?:1[5-9]|20)\d\d)([a-z])?(?![\w/.-]\w)(?!\w)")


# the term for an undated work with a letter ("n.d.-a", "s. d.-b", "o. J.-a")
_UNDATED = re.compile(r"(?<!\w)((?:n|s|o)\.\s?(?:d|f|J)\.)(-[a-z])(?!\w)")


def carry_year_suffix(raw: str | None, rendered: str) -> str:
    """``rendered`` with the year letters ``raw`` had ("2019a"), and no others.

    Author-date styles tell apart works of one author and year with letters given over the whole
    list (2019a, 2019b). Those letters are the manuscript's: its citations say "(García 2019b)",
    which fix does not see. So an entry keeps the letter it was written with, and gets none it did
    not have; the renderer's letters depend on which entries are rendered together, so a letter of
    its own would also differ from one run to the next.
    """
    if _UNDATED.search(rendered):  # "n.d.-b": the letters of undated works (Chicago, APA), the same way
        own = _UNDATED.search(raw or "")
        first = [True]

        def undated(m: re.Match[str]) -> str:
            keep = own.group(2) if own and first[0] else ""
            first[0] = False
            # "n.d.-b." without its letter is "n.d.", not "n.d.."
            return m.group(1) + keep if keep or not rendered.startswith(".", m.end()) else m.group(1)[:-1]

        rendered = _UNDATED.sub(undated, rendered)
    if not _YEAR.search(rendered):
        return rendered
    theirs: dict[str, str] = {}
    for m in _YEAR.finditer(raw or ""):
        if m.group(2):
            theirs.setdefault(m.group(1), m.group(2))
    done: set[str] = set()

    def letter(m: re.Match[str]) -> str:
        year = m.group(1)
        if year in done:
            return m.group(0)
        done.add(year)
        return year + theirs.get(year, "")

    return _YEAR.sub(letter, rendered)


def carry_epub(raw: str | None, rendered: str, fmt: str = "text") -> str:
    """``rendered`` with the epub phrase of ``raw`` appended when the rendering does not show one."""
    if not raw or "pub" not in raw.lower():
        return rendered
    m = _EPUB_PHRASE.search(raw)
    if m is None or _MARKS[1].search(_TAG.sub("", rendered)):
        return rendered
    phrase = _WS.sub(" ", m.group(0)).strip()
    if not phrase.endswith((".", "]")):
        phrase += "."
    if fmt != "text":
        phrase = html.escape(phrase, quote=False)
    # (after a rendering that ends without a full stop, as NLM styles end on a DOI: "…00012-3. Epub 2021 Feb 2.")
    stop = "" if _TAG.sub("", rendered).rstrip()[-1:] in ".!?])" else "."
    return f"{rendered}{stop} {phrase}"


def _months_named(text: str) -> set[int]:
    """The months (1-12) that month words of ``text`` name, in any language ("Jun", "févr.", "März")."""
    from refnorm.normalizers.dates import month_number

    return {n for w in re.findall(r"[^\W\d_]{3,}", text) if (n := month_number(w))}


def _day_of_written_date(number: str, text: str, months_after: Collection[int]) -> bool:
    """Whether a day number stands beside a month word ("Jun 11", "11 févr") whose month the rewrite
    still names (``months_after``): styles may reword the date or print the month alone. A day whose
    month went too lost its whole date ("[cited 2021 Jul 1]" dropped, the year still there for
    another date of the entry)."""
    if len(number) > 2 or int(number) > 31:
        return False
    from refnorm.normalizers.dates import month_number

    # the word must be a month's: "Migration. 2. Aufl." is an edition, not a date to reword
    word = r"([^\W\d_]{3,})\.?"
    return any(month_number(m.group(1)) in months_after
               for pattern in (rf"(?<!\d){number}\s+{word}", rf"{word}\s+{number}(?!\d)")
               for m in re.finditer(pattern, text))


def _same(a: str, b: str) -> bool:
    """The same text but for spacing, and for superscripts printed as characters ("2ᵉ éd.") or as plain letters
    ("2e éd.": a formatted rendering's ``<sup>e</sup>`` without its tags, a LaTeX ``2\\textsuperscript{e}`` read)."""
    if a == b:
        return True
    a, b = _WS.sub(" ", a).strip(), _WS.sub(" ", b).strip()
    return a == b or _unscripted(a) == _unscripted(b)


@functools.cache
def _script_characters() -> re.Pattern[str]:
    chars = (chr(c) for c in range(0xA0, 0x3400))
    return re.compile("[" + "".join(re.escape(ch) for ch in chars
                                    if unicodedata.decomposition(ch).startswith(("<super>", "<sub>"))) + "]")


def _unscripted(text: str) -> str:
    """``text`` with its superscript and subscript characters as plain ones ("2ᵉ" -> "2e", "™" -> "TM")."""
    if text.isascii():
        return text
    return _script_characters().sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def _diag(code: str, message: str, severity: Severity = Severity.WARNING, **data: Any) -> Diagnostic:
    return Diagnostic(code, message, severity, source="fix", data=data or None)


# Per-run memos of the default stages (`bench/fix.py` times the first fix with and without them in
# one process). Each default stage is a function of what its memo keys on, so a repeat (an entry
# pasted twice, a rewrite that equals another entry's rendering or the text of a rewrite checked
# before) costs a lookup and gives what the stage would give.
MEMO = True


@dataclass
class _Memo:
    """What one run has parsed, enriched and rendered already."""

    texts: dict[str, list[Reference]] = field(default_factory=dict)  # a text -> its parse, as a string
    enriched: dict[tuple[Any, ...], tuple[Reference, Reference]] = field(default_factory=dict)
    rendered: dict[tuple[str, tuple[str, str, str]], str | None] = field(default_factory=dict)
    render_alone: bool = False  # whether an entry renders the same whatever its neighbours
    # a reference's `_render_key` by identity (the reference kept alive beside it): the settle round
    # asks again for the keys of the references the first round rendered
    render_keys: dict[int, tuple[Reference, tuple[str, str, str]]] = field(default_factory=dict)


def _is_default(stage: Any) -> bool:
    return bool(getattr(stage, "refnorm_default", False))


def _ref_key(ref: Reference) -> tuple[Any, ...]:
    """Everything of a reference but its span, in its own key order: all that enrichment reads.
    When refnorm's enrichment says it does not read the raw text (`enrichment.api.reads_raw`: a DOI
    checked from the fields), the record, provenance and diagnostics: the raw text and the
    confidence then pass through it, like the span. (A rewrite mostly parses back to the record
    its text was rendered from: the settle round finds its enrichment here.)"""
    from refnorm.enrichment.api import reads_raw

    dump = functools.partial(json.dumps, ensure_ascii=False, default=repr)
    if not reads_raw(ref):
        return (dump(dict(ref.csl)), dump(dict(ref.provenance)), repr(ref.diagnostics))
    return (dump(dict(ref.csl)), ref.raw, dump(dict(ref.provenance)), repr(ref.diagnostics), ref.confidence)


_PASSED_THROUGH = ("raw", "span", "confidence")  # what enrichment hands back as it found it


def _recalled(done: tuple[Reference, Reference], ref: Reference) -> Reference:
    """The enrichment of ``ref`` from that of a reference with the same key: the same, with
    ``ref``'s own span (raw text and confidence) wherever enrichment passed the other's through."""
    source, out = done
    if source is ref:
        return out
    moved = {a: getattr(ref, a) for a in _PASSED_THROUGH
             if getattr(out, a) == getattr(source, a) and getattr(out, a) != getattr(ref, a)}
    return dataclasses.replace(out, **moved) if moved else out


@dataclass
class _Run:
    """One document's worth of work, with the stages and settings bound."""

    stages: Pipeline
    settings: Settings
    locale: str
    lang: str | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    memo: _Memo | None = None

    def parse(self, entry: Entry) -> list[Reference]:
        memo = self.memo
        if memo is None or not _is_default(self.stages.parse):
            return list(self.stages.parse(entry, lang=self.lang))  # type: ignore[misc]
        from refnorm.parsing.api import place_in_document

        # refnorm's parser parses an entry's text, then places each reference in the document;
        # a text seen before is only placed
        refs = self.parse_text(entry.text)
        if not any(d.code == "parse.failed" for r in refs for d in r.diagnostics):
            with contextlib.suppress(Exception):
                return [place_in_document(r, entry) for r in refs]
        return list(self.stages.parse(entry, lang=self.lang))  # type: ignore[misc]  # placed otherwise

    def parse_text(self, text: str) -> list[Reference]:
        """Parse a text of our own making (a rendering). refnorm's parser takes the string itself:
        an Entry would only make it map offsets back into a document that does not exist."""
        if not _is_default(self.stages.parse):
            return list(self.stages.parse(_entry_of(text), lang=self.lang))  # type: ignore[misc]
        if self.memo is not None and (hit := self.memo.texts.get(text)) is not None:
            return list(hit)
        refs = list(self.stages.parse(text, lang=self.lang))  # type: ignore[misc]
        if self.memo is not None:
            self.memo.texts[text] = refs
        return list(refs)

    def confident(self, refs: Sequence[Reference]) -> bool:
        return all(r.confidence is None or r.confidence >= self.settings.min_confidence for r in refs)

    def enrich(self, refs: list[Reference]) -> list[Reference]:
        if not refs or not self.settings.enrich:
            return refs
        memo = self.memo
        if memo is None or not _is_default(self.stages.enrich):
            return self._enrich(refs)[0]
        # refnorm's enrichment treats each reference on its own, from its fields, raw text,
        # provenance and diagnostics, and passes its span through: repeats are looked up
        keys = [_ref_key(r) for r in refs]
        todo: dict[tuple[Any, ...], Reference] = {}
        for k, r in zip(keys, refs, strict=True):
            if k not in memo.enriched:
                todo.setdefault(k, r)
        out, ok = self._enrich(list(todo.values()))
        if not ok:  # a failure is not remembered: a later call may get through
            failed = {k: (r, o) for (k, r), o in zip(todo.items(), out, strict=True)}
            return [_recalled(failed[k] if k in failed else memo.enriched[k], r) for k, r in zip(keys, refs, strict=True)]
        memo.enriched.update((k, (r, o)) for (k, r), o in zip(todo.items(), out, strict=True))
        return [_recalled(memo.enriched[k], r) for k, r in zip(keys, refs, strict=True)]

    def _enrich(self, refs: list[Reference]) -> tuple[list[Reference], bool]:
        """Enrich ``refs``; and False when enrichment failed and they come back as they were."""
        if not refs:
            return refs, True
        s = self.settings
        try:
            out = list(self.stages.enrich(refs, mailto=s.mailto, offline=s.offline,  # type: ignore[misc]
                                          crossref_url=s.crossref_url, cache_dir=s.cache_dir, policy=s.policy,
                                          time_budget=s.time_budget))
        except ConfigError:
            raise  # a bad option is the user's to fix, not a network hiccup
        except (NetworkError, RefnormError) as e:  # the cache or the network: carry on without
            if not any(d.code == "fix.enrich-failed" for d in self.diagnostics):
                self.diagnostics.append(_diag("fix.enrich-failed", f"enrichment skipped: {e}"))
            return refs, False
        if len(out) != len(refs):  # a contract breach would misalign every later entry
            raise RuntimeError(f"enrich returned {len(out)} references for {len(refs)}")
        return out, True

    def render(self, refs: list[Reference], fmt: str = "text") -> list[str | None]:
        """One text per reference; None where the renderer failed on that reference."""
        memo = self.memo
        if not refs or memo is None or not memo.render_alone or not _is_default(self.stages.render):
            return self._render(refs, fmt)
        # in a numbered style without author dashes each entry renders alone, from what
        # `_render_key` holds; a repeat is rendered once
        keys = [(fmt, self.render_key(r)) for r in refs]
        todo: dict[tuple[str, tuple[str, str, str]], Reference] = {}
        for k, r in zip(keys, refs, strict=True):
            if k not in memo.rendered:
                todo.setdefault(k, r)
        if todo:
            memo.rendered.update(zip(todo, self._render(list(todo.values()), fmt), strict=True))
        return [memo.rendered[k] for k in keys]

    def render_key(self, ref: Reference) -> tuple[str, str, str]:
        """`_render_key` of ``ref``, worked out once per reference object in a run."""
        if self.memo is None:
            return _render_key(ref)
        hit = self.memo.render_keys.get(id(ref))
        if hit is not None and hit[0] is ref:
            return hit[1]
        key = _render_key(ref)
        self.memo.render_keys[id(ref)] = (ref, key)
        return key

    def _render(self, refs: list[Reference], fmt: str = "text") -> list[str | None]:
        if not refs:
            return []
        kw = {"style": self.settings.style, "locale": self.locale, "format": fmt, "number": False}
        try:
            out: list[str | None] = list(self.stages.render(refs, **kw))  # type: ignore[misc]
        except RefnormError:
            raise  # an unknown style or locale is the user's to fix, not an entry's
        except Exception:
            out = []
            for r in refs:  # find the culprits; the others still get rendered
                try:
                    out.append(self.stages.render([r], **kw)[0])  # type: ignore[misc]
                except RefnormError:
                    raise
                except Exception:
                    out.append(None)
        if len(out) != len(refs):
            raise RuntimeError(f"render returned {len(out)} texts for {len(refs)} references")
        return [None if t is None or not t.strip() else carry_epub(r.raw, carry_year_suffix(r.raw, t.strip()), fmt)
                for r, t in zip(refs, out, strict=True)]


def _entry_of(text: str) -> Entry:
    return Entry(text, Span(0, len(text)), text)


# Verdicts worth remembering per entry: nothing to write, and no error behind them.
_REMEMBERED = (UNCHANGED, NOT_REFERENCE, VERBATIM)


def _fix_entries(run: _Run, items: list[tuple[int, Item]], reports: dict[int, ItemReport],
                 progress: Progress | None, total: int,
                 verdicts: tuple[_CleanTexts, Callable[[str], str]] | None = None) -> dict[int, list[str]]:
    """Parse, enrich, render and settle the entries; ``verdicts`` (a cache and a key function) skips
    the entries whose verdict is known and records the new ones."""
    keys: dict[int, str] = {}
    if verdicts is not None:
        store, key_of = verdicts
        keys = {i: key_of(it.entry.text) for i, it in items}  # type: ignore[union-attr]
        known = store.get_many(list(keys.values()), "entries")
        for i, it in items:
            v = known.get(keys[i])
            if v is not None:
                reports[i] = ItemReport(index=i, kind="entry", line=it.line, status=v["status"], before=it.raw,
                                        label=it.label, key=it.key, reason=v.get("reason"),
                                        diagnostics=tuple(Diagnostic.from_dict(d) for d in v["diagnostics"]))
        items = [(i, it) for i, it in items if i not in reports]
    settled: dict[int, list[Reference]] = {}
    fixpoints = None
    if verdicts is not None:
        def fixpoints(texts: Sequence[str]) -> set[str]:
            """The texts an earlier run found unchanged: parsed, enriched and rendered back to themselves."""
            by_key = {key_of(t): t for t in texts}
            return {by_key[k] for k, v in store.get_many(list(by_key), "entries").items() if v["status"] == UNCHANGED}
    edits = _fix_fresh_entries(run, items, reports, progress, total, settled, fixpoints)
    if verdicts is not None:
        fresh = {}
        for i, _ in items:
            r = reports[i]
            if r.status in _REMEMBERED and not any(d.severity is Severity.ERROR for d in r.diagnostics):
                diags = [d.to_dict() for d in (*r.diagnostics, *(d for ref in r.references for d in ref.warnings()))]
                fresh[keys[i]] = {"status": r.status, "reason": r.reason, "diagnostics": diags}
        if not run.diagnostics:
            # Each rewrite is a fixpoint: the settle round parsed, enriched and rendered it back to
            # itself, as the next run will, which will find it unchanged with these references'
            # warnings. Recorded now, the hook run after `refnorm fix` does not do that work again.
            for i, parts in edits.items():
                for text, ref in zip(parts, settled.get(i, ()), strict=False):
                    fresh.setdefault(key_of(text), {"status": UNCHANGED, "reason": None,
                                                    "diagnostics": [d.to_dict() for d in ref.warnings()]})
        verdicts[0].put_many(fresh, "entries")
    return edits


def _fix_fresh_entries(run: _Run, items: list[tuple[int, Item]], reports: dict[int, ItemReport],
                       progress: Progress | None, total: int,
                       settled: dict[int, list[Reference]] | None = None,
                       fixpoints: Callable[[Sequence[str]], set[str]] | None = None) -> dict[int, list[str]]:
    """Parse, enrich, render and settle ``items``: the report of each goes in ``reports``; returns the
    rewrites, and puts in ``settled`` the references each rewrite's text parses and enriches back to.
    ``fixpoints(texts)`` names the texts an earlier run proved to be fixpoints (its remembered verdicts):
    a rewrite made of those is settled without parsing it again."""
    parsed: dict[int, list[Reference]] = {}
    for done, (i, it) in enumerate(items, start=1):
        entry = it.entry
        assert entry is not None
        base = {"index": i, "kind": "entry", "line": it.line, "before": it.raw, "label": it.label, "key": it.key}
        try:
            refs = run.parse(entry)
        except RefnormError:
            raise
        except Exception as e:  # a parser bug must not cost the user an entry
            reports[i] = ItemReport(**base, status=VERBATIM, reason="parse-failed", diagnostics=(
                _diag("fix.parse-failed", f"{type(e).__name__}: {e}", Severity.ERROR),))
            continue
        if not refs:
            reports[i] = ItemReport(**base, status=NOT_REFERENCE, reason="not a reference")
        elif not run.confident(refs):
            low = min(r.confidence for r in refs if r.confidence is not None)
            reports[i] = ItemReport(**base, status=VERBATIM, reason="low-confidence", references=tuple(refs),
                                    diagnostics=(_diag("fix.low-confidence", f"parsed with confidence {low:.2f} "
                                                       f"< {run.settings.min_confidence}; kept verbatim",
                                                       confidence=low),))
        else:
            parsed[i] = refs
        if progress and (done % 50 == 0 or done == len(items)):
            progress(done, total)

    by_index = dict(items)
    order = list(parsed)
    flat = run.enrich([r for i in order for r in parsed[i]])
    texts = run.render(flat)
    final: dict[int, tuple[list[Reference], list[str | None]]] = {}
    pos = 0
    for i in order:
        n = len(parsed[i])
        final[i] = (flat[pos:pos + n], texts[pos:pos + n])
        pos += n

    # Settle the changed entries: their new text must render to itself once parsed again.
    pending: dict[int, list[str]] = {}
    omitted: dict[int, Diagnostic] = {}  # what the style leaves out of an accepted rewrite, by entry
    for i in order:
        refs, parts = final[i]
        if any(p is None for p in parts):
            reports[i] = _report(i, by_index, VERBATIM, refs, reason="render-failed", diags=(
                _diag("fix.render-failed", "the renderer failed on this reference; kept verbatim",
                      Severity.ERROR),))
        elif len(parts) == 1 and _same(parts[0], by_index[i].entry.text):  # type: ignore[arg-type,union-attr]
            reports[i] = _report(i, by_index, UNCHANGED, refs)
        elif len(parts) > 1 and not all(_stands_alone(r) for r in refs):
            reports[i] = _report(i, by_index, VERBATIM, refs, reason="doubtful-split", diags=(_diag(
                "fix.doubtful-split", f"read as {len(parts)} glued references, but not each has a title and an "
                "author or a container; kept verbatim"),))
        elif lost := _guard(run, by_index[i].entry.text, parts, refs, omitted, i):  # type: ignore[arg-type,union-attr]
            reports[i] = _report(i, by_index, VERBATIM, refs, reason="content-lost",
                                 diags=(_lost_diag(lost, parts),))  # type: ignore[arg-type]
        else:
            pending[i] = parts  # type: ignore[assignment]
    accepted: dict[int, list[str]] = {}
    checked = dict(pending)  # texts lost_content has passed
    sources = {i: list(final[i][0]) for i in pending}
    if fixpoints is not None and pending:
        # The settle round would do with each text what the earlier run did with it: parse, enrich
        # and render it back to itself. (Its references are that run's to remember, not recorded again.)
        known = fixpoints([t for parts in pending.values() for t in parts])
        for i in [i for i, parts in pending.items() if all(t in known for t in parts)]:
            accepted[i] = pending.pop(i)
            del sources[i]
    for _ in range(_ROUNDS):
        if not pending:
            break
        pending = _settle_round(run, pending, final, accepted, sources)
    for i in pending:
        reports[i] = _report(i, by_index, VERBATIM, final[i][0], reason="unstable", diags=(
            _diag("fix.unstable", "the rendered text does not parse back to the same reference; kept verbatim"),))
    for i, parts in accepted.items():
        original = by_index[i].entry.text  # type: ignore[union-attr]
        if len(parts) == 1 and _same(parts[0], original):
            reports[i] = _report(i, by_index, UNCHANGED, final[i][0])
        elif parts != checked[i] and (lost := _guard(run, original, parts, final[i][0], omitted, i)):  # a second-round text
            reports[i] = _report(i, by_index, VERBATIM, final[i][0], reason="content-lost",
                                 diags=(_lost_diag(lost, parts),))
        elif parts != checked[i] and (drift := _drifted(final[i][0], sources.get(i, ()))):
            reports[i] = _report(i, by_index, VERBATIM, final[i][0], reason="unstable", diags=(_diag(
                "fix.unstable", f"the rendered text parses back as another reference ({drift}); kept verbatim"),))
        else:
            reports[i] = _report(i, by_index, FIXED, final[i][0], after=parts,
                                 diags=(omitted[i],) if i in omitted else ())
    fixed = {i: accepted[i] for i in accepted if reports[i].status == FIXED}
    if settled is not None:
        settled.update((i, sources[i]) for i in fixed if i in sources)
    return fixed


# What a reference is: a settled text that reads back without one of these, or as another type, cites something else.
_IDENTITY = ("title", "container-title", "volume", "issue", "page", "number", "DOI", "ISBN", "edition", "volume-title")


def _drifted(before: Sequence[Reference], after: Sequence[Reference]) -> str:
    """Why a text settled in a later round no longer cites what the entry did ("" when it does).

    The settle round accepts a text that renders back to itself; when the first rendering did not read back, the
    text it settles on is the rendering of what it *was* read as: "Titel: Bd. 3. Band" read as a chapter in "3.
    Band" settles on "Titel: Bd. In 3. Band", a fixpoint that lost the volume."""
    if len(before) != len(after):
        return "another number of references"
    for a, b in zip(before, after, strict=True):
        if a.get("type") != b.get("type"):
            return f"{a.get('type')} read back as {b.get('type')}"
        if gone := [f for f in _IDENTITY if a.get(f) and not b.get(f)]:
            return "without its " + ", ".join(gone)
        # (a field it never had is a misreading too: "Geneva: World Health Organization" rendered by APA as
        # "… World Health Organization." read back as a container, settled on "In World Health Organization.")
        if gained := [f for f in _IDENTITY if b.get(f) and not a.get(f)]:
            return "with a " + ", ".join(gained) + " it did not have"
        # (a name that lost words is another name: "Kungl. Vitterhets … Akademien" printed by APA, read back without
        # "Kungl.", settled on "Vitterhets … Akademien"; the content guard's allowance let the one word go)
        # (a journal's name is the style's to abbreviate: `container_lost` judges it)
        x, y = a.get("publisher"), b.get("publisher")
        if isinstance(x, str) and isinstance(y, str) and x != y \
                and {w.casefold() for w in _LETTERS.findall(y)} < {w.casefold() for w in _LETTERS.findall(x)}:
            return "with its publisher shortened"
    return ""


def _stands_alone(ref: Reference) -> bool:
    """Whether a part of a split entry looks like a reference of its own, not a torn-off tail."""
    return bool(ref.get("title")) and bool(ref.get("author") or ref.get("editor") or ref.get("container-title"))


_LETTERS = re.compile(r"[^\W\d_]+")


def container_lost(original: str, after: str, refs: Sequence[Reference]) -> list[str]:
    """Words of a journal's name, as the entry wrote it, that its rewrite no longer shows.

    A style may abbreviate a journal ("Journal of Coastal Research" -> "J Coast Res"): each word is
    then kept or shortened to a word of the rewrite, and only small lower-case words ("of", "for")
    go. A journal the abbreviation lists know by that full title is trusted to their abbreviation
    ("British Medical Journal" -> "BMJ"). Anything else dropped changes the journal cited: "Ann For
    Sci" (Annals of Forest Science) printed "Ann Sci", "IEEE Trans. Circuits Syst. I" printed "IEEE
    Trans I". `lost_content` lets a few short words go, which is how these slipped through.
    """
    from refnorm.rendering.journals import (
        JOURNAL_TYPES,
        LEADING_ARTICLES,
        STOPWORDS,
        abbreviate,
        full_title,
        normalize_title,
    )

    source = {_fold(w) for w in _LETTERS.findall(original)}
    shown = {_fold(w) for w in _LETTERS.findall(after)}
    lost: list[str] = []
    for ref in refs:
        title = ref.get("container-title")
        if not isinstance(title, str) or not title.strip() or ref.get("type") not in JOURNAL_TYPES:
            continue  # (only journals are abbreviated)
        known = full_title(title)
        if known is not None and normalize_title(known) == normalize_title(title):
            continue  # a full title the lists abbreviate their own way
        # the abbreviation the style prints, if it does: a title word must be one of its words or
        # shortened to one (any word of the whole rewrite would do too easily: "F", an initial,
        # "abbreviates" "For")
        abbreviation = abbreviate(title) or ""
        short = [_fold(w) for w in _LETTERS.findall(abbreviation)]
        printed = short if short and all(w in shown for w in short) else []
        words = [_fold(w) for w in _LETTERS.findall(title)]
        if [a for a in printed if a not in words and not any(_abbreviates(a, w) for w in words)]:
            # a word the title does not have: another journal's name ("Santé Publique" printed as
            # the Bucharest "Sante Publique (Bucur)")
            lost.append(f"{title} (printed {abbreviation})")
            continue
        elided = {_fold(m) for m in re.findall(r"\b([^\W\d_])['’]", title)}  # "l'", "d'"
        for n, word in enumerate(_LETTERS.findall(title)):
            w = _fold(word)
            # ISO 4 drops articles, prepositions and conjunctions: lower-case small words, a leading
            # article ("La Chimica e l'Industria" -> "Chim Industria"), an elided one
            droppable = ((word.islower() and (w in STOPWORDS or len(w) <= 3))
                         or (n == 0 and w in LEADING_ARTICLES) or (len(w) == 1 and w in elided))
            kept = (w in printed or any(_abbreviates(a, w) for a in printed)) if printed else w in shown
            if w not in source or droppable or kept:
                continue
            if word not in lost:
                lost.append(word)
    return lost


def _fold(word: str) -> str:
    """Case and accents aside ("Ciência" and "Cienc", "Üniversitesi" and "Univ" compare)."""
    if word.isascii():  # (no accent to take off: most words, and the decomposition is most of the cost)
        return word.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


_SPLIT_LABEL = re.compile(r"\s*(?:\[\s*\d{1,6}\s*\]|\(\s*\d{1,6}\s*\)|\d{1,6}\s*[.)](?![\d.]))\s*")


def _guard(run: _Run, original: str, parts: Sequence[str], refs: Sequence[Reference],
           omitted: dict[int, Diagnostic], index: int) -> list[str]:
    """`lost_content` of a rewrite, less what the style leaves out by design (`style_omits`), which
    is noted in ``omitted[index]`` when the rewrite passes only thanks to it; and `container_lost`."""
    omitted.pop(index, None)
    if refs and (pasted := {src for r in refs for src in r.provenance.values()}) in ({"bibtex"}, {"ris"}):
        # a pasted BibTeX entry or RIS record: its values are the content, not its syntax (the readers, and
        # bibtexparser with them, load only then: not on every start of the CLI and the hook)
        reader = importlib.import_module(f"refnorm.io.{pasted.pop()}")
        original = reader.entry_words(original)
    if len(parts) > 1:
        # the glued entries' own labels ("1. García L. ... 45-60. 2) Fernández P. ..."): the list's
        # numbering, written back as labels, not content of the rewrite
        for ref in refs:
            if ref.raw and (m := _SPLIT_LABEL.match(ref.raw)):
                original = original.replace(ref.raw, ref.raw[m.end():], 1)
    if journal := container_lost(original, " ".join(parts), refs):
        return journal
    names = _family_words(refs)
    lost = lost_content(original, " ".join(parts), required=names)
    if not lost:
        return lost
    excused = style_omits(lost, refs, lambda ref: run.render([ref])[0])
    if not excused or (lost := lost_content(original, " ".join(parts), excused, required=names)):
        return lost
    by_field: dict[str, list[str]] = {}
    for word, name in sorted(excused.items()):
        by_field.setdefault(name, []).append(repr(word))
    omitted[index] = _diag("fix.style-omits", "the style does not print " + "; ".join(
        f"{name} {', '.join(words)}" for name, words in by_field.items()) + " (the record keeps them)",
        Severity.INFO, omitted=dict(sorted(excused.items())))
    return []


def _family_words(refs: Sequence[Reference]) -> set[str]:
    """The words (case-folded, as `lost_content` counts them) of the family and literal names of
    every creator of ``refs``."""
    out: set[str] = set()
    for ref in refs:
        for name in CSL_NAME_FIELDS:
            for person in ref.csl.get(name) or ():
                if isinstance(person, dict):
                    for part in ("family", "literal"):
                        if isinstance(words := person.get(part), str):
                            out.update(w.casefold() for w in _WORD.findall(words))
    return out


def _lost_diag(lost: Sequence[str], parts: Sequence[str]) -> Diagnostic:
    return _diag("fix.content-lost", "the rewrite would drop " + ", ".join(repr(x) for x in lost[:8])
                 + "; kept verbatim", lost=list(lost), rewrite=list(parts))


def _report(index: int, items: Mapping[int, Item], status: str, refs: Sequence[Reference], *,
            reason: str | None = None, after: Sequence[str] = (), diags: Sequence[Diagnostic] = ()) -> ItemReport:
    it = items[index]
    return ItemReport(index=index, kind=it.kind, line=it.line, status=status, before=it.raw, after=tuple(after),
                      references=tuple(refs), diagnostics=tuple(diags), label=it.label, key=it.key, reason=reason)


# Whether the settle round reuses the text of a reference it already rendered (bench/fix.py times
# both ways in one process).
REUSE_RENDERINGS = True


def _render_key(ref: Reference) -> tuple[str, str, str]:
    """What a rendering depends on: the record, the name lists that ended in "et al." (the renderer
    prints the mark), and the epub phrase carried after it."""
    m = _EPUB_PHRASE.search(ref.raw or "") if "pub" in (ref.raw or "").lower() else None
    # serialised as it stands: `to_csl` would deep-copy a record that json.dumps only reads
    csl = ref.csl if isinstance(ref.csl, dict) else dict(ref.csl)
    truncated = ",".join(sorted(d.field or "author" for d in ref.diagnostics if d.code == "names.truncated"))
    return (json.dumps(csl, sort_keys=True, ensure_ascii=False, default=repr), truncated,
            m.group(0) if m else "")


def _settle_round(run: _Run, pending: dict[int, list[str]],
                  final: dict[int, tuple[list[Reference], list[str | None]]],
                  accepted: dict[int, list[str]],
                  sources: dict[int, list[Reference]] | None = None) -> dict[int, list[str]]:
    """Parse, enrich and render the pending texts once more; accept those that come back identical.

    This is what the next run will do with each text, so an accepted text is a fixpoint.
    ``sources`` holds the references each pending text was rendered from; it is updated to those
    the texts parsed and enriched back to. A reference that parses and enriches back to the record
    a text was rendered from renders to that text (`_render_key`), so it is not rendered again: the
    renderer is the costliest stage, and most rewrites read back to the same record. (Comparing the
    parsed records before enrichment would save the enrichment too, but is not exact: enrichment
    also reads the reference's raw text, which the rewrite changed.)"""
    again: dict[int, list[Reference]] = {}
    still: dict[int, list[str]] = {}
    for i, parts in pending.items():
        refs: list[Reference] = []
        for p in parts:
            try:
                got = run.parse_text(p)
            except Exception:
                got = []
            if len(got) != 1 or not run.confident(got):
                break
            refs.append(got[0])
        else:
            again[i] = refs
            continue
        still[i] = parts  # cannot even be parsed back: leave it pending, it will end verbatim
    order = list(again)
    flat = run.enrich([r for i in order for r in again[i]])
    known: dict[tuple[str, str], str] = {}
    if REUSE_RENDERINGS and sources:
        for i in order:
            for ref, text in zip(sources.get(i, ()), pending[i], strict=False):
                known[run.render_key(ref)] = text
    keys = [run.render_key(r) for r in flat] if known else []
    todo = [k for k, r in enumerate(flat) if not known or keys[k] not in known]
    rendered = run.render([flat[k] for k in todo])
    texts: list[str | None] = [known[keys[k]] if known and keys[k] in known else None for k in range(len(flat))]
    for k, t in zip(todo, rendered, strict=True):
        texts[k] = t
    pos = 0
    for i in order:
        n = len(again[i])
        new = texts[pos:pos + n]
        if sources is not None:
            sources[i] = flat[pos:pos + n]
        pos += n
        if all(t is not None for t in new) and all(_same(a, b) for a, b in zip(new, pending[i], strict=True)):  # type: ignore[arg-type]
            accepted[i] = pending[i]
            final[i] = (final[i][0], list(pending[i]))
        elif all(t is not None for t in new):
            # the references reported stay those read from the user's text: their provenance says
            # where each value came from (a DOI found by Crossref in the first round stays "crossref")
            still[i] = new  # type: ignore[assignment]
            final[i] = (final[i][0], list(new))
        else:
            still[i] = pending[i]
    return still


def _with_markup(run: _Run, edits: dict[int, list[Any]], reports: Mapping[int, ItemReport],
                 markup: str) -> dict[int, list[Any]]:
    """The accepted entries rendered again with formatting (italics...) for adapters that keep it.

    The plain-text rendering decided and checked the rewrite; this one only adds the formatting.
    An entry whose formatted rendering fails, or differs in its text, is written as escaped text.
    """
    order = list(edits)
    flat = [r for i in order for r in reports[i].references]
    marked = run.render(flat, fmt=markup)
    out, pos = {}, 0
    for i in order:
        n = len(reports[i].references)
        parts = marked[pos:pos + n]
        pos += n
        plain = edits[i]
        ok = len(parts) == len(plain) and all(
            p is not None and _same(_TAG.sub("", html.unescape(p)), t) for p, t in zip(parts, plain, strict=True))
        out[i] = parts if ok else [html.escape(t, quote=False) for t in plain]
    return out


_TAG = re.compile(r"<[^>]+>")


def _keep_keys(before: Reference, after: Reference) -> Reference:
    """``after`` with every non-empty field of the user's record that normalising dropped put back.

    A record file is the user's data, not a rendering: normalising may tidy a value but not delete
    one (the identifiers step drops a URL that is the DOI's resolver link, which a record file's
    reader, pandoc for one, may print or link as it is).
    """
    lost = {k: v for k, v in before.csl.items() if k not in after.csl and v not in (None, "", [], {})}
    return after.evolve(lost, source="input") if lost else after


def _fix_records(run: _Run, items: list[tuple[int, Item]], reports: dict[int, ItemReport],
                 text: str) -> dict[int, list[Any]]:
    refs = [Reference.from_csl(it.record or {}, source="input") for _, it in items]
    current = refs
    edits: dict[int, list[Any]] = {}
    for _ in range(_ROUNDS):
        normalized = list(run.stages.normalize(current, lang=run.lang)) if current else []  # type: ignore[misc]
        if len(normalized) != len(current):
            raise RuntimeError(f"normalize returned {len(normalized)} references for {len(current)}")
        enriched = run.enrich(normalized)
        if all(a.to_csl() == b.to_csl() for a, b in zip(enriched, current, strict=True)):
            break
        current = enriched
    stable = enriched
    for (i, it), before, after, settled in zip(items, refs, current, stable, strict=True):
        after, settled = _keep_keys(before, after), _keep_keys(before, settled)
        line = text.count("\n", 0, it.span.start) + 1
        base = {"index": i, "kind": "record", "line": line, "before": _record_text(it), "key": it.key}
        if after.to_csl() != settled.to_csl():
            reports[i] = ItemReport(**base, status=VERBATIM, reason="unstable", references=(after,), diagnostics=(
                _diag("fix.unstable", "normalising this record again changes it again; kept as it was"),))
        elif after.to_csl() == before.to_csl():
            reports[i] = ItemReport(**base, status=UNCHANGED, references=(after,))
        else:
            changes = {k: {"before": before.get(k), "after": after.get(k), "source": after.provenance.get(k)}
                       for k in sorted(set(before.csl) | set(after.csl)) if before.get(k) != after.get(k)}
            reports[i] = ItemReport(**base, status=FIXED, references=(after,), changes=changes)
            edits[i] = [after.to_csl()]
    return edits


# What a document must hold for fix to find references in it (said when it finds none).
_WHERE_REFERENCES_ARE = {
    "markdown": "no reference section (a heading such as 'References', 'Bibliography', 'Literatur', "
                "'Références') and no front-matter 'references'",
    "latex": "no thebibliography environment with \\bibitem entries (a .bib file is fixed on its own)",
}


# Edits tried one by one when a rewrite does not read back as the entries it wrote: each costs a
# split of the whole text, so a long list that fails this way is left unchanged instead.
_MAX_EDITS_TRIED = 60


def _readable_edits(adapter: Any, doc: Document, edits: Mapping[int, list[Any]], markup: str,
                    split: Callable[[str], list[Entry]] | None) -> dict[int, list[Any]] | None:
    """The edits that still read back as the items they write, once those that do not are left out
    (None when none can be kept, or there are too many to try). The splitter reads a list as a whole: a split entry's new labels
    ("3b.") or a rewritten neighbour can make it cut another entry differently.

    First without the split entries (the usual cause); then, for a short list of edits, adding them
    one at a time and keeping each that leaves the count right."""
    def count_ok(chosen: Mapping[int, list[Any]]) -> bool:
        want = len(doc.items) + sum(len(p) - 1 for i, p in chosen.items() if doc.items[i].kind == "entry")
        out = adapter.write(doc.with_edits(chosen, markup=markup)) if chosen else doc.text
        return len(_read(adapter, out, split).items) == want

    unsplit = {i: p for i, p in edits.items() if doc.items[i].kind != "entry" or len(p) == 1}
    if len(unsplit) < len(edits) and count_ok(unsplit):
        return unsplit
    if len(edits) > _MAX_EDITS_TRIED:
        return None
    chosen: dict[int, list[Any]] = {}
    for i, parts in edits.items():
        if count_ok({**chosen, i: parts}):
            chosen[i] = parts
    return chosen or None  # (none kept: the file is left as it was, with the count-mismatch error)


def _record_text(item: Item) -> str:
    return json.dumps(dict(item.record or {}), ensure_ascii=False, sort_keys=True)


def _read(adapter: Any, text: str, split: Callable[[str], list[Entry]] | None) -> Document:
    try:
        return adapter.read(text, split=split)
    except TypeError as e:
        if "split" not in str(e):
            raise
        return adapter.read(text)


# ------------------------------------------------------------------------- known-clean texts
# Like black's cache: a text that `fix` left unchanged, offline, with the same code, data,
# settings and Crossref cache, is recorded by its hash, so that the pre-commit hook on a clean file costs a hash.
# Offline only (online, Crossref may know more tomorrow); default stages only.
@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """Changes whenever refnorm's code, model or data files change (sizes and mtimes)."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.suffix in (".pyc",) or "__pycache__" in p.parts or not p.is_file():
            continue
        st = p.stat()
        h.update(f"{p.relative_to(root)}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def _clean_key(text: str, fmt: str, settings: Settings, crossref_state: str) -> str:
    parts = [_code_fingerprint(), crossref_state, fmt, settings.style, settings.locale, settings.lang,
             settings.min_confidence, settings.policy, settings.enrich, settings.crossref_url]
    return hashlib.sha256((json.dumps(parts) + "\x00" + text).encode("utf-8", "surrogatepass")).hexdigest()


class _CleanTexts:
    """The hashes of known-clean texts, in SQLite beside the Crossref cache. Failures are misses."""

    def __init__(self, cache_dir: str | None) -> None:
        self.path: Path | None = None
        try:
            if cache_dir:
                base = Path(cache_dir)
            else:
                from refnorm.enrichment.cache import default_cache_dir

                base = default_cache_dir()
            self.path = base / "fix-clean.sqlite3"
        except Exception:  # no cache directory: no cache
            self.path = None

    def _connect(self) -> sqlite3.Connection:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=2.0)
        # clean: known-clean texts -> counts; entries: one entry's verdict (numeric styles only)
        con.execute("CREATE TABLE IF NOT EXISTS clean (key TEXT PRIMARY KEY, counts TEXT, at REAL)")
        con.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, counts TEXT, at REAL)")
        return con

    def crossref_state(self) -> str:
        """The Crossref cache's files and mtimes: what it knows offline decides what fix can do."""
        if self.path is None or not self.path.parent.is_dir():
            return ""
        return ";".join(f"{p.name}:{p.stat().st_mtime_ns}" for p in sorted(self.path.parent.iterdir())
                        if p.is_file() and not p.name.startswith(self.path.name))

    def get(self, key: str, table: str = "clean") -> Any:
        return self.get_many([key], table).get(key)

    def get_many(self, keys: Sequence[str], table: str = "clean") -> dict[str, Any]:
        assert table in ("clean", "entries")
        if self.path is None or not self.path.exists() or not keys:
            return {}
        out: dict[str, Any] = {}
        try:
            with contextlib.closing(self._connect()) as con:
                for n in range(0, len(keys), 500):
                    chunk = list(keys[n:n + 500])
                    rows = con.execute(f"SELECT key, counts FROM {table} WHERE key IN "
                                       f"({','.join('?' * len(chunk))})", chunk)
                    out.update((k, json.loads(v)) for k, v in rows)
        except (sqlite3.Error, OSError, ValueError):
            return {}
        return out

    def put(self, key: str, value: Any, table: str = "clean") -> None:
        self.put_many({key: value}, table)

    def put_many(self, values: Mapping[str, Any], table: str = "clean") -> None:
        assert table in ("clean", "entries")
        if self.path is None or not values:
            return
        try:
            with contextlib.closing(self._connect()) as con, con:
                now = time.time()
                con.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)",
                                [(k, json.dumps(v), now) for k, v in values.items()])
        except (sqlite3.Error, OSError):
            pass


def _style_traits(style: str) -> tuple[bool, bool]:
    """Whether the style numbers its entries, and whether it replaces a repeated author with a dash.
    (False, False) for a style that does not resolve: the renderer reports that, with its own message."""
    try:
        from refnorm.rendering.styles import resolve_style

        resolved = resolve_style(style)
    except Exception:
        return False, False
    return bool(resolved.numeric), bool(resolved.author_substitute)


def _check_style_and_locale(settings: Settings) -> None:
    """Raise the renderer's StyleNotFoundError / LocaleNotFoundError now: a typo in ``--style``
    must not pass unnoticed on a file with nothing to render (a list of notes, an empty section)."""
    from refnorm.rendering.styles import resolve_style

    resolve_style(settings.style)
    if settings.locale != "auto":
        from refnorm.rendering.patches.locales import resolve_locale

        resolve_locale(settings.locale)


def _numeric_style(style: str) -> bool:
    """Whether the style numbers its entries: then each renders on its own (no 2020a/2020b), and an
    entry's verdict can be remembered apart from its neighbours."""
    return _style_traits(style)[0]


def _renders_alone(style: str) -> bool:
    """Whether an entry's rendering depends on nothing but its record: a numbered style that does
    not replace a repeated author with a dash."""
    numeric, author_dash = _style_traits(style)
    return numeric and not author_dash


# A fix allocates a great many short-lived containers (tokens, feature lists, records, renderer nodes) and makes
# few reference cycles. At CPython's default thresholds (700, 10, 10) the collector ran thousands of times in a
# long fix, and its full collections walked every live object: 8.6% of the CPU of a 10,000-entry first fix
# (bench/fix.py, 1.86 of 21.7 s). For the length of a fix it collects less often, as mypy does for its run;
# the thresholds are put back after. ``None``: the interpreter's own (bench/fix.py times both in one process).
GC_THRESHOLDS: tuple[int, int, int] | None = (50_000, 20, 20)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    was = gc.get_threshold()
    if GC_THRESHOLDS is not None:
        gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*was)


def fix_text(
    text: str,
    *,
    format: str | None = None,
    path: str | os.PathLike[str] | None = None,
    style: str | None = None,
    locale: str | None = None,
    offline: bool | None = None,
    mailto: str | None = None,
    crossref_url: str | None = None,
    cache_dir: str | None = None,
    policy: str | None = None,
    lang: str | None = None,
    min_confidence: float | None = None,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    cache: bool = True,
) -> FixResult:
    """Fix the references in ``text`` and return the new text with a report.

    ``format`` forces an adapter (``text``, ``markdown``, ``latex``, ``bibtex``, ``csl-json``,
    ``csl-yaml``); otherwise ``path``'s extension decides, plain text by default. Keyword options
    override ``settings`` (default: `Settings()`, not the config file; the CLI and `fix_file`
    load that). ``offline=False`` goes online and needs ``mailto``. With ``cache`` (and offline,
    default stages), a text known to be clean is recognised by its hash and returned at once,
    with counts but no per-item report.

    With ``locale="auto"`` the locale is guessed from the text; when the fixed text would be
    guessed to be in another one, it is rendered in that one if the result is then stable, so
    that a second `fix` changes nothing.
    """
    if not isinstance(text, str):
        raise TypeError(f"fix_text() needs the text as a str, not {type(text).__name__}")
    base = settings or Settings()
    settings = base.merged({
        "style": style, "locale": locale, "mailto": mailto, "crossref_url": crossref_url, "cache_dir": cache_dir,
        "policy": policy, "lang": lang, "min_confidence": min_confidence,
        "online": None if offline is None else not offline,
    })
    if settings.online and not settings.mailto:
        settings = base.merged({"online": True})  # re-validate: raises the ConfigError with its advice
    options: dict[str, Any] = dict(format=format, path=path, pipeline=pipeline, progress=progress, cache=cache)
    with _fewer_collections():
        return _fix_in_locale(text, settings, options)


def _fix_in_locale(text: str, settings: Settings, options: dict[str, Any]) -> FixResult:
    """`fix_text` in the settings' locale, or with ``locale="auto"`` in the one the fixed text reads as."""
    result = _fix_once(text, settings, **options)
    if settings.locale != "auto" or not result.changed:
        return result
    # With the locale guessed from the list, the fixed list may read as another language than the
    # list did (a German "Aufl." the style drops tipped it): the next run would render it in that
    # locale and change it again. Then render it in the locale the fixed list reads as, if that one
    # is stable; else keep the first result (and its locale).
    after = guess_locale([result.text])
    if after == result.settings.locale:
        return result
    retry = _fix_once(text, settings.merged({"locale": after, "lang": settings.lang or after.split("-")[0]}), **options)
    return retry if guess_locale([retry.text]) == after else result


def _fix_once(
    text: str,
    settings: Settings,
    *,
    format: str | None,
    path: str | os.PathLike[str] | None,
    pipeline: Pipeline | None,
    progress: Progress | None,
    cache: bool,
) -> FixResult:
    """One pass of `fix_text` with its options merged into ``settings`` (with ``locale="auto"``, in the locale the
    text is guessed to be in)."""
    name = format_for(path, format)
    adapter = adapter_for(format=name)
    clean = _CleanTexts(settings.cache_dir) if cache and pipeline is None and settings.offline else None
    key = _clean_key(text, name, settings, clean.crossref_state()) if clean else ""
    if clean and (counts := clean.get(key)) is not None:
        return FixResult(original=text, text=text, format=name, items=(), settings=settings, cached=counts,
                         path=None if path is None else os.fspath(path))
    stages = (pipeline or Pipeline()).resolved()
    try:
        doc = _read(adapter, text, stages.split)
    except InputError as e:
        if e.path is not None or path is None:
            raise
        raise InputError(e.problem, path=os.fspath(path), line=e.line, offset=e.offset) from e

    entries = [(i, it) for i, it in enumerate(doc.items) if it.kind == "entry"]
    records = [(i, it) for i, it in enumerate(doc.items) if it.kind == "record"]
    if _is_default(stages.render):  # (a renderer of one's own may know styles refnorm does not)
        _check_style_and_locale(settings)
    locale_ = settings.locale
    if locale_ == "auto":
        locale_ = guess_locale([text])
    run = _Run(stages, settings, locale_, settings.lang or (locale_.split("-")[0] if settings.locale == "auto"
                                                           and entries else None),
               memo=_Memo(render_alone=_renders_alone(settings.style)) if MEMO else None)
    for line, message, *code in doc.meta.get("warnings", ()):  # (line, message[, code]) from the adapter
        run.diagnostics.append(_diag(code[0] if code else f"{name}.unparsed", f"line {line}: {message}", line=line))
    seen: dict[str, list[int]] = {}
    for it in doc.items:
        if it.kind == "record" and it.key:
            seen.setdefault(it.key, []).append(text.count("\n", 0, it.span.start) + 1)
    for key, lines in seen.items():
        if len(lines) > 1:  # (pandoc cites by id: a citation of it names either record)
            run.diagnostics.append(_diag("fix.duplicate-id", f"id {key!r} is used by {len(lines)} records (lines "
                                         f"{', '.join(map(str, lines))}): a citation of it is ambiguous",
                                         line=lines[1]))
    if not doc.items and name in _WHERE_REFERENCES_ARE:
        run.diagnostics.append(_diag("fix.no-references", f"nothing to fix: {_WHERE_REFERENCES_ARE[name]}",
                                     Severity.INFO))
    reports: dict[int, ItemReport] = {}
    edits: dict[int, list[Any]] = {}
    if entries:
        verdicts = None
        if clean is not None and _numeric_style(settings.style):
            state = clean.crossref_state()
            verdicts = (clean, lambda t: _clean_key(t, f"{name}:entry:{locale_}", settings, state))
        edits.update(_fix_entries(run, entries, reports, progress, len(doc.items), verdicts))
    markup = getattr(adapter, "MARKUP", "text")
    if edits and markup != "text":
        edits = _with_markup(run, edits, reports, markup)
    if records:
        record_edits = _fix_records(run, records, reports, text)
        # BibTeX writes back identifiers and numbers only: a record whose changes are all elsewhere
        # (an access date read out of a note) changes nothing in the file, and is not "fixed"
        for i in list(record_edits):
            if adapter.write(doc.with_edits({i: record_edits[i]}, markup=markup)) == text:
                del record_edits[i]
                r = reports[i]
                reports[i] = dataclasses.replace(r, status=UNCHANGED, diagnostics=(*r.diagnostics, _diag(
                    "fix.not-written", f"normalised {', '.join(sorted(r.changes or ()))}, which this file format "
                    "is not rewritten for; the file keeps its values", Severity.INFO)))
        edits.update(record_edits)
    out = adapter.write(doc.with_edits(edits, markup=markup)) if edits else text

    if edits:  # the safety net: nothing lost, nothing invented
        expected = len(doc.items) + sum(len(p) - 1 for i, p in edits.items() if doc.items[i].kind == "entry")
        found = len(_read(adapter, out, stages.split).items)
        if found != expected:
            kept = _readable_edits(adapter, doc, edits, markup, stages.split)
            if kept is not None:
                for i in set(edits) - set(kept):
                    reports[i] = dataclasses.replace(
                        reports[i], status=VERBATIM, after=(), changes=None, reason="reads-differently",
                        diagnostics=(*reports[i].diagnostics, _diag(
                            "fix.reads-differently", "rewritten, the list would not read back as the same entries "
                            "(a split entry's new labels, or a neighbour's, are read otherwise); kept verbatim")))
                edits = kept
                out = adapter.write(doc.with_edits(edits, markup=markup)) if edits else text
                expected = len(doc.items) + sum(len(p) - 1 for i, p in edits.items() if doc.items[i].kind == "entry")
                found = len(_read(adapter, out, stages.split).items)
        if found != expected:
            run.diagnostics.append(_diag(
                "fix.count-mismatch", f"the fixed text reads back as {found} items instead of {expected}; "
                "the file was left unchanged (please report this)", Severity.ERROR, expected=expected, found=found))
            out = text
            for i in edits:
                r = reports[i]
                reports[i] = dataclasses.replace(r, status=VERBATIM, after=(), changes=None, reason="count-mismatch")
    shown_settings = settings if settings.locale != "auto" else settings.merged({"locale": locale_})
    result = FixResult(original=text, text=out, format=name, items=tuple(reports[i] for i in sorted(reports)),
                       path=None if path is None else os.fspath(path), diagnostics=tuple(run.diagnostics),
                       settings=shown_settings)
    if clean and not result.changed and not run.diagnostics:
        clean.put(key, result.counts())
    return result


def fix_file(
    path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    settings: Settings | None = None,
    **options: Any,
) -> FixResult:
    """Fix a file in place (atomically; untouched when nothing changed or ``dry_run``).

    Settings come from the config file found from the file's directory, ``REFNORM_*`` variables,
    then ``options`` (the keywords of `fix_text`).
    """
    from refnorm.io.files import read_text

    if settings is None:
        settings = load_settings(start=os.path.dirname(os.path.abspath(path)))
    text = read_text(path)
    result = fix_text(text, path=path, settings=settings, **options)
    if result.changed and not dry_run:
        write_in_place(path, result.text)
    return result


def write_in_place(path: str | os.PathLike[str], text: str) -> None:
    """Replace a file atomically with ``text``, keeping the UTF-8 byte-order mark it started with.

    (Reading drops the mark; writing it back keeps Windows editors' files from a spurious change.)
    """
    from refnorm.io.files import write_atomic

    try:
        with open(path, "rb") as f:
            head = f.read(3)
    except OSError:
        head = b""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("a UTF-16 file is read but not rewritten (that would change its encoding); "
                         "save it as UTF-8, or use -o to write the result elsewhere", path=os.fspath(path))
    bom = head == b"\xef\xbb\xbf"
    write_atomic(path, ("\ufeff" + text) if bom and not text.startswith("\ufeff") else text)
