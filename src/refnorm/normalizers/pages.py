"""Page fields: one hyphen for every dash, compressed ranges expanded, labels dropped.

CSL wants ``page`` as plain text such as ``"216-228"`` and lets the style compress or join it
(``page-range-format``). Pasted references write the same range as ``pp. 216–28``, ``S. 216‑228``,
``с. 216—228`` or ``216--228``. :func:`normalize_pages` turns all of them into ``216-228``, and
leaves alone what it cannot read as pages (it never guesses a number).

Expansion follows the usual rule: the second number of ``1451-4`` takes its missing leading
digits from the first (``1451-1454``). A range whose expansion would not increase
(``99-1``) is left as written, and ``39-39`` becomes ``39``. Prefixes repeat (``S12-15`` ->
``S12-S15``); electronic article numbers (``e1234``) and roman numerals (``xii-xv``) stay.
"""

from __future__ import annotations

import re

__all__ = ["expand_range", "first_page", "normalize_pages"]

# Every dash and hyphen a page range is written with, longest first so "---" is one dash.
_DASHES = re.compile(r"\s*(?:-{2,3}|[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d~\u301c]|(?<=\d) - (?=\w)|-)\s*")
# Labels before pages in many languages: pp., p., pages, S., Seite(n), с., стр., pág(s)., págs.,
# s. (Polish, Czech, Scandinavian), str., ss., blz., sid., old. (Hungarian), pagg.
_LABEL = re.compile(
    r"^(?:pp?|pgs?|pages?|pag(?:es|g|s)?|págs?|págins?|página|s|ss|seiten?|str|стр|с|ст|сс|blz|sid|old"
    r"|lk|art|articles?|no|nr)(?:\.\s*|\s+)",  # "Art. no. 1234" (IEEE) loses both labels
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s.,;:]+$")
# Chinese and Japanese page marks around the numbers: "第12-15页", "12-15頁", "12〜15ページ", "12-15쪽"
_CJK_LABEL = re.compile(r"^第\s*|\s*(?:页|頁|ページ|쪽|면)$")
# full-width ASCII ("ｐｐ．１２－１５") read as ASCII
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_MOJIBAKE_DASH = re.compile(r"^(\d{2,})([?e])(\d{2,})$")
_THOUSANDS = re.compile(r"(?<=\b\d{2})\s(?=\d{3}\b)")
# French and SI typography: a thin or narrow no-break space inside a number is always a thousands separator;
# a plain one is when both ends of a range have it ("1 035-1 040")
_THIN_THOUSANDS = re.compile(r"(?<=\d)[\u2009\u202f](?=\d{3}\b)")
_SPACED_RANGE = re.compile(r"^(\d{1,3}) (\d{3})-(\d{1,3}) (\d{3})$")
_COUNT = re.compile(r"^(\d+)\s*(?:pp?|pages|s|seiten|с|стр|sider|sivua|old|str|blz|págs?)\.?$", re.IGNORECASE)
# One page: optional letter prefix (S, e, A, R, PL...), digits, optional letter suffix (12a).
_PAGE = re.compile(r"^([A-Za-z]{0,3})(\d+)([A-Za-z]?)$")
_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*[,;]\s*|\s+(?:and|&|und|et|y|e|i|и)\s+")
_RANGE_PAIR = re.compile(r"^([^\s-]+)-([^\s-]+)$")
_DIGITS_RANGE = re.compile(r"[0-9]+-[0-9]+")  # "216-28": most page fields


def expand_range(start: str, end: str) -> str:
    """The full form of the second page of a range: ``expand_range("1451", "4") == "1454"``.

    Prefixes repeat (``("S12", "15") -> "S15"``). When the pages are not comparable numbers, or
    the expansion would run backwards, ``end`` comes back unchanged.
    """
    ms, me = _PAGE.match(start), _PAGE.match(end)
    if not ms or not me:
        return end
    s_pre, s_num, _ = ms.groups()
    e_pre, e_num, e_suf = me.groups()
    if e_pre and e_pre.lower() != s_pre.lower():
        return end
    if len(e_num) < len(s_num):
        full = s_num[: len(s_num) - len(e_num)] + e_num
        if int(full) < int(s_num):
            return end
        e_num = full
    return (e_pre or s_pre) + e_num + e_suf


def _one_range(part: str) -> str:
    m = _RANGE_PAIR.match(part)
    if not m:
        return part
    start, end = m.groups()
    if _ROMAN.match(start) and _ROMAN.match(end):
        return f"{start}-{end}"
    full = expand_range(start, end)
    if full == start:
        return start
    return f"{start}-{full}"


def _one_part(part: str) -> str:
    part = part.strip()
    label = _LABEL.match(part)
    if label and label.end() < len(part):
        part = part[label.end():]
    part = _DASHES.sub("-", part).strip("-") if any(c in part for c in "-‐‑‒–—―−⁃﹘﹣－~〜") else part
    return _one_range(part)


# "and the following page(s)": German "S. 12 f." / "12 ff.", Latin "12 et seq." stay, after the page
# ("12f" without a space or a period may be a page with a letter, like "12a")
_FOLLOWING = re.compile(r"^(.*?\d)(?:\s+(ff?|et\s+seq|et\s+sqq?|sqq?)\.?|\s*(ff?|et\s+seq|sqq?)\.)$", re.IGNORECASE)


def normalize_pages(text: str) -> str:
    """Normalise a page field: ``"pp. 216‑28."`` -> ``"216-228"``; unreadable text is only trimmed."""
    following = _FOLLOWING.match(text.strip()) if "f" in text.lower() or "s" in text.lower() else None
    if following:
        head = normalize_pages(following.group(1))
        mark = " ".join((following.group(2) or following.group(3)).lower().split())
        return f"{head} {mark}." if head else head
    out = _normalize_once(text)
    # Removing a label or a dash can expose another ("pp. p. 5", ".-"): settle on a fixed point,
    # so that the pipeline's steps stay idempotent.
    for _ in range(3):
        if out == text:
            break
        text, out = out, _normalize_once(out)
    return out


def _normalize_once(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = _TRAILING.sub("", text)
    if text.isascii() and text.isdigit():  # the common case: a single page or article number
        return text
    if _DIGITS_RANGE.fullmatch(text):  # the other common case: no label, dash, space or bracket to handle
        return _one_range(text)
    if not text.isascii():
        text = _TRAILING.sub("", _CJK_LABEL.sub("", text.translate(_FULL_WIDTH)))
    if "\u00ad" in text or "\u200b" in text:
        text = text.replace("\u00ad", "").replace("\u200b", "")
    # "(pp. 23-64)" and an unbalanced "244-54)": the brackets belong to the sentence, not the pages
    if text[:1] in "([" and text[-1:] in ")]" and text[1:-1].count("(") == text[1:-1].count(")"):
        text = text[1:-1].strip()
    elif text[-1:] == ")" and text.count("(") < text.count(")"):
        text = _TRAILING.sub("", text[:-1])
    # mojibake of the en dash from PDFs: "96?120", Elsevier's "523e531"
    if "?" in text or "e" in text:
        text = _MOJIBAKE_DASH.sub(lambda m: m.group(1) + "-" + m.group(3) if m.group(2) == "?" or int(
            m.group(3)) > int(m.group(1)) else m.group(), text)
    if "\u2009" in text or "\u202f" in text:
        text = _THIN_THOUSANDS.sub("", text)
    if " " in text:  # "45 329-45 336": a space as thousands separator
        text = _THOUSANDS.sub("", text)
        spaced = _SPACED_RANGE.match(_DASHES.sub("-", text)) if " " in text else None
        if spaced:
            text = "{}{}-{}{}".format(*spaced.groups())
    # "581 p.", "312 pp.", "245 S.": a page count written where pages go
    count = _COUNT.match(text)
    if count:
        return count.group(1)
    label = _LABEL.match(text)
    if label and label.end() < len(text):
        text = text[label.end():]
    parts = _LIST_SEP.split(text)
    if len(parts) > 1 and all(p and p[0].isalnum() for p in parts):
        return ", ".join(_one_part(p) for p in parts)
    return _one_part(text)


_FIRST = re.compile(r"^[^\s,;-]+")


def first_page(text: str) -> str | None:
    """The first page of a page field (``"pp. 216–28"`` -> ``"216"``), or None when there is none."""
    norm = normalize_pages(text)
    m = _FIRST.match(norm)
    if not m:
        return None
    page = m.group()
    return page if any(c.isdigit() for c in page) or _ROMAN.match(page) else None
