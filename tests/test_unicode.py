"""refnorm.normalizers.unicode: a table of real debris from pasted references, plus properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.normalizers.unicode import _mend_web_damage, clean, clean_with_offsets

CASES = [
    # (input, expected clean(), expected clean(quotes="ascii"))
    ("Signiﬁcant eﬀects of ﬂuoxetine", "Significant effects of fluoxetine", None),
    ("Oﬃce of the Aﬄuent", "Office of the Affluent", None),
    ("J.\u00a0Biol.\u00a0Chem.", "J. Biol. Chem.", None),
    ("216\u2011228", "216-228", None),  # non-breaking hyphen is a hyphen
    ("COVID\u201019", "COVID-19", None),  # U+2010 hyphen
    ("pp. 12\u201319", "pp. 12\u201319", None),  # an en dash stays an en dash in text
    ("Smith\u2009J, Doe\u202fK", "Smith J, Doe K", None),  # thin and narrow no-break spaces
    ("inter\u00adnational", "international", None),  # soft hyphen
    ("zero\u200bwidth\u2060joiner", "zerowidthjoiner", None),
    ("\ufeffReferences", "References", None),  # BOM at the start of a pasted file
    ("e\u0301tude sur le ve\u0301lo", "étude sur le vélo", None),  # decomposed accents -> NFC
    ("Mu\u0308ller, Ju\u0308rgen", "Müller, Jürgen", None),
    ("“Deep learning”", "“Deep learning”", '"Deep learning"'),
    ("‘single’ and „German“", "‘single’ and „German“", "'single' and \"German\""),
    ("«\u00a0Le titre\u00a0»", "« Le titre »", '" Le titre "'),
    ("Smith J,\tDoe K.\r\n2020", "Smith J, Doe K. 2020", None),
    ("  leading and trailing  ", "leading and trailing", None),
    ("many     spaces", "many spaces", None),
    ("bell\x07char and \x1bescape", "bellchar and escape", None),
    ("C1\x85next line", "C1 next line", None),
    ("right\u200fto\u200eleft marks", "righttoleft marks", None),
    ("\u202aembedded\u202c", "embedded", None),
    ("Иванов\u00a0И.\u00a0И.", "Иванов И. И.", None),
    ("张三\u3000李四", "张三 李四", None),  # ideographic space
    ("Ĳssel and ĳs", "IJssel and ijs", None),
    ("ZWJ stays: \u0645\u200d\u0645", "ZWJ stays: \u0645\u200d\u0645", None),
    ("Café", "Café", None),
    ("plain ASCII text", "plain ASCII text", None),
    ("", "", None),
]


@pytest.mark.parametrize(("text", "expected", "ascii_expected"), CASES)
def test_clean_table(text: str, expected: str, ascii_expected: str | None) -> None:
    assert clean(text) == expected
    if ascii_expected is not None:
        assert clean(text, quotes="ascii") == ascii_expected


@pytest.mark.parametrize(("text", "expected", "_"), CASES)
def test_offsets_agree_with_clean(text: str, expected: str, _: object) -> None:
    out, offs = clean_with_offsets(text)
    assert out == expected
    assert len(offs) == len(out)


def test_offsets_point_into_the_original() -> None:
    text = " Signi\ufb01cant\u00a0e\u0301tude\u00ad s"
    out, offs = clean_with_offsets(text)
    assert out == "Significant étude s"
    assert text[offs[0]] == "S"
    assert offs[5] == offs[6] == text.index("\ufb01")  # both letters of the ligature point at it
    assert text[offs[out.index("é")]] == "e"  # the composed letter points at its base
    assert text[offs[-1]] == "s"


def test_clean_returns_the_same_object_when_nothing_to_do() -> None:
    s = "Already clean text, with “quotes” and an en dash 12\u201319"
    assert clean(s) is s


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\u00a0\u00ad\u200b\u2011\ufb01\ufeff\u0301\u0308\u09be\u1161 \t\n“”")),
    ),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_properties(text: str) -> None:
    out = clean(text)
    assert clean(out) == out  # idempotent
    assert unicodedata.is_normalized("NFC", out)
    assert "  " not in out and out == out.strip(" ")
    with_offs, offs = clean_with_offsets(text)
    assert with_offs == out
    assert len(offs) == len(out)
    assert offs == sorted(offs) and all(0 <= o < len(text) for o in offs)
    assert clean(text, quotes="ascii") == clean(clean(text, quotes="ascii"), quotes="ascii")
    for ch, o in zip(with_offs, offs, strict=True):
        src = text[o]
        # each output character comes from the input character it points at: itself, its composed form,
        # or what the translation table makes of it (a space, a ligature's letters, a plain hyphen)
        assert (ch == src or unicodedata.normalize("NFD", ch)[:1] == unicodedata.normalize("NFD", src)[:1]
                or ch in clean("x" + src + "x")
                # or what mending makes of the run of web damage that starts there ("â€œ", "&#8211;")
                or ch in clean(_mend_web_damage(text[o:o + 40])[0])[:10]), (ch, src)
