"""The short form of a URL.

Defect of citeproc-py 0.11.1 fixed here: ``<text variable="URL" form="short"/>`` (Annual
Reviews) prints the whole URL ("https://en.wikipedia.org/wiki/Citation_Style_Language").
citeproc-js prints the address up to the end of the host ("https://en.wikipedia.org"), without
the protocol when the host starts with "www." ("www.santepubliquefrance.fr").
"""

from __future__ import annotations

import re

__all__ = ["MIXINS", "ShortUrl", "short_url"]

# citeproc-js: value.replace(/(.*\.[^\/]+)\/.*/, "$1"), then /https?:\/\// dropped before "//www."
_TO_HOST = re.compile(r"(.*\.[^/\n]+)/.*")
_PROTOCOL = re.compile(r"https?://")


def short_url(url: str) -> str:
    """`url` as citeproc-js prints its short form."""
    short = _TO_HOST.sub(r"\1", url, count=1)
    if "//www." in short:
        short = _PROTOCOL.sub("", short, count=1)
    return short


class ShortUrl:
    """Mixin for ``<text>``: ``variable="URL" form="short"`` prints the host only."""

    def _variable(self, item, context):
        text = super()._variable(item, context)
        if text and self.get("variable") == "URL" and self.get("form") == "short":
            return type(text)(short_url(str(text))) if isinstance(text, str) else text
        return text


MIXINS = {"text": (ShortUrl,)}
