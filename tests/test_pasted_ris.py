"""A RIS record pasted into a reference list ("TY  - JOUR" … "ER  -") is read by its tags, and `fix` renders it like
the list's other references."""

from __future__ import annotations

import refnorm
from refnorm.fix import fix_text
from refnorm.io import ris

RECORD = """TY  - CHAP
AU  - Lund, Eva
A2  - Bell, Karen
TI  - Shared reading in care homes
T2  - Reading together: practice and research
PB  - Routledge
CY  - London
SP  - 12
EP  - 30
PY  - 2020///
SN  - 978-0-367-12345-6
DO  - 10.4324/9780367123456-2
AB  - An abstract that no citation prints,
  wrapped onto a second line.
KW  - reading
ER  - """


def test_parse_reads_a_pasted_ris_record_by_its_tags() -> None:
    (ref,) = refnorm.parse(RECORD)
    assert ref.to_csl() == {
        "type": "chapter", "author": [{"family": "Lund", "given": "Eva"}], "editor": [{"family": "Bell",
                                                                                      "given": "Karen"}],
        "title": "Shared reading in care homes", "container-title": "Reading together: practice and research",
        "publisher": "Routledge", "publisher-place": "London", "page": "12-30", "issued": {"date-parts": [[2020]]},
        "ISBN": "978-0-367-12345-6", "DOI": "10.4324/9780367123456-2"}
    assert ref.provenance["title"] == "ris"


def test_ris_dates_and_a_second_record() -> None:
    two = ("TY  - JOUR\nAU  - Berg, S.\nTI  - Sleep\nJO  - Sleep Med\nDA  - 2021/03/15/\nPY  - 2021\nER  - \n"
           "TY  - ELEC\nAU  - Statistics Sweden\nTI  - Population tables\nUR  - https://www.scb.se/pop\n"
           "Y2  - 2023/02/01/\nER  - \n")
    assert [r["issued"] for r in ris.records(two)[:1]] == [{"date-parts": [[2021, 3, 15]]}]
    refs = refnorm.parse(two)
    assert [r.to_csl()["type"] for r in refs] == ["article-journal", "webpage"]
    assert refs[1].to_csl()["author"] == [{"literal": "Statistics Sweden"}]
    assert refs[1].to_csl()["accessed"] == {"date-parts": [[2023, 2, 1]]}


def test_fix_renders_a_pasted_record_and_leaves_it_fixed() -> None:
    # (without its ISBN, which Vancouver does not print for a chapter: a rewrite that drops it is kept verbatim, as
    # for any entry)
    record = RECORD.replace("SN  - 978-0-367-12345-6\n", "")
    text = ("1. Berg S, Alm K. Sleep after night shifts. Scand J Work Environ Health. 2020;46(3):301-9.\n\n"
            + record + "\n\n3. Holm A. Shared reading. Age Ageing. 2019;48(2):200-5.\n")
    first = fix_text(text, style="vancouver", offline=True, cache=False)
    assert first.counts()["fixed"] == 3
    assert "Lund E. Shared reading in care homes." in first.text and "TY  -" not in first.text
    assert fix_text(first.text, style="vancouver", offline=True, cache=False).text == first.text


def test_fix_keeps_a_record_verbatim_when_the_style_would_drop_what_it_holds() -> None:
    result = fix_text(RECORD, style="vancouver", offline=True, cache=False)
    assert result.text == RECORD and result.counts()["verbatim"] == 1
