"""Adapters: spans, labels, what is untouched, round trips (no edit = byte-identical output)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refnorm.errors import ConfigError, InputError
from refnorm.io import adapter_for, bibtex, csljson, cslyaml, format_for, latex, markdown, text
from refnorm.io.document import detect_newline

DATA = Path(__file__).parent / "data" / "fix"
EXAMPLES = sorted(p for p in DATA.iterdir() if p.suffix != ".md")


def simple_split(t):
    """A splitter honouring `refnorm.split`'s contract for 'N. text' lines (for adapter-only tests)."""
    import re

    from refnorm.model import Entry, Span

    out = []
    for m in re.finditer(r"(?m)^[ \t]*(\d+\.)[ \t]+(.+)$", t):
        out.append(Entry(m.group(2).strip(), Span(m.start(), m.end()), m.group(0), m.group(1),
                         t.count("\n", 0, m.start()) + 1))
    return out


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_unedited_document_is_written_back_byte_for_byte(path):
    adapter = adapter_for(path)
    src = path.read_text(encoding="utf-8")
    doc = adapter.read(src, split=simple_split) if adapter in (text, markdown) else adapter.read(src)
    assert doc.items, "every example holds references"
    for it in doc.items:
        assert it.span.slice(src) == it.raw
    assert adapter.write(doc) == src
    assert adapter.write(doc.with_edits({})) == src


@pytest.mark.parametrize(("name", "fmt"), [
    ("refs.txt", "text"), ("paper.md", "markdown"), ("paper.qmd", "markdown"), ("paper.Rmd", "markdown"),
    ("main.tex", "latex"), ("refs.bib", "bibtex"), ("refs.json", "csl-json"), ("refs.yaml", "csl-yaml"),
    ("refs.yml", "csl-yaml"), ("refs", "text"),
])
def test_format_from_extension(name, fmt):
    assert format_for(name) == fmt


def test_forced_format_and_unknown_format():
    assert format_for("x.txt", "bib") == "bibtex"
    with pytest.raises(ConfigError):
        format_for("x.txt", "docx")


def test_text_list_edit_keeps_label_indentation_and_crlf():
    src = "References\r\n\r\n  1. Old one\r\n     wrapped.\r\n  2. Second.\r\n"
    doc = text.read(src, split=lambda t: [e for e in _indented_split(t)])
    assert detect_newline(src) == "\r\n"
    out = text.write(doc.with_edits({0: ["New one."]}))
    assert out == "References\r\n\r\n  1. New one.\r\n  2. Second.\r\n"


def _indented_split(t):
    from refnorm.model import Entry, Span

    first = t.index("  1.")
    second = t.index("  2.")
    end1 = t.rindex("wrapped.") + len("wrapped.")
    end2 = t.rindex("Second.") + len("Second.")
    return [Entry("Old one wrapped.", Span(first, end1), t[first:end1], "1.", 3),
            Entry("Second.", Span(second, end2), t[second:end2], "2.", 5)]


def test_split_entry_renumbers_a_sequential_list():
    src = "1. A.\n2. B glued C.\n3. D.\n"
    doc = text.read(src, split=simple_split)
    out = text.write(doc.with_edits({1: ["B.", "C."]}))
    assert out == "1. A.\n2. B.\n3. C.\n4. D.\n"


def test_split_entry_fills_the_gap_the_glue_left():
    src = "1. A.\n2. B. 3. C.\n4. D.\n"  # simple_split never splits inside a line: "2. B. 3. C." is one entry
    doc = text.read(src, split=simple_split)
    out = text.write(doc.with_edits({1: ["B.", "C."]}))
    assert out == "1. A.\n2. B.\n3. C.\n4. D.\n"


def test_split_entry_in_a_list_with_gaps_uses_letters():
    src = "1. A.\n5. B glued C.\n9. D.\n"
    doc = text.read(src, split=simple_split)
    out = text.write(doc.with_edits({1: ["B.", "C."]}))
    assert out == "1. A.\n5. B.\n5b. C.\n9. D.\n"


def test_markdown_touches_only_the_reference_section():
    src = (DATA / "paper.qmd").read_text(encoding="utf-8")
    regions = markdown.reference_sections(src)
    assert len(regions) == 1  # the "# References" inside the code block is not a section
    section = regions[0].slice(src)
    assert section.lstrip().startswith("1. Leng") and "Acknowledgements" not in section
    doc = markdown.read(src, split=simple_split)
    kinds = [it.kind for it in doc.items]
    assert kinds.count("record") == 2 and kinds.count("entry") == 4
    i = kinds.index("entry")
    out = markdown.write(doc.with_edits({i: ["Replaced."]}))
    assert out.replace("1. Replaced.", doc.items[i].raw, 1) == src


def test_markdown_front_matter_records_are_rewritten_as_yaml():
    src = (DATA / "paper.qmd").read_text(encoding="utf-8")
    doc = markdown.read(src, split=simple_split)
    rec = dict(doc.items[0].record)
    rec["page"] = "216-228"
    out = markdown.write(doc.with_edits({0: [rec]}))
    again = markdown.read(out, split=simple_split)
    assert again.items[0].record["page"] == "216-228"
    assert again.items[1].record == doc.items[1].record
    # only the changed record is dumped again, in the file's own style: one line differs
    assert out == src.replace("    page: 216–28\n", "    page: 216-228\n", 1)


def test_markdown_with_numeric_citations_does_not_renumber():
    src = "Text cites [2].\n\n## References\n\n1. A.\n2. B glued C.\n3. D.\n"
    doc = markdown.read(src, split=simple_split)
    assert not doc.renumber
    out = markdown.write(doc.with_edits({1: ["B.", "C."]}))
    assert out.endswith("1. A.\n2. B.\n2b. C.\n3. D.\n")


@pytest.mark.parametrize("heading", ["# Références", "## Literatur", "### Bibliografía", "## Литература",
                                     "**Bibliography**", "References\n----------", "## 7. References {#refs}"])
def test_markdown_headings_in_many_languages(heading):
    src = f"# Paper\n\nBody.\n\n{heading}\n\n1. A reference, 2020.\n"
    (region,) = markdown.reference_sections(src)
    assert region.slice(src).strip() == "1. A reference, 2020."


def test_latex_bibitems_keys_and_optional_labels():
    src = (DATA / "thebibliography.tex").read_text(encoding="utf-8")
    doc = latex.read(src)
    assert [it.key for it in doc.items] == ["leng2020", "shi2020", "matthay2019", "clinicaltrials"]
    assert doc.items[1].prefix.startswith(r"\bibitem[Shi et~al.(2020)]{shi2020}")
    assert doc.items[0].entry.text.startswith("Leng Z, Zhu R, Hou W, et al. Transplantation of ACE2-")
    assert "{\\em" not in doc.items[0].entry.text and "\\newblock" not in doc.items[0].entry.text
    out = latex.write(doc.with_edits({1: ["Shi Y. Immune 50% & more_x. 2020.", "Other A. Second. 2021."]}))
    assert "\\bibitem[Shi et~al.(2020)]{shi2020}\nShi Y. Immune 50\\% \\& more\\_x. 2020." in out
    assert "\\bibitem{shi2020b}\nOther A. Second. 2021." in out
    assert out.startswith(src[:src.index("\\bibitem")])
    assert out.endswith(src[src.index("\\bibitem{matthay2019}"):])
    assert len(latex.read(out).items) == 5


def test_bibtex_keeps_comments_macros_and_untouched_entries():
    src = (DATA / "library.bib").read_text(encoding="utf-8")
    doc = bibtex.read(src)
    assert [it.key for it in doc.items] == ["zhu2020", "huang2020", "Matthay2019", "goodfellow2016"]
    zhu = doc.items[0].record
    assert zhu["container-title"] == "New England Journal of Medicine"  # macro resolved for reading
    assert zhu["issued"] == {"date-parts": [[2020, 2]]} and zhu["author"][0] == {"family": "Zhu", "given": "Na"}
    assert doc.items[2].record["page"] == "18"
    new = dict(zhu, page="727-733", DOI="10.1056/NEJMoa2001017", title="Changed title is not written")
    matt = dict(doc.items[2].record, DOI="10.1038/s41572-019-0069-0")
    out = bibtex.write(doc.with_edits({0: [new], 2: [matt]}))
    assert "pages     = {727--733}," in out and "doi       = {10.1056/NEJMoa2001017}," in out
    assert "journal   = nejm," in out  # the macro stays in the unchanged field
    assert "{China}, 2019" in out  # titles are never rewritten
    assert "\tPages = {18},\n\tdoi   = {10.1038/s41572-019-0069-0}\n}" in out  # tab indent, no trailing comma
    for kept in ("% Bibliography for", "@string{nejm", "@preamble", "@comment{jabref-meta", "@book{goodfellow2016"):
        assert kept in out
    assert out[out.index("@article{huang2020"):out.index("% Entry without")] == \
        src[src.index("@article{huang2020"):src.index("% Entry without")]
    again = bibtex.read(out)
    assert again.items[0].record["DOI"] == "10.1056/NEJMoa2001017" and again.items[0].record["page"] == "727-733"
    assert again.items[2].record["DOI"] == "10.1038/s41572-019-0069-0"


def test_csljson_rewrites_only_changed_items_with_their_indentation():
    items = [{"id": "a", "type": "book", "title": "Α"}, {"id": "b", "type": "book", "title": "B", "page": "1-2"}]
    src = json.dumps(items, indent=4, ensure_ascii=False) + "\n"
    doc = csljson.read(src)
    assert [it.key for it in doc.items] == ["a", "b"]
    out = csljson.write(doc.with_edits({1: [dict(items[1], DOI="10.1/x")]}))
    assert json.loads(out)[1]["DOI"] == "10.1/x"
    assert out == json.dumps([items[0], dict(items[1], DOI="10.1/x")], indent=4, ensure_ascii=False) + "\n"


def test_csljson_errors_name_the_line():
    with pytest.raises(InputError, match=":2"):
        csljson.read('[\n{"id": 1,}]')
    with pytest.raises(InputError):
        csljson.read('{"not": "a list"} trailing')


def test_cslyaml_rewrites_only_the_changed_record_in_pandoc_style():
    src = ("- id: a\n  type: book\n  title: \"Colon: here\"\n  issued:\n    date-parts:\n      - [2020, 3]\n\n"
           "- id: b\n  type: book\n  title: Plain\n")
    doc = cslyaml.read(src)
    assert [it.raw.split("\n")[0] for it in doc.items] == ["- id: a", "- id: b"]
    out = cslyaml.write(doc.with_edits({0: [dict(doc.items[0].record, page="1-2", note="yes: quoted")]}))
    assert out == ("- id: a\n  type: book\n  title: \"Colon: here\"\n  issued:\n    date-parts:\n      - [2020, 3]\n"
                   "  page: 1-2\n  note: \"yes: quoted\"\n\n- id: b\n  type: book\n  title: Plain\n")
    assert cslyaml.read(out).items[0].record["note"] == "yes: quoted"


def test_cslyaml_round_trip_and_wrapped_form():
    src = "references:\n- id: a\n  type: book\n  title: Été\n  issued:\n    date-parts:\n    - [2020]\n"
    doc = cslyaml.read(src)
    assert doc.items[0].record["title"] == "Été" and doc.meta["wrapped"]
    assert cslyaml.write(doc) == src
    out = cslyaml.write(doc.with_edits({0: [dict(doc.items[0].record, publisher="MIT Press")]}))
    again = cslyaml.read(out)
    assert again.items[0].record["publisher"] == "MIT Press" and again.items[0].record["title"] == "Été"
    with pytest.raises(InputError):
        cslyaml.read("- [unclosed")


def test_bibtex_blocks_that_cannot_be_parsed_stay_and_are_reported():
    src = (DATA / "library.bib").read_text(encoding="utf-8")
    src += "\n@article{zhu2020,\n title={Duplicate key}}\n\n@article{broken,\n title = {unclosed\n"
    doc = bibtex.read(src)
    assert [it.key for it in doc.items] == ["zhu2020", "huang2020", "Matthay2019", "goodfellow2016"]
    assert [line for line, _ in doc.meta["warnings"]] == [54, 57]
    out = bibtex.write(doc.with_edits({1: [dict(doc.items[1].record, DOI="10.1016/S0140-6736(20)30183-5")]}))
    assert out.endswith("@article{zhu2020,\n title={Duplicate key}}\n\n@article{broken,\n title = {unclosed\n")


def test_markdown_front_matter_lines_are_not_headings():
    src = "---\ntitle: x\nabstract: |\n  Intro.\n  References\n---\n\nBody.\n\n# Bibliography\n\n1. A, 2020.\n"
    (region,) = markdown.reference_sections(src)
    assert region.slice(src) == "\n1. A, 2020.\n"


@pytest.mark.parametrize(("md", "plain"), [
    ("Smith J. *A book*. Oxford; 2020.", "Smith J. A book. Oxford; 2020."),
    ("**Bold** and `code` and \\*star", "Bold and code and *star"),
    ("Doe J. Title. [doi:10.1/x_y](https://doi.org/10.1/x_y)", "Doe J. Title. doi:10.1/x_y"),
    ("[pandoc manual](https://pandoc.org/MANUAL.html)", "pandoc manual https://pandoc.org/MANUAL.html"),
    ("snake_case_name and 2*3*4", "snake_case_name and 2*3*4"),
])
def test_markdown_inline_markup_is_unwrapped_for_parsing(md, plain):
    assert markdown.markdown_to_text(md) == plain


def test_markdown_entries_are_written_with_italics():
    assert markdown.html_to_markdown('<div class="csl-entry">A. <i>B *c*</i> &#38; <b>d</b><sup>2</sup></div>') == \
        "A. *B \\*c\\** & **d**^2^"
    src = "# Paper\n\n## References\n\n1. Old text 2020.\n"
    doc = markdown.read(src, split=simple_split)
    out = markdown.write(doc.with_edits({0: ["Smith J. <i>A book</i>. 2020."]}, markup="html"))
    assert out.endswith("1. Smith J. *A book*. 2020.\n")
    assert markdown.read(out, split=simple_split).items[0].entry.text == "Smith J. A book. 2020."


def test_csljson_changes_only_the_values_that_changed():
    src = ('[\n  {"id": "a", "type": "book", "author": [{"family": "Ng"}], "page": "1--2"},\n'
           '  {\n    "id": "b",\n    "issued": {"date-parts": [[2020, 2]]},\n    "title": "T"\n  }\n]\n')
    doc = csljson.read(src)
    a = dict(doc.items[0].record, page="1-2")
    b = dict(doc.items[1].record, title="T.", DOI="10.1/x")
    out = csljson.write(doc.with_edits({0: [a], 1: [b]}))
    assert out == ('[\n  {"id": "a", "type": "book", "author": [{"family": "Ng"}], "page": "1-2"},\n'
                   '  {\n    "id": "b",\n    "issued": {"date-parts": [[2020, 2]]},\n    "title": "T.",\n'
                   '    "DOI": "10.1/x"\n  }\n]\n')
    dropped = {k: v for k, v in doc.items[1].record.items() if k != "title"}
    out = csljson.write(doc.with_edits({1: [dropped]}))
    assert json.loads(out)[1] == dropped  # a removed key: the item is dumped whole


def test_entry_cut_out_of_a_line_by_its_number_is_written_on_its_own_line():
    src = "  3. Huang C. One. Lancet. 2020;395:497-506. 4. Guan W. Two. N Engl J Med. 2020.\n  5. Wang D. Three.\n"
    doc = text.read(src)  # refnorm.split cuts "4." out: the numbering skips it
    assert [it.label for it in doc.items] == ["3.", "4.", "5."]
    out = text.write(doc.with_edits({1: ["Guan W. Two. N Engl J Med. 2020."]}))
    assert out == ("  3. Huang C. One. Lancet. 2020;395:497-506.\n"
                   "  4. Guan W. Two. N Engl J Med. 2020.\n  5. Wang D. Three.\n")
    again = text.read(out)
    assert [it.entry.text for it in again.items] == [it.entry.text for it in doc.items]


def test_latex_edit_of_a_later_bibitem_adds_no_blank_line():
    src = ("\\begin{thebibliography}{9}\n\\bibitem{a} Smith J. One. 2019.\n"
           "\\bibitem[Doe 2020]{b} Doe, A. (2020). Two.\n\\end{thebibliography}\n")
    doc = latex.read(src)
    out = latex.write(doc.with_edits({1: ["Doe A. Two. 2020."]}))
    assert out == ("\\begin{thebibliography}{9}\n\\bibitem{a} Smith J. One. 2019.\n"
                   "\\bibitem[Doe 2020]{b} Doe A. Two. 2020.\n\\end{thebibliography}\n")
