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

__all__ = ["CROSSREF_TYPES", "CSL_TYPES", "PATENT_NUMBER", "PATENT_WORD", "TYPE_ALIASES", "infer_type",
           "is_preprint_server", "is_thesis_genre"]

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

_THESIS = re.compile(
    r"\b(?:thesis|theses|dissertation|diss\.|ph\.?\s?d|doctoral|master'?s|master\s+of|doctor\s+of|msc|m\.sc\.|mphil|"
    r"th[èe]se|tesis|tese|dissertação|dissertacao|mestrado|doutorado|tesina|"
    r"tesi|doktorarbeit|masterarbeit|diplomarbeit|magisterarbeit|bachelorarbeit|habilitationsschrift|"
    r"habilitation|proefschrift|avhandling|doktorsavhandling|väitöskirja|rozprawa|praca\s+doktorska|диссертация|"
    r"дисертація|автореферат|doktora|yüksek\s+lisans|disertační|diplomová\s+práce|bakalářská\s+práce|rigorózní|"
    r"dysertacja|praca\s+(?:magisterska|licencjacka)|examensarbete|licentiatavhandling|afhandling|"
    r"masterscriptie|scriptie|teză|дипломная|магистерская)\b|学位論文|博士論文|修士論文|博士学位论文|硕士学位论文|学位论文",
    re.IGNORECASE,
)
# A thesis word in the title means a thesis unless a trade publisher printed it ("Come si fa una tesi di laurea")
_SCHOOL = re.compile(r"univ|hochschule|école|ecole|college|institut|academ|akadem|school|faculty|fakult|"
                     r"politecnic|polytechn|uczelni|вуз|институт|академ|大学|学院", re.IGNORECASE)
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
                           r"(?:(?:\d{4}/)?\d[\d,.]{3,12}|\d{1,3}(?:[ ,]\d{3}){2,3}|\d\d\s\d{4}\s\d{3}\s\d{3})"
                           r"\s?[ABCUY]\d?\b|特開\d{4}-\d{6}|特許第\d{7}号")
_PATENT = re.compile(f"{PATENT_WORD.pattern}|{PATENT_NUMBER.pattern}", re.IGNORECASE)
_STANDARD = re.compile(
    r"\b(?:ISO|IEC|DIN|EN|ASTM|BS|ANSI|NF|UNE|ÖNORM|SN|NEN|UNI|ČSN|STN|CSA|JIS|GB/T|IEEE\s+Std|ITU-T|ГОСТ|GOST|СТБ|ДСТУ|NBR|TS(?=\s+\d{3}))"
    r"(?:[\s/-]+(?:ISO|IEC|EN|TS|TR|SPEC|PAS|VDE|VDI|[A-ZР]))*[\s-]*\d[\d.]*\d"  # ("ГОСТ Р 58427": a Cyrillic Р)
)
_DATASET = re.compile(r"\b(?:data\s?set|datasets|zenodo|dryad|figshare|pangaea|dataverse|data\s+from:|"
                      r"datensatz|jeu\s+de\s+données|conjunto\s+de\s+datos|conjunto\s+de\s+dados|datová\s+sada|"
                      r"zbiór\s+danych|datamängd|veri\s+seti|набор\s+данных|datasæt|insieme\s+di\s+dati|"
                      # the centres that publish data ("DWD Climate Data Center", "UK Data Service", "GESIS
                      # Datenarchiv"), as publisher or container of what they hold
                      r"data\s+(?:cent(?:er|re)|archive|service|portal|repository)|datenarchiv|datenzentrum)\b"
                      r"|データセット|数据集|數據集", re.IGNORECASE)
_DATASET_DOI = re.compile(r"^10\.(?:5061|5281|6084|1594|7910|15468|17632|4121|5066)/")
_PREPRINT = re.compile(r"\b(?:arxiv|biorxiv|medrxiv|chemrxiv|ssrn|research\s+square|preprints?|psyarxiv|essoar|jxiv|"
                       r"open\s+archive|"
                       r"socarxiv|osf\s+preprints|techrxiv|eartharxiv|hal-\d+|preprint\s+server)\b",
                       re.IGNORECASE)
_PREPRINT_DOI = re.compile(r"^10\.(?:1101|48550|2139|21203|20944|26434|31219|36227|31234|51094)/")
_JOURNAL_WORD = re.compile(r"\b(?:journal|review|transactions|letters|proceedings)\b", re.IGNORECASE)
_SOFTWARE_TITLE = re.compile(r"\b(?:software|package|toolbox|toolkit|library|tools|python|r\s+package|plugin|"
                             r"programm?|paket|logiciel|biblioteca|pakiet|ソフトウェア|软件)\b", re.IGNORECASE)
# a program by its genre ("[software]", "[Computer software]", "[logiciel]") or, with a version, by where its code is
_SOFTWARE_GENRE = re.compile(r"\b(?:software|computer\s+program|logiciel|programvara|oprogramowanie|"
                             r"program\s+komputerowy|программное\s+обеспечение|программа\s+для\s+эвм|yazılım|"
                             r"r\s+package|python\s+package|source\s+code)\b|ソフトウェア|软件", re.IGNORECASE)
_CODE_HOST = re.compile(r"\b(?:github|gitlab|bitbucket|sourceforge|cran|pypi)\b", re.IGNORECASE)
_CONFERENCE = re.compile(
    # the abbreviations end in a full stop, where \b cannot follow: they are matched apart
    r"\b(?:proc|conf|symp|congr|meet)\.(?!\w)|"
    r"\b(?:proceedings|conference|symposium|workshop|congress|congr[eè]s|meeting|"
    r"actes|tagungsband|konferenz|kongress|tagung|congreso|conferencia|jornadas|anais|atti|convegno|"
    r"simposio|colloque|colloquium|summit|encontro|congresso|simpósio|seminário|seminario|sympozjum|konferencja|"
    r"konference|sborník|kongre|sempozyum|bildiriler|konferentie|congres|konferens|"
    # Turkish suffixes the words above take ("… Sempozyumu Bildiri Kitabı", "Ulusal Eğitim Kongresi")
    r"sempozyumu|kongresi|bildiri\s+(?:kitab\w|özetleri)|kurultay\w?|çal\w\wtay\w?|konferans\w?|"
    r"труды\s+конференции|материалы\s+конференции|конференци[ия])\b"
    r"|会議|大会|论文集|予稿集",
    re.IGNORECASE,
)
# Journals whose names look like conference proceedings.
_JOURNAL_PROCEEDINGS = re.compile(
    r"\bproc(?:eedings|\.)?\s+(?:of\s+(?:the\s+)?)?(?:national\s+academy|natl\.?\s+acad|royal\s+society|r\.?\s+soc|"
    r"the\s+ieee\b|ieee$|american\s+mathematical|london\s+mathematical|edinburgh|cambridge\s+philosophical|"
    r"nutrition\s+society|mayo|japan\s+academy|indian\s+academy|estonian|latvian|yale|ams\b|lms\b)",
    re.IGNORECASE,
)
_REPORT = re.compile(r"\b(?:report|reports|tech\.?\s+rep\.?|technical\s+(?:report|note|memorandum)|working\s+paper|"
                     r"discussion\s+paper|white\s+paper|policy\s+brief|rapport|bericht|informe|relatório|"
                     r"arbeitspapier|occasional\s+paper|research\s+memorandum|отчет|отчёт|documents?\s+de\s+travail|"
                     r"documento\s+de\s+trabajo|texto\s+para\s+discuss[ãa]o|documento\s+di\s+lavoro|werkdocument|"
                     r"diskussionspapier|rapportserie|raport|zpráva|rapor|raporu|доклад|bollettino|boletim|boletín|"
                     r"sprawozdanie|\w+bericht)\b|\b(?:SOU|Ds)\s\d{4}:\d", re.IGNORECASE)
# ("yıllık raporu", "Forschungsbericht"; Sweden's government inquiries by their number: "SOU 2022:47")
# (German reference works name themselves in compounds: "Handwörterbuch der Staatswissenschaften", "Staatslexikon",
# "Reallexikon der Germanischen Altertumskunde"; a "Handwörterbuch" is an encyclopaedia of signed articles, not a
# dictionary of words)
_ENCYCLOPEDIA = re.compile(r"\b(?:encyclop(?:a|ae|e)dia|enzyklop(?:ä|ae)die|encyclopédie|enciclopedia|enciclopédia|"
                           r"encyklopedie|encyklopedia|encyclopedie|ansiklopedi(?:si)?|энциклопеди[яи]|енциклопеді[яї]|"
                           r"\w*lexikon|handwörterbuch|realenzyklop(?:ä|ae)die|"
                           r"handbuch\s+der|springerreference|der\s+neue\s+pauly|reference\s+module)\b"
                           r"|百科|事典", re.IGNORECASE)
_DICTIONARY = re.compile(r"\b(?:dictionary|wörterbuch|dictionnaire|diccionario|dizionario|словарь|oxford\s+english)\b|辞典|词典",
                         re.IGNORECASE)
_MAGAZINE = re.compile(r"\b(?:magazine|monthly|weekly|magazin|revista\s+semanal|the\s+atlantic|new\s+yorker|"
                       r"scientific\s+american|der\s+spiegel|time)\b", re.IGNORECASE)
_BLOG = re.compile(r"\bblog\b|blogspot|wordpress|medium\.com|substack", re.IGNORECASE)
_NEWSPAPER = re.compile(r"\b(?:times|post|guardian|herald|tribune|gazette|zeitung|le\s+monde|el\s+país|"
                        r"newspaper|daily|chronicle|journal\s+du\s+dimanche)\b", re.IGNORECASE)


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
                r"habilitation|proefschrift|avhandling|rozprawa|praca|dysertacja|examensarbete|afhandling|scriptie")
_THESIS = _Gated(_THESIS, _THESIS_GATE)
_DATASET = _Gated(_DATASET, r"data|daten|zenodo|dryad|figshare|pangaea|conjunto|veri|insieme")
_PATENT = _Gated(_PATENT, r"patent|brevet|offenlegungsschrift|octrooi|\d")
_PREPRINT = _Gated(_PREPRINT, r"xiv|ssrn|square|preprint|essoar|archive|hal-")
_CONFERENCE = _Gated(_CONFERENCE, r"proc|conf|symp|congr|meet|workshop|actes|tagung|konferen|kongre|jornadas|"
                                  r"anais|atti|convegno|simposio|colloq|summit|encontro|seminario|sempozyum|bildiri|"
                                  r"kurultay|konferans")
_JOURNAL_PROCEEDINGS = _Gated(_JOURNAL_PROCEEDINGS, r"proc")
_REPORT = _Gated(_REPORT, r"report|tech|working|discuss|white|policy|rapport|raport|rapor|bericht|informe|"
                          r"arbeitspapier|occasional|memorandum|travail|trabajo|lavoro|werkdocument|diskussion|"
                          r"bollettino|boletim|sprawozdanie|sou|ds")
_STANDARD = _Gated(_STANDARD, r"\d")
_THESIS_GENRE = _Gated(_THESIS_GENRE, r"tez|speciale|diss")
_NEWSPAPER = _Gated(_NEWSPAPER, r"times|post|guardian|herald|tribune|gazette|zeitung|monde|newspaper|daily|chronicle|"
                                r"dimanche")
_DICTIONARY = _Gated(_DICTIONARY, r"dic|diz|oxford")
_ENCYCLOPEDIA = _Gated(_ENCYCLOPEDIA, r"encyclop|enzyklop|enciclop|encyklop|ansiklop|lexikon|handbuch|reference|"
                                      r"pauly")
_MAGAZINE = _Gated(_MAGAZINE, r"magazin|monthly|weekly|revista|atlantic|yorker|american|spiegel|time")


def is_preprint_server(text: str) -> bool:
    """Does ``text`` name a preprint server alone ("bioRxiv", "Jxiv", "SciELO Preprints"), not a journal?"""
    return len(text) <= 40 and bool(_PREPRINT.search(text)) and not _JOURNAL_WORD.search(text)


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


def infer_type(csl: Mapping[str, Any]) -> str:
    """The most likely CSL type for a record, from the fields present (never raises).

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

    # the cheap tests of each clause first: a title is long and these word lists are slow to scan
    if (genre and _THESIS.search(genre)) or _thesis_in(words) or (
            not container and (not publisher or _school_in(publisher)) and _THESIS.search(title)) \
            or (genre and _THESIS_GENRE.search(genre)) or (note and _THESIS_GENRE.search(note)):
        return "thesis"
    if (genre and _PATENT.search(genre)) or (number and _PATENT.search(number)) or (
            not container and _PATENT.search(title)) or (publisher and _patent_in(publisher)):
        return "patent"
    if _STANDARD.search(number) or _STANDARD.search(genre) or (
            not container and _STANDARD.match(title)) or "standard" in genre.lower():
        return "standard"
    if get("version") and not container and _SOFTWARE_TITLE.search(title) and not _DATASET.search(genre):
        return "software"  # "OceanLens: Python Tools for …. Version 1.4.2. Zenodo": code, though deposited like data
    if (genre and _SOFTWARE_GENRE.search(genre) and not _DATASET.search(genre)) or (
            get("version") and not has_journal_numbers and _CODE_HOST.search(f"{container} {publisher} {url}")):
        return "software"  # "phyloTrack [software]. Version 1.3.0. GitHub": the host read as a container
    # (a repository's DOI on an article with its volume and pages is the article's: Zenodo hosts journals too)
    if (doi and _DATASET_DOI.match(doi) and not (container and has_journal_numbers)) or (
            genre and _DATASET.search(genre)) or (
            publisher and _dataset_in(publisher)) or (container and _dataset_in(container)) or (
            url and _DATASET.search(url)) or (archive and _DATASET.search(archive)):
        return "dataset"
    if (doi and _PREPRINT_DOI.match(doi)) or (container and _preprint_in(container)) or (
            publisher and _preprint_in(publisher)) or (genre and _PREPRINT.search(genre)) or (
            number and _PREPRINT.search(number)) or (archive and _PREPRINT.search(archive)) or (
            url and ("arxiv.org" in url.lower() or "rxiv.org" in url.lower())):
        return "article"
    if container and (_conference_in(container) or (collection and _CONFERENCE.search(collection))) \
            and not _journal_proceedings_in(container):
        return "paper-conference"
    if get("event") or get("event-title") or get("event-place"):
        return "paper-conference"
    if container and _dictionary_in(container) and not get("volume"):
        return "entry-dictionary"
    if container and _encyclopedia_in(container):
        return "entry-encyclopedia"
    if container and not get("issue") and _newspaper_in(container) and not get("ISSN"):
        return "article-newspaper"
    # a day's date and no volume: a daily's issue ("«Corriere della Sera», 3 luglio 2023, p. 23"); journals
    # print a volume, and the magazines that date by the day are named above
    if container and not get("volume") and not doi and not get("ISSN") and _has_day(get("issued")) \
            and not _conference_in(container):
        return "article-newspaper"
    if container and _magazine_in(container) and not get("ISSN") and not doi and not has_editor:
        return "article-magazine"
    if container and url and get("accessed") and not (has_journal_numbers or get("ISSN") or doi or publisher):
        return "post-weblog" if _BLOG.search(container + " " + url) else "webpage"
    if container and get("ISSN") and not get("ISBN"):
        return "article-journal"
    # editors with a volume *and* an issue are a journal issue's guest editors ("Coulson T, editor. Ecology
    # Letters. 2018;21(8):1019-28"): a book has no issue number
    if container and ((has_editor and not (get("volume") and get("issue"))) or get("ISBN")
                      or (publisher and not get("issue") and not get("volume"))):
        return "chapter"
    if container and (has_journal_numbers or get("ISSN")):
        return "article-journal"
    if get("version") and not container:
        return "software"
    if get("ISSN") and not get("ISBN") and title:
        return "periodical"
    if _REPORT.search(genre) or _REPORT.search(collection) or (not container and _REPORT.search(title)) or \
            _REPORT.search(number):
        return "report"
    if get("ISBN") or publisher or get("number-of-pages") or get("edition"):
        return "book"
    if container:
        return "article-newspaper" if _newspaper_in(container) else "article-journal"
    if url:
        return "webpage"
    return "document"
