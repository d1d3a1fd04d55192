"""The shortcuts `fix` takes for speed give what the long way gives.

- `enrichment.match.known_features`: the DOI check (`verify_known`) reaches the same verdict with it
  as with all of `features_of`, on real Crossref records and references that agree or disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refnorm.enrichment.match import features_of, known_features, verify_known
from refnorm.enrichment.merge import work_to_csl

DATA = Path(__file__).parent / "data" / "crossref" / "works.jsonl"


def _works() -> list[dict]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _variants(csl: dict) -> list[dict]:
    """The record as it is, and as a reference that disagrees with it in one or two fields, or lacks some."""
    out = [csl]
    out.append({k: v for k, v in csl.items() if k != "title"})  # no title: the string decides
    out.append({**csl, "title": "An entirely different subject of study"})
    out.append({**csl, "volume": "999", "page": "1-2"})
    out.append({**csl, "author": [{"family": "Nobody", "given": "A."}], "issued": {"date-parts": [[1901]]}})
    out.append({k: v for k, v in csl.items() if k not in ("author", "title")})
    out.append({**csl, "title": [csl.get("title") or ""], "page": "e12"})
    return out


def _raw(csl: dict) -> str:
    names = ", ".join(str(a.get("family", "")) for a in csl.get("author") or [] if isinstance(a, dict))
    year = ((csl.get("issued") or {}).get("date-parts") or [[""]])[0][0]
    return f"{names}. {csl.get('title') or ''}. {csl.get('container-title') or ''}. {year};{csl.get('volume') or ''}:" \
           f"{csl.get('page') or ''}. doi:{csl.get('DOI') or ''}"


@pytest.mark.parametrize("raw_kind", ["string", "none"])
def test_known_features_give_the_verdicts_of_all_features(raw_kind: str) -> None:
    works = [w for w in _works() if w.get("title")][:120]
    assert len(works) >= 100
    checked = disagreeing = 0
    for n, work in enumerate(works):
        csl = work_to_csl(work)
        for variant in _variants(csl):
            raw = _raw(csl) if raw_kind == "string" else None
            for against in (work, works[(n + 7) % len(works)]):  # its own record, and another work's
                expected = verify_known(against, features_of(variant, raw))
                assert verify_known(against, known_features(variant, raw)) == expected, (work.get("DOI"), variant)
                checked += 1
                disagreeing += not expected[0]
    assert disagreeing > checked // 4  # mismatches were tried, not only agreements


class _Works:
    """A Crossref client over the test works (no network)."""

    def __init__(self, works: list[dict]) -> None:
        self.by_doi = {w["DOI"].lower(): w for w in works if w.get("DOI")}

    def works_by_dois(self, dois):
        return {d.lower(): self.by_doi[d.lower()] for d in dois if d.lower() in self.by_doi}

    def work(self, doi):
        return self.by_doi.get(doi.lower())

    def search(self, query, rows=20, select=None, filters=None):
        return []


def test_enrichment_that_does_not_read_the_raw_text_passes_it_through(tmp_path) -> None:
    """`enrichment.api.reads_raw`: what `fix` relies on to enrich a settled rewrite once."""
    from refnorm.enrichment.api import enrich, reads_raw
    from refnorm.model import Reference, Span

    works = [w for w in _works() if w.get("title") and w.get("DOI")][:60]
    client = _Works(works)
    pairs, raw_free = [], 0
    for n, work in enumerate(works):
        csl = work_to_csl(work)
        other = work_to_csl(works[(n + 3) % len(works)])
        for variant in ({**csl, "volume": "999"}, {**csl, "DOI": other["DOI"]}, {**csl, "title": "Unrelated"},
                        {k: v for k, v in csl.items() if k != "title"}, {k: v for k, v in csl.items() if k != "DOI"},
                        {**csl, "DOI": "not a doi"}, csl):
            first = Reference.from_csl(variant, raw=_raw(csl), source="parse").evolve(span=Span(0, 9), confidence=0.9)
            second = first.evolve(raw=_raw(other) + " " + str(variant.get("DOI")), span=Span(4, 40), confidence=0.71)
            pairs.append((first, second))
            raw_free += not reads_raw(first)
    assert 0 < raw_free < len(pairs)
    out = enrich([r for p in pairs for r in p], client=client, cache_dir=str(tmp_path))
    for (first, second), a, b in zip(pairs, out[0::2], out[1::2], strict=True):
        if reads_raw(first):
            continue
        assert (a.raw, a.span, a.confidence) == (first.raw, first.span, first.confidence)
        moved = a.evolve(raw=second.raw, span=second.span, confidence=second.confidence)
        assert moved.to_dict() == b.to_dict()


def test_the_settle_round_finds_the_enrichment_of_a_rewrite_that_reads_back_the_same(tmp_path, monkeypatch):
    """With the memos, a rewrite whose reference parses back to the record of the entry it was rendered
    from (a DOI checked from the fields) is not enriched again; the text and the report are those
    of a run without the memos."""
    import crossref_server as local_crossref
    import refnorm
    import refnorm.fix as fixing
    from refnorm.fix import fix_text
    from refnorm.rendering.api import render_entries

    works = [w for w in _works() if w.get("type") == "journal-article" and w.get("author") and w.get("page")][:6]
    texts = render_entries([dict(work_to_csl(w), id=w["DOI"]) for w in works], style="vancouver", locale="en-US")
    # damaged as pasted lists are: the fix rewrites them, and the settle round reads the rewrites back
    src = "".join(f"{i}. {t.replace(';', ' ; ', 1).replace('. ', '.  ', 1)}\n" for i, t in enumerate(texts, 1))
    options = {"cache_dir": str(tmp_path), "style": "vancouver", "locale": "en-US"}
    with local_crossref.CrossrefServer() as server:
        fix_text(src, offline=False, mailto="test@example.org", crossref_url=server.url, cache=False, **options)

    enriched: list[int] = []
    real_enrich = refnorm.enrich

    def counting(refs, **kw):
        enriched.append(len(refs))
        return real_enrich(refs, **kw)

    monkeypatch.setattr(refnorm, "enrich", counting)
    with_memo = fix_text(src, offline=True, cache=False, **options)
    calls_with = list(enriched)
    enriched.clear()
    monkeypatch.setattr(fixing, "MEMO", False)
    without = fix_text(src, offline=True, cache=False, **options)
    assert with_memo.text == without.text and with_memo.counts()["fixed"] >= 3
    assert json.dumps(with_memo.to_dict(), default=str) == json.dumps(without.to_dict(), default=str)
    assert len(without.items) == len(works) and sum(enriched[1:]) >= 3  # the settle round enriched each rewrite
    assert sum(calls_with[1:]) < sum(enriched[1:])  # ... and with the memos, it found them


def _eager_lost_content(before: str, after: str, excused=(), required=()) -> list[str]:
    """`fix.lost_content` as it read every excuse before knowing whether anything was missing."""
    from refnorm import fix as F

    words = {w.casefold() for w in F._WORD.findall(before)}.difference(excused)
    kept = {w.casefold() for w in F._WORD.findall(after)}
    abbreviations = ({w.casefold() for w in F._ABBREVIATION.findall(after)}
                     - {w.casefold() for w in F._ABBREVIATION.findall(before)})
    lost_words = sorted(w for w in words - kept if not any(F._abbreviates(a, w) for a in abbreviations)
                        and not F._is_label_term(w))
    numbers_after = F._NUMBER.findall(after) + [a[: len(a) - len(b)] + b for a, b in F._RANGE.findall(after)
                                                if len(b) < len(a)]
    range_ends = {b for _, b in F._RANGE.findall(before)}
    lost_numbers = [n for n in dict.fromkeys(F._NUMBER.findall(before))
                    if n not in set(numbers_after) and n not in excused
                    and not (n in range_ends and any(a.endswith(n) for a in numbers_after))]
    if lost_numbers:
        months_after = F._months_named(after)
        lost_numbers = [n for n in lost_numbers if not F._day_of_written_date(n, before, months_after)]
    lost_marks = [m.group(0) for mark in F._MARKS if (m := mark.search(before)) and not mark.search(after)]
    short = 1 if len(words) >= 8 and any(len(w) <= 5 for w in lost_words) else 0
    if lost_numbers or lost_marks or len(lost_words) > F._MAX_LOST_WORDS * len(words) + short \
            or (required and not set(lost_words).isdisjoint(required)):
        return lost_numbers + lost_marks + lost_words
    return []


def test_lost_content_reads_its_excuses_only_when_something_is_missing() -> None:
    import random

    from refnorm.fix import lost_content

    pieces = ["Okonkwo", "B", "Glacier", "Glac", "melt", "2017", "33", "412-9", "412–419", "Mar", "4", "et al.",
              "Epub", "Straße", "Über", "Ciência", "Cienc", "of", "J", "Journal", "Hrsg.", "98-104", "98-4",
              "[cited 2022 Mar 4]", "Hydrology", "Hydrol", "Water", "Res", "Resources", "vol.", "(2)", ";"]
    rng = random.Random(11)
    for _ in range(3000):
        before = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        after = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        excused = set(rng.sample(["33", "glacier", "2017", "okonkwo", "4"], rng.randint(0, 2)))
        required = set(rng.sample(["okonkwo", "hydrology"], rng.randint(0, 1)))
        assert lost_content(before, after, excused, required) == _eager_lost_content(before, after, excused, required)


@pytest.mark.parametrize("word", ["Nature", "JOURNAL", "Ciência", "Üniversitesi", "Straße", "Łódź", "ǅemal", "ﬁsh", ""])
def test_fold_of_a_plain_word_is_its_casefold(word: str) -> None:
    import unicodedata

    from refnorm.fix import _fold

    long_way = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()
    assert _fold(word) == long_way


def test_a_fix_collects_garbage_less_often_and_puts_the_thresholds_back(monkeypatch) -> None:
    """`fix_text` relaxes the collector's thresholds while it works (`refnorm.fix.GC_THRESHOLDS`), also when it
    raises, and leaves the interpreter's as they were."""
    import gc

    import refnorm
    import refnorm.fix as fixing
    from refnorm.fix import Pipeline, fix_text

    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []

    def parse(entry, **kw):
        seen.append(gc.get_threshold())
        return refnorm.parse(entry, **kw)

    fix_text("1. Smith J. A title. Nature. 2020;1:1-2.\n", offline=True, cache=False, pipeline=Pipeline(parse=parse))
    assert seen and all(t == fixing.GC_THRESHOLDS != before for t in seen)
    assert gc.get_threshold() == before

    def broken(*args, **kw):
        raise RuntimeError("an internal error")

    monkeypatch.setattr(fixing, "_fix_in_locale", broken)
    with pytest.raises(RuntimeError):
        fix_text("1. Smith J. A title. Nature. 2020;1:1-2.\n", offline=True, cache=False)
    assert gc.get_threshold() == before
