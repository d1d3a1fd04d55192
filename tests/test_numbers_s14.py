"""Documents' numbers and the endings of grey literature (session 14): reports', theses' and agencies'
publication numbers, series numbers, and what must not be read as them. Strings of our own, each form beside a
look-alike that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse


def _csl(text: str, lang: str | None = None) -> dict:
    refs = parse(text, lang)
    assert len(refs) == 1
    return refs[0].to_csl()


# ---------------------------------------------------------------- 01: a number named by its word ("Artikelnummer:")
@pytest.mark.parametrize(("text", "number"), [
    ("Folkhälsomyndigheten. Tobaksvanor bland unga vuxna. Solna: Folkhälsomyndigheten; 2020. Artikelnummer: 20123.",
     "20123"),
    ("Socialstyrelsen (2019). Väntetider i vården 2018. Stockholm: Socialstyrelsen. Art.nr 2019-3-12.", "2019-3-12"),
    ("ČESKÝ STATISTICKÝ ÚŘAD. Zaměstnanost v krajích 2021. Praha: ČSÚ, 2022. Kód publikace 250012-22.", "250012-22"),
    ("Gezondheidsraad. Voeding en gezondheid. Den Haag: Gezondheidsraad; 2018. Publicatienr. 2018/09.", "2018/09"),
    ("Centraal Bureau (2019), Woningmarkt in beeld 2019, CBS-publicatienummer 1234, Den Haag: CBS.", "1234"),
    ("MARTIN, Paul. Les villes moyennes en France. Thèse de doctorat en géographie, Université de Lyon, 2019. "
     "NNT : 2019LYSE2045.", "2019LYSE2045"),
    ("Paul Martin. Les villes moyennes en France. Géographie. Université de Lyon, 2019. Français. "
     "⟨NNT : 2019LYSE2045⟩. ⟨tel-02912345⟩", "2019LYSE2045"),
])
def test_a_publication_number_after_its_word_is_the_number(text, number):
    csl = _csl(text)
    assert csl["number"] == number
    # nothing else holds it: no page, no date, no genre "Art", no series "Publicatienr"
    assert not any(number in str(v) for k, v in csl.items() if k != "number")
    assert "page" not in csl and "accessed" not in csl and "collection-title" not in csl


def test_an_article_of_an_act_and_a_word_art_are_no_publication_number():
    # "art. 22" is an act's article; "Art. Nr. 5" (a space after the stop) is not the run-together "Art.nr"
    act = _csl("Ustawa z dnia 26 czerwca 1974 r. Kodeks pracy, art. 22 § 1. Dz.U. 1974 nr 24 poz. 141.", "pl")
    assert "number" not in act or act["number"] != "22"
    csl = _csl("Lehmann, K. (2019). Kunst und Art. Nr. 5 der Reihe. Zeitschrift für Kunst, 12(3), 45-67.", "de")
    assert "number" not in csl and csl["volume"] == "12" and csl["page"] == "45-67"


# ---------------------------------------------------------------- 02: a working paper's series number is its number
@pytest.mark.parametrize("text", [
    "SOUZA, Ana; LIMA, Pedro. Crédito e investimento regional. Brasília: Ipea, 2019. 40 p. (Texto para Discussão, "
    "n. 2490).",
    "Jansen, K., & Bakker, T. (2018). Pensioenen en arbeidsmarkt (CPB Discussion Paper 371). Den Haag: Centraal "
    "Planbureau.",
])
def test_a_working_papers_series_number_is_the_reports_number(text):
    csl = _csl(text)
    assert csl["number"] in ("2490", "371") and "collection-number" not in csl
    assert csl["collection-title"] in ("Texto para Discussão", "CPB Discussion Paper")


def test_a_book_series_in_brackets_keeps_its_collection_number():
    # (a series of reports numbers the report itself: since session 19 its number is the report's, as 14 of the 17
    # golds of report series read it, "Rapporti ISTISAN 23/12", "Rapport 2021:3", "SGU-rapport 2018:07")
    csl = _csl("Istituto Nazionale. Indagine sulle acque. Roma: ISS; 2020. (Rapporti ISTISAN 20/31).")
    assert csl["number"] == "20/31" and csl["collection-title"] == "Rapporti ISTISAN"
    csl = _csl("Moreau, J. (2017). Histoire de Lyon. Lyon: PUL (Collection Histoire, 12).")
    assert csl["collection-number"] == "12" and "number" not in csl


# ---------------------------------------------------------------- 03: an arXiv id inside a longer arXiv run
@pytest.mark.parametrize("text", [
    "Brown, T. B., Mann, B., Ryder, N., et al. (2021). Scaling laws for small models. arXiv preprint arXiv:2101.01234.",
    "Chen, L. (2022) ‘Dust in galaxies’. arXiv:2101.01234 [astro-ph.GA]. Available at: "
    "https://arxiv.org/abs/2101.01234 (Accessed: 3 May 2023).",
    "Kim, H. (2023). Sparse attention. arXiv:2101.01234 [cs.LG], 2023.",
    "[3] K. Ito, M. Brandt, Sparse attention for speech, arXiv:2101.01234 [cs.CL], 2023.",
])
def test_an_arxiv_id_with_its_words_or_subject_class_is_the_number(text):
    csl = _csl(text)
    assert csl["number"] == "arXiv:2101.01234"
    assert "publisher" not in csl  # "[cs.CL]" is the subject class, no publisher "CL"


def test_a_publisher_that_is_no_subject_class_stays():
    csl = _csl("Lee, J. (2020). Graph learning. Springer. arXiv:2001.01234 [cs.LG].")
    assert csl.get("publisher") == "Springer"


# ---------------------------------------------------------------- 04: no link of our making beside an arXiv id
def test_an_arxiv_id_alone_makes_no_url():
    csl = _csl("Lee, J., & Park, S. (2021). Graph transformers for molecules. arXiv preprint arXiv:2105.01234.")
    assert csl["number"] == "arXiv:2105.01234" and "URL" not in csl


def test_an_arxiv_link_written_as_the_id_is_the_url():
    csl = _csl("Lee, Jin, and Su Park. “Graph Transformers for Molecules.” arXiv, version 3, 2 Mar. 2021, "
               "arxiv.org/abs/2105.01234v3.")
    assert csl["URL"] == "https://arxiv.org/abs/2105.01234v3"


# ---------------------------------------------------------------- 05: APA's "(Report No. 45)" after the title
@pytest.mark.parametrize(("text", "number", "series"), [
    ("Smith, J. (2020). Water quality in lakes (Report No. 45). Environment Agency.", "45", None),
    ("Parliament Library (2021). Energy prices and households (Research Briefing No. CBP-9123). London: House of "
     "Commons.", "CBP-9123", "Research Briefing"),
    ("Türkiye İstatistik Kurumu. (2022). Nüfus İstatistikleri, 2021 (Haber Bülteni No. 45500). Erişim adresi: "
     "https://data.tuik.gov.tr/Bulten/Index?p=45500", "45500", "Haber Bülteni"),
    ("DURAND, Marie et PETIT, Luc. Rapport d'information sur la politique de l'eau (n° 3120). Paris : Assemblée "
     "nationale, 2020.", "3120", None),
    ("Demir, A. (2019). Kentsel yoksulluk ve göç (Doktora tezi, İstanbul Üniversitesi). YÖK Ulusal Tez Merkezi "
     "(Tez No. 598765).", "598765", None),
])
def test_a_report_number_in_brackets_after_the_title_is_the_number(text, number, series):
    csl = _csl(text)
    assert csl["number"] == number and "issue" not in csl and "edition" not in csl
    assert csl.get("collection-title") == series
    assert "No." not in csl.get("title", "") and "n°" not in csl.get("title", "")


def test_a_thesis_keeps_its_genre_beside_a_bracketed_number():
    csl = _csl("Demir, A. (2019). Kentsel yoksulluk ve göç (Doktora tezi, İstanbul Üniversitesi). YÖK Ulusal Tez "
               "Merkezi (Tez No. 598765).")
    assert csl["genre"] == "Doktora tezi"


@pytest.mark.parametrize("text", [
    "Kaya, B. (2020). Kent ve bellek. Toplum ve Bilim (No. 148), 45-67.",  # a journal's issue in brackets
    "Rossi, M. (2015). Storia di Pisa. Pisa: ETS (Studi e testi; n. 45).",  # a book's series after the imprint
])
def test_a_journals_issue_or_a_books_series_in_brackets_is_no_report_number(text):
    csl = _csl(text)
    assert csl.get("number") not in ("148", "45")


# ---------------------------------------------------------------- 06: "Rapport 6967." after a report's title
@pytest.mark.parametrize(("text", "number", "series"), [
    ("Miljöverket (2020). Fiskbestånd i Vänern. Rapport 7120. Stockholm: Miljöverket.", "7120", None),
    ("Riksarkivet (2016) Arkivvård i kommunerna. Rapport 2016:4. Stockholm: Riksarkivet.", "2016:4", None),
    ("Bundesinstitut für Bau (2020): Wohnen im Alter. Forschungsbericht 42. Bonn. Verfügbar unter: "
     "https://www.bbsr.de/fb42.pdf (Zugriff am 01.02.2022).", "42", None),
    ("Aksoy, Mert ve Elif Kaya (2021), \"Enflasyon Beklentileri\", TCMB Çalışma Tebliği No. 21/14, Türkiye "
     "Cumhuriyet Merkez Bankası, Ankara.", "21/14", "TCMB Çalışma Tebliği"),
    ("TÜİK (2023). Tüketici Fiyat Endeksi, Ekim 2023. Haber Bülteni Sayı: 49652.", "49652", "Haber Bülteni"),
])
def test_a_reports_series_or_kind_and_number_after_the_title_is_the_number(text, number, series):
    csl = _csl(text)
    assert csl["number"] == number and csl.get("collection-title") == series
    assert not csl.keys() & {"volume", "issue", "page", "container-title"}


def test_a_report_series_named_a_series_gives_its_number_as_the_reports():
    # the number names the report, as "Technical Report Series 2018/112" does (tests/test_parse_forms.py)
    csl = _csl("Länsstyrelsen i Dalarna (2019). Fjällens flora. Länsstyrelsens rapportserie nr 9. Falun: Länsstyrelsen.")
    assert csl["collection-title"] == "Länsstyrelsens rapportserie" and csl["number"] == "9"


@pytest.mark.parametrize("text", [
    "Ruiz, A. (2019). La inflación. Revista de Economía, n.º 12, pp. 45-67.",
    "Martin, P. (2018). Les villes. Bulletin de la Société, n° 45, 2018.",
    "Berg, K. (2017). Skolan och staten. Pedagogisk rapport, 12(3), 45-60.",
])
def test_a_journals_issue_is_no_report_number(text):
    csl = _csl(text)
    assert "number" not in csl and "collection-title" not in csl


# ---------------------------------------------------------------- 07: a year ending a title, the imprint's later
@pytest.mark.parametrize(("text", "title", "year"), [
    ("T.C. Sağlık Bakanlığı. Sağlık İstatistikleri Yıllığı 2019. Ankara: Sağlık Bakanlığı; 2020.",
     "Sağlık İstatistikleri Yıllığı 2019", 2020),
    ("DUPONT, Jean. Les ports bretons face au commerce atlantique (1720-1790). Thèse de doctorat en histoire. "
     "Rennes : Université Rennes 2, 2016. 520 p.", "Les ports bretons face au commerce atlantique (1720-1790)", 2016),
])
def test_a_year_ending_a_title_stays_in_it_when_the_imprint_is_later(text, title, year):
    csl = _csl(text)
    assert csl["title"] == title and csl["issued"] == {"date-parts": [[year]]} and "available-date" not in csl


def test_a_finer_date_after_a_title_and_a_year_in_brackets_are_not_taken():
    # the same year as the reference's date: its month and day, not the title's words
    csl = _csl("Jones, K. (2020). Flood report, 12 May 2020. Environment Agency.")
    assert csl["issued"] == {"date-parts": [[2020, 5, 12]]}
    # one year in brackets after a title may be its first edition's: left as it was
    csl = _csl("Basso, Aldo, Studi sulle opere di Rossini (1861), Carla Neri (ed.) (Milano: Ricordi, 2003).")
    assert "(1861)" not in csl.get("title", "")


# ---------------------------------------------------------------- 08: a guideline's code in brackets, "(NICE guideline NG203)"
@pytest.mark.parametrize(("text", "number", "series"), [
    ("National Institute for Health and Care Excellence. Chronic kidney disease: assessment and management. London: "
     "NICE; 2021. (NICE guideline NG203).", "NG203", "NICE guideline"),
    ("National Institute for Health and Care Excellence. Obesity: identification and management [Internet]. London: "
     "NICE; 2014 [cited 2022 Mar 1]. (Clinical guideline CG189). Available from: https://www.nice.org.uk/guidance/cg189",
     "CG189", "Clinical guideline"),
    ("Nederlands Huisartsen Genootschap. NHG-Standaard Diabetes mellitus type 2 (M01). Versie 5.6. Utrecht: NHG; 2023.",
     "M01", None),
])
def test_a_guidelines_code_in_brackets_is_its_number(text, number, series):
    csl = _csl(text)
    assert csl["number"] == number and csl.get("collection-title") == series
    assert number not in csl["title"] and "container-title" not in csl


@pytest.mark.parametrize("text", [
    "Smith, J. (2019). Influenza (H1N1) in schools. Journal of Health, 12(3), 4-9.",
    "Park, S. (2020). Phase II study of drug X: the ALPHA trial (JCOG1503). Journal of Oncology 6, 448-455.",
])
def test_a_code_in_an_articles_title_stays_there(text):
    csl = _csl(text)
    assert "number" not in csl and "(" in csl["title"]


# ---------------------------------------------------------------- 09: "(Rapport 7012)", "(Cahier 2022-07)"
@pytest.mark.parametrize(("text", "number"), [
    ("Naturvårdsverket. Fladdermöss i skogen [Internet]. Stockholm: Naturvårdsverket; 2019 [citerad 2022 maj 3]. "
     "(Rapport 6890). Tillgänglig från: https://www.naturvardsverket.se/6890", "6890"),
    ("Jansen, P., & Vos, R. (2021). Jeugdcriminaliteit in beeld (Cahier 2021-12). WODC. "
     "https://repository.wodc.nl/handle/1", "2021-12"),
])
def test_a_kind_and_its_number_in_brackets_is_the_number(text, number):
    csl = _csl(text)
    assert csl["number"] == number and number not in csl["title"] and "collection-title" not in csl


def test_a_bracketed_kind_and_number_keep_the_record_a_report():
    csl = _csl("Berg, L. (2015). Stadens historia. Stockholm: Atlantis (Rapport 12).")
    assert csl["type"] == "report" and csl["number"] == "12"


# ---------------------------------------------------------------- 10: a HAL deposit's identifier is no page
def test_a_hal_identifier_is_the_number_not_a_page():
    csl = _csl("Martin, L. (2022). Les mobilités résidentielles des seniors. HAL SHS, halshs-03987654.")
    assert csl["number"] == "halshs-03987654" and "page" not in csl
    csl = _csl("Roux, P. (2021). Les vignobles. Revue de géographie, 12, 45-67.")  # a page stays a page
    assert csl["page"] == "45-67" and "number" not in csl
