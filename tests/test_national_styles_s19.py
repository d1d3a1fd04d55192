"""The national styles bundled in session 19 (DIN 1505-2, GOST R 7.0.5-2008, GB/T 7714-2015, SIST02, ABNT) render
offline, in their own languages, and fix keeps a numbered list's own labels with them."""

from __future__ import annotations

import pytest

import refnorm
from refnorm import Reference
from refnorm.fix import fix_text
from refnorm.rendering.styles import resolve_style

ARTICLE = {"id": "a", "type": "article-journal", "author": [{"family": "Klein", "given": "Petra"}],
           "title": "Hochwasserschutz im Wandel", "container-title": "Wasserwirtschaft", "volume": "108",
           "issue": "4", "page": "12-19", "issued": {"date-parts": [[2018]]}}


@pytest.mark.parametrize(("style", "shows"), [
    ("din-1505-2", "Hochwasserschutz im Wandel. In: Wasserwirtschaft Bd. 108 (2018), Nr. 4, S. 12–19"),
    ("gost-r-7-0-5-2008", "Klein P. Hochwasserschutz im Wandel // Wasserwirtschaft. 2018. Т. 108. № 4. С. 12–19."),
    ("china-national-standard-gb-t-7714-2015-numeric", "Hochwasserschutz im Wandel[J]. Wasserwirtschaft, 2018, 108(4)"),
    ("sist02", "Wasserwirtschaft. 2018, 巻 108, 号 4"),
    ("associacao-brasileira-de-normas-tecnicas", "Wasserwirtschaft, v. 108, n. 4, p. 12–19, 2018."),
])
def test_a_national_style_renders_in_its_language(style: str, shows: str) -> None:
    resolve_style(style)  # bundled: no catalogue needed
    text = refnorm.render([Reference.from_csl(ARTICLE)], style=style).replace("\u00a0", " ")
    assert shows in text


def test_a_style_that_numbers_through_a_macro_is_numeric() -> None:
    # GOST prints the number through its "citation-number" macro: fix printed it after the list's own label
    assert resolve_style("gost-r-7-0-5-2008").numeric
    out = fix_text("[1] Klein P. Hochwasserschutz im Wandel. Wasserwirtschaft. 2018;108(4):12-19.\n", offline=True,
                   style="gost-r-7-0-5-2008", cache=False).text
    assert out.startswith("[1] Klein P. Hochwasserschutz") and "1. Klein" not in out
