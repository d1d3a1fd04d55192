"""Web-page furniture pasted around one reference, found before the labeler reads it.

People copy references from web pages with the page's furniture around them:

- a label before the reference: a citation style's name and a tab from Google Scholar's Cite box
  ("APA\\t", "Vancouver\\t"), a publisher's "To cite this article:", "Для цитирования:", "Pour citer cet
  article :", "引用格式:"; Wikipedia's "↑"/"^" with its "a b c" back-links and a "(nl)" language tag;
- HAL's identifiers in angle brackets: "⟨10.4000/abpo.4012⟩. ⟨halshs-01888888⟩".

:func:`find_debris` returns the spans to take out of the text (and the identifiers found in them); the parser
reads the rest, with offsets into the caller's text kept (``parsing.api``). A text that is furniture only
("Cite this article") is left whole: telling it is no reference is the
entry classifier's job. On the many references with none of this, the cost is a few C-level tests of the
text's first and last words (a few µs).
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


# ------------------------------------------------------------------------------- labels before a reference
# Google Scholar's Cite box: one row a style, its name, a tab, the reference (and the national styles it shows
# in other languages)
_STYLE_NAMES = r"APA|MLA|Chicago|Harvard|Vancouver|IEEE|ABNT|AMA|ISO\s?690|GB/T\s?7714|ГОСТ|GOST"
# the words a publisher's page puts before its suggested citation, followed by a colon or a line break
_CITE_PHRASES = "|".join(sorted((
    # en
    "to cite this article", "to cite this version", "to cite this chapter", "cite this article", "cite this paper",
    "cite this chapter", "cite this", "cite as", "how to cite this article", "how to cite", "please cite this article as",
    "please cite as", "suggested citation", "recommended citation", "citation",
    # ru
    "для цитирования", "для цитирования статьи", "ссылка для цитирования", "как цитировать", "как цитировать статью",
    "цитирование",
    # es, pt
    "citar como", "cómo citar", "cómo citar este artículo", "como citar", "como citar este artigo",
    "como citar este artículo", "para citar este artículo", "para citar", "citación",
    # fr
    "pour citer cet article", "pour citer ce document", "pour citer ce chapitre", "pour citer", "citer cet article",
    "citer ce document", "référence électronique", "référence papier",
    # de
    "zitiervorschlag", "zitierweise", "empfohlene zitierweise", "zitierhinweis", "zitieren als", "bitte zitieren als",
    # it
    "come citare", "come citare questo articolo", "per citare", "per citare questo articolo", "citare come",
    # nl
    "citeer als", "citeren als", "hoe te citeren", "aanbevolen citatie",
    # pl, cs
    "jak cytować", "jak cytować ten artykuł", "sposób cytowania", "cytuj jako", "jak citovat", "citujte jako",
    "doporučená citace",
    # sv, tr
    "citera som", "så här citerar du", "atıf için", "bu makaleye atıf için", "atıf", "kaynak gösterimi",
    # zh, ja
    "引用格式", "本文引用格式", "引用本文", "引文格式", "引用方式", "引用", "この論文を引用する", "引用する場合",
), key=len, reverse=True))
# Wikipedia's note marker, its back-links to several places ("a b c", "Jump up to: a b") and a language tag
_LANGS = "en|de|fr|nl|es|it|pt|pl|cs|sv|tr|ru|zh|ja|la|da|no|nb|fi|hu|ro|el|ca|sk|uk"
_WIKI = (r"[↑^]\s*(?:jump\s+up(?:\s+to)?\s*:?\s*)?(?:a\s+b(?:\s+[c-z])*\s+)?"
         r"(?:\((?:" + _LANGS + r")\)\s*)?(?=\S)")
_LEAD = re.compile(
    r"\s*(?:"
    r"(?P<style>(?:" + _STYLE_NAMES + r")[ \t]*[\t\n]\s*)"
    r"|(?P<phrase>(?:" + _CITE_PHRASES + r")[ \t]*(?:[:：][ \t]*\n?|\n)\s*)"
    r"|(?P<wiki>" + _WIKI + r")"
    r"|(?P<lang>\((?:" + _LANGS + r")\)\s+)"
    r")(?=\S)",
    re.IGNORECASE,
)
# what a label without a tab, a colon or a line break after it starts with
_LEAD_FIRST = frozenset("↑^(")
# the words of a label that a tab, a colon or a line break follows, lower-cased, single-spaced
_LABELS = frozenset(_CITE_PHRASES.split("|")) | {
    "apa", "mla", "chicago", "harvard", "vancouver", "ieee", "abnt", "ama", "iso 690", "iso690", "gb/t 7714", "gb/t7714",
    "гост", "gost"}
_LABEL_END = re.compile(r"[:：\t\n]")


def _may_have_label(text: str) -> bool:
    """Whether :data:`_LEAD` may match ``text``: its first words, up to a colon, tab or line break, are a label's
    (a set look-up: the pattern, tried at every text with a colon, cost 16 µs)."""
    head = text[:48].lstrip()
    if head[:1] in _LEAD_FIRST:
        return True
    end = _LABEL_END.search(head)
    return end is not None and " ".join(head[:end.start()].lower().split()) in _LABELS
# a note marker after an entry number further on ("… S. 45. 2. ↑ Heinz Schilling: …"), glued notes
_WIKI_INSIDE = re.compile(r"(?<=\d\.\s)" + _WIKI)

# ------------------------------------------------------------------------------------ HAL's identifiers
_ANGLED = re.compile(r"⟨\s*(?:(?P<doi>10\.\d{4,9}/[^\s⟨⟩]+)|(?P<hal>" + HAL_ID + r"))\s*⟩\s*[.,;]?\s*",
                     re.IGNORECASE)


def find_debris(text: str) -> Debris | None:
    """The furniture around the reference in ``text`` (spans into ``text``), or None when it has none."""
    cuts: list[Span] = []
    idents: list[Identifier] = []
    lead = _LEAD.match(text) if _may_have_label(text) else None
    if lead and lead.end() > 0 and not lead.group().isspace():
        cuts.append(Span(lead.start() + len(lead.group()) - len(lead.group().lstrip()), lead.end()))
    if "↑" in text or "^" in text:
        cuts.extend(Span(m.start(), m.end()) for m in _WIKI_INSIDE.finditer(text))
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
