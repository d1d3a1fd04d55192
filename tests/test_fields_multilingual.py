"""From labelled segments to a record: the corrections that read the text around a segment.

Each test labels a reference by hand the way the labeler goes wrong on such lines (an access date
read as pages, a year range as pages, "red. B. Kowal" as a container...) and checks the record.
The lines are written for these tests; none is a line of the multilingual dev sets.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labelling import hand_record
from refnorm.normalizers.types import infer_type, is_thesis_genre
from refnorm.parsing.fields import Segment, record_from_segments


def test_an_access_date_after_a_cue_wins_over_the_labels_inside_it() -> None:
    text = "Kraus, P. (2020): Pendeln in Bayern. https://example.org/pendeln (zuletzt abgerufen am 05.06.2021)."
    csl = hand_record(text, ("author", "Kraus, P."), ("issued", "2020"), ("title", "Pendeln in Bayern"),
                  ("URL", "https://example.org/pendeln"), ("page", "05.06"), ("issued", "2021"), lang="de")
    assert csl["accessed"] == {"date-parts": [[2021, 6, 5]]}
    assert csl["issued"] == {"date-parts": [[2020]]}
    assert "page" not in csl


@pytest.mark.parametrize(("cue", "date", "parts"), [
    ("[citado 4 abr 2019]", "4 abr 2019", [2019, 4, 4]),
    ("(dostęp: 30.09.2020)", "30.09", [2020, 9, 30]),
    ("(дата обращения: 01.12.2022)", "01.12", [2022, 12, 1]),
    ("Erişim tarihi: 7 Mart 2021", "7 Mart", [2021, 3, 7]),
])
def test_access_cues_of_several_languages(cue: str, date: str, parts: list[int]) -> None:
    text = f"Ente. Titolo della pagina. https://example.org/a {cue}"
    csl = hand_record(text, ("author", "Ente"), ("title", "Titolo della pagina"), ("URL", "https://example.org/a"),
                  ("number", date))
    assert csl["accessed"] == {"date-parts": [parts]}
    assert "number" not in csl


def test_a_bare_year_after_cited_is_not_an_access_date() -> None:
    text = "Most cited 2019 papers in ecology. Oikos. 2020;129(3):1-9."
    csl = hand_record(text, ("title", "Most cited 2019 papers in ecology"), ("container-title", "Oikos"),
                  ("issued", "2020"), ("volume", "129"), ("issue", "3"), ("page", "1-9"))
    assert "accessed" not in csl
    assert csl["title"] == "Most cited 2019 papers in ecology"


def test_gbt_update_and_access_dates() -> None:
    text = "王五. 年度统计报告[EB/OL]. (2020-01-02)[2021-03-04]. http://example.cn/b.html."
    csl = hand_record(text, ("author", "王五"), ("title", "年度统计报告"), ("number", "2020-01-02)[2021-03"),
                  ("accessed", "-04"), ("URL", "http://example.cn/b.html"))
    assert csl["issued"] == {"date-parts": [[2020, 1, 2]]}
    assert csl["accessed"] == {"date-parts": [[2021, 3, 4]]}
    assert "number" not in csl


def test_a_full_date_in_brackets_after_a_url_is_the_access_date() -> None:
    text = "Myndigheten (2020). Rapportens titel. https://example.se/rapport [2021-11-30]."
    csl = hand_record(text, ("author", "Myndigheten"), ("issued", "2020"), ("title", "Rapportens titel"),
                  ("URL", "https://example.se/rapport"), ("page", "2021-11-30"))
    assert csl["accessed"] == {"date-parts": [[2021, 11, 30]]}
    assert "page" not in csl


def test_an_iso_date_labelled_as_a_page_is_the_issue_date_and_gbt_newspaper_page() -> None:
    text = "赵六. 新闻标题[N]. 光明日报, 2019-05-04(3)."
    csl = hand_record(text, ("author", "赵六"), ("title", "新闻标题"), ("container-title", "光明日报"),
                  ("page", "2019-05-04"), ("issue", "3"))
    assert csl["issued"] == {"date-parts": [[2019, 5, 4]]}
    assert csl["page"] == "3"
    assert "issue" not in csl


def test_gbt_title_runs_to_the_document_code() -> None:
    text = "钱七. 走出“围城”: 城市化研究[M]. 上海: 上海人民出版社, 2011."
    csl = hand_record(text, ("author", "钱七"), ("title", "走出“围城"), ("container-title", "城市化研究"),
                  ("publisher-place", "上海"), ("publisher", "上海人民出版社"), ("issued", "2011"))
    assert csl["title"] == "走出“围城”: 城市化研究"
    assert "container-title" not in csl


def test_numero_before_a_volume_label_makes_it_an_issue() -> None:
    text = "Verdi L. (2016), Il lavoro povero, in «Rivista di economia», n. 42, pp. 7-30."
    csl = hand_record(text, ("author", "Verdi L."), ("issued", "2016"), ("title", "Il lavoro povero"),
                  ("container-title", "Rivista di economia"), ("volume", "42"), ("page", "7-30"))
    assert csl["issue"] == "42"
    assert "volume" not in csl


def test_a_year_range_after_a_title_belongs_to_it() -> None:
    text = "Judd, Tom. Afterwards: Europe Rebuilt, 1945–1960. London: Harbour Press, 2003."
    csl = hand_record(text, ("author", "Judd, Tom"), ("title", "Afterwards: Europe Rebuilt"), ("page", "1945–1960"),
                  ("publisher-place", "London"), ("publisher", "Harbour Press"), ("issued", "2003"))
    assert csl["title"] == "Afterwards: Europe Rebuilt, 1945–1960"
    assert "page" not in csl


def test_a_page_range_in_a_journal_is_not_taken_into_the_title() -> None:
    text = "Roe A. Tides. Mar Geol. 2001, 1901-1950."
    csl = hand_record(text, ("author", "Roe A"), ("title", "Tides"), ("container-title", "Mar Geol"),
                  ("issued", "2001"), ("page", "1901-1950"))
    assert csl["page"] == "1901-1950"


def test_a_genre_run_into_the_title_without_punctuation_is_title() -> None:
    text = "Neri A., Guida alla tesi di dottorato, Carocci, Roma 2011."
    csl = hand_record(text, ("author", "Neri A."), ("title", "Guida alla"), ("genre", "tesi di dottorato"),
                  ("publisher", "Carocci"), ("publisher-place", "Roma"), ("issued", "2011"))
    assert csl["title"] == "Guida alla tesi di dottorato"
    assert "genre" not in csl
    assert infer_type(csl) == "book"


def test_a_leading_container_before_the_date_is_a_corporate_author() -> None:
    text = "Ministry of Transport (2018) Road safety strategy. Wellington: MoT."
    csl = hand_record(text, ("container-title", "Ministry of Transport"), ("issued", "2018"),
                  ("title", "Road safety strategy"), ("publisher-place", "Wellington"), ("publisher", "MoT"))
    assert csl["author"] == [{"literal": "Ministry of Transport"}]
    assert "container-title" not in csl


def test_names_after_red_are_editors_and_the_book_before_them_the_container() -> None:
    text = "Nowak B., Tytuł rozdziału, [w:] Księga pamiątkowa, red. J. Kowal, Wydawnictwo X, Kraków 2010, s. 1–9."
    csl = hand_record(text, ("author", "Nowak B."), ("title", "Tytuł rozdziału"), ("editor", "Księga pamiątkowa"),
                  ("container-title", "J. Kowal"), ("publisher", "Wydawnictwo X"), ("publisher-place", "Kraków"),
                  ("issued", "2010"), ("page", "1–9"), lang="pl")
    assert csl["editor"] == [{"family": "Kowal", "given": "J."}]
    assert csl["container-title"] == "Księga pamiątkowa"


def test_a_page_range_cut_at_a_fullwidth_dash() -> None:
    text = "山本一（2010）「論文の題」『雑誌』第３巻，１２－３４頁．"
    csl = hand_record(text, ("author", "山本一"), ("issued", "2010"), ("title", "論文の題"), ("container-title", "雑誌"),
                  ("volume", "３"), ("page", "１２"))
    assert csl["page"] == "12-34"


@pytest.mark.parametrize("container", ["Rev Esp Cardiol (Engl Ed)", "Proc. Conf. Parsing (CoPa)"])
def test_a_closing_bracket_that_closes_one_inside_stays(container: str) -> None:
    text = f"Ruiz J. Un título. {container}. 2020;73(1):1-8."
    csl = hand_record(text, ("author", "Ruiz J"), ("title", "Un título"), ("container-title", container),
                  ("issued", "2020"), ("volume", "73"), ("issue", "1"), ("page", "1-8"))
    assert csl["container-title"] == container


def test_apa7_thesis_bracket() -> None:
    text = "Lee, K. (2020). Sleep and memory in adolescents [Doctoral dissertation, University of Leeds]. White Rose."
    csl = hand_record(text, ("author", "Lee, K."), ("issued", "2020"),
                  ("title", "Sleep and memory in adolescents [Doctoral dissertation, University of Leeds"),
                  ("container-title", "White Rose"))
    assert csl["title"] == "Sleep and memory in adolescents"
    assert csl["genre"] == "Doctoral dissertation"
    assert csl["publisher"] == "University of Leeds"
    assert csl["archive"] == "White Rose"
    assert "container-title" not in csl
    assert infer_type(csl) == "thesis"


def test_a_bracket_that_is_no_thesis_is_left_alone() -> None:
    text = "Poe, E. (2019). Notes [Letter, March 3]. Archive."
    csl = hand_record(text, ("author", "Poe, E."), ("issued", "2019"), ("title", "Notes [Letter, March 3]"))
    assert "genre" not in csl and "publisher" not in csl


def test_gost_chapter_with_double_slash_and_editor() -> None:
    text = "Орлов К. Л. Глава о реформах // Сборник о реформах : сб. ст. / под ред. Т. Р. Белова. М. : Мысль, 2001. С. 5–20."
    csl = hand_record(text, ("author", "Орлов К. Л."), ("title", "Глава о реформах // Сборник о реформах : сб. ст"),
                  ("container-title", "Т. Р. Белова"), ("publisher-place", "М."), ("publisher", "Мысль"),
                  ("issued", "2001"), ("page", "С. 5–20"), lang="ru")
    assert csl["title"] == "Глава о реформах"
    assert csl["container-title"] == "Сборник о реформах"
    assert csl["editor"][0]["family"] == "Белов"  # "под ред." puts the name in the genitive


def test_gost_statement_of_responsibility_and_thesis() -> None:
    text = "Лисин П. Р. Теплообмен в каналах : дис. ... канд. техн. наук. Казань, 2015. 150 с."
    csl = hand_record(text, ("author", "Лисин П. Р."), ("title", "Теплообмен в каналах : дис"),
                  ("genre", "канд. техн. наук"), ("publisher-place", "Казань"), ("issued", "2015"), ("page", "150 с"),
                  lang="ru")
    assert csl["title"] == "Теплообмен в каналах"
    assert csl["genre"] == "дис. ... канд. техн. наук"
    assert csl.get("number-of-pages") == "150" and "page" not in csl
    assert infer_type(csl) == "thesis"
    # (": учебник для вузов" stays in the title; a bare ": учебник" is dropped, tests/test_repair_s14.py)
    text = "Лисин П. Р. Основы теплообмена : учебник для вузов / П. Р. Лисин. Казань : Наука, 2019."
    csl = hand_record(text, ("author", "Лисин П. Р."), ("title", "Основы теплообмена : учебник для вузов / П"),
                  ("publisher-place", "Казань"), ("publisher", "Наука"), ("issued", "2019"), lang="ru")
    assert csl["title"] == "Основы теплообмена : учебник для вузов"


def test_a_standard_code_opening_the_reference_is_its_number() -> None:
    text = "ISO 8601-1:2019 Date and time. Geneva: ISO, 2019."
    csl = hand_record(text, ("author", "ISO"), ("issued", "8601"), ("title", "1:2019 Date and time"),
                  ("publisher-place", "Geneva"), ("publisher", "ISO"), ("issued", "2019"))
    assert csl["number"] == "ISO 8601-1:2019"
    assert csl["title"] == "Date and time"
    assert csl["issued"] == {"date-parts": [[2019]]}
    assert "author" not in csl


def test_place_and_publisher_read_as_a_container() -> None:
    text = "Statistikkbyrå. (2019). Årlig undersøkelse. Kongsvinger: SSB."
    csl = hand_record(text, ("author", "Statistikkbyrå"), ("issued", "2019"), ("title", "Årlig undersøkelse"),
                  ("container-title", "Kongsvinger: SSB"))
    assert csl["publisher-place"] == "Kongsvinger" and csl["publisher"] == "SSB"
    assert "container-title" not in csl


def test_abnt_journal_place_before_the_volume() -> None:
    text = "LIMA, J. Título do artigo. Revista de Estudos, Porto Alegre, v. 8, n. 2, p. 3-9, 2017."
    csl = hand_record(text, ("author", "LIMA, J."), ("title", "Título do artigo"),
                  ("container-title", "Revista de Estudos, Porto Alegre"), ("volume", "v. 8"), ("issue", "n. 2"),
                  ("page", "3-9"), ("issued", "2017"))
    assert csl["container-title"] == "Revista de Estudos"
    assert csl["publisher-place"] == "Porto Alegre"
    text = "Doe J. A title. Journal of Things, Part B, v. 8, p. 3-9, 2017."
    csl = hand_record(text, ("author", "Doe J"), ("title", "A title"), ("container-title", "Journal of Things, Part B"),
                  ("volume", "v. 8"), ("page", "3-9"), ("issued", "2017"))
    assert csl["container-title"] == "Journal of Things, Part B"


def test_a_number_run_into_a_date_segment() -> None:
    text = "OFS. Bilan annuel [en ligne]. Notes OFS, n° 77, mars 2021."
    csl = hand_record(text, ("author", "OFS"), ("title", "Bilan annuel"), ("container-title", "Notes OFS"),
                  ("issued", "77, mars 2021"), lang="fr")
    assert csl["issued"] == {"date-parts": [[2021, 3]]}


def test_container_tails_of_apa_in_turkish() -> None:
    text = "Kara, A. (2018). Bölüm adı. B. Ak (Ed.), Kitap adı içinde (s. 10-20). Ankara: Yayınevi."
    csl = hand_record(text, ("author", "Kara, A."), ("issued", "2018"), ("title", "Bölüm adı"), ("editor", "B. Ak"),
                  ("container-title", "Kitap adı içinde (s"), ("page", "10-20"), ("publisher-place", "Ankara"),
                  ("publisher", "Yayınevi"), lang="tr")
    assert csl["container-title"] == "Kitap adı"


@pytest.mark.parametrize(("genre", "thesis"), [
    ("Diss", True), ("дис. ... канд. филол. наук", True), ("канд. экон. наук", True), ("Proefschrift", True),
    ("Doktora tezi", True), ("Discussion paper", False), ("Dissemination report", False),
])
def test_thesis_genres(genre: str, thesis: bool) -> None:
    assert is_thesis_genre(genre) is thesis
    assert (infer_type({"title": "T", "genre": genre, "publisher": "P"}) == "thesis") is thesis


def test_a_series_after_the_imprint_is_a_collection() -> None:
    text = "NOVOTNÝ, Karel. Dějiny obce. Brno: Host, 2010. Edice Paměť, sv. 12."
    csl = hand_record(text, ("author", "NOVOTNÝ, Karel"), ("title", "Dějiny obce"), ("publisher-place", "Brno"),
                  ("publisher", "Host"), ("issued", "2010"), ("container-title", "Edice Paměť"), ("volume", "12"))
    assert csl["collection-title"] == "Edice Paměť" and csl["collection-number"] == "12"
    assert "container-title" not in csl and "volume" not in csl
    assert infer_type(csl) == "book"


def test_a_bracketed_series_note_and_a_language_note() -> None:
    text = "SILVA, J. Título do livro. Rio de Janeiro: Zahar, 2001. (Coleção Estudos, v. 9)."
    csl = hand_record(text, ("author", "SILVA, J."), ("title", "Título do livro"), ("publisher-place", "Rio de Janeiro"),
                  ("publisher", "Zahar"), ("issued", "2001"), ("note", "Coleção Estudos, v. 9"))
    assert csl["collection-title"] == "Coleção Estudos" and csl["collection-number"] == "9"
    text = "Petrov P. Title of the book. Moscow: Nauka, 2001. (in Russian)."
    csl = hand_record(text, ("author", "Petrov P."), ("title", "Title of the book"), ("publisher-place", "Moscow"),
                  ("publisher", "Nauka"), ("issued", "2001"), ("note", "in Russian"))
    assert "collection-title" not in csl


def test_a_page_count_read_as_a_second_title() -> None:
    text = "Петров П. П. Книга о городе. М.: Наука, 2001. 250 с."
    csl = hand_record(text, ("author", "Петров П. П."), ("title", "Книга о городе"), ("publisher-place", "М."),
                  ("publisher", "Наука"), ("issued", "2001"), ("title", "250 с"), lang="ru")
    assert csl.get("number-of-pages") == "250"
    assert "container-title" not in csl and "page" not in csl


def test_a_year_read_as_a_volume() -> None:
    text = "李四. 城市研究的题目[J]. 社会学研究, 2017(3): 1-20."
    csl = hand_record(text, ("author", "李四"), ("title", "城市研究的题目"), ("container-title", "社会学研究"),
                  ("volume", "2017"), ("issue", "3"), ("page", "1-20"))
    assert csl["issued"] == {"date-parts": [[2017]]}
    assert "volume" not in csl


def test_a_japanese_book_title_in_double_brackets() -> None:
    text = "山田花子『近代都市の形成・発展・変容』東京大学出版会, 2015年, 320頁."
    csl = hand_record(text, ("author", "山田花子"), ("title", "近代都市の形成・発展"), ("container-title", "変容』東京大学出版会"),
                  ("issued", "2015年"), ("page", "320"), lang="ja")
    assert csl["title"] == "近代都市の形成・発展・変容"
    assert csl["publisher"] == "東京大学出版会"
    assert "container-title" not in csl and csl.get("number-of-pages") == "320"


def test_a_publisher_before_its_place_read_as_a_container() -> None:
    text = "Rossi G., Storia della città, Laterza, Bari 2005."
    csl = hand_record(text, ("author", "Rossi G."), ("title", "Storia della città"), ("container-title", "Laterza"),
                  ("publisher-place", "Bari"), ("issued", "2005"))
    assert csl["publisher"] == "Laterza" and "container-title" not in csl
    assert infer_type(csl) == "book"


def test_an_edited_book_cited_whole() -> None:
    text = "Bianchi A., Verdi B. (a cura di), Città e territorio. Nuove prospettive, Carocci, Roma 2012."
    csl = hand_record(text, ("author", "Bianchi A., Verdi B."), ("title", "a cura di), Città e territorio"),
                  ("container-title", "Nuove prospettive"), ("publisher", "Carocci"), ("publisher-place", "Roma"),
                  ("issued", "2012"), lang="it")
    assert [e["family"] for e in csl["editor"]] == ["Bianchi", "Verdi"] and "author" not in csl
    assert csl["title"] == "Città e territorio. Nuove prospettive"
    assert "container-title" not in csl


def test_a_licence_is_no_number() -> None:
    text = "Agency. Annual report 2021. Geneva: Agency; 2021. Licence: CC BY 4.0."
    csl = hand_record(text, ("author", "Agency"), ("title", "Annual report 2021"), ("publisher-place", "Geneva"),
                  ("publisher", "Agency"), ("issued", "2021"), ("number", "Licence: CC BY 4"))
    assert "number" not in csl


def test_thesis_bracket_in_portuguese_drops_a_place_from_the_repository() -> None:
    text = "Sousa, R. (2019). Título da tese [Tese de doutorado, Universidade do Porto]. Repositório Aberto do Porto."
    csl = hand_record(text, ("author", "Sousa, R."), ("issued", "2019"), ("title", "Título da tese"),
                  ("publisher-place", "Porto"))
    assert csl["genre"] == "Tese de doutorado" and csl["publisher"] == "Universidade do Porto"
    assert "publisher-place" not in csl
    assert is_thesis_genre("Dissertação de mestrado")


_LABELS = ["author", "editor", "title", "container-title", "collection-title", "publisher", "publisher-place",
           "issued", "accessed", "volume", "issue", "page", "number", "genre", "note", "URL", "DOI", "ISBN",
           "citation-number", "edition"]
_PIECES = ["Smith, J.", " (2020) ", "『題』", "「題」", "[J]", "[M]. ", "//", " / ", "(a cura di), ", "red. ", "n. ",
           "dostęp: ", "cited ", "2021-03-04", "12.01.2023", "(2020-01-02)[2021-03-04]", "1914–1991", "45－62",
           ", São Paulo, v. 3", "[Doctoral dissertation, Univ X]", ": дис. ... канд. наук", "GB/T 7714—2015 ",
           "Den Haag: CBS", " (Rome)", "(", ")", "içinde (s", "Licence: CC", "https://x.org/a [2020-01-02]", "3(234)"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([*_LABELS, "O"])), min_size=1, max_size=14))
def test_records_from_any_labelled_pieces_never_raise(pieces: list[tuple[str, str]]) -> None:
    text, segs = "", []
    for i, (piece, label) in enumerate(pieces):
        start = len(text)
        text += piece
        if label != "O" and piece.strip():
            segs.append(Segment(label, start, len(text), i, i))
    csl, _ = record_from_segments(text, segs, None)
    assert isinstance(csl, dict)
    assert all(isinstance(k, str) for k in csl)
    infer_type(csl)


@pytest.mark.parametrize(("edition", "number"), [("(12. baskı)", "12"), ("(4. Aufl.)", "4"), ("(3e éd.)", "3"),
                                                  ("(2nd ed.)", "2")])
def test_an_edition_in_brackets_after_the_title(edition: str, number: str) -> None:
    text = f"Yazar, A. (2015). Kitabın adı {edition}. Ankara: Yayınevi."
    csl = hand_record(text, ("author", "Yazar, A."), ("issued", "2015"), ("title", "Kitabın adı"),
                  ("publisher-place", "Ankara"), ("publisher", "Yayınevi"))
    assert csl["edition"] == number

