"""Names fixed in session 12: Slavic names in the genitive after a role phrase, ... (strings of our own)."""

from __future__ import annotations

import pytest

from refnorm.normalizers.names import parse_names
from test_names import fg

# (the words before the list, the list, the names in the nominative)
GENITIVE = [
    # Russian: "под ред." (edited by), "под общ. ред.", "пер. с англ." (translated by) take the genitive
    ("/ под ред. ", "П. С. Белова", [fg("Белов", "П. С.")]),
    ("/ под общ. ред. ", "Е. К. Зуевой", [fg("Зуева", "Е. К.")]),
    ("; пер. с нем. ", "Т. А. Сорокиной", [fg("Сорокина", "Т. А.")]),
    ("; пер. с фр. ", "Д. Л. Лукина", [fg("Лукин", "Д. Л.")]),
    ("// Сборник / под науч. ред. ", "А. Б. Вишневского", [fg("Вишневский", "А. Б.")]),
    ("/ под ред. ", "О. В. Лесковской", [fg("Лесковская", "О. В.")]),
    ("/ под ред. ", "Г. Д. Макарова, Е. Н. Аксёновой",
     [fg("Макаров", "Г. Д."), fg("Аксёнова", "Е. Н.")]),
    ("/ под ред. ", "Михаила Сергеевича Орлова", [fg("Орлов", "Михаил Сергеевич")]),
    ("/ под ред. ", "Ольги Петровны Зиминой", [fg("Зимина", "Ольга Петровна")]),
    ("/ под ред. ", "Кулагина Д. Е.", [fg("Кулагин", "Д. Е.")]),
    # Ukrainian "за ред.": -енка is the genitive of -енко
    ("/ за ред. ", "М. П. Гриценка", [fg("Гриценко", "М. П.")]),
    ("/ за ред. ", "Л. В. Бойківської", [fg("Бойківська", "Л. В.")]),
    # Polish "pod red."
    (", pod red. ", "Tomasza Wierzbickiego", [fg("Wierzbicki", "Tomasz")]),
    (", pod red. ", "E. Zalewskiej", [fg("Zalewska", "E.")]),
    (", pod red. ", "Barbary Sadowskiej", [fg("Sadowska", "Barbara")]),
]

# the same strings where nothing proves a genitive: left as written
NOMINATIVE = [
    ("/ отв. ред. ", "Т. А. Сорокина", [fg("Сорокина", "Т. А.")]),  # "отв. ред." is the editor himself
    ("/ сост. ", "Е. К. Зуева", [fg("Зуева", "Е. К.")]),
    ("/ ред. ", "П. С. Белов", [fg("Белов", "П. С.")]),
    ("Москва: ", "П. С. Белова", [fg("Белова", "П. С.")]),
    ("", "П. С. Белова", [fg("Белова", "П. С.")]),
    (", red. ", "Anna Wierzbicka", [fg("Wierzbicka", "Anna")]),
    ("; tłum. ", "Ewa Zalewska", [fg("Zalewska", "Ewa")]),
    # endings that prove nothing stay: indeclinable -енко, -их; a non-Slavic name
    ("/ под ред. ", "Н. В. Кравченко", [fg("Кравченко", "Н. В.")]),
    ("/ под ред. ", "А. А. Долгих", [fg("Долгих", "А. А.")]),
    ("/ под ред. ", "J. Smith", [fg("Smith", "J.")]),
    # a man's genitive is never a family name's end shorter than the ending
    ("/ под ред. ", "Ина", [{"family": "Ина"}]),
]


@pytest.mark.parametrize(("preceding", "text", "expected"), GENITIVE + NOMINATIVE)
def test_genitive_after_role_phrase(preceding: str, text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text, "ru", preceding=preceding).names == expected


def test_genitive_role_phrase_inside_the_list() -> None:
    nl = parse_names("под ред. Р. Т. Гусева и Н. О. Лапиной")
    assert nl.role == "editor"
    assert nl.names == [fg("Гусев", "Р. Т."), fg("Лапина", "Н. О.")]
    assert parse_names("ред. Р. Т. Гусева").names == [fg("Гусева", "Р. Т.")]


# An inverted name whose family name has an inner particle: one person when the list (or its part between
# semicolons) holds that one name or goes on inverted; Chicago's natural-order tail is left as it was.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Barros da Cunha, Ana Beatriz", None, [fg("Barros da Cunha", "Ana Beatriz")]),
    ("Lemos dos Reis, Paulo Henrique; Castro, Júlia", None,
     [fg("Lemos dos Reis", "Paulo Henrique"), fg("Castro", "Júlia")]),
    ("Lemos dos Reis, Paulo Henrique, Castro, Júlia Maria", None,
     [fg("Lemos dos Reis", "Paulo Henrique"), fg("Castro", "Júlia Maria")]),
    ("Vidal de Negreiros, Lucas Emanuel", "pt", [fg("Vidal de Negreiros", "Lucas Emanuel")]),
    # look-alikes: natural order after an inverted first name, or before "and"; a German particle without the
    # language's word for it
    ("Brouwer, Sanne, Lotte van Dijk, Pieter de Groot, Anouk Smit", None,
     [fg("Brouwer", "Sanne"), fg("van Dijk", "Lotte"), fg("de Groot", "Pieter"), fg("Smit", "Anouk")]),
    ("Pieter de Groot, Anouk Smit and Sanne Brouwer", None,
     [fg("de Groot", "Pieter"), fg("Smit", "Anouk"), fg("Brouwer", "Sanne")]),
    ("Pieter de Groot, Anouk Smit, Sanne Brouwer", None,
     [fg("de Groot", "Pieter"), fg("Smit", "Anouk"), fg("Brouwer", "Sanne")]),
    ("Konrad von Alten, Neue Welt", None, [fg("von Alten", "Konrad"), fg("Welt", "Neue")]),
])
def test_inverted_family_with_particle(text: str, lang: str | None, expected: list[dict[str, str]]) -> None:
    assert parse_names(text, lang).names == expected


# Spanish, Catalan and Galician names in natural order carry two family names
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Rodrigo Salinas Vela", "es", [fg("Salinas Vela", "Rodrigo")]),
    ("Juan Manuel Ibáñez Roca", "es", [fg("Ibáñez Roca", "Juan Manuel")]),
    ("Marta Puig Ferrer i Núria Vila Soler", "ca", [fg("Puig Ferrer", "Marta"), fg("Vila Soler", "Núria")]),
    # a common compound given name before one family name
    ("Juan Carlos Medina", "es", [fg("Medina", "Juan Carlos")]),
    ("María Teresa Aguilar", "es", [fg("Aguilar", "María Teresa")]),
    # look-alikes: another language, a hyphenated family, particles, initials, two words
    ("Rodrigo Salinas Vela", "it", [fg("Vela", "Rodrigo Salinas")]),
    ("Rodrigo Salinas Vela", None, [fg("Vela", "Rodrigo Salinas")]),
    ("Lucía Ortiz-Bravo", "es", [fg("Ortiz-Bravo", "Lucía")]),
    ("Rodrigo de la Vega", "es", [fg("de la Vega", "Rodrigo")]),
    ("R. Salinas Vela", "es", [fg("Salinas Vela", "R.")]),
    ("Rodrigo Salinas", "es", [fg("Salinas", "Rodrigo")]),
    ("Salinas Vela, Rodrigo", "es", [fg("Salinas Vela", "Rodrigo")]),
])
def test_two_family_names_in_natural_order(text: str, lang: str | None, expected: list[dict[str, str]]) -> None:
    assert parse_names(text, lang).names == expected


# Romanised Chinese names in a Chinese list (GB/T 7714) are written family first
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Huang Jianguo, Zhou Lin", "zh", [fg("Huang", "Jianguo"), fg("Zhou", "Lin")]),
    ("GAO Mingyuan, XU Lan", "zh", [fg("Gao", "Mingyuan"), fg("Xu", "Lan")]),
    ("Tang Xiao-yan", "zh", [fg("Tang", "Xiao-yan")]),
    # look-alikes: initials (Vancouver), another language, a name that is not Chinese, the inverted form
    ("Huang J, Zhou L", "zh", [fg("Huang", "J."), fg("Zhou", "L.")]),
    ("Huang Jianguo, Zhou Lin", "en", [fg("Jianguo", "Huang"), fg("Lin", "Zhou")]),
    ("Peter Brown", "zh", [fg("Brown", "Peter")]),
    ("Huang, Jianguo", "zh", [fg("Huang", "Jianguo")]),
])
def test_romanised_chinese_names_family_first(text: str, lang: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text, lang).names == expected


# Chinese lists' full-width full stop and semicolon separate and end names as the ASCII ones do
@pytest.mark.parametrize(("text", "expected"), [
    ("赵敏，钱磊，冯晓东．", [fg("赵", "敏"), fg("钱", "磊"), fg("冯", "晓东")]),
    ("QIAN L，FENG X D．", [fg("Qian", "L."), fg("Feng", "X. D.")]),
    ("QIAN Lei；FENG Xiaodong", [fg("Qian", "Lei"), fg("Feng", "Xiaodong")]),
    ("赵敏、钱磊．", [fg("赵", "敏"), fg("钱", "磊")]),
    ("中国社会科学院．", [{"literal": "中国社会科学院"}]),
])
def test_full_width_stops_in_chinese_lists(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text, "zh").names == expected


# Bodies named by an inspectorate, a centre, or a German/Dutch compound ending in council, office, chamber, court
@pytest.mark.parametrize(("text", "expected"), [
    ("Bayerischer Landesgesundheitsrat", [{"literal": "Bayerischer Landesgesundheitsrat"}]),
    ("Nederlandse Onderwijsraad", [{"literal": "Nederlandse Onderwijsraad"}]),
    ("Landratsamt Ebersberg", [{"literal": "Landratsamt Ebersberg"}]),
    ("Inspectie Leefomgeving en Transport", [{"literal": "Inspectie Leefomgeving en Transport"}]),
    ("Inspection générale des finances, de l’administration et du budget",
     [{"literal": "Inspection générale des finances, de l’administration et du budget"}]),
    ("Centrum dopravního výzkumu", [{"literal": "Centrum dopravního výzkumu"}]),
    # look-alikes: people whose names end in the same letters
    ("Konrad Amrat", [fg("Amrat", "Konrad")]),
    ("Meier, Gerhard", [fg("Meier", "Gerhard")]),
    ("Samt, K.", [fg("Samt", "K.")]),
])
def test_bodies_named_by_council_office_inspectorate(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text).names == expected


# Vancouver: "JR" or "SR" right after a family name in mixed case are initials; a suffix follows the initials
@pytest.mark.parametrize(("text", "expected"), [
    ("Okafor JR, Lindqvist B", [fg("Okafor", "J. R."), fg("Lindqvist", "B.")]),
    ("Brennan SR", [fg("Brennan", "S. R.")]),
    # look-alikes: the suffix after initials, in inverted form, or in a list in capitals
    ("Okafor JR Jr, Lindqvist B", [fg("Okafor", "J. R.", suffix="Jr"), fg("Lindqvist", "B.")]),
    ("Okafor, James, Jr.", [fg("Okafor", "James", suffix="Jr.")]),
    ("OKAFOR JR", [{"family": "Okafor", "suffix": "JR"}]),
])
def test_vancouver_initials_that_spell_a_suffix(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text).names == expected


# A family name of adjectival form (and Czech -ová) written before the given name, without a comma
@pytest.mark.parametrize(("text", "expected"), [
    ("Zawadzki Henryk", [fg("Zawadzki", "Henryk")]),
    ("Lipska Marta, Wołowski Adam", [fg("Lipska", "Marta"), fg("Wołowski", "Adam")]),
    ("Dvorský Karel", [fg("Dvorský", "Karel")]),
    ("Horáková Lenka", [fg("Horáková", "Lenka")]),
    ("Гончаровский Игорь", [fg("Гончаровский", "Игорь")]),
    # look-alikes: natural order, initials, two family-like words
    ("Henryk Zawadzki", [fg("Zawadzki", "Henryk")]),
    ("Lenka Horáková", [fg("Horáková", "Lenka")]),
    ("Zawadzki H", [fg("Zawadzki", "H.")]),
    ("Zawadzki Lipski", [fg("Lipski", "Zawadzki")]),
])
def test_adjectival_family_name_first(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text).names == expected


# "・" inside one body's name is no separator; between people or whole bodies it is
@pytest.mark.parametrize(("text", "expected"), [
    ("国立成育医療・小児保健研究センター", [{"literal": "国立成育医療・小児保健研究センター"}]),
    ("田中一郎・鈴木花子", [fg("田中", "一郎"), fg("鈴木", "花子")]),
    ("日本小児科学会・日本産科婦人科学会", [{"literal": "日本小児科学会"}, {"literal": "日本産科婦人科学会"}]),
    ("田中一郎・京都大学", [fg("田中", "一郎"), {"literal": "京都大学"}]),
])
def test_middle_dot_inside_a_body(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text, "ja").names == expected


# Slavic role phrases the CSL locales lack, at the start of a list, and the language a translation is from
@pytest.mark.parametrize(("preceding", "text", "role", "expected"), [
    ("/ под ", "редакцией Е. Н. Лаптева", "editor", [fg("Лаптев", "Е. Н.")]),
    ("", "под общ. ред. Е. Н. Лаптевой", "editor", [fg("Лаптева", "Е. Н.")]),
    ("", "отв. ред. Е. Н. Лаптев", "editor", [fg("Лаптев", "Е. Н.")]),
    ("", "сост. Е. Н. Лаптева", "compiler", [fg("Лаптева", "Е. Н.")]),
    ("", "пер. с исп. Е. Н. Лаптева", "translator", [fg("Лаптев", "Е. Н.")]),
    ("", "pod redakcją Marka Lipskiego", "editor", [fg("Lipski", "Marka")]),
    # look-alikes: a given name that opens like a preposition; "ред." is the editor in the nominative
    ("", "Zając, Ze", None, [fg("Zając", "Ze")]),
    ("", "ред. Е. Н. Лаптева", "editor", [fg("Лаптева", "Е. Н.")]),
])
def test_slavic_role_phrases(preceding: str, text: str, role: str | None, expected: list[dict[str, str]]) -> None:
    nl = parse_names(text, preceding=preceding)
    assert (nl.role, nl.names) == (role, expected)


# A spaced dash between two inverted names separates them (Turkish lists)
@pytest.mark.parametrize(("text", "expected"), [
    ("Aydın, Selin - Koç, Emre", [fg("Aydın", "Selin"), fg("Koç", "Emre")]),
    ("Aydın, S. – Koç, E. – Şahin, B.", [fg("Aydın", "S."), fg("Koç", "E."), fg("Şahin", "B.")]),
    ("Aydın, Selin Nur - Koç, Emre Can", [fg("Aydın", "Selin Nur"), fg("Koç", "Emre Can")]),
    # look-alikes: a body's name with a dash, a hyphenated family name
    ("Türkiye Bilimsel ve Teknolojik Araştırma Kurumu – Marmara Araştırma Merkezi",
     [{"literal": "Türkiye Bilimsel ve Teknolojik Araştırma Kurumu – Marmara Araştırma Merkezi"}]),
    ("Aydın-Koç, Selin", [fg("Aydın-Koç", "Selin")]),
])
def test_dash_between_inverted_names(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text, "tr").names == expected


# "and" after a semicolon, or glued to the comma before it, joins the last name as it does elsewhere
@pytest.mark.parametrize(("text", "expected"), [
    ("Okoye, C.; Brandt, L.; and Ferris, P.", [fg("Okoye", "C."), fg("Brandt", "L."), fg("Ferris", "P.")]),
    ("Okoye, C.; & Ferris, P.", [fg("Okoye", "C."), fg("Ferris", "P.")]),
    ("C. Okoye, L. Brandt ,and P. Ferris", [fg("Okoye", "C."), fg("Brandt", "L."), fg("Ferris", "P.")]),
    ("Okoye, C.,and Ferris, P.", [fg("Okoye", "C."), fg("Ferris", "P.")]),
    # look-alikes: a name opening with "And", an initial "E" glued to a comma
    ("Okoye, C.; Andersen, P.", [fg("Okoye", "C."), fg("Andersen", "P.")]),
    ("C. Okoye,E. Ferris", [fg("Okoye", "C."), fg("Ferris", "E.")]),
])
def test_and_after_semicolon_or_glued_comma(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text).names == expected


# PDF damage around initials: the full stop slid after a space ("E .Oliveri") or the space after it lost ("J.Evslin")
@pytest.mark.parametrize(("text", "expected"), [
    ("T .Varga ,and K .Lindholm", [fg("Varga", "T."), fg("Lindholm", "K.")]),
    ("H.Okonkwo, R.S.Patel", [fg("Okonkwo", "H."), fg("Patel", "R. S.")]),
    ("J.L.Núñez", [fg("Núñez", "J. L.")]),
    ("Varga T .K ., Lindholm K .", [fg("Varga", "T. K."), fg("Lindholm", "K.")]),
    ("T .VARGA ,K .LINDHOLM", [fg("Varga", "T."), fg("Lindholm", "K.")]),
    # look-alikes: initials run together, a hyphenated initial, an abbreviation inside a family name
    ("R.S. Patel", [fg("Patel", "R. S.")]),
    ("J.-P. Lindholm", [fg("Lindholm", "J.-P.")]),
    ("St.John, K.", [fg("St.John", "K.")]),
])
def test_pdf_damage_around_initials(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text).names == expected
