"""The normalisers' fast paths give what the plain code they short-cut gives (session 6 speed work)."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from refnorm.normalizers import names, pages, types, unicode


def _tail_role_by_all_words(text: str) -> tuple[str, int] | None:
    """``names._tail_role`` as written before its last-word shortcut: every word of the tail listed."""
    toks = list(names._ROLE_TOKEN.finditer(text, max(0, len(text) - 60)))
    if not toks or toks[-1].group().lower().rstrip(".,;:") not in names._ROLE_LAST:
        return None
    for k in range(min(names._MAX_ROLE_TOKENS, len(toks) - 1), 0, -1):
        first = toks[-k]
        role = names._role_key(text[first.start():toks[-1].end()].rstrip(".,;:")) or names._role_key(
            text[first.start():toks[-1].end()])
        if role:
            return role, first.start()
    return None


_PIECES = [" ", ",", ";", ".", "\t", "\n", "\u3000", "\u00a0", "Smith", "J.", "(eds.)", "eds", "ed.", "Hrsg.",
           "editors", "trans.", "dir.", "éd.", "пер.", "(Hrsg.)", "a cura di", "x" * 30]


def test_tail_role_finds_the_role_words_it_found_before() -> None:
    for text in ("Smith J, Doe K, editors", "Müller, A. (Hrsg.)", "Rossi, M. (a cura di)", "Smith J, Doe K",
                 "Smith, Ed.", "x" * 70 + " eds.", "  ,;  ", "", "Иванов И. И., пер."):
        assert names._tail_role(text) == _tail_role_by_all_words(text), text
    assert names._tail_role("Smith J, Doe K, editors") == ("editor", 16)


@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.text(max_size=12))
def test_tail_role_agrees_with_listing_every_word(pieces: list[str], noise: str) -> None:
    text = "".join(pieces) + noise
    assert names._tail_role(text) == _tail_role_by_all_words(text)
    text = noise + "".join(pieces)
    assert names._tail_role(text) == _tail_role_by_all_words(text)


def _clean_once(text: str) -> str:
    text = unicode._join_broken_words(unicode._mend_web_damage(text)[0])[0]  # (what a paste did, mended first)
    if unicode._NEEDS_WORK.search(text) is None and (text.isascii() or unicodedata.is_normalized("NFC", text)):
        return text
    text = text.translate(unicode._TABLE)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip(" ")


def _clean_by_tables(text: str) -> str:
    """``unicode.clean`` without its printable-ASCII shortcut: mending and the tables, until nothing changes."""
    before = None
    while text != before:
        before, text = text, _clean_once(text)
    return text


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=30))
def test_clean_of_ascii_text_is_unchanged_by_the_shortcut(text: str) -> None:
    assert unicode.clean(text) == _clean_by_tables(text)


def test_clean_shortcut_keeps_the_work_it_must_do() -> None:
    assert unicode.clean("Smith  J") == "Smith J"
    assert unicode.clean(" Smith J ") == "Smith J"
    assert unicode.clean("Smith\tJ") == _clean_by_tables("Smith\tJ")
    assert unicode.clean("Smith J") == "Smith J"


def test_remembered_search_answers_as_the_pattern_does() -> None:
    texts = ["Proceedings of the IEEE", "Proc. Natl. Acad. Sci. USA", "Nature", "Conference on Things", "",
             "Actes du colloque", "Nature"]
    for _ in range(2):  # the second pass answers from memory
        for t in texts:
            assert types._conference_in(t) == (types._CONFERENCE.search(t) is not None)
            assert types._journal_proceedings_in(t) == (types._JOURNAL_PROCEEDINGS.search(t) is not None)
    assert types.infer_type({"container-title": "Proceedings of the 12th Conference on X", "page": "1-5"}) \
        == "paper-conference"
    assert types.infer_type({"container-title": "Proc Natl Acad Sci U S A", "volume": "117", "page": "1-5"}) \
        == "article-journal"


def _may_end_in_etal_by_regex(text: str) -> bool:
    """``names._may_end_in_etal`` as written before stepping back by hand: ``_LAST_WORD`` searched."""
    m = names._LAST_WORD.search(text, max(0, len(text) - 20))
    if m and m.group(1).lower() in names._ETAL_LAST:
        return True
    tail = text[-12:]
    return any(w in tail for w in names._ETAL_CJK) or "..." in tail or "…" in tail


_ETAL_PIECES = [" ", ",", ".", "_", "1", "\u00b2", "\u0663", "\u2160", "é", "Smith J", "et al", "et al.", "u. a.",
                "и др.", "等", "ET AL", "mfl", "al", "x" * 15]


@given(st.lists(st.sampled_from(_ETAL_PIECES), max_size=10), st.text(max_size=8))
def test_may_end_in_etal_agrees_with_the_regex(pieces: list[str], noise: str) -> None:
    for text in ("".join(pieces) + noise, noise + "".join(pieces)):
        assert names._may_end_in_etal(text) == _may_end_in_etal_by_regex(text)


def test_may_end_in_etal_examples() -> None:
    assert names._may_end_in_etal("Smith J, Doe K, et al.")
    assert names._may_end_in_etal("Müller A, Weber B u. a.")
    assert not names._may_end_in_etal("Smith J, Doe K")
    assert not names._may_end_in_etal("")


# session 7: a page field of two ASCII numbers and a hyphen ("216-28") goes straight to the range expansion
_PAGE_PIECES = ["216", "28", "1451", "4", "39", "0", "007", "-", "–", "--", " ", ".", "pp. ", "S", "e", "(", ")", "f"]


def _pages_without_the_range_shortcut(text: str) -> str:
    saved = pages._DIGITS_RANGE
    pages._DIGITS_RANGE = re.compile(r"(?!)")  # matches nothing: the general path
    try:
        return pages.normalize_pages(text)
    finally:
        pages._DIGITS_RANGE = saved


@given(st.lists(st.sampled_from(_PAGE_PIECES), max_size=6).map("".join))
def test_page_range_shortcut_gives_what_the_general_path_gives(text: str) -> None:
    assert pages.normalize_pages(text) == _pages_without_the_range_shortcut(text)


@given(st.integers(0, 99999), st.integers(0, 99999))
def test_page_range_shortcut_on_number_pairs(a: int, b: int) -> None:
    for text in (f"{a}-{b}", f"0{a}-{b}", f"{a}-0{b}"):
        assert pages.normalize_pages(text) == _pages_without_the_range_shortcut(text)


def test_page_range_shortcut_examples() -> None:
    assert pages.normalize_pages("216-28") == "216-228"
    assert pages.normalize_pages("39-39") == "39"
    assert pages.normalize_pages("99-1") == "99-1"


def _has_corporate_word_every_word(text: str) -> bool:
    """``names._has_corporate_word`` before the longest-word test: every word tried against the heads."""
    low = text.lower()
    words = names._WORD.findall(low)
    if not names._CORPORATE_WORDS.isdisjoint(words) or any(
            len(w) > 9 and w.endswith(names._CORPORATE_HEADS) for w in words):
        return True
    if text.isascii() and "task" not in low and "working" not in low:
        return False
    return bool(names._CORPORATE_PHRASES.search(text))


@given(st.lists(st.sampled_from(["Smith", "J", " ", ",", "Bundesinstitut", "Umweltbundesamt", "institut",
                                 "Landesamtx", "abcdefghij", "Zentrum", "ZENTRUM", "Task Force", "é"]),
                max_size=6).map("".join))
def test_has_corporate_word_agrees_with_trying_every_word(text: str) -> None:
    assert names._has_corporate_word(text) == _has_corporate_word_every_word(text)


_AND_PIECES = ["and", "AND", "And", "y", "Y", "e", "i", "a", "und", "et", "with", "in", "collaboration",
               "in collaboration with", "incollaboration", "co-operation", "&", " ", "  ", ",", "\t", "\x1c", "\n",
               "Smith", "J.", "Doe K", "é", "и", "ſ", "K", "İ", "ı", "、"]


@given(st.lists(st.tuples(st.sampled_from(_AND_PIECES), st.sampled_from(["", " "])), max_size=8).map(
    lambda ps: "".join(a + b for a, b in ps)))
def test_names_join_test_skips_only_what_the_regex_cannot_match(text: str) -> None:
    if not names._may_join_names(text):
        assert names._AND.search(text) is None


def test_names_join_examples() -> None:
    assert not names._may_join_names("Leng Z, Zhu R, Hou W")
    assert names._may_join_names("Smith J and Doe K")
    assert names._may_join_names("Smith J & Doe K")
    assert names._may_join_names("Müller A und Weber B")
    assert names._split_conjunctions("Leng Z, Zhu R, Hou W") == ["Leng Z, Zhu R, Hou W"]
    assert names._split_conjunctions("Smith J and Doe K") == ["Smith J", "Doe K"]


# session 7: the two commonest name shapes are read without the general path
_FAMILIES = ["Lee", "Howard", "Smith", "The", "Jr", "Sr", "Neto", "Filho", "Bank", "Union", "Press", "Group",
             "Institute", "Bundesinstitut", "Van", "De", "Working", "Task", "Petrovich", "Ii", "Iv", "Co", "Inc",
             "Ltd", "Corp", "Yu", "Ch", "Society", "Ministry", "Landesamtes", "Bundesministerium", "Taskforce"]
_GIVEN = ["J.", "J.P.", "A.B.C.", "Ch.", "I.", "II", "XY", "JR", "SR", "IV", "III", "JNR", "A", "AB", "ABC", "ABCD",
          "Jr.", "E.", "Th.", "J", "JA"]


def _parse_name_general(text: str, lang: str | None) -> dict[str, str]:
    saved = names._common_name
    names._common_name = lambda _text: None  # the general path only
    try:
        return names.parse_name(text, lang)
    finally:
        names._common_name = saved


@given(st.lists(st.sampled_from(_GIVEN), max_size=3), st.sampled_from(_FAMILIES),
       st.sampled_from([None, "hu", "ru", "en"]), st.booleans())
def test_common_name_shapes_read_as_the_general_path_reads_them(given_: list[str], family: str, lang: str | None,
                                                                family_first: bool) -> None:
    text = " ".join([family, *given_] if family_first else [*given_, family])
    assert names.parse_name(text, lang) == _parse_name_general(text, lang)


def test_common_name_examples() -> None:
    assert names._common_name("W. E. Howard") == {"family": "Howard", "given": "W. E."}
    assert names._common_name("G.V. Candler") == {"family": "Candler", "given": "G. V."}
    assert names._common_name("Leng Z") == {"family": "Leng", "given": "Z."}
    assert names._common_name("Smith JA") == {"family": "Smith", "given": "J. A."}
    assert names._common_name("J. Bank") is None
    assert names._common_name("The BMJ") is None
    assert names.parse_name("J. Bank") == {"literal": "J. Bank"}


@given(st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=3), st.sampled_from(_FAMILIES), st.booleans(),
       st.text(st.sampled_from([*"AJ. ,Smithle"]), max_size=10), st.integers(1, 4), st.booleans())
def test_common_name_shapes_are_never_the_family_half_of_a_pair(given_: list[str], family: str, family_first: bool,
                                                                nxt: str, n: int, inverted: bool) -> None:
    p = " ".join([family, *given_] if family_first else [*given_, family])
    if names._INITIALS_FAMILY.fullmatch(p) or names._FAMILY_INITIALS.fullmatch(p):
        assert not names._inverted_pair(p, nxt, n, inverted)
