"""Gates in front of costly scans (session 15, fixer "sp"): a gate skips a scan only where the pattern cannot match,
so every result is the pattern's own. Strings of our own, the training texts, and the case-folding table the gates
rely on. (Each patch of sp's adds its tests at the end of this file.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.parsing import fields

TRAIN = Path(__file__).resolve().parents[1] / "training" / "train.jsonl"


def _texts() -> list[str]:
    if not TRAIN.exists():
        pytest.skip("training/train.jsonl absent")
    with TRAIN.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


# --- patch 03: fields._series_and_number's kind words ----------------------------------------------------------

def test_series_pieces_are_the_patterns_kind_words():
    """Each kind word of the pattern holds a piece (a word added to the pattern alone fails this)."""
    words = re.search(r"\(\?:(report\|[^)]*)\)", fields._SERIES_AND_NUMBER.pattern).group(1).split("|")
    assert len(words) > 15
    for w in words:
        assert any(p in w for p in fields._SERIES_KIND_PIECES), w


@pytest.mark.parametrize("text", [
    "Dupont, P. Les routes du sel. Rapport 6812.",
    "Yılmaz, A. Enflasyon. TCMB ÇALIŞMA TEBLİĞİ No. 21/04, Ankara.",
    "Berg, K. Skogen. Rapportserie 14, Umeå.",
    "Smith J. Roads. Working Papers 2019-12.",
    "Weber, A. Wälder. FORSCHUNGSBERICHT 41. Kassel.",
    "Costa, L. Estradas. Relatório 33, Lisboa.",
    "Brown, T. Bridges. Technical REPORT no. 7.",
])
def test_series_gate_passes_every_match(text):
    assert fields._SERIES_AND_NUMBER.search(text) is not None
    assert fields._may_hold(text, fields._SERIES_KIND_PIECES)


def test_series_gate_skips_plain_references():
    for text in ("Smith J. Old roads. London: Murray; 1998.", "Leng Z. Stem cells. Aging Dis. 2020;11(2):216-28."):
        assert not fields._may_hold(text, fields._SERIES_KIND_PIECES)


@given(st.text(alphabet="Report rapport Bericht papers Serie No. 12/3 .,ıİſKé", max_size=60))
@settings(max_examples=400, deadline=None)
def test_series_gate_on_random_strings(text):
    if fields._SERIES_AND_NUMBER.search(text) is not None:
        assert fields._may_hold(text, fields._SERIES_KIND_PIECES)


def test_series_gate_on_training_texts():
    """On the training texts: no text the gate skips holds a match."""
    for text in _texts():
        if not fields._may_hold(text, fields._SERIES_KIND_PIECES):
            assert fields._SERIES_AND_NUMBER.search(text) is None, text


# --- patch 04: fields._number_of_volumes' counting words -------------------------------------------------------

def test_volumes_words_are_the_patterns():
    """Each counting word of the pattern holds a gate word (a word added to the pattern alone fails this)."""
    words = re.search(r"\\s\*\(\?:(vols[^)]*)\)", fields._VOLUMES_COUNTED.pattern).group(1).split("|")
    assert len(words) >= 9
    for w in words:
        assert any(p in w.replace("\\", "").replace("?", "") for p in fields._VOLUMES_WORDS), w


@pytest.mark.parametrize("text", [
    "Marx, K. Das Kapital. Berlin: Dietz, 1962. 3 Bde.", "Hugo, V. Les Misérables. Paris, 1862, 10 tomes.",
    "Gibbon, E. Decline and Fall. London, 1776. 6 vols.", "Croce, B. Scritti (2 voll.), Bari 1950.",
    "Novák, J. Dějiny. Praha 1990. 2 dílů.", "Толстой Л. Собрание. Москва, 1951. 4 т.", "Smith, A. Works, 2 volumes.",
])
def test_volumes_gate_passes_every_match(text):
    assert fields._VOLUMES_COUNTED.search(text) is not None
    assert any(map(text.__contains__, fields._VOLUMES_WORDS))


def test_volumes_gate_skips_plain_references():
    for text in ("Leng Z. Stem cells. Aging Dis. 2020;11(2):216-28.", "Smith, A. Roads. Vol. 2. London, 1990."):
        assert not any(map(text.__contains__, fields._VOLUMES_WORDS))


def test_volumes_gate_on_training_texts():
    for text in _texts():
        if not any(map(text.__contains__, fields._VOLUMES_WORDS)):
            assert fields._VOLUMES_COUNTED.search(text) is None, text


# --- patch 05: repair._runs_of by comparison ---------------------------------------------------------------------

def _old_runs_of(out, label):
    n = len(out)
    i = 0
    while i < n:
        if out[i].lstrip("^") != label:
            i += 1
            continue
        e = i
        while e < n and out[e].lstrip("^") == label:
            e += 1
        yield i, e
        i = e


_LABELS = ["title", "^title", "author", "^author", "O", "issued", "^issued", "container-title"]


@given(st.lists(st.sampled_from(_LABELS), max_size=30), st.sampled_from(["title", "author", "issued", "page"]))
@settings(max_examples=500, deadline=None)
def test_runs_of_same_runs(out, label):
    from refnorm.parsing.repair import _runs_of
    assert list(_runs_of(out, label)) == list(_old_runs_of(out, label))


@given(st.lists(st.sampled_from(_LABELS), min_size=1, max_size=30), st.sampled_from(["title", "author"]),
       st.sampled_from(_LABELS))
@settings(max_examples=300, deadline=None)
def test_runs_of_sees_relabelling_as_it_goes(out, label, new):
    """A caller that relabels each run's first token as it goes sees the same later runs."""
    from refnorm.parsing.repair import _runs_of
    a, b = list(out), list(out)
    got, want = [], []
    for s, e in _runs_of(a, label):
        got.append((s, e))
        a[s] = new
        if e < len(a):
            a[e] = label
    for s, e in _old_runs_of(b, label):
        want.append((s, e))
        b[s] = new
        if e < len(b):
            b[e] = label
    assert got == want and a == b


def test_no_label_holds_two_begin_markers():
    """_runs_of compares a label with its plain and its "^" form: no model label nor repaired label has two."""
    from refnorm.parsing.labeler import default_labeler
    from refnorm.parsing.repair import repair_labels
    from refnorm.parsing.tokens import tokenize

    lab = default_labeler()
    assert not [x for x in lab.labels if x.startswith("^^")]
    for text in _texts()[:400]:
        toks = tokenize(text)
        assert not [x for x in repair_labels(toks, lab.label(text, toks).labels) if x.startswith("^^")]


# --- patch 06: fields' document-number words ---------------------------------------------------------------------

def test_document_number_words_hold_a_piece():
    """Each number word of the pattern holds a piece (a word added to the pattern alone fails this)."""
    words = re.search(r"\(\?:(artikelnummer\|.*?\|nnt)\)", fields._DOCUMENT_NUMBER.pattern).group(1).split("|")
    assert len(words) >= 9
    for w in words:
        assert any(p in w.replace("\\", "").replace("?", "") for p in fields._DOCUMENT_NUMBER_PIECES), w


@pytest.mark.parametrize("text", [
    "Müller GmbH. Katalog 2020. Art.-Nr. 4711-22.", "Shop. Bestellnummer: 88123.", "Úřad. Zpráva. Kód publikace 3-2019.",
    "RIVM. Rapport. Rapportnummer 2019-0012.", "Thèse. NNT : 2019PSLEE012.", "Vlaamse overheid. Publicatienr. D/2020/3241/12.",
    "ÚZIS. ČÍSLO PUBLIKACE 12a7.",
])
def test_document_number_gate_passes_every_match(text):
    assert fields._DOCUMENT_NUMBER.search(text) is not None
    assert fields._may_hold(text, fields._DOCUMENT_NUMBER_PIECES)


@given(st.text(alphabet="Art.-Nr Bestellnummer NNT publikace 12/ .:ıİſK", max_size=60))
@settings(max_examples=400, deadline=None)
def test_document_number_gate_on_random_strings(text):
    if fields._DOCUMENT_NUMBER.search(text) is not None:
        assert fields._may_hold(text, fields._DOCUMENT_NUMBER_PIECES)


def test_document_number_gate_on_training_texts():
    for text in _texts():
        if not fields._may_hold(text, fields._DOCUMENT_NUMBER_PIECES):
            assert fields._DOCUMENT_NUMBER.search(text) is None, text


# --- patch 07: repair's translation cue in ASCII text -------------------------------------------------------------

def test_translated_ascii_words_hold_a_piece():
    """Every cue word that ASCII text can spell holds "tra" or "vert" (an ASCII word added alone fails this)."""
    from refnorm.parsing.repair import _TRANSLATED_WORDS
    for w in _TRANSLATED_WORDS:
        if w.isascii():
            assert "tra" in w or "vert" in w, w


@given(st.text(alphabet="TRANStransladuvertaDV bB.,-", max_size=40))
@settings(max_examples=500, deadline=None)
def test_translated_gate_on_random_ascii(blob):
    from refnorm.parsing.repair import _TRANSLATED_CUE
    if _TRANSLATED_CUE.search(blob) is not None:
        assert "tra" in blob.lower() or "vert" in blob.lower()


def test_translated_gate_on_training_texts():
    from refnorm.parsing.repair import _TRANSLATED_CUE
    for text in _texts():
        if text.isascii() and "tra" not in text.lower() and "vert" not in text.lower():
            assert _TRANSLATED_CUE.search(text) is None, text


# --- patch 08: scans for non-ASCII characters skip ASCII text -----------------------------------------------------

def test_opening_quotes_and_kana_are_not_ascii():
    """_strip's opening-quote scan and the kana scan look for characters no ASCII text holds."""
    for c in map(chr, range(128)):
        assert fields._OPENING_QUOTE.search(c) is None, c
        assert fields.KANA.search(c) is None, c


@pytest.mark.parametrize(("segment", "expected"), [
    ("Oficyna Wydawnicza „Impuls”", "Oficyna Wydawnicza „Impuls”"), ("Éditions « Le Seuil »", "Éditions « Le Seuil »"),
    ("Journal of Roads (Rome)", "Journal of Roads (Rome)"), ("Press, ", "Press"), (' "Quoted" ', "Quoted"),
    ("Proc. ACL (ACL", "Proc. ACL (ACL"), ("「科学」", "「科学」"), ("“Title”,", "Title"),
])
def test_strip_keeps_its_answers(segment, expected):
    """(the answers before the gate: a closing quote kept after its opener, ASCII edges stripped)"""
    assert fields._strip(segment) == expected
