"""Web-page furniture pasted around one reference, found before the labeler reads it.

People copy references from web pages with the page's furniture around them:

- HAL's identifiers in angle brackets after it: "⟨10.4000/abpo.4012⟩. ⟨halshs-01888888⟩".

:func:`find_debris` returns the spans to take out of the text (and the identifiers found in them); the parser
reads the rest, with offsets into the caller's text kept (``parsing.api``). A text that is furniture only is left
whole: telling it is no reference is the entry classifier's job. On the many references with none of this, the
cost is a C-level test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refnorm.model import Span
from refnorm.parsing.identifiers import HAL_ID, Identifier, normalize_doi

__all__ = ["Debris", "find_debris"]


@dataclass(frozen=True)
class Debris:
    """What :func:`find_debris` found: ``cuts``, sorted disjoint spans of furniture, and the ``identifiers``
    (kind ``DOI`` or ``HAL``) written inside the cut ones."""

    cuts: tuple[Span, ...]
    identifiers: tuple[Identifier, ...] = ()


# ------------------------------------------------------------------------------------ HAL's identifiers
_ANGLED = re.compile(r"⟨\s*(?:(?P<doi>10\.\d{4,9}/[^\s⟨⟩]+)|(?P<hal>" + HAL_ID + r"))\s*⟩\s*[.,;]?\s*",
                     re.IGNORECASE)


def find_debris(text: str) -> Debris | None:
    """The furniture around the reference in ``text`` (spans into ``text``), or None when it has none."""
    cuts: list[Span] = []
    idents: list[Identifier] = []
    if "⟨" in text:
        for m in _ANGLED.finditer(text):
            cuts.append(Span(m.start(), m.end()))
            if m.group("doi"):
                doi = normalize_doi(m.group("doi"))
                if doi:
                    idents.append(Identifier("DOI", doi, Span(m.start("doi"), m.end("doi"))))
            else:
                idents.append(Identifier("HAL", m.group("hal").lower(), Span(m.start("hal"), m.end("hal"))))
    if not cuts:
        return None
    cuts.sort()
    merged: list[Span] = []
    for c in cuts:
        if merged and c.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, c.end))
        else:
            merged.append(c)
    kept = sum(1 for _ in _kept_words(text, merged))
    if not kept:  # furniture only: not ours to take away
        return None
    return Debris(tuple(merged), tuple(idents))


def _kept_words(text: str, cuts: list[Span]):
    pos = 0
    for c in [*cuts, Span(len(text), len(text))]:
        piece = text[pos:c.start]
        if any(ch.isalnum() for ch in piece):
            yield piece
        pos = c.end
