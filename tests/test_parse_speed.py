"""The speed work on parsing keeps its output: the direct CRF engine gives python-crfsuite's labels and
probabilities exactly, and the labeler's features stay the strings the model was trained on."""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refnorm
from refnorm.parsing.features import FeatureEncoder, sequence_features
from refnorm.parsing.labeler import Labeler, default_labeler
from refnorm.parsing.tokens import tokenize

TEXTS = [
    "Leng Z, Zhu R, Hou W, et al. Transplantation of ACE2- Mesenchymal Stem Cells. Aging Dis. 9 mars 2020;11(2):216-28.",
    "Habermas, Jürgen (1981): Theorie des kommunikativen Handelns. Frankfurt am Main: Suhrkamp.",
    "王小明, 李华. 深度学习研究进展[J]. 计算机学报, 2019, 42(3): 1-10.",
    '[12] A. Einstein, "Zur Elektrodynamik bewegter Körper", Ann. Phys. 17, 891 (1905). doi:10.1002/andp.19053221004',
    "Морозова Т. В. История России. М.: Наука, 2005. 412 с. https://example.org/x ISBN 978-5-02-033149-1",
]

# sha256 of the JSON of sequence_features(text, tokenize(text)) and the token count: the model is trained
# against these strings, so a speed change must not alter them (a deliberate feature change, with the model
# retrained, updates them: `python tests/test_parse_speed.py` prints the current values)
FEATURE_PINS = [
    ("305262af70cbddac", 37),
    ("4f0aa45612b79344", 18),
    ("0c99c78b8e2c01c7", 36),
    ("e0c51fa1ababd470", 34),
    ("d738b0e5f3154584", 37),
]


@pytest.fixture(scope="module")
def engines() -> tuple[Labeler, Labeler]:
    direct = default_labeler()
    if direct.engine != "direct":
        pytest.skip(f"the direct CRF engine does not load here: {direct.engine_note}")
    return direct, Labeler(direct._path, engine="pycrfsuite")


def _pin(text: str) -> tuple[str, int]:
    feats = sequence_features(text, tokenize(text))
    return hashlib.sha256(json.dumps(feats, ensure_ascii=False).encode()).hexdigest()[:16], len(feats)


@pytest.mark.parametrize(("text", "pin"), list(zip(TEXTS, FEATURE_PINS, strict=True)))
def test_features_unchanged(text: str, pin: tuple[str, int]) -> None:
    assert _pin(text) == pin


def test_features_sample_readable() -> None:
    feats = sequence_features("Smith J. Nature. 2019;5:1-10.", tokenize("Smith J. Nature. 2019;5:1-10."))
    assert feats[0][:3] == ["w=smith", "sh=Xx", "len=5"]
    assert "year" in feats[5] and "first" in feats[0] and "last" in feats[-1]


def _encode(feature: str, default: bytes) -> bytes:
    """A test encoding: distinct bytes per string, some strings dropped (as the model drops unknown ones)."""
    return default if feature.startswith(("w+1=", "sh=X", "ck=")) else feature.encode() + b"\0"


def _encoder_agrees(encoder: FeatureEncoder, text: str) -> None:
    tokens = tokenize(text)
    expected = [b"".join(_encode(s, b"") for s in f) for f in sequence_features(text, tokens)]
    assert encoder.sequence(text, tokens) == expected
    assert encoder.sequence(text, tokens) == expected  # again, from the per-text cache


@pytest.mark.parametrize("text", TEXTS)
def test_encoded_features_are_the_strings_encoded(text: str) -> None:
    _encoder_agrees(FeatureEncoder(_encode), text)


_ANY_ENCODER = FeatureEncoder(_encode)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([*" ,.;:()[]\"„“”«»'’-–/\n", "In", "Hrsg.", "1999", "12", "doi:10.1/x", "www.a.org",
                                 "Smith", "J.", "et al.", "pp", "Mai", "Éd", "é", "王", "S. 3"]), max_size=40).map("".join)
       | st.text(max_size=120))
def test_encoded_features_on_any_text(text: str) -> None:
    _encoder_agrees(_ANY_ENCODER, text)


def _same(direct: Labeler, py: Labeler, text: str) -> None:
    toks = tokenize(text)
    if not toks:
        return
    a = direct.label(text, toks)
    b = py.label(text, toks)
    assert a.labels == b.labels
    assert a.probability == b.probability  # bit for bit: the same C code adds the same weights in the same order


@pytest.mark.parametrize("text", TEXTS)
def test_direct_engine_equals_pycrfsuite(engines: tuple[Labeler, Labeler], text: str) -> None:
    _same(*engines, text)


def test_unknown_features_and_long_sequences(engines: tuple[Labeler, Labeler]) -> None:
    direct, py = engines
    # unseen words give unseen feature strings; 700+ tokens outgrow every preallocated buffer
    _same(direct, py, "Qzxv Wkjh Ploo. Xyzzy frobnicates the quux. " * 3)
    _same(direct, py, " ".join(TEXTS * 6))
    xseq = [["never seen 1", "never seen 2"], ["w=smith", "also never seen"]]
    assert direct.tag_features(xseq) == py.tag_features(xseq)
    assert direct.tag_features([[]]) == py.tag_features([[]])


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "S")), max_size=200))
def test_direct_engine_equals_pycrfsuite_on_any_text(engines: tuple[Labeler, Labeler], text: str) -> None:
    _same(*engines, text)


def _state_scores(lab: Labeler, text: str) -> list[float]:
    """The state scores crfsuite's context holds after tagging ``text`` (token x label)."""
    import ctypes

    direct = lab._direct
    assert direct is not None
    toks = tokenize(text)
    direct.tag_records(direct.encoder.sequence(text, toks))
    n = len(toks) * len(direct.label_names)
    return list((ctypes.c_double * n).from_address(direct._ctx_struct.state))


def test_numpy_state_scores_are_crfsuites_bit_for_bit(engines: tuple[Labeler, Labeler]) -> None:
    direct = engines[0]
    if not direct._direct.dense:
        pytest.skip(f"numpy's state scores are not in use here: {direct.engine_note}")
    c_sums = Labeler(direct._path, engine="direct-crfsuite")
    assert not c_sums._direct.dense and "by crfsuite" in c_sums.engine_note
    texts = [*TEXTS, "Qzxv Wkjh Ploo. Xyzzy frobnicates the quux.", " ".join(TEXTS * 6), "x", "(", "王"]
    for text in texts:
        a, b = _state_scores(direct, text), _state_scores(c_sums, text)
        assert [x.hex() for x in a] == [x.hex() for x in b], text
        assert direct.label(text, tokenize(text)) == c_sums.label(text, tokenize(text))


def test_state_scores_fall_back_to_crfsuite_without_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy raises ImportError
    lab = Labeler(default_labeler()._path)
    assert lab.engine == "direct" and not lab._direct.dense and "numpy" in lab.engine_note
    py = Labeler(lab._path, engine="pycrfsuite")
    for text in TEXTS:
        _same(lab, py, text)


def test_numpy_sums_that_disagree_fall_back_to_crfsuites(monkeypatch: pytest.MonkeyPatch) -> None:
    import refnorm.parsing.labeler as labeler_module

    pytest.importorskip("numpy")
    real = labeler_module._dense_state_weights

    def off_by_a_bit(*args: object) -> object:
        table = real(*args)
        table[:-1] *= 1.0 + 1e-12  # every weight a hair off: the sums differ in their last bits
        return table

    monkeypatch.setattr(labeler_module, "_dense_state_weights", off_by_a_bit)
    lab = Labeler(default_labeler()._path)
    assert lab.engine == "direct" and not lab._direct.dense and "disagree" in lab.engine_note
    py = Labeler(lab._path, engine="pycrfsuite")
    for text in TEXTS:
        _same(lab, py, text)


def test_dense_state_weights_refuse_what_crfsuite_would_read_otherwise() -> None:
    import struct

    np = pytest.importorskip("numpy")
    from refnorm.parsing.labeler import _dense_state_weights

    with open(default_labeler()._path, "rb") as f:
        buf = bytearray(f.read())
    head = struct.unpack_from("<4sI4s9I", buf, 0)
    nlab, nattr, off_feats, off_attrrefs = head[5], head[6], head[7], head[11]
    table = _dense_state_weights(np, buf, off_feats, off_attrrefs, nattr, nlab)
    assert table.shape == (nattr + 1, nlab) and not table[-1].any()
    # attribute 0's first feature id pointed at attribute 1's first feature: not its own state feature
    first0 = struct.unpack_from("<I", buf, off_attrrefs + 12)[0]
    first1 = struct.unpack_from("<I", buf, off_attrrefs + 16)[0]
    struct.pack_into("<I", buf, first0 + 4, struct.unpack_from("<I", buf, first1 + 4)[0])
    with pytest.raises(ValueError, match="not its state feature"):
        _dense_state_weights(np, buf, off_feats, off_attrrefs, nattr, nlab)
    # an attribute naming its first feature twice: crfsuite would add that weight twice, the table cannot
    with open(default_labeler()._path, "rb") as f:
        buf = bytearray(f.read())
    aid = next(a for a in range(nattr) if struct.unpack_from(
        "<I", buf, struct.unpack_from("<I", buf, off_attrrefs + 12 + 4 * a)[0])[0] >= 2)
    refs = struct.unpack_from("<I", buf, off_attrrefs + 12 + 4 * aid)[0]  # count, then feature ids
    struct.pack_into("<I", buf, refs + 8, struct.unpack_from("<I", buf, refs + 4)[0])
    with pytest.raises(ValueError, match="repeated"):
        _dense_state_weights(np, buf, off_feats, off_attrrefs, nattr, nlab)


# the "and" splitter of name lists before its lookahead: the same matches, at the same places
_AND_PIECES = [*" ,&、，\n\t\u00a0", "and", "And", "AND", "et", "und", "u.", "U.", "y", "e", "i", "a", "и", "with",
               "in collaboration with", "Smith", "J.", "van", "Ortega", "Gasset", "ja", "en", "Eva", "MALÁ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_AND_PIECES), max_size=30).map("".join) | st.text(max_size=80))
def test_name_list_and_splitter_matches_as_before(text: str) -> None:
    import re

    from refnorm.normalizers import names

    before = re.compile(names._AND.pattern.removeprefix("(?=[\\s,&、，])(?:").removesuffix(")"), re.IGNORECASE)
    assert before.pattern != names._AND.pattern
    assert [(m.span(), m.group(1)) for m in names._AND.finditer(text)] == \
        [(m.span(), m.group(1)) for m in before.finditer(text)]


def test_marginals_still_available() -> None:
    lab = default_labeler()
    text = TEXTS[0]
    toks = tokenize(text)
    with_marg = lab.label(text, toks, marginals=True)
    plain = lab.label(text, toks)
    assert with_marg.labels == plain.labels
    assert len(with_marg.marginals) == len(toks) and all(0.0 < m <= 1.0 for m in with_marg.marginals)
    assert with_marg.probability == pytest.approx(plain.probability, rel=1e-12)


def test_threads_share_the_labeler() -> None:
    texts = TEXTS * 8
    serial = [[r.to_dict() for r in refnorm.parse(t)] for t in texts]
    out: dict[int, list] = {}

    def work(k: int) -> None:
        out[k] = [[r.to_dict() for r in refnorm.parse(t)] for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(out[k] == serial for k in range(4))


def test_engine_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFNORM_CRF", "pycrfsuite")
    lab = Labeler(default_labeler()._path)
    assert lab.engine == "pycrfsuite"
    assert lab.label(TEXTS[1], tokenize(TEXTS[1])).labels == default_labeler().label(TEXTS[1], tokenize(TEXTS[1])).labels


def test_falls_back_when_the_direct_engine_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    import refnorm.parsing.labeler as labeler_module

    def broken(path: str) -> None:
        raise OSError("symbols missing")

    monkeypatch.setattr(labeler_module, "_DirectTagger", broken)
    lab = Labeler(default_labeler()._path)
    assert lab.engine == "pycrfsuite" and "symbols missing" in lab.engine_note
    text = TEXTS[2]
    assert lab.label(text, tokenize(text)).labels == default_labeler().label(text, tokenize(text)).labels


if __name__ == "__main__":
    for t in TEXTS:
        print(f"    {_pin(t)!r},")


# --- the tokenizer's stdlib path for non-ASCII text --------------------------------------------------------
def _regex_tokens(text: str) -> list[tuple[str, int, int, bool, bool]]:
    """The tokens of ``text`` by the ``regex`` pattern alone (what every non-ASCII text got before the fast path)."""
    from refnorm.parsing.tokens import _GAP_TOKEN_RE

    out, pos = [], 0
    for gap, tok in _GAP_TOKEN_RE.findall(text):
        start = pos + len(gap)
        pos = start + len(tok)
        out.append((tok, start, pos, bool(gap), "\n" in gap or "\r" in gap))
    return out


@functools.cache
def _fast_chars() -> list[str]:
    from refnorm.parsing.tokens import _FAST_BLOCKS

    return [chr(c) for lo, hi in _FAST_BLOCKS for c in range(lo, hi)] + [chr(c) for c in range(128)]


def test_fast_tokenizer_path_equals_regex_for_every_character() -> None:
    from refnorm.parsing.tokens import _fast_patterns

    outside, _fast = _fast_patterns()
    on_fast_path = 0
    for c in _fast_chars():
        for text in (c, f"a{c}b", f"1{c}2", f" {c} ", f"{c}{c}x", f"é{c}", f"{c}\n1", f"Ж{c} 3"):
            if text.isascii() or outside.search(text):
                continue  # the other paths, unchanged
            on_fast_path += 1
            assert [tuple(t) for t in tokenize(text)] == _regex_tokens(text), (hex(ord(c)), text)
    assert on_fast_path > 10_000  # Latin, Greek, Cyrillic letters, punctuation: most of the blocks take it
    # what it must not take: combining marks, CJK, and characters the engines class differently ("²" is a
    # letter to re's [^\W\d_], not to regex's)
    for text in ("e\u0301tude", "東京 2020", "m² 3", "x\u3000y"):
        assert outside.search(text)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fast_tokenizer_path_equals_regex_on_any_text(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=st.sampled_from([*_fast_chars(), "\u0301", "²", "東"]), max_size=60))
    assert [tuple(t) for t in tokenize(text)] == _regex_tokens(text)


# the type inference's word lists, each skipped for ASCII text its gate finds nothing in
def _gated_lists() -> list[str]:
    import refnorm.normalizers.types as types

    return sorted(name for name, v in vars(types).items() if isinstance(v, types._Gated))


@pytest.mark.parametrize("name", _gated_lists())
def test_type_word_list_gates_never_hide_a_match(name: str) -> None:
    import refnorm.normalizers.types as types

    gated = getattr(types, name)
    assert gated.gate is not None  # no letter of these lists folds to an ASCII one: the gate is in use

    @settings(max_examples=150, deadline=None)
    @given(st.from_regex(gated.pattern, alphabet=st.characters(max_codepoint=127))
           | st.from_regex(gated.pattern).map(str.upper) | st.text(max_size=40))
    def agrees(text: str) -> None:
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text

    agrees()
    for text in ("", "Ph.D. Thesis", "PhD diss.", "Doctoral dissertation", "Masterarbeit", "TESIS DOCTORAL",
                 "Zenodo", "US 9,876,543 B2", "bioRxiv", "Proc. ACL", "Tech. Rep.", "ISO 690:2021",
                 "The Times", "Oxford English Dictionary", "Der Neue Pauly", "TIME", "Nature", "Thèse", "Jxiv"):
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text


def test_type_word_list_gates_agree_on_reference_texts() -> None:
    import refnorm.normalizers.types as types

    path = Path(__file__).resolve().parents[1] / "training" / "test-anystyle.jsonl"
    if not path.exists():
        pytest.skip("training/test-anystyle.jsonl absent")
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    texts += [t.upper() for t in texts] + [piece for t in texts for piece in t.split(". ")]
    for name in _gated_lists():
        gated = getattr(types, name)
        for text in texts:
            assert (gated.search(text) is None) == (gated.pattern.search(text) is None), (name, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzJFMASONDjanfebmrpilyugsctovdec.' ", max_size=10)
       | st.sampled_from(["May", "MAY", "june", "Sept", "Okt", "mar", "März", "févr", "Jan.", "", "12", "x"]))
def test_month_number_ascii_shortcut_reads_as_the_general_path(word: str) -> None:
    import unicodedata

    from refnorm.normalizers.dates import _month, month_number

    key = unicodedata.normalize("NFKC", word).strip().rstrip(".\u05f3'\u0970\u02bc").casefold().replace("\u0307", "")
    assert month_number(word) == (None if not key or key.isdigit() else _month(key, None))


# the identifier marks' pre-test (features._ids): a byte translation in which every match of the digit-led
# patterns is a run of seven "0"s, so a text without one never runs them
def _plain_marks(text: str) -> list[str | None]:
    from bisect import bisect_left

    from refnorm.parsing import features

    tokens = tokenize(text)
    marks: list[str | None] = [None] * len(tokens)
    starts = [t.start for t in tokens]
    for name, pat in features._ID_PATTERNS:
        for m in pat.finditer(text):
            i = bisect_left(starts, m.start())
            while i < len(tokens) and tokens[i].end <= m.end():
                marks[i] = marks[i] or name
                i += 1
    return marks


def test_identifier_pretest_keeps_every_digit_or_space_a_zero() -> None:
    import re

    from refnorm.parsing import features

    digit_or_space = re.compile(r"[\d\s]")
    for lead in range(0xC2, 0xE0):  # a two-byte block read as "x" holds no character the patterns' classes take
        if features._RUN_TABLE[lead] != 0x30:
            lo = (lead & 0x1F) << 6
            assert not any(digit_or_space.match(chr(c)) for c in range(lo, lo + 64)), hex(lead)
    assert all(features._RUN_TABLE[b] == 0x30 for b in [*b"0123456789", *range(0xE0, 0x100)])
    assert features._RUN_TABLE[0xD0] == ord("x")  # Cyrillic is no digit: a Russian title keeps the pre-test cheap
    for c in map(chr, range(0x80)):  # each ASCII character the patterns take between digits is dropped
        if c in "-./" or c.isspace():
            assert c.encode() in features._RUN_DROP


_ID_PIECES = ["0", "1", "9", "12", "1234", "123", "1234567", "978", "-", ".", "/", ":", " ", "\n", "\x1c", "\u00a0",
              "\u2009", "\u3000", "\u2013", "X", "x", "arXiv:", "ARXİV:", "www.", "10.", "http://", "١٢٣٤", "٥",
              "１２", "Ж", "é", "東", "\ud800", "ISSN", "ISBN", "doi:"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ID_PIECES), max_size=30).map("".join))
def test_identifier_pretest_hides_no_match(text: str) -> None:
    from refnorm.parsing import features

    assert features._id_marks(text, tokenize(text)) == _plain_marks(text)


def test_identifier_marks_examples() -> None:
    from refnorm.parsing import features

    for text, expected in [("ISBN ９７８-３-16-148410-0", {"isbn"}), ("ISSN\u00a01234-5678", {"issn"}),
                           ("Журнал. ٢٠١٩.٠١٢٣٤", {"arxiv"}), ("Т. 12, № 3. С. 45–67.", set()),
                           ("ISBN 978 3 16 148410 0", {"isbn"}), ("pp. 123-140, 2019", set()), ("pp. 1234-1240", {"issn"})]:
        marks = features._id_marks(text, tokenize(text))
        assert set(marks) - {None} == expected, text
        assert marks == _plain_marks(text), text
