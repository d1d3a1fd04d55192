"""The confidence of a parse (`refnorm.parsing.confidence`) and its fit (`bench/confidence.py --fit`).

The references here are written for these tests; none comes from a data set."""

from __future__ import annotations

import importlib.util
import json
import math
import random
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm import parse
from refnorm.parsing import confidence as conf
from refnorm.parsing.api import confidence_features
from refnorm.parsing.fields import Segment

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD = 0.7  # `refnorm fix`'s default min-confidence


def _bench():
    """bench/confidence.py as a module (it reads no data when imported)."""
    spec = importlib.util.spec_from_file_location("bench_confidence", ROOT / "bench" / "confidence.py")
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return mod


def _features(**kw: float) -> dict[str, float]:
    base = {"p": 0.9, "relabelled": 0.0, "legal": 0.0, "split_field": 0.0, "web": 0.0, "incomplete": 0.0}
    base.update(kw)
    return base


# --- the model file -------------------------------------------------------------------------------

def test_the_model_file_weighs_exactly_the_features_the_code_computes():
    data = json.loads(resources.files("refnorm").joinpath("data", conf.MODEL_FILE).read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(conf.FEATURES)
    assert all(math.isfinite(v) for v in [data["intercept"], *data["weights"].values()])


def test_the_weights_point_the_way_the_evidence_does():
    """A refit that turns a sign around is a broken fit, whatever its figures."""
    _, weights = conf.model_weights()
    w = dict(zip(conf.FEATURES, weights, strict=True))
    assert w["p"] > 0 and w["legal"] > 0
    assert w["split_field"] < 0 and w["incomplete"] < 0


def test_confidence_rises_with_the_labelers_probability_and_falls_with_each_sign_of_trouble():
    values = [conf.confidence(_features(p=p)) for p in (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0)]
    assert values == sorted(values) and values[0] < values[-1]
    sure = conf.confidence(_features(p=1.0))
    assert conf.confidence(_features(p=1.0, split_field=1.0)) < sure
    assert conf.confidence(_features(p=1.0, split_field=2.0)) < conf.confidence(_features(p=1.0, split_field=1.0))
    assert conf.confidence(_features(p=1.0, incomplete=0.5)) < sure
    assert conf.confidence(_features(p=1.0)) < 0.995  # even a sure labelling is wrong now and then


def test_nan_and_out_of_range_probabilities_give_no_confidence_from_the_labeler():
    f = conf.evidence({"type": "book", "title": "T", "issued": {"date-parts": [[2020]]}, "publisher": "P"}, [],
                      float("nan"))
    assert f["p"] == 0.0 and 0.0 <= conf.confidence(f) <= 1.0
    assert conf.confidence(_features(p=float("nan"))) == 0.0


# --- evidence from records and segments -------------------------------------------------------------

def _seg(label: str, i: int) -> Segment:
    return Segment(label, i * 10, i * 10 + 5, i, i)


def test_a_field_labelled_in_two_places_is_counted_once_per_field():
    segs = [_seg("author", 0), _seg("title", 1), _seg("issued", 2), _seg("title", 3), _seg("issued", 4),
            _seg("author", 5)]
    f = conf.evidence({"type": "book", "title": "T"}, segs, 0.9)
    assert f["split_field"] == 2.0  # title and issued; authors come in several runs by nature
    assert conf.evidence({"type": "book"}, segs[:3], 0.9)["split_field"] == 0.0


@pytest.mark.parametrize(("csl", "missing"), [
    ({"type": "article-journal", "title": "T", "container-title": "J", "issued": {}, "volume": "3"}, 0.0),
    ({"type": "article-journal", "title": "T", "volume": "3"}, 2 / 3),  # no journal, no date
    ({"type": "book", "title": "T", "issued": {"date-parts": [[2001]]}, "publisher": "P"}, 0.0),
    ({"type": "book", "title": "T"}, 2 / 3),
    ({"type": "webpage", "title": "T", "URL": "https://example.org"}, 0.0),
    ({"type": "webpage", "title": "T"}, 0.5),
    # a compact physics article has no title by convention: nothing lacks
    ({"type": "article", "container-title": "Phys. Rev. B", "volume": "12", "page": "345"}, 0.0),
    ({"type": "document"}, 1.0),
])
def test_incomplete_is_the_share_of_what_the_type_states_that_the_record_lacks(csl, missing):
    csl = {k: ({"date-parts": [[2020]]} if v == {} else v) for k, v in csl.items()}
    assert conf.evidence(csl, [], 0.9)["incomplete"] == pytest.approx(missing)


def test_a_record_read_whole_by_the_legal_patterns_ignores_the_labels():
    segs = [_seg("title", 0), _seg("title", 2)]
    f = conf.evidence({"type": "legislation", "title": "Gesetz"}, segs, 0.01, relabelled=0.3, legal=True)
    assert f["legal"] == 1.0 and f["split_field"] == 0.0 and f["p"] == 0.0 and f["relabelled"] == 0.0


# --- the model on parses of our own strings ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gesetz über die Förderung des Radverkehrs in Brandenburg (Radverkehrsgesetz – RadVG) vom 3. März 2021 "
    "(BGBl. I S. 412).",
    "Kırsal Kalkınma Yatırımlarının Desteklenmesine Dair Yönetmelik. (2020, 14 Şubat). Resmî Gazete (Sayı: 31039).",
])
def test_an_act_read_whole_by_the_legal_patterns_scores_above_fixs_threshold(text):
    refs = parse(text)
    assert len(refs) == 1 and refs[0]["type"] == "legislation"
    assert confidence_features(text)[0]["legal"] == 1.0
    assert refs[0].confidence >= THRESHOLD


def test_a_line_whose_labels_contradict_each_other_stays_low():
    text = "Smith J. 2019. Heat flow. 2020. Nature. Science. 12(3):45-67. Cell 13(4):1-2."
    refs = parse(text)
    assert len(refs) == 1
    assert confidence_features(text)[0]["split_field"] >= 2
    assert refs[0].confidence < 0.5
    assert any(d.code == "parse.low-confidence" for d in refs[0].diagnostics)


def test_a_plain_article_stays_sure():
    ref = parse("Lindqvist M, Okafor C. Snow cover on alpine slopes. J Glaciol. 2019;65(4):512-20.")[0]
    assert ref.confidence >= 0.9


def test_the_traced_evidence_is_the_evidence_parse_scored():
    text = "Okafor, C. (2018). Rivers of the Sahel. Dakar: Presses du Fleuve."
    (ref,), (f,) = parse(text), confidence_features(text)
    assert ref.confidence == round(conf.confidence(f), 4)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_confidence_is_a_probability_for_any_text(text):
    for ref in parse(text):
        assert ref.confidence is not None and 0.0 <= ref.confidence <= 1.0
    for f in confidence_features(text):
        assert set(conf.FEATURES) <= set(f) and all(math.isfinite(f[k]) for k in conf.FEATURES)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["type", "title", "container-title", "issued", "volume", "page", "URL",
                                        "publisher", "author", "DOI"]),
                       st.one_of(st.none(), st.text(max_size=8), st.integers(), st.lists(st.integers(), max_size=2))),
       st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
       st.lists(st.sampled_from(["title", "issued", "author", "page", "O", "note"]), max_size=12))
def test_evidence_and_confidence_never_fail_on_odd_records(csl, p, legal, labels):
    segs = [_seg(lab, i) for i, lab in enumerate(labels)]
    f = conf.evidence(csl, segs, p, legal=legal)
    assert 0.0 <= conf.confidence(f) <= 1.0


# --- the fit ----------------------------------------------------------------------------------------

def _synthetic(n: int = 600) -> tuple[list[list[float]], list[bool]]:
    """Records drawn from a known logistic model (intercept -1, weights 3 and -2)."""
    rnd = random.Random(7)
    xs, ys = [], []
    for _ in range(n):
        x = [rnd.random(), float(rnd.random() < 0.3)]
        p = 1 / (1 + math.exp(-(-1 + 3 * x[0] - 2 * x[1])))
        xs.append(x)
        ys.append(rnd.random() < p)
    return xs, ys


def test_the_fit_is_deterministic_and_writes_the_same_bytes():
    bench = _bench()
    xs, ys = _synthetic()
    w1, w2 = bench.fit(xs, ys, 0.3), bench.fit(xs, ys, 0.3)
    assert w1 == w2
    note = {"fitted_on": "synthetic"}
    assert bench.model_json(w1, ["a", "b"], note) == bench.model_json(w2, ["a", "b"], note)
    assert bench.cross_validated_l2(xs, ys) == bench.cross_validated_l2(xs, ys)


def test_the_fit_recovers_a_known_model():
    bench = _bench()
    xs, ys = _synthetic(4000)
    intercept, a, b = bench.fit(xs, ys, 0.1)
    assert intercept == pytest.approx(-1, abs=0.35) and a == pytest.approx(3, abs=0.5)
    assert b == pytest.approx(-2, abs=0.4)
    l2, losses = bench.cross_validated_l2(xs, ys)
    assert l2 in bench.L2_GRID and losses[l2] <= min(losses.values()) + 1e-4


def test_auc_counts_ties_half():
    bench = _bench()
    assert bench.auc([(0.9, True), (0.1, False)]) == 1.0
    assert bench.auc([(0.1, True), (0.9, False)]) == 0.0
    assert bench.auc([(0.5, True), (0.5, False)]) == 0.5
