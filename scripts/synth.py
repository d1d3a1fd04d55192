#!/usr/bin/env python3
"""Synthetic multilingual reference strings with character-level field labels.

CSL-JSON records (the vendored Crossref-derived items of ``training/records/items.json`` plus records generated
from the per-language vocabularies of ``training/records/vocabulary.yaml``) are rendered through citeproc-py in
many CSL styles and locales.  Which field produced each character is recovered by patching citeproc-py so that
every variable's rendered value is wrapped in private-use sentinels (U+E000, a field code, ..., U+E002); the
sentinels are stripped afterwards and become spans.  A few national conventions the CSL styles here do not cover
(GB/T 7714, GOST, ABNT, German social-science) come from small templates.  Realistic damage is then applied
(NBSP, line breaks, lost spaces, ligatures, numbering, "[Internet]", epub dates, truncated author lists, glued
references) and 3-5% non-reference lines are mixed in.

Writes ``training/synthetic/synthetic.jsonl`` and re-assembles ``training/train.jsonl``/``dev.jsonl`` through
``scripts/build_corpora.py``.  Deterministic for a given ``--seed``.

    nice python scripts/synth.py [--rows 20000] [--seed 20261125] [--no-assemble]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex as re
import yaml
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter, model
from citeproc.source.json import CiteProcJSON
from citeproc.string import String

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_corpora  # (shares the span conventions and the train/dev assembly)

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "training" / "records"
STYLES_DIR = ROOT / "styles"
OUT = ROOT / "training" / "synthetic" / "synthetic.jsonl"
DEFAULT_SEED = 20261125

# styles rendered through citeproc-py; name -> is it numeric (a citation number opens each entry)
STYLES = {
    "nlm-citation-sequence": True, "apa": False, "ieee": True, "chicago-author-date": False,
    "harvard-cite-them-right": False, "nature": True, "modern-language-association": False,
    "american-medical-association": True, "elsevier-harvard": False, "elsevier-vancouver": True,
    "elsevier-with-titles": True, "springer-basic-author-date": False, "springer-vancouver-brackets": True,
    "iso690-author-date-fr": False, "iso690-numeric-fr": True, "iso690-author-date-en": False,
    "the-lancet": True, "bmj": True, "cell": False, "science": True, "pnas": True, "plos": True,
    "american-chemical-society": True, "annual-reviews": True, "frontiers": False,
    "multidisciplinary-digital-publishing-institute": True, "cse-citation-sequence": True,
    "the-new-england-journal-of-medicine": True, "apa-fr-provost": False, "medecine-sciences": True,
    "universite-de-montreal-nlm-fr-ca": True, "nlm-name-year": False, "chicago-notes-bibliography": False,
}
ENGLISH_LOCALES = ["en-US", "en-GB"]
LANGS = ["en", "fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sv", "tr", "ru", "zh", "ja"]

# CSL variable -> label (variables not listed are rendered but left unlabelled)
VARIABLE_LABELS = {
    "author": "author", "composer": "author", "director": "author", "interviewer": "author",
    "container-author": "author", "editor": "editor", "collection-editor": "editor",
    "editorial-director": "editor", "translator": "translator", "etal": "etal",
    "title": "title", "title-short": "title", "container-title": "container-title",
    "container-title-short": "container-title", "collection-title": "collection-title",
    "event-title": "event-title", "event": "event-title", "publisher": "publisher",
    "publisher-place": "publisher-place", "event-place": "publisher-place", "issued": "issued",
    "accessed": "accessed", "original-date": "original-date", "volume": "volume", "issue": "issue",
    "page": "page", "page-first": "page", "number": "number", "collection-number": "volume",
    "edition": "edition", "genre": "genre", "medium": "medium", "DOI": "DOI", "URL": "URL", "ISBN": "ISBN",
    "ISSN": "ISSN", "PMID": "PMID", "PMCID": "PMCID", "note": "note", "citation-number": "citation-number",
    "version": "note", "status": "note", "archive": "publisher", "chapter-number": "number",
}

# ------------------------------------------------------------------------------------------------ citeproc patch
S_OPEN, S_CLOSE = "\ue000", "\ue002"
_CODES: dict[str, str] = {}
_NAMES_BY_CODE: dict[str, str] = {}


def _code(variable: str) -> str:
    if variable not in _CODES:
        _CODES[variable] = chr(0xE100 + len(_CODES))
        _NAMES_BY_CODE[_CODES[variable]] = variable
    return _CODES[variable]


def _wrap(variable: str, text):
    return String(S_OPEN + _code(variable)) + text + String(S_CLOSE)


_patched = False


def _patch_citeproc() -> None:
    """Make citeproc-py wrap each rendered variable value (inside its affixes) in sentinels.

    Done when the first Renderer is made, not on import: the patch is process-wide, and a test that
    imports this module for its templates must not leave every later rendering full of sentinels."""
    global _patched
    if _patched:
        return
    _patched = True
    original_text_markup = model.Text.markup

    def text_markup(self, text, language):
        if text and "variable" in self.attrib:
            inner = self.format(self.case(self.strip_periods(text), language))
            return self.wrap(self.quote(_wrap(self.get("variable"), inner)))
        return original_text_markup(self, text, language)

    def number_markup(self, text):
        if text:
            inner = self.format(self.case(self.strip_periods(text)))
            return self.wrap(_wrap(self.get("variable"), inner))
        return None

    original_name_process = model.Name.process

    def name_process(self, item, variable, context=None, sort_options=None, **kwargs):
        out = original_name_process(self, item, variable, context=context, sort_options=sort_options, **kwargs)
        if out and not isinstance(out, int) and sort_options is None:
            return _wrap(variable, out)
        return out

    original_et_al = model.Name.et_al

    def et_al(self):
        term = original_et_al(self)
        return _wrap("etal", term) if term else term

    def date_process(self, item, variable=None, show_parts=None, context=None, **kwargs):
        # citeproc-py 0.11.1 Date.process with the sentinels placed inside the affixes
        if variable is None:
            variable = self.get("variable")
        if show_parts is None:
            show_parts = ["year", "month", "day"]
        if context is None:
            context = self
        form = self.get("form")
        date_parts = self.get("date-parts")
        if not self.is_locale_date() and form is not None:
            localized_date = self.get_date(form)
            if date_parts is not None:
                show_parts = date_parts.split("-")
            return localized_date.render(item, variable, show_parts=show_parts, context=self)
        date_or_range = item.reference[variable.replace("-", "_")]
        if not date_or_range:
            text = None
        elif isinstance(date_or_range, model.LiteralDate):
            text = date_or_range.text
        elif isinstance(date_or_range, model.DateRange):
            text = self.render_date_range(date_or_range, show_parts, context)
        else:
            text = self.render_single_date(date_or_range, show_parts, context)
        if text is None:
            return None
        style_context = context if self.is_locale_date() else self
        return style_context.wrap(_wrap(variable, text))

    model.Text.markup = text_markup
    model.Number.markup = number_markup
    model.Name.process = name_process
    model.Name.et_al = et_al
    model.Date.process = date_process


class Renderer:
    """Render CSL-JSON items through citeproc-py, one entry at a time, caching parsed styles."""

    def __init__(self) -> None:
        _patch_citeproc()
        self._styles: dict[tuple[str, str], CitationStylesStyle | None] = {}

    def style(self, name: str, locale: str) -> CitationStylesStyle | None:
        key = (name, locale)
        if key not in self._styles:
            try:
                self._styles[key] = CitationStylesStyle(str(STYLES_DIR / f"{name}.csl"), locale=locale,
                                                        validate=False)
            except Exception:  # citeproc-py rejects some style/locale pairs; skip them
                self._styles[key] = None
        return self._styles[key]

    def render(self, items: list[dict], name: str, locale: str) -> list[str | None]:
        """The raw (sentinel-bearing) bibliography entry of each item, None where citeproc-py fails."""
        style = self.style(name, locale)
        if style is None:
            return [None] * len(items)
        out: list[str | None] = []
        for item in items:
            try:
                source = CiteProcJSON([item])
                bibliography = CitationStylesBibliography(style, source, formatter.plain)
                bibliography.register(Citation([CitationItem(item["id"])]))
                entries = [str(entry) for entry in bibliography.bibliography()]
                out.append(entries[0] if entries else None)
            except Exception:  # citeproc-py defects (ranges, odd variables): skip this item in this style
                out.append(None)
        return out


# ------------------------------------------------------------------------------------------------ labelled text


@dataclass
class Doc:
    """Text whose characters each belong to at most one labelled span; edits keep the labels."""

    chars: list[str] = field(default_factory=list)
    owner: list[int | None] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, spans: Iterable[tuple[str, int, int]]) -> Doc:
        doc = cls(list(text), [None] * len(text), [])
        for label, start, end in spans:
            sid = doc.new_label(label)
            for i in range(start, end):
                doc.owner[i] = sid
        return doc

    def new_label(self, label: str) -> int:
        self.labels.append(label)
        return len(self.labels) - 1

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def replace(self, start: int, end: int, new: str, owner: int | str | None = "inherit") -> None:
        """Replace chars[start:end] by ``new``; its owner is inherited from the first replaced char by default."""
        if owner == "inherit":
            owner = self.owner[start] if start < len(self.owner) and start < end else None
        self.chars[start:end] = list(new)
        self.owner[start:end] = [owner] * len(new)

    def insert(self, pos: int, new: str, label: str | None = None) -> None:
        self.replace(pos, pos, new, self.new_label(label) if label else None)

    def spans(self) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        i, n = 0, len(self.owner)
        while i < n:
            sid = self.owner[i]
            j = i
            while j < n and self.owner[j] == sid:
                j += 1
            if sid is not None:
                out.append((self.labels[sid], i, j))
            i = j
        return out

    def span_of(self, label: str) -> tuple[int, int] | None:
        for lab, s, e in self.spans():
            if lab == label:
                return s, e
        return None


def decode(raw: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Strip the sentinels from a rendered entry; return the text and the labelled spans."""
    text: list[str] = []
    stack: list[tuple[str, int]] = []
    found: list[tuple[str, int, int, int]] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == S_OPEN and i + 1 < len(raw):
            stack.append((_NAMES_BY_CODE.get(raw[i + 1], "?"), len(text)))
            i += 2
            continue
        if ch == S_CLOSE:
            if stack:
                variable, start = stack.pop()
                found.append((variable, start, len(text), len(stack)))
            i += 1
            continue
        text.append(ch)
        i += 1
    plain = "".join(text)
    spans: list[tuple[str, int, int]] = []
    for variable, start, end, depth in found:
        label = VARIABLE_LABELS.get(variable)
        if label is None:
            continue
        # an outer span (a name list) stops where an inner one (its "et al.") begins
        inner = [s for v, s, e, d in found if d > depth and start <= s and e <= end and (s, e) != (start, end)]
        if inner:
            end = min(inner)
        if any(d < depth and s <= start and end <= e and VARIABLE_LABELS.get(v) == label
               for v, s, e, d in found):
            continue  # the same field nested in itself: keep the outer one
        spans.append((label, start, end))
    return plain, spans


ETAL_FORMS = ["et al.", "et al", "et coll.", "u. a.", "и др.", "a kol.", "ve ark.", "m.fl.", "i in.", "e.a.",
              "y cols.", "等", "他", "...", "…", "and others", "et alii"]
AVAIL_GAP = re.compile(r"[^\W\d_][\w\s'’.\-]*[^\W\d_]|[^\W\d_]", re.U)
DOI_LINK = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi\.org/)$", re.I)
MEDIUM = re.compile(r"\[(?:Internet|[Oo]nline|[Ee]n\s+ligne|Online-Ausg\.|CD-ROM|DVD|Электронный\s+ресурс|"
                    r"internet|[Ee]n\s+línea|on-line|Onlinequelle|Electronic\s+resource)\]")
EDITION_WORD = re.compile(r"[ \u00a0](?:ed|edn|eds|edition|éd|édition|Aufl|Auflage|Ausg|ed\.ª|edición|edizione|edição|"
                          r"druk|editie|wyd|wydanie|vyd|vydání|uppl|upplagan|baskı|изд|издание)\b\.?|版", re.I)
NOT_AVAILABLE = {"EB/OL", "In", "in", "Epub", "PubMed"}


def _accessed_terms() -> set[str]:
    """The localised CSL "accessed" terms ("consulté le", "zugegriffen", "参照") from citeproc-py's locales."""
    import citeproc

    terms = {"accessed", "cited", "retrieved", "viewed", "consulted", "visited", "consultado", "acesso em"}
    for path in (Path(citeproc.__file__).parent / "data" / "locales").glob("locales-*.xml"):
        for m in re.finditer(r'<term name="accessed"[^>]*>([^<]+)</term>', path.read_text(encoding="utf-8")):
            terms.add(m.group(1).strip().lower())
    # "set" (sv/no) is also the Portuguese September; "cit" is too short to be safe
    return {t for t in terms if len(t) > 3 or not t.isascii()}


def _no_date_terms() -> list[str]:
    """The localised CSL "no date" terms ("n.d.", "s. d.", "o. J.", "без даты") from citeproc-py's locales."""
    import html

    import citeproc

    terms = set()
    for path in (Path(citeproc.__file__).parent / "data" / "locales").glob("locales-*.xml"):
        for m in re.finditer(r'<term name="no date"[^>]*>([^<]+)</term>', path.read_text(encoding="utf-8")):
            terms.add(html.unescape(m.group(1)).strip())
    return sorted((t for t in terms if len(t) >= 3), key=len, reverse=True)


# a "no date" term standing where the date would be: the corpora label "n.d." as the date
NO_DATE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(t.replace("\u00a0", " ")).replace("\\ ", r"\s?")
                                                 for t in _no_date_terms()) + r")(?!\w)", re.I)
ACCESSED_PREFIX = re.compile(
    r"^(?:" + "|".join(sorted((re.escape(t).replace("\\ ", r"\s+") for t in _accessed_terms()), key=len, reverse=True))
    + r")(?:\s+(?:on|le|am|el|em|il|op|dne))?\s*:?\s*(?=\S)", re.I)
ARXIV_NUMBER = re.compile(r"(?:arXiv:)?\d{4}\.\d{4,5}(?:v\d)?")


def tidy(text: str, spans: list[tuple[str, int, int]]) -> tuple[str, list[tuple[str, int, int]]]:
    """Label what the styles print as literal text (media, access words), extend DOI links, trim edges."""
    spans = sorted(spans, key=lambda s: s[1])
    out: list[tuple[str, int, int]] = []
    previous_end = 0
    for label, start, end in spans:
        gap = text[previous_end:start]
        if label == "DOI":
            m = DOI_LINK.search(gap)
            if m:
                start = previous_end + m.start()
        if label == "number" and ARXIV_NUMBER.fullmatch(text[start:end]):
            label = "arXiv"
        if label in {"issued", "accessed", "original-date"}:
            m = ACCESSED_PREFIX.match(text[start:end])
            if m and re.search(r"\d", text[start + m.end():end]):
                out.append(("available", start, start + len(m.group(0).rstrip(" :"))))
                start += m.end()
                label = "accessed" if label == "issued" else label
        if label in {"URL", "accessed"} and len(gap) < 45 and not re.search(r"\d", gap):
            media = list(MEDIUM.finditer(gap))
            offset = media[-1].end() if media else 0
            words = [m for m in AVAIL_GAP.finditer(gap, offset)
                     if len(re.sub(r"\W", "", m.group(0))) >= 3 and m.group(0) not in NOT_AVAILABLE]
            if words:
                out.append(("available", previous_end + words[0].start(), previous_end + words[-1].end()))
        for m in MEDIUM.finditer(gap):
            out.append(("medium", previous_end + m.start(), previous_end + m.end()))
        if label == "edition":
            # the corpora keep the edition word in the value ("2nd ed.", "3. Aufl."); the styles print it as a term
            m = EDITION_WORD.match(text, end)
            if m:
                end = m.end()
        out.append((label, start, end))
        previous_end = end
    for m in MEDIUM.finditer(text, previous_end):
        out.append(("medium", m.start(), m.end()))
    trimmed = []
    for label, start, end in out:
        start, end = max(0, start), min(end, len(text))
        if start >= end:
            continue
        s, e = build_corpora.trim(label, text, start, end)
        if label == "medium":
            s, e = start, end  # the brackets are part of "[Internet]"
        if s < e:
            trimmed.append((label, s, e))
    if not any(label == "issued" for label, _, _ in trimmed):
        for m in NO_DATE.finditer(text):
            if not any(s < m.end() and m.start() < e for _, s, e in trimmed):
                trimmed.append(("issued", m.start(), m.end()))
                break
    trimmed.sort(key=lambda s: (s[1], s[2]))
    final: list[tuple[str, int, int]] = []
    for span in trimmed:
        if final and span[1] < final[-1][2]:
            continue
        final.append(span)
    return text, final


# ------------------------------------------------------------------------------------------------ records


class Vocabulary:
    """The per-language word lists of training/records/vocabulary.yaml."""

    def __init__(self, path: Path) -> None:
        self.data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def __getitem__(self, lang: str) -> dict:
        return self.data[lang]


SERIES = ["Lecture Notes in Computer Science", "Que sais-je ?", "Beck'sche Reihe", "Colección Ciencias Sociales",
          "Studies in Health Technology and Informatics", "Advances in Experimental Medicine and Biology",
          "Grundlagentexte Soziologie", "Collection Repères", "Biblioteca di cultura moderna", "Methods in Molecular Biology"]
PREPRINT_SERVERS = [("arXiv", "arxiv"), ("bioRxiv", "biorxiv"), ("medRxiv", "medrxiv"), ("SSRN", "ssrn"),
                    ("SocArXiv", "socarxiv"), ("HAL", "hal")]
DATA_REPOSITORIES = ["Zenodo", "Dryad", "figshare", "Harvard Dataverse", "OSF", "PANGAEA", "GESIS Data Archive"]
ORDINALS = {"en": ["1st", "2nd", "3rd", "4th", "5th", "12th", "21st", "33rd"],
            "fr": ["1er", "2e", "3e", "10e", "25e"], "de": ["1.", "2.", "14.", "28."], "es": ["1.º", "2.º", "15.º"],
            "pt": ["1º", "3º", "12º"], "it": ["1°", "2°", "18°"], "nl": ["1e", "2e", "9e"], "pl": ["I", "II", "XV"],
            "cs": ["1.", "5."], "sv": ["1:a", "3:e"], "tr": ["1.", "7."], "ru": ["I", "II", "XXV"],
            "zh": ["1", "2", "14"], "ja": ["1", "60", "78"]}


def _isbn13(rng: random.Random) -> str:
    digits = [9, 7, 8] + [rng.randrange(10) for _ in range(9)]
    check = (10 - sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10) % 10
    body = "".join(map(str, [*digits, check]))
    if rng.random() < 0.6:
        return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:12]}-{body[12]}"
    return body


def _issn(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(7)]
    total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return "".join(map(str, digits[:4])) + "-" + "".join(map(str, digits[4:])) + ("X" if check == 10 else str(check))


def _doi(rng: random.Random, year: int) -> str:
    prefix = f"10.{rng.choice([1016, 1007, 1093, 1371, 1136, 1186, 3389, 1055, 1080, 1177, 4000, 5772, 1590])}"
    if rng.random() < 0.3:
        prefix = f"10.{rng.randrange(1000, 99999)}"
    forms = [f"j.{rng.choice(['jclinepi', 'socscimed', 'envres', 'respe', 'lpm', 'gaceta'])}.{year}.{rng.randrange(1, 13):02d}.{rng.randrange(1, 999):03d}",
             f"s{rng.randrange(10000, 99999)}-0{rng.randrange(10, 99)}-{rng.randrange(1000, 99999)}-{rng.randrange(10)}",
             f"journal.pone.{rng.randrange(1000000, 9999999):07d}",
             f"{rng.choice(['bmjopen', 'fpsyg', 'ijerph'])}-{year}-{rng.randrange(100000, 999999)}",
             f"{rng.randrange(100, 999999)}", f"S{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}({year % 100:02d})"
             f"{rng.randrange(10000, 99999)}-{rng.randrange(10)}"]
    return prefix + "/" + rng.choice(forms)


def _year(rng: random.Random) -> int:
    return rng.choice([rng.randrange(1960, 2000), rng.randrange(2000, 2026), rng.randrange(2010, 2026)])


def _date(rng: random.Random, year: int, detail: float = 0.35) -> dict:
    parts = [year]
    if rng.random() < detail:
        parts.append(rng.randrange(1, 13))
        if rng.random() < 0.5:
            parts.append(rng.randrange(1, 29))
    return {"date-parts": [parts]}


def _pages(rng: random.Random, chapter: bool = False) -> str:
    if not chapter and rng.random() < 0.1:
        return rng.choice(["e", "", "e0"]) + str(rng.randrange(1000, 999999))
    first = rng.choice([rng.randrange(1, 60), rng.randrange(1, 600), rng.randrange(100, 3000)])
    if rng.random() < 0.07:
        return str(first)
    last = first + rng.choice([rng.randrange(1, 12), rng.randrange(5, 40)])
    page = f"{first}-{last}"
    if rng.random() < 0.15:  # compressed range as printed by Vancouver styles ("1234-40")
        s, t = str(first), str(last)
        common = 0
        while common < len(s) - 1 and common < len(t) and s[common] == t[common]:
            common += 1
        page = f"{s}-{t[common:]}"
    return page


TITLE_JOINS = re.compile(
    r"\s(?:of|and|in|for|on|with|after|under|de|des|du|la|le|et|dans|sur|chez|pour|und|der|die|des|im|in|von|"
    r"für|zwischen|y|en|del|los|las|e|da|do|na|no|di|nel|della|per|van|het|voor|bij|w|i|z|na|przy|v|ve|a|pro|"
    r"och|för|på|av|ile|için|в|и|на|при|с)\s", re.I)
CJK_JOINS = re.compile(r"(?<=.)(?:における|の|と|的|与|和|中)(?=.)")


def _mix_titles(first: str, second: str, rng: random.Random) -> str:
    """A new title from the head of one title and the tail of another, cut at a function word."""
    joins = CJK_JOINS if re.search(r"[\p{Han}\p{Hiragana}\p{Katakana}]", first) else TITLE_JOINS
    heads = [m.end() for m in joins.finditer(first)]
    tails = [m.end() for m in joins.finditer(second)]
    if not heads or not tails or first == second:
        return first
    return first[: rng.choice(heads)] + second[rng.choice(tails):]


class RecordMaker:
    """Invent CSL-JSON records in one language from the vocabulary."""

    def __init__(self, vocab: Vocabulary, crossref_titles: list[str], journals: list[tuple[str, str]],
                 names: list[str]) -> None:
        self.vocab = vocab
        self.crossref_titles = crossref_titles
        self.journals = journals
        self.names = names

    def person(self, rng: random.Random, lang: str) -> dict:
        v = self.vocab[lang]
        family, given = rng.choice(v["family"]), rng.choice(v["given"])
        if lang not in {"ru", "zh", "ja"} and rng.random() < 0.3:
            family = rng.choice(self.names)
        if v.get("script") == "cjk":
            return {"literal": family + given} if rng.random() < 0.8 else {"family": family, "given": given}
        if lang in {"pl", "cs", "ru"} and rng.random() < 0.4:
            family = self._feminine(lang, family)
        if rng.random() < 0.1:  # double family names and extra given names
            family = f"{family}-{rng.choice(v['family'])}" if lang not in {"es", "pt"} else \
                f"{family} {rng.choice(v['family'])}"
        if rng.random() < 0.15:
            given = f"{given} {rng.choice(v['given'])}"
        name = {"family": family, "given": given}
        for particle in ("van der ", "van den ", "van 't ", "de ", "von ", "da ", "dos ", "de la ", "De La ",
                         "De ", "Le ", "D'", "Di ", "Lo ", "van "):
            if family.startswith(particle) and particle.strip()[0].islower():
                name = {"family": family[len(particle):], "given": given, "non-dropping-particle": particle.strip()}
                break
        return name

    @staticmethod
    def _feminine(lang: str, family: str) -> str:
        if lang == "pl" and family.endswith("ski"):
            return family[:-1] + "a"
        if lang == "cs" and not family.endswith("á"):
            if family[-1] in "ýy":
                return family[:-1] + "á"
            return family[:-1] + "ová" if family[-1] in "aeiou" else family + "ová"
        if lang == "ru" and family[-2:] in ("ов", "ев", "ин", "ёв"):
            return family + "а"
        return family

    def people(self, rng: random.Random, lang: str, most: int = 8) -> list[dict]:
        n = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, most, rng.randrange(1, most + 1)])
        names = [self.person(rng, lang) for _ in range(n)]
        if rng.random() < 0.06:
            names = [{"literal": rng.choice(self.vocab[lang]["organisations"])}]
        return names

    def title(self, rng: random.Random, lang: str) -> str:
        v = self.vocab[lang]
        if rng.random() < 0.2 and self.crossref_titles:
            return rng.choice(self.crossref_titles)
        title = rng.choice(v["titles"])
        if rng.random() < 0.5:
            title = _mix_titles(title, rng.choice(v["titles"]), rng)
        if rng.random() < 0.45:
            sub = rng.choice(v["subtitles"])
            sep = "：" if v.get("script") == "cjk" else (" : " if lang == "fr" and rng.random() < 0.7 else ": ")
            title = f"{title}{sep}{sub}"
        return title

    def make(self, rng: random.Random, lang: str, kind: str, rid: str) -> dict:
        v = self.vocab[lang]
        year = _year(rng)
        rec: dict = {"id": rid, "type": kind, "language": v["locale"][:2], "title": self.title(rng, lang),
                     "issued": _date(rng, year)}
        if kind in {"article-journal", "paper-conference", "article", "dataset"} or rng.random() < 0.9:
            rec["author"] = self.people(rng, lang)
        if kind == "article-journal":
            draw = rng.random()
            if draw < 0.5 or not self.journals:
                rec["container-title"] = rng.choice(v["journals"])
            else:
                full, abbreviation = rng.choice(self.journals)
                rec["container-title"] = full if draw < 0.75 else abbreviation
            if rng.random() < 0.9:
                rec["volume"] = str(rng.randrange(1, 140))
            if rng.random() < 0.7:
                rec["issue"] = str(rng.randrange(1, 13)) if rng.random() < 0.9 else \
                    rng.choice(["Suppl 1", "2-3", "S2", "Spec No"])
            rec["page"] = _pages(rng)
            if rng.random() < 0.45:
                rec["DOI"] = _doi(rng, year)
            if rng.random() < 0.12:
                rec["PMID"] = str(rng.randrange(10000000, 39999999))
            if rng.random() < 0.05:
                rec["PMCID"] = f"PMC{rng.randrange(1000000, 9999999)}"
            if rng.random() < 0.05:
                rec["ISSN"] = _issn(rng)
        elif kind in {"book", "chapter"}:
            if kind == "chapter" or rng.random() < 0.15:
                editors = [self.person(rng, lang) for _ in range(rng.choice([1, 1, 2, 3]))]
                rec["editor"] = editors
                if kind == "book" and rng.random() < 0.5:
                    rec.pop("author", None)
            if kind == "chapter":
                rec["container-title"] = self.title(rng, lang)
                rec["page"] = _pages(rng, chapter=True)
            rec["publisher"] = rng.choice(v["publishers"])
            if rng.random() < 0.85:
                rec["publisher-place"] = rng.choice(v["places"])
            if rng.random() < 0.25:
                rec["edition"] = str(rng.randrange(2, 9)) if rng.random() < 0.7 else rng.choice(ORDINALS[lang])
            if rng.random() < 0.3:
                rec["ISBN"] = _isbn13(rng)
            if rng.random() < 0.1:
                other = rng.choice([lg for lg in LANGS if lg != lang])
                rec["translator"] = [self.person(rng, other if rng.random() < 0.3 else lang)]
            if rng.random() < 0.12:
                rec["collection-title"] = rng.choice(SERIES)
                if rng.random() < 0.6:
                    rec["collection-number"] = str(rng.randrange(1, 400))
            if rng.random() < 0.05:
                rec["original-date"] = _date(rng, year - rng.randrange(5, 100), 0)
        elif kind == "thesis":
            rec["author"] = [self.person(rng, lang)]
            rec["genre"] = rng.choice(v["thesis"])
            rec["publisher"] = rng.choice(v["universities"])
            if rng.random() < 0.6:
                rec["publisher-place"] = rng.choice(v["places"])
        elif kind == "report":
            if rng.random() < 0.4:
                rec["author"] = [{"literal": rng.choice(v["organisations"])}]
            rec["publisher"] = rng.choice(v["organisations"] + v["universities"])
            rec["genre"] = rng.choice(v["report"])
            if rng.random() < 0.6:
                rec["number"] = rng.choice([str(rng.randrange(1, 300)), f"{year}-{rng.randrange(1, 99):02d}",
                                            f"WP {rng.randrange(1, 999)}"])
            if rng.random() < 0.6:
                rec["publisher-place"] = rng.choice(v["places"])
        elif kind == "webpage":
            site, domain = rng.choice(v["sites"])
            rec["container-title"] = site
            if rng.random() < 0.5:
                rec.pop("author", None)
                if rng.random() < 0.5:
                    rec["author"] = [{"literal": site}]
            if rng.random() < 0.35:
                rec.pop("issued")
            slug = "-".join(re.findall(r"\w+", rec["title"].lower())[:5]) or str(rng.randrange(1000, 99999))
            rec["URL"] = f"https://{domain}/{rng.choice(['', 'fr/', 'de/', 'news/', 'publications/', 'data/'])}{slug}"
            if rng.random() < 0.3:
                rec["URL"] += rng.choice([".html", ".pdf", "/", f"?id={rng.randrange(100, 99999)}"])
        elif kind == "paper-conference":
            rec["container-title"] = rng.choice(v["proceedings"]).format(
                n=rng.choice(ORDINALS[lang]), y=year)
            if rng.random() < 0.5:
                rec["publisher"] = rng.choice(v["publishers"] + ["ACM", "IEEE", "Springer"])
            if rng.random() < 0.6:
                rec["event-place"] = rng.choice(v["places"])
            rec["page"] = _pages(rng, chapter=True)
            if rng.random() < 0.4:
                rec["DOI"] = _doi(rng, year)
        elif kind == "article":  # preprint
            server, slug = rng.choice(PREPRINT_SERVERS)
            rec["publisher"] = server
            if server == "arXiv":
                number = f"{year % 100:02d}{rng.randrange(1, 13):02d}.{rng.randrange(1000, 99999):05d}"
                rec["number"] = number if rng.random() < 0.5 else f"arXiv:{number}"
                rec["URL"] = f"https://arxiv.org/abs/{number}"
                if rng.random() < 0.5:
                    rec["DOI"] = f"10.48550/arXiv.{number}"
            else:
                rec["DOI"] = f"10.{rng.choice([1101, 2139, 31235])}/{year}.{rng.randrange(1, 13):02d}.{rng.randrange(10, 31)}.{rng.randrange(100000, 999999)}"
            rec["genre"] = rng.choice(["Preprint", "preprint", "Working paper"]) if rng.random() < 0.5 else None
            if rec["genre"] is None:
                rec.pop("genre")
        elif kind == "dataset":
            rec["publisher"] = rng.choice(DATA_REPOSITORIES)
            rec["DOI"] = f"10.{rng.choice([5281, 5061, 6084, 7910, 1594])}/{rng.choice(['zenodo.', 'dryad.', 'm9.figshare.', 'DVN/', 'PANGAEA.'])}{rng.randrange(100000, 9999999)}"
            if rng.random() < 0.4:
                rec["version"] = rng.choice(["1.0", "v2", "Version 3", "2.1.0"])
            if rng.random() < 0.3:
                rec["genre"] = rng.choice(["Data set", "Dataset", "Jeu de données", "Datensatz"])
        if kind in {"webpage", "report", "dataset", "thesis"} and "URL" not in rec and rng.random() < 0.3:
            rec["URL"] = f"https://{rng.choice(v['sites'])[1]}/{rng.choice(['docs', 'rapport', 'pdf', 'files'])}/{rng.randrange(1000, 99999)}.pdf"
        if "URL" in rec and rng.random() < 0.75:
            accessed_year = min(2026, max(year, 2010) + rng.randrange(0, 4))
            rec["accessed"] = {"date-parts": [[accessed_year, rng.randrange(1, 13), rng.randrange(1, 29)]]}
        if rng.random() < 0.08 and len(rec.get("author", [])) >= 2 and "literal" not in rec["author"][0]:
            rec["author"] = [*rec["author"][:rng.randrange(1, 4)], {"literal": rng.choice(_ETAL_BY_LANG[lang])}]
        return rec


_ETAL_BY_LANG = {"en": ["et al."], "fr": ["et al.", "et coll."], "de": ["u. a.", "et al."], "es": ["et al.", "y cols."],
                 "pt": ["et al."], "it": ["et al."], "nl": ["e.a.", "et al."], "pl": ["i in.", "et al."],
                 "cs": ["a kol.", "et al."], "sv": ["m.fl.", "et al."], "tr": ["ve ark.", "et al."],
                 "ru": ["и др."], "zh": ["等"], "ja": ["他"]}

ETAL_LITERALS = {form for forms in _ETAL_BY_LANG.values() for form in forms}
TYPE_WEIGHTS = {"article-journal": 40, "book": 12, "chapter": 12, "thesis": 6, "report": 6, "webpage": 8,
                "paper-conference": 7, "article": 5, "dataset": 4}


# ------------------------------------------------------------------------------------------------ templates
# National conventions that no CSL style here renders: built piece by piece, each piece labelled or not.

Piece = tuple[str | None, str]


def compose(pieces: Iterable[Piece]) -> tuple[str, list[tuple[str, int, int]]]:
    """Join labelled pieces into a text and its spans."""
    text, spans = "", []
    for label, value in pieces:
        if not value:
            continue
        if label:
            spans.append((label, len(text), len(text) + len(value)))
        text += value
    return text, spans


def _initials(given: str, dot: bool = True, space: str = " ") -> str:
    parts = re.split(r"[\s]+", given.strip())
    out = []
    for part in parts:
        sub = [p[0] + ("." if dot else "") for p in part.split("-") if p]
        out.append("-".join(sub))
    return space.join(out) if dot else "".join(out)


def _name(name: dict, style: str) -> str:
    if "literal" in name:
        return name["literal"]
    family = " ".join(x for x in (name.get("non-dropping-particle"), name["family"]) if x)
    given = name.get("given", "")
    if style == "gost":
        return f"{family} {_initials(given)}"
    if style == "gbt":
        return f"{family.upper()} {_initials(given, dot=False)}"
    if style == "abnt":
        return f"{family.upper()}, {given if len(given) < 12 else _initials(given)}"
    if style == "de-soc":
        return f"{family}, {given}"
    if style == "de-soc-short":
        return f"{family}, {_initials(given)}"
    return f"{family} {given}"


def _names(names: list[dict], style: str, lang: str, label: str = "author") -> list[Piece]:
    """A name list as pieces: one author piece (delimiters included), an optional etal piece."""
    etal = None
    if names and "literal" in names[-1] and names[-1]["literal"] in ETAL_LITERALS:
        etal, names = names[-1]["literal"], names[:-1]
    if style == "gbt" and len(names) > 3:
        names, etal = names[:3], ("等" if lang in {"zh", "ja"} else "et al")
    sep = {"gost": ", ", "gbt": ", ", "abnt": "; ", "de-soc": "/", "de-soc-short": "; "}[style]
    if style.startswith("de-soc") and len(names) > 1:
        sep = random.Random(len(names) * 7 + len(names[0].get("family", ""))).choice(["/", "; ", " / ", ", "])
    text = sep.join(_name(n, style) for n in names)
    pieces: list[Piece] = [(label, text)]
    if etal:
        pieces += [(None, ", " if style in {"gbt"} else " "), ("etal", etal)]
    return pieces


def _year_of(rec: dict) -> str:
    return str(rec["issued"]["date-parts"][0][0]) if "issued" in rec else ""


GBT_CODES = {"article-journal": "J", "book": "M", "chapter": "M", "thesis": "D", "report": "R",
             "webpage": "EB/OL", "paper-conference": "C", "article": "Z", "dataset": "DS"}
RU_ED = "-е изд."


def render_template(rec: dict, style: str, lang: str, rng: random.Random) -> tuple[str, list] | None:
    """Render ``rec`` in a template convention; None when the convention does not cover the type."""
    kind = rec["type"]
    names = rec.get("author") or rec.get("editor") or []
    role = "author" if rec.get("author") else "editor"
    title, year = rec["title"], _year_of(rec)
    p: list[Piece] = []
    if style == "gbt":
        if names:
            p += [*_names(names, style, lang, role), (None, ". ")]
        p += [("title", title), (None, f"[{GBT_CODES.get(kind, 'Z')}]. ")]
        if kind == "article-journal":
            p += [("container-title", rec["container-title"]), (None, ", "), ("issued", year)]
            if "volume" in rec:
                p += [(None, ", "), ("volume", rec["volume"])]
            if "issue" in rec:
                p += [(None, "("), ("issue", rec["issue"]), (None, ")")]
            p += [(None, ": "), ("page", rec["page"]), (None, ".")]
        elif kind in {"book", "chapter", "thesis", "report"}:
            if "edition" in rec:
                p += [("edition", rec["edition"] + ("版" if lang in {"zh", "ja"} else " ed")), (None, ". ")]
            if "publisher-place" in rec:
                p += [("publisher-place", rec["publisher-place"]), (None, ": ")]
            p += [("publisher", rec["publisher"]), (None, ", "), ("issued", year)]
            if "page" in rec:
                p += [(None, ": "), ("page", rec["page"])]
            p += [(None, ".")]
        elif kind == "webpage" and "URL" in rec:
            if year:
                p += [(None, "("), ("issued", "-".join(f"{x:02d}" if i else str(x) for i, x in
                                                     enumerate(rec["issued"]["date-parts"][0]))), (None, ")")]
            if "accessed" in rec:
                a = rec["accessed"]["date-parts"][0]
                p += [(None, "["), ("accessed", f"{a[0]}-{a[1]:02d}-{a[2]:02d}"), (None, "]")]
            p += [(None, ". "), ("URL", rec["URL"]), (None, ".")]
        else:
            return None
        if "DOI" in rec and rng.random() < 0.4:
            p[-1] = (None, ". DOI: ")
            p += [("DOI", rec["DOI"]), (None, ".")]
    elif style == "gost":
        if names:
            p += [*_names(names, style, lang, role), (None, " ")]
        p += [("title", title)]
        if kind == "article-journal":
            p += [(None, " // "), ("container-title", rec["container-title"]), (None, ". "), ("issued", year)]
            if "volume" in rec:
                p += [(None, ". Т. " if lang == "ru" else ". Vol. "), ("volume", rec["volume"])]
            if "issue" in rec:
                p += [(None, ", № "), ("issue", rec["issue"])]
            p += [(None, ". С. " if lang == "ru" else ". P. "), ("page", rec["page"].replace("-", "–")), (None, ".")]
        elif kind in {"book", "thesis", "report"}:
            if kind == "thesis":
                p += [(None, " : "), ("genre", rec["genre"])]
            if "edition" in rec and rec["edition"].isdigit():
                p += [(None, ". "), ("edition", rec["edition"] + RU_ED)]
            p += [(None, ". ")]
            if "publisher-place" in rec:
                p += [("publisher-place", rec["publisher-place"]), (None, " : ")]
            p += [("publisher", rec["publisher"]), (None, ", "), ("issued", year), (None, ".")]
            if rng.random() < 0.5:
                p += [(None, f" {rng.randrange(80, 600)} {'с' if lang == 'ru' else 's'}.")]
        else:
            return None
        if "URL" in rec:
            p += [(None, " URL: "), ("URL", rec["URL"])]
            if "accessed" in rec:
                a = rec["accessed"]["date-parts"][0]
                p += [(None, " ("), ("available", "дата обращения"), (None, ": "),
                      ("accessed", f"{a[2]:02d}.{a[1]:02d}.{a[0]}"), (None, ").")]
    elif style == "abnt":
        if names:
            p += [*_names(names, style, lang, role), (None, ". ")]
        if kind == "article-journal":
            p += [("title", title), (None, ". "), ("container-title", rec["container-title"])]
            if "publisher-place" in rec:
                p += [(None, ", "), ("publisher-place", rec["publisher-place"])]
            if "volume" in rec:
                p += [(None, ", v. "), ("volume", rec["volume"])]
            if "issue" in rec:
                p += [(None, ", n. "), ("issue", rec["issue"])]
            p += [(None, ", p. "), ("page", rec["page"]), (None, ", "), ("issued", year), (None, ".")]
        elif kind in {"book", "thesis", "report", "chapter"}:
            if kind == "chapter" and "editor" in rec:
                p += [("title", title), (None, ". In: "), *(_names(rec["editor"], style, lang, "editor")),
                      (None, " (org.). "), ("container-title", rec["container-title"])]
            else:
                p += [("title", title)]
            if "edition" in rec and rec["edition"].isdigit():
                p += [(None, ". "), ("edition", f"{rec['edition']}. ed")]
            if kind == "thesis":
                p += [(None, ". "), ("issued", year), (None, ". "), ("genre", rec["genre"]), (None, " – "),
                      ("publisher", rec["publisher"])]
                if "publisher-place" in rec:
                    p += [(None, ", "), ("publisher-place", rec["publisher-place"])]
                p += [(None, ", "), ("issued", year), (None, ".")]
            else:
                p += [(None, ". ")]
                if "publisher-place" in rec:
                    p += [("publisher-place", rec["publisher-place"]), (None, ": ")]
                p += [("publisher", rec["publisher"]), (None, ", "), ("issued", year)]
                if "page" in rec:
                    p += [(None, ". p. "), ("page", rec["page"])]
                p += [(None, ".")]
        elif kind == "webpage" and "URL" in rec:
            p += [("title", title), (None, ". "), ("container-title", rec["container-title"])]
            if year:
                p += [(None, ", "), ("issued", year)]
            p += [(None, ". "), ("available", "Disponível em"), (None, ": "), ("URL", rec["URL"]), (None, ".")]
            if "accessed" in rec:
                a = rec["accessed"]["date-parts"][0]
                months = ["jan.", "fev.", "mar.", "abr.", "maio", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
                p += [(None, " "), ("available", "Acesso em"), (None, ": "),
                      ("accessed", f"{a[2]} {months[a[1] - 1]} {a[0]}"), (None, ".")]
        else:
            return None
        if "DOI" in rec and rng.random() < 0.5:
            p += [(None, " DOI: "), ("DOI", rec["DOI"]), (None, ".")]
    elif style in {"de-soc", "de-soc-short"}:
        # German social-science conventions (EXCITE-like): "Hrsg.", "Jg.", "H.", "S.", "In:"
        editor_mark = rng.choice([" (Hrsg.)", " (Hrsg.)", " (Hg.)", " (Eds.)", " (Hrsg.)"])
        if names:
            p += _names(names, style, lang, role)
            if "author" not in rec:
                p += [(None, editor_mark)]
            p += [(None, rng.choice([" (", " ("]))]
        else:
            p += [(None, "(")]
        p += [("issued", year), (None, rng.choice(["): ", "): ", "). ", "), "])), ("title", title), (None, ". ")]
        if kind == "article-journal":
            p += [(None, rng.choice(["In: ", "In: ", "In ", ""])), ("container-title", rec["container-title"])]
            if "volume" in rec:
                before, after = rng.choice([(" ", ""), (", Jg. ", ""), (" Jg. ", ""), (", ", ". Jg."), (", Bd. ", "")])
                p += [(None, before), ("volume", rec["volume"]), (None, after)]
            if "issue" in rec:
                before, after = rng.choice([(" (", ")"), (", H. ", ""), (", Heft ", ""), (", Nr. ", ""), ("/", "")])
                p += [(None, before), ("issue", rec["issue"]), (None, after)]
            p += [(None, rng.choice([", S. ", ", S. ", ": ", " S. "])), ("page", rec["page"].replace("-", "–")),
                  (None, ".")]
        elif kind in {"book", "chapter", "thesis", "report"}:
            if kind == "chapter" and "editor" in rec:
                p[-1] = (None, ". In: ")
                p += [*_names(rec["editor"], style, lang, "editor"), (None, editor_mark + ": "),
                      ("container-title", rec["container-title"]), (None, ". ")]
            if "edition" in rec and rec["edition"].isdigit():
                p += [("edition", f"{rec['edition']}. {rng.choice(['Aufl.', 'Aufl.', 'Auflage', 'überarb. Aufl.'])}"),
                      (None, rng.choice([" ", ". ", ", "]))]
            if kind == "thesis":
                p += [("genre", rec["genre"]), (None, ", "), ("publisher", rec["publisher"])]
                if "publisher-place" in rec:
                    p += [(None, ", "), ("publisher-place", rec["publisher-place"])]
                p += [(None, ".")]
            else:
                if "publisher-place" in rec and rng.random() < 0.85:
                    p += [("publisher-place", rec["publisher-place"]), (None, ": "), ("publisher", rec["publisher"])]
                elif "publisher-place" in rec:
                    p += [("publisher", rec["publisher"]), (None, ", "), ("publisher-place", rec["publisher-place"])]
                else:
                    p += [("publisher", rec["publisher"])]
                if "page" in rec:
                    p += [(None, rng.choice([", S. ", ", S. ", ", pp. "])), ("page", rec["page"].replace("-", "–"))]
                p += [(None, ".")]
        else:
            return None
        if "URL" in rec:
            p += [(None, " "), ("URL", rec["URL"])]
            if "accessed" in rec:
                a = rec["accessed"]["date-parts"][0]
                p += [(None, " ["), ("available", "Zugriff"), (None, ": "), ("accessed", f"{a[2]}.{a[1]}.{a[0]}"),
                      (None, "]")]
    else:
        raise ValueError(style)
    return compose(p)


TEMPLATE_STYLES = {"zh": ["gbt"], "ja": ["gbt"], "ru": ["gost"], "pt": ["abnt"], "de": ["de-soc", "de-soc-short"],
                   "en": ["gbt"], "pl": ["gost"], "cs": ["gost"]}
TEMPLATE_SHARE = {"zh": 0.5, "ja": 0.3, "ru": 0.5, "pt": 0.4, "de": 0.35, "en": 0.02, "pl": 0.05, "cs": 0.05}


# ------------------------------------------------------------------------------------------------ damage

LITERAL_ETAL = re.compile(r"(?:,?\s+(?:and|&|et|und|y|e|i|en|och|ve|и|a|og|AND|ET|UND|Y|E|I|EN|OCH|VE|И|A))?"
                          r"[,;]?\s*(?P<etal>(?:et al|u\. a|et coll|y cols|e\.a|m\.fl|i in|a kol|ve ark|и др)\.?|等|他)"
                          r"\s*$", re.I)


def split_literal_etal(doc: Doc) -> None:
    """A truncated name list given as a literal "et al." name: make it an etal span, drop a conjunction before it."""
    for label, start, end in reversed(doc.spans()):
        if label not in {"author", "editor"}:
            continue
        m = LITERAL_ETAL.search(doc.text, start, end)
        if not m or m.start() <= start:
            continue
        etal = m.group("etal")
        gap = ", " if doc.text[m.start():m.start("etal")].strip(" ,;") else doc.text[m.start():m.start("etal")]
        doc.replace(m.start(), end, "", None)
        doc.insert(m.start(), gap or " ")
        doc.insert(m.start() + len(gap or " "), etal, "etal")

EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FOREIGN_MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "fr-short": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
ENGLISH_MONTH = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
ACCESS_PHRASES = [  # (available word, date format, closing), the date is the accessed span
    ("[cited ", "{y} {mon} {d}", "]"), (" [consulté le ", "{d} {fr} {y}", "]"), (" (accessed ", "{d} {Month} {y}", ")"),
    (" [zitiert am ", "{d}.{m}.{y}", "]"), (" (consultado el ", "{d} de {es} de {y}", ")"),
    (" [Accessed ", "{d} {Month} {y}", "]"), (" (zugegriffen am ", "{d}.{m}.{y}", ")"),
    (" Consulté le ", "{d} {fr} {y}", "."), (" Retrieved ", "{Month} {d}, {y}", ", from ")]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
AVAILABLE_WORDS = ["Available from: ", "Disponible sur : ", "Disponible sur: ", "Verfügbar unter: ", "Available at: ",
                   "Disponible en: ", "Disponível em: ", "Dostępne w: ", "URL: ", "Online: ", "Retrieved from "]
MEDIUM_WORDS = ["[Internet]", "[Internet]", "[online]", "[Online]", "[En ligne]", "[Electronic resource]"]
NUMBER_FORMATS = ["{n}. ", "[{n}] ", "{n}) ", "({n}) ", "{n} ", "{n}.\t", "[{n}]\u00a0"]


def _access_date(rng: random.Random, fmt: str) -> str:
    y, m, d = rng.randrange(2012, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    return fmt.format(y=y, m=m, d=d, mon=EN_MONTHS[m - 1], Month=FULL_MONTHS[m - 1], fr=FOREIGN_MONTHS["fr"][m - 1],
                      es=ES_MONTHS[m - 1])


def damage(doc: Doc, rec: dict, style: str, numeric: bool, rng: random.Random) -> list[str]:
    """Apply realistic damage in place; return the names of what was applied."""
    applied: list[str] = []
    text = doc.text
    spans = {lab: (s, e) for lab, s, e in reversed(doc.spans())}
    m = re.fullmatch(r"(\d+)-(\d+)", str(rec.get("page", "")))
    if m and int(m.group(2)) < int(m.group(1)) and "page" in spans:
        applied.append("compressed-pages")  # made so by the record ("1234-40"), see _pages()

    if "URL" in spans and "medium" not in spans and "title" in spans and rng.random() < 0.25:
        doc.insert(spans["title"][1], " ")
        doc.insert(spans["title"][1] + 1, rng.choice(MEDIUM_WORDS), "medium")
        applied.append("internet")
    spans = {lab: (s, e) for lab, s, e in reversed(doc.spans())}
    if "URL" in spans and "available" not in spans and rng.random() < 0.35:
        s, _ = spans["URL"]
        gap_start = s
        while gap_start > 0 and doc.owner[gap_start - 1] is None:
            gap_start -= 1
        word = rng.choice(AVAILABLE_WORDS)
        lead = ". " if gap_start > 0 else ""
        doc.replace(gap_start, s, lead, None)
        doc.insert(gap_start + len(lead), word.rstrip(": "), "available")
        doc.insert(gap_start + len(lead) + len(word.rstrip(": ")), word[len(word.rstrip(": ")):] or " ")
        applied.append("available")
        spans = {lab: (s, e) for lab, s, e in reversed(doc.spans())}
        if "accessed" not in spans and rng.random() < 0.6:
            opener, fmt, closer = rng.choice(ACCESS_PHRASES)
            end = spans["URL"][1]
            doc.insert(end, " " if not opener.startswith(" ") else "")
            pos = end + (0 if opener.startswith(" ") else 1)
            lead_ws = len(opener) - len(opener.lstrip(" ([")) if opener[0] in " ([" else 0
            doc.insert(pos, opener[:lead_ws])
            word = opener[lead_ws:].rstrip()
            doc.insert(pos + lead_ws, word, "available")
            doc.insert(pos + lead_ws + len(word), " ")
            date = _access_date(rng, fmt)
            doc.insert(pos + lead_ws + len(word) + 1, date, "accessed")
            doc.insert(pos + lead_ws + len(word) + 1 + len(date), closer)
            applied.append("access-date")
    spans = {lab: (s, e) for lab, s, e in reversed(doc.spans())}
    if rec.get("type") == "article-journal" and "issued" in spans and rng.random() < 0.05:
        y = int(rec["issued"]["date-parts"][0][0])
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        date = f"{y} {EN_MONTHS[m - 1]} {d}" if rng.random() < 0.7 else f"{d} {FOREIGN_MONTHS['fr'][m - 1]} {y}"
        word = rng.choice(["Epub ", "Epub ", "Publié en ligne le ", "Online ahead of print "])
        s = spans["issued"][0]
        doc.insert(s, word)
        doc.insert(s + len(word), date, "original-date")
        doc.insert(s + len(word) + len(date), ". ")
        applied.append("epub")
    spans = {lab: (s, e) for lab, s, e in reversed(doc.spans())}
    if rng.random() < 0.05:
        for lab in ("issued", "accessed"):
            if lab in spans:
                s, e = spans[lab]
                m = ENGLISH_MONTH.search(doc.text, s, e)
                if m:
                    month = FULL_MONTHS.index(next(f for f in FULL_MONTHS if f.startswith(m.group(0)[:3])))
                    doc.replace(m.start(), m.end(), FOREIGN_MONTHS[rng.choice(["fr", "fr-short", "de"])][month])
                    applied.append("foreign-month")
                    break
    spans = {lab: (s, e) for lab, s, e in reversed(doc.spans())}
    if "author" in spans and rng.random() < 0.06:
        s, e = spans["author"]
        families = [n.get("family", "") for n in rec.get("author", []) if n.get("family")]
        segment = doc.text[s:e]
        changed = False
        for family in families:
            for m in re.finditer(re.escape(family), segment):
                upper = family.upper()
                if len(upper) == len(family):
                    doc.replace(s + m.start(), s + m.end(), upper)
                    changed = True
        if changed:
            applied.append("caps-names")
    if rng.random() < 0.05:
        text = doc.text
        for lig, pair in (("ﬁ", "fi"), ("ﬂ", "fl"), ("ﬀ", "ff")):
            pos = text.find(pair)
            while pos >= 0:
                doc.replace(pos, pos + 2, lig)
                text = doc.text
                pos = text.find(pair, pos + 1)
        if doc.text != text or "ﬁ" in doc.text or "ﬂ" in doc.text:
            applied.append("ligatures")
    spans = {lab: (s, e) for lab, s, e in reversed(doc.spans())}
    if "page" in spans and rng.random() < 0.06:
        s, e = spans["page"]
        for i in range(s, e):
            if doc.chars[i] in "-–":
                doc.chars[i] = "\u2011"
                applied.append("nb-hyphen")
                break
    if rng.random() < 0.1:
        spaces = [i for i, c in enumerate(doc.chars) if c == " "]
        for i in rng.sample(spaces, k=max(1, len(spaces) // rng.choice([2, 3, 6]))) if spaces else []:
            doc.chars[i] = "\u00a0" if rng.random() < 0.85 else "\u202f"
        applied.append("nbsp")
    if rng.random() < 0.08:
        stops = [i for i in range(1, len(doc.chars)) if doc.chars[i] == " " and doc.chars[i - 1] == "."
                 and doc.owner[i] is None]
        if stops:
            for i in sorted(rng.sample(stops, k=rng.randrange(1, len(stops) + 1)), reverse=True):
                doc.replace(i, i + 1, "", None)
            applied.append("lost-space")
    if rng.random() < 0.08:
        spaces = [i for i, c in enumerate(doc.chars) if c == " "]
        if spaces:
            for i in rng.sample(spaces, k=min(len(spaces), rng.choice([1, 1, 2]))):
                doc.chars[i] = "\n"
            applied.append("linebreak")
    spans = {lab: (s, e) for lab, s, e in reversed(doc.spans())}
    if "title" in spans and rng.random() < 0.05:
        # a word hyphenated at a PDF line end: "epide-\nmiology", "epide- miology"
        s, e = spans["title"]
        words = [m for m in re.finditer(r"\p{L}{8,}", doc.text[s:e])]
        if words:
            w = rng.choice(words)
            cut = s + w.start() + rng.randrange(3, len(w.group(0)) - 3)
            doc.replace(cut, cut, rng.choice(["-\n", "- ", "-"]), doc.owner[cut])
            applied.append("hyphenation")
    if rng.random() < 0.05:
        # a sloppy hand-typed reference: a separator comma or full stop missing
        seps = [i for i in range(1, len(doc.chars) - 1) if doc.chars[i] in ",." and doc.owner[i] is None
                and doc.chars[i + 1] == " "]
        if seps:
            i = rng.choice(seps)
            doc.replace(i, i + 1, "", None)
            applied.append("missing-punctuation")
    if rng.random() < 0.04:
        junk = rng.choice([" [PubMed] [Google Scholar]", " PubMed", " Google Scholar", " CrossRef", " [CrossRef]",
                           " [Google Scholar]", " Crossref Medline", " View Article PubMed/NCBI Google Scholar",
                           " [Ref list]", " Return to ref 3 in article"])
        doc.insert(len(doc.chars), junk)
        applied.append("web-junk")
    text = doc.text
    if not text.startswith(tuple("0123456789[")) and ((numeric and rng.random() < 0.8) or rng.random() < 0.12):
        n = str(rng.choice([rng.randrange(1, 30), rng.randrange(1, 120), rng.randrange(1, 400)]))
        fmt = {"ieee": "[{n}] ", "nlm-citation-sequence": "{n}. "}.get(style) if rng.random() < 0.7 else None
        fmt = fmt or rng.choice(NUMBER_FORMATS)
        prefix = fmt.format(n=n)
        at = prefix.index(n)
        doc.insert(0, prefix[at + len(n):])
        doc.insert(0, n, "citation-number")
        doc.insert(0, prefix[:at])
        applied.append("number")
    if "number" not in applied and rng.random() < 0.03:
        doc.insert(0, rng.choice(["• ", "- ", "– ", "* ", "·\t", "\t", "  "]))
        applied.append("bullet")
    return applied


# ------------------------------------------------------------------------------------------------ non-references

NON_REFERENCES = {
    "heading": ["References", "REFERENCES", "Bibliography", "Références", "Références bibliographiques", "Bibliographie",
                "Literatur", "Literaturverzeichnis", "Quellenverzeichnis", "Referencias", "Bibliografía",
                "Referências", "Referências bibliográficas", "Bibliografia", "Riferimenti bibliografici",
                "Literatuurlijst", "Literatuur", "Bibliografia", "Piśmiennictwo", "Literatura", "Seznam literatury",
                "Referenser", "Källförteckning", "Kaynakça", "Kaynaklar", "Список литературы", "Литература",
                "参考文献", "参考文献", "引用文献", "Works Cited", "Literature cited", "Notes", "Notes et références",
                "Further reading", "Sources", "References and notes", "Anmerkungen", "Notas"],
    "ibid": ["Ibid.", "Ibid", "Ibidem.", "Id.", "Idem.", "Op. cit.", "Ebd.", "Ebenda.", "Ibid., p. 45.", "Ibid., S. 12.",
             "Ibid., pp. 23-24.", "Idem, p. 3.", "Tamże.", "Там же.", "同上。", "Aynı eser.", "Ebd., S. 7 f.", "Cf. supra."],
    "web": ["Related posts", "Related articles", "Share this:", "Cited by (12)", "View in Scopus", "Google Scholar",
            "PubMed | Google Scholar | CrossRef", "Download citation", "Read more", "Back to top", "Voir aussi",
            "Articles connexes", "Ähnliche Artikel", "Artículos relacionados", "Show all authors", "Full text links",
            "Copyright © 2021 Elsevier Ltd. All rights reserved.", "Open in a separate window",
            "This article has been cited by other articles in PMC."],
    "note": ["According to Clinicaltrials.gov; search term: {topic}; search performed on {d} of {Month} {y}.",
             "Data retrieved from the national registry on {Month} {d}, {y}.",
             "Personal communication with the author, {Month} {y}.",
             "Interview conducted by the author in {place}, {d} {Month} {y}.",
             "Données communiquées par l'Agence régionale de santé, {d} {fr} {y}.",
             "Entretien réalisé par l'auteur à {place}, le {d} {fr} {y}.",
             "Persönliche Mitteilung, {d}.{m}.{y}.", "Eigene Berechnungen auf Basis des SOEP, Welle {y}.",
             "Comunicación personal, {d} de {es} de {y}.", "Dados não publicados.", "Unpublished data.",
             "All URLs were last accessed on {d} {Month} {y}.", "Tous les liens ont été consultés le {d} {fr} {y}.",
             "Alle Links zuletzt abgerufen am {d}.{m}.{y}.", "Source: author's elaboration based on {topic} data.",
             "Fuente: elaboración propia a partir de datos del INE.", "Quelle: Statistisches Bundesamt, eigene Darstellung.",
             "* Corresponding author.", "Dostęp: {d}.{m}.{y}.", "См. также примечание 3.", "注：数据来源于国家统计局。"],
    "comment": ["For a review of the earlier literature, see the references below.",
                "See also the discussion in chapter 4 of this volume.",
                "These studies were excluded because they did not report outcomes by sex.",
                "Pour une synthèse récente, on se reportera aux travaux cités ci-dessous.",
                "Voir à ce sujet le chapitre précédent.",
                "Zur Diskussion vgl. die im Folgenden genannten Arbeiten.",
                "Véase al respecto la bibliografía citada más abajo.",
                "Sobre este tema, ver também os trabalhos citados abaixo.",
                "Per una discussione più ampia si veda la bibliografia.",
                "Zie voor een overzicht de onderstaande literatuur.",
                "Szerzej na ten temat w pracach wymienionych poniżej.",
                "Podrobněji viz literatura uvedená níže.",
                "Se vidare litteraturen nedan.", "Ayrıntılı bilgi için aşağıdaki kaynaklara bakınız.",
                "Подробнее см. литературу, приведённую ниже.", "详见下列参考文献。", "詳細は以下の文献を参照。",
                "The authors declare no conflict of interest.", "Les auteurs déclarent n'avoir aucun lien d'intérêt.",
                "Funding: this work was supported by a grant from the {topic} programme."],
}


def non_reference(rng: random.Random) -> tuple[str, str]:
    """A line that is not a reference, and its kind."""
    kind = rng.choices(list(NON_REFERENCES), weights=[3, 2, 2, 3, 3])[0]
    line = rng.choice(NON_REFERENCES[kind])
    y, m, d = rng.randrange(2005, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    line = line.format(y=y, m=m, d=d, Month=FULL_MONTHS[m - 1], fr=FOREIGN_MONTHS["fr"][m - 1], es=ES_MONTHS[m - 1],
                       place=rng.choice(["Lyon", "Berlin", "Madrid", "Toronto", "Kraków"]),
                       topic=rng.choice(["COVID-19", "hydroxychloroquine", "Horizon 2020", "diabetes", "EU-SILC"]))
    if kind == "heading" and rng.random() < 0.2:
        line = line.upper() if rng.random() < 0.5 else line + ":"
    return line, kind


# ------------------------------------------------------------------------------------------------ shapes
# Reference shapes the labeler still got wrong on held-out multilingual files (training/labeler-requests.md),
# written as templates and filled from the records and vocabularies (records/vocabulary.yaml, records/shapes.yaml).
# They have their own RNG stream and ids ("synthetic/shape/<name>/<k>"), appended after the rows above, so adding
# or changing a shape never moves an older row.

SHAPE_ROWS = 4200  # about 1,050 of them survive train.py's default --synthetic-fraction 0.25


def _shape_name(name: dict, form: str) -> str:
    """One person in the printed forms of the shapes; organisations and CJK literals as they are."""
    if "literal" in name:
        return name["literal"]
    family = " ".join(x for x in (name.get("non-dropping-particle"), name["family"]) if x)
    given = name.get("given", "")
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", family):
        return family + given
    forms = {"fam-init": f"{family} {_initials(given)}", "fam-comma-init": f"{family}, {_initials(given)}",
             "fam-comma-init-tight": f"{family}, {_initials(given, space='')}",
             "fam-comma-given": f"{family}, {given}", "init-fam": f"{_initials(given)} {family}",
             "vanc": f"{family} {_initials(given, dot=False)}", "caps": f"{family.upper()}, {_initials(given)}",
             "caps-given": f"{family.upper()}, {given}", "given-fam": f"{given} {family}"}
    return forms[form]


class ShapeMaker:
    """Lines of the requested shapes, each as labelled pieces, from the vocabularies."""

    def __init__(self, maker: RecordMaker, extra: dict) -> None:
        self.maker = maker
        self.vocab = maker.vocab
        self.x = extra

    # -- small parts
    def names(self, rng: random.Random, lang: str, form: str, most: int = 3, seps: tuple[str, ...] = (", ",),
              last: bool = False) -> tuple[str, list[dict]]:
        """A name list; with ``last``, the last name joined by the language's "and" ("&", "och", "i", "ve")."""
        people = [self.maker.person(rng, lang) for _ in range(min(most, rng.choice([1, 1, 1, 2, 2, 3, most])))]
        texts = [_shape_name(p, form) for p in people]
        sep = rng.choice(seps)
        if len(texts) > 1 and last:
            return sep.join(texts[:-1]) + rng.choice(AND[lang]) + texts[-1], people
        return sep.join(texts), people

    def title(self, rng: random.Random, lang: str) -> str:
        v = self.vocab[lang]
        title = rng.choice(v["titles"])
        if rng.random() < 0.35:
            title = _mix_titles(title, rng.choice(v["titles"]), rng)
        return title

    def subtitle(self, rng: random.Random, lang: str, sep: str) -> str:
        sub = rng.choice(self.vocab[lang]["subtitles"])
        return sep + (sub[:1].upper() + sub[1:] if sep.strip() == "." else sub)  # a new sentence after ". "

    def date(self, rng: random.Random, lang: str, fmt: str, year: int | None = None) -> str:
        y = year or rng.randrange(2012, 2026)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        months = self.x["months"].get(lang, self.x["months"]["en"])
        long = {"en": f"{d} {months[m - 1]} {y}" if rng.random() < 0.6 else f"{months[m - 1]} {d}, {y}",
                "de": f"{d}. {months[m - 1]} {y}", "es": f"{d} de {months[m - 1]} de {y}",
                "pt": f"{d} {months[m - 1]} {y}", "cs": f"{d}. {months[m - 1]} {y}", "ja": f"{y}年{m}月{d}日",
                "zh": f"{y}年{m}月{d}日"}.get(lang, f"{d} {months[m - 1]} {y}")
        return fmt.format(iso=f"{y}-{m:02d}-{d:02d}", dmy=f"{d:02d}.{m:02d}.{y}", dmys=f"{d:02d}/{m:02d}/{y}",
                          dmyh=f"{d:02d}-{m:02d}-{y}", dm=f"{d}. {m}. {y}", long=long, ja=f"{y}年{m}月{d}日",
                          mdy=f"{m}/{d}/{y}")

    def access(self, rng: random.Random, lang: str) -> list[Piece]:
        opening, word, between, fmt, closing = rng.choice(self.x["access_cues"][lang])
        return [(None, opening), ("available", word), (None, between), ("accessed", self.date(rng, lang, fmt)),
                (None, closing)]

    def url(self, rng: random.Random, lang: str, title: str = "") -> str:
        host = rng.choice(self.vocab[lang]["sites"])[1]
        slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:4]) or str(rng.randrange(1000, 99999))
        return f"https://{host}/{rng.choice(['', 'docs/', 'publications/', 'files/', 'fr/', 'data/'])}{slug}" + \
            rng.choice(["", ".pdf", ".html", "/", f"?id={rng.randrange(100, 99999)}"])

    def pages(self, rng: random.Random) -> str:
        first = rng.randrange(1, 400)
        return f"{first}{rng.choice(['-', '–'])}{first + rng.randrange(2, 40)}"

    # -- the shapes (training/labeler-requests.md item numbers in brackets)
    def access_numeric(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[1] a web resource closed by an access cue and a numeric (or localised) date."""
        v = self.vocab[lang]
        site, host = rng.choice(v["sites"])
        title = self.title(rng, lang)
        p: list[Piece] = []
        if rng.random() < 0.5:
            p += [("author", rng.choice(v["organisations"] + [site]))]
        else:
            form = "fam-comma-init" if lang not in {"ru", "pl", "cs", "zh", "ja"} else "fam-init"
            p += [("author", self.names(rng, lang, form, seps=(", ", "; "))[0])]
        year = str(rng.randrange(2005, 2025))
        if rng.random() < 0.4 and lang not in {"zh", "ja", "ru"}:
            p += [(None, " ("), ("issued", year), (None, "). "), ("title", title), (None, ". ")]
        else:
            p += [(None, ". " if lang not in {"zh", "ja"} else ". " if rng.random() < 0.5 else "："),
                  ("title", title), (None, ". ")]
            if rng.random() < 0.6:
                p += [("container-title" if rng.random() < 0.5 else "publisher", site), (None, ", "),
                      ("issued", year), (None, ". ")]
        if rng.random() < 0.5:
            p += [("available", rng.choice([*URL_CUES.get(lang, ["URL"]), "URL"])), (None, ": ")]
        p += [("URL", f"https://{host}/{rng.randrange(100, 99999)}" + rng.choice(["", ".html", ".pdf", "/"])),
              (None, rng.choice([" ", " ", ". ", ", "]))]
        p += self.access(rng, lang)
        return p, "webpage"

    def gbt_online(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[1] GB/T 7714 online items: "(2023-02-28)[2023-05-10]" is issued then accessed."""
        v = self.vocab["zh" if lang == "zh" else "ja"]
        p: list[Piece] = [("author", rng.choice(v["organisations"])), (None, ". "), ("title", self.title(rng, lang)),
                          (None, rng.choice(["[EB/OL]. ", "[EB/OL].", "[R/OL]. ", "[J/OL]. "]))]
        if rng.random() < 0.85:
            p += [(None, "("), ("issued", self.date(rng, lang, "{iso}")), (None, ")")]
        p += [(None, "["), ("accessed", self.date(rng, lang, "{iso}")), (None, "]. "),
              ("URL", self.url(rng, lang)), (None, ".")]
        return p, "webpage"

    def abnt_corporate(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[2, 15] ABNT corporate authors "BRASIL. Ministério da Saúde." and a place after the title."""
        x = self.x
        author = f"{rng.choice(x['jurisdictions'][lang])}. {rng.choice(x['bodies'][lang])}"
        if rng.random() < 0.4:
            author += f". {rng.choice(x['units'][lang])}"
        year = str(rng.randrange(2005, 2026))
        title = self.title(rng, lang)
        if rng.random() < 0.5:
            title += f": {rng.choice(REPORT_WORDS[lang])} {year}"
        p: list[Piece] = [("author", author), (None, ". "), ("title", title), (None, ". ")]
        if rng.random() < 0.3:
            p += [("edition", f"{rng.randrange(2, 6)}. ed."), (None, " ")]
        place = rng.choice(x["state_places"][lang])
        if rng.random() < 0.5:
            p += [("publisher-place", place), (None, ", "), ("issued", year), (None, ". ")]
        else:
            p += [("publisher-place", place), (None, ": "), ("publisher", rng.choice(x["bodies"][lang])),
                  (None, ", "), ("issued", year), (None, ". ")]
        if rng.random() < 0.3:
            p += [(None, f"{rng.randrange(20, 300)} p. ")]
        if rng.random() < 0.75:
            cue = {"pt": ("Disponível em", "Acesso em"), "es": ("Disponible en", "Consultado el"),
                   "fr": ("Disponible sur", "Consulté le"), "it": ("Disponibile su", "Consultato il")}[lang]
            p += [("available", cue[0]), (None, ": "), ("URL", self.url(rng, lang, title)), (None, ". ")]
            if rng.random() < 0.8:
                p += [("available", cue[1]), (None, ": "),
                      ("accessed", self.date(rng, lang, rng.choice(["{long}", "{dmys}"]))), (None, ".")]
        return p, "report"

    def comma_book(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[3, 8, 19, 23] Polish/Italian/Czech "Family I., Title, Publisher, Place Year." (place and year unpunctuated)."""
        v = self.vocab[lang]
        p: list[Piece] = []
        if rng.random() < 0.15:
            p += [("author", rng.choice(v["organisations"])), (None, ", ")]
        else:
            names, _ = self.names(rng, lang, "fam-init", seps=(", ",))
            p += [("author", names), (None, ", ")]
        title = self.title(rng, lang)
        if rng.random() < 0.25:
            title = title.split()[0] if len(title.split()[0]) >= 4 else title
        if rng.random() < 0.35:
            title += self.subtitle(rng, lang, ". ")
        p += [("title", title), (None, ", ")]
        if rng.random() < 0.2:
            p += [("edition", rng.choice(self.x["edition_forms"].get(lang, ["{n}. ed."])).format(n=rng.randrange(2, 9))),
                  (None, ", ")]
        year = str(_year(rng))
        if rng.random() < 0.85:
            p += [("publisher", rng.choice(v["publishers"])), (None, ", ")]
        p += [("publisher-place", rng.choice(v["places"])), (None, " "), ("issued", year)]
        if rng.random() < 0.2:
            p += [(None, rng.choice([", s. ", ", pp. ", ", ss. "])), ("page", self.pages(rng))]
        if rng.random() < 0.15:
            series = rng.choice(SERIES + [t.split(":")[0] for t in v["journals"][:3]])
            opener, word = rng.choice([(" (", ", v. "), (". ", ", sv. "), (" (", ", t. "), (", ", " ")])
            p += [(None, opener), ("collection-title", series), (None, word), ("volume", str(rng.randrange(1, 60))),
                  (None, ")" if opener == " (" else "")]
        p += [(None, ".")]
        return p, "book"

    def gost_site(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[4] GOST web resources without an author: "Title : официальный сайт. – Москва, 2023. – URL: …"."""
        i = rng.randrange(len(self.x["gost_resources"]))
        title = self.x["gost_resources"][i]
        host = self.x["gost_hosts"][i % len(self.x["gost_hosts"])]
        dash = rng.choice([" – ", " – ", " - ", " — "])
        p: list[Piece] = [("title", title), (None, " : ")]
        genre = rng.choice(self.x["gost_site_genres"])
        p += [("genre" if not genre.startswith("[") else "medium", genre)]
        if rng.random() < 0.3:
            p += [(None, " / "), ("author", rng.choice(self.vocab["ru"]["organisations"]))]
        p += [(None, "." + dash)]
        if rng.random() < 0.8:
            y = rng.randrange(1995, 2025)
            years = str(y) if rng.random() < 0.7 else f"{y}–{min(2025, y + rng.randrange(1, 20))}"
            p += [("publisher-place", rng.choice(self.vocab["ru"]["places"])), (None, ", "), ("issued", years),
                  (None, "." + dash)]
        if rng.random() < 0.3:
            p += [(None, "Текст : электронный." + dash)]
        p += [("available", "URL"), (None, ": "), ("URL", f"https://{host}/" + rng.choice(["", "folder/", "ru/", "document/"])
                                                   + ("" if rng.random() < 0.4 else str(rng.randrange(10, 99999))))]
        if rng.random() < 0.85:
            p += [(None, " ("), ("available", rng.choice(["дата обращения", "дата обращения", "дата доступа"])),
                  (None, ": "), ("accessed", self.date(rng, "ru", "{dmy}")), (None, ")")]
        p += [(None, ".")]
        return p, "webpage"

    def red_chapter(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[5] Scandinavian/Dutch/Czech chapters "I: Lundgren, U.P., Säljö, R. & Liberg, C. (red.) Book."."""
        v = self.vocab[lang]
        form = rng.choice(["fam-comma-init", "fam-comma-init-tight"])
        author, _ = self.names(rng, lang, form, seps=(", ",), last=True)
        year = str(_year(rng))
        p: list[Piece] = [("author", author), (None, " ("), ("issued", year), (None, "). "),
                          ("title", self.title(rng, lang)), (None, ". ")]
        cue = {"sv": ["I: ", "I "], "nl": ["In: ", "In "], "cs": ["In: ", "In "], "pl": ["W: ", "[w:] "]}[lang]
        editors, _ = self.names(rng, lang, form, most=4, seps=(", ",), last=True)
        mark = rng.choice(self.x["editor_marks"][lang])
        book = self.title(rng, lang)
        if rng.random() < 0.3:
            book += self.subtitle(rng, lang, ": ")
        p += [(None, rng.choice(cue)), ("editor", editors), (None, mark + rng.choice([" ", ", ", ". "])),
              ("container-title", book), (None, ". ")]
        if rng.random() < 0.8:
            p += [("publisher-place", rng.choice(v["places"])), (None, ": ")]
        p += [("publisher", rng.choice(v["publishers"]))]
        if rng.random() < 0.8:
            p += [(None, rng.choice([", s. ", ", pp. ", ", s. ", ", str. "])), ("page", self.pages(rng))]
        p += [(None, ".")]
        return p, "chapter"

    def gbt_proceedings(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[6] GB/T "[C]//organiser. proceedings. place: publisher, year: pages." and "[M]//editors, 主编. book."."""
        v = self.vocab[lang]
        author, _ = self.names(rng, lang, "vanc", seps=(", ",))
        year = str(_year(rng))
        p: list[Piece] = [("author", author), (None, ". "), ("title", self.title(rng, lang))]
        if rng.random() < 0.6:
            topics = self.x["gbt_topics"] if lang == "zh" else self.x["ja_topics"]
            proc = rng.choice(self.x["gbt_proceedings"] if lang == "zh" else self.x["ja_proceedings"]).format(
                n=rng.randrange(2, 30), y=year, topic=rng.choice(topics))
            editor = rng.choice(self.x["gbt_organisers"] if lang == "zh" else self.vocab["ja"]["organisations"])
            p += [(None, rng.choice(["[C]//", "[C]// ", "[C]. //"])), ("editor", editor), (None, ". "),
                  ("container-title", proc), (None, ". ")]
            kind = "paper-conference"
        else:
            editors, _ = self.names(rng, lang, "vanc", seps=(", ",))
            p += [(None, rng.choice(["[M]//", "[M]// "])), ("editor", editors),
                  (None, rng.choice([", 主编. ", ", 编. ", " 主编. ", ", ed. "]) if lang == "zh" else rng.choice(
                      [", 編. ", " 編. ", ", 編著. "])), ("container-title", self.title(rng, lang)), (None, ". ")]
            kind = "chapter"
        p += [("publisher-place", rng.choice(v["places"])), (None, ": "), ("publisher", rng.choice(v["publishers"])),
              (None, ", "), ("issued", year), (None, ": "), ("page", self.pages(rng).replace("–", "-")), (None, ".")]
        return p, kind

    def report_series(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[7] "INSEE. Title [en ligne]. Insee Première, n° 1935, janvier 2023." series + number + date."""
        v = self.vocab[lang]
        series, cue = rng.choice(self.x["report_series"][lang])
        p: list[Piece] = []
        if rng.random() < 0.6:
            org = rng.choice(v["organisations"])
            if rng.random() < 0.4:
                org = "".join(w[0] for w in org.split() if w[0].isupper()) or org
                org = org.upper()
            p += [("author", org)]
        else:
            p += [("author", self.names(rng, lang, rng.choice(["fam-comma-init", "caps", "init-fam"]),
                                        seps=(", ", "; "), last=True)[0])]
        p += [(None, ". "), ("title", self.title(rng, lang))]
        if rng.random() < 0.5:
            p += [(None, " "), ("medium", rng.choice(self.x["media"][lang]))]
        p += [(None, ". "), ("collection-title", series), (None, ", " + cue), ("number", str(rng.randrange(1, 2500))),
              (None, ", ")]
        year = rng.randrange(2000, 2026)
        months = self.x["months"][lang]
        p += [("issued", f"{rng.choice(months)} {year}" if rng.random() < 0.7 else str(year))]
        if rng.random() < 0.3:
            p += [(None, ", "), (None, f"{rng.randrange(4, 16)} p")]
        p += [(None, ".")]
        if rng.random() < 0.35:
            p += [(None, " "), ("URL", self.url(rng, lang))]
        return p, "report"

    def corporate_harvard(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[9] Harvard with a corporate author: "Department for Education (2019) Title. Place: Publisher."."""
        v = self.vocab[lang]
        p: list[Piece] = [("author", rng.choice(v["organisations"])), (None, rng.choice([" (", " ("])),
                          ("issued", str(_year(rng))), (None, rng.choice([") ", "). ", ") ", "), "])),
                          ("title", self.title(rng, lang)), (None, ". ")]
        if rng.random() < 0.5:
            p += [("publisher-place", rng.choice(v["places"])), (None, ": "),
                  ("publisher", rng.choice(v["publishers"] + v["organisations"])), (None, ".")]
        else:
            p += [("available", rng.choice(["Available at", "Available from", "Online"])), (None, ": "),
                  ("URL", self.url(rng, lang)), (None, " ")]
            if rng.random() < 0.7:
                p += [(None, "("), ("available", "Accessed"), (None, ": "),
                      ("accessed", self.date(rng, "en", rng.choice(["{long}", "{dmys}"]))), (None, ")")]
            p += [(None, ".")]
        return p, "report"

    def title_years(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[10] a title that ends with a year range, then the imprint."""
        v = self.vocab[lang]
        form = rng.choice(["fam-comma-init", "fam-comma-given"])
        p: list[Piece] = [("author", self.names(rng, lang, form, seps=(", ",), last=True)[0])]
        year = str(_year(rng))
        title = self.title(rng, lang) + rng.choice([", ", " ", ": ", ", "]) + rng.choice(self.x["year_ranges"])
        if rng.random() < 0.5:
            p += [(None, " ("), ("issued", year), (None, "). "), ("title", title), (None, ". ")]
            p += [("publisher-place", rng.choice(v["places"])), (None, ": "), ("publisher", rng.choice(v["publishers"])),
                  (None, ".")]
        else:
            p += [(None, ". "), ("title", title), (None, ". "), ("publisher-place", rng.choice(v["places"])),
                  (None, ": "), ("publisher", rng.choice(v["publishers"])), (None, ", "), ("issued", year), (None, ".")]
        return p, "book"

    def apa_thesis(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[11] APA 7 theses "Title [Doktora tezi, Gazi Üniversitesi]. YÖK Ulusal Tez Merkezi."."""
        v = self.vocab[lang]
        genre, repository = rng.choice(self.x["apa_theses"][lang])
        p: list[Piece] = [("author", self.names(rng, lang, "fam-comma-init", most=1)[0]), (None, " ("),
                          ("issued", str(_year(rng))), (None, "). "), ("title", self.title(rng, lang)), (None, " ["),
                          ("genre", genre), (None, ", "), ("publisher", rng.choice(v["universities"])), (None, "]. ")]
        if repository:
            p += [("publisher", repository), (None, ". ")]  # the archive, labelled like citeproc's `archive`
        if rng.random() < 0.35:
            p += [("URL", self.url(rng, lang))]
        return p, "thesis"

    def in_red(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[12, 14] chapters with the editors after the book title: "[w:] Book, red. B. Kowalczyk, …",
        "// Book : сб. науч. тр. / отв. ред. А. Г. Гранберг", "in Rossi M. (a cura di), Book"."""
        v = self.vocab[lang]
        author = self.names(rng, lang, "fam-init", seps=(", ",))[0]
        year = str(_year(rng))
        title, book = self.title(rng, lang), self.title(rng, lang)
        editors = self.names(rng, lang, "init-fam", seps=(", ",))[0]
        if lang == "ru":
            dash = rng.choice([" – ", " — ", ". – "])
            p: list[Piece] = [("author", author), (None, " "), ("title", title), (None, " // "), ("container-title", book)]
            p += [(None, rng.choice([" : сб. науч. тр.", " : сб. ст.", " : материалы конф.", ""])),
                  (None, rng.choice([" / отв. ред. ", " / под ред. ", " / ред. "])), ("editor", editors),
                  (None, "." + dash), ("publisher-place", rng.choice(v["places"])), (None, " : "),
                  ("publisher", rng.choice(v["publishers"])), (None, ", "), ("issued", year),
                  (None, "." + dash + "С. "), ("page", self.pages(rng).replace("-", "–")), (None, ".")]
            return p, "chapter"
        cue, ed = {"pl": (["[w:] ", "w: ", "W: ", "[w:] "], ["red. ", "red. nauk. ", "pod red. "]),
                   "it": (["in ", "in ", "In "], ["a cura di ", "a c. di ", "ed. by "]),
                   "cs": (["In: ", "In "], ["ed. ", "Ed. "])}[lang]
        p = [("author", author), (None, ", "), ("title", title), (None, ", "), (None, rng.choice(cue))]
        if lang == "it" and rng.random() < 0.5:  # "in Rossi M. (a cura di), Book"
            p += [("editor", self.names(rng, lang, "fam-init", seps=(", ",))[0]), (None, " (a cura di), "),
                  ("container-title", book), (None, ", ")]
        else:
            p += [("container-title", book), (None, ", " + rng.choice(ed)), ("editor", editors), (None, ", ")]
        if rng.random() < 0.8:
            p += [("publisher", rng.choice(v["publishers"])), (None, ", ")]
        p += [("publisher-place", rng.choice(v["places"])), (None, " "), ("issued", year),
              (None, rng.choice([", s. ", ", pp. ", ", str. "] if lang != "it" else [", pp. ", ", p. "])),
              ("page", self.pages(rng)), (None, ".")]
        return p, "chapter"

    def quoted_journal(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[14, 23] Italian «Journal», n. 109 and Polish „Journal” 2019, nr 3(234): issue numbers after "n."/"nr"."""
        v = self.vocab[lang]
        author = self.names(rng, lang, "fam-init", seps=(", ",))[0]
        year = str(_year(rng))
        journal = rng.choice(v["journals"])
        p: list[Piece] = [("author", author), (None, ", "), ("title", self.title(rng, lang)), (None, ", ")]
        if lang == "it":
            p += [(None, rng.choice(["in «", "«", "in «"])), ("container-title", journal), (None, "», ")]
            if rng.random() < 0.4:
                p += [(None, "a. "), ("volume", rng.choice(["XII", "XXXIV", "LV", "IX", str(rng.randrange(1, 80))])),
                      (None, ", ")]
            elif rng.random() < 0.5:
                p += [("volume", str(rng.randrange(1, 80))), (None, " ("), ("issued", year), (None, "), ")]
                year = ""
            p += [(None, "n. "), ("issue", str(rng.randrange(1, 400)))]
            if year:
                p += [(None, ", "), ("issued", year)]
            p += [(None, ", pp. "), ("page", self.pages(rng)), (None, ".")]
        else:
            issue = str(rng.randrange(1, 6))
            if rng.random() < 0.5:
                issue += f"({rng.randrange(100, 300)})"
            p += [(None, "„"), ("container-title", journal), (None, rng.choice(["” ", "\" ", "”, "])),
                  ("issued", year), (None, ", ")]
            if rng.random() < 0.4:
                p += [(None, "t. "), ("volume", str(rng.randrange(1, 80))), (None, ", ")]
            p += [(None, rng.choice(["nr ", "nr ", "z. "])), ("issue", issue), (None, ", s. "),
                  ("page", self.pages(rng)), (None, ".")]
        return p, "article-journal"

    def abnt_journal(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[15] ABNT articles "Journal, São Paulo, v. 52, n. 3, p. 1-10, 2018": the city after the journal."""
        v = self.vocab[lang]
        author = self.names(rng, lang, rng.choice(["caps", "caps-given"]), seps=("; ",))[0]
        p: list[Piece] = [("author", author), (None, ". "), ("title", self.title(rng, lang)), (None, ". "),
                          ("container-title", rng.choice(v["journals"])), (None, ", "),
                          ("publisher-place", rng.choice(v["places"])), (None, ", v. "),
                          ("volume", str(rng.randrange(1, 80)))]
        if rng.random() < 0.8:
            p += [(None, ", n. "), ("issue", str(rng.randrange(1, 12)))]
        p += [(None, ", p. "), ("page", self.pages(rng)), (None, ", ")]
        if rng.random() < 0.3:
            p += [("issued", f"{rng.choice(self.x['months']['pt'])} {_year(rng)}")]
        else:
            p += [("issued", str(_year(rng)))]
        p += [(None, ".")]
        return p, "article-journal"

    def fullwidth_pages(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[16] Japanese journal articles with full-width page ranges "４５－６２頁"."""
        v = self.vocab["ja"]
        wide = str.maketrans("0123456789-", "０１２３４５６７８９－")
        author = self.names(rng, "ja", "fam-init", seps=("・", ", ", "，"))[0]
        first = rng.randrange(1, 300)
        pages = f"{first}-{first + rng.randrange(2, 30)}".translate(wide)
        year = str(_year(rng))
        if rng.random() < 0.5:
            opening, closing = rng.choice([(" (", ")"), ("（", "）"), ("(", ")")])
            p: list[Piece] = [("author", author), (None, opening), ("issued", year),
                              (None, closing), (None, "「"), ("title", self.title(rng, "ja")),
                              (None, "」『"), ("container-title", rng.choice(v["journals"])), (None, "』"),
                              ("volume", str(rng.randrange(1, 80)).translate(wide))]
            if rng.random() < 0.6:
                p += [(None, "（"), ("issue", str(rng.randrange(1, 12)).translate(wide)), (None, "）")]
            p += [(None, rng.choice(["，", ", ", "："])), ("page", pages), (None, rng.choice(["頁", "頁.", "ページ", ""]))]
        else:
            p = [("author", author), (None, "："), ("title", self.title(rng, "ja")), (None, "．"),
                 ("container-title", rng.choice(v["journals"])), (None, "，"),
                 ("volume", str(rng.randrange(1, 80)).translate(wide)), (None, "，"), ("page", pages),
                 (None, "，"), ("issued", year.translate(wide)), (None, "．")]
        return p, "article-journal"

    def place_publisher(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[17] French/Vancouver reports "Title [En ligne]. Saint-Denis La Plaine : HAS ; 2017 [consulté le …]"."""
        v = self.vocab[lang]
        p: list[Piece] = []
        if rng.random() < 0.5:
            p += [("author", rng.choice(v["organisations"] + self.x["imprint_publishers"][lang]))]
        else:
            p += [("author", self.names(rng, lang, "vanc", most=4, seps=(", ",))[0])]
        p += [(None, ". "), ("title", self.title(rng, lang))]
        if rng.random() < 0.6:
            p += [(None, " "), ("medium", rng.choice(["[En ligne]", "[Internet]", "[en ligne]", "[online]"]))]
        sep = " : " if lang == "fr" and rng.random() < 0.8 else ": "
        p += [(None, ". "), ("publisher-place", rng.choice(self.x["imprint_places"][lang])), (None, sep),
              ("publisher", rng.choice(self.x["imprint_publishers"][lang])), (None, rng.choice([" ; ", "; "])),
              ("issued", str(rng.randrange(1995, 2026)))]
        cue = {"fr": ("consulté le", "Disponible sur"), "es": ("citado", "Disponible en"),
               "it": ("citato", "Disponibile su"), "en": ("cited", "Available from")}[lang]
        if rng.random() < 0.7:
            p += [(None, " ["), ("available", cue[0]), (None, " "),
                  ("accessed", self.date(rng, lang, rng.choice(["{long}", "{iso}"]))), (None, "]")]
        p += [(None, ". ")]
        if rng.random() < 0.3:
            p += [(None, f"{rng.randrange(10, 200)} p. ")]
        if rng.random() < 0.7:
            p += [("available", cue[1]), (None, rng.choice([" : ", ": "])), ("URL", self.url(rng, lang))]
        return p, "report"

    def ort_jahr(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[18] German "Ort Jahr" imprints without a publisher: "Rosa, H.: Beschleunigung. Frankfurt a. M. 2005."."""
        author = self.names(rng, "de", rng.choice(["fam-comma-init", "fam-comma-given"]), seps=("/", "; ", ", "))[0]
        year = str(_year(rng))
        title = self.title(rng, "de")
        if rng.random() < 0.3:
            title += self.subtitle(rng, "de", rng.choice([". ", ": "]))
        place = rng.choice(self.x["de_places"])
        edition = [("edition", rng.choice(self.x["edition_forms"]["de"]).format(n=rng.randrange(2, 9))),
                   (None, rng.choice([", ", ". "]))] if rng.random() < 0.2 else []
        if rng.random() < 0.6:
            p: list[Piece] = [("author", author), (None, rng.choice([": ", ": ", ", "])), ("title", title),
                              (None, rng.choice([". ", ", "])), *edition, ("publisher-place", place), (None, " "),
                              ("issued", year)]
        else:
            p = [("author", author), (None, " ("), ("issued", year), (None, rng.choice(["): ", "). "])),
                 ("title", title), (None, ". "), *edition, ("publisher-place", place)]
        if rng.random() < 0.15:
            p += [(None, ", S. "), ("page", self.pages(rng).replace("-", "–"))]
        p += [(None, ".")]
        return p, "book"

    def edited_head(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[20] edited books at the head of a reference: "Czapiński J., Panek T. (red.), Title, …", "佐藤健二, 吉見俊哉 編."."""
        v = self.vocab[lang]
        mark = rng.choice(self.x["editor_marks"][lang])
        year = str(_year(rng))
        title = self.title(rng, lang)
        if lang in {"ja", "zh"}:
            editors = self.names(rng, lang, "fam-init", seps=(", ", "・", "，", "、"))[0]
            if rng.random() < 0.5:
                p: list[Piece] = [("editor", editors), (None, mark + rng.choice([". ", "．", " "])), ("title", title),
                                  (None, rng.choice([". ", "．"])), ("publisher", rng.choice(v["publishers"])),
                                  (None, rng.choice([", ", "，"])), ("issued", year)]
            else:
                p = [("editor", editors), (None, mark + rng.choice([" (", "（"])), ("issued", year),
                     (None, rng.choice([")『", "）『"])), ("title", title), (None, "』"),
                     ("publisher", rng.choice(v["publishers"]))]
            return [*p, (None, rng.choice([".", "．", ""]))], "book"
        form = {"pl": "fam-init", "it": "fam-init", "fr": rng.choice(["fam-init", "caps", "fam-comma-init"]),
                "en": "fam-comma-init", "de": "fam-comma-init", "es": "fam-comma-init", "pt": "caps",
                "cs": "caps", "sv": "fam-comma-init", "nl": "fam-comma-init", "tr": "fam-comma-init",
                "ru": "fam-init"}[lang]
        editors = self.names(rng, lang, form, seps=(", ",) if form == "fam-init" else ("; ", ", "),
                             last=form != "fam-init")[0]
        if rng.random() < 0.4:
            title += self.subtitle(rng, lang, ". " if lang == "pl" else ": ")
        if lang in {"pl", "it"} or rng.random() < 0.3:
            p = [("editor", editors), (None, mark + ", "), ("title", title), (None, ", "),
                 ("publisher", rng.choice(v["publishers"])), (None, ", "), ("publisher-place", rng.choice(v["places"])),
                 (None, " "), ("issued", year), (None, ".")]
        else:
            p = [("editor", editors), (None, mark + " ("), ("issued", year), (None, rng.choice(["). ", ") ", "): "])),
                 ("title", title), (None, ". ")]
            if rng.random() < 0.7:
                p += [("publisher-place", rng.choice(v["places"])), (None, ": ")]
            p += [("publisher", rng.choice(v["publishers"])), (None, ".")]
        return p, "book"

    def edition_paren(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[21] APA editions in brackets in many languages: "Title (17. baskı). Publisher."."""
        v = self.vocab[lang]
        n = rng.randrange(2, 30) if rng.random() < 0.3 else rng.randrange(2, 9)
        ordinal = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n not in (11, 12, 13) else 0, "th")
        edition = rng.choice(self.x["edition_forms"][lang]).format(n=n, o=f"{n}{ordinal}")
        author = self.names(rng, lang, "fam-comma-init", seps=(", ",), last=True)[0]
        p: list[Piece] = [("author", author), (None, " ("), ("issued", str(_year(rng))), (None, "). "),
                          ("title", self.title(rng, lang)), (None, " ("), ("edition", edition), (None, "). ")]
        if rng.random() < 0.3:
            p += [("publisher-place", rng.choice(v["places"])), (None, ": ")]
        p += [("publisher", rng.choice(v["publishers"])), (None, ".")]
        return p, "book"

    def article_number(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[13, 22] article numbers after a cue ("Vol. 31. Art. 100567", "Article 100567") or with letters."""
        v = self.vocab[lang]
        year = str(rng.randrange(2005, 2026))
        number = rng.choice([str(rng.randrange(100000, 999999)), str(rng.randrange(100, 9999)),
                             f"e{rng.randrange(1000, 99999)}", f"{rng.choice('ABCDEFGHKL')}{rng.randrange(10, 999)}",
                             f"{rng.choice(['FL', 'EL', 'RC', 'S'])}{rng.randrange(1, 99)}{rng.choice('ABCD')}"])
        journal = rng.choice(v["journals"] + [j for j, _ in self.maker.journals[:200]])
        shape = rng.randrange(3)
        if shape == 0:  # GOST-like latinised "Journal. 2021. Vol. 31. Art. 100567."
            p: list[Piece] = [("author", self.names(rng, lang, "fam-init", seps=(", ",))[0]), (None, " "),
                              ("title", self.title(rng, lang)), (None, " // "), ("container-title", journal),
                              (None, ". "), ("issued", year), (None, ". Vol. "), ("volume", str(rng.randrange(1, 200))),
                              (None, ". "), (None, rng.choice(self.x["article_cues"])), ("page", number), (None, ".")]
        elif shape == 1:  # Vancouver "Journal. 2019;116:FL9C."
            p = [("author", self.names(rng, lang, "vanc", most=6, seps=(", ",))[0]), (None, ". "),
                 ("title", self.title(rng, lang)), (None, ". "), ("container-title", journal), (None, ". "),
                 ("issued", year), (None, ";"), ("volume", str(rng.randrange(1, 200)))]
            if rng.random() < 0.4:
                p += [(None, "("), ("issue", str(rng.randrange(1, 13))), (None, ")")]
            p += [(None, ":"), ("page", number), (None, ".")]
        else:  # APA "Journal, 31(2), Article 100567."
            p = [("author", self.names(rng, lang, "fam-comma-init", seps=(", ",), last=True)[0]),
                 (None, " ("), ("issued", year), (None, "). "), ("title", self.title(rng, lang)), (None, ". "),
                 ("container-title", journal), (None, ", "), ("volume", str(rng.randrange(1, 200)))]
            if rng.random() < 0.5:
                p += [(None, "("), ("issue", str(rng.randrange(1, 13))), (None, ")")]
            p += [(None, ", "), (None, rng.choice(self.x["article_cues"])), ("page", number), (None, ".")]
        if rng.random() < 0.3:
            doi = _doi(rng, int(year))
            p += [(None, " "), ("DOI", "https://doi.org/" + doi)] if rng.random() < 0.5 else [(None, " doi:"), ("DOI", doi)]
        return p, "article-journal"

    def ja_brackets(self, rng: random.Random, lang: str) -> tuple[list[Piece], str]:
        """[23] Japanese book titles in 『』 with 「・」 and a paperback series after them."""
        v = self.vocab["ja"]
        author = self.names(rng, "ja", "fam-init", seps=("・", "、"))[0]
        words = rng.sample(self.x["ja_words"], rng.choice([2, 3, 3, 4]))
        title = rng.choice(["{w}の{t}", "{t}：{w}", "{w}", "{w}の社会学", "{t}―{w}"]).format(
            w="・".join(words), t=rng.choice(v["titles"]))
        year = str(_year(rng))
        p: list[Piece] = [("author", author)]
        if rng.random() < 0.4:
            p += [(None, rng.choice([" (", "（"])), ("issued", year), (None, rng.choice([")", "）"]))]
            year = ""
        p += [(None, rng.choice(["『", " 『"])), ("title", title), (None, "』")]
        if rng.random() < 0.5:
            p += [("collection-title", rng.choice(self.x["ja_series"]))]
        else:
            p += [("publisher", rng.choice(v["publishers"]))]
        if year:
            p += [(None, rng.choice([", ", "，", "、"])), ("issued", year)]
        p += [(None, rng.choice(["", ".", "。"]))]
        return p, "book"


AND = {"en": [" & ", ", & ", " and ", ", and "], "fr": [" et ", " & "], "de": [" und ", " & ", "/"], "es": [" y ", " & "],
       "pt": [" e ", " & "], "it": [" e ", " & "], "nl": [" en ", " & "], "pl": [" i ", " & "], "cs": [" a ", " & "],
       "sv": [" & ", " och "], "tr": [" ve ", " & "], "ru": [" и ", ", "], "zh": ["、", ", "], "ja": ["・", ", "]}
URL_CUES = {"en": ["Available at", "Available from", "Online"], "fr": ["Disponible sur", "En ligne"],
            "de": ["Verfügbar unter", "Online unter", "Online"], "es": ["Disponible en", "Recuperado de"],
            "pt": ["Disponível em"], "it": ["Disponibile su", "Disponibile all'indirizzo"], "nl": ["Beschikbaar via"],
            "pl": ["Dostępne w Internecie", "Dostępny w"], "cs": ["Dostupné z", "Dostupné online"],
            "sv": ["Tillgänglig", "Tillgänglig från"], "tr": ["Erişim adresi"], "ru": ["Режим доступа"],
            "zh": ["网址"], "ja": ["入手先"]}
REPORT_WORDS = {"pt": ["boletim epidemiológico", "relatório", "guia", "nota técnica"],
                "es": ["boletín", "informe anual", "guía"], "fr": ["bulletin", "rapport annuel", "guide"],
                "it": ["rapporto", "bollettino", "linee guida"]}
EUROPEAN = ["en", "fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sv", "tr"]
# shape -> (languages, share of SHAPE_ROWS in percent)
SHAPES: dict[str, tuple[list[str], float]] = {
    "access_numeric": (LANGS, 10), "gbt_online": (["zh", "ja"], 3), "abnt_corporate": (["pt", "pt", "es", "fr", "it"], 5),
    "comma_book": (["pl", "pl", "it", "it", "cs"], 8), "gost_site": (["ru"], 4), "red_chapter": (["sv", "sv", "nl", "cs", "pl"], 5),
    "gbt_proceedings": (["zh", "zh", "ja"], 4), "report_series": (["fr", "fr", "en", "de", "es", "it", "pt", "nl"], 5),
    "corporate_harvard": (["en", "en", "nl", "sv", "de"], 3), "title_years": (["en", "fr", "de", "es", "it"], 3),
    "apa_thesis": (["tr", "tr", "en", "es", "pt", "de", "fr", "it", "nl", "sv", "pl"], 4),
    "in_red": (["pl", "pl", "ru", "ru", "it", "cs"], 6), "quoted_journal": (["it", "pl"], 4), "abnt_journal": (["pt"], 3),
    "fullwidth_pages": (["ja"], 3), "place_publisher": (["fr", "fr", "es", "it", "en"], 5), "ort_jahr": (["de"], 5),
    "edited_head": (["pl", "it", "ja", "zh", "en", "fr", "de", "es", "pt", "cs", "sv", "nl", "tr", "ru"], 6),
    "edition_paren": (["tr", "tr", "de", "fr", "es", "pt", "it", "pl", "cs", "sv", "nl", "en", "ru"], 5),
    "article_number": (EUROPEAN, 5), "ja_brackets": (["ja"], 3),
}


def _single_stops(pieces: list[Piece]) -> list[Piece]:
    """Drop a separator's full stop after a value that ends with one ("Rosa, H.. Title" -> "Rosa, H. Title")."""
    out: list[Piece] = []
    for label, value in pieces:
        if label is None and value.startswith(".") and out and out[-1][1].endswith("."):
            value = value[1:]
        out.append((label, value))
    return out


def _brackets(text: str) -> tuple[int, int]:
    """How many round and square brackets are left open."""
    return text.count("(") - text.count(")"), text.count("[") - text.count("]")


def generate_shapes(total: int, seed: int) -> list[dict]:
    """The shape rows: ``total`` split over SHAPES by their shares, each row with its own RNG stream."""
    maker = RecordMaker(Vocabulary(RECORDS / "vocabulary.yaml"), [], load_journals(), load_names())
    extra = yaml.safe_load((RECORDS / "shapes.yaml").read_text(encoding="utf-8"))
    shapes = ShapeMaker(maker, extra)
    share = sum(s for _, s in SHAPES.values())
    rows: list[dict] = []
    for name, (langs, weight) in SHAPES.items():
        make = getattr(shapes, name)
        for k in range(round(total * weight / share)):
            rng = random.Random(f"{seed}:shape:{name}:{k}")
            lang = rng.choice(langs)
            pieces, kind = make(rng, lang)
            text, spans = compose(_single_stops(pieces))
            text = text.rstrip()  # so no damage lands on a trailing space that finish_row() would strip
            doc = Doc.build(text, spans)
            year = next((re.search(r"\d{4}", text[s:e]) for lab, s, e in spans if lab == "issued"), None)
            # damage() reads the record's type and year (for an epub date before the issue date)
            rec = {"type": kind, "issued": {"date-parts": [[int(year.group(0))]]}} if year else {"type": "shape"}
            applied = damage(doc, rec, name, rng.random() < 0.25, rng)
            if "available" in applied and _brackets(doc.text) != _brackets(text):
                # damage()'s access cue replaces the whole gap before a URL, "]. " included: keep the shape whole
                doc, applied = Doc.build(text, spans), []
            if "nbsp" in applied and not re.search("[\u00a0\u202f]", doc.text):
                applied.remove("nbsp")  # a CJK line without a space to replace
            text, spans = tidy(doc.text, doc.spans())
            row = finish_row(f"synthetic/shape/{name}/{k:04d}", lang, f"shape:{name}", None, text, spans, applied)
            row["types"] = [kind]
            row["shape"] = name
            rows.append(row)
    return rows


# ------------------------------------------------------------------------------------------------ driver


SHARED = ROOT / ".." / "shared" / "data"


def vendor_extra_records(seed: int) -> None:
    """Copy fixed samples of JabRef's journal list (CC0) and AnyStyle's name dictionary (BSD-2) into records/."""
    import csv
    import gzip

    if not SHARED.is_dir():
        sys.exit(f"--vendor needs {SHARED}; it is absent")
    rng = random.Random(seed)
    journals: list[tuple[str, str]] = []
    for path in sorted((SHARED / "journal-abbreviations").glob("journal_abbreviations_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [(r[0].strip(), r[1].strip()) for r in csv.reader(fh) if len(r) >= 2 and r[0].strip()]
        journals += rng.sample(rows, min(len(rows), 250))
    with (RECORDS / "journals.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(sorted(set(journals)))
    names: list[str] = []
    with gzip.open(SHARED / "anystyle" / "anystyle-data-dict.txt.gz", "rt", encoding="utf-8") as fh:
        section = None
        for line in fh:
            line = line.strip()
            if line.startswith("#!"):
                section = line[2:].strip()
            elif section == "name" and line.isalpha() and len(line) > 2:
                names.append(line)
    sample = sorted(rng.sample(names, 4000))
    (RECORDS / "names.txt").write_text("\n".join(sample) + "\n", encoding="utf-8")


def load_journals() -> list[tuple[str, str]]:
    """(full title, abbreviation) pairs from records/journals.csv."""
    import csv

    with (RECORDS / "journals.csv").open(encoding="utf-8", newline="") as fh:
        return [(r[0], r[1]) for r in csv.reader(fh) if len(r) >= 2]


def load_names() -> list[str]:
    """Family names (capitalised) from records/names.txt, a sample of AnyStyle's name dictionary."""
    words = (RECORDS / "names.txt").read_text(encoding="utf-8").split()
    return ["Mc" + w[2:].capitalize() if w.startswith("mc") and len(w) > 3 else w.capitalize() for w in words]


def load_crossref_items() -> list[dict]:
    """The vendored CSL-JSON items (Crossref-derived and hand-written), ids lower-cased for citeproc-py."""
    items = json.loads((RECORDS / "items.json").read_text(encoding="utf-8"))
    for item in items:
        item["id"] = item["id"].lower()
    return items


def choose_locale(rng: random.Random, lang: str, vocab: Vocabulary) -> str:
    if lang == "en":
        return rng.choice(ENGLISH_LOCALES) if rng.random() < 0.8 else rng.choice(
            ["fr-FR", "de-DE", "es-ES", "it-IT", "pt-BR", "nl-NL", "pl-PL", "ru-RU"])
    native = vocab[lang]["locale"]
    return native if rng.random() < 0.7 else rng.choice(ENGLISH_LOCALES)


def finish_row(rid: str, lang: str | None, style: str, locale: str | None, text: str,
               spans: list[tuple[str, int, int]], applied: list[str]) -> dict:
    text_stripped = text.rstrip()
    spans = [s for s in spans if s[2] <= len(text_stripped)]
    start = len(text_stripped) - len(text_stripped.lstrip())
    return {"id": rid, "source": "synthetic", "lang": lang, "style": style, "locale": locale,
            "text": text_stripped, "spans": [list(s) for s in spans],
            "refs": [[start, len(text_stripped)]] if text_stripped.strip() else [], "damage": applied}


def glue(a: dict, b: dict, rng: random.Random, rid: str) -> dict:
    """Two references on one line, as pasted from a PDF whose line breaks were lost."""
    sep = rng.choice([" ", " ", "  ", " ; ", "; ", "\u00a0", "\t"])
    offset = len(a["text"]) + len(sep)
    spans = a["spans"] + [[lab, s + offset, e + offset] for lab, s, e in b["spans"]]
    refs = a["refs"] + [[s + offset, e + offset] for s, e in b["refs"]]
    return {"id": rid, "source": "synthetic", "lang": a["lang"], "style": a["style"], "locale": a["locale"],
            "text": a["text"] + sep + b["text"], "spans": spans, "refs": refs, "types": a["types"] + b["types"],
            "damage": sorted(set(a["damage"] + b["damage"] + ["glued"]))}


def generate(total: int, seed: int, log=print) -> list[dict]:
    """All synthetic rows, deterministic for ``seed``."""
    rng = random.Random(seed)
    vocab = Vocabulary(RECORDS / "vocabulary.yaml")
    crossref = load_crossref_items()
    maker = RecordMaker(vocab, [i["title"] for i in crossref if i.get("title") and len(i["title"]) < 160],
                        load_journals(), load_names())
    renderer = Renderer()
    styles = list(STYLES)

    # plan: (record, lang, style, locale); Crossref items 5 times each in random styles, the rest generated
    jobs: list[tuple[dict, str, str, str | None]] = []
    for item in crossref:
        for _ in range(4):
            lang = (item.get("language") or "en")[:2].lower()
            lang = lang if lang in LANGS else "en"
            jobs.append((item, lang, rng.choice(styles), choose_locale(rng, "en", vocab)))
    n_generated = max(0, int(total * 0.95) - len(jobs))
    kinds, weights = zip(*TYPE_WEIGHTS.items(), strict=True)
    for i in range(n_generated):
        lang = LANGS[i % len(LANGS)]
        kind = rng.choices(kinds, weights=weights)[0]
        rec = maker.make(rng, lang, kind, f"gen-{lang}-{i:06d}")
        if lang in TEMPLATE_STYLES and rng.random() < TEMPLATE_SHARE[lang]:
            jobs.append((rec, lang, rng.choice(TEMPLATE_STYLES[lang]), None))
        else:
            jobs.append((rec, lang, rng.choice(styles), choose_locale(rng, lang, vocab)))

    # render, grouped by (style, locale) so each style is parsed once
    rendered: dict[int, tuple[str, list]] = {}
    groups: dict[tuple[str, str | None], list[int]] = collections.defaultdict(list)
    for index, (_, _, style, locale) in enumerate(jobs):
        groups[(style, locale)].append(index)
    started = time.time()
    failures = collections.Counter()
    for (style, locale), indexes in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if locale is None:
            for index in indexes:
                rec, lang, _, _ = jobs[index]
                result = render_template(rec, style, lang, random.Random(f"{seed}:{index}"))
                if result is None:
                    failures[style] += 1
                else:
                    rendered[index] = result
            continue
        raws = renderer.render([jobs[i][0] for i in indexes], style, locale)
        for index, raw in zip(indexes, raws, strict=True):
            if raw is None or S_OPEN not in raw:
                failures[style] += 1
                continue
            text, spans = decode(raw)
            repeated = [(lab, text[s:e]) for lab, s, e in spans if lab in {"title", "author", "editor"}]
            if len(repeated) != len(set(repeated)):
                failures[style] += 1  # citeproc-py printed a substituted variable twice
                continue
            text, spans = _space_dates(text, spans)
            text, spans = _strip_citeproc_number(text, spans)
            rendered[index] = _restrip(text, spans)
    log(f"rendered {len(rendered)}/{len(jobs)} in {time.time() - started:.0f}s; skipped {dict(failures)}")

    rows: list[dict] = []
    for index in sorted(rendered):
        rec, lang, style, locale = jobs[index]
        text, spans = rendered[index]
        row_rng = random.Random(f"{seed}:damage:{index}")
        doc = Doc.build(text, spans)
        split_literal_etal(doc)
        applied = damage(doc, rec, style, STYLES.get(style, False), row_rng)
        text, spans = tidy(doc.text, doc.spans())
        row = finish_row(f"synthetic/{lang}/{index:06d}", lang, style, locale, text, spans, applied)
        row["types"] = [rec["type"]] if row["refs"] else []
        rows.append(row)

    # glued pairs (about 4%) replace single rows; non-references (about 4%) are added
    # glued pairs come from one language, as they would from one paper's reference list
    rng.shuffle(rows)
    by_lang: dict[str | None, list[dict]] = collections.defaultdict(list)
    for row in rows:
        by_lang[row["lang"]].append(row)
    n_glued = int(len(rows) * 0.045)
    glued, used = [], set()
    langs = sorted(by_lang, key=str)
    k = 0
    while len(glued) < n_glued and any(len(by_lang[lg]) >= 2 for lg in langs):
        lg = langs[k % len(langs)]
        k += 1
        if len(by_lang[lg]) < 2:
            continue
        a, b = by_lang[lg].pop(), by_lang[lg].pop()
        used.update((a["id"], b["id"]))
        glued.append(glue(a, b, rng, f"synthetic/glued/{len(glued):05d}"))
    rows = glued + [r for r in rows if r["id"] not in used]
    n_non = int(total * 0.04)
    for k in range(n_non):
        line, kind = non_reference(rng)
        rows.append({"id": f"synthetic/nonref/{k:05d}", "source": "synthetic", "lang": None, "style": kind,
                     "locale": None, "text": line, "spans": [], "refs": [], "types": [], "damage": []})
    rows.sort(key=lambda r: r["id"])
    return rows


def _strip_citeproc_number(text: str, spans: list[tuple[str, int, int]]):
    """Drop citeproc-py's own citation number (it omits the space after it); damage() adds realistic ones."""
    if spans and spans[0][0] == "citation-number" and spans[0][1] <= 1:
        m = re.match(r"[\[(]?\d+[\])]?\.?\s*", text)
        if m:
            cut = m.end()
            return text[cut:], [(lab, s - cut, e - cut) for lab, s, e in spans[1:]]
    return text, spans


def _space_dates(text: str, spans: list[tuple[str, int, int]]):
    """citeproc-py glues some localised dates ("26juin2009"); put the spaces back."""
    doc = Doc.build(text, spans)
    for label, start, end in sorted(spans, key=lambda s: -s[1]):
        if label in {"issued", "accessed", "original-date"}:
            for m in reversed(list(re.finditer(r"(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)", text[start:end]))):
                doc.replace(start + m.start(), start + m.start(), " ", doc.owner[start])
    return doc.text, doc.spans()


def _restrip(text: str, spans: list[tuple[str, int, int]]):
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return tidy(text, [(lab, s - lead, e - lead) for lab, s, e in spans if e - lead <= len(text) and s >= lead])


def main(argv: list[str] | None = None) -> int:
    """Generate the synthetic rows, write them, and re-assemble train/dev."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=18000, help="about how many rows to make (default 18000)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--shape-rows", type=int, default=SHAPE_ROWS,
                    help=f"rows of the shapes of training/labeler-requests.md (default {SHAPE_ROWS})")
    ap.add_argument("--shapes-only", action="store_true",
                    help="reuse the rows of --out and remake only the shape rows (quick while editing shapes)")
    ap.add_argument("--no-assemble", action="store_true", help="do not rewrite training/train.jsonl, dev.jsonl")
    ap.add_argument("--vendor", action="store_true",
                    help="first re-copy the journal and name samples in training/records/ from ../shared/data")
    args = ap.parse_args(argv)
    if args.vendor:
        vendor_extra_records(args.seed)
    started = time.time()
    if args.shapes_only:  # keep the rows of the existing file, remake only the shape rows
        rows = [r for r in map(json.loads, args.out.open(encoding="utf-8")) if not r["id"].startswith("synthetic/shape/")]
    else:
        rows = generate(args.rows, args.seed)
    rows += generate_shapes(args.shape_rows, args.seed)  # after the older rows, so none of them moves
    n = build_corpora.write_jsonl(args.out, rows)
    langs = collections.Counter(r["lang"] for r in rows)
    styles = collections.Counter(r["style"] for r in rows)
    damages = collections.Counter(d for r in rows for d in r["damage"])
    print(f"{n} rows -> {args.out} in {time.time() - started:.0f}s")
    print("languages:", dict(langs.most_common()))
    print("styles:", dict(styles.most_common()))
    print("damage:", dict(damages.most_common()))
    print("labels:", dict(build_corpora.label_counts(rows).most_common()))
    if not args.no_assemble:
        print("train/dev rows:", build_corpora.assemble())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
