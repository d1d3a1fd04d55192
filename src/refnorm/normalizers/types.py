"""The CSL item type, inferred from the fields a record has.

Reference strings rarely say what they are; their fields do. :func:`infer_type` reads the
evidence in order of how specific it is: a thesis, patent, standard, dataset or preprint is
recognised by words and identifiers that only those have; then conference papers (a
"Proceedings"/"Conference"/"Actes" container), chapters (a container with editors or an ISBN),
journal articles (a container with volume, issue or pages), books (ISBN or publisher), reports,
and web pages (a URL and little else). The result is always a CSL 1.0.2 type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from refnorm.normalizers.dates import parse_date
from refnorm.normalizers.language import title_language
from refnorm.normalizers.names import parse_names

__all__ = ["CROSSREF_TYPES", "CSL_TYPES", "PATENT_NUMBER", "PATENT_WORD", "PHYSICAL_KINDS", "TYPE_ALIASES",
           "archival_document", "infer_type", "is_preprint_server", "is_thesis_genre", "names_a_manuscript",
           "names_a_meeting", "physical_fields"]

# Crossref type -> CSL type (CSL 1.0.2 appendix III); unknown types fall back to "article".
CROSSREF_TYPES = {
    "journal-article": "article-journal", "book-chapter": "chapter", "book-section": "chapter",
    "book-part": "chapter", "proceedings-article": "paper-conference", "book": "book", "monograph": "book",
    "edited-book": "book", "reference-book": "book", "book-set": "book", "book-series": "book",
    "book-track": "chapter", "reference-entry": "entry-encyclopedia", "dissertation": "thesis",
    "report": "report", "report-series": "report", "report-component": "report", "standard": "standard",
    "dataset": "dataset", "posted-content": "article", "peer-review": "review", "journal": "periodical",
    "journal-issue": "periodical", "journal-volume": "periodical", "proceedings": "book",
    "proceedings-series": "book", "component": "article", "grant": "document", "database": "dataset",
    "other": "document",
}


# Type names of other vocabularies (BibTeX, RIS-ish, loose words) -> CSL 1.0.2; Crossref's own
# type names come from CROSSREF_TYPES, so the two never disagree.
TYPE_ALIASES = {
    **CROSSREF_TYPES,
    "journal article": "article-journal", "incollection": "chapter", "inbook": "chapter",
    "inproceedings": "paper-conference", "conference": "paper-conference", "preprint": "article",
    "phdthesis": "thesis", "mastersthesis": "thesis", "techreport": "report", "misc": "document",
    "online": "webpage", "web": "webpage", "electronic": "webpage", "unpublished": "manuscript",
    "booklet": "pamphlet", "manual": "report",
}

CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
    "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
    "standard", "thesis", "treaty", "webpage",
})

# a manuscript, said in a genre or a note, in the languages of the dev set
_MANUSCRIPT = re.compile(r"(?<!\w)(?:manuscript|manuskript|manuscrit|manoscritto|manuscrito|rukopis|rękopis|"
                         r"handschrift|рукопись|el\s+yazması|手稿|未刊行?|未公刊|未発表)", re.I)

_THESIS = re.compile(
    r"\b(?:thesis|theses|dissertation|diss\.|ph\.?\s?d|doctoral|master'?s|master\s+of|doctor\s+of|msc|m\.sc\.|mphil|"
    r"th[èe]se|tesis|tese|dissertação|dissertacao|mestrado|doutorado|tesina|"
    r"tesi|doktorarbeit|masterarbeit|diplomarbeit|magisterarbeit|bachelorarbeit|habilitationsschrift|"
    r"habilitation|proefschrift|avhandling|doktorsavhandling|väitöskirja|rozprawa|praca\s+doktorska|диссертация|"
    r"дисертація|автореферат|doktora|yüksek\s+lisans|disertační|diplomová\s+práce|bakalářská\s+práce|rigorózní|"
    r"dysertacja|praca\s+(?:magisterska|licencjacka)|examensarbete|licentiatavhandling|afhandling|"
    r"masterscriptie|scriptie|teză|дипломная|магистерская|"
    # the degree's final work named as such ("Trabajo de Fin de Grado", "Trabalho de Conclusão de Curso", "Mémoire de
    # master")
    r"trabajo\s+(?:de\s+)?fin\s+de\s+(?:grado|m[áa]ster|carrera)|trabalho\s+de\s+conclus[ãa]o(?:\s+de\s+curso)?|"
    r"m[ée]moire\s+de\s+(?:master|ma[îi]trise|licence|fin\s+d['’][ée]tudes|DEA|DESS)|abschlussarbeit|examensarbeit)\b"
    r"|学位論文|博士論文|修士論文|博士学位论文|硕士学位论文|学位论文",
    re.IGNORECASE,
)
# A thesis word in the title means a thesis unless a trade publisher printed it ("Come si fa una tesi di laurea")
_SCHOOL = re.compile(r"univ|hochschule|école|ecole|college|institut|academ|akadem|school|faculty|fakult|"
                     r"facolt|faculdade|facultad|faculté|wydział|politecnic|polytechn|uczelni|вуз|институт|академ|"
                     r"大学|学院", re.IGNORECASE)
# DIN 1505's thesis statement after the school, read with it as the publisher ("München, Ludwig-Maximilians-Universität,
# Diss., 2016")
_DISS_AFTER_SCHOOL = re.compile(r"\w,\s*Diss\.?$")
# Words that mean a thesis only where a genre is written ("Yüksek lisans tezi", "speciale"; "Diss." and GOST's
# "дис. ... канд. экон. наук" once the full stop is gone), not in a journal name
_THESIS_GENRE = re.compile(r"\b(?:tezi|tez|speciale|diss|дис|(?:канд|докт)\.?\s*[\w.\s-]{0,30}наук)(?:\b|$)",
                           re.IGNORECASE)
# A patent: the word, or a publication number ("US11045321B2", "EP 3 845 112 B1", "US 9,876,543 B2": office,
# number, kind code). `parsing.fields` reads the number with the same pattern.
PATENT_WORD = re.compile(r"\b(?:patent|patents|brevet|brevetto|patente|patentschrift|offenlegungsschrift|octrooi|"
                         r"patentskrift|патент)\b|特許|专利|特開|特开", re.IGNORECASE)
# (German numbers carry the filing year: "DE 10 2021 204 517 A1"; Japanese ones their own words: "特開2021-045678",
# "特許第7123456号")
PATENT_NUMBER = re.compile(r"\b(?:US|EP|WO|DE|FR|GB|JP|CN|KR|CA|AU|RU|ES|IT|NL|SE|CH|AT|PL|CZ|TR|BR)\s?"
                           r"(?:(?:\d{4}/)?\d[\d,.]{3,12}|\d{1,3}(?:[ ,]\d{3}){2,3}|\d\d\s\d{4}\s\d{3}\s\d{3}|"
                           r"\d\d\s\d{4}\s\d{6}-\d|\d{12}-\d)"  # (Brazil's "BR 10 2019 012345-6 A2", "BR 102019012345-6 A2")
                           r"\s?[ABCUY]\d?\b|特開\d{4}-\d{6}|特許第\d{7}号|"
                           # (a Chinese application's number with its check digit: "CN202010123456.7", "ZL…")
                           r"(?<![\w.])(?:CN|ZL)\s?(?:\d{12}|\d{8})\.[\dX](?!\d)|"
                           # (NLM's "United States patent US 10,987,321": a US number grouped by commas, no kind code)
                           r"(?<=[Pp]atent\s)US\s?\d{1,2},\d{3},\d{3}(?![\d,])|"
                           # (a national number of fifteen digits, no kind code: "Brevetto italiano IT 102019000012345")
                           r"(?<=[Bb]revetto\sitaliano\s)IT\s?\d{15}\b|(?<=[Bb]revetto\s)IT\s?\d{15}\b")
_PATENT = re.compile(f"{PATENT_WORD.pattern}|{PATENT_NUMBER.pattern}", re.IGNORECASE)
_STANDARD = re.compile(
    r"\b(?:ISO|IEC|DIN|EN|ASTM|BS|ANSI|NF|UNE|ÖNORM|SN|NEN|UNI|ČSN|STN|CSA|JIS|GB/T|IEEE\s+Std|ITU-T|ГОСТ|GOST|СТБ|ДСТУ|NBR|TS(?=\s+\d{3}))"
    r"(?:[\s/-]+(?:ISO|IEC|EN|TS|TR|SPEC|PAS|VDE|VDI|[A-ZР]))*[\s-]*\d[\d.]*\d"  # ("ГОСТ Р 58427": a Cyrillic Р)
)
# a title or genre that says the work is an interview: "Interview with …", "Entrevista realizada por …",
# "Entretien avec …", "Interview mit …", "Wywiad z …", "Интервью с …"
_INTERVIEW = re.compile(r"(?:(?:personal|oral[- ]history|telephone|unpublished)\s+)?(?:interview(?:ed)?\s+(?:with|by|mit|med)|"
                        r"entrevista\s+(?:realizada|concedida|con|com|a|personal)|entretien\s+(?:avec|réalisé)|"
                        r"intervista\s+(?:a|con|realizzata)|wywiad\s+(?:z|przeprowadzony)|rozhovor\s+s|intervju\s+med|"
                        r"röportaj|интервью\s+(?:с|взятое)|personal\s+interview$)", re.I)
# who asked, named after the title: "… .” Interview by David Pryce", "Entrevista concedida a Mariana Couto"
_INTERVIEWER_PHRASE = (r"(?:interview(?:ed)?\s+by|interviewt?\s+von|intervju\s+av|entrevista\s+(?:concedida\s+a|"
                       r"realizada\s+por)|entretien\s+réalisé\s+par|intervista\s+(?:a\s+cura\s+di|realizzata\s+da))")
_INTERVIEW_BY = re.compile(r"[.”\"]\s+" + _INTERVIEWER_PHRASE + r"\s+[A-Z]", re.I)
_INTERVIEWER = re.compile(_INTERVIEWER_PHRASE + r"\s", re.I)
_DATASET = re.compile(r"\b(?:data\s?set|datasets|zenodo|dryad|figshare|pangaea|dataverse|data\s+from:|"
                      r"datensatz|jeu\s+de\s+données|conjunto\s+de\s+datos|conjunto\s+de\s+dados|datová\s+sada|"
                      r"zbiór\s+danych|datamängd|veri\s+seti|набор\s+данных|datasæt|insieme\s+di\s+dati|"
                      # the centres that publish data ("DWD Climate Data Center", "UK Data Service", "GESIS
                      # Datenarchiv"), as publisher or container of what they hold
                      r"data\s+(?:cent(?:er|re)|archive|service|portal|repository)|datenarchiv|datenzentrum)\b"
                      r"|データセット|数据集|數據集", re.IGNORECASE)
# a database named as the container (a journal's name with its volume and pages aside: "Cochrane Database Syst Rev")
_DATABASE = re.compile(r"\b(?:database|datenbank|base\s+de\s+(?:datos|données|dados)|banco\s+de\s+dados|banca\s+dati|"
                       r"baza\s+danych|databáze|databas|databank|veritabanı|база\s+данных)\b", re.IGNORECASE)
# a data repository's accession number or name: GEO and SRA series, BioProject, ArrayExpress
_ACCESSION = re.compile(r"\b(?:GSE\d{4,}|PRJ(?:NA|EB|DB)\d{3,}|E-MTAB-\d+|SR[PRX]\d{6,})\b|Gene\s+Expression\s+Omnibus|"
                        r"Sequence\s+Read\s+Archive|ArrayExpress")
_DATASET_DOI = re.compile(r"^10\.(?:5061|5281|6084|1594|7910|15468|17632|4121|5066)/")
_PREPRINT = re.compile(r"\b(?:arxiv|biorxiv|medrxiv|chemrxiv|ssrn|research\s+square|preprints?|psyarxiv|essoar|jxiv|"
                       r"open\s+archive|"
                       r"socarxiv|osf\s+preprints|techrxiv|eartharxiv|hal-\d+|preprint\s+server|"
                       # the servers named "…Rxiv"/"…Xiv" ("EcoEvoRxiv", "ChinaXiv"), HAL's collections and ids
                       # ("HAL SHS", "halshs-04123456"), philosophy's archives
                       r"\w+rxiv|chinaxiv|hal\s+shs|halshs-\d+|hal\.science|hal\s+open\s+science|philarchive|"
                       r"philsci-archive|authorea)\b",
                       re.IGNORECASE)
# an arXiv identifier in the text ("arXiv preprint arXiv:2005.14165"), which the fields may not keep
_ARXIV_ID = re.compile(r"\barXiv:\s?\d{4}\.\d{4,5}", re.IGNORECASE)
_PREPRINT_DOI = re.compile(r"^10\.(?:1101|48550|2139|21203|20944|26434|31219|36227|31234|51094)/")
_JOURNAL_WORD = re.compile(r"\b(?:journal|review|transactions|letters|proceedings)\b", re.IGNORECASE)
_SOFTWARE_TITLE = re.compile(r"\b(?:software|package|toolbox|toolkit|library|tools|python|r\s+package|plugin|"
                             r"programm?|paket|logiciel|biblioteca|pakiet|ソフトウェア|软件)\b", re.IGNORECASE)
# a program by its genre ("[software]", "[Computer software]", "[logiciel]") or, with a version, by where its code is
_SOFTWARE_GENRE = re.compile(r"\b(?:software|computer\s+program|logiciel|programvara|oprogramowanie|"
                             r"program\s+komputerowy|программное\s+обеспечение|программа\s+для\s+эвм|yazılım|"
                             r"r\s+package|python\s+package|source\s+code)\b|ソフトウェア|软件", re.IGNORECASE)
# a program's name opening its title, in lower case as packages are named: "hydroflow: baseflow separation …",
# "tidyseis: Tidy tools …" (a dataset's or a report's title opens with a capital)
_PACKAGE_TITLE = re.compile(r"[a-z][a-z0-9]*(?:[A-Z_.-][a-zA-Z0-9]+)*\s?:\s")
_CODE_HOST = re.compile(r"\b(?:github|gitlab|bitbucket|sourceforge|cran|pypi)\b", re.IGNORECASE)
_CONFERENCE = re.compile(
    # the abbreviations end in a full stop, where \b cannot follow: they are matched apart
    r"\b(?:proc|conf|symp|congr|meet|конф)\.(?!\w)|"
    r"\b(?:proceedings|conference|symposium|workshop|congress|congr[eè]s|meeting|"
    r"actes|tagungsband|konferenz|kongress|tagung|congreso|conferencia|jornadas|anais|atti|convegno|"
    r"simposio|colloque|colloquium|summit|encontro|congresso|simpósio|seminário|seminario|sympozjum|konferencj[aiięą]|materiały\s+(?:z\s+)?(?:[IVXLC]+\s+)?(?:\w+\s+){0,2}konferencji|"
    r"konference|sborník|kongre|sempozyum|bildiriler|konferentie|congres|konferens|konferensen|seminarium|"
    # Turkish suffixes the words above take ("… Sempozyumu Bildiri Kitabı", "Ulusal Eğitim Kongresi")
    r"sempozyumu|kongresi|bildiri\s+(?:kitab\w|özetleri)|kurultay\w?|çal\w\wtay\w?|konferans\w?|"
    # a learned society's congress in Polish ("Materiały XLV Zjazdu Fizyków Polskich")
    r"zjazd\w{0,2}|"
    # a meeting in Spanish ("Actas de la XIII Reunión Nacional de Óptica"), a conference paper in Swedish, a learned
    # society's session in Russian ("Сборник трудов XXXIV сессии Российского акустического общества")
    r"(?:[IVXLC]+|\d+\.?ª?)\s+reuni[oó]n|reuni[oó]n\s+(?:nacional|anual|internacional|cient[íi]fica|bienal|ib[ée]rica|"
    r"latinoamericana|española)|konferensbidrag|сесси[ия]|"
    r"труды\s+конференции|материалы\s+конференции|конференци[ия])\b"
    r"|会議|大会|论文集|予稿集",
    re.IGNORECASE,
)
# The book series that print conference proceedings (LNCS and its sub-series, CCIS, the German LNI, IFIP's AICT);
# "Lecture Notes in Mathematics" or "in Physics" are series of monographs
_PROCEEDINGS_SERIES = re.compile(
    r"\b(?:LNCS|LNAI|LNBI|LNBIP|LNI|CCIS|IFIP\s+AICT|Lecture\s+Notes\s+in\s+(?:Computer\s+Science|Artificial\s+Intelligence|"
    r"Informatics|Business\s+Information\s+Processing|Bioinformatics)|Communications\s+in\s+Computer\s+and\s+"
    r"Information\s+Science)\b")
# Journals whose names look like conference proceedings.
_JOURNAL_PROCEEDINGS = re.compile(
    r"\bproc(?:eedings|\.)?\s+(?:of\s+(?:the\s+)?)?(?:national\s+academy|natl\.?\s+acad|royal\s+society|r\.?\s+soc|"
    r"the\s+ieee\b|ieee$|american\s+mathematical|london\s+mathematical|edinburgh|cambridge\s+philosophical|"
    r"nutrition\s+society|mayo|japan\s+academy|indian\s+academy|estonian|latvian|yale|ams\b|lms\b)"
    # a learned society's or academy's "Atti", a journal ("Atti della Società Ligure di Storia Patria", "Atti e memorie
    # dell'Accademia …"; "Atti della XXIV Conferenza …" are a meeting's)
    r"|\batti\s+(?:e\s+memorie\s+)?(?:della|dell['’]\s?|dei|del)\s*(?:società|accademia|reale|istituto|deputazione|"
    r"pontificia)",
    re.IGNORECASE,
)
_REPORT = re.compile(r"\b(?:report|reports|tech\.?\s+rep\.?|technical\s+(?:report|note|memorandum)|"
                     r"(?:working|discussion|white|occasional|research|policy|staff|design|briefing|position|background)"
                     r"\s+papers?|policy\s+briefs?|research\s+(?:briefings?|documents?)|rapport|bericht|informe|relatório|"
                     r"arbeitspapiere?|research\s+memorandum|отчет|отчёт|documents?\s+de\s+travail|"
                     r"documentos?\s+de\s+trabajo|texto\s+para\s+discuss[ãa]o|document[oi]\s+di\s+lavoro|"
                     r"temi\s+di\s+discussione|werkdocument|notitie|"
                     r"diskussionspapiere?|rapportserie|rapport(?:age|en|er)|raport|zpráva|rapor|raporu|доклад|"
                     # (the Italian word is a relation too: "Il rapporto tra …"; a report is dated or named so)
                     r"rapporto\s+(?:annuale|tecnico|finale|di\s+ricerca|nazionale|statistico|(?:19|20)\d\d)|"
                     r"bollettino|boletim|boletín|sprawozdanie|"
                     # a body's yearly account of itself ("Jaarverslag 2020", "Geschäftsbericht 2021")
                     r"jaarverslag(?:en)?|jaarrapport|jahresbericht|geschäftsbericht|årsredovisning|årsrapport|"
                     r"årsberättelse|"
                     # a press release: grey literature an institution issues itself, typed as its report
                     r"press\s+releases?|pressemitteilung|communiqué\s+de\s+presse|nota\s+de\s+prensa|"
                     r"comunicato\s+stampa|pressmeddelande|komunikat\s+prasowy|bas\u0131n\s+(?:bülteni|duyurusu)|"
                     r"nota\s+(?:à|para\s+a)\s+imprensa|пресс-релиз)\b|\b(?:SOU|Ds)\s\d{4}:\d|報告書|报告书|プレスリリース|"
                     # the compounds ending in the word ("Forschungsbericht", "Jaarrapport"), found from their end
                     # (a leading \w+ would be tried, and backtracked, at every letter)
                     r"\B(?:rapport(?:age|en|er)?|bericht)\b",
                     re.IGNORECASE)
# ("yıllık raporu", "Forschungsbericht", "Jaarrapportage", "Rapporto annuale"; a series of papers: "Netspar Design
# Paper", "Temi di discussione (Working Papers)"; Sweden's government inquiries by their number: "SOU 2022:47")
# (German reference works name themselves in compounds: "Handwörterbuch der Staatswissenschaften", "Staatslexikon",
# "Reallexikon der Germanischen Altertumskunde"; a "Handwörterbuch" is an encyclopaedia of signed articles, not a
# dictionary of words; a "Handbuch" is a book of chapters, each with its authors: 16 of 16 read golds)
_ENCYCLOPEDIA = re.compile(r"\b(?:encyclop(?:a|ae|e)dia|enzyklop(?:ä|ae)die|encyclopédie|enciclopedia|enciclopédia|"
                           r"encyklopedie|encyklopedia|encyclopedie|ansiklopedi(?:si)?|энциклопеди[яи]|енциклопеді[яї]|"
                           r"\w*lexikon|handwörterbuch|realenzyklop(?:ä|ae)die|"
                           r"springerreference|der\s+neue\s+pauly|reference\s+module)\b"
                           r"|百科|事典", re.IGNORECASE)
_DICTIONARY = re.compile(r"\b(?:dictionary|wörterbuch|dictionnaire|diccionario|dizionario|словарь|oxford\s+english|"
                         r"(?-i:OED))\b|辞典|词典",
                         re.IGNORECASE)
_MAGAZINE = re.compile(r"\b(?:magazine|monthly|weekly|magazin|revista\s+semanal|the\s+atlantic|new\s+yorker|"
                       r"scientific\s+american|der\s+spiegel|time|newsweek|wired)\b", re.IGNORECASE)
# newspapers by the words their names are made of in the languages read ("de Volkskrant", "Svenska Dagbladet",
# "Gazeta Wyborcza", "Lidové noviny", "Hürriyet Gazetesi", "朝日新聞", "人民日报") and a few national dailies whose names
# hold none of them; used only to keep an online article with a day's date a newspaper's (`_NEWSPAPER`, above, also
# types a dated container with no volume)
_NEWS_OUTLET = re.compile(r"\b(?:jornal|gazeta|gazetesi|gazzetta|diario|diário|quotidien|giornale|corriere|\w*krant|"
                          r"\w*dagblad(?:et)?|aftonbladet|nyheter|noviny|dziennik|kurier|\w*tag(?:e)?blatt|"
                          r"tagesspiegel|allgemeine|handelsblatt|rzeczpospolita|figaro|libération|repubblica|"
                          r"vanguardia|folha|globo|estadão|hürriyet|milliyet|cumhuriyet|коммерсантъ?|известия|"
                          r"ведомости|газета|parool|trouw|nrc|quotidiano|deník|expressen|\w*posten|telegraph|the\s+independent|"
                          r"la\s+(?:opinión|opinion|nación|nacion|prensa|stampa|croix|presse)|el\s+(?:tiempo|universal|"
                          r"mercurio|comercio)|clarín|excélsior|le\s+(?:parisien|soir|devoir)|les\s+échos|die\s+(?:welt|zeit)|"
                          r"usa\s+today|wall\s+street\s+journal)\b|新聞|日报|日報|晚报", re.IGNORECASE)
_BLOG = re.compile(r"\bblog\b|blogspot|wordpress|medium\.com|substack", re.IGNORECASE)
_NEWSPAPER = re.compile(r"\b(?:times|post|guardian|herald|tribune|gazette|zeitung|le\s+monde|el\s+país|"
                        r"newspaper|daily|chronicle|journal\s+du\s+dimanche)\b", re.IGNORECASE)

# Films, recordings, broadcasts, maps and archival documents name what they are in a bracketed genre ("[film
# documentaire]", "[Video]", "[Audio podcast episode]", "[map]"), a medium, a physical description ("1 DVD, 82 min.",
# "1 mapa", "compact disc"), a role ("réal.", "Regie"), a scale ("1:50 000", "2万5千分1") or a call number ("Box 4,
# folder 17", "3 E 14562" at the "Archives départementales"). Most of these words are common in titles ("Film and
# society", "Mapping memory"), so a bare word counts only where a genre is written (genre, medium, note, a bracket);
# a title counts only for the forms no title of a book or article takes.
_FILM_GENRE = re.compile(r"\b(?:film|films|movie|video(?!\s*games?)|vidéo|vídeo|película|filme|documentary|documentaire|"
                         r"documental|documentário|dokumentarfilm|spielfilm|kurzfilm|motion\s+picture|videorecording|"
                         r"dvd(?!-?rom)|blu-?ray|vhs|videocassette)\b", re.IGNORECASE)
_AUDIO_GENRE = re.compile(r"\b(?:audio\s+recording|sound\s+recording|recording|song|album|compact\s+disc|audio\s+cd|cd(?!-?rom)|lp|"
                          r"vinyl|enregistrement\s+sonore|tonträger|grabación\s+sonora|gravação\s+sonora|schallplatte)\b",
                          re.IGNORECASE)
_BROADCAST_GENRE = re.compile(r"\b(?:podcast|podcasts|podcast-folge|poddavsnitt|podd|balado|pódcast|radio\s+broadcast|"
                              r"television\s+broadcast|tv\s+series|tv\s+episode|television\s+series|radio\s+programme?|"
                              r"radio\s+program|radiosendung|fernsehsendung|hörfunksendung|émission\s+de\s+radio|"
                              r"émission\s+de\s+télévision)\b", re.IGNORECASE)
_MAP_GENRE = re.compile(r"\b(?:map|maps|mapa|mapy|carte|cartes|karte|karten|kaart|kaarten|mappa|карта)\b|地図|地图|舆图",
                        re.IGNORECASE)
# a role only a film's maker is given: the French "(réal.)", the German "(Regie)"/"Regie:"; "directed by" needs a
# carrier or a running time beside it ("Directed by Desire" is a book of poems), and the French "(dir.)" is an editor
_FILM_ROLE = re.compile(r"\bréal\.|\bréalisat(?:eur|rice)\b|\(regie\)|\bregie\s*:", re.IGNORECASE)
_DIRECTED = re.compile(r"\bdirected\s+by\b|\bdirigid[ao]\s+por\b(?!.*\bte[sz]i)", re.IGNORECASE)
_CARRIER = re.compile(r"\b(?:dvd|blu-?ray|vhs|videocassette)\b(?!-?rom)", re.IGNORECASE)
_RUNTIME = re.compile(r"\b\d{1,3}\s?(?:min|mins|minutes|minuten|minutos|minuti|мин)\b", re.IGNORECASE)
_AUDIO_CARRIER = re.compile(r"\bcompact\s+discs?\b|\baudio\s+cds?\b|^\s*(?:\d\s+)?(?:cds?|lps?)\s*$", re.IGNORECASE)
_VIDEO_URL = re.compile(r"youtube\.com/watch|youtu\.be/|vimeo\.com/\d", re.IGNORECASE)
# a scale: "1:50 000", "1 : 500 000", "1:50.000", "1:25,000", "1:250000", Chinese "1:400万", Japanese "2万5千分1",
# French "1/50 000" (with a slash, in groups of three only: "1/2" is a fraction)
_MAP_SCALE = re.compile(r"(?<![\d:])1\s?:\s?(?:\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|\d{4,8}|\d{1,4}\s?万)(?![\d:])|"
                        r"(?<![\d/])1\s?/\s?\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?![\d/])|"
                        r"\d+万(?:\d千)?分(?:の)?1(?!\d)")
# a kind of map in a title: "Topographische Karte", "topografische kaart", "carte géologique", "Geologic map",
# "Bodenkarte", "mapa topográfico"; the Japanese and Chinese words for a topographic map
_MAP_TITLE = re.compile(r"\b(?:topogra\w*|geolog\w*|geomorpholog\w*|soil|vegetation|land[\s-]?use|road|nautical|"
                        r"hydrogeolog\w*|tectonic|bathymetric)\s+(?:map|karte|kaart|carte|mapa|mappa)\b|"
                        r"\b(?:carte|mapa|mappa)\s+(?:topogr|g[ée]olog|p[ée]dolog)\w*|"
                        r"\b(?:boden|wander|straßen|strassen|bodem|geologische|topografische|topographische)[\s-]?"
                        r"(?:karte|kaart)\b|(?:karte|kaart)\s+(?:von|van)\b|地形図|地形图", re.IGNORECASE)
# the number of sheets in a catalogue's physical description: "1 mapa", "1 map : col.", "2 Karten"
_MAP_EXTENT = re.compile(r"\b\d+\s+(?:maps?|mapa|mapy|cartes?|karten?|kaart(?:en)?|mappe?|карт[аы]?)\b", re.IGNORECASE)
# an archive holding the document ("Archives départementales de la Gironde", "Bundesarchiv", "Staatsarchiv Coburg",
# "Archivio di Stato di Firenze", "The National Archives"); journals named "Archives of …", "Archiv für …" are not
_PAGE_RANGE = re.compile(r"\d+\s?[-–]\s?\d+")
_ARCHIVE_PLACE = re.compile(
    r"\barchives\s+(?:départementales|nationales|municipales|communales|diplomatiques|de\s+l['’]état)\b|"
    r"\b(?:bundes|staats|landes|stadt|kreis|hauptstaats|kirchen|universitäts|geheimes\s+staats|haus-,?\s+hof-\s+und\s+staats)"
    r"archiv\b|\barchivio\s+(?:di\s+stato|storico|centrale|segreto|generale)\b|"
    r"\barchivo\s+(?:general|histórico|historico|municipal|nacional|de\s+la\s+corona)\b|"
    r"\barquivo\s+(?:nacional|histórico|historico|público|distrital|municipal)\b|"
    r"\b(?:the\s+)?national\s+archives\b|\bpublic\s+record\s+office\b|\briksarkivet\b|\brigsarkivet\b|\barkivverket\b|"
    r"\b(?:nationaal|regionaal)\s+archief\b|\b(?:stads|gemeente)archief\b|"
    r"\barchiwum\s+(?:państwowe|akt\s+nowych|główne|narodowe)\b|"
    r"\b(?:národní|státní\s+oblastní|zemský|moravský\s+zemský|archiv\s+hlavního\s+města)\s+archiv\b|"
    r"\bгосударственный\s+архив\b|\b(?:osmanl\w|devlet)\s+arşiv(?:i|leri)\b|公文書館|文書館|档案馆|檔案館",
    re.IGNORECASE,
)
# a call number a box, a folder, a manuscript number or a folio gives
# ("MS 1182", "Ms. 42" in their case: "450 ms" is a duration; "fol. 12r" a folio)
_CALL_NUMBER = re.compile(r"\b(?:box|folder|carton|karton|faszikel|busta|filza|legajo|caja)\s+[A-Z]?\d|"
                          r"\bfols?\.\s*\d+[rv]?\b|\bnachlass\s+\w|"
                          r"(?-i:\bMSS?\.?\s+(?:[A-Z][A-Za-z]{0,3}\.?\s+)?\d|\bMs\.\s*\d)", re.IGNORECASE)
# a book's physical description, whose maps and discs are its supplements ("xii, 350 p. : ill., cartes ; 24 cm",
# "320 S. : Ill., Karten", "Buch mit 1 DVD, 240 p.")
_BOOK_EXTENT = re.compile(r"\b\d+\s*(?:p|pp|S|s|с|стр|str|blz|pages|Seiten|sider|sidor)\.?(?=[\s,;:)]|$)|\bill\.|"
                          r"\b\d+\s*cm\b")
_BRACKETS = re.compile(r"\[([^\[\]]{2,60})\]")
# a web site named as what the record is ("официальный сайт", "[сайт]", "site officiel", "Website")
_WEBSITE = re.compile(r"(?:^|[\s\[:(])(?:официальный\s+)?сайт\b|\b(?:official\s+)?web\s?site\b|\bsite\s+(?:officiel|internet|web)\b|"
                      r"\bsitio\s+web\b|\bp[áa]gina\s+web\b|\bstrona\s+internetowa\b|\bwebov[áé]\s+str[áa]nk[ay]\b|"
                      r"\bwebbplats\b|\binternetseite\b|\bwebseite\b|\bwebpagina\b|\bweb\s+sitesi\b", re.IGNORECASE)
# a URL to a PDF file (its path ends in ".pdf", a query or a fragment after it aside)
_PDF_URL = re.compile(r"\.pdf(?:[?#][^\s]*)?$", re.IGNORECASE)
# a document filed in its institution's publication archive ("…/publikationen/…", "…/publicaties/…",
# "…/documenten/rapporten/…"): a publication of its own, not a page of the site
_DIGIT = re.compile(r"\d")
# Sweden's government inquiries and ministry memoranda by their number ("SOU 2021:34", "Ds 2020:12")
_INQUIRY = re.compile(r"\b(?:SOU|Ds)\s\d{4}:\d")
# Clinical practice guidelines, in the languages read ("S3-Leitlinie", "NHG-Standaard", "клинические рекомендации",
# "Guía de Práctica Clínica", "Nationella riktlinjer", "指南"), and a medicine's official label ("Fachinformation",
# "Summary of product characteristics"): documents a body issues, reports (a version number makes no software of them)
_GUIDELINE = re.compile(r"\b(?:guidelines?|\w*leitlinien?|\w*richtlijn(?:en)?|nhg-standaard|(?:клинические|методические)\s+"
                        r"рекомендации|gu[ií]as?\s+de\s+pr[aá]ctica\s+cl[ií]nica|directrices|lignes\s+directrices|"
                        r"recommandations\s+de\s+bonne\s+pratique|linee\s+guida|diretrizes|\w*riktlinjer|retningslinjer|"
                        r"wytyczne|doporučené\s+postupy|kılavuzu?|tanı\s+ve\s+tedavi\s+rehberi)(?!\w)|指南|ガイドライン|診療指針",
                        re.IGNORECASE)
_DRUG_LABEL = re.compile(r"\b(?:fachinformation|gebrauchsinformation|package\s+insert|prescribing\s+information|"
                         r"summary\s+of\s+product\s+characteristics|résumé\s+des\s+caractéristiques\s+du\s+produit|"
                         r"ficha\s+técnica|foglio\s+illustrativo|bijsluiter|ulotka\s+dla\s+pacjenta)\b", re.IGNORECASE)
# a review of a book, named by the phrase that introduces the book reviewed ("compte rendu de Jean Dupont, Title, …",
# "Rez. zu: …", "Review of Title, by Name"; the English phrase only with the reviewed book's author after a comma:
# "A review of methods proposed by …" is an article's title)
_REVIEW = re.compile(r"\b(?i:compte[- ]rendu\s+(?:de|du|des)(?!\s+(?:la\s+|l['’]|les\s+)?(?:s[ée]ances?|r[ée]unions?|"
                     r"assembl[ée]es?|congr[èe]s|colloques?|journ[ée]es?|conseils?|sessions?|travaux|d[ée]bats|activit[ée]s)\b)|rez\.\s*(?:zu|von)|rezension\s+(?:zu|von)|recensione\s+(?:a|di)|"
                     r"reseña\s+de|recensie\s+van|recension\s+av|рецензия\s+на|besprechung\s+von)\b|"
                     r"\b[Rr]eview\s+of\s+[^.,]{3,200},\s+by\s+[A-Z]")
_REVIEW_HINTS = ("ez", "ev", "ec", "pt", "eña", "ец")  # (in every match: "Rez", "Review", "Besprechung", "compte", …)
# a trial's record in a registry, cited by its registration: a page of the registry's site
_TRIAL_REGISTRY = re.compile(r"\bClinicalTrials\.gov\b|\b(?:NCT\d{8}|ISRCTN\d{6,}|DRKS\d{8}|ChiCTR[-\w]*\d{6,}|UMIN\d{9}|"
                             r"ACTRN\d{14}|CRD42\d{6,})\b")
# APA's talk at a meeting, said in brackets after its title: "[Paper presentation]", "[Poster session]", "[Póster]",
# "[Poster sunumu]", "[Conference presentation]", "[Keynote address]", "[Vortrag]", "[Communication orale]"
_PRESENTATION = re.compile(r"(?:paper|oral|conference|poster|invited|keynote)\s+(?:presentation|session|talk|address)|"
                           r"poster|póster|pôster|presentation|presentación|apresentação|présentation|presentazione|"
                           r"keynote(?:\s+address)?|invited\s+(?:talk|lecture)|ponencia|comunicaci[óo]n(?:\s+oral)?|"
                           r"comunicação(?:\s+oral)?|communication(?:\s+orale|\s+affichée)?|vortrag|posterbeitrag|"
                           r"konferenzbeitrag|lezing|föredrag|prezentacja|referat|relazione|comunicazione|"
                           r"poster\s+sunumu|sözlü\s+(?:sunum|bildiri)|bildiri|доклад|стендовый\s+доклад", re.IGNORECASE)
_PUBLICATION_URL = re.compile(r"/(?:publikation\w*|publicati(?:es?|ons?)|publicaciones|publica[cç](?:oes|ões)|"
                              r"pubblicazioni|publikacje|publikace|rapport(?:en|s|i)?|reports?|berichte)[/-]", re.IGNORECASE)


class _Gated:
    """``pattern.search`` (a case-insensitive word list), skipped for ASCII text in which ``gate`` finds nothing.

    ``gate`` is a case-sensitive alternation of lower-case ASCII pieces, one of which every match of
    ``pattern`` on ASCII text holds (an ASCII text lower-cased is that text case-folded as ``re.I`` folds it):
    it is scanned on the lower-cased text in a fraction of the time of ``pattern``'s own scan, which tries
    every alternative of a long list at every word. Alternatives written with non-ASCII letters cannot match
    ASCII text, unless one of those letters folds to an ASCII one (the Kelvin sign, the long s): the gate is
    then not used at all (checked once, here)."""

    __slots__ = ("gate", "match", "pattern")

    def __init__(self, pattern: re.Pattern[str], gate: str) -> None:
        self.pattern = pattern
        self.match = pattern.match
        others = {c for c in pattern.pattern if not c.isascii()}
        folds_to_ascii = any(re.fullmatch(re.escape(c), chr(a), pattern.flags & re.IGNORECASE)
                             for c in others for a in range(128))
        self.gate = None if folds_to_ascii else re.compile(gate)

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``."""
        gate = self.gate
        if text and gate is not None and text.isascii() and gate.search(text.lower()) is None:
            return None
        return self.pattern.search(text)


# the gates: what every ASCII match of each list holds ("thes" for thesis, theses and these; "ph.d" by its own
# pattern; "tesi"/"tese" for tesis, tesina, tesi and tese; "arbeit" for the German *arbeit; "xiv" for arXiv,
# bioRxiv, Jxiv...; a digit for a patent or standard number)
_THESIS_GATE = (r"thes|diss|ph\.?\s?d|doct|master|msc|m\.sc\.|mphil|tesi|tese|mestrado|doutorado|doktor|arbeit|"
                r"habilitation|proefschrift|avhandling|rozprawa|praca|dysertacja|examensarbete|afhandling|scriptie|"
                r"trabajo|trabalho|moire")
_THESIS = _Gated(_THESIS, _THESIS_GATE)
_DATASET = _Gated(_DATASET, r"data|daten|zenodo|dryad|figshare|pangaea|conjunto|veri|insieme")
_PATENT = _Gated(_PATENT, r"patent|brevet|offenlegungsschrift|octrooi|\d")
_PREPRINT = _Gated(_PREPRINT, r"xiv|ssrn|square|preprint|essoar|archive|hal|authorea")
_CONFERENCE = _Gated(_CONFERENCE, r"proc|conf|symp|congr|meet|workshop|actes|tagung|konferen|kongre|jornadas|reuni|"
                                  r"anais|atti|convegno|simposio|colloq|summit|encontro|seminar|sempozyum|bildiri|"
                                  r"kurultay|konferans|zjazd")
_JOURNAL_PROCEEDINGS = _Gated(_JOURNAL_PROCEEDINGS, r"proc|atti")
_REPORT = _Gated(_REPORT, r"report|tech|paper|papier|brief|research|rapport|raport|rapor|bericht|informe|memorandum|travail|"
                          r"trabajo|lavoro|discuss|werkdocument|notitie|diskussion|bollettino|boletim|sprawozdanie|"
                          r"press|communiqu|nota|comunicato|komunikat|basin|sou|ds|jaar")
_STANDARD = _Gated(_STANDARD, r"\d")
_THESIS_GENRE = _Gated(_THESIS_GENRE, r"tez|speciale|diss")
_NEWSPAPER = _Gated(_NEWSPAPER, r"times|post|guardian|herald|tribune|gazette|zeitung|monde|newspaper|daily|chronicle|"
                                r"dimanche")
_NEWS_OUTLET = _Gated(_NEWS_OUTLET, r"jornal|gazet|gazzetta|diari|quotidien|giornale|corriere|krant|blad|nyheter|"
                                    r"noviny|dziennik|kurier|blatt|tagesspiegel|allgemeine|rzeczpospolita|figaro|"
                                    r"repubblica|vanguardia|folha|globo|milliyet|cumhuriyet|parool|trouw|nrc|"
                                    r"quotidiano|expressen|posten|telegraph|independent|opinion|nacion|prensa|stampa|"
                                    r"croix|presse|tiempo|universal|mercurio|comercio|parisien|soir|devoir|welt|zeit|today|street")
_DICTIONARY = _Gated(_DICTIONARY, r"dic|diz|oxford|oed")
_ENCYCLOPEDIA = _Gated(_ENCYCLOPEDIA, r"encyclop|enzyklop|enciclop|encyklop|ansiklop|lexikon|reference|"
                                      r"pauly")
_MAGAZINE = _Gated(_MAGAZINE, r"magazin|monthly|weekly|revista|atlantic|yorker|american|spiegel|time|newsweek|"
                                r"wired")


def is_preprint_server(text: str) -> bool:
    """Does ``text`` name a preprint server alone ("bioRxiv", "Jxiv", "SciELO Preprints"), not a journal?"""
    return len(text) <= 40 and bool(_PREPRINT.search(text)) and not _JOURNAL_WORD.search(text)


def names_a_meeting(text: str) -> bool:
    """Does ``text`` name a conference, a symposium, a meeting's proceedings, in any language ("Междунар. науч.
    конф.", "Proc. 12th Symposium", "Materiały XX Krajowej Konferencji")?"""
    return _CONFERENCE.search(text) is not None


def names_a_manuscript(text: str) -> bool:
    """Does ``text`` say the work is a manuscript, unpublished ("Unpublished manuscript", "rękopis", "未公刊原稿")?"""
    return _MANUSCRIPT.search(text) is not None


def is_thesis_genre(text: str) -> bool:
    """Does ``text`` name a kind of thesis ("Doctoral dissertation", "Doktora tezi", "Proefschrift", "Diss.")?"""
    return bool(_THESIS.search(text) or _THESIS_GENRE.search(text))


_REMEMBER = 10_000  # texts per pattern


def _remembered(pattern: re.Pattern[str] | _Gated) -> Callable[[str], bool]:
    """``pattern.search(text) is not None``, remembered per text: journal names and publishers repeat
    across a list (42% of the containers of 10,000 distinct references had been seen before), and a
    scan of these case-insensitive word lists costs microseconds. Titles are unique: not remembered."""
    seen: dict[str, bool] = {}

    def search(text: str) -> bool:
        hit = seen.get(text)
        if hit is None:
            hit = pattern.search(text) is not None
            if len(seen) < _REMEMBER:
                seen[text] = hit
        return hit

    return search


_thesis_in = _remembered(_THESIS)
_school_in = _remembered(_SCHOOL)
_patent_in = _remembered(_PATENT)
_dataset_in = _remembered(_DATASET)
_preprint_in = _remembered(_PREPRINT)
_conference_in = _remembered(_CONFERENCE)
_journal_proceedings_in = _remembered(_JOURNAL_PROCEEDINGS)
_dictionary_in = _remembered(_DICTIONARY)
_encyclopedia_in = _remembered(_ENCYCLOPEDIA)
_newspaper_in = _remembered(_NEWSPAPER)
_news_outlet_in = _remembered(_NEWS_OUTLET)
_magazine_in = _remembered(_MAGAZINE)


def _has_day(date: Any) -> bool:
    parts = date.get("date-parts") if isinstance(date, Mapping) else None
    return bool(parts) and isinstance(parts[0], list | tuple) and len(parts[0]) >= 3


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(v for v in value if isinstance(v, str))
    if value is None:
        return ""
    return str(value)


# a bracketed description is a genre when it is short and joins nothing ("[Film]", "[film documentaire]",
# "[Audio podcast episode]"), not a translated title ("[Film and society]")
_BRACKET_JOINS = re.compile(r"\s(?:and|und|et|y|i|e|och|en|og|и|of|de|des|du|der|die|das|in|на|в)\s", re.IGNORECASE)


def _brackets(text: str) -> list[str]:
    return [b for b in _BRACKETS.findall(text) if len(b) <= 32 and b.count(" ") <= 3
            and not _BRACKET_JOINS.search(f" {b} ")] if "[" in text else []


def _presented(text: str) -> bool:
    """Does the reference say in brackets that it is a talk or a poster at a meeting ("[Paper presentation]")?"""
    return any(_PRESENTATION.fullmatch(b.strip()) for b in _brackets(text))


def _genre_words(genre: str, csl: Mapping[str, Any], title: str, text: str) -> str:
    """Where a record says what kind of thing it is: its genre, medium and note, and a bracketed description
    in its title or its text ("Cities after dark [Audio podcast episode]")."""
    parts = [genre, _text(csl.get("medium")), _text(csl.get("note")), *_brackets(title), *_brackets(text)]
    return " ".join(p for p in parts if p)


# a reference closed by its carrier: "…, 1991, CD.", "…, compact disc.", "1 DVD, 82 min.", "DVD (95 min)", Chicago's
# "(London: Northlight Films, 1998), DVD."
_CARRIER_END = re.compile(r"(?:^|[.,;]\s)(?:(?P<audio>(?:\d\s+)?(?:audio\s+)?(?:(?-i:CD|LP)s?|compact\s+discs?))|"
                          r"(?:\d\s+)?(?:DVD|Blu-?ray|VHS)(?:\s*[,(]\s*\d{1,3}\s?min(?:utes|\.)?\)?)?)\.?\s*$", re.IGNORECASE)
# a recording's carrier written as a part of its own in the text: "…, 2018, CD." ("Smith CD." is a name)
_AUDIO_IN_TEXT = re.compile(r"(?:^|[.,;]\s)(?:\d\s+)?(?:audio\s+)?(?:CD|LP)s?(?=\s*(?:[.,;]|$))")


# Substrings one of which every match of the patterns below holds, in the lower-cased text: tested with ``in``
# (a fraction of a microsecond each) before a pattern runs, since a case-insensitive scan of a list of words costs
# tens of microseconds and nearly every record has none of these (checked in tests/test_types_forms.py)
_FILM_HINTS = ("réal", "regie")
_CARRIER_HINTS = ("dvd", "blu", "vhs", "videocass", "directed", "dirigid")
_AUDIO_HINTS = ("compact", "audio")
_ARCHIVE_HINTS = ("archiv", "arquivo", "record", "arkiv", "archief", "archiwum", "архив", "arşiv", "文書館", "档案", "檔案")
_CALL_HINTS = ("box", "folder", "carton", "karton", "faszikel", "busta", "filza", "legajo", "caja", "fol.", "fols.",
               "nachlass")
_MS_HINTS = ("MS", "Ms.")  # (in their case, as the pattern reads them)
_MAP_TITLE_HINTS = ("map", "karte", "kaart", "carte", "地形")
_SCALE_HINTS = ("1:", "1 :", "1/", "1 /", "万")


# all of them, for the one test most records end at (the words of other scripts only for the texts they can be in)
_ASCII_HINTS = tuple(h for h in {*_FILM_HINTS, *_CARRIER_HINTS, *_AUDIO_HINTS, *_ARCHIVE_HINTS, *_CALL_HINTS,
                                 *_MAP_TITLE_HINTS, *_SCALE_HINTS} if h.isascii() and h != "record")
_OTHER_HINTS = tuple(h for h in {*_FILM_HINTS, *_ARCHIVE_HINTS, *_MAP_TITLE_HINTS, *_SCALE_HINTS} if not h.isascii())


_HOLDER_HINTS = _ARCHIVE_HINTS + _CALL_HINTS


def _holds(text: str, hints: tuple[str, ...]) -> bool:
    return any(h in text for h in hints)


def _may_hold_cues(text: str) -> bool:
    """Might ``text`` hold a cue of :func:`_other_medium`'s patterns? (False: certainly not.)"""
    low = text.lower()
    return _holds(low, _ASCII_HINTS) or _holds(text, _MS_HINTS) or (not text.isascii() and _holds(low, _OTHER_HINTS))


def _other_medium(csl: Mapping[str, Any], title: str, genre: str, container: str, url: str,
                  has_journal_numbers: bool, text: str = "") -> str | None:
    """``motion_picture``, ``song``, ``broadcast``, ``map`` or ``manuscript`` when the record's words say so."""
    get = csl.get
    tail = text[-60:]  # (the carrier closes the reference: only its end is looked at)
    if tail and _holds(tail.lower(), ("cd", "lp", "disc", "min", "dvd", "blu", "vhs")) and (end := _CARRIER_END.search(tail)):
        # the physical description closing the reference says it, whatever the fields made of the rest
        return "song" if end.group("audio") else "motion_picture"
    volume = _text(get("volume"))
    if container and has_journal_numbers:
        numbered = f"{container} {volume} {_text(get('issue'))}"
        if not (_holds(numbered.lower(), _HOLDER_HINTS) or _holds(numbered, _MS_HINTS)) or not (
                _ARCHIVE_PLACE.search(container) or _CALL_NUMBER.search(numbered)) or (
                _PAGE_RANGE.fullmatch(_text(get("page"))) and not _CALL_NUMBER.search(numbered)):
            # an article about a film or a map, in a journal (an archive or a call number read as a journal and
            # its volume is none: "Moulton Family Papers, MS 1182", volume "Box 4"); a journal named after an
            # archive, with its pages ("«Archivio storico lombardo», CXLV (2019), pp. 77-104")
            return None
    said = _genre_words(genre, csl, title, text)
    if text and not said and not (url and _VIDEO_URL.search(url)) and not _may_hold_cues(text):
        return None  # (the fields are pieces of the text: what it lacks, they lack)
    if said and not _BOOK_EXTENT.search(said):
        if _BROADCAST_GENRE.search(said):
            return "broadcast"
        if _MAP_GENRE.search(said) or _MAP_EXTENT.search(said):
            return "map"
        if _FILM_GENRE.search(said):
            return "motion_picture"
        if _AUDIO_GENRE.search(said):
            return "song"
    if url and _VIDEO_URL.search(url):
        return "motion_picture"
    parts = [_text(get("collection-title")), volume, _text(get("page")), _text(get("number")), _text(get("edition"))]
    authors = get("author")
    bodies = [a.get("literal") or a.get("family") for a in authors
              if isinstance(a, Mapping) and not a.get("given")] if isinstance(authors, list | tuple) else []
    holders = [container, _text(get("archive")), _text(get("archive_location")), said,
               *(b for b in bodies if isinstance(b, str))]
    publisher = _text(get("publisher"))
    cues = " | ".join(f for f in (title, *parts, publisher, *holders, text) if f)
    if not text and not _may_hold_cues(cues):
        return None
    low = cues.lower()
    if _holds(low, _FILM_HINTS) and _FILM_ROLE.search(cues):
        return "motion_picture"
    if _holds(low, _CARRIER_HINTS) and (
            (_CARRIER.search(cues) and (_RUNTIME.search(cues) or _DIRECTED.search(cues)))
            or (_DIRECTED.search(cues) and _RUNTIME.search(cues)) or any(_CARRIER.fullmatch(f.strip()) for f in parts)):
        return "motion_picture"
    if (_holds(low, _AUDIO_HINTS) and _AUDIO_CARRIER.search(cues)) or any(
            f and len(f) < 12 and _AUDIO_CARRIER.search(f) for f in parts) or (
            ("CD" in text or "LP" in text) and _AUDIO_IN_TEXT.search(text)):
        return "song"
    if not get("ISBN") and ((_holds(cues, _SCALE_HINTS) and _MAP_SCALE.search(cues)) or (
            _holds(title.lower(), _MAP_TITLE_HINTS) and _MAP_TITLE.search(title))):
        return "map"
    if not (url or get("DOI")):
        # the archive named as the author, the container or in a note, not as a publisher with its place (the
        # inventories an archive prints are books: "Paris : Archives nationales, 1985")
        holder = " ".join(f for f in holders if f)
        if ((_holds(low, _CALL_HINTS) or _holds(cues, _MS_HINTS)) and _CALL_NUMBER.search(cues)) or (
                holder and _holds(holder.lower(), _ARCHIVE_HINTS) and _ARCHIVE_PLACE.search(holder)
                and not (publisher and get("publisher-place") and get("issued"))) or (
                publisher and not get("publisher-place") and _holds(publisher.lower(), _ARCHIVE_HINTS)
                and _ARCHIVE_PLACE.search(publisher)):
            return "manuscript"
    return None



def _by_bodies(authors: Any) -> bool:
    """Are all the authors bodies (literal names)?"""
    return isinstance(authors, list | tuple) and bool(authors) and all(
        isinstance(a, Mapping) and "literal" in a and "given" not in a for a in authors)


def _self_published(authors: Any, publisher: str) -> bool:
    """Is the one author, a body (no given name), its own publisher ("Socialstyrelsen" and "Socialstyrelsen",
    "Brasil. Ministério da Saúde" and "Ministério da Saúde")? An agency's or a society's own reports are; a
    person's books are printed by others."""
    if not (isinstance(authors, list | tuple) and len(authors) == 1 and isinstance(authors[0], Mapping)):
        return False
    name = authors[0].get("literal") or (authors[0].get("family") if not authors[0].get("given") else None)
    if not isinstance(name, str) or len(name) < 3:
        return False
    a, p = name.casefold().strip(" ."), publisher.casefold().strip(" .")
    return len(p) >= 3 and (a == p or (len(p) > 6 and a.endswith(p)) or (len(a) > 6 and p.startswith(a)))


_ACCESSION_KEYS = ("GSE", "PRJ", "E-MTAB", "SRP", "SRR", "SRX", "Omnibus", "Read Archive", "ArrayExpress")
# a piece every match of _THESIS holds, in lower case: a gate for any text, not ASCII only (the reference's whole
# text is scanned for a thesis named beside its title, and most are no thesis)
_THESIS_ANY = re.compile(_THESIS_GATE + r"|th[eè]se|väitös|yüksek|tez|teză|disert|dysert|diplomov|bakal|rigor|"
                         r"диссерт|дисерт|автореф|диплом|магистер|学位|博士|修士")
_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|org|net|edu|gov)/\S*", re.IGNORECASE)


def _accession_in(text: str) -> bool:
    """:data:`_ACCESSION` in ``text``, scanned only where one of its literal pieces stands."""
    return any(k in text for k in _ACCESSION_KEYS) and _ACCESSION.search(text) is not None


_SUBTITLE = re.compile(r"\s?:\s*([^–—()]{3,80})")


def _proceedings_beside(text: str, container: str) -> bool:
    """Does the text say the book is a conference's, where the container kept only its title: the meeting named
    right after it ("// Провинция в истории России : материалы XII Всерос. науч. конф. (Тверь, …)") or a series of
    proceedings cited after it ("In: Ruiz, M. (eds.) Service-Oriented Computing. ICSOC 2021. LNCS, vol. 13121")?"""
    at = text.find(container)
    if at < 0:
        return False
    tail = text[at + len(container):]
    # (the subtitle only: a publisher after it may hold a meeting's word, "Arles : Actes Sud")
    sub = _SUBTITLE.match(tail)
    return bool((sub and _CONFERENCE.search(sub.group(1))) or _PROCEEDINGS_SERIES.search(tail))


def _thesis_beside(text: str, title: str) -> bool:
    """Does the reference name a thesis outside its title, in words no field kept ("… [online]. Zlín, 2022.
    Bakalářská práce. Univerzita …")? Only where the title stands in the text as read (its own words are no
    evidence: "Come si fa una tesi di laurea")."""
    at = text.find(title)
    if at < 0 or not _THESIS_ANY.search(text.lower()):
        return False
    rest = text[at + len(title):]
    if "/" in rest:
        rest = _URL_IN_TEXT.sub(" ", rest)  # (".../dissertation/literature-review/": a path's words name nothing)
    return bool(_THESIS.search(text[:at]) or _THESIS.search(rest))


def _grey_medical(csl: Mapping[str, Any], title: str, container: str, genre: str, url: str, text: str, *,
                  article: bool) -> str | None:
    """A guideline or a medicine's label ("report"), a trial's registry record ("webpage"), or None. An article
    (``article``: a container with a journal's numbers, "… the revised NHG-Standaard. Huisarts Wet 66(3)") is
    none of them, unless its container is the cue itself, read as a journal ("ClinicalTrials.gov identifier:
    NCT04999111. Posted March" with "2" as its volume; "Fachinformation Apixamed® 2,5 mg/5 mg")."""
    if ("NCT" in text or "gov" in text or "RCT" in text or "CRD" in text or "DRKS" in text or "UMIN" in text) \
            and _TRIAL_REGISTRY.search(container if article else text):
        return "webpage"  # "ClinicalTrials.gov identifier: NCT04999111. Posted May 3, 2021"
    if _DRUG_LABEL.search(container if article else f"{title} {container} {genre}"):
        return "report"
    if article or (container and (csl.get("editor") or csl.get("container-author"))) or (
            url and _has_day(csl.get("issued")) and not csl.get("publisher")):
        return None  # a chapter on guidelines in an edited book; a guideline's page, dated by the day it changed
    if _GUIDELINE.search(f"{title} {container} {genre}"):
        return "report"
    return None


# An archival document cited by its archive, its fonds and shelfmark, then what it is and its date: "Archivio di Stato di
# Firenze, Mediceo avanti il Principato, filza 45, c. 112r, lettera di Piero de’ Medici a Giovanni Tornabuoni, 3
# settembre 1471.", "Riksarkivet (RA), Stockholm, Oxenstiernska samlingen, E 573, brev från … till …, 14 maj 1627.",
# "Staatsarchiv Coburg, LA F 2143: Bericht der Visitatoren …, 20. Juni 1605." (the document's date closes it)
_ARCHIVAL_DATE = re.compile(r",\s*(?P<date>\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?[^\W\d_]{3,}\.?\s+(?:de\s+)?\d{4})\s*\.?\s*$")
_ARCHIVE_WORDS = ("archiv", "archief", "arkiv", "archiwum", "arquivo", "архив", "arşiv")


def archival_document(text: str) -> tuple[str, str, str, str] | None:
    """(archive, its pieces, the document's description, its date) of an archival document cited by its archive,
    fonds and shelfmark, then what it is and its date; None for anything else. The description is what follows the
    shelfmark's colon, or the pieces from the first that opens with a word in small letters and holds no digit
    ("lettera di …", "brev från …", "inventaire après décès de Jean Labat, négociant")."""
    if "," not in text or not (m := _ARCHIVAL_DATE.search(text, max(0, len(text) - 40))):
        return None
    archive, _, rest = text[:m.start()].partition(",")
    if not rest.strip() or len(archive) > 90 or not any(w in archive.lower() for w in _ARCHIVE_WORDS):
        return None
    if ": " in rest:
        pieces, _, desc = rest.rpartition(": ")
    else:
        parts = rest.split(",")
        k = next((i for i, p in enumerate(parts) if (w := p.split()) and w[0][:1].islower() and len(w[0]) >= 4
                  and w[0].isalpha() and not any(c.isdigit() for c in p)), None)
        if k is None or (k == 0 and len(parts) == 1):
            return None
        pieces, desc = ",".join(parts[:k]), ",".join(parts[k:])
    desc = desc.strip()
    if len(desc.split()) < 2:
        return None
    return archive.strip(), pieces.strip(" ,"), desc, m["date"]


def infer_type(csl: Mapping[str, Any], text: str = "") -> str:
    """The most likely CSL type for a record, from the fields present (never raises); ``text``, the reference
    string the record was read from, when there is one, adds the words the fields do not keep ("[map]", "CD").

    >>> infer_type({"container-title": "Nature", "volume": "577", "page": "1-5"})
    'article-journal'
    """
    get = csl.get
    container = _text(get("container-title"))
    title = _text(get("title"))
    genre = _text(get("genre"))
    publisher = _text(get("publisher"))
    collection = _text(get("collection-title"))
    number = _text(get("number"))
    doi = _text(get("DOI"))
    url = _text(get("URL"))
    note = _text(get("note"))
    archive = _text(get("archive"))
    has_journal_numbers = any(get(k) for k in ("volume", "issue", "page"))
    has_editor = bool(get("editor") or get("container-author"))
    words = " ".join((genre, container, collection, publisher, number, note, archive))

    if text and "," in text and (text[-1:].isdigit() or text[-2:-1].isdigit()) and archival_document(text):
        return "manuscript"
    # the cheap tests of each clause first: a title is long and these word lists are slow to scan
    if (genre and _THESIS.search(genre)) or _thesis_in(words) or (
            not container and (not publisher or _school_in(publisher)) and _THESIS.search(title)) \
            or (genre and _THESIS_GENRE.search(genre)) or (note and _THESIS_GENRE.search(note)) \
            or (publisher and _DISS_AFTER_SCHOOL.search(publisher)) \
            or (text and title and not (container and has_journal_numbers) and _thesis_beside(text, title)):
        return "thesis"
    medium = _text(csl.get("medium"))  # ("[rukopis]", in brackets as "[online]" is)
    if (genre or note or medium) and _MANUSCRIPT.search(f"{genre} {note} {medium}") \
            and not (container and has_journal_numbers):
        # "[Unpublished manuscript]", "[Otryckt manuskript]", "Manuscrit non publié" (not a journal's "Author
        # manuscript" of a published article)
        return "manuscript"
    if (genre and _PATENT.search(genre)) or (number and _PATENT.search(number)) or (
            not container and _PATENT.search(title)) or (publisher and _patent_in(publisher)) or (
            container and len(container) < 24 and PATENT_WORD.fullmatch(container.strip(" .,:;"))) or (
            container and _PATENT_CONTAINER.match(container)):
        return "patent"  # (the kind of document alone read as a container: "特開", "Patent")
    if _STANDARD.search(number) or _STANDARD.search(genre) or (
            not container and _STANDARD.match(title)) or "standard" in genre.lower():
        return "standard"
    if kind := _grey_medical(csl, title, container, genre, url, text,
                             article=bool(container and (has_journal_numbers or doi))):
        return kind
    if (not container or _INTERVIEWER.match(container)) and (
            _INTERVIEW.match(title or genre) or (("nterv" in text or "ntrev" in text or "ntret" in text)
                                                 and _INTERVIEW_BY.search(text))):
        return "interview"  # "Entrevista realizada por la autora. Sevilla, 12 de mayo de 2017.", "Interview with …"
    if "[" in text and not (container and (has_journal_numbers or doi)) and _presented(text):
        return "speech"  # "… [Paper presentation]. 12th Symposium on …, Edmonton": the talk, not a paper in proceedings
    if get("version") and not container and (_SOFTWARE_TITLE.search(title) or _PACKAGE_TITLE.match(title)) \
            and not _DATASET.search(genre):
        return "software"  # "OceanLens: Python Tools for …. Version 1.4.2. Zenodo": code, though deposited like data
    bracketed = " ".join(_brackets(text)) if "[" in text else ""
    if (genre and _SOFTWARE_GENRE.search(genre) and not _DATASET.search(genre)) or (
            bracketed and _SOFTWARE_GENRE.search(bracketed) and not _DATASET.search(bracketed)) or (
            get("version") and not has_journal_numbers and _CODE_HOST.search(f"{container} {publisher} {url}")):
        return "software"  # "phyloTrack [software]. Version 1.3.0. GitHub": the host read as a container
    # (a repository's DOI on an article with its volume and pages is the article's: Zenodo hosts journals too)
    if (doi and _DATASET_DOI.match(doi) and not (container and has_journal_numbers)) or (
            genre and _DATASET.search(genre)) or (
            publisher and _dataset_in(publisher)) or (container and _dataset_in(container)) or (
            url and _DATASET.search(url)) or (archive and _DATASET.search(archive)) or (
            not has_journal_numbers and not doi and (
                (container and _DATABASE.search(container)) or (text and _accession_in(text)))) or (
            # a database of its own, in a version: "Base de données des cavités … [Internet]. Version 3.1. Orléans"
            get("version") and not container and not has_journal_numbers and _DATABASE.search(title)):
        return "dataset"  # ("…, Annual.” ILOSTAT database, version of March 2023"; "Gene Expression Omnibus, GSE178234")
    if (doi and _PREPRINT_DOI.match(doi)) or (container and _preprint_in(container)) or (
            publisher and _preprint_in(publisher)) or (genre and _PREPRINT.search(genre)) or (
            number and _PREPRINT.search(number)) or (archive and _PREPRINT.search(archive)) or (
            url and ("arxiv.org" in url.lower() or "rxiv.org" in url.lower())) or (
            not (container and has_journal_numbers) and (  # (an article's preprint beside it: "…, 181601 [arXiv:…]")
                (bracketed and _PREPRINT.search(bracketed))
                or (("arXiv:" in text or "arxiv:" in text) and _ARXIV_ID.search(text)))):
        return "article"  # ("[Preprint]. EcoEvoRxiv", "arXiv preprint arXiv:2005.14165")
    if container and any(c in text for c in _REVIEW_HINTS) and _REVIEW.search(text):
        return "review-book"
    medium = _other_medium(csl, title, genre, container, url, has_journal_numbers, text)
    if medium is not None:
        return medium
    if container and (_conference_in(container) or (collection and _CONFERENCE.search(collection))) \
            and not _journal_proceedings_in(container):
        return "paper-conference"
    if container and not get("issue") and ((collection and _PROCEEDINGS_SERIES.search(collection))
                                           or _PROCEEDINGS_SERIES.search(container)):
        return "paper-conference"  # "In: Rossi, A. (eds.) ECML PKDD 2022. LNCS, vol. 13714": a volume of proceedings
    if get("event") or get("event-title") or get("event-place"):
        return "paper-conference"
    if container and _dictionary_in(container) and not get("volume"):
        return "entry-dictionary"
    if container and _encyclopedia_in(container):
        return "entry-encyclopedia"
    if ("SOU " in text or "Ds " in text) and not (doi or get("ISSN")) and _INQUIRY.search(text):
        return "report"  # "SOU 2021:34" read as a journal and its volume
    if not (container and (has_journal_numbers or has_editor or publisher or doi or get("ISBN") or get("ISSN"))):
        # a report's own marks beat a web page's and a newspaper's (the container, if any, is no journal's or
        # book's: a publisher or a series read as one): what it says it is ("[Press release]", "Rapport WVV
        # 2019-18", "Forschungsbericht 39"), or a numbered series put online ("Texte 87/2022. Dessau. https://…")
        if _REPORT.search(genre) or _REPORT.search(number) or _REPORT.search(collection) or _REPORT.search(note) or (
                container and _REPORT.search(container) and not container.rstrip(" .").lower().endswith("reports")):
            return "report"
        if url and collection and not container and (number or get("collection-number")) and not get("ISBN"):
            return "report"
    if container and not get("issue") and _newspaper_in(container) and not get("ISSN"):
        return "article-newspaper"
    if container and url and not (has_journal_numbers or doi) and _BLOG.search(container):
        return "post-weblog"  # "British Museum Blog, June 2, 2021. https://…": a post, dated by the day as news is
    # a day's date and no volume: a daily's issue ("«Corriere della Sera», 3 luglio 2023, p. 23"); journals
    # print a volume, and the magazines that date by the day are named above
    if container and not get("volume") and not doi and not get("ISSN") and _has_day(get("issued")) \
            and not _conference_in(container):
        if url and not (get("page") or get("issue") or publisher) and not _magazine_in(container) \
                and not _news_outlet_in(container):
            # online, with no page or issue of a printed paper, in a site that does not name itself a paper
            # ("Scribbr", "Energy Saving Trust", "Agência IBGE Notícias"): a page of a web site, dated by the day
            # as pages are (APA's "webpage on a news website" too)
            return "webpage"
        return "article-newspaper"
    if container and _magazine_in(container) and not get("ISSN") and not doi and not has_editor:
        return "article-magazine"
    if container and url and get("accessed") and not (has_journal_numbers or get("ISSN") or doi or publisher):
        if _PUBLICATION_URL.search(url) or _REPORT.search(title):
            return "report"  # (the institution's name read as the site's: "Inspectie van het Onderwijs. … /rapporten/")
        return "post-weblog" if _BLOG.search(container + " " + url) else "webpage"
    if container and get("ISSN") and not get("ISBN"):
        return "article-journal"
    # editors with a volume *and* an issue are a journal issue's guest editors ("Coulson T, editor. Ecology
    # Letters. 2018;21(8):1019-28"): a book has no issue number
    if container and not (has_editor or get("ISBN") or has_journal_numbers) and _REPORT.search(container) \
            and not container.rstrip(" .").lower().endswith("reports"):
        return "report"  # "… Research Document 2020/041. Ottawa: DFO": a report series with its publisher
    if container and ((has_editor and not (get("volume") and get("issue"))) or get("ISBN")
                      or (publisher and not get("issue") and not get("volume"))):
        if text and not get("issue") and _proceedings_beside(text, container):
            return "paper-conference"
        return "chapter"
    if container and (has_journal_numbers or get("ISSN")):
        return "article-journal"
    if get("version") and not container and not _by_bodies(get("author")):
        return "software"  # (a body's versioned work is a report or a page: "Met Office. UK Climate Projections. Version 4")
    if get("ISSN") and not get("ISBN") and title:
        return "periodical"
    if _REPORT.search(genre) or _REPORT.search(collection) or (not container and _REPORT.search(title)) or \
            _REPORT.search(number):
        return "report"
    if publisher and not container and not (get("ISBN") or get("edition")) and _self_published(get("author"), publisher):
        return "report"  # "Gezondheidsraad. Title. Den Haag: Gezondheidsraad; 2021.": a body that issues its own work
    if not container and not (get("ISBN") or get("edition") or get("page")) and (
            _DIGIT.search(number) or (url and publisher and _PUBLICATION_URL.search(url))):
        # a number of its own and no ISBN, the patent's and the standard's read above: a report's ("R-2023-14",
        # "Insee Première n° 1919"); or a document in the publisher's publication archive
        return "report"
    if not container and not get("edition") and (
            (get("ISBN") and not collection and _by_bodies(get("author")))
            or (not get("author") and not get("ISBN") and _by_bodies(get("editor"))
                and (not publisher or _self_published(get("editor"), publisher)))):
        # a body's own publication: with an ISBN ("Naturvårdsverket (2022). … Rapport 7042. Stockholm: … ISBN …":
        # the set's golds have no book by a body alone; in a series, a book: test_types_s13), or issued by a body
        # as its editor ("Umweltbundesamt
        # (Hrsg.) (2022): Daten zur Umwelt 2022. Dessau-Roßlau. Online unter: …")
        return "report"
    if get("ISBN") or publisher or get("number-of-pages") or get("edition"):
        return "book"
    if container:
        if _REPORT.search(title):
            return "report"  # a container with no number of a journal's: the publisher read as one
        return "article-newspaper" if _newspaper_in(container) else "article-journal"
    if (get("volume") or get("issue")) and get("page") and not (collection or publisher):
        # a journal's volume or issue and pages with the journal's name missed ("Пещеры. — 2020. — Вып. 43. — С.
        # 34–47.", "Br. J. Cancer (1991), 63, 97-101"): an article, not a document of unknown kind
        return "article-journal"
    if url and _WEBSITE.search(f"{genre} {_text(get('medium'))} {title}"):
        return "webpage"  # GOST's "[сайт]", "официальный сайт": a site, though it names its city
    if title and get("publisher-place"):
        # a place of publication is an imprint's, which no web page has: a document printed somewhere and put
        # online ("Baza noclegowa …, Gdańsk 2023, https://…"); (`parsing.fields` makes an institution's a report)
        return "book"
    if url:
        authors = get("author")
        if title and _PDF_URL.search(url) and not (isinstance(authors, list | tuple) and any(
                isinstance(a, Mapping) and a.get("given") for a in authors)):
            return "report"  # an agency's PDF file ("…/Rapporto-Annuale-2023.pdf"): a document, not a page
        if title and _PUBLICATION_URL.search(url):
            return "report"  # "Skolverket. (2021). Title. https://…/publikationsserier/…"
        return "webpage"
    return "document"


# A carrier and a running time as the fields read them: "1 DVD", "DVD", "2 CD", "compact disc"; "82" of "82 min."
# a patent's office word and number read as a journal and its volume: "U.S. Patent 11 234 567 B" + "2", "Patent No.
# 10,281,554"; GB/T 7714's "Title: CN112345678A[P]" read as a container (with "P" as its volume)
_PATENT_CONTAINER = re.compile(r"(?:[\w.]+\s){0,2}?(?:" + PATENT_WORD.pattern + r")\s*(?:No\.?|Nr\.?|n[°o]\.?)?\s*"
                               r"(?P<no>\d[\d ,.]*\d(?:\s?[ABCUY])?)\s*$", re.IGNORECASE)
_JP_PATENT_NO = re.compile(r"特許第(\d{5,8})号")


def _patent_number(out: dict[str, Any]) -> dict[str, Any]:
    """A patent's number where a journal's fields hold its pieces: the office word and number read as a container
    (its kind code's digit as the volume, "U.S. Patent 11 234 567 B" + "2"), the title and number read as one
    ("…装置: CN112345678A" with GB/T's "[P]" as the volume), the kind alone ("特開" + "2019-184562"), a Japanese
    patent's "特許第7123456号" (its number, 7123456); a place that is the start of the office's name ("U" of "U.S.
    Patent and Trademark Office") is none."""
    container, number, volume = out.get("container-title"), out.get("number"), out.get("volume")
    if isinstance(container, str):
        if (m := _PATENT_CONTAINER.match(container)) and (not number or number.replace(" ", "") in container.replace(
                " ", "")):
            number = m["no"]
            if isinstance(volume, str) and volume.isdigit() and len(volume) == 1 and number[-1:].isalpha():
                number += volume
                del out["volume"]
            out["number"] = number
            del out["container-title"]
        elif isinstance(number, str) and container.endswith(number) and not out.get("title") \
                and (head := container[:-len(number)].rstrip(" :,.")):
            out["title"] = head
            del out["container-title"]
            if volume == "P":
                del out["volume"]
        elif isinstance(number, str) and len(container) <= 4 and PATENT_WORD.fullmatch(container) \
                and not number.startswith(container):
            out["number"] = container + number
            del out["container-title"]
    if isinstance(out.get("number"), str) and (m := _JP_PATENT_NO.fullmatch(out["number"])):
        out["number"] = m.group(1)
    place, publisher = out.get("publisher-place"), out.get("publisher")
    if isinstance(place, str) and isinstance(publisher, str) and len(place) <= 3 and publisher.startswith(place + "."):
        del out["publisher-place"]
    return out


def _event_fields(out: dict[str, Any], text: str) -> dict[str, Any]:
    """A talk's fields (APA: "… [Paper presentation]. 12th Symposium on X, Edmonton, Canada."): the meeting read as
    a container or a publisher is the event, the place after it the event's place, the bracket the genre."""
    event = out.pop("container-title", None) or out.pop("publisher", None)
    if not isinstance(event, str):
        return out
    if (m := re.search(r"(?:^|[.\]]\s)(\d{1,3}\.?\s)" + re.escape(event), text)) is not None:
        event = m.group(1) + event  # "5. Uluslararası … Kongresi": the meeting's ordinal, left out of its name
    out["event-title"] = event
    place, country = out.pop("publisher-place", None), out.get("publisher")
    if isinstance(place, str) and isinstance(country, str) and len(country.split()) <= 3 \
            and f"{place}, {country}" in text:
        place = f"{place}, {country}"  # "Sevilla, España": the country after the city read as a publisher
        del out["publisher"]
    if isinstance(place, str):
        out["event-place"] = place
    if "genre" not in out:
        note = out.get("note")
        said = next((b.strip() for b in _brackets(text) if _PRESENTATION.fullmatch(b.strip())), None)
        if isinstance(note, str) and _PRESENTATION.fullmatch(note.strip(" .[]")):
            out["genre"] = note.strip(" .[]")
            del out["note"]
        elif said:
            out["genre"] = said
    return out


_CARRIER_FIELD = re.compile(r"(?:\d{1,2}\s+)?(?:DVDs?|Blu-?rays?|VHS|videocassettes?|(?-i:CDs?|LPs?)|compact\s+discs?|"
                            r"audio\s+CDs?|vinyl)", re.IGNORECASE)
# a call number's pieces in an archive: a box, a folder, a manuscript's number, a folio
_CALL_PIECE = re.compile(r"(?:box|folder|carton|karton|faszikel|busta|filza|legajo|caja|fols?\.|(?-i:MSS?\.?|Ms\.))\s*"
                         r"[A-Z]?\d+[rv]?", re.IGNORECASE)


# the filing of a patent application and its date, as the offices and the styles write it
_FILED = re.compile(r"\b(?:filed(?:\s+on)?|eingereicht(?:\s+am)?|angemeldet(?:\s+am)?|anmeldetag:?|déposée?(?:\s+le)?|"
                    r"ingediend(?:\s+op)?|presentad[ao](?:\s+el)?|depositad[ao](?:\s+em)?|zgłosz(?:ono|ony)|"
                    r"přihlášen[oa]?|заявл\.|ansökt|başvuru\s+tarihi:?)\s*"
                    r"(\d{4}-\d\d-\d\d|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|"
                    r"\d{1,2}\.?\s+(?:de\s+)?\w+\.?\s+(?:de\s+)?\d{4})", re.IGNORECASE)


_PUBLISHED_WORD = re.compile(r"veröffentlicht|published|publiée?|gepubliceerd|publicad[ao]|opublikowano|zveřejněno",
                             re.IGNORECASE)


# the kinds whose fields :func:`physical_fields` moves (the others it gives back unchanged)
PHYSICAL_KINDS = frozenset({"motion_picture", "song", "broadcast", "manuscript", "patent", "speech", "interview"})


# Chicago's letter in an archive: "Letter from Edith Hargreave to Samuel Pryor, 12 October 1921, Pryor Family Papers,
# box 3, folder 17, Borthwick Institute …" (and "Brief von … an …", "Lettre de … à …", "Carta de … a …")
_LETTER = re.compile(r"(?:letter|brief|lettre|carta|lettera|list|dopis|brev)\s+(?:from|von|de|di|od|från)\s+(.+?)\s+"
                     r"(?:to|an|à|a|para|do|till)\s+\S.*", re.I)
_BOX_FOLDER = re.compile(r"^(?P<coll>.+?),\s*(?P<loc>(?:box|carton)\s+\w+(?:,\s*(?:folder|fol\.|item)\s+\w+)*)"
                         r"(?:,\s*(?P<arch>.+))?$", re.I)


def _letter_heading(out: dict[str, Any]) -> None:
    """A letter whose heading ("Letter from A to B") was read as its author, and the papers, box and folder after it as
    a title: the heading is the title, its sender the author, the rest where the letter is kept."""
    authors = out.get("author")
    if not (isinstance(authors, list) and len(authors) == 1 and isinstance(authors[0], Mapping)
            and isinstance(heading := authors[0].get("literal"), str) and (m := _LETTER.fullmatch(heading))):
        return
    sender = parse_names(m.group(1)).names
    if not sender:
        return
    title = out.get("title")
    out["title"], out["author"] = heading, sender
    if isinstance(title, str) and (held := _BOX_FOLDER.match(title)):
        out["archive_collection"], out["archive_location"] = held.group("coll"), held.group("loc")
        archive = ", ".join(x for x in (held.group("arch"), out.pop("publisher", None)) if isinstance(x, str) and x)
        if archive:
            out["archive"] = archive


def physical_fields(csl: Mapping[str, Any], kind: str, text: str) -> dict[str, Any]:
    """``csl`` with what a film's, a recording's or an archival document's reference says of the thing itself moved
    out of the fields of a journal's issue: the carrier ("1 DVD", "2 CD") read as a volume is the medium, the running
    time ("82" of "82 min.") read as a page or a volume its dimensions; a box, a folder, a manuscript number or a folio read as a
    volume, an issue or a page is the archive_location ("Box 4, folder 17, … MS 1182"), the collection holding it
    read as a container the archive_collection. A patent's kind of document ("European Patent", "Patentschrift",
    "U.S. Patent"), which its number's office and kind codes say, is no genre; the date it was filed ("filed March 3,
    2020", "angemeldet am …", "заявл. …") read as a second date is the date it was submitted. ``kind`` is the
    record's type, ``text`` its reference. A talk's meeting read as a container or a publisher is its event, the
    place after it the event's place ("… [Paper presentation]. 12th Symposium on …, Edmonton, Canada.")."""
    if kind not in PHYSICAL_KINDS:
        return dict(csl)
    out = dict(csl)
    if kind == "speech":
        return _event_fields(out, text)
    if kind == "interview":
        if isinstance(by := out.get("container-title"), str) and _INTERVIEWER.match(by):
            # "Interview by David Pryce": who asked, read as a container (CSL's "interviewer" is a name variable)
            del out["container-title"]
            interviewer = parse_names(by[_INTERVIEWER.match(by).end():]).names
            if interviewer:
                out["interviewer"] = interviewer
        return out
    if kind == "patent":
        genre = out.get("genre")
        if isinstance(genre, str) and len(genre) < 40 and PATENT_WORD.search(genre):
            del out["genre"]
        if (m := _FILED.search(text)) and (filed := parse_date(m.group(1), None)) is not None:
            for field in ("available-date", "accessed", "issued"):
                value = out.get(field)
                if isinstance(value, Mapping) and value.get("date-parts") and filed.get("date-parts") and \
                        value["date-parts"][0] == filed["date-parts"][0][:len(value["date-parts"][0])]:
                    if field == "issued":
                        # "Anmeldetag: 3. Juli 2018. Veröffentlicht: 14. März 2019.": filed first, published after;
                        # the publication's date, read as a second date, is the patent's
                        if not isinstance(out.get("available-date"), Mapping):
                            break
                        out["issued"] = out.pop("available-date")
                    else:
                        del out[field]
                    out["submitted"] = filed
                    break
        if isinstance(out.get("publisher-place"), str) and _PUBLISHED_WORD.fullmatch(out["publisher-place"]):
            del out["publisher-place"]  # ("Veröffentlicht: 14. März 2019": the date's word, read as a place)
        return _patent_number(out)
    if kind in ("motion_picture", "song", "broadcast"):
        for field in ("volume", "issue", "number", "note"):
            value = out.get(field)
            if isinstance(value, str) and _CARRIER_FIELD.fullmatch(value.strip(" .,;()[]")) and (
                    "medium" not in out or not _CARRIER_FIELD.fullmatch(str(out["medium"]))):
                if "medium" in out and "genre" not in out:
                    out["genre"] = out["medium"]  # APA's "[Film]": what it is; the carrier is its medium
                out["medium"] = value.strip(" .,;()[]")
                del out[field]
        for field in ("page", "volume", "issue", "number"):  # (whichever of them the running time was read as)
            value = out.get(field)
            if "dimensions" not in out and isinstance(value, str) and value.isdigit() and (
                    m := re.search(r"\b" + value + r"\s?(min(?:utes|uten|utos|uti)?\b\.?|Min\.)", text)):
                out["dimensions"] = f"{value} {m.group(1).rstrip('.')}"
                del out[field]
    elif kind == "manuscript" and (doc := archival_document(text)) is not None:
        # the fields of an archival document as its citation fixes them, whatever the labeler made of the pieces
        archive, where, desc, date = doc
        out = {k: v for k, v in out.items() if k in ("URL", "DOI", "accessed", "note")}
        out.update({"title": desc, "archive": archive})
        if language := title_language(desc):
            out["language"] = language
        if where:
            out["archive_location"] = where
        if (issued := parse_date(date, None)) is not None:
            out["issued"] = issued
    elif kind == "manuscript":
        _letter_heading(out)
        pieces: list[str] = []
        for field in ("volume", "issue", "page", "number"):
            value = out.get(field)
            if not isinstance(value, str):
                continue
            if _CALL_PIECE.fullmatch(value.strip()):
                pieces.append(value.strip())
                del out[field]
            elif value.isdigit() and (m := re.search(r"\b(?:folder|box|carton|fol\.)\s*" + value + r"\b", text, re.I)):
                pieces.append(m.group(0))  # "folder 17" of which the issue kept "17"
                del out[field]
        container = out.get("container-title")
        if pieces and isinstance(container, str):
            head, _, tail = container.rpartition(",")
            if head and _CALL_PIECE.fullmatch(tail.strip()):
                pieces.append(tail.strip())  # "Moulton Family Papers, MS 1182": the papers, then their number
                container = head.strip()
            out["archive_collection"] = container
            del out["container-title"]
        if pieces:
            out["archive_location"] = ", ".join(pieces)
            # the society or library that holds the papers, named after them, is their archive, not a publisher
            for field, to in (("publisher", "archive"), ("publisher-place", "archive-place")):
                if field in out and to not in out:
                    out[to] = out.pop(field)
    return out

