"""Name spans of one reference sorted by the role their words give them, without the pieces of other fields a labeler
took for names (fields._sort_name_spans; hand-written labellings, strings of our own)."""

from __future__ import annotations

from labelling import labelled
from refnorm.parsing.fields import record_from_segments, segments


def _csl(text: str, *pieces: tuple[str, str], lang: str | None = None) -> dict:
    toks, labels = labelled(text, *pieces)
    return record_from_segments(text, segments(toks, labels), lang)[0]


def _families(csl: dict, field: str) -> list[str]:
    return [n.get("family") or n.get("literal") for n in csl.get(field, [])]


def test_later_author_span_after_the_title_is_no_author():
    text = "Ricci, Paolo, Il porto di Livorno, Pisa, Carlo Zanetti Editore, 2011."
    csl = _csl(text, ("author", "Ricci, Paolo"), ("title", "Il porto di Livorno"), ("publisher-place", "Pisa"),
               ("author", "Carlo Zanetti Editore"), ("issued", "2011"))
    assert _families(csl, "author") == ["Ricci"]
    text = "Orlov A. B. Title of the study // Zhurnal. 2019. No. 2."
    csl = _csl(text, ("author", "Orlov A. B"), ("title", "Title of the study"), ("author", "Zhurnal"),
               ("issued", "2019"))
    assert _families(csl, "author") == ["Orlov"]


def test_later_author_spans_that_are_names():
    # GOST's statement of responsibility after " / " names every author
    text = "Орлова, Н. В. Лесные почвы / Н. В. Орлова, П. Д. Титов. — Москва, 2018."
    csl = _csl(text, ("author", "Орлова, Н. В"), ("title", "Лесные почвы"), ("author", "Н. В. Орлова, П. Д. Титов"),
               ("publisher-place", "Москва"), ("issued", "2018"), lang="ru")
    assert _families(csl, "author") == ["Орлова", "Титов"]
    # spans beside each other: a separator, a bracketed role or "et al." between
    text = "Lund, K. (Producer), & Berg, T. (Director). (2015). Film title [Film]. Studio."
    csl = _csl(text, ("author", "Lund, K."), ("author", "Berg, T."), ("issued", "2015"), ("title", "Film title"))
    assert _families(csl, "author") == ["Lund", "Berg"]
    text = "周明，吴婷．研究题目．"
    csl = _csl(text, ("author", "周明"), ("author", "吴婷"), ("title", "研究题目"), lang="zh")
    assert _families(csl, "author") == ["周", "吴"]


def test_editor_span_after_a_translator_phrase_is_the_translator():
    text = "Kessel M. Historia miasta / M. Kessel ; przeł. J. Wolska. Kraków 2010."
    csl = _csl(text, ("author", "Kessel M"), ("title", "Historia miasta"), ("editor", "J. Wolska"),
               ("publisher-place", "Kraków"), ("issued", "2010"), lang="pl")
    assert _families(csl, "translator") == ["Wolska"] and "editor" not in csl
    # a phrase naming both roles leaves the span where the labeler put it
    text = "Ovid. Tristia. Edited and translated by Paul Grant. Oxford, 2004."
    csl = _csl(text, ("author", "Ovid"), ("title", "Tristia"), ("editor", "Paul Grant"), ("issued", "2004"))
    assert _families(csl, "editor") == ["Grant"]


def test_role_phrase_picks_the_editors_among_spans():
    text = "Städte am Fluss: von Köln bis Mainz / под ред. Е. К. Зуевой. — Москва, 2016."
    csl = _csl(text, ("editor", "Städte am Fluss: von Köln bis Mainz"), ("editor", "Е. К. Зуевой"),
               ("publisher-place", "Москва"), ("issued", "2016"), lang="ru")
    assert _families(csl, "editor") == ["Зуева"]
    # without a role phrase, every editor span stays
    text = "Hale, R. (2001). A chapter. In P. Ames & R. Cole (Eds.), Book (pp. 1-9). Press."
    csl = _csl(text, ("author", "Hale, R."), ("issued", "2001"), ("title", "A chapter"), ("editor", "P. Ames"),
               ("editor", "R. Cole"), ("container-title", "Book"))
    assert _families(csl, "editor") == ["Ames", "Cole"]
