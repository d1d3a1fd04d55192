"""Web and PDF damage mended in cleaning: HTML character references, UTF-8 read as Windows-1252, and words a PDF
broke at a line end that a paste turned into a space."""

from __future__ import annotations

import pytest

import refnorm
from refnorm.normalizers.unicode import clean, clean_with_offsets


@pytest.mark.parametrize(("text", "expected"), [
    ("s. 23&#8211;34", "s. 23–34"),
    ("Smith &amp; Jones", "Smith & Jones"),
    ("p.&nbsp;12", "p. 12"),
    ("&#x00e9;tude", "étude"),
    ("R&D; AT&T", "R&D; AT&T"),  # no character reference: left alone
    ("&notanentityatall;", "&notanentityatall;"),
])
def test_character_references(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("MÃ¼ller, JÃ¶rg", "Müller, Jörg"),
    ("â€œHousehold surveyâ€ 2020", "“Household survey” 2020"),  # the closing quote's last byte lost
    ("â€œHousehold surveyâ€\x9d", "“Household survey”"),
    ("factor-ÎºB", "factor-κB"),
    ("Ð¼Ð¾Ñ\x81ÐºÐ²Ð°", "москва"),
    ("ä¸\xadæ–‡", "中文"),
    ("Ã\xa0 la carte", "à la carte"),
    # legitimate text that a careless reading would take for mojibake
    ("der Fuß“ und", "der Fuß“ und"),
    ("Pospíšil", "Pospíšil"),
    ("sujet âgé\u00a0»", "sujet âgé »"),
    ("NÃO SEI", "NÃO SEI"),
])
def test_mojibake(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("la intervención tem- prana", "la intervención temprana"),
    ("Handwer- kerinnen im Nürnberg", "Handwerkerinnen im Nürnberg"),
    ("long-term cog- nitive decline", "long-term cognitive decline"),
    # a compound's own hyphen stays, without the space
    ("self- assembled quantum dots", "self-assembled quantum dots"),
    ("dose- dependent", "dose-dependent"),
    # a suspended compound is no broken word, with a space or a line break
    ("Kinder- und Jugendhilfe", "Kinder- und Jugendhilfe"),
    ("Kinder-\nund Jugendhilfe", "Kinder- und Jugendhilfe"),
    ("Havs- och vattenmyndigheten", "Havs- och vattenmyndigheten"),
    ("pre- and post-operative", "pre- and post-operative"),
    # not between two lower-case letters
    ("T- cell", "T- cell"),
    ("ACE2- Mesenchymal", "ACE2- Mesenchymal"),
    ("Baden- Württemberg", "Baden- Württemberg"),
    ("pp. 12- 15", "pp. 12- 15"),
    ("https://example.org/urban- heat", "https://example.org/urban- heat"),
])
def test_words_broken_by_a_pdf(text: str, expected: str) -> None:
    assert clean(text) == expected
    out, offsets = clean_with_offsets(text)
    assert out == expected and len(offsets) == len(out)


def test_damage_brought_together_by_the_clean_up_is_mended_at_once() -> None:
    for text in ("Â\x1f¡", "tem-  prana", "tem-\x1f prana"):
        out = clean(text)
        assert clean(out) == out
        assert clean_with_offsets(text)[0] == out


def test_parse_reads_the_mended_text() -> None:
    (ref,) = refnorm.parse("Lindqvist, E., Berg, A. & Håkansson, K. (2017) 'Skolval och segregation i svenska "
                           "kommuner', Ekonomisk Debatt, 45(6), s. 23&#8211;34.")
    assert ref.to_csl()["page"] == "23-34"
    (ref,) = refnorm.parse("Fernández-Ruiz, A. y Navarro, P. (2019). Efectos de la intervención tem- prana en la "
                           "comprensión lectora. Revista de Psicodidáctica, 24(1), 33–41.")
    assert ref.to_csl()["title"] == "Efectos de la intervención temprana en la comprensión lectora"


def test_fix_rewrites_mended_entries_instead_of_keeping_them_verbatim() -> None:
    # the content guard reads the source as parsing did: "MÃ¼ller" and "cog- nitive" are not words the rewrite lost
    from refnorm.fix import fix_text

    text = ("1. Lindqvist E, Berg A. Skolval och segregation i svenska kommuner. Ekonomisk Debatt. "
            "2017;45(6):23&#8211;34.\n"
            "2. Okafor CN, Mwangi JW. Serum ferritin and long-term cog- nitive decline in older adults. "
            "J Gerontol A Biol Sci Med Sci. 2021;76(3):451-8.\n"
            "3. MÃ¼ller J, Schmidt K. Kinder- und Jugendhilfe im Wandel. Z Padagog. 2019;65(2):201-15.\n")
    first = fix_text(text, style="vancouver", offline=True, cache=False)
    assert "23–34" in first.text and "cognitive decline" in first.text and "Müller J" in first.text
    assert "Kinder- und Jugendhilfe" in first.text
    assert first.counts()["fixed"] == 3
    assert fix_text(first.text, style="vancouver", offline=True, cache=False).text == first.text
