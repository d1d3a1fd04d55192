"""Acts, gazettes and court decisions in the citation forms of many jurisdictions, read by legal.py's
patterns: an act word with its number and date and a gazette with or without brackets, a court with a
date and a docket number, OSCOLA cases and British acts. Strings of our own, each form with a similar
string that is not an act or a decision."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refnorm import parse
from refnorm.parsing.legal import legal_fields

ACTS = [
    # Spanish: the act's year is in its number; the BOE without brackets, its issue bare or after "núm."
    ("es", "Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común de las Administraciones "
           "Públicas. Boletín Oficial del Estado, 236, de 2 de octubre de 2015, 89343-89410.",
     {"title": "Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común de las Administraciones "
               "Públicas", "container-title": "Boletín Oficial del Estado", "issue": "236", "page": "89343-89410",
      "issued": {"date-parts": [[2015, 10, 1]]}, "number": "39/2015"}),
    ("es", "Real Decreto 1105/2014, de 26 de diciembre, por el que se establece el currículo básico. BOE, núm. 3, "
           "3 de enero de 2015, pp. 169-546. https://www.boe.es/eli/es/rd/2014/12/26/1105",
     {"title": "Real Decreto 1105/2014, de 26 de diciembre, por el que se establece el currículo básico",
      "number": "1105/2014",
      "container-title": "BOE", "issue": "3", "page": "169-546", "issued": {"date-parts": [[2014, 12, 26]]},
      "URL": "https://www.boe.es/eli/es/rd/2014/12/26/1105"}),
    # Italian: the date follows the act word, the title is the quoted one, the number then stands apart
    ("it", "Legge 30 dicembre 2010, n. 240, «Norme in materia di organizzazione delle università», Gazzetta "
           "Ufficiale n. 10 del 14 gennaio 2011.",
     {"title": "Norme in materia di organizzazione delle università", "number": "240",
      "container-title": "Gazzetta Ufficiale", "issue": "10", "issued": {"date-parts": [[2010, 12, 30]]}}),
    # Dutch: the gazette's year, then the item
    ("nl", "Besluit van 3 maart 2018 houdende regels over de kwaliteit van kinderopvang, Stb. 2018, 54.",
     {"title": "Besluit van 3 maart 2018 houdende regels over de kwaliteit van kinderopvang", "container-title": "Stb.",
      "number": "54", "issued": {"date-parts": [[2018, 3, 3]]}}),
    # German Land gazette after a comma, an amendment after it that is not the act's
    ("de", "Gesetz zur Regelung des Datenschutzes vom 12. Mai 2019, GVBl. S. 212, zuletzt geändert durch "
           "Gesetz vom 4. März 2022 (GVBl. S. 80).",
     {"title": "Gesetz zur Regelung des Datenschutzes", "container-title": "GVBl.", "page": "212",
      "issued": {"date-parts": [[2019, 5, 12]]}}),
    # an act with its date and nothing else
    ("de", "Verordnung über den Schutz vor Lärm vom 3. März 2015.",
     {"title": "Verordnung über den Schutz vor Lärm", "issued": {"date-parts": [[2015, 3, 3]]}}),
    ("fr", "Décret n° 2020-1310 du 29 octobre 2020 prescrivant les mesures générales.",
     {"title": "Décret n° 2020-1310 du 29 octobre 2020 prescrivant les mesures générales",
      "issued": {"date-parts": [[2020, 10, 29]]}}),
    # the Journal officiel named without its number
    ("fr", "Loi n° 2019-791 du 26 juillet 2019 pour une école de la confiance. Journal officiel, 28 juillet 2019.",
     {"title": "Loi n° 2019-791 du 26 juillet 2019 pour une école de la confiance",
      "container-title": "Journal officiel", "issued": {"date-parts": [[2019, 7, 26]]}}),
    # ABNT with the Diário Oficial: the jurisdiction as author, the act's name and date as its title, the date of
    # the imprint (the gazette's) as issued, as ABNT's imprint dates the publication
    ("pt", "BRASIL. Decreto nº 9.057, de 25 de maio de 2017. Regulamenta o art. 80 da Lei nº 9.394. Diário Oficial "
           "da União: seção 1, Brasília, DF, p. 3, 26 maio 2017.",
     {"author": [{"literal": "Brasil"}], "title": "Decreto nº 9.057, de 25 de maio de 2017",
      "container-title": "Diário Oficial da União", "publisher-place": "Brasília, DF", "page": "3",
      "issued": {"date-parts": [[2017, 5, 26]]}}),
    # Polish gazette without brackets
    ("pl", "Ustawa z dnia 20 lipca 2018 r. Prawo o szkolnictwie wyższym i nauce, Dz.U. 2018 poz. 1668.",
     {"title": "Ustawa z dnia 20 lipca 2018 r. Prawo o szkolnictwie wyższym i nauce", "container-title": "Dz.U.",
      "number": "1668", "issued": {"date-parts": [[2018, 7, 20]]}}),
    # Portuguese with the Diário da República, its series and issue
    ("pt", "PORTUGAL. Decreto-Lei n.º 55/2018, de 6 de julho. Diário da República, 1.ª série, n.º 129, p. 2928-2943.",
     {"author": [{"literal": "Portugal"}], "title": "Decreto-Lei n.º 55/2018, de 6 de julho",
      "container-title": "Diário da República", "issue": "129", "page": "2928-2943",
      "issued": {"date-parts": [[2018, 7, 6]]}}),
    # "in G.U." and "JO du …": a gazette abbreviated, with "in" before it or its date after "du" (an Italian act's
    # name after its date and number is its title, quoted or not, and its number then stands apart)
    ("it", "Decreto legislativo 30 giugno 2003, n. 196, Codice in materia di protezione dei dati personali, in G.U. "
           "n. 174 del 29 luglio 2003.",
     {"title": "Codice in materia di protezione dei dati personali", "number": "196",
      "container-title": "G.U.", "issue": "174", "issued": {"date-parts": [[2003, 6, 30]]}}),
    ("fr", "Loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances, JO du 12 février 2005, p. 2353.",
     {"title": "Loi n° 2005-102 du 11 février 2005 pour l'égalité des droits et des chances", "container-title": "JO",
      "page": "2353", "issued": {"date-parts": [[2005, 2, 11]]}}),
    # Czech: the act's year in its number, the number given apart too (as 3 of the 4 read golds with one give it), the
    # amendment clause left out
    ("cs", "Zákon č. 561/2004 Sb., o předškolním, základním, středním, vyšším odborném a jiném vzdělávání (školský "
           "zákon), ve znění pozdějších předpisů.",
     {"title": "Zákon č. 561/2004 Sb., o předškolním, základním, středním, vyšším odborném a jiném vzdělávání "
               "(školský zákon)", "number": "561/2004 Sb.", "issued": {"date-parts": [[2004]]}}),
    # European Union acts and the Official Journal's series and issue
    ("en", "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection "
           "of natural persons with regard to the processing of personal data. OJ L 119, 4.5.2016, p. 1–88.",
     {"title": "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the "
               "protection of natural persons with regard to the processing of personal data", "container-title": "OJ",
      "issue": "119", "page": "1-88", "issued": {"date-parts": [[2016, 4, 27]]}}),
    # Russian GOST: the name in quotes or before " : ", the number after "№", the gazette after "//"
    ("ru", "Постановление Правительства РФ от 26.12.2017 № 1642 «Об утверждении государственной программы» // Собрание "
           "законодательства РФ. – 2018. – № 1. – Ст. 375.",
     {"title": "Об утверждении государственной программы", "number": "1642", "container-title":
      "Собрание законодательства РФ", "issue": "1", "page": "375", "issued": {"date-parts": [[2017, 12, 26]]}}),
    ("ru", "О защите прав потребителей : федеральный закон от 07.02.1992 № 2300-1 // Российская газета. – 1992. – 7 апр.",
     {"title": "О защите прав потребителей", "number": "2300-1", "container-title": "Российская газета",
      "issued": {"date-parts": [[1992, 2, 7]]}}),
    # United States statutes at large; Swedish acts by their SFS number
    ("en", "Americans with Disabilities Act of 1990, Pub. L. No. 101-336, 104 Stat. 327 (1990).",
     {"title": "Americans with Disabilities Act of 1990", "number": "101-336", "container-title": "Stat.",
      "volume": "104", "page": "327", "issued": {"date-parts": [[1990]]}}),
    ("sv", "Skollag (2010:800). Stockholm: Utbildningsdepartementet.",
     {"title": "Skollag", "number": "2010:800", "issued": {"date-parts": [[2010]]}, "publisher-place": "Stockholm",
      "publisher": "Utbildningsdepartementet"}),
    # British acts: the title up to the year, the section cited left out
    ("en", "Data Protection Act 2018, s 7.", {"title": "Data Protection Act 2018", "issued": {"date-parts": [[2018]]}}),
    ("en", "Equality Act 2010 (c 15).", {"title": "Equality Act 2010", "issued": {"date-parts": [[2010]]}}),
]

CASES = [
    ("en", "Donoghue v Stevenson [1932] AC 562 (HL).",
     {"title": "Donoghue v Stevenson", "container-title": "AC", "page": "562", "issued": {"date-parts": [[1932]]}}),
    ("en", "Caparo Industries plc v Dickman [1990] 2 AC 605, 617 (HL)",
     {"title": "Caparo Industries plc v Dickman", "volume": "2", "container-title": "AC", "page": "605",
      "issued": {"date-parts": [[1990]]}}),
    ("en", "Hadley v Baxendale (1854) 9 Exch 341",
     {"title": "Hadley v Baxendale", "volume": "9", "container-title": "Exch", "page": "341",
      "issued": {"date-parts": [[1854]]}}),
    # a neutral citation: the court's series and the case's number
    ("en", "R (Miller) v Prime Minister [2019] UKSC 41",
     {"title": "R (Miller) v Prime Minister", "container-title": "UKSC", "page": "41", "issued": {"date-parts": [[2019]]}}),
    ("fr", "Cass. soc., 3 avril 2019, n° 17-31.234, Bull. civ. V, 2019, p. 54.",
     {"title": "Cass. soc.", "number": "17-31.234", "container-title": "Bull. civ. V", "page": "54",
      "issued": {"date-parts": [[2019, 4, 3]]}}),
    ("fr", "Cour de cassation, chambre criminelle, 5 janvier 2022, n° 21‑80.123.",
     {"title": "Cour de cassation, chambre criminelle", "number": "21-80.123", "issued": {"date-parts": [[2022, 1, 5]]}}),
    ("fr", "CE, 12 février 2020, n° 428546.",
     {"title": "CE", "number": "428546", "issued": {"date-parts": [[2020, 2, 12]]}}),
    ("it", "Cass. pen., sez. V, 14 marzo 2018, n. 11654, in Cass. pen., 2018, c. 2950.",
     {"title": "Cass. pen., sez. V", "number": "11654", "container-title": "Cass. pen.", "page": "2950",
      "issued": {"date-parts": [[2018, 3, 14]]}}),
    ("de", "BGH, Urt. v. 12.3.2019 – VI ZR 123/18, NJW 2019, 1669.",
     {"title": "BGH", "number": "VI ZR 123/18", "container-title": "NJW", "page": "1669",
      "issued": {"date-parts": [[2019, 3, 12]]}}),
    ("de", "BVerfG, Beschl. v. 5. Mai 2020 – 2 BvR 859/15.",
     {"title": "BVerfG", "number": "2 BvR 859/15", "issued": {"date-parts": [[2020, 5, 5]]}}),
    # a Spanish decision by its number, the court before it as author, the gazette that printed it
    ("es", "Tribunal Supremo. Sentencia 432/2019, de 24 de septiembre de 2019. BOE, núm. 262, de 31 de octubre de "
           "2019, pp. 12001-12020.",
     {"author": [{"literal": "Tribunal Supremo"}], "title": "Sentencia 432/2019", "container-title": "BOE",
      "issue": "262", "page": "12001-12020", "issued": {"date-parts": [[2019, 9, 24]]}}),
    ("es", "STC 76/2019, de 22 de mayo.", {"title": "STC 76/2019", "issued": {"date-parts": [[2019, 5, 22]]}}),
    # the kind of decision and the court first
    ("de", "Urteil des BGH vom 12. März 2019, VI ZR 123/18.",
     {"title": "Urteil des BGH", "number": "VI ZR 123/18", "issued": {"date-parts": [[2019, 3, 12]]}}),
    ("pl", "Wyrok Sądu Najwyższego z dnia 12 marca 2019 r., II CSK 123/18.",
     {"title": "Wyrok Sądu Najwyższego", "number": "II CSK 123/18", "issued": {"date-parts": [[2019, 3, 12]]}}),
    ("cs", "Rozsudek Nejvyššího soudu ze dne 12. 3. 2019, sp. zn. 21 Cdo 123/2018.",
     {"title": "Rozsudek Nejvyššího soudu", "number": "21 Cdo 123/2018", "issued": {"date-parts": [[2019, 3, 12]]}}),
]

# Similar strings that are no act and no decision: books and articles about laws and cases, titles opening with an
# act word, a gazette's name inside a title, a court's abbreviation as an author's name
NOT_LEGAL = [
    ("de", "Gesetzgebung und Verwaltung: eine Einführung. 2. Aufl. München: Beck, 2019."),
    ("de", "Gesetz und Recht im Wandel der Zeit. Berlin: Duncker & Humblot, 2010."),
    ("es", "Ley y orden en la ciudad. Boletín Oficial del Estado como fuente, 2019."),
    ("fr", "Loi et société au XIXe siècle, de 12 mars 1850 à nos jours. Paris : PUF, 2015."),
    ("en", "Smith J. Understanding the Children Act 1989."),
    ("en", "Smith J, understanding the Children Act 1989 in practice. Law Q Rev 2001."),
    ("en", "Ward AB, Understanding the Children Act 1989."),
    ("en", "Jones, A. (2019). Living with the Mental Health Act 1983. London: Routledge."),
    ("en", "Smith v Jones: a study of a landmark case. Oxford: OUP, 2019."),
    ("fr", "Cassin R. Les droits de l'homme. Paris : Pedone, 1951."),
    ("fr", "CA de Paris, 3 mars 2020."),
    ("de", "Gesetz zur Stärkung der Pflege. Kommentar. In: Müller (Hrsg.), Sozialrecht, 2021, S. 12-30."),
    ("de", "Urteil und Urteilskraft vom Standpunkt der Logik, 3. Aufl., Berlin 1920."),
    ("en", "Regulation of gene expression by microRNA 2015/16 cohort. Nature 2016; 531: 12-19."),
    ("ru", "Иванов И. И. Закон и право в России // Вопросы права. – 2015. – № 3. – С. 12–19."),
    ("sv", "Andersson, K. (2019). Skollagen i praktiken. Stockholm: Liber."),
    ("en", "Brown, T. The Clean Air Act of 1970, 12 Stat. Rev. 45 (1999)."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ACTS, ids=[t[:30] for _, t, _ in ACTS])
def test_acts(lang, text, expected):
    assert legal_fields(text, lang) == {"type": "legislation", **expected}


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[t[:30] for _, t, _ in CASES])
def test_decisions(lang, text, expected):
    assert legal_fields(text, lang) == {"type": "legal_case", **expected}


@pytest.mark.parametrize(("lang", "text"), NOT_LEGAL, ids=[t[:30] for _, t in NOT_LEGAL])
def test_similar_strings_are_not_read_as_acts_or_decisions(lang, text):
    assert legal_fields(text, lang) is None


def test_a_gazettes_piece_it_cannot_read_leaves_the_line_to_the_labeler():
    # "como fuente" is nothing a gazette's citation holds: the name inside a title is no gazette
    assert legal_fields("Ley 5/2001, de 3 de mayo, sobre fuentes. BOE, visto como fuente histórica, 2001.", "es") is None


def test_a_parsed_act_and_decision_take_legal_py_record():
    ref = parse("Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común. Boletín Oficial del Estado, "
                "236, de 2 de octubre de 2015, 89343-89410.", lang="es")[0].to_csl()
    assert (ref["type"], ref["container-title"], ref["issue"]) == ("legislation", "Boletín Oficial del Estado", "236")
    ref = parse("Cass. soc., 3 avril 2019, n° 17-31.234, Bull. civ. V, 2019, p. 54.", lang="fr")[0].to_csl()
    assert (ref["type"], ref["number"]) == ("legal_case", "17-31.234")


# Patents cited by the document first, as the Russian (GOST), Polish, Czech and German offices print them: the number,
# the title, the inventors, and the publication's date as issued (not the filing's)
PATENTS = [
    ("ru", "Пат. 2811234 Российская Федерация, МПК C02F 1/32. Установка для обеззараживания воды / Лебедев П. С., "
           "Орлова Т. В. ; заявитель и патентообладатель ООО «Аквасвет». – № 2022134567 ; заявл. 27.12.2022 ; "
           "опубл. 11.01.2024, Бюл. № 2. – 8 с.",
     {"number": "2811234", "title": "Установка для обеззараживания воды",
      "author": [{"family": "Лебедев", "given": "П. С."}, {"family": "Орлова", "given": "Т. В."}],
      "issued": {"date-parts": [[2024, 1, 11]]}}),
    # GOST 7.1-2003: two-digit years, the classification after "МПК7", the initials first
    ("ru", "Пат. 2156789 Российская Федерация, МПК7 G 01 N 21/64. Способ контроля толщины покрытия / А. Н. Крылов. – "
           "№ 98112345/28 ; заявл. 15.06.98 ; опубл. 27.09.00, Бюл. № 27. – 4 с. : ил.",
     {"number": "2156789", "title": "Способ контроля толщины покрытия", "author": [{"family": "Крылов", "given": "А. Н."}],
      "issued": {"date-parts": [[2000, 9, 27]]}}),
    # an inventor's certificate, and a patent with no filing data
    ("ru", "А. с. 1234567 СССР, МКИ B 23 K 9/16. Горелка для сварки / Н. П. Зуев, О. Л. Ким. – № 3712345/25-27 ; "
           "заявл. 04.05.84 ; опубл. 15.04.86, Бюл. № 14.",
     {"number": "1234567", "title": "Горелка для сварки",
      "author": [{"family": "Зуев", "given": "Н. П."}, {"family": "Ким", "given": "О. Л."}],
      "issued": {"date-parts": [[1986, 4, 15]]}}),
    ("ru", "Патент № 2700001 РФ. Датчик давления / Смирнов К. Е. ; опубл. 12.09.2019.",
     {"number": "2700001", "title": "Датчик давления", "author": [{"family": "Смирнов", "given": "К. Е."}],
      "issued": {"date-parts": [[2019, 9, 12]]}}),
    ("pl", "Opis patentowy PL 241122 B1. Urządzenie do suszenia ziarna. Uniwersytet Przyrodniczy w Poznaniu, Poznań, "
           "PL. Twórcy: Nowicki T., Lis A. Opubl. 28.02.2022 WUP 02/2022.",
     {"number": "PL 241122 B1", "title": "Urządzenie do suszenia ziarna",
      "author": [{"family": "Nowicki", "given": "T."}, {"family": "Lis", "given": "A."}],
      "issued": {"date-parts": [[2022, 2, 28]]}}),
    ("cs", "Patentový spis CZ 309876 B6. Zařízení pro čištění spalin. Majitel: České vysoké učení technické v Praze. "
           "Původci: Svoboda M., Krejčí L. Zveřejněno 14.06.2023.",
     {"number": "CZ 309876 B6", "title": "Zařízení pro čištění spalin",
      "author": [{"family": "Svoboda", "given": "M."}, {"family": "Krejčí", "given": "L."}],
      "issued": {"date-parts": [[2023, 6, 14]]}}),
    ("de", "Offenlegungsschrift DE 10 2022 205 611 A1. Kupplung für ein Lastenfahrrad. Erfinder: Vogt K., Lang S. "
           "Veröffentlicht am 07.12.2023.",
     {"number": "DE 10 2022 205 611 A1", "title": "Kupplung für ein Lastenfahrrad",
      "author": [{"family": "Vogt", "given": "K."}, {"family": "Lang", "given": "S."}],
      "issued": {"date-parts": [[2023, 12, 7]]}}),
]

# Books and articles about patents, whose first words are a patent's: no number after the word, or no inventors
NOT_PATENTS = [
    ("ru", "Патентное право России / Иванов И. И. — М. : Юрайт, 2019. — 300 с."),
    ("ru", "Патент на изобретение: порядок получения / Сидоров П. П. // Изобретательство. — 2018. — № 4. — С. 5–9."),
    ("pl", "Opis patentowy w praktyce rzecznika. Warszawa: PWN, 2019."),
    ("cs", "Patentový spis a jeho struktura. Praha: Wolters Kluwer, 2020."),
    ("de", "Patentschriften lesen und verstehen. 2. Aufl. München: Beck, 2021."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PATENTS, ids=[t[:30] for _, t, _ in PATENTS])
def test_patents_cited_by_their_document_first(lang, text, expected):
    assert legal_fields(text, lang) == {"type": "patent", **expected}


@pytest.mark.parametrize(("lang", "text"), NOT_PATENTS, ids=[t[:30] for _, t in NOT_PATENTS])
def test_works_about_patents_are_no_patents(lang, text):
    fields = legal_fields(text, lang)
    assert fields is None or fields["type"] != "patent"


def test_a_gost_patent_whose_names_are_no_persons_is_left_to_the_labeler():
    assert legal_fields("Пат. 2654321 Российская Федерация. Устройство для очистки воды / заявитель ООО «Вектор».",
                        "ru") is None


def test_a_gost_patent_in_a_list_takes_the_patents_record():
    ref = parse("Пат. 2811234 Российская Федерация, МПК C02F 1/32. Установка для обеззараживания воды / Лебедев П. С. ; "
                "заявл. 27.12.2022 ; опубл. 11.01.2024, Бюл. № 2.", lang="ru")[0].to_csl()
    assert (ref["type"], ref["number"], ref["issued"]) == ("patent", "2811234", {"date-parts": [[2024, 1, 11]]})


_PIECES = st.sampled_from(["Ley ", "Legge ", "Cass. ", "BGH, ", " v ", "[1990] ", "2 AC 605", "Act 2010", ", s 7",
                           "3/2020, ", "de 29 de diciembre", "12 luglio 2021", ", n. 106", "«Titolo»", ". BOE, ",
                           "Staatsblad 2020, 266", "núm. 3", "pp. 1-9", ", ", ". ", "Wort", "vom 3. Mai 2020", " "])


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_property_legal_fields_on_free_text(text):
    fields = legal_fields(text)
    assert fields is None or (fields["type"] in ("legislation", "legal_case") and fields.get("title"))


# a footnote's pinpoint is the citation's locator, no page of the work (parsing/fields.py's _drop_pinpoint)
@pytest.mark.parametrize(("text", "lang", "gone"), [
    ("Hugh Collins, The Law of Contract (5th edn, CUP 2015) 143.", "en", "page"),
    ("7. Clara Voss, The River Courts: Law and Trade on the Rhine (Ithaca: Cornell University Press, 2011), 54–58.",
     "en", "page"),
    ("Schulze, in: Dreier/Schulze (Hrsg.), UrhG, 7. Aufl. 2022, § 97 Rn. 31.", "de", "page"),
])
def test_a_footnotes_pinpoint_is_no_page(text, lang, gone):
    assert gone not in parse(text, lang=lang)[0].to_csl()


@pytest.mark.parametrize(("text", "lang", "page"), [
    ("Voss, C. (2011). Law and trade on the Rhine. Journal of Legal History, 32(1), 54-58.", "en", "54-58"),
    ("Voss, C. Die Rheinzölle. In: Müller, A. (Hrsg.): Handel am Rhein. Köln: Böhlau 2011, S. 54–58.", "de", "54-58"),
])
def test_a_works_own_pages_stay(text, lang, page):
    assert parse(text, lang=lang)[0].to_csl()["page"] == page


# law journals cited by their abbreviated names before the year (parsing/repair.py's _abbreviated_journal)
@pytest.mark.parametrize(("text", "lang", "container"), [
    ("L. Ferri, La responsabilità del custode, in Nuova giur. civ. comm., 2016, p. 88.", "it", "Nuova giur. civ. comm"),
    ("P. Galli, Il riparto di giurisdizione, in Dir. proc. amm., 2021, 4, p. 901.", "it", "Dir. proc. amm"),
    ("M. Conti, Il danno da perdita di chance, in Resp. civ. prev., 2020, p. 310.", "it", "Resp. civ. prev"),
    ("S. Villa, Le clausole vessatorie, in Riv. trim. dir. proc. civ., 2015, 3, p. 640.", "it", "Riv. trim. dir. proc. civ"),
    ("Lenoir (C.), « Le juge et la preuve », RTD com. 2018, p. 77.", "fr", "RTD com"),
])
def test_an_abbreviated_law_journal_is_the_container(text, lang, container):
    assert parse(text, lang=lang)[0].to_csl()["container-title"].rstrip(".") == container


def test_initials_before_a_year_are_no_journal():
    csl = parse("Moretti, G. L. 2019. Storia del diritto. Bologna: Il Mulino.", lang="it")[0].to_csl()
    assert "container-title" not in csl and csl["author"][0]["given"] == "G. L."


# a patent's publication date after its number ("veröffentlicht am", "publié le", "opublikowano") is its date of issue,
# and the words before it are no publisher (parsing/fields.py's _PATENT_GRANTED)
@pytest.mark.parametrize(("text", "lang", "issued"), [
    ("Weber, Jan; Koch, Eva (2021): Dichtung für eine Pumpe. Offenlegungsschrift DE 10 2019 222 111 A1, "
     "veröffentlicht am 02.07.2021.", "de", [2021, 7, 2]),
    ("Martin, Paul. Dispositif de filtration. Brevet FR 3 101 202 A1, publié le 12 mars 2021.", "fr", [2021, 3, 12]),
])
def test_a_patents_publication_date_is_its_issue_date(text, lang, issued):
    csl = parse(text, lang=lang)[0].to_csl()
    assert (csl["type"], csl["issued"]["date-parts"][0]) == ("patent", issued)
    assert not {"publisher", "container-title", "accessed"} & set(csl)


def test_a_book_saying_published_keeps_its_publisher():
    csl = parse("Schulz, P. (2019): Was veröffentlicht am Ende bleibt. Berlin: Springer.", lang="de")[0].to_csl()
    assert (csl["publisher"], csl["issued"]["date-parts"][0]) == ("Springer", [2019])


# a newspaper whose name opens with a lower-case article, after the title of an item dated by the day
# (parsing/repair.py's _newspaper_with_lowercase_article)
@pytest.mark.parametrize(("text", "lang", "container"), [
    ("Smit, L. (2023, 2 februari). Boeren protesteren opnieuw in Den Haag. de Volkskrant. Geraadpleegd op 3 februari "
     "2023, van https://example.org/boeren", "nl", "de Volkskrant"),
    ("Dekker, R. (2021, 9 juni). Nieuwe brug over het IJ. het Parool. https://example.org/brug", "nl", "het Parool"),
])
def test_a_newspaper_named_with_a_lower_case_article(text, lang, container):
    csl = parse(text, lang=lang)[0].to_csl()
    assert (csl["type"], csl.get("container-title")) == ("article-newspaper", container)


@pytest.mark.parametrize(("text", "lang"), [
    ("Schmidt, A. (2019). Sprachgeschichte des Deutschen. de Gruyter.", "de"),
    ("Jansen, P. (2021, 3 maart). Het klimaat en de dijken. Amsterdam: de Bezige Bij.", "nl"),
])
def test_a_publisher_with_a_lower_case_article_stays_one(text, lang):
    csl = parse(text, lang=lang)[0].to_csl()
    assert "container-title" not in csl and csl["publisher"].startswith("de ")
