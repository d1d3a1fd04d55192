"""Entry-level decisions: is a line a reference at all, and how many references are glued in it.

Both answers start from the labeler. References glued onto one line are cut where the labeler put
a begin marker (``^author``, ``^citation-number``...) after a reference already had its body
(a title or container, and a date or locator), so a stray marker inside a title cannot cut it.

A line is not a reference when it has no bibliographic substance: a heading, "Ibid."/"ebd."-style
back references, trailing web debris ("Related posts"), commentary and notes. The cues are
language-neutral: what the labeler found (no title/container/author segment, most tokens labelled
as separators or notes), the absence of a year or any number, and sentence-like text (long runs of
lower-case words with few capitals, digits or punctuation that references are dense in).
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence

from refnorm.normalizers.names import parse_name
from refnorm.normalizers.types import is_thesis_genre
from refnorm.parsing.fields import Segment
from refnorm.parsing.identifiers import LINK_START
from refnorm.parsing.legal import ACT_WORDS, COURT_WORDS, legal_fields, legal_pieces
from refnorm.parsing.lexicon import (
    AND_WORDS,
    CIRCLED_NUMBERS,
    FURTHER_WORDS,
    PAGE_COUNT_UNITS,
    RANGE_DASHES,
    REPRINT_WORDS,
    STANDARD_BODIES,
    STANDARD_CODE,
    UNIVERSITY,
    term_classes,
)
from refnorm.parsing.split import (
    SECTION_WORDS,
    is_end_marker,
    is_heading,
    opens_with_end_marker,
    opens_with_see_also,
)
from refnorm.parsing.tokens import Token

__all__ = ["is_reference", "split_points"]

_BODY = {"title", "container-title"}
_LOCATOR = {"issued", "volume", "page", "publisher", "DOI", "URL", "arXiv", "issue", "ISBN", "PMID"}
_SOMEONE_WHEN_PUBLISHER = frozenset({"author", "issued", "publisher"})
_BACKREF = re.compile(
    # (the accented spellings too: Spanish and Portuguese write "Ibíd.", "Íd."; "Dz. cyt.", "Указ. соч.", "ob. cit.",
    # "art. cit." are the "op. cit." of Polish, Russian, Spanish and French notes)
    r"^\W*(ib[ií]d|ib[ií]dem|ib|[ií]d|[ií]dem|eadem|ebd|ebenda|ders|dies|ead|loc\.?\s*cit|op\.?\s*cit|ob\.?\s*cit|"
    r"art\.?\s*cit|dz\.?\s*cyt|t\.\s?a\.\s?p\.?|a\.a\.(?=\s*,)|a\.g\.m|a\.\s*a\.\s*o|ebendort|ivi|tamże|tamze|tamtéž|tamtez|aynı\s+eser|a\.g\.e|там\s+же|"
    r"указ\.?\s*соч)(?:\b|(?=[.,\s]))|^\W*(同上|同前|前掲|前揭|同书|同書)", re.I,
)
# a back reference after its author: "Lacombe, op. cit., p. 389.", "Hartmann, a. a. O., S. 45 f.", "Rossi, cit., p. 12"
_BACKREF_AFTER_NAME = re.compile(
    r"^\W*(?:[^\W\d_][\w'’-]*\.?\s*,?\s*){1,4}(?:\(\d{4}[a-z]?\)\s*,?\s*)?"
    r"(?:loc\.?\s*cit|op\.?\s*cit|ob\.?\s*cit|art\.?\s*cit|dz\.?\s*cyt|a\.\s*a\.\s*o|cit|указ\.?\s*соч)(?=[.,\s]|$)", re.I)
# "see also" openers of cross-reference notes; with no year the line points elsewhere, it cites nothing
_SEE = re.compile(r"^\W*(?:\d{1,3}\s+)?(see|cf|cfr|compare|vgl|siehe|voir|v(?=\.\s*(?:supra|infra|aussi|également)\b)|"
                  r"véase|vease|ver|vedi|zie|zob|por|viz|jfr|bkz|см|"
                  r"参见|参照)\b", re.I)  # (a footnote's number may open it: "17 Vgl. dazu ausführlich Kap. 3")
# a note pointing inside the work: "Por. dyskusję w rozdz. 4.2 oraz tab. 3 (… 2019–2022)", "Cf. chap. 3 (2021)"
_INTERNAL = re.compile(r"\b(?:rozdz|rozdział|kap|kapitel|kapitola|chap|chapter|chapitre|cap|capítulo|capitolo|section|"
                       r"abschnitt|sekce|tab|table|tabelle|tabulka|fig|abb|obr|rys|przypis|poznámka|anm|note|nota|noot)"
                       r"\.?\s*(?:\d|[IVXL]{1,6}\b)",  # (a chapter's number may be Roman: "infra, cap. III, § 2")
                       re.I)
# "s. unten Kap. 3.2", "voir supra, note 14", "см. выше, гл. 2": a pointer above or below in the same work
_POSITION = re.compile(r"\b(?:oben|unten|supra|infra|above|below|ci-dessus|ci-dessous|plus\s+haut|plus\s+bas|"
                       r"m[aá]s\s+arriba|m[aá]s\s+abajo|acima|abaixo|sopra|sotto|hierboven|hieronder|"
                       r"wyżej|niżej|výše|níže|выше|ниже|yukarıda|aşağıda|ovan|nedan)\b", re.I)
# "According to INSEE, …": a sentence that reports a source, in the languages of the CSL locales
_ACCORDING = re.compile(
    r"^\W*(according\s+to|selon|d[’']apr[eè]s|laut|gem[äa](?:ß|ss)|seg[uú]n|secondo|segundo|conforme|volgens|"
    r"według|podle|enligt|ifølge|ifolge|согласно|по\s+данным)\b|^\W*(据|根据|根據|によると)", re.I)
# a note naming where a quotation was found ("Citado en Pérez Llorente (2004, p. 56).", "Zitiert nach Becker 1998,
# S. 23."): the cue opens it, and a short author-date pointer follows, no work of its own
_CITED_IN = re.compile(
    r"^\W*(?:cited\s+in|quoted\s+in|citado\s+(?:en|em)|cit\.\s+en|cité\s+(?:dans|par|in)|zitiert\s+(?:nach|in|bei)|"
    r"zit\.\s+n(?:ach|\.)|citato\s+in|cit\.\s+in|geciteerd\s+in|cytowan[ey]\s+za|cyt\.\s+za|citováno\s+(?:z|podle)|"
    r"citerad\s+i|цит\.\s+по|цитируется\s+по|aktaran|apud)\s|^\W*转引自", re.I)
_SHORT_POINTER = re.compile(r"[^()]{0,60}(?:\([^()]{0,10}(?:1[5-9]|20)\d\d[a-z]?[^()]{0,25}\)|(?:1[5-9]|20)\d\d[a-z]?)"
                            r"[^()]{0,25}$")
# figure and table captions: a caption word and its number ("Figure 2 :", "Abb. 3", "Şekil 1.", "图 1")
_CAPTION = re.compile(
    r"^\W*(?:supplementary\s+|suppl\.?\s+)?(figure|figures|figur|fig|table|tableau|abbildung|abb|tabelle|tabla|figura|"
    r"tabela|tabella|rysunek|rys|rycina|ryc|obrázek|obr|tabulka|tab|tav|tavola|graf|grafik|grafiek|gr[aá]fico|graphique|"
    r"wykres|cuadro|quadro|figuur|afbeelding|afb|bild|tabel|tabell|diagram|şekil|sekil|tablo|çizelge|рис|рисунок|"
    r"таблица|табл|график|схема|chart|scheme|schéma|schema|schemat)\.?\s*[A-Z]?\d+[a-z]?(?:\.\d+)*\s*[.:–—-]?(?:\s|$)"
    r"|^\W*(?:图|表|図|圖)\s*\d+", re.I)
# acknowledgements and funding notes ("Tack" and "Dank" alone are also surnames: they need "till"/"an"/":")
_THANKS = re.compile(
    r"^\W*(acknowledge?ments?|remerciements?|danksagung|agradecimientos?|agradecimentos?|ringraziamenti|dankwoord|"
    r"podziękowania|poděkování|teşekkür|tesekkur|благодарност\w*|funding|financement|förderung|financiación|"
    r"finansowanie|financování|finansiering|financiamento|finanziamento|financiering|finansman|финансирование)\b"
    r"|^\W*(tack\s+till|dank\s+an|thanks\s+to|we\s+thank|the\s+authors\s+(?:thank|acknowledge|gratefully))\b"
    # "Les auteurs remercient …", "Die Autoren danken …": the authors thank, in the languages of the CSL locales
    r"|^\W*(?:les\s+auteur(?:e)?s\s+remercient|l[’']auteur(?:e)?\s+remercie|die\s+autor(?:inn)?en\s+danken|"
    r"(?:los|las)\s+autor(?:e|a)s\s+agradecen|os\s+autores\s+agradecem|gli\s+autori\s+ringraziano|"
    r"de\s+auteurs\s+danken|autorzy\s+dziękują|autoři\s+děkují|författarna\s+tackar|авторы\s+благодарят)\b"
    r"|^\W*(tack|dank|thanks)\s*:|^\W*(謝辞|致谢|谢辞|致謝)"
    # a Japanese or Chinese appended note on the work's funding: "付記：本稿はJSPS科研費…の助成を受けた…", "附记：…"
    r"|^\W*(?:付記|附記|附记|後記|后记)\s*[：:]"
    # "本文系国家社会科学基金项目（…）的阶段性成果": this paper is an output of a funded project
    r"|^\W*(?:本文系|本文为|本文是|本研究(?:受|由|得到|は)|基金项目|基金項目|本稿は)"
    # a funding statement: "This work was supported in part by the U.S. National Science Foundation under Grant …",
    # "Diese Arbeit wurde von der DFG gefördert", "Ce travail a été financé par …", "Este estudio fue financiado por …"
    r"|^\W*(?:this|the\s+present|our)\s+(?:work|research|study|project|paper|article|publication)\s+(?:was|is|has\s+been|"
    r"were)\s+(?:\w+\s+){0,3}?(?:supported|funded|financed|sponsored|co-?funded)\b"
    r"|^\W*(?:diese|die\s+vorliegende)\s+(?:arbeit|studie|untersuchung|forschung|publikation)\s+wurde\s+.{0,120}?"
    r"(?:gefördert|finanziert|unterstützt)\b"
    r"|^\W*(?:ce|cet|cette)\s+(?:travail|article|projet|étude|recherche)\s+a\s+(?:été\s+)?(?:financée?|soutenue?|"
    r"bénéficié)\b"
    r"|^\W*(?:este|esta|el\s+presente|o\s+presente)\s+(?:trabajo|estudio|artículo|proyecto|investigación|trabalho|estudo|"
    r"artigo|pesquisa)\s+(?:fue|ha\s+sido|foi|é)\s+(?:parcialmente\s+)?(?:financiad[oa]|apoyad[oa]|subvencionad[oa]|"
    r"apoiad[oa])\b"
    r"|^\W*quest[oa]\s+(?:lavoro|studio|ricerca|articolo)\s+è\s+stat[oa]\s+(?:finanziat[oa]|sostenut[oa]|"
    r"supportat[oa])\b"
    r"|^\W*(?:dit|het)\s+(?:onderzoek|werk|project|artikel)\s+(?:werd|is)\s+(?:mede\s+)?(?:gefinancierd|ondersteund)\b"
    r"|^\W*(?:praca|badania|artykuł)\s+(?:był[aoy]?|został[aoy]?)\s+(?:sfinansowan|finansowan|wsparte)\w*"
    r"|^\W*(?:(?:tato|tento)\s+)?(?:práce|studie|článek|výzkum)\s+(?:byla?|vznikla?)\s+(?:podpořen|financován|s\s+podporou|"
    r"za\s+podpory|v\s+rámci)\w*"
    r"|^\W*(?:denna|studien|arbetet|projektet)\s+(?:\w+\s+)?(?:finansierades|har\s+finansierats|stöddes)\b"
    r"|^\W*bu\s+(?:çalışma|araştırma|makale)\s+.{0,120}?(?:desteklenmiştir|tarafından\s+desteklen)"
    r"|^\W*(?:работа|исследование|статья)\s+(?:выполнен[аоы]?|подготовлен[аоы]?|поддержан[аоы]?)\s+(?:при|в\s+рамках)\s+"
    r"(?:финансовой\s+)?(?:поддержке|поддержки|гранта|проекта)", re.I)
# the furniture of an article that lands in a pasted list: notes, conflict-of-interest statements,
# correspondence, page furniture ("Page 3 of 12", "Downloaded from …")
_FURNITURE = re.compile(
    r"^\W*(?:notes?|nota|hinweis|remarque|anmerkung|anm|uwaga|poznámka|pozn|not|opmerking|opm|примечание|примеч|"
    r"obs|n\.\s?b|nb|noot|todo|fixme|xxx|tbd)\.?\s*:|^\W*(?:注|註|※)\s*[）)：:\d]"
    # a Japanese remark, opened by the reference mark: "※引用に際して旧字体は新字体に改め…"
    r"|^\s*※\s*[^\W\d_]"
    # a Chinese article's editor in charge, "（责任编辑：李明）", closing it after the references
    r"|^\W*(?:责任编辑|責任編輯|责编|責編|责任校对|編集担当)\s*[：:]"
    # a table's note: "Note. Percentages are weighted …", "Noot. …", "Nota. …" (APA puts a full stop after it)
    r"|^\W*(?:note|noot|nota|anmerkung|remarque|uwaga|poznámka|примечание)\.\s+[^\W\d_]"
    r"|^\W*(?:conflicts?\s+of\s+interests?|competing\s+interests?|declaration\s+of\s+interests?|disclosures?|"
    r"interessenkonflikte?|conflits?\s+d[’']intérêts?|(?:déclaration\s+de\s+)?liens?\s+d[’']intérêts?|"
    r"conflictos?\s+de\s+intereses?|conflitt[oi]\s+di\s+interess[ei]|conflitos?\s+de\s+interesses?|"
    r"belangenverstrengeling|konflikt\s+interesów|střet\s+zájmů|intressekonflikt|çıkar\s+çatışması|"
    r"конфликт\s+интересов|corresponding\s+author|correspondence\s+to|auteur\s+correspondant|"
    r"korrespondenzautor|reprints\s+and\s+permissions|correspondence\s+and\s+requests\s+for\s+materials|"
    r"peer\s+review\s+information|author\s+information|authors?\s+and\s+affiliations|author\s+contributions?|"
    r"ethics\s+(?:approval|statement|declaration)|declaration\s+of\s+competing\s+interests?|"
    r"credit\s+authorship\s+contribution|supplementary\s+(?:data|materials?|information)|appendix\s+[a-z0-9]\b|publisher[’']s\s+note|"
    # a repository's download stamp, in the languages of the CSL locales ("Pobrano z https://… / Downloaded from …")
    r"downloaded\s+from|téléchargé\s+(?:depuis|de|à\s+partir\s+de)|heruntergeladen\s+(?:von|am)|pobrano\s+z|"
    r"descargado\s+(?:de|desde)|baixado\s+de|scaricato\s+da|gedownload\s+(?:van|op)|staženo\s+z|nedladdad\s+från|"
    r"загружено\s+с|скачано\s+с|received\s+\d|reçu\s+le|"
    r"sources?\s*:|quelle\s*:|fuente\s*:|fonte\s*:|źródło\s*:|zdroj\s*:|källa\s*:|kaynak\s*:|bron\s*:|"
    r"источник\s*:)"
    r"|^\W*page\s+\d+\s+(?:of|de|von|di|sur)\s+\d+\W*$|^\W*(?:利益冲突|利益衝突|利益相反|资料来源|資料來源|出典|出所)"
    # the dates of an article's history and an author's note in Chinese and Japanese front matter ("收稿日期：…；修回日期：…",
    # "作者简介：…", "受付日：…　受理日：…"), and the English "Received: … / Accepted: …"
    r"|^\W*(?:收稿日期|收稿|修回日期|接受日期|录用日期|錄用日期|作者简介|作者簡介|受付日|受理日|採択日|採用日|著者紹介)\s*[：:]"
    r"|^\W*(?:received|accepted|revised)\s*:\s*\d"
    # (and in the other languages of the CSL locales, the date after its word: "Eingegangen am 12. März 2020; angenommen
    # am …", "Recibido: 12 de marzo de 2020", "Ontvangen op 3 mei 2021", "Поступила в редакцию 12.03.2020")
    r"|^\W*(?:eingegangen|angenommen|recibido|aceptado|ricevuto|accettato|recebido|aceito|ontvangen|geaccepteerd|"
    r"otrzymano|przyjęto|přijato|mottagen|accepterad|поступила(?:\s+в\s+редакцию)?|принята(?:\s+к\s+печати)?|"
    r"geliş\s+tarihi|kabul\s+tarihi)\s*(?:am|op|dne|den|el|il|em)?\s*:?\s*\d"
    # the editor who handled the article ("Handling Editor: …", "Associate editor: …") and an author's ORCID
    r"|^\W*(?:handling|associate|section|guest|academic|managing)\s+editor\s*:|^\W*orcid(?:\s+id)?\s*(?:[:：]|https?://|\d{4}-)"
    # a link alone after "available at" ("Full text available at: https://…", "Disponible sur : https://…")
    r"|^\W*(?:full\s+text\s+)?(?:available\s+(?:at|from|online)|disponible\s+(?:en|sur|à)|verfügbar\s+unter|"
    r"abrufbar\s+unter|dostępn[ey]\s+(?:na|w)|dostupné\s+z|tillgänglig\s+på|beschikbaar\s+op)\s*:?\s*"
    r"(?:https?://|www\.)\S+\s*$"
    # an article's history ("Article history: Received 3 May 2020 …") and the page-footer of a publisher's PDF
    # ("Downloaded by [University of X] at 04:12 21 March 2016")
    r"|^\W*(?:article\s+history|historique\s+de\s+l[’']article|historia\s+del\s+art[ií]culo|"
    r"hist[oó]rico\s+do\s+artigo|artikelhistorie|storia\s+dell[’']articolo)\s*:"
    r"|^\W*downloaded\s+by\s+\[[^\]]{1,120}\]\s+at\b"
    # an article's key words and classification codes ("Keywords: …", "Palabras clave: …", "JEL Classification: R21")
    r"|^\W*(?:key\s*words?|index\s+terms|schlüsselwörter|schlagwörter|stichwörter|mots[\s-]cl[ée]s|"
    r"palabras\s+clave|palavras[\s-]chave|parole\s+chiave|trefwoorden|sleutelwoorden|słowa\s+kluczowe|"
    r"klíčová\s+slova|nyckelord|anahtar\s+(?:kelimeler|sözcükler)|ключевые\s+слова|jel\s+(?:classification|codes?)"
    r")\s*[:：]|^\W*(?:关键词|關鍵詞|关键字|キーワード)\s*[:：]"
    # a copyright line ("© 2022 Elsevier Masson SAS. Tous droits réservés.")
    r"|^\s*(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b)"
    # an address for correspondence, in the languages of the CSL locales
    r"|^\W*(?:address\s+for\s+correspondence|correspondence(?:\s+address)?\s*:|correspondence\s+(?:concerning|"
    r"regarding|about)\s+this\s+(?:article|paper|manuscript)|adresse\s+(?:de|pour\s+la)\s+"
    r"correspondance|korrespondenzadresse|direcci[oó]n\s+(?:para|de)\s+(?:la\s+)?correspondencia|endere[cç]o\s+para\s+"
    r"correspond[eê]ncia|indirizzo\s+(?:per\s+la\s+)?corrispondenza|correspondentieadres|adres\s+do\s+korespondencji|"
    r"adresa\s+pro\s+korespondenci|korrespondensadress|yaz[ıi]şma\s+adresi|адрес\s+для\s+(?:переписки|корреспонденции)|"
    r"通讯作者|通信作者|連絡先|責任著者)", re.I)
# a page footer of fields between " | " ("Journal of X | Vol. 3 | No. 2  45"): a branch of _FURNITURE once, but the
# costliest scan of is_reference ("[^|]{2,60}" tried at every length on every reference); it runs only where a "|" is
_PIPED_FOOTER = re.compile(r"^[^|]{2,60}(?:\s\|\s[^|]{1,40}){2,}\s+\d{1,4}\s*$", re.I)
# "Correspondance : Pr J. Martin, Service de …, 44093 Nantes. j.martin@…": an address for correspondence opened by the
# word alone, in the languages of the CSL locales (also a book's title, "Correspondance : 1830-1851": the address has
# an e-mail address, or no year)
_CORRESPONDENCE = re.compile(
    r"^\W*(?:correspondance|correspondencia|correspond[êe]ncia|corrispondenza|korrespondenz|correspondentie|"
    r"korespondencja|korespondence|korrespondens|yaz[ıi]şma|переписка|корреспонденция)\s*[:：]", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# a web site's cookie notice ("Bu web sitesi çerezleri kullanmaktadır. … Kabul Et", "当サイトではCookieを使用しています"):
# the cookie's word in the languages of the CSL locales, with a word for the site or for agreeing
_COOKIE = re.compile(r"cookie|çerez|クッキー|ciasteczk|\bкуки\b", re.I)
_SITE_OR_CONSENT = re.compile(
    r"\b(?:web\s*site|website|webseite|site|sitio|sítio|strona|stron|witryn|webbplats|webová|stránk|webpagina|"
    r"sitesi|sitemiz|сайт|accept|akzept|acepta|aceit|accett|akceptuj|zgadza|souhlas|godkänn|kabul|agree|consent|"
    r"zustimm|соглаш|принять)\w*|网站|網站|サイト|ウェブ|ホームページ|同意|接受", re.I)
# a web page's "export this citation" links: two or more reference managers' formats ("Télécharger la citation  RIS
# BibTeX  EndNote", "Export citation: RIS | BibTeX | Mendeley")
_EXPORT_FORMATS = re.compile(r"\b(?:RIS|BibTeX|EndNote|RefWorks|RefMan|Zotero|Mendeley|ProCite|CSL-JSON)\b", re.I)
# a link to a file with its size: "Download : Download high-res image (312KB)", "Abstract | Full Text | PDF (1.2 MB)"
_FILE_SIZE = re.compile(r"\(\s*\d+(?:[.,]\d+)?\s*[KMG]i?B\s*\)", re.I)


# an article's licence ("Open Access This article is distributed under the terms of the Creative Commons Attribution 4.0
# …", "Licencia Creative Commons Atribución 4.0", "CC BY-NC 4.0"): with no year, no reference (a dataset's reference
# that names its licence has its year)
_LICENCE = re.compile(r"creative\s+commons|\bCC[\s-]BY\b", re.I)
_LICENCE_CUE = re.compile(r"\b(?:licen[cs]\w*|lizenz\w*|licenza|licencj\w*|licentie|distributed\s+under|open\s+access)\b",
                          re.I)
# an article page's counters, each word with its number ("Views 1,234 Citations 12 Altmetric 45", "Downloads: 310")
_METRICS = re.compile(r"\b(?:views?|citations?|downloads?|altmetric|reads|shares|mentions|aufrufe|zitationen|vues|"
                      r"téléchargements|visitas|descargas|citas|visualizzazioni|wyświetle[ńn]|pobrania|cytowania|"
                      r"просмотры|скачивания|цитирования)\s*:?\s*\d", re.I)
# share links: a word for sharing and a social network ("Share on Twitter Share on Facebook", "Partager sur LinkedIn")
_SHARE = re.compile(r"\b(?:share|teilen|partager|compartir|condividi|compartilhar|delen|udostępnij|sdílet|dela|paylaş|"
                    r"поделиться)\b", re.I)
_NETWORKS = re.compile(r"\b(?:twitter|facebook|linkedin|whatsapp|reddit|bluesky|mastodon|weibo|wechat|telegram|"
                       r"vkontakte|xing|e-?mail)\b", re.I)


def _web_furniture(text: str, words: Sequence[Token]) -> str:
    """Why ``text`` is a web page's furniture (a cookie notice, citation-export links, a file's link), or "". None
    of these has a year; a reference about cookies or reference managers has one."""
    if _YEAR.search(text):
        return ""
    if _LICENCE.search(text) and _LICENCE_CUE.search(text) and not text.lstrip(" *•-").lower().startswith("creative"):
        # (its link may follow: "(http://creativecommons…)"; the licence cited as a work opens with its body's name)
        return "an article's licence statement (Creative Commons)"
    if "http" in text or "doi" in text.lower():
        return ""
    if _COOKIE.search(text) and _SITE_OR_CONSENT.search(text):
        return "a web site's cookie notice"
    if len(words) <= 15 and len({m.group().lower() for m in _EXPORT_FORMATS.finditer(text)}) >= 2:
        return "a web page's citation-export links (RIS, BibTeX, EndNote)"
    if len(words) <= 10 and _FILE_SIZE.search(text):
        return "a web page's link to a file (its size in brackets)"
    if len(words) <= 12 and len(_METRICS.findall(text)) >= 2:
        return "an article page's metrics (views, citations, downloads)"
    if len(words) <= 12 and _SHARE.search(text) and _NETWORKS.search(text):
        return "a web page's share links"
    return ""


# a sentence of the text with its author-date citations ("comme l'ont montré Perrin et Aubry (2019, p. 57)"):
# it starts in lower case and cites a page or chapter beside a year, which a reference list never does
_IN_TEXT = re.compile(r"\((?:[^()]*,\s*)?(?:1[5-9]|20)\d\d[a-z]?\s*[,:]\s*(?:pp?|s|chap|ch|cap|kap|rozdz|гл|с)\.?\s*\d",
                      re.I)
# "Jak zauważa Zieliński (2019: 23), parafia pozostaje …": a sentence citing a year and page, then going on
# (or Chicago's "(2021, 250–52); the figures given here …": a year, a comma and the pages in one bracket)
_IN_TEXT_PAGE = re.compile(r"\([^()]{0,40}?(?:1[5-9]|20)\d\d[a-z]?\s*[:,]\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\)\s*[,;]?\s+"
                           r"((?:[^\W\d_]+\s+){3,})", re.I)
_SEPARATORS = set(".,;:()[]/«»\"“”„'’")
_LOCATOR_NOT_DATE = _LOCATOR - {"issued"}


# a name and its year in brackets inside running text, the sentence going on in small letters: "…, vilket också
# Lindgren (2017) har visat." (a reference's date bracket is followed by a full stop or its title)
_CITED_IN_SENTENCE = re.compile(r"\s[A-ZÀ-ÝĀ-Ž][^\W\d_]+\s+\((?:1[5-9]|20)\d\d[a-z]?\)\s+[a-zà-ÿ]")


def _mostly_lower(words: Sequence[Token], share: float) -> bool:
    """At least ``share`` of ``words`` after the first start in small letters."""
    rest = words[1:]
    return bool(rest) and sum(1 for t in rest if t.text[0].islower()) >= share * len(rest)


def _plain_sentence(tokens: Sequence[Token], words: Sequence[Token] | None = None) -> bool:
    """A sentence, not a reference: six words or more, mostly lower-case after the first, no separator
    but a final full stop, at most two numbers, no identifier ("Die Daten wurden 2019 im Rahmen des
    Mikrozensus erhoben."). References are dense in commas and full stops between their fields; on the
    27,018 reference lines of training/ (train, dev and test files) this holds for none. ``words``: the
    tokens that start with a letter, when the caller has them already."""
    if words is None:
        words = [t for t in tokens if t.text[:1].isalpha()]
    if len(words) < 6:
        return False
    rest = words[1:]
    lower = 0
    for t in rest:  # (a plain loop: sum() over a generator pays a frame switch per word)
        if t.text[0].islower():
            lower += 1
    if lower < 0.5 * len(rest):
        return False  # (first: most references fail here, and it is cheaper than the scan below)
    if any(len(t.text) == 1 and "\u3000" <= t.text <= "\u9fff" for t in tokens):
        return False
    body = tokens[:-1] if tokens[-1].text in (".", "。", "!", "?") else tokens
    # a German ordinal ("am 1. März") is no field separator
    body = [t for i, t in enumerate(body) if not (t.text == "." and i and body[i - 1].text.isdigit()
                                                  and len(body[i - 1].text) <= 2)]
    if any(t.text in _SEPARATORS for t in body) or sum(1 for t in tokens if t.text[:1].isdigit()) > 2:
        return False
    return not any(t.text.lower() in ("http", "https", "doi", "www") for t in tokens)
def _year_in_brackets_at(tokens: Sequence[Token], i: int) -> bool:
    """A year in brackets starts at ``i``, past a name's last full stop: "(2015)", ". (2015)", "(2015a)"."""
    if i < len(tokens) and tokens[i].text == ".":
        i += 1
    return i + 2 < len(tokens) and tokens[i].text == "(" and bool(_YEAR.match(tokens[i + 1].text)) \
        and len(tokens[i + 1].text) <= 5 and tokens[i + 2].text in (")", ",", ":")


def _year_sentence_at(tokens: Sequence[Token], i: int) -> bool:
    """A year alone between full stops, then a title, starts at ``i``: ". 2021. “Port …", ". 2021. Port …"."""
    return i + 4 < len(tokens) and tokens[i].text == "." and bool(_YEAR.fullmatch(tokens[i + 1].text)) \
        and tokens[i + 2].text == "." and (tokens[i + 3].text[:1].isupper() or tokens[i + 3].text in "“\"«„")


def _in_dotted_number(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is a later part of a number of three parts or more joined by full stops with no space: a date
    "12.03.2020", a specialty code "17.00.04", a section "3.2.1"; no entry number, which a space follows."""
    if not tokens[i].text.isdecimal():
        return False
    parts, k = 1, i
    while k >= 2 and not tokens[k].space_before and tokens[k - 1].text == "." and not tokens[k - 1].space_before \
            and tokens[k - 2].text.isdecimal():
        parts, k = parts + 1, k - 2
    if parts == 1:
        return False  # (the first part may be an entry number: "3.2 Smith" is not read as one anyway)
    if parts == 2 and tokens[i].space_before is False and tokens[i - 2].text.isdecimal() and len(tokens[i].text) == 3:
        return True  # a thousands' group: a law's number "Leis nºs 12.651 … e 11.952, de …" (no entry number after "11.")
    k = i
    while k + 2 < len(tokens) and tokens[k + 1].text == "." and not tokens[k + 1].space_before \
            and not tokens[k + 2].space_before and tokens[k + 2].text.isdecimal():
        parts, k = parts + 1, k + 2
    return parts >= 3


_NUMBER_LABEL = re.compile(r"^[\[(]?\d{1,4}[\]).:]?$")
# (each branch opens with its digit, the look-behind after it: sre skips in C to a "1" or "2", where a look-ahead
# first made it try the pattern at every position; the same matches and group)
_YEAR = re.compile(r"(1(?<!\d1)[5-9]\d\d|2(?<!\d2)0[0-4]\d)(?!\d)")


# a Russian act's "// Собрание законодательства РФ. – 2002. – № 2. – Ст. 133." with another reference after it
_GAZETTE_ARTICLE = frozenset({"Ст", "ст", "С", "с"})


def _legal_piece_points(tokens: Sequence[Token]) -> list[int] | None:
    """The starts of the acts or decisions after the first that a line cites one after another (legal.legal_pieces);
    None when the line is no such list."""
    texts = set(map(_TEXT, tokens))
    if ";" not in texts and ("." not in texts or (texts.isdisjoint(COURT_WORDS) and (
            "/" not in texts or texts.isdisjoint(_GAZETTE_ARTICLE)))):
        return None
    parts: list[str] = []
    pos = 0
    for t in tokens:  # the line as the tokens stand at their offsets (whitespace between them as spaces)
        parts.append(" " * (t.start - pos))
        parts.append(t.text)
        pos = t.end
    pieces = legal_pieces("".join(parts))
    if pieces is None:
        return None
    starts = {a for a, _ in pieces[1:]}
    points = [i for i, t in enumerate(tokens) if t.start in starts]
    return points if len(points) == len(starts) else None


def split_points(labels: Sequence[str], segs: Sequence[Segment], tokens: Sequence[Token] | None = None) -> list[int]:
    """Token indices where a new reference starts (0 excluded).

    With ``tokens``, a cut is moved back over the new reference's number ("[3]", "3.", "(3)") when
    the labeler put the begin marker on the first word after it; and a line citing several acts or decisions one
    after another ("BGH, Urt. v. … ; BGH, Urt. v. …") is cut at its semicolons, whatever the labeler read."""
    if tokens and (legal := _legal_piece_points(tokens)) is not None:
        return legal
    points = []
    seen: set[str] = set()
    last = ""
    prev: Segment | None = None
    for seg in segs:
        # "nr 3(234)": a number in brackets stuck to the issue before it is no entry number
        stuck = seg.label == "citation-number" and tokens is not None and seg.first > 1 and (
            (tokens[seg.first - 1].text in "([" and not tokens[seg.first - 1].space_before
             and tokens[seg.first - 2].text[-1:].isalnum()) or _in_dotted_number(tokens, seg.first))
        # a reference never starts inside a bracket the line opened ("… 1990–2020 (EVO). Datensatz")
        inside = tokens is not None and seg.first > 0 and tokens[seg.first - 1].text in "(["
        # (no reference opens with its translator: "… Т. 1 / Д. Браун ; пер. с англ. О. В. Федоровой. – …")
        marked = labels[seg.first].startswith("^") and not stuck and not (inside and seg.label != "citation-number") \
            and seg.label != "translator"
        # a kind of thesis read as a name opens no reference: ABNT's "… (1694-1714). 2019. Dissertação (Mestrado em
        # História) – Universidade …" (a family name is followed by its comma)
        thesis = seg.label == "author" and tokens is not None and seg.last + 1 < len(tokens) \
            and tokens[seg.first + 1].text != "," and is_thesis_genre(tokens[seg.first].text)
        marked = marked and not thesis
        if marked and seg.label == "author" and tokens is not None and seg.first == seg.last \
                and seg.first + 1 < len(tokens) and tokens[seg.first + 1].text == "(" \
                and not tokens[seg.first + 1].space_before and tokens[seg.first].text.isupper():
            marked = False  # a document's code, not a name: "… [cité le 9 mars 2023]. COM(2022) 417 final. Disponible …"
        if marked and seg.label in ("author", "editor") and tokens is not None and tokens[seg.first - 1].text == "/":
            marked = False  # GOST's statement of responsibility ("… : дис. … / Белова Наталья Андреевна. – Москва")
        if marked and seg.label == "author" and prev is not None and prev.label == "genre" and tokens is not None \
                and UNIVERSITY.search(" ".join(t.text for t in tokens[seg.first:seg.last + 1])):
            marked = False  # "… Disertační práce. Univerzita Karlova, Filozofická fakulta": the thesis's school
        # an unmarked new author list right after a complete reference's locator also starts one; so
        # does a name list read as editors right after a page range with only punctuation between
        # (a chapter's editors follow "In:", not the pages)
        # (or right after a date and its full stop: MLA's and Chicago's edited book, "… Beacon Press, 2016. Ward, Tom,
        # editor. Essays …"; a chapter's editors follow "In", "in:", "edited by")
        # (not a name a bracket opens: "… Wallstein 2009 [frz. Orig.: L'invention …, Paris 2003]" is the original's; nor
        # GOST's statement of responsibility after a volume: "… : в 6 т. Т. 4 / П. И. Лаврентьев. – Москва …")
        after_locator = (seg.label in ("author", "citation-number") and last in _LOCATOR - {"publisher"}
                         and not stuck and not thesis and not (inside and seg.label == "author")
                         and not (seg.label == "author" and tokens is not None and tokens[seg.first - 1].text == "/"
                                  and tokens[seg.first - 1].space_before)) or (  # (not a link's last "/")
            # an author-date reference's name and its year after the publisher that ends the one before ("…
            # Santander: Ediciones Universidad. Barrena Sáez, J. M. (2012). …"; not a publisher's next word)
            seg.label == "author" and last == "publisher" and tokens is not None
            and tokens[seg.first - 1].text == "." and _year_in_brackets_at(tokens, seg.last + 1)) or (
            # Chicago's: a body's name and its year after the pages that end the one before, which the labeler reads
            # as their publisher ("… 8 (2): 101–20. Swedish Maritime Administration. 2021. “Port Statistics.” …")
            seg.label == "publisher" and last == "page" and tokens is not None
            and tokens[seg.first - 1].text == "." and _year_sentence_at(tokens, seg.last + 1)) or (
            seg.label == "editor" and tokens is not None and prev is not None
            and (last == "page" or (last == "issued" and tokens[seg.first - 1].text == "."))
            and all(not t.text[:1].isalnum() for t in tokens[prev.last + 1:seg.first]))
        # complete: a body and a locator, or (a title the labeler misread) someone, a when and a publisher
        # (tested last: most segments are no cut candidate)
        if (marked or after_locator) and seg.first > 0 and (
                bool(seen & _BODY and seen & _LOCATOR) or seen >= _SOMEONE_WHEN_PUBLISHER):
            points.append(seg.first)
            seen = set()
        last = seg.label
        prev = seg
        seen.add(seg.label)
    # every piece must be a reference in itself (a body: title or container); a cut that would leave a
    # piece without one (a stray "(35)" read as an entry number) is dropped, so no text is lost
    bounds = [0, *points, len(labels)]
    kept = []
    for k, p in enumerate(points):
        after = {s.label for s in segs if p <= s.first < bounds[k + 2]}
        # a body, or someone and a when: a second book in "… Suhrkamp. Bourdieu, P. (1982): Die feinen
        # Unterschiede. …" whose title the labeler misread (each piece is labelled again on its own)
        if after & _BODY or {"author", "issued"} <= after:
            kept.append(p)
    points = kept
    if tokens is None:
        return points
    points = sorted(set(points) | set(_gbt_points(tokens, points)) | set(_next_number_points(tokens, points))
                    | set(_japanese_points(tokens, points)) | set(_after_link_points(tokens, labels, points))
                    | set(_body_after_locator_points(tokens, labels, points))
                    | set(_gost_after_extent_points(tokens, points))
                    | set(_caps_name_points(tokens, labels, points))
                    | set(_same_author_points(tokens, labels, points))
                    | set(_numbered_name_points(tokens, labels, points))
                    | set(_apa_name_points(tokens, labels, points))
                    | set(_glued_standard_points(tokens, points))
                    | set(_circled_number_points(tokens)))
    # two finders' cuts at one reference's start, one before its number and one after it ("… (2011). 90. SANTOS,
    # Milton. …"): the first holds it (the piece between would be the number alone)
    points = [p for k, p in enumerate(points) if not (k and p - points[k - 1] <= 2 and all(
        not t.text[:1].isalpha() for t in tokens[points[k - 1]:p]))]
    if (glued := _run_in_name_points(tokens, labels, points)):
        # the new cut is where the name starts; a marker the labeler put inside that name ("Verso Jones, K." read
        # as a publisher "Verso Jones" and an author "K") is no second cut
        points = sorted({p for p in points if not any(g < p <= g + 5 for g in glued)} | set(glued))
    # two names a dash joins with no space are one: "… Amsterdam: Athenaeum–Polak & Van Gennep." (the labeler may
    # read the second as the next reference's author); so are words a middle dot joins ("生活·读书·新知三联书店")
    points = [p for p in points if not (p > 1 and not tokens[p].space_before and not tokens[p - 1].space_before
                                        and tokens[p - 1].text in _JOINING_MARKS and tokens[p - 2].text[-1:].isalnum())]
    if points:  # (a body dated in brackets among references cut already: "… Heart & Lung, 47(4), pp. 301‑6. World
        # Health Organization (2022) Global report … Geneva: WHO. Tanaka, S. and Brooks, E. (2020) …")
        points = sorted(set(points) | set(_dated_body_points(tokens, labels, points)))
    else:
        points = _second_name_and_date(tokens, segs) or _dated_body_points(tokens, labels) \
            or _semicolon_points(tokens, labels)
    # a cut on the page count that closes the reference before ("… 2018. 312 с. 2. Орлова Е. Н."), which the labeler
    # read as an entry number: the entry's number is the one after the count's unit
    points = [_past_page_count(tokens, p) for p in points]
    out = []
    lo = 0
    for p in points:
        # the O / citation-number run just before the cut; its tail may be the next entry's number
        j = p
        while j - 1 > lo and labels[j - 1].lstrip("^") in ("O", "citation-number"):
            j -= 1
        cut = p
        for k in range(j, p):
            if _NUMBER_LABEL.match("".join(t.text for t in tokens[k:p])):
                cut = k
                break
        if cut - 1 > lo and tokens[cut - 1].text in "[(" and labels[cut - 1].lstrip("^") == "O":
            cut -= 1  # "[2] Weber": the bracket opens the new entry's number
        if cut + 3 < len(tokens) and tokens[cut - 1].text in (";", ",") and tokens[cut + 1].text == "." \
                and tokens[cut].text.isalpha() and len(tokens[cut].text) >= 2 and _name_shape_at(tokens, cut + 2):
            cut += 2  # the last field before the next name is the reference's own: "… 1–96; München. Kessler, M. & …"
        if 0 < cut < len(tokens) and not tokens[cut].space_before and tokens[cut].text[:1].isalnum() \
                and tokens[cut - 1].text[-1:].isalnum() and not _name_after_digits(tokens, cut) \
                and not (tokens[cut].text in STANDARD_BODIES and _YEAR.fullmatch(tokens[cut - 1].text)):
            # never inside a word: "…;116:FL9C. Berg S" is cut before "Berg", not before the "C" of a page
            k = next((k for k in range(cut + 1, len(tokens)) if tokens[k].space_before), len(tokens))
            if k >= len(tokens) or any(cut < q <= k for q in points if q != p):
                continue
            cut = k
        if cut + 3 < len(tokens) and tokens[cut + 1].text == "." and not tokens[cut + 1].space_before \
                and not tokens[cut + 2].space_before and tokens[cut].text.isalpha() \
                and _name_shape_at(tokens, cut + 2) and not _name_shape_at(tokens, cut):
            cut += 2  # the space after a full stop lost: "… Berlin: Gebr. Mann.Keller, R. (2011): …" (a publisher's end)
        out.append(cut)
        lo = cut
    return out


def _name_after_digits(tokens: Sequence[Token], i: int) -> bool:
    """A capitalised word stuck to the digits that end a link or a page, then a name: "…/1988-592X-RE-2020-390-451Valverde
    Díaz, A. (2018)" (a line whose space was lost between two references; a cut there is no cut inside a word)."""
    t = tokens[i].text
    return tokens[i - 1].text.isdecimal() and len(t) >= 2 and t.isalpha() and t[:1].isupper() and t[1:].islower() \
        and (_name_shape_at(tokens, i) or (i + 1 < len(tokens) and tokens[i + 1].space_before
                                            and _name_shape_at(tokens, i + 1)))


# capitals that are no body's name after a reference's year ("… 2015. ISBN …", "… 2015. PDF.")
_NOT_A_NAME = frozenset({"ISBN", "ISSN", "DOI", "URL", "PDF", "CD", "DVD", "HTML", "PMID", "PMCID", "URN", "HDL"})


def _caps_body_at(tokens: Sequence[Token], i: int) -> int:
    """The index of the full stop that closes a name in capitals starting at ``i`` ("INEP.", "BRASIL.", "INSTITUTO
    BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA."), or 0."""
    e = i
    while e < len(tokens) and e - i < 12 and tokens[e].text.isalpha() and tokens[e].text.isupper():
        e += 1
    if e == i or len(tokens[i].text) < 2 or tokens[i].text in _NOT_A_NAME or e >= len(tokens) or tokens[e].text != ".":
        return 0
    return e


# what either cut below needs, over the tokens' texts joined by spaces: a full stop, a name in capitals and its full
# stop; or a colon, a few words, a name, a comma, a given name or an initial and a year in brackets. (Two searches
# that start with a literal: one pattern with both alternatives tried them at every character, ten times slower.)
_CAPS_HINT = re.compile(r" \. [A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ]+ (?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ]+ )*\. ")
_NAME_HINT = re.compile(r": (?:\S+ ){1,3}\S+ , \S+ (?:\. )?\( (?:1[5-9]|20)\d\d \)")


def _run_in_name_points(tokens: Sequence[Token], labels: Sequence[str], points: Sequence[int]) -> list[int]:
    """Cuts before the next reference's author run into the end of the one before it, which the labeler reads as
    part of that one:

    - a body named in capitals after a reference ending with its year (ABNT: "… Rio de Janeiro: IBGE, 2020. INEP.
      Censo da Educação Básica 2021. Brasília, DF: Inep, 2022."), a title and a year after it;
    - "Family, Given (YYYY)" or "Family, X. (YYYY)" right after the publisher of "Place: Publisher" whose full stop
      was lost ("… Frankfurt a. M.: Campus Lehmann, Birgit (2018): Nachbarschaft …")."""
    n = len(tokens)
    if n < 14 or not (_CAPS_HINT.search(joined := " ".join(map(_TEXT, tokens))) or _NAME_HINT.search(joined)):
        return []  # (most lines: one join and one search in C, no loop over the tokens)
    out: list[int] = []
    near = {p + d for p in points for d in (-1, 0, 1)}  # (a set look-up per token, not a scan of the points)
    for i in range(4, n - 5):
        if i in near or not tokens[i].space_before:
            continue
        t = tokens[i]
        if tokens[i - 1].text == "." and _YEAR.fullmatch(tokens[i - 2].text) and t.text.isupper():
            e = _caps_body_at(tokens, i)
            if e and e + 2 < n and tokens[e + 1].text[:1].isupper() and tokens[e + 1].text[:1].isalpha() \
                    and any(_YEAR.fullmatch(x.text) for x in tokens[e + 1:]) \
                    and ((before := {lab.lstrip("^") for lab in labels[:i]}) & _BODY
                         or {"issued", "publisher"} <= before):
                out.append(i)  # (the labeler may have read the first title as its author's name: a publisher then)
            continue
        if not (t.text.isalpha() and t.text[:1].isupper() and len(t.text) >= 2 and tokens[i + 1].text == ","
                and tokens[i - 1].text.isalpha() and ":" in map(_TEXT, tokens[i - 4:i - 1])
                and any(_YEAR.fullmatch(x.text) for x in tokens[:i - 1])):
            continue
        given = tokens[i + 2].text
        k = i + 3
        if len(given) == 1 and given.isupper() and tokens[k].text == ".":
            k += 1  # an initial
        elif not (given.isalpha() and given[:1].isupper() and given[1:].islower() and len(given) >= 2):
            continue
        if k + 2 < n and tokens[k].text == "(" and _YEAR.fullmatch(tokens[k + 1].text) and tokens[k + 2].text == ")":
            out.append(i)
    return out


def _circled_number_points(tokens: Sequence[Token]) -> list[int]:
    """Chinese and Japanese footnotes numbered with circled digits, run together: "①王建国：《…》，…，第45页。②刘芳：
    《…》，《史学月刊》2015年第6期。": each circled number after a sentence's stop opens the next one."""
    return [i for i in range(1, len(tokens)) if tokens[i].text in CIRCLED_NUMBERS
            and tokens[i - 1].text in ("。", ".", "；", ";")]


def _next_number_points(tokens: Sequence[Token], points: Sequence[int]) -> list[int]:
    """Cuts at the next entry's number in a line that opens with one: "[14] … 9838714. [15] IEEE Standard …",
    "3. Prieto Vela A, … 4. Ruiz M, …". Only the number that follows on (15 after 14), in the same
    form, after a full stop or a closing bracket and before a capitalised word, and with a reference's
    worth of words after it; the labeler does not mark a reference it reads as a container."""
    if len(tokens) < 12 or (tokens[0].text not in "[(" and not tokens[0].text.isdecimal()):
        return []
    bracket = tokens[0].text in "[("
    k = 1 if bracket else 0
    if not tokens[k].text.isdecimal() or len(tokens[k].text) > 4:
        return []
    want = int(tokens[k].text) + 1
    closing = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if (bracket and closing not in ")]") or (not bracket and closing not in ".)"):
        return []
    out = []
    for i in range(k + 2, len(tokens) - 6):
        t = tokens[i]
        num = i + 1 if bracket else i
        if bracket and t.text != tokens[0].text:
            continue
        if tokens[num].text != str(want) or num + 2 >= len(tokens) or tokens[num + 1].text != closing:
            continue
        start = i
        # (where the labeler cut too, the number may follow on without a full stop and a space before it: "…
        # (2021).2. Brennan, S. …", "… S. 71–84 2. Weber, L.: …"; the cut is then moved before the number)
        near = any(abs(start - p) <= 3 for p in points)
        # (a link ends a reference without a full stop: "… doi:10.11604/pamj.2021.38.67.25510 13. Ghana …")
        # (nor does a page range: "… Dtsch Med Wochenschr 145 (2020), S. 1021–1028 2. Deutsches Netzwerk …")
        ended = tokens[start].space_before and (tokens[start - 1].text in ".)]" or _link_ends_at(tokens, start)
                                                or _page_range_ends_at(tokens, start))
        # (a bracketed number glued to the link or the full stop before it: "…/statistiques/5371235[4] Bertrand L, …")
        ended = ended or (bracket and not tokens[start].space_before and tokens[num + 2].space_before
                          and (_link_ends_at(tokens, start) or tokens[start - 1].text == "."))  # ("… 2010.[4] Lis M.")
        if not (ended or near) or not _opens_name(tokens[num + 2].text):
            continue
        # (a standard's number may come first: "2. PN-EN 206+A2:2021-08. Beton – …": twenty tokens to four words)
        if sum(1 for x in tokens[num + 2:num + 20] if x.text[:1].isalpha()) < 4:
            continue
        # (where the labeler cut after the number, which it read as the reference before's volume ("… Geneva: WHO;
        # 2022. 14. Brennan K, …"), the cut before the number holds: the later one is dropped as the same start)
        if not near or not ended or all(p > start for p in points if abs(start - p) <= 3):
            out.append(start)
        want += 1  # (a number the labeler cut at already counts: "… 2. … 3. Vale, M. Arctic Soils (Wiley, 2018).")
    return out




def _page_range_ends_at(tokens: Sequence[Token], i: int) -> bool:
    """A page range ends just before token ``i``: "1021–1028", "301-6" (its numbers and dash unspaced)."""
    return i >= 3 and tokens[i - 1].text.isdecimal() and tokens[i - 2].text in RANGE_DASHES \
        and tokens[i - 3].text.isdecimal() and not tokens[i - 1].space_before and not tokens[i - 2].space_before


def _link_ends_at(tokens: Sequence[Token], i: int) -> bool:
    """The word just before token ``i`` (the tokens back to a space) is a link or a DOI."""
    k = i - 1
    while k > 0 and not tokens[k].space_before:
        k -= 1
    return LINK_START.match("".join(t.text for t in tokens[k:i])) is not None


def _opens_name(text: str) -> bool:
    """``text`` may open a name: a capital, or a letter of a script without case ("黄宗智", "山本")."""
    first = text[:1]
    return first.isupper() or (first.isalpha() and not first.islower() and first.lower() == first.upper())


_GBT_CODES = {"J", "M", "D", "C", "R", "P", "S", "N", "A", "G", "Z", "EB", "DB", "CP"}
_TEXT = operator.itemgetter(0)  # a Token's text: ``map(_TEXT, tokens)`` scans them in C
_STOPS = {".", "。", "．"}


def _gbt_points(tokens: Sequence[Token], points: Sequence[int]) -> list[int]:
    """Cuts between GB/T 7714 references glued on one line: each has one document code ("[M]", "[J]",
    "[EB/OL]"), so a second code with no cut before it starts a second reference, at its author: two
    full stops back from the code ("… 2015. 周强. 法治中国建设[M]. …")."""
    if "[" not in map(_TEXT, tokens):
        return []  # no code without a bracket (most references)
    codes = [i for i in range(len(tokens) - 2) if tokens[i].text == "[" and tokens[i + 1].text in _GBT_CODES
             and tokens[i + 2].text in ("]", "/")]
    out = []
    for prev, code in itertools.pairwise(codes):
        if any(prev < p <= code for p in points):
            continue
        stops = [k for k in range(code - 1, prev + 2, -1) if tokens[k].text in _STOPS]
        if len(stops) < 2:
            continue
        cut = stops[1] + 1
        if any(_YEAR.fullmatch(t.text) for t in tokens[prev:cut]):  # the first reference has its date
            out.append(cut)
    return out


def _after_link_points(tokens: Sequence[Token], labels: Sequence[str], points: Sequence[int]) -> list[int]:
    """A reference's link ends it: "… 97–112. https://doi.org/10.1007/s12398-… Krämer, Ute: Mittelalterliche …":
    a name after a DOI or URL, past a space, opens the next reference, whatever the labeler made of it."""
    if "DOI" not in labels and "URL" not in labels and "^DOI" not in labels and "^URL" not in labels:
        return []  # (most references: two scans in C)
    out = []
    n = len(tokens)
    for i in range(2, n - 3):
        # (the link's closing full stop may be left out of it: "… https://doi.org/10.1234/x.5678. Name …")
        j = i - 2 if tokens[i - 1].text == "." and labels[i - 1] == "O" else i - 1
        if not tokens[i].space_before or labels[j].lstrip("^") not in ("DOI", "URL") \
                or labels[i].lstrip("^") in ("DOI", "URL") or any(p == i for p in points):
            continue
        named = _name_shape_at(tokens, i) or (tokens[i].text[:1].isupper() and tokens[i + 1].text == ","
                                              and tokens[i + 2].text[:1].isupper() and tokens[i + 2].text.isalpha()
                                              and tokens[i + 3].text in (":", "(", ".")) or _dated_body_at(tokens, i)
        if named and any(lab.lstrip("^") in ("title", "container-title") for lab in labels[:i]):
            out.append(i)
    return out


# words of a sentence after the pages that says who published or paid for the work, not who wrote the next one
_NOT_A_BODY = frozenset({"by", "from", "with", "par", "por", "durch", "przez", "tarafından", "in", "im", "on"})
_ENDS_A_REFERENCE = frozenset({"page", "issued", "volume", "issue", "ISSN", "ISBN"})
_TITLE_LABELS = frozenset({"title", "^title"})


def _body_after_locator_points(tokens: Sequence[Token], labels: Sequence[str], points: Sequence[int]) -> list[int]:
    """A body's name after a complete reference opens the next one: "… Nat. Geosci. 15, 221–228 (2022). United
    States Geological Survey. Search Earthquake Catalog [Internet]. Reston (VA): USGS; 2024 …". The cut needs the
    first reference's title and date, its pages or date right before the full stop, a name the names parser reads
    as a body's, and a title after it; the labeler reads the name and that title as one title. (A name it reads as
    a publisher or a journal is the first reference's: "… pp. 77–84. National Physical Laboratory.")"""
    n = len(tokens)
    if n < 16 or "title" not in labels:
        return []
    # a title after the first page or date (in C): the labeler reads the body and the next title as one title
    first = min((labels.index(x) for x in ("page", "issued", "^issued") if x in labels), default=n)
    if "title" not in labels[first:] and "^title" not in labels[first:]:
        return []
    out: list[int] = []
    # (only the title tokens, picked in C: the test below needs one)
    for i in itertools.compress(range(2, n - 6), map(_TITLE_LABELS.__contains__, labels[2:n - 6])):
        if tokens[i - 1].text != "." or not tokens[i].text[:1].isupper() \
                or not (tokens[i].space_before or tokens[i - 2].text in (")", "]") or tokens[i - 2].text.isdecimal()) \
                or any(abs(p - i) <= 2 for p in (*points, *out)):
            continue  # (the space after the full stop may be lost after a date or pages: "… (2023).International …")
        k = i - 2
        while k > 0 and labels[k].lstrip("^") == "O" and tokens[k].text in ")]":
            k -= 1
        if k < i - 2 and tokens[i - 2].text == ")" and _dated_after_name(tokens, k):
            continue  # the date of the reference's author, not its end: "… Genootschap. (2023, 14 februari). NHG-…"
        # what the reference being read holds: the labels from its start (the last cut before ``i``) to ``i``
        seen = {x.lstrip("^") for x in labels[max((p for p in points if 0 < p < i), default=1):i]}
        if labels[k].lstrip("^") not in _ENDS_A_REFERENCE or "issued" not in seen \
                or not ("title" in seen or "container-title" in seen):
            continue
        e = i + 1
        while e < n and (tokens[e].text != "." or len(tokens[e - 1].text) == 1) and tokens[e].text != ",":
            e += 1  # the name runs to its full stop (past initials' stops: "U.S. Department of …")
        # (or to its comma, in the styles that separate fields by commas: "… Warszawa 2020. Główny Urząd Statystyczny,
        # Ludność …, https://…": after the imprint that ends such a reference, its place and year; then a name of words
        # alone, no kind of thesis: "2018. Dissertação (Mestrado …) – …,"; "Diagnoza społeczna 2015. Warunki …, …")
        if e + 3 >= n or e - i > 24 or not tokens[e + 1].text[:1].isupper() or (tokens[e].text == "," and (
                labels[k - 1].lstrip("^") != "publisher-place" or not all(t.text.isalpha() for t in tokens[i:e])
                or is_thesis_genre(" ".join(map(_TEXT, tokens[i:e]))))):
            continue
        words = [t.text for t in tokens[i:e] if t.text[:1].isalpha()]
        if len(words) < 2 or not _NOT_A_BODY.isdisjoint(words) or any(t.text.isdecimal() or t.text in ":," for t in tokens[i:e]) \
                or "literal" not in parse_name(" ".join(t.text for t in tokens[i:e])):
            continue
        rest = tokens[e + 1:]
        if sum(1 for t in rest[:8] if t.text[:1].isalpha()) >= 2 and any(_YEAR.fullmatch(t.text) for t in rest):
            out.append(i)
    return out


def _dated_after_name(tokens: Sequence[Token], k: int) -> bool:
    """The date at ``k`` is in brackets after a name's full stop: "Genootschap. (2023, 14 februari)", APA's date after
    its author (which opens a reference)."""
    o = k
    while o > 0 and k - o < 8 and tokens[o].text != "(":
        o -= 1
    return tokens[o].text == "(" and o >= 2 and tokens[o - 1].text == "." and tokens[o - 2].text.isalpha() \
        and len(tokens[o - 2].text) >= 2 and bool(_YEAR.fullmatch(tokens[o + 1].text))


def _caps_name_points(tokens: Sequence[Token], labels: Sequence[str], points: Sequence[int]) -> list[int]:
    """ISO 690's and ABNT's name, the family name in capitals, a comma and the given names, opens a sentence after a
    complete reference: "… Brno, 2018. Diplomová práce. Masarykova univerzita. Vedoucí práce Karel Dvořák. SVOBODA,
    Petr. Dějiny školství. Praha: Academia, 2015." (the labeler runs it into a note or the thesis). The reference
    before has its title and date; the name's sentence ends after one to three given names or initials, and a year
    follows. (Co-authors follow a semicolon, a chapter's editors "In:".)"""
    n = len(tokens)
    if n < 16 or "," not in map(_TEXT, tokens):
        return []
    out: list[int] = []
    for i in range(4, n - 6):
        t = tokens[i].text
        if tokens[i - 1].text != "." or not tokens[i].space_before or len(t) < 2 or not t.isalpha() \
                or not t.isupper() or tokens[i + 1].text != "," or any(abs(p - i) <= 2 for p in points):
            continue
        if len(tokens[i - 2].text) == 1:
            continue  # an initial's full stop: "… J. SILVA, …" is a list of names
        k, end = i + 2, 0  # the given names or initials, to the name's full stop
        while k < n - 1 and k - i <= 8:
            w = tokens[k].text
            if not (w.isalpha() and w[:1].isupper() and (len(w) == 1 or not w.isupper())):
                break
            if tokens[k + 1].text == ".":
                end = k + 1
                if len(w) > 1:
                    break  # a given name in full ends the name: "Petr."
                k += 2  # an initial, and maybe another: "A. M."
                continue
            if len(w) == 1:
                break  # an initial without its full stop: a title's first word ("… A. M. A cidade …")
            k += 1
        if not end or end >= n - 3:
            continue
        seen = {x.lstrip("^") for x in labels[max((p for p in points if p < i), default=0):i]}
        if "issued" in seen and seen & _BODY and any(_YEAR.fullmatch(x.text) for x in tokens[end + 1:]):
            out.append(i)
    return out


def _family_given_at(tokens: Sequence[Token], k: int) -> bool:
    """"Family, Given." or "Family, Given-Name." or "Family, J. R." starts at ``k``: a name's sentence."""
    n = len(tokens)
    t = tokens[k].text
    if not (k + 3 < n and len(t) >= 2 and t.isalpha() and t[:1].isupper() and tokens[k + 1].text == ",") \
            or term_classes(t.lower()):
        return False  # (a term is no family name: "… 3. Band, …")
    e = k + 2
    if len(tokens[e].text) == 1 and tokens[e].text.isupper():  # initials, each with its full stop
        while e + 1 < n and len(tokens[e].text) == 1 and tokens[e].text.isupper() and tokens[e + 1].text == ".":
            e += 2
        return e > k + 2
    while e < n and e - k <= 6 and (tokens[e].text == "-" or (tokens[e].text.isalpha() and tokens[e].text[:1].isupper()
                                                               and not tokens[e].text.isupper())):
        e += 1
    return e > k + 2 and e < n and tokens[e].text == "." and tokens[e - 1].text != "-"


def _numbered_name_points(tokens: Sequence[Token], labels: Sequence[str], points: Sequence[int]) -> list[int]:
    """The next reference's number and name after a complete one, in a list whose line breaks were lost: "… 5,
    272–286 (2011). 32. Perec, Georges. A Void. London: Harvill, 1995.", "… CRC Press, 2001. 98. Huysmans, Joris-Karl.
    …" (the labeler reads the number as a volume and the name as an editor). The number follows a year, a closing
    bracket or pages and their full stop; the reference before has its body and date; a year follows."""
    n = len(tokens)
    if n < 14:
        return []
    out: list[int] = []
    for i in range(3, n - 6):
        t = tokens[i].text
        if not t.isdecimal() or len(t) > 4 or tokens[i + 1].text != "." or tokens[i - 1].text != "." \
                or not tokens[i].space_before or _YEAR.fullmatch(t) \
                or any(abs(p - i) <= 3 and p != i + 2 for p in points):
            continue  # (a cut at the name itself is moved to its number)
        before = tokens[i - 2].text
        if not (before == ")" or before.isdecimal()) or not _family_given_at(tokens, i + 2):
            continue
        seen = {x.lstrip("^") for x in labels[max((p for p in points if p < i), default=0):i]}
        if "issued" in seen and seen & _BODY and any(_YEAR.fullmatch(x.text) for x in tokens[i + 4:]):
            out.append(i)
    return out


# (over the tokens' texts joined by spaces: a full stop, a family name of one to three words, its comma and an initial)
_APA_HINT = re.compile(r"\. [A-ZÀ-ÖØ-ÞА-ЯЁ]\S* (?:\S+ ){0,2}, [A-ZÀ-ÖØ-ÞА-ЯЁ] \. ")
_NAME_LINKS = frozenset({",", ".", "&", "-", "and", "y", "e", "et", "und", "en", "och", "i", "og", "ve", "и"})


def _apa_name_points(tokens: Sequence[Token], labels: Sequence[str], points: Sequence[int]) -> list[int]:
    """APA's names and bracketed year after a complete reference, whatever the labeler made of them: "… Rennes : Presses
    universitaires de Rennes.Le Gall, Y. (2019). Les ports …" (the space after the full stop lost, the name read as the
    publisher's). The name: one to three words (particles in lower case), a comma and initials; more names may follow
    (initials, commas, "&", "and"), then "(YYYY)" or "(YYYY, 14 février)"; the reference before has its body and date."""
    n = len(tokens)
    if n < 16 or not _APA_HINT.search(" ".join(map(_TEXT, tokens))):
        return []
    out: list[int] = []
    for i in range(4, n - 8):
        if tokens[i - 1].text != "." or not tokens[i].text[:1].isupper() or not tokens[i].text.isalpha() \
                or (len(tokens[i - 2].text) < 2 and tokens[i - 3].text != "/") or tokens[i].text.lower() in _CONTAINER_WORDS \
                or any(abs(p - i) <= 2 for p in (*points, *out)):
            continue  # (after an initial's full stop: a list of names, but not a company's "A/S."; "In Strachey, J.
            # (1955)": a chapter's book)
        k = i + 1
        while k < n and k - i <= 3 and tokens[k].text.isalpha() and tokens[k].text != ",":
            k += 1
        if not (k + 3 < n and tokens[k].text == "," and len(tokens[k + 1].text) == 1 and tokens[k + 1].text.isupper()
                and tokens[k + 2].text == "."):
            continue
        e = k + 3
        while e < n and e - i <= 40 and (tokens[e].text in _NAME_LINKS or (
                tokens[e].text.isalpha() and (tokens[e].text[:1].isupper() or tokens[e].text in _NAME_LINKS))):
            e += 1
        if not (e + 2 < n and tokens[e].text == "(" and _YEAR.fullmatch(tokens[e + 1].text)
                and tokens[e + 2].text in (")", ",")):
            continue
        seen = {x.lstrip("^") for x in labels[max((p for p in (*points, *out) if p < i), default=0):i]}
        if "issued" in seen and seen & (_BODY | {"genre", "publisher"}):  # (a report may have no title but its kind)
            out.append(i)
    return out


_DASHES = frozenset("—―–-_")
_JOINING_MARKS = _DASHES | {"·", "・", "•"}
# (over the tokens' texts joined by spaces: two long dashes, or three hyphens or underscores, between stops)
_SAME_AUTHOR_HINT = re.compile(r"\. (?:[—―] [—―]|- - -|_ _ _)(?: [—―_-])* [.,] ")


def _same_author_points(tokens: Sequence[Token], labels: Sequence[str], points: Sequence[int]) -> list[int]:
    """Chicago's and MLA's "———." for the same author again opens the next reference after a complete one: "…
    Oxford: Blackwell. ———. 1973. Social Justice and the City. London: Edward Arnold." (two dashes or more, alone
    between a full stop and a full stop or comma)."""
    if not _SAME_AUTHOR_HINT.search(" ".join(map(_TEXT, tokens))):
        return []  # (most references: one join and one search in C)
    n = len(tokens)
    out: list[int] = []
    i = 2
    while i < n - 3:
        if tokens[i].text[:1] not in _DASHES or tokens[i - 1].text != "." or not tokens[i].space_before:
            i += 1
            continue
        j = i
        while j < n and tokens[j].text and set(tokens[j].text) <= _DASHES and (j == i or not tokens[j].space_before):
            j += 1
        run = "".join(t.text for t in tokens[i:j])
        if (len(run) >= 3 or (len(run) == 2 and run[0] in "—―")) and j + 2 < n and tokens[j].text in (".", ",") \
                and not any(abs(p - i) <= 2 for p in points):
            seen = {x.lstrip("^") for x in labels[max((p for p in points if p < i), default=0):i]}
            # (the next one has a year and three words: the labeler reads less as no reference, and it would be lost)
            if "issued" in seen and seen & _BODY and sum(1 for t in tokens[j + 1:] if t.text[:1].isalpha()) >= 3 \
                    and any(_YEAR.fullmatch(t.text) for t in tokens[j + 1:]):
                out.append(i)
        i = j + 1
    return out


_EXTENT_UNITS = frozenset(PAGE_COUNT_UNITS) | {"S", "л"}  # (GOST counts leaves too: "48 л.")


def _gost_after_extent_points(tokens: Sequence[Token], points: Sequence[int]) -> list[int]:
    """GOST: "… — Вологда : ВГМХА, 2016. — 212 с. Нарушения слуха у детей : клинические рекомендации [Электронный
    ресурс] / Национальная медицинская ассоциация … — Москва, 2021.": a book's extent ends it; a sentence after
    it with a statement of responsibility ("/") and a year of its own is the next reference."""
    n = len(tokens)
    if n < 20 or "—" not in map(_TEXT, tokens):
        return []
    out = []
    for i in range(3, n - 6):
        if tokens[i].text != "." or tokens[i - 1].text not in _EXTENT_UNITS or not tokens[i - 2].text.isdecimal() \
                or tokens[i - 3].text not in ("—", "–") or not tokens[i + 1].text[:1].isupper() \
                or any(abs(p - i - 1) <= 2 for p in points):
            continue
        rest = [t.text for t in tokens[i + 1:]]
        slash = rest.index("/") if "/" in rest else -1
        if 0 < slash < 40 and "—" in rest[slash:] and any(_YEAR.fullmatch(t) for t in rest[slash:]):
            out.append(i + 1)
    return out


def _dated_body_at(tokens: Sequence[Token], i: int) -> bool:
    """A body's name then its year in brackets starts at ``i``: "Ministerio de Agricultura, Pesca y Alimentación.
    (2023).", "Bundesamt für Naturschutz (BfN) (2020):" (APA's and German author-date corporate authors)."""
    n = len(tokens)
    if not tokens[i].text[:1].isupper():
        return False
    e = next((k for k in range(i + 1, min(n, i + 16)) if tokens[k].text in (".", "(")), None)
    if e is None:
        return False
    if tokens[e].text == "(" and e + 3 < n and tokens[e + 2].text == ")" and tokens[e + 1].text[:1].isupper():
        year = e + 3  # the short name, then the year
    else:
        year = e + 1 if tokens[e].text == "." else e
    # (the year may open a full date: APA's "(2023, 14 februari)")
    return year + 2 < n and tokens[year].text == "(" and bool(_YEAR.fullmatch(tokens[year + 1].text)) \
        and tokens[year + 2].text in (")", ",") and "literal" in parse_name(" ".join(t.text for t in tokens[i:e]))


def _dated_body_points(tokens: Sequence[Token], labels: Sequence[str], points: Sequence[int] = ()) -> list[int]:
    """Cuts before a body's name dated in brackets after a complete author-date reference: "… Bonn: BBSR.
    Bundesamt für Naturschutz (BfN) (2020): Rote Liste …" (the labeler runs the name into the publisher), Harvard's
    "… pp. 301-6. World Health Organization (2022) Global report …"; or after a debate's or a law report's date and
    columns, which have no title: "HC Deb 14 March 2022, vol 710, cols 520–535. House of Commons Library (2023). Fuel
    poverty …". ``points``: the cuts found already (each piece before a cut is judged from the cut before it)."""
    if labels.count("issued") + labels.count("^issued") < 2 or not _BRACKETED_YEAR.search(" ".join(map(_TEXT, tokens))):
        return []
    out: list[int] = []
    for i in range(5, len(tokens) - 4):
        if tokens[i - 1].text != "." or not tokens[i].space_before or any(abs(p - i) <= 2 for p in points) \
                or not _dated_body_at(tokens, i):
            continue
        base = max((p for p in (*points, *out) if p < i), default=0)
        first = next((k for k in range(base, i) if labels[k] in ("issued", "^issued")), None)
        if first is not None and first + 4 <= i and (
                any(x.lstrip("^") in ("title", "container-title", "genre", "publisher") for x in labels[first:i])
                or labels[i - 2].lstrip("^") == "page"):
            out.append(i)
    return out


# (Harvard's year in brackets is followed by no stop: "( 2022 ) Global report")
_BRACKETED_YEAR = re.compile(r"\( (?:1[5-9]|20)\d\d (?:\) [.:]|, |\) [^\W\d_a-z]|\) [‘'“\"«])")


_OPEN_QUOTES = frozenset("«“„\"")
_CLOSE_QUOTES = frozenset("»”“\"")


def _semicolon_points(tokens: Sequence[Token], labels: Sequence[str]) -> list[int]:
    """One cut after the semicolon that joins two references in a footnote, when the labeler saw no boundary: "…
    presentato il 29 ottobre 2021; Senato della Repubblica, Servizio Studi, Dossier n. 512, “Misure …”, marzo 2022."
    The first ends with its year and has a title or container; the second opens with a capital, quotes its title
    within twenty tokens and has a year of its own after it. (Co-authors' semicolons follow a name, not a year.)"""
    if ";" not in map(_TEXT, tokens):
        return []
    n = len(tokens)
    for i in range(4, n - 6):
        further = tokens[i + 1].text in FURTHER_WORDS  # (a word saying a second reference follows: then its author
        # may hold the first's title, "Statistisches Bundesamt (Destatis), Kommunale Schulden 2021, Wiesbaden 2022")
        k = i + 1
        while k < n - 1 and (tokens[k].text in FURTHER_WORDS or (tokens[k].text == "." and k > i + 1)):
            k += 1  # ("; zob. też M. Zielonka, …", "; vgl. auch …": the words and their full stops)
        # (a German footnote's pages end in the cited page's bracket: "ZNR 2009, 15 (22 f.); Krafczyk, …")
        juristic = tokens[i - 1].text == ")" and tokens[i - 2].text in ("f", "ff", ".")
        paged = tokens[i - 1].text.isdecimal() or juristic
        if tokens[i].text == ";" and paged and (_name_shape_at(tokens, i + 1) or (
                further and (_name_shape_at(tokens, k) or _initial_first_at(tokens, k))) or (
                # (juristic notes name the author by the family name alone: "…, 15 (22 f.); Krafczyk, Landesordnung …")
                juristic and tokens[i + 1].text.istitle() and tokens[i + 1].text.isalpha() and tokens[i + 2].text == ",")) \
                and {"issued", "page"} & {x.lstrip("^") for x in labels[:i]} and any(
                    x.lstrip("^") in (_BODY | {"author"} if further or juristic else _BODY) for x in labels[:i]) \
                and any(_YEAR.fullmatch(t.text) for t in tokens[:i]) \
                and any(_YEAR.fullmatch(t.text) for t in tokens[i + 4:]):
            # a footnote's dated reference with its pages, then a name and a second dated one: "… Konstanz: UVK 2011,
            # S. 12; ferner Roth, Paul: Salzhandel …, in: ZWLG 77 (2018), S. 33–60." (its "ferner" cut as furniture)
            return [i + 1]
        if tokens[i].text != ";" or not _YEAR.fullmatch(tokens[i - 1].text) or not tokens[i + 1].text[:1].isupper() \
                or not any(x.lstrip("^") in _BODY for x in labels[:i]):
            continue
        opened = next((k for k in range(i + 2, min(n, i + 22)) if tokens[k].text in _OPEN_QUOTES), None)
        if opened is None:
            continue
        closed = next((k for k in range(opened + 2, n) if tokens[k].text in _CLOSE_QUOTES), None)
        if closed is not None and any(_YEAR.fullmatch(t.text) for t in tokens[closed:]):
            return [i + 1]
    return []


def _initial_first_at(tokens: Sequence[Token], k: int) -> bool:
    """An initial, its full stop, a family name and a comma start at ``k``: "M. Zielonka, Glosa …"."""
    return k + 3 < len(tokens) and len(tokens[k].text) == 1 and tokens[k].text.isupper() and tokens[k + 1].text == "." \
        and tokens[k + 2].text[:1].isupper() and tokens[k + 2].text.isalpha() and len(tokens[k + 2].text) >= 2 \
        and tokens[k + 3].text == ","


def _dated_quote_at(tokens: Sequence[Token], k: int, name: int = 0) -> bool:
    """A year in brackets, then 「 or 『, starts at ``k`` (after up to ``name`` single CJK characters): the author-date
    Japanese reference's "（2018）『空間経済学入門』"."""
    n = len(tokens)
    while name and k < n and len(tokens[k].text) == 1 and "\u4e00" <= tokens[k].text <= "\u9fff":
        k, name = k + 1, name - 1
    return k + 3 < n and tokens[k].text in ("(", "（") and bool(_YEAR.fullmatch(tokens[k + 1].text)) \
        and tokens[k + 2].text in (")", "）") and tokens[k + 3].text in ("「", "『")


def _dated_names_at(tokens: Sequence[Token], k: int) -> bool:
    """Japanese author-date names start at ``k``: one or more names of two to six characters joined by "・" or "、",
    then the year in brackets ("森田健一・石川浩（2016）")."""
    n = len(tokens)
    while True:
        s = k
        while k < n and k - s < 6 and len(tokens[k].text) == 1 and tokens[k].text != "・" and (
                "\u4e00" <= tokens[k].text <= "\u9fff" or "\u3040" <= tokens[k].text <= "\u30ff" or tokens[k].text == "々"):
            k += 1  # (the "・" between names sorts among the katakana)
        if not 2 <= k - s <= 6:
            return False
        if k < n and tokens[k].text in ("・", "、"):
            k += 1
            continue
        return k + 2 < n and tokens[k].text in ("(", "（") and bool(_YEAR.fullmatch(tokens[k + 1].text)) \
            and tokens[k + 2].text in (")", "）")


def _japanese_points(tokens: Sequence[Token], points: Sequence[int]) -> list[int]:
    """Cuts between Japanese references glued on one line: "西田悠『…』教文館, 2016年。大橋航平「…」『…』…": after a
    "。" that closes a reference with its year, a name of two to six characters opens the next with 「 or 『."""
    texts = set(map(_TEXT, tokens))
    if max(texts) < "\u3040" or ("。" not in texts and "." not in texts and "．" not in texts):
        return []  # (no kana or CJK token: the largest text sorts below them; most references, tested in C)
    out = []
    n = len(tokens)
    for i in range(1, n - 3):
        t = tokens[i].text
        if t in _STOPS and i + 1 not in points and _dated_names_at(tokens, i + 1) \
                and any(_YEAR.fullmatch(x.text) for x in tokens[:i]):
            out.append(i + 1)  # names, then their year in brackets: "… 北海道大学．森田健一・石川浩（2016）十勝 …"
            continue
        # "。", or a full stop after a year in brackets, a year's 年 or a page count: "… (2022). 井上真理子『…』", "…
        # 2015年．中川由美「…」", "… 256p. 高橋優子. …"
        if (t != "。" and not (t in (".", "．") and (tokens[i - 1].text in (")", "p", "頁") or _YEAR.fullmatch(
                tokens[i - 1].text) or (tokens[i - 1].text == "年" and _YEAR.fullmatch(tokens[i - 2].text))
                or (tokens[i - 1].text.isdecimal() and _dated_quote_at(tokens, i + 1, 7))))) \
                or any(p == i + 1 for p in points):
            continue  # (or after pages, when a name and its bracketed year follow: "… 120-129．藤田昌久（2018）『…』")
        k = i + 1
        while k < n and k - i <= 6 and len(tokens[k].text) == 1 and (
                "\u4e00" <= tokens[k].text <= "\u9fff" or "\u3040" <= tokens[k].text <= "\u30ff" or tokens[k].text == "々"):
            k += 1
        if not (2 <= k - i - 1 <= 6 and k < n):
            continue
        # the reference before has its year: near its end, or (author-date, when the next one is too) after its names
        dated = _dated_quote_at(tokens, k)
        if not any(_YEAR.fullmatch(x.text) for x in tokens[0 if dated else max(0, i - 6):i]):
            continue
        if (tokens[k].text in ("「", "『") and (t != "。" or any(x.text in ("「", "『") for x in tokens[:i]))) or (
                t != "。" and tokens[k].text in (".", "．") and tokens[i - 1].text in ("p", "頁")
                and any(x.text in ("p", "頁") for x in tokens[k:])) or dated:
            out.append(i + 1)  # (a name then a full stop: the next reference of a list with page counts)
    return out


# the words before a chapter's editors or book, which "Family X." would read as a name: "… Moral luck. In E. N. Zalta
# (Ed.), …", "Im A. Berg (Hrsg.): …", "Dans J. Roy (dir.), …"
_CONTAINER_WORDS = frozenset({"in", "im", "en", "em", "dans", "nel", "nella", "nei", "içinde"})


def _titled_at(tokens: Sequence[Token], k: int) -> bool:
    """After the year's closing bracket at ``k``, a title: ")." or "):" and a word, not a link. (Springer's "…, pp.
    55–72. Springer, Cham (2023). https://doi.org/…" ends a reference with its publisher, place and year.)"""
    n = len(tokens)
    if k < n and tokens[k].text == ")":
        k += 1
    if k < n and tokens[k].text in (".", ":", ","):
        k += 1
    if k >= n:
        return False
    t = tokens[k].text
    # (any quotation mark may open a title: Swedish opens with ”, "”Vården på landsbygden”")
    return (t[:1].isalpha() and t.lower() not in _NO_TITLE) or t in _OPEN_QUOTES or t in _CLOSE_QUOTES \
        or t in ("‘", "’", "'", "‚", "‹", "›", "「", "『", "《")


# what follows a reference's year that is no title: its identifiers and links
_NO_TITLE = frozenset({"http", "https", "doi", "www", "isbn", "issn", "pmid", "pmcid", "arxiv", "url", "urn", "hdl"})


def _name_shape_at(tokens: Sequence[Token], k: int) -> bool:
    """A family name then initials starts at ``k``: "Weber, M.", "Морозова Т. В.", "Brown A,"."""
    t = tokens[k].text
    if not (len(t) >= 2 and t[:1].isupper() and t.isalpha() and k + 2 < len(tokens)) or t.lower() in _CONTAINER_WORDS:
        return False
    a, b = tokens[k + 1].text, tokens[k + 2].text
    if a == "/" and k + 3 < len(tokens) and len(b) >= 2 and b[:1].isupper() and b.isalpha() \
            and tokens[k + 3].text == ",":
        return True  # German juristic notes' co-authors, family names alone: "Kühn/Albers, Haushaltssicherung …"
    if a == "," and k + 3 < len(tokens):
        a, b = b, tokens[k + 3].text
        # a given name in full, then the next name or the year: "Hoffmann, Lars/Kück, Anja (2020):"
        # (or its year with no bracket: Swedish Harvard's "Nyberg, Karl 2019. Varvsarbetare …")
        # (or Chicago's author-date, the year a sentence of its own: "Baptiste, Renée. 2020. Sugar …")
        if len(a) >= 2 and a[:1].isupper() and a[1:].islower() and a.isalpha() and (b in ("/", ";", "&", ":") or (
                b == "(" and k + 4 < len(tokens) and _YEAR.fullmatch(tokens[k + 4].text) and _titled_at(tokens, k + 5)) or (
                _YEAR.fullmatch(b) and k + 4 < len(tokens) and tokens[k + 4].text == ".")
                or (b == "." and _year_sentence_at(tokens, k + 3))):
            return True  # (not "WINDECKER, Saras (ed.)": an editor)
    # (a colon after the initials, then the title, in the German medical journals' style: "… 100–5. Weber C: Vorhof…")
    return len(a) <= 3 and a.isalpha() and a.isupper() and (b in (".", ",") or (
        b == ":" and k + 3 < len(tokens) and tokens[k + 3].text[:1].isupper()))


def _glued_standard_points(tokens: Sequence[Token], points: Sequence[int]) -> list[int]:
    """Standards pasted without a space between them, "… Berlin : Beuth, 2015DIN EN ISO 50001:2018‑12 …": a standard's
    designation glued to the year that closes the one before opens the next reference."""
    out = []
    for i in range(2, len(tokens) - 2):
        t = tokens[i]
        if t.space_before or t.text not in STANDARD_BODIES or i in points or not _YEAR.fullmatch(tokens[i - 1].text):
            continue
        head = "".join((" " if x.space_before else "") + x.text for x in tokens[i:i + 8])
        if STANDARD_CODE.match(head):
            out.append(i)
    return out


def _past_page_count(tokens: Sequence[Token], p: int) -> int:
    """``p``, or the next entry's number when ``p`` opens a page count ("312 с. 2. Орлова": 2, not 312)."""
    n = len(tokens)
    if p + 4 < n and tokens[p].text.isdecimal() and tokens[p + 1].text.lower() in PAGE_COUNT_UNITS \
            and tokens[p + 2].text == "." and tokens[p + 3].text.isdecimal() and len(tokens[p + 3].text) <= 3 \
            and tokens[p + 4].text in (".", ")"):
        return p + 3
    return p


def _second_name_and_date(tokens: Sequence[Token], segs: Sequence[Segment]) -> list[int]:
    """One cut for two references glued on a line whose labels show no boundary: a second date after
    the first, and between them a sentence that opens with a family name and initials (however the
    labeler read it: "… Haus zum Falken. Weber, M. (1922): …", "… 412 с. Морозова Т. В. …")."""
    if sum(1 for s in segs if s.label == "issued") < 2:
        return []  # two dates needed: counted before any year is matched
    dates = [s for s in segs if s.label == "issued" and any(_YEAR.fullmatch(t.text)
                                                             for t in tokens[s.first:s.last + 1])]
    if len(dates) < 2:
        return []
    first, second = dates[0], dates[-1]
    cuts = [k for k in range(first.last + 2, second.first)
            if tokens[k - 1].text == "." and tokens[k].space_before and tokens[k].text not in REPRINT_WORDS
            and _name_shape_at(tokens, k)]  # (Chicago's "1994. Reprint, Chicago: …" is the same book's printing)
    if not cuts:
        return []
    # a name written initials first ("… 8 ott 2016 J. Kogut, L. Susskind"): the cut goes before its initials, unless
    # a role word names them ("red. A. Mazur, M. Kowalczyk" is the editors of the same reference)
    k = cuts[-1]
    while k >= 2 and tokens[k - 1].text == "." and len(tokens[k - 2].text) == 1 and tokens[k - 2].text.isupper():
        k -= 2
    if k < cuts[-1] and k >= 2 and tokens[k - 1].text == "." and "editor" in term_classes(tokens[k - 2].text.lower()):
        return []
    return [k]


# the nouns of a list's section headings ("Primary Sources and Archival Collections", "Quellen und Literatur")
_SECTION_NOUNS = SECTION_WORDS | {"collections", "archives", "works", "publications", "documents", "materials", "fontes",
                                  "źródła", "prameny",
                                  # a list's parts by kind of work: "3.2 Journal articles", "B. Monografie"
                                  "articles", "books", "monographs", "chapters", "reports", "theses", "websites",
                                  "aufsätze", "monographien", "ouvrages", "libros", "artículos", "livros", "artigos",
                                  "libri", "articoli", "monografie", "artykuły", "boeken", "artikelen", "böcker",
                                  "artiklar", "kitaplar", "makaleler", "книги", "статьи", "články"}
_HEADING_LINKS = AND_WORDS | {"of", "de", "&"}
# "list of …" words that open a heading of the back matter ("Wykaz skrótów …", "Seznam zkratek", "Verzeichnis der …")
_LIST_HEADS = frozenset({"wykaz", "spis", "seznam", "přehled", "verzeichnis", "список", "перечень", "elenco", "índice",
                         "lijst", "förteckning", "abbreviations", "abkürzungen", "abréviations", "abreviaturas",
                         "abbreviazioni", "afkortingen", "förkortningar", "kısaltmalar", "сокращения", "zkratky"})


# a section's number before its heading: "II. Gedruckte Quellen", "B. Literatur", "2.1 Primary sources", "A) Fontes"
_SECTION_NUMBER = re.compile(r"^\s*(?:[IVX]{1,5}|[A-H]|\d{1,2}(?:\.\d{1,2})*)(?:[.)]\s+|\s+(?=[^\W\d_]))")


def _heading_shape(words: Sequence[Token], text: str) -> bool:
    """A short line of capitalised words, no digit and no full stop, naming a list's section: a heading that
    the splitter's list of headings does not hold. Its section number is no part of it ("II. Gedruckte Quellen
    und Literatur"); a numbered one has no comma either ("A. Smith, Archives and Power" is a name and a title)."""
    if m := _SECTION_NUMBER.match(text):
        if "," in text:
            return False
        base = words[0].start if words else 0
        words = [w for w in words if w.start - base >= m.end()]
        text = text[m.end():]
    if any(c.isdigit() or c in ".;()[]" for c in text) or len(words) < 2:
        return False
    if words[0].text[:1].isupper() and all(w.text.islower() for w in words[1:]) and (
            words[0].text.lower() in _SECTION_NOUNS | _LIST_HEADS
            or (len(words) <= 3 and words[-1].text in _SECTION_NOUNS)):
        # sentence case, as most languages write a heading: "Wykaz skrótów i źródeł", "Fontes primárias", "Journal
        # articles", "Online sources"
        return True
    if not all(w.text[:1].isupper() or w.text in _HEADING_LINKS for w in words):
        return False
    return any(w.text.lower() in _SECTION_NOUNS for w in words)


# a page's running header copied with the list: "Mens & Maatschappij • jaargang 97 • nr. 3 • 2022" (pieces between
# "•", "·" or "|"), "218 REVISTA DE ESTUDIOS SOCIALES N.º 74 · octubre-diciembre 2020" (the page number first)
_HEADER_SEP = re.compile(r"\s[•·|]\s")
_ROMAN = re.compile(r"\b[IVXLC]+\b")
_PAGE_FIRST = re.compile(r"^(?!(?:1[5-9]|20)\d\d\b)\d{1,4}\s+(?=[^\W\d_])")  # (a year first is a reference's)
_WORD_STOP = re.compile(r"\b([^\W\d_]{3,})\.\s+(?=[^\W\d_])")
# (past a wide gap, or a bar: "… 2022 | 15"; a year after a bar is the header's last piece: "… • nr. 3 • 2022")
_PAGE_WORD_LAST = re.compile(r"\S {3,}(?:página|pagina|page|seite|strona|stránka|strana|sayfa|sida|blz|стр|с)\.?\s*"
                             r"\d{1,4}\s*$", re.I)
_PAGE_LAST = re.compile(r"\S(?: {2,}|\s+[|•·]\s+(?!(?:1[5-9]|20)\d\d\s*$))\d{1,4}\s*$")
_ENDS_WITH_YEAR = re.compile(r"(?:1[5-9]|20)\d\d\W{0,2}$")
# a journal's volume and issue ending a running header: "VOL. 71, NO. 1", "Jg. 12, H. 3", "т. 5, № 2"
_ISSUE_TAIL = re.compile(r"(?<![^\W\d_])(?:(?:vol|volume|no|nr|n[°º]|num|issue|heft|h|jg|jahrgang|jaargang|t|tome|bd|"
                         r"anno|año|ano|rok|roč|vyp|вып|т|№)\.?\s*\d{1,4}[\s,;]*)+$", re.I)
_HEADER_NAME = re.compile(r"\s*[^\W\d_](?:[^\W\d_]|[’'-])*(?:\s+(?:[^\W\d_](?:[^\W\d_]|[’'-])*|&))*\s*")
# a running head set in capitals (no lower-case letter in it): the journal's name, then its volume or issue, with the
# page number first or last and the date anywhere after ("IEEE TRANSACTIONS ON SMART GRID, VOL. 14, NO. 2, MARCH 2023
# 1187", "1532 IEEE JOURNAL OF …, VOL. 37, NO. 2, FEBRUARY 2022")
_CAPS_HEAD = re.compile(r"^\s*(?:\d{1,4}\s+)?[^\W\d_][^\d.;:\"“”«»]{2,80}?,?\s+(?:VOL|NO|NR|N°|Nº|T|BD|JG|H)\.?\s*\d{1,4}\b"
                        r"[^\"“”«»]{0,60}$")
_WHO_OR_WHERE = frozenset({"author", "editor", "publisher", "genre", "DOI", "URL", "arXiv", "PMID", "ISBN"})


_CJK_VOLUME_HEAD = re.compile(r"第\s*\d+\s*卷\s*(?:第\s*\d+\s*期)?\s")


def _running_header(text: str, found: set[str], segs: Sequence[Segment]) -> bool:
    """A journal's name with its volume, issue and date and nothing else: no one, no publisher, no identifier, at
    most one title or container (the journal's name), a year at the end, and either pieces between separators
    each short and all but one holding a number, or a page number before the name (or after the year, past a wide
    gap) and a number between them."""
    if text[:1] == "第" and len(text) <= 120 and _CJK_VOLUME_HEAD.match(text):
        return True  # a Chinese journal's page head: "第 49 卷 第 3 期    测  绘  学  报    Vol.49，No.3"
    if len(text) <= 160 and "   " in text and _PAGE_WORD_LAST.search(text):
        return True  # a page's foot, its page named last past a wide gap: "Rev Esp Salud Pública. 2021; … Página 14"
    if ("•" in text or "·" in text or "|" in text) and len(text) <= 120:
        pieces = _HEADER_SEP.split(text)
        if len(pieces) >= 4 and any(_YEAR.search(p) for p in pieces) and all(len(p) <= 60 for p in pieces) and sum(
                1 for p in pieces if not any(c.isdigit() for c in p) and not _ROMAN.search(p)) <= 1:
            # four pieces or more, all but one numbered, the page among them: "ČASOPIS LÉKAŘŮ ČESKÝCH • 2019 • ROČNÍK
            # 158 • ČÍSLO 3 • STRANA 114" (whatever the labeler read in the journal's name in capitals)
            return True
    if found & _WHO_OR_WHERE or len(text) > 120 or sum(1 for s in segs if s.label in _BODY) > 1:
        return False
    if m := _PAGE_LAST.search(text):
        # the page number last, past a wide gap: "Rev. Bras. Geogr., Rio de Janeiro, v. 64, n. 1, jan./jun. 2019     44"
        head = text[:m.start() + 1]
        middle = _ENDS_WITH_YEAR.sub("", head)
        # (a sentence's last word, not a journal's abbreviated word: "Cad. Saúde Pública", "Rev. Bras. Geogr.")
        return bool(_ENDS_WITH_YEAR.search(head)) and bool(re.search(r"\d", middle)) \
            and not any(w.islower() for w in _WORD_STOP.findall(middle))
    if _CAPS_HEAD.match(text) and not any(c.islower() for c in text):
        return True
    if not _ENDS_WITH_YEAR.search(text):
        # or the volume and issue last, with no year: "140 JOURNAL OF ECCLESIASTICAL STUDIES VOL. 71, NO. 1" (the
        # page number, then the journal's name alone: no full stop or comma in it)
        return bool((m := _PAGE_FIRST.match(text)) and (tail := _ISSUE_TAIL.search(text, m.end()))
                    and _HEADER_NAME.fullmatch(text, m.end(), tail.start()))
    pieces = _HEADER_SEP.split(text)
    if len(pieces) >= 3:
        # (a volume or issue may be in Roman numerals: "anno CXXXII · fascicolo II")
        return all(len(p) <= 60 for p in pieces) and sum(
            1 for p in pieces if not any(c.isdigit() for c in p) and not _ROMAN.search(p)) <= 1
    m = _PAGE_FIRST.match(text)
    if not m:
        return False
    middle = _ENDS_WITH_YEAR.sub("", text[m.end():])
    # a volume or issue between the name and the date ("N.º 74", "47(2)", ", 61-2,"), and no sentence's full stop
    return bool(re.search(r"\d", middle)) and not re.search(r"[^\W\d_]{3,}\.\s+[^\W\d_]", middle)


# a page's footer that opens with its page count: "Page 7 of 19 J. Geophys. Res. 124 (2019) 2210 T Lind et al" (what
# follows it is the journal's citation line, short and with no final full stop)
_PAGE_OF = re.compile(r"^\W*(?:page|seite|página|pagina|pag|strona|stránka|sida|sayfa|страница|стр)\.?\s+\d{1,4}\s*"
                      r"(?:of|de|von|di|sur|z|av|из|/)\s*\d{1,4}\b", re.I)


# a note's mark opening a sentence: an author's note under a title ("* Bu çalışma, birinci yazarın … tezinden
# üretilmiştir.", "* This article is based on …"); a meta-analysis marks its studies with "*" too ("*Smith, J. (2010).")
_NOTE_MARK = re.compile(r"^\s*[*†‡]+\s*(?=[^\W\d_])")


def _note_sentence(text: str, tokens: Sequence[Token], letter_words: Sequence[Token]) -> bool:
    """One sentence after a note's mark: six words or more, at least 40% of them after the first in lower case,
    not opened by a name ("Smith, J.", "SILVA, A.") and with no full stop inside it after a word of three letters
    or more (a reference's fields are sentences of their own: "… Organization. (2020). Report …")."""
    if not _NOTE_MARK.match(text) or len(letter_words) < 6:
        return False
    first = letter_words[0]
    k = tokens.index(first)
    if (k + 1 < len(tokens) and tokens[k + 1].text == ",") or first.text.isupper() \
            or any(q in text for q in "„“”«»\""):
        return False  # (a name: "Smith,", "SILVA", an initial "T. Dominiaková"; a quoted title is a reference's)
    rest = letter_words[1:]
    if sum(1 for t in rest if t.text[0].islower()) < 0.4 * len(rest):
        return False
    return not any(t.text == "." and len(tokens[i - 1].text) >= 3 and tokens[i - 1].text.isalpha()
                   for i, t in enumerate(tokens[:-1]) if i > k)


# a court decision or a statute by its form, whatever the labeler made of it (a reference never dropped for the labels
# it got): "Fenwick v Corbridge Holdings Ltd [1994] 1 WLR 1187 (CA)", "R (Okafor) v Secretary of State [2021] EWHC
# 2210 (Admin)", "Re Smith [2001] …"; "Coroners and Inquests (Records) Act 2021"; "Gesetz zur Förderung … vom 5. Juni
# 2021", "Loi n° 2016-1321 du …", "Ley 7/2021, de 20 de mayo", "Legge 12 luglio 2021, n. 106", "Ustawa z dnia …"
_LEGAL_FORM = re.compile(
    r"^\W*(?:re\s+|in\s+re\s+|[A-Z][^\s\[\]]*(?:\s+[^\s\[\]]+){0,8}?\s+vs?\.?\s+)[A-Z][^\[\]]{0,120}?"
    r"[\[(](?:1[6-9]|20)\d\d[\])]\s*(?:\d{1,4}\s+)?[A-Z]"
    r"|^\W*(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|the|on|\(\w+\))\s+)*)+Act\s+(?:1[6-9]|20)\d\d\b"
    r"|^\W*(?:" + ACT_WORDS + r")\b"
    r"[^.]{0,100}?(?:(?:1[6-9]|20)\d\d|n[°º.o]|nr\.?\s*\d|no\.?\s*\d|č\.\s*\d|№|\d+/\d{4})", re.I)
# a statute's title reads like a sentence ("Gesetz zur Förderung der Elektromobilität vom 5. Juni 2021."): its act
# word first, then a full date or a statute's number, which a sentence about an act ("Ustawa została zmieniona
# w 2019 r.") does not have
_STATUTE = re.compile(
    r"^\W*(?:" + ACT_WORDS + r")\b[^.]{0,100}?"
    r"(?:\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?\s+(?:de\s+)?(?:1[6-9]|20)\d\d\b|n[°º]\s*\d|\bnr\.?\s*\d|№\s*\d|"
    r"\b\d{1,4}/(?:1[6-9]|20)\d\d\b|\b(?:1[6-9]|20)\d\d[-/:]\d{1,5}\b)", re.I)


def is_reference(text: str, tokens: Sequence[Token], labels: Sequence[str], segs: Sequence[Segment]) -> tuple[bool, str]:
    """Whether the labelled string is a reference, and why not when it is not."""
    # the words, those of letters, and the words the labeler gave a field (not a separator or a note):
    # one pass over the tokens for the three
    words: list[Token] = []
    letter_words: list[Token] = []
    labelled = 0
    if len(labels) < len(tokens):  # (labels missing at the end count as separators)
        labels = [*labels, *["O"] * (len(tokens) - len(labels))]
    for t, lab in zip(tokens, labels, strict=False):
        first = t.text[:1]
        if first.isalnum():
            words.append(t)
            if first.isalpha():
                letter_words.append(t)
            if lab != "O" and lab.lstrip("^") not in ("O", "note"):
                labelled += 1
    if not words:
        return False, "no words"
    if (_BACKREF.match(text) and len(words) <= 8) or (len(words) <= 10 and _BACKREF_AFTER_NAME.match(text)):
        return False, "back reference (ibid., op. cit.)"
    if _SEE.match(text) and (not _YEAR.search(text) or _INTERNAL.search(text)):
        return False, "a cross-reference note (see, vgl., voir) without a year, or to a part of the work"
    if not _YEAR.search(text) and _INTERNAL.search(text) and _POSITION.search(text):
        return False, "a note pointing above or below in the work (s. unten Kap. 3, voir supra note 4)"
    if _ACCORDING.match(text):
        return False, "a note reporting a source (according to, selon, laut)"
    if (m := _CITED_IN.match(text)) and _SHORT_POINTER.match(text, m.end()) \
            and not any(c in text for c in "《“\"«：:"):  # (a work named in it: "转引自王明：《…》", a reference)
        return False, "a note naming where a quotation was found (cited in, citado en, zitiert nach)"
    if _CAPTION.match(text):
        return False, "a figure or table caption"
    if _THANKS.match(text):
        return False, "acknowledgements"
    if _FURNITURE.match(text) or ("|" in text and _PIPED_FOOTER.match(text)):
        return False, "a note or the article's furniture (conflicts of interest, correspondence, page)"
    if _CORRESPONDENCE.match(text) and (_EMAIL.search(text) or not _YEAR.search(text)):
        return False, "an address for correspondence"
    if text[:1].islower() and _IN_TEXT.search(text):
        return False, "a sentence of the text citing author-date sources"
    if (m := _IN_TEXT_PAGE.search(text)) and sum(w[:1].islower() for w in m.group(1).split()) >= 3 \
            and legal_fields(text) is None:  # (not an act cited by its number: "Lag (2022:311) om ändring i …")
        return False, "a sentence of the text citing author-date sources"
    if ")" in text and (m := _CITED_IN_SENTENCE.search(text)) and m.start() > 20 and _mostly_lower(letter_words, 0.6) \
            and len(letter_words) >= 12:
        return False, "a sentence of the text citing an author and year"
    if opens_with_end_marker(text) or (len(words) <= 6 and is_end_marker(text)):
        return False, "a web page's furniture after the list (related posts, read more)"
    if why := _web_furniture(text, words):
        return False, why
    if _note_sentence(text, tokens, letter_words):
        return False, "an author's note: a sentence after a note's mark"
    if _plain_sentence(tokens, letter_words) and not _STATUTE.match(text) and legal_fields(text) is None:
        return False, "a plain sentence: mostly lower-case words, no separators"
    if len(words) <= 6 and (is_heading(text) or _heading_shape(words, text)):
        return False, "a reference-list heading"
    if "ECLI:" in text:
        return True, ""  # a court decision by its European Case Law Identifier, whatever the labeler made of it
    found = {s.label for s in segs}
    if opens_with_see_also(text) and not found & (_WHO_OR_WHERE | {"container-title"}) - {"genre"}:
        return False, "a web page's \"see also\" link (no one, no container, no publisher)"
    if (m := _PAGE_OF.match(text)) and len(text) - m.end() <= 100 and not text.rstrip().endswith((".", ")", "]")):
        return False, "a page's footer (its page count, the journal's citation line)"
    if _running_header(text, found, segs):
        return False, "a page's running header (a journal's name, volume, issue and date)"
    if not found & (_BODY | {"author", "editor", "DOI", "URL", "arXiv", "PMID", "ISBN"}):
        if _LEGAL_FORM.match(text) or legal_fields(text) is not None:
            return True, ""  # (a decision the labeler reads no field in: "Cass. civ., sez. II, 4 aprile 2016, n. 6512.")
        return False, "no title, container, author or identifier"
    if len(words) < 4 and not any(t.text[0].isdigit() for t in words):
        return False, "too short, no number"
    if labelled < 0.4 * len(words) and legal_fields(text) is None:  # (an act the labeler read as a note: "Zákon č.
        # 561/2004 Sb., o předškolním … vzdělávání (školský zákon), ve znění pozdějších předpisů.")
        return False, "mostly unlabelled text"
    if len(letter_words) > 6 and not found & _LOCATOR_NOT_DATE and not _YEAR.search(text):  # cheapest first
        lower = sum(1 for t in letter_words if t.text[0].islower())
        if lower > 0.6 * len(letter_words):
            return False, "sentence-like text without a year or locator"
    return True, ""
