"""``refnorm.parse``: one entry of a reference list in, zero, one or several references out.

The pipeline for one entry::

    text ─unicode clean─▶ tokens ─CRF labeler─▶ labels ─split points─▶ one token range per reference
         ─is it a reference?─▶ segments ─normalisers─▶ CSL-JSON + type + diagnostics ─▶ Reference

Offsets survive every step: the cleaner returns an offset map, tokens keep their offsets, so each
Reference's ``span`` points into the caller's text (into the document when an :class:`Entry` is
given) and ``raw`` is exactly that slice.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from refnorm.model import Diagnostic, Entry, Reference, Severity, Span
from refnorm.normalizers.types import PHYSICAL_KINDS, physical_fields
from refnorm.normalizers.unicode import clean_with_offsets, may_need_mending
from refnorm.parsing.confidence import confidence, evidence
from refnorm.parsing.debris import Debris, find_debris
from refnorm.parsing.entries import is_reference, split_points
from refnorm.parsing.fields import SOURCE, infer_type, record_from_segments, segments, translations_to_note
from refnorm.parsing.labeler import Labeler, default_labeler
from refnorm.parsing.legal import cited_act_number, is_act_title, legal_fields
from refnorm.parsing.lexicon import CIRCLED_NUMBERS, FURTHER_WORDS
from refnorm.parsing.repair import repair_labels
from refnorm.parsing.tokens import Token, tokenize

__all__ = ["LOW_CONFIDENCE", "confidence_features", "parse", "parse_tokens"]

# Below this confidence (more likely wrong than right) a parse is flagged "parse.low-confidence";
# `refnorm fix` has its own threshold (``min_confidence``), chosen from `bench/confidence.py --fix`.
LOW_CONFIDENCE = 0.50
_MAX_CHARS = 20_000
# characters the unicode cleaner would change (spaces, invisible marks, ligatures, U+2010/2011, controls)
_NEEDS_CLEAN = re.compile(
    "[\x00-\x1f\x7f-\xa0\xad\u0132\u0133\u01c4-\u01cc\u01f1-\u01f3\u061c\u1680\u180e\u2000-\u200f"
    "\u2010\u2011\u2028-\u202f\u205f-\u206f\u3000\ufb00-\ufb06\ufeff\ufff9-\ufffc]"
)  # one entry longer than this is not a reference; do not feed it to the CRF whole


def parse(entry: str | Entry, lang: str | None = None, *, labeler: Labeler | None = None) -> list[Reference]:
    """Parse one reference-list entry into references.

    Returns ``[]`` for a line that is not a reference (a note, heading, "Ibid.", web debris), one
    :class:`Reference` normally, several when references were glued onto one line. Every
    Reference has a CSL ``type``, ``raw``/``span`` pointing into the input, provenance ``"parse"``
    on each field, a ``confidence`` in [0, 1] and diagnostics. Never raises on any string.

    >>> [r["container-title"] for r in parse("Leng Z. Stem cells. Aging Dis. 2020;11(2):216-28.")]
    ['Aging Dis']
    """
    text = entry.text if isinstance(entry, Entry) else entry
    try:
        if not isinstance(text, str):
            raise TypeError(f"parse() takes a str or an Entry, not {type(entry).__name__}")
        refs = _parse_text(text, lang, labeler or default_labeler())
        if isinstance(entry, Entry):
            refs = [place_in_document(r, entry) for r in refs]
        return refs
    except TypeError:
        raise
    except Exception as exc:  # never lose an entry to a bug: hand it back unparsed, flagged
        return [_unparsed(text, entry, exc)]


def parse_tokens(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """The labeler's view of ``text`` after the label repairs: ``(token, label)`` pairs, for debugging."""
    cleaned, _, _ = _prepared(text)
    toks = tokenize(cleaned)
    lab = default_labeler().label(cleaned, toks)
    return [(t.text, label) for t, label in zip(toks, repair_labels(toks, lab.labels), strict=True)]


def confidence_features(text: str, lang: str | None = None) -> list[dict[str, float]]:
    """The evidence the confidence of each reference of ``parse(text)`` was computed from (for fitting it:
    ``bench/confidence.py --fit``), in the order ``parse`` returns them."""
    trace: list[dict[str, float]] = []
    _parse_text(text, lang, default_labeler(), trace)
    return trace


def _clean(text: str) -> tuple[str, Sequence[int]]:
    """Unicode clean-up with an offset map; plain ASCII text needs none (the common case, made cheap)."""
    if ((text.isascii() and text.isprintable()) or (
        not _NEEDS_CLEAN.search(text) and unicodedata.is_normalized("NFC", text)
    )) and not may_need_mending(text):
        return text, range(len(text))
    return clean_with_offsets(text)


def _prepared(text: str) -> tuple[str, Sequence[int], Debris | None]:
    """``text`` cleaned and without the furniture pasted around the reference ("APA\t", "[Google Scholar]"), the
    offset map into ``text``, and that furniture (None when there is none)."""
    cleaned, offs = _clean(text)
    debris = find_debris(text)
    if debris is not None:
        cleaned, offs = _without(cleaned, offs, debris)
        if debris.stops:
            cleaned, offs = _with_stops(cleaned, offs, debris.stops)
    return cleaned, offs, debris


def _with_stops(cleaned: str, offs: Sequence[int], stops: Sequence[int]) -> tuple[str, list[int]]:
    """``cleaned`` with a full stop before the space that stands for each of ``stops`` (line breaks in the caller's
    text between the fields of a record copied line by line), pointing at that line break."""
    at = set(stops)
    out: list[str] = []
    where: list[int] = []
    for ch, o in zip(cleaned, offs, strict=False):
        if o in at and ch == " ":
            out.append(".")
            where.append(o)
        out.append(ch)
        where.append(o)
    return "".join(out), where


def _without(cleaned: str, offs: Sequence[int], debris: Debris) -> tuple[str, list[int]]:
    """``cleaned`` without the characters that stand, in the caller's text, in one of ``debris``'s cuts, and
    the offset map of what is left (into the caller's text, as ``offs`` is)."""
    keep: list[int] = []
    cuts = iter(debris.cuts)
    cut = next(cuts, None)
    for i, o in enumerate(offs[:len(cleaned)]):
        while cut is not None and o >= cut.end:
            cut = next(cuts, None)
        if cut is None or o < cut.start:
            keep.append(i)
    return "".join(cleaned[i] for i in keep), [offs[i] for i in keep]


def _parse_text(text: str, lang: str | None, labeler: Labeler,
                trace: list[dict[str, float]] | None = None) -> list[Reference]:
    """``parse`` without its safety net; ``trace`` (when given) receives each reference's confidence evidence."""
    if not text.strip() or len(text) > _MAX_CHARS:
        return []
    if "@" in text[:40] and _BIBTEX_ENTRY.match(text) and (records := _bibtex_records(text)):
        return records
    if "TY" in text[:10] and (records := _ris_records(text)):
        return records
    cleaned, offs, debris = _prepared(text)
    tokens = tokenize(cleaned)
    if not tokens:
        return []
    lab = labeler.label(cleaned, tokens)
    labels = repair_labels(tokens, lab.labels)
    segs = segments(tokens, labels)
    probability, relabelled = _repaired_probability(labeler, cleaned, tokens, lab.labels, labels, lab.probability)
    bounds = [0, *split_points(labels, segs, tokens), len(tokens)]
    if len(bounds) > 2 and legal_fields(cleaned, lang) is not None:
        # an act or a decision read whole by its pattern is one reference, however labelled; but a footnote's word
        # saying another follows is a cut ("…, poz. 31; zob. też M. Zielonka, Glosa …")
        bounds = [0, *(b for b in bounds[1:-1] if _after_further_words(tokens, b)), len(tokens)]
    glued = len(bounds) > 2
    refs: list[Reference] = []
    for a, b in itertools.pairwise(bounds):
        if glued:
            # each piece of a glued line is labelled again on its own: the labeler was trained on
            # single references, and the neighbour's fields no longer pull on this one's labels
            sub_tokens, sub_labels, sub_segs, probability, relabelled = _relabel(cleaned, tokens[a:b], labeler)
        else:  # one reference: the line's own tokens, labels and segments (nothing after this reads them)
            sub_tokens, sub_labels, sub_segs = tokens, labels, segs
        sub_text = cleaned[sub_tokens[0].start:sub_tokens[-1].end]
        ok, _why = is_reference(sub_text, sub_tokens, sub_labels, sub_segs)
        if not ok:
            continue
        extra = _identifiers_of(debris, offs, tokens, a, b) if debris is not None and debris.identifiers else {}
        refs.append(_reference(text, cleaned, offs, sub_tokens, sub_segs, lang, probability, relabelled, trace,
                               extra))
    return _same_names_as_previous(refs) if len(refs) > 1 else refs


def _after_further_words(tokens: Sequence[Token], b: int) -> bool:
    """The cut at ``b`` follows a semicolon and the words saying another reference follows ("; zob. też", "; vgl.")."""
    k = b - 1
    while k > 0 and (tokens[k].text in FURTHER_WORDS or tokens[k].text == "."):
        k -= 1
    return tokens[k].text == ";" and (tokens[b].text in FURTHER_WORDS
                                      or any(t.text in FURTHER_WORDS for t in tokens[k + 1:b]))


# a BibTeX entry pasted as a reference ("@article{nakamura2021, author = {…}, …}"): its fields say what each part is,
# so the BibTeX reader reads it, not the labeler (and a RIS record, "TY  - JOUR" …, the RIS reader)
_BIBTEX_ENTRY = re.compile(r"\s*@[A-Za-z]+\s*[{(]\s*[^\s,{}()=]*\s*,\s*[A-Za-z][\w-]*\s*=")


def _bibtex_records(text: str) -> list[Reference]:
    """The references of the BibTeX entries ``text`` is made of (none when it holds other text or none is read)."""
    from refnorm.errors import InputError
    from refnorm.io import bibtex  # (bibtexparser loads only for a pasted entry)

    try:
        doc = bibtex.read(text)
    except InputError:
        return []
    items = [it for it in doc.items if it.record is not None]
    covered = sum(len(it.raw) for it in items)
    if not items or len(text.strip()) - covered > 10 or doc.meta.get("warnings"):
        return []  # (prose around the entry, or a block bibtexparser could not read: the labeler reads it all)
    out = []
    for it in items:
        csl = {k: v for k, v in dict(it.record or {}).items() if k != "id"}
        ref = Reference.from_csl(csl, raw=it.raw, span=it.span, source="bibtex")
        out.append(ref.evolve({}, confidence=0.95))
    return out


def _ris_records(text: str) -> list[Reference]:
    """The references of the RIS records ``text`` is made of ("TY  - JOUR" … "ER  -"), read by their tags."""
    from refnorm.io import ris

    if not ris.is_ris(text.lstrip()):
        return []
    starts = [m.start() for m in re.finditer(r"(?m)^\s*TY  ?- ", text)]
    records = ris.records(text)
    if len(records) != len(starts):
        return []
    bounds = [*starts, len(text.rstrip())]
    return [Reference.from_csl(csl, raw=text[a:b].rstrip(), span=Span(a, a + len(text[a:b].rstrip())),
                               source="ris").evolve({}, confidence=0.95)
            for csl, (a, b) in zip(records, itertools.pairwise(bounds), strict=True)]


def _same_names_as_previous(refs: list[Reference]) -> list[Reference]:
    """A glued line's reference that opens with the repeated-author dash ("… Press, 2014. ———. “Strike Songs …” …")
    and has no names of its own takes the names of the reference before it, as :func:`refnorm.normalize` does between
    the entries of a list (there by the `names.same-as-previous` diagnostic; here the dash is the piece's first token,
    which the labeler leaves outside every field)."""
    out: list[Reference] = []
    for ref in refs:
        if out and _SAME_NAMES.match(ref.raw or "") and not (ref.csl.get("author") or ref.csl.get("editor")):
            names = out[-1].csl.get("author")
            if isinstance(names, list) and names:
                ref = ref.evolve({"author": [dict(x) for x in names]}, source=SOURCE)
        out.append(ref)
    return out


def _identifiers_of(debris: Debris, offs: Sequence[int], tokens: Sequence[Token], a: int, b: int) -> dict[str, str]:
    """The fields of the identifiers cut out with the furniture (HAL's "⟨10.4000/…⟩. ⟨halshs-…⟩") that stand
    in the piece ``tokens[a:b]`` of a line: after its start and before the next piece's."""
    lo = offs[tokens[a].start] if a else -1
    hi = offs[tokens[b].start] if b < len(tokens) else float("inf")
    out: dict[str, str] = {}
    for ident in debris.identifiers:
        if lo <= ident.span.start < hi:
            if ident.kind == "HAL":  # CSL has no HAL field: the archive and its identifier there
                out.setdefault("archive", "HAL")
                out.setdefault("archive_location", ident.value)
            else:
                out.setdefault(ident.kind, ident.value)
    return out


# the repeated-author dash opening a reference ("———.", "⸻,", "---."): the names of the reference before it
_SAME_NAMES = re.compile(r"(?:[\u2012-\u2015]{2,}|[\u2e3a\u2e3b]|-{2,}|_{2,})\s*[.,:;]")
# (or a circled number, as Chinese and Japanese footnotes number theirs)
_ENTRY_NUMBER = re.compile(rf"^[\[(]?\d{{1,4}}[\]).:]?$|^[{''.join(sorted(CIRCLED_NUMBERS))}]$")


def _relabel(cleaned: str, tokens: Sequence[Token], labeler: Labeler
             ) -> tuple[list[Token], list[str], list[Any], float, float]:
    """Label one piece of a glued line alone; tokens, labels and segments keep offsets into ``cleaned``.

    The piece's own entry number ("4." in "…30183-5 4. Guan W-J") is set aside, as the list splitter
    sets it aside for an entry of its own: the labeler reads the reference as it reads any other."""
    k = next((k for k in range(min(4, len(tokens) - 1), 0, -1)
              if _ENTRY_NUMBER.match("".join(t.text for t in tokens[:k]))), 0)
    start = tokens[k].start
    piece = cleaned[start:tokens[-1].end]
    local = tokenize(piece)
    lab = labeler.label(piece, local)
    repaired = repair_labels(local, lab.labels)
    probability, relabelled = _repaired_probability(labeler, piece, local, lab.labels, repaired, lab.probability)
    labels = ["citation-number" if t.text.isdigit() else "O" for t in tokens[:k]] + repaired
    shifted = list(tokens[:k]) + [t._replace(start=t.start + start, end=t.end + start) for t in local]
    if len(shifted) > k:
        shifted[k] = shifted[k]._replace(space_before=tokens[k].space_before,
                                         newline_before=tokens[k].newline_before)
    return shifted, labels, segments(shifted, labels), probability, relabelled


def _repaired_probability(labeler: Labeler, text: str, tokens: Sequence[Token], model: Sequence[str],
                          repaired: Sequence[str], probability: float) -> tuple[float, float]:
    """The probability a parse's confidence starts from, and the share of tokens the repair rules
    relabelled: the labeler's probability of its whole labelling, or, when the rules relabelled
    tokens, the labeler's that every word token they left has its label. A rule that reads "(CCS '19),
    November 11–15, 2019, London" as a meeting's date and place answers for those tokens; the model's
    doubt about them is no doubt about the record."""
    if model == repaired:  # no rule relabelled a token (99% of references): one comparison in C, no per-token strip
        return probability, 0.0
    same = [a.lstrip("^") == b.lstrip("^") for a, b in zip(model, repaired, strict=True)]
    if all(same):
        return probability, 0.0
    # the punctuation is freed too: the rule moved a field's edge, and which side of it a full stop or a
    # comma falls on changes nothing in the record (the same forward pass, so no extra cost)
    keep = [s and t.text[:1].isalnum() for s, t in zip(same, tokens, strict=True)]
    kept = labeler.kept_probability(text, tokens, keep)
    return (probability if kept is None else kept), same.count(False) / len(same)


# (only "report" words: a series of "Berichte" or "Informes" numbers its volumes, as the golds read them)
_REPORT_SERIES = re.compile(r"rapport|\breport\b|working\s+paper|discussion\s+paper", re.IGNORECASE)


_SERIES_AND_NUMBER = re.compile(r"([^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*){0,3})\s+(\d+(?:[:/.-]\d+)+)")
_DATABASE_THEN_LINK = re.compile(r"\d\.\s+([A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3}),\s+(?:https?://|www\.|doi)")
_GENRE_AND_NUMBER = re.compile(r"([^\W\d_][^\d]*[^\W\d_])(?:\s+(?:No|Nr|n)\.)?\s+([A-Z]*[A-Z-]*\d[\w/.:-]*)")
_SERIES_NOUN = re.compile(r"[^\W\d_A-Z]{4,}")  # (a word in small letters: "publicatie", "notitie")
_NUMBER_WORD = re.compile(r"(?:n|no|nr|num|number|nummer|numéro|número|numero|núm|č|číslo|№)\.?", re.IGNORECASE)
_SERIES_WORD = re.compile(r"(?:colecci[óo]n|cole[çc][ãa]o|collection|collana|reihe|schriftenreihe|serie|series|"
                          r"seria|série|edice|kolekcja|biblioteca|bibliothèque)\b", re.IGNORECASE)


def _reference(
    text: str, cleaned: str, offs: Sequence[int], tokens: Sequence[Token], segs: Sequence[Any], lang: str | None,
    probability: float, relabelled: float, trace: list[dict[str, float]] | None = None,
    extra: dict[str, str] | None = None,
) -> Reference:
    """The record of one reference's segments, with its confidence: ``probability`` the labeler's (of the
    tokens no rule relabelled), ``relabelled`` the share of tokens a repair rule relabelled."""
    ref_text = cleaned[tokens[0].start:tokens[-1].end]
    csl, diags = record_from_segments(cleaned, segs, lang)
    for key, value in (extra or {}).items():
        csl.setdefault(key, value)
    legal = legal_fields(ref_text, lang)
    if legal is not None:
        csl = legal  # an act with its gazette, a case in Bluebook form: their conventions fix the fields
        translations_to_note(csl)
    else:
        kind = infer_type(csl, ref_text)
        if isinstance(csl.get("title"), str) and is_act_title(csl["title"]) and kind in ("article-journal", "book"):
            kind = "legislation"  # "Zákon č. 248/2022 Sb., …. In: Sbírka zákonů": an act, not an article
        if kind == "legislation" and isinstance(title := csl.get("title"), str):
            if cited := cited_act_number(title):
                csl = {**csl, "number": cited}  # a Czech act's number is given apart too ("254/2001 Sb.")
            elif isinstance(csl.get("number"), str) and csl["number"] in title:
                csl = {k: v for k, v in csl.items() if k != "number"}  # an act's number stays in the title that holds it
        if kind == "motion_picture" and "editor" in csl and "author" not in csl:
            # "Margaret Holloway, dir., The Last Schoolroom (…), DVD.": a film has no editor; the director, whom "dir."
            # made one (as French "(dir.)" does), is its author (CSL's director; the golds write author)
            csl = {("author" if k == "editor" else k): v for k, v in csl.items()}
        if kind == "report" and "number" not in csl and isinstance(csl.get("collection-number"), str) \
                and _REPORT_SERIES.search(str(csl.get("collection-title", ""))):
            # "(Rapporti ISTISAN 23/12)", "SGU-rapport 2018:07": a report series' number is the report's own
            csl = {("number" if k == "collection-number" else k): v for k, v in csl.items()}
        elif "collection-number" not in csl and isinstance(csl.get("number"), str) and "collection-title" in csl and (
                kind in ("book", "thesis") or (kind == "report" and _SERIES_WORD.match(str(csl["collection-title"])))):
            # "Colección Estudios, n.º 48", "Reihe Politik, Nr. 12", a thesis's "Acta Universitatis agriculturae
            # Sueciae 2019:45": a book series' number is the volume's in it
            csl = {("collection-number" if k == "number" else k): v for k, v in csl.items()}
        elif kind == "report" and "collection-title" not in csl and isinstance(csl.get("number"), str) \
                and (m := _SERIES_AND_NUMBER.match(csl["number"])) and not _NUMBER_WORD.fullmatch(m.group(1)) \
                and _SERIES_NOUN.search(m.group(1)):
            # "SCP-publicatie 2021-14", "CPB-notitie 2020-07": the report series' name, then the report's number in
            # it (an acronym alone, "SOU 2020:46", "Ds 2018:41", "WSRL 2020-07", is read as part of the number: the
            # golds split)
            csl = {**csl, "collection-title": m.group(1), "number": m.group(2)}
        elif kind == "report" and "number" not in csl and isinstance(csl.get("genre"), str) \
                and (m := _GENRE_AND_NUMBER.fullmatch(csl["genre"])):
            # "Research report DFE-RR1187", "Technical Report TR-2019-04": the kind of report, then its number
            csl = {**csl, "genre": m.group(1), "number": m.group(2)}
        if kind == "article-journal" and isinstance(csl.get("publisher"), str) and "page" in csl \
                and (m := _DATABASE_THEN_LINK.search(ref_text)) and m.group(1) == csl["publisher"]:
            # MLA's second container, "…, pp. 38–65. JSTOR, www.jstor.org/stable/26867412.": the database the
            # article was read in is its source, no publisher of the journal
            csl = {("source" if k == "publisher" else k): v for k, v in csl.items()}
        if kind in PHYSICAL_KINDS:
            # "1 DVD, 82 min.", "Box 4, folder 17": no volume, no page; a patent's kind and filing date; a talk's event
            csl = physical_fields(csl, kind, ref_text)
        csl = {"type": kind, **csl}
    features = evidence(csl, segs, probability, relabelled=relabelled, legal=legal is not None)
    if trace is not None:
        trace.append(features)
    conf = confidence(features)
    start = offs[tokens[0].start]
    end = offs[tokens[-1].end - 1] + 1
    if conf < LOW_CONFIDENCE:
        diags.append(Diagnostic("parse.low-confidence", f"this parse is more likely wrong than right (confidence {conf:.2f})",
                                Severity.WARNING, source=SOURCE, data={"confidence": round(conf, 3)}))
    return Reference(
        csl=csl, raw=text[start:end], span=Span(start, end),
        provenance={k: SOURCE for k in csl}, diagnostics=tuple(diags), confidence=round(conf, 4),
    )


def _align(text: str, raw: str) -> list[int] | None:
    """For each character of an entry's ``text``, its index in ``raw`` (label removed and wrapped
    lines joined by the splitter: whitespace in ``text`` matches any whitespace run in ``raw``)."""
    if not text.isprintable():  # whitespace other than single " " (tabs, line breaks, no-break spaces)
        return _align_by_character(text, raw)
    # a word at a time: the greedy match of its characters one by one gives consecutive positions when
    # the word stands verbatim at ``j`` (nearly always), so only the other words are walked per character.
    # (A printable text has no whitespace but " ": its words, split at each space, hold none.)
    out: list[int] = []
    j = 0
    n = len(raw)
    for w, word in enumerate(text.split(" ")):
        if w:  # the space before this word: the next whitespace run of raw
            while j < n and not raw[j].isspace():
                j += 1  # a hyphen or label the splitter dropped
            if j >= n:
                return None
            out.append(j)
            while j < n and raw[j].isspace():
                j += 1
        if raw.startswith(word, j):
            out.extend(range(j, j + len(word)))
            j += len(word)
            continue
        for ch in word:
            k = raw.find(ch, j)
            if k < 0:
                return None
            out.append(k)
            j = k + 1
    return out


def _align_by_character(text: str, raw: str) -> list[int] | None:
    """:func:`_align` one character at a time, for any whitespace."""
    out: list[int] = []
    j = 0
    n = len(raw)
    for ch in text:
        if ch.isspace():
            while j < n and not raw[j].isspace():
                j += 1  # a hyphen or label the splitter dropped
            if j >= n:
                return None
            out.append(j)
            while j < n and raw[j].isspace():
                j += 1
            continue
        k = raw.find(ch, j)
        if k < 0:
            return None
        out.append(k)
        j = k + 1
    return out


def place_in_document(ref: Reference, entry: Entry) -> Reference:
    """``ref``, parsed from ``entry.text``, with its span moved onto the document ``entry`` came from
    (``parse(entry)`` is ``parse(entry.text)`` placed so: callers that parsed the text once reuse it)."""
    if ref.span is None:
        return ref
    amap = _align(entry.text, entry.raw)
    s, e = ref.span.start, ref.span.end
    if amap and e > s:
        span = Span(entry.span.start + amap[s], entry.span.start + amap[e - 1] + 1)
    else:
        span = ref.span.shift(entry.span.start)
    return Reference(csl=ref.csl, raw=ref.raw, span=span, provenance=ref.provenance,
                     diagnostics=ref.diagnostics, confidence=ref.confidence)


def _unparsed(text: str, entry: str | Entry, exc: Exception) -> Reference:
    base = entry.span.start if isinstance(entry, Entry) else 0
    return Reference(
        csl={"type": "document", "note": text}, raw=text, span=Span(base, base + len(text)),
        provenance={"type": SOURCE, "note": SOURCE}, confidence=0.0,
        diagnostics=(Diagnostic("parse.failed", f"internal error while parsing: {exc!r}", Severity.ERROR,
                                source=SOURCE),),
    )
