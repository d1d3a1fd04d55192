"""Output formats: citeproc-py formatter modules and the final touches citeproc-js applies.

citeproc-js escapes ``&`` as ``&#38;`` in HTML where citeproc-py's formatter writes
``&amp;``; the text output is stripped of surrounding whitespace.
"""

from __future__ import annotations

import re
from types import ModuleType

from citeproc.formatter import html, plain

from refnorm.rendering.patches.quotes import resolve_quotes
from refnorm.rendering.patches.terms import capitalize_leading_term

__all__ = ["finish", "get"]

_FORMATTERS = {"text": plain, "html": html}


def get(output: str) -> ModuleType:
    """The citeproc-py formatter module for `output` ("text" or "html")."""
    return _FORMATTERS[output]


def finish_options(style_root: object) -> tuple[tuple[str, str, str, str], bool]:
    """The locale's quotation marks and punctuation-in-quote option for a loaded style."""
    quotes = tuple(str(style_root.get_single_term(name))
                   for name in ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote"))
    piq = False
    for locale in style_root.locales:
        options = locale.find("{http://purl.org/net/xbiblio/csl}style-options")
        if options is not None and options.get("punctuation-in-quote") is not None:
            piq = options.get("punctuation-in-quote").lower() == "true"
            break
    return quotes, piq  # type: ignore[return-value]


# citeproc-js's HTML output writes superscript characters as <sup> ("JavaScript<sup>TM</sup>",
# "2<sup>e</sup> éd."); its text output keeps the characters
_SUPERSCRIPTS = {
    "ª": "a", "²": "2", "³": "3", "¹": "1", "º": "o", "ʰ": "h", "ʲ": "j", "ʳ": "r", "ʷ": "w", "ʸ": "y",
    "ˡ": "l", "ˢ": "s", "ˣ": "x", "ᵃ": "a", "ᵇ": "b", "ᵈ": "d", "ᵉ": "e", "ᵍ": "g", "ᵏ": "k", "ᵐ": "m",
    "ᵒ": "o", "ᵖ": "p", "ᵗ": "t", "ᵘ": "u", "ᵛ": "v", "⁰": "0", "ⁱ": "i", "⁴": "4", "⁵": "5", "⁶": "6",
    "⁷": "7", "⁸": "8", "⁹": "9", "⁺": "+", "⁼": "=", "⁽": "(", "⁾": ")", "ⁿ": "n", "℠": "SM",
    "™": "TM", "ᴬ": "A", "ᴮ": "B", "ᴰ": "D", "ᴱ": "E", "ᴳ": "G", "ᴴ": "H", "ᴵ": "I", "ᴶ": "J", "ᴷ": "K",
    "ᴸ": "L", "ᴹ": "M", "ᴺ": "N", "ᴼ": "O", "ᴾ": "P", "ᴿ": "R", "ᵀ": "T", "ᵁ": "U", "ᵂ": "W",
}
_STOP_ACROSS_TAG = re.compile(r"([.?!])((?:</(?:i|b|sup|sub|span)>)+)\.")
_SUPERSCRIPT_TABLE = str.maketrans({k: f"<sup>{v}</sup>" for k, v in _SUPERSCRIPTS.items()})


def finish(entry: object, output: str, options: tuple[tuple[str, str, str, str], bool]) -> str:
    """The rendered `entry` as citeproc-js would print it (without its trailing newline)."""
    text = str(entry) if entry is not None else ""
    text = capitalize_leading_term(resolve_quotes(text, *options))
    if output == "html":
        text = text.replace("&amp;", "&#38;").replace("&lt;", "&#60;").replace("&gt;", "&#62;")
        text = _STOP_ACROSS_TAG.sub(r"\1\2", text)  # "<i>et al.</i>." -> "<i>et al.</i>"
        return text.translate(_SUPERSCRIPT_TABLE)
    return text.strip()
