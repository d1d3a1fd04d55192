"""The normalisation pipeline: named steps over CSL records, in one place.

``normalize(refs)`` runs the default steps, in this order::

    unicode -> names -> dates -> pages -> identifiers -> titles -> types

Each step is a function ``(ref: Reference, ctx: Context) -> Reference`` that owns a set of CSL
fields (``STEPS[name].fields``), returns a new record (records are frozen), records provenance
``"normalize.<step>"`` on every field it changes, and reports problems as
:class:`~refnorm.model.Diagnostic` values on the record, never by printing or raising. Steps work
on records from any source: the parser's, a ``.bib`` file's (``"page": "216‑28"``), CSL-JSON with
``"DOI": "https://doi.org/10.1/X."``, ``"issued": {"raw": "9 mars 2020"}`` or
``{"literal": "Smith, J."}`` names. Every step is idempotent.

Callers pick steps by name or pass their own callables::

    normalize(refs, steps=["unicode", "dates", my_step], lang="fr")
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from refnorm.model import CSL_DATE_FIELDS, CSL_NAME_FIELDS, Diagnostic, Reference, Severity
from refnorm.normalizers import names as _names
from refnorm.normalizers.pages import normalize_pages
from refnorm.normalizers.titles import clean_title
from refnorm.normalizers.types import CSL_TYPES, TYPE_ALIASES, infer_type
from refnorm.normalizers.unicode import clean
from refnorm.parsing.identifiers import (
    find_access_date,
    normalize_doi,
    normalize_isbn,
    normalize_issn,
    normalize_pmcid,
    normalize_pmid,
)

__all__ = ["STEPS", "Context", "NamedStep", "Step", "default_steps", "get_step", "normalize"]


@dataclass(frozen=True)
class Context:
    """What every step may consult: the language hint and free-form options."""

    lang: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


class Step(Protocol):
    """A normalisation step: takes a record, returns the (possibly same) record."""

    def __call__(self, ref: Reference, ctx: Context) -> Reference: ...


@dataclass(frozen=True)
class NamedStep:
    """A registered step: its name, the CSL fields it owns (``None``: every text field), the function."""

    name: str
    fields: frozenset[str] | None
    run: Callable[[Reference, Context], Reference]
    doc: str = ""

    def __call__(self, ref: Reference, ctx: Context) -> Reference:
        return self.run(ref, ctx)


def _source(step: str) -> str:
    return f"normalize.{step}"


def _has_diag(ref: Reference, code: str, fld: str | None) -> bool:
    return any(d.code == code and d.field == fld for d in ref.diagnostics)


def _diag(ref: Reference, code: str, message: str, fld: str | None, step: str,
          severity: Severity = Severity.WARNING, data: Mapping[str, Any] | None = None) -> Diagnostic | None:
    """A diagnostic, or None when the record already carries it (steps are re-run)."""
    if _has_diag(ref, code, fld):
        return None
    return Diagnostic(code, message, severity, field=fld, source=_source(step), data=data)


def _finish(ref: Reference, changes: dict[str, Any], step: str, diags: list[Diagnostic | None],
            drop: Iterable[str] = ()) -> Reference:
    diags_ = [d for d in diags if d is not None]
    if not changes and not diags_ and not drop:
        return ref
    return ref.evolve(changes, source=_source(step), diagnostics=diags_, drop=drop)


# ------------------------------------------------------------------------------------- unicode
def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_value(v) for k, v in value.items()}
    return value


def unicode_step(ref: Reference, ctx: Context) -> Reference:
    """NFC, ligatures, odd spaces and invisible characters in every text value (quotes kept)."""
    changes: dict[str, Any] = {}
    for k, v in ref.csl.items():
        if k == "id":
            continue
        new = _clean_value(v)
        if new != v:
            changes[k] = new
    return _finish(ref, changes, "unicode", [])


# --------------------------------------------------------------------------------------- names
_COMPACT_INITIALS = re.compile(r"^[^\W\d_]{1,3}$")


def _tidy_name(name: dict[str, Any], lang: str | None) -> list[dict[str, Any]]:
    """One CSL name as found in a record -> the names it really holds (usually one)."""
    if "literal" in name and len(name) == 1 and isinstance(name["literal"], str):
        # A literal is kept unless it clearly holds people: "Smith, J." or "Smith J, Doe K";
        # "Urban & Vogel" stays the publisher it is.
        parsed = _names.parse_names(name["literal"], lang).names
        if parsed and all("given" in p for p in parsed):
            return [t for p in parsed for t in _tidy_name(p, lang)]
        return [name]
    family, given = name.get("family"), name.get("given")
    if isinstance(family, str) and not given and "," in family:
        parsed = _names.parse_names(family, lang).names
        if len(parsed) == 1 and "literal" not in parsed[0]:
            return _tidy_name({**{k: v for k, v in name.items() if k != "family"}, **parsed[0]}, lang)
        return [name]
    out = dict(name)
    if isinstance(family, str) and isinstance(given, str) and given:
        if family.isupper() and len(family) > 1 and not given.isupper():
            out["family"] = _names.restore_case(family)
        if _COMPACT_INITIALS.match(given) and given.isupper() and not family.isupper():
            out["given"] = _names.format_initials(given)
    return [out]


def names_step(ref: Reference, ctx: Context) -> Reference:
    """Name variables to CSL name objects: strings and ``literal``\\ s are parsed, capitals restored."""
    changes: dict[str, Any] = {}
    diags: list[Diagnostic | None] = []
    for fld in sorted(CSL_NAME_FIELDS & set(ref.csl)):
        value = ref.csl[fld]
        if isinstance(value, str):
            result = _names.parse_names(value, ctx.lang)
            target = fld
            if fld == "author" and result.role in ("editor", "translator") and result.role not in ref.csl:
                target = result.role
                changes["author"] = None
            changes[target] = [t for n in result.names for t in _tidy_name(n, ctx.lang)]
            if result.truncated:
                diags.append(_diag(ref, "names.truncated", "the name list ends in 'et al.'", target, "names",
                                   Severity.INFO))
            if result.same_as_previous:
                diags.append(_diag(ref, "names.same-as-previous",
                                   "the names are a repeated-author dash: same as the previous reference",
                                   target, "names", Severity.INFO))
            diags.extend(result.diagnostics)
            continue
        if not isinstance(value, list):
            diags.append(_diag(ref, "names.invalid", f"{fld} is not a list of names", fld, "names"))
            continue
        new: list[Any] = []
        for item in value:
            if isinstance(item, str):
                parsed = _names.parse_names(item, ctx.lang).names or [{"literal": item}]
                new.extend(t for n in parsed for t in _tidy_name(n, ctx.lang))
            elif isinstance(item, dict):
                new.extend(_tidy_name(item, ctx.lang))
            else:
                new.append(item)
        if new != value:
            changes[fld] = new
    return _finish(ref, changes, "names", diags)


# --------------------------------------------------------------------------------------- dates
def _date_parser() -> Callable[[str, str | None], dict[str, Any] | None] | None:
    try:
        from refnorm.normalizers.dates import parse_date
    except ImportError:  # written by a colleague; until it lands, dates pass through untouched
        return None
    return parse_date


def _date_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict) and "date-parts" not in value:
        for key in ("raw", "literal"):
            if isinstance(value.get(key), str):
                return value[key]
    return None


def _int_parts(value: Any) -> Any:
    """``{"date-parts": [["2020", "3"]]}`` -> ``[[2020, 3]]``; anything else unchanged."""
    if not isinstance(value, dict) or not isinstance(value.get("date-parts"), list):
        return value
    parts = []
    for row in value["date-parts"]:
        if not isinstance(row, list):
            return value
        new_row = []
        for x in row:
            if isinstance(x, str) and x.strip().lstrip("-").isascii() and x.strip().lstrip("-").isdigit():
                new_row.append(int(x))
            else:
                new_row.append(x)
        parts.append(new_row)
    return {**value, "date-parts": parts}


def dates_step(ref: Reference, ctx: Context) -> Reference:
    """Date variables written as text (``{"raw": "9 mars 2020"}``, ``"2020"``) to ``date-parts``."""
    parse_date = _date_parser()
    changes: dict[str, Any] = {}
    diags: list[Diagnostic | None] = []
    for fld in sorted(CSL_DATE_FIELDS & set(ref.csl)):
        value = ref.csl[fld]
        text = _date_text(value)
        if text is None:
            fixed = _int_parts(value)
            if fixed != value:
                changes[fld] = fixed
            continue
        if parse_date is None:
            continue
        try:
            date = parse_date(text, ctx.lang)
        except Exception as e:  # a bug in the date parser must not stop the pipeline
            diags.append(_diag(ref, "normalize.error", f"dates: {type(e).__name__}: {e}", fld, "dates",
                               Severity.ERROR))
            continue
        if date:
            changes[fld] = date
        elif not isinstance(value, dict) or "literal" not in value:
            diags.append(_diag(ref, "date.unparsed", f"cannot read {text!r} as a date", fld, "dates",
                               data={"text": text}))
    note = ref.csl.get("note")
    if "accessed" not in ref.csl and isinstance(note, str) and note:
        # "note": "Accessed 5 January 2021" (BibTeX, Zotero exports) is the access date
        found = find_access_date(note, ctx.lang)
        if found and "date-parts" in found[1]:
            span, date = found
            changes["accessed"] = date
            changes["note"] = (note[:span.start].rstrip(" ,;") + " " + note[span.end:].lstrip(" ,;.")).strip()
    return _finish(ref, changes, "dates", diags)


# --------------------------------------------------------------------------------------- pages
def pages_step(ref: Reference, ctx: Context) -> Reference:
    """``page``: one hyphen for every dash, compressed ranges expanded, labels dropped."""
    value = ref.csl.get("page")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return ref
    new = normalize_pages(value)
    return _finish(ref, {"page": new} if new != ref.csl.get("page") else {}, "pages", [])


# --------------------------------------------------------------------------------- identifiers
_ID_LABELS = re.compile(r"\b[ep]?-?(?:isbn|issn)(?:-1[03])?\s*:?\s*", re.IGNORECASE)
_MULTI_SEP = re.compile(r"\s*[,;]\s*|\s+(?=(?:97[89]|\d{4}-))")


def _normalize_list(value: str, fn: Callable[[str], str | None]) -> tuple[str, list[str]]:
    """Normalise a field that may hold several identifiers ("ISBN": "978..., 978...")."""
    parts = [p for p in _MULTI_SEP.split(_ID_LABELS.sub("", value).strip()) if p]
    good, bad = [], []
    for p in parts:
        n = fn(p)
        (good if n else bad).append(n or p)
    return ", ".join(good + bad), bad


_ISBN_LABEL = re.compile(r"^\s*isbn(?:-1[03])?\s*:?\s*", re.IGNORECASE)


def _tidy_isbn(value: str) -> str | None:
    """A valid ISBN keeps the hyphens it was written with (they help readers); the label goes."""
    if normalize_isbn(value) is None:
        return None
    return re.sub(r"[\s\u2010\u2013]+", "-", _ISBN_LABEL.sub("", value).strip().rstrip(".")).upper()


def _trim_url(url: str) -> str:
    """Spaces, angle brackets and the sentence's punctuation off a URL's ends, until none is left
    ("0 ;" gave "0 " and a second pass "0": the step was not idempotent)."""
    start, end = 0, len(url)
    while start < end and (url[start] in "<>" or url[start].isspace()):
        start += 1
    while end > start and (url[end - 1] in "<>.,;" or url[end - 1].isspace()):
        end -= 1
    return url[start:end]


def identifiers_step(ref: Reference, ctx: Context) -> Reference:
    """DOI, ISBN, ISSN, PMID, PMCID and URL in their canonical forms; bad checksums reported."""
    changes: dict[str, Any] = {}
    diags: list[Diagnostic | None] = []
    drop: list[str] = []
    csl = ref.csl
    doi = csl.get("DOI")
    if isinstance(doi, str):
        n = normalize_doi(doi)
        if n is None:
            diags.append(_diag(ref, "doi.invalid", f"{doi!r} is not a DOI", "DOI", "identifiers"))
        elif n != doi:
            changes["DOI"] = n
    url = csl.get("URL")
    if isinstance(url, str):
        u = _trim_url(url)
        if u.lower().startswith("www."):
            u = "http://" + u
        as_doi = normalize_doi(u) if "doi.org/" in u.lower() else None
        if as_doi and not isinstance(doi, str):
            changes["DOI"] = as_doi
            drop.append("URL")
        elif as_doi and normalize_doi(doi) and as_doi.casefold() == (normalize_doi(doi) or "").casefold():
            drop.append("URL")
        elif u != url:
            changes["URL"] = u
    for fld, fn, code in (("ISBN", _tidy_isbn, "isbn.invalid"), ("ISSN", normalize_issn, "issn.invalid")):
        value = csl.get(fld)
        if isinstance(value, str) and value.strip():
            new, bad = _normalize_list(value, fn)
            if new != value:
                changes[fld] = new
            if bad:
                diags.append(_diag(ref, code, f"{fld} {', '.join(bad)} fails its checksum", fld, "identifiers",
                                   data={"values": bad}))
    for fld, fn in (("PMID", normalize_pmid), ("PMCID", normalize_pmcid)):
        value = csl.get(fld)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str):
            n = fn(value)
            if n and n != csl.get(fld):
                changes[fld] = n
            elif not n:
                diags.append(_diag(ref, f"{fld.lower()}.invalid", f"{value!r} is not a {fld}", fld, "identifiers"))
    return _finish(ref, changes, "identifiers", diags, drop)


# -------------------------------------------------------------------------------------- titles
_TITLE_FIELDS = ("title", "title-short", "original-title", "reviewed-title", "volume-title", "event-title",
                 "collection-title", "container-title", "container-title-short")


def _clean_title_field(value: str, fld: str) -> str:
    new = clean_title(value, abbreviated=fld.startswith("container"))
    # a short container title is an abbreviation by definition: "IEEE Spectr." keeps its period
    if fld == "container-title-short" and value.rstrip().endswith(".") and new[-1:].isalpha():
        new += "."
    return new


def titles_step(ref: Reference, ctx: Context) -> Reference:
    """Titles without enclosing quotes, medium markers ("[Internet]") or trailing separators."""
    changes: dict[str, Any] = {}
    for fld in _TITLE_FIELDS:
        value = ref.csl.get(fld)
        if isinstance(value, str):
            new: Any = _clean_title_field(value, fld)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            new = [_clean_title_field(v, fld) for v in value]
        else:
            continue
        if new != value:
            changes[fld] = new
    return _finish(ref, changes, "titles", [])


# --------------------------------------------------------------------------------------- types
def types_step(ref: Reference, ctx: Context) -> Reference:
    """A missing or foreign ``type`` becomes a CSL type: mapped when known, else inferred from the fields."""
    current = ref.csl.get("type")
    if isinstance(current, str) and current in CSL_TYPES:
        return ref
    if isinstance(current, str) and current.strip().lower() in TYPE_ALIASES:
        new = TYPE_ALIASES[current.strip().lower()]
    elif isinstance(current, str) and current.strip().lower() in CSL_TYPES:
        new = current.strip().lower()
    else:
        new = infer_type(ref.csl)
    return _finish(ref, {"type": new}, "types", [])


# ------------------------------------------------------------------------------------ registry
STEPS: Mapping[str, NamedStep] = MappingProxyType({
    s.name: s for s in (
        NamedStep("unicode", None, unicode_step, "NFC, ligatures, spaces, invisible characters"),
        NamedStep("names", CSL_NAME_FIELDS, names_step, "name strings and literals to CSL names"),
        NamedStep("dates", CSL_DATE_FIELDS | {"note"}, dates_step, "date text to date-parts; access dates in notes"),
        NamedStep("pages", frozenset({"page"}), pages_step, "page ranges"),
        NamedStep("identifiers", frozenset({"DOI", "ISBN", "ISSN", "PMID", "PMCID", "URL"}), identifiers_step,
                  "DOI, ISBN, ISSN, PMID, PMCID, URL"),
        NamedStep("titles", frozenset(_TITLE_FIELDS), titles_step, "title punctuation and medium markers"),
        NamedStep("types", frozenset({"type"}), types_step, "CSL type"),
    )
})


def default_steps() -> list[str]:
    """The names of the steps :func:`normalize` runs by default, in order."""
    return list(STEPS)


def get_step(step: str | Step) -> Step:
    """A step by name, or the callable itself."""
    if callable(step):
        return step
    try:
        return STEPS[step]
    except (KeyError, TypeError):  # (TypeError: a list or a dict is no step name either)
        from refnorm.errors import ConfigError

        raise ConfigError(f"unknown normalisation step {step!r}; known: {', '.join(STEPS)}") from None


def _step_name(step: Step) -> str:
    return getattr(step, "name", None) or getattr(step, "__name__", None) or type(step).__name__


def normalize(
    refs: Reference | Mapping[str, Any] | Iterable[Reference | Mapping[str, Any]],
    steps: Sequence[str | Step] | None = None,
    *,
    lang: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> list[Reference]:
    """Run normalisation steps over references; returns new records in the same order.

    ``refs`` may be one :class:`Reference`, a CSL-JSON mapping, or an iterable of either.
    ``steps`` are names from :data:`STEPS` or callables ``(ref, ctx) -> ref``; ``None`` runs
    :func:`default_steps`. A step that fails on a record leaves it as it was and adds a
    ``normalize.error`` diagnostic; nothing raises for odd records.
    """
    if isinstance(refs, Reference | Mapping):
        refs = [refs]
    if isinstance(steps, str):  # one step by name, not its letters
        steps = [steps]
    resolved = [get_step(s) for s in (default_steps() if steps is None else steps)]
    ctx = Context(lang=lang, options=dict(options or {}))
    out: list[Reference] = []
    for ref in refs:
        if not isinstance(ref, Reference):
            ref = Reference.from_csl(ref)
        for step in resolved:
            try:
                ref = step(ref, ctx)
            except Exception as e:  # one bad record or step must not sink a whole bibliography
                ref = ref.with_diagnostics(Diagnostic(
                    "normalize.error", f"{_step_name(step)}: {type(e).__name__}: {e}", Severity.ERROR,
                    source=_source(_step_name(step)),
                ))
        if out and _same_as_previous(ref):
            ref = _fill_from_previous(ref, out[-1])
        out.append(ref)
    return out


def _same_as_previous(ref: Reference) -> bool:
    return any(d.code == "names.same-as-previous" for d in ref.diagnostics) and not ref.csl.get(
        next((d.field for d in ref.diagnostics if d.code == "names.same-as-previous"), "author") or "author")


def _fill_from_previous(ref: Reference, previous: Reference) -> Reference:
    """"———. 2005. Another book.": the dash stands for the previous reference's names."""
    fld = next(d.field for d in ref.diagnostics if d.code == "names.same-as-previous") or "author"
    names = previous.csl.get(fld) or previous.csl.get("author")
    if not isinstance(names, list) or not names:
        return ref
    return ref.evolve({fld: names}, source=_source("names"))
