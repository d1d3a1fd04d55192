"""Forms found on the kept-aside dev files 78 to 81 once they were read (session 19): each test fails before its
change. Lines are invented in the same shapes, not copied from the dev files."""

from __future__ import annotations

import refnorm
from labelling import labelled_as_read, one_record, repaired_fields
from refnorm.parsing.entries import split_points
from refnorm.parsing.fields import segments


def _all(text: str) -> list[dict]:
    return [r.to_csl() for r in refnorm.parse(text)]


# ------------------------------------------------------------------------------------------------ identifiers
def test_an_isbn_with_a_wrong_check_digit_is_kept_as_printed_with_a_warning() -> None:
    refs = refnorm.parse("DVOŘÁKOVÁ, Petra. Dějiny brněnských tiskáren. Brno: Host, 2014. ISBN 978-80-7294-111-2.")
    assert refs[0].to_csl()["ISBN"] == "9788072941112"
    assert "isbn.invalid" in {d.code for d in refs[0].warnings()}
    # a right one is unchanged, and no warning
    good = refnorm.parse("Smith, J. A history of printing. London: Acme, 2010. ISBN 978-3-16-148410-0.")[0]
    assert good.to_csl()["ISBN"] == "9783161484100" and "isbn.invalid" not in {d.code for d in good.warnings()}


def test_a_link_ends_before_the_next_entrys_number_glued_to_it() -> None:
    refs = _all("[4] 李明. 城市绿地规划导则[EB/OL]. (2023-05-04)[2024-01-02]. http://www.example.cn/gh/2023/0504.html.[5] "
                "王芳. 城市热岛效应研究[D]. 南京: 南京大学, 2020.")
    assert [r.get("URL") for r in refs] == ["http://www.example.cn/gh/2023/0504.html", None]


def test_a_link_without_its_scheme_is_one_word() -> None:
    ref = one_record("Lindgren, Sara. “Counting Bicycles in Winter.” Nordic Streets Blog, 4 Dec. 2023, "
               "nordicstreets.org/2023/12/counting-bicycles. Accessed 9 Jan. 2024.")
    assert ref["URL"] == "nordicstreets.org/2023/12/counting-bicycles"
    assert ref["issued"] == {"date-parts": [[2023, 12, 4]]}
    ref = one_record("“Flood Risk Explorer: Danube Basin.” European Hazard Atlas, 2 Feb. 2022, "
               "maps.hazardatlas.eu/flood/danube. Accessed 5 May 2023.")
    assert ref["URL"] == "maps.hazardatlas.eu/flood/danube"


# ------------------------------------------------------------------------------------------------ glued lines
def test_a_numbered_line_is_cut_after_a_doi_with_no_full_stop() -> None:
    refs = _all("7. Mensah K, Osei P. Malaria in the wet season: a cohort study. Malar J. 2020;19:211. "
                "doi:10.1186/s12936-020-03281-7 8. Norwegian Institute of Public Health. Annual report 2019. "
                "Oslo: NIPH; 2020.")
    assert [r["title"] for r in refs] == ["Malaria in the wet season: a cohort study", "Annual report 2019"]


def test_the_next_entrys_number_the_labeler_read_as_a_volume_opens_the_next_entry() -> None:
    # (as the labeler read such a line on a given day: the "4" a volume of the report, the cut after it)
    text = ("3. World Health Organization. Guidelines on oral health in older people. Geneva: World Health "
            "Organization; 2019. 4. Dahl R, Moe K. Delirium screening in the ward: a cohort. BMJ Open 2021;11:e04321.")
    toks, labels = labelled_as_read(text, [
        ("3", "citation-number"), ("World Health Organization", "author"),
        ("Guidelines on oral health in older people", "title"), ("Geneva", "publisher-place"),
        ("World Health Organization", "publisher"), ("2019", "issued"), ("4", "volume"), ("Dahl R, Moe K", "author"),
        ("Delirium screening in the ward: a cohort", "title"), ("BMJ Open", "container-title"), ("2021", "issued"),
        ("11", "volume"), ("e04321", "page")])
    labels[toks.index(next(t for t in toks if t.text == "Dahl"))] = "^author"
    cuts = split_points(labels, segments(toks, [x.lstrip("^") for x in labels]), toks)
    assert [text[toks[c].start:toks[c].start + 7] for c in cuts] == ["4. Dahl"]


# ------------------------------------------------------------------------------------------------ books
def test_an_edition_keeps_its_number_without_its_qualifiers() -> None:
    assert one_record("COSTA, Mariana Lopes. Fotografia e memória urbana. 3. ed. rev. e atual. Recife: Editora UFPE, "
                "2021. 220 p.")["edition"] == "3"


def test_a_gost_volume_and_its_title_without_a_statement_of_responsibility() -> None:
    ref = one_record("Петров А. Б. История русского театра : в 4 т. Т. 3 : Век модерна. — 2-е изд. — М. : Искусство, "
               "2016. — 388 с.")
    assert ref["type"] == "book"
    assert ref["title"] == "История русского театра"
    assert (ref["volume"], ref["volume-title"]) == ("3", "Век модерна")
    ref = one_record("Петров А. Б. История русского театра. В 4 т. Т. 3. Век модерна. — М. : Искусство, 2016. — 388 с.")
    assert ref["issued"] == {"date-parts": [[2016]]} and ref["volume"] == "3"


def test_a_chapter_in_french_notes_with_its_editors_before_the_book() -> None:
    ref = one_record("MARCHAND (Odile), « Les imprimeurs lyonnais et la Réforme », dans Paul GIRARD et Anne VIDAL (dir.), "
               "Livres et lecteurs à Lyon, Lyon, ENS Éditions, coll. « Métiers du livre », 2015, p. 45‑78.")
    assert ref["type"] == "chapter"
    assert ref["title"] == "Les imprimeurs lyonnais et la Réforme"
    assert ref["container-title"] == "Livres et lecteurs à Lyon"
    assert ref["collection-title"] == "Métiers du livre"


def test_a_polish_chapter_whose_book_title_opens_with_capitals() -> None:
    # (as the labeler read such a line on a given day: the book's first words a name, the rest a second title)
    text = ("K. Nowicka, Kapela dworska Wazów, [w:] Muzyka dawna w Polsce. Studia ofiarowane Janowi Lisowi, "
            "red. M. Kruk i in., Kraków 2005, s. 101–118.")
    fields = repaired_fields(text, [
        ("K. Nowicka", "author"), ("Kapela dworska Wazów", "title"), ("Muzyka dawna", "editor"),
        ("w Polsce", "title"), ("Studia ofiarowane Janowi Lisowi", "container-title"), ("M. Kruk", "editor"),
        ("Kraków", "publisher-place"), ("2005", "issued"), ("101–118", "page")])
    assert fields["title"] == "Kapela dworska Wazów"
    assert fields["container-title"] == "Muzyka dawna w Polsce. Studia ofiarowane Janowi Lisowi"
    assert fields["editor"] == "M. Kruk"


def test_a_review_with_a_title_of_its_own_leaves_the_reviewed_book_out() -> None:
    ref = one_record("ROUX (Claire), « Lire les marges », compte rendu de Jean DUPRÉ, Les Copistes de Cluny, Paris, Vrin, "
               "2019, dans Revue historique, vol. 98, n° 3, 2021, p. 611‑14.")
    assert (ref["type"], ref["title"], ref["container-title"]) == ("review-book", "Lire les marges", "Revue historique")
    assert ref["issued"] == {"date-parts": [[2021]]} and "publisher" not in ref
    ref = one_record("Moreau, Daniel. “Ships and Ledgers.” Review of The Ledger Sea: Trade in the Baltic, by Anna Berg. "
               "Journal of Economic History 81, no. 1 (2021): 301–3.")
    assert ref["container-title"] == "Journal of Economic History" and "editor" not in ref


# ------------------------------------------------------------------------------------------------ CJK
def test_a_full_width_bracket_closes_in_its_field() -> None:
    assert one_record("3) 山田太郎, 小林花子. 河川堤防の浸透解析. 土木学会論文集B1（水工学）. 2020, vol. 76, no. 4, "
                "p. 1-6.")["container-title"] == "土木学会論文集B1（水工学）"


def test_the_day_of_a_japanese_date_made_public() -> None:
    ref = one_record("厚生労働省「国民生活基礎調査（2022年（令和4年））」2023年7月4日公表，"
               "https://www.mhlw.go.jp/toukei/list/20-21.html（2024年2月1日閲覧）.")
    assert ref["issued"] == {"date-parts": [[2023, 7, 4]]}
    assert ref["title"] == "国民生活基礎調査（2022年（令和4年））"


# ------------------------------------------------------------------------------------------------ legal
def test_a_numbered_polish_act_with_its_gazette_issue() -> None:
    ref = one_record("7.\tUstawa z dnia 8 marca 1990 r. o samorządzie gminnym (Dz.U. 1990 nr 16 poz. 95).")
    assert ref["type"] == "legislation"
    # (session 22: "poz." is the act's item number, in brackets or not; docs/parsing.md's conventions)
    assert (ref["container-title"], ref["issue"], ref["number"]) == ("Dz.U.", "16", "95")
    assert ref["issued"] == {"date-parts": [[1990, 3, 8]]}


def test_an_italian_decree_glued_after_a_numbered_book() -> None:
    refs = _all("4) G. Conti, Storia del diritto ecclesiastico, Bologna, il Mulino, 1999. 5) D.lgs. 22 gennaio 2004, "
                "n. 42, Codice dei beni culturali e del paesaggio, in G.U. n. 45.")
    assert refs[1]["type"] == "legislation"
    assert (refs[1]["number"], refs[1]["container-title"], refs[1]["issue"]) == ("42", "G.U.", "45")


def test_a_regional_italian_law_in_its_regional_bulletin() -> None:
    ref = one_record("Legge regionale 3 marzo 2015, n. 9, «Norme per la tutela dei boschi», in Bollettino Ufficiale della "
               "Regione Umbria n. 12 del 11 marzo 2015.")
    assert (ref["type"], ref["title"], ref["number"]) == ("legislation", "Norme per la tutela dei boschi", "9")
    assert (ref["container-title"], ref["issue"]) == ("Bollettino Ufficiale della Regione Umbria", "12")


def test_a_dutch_decision_of_a_court_with_a_long_name() -> None:
    ref = one_record("Rb. Noord-Holland-Midden 4 juni 2019, ECLI:NL:RBNHM:2019:4411 (Vereniging Duinbehoud/Gemeente "
               "Bergen).")
    assert (ref["type"], ref["number"]) == ("legal_case", "ECLI:NL:RBNHM:2019:4411")
    assert ref["title"] == "Vereniging Duinbehoud/Gemeente Bergen"


# ------------------------------------------------------------------------------------------------ second batch
def test_a_bracketed_kind_of_recording_is_its_genre_not_its_title() -> None:
    ref = one_record("Radio Nordwest (2022, 3. März). Wie Städte atmen [Podcast-Episode]. In Stadtgespräch. "
               "https://www.radio-nordwest.example.de/stadtgespraech-12.html")
    assert (ref["title"], ref["genre"], ref["container-title"]) == ("Wie Städte atmen", "Podcast-Episode", "Stadtgespräch")
    ref = one_record("Reid, A. and Moss, K. (2021) ‘Why rivers flood’, The Water Podcast [Podcast]. 3 May. Available at: "
               "https://www.waterpodcast.example.org/episodes/3 (Accessed: 1 June 2021).")
    assert ref["genre"] == "Podcast" and "publisher-place" not in ref


def test_a_bodys_acronym_in_brackets_before_the_date() -> None:
    # (as the labeler read such lines on a given day: the acronym a title, or a piece of the name)
    text = "Türkiye Kalkınma Vakfı (TKV). (2022). Kırsal kalkınma göstergeleri, 2021. TKV Yayınları."
    fields = repaired_fields(text, [("Türkiye Kalkınma Vakfı", "author"), ("TKV", "title"), ("2022", "issued"),
                                    ("Kırsal kalkınma göstergeleri, 2021", "title"), ("TKV Yayınları", "publisher")])
    assert fields["author"] == "Türkiye Kalkınma Vakfı (TKV)"
    assert fields["title"] == "Kırsal kalkınma göstergeleri, 2021"
    text = "Statens energimyndighet [STEM]. (2020). Energiläget i Sverige (Rapport 2020:12). STEM."
    fields = repaired_fields(text, [("Statens energimyndighet [STEM", "author"), ("2020", "issued"),
                                    ("Energiläget i Sverige", "title"), ("Rapport", "genre"), ("2020:12", "number")])
    assert (fields["author"], fields["publisher"]) == ("Statens energimyndighet", "STEM")


def test_no_date_in_the_year_s_brackets() -> None:
    ref = one_record("Svenska Akademien (u.å.). Ordboken. Hämtad 3 april 2022 från https://www.example.se/ordboken")
    assert ref["title"] == "Ordboken" and "issued" not in ref
    ref = one_record("Krüger, H. (o. J.). Die alte Mühle. Leipzig: Verlag am Fluss.")
    assert ref["author"] == [{"family": "Krüger", "given": "H."}]


def test_a_din_journal_s_volume_before_its_year() -> None:
    # (as the labeler read such a line on a given day: the volume a word of the journal's name)
    text = "KRAUS, Peter: Ermüdung von Schweißnähten. In: Stahlbau 91 (2022), Nr. 5, S. 301–309"
    fields = repaired_fields(text, [("KRAUS, Peter", "author"), ("Ermüdung von Schweißnähten", "title"),
                                    ("Stahlbau 91", "container-title"), ("2022", "issued"), ("5", "issue"),
                                    ("301–309", "page")])
    assert (fields["container-title"], fields["volume"]) == ("Stahlbau", "91")


def test_a_gost_issue_with_its_running_number() -> None:
    ref = one_record("Лебедев К. П. Летописные своды XV века // Древняя Русь. Вопросы медиевистики. — 2020. — № 3 (81). — "
               "С. 12–30.")
    assert ref["issue"] == "3" and "volume" not in ref


def test_the_date_before_the_bracketed_date_of_reading() -> None:
    ref = one_record("Минздрав России. О вакцинации против гриппа в 2023 году [Интернет]. 2 октября 2023 [процитировано "
               "5 октября 2023]. Доступно по: https://www.example.ru/news/2023/10/02")
    assert ref["issued"] == {"date-parts": [[2023, 10, 2]]}
    assert ref["accessed"] == {"date-parts": [[2023, 10, 5]]}


def test_a_vancouver_issue_with_no_volume_and_a_title_ending_with_its_season() -> None:
    # (as the labeler read such a line on a given day: "Saison" a place, "2022" a date, the issue a date)
    text = ("Keller M, Arndt S. Masernfälle in Kindertagesstätten, Saison 2022/23. Epid Bull [Internet]. 2024 [zitiert "
            "4. Mai 2024];(12):5–9.")
    fields = repaired_fields(text, [
        ("Keller M, Arndt S", "author"), ("Masernfälle in Kindertagesstätten", "title"), ("Saison", "publisher-place"),
        ("2022", "issued"), ("23", "title"), ("Epid Bull", "container-title"), ("Internet", "medium"),
        ("2024", "issued"), ("zitiert", "available"), ("4. Mai 2024", "accessed"), ("12", "issued"),
        ("5–9", "page")])
    assert fields["title"] == "Masernfälle in Kindertagesstätten, Saison 2022/23"
    assert fields["issue"] == "12" and "publisher-place" not in fields


def test_a_series_and_its_number_after_a_semicolon() -> None:
    ref = one_record("Brandt, Otto: Die Stadt als Bühne. Aus dem Französischen übers. v. Karin Wolf, Frankfurt a. M.: "
               "Suhrkamp 2010 (stw; 1934).")
    assert (ref["collection-title"], ref["collection-number"]) == ("stw", "1934")


def test_a_patent_s_assignee_is_no_publisher() -> None:
    # (as the labeler read such a line on a given day: the assignee an author and a publisher)
    text = ("Lindgren P, Okafor T, inventors; Northwind Filtration Ltd., assignee. Ceramic filter cartridge. United "
            "States patent US 10,987,654 B2. 2021 Apr 20.")
    fields = repaired_fields(text, [("Lindgren P, Okafor T, inventors; Northwind", "author"),
                                    ("Filtration Ltd", "publisher"), ("assignee", "author"),
                                    ("Ceramic filter cartridge", "title"), ("2021 Apr 20", "issued")])
    assert fields["author"].startswith("Lindgren P, Okafor T, inventors") and "publisher" not in fields
    assert "Northwind" not in fields["author"]


def test_a_working_paper_s_number_and_a_data_set_s_version() -> None:
    ref = one_record("Moreau, Claire, and Jonas Berg. 2020. “Minimum Wages and Regional Employment.” SSRN Working Paper "
               "3612345. https://doi.org/10.2139/ssrn.3612345.")
    assert ref["number"] == "3612345" and "page" not in ref
    ref = one_record("Lindahl, K. et al. Global inventory of glacial lake outburst floods, v2.1. PANGAEA "
               "https://doi.org/10.1594/PANGAEA.912345 (2021).")
    assert ref["version"] == "2.1" and "edition" not in ref


def test_types_of_standards_reports_datasets_and_conference_papers() -> None:
    ref = one_record("[7] ČSN 73 0540:2011. Tepelná ochrana budov – Část 2: Požadavky. Praha: Úřad pro technickou "
               "normalizaci, metrologii a státní zkušebnictví, 2011.")
    assert (ref["type"], ref["number"]) == ("standard", "ČSN 73 0540:2011")
    assert one_record("3. Riksarkivet (2018). Digitala arkiv i kommunerna: en lägesbild. (Rapport 2018:2). Stockholm: "
                "Riksarkivet.")["type"] == "report"
    assert one_record("4. Institut national de l'information géographique. Base de données des haies du Massif central "
                "[Internet]. Version 2.0. Saint-Mandé : IGN ; 2020 [cité le 3 mai 2021]. Disponible sur : "
                "https://www.example.fr/haies")["type"] == "dataset"
    assert one_record("[2] Nowak B.: Sterowanie predykcyjne w sieciach ciepłowniczych. W: Materiały XIV Krajowej Konferencji "
                "Energetyki, Gliwice 2019, s. 55-62.")["type"] == "paper-conference"


def test_an_initiative_is_a_body() -> None:
    ref = one_record("Clean Rivers Initiative. (2021). Plastic in the Mekong delta (Report No. CRI-2021-02). Hanoi: CRI.")
    assert ref["author"] == [{"literal": "Clean Rivers Initiative"}]


# ------------------------------------------------------------------------------------------------ third batch
def test_the_school_and_the_kind_of_a_thesis_apart() -> None:
    ref = one_record("BAUER, Jonas: Mikroplastik in alpinen Seen. Innsbruck, Leopold-Franzens-Universität, Diss., 2019")
    assert (ref["publisher"], ref["genre"]) == ("Leopold-Franzens-Universität", "Diss.")
    # (as the labeler read such a line on a given day: the school a piece of the kind of thesis)
    text = "Holm, Erik. 2019. ”Solceller på flerbostadshus.” Doktorsavhandling, Lunds universitet, Lund."
    fields = repaired_fields(text, [("Holm, Erik", "author"), ("2019", "issued"),
                                    ("Solceller på flerbostadshus", "title"),
                                    ("Doktorsavhandling, Lunds universitet", "genre"), ("Lund", "publisher-place")])
    assert (fields["genre"], fields["publisher"]) == ("Doktorsavhandling", "Lunds universitet")


def test_a_report_series_number_is_the_report_s_and_a_book_series_number_the_series() -> None:
    ref = one_record("Istituto Nazionale di Statistica. Indagine sulle famiglie: rapporto 2020. Roma: ISTAT; 2021. "
               "(Rapporti ISTISAN 21/7).")
    assert (ref["type"], ref["number"], ref["collection-title"]) == ("report", "21/7", "Rapporti ISTISAN")
    ref = one_record("4. Cruz Roja Española (2021): Informe sobre la pobreza energética en España. Madrid: Fundación FOESSA. "
               "Colección Estudios, n.º 52.")
    assert ref["collection-number"] == "52" and "number" not in ref


def test_a_french_volume_and_its_title_and_the_original_s_year() -> None:
    ref = one_record("MARCHETTI (Luc), Histoire de la philosophie morale, t. III : De Kant à Hegel, trad. de l’italien par "
               "Anne Roux, Paris, Vrin, coll. « Bibliothèque d’histoire », 2001 [1978].")
    assert (ref["title"], ref["volume"], ref["volume-title"]) == (
        "Histoire de la philosophie morale", "III", "De Kant à Hegel")
    assert ref["original-date"] == {"date-parts": [[1978]]} and ref["issued"] == {"date-parts": [[2001]]}


def test_a_japanese_translator_in_brackets_after_the_author() -> None:
    ref = one_record("ピエール・ブラン（山本一郎訳）『都市と記憶』岩波書店、2005年（原著1992年）。")
    assert ref["author"] == [{"family": "ブラン", "given": "ピエール"}]
    assert ref["translator"] == [{"family": "山本", "given": "一郎"}]
    assert "collection-title" not in ref and ref["original-date"] == {"date-parts": [[1992]]}


def test_a_japanese_remark_is_no_reference() -> None:
    assert refnorm.parse("※表記は原文のままとし、明らかな誤植のみ訂正した。") == []


def test_a_meeting_s_place_and_dates_are_no_date_of_reading() -> None:
    ref = one_record("Кузнецов А. В. Деформации откосов отвалов // Проблемы недропользования : труды Всерос. науч. конф. "
               "(Пермь, 3–5 июня 2020 г.). Пермь : ПНИПУ, 2020. С. 10–17.")
    assert "accessed" not in ref and ref["event-place"] == "Пермь"
    assert ref["event-date"] == {"date-parts": [[2020, 6, 3], [2020, 6, 5]]}


def test_a_gbt_data_set_s_version_and_publisher() -> None:
    ref = one_record("[5] 李强, 孙梅. 黄河流域逐月降水数据集(1980—2020)[DS/OL]. V3. 国家地球系统科学数据中心, 2022[2023-06-01]. "
               "https://doi.org/10.12041/geodata.123456.")
    assert (ref["version"], ref["publisher"]) == ("V3", "国家地球系统科学数据中心") and "container-title" not in ref


def test_the_kind_of_thesis_after_the_school_read_as_a_place() -> None:
    ref = one_record("HOFER, K.: Grundwasserneubildung im Hügelland. Dresden, TU Dresden, Diss., 2017")
    assert (ref["type"], ref["publisher"], ref["genre"]) == ("thesis", "TU Dresden", "Diss.")


def test_a_place_closing_the_title_is_no_piece_of_the_journal() -> None:
    # (as the labeler read such a line on a given day: "China. JAMA" one journal)
    text = ("Chen L, Wu Q. Risk factors of severe pneumonia in Hubei, China. JAMA. 3 mars 2020;323(9):800-5.")
    fields = repaired_fields(text, [("Chen L, Wu Q", "author"), ("Risk factors of severe pneumonia in Hubei", "title"),
                                    ("China. JAMA", "container-title"), ("3 mars 2020", "issued"), ("323", "volume"),
                                    ("9", "issue"), ("800-5", "page")])
    assert fields["title"] == "Risk factors of severe pneumonia in Hubei, China"
    assert fields["container-title"] == "JAMA"
    # an abbreviated journal's first word stays the journal's ("…, Phys. Rev. B 104")
    text = "M. Lind, Phonon transport in layered crystals, Phys. Rev. B 104, 104512 (2021)."
    fields = repaired_fields(text, [("M. Lind", "author"), ("Phonon transport in layered crystals", "title"),
                                    ("Phys. Rev. B", "container-title"), ("104", "volume"), ("104512", "page"),
                                    ("2021", "issued")])
    assert fields["container-title"] == "Phys. Rev. B"


def test_the_readme_example_s_wrapped_jama_entry_is_rewritten() -> None:
    from pathlib import Path

    from refnorm.fix import fix_text

    example = Path(__file__).resolve().parents[1] / "examples" / "references-fr.txt"
    out = fix_text(example.read_text(encoding="utf-8"), offline=True, style="vancouver", locale="fr-FR",
                   cache=False).text
    assert ("Pneumonia in Wuhan, China. JAMA. 7 févr 2020;323(11):1061‑9. [Epub ahead of print]" in out)


def test_words_in_small_letters_closing_the_title_are_no_piece_of_the_journal() -> None:
    # fix's own Vancouver rendering read back so ("…, habitats, activities. Biochem Syst Ecol."): kept verbatim
    ref = one_record("Lindqvist P. Soil fungi: taxa, niches, interactions. Fungal Ecol. 1991 Mar;12(2):101-9.")
    assert ref["title"] == "Soil fungi: taxa, niches, interactions" and ref["container-title"] == "Fungal Ecol"
    text = "Remacle J. Microbial ecology: organisms, habitats, activities. Biochem Syst Ecol. 1989;17(6):499-500."
    fields = repaired_fields(text, [("Remacle J", "author"), ("Microbial ecology: organisms, habitats", "title"),
                                    ("activities. Biochem Syst Ecol", "container-title"), ("1989", "issued"),
                                    ("17", "volume"), ("6", "issue"), ("499-500", "page")])
    assert fields["title"] == "Microbial ecology: organisms, habitats, activities"
    assert fields["container-title"] == "Biochem Syst Ecol"


def test_apa_s_journal_read_as_a_series_and_a_year_as_its_volume() -> None:
    # fix's own APA renderings read back so: both were kept verbatim as unstable
    text = "Ballard, M. (2016). Resolutions in factorization categories. Advances in Mathematics, 295, 195–249."
    fields = repaired_fields(text, [("Ballard, M", "author"), ("2016", "issued"),
                                    ("Resolutions in factorization categories", "title"),
                                    ("Advances in Mathematics", "collection-title"), ("295", "volume"),
                                    ("195–249", "page")])
    assert fields["container-title"] == "Advances in Mathematics" and "collection-title" not in fields
    text = "Chacón, G. R. (2013). Toeplitz operators. Journal of Function Spaces, 2013, 1–5."
    fields = repaired_fields(text, [("Chacón, G. R", "author"), ("2013", "issued"), ("Toeplitz operators", "title"),
                                    ("Journal of Function Spaces", "container-title"), ("2013", "issued"),
                                    ("1–5", "page")])
    assert fields["volume"] == "2013"
