"""Crossref works as CSL-JSON, merged into references with provenance, and the notices they carry.

Crossref's REST records are close to CSL but not quite: titles are lists, types have their own names
(``journal-article`` for CSL's ``article-journal``), dates live in several fields, and the journal
abbreviation is ``short-container-title``. `work_to_csl` turns a record into real CSL-JSON; `merge`
fills a reference's missing fields from it (or prefers Crossref's values when asked), recording
``"crossref"`` as the source of every field it sets; `notices` reads retractions, corrections,
expressions of concern and published versions of preprints as diagnostics.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from refnorm.model import Diagnostic, Reference, Severity
from refnorm.normalizers.types import CROSSREF_TYPES

__all__ = ["merge", "notices", "work_to_csl"]

SOURCE = "crossref"

_TAGS = re.compile(r"<[^>]+>")


def _text(v: Any) -> str | None:
    if isinstance(v, list):
        v = next((x for x in v if x), None)
    if v is None:
        return None
    s = " ".join(_TAGS.sub("", str(v)).split())  # JATS mark-up (<i>, <sub>) inside titles
    return s or None


def _names(people: Any) -> list[dict[str, str]]:
    out = []
    for p in people or []:
        if not isinstance(p, Mapping):
            continue
        name: dict[str, str] = {}
        if p.get("family"):
            name["family"] = str(p["family"])
            if p.get("given"):
                name["given"] = str(p["given"])
            if p.get("suffix"):
                name["suffix"] = str(p["suffix"])
        elif p.get("name"):
            name["literal"] = str(p["name"])
        elif p.get("given"):
            name["literal"] = str(p["given"])
        if name:
            out.append(name)
    return out


def _date(work: Mapping[str, Any]) -> dict[str, Any] | None:
    for key in ("published-print", "issued", "published-online", "published", "approved", "posted"):
        parts = (work.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0] is not None:
            return {"date-parts": [[int(x) for x in parts[0] if x is not None]]}
    return None


def work_to_csl(work: Mapping[str, Any]) -> dict[str, Any]:
    """Standard CSL-JSON for a Crossref work record."""
    csl: dict[str, Any] = {"type": CROSSREF_TYPES.get(str(work.get("type", "")), "article")}
    title = _text(work.get("title"))
    subtitle = _text(work.get("subtitle"))
    if title and subtitle and subtitle.casefold() not in title.casefold():
        title = f"{title}: {subtitle}"
    simple = {
        "title": title,
        "title-short": _text(work.get("short-title")),
        "container-title": _text(work.get("container-title")),
        "container-title-short": _text(work.get("short-container-title")),
        "volume": _text(work.get("volume")),
        "issue": _text(work.get("issue")),
        "page": _text(work.get("page")) or None,
        "number": _text(work.get("article-number")) if not work.get("page") else None,
        "publisher": _text(work.get("publisher")),
        "publisher-place": _text(work.get("publisher-location")),
        "ISSN": _text(work.get("ISSN")),
        "ISBN": _text(work.get("ISBN")),
        "DOI": _text(work.get("DOI")),
        "URL": _text(work.get("URL")),
        "language": _text(work.get("language")),
        "edition": _text(work.get("edition-number")),
    }
    for k, v in simple.items():
        if v:
            csl[k] = v
    if csl.get("page"):
        csl["page"] = csl["page"].replace("\u2013", "-")
    for role in ("author", "editor", "translator"):
        names = _names(work.get(role))
        if names:
            csl[role] = names
    issued = _date(work)
    if issued:
        csl["issued"] = issued
    return csl


def _first_page(page: Any) -> str:
    return re.split(r"\s*[-\u2013\u2014,]\s*", str(page or "").strip())[0]


def merge(ref: Reference, work: Mapping[str, Any], *, policy: str = "fill") -> Reference:
    """Fields from ``work`` set on ``ref`` with provenance ``"crossref"``.

    ``policy="fill"`` sets only missing fields (and widens a lone first page to Crossref's full range);
    ``"prefer-crossref"`` replaces the reference's values with Crossref's where Crossref has one.
    ``id`` is never changed; under "fill", ``type`` only replaces CSL's catch-all ``"document"``.
    """
    if policy not in ("fill", "prefer-crossref"):
        raise ValueError(f"unknown merge policy {policy!r}: use 'fill' or 'prefer-crossref'")
    csl = work_to_csl(work)
    updates: dict[str, Any] = {}
    for key, value in csl.items():
        if key == "id":
            continue
        have = ref.get(key)
        if key == "type" and have == "document":
            have = None  # CSL's catch-all "don't know": Crossref's type is better than that
        if policy == "prefer-crossref" or have in (None, "", [], {}):
            updates[key] = value
        elif key == "page" and _first_page(have) == _first_page(value) and len(str(value)) > len(str(have)):
            updates[key] = value  # "317" -> "317-330": the full range the reference lacked
    if policy == "fill" and ref.get("type") not in (None, "", "document"):
        updates.pop("type", None)
    return ref.evolve(updates, source=SOURCE)


_UPDATE_CODES = {
    "retraction": ("crossref.retracted", Severity.ERROR, "was retracted"),
    "removal": ("crossref.retracted", Severity.ERROR, "was removed"),
    "withdrawal": ("crossref.retracted", Severity.ERROR, "was withdrawn"),
    "correction": ("crossref.corrected", Severity.WARNING, "has a correction"),
    "corrigendum": ("crossref.corrected", Severity.WARNING, "has a corrigendum"),
    "erratum": ("crossref.corrected", Severity.WARNING, "has an erratum"),
    "addendum": ("crossref.corrected", Severity.INFO, "has an addendum"),
    "clarification": ("crossref.corrected", Severity.INFO, "has a clarification"),
    "expression_of_concern": ("crossref.expression-of-concern", Severity.WARNING,
                              "is the subject of an expression of concern"),
    "expression-of-concern": ("crossref.expression-of-concern", Severity.WARNING,
                              "is the subject of an expression of concern"),
}


def notices(work: Mapping[str, Any]) -> list[Diagnostic]:
    """Retractions, corrections, expressions of concern (``updated-by``, incl. Retraction Watch) and
    the published article of a preprint (``relation.is-preprint-of``) as diagnostics."""
    out: list[Diagnostic] = []
    doi = work.get("DOI", "")
    seen: set[tuple[str, str]] = set()
    for upd in work.get("updated-by") or []:
        if not isinstance(upd, Mapping):
            continue
        kind = str(upd.get("type", "")).lower().replace(" ", "_")
        code, severity, verb = _UPDATE_CODES.get(kind, ("crossref.corrected", Severity.INFO, f"has an update ({kind})"))
        by = str(upd.get("DOI") or "")
        if (code, by) in seen:
            continue  # Crossref lists the same notice once per source (publisher, retraction-watch)
        seen.add((code, by))
        sources = sorted({str(u.get("source")) for u in work.get("updated-by") or []
                          if isinstance(u, Mapping) and u.get("DOI") == upd.get("DOI") and u.get("source")})
        date = ((upd.get("updated") or {}).get("date-parts") or [[None]])[0]
        out.append(Diagnostic(
            code=code, severity=severity, source=SOURCE, field="DOI",
            message=f"{doi} {verb}" + (f" (notice {by})" if by else ""),
            data={"doi": doi, "notice_doi": by or None, "type": kind, "sources": sources,
                  "date": [x for x in date if x is not None] or None},
        ))
    for rel in ((work.get("relation") or {}).get("is-preprint-of") or []):
        if isinstance(rel, Mapping) and rel.get("id-type", "doi") == "doi" and rel.get("id"):
            out.append(Diagnostic(
                code="crossref.preprint-published", severity=Severity.WARNING, source=SOURCE, field="DOI",
                message=f"{doi} is a preprint; the published article is {rel['id']}",
                data={"doi": doi, "published_doi": str(rel["id"])},
            ))
    return out
