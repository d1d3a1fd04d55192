"""RIS records (``TY  - JOUR`` … ``ER  -``) pasted into a reference list, read as CSL records.

Reference managers export RIS, and people paste a record where a reference belongs. Its tags say
what each line is, so `refnorm.parse` reads a pasted record here rather than by the labeler. (RIS
files are not an adapter: `refnorm fix` does not rewrite them.)
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["entry_words", "is_ris", "records"]

_LINE = re.compile(r"^\s*([A-Z][A-Z0-9])  ?-(?: (.*))?$")
_START = re.compile(r"\s*TY  ?- [A-Z]{3,6}\s*$", re.M)

_TYPES = {
    "JOUR": "article-journal", "JFULL": "article-journal", "EJOUR": "article-journal", "ABST": "article-journal",
    "BOOK": "book", "EBOOK": "book", "EDBOOK": "book", "CHAP": "chapter", "ECHAP": "chapter",
    "CONF": "paper-conference", "CPAPER": "paper-conference", "THES": "thesis", "RPRT": "report",
    "GOVDOC": "report", "ELEC": "webpage", "WEB": "webpage", "BLOG": "post-weblog", "NEWS": "article-newspaper",
    "MGZN": "article-magazine", "DATA": "dataset", "DBASE": "dataset", "PAT": "patent", "STAND": "standard",
    "COMP": "software", "UNPB": "manuscript", "MANSCPT": "manuscript", "CASE": "legal_case", "STAT": "legislation",
    "BILL": "bill", "MAP": "map", "VIDEO": "motion_picture", "ENCYC": "entry-encyclopedia", "DICT": "entry-dictionary",
    "GEN": "document",
}
_NAMES = {"AU": "author", "A1": "author", "A2": "editor", "ED": "editor", "A3": "editor", "A4": "translator"}
_TEXT = {"TI": "title", "T1": "title", "BT": "container-title", "T2": "container-title", "JF": "container-title",
         "JO": "container-title", "JA": "container-title", "J2": "container-title", "T3": "collection-title",
         "PB": "publisher", "CY": "publisher-place", "PP": "publisher-place", "VL": "volume", "IS": "issue",
         "ET": "edition", "DO": "DOI", "UR": "URL", "M3": "genre", "LA": "language"}
# (tags whose text is no part of a citation: abstract, keywords, notes, database, call number, links to files)
_IGNORED = {"AB", "N2", "KW", "N1", "DB", "DP", "CN", "L1", "L2", "L4", "AN", "ST", "C1", "C2", "AD", "RP", "ID"}


def is_ris(text: str) -> bool:
    """Does ``text`` open with a RIS record's type line (``TY  - JOUR``)?"""
    return bool(_START.match(text.split("\n", 1)[0]))


def _tags(text: str) -> list[list[tuple[str, str]]]:
    """The records of ``text``: each a list of (tag, value), a value's continuation lines joined to it."""
    out: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _LINE.match(line)
        if m is None:
            if current:  # a value wrapped onto the next line
                tag, value = current[-1]
                current[-1] = (tag, f"{value} {line.strip()}".strip())
            continue
        tag, value = m.group(1), (m.group(2) or "").strip()
        if tag == "TY":
            current = [(tag, value)]
            out.append(current)
        elif tag == "ER":
            current = None
        elif current is not None:
            current.append((tag, value))
    return out


def _name(value: str) -> dict[str, str]:
    family, _, given = value.partition(",")
    if not given.strip():
        return {"literal": value.strip()}
    return {"family": family.strip(), "given": given.split(",")[0].strip()}


def _date(value: str) -> dict[str, Any] | None:
    """RIS dates: "2020", "2020/03/15/", "2020/03//", "2020///Spring"."""
    parts = [p for p in value.split("/")[:3]]
    out: list[int] = []
    for p in parts:
        if not p.strip().isdigit():
            break
        out.append(int(p))
    if not out or not 1000 <= out[0] <= 2999:
        return None
    return {"date-parts": [out]}


def _record(tags: list[tuple[str, str]]) -> dict[str, Any]:
    csl: dict[str, Any] = {"type": _TYPES.get(tags[0][1].upper(), "document")}
    first_page = last_page = ""
    for tag, value in tags[1:]:
        if not value or tag in _IGNORED:
            continue
        if tag in _NAMES:
            csl.setdefault(_NAMES[tag], []).append(_name(value))
        elif tag in _TEXT:
            csl.setdefault(_TEXT[tag], value)
        elif tag in ("PY", "Y1", "DA") and (date := _date(value)):
            # (the full date of DA over PY's year)
            if "issued" not in csl or len(date["date-parts"][0]) > len(csl["issued"]["date-parts"][0]):
                csl["issued"] = date
        elif tag == "Y2" and (date := _date(value)):
            csl["accessed"] = date
        elif tag == "SP":
            first_page = value
        elif tag == "EP":
            last_page = value
        elif tag == "SN":
            digits = re.sub(r"[^0-9Xx]", "", value)
            csl.setdefault("ISBN" if len(digits) in (10, 13) else "ISSN", value)
    if first_page:
        csl["page"] = f"{first_page}-{last_page}" if last_page and last_page != first_page else first_page
    if csl["type"] == "chapter" and "container-title" not in csl and "collection-title" in csl:
        csl["container-title"] = csl.pop("collection-title")
    return csl


def records(text: str) -> list[dict[str, Any]]:
    """The CSL records of the RIS records in ``text`` (none when it holds no ``TY`` line)."""
    return [_record(tags) for tags in _tags(text)]


def entry_words(text: str) -> str:
    """What a reader sees of RIS records: the values of the tags a citation prints, without the tags."""
    return " ".join(value for record in _tags(text) for tag, value in record[1:]
                    if value and tag not in _IGNORED)
