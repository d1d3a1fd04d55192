"""Names, record types, legal forms, entries and splitting (normalizers/names.py, normalizers/types.py,
parsing/legal.py, parsing/entries.py, parsing/split.py), session 16. Every string here is made up for these tests."""

from __future__ import annotations

import pytest

from refnorm import parse, split
from refnorm.normalizers.names import parse_names, role_before
from refnorm.normalizers.types import archival_document
from refnorm.parsing.legal import legal_fields

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


# --- a line citing several decisions or acts one after another ---


@pytest.mark.parametrize("lang, text, numbers", [
    ("de", "OLG Celle, Urt. v. 8.4.2015 – 4 U 19/14, NJW-RR 2015, 911; OLG Hamm, Urt. v. 2.7.2017 – 9 U 51/16, "
     "NZV 2018, 77.", ["4 U 19/14", "9 U 51/16"]),
    ("fr", "Cass. soc., 4 févr. 2015, n° 13-18.523 ; Cass. 3e civ., 9 juin 2016, n° 15-11.234.", ["13-18.523", "15-11.234"]),
    ("it", "Cass. civ., sez. II, 4 aprile 2016, n. 6512; Cass. civ., sez. lav., 9 giugno 2017, n. 14401.", ["6512", "14401"]),
    ("nl", "HR 3 maart 2017, ECLI:NL:HR:2017:357; HR 9 juni 2017, ECLI:NL:HR:2017:1049.",
     ["ECLI:NL:HR:2017:357", "ECLI:NL:HR:2017:1049"]),
])
def test_several_decisions_on_one_line_are_each_a_reference(lang: str, text: str, numbers: list) -> None:
    refs = [r.to_csl() for r in parse(text, lang=lang)]
    assert [r["type"] for r in refs] == ["legal_case"] * len(numbers)
    assert [r.get("number") for r in refs] == numbers


def test_several_cases_in_bluebook_form_on_one_line() -> None:
    refs = [r.to_csl() for r in parse("Marsh v. Alabama, 326 U.S. 501 (1946); Tinker v. Des Moines Independent "
                                      "Community School District, 393 U.S. 503 (1969).", lang="en")]
    assert [(r["type"], r.get("title"), r.get("page")) for r in refs] == [
        ("legal_case", "Marsh v. Alabama", "501"),
        ("legal_case", "Tinker v. Des Moines Independent Community School District", "503")]


def test_several_acts_on_one_line() -> None:
    refs = [r.to_csl() for r in parse("Gesetz über die Umweltverträglichkeitsprüfung vom 24. Februar 2010 (BGBl. I "
                                      "S. 94); Verordnung über Trinkwasser vom 20. Juni 2023 (BGBl. I S. 159).",
                                      lang="de")]
    assert [(r["type"], r.get("page")) for r in refs] == [("legislation", "94"), ("legislation", "159")]


@pytest.mark.parametrize("lang, text", [
    # an amendment after the semicolon belongs to the act
    ("de", "Gesetz über die Umweltverträglichkeitsprüfung vom 24. Februar 2010 (BGBl. I S. 94); zuletzt geändert durch "
           "Artikel 2 des Gesetzes vom 22. März 2023 (BGBl. I S. 88)."),
    # a decision and a commentary on it, or an article: one reference each only when both are legal forms
    ("de", "BGH, Urt. v. 8.4.2015 – IV ZR 19/14, NJW 2015, 911; dazu Kluge, JZ 2016, 12."),
    ("en", "Okafor B, Lund P. Harbour towns. London: Verso; 2018."),
])
def test_a_line_that_is_no_list_of_decisions_stays_one(lang: str, text: str) -> None:
    assert len(parse(text, lang=lang)) == 1


@pytest.mark.parametrize("lang, text, number", [
    ("it", "Cass. civ., sez. II, 4 aprile 2016, n. 6512.", "6512"),  # the labeler reads no title, author or container
    ("es", "STS 348/2021, de 17 de mayo.", None),
])
def test_a_decision_the_labeler_reads_no_field_in_is_a_reference(lang: str, text: str, number: str | None) -> None:
    refs = [r.to_csl() for r in parse(text, lang=lang)]
    assert [r["type"] for r in refs] == ["legal_case"] and refs[0].get("number") == number



@pytest.mark.parametrize("text, number", [
    ("BVerwG, Urt. v. 14.6.2017 – 4 C 6.16, NVwZ 2017, 1456.", "4 C 6.16"),  # the number's year after a full stop
    ("BVerwG, Beschl. v. 9.11.2020 – 3 B 12.20, juris.", "3 B 12.20"),
    ("BGH, Urt. v. 4.6.2019 – II ZR 15/18, NJW 2019, 2400.", "II ZR 15/18"),
])
def test_a_german_decisions_docket_number(text: str, number: str) -> None:
    assert legal_fields(text, "de")["number"] == number


# --- a constitution cited alone by its name and date ---


@pytest.mark.parametrize("lang, text, title, date", [
    ("en", "Constitution of the Republic of Lithuania of 25 October 1992.",
     "Constitution of the Republic of Lithuania of 25 October 1992", [1992, 10, 25]),
    ("pl", "Konstytucja Rzeczypospolitej Polskiej z dnia 2 kwietnia 1997 r.",
     "Konstytucja Rzeczypospolitej Polskiej z dnia 2 kwietnia 1997 r.", [1997, 4, 2]),
    ("de", "Verfassung des Freistaates Sachsen vom 27. Mai 1992.", "Verfassung des Freistaates Sachsen vom 27. Mai 1992",
     [1992, 5, 27]),
    ("es", "Constitución Política de Colombia de 4 de julio de 1991.",
     "Constitución Política de Colombia de 4 de julio de 1991", [1991, 7, 4]),
    ("cs", "Ústava Slovenské republiky ze dne 1. září 1992.", "Ústava Slovenské republiky ze dne 1. září 1992",
     [1992, 9, 1]),
    ("pt", "Constituição da República Portuguesa de 1976.", "Constituição da República Portuguesa de 1976", [1976]),
])
def test_a_constitution_is_an_act(lang: str, text: str, title: str, date: list) -> None:
    refs = [r.to_csl() for r in parse(text, lang=lang)]
    assert [(r["type"], r["title"], r["issued"]["date-parts"][0]) for r in refs] == [("legislation", title, date)]


@pytest.mark.parametrize("lang, text, n", [
    ("en", "The constitution was amended in 1992 and again in 2004 after a referendum.", 0),  # a sentence
    ("de", "Die Verfassung wurde am 27. Mai 1992 verkündet.", 0),
    ("en", "Constitution and empire in early modern Europe. London: Verso, 2004.", 1),  # a book
])
def test_look_alikes_of_a_constitution(lang: str, text: str, n: int) -> None:
    refs = [r.to_csl() for r in parse(text, lang=lang)]
    assert len(refs) == n and all(r["type"] != "legislation" for r in refs)


# --- bodies named by an institution's noun in the plural or in another language ---


@pytest.mark.parametrize("text", [
    "Glasgow Museums", "Yale University Libraries", "Leeds Teaching Hospitals", "Staatliche Museen zu Kassel",
    "Musées de Strasbourg", "Musei Civici di Padova", "Nationaal Archief", "Riksarkivet", "Det Kongelige Bibliotek",
    "Biblioteka Jagiellońska", "Nokia Bell Labs Research",
])
def test_a_body_named_by_an_institutions_noun(text: str) -> None:
    assert parse_names(text).names == [{"literal": text}]


@pytest.mark.parametrize("text, names", [
    ("Banks, Joseph", [{"family": "Banks", "given": "Joseph"}]),  # (a family name, not a plural noun)
    ("Holmes, Sherlock", [{"family": "Holmes", "given": "Sherlock"}]),
    ("Muse, Ines", [{"family": "Muse", "given": "Ines"}]),
])
def test_family_names_like_institutions_nouns_stay(text: str, names: list) -> None:
    assert parse_names(text).names == names


# --- an archival document cited by its archive, fonds and shelfmark, then what it is and its date ---


@pytest.mark.parametrize("lang, text, title, archive, date", [
    ("it", "Archivio di Stato di Mantova, Archivio Gonzaga, busta 1085, lettera di Isabella d’Este al marchese, "
           "14 aprile 1502.", "lettera di Isabella d’Este al marchese", "Archivio di Stato di Mantova", [1502, 4, 14]),
    ("sv", "Riksarkivet, Stockholm, Skoklostersamlingen, E 8120, brev från Carl Gustaf Wrangel till hustrun, 2 juli 1656.",
     "brev från Carl Gustaf Wrangel till hustrun", "Riksarkivet", [1656, 7, 2]),
    ("de", "Landesarchiv Baden-Württemberg, HStA Stuttgart, A 206 Bü 412: Bericht des Vogts über den Brand, 9. Mai 1712.",
     "Bericht des Vogts über den Brand", "Landesarchiv Baden-Württemberg", [1712, 5, 9]),
    ("fr", "Archives nationales, MC/ET/XXIII/412, inventaire après décès de Marie Dubreuil, veuve, 3 mars 1751.",
     "inventaire après décès de Marie Dubreuil, veuve", "Archives nationales", [1751, 3, 3]),
    ("es", "Archivo Histórico Nacional, Consejos, leg. 4412, carta del corregidor de Toledo, 2 de mayo de 1620.",
     "carta del corregidor de Toledo", "Archivo Histórico Nacional", [1620, 5, 2]),
    ("nl", "Gelders Archief, Hof van Gelre, inv. nr. 912, brief van de drost aan het Hof, 17 augustus 1650.",
     "brief van de drost aan het Hof", "Gelders Archief", [1650, 8, 17]),
])
def test_an_archival_document(lang: str, text: str, title: str, archive: str, date: list) -> None:
    csl = parse(text, lang=lang)[0].to_csl()
    assert (csl["type"], csl["title"], csl["archive"], csl["issued"]["date-parts"][0]) == (
        "manuscript", title, archive, date)
    assert "author" not in csl and "container-title" not in csl


@pytest.mark.parametrize("text", [
    "Müller, Hans: Das Archiv der Stadt, in: Archivalische Zeitschrift 95, 12. März 2017.",  # an article on an archive
    "Archiv für Sozialgeschichte, 45, Bonn, 2005.",
    "Smith, Jane. The archive and the state, London, 3 March 2019.",
])
def test_no_archival_document(text: str) -> None:
    assert archival_document(text) is None
