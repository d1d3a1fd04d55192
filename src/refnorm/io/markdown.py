"""Markdown and its cousins (``.md``, ``.qmd``, ``.Rmd``): only the reference section is touched.

A reference section is what follows a heading named References, Bibliography, Références,
Literatur, Bibliografía, Литература... (ATX ``## References {.unnumbered}``, setext, or a bold
line ``**References**``) up to the next heading of the same or a higher level. Fenced code blocks
are skipped. Pandoc's ``references:`` list in the YAML front matter is read as CSL records.

Entries are parsed from their plain text (emphasis, code and links unwrapped) and written back
with the style's italics as ``*...*``. Entries split from a glued line are renumbered only when the rest of the document does not cite
numbers (``[12]``, ``^12^``); otherwise the extra parts get letters so citations keep their target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from refnorm.io import cslyaml
from refnorm.io.document import Document, Item, detect_newline, splice
from refnorm.io.listing import Splitter, entry_items, keep_comments, write_entries
from refnorm.model import Span

__all__ = ["html_to_markdown", "markdown_to_text", "read", "reference_sections", "write"]

FORMAT = "markdown"
MARKUP = "html"  # entries are rendered as HTML, so that the style's italics become *...*

# Section titles, compared case-insensitively after removing numbering, attributes and colons.
SECTION_TITLES = frozenset({
    "references", "reference list", "bibliography", "works cited", "literature cited", "literature",
    "cited literature", "sources", "références", "références bibliographiques", "bibliographie",
    "literatur", "literaturverzeichnis", "quellen", "quellenverzeichnis", "bibliografía", "referencias",
    "referencias bibliográficas", "bibliografia", "riferimenti bibliografici", "referências",
    "referências bibliográficas", "literatuur", "referenties", "bibliografie", "literatura",
    "piśmiennictwo", "litteratur", "referenser", "kaynaklar", "kaynakça", "литература",
    "список литературы", "библиография", "参考文献", "參考文獻",
    # more languages' usual headings
    "works consulted", "further reading", "referanslar", "fuentes", "fontes", "fonti", "bronnen", "kilder",
    "källor", "litteraturliste", "lähteet", "kirjallisuus", "irodalom", "felhasznált irodalom", "zdroje",
    "literatúra", "použitá literatura", "bibliografi", "daftar pustaka", "referensi", "источники",
    "список источников", "список использованной литературы", "використана література", "参考资料", "참고문헌",
})

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BOLD = re.compile(r"^ {0,3}(\*\*|__)(.+?)\1[ \t]*$")
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FENCED = re.compile(r"^ {0,3}(`{3,}|~{3,}).*?^ {0,3}\1", re.S | re.M)
_NUMERIC_CITATION = re.compile(r"\[\d+(?:\s*[-–,]\s*\d+)*\]|\^\d+(?:[-–,]\d+)*\^")


def _title_key(title: str) -> str:
    title = re.sub(r"\{[^}]*\}\s*$", "", title)          # pandoc attributes {#refs .unnumbered}
    title = re.sub(r"^[\dIVXivx]+(\.\d+)*[.)]?\s+", "", title)  # "7. References", "VII References"
    return title.strip().strip("*_:").strip().casefold()


@dataclass(frozen=True)
class _Heading:
    line: int
    level: int
    title: str


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its ending) for every line."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def _headings(lines: list[tuple[int, str]]) -> list[_Heading]:
    heads: list[_Heading] = []
    fence: str | None = None
    for i, (_, line) in enumerate(lines):
        m = _FENCE.match(line)
        if m:
            mark = m.group(1)[0]
            if fence is None:
                fence = mark
            elif fence == mark:
                fence = None
            continue
        if fence is not None:
            continue
        if (m := _ATX.match(line)):
            heads.append(_Heading(i, len(m.group(1)), m.group(2)))
        elif (m := _BOLD.match(line)) and _title_key(m.group(2)) in SECTION_TITLES:
            heads.append(_Heading(i, 7, m.group(2)))  # a pseudo-heading: ends at any real heading
        elif (i + 1 < len(lines) and line.strip() and _SETEXT.match(lines[i + 1][1])
              and not _ATX.match(line) and not line.lstrip().startswith(("-", "*", "+"))):
            heads.append(_Heading(i, 1 if lines[i + 1][1].strip()[0] == "=" else 2, line.strip()))
    return heads


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _masked(text: str) -> str:
    """The text with its HTML comments and fenced code blocks blanked out, line breaks and offsets
    kept (the text itself when it has none): a heading or an entry inside ``<!-- -->`` or a code
    block (a BibTeX sample under "References") is no part of the reference list."""
    if "<!--" not in text and "```" not in text and "~~~" not in text:
        return text
    blank = lambda m: re.sub(r"[^\r\n]", " ", m.group(0))  # noqa: E731
    return _FENCED.sub(blank, _HTML_COMMENT.sub(blank, text))


def reference_sections(text: str) -> list[Span]:
    """The spans of the document that hold reference lists (heading lines excluded)."""
    lines = _lines(text)
    front = _FRONT.match(text)
    heads = [h for h in _headings(lines) if not front or lines[h.line][0] >= front.end()]
    spans = []
    for n, h in enumerate(heads):
        if _title_key(h.title) not in SECTION_TITLES:
            continue
        first = h.line + (2 if h.level <= 2 and h.line + 1 < len(lines) and _SETEXT.match(lines[h.line + 1][1])
                          and not _ATX.match(lines[h.line][1]) else 1)
        end_line = len(lines)
        for later in heads[n + 1:]:
            # a reference heading nested in this section ("# References" ... "## Literatur") starts
            # a section of its own: the two must not overlap, or its entries would be read twice
            if later.level <= h.level or h.level == 7 or _title_key(later.title) in SECTION_TITLES:
                end_line = later.line
                break
        start = lines[first][0] if first < len(lines) else len(text)
        end = lines[end_line][0] if end_line < len(lines) else len(text)
        if end > start:
            spans.append(Span(start, end))
    return spans


_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
# (a backslash-escaped "\*" neither opens nor closes emphasis: it is a literal asterisk)
_EMPHASIS = re.compile(r"(?<!\\)(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)(?<!\\)\1(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~^])")
_HTML_TOKEN = re.compile(r"<(/?)([a-zA-Z]+)([^>]*)>|[^<]+")
# pandoc's superscript and subscript ("2^e^ éd.", "CO~2~"), as html_to_markdown writes them: short, no spaces (a
# URL's "/~user/" is no subscript)
_SCRIPT = re.compile(r"(?<!\\)([\^~])([\w+\-−=()]{1,12})\1")
_MD_TAGS = {"i": "*", "em": "*", "b": "**", "strong": "**", "sup": "^", "sub": "~"}


def markdown_to_text(markdown: str) -> str:
    """The plain text of an entry's inline Markdown: emphasis, code and links unwrapped.

    A link keeps its text, and its URL too unless the text already shows it ("[doi:10.1/x](https://
    doi.org/10.1/x)" is the DOI once).
    """
    def link(m: re.Match[str]) -> str:
        label, url = m.group(1), m.group(2)
        core = re.sub(r"^https?://(dx\.)?(doi\.org/)?|/$", "", url)
        return label if core.lower() in label.lower() or label.strip() == url else f"{label} {url}"

    out = _AUTOLINK.sub(r"\1", _LINK.sub(link, markdown))
    out = _CODE.sub(r"\1", out)
    for _ in range(2):  # nested: ***bold italic***
        out = _EMPHASIS.sub(r"\2", out)
    if "^" in out or "~" in out:
        out = _SCRIPT.sub(r"\2", out)
    return _ESCAPED.sub(r"\1", out)


def html_to_markdown(markup: str) -> str:
    """Markdown for the HTML the renderer prints (italics ``*x*``, bold ``**x**``, ``^sup^``, ``~sub~``)."""
    import html

    out: list[str] = []
    stack: list[str] = []
    for m in _HTML_TOKEN.finditer(markup):
        closing, tag = m.group(1), (m.group(2) or "").lower()
        if not m.group(2):
            out.append(html.unescape(m.group(0)).replace("*", "\\*"))
        elif closing:
            if stack:
                out.append(stack.pop())
        else:
            mark = _MD_TAGS.get(tag, "")
            stack.append(mark)
            out.append(mark)
    out.extend(reversed(stack))
    return "".join(out).strip()


def read(text: str, *, split: Splitter | None = None) -> Document:
    """Read a Markdown document: its reference sections and its front-matter references."""
    items: list[Item] = []
    meta: dict[str, object] = {}
    front = _FRONT.match(text)
    if front and front.group(1):
        block = _references_block(text, Span(front.start(1), front.end(1)))
        if block is not None:
            records, _ = cslyaml.load_records(block.slice(text))
            meta["front_block"] = block
            items += cslyaml.record_items(text, block, records)[0]
    masked = _masked(text)
    sections = reference_sections(masked)
    for region in sections:
        for it in entry_items(masked, region, split):  # parse the text, not its Markdown or its comments
            assert it.entry is not None
            plain = markdown_to_text(it.entry.text)
            if masked is not text:  # the item as the file has it, comments and all
                raw = it.span.slice(text)
                it = replace(it, raw=raw, prefix=raw[:len(it.prefix)], suffix=raw[len(raw) - len(it.suffix):],
                             entry=replace(it.entry, raw=raw))
            items.append(replace(it, entry=replace(it.entry, text=plain)) if plain != it.entry.text else it)
    outside, pos = [], front.end() if front else 0
    for region in sections:
        outside.append(text[pos:region.start])
        pos = region.end
    outside.append(text[pos:])
    prose = _FENCED.sub("", "".join(outside))
    renumber = not _NUMERIC_CITATION.search(prose)
    return Document(text=text, format=FORMAT, items=tuple(items), newline=detect_newline(text),
                    renumber=renumber, meta=meta)


def _references_block(text: str, front: Span) -> Span | None:
    """The ``references:`` key of the front matter, down to the next top-level key."""
    lines = _lines(front.slice(text))
    start = None
    for i, (off, line) in enumerate(lines):
        if start is None:
            if re.match(r"^references\s*:", line):
                start = i
            continue
        if line and not line[0].isspace() and not line.startswith(("-", "#")):
            return Span(front.start + lines[start][0], front.start + off)
    if start is None:
        return None
    return Span(front.start + lines[start][0], front.end)


def write(doc: Document) -> str:
    """The document with edited entries and front-matter records rewritten, nothing else."""
    if not doc.edits:
        return doc.text
    edits: list[tuple[Span, str]] = []
    indexed = list(enumerate(doc.items))
    records = [(i, it) for i, it in indexed if it.kind == "record"]
    if any(i in doc.edits for i, _ in records):
        own = cslyaml.write_items(doc, records)
        if own is not None:
            edits += own
        else:
            new = [doc.edits[i][0] if i in doc.edits else it.record for i, it in records]
            edits.append((doc.meta["front_block"], cslyaml.dump_records(new, key="references",
                                                                        newline=doc.newline)))
    # Entries of one section are renumbered together, sections independently.
    by_section: dict[int, list[tuple[int, Item]]] = {}
    for region in reference_sections(_masked(doc.text)):
        by_section[region.start] = [(i, it) for i, it in indexed
                                    if it.kind == "entry" and region.start <= it.span.start < region.end]
    body = html_to_markdown if doc.markup == "html" else (lambda t: t)
    for pairs in by_section.values():
        edits += keep_comments(doc, write_entries(doc, pairs, format_body=body), _HTML_COMMENT)
    return splice(doc.text, edits)
