"""Fields given another role in the AnyStyle and GROBID styles (session 15, the AnyStyle gap): each repair is tested
on the labeler's mistake written out by hand (strings of our own), and on look-alikes that must not change."""
from __future__ import annotations

from labelling import labelled_as_read as _labelled
from labelling import repaired_fields as _fields
from refnorm.parsing.repair import repair_labels

# --- Harvard-IOP names "Family I I" closed by the bare year, run into the journal ----------------------------------

def test_last_names_and_year_run_into_the_journal() -> None:
    text = "Okada K T, Varga P, Lindholm E J and Moreau C 2018 Waves in Random and Complex Media 28 411-29"
    f = _fields(text, [("Okada K T, Varga P, Lindholm E", "author"),
                       ("J and Moreau C 2018 Waves in Random and Complex Media", "container-title"),
                       ("28", "volume"), ("411-29", "page")])
    assert f["author"] == "Okada K T, Varga P, Lindholm E J and Moreau C"
    assert f["issued"] == "2018"
    assert f["container-title"] == "Waves in Random and Complex Media"


def test_two_letter_initials_and_ampersand_run_into_the_title() -> None:
    text = "Brandt LM, Osei KA & Holloway RJ 2011 Ion heating in a linear trap J. Plasma Phys. 77 95"
    f = _fields(text, [("Brandt LM, Osei", "author"), ("KA & Holloway RJ 2011 Ion heating in a linear trap", "title"),
                       ("J. Plasma Phys.", "container-title"), ("77", "volume"), ("95", "page")])
    assert f["author"] == "Brandt LM, Osei KA & Holloway RJ"
    assert f["issued"] == "2011"
    assert f["title"] == "Ion heating in a linear trap"


def test_and_in_a_journal_or_a_firm_stays_there() -> None:
    # no initials before "and": a journal's own words
    text = "Adams J 2003 Heat and Mass Transfer 2005 41 12"
    labels = [("Adams J", "author"), ("2003", "issued"), ("Heat and Mass Transfer", "container-title"),
              ("2005", "issued"), ("41", "volume"), ("12", "page")]
    assert _fields(text, labels)["container-title"] == "Heat and Mass Transfer"
    # "and Sons": no initials after the family word, and no year
    text = "Kemp R, Brown T and Sons Catalogue 1990 London"
    f = _fields(text, [("Kemp R", "author"), ("Brown T and Sons Catalogue", "title"), ("1990", "issued"),
                       ("London", "publisher-place")])
    assert f["author"] == "Kemp R"
    assert f["title"] == "Brown T and Sons Catalogue"


# --- a publisher the labeler does not know, opening a bracketed imprint after the title ----------------------------

def test_unknown_publisher_in_bracketed_imprint() -> None:
    text = "J. Roe, Scattering of Waves (Hollis-Brandt, Leiden, 1971)."
    f = _fields(text, [("J. Roe", "author"), ("Scattering of Waves (Hollis-Brandt", "title"),
                       ("Leiden", "publisher-place"), ("1971", "issued")])
    assert f["title"] == "Scattering of Waves"
    assert f["publisher"] == "Hollis-Brandt"
    assert f["publisher-place"] == "Leiden"


def test_brackets_inside_a_title_stay_there() -> None:
    # no place and year after the comma: the bracket is the title's
    text = "J. Roe, Waves (Mostly Linear, Some Not) in Layered Media, Leiden, 1971."
    f = _fields(text, [("J. Roe", "author"), ("Waves (Mostly Linear, Some Not) in Layered Media", "title"),
                       ("Leiden", "publisher-place"), ("1971", "issued")])
    assert f["title"] == "Waves (Mostly Linear, Some Not) in Layered Media"
    # a small word inside: no publisher's name
    text = "J. Roe, Scattering (in Layered Media, Leiden, 1971)."
    f = _fields(text, [("J. Roe", "author"), ("Scattering (in Layered Media", "title"),
                       ("Leiden", "publisher-place"), ("1971", "issued")])
    assert "publisher" not in f


# --- the last family name in capitals, after initials, read as the title's first word ------------------------------

def test_capitals_family_name_after_the_last_initials() -> None:
    text = "P. LEBRUN et A. C. MARCHAND. Synthèse des pyridines substituées. Masson, Paris. 1971."
    f = _fields(text, [("P. LEBRUN et A. C.", "author"), ("MARCHAND. Synthèse des pyridines substituées", "title"),
                       ("Masson", "publisher"), ("Paris", "publisher-place"), ("1971", "issued")])
    assert f["author"] == "P. LEBRUN et A. C. MARCHAND"
    assert f["title"] == "Synthèse des pyridines substituées"


def test_capitals_word_after_an_inverted_name_stays_in_the_title() -> None:
    # family name first: the list may end on an initial
    text = "LEBRUN, P. et MARCHAND, A. C. NMR of pyridines. Masson, Paris. 1971."
    f = _fields(text, [("LEBRUN, P. et MARCHAND, A. C.", "author"), ("NMR of pyridines", "title"),
                       ("Masson", "publisher"), ("Paris", "publisher-place"), ("1971", "issued")])
    assert f["title"] == "NMR of pyridines"
    # a list closed by its family name: a capitals word after it is the title's ("UNESCO.")
    text = "P. Lebrun and A. C. Marchand. UNESCO. A history of its first years. Paris, 1971."
    f = _fields(text, [("P. Lebrun and A. C. Marchand", "author"), ("UNESCO. A history of its first years", "title"),
                       ("Paris", "publisher-place"), ("1971", "issued")])
    assert f["title"].startswith("UNESCO")


# --- a paper's part in a series, "II. <its own title>", read as the journal's start --------------------------------

def test_part_number_and_its_title_read_as_journal() -> None:
    text = "K. Okada, Heat flow in layered rocks. III. The role of pore water, Geophys. J. 12, 44 (1971)."
    f = _fields(text, [("K. Okada", "author"), ("Heat flow in layered rocks", "title"),
                       ("III. The role of pore water, Geophys. J", "container-title"), ("12", "volume"), ("44", "page"),
                       ("1971", "issued")])
    assert f["title"] == "Heat flow in layered rocks. III. The role of pore water"
    assert f["container-title"] == "Geophys. J"


def test_congress_ordinal_after_the_title_stays_in_the_container() -> None:
    # no comma and journal after the words: "IV." opens the congress's name
    text = "Demir, A. (2018). Arı ürünlerinin analizi. IV. Ulusal Gıda Kongresi Bildiriler Kitabı içinde (s. 10-18). Ankara."
    spans = [("Demir, A.", "author"), ("2018", "issued"), ("Arı ürünlerinin analizi", "title"),
             ("IV. Ulusal Gıda Kongresi Bildiriler Kitabı", "container-title"), ("10-18", "page"),
             ("Ankara", "publisher-place")]
    assert _fields(text, spans)["container-title"] == "IV. Ulusal Gıda Kongresi Bildiriler Kitabı"
    # a comma, but pages and no volume after: still the congress's
    text = "Demir, A. (2018). Arı ürünlerinin analizi. IV. Ulusal Gıda Kongresi, Bildiriler Kitabı, s. 10-18. Ankara."
    spans = [("Demir, A.", "author"), ("2018", "issued"), ("Arı ürünlerinin analizi", "title"),
             ("IV. Ulusal Gıda Kongresi, Bildiriler Kitabı", "container-title"), ("10-18", "page"),
             ("Ankara", "publisher-place")]
    assert _fields(text, spans)["container-title"] == "IV. Ulusal Gıda Kongresi, Bildiriler Kitabı"


def test_journal_opening_with_a_number_word_stays() -> None:
    # no Roman number after the title's stop: the journal is untouched
    text = "K. Okada. Heat flow in layered rocks. Ivy Geology, Series B, 12:44–60, 1971."
    f = _fields(text, [("K. Okada", "author"), ("Heat flow in layered rocks", "title"),
                       ("Ivy Geology, Series B", "container-title"), ("12", "volume"), ("44–60", "page"),
                       ("1971", "issued")])
    assert f["container-title"] == "Ivy Geology, Series B"


# --- a publisher named "I. Family" after the place's colon, its family name read as a second place -----------------

def test_publisher_initial_and_family_name() -> None:
    text = "Pryce, Anne. Salt Roads of the North. Halifax, NS: T. Nimmo, 1988."
    f = _fields(text, [("Pryce, Anne", "author"), ("Salt Roads of the North", "title"), ("Halifax, NS", "publisher-place"),
                       ("T", "publisher"), ("Nimmo", "publisher-place"), ("1988", "issued")])
    assert f["publisher"] == "T. Nimmo"
    assert f["publisher-place"] == "Halifax, NS"


def test_second_place_after_a_whole_publisher_stays() -> None:
    # the publisher's name is whole before the place: nothing to join
    text = "Pryce, Anne. Salt Roads of the North. Halifax: T. Nimmo, Toronto, 1988."
    f = _fields(text, [("Pryce, Anne", "author"), ("Salt Roads of the North", "title"), ("Halifax", "publisher-place"),
                       ("T. Nimmo", "publisher"), ("Toronto", "publisher-place"), ("1988", "issued")])
    assert f["publisher"] == "T. Nimmo"
    # no colon before the initial: "A." is no publisher's
    text = "Pryce, Anne. Salt Roads of the North. Halifax, A. Nimmo, 1988."
    labels = [("Pryce, Anne", "author"), ("Salt Roads of the North", "title"), ("Halifax", "publisher-place"),
              ("A", "publisher"), ("Nimmo", "publisher-place"), ("1988", "issued")]
    assert _fields(text, labels)["publisher"] == "A"


# --- the day after a month name read as a second volume or issue ---------------------------------------------------

def test_day_after_month_read_as_second_volume() -> None:
    text = "Arch. Mar. Biochem., Vol. 81, No. 6, Issue of October 22, pp. 410-418, 1987"
    f = _fields(text, [("Arch. Mar. Biochem.", "container-title"), ("81", "volume"), ("6", "issue"),
                       ("October", "issued"), ("22", "volume"), ("410-418", "page"), ("1987", "issued")])
    assert f["volume"] == "81"
    assert f["issued"] == "October 22"


def test_number_after_month_is_the_volume_when_no_other() -> None:
    # no volume before: the number after the month may be the volume ("Nature, May 12, …" is read elsewhere)
    text = "Arch. Mar. Biochem., October 22, pp. 410-418, 1987"
    f = _fields(text, [("Arch. Mar. Biochem.", "container-title"), ("October", "issued"), ("22", "volume"),
                       ("410-418", "page"), ("1987", "issued")])
    assert f["volume"] == "22"
    # a number over 31 is no day
    text = "Arch. Mar. Biochem., Vol. 81, No. 6, Issue of October 48, pp. 410-418, 1987"
    f = _fields(text, [("Arch. Mar. Biochem.", "container-title"), ("81", "volume"), ("6", "issue"),
                       ("October", "issued"), ("48", "issue"), ("410-418", "page"), ("1987", "issued")])
    assert f["issued"] == "October"


# --- a CJK title holding Latin letters, run into the journal when the reference has no title -----------------------

def test_cjk_title_with_latin_letters_run_into_the_journal() -> None:
    text = "山田 太郎 (2016). 教育課程標準 K12 :3. 情報教育の領域(K12-IE). 教育情報研究. 31(2), 15-27."
    f = _fields(text, [("山田 太郎", "author"), ("2016", "issued"),
                       ("教育課程標準 K12 :3. 情報教育の領域(K12-IE). 教育情報研究", "container-title"),
                       ("31", "volume"), ("2", "issue"), ("15-27", "page")])
    assert f["title"] == "教育課程標準 K12 :3. 情報教育の領域(K12-IE)"
    assert f["container-title"] == "教育情報研究"


def test_journal_alone_or_latin_stays_whole() -> None:
    # one sentence: the journal alone
    text = "山田 太郎 (2016). 教育情報研究. 31(2), 15-27."
    f = _fields(text, [("山田 太郎", "author"), ("2016", "issued"), ("教育情報研究", "container-title"),
                       ("31", "volume"), ("2", "issue"), ("15-27", "page")])
    assert f["container-title"] == "教育情報研究"
    # an abbreviated Latin journal after a CJK name: never split
    text = "山田 太郎 (2016). Jpn. J. Appl. Phys. Lett. 31(2), 15-27."
    f = _fields(text, [("山田 太郎", "author"), ("2016", "issued"), ("Jpn. J. Appl. Phys. Lett", "container-title"),
                       ("31", "volume"), ("2", "issue"), ("15-27", "page")])
    assert f["container-title"] == "Jpn. J. Appl. Phys. Lett"


# --- a sentence naming only the kind of document, read as a note --------------------------------------------------

def test_document_kind_sentence_is_the_genre() -> None:
    text = "Marsh, Eleanor. (2004, March 2). County opens new library wing. Press release."
    f = _fields(text, [("Marsh, Eleanor", "author"), ("2004, March 2", "issued"),
                       ("County opens new library wing", "title"), ("Press release", "note")])
    assert f["genre"] == "Press release"
    assert "note" not in f
    text = "Okafor, B. (2011). Personal communication."
    f = _fields(text, [("Okafor, B.", "author"), ("2011", "issued"), ("Personal communication", "note")])
    assert f["genre"] == "Personal communication"


def test_notes_saying_more_stay_notes() -> None:
    text = "Okafor, B. (2011). Personal communication with the author, 3 May."
    f = _fields(text, [("Okafor, B.", "author"), ("2011", "issued"), ("Personal communication with the author", "note"),
                       ("3 May", "issued")])
    assert f["note"] == "Personal communication with the author"
    text = "Marsh, E. (2004). County opens new library wing. Based on a press release."
    f = _fields(text, [("Marsh, E.", "author"), ("2004", "issued"), ("County opens new library wing", "title"),
                       ("Based on a press release", "note")])
    assert f["note"] == "Based on a press release"


# --- "(= Series, number)": the series a book is in, after its imprint ----------------------------------------------

def test_series_after_equals_sign() -> None:
    text = "Lindner, K.: Die Zünfte der Stadt Ulm. Stuttgart 1987 (= Forschungen zur Stadtgeschichte, Bd. 9)."
    f = _fields(text, [("Lindner, K.", "author"), ("Die Zünfte der Stadt Ulm", "title"), ("Stuttgart", "publisher-place"),
                       ("1987", "issued"), ("Forschungen zur Stadtgeschichte", "title"), ("9", "page")])
    assert f["collection-title"] == "Forschungen zur Stadtgeschichte"
    assert f["collection-number"] == "9"
    assert f["title"] == "Die Zünfte der Stadt Ulm"
    assert "page" not in f
    text = "Petrović, M. (ur.), Stari zapisi, Zagreb, 2001 (= Građa za povijest, XII)."
    f = _fields(text, [("Petrović, M.", "editor"), ("Stari zapisi", "title"), ("Zagreb", "publisher-place"),
                       ("2001", "issued"), ("Građa za povijest", "title"), ("XII", "container-title")])
    assert f["collection-title"] == "Građa za povijest"
    assert f["collection-number"] == "XII"


def test_series_after_equals_sign_in_the_record() -> None:
    from refnorm import parse

    csl = parse("Lindner, K.: Die Zünfte der Stadt Ulm. Stuttgart 1987 (= Forschungen zur Stadtgeschichte, Bd. 9), "
                "S. 14-20.")[0].to_csl()
    assert csl["collection-title"] == "Forschungen zur Stadtgeschichte"
    assert csl["collection-number"] == "9"


def test_equals_sign_before_the_imprint_or_in_a_formula_stays() -> None:
    # no imprint before the bracket: a title's own "(= …)"
    text = "Lindner, K.: Gleichungen (= Formeln) der Mechanik. Stuttgart 1987."
    f = _fields(text, [("Lindner, K.", "author"), ("Gleichungen (= Formeln) der Mechanik", "title"),
                       ("Stuttgart", "publisher-place"), ("1987", "issued")])
    assert f["title"] == "Gleichungen (= Formeln) der Mechanik"
    assert "collection-title" not in f


# --- the title of a book its editors name, read as its publisher before the place ----------------------------------

def test_book_of_editors_title_read_as_publisher() -> None:
    text = "Petrović M. (ur.), Stari zapisi, Zagreb, 2001."
    f = _fields(text, [("Petrović M.", "editor"), ("Stari zapisi", "publisher"), ("Zagreb", "publisher-place"),
                       ("2001", "issued")])
    assert f["title"] == "Stari zapisi"
    assert "publisher" not in f


def test_publisher_of_editors_book_after_its_title_stays() -> None:
    # a title before: the name after it is the publisher's
    text = "Petrović M. (ur.), Stari zapisi, Matica hrvatska, Zagreb, 2001."
    f = _fields(text, [("Petrović M.", "editor"), ("Stari zapisi", "title"), ("Matica hrvatska", "publisher"),
                       ("Zagreb", "publisher-place"), ("2001", "issued")])
    assert f["publisher"] == "Matica hrvatska"
    # a publisher after the place's colon: the name before the place is left as read
    text = "Petrović M. (ur.), Matica hrvatska, Zagreb: Školska knjiga, 2001."
    f = _fields(text, [("Petrović M.", "editor"), ("Matica hrvatska", "publisher"), ("Zagreb", "publisher-place"),
                       ("Školska knjiga", "publisher"), ("2001", "issued")])
    assert f["publisher"] == "Matica hrvatska"


# --- Chicago's pages cited after a bracketed imprint, the first read as a volume -----------------------------------

def test_first_page_after_bracketed_imprint_is_no_volume() -> None:
    text = "Mary Shaw, “The Harbour,” in Collected Essays: Rivers and Roads (Boston: Beacon Press, 1990), 112, 118."
    f = _fields(text, [("Mary Shaw", "author"), ("The Harbour", "title"), ("Collected Essays: Rivers and Roads", "container-title"),
                       ("Boston", "publisher-place"), ("Beacon Press", "publisher"), ("1990", "issued"), ("112", "volume"),
                       ("118", "page")])
    assert "volume" not in f
    assert f["page"] == "112, 118"


def test_volume_before_the_imprint_or_a_journal_volume_stays() -> None:
    # a journal's volume and page after its year in brackets: no imprint inside the bracket
    text = "Mary Shaw, “The Harbour,” Coastal Review (1990), 112, 118."
    f = _fields(text, [("Mary Shaw", "author"), ("The Harbour", "title"), ("Coastal Review", "container-title"),
                       ("1990", "issued"), ("112", "volume"), ("118", "page")])
    assert f["volume"] == "112"
    # a volume already before the imprint: the numbers after it are left as read
    text = "Mary Shaw, Collected Essays, vol. 2 (Boston: Beacon Press, 1990), 112, 118."
    f = _fields(text, [("Mary Shaw", "author"), ("Collected Essays", "title"), ("2", "volume"), ("Boston", "publisher-place"),
                       ("Beacon Press", "publisher"), ("1990", "issued"), ("112", "volume"), ("118", "page")])
    assert f["volume"] == "2"


# --- Vancouver initials that spell a role word ("Crandall ED") made every author an editor -------------------------

def test_vancouver_initials_spelling_a_role_word() -> None:
    text = "Moreno KT, Adeyemi OB, Lindqvist ED. Airway remodelling in chronic asthma. Thorax. 2003;58(4):310-5."
    f = _fields(text, [("Moreno KT, Adeyemi OB, Lindqvist", "author"), ("Airway remodelling in chronic asthma", "title"),
                       ("Thorax", "container-title"), ("2003", "issued"), ("58", "volume"), ("4", "issue"),
                       ("310-5", "page")])
    assert f["author"] == "Moreno KT, Adeyemi OB, Lindqvist ED"
    assert "editor" not in f


def test_role_words_after_names_still_name_editors() -> None:
    # a comma before the role word: Vancouver's "editor" (abbreviated), the names are editors
    text = "Moreno KT, Adeyemi OB, ED. Airway remodelling in chronic asthma. London: Hart; 2003."
    f = _fields(text, [("Moreno KT, Adeyemi OB", "author"), ("Airway remodelling in chronic asthma", "title"),
                       ("London", "publisher-place"), ("Hart", "publisher"), ("2003", "issued")])
    assert f["editor"] == "Moreno KT, Adeyemi OB"
    # initials written with full stops: no Vancouver list, the capitals are left to the role rules
    text = "Moreno, K. T., Lindqvist ED. Airway remodelling. London: Hart, 2003."
    toks, labels = _labelled(text, [("Moreno, K. T., Lindqvist", "author"), ("Airway remodelling", "title"),
                                    ("London", "publisher-place"), ("Hart", "publisher"), ("2003", "issued")])
    k = next(i for i, t in enumerate(toks) if t.text == "ED")
    assert repair_labels(toks, labels)[k] == "O"


# --- two rules narrowed: a journal article's title keeps its ", in …" and its "Part II: …" -------------------------

def test_in_inside_an_articles_title_stays_in_the_title() -> None:
    text = "Okafor B, Lindqvist E. Outcomes of surgery, by age group, in Nordic hip fracture patients. Acta Orthop. 2012;83(4):341-7."
    f = _fields(text, [("Okafor B, Lindqvist E", "author"),
                       ("Outcomes of surgery, by age group, in Nordic hip fracture patients", "title"),
                       ("Acta Orthop", "container-title"), ("2012", "issued"), ("83", "volume"), ("4", "issue"),
                       ("341-7", "page")])
    assert f["title"] == "Outcomes of surgery, by age group, in Nordic hip fracture patients"
    assert f["container-title"] == "Acta Orthop"


def test_in_cue_inside_a_chapters_title_still_opens_the_book() -> None:
    text = ("Neri, Anna, Le corporazioni di Ferrara nel Trecento, in Mestieri e città. Atti del convegno, a cura di "
            "Luca Bassi, Ferrara, Corbo, 2015, pp. 12-30.")
    f = _fields(text, [("Neri, Anna", "author"), ("Le corporazioni di Ferrara nel Trecento, in Mestieri e città", "title"),
                       ("Atti del convegno", "container-title"), ("Luca Bassi", "editor"), ("Ferrara", "publisher-place"),
                       ("Corbo", "publisher"), ("2015", "issued"), ("12-30", "page")])
    assert f["title"] == "Le corporazioni di Ferrara nel Trecento"
    assert f["container-title"].startswith("Mestieri e città")


def test_part_of_an_articles_title_is_no_volume() -> None:
    text = ("Lindqvist, E. (2011). Sediment transport in tidal inlets, Part II: Field observations. "
            "Coastal Engineering, 58(3):201-214.")
    f = _fields(text, [("Lindqvist, E.", "author"), ("2011", "issued"),
                       ("Sediment transport in tidal inlets, Part II: Field observations", "title"),
                       ("Coastal Engineering", "container-title"), ("58", "volume"), ("3", "issue"), ("201-214", "page")])
    assert f["title"] == "Sediment transport in tidal inlets, Part II: Field observations"
    assert f["volume"] == "58"


def test_volume_of_a_book_still_read_with_its_title() -> None:
    text = "Marsh, E., ed. The History of Northern Ports. Vol. 2, The Age of Steam. Leeds: Peel Press, 2019."
    f = _fields(text, [("Marsh, E.", "editor"), ("The History of Northern Ports. Vol. 2, The Age of Steam", "title"),
                       ("Leeds", "publisher-place"), ("Peel Press", "publisher"), ("2019", "issued")])
    assert f["volume"] == "2"
    assert f["volume-title"] == "The Age of Steam"
