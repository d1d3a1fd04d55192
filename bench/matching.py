"""Precision and recall of refnorm's Crossref matcher against the local Crossref server.

    nice python bench/matching.py [--n 1000] [--parse] [--real]

Simulated set (always): the vendored Crossref records (tests/data/crossref/works.jsonl, 419 real works)
are split into works the local server holds and works it does not. References are rendered from both
in several CSL styles (citeproc-py through refnorm.rendering, styles from ../shared/data/csl-styles, or
a plain fallback), then damaged the way people damage them (lower case, lost accents and punctuation,
typos, truncated titles, dropped numbers, "et al." after the first author, line-break hyphens). The
server also holds near misses: a look-alike of a work with the same title but another year, volume and
pages; a correction notice titled after the work; a preprint of the article. References to works the
server does not hold must abstain, even when their look-alikes are present.

Every reference goes through `refnorm.enrich` with the real habanero client over HTTP. Precision =
correct DOIs / DOIs written; recall = correct DOIs / references whose work the server holds.
``--parse`` adds refnorm.parse's fields to each reference (the production path); the default is the
string alone. ``--real`` also runs the 2,000 real strings of Crossref's evaluation whose gold DOI is in
the local set (coverage reported; most gold works are not in our 419 records).
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
SHARED = ROOT / ".." / "shared"

from crossref_server import CrossrefServer, load_works  # noqa: E402
from refnorm.enrichment.api import enrich  # noqa: E402
from refnorm.enrichment.merge import work_to_csl  # noqa: E402
from refnorm.model import Reference  # noqa: E402

STYLES = ["apa", "nlm-citation-sequence", "ieee", "chicago-author-date", "modern-language-association",
          "nature", "american-chemical-society", "elsevier-harvard"]
MATCHABLE = {"journal-article", "book-chapter", "proceedings-article", "reference-entry", "posted-content",
             "book", "monograph", "report", "dataset", "dissertation"}


# -- rendering ---------------------------------------------------------------------------------------
def _render_fallback(csl: dict) -> str:
    names = ", ".join(f"{a.get('family', a.get('literal', ''))} {a.get('given', '')[:1]}".strip()
                      for a in csl.get("author", [])[:6])
    year = (csl.get("issued") or {}).get("date-parts", [[""]])[0][0]
    bits = [names, f"({year})", csl.get("title", ""), csl.get("container-title", ""),
            csl.get("volume", ""), csl.get("page", "")]
    return ". ".join(str(b) for b in bits if b)


def make_renderer():
    styles_dir = SHARED / "data" / "csl-styles"
    try:
        from refnorm.rendering.citeproc import bibliography
    except ImportError:
        bibliography = None
    if bibliography is None or not styles_dir.exists():
        print("note: rendering with a plain fallback (refnorm.rendering or ../shared/data/csl-styles missing)")
        return lambda csl, style: _render_fallback(csl)

    def render(csl: dict, style: str) -> str:
        try:
            out = bibliography([csl], styles_dir / f"{style}.csl")
            text = out[0][1] if out else ""
        except Exception:
            text = ""
        text = re.sub(r"^\s*\[?\d+\]?\.?\s+", "", text)  # numbered styles' label
        return text.strip() or _render_fallback(csl)

    return render


# -- damage --------------------------------------------------------------------------------------------
def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _typo(s: str, rng: random.Random) -> str:
    words = s.split()
    for _ in range(2):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def damage(text: str, csl: dict, rng: random.Random, render=None, style: str = "") -> tuple[str, str]:
    kind = rng.choice(["none", "none", "lower", "accents", "punct", "typo", "trunc-title", "drop-numbers",
                       "etal", "hyphen", "no-doi-url"])
    t = text
    if kind == "lower":
        t = t.lower()
    elif kind == "accents":
        t = _strip_accents(t)
    elif kind == "punct":
        t = re.sub(r"[.,:;()\"“”]", " ", t)
    elif kind == "typo":
        t = _typo(t, rng)
    elif kind == "trunc-title" and csl.get("title") and len(csl["title"].split()) > 6:
        words = csl["title"].split()
        t = t.replace(csl["title"], " ".join(words[: len(words) * 2 // 3]) + "...")
    elif kind == "drop-numbers" and csl.get("issue"):
        t = re.sub(rf"\(\s*{re.escape(str(csl['issue']))}\s*\)", "", t)
    elif kind == "etal" and len(csl.get("author", [])) > 2:
        one = dict(csl, author=csl["author"][:1])
        fam = csl["author"][0].get("family", "")
        rendered = render(one, style)
        t = rendered.replace(fam, fam + " et al.", 1) if fam else rendered
    elif kind == "hyphen" and csl.get("title"):
        words = [w for w in csl["title"].split() if len(w) > 8 and w.isalpha()]
        if words:
            w = words[0]
            t = t.replace(w, w[:4] + "- " + w[4:], 1)
    return re.sub(r"https?://doi\.org/\S+|doi:\s*\S+", "", t).strip(), kind


# -- the simulated set -------------------------------------------------------------------------------
def _base_year(work: dict) -> int:
    """The work's year, or one its container names ("2003 Joint Conference..."): a look-alike must differ
    from any year a reference to the work can show, or it is no look-alike but a duplicate."""
    for key in ("issued", "published-print", "published-online", "published", "posted", "approved"):
        parts = (work.get(key) or {}).get("date-parts") or [[None]]
        if parts and parts[0] and parts[0][0]:
            return int(parts[0][0])
    m = re.search(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)", " ".join(work.get("container-title") or []))
    return int(m.group(1)) if m else 2000


def near_misses(work: dict, rng: random.Random, tag: str) -> list[dict]:
    """A look-alike (same title, another year/volume/pages), a sibling chapter with a shorter title,
    a correction notice, a preprint."""
    out = []
    year = _base_year(work)
    look = copy.deepcopy(work)
    look["DOI"] = f"10.99999/lookalike.{tag}"
    look["issued"] = {"date-parts": [[year + rng.choice([-4, -3, 3, 5])]]}
    look.pop("published-print", None)
    look.pop("published-online", None)
    look.pop("published", None)
    look.pop("posted", None)
    look.pop("approved", None)
    if look.get("volume"):
        look["volume"] = str(int(re.sub(r"\D", "", look["volume"]) or 1) + 7)
    if look.get("page"):
        look["page"] = f"{rng.randint(500, 900)}-{rng.randint(901, 999)}"
    out.append(look)
    words = ((work.get("title") or [""])[0]).split()
    if work.get("type") in ("book-chapter", "reference-entry", "book-part", "book-section") and len(words) >= 3:
        # a sibling chapter of the same book and author whose short title is inside this one's
        # ("The Widget" beside "Widget Resources"), with other pages
        sib = copy.deepcopy(work)
        sib["DOI"] = f"10.99999/sibling.{tag}"
        sib["title"] = [" ".join(words[: rng.choice([1, 2])]).strip(".,:;")]
        if sib.get("page"):
            sib["page"] = f"{rng.randint(1000, 1400)}-{rng.randint(1401, 1500)}"
        out.append(sib)
    if work.get("type") == "journal-article":
        corr = {k: copy.deepcopy(v) for k, v in work.items() if k in ("container-title", "short-container-title",
                                                                        "ISSN", "publisher", "volume")}
        corr.update({"DOI": f"10.99999/correction.{tag}", "type": "journal-article",
                     "title": ["Correction: " + (work.get("title") or [""])[0]],
                     "issued": {"date-parts": [[year + 1]]}, "page": str(rng.randint(1000, 2000))})
        out.append(corr)
        pre = {k: copy.deepcopy(v) for k, v in work.items() if k in ("title", "author")}
        pre.update({"DOI": f"10.99999/preprint.{tag}", "type": "posted-content", "subtype": "preprint",
                    "issued": {"date-parts": [[year - 1]]}, "institution": [{"name": "bioRxiv"}],
                    "relation": {"is-preprint-of": [{"id-type": "doi", "id": work["DOI"],
                                                     "asserted-by": "subject"}]}})
        out.append(pre)
    return out


def _key(w: dict) -> tuple:
    from refnorm.enrichment.match import norm

    a = (w.get("author") or [{}])[0]
    y = (w.get("issued") or {}).get("date-parts", [[None]])[0][0]
    return norm((w.get("title") or [""])[0]), norm(str(a.get("family", ""))), y


def _loose_key(w: dict) -> tuple:
    from refnorm.enrichment.match import norm

    return (_key(w)[0], _key(w)[2], norm((w.get("container-title") or [""])[0]), str(w.get("page") or ""))


def build_set(n_refs: int, seed: int = 7):
    rng = random.Random(seed)
    works = [w for w in load_works() if w.get("type") in MATCHABLE and (w.get("title") or [""])[0]]
    rng.shuffle(works)
    # A work is only absent if no other record describes it: Crossref holds duplicates (same title, first
    # author and year under two DOIs), and a reference to one of them is rightly matched to the other.
    # The same goes for a record deposited twice with and without its authors (same title, year, book, pages).
    keys = Counter(_key(w) for w in load_works())
    loose = Counter(_loose_key(w) for w in load_works())
    unique = [w for w in works if keys[_key(w)] == 1 and loose[_loose_key(w)] == 1]
    n_absent = len(works) // 5
    absent = unique[:n_absent]
    taken = {w["DOI"] for w in absent}
    present = [w for w in works if w["DOI"] not in taken]
    extra = []
    for i, w in enumerate(absent[: n_absent // 2]):
        extra += near_misses(w, rng, f"a{i}")
    for i, w in enumerate(present[:40]):
        extra += near_misses(w, rng, f"p{i}")
    render = make_renderer()
    refs: list[tuple[str, str | None, str, str]] = []  # (text, gold, style, damage)
    while len(refs) < n_refs:
        w = rng.choice(present + absent)
        gold = w["DOI"].lower() if w in present else None
        csl = work_to_csl(w)
        csl["id"] = "x"
        csl.pop("DOI", None)
        csl.pop("URL", None)
        style = rng.choice(STYLES)
        # damage draws from its own generator, so that rendering differences cannot shift the selection
        text, kind = damage(render(csl, style), csl, random.Random(f"{seed}-{len(refs)}"), render, style)
        refs.append((text, gold, style, kind))
    server_works = [w for w in load_works() if w["DOI"].lower() not in {a["DOI"].lower() for a in absent}] + extra
    return refs, server_works


def identifiable(works: list[dict]) -> set[str]:
    """Works a reference can single out, decided from the records alone (not from the matcher): a real
    title (not the container's name, not "Table of Contents"/"Index"/"Front Matter"), an author or pages,
    and no other record with the same normalised title, first author and year (Crossref duplicates)."""
    from refnorm.enrichment.match import norm

    key = _key
    counts = Counter(key(w) for w in works)
    generic = {"table of contents", "index", "front matter", "back matter", "contents", "preface",
               "introduction", "editorial"}
    out = set()
    for w in works:
        t = norm((w.get("title") or [""])[0])
        cont = norm((w.get("container-title") or [""])[0])
        if not t or t == cont or t in generic or re.fullmatch(r"([ivxlc]+ )?kapitel", t):
            continue
        if not (w.get("author") or w.get("page")):
            continue
        if counts[key(w)] > 1:
            continue
        out.add(w["DOI"].lower())
    return out


def twins(works: list[dict]) -> set[str]:
    """Works with an indistinguishable twin: another record with the same normalised title, first author,
    year, container, volume, issue and pages (a report or blog post deposited twice). No reference can
    choose between them; matching either is a coin toss, so a precise matcher abstains on both."""
    from refnorm.enrichment.match import norm

    def full(w: dict) -> tuple:
        return (*_key(w), norm((w.get("container-title") or [""])[0]), str(w.get("volume") or ""),
                str(w.get("issue") or ""), str(w.get("page") or ""))

    counts = Counter(full(w) for w in works)
    return {w["DOI"].lower() for w in works if counts[full(w)] > 1}


def score(golds, outs):
    written = correct = candidates = 0
    wrong = []
    for (text, gold, style, kind), ref in zip(golds, outs, strict=False):
        codes = {d.code for d in ref.diagnostics}
        doi = (ref.get("DOI") or "").lower() if "crossref.doi-added" in codes else None
        candidates += "crossref.candidate" in codes
        if doi:
            written += 1
            if doi == gold:
                correct += 1
            else:
                wrong.append((text, gold, doi, style, kind))
    relevant = sum(1 for g in golds if g[1])
    p = correct / written if written else 1.0
    r = correct / relevant if relevant else 0.0
    return p, r, written, correct, relevant, candidates, wrong


def inputs(texts: list[str], use_parse: bool) -> list[Reference]:
    """The references handed to `enrich`: the string alone, or with refnorm.parse's fields."""
    refs = []
    for t in texts:
        if use_parse:
            from refnorm import parse

            got = parse(t)
            refs.append(Reference.from_csl(got[0].to_csl(), raw=t) if got else Reference(raw=t))
        else:
            refs.append(Reference(raw=t))
    return refs


def run_enrich(server: CrossrefServer, texts: list[str], use_parse: bool) -> tuple[list[Reference], float, int]:
    refs = inputs(texts, use_parse)
    server.reset_counts()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        out = enrich(refs, crossref_url=server.url, mailto="bench@example.org", cache_dir=tmp)
        wall = time.perf_counter() - t0
    return out, wall, len(server.requests)


def dump_misses(server: CrossrefServer, golds, outs, use_parse: bool, path: Path) -> Counter[str]:
    """Write every missed reference with the full validation of its search results (JSON lines) and
    return the misses counted by cause. The cause is read off the records, so a "duplicate" is a tie with
    a record that has the same normalised title, first author and year (the string cannot choose)."""
    from refnorm.enrichment import match as m
    from refnorm.enrichment.api import SEARCH_ROWS
    from refnorm.enrichment.crossref import HabaneroClient
    from refnorm.enrichment.protocol import SEARCH_SELECT

    missed = [(g, ref) for g, ref in zip(golds, outs, strict=False)
              if g[1] and (ref.get("DOI") or "").lower() != g[1]]
    refs = inputs([g[0] for g, _ in missed], use_parse)
    client = HabaneroClient(server.url, "bench@example.org")
    causes: Counter[str] = Counter()
    with open(path, "w", encoding="utf-8") as fh:
        for (g, ref), inp in zip(missed, refs, strict=True):
            f = m.features_of(inp.csl, inp.raw)
            cands = client.search(m.query_for(f), rows=SEARCH_ROWS, select=SEARCH_SELECT)
            d = m.decide(cands, f)
            gold = next((s for s in d.ranked if s.doi == g[1]), None)
            codes = {x.code for x in ref.diagnostics}
            if gold is None:
                cause = "gold not retrieved by the search"
            elif gold.score == 0.0:
                cause = f"gold rejected: {re.sub(r'[(].*', '', gold.reason).strip()}"
            elif d.ranked and d.ranked[0].doi != g[1] and d.ranked[0].score > gold.score:
                other = d.ranked[0]
                cause = ("duplicate record ranks first" if _key(other.work) == _key(gold.work)
                         else f"another record ranks first ({other.doi.split('/')[0]})")
            elif "runner-up" in d.reason:
                other = next(s for s in d.ranked if s.doi != g[1])
                cause = ("tie with a duplicate record" if _key(other.work) == _key(gold.work)
                         else "tie with a near miss" if other.doi.startswith("10.99999/")
                         else "tie with another record")
            else:
                cause = f"gold {d.status}: {d.reason or 'score ' + str(gold.score)}"
            causes[cause] += 1
            fh.write(json.dumps({"text": g[0], "gold": g[1], "style": g[2], "damage": g[3], "cause": cause,
                                 "diagnostics": sorted(codes), "decision": d.status, "reason": d.reason,
                                 "ranked": [{"doi": s.doi, "score": s.score, "reason": s.reason,
                                             "supports": s.supports, "details": dict(s.details),
                                             "title": m._first(s.work.get("title")),
                                             "type": s.work.get("type")} for s in d.ranked[:5]]},
                                ensure_ascii=False) + "\n")
    client.close()
    return causes


def real_set():
    path = SHARED / "data" / "crossref-matching" / "real-unstructured-2k" / "unstructured_sbmv.json"
    if not path.exists():
        print(f"skipped --real: {path} not found")
        return None
    data = json.loads(path.read_text())["dataset"]
    return [(d["ref_string"], (d["target_gt"].get("DOI") or "").lower() or None) for d in data]


def index_build(n: int) -> int:
    """Build rate and size of the local index on n records written as public-data-file parts of 5,000."""
    from refnorm.enrichment.index import build_index, write_data_file

    base = load_works()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        part: list[dict] = []
        k = 0
        for i in range(n):
            w = dict(base[i % len(base)])
            w["DOI"] = f"{w['DOI']}.copy{i}"
            part.append(w)
            if len(part) == 5000:
                write_data_file(part, data / f"{k:05d}.json.gz")
                part, k = [], k + 1
        if part:
            write_data_file(part, data / f"{k:05d}.json.gz")
        t0 = time.perf_counter()
        two = build_index(data, Path(tmp) / "crossref2.idx", processes=2)
        wall2 = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        info = build_index(data, Path(tmp) / "crossref.idx")
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        assert two["works"] == info["works"]
        t0 = time.perf_counter()
        again = build_index(data, Path(tmp) / "crossref.idx")  # incremental: nothing changed
        noop = time.perf_counter() - t0
    print(f"index build: {info['works']:,} records in {wall:.1f} s wall ({info['works'] / wall:,.0f} records/s; "
          f"{info['works'] / cpu:,.0f} per CPU-second), {info['bytes'] / 2**20:.1f} MiB = "
          f"{info['bytes'] / info['works'] * 1e6 / 2**30:.2f} GiB per million records; "
          f"update with nothing new: {again['files_read']} files read in {noop:.2f} s")
    print(f"index build with 2 decoding processes: {two['works'] / wall2:,.0f} records/s wall "
          f"(x{wall / wall2:.2f} against one process, same machine, same input)")
    return 0


def main() -> int:
    warnings.filterwarnings("ignore", category=FutureWarning)  # citeproc-py's lxml truth-testing
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7, help="which works are absent, styles and damage")
    ap.add_argument("--parse", action="store_true", help="add refnorm.parse's fields (production path)")
    ap.add_argument("--real", action="store_true")
    ap.add_argument("--show-errors", type=int, default=10)
    ap.add_argument("--index-build", type=int, default=0, metavar="N",
                    help="only measure building an index of N records (copies of the fixtures under new DOIs)")
    ap.add_argument("--misses", type=Path, metavar="FILE",
                    help="write every missed reference with its candidates' validation (JSON lines); print causes")
    ap.add_argument("--index", action="store_true",
                    help="also match the same set offline against a local index file (refnorm index)")
    args = ap.parse_args()

    if args.index_build:
        return index_build(args.index_build)
    golds, server_works = build_set(args.n, args.seed)
    with CrossrefServer(server_works) as server:
        texts = [g[0] for g in golds]
        out, wall, nreq = run_enrich(server, texts, args.parse)
        p, r, written, correct, relevant, cands, wrong = score(golds, out)
        absent = sum(1 for g in golds if not g[1])
        print(f"simulated set: {len(golds)} references ({relevant} with the work on the server, {absent} without; "
              f"server holds {len(server_works)} records incl. near misses)  parse={'yes' if args.parse else 'no'}  "
              f"seed={args.seed}")
        print(f"  precision {p:.4f}  recall {r:.4f}  ({correct} correct of {written} written; "
              f"{len(wrong)} wrong; {cands} offered for review)")
        print(f"  requests/reference {nreq / len(golds):.3f}  wall {wall:.2f} s for {len(golds)} references "
              f"({len(golds) / wall:.0f} refs/s; the server announces 1000 req/s, so the limiter does not throttle)")
        by_style: Counter[str] = Counter()
        hit_style: Counter[str] = Counter()
        for g, ref in zip(golds, out, strict=False):
            if g[1]:
                by_style[g[2]] += 1
                hit_style[g[2]] += (ref.get("DOI") or "").lower() == g[1]
        print("  recall by style: " + ", ".join(f"{s} {hit_style[s] / by_style[s]:.3f}" for s in sorted(by_style)))
        by_kind: Counter[str] = Counter()
        hit_kind: Counter[str] = Counter()
        for g, ref in zip(golds, out, strict=False):
            if g[1]:
                by_kind[g[3]] += 1
                hit_kind[g[3]] += (ref.get("DOI") or "").lower() == g[1]
        print("  recall by damage: " + ", ".join(f"{s} {hit_kind[s] / by_kind[s]:.3f}" for s in sorted(by_kind)))
        ident = identifiable(server_works)
        sub = [(g, ref) for g, ref in zip(golds, out, strict=False) if g[1] is None or g[1] in ident]
        ps, rs, *_ = score([g for g, _ in sub], [r for _, r in sub])
        print(f"  on the {sum(1 for g, _ in sub if g[1])} references to identifiable works "
              f"(see identifiable()): precision {ps:.4f}  recall {rs:.4f}")
        twin = twins(server_works)
        sub = [(g, ref) for g, ref in zip(golds, out, strict=False) if g[1] not in twin]
        pt, rt, *_ = score([g for g, _ in sub], [r for _, r in sub])
        print(f"  {sum(1 for g in golds if g[1] in twin)} references cite a work with an indistinguishable twin "
              f"(see twins()); without them: precision {pt:.4f}  recall {rt:.4f}")
        for text, gold, doi, style, kind in wrong[: args.show_errors]:
            print(f"  WRONG [{style}/{kind}] gold={gold} got={doi}: {text[:160]}")
        if args.show_errors:
            missed = [(g, ref) for g, ref in zip(golds, out, strict=False) if g[1] and (ref.get("DOI") or "").lower() != g[1]]
            for g, ref in missed[: args.show_errors]:
                why = [d.data for d in ref.diagnostics if d.code == "crossref.candidate"]
                print(f"  MISSED [{g[2]}/{g[3]}] {g[1]}: {g[0][:140]} {why[:1]}")
        if args.misses:
            causes = dump_misses(server, golds, out, args.parse, args.misses)
            print(f"  misses by cause ({sum(causes.values())}; details in {args.misses}):")
            for cause, n in causes.most_common():
                print(f"    {n:4d}  {cause}")
        if args.index:
            from refnorm.enrichment.index import build_index, write_data_file

            with tempfile.TemporaryDirectory() as tmp:
                write_data_file(server_works, Path(tmp) / "data" / "0.json.gz")
                t0 = time.perf_counter()
                info = build_index(Path(tmp) / "data", Path(tmp) / "crossref.idx")
                build = time.perf_counter() - t0
                refs = [Reference(raw=t) for t in texts]
                t0, c0 = time.perf_counter(), time.process_time()
                out3 = enrich(refs, index=Path(tmp) / "crossref.idx")
                wall3, cpu3 = time.perf_counter() - t0, time.process_time() - c0
            p3, r3, w3, c3, _, _cand3, wrong3 = score(golds, out3)
            print(f"local index (offline, one thread): precision {p3:.4f}  recall {r3:.4f}  ({c3} of {w3}; "
                  f"{len(wrong3)} wrong); {len(golds) / wall3:.0f} references/s wall, {len(golds) / cpu3:.0f} per CPU-second; index of {info['works']} works "
                  f"built in {build:.2f} s, {info['bytes'] / 1024:.0f} KiB")
        if args.real:
            rows = real_set()
            if rows:
                have = {w["DOI"].lower() for w in server_works}
                inset = [(t, gd) for t, gd in rows if gd and gd in have]
                # every other string cites a work the local set does not hold: any DOI written is wrong
                absent = [(t, None) for t, gd in rows if not gd or gd not in have]
                sample = inset + absent
                print(f"real 2k: {len(inset)} of {sum(1 for _, g in rows if g)} gold DOIs are in the local set "
                      f"(coverage {len(inset) / max(1, sum(1 for _, g in rows if g)):.3%}); the other "
                      f"{len(absent)} real strings cite works the set does not hold (must abstain)")
                out2, _wall2, _nreq2 = run_enrich(server, [t for t, _ in sample], args.parse)
                g2 = [(t, gd, "real", "-") for t, gd in sample]
                p2, r2, w2, c2, _rel2, cand2, wrong2 = score(g2, out2)
                print(f"  precision {p2:.4f}  recall {r2:.4f}  ({c2} correct of {w2} written; {cand2} for review)")
                for text, gold, doi, *_ in wrong2[: args.show_errors]:
                    print(f"  WRONG gold={gold} got={doi}: {text[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
