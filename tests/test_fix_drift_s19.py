"""fix never settles on a rewrite that reads back as another reference (session 19): APA printed a WHO report's
publisher as a container ("In World Health Organization.") after the first rewrite was read back wrong."""

from __future__ import annotations

from refnorm import Reference
from refnorm.fix import _drifted, fix_text


def _fix(text: str, style: str) -> str:
    return fix_text(text, offline=True, style=style, locale="en-US", cache=False).text


def test_a_report_s_publisher_stays_a_publisher_in_apa() -> None:
    out = _fix("1. WHO. Guidelines on drinking-water quality in small communities. Geneva: World Health "
               "Organization; 2021.\n", "apa")
    assert " In " not in out and "World Health Organization" in out
    assert _fix(out, "apa") == out


def test_a_field_gained_on_reading_back_is_drift() -> None:
    before = [Reference.from_csl({"type": "report", "title": "Guidelines", "publisher": "WHO"})]
    after = [Reference.from_csl({"type": "report", "title": "Guidelines", "container-title": "WHO"})]
    assert _drifted(before, after) == "with a container-title it did not have"
    assert _drifted(before, before) == ""


def test_a_second_given_name_a_style_prints_as_an_initial_is_not_lost() -> None:
    # found with an ABNT list rewritten in APA: "Ana Lúcia" printed "A. L." was kept verbatim as losing "Lúcia"
    out = _fix("1. COSTA, Ana Lúcia. Hidrologia aplicada. 3. ed. São Paulo: Blucher, 2016.\n", "apa")
    assert out.startswith("1. Costa, A. L. (2016). Hidrologia aplicada")
    out = _fix("1. MOREAU, Jean-Pierre. Histoire des fleuves. Paris: Belin, 2011.\n", "apa")
    assert out.startswith("1. Moreau, J.-P. (2011).")
