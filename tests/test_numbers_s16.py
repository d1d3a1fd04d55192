"""Numbers, dates and genres (session 16): forms written in many languages, each with strings of our own beside
look-alikes that must not change."""

from __future__ import annotations

import pytest

from refnorm import parse


def _csl(text: str, lang: str | None = None) -> dict:
    refs = parse(text, lang)
    assert len(refs) == 1
    return refs[0].to_csl()


# ---------------------------------------------------------------- 21: a date after an online, posting or update cue
@pytest.mark.parametrize(("text", "date"), [
    ("Ruiz A, Soto M. Adherencia terapéutica en atención primaria. Aten Primaria. 2020;52(4):230-7. Publicado en "
     "línea el 5 de marzo de 2020.", [2020, 3, 5]),
    ("Becker T, Wolf M. Sturzprävention im Pflegeheim. Z Gerontol Geriatr. 2021;54(2):120-6. Online veröffentlicht "
     "am 3. Februar 2021.", [2021, 2, 3]),
    ("Lambert P, Girard S. Dépistage du diabète en officine. Rev Med Interne. 2019 mars;40(3):150-6. Publié en ligne "
     "le 12 janvier 2019.", [2019, 1, 12]),
    ("Ferrari G, Conti L. Aderenza terapeutica nell'anziano. Recenti Prog Med. 2021;112(3):180-6. Pubblicato online "
     "il 4 marzo 2021.", [2021, 3, 4]),
])
def test_a_date_after_an_online_cue_is_the_date_it_went_online(text, date):
    csl = _csl(text)
    assert csl["available-date"] == {"date-parts": [date]}
    assert "accessed" not in csl
    assert csl["issued"]["date-parts"][0][0] == date[0]


@pytest.mark.parametrize(("text", "date"), [
    ("University Hospital Basel. Vitamin D in frail elderly (VIDA). ClinicalTrials.gov identifier: NCT03912345. "
     "Posted April 5, 2019. Accessed June 1, 2022. https://clinicaltrials.gov/study/NCT03912345", [2019, 4, 5]),
    ("Smith J, Brown K. Deep nets for tides. arXiv. Preprint posted online March 3, 2020. arXiv:2003.01234",
     [2020, 3, 3]),
    ("Ministère de l'Intérieur. « Élections municipales : calendrier ». Interieur.gouv.fr [en ligne]. Mis à jour le "
     "14 mars 2022. Disponible sur : https://www.interieur.gouv.fr/elections [consulté le 3 avril 2022].",
     [2022, 3, 14]),
    ("Deutsche Gesellschaft für Kardiologie: S2k-Leitlinie Vorhofflimmern, Version 2.0, Stand 12.04.2022. Verfügbar "
     "unter: https://leitlinien.dgk.org/vhf (Zugriff am 01.06.2023).", [2022, 4, 12]),
])
def test_a_posted_or_updated_date_alone_is_the_date_of_issue(text, date):
    csl = _csl(text)
    assert csl["issued"] == {"date-parts": [date]}
    assert csl.get("accessed", {}).get("date-parts") != [date]
    assert "volume" not in csl and "available-date" not in csl


@pytest.mark.parametrize(("text", "title"), [
    ("Keller, M. (2019). Updated 3 May 2018: a history of the revised guidelines. Journal of Policy History, 31(2), "
     "45-60.", "Updated 3 May 2018: a history of the revised guidelines"),
    ("Brandt, S. (2020). Der Stand 2019 der Forschung zur Windenergie. Energie & Umwelt, 12(1), 5-19.",
     "Der Stand 2019 der Forschung zur Windenergie"),
])
def test_a_cue_and_a_date_inside_a_title_stay_in_it(text, title):
    csl = _csl(text)
    assert csl["title"] == title
    assert csl["issued"]["date-parts"][0] in ([2019], [2020])


def test_a_posted_cue_without_a_date_changes_nothing():
    text = ("Nguyen, T. (2021, May 4). How tides shape estuaries [Blog post]. Posted by the Coastal Lab. "
            "https://coastal.example.org/tides")
    csl = _csl(text)
    assert csl["issued"] == {"date-parts": [[2021, 5, 4]]}


# ---------------------------------------------------------------- 22: the number after an issue term is the issue
@pytest.mark.parametrize(("text", "volume", "issue"), [
    ("Martínez, José. «La prensa obrera en Asturias». Revista de Historia Contemporánea, n.º 58 (2019): 101-125.",
     None, "58"),
    ('Silva, Pedro (2018), "Migração e trabalho no Minho", Análise Social, vol. LIII (3.º), n.º 228, pp. 650-675.',
     "LIII", "228"),
    ("Смирнов И. П. Рынок труда в малых городах // Вестник Пермского университета. Экономика. 2019. №17. "
     "URL: https://cyberleninka.ru/article/n/rynok-truda (дата обращения: 01.02.2023).", None, "17"),
])
def test_the_number_after_an_issue_term_is_the_issue(text, volume, issue):
    csl = _csl(text)
    assert csl["type"] == "article-journal"
    assert csl.get("volume") == volume and csl["issue"] == issue
    assert "number" not in csl


@pytest.mark.parametrize(("text", "field", "value"), [
    ("García López, Ana. «El comercio de la lana en Burgos». Historia Agraria LXIII, n.º 112 (2018): 33-60.",
     "volume", "LXIII"),
    ("Ministerio de Sanidad. Informe anual del Sistema Nacional de Salud. Informe n.º 12. Madrid: Ministerio de "
     "Sanidad; 2021.", "number", "12"),
])
def test_a_volume_before_the_term_and_a_reports_number_stay(text, field, value):
    assert _csl(text)[field] == value


# ---------------------------------------------------------------- 23: a Roman volume run into the journal's name
@pytest.mark.parametrize(("text", "journal", "volume"), [
    ("Rossi, Marco. «La riforma del catasto nel Regno di Napoli». Archivio storico per le province napoletane, "
     "CXXXV, 2017, n. 1, pp. 45-78.", "Archivio storico per le province napoletane", "CXXXV"),
    ("Dupont, Jean. « Les notaires de Lyon ». Revue historique, CCCXX, 2018, n° 3, p. 511-540.", "Revue historique",
     "CCCXX"),
])
def test_a_roman_volume_after_the_journals_comma_is_the_volume(text, journal, volume):
    csl = _csl(text)
    assert csl["container-title"] == journal and csl["volume"] == volume


def test_a_roman_part_of_the_journal_stays_in_its_name():
    csl = _csl("Martin, Paul. « Les abeilles de Provence ». Comptes rendus de l'Académie des sciences, Série III, "
               "2019, n° 4, p. 101-110.")
    assert csl["container-title"].endswith("Série III")
    assert "volume" not in csl


# ---------------------------------------------------------------- 24: a material designation is the medium
@pytest.mark.parametrize("text", [
    "Росстат. Индекс потребительских цен на товары и услуги в 2022 году [Электронный ресурс]. – URL: "
    "https://rosstat.gov.ru/statistics/price (дата обращения: 10.02.2023).",
    "Kowalski, J. Historia Krakowa w XIX wieku [Dokument elektroniczny]. Kraków: Universitas, 2018.",
])
def test_a_material_designation_is_the_medium_not_a_genre(text):
    csl = _csl(text)
    assert "genre" not in csl
    assert csl["medium"] in ("Электронный ресурс", "Dokument elektroniczny")


@pytest.mark.parametrize(("text", "genre"), [
    ("Иванов П. С. Износ колёсных пар вагонов : дис. ... канд. техн. наук : 05.22.07 / Иванов Пётр Сергеевич. — "
     "Омск, 2017. — 160 с.", "дис. ... канд. техн. наук"),
    ("Bakker, R. (2021). Neerslagmetingen in Drenthe, 2015–2020 (Versie 1) [Dataset]. DANS. "
     "https://doi.org/10.17026/dans-zz9-abcd", "Dataset"),
])
def test_a_kind_of_work_stays_the_genre(text, genre):
    csl = _csl(text)
    assert csl["genre"] == genre and "medium" not in csl


# ---------------------------------------------------------------- 25: a congress abstract's number in a supplement
@pytest.mark.parametrize(("text", "number", "page"), [
    ("Dubois M, Petit L. Réhabilitation précoce après chirurgie cardiaque. Ann Cardiol Angeiol. 2021;70(Suppl 1):"
     "e31. Abstract OP-045.", "OP-045", "e31"),
    ("Smith J, Brown K. Early feeding after surgery. Br J Surg. 2020;107(S2):45. Abstract 312.", "312", "45"),
    ("Vogel T, Arslan M (2021) Delir nach Herzchirurgie – eine Kohortenstudie. Anaesthesist 70 (Suppl 2): S112, "
     "Abstract P-077", "P-077", "S112"),
])
def test_a_congress_abstracts_number_is_the_number(text, number, page):
    csl = _csl(text)
    assert csl["number"] == number and csl["page"] == page
    assert "note" not in csl


def test_abstract_as_a_word_of_the_title_is_left():
    csl = _csl("Keller A. Abstract art and the brain. Perception. 2019;48(2):101-20.")
    assert csl["title"] == "Abstract art and the brain" and "number" not in csl and csl["page"] == "101-120"


# ---------------------------------------------------------------- 26: a supplement's page keeps its "S"
@pytest.mark.parametrize(("text", "page"), [
    ("Müller K, Weber T. Frühe Mobilisation nach Hüftendoprothetik. Z Orthop Unfall. 2021;159(Suppl 1):S88-S95.",
     "S88-S95"),
    ("Rossi A. Dieta mediterranea e rischio cardiovascolare. Nutr Metab Cardiovasc Dis. 2019;29(Suppl 1):S12.", "S12"),
    ("Lee K. Asthma in children. Pediatrics. 2018;141(Suppl 3):S210–S218.", "S210-S218"),
])
def test_a_supplements_page_keeps_its_letter(text, page):
    csl = _csl(text)
    assert csl["page"] == page and csl["issue"].startswith("Suppl")


def test_a_plain_page_after_a_supplement_is_unchanged():
    csl = _csl("Lee K. Asthma in children. Pediatrics. 2018;141(Suppl 3):210–218.")
    assert csl["page"] == "210-218"


# ---------------------------------------------------------------- 27: a registry's accession is the record's number
@pytest.mark.parametrize(("text", "number", "title"), [
    ("Universitätsklinikum Heidelberg. Exercise training in chronic heart failure (EXTRA-HF). ClinicalTrials.gov "
     "identifier: NCT03456789. Posted January 8, 2018. Accessed March 3, 2022. "
     "https://clinicaltrials.gov/study/NCT03456789", "NCT03456789", "Exercise training in chronic heart failure (EXTRA-HF)"),
    ("ISRCTN12345678. Physiotherapy after knee replacement in older adults (PHYS-KR). Registered 12 March 2019. "
     "https://doi.org/10.1186/ISRCTN12345678", "ISRCTN12345678", "Physiotherapy after knee replacement in older adults "
     "(PHYS-KR)"),
    ("Deutsches Register Klinischer Studien. Frühe Ernährung nach Bauchchirurgie. DRKS00023456. Registriert am 4. Mai "
     "2021. https://drks.de/search/de/trial/DRKS00023456", "DRKS00023456", "Frühe Ernährung nach Bauchchirurgie"),
    ("[7] 李明, 张华. 水稻根际微生物宏基因组测序数据: PRJNA765432[DS/OL]. (2021-05-10)[2022-01-15]. "
     "https://www.ncbi.nlm.nih.gov/bioproject/PRJNA765432.", "PRJNA765432", "水稻根际微生物宏基因组测序数据"),
])
def test_a_registry_records_accession_is_its_number(text, number, title):
    csl = _csl(text)
    assert csl["number"] == number and csl["title"] == title
    assert "container-title" not in csl
    assert csl["issued"]["date-parts"][0][0] in (2018, 2019, 2021)


def test_a_trial_named_in_an_articles_title_is_no_number():
    csl = _csl("Smith J, Lee K. Exercise in heart failure: a randomised trial (NCT03456789). Lancet. "
               "2021;397(10280):1234-45.")
    assert "number" not in csl and csl["container-title"] == "Lancet"


# ---------------------------------------------------------------- 28: a version between commas after the title
@pytest.mark.parametrize(("text", "version", "title_end"), [
    ("[4] T. Okafor, L. Smit, Soil moisture records from 96 stations in North Brabant, 2012–2020, Zenodo, Version 1.4, "
     "2021. https://doi.org/10.5281/zenodo.5551234.", "1.4", "2012–2020"),
    ("Deutsche Gesellschaft für Kardiologie: S2k-Leitlinie Vorhofflimmern. AWMF-Registernummer 019-014, Version 2.0, "
     "Stand 12.04.2022. Verfügbar unter: https://register.awmf.org/x (Zugriff am 01.06.2023).", "2.0",
     "Vorhofflimmern"),
    ("Deutsche Gesellschaft für Neurologie: S3-Leitlinie Multiple Sklerose. AWMF-Registernummer 030-050, Version 6.1, "
     "Stand: 01.08.2023. https://register.awmf.org/de/leitlinien/detail/030-050 (Zugriff am 01.02.2024).", "6.1",
     "Multiple Sklerose"),
])
def test_a_version_between_commas_after_the_title_is_the_version(text, version, title_end):
    csl = _csl(text)
    assert csl["version"] == version and title_end in csl["title"] and "ersion" not in csl["title"]


def test_a_version_closing_a_title_stays_in_it():
    csl = _csl("Hudak, P., and Wadler, P. 1992. Report on the Programming Language Haskell, version 1.2. ACM SIGPLAN "
               "Notices 27(5).")
    assert csl["title"].endswith("version 1.2") and "version" not in csl


# ---------------------------------------------------------------- 29: a guideline's number in its register
@pytest.mark.parametrize(("text", "number"), [
    ("Deutsche Gesellschaft für Neurologie: S3-Leitlinie Multiple Sklerose. AWMF-Registernummer 030-050, Version 6.1, "
     "Stand: 01.08.2023. https://register.awmf.org/de/leitlinien/detail/030-050 (Zugriff am 01.02.2024).", "030-050"),
    ("Österreichische Gesellschaft für Pneumologie. Leitlinie Asthma bronchiale. Registernummer 12-004. Wien: ÖGP; "
     "2020.", "12-004"),
    ("National Guideline Office. Management of sepsis in adults. Registry number 2021/07. Dublin: NGO; 2021.",
     "2021/07"),
])
def test_a_guidelines_register_number_is_its_number(text, number):
    csl = _csl(text)
    assert csl["number"] == number
    assert number not in csl["title"]


# ---------------------------------------------------------------- 30: "[1872] 1999." first published, this printing
@pytest.mark.parametrize(("text", "original", "issued"), [
    ("Hale, Thomas. [1872] 1999. The Parish Churches of Kent. London: Routledge.", 1872, 1999),
    ("Weber, Max. [1922] 2013. Wirtschaft und Gesellschaft. Tübingen: Mohr Siebeck.", 1922, 2013),
    ("Marsh, Adrian. (1938) 1994. The Greek Chorus. Reprint, London: Methuen.", 1938, 1994),
])
def test_a_bracketed_first_year_before_the_printings_is_the_original_date(text, original, issued):
    csl = _csl(text)
    assert csl["original-date"] == {"date-parts": [[original]]}
    assert csl["issued"] == {"date-parts": [[issued]]}


def test_bracketed_years_in_a_title_are_no_original_date():
    csl = _csl("Dupont, Jean. 2015. Les halles de Paris [1850-1970]. Paris: Seuil.")
    assert csl["issued"] == {"date-parts": [[2015]]} and "original-date" not in csl


# ---------------------------------------------------------------- 31: a range before 頁/页/ページ is the pages
@pytest.mark.parametrize(("text", "year", "page"), [
    ("田中一郎「近世俳諧の表現」『国語国文』第88巻第2号、2019年、23-35頁。", 2019, "23-35"),
    ("村上浩之「世阿弥の能楽論」『日本文学』第67巻第5号、2018年、23-35頁。", 2018, "23-35"),
    ("佐藤健「近代日本の港湾都市」『史学雑誌』第130巻第4号、2021年、1-28ページ。", 2021, "1-28"),
])
def test_a_range_before_a_cjk_page_unit_is_the_pages(text, year, page):
    csl = _csl(text)
    assert csl["page"] == page and csl["issued"] == {"date-parts": [[year]]}


def test_a_books_page_count_is_no_range():
    csl = _csl("山本太郎『日本の古代史』岩波書店、2015年、320頁。")
    assert "page" not in csl and csl["issued"] == {"date-parts": [[2015]]}


# ---------------------------------------------------------------- 32: an accession's digits opening the record
@pytest.mark.parametrize(("text", "number", "date"), [
    ("NCT04567890. Vitamin D supplementation in care-home residents (VIDCARE). Registered 12 June 2020. "
     "https://clinicaltrials.gov/study/NCT04567890", "NCT04567890", [2020, 6, 12]),
    ("DRKS00031234. Frühmobilisation nach Schlaganfall (FRÜH-S). Registriert am 3. März 2022. "
     "https://drks.de/search/de/trial/DRKS00031234", "DRKS00031234", [2022, 3, 3]),
])
def test_an_accession_opening_the_record_is_no_date(text, number, date):
    csl = _csl(text)
    assert csl["number"] == number and csl["issued"] == {"date-parts": [date]}
    assert "available-date" not in csl


# ---------------------------------------------------------------- 33: a bioRxiv/medRxiv identifier is no date
@pytest.mark.parametrize(("text", "number", "year"), [
    ("Ahmed R, Cole T. Wastewater SARS-CoV-2 lineages in Leeds. medRxiv 2022.11.04.22281951 [Preprint]. 2022 [cited "
     "2023 Jan 5]. Available from: https://www.medrxiv.org/content/10.1101/2022.11.04.22281951v1",
     "2022.11.04.22281951", 2022),
    ("Souza MT, Lima RC. Resistência antimicrobiana em hospitais de Recife. medRxiv 2020.07.21.20158713 [Preprint]. "
     "2020 [citado 2021 mar 3]. Disponível em: https://www.medrxiv.org/content/10.1101/2020.07.21.20158713v1",
     "2020.07.21.20158713", 2020),
])
def test_a_preprint_servers_identifier_is_the_number(text, number, year):
    csl = _csl(text)
    assert csl["number"] == number and csl["issued"] == {"date-parts": [[year]]}
    assert "available-date" not in csl and "note" not in csl and "genre" not in csl


def test_a_preprint_identifier_that_alone_dates_the_reference_stays_its_date():
    csl = _csl("Lind P, Okafor T. Gut microbiota of wild voles. bioRxiv 2020.06.12.148601; doi: "
               "https://doi.org/10.1101/2020.06.12.148601")
    assert csl["issued"] == {"date-parts": [[2020, 6, 12]]}


# ---------------------------------------------------------------- 34: Embase's "Journal 2021 49:7 (1120-1131)"
@pytest.mark.parametrize(("text", "journal", "parts"), [
    ("Moretti P., Singh A. Early enteral nutrition after pancreatoduodenectomy: a cohort study. Clinical Nutrition "
     "2020 39:4 (1187-1195)", "Clinical Nutrition", (2020, "39", "4", "1187-1195")),
    ("Novak J., Weber K. Blood pressure control in elderly patients with diabetes. Journal of Hypertension 2019 37:12 "
     "(2401-2410)", "Journal of Hypertension", (2019, "37", "12", "2401-2410")),
])
def test_an_embase_locator_is_year_volume_issue_and_pages(text, journal, parts):
    csl = _csl(text)
    assert csl["container-title"] == journal
    assert (csl["issued"]["date-parts"][0][0], csl["volume"], csl["issue"], csl["page"]) == parts


def test_a_vancouver_locator_after_a_year_is_unchanged():
    csl = _csl("Novak J, Weber K. Blood pressure control in elderly patients with diabetes. J Hypertens. 2019;37(12):"
               "2401-10.")
    assert (csl["container-title"], csl["volume"], csl["issue"], csl["page"]) == ("J Hypertens", "37", "12", "2401-2410")


# ---------------------------------------------------------------- 35: an issue in brackets ends at its bracket
@pytest.mark.parametrize(("text", "issue", "page"), [
    ("Vogt K, Arslan B. Delir nach Herzoperation. Anaesthesist. 2021;70(Suppl 1):S88. Abstract P045.", "Suppl 1",
     "S88"),
    ("Lindqvist P, Berg K. Fallprevention på sjukhem. Läkartidningen. 2019;116(Suppl 3):S41. Abstract 17.", "Suppl 3",
     "S41"),
])
def test_the_pages_after_an_issues_bracket_are_no_part_of_it(text, issue, page):
    csl = _csl(text)
    assert csl["issue"] == issue and csl["page"] == page
