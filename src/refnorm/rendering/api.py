"""`refnorm.render`: references to a formatted bibliography, or to a data format.

::

    render(refs, style="vancouver", locale="fr-FR", format="text")   # the whole list, style order
    render_entries(refs, style="ieee")                                # one string per ref, input order

Styled formats (``text``, ``html``, ``markdown``) go through the CSL processor
(:mod:`refnorm.rendering.citeproc`) with the style that :func:`~refnorm.rendering.styles.resolve_style`
finds; data formats (``csl-json``, ``csl-yaml``, ``bibtex``, ``bibtex-latex``, ``ris``) write the
items themselves and ignore the style and locale.

Styles that print abbreviated journal titles (``form="short"``: the Vancouver family, Nature,
IEEE...) get ``container-title-short`` filled from the journal lists when an article lacks one
(:func:`~refnorm.rendering.journals.fill_container_title_short`); ``abbreviate_journals=False``
renders the items exactly as given.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any
from xml.etree import ElementTree

from refnorm.errors import ConfigError
from refnorm.model import Reference
from refnorm.normalizers.unicode import CJK_CHARS
from refnorm.rendering import formats, journals
from refnorm.rendering.styles import Style, resolve_style, without_author_substitute

__all__ = ["render", "render_entries"]

# A numbered style's label: "1.", "[1]", "(1)", "1" - the citation number and its affixes.
_TEXT_LABEL = re.compile(r"^(?P<label>[^\s\d]*(?P<num>\d+)[^\s\d]*)(?:\s+|$)")
_HTML_LABEL = re.compile(
    r'^(?P<head>\s*<div class="csl-entry">\s*)<div class="csl-left-margin">(?P<label>.*?)</div>'
    r'<div class="csl-right-inline">(?P<body>.*)</div>(?P<tail>\s*</div>\s*)$', re.DOTALL)


def _items(refs: Iterable[Reference | Mapping[str, Any]], *, styled: bool = False) -> list[dict[str, Any]]:
    """Plain CSL-JSON items. For the CSL processor (``styled``) a shallow copy with "et al." marks:
    it only reads the values (a deep copy was 7% of `render_entries`); data formats get deep copies."""
    items = []
    for n, ref in enumerate(refs):
        if isinstance(ref, Reference):
            if styled:
                item = dict(ref.csl)
                _mark_truncated(item, ref)
            else:
                item = ref.to_csl()
            items.append(item)
        elif isinstance(ref, Mapping):
            item = dict(ref)
            doi = item.get("DOI")
            if isinstance(doi, str) and (m := _DOI_PREFIX.match(doi)):
                item["DOI"] = doi[m.end():]  # styles print their own "https://doi.org/" before the DOI
            items.append(item)
        else:
            raise TypeError(f"reference {n + 1} is a {type(ref).__name__}, not a Reference or CSL-JSON mapping")
    return items


_DOI_PREFIX = re.compile(r"\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)


# A name list that ended with "et al." in the source is incomplete: the parser records that as a
# `names.truncated` diagnostic, not as an author. To print it, a private-use placeholder name goes
# at the end of the list; when the style truncates the list itself the placeholder vanishes with
# the names it drops, otherwise it is replaced by the locale's "et al." term after rendering.
_ETAL = "\ue0a0"
_ETAL_SLOT = re.compile(
    r"(?:\s*(?:,|;|&amp;|&#38;|&|\band\b|\bet\b|\bund\b|\by\b|\bi\b|\be\b|\bи\b|、|和|與)\s*)*"
    r"(?:<[^<>]*>)*" + _ETAL + r"(?:</[^<>]*>)*")
_CJK_TERM = re.compile(f"^[{CJK_CHARS}]")


def _mark_truncated(item: dict[str, Any], ref: Reference) -> None:
    for d in ref.diagnostics:
        if d.code == "names.truncated":
            names = item.get(d.field or "author")
            if isinstance(names, list) and names and names[-1] != {"literal": _ETAL}:
                item[d.field or "author"] = [*names, {"literal": _ETAL}]  # a new list: the item is a shallow copy


@functools.cache
def _etal_term(locale: str) -> str:
    """The locale's "et-al" term ("et al.", "u. a.", "и др.", "等")."""
    from refnorm.rendering.patches.locales import LOCALES_DIR, resolve_locale

    try:
        root = ElementTree.parse(LOCALES_DIR / f"locales-{resolve_locale(locale)}.xml").getroot()
    except (OSError, ElementTree.ParseError):
        return "et al."
    for term in root.iter("{http://purl.org/net/xbiblio/csl}term"):
        if term.get("name") == "et-al" and term.get("form", "long") == "long" and term.text:
            return term.text.strip()
    return "et al."


def _restore_etal(text: str, locale: str) -> str:
    if _ETAL not in text:
        return text
    term = _etal_term(locale)
    glue = "" if _CJK_TERM.match(term) else ", "
    out = _ETAL_SLOT.sub(lambda m: glue + term, text)
    if term.endswith("."):
        out = out.replace(term + ".", term)
    return out.replace(_ETAL, "")


@dataclass(frozen=True)
class _Entry:
    index: int  # position in the input
    text: str  # as the processor printed it (label included)
    label: str | None  # a numbered style's label ("1.", "[1]") as printed
    number: int | None  # the number inside the label


def _styled(items: list[dict[str, Any]], style: Style, locale: str, output: str,
            abbreviate_journals: bool) -> list[_Entry]:
    """Entries in the style's order, each knowing its input position and label."""
    from refnorm.rendering.citeproc import bibliography

    if abbreviate_journals and style.short_container_title:
        items = journals.fill_many(items)
    # Our own ids: the user's may be missing or repeated, and we map entries back by id.
    keyed = [{**item, "id": f"refnorm-{n}"} for n, item in enumerate(items)]
    rendered = [(i, _restore_etal(text, locale))
                for i, text in bibliography(keyed, style.path, locale=locale, output=output)]
    if items and not rendered:
        raise ConfigError(f"CSL style {style.name!r} has no bibliography layout: nothing to render")
    out = []
    for position, (item_id, text) in enumerate(rendered, 1):
        index = int(str(item_id).rsplit("-", 1)[1])
        label = number = None
        if style.numeric:
            label, number = _label(text, output, position)
        out.append(_Entry(index, text, label, number))
    return out


def _label(text: str, output: str, position: int) -> tuple[str | None, int | None]:
    """The citation-number label at the start of an entry, if it carries the expected number."""
    if output == "html":
        m = _HTML_LABEL.match(text)
        if not m:
            return None, None
        label = m.group("label")
        num = re.search(r"\d+", label)
        return (label, int(num.group())) if num else (None, None)
    m = _TEXT_LABEL.match(text)
    if not m or int(m.group("num")) != position:
        return None, None
    return m.group("label"), position


def _without_label(entry: _Entry, output: str) -> str:
    if entry.label is None:
        return entry.text
    if output == "html":
        m = _HTML_LABEL.match(entry.text)
        assert m is not None  # _label matched it
        return f'<div class="csl-entry">{m.group("body")}</div>'
    return entry.text[_TEXT_LABEL.match(entry.text).end():]  # type: ignore[union-attr]


def _renumbered(entry: _Entry, output: str, number: int) -> str:
    if entry.label is None or entry.number == number:
        return entry.text
    label = re.sub(r"\d+", str(number), entry.label, count=1)
    if output == "html":
        m = _HTML_LABEL.match(entry.text)
        assert m is not None
        return (f'{m.group("head")}<div class="csl-left-margin">{label}</div>'
                f'<div class="csl-right-inline">{m.group("body")}</div>{m.group("tail")}')
    return label + entry.text[len(entry.label):]


def _undash_out_of_order(entries: list[_Entry], items: list[dict[str, Any]], style: Style, locale: str,
                         output: str, abbreviate_journals: bool) -> list[_Entry]:
    """Entries whose repeated author the style replaced with a dash, but whose neighbour in the
    user's list is another entry, get their author back (rendered without the substitution)."""
    if not style.author_substitute:
        return entries
    misplaced = {entry.index for before, entry in itertools.pairwise(entries) if before.index != entry.index - 1}
    if not misplaced:
        return entries
    plain = replace(style, path=without_author_substitute(style), author_substitute=False)
    again = {e.index: e for e in _styled(items, plain, locale, output, abbreviate_journals)}
    return [again[e.index] if e.index in misplaced and e.index in again else e for e in entries]


def _locale(style: Style, locale: str | None) -> str:
    return locale or style.default_locale or "en-US"


def render(refs: Iterable[Reference | Mapping[str, Any]], style: str = "apa", locale: str | None = None,
           format: str = "text", *, abbreviate_journals: bool = True) -> str:
    """The whole bibliography, in the style's order, as one string.

    ``style``: a name ("vancouver", "apa", "ieee", "harvard"...), a CSL style id, or a ``.csl`` path.
    ``locale``: a CSL locale ("fr-FR"); by default the style's own ``default-locale``, else en-US.
    An unknown locale raises `LocaleNotFoundError`, an unknown style `StyleNotFoundError`.
    ``format``: ``text`` (entries one a line), ``html`` (a ``csl-bib-body`` div), ``markdown``
    (entries as paragraphs), or a data format: ``csl-json``, ``csl-yaml``, ``bibtex``,
    ``bibtex-latex``, ``ris`` (in input order; style and locale do not apply).
    """
    fmt = formats.check_format(format)
    items = _items(refs, styled=fmt not in formats.DATA_FORMATS)
    if fmt in formats.DATA_FORMATS:
        return formats.data_text(items, fmt)
    resolved = resolve_style(style)
    output = "text" if fmt == "text" else "html"
    entries = _styled(items, resolved, _locale(resolved, locale), output, abbreviate_journals)
    if fmt == "text":
        return "\n".join(e.text for e in entries)
    if fmt == "markdown":
        from refnorm.rendering.formats.markdown import from_html

        return "\n\n".join(from_html(e.text) for e in entries)
    if not entries:
        return ""
    body = "\n".join("  " + e.text.strip() for e in entries)
    return f'<div class="csl-bib-body">\n{body}\n</div>\n'


def render_entries(refs: Iterable[Reference | Mapping[str, Any]], style: str = "apa", locale: str | None = None,
                   format: str = "text", number: bool = False, *,
                   abbreviate_journals: bool = True) -> list[str]:
    """One string per reference, in **input order**, for rewriting a list in place.

    The references are rendered together (so year suffixes such as 2020a/2020b are consistent),
    then put back in the order given. In numbered styles the citation-number label is left out,
    since the list keeps its own numbering; with ``number=True`` it is kept and shows the entry's
    input position (the first reference is "1." whatever the style's sort). Other arguments as
    in :func:`render`; data formats give one record per reference.
    """
    fmt = formats.check_format(format)
    items = _items(refs, styled=fmt not in formats.DATA_FORMATS)
    if fmt in formats.DATA_FORMATS:
        return formats.data_entries(items, fmt)
    resolved = resolve_style(style)
    output = "text" if fmt == "text" else "html"
    entries = _styled(items, resolved, _locale(resolved, locale), output, abbreviate_journals)
    entries = _undash_out_of_order(entries, items, resolved, _locale(resolved, locale), output,
                                   abbreviate_journals)
    out = [""] * len(items)
    for entry in entries:
        text = _renumbered(entry, output, entry.index + 1) if number else _without_label(entry, output)
        if fmt == "markdown":
            from refnorm.rendering.formats.markdown import from_html

            text = from_html(text)
        out[entry.index] = text.strip() if output == "text" else text
    return out
