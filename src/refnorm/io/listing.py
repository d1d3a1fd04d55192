"""Reference lists inside text: reading entries with their labels, writing changed ones back.

Shared by the plain-text, Markdown and LaTeX adapters. Reading delegates the splitting to
`refnorm.split` (or the adapter's own splitter) and records, for each entry, the ``prefix``
(indentation, label and the space after it) and ``suffix`` (trailing whitespace) that a
rewrite keeps. Writing replaces only the entries that changed, one line per reference.

Glued entries split in two or more are written as consecutive entries with the list's own
label style. When the list is numbered sequentially (1, 2, 3... from any start) and the
document allows it, the parts take the next numbers and every following entry is renumbered
("3." becomes "3." and "4.", the old "4." becomes "5."). Otherwise the first part keeps the
label and the others get a letter ("3.", "3b.", "3c."), so that numbers cited elsewhere in
the document still point at the same work.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from refnorm.io.document import Document, Item
from refnorm.model import Entry, Span

__all__ = ["Splitter", "entry_items", "keep_comments", "number_of", "write_entries"]

Splitter = Callable[[str], list[Entry]]

_NUMBERED = re.compile(r"^(\D*?)(\d+)([a-z]?)(\D*)$")
_TRAILING_WS = re.compile(r"\s*\Z")


def default_split(text: str) -> list[Entry]:
    """`refnorm.split`, imported on first use so that reading adapters stays cheap."""
    from refnorm import split

    return split(text)


def number_of(label: str | None) -> int | None:
    """The number in a label such as ``"12."``, ``"[12]"``, ``"(12)"``, or None."""
    if not label:
        return None
    m = _NUMBERED.match(label.strip())
    return int(m.group(2)) if m and not m.group(3) else None


def _relabel(label: str, number: int, letter: str = "") -> str:
    m = _NUMBERED.match(label)
    if not m:
        return label
    return f"{m.group(1)}{number}{letter}{m.group(4)}"


def entry_items(text: str, region: Span, split: Splitter | None = None) -> list[Item]:
    """Split ``text[region]`` into entries, as items whose spans point into ``text``."""
    split = split or default_split
    part = region.slice(text)
    line0 = text.count("\n", 0, region.start)
    items = []
    for e in (piece for found in split(part) for piece in _letter_parts(found, split)):
        span = e.span.shift(region.start)
        raw = span.slice(text)
        lead = len(raw) - len(raw.lstrip())
        prefix = raw[:lead]
        if e.label:
            first_line = raw[lead:].split("\n", 1)[0]
            at = first_line.find(e.label)
            if at == 0:
                end = lead + len(e.label)
                while end < len(raw) and raw[end] in " \t\u00a0":
                    end += 1
                prefix = raw[:end]
        m = _TRAILING_WS.search(raw, len(prefix))
        suffix = raw[m.start():] if m else ""
        entry = Entry(e.text, span, raw, e.label, e.line + line0)
        items.append(Item("entry", span, raw, entry=entry, label=e.label, prefix=prefix, suffix=suffix))
    return items


def _letter_parts(entry: Entry, split: Splitter) -> list[Entry]:
    """The entry, cut where a line starts with its own label plus a letter ("2." then "2b.").

    That is how `write_entries` labels the parts of a split entry when it may not renumber, and
    the splitter reads such a line as the entry's continuation: without this, every split written
    that way would read back as one entry again (and `fix` would refuse it).
    """
    m = _NUMBERED.match(entry.label or "")
    if not m or m.group(3) or "\n" not in entry.raw:
        return [entry]
    mark = re.compile(r"(?m)^[ \t]*" + re.escape(m.group(1).strip()) + m.group(2) + r"[b-z]"
                      + re.escape(m.group(4).strip()) + r"(?=[ \t])")
    cuts = [c.start() for c in mark.finditer(entry.raw) if c.start() > 0]
    if not cuts:
        return [entry]
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(entry.raw)], strict=True):
        raw = entry.raw[a:b]
        stripped = raw.rstrip()
        lead = len(raw) - len(raw.lstrip())
        found = split(raw)
        if len(found) != 1:
            return [entry]  # not sure how to read a piece: the entry as the splitter gave it
        piece = found[0]
        label = piece.label
        body = piece.text
        if a == 0 and label != entry.label:
            return [entry]  # the first piece read alone lost its label: leave the entry whole
        if a > 0 and label is None:  # the splitter does not know "2b." as a label: take it off here
            label, _, body = raw[lead:].partition(" ")
            label = label.strip()
            body = " ".join(body.split())
        start = entry.span.start + a + (lead if a > 0 else 0)
        out.append(Entry(body, Span(start, entry.span.start + a + len(stripped)), entry.raw[start - entry.span.start:
                         a + len(stripped)], label, entry.line + entry.raw.count("\n", 0, a)))
    return out


def _is_sequential(items: Sequence[Item], steps: Sequence[int] | None = None) -> bool:
    """Whether the labels count up by one (or by ``steps[k]`` after the k-th item)."""
    numbers = [number_of(it.label) for it in items]
    if len(numbers) < 2 or any(n is None for n in numbers):
        return False
    steps = steps or [1] * len(numbers)
    return all(b == a + step for (a, b), step in zip(itertools.pairwise(numbers), steps, strict=False))  # type: ignore[operator]


def _separator(doc: Document, items: Sequence[Item]) -> str:
    """What goes between two entries of this list: a line break, or a blank line."""
    blank = 0
    for a, b in itertools.pairwise(items):
        gap = doc.text[a.span.end - len(a.suffix):b.span.start]
        if gap.count("\n") >= 2:
            blank += 1
    return doc.newline * (2 if items and blank * 2 > len(items) - 1 else 1)


def write_entries(
    doc: Document,
    items: Sequence[tuple[int, Item]],
    *,
    format_body: Callable[[str], str] = lambda s: s,
    part_prefix: Callable[[Item, int, int | None], str] | None = None,
) -> list[tuple[Span, str]]:
    """The span edits that write ``doc.edits`` for these (index, entry item) pairs of one list.

    ``part_prefix(item, k, number)`` builds the prefix of the k-th part (k >= 1) of a split entry,
    or of a renumbered entry (k = 0); by default it relabels the item's prefix.
    """
    plain = [it for _, it in items]
    counts = [len(doc.edits.get(i, ())) or 1 for i, _ in items]
    # Numbers the user already left room for ("3." glued with what should be 4, next label "5.")
    # are filled in without touching other labels; otherwise a sequential list is renumbered.
    fills_gaps = _is_sequential(plain, counts) and any(c > 1 for c in counts)
    renumber = fills_gaps or (doc.renumber and _is_sequential(plain))
    shifting = renumber and not fills_gaps
    sep = _separator(doc, plain)
    edits: list[tuple[Span, str]] = []
    shift = 0

    def prefix_for(item: Item, k: int, number: int | None) -> str:
        if part_prefix is not None:
            return part_prefix(item, k, number)
        if not item.label:
            return item.prefix
        head, _, tail = item.prefix.partition(item.label)
        if renumber and number is not None:
            return head + _relabel(item.label, number) + tail
        if k == 0:
            return item.prefix
        base = number_of(item.label)
        if base is None:  # bullets and the like repeat as they are
            return item.prefix
        return head + _relabel(item.label, base, chr(ord("a") + k)) + tail

    previous: Item | None = None
    for index, item in items:
        parts, before = doc.edits.get(index), previous
        previous = item
        own = number_of(item.label)
        number = own + shift if (renumber and own is not None) else own
        glued = before is not None and (
            before.span.end - len(before.suffix) > doc.text.rfind("\n", 0, item.span.start))
        if parts is None:
            if glued:  # cut from the line before by its number: its own line even when kept verbatim
                edits.append((Span(before.span.end, item.span.start), _line_break(doc, before)))
            if shift and renumber:
                new_prefix = prefix_for(item, 0, number)
                if new_prefix != item.prefix:
                    edits.append((Span(item.span.start, item.span.start + len(item.prefix)), new_prefix))
            continue
        span, lead = item.span, ""
        if glued:
            # glued onto the line of the entry before it (the splitter cut them apart by their
            # numbers): a rewritten entry starts its own line, indented as that one
            span = Span(before.span.end, item.span.end)
            lead = _line_break(doc, before)
        # the parts after the first start lines of their own, indented as the entry's line is
        # (its span may start after that indentation, which is then no part of its prefix)
        indent = lead[len(doc.newline):] if glued else _indent_before(doc, item)
        texts = [prefix_for(item, 0, number) + format_body(parts[0])]
        for k, body in enumerate(parts[1:], start=1):
            texts.append(indent + prefix_for(item, k, None if number is None else number + k) + format_body(body))
        edits.append((span, lead + sep.join(texts) + item.suffix))
        if shifting:
            shift += len(parts) - 1
    return edits


def keep_comments(doc: Document, edits: Sequence[tuple[Span, str]],
                  comment: re.Pattern[str]) -> list[tuple[Span, str]]:
    """The edits, each rewritten entry followed by the ``comment`` matches its old text held.

    Comments are the author's notes (LaTeX ``% check the volume``, Markdown ``<!-- ... -->``, a
    commented-out DOI or entry): the entry is parsed without them, and a rewrite must not silently
    delete them. They follow the entry in their order: a comment that had a line of its own on a
    line of its own again, an end-of-line comment at the end of the entry's new last line.
    """
    by_end = {it.span.end: (i, it) for i, it in enumerate(doc.items) if it.kind == "entry"}
    out = []
    for span, text in edits:
        i, item = by_end.get(span.end, (None, None))
        if item is None or doc.edits.get(i) is None:
            out.append((span, text))
            continue
        found = []  # (had a line of its own, its indentation, the comment)
        for m in comment.finditer(item.raw, len(item.prefix)):
            before = item.raw[item.raw.rfind("\n", 0, m.start()) + 1:m.start()]
            own = not before.strip()
            found.append((own, before if own else "", m.group(0).rstrip()))
        if not found:
            out.append((span, text))
            continue
        new = text[:len(text) - len(item.suffix)]
        for k, (own, indent, note) in enumerate(found):
            new += " " + note if k == 0 and not own else doc.newline + indent + note
        # a comment ends its line (LaTeX's would swallow what follows it on the line)
        ends_line = ("\n" in item.suffix or "\r" in item.suffix or span.end == len(doc.text)
                     or doc.text.startswith(("\n", "\r"), span.end))
        out.append((span, new + (item.suffix if ends_line else doc.newline + item.suffix)))
    return out


def _indent_before(doc: Document, item: Item) -> str:
    """The whitespace between the start of the item's line and its span ('' if anything else is there)."""
    gap = doc.text[doc.text.rfind("\n", 0, item.span.start) + 1:item.span.start]
    return gap if not gap.strip(" \t") else ""


def _line_break(doc: Document, before: Item) -> str:
    """A line break indented as the line the entry before starts on."""
    line_start = doc.text.rfind("\n", 0, before.span.start) + 1
    # the line's own indentation, whether the entry's span starts before it or after it
    indent = re.match(r"[ \t]*", doc.text[line_start:]).group(0)  # type: ignore[union-attr]
    return doc.newline + indent
