"""The date normaliser: a table of real-looking dates in many languages, the contract, properties."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refnorm
from refnorm.model import Severity
from refnorm.normalizers.dates import (
    DateResult,
    is_in_press,
    is_no_date_word,
    is_season_word,
    month_number,
    parse_date,
    parse_date_ex,
)

TABLE = Path(__file__).parent / "data" / "dates" / "dates.jsonl"
ROWS = [json.loads(line) for line in TABLE.read_text("utf-8").splitlines() if line.strip()]


def _canon(d: dict | None) -> dict | None:
    """Compare the way the shared scorer does: equal range ends collapse, false flags drop."""
    if d is None or "literal" in d:
        return d
    parts = [list(p) for p in d["date-parts"]]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    out = {"date-parts": parts}
    if d.get("season"):
        out["season"] = d["season"]
    if d.get("circa"):
        out["circa"] = True
    return out


# ------------------------------------------------------------------------------------ the table
def test_table_is_big_and_multilingual():
    assert len(ROWS) >= 300
    assert len({r["lang"] for r in ROWS}) >= 20
    assert len({r["id"] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_table(row):
    assert _canon(parse_date(row["text"], row.get("hint"))) == _canon(row["gold"])


# ------------------------------------------------------------------------------------ contract
def test_public_name():
    assert refnorm.parse_date is parse_date


def test_ambiguous_numeric_date_keeps_the_year_and_says_why():
    r = parse_date_ex("03/04/2020")
    assert r.date == {"date-parts": [[2020]]}
    assert r.kind == "date"
    assert [d.code for d in r.diagnostics] == ["date.ambiguous"]
    assert r.diagnostics[0].severity is Severity.WARNING
    assert parse_date_ex("03/04/2020", "en-US").diagnostics == ()
    assert parse_date("03/04/2020", "en-US") == {"date-parts": [[2020, 3, 4]]}
    assert parse_date("03/04/2020", "fr-FR") == {"date-parts": [[2020, 4, 3]]}
    assert parse_date("03/04/2020", "en_GB") == {"date-parts": [[2020, 4, 3]]}
    assert parse_date("13/04/2020") == {"date-parts": [[2020, 4, 13]]}  # day > 12: not ambiguous


def test_result_kinds_and_suffix():
    assert parse_date_ex("1998a") == DateResult({"date-parts": [[1998]]}, "date", (), "a")
    assert parse_date_ex("n.d.").kind == "no-date"
    assert parse_date_ex("(n.d.-b)") == DateResult(None, "no-date", (), "b")
    assert parse_date_ex("б. г.").date is None
    assert parse_date_ex("sous presse") == DateResult({"literal": "in press"}, "in-press")
    assert parse_date_ex("vol. 11").kind == "none"
    assert parse_date_ex("").kind == "none"


def test_results_are_fresh_objects():
    a = parse_date("in press")
    a["literal"] = "changed"
    assert parse_date("in press") == {"literal": "in press"}
    b = parse_date("9 mars 2020")
    b["date-parts"][0][0] = 1
    assert parse_date("9 mars 2020") == {"date-parts": [[2020, 3, 9]]}


def test_language_hint_picks_the_reading_of_shared_month_names():
    assert parse_date("listopad 2012") == {"date-parts": [[2012, 11]]}  # Czech, Polish
    assert parse_date("listopad 2012", "hr") == {"date-parts": [[2012, 10]]}  # Croatian


@pytest.mark.parametrize(("text", "gold"), [
    ("Monday, March 9, 2020", [[2020, 3, 9]]),
    ("Sat, 09 Mar 2020 10:00:00 GMT", [[2020, 3, 9]]),
    ("lun. 9 mars 2020", [[2020, 3, 9]]),
    ("Montag, 9. März 2020", [[2020, 3, 9]]),
    ("March 9, 2020 at 10:30 am", [[2020, 3, 9]]),
    ("2020-03-09 00:00:00", [[2020, 3, 9]]),
    ("20200309", [[2020, 3, 9]]),
    ("2020-03-09T10:00:00Z", [[2020, 3, 9]]),
    ("2020-03-09/2020-04-01", [[2020, 3, 9], [2020, 4, 1]]),
    ("9-III-2020", [[2020, 3, 9]]),
    ("09-Mar-2020", [[2020, 3, 9]]),
    ("2019. – 256 с.", [[2019]]),
    ("2020, 12(3)", [[2020]]),
    ("2020;12(3):45-7", [[2020]]),
    ("1988, c1987", [[1988]]),
    ("(1999/1946),", [[1999]]),
    ("2020年3月9日(月)", [[2020, 3, 9]]),
    ("2019年7-8月", [[2019, 7], [2019, 8]]),
    ("2020年3月9日～12日", [[2020, 3, 9], [2020, 3, 12]]),
    ("٩ مارس ٢٠٢٠", [[2020, 3, 9]]),
    ("２０２０年３月９日", [[2020, 3, 9]]),
    ("15 กรกฎาคม 2562", [[2019, 7, 15]]),
    ("令和元年7月", [[2019, 7]]),
    ("Last updated 5 May 2020", [[2020, 5, 5]]),
    ("2020 Jan 15 [updated 2021 Feb 3]", [[2020, 1, 15]]),
])
def test_tolerated_surroundings(text, gold):
    assert parse_date(text) == {"date-parts": gold}


def test_two_digit_years():
    assert parse_date("October 94") == {"date-parts": [[1994, 10]]}
    assert parse_date("Oct. '94") == {"date-parts": [[1994, 10]]}
    assert parse_date("16.11.18") == {"date-parts": [[2018, 11, 16]]}
    assert parse_date("03/04/18") == {"date-parts": [[2018]]}
    assert parse_date("Oct 12") is None  # a day, not a year
    assert parse_date("1.2.3") is None


def test_in_press_inside_longer_text():
    assert parse_date("Article in press") == {"literal": "in press"}
    assert parse_date("(im Druck).") == {"literal": "in press"}


def test_not_dates():
    for text in ["216-228", "vol. 11", "pp. 12-19", "pp. 1200-1250", "vol. 1999", "Heft 3/2016", "no. 3", "2101",
                 "0999", "12(3)", "the", "   ", "1 2 3", "p2015", "12345678",
                 "February 30, 2020", "2019-13-01", "32 March 2020", "ISBN 978-3-16-148410-0"]:
        assert parse_date(text) is None, text


@pytest.mark.parametrize(("word", "month"), [
    ("März", 3), ("marca", 3), ("března", 3), ("févr.", 2), ("FÉVR", 2), ("Μαρτίου", 3), ("мая", 5),
    ("Sept.", 9), ("sept", 9), ("janv.", 1), ("Jänner", 1), ("ožujka", 3), ("Ağustos", 8), ("三月", 3),
    ("maaliskuuta", 3), ("Haziran", 6), ("يونيو", 6), ("मार्च", 3), ("December", 12),
])
def test_month_number(word, month):
    assert month_number(word) == month


@pytest.mark.parametrize("word", ["IX", "12", "", "foo", "Spring", "3月", None])
def test_month_number_rejects(word):
    assert month_number(word) is None


def test_word_predicates():
    assert is_season_word("Spring") and is_season_word("printemps") and is_season_word("Frühjahr")
    assert not is_season_word("March")
    for w in ["n.d.", "s.d.", "o. J.", "б. г.", "s.f.", "b.r.", "[s.d.]", "sans date", "(n.d.)"]:
        assert is_no_date_word(w), w
    assert not is_no_date_word("2020") and not is_no_date_word("")
    for w in ["in press", "In Press.", "sous presse", "im Druck", "en prensa", "в печати", "forthcoming"]:
        assert is_in_press(w), w
    assert not is_in_press("press release")


def test_lexicon_is_generated_and_broad():
    lex = json.loads(resources.files("refnorm.data").joinpath("date_lexicon.json").read_text("utf-8"))
    assert "gen_date_lexicon.py" in lex["_about"]
    assert len(lex["languages"]) >= 60
    assert not any(ch.isdigit() for k in lex["months"] for ch in k)
    assert set(lex["months"].values()) == set(range(1, 13))
    # phrases are stored as keys without dots and spaces
    assert "nd" in lex["no_date"] and "n.d." not in lex["no_date"] and "inpress" in lex["in_press"]


# ------------------------------------------------------------------------------------ properties
def _valid_csl_date(d) -> bool:
    if d is None:
        return True
    if not isinstance(d, dict):
        return False
    if "literal" in d:
        return set(d) == {"literal"} and isinstance(d["literal"], str)
    if not set(d) <= {"date-parts", "season", "circa"}:
        return False
    parts = d["date-parts"]
    if not (isinstance(parts, list) and 1 <= len(parts) <= 2):
        return False
    for p in parts:
        if not (isinstance(p, list) and 1 <= len(p) <= 3 and all(type(x) is int for x in p)):
            return False
        if not 1000 <= p[0] <= 2100 or (len(p) > 1 and not 1 <= p[1] <= 12):
            return False
        if len(p) == 3 and not 1 <= p[2] <= 31:
            return False
    if len(parts) == 2 and parts[1] < parts[0]:
        return False
    return d.get("season", 1) in (1, 2, 3, 4) and d.get("circa", True) is True


_PIECES = st.sampled_from([
    "2020", "1998a", "03", "12", "9", "31", "-", "–", "/", ".", ",", " ", "(", ")", "[", "]", "March", "mars",
    "Mrz.", "de", "Spring", "ca.", "n.d.", "in press", "年", "月", "日", "년", "IX", "cited", "vol.", "1st",
    "2019/2020", "T10:00", "©", "平成", "元", "tháng", "בדפוס", "במרץ", "٢٠٢٠", "２０２０",
])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_never_raises_on_any_text(text):
    d = parse_date(text)
    assert _valid_csl_date(d)
    assert parse_date(text) == d  # deterministic


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=9).map("".join), st.sampled_from([None, "en-US", "fr", "hr", "zz-ZZ", ""]))
def test_date_like_noise(text, hint):
    r = parse_date_ex(text, hint)
    assert _valid_csl_date(r.date)
    assert r.kind in ("date", "in-press", "no-date", "none")
    assert (r.date is None) == (r.kind in ("no-date", "none"))
    assert parse_date(text, hint) == r.date


def test_non_string_input_is_not_a_date():
    assert parse_date(None) is None  # type: ignore[arg-type]
    assert parse_date(2020) is None  # type: ignore[arg-type]
    assert parse_date("03/04/2020", 7) == {"date-parts": [[2020]]}  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_any_hint_is_accepted(hint):
    assert _valid_csl_date(parse_date("03/04/2020", hint))


# ------------------------------------------------------------------------------------ fast paths
_FORMATS = ["{m} {y}", "{d} {m} {y}", "{m} {d}, {y}", "{y} {m} {d}", "({y}, {m} {d}).", "{m}-{m2} {y}",
            "{y} {m}-{m2}", "{d}.{mo}.{y}", "{mo}/{d}/{y}", "{y}-{mo:02d}-{d:02d}", "({y}{s})", "{d} de {m} de {y}",
            "{d}-{d2} {m} {y}", "{m} {d}-{d2}, {y}", "{y} {m} {d}–{d2}", "{y}年{mo}月{d}日", "{y}년 {mo}월", "{m}–{m2} {y}"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fast_paths_agree_with_the_full_reader(data):
    """The shortcut regular expressions must give what the token reader gives on the same text."""
    from refnorm.normalizers import dates as impl

    lex = impl._lex()
    words = sorted(lex.months)
    text = data.draw(st.sampled_from(_FORMATS)).format(
        m=data.draw(st.sampled_from(words)), m2=data.draw(st.sampled_from(words)),
        d=data.draw(st.integers(1, 31)), d2=data.draw(st.integers(1, 32)), mo=data.draw(st.integers(1, 13)), y=data.draw(st.integers(990, 2110)),
        s=data.draw(st.sampled_from(["", "a", "b"])))
    hint = data.draw(st.sampled_from([None, "en-US", "fr", "hr"]))
    fast = impl._parse(text, hint)[0]
    try:
        full = impl._parse_tokens(unicodedata.normalize("NFKC", text).translate(lex.digits), hint, lex)[0]
    except impl._NotADate:
        full = None
    assert fast == full, text
