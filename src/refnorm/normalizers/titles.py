"""Titles: the words of the title only, without the punctuation the source style wrapped them in.

A style adds its own quotes, italics and final period, so the stored title has none of the
source's: ``“Deep learning.”`` -> ``Deep learning``; ``[Internet]``/``[Online]``/``[En ligne]``
medium markers go; question and exclamation marks stay (they are part of the title), and so do
abbreviations at the end (``U.S.``).
"""

from __future__ import annotations

import re

from refnorm.normalizers.unicode import QUOTE_CLOSERS, clean

__all__ = ["clean_title"]

# Medium markers that some styles (Vancouver, ISO 690, GOST) put after a title.
_MEDIUM = re.compile(
    r"\s*[\[(]\s*(?:internet|online|on-?line|en\s+ligne|en\s+línea|em\s+linha|in\s+linea|electronic\s+resource"
    r"|online\s+resource|elektronische\s+ressource|online-ressource|recurso\s+electr[oó]nico|recurso\s+eletr[oô]nico"
    r"|ressource\s+[ée]lectronique|электронный\s+ресурс|електронний\s+ресурс|computer\s+file|web\s*page"
    r"|website|e-?book|pdf|cd-rom|dvd|serial\s+online|monograph\s+online|database\s+on\s+the\s+internet"
    r"|homepage\s+on\s+the\s+internet|texte\s+imprimé|text|текст|dokument\s+elektroniczny|elektronick[ýá]\s+zdroj"
    r"|elektronisk\s+res(?:urs|surs)|risorsa\s+elettronica|risorsa\s+online|çevrimiçi|elektronische\s+bron"
    r"|elektronički\s+izvor|elektronikus\s+dokumentum|verkkoaineisto|オンライン|電子資料|电子资源|電子資源)\s*[\])]\s*"
    # GB/T 7714 document-type codes: "[J]" journal article, "[M]" book, "[EB/OL]" online resource...
    r"|\s*\[(?-i:[JMCDRSPNGZAK]|EB|DB|CP|DS|CM|CA)(?-i:/(?:OL|MT|DK|CD))?\]\s*",
    re.IGNORECASE,
)
# What may enclose a whole title: the quotation marks, and some marks people use as if they were
_PAIRS = {**QUOTE_CLOSERS, "'": "'", "”": "”", "»": "«", "〈": "〉", "[": "]", "(": ")", "*": "*", "_": "_"}
_SEPARATORS = " .,;:/-–—\u3002\uff0c\uff1b\uff1a"
# "U.S." or "Inc." at the end keeps its period, and so does a year's or a century's abbreviation: Polish "w 2021 r.",
# Russian "в 2018 г.", "1970–1990-х гг.", "XVIII–XIX вв.", German "18. Jh.", Turkish "19. yy."
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|etc|et al|Jr|Sr|St|vs|cf)\.$|(?<![\w.'’])[a-z]\.$"
                         r"|(?<![\w.'’])(?:[гв]|гг|вв|рр|Jh|Jhs|yy)\.$")
# American punctuation inside a closing quote: 'the Squantum "Tillite."'
_PUNCT_IN_QUOTE = re.compile(r"[.,;:]([”\"’'»])$")


def _strip_lone(text: str) -> str:
    """A quote opened and never closed ("“Yates’ correction"), or closed and never opened."""
    closers = QUOTE_CLOSERS.get(text[:1])
    if closers and text[0] != '"' and not any(c in text[1:] for c in closers):
        return text[1:].lstrip()
    if text[-1:] in ("”", "»") and not any(o in text[:-1] for o, cs in QUOTE_CLOSERS.items() if text[-1] in cs):
        return text[:-1].rstrip()
    return text


def _strip_pair(text: str) -> str:
    if len(text) >= 2 and text[0] in _PAIRS and text[-1] in _PAIRS[text[0]]:
        inner = text[1:-1]
        if text[0] in "[(":
            # "(a) and (b)" is not enclosed: the first opener must close at the very end
            depth = 0
            for ch in inner:
                depth += (ch == text[0]) - (ch == text[-1])
                if depth < 0:
                    return text
        if text[0] == text[-1] and text[0] in inner:  # '"a" and "b"' is two quotations
            return text
        return inner.strip()
    return text


# "J. Biol. Chem." is abbreviated throughout (a period inside, then a short word and its period at the end,
# all on one line): its last period is part of the abbreviation
_ABBREVIATION_INSIDE = re.compile(r"\w\.[\s-]")
_ABBREVIATED_END = re.compile(r"(?<!\w)[^\W\d_]{1,8}\.$")
# _ABBREV_END and _ABBREVIATED_END look at the end only: searching from here keeps each test short
_TAIL = 64


def _strip_separators(text: str, abbreviated: bool) -> str:
    # Walk an end index instead of slicing and re-searching the whole text for every character
    # dropped: ". . . . ." took quadratic time (37 s for 20 kB).
    end = len(text)
    inside = _ABBREVIATION_INSIDE.search(text) if abbreviated else None
    newline = text.find("\n")
    while end and text[end - 1] in _SEPARATORS:
        if text[end - 1] == "." and (
                _ABBREV_END.search(text, max(0, end - _TAIL), end) or text.startswith("...", end - 3)
                or (inside is not None and inside.end() <= end and (newline < 0 or newline >= end)
                    and _ABBREVIATED_END.search(text, max(0, end - _TAIL), end))):
            break
        end -= 1
    return text[:end].lstrip(" ,;:")


def clean_title(text: str, *, abbreviated: bool = False) -> str:
    """The bare title: ``"“Deep learning.” [Internet]."`` -> ``"Deep learning"``.

    With ``abbreviated`` (journal names), a final period that ends an abbreviation stays:
    ``"J. Biol. Chem."``.

    Idempotent: ``clean_title(clean_title(t)) == clean_title(t)``.
    """
    text = clean(text)
    if not text:
        return text
    # “Title,” [Internet]. -> Title, -> Title; each round shortens the text or stops. Real titles need two or
    # three rounds; the cap keeps "((((...))))" garbage linear instead of quadratic.
    for _ in range(64):
        before = text
        if "[" in text or "(" in text:
            # the marker goes with the space before it: "Title [Internet]. [cited" -> "Title. [cited", but
            # "Война и мир [Текст] : роман" keeps the space the style put before its colon
            text = _MEDIUM.sub(lambda m: " " if m.group()[-1:].isspace() else "", text).strip()
            if "  " in text:  # two markers side by side leave two spaces ("0[Internet][Internet]0")
                text = re.sub(r" {2,}", " ", text)
        if text.startswith("``"):  # TeX quotes; in the loop, as "````" opens twice
            text = "“" + text[2:]
            text = re.sub(r"''([.,;:]?)$", r"”\1", text)
        text = _strip_separators(text, abbreviated)
        text = _strip_pair(text)
        text = _strip_lone(text)
        if _PUNCT_IN_QUOTE.search(text) and text[-1] != text[-2:-1]:
            text = text[:-2] + text[-1]
        if text == before:
            break
    return text
