#!/usr/bin/env python3
"""Field-labeler accuracy on held-out sets: token accuracy, field P/R/F1, whole references.

Sets: ``training/test-anystyle.jsonl`` (AnyStyle split test), ``training/test-grobid.jsonl``
(GROBID evaluation), and EXCITE from ``../shared/data/exgoldstandard/`` (German and English
reference sections; evaluation only, skipped with a message when ``../shared`` is absent).

Token figures are for the labels ``parse`` uses (the CRF's, after :mod:`refnorm.parsing.repair`).
Figures per set:
- ``tok``: accuracy over refnorm's tokens (punctuation included, gold from the spans);
- ``ws-tok``: accuracy over whitespace tokens, each labelled by the majority label of its
  letter/digit sub-tokens: the unit AnyStyle's published token accuracy counts (gold tokens
  outside every field or in EXCITE's ``other`` are ignored, as in those figures);
- ``seg-F1``: field F1 over labelled segments, a field right when label and token extent match;
- ``ws-F1``: the same over whitespace tokens (AnyStyle's unit, as ``ws-tok``): a field is a run of
  scored whitespace tokens with one gold (or predicted) label, right when label and extent match; a
  field's edge punctuation and role words ("pp.", "eds.", "In:"), outside every refnorm gold span, are
  not scored, as for ``ws-tok``;
- ``ref-ok``: references with every whitespace token right;
- ``csl-F1`` / ``csl-core`` / ``exact``: the team scorer (``../shared/tools/score_references.py``)
  on CSL records, gold records made from the gold spans by the same ``fields.py`` (so both sides
  share normalisation); ``exact`` = records with every core field right. On EXCITE, predicted
  ``publisher-place`` is not scored: EXCITE tags places as ``other`` (ignored), like AnyStyle's figures.

    nice python bench/accuracy.py                 # all sets
    nice python bench/accuracy.py --limit 300     # quicker
    nice python bench/accuracy.py --model PATH    # another model file
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import anystyle_splits  # noqa: E402
from refnorm.parsing.api import _parse_text  # noqa: E402
from refnorm.parsing.corpus import Example, load, token_labels  # noqa: E402
from refnorm.parsing.fields import infer_type, record_from_segments, segments  # noqa: E402
from refnorm.parsing.labeler import Labeler, default_labeler  # noqa: E402
from refnorm.parsing.repair import repair_labels  # noqa: E402

SHARED = ROOT / ".." / "shared"


def scorer():
    path = SHARED / "tools" / "score_references.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("score_references", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def gold_record(ex: Example, toks, labels) -> list[dict] | None:
    """Gold CSL records of a line, one per reference extent (None: not a reference)."""
    labs = [lab.lstrip("^") for lab in labels]
    segs = [s for s in segments(toks, labs) if s.label != "IGNORE"]
    if not ex.refs:
        return None
    out = []
    for rs, re_ in ex.refs:
        mine = [s for s in segs if rs <= s.start < re_]
        csl, _ = record_from_segments(ex.text, mine, ex.lang)
        out.append({"type": infer_type(csl, ex.text[rs:re_]), **csl})
    return out


def ws_labels(text: str, toks, labels) -> list[tuple[int, str]]:
    """(whitespace-token index, majority label of its alnum sub-tokens) for each whitespace token."""
    out = []
    k = 0
    pos = 0
    for idx, word in enumerate(text.split()):
        start = text.index(word, pos)
        end = start + len(word)
        pos = end
        votes: collections.Counter = collections.Counter()
        while k < len(toks) and toks[k].start < end:
            if toks[k].start >= start and toks[k].text[:1].isalnum():
                votes[labels[k].lstrip("^")] += 1
            k += 1
        if votes:
            out.append((idx, votes.most_common(1)[0][0]))
    return out


def evaluate(name: str, examples: list[Example], labeler: Labeler, sc, unscored: frozenset = frozenset(),
             repair: bool = True) -> dict:
    """Scores of ``labeler`` on ``examples``; ``unscored`` CSL fields are dropped from predictions
    (EXCITE tags places as "other", so a predicted publisher-place there cannot be judged); without ``repair``, of
    the labeler alone."""
    tok_ok = tok_n = ws_ok = ws_n = ref_ok = 0
    seg_tp = seg_fp = seg_fn = 0
    wseg_tp = wseg_fp = wseg_fn = 0
    per_label = collections.defaultdict(lambda: [0, 0, 0])
    gold_rows, preds = [], {}
    calib: list[tuple[float, bool]] = []  # (confidence, every core field right) per one-record line
    by_lang = collections.defaultdict(lambda: [0, 0])
    confusion: collections.Counter = collections.Counter()  # (gold, predicted) whitespace-token errors
    t0 = time.time()
    for ex in examples:
        toks, gold = token_labels(ex)
        if not toks:
            continue
        pred = labeler.label(ex.text, toks).labels
        if repair:
            pred = repair_labels(toks, pred)
        for g, p in zip(gold, pred, strict=False):
            if g == "IGNORE":
                continue
            tok_n += 1
            tok_ok += g.lstrip("^") == p.lstrip("^")
        gw = dict(ws_labels(ex.text, toks, gold))
        pw = dict(ws_labels(ex.text, toks, pred))
        all_ok = True
        for i, g in gw.items():
            if g in ("O", "IGNORE"):
                continue
            ok = pw.get(i) == g
            if not ok:
                confusion[(g, pw.get(i, "O"))] += 1
            ws_n += 1
            ws_ok += ok
            all_ok &= ok
            lang = ex.lang or "?"
            by_lang[lang][0] += ok
            by_lang[lang][1] += 1
        ref_ok += all_ok
        scored = [i for i, g in sorted(gw.items()) if g not in ("O", "IGNORE")]
        gr, pr = _runs([gw[i] for i in scored]), _runs([pw.get(i, "O") for i in scored])
        wseg_tp += len(gr & pr)
        wseg_fp += len({r for r in pr if r[0] != "O"} - gr)
        wseg_fn += len(gr - pr)
        ignore = {i for i, g in enumerate(gold) if g == "IGNORE"}
        gs = {(s.label, s.first, s.last) for s in segments(toks, [g.lstrip("^") for g in gold]) if s.label != "IGNORE"}
        ps = {(s.label, s.first, s.last) for s in segments(toks, [p.lstrip("^") for p in pred])
              if not any(i in ignore for i in range(s.first, s.last + 1))}
        seg_tp += len(gs & ps)
        seg_fp += len(ps - gs)
        seg_fn += len(gs - ps)
        for lab, *_ in gs & ps:
            per_label[lab][0] += 1
        for lab, *_ in ps - gs:
            per_label[lab][1] += 1
        for lab, *_ in gs - ps:
            per_label[lab][2] += 1
        if sc is not None:
            gold_rows.append({"id": ex.id, "text": ex.text, "lang": ex.lang or "?", "gold": gold_record(ex, toks, gold)})
            refs = _parse_text(ex.text, ex.lang, labeler)
            preds[ex.id] = [{k: v for k, v in r.to_csl().items() if k not in unscored} for r in refs]
            gold_csl = gold_rows[-1]["gold"]
            if gold_csl and len(gold_csl) == 1 and refs:
                cmp = sc.compare_records(gold_csl[0], preds[ex.id][0])
                calib.append((refs[0].confidence or 0.0, all(v == "tp" for f, v in cmp.items() if f in sc.CORE)))
    elapsed = time.time() - t0

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    res = {
        "set": name, "n": len(examples), "tok": tok_ok / tok_n, "ws_tok": ws_ok / ws_n,
        "seg_f1": f1(seg_tp, seg_fp, seg_fn), "ws_f1": f1(wseg_tp, wseg_fp, wseg_fn), "ref_ok": ref_ok / len(examples), "seconds": elapsed,
        "per_label": {k: round(f1(*v), 3) for k, v in sorted(per_label.items(), key=lambda kv: -sum(kv[1]))},
        "by_lang": {k: round(v[0] / v[1], 4) for k, v in by_lang.items() if v[1]},
        "confusion": confusion, "ws_n": ws_n,
    }
    if sc is not None:
        summary, groups, _ = sc.score_refs(gold_rows, preds)
        res["split"] = summary["split_accuracy"]
        res["nonref"] = summary["nonref_recall"]
        res["nonref_p"] = summary["nonref_precision"]
        res["csl_by_lang"] = {k: round(v["micro_core"]["f"], 3) for k, v in groups.items()}
        res["csl_f1"] = summary["micro_all"]["f"]
        res["confidence"] = confidence_report(calib)
        res["csl_core"] = summary["micro_core"]["f"]
        res["exact"] = summary["exact_record_accuracy"]
        res["csl_fields"] = {f: round(v["f"], 3) for f, v in summary["per_field"].items()}
    return res


def _runs(labels: list[str]) -> set[tuple[str, int, int]]:
    """Maximal runs of one label: (label, first, last) positions."""
    out = set()
    start = 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            out.add((labels[start], start, i - 1))
            start = i
    return out


def confidence_report(calib: list[tuple[float, bool]]) -> str:
    """How well ``confidence`` separates right records from wrong ones: AUC, and the share below 0.5."""
    pos = sorted(c for c, ok in calib if ok)
    neg = [c for c, ok in calib if not ok]
    if not pos or not neg:
        return "n/a"
    import bisect

    wins = sum(bisect.bisect_left(pos, c) for c in neg)  # right records scored below each wrong one
    ties = sum(bisect.bisect_right(pos, c) - bisect.bisect_left(pos, c) for c in neg)
    auc = 1 - (wins + 0.5 * ties) / (len(pos) * len(neg))
    low = [ok for c, ok in calib if c < 0.5]
    wrong_low = (1 - sum(low) / len(low)) if low else 0.0
    return (f"AUC {auc:.3f}; below 0.5: {len(low) / len(calib):.0%} of records, {wrong_low:.0%} of them wrong "
            f"(overall {len(neg) / len(calib):.0%} wrong)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="at most N references per set")
    ap.add_argument("--model", type=Path, help="model file (default: the shipped one)")
    ap.add_argument("--sets", default="anystyle,grobid,excite-de,excite-en",
                    help="comma-separated; also 'dev' (training/dev.jsonl: synthetic multilingual, glued, non-references) "
                         "and 'dev-shapes' (its synthetic shape rows only); 'dev-anystyle', 'dev-grobid' (its AnyStyle / GROBID "
                         "rows: the real rows to tune a recipe on); 'anystyle-2', 'anystyle-3': the other AnyStyle "
                         "splits (scripts/anystyle_splits.py), each with its own --model")
    ap.add_argument("--no-repair", action="store_true",
                    help="score the labeler's labels alone, without parsing.repair's rules (the token and segment "
                         "columns; the CSL columns still come from parse, rules included): tells the model's errors "
                         "from the rules' (a retrained model against a null retrain, docs/benchmarks.md session 17)")
    ap.add_argument("--fields", action="store_true", help="print per-field F1")
    ap.add_argument("--confusion", type=int, default=0, metavar="K",
                    help="print the K most frequent (gold -> predicted) whitespace-token errors")
    args = ap.parse_args()
    labeler = Labeler(args.model) if args.model else default_labeler()
    sc = scorer()
    if sc is None:
        print("note: ../shared/tools/score_references.py absent: CSL-level scores skipped")
    sets = {
        "anystyle": (ROOT / "training" / "test-anystyle.jsonl", "refnorm"),
        "grobid": (ROOT / "training" / "test-grobid.jsonl", "refnorm"),
        "dev": (ROOT / "training" / "dev.jsonl", "refnorm"),
        "dev-shapes": (ROOT / "training" / "dev.jsonl", "refnorm"),
        "dev-anystyle": (ROOT / "training" / "dev.jsonl", "refnorm"),
        "dev-grobid": (ROOT / "training" / "dev.jsonl", "refnorm"),
        "anystyle-2": (ROOT / "training" / "test-anystyle.jsonl", "refnorm"),
        "anystyle-3": (ROOT / "training" / "test-anystyle.jsonl", "refnorm"),
        "excite-de": (SHARED / "data" / "exgoldstandard" / "de_refsection.jsonl", "excite"),
        "excite-en": (SHARED / "data" / "exgoldstandard" / "en_refsection.jsonl", "excite"),
    }
    print(f"{'set':10} {'n':>5} {'tok':>6} {'ws-tok':>6} {'seg-F1':>6} {'ws-F1':>6} {'ref-ok':>6} {'csl-F1':>6} "
          f"{'core':>6} {'exact':>6}")
    for name in args.sets.split(","):
        path, fmt = sets[name]
        if not path.exists():
            print(f"{name:10} skipped: {path} absent")
            continue
        examples = list(load(path, fmt))
        if name in ("anystyle-2", "anystyle-3"):  # needs a model trained with --anystyle-split 2/3
            examples = anystyle_splits.test_set(int(name[-1]))
        if name == "dev-shapes":  # the dev share of scripts/synth.py's shape rows: the forms styles never print
            examples = [e for e in examples if e.id.startswith("synthetic/shape/")]
        if name in ("dev-anystyle", "dev-grobid"):  # the real rows held out for tuning: choose a recipe here, not on a test set
            examples = [e for e in examples if e.source == name[4:]]
        if args.limit:
            examples = examples[: args.limit]
        unscored = frozenset({"publisher-place"}) if fmt == "excite" else frozenset()
        r = evaluate(name, examples, labeler, sc, unscored, repair=not args.no_repair)
        print(f"{name:10} {r['n']:5d} {r['tok']:6.1%} {r['ws_tok']:6.1%} {r['seg_f1']:6.1%} {r['ws_f1']:6.1%} {r['ref_ok']:6.1%} "
              f"{r.get('csl_f1', 0):6.1%} {r.get('csl_core', 0):6.1%} {r.get('exact', 0):6.1%}"
              f"   ({r['seconds']:.1f}s)", flush=True)
        if args.confusion:
            errors = sum(r["confusion"].values())
            print(f"   whitespace-token errors: {errors} of {r['ws_n']}; most frequent (gold -> predicted):")
            for (g, p), c in r["confusion"].most_common(args.confusion):
                print(f"     {c:5d} {c / errors:6.1%}  {g} -> {p}")
        if args.fields:
            print("   seg F1 per label:", r["per_label"])
            print("   csl F1 per field:", r.get("csl_fields"))
            if len(r["by_lang"]) > 1:
                print("   ws-tok by lang:", r["by_lang"])
                print("   csl core F1 by lang:", r.get("csl_by_lang"))
            print("   confidence:", r.get("confidence"))
            if r.get("split") is not None or r.get("nonref") is not None:
                print(f"   glued lines split right: {r.get('split')}, non-references: recall {r.get('nonref')} "
                      f"precision {r.get('nonref_p')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
