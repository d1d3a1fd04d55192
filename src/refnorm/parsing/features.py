"""Per-token features for the field labeler.

Features are chosen to carry meaning across languages and styles: word shape, digit patterns
(year-like, roman numerals), the CLDR/CSL month lexicon, localised CSL terms ("Hrsg.", "éd.",
"S.", "Bd.", "n°", "Disponible sur"), dictionary membership (names, journals, places,
publishers), capitalisation, relative position, punctuation context (brackets, quotes, after a
full stop), identifier patterns (DOI, URL, ISBN, arXiv), the neighbouring tokens and the two
previous and next *words* (punctuation skipped: the window a whitespace tokenizer's CRF gets), and
the sentence-like chunk a token is in (its index from the start and from the end, what it holds),
whether a quoted passage has closed before the token (``afterq``: a quoted title is behind, so the
words now are the container's) and whether an earlier chunk opened with "In" (``afterin``).
Token texts are compared in NFC, so decomposed letters (PDF and macOS copies) look like composed
ones; an apostrophe ("Beagle’s", "students’") does not open or close a quotation.

Features that depend on the token's text alone, and the strings a token lends its neighbours
("w-1=", "pw1="...), are computed once per distinct token text and cached; only the positional
ones are built per sequence (about 0.2 ms per reference).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import repeat

from refnorm.parsing.lexicon import term_classes, word_flags
from refnorm.parsing.tokens import Token

__all__ = ["FeatureEncoder", "sequence_features", "token_features"]

_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
# spans of identifiers, matched on the whole string because they cross token boundaries
_ARXIV_NEW = r"\barXiv:\s?\S+|\b\d{4}\.\d{4,5}(?:v\d+)?\b"  # "arXiv:…", "2101.01234v2"
_ID_PATTERNS = (
    ("url", re.compile(r"(?:https?://|ftp://|www\.)\S+", re.I)),
    ("doi", re.compile(r"\b10\.\d{4,9}/\S+")),
    ("arxiv", re.compile(_ARXIV_NEW + r"|\b[a-z\-]+(?:\.[A-Z]{2})?/\d{7}\b", re.I)),
    ("isbn", re.compile(r"\b(?:97[89][\-\s]?)?(?:\d[\-\s]?){9}[\dXx]\b")),
    ("issn", re.compile(r"\b\d{4}-\d{3}[\dXx]\b")),
)
_OPEN = {"(": "par", "[": "brk", "{": "brk", "（": "par", "【": "brk", "［": "brk"}
_CLOSE = {")": "par", "]": "brk", "}": "brk", "）": "par", "】": "brk", "］": "brk"}
_QUOTES = set("\"“”„«»「」『』‘’‚‹›")
_OPENERS = set("„«‹「『‚")
_CLOSERS_ONLY = set("»›」』")
_APOSTROPHES = set("’‘'")

_static_cache: dict[str, tuple[str, ...]] = {}
_month_number = None


def _month(lower: str) -> bool:
    """Is this a month name or abbreviation in some language (CLDR table, CSL terms as fallback)?"""
    global _month_number
    if _month_number is None:
        try:
            from refnorm.normalizers.dates import month_number

            _month_number = month_number
        except Exception:  # the dates normaliser may be absent or broken; fall back to CSL terms
            _month_number = False
    if _month_number:
        try:
            if _month_number(lower):
                return True
        except Exception:  # a lexicon lookup must never break parsing
            pass
    return "month" in term_classes(lower)


# ASCII shapes by translation: digits "d", letters "X"/"x", anything else itself; then runs collapse
_ASCII_SHAPE = str.maketrans({**dict.fromkeys("0123456789", "d"),
                              **dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "X"),
                              **dict.fromkeys("abcdefghijklmnopqrstuvwxyz", "x")})
_RUNS = re.compile(r"(.)\1+", re.S)


def _shape(text: str) -> str:
    """The token's shape: "Xxxx" -> "Xx", "2020" -> "d", "ACE2-" -> "Xd-"; ideographs "C"."""
    if text.isascii():
        shape = text.translate(_ASCII_SHAPE)
        return _RUNS.sub(r"\1", shape) if len(shape) > 1 else shape
    return _shape_any(text)


def _shape_any(text: str) -> str:
    out = []
    for ch in text:
        if ch.isdigit():
            c = "d"
        elif ch.isalpha():
            if "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
                c = "C"
            else:
                c = "X" if ch.isupper() else "x"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def token_features(text: str) -> tuple[str, ...]:
    """Features of a token's text alone (cached)."""
    f = _static_cache.get(text)
    if f is not None:
        return f
    f = _token_features(text)
    if len(_static_cache) < 50_000:
        _static_cache[text] = f
    return f


def _token_features(text: str) -> tuple[str, ...]:
    """:func:`token_features`, uncached."""
    if not text.isascii():
        # decomposed text (PDF and macOS copies: "a" + U+0301) must look like the composed words
        text = unicodedata.normalize("NFC", text)
    low = text.lower()
    feats = ["w=" + low, "sh=" + _shape(text)]
    n = len(text)
    if text.isdecimal():
        feats.append(f"dlen={min(n, 5)}")
        v = int(text) if n <= 6 else 0
        if n == 4 and 1000 <= v <= 2100:
            feats.append("year")
        if n == 2 or (n == 1):
            feats.append("smallnum")
    elif text.isalpha():
        feats.append(f"len={min(n, 8)}")
        if n > 3:
            feats.append("p3=" + low[:3])
            feats.append("s3=" + low[-3:])
        if n > 1:
            feats.append("s2=" + low[-2:])
        if text.isupper():
            feats.append("upper" if n > 1 else "initial")
        elif text[0].isupper():
            feats.append("cap")
        else:
            feats.append("lower")
        if _ROMAN.match(low) and n > 0:
            feats.append("roman")
        if _month(low):
            feats.append("month")
        for c in word_flags(low):
            feats.append("d=" + c)
        for c in term_classes(low):
            feats.append("t=" + c)
        ch = text[0]
        if "\u0400" <= ch <= "\u04ff":
            feats.append("cyr")
        elif "\u3040" <= ch <= "\u9fff":
            feats.append("cjk")
        elif "\uac00" <= ch <= "\ud7af":
            feats.append("hangul")
    else:
        feats.append("punct")
        for c in term_classes(low):
            feats.append("t=" + c)
    return tuple(feats)


# the arXiv pattern without its old-style "hep-th/9901001" branch, for texts without a "/" (where
# that branch cannot match, so the matches are the same): the branch tries every word of the text
_ARXIV_NO_SLASH = re.compile(_ARXIV_NEW, re.I)


def _id_marks(text: str, tokens: Sequence[Token]) -> list[str | None]:
    marks: list[str | None] = [None] * len(tokens)
    if not any(c in text for c in "/:.0123456789"):
        return marks
    starts = [t.start for t in tokens]
    n = len(tokens)
    slash = "/" in text
    for name, pat in _ID_PATTERNS:
        if name == "url" and not slash and "www." not in text.lower():
            continue  # "://" and "www." are what the URL pattern starts with
        if name == "doi" and not slash:
            continue
        if name == "arxiv" and not slash:
            pat = _ARXIV_NO_SLASH
        for m in pat.finditer(text):
            s, e = m.span()
            i = bisect_left(starts, s)
            while i < n and tokens[i].end <= e:
                if marks[i] is None:
                    marks[i] = name
                i += 1
    return marks


_POS = [f"pos={k}" for k in range(10)]
_DOTS = [f"dots={k}" for k in range(7)]
_COMMAS = [f"commas={k}" for k in range(6)]
_CKR = [f"ckr={k}" for k in range(5)]
_CLOSERS = set(")]\"”»’'")
_ID_NAMES = tuple(name for name, _ in _ID_PATTERNS)

# what the chunk and sequence features ask of a token's static features, as bits of an int
_YEAR, _NUM, _ED, _IN = 1, 2, 4, 8


def _static_flags(st: Sequence[str]) -> int:
    flags = 0
    if "year" in st:
        flags |= _YEAR
    elif len(st) > 2 and st[2].startswith("dlen"):
        flags |= _NUM
    if "t=editor" in st:
        flags |= _ED
    if "t=in" in st:
        flags |= _IN
    return flags


def _chunk_features(tokens: Sequence[Token], flags: Sequence[int], pack: Callable[[list[str]], list]) -> list:
    """Features of the sentence-like chunk each token is in (``pack``-ed, one shared list per chunk).

    A chunk ends at a full stop after a word (not after an initial: "J."), a digit or a closing
    quote/bracket, or at "?"/"!", when a space follows. In most styles chunks are the fields'
    groups (authors. title. journal volume, pages.), so the chunk's index, whether it holds a year,
    other numbers, an editor term or starts with "In", tell title from journal and author from editor
    beyond the reach of a two-token window.
    """
    n = len(tokens)
    bounds = []
    for i, t in enumerate(tokens):
        if t.text in ".?!" and i > 0 and (i + 1 == n or tokens[i + 1].space_before):
            prev = tokens[i - 1].text
            if t.text != "." or len(prev) > 1 or prev.isdigit() or prev in _CLOSERS:
                bounds.append(i)
    chunks: list[tuple[int, int, list[str]]] = []
    start = 0
    k = 0
    in_seen = False  # an earlier chunk opened with "In": later ones are the container's and after
    for end in [*bounds, n - 1]:
        if end < start:
            continue
        feats = [f"ck={min(k, 6)}"]
        has = 0
        for j in range(start, end + 1):
            has |= flags[j]
        if has & _YEAR:
            feats.append("ckyear")
        if has & _NUM:
            feats.append("cknum")
        if has & _ED:
            feats.append("cked")
        if in_seen:
            feats.append("afterin")
        if flags[start] & _IN:
            feats.append("ckin")
            in_seen = True
        if tokens[start].text in _QUOTES:
            feats.append("ckq")
        size = end - start + 1
        feats.append("cklen=" + ("1" if size <= 2 else "s" if size <= 6 else "m" if size <= 15 else "l"))
        chunks.append((start, end, feats))
        start = end + 1
        k += 1
    out: list = []
    nchunks = len(chunks)
    for c, (a, b, feats) in enumerate(chunks):
        feats = [*feats, _CKR[min(nchunks - 1 - c, 4)]]
        if c + 1 < nchunks:
            nxt = chunks[c + 1][2]
            feats = feats + ["nx" + x for x in nxt if x in ("ckyear", "cknum", "ckin")]
        else:
            feats = [*feats, "cklast"]
        out.extend([pack(feats)] * (b - a + 1))
    return out


def _context(st: Sequence[str]) -> tuple[str, str, str, str, str, str, str, str]:
    """The strings a token with static features ``st`` lends its neighbours' features."""
    low = st[0][2:]
    sh = st[1][3:]
    return ("w-1=" + low, "sh-1=" + sh, "w+1=" + low, "sh+1=" + sh,
            "pw1=" + low, "pw2=" + low, "nw1=" + low, "nw2=" + low)


class _Pieces:
    """The pieces a token's feature list is assembled from, and the per-text cache of them.

    As strings (``lookup`` None), for :func:`sequence_features`; or each string mapped to bytes by
    ``lookup(string, b"")`` and a token's pieces joined, for :class:`FeatureEncoder`. Both run the same
    assembly (:func:`_assemble`), so the encoded features are, by construction, the strings encoded.
    """

    def __init__(self, lookup: Callable[[str, bytes], bytes] | None = None) -> None:
        self.lookup = lookup
        e = str if lookup is None else (lambda feature: lookup(feature, b""))
        self.cache: dict[str, tuple] = {}  # text -> (static pieces, flags, is a word, 8 context pieces)
        self.pos = [e(s) for s in _POS]
        self.dots = [e(s) for s in _DOTS]
        self.commas = [e(s) for s in _COMMAS]
        self.ids = {name: e("id=" + name) for name in _ID_NAMES}
        (self.first, self.after_dot, self.after_punct, self.last, self.glued, self.sp, self.nl, self.inpar,
         self.inbrk, self.inquote, self.numrange, self.afterq, self.yearseen) = map(e, (
            "first", "after.", "afterpunct", "last", "glued+", "sp", "nl", "inpar", "inbrk", "inquote",
            "numrange", "afterq", "yearseen"))
        self._chunks: dict[tuple[str, ...], list[bytes]] = {}
        if lookup is None:
            self.chunk = _as_is
            self.join = None
        else:
            self.chunk = self._encoded_chunk
            self.join = b"".join

    def _encoded_chunk(self, feats: list[str]) -> list[bytes]:
        key = tuple(feats)
        p = self._chunks.get(key)
        if p is None:
            p = [b"".join(map(self.lookup, feats, repeat(b"")))]  # type: ignore[arg-type]
            if len(self._chunks) < 10_000:
                self._chunks[key] = p
        return p

    def entry(self, text: str) -> tuple:
        """What the assembly needs of one token text (cached)."""
        e = self.cache.get(text)
        if e is not None:
            return e
        lookup = self.lookup
        st = token_features(text) if lookup is None else (_static_cache.get(text) or _token_features(text))
        ctx = _context(st)
        if lookup is None:
            e = (st, _static_flags(st), text[:1].isalnum(), ctx)
        else:  # map(lookup, ..., repeat(b"")): a dict's own get runs in C
            e = ((b"".join(map(lookup, st, repeat(b""))),), _static_flags(st), text[:1].isalnum(),
                 tuple(map(lookup, ctx, repeat(b""))))
        if len(self.cache) < 50_000:
            self.cache[text] = e
        return e


def _as_is(feats: list[str]) -> list[str]:
    return feats


def _assemble(text: str, tokens: Sequence[Token], v: _Pieces) -> list:
    """Each token's feature pieces, in the order the model was trained on (see :func:`sequence_features`)."""
    n = len(tokens)
    if n == 0:
        return []
    texts = [t.text for t in tokens]
    cache_get = v.cache.get
    ents = [cache_get(x) or v.entry(x) for x in texts]
    isword = [e[2] for e in ents]
    ids = _id_marks(text, tokens)
    chunk_feats = _chunk_features(tokens, [e[1] for e in ents], v.chunk)
    # indices of the previous / next words (alphanumeric tokens), excluding the token itself
    prev_w: list[int] = [-1] * n
    last = -1
    for i in range(n):
        prev_w[i] = last
        if isword[i]:
            last = i
    next_w: list[int] = [-1] * n
    last = -1
    for i in range(n - 1, -1, -1):
        next_w[i] = last
        if isword[i]:
            last = i
    pos_k, dots_k, commas_k, id_k = v.pos, v.dots, v.commas, v.ids
    first, after_dot, after_punct, last_f, glued, sp, nl = v.first, v.after_dot, v.after_punct, v.last, v.glued, v.sp, v.nl
    inpar, inbrk, inquote, numrange, afterq, yearseen = v.inpar, v.inbrk, v.inquote, v.numrange, v.afterq, v.yearseen
    join = v.join
    out: list = []
    par = brk = 0
    in_quote = False
    dots = 0
    commas = 0
    seen_year = False
    quoted = False  # a quoted passage (a title, mostly) has closed before this token
    for i, t in enumerate(tokens):
        ent = ents[i]
        f = list(ent[0])
        ap = f.append
        ap(pos_k[10 * i // n])
        if i == 0:
            ap(first)
        else:
            c = ents[i - 1][3]
            ap(c[0])
            ap(c[1])
            prev = texts[i - 1]
            if prev == ".":
                ap(after_dot)
            elif prev in ",;:":
                ap(after_punct)
        j = prev_w[i]
        if j >= 0:
            ap(ents[j][3][4])
            j = prev_w[j]
            if j >= 0:
                ap(ents[j][3][5])
        if i == n - 1:
            ap(last_f)
        else:
            c = ents[i + 1][3]
            ap(c[2])
            ap(c[3])
            if not tokens[i + 1].space_before:
                ap(glued)
        j = next_w[i]
        if j >= 0:
            ap(ents[j][3][6])
            j = next_w[j]
            if j >= 0:
                ap(ents[j][3][7])
        if t.space_before:
            ap(sp)
            if t.newline_before:
                ap(nl)
        tt = texts[i]
        if len(tt) == 1 and not isword[i]:
            kind = _CLOSE.get(tt)
            if kind == "par":
                par = par - 1 if par else 0
            elif kind == "brk":
                brk = brk - 1 if brk else 0
            if par:
                ap(inpar)
            if brk:
                ap(inbrk)
            if in_quote:
                ap(inquote)
            kind = _OPEN.get(tt)
            if kind == "par":
                par += 1
            elif kind == "brk":
                brk += 1
            elif tt in _QUOTES:
                if tt in _APOSTROPHES and i > 0 and not t.space_before and texts[i - 1][:1].isalpha() and (
                        not in_quote or (i + 1 < n and not tokens[i + 1].space_before and isword[i + 1])):
                    pass  # "Beagle’s", "students’": an apostrophe, not a quote
                elif tt in _OPENERS:
                    in_quote = True
                elif tt in _CLOSERS_ONLY:
                    if in_quote:
                        quoted = True
                    in_quote = False
                else:
                    if in_quote:
                        quoted = True
                    in_quote = not in_quote
            ap(dots_k[dots])
            ap(commas_k[commas])
            if tt == ".":
                dots = dots + 1 if dots < 6 else 6
            elif tt == "," or tt == "，":
                commas = commas + 1 if commas < 5 else 5
            elif tt in "-–‐‑" and 0 < i < n - 1 and texts[i - 1].isdecimal() and texts[i + 1].isdecimal():
                ap(numrange)
        else:
            if par:
                ap(inpar)
            if brk:
                ap(inbrk)
            if in_quote:
                ap(inquote)
            ap(dots_k[dots])
            ap(commas_k[commas])
        if quoted and not in_quote:
            ap(afterq)
        if seen_year:
            ap(yearseen)
        elif ent[1] & _YEAR:
            seen_year = True
        if ids[i]:
            ap(id_k[ids[i]])
        f.extend(chunk_feats[i])
        out.append(join(f) if join else f)
    return out


_STRINGS = _Pieces()


def sequence_features(text: str, tokens: Sequence[Token]) -> list[list[str]]:
    """One list of feature strings per token of ``text`` (what the model is trained on).

    Context comes at two scales: the neighbouring tokens (often punctuation: "." before "In",
    "(" before a year) and the two previous and next *words*, skipping punctuation, which is the
    window a whitespace tokenizer's CRF gets for free and refnorm's finer tokens would otherwise lose.
    """
    return _assemble(text, tokens, _STRINGS)


class FeatureEncoder:
    """:func:`sequence_features` with every string mapped to bytes by ``lookup(string, b"")`` (a
    dict's ``get``: b"" for a string the model lacks) and each token's joined:
    ``encoder.sequence(text, tokens)[i] == b"".join(lookup(s, b"") for s in sequence_features(text,
    tokens)[i])``, for the labeler's attribute records. The static features and the strings a token
    lends its neighbours are encoded once per distinct token text, so a token costs a dozen list
    appends and one join."""

    def __init__(self, lookup: Callable[[str, bytes], bytes]) -> None:
        self._pieces = _Pieces(lookup)

    def sequence(self, text: str, tokens: Sequence[Token]) -> list[bytes]:
        """One bytes string per token: its features' encodings, in :func:`sequence_features`' order."""
        return _assemble(text, tokens, self._pieces)
