"""`fix_text` / `fix_file`: nothing lost, verbatim when unsure, idempotent, atomic, reported.

The first half drives `fix` through a small fake pipeline that honours the stage contracts
(tests/fix_fakes.py), so that the promises of `fix` itself are tested whatever the parser's
accuracy. The second half runs the real pipeline on every example file.

Not exercised here (yet): the real Crossref API (tests/test_fix_online.py uses the local replaying
server); a retraction warning coming from Crossref through `fix` (the recorded works hold none for
these references; the fake enrich stands in); a progress bar on a real terminal (unit-tested with a
fake clock in test_fix_cli.py); Python 3.10 with tomli (simulated in test_config.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import refnorm
from fix_fakes import fake_enrich, fake_normalize, fake_parse, fake_render
from refnorm import Reference
from refnorm.errors import ConfigError
from refnorm.fix import FixResult, Pipeline, fix_file, fix_text, guess_locale, lost_content
from refnorm.io import adapter_for

DATA = Path(__file__).parent / "data" / "fix"
EXAMPLES = sorted(p for p in DATA.iterdir() if p.suffix != ".md")
FAKE = Pipeline(parse=fake_parse, enrich=fake_enrich, render=fake_render, normalize=fake_normalize)

MESSY = """Références

1. Leng Z, Zhu R . Transplantation of ACE2 ; Aging Dis. 2020;11(2):216-28
   wrapped line here.
2. Zhao RC. Stem Cell ; 2020. || Smith J. Other paper ; 2019
3. Selon ClinicalTrials.gov, terme de recherche.
4. Bad ??? 2020 entry
5. Retracted thing; 2018.
6. Already clean; 2017.
"""


def items_in(result: FixResult, text: str) -> int:
    adapter = adapter_for(format=result.format)
    try:
        return len(adapter.read(text, split=FAKE.split).items)
    except TypeError:
        return len(adapter.read(text).items)


def test_messy_list_with_fake_pipeline():
    r = fix_text(MESSY, pipeline=FAKE)
    assert r.text == """Références

1. Leng Z, Zhu R . Transplantation of ACE2; Aging Dis. 2020;11(2):216-28 wrapped line here.
2. Zhao RC. Stem Cell; 2020.
3. Smith J. Other paper; 2019.
4. Selon ClinicalTrials.gov, terme de recherche.
5. Bad ??? 2020 entry
6. Retracted thing; 2018.
7. Already clean; 2017.
"""
    statuses = [it.status for it in r.items]
    assert statuses == ["fixed", "fixed", "not-a-reference", "verbatim", "unchanged", "unchanged"]
    assert r.items[3].reason == "low-confidence"
    assert r.counts()["split"] == 1 and r.counts()["retracted"] == 1
    assert r.summary().startswith("6 references: 3 fixed, 2 unchanged, 1 kept verbatim, 1 retracted")
    # nothing lost: items out = items in + splits
    assert items_in(r, r.text) == items_in(r, MESSY) + 1
    # idempotent
    again = fix_text(r.text, pipeline=FAKE)
    assert not again.changed and again.text == r.text


def test_verbatim_items_are_byte_identical():
    src = "1. Note   without  year,\n   spread over lines.\n2. Low ??? confidence  2020 ; x\n"
    r = fix_text(src, pipeline=FAKE)
    assert r.text == src and not r.changed


def test_unstable_rendering_is_kept_verbatim():
    counter = {"n": 0}

    def drifting_render(refs, **kw):
        counter["n"] += 1
        return [f"{r['title']} v{counter['n']} 2020." for r in refs]

    src = "1. Something 2020.\n"
    r = fix_text(src, pipeline=Pipeline(parse=fake_parse, enrich=fake_enrich, render=drifting_render))
    assert r.text == src
    assert r.items[0].status == "verbatim" and r.items[0].reason == "unstable"


def test_rewrite_that_drops_content_is_kept_verbatim():
    def lossy_render(refs, **kw):
        return ["Leng Z. Title. 2020." for _ in refs]

    src = "1. Leng Z, Zhu R, et al. Title. Aging Dis. 2020;11(2):216-28.\n"
    r = fix_text(src, pipeline=Pipeline(parse=fake_parse, enrich=fake_enrich, render=lossy_render))
    assert r.text == src and r.items[0].reason == "content-lost"
    lost = r.items[0].diagnostics[0].data["lost"]
    assert "216" in lost and "et al." in lost


@pytest.mark.parametrize(("before", "after", "ok"), [
    ("Smith J. A title. Lancet. 2020;395:497-506.", "Smith J. A title. Lancet. 2020;395:497–506.", True),
    ("Smith J. A title. Lancet. 2020;395:497-06.", "Smith J. A title. Lancet. 2020;395:497–506.", True),
    ("Smith J. Clinical features of patients infected with coronavirus. Lancet. 7 févr 2020;395:1-9.",
     "Smith J. Clinical features of patients infected with coronavirus. Lancet. 2020 Feb 7;395:1–9.", True),
    ("ClinicalTrials.gov, search term ``mesenchymal COVID-19'', searched on 24 April 2020.",
     "ClinicalTrials. gov, search term “mesenchymal COVID-19. 2020.", False),
    ("Smith J. A title. Lancet. 2020;395:497-506.", "Smith J. A title. Lancet. 2019;395:497–506.", False),
    ("Smith J, et al. A title. Lancet. 2020.", "Smith J. A title. Lancet. 2020.", False),
    ("Selon ClinicalTrials.gov ; recherche effectuée le 24 avril 2020 : 17 essais enregistrés.",
     "gov CS. Rech Effectuée. 2020.", False),
    # what a style does by design: compressed page ranges, abbreviated journal names
    ("Wang X, Li H. Deep learning in imaging. Chin Med Imaging. 2020, 36(5): 641-645.",
     "Wang X, Li H. Deep learning in imaging. Chin Med Imaging. 2020;36(5):641–5.", True),
    ("Smith, J. and Jones, K. (2017) 'Urban heat islands', Nature Climate Change, 7(4), pp. 233–240.",
     "Smith J, Jones K. Urban heat islands. Nat Clim Change. 2017;7(4):233–40.", True),
    ("Smith J. Heat. Nature. 2017;7:233-240.", "Smith J. Heat. Nat. 2017;7:233-4.", False),
    ("Renear M. A Therapeutic Funeral. Journal of Pastoral Care. 1979 Dec;33(4):252-3.",
     "Renear M. A Therapeutic Funeral. J Pastoral Care. 1979 Dec;33(4):252–3.", True),
    ("Smith J. Urban heat islands in national parks. Nature. 2017;7:233-240.",
     "Smith J. Urban heat. Nature. 2017;7:233-40.", False),
    # a locale's own labels ("Hrsg.", "Aufl.", "S.") for the style's ("Ed.", "2nd ed.", "pp.") lose nothing ...
    ("Müller, K. (2019): Arbeitsmarkt. In: Schmidt, H. (Hrsg.): Handbuch Migration. 2. Aufl. Wiesbaden: Springer VS, "
     "S. 45–67.", "Müller, K. (2019). Arbeitsmarkt. In H. Schmidt (Ed.), Handbuch Migration (2nd ed., pp. 45–67). "
     "Springer VS.", True),
    # ... but the edition itself is content: "Migration. 2" is no day beside a month word
    ("Müller, K. (2019): Arbeitsmarkt. In: Schmidt, H. (Hrsg.): Handbuch Migration. 2. Aufl. Wiesbaden: Springer VS, "
     "S. 45–67.", "Müller, K. (2019). Arbeitsmarkt. In H. Schmidt (Ed.), Handbuch Migration (pp. 45–67). Springer VS.",
     False),
])
def test_lost_content(before, after, ok):
    assert (lost_content(before, after) == []) is ok


def test_renderer_failure_keeps_the_entry_and_the_others_still_render():
    def picky_render(refs, **kw):
        if any("boom" in r["title"] for r in refs):
            raise ValueError("citeproc crashed")
        return fake_render(refs, **kw)

    src = "1. Fine ; 2020\n2. boom 2020\n"
    r = fix_text(src, pipeline=Pipeline(parse=fake_parse, enrich=fake_enrich, render=picky_render))
    assert r.text == "1. Fine; 2020.\n2. boom 2020\n"
    assert r.items[1].reason == "render-failed"


def test_enrichment_failure_degrades_with_a_diagnostic():
    def down(refs, **kw):
        raise refnorm.NetworkError("connection refused")

    r = fix_text("1. Fine ; 2020\n", pipeline=Pipeline(parse=fake_parse, enrich=down, render=fake_render))
    assert r.text == "1. Fine; 2020.\n"
    assert [d.code for d in r.diagnostics] == ["fix.enrich-failed"]


def test_enrich_receives_the_settings():
    seen = {}

    def spy(refs, **kw):
        seen.update(kw)
        return refs

    fix_text("1. A 2020.\n", pipeline=Pipeline(parse=fake_parse, enrich=spy, render=fake_render),
             mailto="me@example.org", offline=False, crossref_url="http://127.0.0.1:9/", policy="prefer-crossref")
    assert seen["offline"] is False and seen["mailto"] == "me@example.org"
    assert seen["crossref_url"] == "http://127.0.0.1:9/" and seen["policy"] == "prefer-crossref"
    fix_text("1. A 2020.\n", pipeline=Pipeline(parse=fake_parse, enrich=spy, render=fake_render))
    assert seen["offline"] is True  # no e-mail: cache only


def test_online_without_mailto_is_a_config_error():
    with pytest.raises(ConfigError, match="e-mail"):
        fix_text("1. A 2020.\n", pipeline=FAKE, offline=False)


def test_records_are_normalised_and_written_back():
    src = json.dumps([{"id": "a", "type": "book", "title": "T", "page": "1--2"},
                      {"id": "b", "type": "book", "title": "U"}], indent=2)
    r = fix_text(src, format="csl-json", pipeline=FAKE)
    assert json.loads(r.text)[0]["page"] == "1-2"
    assert [it.status for it in r.items] == ["fixed", "unchanged"]
    change = r.items[0].changes["page"]
    assert change == {"before": "1--2", "after": "1-2", "source": "normalize.pages"}
    assert not fix_text(r.text, format="csl-json", pipeline=FAKE).changed


def test_report_is_json_serialisable():
    r = fix_text(MESSY, pipeline=FAKE)
    data = json.loads(json.dumps(r.to_dict()))
    assert data["counts"]["references"] == 6
    assert data["items"][1]["after"] == ["Zhao RC. Stem Cell; 2020.", "Smith J. Other paper; 2019."]
    assert data["items"][4]["warnings"] == ["crossref.retracted"]


def test_diff_is_unified():
    r = fix_text(MESSY, pipeline=FAKE, path="refs.txt")
    d = r.diff()
    assert d.startswith("--- a/refs.txt\n+++ b/refs.txt\n@@")
    assert "-2. Zhao RC. Stem Cell ; 2020. || Smith J. Other paper ; 2019\n" in d


def test_fix_file_writes_atomically_and_only_when_changed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "refs.txt"
    p.write_bytes(MESSY.replace("\n", "\r\n").encode())
    r = fix_file(p, pipeline=FAKE)
    assert r.changed
    data = p.read_bytes()
    assert b"\r\n3. Smith J. Other paper; 2019.\r\n" in data and b"\n\n" not in data.replace(b"\r\n", b"")
    assert [x.name for x in tmp_path.iterdir()] == ["refs.txt"]  # no temporary file left behind
    mtime = p.stat().st_mtime_ns
    assert not fix_file(p, pipeline=FAKE).changed
    assert p.stat().st_mtime_ns == mtime
    dry = tmp_path / "dry.txt"
    dry.write_text(MESSY, encoding="utf-8")
    assert fix_file(dry, pipeline=FAKE, dry_run=True).changed and dry.read_text(encoding="utf-8") == MESSY


@pytest.mark.parametrize(("text", "locale"), [
    ("Références\n1. X. Disponible sur: http://x. [consulté le 9 mars 2020]. 2. Y. [cité le 3 févr 2020]", "fr-FR"),
    ("1. Smith J. The title of the work. Available from: http://x [accessed 2020 Mar 9]", "en-US"),
    ("1. Müller K. Die Geschichte der Stadt. Hrsg. von X. Verlag der Welt; 2. Aufl., abgerufen März 2020", "de-DE"),
    ("", "en-US"),
    # "et al." is Latin in every language's lists: six of them make no French list
    ("\n".join(f"{i}. Okafor N, Lindqvist P, Haddad R, et al. Trial {i}. BMJ. 2019;{i}:1-9." for i in range(1, 7)), "en-US"),
    ("\n".join(f"{i}. Nakamura T, et al. Kohortenstudie {i}. Z Gerontol. 2020;{i}:1-9." for i in range(1, 4))
     + "\nMüller K. Die Pflege im Alter. 2. Aufl. Berlin: Verlag der Welt; 2019", "de-DE"),
])
def test_guess_locale(text, locale):
    assert guess_locale([text]) == locale


entry_text = st.text(alphabet=st.sampled_from("abcXYZ ;.,|?-0123456789\n"), max_size=40)


@given(st.lists(entry_text, min_size=1, max_size=6))
def test_property_nothing_lost_and_idempotent_with_fakes(lines):
    src = "".join(f"{n}. {line.strip() or 'x'} 20{n:02d}\n" for n, line in enumerate(lines, start=1))
    r = fix_text(src, pipeline=FAKE)
    splits = sum(len(it.after) - 1 for it in r.items if it.after)
    assert items_in(r, r.text) == items_in(r, src) + splits
    assert not fix_text(r.text, pipeline=FAKE).changed


# ------------------------------------------------------------------- the real pipeline, end to end
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_real_pipeline_nothing_lost_and_idempotent(path):
    src = path.read_text(encoding="utf-8")
    r = fix_text(src, path=path.name)
    adapter = adapter_for(path)
    splits = sum(len(it.after) - 1 for it in r.items if it.status == "fixed" and it.kind == "entry")
    assert len(adapter.read(r.text).items) == len(adapter.read(src).items) + splits
    for it in r.items:  # what was kept verbatim is still there, byte for byte (but for its number:
        # a split entry earlier in a sequentially numbered list renumbers the entries after it)
        if it.status in ("verbatim", "not-a-reference", "unchanged") and it.kind == "entry":
            body = it.before[len(it.label):] if it.label and it.before.startswith(it.label) else it.before
            assert body in r.text
    again = fix_text(r.text, path=path.name)
    assert again.text == r.text, again.diff()
    assert not any(d.code == "fix.count-mismatch" for d in r.diagnostics)


def test_known_clean_text_is_recognised_by_its_hash(tmp_path, monkeypatch):
    calls = []

    def counting_parse(entry, lang=None):
        calls.append(entry)
        return fake_parse(entry, lang)

    monkeypatch.setattr(Pipeline, "resolved", lambda self: Pipeline(
        split=refnorm.split, parse=counting_parse, normalize=fake_normalize, enrich=fake_enrich, render=fake_render))
    clean = "1. Clean; 2017.\n2. Also clean; 2018.\n"
    first = fix_text(clean, cache_dir=str(tmp_path))
    assert not first.changed and first.cached is None and len(calls) >= 2
    n = len(calls)
    second = fix_text(clean, cache_dir=str(tmp_path))
    assert len(calls) == n and second.cached == first.counts() and second.counts() == first.counts()
    assert not second.changed and second.text == clean
    fix_text(clean, cache_dir=str(tmp_path), style="apa")  # other settings: not the same verdict
    assert len(calls) > n
    n = len(calls)
    fix_text(clean, cache_dir=str(tmp_path), cache=False)
    assert len(calls) > n
    messy = "1. Messy ; 2017\n"
    fix_text(messy, cache_dir=str(tmp_path))
    n = len(calls)
    assert fix_text(messy, cache_dir=str(tmp_path)).changed  # only clean texts are remembered
    assert len(calls) > n


def test_output_that_reads_back_short_is_refused():
    """The safety net: if the written text would split into fewer items, nothing is written."""
    def forgetful_split(text):
        return [e for e in refnorm.split(text) if "HIDDEN" not in e.text]

    def hiding_render(refs, **kw):
        return [r["title"] if "HIDDEN" in r["title"] else f"{r['title']} HIDDEN." for r in refs]

    src = "1. First ; 2020\n2. Second ; 2021\n"
    r = fix_text(src, pipeline=Pipeline(split=forgetful_split, parse=fake_parse, enrich=fake_enrich,
                                        render=hiding_render))
    assert r.text == src and not r.changed
    assert [d.code for d in r.diagnostics] == ["fix.count-mismatch"]
    assert {it.reason for it in r.items} == {"count-mismatch"}


def test_latex_entries_keep_the_style_italics():
    def styled_render(refs, *, format="text", **kw):
        plain = fake_render(refs)
        if format == "html":
            return [f'<div class="csl-entry">{t.replace("Journal", "<i>Journal</i>").replace("&", "&#38;")}</div>'
                    for t in plain]
        return plain

    src = "\\begin{thebibliography}{9}\n\\bibitem{a}\nSmith J. Title \\& co ; {\\em Journal} 2020\n\\end{thebibliography}\n"
    pipe = Pipeline(parse=fake_parse, enrich=fake_enrich, render=styled_render)
    r = fix_text(src, format="latex", pipeline=pipe)
    assert "\\bibitem{a}\nSmith J. Title \\& co; \\emph{Journal} 2020.\n" in r.text
    assert not fix_text(r.text, format="latex", pipeline=pipe).changed


FRAGMENTS = [
    "Leng Z, Zhu R, Hou W, et al. Transplantation of ACE2- Mesenchymal Stem Cells. Aging Dis. 2020 ; 11(2):216‑28.",
    "Zhao RC. Stem Cell–Based Therapy for Coronavirus Disease 2019. Stem Cells Dev. 2020;29(11):679‑81.",
    "Selon ClinicalTrials.gov ; recherche effectuée le 24 avril 2020.",
    "Smith J, Jones K. A title: with a subtitle. J Biol Chem. 1998;273(5):1234-9. doi:10.1074/jbc.273.5.1234",
    "Goodfellow I, Bengio Y, Courville A. Deep Learning. Cambridge (MA): MIT Press; 2016.",
    "References", "", "Google Scholar",
    "WHO. Coronavirus disease (COVID-19) [Internet]. Geneva: WHO; 2020 [cited 2020 Apr 24]. Available from: "
    "https://www.who.int",
    "Müller K. Die Rolle der Zellen. Z Pneumol. 2019;12(3):45–67.",
]


@settings(max_examples=8)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=5), st.sampled_from(["{n}. ", "[{n}] ", "", "- "]),
       st.booleans())
def test_property_real_pipeline_nothing_lost_and_idempotent(frags, label, crlf):
    nl = "\r\n" if crlf else "\n"
    src = nl.join((label.format(n=i) if f and f != "References" else "") + f for i, f in enumerate(frags, 1)) + nl
    assume(src.strip())
    adapter = adapter_for(format="text")
    r = fix_text(src, cache=False)
    splits = sum(len(it.after) - 1 for it in r.items if it.status == "fixed")
    assert len(adapter.read(r.text).items) == len(adapter.read(src).items) + splits
    assert fix_text(r.text, cache=False).text == r.text


def test_a_split_into_torn_pieces_is_kept_verbatim():
    def tearing_parse(entry, lang=None):
        head, tail = entry.text.split(" || ")
        return [Reference.from_csl({"title": head, "author": [{"literal": "A"}]}),
                Reference.from_csl({"page": tail})]

    src = "1. Whole reference 2020 || 199-207\n"
    r = fix_text(src, pipeline=Pipeline(parse=tearing_parse, enrich=lambda refs, **kw: refs,
                                        render=lambda refs, **kw: [r.get("title", r.get("page")) for r in refs]))
    assert r.text == src and r.items[0].reason == "doubtful-split"


def test_fix_file_keeps_a_utf8_byte_order_mark(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "refs.txt"
    p.write_bytes(b"\xef\xbb\xbf" + MESSY.encode())
    assert fix_file(p, pipeline=FAKE).changed
    data = p.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfR\xc3\xa9f\xc3\xa9rences") and data.count(b"\xef\xbb\xbf") == 1


def test_utf16_files_are_not_rewritten_in_place(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "refs.txt"
    p.write_bytes(b"\xff\xfe" + MESSY.encode("utf-16-le"))
    before = p.read_bytes()
    with pytest.raises(refnorm.InputError, match="UTF-16"):
        fix_file(p, pipeline=FAKE)
    assert p.read_bytes() == before
    assert fix_file(p, pipeline=FAKE, dry_run=True).changed


def _count_parses(monkeypatch) -> list[str]:
    """Make fix's default pipeline the fakes, recording the text of every entry parsed."""
    calls: list[str] = []

    def counting_parse(entry, lang=None):
        calls.append(entry.text)
        return fake_parse(entry, lang)

    monkeypatch.setattr(Pipeline, "resolved", lambda self: Pipeline(
        split=refnorm.split, parse=counting_parse, normalize=fake_normalize, enrich=fake_enrich,
        render=fake_render))
    return calls


def test_entry_verdicts_are_remembered_in_numeric_styles(tmp_path, monkeypatch):
    calls = _count_parses(monkeypatch)
    src = "1. Clean; 2017.\n2. A note without year.\n3. Retracted work; 2018.\n4. Unsure ??? 2019\n"
    first = fix_text(src, cache_dir=str(tmp_path), style="vancouver")
    assert not first.changed and len(calls) == 4
    edited = src.replace("1. Clean; 2017.", "1. Edited ; 2017")
    calls.clear()
    second = fix_text(edited, cache_dir=str(tmp_path), style="vancouver")
    assert calls == ["Edited ; 2017", "Edited; 2017."]  # only the edited entry: parsed, then its fixpoint check
    assert second.text == src.replace("1. Clean; 2017.", "1. Edited; 2017.")
    assert second.counts() == {**first.counts(), "fixed": 1, "unchanged": first.counts()["unchanged"] - 1}
    assert second.counts()["retracted"] == 1 and [it.status for it in second.items] == [
        "fixed", "not-a-reference", "unchanged", "verbatim"]
    calls.clear()
    fix_text(edited, cache_dir=str(tmp_path), style="apa")  # author-date: entries depend on each other
    assert len(calls) == 5


# ------------------------------------------------ epub dates, localised dates, glued lines (fresh)
MULTILINGUAL_VANCOUVER = """\
1. Patel R, Singh K, Moore T. Long-term outcomes after sepsis in older adults. Crit Care Med. 2021 Mar;49(3):412-20. Epub 2020 Dec 14.
2. Rossi M, Bianchi L. Insulin pumps in primary care. Diabetes Care. 2019 ; 42(6):1010-8. [Epub ahead of print]
3. Schmidt R, Braun T. Diagnostik der Sepsis auf der Intensivstation. Dtsch Med Wochenschr. 3. März 2020;145(5):310-8.
4. Pérez A, Ruiz M. Infección por SARS-CoV-2 en residencias de mayores. Rev Esp Geriatr Gerontol. 15 jun 2020;55(4):190-6.
5. Costa LM, Ribeiro AS. Mortalidade materna no Brasil. Cad Saude Publica. 12 maio 2020;36(5):e00123419.
6. Kowalski J, Nowak A. Czynniki ryzyka chorób serca w Polsce. Kardiol Pol. 2018;76(2):233-9. doi:10.5603/KP.2018.0012 7. Lewandowska E, Zieliński P. Otyłość u dzieci. Pediatr Pol. 2017;92(3):256-62.
8. Andersson L, Berg K. Sömnbesvär bland ungdomar. Läkartidningen. 2016;113(4):150-2. Nilsson K, Holm P. Depression hos äldre. Läkartidningen. 2015;112(8):340-3.
"""


def test_carry_epub_appends_the_phrase_once() -> None:
    from refnorm.fix import carry_epub

    raw = "Zhao RC. Stem cells. Stem Cells Dev. 2020;29(11):679-81. Epub 2020 Apr 28."
    out = carry_epub(raw, "Zhao RC. Stem cells. Stem Cells Dev. 2020;29(11):679–81.")
    assert out.endswith("679–81. Epub 2020 Apr 28.")
    assert carry_epub(out, out) == out  # a rendering that shows it already is left alone
    assert carry_epub("JAMA. 7 févr 2020 [Epub ahead of print];323(11):1061-9.", "JAMA. 2020;323(11):1061–9.") \
        == "JAMA. 2020;323(11):1061–9. [Epub ahead of print]"
    assert carry_epub("Smith J. Publishing. 2020.", "Smith J. Publishing. 2020.") == "Smith J. Publishing. 2020."
    assert carry_epub(raw, "<i>x</i>.", "html") == "<i>x</i>. Epub 2020 Apr 28."
    # after a rendering that ends on a DOI without a full stop (NLM styles), a full stop first
    assert carry_epub(raw, "Stem Cells Dev. 2020;29(11):679–81. doi:10.1089/scd.2020.0040") \
        == "Stem Cells Dev. 2020;29(11):679–81. doi:10.1089/scd.2020.0040. Epub 2020 Apr 28."


def test_real_pipeline_on_a_multilingual_vancouver_list() -> None:
    r = fix_text(MULTILINGUAL_VANCOUVER, style="vancouver", locale="en-US", cache=False)
    # nothing lost: every entry is there (each glued line becomes two), every epub phrase kept
    assert r.counts()["references"] == 9  # "7." is cut out of line 6 by the splitter, line 8 by parse
    assert "Epub 2020 Dec 14." in r.text and "[Epub ahead of print]" in r.text
    for number in ("3. Schmidt", "4. Pérez", "7. Lewandowska", "8. Andersson", "9. Nilsson"):
        assert number in r.text
    assert "10.5603/KP.2018.0012" in r.text
    assert "92(3):256" in r.text  # "92(3)" is a volume and an issue, however it was labelled
    fixed = {it.line: it for it in r.items if it.status == "fixed"}
    # localised day-month dates are read as the issue date (rendered in Vancouver's order)
    if 3 in fixed:
        assert "2020 Mar 3;145(5)" in r.text
    if 4 in fixed:
        assert "2020 Jun 15;55(4)" in r.text
    assert fix_text(r.text, style="vancouver", locale="en-US", cache=False).text == r.text


def test_an_entry_cut_from_a_line_by_its_number_gets_its_own_line_even_when_kept_verbatim():
    src = ("1. Zhao RC. Stem Cell-Based Therapy for Coronavirus Disease 2019. Stem Cells Dev. 2020;29(11):679-81. "
           "2. Voir aussi les recommandations de la Société de pathologie infectieuse, mises à jour régulièrement.\n"
           "3. Shi Y, Wang Y, Shao C. COVID-19 infection: the perspectives on immune responses. "
           "Cell Death Differ. 2020;27(5):1451-4.\n")
    r = fix_text(src, style="vancouver", locale="en-US")
    lines = r.text.splitlines()
    assert len(lines) == 3 and lines[1] == ("2. Voir aussi les recommandations de la Société de pathologie "
                                            "infectieuse, mises à jour régulièrement.")
    assert fix_text(r.text, style="vancouver", locale="en-US").text == r.text


def test_fixpoint_check_hands_the_default_parser_its_renderings_as_strings(monkeypatch, tmp_path):
    """refnorm's own parser reads every text as a plain string (an entry's references are then placed
    in the document as the parser places them, so a repeated text is parsed once); a stage passed in
    by the caller keeps getting Entry objects (its contract)."""
    import refnorm.rendering.api as rendering_api

    seen = []

    def spy(entry, lang=None):
        seen.append(type(entry).__name__)
        return fake_parse(entry, lang)

    monkeypatch.setattr(refnorm, "parse", spy)
    monkeypatch.setattr(refnorm, "enrich", fake_enrich)
    monkeypatch.setattr(rendering_api, "render_entries", fake_render)
    src = "1. Messy ; 2017\n2. Clean; 2018.\n"
    r = fix_text(src, cache=False, offline=True, cache_dir=str(tmp_path))
    assert r.text == "1. Messy; 2017.\n2. Clean; 2018.\n"
    assert seen == ["str", "str", "str"]
    seen.clear()
    custom = fix_text(src, pipeline=Pipeline(parse=spy, enrich=fake_enrich, render=fake_render))
    assert custom.text == r.text and seen == ["Entry", "Entry", "Entry"]


def test_a_rewrite_is_remembered_as_the_fixpoint_it_was_checked_to_be(tmp_path, monkeypatch):
    """In numeric styles the hook run right after `refnorm fix` finds every entry's verdict known,
    and it is the verdict (and the warnings) that a run without the cache reaches."""
    calls = _count_parses(monkeypatch)
    src = "1. Messy ; 2017\n2. Retracted work ; 2018\n3. Glued ; 2019 || Other -- 2020\n4. A note.\n"
    first = fix_text(src, cache_dir=str(tmp_path), style="vancouver")
    assert first.counts()["fixed"] == 4 and first.counts()["split"] == 1
    calls.clear()
    hook = fix_text(first.text, cache_dir=str(tmp_path), style="vancouver")
    assert calls == [] and not hook.changed
    fresh = fix_text(first.text, cache_dir=str(tmp_path), style="vancouver", cache=False)
    assert len(calls) == 5 and not fresh.changed
    assert [(it.status, [w.code for w in it.warnings]) for it in hook.items] == [
        (it.status, [w.code for w in it.warnings]) for it in fresh.items]
    assert [it.status for it in hook.items] == ["unchanged"] * 4 + ["not-a-reference"]
    assert hook.counts() == fresh.counts() and hook.counts()["retracted"] == 1
    calls.clear()
    apa = fix_text(src, cache_dir=str(tmp_path / "apa"), style="apa")  # author-date: nothing remembered
    fix_text(apa.text, cache_dir=str(tmp_path / "apa"), style="apa")
    assert len(calls) == 8 + 5  # 4 entries and 4 fixpoint checks, then the 5 entries of the fixed text


def test_a_rewrite_an_earlier_run_proved_a_fixpoint_is_not_parsed_again(tmp_path, monkeypatch):
    calls = _count_parses(monkeypatch)
    src = "1. Edited ; 2017\n2. Other ; 2018\n"
    first = fix_text(src, cache_dir=str(tmp_path), style="vancouver")
    assert first.text == "1. Edited; 2017.\n2. Other; 2018.\n"
    assert calls == ["Edited ; 2017", "Other ; 2018", "Edited; 2017.", "Other; 2018."]
    calls.clear()
    # another messy spelling of the first entry: its rewrite is the text the first run settled
    again = fix_text("1. Edited ; 2017.\n2. Other ; 2019\n", cache_dir=str(tmp_path), style="vancouver")
    assert calls == ["Edited ; 2017.", "Other ; 2019", "Other; 2019."]
    assert again.text == "1. Edited; 2017.\n2. Other; 2019.\n"
    fresh = fix_text("1. Edited ; 2017.\n2. Other ; 2019\n", style="vancouver", cache=False)
    assert json.dumps(again.to_dict(), default=str) == json.dumps(fresh.to_dict(), default=str)
    calls.clear()
    assert fix_text(again.text, cache_dir=str(tmp_path), style="vancouver").counts()["unchanged"] == 2
    assert calls == []  # both rewrites are remembered as the fixpoints they were checked to be


REPEATED = """\
1. Leng Z, Zhu R, Hou W, Feng Y, Yang Y, Han Q, et al. Transplantation of ACE2- mesenchymal stem cells improves the outcome of patients with COVID-19 pneumonia. Aging Dis. 2020;11(2):216-28.
2. Shi Y, Wang Y, Shao C. COVID-19 infection : the perspectives on immune responses. Cell Death Differ. 2020;27(5):1451-4.
3. Leng Z, Zhu R, Hou W, Feng Y, Yang Y, Han Q, et al. Transplantation of ACE2- mesenchymal stem cells improves the outcome of patients with COVID-19 pneumonia. Aging Dis. 2020;11(2):216-28.
4. Voir aussi les recommandations de la Société de pathologie infectieuse.
5. Shi Y, Wang Y, Shao C. COVID-19 infection : the perspectives on immune responses. Cell Death Differ. 2020;27(5):1451-4.
6. Shi Y, Wang Y, Shao C. COVID-19 infection : the perspectives on immune responses. Cell Death
   Differ. 2020;27(5):1451-4.
7. Voir aussi les recommandations de la Société de pathologie infectieuse.
8. Guan WJ, Ni ZY, Hu Y. Clinical characteristics of coronavirus disease 2019 in China. N Engl J Med. 2020 ; 382(18):1708-20.
"""


@pytest.mark.parametrize("style", ["vancouver", "apa"])
def test_repeated_entries_are_parsed_once_and_fixed_as_without_the_memos(style, monkeypatch):
    import refnorm.fix as fixing

    parsed: list[str] = []
    real_parse = refnorm.parse

    def counting_parse(entry, lang=None):
        parsed.append(entry if isinstance(entry, str) else entry.text)
        return real_parse(entry, lang)

    monkeypatch.setattr(refnorm, "parse", counting_parse)
    with_memo = fix_text(REPEATED, style=style, locale="en-US", cache=False)
    memo_parses = list(parsed)
    parsed.clear()
    monkeypatch.setattr(fixing, "MEMO", False)
    without = fix_text(REPEATED, style=style, locale="en-US", cache=False)
    assert with_memo.text == without.text and with_memo.changed
    assert json.dumps(with_memo.to_dict(), default=str) == json.dumps(without.to_dict(), default=str)
    # the spans of a repeat point at its own place in the text
    spans = [r.span for it in with_memo.items for r in it.references]
    assert len(set(spans)) == len(spans) and all(s.slice(REPEATED).startswith(("Leng", "Shi", "Guan")) for s in spans)
    # each text is parsed once (entry 6 is entry 5 wrapped: the same text), its repeats are not
    assert len(memo_parses) == len(set(memo_parses)) and len(parsed) >= len(memo_parses) + 4


def test_a_text_settled_in_a_later_round_must_still_cite_the_same_work() -> None:
    # "Titel: Bd. 3. Band" rendered from a book with a volume was read back as a chapter in "3. Band"; the
    # settle round then settled on that chapter's rendering ("Bd. In 3. Band"), a fixpoint citing another work.
    from refnorm.fix import _drifted

    book = Reference.from_csl({"type": "book", "title": "Geschichte der Neuzeit", "volume": "3",
                               "volume-title": "Die Aufklärung", "publisher": "Beck"})
    chapter = Reference.from_csl({"type": "chapter", "title": "Geschichte der Neuzeit: Bd",
                                  "container-title": "3. Die Aufklärung", "publisher": "Beck"})
    same_but_tidier = Reference.from_csl({"type": "book", "title": "Geschichte der Neuzeit.", "volume": "3",
                                          "volume-title": "Die Aufklärung", "publisher": "C. H. Beck"})
    lost_volume = Reference.from_csl({"type": "book", "title": "Geschichte der Neuzeit", "publisher": "Beck"})
    assert _drifted([book], [chapter]) == "book read back as chapter"
    assert _drifted([book], [lost_volume]) == "without its volume, volume-title"
    assert _drifted([book], [book, book]) == "another number of references"
    assert _drifted([book], [same_but_tidier]) == ""


@pytest.mark.parametrize(("fmt", "template", "title", "ordinal"), [
    ("latex", "\\begin{{thebibliography}}{{9}}\n\\bibitem{{a}} {}\n\\end{{thebibliography}}\n",
     "\\emph{Les politiques sociales en France}", "2\\textsuperscript{e} éd."),
    ("markdown", "# Article\n\n## Références\n\n1. {}\n", "*Les politiques sociales en France*", "2^e^ éd."),
])
def test_a_superscript_ordinal_keeps_the_styles_italics_and_a_second_fix_changes_nothing(fmt, template, title,
                                                                                         ordinal) -> None:
    """French APA prints an edition "2ᵉ éd.": as characters in text, as ``<sup>e</sup>`` in HTML. The formatted
    rendering is the same text, so the book's title keeps its italics (it was written as plain text before), and
    the superscript written in the file's own syntax reads back as the same entry."""
    src = template.format("Dupont J, Martin P. Les politiques sociales en France. 2e éd. Paris : PUF; 2019.")
    options = {"format": fmt, "style": "apa", "locale": "fr-FR", "offline": True, "cache": False}
    first = fix_text(src, **options)
    assert title in first.text and ordinal in first.text
    again = fix_text(first.text, **options)
    assert not again.changed and again.counts()["unchanged"] == 1


def test_markdown_superscripts_and_subscripts_read_as_their_letters() -> None:
    from refnorm.io.markdown import markdown_to_text

    assert markdown_to_text("*Book* (2^e^ éd.). CO~2~ uptake") == "Book (2e éd.). CO2 uptake"
    for literal in ("https://example.org/~user/~x/page", "a ~ b ~ c", "a\\^b^"):
        assert "~" in markdown_to_text(literal) or "^" in markdown_to_text(literal)
