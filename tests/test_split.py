"""The splitter on real-looking lists: layouts, labels, headings, debris, wrapped lines, spans."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from refnorm import Entry, split
from refnorm.parsing.split import is_heading

MISSION = """Références

  1.  Zikuan Leng RZ Wei Hou, Yingmei Feng, ... Transplantation of ACE2- Mesenchymal Stem Cells Improves the Outcome
      of Patients with COVID-19 Pneumonia. Aging Dis. 9 mars 2020;11(2):216‑28.
  2.  According to Clinicaltrials.gov; search term COVID; search performed on 24th of April 2020.
  3.  Shi Y, Wang Y. COVID-19 infection: the perspectives on immune responses. Cell Death Differ [Internet]. 2020 [cité 5 mai 2020]; Disponible sur: https://www.nature.com/articles/
      s41418-020-0530-3

Related posts
  Ten tips for writing
"""

CASES = [
    # (name, text, [(label, text), ...])
    ("french numbered, heading, wrapped, URL broken, trailing junk", MISSION, [
        ("1.", "Zikuan Leng RZ Wei Hou, Yingmei Feng, ... Transplantation of ACE2- Mesenchymal Stem Cells "
               "Improves the Outcome of Patients with COVID-19 Pneumonia. Aging Dis. 9 mars 2020;11(2):216‑28."),
        ("2.", "According to Clinicaltrials.gov; search term COVID; search performed on 24th of April 2020."),
        ("3.", "Shi Y, Wang Y. COVID-19 infection: the perspectives on immune responses. Cell Death Differ "
               "[Internet]. 2020 [cité 5 mai 2020]; Disponible sur: "
               "https://www.nature.com/articles/s41418-020-0530-3"),
    ]),
    ("bracketed IEEE with glued numbering",
     "[1] A. Smith, \u201cTitle one,\u201d J. Foo, vol. 3, pp. 1\u20132, 2001.\n"
     "[2] B. Jones, \u201cTitle two,\u201d J. Bar, vol. 4, 2002. [3] C. Doe, \u201cThree,\u201d Nature, 2003.\n"
     "[4] D. Roe, Four. New York: Wiley, 1999.\n", [
         ("[1]", "A. Smith, \u201cTitle one,\u201d J. Foo, vol. 3, pp. 1\u20132, 2001."),
         ("[2]", "B. Jones, \u201cTitle two,\u201d J. Bar, vol. 4, 2002."),
         ("[3]", "C. Doe, \u201cThree,\u201d Nature, 2003."),
         ("[4]", "D. Roe, Four. New York: Wiley, 1999."),
     ]),
    ("APA hanging indent", "References\n\nSmith, J. (2019). A title of a paper. Journal of Things, 12(3),\n"
     "    45\u201367. https://doi.org/10.1000/xyz\nDoe, A., & Roe, B. (2020). Another title. Publisher.\n", [
         (None, "Smith, J. (2019). A title of a paper. Journal of Things, 12(3), 45\u201367. "
                "https://doi.org/10.1000/xyz"),
         (None, "Doe, A., & Roe, B. (2020). Another title. Publisher."),
     ]),
    ("APA wrapped flush left", "Smith, J. (2019). A title of a paper. Journal of Things, 12(3),\n"
     "45\u201367.\nDoe, A., & Roe, B. (2020). Another title. Publisher.\n", [
         (None, "Smith, J. (2019). A title of a paper. Journal of Things, 12(3), 45\u201367."),
         (None, "Doe, A., & Roe, B. (2020). Another title. Publisher."),
     ]),
    ("blank-line paragraphs, German", "Literaturverzeichnis\n\nMüller, H. (2019): Titel. In: Schmidt, K. (Hrsg.):\n"
     "Sammelband. Berlin: Springer, S. 12–19.\n\nMeier, A. (o. J.): Ein Buch. München: Beck.\n", [
         (None, "Müller, H. (2019): Titel. In: Schmidt, K. (Hrsg.): Sammelband. Berlin: Springer, S. 12–19."),
         (None, "Meier, A. (o. J.): Ein Buch. München: Beck."),
     ]),
    ("one per line, Vancouver wrapped by width",
     "Leng Z, Zhu R, Hou W. Transplantation of ACE2- Mesenchymal Stem Cells. Aging Dis. 9 mars\n"
     "2020;11(2):216-28.\nShi Y, Wang Y. COVID-19 infection. Cell Death Differ. 2020;27:1451-4.\n", [
         (None, "Leng Z, Zhu R, Hou W. Transplantation of ACE2- Mesenchymal Stem Cells. Aging Dis. 9 mars "
                "2020;11(2):216-28."),
         (None, "Shi Y, Wang Y. COVID-19 infection. Cell Death Differ. 2020;27:1451-4."),
     ]),
    ("parenthesised numbers, Spanish heading", "Bibliografía:\n(1) García Márquez G. Cien años. 1967.\n"
     "(2) Pérez J, López M. Título. Rev Esp Cardiol. 2019;72(3):1-9.\n", [
         ("(1)", "García Márquez G. Cien años. 1967."),
         ("(2)", "Pérez J, López M. Título. Rev Esp Cardiol. 2019;72(3):1-9."),
     ]),
    ("number with parenthesis, Russian heading", "Список литературы\n1) Иванов И. И. Книга. М.: Наука, 2001. 200 с.\n"
     "2) Петров П. П. Статья // Журнал. 2005. № 3. С. 5–9.\n", [
         ("1)", "Иванов И. И. Книга. М.: Наука, 2001. 200 с."),
         ("2)", "Петров П. П. Статья // Журнал. 2005. № 3. С. 5–9."),
     ]),
    ("bullets in markdown", "## References\n\n- Smith J. One. 2019.\n- Doe A. Two\n  continued. 2020.\n", [
        ("-", "Smith J. One. 2019."),
        ("-", "Doe A. Two continued. 2020."),
    ]),
    ("unicode bullets", "• Smith J. One. 2019.\n• Doe A. Two. 2020.\n", [
        ("•", "Smith J. One. 2019."), ("•", "Doe A. Two. 2020."),
    ]),
    ("web debris between entries (PLOS)", "1. Smith J. Title. J Foo. 2019;1:2-3.\nView Article\nPubMed/NCBI\n"
     "Google Scholar\n2. Doe A. Other. J Bar. 2020;2:3-4.\n View Article Google Scholar\n", [
         ("1.", "Smith J. Title. J Foo. 2019;1:2-3."), ("2.", "Doe A. Other. J Bar. 2020;2:3-4."),
     ]),
    ("MDPI debris tails", "1. Smith, J. Title. J. Foo 2019, 1, 2–3. [Google Scholar] [CrossRef] [PubMed]\n"
     "2. Doe, A. Other. J. Bar 2020, 2, 3–4. [Google Scholar]\n", [
         ("1.", "Smith, J. Title. J. Foo 2019, 1, 2–3."), ("2.", "Doe, A. Other. J. Bar 2020, 2, 3–4."),
     ]),
    ("CJK heading and lines", "参考文献\n[1] 张三, 李四. 论文题目[J]. 中国科学, 2019, 49(3): 1-10.\n"
     "[2] 山田太郎. 本のタイトル. 東京: 岩波書店, 2005.\n", [
         ("[1]", "张三, 李四. 论文题目[J]. 中国科学, 2019, 49(3): 1-10."),
         ("[2]", "山田太郎. 本のタイトル. 東京: 岩波書店, 2005."),
     ]),
    ("numbers without punctuation", "1 Smith J. Title. 2019.\n2 Doe A. Other title. 2020.\n3 Roe B. Third. 2021.\n", [
        ("1", "Smith J. Title. 2019."), ("2", "Doe A. Other title. 2020."), ("3", "Roe B. Third. 2021."),
    ]),
    ("years at line start are not labels", "2019. Title one by someone.\n2020. Something else.\n", [
        (None, "2019. Title one by someone."), (None, "2020. Something else."),
    ]),
    ("a single line", "Smith J. A lonely reference. Nature. 2020;580:1-2.", [
        (None, "Smith J. A lonely reference. Nature. 2020;580:1-2."),
    ]),
    ("CRLF line endings and tabs", "1.\tSmith J. One. 2019.\r\n2.\tDoe A. Two. 2020.\r\n", [
        ("1.", "Smith J. One. 2019."), ("2.", "Doe A. Two. 2020."),
    ]),
    ("a note between numbered entries", "1. Smith J. One. 2019.\n\nNote: entries 2-3 were retracted.\n\n"
     "2. Doe A. Two. 2020.\n", [
         ("1.", "Smith J. One. 2019."), (None, "Note: entries 2-3 were retracted."), ("2.", "Doe A. Two. 2020."),
     ]),
    ("glued after a DOI, numbering skips the glued number",
     "3. Huang C, Wang Y. Clinical features. Lancet. 2020;395(10223):497-506. doi:10.1016/S0140-6736(20)30183-5 "
     "4. Guan W-J, Ni Z-Y. Clinical Characteristics. N Engl J Med. 2020;382(18):1708‑20.\n"
     "5. Wang D, Hu B. Clinical Characteristics of 138 Patients. JAMA. 2020;323(11):1061‑9.\n", [
         ("3.", "Huang C, Wang Y. Clinical features. Lancet. 2020;395(10223):497-506. "
                "doi:10.1016/S0140-6736(20)30183-5"),
         ("4.", "Guan W-J, Ni Z-Y. Clinical Characteristics. N Engl J Med. 2020;382(18):1708‑20."),
         ("5.", "Wang D, Hu B. Clinical Characteristics of 138 Patients. JAMA. 2020;323(11):1061‑9."),
     ]),
    ("a stray leading space is not a hanging indent", "Smith J. One. 2019.\n Doe A. Two. 2020.\nRoe B. Three. 2021.\n", [
        (None, "Smith J. One. 2019."), (None, "Doe A. Two. 2020."), (None, "Roe B. Three. 2021."),
    ]),
    ("tab-indented continuation (hanging indent)", "Smith, J. (2019). One long title\n\tthat wraps. Publisher.\n"
     "Doe, A. (2020). Two. Publisher.\n", [
         (None, "Smith, J. (2019). One long title that wraps. Publisher."), (None, "Doe, A. (2020). Two. Publisher."),
     ]),
    ("alphanumeric keys", "[Smi19] Smith J. One. 2019.\n[Doe20] Doe A. Two. 2020.\n", [
        ("[Smi19]", "Smith J. One. 2019."), ("[Doe20]", "Doe A. Two. 2020."),
    ]),
    ("repeated-author dashes are not bullets", "Smith, J. 2019. One. London: Verso.\n"
     "———. 2020. Two. London: Verso.\n", [
         (None, "Smith, J. 2019. One. London: Verso."), (None, "———. 2020. Two. London: Verso."),
     ]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_split_table(name, text, expected):
    entries = split(text)
    assert [(e.label, e.text) for e in entries] == expected
    for e in entries:
        assert text[e.span.start:e.span.end] == e.raw
        assert e.raw.strip() == e.raw
        assert text.count("\n", 0, e.span.start) + 1 == e.line


@pytest.mark.parametrize("line", ["References", "REFERENCES:", "## Bibliography", "Références bibliographiques",
                                  "Literaturverzeichnis", "Bibliografía", "Список литературы", "参考文献",
                                  "**Works Cited**", "7. References", "Kaynakça", "Piśmiennictwo"])
def test_headings(line):
    assert is_heading(line)


@pytest.mark.parametrize("line", ["References to the work of Smith are in the appendix.",
                                  "Smith J. Literature. 2019.", "Notes on a scandal. London, 2003."])
def test_not_headings(line):
    assert not is_heading(line)


def test_span_of_entry_includes_label_and_all_lines():
    entries = split(MISSION)
    first = entries[0]
    assert first.raw.startswith("1.  Zikuan")
    assert first.raw.endswith("216‑28.")
    assert "\n" in first.raw
    assert isinstance(first, Entry)


def test_empty_and_blank():
    assert split("") == []
    assert split("\n\n  \n") == []
    assert split("References\n\n") == []


def test_rejects_non_text():
    with pytest.raises(TypeError):
        split(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,;:1234567890[]()-\n\t\r•—RefncsÀ参")), max_size=300))
@example("\t\t:\r0")  # a tab is four columns of indent but one character of offset
def test_split_never_raises_and_spans_are_exact(text):
    entries = split(text)
    last_end = 0
    for e in entries:
        assert e.span.start >= last_end
        assert text[e.span.start:e.span.end] == e.raw
        assert e.text.strip() == e.text and e.text
        last_end = e.span.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_split_never_raises_on_any_unicode(text):
    for e in split(text):
        assert text[e.span.start:e.span.end] == e.raw


def test_long_numbered_list_keeps_counting_past_four_digits():
    text = "".join(f"{i}. Smith J. Title number {i}. 2019.\n" for i in range(1, 10003))
    entries = split(text)
    assert len(entries) == 10002
    assert [e.label for e in entries[-3:]] == ["10000.", "10001.", "10002."]
    assert entries[-1].text == "Smith J. Title number 10002. 2019."


# ---------------------------------------------------------------------------- invariances
_REFS = ["Smith J. A title. Nature. 2020;1:2-3.", "Иванов И. И. Книга. М.: Наука, 2001. 200 с.",
         "王小明. 研究[J]. 科学, 2020, 1(2): 3-4.", "Müller, H. (2019): Titel. Berlin: Springer.",
         "Doe A, Roe B. Title two. Lancet. 2019;393:1-9.", "References", "Literatur", "Related posts", "Ibid.",
         "García Márquez G. Cien años. 1967.", "de la Cruz, M. (2018). Título. Madrid.", ""]
_LABELS = ["", "1. ", "[1] ", "1) ", "(1) ", "• ", "- ", "  "]


@st.composite
def _lists(draw: st.DrawFn) -> str:
    label = draw(st.sampled_from(_LABELS))
    lines = []
    for i, ref in enumerate(draw(st.lists(st.sampled_from(_REFS), max_size=8)), 1):
        if len(ref) > 20 and draw(st.booleans()):  # wrapped somewhere, with or without a hanging indent
            cut = draw(st.integers(5, len(ref) - 5))
            ref = ref[:cut] + draw(st.sampled_from(["\n", "\n    ", "\r\n", "\n\t"])) + ref[cut:]
        lines.append(label.replace("1", str(i)) + ref)
    return draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n  \n", "\r"])).join(lines)


@settings(max_examples=200, deadline=None)
@given(_lists(), st.sampled_from(["\n", "\n\n", "  ", "\t", ""]))
@example("• Smith J. A title. Nature. 2020;1:2-3.", "\n\n")  # a blank line after one bullet kept the bullet
@example("\ufeff  Smith \n    J. A title. Nature. 2020;1:2-3.", "")  # a BOM is no indent
def test_entries_do_not_depend_on_trailing_space_line_ends_or_a_bom(text: str, trail: str) -> None:
    texts = [e.text for e in split(text)]
    assert [e.text for e in split(text + trail)] == texts
    unix = text.replace("\r\n", "\n").replace("\r", "\n")
    assert [e.text for e in split(unix.replace("\n", "\r\n"))] == [e.text for e in split(unix)]
    with_bom = split("\ufeff" + text)
    assert [e.text for e in with_bom] == texts
    assert all(e.raw == ("\ufeff" + text)[e.span.start:e.span.end] for e in with_bom)


def test_invisible_characters_at_line_ends_are_padding() -> None:
    assert split("\ufeff") == [] and split("\u200b\n\u2060") == []
    entries = split("\ufeffReferences\n\ufeff1. Smith J. Title. 2020.\u200b\n2. Doe K. Two. 2019.\n")
    assert [(e.label, e.text) for e in entries] == [("1.", "Smith J. Title. 2020."), ("2.", "Doe K. Two. 2019.")]
    assert split("a\u200bb")[0].text == "a\u200bb"  # inside a line it is the unicode step's business


def test_a_bracketed_label_glued_to_the_previous_full_stop_is_cut_when_the_numbering_skips_it() -> None:
    text = ("[3] Smith, J. & Jones, K. (2020). Learning to read. Journal of Ed Psych, 112(4), 700–715.[4] Dupont P. "
            "La santé publique en France. Paris : PUF ; 2018. 256 p.\n[5] Roe, A. (2001). A title. Publisher.\n")
    entries = split(text)
    assert [e.label for e in entries] == ["[3]", "[4]", "[5]"]
    assert entries[0].text.endswith("700–715.") and entries[1].text.startswith("Dupont P.")


def test_a_line_opened_by_a_notes_mark_is_its_own_entry() -> None:
    text = ("1) Tanaka H. Outcomes. Gastric Cancer. 2019;22(2):301-9.\n"
            "2) Ruiz L. La reforma agraria. Historia Agraria. 2019;78:121-52.\n"
            "* Les références marquées d'un astérisque ont été consultées en version papier.\n")
    entries = split(text)
    assert [e.label for e in entries] == ["1)", "2)", None]
    assert entries[2].text.startswith("* Les références")
