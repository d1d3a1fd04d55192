"""refnorm.render / render_entries and the `refnorm render` command, on real items."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import bibtexparser
import pytest

import refnorm
from refnorm.cli import main
from refnorm.errors import LocaleNotFoundError, StyleNotFoundError
from refnorm.model import Reference
from refnorm.rendering.api import render, render_entries
from refnorm.rendering.styles import BUNDLED_DIR

pytest.importorskip("refnorm.rendering.citeproc")  # the CSL processor (render core)

DATA = Path(__file__).parent / "data" / "render_api"
ITEMS: list[dict[str, Any]] = json.loads((DATA / "items.json").read_text(encoding="utf-8"))
BY_ID = {item["id"]: item for item in ITEMS}
EXPECTED = [json.loads(line) for line in (DATA / "expected.jsonl").read_text(encoding="utf-8").splitlines()]

ARTICLES = [BY_ID[i] for i in ("hw-art-12-authors-supplement", "hw-art-de-la-fuente-es", "hw-art-markup-italic",
                                "hw-art-lindqvist-2020a", "hw-art-olgaard-wells")]


def _collapse(text: str) -> str:
    return " ".join(text.split())


# -- agreement with citeproc-js ------------------------------------------------------------------

# Items whose features the render core handles (journal articles, chapters, conference papers);
# the full comparison is bench/render.py's job.
AGREEMENT_IDS = {"hw-art-de-la-fuente-es", "hw-art-olgaard-wells",
                 "hw-art-lindqvist-2020a", "hw-conf-he-resnet", "cr-10.1023/a:1001832310939",
                 "cr-10.1046/j.1399543x.2000.010407.x"}


@pytest.mark.parametrize("expected", [e for e in EXPECTED if e["id"] in AGREEMENT_IDS],
                         ids=lambda e: f"{e['style']}-{e['locale']}-{e['id']}")
def test_text_equals_citeproc_js(expected: dict[str, str]) -> None:
    got = render([BY_ID[expected["id"]]], style=expected["style"], locale=expected["locale"],
                 abbreviate_journals=False)
    assert _collapse(got) == _collapse(expected["text"])


def test_dependent_style_renders_as_its_parent() -> None:
    for locale in ("en-US", "fr-FR"):
        assert render(ITEMS, style="vancouver-nlm", locale=locale) == render(
            ITEMS, style="nlm-citation-sequence", locale=locale)
    assert render(ITEMS, style="vancouver") == render(ITEMS, style="nlm-citation-sequence")


def test_dependent_default_locale_is_used(tmp_path: Path) -> None:
    dep = (BUNDLED_DIR / "dependent" / "plos-one.csl").read_text(encoding="utf-8")
    dep = dep.replace('default-locale="en-US"', 'default-locale="fr-FR"')
    dep = dep.replace("styles/plos\"", "styles/apa\"")
    (tmp_path / "revue.csl").write_text(dep, encoding="utf-8")
    item = BY_ID["hw-chapter-tversky-kahneman"]
    french = render([item], style=str(tmp_path / "revue.csl"))
    assert french == render([item], style="apa", locale="fr-FR")
    assert "(éds.)" in french.lower() or "(Éds.)" in french
    # a locale the caller names wins over the style's
    assert render([item], style=str(tmp_path / "revue.csl"), locale="en-US") == render([item], style="apa")


# -- whole bibliographies and entries ------------------------------------------------------------

def test_render_whole_list_in_style_order() -> None:
    text = render(ARTICLES, style="vancouver")
    lines = text.split("\n")
    assert len(lines) == len(ARTICLES)
    assert [line.split(" ", 1)[0] for line in lines] == ["1.", "2.", "3.", "4.", "5."]
    apa = render(ARTICLES, style="apa").split("\n")
    firsts = [line.split(",", 1)[0] for line in apa]
    assert firsts == ["de la Fuente", "Hardin", "Lindqvist", "Murphy", "Ølgaard"] or firsts == sorted(
        firsts, key=lambda s: s.lower())


def test_render_entries_input_order_without_numbers() -> None:
    entries = render_entries(ARTICLES, style="vancouver")
    assert len(entries) == len(ARTICLES)
    assert entries[0].startswith("Murphy A, Kim J")
    assert entries[1].startswith("de la Fuente J")
    assert not any(re.match(r"\d+\.", e) for e in entries)
    # author-date styles sort; entries still come back in input order
    apa = render_entries(ARTICLES, style="apa")
    for entry, item in zip(apa, ARTICLES, strict=True):
        assert item["author"][0]["family"] in entry


def test_render_entries_numbers_are_input_positions(tmp_path: Path) -> None:
    numbered = render_entries(ARTICLES, style="ieee", number=True)
    assert [e.split(" ", 1)[0] for e in numbered] == ["[1]", "[2]", "[3]", "[4]", "[5]"]
    # a numeric style that sorts its bibliography by title numbers entries in that order;
    # for rewriting a list in place, the first reference must still be [1]
    src = (BUNDLED_DIR / "ieee.csl").read_text(encoding="utf-8")
    at = src.index(">", src.index("<bibliography")) + 1
    (tmp_path / "ieee-by-title.csl").write_text(src[:at] + '<sort><key variable="title"/></sort>' + src[at:],
                                                encoding="utf-8")
    sorted_style = str(tmp_path / "ieee-by-title.csl")
    assert not render(ARTICLES, style=sorted_style).startswith("[1] A. Murphy")  # the style reorders
    entries = render_entries(ARTICLES, style=sorted_style, number=True)
    assert entries[0].startswith("[1] A. Murphy")
    assert entries[2].startswith("[3] P. E. Hardin")
    plain = render_entries(ARTICLES, style=sorted_style)
    assert plain[0].startswith("A. Murphy")


def test_render_entries_html_and_markdown() -> None:
    html = render_entries(ARTICLES[:2], style="vancouver", format="html")
    assert html[0].startswith('<div class="csl-entry">Murphy A')
    assert "csl-left-margin" not in html[0]
    numbered = render_entries(ARTICLES[:2], style="vancouver", format="html", number=True)
    assert '<div class="csl-left-margin">2.</div>' in numbered[1]
    md = render_entries([BY_ID["hw-art-markup-italic"]], style="apa", format="markdown")
    assert "*Drosophila melanogaster*" in md[0]


def test_html_and_markdown_documents() -> None:
    html = render(ARTICLES[:2], style="apa", format="html")
    assert html.startswith('<div class="csl-bib-body">\n  <div class="csl-entry">')
    assert html.rstrip().endswith("</div>")
    assert html.count('<div class="csl-entry">') == 2
    md = render(ARTICLES[:2], style="apa", format="markdown")
    paragraphs = md.split("\n\n")
    assert len(paragraphs) == 2
    assert "<" not in md and "*" in md  # italics as Markdown, no HTML left
    md_num = render(ARTICLES[:2], style="vancouver", format="markdown")
    assert md_num.startswith("1. Murphy A")


def test_journal_abbreviations_in_vancouver_only() -> None:
    item = BY_ID["cr-10.1023/a:1001832310939"]
    assert item["container-title"] == "Computers and the Humanities"
    assert "container-title-short" not in item
    vancouver = render([item], style="vancouver")
    assert "Comput Hum" in vancouver and "Computers and the Humanities" not in vancouver
    assert "Computers and the Humanities" in render([item], style="vancouver", abbreviate_journals=False)
    assert "Computers and the Humanities" in render([item], style="apa")
    # styles that keep ISO periods get them
    assert "Comput. Hum" in render([item], style="ieee")
    assert "container-title-short" not in item  # the caller's item is untouched


def test_year_suffixes_are_kept_consistent_across_entries() -> None:
    pair = [BY_ID["hw-art-lindqvist-2020b"], BY_ID["hw-art-lindqvist-2020a"]]
    whole = render(pair, style="apa")
    entries = render_entries(pair, style="apa")
    assert sorted(_collapse(e) for e in entries) == sorted(_collapse(line) for line in whole.split("\n"))


# -- inputs, data formats, errors ----------------------------------------------------------------

def test_references_and_mappings_and_missing_ids() -> None:
    refs = [Reference.from_csl(ARTICLES[0]), {k: v for k, v in ARTICLES[1].items() if k != "id"},
            dict(ARTICLES[0])]  # a duplicate id
    entries = render_entries(refs, style="vancouver")
    assert len(entries) == 3 and entries[0] == entries[2]
    assert entries[1].startswith("de la Fuente")
    with pytest.raises(TypeError):
        render(["not a reference"], style="apa")  # type: ignore[list-item]


def test_data_formats_through_render() -> None:
    assert json.loads(render(ITEMS, format="csl-json")) == ITEMS
    library = bibtexparser.parse_string(render(ITEMS, format="bibtex"))
    assert len(library.entries) == len(ITEMS) and not library.failed_blocks
    latex = render(ITEMS[:5], format="bibtex-latex")
    assert len(bibtexparser.parse_string(latex).entries) == 5
    assert render(ITEMS, format="ris").count("ER  - ") == len(ITEMS)
    assert render(ITEMS[:1], format="csl-yaml").startswith("---\nreferences:")
    assert len(render_entries(ITEMS, format="ris")) == len(ITEMS)


def test_empty_input() -> None:
    assert render([], style="apa") == ""
    assert render_entries([], style="vancouver") == []
    assert json.loads(render([], format="csl-json")) == []


def test_errors() -> None:
    with pytest.raises(StyleNotFoundError, match="vancouver"):
        render(ARTICLES, style="vancuver")
    with pytest.raises(LocaleNotFoundError):
        render(ARTICLES, style="apa", locale="xx-YY")


def test_public_name() -> None:
    assert refnorm.render is render


# -- the command ---------------------------------------------------------------------------------

def test_cli_render_vancouver_fr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "refs.json"
    src.write_text(json.dumps({"items": ARTICLES[:2]}, ensure_ascii=False), encoding="utf-8")
    assert main(["render", str(src), "--style", "vancouver", "--locale", "fr-FR"]) == 0
    out = capsys.readouterr().out
    assert out == render(ARTICLES[:2], style="vancouver", locale="fr-FR") + "\n"
    assert out.startswith("1. Murphy A")


def test_cli_render_yaml_to_bibtex_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "refs.yaml"
    src.write_text(render(ARTICLES, format="csl-yaml"), encoding="utf-8")
    out = tmp_path / "refs.bib"
    assert main(["render", str(src), "-f", "bibtex", "-o", str(out)]) == 0
    assert len(bibtexparser.parse_string(out.read_text(encoding="utf-8")).entries) == len(ARTICLES)


def test_cli_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[\n  {"id": "a",\n   "type": "book"\n   "title": "x"}\n]', encoding="utf-8")
    assert main(["render", str(bad)]) == 2
    assert f"{bad}:4:" in capsys.readouterr().err
    good = tmp_path / "good.json"
    good.write_text(json.dumps(ARTICLES[:1]), encoding="utf-8")
    assert main(["render", str(good), "--style", "no-such-style"]) == 2
    assert "unknown CSL style" in capsys.readouterr().err
    assert main(["render", str(good), "--locale", "xx-YY"]) == 2
    assert main(["render", str(good), "--format", "docx"]) == 2
    assert main(["render"]) == 2


def test_cli_list_styles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "--list-styles"]) == 0
    out = capsys.readouterr().out
    assert "apa: APA Style 7th edition" in out
    assert "vancouver -> nlm-citation-sequence" in out


def test_author_dash_only_where_the_previous_entry_is_the_same_authors(monkeypatch: pytest.MonkeyPatch) -> None:
    """MLA-like styles replace a repeated author with a dash, judged in the style's sort order;
    in a list rewritten in its own order the dash must only stay where the entry above is by the
    same author. The processor is replaced by a small fake that sorts by author and dashes."""
    import refnorm.rendering.citeproc as core
    from refnorm.rendering.styles import resolve_style, without_author_substitute

    style = resolve_style("mla")
    assert style.author_substitute
    plain_path = without_author_substitute(style)
    assert "subsequent-author-substitute" not in plain_path.read_text(encoding="utf-8")
    assert "subsequent-author-substitute" in style.path.read_text(encoding="utf-8")

    def fake_bibliography(items, style_path, locale="en-US", output="text"):
        ordered = sorted(items, key=lambda i: (i["author"][0]["family"], i["title"]))
        out, previous = [], None
        for item in ordered:
            who = item["author"][0]["family"]
            dash = who == previous and Path(style_path) != plain_path
            out.append((item["id"], f"{'———' if dash else who}. {item['title']}."))
            previous = who
        return out

    monkeypatch.setattr(core, "bibliography", fake_bibliography)
    refs = [{"id": str(n), "type": "book", "title": t, "author": [{"family": a}]}
            for n, (a, t) in enumerate([("Lindqvist", "A"), ("Shannon", "B"), ("Lindqvist", "C"),
                                        ("Lindqvist", "D")])]
    assert render(refs, style="mla").split("\n") == ["Lindqvist. A.", "———. C.", "———. D.", "Shannon. B."]
    # in the user's order, C follows Shannon (needs its name back) and D follows C (keeps the dash)
    assert render_entries(refs, style="mla") == ["Lindqvist. A.", "Shannon. B.", "Lindqvist. C.", "———. D."]


def test_cli_bib_input_and_no_abbreviate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    item = BY_ID["cr-10.1023/a:1001832310939"]  # "Computers and the Humanities", no short title
    bib = tmp_path / "refs.bib"
    bib.write_text(render([item], format="bibtex"), encoding="utf-8")
    assert main(["render", str(bib), "--style", "vancouver"]) == 0
    assert "Comput Hum" in capsys.readouterr().out
    assert main(["render", str(bib), "--style", "vancouver", "--no-abbreviate"]) == 0
    assert "Computers and the Humanities" in capsys.readouterr().out


# --- a name list that ended with "et al." in the source ----------------------------------------
def _truncated(n_authors: int):
    from refnorm import Diagnostic, Reference

    item = {"type": "article-journal", "title": "A title", "container-title": "Lancet",
            "issued": {"date-parts": [[2020]]}, "volume": "3", "page": "1-9",
            "author": [{"family": f"Fam{i}", "given": "A"} for i in range(n_authors)]}
    return Reference.from_csl(item).with_diagnostics(
        Diagnostic("names.truncated", "the author list ends with 'et al.'", field="author"))


@pytest.mark.parametrize("style,locale,expected", [
    ("vancouver", "fr-FR", "Fam0 A, Fam1 A, Fam2 A, et al. A title."),
    ("apa", "en-US", "Fam0, A., Fam1, A., Fam2, A., et al. (2020)."),
    ("apa", "de-DE", "Fam0, A., Fam1, A., Fam2, A., u.\u00a0a. (2020)."),
    ("ieee", "en-US", "A. Fam0, A. Fam1, A. Fam2, et al., \u201cA title,\u201d"),
])
def test_truncated_author_list_keeps_its_et_al(style, locale, expected):
    [text] = render_entries([_truncated(3)], style=style, locale=locale)
    assert text.startswith(expected)
    assert "\ue0a0" not in text


def test_truncated_list_longer_than_the_styles_limit_gets_the_styles_own_et_al():
    [text] = render_entries([_truncated(6)], style="vancouver", locale="en-US")
    assert text.startswith("Fam0 A, Fam1 A, Fam2 A, Fam3 A, Fam4 A, Fam5 A, et al. A title.")


def test_truncated_list_in_html_and_data_formats():
    [html] = render_entries([_truncated(3)], style="apa", format="html")
    assert "Fam2, A., et al. (2020)" in html and "&#38;" not in html
    [data] = render_entries([_truncated(3)], format="csl-json")
    assert "\ue0a0" not in data and "et al" not in data
