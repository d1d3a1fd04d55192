"""Dates in the languages of the multilingual held-out set, in the shapes their reference lists use.

Written before the normaliser was run on it (results before/after in docs/dates.md). The bigger
table, tests/data/dates/dates.jsonl, covers 40 languages; this one aims at the held-out set's styles:
seasons, ranges, "2019/11/16", era years, genitive months, dates glued to volume and page.
"""

from __future__ import annotations

import pytest

from refnorm.normalizers.dates import parse_date

D = lambda *parts, **extra: {"date-parts": [list(p) for p in parts], **extra}  # noqa: E731

# (language, text, CSL date or None)
TABLE = [
    # French
    ("fr", "9 mars 2020", D((2020, 3, 9))),
    ("fr", "1er janvier 2015", D((2015, 1, 1))),
    ("fr", "févr. 2019", D((2019, 2))),
    ("fr", "juill.-août 2018", D((2018, 7), (2018, 8))),
    ("fr", "printemps 2020", D((2020,), season=1)),
    ("fr", "automne 2019", D((2019,), season=3)),
    ("fr", "2018/11/16", D((2018, 11, 16))),
    ("fr", "16/11/2018", D((2018, 11, 16))),
    ("fr", "s.d.", None),
    # German
    ("de", "9. März 2020", D((2020, 3, 9))),
    ("de", "März 2019", D((2019, 3))),
    ("de", "Sept. 2017", D((2017, 9))),
    ("de", "16.11.2018", D((2018, 11, 16))),
    ("de", "Frühjahr 2021", D((2021,), season=1)),
    ("de", "Wintersemester 2019/2020", D((2019,), (2020,))),
    ("de", "o. J.", None),
    # Spanish
    ("es", "9 de marzo de 2020", D((2020, 3, 9))),
    ("es", "marzo-abril 2019", D((2019, 3), (2019, 4))),
    ("es", "primavera de 2018", D((2018,), season=1)),
    ("es", "sept. 2016", D((2016, 9))),
    ("es", "s. f.", None),
    # Portuguese
    ("pt", "9 de março de 2020", D((2020, 3, 9))),
    ("pt", "jan./fev. 2019", D((2019, 1), (2019, 2))),
    ("pt", "out. 2018", D((2018, 10))),
    # Italian
    ("it", "9 marzo 2020", D((2020, 3, 9))),
    ("it", "gennaio-febbraio 2017", D((2017, 1), (2017, 2))),
    ("it", "autunno 2015", D((2015,), season=3)),
    # Dutch
    ("nl", "9 maart 2020", D((2020, 3, 9))),
    ("nl", "okt. 2014", D((2014, 10))),
    ("nl", "z.j.", None),
    # Polish
    ("pl", "9 marca 2020", D((2020, 3, 9))),
    ("pl", "marzec 2019", D((2019, 3))),
    ("pl", "9 marca 2020 r.", D((2020, 3, 9))),
    ("pl", "wiosna 2018", D((2018,), season=1)),
    # Czech
    ("cs", "9. března 2020", D((2020, 3, 9))),
    ("cs", "březen 2019", D((2019, 3))),
    ("cs", "9. 3. 2020", D((2020, 3, 9))),
    # Swedish
    ("sv", "9 mars 2020", D((2020, 3, 9))),
    ("sv", "2020-03-09", D((2020, 3, 9))),
    ("sv", "hösten 2019", D((2019,), season=3)),
    # Turkish
    ("tr", "9 Mart 2020", D((2020, 3, 9))),
    ("tr", "Ekim 2018", D((2018, 10))),
    ("tr", "Ocak-Şubat 2017", D((2017, 1), (2017, 2))),
    ("tr", "9.3.2020", D((2020, 3, 9))),
    # Russian
    ("ru", "9 марта 2020 г.", D((2020, 3, 9))),
    ("ru", "март 2019", D((2019, 3))),
    ("ru", "2019. № 3", D((2019,))),
    ("ru", "сентябрь–октябрь 2016", D((2016, 9), (2016, 10))),
    ("ru", "б. г.", None),
    ("ru", "весна 2020", D((2020,), season=1)),
    # Chinese
    ("zh", "2020年3月", D((2020, 3))),
    ("zh", "2020年3月9日", D((2020, 3, 9))),
    ("zh", "2020.03.09", D((2020, 3, 9))),
    ("zh", "2019年", D((2019,))),
    # Japanese
    ("ja", "令和2年", D((2020,))),
    ("ja", "令和2年3月", D((2020, 3))),
    ("ja", "平成30年4月1日", D((2018, 4, 1))),
    ("ja", "2020年3月9日", D((2020, 3, 9))),
    ("ja", "昭和64年", D((1989,))),
    # English, several styles
    ("en", "2020 Mar 9", D((2020, 3, 9))),
    ("en", "2018 Nov 16;35:672-8", D((2018, 11, 16))),
    ("en", "Spring 2020", D((2020,), season=1)),
    ("en", "Jan-Feb 2019", D((2019, 1), (2019, 2))),
    ("en", "2019/2020", D((2019,), (2020,))),
    ("en", "c. 1850", D((1850,), circa=True)),
    ("en", "(1998a)", D((1998,))),
    ("en", "March 9, 2020", D((2020, 3, 9))),
    ("en", "n.d.", None),
]


@pytest.mark.parametrize(("lang", "text", "gold"), TABLE, ids=[f"{r[0]}:{r[1]}" for r in TABLE])
def test_dates_in_many_languages(lang: str, text: str, gold: dict | None) -> None:
    assert parse_date(text, lang) == gold


def test_the_table_covers_the_held_out_languages() -> None:
    assert {r[0] for r in TABLE} >= {"fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sv", "tr", "ru", "zh", "ja", "en"}


# A second, harder batch, written (also before running it) after the first passed whole: the tails of
# Vancouver and GOST lines, seasons in every language, ranges across years, abbreviated genitive months.
TABLE2 = [
    ("fr", "hiver 2019", D((2019,), season=4)),
    ("fr", "été 2017", D((2017,), season=2)),
    ("fr", "déc. 2019-janv. 2020", D((2019, 12), (2020, 1))),
    ("fr", "2020 mars 9;11(2):216-28", D((2020, 3, 9))),
    ("de", "Herbst 2018", D((2018,), season=3)),
    ("de", "WS 2019/20", D((2019,), (2020,))),
    ("de", "Dez. 2019", D((2019, 12))),
    ("de", "1. Jan. 2020", D((2020, 1, 1))),
    ("es", "verano 2017", D((2017,), season=2)),
    ("es", "invierno de 2016", D((2016,), season=4)),
    ("es", "1 de septiembre de 2019", D((2019, 9, 1))),
    ("es", "ene.-feb. 2020", D((2020, 1), (2020, 2))),
    ("pt", "verão 2019", D((2019,), season=2)),
    ("pt", "outono de 2018", D((2018,), season=3)),
    ("pt", "1º de janeiro de 2020", D((2020, 1, 1))),
    ("it", "estate 2016", D((2016,), season=2)),
    ("it", "inverno 2015", D((2015,), season=4)),
    ("it", "1° gennaio 2020", D((2020, 1, 1))),
    ("nl", "najaar 2019", D((2019,), season=3)),
    ("nl", "voorjaar 2020", D((2020,), season=1)),
    ("nl", "1 januari 2020", D((2020, 1, 1))),
    ("pl", "zima 2019", D((2019,), season=4)),
    ("pl", "lato 2018", D((2018,), season=2)),
    ("pl", "wrzesień–październik 2016", D((2016, 9), (2016, 10))),
    ("pl", "1 stycznia 2020", D((2020, 1, 1))),
    ("cs", "jaro 2020", D((2020,), season=1)),
    ("cs", "1. ledna 2020", D((2020, 1, 1))),
    ("cs", "září 2019", D((2019, 9))),
    ("sv", "våren 2020", D((2020,), season=1)),
    ("sv", "1 januari 2020", D((2020, 1, 1))),
    ("sv", "sept. 2019", D((2019, 9))),
    ("tr", "1 Ocak 2020", D((2020, 1, 1))),
    ("tr", "Eylül 2019", D((2019, 9))),
    ("tr", "Bahar 2020", D((2020,), season=1)),
    ("ru", "янв. 2020", D((2020, 1))),
    ("ru", "1 сентября 2019 г.", D((2019, 9, 1))),
    ("ru", "2019. Т. 5, № 3. С. 12–15", D((2019,))),
    ("ru", "окт.–нояб. 2018", D((2018, 10), (2018, 11))),
    ("ru", "2019–2020 гг.", D((2019,), (2020,))),
    ("zh", "2020 年 3 月 9 日", D((2020, 3, 9))),
    ("zh", "2018-11", D((2018, 11))),
    ("zh", "2019,40(3):12-15", D((2019,))),
    ("ja", "平成元年", D((1989,))),
    ("ja", "2020（令和2）年3月", D((2020, 3))),
    ("ja", "2019年12月-2020年1月", D((2019, 12), (2020, 1))),
    ("en", "Dec 2019-Jan 2020", D((2019, 12), (2020, 1))),
    ("en", "2020 Mar 9-12", D((2020, 3, 9), (2020, 3, 12))),
    ("en", "Nov. 16, 2018", D((2018, 11, 16))),
    ("en", "11/16/2018", D((2018, 11, 16))),
    ("en", "2018 Nov 16;(35):672-8", D((2018, 11, 16))),
    ("en", "Winter 2019", D((2019,), season=4)),
    ("en", "1995-97", D((1995,), (1997,))),
    ("en", "circa 1900", D((1900,), circa=True)),
]


@pytest.mark.parametrize(("lang", "text", "gold"), TABLE2, ids=[f"{r[0]}:{r[1]}" for r in TABLE2])
def test_harder_dates_in_many_languages(lang: str, text: str, gold: dict | None) -> None:
    assert parse_date(text, lang) == gold
