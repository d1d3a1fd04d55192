"""Regenerate the vendored Crossref fixtures in tests/data/crossref/ from ../shared/data/crossref-fixtures.

    python scripts/vendor_crossref_fixtures.py

Keeps every work record (419) without the publisher text and bulky lists (abstract, reference, link,
license...) that matching and merging never read, plus the SBMV search scenarios and a 404 body.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "tests" / "data" / "crossref"
SHARED = ROOT / ".." / "shared" / "data" / "crossref-fixtures"
DROP = {"reference", "abstract", "link", "license", "assertion", "funder", "content-domain", "resource",
        "institution", "archive", "clinical-trial-number", "update-policy", "journal-issue", "review"}


def main() -> int:
    if not SHARED.exists():
        print(f"skipped: {SHARED} not found", file=sys.stderr)
        return 0
    works = []
    for p in sorted((SHARED / "works").glob("10*.json")):
        w = json.loads(p.read_text())["message"]
        works.append({k: v for k, v in w.items() if k not in DROP})
    with open(HERE / "works.jsonl", "w", encoding="utf-8") as f:
        for w in works:
            f.write(json.dumps(w, ensure_ascii=False, sort_keys=True) + "\n")
    cases = []
    for p in sorted((SHARED / "interactions" / "works-list").glob("crossref-sbmv-matcher__*.json")):
        d = json.loads(p.read_text())
        if "UNKNOWN" in p.name:
            continue
        from urllib.parse import parse_qs, urlsplit

        q = parse_qs(urlsplit(d["request"]["uri"]).query)["query.bibliographic"][0]
        cases.append({"query": q, "expected_doi": d["source"].get("expected_sbmv_doi"),
                      "recorded_dois": [i["DOI"] for i in d["response"]["body_json"]["message"]["items"]],
                      "source": d["source"]})
    (HERE / "sbmv_cases.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n")
    err = json.loads((SHARED / "interactions" / "errors" / "habanero__api_works_10.1371_notarealdoi.json").read_text())
    (HERE / "error_404.json").write_text(json.dumps(err, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(works)} works, {len(cases)} search cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
