"""Laws and court cases: two forms whose fields their citation conventions fix, read by pattern.

The labeler is trained on articles, books and chapters; an act cited with its gazette ("Gesetz … vom
14. Juli 2022 (BGBl. I S. 1168)", "Ustawa z dnia 17 listopada 2021 r. … (Dz.U. 2021 poz. 2232)") or a case
in Bluebook form ("Delgado v. Mercy Regional Medical Center, 487 F. Supp. 3d 612 (D.N.M. 2020)") is none
of those, and its pieces (a reporter's "3d", a gazette's "S.") read as volumes and pages of a journal.
:func:`legal_fields` gives the fields such a reference has, or None for anything else.

An act is read as an act word in its language with its number and date ("Ley 7/2019, de 12 de junio",
"Legge 12 luglio 2021, n. 106", "Wet van 9 juli 2020"), then its gazette with or without brackets and that
gazette's issue, item, page and date, each piece of which must be one of those (else the line is left to the
labeler); a decision as a court with its date and docket number ("Cass. 1re civ., 12 mars 2019, n° …"), or
the parties and a report in OSCOLA form. Conventions: issued is the act's or decision's own date (the
gazette's only when the act gives none); the number stays in the title that holds it and is given apart
only when the title is another (an Italian act's quoted name, a Russian act's «…») or the number is a Spanish
law's ("Ley 7/2019"); a French, Italian or German decision's title is its court and chamber (a French
administrative decision's, its parties).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from refnorm.normalizers.dates import parse_date_ex
from refnorm.normalizers.names import parse_names

__all__ = ["ACT_WORDS", "cited_act_number", "is_act_title", "legal_fields", "legal_pieces"]

# The word an act's title opens with, in the languages of the CSL locales (an alternation, for patterns elsewhere too)
ACT_WORDS = (r"Gesetz|Verordnung|Bundesgesetz|Ustawa|Rozporządzenie|Zákon|Vyhláška|Nařízení|Loi|Décret|Ordonnance|"
             r"Arrêté|Ley|Real\s+Decreto|Decreto|Lei|Portaria|Resolução|Medida\s+Provisória|Legge|Wet|Besluit|Lag|"
             r"Förordning|Kanun|Yönetmelik|Закон|"
             r"Федеральный\s+закон|Постановление|Указ")
_ACT = re.compile(r"(?:" + ACT_WORDS + r")\b")
# Italian acts by their abbreviated kind, dated and numbered: "D.lgs. 3 aprile 2006, n. 152", "D.P.R. 6 giugno 2001,
# n. 380", "L. 7 agosto 1990, n. 241", "D.L. 17 marzo 2020, n. 18", "D.M. 14 gennaio 2008" (the date and "n."
# must follow: "L. Rossi" is a name)
_IT_ACT_KIND = r"(?:D\.\s?[Ll]gs\.|D\.\s?L(?:gs)?\.|D\.\s?P\.\s?R\.|D\.\s?P\.\s?C\.\s?M\.|D\.\s?M\.|L\.)"
_IT_ACT = re.compile(_IT_ACT_KIND + r"(?=\s*\d{1,2}\s+[^\W\d_]{3,}\s+\d{4}\s*,\s*n\.\s*\d)")
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
                           r"(?P<gazette>Resm[îi]\s+Gazete)\s*\(Sayı\s*:\s*(?P<no>\d+)\)\s*\.?"
                           r"(?:\s*(?P<url>https?://\S+?))?\s*$")
# the law's number at the head of its name: "7318 sayılı Kırsal Kalkınma … Kanunu"
_TR_LAW_NUMBER = re.compile(r"(\d{3,5})\s+sayılı\s")
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
    r"^(?P<court>[A-Z][\w.-]{0,15}(?:\s+[A-Z][\w.-]{0,25}){0,3})\s+(?P<date>\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}),\s*"
    r"(?P<ecli>ECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[\w.]+)(?:,\s*(?:(?P<reporter>NJ|AB|JB|RvdW|JOR|NJB|JAR|BNB|"
    r"[A-Z][A-Za-z]{1,5})\s+(?P<ryear>\d{4})/(?P<rno>\d{1,5})|[^()]{1,40}))?\s*(?:\((?P<parties>[^()]{2,120})\))?"
    r"(?:,\s*[^\W\d_]{1,6}\.?(?:[^\W\d_]{1,4}\.)?\s*[\d.–-]{1,12})?\s*\.?\s*$")  # (a pinpoint: ", r.o. 3.4", ", Rn. 12")
# "vom 14. Juli 2022", "z dnia 17 listopada 2021 r.", "du 28 mai 2021", "de 5 de julio de 2022", "от 21.11.2011"
_ACT_DATE = re.compile(r"\s(?:vom|z\s+dnia|du|de|del|van|av|от|ze\s+dne)\s+(\d{1,2}\.?\s*(?:de\s+)?[^\W\d_]+\.?\s*"
                       r"(?:de\s+)?\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*r\.)?")
# Bluebook: "Delgado v. Mercy Regional Medical Center, 487 F. Supp. 3d 612 (D.N.M. 2020)" (a company's first party
# keeps its comma: "Vantage Robotics, Inc. v. …")
_CASE = re.compile(
    r"^(?P<title>(?:[^,()]|,\s*(?:Inc|Ltd|LLC|L\.L\.C|Co|Corp|L\.P|LLP|N\.A|S\.A|PLC|P\.C)\.?(?=\s))"
    r"{2,120}?\sv\.?\s[^()]{2,120}?),\s*(?P<volume>\d{1,4})\s+(?P<reporter>[A-Z][A-Za-z.\s]{0,24}?"
    r"(?:\s?\d[a-z]{1,2})?)\s+(?P<page>\d{1,5})(?:,\s*\d{1,5}(?:[-–]\d+)?)?\s*\((?P<court>[^()]*?)\s*(?P<year>(?:1[7-9]|20)\d\d)\)"
    r"\s*\.?\s*$")


# A date as acts and decisions give it: "12 luglio 2021", "14. Juni 2011", "16 de fevereiro de 2017", "29 de
# diciembre" (the Spanish act's year is in its number), "12.3.2019"
_DATE = r"\d{1,2}(?:\.|º|er)?\s*(?:de\s+)?[^\W\d_]{3,}\.?(?:\s*(?:de\s+)?\d{4})?|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}"
# The act's own date, the first one in its title, introduced by a word or right after the act word ("Legge 12
# luglio 2021", "Wet van 9 juli 2020", "Ley 7/2019, de 12 de junio", "Loi n° 2016-1321 du 7 octobre 2016")
_HEAD_DATE = re.compile(r"(?:^|[\s,])(?:vom|z\s+dnia|du|de|del|van|av|от|ze\s+dne|of|dated)?\s*(" + _DATE + r")(?:\s*r\.)?"
                        r"(?=[\s,.;:)]|$)")
# The act's number: after a number word ("n° 2016-1321", "nº 13.415", "n. 106", "č. 248/2022", "Nr. 12") or in
# the numbered forms themselves ("3/2020", "2016-1321")
_HEAD_NUMBER = re.compile(r"(?:(?<![\w])(?:n[º°o]?\.?|núm\.|nr\.?|no\.|č\.)\s*(\d+(?:[./-]\d+)*)|(?<![\w.])(\d{1,5}/\d{4}|"
                          r"\d{4}-\d{1,5})(?![\w.]))", re.IGNORECASE)
# An Italian act's own title, in quotes after its date and number: "Legge 12 luglio 2021, n. 106, «…»"
_QUOTED_TITLE = re.compile(r",\s*[«“\"„](?P<title>[^«»“”\"„]{5,300})[»”\"“]\s*$")
# Official gazettes named after the act without brackets, written out or abbreviated
_OPEN_GAZETTE = re.compile(
    r"(?:^|(?<=[.,;])\s+)(?:[Ii]n:?\s+)?[«“\"]?(?P<gaz>Bolet[íi]n\s+Oficial\s+de(?:l|\s+la|\s+las|\s+los)?\s+[A-ZÁÉÍÓÚ][\w]*(?:\s+(?:de(?:l|\s+la)?\s+)?"
    r"[A-ZÁÉÍÓÚ][\w]*){0,3}|B\.?O\.?E\.?|Gazzetta\s+Ufficiale(?:\s+della\s+Repubblica\s+[Ii]taliana)?|"
    r"Bollettino\s+Ufficiale(?:\s+della\s+Regione(?:\s+[A-Z][\w']*){1,2})?|B\.\s?U\.\s?R\.(?:\s?[A-Z]\.)?|G\.\s?U\.(?:\s?R\.\s?I\.)?|"
    r"Staatsblad|Stb\.|Staatscourant|Stcrt\.|Di[áa]rio\s+Oficial\s+da\s+Uni[ãa]o|D\.?O\.?U\.?|Di[áa]rio\s+da\s+Rep[úu]blica|"
    r"Diario\s+Oficial\s+de(?:l|\s+la|\s+las|\s+los)?\s+[A-ZÁÉÍÓÚ][\w]*(?:[\s-]+(?:de(?:l|\s+la)?\s+)?[A-ZÁÉÍÓÚ][\w]*){0,4}|"
    r"Journal\s+officiel(?:\s+de\s+la\s+R[ée]publique\s+fran[çc]aise)?|J\.?O\.?(?:R\.?F\.?)?|Moniteur\s+belge|"
    r"Bundesgesetzblatt(?:\s+(?:Teil\s+)?[IV]{1,3}\b)?|BGBl\.(?:\s+[IV]{1,3}\b)?|[A-Z][a-z]{0,3}GBl\.|GBl\.|GVBl\.|GV\.\s?NRW\.?|"
    r"Dziennik\s+Ustaw|Dz\.\s?U\.|Sb[íi]rka\s+z[áa]kon[ůu](?:\s+(?:České\s+republiky|ČR))?|Official\s+Journal(?:\s+of\s+the\s+European\s+(?:Union|Communities))?|OJ|"
    r"Svensk\s+författningssamling|SFS|Собрание\s+законодательства\s+(?:Российской\s+Федерации|РФ)|СЗ\s+РФ|"
    r"Российская\s+газета|Resm[îi]\s+Gazete)[»”\"]?(?=[\s,.:;]|$)")  # (Italian: "in «Gazzetta Ufficiale», n. 310")
# Where the act's own citation ends and an amendment's begins
_AMENDED = re.compile(r"[,;]?\s*\(?(?:zuletzt\s+)?geändert|[,;]\s*(?:ostatnia\s+zmiana|ve\s+znění|modifié|modificad|gewijzigd|"
                      r"ändrad|в\s+ред|as\s+amended|come\s+modificat|alterad)", re.IGNORECASE)
_AS_AMENDED_PHRASE = re.compile(r"[,;]?\s*ve\s+znění\s+pozdějších\s+předpisů(?=[.,;]\s)")
_URL = re.compile(r"\s*(?:Dispon[íi]vel\s+em:\s*|Available\s+(?:at|from):?\s*|URL:?\s*)?<?(https?://\S+?)>?\.?"
                  r"(?:\s*\(?(?:Acesso\s+em|Accessed|consultado|consultato(?:\s+il)?|ultima\s+consultazione|consulté\s+le|"
                  r"abgerufen|geraadpleegd|dostęp|cit\.):?\s*(?P<read>[^()]*?)\)?\.?)?\s*$", re.IGNORECASE)
# The pieces of a gazette's citation: the page (or column), the issue, the item, a section that is no number
_GZ_PAGE = re.compile(r"^(?:pp?\.|S\.|s\.|págs?\.|pag\.|blz\.|c\.|col\.|str\.|с\.)\s*(\d+(?:\s*[-–‑]\s*\d+)?)$")
_GZ_ISSUE = re.compile(r"^(?:n\.\s?[º°o]|n[º°o]?\.?|núm\.|nr\.?|no\.|č\.|částka|№|[LC])\s*(\d+(?:/\d+)?)$", re.IGNORECASE)
_GZ_ITEM = re.compile(r"^(?:(?P<year>\d{4})\s+)?(?:[IV]{1,3}\s+)?(?:poz\.|Nr\.|item|ст\.)\s*(?P<no>\d+)$")
_GZ_SECTION = re.compile(r"^(?:\d{1,2}\.?\s?[ªºa]?\s*)?(?:se[çc][ãa]o|secci[óo]n|serie|série|sez\.?|Teil|part|reeks|partie)\b", re.IGNORECASE)
# ABNT: the gazette's year of publication (its volume) among its issue and page: "…, Brasília, DF, ano 159, n. 245, p. 3"
_GZ_YEAR_OF_ISSUE = re.compile(r"^ano\s+(\d{1,3})$", re.IGNORECASE)
# Brazil's state after its capital ("Brasília, DF")
_STATE = re.compile(r"^[A-Z]{2}$")


def _act_head(title: str, lang: str | None) -> tuple[str | None, dict[str, Any] | None]:
    """The number and the date an act's title gives for itself: the first whole date in the title (a Spanish
    act gives day and month only, its year being in its number)."""
    n = _HEAD_NUMBER.search(title[:80])
    number = (n.group(1) or n.group(2)) if n else None
    for d in _HEAD_DATE.finditer(title):
        raw = d.group(1)
        if not re.search(r"\d{4}", raw):
            year = re.search(r"(?:^|\D)((?:1[89]|20)\d\d)(?:\D|$)", number or "")
            if not year:
                continue
            raw = f"{raw} {year.group(1)}"
        res = parse_date_ex(raw, lang)
        if res.date and len(res.date["date-parts"][0]) == 3:
            return number, res.date
    return number, None


def _gazette_tail(tail: str, lang: str | None) -> dict[str, Any] | None:
    """The fields of a gazette's citation after its name (", núm. 160, 5 de julio de 2019, pp. 71234-71261",
    " 2020, 266", ": seção 1, Brasília, DF, p. 1, 17 fev. 2017"), None when a piece is none of those: then the
    name was not a gazette's citation."""
    out: dict[str, Any] = {}
    year = None
    # (the Italian gazette's date follows its number without a comma: "n. 167 del 14 luglio 2021")
    for piece in re.split(r"\s*[,;:]\s+|\s*,\s*|(?<=\d)\s+(?=(?:del|de|du|vom|van|of)\s+\d)", tail.strip(" .,:;")):
        bare = piece.strip(" .")
        if not bare:
            continue
        if m := _GZ_PAGE.match(bare):
            out.setdefault("page", re.sub(r"\s*[–‑-]\s*", "-", m.group(1)))
        elif m := _GZ_ISSUE.match(bare):
            out.setdefault("issue", m.group(1))
        elif m := _GZ_ITEM.match(bare):
            year = year or m["year"]
            out.setdefault("number", m["no"])
        elif re.fullmatch(r"(?:1[89]|20)\d\d", bare) and (not out or (year is None and set(out) == {"issue"})):
            year = bare  # "Staatsblad 2020, 266": the gazette's year, then its item (or after its part: "částka 122, 2021")
        elif m := re.fullmatch(r"((?:1[89]|20)\d\d)\s+(?:[IV]{1,3}\s+)?S\.\s*(\d+)", bare):
            year = m.group(1)
            out.setdefault("page", m.group(2))
        elif re.fullmatch(r"\d+\s*[-–‑]\s*\d+", bare):
            out.setdefault("page", re.sub(r"\s*[–‑-]\s*", "-", bare))
        elif bare.isdigit():
            if year and "number" not in out:
                out["number"] = bare
            elif "issue" not in out:
                out["issue"] = bare
            else:
                return None
        elif _GZ_SECTION.match(bare):
            continue
        elif m := _GZ_YEAR_OF_ISSUE.match(bare):
            out.setdefault("volume", m.group(1))  # ABNT: the gazette's year of publication, "ano 159", is its volume
        elif (res := parse_date_ex(re.sub(r"^(?:de|del|du|vom|van|of|z)\s+", "", bare), lang)).date \
                and re.search(r"\d{4}", bare):
            out.setdefault("_date", res.date)
        elif re.fullmatch(r"[A-ZÀ-Ý][^\W\d_]+(?:[\s-][A-ZÀ-Ý]?[^\W\d_]+){0,2}", bare) and "publisher-place" not in out:
            out["publisher-place"] = bare  # ABNT: "Diário Oficial da União: seção 1, Brasília, DF, p. 1"
        elif _STATE.match(bare) and "publisher-place" in out and "," not in out["publisher-place"]:
            out["publisher-place"] += f", {bare}"  # "Brasília, DF", as ABNT writes it (and 21 of the 23 golds)
        else:
            return None
    if year and "_date" not in out:
        out["_date"] = {"date-parts": [[int(year)]]}
    return out


def _open_gazette(text: str, lang: str | None) -> dict[str, Any] | None:
    """An act followed by its gazette without brackets: "Ley 7/2019, de 12 de junio, de …. Boletín Oficial del
    Estado, núm. 160, 5 de julio de 2019, pp. 71234-71261.", "Legge 12 luglio 2021, n. 106, «…», Gazzetta
    Ufficiale n. 167 del 14 luglio 2021.", "Wet van 9 juli 2020 tot …, Staatsblad 2020, 266.", "… vom 14. Juni
    2011, GBl. S. 325, zuletzt geändert …", ABNT's "BRASIL. Lei nº …, de …. Ementa. Diário Oficial da União:
    seção 1, Brasília, DF, p. 1, 17 fev. 2017."; or an act with its date and nothing else ("Gesetz zur … vom 5.
    Juni 2021."). The title is the act's (an Italian act's the quoted one, its number then apart); issued is the
    act's own date, the gazette's when the act gives none."""
    author = None
    if j := _JURIS.match(text):
        author, text = j.group(1), text[j.end():]
    if not (_ACT.match(text) or _EU_ACT.match(text) or _IT_ACT.match(text)):
        return None
    url = read = None
    if u := _URL.search(text):
        url, read, text = u.group(1), u.group("read"), text[:u.start()]
    if a := _AMENDED.search(text):
        # the amendment clause is left out; a set phrase of it, not what follows it ("…, ve znění pozdějších předpisů.
        # In: Sbírka zákonů …": the act's gazette)
        phrase = _AS_AMENDED_PHRASE.match(text, a.start())
        text = text[:a.start()] + (text[phrase.end():] if phrase else "")
    g = next((g for g in _OPEN_GAZETTE.finditer(text) if g.start() > 10), None)
    if g is None:
        # an act with its date (or a Czech act with its year in its number) and nothing else: one sentence (ABNT's
        # summary after it aside), no imprint
        body = text.strip().rstrip(".")
        if _SENTENCE_END.search(body) and not (author and ": " not in body):
            return None
        number, date = _act_head(body, lang)
        if date is None:
            if not (number and (y := re.fullmatch(r"\d+/((?:1[89]|20)\d\d)", number))
                    and re.search(re.escape(number) + r"\s+(?:Sb|Z\.\s?z)\.", body)):
                return None
            date = {"date-parts": [[int(y.group(1))]]}
            number = None  # the title holds it
        tail_fields: dict[str, Any] = {}
        title = body
    else:
        tail_fields = _gazette_tail(text[g.end():], lang)
        if tail_fields is None:
            return None
        title = text[:g.start()].strip(" ,.;")
        number, date = _act_head(title, lang)
    out: dict[str, Any] = {"type": "legislation"}
    if author:
        out["author"] = [{"literal": author.title() if author.isupper() else author}]
        # ABNT: the act's title is its name and date; the summary after it ("Altera a Lei …") is no title
        if (d := _HEAD_DATE.search(title)) and (cut := title.find(". ", d.end())) > 0:
            title = title[:cut]
    if q := _QUOTED_TITLE.search(title):
        title = q["title"].strip()
        if number:
            out["number"] = number  # the title no longer holds it
    elif named := _italian_name(title):
        title, out["number"] = named  # "Legge 30 dicembre 2021, n. 234, Bilancio di …": the name is the title
    elif (d := _ACT_DATE.search(title)) and d.group(0).lstrip().startswith("vom") and \
            d.end() >= len(title.rstrip(" ,.")) - 1:
        title = title[:d.start()].rstrip(" ,")  # German: the date follows the title
    elif number and _SPANISH_LAW.match(title):
        # a Spanish law's number and year, "Ley 7/2019", "Ley Orgánica 3/2020", "Real Decreto-ley 8/2020", is the
        # number it is cited by (the set's golds: 4 of 6 give it beside the title that holds it)
        out["number"] = number
    elif czech := cited_act_number(title):
        out["number"] = czech  # likewise a Czech act's, with its collection (the golds: 3 of 4), and a Swedish one's
    out["title"] = title
    if g is not None:
        gaz = g["gaz"].strip()
        out["container-title"] = "JORF" if re.fullmatch(r"J\.?O\.?R\.?F\.?", gaz) else gaz
    gdate = tail_fields.pop("_date", None)
    out.update(tail_fields)
    if author and gdate and len(gdate["date-parts"][0]) == 3:
        date = gdate  # ABNT: the date of the imprint, the gazette's, is the act's publication date
    if date or gdate:
        out["issued"] = date or gdate
    if url:
        out["URL"] = url.rstrip(".,")
        if read and (res := parse_date_ex(read, lang)).date:
            out["accessed"] = res.date  # "(consultato il 3 marzo 2024)"
    return out


def cited_act_number(title: str) -> str | None:
    """The number an act is cited by when its title holds it and the golds give it apart too: a Czech act's, with its
    collection ("Zákon č. 254/2001 Sb., o vodách …" -> "254/2001 Sb."), a Swedish act's ("Lag (2022:311) om …")."""
    return m.group(1) if (m := _CZECH_ACT_NUMBER.match(title) or _SWEDISH_ACT_NUMBER.match(title)) else None


# a Swedish act's SFS number after its kind: "Lag (2022:311) om ändring i kommunallagen (2017:725)"
_SWEDISH_ACT_NUMBER = re.compile(r"^(?:Lag|Förordning|Kungörelse)\s*\((?:SFS\s+)?(\d{4}:\d+)\)")


_CZECH_ACT_NUMBER = re.compile(r"^(?:Zákon|Vyhláška|Nařízení\s+vlády|Nařízení|Ústavní\s+zákon)\s+č\.\s*(\d{1,4}/(?:19|20)\d\d\s+Sb\.)")
_SPANISH_LAW = re.compile(r"(?:Ley(?:\s+Orgánica)?|Real\s+Decreto(?:-ley|\s+Legislativo)?)\s+\d{1,4}/(?:19|20)\d\d,\s+de\s")
# An Italian act's name after its date and number, unquoted: "Legge 30 dicembre 2021, n. 234, Bilancio di previsione
# …", "Decreto legislativo 9 aprile 2008, n. 81, Attuazione dell'articolo 1 …" (not an article cited: ", art. 3")
_ITALIAN_NAMED = re.compile(r"^(?:Legge|Decreto(?:[\s-]+(?:legislativo|legge|ministeriale|del\s+Presidente\s+della\s+"
                            r"Repubblica))?|" + _IT_ACT_KIND + r")\s*\d{1,2}\s+[^\W\d_]{3,}\s+\d{4}\s*,\s*n\.\s*(?P<no>\d+)\s*,\s*"
                            r"(?!(?:art|artt|comma|co|lett)\.?\s)(?P<name>[A-ZÀ-Ý][^\W\d_]*\s[^\s].{3,})$")


def _italian_name(title: str) -> tuple[str, str] | None:
    """An Italian act's own name and its number, when its title opens with its date and number unquoted."""
    if (m := _ITALIAN_NAMED.match(title)) is None:
        return None
    return m["name"].strip(" ,."), m["no"]


# A full stop, colon or semicolon that ends a sentence, not a date's ("vom 3. März") or a number word's ("n. 5")
_SENTENCE_END = re.compile(r"(?<!\d)(?<!\b[nNčS])(?<!\bNr|\bnr|\bNo|\bno|\bnº|\bn°)[.:;]\s|\(\s*\d{4}\s*\)")
# European Union acts by their number: "Regulation (EU) 2016/679 of …", "Directive 2011/95/EU of …", "Council
# Directive 93/13/EEC of …"
_EU_ACT = re.compile(r"(?:Council\s+|Commission\s+)?(?:Implementing\s+|Delegated\s+)?(?:Regulation|Directive|Decision|"
                     r"Verordnung|Richtlinie|Règlement|Directive|Reglamento|Directiva|Regolamento|Direttiva|Rozporządzenie|"
                     r"Dyrektywa|Nařízení|Směrnice|Verordening|Richtlijn)\s+(?:\((?:EU|EC|EEC|EG|EWG|UE|CE|CEE|WE)\)\s+)?"
                     r"(?:No\.?\s+|Nr\.?\s+|n[°o]\s+)?\d+/\d+(?:/(?:EU|EC|EEC|EG|EWG|UE|CE|CEE|WE))?\b")
# ABNT's jurisdiction as author before the act: "BRASIL. ", "SÃO PAULO (Estado). "
# the state (in capitals, or one word: "BRASIL.", "Chile.") and the body issuing the act ("Ministério da Educação.")
_JURIS = re.compile(r"^((?:[A-ZÀ-Ý][A-ZÀ-Ý ]{2,40}|[A-ZÀ-Ý][a-zà-ÿ]{2,20})(?:\s*\([^()]{2,20}\))?"
                    r"(?:\.\s+(?:Minist|Secret|Presid|Congres|Senad|C[áâ]mara|Assembl|Conselho|Consejo)[^.]{2,60})?)"
                    r"\.\s+(?=[A-Z])")


# Russian acts (GOST): "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании …» // Собрание законодательства
# РФ. – 2012. – № 53. – Ст. 7598.", or the name first: "Об образовании … : федер. закон от 29.12.2012 № 273-ФЗ //
# Российская газета. – 2012. – 31 дек."
_RU_ACT = re.compile(r"(?:закон|указ|постановлени|приказ|распоряжени|кодекс|определени|решени)[^/«»]{0,80}?\sот\s+(?P<date>\d{1,2}\.\d{1,2}\."
                     r"\d{4}|\d{1,2}\s+[^\W\d_]+\.?\s+\d{4})(?:\s*г\.)?\s*(?:№|N)\s*(?P<no>[\w./-]+)", re.IGNORECASE)
_RU_COURT = re.compile(r"\b(?:[Сс]уда|[Сс]уд)\b")
_RU_PIECE = re.compile(r"^(?:(?P<year>\d{4})|№\s*(?P<issue>\d+)(?:\s*\(ч\.\s*(?:\d+|[IVX]+)\))?|[Сс]т\.\s*(?P<page>\d+)|"
                       r"[Сс]\.\s*(?P<pages>\d+(?:[-–]\d+)?))\.?$")  # ("№ 53 (ч. 1)", "№ 29 (ч. I)": the issue's part)
# A United States statute: "Americans with Disabilities Act of 1990, Pub. L. No. 101-336, 104 Stat. 327 (1990)."
_US_STATUTE = re.compile(r"^(?P<title>[A-Z][^,]{2,150}?\sAct(?:\s+of\s+\d{4})?),\s*(?:Pub\.\s*L\.\s*(?:No\.\s*)?(?P<number>\d+-\d+),"
                         r"\s*)?(?P<volume>\d{1,4})\s+Stat\.\s+(?P<page>\d{1,5})(?:,\s*\d+)?\s*\((?P<year>\d{4})\)\s*\.?\s*$")
# A Swedish act by its SFS number: "Skollag (2010:800).", "Offentlighets- och sekretesslag (SFS 2009:400). Stockholm:
# Justitiedepartementet."
_SFS_ACT = re.compile(r"^(?P<title>[A-ZÅÄÖ][\wåäö -]{0,80}?(?:lag|lagen|förordning|förordningen|balk|balken|ordning))\s*"
                      r"\((?:SFS\s+)?(?P<no>(?P<year>(?:1[89]|20)\d\d):\d+)\)\s*(?:\.\s*(?P<place>[^\W\d][^:.]{1,30}):\s*"
                      r"(?P<publisher>[^.]{2,80}))?\s*\.?\s*$")
# A British or Irish act: "Coroners and Inquests (Records) Act 2021, s 7", "Equality Act 2010 (c 15)", "Data
# Protection Act 2018, sch 1, pt 2": a title in title case ending with "Act" and its year, then at most the part cited
_UK_ACT = re.compile(
    r"^(?P<title>(?:The\s+)?[A-Z][\w’'()\s,&-]{1,150}?\sAct\s+(?P<year>(?:1[6-9]|20)\d\d))"
    r"(?:\s*\((?:c\.?\s*\d+|No\.?\s*\d+\s+of\s+\d{4}|[A-Z]{2,5})\))?"
    r"(?:\s*,?\s*(?:ss?|sch|pt|art|arts|para|paras|section|sections|reg)\.?\s*[\d(][\w()–.-]*(?:\s*[-–]\s*[\w()]+)?)*"
    r"\s*\.?\s*$")
_MINOR = {"and", "of", "the", "for", "to", "in", "on", "with", "act", "acts", "etc"}


def _russian_act(text: str, lang: str | None) -> dict[str, Any] | None:
    """A Russian act in GOST form, its name in quotes or before " : ", its date and number after "от" and "№",
    and the gazette after "//" with its year, issue and article."""
    head, _, source = text.partition(" // ")
    if not (m := _RU_ACT.search(head)):
        return None
    kind = "legislation"
    if q := re.search(r"«(?P<t>[^«»]{3,300})»", head[m.end():]):
        title = q["t"]
    elif (colon := head.find(" : ")) > 0 and colon < m.start():
        title = head[:colon]
    elif m.start() == 0 and _RU_COURT.search(head, 0, m.start("date")):
        # a court's decision, named by its kind and court: "Постановление Конституционного Суда РФ от 15.02.2022 № 6-П"
        kind, title = "legal_case", re.sub(r"\s+от\s*$", "", head[:m.start("date")])
    else:
        return None
    out: dict[str, Any] = {"type": kind, "title": title.strip(), "number": m["no"].rstrip(".")}
    if (res := parse_date_ex(m["date"], lang or "ru")).date:
        out["issued"] = res.date
    if source:
        pieces = [x.strip(" .") for x in re.split(r"\.?\s+[–—-]\s+", source.strip())]
        if len(pieces) == 1:  # (the pieces after full stops alone: "// Собрание законодательства РФ. 2022. № 29. Ст. 5301.")
            pieces = [x.strip(" .") for x in re.split(r"(?<![Сс]т)(?<!\b[Сс])\.\s+(?=\d{4}\b|№|[Сс]т?\.\s*\d)",
                                                      source.strip())]
        out["container-title"] = pieces[0]
        if (last := _RU_LAST_PIECE.search(text, text.find(" // "))) and len(text[last.end():].strip()) >= 20:
            return None  # (another reference glued after the gazette's article: `legal_pieces` cuts the line there)
        for piece in pieces[1:]:
            if r := _RU_PIECE.match(piece):
                if r["issue"]:
                    out["issue"] = r["issue"]
                elif r["page"] or r["pages"]:
                    out["page"] = r["page"] or r["pages"]
    return out


# A constitution cited alone by its name and date: "Constitution of the Republic of Poland of 2 April 1997.",
# "Konstytucja Rzeczypospolitej Polskiej z dnia 2 kwietnia 1997 r.", "Grundgesetz für die Bundesrepublik Deutschland
# vom 23. Mai 1949.", "Constitution du 4 octobre 1958.", "Constitución Española de 27 de diciembre de 1978."
_CONSTITUTION = re.compile(
    r"^(?P<title>(?:The\s+)?(?:Constitution|Konstytucja|Grundgesetz|Verfassung|Bundesverfassung|Constitución|Costituzione|"
    r"Constituição|Constitução|Grondwet|Ústava|Anayasa|Конституция|Regeringsformen?|日本国憲法|中华人民共和国宪法)\b"
    r"[^.;:()\d]{0,120}?)(?:\s*,\s*|\s+(?:of|du|de|del|della|vom|z\s+dnia|van|ze\s+dne|от)\s+)"
    r"(?P<date>\d{1,2}\.?(?:º|er)?\s*(?:de\s+)?[^\W\d_]{3,}\.?\s*(?:de\s+)?\d{4}|\d{4})(?:\s*(?:r\.|г\.|года))?\s*\.?\s*$")


def _constitution(text: str, lang: str | None) -> dict[str, Any] | None:
    """A constitution by its name and date: the name with its date the title, the date the issued date."""
    m = _CONSTITUTION.match(text)
    if m is None:
        return None
    title = text.strip()
    title = title if title.endswith((" r.", " г.")) else title.rstrip(".").strip()  # ("… 1997 r.": the year's "r.")
    out: dict[str, Any] = {"type": "legislation", "title": title}
    if (res := parse_date_ex(m["date"], lang)).date:
        out["issued"] = res.date
    return out


def _statute(text: str) -> dict[str, Any] | None:
    """A British act by its title and year, a United States statute with its Statutes at Large citation, or a
    Swedish act by its SFS number."""
    if "Stat." in text and (m := _US_STATUTE.match(text)):
        out: dict[str, Any] = {"type": "legislation", "title": m["title"], "container-title": "Stat.",
                               "volume": m["volume"], "page": m["page"], "issued": {"date-parts": [[int(m["year"])]]}}
        if m["number"]:
            out["number"] = m["number"]
        return out
    if "Act" in text and (m := _UK_ACT.match(text)):
        words = re.findall(r"[^\W\d_]+", m["title"])
        # (a person's name and initials before a comma open a work about an act: "Ward J, Understanding the …")
        if all(w[0].isupper() or w.lower() in _MINOR for w in words) and \
                not re.match(r"[A-Z][\w'’-]+,?\s+(?:[A-Z]\.?\s*){1,3},", m["title"]):
            return {"type": "legislation", "title": m["title"].strip(), "issued": {"date-parts": [[int(m["year"])]]}}
    if (m := _SFS_ACT.match(text)) is not None:
        out = {"type": "legislation", "title": m["title"], "number": m["no"], "issued": {"date-parts": [[int(m["year"])]]}}
        if m["place"]:
            out["publisher-place"], out["publisher"] = m["place"].strip(), m["publisher"].strip()
        return out
    if text.startswith("SFS") and (m := _SFS_FIRST.match(text)) is not None:
        # the number first: "SFS 2018:218. Lag (2018:218) med … Stockholm: Justitiedepartementet."
        out = {"type": "legislation", "number": m["no"], "title": m["title"].strip(),
               "issued": {"date-parts": [[int(m["year"])]]}}
        if m["place"]:
            out["publisher-place"], out["publisher"] = m["place"].strip(), m["publisher"].strip()
        return out
    return None


_SFS_FIRST = re.compile(r"^(?P<no>SFS\s+(?P<year>(?:1[89]|20)\d\d):\d+)\.\s+(?P<title>[A-ZÅÄÖ][^.]{3,200}?)\s*\."
                        r"(?:\s+(?P<place>[^\W\d][^:.]{1,30}):\s*(?P<publisher>[^.]{2,80}?)\s*\.?)?\s*$")


# Parliamentary papers by their series and number, as each parliament's own citation gives them: the Dutch
# "Kamerstukken II 2021/22, 36067, nr. 3 (title)", the Swedish government bill "Prop. 2021/22:100. Title. Stockholm:
# Finansdepartementet.", the German Bundestag's "Author (2022): Title. Gesetzentwurf der Bundesregierung. Drucksache
# 20/1630 vom 2.5.2022. Berlin." (a bill when it drafts an act, the committee's report or a motion otherwise)
_KAMERSTUK = re.compile(r"^(?:(?P<lead>[^()]{5,300}?),\s*)?(?P<series>Kamerstukken\s+I{1,2})\s+(?:19|20)\d\d/\d\d(?:\d\d)?\s*,\s*"
                        r"(?P<no>(?:\d{2}\s\d{3}|\d{1,5})(?:-[A-Z]{1,3}|\s[IVXL]{1,6}(?=\s*,))?)\s*,\s*nr\.\s*(?P<nr>\d+\w?)"
                        r"(?:\s*,\s*p\.\s*\d+(?:\s*[-–]\s*\d+)?)?(?:\s*\((?P<title>[^()]{3,300})\))?\s*\.?\s*$")
# what a bill's papers are named ("Wijziging van de Wet …", "Regels over …", "memorie van toelichting", "wetsvoorstel")
_BILL_WORDS = re.compile(r"\b(?:wijziging\s+van\s+de|regels\s+(?:over|omtrent|ter)|memorie\s+van\s+toelichting|"
                         r"wetsvoorstel|voorstel\s+van\s+wet|nota\s+van\s+wijziging)\b", re.I)
_PROP = re.compile(r"^(?:Prop\.|Regeringens\s+proposition)\s*(?P<no>(?:19|20)\d\d/\d\d:\d+)\s*[.:]?\s+"
                   r"(?P<title>[^.]{3,300}?)\s*\.(?:\s+(?P<place>[^\W\d][^:.]{1,30}):\s*(?P<publisher>[^.]{2,80}?)\s*\.?)?\s*$")
_DRUCKSACHE = re.compile(
    r"^(?:(?P<author>[^():.\d]{3,80}?)\s*\((?P<year>(?:19|20)\d\d)\)\s*[:.]\s*)?(?P<title>[^()]{5,400}?)\.\s+"
    r"(?:(?P<genre>[^.()\d]{3,80}?)\.\s+)?(?:(?:BT|BR)-)?(?:Drucksache|Drs\.)\s*(?P<no>\d{1,3}/\d{1,6})"
    r"(?:\s+vom\s+(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s*[^\W\d_]+\s+\d{4}))?\s*\.?"
    r"(?:\s+(?P<place>[^\W\d][\w-]{1,30})\s*\.?)?\s*$")
_DRAFTS_AN_ACT = re.compile(r"Gesetz|Verordnung")


def _bill(text: str, lang: str | None) -> dict[str, Any] | None:
    """A parliamentary paper by its series and number (:data:`_KAMERSTUK`, :data:`_PROP`, :data:`_DRUCKSACHE`)."""
    if "Kamerstuk" in text and (m := _KAMERSTUK.match(text)):
        out: dict[str, Any] = {"type": "bill", "container-title": m["series"], "number": m["no"], "issue": m["nr"]}
        if m["title"]:
            out["title"] = m["title"].strip()
        elif lead := m["lead"]:
            # a minister's letter among the papers, by its title and date: "Brief van de minister … van 14 maart 2022
            # over …, Kamerstukken II 2021/22, 35 925 VII, nr. 112."
            out["title"] = lead.strip()
            if not _BILL_WORDS.search(lead):
                out["type"] = "report"
            if (d := re.search(r"\bvan\s+(\d{1,2}\s+[^\W\d_]+\s+\d{4})\b", lead)) \
                    and (res := parse_date_ex(d.group(1), lang or "nl")).date:
                out["issued"] = res.date
        return out
    if text[:1] in "PR" and (m := _PROP.match(text)):
        out = {"type": "bill", "number": m["no"], "title": m["title"].strip()}
        if m["place"]:
            out["publisher-place"], out["publisher"] = m["place"].strip(), m["publisher"].strip()
        return out
    if ("Drucksache" in text or "Drs." in text) and (m := _DRUCKSACHE.match(text)):
        said = f"{m['genre'] or ''} {m['title']}"
        out = {"type": "bill" if _DRAFTS_AN_ACT.search(said) else "report", "title": m["title"].strip()}
        if m["author"]:
            out["author"] = [{"literal": m["author"].strip()}]
        if m["genre"]:
            out["genre"] = m["genre"].strip()
        out["number"] = m["no"]
        if m["date"] and (res := parse_date_ex(m["date"], lang or "de")).date:
            out["issued"] = res.date
        elif m["year"]:
            out["issued"] = {"date-parts": [[int(m["year"])]]}
        if m["place"]:
            out["publisher-place"] = m["place"]
        return out
    return None


# The debates of the United Kingdom's Parliament as OSCOLA cites them (Hansard): "HC Deb 14 March 2022, vol 710, cols
# 520–535", "HL Deb 3 May 2019, vol 797, col 1012": the House's debates as the container, the day, the volume, the columns
_HANSARD = re.compile(r"^(?P<house>H[CL]\s+Deb)\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*,\s*vol\s+(?P<volume>\d{1,4})"
                      r"\s*,\s*cols?\s+(?P<page>\d+[A-Z]{0,2}(?:\s*[-–]\s*\d+[A-Z]{0,2})?)\s*\.?\s*$")


def _hansard(text: str, lang: str | None) -> dict[str, Any] | None:
    """A debate of the House of Commons or Lords by its day, volume and columns (:data:`_HANSARD`)."""
    if (m := _HANSARD.match(text)) is None:
        return None
    out: dict[str, Any] = {"type": "hearing", "container-title": m["house"], "volume": m["volume"],
                           "page": re.sub(r"\s*[–-]\s*", "-", m["page"])}
    if (res := parse_date_ex(m["date"], "en")).date:
        out["issued"] = res.date
    return out


# OSCOLA and other British forms: "Fenwick v Corbridge Holdings Ltd [1994] 1 WLR 1187 (CA)", "R (Okafor) v
# Secretary of State for the Home Department [2021] EWHC 2210 (Admin)", "Donoghue v Stevenson [1932] AC 562 (HL)":
# the parties, the year in brackets (round for reports numbered by volume), the volume, the report and its page
_OSCOLA = re.compile(
    r"^(?P<title>(?:[^\[\];]{1,150}?\sv\.?\s[^\[\];]{1,150}?|(?:In\s+)?[Rr]e\s+[^\[\];]{2,100}?))\s*"
    r"[\[(](?P<year>(?:1[6-9]|20)\d\d)[\])]\s+(?:(?P<volume>\d{1,3})\s+)?"
    r"(?P<reporter>[A-Z][A-Za-z’'.&]*(?:\s+(?:[A-Z][A-Za-z’'.&]*|\(\w+\)))*?)\s+(?P<page>\d{1,6})"
    r"(?:\s*,\s*\[?\d+\]?(?:[-–]\d+)?)?\s*(?:\((?P<court>[^()]{1,30})\))?\s*[.;]?\s*$")
# The court that gives a decision by its date and docket number: French, Italian, German, Spanish, Dutch, Polish, Czech,
# European courts, by name or abbreviation
_COURT = (r"Cass\.|Cour\s+de\s+cassation|CAA|Cour\s+administrative\s+d['’]appel|Cour\s+d['’]appel|C\.\s?A\.|CA|CE|Conseil\s+d['’][ÉE]tat|Cons\.\s*(?:const|Stato)\.?|"
          r"Conseil\s+constitutionnel|Corte\s+(?:cost\.|costituzionale|(?:suprema\s+)?di\s+[Cc]assazione|d['’][Aa]ppello)|"
          r"Trib\.|Tribunale|Tribunal\s+(?:judiciaire|de\s+grande\s+instance|administratif)|TGI|TJ|TA|TAR|"
          r"BGH|BVerfG|BVerwG|BAG|BFH|BSG|OLG|OVG|VGH|LAG|LSG|EuGH|EGMR|CJUE|CJEU|ECJ|ECtHR|CEDH|Cour\s+EDH|"
          r"Tribunal\s+(?:Supremo|Constitucional|Superior\s+de\s+Justicia)|Audiencia\s+(?:Nacional|Provincial)|"
          r"Hoge\s+Raad|Raad\s+van\s+State|Sąd\s+Najwyższy|Naczelny\s+Sąd\s+Administracyjny|Nejvyšší\s+soud|"
          r"Ústavní\s+soud|Nejvyšší\s+správní\s+soud|Yargıtay|Danıştay|Верховный\s+[Сс]уд|Конституционный\s+[Сс]уд|"
          r"Supreme\s+Court|Court\s+of\s+Appeal")
# "Cass. 1re civ., 12 mars 2019, n° 17-28.331, D. 2019, p. 712", "Cass. civ., sez. III, 9 luglio 2020, n. 14532,
# in Foro it., 2020, I, c. 3120", "BGH, Urt. v. 12.3.2019 – VI ZR 123/18, NJW 2019, 1669" (the Federal Administrative
# Court's number by its year after a full stop: "BVerwG, Beschl. v. 3.2.2022 – 6 B 28.21"), "Cour de cassation,
# chambre sociale, 12 mai 2021, n° 19-24.567": the court (and its chamber) as the title, the date, the docket number,
# then the report that printed it, if any
_COURT_AND_CHAMBER = (r"(?P<court>(?:" + _COURT + r")(?:\s+[^\s,]{1,20}){0,3}(?:,\s*(?:(?!\d)[^,\d]{2,40}?"
                      r"(?:\s+[IVX\d]{1,4})?|\d{1,2}(?:e|re|er|ème)\s[^,]{2,40}?)){0,2})")
_DECISION = re.compile(
    r"^" + _COURT_AND_CHAMBER + r"\s*,\s*"  # (a French chamber by its ordinal: "10e et 9e ch. réunies")
    r"(?:(?:Urt|Beschl|Urteil|Beschluss|arrêt|arr|sent|sentenza|ord|ordinanza|déc|Entsch)\.?\s*(?:v\.|vom|du|del)?\s*)?"
    r"(?P<date>" + _DATE + r")\s*(?:,|[–—-])\s*"
    r"(?:(?:n[º°o]?\.?|nos?\.|Nr\.|Az\.|RG|req\.|pourvoi\s+n[°o])\s*)?(?P<number>\d{1,2}\s+[A-Za-z]{1,5}\s+\d+/\d+|\d{1,2}\s+[A-Z]{1,3}\s+\d+\.\d\d(?!\d)|[IVX]{1,4}\s+[A-Z]{1,4}\s+\d+/\d+|"
    r"(?:[A-Z]{1,3}\s?)?\d[\d./‑-]*\d|\d+)"
    r"(?P<rest>.*)$")
# The French administrative courts' order: the parties before the number ("CE, Ass., 9 novembre 2021, Commune de
# Saint-Aubin, n° 437301, Rec. Lebon p. 412", "CAA Nantes, 5e ch., 12 février 2019, M. Durand, n° 17NT01234")
_DECISION_NAMED = re.compile(
    r"^" + _COURT_AND_CHAMBER + r"\s*,\s*(?P<date>\d{1,2}(?:er)?\s+[^\W\d_]{3,}\.?\s+\d{4})\s*,\s*"
    r"(?P<parties>[^\W\d][^\d,;()]{2,120}?)\s*,\s*n[°o]s?\s*(?P<number>\d{2}[A-Z]{2}\d{4,6}|\d{3,7})(?P<rest>.*)$")
# The Conseil d'État's own report: ", Rec. Lebon p. 412", ", Lebon T. p. 771", ", Rec. p. 88"
_LEBON = re.compile(r"^\s*,\s*(?P<rep>(?:Rec\.\s*)?Lebon(?:\s+T\.)?|Rec\.)\s*,?\s*p\.\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)"
                    r"\s*\.?\s*$")
# The report that printed a decision, after its docket number: ", D. 2019, p. 712", ", in Foro it., 2020, I, c. 3120",
# ", NJW 2019, 1669", by volume ("… u. a. –, BVerfGE 157, 30–177"), with an issue and an item ("…, OSNC 2020, nr 2,
# poz. 18", "…, OTK-A 2021, poz. 1")
_REPORT = re.compile(r"^\s*(?:u\.\s?a\.\s*)?(?:[–—-]\s*)?[,;]\s*(?:in\s+)?(?P<rep>[^\W\d][^,\d]{0,40}?)[,\s]\s*"
                     r"(?:(?:19|20)\d\d|(?P<volume>\d{1,4}))\s*,\s*(?:[IVX]{1,4}\s*,\s*)?"
                     r"(?:(?:nr|n[°o]|Heft|H)\.?\s*(?P<issue>\d+)\s*,\s*)?"
                     r"(?:(?:p|c|col|S|pag|Rn|poz)\.\s*)?(?P<page>\d+(?:\s*[-–]\s*\d+)?)(?=[\s,.;]|$)")
# the parties after a French decision's number, its name: "CE, 17 juillet 2020, n° 428409, Association X."
_PARTIES = re.compile(r"^\s*,\s*(?P<parties>[^\W\d][^\d,;()]{2,120}?)\s*\.?\s*$")
# a decision read online: its address and the date it was read ("[online]. [cit. 2021-09-30]. Dostupné z: https://…")
_ONLINE = re.compile(r"(?P<url>https?://\S+?)[.,;]?(?:\s|$)")
_READ_ON = re.compile(r"[\[(](?:cit\.|citováno|cited|accessed|consulté\s+le|dostęp|abgerufen\s+am|geraadpleegd)\s*:?\s*"
                      r"(?P<date>[^\])]{6,30})[\])]", re.IGNORECASE)
# A decision named by its kind and court first: "Urteil des BGH vom 12. März 2019, VI ZR 123/18", "Wyrok Sądu
# Najwyższego z dnia 12 marca 2019 r., II CSK 123/18", "Rozsudek Nejvyššího soudu ze dne 12. 3. 2019, sp. zn. 21 Cdo
# 123/2018": the kind and court as the title, the date, the docket number
_KIND_DECISION = re.compile(
    r"^(?P<title>(?:Urteil|Beschluss|Arrêt|Sentenza|Ordinanza|Judgment|Wyrok|Postanowienie|Uchwała|Rozsudek|Usnesení|"
    r"Nález|Uitspraak)\s+(?:des|der|de\s+la|du|de\s+l['’]|della|del|of\s+the|van\s+de[n]?)?\s*[^,\d]{2,60}?)\s+"
    r"(?:vom|du|del|of|z\s+dnia|ze\s+dne|van)\s+(?P<date>" + _DATE + r")(?:\s*r\.)?\s*[,–-]\s*"
    r"(?:(?:Az\.|n[°o.º]|sygn\.\s*akt|sp\.\s*zn\.)\s*)?(?P<number>[^,;()\[\]]{2,30}?\d)\s*(?P<rest>[\[,.;].*)?$")
# A Spanish decision by its number: "Tribunal Constitucional. Sentencia 148/2021, de 14 de julio de 2021. Boletín…"
_SENTENCIA = re.compile(
    r"^(?:(?P<court>[A-ZÁÉÍÓÚ][^.\d]{2,60})\.\s+)?(?P<title>(?:Sentencia|Auto|STC|STS|SAN|SAP|STSJ|ATC)\s+(?:del?\s+"
    r"[^\d.,]{2,60}?\s+)?(?:n[úu]m\.\s*)?\d+/\d{4})\s*,\s*de\s+(?P<date>" + _DATE + r")(?P<rest>.*)$")


def _case(text: str, lang: str | None) -> dict[str, Any] | None:
    """A decision in OSCOLA form, or by its court, date and docket number, or a Spanish "Sentencia N/YYYY"."""
    if (" v " in text or " v. " in text or "Re " in text[:6]) and (m := _OSCOLA.match(text)):
        out: dict[str, Any] = {"type": "legal_case", "title": m["title"].strip(" ,"),
                               "issued": {"date-parts": [[int(m["year"])]]}, "container-title": m["reporter"].strip(),
                               "page": m["page"]}
        if m["volume"]:
            out["volume"] = m["volume"]
        return out
    if m := _SENTENCIA.match(text):
        out = {"type": "legal_case", "title": m["title"]}
        if m["court"]:
            out["author"] = [{"literal": m["court"].strip()}]
        raw = m["date"]
        if not re.search(r"\d{4}", raw):
            raw += " " + m["title"][-4:]
        if (res := parse_date_ex(raw, lang or "es")).date:
            out["issued"] = res.date
        rest = m["rest"].strip(" .,")
        if rest:
            if (g := _OPEN_GAZETTE.match(rest)) is None or (tail := _gazette_tail(rest[g.end():], lang)) is None:
                return out if _URL.fullmatch(" " + rest) else None
            tail.pop("_date", None)
            out["container-title"] = g["gaz"].strip()
            out.update(tail)
        return out
    if (m := _DECISION.match(text)) and (res := parse_date_ex(m["date"], lang)).date \
            and len(res.date["date-parts"][0]) == 3:
        court = re.sub(r",?\s*(?:Urt|Beschl|Urteil|Beschluss)\.?\s*(?:v\.|vom)?\s*$", "", m["court"].strip())
        out = {"type": "legal_case", "title": court, "issued": res.date,
               "number": re.sub(r"\s*[‑]\s*", "-", m["number"].strip())}
        if not _decision_report(m["rest"], out) and (p := _PARTIES.match(m["rest"])):
            out["title"], out["authority"] = p["parties"].strip(), court  # the case's name; the court decided it
        return out
    if (m := _DECISION_NAMED.match(text)) and (res := parse_date_ex(m["date"], lang or "fr")).date \
            and len(res.date["date-parts"][0]) == 3:
        rest = m["rest"]
        out = {"type": "legal_case", "title": m["parties"].strip(), "authority": m["court"].strip(),
               "issued": res.date, "number": m["number"]}
        if r := _LEBON.match(rest):
            out["container-title"], out["page"] = r["rep"].strip(), re.sub(r"\s*[-–]\s*", "-", r["page"])
        elif rest.strip(" .") and not _decision_report(rest, out):
            return None
        return out
    if (m := _KIND_DECISION.match(text)) and (res := parse_date_ex(m["date"], lang)).date:
        out = {"type": "legal_case", "title": m["title"].strip(), "issued": res.date, "number": m["number"].strip()}
        rest = m["rest"] or ""
        if not _decision_report(rest, out) and (u := _ONLINE.search(rest)):
            out["URL"] = u["url"]
            if (a := _READ_ON.search(rest)) and (read := parse_date_ex(a["date"].strip(" ."), lang)).date:
                out["accessed"] = read.date
        return out
    return None


def _decision_report(rest: str, out: dict[str, Any]) -> bool:
    """The report that printed a decision (:data:`_REPORT`), read from what follows its docket number into ``out``."""
    if not (r := _REPORT.match(rest)):
        return False
    out["container-title"] = r["rep"].strip()
    for field in ("volume", "issue"):
        if r[field]:
            out[field] = r[field]
    out["page"] = re.sub(r"\s*[-–]\s*", "-", r["page"])
    return True


# A patent cited by its document first, as the patent offices of Russia, Poland and Czechia print it. GOST 7.0.100
# and 7.1: "Пат. 2734512 Российская Федерация, МПК A61K 31/4745. Способ … / Соколов В. А., Ефимова Л. Н. ; заявитель и
# патентообладатель … – № 2019143218 ; заявл. 20.12.2019 ; опубл. 19.10.2020, Бюл. № 29. – 12 с." (an inventor's
# certificate, "А. с. 1007970 СССР", likewise): the number, the title before " / ", the inventors after it, and the
# publication's date ("опубл.") as issued (the filing's, "заявл.", is not the patent's)
_GOST_PATENT = re.compile(
    r"^(?:Пат(?:ент)?\.?|А\.\s?с\.|Авт\.\s?свид\.)\s*(?:№\s*)?(?P<no>\d[\d\s]{3,12}\d)\s+(?P<office>[^,.]{2,40}?)"
    r"(?:\s*,\s*(?:МПК|МКИ|МКП|IPC)\s*\d?\s+[^.]{2,80}?)?\s*\.\s+(?P<title>[^/]{3,300}?)\s*/\s*(?P<names>[^;/–—]{3,200}?)"
    r"\s*(?:(?:;|\.?\s[–—-])\s*(?P<rest>.*)|\.?)$")
# an inventor as GOST writes one, with initials before or after the family name ("Соколов В. А.", "В. С. Ваулин")
_INITIALS_NAME = re.compile(r"(?:[^\W\d_]\.\s?){1,3}\s*[^\W\d_][\w'’-]+|[^\W\d_][\w'’-]+\s+(?:[^\W\d_]\.\s?){0,2}[^\W\d_]")
_GOST_PATENT_TAIL = re.compile(r"\s+:\s+(?:№|заявл\.|опубл\.)")
_GOST_PUBLISHED = re.compile(r"\bопубл\.\s*(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d))\b")
# Polish, Czech and German offices' own first line: "Opis patentowy PL 234567 B1. Title. Holder, Place, PL. Twórcy: …
# Opubl. 31.03.2020", "Patentový spis CZ 308123 B6. Title. Majitel: … Původci: … Zveřejněno 12.05.2021": the kind of
# document and its number, the title, the inventors after their role word, the publication's date
_OFFICE_PATENT = re.compile(
    r"^(?:Opis\s+(?:patentowy|zgłoszeniowy|ochronny\s+wzoru\s+użytkowego)|Patentový\s+spis|Užitný\s+vzor|"
    r"Patentschrift|Offenlegungsschrift|Gebrauchsmusterschrift|Patent)\s+(?:(?:nr|č\.|Nr\.)\s*)?"
    r"(?P<no>[A-Z]{2}\s?\d[\d\s]{3,16}\d\s?[A-Z]\d?)\s*[.,:]\s+(?P<title>[^.]{3,300}?)\.\s+(?P<rest>.*)$")
_INVENTORS = re.compile(r"\b(?:Twórc[ya]|Wynalazc[ay]|Původc[ei]|Erfinder(?:in)?|Inventors?|Изобретател[иь]|Автор[ыи]?)"
                        r"\s*:\s*(?P<names>[^:]{3,200}?)(?=\.\s+\S+\s*\S*\s*:|\.\s+(?:Opubl|Zveřejn|Veröff|Publ)|\.?\s*$)")
_PATENT_OPENINGS = frozenset("ПАOPUG")  # (the first letters of the forms above: a test before the patterns)
_PUBLISHED = re.compile(r"\b(?:Opubl(?:ikowano)?\.?|Zveřejněno|Zveřejn\.|veröffentlicht(?:\s+am)?|Offenlegungstag|"
                        r"Veröffentlichungstag|Published|Publ\.)\s*:?\s*"
                        r"(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d\d-\d\d|\d{1,2}\.\s+[^\W\d_]+\s+\d{4})", re.IGNORECASE)


def _patent(text: str, lang: str | None) -> dict[str, Any] | None:
    """A patent cited by its document first (:data:`_GOST_PATENT`, :data:`_OFFICE_PATENT`); None otherwise."""
    if m := _GOST_PATENT.match(text):
        if not all(_INITIALS_NAME.fullmatch(x.strip(" .")) for x in m["names"].split(",")):
            return None  # (an applicant, "/ заявитель ООО «Вектор»", or anything else: left to the labeler)
        names = parse_names(m["names"], lang=lang or "ru").names
        title, rest = m["title"].strip(), m["rest"] or ""
        if tail := _GOST_PATENT_TAIL.search(title):
            # "Устройство … : № 2020118734 : заявл. 05.06.2020 : опубл. 22.03.2021 / Смирнов Д. Е.": the application's
            # number and dates before the inventors are no words of the title
            title, rest = title[:tail.start()], f"{title[tail.start():]} {rest}"
        out: dict[str, Any] = {"type": "patent", "number": re.sub(r"\s+", "", m["no"]), "title": title,
                               "author": names}
        if (d := _GOST_PUBLISHED.search(rest)) and (res := parse_date_ex(d.group(1), "ru")).date:
            out["issued"] = res.date
        return out
    if m := _OFFICE_PATENT.match(text):
        out = {"type": "patent", "number": re.sub(r"\s+", " ", m["no"]).strip(), "title": m["title"].strip()}
        rest = m["rest"]
        if (n := _INVENTORS.search(rest)) and (names := parse_names(n["names"].strip(" ."), lang=lang).names) \
                and all("family" in x for x in names):
            out["author"] = names
        if (d := _PUBLISHED.search(rest)) and (res := parse_date_ex(d.group(1).replace(" ", ""), lang)).date:
            out["issued"] = res.date
        return out
    return None


# A German commentary cited by its commentator and the work named after its founder: "Grüneberg, in: Palandt, BGB,
# 80. Aufl. 2021, § 313 Rn. 17", "Ellenberger/Götz, in: Grüneberg, BGB, 82. Aufl. 2023, Art. 2 Rn. 4": a chapter, the
# section commented its title, the commentary its container (or, after its editors' "(Hrsg.)", the law), the
# pinpoint ("Rn. 17") dropped
_COMMENTARY = re.compile(
    r"^(?P<authors>[A-ZÄÖÜ][\w'’-]+(?:\s*/\s*[A-ZÄÖÜ][\w'’-]+){0,3})\s*,\s*in:\s*(?:(?P<editors>[A-ZÄÖÜ][\w'’-]+"
    r"(?:\s*/\s*[A-ZÄÖÜ][\w'’-]+){0,3})\s*\((?:Hrsg|Hg)\.\)\s*,\s*(?P<law>[A-Za-zÄÖÜäöü]{2,12}(?:\s+[IVX]{1,4})?)|"
    r"(?P<work>[A-ZÄÖÜ][^,:;()]{1,40},\s*[A-Za-zÄÖÜäöü]{2,12}(?:\s+[IVX]{1,4})?))\s*,\s*(?P<edition>\d{1,3})\.\s*Aufl\.\s*(?P<year>(?:19|20)\d\d)\s*,\s*"
    r"(?P<title>(?:§§?|Art\.)\s*\d+[a-z]?)(?:\s+(?:Rn|Rdnr|Rz)\.\s*\d+(?:\s*[-–]\s*\d+|\s*f{1,2}\.)?)?\s*\.?\s*$")


def legal_fields(text: str, lang: str | None = None) -> dict[str, Any] | None:
    """The CSL fields of an act (with its gazette, or its number and date) or of a court decision, or of a German
    commentary cited by its commentator; None otherwise, and None for a line that cites several of them one after
    another (:func:`legal_pieces`: each is a reference of its own)."""
    if text[:1] in "[(0123456789" and (numbered := _ENTRY_NUMBER.match(text)):
        text = text[numbered.end():]  # "14.\tUstawa z dnia …", "13) D.lgs. …": the list's number is no piece of it
    if ("; " in text or " ;" in text or _DECISION_SEP.search(text)) and legal_pieces(text, lang) is not None:
        return None
    # (a piece of such a line keeps the semicolon that closed it: "Roe v. Wade, 410 U.S. 113 (1973);")
    text = text[:-1].rstrip() if text.endswith(";") else text
    found = _legal_one(text, lang)
    if text[:1].isdigit() and (note := _FOOTNOTE_NUMBER.match(text)) and (
            found is None or (found.get("type") == "legal_case" and str(found.get("title", "")).startswith(note.group()))):
        # a footnote's bare number before a decision: "41 Harrington v. Whitlow Press Ltd [1998] 2 WLR 455 (CA)."
        found = _legal_one(text[note.end():], lang) or found
    return found


_FOOTNOTE_NUMBER = re.compile(r"\d{1,3}\s+(?=[A-ZÀ-ÖØ-Þ])")


_GAZETTE_ISSUE = re.compile(r"\s(?:nr|Nr\.|č\.|n[°º])\s*(\d{1,4})\s+(?:poz\.|S\.|s\.|p\.)")
_ENTRY_NUMBER = re.compile(r"(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)])\s+(?=\D)")
# A semicolon between two cited acts or decisions ("…, NJW 2019, 1234; BGH, Urt. v. …", "… n° 09-70.262 ; Cass. com.,
# …"); the piece after it must open with a capital, a digit or a bracket
_PIECE_SEP = re.compile(r"\s*;\s+(?=[\w(\[§«„“\"])")
# A full stop closing one decision before the next court's name and its comma ("…, BVerfGE 65, 1. BGH, Urteil vom
# 12.05.2010 – I ZR 121/08, NJW 2010, 2061.")
_DECISION_SEP = re.compile(r"(?<=\.)\s+(?=(?:" + _COURT + r")(?:\s+[^\s,]{1,20}){0,3}\s*,)")
# the first words of the courts of _COURT, as tokens ("Cass." is "Cass" and "."): a line holding none of them cites no
# second decision after a full stop (tests/test_legal_s17.py checks every court opens with one)
COURT_WORDS = frozenset({
    "Cass", "Cour", "CAA", "CA", "C", "CE", "Conseil", "Cons", "Corte", "Trib", "Tribunale", "Tribunal", "TGI", "TJ",
    "TA", "TAR", "BGH", "BVerfG", "BVerwG", "BAG", "BFH", "BSG", "OLG", "OVG", "VGH", "LAG", "LSG", "EuGH", "EGMR",
    "CJUE", "CJEU", "ECJ", "ECtHR", "CEDH", "Audiencia", "Hoge", "Raad", "Sąd", "Naczelny", "Nejvyšší", "Ústavní",
    "Yargıtay", "Danıştay", "Верховный", "Конституционный", "Supreme", "Court"})


@functools.lru_cache(maxsize=512)
def legal_pieces(text: str, lang: str | None = None) -> tuple[tuple[int, int], ...] | None:
    """The spans of the acts or decisions a line cites one after another, separated by semicolons ("BGH, Urt. v.
    12.3.2019 – VI ZR 123/18, NJW 2019, 1234; BGH, Urt. v. 5.5.2020 – VI ZR 45/19, …", "Roe v. Wade, 410 U.S. 113
    (1973); Planned Parenthood v. Casey, 505 U.S. 833 (1992)."), or decisions by full stops before the next court
    ("…, BVerfGE 65, 1. BGH, Urteil vom …"), when every piece reads as one on its own; None otherwise (an act's
    amendment after a semicolon, "…; zuletzt geändert durch …", reads as none)."""
    return _pieces(text, _PIECE_SEP, lang) or _pieces(text, _DECISION_SEP, lang) or _act_then_more(text, lang)


# the gazette's last piece closing a Russian act, and what follows it: "… – № 2. – Ст. 133. Росстат. Численность …"
_RU_LAST_PIECE = re.compile(r"\s+[–—-]\s+(?:[Сс]т\.\s*\d+|[Сс]\.\s*\d+(?:[-–]\d+)?)\.\s+(?=[^\W\d_])")


def _act_then_more(text: str, lang: str | None) -> tuple[tuple[int, int], ...] | None:
    """A Russian act in GOST form with another reference glued after its gazette's article ("… // Собрание
    законодательства РФ. – 2002. – № 2. – Ст. 133. Росстат. Численность …"): the act's span and the rest's."""
    if " // " not in text or not (m := _RU_LAST_PIECE.search(text, text.find(" // "))):
        return None
    act, rest = text[:m.end()].rstrip(), text[m.end():]
    if len(rest.strip()) < 20 or _russian_act(act, lang) is None or not rest[:1].isupper():
        return None
    return (0, len(act)), (m.end(), len(text.rstrip()))


def _pieces(text: str, separator: re.Pattern[str], lang: str | None) -> tuple[tuple[int, int], ...] | None:
    seps = list(separator.finditer(text))
    if not seps:  # one piece is no list: the whole line is not read as an act here (legal_fields does that)
        return None
    spans: list[tuple[int, int]] = []
    a = 0
    for m in [*seps, None]:
        b = len(text) if m is None else m.start()
        piece = text[a:b].strip()
        if len(piece) < 8 or not (piece[:1].isupper() or piece[:1] in "([§"):
            return None
        if _legal_one(piece, lang) is None and (piece.endswith(".") or _legal_one(piece + ".", lang) is None):
            return None
        start = a + len(text[a:b]) - len(text[a:b].lstrip())
        spans.append((start, start + len(piece)))
        if m is not None:
            a = m.end()
    return tuple(spans)


def _legal_one(text: str, lang: str | None = None) -> dict[str, Any] | None:
    """:func:`legal_fields` of one act or decision."""
    if "Aufl" in text and (m := _COMMENTARY.match(text)):
        out = {"type": "chapter", "author": parse_names(m["authors"]).names, "title": m["title"]}
        if m["editors"]:  # "Wagner, in: Müller/Schmidt (Hrsg.), BGB, …": the editors, then the law commented
            out["editor"], out["container-title"] = parse_names(m["editors"]).names, m["law"]
        else:
            out["container-title"] = m["work"].strip()
        return {**out, "edition": m["edition"], "issued": {"date-parts": [[int(m["year"])]]}}
    if (" v. " in text or " v " in text) and (m := _CASE.match(text)):
        case = {"type": "legal_case", "title": m["title"].strip(), "volume": m["volume"],
                "container-title": m["reporter"].strip(), "page": m["page"],
                "issued": {"date-parts": [[int(m["year"])]]}}
        if court := m["court"].strip():
            case["authority"] = court  # "9th Cir.", "S.D.N.Y." (the Supreme Court's reports name none)
        return case
    if "ECLI:" in text and (m := _ECLI_CASE.match(text)):
        out: dict[str, Any] = {"type": "legal_case", "authority": m["court"], "number": m["ecli"].rstrip(".")}
        if m["parties"]:
            out["title"] = m["parties"].strip()
        if m["reporter"]:  # "NJ 2021/124": the law report that printed it, its year and number
            out.update({"container-title": m["reporter"], "volume": m["ryear"], "page": m["rno"]})
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
        if number := _TR_LAW_NUMBER.match(out["title"]):
            out["number"] = number.group(1)
        year, _, day_month = m["date"].partition(",")
        if (res := parse_date_ex(f"{day_month.strip()} {year}", lang or "tr")).date:
            out["issued"] = res.date
        if m["url"]:
            out["URL"] = m["url"].rstrip(".")
        return out
    if text[:1] in _PATENT_OPENINGS and (out := _patent(text, lang)) is not None:
        return out
    if not _ACT.match(text):
        if (_JURIS.match(text) or _EU_ACT.match(text) or _IT_ACT.match(text)) \
                and (out := _open_gazette(text, lang)) is not None:
            return out
        if (out := _case(text, lang)) is not None:
            return out
        if " от " in text and (out := _russian_act(text, lang)) is not None:
            return out
        if (out := _bill(text, lang)) is not None:
            return out
        if " Deb " in text[:8] and (out := _hansard(text, lang)) is not None:
            return out
        if (out := _constitution(text, lang)) is not None:
            return out
        return _statute(text)
    if " от " in text and not _GAZETTE.search(text) and (out := _russian_act(text, lang)) is not None:
        return out
    if (j := _JORF.search(text)) is not None:
        out = {"type": "legislation", "title": text[:j.start()].strip(" ,."), "container-title": "JORF"
               if j.group(1).replace(" ", "").upper().startswith("JORF") else j.group(1).strip(), "issue": j.group(2)}
        if (d := _ACT_DATE.search(out["title"])) and (res := parse_date_ex(d.group(1), lang or "fr")).date:
            out["issued"] = res.date
        return out
    # the act's own gazette comes before any amendment's ("…, GVBl. S. 212, zuletzt geändert durch Gesetz vom 4.
    # März 2022 (GVBl. S. 80).")
    own = text[:a.start()] if (a := _AMENDED.search(text)) else text
    if not (g := _GAZETTE.search(own)):
        return _open_gazette(text, lang)
    title = text[:g.start()].strip(" ,.")
    # (a Polish gazette's "poz." is the act's item number, not a page: as read without the brackets)
    item = "number" if re.search(r"poz\.\s*" + g.group(2) + r"\b", g.group(0)) else "page"
    out = {"type": "legislation", "container-title": g.group(1).strip(), item: g.group(2)}
    if (issue := _GAZETTE_ISSUE.search(g.group(0))) is not None:
        out["issue"] = issue.group(1)  # the old Dziennik Ustaw's "Dz.U. 2004 nr 64 poz. 593"
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
