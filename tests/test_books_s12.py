"""Books and their statements fixed in session 12: translators, volumes, series, reprints (strings of our own)."""

from __future__ import annotations

import pytest

import refnorm
from labelling import field, labelled
from refnorm.parsing.repair import repair_labels


def _one(text: str, lang: str | None = None) -> dict:
    refs = refnorm.parse(text, lang=lang)
    assert len(refs) == 1, [r.to_csl() for r in refs]
    return refs[0].to_csl()


def _names(csl: dict, role: str) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in csl.get(role, [])]


# (language, text, translators' family names, fields that must hold)
TRANSLATORS = [
    # German "Aus dem <Sprache>en übers. v. NAME" / "Aus dem <Sprache>en von NAME" as a sentence of its own
    ("de", "Berg, Lina: Nachtzug nach Oslo. Aus dem Norwegischen übers. v. Ute Haas. Hamburg: Mare 2018.",
     ["Haas"], {"title": "Nachtzug nach Oslo", "publisher": "Mare", "publisher-place": "Hamburg", "type": "book"}),
    ("de", "Kraus, Tom: Die langen Nächte am Meer. Aus dem Englischen von Anna Vogt. Berlin: Aufbau 2019.",
     ["Vogt"], {"title": "Die langen Nächte am Meer", "publisher": "Aufbau"}),
    # Italian ", trad. it. di NAME, Place, Publisher": the name is no publisher
    ("it", "Keller, R., La forma del tempo, trad. it. di Sara Conti, Milano, Adelphi, 2018.",
     ["Conti"], {"title": "La forma del tempo", "publisher": "Adelphi", "publisher-place": "Milano"}),
    # Japanese 『title』（NAME訳）publisher
    ("ja", "グリーン, T.（2014）『森の歴史』（山田一郎訳）築地書館．",
     ["山田"], {"title": "森の歴史", "publisher": "築地書館", "type": "book"}),
    ("ja", "ミラー, J.（2010）『海の文化』（田中花子・木村次郎訳）岩波書店．",
     ["田中", "木村"], {"title": "海の文化", "publisher": "岩波書店"}),
    # APA: the translator in the title's brackets, before the edition
    ("tr", "Walsh, D. (2016). Ada halkları (M. Kaya, Çev.; 3. baskı). İstanbul: Metis Yayınları.",
     ["Kaya"], {"title": "Ada halkları", "edition": "3", "type": "book"}),
    ("en", "Weber, M. (2019). The city and its markets (J. Smith, Trans.; 2nd ed.). London: Verso.",
     ["Smith"], {"title": "The city and its markets", "edition": "2", "publisher": "Verso"}),
    ("es", "Weber, M. (2019). La ciudad y sus mercados (J. Pérez, Trad.; 2.ª ed.). Madrid: Siglo XXI.",
     ["Pérez"], {"title": "La ciudad y sus mercados", "type": "book"}),
]


@pytest.mark.parametrize(("lang", "text", "translators", "fields"), TRANSLATORS)
def test_translator_phrases(lang, text, translators, fields):
    csl = _one(text, lang)
    assert _names(csl, "translator") == translators
    assert "container-title" not in csl
    for key, value in fields.items():
        assert csl.get(key) == value, (key, csl)


def test_look_alikes_name_no_translator():
    # "trad. it." with no name: the place and the publisher stay as read, nothing becomes a translator
    csl = _one("Keller, R., La forma del tempo, trad. it., Milano, Adelphi, 2018.", "it")
    assert "translator" not in csl
    # a German sentence "Aus dem Nachlass hrsg. v." names an editor, not a translator
    csl = _one("Kraus, Tom: Briefe an die Schwester. Aus dem Nachlass hrsg. v. Anna Vogt. Berlin: Aufbau 2019.", "de")
    assert "translator" not in csl
    # an edition alone in the title's brackets, and a Japanese edition in brackets
    csl = _one("Weber, M. (2019). The city and its markets (2nd ed.). London: Verso.", "en")
    assert "translator" not in csl and csl["edition"] == "2"
    csl = _one("山本太郎（2015）『日本の港』（第2版）岩波書店．", "ja")
    assert "translator" not in csl and csl["title"] == "日本の港"


# (language, text, original year, title, issued year)
REPRINTS = [
    ("en", "Hale, R. (2001). The mills of the Derwent valley. Matlock: Peak Press. (Reprint of the 1911 ed.)",
     1911, "The mills of the Derwent valley", 2001),
    ("de", "Hauser, Otto: Das Bauernhaus im Schwarzwald. Nachdruck der Ausgabe Freiburg 1902. Frankfurt a. M.: "
     "Weidlich 1981.", 1902, "Das Bauernhaus im Schwarzwald", 1981),
    ("fr", "Martin, Louis. Histoire du Périgord. Bordeaux : Delmas, 1998. Réimpr. de l'éd. de Périgueux, 1887.",
     1887, "Histoire du Périgord", 1998),
]


@pytest.mark.parametrize(("lang", "text", "original", "title", "issued"), REPRINTS)
def test_reprint_statement_gives_the_original_date(lang, text, original, title, issued):
    csl = _one(text, lang)
    assert csl.get("original-date") == {"date-parts": [[original]]}
    assert csl["title"] == title
    assert csl["issued"] == {"date-parts": [[issued]]}
    assert "collection-title" not in csl


def test_reprint_look_alikes():
    # reprinted from a journal's numbered issue: no edition year to read
    csl = _one("Smith, J. (1999). Reprinted from the Journal of Mines, 12 (1990). London: Pit.", "en")
    assert "original-date" not in csl
    # a "reprint" year after the reprint's own date is no first edition
    csl = _one("Hale, R. (1911). The mills of the Derwent valley. Matlock: Peak Press. (Reprint of the 2001 ed.)", "en")
    assert "original-date" not in csl


# (language, text, series, series number, the field the number is in)
SERIES = [
    # French "coll. « … », n° N" after the publisher: the label and the guillemets are no part of the name
    ("fr", "Martin, Paul, Histoire de Lyon, Paris, Presses universitaires de France, coll. « Que sais-je ? », "
     "n° 1204, 1999.", "Que sais-je ?", "1204", "collection-number"),
    # a series in brackets after a book chapter's pages
    ("fr", "MOREAU, Jean. « Les foires de Champagne ». In : PETIT, Anne (dir.). Marchés médiévaux. Rennes : "
     "Presses universitaires de Rennes, 2012, p. 33-51. (Histoire).", "Histoire", None, None),
    # Japanese: the series between the book's 』 and 第N号
    ("ja", "国立環境研究所（2021）『温室効果ガスの排出量』環境研究資料第42号.", "環境研究資料", "42", "collection-number"),
    # a report series' number written with its year is one number
    ("de", "Keller, Anna; Brandt, Max (2020): Arbeitszeit und Gesundheit in Bayern. IAB-Forschungsbericht 7/2020. "
     "Nürnberg: Institut für Arbeitsmarkt- und Berufsforschung.", "IAB-Forschungsbericht", "7/2020", "number"),
    ("de", "Keller, Anna (2022): Pendeln im ländlichen Raum. Thünen Working Paper 14/2022. Braunschweig: Thünen-Institut.",
     "Thünen Working Paper", "14/2022", "number"),
]


@pytest.mark.parametrize(("lang", "text", "series", "number", "field"), SERIES)
def test_series_statements(lang, text, series, number, field):
    csl = _one(text, lang)
    assert csl.get("collection-title") == series
    if field:
        assert csl.get(field) == number
    assert "note" not in csl and "issue" not in csl


def test_series_look_alikes():
    # a journal's issue after its own 』 stays the issue
    csl = _one("田中一郎（2019）「港湾の歴史」『東京大学紀要』第12号, pp. 1-20.", "ja")
    assert csl.get("issue") == "12" and "collection-title" not in csl
    # a note in brackets after a chapter's pages that says how it was published stays a note
    csl = _one("Smith, J. (2010). The harbour. In A. Brown (Ed.), Ports (pp. 1-20). London: Verso. (In press).", "en")
    assert "collection-title" not in csl
    # a number and a year not glued by the slash: the year stays the date
    csl = _one("Weber, Jan (2019): Tarifbindung im Wandel. Thünen Report 96. Braunschweig: Thünen-Institut.", "de")
    assert csl.get("number") == "96" and csl["issued"] == {"date-parts": [[2019]]}


# (language, text, title, volume, volume title, container)
VOLUMES = [
    # a multi-volume book its editors name: the book is the title, not a container or a series
    ("fr", "Lefèvre, Anne (dir.), Histoire de la Normandie, t. 2, Le Moyen Âge, Caen, Ouest-France, 2005.",
     "Histoire de la Normandie", "2", "Le Moyen Âge", None),
    ("de", "Lang, Eva (Hrsg.): Handbuch Stadtsoziologie. Bd. 1: Grundlagen. Wiesbaden: Springer VS 2018.",
     "Handbuch Stadtsoziologie", "1", "Grundlagen", None),
    # Japanese 『book』第N巻, publisher: the volume and the publisher are out of the book's name
    ("ja", "石川大輔（2017）「江戸の町人と祭礼」，岡田修編『近世日本の社会』第3巻，山川出版社，pp. 45-70．",
     "江戸の町人と祭礼", "3", None, "近世日本の社会"),
    # GOST: a volume with no title of its own before the statement of responsibility
    ("ru", "Уайт Р. История Ирландии : в 3 т. Т. 2 / Р. Уайт ; пер. с англ. Н. С. Ивановой. – Москва : Весь мир, 2017. "
     "– 480 с.", "История Ирландии", "2", None, None),
]


@pytest.mark.parametrize(("lang", "text", "title", "volume", "volume_title", "container"), VOLUMES)
def test_volumes_of_multi_volume_books(lang, text, title, volume, volume_title, container):
    csl = _one(text, lang)
    assert csl["title"] == title
    assert csl.get("volume") == volume
    assert csl.get("volume-title") == volume_title
    assert csl.get("container-title") == container
    assert "collection-title" not in csl


def test_volume_look_alikes():
    # a chapter "In:" a volume keeps its container
    csl = _one("Kurz, Max: Die Gilde. In: Lang, Eva (Hrsg.): Handbuch Stadtsoziologie. Bd. 1: Grundlagen. "
               "Wiesbaden: Springer VS 2018, S. 3-20.", "de")
    assert csl["title"] == "Die Gilde" and csl["container-title"] == "Handbuch Stadtsoziologie"
    # a journal's 第N巻第N号 stays its volume and issue
    csl = _one("田中一郎（2019）「港湾の歴史」『東京大学紀要』第12巻第3号, pp. 1-20.", "ja")
    assert (csl["container-title"], csl["volume"], csl["issue"]) == ("東京大学紀要", "12", "3")
    # GOST: a volume with its own title keeps it
    csl = _one("Соловьёва Т. Н. История русской философии : в 3 т. Т. 2. Серебряный век / Т. Н. Соловьёва. — Москва : "
               "Наука, 2015. — 400 с.", "ru")
    assert csl["volume-title"] == "Серебряный век" and csl["volume"] == "2"


# Italian chapters: "in Book, a cura di NAME, Place, Publisher, year, pp."
CHAPTER_IMPRINTS = [
    ("Neri, Luca, Il mare, in Storia di Genova, a cura di Anna Rossi, Genova, Sagep, 2010, pp. 1-20.",
     ("Rossi", "Anna"), "Genova", "Sagep"),
    ("Bruni, Carla, Il porto di Livorno, in Storia dei porti, a cura di Luca Neri, Pisa, ETS, 2012, pp. 33-50.",
     ("Neri", "Luca"), "Pisa", "ETS"),
    ("Conti, Marta, La peste, in Città e contagio, a cura di Anna Riva, Milano, Unicopli, 2020, pp. 11-29.",
     ("Riva", "Anna"), "Milano", "Unicopli"),
]


@pytest.mark.parametrize(("text", "editor", "place", "publisher"), CHAPTER_IMPRINTS)
def test_italian_chapter_editor_place_publisher(text, editor, place, publisher):
    csl = _one(text, "it")
    assert [(e.get("family"), e.get("given")) for e in csl["editor"]] == [editor]
    assert csl.get("publisher-place") == place
    assert csl.get("publisher") == publisher


def test_chapter_imprint_look_alikes():
    # an inverted editor's given name is no place, whatever the dictionary says of "Marco"
    csl = _one("Neri, Luca, Il mare, in Storia di Genova, a cura di Rossi, Marco, Roma, Viella, 2010, pp. 1-20.", "it")
    assert [(e.get("family"), e.get("given")) for e in csl["editor"]] == [("Rossi", "Marco")]
    # a book (no container): the existing place/publisher reading is unchanged
    csl = _one("Keller, R., La forma del tempo, Torino, Einaudi, 2018.", "it")
    assert (csl.get("publisher-place"), csl.get("publisher")) == ("Torino", "Einaudi")


@pytest.mark.parametrize(("text", "series", "number"), [
    ("Krause, Eva: Die Gilden in Lübeck, in: Hanse und Stadt, hrsg. von Peter Lang, Köln 2010 (Quellen und "
     "Darstellungen zur hansischen Geschichte, Bd. 66), S. 10–30.", "Quellen und Darstellungen zur hansischen Geschichte",
     "66"),
    ("Vogt, Jan: Der Rat und die Zünfte, in: Stadt und Handwerk im Wandel der Frühen Neuzeit, hrsg. von Maria Kern, Münster 2015 (Westfalen in der "
     "Vormoderne, Reihe B, Bd. 12), S. 101–120.", "Westfalen in der Vormoderne, Reihe B", "12"),
])
def test_series_after_a_chapters_imprint(text, series, number):
    csl = _one(text, "de")
    assert (csl.get("collection-title"), csl.get("collection-number")) == (series, number)
    assert csl["type"] == "chapter" and ", in:" not in csl["title"]
    assert "issue" not in csl and "volume" not in csl


def test_chapter_imprint_without_series_unchanged():
    csl = _one("Krause, Eva: Die Gilden in Lübeck, in: Hanse und Stadt, hrsg. von Peter Lang, Köln 2010, S. 10–30.", "de")
    assert "collection-title" not in csl and csl["container-title"] == "Hanse und Stadt"


def test_japanese_original_of_a_translation():
    csl = _one("スミス, J.（2015）『静かな海』（田中花子訳）岩波書店（原題：The Silent Sea, 2010）．", "ja")
    assert csl["original-date"] == {"date-parts": [[2010]]} and csl["original-title"] == "The Silent Sea"
    assert csl["title"] == "静かな海" and csl["publisher"] == "岩波書店" and "container-title" not in csl
    # a year alone in brackets is no original
    csl = _one("佐藤一郎（2015）『原子力の歴史』岩波書店（2010）．", "ja")
    assert "original-date" not in csl and "original-title" not in csl



def test_publisher_between_chapter_editors_and_place():
    text = "Zając M., Wieś w prozie, [w:] Kultura i naród, red. K. Nowak, B. Kos, Universitas, Kraków 2014, s. 45–60."
    toks, labels = labelled(text, ("author", "Zając M"), ("title", "Wieś w prozie"),
                             ("container-title", "Kultura i naród"), ("editor", "K. Nowak, B. Kos"),
                             ("container-title", "Universitas"), ("publisher-place", "Kraków"), ("issued", "2014"),
                             ("page", "45–60"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "publisher", text) == "Universitas"
    assert field(toks, out, "container-title", text) == "Kultura i naród"
    # a second container not between the editors and the place is left to the other rules
    text = "Zając M., Wieś w prozie, [w:] Kultura i naród, Universitas, red. K. Nowak, Kraków 2014, s. 45–60."
    toks, labels = labelled(text, ("author", "Zając M"), ("title", "Wieś w prozie"),
                             ("container-title", "Kultura i naród"), ("container-title", "Universitas"),
                             ("editor", "K. Nowak"), ("publisher-place", "Kraków"), ("issued", "2014"), ("page", "45–60"))
    assert "publisher" not in {x.lstrip("^") for x in repair_labels(toks, labels)}


def test_in_cue_inside_a_chapter_title():
    csl = _one("Conti, Marta, La peste del 1630, in Città e contagio. Atti del convegno (Milano, 3-4 maggio 2018), a cura "
               "di Anna Riva, Milano, Unicopli, 2020, pp. 11-29.", "it")
    assert csl["title"] == "La peste del 1630"
    assert csl["container-title"] == "Città e contagio. Atti del convegno"
    # ", in" inside a book's title with no container after it stays the title's
    csl = _one("Smith, John. The Art of Living in Cities, in Theory. London: Verso, 2010.", "en")
    assert csl["title"] == "The Art of Living in Cities, in Theory"
