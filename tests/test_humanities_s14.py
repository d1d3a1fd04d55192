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
