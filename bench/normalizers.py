#!/usr/bin/env python3
"""refnorm's normalisers on real data: names accuracy, DOI extraction, and the speed of each.

**Names.** How well ``parse_names`` reads author lists as real styles print them.

The gold: ``shared/data/render-expected`` holds 393 CSL-JSON items (316 from Crossref) and what
citeproc-js prints for each in 12 styles x 4 locales. For the styles whose author part can be cut
from the printed entry without guessing (Vancouver family, APA, Harvard, Chicago author-date,
IEEE, French ISO 690), this cuts it, parses it, and compares the names with the item's own.

A name counts as right when its family name matches (case-insensitively: ISO 690 prints capitals)
and the initials of its given names match (styles initialise). A reference counts as right when
all its names are right and none is missing or extra (names hidden behind "et al." are not
asked for). This set was looked at while developing (a dev set, not a held-out one).

**DOIs.** ``find_identifiers`` on Crossref's 2,000 real reference strings
(``shared/data/crossref-matching/real-unstructured-2k``): for the strings that contain a DOI, is
the first DOI found the gold one?

**Speed** of every normaliser on AnyStyle's gold reference strings, and of ``normalize``.

Usage: ``python bench/normalizers.py [-v [--style=apa]]`` (needs ``../shared``; skips otherwise).
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"

sys.path.insert(0, str(ROOT / "src"))
from refnorm.normalizers.names import parse_names  # noqa: E402
from refnorm.normalizers.pages import normalize_pages  # noqa: E402
from refnorm.normalizers.titles import clean_title  # noqa: E402
from refnorm.normalizers.unicode import clean, clean_with_offsets  # noqa: E402
from refnorm.parsing.identifiers import find_access_date, find_identifiers  # noqa: E402

_LABEL = re.compile(r"^\s*(?:\[\d+\]|\d+\.?)\s+")
_YEAR_PAREN = re.compile(r"\s\((?:\d{4}|n\.d\.|s\.d\.|o\. J\.|\d{4}[a-z]?,[^)]*)\)")


def _vancouver(text: str) -> str | None:
    text = _LABEL.sub("", text)
    m = re.search(r"\bet al\.|\.\s", text)  # Vancouver initials carry no periods
    if not m:
        return None
    return text[: m.end()].rstrip() if m.group().startswith("et") else text[: m.start() + 1]


def _apa(text: str) -> str | None:
    m = _YEAR_PAREN.search(text)
    return text[: m.start()] if m else None


def _chicago(text: str) -> str | None:
    m = re.search(r"\.\s(?:\d{4}|n\.d\.)", text)
    return text[: m.start() + 1] if m else None


def _ieee(text: str) -> str | None:
    text = _LABEL.sub("", text)
    m = re.search(r",\s[“\"]|,\s(?=[A-Z][a-z]+ [a-z])", text)
    return text[: m.start()] if m else None


def _iso(text: str) -> str | None:
    m = re.search(r",\s\d{4}[a-z]?[.,]", text)
    return text[: m.start()] if m else None


STYLES: dict[str, Callable[[str], str | None]] = {
    "nlm-citation-sequence": _vancouver, "vancouver-nlm": _vancouver, "elsevier-vancouver": _vancouver,
    "the-lancet": _vancouver, "apa": _apa, "harvard-cite-them-right": _apa, "chicago-author-date": _chicago,
    "ieee": _ieee, "iso690-author-date-fr": _iso,
}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if c.isalnum())


def _initials(given: str) -> str:
    """"Donald E." -> "DE"; a compact "JA" (as some gold records write initials) -> "JA"."""
    out = []
    for w in re.split(r"[\s.\-]+", given):
        if w.isalpha() and w.isupper() and len(w) <= 4:
            out.append(w)
        elif w:
            out.append(w[0])
    return "".join(out).upper()


def _family(name: dict[str, str]) -> str:
    """Family name with its particles: refnorm keeps "von"/"van der" in ``family``, as Crossref does."""
    return " ".join(name.get(k, "") for k in ("dropping-particle", "non-dropping-particle", "family"))


def _name_ok(pred: dict[str, str], gold: dict[str, str]) -> bool:
    if "literal" in gold or "literal" in pred:
        return _fold(pred.get("literal", pred.get("family", ""))) == _fold(gold.get("literal", gold.get("family", "")))
    if _fold(_family(pred)) != _fold(_family(gold)):
        return False
    g, p = _initials(gold.get("given", "")), _initials(pred.get("given", ""))
    return g == p or (bool(p) and g.startswith(p))  # a style may print fewer initials than the record has



def _count_names(c: Counter, text: str, lang: str, gold: list) -> tuple[list, list, int]:
    """Parse one author segment and add its name counts to ``c``: (predicted, gold compared, right)."""
    result = parse_names(text, lang=lang)
    pred = result.names
    want = gold[: len(pred)] if result.truncated else gold  # "et al.": only the names written count
    right = sum(_name_ok(p, g) for p, g in zip(pred, want, strict=False))
    c["refs"] += 1
    c["gold_names"] += len(want)
    c["pred_names"] += len(pred)
    c["right_names"] += right
    c["exact"] += right == len(want) == len(pred)
    return pred, want, right

def evaluate() -> None:
    items = {i["id"]: i for i in json.loads((SHARED / "render-expected" / "items.json").read_text())}
    per_style: dict[str, Counter[str]] = {}
    failures: list[tuple[str, str, list, list]] = []
    with (SHARED / "render-expected" / "single.jsonl").open() as f:
        for line in f:
            row = json.loads(line)
            cut = STYLES.get(row["style"])
            gold = items[row["id"]].get("author")
            if cut is None or not gold or any(not isinstance(g, dict) for g in gold):
                continue
            segment = cut(row["text"].strip())
            c = per_style.setdefault(row["style"], Counter())
            if not segment:
                c["uncut"] += 1
                continue
            pred, want, right = _count_names(c, segment, row["locale"][:2], gold)
            exact = right == len(want) == len(pred)
            if not exact and c["shown"] < 60:
                c["shown"] += 1
                failures.append((row["style"], segment, pred, want))
    total: Counter[str] = Counter()
    print(f"{'style':26} {'refs':>5} {'exact':>7} {'name P':>7} {'name R':>7}")
    for style, c in sorted(per_style.items()):
        total.update(c)
        _row(style, c)
    _row("ALL", total)
    if "-v" in sys.argv:
        only = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--style=")), None)
        for style, seg, pred, want in [f for f in failures if not only or f[0] == only][:60]:
            print(f"  [{style}] {seg!r}\n     got  {pred}\n     want {want}")


_TAG = re.compile(r"<[^>]+>")
_AUTHOR = re.compile(r"<author>(.*?)</author>", re.S)


def _excite_rows() -> Iterable[tuple[str, str, list[dict[str, str]]]]:
    """(set, author text, gold names) from EXCITE's tagged references (evaluation only: no licence)."""
    base = SHARED / "exgoldstandard" / "segmented"
    for folder in sorted(base.iterdir()):
        for path in sorted(folder.glob("*.xml")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                authors = list(_AUTHOR.finditer(line))
                if not authors:
                    continue
                gold = []
                for a in authors:
                    sur = re.search(r"<surname>(.*?)</surname>", a.group(1), re.S)
                    giv = re.search(r"<given-names>(.*?)</given-names>", a.group(1), re.S)
                    if not sur:
                        break
                    gold.append({"family": _TAG.sub("", sur.group(1)).strip(" ,"),
                                 "given": _TAG.sub("", giv.group(1)).strip(" ,") if giv else ""})
                else:
                    region = line[authors[0].start():authors[-1].end()]
                    # an "et al."/"u. a." tagged <other> right after the last author belongs to the list
                    after = re.match(r"\s*,?\s*<other>\s*((?:et al|u\.\s?a|et\. al)\.?)\s*</other>", line[authors[-1].end():])
                    text = _TAG.sub("", region) + (" " + after.group(1) if after else "")
                    yield folder.name, " ".join(text.split()), gold


def excite() -> None:
    """Names on EXCITE (German and English social-science references, evaluation only: no licence)."""
    per: dict[str, Counter[str]] = {}
    for name, text, gold in _excite_rows():
        c = per.setdefault(name, Counter())
        pred, want, right = _count_names(c, text, "de" if name.startswith("de") else "en", gold)
        if "-v" in sys.argv and "--excite" in sys.argv and right != len(want) and c["shown"] < 25:
            c["shown"] += 1
            print(f"  [{name}] {text!r}\n     got  {pred}\n     want {want}")
    print(f"\nEXCITE author lists (evaluation only) {'set':20} {'refs':>5} {'exact':>7} {'name P':>7} {'name R':>7}")
    total: Counter[str] = Counter()
    for name, c in sorted(per.items()):
        total.update(c)
        _row(name, c)
    _row("ALL", total)


def types() -> None:
    """``infer_type`` on the 393 CSL items with their type removed (a dev set: looked at while developing)."""
    from refnorm.normalizers.types import infer_type

    items = json.loads((SHARED / "render-expected" / "items.json").read_text())
    right = sum(infer_type({k: v for k, v in i.items() if k != "type"}) == i["type"] for i in items)
    print(f"\ninfer_type on {len(items)} CSL items without their type: {right} right ({right / len(items):.1%})")


def dois() -> None:
    from refnorm.parsing.identifiers import doi_key

    data = json.loads((SHARED / "crossref-matching" / "real-unstructured-2k" / "unstructured_sbm.json").read_text())
    with_doi = found = right = 0
    for row in data["dataset"]:
        text, gold = row["ref_string"], row["target_gt"].get("DOI")
        if re.search(r"10\.\d{4,9}/", text):
            with_doi += 1
        got = [i.value for i in find_identifiers(text) if i.kind == "DOI"]
        if got:
            found += 1
            right += bool(gold) and doi_key(got[0]) == doi_key(gold)
    print(f"\nDOIs in Crossref's 2,000 real reference strings: {with_doi} strings contain '10.NNNN/'; "
          f"a DOI found in {found}; equal to the gold DOI in {right} "
          f"(on 2026-11-25 the 4 others were checked by hand: each string cites a DOI other than its gold one)")


def _row(name: str, c: Counter[str]) -> None:
    p = c["right_names"] / max(1, c["pred_names"])
    r = c["right_names"] / max(1, c["gold_names"])
    print(f"{name:26} {c['refs']:5d} {c['exact'] / max(1, c['refs']):7.1%} {p:7.1%} {r:7.1%}"
          + (f"  ({c['uncut']} not cut)" if c["uncut"] else ""))


def _bench(name: str, fn: Callable[[str], object], data: list[str], reps: int = 3) -> None:
    best = float("inf")
    for _ in range(reps):
        t0 = time.process_time()
        for s in data:
            fn(s)
        best = min(best, (time.process_time() - t0) / len(data))
    print(f"{name:22} {best * 1e6:8.1f} µs/call {1 / best:10.0f} calls/s  (n={len(data)})")


def speed() -> None:
    segs: dict[str, list[str]] = {"author": [], "pages": [], "title": [], "text": []}
    with (SHARED / "anystyle" / "gold.jsonl").open() as f:
        for line in f:
            d = json.loads(line)
            segs["text"].append(d["text"])
            for label, text in d["segments"]:
                key = {"editor": "author"}.get(label, label)
                if key in segs:
                    segs[key].append(text)
    print("\nspeed on AnyStyle gold (1,669 references), one core, best of 3, CPU time:")
    _bench("parse_names", parse_names, segs["author"])
    _bench("normalize_pages", normalize_pages, segs["pages"])
    _bench("clean_title", clean_title, segs["title"])
    _bench("clean", clean, segs["text"])
    _bench("clean_with_offsets", clean_with_offsets, segs["text"])
    _bench("find_identifiers", find_identifiers, segs["text"])
    _bench("find_access_date", find_access_date, segs["text"])


def pipeline_speed() -> None:
    """``normalize`` with the default steps over the 393 CSL-JSON items (records from Crossref and by hand)."""
    from refnorm.model import Reference
    from refnorm.pipeline import normalize

    items = json.loads((SHARED / "render-expected" / "items.json").read_text())
    refs = [Reference.from_csl(i) for i in items]
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        out = normalize(refs)
        best = min(best, (time.process_time() - t0) / len(refs))
    changed = sum(a != b for a, b in zip(refs, out, strict=True))
    print(f"\nnormalize (7 default steps) on {len(refs)} CSL items: {best * 1e6:.0f} µs/record, "
          f"{1 / best:.0f} records/s; {changed} records changed")


def main(argv: Iterable[str] = ()) -> int:
    if not all((SHARED / d).is_dir() for d in ("render-expected", "anystyle", "crossref-matching")):
        print(f"bench/normalizers.py: shared data not found at {SHARED.resolve()}; skipping")
        return 0
    evaluate()
    if (SHARED / "exgoldstandard" / "segmented").is_dir():
        excite()
    dois()
    types()
    speed()
    pipeline_speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
