"""Locales: load refnorm's vendored CSL locale files, and fail loudly on an unknown locale.

Defects of citeproc-py 0.11.1 fixed here:

* it reads the locale files bundled inside citeproc-py (an older copy: da-DK and et-EE
  differ from the CSL repository's, tl-PH is gone there); refnorm ships its own copy in
  ``refnorm/rendering/locales/`` so output does not change with the citeproc-py version;
* an unknown locale ("xx-XX", a typo like "fr_FR") silently falls back to en-US: here it
  raises :class:`refnorm.errors.LocaleNotFoundError`. A known language with an unknown
  region ("fr-BE") falls back to that language's primary dialect ("fr-FR"), as citeproc-js
  does;
* each locale file is validated against the CSL schema on every load (slow): it is not.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from lxml import etree

from refnorm.errors import LocaleNotFoundError

__all__ = ["LOCALES_DIR", "MIXINS", "available_locales", "parse_style_xml", "resolve_locale"]

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"


@functools.cache
def _locales_json() -> dict:
    return json.loads((LOCALES_DIR / "locales.json").read_text(encoding="utf-8"))


@functools.cache
def available_locales() -> tuple[str, ...]:
    """The CSL locale names refnorm can render in ("af-ZA", "ar", ... "zh-TW")."""
    return tuple(sorted(p.name[len("locales-"):-len(".xml")] for p in LOCALES_DIR.glob("locales-*.xml")))


def resolve_locale(locale: str) -> str:
    """The locale file to use for `locale`; raises LocaleNotFoundError when there is none."""
    known = available_locales()
    if locale in known:
        return locale
    for name in known:  # be forgiving about case: "en-us"
        if name.lower() == locale.lower():
            return name
    language = locale.split("-")[0].lower()
    primary = _locales_json().get("primary-dialects", {}).get(language)
    if primary in known:
        return primary
    raise LocaleNotFoundError(
        f"unknown CSL locale {locale!r}; known locales: {', '.join(known)}")


def _parser(lookup: etree.ElementNamespaceClassLookup) -> etree.XMLParser:
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True, resolve_entities=False)
    parser.set_element_class_lookup(lookup)
    return parser


@functools.cache
def _locale_bytes(name: str) -> bytes:
    return (LOCALES_DIR / f"locales-{name}.xml").read_bytes()


def parse_style_xml(path: Path, lookup: etree.ElementNamespaceClassLookup) -> etree._ElementTree:
    """Parse a style file into an element tree built from the (patched) element classes."""
    return etree.parse(str(path), _parser(lookup))


class StyleLocales:
    """Mixin for ``<style>``: the locale search list of CSL 1.0.2 section "Locale Fallback"."""

    def set_locale_list(self, output_locale: str, validate: bool = False) -> None:
        """Set ``self.locales``: in-style locales, then our locale files, then en-US."""
        resolved = resolve_locale(output_locale)
        self.output_language = output_locale.split("-")[0].lower()
        self.locales = []
        language = output_locale.split("-")[0]

        def add_instyle(lang: str | None) -> None:
            expr = f'./cs:locale[@xml:lang="{lang}"]' if lang else "./cs:locale[not(@xml:lang)]"
            for element in self.xpath_search(expr):
                if element not in self.locales:
                    self.locales.append(element)

        add_instyle(output_locale)
        if language != output_locale:
            add_instyle(language)
        add_instyle(None)
        files = [resolved]
        primary = _locales_json().get("primary-dialects", {}).get(language)
        if primary and primary not in files and primary in available_locales():
            files.append(primary)
        if "en-US" not in files:
            files.append("en-US")
        from refnorm.rendering.patches import element_lookup

        # the locales are built from the classes the style was (the speed layer's, when the style
        # was parsed with them: a Vancouver date renders through the locale's <date-part>s)
        parser = self.getroottree().parser or _parser(element_lookup())
        for name in files:
            root = etree.fromstring(_locale_bytes(name), parser)
            self.locales.append(root)
        for locale in self.locales:
            locale.style = self


MIXINS = {"style": (StyleLocales,)}
