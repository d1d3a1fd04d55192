"""The content guard and what a style leaves out by design.

A style that cuts an author list at "et al." (MLA, IEEE, Harvard) or prints no publisher place (APA 7)
drops words the record keeps; `fix` accepts such a rewrite and says what the style left out, instead
of keeping the entry verbatim. A rewrite that loses words the record does not hold is still refused.
"""

from __future__ import annotations

from refnorm.fix import fix_text, guess_locale, lost_content, style_omits
from refnorm.model import Reference

LIST = """References

1. Okafor N, Lindqvist B, Tanaka H, Moreau C, Schultz P, Varga E. Sleep duration and glucose control in
   adolescents. Pediatr Res. 2021;89(4):812-9.
2. Berger, Anna. Die Stadt am Fluss. Zürich: Limmat Verlag, 2018.
"""


def test_mla_cut_author_list_is_fixed_not_kept_verbatim():
    result = fix_text(LIST, format="text", style="modern-language-association", locale="en-US", offline=True)
    first = result.items[1] if result.items[0].kind != "entry" else result.items[0]
    entry = next(it for it in result.items if it.kind == "entry")
    assert entry.status == "fixed", entry.diagnostics
    assert "et al." in entry.after[0]
    notes = [d for d in entry.diagnostics if d.code == "fix.style-omits"]
    assert notes and set(notes[0].data["omitted"]) >= {"lindqvist", "tanaka"}
    assert first is not None
    # and fixing the output again changes nothing
    again = fix_text(result.text, format="text", style="modern-language-association", locale="en-US", offline=True)
    assert again.text == result.text


def test_apa_drops_the_place_and_says_so():
    result = fix_text(LIST, format="text", style="apa", locale="en-US", offline=True)
    book = [it for it in result.items if it.kind == "entry"][1]
    assert book.status == "fixed", book.diagnostics
    assert "Zürich" not in book.after[0]
    assert any(d.code == "fix.style-omits" and d.data["omitted"].get("zürich") == "publisher-place"
               for d in book.diagnostics)


def test_words_the_record_does_not_hold_are_still_lost():
    ref = Reference(csl={"type": "book", "title": "Die Stadt am Fluss", "publisher": "Limmat Verlag"})
    before = "Berger, Anna. Die Stadt am Fluss. Zürich: Limmat Verlag, 2018. Mit einem Nachwort von Karl Roth."
    after = "Die Stadt am Fluss. Limmat Verlag."
    lost = lost_content(before, after)
    assert lost
    # nothing of it is in a field the renderer leaves out: nothing is excused
    assert style_omits(lost, [ref], lambda r: "Die Stadt am Fluss. Limmat Verlag.") == {}


def test_a_field_the_style_prints_is_not_excused():
    ref = Reference(csl={"type": "book", "title": "T", "publisher-place": "Zürich", "publisher": "P"})
    # a renderer that prints the place: swapping it changes the text, so its words stay lost
    assert style_omits(["zürich"], [ref], lambda r: f"T. {r.csl.get('publisher-place')}: P.") == {}
    assert style_omits(["zürich"], [ref], lambda r: "T. P.") == {"zürich": "publisher-place"}


def test_a_films_running_time_and_role_word_are_no_lost_content():
    # APA prints neither a film's running time nor the source's role word ("réal."): the record keeps the one as
    # its dimensions, the other as the name list's field, so the rewrite is accepted and says what it left out
    text = "1. Varda, Agnès (réal.). Les Glaneurs et la glaneuse [film]. Paris : Ciné-Tamaris, 2000. 82 min.\n"
    result = fix_text(text, format="text", style="apa", locale="en-US", offline=True)
    film = next(it for it in result.items if it.kind == "entry")
    assert film.status == "fixed", film.diagnostics
    assert film.references[0].csl.get("dimensions") == "82 min"
    assert "Vol." not in film.after[0]
    assert any(d.code == "fix.style-omits" and d.data["omitted"].get("82") == "dimensions" for d in film.diagnostics)
    assert lost_content("Varda, A. (réal.). Le film. Tamaris.", "Varda, A. Le film. Tamaris.") == []


def test_locale_guess_recognises_its_own_renderings():
    fr = ("Références\n1. Leng, Z., et al. « Transplantation of Stem Cells for the Lungs ». Aging Dis, vol. 11, "
          "nᵒ 2, février 2020, p. 216‑28.\n2. Zhu, N., et al. « A Novel Coronavirus from the Patients with "
          "Pneumonia in China ». N Engl J Med, vol. 382, nᵒ 8, 2020, p. 727‑33.")
    assert guess_locale([fr]) == "fr-FR"
    assert guess_locale(["Müller, K. „Die Rolle der Städte“. Zeitschrift, Bd. 3, 2020."]) == "de-DE"
