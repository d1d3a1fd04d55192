"""Names fixed in session 13 (strings of our own, each with look-alikes that must not change)."""

from __future__ import annotations

import pytest

from refnorm.normalizers.names import parse_name, parse_names, role_before, role_of
from test_names import fg


def lit(text: str) -> dict[str, str]:
    return {"literal": text}


# --- a one-letter "and" (a, y, e, i, и) between two inverted names ---------------------------------------------------
BOTH_INVERTED = [
    ("Horák, Tomáš a Kubát, Vojtěch", None, [fg("Horák", "Tomáš"), fg("Kubát", "Vojtěch")]),
    ("Beneš, Ida, Horák, Tomáš a Kubát, Eliška", "cs",
     [fg("Beneš", "Ida"), fg("Horák", "Tomáš"), fg("Kubát", "Eliška")]),
    ("Navarro, Lucía y Ferrer, Ramón", "es", [fg("Navarro", "Lucía"), fg("Ferrer", "Ramón")]),
    ("Ramos, Joana e Teixeira, Paulo", "pt", [fg("Ramos", "Joana"), fg("Teixeira", "Paulo")]),
    ("Galli, Stefano e Conti, Irene", "it", [fg("Galli", "Stefano"), fg("Conti", "Irene")]),
    ("Wróblewski, Adam i Zając, Ewa", "pl", [fg("Wróblewski", "Adam"), fg("Zając", "Ewa")]),
    ("Соколов, Олег и Лебедева, Инна", "ru", [fg("Соколов", "Олег"), fg("Лебедева", "Инна")]),
]
ONE_LETTER_AND_KEPT = [
    # one family name joined by a particle-like conjunction
    ("Mello e Castro, R.", None, [fg("Mello e Castro", "R.")]),
    ("Gómez y Patiño, Luis", None, [fg("Gómez y Patiño", "Luis")]),
    ("Vidal, Ana, Ruiz y Ruiz, Pedro", "es", [fg("Vidal", "Ana"), fg("Ruiz y Ruiz", "Pedro")]),
    # an initial in capitals is no conjunction
    ("Tomas E Brandt, Olga A Sever, Ivo Lund", None,
     [fg("Brandt", "Tomas E."), fg("Sever", "Olga A."), fg("Lund", "Ivo")]),
    # the second name in natural order (already read)
    ("Navarro, Lucía y Ramón Ferrer", "es", [fg("Navarro", "Lucía"), fg("Ferrer", "Ramón")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BOTH_INVERTED + ONE_LETTER_AND_KEPT)
def test_one_letter_and_between_inverted_names(text: str, lang: str | None, expected: list[dict]) -> None:
    assert parse_names(text, lang).names == expected


# --- a particle in capitals before a short family word ----------------------------------------------------------------
CAPS_PARTICLE = [
    ("DEL RIO, M.", [fg("del Rio", "M.")]),
    ("VAN DAM, H.; DE WIT, P.", [fg("van Dam", "H."), fg("de Wit", "P.")]),
    ("DA LUZ, Helena", [fg("da Luz", "Helena")]),
    ("DEL RIO M, VAN DAM H", [fg("del Rio", "M."), fg("van Dam", "H.")]),
    # look-alikes: initials after a family name in capitals, a long family word
    ("SMITH J A", [fg("Smith", "J. A.")]),
    ("VAN DER MEER JA", [fg("van der Meer", "J. A.")]),
    ("DE LA CRUZ, M.", [fg("de la Cruz", "M.")]),
    ("Del Rio, M.", [fg("Del Rio", "M.")]),
]


@pytest.mark.parametrize(("text", "expected"), CAPS_PARTICLE)
def test_particle_in_capitals_before_a_short_word(text: str, expected: list[dict]) -> None:
    assert parse_names(text).names == expected


# --- two compact initials before a family name ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("TR Hughes, KL Moss", [fg("Hughes", "T. R."), fg("Moss", "K. L.")]),
    ("MA Ferreira", [fg("Ferreira", "M. A.")]),
    # look-alikes: a Chinese family name in capitals before a romanised given name, a French family in capitals
    ("LI Hua", [fg("Li", "Hua")]),
    ("HE Wei, MA Lin", [fg("He", "Wei"), fg("Ma", "Lin")]),
    ("NG Kwok-wai", [fg("Ng", "Kwok-wai")]),
    ("DURAND Jean-Pierre", [fg("Durand", "Jean-Pierre")]),
    ("DOE Jane", [fg("Doe", "Jane")]),
])
def test_compact_initials_before_family(text: str, expected: list[dict]) -> None:
    assert parse_names(text).names == expected


# --- a Chinese given name of two syllables joined by a hyphen: family first -----------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Zhou Jian-Guo", fg("Zhou", "Jian-Guo")),
    ("Lin Shu-fen", fg("Lin", "Shu-fen")),
    ("Chang Kuo-hua", fg("Chang", "Kuo-hua")),
    ("Li Fei-Fei", fg("Li", "Fei-Fei")),
    # look-alikes: the given name first; a Western hyphenated given name after a family-looking word
    ("Jian-Guo Zhou", fg("Zhou", "Jian-Guo")),
    ("Lee Anne-Marie", fg("Anne-Marie", "Lee")),
    ("Li Jean-Paul", fg("Jean-Paul", "Li")),
    ("Marie-Claire Dubois", fg("Dubois", "Marie-Claire")),
])
def test_hyphenated_chinese_given_name(text: str, expected: dict) -> None:
    assert parse_name(text) == expected


# --- NLM patents: "Name, inventor; Company, assignee" ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Varga TK, Lind PO, inventors; Nordmed AB", [fg("Varga", "T. K."), fg("Lind", "P. O.")]),
    ("Varga TK, inventor; Nordmed Ltd., assignee", [fg("Varga", "T. K.")]),
    ("Varga TK, inventor", [fg("Varga", "T. K.")]),
    # look-alikes: a family name that begins with the word
    ("Inventor, K.", [fg("Inventor", "K.")]),
    ("Varga TK, Lind PO", [fg("Varga", "T. K."), fg("Lind", "P. O.")]),
])
def test_patent_inventors(text: str, expected: list[dict]) -> None:
    assert parse_names(text).names == expected


# --- bodies: universities and offices in more languages, companies' legal forms ---------------------------------------
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Göteborgs universitet, Institutionen för kulturvetenskaper", None,
     [lit("Göteborgs universitet, Institutionen för kulturvetenskaper")]),
    ("Masarykova univerzita", None, [lit("Masarykova univerzita")]),
    ("Uniwersytet Jagielloński", None, [lit("Uniwersytet Jagielloński")]),
    ("Федеральная служба государственной статистики", None, [lit("Федеральная служба государственной статистики")]),
    ("Nordisk Vattenkraft AB", "sv", [lit("Nordisk Vattenkraft AB")]),
    ("Rheinische Maschinenbau AG", "de", [lit("Rheinische Maschinenbau AG")]),
    ("Vetro Design S.p.A.", None, [lit("Vetro Design S.p.A.")]),
    ("Brenner Medizintechnik GmbH", None, [lit("Brenner Medizintechnik GmbH")]),
    # look-alikes: initials in capitals after one family name, or in a language whose form it is not
    ("Lindqvist AB", "sv", [fg("Lindqvist", "A. B.")]),
    ("Lindqvist AB, Berg K", "sv", [fg("Lindqvist", "A. B."), fg("Berg", "K.")]),
    ("Pereira Gomes SA", "pt", [fg("Pereira Gomes", "S. A.")]),
    ("Hoffmann AG, Keller P", "de", [fg("Hoffmann", "A. G."), fg("Keller", "P.")]),
])
def test_bodies(text: str, lang: str | None, expected: list[dict]) -> None:
    assert parse_names(text, lang).names == expected


# --- the role a phrase before a list gives its names -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Storia del porto, a cura di ", "editor"),
    ("Historia miasta, przeł. ", "translator"),
    ("Лесные почвы / пер. с нем. ", "translator"),
    ("Лесные почвы / под ред. ", "editor"),
    ("Il viaggio, trad. it. di ", "translator"),
    ("The Voyage. Translated by ", "translator"),
    ("Die Reise, hg. von ", "editor"),
    ("Cesta. Přeložil ", "translator"),
    # no role phrase, or one naming two roles at once
    ("The Voyage. London: Red Press, ", None),
    ("Cambridge, MA ", None),
    ("In: ", None),
    ("Ovid. Tristia. Edited and translated by ", None),
    ("Le voyage. Texte établi et traduit par ", None),
    ("От Петра I до Чигорина / под ред. ", "editor"),  # ("I" is no conjunction before the phrase)
])
def test_role_before(text: str, expected: str | None) -> None:
    assert role_before(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("Hg.", "editor"), ("hg", "editor"), ("Hrsg.", "editor"), ("a cura di", "editor"), ("coord.", "editor"),
    ("trad.", "translator"), ("Übers.", "translator"),
    ("In", None), ("by", None), ("von", None), ("Hoffmann", None),
])
def test_role_of(words: str, expected: str | None) -> None:
    assert role_of(words) == expected


# --- a footnote's "compare" / "see" before the names; bodies in Russian ------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Cfr. L. Moretti", [fg("Moretti", "L.")]),
    ("Vgl. Brandt, Heike", [fg("Brandt", "Heike")]),
    ("cf. Holm K, Berg T", [fg("Holm", "K."), fg("Berg", "T.")]),
    ("Zob. T. Wrona", [fg("Wrona", "T.")]),
    ("См. Орлов П. Д.", [fg("Орлов", "П. Д.")]),
    ("Bkz. Aydın, Elif", [fg("Aydın", "Elif")]),
    ("Банк Казахстана", [lit("Банк Казахстана")]),
    ("Фонд поддержки науки", [lit("Фонд поддержки науки")]),
    # look-alikes: a family name that is the word, with its comma; Russian initials after a family name
    ("See, Thomas", [fg("See", "Thomas")]),
    ("Совет Н. И.", [fg("Совет", "Н. И.")]),
])
def test_see_cue_and_russian_bodies(text: str, expected: list[dict]) -> None:
    assert parse_names(text).names == expected


# --- names in capitals: a Turkish word's dotless ı, a name in capitals throughout --------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("KARAAĞAÇLI, Emre", [fg("Karaağaçlı", "Emre")]),
    ("ÇİFTÇİOĞLU, Ayla", [fg("Çiftçioğlu", "Ayla")]),
    ("NOWAK, PIOTR; DIAS, INÊS", [fg("Nowak", "Piotr"), fg("Dias", "Inês")]),
    # look-alikes: no Turkish capital in the word, so "I" is "i"; initials stay initials
    ("KILIC, Emre", [fg("Kilic", "Emre")]),
    ("IONESCU, Ştefan", [fg("Ionescu", "Ştefan")]),
    ("NOWAK, P. J.", [fg("Nowak", "P. J.")]),
])
def test_names_in_capitals(text: str, expected: list[dict]) -> None:
    assert parse_names(text).names == expected
