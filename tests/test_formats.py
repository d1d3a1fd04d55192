"""Data and markup formats: CSL-JSON, CSL-YAML, BibTeX (UTF-8 and LaTeX), RIS, Markdown from HTML.

Each data format is read back (bibtexparser for BibTeX, PyYAML through refnorm.io for CSL-YAML,
a tiny RIS reader here) and checked against the items it was written from.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refnorm.errors import ConfigError, InputError
from refnorm.rendering import formats
from refnorm.rendering.formats import bibtex, csljson, cslyaml, ris
from refnorm.rendering.formats.markdown import from_html

DATA = Path(__file__).parent / "data" / "render_api"
ITEMS: list[dict[str, Any]] = json.loads((DATA / "items.json").read_text(encoding="utf-8"))
BY_ID = {item["id"]: item for item in ITEMS}


# -- CSL-JSON and CSL-YAML -----------------------------------------------------------------------

def test_csl_json_round_trip() -> None:
    text = csljson.dumps(ITEMS)
    assert csljson.loads(text) == ITEMS
    assert "Ångström" not in text or "\\u" not in text  # Unicode kept as is
    assert "Weizsäcker" in text


def test_csl_json_reader_shapes() -> None:
    one = ITEMS[0]
    assert csljson.loads(json.dumps({"items": ITEMS[:2]})) == ITEMS[:2]
    assert csljson.loads(json.dumps(one)) == [one]
    assert csljson.loads("\ufeff" + json.dumps([one])) == [one]


def test_csl_json_errors_name_the_line() -> None:
    with pytest.raises(InputError) as err:
        csljson.loads('[\n  {"id": "a",\n   "type": "book"\n   "title": "x"}\n]', path="refs.json")
    assert str(err.value).startswith("refs.json:4:")
    with pytest.raises(InputError, match="expected CSL items"):
        csljson.loads('{"message": "not items"}', path="x.json")
    with pytest.raises(InputError, match="item 2"):
        csljson.loads('[{"id": "a"}, 3]')
    with pytest.raises(InputError, match="CSL-YAML"):
        csljson.loads("just a string", path="x.txt")
    with pytest.raises(InputError, match="empty"):
        csljson.loads("  \n")


def test_csl_yaml_round_trip() -> None:
    text = cslyaml.dumps(ITEMS)
    assert text.startswith("---\nreferences:\n")
    assert text.endswith("...\n")
    assert csljson.loads(text) == ITEMS  # the reader takes CSL-YAML too
    bare = cslyaml.dumps(ITEMS[:1], document=False)
    assert csljson.loads(bare) == ITEMS[:1]


def test_csl_yaml_syntax_error_has_line() -> None:
    with pytest.raises(InputError) as err:
        csljson.loads("- id: a\n  title: [unclosed\n- id: b\n", path="refs.yaml")
    assert str(err.value).startswith("refs.yaml:")


# -- BibTeX --------------------------------------------------------------------------------------

def _parse_bib(text: str) -> dict[str, Any]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    return {e.key: e for e in library.entries}


def test_bibtex_round_trip_fields() -> None:
    text = "\n".join(bibtex.entries(ITEMS))
    entries = _parse_bib(text)
    assert len(entries) == len(ITEMS)
    art = entries["murphy2024consensus"]
    assert art.entry_type == "article"
    assert art["journal"] == "Primary Care Respiratory Journal"
    assert art["pages"] == "S12--S19"
    assert art["year"] == "2024"
    assert art["author"].startswith("Murphy, Aoife and Kim, Ji-woo")
    assert art["author"].count(" and ") == 11
    fuente = entries["fuente2017evaluacion"]
    assert fuente["author"].startswith("de la Fuente, Jesús")  # particle kept, UTF-8 kept
    chapter = entries["tversky1982judgment"]
    assert chapter.entry_type == "incollection"
    assert "Kahneman, Daniel" in chapter["editor"]
    assert chapter["booktitle"] == "Judgment under Uncertainty: Heuristics and Biases"
    assert entries["kowalczyk2021predicting"].entry_type == "mastersthesis"
    assert entries["papadakis2018statistical"].entry_type == "phdthesis"
    assert entries["papadakis2018statistical"]["school"] == "University of Manchester"
    assert entries["he2016deep"].entry_type == "inproceedings"
    report = next(e for e in entries.values() if e.entry_type == "techreport")
    assert report["author"] == "{OECD}"  # a corporate author stays one name
    assert report["institution"]


def test_bibtex_markup_and_escaping() -> None:
    item = BY_ID["hw-art-markup-italic"]
    entry = bibtex.entry(item)
    assert r"\textit{Drosophila melanogaster}" in entry
    special = {"type": "book", "title": "Costs & 50% of $x_1$ #1 {braces}", "publisher": "Wiley & Sons",
               "issued": {"date-parts": [[2001, 5]]}}
    out = bibtex.entry(special, "k")
    assert r"Costs \& 50\% of \$x\_1\$ \#1 \{braces\}" in out
    assert "month     = may," in out or re.search(r"month\s+= may,", out)
    assert out.count("{") == out.count("}") - out.count(r"\}") + out.count(r"\{")


def test_bibtex_acronyms_and_nocase_protected() -> None:
    item = {"type": "article-journal", "title": 'DNA repair in <span class="nocase">iPhone</span> users'}
    out = bibtex.entry(item, "k")
    assert "{DNA} repair in {iPhone} users" in out


def test_bibtex_latex_escaped_option() -> None:
    item = BY_ID["hw-art-von-weizsaecker"]
    utf8 = bibtex.entry(item)
    latex = bibtex.entry(item, latex=True)
    assert "Weizsäcker" in utf8
    assert r'Weizs{\"a}cker' in latex
    assert latex.isascii() or any(ord(c) > 127 for c in latex)  # only unspellable characters stay
    assert bibtex.escape("Ølgaard–Łukasiewicz ß", latex=True) == r"{\O}lgaard--{\L}ukasiewicz {\ss}"
    assert bibtex.escape("café naïve", latex=True) == r"caf{\'e} na{\"\i}ve"
    assert bibtex.escape("Čapek", latex=True) == r"{\v{C}}apek"
    assert bibtex.escape("山田", latex=True) == "山田"  # no LaTeX spelling: kept
    entries = _parse_bib(latex)
    assert list(entries) == ["vonweizsacker1935theorie"]


def test_bibtex_keys_are_readable_and_unique() -> None:
    assert bibtex.cite_key({"author": [{"family": "Leng", "given": "X"}], "issued": {"date-parts": [[2020]]},
                            "title": "The transplantation of organs"}) == "leng2020transplantation"
    assert bibtex.cite_key({"author": [{"family": "Ølgaard"}], "title": "Über alles"}) == "olgaarduber"
    assert bibtex.cite_key({"title": "A study", "issued": {"date-parts": [[1999]]}}) == "study1999"
    assert bibtex.cite_key({}) == "ref"
    same = [{"author": [{"family": "Lindqvist"}], "issued": {"date-parts": [[2020]]}, "title": "Snow"}] * 3
    keys = [re.match(r"@\w+\{([^,]+),", e).group(1) for e in bibtex.entries(same)]  # type: ignore[union-attr]
    assert keys == ["lindqvist2020snow", "lindqvist2020snowb", "lindqvist2020snowc"]


# -- RIS -----------------------------------------------------------------------------------------

def _read_ris(text: str) -> list[dict[str, list[str]]]:
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        m = re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", line)
        assert m, f"not an RIS line: {line!r}"
        tag, value = m.groups()
        if tag == "ER":
            records.append(current)
            current = {}
        else:
            current.setdefault(tag, []).append(value)
    assert not current, "record without ER"
    return records


def test_ris_round_trip() -> None:
    records = _read_ris(formats.data_text(ITEMS, "ris"))
    assert len(records) == len(ITEMS)
    art = records[[i["id"] for i in ITEMS].index("hw-art-12-authors-supplement")]
    assert art["TY"] == ["JOUR"]
    assert art["AU"][:2] == ["Murphy, Aoife", "Kim, Ji-woo"]
    assert len(art["AU"]) == 12
    assert art["SP"] == ["S12"] and art["EP"] == ["S19"]
    assert art["PY"] == ["2024"] and art["DA"] == ["2024/02//"]
    chapter = records[[i["id"] for i in ITEMS].index("hw-chapter-tversky-kahneman")]
    assert chapter["TY"] == ["CHAP"]
    assert "Kahneman, Daniel" in chapter["A2"]
    types = {r["TY"][0] for r in records}
    assert {"JOUR", "BOOK", "CHAP", "CPAPER", "THES", "RPRT", "ELEC"} <= types
    for record, item in zip(records, ITEMS, strict=True):
        if item.get("DOI"):
            assert record["DO"] == [item["DOI"]]


def test_ris_strips_markup() -> None:
    record = _read_ris(ris.record(BY_ID["hw-art-markup-italic"]))[0]
    assert "<" not in record["TI"][0] and "Drosophila melanogaster" in record["TI"][0]


# -- Markdown ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("html", "md"), [
    ('<div class="csl-entry">Doe, J. (2020). <i>A Title</i>. Publisher.</div>', "Doe, J. (2020). *A Title*. Publisher."),
    ('<div class="csl-entry">X. <b>12</b>(3), 4.</div>', "X. **12**(3), 4."),
    ('<div class="csl-entry">\n    <div class="csl-left-margin">1.</div><div class="csl-right-inline">Smith J. '
     "Title.</div>\n  </div>", "1. Smith J. Title."),
    ('<div class="csl-entry"><i>Italic </i>then</div>', "*Italic* then"),
    ('<div class="csl-entry">a<i></i>b</div>', "ab"),
    ('<div class="csl-entry">John Wiley &#38; Sons; 5 * 3 = x_1 [note]</div>',
     r"John Wiley & Sons; 5 \* 3 = x\_1 \[note\]"),
    ('<div class="csl-entry">H<sub>2</sub>O and <span style="font-variant:small-caps;">Caps</span></div>',
     "H<sub>2</sub>O and Caps"),
])
def test_markdown_from_html(html: str, md: str) -> None:
    assert from_html(html) == md


# -- format names --------------------------------------------------------------------------------

def test_format_names() -> None:
    assert formats.check_format("BibTeX") == "bibtex"
    assert formats.check_format("json") == "csl-json"
    assert formats.check_format("md") == "markdown"
    with pytest.raises(ConfigError, match="unknown output format"):
        formats.check_format("docx")


# -- properties ----------------------------------------------------------------------------------

_PIECES = [*"{}\\%&$#_~^<>*[]`", "<i>", "</i>", "<b>", '<span class="nocase">', "</span>", "–", "é", "山", " ", "\n", "\t"]
_TEXT = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=6)
                 | st.sampled_from(_PIECES), max_size=8).map("".join)
_NAME = st.fixed_dictionaries({}, optional={"family": _TEXT, "given": _TEXT, "literal": _TEXT,
                                            "non-dropping-particle": st.sampled_from(["van", "de la"])})
_ITEM = st.fixed_dictionaries({"type": st.sampled_from(["article-journal", "book", "chapter", "thesis", "report",
                                                        "webpage", "paper-conference", "x-unknown"])},
                              optional={"title": _TEXT, "container-title": _TEXT, "author": st.lists(_NAME, max_size=3),
                                        "editor": st.lists(_NAME, max_size=2), "page": _TEXT, "publisher": _TEXT,
                                        "issued": st.fixed_dictionaries({"date-parts": st.lists(
                                            st.lists(st.integers(0, 3000), min_size=1, max_size=3),
                                            min_size=1, max_size=1)}),
                                        "volume": st.one_of(_TEXT, st.integers(0, 999)), "DOI": _TEXT})


@settings(max_examples=150, deadline=None)
@given(st.lists(_ITEM, max_size=4))
def test_bibtex_always_parses_with_balanced_braces(items: list[dict[str, Any]]) -> None:
    for latex in (False, True):
        text = "\n".join(bibtex.entries(items, latex=latex))
        library = bibtexparser.parse_string(text)
        assert not library.failed_blocks
        assert len(library.entries) == len(items)
        assert len({e.key for e in library.entries}) == len(items)  # keys unique


@settings(max_examples=150, deadline=None)
@given(_ITEM)
def test_ris_records_are_one_field_a_line(item: dict[str, Any]) -> None:
    lines = ris.record(item).splitlines()
    assert lines[0].startswith("TY  - ") and lines[-1] == "ER  - "
    assert all(re.match(r"^[A-Z][A-Z0-9]  - ", line) for line in lines)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<i>", "</i>", "<b>", "</b>", "<sup>", "</sup>", '<span class="nocase">', "</span>",
                                 " ", "a", "*", "_", "&#38;", "x y"]), max_size=15))
def test_markdown_never_leaves_html_but_sup_sub(parts: list[str]) -> None:
    md = from_html('<div class="csl-entry">' + "".join(parts) + "</div>")
    assert not re.search(r"<(?!/?su[pb]>)", md.replace("\\<", ""))
    assert md == md.strip()


def test_bibtex_round_trip_through_the_projects_reader() -> None:
    """What we write, refnorm's own .bib reader (refnorm.io.bibtex) reads back as the same record."""
    text = "\n".join(bibtex.entries(ITEMS))
    back = csljson.loads(text, path="refs.bib")
    assert len(back) == len(ITEMS)
    for item, again in zip(ITEMS, back, strict=True):
        assert again["type"] == item["type"] or item["type"] not in ("article-journal", "book", "chapter"), item["id"]
        for var in ("volume", "DOI", "publisher"):
            if var in item:
                assert str(again.get(var)) == str(item[var]), (item["id"], var)
        if "issued" in item and item["issued"].get("date-parts"):
            assert again["issued"]["date-parts"][0][0] == item["issued"]["date-parts"][0][0]
        def surnames(names: list[dict[str, str]]) -> list[str]:  # particles may sit in the family name
            return [" ".join(n[k] for k in ("dropping-particle", "non-dropping-particle", "family") if n.get(k))
                    for n in names if n.get("family")]

        assert surnames(again.get("author", [])) == surnames(item.get("author", [])), item["id"]
        if item["type"] == "article-journal":
            if "title" in item:
                assert again["title"] == re.sub(r"<[^>]+>", "", item["title"])
            assert again["container-title"] == item["container-title"]
