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
