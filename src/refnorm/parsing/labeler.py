"""The field labeler: a linear-chain CRF (python-crfsuite) over :mod:`refnorm.parsing.tokens`.

Why a CRF: the labels of neighbouring tokens constrain each other strongly (a page range follows
a volume, a title follows the authors), the model is small (a few MB) and tags a reference in
well under a millisecond in C, and it trains in minutes on two cores. The model file ships in
``refnorm/data/labeler.crfsuite`` and is opened once, on the first call (``import refnorm``
stays fast). ``scripts/train.py`` rebuilds it.

Tagging goes through crfsuite's own C tagger, but not through python-crfsuite's ``Tagger.set``:
that call converts every feature string to a C++ ``std::string`` and looks it up in the model's
hash table (about half of the CRF's time, 23 strings per token). :class:`_DirectTagger` reads the
model's attribute table once into a dict (string -> packed attribute record); a
:class:`~refnorm.parsing.features.FeatureEncoder` over it gives each token's features as those records
directly, encoded once per distinct token text, so parsing builds and looks up no feature strings. The
records go into crfsuite's instance struct, and the same C functions (state scores, Viterbi, the score
of the path, the forward pass for the normaliser) run through ``ctypes``: same code, same order of
additions, so the labels and probabilities are bit-for-bit those of ``pycrfsuite.Tagger`` (checked
on load against it, and in ``tests/test_parse_speed.py``). When the library's symbols or struct
layouts are not what this code expects (another python-crfsuite build), or ``REFNORM_CRF=pycrfsuite``
is set, the labeler uses ``pycrfsuite.Tagger`` as before.

The state scores (per token and label, the sum of the weights of the token's attributes), which
crfsuite's ``set`` reads feature by feature out of the model file's format, are summed by numpy
from a dense attribute x label table when numpy is installed (about 3x faster; the same additions in
the same order, so still bit-for-bit, see :class:`_DirectTagger`); without numpy, or with
``REFNORM_CRF=direct-crfsuite``, crfsuite sums them. Viterbi and the forward pass stay crfsuite's.

This module is the only importer of ``pycrfsuite`` and of ``numpy``.
"""

from __future__ import annotations

import ctypes
import math
import mmap
import os
import struct
import sys
import threading
from array import array
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any

import pycrfsuite

from refnorm.parsing.features import FeatureEncoder, sequence_features
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

    def __init__(self, model_path: str | Path, *, engine: str | None = None) -> None:
        """``engine``: "direct" (crfsuite's C tagger fed attribute ids, the default when it loads and
        agrees with python-crfsuite; the state scores summed by numpy when it is installed),
        "direct-crfsuite" (the same, the state scores always by crfsuite's C code), or "pycrfsuite"
        (``Tagger.set`` with feature strings). ``REFNORM_CRF`` names the engine when ``engine`` is None."""
        self._path = str(model_path)
        self._lock = threading.Lock()  # a crfsuite tagger holds per-call state
        self._pytagger: pycrfsuite.Tagger | None = None
        self._direct: _DirectTagger | None = None
        engine = engine or os.environ.get("REFNORM_CRF") or "direct"
        self.engine_note = engine  # which engine tags, and why not the direct one when it is not
        if engine in ("direct", "direct-crfsuite"):
            try:
                self._direct = _DirectTagger(self._path)
                if engine == "direct-crfsuite":
                    self._direct.use_dense_scores(False)
                try:
                    self._direct.check_against(self._tagger)
                except ValueError:
                    if not self._direct.dense:
                        raise
                    # numpy's sums disagree here: crfsuite's own state scores, checked again
                    self._direct.use_dense_scores(False, "numpy's state scores disagree with crfsuite's")
                    self._direct.check_against(self._tagger)
            except Exception as exc:  # any failure or mismatch means: use the library's own API
                self._direct = None
                self.engine_note = f"pycrfsuite (direct tagger unavailable: {exc})"
            else:
                self._pytagger = None  # reopened only for marginals; saves the model's second copy
                self.engine_note = f"direct ({self._direct.scores_note})"
        names = self._direct.label_names if self._direct else list(self._tagger.labels())
        self.engine = "direct" if self._direct else "pycrfsuite"
        self._split_outside = any(lab.startswith("O.") for lab in names)
        self.labels = tuple(lab for lab in names if not lab.startswith("O."))
        self._out_names = ["O" if lab.startswith("O.") else lab for lab in names]

    @property
    def _tagger(self) -> pycrfsuite.Tagger:
        """python-crfsuite's tagger on the same model (opened on first use)."""
        if self._pytagger is None:
            tagger = pycrfsuite.Tagger()
            tagger.open(self._path)
            self._pytagger = tagger
        return self._pytagger

    def tag_features(self, xseq: Sequence[Sequence[str]]) -> tuple[list[str], float]:
        """Model labels (with "O.<field>") and the probability of that labelling for feature lists."""
        with self._lock:
            if self._direct is not None:
                ids, prob = self._direct.tag(xseq)
                names = self._direct.label_names
                return [names[i] for i in ids], prob
            tagger = self._tagger
            tagger.set(xseq)
            labels = tagger.tag()
            return labels, float(tagger.probability(labels))

    def kept_probability(self, text: str, tokens: Sequence[Token], keep: Sequence[bool]) -> float | None:
        """The labeler's probability that the tokens marked ``keep`` have the labels it gave them, whatever
        it gives the others: the confidence of a labelling whose other tokens a rule relabelled, which
        the rule, not the model, answers for. None without the direct engine."""
        direct = self._direct
        if direct is None or not tokens:
            return None
        text, tokens = _apostrophes_as_trained(text, tokens)
        records = direct.encoder.sequence(text, tokens)
        with self._lock:
            return direct.kept_probability(records, keep)

    def label(self, text: str, tokens: Sequence[Token], *, marginals: bool = False) -> Labeling:
        """Label ``tokens`` of ``text``, with the probability of the whole labelling (the chance that
        every token is right); per-token marginals only when asked for (they cost a call per token)."""
        if not tokens:
            return Labeling(tokens, [], 1.0, [])
        given = tokens
        text, tokens = _apostrophes_as_trained(text, tokens)
        direct = self._direct
        if direct is not None and not marginals:
            records = direct.encoder.sequence(text, tokens)
            with self._lock:
                ids, prob = direct.tag_records(records)
            out = self._out_names
            return Labeling(given, [out[i] for i in ids], prob, [])
        xseq = sequence_features(text, tokens)
        with self._lock:
            tagger = self._tagger
            tagger.set(xseq)
            labels = tagger.tag()
            prob = tagger.probability(labels)
            marg = [tagger.marginal(lab, i) for i, lab in enumerate(labels)] if marginals else []
        if self._split_outside:
            labels = ["O" if lab.startswith("O.") else lab for lab in labels]
        return Labeling(given, labels, float(prob), marg)


def _apostrophes_as_trained(text: str, tokens: Sequence[Token]) -> tuple[str, Sequence[Token]]:
    """The labeler's view of a typographic apostrophe after a lower-case elision inside a phrase
    ("assistenza nell’Italia", "tapisserie d’Aubusson"): the training references write it "'" and use
    "’" mostly to close a quotation, so the model reads "’" as a field's end and cuts "tapisserie
    d’Aubusson" into a title and a place. There it is shown the "'" it learned; the caller's tokens (and so every field's text) keep the "’". Not after a capital
    or at a phrase's start ("L’artiste", "I’m", ", l’Institution,"): with "'" those read as names like
    "O'Brien"."""
    if "\u2019" not in text:
        return text, tokens
    seen: list[Token] | None = None
    for i in range(2, len(tokens) - 1):
        t = tokens[i]
        if t.text == "\u2019" and not t.space_before and not tokens[i + 1].space_before \
                and tokens[i - 1].text.islower() and tokens[i + 1].text[:1].isalpha() \
                and tokens[i - 1].space_before and tokens[i - 2].text.isalpha() and tokens[i - 2].text.islower():
            if seen is None:
                seen = list(tokens)
            seen[i] = t._replace(text="'")
            text = text[:t.start] + "'" + text[t.end:]
    return text, tokens if seen is None else seen


# --- crfsuite's C tagger without the string round trip -------------------------------------------
# Struct layouts of crfsuite 0.12 as built into python-crfsuite 0.9.x (crfsuite.h, crf1d.h); every
# one is checked on load (see _DirectTagger.__init__ and check_against) before it is trusted.
_VP = ctypes.c_void_p
_FN = ctypes.CFUNCTYPE
_INT, _DBL = ctypes.c_int, ctypes.c_double


class _CDictionary(ctypes.Structure):
    _fields_ = [("internal", _VP), ("nref", _INT), ("addref", _FN(_INT, _VP)), ("release", _FN(_INT, _VP)),
                ("get", _FN(_INT, _VP, ctypes.c_char_p)), ("to_id", _FN(_INT, _VP, ctypes.c_char_p)),
                ("to_string", _FN(_INT, _VP, _INT, ctypes.POINTER(ctypes.c_char_p))),
                ("num", _FN(_INT, _VP)), ("free", _FN(None, _VP, ctypes.c_char_p))]


class _CModel(ctypes.Structure):
    _fields_ = [("internal", _VP), ("nref", _INT), ("addref", _FN(_INT, _VP)), ("release", _FN(_INT, _VP)),
                ("get_tagger", _FN(_INT, _VP, ctypes.POINTER(_VP))), ("get_labels", _FN(_INT, _VP, ctypes.POINTER(_VP))),
                ("get_attrs", _FN(_INT, _VP, ctypes.POINTER(_VP))), ("dump", _FN(_INT, _VP, _VP))]


class _CTagger(ctypes.Structure):
    _fields_ = [("internal", _VP), ("nref", _INT), ("addref", _FN(_INT, _VP)), ("release", _FN(_INT, _VP)),
                ("set", _FN(_INT, _VP, _VP)), ("length", _FN(_INT, _VP))]


class _CInstance(ctypes.Structure):
    _fields_ = [("num_items", _INT), ("cap_items", _INT), ("items", _VP), ("labels", _VP), ("group", _INT)]


class _CContext(ctypes.Structure):
    _fields_ = [("flag", _INT), ("num_labels", _INT), ("num_items", _INT), ("cap_items", _INT),
                ("log_norm", _DBL)] + [(name, _VP) for name in (
                    "state", "trans", "alpha_score", "beta_score", "scale_factor", "row", "backward_edge",
                    "exp_state", "exp_trans", "mexp_state", "mexp_trans")]


_CTXF_VITERBI_MARGINALS = 3
_ATTRIBUTE = struct.Struct("<i4xd")  # crfsuite_attribute_t: int aid, (padding), double value
assert _ATTRIBUTE.size == 16  # tag_records counts a token's records as len >> 4
_FEATURE = struct.Struct("<IIId")  # crf1dm_feature_t in the file: type, src (attribute), dst (label), weight


def _cqdb_strings(buf: bytes, base: int) -> list[str]:
    """All strings of the CQDB chunk at ``base``, by id (its backward array: id -> record offset)."""
    if buf[base:base + 4] != b"CQDB":
        raise ValueError("no CQDB chunk where the model header points")
    _size, _flag, byteorder, bwd_size, bwd_offset = struct.unpack_from("<5I", buf, base + 4)
    if byteorder != 0x62445371:
        raise ValueError("CQDB byte order")
    record = struct.Struct("<II").unpack_from
    out = []
    for i, off in enumerate(struct.unpack_from(f"<{bwd_size}I", buf, base + bwd_offset)):
        rid, ksize = record(buf, base + off)
        if rid != i:
            raise ValueError("CQDB ids out of order")
        out.append(buf[base + off + 8:base + off + 7 + ksize].decode("utf-8"))
    return out


def _dense_state_weights(np: Any, buf: mmap.mmap, off_feats: int, off_attrrefs: int, nattr: int, nlab: int) -> Any:
    """The model's state weights as a dense ``(nattr + 1, nlab)`` float64 array (the last row zero),
    read through the attribute references (``AFRF``: per attribute a count, then feature ids), as
    crfsuite's own state scores read them. Raises when the file is not what that assumes."""
    if buf[off_feats:off_feats + 4] != b"FEAT" or buf[off_attrrefs:off_attrrefs + 4] != b"AFRF":
        raise ValueError("no feature or attribute-reference chunk where the model header points")
    _size, nfeat = struct.unpack_from("<II", buf, off_feats + 4)
    feats = np.frombuffer(bytes(buf[off_feats + 12:off_feats + 12 + _FEATURE.size * nfeat]), np.dtype(
        [("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]))
    size, num = struct.unpack_from("<II", buf, off_attrrefs + 4)
    chunk = bytes(buf[off_attrrefs:off_attrrefs + size])  # a copy: no numpy view left on the mapped file
    if num != nattr or size % 4:
        raise ValueError("attribute-reference chunk size")
    words = np.frombuffer(chunk, "<u4")
    offsets = words[3:3 + nattr].astype(np.int64) - off_attrrefs  # in the file; here from the chunk's start
    if (offsets % 4).any() or (offsets < 12).any() or (offsets >= size).any():
        raise ValueError("attribute reference offsets")
    counts = words[offsets // 4].astype(np.int64)
    begin = np.cumsum(counts) - counts
    where = np.repeat(offsets // 4 + 1 - begin, counts) + np.arange(int(counts.sum()))
    fids = words[where]
    if (fids >= nfeat).any():
        raise ValueError("feature ids")
    feats = feats[fids]
    aids = np.repeat(np.arange(nattr), counts)
    if (feats["type"] != 0).any() or (feats["src"] != aids).any() or (feats["dst"] >= nlab).any():
        raise ValueError("an attribute refers to a feature that is not its state feature")
    cells = np.sort(aids * nlab + feats["dst"])  # (a sort and a comparison: 4x cheaper than np.unique)
    if (cells[1:] == cells[:-1]).any():  # two features on one (attribute, label): crfsuite adds both
        raise ValueError("repeated (attribute, label) features")
    table = np.zeros((nattr + 1, nlab))
    table[aids, feats["dst"]] = feats["weight"]
    return table


class _DirectTagger:
    """crfsuite's tagger fed attribute ids: the feature strings never cross into C++.

    The state scores (each token's score for each label: the sum of the weights of its attributes'
    features) are what crfsuite's ``set`` computes, feature by feature through the model file's
    format, about half of the CRF's time. With numpy they come from a dense table of the weights
    (attribute x label, 24 MB): each token's attribute ids are padded to the sequence's longest row
    with the table's zero row, and ``np.add.reduce`` over the attribute axis adds the rows one after
    the other, in the token's attribute order, as crfsuite does (0.0 + w is w, x + 0.0 is x), so the
    sums are bit-for-bit crfsuite's (checked on load against ``pycrfsuite.Tagger``; if they ever are
    not, crfsuite's own ``set`` is used). Viterbi, the path score and the forward pass stay crfsuite's.
    """

    def __init__(self, model_path: str) -> None:
        if sys.byteorder != "little" or ctypes.sizeof(_VP) != 8:
            raise OSError("packed structs assume a little-endian 64-bit platform")
        lib = ctypes.CDLL(pycrfsuite._pycrfsuite.__file__)
        create = lib.crf1m_create_instance_from_file
        create.argtypes, create.restype = [ctypes.c_char_p, ctypes.POINTER(_VP)], _INT
        # no argtypes: the arguments are always the context pointer and the path array, which ctypes
        # passes as pointers as they are (argtypes' conversions cost more than the cheaper calls' C work)
        for name in ("crf1dc_exp_state", "crf1dc_exp_transition", "crf1dc_alpha_score", "crf1dc_set_num_items"):
            getattr(lib, name).restype = None
        lib.crf1dc_viterbi.restype = _DBL
        self._lib = lib
        model = _VP()
        if create(model_path.encode(), ctypes.byref(model)) != 0 or not model.value:
            raise OSError(f"crfsuite cannot open {model_path}")
        self._model = model
        m = ctypes.cast(model, ctypes.POINTER(_CModel)).contents
        self._release_model = m.release
        tagger, labels_dic, attrs_dic = _VP(), _VP(), _VP()
        if m.get_tagger(model, ctypes.byref(tagger)) or m.get_labels(model, ctypes.byref(labels_dic)) or \
                m.get_attrs(model, ctypes.byref(attrs_dic)):
            raise OSError("crfsuite model interface")
        self._tagger = tagger
        t = ctypes.cast(tagger, ctypes.POINTER(_CTagger)).contents
        self._set = t.set
        self._release_tagger = t.release

        with open(model_path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            self._read_model(labels_dic, attrs_dic, mm)  # mapped, not copied: no lasting RSS
        nlab = len(self.label_names)
        ctx_addr = ctypes.c_void_p.from_address(t.internal + 8).value  # crf1dt_t: model, ctx, ...
        if not ctx_addr:
            raise ValueError("tagger context")
        ctx = _CContext.from_address(ctx_addr)
        if ctx.flag != _CTXF_VITERBI_MARGINALS or ctx.num_labels != nlab:
            raise ValueError("tagger context layout")
        self._ctx = ctypes.cast(ctx_addr, ctypes.POINTER(_CContext))
        self._ctx_struct = ctx  # the same memory, read after each call
        self._inst = _CInstance()
        self._inst_addr = ctypes.addressof(self._inst)
        self._path = (_INT * 256)()
        self._exp_trans = False

    def _read_model(self, labels_dic: ctypes.c_void_p, attrs_dic: ctypes.c_void_p, buf: mmap.mmap) -> None:
        """Label names, the attribute table (string -> attribute id) and, with numpy, the dense state
        weights, read from the model file and checked against crfsuite's own dictionaries."""
        magic, _size, mtype, _version, _nfeat, nlab, nattr, off_feats, off_labels, off_attrs, _olr, off_attrrefs = \
            struct.unpack_from("<4sI4s9I", buf, 0)
        if magic != b"lCRF" or mtype != b"FOMC":
            raise ValueError("not a crfsuite CRF1d model")
        self.label_names = _cqdb_strings(buf, off_labels)
        # every attribute string of the model up front (about 0.1 s, 13 MB for 89k attributes): a look-up
        # is then one dict access, and memory does not grow with the distinct strings a long run meets
        attrs = _cqdb_strings(buf, off_attrs)
        for dic, names in ((labels_dic, self.label_names), (attrs_dic, attrs)):
            d = ctypes.cast(dic, ctypes.POINTER(_CDictionary)).contents
            if d.num(dic) != len(names) or any(d.to_id(dic, names[i].encode()) != i
                                               for i in range(0, len(names), max(1, len(names) // 64))):
                raise ValueError("the model's dictionaries disagree with the file's")
            d.release(dic)
        if len(self.label_names) != nlab or len(attrs) != nattr:
            raise ValueError("label or attribute count")
        self._attrs = attrs
        self._np = self._table = None
        try:
            import numpy as np

            self._table = _dense_state_weights(np, buf, off_feats, off_attrrefs, nattr, nlab)
            self._np = np
        except Exception as exc:  # no numpy, or a file this reader does not expect: crfsuite sums
            self.use_dense_scores(False, f"numpy's state scores unavailable: {exc}")
        else:
            self.use_dense_scores(True)

    def use_dense_scores(self, dense: bool, why: str = "") -> None:
        """Sum the state scores with numpy's dense table (``dense``, when it loaded) or let crfsuite's
        ``set`` do it; the attribute records of :attr:`encoder` change with it."""
        dense = dense and self._table is not None
        self.dense = dense
        if dense:
            self.scores_note = "state scores by numpy"
            # a token's record is its attribute ids, 4 bytes each (padded with -1, the zero row, per call)
            blob = {a: i.to_bytes(4, "little") for i, a in enumerate(self._attrs)}
            self._frombuffer, self._int32, self._add = self._np.frombuffer, self._np.int32, self._np.add.reduce
            self._take = self._table.take
            self._state_addr = None
        else:
            self.scores_note = "state scores by crfsuite" + (f"; {why}" if why else "")
            self._table = self._take = None  # not kept when unused (24 MB)
            pack = _ATTRIBUTE.pack
            blob = {a: pack(i, 1.0) for i, a in enumerate(self._attrs)}
        self._blob = blob
        # the features straight to attribute records, a feature the model lacks dropped (as crfsuite's
        # own Tagger.set drops it), cached per token text: no per-reference string look-ups
        self.encoder = FeatureEncoder(blob.get, blob.keys())

    def tag(self, xseq: Sequence[Sequence[str]]) -> tuple[list[int], float]:
        """Viterbi label ids and their probability for feature strings (the caller holds the lock)."""
        get = self._blob.get
        return self.tag_records([b"".join(map(get, x, repeat(b""))) for x in xseq])

    def tag_records(self, records: Sequence[bytes]) -> tuple[list[int], float]:
        """Viterbi label ids and their probability for each token's attribute records, as
        :attr:`encoder` gives them (the caller holds the lock)."""
        n = len(records)
        if self.dense:
            width = max(map(len, records), default=0)
            buf = b"".join(map(bytes.ljust, records, repeat(width), repeat(b"\xff")))
            rows = self._frombuffer(buf, self._int32).reshape(n, width >> 2).T  # attribute slot x token
            self._lib.crf1dc_set_num_items(self._ctx, n)  # what set does before its sums (grows the arrays)
            ctx = self._ctx_struct
            if (ctx.state, ctx.cap_items) != self._state_addr:  # (re)allocated: a view of crfsuite's state array
                self._state_addr = (ctx.state, ctx.cap_items)  # (a grown array may come back at the same address)
                self._state = self._frombuffer((ctypes.c_double * (ctx.cap_items * len(self.label_names))).from_address(
                    ctx.state), "<f8").reshape(ctx.cap_items, len(self.label_names))
            # take: twice as fast as table[rows]; the sums go straight into crfsuite's state array
            self._add(self._take(rows, axis=0), axis=0, out=self._state[:n])
        else:
            buf = b"".join(records)
            # crfsuite_item_t: int num, int cap (both k: k * (2**32 + 1)), then the pointer to its attributes
            packed: list[int] = []
            pos = ctypes.cast(buf, _VP).value or 0
            for r in records:
                size = len(r)
                packed += ((size >> 4) * 4294967297, pos)
                pos += size
            items = array("q", packed)
            inst = self._inst
            inst.num_items = inst.cap_items = n
            inst.items = items.buffer_info()[0]
            self._set(self._tagger, self._inst_addr)  # crfsuite computes the state scores
            del buf, items
        lib, ctx = self._lib, self._ctx
        if not self._exp_trans:
            lib.crf1dc_exp_transition(ctx)
            self._exp_trans = True
        if n > len(self._path):
            self._path = (_INT * n)()
        path = self._path
        # Viterbi's best score is the path's score: the same additions in the same order as
        # crf1dc_score (state, then transition and state per step), so no second pass over the path
        score = lib.crf1dc_viterbi(ctx, path)
        # the normaliser: what Tagger.probability's lognorm computes, without its backward pass
        lib.crf1dc_exp_state(ctx)
        lib.crf1dc_alpha_score(ctx)
        return path[:n], math.exp(score - self._ctx_struct.log_norm)

    def kept_probability(self, records: Sequence[bytes], keep: Sequence[bool]) -> float:
        """The probability that every token with ``keep`` has the label of the best labelling, whatever the
        others have: the normaliser over the labellings that keep those labels, over the full one (the
        caller holds the lock)."""
        ids, _prob = self.tag_records(records)
        ctx = self._ctx_struct
        full = ctx.log_norm
        nlab = len(self.label_names)
        exp_state = (ctypes.c_double * (len(ids) * nlab)).from_address(ctx.exp_state)
        for t, k in enumerate(keep):
            if k:
                row = t * nlab
                value = exp_state[row + ids[t]]
                ctypes.memset(ctypes.addressof(exp_state) + 8 * row, 0, 8 * nlab)
                exp_state[row + ids[t]] = value
        self._lib.crf1dc_alpha_score(self._ctx)
        return math.exp(ctx.log_norm - full)

    def check_against(self, tagger: pycrfsuite.Tagger) -> None:
        """Raise unless this tagger gives exactly python-crfsuite's labels and probabilities."""
        from refnorm.parsing.tokens import tokenize

        for text in _CHECK_TEXTS:
            tokens = tokenize(text)
            xseq = sequence_features(text, tokens)
            for ids, prob, x in (
                (*self.tag_records(self.encoder.sequence(text, tokens)), xseq),
                (*self.tag(unknown := [*xseq[:2], [*xseq[2], "a feature no model has"], *xseq[3:]]), unknown),
            ):
                tagger.set(x)
                expected = tagger.tag()
                if [self.label_names[i] for i in ids] != expected or prob != tagger.probability(expected):
                    raise ValueError("the direct tagger disagrees with pycrfsuite.Tagger")

    def __del__(self) -> None:
        try:
            self._release_tagger(self._tagger)
            self._release_model(self._model)
        except Exception:  # interpreter shutdown
            pass


_CHECK_TEXTS = (
    "Leng Z, Zhu R, Hou W, et al. Transplantation of ACE2- Mesenchymal Stem Cells. Aging Dis. 2020;11(2):216-28.",
    "Luhmann, Niklas (1991): Verständigung über Risiken. In: Beck, Ulrich (Hrsg.): Politik. Frankfurt: Suhrkamp, S. 131–169.",
    "王小明, 李华. 深度学习研究进展[J]. 计算机学报, 2019, 42(3): 1-10.",
)


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
