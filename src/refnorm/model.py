"""The record refnorm passes along its pipeline.

A `Reference` is CSL-JSON at heart: its bibliographic content is a plain CSL-JSON mapping
(hyphenated variable names, names as ``{"family", "given"}`` or ``{"literal"}``, dates as
``{"date-parts": [[y, m, d]]}``). Around that content it carries what a tool needs to be honest
about its work: the source text and span it came from, which step set each field
(provenance), and typed diagnostics. Two references are equal when their CSL content is equal;
the annotations do not take part in equality, so ``Reference.from_csl(r.to_csl()) == r``.

Records are frozen: change them with :meth:`Reference.evolve` (or ``dataclasses.replace``),
which also records provenance.
"""

from __future__ import annotations

import copy
import enum
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = [
    "CSL_DATE_FIELDS",
    "CSL_NAME_FIELDS",
    "Diagnostic",
    "Entry",
    "Reference",
    "Severity",
    "Span",
]

# CSL 1.0.2 name and date variables (appendix IV of the specification).
CSL_NAME_FIELDS = frozenset({
    "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
    "curator", "director", "editor", "editorial-director", "editor-translator", "executive-producer",
    "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author",
    "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator",
    "translator",
})
CSL_DATE_FIELDS = frozenset({
    "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
})


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the text an item was read from."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        return text[self.start:self.end]

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Diagnostic:
    """Something a step noticed about a reference.

    ``code`` is a stable dotted identifier that programs can switch on (``"date.ambiguous"``,
    ``"doi.mismatch"``, ``"crossref.retracted"``, ``"parse.low-confidence"``...); ``message`` is
    for people; ``field`` names the CSL variable concerned, if any; ``data`` holds JSON-able
    details (for a DOI mismatch, both records).
    """

    code: str
    message: str
    severity: Severity = Severity.WARNING
    field: str | None = None
    source: str | None = None
    data: Mapping[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"code": self.code, "message": self.message, "severity": self.severity.value}
        if self.field is not None:
            d["field"] = self.field
        if self.source is not None:
            d["source"] = self.source
        if self.data:
            d["data"] = copy.deepcopy(dict(self.data))
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Diagnostic:
        return cls(
            code=str(d["code"]),
            message=str(d.get("message", "")),
            severity=Severity(d.get("severity", "warning")),
            field=d.get("field"),
            source=d.get("source"),
            data=d.get("data"),
        )


@dataclass(frozen=True)
class Entry:
    """One item of a reference list, as the splitter found it.

    ``raw`` is the exact source slice ``span.slice(document)`` (label, line breaks and all);
    ``text`` is the reference itself: label removed, wrapped lines joined with single spaces.
    ``label`` is the original numbering or bullet (``"1."``, ``"[12]"``, ``"12)"``, ``"-"``), or None.
    """

    text: str
    span: Span
    raw: str
    label: str | None = None
    line: int = 1  # 1-based line number of the entry's first line, for messages

    def __str__(self) -> str:
        return self.text


def _freeze_check(csl: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(csl, Mapping):
        raise TypeError(f"CSL-JSON item must be a mapping, not {type(csl).__name__}")
    return copy.deepcopy(dict(csl))


@dataclass(frozen=True, eq=False)
class Reference:
    """A bibliographic reference: a CSL-JSON item plus where it came from and what was noticed.

    ``csl`` is never mutated in place; use :meth:`evolve` to derive a changed record.
    """

    csl: Mapping[str, Any] = field(default_factory=dict)
    raw: str | None = None
    span: Span | None = None
    provenance: Mapping[str, str] = field(default_factory=dict)
    diagnostics: tuple[Diagnostic, ...] = ()
    confidence: float | None = None

    # -- CSL-JSON in and out -------------------------------------------------------------------
    def to_csl(self) -> dict[str, Any]:
        """Standard CSL-JSON for this reference (a fresh deep copy, safe to mutate)."""
        return copy.deepcopy(dict(self.csl))

    @classmethod
    def from_csl(
        cls,
        item: Mapping[str, Any],
        *,
        raw: str | None = None,
        span: Span | None = None,
        source: str | None = None,
    ) -> Reference:
        """Read a CSL-JSON item. Nothing is dropped or reinterpreted: ``to_csl`` gives it back.

        ``source``, when given, is recorded as the provenance of every field.
        """
        csl = _freeze_check(item)
        prov = {k: source for k in csl if k != "id"} if source else {}
        return cls(csl=csl, raw=raw, span=span, provenance=prov)

    # -- reading ---------------------------------------------------------------------------------
    def __getitem__(self, key: str) -> Any:
        return self.csl[key]

    def __contains__(self, key: object) -> bool:
        return key in self.csl

    def get(self, key: str, default: Any = None) -> Any:
        return self.csl.get(key, default)

    @property
    def type(self) -> str | None:
        return self.csl.get("type")

    @property
    def id(self) -> str | None:
        v = self.csl.get("id")
        return None if v is None else str(v)

    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is not Severity.INFO)

    # -- deriving --------------------------------------------------------------------------------
    def evolve(
        self,
        set: Mapping[str, Any] | None = None,
        *,
        drop: Iterable[str] = (),
        source: str | None = None,
        diagnostics: Iterable[Diagnostic] = (),
        **changes: Any,
    ) -> Reference:
        """A copy with CSL fields set or dropped, provenance recorded, diagnostics appended.

        ``changes`` passes other dataclass attributes through (``raw=``, ``span=``, ``confidence=``).
        A field whose value does not change keeps its old provenance.
        """
        csl = dict(self.csl)
        prov = dict(self.provenance)
        for k, v in (set or {}).items():
            if v is None or v == "" or v == [] or v == {}:
                if k in csl:
                    del csl[k]
                    prov.pop(k, None)
                continue
            if csl.get(k) != v:
                csl[k] = copy.deepcopy(v)
                if source:
                    prov[k] = source
        for k in drop:
            csl.pop(k, None)
            prov.pop(k, None)
        diags = self.diagnostics + tuple(diagnostics)
        return replace(self, csl=csl, provenance=prov, diagnostics=diags, **changes)

    def with_diagnostics(self, *diags: Diagnostic) -> Reference:
        return replace(self, diagnostics=self.diagnostics + diags)

    # -- equality and display --------------------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reference):
            return NotImplemented
        return dict(self.csl) == dict(other.csl)

    __hash__ = None  # type: ignore[assignment]  # mutable-looking content; equality is by value

    def to_dict(self) -> dict[str, Any]:
        """CSL-JSON plus refnorm's annotations, for JSON reports and batch output."""
        out: dict[str, Any] = {"csl": self.to_csl()}
        if self.raw is not None:
            out["raw"] = self.raw
        if self.span is not None:
            out["span"] = [self.span.start, self.span.end]
        if self.provenance:
            out["provenance"] = dict(self.provenance)
        if self.diagnostics:
            out["diagnostics"] = [d.to_dict() for d in self.diagnostics]
        if self.confidence is not None:
            out["confidence"] = self.confidence
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Reference:
        span = d.get("span")
        return cls(
            csl=_freeze_check(d.get("csl", {})),
            raw=d.get("raw"),
            span=Span(*span) if span else None,
            provenance=dict(d.get("provenance", {})),
            diagnostics=tuple(Diagnostic.from_dict(x) for x in d.get("diagnostics", ())),
            confidence=d.get("confidence"),
        )

    def __repr__(self) -> str:
        body = json.dumps(dict(self.csl), ensure_ascii=False, sort_keys=True)
        if len(body) > 160:
            body = body[:157] + "..."
        extra = f", {len(self.diagnostics)} diagnostics" if self.diagnostics else ""
        return f"Reference({body}{extra})"
