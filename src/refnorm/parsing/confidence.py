"""The confidence of a parse: the chance that every core field of its record is right.

One number from the labeler, the CRF's probability of its labelling, ranks records well but not
alone: it cannot see that a rule read some fields with certainty (an act and its gazette read whole
by :mod:`refnorm.parsing.legal`, a thesis's school, a report's number in brackets), nor that the
tokens it doubts change nothing in the record, nor that its labels contradict each other (a title in
two places), nor that the record lacks what a record of its type states (an article its journal, a
book its imprint). So the confidence is a small logistic model over cheap evidence about the parse and
the finished record::

    confidence = sigmoid(intercept + sum(weight[f] * evidence[f]))

:func:`evidence` gives the features (cheap: a pass over the segments, a few look-ups in the record);
the weights live in ``refnorm/data/confidence.json``, written by ``python bench/confidence.py --fit``
from data the labeler was not trained on (``training/dev.jsonl`` and the multilingual dev files up to
dev-23) and judged on files the fit never saw (docs/benchmarks.md, "## Fix", "Tenth session"). The
features were chosen by cross-validation on the fit data (per source: GROBID, AnyStyle, synthetic and
multilingual lines) among more candidates (per-token marginals, length, script, text no field took,
malformed dates, pages and names, the number of fields, other types, glued pieces), which added nothing
there, helped one source at another's expense, or cost too much per parse.
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

__all__ = ["FEATURES", "confidence", "evidence", "model_weights"]

MODEL_FILE = "confidence.json"

FEATURES = (
    "p",            # the labeler's probability (of the word tokens no rule relabelled, when a rule did)
    "relabelled",   # share of the tokens a repair rule relabelled
    "legal",        # the whole record read by legal.py's patterns (an act and its gazette, a case): the
                    # features of the labels are then 0, the labeler's reading having been set aside
    "split_field",  # fields the labels put in more than one place (a title in two runs): labels at odds
    "web",          # typed a web page: where styles and writers disagree most on what a record is
    "incomplete",   # share of what a record of its type states (a journal's name, a book's imprint) that it lacks
)

# fields that one reference states once: their label in two segments means the labeler read two of them
_ONCE = frozenset({"title", "container-title", "issued", "volume", "issue", "page", "publisher"})
_WEB = frozenset({"webpage", "post", "post-weblog"})
# what a record of each type states, each entry one field or a tuple of alternatives
_EXPECTED: dict[str, tuple[Any, ...]] = {
    "article-journal": ("container-title", "issued", ("volume", "issue", "page", "DOI", "URL")),
    "article-magazine": ("title", "container-title", "issued"),
    "article-newspaper": ("title", "container-title", "issued"),
    "chapter": ("title", "container-title", "issued", ("publisher", "page", "DOI")),
    "paper-conference": ("title", "container-title", "issued"),
    "book": ("title", "issued", ("publisher", "publisher-place", "DOI", "URL", "ISBN")),
    "thesis": ("title", "issued", ("publisher", "URL")),
    "report": ("title", "issued", ("author", "publisher", "URL", "DOI")),
    "webpage": ("title", ("URL", "DOI")),
}
_EXPECTED_ELSE = ("title",)


def evidence(csl: Mapping[str, Any], segs: Sequence[Sequence[Any]], probability: float, *,
             relabelled: float = 0.0, legal: bool = False) -> dict[str, float]:
    """The features of one parse's confidence (see :data:`FEATURES`): ``csl`` the finished record,
    ``segs`` the labelled segments it was read from (:func:`refnorm.parsing.fields.segments`: the label
    first), ``probability`` the labeler's, ``relabelled`` the share of tokens the repair rules relabelled,
    ``legal`` whether legal.py read the whole record."""
    if legal:  # the labels were set aside: the record is the patterns' reading, and only that counts
        return {"p": 0.0, "relabelled": 0.0, "legal": 1.0, "split_field": 0.0, "web": 0.0,
                "incomplete": _incomplete(csl), "labeler_p": probability}
    once = [x[0] for x in segs if x[0] in _ONCE]
    split = sum(once.count(k) > 1 for k in set(once)) if len(set(once)) < len(once) else 0
    return {
        "p": probability if 0.0 <= probability <= 1.0 else 0.0,  # NaN: a model without probabilities
        "relabelled": relabelled,
        "legal": 0.0,
        "split_field": float(split),
        "web": float(_type_of(csl) in _WEB),
        "incomplete": _incomplete(csl),
        "labeler_p": probability,  # not a feature: bench/confidence.py refits a one-number calibration on it
    }


def _type_of(csl: Mapping[str, Any]) -> str:
    kind = csl.get("type")
    return kind if isinstance(kind, str) else ""


def _compact(csl: Mapping[str, Any]) -> bool:
    """A compact article ("Phys. Rev. B 12, 345 (2001)"): no title, by convention."""
    return bool(csl.get("container-title") and (csl.get("volume") or csl.get("page")))


def _incomplete(csl: Mapping[str, Any]) -> float:
    expected = _EXPECTED.get(_type_of(csl), _EXPECTED_ELSE)
    missing = sum(1 for k in expected if not (any(csl.get(x) for x in k) if isinstance(k, tuple) else csl.get(k)))
    if "title" in expected and not csl.get("title") and _compact(csl):
        missing -= 1
    return missing / len(expected)


_weights: tuple[float, tuple[float, ...]] | None = None
_FEATURE_VALUES = operator.itemgetter(*FEATURES)


def model_weights() -> tuple[float, tuple[float, ...]]:
    """(intercept, one weight per name of :data:`FEATURES`) from ``refnorm/data/confidence.json``
    (read once; a feature the file does not name weighs nothing)."""
    global _weights
    if _weights is None:
        data = json.loads(resources.files("refnorm").joinpath("data", MODEL_FILE).read_text(encoding="utf-8"))
        w = data["weights"]
        _weights = (float(data["intercept"]), tuple(float(w.get(k, 0.0)) for k in FEATURES))
    return _weights


def confidence(features: Mapping[str, float]) -> float:
    """The chance that a parse has every core field right, from its :func:`evidence`."""
    intercept, weights = model_weights()
    z = intercept + sum(map(operator.mul, weights, _FEATURE_VALUES(features)))
    if z != z:  # NaN
        return 0.0
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
