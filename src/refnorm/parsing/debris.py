"""Web-page furniture pasted around one reference, found before the labeler reads it.

People copy references from web pages with the page's furniture around them:

- a label before the reference: a citation style's name and a tab from Google Scholar's Cite box
  ("APA\\t", "Vancouver\\t"), a publisher's "To cite this article:", "Для цитирования:", "Pour citer cet
  article :", "引用格式:"; Wikipedia's "↑"/"^" with its "a b c" back-links and a "(nl)" language tag;
- links after it or on lines of their own: "Google Scholar", "[CrossRef] [PubMed]", "Web of Science®",
  "View at: Publisher Site | Google Scholar", "Cited by 12  Related articles  All 7 versions", "被引量: 41",
  "来源: 知网";
- HAL's identifiers in angle brackets: "⟨10.4000/abpo.4012⟩. ⟨halshs-01888888⟩";
- the line break or space where the page broke an identifier: "doi: 10.\n3354/cr01512", "https://doi. org/…",
  "arXiv:2101.\n01234", "ISBN 978 83 01 12345 1" (``identifiers.identifier_breaks``): cut, the identifier is whole.

:func:`find_debris` returns the spans to take out of the text (and the identifiers found in them); the parser
reads the rest, with offsets into the caller's text kept (``parsing.api``). A text that is furniture only
("Cited by 12  Related articles", "Cite this article") is left whole: telling it is no reference is the
entry classifier's job. On the many references with none of this, the cost is a few C-level tests of the
text's first and last words (a few µs).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from refnorm.model import Span
from refnorm.parsing.identifiers import HAL_ID, Identifier, identifier_breaks, normalize_doi

__all__ = ["Debris", "find_debris"]


@dataclass(frozen=True)
class Debris:
    """What :func:`find_debris` found: ``cuts``, sorted disjoint spans of furniture, and the ``identifiers``
    (kind ``DOI`` or ``HAL``) written inside the cut ones."""

    cuts: tuple[Span, ...]
    identifiers: tuple[Identifier, ...] = ()
    # line breaks (offsets into the text) between the fields of a record copied line by line from a database's page,
    # where a full stop should stand: "M. Gruber, S. Huber\nClimate adaptation in alpine tourism\nTour. Manag., 77 …"
    stops: tuple[int, ...] = ()


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
# the kinds of item a results page names on a line above it
_KINDS = r"article|chapter|conference\s+paper|preprint|thesis|book|technical\s+report|working\s+paper|poster|data\s*set"
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
    # a results page's kind of item on a line of its own (ResearchGate's "Article" / "Full-text available") or in
    # brackets (Google Scholar's "[HTML]", "[PDF]", "[BOOK]", "[CITATION]")
    r"|(?P<kind>(?:" + _KINDS + r")[ \t]*\n\s*(?:full[- ]text\s+available[ \t]*\n\s*)?)"
    r"|(?P<tag>(?:\[(?:HTML|PDF|BOOK|B|CITATION|C|DOC|PS)\][ \t]*)+)"
    r")(?=\S)",
    re.IGNORECASE,
)
# what a label without a tab, a colon or a line break after it starts with
_LEAD_FIRST = frozenset("↑^([")
# the words of a label that a tab, a colon or a line break follows, lower-cased, single-spaced
_LABELS = frozenset(_CITE_PHRASES.split("|")) | {
    "apa", "mla", "chicago", "harvard", "vancouver", "ieee", "abnt", "ama", "iso 690", "iso690", "gb/t 7714", "gb/t7714",
    "гост", "gost", "article", "chapter", "conference paper", "preprint", "thesis", "book", "technical report",
    "working paper", "poster", "data set", "dataset"}
_LABEL_END = re.compile(r"[:：\t\n]")


def _may_have_label(text: str) -> bool:
    """Whether :data:`_LEAD` may match ``text``: its first words, up to a colon, tab or line break, are a label's
    (a set look-up: the pattern, tried at every text with a colon, cost 16 µs)."""
    head = text[:48].lstrip()
    if head[:1] in _LEAD_FIRST:
        return True
    end = _LABEL_END.search(head)
    return end is not None and " ".join(head[:end.start()].lower().split()) in _LABELS
# a footnote's "see" before the reference it cites, after the note's number: "12 See Smith, J. (2019). …", "3 Vgl.
# Müller, Hans: …", "Voir J. Dupont, …" (a capital follows: "Vgl. dazu …", "See chapter 3" are notes, not cut)
_SEE_LEAD = re.compile(
    r"\s*(?:\d{1,3}\s+)?(?P<see>(?i:see(?:\s+also)?|cf\.?|cfr\.|compare|vgl\.|siehe(?:\s+auch)?|voir(?:\s+aussi)?|"
    r"v[ée]ase(?:\s+tamb[ié]n)?|vedi(?:\s+anche)?|zie(?:\s+ook)?|zob\.(?:\s+te[żz])?|por\.|viz\.?|srov\.|jfr\.?|bkz\.|"
    r"см\.(?:\s+также)?)\s+)(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*[\s.,])")
_SEE_WORDS = ("see", "cf", "cfr", "compare", "vgl", "siehe", "voir", "véase", "vease", "vedi", "zie", "zob", "por", "viz",
              "srov", "jfr", "bkz", "см")
# a footnote's second reference after a semicolon, opened by a word that adds it or points to it: "…, S. 33; ferner
# Brandt, Kai: …", "…; see also Jones, K. (2019) …", "…; voir aussi Martin, P., …" (a family name and its comma follow)
_CONNECTIVE_INSIDE = re.compile(
    r"(?<=;)\s*(?P<w>(?i:ferner|au(?:ß|ss)erdem|zudem|weiterhin|sowie|dazu|vgl\.(?:\s+auch)?|siehe(?:\s+auch)?|"
    r"see(?:\s+also)?|also|cf\.|compare|voir(?:\s+aussi|\s+également)?|ainsi\s+que|v[ée]ase(?:\s+tambi[ée]n)?|además|"
    r"también|vedi(?:\s+anche)?|inoltre|nonché|ver\s+tamb[ée]m|zie(?:\s+ook)?|verder|daarnaast|zob\.(?:\s+te[żz])?|"
    r"ponadto|także|srov\.|dále|viz|jfr\.?|även|bkz\.|ayrıca|см\.(?:\s+также)?|а\s+также|также)\s+)"
    r"(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+(?:[\s-][A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+)?,\s)")
# a note marker after an entry number further on ("… S. 45. 2. ↑ Heinz Schilling: …"), glued notes
_WIKI_INSIDE = re.compile(r"(?<=\d\.\s)" + _WIKI)

# ------------------------------------------------------------------------------- links after a reference
# a link that says it is one: first in a run of furniture
_STRONG = (
    r"\[\s*(?:google\s*scholar|cross\s*ref|pub\s*med|pmc\s+free\s+article|doi|links?|ref\s+list|full\s+text|"
    r"free\s+full\s+text|green\s+version|cas|isi|web\s+of\s+science®?|scopus|medline)\s*\]"
    r"|google\s*scholar|cross\s*ref|pubmed(?:/ncbi)?|pmc\s+free\s+article|web\s+of\s+science®?|"
    r"wiley\s+online\s+library|view\s+(?:record\s+)?in\s+scopus|view\s+at\s*:|publisher\s+site|view\s+pdf|"
    r"view\s+article|cinii\s+(?:research|articles|books)|download\s+(?:pdf|article|full\s+text)|go\s+to\s+reference|"
    r"return\s+to\s+ref(?:erence)?\s+\d+\s+in\s+(?:the\s+)?(?:article|text)|open\s*url|"
    r"author\s+links\s+open\s+overlay\s+panel|get\s+rights\s+and\s+content|affiliations\s+expand|"
    r"full-text\s+available|"
    r"(?:cited\s+by|geciteerd\s+door|cytowane\s+przez|citováno|zitiert\s+von|citado\s+por|citato\s+da|citerad\s+av|"
    r"цитируется|alıntılanma\s+sayısı)\s*:?\s*\d+(?:\s*(?:krát|раз|kez))?|cité\s+\d+\s+fois|"
    r"被引(?:量|次数|用次数|频次)\s*[:：]\s*\d+|下载(?:量|次数)\s*[:：]\s*\d+|"
    r"来源\s*[:：]\s*(?:中国知网|知网|CNKI|维普(?:网)?|万方(?:数据)?|CQVIP|百度学术|谷歌学术)"
)
# what follows such a link on a results page, never furniture alone
_WEAK = (
    r"related\s+articles|verwante\s+artikelen|powiązane\s+artykuły|ähnliche\s+artikel|artículos\s+relacionados|"
    r"articles\s+similaires|articoli\s+correlati|relaterade\s+artiklar|související\s+články|похожие\s+статьи|"
    r"all\s+\d+\s+versions|alle\s+\d+\s+versies|alle\s+\d+\s+versionen|wszystkie\s+wersje(?:\s*\(\d+\))?|"
    r"todas\s+las\s+\d+\s+versiones|todas\s+as\s+\d+\s+versões|toutes\s+les\s+\d+\s+versions|"
    r"tutte\s+le\s+\d+\s+versioni|alla\s+\d+\s+versioner|všech\s+\d+\s+verzí|все\s+версии\s+статьи\s*\(\d+\)|"
    r"cite|save|cytuj|zapisz|citer|enregistrer|zitieren|speichern|citar|guardar|salvar|cita|salva|citeer|opslaan|"
    r"citera|spara|citovat|uložit|цитировать|сохранить|alıntı\s+yap|kaydet|"
    r"free\s+full\s+text|full\s+text|abstract|article|links?|download|pdf|html|cas|ads|mathscinet|scopus|view\s+pdf|"
    r"pubmed\s+central"
)
_SEP = r"[\s|·•,;/]*"
_RUN = re.compile(r"(?:" + _STRONG + r")(?:" + _SEP + r"(?:" + _STRONG + "|" + _WEAK + r"))*" + _SEP,
                  re.IGNORECASE)
_FIRST = re.compile(_STRONG, re.IGNORECASE)
# weak links right before the first strong one, each a whole word after a space
_WEAK_BEFORE = re.compile(r"(?:(?<=\s)(?:" + _WEAK + r")" + _SEP + r")+$", re.IGNORECASE)
# words one of those links holds: a text of several lines is searched for them (lower-cased); one line, whose
# links can only end it, is first asked whether it ends as a link does (one C-level ``endswith``): an alternation of
# the words, case-insensitive, cost 150 µs a reference (Python's re tries each at every character)
_TRIGGER_WORDS = (
    "scholar", "crossref", "cross ref", "pubmed", "pub med", "pmc free", "web of science", "wiley online", "scopus",
    "view at", "publisher site", "view pdf", "view article", "view record", "cinii", "cited by", "geciteerd",
    "cytowane", "citováno", "zitiert von", "citado por", "citato da", "citerad", "цитируется", "alıntılanma", "cité ",
    "被引", "下载", "来源", "[doi", "[ doi", "links", "ref list", "full text", "[cas", "[ cas", "[isi", "[ isi", "medline",
    "green version", "overlay panel", "rights and content", "affiliations expand", "full-text available", "download pdf", "download article", "download full", "go to reference", "return to ref", "openurl",
    "open url",
)
_LINK_ENDINGS = (
    "scholar", "ref", "pubmed", "ncbi", "article", "science", "science®", "library", "scopus", "site", "pdf", "html",
    "text", "links", "medline", "cite", "save", "versions", "versies", "versionen", "versiones", "versões", "versioni",
    "versioner", "verzí", "artikelen", "artykuły", "artikel", "relacionados", "similaires", "correlati", "artiklar",
    "články", "статьи", "fois", "cytuj", "zapisz", "citer", "enregistrer", "zitieren", "speichern", "citar", "guardar",
    "salvar", "cita", "salva", "citeer", "opslaan", "citera", "spara", "citovat", "uložit", "цитировать", "сохранить",
    "yap", "kaydet", "krát", "раз", "kez", "research", "articles", "books", "abstract", "link", "download", "cas", "]",
    "reference", "url", "ads", "central", "content", "panel", "expand", "available", "知网", "维普", "维普网", "万方", "万方数据", "cnki", "cqvip", "百度学术", "谷歌学术",
)
# what a count of citations follows ("Cited by 12", "被引量: 41", "Wszystkie wersje (3)")
_COUNT_WORDS = ("by", "door", "przez", "citováno", "von", "por", "da", "av", "цитируется", "sayısı", "量", "次数", "频次",
                "wersje", "статьи")


def _may_have_links(text: str) -> bool:
    """Whether ``text`` may hold a link of :data:`_STRONG` where :func:`_links` looks: cheap, and never False when it
    does."""
    if "\n" in text or "\r" in text:
        low = text.lower()
        return any(w in low for w in _TRIGGER_WORDS)
    end = text.rstrip(" \t|·•,;/")
    tail = end[-12:].lower()
    if tail.endswith(_LINK_ENDINGS):
        return True
    return (tail[-1:].isdigit() or tail.endswith(")")) and end.rstrip("0123456789() :：")[-12:].lower().endswith(
        _COUNT_WORDS)


_LINE = re.compile(r"[^\r\n]+")
_END_OF_WORK = re.compile(r"[.)\]}»”\"'\d]\s*$|(?:https?://|www\.|doi:?\s*|\b10\.\d{4,9}/)\S*\s*$", re.IGNORECASE)

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
    elif text[:12].lstrip(" 0123456789").lower().startswith(_SEE_WORDS) and (see := _SEE_LEAD.match(text)):
        cuts.append(Span(see.start("see"), see.end("see")))
    if "↑" in text or "^" in text:
        cuts.extend(Span(m.start(), m.end()) for m in _WIKI_INSIDE.finditer(text))
    if ";" in text:
        cuts.extend(Span(m.start("w"), m.end("w")) for m in _CONNECTIVE_INSIDE.finditer(text))
    if "⟨" in text:
        for m in _ANGLED.finditer(text):
            cuts.append(Span(m.start(), m.end()))
            if m.group("doi"):
                doi = normalize_doi(m.group("doi"))
                if doi:
                    idents.append(Identifier("DOI", doi, Span(m.start("doi"), m.end("doi"))))
            else:
                idents.append(Identifier("HAL", m.group("hal").lower(), Span(m.start("hal"), m.end("hal"))))
    if _may_have_links(text):
        cuts.extend(_links(text, cuts))
    cuts.extend(identifier_breaks(text))
    stops = _field_stops(text, cuts) if "\n" in text else ()
    if not cuts:
        return Debris((), (), stops) if stops else None
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
    return Debris(tuple(merged), tuple(idents), stops)


# the words a line broken inside a sentence ends with ("… in the\nGlobal South"), which no field ends with
_JOINERS = frozenset({"and", "of", "the", "in", "for", "on", "to", "a", "an", "with", "from", "by", "at", "&", "und", "der",
                      "die", "das", "des", "im", "für", "et", "de", "du", "la", "le", "les", "en", "y", "del", "e",
                      "da", "do", "di", "della", "van", "von", "och", "i", "w", "z", "na", "ve", "и", "в", "на"})


_INITIAL = re.compile(r"[^\W\d_]{1,3}\.?,?|(?:[^\W\d_]\.){1,3},?")
_NAME_SEP = re.compile(r"\s*(?:[,;·•&]|\band\b|\bet\b|\bund\b|\bi\b|\by\b|\be\b)\s*")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_’'-]*\.?")


def _names_line(line: str) -> bool:
    """A line of two names or more and nothing else: "M. Gruber, S. Huber, L. Pichler", "Elena Rossi · Jan Kowalski",
    "Marta Oyelaran a, Keith Brannigan b" (an affiliation's letter or number after each); each name two to four words,
    each a capitalised word or initials."""
    items = [x for x in _NAME_SEP.split(line.strip()) if x]
    if len(items) < 2:
        return False
    for item in items:
        words = item.split()
        if words and (words[-1].isdigit() or (len(words[-1]) == 1 and words[-1].islower())) and len(words) > 2:
            words = words[:-1]  # the affiliation's mark
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) and w[:1].isupper() for w in words):
            return False
    return True


def _field_stops(text: str, cuts: list[Span]) -> tuple[int, ...]:
    """The line breaks of a record copied from a database's page line by line, each line a field and no full stop
    between them ("A. Smith, B. Jones" / "Ocean heat content trends since 1960" / "J. Clim., 31 (2018), pp. 4001-4019"):
    three lines or more (the furniture cut), no tab, one of them the authors' names and nothing else; a stop at each
    break between lines of two words or more, after a letter or digit and before a capital or digit; one line (not the
    last) shorter than 60% of the longest (a reference wrapped by the page's width has lines of one length). A wrapped
    line ends with a comma, a hyphen or a word like "of" or "and", or goes on with an initial. The parser puts a full
    stop at each (``api._with_stops``)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)
             if text[m.start():m.end()].strip() and not any(c.start <= m.start() < c.end for c in cuts)]
    if len(lines) < 3 or any("\t" in text[a:b].strip() for a, b in lines):
        return ()  # (a catalogue's "Label<TAB>value" lines are no such record)
    if not any(_names_line(text[a:b]) for a, b in lines):
        return ()  # (the record's authors have a line of their own)
    stops = []
    for (a, b), (c, d) in itertools.pairwise(lines):
        prev, nxt = text[a:b].split(), text[c:d].split()
        if len(prev) < 2 or len(nxt) < 2 or not prev[-1][-1:].isalnum() or prev[-1].lower() in _JOINERS \
                or not (nxt[0][:1].isupper() or nxt[0][:1].isdigit()):
            continue
        if _INITIAL.fullmatch(nxt[0]) and nxt[1][:1].isupper() and prev[-1][:1].isupper() and "," in text[a:b]:
            continue  # a names list broken at a line end goes on with an initial: "… Wolf J, Hoffmann" / "S, Schneider"
        k = c
        while k > a and text[k - 1].isspace():
            k -= 1
        stops.append(k)  # (where the white space before the next line starts, the cleaner's space points: a cut line
        # may come between them)
    widths = [len(text[a:b].strip()) for a, b in lines]
    if not stops or max(widths) > 240 or not any(w < 0.6 * max(widths) for w in widths[:-1]):
        return ()
    return tuple(stops)


def _kept_words(text: str, cuts: list[Span]):
    pos = 0
    for c in [*cuts, Span(len(text), len(text))]:
        piece = text[pos:c.start]
        if any(ch.isalnum() for ch in piece):
            yield piece
        pos = c.end


def _links(text: str, taken: list[Span]) -> list[Span]:
    """Lines of links, and the run of links that ends the text or one of its lines (SciELO's "[ Links ]" after each
    reference of several pasted together)."""
    out: list[Span] = []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    content = [(a, b) for a, b in lines if text[a:b].strip() and not _is_link_line(text, a, b)]
    if not content:
        return out
    for a, b in lines:
        if (a, b) in content:
            continue
        # the line and the line break before it (after it, for a first line)
        start = a - 1 if a > 0 else a
        end = b if a > 0 else min(len(text), b + 1)
        out.append(Span(start, end))
    for a, b in content:
        if (tail := _line_end_links(text, a, b, taken)) is not None:
            out.append(tail)
    return out


def _line_end_links(text: str, a: int, b: int, taken: list[Span]) -> Span | None:
    """The run of links that ends the line ``text[a:b]``, or None."""
    for m in _FIRST.finditer(text, max(a, b - 200), b):  # (a run of links is shorter: the pattern is slow to try)
        run = _RUN.match(text, m.start(), b)
        if run is None or run.end() != b:
            continue
        before = text[a:m.start()]
        # (Nature's and Springer's rows open with weak links: "… 101–115 (2019). Article ADS CAS Google Scholar")
        weak = _WEAK_BEFORE.search(before)
        start = m.start()
        if weak and weak.start() > 0 and _END_OF_WORK.search(before[:weak.start()]):
            before, start = before[:weak.start()], a + weak.start()
        gap = before[len(before.rstrip(" \t|·•,;/")):]
        if not before.strip() or any(t.start <= m.start() < t.end for t in taken):
            return None
        if m.group().startswith("[") or "\t" in gap or "  " in gap or "|" in gap or _END_OF_WORK.search(before):
            return Span(start - len(gap), b)
        return None
    return None


def _is_link_line(text: str, a: int, b: int) -> bool:
    line = text[a:b]
    lead = len(line) - len(line.lstrip(" \t|·•,;/"))
    run = _RUN.match(text, a + lead, b)
    return run is not None and run.end() == b
