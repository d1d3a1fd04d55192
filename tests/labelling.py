"""Hand-written labellings for the label repairs' tests: the repairs are tested on the labeler's mistakes, whatever
the labeler does on a given day."""

from __future__ import annotations

from typing import Any

import refnorm
from refnorm.parsing.fields import Segment, record_from_segments, segments
from refnorm.parsing.repair import repair_labels
from refnorm.parsing.tokens import Token, tokenize


def labelled(text: str, *pieces: tuple[str, str]) -> tuple[list[Token], list[str]]:
    """Tokens of ``text`` and labels: each (label, substring) piece labels its tokens, the rest is "O"."""
    toks = tokenize(text)
    labels = ["O"] * len(toks)
    pos = 0
    for label, sub in pieces:
        start = text.index(sub, pos)
        end = start + len(sub)
        for i, t in enumerate(toks):
            if start <= t.start and t.end <= end:
                labels[i] = label
        pos = end
    return toks, labels


def field(toks: list[Token], labels: list[str], label: str, text: str) -> str | None:
    """The text of the first span labelled ``label``."""
    for seg in segments(toks, [x.lstrip("^") for x in labels]):
        if seg.label == label:
            return text[seg.start:seg.end]
    return None


def labelled_as_read(text: str, spans: list[tuple[str, str]]) -> tuple[list[Token], list[str]]:
    """Tokens of ``text`` and labels as a labeler might give them: each ``(piece, label)`` labels the tokens of the
    next occurrence of ``piece`` (a closing full stop, comma, semicolon or colon stays O), everything else is O; the
    first labelled token opens the reference ("^")."""
    toks = tokenize(text)
    labels = ["O"] * len(toks)
    pos = 0
    for piece, label in spans:
        a = text.index(piece, pos)
        b = pos = a + len(piece)
        inside = [k for k, t in enumerate(toks) if a <= t.start < b]
        if toks[inside[-1]].text in ".,;:":
            inside = inside[:-1]
        for k in inside:
            labels[k] = label
    first = next(k for k, x in enumerate(labels) if x != "O")
    labels[first] = "^" + labels[first]
    return toks, labels


def repaired_fields(text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """:func:`labelled_as_read`'s labels after the repairs, read back as ``{label: text of its first segment}``."""
    toks, labels = labelled_as_read(text, spans)
    fields: dict[str, str] = {}
    for seg in segments(toks, repair_labels(toks, labels)):
        fields.setdefault(seg.label, text[seg.start:seg.end])
    return fields


def one_record(text: str) -> dict:
    """The CSL-JSON of ``text``'s one reference (the test fails, showing them, when the line parses to another number)."""
    refs = refnorm.parse(text)
    assert len(refs) == 1, [r.to_csl() for r in refs]
    return refs[0].to_csl()


def hand_record(text: str, *pieces: tuple[str, str], lang: str | None = None) -> dict[str, Any]:
    """The record ``fields`` makes of hand-labelled ``pieces``: (label, substring) in order of appearance, each
    substring found after the previous one."""
    segs, pos = [], 0
    for i, (label, sub) in enumerate(pieces):
        start = text.index(sub, pos)
        segs.append(Segment(label, start, start + len(sub), i, i))
        pos = start + len(sub)
    csl, _ = record_from_segments(text, segs, lang)
    return csl
