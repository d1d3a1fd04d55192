"""LaTeX text to Unicode and back, for reference text living in .tex and .bib files.

The only module that imports pylatexenc (a dependency of bibtexparser 2). Decoding is for
parsing: accents, ``{\\em ...}``, ``\\newblock``, ``--``, ``~`` become plain text. Encoding is for
writing rendered references back: Unicode is kept (LaTeX has read UTF-8 by default since 2018)
and only the characters LaTeX treats specially are escaped.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from pylatexenc.latex2text import LatexNodes2Text

__all__ = ["html_to_latex", "latex_to_text", "text_to_latex"]

_URL = re.compile(r"\\(?:url|href)\{([^{}]*)\}(?:\{[^{}]*\})?")
_NEWBLOCK = re.compile(r"\\newblock\b\s*")
_SPACES = re.compile(r"[\s\u00a0]+")
_SPECIALS = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
             "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}
_SPECIAL_RE = re.compile("|".join(re.escape(c) for c in _SPECIALS))


@lru_cache(maxsize=1)
def _converter() -> LatexNodes2Text:
    return LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=False)


def latex_to_text(latex: str) -> str:
    """Plain text for a LaTeX fragment, whitespace collapsed; URLs kept as they are written."""
    urls: list[str] = []

    def keep(m: re.Match[str]) -> str:
        urls.append(m.group(1))
        return f"\x00{len(urls) - 1}\x00"

    latex = _NEWBLOCK.sub(" ", _URL.sub(keep, latex))
    if "\\" in latex or "{" in latex or "~" in latex or "--" in latex:
        latex = _converter().latex_to_text(latex)
    latex = re.sub(r"\x00(\d+)\x00", lambda m: urls[int(m.group(1))], latex)
    return _SPACES.sub(" ", latex).strip()


def text_to_latex(text: str, *, urls: bool = True) -> str:
    """Escape LaTeX's special characters; URLs and DOIs links become ``\\url{...}`` when asked."""
    if not urls:
        return _SPECIAL_RE.sub(lambda m: _SPECIALS[m.group(0)], text)
    out, pos = [], 0
    for m in re.finditer(r"https?://\S+?(?=[.,;]?(?:\s|$))", text):
        out.append(_SPECIAL_RE.sub(lambda c: _SPECIALS[c.group(0)], text[pos:m.start()]))
        out.append(r"\url{" + m.group(0) + "}")
        pos = m.end()
    out.append(_SPECIAL_RE.sub(lambda c: _SPECIALS[c.group(0)], text[pos:]))
    return "".join(out)


_TAGS = {"i": r"\emph{", "em": r"\emph{", "b": r"\textbf{", "strong": r"\textbf{", "sup": r"\textsuperscript{",
         "sub": r"\textsubscript{"}
_HTML_TOKEN = re.compile(r"<(/?)([a-zA-Z]+)([^>]*)>|[^<]+")


def html_to_latex(markup: str) -> str:
    """LaTeX for the HTML the renderer prints: italics, bold, small caps, super- and subscripts.

    Text is unescaped from HTML and escaped for LaTeX; other tags (``div``, ``a``...) are dropped.
    """
    out: list[str] = []
    stack: list[bool] = []  # whether each open tag wrote a brace
    for m in _HTML_TOKEN.finditer(markup):
        closing, tag, attrs = m.group(1), (m.group(2) or "").lower(), m.group(3) or ""
        if not m.group(2):
            out.append(text_to_latex(html.unescape(m.group(0))))
        elif closing:
            if stack and stack.pop():
                out.append("}")
        elif attrs.rstrip().endswith("/"):
            continue
        else:
            command = _TAGS.get(tag) or (r"\textsc{" if "small-caps" in attrs else None)
            stack.append(command is not None)
            if command:
                out.append(command)
    out.extend("}" for opened in stack if opened)
    return "".join(out).strip()
