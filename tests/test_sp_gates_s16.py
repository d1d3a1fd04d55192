"""sp's session-16 speed patches (repair.py, fields.py): each gives what the code it replaced gave."""

from __future__ import annotations

import random

import pytest

from refnorm.parsing import repair
from refnorm.parsing.tokens import tokenize

# --- 09: the labels under repair answer "label in out" from a set, made again after each write

_LABELS = ("author", "^author", "title", "^title", "container-title", "issued", "^issued", "volume", "page", "O")


def test_labels_membership_follows_every_write() -> None:
    rng = random.Random(16)
    for _ in range(300):
        plain = [rng.choice(_LABELS) for _ in range(rng.randint(0, 12))]
        out = repair._Labels(plain)
        for _ in range(8):
            op = rng.randrange(11)
            x = rng.choice(_LABELS)
            if op == 0 and plain:
                k = rng.randrange(len(plain))
                plain[k] = x
                out[k] = x
            elif op == 1:
                a, b = sorted(rng.randrange(len(plain) + 1) for _ in range(2))
                plain[a:b] = [x] * (b - a + 1)
                out[a:b] = [x] * (b - a + 1)
            elif op == 2:
                plain.append(x)
                out.append(x)
            elif op == 3:
                plain.extend([x, x])
                out.extend([x, x])
            elif op == 4:
                plain.insert(1, x)
                out.insert(1, x)
            elif op == 5 and plain:
                assert out.pop() == plain.pop()
            elif op == 6 and x in plain:
                plain.remove(x)
                out.remove(x)
            elif op == 7 and plain:
                del plain[0]
                del out[0]
            elif op == 8:
                plain += [x]
                out += [x]
            elif op == 9:
                plain.sort()
                out.sort()
            else:
                plain.reverse()
                out.reverse()
            assert list(out) == plain
            for label in _LABELS:
                assert (label in out) == (label in plain)
                assert (label not in out) == (label not in plain)


@pytest.mark.parametrize("text", [
    "Smith J, Doe A. A study of things. J Stud. 2019;12(3):45-67. doi:10.1000/xyz",
    "Luhmann, Niklas (1991): Verständigung über Risiken. In: Beck, Ulrich (Hrsg.): Politik. Frankfurt: Suhrkamp.",
    "Leng Z. Stem cells. Aging Dis. 2020;11(2):216-28. 2. Moura LF. Saúde. Rio de Janeiro: Fiocruz; 2018.",
])
def test_repair_gives_what_a_plain_list_gives(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from refnorm.parsing.labeler import default_labeler

    tokens = tokenize(text)
    labels = default_labeler().label(text, tokens).labels
    got = repair.repair_labels(tokens, labels)
    assert type(got) is list  # (the set behind the membership tests stays inside repair_labels)
    monkeypatch.setattr(repair, "_Labels", list)
    assert repair.repair_labels(tokens, labels) == got


# --- 10: three loops of repair_labels visit only the tokens of their label (picked in C)


def _hand(text: str, labels: dict[str, str], default: str = "O") -> tuple[list, list[str]]:
    tokens = tokenize(text)
    return tokens, [labels.get(t.text, default) for t in tokens]


def _changed(tokens: list, before: list[str], after: list[str]) -> list[tuple[str, str]]:
    return [(t.text, b) for t, a, b in zip(tokens, before, after, strict=True) if a != b]


def test_number_between_date_and_pages_is_the_issue() -> None:
    tokens, labels = _hand("Roe J. Title. J Med. 2018/11/16;(35):672-8.", {
        "Roe": "author", "J": "author", "Title": "title", "Med": "container-title", "2018": "issued", "11": "issued",
        "16": "issued", "35": "citation-number", "672": "page", "-": "page", "8": "page"})
    assert ("35", "issue") in _changed(tokens, labels, repair.repair_labels(tokens, labels))
    # an entry's own number before its pages, with no date or volume before it, stays one
    tokens, labels = _hand("Roe J. Title. J Med. (35) 2018;672-8.", {
        "Roe": "author", "J": "author", "Title": "title", "Med": "container-title", "2018": "issued",
        "35": "citation-number", "672": "page", "-": "page", "8": "page"})
    assert repair.repair_labels(tokens, labels) == labels


def test_next_entry_number_after_a_link_is_no_part_of_it() -> None:
    tokens = tokenize("Roe LF. Agua. Rio: Fiocruz; 2018. http://x.org/a/boletim.pdf 2. Roe LF. Terra.")
    labels = []
    for t in tokens:
        if t.text.startswith("http") or (labels and labels[-1] == "URL" and not t.space_before) or (
                t.text == "2" and labels[-1] == "URL"):
            labels.append("URL")
        else:
            labels.append({"Roe": "author", "LF": "author", "Agua": "title", "Rio": "publisher-place",
                           "Fiocruz": "publisher", "2018": "issued"}.get(t.text, "O"))
    assert _changed(tokens, labels, repair.repair_labels(tokens, labels)) == [("2", "O"), (".", "O")]


def test_number_after_the_journal_that_is_no_year_is_the_volume() -> None:
    names = {"Ali": "author", "K": "author", "Brown": "author", "T": "author", "Stiffness": "title", "of": "title",
             "panels": "title", "Composites": "container-title", "Part": "container-title", "B": "container-title",
             ":": "container-title", "Engineering": "container-title", "140": "issued", "1999": "issued",
             "pp": "page", "112": "page", "-": "page", "120": "page"}
    tokens, labels = _hand("Ali K, Brown T. Stiffness of panels', Composites Part B: Engineering, 140, pp. 112-120.", names)
    assert _changed(tokens, labels, repair.repair_labels(tokens, labels)) == [("140", "volume")]
    tokens, labels = _hand("Ali K, Brown T. Stiffness of panels', Composites Part B: Engineering, 1999, pp. 112-120.", names)
    assert repair.repair_labels(tokens, labels) == labels  # a year stays the date


# --- 11: two rules pick the tokens that can start what they look for in C (an apostrophe two or three tokens on, a
# full stop after a role word) before reading any token


def test_elided_access_term_is_found_from_its_apostrophe() -> None:
    tokens, labels = _hand("Rossi M. Il titolo. Roma: Laterza; 2020. Disponibile all’indirizzo: http://x.it/a", {
        "Rossi": "author", "M": "author", "Il": "title", "titolo": "title", "Roma": "publisher-place",
        "Laterza": "publisher", "2020": "issued", "Disponibile": "title", "all": "title", "’": "title",
        "indirizzo": "URL", "http://x.it/a": "URL"})
    assert [x for x, _ in _changed(tokens, labels, repair.repair_labels(tokens, labels))] == [
        "Disponibile", "all", "’", "indirizzo"]
    tokens, labels = _hand("Dupont M. Le titre. Paris: Seuil; 2020. Disponible à l’adresse : http://x.fr/a", {
        "Dupont": "author", "M": "author", "Le": "title", "titre": "title", "Paris": "publisher-place",
        "Seuil": "publisher", "2020": "issued", "Disponible": "title", "à": "title", "l": "title", "’": "title",
        "adresse": "URL", "http://x.fr/a": "URL"})
    assert [x for x, _ in _changed(tokens, labels, repair.repair_labels(tokens, labels))] == [
        "Disponible", "à", "l", "’", "adresse"]
    tokens, labels = _hand("Dupont M. L’homme d’action. Paris: Seuil; 2020.", {
        "Dupont": "author", "M": "author", "L": "title", "’": "title", "homme": "title", "d": "title",
        "action": "title", "Paris": "publisher-place", "Seuil": "publisher", "2020": "issued"})
    assert repair.repair_labels(tokens, labels) == labels  # elisions in a title are no access term


def test_name_after_a_role_word_and_its_full_stop() -> None:
    tokens, labels = _hand("Doe, J. The Harbor. Trans. Mary K. Stone, Boston: Beacon, 1990.", {
        "Doe": "author", "J": "author", "The": "title", "Harbor": "title", "Mary": "publisher-place",
        "K": "publisher-place", "Stone": "publisher-place", "Boston": "publisher-place", "Beacon": "publisher",
        "1990": "issued"})
    assert [x for x, _ in _changed(tokens, labels, repair.repair_labels(tokens, labels))] == ["Mary", "K", ".", "Stone"]
    tokens, labels = _hand("Doe, J. The Harbor. 2nd ed. New York: Beacon, 1990.", {
        "Doe": "author", "J": "author", "The": "title", "Harbor": "title", "2nd": "edition", "ed": "edition",
        "New": "publisher-place", "York": "publisher-place", "Beacon": "publisher", "1990": "issued"})
    assert repair.repair_labels(tokens, labels) == labels  # "ed. New York": a place, no name with an initial


def test_role_word_after_the_names_outside_every_field() -> None:
    names = {"Doe": "author", "J": "author", "and": "author", "K": "author", "Roe": "author", "The": "title",
             "Harbor": "title", "Boston": "publisher-place", "Beacon": "publisher", "1990": "issued"}
    tokens, labels = _hand("Doe, J., and K. Roe, eds. The Harbor. Boston: Beacon, 1990.", names)
    assert {x for _, x in _changed(tokens, labels, repair.repair_labels(tokens, labels))} == {"editor"}
    tokens, labels = _hand("Doe, J., and K. Roe. The Harbor. Boston: Beacon, 1990.", names)
    assert repair.repair_labels(tokens, labels) == labels
