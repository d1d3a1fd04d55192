"""From labelled tokens to a CSL-JSON record.

Token labels are grouped into segments (runs of one label; runs of the same label separated only
by punctuation are joined, so "Acc. Chem. Res." stays one journal even if a full stop inside was
tagged as a separator). Each segment's text then goes through the normaliser that owns its field:
names (:mod:`refnorm.normalizers.names`), dates (:mod:`refnorm.normalizers.dates`), pages,
identifiers. Facts about a field that are not values become diagnostics: "et al." is a
``names.truncated`` diagnostic (the list is kept as printed, no invented author), an ambiguous
numeric date ``date.ambiguous``, a second publication date (an epub date printed before the
issue date) becomes ``available-date`` instead of overwriting ``issued``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from refnorm.model import Diagnostic, Severity
from refnorm.normalizers.dates import parse_date_ex
from refnorm.normalizers.names import parse_names
from refnorm.normalizers.pages import normalize_pages
from refnorm.normalizers.titles import clean_title
from refnorm.normalizers.types import infer_type as _infer_type
from refnorm.parsing import identifiers as ids
from refnorm.parsing.lexicon import term_classes
from refnorm.parsing.tokens import Token

__all__ = ["Segment", "infer_type", "record_from_segments", "segments"]

SOURCE = "parse"
NAME_LABELS = ("author", "editor", "translator")
DATE_LABELS = ("issued", "accessed", "original-date")
TEXT_LABELS = (
    "title", "container-title", "collection-title", "event-title", "publisher", "publisher-place",
    "genre", "medium", "note", "edition", "number",
)
_JOINABLE_GAP = set(".,:;-–—/&'’()")
_EDGE = " \t\n,;:/([{<«“„\"'‘)]}>»”’"
_LEADING = re.compile(r"^(?:in\s*:|in\s+(?=[A-Z«“\"]))\s*", re.I)
_VOL_PREFIX = re.compile(
    r"^(?:vols?|volume|bd|band|t|tome|tomo|v|jg|jahrgang|roč|ročník|т|том|cilt|sv|vyp|deel|årg)\.?\s*", re.I
)
_ISS_PREFIX = re.compile(
    r"^(?:nos?|nr|num|número|numéro|n[°º]|no\.|issue|heft|h|№|č|sayı|fasc|afl|wydanie|zeszyt|iss|suppl?)\.?\s*", re.I
)
_PAGES_SUFFIX = re.compile(r"(?<=\d)\s*(?:pp|p|pages?|pgs?|S|Seiten|s|с|стр|str|blz|págs?|pag)\.?$", re.I)
_GBT_CODE = re.compile(r"\[(J|M|D|C|R|P|S|N|A|G|Z|EB|DB|CP)(?:/(?:OL|MT|DK|CD))?\]")
_GBT_TYPES = {
    "J": "article-journal", "M": "book", "D": "thesis", "C": "paper-conference", "R": "report", "P": "patent",
    "S": "standard", "N": "article-newspaper", "A": "chapter", "G": "book", "Z": "document", "EB": "webpage",
    "DB": "dataset", "CP": "software",
}
_IN_CUE = re.compile(r"(?:^|[\s.,;])(?:in|dans|en|em|w|v|в|σε)\s*:|[.,]\s+In\s+(?=[A-Z])")
_EPUB_CUE = re.compile(r"(e-?pub|online|en\s+ligne|électronique|elektronisch|publicado|publié|veröffentlicht|"
                       r"pubblicato|advance|ahead\s+of\s+print|first\s+published)\W*(?:\w+\W+){0,2}$", re.I)
_TITLE_THEN_JOURNAL = re.compile(r"^(.*\w\w[)\]]?)\.\s+((?:[A-Z][\w'’&-]*\.?\s*){1,6})$")
# "2. vyd.", "3e éd.", "5. Aufl.", "2nd ed.", "17. ed.": the edition is its number
_EDITION_NUMBER = re.compile(
    r"^(\d{1,3})\s*(?:\.|e|er|re|ème|eme|nd|rd|th|st|a|ª|º|-?е|-?я)?\s*(?:ed|éd|edn|edition|édition|aufl|auflage|"
    r"vyd|vydání|wyd|wydanie|изд|uppl|upplaga|baskı|bs|edición|edizione|edição|druk|oplage|utg|udg)?\.?$", re.I)
_PAGE_COUNT_AFTER = re.compile(r"\s*(?:p|pp|pages?|s|S|Seiten|с|стр|f|fl|folhas|stron|str|sayfa|blz|sid|sidor)\.?(?=[\s.,;]|$)")
_VOL_PAGE = re.compile(r"^(\d+)\s*,\s*(\d+(?:\s*[-–]\s*\d+)?)$")
_VOL_ISSUE = re.compile(r"^(\w+)\s*\(([^()]+)\)?$")  # "92(3)", or "92(3" when ")" was left out


@dataclass(frozen=True)
class Segment:
    """A labelled stretch of the text: ``label``, ``[start, end)`` offsets, token indices."""

    label: str
    start: int
    end: int
    first: int
    last: int


def segments(tokens: Sequence[Token], labels: Sequence[str]) -> list[Segment]:
    """Group token labels into segments (``^`` begin markers and ``O`` separators dropped)."""
    out: list[Segment] = []
    cur: list[Any] | None = None
    gap = 0
    for i, (t, raw_label) in enumerate(zip(tokens, labels, strict=False)):
        lab = raw_label.lstrip("^")
        if lab == "O":
            if cur is not None:
                if t.text in _JOINABLE_GAP and gap < 2:
                    gap += 1
                    continue
                out.append(Segment(*cur))
                cur = None
            continue
        if cur is not None and cur[0] == lab and not raw_label.startswith("^"):
            cur[2], cur[4] = t.end, i
            gap = 0
            continue
        if cur is not None:
            out.append(Segment(*cur))
        cur = [lab, t.start, t.end, i, i]
        gap = 0
    if cur is not None:
        out.append(Segment(*cur))
    return out


def _strip(s: str) -> str:
    s = s.strip().strip(_EDGE).strip()
    # a lone unbalanced bracket left at an edge
    if s.endswith(")") and "(" not in s:
        s = s[:-1].rstrip()
    if s.startswith("(") and ")" not in s:
        s = s[1:].lstrip()
    return s


def _clean_title(s: str) -> str:
    return clean_title(_strip(s))


_ROLE_AFTER = re.compile(r"[\s,.]*[(\[]?\s*([^\W\d_]{1,12})\.?\s*[)\]]?")


def _followed_by_editor_role(text: str, end: int) -> bool:
    """Is a name list directly followed by an editor role word ("(Hrsg.)", "(eds.)", ", éd.", "(a cura di)")?"""
    m = _ROLE_AFTER.match(text, end, min(len(text), end + 24))
    if not m:
        return False
    word = m.group(1).lower()
    if word == "a" and not text.startswith("cura", m.end()):
        return False  # "a cura di" names editors; "Gao GF. A novel coronavirus" starts a title
    return "editor" in term_classes(word) and len(word) <= 12 and word not in ("in", "by", "and", "von", "de")


_DATE_JOIN = re.compile(r"[.;,]\s+(?=\d)")


def _date_pieces(text: str, seg: Segment, lang: str | None) -> list[tuple[Segment, Any]]:
    """A date segment and its parse; two dates run together ("2019 Jan 5. 2020") become two pieces."""
    res = parse_date_ex(_strip(text[seg.start:seg.end]), lang)
    if res.date or res.kind != "none":
        return [(seg, res)]
    out = []
    pos = seg.start
    for m in [*_DATE_JOIN.finditer(text, seg.start, seg.end), None]:
        end = m.start() if m else seg.end
        piece = Segment(seg.label, pos, end, seg.first, seg.last)
        pres = parse_date_ex(_strip(text[pos:end]), lang)
        if not pres.date:
            return [(seg, res)]
        out.append((piece, pres))
        pos = m.end() if m else end
    return out if len(out) > 1 else [(seg, res)]


def _diag(code: str, message: str, field: str | None = None, severity: Severity = Severity.WARNING,
          **data: Any) -> Diagnostic:
    return Diagnostic(code, message, severity, field=field, source=SOURCE, data=data or None)


def record_from_segments(
    text: str, segs: Sequence[Segment], lang: str | None = None
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """CSL-JSON fields (without ``type``) and diagnostics from the segments of one reference."""
    csl: dict[str, Any] = {}
    diags: list[Diagnostic] = []
    by_label: dict[str, list[str]] = {}
    for seg in segs:
        label = seg.label
        if label == "author" and "editor" not in {x.label for x in segs} and _followed_by_editor_role(text, seg.end):
            label = "editor"  # "Schubert, G. / Tetzlaff, R. (Hrsg.) 1998: ..." is an edited volume
        end = seg.end
        if label == "URL":  # a URL runs to the next space: the labeler may leave its final '/' or '#x' out
            while end < len(text) and not text[end].isspace():
                end += 1
            while end > seg.end and (text[end - 1] in ".,;:" or (
                    text[end - 1] in ")]>" and text.count("([<"[")]>".index(text[end - 1])], seg.start, end)
                    < text.count(text[end - 1], seg.start, end))):
                end -= 1  # sentence punctuation, or a bracket closed around the URL
        by_label.setdefault(label, []).append(text[seg.start:end])

    for lab in NAME_LABELS:
        parts = by_label.get(lab)
        if not parts:
            continue
        joined = "; ".join(p.strip(" ,;") for p in parts) if len(parts) > 1 else parts[0]
        nl = parse_names(joined, lang)
        if nl.names:
            csl[lab] = nl.names
        if nl.truncated:
            diags.append(_diag("names.truncated", f"the {lab} list ends with 'et al.': it is incomplete", lab))
        diags.extend(nl.diagnostics)
    if "etal" in by_label:
        target = "author" if "author" in csl or "editor" not in csl else "editor"
        if not any(d.code == "names.truncated" and d.field == target for d in diags):
            diags.append(_diag("names.truncated", f"the {target} list ends with 'et al.': it is incomplete",
                               target))

    dated = []
    for seg in segs:
        if seg.label in DATE_LABELS:
            dated.extend(_date_pieces(text, seg, lang))
    issued_seen = 0
    for seg, res in dated:
        part = text[seg.start:seg.end]
        field = seg.label
        epub = bool(_EPUB_CUE.search(text[max(0, seg.start - 30):seg.start]))
        if field == "issued":
            issued_seen += 1
            if epub and sum(1 for p, _ in dated if p.label == "issued") > 1:
                field = "available-date"  # "Epub 2019 Jan 5. 2020;11(2)": the epub date is not the issue's
            elif issued_seen > 1:
                if res.date and res.date == csl.get("issued"):
                    continue  # the same year twice ("2018. 210 f. Tese … Recife, 2018."): one date
                # a second publication date: the first stays issued, this one is recorded apart
                field = "available-date" if "issued" in csl else "issued"
        elif field == "original-date" and epub:
            field = "available-date"
        if field in csl:
            continue
        if res.date:
            csl[field] = res.date
            for d in res.diagnostics:
                diags.append(Diagnostic(d.code, d.message, d.severity, field=field, source=d.source, data=d.data))
        elif res.kind == "in-press":
            csl.setdefault("status", "in press")
        elif res.kind == "none" and _strip(part):
            csl[field] = {"literal": _strip(part)}
            diags.append(_diag("date.unparsed", f"could not read the date {part!r}", field))

    for lab in TEXT_LABELS:
        parts = by_label.get(lab)
        if not parts:
            continue
        if lab == "title":
            value = _clean_title(parts[0])
            if len(parts) > 1:
                # a title cut by a mislabelled token, or a book title after a chapter title
                if "container-title" not in by_label:
                    csl["container-title"] = _clean_title(parts[1])
                else:
                    titles = [s for s in segs if s.label == "title"]
                    value = _clean_title(text[titles[0].start:titles[1].end])
        elif lab == "container-title":
            value = clean_title(_strip(_LEADING.sub("", parts[0].strip())), abbreviated=True)
        elif lab == "note":
            value = "; ".join(_strip(p) for p in parts)
        elif lab == "edition":
            value = _strip(parts[0])
            m = _EDITION_NUMBER.match(value)
            value = m.group(1) if m else value
        else:
            value = _strip(parts[0])
        if lab in ("container-title", "title") and value.endswith("."):
            value = value.rstrip(".") if not re.search(r"\b\w{1,4}\.$", value) else value
        if value:
            csl.setdefault(lab, value)

    if "container-title" not in csl and csl.get("title") and by_label.keys() & {"volume", "page"}:
        # "Therapy for Coronavirus Disease 2019. Stem Cells Dev. 2020;29(11)": volume or pages need a
        # container; a short run of capitalised words after the title's last full stop is it
        m = _TITLE_THEN_JOURNAL.match(csl["title"])
        if m:
            csl["title"], csl["container-title"] = m.group(1), m.group(2).rstrip(". ")
    if "title" not in csl and "container-title" in csl and not by_label.keys() & {"volume", "issue", "page"}:
        # a book (or an edited volume) cited whole has a title and no container
        csl["title"] = csl.pop("container-title")

    vols = by_label.get("volume")
    if vols and _ISS_PREFIX.match(_strip(vols[0])) and not _VOL_PREFIX.match(_strip(vols[0])):
        by_label.setdefault("issue", []).insert(0, vols[0])  # "n°160" labelled as a volume is an issue
        vols = None
    if vols:
        v = _VOL_PREFIX.sub("", _strip(vols[0])).strip(" .")
        m = _VOL_ISSUE.match(v)
        if m:
            v = m.group(1)
            csl.setdefault("issue", m.group(2))
        m = _VOL_PAGE.match(v)
        if m and "page" not in by_label:  # "17, 891": physics' volume, page run together
            v = m.group(1)
            csl["page"] = normalize_pages(m.group(2))
        if v:
            csl["volume"] = v
    iss = by_label.get("issue")
    if iss:
        i = _ISS_PREFIX.sub("", _strip(iss[0])).strip(" .")
        if i:
            csl["issue"] = i
    pages = by_label.get("page")
    if pages:
        p = normalize_pages(_PAGES_SUFFIX.sub("", _strip(pages[0])))
        if p:
            csl["page"] = p
    if "container-title" not in csl:
        # "412 p.", "320 s.", "360 с.", "210 f." after a book: its length, not a page or a volume
        for seg in segs:
            value = _strip(text[seg.start:seg.end])
            if seg.label in ("page", "volume") and value.isdecimal() and csl.get(seg.label) == value \
                    and _PAGE_COUNT_AFTER.match(text, seg.end):
                csl["number-of-pages"] = csl.pop(seg.label)
                break

    for lab, norm in (("DOI", ids.normalize_doi), ("ISBN", ids.normalize_isbn), ("ISSN", ids.normalize_issn),
                      ("PMID", ids.normalize_pmid), ("PMCID", ids.normalize_pmcid)):
        for part in by_label.get(lab, ()):
            val = norm(part.strip())
            if val:
                csl.setdefault(lab, val)
                break
            diags.append(_diag(f"{lab.lower()}.invalid", f"{lab} {part!r} is not valid", lab))
    for part in by_label.get("arXiv", ()):
        val = ids.normalize_arxiv(part.strip())
        if val:
            csl.setdefault("number", f"arXiv:{val}")
            csl.setdefault("archive", "arXiv")
            if "URL" not in csl:
                csl["URL"] = f"https://arxiv.org/abs/{val}"
            break
    for part in by_label.get("URL", ()):
        scheme = re.search(r"(?i)\b(?:https?|ftp)://|\bwww\.", part)
        if scheme and part[:scheme.start()].strip():
            part = part[scheme.start():]  # words the labeler ran into the URL ('see https://...')
        url = re.sub(r"\s+", "", part).rstrip(".,;")
        url = url.strip("<>[]")
        if url:
            found = ids.normalize_doi(url) if "doi.org/" in url.lower() else None
            if found:
                csl.setdefault("DOI", found)
            else:
                csl.setdefault("URL", url)
                break
    return csl, diags


def infer_type(csl: dict[str, Any], text: str = "") -> str:
    """A CSL type from the fields found (:func:`refnorm.normalizers.types.infer_type`), refined by cues
    of the reference text the fields do not carry: GB/T 7714 document codes ("[J]", "[M]", "[D]"...)
    and an "In:"/"dans :"/"W:" before a container (a chapter, unless the container has volume numbers)."""
    m = _GBT_CODE.search(text)
    if m:
        return _GBT_TYPES[m.group(1).upper()]
    kind = _infer_type(csl)
    container = str(csl.get("container-title") or "")
    if kind in ("book", "document") and not container and not csl.get("edition") and not csl.get("ISBN") \
            and any("literal" in a and "family" not in a for a in csl.get("author") or ()) \
            and (csl.get("publisher") or csl.get("publisher-place") or csl.get("URL")):
        return "report"  # a document an institution issued itself: "Socialstyrelsen. Riktlinjer. Stockholm; 2021."
    if kind == "document" and not container and csl.get("title") and csl.get("publisher-place"):
        return "book"  # "Madrid: Alfaguara" with the publisher missed is still a place of publication
    if kind in ("article-journal", "book", "document") and csl.get("container-title") and "volume" not in csl \
            and "issue" not in csl and _IN_CUE.search(text):
        return "chapter"
    return kind
