#!/usr/bin/env python3
"""Hand-written dev lines + their gold CSL-JSON -> labeler training rows (refnorm's span format).

    python scripts/align_gold.py [FILE ...] [--out training/aligned.jsonl] [--show N]

Reads ``bench/data/multilingual-dev*.jsonl`` (or the files given; never ``bench/data/kept-aside/``) and
finds each gold field's text in the line: one span per field, with the labeler's label
(``training/labels.json``), following the conventions of the other training rows (``training/README.md``,
"Span conventions"):

- a name list (author / editor / translator) is one span, from the first printed name to the last
  (family names matched accent- and case-insensitively, given names as printed: full, initials with or
  without dots, before or after the family name); "et al." and its translations closing it are ``etal``;
- role words and field labels stay outside ("In:", "Hrsg.", "pp.", "vol.", "doi:", "ISBN");
- a ``https://doi.org/`` prefix joins the ``DOI`` span; the edition word joins the ``edition`` span
  ("2nd ed.", "2. Aufl."); a page count printed without a gold page ("212 p.") is ``page``, as AnyStyle
  labels it; a numbering prefix ("[12]", "12.") is ``citation-number``; "[Internet]"-like media are
  ``medium``; access words before a URL or an access date ("Disponible sur", "consulté le") ``available``;
- dates from date-parts in the printed form ("9 mars 2020", "2020 Mar 9", "2019年3月", "09.03.2020");
- a gold list (glued references): one ``refs`` extent per record; gold null (not a reference): no spans,
  ``refs: []``, as the synthetic non-reference rows.

A line is kept only when every gold field is found once (or once outside the fields found before it:
longer values first, so a year inside a title does not count), and no letter or digit outside the spans
is left but known cue words ("In", "Hrsg.", "S.", "vol.", "[J]"...). The summary says why the others were
dropped. Punctuation at span edges is left to ``corpus.token_labels``, which trims it for every source.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from refnorm.parsing.tokens import tokenize  # noqa: E402

DEFAULT_GLOB = "multilingual-dev*.jsonl"
KEPT_ASIDE = (ROOT / "bench" / "data" / "kept-aside").resolve()

# gold variable -> label (as scripts/synth.py's VARIABLE_LABELS)
STRING_FIELDS = {
    "title": "title", "container-title": "container-title", "collection-title": "collection-title",
    "event-title": "event-title", "publisher": "publisher", "publisher-place": "publisher-place",
    "event-place": "publisher-place", "genre": "genre", "medium": "medium", "number": "number",
    "volume": "volume", "issue": "issue", "collection-number": "volume", "version": "note",
}
ID_FIELDS = {"DOI": "DOI", "URL": "URL", "ISBN": "ISBN", "ISSN": "ISSN", "PMID": "PMID", "PMCID": "PMCID", "arXiv": "arXiv"}
DATE_FIELDS = {"issued": "issued", "accessed": "accessed", "original-date": "original-date",
               "available-date": "original-date"}
NAME_FIELDS = ("author", "editor", "translator")
IGNORED = {"type", "id", "language", "note-internal"}

_DASHES = "‐‑‒–—―−"
_QUOTES = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "«": '"',
           "»": '"', "‹": "'", "›": "'", "「": '"', "」": '"', "『": '"', "』": '"', "《": '"', "》": '"'}
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_WORDS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W_\p{Han}\p{Hiragana}\p{Katakana}]+")

_DATE_LEX = json.loads((ROOT / "src" / "refnorm" / "data" / "date_lexicon.json").read_text(encoding="utf-8"))
MONTHS: dict[str, int] = {}
for _k, _v in _DATE_LEX["months"].items():
    MONTHS.setdefault(_k, _v)
_ACCESS = json.loads((ROOT / "src" / "refnorm" / "data" / "access_terms.json").read_text(encoding="utf-8"))
ACCESS_WORDS = sorted({t.lower() for t in _ACCESS["access"] + _ACCESS["available"] + _DATE_LEX["accessed"]}
                      | {"retrieved", "cited", "cité", "viewed", "consulted", "accessed", "zugriff", "acesso em",
                         "disponível em", "recuperado de", "erişim", "erişim tarihi", "дата обращения", "режим доступа",
                         "url", "online", "en ligne", "beschikbaar via", "dostupné z", "tillgänglig från", "网址",
                         "参照", "引用日期", "last accessed", "zitiert", "consultado", "accessed on", "visited",
                         "abgerufen", "abgerufen am", "hämtad", "hämtad från", "hämtat", "besökt", "pobrano",
                         "dostęp", "data dostępu", "citováno", "cit", "acceso", "accesso", "raadpleging", "geraadpleegd op",
                         "last accessed on", "retrieved on", "available", "available from", "available at",
                         "zuletzt geprüft am", "geprüft am", "zuletzt aufgerufen am", "from", "från", "van", "dostupné online", "dostępne w", "dostępny w", "erişim adresi", "disponible en", "disponibile su", "consultado em", "geraadpleegd", "tillgänglig"},
                      key=len, reverse=True)
_ACCESS_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ACCESS_WORDS)
                        + r")(?!\w)\.?", re.I)
MEDIUM_RE = re.compile(r"\[(?:Internet|[Oo]nline|[Ee]n\s+ligne|Online-Ausg\.|CD-ROM|DVD|Электронный\s+ресурс|"
                       r"электронный\s+ресурс|internet|[Ee]n\s+línea|on-line|Onlinequelle|Electronic\s+resource|"
                       r"Elektronisk\s+resurs|Recurso\s+electrónico|Online-Ressource)\]")
_ED_WORDS = (r"(?:ed|edn|eds|edition|éd|édition|Aufl|Auflage|Ausg|edición|edizione|edição|druk|editie|wyd|wydanie|"
             r"vyd|vydání|uppl|upplaga|upplagan|utg|utgåva|baskı|bası|bs|изд|издание|uitg|oplag|wyd)")
_ORD = r"(?:\.|ª|º|°|ᵉ|st|nd|rd|th|e|er|re|ème|è|a|-?е|-?я|-?e|-?ое)"
# after the number: "2nd ed.", "2. Aufl.", "2e éd.", "2.ª ed.", "6-е изд."; "版" of "2版"
_ED_QUAL = (r"(?:,?\s*(?:überarb(?:eitete)?|erw(?:eiterte)?|akt(?:ualisierte)?|aktual|korr(?:igierte)?|vollst|neu|"
            r"bearb(?:eitete)?|durchges(?:ehene)?|přeprac(?:ované)?|dopl(?:něné)?|opr|rev(?:ised)?|updated|expanded|"
            r"corr|aum(?:entada)?|atual(?:izada)?|ampl(?:iada)?|rev(?:isada|isée)?|испр(?:авленное)?|перераб(?:отанное)?|"
            r"доп(?:олненное)?|popr(?:awione)?|uzup(?:ełnione)?|zm|und|u|i|и|e|y|et|och|and)\b\.?){0,4}")
EDITION_WORD = re.compile(r"\s*" + _ORD + r"{0,2}" + _ED_QUAL + r"\s*(?:" + _ED_WORDS + r"\b\.?|版)", re.I)
# before the number: "wyd. 3", "Wyd. 2", "ed. 2"
EDITION_BEFORE = re.compile(_ED_WORDS + r"\.?\s*$", re.I)
ETAL_RE = re.compile(r"[\s,]*(?:\[|\()?(et\s*al\.?|et\s+alii|et\s+coll\.?|u\.\s*a\.?|и\s+др\.?|等|…|\.\.\.|"
                     r"i\s+wsp\.?|y\s+otros|y\s+cols?\.|e\s+altri|e\s+col\.|e\s+outros|i\s+in\.|a\s+kol\.|m\.\s*fl\.|"
                     r"ve\s+ark\.|ve\s+diğ\.|ほか|他)")
CITE_RE = re.compile(r"\s*(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,3})[.)](?=\s|[^\d\s])|(\d{1,3})(?=\s+[^\W\d_]))")
PAGE_COUNT = re.compile(r"(?<![\w.])([0-9]+|[ivxlc]+,\s*[0-9]+)\s*(?=(?:p|pp|s|S|с|стр|str|pages|Seiten|sayfa|ss|bl|blz|"
                        r"págs?|pág|sid|sidor|old|lk|頁|页)\b|頁|页)", re.I)
# cue words that may stay unlabelled (folded: lower case, no accents)
CUES = set("""
in dans en im w v в em i na u op ur iz и a e y et und and och ve og or og of de del della di da do des du
hrsg hg hgg eds ed edd edited herausgegeben dir dirs sous la coord coords comp comps org orgs red reds redaktion
onder redactie van a cura di cur by par von v hrsg herausgeber editor editors editado editada por pod под ред
trad trans transl translated tr ubers ubersetzt uebers cev пер перевод przel prel oversatt oversatt overs ceviren
s ss pp p pag pags str strony с сс стр vol vols bd bde jg jahrgang h heft hft nr no nos n nº num numero nro t т
tom tomo r roc rocnik c cis cislo sayı sayi cilt ss sz issue doi isbn issn pmid pmcid pmc url art artikel article
j m d c n r s a z p g k eb ol db cp dis canc ms
chap chapitre cap kap hoofdstuk
epub ahead print
icinde vom coll sv it o links tłum tlum przeł przel google scholar crossref pubmed medline scopus wos free full text pmc
jrg jaarg afl aflevering arg argang arsbok
suppl supl
""".split())  # noqa: SIM905
CJK_CUES = set("編编著訳译主等頁页巻卷号期第版発行出社")


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def normalize(text: str) -> tuple[str, list[int]]:
    """Folded text (accents off, case-folded, dashes/quotes unified, whitespace collapsed, "-\\n" hyphenation
    removed) and, per folded character, the index of the original character it came from."""
    out: list[str] = []
    idx: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "-" + _DASHES and i + 1 < n and text[i + 1] == "\n" and i > 0 and text[i - 1].isalpha():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            i = j
            continue
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                idx.append(i)
            i += 1
            continue
        if ch in _DASHES:
            rep = "-"
        elif ch in _QUOTES:
            rep = _QUOTES[ch]
        else:
            rep = fold(ch)
            if not rep:
                rep = ""
        for c in rep:
            if c.isspace():
                continue
            out.append(c)
            idx.append(i)
        i += 1
    return "".join(out), idx


def _word_kind(c: str) -> str:
    if not c:
        return ""
    if _CJK.match(c):
        return "cjk"
    if c.isdigit():
        return "d"
    if c.isalpha():
        return "a"
    return ""


class Line:
    """One dev line being aligned: its text, folded text and the spans found so far."""

    def __init__(self, text: str):
        self.text = text
        self.ntext, self.idx = normalize(text)
        self.spans: list[tuple[str, int, int, int]] = []  # label, start, end, record

    def to_orig(self, ns: int, ne: int) -> tuple[int, int]:
        return self.idx[ns], self.idx[ne - 1] + 1

    def free(self, s: int, e: int) -> bool:
        return all(e <= a or s >= b for _, a, b, _ in self.spans)

    def add(self, label: str, s: int, e: int, rec: int) -> None:
        # trim whitespace
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        # a bracket opened inside the value and closed right after it belongs to it ("stable (1803-1914)")
        for o, c in ("()", "[]"):
            inner = self.text[s:e]
            if inner.count(o) > inner.count(c) and e < len(self.text) and self.text[e] == c and self.free(e, e + 1):
                e += 1
        self.spans.append((label, s, e, rec))

    def bounded(self, ns: int, ne: int) -> bool:
        """The folded match [ns, ne) does not cut a word (Latin/Cyrillic/... letters or digits) in two."""
        t = self.ntext
        if ns > 0:
            a, b = _word_kind(t[ns - 1]), _word_kind(t[ns])
            if a and a == b and a != "cjk":
                return False
        if ne < len(t):
            a, b = _word_kind(t[ne - 1]), _word_kind(t[ne])
            if a and a == b and a != "cjk":
                return False
        return True

    def find(self, pattern: str, window: tuple[int, int], flags: int = 0) -> list[tuple[int, int]]:
        """Original-text spans of the folded pattern's bounded, free matches inside the window."""
        out = []
        for m in regex.finditer(pattern, self.ntext, flags, overlapped=True):
            if m.end() <= m.start() or not self.bounded(m.start(), m.end()):
                continue
            s, e = self.to_orig(m.start(), m.end())
            if s >= window[0] and e <= window[1] and self.free(s, e):
                out.append((s, e))
        # overlapped matches of the same place: keep the longest per start, drop the ones inside others
        out = sorted(set(out), key=lambda x: (x[0], -x[1]))
        kept: list[tuple[int, int]] = []
        for s, e in out:
            if kept and s < kept[-1][1]:
                continue
            kept.append((s, e))
        return kept


def words_pattern(value: str) -> str | None:
    """A folded-text pattern for a gold string: its words in order, any punctuation or none between them."""
    words = _WORDS.findall(normalize(value)[0])
    if not words:
        return None
    return r"[^\w]*".join(regex.escape(w) for w in words)


class Drop(Exception):
    pass


def _in_window(spans: list[tuple[int, int]], window: tuple[int, int]) -> list[tuple[int, int]]:
    return [sp for sp in spans if sp[0] >= window[0] and sp[1] <= window[1]]


# ------------------------------------------------------------------------------------------- identifiers
def find_identifier(line: Line, field: str, value: str, window) -> list[tuple[int, int]]:
    v = normalize(value)[0]
    if field in ("ISBN", "ISSN"):
        chars = [c for c in v if c.isalnum()]
        pat = r"[\s\-]?".join(regex.escape(c) for c in chars)
    elif field == "URL":
        pat = regex.escape(v).replace(r"\ ", r"\s?")
        pat += "/?" if not v.endswith("/") else ""
    else:
        pat = regex.escape(v)
    hits = line.find(pat, window)
    if field == "DOI":
        out = []
        for s, e in hits:
            m = re.search(r"(?:https?://(?:dx\.)?doi\.org/|doi\.org/)$", line.text[:s], re.I)
            out.append((m.start() if m else s, e))
        return out
    if field == "arXiv":
        return [(s - 6, e) if line.text[max(0, s - 6):s].lower() == "arxiv:" else (s, e) for s, e in hits]
    return hits


# ------------------------------------------------------------------------------------------- pages
def page_pattern(value: str) -> str:
    v = normalize(value)[0].replace(" ", "")
    m = re.fullmatch(r"([a-z]*)(\d+)-([a-z]*)(\d+)", v)
    if m:
        p1, a, p2, b = m.groups()
        # compressed ranges: any suffix of the last page ("216-28" for 216-228)
        lasts = sorted({b[k:] for k in range(len(b)) if (b[k:] and b[k:][0] != "0") or k == len(b) - 1}, key=len,
                       reverse=True)
        return (regex.escape(p1 + a) + r"\s*-+\s*(?:" + regex.escape(p2) + ")?(?:" + "|".join(lasts) + r")(?!\d)")
    return r"[^\w]*".join(regex.escape(w) for w in _WORDS.findall(v)) or regex.escape(v)


# ------------------------------------------------------------------------------------------- dates
def date_parts(d: dict) -> list[list[int]] | None:
    parts = d.get("date-parts")
    if not parts or not parts[0] or set(d) - {"date-parts", "circa"}:
        return None
    try:
        return [[int(x) for x in p] for p in parts]
    except (TypeError, ValueError):
        return None


_DATE_TOK = regex.compile(r"\d+|[^\W\d_]+|\S")
_DATE_SEP = {".", ",", "/", "-", "de", "of", "the", "年", "月", "日", "'", "del"}


def find_date(line: Line, parts: list[list[int]], window) -> list[tuple[int, int, bool]]:
    """Printed spans of a date: each occurrence of the year, extended over the month and day of the gold.
    Returns (start, end, complete) per free year occurrence."""
    first = parts[0]
    year = first[0]
    want = {}
    if len(first) > 1:
        want["m"] = first[1]
    if len(first) > 2:
        want["d"] = first[2]
    second = parts[1] if len(parts) > 1 else None
    t = line.text
    out = []
    for m in re.finditer(rf"(?<!\d){year}(?!\d)", t):
        s, e = m.start(), m.end()
        if not (s >= window[0] and e <= window[1]) or not line.free(s, e):
            continue
        # a year with a letter ("2020a")
        if re.match(r"[a-z](?![^\W\d_])", t[e:e + 2]):
            e += 1
        got: dict[str, bool] = {}
        toks = [(mm.start(), mm.end(), mm.group()) for mm in _DATE_TOK.finditer(t)]
        k0 = next(k for k, tk in enumerate(toks) if tk[0] == s)
        k1 = max(k for k, tk in enumerate(toks) if tk[1] <= e)

        def takes(tok: str, got: dict[str, bool] = got) -> str | None:
            low = fold(tok)
            if low.isdigit():
                v = int(low)
                if "m" in want and not got.get("m") and v == want["m"] and len(low) <= 2:
                    return "m"
                if "d" in want and not got.get("d") and v == want["d"] and len(low) <= 2:
                    return "d"
                return None
            mon = MONTHS.get(low.rstrip("."))  # (the lexicon has the abbreviations: "sept", "juil", "нояб")
            if "m" in want and not got.get("m") and mon == want["m"]:
                return "m"
            return None

        # extend right, then left, over separators and wanted parts
        for direction in (1, -1):
            k = k1 if direction == 1 else k0
            while True:
                j = k + direction
                seps = 0
                while 0 <= j < len(toks) and (fold(toks[j][2]) in _DATE_SEP) and seps < 3:
                    j += direction
                    seps += 1
                if not (0 <= j < len(toks)):
                    break
                gap = t[min(toks[k][1], toks[j][1]):max(toks[k][0], toks[j][0])]
                if len(gap) > 8 or "\n" in gap.strip(" "):
                    break
                what = takes(toks[j][2])
                if not what or not line.free(toks[j][0], toks[j][1]):
                    break
                got[what] = True
                k = j
            if direction == 1:
                k1 = k
            else:
                k0 = k
        ds, de = toks[k0][0], toks[k1][1]
        # CJK unit characters after the last number ("2019年3月", "9日")
        while de < len(t) and t[de] in "年月日号":
            de += 1
        if de < e:
            de = e
        if second:
            m2 = re.match(r"\s*[-–—/]\s*(\d{2,4})(?!\d)", t[de:])
            if m2 and str(second[0]).endswith(m2.group(1)) and len(second) == 1:
                de += m2.end()
                got["range"] = True
        complete = all(got.get(k) for k in want) and (not second or got.get("range", False))
        out.append((ds, de, complete))
    return out


# ------------------------------------------------------------------------------------------- names
def _given_pattern(given: str) -> str | None:
    words = [w for w in regex.split(r"[\s.\-‐]+", normalize(given)[0]) if w]
    if not words:
        return None
    parts = []
    for w in words:
        if _CJK.match(w):
            parts.append(regex.escape(w))
        elif len(w) == 1:
            parts.append(regex.escape(w) + r"\.?")
        else:
            # full word, or its initial (several capitals in a row are initials: "JP" of "Jean-Pierre")
            alts = [regex.escape(w), regex.escape(w[0]) + r"\.?"]
            if w.isalpha() and len(w) <= 3 and given.replace(".", "").replace(" ", "").isupper():
                alts.append(r"[^\w]?".join(regex.escape(c) for c in w) + r"\.?")
            parts.append("(?:" + "|".join(alts) + ")")
    return r"[\s.\-‐]*".join(parts)


def name_spans(line: Line, people: list[dict], window) -> tuple[int, int] | None:
    """The printed extent of a name list, from the first name to the last, or None."""
    found = []
    pos = window[0]
    for p in people:
        if "literal" in p:
            pat = words_pattern(p["literal"])
        else:
            fam = " ".join(x for x in (p.get("non-dropping-particle"), p.get("family")) if x) or p.get("given", "")
            pat = words_pattern(fam)
            if pat is None and p.get("family"):
                pat = words_pattern(p["family"])
        if pat is None:
            return None
        hits = [h for h in line.find(pat, (pos, window[1]))]
        if not hits and "literal" not in p and p.get("non-dropping-particle"):
            hits = line.find(words_pattern(p["family"]), (pos, window[1]))
        if not hits:
            return None
        s, e = hits[0]
        # the next person must follow closely, or the list is broken (or the hit is elsewhere)
        if found and len(line.text[found[-1][1]:s]) > 60:
            return None
        found.append((s, e, p))
        pos = e
    s_out, e_out = found[0][0], found[-1][1]
    # extend the first name left over a given name printed before it, the last right over one printed after
    for which, (s, e, p) in (("first", found[0]), ("last", found[-1])):
        g = p.get("given") if "literal" not in p else None
        if not g:
            continue
        gp = _given_pattern(g)
        if gp is None:
            continue
        # a particle printed after the given name: "Beethoven, Ludwig van", "Jonge, H. de"
        parts = [words_pattern(p.get(k) or "") for k in ("dropping-particle", "non-dropping-particle")]
        particle = r"(?:\s*(?:" + ("|".join(x for x in parts if x) or "(?!)") + r"))?"
        suffix = r"(?:[\s,]+(?:jr|sr|ii|iii)\.?)?"
        nt = line.ntext
        ns = line.idx.index(s) if s in line.idx else None
        ne = _norm_end(line, e)
        if which == "first" and ns is not None:
            m = regex.search(r"(?<![^\W\d_])(?:" + gp + r")" + particle + r"\s*$", nt[:ns])
            if m and m.start() < ns:
                s_out = min(s_out, line.idx[m.start()])
        if which == "last" and ne is not None:
            m = regex.match(r"[\s,]*(?:" + gp + r")" + particle + suffix
                            + ("" if _CJK.search(g) else r"(?![^\W\d_])"), nt[ne:])
            if m and m.end() > 0:
                mm = regex.match(r"[\s,]*", nt[ne:])
                if m.end() > mm.end():
                    e_out = max(e_out, line.idx[ne + m.end() - 1] + 1)
    if not line.free(s_out, e_out):
        return None
    return s_out, e_out


def gost_names(line: Line, people: list[dict], window) -> list[tuple[int, int]]:
    """GOST's statement of responsibility: "Иванова, Е. В. Title / Е. В. Иванова, А. П. Смирнов" names the
    authors after the title again (all of them), the heading before it only the first. Both are author runs
    (the parser merges runs that name one person twice); [] when the line is not so."""
    for m in re.finditer(r"(?<=\s)/\s", line.text[:window[1]]):
        if m.start() < window[0]:
            continue
        stmt = name_spans(line, people, (m.end(), window[1]))
        if stmt is None or line.text[m.end():stmt[0]].strip():
            continue
        heading = None
        for group in (people, people[:1]):
            heading = name_spans(line, group, (window[0], m.start()))
            if heading is not None:
                break
        if heading is not None and heading[1] > m.start():
            heading = None
        return [heading, stmt] if heading else [stmt]
    return []


def _norm_end(line: Line, e: int) -> int | None:
    for k, i in enumerate(line.idx):
        if i >= e:
            return k
    return len(line.idx)


# ------------------------------------------------------------------------------------------- one record
def edition_spans(line: Line, value: str, window) -> list[tuple[int, int]]:
    v = normalize(value)[0]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th|e|\.)?", v)
    hits = []
    if m:
        for mm in re.finditer(rf"(?<!\d){m.group(1)}(?!\d)", line.text):
            s, e = mm.start(), mm.end()
            w = EDITION_WORD.match(line.text, e)
            if w and window[0] <= s and w.end() <= window[1] and line.free(s, w.end()):
                hits.append((s, w.end()))
                continue
            b = EDITION_BEFORE.search(line.text[max(0, s - 14):s])
            if b and (b.start() == 0 or not line.text[max(0, s - 14) + b.start() - 1].isalpha()):
                bs = max(0, s - 14) + b.start()
                if window[0] <= bs and e <= window[1] and line.free(bs, e):
                    hits.append((bs, e))
        if not hits:
            # "第2版", "2-е изд."
            for mm in re.finditer(rf"第{m.group(1)}版", line.text):
                hits.append((mm.start(), mm.end()))
        return hits
    pat = words_pattern(value)
    if pat is None:
        return []
    out = []
    for s, e in line.find(pat, window):
        w = EDITION_WORD.match(line.text, e)
        out.append((s, w.end() if w else e))
    return out


ARXIV_ID = re.compile(r"(?:arXiv:\s*)?\d{4}\.\d{4,5}(?:v\d+)?", re.I)
NUMBER_FIELDS = ("volume", "issue", "number", "collection-number")


def _long_number(v: str) -> bool:
    """A number that is not a plain short integer ("2020:7", "NG136"): found as a string, before the dates."""
    v = v.strip()
    return bool(re.search(r"\d", v)) and (bool(re.search(r"[^\W\d_]|[:/.]", v)) or len(v) >= 5)


def _cue_pick(line: Line, hits: list[tuple[int, int]], field: str) -> list[tuple[int, int]]:
    """Several places for a number: keep those printed with the field's cue."""
    before = {
        "volume": r"(?:vol|vols|bd|jg|jahrgang|t|т|tom|tomo|v|roc|rocnik|cilt|årg|arg|jrg|jaarg|volume|band|卷|巻)\.?\s*$",
        "issue": r"(?:\(|no|nr|n|nº|n°|num|núm|numero|número|heft|h|č|cis|sayı|sayi|issue|fasc|afl|№|vyp|вып|第)\.?\s*$",
        "number": r"(?:no|nr|n|nº|n°|núm|№|number|numéro)\.?\s*$",
    }.get(field)
    if not before:
        return hits
    good = [(s, e) for s, e in hits if re.search(before, fold(line.text[max(0, s - 12):s]))]
    if field == "volume" and not good:
        good = [(s, e) for s, e in hits if re.match(r"\s*\(", line.text[e:e + 3])]
    return good or hits


def align_record(line: Line, rec: dict, r: int, window_of, stage: str) -> None:
    """Find one stage's fields of record ``r``; raise Drop on a field not found or found twice."""
    w = window_of(r)
    if stage == "ids":
        for f, lab in ID_FIELDS.items():
            if f not in rec:
                continue
            hits = find_identifier(line, f, str(rec[f]), w)
            if f == "URL" and not hits and "DOI" in rec and str(rec["DOI"]).lower() in str(rec["URL"]).lower():
                continue  # a doi.org link: the DOI span covers it
            if len(hits) != 1:
                raise Drop(f"{'missing' if not hits else 'ambiguous'}:{f}")
            line.add(lab, *hits[0], r)
    elif stage in ("titles", "strings"):
        # titles first, for every record: on a glued line they bound the windows the other fields are looked for in
        # (a title found once; else it waits for the other strings, longer first, as any string)
        # (numbers like "2020:7", "NG136", "2022 R11482" too: placed before the dates, their year is theirs)
        fields = [(f, STRING_FIELDS[f], str(rec[f])) for f in STRING_FIELDS if f in rec
                  and (f not in NUMBER_FIELDS or _long_number(str(rec[f])))
                  and (f == "title" or stage == "strings")]
        fields.sort(key=lambda x: -len(x[2]))
        for f, lab, v in fields:
            if any(q == r and lab == "title" for lab, _, _, q in line.spans) and f == "title":
                continue
            if f == "number" and ARXIV_ID.fullmatch(v.strip()):
                lab = "arXiv"  # as synth.py's tidy()
            pat = words_pattern(v)
            if pat is None:
                raise Drop(f"empty:{f}")
            hits = line.find(pat, w)
            if len(hits) == 2 and f != "title" and any(
                    fold(v) in fold(p.get("literal", "")) for role in NAME_FIELDS for p in rec.get(role, [])):
                hits = hits[1:]  # an organisation that is author and publisher: printed first as the author
            if len(hits) != 1:
                if stage == "titles":
                    continue
                raise Drop(f"{'missing' if not hits else 'ambiguous'}:{f}")
            line.add(lab, *hits[0], r)
    elif stage == "names":
        for f in NAME_FIELDS:
            if f not in rec or not rec[f]:
                continue
            found = []
            if f == "author" and " / " in line.text[w[0]:w[1]]:
                found = gost_names(line, rec[f], w)
            if not found:
                ext = name_spans(line, rec[f], w)
                if ext is None:
                    raise Drop(f"missing:{f}")
                found = [ext]
            for ext in found:
                line.add(f, *ext, r)
                m = ETAL_RE.match(line.text, ext[1])
                if m and line.free(m.start(1), m.end(1)):
                    line.add("etal", m.start(1), m.end(1), r)
    elif stage == "dates":
        items = [(f, lab, date_parts(rec[f])) for f, lab in DATE_FIELDS.items() if f in rec]
        for f, _, parts in items:
            if parts is None:
                raise Drop(f"date-form:{f}")
        items.sort(key=lambda x: (-len(x[2][0]), -len(x[2])))
        for f, lab, parts in items:
            cands = [c for c in find_date(line, parts, w)]
            full = [c for c in cands if c[2]]
            if len(full) == 1:
                line.add(lab, full[0][0], full[0][1], r)
            elif not full:
                raise Drop(f"missing:{f}")
            else:
                raise Drop(f"ambiguous:{f}")
    elif stage == "numbers":
        if "page" in rec:
            hits = line.find(page_pattern(str(rec["page"])), w)
            if len(hits) != 1:
                raise Drop(f"{'missing' if not hits else 'ambiguous'}:page")
            line.add("page", *hits[0], r)
        if "edition" in rec:
            hits = edition_spans(line, str(rec["edition"]), w)
            if len(hits) != 1:
                raise Drop(f"{'missing' if not hits else 'ambiguous'}:edition")
            line.add("edition", *hits[0], r)
        for f in NUMBER_FIELDS:
            if f not in rec or _long_number(str(rec[f])):
                continue
            pat = words_pattern(str(rec[f]))
            if pat is None:
                raise Drop(f"empty:{f}")
            hits = line.find(pat, w)
            if len(hits) > 1:
                hits = _cue_pick(line, hits, f)
            if len(hits) != 1:
                raise Drop(f"{'missing' if not hits else 'ambiguous'}:{f}")
            line.add(STRING_FIELDS[f], *hits[0], r)


STAGES = ("titles", "ids", "strings", "names", "dates", "numbers")


def align(text: str, gold) -> tuple[list[list], list[list[int]]]:
    """(spans, refs) of a dev line; raises Drop with the reason when the line can't be aligned cleanly."""
    if gold is None:
        return [], []
    recs = gold if isinstance(gold, list) else [gold]
    for rec in recs:
        for k in rec:
            if k not in IGNORED and k not in STRING_FIELDS and k not in ID_FIELDS and k not in DATE_FIELDS \
                    and k not in NAME_FIELDS and k not in ("page", "edition"):
                raise Drop(f"unsupported:{k}")
    line = Line(text)

    def window_of(r: int) -> tuple[int, int]:
        lo = max((e for _, _, e, q in line.spans if q < r), default=0)
        hi = min((s for _, s, _, q in line.spans if q > r), default=len(text))
        return lo, hi

    for stage in STAGES:
        for r, rec in enumerate(recs):
            align_record(line, rec, r, window_of, stage)
    # records in order, not interleaved
    for r in range(len(recs) - 1):
        if max(e for _, _, e, q in line.spans if q == r) > min(s for _, s, _, q in line.spans if q == r + 1):
            raise Drop("interleaved")
    _label_cues(line, len(recs))
    _check_left(line)
    spans = sorted(line.spans, key=lambda x: x[1])
    for a, b in itertools.pairwise(spans):
        if a[2] > b[1]:
            raise Drop("overlap")
    starts = [min(s for _, s, _, q in spans if q == r) for r in range(len(recs))]
    refs = []
    for r, s in enumerate(starts):
        e = starts[r + 1] if r + 1 < len(starts) else len(text)
        while e > s and text[e - 1].isspace():
            e -= 1
        refs.append([s if r else min(s, len(text) - len(text.lstrip())), e])
    return [[lab, s, e] for lab, s, e, _ in spans], refs


def _label_cues(line: Line, nrec: int) -> None:
    """Citation numbers, media, access words and page counts the gold has no field for."""
    t = line.text
    for r in range(nrec):
        first = min(s for _, s, _, q in line.spans if q == r)
        prev_end = max((e for _, _, e, q in line.spans if q == r - 1), default=0)
        m = None
        for mm in CITE_RE.finditer(t, prev_end, min(len(t), first + 2)):
            if mm.end() <= first and not t[mm.end():first].strip(" .;,\t\u00a0•·-–"):
                m = mm
        if m:
            g = next(k for k in range(1, 5) if m.group(k))
            if line.free(m.start(g), m.end(g)):
                line.add("citation-number", m.start(g), m.end(g), r)
    for m in MEDIUM_RE.finditer(t):
        if line.free(m.start(), m.end()):
            line.add("medium", m.start() + 1, m.end() - 1, _rec_at(line, m.start()))
    # access words: in the gap before a URL or an access date
    for lab, s, _e, r in sorted(line.spans, key=lambda x: x[1]):
        if lab not in ("URL", "accessed", "DOI"):
            continue
        prev = max((b for _, a, b, _ in line.spans if b <= s), default=0)
        gap = t[prev:s]
        if len(gap) > 60 or re.search(r"\d", gap):
            continue
        ms = [m for m in _ACCESS_RE.finditer(gap)]
        if not ms:
            continue
        a, b = prev + ms[0].start(), prev + ms[-1].end()
        if t[b - 1] == ".":
            b -= 1
        if line.free(a, b):
            line.add("available", a, b, r)
    # access words printed after the date: "（2024年5月10日閲覧）"
    for lab, _s, e, r in list(line.spans):
        m = re.match(r"\s*(閲覧|参照|アクセス|访问|查阅)", t[e:]) if lab == "accessed" else None
        if m and line.free(e + m.start(1), e + m.end(1)):
            line.add("available", e + m.start(1), e + m.end(1), r)
    # page counts ("212 p.", "356 s.") of records without a page field
    for m in PAGE_COUNT.finditer(t):
        if line.free(m.start(1), m.end(1)):
            r = _rec_at(line, m.start())
            if not any(lab == "page" and q == r for lab, _, _, q in line.spans):
                line.add("page", m.start(1), m.end(1), r)


def _rec_at(line: Line, pos: int) -> int:
    before = [q for _, s, _, q in line.spans if s <= pos]
    return max(before) if before else 0


def _check_left(line: Line) -> None:
    covered = [False] * len(line.text)
    for _, s, e, _ in line.spans:
        for i in range(s, e):
            covered[i] = True
    for tok in tokenize(line.text):
        if any(covered[tok.start:tok.end]):
            if not all(covered[tok.start:tok.end]):
                raise Drop("cut-word")
            continue
        tt = tok.text
        if not any(c.isalnum() for c in tt):
            continue
        if tt.isdigit():
            raise Drop("left:number")
        f = fold(tt)
        if f in CUES or tt in CJK_CUES:
            continue
        raise Drop(f"left:word:{f}")


# ------------------------------------------------------------------------------------------- main
def dev_files(paths: list[str]) -> list[Path]:
    files = [Path(p) for p in paths] if paths else sorted((ROOT / "bench" / "data").glob(DEFAULT_GLOB))
    for f in files:
        rp = f.resolve()
        if rp == KEPT_ASIDE or KEPT_ASIDE in rp.parents or "kept-aside" in rp.parts:
            raise SystemExit(f"refused: {f} is kept aside (bench/data/kept-aside/ is never trained on)")
    return files


def align_files(files: list[Path]) -> tuple[list[dict], Counter, list[tuple[str, str, str]]]:
    rows, why, dropped = [], Counter(), []
    for f in files:
        for raw in f.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            d = json.loads(raw)
            try:
                spans, refs = align(d["text"], d.get("gold"))
            except Drop as exc:
                why[str(exc)] += 1
                dropped.append((d["id"], str(exc), d["text"]))
                continue
            except Exception as exc:  # a bug here must not stop the whole run; it is counted
                why[f"error:{type(exc).__name__}"] += 1
                dropped.append((d["id"], f"error:{exc!r}", d["text"]))
                continue
            rows.append({"id": d["id"], "source": "aligned", "lang": d.get("lang"), "style": None,
                         "text": d["text"], "spans": spans, "refs": refs})
    return rows, why, dropped


def show(row: dict) -> str:
    from refnorm.parsing.corpus import Example, token_labels

    ex = Example(row["id"], row["text"], [tuple(s) for s in row["spans"]], [tuple(r) for r in row["refs"]])
    toks, labels = token_labels(ex)
    return "\n".join(f"{t.text}\t{lab}" for t, lab in zip(toks, labels, strict=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help=f"dev files (default bench/data/{DEFAULT_GLOB})")
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "aligned.jsonl")
    ap.add_argument("--show", type=int, default=0, help="print N random kept rows as token/label columns")
    ap.add_argument("--dropped", type=Path, help="write the dropped lines with their reason (TSV)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    files = dev_files(args.files)
    rows, why, dropped = align_files(files)
    n = len(rows) + sum(why.values())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    nonref = sum(1 for r in rows if not r["refs"])
    glued = sum(1 for r in rows if len(r["refs"]) > 1)
    print(f"{len(files)} files, {n} lines read, {len(rows)} kept ({nonref} non-references, {glued} glued), "
          f"{n - len(rows)} dropped -> {args.out}")
    grouped = Counter()
    for reason, k in why.items():
        grouped[reason.split(":")[0] + ":" + reason.split(":")[1] if reason.startswith("left:") else reason] += k
    words = Counter({r.split(":", 2)[2]: k for r, k in why.items() if r.startswith("left:word:")})
    for reason, k in grouped.most_common():
        more = ("  (" + ", ".join(f"{w} {c}" for w, c in words.most_common(12)) + ", ...)") if reason == "left:word" else ""
        print(f"  dropped {k:5d}  {reason}{more}")
    if args.dropped:
        with args.dropped.open("w", encoding="utf-8") as f:
            for i, reason, text in dropped:
                f.write(f"{i}\t{reason}\t{text}\n")
    if args.show:
        rnd = random.Random(args.seed)
        for row in rnd.sample(rows, min(args.show, len(rows))):
            print(f"\n# {row['id']} refs={row['refs']}\n{row['text']}")
            print(show(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
