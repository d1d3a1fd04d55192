"""The splitter's cheap paths give what the regexes they stand in for give: the heading decoration cut by
two anchored matches instead of one ``sub`` tried at every character, and the debris-tail ``sub`` skipped
only where it cannot match."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.parsing.split import _DEBRIS_TAIL, _may_end_in_debris, _strip_decor, is_heading, split

# the single pattern _strip_decor replaced (split.py before session 7)
_HEADING_DECOR = regex.compile(r"^[#>*_=\s]*(?:\d{1,2}(?:\.\d+)*\.?\s+|[ivx]+\.\s+)?|[*_:=#\s.]*$", regex.I)

# the decoration's characters, digits (one Arabic-Indic), roman letters of both cases, odd whitespace
_DECOR_CHARS = st.sampled_from([*"#>*_=:. \t\n1234.iIvVxXab", "\u00a0", "\u3000", "\u0661", "İ", "ı", "\x1c",
                                "\u2028", "\u2029"])


@settings(max_examples=600, deadline=None)
@given(st.text(_DECOR_CHARS, max_size=14))
def test_strip_decor_is_the_heading_decoration_sub(line: str) -> None:
    assert _strip_decor(line) == _HEADING_DECOR.sub("", line)


@settings(max_examples=200, deadline=None)
@given(st.text(_DECOR_CHARS, max_size=6), st.sampled_from(["References", "Bibliographie", "Related posts", "x y"]),
       st.text(_DECOR_CHARS, max_size=6))
def test_strip_decor_around_words(head: str, word: str, tail: str) -> None:
    line = head + word + tail
    assert _strip_decor(line) == _HEADING_DECOR.sub("", line)


_DEBRIS_PIECES = st.sampled_from(["[PubMed]", "[Google Scholar]", "[CrossRef]", " ", "  ", "|", ",", ";", ".", ")",
                                  "]", "[", " view article", " PubMed", " pubmed/ncbi", " Crossref", " full text",
                                  " web of science®", "®", "\n", "\x1c", "\u00a0", "2020", "Smith J", "ſ", "K"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_DEBRIS_PIECES, max_size=8).map("".join))
def test_debris_tail_is_skipped_only_where_it_cannot_match(body: str) -> None:
    if not _may_end_in_debris(body):
        assert _DEBRIS_TAIL.search(body) is None


def test_debris_tail_examples() -> None:
    assert _may_end_in_debris("Smith J. Title. Nature. 2020;5:1-10. [PubMed] [Google Scholar]")
    assert _may_end_in_debris("Smith J. Title. Nature. 2020;5:1-10. Crossref")
    assert not _may_end_in_debris("Smith J. Title. Nature. 2020;5:1-10.")
    [entry] = split("1. Smith J. Title. Nature. 2020;5:1-10. [PubMed] [Google Scholar]\n")
    assert entry.text == "Smith J. Title. Nature. 2020;5:1-10."


def test_headings_still_found() -> None:
    assert is_heading("## 5. References:")
    assert is_heading("BIBLIOGRAPHIE")
    assert not is_heading("Smith J. References to the past. 2020.")
