"""The one module that talks to the Crossref REST API (through habanero 2.9.x, which uses httpx2).

Facts this module works around (measured on habanero 2.9.2):

- habanero does not URL-encode DOIs: a ``#`` or ``?`` in a DOI silently fetches another one, so DOIs are
  percent-encoded here, and DOIs with characters that would break a ``filter=doi:`` list are fetched singly.
- ``works(ids=[...])`` costs one request per DOI; ``works(filter={"doi": [...]})`` one request for many,
  so known DOIs go in batches of at most 50 whose URL stays under about 1,800 characters.
- Errors differ by call: ``httpx2.HTTPStatusError`` (single works, non-JSON errors), ``habanero.RequestError``
  (JSON errors of list calls, the ``httpx2`` error as ``__cause__``), a bare ``RuntimeError`` for transport
  failures of list calls, ``ValueError`` for a body that is not JSON.
- habanero calls the module-level ``httpx2.get``, which opens a new connection every time and hides the
  response headers. A small stand-in for the ``httpx2`` name inside ``habanero.request`` routes those calls
  through a per-thread keep-alive ``httpx2.Client`` and shows every response to the rate limiter, so the
  ``x-rate-limit-*`` headers are followed. It changes nothing for callers that do not use this module.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import quote

import habanero
import habanero.request as _habanero_request
import habanero.request_class as _habanero_request_class
import httpx2

from refnorm.config import url_problem
from refnorm.enrichment.protocol import (
    SEARCH_SELECT,
    BudgetExhausted,
    MalformedResponse,
    NetworkError,
    Work,
)
from refnorm.enrichment.ratelimit import RateLimiter, backoff_delays, parse_retry_after, shared_limiter
from refnorm.errors import ConfigError

__all__ = ["DEFAULT_URL", "HabaneroClient", "batch_dois", "encode_doi"]

DEFAULT_URL = "https://api.crossref.org"
MAX_BATCH = 50
MAX_URL = 1800
MAX_QUERY = 1000  # characters of a bibliographic query; longer strings are several references or noise
MAX_RETRY_AFTER = 60.0  # seconds a 429's Retry-After may pause the run; longer, the rest is done offline

_T = TypeVar("_T")
_local = threading.local()


class _Httpx2Seen:
    """Stands in for ``httpx2`` inside ``habanero.request``: same module, but ``get`` is observed."""

    def __getattr__(self, name: str) -> Any:
        return getattr(httpx2, name)

    def get(self, url: str, **kwargs: Any) -> Any:
        client = getattr(_local, "client", None)
        response = client.get(url, **kwargs) if client is not None else httpx2.get(url, **kwargs)
        hook = getattr(_local, "on_response", None)
        if hook is not None:
            hook(response)
        return response


for _module in (_habanero_request, _habanero_request_class):
    if not isinstance(getattr(_module, "httpx2", None), _Httpx2Seen):
        _module.httpx2 = _Httpx2Seen()  # type: ignore[attr-defined]


# DOI characters safe inside a `filter=doi:a,doi:b` list; anything else goes singly.
_BATCHABLE = re.compile(r"^10\.\d{4,9}/[A-Za-z0-9._\-/()\[\];:<>]+$")


def encode_doi(doi: str) -> str:
    """Percent-encode a DOI for a URL path (keeping ``/``), so ``#``, ``?`` and spaces survive."""
    return quote(doi, safe="/")


def batch_dois(dois: Sequence[str], base_url: str = DEFAULT_URL) -> tuple[list[list[str]], list[str]]:
    """Split DOIs into filter batches (<= 50, URL < ~1,800 chars) and the odd ones to fetch singly."""
    batches: list[list[str]] = []
    single: list[str] = []
    current: list[str] = []
    length = len(base_url) + len("/works?filter=&rows=50&mailto=") + 60
    for doi in dois:
        if not _BATCHABLE.match(doi):
            single.append(doi)
            continue
        cost = len(quote(f"doi:{doi},", safe=""))
        if current and (len(current) >= MAX_BATCH or length + cost > MAX_URL):
            batches.append(current)
            current = []
            length = len(base_url) + len("/works?filter=&rows=50&mailto=") + 60
        current.append(doi)
        length += cost
    if current:
        batches.append(current)
    return batches, single


class _NotFound(Exception):
    pass


class HabaneroClient:
    """The real Crossref client: politeness, retries and error mapping around habanero.

    ``deadline`` is a ``time.monotonic()`` value after which no request starts (`BudgetExhausted`).
    Transport failures and 5xx are retried with jittered backoff; 429 pauses the whole process for its
    Retry-After; a body that is not JSON raises `MalformedResponse`; anything else that fails raises
    `NetworkError`. ``requests`` counts HTTP requests made, for tests and benchmarks.
    """

    def __init__(self, base_url: str | None = None, mailto: str | None = None, *, timeout: float = 20.0,
                 retries: int = 3, limiter: RateLimiter | None = None, deadline: float | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = (base_url or DEFAULT_URL).rstrip("/")
        problem = url_problem(self.base_url)
        if problem:
            raise ConfigError(problem)
        self.mailto = mailto or None
        self.timeout = timeout
        self.retries = retries
        self.limiter = limiter or shared_limiter(polite=bool(self.mailto))
        self.deadline = deadline
        self.requests = 0
        self._sleep = sleep
        self._cr = habanero.Crossref(base_url=self.base_url, mailto=self.mailto, timeout=timeout)
        self._clients: list[Any] = []
        self._lock = threading.Lock()
        self._tls = threading.local()
        # Set when a request failed through all its retries: every later request fails at once, so a
        # run without a network costs one request's retries, not one per reference.
        self._unreachable: str | None = None

    # -- the protocol ------------------------------------------------------------------------------
    def work(self, doi: str) -> Work | None:
        try:
            body = self._call("single", lambda: self._cr.works(ids=[encode_doi(doi)]))
        except _NotFound:
            return None
        return _message(body)

    def works_by_dois(self, dois: Sequence[str]) -> dict[str, Work]:
        unique = list(dict.fromkeys(d.strip() for d in dois if d and d.strip()))
        batches, single = batch_dois(unique, self.base_url)
        found: dict[str, Work] = {}
        for batch in batches:
            def fetch(batch: list[str] = batch) -> Any:
                return self._cr.works(filter={"doi": batch}, limit=len(batch))

            try:
                body = self._call("list", fetch)
            except _NotFound:
                continue
            for item in (_message(body) or {}).get("items", []) or []:
                if isinstance(item, dict) and item.get("DOI"):
                    found[item["DOI"].lower()] = item
        for doi in single:
            work = self.work(doi)
            if work and work.get("DOI"):
                found[work["DOI"].lower()] = work
        return found

    def search(self, query: str, rows: int = 20, select: Sequence[str] | None = SEARCH_SELECT,
               filter: Mapping[str, Any] | None = None) -> list[Work]:
        q = " ".join(query.split())[:MAX_QUERY]
        if not q:
            return []
        kwargs: dict[str, Any] = {"query_bibliographic": q, "limit": rows}
        if select:
            kwargs["select"] = ",".join(select)
        if filter:
            kwargs["filter"] = dict(filter)
        try:
            body = self._call("list", lambda: self._cr.works(**kwargs))
        except _NotFound:
            return []
        items = (_message(body) or {}).get("items", []) or []
        return [i for i in items if isinstance(i, dict) and i.get("DOI")]

    def close(self) -> None:
        with self._lock:
            for c in self._clients:
                c.close()
            self._clients.clear()

    # -- one request, politely -----------------------------------------------------------------
    def _thread_client(self) -> Any:
        client = getattr(self._tls, "client", None)
        if client is None:
            client = httpx2.Client(timeout=self.timeout)
            self._tls.client = client
            with self._lock:
                self._clients.append(client)
        return client

    def _check_budget(self, wait: float = 0.0) -> None:
        if self.deadline is not None and time.monotonic() + wait > self.deadline:
            raise BudgetExhausted("time budget exhausted")

    def _call(self, kind: str, fn: Callable[[], _T]) -> _T:
        if self._unreachable:
            raise NetworkError(f"Crossref was unreachable earlier in this run ({self._unreachable}); not retried")
        delays = backoff_delays(self.retries)
        attempt = 0
        while True:
            self._check_budget()
            _local.client = self._thread_client()
            _local.on_response = self._seen
            status: int | None = None
            headers: Mapping[str, str] = {}
            problem = ""
            try:
                with self.limiter.slot(kind):
                    self._check_budget()
                    return fn()
            except json.JSONDecodeError as e:  # a truncated or garbled body
                raise MalformedResponse(f"Crossref answered something that is not JSON: {e}") from e
            except Exception as e:
                response = _response_in(e)
                if response is not None:
                    # (habanero may fail on the error body itself, a TypeError that says nothing useful)
                    status, headers = response.status_code, response.headers
                    problem = f"HTTP {status}"
                elif isinstance(e, habanero.RequestError):  # a 200 that is not JSON (check_json)
                    raise MalformedResponse(f"Crossref answered something that is not JSON: {e}") from e
                elif not isinstance(e, (httpx2.TransportError, httpx2.TimeoutException, RuntimeError)):
                    raise
                else:
                    problem = f"{type(e).__name__}: {e}"
            finally:
                _local.client = None
                _local.on_response = None
            if status == 404:
                raise _NotFound()
            if status == 429:
                wait = parse_retry_after(headers.get("retry-after"), default=2.0)
                if wait > MAX_RETRY_AFTER:
                    # an hour's Retry-After would hang the run (a pre-commit hook, a CI job) for an hour
                    self._unreachable = f"HTTP 429, Retry-After {wait:.0f} s"
                    raise NetworkError(f"Crossref asks us to wait {wait:.0f} s (HTTP 429, Retry-After); "
                                       f"not waiting more than {MAX_RETRY_AFTER:.0f} s")
                self._check_budget(wait)
                self.limiter.pause(wait)
            elif status is not None and status < 500 and status not in (408,):
                raise NetworkError(f"Crossref refused the request ({problem})")
            if attempt >= len(delays):
                self._unreachable = problem or f"HTTP {status}"
                raise NetworkError(f"Crossref failed after {attempt + 1} attempts: {problem or status}")
            if status != 429:
                self._check_budget(delays[attempt])
                self._sleep(delays[attempt])
            attempt += 1

    def _seen(self, response: Any) -> None:
        with self._lock:
            self.requests += 1
        self.limiter.observe(response.headers)


def _response_in(e: BaseException) -> Any:
    """The HTTP response behind an error, wherever habanero tucked it (``__cause__`` or ``__context__``)."""
    seen = 0
    cur: BaseException | None = e
    while cur is not None and seen < 5:
        response = getattr(cur, "response", None) if isinstance(cur, httpx2.HTTPStatusError) else None
        if response is not None:
            return response
        cur = cur.__cause__ or cur.__context__
        seen += 1
    return None


def _message(body: Any) -> dict[str, Any] | None:
    if isinstance(body, (bytes, str)):
        try:
            body = json.loads(body)
        except ValueError as e:
            raise MalformedResponse(str(e)) from e
    if not isinstance(body, dict):
        if body is None:
            return None
        raise MalformedResponse(f"unexpected Crossref answer of type {type(body).__name__}")
    message = body.get("message")
    if not isinstance(message, dict):
        raise MalformedResponse("Crossref answer without a message object")
    return message
