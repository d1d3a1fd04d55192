"""Entry-level decisions (session 12), on strings of my own, never lines of the dev files: how many references a
line holds, and which lines are no reference; each form with look-alikes that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse


def _count(text: str, lang: str | None = None) -> int:
    return len(parse(text, lang=lang))


# --- numbered references glued on one line: every next number counts, also those the labeler cut at itself

@pytest.mark.parametrize(("text", "n"), [
    ("1. Ames, T. & Roy, P. Tundra greening. Nat. Ecol. Evol. 5, 101–109 (2021). 2. Quinn, S. R. et al. Permafrost "
     "thaw and carbon. Glob. Change Biol. 27, 3301–3315 (2021). 3. Vale, M. Arctic Soils (Wiley, 2018).", 3),
    ("7. Hale, D. Salt and Stone (Norton, 2011). 8. Ibsen, K. & Moe, J. Fjord sediments. Mar. Geol. 401, 12–20 "
     "(2018). 9. Pike, R. Coastal Erosion (Elsevier, 2020).", 3),
    # look-alikes: two references, and one reference with a number in its title
    ("2. Quinn, S. R. et al. Permafrost thaw and carbon. Glob. Change Biol. 27, 3301–3315 (2021). 3. Vale, M. Arctic "
     "Soils (Wiley, 2018).", 2),
    ("1. Ames, T. Tundra greening in 3. dimensions. Nat. Ecol. Evol. 5, 101–109 (2021).", 1),
])
def test_numbered_references_on_one_line(text: str, n: int) -> None:
    assert _count(text, "en") == n


def test_the_third_reference_keeps_its_fields() -> None:
    refs = parse("1. Ames, T. & Roy, P. Tundra greening. Nat. Ecol. Evol. 5, 101–109 (2021). 2. Quinn, S. R. et al. "
                 "Permafrost thaw and carbon. Glob. Change Biol. 27, 3301–3315 (2021). 3. Vale, M. Arctic Soils "
                 "(Wiley, 2018).", lang="en")
    last = refs[-1].to_csl()
    assert last["title"] == "Arctic Soils"
    assert last["publisher"] == "Wiley"
    assert refs[1].to_csl()["page"] == "3301-3315"


# --- GOST: the statement of responsibility repeats the author's name, and a specialty code is a dotted number

@pytest.mark.parametrize("text", [
    "Белова Н. А. Тверская иконописная школа XV–XVI веков : дис. ... канд. искусствоведения : 17.00.04 / Белова "
    "Наталья Андреевна. – Москва, 2018. – 243 с.",
    "Орлов К. С. Северные монастыри и их хозяйство : дис. ... канд. ист. наук : 07.00.02 / Орлов Кирилл Сергеевич. "
    "– Вологда, 2016. – 198 с.",
    "Орлов К. С. Северные монастыри : автореф. дис. ... канд. ист. наук / Орлов Кирилл Сергеевич. – Вологда, 2016. "
    "– 24 с.",
    "Захаров П. И. Псковские храмы XII века / Захаров Павел Ильич. – Псков, 2015.",
])
def test_gost_statement_of_responsibility_is_no_new_reference(text: str) -> None:
    assert _count(text, "ru") == 1


def test_gost_references_glued_after_the_extent_still_split() -> None:
    # look-alike: a second reference after a book's extent, with its own "/" and year, is still cut off
    text = ("Орлов К. С. Северные монастыри. – Вологда : ВГМХА, 2016. – 212 с. Иванова Т. В. Пермские храмы : "
            "очерки / Т. В. Иванова. – Пермь : Книга, 2019. – 96 с.")
    assert _count(text, "ru") == 2
