"""Session 15, fixer "sp". bench/speed.py's --patterns: a pattern wrapped by its timer answers exactly as the bare
pattern does (every method, every argument form), and counts each call; no timing is asserted. api.py: a glued line's
repeated-author dash takes the names of the reference before it."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

SPEED = Path(__file__).resolve().parents[1] / "bench" / "speed.py"


@pytest.fixture(scope="module")
def speed():
    spec = importlib.util.spec_from_file_location("bench_speed_s15", SPEED)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("pattern", [r"(\d{4})", r"(?i)\b(?:trans|übers)\w*", r"^\W*(note|nota)\.?\s*:", r"[\s.,;:]+$"])
@pytest.mark.parametrize("text", ["Smith J. Roads. 2020;5:1-9.", "NOTE: trans. by X, Übersetzt 1999 ;.", "", "ü 12 ;: "])
def test_wrapped_pattern_answers_as_the_pattern(speed, pattern, text):
    bare = re.compile(pattern)
    totals: dict[str, list[float]] = {}
    wrapped = speed._TimedPattern(bare, "p", totals)

    def spans(m):
        return None if m is None else (m.span(), m.groups())

    assert spans(wrapped.search(text)) == spans(bare.search(text))
    assert spans(wrapped.search(text, 3, 20)) == spans(bare.search(text, 3, 20))
    assert spans(wrapped.match(text)) == spans(bare.match(text))
    assert spans(wrapped.fullmatch(text)) == spans(bare.fullmatch(text))
    assert [spans(m) for m in wrapped.finditer(text)] == [spans(m) for m in bare.finditer(text)]
    assert wrapped.findall(text) == bare.findall(text)
    assert wrapped.sub("", text) == bare.sub("", text)
    assert wrapped.split(text) == bare.split(text)
    assert wrapped.pattern == bare.pattern and wrapped.flags == bare.flags and wrapped.groups == bare.groups
    assert totals["p"][1] == 8  # every method call counted once (attributes are not calls)


def test_wrapped_pattern_counts_its_own_name(speed):
    totals: dict[str, list[float]] = {}
    a = speed._TimedPattern(re.compile("a"), "mod.A", totals)
    b = speed._TimedPattern(re.compile("b"), "mod.B", totals)
    for _ in range(3):
        a.search("xa")
    b.match("b")
    assert totals["mod.A"][1] == 3 and totals["mod.B"][1] == 1
    assert all(t >= 0 for t, _ in totals.values())


# --- api: the repeated-author dash in a glued line ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dupont, Jean. Les routes du sel. Paris: Gallimard, 1998. ———. Le sel et la mer. Paris: Seuil, 2004.",
    "Brandt, Kai. Die Stadt am Fluss. Berlin: Dietz, 2001. ———. Der Hafen. Hamburg: Junius, 2009.",
])
def test_dash_after_a_reference_on_its_line_repeats_its_names(text):
    import refnorm

    first, second = refnorm.parse(text)
    assert second.csl["author"] == first.csl["author"]
    assert second.provenance["author"] == "parse"
    assert second.raw.startswith("———")
    assert second.csl["author"] is not first.csl["author"]  # (a copy: changing one record leaves the other)


@pytest.mark.parametrize("text", [
    "Dupont, Jean. Les routes du sel. Paris: Gallimard, 1998. Martin, Paul. Le sel et la mer. Paris: Seuil, 2004.",
    "Smith, Anna. Roads — and rivers. London: Murray, 2001.",
])
def test_look_alikes_keep_their_own_names(text):
    import refnorm

    refs = refnorm.parse(text)
    assert all(len({n.get("family") for n in r.csl.get("author", [])}) <= 1 for r in refs)
    if len(refs) == 2:
        assert refs[1].csl["author"] == [{"family": "Martin", "given": "Paul"}]


def test_a_dash_with_no_reference_before_it_stays_unnamed():
    import refnorm

    (ref,) = refnorm.parse("———. Le sel et la mer. Paris: Seuil, 2004.")
    assert "author" not in ref.csl
