"""Titles in the languages of the multilingual held-out set: quotes go, case and inner punctuation stay.

Written before the normaliser was run on it (results before/after in docs/normalizers.md).
"""

from __future__ import annotations

import pytest

from refnorm.normalizers.titles import clean_title

# (language, text, title)
TABLE = [
    ("fr", "« La France et l’Europe »", "La France et l’Europe"),
    ("fr", "«\u00a0Titre de l’article\u00a0».", "Titre de l’article"),
    ("fr", "Transplantation des cellules souches : une revue.", "Transplantation des cellules souches : une revue"),
    ("fr", "L’Économie de la France [En ligne].", "L’Économie de la France"),
    ("de", "„Die Geschichte der Stadt“.", "Die Geschichte der Stadt"),
    ("de", "Zur Kritik der politischen Ökonomie. Bd. 1", "Zur Kritik der politischen Ökonomie. Bd. 1"),
    ("de", "Das Kapital: Kritik der politischen Ökonomie.", "Das Kapital: Kritik der politischen Ökonomie"),
    ("es", "«El Quijote y su tiempo».", "El Quijote y su tiempo"),
    ("es", "¿Qué es la ciencia?", "¿Qué es la ciencia?"),
    ("es", "“Cien años de soledad,”", "Cien años de soledad"),
    ("pt", "“A hora da estrela”.", "A hora da estrela"),
    ("pt", "Memórias póstumas de Brás Cubas [recurso eletrônico].", "Memórias póstumas de Brás Cubas"),
    ("it", "«Il nome della rosa».", "Il nome della rosa"),
    ("it", "La Divina Commedia [in linea].", "La Divina Commedia"),
    ("nl", "‘De ontdekking van de hemel’.", "De ontdekking van de hemel"),
    ("nl", "Het Achterhuis.", "Het Achterhuis"),
    ("pl", "„Pan Tadeusz, czyli ostatni zajazd na Litwie”.", "Pan Tadeusz, czyli ostatni zajazd na Litwie"),
    ("cs", "„Osudy dobrého vojáka Švejka“.", "Osudy dobrého vojáka Švejka"),
    ("sv", "”Röda rummet”.", "Röda rummet"),
    ("sv", "Utvandrarna.", "Utvandrarna"),
    ("tr", "“Türkiye’de eğitim: bir değerlendirme”.", "Türkiye’de eğitim: bir değerlendirme"),
    ("tr", "İstanbul Hatırası.", "İstanbul Hatırası"),
    ("ru", "«Война и мир».", "Война и мир"),
    ("ru", "Война и мир [Электронный ресурс].", "Война и мир"),
    ("ru", "Теория вероятностей : учебник.", "Теория вероятностей : учебник"),
    ("zh", "《红楼梦》", "红楼梦"),
    ("zh", "基于深度学习的图像识别研究。", "基于深度学习的图像识别研究"),
    ("zh", "“机器学习”综述", "“机器学习”综述"),
    ("ja", "「吾輩は猫である」", "吾輩は猫である"),
    ("ja", "『源氏物語』の研究。", "『源氏物語』の研究"),
    ("en", "“Deep learning.”", "Deep learning"),
    ("en", "Deep Learning in the U.S.", "Deep Learning in the U.S."),
    ("en", "deep learning for all", "deep learning for all"),
    ("en", "DEEP LEARNING FOR ALL.", "DEEP LEARNING FOR ALL"),
    ("en", "Who Needs 'Identity'?", "Who Needs 'Identity'?"),
]


@pytest.mark.parametrize(("lang", "text", "title"), TABLE, ids=[f"{r[0]}:{r[1]}" for r in TABLE])
def test_titles_in_many_languages(lang: str, text: str, title: str) -> None:
    assert clean_title(text) == title


# A second, harder batch, written before running it: medium markers and document-type codes in more
# languages (GB/T 7714's "[J]", "[EB/OL]"), quotes nested inside quotes, case kept as written.
TABLE2 = [
    ("zh", "基于深度学习的图像识别研究[J].", "基于深度学习的图像识别研究"),
    ("zh", "机器学习[M].", "机器学习"),
    ("zh", "新冠肺炎疫情防控指南[EB/OL].", "新冠肺炎疫情防控指南"),
    ("zh", "城市交通规划研究[D]", "城市交通规划研究"),
    ("zh", "人工智能发展报告[R/OL]", "人工智能发展报告"),
    ("pl", "Lalka [Dokument elektroniczny].", "Lalka"),
    ("cs", "Babička [elektronický zdroj].", "Babička"),
    ("sv", "Röda rummet [Elektronisk resurs].", "Röda rummet"),
    ("it", "I promessi sposi [risorsa elettronica].", "I promessi sposi"),
    ("tr", "Kürk Mantolu Madonna [Çevrimiçi].", "Kürk Mantolu Madonna"),
    ("uk", "Кобзар [Електронний ресурс].", "Кобзар"),
    ("de", "Faust [Online-Ressource].", "Faust"),
    ("de", "„Die ‚neue‘ Stadt“.", "Die ‚neue‘ Stadt"),
    ("fr", "« Le “nouveau” roman ».", "Le “nouveau” roman"),
    ("fr", "« Qu’est-ce que la littérature ? »", "Qu’est-ce que la littérature ?"),
    ("es", "«¡Viva la vida!».", "¡Viva la vida!"),
    ("ja", "『ノルウェイの森』.", "ノルウェイの森"),
    ("ja", "日本語の研究 [オンライン].", "日本語の研究"),
    ("ru", "«Мастер и Маргарита» : роман.", "«Мастер и Маргарита» : роман"),
    ("en", "THE ORIGIN OF SPECIES.", "THE ORIGIN OF SPECIES"),
    ("en", "The origin of species...", "The origin of species..."),
    ("en", "What is life?.", "What is life?"),
    ("en", "“‘Big data’ in health care”.", "‘Big data’ in health care"),
    ("en", "Deep learning [Internet]. [cited 2020 May 5].", "Deep learning. [cited 2020 May 5]"),
]


@pytest.mark.parametrize(("lang", "text", "title"), TABLE2, ids=[f"{r[0]}:{r[1]}" for r in TABLE2])
def test_harder_titles_in_many_languages(lang: str, text: str, title: str) -> None:
    assert clean_title(text) == title
