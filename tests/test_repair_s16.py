"""Session 16, fixer rf: label repair and fields (volumes, containers, imprints, series, titles)."""

from __future__ import annotations

import pytest

from refnorm import parse


# -- 25: a volume statement after a book's name ("Bd. 3: Die Neuzeit", "t. 2 : Le XIXe siècle", "vol. II, L'età
# moderna"): the volume and its own title, in any language, not a publisher, a second title or the container's words
@pytest.mark.parametrize(("text", "lang", "container", "volume", "volume_title", "publisher"), [
    ("Weber, Anna: Die Zünfte der Stadt, in: Müller, Karl (Hrsg.), Geschichte Frankens, Bd. 3: Die Neuzeit, "
     "2. Aufl., Würzburg: Echter 2019, S. 45–67.", "de", "Geschichte Frankens", "3", "Die Neuzeit", "Echter"),
    ("M. Rossi, «Il porto di Genova», in Storia della Liguria, a cura di L. Bianchi e P. Neri, vol. II, L'età moderna, "
     "Genova, Sagep, 2008, pp. 11-40.", "it", "Storia della Liguria", "II", "L'età moderna", "Sagep"),
    ("Dupont, Jean, « Les ports bretons », dans Pierre Martin (dir.), Histoire de la marine, t. 2 : Le XIXe siècle, "
     "Rennes, PUR, 2010, p. 33-50.", "fr", "Histoire de la marine", "2", "Le XIXe siècle", "PUR"),
    ("García, L. Los puertos del norte. En: Pérez, M. (coord.). Historia de la navegación, vol. 2: La Edad Moderna, "
     "Madrid: Síntesis, 2012, pp. 45-60.", "es", "Historia de la navegación", "2", "La Edad Moderna", "Síntesis"),
    ("Kovář, Jan. Hrady a zámky. In: NOVÁK, Petr, ed. Dějiny Moravy. Díl 2: Středověk. Brno: Host, 2014, s. 12–30.",
     "cs", "Dějiny Moravy", "2", "Středověk", "Host"),
    ("Lindqvist, E. Kyrkorna i Uppland. I: Berg, K. (red.) Svensk konsthistoria. Del 2: Medeltiden. Stockholm: "
     "Norstedts, 2001, s. 5–40.", "sv", "Svensk konsthistoria", "2", "Medeltiden", "Norstedts"),
    ("Nowak J. Choroby serca u dorosłych. W: Kowalski A., Lis B. (red.). Kardiologia. T. 3. Kraków: PZWL; 2015, "
     "s. 10–20.", "pl", "Kardiologia", "3", None, "PZWL"),
])
def test_a_volume_statement_in_an_edited_book(text: str, lang: str, container: str, volume: str,
                                              volume_title: str | None, publisher: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["type"] == "chapter"
    assert ref.csl.get("container-title") == container
    assert ref.csl.get("volume") == volume
    assert ref.csl.get("volume-title") == volume_title
    assert ref.csl.get("publisher") == publisher
    assert "§" not in ref.csl["title"] and "," not in ref.csl["title"]  # the chapter's title stops at its own end


@pytest.mark.parametrize(("text", "title", "volume", "volume_title"), [
    ("Schmid, Peter (Hrsg.): Urkundenbuch der Stadt Ulm, Bd. 2: Urkunden 1300–1400, Ulm: Kohlhammer 1999.",
     "Urkundenbuch der Stadt Ulm", "2", "Urkunden 1300–1400"),
    ("Bauer, Eva: Stadt und Land. Bd. 2. München: Beck 2001.", "Stadt und Land", "2", None),
    ("Vogel, Hans. Die Burgen. Bd. 4. Leipzig: Teubner 1910.", "Die Burgen", "4", None),
])
def test_a_volume_statement_after_a_book(text: str, title: str, volume: str, volume_title: str | None) -> None:
    (ref,) = parse(text, "de")
    assert ref.csl["type"] == "book"
    assert ref.csl["title"] == title
    assert ref.csl.get("volume") == volume
    assert ref.csl.get("volume-title") == volume_title
    assert "container-title" not in ref.csl and "edition" not in ref.csl and "page" not in ref.csl


@pytest.mark.parametrize(("text", "lang", "container", "volume", "page"), [
    # look-alikes: a journal's volume before its pages, its issue, or a place and year, has no title of its own
    ("Müller, K.: Die Zünfte am Rhein. In: Zeitschrift für Stadtgeschichte, Bd. 12: 45–67.", "de",
     "Zeitschrift für Stadtgeschichte", "12", "45-67"),
    ("Smith, J. Harbour towns. Journal of Maritime History, vol. 3, no. 2, pp. 1–10.", "en",
     "Journal of Maritime History", "3", "1-10"),
    ("Rossi, M., «Il porto», Studi storici, vol. 12, Roma, 2001, pp. 3-20.", "it", "Studi storici", "12", "3-20"),
    ("Wunsch, J. Resolvent estimates. In Annales de Physique, Volume 12. Springer; 2011. p. 1349–1385.", "en",
     "Annales de Physique", "12", "1349-1385"),
])
def test_a_journals_volume_has_no_title(text: str, lang: str, container: str, volume: str, page: str) -> None:
    (ref,) = parse(text, lang)
    assert ref.csl["container-title"] == container
    assert ref.csl["volume"] == volume
    assert ref.csl["page"] == page
    assert "volume-title" not in ref.csl
