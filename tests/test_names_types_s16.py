"""Names, record types, legal forms, entries and splitting (normalizers/names.py, normalizers/types.py,
parsing/legal.py, parsing/entries.py, parsing/split.py), session 16. Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm import parse, split
from refnorm.normalizers.names import parse_names, role_before

# --- a translator named by the noun, by the verb in another person or gender, or with the language translated from ---


@pytest.mark.parametrize("text", [
    "Les jardins du Nord. Traduction de ",
    "Les jardins du Nord. Traduction par ",
    "Les jardins du Nord. Traduit de l’italien par ",
    "Les jardins du Nord, trad. de l’allemand par ",
    "Northern Gardens. Translation by ",
    "Northern Gardens. Translated from the Norwegian by ",
    "Noordelijke tuinen. Vertaald uit het Noors door ",
    "Noordelijke tuinen. Vertaling: ",
    "Nördliche Gärten. Übersetzung von ",
    "Nördliche Gärten. Übersetzung: ",
    "Nördliche Gärten. Aus dem Norwegischen von ",
    "Nördliche Gärten. Aus dem Dänischen übertragen von ",
    "Nördliche Gärten. Übersetzt aus dem Schwedischen von ",
    "Jardines del norte. Traducido del noruego por ",
    "Giardini del nord. Traduzione dal norvegese di ",
    "Giardini del nord. Tradotto dall’inglese da ",
    "Jardins do norte. Tradução do norueguês de ",
    "Jardins do norte. Traduzido do alemão por ",
    "Severní zahrady. Přeložila ",
    "Severní zahrady. Překlad ",
    "Ogrody północy. Przełożył ",
    "Ogrody północy. Przełożyła ",
    "Ogrody północy. Tłumaczenie ",
    "Nordliga trädgårdar. Översättning: ",
    "Nordliga trädgårdar. Översatt från norska av ",
    "Северные сады / перевела ",
    "Kuzey bahçeleri. Çeviri: ",
])
def test_a_translators_phrase_names_the_translator(text: str) -> None:
    assert role_before(text) == "translator"


@pytest.mark.parametrize("text, role", [
    ("Crónicas del valle. Coordinado por ", "editor"),
    ("Crônicas do vale. Organização de ", "editor"),
    ("Crônicas do vale. Coordenação de ", "editor"),
    ("Chroniques de la vallée. Texte établi par ", "editor"),
    # two roles: the names are both, left to the labeler's reading
    ("Chroniques de la vallée. Texte établi et traduit par ", None),
    ("Chroniques de la vallée. Texte établi, traduit et annoté par ", None),
    ("Valley Chronicles. Edited and translated by ", None),
])
def test_editors_phrases_of_several_words(text: str, role: str | None) -> None:
    assert role_before(text) == role


@pytest.mark.parametrize("text", [
    "Histoire de la traduction de ",  # a title's noun after its article
    "The translation of ",
    "Zur Geschichte der Übersetzung von ",
    "Aus dem Leben von ",  # no language
    "Théorie de la traduction. Paris : ",
    "Translation Studies. ",
    "In: Translation ",  # a title's word, not a sentence's first
    "Translation, ",
    "Translated from ",
    "Translated from the Norwegian ",  # a language in capitals needs its "by"
    "Les jardins du Nord. Traduction de Chantal ",  # a given name is no language
    "Dumas, Alexandre. ",
])
def test_look_alikes_of_translators_phrases_name_no_role(text: str) -> None:
    assert role_before(text) is None


@pytest.mark.parametrize("text, names", [
    ("Vertaling: Anneke de Wit", [{"family": "de Wit", "given": "Anneke"}]),
    ("Übersetzung von Ortrun Hasselbach", [{"family": "Hasselbach", "given": "Ortrun"}]),
    ("Traduction de Mireille Caradec", [{"family": "Caradec", "given": "Mireille"}]),
    ("traduction de Mireille Caradec", [{"family": "Caradec", "given": "Mireille"}]),
    ("Traduction : de Waal, Pieter", [{"family": "de Waal", "given": "Pieter"}]),
    ("Translation by Orla Brennan", [{"family": "Brennan", "given": "Orla"}]),
])
def test_a_translators_phrase_opening_the_names_is_no_name(text: str, names: list) -> None:
    got = parse_names(text)
    assert got.names == names and got.role == "translator"


@pytest.mark.parametrize("text, names", [
    ("Ed Brannock", [{"family": "Brannock", "given": "Ed"}]),  # a given name that spells a role word
    ("Red Talvik", [{"family": "Talvik", "given": "Red"}]),
])
def test_a_short_given_name_spelling_a_role_word_stays(text: str, names: list) -> None:
    got = parse_names(text)
    assert got.names == names and got.role is None


@pytest.mark.parametrize("lang, text, family", [
    ("fr", "Arvelo, Lucía. Les jardins du Nord. Traduction de Mireille Caradec. Paris : Corti, 2011.", "Caradec"),
    ("en", "Eskeland, Tor. Northern Gardens. Translation by Orla Brennan. London: Harvill, 2009.", "Brennan"),
    ("de", "Eskeland, Tor: Nördliche Gärten. Übersetzung von Ortrun Hasselbach. Berlin: Aufbau 2010.", "Hasselbach"),
    ("cs", "Eskeland, Tor. Severní zahrady. Přeložila Jitka Horáková. Praha: Argo, 2012.", "Horáková"),
    ("pl", "Eskeland, Tor. Ogrody północy. Przełożyła Marta Zielińska. Kraków: Znak, 2013.", "Zielińska"),
    ("pl", "Eskeland, Tor. Ogrody północy. Tłumaczenie Adam Wrona. Kraków: Znak, 2013.", "Wrona"),
    ("sv", "Arvelo, Lucía. Dalens krönikor. Översättning: Maja Holm. Stockholm: Tranan, 2015.", "Holm"),
])
def test_a_translators_phrase_in_a_reference(lang: str, text: str, family: str) -> None:
    csl = parse(text, lang=lang)[0].to_csl()
    assert [n.get("family") for n in csl.get("translator", [])] == [family]
    assert "editor" not in csl
    assert family not in csl.get("title", "")


# --- a family name in capitals that opens with a particle in capitals ---


@pytest.mark.parametrize("text, name", [
    ("Maëlys LE CORRE", {"family": "Le Corre", "given": "Maëlys"}),
    ("Erwan LE COZ", {"family": "Le Coz", "given": "Erwan"}),  # (not Vancouver "Erwan" with initials "L. E. C. O. Z.")
    ("Odile DE LA HAYE", {"family": "de la Haye", "given": "Odile"}),
    ("Pieter VAN DER LINDEN", {"family": "van der Linden", "given": "Pieter"}),
    ("Carla DI STEFANO", {"family": "di Stefano", "given": "Carla"}),
    ("Inês DA COSTA", {"family": "da Costa", "given": "Inês"}),
    ("Ulrike VON DER HEYDT", {"family": "von der Heydt", "given": "Ulrike"}),
    ("LE CORRE M.-L.", {"family": "Le Corre", "given": "M.-L."}),
    ("DEL VALLE R.", {"family": "del Valle", "given": "R."}),
    ("VAN DAALEN P.J.", {"family": "van Daalen", "given": "P. J."}),
    ("LE CORRE, Maëlys", {"family": "Le Corre", "given": "Maëlys"}),  # an article opening the name keeps its capital
    ("LA SALLE, Benoît", {"family": "La Salle", "given": "Benoît"}),
    ("LO PRESTI, Nunzia", {"family": "Lo Presti", "given": "Nunzia"}),
    ("DE LA HAYE, Odile", {"family": "de la Haye", "given": "Odile"}),
])
def test_a_particle_in_capitals_opens_the_family_name(text: str, name: dict) -> None:
    assert parse_names(text).names == [name]


@pytest.mark.parametrize("text, names", [
    ("Okafor DA, Lindqvist LE", [{"family": "Okafor", "given": "D. A."}, {"family": "Lindqvist", "given": "L. E."}]),
    ("Aurore DUVAL", [{"family": "Duval", "given": "Aurore"}]),
    ("J.-P. LE CORRE", [{"family": "Le Corre", "given": "J.-P."}]),
])
def test_initials_that_spell_a_particle_stay_initials(text: str, names: list) -> None:
    assert parse_names(text).names == names


# --- Japanese family names of three characters in four-character names ---


@pytest.mark.parametrize("text, name", [
    ("佐々木亮", {"family": "佐々木", "given": "亮"}),  # the repetition mark never opens a given name
    ("野々村真", {"family": "野々村", "given": "真"}),
    ("小野寺健", {"family": "小野寺", "given": "健"}),
    ("長谷川誠", {"family": "長谷川", "given": "誠"}),
    ("佐藤花子", {"family": "佐藤", "given": "花子"}),  # two and two, as most
    ("小野洋子", {"family": "小野", "given": "洋子"}),
    ("佐々木健太", {"family": "佐々木", "given": "健太"}),
])
def test_a_japanese_family_name_of_three_characters(text: str, name: dict) -> None:
    assert parse_names(text, "ja").names == [name]


# --- a list one reference a line: lines the page broke after an article, before an ISBN or a year alone ---


@pytest.mark.parametrize("text, n", [
    ("Okoye, B. (2018). Rivers and the city: water in the\nMediterranean port towns. Urban History, 45, 1–20.\n"
     "Lund, P. (2020). Harbours. Routledge.\n", 2),
    ("Okoye B. Ríos y ciudad: el agua de los\nAndes. Madrid: Síntesis; 2018.\nLund P. Puertos. Madrid: Cátedra; 2020.\n", 2),
    ("Okoye, B. Flüsse und Städte im Spiegel der\nGeschichte. Berlin: Aufbau 2018.\nLund, P.: Häfen. München: Beck 2020.\n", 2),
    ("OKOYE, B. Fleuves et villes. Paris : PUF, 2018. 240 p.\nISBN 978-2-13-081234-5.\nLUND, P. Ports. Paris : Seuil, 2020.\n",
     2),
    ("OKOYE, B. Rios e cidades. Disponível em: https://example.org/rios. Acesso em: 3 mar.\n2022.\n"
     "LUND, P. Portos. São Paulo: Edusp, 2020.\n", 2),
])
def test_a_broken_line_goes_on(text: str, n: int) -> None:
    assert len(split(text)) == n


@pytest.mark.parametrize("text, n", [
    ("Okoye, B. (2018). Rivers and the city. Routledge.\nLund, P. (2020). Harbours. Routledge.\n", 2),
    ("Okoye B (2018) Rivers. Springer, Berlin\nLund P (2020) Harbours. Springer, Cham\n", 2),
    ("Okoye, B. Rivers. London: Verso, 2018.\n23\nLund, P. Harbours. London: Verso, 2020.\n", 2),  # a page number
])
def test_whole_lines_stay_apart(text: str, n: int) -> None:
    assert len(split(text)) == n
