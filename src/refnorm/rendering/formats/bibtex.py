"""BibTeX out: CSL items as ``@article{leng2020transplantation, ...}`` entries.

Two flavours: UTF-8 (for biber/biblatex, and BibTeX engines that read UTF-8), where only the
characters special to LaTeX are escaped; and ``latex=True``, where accented letters, dashes and
quotes become LaTeX commands too (``{\\'e}``, ``--``), for classic BibTeX with 8-bit fonts.
Characters with no LaTeX spelling (CJK, Cyrillic) stay UTF-8 in both.

Inline CSL markup becomes LaTeX: ``<i>`` -> ``\\textit{}``, ``<b>`` -> ``\\textbf{}``,
``<sup>``/``<sub>``, small caps, and ``<span class="nocase">`` -> braces (BibTeX leaves the
case of braced text alone); acronyms in titles are braced for the same reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["BIBTEX_TYPES", "cite_key", "entries", "entry", "escape"]

#: CSL type -> BibTeX entry type (biblatex understands all of these; classic BibTeX styles
#: treat unknown fields as comments).
BIBTEX_TYPES = {
    "article-journal": "article", "article-magazine": "article", "article-newspaper": "article",
    "review": "article", "review-book": "article", "book": "book", "classic": "book",
    "chapter": "incollection", "entry-encyclopedia": "incollection", "entry-dictionary": "incollection",
    "entry": "incollection", "paper-conference": "inproceedings", "thesis": "phdthesis",
    "report": "techreport", "manuscript": "unpublished", "speech": "misc", "webpage": "misc",
    "post": "misc", "post-weblog": "misc", "dataset": "misc", "software": "misc", "standard": "misc",
    "patent": "misc", "document": "misc", "article": "misc", "periodical": "misc", "collection": "book",
}

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
            "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
            # not special to LaTeX, but "@word{" inside a value reads as a new entry to .bib parsers
            "@": "{@}"}

# LaTeX accent commands by Unicode combining mark (used in latex mode).
_ACCENTS = {"\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0308": '"', "\u030b": "H",
            "\u0327": "c", "\u030c": "v", "\u0306": "u", "\u0304": "=", "\u0307": ".", "\u030a": "r",
            "\u0328": "k", "\u0323": "d", "\u0331": "b"}
# Letters that are not a base letter plus accents, and typographic characters.
_LETTERS = {"ß": r"{\ss}", "ø": r"{\o}", "Ø": r"{\O}", "æ": r"{\ae}", "Æ": r"{\AE}", "œ": r"{\oe}",
            "Œ": r"{\OE}", "ł": r"{\l}", "Ł": r"{\L}", "ı": r"{\i}", "ȷ": r"{\j}", "đ": r"{\dj}",
            "Đ": r"{\DJ}", "þ": r"{\th}", "Þ": r"{\TH}", "ð": r"{\dh}", "Ð": r"{\DH}",
            "–": "--", "—": "---", "‘": "`", "’": "'", "“": "``", "”": "''", "«": r"\guillemotleft{}",
            "»": r"\guillemotright{}", "\u00a0": "~", "\u202f": r"\,", "\u2009": r"\,", "…": r"\ldots{}",
            "§": r"\S{}", "©": r"\textcopyright{}", "°": r"\textdegree{}", "±": r"$\pm$", "×": r"$\times$",
            "µ": r"$\mu$", "α": r"$\alpha$", "β": r"$\beta$", "γ": r"$\gamma$", "δ": r"$\delta$",
            "κ": r"$\kappa$", "λ": r"$\lambda$", "μ": r"$\mu$", "π": r"$\pi$", "σ": r"$\sigma$",
            "ω": r"$\omega$", "€": r"\texteuro{}", "£": r"\pounds{}"}

_TAGS = re.compile(r"<(/?)(i|b|em|strong|sup|sub|sc|span)\b([^>]*)>", re.IGNORECASE)
_OPEN = {"i": r"\textit{", "em": r"\textit{", "b": r"\textbf{", "strong": r"\textbf{",
         "sup": r"\textsuperscript{", "sub": r"\textsubscript{", "sc": r"\textsc{"}


def _latex_char(ch: str) -> str:
    if ch in _LETTERS:
        return _LETTERS[ch]
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if not marks or not base.isascii() or any(m not in _ACCENTS for m in marks):
        return ch  # no LaTeX spelling: keep it (UTF-8)
    out = r"\i" if base == "i" else base  # an accent on i goes on the dotless i
    for mark in marks:
        command = _ACCENTS[mark]
        out = f"\\{command}{{{out}}}" if command.isalpha() else f"\\{command}{out}"
    return "{" + out + "}"


def escape(text: str, *, latex: bool = False) -> str:
    """Text as LaTeX source: the ten special characters escaped; with ``latex``, non-ASCII letters
    and punctuation spelled as LaTeX commands where LaTeX has one."""
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        elif latex and ord(ch) > 127:
            out.append(_latex_char(ch))
        else:
            out.append(ch)
    return "".join(out)


def _markup(text: str, *, latex: bool, protect_acronyms: bool = False) -> str:
    """CSL inline HTML-ish markup to LaTeX, text escaped, every brace balanced."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _TAGS.finditer(text):
        out.append(_text(text[pos:m.start()], latex, protect_acronyms))
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if stack and stack[-1] == tag:
                stack.pop()
                out.append("}")
            continue
        if tag == "span":
            if "nocase" in attrs:
                out.append("{")
            elif "small-caps" in attrs:
                out.append(r"\textsc{")
            else:
                out.append("{")
        else:
            out.append(_OPEN[tag])
        stack.append(tag)
    out.append(_text(text[pos:], latex, protect_acronyms))
    out.extend("}" * len(stack))
    return "".join(out)


_ACRONYM = re.compile(r"\b(\w*[A-Z]\w*[A-Z]\w*)\b")


def _text(text: str, latex: bool, protect_acronyms: bool) -> str:
    if not protect_acronyms:
        return escape(text, latex=latex)
    # words with two capitals (DNA, mRNA, COVID-19's COVID) would be lower-cased by BibTeX: brace
    # them, found in the text before escaping (escapes such as {\AE} have capitals of their own)
    out, pos = [], 0
    for m in _ACRONYM.finditer(text):
        out.append(escape(text[pos:m.start()], latex=latex))
        out.append("{" + escape(m.group(1), latex=latex) + "}")
        pos = m.end()
    out.append(escape(text[pos:], latex=latex))
    return "".join(out)


def _name(name: Mapping[str, Any], latex: bool) -> str:
    """``von Last, Jr, First``; literal names and multi-word family names braced so that BibTeX
    does not split them."""
    if name.get("literal"):
        return "{" + escape(str(name["literal"]), latex=latex) + "}"
    family = str(name.get("family", "")).strip()
    given = str(name.get("given", "")).strip()
    suffix = str(name.get("suffix", "")).strip()
    particles = " ".join(str(name[k]).strip() for k in ("dropping-particle", "non-dropping-particle")
                         if name.get(k))
    if not family:
        return "{" + escape(given, latex=latex) + "}" if given else ""
    last = escape(family, latex=latex)
    if " " in family or "," in family or family.lower() == "and":
        last = "{" + last + "}"
    if particles:
        last = escape(particles, latex=latex) + " " + last
    given_text = escape(given, latex=latex)
    if re.search(r"\band\b", given, re.IGNORECASE):
        given_text = "{" + given_text + "}"  # BibTeX would split the name at "and"
    parts = [last] + ([escape(suffix, latex=latex)] if suffix else []) + ([given_text] if given else [])
    return ", ".join(parts)


def _names(names: Any, latex: bool) -> str | None:
    if not isinstance(names, list) or not names:
        return None
    return " and ".join(_name(n, latex) for n in names if isinstance(n, Mapping))


def _date_parts(value: Any) -> list[int] | None:
    if isinstance(value, Mapping):
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            try:
                return [int(p) for p in parts[0][:3]]
            except (TypeError, ValueError):
                return None
        raw = value.get("raw") or value.get("literal")
        if isinstance(raw, str):
            m = re.search(r"\b(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", raw)
            if m:
                return [int(g) for g in m.groups() if g]
    return None


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
         "đ": "d", "þ": "th", "ð": "d", "ı": "i"}
_KEY_STOPWORDS = frozenset({
    "a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "at", "by", "is", "are",
    "la", "le", "les", "l", "un", "une", "des", "de", "du", "el", "los", "las", "der", "die", "das",
    "ein", "eine", "und", "zur", "zum", "il", "lo", "gli", "i", "o", "os", "y", "et",
})


def _ascii_word(text: str) -> str:
    text = "".join(_FOLD.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum()).lower()


def cite_key(item: Mapping[str, Any]) -> str:
    """A readable key: first author's family name, year, first significant title word
    (``leng2020transplantation``). ASCII letters and digits only; parts that are missing or
    have no ASCII spelling are left out, and an item with nothing usable is ``ref``."""
    who = ""
    for role in ("author", "editor", "translator"):
        names = item.get(role)
        if isinstance(names, list) and names and isinstance(names[0], Mapping):
            first = names[0]
            who = str(first.get("family") or first.get("literal") or "")
            if first.get("literal"):
                who = who.split()[0] if who.split() else ""
            break
    parts = _date_parts(item.get("issued"))
    year = str(parts[0]) if parts else ""
    title = re.sub(r"<[^>]+>", "", str(_first(item.get("title")) or ""))
    word = ""
    for w in re.findall(r"[^\W_]+", title):
        folded = _ascii_word(w)
        if folded and folded not in _KEY_STOPWORDS:
            word = folded
            break
    who = _ascii_word(who)
    # no usable name: lead with the title word, so that keys still start with a letter
    key = who + year + word if who else word + year
    if not key or not key[0].isalpha():
        key = "ref" + key
    return key


def _pages(page: Any) -> str:
    return re.sub(r"\s*[-–—‐]+\s*", "--", str(page))


def entry(item: Mapping[str, Any], key: str | None = None, *, latex: bool = False) -> str:
    """One BibTeX entry for a CSL item."""
    csl_type = str(item.get("type") or "")
    kind = BIBTEX_TYPES.get(csl_type, "misc")
    container = _first(item.get("container-title"))
    if csl_type == "article" and container:
        kind = "article"  # a preprint with a journal-like container
    genre = str(item.get("genre") or "")
    if kind == "phdthesis" and re.search(r"master|magist|m\.?\s?sc|m\.?a\.|mémoire", genre, re.IGNORECASE):
        kind = "mastersthesis"
    fields: list[tuple[str, str]] = []

    def text(name: str, value: Any, *, acronyms: bool = False) -> None:
        value = _first(value)
        if value is None or value == "":
            return
        fields.append((name, _markup(str(value), latex=latex, protect_acronyms=acronyms)))

    def raw(name: str, value: Any) -> None:
        value = _first(value)
        # verbatim fields (DOI, URL): no escaping, so nothing that could unbalance the braces
        text = " ".join(re.sub(r"[{}\\]", "", str(value)).split()) if value is not None else ""
        if text:
            fields.append((name, text))

    for role, field in (("author", "author"), ("editor", "editor"), ("translator", "translator")):
        names = _names(item.get(role), latex)
        if names:
            fields.append((field, names))
    text("title", item.get("title"), acronyms=True)
    if kind == "article":
        text("journal", container)
        text("shortjournal", item.get("container-title-short"))
    elif kind in ("incollection", "inproceedings"):
        text("booktitle", container or item.get("event-title"))
    elif container:
        text("howpublished" if kind == "misc" else "booktitle", container)
    text("series", item.get("collection-title"))
    if kind == "inproceedings" and container and item.get("event-title") and item.get("event-title") != container:
        text("eventtitle", item.get("event-title"))
    text("edition", item.get("edition"))
    text("volume", item.get("volume"))
    if kind == "techreport":
        text("number", item.get("number"))
    else:
        text("number", item.get("issue"))
        if item.get("number") and csl_type in ("article-journal", "article"):
            text("eid", item.get("number"))
        elif item.get("number"):
            text("number" if not item.get("issue") else "note", item.get("number"))
    if item.get("page"):
        fields.append(("pages", escape(_pages(item["page"]), latex=latex)))
    publisher_field = {"phdthesis": "school", "mastersthesis": "school", "techreport": "institution"}
    text(publisher_field.get(kind, "publisher"), item.get("publisher"))
    text("address", item.get("publisher-place") or item.get("event-place"))
    if genre and kind in ("phdthesis", "mastersthesis", "techreport"):
        text("type", genre)
    parts = _date_parts(item.get("issued"))
    if parts:
        fields.append(("year", str(parts[0])))
        if len(parts) > 1 and 1 <= parts[1] <= 12:
            fields.append(("month", _MONTHS[parts[1] - 1]))  # a macro: no braces
    raw("doi", item.get("DOI"))
    raw("url", item.get("URL"))
    accessed = _date_parts(item.get("accessed"))
    if accessed:
        fields.append(("urldate", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(accessed))))
    raw("isbn", item.get("ISBN"))
    raw("issn", item.get("ISSN"))
    raw("pmid", item.get("PMID"))
    text("language", item.get("language"))
    text("note", item.get("note"))
    text("abstract", item.get("abstract"))
    keyword = item.get("keyword")
    if keyword:
        text("keywords", keyword)
    lines = [f"@{kind}{{{key or cite_key(item)},"]
    width = max((len(n) for n, _ in fields), default=0)
    for name, value in fields:
        wrapped = value if name == "month" else "{" + value + "}"
        lines.append(f"  {name.ljust(width)} = {wrapped},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def entries(items: Sequence[Mapping[str, Any]], *, latex: bool = False) -> list[str]:
    """BibTeX entries with unique keys (a second ``smith2020cells`` becomes ``smith2020cellsb``)."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        key = cite_key(item)
        n = seen.get(key, 0)
        seen[key] = n + 1
        if n:
            suffix = ""
            while True:  # b, c, ... z, ba, bb ... and never a key taken by another base
                suffix = _letters(n + 1)
                if key + suffix not in seen:
                    break
                n += 1
            key += suffix
            seen[key] = 1
        out.append(entry(item, key, latex=latex))
    return out


def _letters(n: int) -> str:
    """1 -> a, 2 -> b, ..., 26 -> z, 27 -> aa."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s
