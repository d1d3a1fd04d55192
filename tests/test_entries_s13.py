"""Entry-level decisions and pasted furniture (session 13), on strings of my own, never lines of the dev files: which
lines are no reference, and each form with look-alikes that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse


def _count(text: str, lang: str | None = None) -> int:
    return len(parse(text, lang=lang))


# --- web furniture that is no reference: cookie notices, citation-export links, a file's link, page footers

@pytest.mark.parametrize("text", [
    "We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies. "
    "Accept",
    "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu. OK",
    "Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz. "
    "Tamam",
    "Ta strona używa plików cookies. Korzystając ze strony, zgadzasz się na ich użycie. Akceptuję",
    "Этот сайт использует файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием. Принять",
    "本网站使用Cookie来改善您的体验。继续浏览即表示您同意我们使用Cookie。接受",
    "このウェブサイトはクッキーを使用しています。詳しくはプライバシーポリシーをご覧ください。OK",
    "Export citation  RIS  BibTeX  EndNote  RefWorks",
    "Zitieren  BibTeX  RIS  EndNote",
    "Download : Download high-res image (312KB)",
    "Abstract | Full Text | PDF (1.2 MB)",
    "Downloaded by [Universidad de Chile] at 11:30 05 May 2019",
    "Article history: Received 3 May 2020 Received in revised form 1 July 2020 Accepted 9 July 2020",
    "Keywords: groundwater; recharge; chloride mass balance; semi-arid",
    "Schlüsselwörter: Stadtentwicklung, Wohnungsmarkt, Gentrifizierung",
    "Palabras clave: vivienda, mercado, alquiler",
    "JEL Classification: R21, R31",
    "关键词：城市更新；土地财政；地方政府",
    "You may also like",
    "Lees ook",
])
def test_web_furniture_is_no_reference(text: str) -> None:
    assert _count(text) == 0


@pytest.mark.parametrize("text", [
    # a reference about cookies or reference managers has a year (and its people)
    "Trevisan, M., Traverso, S., Bassi, E., & Mellia, M. (2019). 4 years of EU cookie law: Results and lessons "
    "learned. Proceedings on Privacy Enhancing Technologies, 2019(2), 126–145.",
    "Kratochvíl, J. (2017). Comparison of the accuracy of bibliographical references generated for medical citation "
    "styles by EndNote, Mendeley, RefWorks and Zotero. The Journal of Academic Librarianship, 43(1), 57–66.",
    "Williams, R. (1976). Keywords: A vocabulary of culture and society. London: Fontana.",
    "Sarkar, D. (2016). Cookie banners and consent on news websites. Master's thesis, University of Leeds.",
])
def test_references_about_the_same_things_stay(text: str) -> None:
    assert _count(text) == 1


# --- notes and page furniture around an article's reference list

@pytest.mark.parametrize("text", [
    # a pointer inside the work with a Roman chapter number, and a Chicago footnote citing "(2019, 14–17)" and going on
    "Per una sintesi si rinvia supra, cap. II, § 4, e alla letteratura ivi indicata.",
    "12 On the harbour accounts, see Lindqvist and Berg (2019, 114–17); the totals differ because coastal trade is "
    "left out.",
    # Springer's author block and a page's running header with the page number after a bar
    "Author information\nAuthors and Affiliations\nDepartment of History, University of Bergen, Bergen, Norway\nKari "
    "Nilsen",
    "Cadernos de Saúde Pública v. 36 e00123420 2020 | 7",
])
def test_notes_and_page_furniture_are_no_reference(text: str) -> None:
    assert _count(text) == 0


@pytest.mark.parametrize("text", [
    "Lindqvist, A., & Berg, K. (2019). Harbour accounts of Gothenburg, 1780–1820. Scandinavian Economic History "
    "Review, 67(2), 114–137.",
    "Rossi, M. (2018). Storia della città, vol. II. Bologna: Il Mulino.",
    "Silva, J. (2020). Saúde e território. Cadernos de Saúde Pública, 36(4), e00123420.",
    # a running header's last piece is its year, not a page: no reference either way, and no crash
])
def test_look_alike_references_stay(text: str) -> None:
    assert _count(text) == 1


# --- references glued on one line

@pytest.mark.parametrize(("text", "n"), [
    # Japanese author-date: pages, a full stop, the next name and its bracketed year
    ("山本健二（2015）「都市の再生」『地理学評論』88(3), 201-215．佐藤花子（2019）『地域政策論』東京大学出版会．", 2),
    ("山本健二（2015）「都市の再生」『地理学評論』88(3), 201-215．", 1),
    # a numbered list whose second entry opens with a standard's number
    ("1. NOWAK, Piotr. Historia mostów w Polsce. Wrocław: Ossolineum, 2019. 2. PN-EN 1992-1-1:2008. Eurokod 2 – "
     "Projektowanie konstrukcji z betonu. Warszawa: PKN, 2008.", 2),
    # a law's numbers with thousands' groups are no entry numbers
    ("BRASIL. Lei nº 13.465, de 11 de julho de 2017. Altera as Leis nºs 8.629, de 25 de fevereiro de 1993, e "
     "11.977, de 7 de julho de 2009, para dispor sobre a regularização fundiária. Diário Oficial da União, "
     "Brasília, DF, 12 jul. 2017.", 1),
])
def test_glued_references(text: str, n: int) -> None:
    assert _count(text) == n


# --- identifiers broken by a line break or a space where the page ended

_ART = "Lindqvist, A. (2019). Harbour accounts of Gothenburg. Scandinavian Economic History Review, 67(2), 114–137. "


@pytest.mark.parametrize(("tail", "field", "value"), [
    ("doi: 10.\n1080/03585522.2019.1601234", "DOI", "10.1080/03585522.2019.1601234"),
    ("https://doi. org/10.1080/03585522.2019.1601234", "DOI", "10.1080/03585522.2019.1601234"),
    ("https://doi.org/10.1080/\n03585522.2019.1601234", "DOI", "10.1080/03585522.2019.1601234"),
    ("https://doi.org/10.1016/j.ecolecon.\n2020.106712", "DOI", "10.1016/j.ecolecon.2020.106712"),
    ("doi:10.1016/j.ecolecon. 2020.106712", "DOI", "10.1016/j.ecolecon.2020.106712"),
    ("DOI 10.1016/ j.ecolecon.2020.106712", "DOI", "10.1016/j.ecolecon.2020.106712"),
    ("http://dx.doi. org/10.1016/j.ecolecon.2020.106712", "DOI", "10.1016/j.ecolecon.2020.106712"),
])
def test_broken_doi_is_read_whole(tail: str, field: str, value: str) -> None:
    refs = parse(_ART + tail)
    assert len(refs) == 1
    assert refs[0].to_csl()[field] == value
    assert refs[0].raw == _ART + tail  # (the reference's text is the caller's, break and all)


def test_broken_arxiv_and_isbn_are_read_whole() -> None:
    assert parse("Berg, K. (2021). Sparse harbour models. arXiv:2104.\n05531")[0].to_csl()["number"] == "arXiv:2104.05531"
    book = parse("Nowak, P. (2019). Historia mostów w Polsce. Wrocław: Ossolineum. ISBN 978-83-01-\n12345-1")[0]
    assert book.to_csl()["ISBN"] == "9788301123451"


@pytest.mark.parametrize(("text", "joined"), [
    # what follows the break goes on with the identifier
    ("doi: 10.\n1080/x1", "doi: 10.1080/x1"),
    ("ISBN 978 83 01 12345 1", "ISBN 9788301123451"),
    # look-alikes: a DOI's end, then a year, a word, a name, a link, another DOI; an ISBN with a wrong check digit
    ("doi:10.1080/abc. 2019. Title", None),
    ("doi:10.1080/abc. Accessed 3 May 2020", None),
    ("doi:10.1080/abc. J.Smith, Title", None),
    ("https://doi.org/10.1080/abc-2011-26.\tMULDER-JANSEN, G.-J. 2012", None),
    ("doi:10.1083/jcb.201401090. URLhttp://www.example.org/x", None),
    ("https://doi.org/10.1080/abc. https://doi.org/10.1080/def", None),
    ("ISBN 978 83 01 12345 6", None),
    ("pp. 10. 1234/5", None),
])
def test_identifier_breaks(text: str, joined: str | None) -> None:
    from refnorm.parsing.identifiers import identifier_breaks
    out = text
    for span in reversed(identifier_breaks(text)):
        out = out[:span.start] + out[span.end:]
    assert out == (joined or text)


# --- link rows after a reference

@pytest.mark.parametrize("tail", [
    "Download PDF", "Go to reference", "Return to ref 12 in article", "Article ADS CAS Google Scholar",
    "ADS CAS PubMed Central Google Scholar", "OpenURL",
])
def test_link_rows_after_a_reference_are_cut(tail: str) -> None:
    refs = parse(_ART + tail)
    assert len(refs) == 1
    csl = refs[0].to_csl()
    assert csl["page"] == "114-137"
    assert "publisher" not in csl and "note" not in csl
    assert refs[0].raw == _ART.rstrip()


def test_a_title_ending_in_a_link_word_keeps_it() -> None:
    from refnorm.parsing.debris import find_debris
    # "article", "abstract" here are the title's words: no full stop, date or bracket ends a work before them
    for text, word in (("Berg, K. (2021). Writing the research article Google Scholar", "article"),
                       ("Berg, K. (2021). Thinking in the abstract  Google Scholar", "abstract")):
        debris = find_debris(text)
        at = text.index(word)
        assert debris is None or all(not c.start <= at < c.end for c in debris.cuts)


# --- split: an identifier broken at a line end is no entry of its own

@pytest.mark.parametrize("tail", [
    "https://doi.org/10.1016/j.ecolecon.\n2020.106712",
    "doi: 10.\n1016/j.ecolecon.2020.106712",
])
def test_split_joins_a_broken_identifier(tail: str) -> None:
    from refnorm import split
    text = (_ART + tail + "\nBrown, K. (2020). Salt marshes of the Wadden Sea. Journal of Coastal Research, 36(2), "
            "11–20.")
    entries = split(text)
    assert len(entries) == 2
    assert parse(entries[0])[0].to_csl()["DOI"] == "10.1016/j.ecolecon.2020.106712"


def test_split_keeps_a_number_line_after_a_finished_doi() -> None:
    from refnorm import split
    # look-alike: the DOI ends the line, the next line is another entry that opens with its year
    text = (_ART + "https://doi.org/10.1016/j.ecolecon.2020.106712\n2021. Brown, K. Salt marshes. Journal of Coastal "
            "Research, 36(2), 11–20.")
    assert len(split(text)) == 2


# --- results pages' labels and page furniture inside a copied record

@pytest.mark.parametrize(("text", "cut"), [
    ("Article\nFull-text available\nSalt marshes of the Wadden Sea\nMay 2020 · Journal of Coastal Research 36(2):11-20",
     "Article\nFull-text available\n"),
    ("[PDF] Salt marshes of the Wadden Sea\nK Brown, M Lee - Journal of Coastal Research, 2020 - JSTOR", "[PDF] "),
    ("Journal of Coastal Research\nVolume 36, 1 May 2020, 11-20\nSalt marshes of the Wadden Sea\nAuthor links open overlay "
     "panel\nKate Brown a, Min Lee b", "\nAuthor links open overlay panel"),
    ("J Coast Res\n. 2020 May;36(2):11-20.\nSalt marshes of the Wadden Sea\nKate Brown 1, Min Lee 2\nAffiliations expand",
     "\nAffiliations expand"),
])
def test_results_page_furniture_is_cut(text: str, cut: str) -> None:
    from refnorm.parsing.debris import find_debris
    debris = find_debris(text)
    assert debris is not None
    assert cut in [text[c.start:c.end] for c in debris.cuts]


@pytest.mark.parametrize("text", [
    "Book reviews in the humanities. Journal of Coastal Research, 2019, 1-10.",
    "Article 12 of the Constitution. Law Review, 2019, 3-9.",
    "Brown, K. (2020). Full-text available: open access in coastal science. Journal of Coastal Research, 36(2), 11–20.",
])
def test_look_alike_words_are_no_furniture(text: str) -> None:
    from refnorm.parsing.debris import find_debris
    assert find_debris(text) is None


# --- a record copied from a database's page line by line: where its fields' full stops would stand

@pytest.mark.parametrize(("text", "after"), [
    ("K. Brown, M. Lee\nSalt marshes of the Wadden Sea\nJ. Coast. Res., 36 (2020), pp. 11-20", ["Lee", "Sea"]),
    ("K. Brown, M. Lee\r\nSalt marshes of the Wadden Sea  \r\nJ. Coast. Res., 36 (2020), pp. 11-20", ["Lee", "Sea"]),
    ("Salt marshes of the Wadden Sea\nMay 2020 · Journal of Coastal Research and Shoreline Management 36(2):11-20\n"
     "Kate Brown · Min Lee",
     ["Sea", "36(2):11-20"]),
    # the names end a field; the title's line broken after "the" does not
    ("Brown K, Lee M\nSalt marshes of the\nWadden Sea. J Coast Res. 2020;36:11-20.", ["M"]),
])
def test_record_copy_field_stops(text: str, after: list[str]) -> None:
    from refnorm.parsing.debris import find_debris
    debris = find_debris(text)
    assert debris is not None
    assert [text[:k].rstrip().rsplit(None, 1)[-1] for k in debris.stops] == after


@pytest.mark.parametrize("text", [
    # wrapped references: no line of names alone, or a names list broken at the line end, or a line ending in "of"
    "Brown, K., & Lee, M. (2020). Salt marshes of the Wadden Sea. Journal of\nCoastal Research, 36(2), 11–20.\n"
    "https://doi.org/10.2112/JCOASTRES-D-19-00012.1",
    "Wolf D, Wolf-Schulz J, Hoffmann\nS, Schneider\nU. Migration und Eltern. Z Soz. 2019;3:1-9.",
    # a catalogue's label<TAB>value lines
    "Titel\tSalzwiesen der Nordsee\nPerson(en)\tBrown, Kate\nVerlag\tBerlin : Springer",
])
def test_no_field_stops_in_wrapped_references(text: str) -> None:
    from refnorm.parsing.debris import find_debris
    debris = find_debris(text)
    assert debris is None or not debris.stops


# --- a footnote's "see" before the reference it cites

@pytest.mark.parametrize(("text", "family"), [
    ("12 See Lindqvist, A. (2019). Harbour accounts of Gothenburg. Scandinavian Economic History Review, 67(2), "
     "114–137.", "Lindqvist"),
    ("Cfr. M. Bruni, Il porto di Genova nel Settecento, Genova, Sagep, 2012, p. 45.", "Bruni"),
    ("Voir P. Garnier, Les ports bretons, Rennes, PUR, 2015, p. 12.", "Garnier"),
])
def test_see_word_before_a_cited_reference_is_cut(text: str, family: str) -> None:
    refs = parse(text)
    assert len(refs) == 1
    assert refs[0].to_csl()["author"][0]["family"] == family


@pytest.mark.parametrize("text", ["Vgl. dazu ausführlich Kap. 3.", "See chapter 3 above.", "Vgl. ebd., S. 23."])
def test_see_notes_stay_notes(text: str) -> None:
    assert _count(text) == 0


def test_a_family_name_see_is_kept() -> None:
    csl = parse("See, J. (2019). Harbour accounts. Scandinavian Economic History Review, 67(2), 114–137.")[0].to_csl()
    assert csl["author"][0]["family"] == "See"


# --- a title-less citation (a debate's columns) glued to a body's dated reference

@pytest.mark.parametrize(("text", "n"), [
    ("HL Deb 3 May 2021, vol 812, cols 100–112. Office for National Statistics (2020). Wealth in Great Britain. "
     "Newport: ONS.", 2),
    ("Lindqvist, A. (2019). Harbour accounts. Scandinavian Economic History Review, 67(2), 114–137. Swedish Maritime "
     "Administration (2021). Port statistics 2020. Norrköping: SMA.", 2),
    # look-alikes: a body's name in brackets inside one reference, a chapter's pages before its book's publisher
    ("Swedish Maritime Administration (2021). Port statistics 2020 (Report 2021:3). Norrköping: SMA.", 1),
    ("Lindqvist, A. (2019). Harbour accounts. In K. Berg (Ed.), Ports of the North (pp. 114–137). Swedish Maritime "
     "Museum.", 1),
])
def test_body_dated_after_a_locator(text: str, n: int) -> None:
    assert _count(text, "en") == n


# --- two references joined by a semicolon in a footnote

@pytest.mark.parametrize(("text", "n"), [
    ("Ministero della Cultura, Relazione annuale, Roma, 2019; Corte dei conti, «Referto sul patrimonio culturale», "
     "Roma, 2021.", 2),
    # look-alikes: a reprint's note after the semicolon, co-authors' semicolons, a year range
    ("Rossi, M., Il porto di Genova, Genova, 2019; rist. in «Studi liguri», 2021.", 1),
    ("SILVA, J.; SOUZA, M. «Portos do Brasil». Revista Portuária, v. 3, p. 1-9, 2019.", 1),
])
def test_semicolon_between_footnote_references(text: str, n: int) -> None:
    assert _count(text) == n


# --- an article's back matter and a list's numbered parts

@pytest.mark.parametrize("text", [
    "Ethics approval: not applicable.", "Declaration of competing interest", "CRediT authorship contribution statement",
    "Author contributions: KB wrote the first draft.", "Appendix A. Supplementary data",
    "Supplementary data to this article can be found online at https://doi.org/10.1016/j.marpol.2020.104012.",
    "3.2 Journal articles", "2. Books", "B. Monografie",
])
def test_back_matter_and_list_parts_are_no_reference(text: str) -> None:
    assert _count(text) == 0


def test_a_reference_titled_like_a_list_part_stays() -> None:
    assert _count("Berg, K. (2019). Collected articles on harbours. Gothenburg: Daidalos.") == 1
