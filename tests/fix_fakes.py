"""A small, deterministic stand-in for parse/enrich/render that honours their contracts.

Used to test `fix` and the adapters on their own terms (spans, labels, splits, verbatim,
idempotence) independently of the learned parser and the renderer. The end-to-end tests run the
real pipeline.
"""

from __future__ import annotations

import re

from refnorm.model import Diagnostic, Entry, Reference, Severity

YEAR = re.compile(r"\b(19|20)\d\d\b")


def fake_parse(entry: Entry | str, lang: str | None = None) -> list[Reference]:
    """Notes (no year) give nothing; ' || ' marks glued references; '???' lowers confidence."""
    text = entry.text if isinstance(entry, Entry) else entry
    if not YEAR.search(text):
        return []
    parts = [p for p in text.split(" || ") if p.strip()]
    conf = 0.2 if "???" in text else 0.9
    return [Reference.from_csl({"type": "article-journal", "title": " ".join(p.split()),
                                "author": [{"literal": "Fake"}]}, raw=p,
                               source="parse").evolve(confidence=conf) for p in parts]


def fake_enrich(refs: list[Reference], **options: object) -> list[Reference]:
    out = []
    for r in refs:
        if "retracted" in r["title"].lower():
            r = r.with_diagnostics(Diagnostic("crossref.retracted", "retracted", Severity.WARNING))
        out.append(r)
    return out


def fake_render(refs: list[Reference], *, style: str = "vancouver", locale: str = "en-US",
                format: str = "text", number: bool = False) -> list[str]:
    """Canonical text: single spaces, no space before ';' or ':', '--' as a dash, a final full stop."""
    out = []
    for r in refs:
        t = " ".join(r["title"].split())
        t = re.sub(r"\s+([;:,])", r"\1", t).replace("--", "-")
        if not t.endswith("."):
            t += "."
        out.append(t)
    return out


def fake_normalize(refs: list[Reference], steps: object = None, lang: str | None = None) -> list[Reference]:
    out = []
    for r in refs:
        page = r.get("page")
        if isinstance(page, str) and "--" in page:
            r = r.evolve({"page": page.replace("--", "-")}, source="normalize.pages")
        out.append(r)
    return out
