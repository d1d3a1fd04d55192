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
