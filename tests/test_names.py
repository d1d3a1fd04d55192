"""refnorm.normalizers.names: author lists as real reference lists write them, in many languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.normalizers.names import format_initials, parse_name, parse_names, restore_case


def fg(family: str, given: str | None = None, **extra: str) -> dict[str, str]:
    d = {"family": family}
    if given is not None:
        d["given"] = given
    d.update(extra)
    return d


LIT = lambda s: {"literal": s}  # noqa: E731

SINGLE = [
    ("Matthay MA", fg("Matthay", "M. A.")),
    ("Shi, Y.", fg("Shi", "Y.")),
    ("Robert Chunhua Zhao", fg("Zhao", "Robert Chunhua")),
    ("J. P. Collman", fg("Collman", "J. P.")),
    ("J.P. Collman", fg("Collman", "J. P.")),
    ("SARAMAGO, José", fg("Saramago", "José")),
    ("O'NEIL, Patrick", fg("O'Neil", "Patrick")),
    ("van der Berg, J.", fg("van der Berg", "J.")),
    ("Berg, J. van der", fg("van der Berg", "J.")),
    ("de la Cruz M", fg("de la Cruz", "M.")),
    ("Ludwig von Mises", fg("von Mises", "Ludwig")),
    ("Marc De Smet", fg("De Smet", "Marc")),
    ("Le Guin, Ursula K.", fg("Le Guin", "Ursula K.")),
    ("Ortega y Gasset, José", fg("Ortega y Gasset", "José")),
    ("Silva e Souza, J.", fg("Silva e Souza", "J.")),
    ("Smith, J., Jr.", fg("Smith", "J.", suffix="Jr.")),
    ("Martin Luther King Jr.", fg("King", "Martin Luther", suffix="Jr.")),
    ("Gates WH III", fg("Gates", "W. H.", suffix="III")),
    ("Hansen, J.-P.", fg("Hansen", "J.-P.")),
    ("Tolkien JRR", fg("Tolkien", "J. R. R.")),
    ("JOHN SMITH", fg("Smith", "John")),
    ("Иванов И.И.", fg("Иванов", "И. И.")),
    ("Иванов, Иван Иванович", fg("Иванов", "Иван Иванович")),
    ("Müller, Hans-Jürgen", fg("Müller", "Hans-Jürgen")),
    ("Αλεξίου, Γ.", fg("Αλεξίου", "Γ.")),
    ("张三", fg("张", "三")),
    ("欧阳修", fg("欧阳", "修")),
    ("山田太郎", fg("山田", "太郎")),
    ("山田 太郎", fg("山田", "太郎")),
    ("김철수", fg("김", "철수")),
    ("남궁민수", fg("남궁", "민수")),
    ("World Health Organization", LIT("World Health Organization")),
    ("WHO Collaborative Group", LIT("WHO Collaborative Group")),
    ("WHO", LIT("WHO")),
    ("Institut national de la statistique et des études économiques", LIT(
        "Institut national de la statistique et des études économiques")),
    ("Smith", fg("Smith")),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE)
def test_single_names(text: str, expected: dict[str, str]) -> None:
    result = parse_names(text)
    assert result.names == [expected]
    assert not result.truncated


LISTS = [
    ("Leng Z, Zhu R, Hou W", [fg("Leng", "Z."), fg("Zhu", "R."), fg("Hou", "W.")]),
    ("Smith, J., Doe, K.", [fg("Smith", "J."), fg("Doe", "K.")]),
    ("Smith, J., Doe, K., & Roe, P.", [fg("Smith", "J."), fg("Doe", "K."), fg("Roe", "P.")]),
    ("Smith, J.; Doe, K.; Roe, P.", [fg("Smith", "J."), fg("Doe", "K."), fg("Roe", "P.")]),
    ("Doe, John A., Smith, Jane", [fg("Doe", "John A."), fg("Smith", "Jane")]),
    ("SMITH J, DOE K", [fg("Smith", "J."), fg("Doe", "K.")]),
    ("Y. Hiranaka and H. Yamasaki,", [fg("Hiranaka", "Y."), fg("Yamasaki", "H.")]),
    ("S.J. Anderson, S.B. Karumanchi, and K. Iagnemma.", [fg("Anderson", "S. J."), fg("Karumanchi", "S. B."),
                                                          fg("Iagnemma", "K.")]),
    ("Hilton, Suzanne, and John Rath.", [fg("Hilton", "Suzanne"), fg("Rath", "John")]),
    ("Tryon, E. H., J. P. Martin, and W. L. MacDonald.", [fg("Tryon", "E. H."), fg("Martin", "J. P."),
                                                          fg("MacDonald", "W. L.")]),
    ("Wang, L.-J., Yu, J.-H., Griffin, W.L. and O’Reilly, S.Y.", [fg("Wang", "L.-J."), fg("Yu", "J.-H."),
                                                                  fg("Griffin", "W. L."), fg("O’Reilly", "S. Y.")]),
    ("Dupont, J. et Martin, P.", [fg("Dupont", "J."), fg("Martin", "P.")]),  # French "et"
    ("Schmidt, K. und Weber, M.", [fg("Schmidt", "K."), fg("Weber", "M.")]),  # German "und"
    ("García, J. y López, M.", [fg("García", "J."), fg("López", "M.")]),  # Spanish "y"
    ("Rossi M e Bianchi L", [fg("Rossi", "M."), fg("Bianchi", "L.")]),  # Italian "e"
    ("Kowalski J i Nowak A", [fg("Kowalski", "J."), fg("Nowak", "A.")]),  # Polish "i"
    ("Иванов И.И., Петров П.П.", [fg("Иванов", "И. И."), fg("Петров", "П. П.")]),
    ("张三、李四、王五", [fg("张", "三"), fg("李", "四"), fg("王", "五")]),
    ("Smith J, Jones K, and the WHO Collaborative Group", [fg("Smith", "J."), fg("Jones", "K."),
                                                           LIT("the WHO Collaborative Group")]),
    ("National Institute for Health and Care Excellence", [LIT("National Institute for Health and Care Excellence")]),
    ("Mansfield, S. J., Garry, O. L., & Anderson, E. A.", [fg("Mansfield", "S. J."), fg("Garry", "O. L."),
                                                           fg("Anderson", "E. A.")]),  # not Dutch "e. a."
    ("LI JP, O’NEIL HSC, SEIFERT F.", [fg("Li", "J. P."), fg("O’Neil", "H. S. C."), fg("Seifert", "F.")]),
    ("Sorokina EIu, Aksiuk IN", [fg("Sorokina", "E. Iu."), fg("Aksiuk", "I. N.")]),  # Ю transliterated
    ("Hardin, Paul E., and Wangjie Yu.", [fg("Hardin", "Paul E."), fg("Yu", "Wangjie")]),  # "Yu" is a name
    ("HAN, Wen Qin y ZHOU, Jin Yu", [fg("Han", "Wen Qin"), fg("Zhou", "Jin Yu")]),
    ("Roos RAC, Bots GThAM, Hermans J.", [fg("Roos", "R. A. C."), fg("Bots", "G. Th. A. M."), fg("Hermans", "J.")]),
    ("Mises L von, Beauvoir S de.", [fg("von Mises", "L."), fg("de Beauvoir", "S.")]),
    ("NORMAN, Kari E, DE VRIES, Franciska T. et MUIR WOOD, R.", [fg("Norman", "Kari E."), fg("de Vries", "Franciska T."),
                                                               fg("Muir Wood", "R.")]),  # ISO 690
    ("Hamlin, Alyssa, Ying Liu, Danh V. Nguyen, and Randi J. Hagerman.", [
        fg("Hamlin", "Alyssa"), fg("Liu", "Ying"), fg("Nguyen", "Danh V."), fg("Hagerman", "Randi J.")]),  # Chicago
    ("DURAND Jean-Pierre, STEWART Paul", [fg("Durand", "Jean-Pierre"), fg("Stewart", "Paul")]),  # French
    ("Lewis, Jane/ Ostner, Ilona", [fg("Lewis", "Jane"), fg("Ostner", "Ilona")]),  # German "/"
    ("Borcherding, K./Rohrmann, B./Eppel, T.", [fg("Borcherding", "K."), fg("Rohrmann", "B."), fg("Eppel", "T.")]),
    ("Claus Giering / Florian Neuhann", [fg("Giering", "Claus"), fg("Neuhann", "Florian")]),
    ("Berger, Peter A", [fg("Berger", "Peter A.")]),
    ("Dupont (J.) et Martin (P.)", [fg("Dupont", "J."), fg("Martin", "P.")]),  # French humanities
    ("Bugnon (A.-L.)", [fg("Bugnon", "A.-L.")]),
    ("VESTIEL, E., VAN NIEKERK, C. et NAUWELAERS, B.", [fg("Vestiel", "E."), fg("van Niekerk", "C."),
                                                       fg("Nauwelaers", "B.")]),
    ("RAJAEI, Samira, DABBAGH, Ali, SCHOOL OF MEDICINE", [fg("Rajaei", "Samira"), fg("Dabbagh", "Ali"),
                                                         LIT("SCHOOL OF MEDICINE")]),
    ("Department of Health, Education and Welfare", [LIT("Department of Health, Education and Welfare")]),
    ("Scheffel, Maren, Hendrik Drachsler, Joop de Kraker, Karel Kreijns", [
        fg("Scheffel", "Maren"), fg("Drachsler", "Hendrik"), fg("de Kraker", "Joop"), fg("Kreijns", "Karel")]),
    ("Rocha da Silva, Maria, Souza, J.", [fg("Rocha da Silva", "Maria"), fg("Souza", "J.")]),
    ("García Márquez, Gabriel", [fg("García Márquez", "Gabriel")]),
    ("John Smith, Mary Jones", [fg("Smith", "John"), fg("Jones", "Mary")]),
    ("Robert Chunhua Zhao, Wei Chen", [fg("Zhao", "Robert Chunhua"), fg("Chen", "Wei")]),
    ("Kitschelt, Herbert, in Zusammenarbeit mit Anthony J. McGann", [fg("Kitschelt", "Herbert"),
                                                                     fg("McGann", "Anthony J.")]),
    ("山田太郎, & 佐藤花子.", [fg("山田", "太郎"), fg("佐藤", "花子")]),
    ("The Lancet.", [LIT("The Lancet")]),
    ("Urban & Vogel", [LIT("Urban & Vogel")]),
    ("Taylor & Francis", [LIT("Taylor & Francis")]),
    ("Santé publique France", [LIT("Santé publique France")]),
    ("Klingelhofer, G., DeGrave, E. , Van Alboom, A. , de Resende, V. G. , De Souza, P.A.",
     [fg("Klingelhofer", "G."), fg("DeGrave", "E."), fg("Van Alboom", "A."), fg("de Resende", "V. G."),
      fg("De Souza", "P. A.")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text).names == expected


TRUNCATED = [
    ("Smith J, Doe K, et al.", 2),
    ("Chabinyc, M. L. et al.,", 1),
    ("Meier, Hans u. a.", 1),  # German
    ("Иванов И.И., Петров П.П. и др.", 2),  # Russian
    ("张三、李四、王五等", 3),  # Chinese
    ("山田太郎、鈴木一郎ほか", 2),  # Japanese
    ("Dupont J, Martin P et coll.", 2),  # French medical
    ("Perez J y col.", 1),  # Spanish medical
    ("Kowalski J i wsp.", 1),  # Polish
    ("Smith J, Doe K, ..., Zed Q", 3),  # APA 7 ellipsis: the last author is still an author
]


@pytest.mark.parametrize(("text", "count"), TRUNCATED)
def test_et_al_is_truncation_not_an_author(text: str, count: int) -> None:
    result = parse_names(text)
    assert result.truncated
    assert len(result.names) == count
    assert all("al" not in n.get("family", "").split() and "др" not in n.get("family", "") for n in result.names)


ROLES = [
    ("Müller, H. (Hrsg.)", "editor", [fg("Müller", "H.")]),
    ("Müller, H. (Hg.)", "editor", [fg("Müller", "H.")]),
    ("Smith J, Doe K, editors.", "editor", [fg("Smith", "J."), fg("Doe", "K.")]),
    ("In: Spencer, B., Fox, M.S. (Eds.),", "editor", [fg("Spencer", "B."), fg("Fox", "M. S.")]),
    ("in R. Gavison (ed.),", "editor", [fg("Gavison", "R.")]),
    ("edited by John Smith and Jane Doe", "editor", [fg("Smith", "John"), fg("Doe", "Jane")]),
    ("Cove, John J., and George F. MacDonald, eds.", "editor", [fg("Cove", "John J."), fg("MacDonald", "George F.")]),
    ("Dupont, J. (éd.)", "editor", [fg("Dupont", "J.")]),
    ("Dupont, J. (dir.)", "editor", [fg("Dupont", "J.")]),
    ("trad. par Jean Dupont", "translator", [fg("Dupont", "Jean")]),
    ("hrsg. von Hans Meier", "editor", [fg("Meier", "Hans")]),
    ("пер. с англ. И. И. Иванова", "translator", [fg("Иванов", "И. И.")]),
    ("под ред. И. И. Иванова", "editor", [fg("Иванов", "И. И.")]),
    ("Rossi, M. (a cura di)", "editor", [fg("Rossi", "M.")]),
    ("Smith, Ed.", None, [fg("Smith", "Ed")]),  # Ed Smith, not an editor
    ("Hrsg.)", "editor", []),  # a role word cut off by a segmenter
    ("(eds.)", "editor", []),
]


@pytest.mark.parametrize(("text", "role", "expected"), ROLES)
def test_roles(text: str, role: str | None, expected: list[dict[str, str]]) -> None:
    result = parse_names(text)
    assert result.role == role
    assert result.names == expected


@pytest.mark.parametrize(("text", "rest"), [("———.", []), ("______, & Doe, K.", [fg("Doe", "K.")]),
                                            ("--.", []), ("\u2014\u2014\u2014, ed.", [])])
def test_same_as_previous(text: str, rest: list[dict[str, str]]) -> None:
    result = parse_names(text)
    assert result.same_as_previous
    assert result.names == rest


@pytest.mark.parametrize("text", ["Anonymous", "Anon.", "[Anonymous]", "o. V.", "N.N.", "Anonyme", "Аноним", "佚名"])
def test_anonymous(text: str) -> None:
    result = parse_names(text)
    assert result.names == []
    assert [d.code for d in result.diagnostics] == ["names.anonymous"]


def test_garbled_list_is_reported() -> None:
    result = parse_names("Zikuan Leng RZ Wei Hou, Yingmei Feng, Wei Chen")
    assert result.names[0] == fg("Leng", "Zikuan")
    assert fg("Feng", "Yingmei") in result.names and fg("Chen", "Wei") in result.names
    assert [d.code for d in result.diagnostics] == ["names.garbled"]


def test_hungarian_family_first() -> None:
    assert parse_names("Kovács János, Nagy Éva", lang="hu").names == [fg("Kovács", "János"), fg("Nagy", "Éva")]
    assert parse_names("Kovács János", lang="en").names == [fg("János", "Kovács")]  # without the hint: natural


def test_parse_name_and_helpers() -> None:
    assert parse_name("Shi, Y.") == fg("Shi", "Y.")
    assert parse_name("  ") == {}
    assert parse_name("山田太郎", lang="ja") == fg("山田", "太郎")
    assert restore_case("VAN DER BERG") == "van der Berg"
    assert restore_case("GARCÍA-LÓPEZ") == "García-López"
    assert format_initials("MA") == "M. A."
    assert format_initials("John A.") == "John A."


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_never_raises(text: str) -> None:
    result = parse_names(text)
    for name in result.names:
        assert isinstance(name, dict)
        assert all(isinstance(v, str) and v for v in name.values())


_NAMEY = st.lists(
    st.sampled_from(["Smith", "J.", "JP", "van", "der", "Berg", ",", ";", "and", "&", "et al.", "Иванов", "И.И.",
                     "张三", "(eds)", "Jr.", "WHO", "Group", "e", "y", "———", "MA", "O'NEIL", "de la", "Cruz"]),
    max_size=10,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_NAMEY)
def test_names_only_from_the_text(text: str) -> None:
    """Every part of every name comes from the input: nothing is invented."""
    result = parse_names(text)
    letters = set(text.lower())
    for name in result.names:
        for value in name.values():
            assert set(value.lower()) - set(" .-") <= letters


# ------------------------------------------------------------------------- generated lists
_FAMILIES = ["Smith", "García Márquez", "van der Berg", "Müller", "Öztürk", "Kowalski", "Иванов", "O'Neil",
             "de la Cruz", "Nguyen", "Le Guin", "Dvořák", "Åström", "Pérez-Reverte", "D'Angelo", "MacArthur"]
_GIVENS = [("John", "J", "J."), ("Hans-Jürgen", None, "H.-J."), ("Ayşe", "A", "A."), ("Мария", "М", "М."),
           ("Mary Ann", "MA", "M. A."), ("Łukasz", "Ł", "Ł."), ("José", "J", "J.")]


@st.composite
def _name_lists(draw: st.DrawFn) -> tuple[str, list[dict[str, str]]]:
    style = draw(st.sampled_from(["vancouver", "apa", "semicolons", "inverted-full"]))
    people = draw(st.lists(st.tuples(st.sampled_from(_FAMILIES), st.sampled_from(_GIVENS)), min_size=1, max_size=4))
    parts, gold = [], []
    for family, (full, compact, dotted) in people:
        if style == "vancouver":
            if compact is None:
                continue
            parts.append(f"{family} {compact}")
            gold.append(fg(family, dotted))
        elif style == "inverted-full":
            # "García Márquez, Mary Ann" alone may as well be two names in natural order: one-word given names
            given_name = full if " " not in full else dotted
            parts.append(f"{family}, {given_name}")
            gold.append(fg(family, given_name))
        else:
            parts.append(f"{family}, {dotted}")
            gold.append(fg(family, dotted))
    if style == "apa" and len(parts) > 1:
        text = ", ".join(parts[:-1]) + ", & " + parts[-1]
    elif style in ("semicolons", "inverted-full"):
        text = "; ".join(parts)
    else:
        text = ", ".join(parts)
    return text, gold


@settings(max_examples=150, deadline=None)
@given(_name_lists())
def test_generated_lists_in_four_styles(case: tuple[str, list[dict[str, str]]]) -> None:
    """Well-formed lists of real-looking names read back exactly, whatever their mix of languages."""
    text, gold = case
    assert parse_names(text).names == gold, text


@pytest.mark.parametrize("text", ["Bundesinstitut für Bevölkerungsforschung", "Umweltbundesamt",
                                  "Narodowy Fundusz Zdrowia", "Rijksinstituut voor Volksgezondheid en Milieu"])
def test_institutions_written_as_compounds_or_in_more_languages_are_corporate(text: str) -> None:
    assert parse_names(text).names == [{"literal": text}]
