"""The field labeler: a linear-chain CRF (python-crfsuite) over :mod:`refnorm.parsing.tokens`.

Why a CRF: the labels of neighbouring tokens constrain each other strongly (a page range follows
a volume, a title follows the authors), the model is small (a few MB) and tags a reference in
well under a millisecond in C, and it trains in minutes on two cores. The model file ships in
``refnorm/data/labeler.crfsuite`` and is opened once, on the first call (``import refnorm``
stays fast). ``scripts/train.py`` rebuilds it.

This module is the only importer of ``pycrfsuite``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pycrfsuite

from refnorm.parsing.features import sequence_features
from refnorm.parsing.tokens import Token

__all__ = ["Labeler", "Labeling", "default_labeler", "outside_labels", "train"]

MODEL_NAME = "labeler.crfsuite"

# Separators between fields are "O". In a first-order CRF an "O" forgets which field came before it,
# so "title . container-title" and "author . title" look alike to the chain; the whitespace CRFs
# (AnyStyle) have no "O" and keep the field order. Inside the model an "O" therefore says which field
# it follows ("O.title"); callers only ever see "O".
_OUTSIDE_AFTER = frozenset({"author", "editor", "title", "container-title", "issued", "publisher",
                            "publisher-place", "volume"})


def outside_labels(labels: Sequence[str]) -> list[str]:
    """``labels`` with each "O" renamed "O.<field it follows>" for the fields of ``_OUTSIDE_AFTER``
    (the model's training labels; :meth:`Labeler.label` maps them back to "O")."""
    out = []
    prev = ""
    for lab in labels:
        if lab == "O":
            out.append("O." + prev if prev in _OUTSIDE_AFTER else "O")
        else:
            out.append(lab)
            prev = lab.lstrip("^")
    return out


@dataclass(frozen=True)
class Labeling:
    """The labeler's answer for one string: a label per token and the sequence probability."""

    tokens: Sequence[Token]
    labels: list[str]
    probability: float
    marginals: list[float]  # probability of each token's chosen label (empty unless asked for)


class Labeler:
    """A CRF tagger bound to one model file."""

    def __init__(self, model_path: str | Path) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._lock = threading.Lock()  # a crfsuite Tagger holds per-call state
        self._split_outside = any(lab.startswith("O.") for lab in self._tagger.labels())
        self.labels = tuple(lab for lab in self._tagger.labels() if not lab.startswith("O."))

    def label(self, text: str, tokens: Sequence[Token], *, marginals: bool = False) -> Labeling:
        """Label ``tokens`` of ``text``, with the probability of the whole labelling (the chance that
        every token is right); per-token marginals only when asked for (they cost a call per token)."""
        if not tokens:
            return Labeling(tokens, [], 1.0, [])
        xseq = sequence_features(text, tokens)
        with self._lock:
            tagger = self._tagger
            tagger.set(xseq)
            labels = tagger.tag()
            prob = tagger.probability(labels)
            marg = [tagger.marginal(lab, i) for i, lab in enumerate(labels)] if marginals else []
        if self._split_outside:
            labels = ["O" if lab.startswith("O.") else lab for lab in labels]
        return Labeling(tokens, labels, float(prob), marg)


_default: Labeler | None = None
_default_lock = threading.Lock()
_keep_open = ExitStack()


def default_labeler() -> Labeler:
    """The shipped model, loaded on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                ref = resources.files("refnorm").joinpath("data", MODEL_NAME)
                path = _keep_open.enter_context(resources.as_file(ref))
                _default = Labeler(path)
    return _default


def train(
    xseqs: Sequence[list[list[str]]],
    yseqs: Sequence[list[str]],
    model_path: str | Path,
    *,
    c1: float = 0.05,
    c2: float = 0.01,
    max_iterations: int = 150,
    min_freq: float = 1,
    algorithm: str = "lbfgs",
    verbose: bool = False,
) -> None:
    """Train a CRF and write it to ``model_path``: L-BFGS with L1 ``c1`` + L2 ``c2`` (the default), or
    ``algorithm="ap"`` (averaged perceptron, ``max_iterations`` epochs: several times cheaper to train)."""
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=verbose)
    for x, y in zip(xseqs, yseqs, strict=True):
        trainer.append(x, y)
    params: dict[str, object] = {
        "max_iterations": max_iterations,
        "feature.minfreq": min_freq,
        "feature.possible_transitions": True,
    }
    if algorithm == "lbfgs":
        params.update({"c1": c1, "c2": c2})
    trainer.set_params(params)
    trainer.train(str(model_path))
