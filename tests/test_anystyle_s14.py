"""Whole fields given another role in English-language humanities and Vancouver references (session 14, the
AnyStyle gap): each repair is tested on the labeler's mistake written out by hand (strings of our own), and on
look-alikes that must not change."""
from __future__ import annotations

from labelling import repaired_fields as _fields
from refnorm import parse

# --- the title's first word read as a name after a list its full stop closed --------------------------------------

def test_title_word_after_inverted_author_with_given_name_in_full() -> None:
    text = "Whitfield, Margaret. Rivers, Roads, and the Making of Ohio. Columbus: Ohio State University Press, 1994."
    f = _fields(text, [("Whitfield, Margaret. Rivers", "author"), ("Roads, and the Making of Ohio", "title"),
                       ("Columbus", "publisher-place"), ("Ohio State University Press", "publisher"), ("1994", "issued")])
    assert f["author"] == "Whitfield, Margaret"
    assert f["title"] == "Rivers, Roads, and the Making of Ohio"


def test_title_word_before_colon_and_quoted_title() -> None:
    text = "Lindqvist, Henrik. Stories: “The Winter Harbour,” “The Salt Road.” Uppsala: Gidlunds, 2003."
    f = _fields(text, [("Lindqvist, Henrik. Stories", "author"), ("The Winter Harbour", "title"),
                       ("The Salt Road", "title"), ("Uppsala", "publisher-place"), ("Gidlunds", "publisher"),
                       ("2003", "issued")])
    assert f["author"] == "Lindqvist, Henrik"
    assert f["title"].startswith("Stories: “The Winter Harbour")


def test_title_word_after_vancouver_list() -> None:
    text = ("Okafor CN, Brandt LM, Sato Y. Methotrexate, a review of hepatic toxicity in juvenile arthritis. "
            "Pediatr Rheumatol 2011; 9:44-51.")
    f = _fields(text, [("Okafor CN, Brandt LM, Sato Y. Methotrexate", "author"),
                       ("a review of hepatic toxicity in juvenile arthritis", "title"),
                       ("Pediatr Rheumatol", "container-title"), ("2011", "issued"), ("9", "volume"), ("44-51", "page")])
    assert f["author"] == "Okafor CN, Brandt LM, Sato Y"
    assert f["title"] == "Methotrexate, a review of hepatic toxicity in juvenile arthritis"


def test_names_after_a_full_stop_stay_names() -> None:
    # a second inverted name, a forename-first name with a middle initial, Vancouver names each closed by a full stop
    text = "Moreau, Claire. Dupont, Jean. Histoire des ports bretons. Rennes: PUR, 2008."
    f = _fields(text, [("Moreau, Claire. Dupont, Jean", "author"), ("Histoire des ports bretons", "title"),
                       ("Rennes", "publisher-place"), ("PUR", "publisher"), ("2008", "issued")])
    assert f["author"] == "Moreau, Claire. Dupont, Jean"
    text = "Cynthia M. Hayward, Remote Sensing and Its Laws, Boston Law Review 8 (1990) 157-170."
    f = _fields(text, [("Cynthia M. Hayward", "author"), ("Remote Sensing and Its Laws", "title"),
                       ("Boston Law Review", "container-title"), ("8", "volume"), ("1990", "issued"),
                       ("157-170", "page")])
    assert f["author"] == "Cynthia M. Hayward"
    text = "Kraus DL. Moore JH, Compliance with splints in runners. J Sports Med. 2004 34 3 126-131."
    f = _fields(text, [("Kraus DL. Moore JH", "author"), ("Compliance with splints in runners", "title"),
                       ("J Sports Med", "container-title")])
    assert f["author"] == "Kraus DL. Moore JH"
    text = "Whitfield, Margaret. And Others, Rivers of Ohio. Columbus: Ohio State University Press, 1994."
    f = _fields(text, [("Whitfield, Margaret. And Others", "author"), ("Rivers of Ohio", "title")])
    assert f["author"] == "Whitfield, Margaret. And Others"


def test_parse_keeps_names_the_labeler_read_right() -> None:
    (ref,) = parse("Moreau, Claire. Dupont, Jean. Histoire des ports bretons. Rennes: PUR, 2008.")
    assert ref.to_csl()["title"] == "Histoire des ports bretons"
    (ref,) = parse("Whitfield, Margaret. Rivers, Roads, and the Making of Ohio. Columbus: Ohio State University "
                   "Press, 1994.")
    csl = ref.to_csl()
    assert csl["author"] == [{"family": "Whitfield", "given": "Margaret"}]
    assert csl["title"] == "Rivers, Roads, and the Making of Ohio"


# --- an IEEE proceedings' name cut at its years ----------------------------------------------------------------

def test_proceedings_name_with_year_and_acronym_is_one_container() -> None:
    text = ("[9] A. Berg and K. Ohno, “Sparse maps for legged robots,” in Proceedings 2011 IEEE International Conference "
            "on Field Robotics, 2011. ICFR 2011., June 2011, pp. 210–217.")
    f = _fields(text, [("A. Berg and K. Ohno", "author"), ("Sparse maps for legged robots", "title"),
                       ("Proceedings 2011 IEEE International Conference on Field Robotics", "container-title"),
                       ("2011", "issued"), ("ICFR 2011", "title"), ("June 2011", "issued"), ("210–217", "page")])
    assert f["container-title"] == ("Proceedings 2011 IEEE International Conference on Field Robotics, 2011. "
                                    "ICFR 2011")
    assert f["title"] == "Sparse maps for legged robots"
    text = ("[3] L. Ruiz, “Stereo odometry at night,” Intelligent Vehicles Symposium, 2004. Proceedings., 2004 IEEE "
            "Intelligent Transport Conference on, IEEE, 2004, pp. 88–93.")
    f = _fields(text, [("L. Ruiz", "author"), ("Stereo odometry at night", "title"),
                       ("Intelligent Vehicles Symposium", "container-title"), ("2004", "issued"),
                       ("Proceedings", "title"), ("2004", "issued"),
                       ("IEEE Intelligent Transport Conference on", "container-title"), ("IEEE", "publisher"),
                       ("2004", "issued"), ("88–93", "page")])
    assert f["container-title"] == ("Intelligent Vehicles Symposium, 2004. Proceedings., 2004 IEEE Intelligent "
                                    "Transport Conference on")


def test_second_work_after_a_dated_journal_stays_apart() -> None:
    # a reprint note naming another work: no proceedings word, no acronym
    text = "M. Lee, “Tides,” Ocean Letters, 1998. Reprinted Later, Harbor Press, 2004, pp. 3–9."
    f = _fields(text, [("M. Lee", "author"), ("Tides", "title"), ("Ocean Letters", "container-title"),
                       ("1998", "issued"), ("Reprinted Later", "title"), ("Harbor Press", "publisher"),
                       ("2004", "issued"), ("3–9", "page")])
    assert f["container-title"] == "Ocean Letters"


# --- an edition statement read as a title or a container ---------------------------------------------------------

def test_edition_statement_after_editors_is_no_container() -> None:
    text = ("Berg, A., 2010. Mites of ponds. In: A Handbook of Mites, Lee K. and M. Ito Eds., Second Edition. "
            "Academic Press, London, pp. 10-40.")
    f = _fields(text, [("Berg, A.", "author"), ("2010", "issued"), ("Mites of ponds", "title"),
                       ("A Handbook of Mites", "container-title"), ("Lee K. and M. Ito", "editor"),
                       ("Second Edition", "container-title"), ("Academic Press", "publisher"), ("London", "publisher-place"),
                       ("10-40", "page")])
    assert f["edition"] == "Second Edition"
    assert f["container-title"] == "A Handbook of Mites"


def test_edition_qualifiers_closing_the_title() -> None:
    text = "Vogel, Hanna. Gärten: Formen und Bilder. Revised and enlarged. Berlin: Reimer, 1991."
    f = _fields(text, [("Vogel, Hanna", "author"), ("Gärten: Formen und Bilder. Revised and enlarged", "title"),
                       ("Berlin", "publisher-place"), ("Reimer", "publisher"), ("1991", "issued")])
    assert f["title"] == "Gärten: Formen und Bilder"
    assert f["edition"] == "Revised and enlarged"


def test_titles_ending_in_edition_words_stay_titles() -> None:
    # a title that is about editions, a title ending in a year and "ed", a whole title
    text = "Vogel, Hanna. Early Printers. The Second Edition Problem. Berlin: Reimer, 1991."
    f = _fields(text, [("Vogel, Hanna", "author"), ("Early Printers. The Second Edition Problem", "title"),
                       ("Berlin", "publisher-place"), ("Reimer", "publisher"), ("1991", "issued")])
    assert f["title"] == "Early Printers. The Second Edition Problem"
    text = "Tobin, Ray. \"Harbors.\" Encyclopedia Maritima. 1991 ed."
    f = _fields(text, [("Tobin, Ray", "author"), ("Harbors", "title"), ("Encyclopedia Maritima. 1991 ed", "container-title")])
    assert "edition" not in f
    text = "Vogel, Hanna. Revised and Expanded. Berlin: Reimer, 1991."
    f = _fields(text, [("Vogel, Hanna", "author"), ("Revised and Expanded", "title"), ("Berlin", "publisher-place")])
    assert f["title"] == "Revised and Expanded"


# --- Chicago's bracketed imprint: the words before the bracket are the title's -----------------------------------

def test_title_words_before_bracketed_imprint() -> None:
    (ref,) = parse("Pietro Rossi, The Weight of Cities: Trade, Harbors, Walls (Chicago: University of Chicago Press, "
                   "1999), 45.")
    csl = ref.to_csl()
    assert csl["title"] == "The Weight of Cities: Trade, Harbors, Walls"
    assert csl["publisher-place"] == "Chicago"
    assert csl["publisher"] == "University of Chicago Press"
    text = ("Ana Ruiz, “Salt,” in Coastal Lives: Essays on Fishing, Northern Ports, Southern Ports (Boston: Beacon "
            "Press, 1987), 12.")
    f = _fields(text, [("Ana Ruiz", "author"), ("Salt", "title"), ("Coastal Lives: Essays on Fishing", "container-title"),
                       ("Northern Ports, Southern Ports", "note"), ("Boston", "publisher-place"),
                       ("Beacon Press", "publisher"), ("1987", "issued"), ("12", "page")])
    assert f["container-title"] == "Coastal Lives: Essays on Fishing, Northern Ports, Southern Ports"


def test_fields_before_bracketed_imprint_that_are_no_title_words_stay() -> None:
    # a translator, an edition before the bracket; a place before a bracket that holds no imprint
    text = "Pietro Rossi, The Weight of Cities, 2nd ed. (Chicago: University of Chicago Press, 1999), 45."
    f = _fields(text, [("Pietro Rossi", "author"), ("The Weight of Cities", "title"), ("2nd ed", "edition"),
                       ("Chicago", "publisher-place"), ("University of Chicago Press", "publisher"), ("1999", "issued")])
    assert f["edition"] == "2nd ed"
    text = "Rossi, Pietro. The Weight of Cities. Chicago: University of Chicago Press (reprint), 1999."
    f = _fields(text, [("Rossi, Pietro", "author"), ("The Weight of Cities", "title"), ("Chicago", "publisher-place"),
                       ("University of Chicago Press", "publisher"), ("reprint", "note"), ("1999", "issued")])
    assert f["publisher"] == "University of Chicago Press"


# --- a book its editors name, with its length closing the reference ---------------------------------------------

def test_book_of_editors_with_its_length() -> None:
    (ref,) = parse("Maria Lopez, Tom H Berg (eds.), Rivers and Towns: New Studies, Oxford University Press, 2004, "
                   "412 pp.")
    csl = ref.to_csl()
    assert csl["title"] == "Rivers and Towns: New Studies"
    assert "container-title" not in csl
    assert [e["family"] for e in csl["editor"]] == ["Lopez", "Berg"]


def test_chapter_in_a_book_of_editors_keeps_its_container() -> None:
    # a page range is a chapter's; "In" opens a chapter's container
    text = "Maria Lopez, Tom H Berg (eds.), Rivers and Towns: New Studies, Oxford University Press, 2004, pp. 12-40."
    f = _fields(text, [("Maria Lopez, Tom H Berg", "editor"), ("Rivers and Towns: New Studies", "container-title"),
                       ("Oxford University Press", "publisher"), ("2004", "issued"), ("12-40", "page")])
    assert f["container-title"] == "Rivers and Towns: New Studies"
    text = "In Maria Lopez, Tom H Berg (eds.), Rivers and Towns: New Studies, Oxford University Press, 2004, 412 pp."
    f = _fields(text, [("Maria Lopez, Tom H Berg", "editor"), ("Rivers and Towns: New Studies", "container-title"),
                       ("Oxford University Press", "publisher"), ("2004", "issued"), ("412", "page")])
    assert f["container-title"] == "Rivers and Towns: New Studies"


# --- numbers after the journal given the wrong one of date and volume -------------------------------------------

def test_issue_number_that_can_be_no_year() -> None:
    text = "Ward B: Noise at work. British Medical Journal. 1999; 318 (7188): 1021–4."
    f = _fields(text, [("Ward B", "author"), ("Noise at work", "title"), ("British Medical Journal", "container-title"),
                       ("1999", "issued"), ("318", "volume"), ("7188", "issued"), ("1021–4", "page")])
    assert f["issue"] == "7188"
    assert f["issued"] == "1999"


def test_year_opening_bare_numbers_of_an_undated_article() -> None:
    text = "Lund K. Salt in soils. Soil Sci Rev. 1999 12 4 33-41."
    f = _fields(text, [("Lund K", "author"), ("Salt in soils", "title"), ("Soil Sci Rev", "container-title"),
                       ("1999 12 4", "volume"), ("33-41", "page")])
    assert f["issued"] == "1999"
    assert f["volume"] == "12 4"


def test_years_in_brackets_and_dated_articles_keep_their_numbers() -> None:
    # a year in brackets after the volume stays a date; a volume that looks like a year in a dated article stays
    text = "Berg A: Tidal marshes. Marine Ecology. 2011; 45 (1998): 20–29."
    f = _fields(text, [("Berg A", "author"), ("Tidal marshes", "title"), ("Marine Ecology", "container-title"),
                       ("2011", "issued"), ("45", "volume"), ("1998", "issued"), ("20–29", "page")])
    assert "issue" not in f
    text = "Ode P. Stars. Astron J. 2019. 1998 4 11-19."
    f = _fields(text, [("Ode P", "author"), ("Stars", "title"), ("Astron J", "container-title"), ("2019", "issued"),
                       ("1998 4", "volume"), ("11-19", "page")])
    assert f["volume"] == "1998 4"


# --- a journal read as a publisher: a publisher prints no volume --------------------------------------------------

def test_journal_read_as_publisher_before_date_and_volume() -> None:
    text = "Okafor CN, Brandt LM. Pollen counts in coastal towns: a survey. Aerobiol Ital Sud. 2012; 7(2): 33-41."
    f = _fields(text, [("Okafor CN, Brandt LM", "author"), ("Pollen counts in coastal towns: a survey", "title"),
                       ("Aerobiol Ital Sud", "publisher"), ("2012", "issued"), ("7", "volume"), ("2", "issue"),
                       ("33-41", "page")])
    assert f["container-title"] == "Aerobiol Ital Sud"
    assert "publisher" not in f


def test_publisher_of_a_book_with_volumes_stays() -> None:
    # a place beside it; no volume right after its date
    text = "Okafor CN. Pollen atlas. Rome: Aracne. 2012; vol. 2, pp. 33-41."
    f = _fields(text, [("Okafor CN", "author"), ("Pollen atlas", "title"), ("Rome", "publisher-place"),
                       ("Aracne", "publisher"), ("2012", "issued"), ("2", "volume"), ("33-41", "page")])
    assert f["publisher"] == "Aracne"
    text = "Okafor CN. Pollen atlas. Aracne, 2012. 2 vols."
    f = _fields(text, [("Okafor CN", "author"), ("Pollen atlas", "title"), ("Aracne", "publisher"), ("2012", "issued"),
                       ("2 vols", "volume")])
    assert f["publisher"] == "Aracne"


# --- a body before a quoted title is the author -------------------------------------------------------------------

def test_body_before_quoted_title_is_the_author() -> None:
    text = 'Harbor Trust of Boston. "Notes on Shipping Rates," Monthly Review (May, 1961).'
    f = _fields(text, [("Harbor Trust of Boston", "title"), ("Notes on Shipping Rates", "title"),
                       ("Monthly Review", "container-title"), ("May, 1961", "issued")])
    assert f["author"] == "Harbor Trust of Boston"
    assert f["title"] == "Notes on Shipping Rates"


def test_sentences_before_quoted_titles_that_stay_titles() -> None:
    # a sentence with lower-case words; a reference that names its author
    text = 'The rise of harbor towns. "Notes on Shipping Rates," Monthly Review (May, 1961).'
    f = _fields(text, [("The rise of harbor towns", "title"), ("Notes on Shipping Rates", "title"),
                       ("Monthly Review", "container-title"), ("May, 1961", "issued")])
    assert "author" not in f
    text = 'Smith, J. Harbor Towns. "Notes on Shipping Rates," Monthly Review (May, 1961).'
    f = _fields(text, [("Smith, J", "author"), ("Harbor Towns", "title"), ("Notes on Shipping Rates", "title"),
                       ("Monthly Review", "container-title"), ("May, 1961", "issued")])
    assert f["title"] == "Harbor Towns"


# --- a DOI inside a URL's path ------------------------------------------------------------------------------------

def test_doi_inside_a_url_path_is_the_urls() -> None:
    text = "A. Lee, Sea ice, Nature 12 (2001) 3-9. URL https: //www.nature.com/articles/10.1038/35012345"
    f = _fields(text, [("A. Lee", "author"), ("Sea ice", "title"), ("Nature", "container-title"), ("12", "volume"),
                       ("2001", "issued"), ("3-9", "page"), ("https: //www.nature.com/articles/", "URL"),
                       ("10.1038/35012345", "DOI")])
    assert f["URL"] == "https: //www.nature.com/articles/10.1038/35012345"
    assert "DOI" not in f


def test_resolver_links_and_separate_dois_stay_dois() -> None:
    text = "A. Lee, Sea ice, Nature 12 (2001) 3-9. https://doi.org/10.1038/35012345"
    f = _fields(text, [("A. Lee", "author"), ("Sea ice", "title"), ("Nature", "container-title"), ("12", "volume"),
                       ("2001", "issued"), ("3-9", "page"), ("https://doi.org/", "URL"), ("10.1038/35012345", "DOI")])
    assert f["DOI"] == "10.1038/35012345"
    text = "A. Lee, Sea ice, Nature 12 (2001) 3-9. https://www.nature.com/ 10.1038/35012345"
    f = _fields(text, [("A. Lee", "author"), ("Sea ice", "title"), ("Nature", "container-title"), ("12", "volume"),
                       ("2001", "issued"), ("3-9", "page"), ("https://www.nature.com/", "URL"),
                       ("10.1038/35012345", "DOI")])
    assert f["DOI"] == "10.1038/35012345"


# --- a DOI after its cue, broken by spaces -------------------------------------------------------------------------

def test_doi_after_cue_whatever_the_labeler_made_of_it() -> None:
    text = "Lee A, Ode B. Sea ice. Polar Res. 2011; 4(2):33-40. doi:10.1080/ PR.0000000000000123 .PubMed PMID:12345678"
    f = _fields(text, [("Lee A, Ode B", "author"), ("Sea ice", "title"), ("Polar Res", "container-title"),
                       ("2011", "issued"), ("4", "volume"), ("2", "issue"), ("33-40", "page"),
                       ("10.1080/ PR.0000000000000123", "arXiv"), ("12345678", "PMID")])
    assert f["DOI"] == "10.1080/ PR.0000000000000123"
    assert "arXiv" not in f
    text = "A. Lee, Sea ice, Polar Res. 4 (2011) 33. doi: 10.1103 /PolarRes. 4.000033 . URL https://x.org/a"
    f = _fields(text, [("A. Lee", "author"), ("Sea ice", "title"), ("Polar Res", "container-title"), ("4", "volume"),
                       ("2011", "issued"), ("33", "page"), ("10.1103", "DOI"), ("PolarRes", "container-title"),
                       ("4.000033", "volume"), ("https://x.org/a", "URL")])
    assert f["DOI"] == "10.1103 /PolarRes. 4.000033"


def test_doi_after_cue_runs_over_numbers_the_labeler_took_and_stops_at_the_next_sentence() -> None:
    text = "Lee A. Sea ice. Polar Res. 2011;4:33-40. doi: 10.1080/pr.2011.33. Epub 2011 Jan 5."
    f = _fields(text, [("Lee A", "author"), ("Sea ice", "title"), ("Polar Res", "container-title"), ("2011", "issued"),
                       ("4", "volume"), ("33-40", "page"), ("10.1080/pr", "DOI"), ("2011", "issued"), ("33", "page"),
                       ("2011 Jan 5", "issued")])
    assert f["DOI"] == "10.1080/pr.2011.33"
    assert f["issued"] == "2011"


# --- a person's name after a role word read as an imprint or a container -------------------------------------------

def test_name_after_role_word_is_the_role() -> None:
    (ref,) = parse("Ruiz, Ana. The Harbor. Trans. Mary K. Stone, Boston: Beacon, 1990.")
    csl = ref.to_csl()
    assert csl["translator"] == [{"family": "Stone", "given": "Mary K."}]
    assert csl["publisher-place"] == "Boston"
    assert "container-title" not in csl
    text = "Berger, Karl, Werke, vol. ii (1991), Briefe und Schriften, ed. Otto F. Lang, pp. 9–42."
    f = _fields(text, [("Berger, Karl", "author"), ("Werke", "container-title"), ("ii", "volume"), ("1991", "issued"),
                       ("Briefe und Schriften", "container-title"), ("Otto F", "publisher-place"), ("Lang", "publisher"),
                       ("9–42", "page")])
    assert f["editor"] == "Otto F. Lang"
    assert "publisher" not in f


def test_places_after_edition_words_stay_places() -> None:
    (ref,) = parse("Ruiz, Ana. The Harbor. 2nd ed. New York: Norton, 1990.")
    csl = ref.to_csl()
    assert csl["publisher-place"] == "New York"
    assert "editor" not in csl
    text = "Ruiz, Ana. The Harbor. Rev. ed. Saint Paul: Graywolf, 1990."
    f = _fields(text, [("Ruiz, Ana", "author"), ("The Harbor", "title"), ("Rev. ed", "edition"),
                       ("Saint Paul", "publisher-place"), ("Graywolf", "publisher"), ("1990", "issued")])
    assert f["publisher-place"] == "Saint Paul"


# --- one bare word in a list of names written initials first --------------------------------------------------------

def test_bare_words_after_initials_first_names_open_the_title() -> None:
    text = "J. Ward, Storms, Floods, Droughts and Fires: Climate Extremes, Oxford University Press (2005)."
    f = _fields(text, [("J. Ward, Storms, Floods", "author"), ("Droughts and Fires: Climate Extremes", "title"),
                       ("Oxford University Press", "publisher"), ("2005", "issued")])
    assert f["author"] == "J. Ward"
    assert f["title"] == "Storms, Floods, Droughts and Fires: Climate Extremes"


def test_names_in_initials_first_lists_stay_names() -> None:
    # a full name between initials-first names, a suffix in capitals, an inverted list
    text = "T. Marsh, Changbiao Wang, J. L. Hirsh, Wake fields in plasma, Phys. Rev. 5 (2001) 3."
    f = _fields(text, [("T. Marsh, Changbiao Wang, J. L. Hirsh", "author"), ("Wake fields in plasma", "title")])
    assert f["author"] == "T. Marsh, Changbiao Wang, J. L. Hirsh"
    text = "E. W. Garbisch, JR, Ring strain, J. Org. Chem. 30 (1965) 2109."
    f = _fields(text, [("E. W. Garbisch, JR", "author"), ("Ring strain", "title")])
    assert f["author"] == "E. W. Garbisch, JR"
    text = "Ward, J., Moore, T., Storms at sea, Oxford 2005."
    f = _fields(text, [("Ward, J., Moore, T.", "author"), ("Storms at sea", "title")])
    assert f["author"] == "Ward, J., Moore, T"


# --- a journal run into the title --------------------------------------------------------------------------------

def test_known_journal_run_into_the_title() -> None:
    text = "Ode B. Salt intake and kidney stones in older adults J Urol 2004; 22: 101-9."
    f = _fields(text, [("Ode B", "author"), ("Salt intake and kidney stones in older adults J Urol", "title"),
                       ("2004", "issued"), ("22", "volume"), ("101-9", "page")])
    assert f["container-title"] == "J Urol"
    assert f["title"] == "Salt intake and kidney stones in older adults"


def test_titles_ending_in_unknown_words_or_with_a_journal_stay() -> None:
    text = "Ode B. Salt intake and kidney stones in older adults 2004; 22: 101-9."
    f = _fields(text, [("Ode B", "author"), ("Salt intake and kidney stones in older adults", "title"),
                       ("2004", "issued"), ("22", "volume"), ("101-9", "page")])
    assert "container-title" not in f
    text = "Ode B. Salt intake and kidney stones. J Urol 2004; 22: 101-9."
    f = _fields(text, [("Ode B", "author"), ("Salt intake and kidney stones", "title"), ("J Urol", "container-title"),
                       ("2004", "issued"), ("22", "volume"), ("101-9", "page")])
    assert f["title"] == "Salt intake and kidney stones"


# --- the publisher after a chapter's place, read as a second container ---------------------------------------------

def test_publisher_after_place_of_a_chapter() -> None:
    text = ("Lee K., Salt marsh soils. In Coastal Wetlands, edited by Hale R. Boulder: Geological Society of America, "
            "Special Paper, v. 412, pp. 10-30. 2006.")
    f = _fields(text, [("Lee K.", "author"), ("Salt marsh soils", "title"), ("Coastal Wetlands", "container-title"),
                       ("Hale R.", "editor"), ("Boulder", "publisher-place"),
                       ("Geological Society of America, Special Paper", "container-title"), ("412", "volume"),
                       ("10-30", "page"), ("2006", "issued")])
    assert f["publisher"] == "Geological Society of America"


def test_journal_after_a_place_with_no_chapter_stays() -> None:
    # no earlier container: the name after the colon is not touched
    text = "Lee K. Salt marsh soils. Boulder: Geological Review, v. 412, pp. 10-30. 2006."
    f = _fields(text, [("Lee K.", "author"), ("Salt marsh soils", "title"), ("Boulder", "publisher-place"),
                       ("Geological Review", "container-title"), ("412", "volume"), ("10-30", "page"), ("2006", "issued")])
    assert f["container-title"] == "Geological Review"
