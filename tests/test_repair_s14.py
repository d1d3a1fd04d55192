"""Session 14, fixer rf: label repair and fields (reprints and original dates, report numbers, title words that
are no title)."""

from __future__ import annotations

import pytest

from refnorm import parse


# -- 01: APA's "(Original work published 1950)" in the translations the parser did not know yet
@pytest.mark.parametrize(("text", "lang"), [
    ("Vos, K. (2011). Het stille dorp (M. Jansen, Vert.). Utrecht: Spectrum. (Oorspronkelijk werk gepubliceerd 1987)",
     "nl"),
    ("Aksoy, M. (2012). Kent ve bellek (T. Kara, Çev.). İzmir: Yeni Yayınları. (Orijinal eser 1987'de yayımlandı)",
     "tr"),
    ("Aksoy, M. (2012). Kent ve bellek (T. Kara, Çev.). İzmir: Yeni Yayınları. (Orijinal çalışma 1987 tarihinde "
     "yayımlanmıştır)", "tr"),
    ("Martin, L. (2003). Les rivières (P. Roux, trad.). Lyon : Éditions du Lac. (Ouvrage original publié en 1987)",
     "fr"),
])
def test_original_work_published_in_more_languages(text: str, lang: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["original-date"] == {"date-parts": [[1987]]}
    assert ref.csl["issued"]["date-parts"][0][0] > 2000
    assert "collection-title" not in ref.csl and "container-title" not in ref.csl


def test_a_series_in_brackets_after_the_imprint_is_no_original_date() -> None:
    # look-alike: a bracketed series holding a year stays the series
    (ref,) = parse("Vos, K. (2011). Het stille dorp. Utrecht: Spectrum. (Reeks Geschiedenis 1987)", "nl")
    assert "original-date" not in ref.csl
