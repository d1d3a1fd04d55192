"""Split a pasted reference list into entries.

The splitter only splits: it finds where each entry starts and ends, remembers the original
label (``1.``, ``[12]``, ``12)``, a bullet), and joins wrapped lines. Telling references from
notes, and pulling apart references glued onto one line, is the parser's job; the splitter
only undoes the gluing that numbering makes certain (``... 2019. [4] Smith ...``).

Layouts, decided per list from the evidence in it:

- numbered or bulleted: an entry starts at each label line whose number continues the sequence;
- blank-line separated paragraphs;
- hanging indent: an entry starts at each line at the list's smallest indentation;
- one entry a line, with lines that are visibly wrapped joined back.

Headings ("References", "Литература", "参考文献"...) and web-page debris ("Google Scholar",
"Related posts" and what follows it) are not entries. Everything else is, so that nothing a
user pasted disappears: a note between references becomes an entry that the parser
recognises as not being a reference.
"""

from __future__ import annotations

import dataclasses
import itertools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from refnorm.model import Entry, Span
from refnorm.normalizers.unicode import SUSPENDING, keeps_hyphen
from refnorm.parsing.identifiers import identifier_breaks

# Compiled once: split() runs on every fix (twice: the nothing-lost check splits again).
_LINE = regex.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]*(?:\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]|$)")
_SPACE_RUN = regex.compile(r"[ \t\u00a0]{2,}")
_WHITESPACE = regex.compile(r"\s+")
_DIGITS = regex.compile(r"\d+")

__all__ = ["is_end_marker", "is_heading", "opens_with_end_marker", "opens_with_see_also", "split"]

# --------------------------------------------------------------------------- vocabulary (data)
# Section headings of reference lists, case-folded, without trailing colon.
_HEADINGS = frozenset(w.strip() for w in
    """
    references|reference list|references cited|cited references|literature cited|cited literature|literature|
    bibliography|selected bibliography|works cited|works consulted|sources|sources cited|notes and references|
    references and notes|endnotes|footnotes|notes|further reading|
    références|références bibliographiques|bibliographie|références citées|sources bibliographiques|ouvrages cités|
    literatur|literaturverzeichnis|quellen|quellenverzeichnis|literatur- und quellenverzeichnis|literaturangaben|
    verwendete literatur|zitierte literatur|anmerkungen|
    bibliografía|referencias|referencias bibliográficas|bibliografía citada|obras citadas|fuentes|
    bibliografia|referências|referências bibliográficas|riferimenti|riferimenti bibliografici|bibliografia citata|
    literatuur|literatuurlijst|referenties|bronnen|bibliografie|
    literatura|piśmiennictwo|bibliografia załącznikowa|literatura cytowana|seznam literatury|použitá literatura|
    citovaná literatura|zoznam literatúry|použitá literatúra|irodalom|irodalomjegyzék|hivatkozások|
    källor|referenser|litteratur|litteraturförteckning|litteraturliste|kilder|litteraturhenvisninger|
    lähteet|kirjallisuus|lähdeluettelo|kaynaklar|kaynakça|referanslar|
    список литературы|литература|список использованной литературы|список использованных источников|
    библиография|источники|бібліографія|список використаних джерел|література|
    βιβλιογραφία|αναφορές|المراجع|المصادر|مراجع|מקורות|ביבליוגרפיה|רשימת מקורות|
    संदर्भ|संदर्भ सूची|tài liệu tham khảo|daftar pustaka|rujukan|bibliografi|referensi|
    参考文献|参考资料|引用文献|文献|參考文獻|参考書目|참고문헌|참고 문헌
    """.replace("\n", "").split("|")
)

# Lines after which a web page stops being a reference list.
_END_MARKERS = frozenset(w.strip() for w in
    """
    related posts|related articles|related|share this|share|like this|you may also like|you might also like|
    leave a reply|leave a comment|comments|recent posts|popular posts|about the author|tags|categories|
    advertisement|subscribe|sign up for our newsletter|read more|more from this author|cited by|citing articles|
    articles connexes|à lire aussi|partager|sur le même sujet|ähnliche beiträge|das könnte sie auch interessieren|
    teilen|artículos relacionados|entradas relacionadas|compartir|post correlati|articoli correlati|condividi|
    artigos relacionados|compartilhe|похожие записи|поделиться|相关文章|相關文章|関連記事|
    read also|also read|read next|leia também|leia mais|veja também|lee también|lea también|lees ook|lesen sie auch|
    auch interessant|leggi anche|lire aussi|à lire également|czytaj także|czytaj też|przeczytaj także|
    přečtěte si také|čtěte také|läs även|läs också|les også|читайте также|ilgili yazılar|bunlar da ilginizi çekebilir|
    延伸阅读|相关阅读|推荐阅读|あわせて読みたい
    """.replace("\n", "").split("|")
)
# (the Turkish capital İ folds to "i" and a combining dot above)
_END_MARKERS |= {"i\u0307lgili yazılar"}
# "See also:" run into a link's title ends a blog post too, but a bibliography may also say "See also" before a
# reference ("Voir aussi : Dupont, J. (2010) …"): the parser decides from what follows it
_SEE_ALSO = frozenset(w.strip() for w in
    """
    see also|voir aussi|siehe auch|véase también|ver también|ver também|vedi anche|zie ook|zobacz też|zobacz także|
    viz též|viz také|se även|se også|ayrıca bakınız|см. также|参见|另见|参照
    """.replace("\n", "").split("|")
)

# Words that web pages put between or after references (links, not content).
_DEBRIS_WORDS = (
    r"google\s+scholar|scholar|pubmed(?:/ncbi)?|pub\s*med|medline|crossref|cross\s*ref|pmc|pmc\s+free\s+article|"
    r"free\s+article|view\s+article|view\s+at\s+publisher|publisher\s+site|full\s+text|free\s+full\s+text|"
    r"full-text|abstract|article|links?|download|download\s+citation|web\s+of\s+science®?|scopus|isi|"
    r"green\s+version|ref\s+list|back\s+to\s+top|return\s+to\s+text|go\s+to\s+reference|"
    r"search\s+in\s+google\s+scholar|open\s+url|cas|chemport|ads|inspire|math\s*scinet|zbmath|"
    r"↑|\^|[a-z]\s+b\s+c"
)
_DEBRIS_LINE = regex.compile(
    rf"^[\s\[\](){{}}|,;•·/]*(?:(?:{_DEBRIS_WORDS})[\s\[\](){{}}|,;•·/]*)+$", regex.I
)
_DEBRIS_TAIL = regex.compile(
    rf"(?:[\s|,;]*\[(?:{_DEBRIS_WORDS})\])+[\s|,;]*$|"
    rf"(?<=[.)\]])(?:\s+(?:view\s+article|pubmed(?:/ncbi)?|google\s+scholar|crossref|"
    rf"pmc\s+free\s+article|web\s+of\s+science®?|full\s+text))+\s*$",
    regex.I,
)

_LABEL = regex.compile(
    r"""^(?P<indent>[ \t\u00a0\u3000]*)
        (?P<label>
            \[\s*(?P<num>\d{1,6})\s*\]                 # [12]
          | \(\s*(?P<num>\d{1,6})\s*\)                 # (12)
          | (?P<num>\d{1,6})\s*[.)](?![\d.])           # 12.  12)
          | (?P<num>\d{1,6})(?=\t|\u00a0|[ ]{2})       # 12<tab>
          | (?P<num>\d{1,6})(?=[ \t\u00a0\u3000]*$)     # 12 alone on its line (above its entry)
          | (?P<snum>\d{1,3})(?=[ ][^\W\d_])           # 12 Smith (strict sequence only)
          | \[(?P<key>[^\W\d_][\w+\-:.]{0,24})\]       # [Smi20]
          | (?P<bullet>[•·▪◦‣●○■□►▸➢✓*+]|[-–—](?![-–—]))(?=[ \t\u00a0])
        )
        [ \t\u00a0\u3000]*""",
    regex.X | regex.V1,
)
# A heading's decoration and numbering ("## 5. References:"), at the start and at the end: the start matched
# once, the end searched from the end (one ``sub`` with the pattern "^head|tail$" tried the tail's at every
# character of every line of a list)
_DECOR_HEAD = regex.compile(r"[#>*_=\s]*(?:\d{1,2}(?:\.\d+)*\.?\s+|[ivx]+\.\s+)?", regex.I)
_DECOR_TAIL = regex.compile(r"[*_:=#\s.]*$", regex.I | regex.REVERSE)
_URLISH = regex.compile(r"(?:https?://|www\.|doi\.org/|\b10\.\d{4,9}/)\S*$", regex.I)
_WORD_END_JOINERS = regex.compile(r"(?:\b(?:and|et|und|y|e|i|og|och|en|&|in|de|van|von)|[,;:&(\[/])$", regex.I)
_TERMINAL = regex.compile(r"[.!?)\]»”\"']$|\d$")
_LAST_WORD = regex.compile(r"\p{L}+$", regex.V1)  # (the word before a line-end hyphen)
_FIRST_WORD = regex.compile(r"\p{L}+", regex.V1)  # (the word after it)
# Only tried when the list's numbering skips exactly the numbers found inside an entry.
# A bracketed label may follow a full stop with no space at all ("…700–715.[4] Dupont P."): copied from a web
# page, the line break between two entries is often lost; a bare "4." there would be a decimal.
_INLINE_NUMBERED = regex.compile(r"(?:(?<=\S\s{1,3})|(?<=[.;]))\[(?P<num>\d{1,4})\]\s+(?=\p{Lu})"
                                 r"|(?<=\S\s{1,3})(?P<num>\d{1,4})\.\s+(?=\p{Lu})", regex.V1)


# the one-word headings of a reference list ("Literaturverzeichnis", "Bibliografia", "Quellen"); of them, those a
# page's running header may leave inside a reference that runs over a page break (the notes' and sources' words say
# too much else)
SECTION_WORDS = frozenset(h for h in _HEADINGS if " " not in h and "-" not in h)
HEADING_WORDS = SECTION_WORDS - {
    "notes", "sources", "footnotes", "endnotes", "quellen", "fuentes", "bronnen", "kilder", "källor", "источники",
    "anmerkungen", "lähteet"}


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).casefold()


def _strip_decor(line: str) -> str:
    """``line`` without its heading decoration and numbering."""
    a = _DECOR_HEAD.match(line).end()  # type: ignore[union-attr]  # (it matches the empty string)
    m = _DECOR_TAIL.search(line, a)
    return line[a:m.start()] if m else line[a:]


def is_heading(line: str) -> bool:
    """True when ``line`` is a reference-list heading in any of the languages we know."""
    core = _strip_decor(line.strip())
    return bool(core) and len(core) <= 60 and _fold(core).strip() in _HEADINGS


def is_end_marker(line: str) -> bool:
    """``line`` is a web page's heading after which its reference list ends: "Related posts", "You may also like",
    "Lees ook", "関連記事"."""
    core = _strip_decor(line.strip()).strip(" :…")
    return _fold(core) in _END_MARKERS


def opens_with_end_marker(line: str) -> bool:
    """``line`` is a web page's list furniture with its links run in: "Related posts: How to … · Ten tips …"."""
    head, sep, _ = line.replace("：", ":", 1).partition(":")  # (a CJK line's colon is full-width: "延伸阅读：")
    return bool(sep) and len(head) < 40 and is_end_marker(head)


def opens_with_see_also(line: str) -> bool:
    """``line`` opens with "See also:" (or its word in another language) and a colon."""
    head, sep, _ = line.partition(":")
    return bool(sep) and len(head) < 30 and _fold(_strip_decor(head.strip()).strip(" …")) in _SEE_ALSO


def _may_end_in_debris(body: str) -> bool:
    """Whether :data:`_DEBRIS_TAIL` can match ``body``: it ends in "]" (then perhaps "|,;" and spaces) or in a
    word. A cheap test first: the regex, not anchored at the start, is tried at every character."""
    last = body.rstrip()[-1:]  # (every ``\s`` of the regex is whitespace to str.rstrip)
    return last.isalpha() or last in ("]", "|", ",", ";", "®")


def _is_debris(line: str) -> bool:
    return bool(_DEBRIS_LINE.match(line))


# a printed page's furniture copied with a list from a PDF, on a line of its own: its number ("14", "- 14 -", "Page 7
# of 12", "Seite 3 von 10"), or its running head in capitals with the page number first or after the date ("IEEE
# TRANSACTIONS ON SMART GRID, VOL. 14, NO. 2, MARCH 2023 1187", "140 JOURNAL OF ECCLESIASTICAL STUDIES VOL. 71, NO. 1")
_PAGE_NUMBER = regex.compile(
    r"[-–—\s]*(?:(?:page|seite|página|pagina|pag\.|strona|str\.|stránka|sida|sayfa|страница|стр\.)\s*)?\d{1,4}"
    r"(?:\s*(?:of|de|von|di|sur|z|av|из|/)\s*\d{1,4})?[-–—\s]*", regex.I)
_CAPS_RUNNING_HEAD = regex.compile(
    r"(?:\d{1,4}\s+(?=\p{Lu})|(?=.*(?:1[5-9]|20)\d\d\s+\d{1,4}\s*$))[^\d.;:\"“”«»]{2,80}?,?\s+"
    r"(?:VOL|NO|NR|N°|Nº|T|BD|JG|H)\.?\s*\d{1,4}\b[^\"“”«»]{0,60}", regex.V1)


_NUMBERED_HEAD = regex.compile(r"\d{1,4}\s+(?P<head>\p{L}[\p{L} ]{2,60})|(?P<head>\p{L}[\p{L} ]{2,60}?)\s+\d{1,4}", regex.V1)


def _identifier_goes_on(line: str, nxt: str) -> bool:
    """Does ``nxt`` (the next line, stripped) go on with a DOI, an arXiv number or an ISBN that ``line`` ends in, broken
    by the line end ("https://doi.org/10.1016/j.jhydrol." / "2019.01.001", "…/rfp.10" / "345")? By the rule the parser
    reads it whole with (``identifiers.identifier_breaks``)."""
    if not nxt[:1].isalnum() or ("10." not in line and "rXiv" not in line and "ISBN" not in line):
        return False
    tail = line.rstrip()[-100:]
    return any(b.start == len(tail) for b in identifier_breaks(tail + "\n" + nxt[:60]))


def _goes_on_identifier(run: list[_Line], line: str) -> bool:
    """Does ``line`` go on with an identifier the run's last line ends in, rather than being a page's number?"""
    last = next((ln for ln in reversed(run) if not ln.blank), None)
    return last is not None and _identifier_goes_on(last.text, line)


def _is_page_furniture(line: str) -> bool:
    """``line`` (stripped) is a page number or a running head in capitals. (A bare number may also be an entry's
    number on a line of its own: :func:`split` asks first whether such numbers follow one another.)"""
    if (line[:1].isdigit() or line[:1] in "-–—pPsSсС") and _PAGE_NUMBER.fullmatch(line):
        # (not a year alone, a reference's last piece that the page wrapped: "… Journal of Coastal Studies," /
        # "2019.")
        return not (line.isdecimal() and 1500 <= int(line) <= 2099)
    if len(line) <= 70 and (m := _NUMBERED_HEAD.fullmatch(line)) and is_heading(m.group("head")):
        return True  # the page's number and the list's heading as its running head: "143 Literaturverzeichnis"
    return len(line) <= 120 and not any(c.islower() for c in line) and bool(_CAPS_RUNNING_HEAD.fullmatch(line))


# --------------------------------------------------------------------------- lines
@dataclass(frozen=True)
class _Line:
    no: int          # 1-based line number
    start: int       # offset of the first character
    end: int         # offset after the last content character (line break excluded)
    text: str        # the line without its line break
    invisible: int = 0  # leading invisible characters (a BOM) that text shows as spaces: no indent width
    debris: bool = False  # a web page's links line, kept as a separator: no blank line of the list's layout
    soft: bool = False  # a blank line beside a page's furniture (its number): the page's margin, not the list's

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        n = 0
        for ch in self.text:
            if ch == "\t":
                n += 4
            elif ch in " \u00a0\u3000":
                n += 1
            else:
                break
        return n - self.invisible


# A byte-order mark or a zero-width space at a line's start or end is padding, not content: such a line is
# blank, or indented, and its entry's text does not carry the character ("\ufeff" alone made an entry).
_INVISIBLE = "\ufeff\u200b\u2060"
_PAD = " \t\u00a0\u3000" + _INVISIBLE


def _blank_invisible_ends(body: str) -> str:
    """The line with invisible characters at its ends turned into spaces: one for one, offsets stay."""
    lead = len(body) - len(body.lstrip(_PAD))
    end = max(lead, len(body.rstrip(_PAD)))
    return body[:lead].translate(_TO_SPACE) + body[lead:end] + body[end:].translate(_TO_SPACE)


_TO_SPACE = dict.fromkeys(map(ord, _INVISIBLE), " ")


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos, no = 0, 1
    for m in _LINE.finditer(text):
        chunk = m.group()
        if not chunk:
            if m.start() >= len(text):
                break
            continue
        body = chunk.rstrip("\r\n\u2028\u2029\x0b\x0c\x85")
        invisible = 0
        if body[:1] in _INVISIBLE or body[-1:] in _INVISIBLE:
            invisible = sum(c in _INVISIBLE for c in body[:len(body) - len(body.lstrip(_PAD))])
            body = _blank_invisible_ends(body)
        out.append(_Line(no, pos, pos + len(body), body, invisible))
        pos += len(chunk)
        no += 1
    return out


@dataclass
class _Block:
    lines: list[_Line]
    label: str | None = None
    label_end: int | None = None  # offset where the text after the label starts (first line)
    label_start: int | None = None


# --------------------------------------------------------------------------- layout decisions
def _label_of(line: _Line, alone: bool = False) -> regex.Match[str] | None:
    """The label opening ``line``. A label with nothing after it is no entry start, unless ``alone``: the list numbers
    its entries on lines of their own ("12." / "[12]" / "12" above each entry, in sequence: :func:`split` decides)."""
    m = _LABEL.match(line.text)
    if not m or (m.end() >= len(line.text.rstrip()) and not (alone and m.group("num"))):
        return None
    return m


def _numbered_starts(lines: list[_Line], alone: bool = False) -> dict[int, regex.Match[str]]:
    """Lines that start an entry by numbering: the longest plausible ascending sequence."""
    cands = [(i, m) for i, ln in enumerate(lines) if (m := _label_of(ln, alone)) and (m.group("num") or m.group("snum"))]
    if not cands:
        return {}
    # greedy chain: each accepted number is a small step above the last one
    best: dict[int, regex.Match[str]] = {}
    for first in range(min(len(cands), 5)):
        chain: dict[int, regex.Match[str]] = {}
        last = None
        style = None
        for i, m in cands[first:]:
            n = int(m.group("num") or m.group("snum"))
            kind = "sp1" if m.group("snum") else _label_kind(m.group("label"))
            if last is None:
                if n > 999:
                    continue
                chain[i], last, style = m, n, kind
            # (Markdown numbers every item "1." and leaves the counting to its renderer)
            elif kind == style and (last < n <= last + 3 or n == last == 1 if kind != "sp1" else n == last + 1):
                chain[i], last = m, n
        if len(chain) > len(best) and (style != "sp1" or len(chain) >= 3):
            best = chain
    if len(best) == 1 and (len(cands) > 1 or next(iter(best)) != next(i for i, ln in enumerate(lines) if not ln.blank)):
        return {}  # one number is a list's only on its first line ("955. http://…" wrapped in a bulleted entry is none)
    return best


def _label_kind(label: str) -> str:
    label = label.strip()
    if label.isdigit():
        return "sp1"
    if label.startswith("["):
        return "[]"
    if label.startswith("("):
        return "()"
    return label[-1] if label[-1] in ".)" else "sp"


# what follows the same author's dash, which is no bullet: "— 1989. The Condition …", "—, ed. 2001. …", "—. 2005. …"
_AFTER_AUTHOR_DASH = regex.compile(r"(?:1[5-9]|20)\d\d[a-z]?\b|[.,]")


def _keyed_or_bulleted_starts(lines: list[_Line], kind: str) -> dict[int, regex.Match[str]]:
    found = {i: m for i, ln in enumerate(lines) if (m := _label_of(ln)) and m.group(kind)
             and not (kind == "bullet" and m.group("bullet") in ("–", "—") and _AFTER_AUTHOR_DASH.match(ln.text, m.end()))}
    # one labelled line is a list only when it is the only line (blank lines around it do not count)
    return found if len(found) >= 2 or (found and sum(not ln.blank for ln in lines) == 1) else {}


_NOTE_MARK = regex.compile(r"[ \t]*[*†‡※][ \t]")  # a note's mark opening a line inside a numbered list


# a line that opens like a reference: a family name and a comma or initials ("Baker, T.", "Baker T,", "BAKER, Tom",
# "van Dijk, M.", "Müller-Lüdenscheidt K"), or initials and a family name ("S. Amarasinghe and …", "J.-P. Roy,")
_NAME_START = regex.compile(r"(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}"
                            r"(?:,\s*\p{Lu}|\s+\p{Lu}{1,3}[,.]?\s)|(?:\p{Lu}\.[\s-]?){1,3}\p{Lu}[\p{L}'’\-]+[,\s]", regex.V1)

_INITIAL_END = regex.compile(r"(?<![\p{L}\d])\p{Lu}\.$")  # a name list broken after an initial: "… E. Иванова, О."


def _room(starts: dict[int, regex.Match[str]]) -> dict[int, int]:
    """For each numbered line, how many unnumbered entries may follow it before the next number: the numbers the
    list skips there ("1.", "2.", then "4.": one after "2."). A list numbered on one line only (a number typed on the
    first, or lost on the others) has room for any after it."""
    nums = sorted((i, int(m.group("num") or m.group("snum"))) for i, m in starts.items())
    if len(nums) == 1:
        return {nums[0][0]: 1 << 30}
    return {i: n2 - n - 1 for (i, n), (_, n2) in itertools.pairwise(nums) if n2 - n > 1}


def _blocks_by_starts(lines: list[_Line], starts: dict[int, regex.Match[str]], numbered: bool = False) -> list[_Block]:
    blocks: list[_Block] = []
    cur: _Block | None = None
    start_indent = 0
    prev_blank = False
    room = _room(starts) if numbered else {}
    left = 0
    for i, ln in enumerate(lines):
        if i in starts:
            m = starts[i]
            cur = _Block([ln], m.group("label").strip(), ln.start + m.end(), ln.start + m.start("label"))
            start_indent = ln.indent
            blocks.append(cur)
            left = room.get(i, 0)
        elif ln.blank:
            pass
        elif cur is None:
            blocks.append(_Block([ln]))  # text before the first label: its own entry
        elif len(cur.lines) == 1 and cur.label_end is not None and cur.label_end >= cur.lines[0].end:
            cur.lines.append(ln)  # the entry under a number alone on its line, past a blank line ("1." / "" / "Abbott …")
        elif ((prev_blank and ln.indent <= start_indent) or _NOTE_MARK.match(ln.text) or (
                left and ln.indent <= start_indent and _NAME_START.match(ln.text, len(ln.text) - len(ln.text.lstrip()))
        )) and _TERMINAL.search(last := cur.lines[-1].text.rstrip()) and not (left and _INITIAL_END.search(last)):
            # an unlabelled paragraph after a finished entry, or a line a note's mark opens ("* Les références
            # marquées …"): a note or an unnumbered item; or a line opening with a name after a finished entry where
            # the numbering skips (an item whose number was lost)
            if left and not prev_blank and not _NOTE_MARK.match(ln.text):
                left -= 1
            cur = _Block([ln])
            blocks.append(cur)
            start_indent = ln.indent
        else:
            cur.lines.append(ln)
        prev_blank = ln.blank and not ln.soft
    return blocks


def _blocks_by_paragraphs(lines: list[_Line]) -> list[_Block]:
    blocks: list[_Block] = []
    cur: list[_Line] = []
    soft = False  # (a page's margin: the paragraph goes on over it when its last line is visibly broken)
    for ln in lines:
        if ln.blank and ln.soft:
            soft = True
        elif ln.blank:
            if cur:
                blocks.append(_Block(cur))
                cur = []
            soft = False
        else:
            if soft and cur and not _goes_on(cur[-1].text, ln.text):
                blocks.append(_Block(cur))
                cur = []
            cur.append(ln)
            soft = False
    if cur:
        blocks.append(_Block(cur))
    return blocks


def _goes_on(prev: str, nxt: str) -> bool:
    """``nxt`` visibly goes on with ``prev``: a lower-case word after it, or a hyphen, comma or joining word ending it
    ("… in the" / "Global South")."""
    p, n = prev.rstrip(), nxt.lstrip()
    return bool(p and n) and (n[0].islower() or (p.endswith(("-", ",")) and not p.endswith(" -"))
                              or bool(_WORD_END_JOINERS.search(p) and p[-1:].isalpha()))


def _blocks_by_indent(lines: list[_Line]) -> list[_Block]:
    base = min(ln.indent for ln in lines if not ln.blank)
    blocks: list[_Block] = []
    after_debris = False
    for ln in lines:
        if ln.blank:
            after_debris = after_debris or ln.debris
            continue
        if ln.indent < base + _HANGING or not blocks or after_debris:
            blocks.append(_Block([ln]))
        else:
            blocks[-1].lines.append(ln)
        after_debris = False
    return blocks


_HANGING = 2  # a stray leading space is not a hanging indent


def _is_wrapped(prev: str, nxt: str, width: int) -> bool:
    """Does ``nxt`` continue ``prev`` (a line broken by the page width), in a one-per-line list?

    References almost always end with a full stop, a closing bracket, a digit or a URL, so a
    line that ends otherwise was broken; ``width`` is the longest line of the list, and a line
    that reaches it was most likely wrapped by the page.
    """
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n:
        return False
    if _URLISH.search(p) and not _TERMINAL.search(p) and not n[0].isupper():
        return True
    if _identifier_goes_on(p, n):
        return True  # (a line of its own is never an entry)
    if p.endswith("-") and not p.endswith(" -") and n[0].isalnum():
        return True
    if _WORD_END_JOINERS.search(p):
        return True
    if _GOES_ON_AFTER.search(p[-12:]) or _GOES_ON_BEFORE.match(n) or _names_and_year(p):
        return True
    if (_LINK_ONLY.match(n) or _ID_ONLY.match(n)) and not _LINK_ONLY.match(p):
        return True  # a reference's link or identifier on a line of its own ("https://doi.org/…", "PMID: 2987…",
        # "ISBN 978-2-…")
    if _YEAR_ONLY.match(n):
        return True  # a year alone ends the reference the page broke: "… Acesso em: 3 mar." / "2022."
    if _FUNCTION_WORD_END.search(p[-12:]):
        return True  # no reference ends in an article or a preposition: "… comfort in the" / "Mediterranean city."
    if _TERMINAL.search(p):
        return False
    first = n[0]
    return first.islower() or first.isdigit() or (width >= 60 and len(p) >= 0.8 * width)


# what no reference ends with: an initial ("… Wagner, T. D."), "et al.", a locator's word without its number ("Vol.",
# "No."), "In:"; and what none opens with, in a list one a line: its year in brackets ("(2009). Barriers …"),
# a number and its comma or range ("2, 2002, pp. 111–137.", "45–67."), a chapter's "In:" (and "In" before a capital on
# a line the page filled: :func:`_is_wrapped`)
_GOES_ON_AFTER = regex.compile(r"(?:(?<![\p{L}\d])\p{Lu}\.|(?i:\bet\s+al\.,?|(?<!\S)(?:vol|vols|no|nos|nr|bd)\.|(?<!\S)in:))$",
                               regex.V1)
_GOES_ON_BEFORE = regex.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)|\d{1,5}(?:,\s|;|\s*[-–]\s*\d)|(?:In|Dans|Im|W|Em|En)\s?:\s",
                                regex.V1)
# a line holding only a link or an identifier, maybe after its word ("doi:", "PMID:", "Retrieved from", "Available at:",
# "Disponible en"), which no reference is: the one before's
_LINK_ONLY = regex.compile(
    r"(?:(?:doi|pmid|pmcid|url|urn|arxiv|hdl)\s*:?\s*|(?:retrieved|available|accessed|disponible|verfügbar|abrufbar|"
    r"dostępne|dostupné|recuperado|consultado)\b[^:/]{0,40}?(?:from|at|de|en|sur|unter|z|na|:)\s*:?\s*)?"
    r"(?:https?://|www\.|doi\.org/|10\.\d{4,9}/|PMC\d|\d{6,9}\b)\S*\s*$", regex.I | regex.V1)
# an ISBN or ISSN on a line of its own, which no reference is
_ID_ONLY = regex.compile(r"(?:e-?)?IS[BS]N(?:-1[03])?\s*:?\s*[\dX](?:[\s-]?[\dX]){7,16}\s*[.;]?\s*$", regex.I)
# a year alone, closed by a full stop or in brackets (a bare number is a page's, furniture)
_YEAR_ONLY = regex.compile(r"(?:\((?:1[5-9]|20)\d\d[a-z]?\)|(?:1[5-9]|20)\d\d[a-z]?\.)\s*$")
# the articles and prepositions a line the page broke may end in, in the lists' languages, in small letters ("in", "de",
# "van", "von": _WORD_END_JOINERS)
_FUNCTION_WORD_END = regex.compile(
    r"(?<![\p{L}\d.'’–-])(?:the|of|an?|for|to|on|with|from|at|by|der|die|das|des|dem|für|mit|zur|zum|im|über|le|la|les|du|"
    r"pour|sur|dans|aux?|à|el|los|las|del|para|por|con|il|gli|della|delle|dello|di|per|nel|nella|do|da|dos|das|no|na|em|"
    r"het|een|voor|met|op|uit|bij|w|z|dla|o|ze|we|ve|pro|s|v|в|и|на|по|для|с|к|о|из|от|av|för|med|på|till|om|ile|için)$",
    regex.V1)
_YEAR_ENDS = regex.compile(r"\s\((?:1[5-9]|20)\d\d[a-z]?\)[.:]$")
_LONG_LOWER = regex.compile(r"(?<![\p{L}'’-])\p{Ll}\p{L}{3,}")
_NAME_PARTICLES = frozenset({"and", "und", "van", "von", "der", "den", "del", "della", "dos", "das"})


def _names_and_year(line: str) -> bool:
    """``line`` holds names and their year in brackets only, the title on the next line: "Eapen, M., Zald, D.H., and
    Gore, J.C. (2011)." (no digit, no word of four letters or more in lower case but "and", "van" …)."""
    m = _YEAR_ENDS.search(line, len(line) - 12) if line.endswith((").", "):")) else None
    names = line[:m.start()] if m else ""
    return "," in names and not any(c.isdigit() for c in names) \
        and all(w in _NAME_PARTICLES for w in _LONG_LOWER.findall(names))


# a pasted RIS record's first and last lines ("TY  - JOUR" … "ER  - ")
_RIS_TYPE_LINE = regex.compile(r"TY  ?- [A-Z]{3,6}$")
_RIS_END_LINE = regex.compile(r"ER  ?-")


def _with_ris_records(lines: list[_Line], alone: bool) -> list[_Block]:
    """Blocks of a run that holds pasted RIS records: each record, from its "TY" line to its "ER" line, one block
    (its tag lines would read as a keyed list, one entry each); the lines around them segmented as any list."""
    out: list[_Block] = []
    rest: list[_Line] = []
    i = 0
    while i < len(lines):
        if not _RIS_TYPE_LINE.match(lines[i].text.strip()):
            rest.append(lines[i])
            i += 1
            continue
        if rest:
            out += _segment(rest, alone)
            rest = []
        j = i
        while j + 1 < len(lines) and not _RIS_END_LINE.match(lines[j].text.strip()):
            j += 1
        out.append(_Block([ln for ln in lines[i:j + 1] if not ln.blank]))
        i = j + 1
    if rest:
        out += _segment(rest, alone)
    return out


def _blocks_by_lines(lines: list[_Line]) -> list[_Block]:
    blocks: list[_Block] = []
    width = max((len(ln.text.rstrip()) for ln in lines), default=0)
    after_debris = False
    for ln in lines:
        if ln.blank:
            after_debris = after_debris or ln.debris  # (a links line ends the entry before it)
            continue
        if blocks and not after_debris and _is_wrapped(blocks[-1].lines[-1].text, ln.text, width):
            blocks[-1].lines.append(ln)
        else:
            blocks.append(_Block([ln]))
        after_debris = False
    return blocks


def _segment(lines: list[_Line], alone: bool = False) -> list[_Block]:
    """Blocks of one run of list lines (no headings or debris inside); ``alone``: the list's numbers stand on lines of
    their own."""
    content = [ln for ln in lines if not ln.blank]
    if not content:
        return []
    if any(ln.text.lstrip().startswith("TY ") and _RIS_TYPE_LINE.match(ln.text.strip()) for ln in content):
        return _with_ris_records(lines, alone)
    numbered = _numbered_starts(lines, alone)
    if numbered:
        return _blocks_by_starts(lines, numbered, numbered=True)
    for kind in ("key", "bullet"):
        starts = _keyed_or_bulleted_starts(lines, kind)
        if starts:
            return _blocks_by_starts(lines, starts)
    # (a links line between entries separates them, but says nothing of the list's layout: "[PubMed] [Google Scholar]"
    # after some entries of a list with hanging indents)
    has_blank_sep = any(ln.blank and not ln.debris and not ln.soft
                        for ln in lines[lines.index(content[0]):lines.index(content[-1])])
    if has_blank_sep:
        paras = _blocks_by_paragraphs(lines)
        if len(paras) >= 2:
            return paras
    base = min(ln.indent for ln in content)
    n_hanging = sum(1 for ln in content if ln.indent >= base + _HANGING)
    if n_hanging and content[0].indent < base + _HANGING:
        return _blocks_by_indent(lines)
    return _blocks_by_lines(lines)


# --------------------------------------------------------------------------- entries
def _join(block: _Block, text: str) -> tuple[str, int, int]:
    """The entry text (label dropped, lines joined) and its span in ``text``."""
    first = block.lines[0]
    start = first.start
    # indent is a display width (a tab counts four); the offset needs the character count
    lead = len(first.text) - len(first.text.lstrip(_PAD))
    body_start = block.label_end if block.label_end is not None else first.start + lead
    # skip indentation on the first line when there is no label
    while body_start < first.end and text[body_start] in _PAD:
        body_start += 1
    parts: list[str] = [first.text[body_start - first.start:].strip()]
    if _RIS_TYPE_LINE.match(parts[0]):
        # a pasted RIS record keeps its lines: its tags are read line by line (`refnorm.io.ris`)
        parts += [ln.text.rstrip() for ln in block.lines[1:] if ln.text.strip()]
        end = block.lines[-1].end
        while end > body_start and text[end - 1] in _PAD:
            end -= 1
        return "\n".join(parts), (body_start if block.label_start is None else block.label_start), end
    for ln in block.lines[1:]:
        piece = ln.text.strip()
        if not piece:
            continue
        prev = parts[-1]
        if (_URLISH.search(prev) and prev[-1:] in "/-_.=?&#%~") or _identifier_goes_on(prev, piece):
            parts[-1] = prev + piece  # a URL or an identifier broken at the line end
        elif prev.endswith("-") and prev[-2:-1].isalpha() and piece[:1].islower() \
                and not ((tail := _FIRST_WORD.match(piece)) and tail.group().lower() in SUSPENDING):
            # a word hyphenated at the line end ("Deut-" / "schen"): joined without its hyphen, as
            # `normalizers.unicode` joins one inside a reference's text (and with it when it is the word's own:
            # "Carbapenem-" / "resistant")
            head = _LAST_WORD.search(prev, max(0, len(prev) - 41), len(prev) - 1)
            keep = head is not None and tail is not None and keeps_hyphen(head.group(), tail.group())
            parts[-1] = prev + piece if keep else prev[:-1] + piece
        else:
            parts.append(piece)
    body = " ".join(parts)
    body = _SPACE_RUN.sub(" ", body).strip()
    start = body_start if block.label_start is None else block.label_start
    end = block.lines[-1].end
    while end > start and text[end - 1] in _PAD:
        end -= 1
    return body, start, end


def _inline_numbered(entry: Entry, next_num: int | None) -> Iterator[Entry]:
    """Split ``... 2019. [4] Smith J ...`` where the numbering makes the glue certain."""
    if next_num is None or entry.label is None:
        yield entry
        return
    kind = _label_kind(entry.label)
    cuts: list[tuple[int, int, str]] = []  # (offset in raw, offset of text after label, label)
    expected = next_num
    for m in _INLINE_NUMBERED.finditer(entry.raw):
        lab = m.group(0).strip()
        if int(m.group("num")) == expected and _label_kind(lab) == kind:
            cuts.append((m.start(), m.end(), lab))
            expected += 1
    if not cuts:
        yield entry
        return
    pieces = [(0, None, entry.label)] + [(c[0], c[1], c[2]) for c in cuts]
    for k, (s, body_at, lab) in enumerate(pieces):
        e = cuts[k][0] if k < len(cuts) else len(entry.raw)
        raw = entry.raw[s:e].rstrip()
        if body_at is None:
            body = entry.raw[:e]
            lab_m = _LABEL.match(body)
            body = body[lab_m.end():] if lab_m else body
        else:
            body = entry.raw[body_at:e]
        body = _WHITESPACE.sub(" ", body).strip()
        line = entry.line + entry.raw.count("\n", 0, s)
        yield Entry(text=body, span=Span(entry.span.start + s, entry.span.start + s + len(raw)),
                    raw=raw, label=lab, line=line)


def _number(label: str | None) -> int | None:
    if not label:
        return None
    m = _DIGITS.search(label)
    return int(m.group()) if m else None


def _counted_lines(lines: list[_Line]) -> set[int]:
    """The numbers of the lines that hold a list's numbers alone ("1.", "[2]", "3" above each entry), one after the
    other: the longest run of them (a wrapped "1987." or a page's number between them is none of it), when the first
    opens the list and there is one for every 16 lines or fewer (pages' numbers follow one another too, but a page holds
    many entries)."""
    bare = [(ln.no, int(t)) for ln in lines  # (a short line only: one len() before any strip)
            if len(ln.text) <= 24 and (t := ln.text.strip().strip("[]()").rstrip(".)")).isdecimal() and len(t) <= 4]
    if len(bare) < 2:
        return set()
    best: list[int] = []
    for first in range(min(len(bare), 4)):
        run, last = [bare[first][0]], bare[first][1]
        for no, n in bare[first + 1:]:
            if n == last + 1:
                run.append(no)
                last = n
        if len(run) > len(best):
            best = run
    if len(best) < 2 or sum(1 for ln in lines if not ln.blank) > 16 * len(best):
        return set()
    # (and the first of them opens the list, its heading aside: a page's number comes after entries)
    first = next((ln.no for ln in lines if not ln.blank and not is_heading(ln.text)), 0)
    return set(best) if first == best[0] else set()


def split(text: str) -> list[Entry]:
    """Split a reference list into entries, in order, each with its span in ``text``.

    Never raises on a string. ``Entry.raw == text[entry.span.start:entry.span.end]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"split() needs a str, not {type(text).__name__}")
    lines = _lines(text)
    # cut the document into runs of list lines, dropping headings, debris and end-of-list junk
    runs: list[list[_Line]] = [[]]
    ended = False
    # numbers alone on their lines that follow one another ("1.", "2." or "1", "2" above each entry) are no pages'
    # but the entries' own: a label each (pages' numbers follow one another too, but a page holds many entries)
    counted = _counted_lines(lines)
    furniture = False  # (the last line that was no blank was a page's furniture)
    for ln in lines:
        if ln.blank:
            if not ended:
                runs[-1].append(dataclasses.replace(ln, soft=True) if furniture else ln)
            continue
        stripped = ln.text.strip()
        if ln.no not in counted and _is_page_furniture(stripped) and not _goes_on_identifier(runs[-1], stripped):
            # (not even a separator: an entry the page broke goes on after it; nor are the blank lines around it)
            run = runs[-1]
            k = len(run)
            while k and run[k - 1].blank and not run[k - 1].debris:
                k -= 1
            run[k:] = [dataclasses.replace(b, soft=True) for b in run[k:]]
            furniture = True
            continue
        furniture = False
        if is_heading(stripped):
            ended = False
            runs.append([])
            continue
        if ended:
            continue
        if is_end_marker(stripped):
            ended = True
            runs.append([])
            continue
        if _is_debris(stripped):
            runs[-1].append(_Line(ln.no, ln.start, ln.start, "", debris=True))  # a separator, never content
            continue
        runs[-1].append(ln)

    entries: list[Entry] = []
    for run in runs:
        for block in _segment(run, bool(counted)):
            body, start, end = _join(block, text)
            if _may_end_in_debris(body):
                body = _DEBRIS_TAIL.sub("", body)
            body = body.strip()
            if not body or _is_debris(body):
                continue
            entries.append(Entry(text=body, span=Span(start, end), raw=text[start:end],
                                 label=block.label, line=block.lines[0].no))
    # numbering that continues inside an entry means glued entries
    out: list[Entry] = []
    for i, e in enumerate(entries):
        n = _number(e.label)
        nxt = _number(entries[i + 1].label) if i + 1 < len(entries) else None
        if n is not None and (nxt is None or nxt > n + 1):
            out.extend(_inline_numbered(e, n + 1))
        else:
            out.append(e)
    return out
