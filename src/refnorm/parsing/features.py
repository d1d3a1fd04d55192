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
("w-1=", "pw1="...), are computed once per distinct token text and cached (about 10 us for a new
text); per sequence, columns of cached pieces (position, running state, chunk...) are built and each
token's row joined (about 0.08 ms per reference).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, repeat
from operator import add, getitem

from refnorm.parsing.lexicon import term_classes, word_flags
from refnorm.parsing.tokens import Token

__all__ = ["FeatureEncoder", "sequence_features", "token_features"]

_LEN = [f"len={k}" for k in range(9)]
_DLEN = [f"dlen={k}" for k in range(6)]
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


def _month(lower: str, terms: tuple[str, ...] | None = None) -> bool:
    """Is this a month name or abbreviation in some language (CLDR table, CSL terms as fallback)?
    ``terms``: ``term_classes(lower)``, when the caller has them."""
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
    return "month" in (term_classes(lower) if terms is None else terms)


# ASCII shapes by translation: digits "d", letters "X"/"x", anything else itself; then runs collapse
_ASCII_SHAPE = str.maketrans({**dict.fromkeys("0123456789", "d"),
                              **dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "X"),
                              **dict.fromkeys("abcdefghijklmnopqrstuvwxyz", "x")})
_RUNS = re.compile(r"(.)\1+", re.S)


_collapsed: dict[str, str] = {}  # an ASCII token's translated text -> its shape (a few thousand distinct)


def _shape(text: str) -> str:
    """The token's shape: "Xxxx" -> "Xx", "2020" -> "d", "ACE2-" -> "Xd-"; ideographs "C"."""
    if text.isascii():
        shape = text.translate(_ASCII_SHAPE)
        if len(shape) < 2:
            return shape
        out = _collapsed.get(shape)
        if out is None:
            out = _RUNS.sub(r"\1", shape)
            if len(_collapsed) < 20_000:
                _collapsed[shape] = out
        return out
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
    return _static(text)[0]


def _static(text: str) -> tuple[tuple[str, ...], str, str, int]:
    """:func:`token_features` uncached, with the lower-cased (NFC) text, the shape and the flags
    (``_static_flags`` of the features) that the assembly needs of them."""
    if not text.isascii():
        # decomposed text (PDF and macOS copies: "a" + U+0301) must look like the composed words
        text = unicodedata.normalize("NFC", text)
    low = text.lower()
    shape = _shape(text)
    feats = ["w=" + low, "sh=" + shape]
    n = len(text)
    if text.isdecimal():
        feats.append(_DLEN[n if n < 5 else 5])
        v = int(text) if n <= 6 else 0
        if n == 4 and 1000 <= v <= 2100:
            feats.append("year")
            flags = _YEAR
        else:
            flags = _NUM
        if n == 2 or (n == 1):
            feats.append("smallnum")
        return tuple(feats), low, shape, flags
    if text.isalpha():
        feats.append(_LEN[n if n < 8 else 8])
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
        if not low.strip("ivxlcdm") and _ROMAN.match(low):  # (the pattern takes those letters only)
            feats.append("roman")
        terms = term_classes(low)
        if _month(low, terms):
            feats.append("month")
        for c in word_flags(low):
            feats.append("d=" + c)
        for c in terms:
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
        terms = term_classes(low)
        for c in terms:
            feats.append("t=" + c)
    flags = (_ED if "editor" in terms else 0) | (_IN if "in" in terms else 0)
    return tuple(feats), low, shape, flags


# the arXiv pattern without its old-style "hep-th/9901001" branch, for texts without a "/" (where
# that branch cannot match, so the matches are the same): the branch tries every word of the text
_ARXIV_NO_SLASH = re.compile(_ARXIV_NEW, re.I)


def _id_marks(text: str, tokens: Sequence[Token]) -> list[str | None]:
    """The identifier (a name of ``_ID_PATTERNS``) each token is part of, or None."""
    return _ids(text, tokens) or [None] * len(tokens)


# The digit-led identifier patterns (ISSN "\d{4}-\d{3}", arXiv "\d{4}\.\d{4}" and "/\d{7}", ISBN nine digits with
# at most one "-" or whitespace between neighbours) each cost a scan of the text, and most references hold none.
# Their pre-test is one byte translation of the UTF-8 text in C: an ASCII digit becomes "0"; "-", ".", "/" and
# ASCII whitespace are dropped; a non-ASCII character becomes "0" (its lead byte; continuation bytes are dropped)
# unless its lead byte starts a two-byte block that holds no ``\d`` or ``\s`` character (Latin letters with
# diacritics, Greek, Cyrillic, Hebrew: "x"); anything else is "x". Every match of those patterns is then a run
# of seven "0"s or more. A non-ASCII text with such a run is asked ``_ID_DIGITS`` (the patterns' common core,
# with their own classes) before they run.
_DIGIT_OR_SPACE = re.compile(r"[\d\s]")


def _run_table() -> bytes:
    table = bytearray(b"x" * 256)
    table[0x30:0x3A] = b"0" * 10
    for lead in range(0xC2, 0xE0):  # a two-byte character's lead byte: its 64 code points
        lo = (lead & 0x1F) << 6
        if _DIGIT_OR_SPACE.search("".join(map(chr, range(lo, lo + 64)))):
            table[lead] = 0x30
    table[0xE0:] = b"0" * 32  # three- and four-byte characters: any may be a digit or a space
    return bytes(table)


_RUN_TABLE = _run_table()
_RUN_DROP = bytes(range(0x80, 0xC0)) + b"-./ \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_ID_DIGITS = re.compile(r"\d{4}[\-.]\d{3}|/\d{7}|\d(?:[\-\s]?\d){8}")
_ARXIV_WORD = re.compile("arxiv:", re.I)  # what "\barXiv:" needs, with the same case-insensitive letters


def _ids(text: str, tokens: Sequence[Token]) -> list[str | None] | None:
    """:func:`_id_marks`, or None when no token is part of an identifier."""
    low = text.lower()
    url = "://" in text or "www." in low  # what the URL pattern starts with
    slash = "/" in text
    doi = slash and "10." in text
    digits = b"0000000" in text.encode("utf-8", "surrogatepass").translate(_RUN_TABLE, _RUN_DROP) and (
        text.isascii() or _ID_DIGITS.search(text) is not None)
    arxiv = digits or (("arxiv:" in low) if text.isascii() else _ARXIV_WORD.search(text) is not None)
    if not (url or doi or arxiv):
        return None
    marks: list[str | None] = [None] * len(tokens)
    starts = [t.start for t in tokens]
    n = len(tokens)
    found = False
    for (name, pat), may in zip(_ID_PATTERNS, (url, doi, arxiv, digits, digits), strict=True):
        if not may:
            continue
        if name == "arxiv" and not slash:
            pat = _ARXIV_NO_SLASH
        for m in pat.finditer(text):
            s, e = m.span()
            i = bisect_left(starts, s)
            while i < n and tokens[i].end <= e:
                if marks[i] is None:
                    marks[i] = name
                    found = True
                i += 1
    return marks if found else None


_POS = [f"pos={k}" for k in range(10)]
_DOTS = [f"dots={k}" for k in range(7)]
_COMMAS = [f"commas={k}" for k in range(6)]
_CKR = [f"ckr={k}" for k in range(5)]
_CLOSERS = set(")]\"”»’'")
_ENDERS = frozenset(".?!")  # one character each: a token is "." or "?" or "!", or none of them
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


# a chunk's features as bits of an int (see _chunk_strings): its index (bits 0-2), what it holds, its
# length class (bits 9-10), its index from the end (bits 11-13), what the next chunk holds, or last
_C_YEAR, _C_NUM, _C_ED, _C_AFTERIN, _C_IN, _C_Q = 8, 16, 32, 64, 128, 256
_C_NXYEAR, _C_NXNUM, _C_NXIN, _C_LAST = 1 << 14, 1 << 15, 1 << 16, 1 << 17


def _chunk_strings(key: int) -> list[str]:
    """The feature strings of a chunk key, in the order the model was trained on."""
    feats = [f"ck={key & 7}"]
    for bit, name in ((_C_YEAR, "ckyear"), (_C_NUM, "cknum"), (_C_ED, "cked"), (_C_AFTERIN, "afterin"),
                      (_C_IN, "ckin"), (_C_Q, "ckq")):
        if key & bit:
            feats.append(name)
    feats.append("cklen=" + "1sml"[(key >> 9) & 3])
    feats.append(_CKR[(key >> 11) & 7])
    if key & _C_LAST:
        feats.append("cklast")
    else:
        for bit, name in ((_C_NXYEAR, "nxckyear"), (_C_NXNUM, "nxcknum"), (_C_NXIN, "nxckin")):
            if key & bit:
                feats.append(name)
    return feats


def _chunk_features(before: Sequence[bool], flags: Sequence[int], pack: Callable[[int], object],
                    texts: Sequence[str]) -> list:
    """Features of the sentence-like chunk each token is in (one shared piece per chunk: ``pack`` of
    its key, see :func:`_chunk_strings`).

    A chunk ends at a full stop after a word (not after an initial: "J."), a digit or a closing
    quote/bracket, or at "?"/"!", when a space follows. In most styles chunks are the fields'
    groups (authors. title. journal volume, pages.), so the chunk's index, whether it holds a year,
    other numbers, an editor term or starts with "In", tell title from journal and author from editor
    beyond the reach of a two-token window.
    """
    n = len(texts)
    bounds = []
    for i in [i for i, x in enumerate(texts) if x in _ENDERS]:
        if i > 0 and (i + 1 == n or before[i + 1]):
            prev = texts[i - 1]
            if texts[i] != "." or len(prev) > 1 or prev.isdigit() or prev in _CLOSERS:
                bounds.append(i)
    flagged = [(i, f) for i, f in enumerate(flags) if f]  # few tokens have any: OR them per chunk
    nflagged = len(flagged)
    q = 0
    chunks: list[tuple[int, int, int]] = []
    start = 0
    k = 0
    in_seen = 0  # an earlier chunk opened with "In": later ones are the container's and after
    for end in [*bounds, n - 1]:
        if end < start:
            continue
        has = 0
        while q < nflagged and flagged[q][0] <= end:
            has |= flagged[q][1]
            q += 1
        key = (k if k < 6 else 6) | (has & (_YEAR | _NUM | _ED)) << 3 | in_seen
        if flags[start] & _IN:
            key |= _C_IN
            in_seen = _C_AFTERIN
        if texts[start] in _QUOTES:
            key |= _C_Q
        size = end - start + 1
        key |= (0 if size <= 2 else 1 if size <= 6 else 2 if size <= 15 else 3) << 9
        chunks.append((start, end, key))
        start = end + 1
        k += 1
    out: list = []
    nchunks = len(chunks)
    for c, (a, b, key) in enumerate(chunks):
        key |= (nchunks - 1 - c if nchunks - 1 - c < 4 else 4) << 11
        if c + 1 < nchunks:
            nk = chunks[c + 1][2]
            key |= (nk & (_C_YEAR | _C_NUM)) << 11 | (nk & _C_IN) << 9
        else:
            key |= _C_LAST
        out.extend([pack(key)] * (b - a + 1))
    return out


# The running state of a sequence (brackets, quotes, full stops, commas, a year seen) as bits of an int,
# each state's features one cached piece: the key of the pieces a token appends after its context
_S_PAR, _S_BRK, _S_QUOTE, _S_RANGE, _S_AFTERQ, _S_YEAR = 1, 2, 4, 512, 1024, 2048  # dots << 3, commas << 6
# what a token does to the running state: nothing (words, longer tokens, most punctuation), counts a
# full stop or a comma, may join two numbers (dashes), or opens/closes brackets and quotes
_K_PLAIN, _K_DOT, _K_COMMA, _K_DASH, _K_OTHER = 0, 1, 2, 3, 4
_WORD_CONTEXT = ("w-1=", "w+1=", "pw1=", "pw2=", "nw1=", "nw2=")


class _Pieces:
    """The pieces a token's feature list is assembled from, and the per-text cache of them.

    A piece is a run of consecutive features of one token: as strings (``lookup`` None), a tuple of
    feature strings, for :func:`sequence_features`; or the strings mapped to bytes by ``lookup(string,
    b"")`` and concatenated, for :class:`FeatureEncoder`. A token's features are its pieces joined, in a
    fixed order of columns (:func:`_assemble`); both representations run the same assembly, so the
    encoded features are, by construction, the strings encoded.
    """

    def __init__(self, lookup: Callable[[str, bytes], bytes] | None = None,
                 attributes: Iterable[str] | None = None) -> None:
        self.lookup = lookup
        # the words ``lookup`` knows in a context feature ("w-1=smith", "pw2=smith"): for any other, those
        # features are all b"", so a new token text skips building and looking them up (most new texts
        # in a long list are rare words the model has no context feature for)
        self.words: frozenset[str] | None = None
        if lookup is not None and attributes is not None:
            self.words = frozenset(a.partition("=")[2] for a in attributes if a.startswith(_WORD_CONTEXT))
        # shape -> its "sh-1=" and "sh+1=" pieces and its pair as the next token (shapes repeat)
        self._shape_context: dict[str, tuple] = {}
        one: Callable[[str], tuple[str, ...] | bytes]
        if lookup is None:
            one = _single
            self.many: Callable[[Sequence[str]], tuple[str, ...] | bytes] = tuple
            self.empty: tuple[str, ...] | bytes = ()
            self.join: Callable[[tuple], list[str] | bytes] = _flatten
        else:
            def one(feature: str) -> bytes:
                return lookup(feature, b"")

            def many(features: Sequence[str]) -> bytes:  # map(lookup, ...): a dict's own get runs in C
                return b"".join(map(lookup, features, repeat(b"")))

            self.many = many
            self.empty = b""
            self.join = b"".join
        self.one = one
        # text -> (static piece, flags, is a word, as the previous token, pw1, pw2, as the next token (a pair:
        # glued, after a space; indexed by the next token's space_before), nw1, nw2, what it does to the
        # running state: _K_...)
        self.cache: dict[str, tuple] = {}
        self.first, self.last, self.glued, self.after_dot, self.after_punct = map(one, (
            "first", "last", "glued+", "after.", "afterpunct"))
        sp = one("sp")
        self.spaces = (self.empty, sp, sp + one("nl"))  # by space_before + newline_before
        self.ids = {None: self.empty, **{name: one("id=" + name) for name in _ID_NAMES}}
        self._positions: dict[int, list] = {}
        self.states: dict[int, object] = {}
        self._chunks: dict[int, object] = {}

    def positions(self, n: int) -> list:
        """The "pos=k" piece of each token of an ``n``-token sequence (cached per length)."""
        p = self._positions.get(n)
        if p is None:
            pos = [self.one(s) for s in _POS]
            p = [pos[10 * i // n] for i in range(n)]
            if n <= 2000:
                self._positions[n] = p
        return p

    def state(self, key: int) -> object:
        """The piece of a running-state key (see ``_S_PAR``...; at most 4,096 keys, all cached)."""
        names = []
        if key & _S_PAR:
            names.append("inpar")
        if key & _S_BRK:
            names.append("inbrk")
        if key & _S_QUOTE:
            names.append("inquote")
        names += [_DOTS[(key >> 3) & 7], _COMMAS[(key >> 6) & 7]]
        if key & _S_RANGE:
            names.append("numrange")
        if key & _S_AFTERQ:
            names.append("afterq")
        if key & _S_YEAR:
            names.append("yearseen")
        p = self.states[key] = self.many(names)
        return p

    def chunk(self, key: int) -> object:
        """The piece of a chunk's features (cached by key: a few hundred occur)."""
        p = self._chunks.get(key)
        if p is None:
            p = self._chunks[key] = self.many(_chunk_strings(key))
        return p

    def entry(self, text: str) -> tuple:
        """What the assembly needs of one token text (cached)."""
        st = token_features(text) if self.lookup is None else _static_cache.get(text)
        if st is None:  # (the encoder does not fill the module's cache: its own entry is all it keeps)
            st, low, sh, flags = _static(text)
        else:
            low, sh, flags = st[0][2:], st[1][3:], _static_flags(st)
        one = self.one
        shape = self._shape_context.get(sh)
        if shape is None:
            before, after = one("sh-1=" + sh), one("sh+1=" + sh)
            # (as the next token: glued, after a space), shared by every token text the model has no word
            # context for (most of the texts a long list meets), so such an entry adds no pair of its own
            shape = (before, after, (after + self.glued, after))
            if len(self._shape_context) < 20_000:
                self._shape_context[sh] = shape
        if self.words is None or low in self.words:
            w_prev, w_next, pw1, pw2, nw1, nw2 = map(one, (
                "w-1=" + low, "w+1=" + low, "pw1=" + low, "pw2=" + low, "nw1=" + low, "nw2=" + low))
            nxt = w_next + shape[1]
            lent_next = (nxt + self.glued, nxt)
        else:
            w_prev = pw1 = pw2 = nw1 = nw2 = self.empty
            lent_next = shape[2]
        prev = w_prev + shape[0]
        if text == ".":
            prev += self.after_dot
        elif text in ",;:":
            prev += self.after_punct
        word = text[:1].isalnum()
        if word or len(text) != 1:
            kind = _K_PLAIN
        elif text == ".":
            kind = _K_DOT
        elif text == "," or text == "，":
            kind = _K_COMMA
        elif text in "-–‐‑":
            kind = _K_DASH
        elif text in _CLOSE or text in _OPEN or text in _QUOTES:
            kind = _K_OTHER
        else:
            kind = _K_PLAIN
        e = (self.many(st), flags, word, prev, pw1, pw2, lent_next, nw1, nw2, kind)
        if len(self.cache) < 50_000:
            self.cache[text] = e
        return e


def _single(feature: str) -> tuple[str]:
    return (feature,)


def _flatten(pieces: tuple) -> list[str]:
    return list(chain.from_iterable(pieces))


def _assemble(text: str, tokens: Sequence[Token], v: _Pieces) -> list:
    """Each token's features (its pieces joined), in the order the model was trained on (see
    :func:`sequence_features`). Built column by column: a column holds one kind of piece for every
    token (its static features, its position, what its neighbours lend it, the running state...), and
    a token's features are its row of the columns joined."""
    n = len(tokens)
    if n == 0:
        return []
    # the tokens' fields, and below the entries' (see _Pieces.entry), as columns: transposed in C, not a
    # comprehension per column
    texts, _starts, _ends, before, newline = zip(*tokens, strict=True)
    cache_get = v.cache.get
    ents = list(map(cache_get, texts))
    if not all(ents):  # token texts new to the cache (the same new text twice: made once)
        entry = v.entry
        ents = [e or cache_get(x) or entry(x) for e, x in zip(ents, texts, strict=True)]
    static, flags, _word, lent_prev, _pw1, _pw2, lent_next, _nw1, _nw2, _kind = zip(*ents, strict=True)
    empty = v.empty
    prev = (v.first, *lent_prev[:-1])
    nxt = [*map(getitem, lent_next[1:], before[1:]), v.last]  # glued or after a space
    # the next two words (alphanumeric tokens), excluding the token itself
    nw1: list = []
    nw2: list = []
    a = b = a2 = empty
    for e in reversed(ents):
        nw1.append(a)
        nw2.append(b)
        if e[2]:
            b, a, a2 = a2, e[7], e[8]
    nw1.reverse()
    nw2.reverse()
    # in one pass: the previous two words, and the running state (brackets, quotes, full stops and
    # commas so far, a quoted passage closed, a year seen) as one cached piece per state
    pw1: list = []
    pw2: list = []
    pw1_ap, pw2_ap = pw1.append, pw2.append
    a = b = a2 = empty
    states = v.states
    state: list = []
    st_ap = state.append
    par = brk = dots = commas = 0
    in_quote = quoted = seen_year = False
    wkey = 0  # the state key of a word (or a longer token) now, and its piece
    wpiece = states.get(0)
    if wpiece is None:
        wpiece = v.state(0)
    for i, e in enumerate(ents):
        pw1_ap(a)
        pw2_ap(b)
        if e[2]:
            b, a, a2 = a2, e[4], e[5]
        kind = e[9]
        if kind == _K_PLAIN:  # the state key now is wkey (nothing since the last state change)
            st_ap(wpiece)
            if not e[1] & _YEAR or seen_year:
                continue
        elif kind == _K_DOT:
            st_ap(wpiece)
            if dots < 6:
                dots += 1
                wkey += 1 << 3
                wpiece = states.get(wkey)
                if wpiece is None:
                    wpiece = v.state(wkey)
        elif kind == _K_COMMA:
            st_ap(wpiece)
            if commas < 5:
                commas += 1
                wkey += 1 << 6
                wpiece = states.get(wkey)
                if wpiece is None:
                    wpiece = v.state(wkey)
        elif kind == _K_DASH:
            if 0 < i < n - 1 and texts[i - 1].isdecimal() and texts[i + 1].isdecimal():
                p = states.get(wkey | _S_RANGE)
                st_ap(v.state(wkey | _S_RANGE) if p is None else p)
            else:
                st_ap(wpiece)
        else:  # brackets and quotes
            tt = texts[i]
            kind = _CLOSE.get(tt)
            if kind == "par":
                par = par - 1 if par else 0
            elif kind == "brk":
                brk = brk - 1 if brk else 0
            key = (_S_PAR if par else 0) | (_S_BRK if brk else 0) | (_S_QUOTE if in_quote else 0) | dots << 3 | \
                commas << 6
            kind = _OPEN.get(tt)
            if kind == "par":
                par += 1
            elif kind == "brk":
                brk += 1
            elif tt in _QUOTES:
                if tt in _APOSTROPHES and i > 0 and not before[i] and texts[i - 1][:1].isalpha() and (
                        not in_quote or (i + 1 < n and not before[i + 1] and ents[i + 1][2])):
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
            wkey = (_S_PAR if par else 0) | (_S_BRK if brk else 0) | (_S_QUOTE if in_quote else 0) | dots << 3 | \
                commas << 6 | (_S_AFTERQ if quoted and not in_quote else 0) | (_S_YEAR if seen_year else 0)
            if quoted and not in_quote:
                key |= _S_AFTERQ
            if seen_year:
                key |= _S_YEAR
            p = states.get(key)
            st_ap(v.state(key) if p is None else p)
            wpiece = states.get(wkey)
            if wpiece is None:
                wpiece = v.state(wkey)
        if e[1] & _YEAR and not seen_year:
            seen_year = True
            wkey |= _S_YEAR
            wpiece = states.get(wkey)
            if wpiece is None:
                wpiece = v.state(wkey)
    spaces = list(map(v.spaces.__getitem__, map(add, before, newline)))
    cols = [static, v.positions(n), prev, pw1, pw2, nxt, nw1, nw2, spaces, state]
    ids = _ids(text, tokens)
    if ids is not None:
        idp = v.ids
        cols.append([idp[m] for m in ids])
    cols.append(_chunk_features(before, flags, v.chunk, texts))
    return list(map(v.join, zip(*cols, strict=True)))


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
    lends its neighbours are encoded once per distinct token text, so a token costs a row of a dozen
    cached pieces and one join."""

    def __init__(self, lookup: Callable[[str, bytes], bytes], attributes: Iterable[str] | None = None) -> None:
        """``attributes``, when given, are all the strings ``lookup`` maps to non-empty bytes (the
        model's attribute table): an index of them lets a new token text skip the look-ups of its
        context features the model cannot have."""
        self._pieces = _Pieces(lookup, attributes)

    def sequence(self, text: str, tokens: Sequence[Token]) -> list[bytes]:
        """One bytes string per token: its features' encodings, in :func:`sequence_features`' order."""
        return _assemble(text, tokens, self._pieces)

    def clear_cache(self) -> None:
        """Forget the token texts seen so far (for benchmarks of a first pass)."""
        self._pieces.cache.clear()
