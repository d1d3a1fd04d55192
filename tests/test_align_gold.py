"""scripts/align_gold.py: dev lines + gold CSL-JSON -> training rows in the labeler's span format."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from refnorm.parsing.corpus import Example, load, token_labels

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("align_gold", ROOT / "scripts" / "align_gold.py")
align_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(align_gold)


def labelled(text: str, gold) -> tuple[list[tuple[str, str]], list[list[int]]]:
    """(token, label) pairs as the trainer sees them (corpus.token_labels), and the refs."""
    spans, refs = align_gold.align(text, gold)
    ex = Example("t", text, [tuple(s) for s in spans], [tuple(r) for r in refs])
    toks, labels = token_labels(ex)
    return [(t.text, lab) for t, lab in zip(toks, labels, strict=True)], refs


def field(pairs: list[tuple[str, str]], label: str) -> str:
    """The tokens labelled ``label`` (with or without the begin marker), joined by spaces."""
    return " ".join(t for t, lab in pairs if lab.lstrip("^") == label)


def test_french_vancouver_line() -> None:
    text = ("12. Leng Z, Zhu R, Hou W, Feng Y, et al. Transplantation of ACE2- Mesenchymal Stem Cells Improves "
            "the Outcome of Patients with COVID-19 Pneumonia. Aging Dis. 9 mars 2020;11(2):216‑28.")
    gold = {"type": "article-journal",
            "author": [{"family": "Leng", "given": "Z"}, {"family": "Zhu", "given": "R"},
                       {"family": "Hou", "given": "W"}, {"family": "Feng", "given": "Y"}],
            "title": "Transplantation of ACE2- Mesenchymal Stem Cells Improves the Outcome of Patients with "
                     "COVID-19 Pneumonia",
            "container-title": "Aging Dis", "issued": {"date-parts": [[2020, 3, 9]]},
            "volume": "11", "issue": "2", "page": "216-228"}
    pairs, refs = labelled(text, gold)
    assert pairs[0] == ("12", "^citation-number")
    assert field(pairs, "author") == "Leng Z , Zhu R , Hou W , Feng Y"  # one span, first name to last
    assert field(pairs, "etal") == "et al"
    assert field(pairs, "issued") == "9 mars 2020"
    assert field(pairs, "container-title") == "Aging Dis"
    assert field(pairs, "volume") == "11" and field(pairs, "issue") == "2"
    assert field(pairs, "page") == "216 ‑ 28"  # the printed (compressed) range
    assert refs == [[0, len(text)]]


def test_german_line_with_hrsg() -> None:
    text = ("Kraus, Heike (2019): Gletscherrückgang in den Ostalpen seit 1850. In: Veit, Hans/Brandl, Eva (Hrsg.): "
            "Hochgebirge im Klimawandel. 2. Aufl. Heidelberg: Springer Spektrum, S. 45–68.")
    gold = {"type": "chapter", "author": [{"family": "Kraus", "given": "Heike"}], "issued": {"date-parts": [[2019]]},
            "title": "Gletscherrückgang in den Ostalpen seit 1850",
            "editor": [{"family": "Veit", "given": "Hans"}, {"family": "Brandl", "given": "Eva"}],
            "container-title": "Hochgebirge im Klimawandel", "edition": "2", "publisher-place": "Heidelberg",
            "publisher": "Springer Spektrum", "page": "45-68"}
    pairs, _ = labelled(text, gold)
    assert field(pairs, "editor") == "Veit , Hans / Brandl , Eva"
    assert field(pairs, "title") == "Gletscherrückgang in den Ostalpen seit 1850"  # the year inside is the title's
    assert field(pairs, "issued") == "2019"
    assert field(pairs, "edition") == "2 . Aufl"  # the edition word joins the number
    assert field(pairs, "page") == "45 – 68"
    # role words and labels stay outside every field
    outside = {t for t, lab in pairs if lab == "O"}
    assert {"In", "Hrsg", "S"} <= outside


def test_glued_line_has_one_extent_per_record() -> None:
    text = ("SANTOS, R. Cartografias do sertão. Fortaleza: EdUFC, 2011. MOURA, Denise. Trabalho e escravidão no "
            "Ceará. Revista Brasileira de História, São Paulo, v. 35, n. 70, p. 45-67, 2015.")
    gold = [{"type": "book", "author": [{"family": "Santos", "given": "R."}], "title": "Cartografias do sertão",
             "publisher-place": "Fortaleza", "publisher": "EdUFC", "issued": {"date-parts": [[2011]]}},
            {"type": "article-journal", "author": [{"family": "Moura", "given": "Denise"}],
             "title": "Trabalho e escravidão no Ceará", "container-title": "Revista Brasileira de História",
             "publisher-place": "São Paulo", "volume": "35", "issue": "70", "page": "45-67",
             "issued": {"date-parts": [[2015]]}}]
    pairs, refs = labelled(text, gold)
    assert len(refs) == 2
    assert text[refs[1][0]:].startswith("MOURA")
    assert [t for t, lab in pairs if lab.startswith("^")] == ["SANTOS", "MOURA"]
    assert field(pairs, "issued") == "2011 2015"
    assert field(pairs, "publisher-place") == "Fortaleza São Paulo"


def test_non_reference_has_no_spans_and_no_refs() -> None:
    spans, refs = align_gold.align("© 2021 Georg Thieme Verlag KG Stuttgart · New York", None)
    assert spans == [] and refs == []


def test_line_dropped_when_a_field_is_not_printed() -> None:
    text = "Bakker, J. (2010). De Hollandse waterlinie: verdediging en landschap. Utrecht: Matrijs."
    gold = {"type": "book", "author": [{"family": "Bakker", "given": "J."}], "issued": {"date-parts": [[2010]]},
            "title": "De Hollandse waterlinie: verdediging en landschap", "publisher-place": "Utrecht",
            "publisher": "Uitgeverij Matrijs BV"}
    with pytest.raises(align_gold.Drop, match="missing:publisher"):
        align_gold.align(text, gold)
    # the same line with the right gold is kept
    gold["publisher"] = "Matrijs"
    assert align_gold.align(text, gold)[0]


def test_line_dropped_when_a_word_is_left_unlabelled() -> None:
    text = "Colombo, Giulia, Il paesaggio agrario della Lomellina, relatore prof. M. Ferri, Pavia, 2018."
    gold = {"type": "thesis", "author": [{"family": "Colombo", "given": "Giulia"}],
            "title": "Il paesaggio agrario della Lomellina", "publisher-place": "Pavia",
            "issued": {"date-parts": [[2018]]}}
    with pytest.raises(align_gold.Drop, match="left:word"):
        align_gold.align(text, gold)


def test_line_dropped_when_the_year_is_ambiguous() -> None:
    text = "Bianchi, M. (2021). Ottimizzazione topologica. In: Atti del Convegno AIAS, Napoli, 1–4 settembre 2021."
    gold = {"type": "paper-conference", "author": [{"family": "Bianchi", "given": "M."}],
            "issued": {"date-parts": [[2021]]}, "title": "Ottimizzazione topologica",
            "container-title": "Atti del Convegno AIAS", "publisher-place": "Napoli"}
    with pytest.raises(align_gold.Drop, match="ambiguous:issued"):
        align_gold.align(text, gold)


def test_kept_aside_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="kept aside"):
        align_gold.dev_files([str(ROOT / "bench" / "data" / "kept-aside" / "multilingual-dev-82.jsonl")])
    with pytest.raises(SystemExit, match="kept aside"):
        align_gold.main([str(ROOT / "bench" / "data" / "kept-aside" / ".." / "kept-aside" / "x.jsonl"),
                         "--out", str(tmp_path / "x.jsonl")])
    assert not (tmp_path / "x.jsonl").exists()


def test_written_rows_load_as_training_examples(tmp_path: Path) -> None:
    dev = tmp_path / "multilingual-dev-x.jsonl"
    lines = [{"id": "x-1", "lang": "nl", "text": "Bakker, J. (2010). De Hollandse waterlinie. Utrecht: Matrijs.",
              "gold": {"type": "book", "author": [{"family": "Bakker", "given": "J."}],
                       "issued": {"date-parts": [[2010]]}, "title": "De Hollandse waterlinie",
                       "publisher-place": "Utrecht", "publisher": "Matrijs"}},
             {"id": "x-2", "lang": "nl", "text": "Literatuur", "gold": None}]
    dev.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    out = tmp_path / "aligned.jsonl"
    assert align_gold.main([str(dev), "--out", str(out)]) == 0
    rows = list(load(out, "refnorm"))
    assert [(r.id, r.source, r.lang) for r in rows] == [("x-1", "aligned", "nl"), ("x-2", "aligned", "nl")]
    assert rows[1].refs == [] and rows[1].spans == []
    assert {lab for lab, _, _ in rows[0].spans} == {"author", "issued", "title", "publisher-place", "publisher"}


def test_gost_statement_of_responsibility_is_a_second_author_run() -> None:
    text = ("Воробьёва, Т. Н. Сезонная изменчивость фитопланктона Онежского озера / Т. Н. Воробьёва, Д. А. Миронов "
            "// Биология внутренних вод. – 2021. – № 3. – С. 241–250.")
    gold = {"type": "article-journal",
            "author": [{"family": "Воробьёва", "given": "Т. Н."}, {"family": "Миронов", "given": "Д. А."}],
            "title": "Сезонная изменчивость фитопланктона Онежского озера",
            "container-title": "Биология внутренних вод", "issued": {"date-parts": [[2021]]}, "issue": "3",
            "page": "241-250"}
    spans, _ = align_gold.align(text, gold)
    authors = [text[s:e] for lab, s, e in spans if lab == "author"]
    assert authors == ["Воробьёва, Т. Н.", "Т. Н. Воробьёва, Д. А. Миронов"]


def test_japanese_editor_given_name_before_the_role_mark() -> None:
    text = "渡辺恵子「地域包括ケアにおける多職種連携」松本浩二編『これからの地域福祉』ミネルヴァ書房，2018年，pp. 77–98。"
    gold = {"type": "chapter", "author": [{"family": "渡辺", "given": "恵子"}],
            "title": "地域包括ケアにおける多職種連携", "editor": [{"family": "松本", "given": "浩二"}],
            "container-title": "これからの地域福祉", "publisher": "ミネルヴァ書房",
            "issued": {"date-parts": [[2018]]}, "page": "77-98"}
    spans, _ = align_gold.align(text, gold)
    got = {lab: text[s:e] for lab, s, e in spans}
    assert got["editor"] == "松本浩二" and got["author"] == "渡辺恵子" and got["issued"] == "2018年"


def test_particle_printed_after_the_given_name_stays_in_the_name_list() -> None:
    text = "Groot, H. de (2012). Armenzorg in Leiden, 1600–1800. Hilversum: Verloren."
    gold = {"type": "book", "author": [{"family": "Groot", "given": "H.", "non-dropping-particle": "de"}],
            "issued": {"date-parts": [[2012]]}, "title": "Armenzorg in Leiden, 1600–1800",
            "publisher-place": "Hilversum", "publisher": "Verloren"}
    pairs, _ = labelled(text, gold)
    assert field(pairs, "author") == "Groot , H . de"
