#!/usr/bin/env python3
"""Generate refnorm's term tables from the CSL locale files.

Writes two committed tables into ``src/refnorm/data/``:

- ``access_terms.json``: the words that introduce an access date ("accessed", "cited",
  "retrieved", "consulté le", "Zugriff am"...) and those that introduce a URL
  ("available at", "disponible sur", "verfügbar unter"...), as used by
  :func:`refnorm.parsing.identifiers.find_access_date`.
- ``name_roles.json``: role words for name lists ("ed.", "Hrsg.", "trad. par", "пер."), the
  "et al." words of every locale, and the word for "and" (list separators), as used by
  :mod:`refnorm.normalizers.names`.

The CSL locales (CC BY-SA 3.0, https://citationstyles.org/) give most of the words. What they lack
and reference lists use every day is added from ``SUPPLEMENT`` below, each with a comment.

Usage: ``python scripts/gen_terms.py [--locales DIR]`` (default ``../shared/data/csl-locales``).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LOCALES = ROOT / ".." / "shared" / "data" / "csl-locales"
OUT = ROOT / "src" / "refnorm" / "data"
NS = {"csl": "http://purl.org/net/xbiblio/csl"}

ACCESS_TERMS = ("accessed", "cited", "retrieved")
URL_TERMS = ("available at",)
ROLE_TERMS = {
    "editor": "editor",
    "collection-editor": "editor",
    "translator": "translator",
    "editortranslator": "editor-translator",
    "editor-translator": "editor-translator",
    "compiler": "compiler",
    "director": "director",
    "illustrator": "illustrator",
}
ETAL_TERMS = ("et-al", "and others")

# Words the CSL locales do not have (they are written for output, not for reading), seen in
# real reference lists; lower case.
SUPPLEMENT: dict[str, list[str]] = {
    "access": [
        # bare "access"/"acceso"/"acesso" are left out: "Open access 2020" is no access date
        "accessed on", "last accessed", "last accessed on", "date accessed", "access date",
        "viewed", "viewed on", "downloaded", "downloaded on", "cited on", "retrieved on",
        "consulté", "consulté le", "date de consultation", "dernier accès", "dernière consultation",
        "accès le", "cité le",
        "zugriff", "zugriff am", "letzter zugriff", "letzter zugriff am", "abgerufen am", "zuletzt abgerufen",
        "zuletzt abgerufen am", "aufgerufen am", "zitiert am", "gesehen am", "stand",
        "consultado", "consultado el", "consultado em", "consultado en", "fecha de consulta",
        "accedido el", "recuperado el", "citado el", "citado em", "citado",
        "acesso em", "acessado em", "data de acesso",
        "accesso il", "consultato il", "ultimo accesso", "visitato il", "data di accesso",
        "geraadpleegd", "geraadpleegd op", "bezocht op", "laatst bezocht",
        "dostęp", "data dostępu", "dostęp dnia", "dostęp z dnia", "pobrano",
        "cit.", "citováno", "navštíveno", "získáno",
        "дата обращения", "дата звернення", "дата доступу", "просмотрено", "обращение",
        "hämtad", "hämtat", "besökt", "hentet", "besøgt", "lest", "luettu", "viitattu",
        "erişim", "erişim tarihi", "letöltés", "letöltve", "hozzáférés",
        "accesat", "accesat la", "pristupljeno", "pristup",
        "参照", "閲覧日", "最終閲覧日", "访问日期", "引用日期", "검색일",
    ],
    "available": [
        "available from", "available online", "available online at", "available on", "online",
        "url", "from", "retrieved from",
        "disponible sur", "disponible à", "disponible à l'adresse", "en ligne", "accessible sur",
        "disponible en", "disponible en línea", "disponível em", "disponibile su",
        "online verfügbar unter", "verfügbar unter", "online unter", "unter",
        "dostępny w internecie", "dostępne w", "режим доступа", "url-адрес", "доступно",
        "beschikbaar op", "tillgänglig", "tilgængelig", "tilgjengelig",
    ],
    "editor": [
        "ed", "ed.", "eds", "eds.", "(ed.)", "editor", "editors", "edited by", "ed. by", "eds. by",
        "hg.", "hrsg.", "hg. v.", "hrsg. v.", "hrsg. von", "hg. von", "herausgegeben von", "herausgeber",
        "éd.", "éds.", "éd. par", "dir.", "sous la dir. de", "sous la direction de", "coord.",
        "ed. por", "eds.", "coord.", "comp.", "comps.", "org.", "orgs.", "a cura di", "a c. di", "cur.",
        "red.", "pod red.", "red. nauk.", "ред.", "под ред.", "под редакцией", "за ред.",
        "szerk.", "toim.", "hrsg", "hg", "bearb.", "bearb. v.",
        "编", "主编", "編", "編著", "編集", "편",
    ],
    "translator": [
        "trans.", "transl.", "tr.", "translated by", "trans. by", "transl. by",
        "übers.", "übers. v.", "übers. von", "übersetzt von",
        "trad.", "trad. par", "traduit par", "traduction", "trad. de", "traducción de", "traduzione di",
        "trad. di", "tradução de", "tradução",
        "пер.", "пер. с англ.", "перевод", "переклад", "tłum.", "przeł.", "přel.", "vert.", "övers.",
        "译", "訳", "翻訳", "옮김",
    ],
    "etal": [
        "et al", "et al.", "et alii", "et. al.", "et.al.", "etal", "et al.,", "u.a.", "u. a.", "und andere",
        "et coll.", "et col.", "et collab.", "y col.", "y cols.", "y otros", "e col.", "e cols.", "e outros",
        "e altri", "i in.", "i wsp.", "a kol.", "a spol.", "и др.", "и др", "та ін.", "і ін.", "m.fl.",
        "mfl.", "m. fl.", "ym.", "ve ark.", "ve diğ.", "ja muut", "e.a.", "e. a.", "en anderen", "等", "ほか",
        "他", "외", "...", "…", "[et al.]", "[et al]", "(et al.)", "others", "and others",
    ],
}


def _norm(term: str) -> str:
    term = unicodedata.normalize("NFC", term).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(term.split()).lower()


def _texts(el: ET.Element) -> list[str]:
    singles = [c.text for c in el if c.text]
    return singles or ([el.text] if el.text else [])


def read_locales(folder: Path) -> dict[str, dict[str, set[str]]]:
    """concept -> language -> words, read from every ``locales-*.xml`` in ``folder``."""
    out: dict[str, dict[str, set[str]]] = {}

    def add(concept: str, lang: str, word: str) -> None:
        word = _norm(word)
        if word:
            out.setdefault(concept, {}).setdefault(lang, set()).add(word)

    for path in sorted(folder.glob("locales-*.xml")):
        lang = path.stem.removeprefix("locales-")
        root = ET.parse(path).getroot()
        for term in root.iterfind(".//csl:terms/csl:term", NS):
            name = term.get("name", "")
            form = term.get("form", "long")
            for text in _texts(term):
                if name in ACCESS_TERMS:
                    add("access", lang, text)
                elif name in URL_TERMS:
                    add("available", lang, text)
                elif name in ETAL_TERMS:
                    add("etal", lang, text)
                elif name == "and" and form in ("long", "symbol"):
                    add("and", lang, text)
                elif name in ROLE_TERMS:
                    add(ROLE_TERMS[name], lang, text)
    return out


def build(folder: Path) -> tuple[dict, dict]:
    found = read_locales(folder)

    def merged(concept: str) -> list[str]:
        words = {w for ws in found.get(concept, {}).values() for w in ws}
        words.update(_norm(w) for w in SUPPLEMENT.get(concept, []))
        return sorted(words, key=lambda w: (-len(w), w))

    header = {
        "_source": "CSL locales (CC BY-SA 3.0, https://citationstyles.org/) plus scripts/gen_terms.py SUPPLEMENT",
        "_generated_by": "scripts/gen_terms.py",
    }
    access = {**header, "access": merged("access"), "available": merged("available")}
    roles = {
        **header,
        "roles": {role: merged(role) for role in sorted(set(ROLE_TERMS.values()))},
        "etal": merged("etal"),
        "and": merged("and"),
    }
    return access, roles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--locales", type=Path, default=DEFAULT_LOCALES)
    args = ap.parse_args(argv)
    if not args.locales.is_dir():
        print(f"gen_terms: CSL locales not found at {args.locales}; nothing generated", file=sys.stderr)
        return 1
    access, roles = build(args.locales)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (("access_terms.json", access), ("name_roles.json", roles)):
        (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
