"""fields.py's gates in front of costly regex scans (session 14, fixer "sp"): a gate skips a scan only where the
pattern cannot match, so every result is the pattern's own. Strings of our own, the training texts, and the
case-folding table the gates rely on."""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.parsing import fields
from refnorm.parsing.fields import (
    _BARE_VERSION,
    _FOLD_APART,
    _MARGINAL_PINPOINT,
    _REPRINT_OF,
    _REPRINT_PIECES,
    _SUPERVISOR,
    _SUPERVISOR_PIECES,
    _may_hold,
)

TRAIN = Path(__file__).resolve().parents[1] / "training" / "train.jsonl"
# the form before session 14's rewrite (with session 19's end: a sentence's full stop may follow the version)
_OLD_BARE_VERSION = re.compile(r"(?=v)(?<![\w.])v(\d+\.\d+(?:\.\d+)*)(?!\w|\.\w)")


def _texts() -> list[str]:
    if not TRAIN.exists():
        pytest.skip("training/train.jsonl absent")
    with TRAIN.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


_GATE_PIECES = sorted(name for name in dir(fields) if name.endswith("_PIECES"))  # every gate's, new ones too


@functools.cache
def _every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("name", _GATE_PIECES)
def test_fold_apart_is_every_character_re_i_folds_otherwise_than_lower(name: str) -> None:
    """Every character ``re.I`` matches to a letter of a gate's pieces lower-cases to that letter, but those of
    _FOLD_APART (what lets `_may_hold` test the lower-cased text for pieces)."""
    every = _every_character()
    for x in sorted({c for p in getattr(fields, name) for c in p if c.isalpha()}):
        for m in re.finditer(re.escape(x), every, re.I):
            assert m.group().lower() == x or m.group() in _FOLD_APART, (name, x, m.group())


@pytest.mark.parametrize("text", [
    "Smith J. Old Roads. London: Murray; 1998 (Reprint of the 1923 ed.).",
    "Müller, K. Geschichte der Stadt. Unveränderter Nachdruck der Ausgabe Leipzig 1854. Aalen 1970.",
    "Dupont, P. Les routes. RÉIMPR. DE L'ÉD. DE 1890, Genève 1975.",
    "Rossi, A. Storia. Ristampa anastatica dell'edizione Milano 1887, Bologna 1970.",
    "García, L. Crónica. REIMPRESIÓN DE LA EDICIÓN DE 1902. Madrid 1980.",
    "Jansen, P. Kroniek. Herdruk van 1930. Leiden 1990.",
    "Martin, J. Traité. Fac-similé de l'édition de 1750, Paris 1990.",
    "Rossi, A. Storia. Rist. anast. dell'ed. 1887.",
    "REPRINTED FROM 1911 EDITION",
    "Reprınted from 1911 edition",  # a dotless i: re.I matches it to "i", lower() does not
    "Nachdruck der 1911 Auſgabe",
])
def test_reprint_gate_passes_every_match(text):
    assert _REPRINT_OF.search(text) is not None
    assert _may_hold(text, _REPRINT_PIECES)


@pytest.mark.parametrize("text", [
    "Smith J. Representations of roads. London: Murray; 1998.",  # "repr" without a match: the scan runs, finds nothing
    "Christ, A. Aristotle's heirs. 1923.",
    "Müller, K. Geschichte der Stadt. Leipzig 1854.",
])
def test_reprint_look_alikes(text):
    assert _REPRINT_OF.search(text) is None
    assert not (_may_hold(text, _REPRINT_PIECES) and _REPRINT_OF.search(text))


def test_reprint_gate_skips_plain_references():
    for text in ("Smith J. Old roads. London: Murray; 1998.", "Christ, A. Aristotle's heirs. Improved edition, 1923."):
        assert not _may_hold(text, _REPRINT_PIECES)


@pytest.mark.parametrize("text", [
    "Supervisor: Jane Roe", "Betreuerin Prof. Dr. A. Weber", "Orientadora: Profa. Dra. M. Silva", "Relatore F. Bianchi",
    "Handledare: K. Berg", "TEZ DANIŞMANI: Prof. Dr. A. Yılmaz", "Tez danışmanı Doç. Dr. B. Kaya",
    "Научный руководитель В. И. Петров", "Vedoucí diplomové práce Petr Macek", "ŠKOLITEL doc. J. Novák",
    "Directeur de thèse : P. Martin", "DIRECTOR DE TESIS: J. Pérez",
])
def test_supervisor_gate_passes_every_match(text):
    assert _SUPERVISOR.search(text) is not None
    assert _may_hold(text, _SUPERVISOR_PIECES)


def test_supervisor_gate_skips_containers():
    for text in ("Journal of Applied Physics", "Nature Communications", "Springer", "Zeitschrift für Soziologie"):
        assert not _may_hold(text, _SUPERVISOR_PIECES)


@given(st.text(alphabet="Reprint Nachdruck of der 1923 ed.()ıİſKé,;-", max_size=60))
@settings(max_examples=400, deadline=None)
def test_reprint_gate_on_random_strings(text):
    if _REPRINT_OF.search(text) is not None:
        assert _may_hold(text, _REPRINT_PIECES)


def test_gates_on_training_texts():
    """On the 31,937 training texts: no text a gate skips holds a match."""
    for text in _texts():
        if not _may_hold(text, _REPRINT_PIECES):
            assert _REPRINT_OF.search(text) is None, text
        if not ("Rn." in text or "Rz." in text or "dnr." in text):
            assert _MARGINAL_PINPOINT.search(text) is None, text
        if not _may_hold(text, _SUPERVISOR_PIECES):
            assert _SUPERVISOR.search(text) is None, text


@pytest.mark.parametrize("text", [
    "Tool v1.2.3 (2020)", "R package v0.9.", "version v2.1", "x.v1.2", "av1.2", "v1.2v3.4", "v1.2.x", "(v10.11)",
    "v1.", "v1.2.", "Qv3.14 v2.71", "v", "", "vv1.0",
])
def test_bare_version_same_matches(text):
    assert [(m.span(), m.groups()) for m in _BARE_VERSION.finditer(text)] == \
        [(m.span(), m.groups()) for m in _OLD_BARE_VERSION.finditer(text)]
    for lo in range(len(text) + 1):  # searched from inside a line, as record_from_segments does
        a, b = _BARE_VERSION.search(text, lo), _OLD_BARE_VERSION.search(text, lo)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@given(st.text(alphabet="v1.2 x_é-", max_size=30))
@settings(max_examples=400, deadline=None)
def test_bare_version_same_matches_random(text):
    assert [(m.span(), m.groups()) for m in _BARE_VERSION.finditer(text)] == \
        [(m.span(), m.groups()) for m in _OLD_BARE_VERSION.finditer(text)]


def test_marginal_pinpoint_gate():
    assert fields._MARGINAL_PINPOINT.search("BGB, 3. Aufl. 2020, § 823 Rn. 12") is not None
    assert fields._MARGINAL_PINPOINT.search("Palandt, BGB, § 242 Randnr. 5 f.") is not None
    assert fields._MARGINAL_PINPOINT.search("Kommentar, Art. 3 Rdnr. 7") is not None
    assert fields._MARGINAL_PINPOINT.search("Staudinger, § 1 Rz. 4") is not None
    assert fields._MARGINAL_PINPOINT.search("RN. 12") is None  # case-sensitive: the gate may be too
