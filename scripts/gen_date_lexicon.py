#!/usr/bin/env python3
"""Generate ``src/refnorm/data/date_lexicon.json``, the word tables of the date normaliser.

Sources, in order of authority:

1. **CLDR month names through Babel** (``babel.dates.get_month_names``): wide and abbreviated
   widths, ``format`` (genitive: "marca", "března", "Μαρτίου") and ``stand-alone`` (nominative:
   "marzec", "březen", "Μάρτιος") contexts, for the locales in ``LOCALES``.
2. **CSL locale files** (``../shared/data/csl-locales``, CC BY-SA 3.0, the Citation Style
   Language project, https://citationstyles.org/): the terms ``season-01..04``, ``no date``,
   ``in press``, ``forthcoming``, ``circa``, ``accessed`` and ``cited``, long and short forms; and
   ``month-01..12`` as a second source of month names (after CLDR) for languages CLDR lacks (Latin).
3. **``EXTRA_*`` below**: a short, documented list of variants that references use but neither
   CLDR nor CSL lists ("Sept", "o. J.", "б. г.", "sous presse"...). Kept here as data, clearly
   separated, so that nothing in the runtime module is a hand-typed month table.

Keys are normalised the way :mod:`refnorm.normalizers.dates` looks them up: NFC, case-folded,
abbreviation marks (``.``, Hebrew geresh, Devanagari ``॰``) stripped. Accent-less variants
("fevrier", "marz") are added when they do not collide with another month.

When one spelling means different months in different languages ("listopad" is November in
Czech and Polish but October in Croatian), the global table keeps the reading of the language
listed first in ``LOCALES`` and ``month_overrides[lang]`` records the other readings, so that a
language hint picks the right one.

Run: ``python scripts/gen_date_lexicon.py`` (needs Babel and ../shared; rewrites the JSON).
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import babel
from babel.dates import format_date, get_day_names, get_month_names

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
CSL_LOCALES = SHARED / "data" / "csl-locales"
OUT = ROOT / "src" / "refnorm" / "data" / "date_lexicon.json"
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff])*")

# Priority order matters for conflicting spellings: widely used reference languages first.
LOCALES = [
    "en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "cs", "sk", "uk", "sv", "da", "nb", "nn", "fi",
    "hu", "ro", "ca", "gl", "eu", "el", "tr", "bg", "sr", "sr_Latn", "hr", "bs", "sl", "mk", "be", "et",
    "lv", "lt", "is", "ga", "cy", "sq", "mt", "lb", "af", "de_AT", "de_CH", "fr_CA", "pt_PT", "es_MX", "es_PE",
    "ar", "ar_SY", "fa", "he", "ur", "hi", "bn", "mr", "ta", "te", "gu", "kn", "ml", "pa", "ne",
    "zh", "zh_Hant", "ja", "ko", "vi", "th", "id", "ms", "fil", "sw", "az", "ka", "hy", "kk", "uz", "mn",
    "km", "lo", "my", "si", "am", "ky", "tk", "fy", "br", "rm", "fo", "so", "ha", "yo", "zu",
]

CSL_TERMS = {
    "season-01": "season", "season-02": "season", "season-03": "season", "season-04": "season",
    "no date": "no_date", "in press": "in_press", "forthcoming": "in_press",
    "circa": "circa", "accessed": "accessed", "cited": "accessed",
}

# ---------------------------------------------------------------------------------------------
# EXTRA data: common variants not in CLDR or CSL (each line says why it is here).
# ---------------------------------------------------------------------------------------------
EXTRA_MONTHS = {
    "sept": 9,          # English/French/Spanish "Sept." (CLDR en has "Sep")
    "juill": 7,         # French "juill." (BnF and many French styles; CLDR fr has "juil.")
    "genn": 1,          # Italian "genn." in older bibliographies (CLDR it has "gen")
    "mrz": 3,           # German DIN short form "Mrz."
    "jänner": 1,        # Austrian German, also in de_AT but keep even if Babel drops it
    "febr": 2,          # "Febr." in older German/Hungarian/Dutch references
    "sep": 9, "oct": 10, "nov": 11, "dec": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
    "jul": 7, "aug": 8,  # Latin-script three-letter forms used across languages (NLM/Vancouver)
}
EXTRA_SEASONS = {
    "fall": 3,          # US English; CSL en-US says "Autumn"
    "frühling": 1,      # German; CSL de says "Frühjahr"
    "été": 2, "hiver": 4, "automne": 3, "printemps": 1,
    "primavera": 1, "verano": 2, "otoño": 3, "invierno": 4,
    "estate": 2, "autunno": 3, "inverno": 4,
    "lente": 1, "zomer": 2, "herfst": 3,
    "wiosna": 1, "lato": 2, "jesień": 3, "zima": 4,
    "jaro": 1, "léto": 2, "podzim": 3,
    "våren": 1, "sommaren": 2, "hösten": 3, "vintern": 4,  # Swedish definite forms ("våren 2020")
    "voorjaar": 1, "najaar": 3,  # Dutch, as common as "lente"/"herfst" in journal issues
    "봄": 1, "여름": 2, "가을": 3, "겨울": 4,  # Korean: CSL ko-KR has no season terms
    "пролеће": 1, "лето": 2, "јесен": 3,  # Serbian Cyrillic: CSL sr-Cyrl-RS has English ones ("зима" is above)
}
EXTRA_NO_DATE = [
    "n.d.", "nd", "n. d.", "no date", "s.d.", "s. d.", "s.f.", "sd", "o. J.", "o.J.", "oJ", "ohne Jahr",
    "z.j.", "b.r.", "b. r.", "b.d.", "б. г.", "б.г.", "б. р.", "без года", "t.y.", "u.å.", "é. n.", "f.a.",
    "sine anno", "s.a.", "sans date", "sin fecha", "senza data", "s.n.t.", "sem data", "bez daty",
    "bez roku", "nedatováno", "n.a.", "undated", "unknown date", "date inconnue", "date unknown", "無日期", "出版年不明", "日付不明",
]
EXTRA_IN_PRESS = [
    "in press", "inpress", "in the press", "forthcoming", "sous presse", "à paraître", "a paraitre",
    "im Druck", "in Druck", "en prensa", "en imprenta", "no prelo", "in stampa", "ter perse", "w druku",
    "в печати", "в друку", "у друку", "印刷中", "付印中", "baskıda", "v tisku", "v tlači", "under tryckning",
    "i tryk", "i trykk", "under utgivelse", "painossa", "sajtó alatt", "în curs de apariție",
    "sub tipar", "υπό έκδοση", "accepted", "in print", "submitted for publication", "u tisku",
    "u štampi", "prihvaćeno", "en premsa", "im Erscheinen", "in corso di stampa", "to appear", "to be published", "epub ahead of print", "ahead of print",
]
EXTRA_CIRCA = ["ca", "c", "circa", "approx", "ca.", "cca", "um", "vers", "около", "ок", "約", "约", "ok", "cirka"]
EXTRA_ACCESSED = [
    "accessed", "cited", "retrieved", "viewed", "consulted", "consulté le", "consulté", "zugriff am", "zugriff",
    "abgerufen am", "abgerufen", "aufgerufen am", "consultado", "consultado el", "consultado em", "acesso em",
    "data di accesso", "consultato", "geraadpleegd", "dostęp", "dostupné", "citováno", "дата обращения",
    "дата звернення", "erişim tarihi", "hämtad", "besøgt", "lastet ned", "haettu", "letöltve",
    "accesat", "pristupljeno", "pridobljeno", "last accessed", "date accessed", "引用日", "検索日", "访问日期",
    "accessed on", "downloaded",
]


def key(word: str) -> str:
    """The lookup key of one word: NFC, case-folded, abbreviation marks stripped."""
    w = unicodedata.normalize("NFC", word).casefold().strip()
    return w.strip(".\u05f3'\u0970\u02bc ").replace("\u00a0", " ")


def phrase_key(text: str) -> str:
    """The lookup key of a whole phrase: case-folded, with no spaces, dots or brackets."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in t if ch.isalnum() or unicodedata.category(ch).startswith("M"))


def strip_accents(word: str) -> str:
    nfd = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in nfd if not unicodedata.combining(ch)))


def _is_cjk(word: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in word)


def month_forms(locale: str) -> dict[str, int]:
    forms: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            try:
                names = get_month_names(width, context, locale)
            except Exception as exc:  # an unknown locale: report and skip it
                print(f"skip {locale}: {exc}", file=sys.stderr)
                return {}
            for number, name in names.items():
                k = key(name)
                if not k or any(ch.isdigit() for ch in k):
                    continue  # "1月", "thg 1": handled by the numeric patterns instead
                if len(k) < 3 and not _is_cjk(k):
                    continue  # two-letter abbreviations are too easily ordinary words
                forms.setdefault(k, number)
    # inflected forms that only CLDR's date patterns show, such as Basque "martxoaren" in
    # "2020(e)ko martxoaren 9(a)": words of the long/full dates that extend a month name
    for number in range(1, 13):
        names = [k for k, v in forms.items() if v == number and len(k) >= 4]
        for width in ("long", "full"):
            text = format_date(datetime.date(2001, number, 15), width, locale=locale)
            for word in WORD.findall(text):
                w = key(word)
                if w not in forms and any(w.startswith(n) for n in names):
                    forms[w] = number
    if locale == "lv":
        # Latvian writes dates in the locative ("2020. gada 9. martā"), which CLDR does not list:
        # nominative -is -> -ī (janvāris -> janvārī), other -s -> -ā (marts -> martā, maijs -> maijā)
        for k, number in list(forms.items()):
            if k.endswith("is") and len(k) > 4:
                forms.setdefault(k[:-2] + "ī", number)
            elif k.endswith("s") and len(k) > 3:
                forms.setdefault(k[:-1] + "ā", number)
    return forms


def csl_months() -> dict[str, int]:
    """Month terms (``month-01``..``month-12``, long and short) of the CSL locale files."""
    out: dict[str, int] = {}
    for path in sorted(CSL_LOCALES.glob("locales-*.xml")):
        for term in ET.parse(path).getroot().iter("{http://purl.org/net/xbiblio/csl}term"):
            name = term.get("name", "")
            if name.startswith("month-") and name[6:].isdigit() and term.text:
                k = key(term.text)
                if k and not any(ch.isdigit() for ch in k) and " " not in k and (len(k) >= 3 or _is_cjk(k)):
                    out.setdefault(k, int(name[6:]))
    return out


MAJOR = 30  # the first MAJOR locales of LOCALES are the "major" reference languages


def weekday_names() -> set[str]:
    """Weekday names and abbreviations of the major languages, as lookup keys (with accent-less forms)."""
    out: set[str] = set()
    for loc in LOCALES[:MAJOR]:
        for width in ("wide", "abbreviated", "short"):
            for context in ("format", "stand-alone"):
                for name in get_day_names(width, context, loc).values():
                    k = key(name)
                    out.update((k, strip_accents(k)))
    return out


def build_months() -> tuple[dict[str, int], dict[str, dict[str, int]], list[str]]:
    global_map: dict[str, int] = {}
    per_lang: dict[str, dict[str, int]] = {}
    used = []
    for loc in LOCALES:
        forms = month_forms(loc)
        if not forms:
            continue
        used.append(loc)
        lang = loc.split("_")[0]
        per_lang.setdefault(lang, {}).update({k: v for k, v in forms.items() if k not in per_lang.get(lang, {})})
        for k, v in forms.items():
            global_map.setdefault(k, v)
    # accent-less spellings, unless they collide with a real spelling of another month
    seen_plain: dict[str, set[int]] = defaultdict(set)
    for k, v in list(global_map.items()):
        seen_plain[strip_accents(k)].add(v)
    for plain, values in seen_plain.items():
        if len(values) == 1 and plain not in global_map:
            global_map[plain] = next(iter(values))
    # CSL locale month terms, for languages CLDR lacks (Latin "martius", Ligurian "marso")
    for k, v in csl_months().items():
        global_map.setdefault(k, v)
    for k, v in EXTRA_MONTHS.items():
        global_map.setdefault(key(k), v)
    # A month spelling of a minor language that is a weekday name of a major one ("Sat" is Hausa
    # for September) would turn "Sat, 9 Mar 2020" into two months: drop it.
    major_forms: set[str] = set()
    for loc in LOCALES[:MAJOR]:
        for k in month_forms(loc):
            major_forms.update((k, strip_accents(k)))
    for k in weekday_names() - major_forms - {key(x) for x in EXTRA_MONTHS}:
        global_map.pop(k, None)
    overrides: dict[str, dict[str, int]] = {}
    for lang, forms in per_lang.items():
        diff = {k: v for k, v in forms.items() if global_map.get(k) != v}
        for k, v in forms.items():  # accent-less spellings of this language's own names
            p = strip_accents(k)
            if p != k and global_map.get(p) not in (None, v):
                diff.setdefault(p, v)
        if diff:
            overrides[lang] = dict(sorted(diff.items()))
    return dict(sorted(global_map.items())), dict(sorted(overrides.items())), used


def _term_text(term: ET.Element) -> list[str]:
    single = term.find("{*}single")
    texts = [term.text or ""] if single is None else [single.text or "", (term.find("{*}multiple").text or "")]
    return [t.strip() for t in texts if t and t.strip()]


def build_terms() -> dict[str, dict[str, int] | list[str]]:
    seasons: dict[str, int] = {}
    lists: dict[str, set[str]] = defaultdict(set)
    files = sorted(CSL_LOCALES.glob("locales-*.xml"))
    if not files:
        sys.exit(f"no CSL locale files under {CSL_LOCALES}: run from a checkout beside ../shared")
    for path in files:
        root = ET.parse(path).getroot()
        for term in root.iter("{http://purl.org/net/xbiblio/csl}term"):
            kind = CSL_TERMS.get(term.get("name", ""))
            if not kind:
                continue
            for text in _term_text(term):
                if kind == "season":
                    seasons.setdefault(key(text), int(term.get("name")[-1]))
                elif kind in ("circa", "accessed"):
                    lists[kind].add(key(text))
                else:
                    lists[kind].add(phrase_key(text))
    for k, v in EXTRA_SEASONS.items():
        seasons.setdefault(key(k), v)
    for k in list(seasons):
        seasons.setdefault(strip_accents(k), seasons[k])
    lists["no_date"].update(phrase_key(x) for x in EXTRA_NO_DATE)
    lists["in_press"].update(phrase_key(x) for x in EXTRA_IN_PRESS)
    lists["circa"].update(key(x) for x in EXTRA_CIRCA)
    lists["accessed"].update(key(x) for x in EXTRA_ACCESSED)
    # A phrase cannot be both "no date" and "in press"; "no date" wins (it is the safer reading).
    lists["in_press"] -= lists["no_date"]
    # One-letter circa abbreviations other than "c." read as volume or page marks ("v. 1999", "n. 12").
    lists["circa"] = {x for x in lists["circa"] if len(x) > 1 or x in ("c", "~")}
    out: dict[str, dict[str, int] | list[str]] = {"seasons": dict(sorted(seasons.items()))}
    for kind in ("no_date", "in_press", "circa", "accessed"):
        out[kind] = sorted(x for x in lists[kind] if x)
    return out


def month_first_locales() -> list[str]:
    """Locales whose numeric dates put the month before the day (CLDR short, else medium, pattern).

    Year-first patterns (``y-MM-dd``) say nothing about ``03/04/2020``; for them the medium pattern
    decides ("MMM d, y" in en_CA is month-first, "y年M月d日" is not, and then day-first is assumed).
    """
    from babel import Locale, localedata
    from babel.dates import get_date_format

    out = []
    for ident in sorted(localedata.locale_identifiers()):
        try:
            loc = Locale.parse(ident)
            pattern = get_date_format("short", loc).pattern
            if pattern.lstrip("'").startswith("y"):
                pattern = get_date_format("medium", loc).pattern
        except Exception:  # a broken locale: skip it
            continue
        letters = [ch for ch in pattern if ch in "dMLy"]
        m = next((i for i, ch in enumerate(letters) if ch in "ML"), None)
        d = letters.index("d") if "d" in letters else None
        if m is not None and d is not None and m < d and letters[0] != "y":
            out.append(ident.replace("_", "-").casefold())
    return out


def main() -> None:
    months, overrides, used = build_months()
    terms = build_terms()
    # season words that are also month words would make "Mar" a season somewhere: months win
    seasons = {k: v for k, v in terms["seasons"].items() if k not in months}  # type: ignore[union-attr]
    # an access word that is also a month ("set" is Danish "seen" and Portuguese "September"): month wins
    terms["accessed"] = [x for x in terms["accessed"] if x not in months]
    data = {
        "_about": f"Generated by scripts/gen_date_lexicon.py from CLDR (Babel {babel.__version__}) and the CSL "
                  "locale files (CC BY-SA 3.0, https://citationstyles.org/); do not edit by hand.",
        "languages": used,
        "months": months,
        "month_overrides": overrides,
        "month_first_locales": month_first_locales(),
        "seasons": seasons,
        "no_date": terms["no_date"],
        "in_press": terms["in_press"],
        "circa": terms["circa"],
        "accessed": terms["accessed"],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(used)} locales, {len(months)} month spellings, "
          f"{sum(len(v) for v in overrides.values())} language overrides, {len(seasons)} season words, "
          f"{len(terms['no_date'])} no-date, {len(terms['in_press'])} in-press, {len(terms['circa'])} circa, "
          f"{len(terms['accessed'])} accessed terms")


if __name__ == "__main__":
    main()
