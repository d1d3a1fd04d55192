"""What enrichment needs from a source of Crossref records, and how such a source fails.

Three implementations: the HTTP client over habanero (`crossref.HabaneroClient`), the SQLite cache
in front of any client (`cache.CachedClient`), and the local index built from Crossref's public data
file (`index.LocalIndex`). Works are Crossref REST API ``message`` objects (plain dicts).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from refnorm.errors import NetworkError

__all__ = [
    "SEARCH_SELECT",
    "BudgetExhausted",
    "CrossrefClient",
    "MalformedResponse",
    "NetworkError",
    "OfflineMiss",
    "Work",
]

Work = dict[str, Any]

# The fields matching and merging read; asking only for them keeps search responses small.
SEARCH_SELECT = (
    "DOI", "type", "title", "subtitle", "short-title", "author", "editor", "container-title",
    "short-container-title", "issued", "published-print", "published-online", "published", "approved", "posted",
    "volume", "issue", "page", "article-number", "publisher", "publisher-location", "ISSN", "ISBN",
    "URL", "updated-by", "update-to", "relation", "translator", "score",
)


@runtime_checkable
class CrossrefClient(Protocol):
    """A source of Crossref works. DOIs are compared lower-cased; an unknown DOI is simply absent."""

    def works_by_dois(self, dois: Sequence[str]) -> dict[str, Work]:
        """The works of these DOIs that exist, keyed by lower-cased DOI."""
        ...

    def work(self, doi: str) -> Work | None:
        """One work, or None when Crossref does not know the DOI."""
        ...

    def search(self, query: str, rows: int = 20, select: Sequence[str] | None = None,
               filter: Mapping[str, Any] | None = None) -> list[Work]:
        """Works ranked by relevance to a free-text bibliographic query."""
        ...


class MalformedResponse(NetworkError):
    """The server answered something that is not the JSON it should be; stop asking it."""


class BudgetExhausted(NetworkError):
    """The caller's time budget ran out before the request could be made."""


class OfflineMiss(NetworkError):
    """Offline, and the answer is not in the cache."""
