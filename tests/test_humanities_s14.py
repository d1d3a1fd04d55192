"""Humanities forms (session 14): original dates and reprints, volume statements, translators, reviews, archival
sources (strings of our own; look-alikes that must keep their reading)."""
from __future__ import annotations

import pytest
from tests.labelling import field, labelled

from refnorm import parse
from refnorm.parsing.repair import repair_labels


def _csl(text: str, lang: str | None = None) -> dict:
    (ref,) = parse(text, lang=lang)
    return ref.to_csl()


# --- hm 01: a volume and its own title -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "title", "volume", "volume_title"), [
    # a lower-case volume word after the title's comma, then a colon
    ("K. Wiśniewska, Dzieje Lublina, t. III: Wiek XVIII, Lublin 2009.", "Dzieje Lublina", "III", "Wiek XVIII"),
    # the title's subtitle read as a container before "Bd. N:"
    ("Krause, Dieter: Hegels Phänomenologie. Ein Kommentar, Bd. 2: Der Geist, Hamburg: Meiner 2014.",
     "Hegels Phänomenologie. Ein Kommentar", "2", "Der Geist"),
    # GOST: "Т. N : <volume title> /" (a colon, not a full stop, before the volume's title)
    ("Орлов Б. Н. Очерки русской культуры : в 4 т. Т. 2 : Новое время / Б. Н. Орлов. — Москва : Наука, 2013. — 410 с.",
     "Очерки русской культуры", "2", "Новое время"),
])
def test_volume_title(text: str, title: str, volume: str, volume_title: str) -> None:
    csl = _csl(text)
    assert (csl["title"], csl.get("volume"), csl.get("volume-title")) == (title, volume, volume_title)
    assert csl["type"] == "book" and "container-title" not in csl


@pytest.mark.parametrize(("text", "title", "volume"), [
    # GOST: a volume without a title, the areas parted by en dashes: one record
    ("Орлов Б. Н. Очерки русской культуры : в 4 т. Т. 2 / Б. Н. Орлов. – Москва : Наука, 2013. – 410 с.",
     "Очерки русской культуры", "2"),
    # GB/T 7714: "第N卷" closing the title
    ("[3] 张建国. 明清江南园林史: 第2卷[M]. 上海: 上海古籍出版社, 2016.", "明清江南园林史", "2"),
])
def test_volume_without_title(text: str, title: str, volume: str) -> None:
    csl = _csl(text)
    assert (csl["title"], csl.get("volume")) == (title, volume)
    assert csl["type"] == "book" and "container-title" not in csl


@pytest.mark.parametrize("text", [
    # look-alikes: a journal's "vol. N:" before pages, "第N卷" inside a title
    "Smith, J. A study. Journal of Things, vol. 2: 12-20, 2011.",
    "[4] 陈立新. 江南园林史第2卷研究[M]. 上海: 上海古籍出版社, 2016.",
])
def test_no_volume_title(text: str) -> None:
    assert "volume-title" not in _csl(text)


def test_volume_title_in_chapter_before_comma_imprint() -> None:
    csl = _csl("A. Rossi, «Il teatro barocco», in Storia della letteratura, vol. V, Il Settecento, Milano, Garzanti, "
               "1998, pp. 1-40.")
    assert (csl["type"], csl["container-title"], csl.get("volume"), csl.get("volume-title")) == (
        "chapter", "Storia della letteratura", "V", "Il Settecento")
    assert (csl.get("publisher-place"), csl.get("publisher")) == ("Milano", "Garzanti")


def test_volume_after_comma_in_title_labels() -> None:
    # the labeler's reading: the volume and its title run into the book's title
    text = "K. Wiśniewska, Dzieje Lublina, t. III: Wiek XVIII, Lublin 2009."
    toks, labels = labelled(text, ("author", "K. Wiśniewska"), ("title", "Dzieje Lublina, t. III: Wiek XVIII"),
                            ("publisher-place", "Lublin"), ("issued", "2009"))
    out = repair_labels(toks, labels)
    assert (field(toks, out, "title", text), field(toks, out, "volume", text),
            field(toks, out, "volume-title", text)) == ("Dzieje Lublina", "III", "Wiek XVIII")


# --- hm 02: a multi-volume work's general editor ("diretta da", "sous la direction de") ----------------------


@pytest.mark.parametrize(("text", "container", "editor"), [
    ("G. Bruni, «Il romanzo storico», in Storia della narrativa, diretta da L. Ferri, vol. II, Torino, Einaudi, "
     "1999, pp. 5-30.", "Storia della narrativa", [{"family": "Ferri", "given": "L."}]),
    ("J. Martin, « Les villes », dans Histoire de la France urbaine, sous la direction de Georges Duby, t. 3, Paris, "
     "Seuil, 1981, p. 12-40.", "Histoire de la France urbaine", [{"family": "Duby", "given": "Georges"}]),
])
def test_directed_by(text: str, container: str, editor: list[dict]) -> None:
    csl = _csl(text)
    assert (csl["container-title"], csl.get("editor")) == (container, editor)
    assert csl["type"] == "chapter" and "note" not in csl


def test_directed_by_inside_a_title_is_left() -> None:
    # look-alike: the words inside a title, with no names after them
    csl = _csl("Rossi, Anna. La musica diretta da lontano. Milano: Ricordi, 2004.")
    assert "editor" not in csl and csl["title"] == "La musica diretta da lontano"


# --- hm 03: reviews without a title of their own -------------------------------------------------------------


@pytest.mark.parametrize(("text", "author", "title", "container", "year"), [
    ("Claire FONTANEL, compte rendu de Henri Morel, Les chanoines de Reims (1200-1350), Reims, Presses de Reims, 2016, "
     "dans Revue historique, t. 318, n° 3, 2018, p. 655-658.", "Fontanel", "Les chanoines de Reims (1200-1350)",
     "Revue historique", 2018),
    ("Brandt, Jonas: Rez. zu: Ulrike Stein, Die Klöster der Oberlausitz (Schriften zur Landesgeschichte 12), Dresden "
     "2015, in: Neues Archiv für sächsische Geschichte 88 (2017), S. 301–303.", "Brandt", "Die Klöster der Oberlausitz",
     "Neues Archiv für sächsische Geschichte", 2017),
    ("Hale, Susan. Review of The Cistercian World, by Mark Pryor. Journal of Medieval History 41, no. 2 (2015): "
     "233–35.", "Hale", "The Cistercian World", "Journal of Medieval History", 2015),
])
def test_review(text: str, author: str, title: str, container: str, year: int) -> None:
    csl = _csl(text)
    assert csl["type"] == "review-book"
    assert [a["family"] for a in csl["author"]] == [author] and "editor" not in csl
    assert (csl["title"], csl["container-title"], csl["issued"]) == (title, container, {"date-parts": [[year]]})
    assert not csl.keys() & {"publisher", "publisher-place", "available-date", "original-date"}


def test_no_review() -> None:
    # look-alike: an article's title opening with the words
    csl = _csl("Smith, John. Review of the literature on malaria. Lancet 12 (2001): 3-4.")
    assert csl["type"] != "review-book" and csl["title"] == "Review of the literature on malaria"


def test_review_labels() -> None:
    # the labeler's reading of such a review: the cue and the reviewed author in the reviewer's run, the reviewed
    # book's imprint as the record's
    text = ("Claire FONTANEL, compte rendu de Henri Morel, Les chanoines de Reims, Reims, PUR, 2016, dans Revue "
            "historique, t. 318, 2018, p. 655-658.")
    toks, labels = labelled(text, ("author", "Claire FONTANEL, compte rendu de Henri Morel"),
                            ("title", "Les chanoines de Reims"), ("publisher-place", "Reims"), ("publisher", "PUR"),
                            ("issued", "2016"), ("container-title", "Revue historique"), ("volume", "318"),
                            ("issued", "2018"), ("page", "655-658"))
    out = repair_labels(toks, labels)
    assert field(toks, out, "author", text) == "Claire FONTANEL"
    assert field(toks, out, "title", text) == "Les chanoines de Reims"
    assert field(toks, out, "issued", text) == "2018"
    assert field(toks, out, "publisher", text) is None and field(toks, out, "publisher-place", text) is None
