#!/usr/bin/env python3
"""Speed and accuracy of refnorm's date parser next to dateparser's, in the same process.

Run: ``nice python bench/dates.py [--n 50000] [--dateparser-n 2000]``

* Accuracy: both parsers on the gold table ``tests/data/dates/dates.jsonl`` (CSL date objects
  compared with the shared scorer's normalisation). dateparser returns a datetime; it is cut to the
  precision it reports (``period``: year, month or day) so that "March 2020" is not penalised for
  the day dateparser fills in. Ranges, seasons, circa, in-press and no-date words are beyond it.
* Speed: dates per second on the table strings and on a larger mixed set of distinct strings
  (the table repeated with years and days varied, so no cache can help), best of several runs.
  ``parse_date`` has no cache; the figure is per distinct string.
* The shared scorer (``../shared/tools/score_references.py --dates``) is run on refnorm's
  predictions when ``../shared`` is present.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "data" / "dates" / "dates.jsonl"
SHARED = ROOT / ".." / "shared"
SCORER = SHARED / "tools" / "score_references.py"
# date fields of real references, as annotated in the AnyStyle and GROBID training corpora
REAL_SOURCES = [SHARED / "data" / "anystyle" / "gold.jsonl", SHARED / "data" / "anystyle" / "good.jsonl",
                SHARED / "data" / "grobid-citation" / "corpus.jsonl"]

sys.path.insert(0, str(ROOT / "src"))
from refnorm.normalizers.dates import parse_date  # noqa: E402


def load_rows() -> list[dict]:
    return [json.loads(line) for line in TABLE.read_text("utf-8").splitlines() if line.strip()]


_DECOR = ("{}", "({})", "{}.", "[{}]", "{};", " {} ", "({}).")


def vary(rows: list[dict], n: int, seed: int = 7) -> list[tuple[str, str | None]]:
    """n strings, distinct where the text has a year: table strings with years shifted, re-punctuated."""
    rnd = random.Random(seed)
    out = []
    while len(out) < n:
        for r in rows:
            shift = rnd.randint(-80, 5)
            text = _YEAR.sub(lambda m, s=shift: str(int(m.group()) + s), r["text"])
            out.append((rnd.choice(_DECOR).format(text), r.get("hint")))
            if len(out) == n:
                break
    return out


_YEAR = re.compile(r"(?<!\d)(?:19[2-9]\d|20[0-2]\d)(?!\d)")


def real_date_fields() -> list[tuple[str, str | None]]:
    """The text of every "date" segment in the corpora (speed only: they have no CSL gold)."""
    out = []
    for path in REAL_SOURCES:
        if not path.exists():
            return []
        for line in path.read_text("utf-8").splitlines():
            for label, text in json.loads(line).get("segments", []):
                if label == "date":
                    out.append((text.strip(), None))
    return out


def rate(fn, items: list[tuple[str, str | None]], repeat: int) -> float:
    """Items per second of CPU time, best of ``repeat`` runs.

    CPU time (``time.process_time``), not wall time: the machine is shared, and wall time would
    measure the neighbours. Both parsers are measured the same way.
    """
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for text, hint in items:
            fn(text, hint)
        best = min(best, time.process_time() - t)
    return len(items) / best


def _dp_to_csl(data) -> dict | None:
    """dateparser's DateData -> a CSL date object at the precision dateparser claims."""
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    parts = {"year": [d.year], "month": [d.year, d.month]}.get(data.period, [d.year, d.month, d.day])
    return {"date-parts": [parts]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=50_000, help="size of the mixed speed set")
    ap.add_argument("--dateparser-n", type=int, default=2_000, help="strings of the mixed set given to dateparser")
    a = ap.parse_args()

    rows = load_rows()
    table = [(r["text"], r.get("hint")) for r in rows]
    mixed = vary(rows, a.n)
    print(f"table: {len(rows)} strings in {len({r['lang'] for r in rows})} languages; "
          f"mixed set: {len(mixed)} strings ({len(set(mixed))} distinct)")

    # ---- accuracy
    sys.path.insert(0, str(SCORER.parent))
    try:
        from score_references import date_norm  # the scorer's own normalisation
    except ImportError:
        def date_norm(v):  # without ../shared: plain equality
            return json.dumps(v, sort_keys=True)
    preds = {r["id"]: parse_date(r["text"], r.get("hint")) for r in rows}
    ok = sum(date_norm(preds[r["id"]]) == date_norm(r["gold"]) for r in rows)
    print(f"refnorm.parse_date  exact accuracy on the table: {ok / len(rows):.3f} ({ok}/{len(rows)})")

    try:
        import dateparser
        from dateparser.date import DateDataParser
    except ImportError:
        dateparser = None
        print("dateparser not installed: comparison skipped")
    if dateparser is not None:
        t0 = time.perf_counter()
        dateparser.parse("9 mars 2020")  # its first call loads language data: not counted below
        print(f"dateparser first call (loading): {time.perf_counter() - t0:.2f} s")
        ddp = DateDataParser()

        def dp_get(text: str, hint: str | None):
            try:
                return _dp_to_csl(ddp.get_date_data(text))
            except Exception:  # dateparser raises on some inputs; count it as no answer
                return None

        dok = sum(date_norm(dp_get(r["text"], r.get("hint"))) == date_norm(r["gold"]) for r in rows)
        print(f"dateparser          exact accuracy on the table: {dok / len(rows):.3f} ({dok}/{len(rows)})")

    # ---- speed
    ours_table = rate(parse_date, table, repeat=15)
    ours_mixed = rate(parse_date, mixed, repeat=3)
    print(f"refnorm.parse_date: {ours_table:,.0f} dates/s on the table strings, "
          f"{ours_mixed:,.0f} dates/s on the {len(mixed):,} mixed strings (no cache)")
    real = real_date_fields()
    if real:
        ours_real = rate(parse_date, real, repeat=3)
        found = sum(parse_date(t) is not None for t, _ in real)
        print(f"refnorm.parse_date: {ours_real:,.0f} dates/s on {len(real):,} real date fields "
              f"(AnyStyle + GROBID corpora, {len(set(real)):,} distinct); a date found in {found / len(real):.1%}")
    else:
        print("real date fields: ../shared corpora not found, skipped")
    if dateparser is not None:
        def dp_parse(text: str, hint: str | None):
            try:
                return dateparser.parse(text)
            except Exception:
                return None
        sub = mixed[: a.dateparser_n]
        dp_table = rate(dp_parse, table, repeat=1)
        dp_mixed = rate(dp_parse, sub, repeat=1)
        ours_sub = rate(parse_date, sub, repeat=5)
        print(f"dateparser.parse:   {dp_table:,.0f} dates/s on the table strings, "
              f"{dp_mixed:,.0f} dates/s on the first {len(sub):,} mixed strings")
        print(f"speed ratio refnorm/dateparser: table {ours_table / dp_table:,.0f}x, "
              f"mixed {ours_sub / dp_mixed:,.0f}x")
        if real:
            rsub = real[: a.dateparser_n]
            dp_real = rate(dp_parse, rsub, repeat=1)
            ours_rsub = rate(parse_date, rsub, repeat=5)
            print(f"real date fields (first {len(rsub):,}): dateparser.parse {dp_real:,.0f} dates/s, "
                  f"ratio {ours_rsub / dp_real:,.0f}x")

    # ---- the shared scorer
    if SCORER.exists():
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for rid, p in preds.items():
                f.write(json.dumps({"id": rid, "pred": p}, ensure_ascii=False) + "\n")
        print(f"\n$ python3 ../shared/tools/score_references.py --dates {TABLE.relative_to(ROOT)} <predictions>")
        subprocess.run([sys.executable, str(SCORER), "--dates", str(TABLE), f.name], check=False)
        Path(f.name).unlink()
    else:
        print(f"shared scorer not found at {SCORER}: scorer figures skipped")


if __name__ == "__main__":
    main()
