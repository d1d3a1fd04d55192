"""Names in the languages of the multilingual held-out set, as their reference lists write them.

The table was written before the normaliser was run on it (results before/after in docs/normalizers.md).
Family names keep their particles ("van der Berg"), as the rest of refnorm does.
"""

from __future__ import annotations

import pytest

from refnorm.normalizers.names import parse_names
from test_names import fg  # one builder of expected names

# (language, text, names, truncated)
TABLE = [
    # French
    ("fr", "Dupont J.-P., Martin C.", [fg("Dupont", "J.-P."), fg("Martin", "C.")], False),
    ("fr", "de Gaulle, Charles", [fg("de Gaulle", "Charles")], False),
    ("fr", "LEFÈVRE, Anne et DUBOIS, Marc", [fg("Lefèvre", "Anne"), fg("Dubois", "Marc")], False),
    ("fr", "Le Bon G, Du Bois P, et al.", [fg("Le Bon", "G."), fg("Du Bois", "P.")], True),
    ("fr", "Jean-Paul Sartre et Simone de Beauvoir", [fg("Sartre", "Jean-Paul"), fg("de Beauvoir", "Simone")], False),
    # German
    ("de", "Müller, H./Schmidt, K.", [fg("Müller", "H."), fg("Schmidt", "K.")], False),
    ("de", "Müller, H.; Schmidt, K. u. a.", [fg("Müller", "H."), fg("Schmidt", "K.")], True),
    ("de", "von Weizsäcker, Carl Friedrich", [fg("von Weizsäcker", "Carl Friedrich")], False),
    ("de", "Weizsäcker, C. F. von", [fg("von Weizsäcker", "C. F.")], False),
    ("de", "Meier, A. und Schulze, B.", [fg("Meier", "A."), fg("Schulze", "B.")], False),
    ("de", "Groß, Jürgen", [fg("Groß", "Jürgen")], False),
    # Spanish
    ("es", "García Márquez, Gabriel", [fg("García Márquez", "Gabriel")], False),
    ("es", "García Márquez G, Pérez-Reverte A", [fg("García Márquez", "G."), fg("Pérez-Reverte", "A.")], False),
    ("es", "Ramón y Cajal, Santiago", [fg("Ramón y Cajal", "Santiago")], False),
    ("es", "Fernández, M. y López, J.", [fg("Fernández", "M."), fg("López", "J.")], False),
    ("es", "de la Fuente, R., Núñez, A. et al.", [fg("de la Fuente", "R."), fg("Núñez", "A.")], True),
    # Portuguese
    ("pt", "dos Santos, Maria", [fg("dos Santos", "Maria")], False),
    ("pt", "SILVA, João; SOUZA, Ana", [fg("Silva", "João"), fg("Souza", "Ana")], False),
    ("pt", "Oliveira AC, Costa e Silva J", [fg("Oliveira", "A. C."), fg("Costa e Silva", "J.")], False),
    ("pt", "Pereira, L. da S.", [fg("Pereira", "L. da S.")], False),
    # Italian
    ("it", "De Luca G, Di Stefano A", [fg("De Luca", "G."), fg("Di Stefano", "A.")], False),
    ("it", "Rossi, M. e Bianchi, L.", [fg("Rossi", "M."), fg("Bianchi", "L.")], False),
    ("it", "Giovanni Della Rovere", [fg("Della Rovere", "Giovanni")], False),
    ("it", "D'Angelo, F.", [fg("D'Angelo", "F.")], False),
    # Dutch
    ("nl", "van der Meer, P. en de Vries, H.", [fg("van der Meer", "P."), fg("de Vries", "H.")], False),
    ("nl", "Pieter van den Broek", [fg("van den Broek", "Pieter")], False),
    ("nl", "Jansen, J. van", [fg("van Jansen", "J.")], False),
    ("nl", "Bakker JW, van 't Hof M", [fg("Bakker", "J. W."), fg("van 't Hof", "M.")], False),
    # Polish
    ("pl", "Kowalski J., Nowak A.", [fg("Kowalski", "J."), fg("Nowak", "A.")], False),
    ("pl", "Wiśniewska-Zięba, Małgorzata", [fg("Wiśniewska-Zięba", "Małgorzata")], False),
    ("pl", "Żółkowski Ł, Świątek Ś, i in.", [fg("Żółkowski", "Ł."), fg("Świątek", "Ś.")], True),
    ("pl", "Lewandowski R. i Wójcik T.", [fg("Lewandowski", "R."), fg("Wójcik", "T.")], False),
    # Czech
    ("cs", "Dvořák A, Novotná M", [fg("Dvořák", "A."), fg("Novotná", "M.")], False),
    ("cs", "NOVÁK, Jan a SVOBODA, Petr", [fg("Novák", "Jan"), fg("Svoboda", "Petr")], False),
    ("cs", "Černý, J., Procházková, E. a kol.", [fg("Černý", "J."), fg("Procházková", "E.")], True),
    # Swedish
    ("sv", "Åström KJ, Öberg C", [fg("Åström", "K. J."), fg("Öberg", "C.")], False),
    ("sv", "Lindqvist, B. och Ek, L.", [fg("Lindqvist", "B."), fg("Ek", "L.")], False),
    ("sv", "Ängström, Anders", [fg("Ängström", "Anders")], False),
    # Turkish
    ("tr", "Öztürk A, Çelik Ş", [fg("Öztürk", "A."), fg("Çelik", "Ş.")], False),
    ("tr", "Yılmaz, Ayşe ve Güneş, Mehmet", [fg("Yılmaz", "Ayşe"), fg("Güneş", "Mehmet")], False),
    ("tr", "Doğan, İ., Kaya, Ü. vd.", [fg("Doğan", "İ."), fg("Kaya", "Ü.")], True),
    # Russian
    ("ru", "Иванов И.И., Петров П.П.", [fg("Иванов", "И. И."), fg("Петров", "П. П.")], False),
    ("ru", "Иванов И. И., Петров П. П. и др.", [fg("Иванов", "И. И."), fg("Петров", "П. П.")], True),
    ("ru", "И. И. Иванов, П. П. Петров", [fg("Иванов", "И. И."), fg("Петров", "П. П.")], False),
    ("ru", "Соловьёв, Ю. А.", [fg("Соловьёв", "Ю. А.")], False),
    ("ru", "Сидоров С.С., Кузнецова А.В. [и др.]", [fg("Сидоров", "С. С."), fg("Кузнецова", "А. В.")], True),
    # Chinese
    ("zh", "王小明, 李华, 等", [fg("王", "小明"), fg("李", "华")], True),
    ("zh", "王小明，李华", [fg("王", "小明"), fg("李", "华")], False),
    ("zh", "张伟等", [fg("张", "伟")], True),
    ("zh", "司马光", [fg("司马", "光")], False),
    ("zh", "Wang X, Li H, Zhang W", [fg("Wang", "X."), fg("Li", "H."), fg("Zhang", "W.")], False),
    # Japanese
    ("ja", "山田太郎, 佐藤花子", [fg("山田", "太郎"), fg("佐藤", "花子")], False),
    ("ja", "山田太郎・佐藤花子", [fg("山田", "太郎"), fg("佐藤", "花子")], False),
    ("ja", "田中一郎ほか", [fg("田中", "一郎")], True),
    ("ja", "鈴木 次郎, 高橋 三郎, 他", [fg("鈴木", "次郎"), fg("高橋", "三郎")], True),
    # English, several styles
    ("en", "Smith J, Doe K, Roe L, et al.", [fg("Smith", "J."), fg("Doe", "K."), fg("Roe", "L.")], True),
    ("en", "Smith, J., Doe, K., & Roe, L.", [fg("Smith", "J."), fg("Doe", "K."), fg("Roe", "L.")], False),
    ("en", "J. Smith, K. Doe, and L. Roe", [fg("Smith", "J."), fg("Doe", "K."), fg("Roe", "L.")], False),
    ("en", "SMITH, John and DOE, Jane", [fg("Smith", "John"), fg("Doe", "Jane")], False),
    ("en", "Smith, John, and Jane Doe", [fg("Smith", "John"), fg("Doe", "Jane")], False),
    ("en", "O'Brien, M. and McDonald, K.", [fg("O'Brien", "M."), fg("McDonald", "K.")], False),
]


@pytest.mark.parametrize(("lang", "text", "names", "truncated"), TABLE, ids=[f"{r[0]}:{r[1]}" for r in TABLE])
def test_names_in_many_languages(lang: str, text: str, names: list[dict[str, str]], truncated: bool) -> None:
    for hint in (lang, None):  # the hint helps; the text alone must do too
        result = parse_names(text, hint)
        assert (result.names, result.truncated) == (names, truncated), hint


def test_the_table_covers_the_held_out_languages() -> None:
    assert {r[0] for r in TABLE} >= {"fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sv", "tr", "ru", "zh", "ja", "en"}


# A second, harder batch, written before running it: capitals to restore, family-first Russian without a
# comma, compound surnames in Vancouver form, particles after the given name, et-al words of medical styles.
TABLE2 = [
    ("es", "García-López MJ, Martínez de la Torre P", [fg("García-López", "M. J."), fg("Martínez de la Torre", "P.")], False),
    ("es", "Ortega y Gasset J", [fg("Ortega y Gasset", "J.")], False),
    ("nl", "Vries, H. de", [fg("de Vries", "H.")], False),
    ("nl", "Hooft, G. 't", [fg("'t Hooft", "G.")], False),
    ("fr", "Saint-Exupéry, Antoine de", [fg("de Saint-Exupéry", "Antoine")], False),
    ("fr", "DUPONT-AIGNAN, Nicolas", [fg("Dupont-Aignan", "Nicolas")], False),
    ("de", "Schmidt K, Müller-Lüdenscheidt H", [fg("Schmidt", "K."), fg("Müller-Lüdenscheidt", "H.")], False),
    ("de", "SCHÄFER, Jürgen; KÖNIG, Anna", [fg("Schäfer", "Jürgen"), fg("König", "Anna")], False),
    ("ru", "Толстой Лев Николаевич", [fg("Толстой", "Лев Николаевич")], False),
    ("ru", "Л. Н. Толстой", [fg("Толстой", "Л. Н.")], False),
    ("ru", "ИВАНОВ И.И., ПЕТРОВ П.П.", [fg("Иванов", "И. И."), fg("Петров", "П. П.")], False),
    ("ru", "Петров П.П., Иванов И.И., Сидоров С.С. и др.", [fg("Петров", "П. П."), fg("Иванов", "И. И."),
                                                           fg("Сидоров", "С. С.")], True),
    ("pl", "KOWALSKI J., NOWAK A.", [fg("Kowalski", "J."), fg("Nowak", "A.")], False),
    ("pl", "Kowalski J, Nowak A, i wsp.", [fg("Kowalski", "J."), fg("Nowak", "A.")], True),
    ("cs", "DVOŘÁKOVÁ, Marie", [fg("Dvořáková", "Marie")], False),
    ("cs", "Novák J, Svoboda P, et al.", [fg("Novák", "J."), fg("Svoboda", "P.")], True),
    ("sv", "von Sydow, M.", [fg("von Sydow", "M.")], False),
    ("sv", "Andersson A, Ek L, m.fl.", [fg("Andersson", "A."), fg("Ek", "L.")], True),
    ("tr", "ÖZTÜRK, Ayşe", [fg("Öztürk", "Ayşe")], False),
    ("tr", "Öztürk A, Çelik Ş, ve ark.", [fg("Öztürk", "A."), fg("Çelik", "Ş.")], True),
    ("it", "Dell'Acqua, P.", [fg("Dell'Acqua", "P.")], False),
    ("pt", "Souza, M. de", [fg("de Souza", "M.")], False),
    ("zh", "王 小明, 李 华", [fg("王", "小明"), fg("李", "华")], False),
    ("zh", "欧阳娜娜", [fg("欧阳", "娜娜")], False),
    ("ja", "佐々木 健, 高橋 一郎", [fg("佐々木", "健"), fg("高橋", "一郎")], False),
    ("en", "Smith JA Jr, Doe K", [fg("Smith", "J. A.", suffix="Jr"), fg("Doe", "K.")], False),
    ("en", "van Beethoven, L.", [fg("van Beethoven", "L.")], False),
    ("en", "MacArthur D, Smith-Jones P", [fg("MacArthur", "D."), fg("Smith-Jones", "P.")], False),
]


@pytest.mark.parametrize(("lang", "text", "names", "truncated"), TABLE2, ids=[f"{r[0]}:{r[1]}" for r in TABLE2])
def test_harder_names_in_many_languages(lang: str, text: str, names: list[dict[str, str]], truncated: bool) -> None:
    result = parse_names(text, lang)
    assert (result.names, result.truncated) == (names, truncated)


# Found while fixing the table above (added after the first run, so not counted in its pass rate).
@pytest.mark.parametrize(("text", "names", "truncated"), [
    ("ジョン・スミス", [fg("スミス", "ジョン")], False),  # katakana: given・family, as the source language orders it
    ("约翰·史密斯", [fg("史密斯", "约翰")], False),
    ("山田 太郎・佐藤 花子", [fg("山田", "太郎"), fg("佐藤", "花子")], False),
    ("Smith J, Doe K (u. a.)", [fg("Smith", "J."), fg("Doe", "K.")], True),
    ("・", [fg("・")], False),
    ("Anna Maria Ulrich", [fg("Ulrich", "Anna Maria")], False),  # "-ich" alone is not a patronymic
    ("Дмитрий Дмитриевич Шостакович", [fg("Шостакович", "Дмитрий Дмитриевич")], False),
    ("Virtanen M ja Korhonen P", [fg("Virtanen", "M."), fg("Korhonen", "P.")], False),  # Finnish "ja" = and
    ("SMITH J AND DOE K", [fg("Smith", "J."), fg("Doe", "K.")], False),
    # CJK organisations are literals, not a one-character family and a long given name
    ("国家卫生健康委员会", [{"literal": "国家卫生健康委员会"}], False),
    ("王小明, 中国疾病预防控制中心", [fg("王", "小明"), {"literal": "中国疾病预防控制中心"}], False),
    ("厚生労働省", [{"literal": "厚生労働省"}], False),
    ("대한의학회", [{"literal": "대한의학회"}], False),
    ("王省吾", [fg("王", "省吾")], False),
    ("阿部一郎", [fg("阿部", "一郎")], False),
    # natural order in capitals reads as the inverted form does (a property check found the difference)
    ("J. KOWALSKI", [fg("Kowalski", "J.")], False),
    ("A. B. VAN DER BERG", [fg("van der Berg", "A. B.")], False),  # was given "A. B. V. A. N. D. E. R."
    ("A. DA SILVA, B. DOS SANTOS", [fg("da Silva", "A."), fg("dos Santos", "B.")], False),
    ("王小明，李华，等。", [fg("王", "小明"), fg("李", "华")], True),  # the ideographic full stop after 等
    ("山田太郎ほか。", [fg("山田", "太郎")], True),
])
def test_transliterated_names_and_bracketed_et_al(text: str, names: list[dict[str, str]], truncated: bool) -> None:
    result = parse_names(text)
    assert (result.names, result.truncated) == (names, truncated)


@pytest.mark.parametrize("text", [
    "Haute Autorité de Santé", "Rijksinstituut voor Volksgezondheid en Milieu", "Türk Dil Kurumu",
    "Ministerstvo zdravotnictví ČR", "Bundesministerium für Gesundheit", "Ministério da Saúde",
])
def test_agencies_in_more_languages_are_corporate(text):
    # 'Haute Autorité de Santé' came out of fix as 'de Santé HA'
    assert parse_names(text).names == [{"literal": text}]


@pytest.mark.parametrize(("lang", "text", "names"), [
    # GB/T 7714 prints Latin-script families in capitals with one-letter initials: the Y is Yu's, not Spanish "y"
    ("zh", "WANG Y, ZHOU Q, SUN X", [fg("Wang", "Y."), fg("Zhou", "Q."), fg("Sun", "X.")]),
    ("zh", "HUANG Y, LI E, XU I", [fg("Huang", "Y."), fg("Li", "E."), fg("Xu", "I.")]),
    # ISO 690 capitals: an upper-case particle inside the family, a lower-case conjunction between names
    ("es", "MENÉNDEZ Y PELAYO, Marcelino", [fg("Menéndez y Pelayo", "Marcelino")]),
    ("es", "PÉREZ, Ana y GÓMEZ, Luis", [fg("Pérez", "Ana"), fg("Gómez", "Luis")]),
    # Czech and Slovak ISO 690: the first name inverted, the others "Given FAMILY" joined by "a"
    ("cs", "HORÁK, Tomáš a Jana KRÁLOVÁ", [fg("Horák", "Tomáš"), fg("Králová", "Jana")]),
    ("cs", "HORÁK, Tomáš, Jiří BENEŠ a Eva NĚMCOVÁ",
     [fg("Horák", "Tomáš"), fg("Beneš", "Jiří"), fg("Němcová", "Eva")]),
    ("sk", "KOVÁČ, Peter a Mária HUDECOVÁ", [fg("Kováč", "Peter"), fg("Hudecová", "Mária")]),
])
def test_capitals_particles_and_iso690_natural_order(lang, text, names):
    assert parse_names(text, lang).names == names


def test_vancouver_with_lower_case_conjunction_still_splits():
    assert parse_names("Silva J e Souza K", "pt").names == [fg("Silva", "J."), fg("Souza", "K.")]
    assert parse_names("Smith JA, Doe K").names == [fg("Smith", "J. A."), fg("Doe", "K.")]


@pytest.mark.parametrize("text", ["Instituto Nacional de Estadística (INE)", "MINISTERSTVO ZDRAVOTNICTVÍ ČR",
                                  "Istituto Superiore di Sanità (ISS)"])
def test_agencies_with_acronyms_or_in_capitals_are_corporate(text):
    assert parse_names(text).names == [{"literal": text}]


def test_french_bracketed_initials_still_read_as_given_names():
    assert parse_names("Bugnon (A.-L.)").names == [fg("Bugnon", "A.-L.")]
