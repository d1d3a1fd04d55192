"""The fast paths of the labeler's features give what the plain code gives: identifier marks with the
ASCII prefilter equal to every pattern run on the whole text, and the encoder with the model's attribute
index (which skips look-ups of context features the model cannot have) equal to one without it."""

from __future__ import annotations

import hashlib
import json
import random
from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.parsing import features
from refnorm.parsing.features import FeatureEncoder, sequence_features
from refnorm.parsing.tokens import Token, tokenize


def _plain_id_marks(text: str, tokens: list[Token]) -> list[str | None]:
    """Every identifier pattern over the whole text (the slash-free arXiv pattern is the same
    pattern where the old-style branch cannot match)."""
    marks: list[str | None] = [None] * len(tokens)
    starts = [t.start for t in tokens]
    for name, pat in features._ID_PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            i = bisect_left(starts, s)
            while i < len(tokens) and tokens[i].end <= e:
                if marks[i] is None:
                    marks[i] = name
                i += 1
    return marks


_PIECES = ["0", "1", "9", "12", "1234", "12345", "2101", "01234", "1234567", "978", "-", ".", "/", ":", " ", "  ",
           "\n", "\x1c", "X", "x", "arXiv", "ARXIV", "www", "WWW", "10", "doi", "hep", "th", "ISSN", "İ", "١٢٣٤", "a",
           "http", "HTTPS", "ftp", "://"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join) | st.text(max_size=80))
def test_id_marks_equal_every_pattern_run(text: str) -> None:
    tokens = tokenize(text)
    assert features._id_marks(text, tokens) == _plain_id_marks(text, tokens)


def test_id_marks_examples() -> None:
    for text, expected in [
        ("ISBN 978-3-16-148410-0.", {"isbn"}),
        ("ISSN 0028-0836", {"issn"}),
        ("arXiv:2101.01234v2 [cs.CL]", {"arxiv"}),
        ("preprint 2101.01234", {"arxiv"}),
        ("hep-th/9901001", {"arxiv"}),
        ("doi:10.1038/nature12373", {"doi"}),
        ("See www.example.org", {"url"}),
        ("Online: HTTPS://example.org/a and/or 12/03/2020", {"url"}),
        ("Nature. 2019;5(2):1-10.", set()),
    ]:
        tokens = tokenize(text)
        assert set(features._id_marks(text, tokens)) - {None} == expected, text
        assert features._id_marks(text, tokens) == _plain_id_marks(text, tokens)


_KNOWN_CONTEXT = {"w-1=smith", "w+1=nature", "pw1=in", "pw2=j", "nw1=vol", "nw2=vol", "sh-1=Xx", "sh+1=d", "sh-1=.",
                  "w-1=."}


def _encode(feature: str, default: bytes) -> bytes:
    """A test encoding that knows a few context words and shapes, some static features, and drops the rest."""
    if feature in _KNOWN_CONTEXT or feature.startswith(("w=", "pos=", "sp", "dots=", "first", "last")):
        return feature.encode() + b"\0"
    return default


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Smith", "J.", "Nature", "In", "vol", "12", ". ", ", ", "(", ")", " ", "“", "”",
                                 "2019", "Éd", "王"]), max_size=30).map("".join) | st.text(max_size=80))
def test_attribute_index_changes_nothing(text: str) -> None:
    tokens = tokenize(text)
    expected = [b"".join(_encode(s, b"") for s in f) for f in sequence_features(text, tokens)]
    indexed = FeatureEncoder(_encode, [*_KNOWN_CONTEXT, "w=smith", "sp", "w-1=other"])  # a superset is fine
    assert indexed.sequence(text, tokens) == expected
    assert FeatureEncoder(_encode).sequence(text, tokens) == expected


_GENERATED_PIECES = [
    "Smith", "J.", "Nature", "In", "In:", "Hrsg.", "eds.", "vol", "pp", "S.", "12", "1999", "2020", "2101.01234",
    "ISBN 978-3-16-148410-0", "ISSN 0028-0836", "doi:10.1038/x.1", "https://a.org/b", "www.x.de", "arXiv:",
    ". ", ", ", "; ", ": ", "(", ")", "[", "]", "{", "}", "“", "”", "„", "«", "»", "‘", "’", "'", "\"", "s", "-", "–",
    " ", "  ", "\n", "?", "! ", "Mai", "März", "févr", "Éd.", "王", "小明", "Морозова", "Т.", "с.", "XIV", "ii",
    "1-10", "216–28", "，", "。", "（", "）", "et al.", "Beagle’s", "students’ ", "A", "e\u0301t\u00e9"]


def test_features_of_generated_texts_unchanged() -> None:
    """The feature strings of 1,500 generated texts (every bracket, quote, chunk, identifier and
    running-state case above, mixed) hash to what the code the model was trained with gave (commit
    9edc370, before the column-wise assembly): a speed change must not alter one string."""
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(_GENERATED_PIECES) for _ in range(rnd.randint(0, 40))) for _ in range(1500)]
    h = hashlib.sha256()
    for t in texts:
        h.update(json.dumps(sequence_features(t, tokenize(t)), ensure_ascii=False).encode())
    assert h.hexdigest()[:16] == "2a54e2c177afd529"
