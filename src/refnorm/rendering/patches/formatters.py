"""Output formats: citeproc-py formatter modules and the final touches citeproc-js applies.

citeproc-js escapes ``&`` as ``&#38;`` in HTML where citeproc-py's formatter writes
``&amp;``; the text output is stripped of surrounding whitespace.
"""

from __future__ import annotations

import re
from types import ModuleType

from citeproc.formatter import html, plain

from refnorm.rendering.patches.quotes import INERT, drop_keep, resolve_quotes
from refnorm.rendering.patches.scripts import tighten_conjunctions
from refnorm.rendering.patches.terms import capitalize_leading_term

__all__ = ["finish", "flip_flop", "get"]

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


_FLIP_TAG = re.compile(r"<(/?)(i|b|span)((?:\s[^>]*)?)>")
_SMALL_CAPS = 'style="font-variant:small-caps;"'
_NORMAL = {"i": '<span style="font-style:normal;">', "b": '<span style="font-weight:normal;">',
           "sc": '<span style="font-variant:normal;">'}
_OPEN = {"i": "<i>", "b": "<b>", "sc": f"<span {_SMALL_CAPS}>"}


def flip_flop(html_text: str) -> str:
    """Italics inside italics print upright, as citeproc-js's flip-flop does (and bold, small caps).

    "<i>My <i>Amazing</i> Title</i>" -> "<i>My <span style="font-style:normal;">Amazing</span>
    Title</i>"; a third level flips back. Tags are assumed well nested (they come from the
    formatter and from :mod:`.markup`, which closes what it opens).
    """
    if "nodecor" not in html_text and html_text.count("<i>") + html_text.count("<b>") + html_text.count(
            _SMALL_CAPS) < 2:
        return html_text
    out: list[str] = []
    stack: list[tuple] = []  # (kind the input opened, closer written for it, *decorations undone)
    active = {"i": False, "b": False, "sc": False}
    pos = 0
    for m in _FLIP_TAG.finditer(html_text):
        out.append(html_text[pos:m.start()])
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3).strip()
        kind = "sc" if name == "span" and attrs == _SMALL_CAPS else name
        if not closing and attrs == 'class="nodecor"':
            # <span class="nodecor"> in a field: every decoration in force is undone inside it
            undone = [k for k in ("i", "b", "sc") if active[k]]
            out.extend(_NORMAL[k] for k in undone)
            for k in undone:
                active[k] = False
            stack.append(("span", "</span>" * len(undone), *undone))
            continue
        if not closing:
            if kind in active:
                flipped = active[kind]
                active[kind] = not flipped
                out.append(_NORMAL[kind] if flipped else _OPEN[kind])
                stack.append((kind, "</span>" if flipped or kind == "sc" else f"</{kind}>"))
            else:
                out.append(m.group(0))
                stack.append((kind, "</span>"))
            continue
        opened = ("sc", "span") if name == "span" else (name,)
        for n in range(len(stack) - 1, -1, -1):
            if stack[n][0] in opened:
                kind, closer, *undone = stack.pop(n)
                if kind in active:
                    active[kind] = not active[kind]
                for k in undone:
                    active[k] = True
                out.append(closer)
                break
        else:
            out.append(m.group(0))
    out.append(html_text[pos:])
    return "".join(out)


def finish(entry: object, output: str, options: tuple[tuple[str, str, str, str], bool]) -> str:
    """The rendered `entry` as citeproc-js would print it (without its trailing newline)."""
    text = str(entry) if entry is not None else ""
    text = capitalize_leading_term(tighten_conjunctions(drop_keep(resolve_quotes(text, *options).replace(INERT, ""))))
    if output == "html":
        text = text.replace("&amp;", "&#38;").replace("&lt;", "&#60;").replace("&gt;", "&#62;")
        text = _STOP_ACROSS_TAG.sub(r"\1\2", text)  # "<i>et al.</i>." -> "<i>et al.</i>"
        text = flip_flop(text)
        return text.translate(_SUPERSCRIPT_TABLE)
    return text.strip()
