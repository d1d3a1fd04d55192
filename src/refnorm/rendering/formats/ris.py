"""RIS out: one ``TY  - JOUR`` ... ``ER  - `` record per CSL item (RIS as Zotero and EndNote read it)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["RIS_TYPES", "record"]

#: CSL type -> RIS reference type.
RIS_TYPES = {
    "article-journal": "JOUR", "review": "JOUR", "review-book": "JOUR", "article": "JOUR",
    "article-magazine": "MGZN", "article-newspaper": "NEWS", "book": "BOOK", "classic": "BOOK",
    "collection": "BOOK", "chapter": "CHAP", "entry-encyclopedia": "ENCYC", "entry-dictionary": "DICT",
    "entry": "CHAP", "paper-conference": "CPAPER", "thesis": "THES", "report": "RPRT",
    "webpage": "ELEC", "post": "ELEC", "post-weblog": "BLOG", "dataset": "DATA", "software": "COMP",
    "patent": "PAT", "standard": "STAND", "manuscript": "UNPB", "speech": "CONF", "map": "MAP",
    "motion_picture": "MPCT", "song": "SOUND", "legislation": "STAT", "legal_case": "CASE",
    "bill": "BILL", "graphic": "ART", "broadcast": "VIDEO", "interview": "PCOMM",
    "personal_communication": "PCOMM", "periodical": "JFULL", "document": "GEN",
}

_TAG = re.compile(r"<[^>]+>")


def _plain(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    # RIS has no markup and one field per line
    return " ".join(_TAG.sub("", str(value)).split())


def _name(name: Mapping[str, Any]) -> str:
    if name.get("literal"):
        return _plain(name["literal"])
    family = " ".join(str(name[k]) for k in ("non-dropping-particle", "family") if name.get(k))
    given = " ".join(str(name[k]) for k in ("given", "dropping-particle") if name.get(k))
    out = ", ".join(p for p in (family, given) if p)
    return f"{out}, {name['suffix']}" if name.get("suffix") else out


def _date(value: Any) -> tuple[str, str] | None:
    """(year, ``YYYY/MM/DD/`` date) of a CSL date, or None."""
    if not isinstance(value, Mapping):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            nums = [int(p) for p in parts[0][:3]]
        except (TypeError, ValueError):
            return None
        fields = [f"{nums[0]:04d}"] + [f"{n:02d}" for n in nums[1:]]
        fields += [""] * (3 - len(fields))
        return fields[0], "/".join(fields) + "/"
    raw = value.get("raw") or value.get("literal")
    if isinstance(raw, str):
        m = re.search(r"\b\d{4}\b", raw)
        if m:
            return m.group(0), ""
    return None


def record(item: Mapping[str, Any]) -> str:
    """One RIS record for a CSL item, ending with ``ER  - `` and a newline."""
    csl_type = str(item.get("type") or "")
    lines: list[tuple[str, str]] = [("TY", RIS_TYPES.get(csl_type, "GEN"))]

    def add(tag: str, value: Any) -> None:
        text = _plain(value) if value is not None else ""
        if text:
            lines.append((tag, text))

    for role, tag in (("author", "AU"), ("editor", "A2" if csl_type in ("chapter", "paper-conference",
                                                                         "entry-encyclopedia") else "ED"),
                      ("translator", "A4"), ("collection-editor", "A3")):
        for name in item.get(role) or ():
            if isinstance(name, Mapping):
                add(tag, _name(name))
    add("TI", item.get("title"))
    add("T2", item.get("container-title") or item.get("event-title"))
    add("J2", item.get("container-title-short"))
    add("T3", item.get("collection-title"))
    date = _date(item.get("issued"))
    if date:
        add("PY", date[0])
        add("DA", date[1])
    add("VL", item.get("volume"))
    add("IS", item.get("issue"))
    page = _plain(item.get("page") or "")
    if page:
        bits = re.split(r"\s*[-–—‐]\s*", page, maxsplit=1)
        first = bits[0]
        last = bits[1] if len(bits) > 1 else None
        add("SP", first)
        add("EP", last)
    add("M1" if csl_type != "report" else "SN", item.get("number"))
    add("ET", item.get("edition"))
    add("PB", item.get("publisher"))
    add("CY", item.get("publisher-place") or item.get("event-place"))
    add("M3", item.get("genre"))
    for key in ("ISBN", "ISSN"):
        if csl_type != "report" or not item.get("number"):
            add("SN", item.get(key))
    add("DO", item.get("DOI"))
    add("UR", item.get("URL"))
    accessed = _date(item.get("accessed"))
    if accessed:
        add("Y2", accessed[1] or accessed[0])
    add("LA", item.get("language"))
    add("AB", item.get("abstract"))
    keywords = item.get("keyword")
    if isinstance(keywords, str):
        for kw in re.split(r"\s*[,;]\s*", keywords):
            add("KW", kw)
    add("N1", item.get("note"))
    out = [f"{tag}  - {value}" for tag, value in lines]
    out.append("ER  - ")
    return "\n".join(out) + "\n"
