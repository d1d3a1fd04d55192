"""Laws and court cases: two forms whose fields their citation conventions fix, read by pattern.

The labeler is trained on articles, books and chapters; an act cited with its gazette ("Gesetz … vom
14. Juli 2022 (BGBl. I S. 1168)", "Ustawa z dnia 17 listopada 2021 r. … (Dz.U. 2021 poz. 2232)") or a case
in Bluebook form ("Delgado v. Mercy Regional Medical Center, 487 F. Supp. 3d 612 (D.N.M. 2020)") is none
of those, and its pieces (a reporter's "3d", a gazette's "S.") read as volumes and pages of a journal.
:func:`legal_fields` gives the fields such a reference has, or None for anything else.
"""

from __future__ import annotations

import re
from typing import Any

from refnorm.normalizers.dates import parse_date_ex

__all__ = ["is_act_title", "legal_fields"]

# The word an act's title opens with, in the languages of the CSL locales
_ACT = re.compile(
    r"(?:Gesetz|Verordnung|Bundesgesetz|Ustawa|Rozporządzenie|Zákon|Vyhláška|Nařízení|Loi|Décret|Ordonnance|"
    r"Arrêté|Ley|Real\s+Decreto|Decreto|Lei|Legge|Wet|Besluit|Lag|Förordning|Kanun|Yönetmelik|Закон|"
    r"Федеральный\s+закон|Постановление|Указ)\b")
# The official gazette in parentheses at the end, with the page or item: "(BGBl. I S. 1168)", "(Dz.U. 2021
# poz. 2232)", "(JORF n° 0123 du 28 mai 2021)"
_GAZETTE = re.compile(
    r"\(\s*((?:BGBl|RGBl|GVBl|Dz\.\s?U|Dz\.\s?Urz|M\.\s?P|JORF|BOE|DOU|GU|Stb|Stcrt|SFS|Sb|Z\.\s?z|RG|СЗ\s+РФ)\.?"
    r"(?:\s+[IV]{1,3}\b)?)[^()]*?(?:S\.|poz\.|p\.|s\.|ст\.)\s*(\d+)"
    r"[^()]*\)\s*\.?\s*$")
# "vom 14. Juli 2022", "z dnia 17 listopada 2021 r.", "du 28 mai 2021", "de 5 de julio de 2022", "от 21.11.2011"
_ACT_DATE = re.compile(r"\s(?:vom|z\s+dnia|du|de|del|van|av|от|ze\s+dne)\s+(\d{1,2}\.?\s*(?:de\s+)?[^\W\d_]+\.?\s*"
                       r"(?:de\s+)?\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*r\.)?")
# Bluebook: "Delgado v. Mercy Regional Medical Center, 487 F. Supp. 3d 612 (D.N.M. 2020)"
_CASE = re.compile(
    r"^(?P<title>[^,()]{2,120}?\sv\.?\s[^()]{2,120}?),\s*(?P<volume>\d{1,4})\s+(?P<reporter>[A-Z][A-Za-z.\s]{0,24}?"
    r"(?:\s\d[a-z]{1,2})?)\s+(?P<page>\d{1,5})(?:,\s*\d{1,5}(?:[-–]\d+)?)?\s*\((?P<court>[^()]*?)\s*(?P<year>(?:1[7-9]|20)\d\d)\)"
    r"\s*\.?\s*$")


def legal_fields(text: str, lang: str | None = None) -> dict[str, Any] | None:
    """The CSL fields of an act cited with its gazette or of a case in Bluebook form; None otherwise."""
    if (" v. " in text or " v " in text) and (m := _CASE.match(text)):
        return {"type": "legal_case", "title": m["title"].strip(), "volume": m["volume"],
                "container-title": m["reporter"].strip(), "page": m["page"],
                "issued": {"date-parts": [[int(m["year"])]]}}
    if not _ACT.match(text) or not (g := _GAZETTE.search(text)):
        return None
    title = text[:g.start()].strip(" ,.")
    out: dict[str, Any] = {"type": "legislation", "container-title": g.group(1).strip(), "page": g.group(2)}
    d = _ACT_DATE.search(title)
    if d:
        res = parse_date_ex(d.group(1), lang)
        if res.date:
            out["issued"] = res.date
            if d.group(0).lstrip().startswith("vom"):
                title = title[:d.start()].rstrip(" ,")  # German: the date follows the title
    out["title"] = title
    return out


def is_act_title(title: str) -> bool:
    """Does a title name an act ("Zákon č. 248/2022 Sb., o poskytování …", "Loi n° 2021-1017 …")?"""
    return bool(_ACT.match(title)) and bool(re.search(r"\d", title[:40]))
