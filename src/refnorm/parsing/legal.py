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
    r"[^()]*\)\s*(?:\.?\s*$|[,;]\s*(?=(?:zuletzt\s+)?geändert|ostatnia\s+zmiana|ve\s+znění|modifié|modificad|gewijzigd|"
    r"ändrad|в\s+ред))")
# French: the gazette after a comma, no brackets: "Loi n° 2023-1187 du 14 décembre 2023 relative à …, JORF n° 0290
# du 15 décembre 2023."
_JORF = re.compile(r"[,.]\s*(JORF|J\.?\s?O\.?(?:\s?R\.?\s?F\.?)?|Journal\s+officiel(?:\s+de\s+la\s+République\s+française)?)"
                   r",?\s+n[°o]\s*(\d+)(?:\s+du|\s*,)\s+\d{1,2}(?:er)?\s+[^\W\d_]+\s+\d{4}"
                   r"(?:\s*,\s*(?:p\.|texte\s+n[°o])\s*\d+)?\s*\.?\s*$")  # (", n° 0071, 25 mars 2022." too)
# Turkish APA: "… Dair Yönetmelik. (2021, 9 Mart). Resmî Gazete (Sayı: 31418).": the act, its date, the gazette's issue
_RESMI_GAZETE = re.compile(r"^(?P<title>[^()]{5,300}?)\.\s*\((?P<date>\d{4},\s*\d{1,2}\s+[^\W\d_]+)\)\.\s*"
                           r"(?P<gazette>Resm[îi]\s+Gazete)\s*\(Sayı\s*:\s*(?P<no>\d+)\)\s*\.?\s*$")
# ABNT: "BRASIL. Lei nº 14.702, de 18 de outubro de 2023. Dispõe sobre …. Brasília, DF: Presidência da República,
# 2023.": the jurisdiction as author, the act's name, date and summary as its title, then its imprint
_ABNT_ACT = re.compile(
    r"^(?P<juris>[A-ZÀ-Ý][A-ZÀ-Ý ]{2,40}(?:\.\s+[A-ZÀ-Ýa-zà-ý][^.]{2,60})?)\.\s+(?P<title>(?:Lei(?:\s+Complementar)?|Decreto"
    r"(?:-Lei)?|Medida\s+Provisória|Portaria|Resolução|Instrução\s+Normativa)\s+n[º°.o]*\s*[\d.]+(?:/\d+)?,?\s+de\s+"
    r"(?P<date>\d{1,2}º?\s+de\s+[^\W\d_]+\s+de\s+\d{4})\.\s+[^.]{5,400}?)\.\s+(?P<place>[^.:]{2,60}):\s*"
    r"(?P<publisher>[^,]{2,80}),\s*(?P<year>\d{4})\.(?:\s*Disponível\s+em:\s*<?(?P<url>\S+?)>?\.?"
    r"(?:\s+Acesso\s+em:\s*(?P<accessed>[^.]+\.?[^.]*?)\.?)?)?\s*$")
# Dutch and other European courts with ECLI: "HR 21 april 2023, ECLI:NL:HR:2023:643 (Koster/Stichting Zorggroep)"
_ECLI_CASE = re.compile(
    r"^(?P<court>[A-Z][\w.-]{0,15}(?:\s+[A-Z][\w.-]{0,15}){0,3})\s+(?P<date>\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}),\s*"
    r"(?P<ecli>ECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[\w.]+)(?:,\s*[^()]{1,40})?\s*(?:\((?P<parties>[^()]{2,120})\))?\s*\.?\s*$")
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
    if "ECLI:" in text and (m := _ECLI_CASE.match(text)):
        out: dict[str, Any] = {"type": "legal_case", "authority": m["court"], "number": m["ecli"]}
        if m["parties"]:
            out["title"] = m["parties"].strip()
        if (res := parse_date_ex(m["date"], lang)).date:
            out["issued"] = res.date
        return out
    if text[:1].isupper() and (m := _ABNT_ACT.match(text)):
        juris = m["juris"].strip()
        out = {"type": "legislation", "author": [{"literal": juris.title() if juris.isupper() else juris}],
               "title": m["title"].strip(), "publisher-place": m["place"].strip(),
               "publisher": m["publisher"].strip(), "issued": {"date-parts": [[int(m["year"])]]}}
        if m["url"]:
            out["URL"] = m["url"].rstrip(".")
        if m["accessed"] and (res := parse_date_ex(m["accessed"].strip(" ."), lang or "pt")).date:
            out["accessed"] = res.date
        return out
    if "Gazete" in text and (m := _RESMI_GAZETE.match(text)):
        out = {"type": "legislation", "title": m["title"].strip(), "container-title": m["gazette"], "issue": m["no"]}
        year, _, day_month = m["date"].partition(",")
        if (res := parse_date_ex(f"{day_month.strip()} {year}", lang or "tr")).date:
            out["issued"] = res.date
        return out
    if not _ACT.match(text):
        return None
    if (j := _JORF.search(text)) is not None:
        out = {"type": "legislation", "title": text[:j.start()].strip(" ,."), "container-title": "JORF"
               if j.group(1).replace(" ", "").upper().startswith("JORF") else j.group(1).strip(), "issue": j.group(2)}
        if (d := _ACT_DATE.search(out["title"])) and (res := parse_date_ex(d.group(1), lang or "fr")).date:
            out["issued"] = res.date
        return out
    if not (g := _GAZETTE.search(text)):
        return None
    title = text[:g.start()].strip(" ,.")
    out = {"type": "legislation", "container-title": g.group(1).strip(), "page": g.group(2)}
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
