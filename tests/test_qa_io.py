"""QA review of the file adapters with files written for it: what a rewrite must not touch."""

from __future__ import annotations

from refnorm.fix import fix_text

PANDOC_YAML = """---
references:
- id: sato2010
  type: article-journal
  author:
  - family: Satō
    given: Hiroshi
  title: 日本の森林管理
  container-title: 森林科学
  issued: 2010
  page: 12–19
- id: weber
  type: book
  # the 1922 first edition, not the 1980 one
  author:
  - family: Weber
    given: Max
  title: Wirtschaft und Gesellschaft
  publisher: Mohr
  issued: 1922
...
"""


def test_csl_yaml_document_end_and_comments_survive_a_rewrite():
    result = fix_text(PANDOC_YAML, format="csl-yaml", cache=False)
    assert result.changed
    assert result.text.endswith("\n...\n")  # was swallowed by the last record's rewrite
    assert "  # the 1922 first edition, not the 1980 one\n" in result.text
    assert not fix_text(result.text, format="csl-yaml", cache=False).changed


def test_csl_yaml_keeps_the_files_list_indentation():
    result = fix_text(PANDOC_YAML, format="csl-yaml", cache=False)
    # pandoc writes a record's lists at the key's indentation; a rewrite keeps that look
    assert "  author:\n  - family: Satō\n    given: Hiroshi\n" in result.text
    indented = PANDOC_YAML.replace("  - family: Satō\n    given: Hiroshi", "    - family: Satō\n      given: Hiroshi")
    again = fix_text(indented, format="csl-yaml", cache=False)
    assert "  author:\n    - family: Satō\n      given: Hiroshi\n" in again.text


def test_front_matter_keys_after_the_references_are_kept():
    text = ("---\ntitle: Bodenerosion\nreferences:\n- id: a\n  type: article-journal\n  title: Rinnenerosion\n"
            "  issued: 2020\n  page: 1–10\n# end of references\nlang: de\n---\n\nText @a.\n")
    result = fix_text(text, format="markdown", cache=False)
    assert result.changed
    assert "  page: 1-10\n# end of references\nlang: de\n---\n\nText @a.\n" in result.text


def test_a_split_part_is_indented_as_its_list():
    text = ("Bibliografía\n\n"
            "  1) García-Márquez L, Torres JA. Calidad del agua en el río Guadalquivir. Ingeniería del Agua. "
            "2019;23(1):45-60. 2) Fernández P. La sequía en Andalucía. Rev Geogr Norte Gd. 2015;(60):77-92.\n"
            "  3) Martínez-Soto R, López A. Riego por goteo en olivar. Agric Water Manag. 2018;204:1-10.\n")
    result = fix_text(text, cache=False)
    assert result.counts()["split"] == 1
    lines = result.text.splitlines()
    # was "2) Fernández..." at the left margin: the list's two spaces belong to the line, not the entry
    assert [line[:5] for line in lines[2:]] == ["  1) ", "  2) ", "  3) "], result.text
    assert not fix_text(result.text, cache=False).changed


def test_a_reference_heading_nested_in_another_is_read_once():
    text = ("# Einleitung\n\nText [1].\n\n# References\n\n## Methoden\n\nWir nutzen RUSLE.\n\n## Literatur\n\n"
            "1. Auerswald K, Fiener P, Dikau R. Rates of sheet and rill erosion in Germany. Geomorphology. "
            "2009;111(3-4):182-93.\n2. Meier H, Braun S. Bodenerosion in Bayern. Z Geomorphol. 2016;60(2):145-62.\n")
    # the two sections overlapped: each entry was an item twice, and writing crashed (invalid span)
    result = fix_text(text, format="markdown", cache=False)
    befores = [it.before for it in result.items]
    assert len(befores) == len(set(befores))
    assert sum("Auerswald" in b for b in befores) == 1
    assert not fix_text(result.text, format="markdown", cache=False).changed


def test_fixing_through_a_symlink_rewrites_the_linked_file(tmp_path):
    import os

    import pytest

    from refnorm.cli import main

    shared = tmp_path / "shared" / "refs.txt"
    shared.parent.mkdir()
    original = ("1) Kowalski J, Nowak A. Wpływ zmian klimatu na rolnictwo. Postępy Nauk Rolniczych. "
                "2016 ; 68(3):5-19.\n")
    shared.write_text(original, encoding="utf-8")
    shared.chmod(0o640)
    link = tmp_path / "paper" / "refs.txt"
    link.parent.mkdir()
    try:
        link.symlink_to(os.path.relpath(shared, link.parent))
    except OSError:
        pytest.skip("no symlinks here")
    assert main(["fix", "--no-config", str(link)]) == 0
    # was: the link replaced by a fixed private copy, the shared file left as it was
    assert link.is_symlink()
    assert shared.read_text(encoding="utf-8") != original
    assert shared.stat().st_mode & 0o777 == 0o640


def test_utf16_without_a_bom_is_an_input_error_not_a_reference(tmp_path):
    import pytest

    from refnorm.errors import InputError
    from refnorm.io.files import read_text

    f = tmp_path / "refs.txt"
    f.write_bytes("1. Lindqvist K. Coastal erosion. J Coast Res. 2017;33(4):812-24.\n".encode("utf-16-le"))
    # was read as UTF-8 (valid: every other byte NUL) and "kept verbatim" as one odd reference
    with pytest.raises(InputError, match=r"refs.txt: line 1, byte 1: a NUL byte.*UTF-16 without a byte-order mark"):
        read_text(f)
    f.write_bytes(b"1. Lindqvist K. Coastal erosion.\x00\x00 J Coast Res. 2017;33(4):812-24.\n")
    with pytest.raises(InputError, match="a binary file"):
        read_text(f)
    f.write_bytes("1. Lindqvist K. Coastal erosion.\n".encode("utf-16"))  # with its mark: read
    assert read_text(f).startswith("1. Lindqvist")


def test_lettered_parts_read_back_as_entries_of_their_own():
    # A document citing [2] and [3]: a glued entry 2 is split as "2." and "2b.", as the tutorial says.
    # The splitter reads "2b." as the continuation of 2, so the split never read back and was refused.
    text = ("# Intro\n\nAs shown before [2], and in [3].\n\n## References\n\n"
            "1. Dupont J, Martin C. La forêt landaise après la tempête. Rev For Fr. 2010;62(3):245-58.\n"
            "2. Lefèvre F, Boivin T. Evolution of forests. Forest Ecol Manag. 2014;71(7):723-39. "
            "Moreau P, Roux A. Oak decline in western France. Forest Ecol Manag. 2005;210(1):11-20.\n"
            "3. Chen M, Wang L. Graph networks for traffic. Transp Res C. 2020;12(3):914-21.\n")
    result = fix_text(text, format="markdown", cache=False)
    assert result.counts()["split"] == 1, [(it.status, it.reason) for it in result.items]
    assert "\n2. Lefèvre F" in result.text and "\n2b. Moreau P" in result.text and "\n3. Chen M" in result.text
    again = fix_text(result.text, format="markdown", cache=False)
    assert [it.label for it in again.items] == ["1.", "2.", "2b.", "3."]
    assert not again.changed, again.diff()


def test_a_letter_label_only_cuts_its_own_entry():
    from refnorm.io import text as plain

    doc = plain.read("1. Smith J. A title. J Hydrol. 2001;5:1-2.\n   2b. is not this entry's label.\n"
                     "2. Doe J. Another title. Water Res. 2002;6:3-4.\n2b. Roe K. A third. Acta Oecol. 2003;7:5-6.\n")
    assert [it.label for it in doc.items] == ["1.", "2.", "2b."]
    assert doc.items[0].raw.endswith("label.") and doc.items[2].raw.startswith("2b. Roe")


def test_html_comments_in_a_markdown_reference_list_stay_comments():
    text = ("# Paper\n\nText [1].\n\n<!--\n## References\n\n1. Smith J. Old title. J Hydrol. 2001;5:1-2.\n-->\n\n"
            "## References\n\n"
            "1. Lee D. Another design. Energy Policy. 2018;60:10-20.\n"
            "<!-- 2. Brown C. Removed entry. Res Policy. 2010;39(2):100-110. -->\n"
            "2. Kim M. Third design. Energy Policy. 2017;50:1-9. <!-- DOI? -->\n"
            "3. Park J. Fourth design. <!-- check the year --> Energy Policy. 2016;40:1-9.\n")
    result = fix_text(text, format="markdown", cache=False)
    # was: the commented-out entry read as glued to entry 1 and written back as a live "1b." entry
    assert [it.label for it in result.items] == ["1.", "2.", "3."]
    assert result.text.startswith(text[:text.index("## References\n\n1. Lee")])  # the commented heading too
    assert "\n<!-- 2. Brown C. Removed entry. Res Policy. 2010;39(2):100-110. -->\n" in result.text
    assert "1–9. <!-- DOI? -->\n" in result.text and "<!-- check the year -->" in result.text
    assert "Energy Policy. 2016;40:1–9. <!-- check the year -->\n" in result.text
    assert not fix_text(result.text, format="markdown", cache=False).changed


def _lines_strategy():
    from hypothesis import strategies as st

    label = st.sampled_from(["1.", "2.", "2b.", "3.", "3c.", "[2]", "[2b]", "2)", "2b)", "-", "", "  2b.", "<!--", "-->"])
    words = st.lists(st.sampled_from(["Smith J.", "Title", "of", "soils.", "J Hydrol.", "2001;5:1-2.", "<!-- x -->",
                                      "% c", "ab", "2b.", "Énergie", "\t"]), max_size=8)
    return st.lists(st.tuples(label, words), min_size=1, max_size=8)


def test_entry_items_spans_stay_in_order_and_match_the_text():
    from hypothesis import given, settings

    from refnorm.io import markdown
    from refnorm.io import text as plain

    @settings(max_examples=60, deadline=None)
    @given(_lines_strategy())
    def check(lines):
        body = "".join(f"{label} {' '.join(words)}\n" for label, words in lines)
        for adapter, doc_text in ((plain, body), (markdown, "## References\n\n" + body)):
            doc = adapter.read(doc_text)
            pos = 0
            for it in doc.items:
                if it.kind != "entry":
                    continue
                assert it.span.start >= pos  # in order, never overlapping
                assert it.raw == it.span.slice(doc_text)
                assert it.raw.startswith(it.prefix) and it.raw.endswith(it.suffix)
                pos = it.span.end

    check()


def test_compact_csl_json_stays_compact():
    text = '[{"id":"a","type":"book","title":"T","issued":{"date-parts":[["2020"]]},"DOI":"https://doi.org/10.1/x"}]'
    result = fix_text(text, format="csl-json", cache=False)
    # was '"date-parts": [[2020]]' with spaces, in a file written without any
    assert result.text == '[{"id":"a","type":"book","title":"T","issued":{"date-parts":[[2020]]},"DOI":"10.1/x"}]'


def test_duplicate_csl_ids_are_reported():
    text = ('[\n{"id":"a","type":"book","title":"Historia de la lengua"},\n{"id":"b","type":"book","title":"U"},\n'
            '{"id":"a","type":"book","title":"Wirtschaft und Gesellschaft"}\n]\n')
    result = fix_text(text, format="csl-json", cache=False)
    dup = [d for d in result.diagnostics if d.code == "fix.duplicate-id"]
    assert len(dup) == 1 and "'a' is used by 2 records (lines 2, 4)" in dup[0].message


def test_a_code_block_in_the_reference_section_is_not_an_entry():
    text = ("## References\n\n1. Lee D. Another design. Energy Policy. 2018;60:10-20.\n\n"
            "```bibtex\n@article{x, title={1. Not an entry}, year={2018}, pages={10-20}}\n```\n\n"
            "2. Kim M. Third design. Energy Policy. 2017;50:1-9.\n")
    result = fix_text(text, format="markdown", cache=False)
    # was an entry of its own (kept verbatim only because it parsed badly)
    assert [it.label for it in result.items] == ["1.", "2."]
    assert "```bibtex\n@article{x, title={1. Not an entry}, year={2018}, pages={10-20}}\n```\n" in result.text


def test_an_escaped_asterisk_does_not_open_emphasis():
    from refnorm.io.markdown import markdown_to_text

    # fix writes a literal "*" as "\*"; read back, it paired with the "*" of the italic title, and the
    # entry read differently on every run
    assert markdown_to_text(r"Wischmeier, W.H.\*. und Smith, D.D. (1978) *Predicting erosion*. USDA.") == \
        "Wischmeier, W.H.*. und Smith, D.D. (1978) Predicting erosion. USDA."
    text = ("## Literatur\n\n3. Wischmeier, W. H.* & Smith, D. D. (1978). *Predicting rainfall erosion losses: a guide "
            "to conservation planning*. Agriculture Handbook 537. Washington, DC: USDA.\n")
    first = fix_text(text, format="markdown", style="harvard", cache=False)
    assert not fix_text(first.text, format="markdown", style="harvard", cache=False).changed


# session 10: a CSL-JSON file whose changed values span several lines, in a file indented by 4
CSL_JSON_NESTED = """[
    {
        "id": "nowak2014",
        "type": "book",
        "title": "Ekonomia społeczna w Polsce",
        "author": [
            {
                "literal": "Nowak, M."
            }
        ],
        "publisher": "PWN",
        "issued": {
            "raw": "2014"
        },
        "DOI": "10.1234/abc.5",
        "URL": "https://doi.org/10.1234/abc.5"
    }
]
"""


def test_csl_json_multiline_values_are_rewritten_at_their_own_depth():
    # (no URL: a dropped key used to make the whole item be dumped, which hid the bug)
    text = CSL_JSON_NESTED.replace(',\n        "URL": "https://doi.org/10.1234/abc.5"', "")
    result = fix_text(text, format="csl-json", cache=False)
    assert result.changed
    lines = result.text.splitlines()
    author = lines.index('        "author": [')
    # the rewritten list sits one level (4 spaces, the file's unit) deeper than its key, as before
    assert lines[author + 1] == "            {", result.text
    assert lines[author + 2].startswith('                "family": "Nowak"'), result.text
    issued = lines.index('        "issued": {')
    assert lines[issued + 1] == '            "date-parts": [', result.text
    assert not fix_text(result.text, format="csl-json", cache=False).changed


def test_csl_json_crlf_file_gets_no_bare_line_feeds_from_a_rewrite():
    text = CSL_JSON_NESTED.replace(',\n        "URL": "https://doi.org/10.1234/abc.5"', "").replace("\n", "\r\n")
    result = fix_text(text, format="csl-json", cache=False)
    assert result.changed
    assert "\n" not in result.text.replace("\r\n", "")


def test_csl_json_record_keeps_a_url_the_doi_makes_redundant():
    # the identifiers step drops a URL that is the DOI's link; a user's record file keeps every key
    result = fix_text(CSL_JSON_NESTED, format="csl-json", cache=False)
    assert '"URL": "https://doi.org/10.1234/abc.5"' in result.text
    assert '"DOI": "10.1234/abc.5"' in result.text
