"""Hand-written labellings for the label repairs' tests: the repairs are tested on the labeler's mistakes, whatever
the labeler does on a given day."""

from __future__ import annotations

from refnorm.parsing.fields import segments
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
