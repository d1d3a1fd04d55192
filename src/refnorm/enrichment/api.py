"""`enrich`: verify the DOIs references carry, find the ones they lack, merge Crossref's metadata.

Known DOIs are fetched in batches and checked against the reference (a disagreeing record is reported,
never silently written); references without a DOI are searched and every candidate validated
(`refnorm.enrichment.match`); what is accepted is merged with provenance (`merge`). The network never
fails the run: what could not be checked is marked ``crossref.unverified`` and passed through unchanged.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from refnorm.enrichment import match as matching
from refnorm.enrichment.cache import Cache, CachedClient, warn_cache
from refnorm.enrichment.merge import merge, notices, work_to_csl
from refnorm.enrichment.protocol import (
    SEARCH_SELECT,
    BudgetExhausted,
    CrossrefClient,
    MalformedResponse,
    NetworkError,
    OfflineMiss,
    Work,
)
from refnorm.errors import CacheError, ConfigError
from refnorm.model import Diagnostic, Reference, Severity
from refnorm.parsing import identifiers

__all__ = ["enrich", "normalize_doi", "reads_raw"]

SOURCE = "crossref"
SEARCH_ROWS = 15


def normalize_doi(value: Any) -> str | None:
    """The DOI a field or a reference string carries (any written form), or None.

    One DOI grammar for all of refnorm: `refnorm.parsing.identifiers` decides what a DOI is.
    """
    if not value:
        return None
    text = str(value)
    doi = identifiers.normalize_doi(text)
    if doi:
        return doi
    return next((i.value for i in identifiers.find_identifiers(text) if i.kind == "DOI"), None)


def reads_raw(ref: Reference) -> bool:
    """Whether `enrich` may read the reference's raw text (and so give another result for another text).

    A reference whose DOI field holds a DOI and whose record has a title is checked against that
    DOI's record from its fields alone (`match.known_features`): what `enrich` makes of it is then
    a function of its record, provenance and diagnostics, with ``raw``, ``span`` and ``confidence``
    passed through as they are. `fix` uses this to enrich once a rewrite that parses back to the
    record its text was rendered from. (`tests/test_fix_speed.py` checks it.)"""
    return not (normalize_doi(ref.get("DOI")) and matching.verified_on_fields(ref.csl))


def _env_offline() -> bool:
    """``REFNORM_OFFLINE`` as `refnorm fix` reads it: a word it does not know is a `ConfigError`
    (read as false, ``REFNORM_OFFLINE=2`` sent every question to Crossref)."""
    from refnorm.config import settings_from_env

    online = settings_from_env({"REFNORM_OFFLINE": os.environ.get("REFNORM_OFFLINE", "")}).get("online")
    return online is False


def _diag(code: str, message: str, severity: Severity = Severity.INFO, **data: Any) -> Diagnostic:
    return Diagnostic(code=code, message=message, severity=severity, source=SOURCE,
                      field="DOI", data={k: v for k, v in data.items() if v is not None} or None)


class _Run:
    """State of one `enrich` call: the client chain, the deadline, and whether we went offline."""

    def __init__(self, client: CachedClient, deadline: float | None, policy: str) -> None:
        self.client = client
        self.deadline = deadline
        self.policy = policy
        self.offline_reason: str | None = "offline" if client.offline else None
        self.lock = threading.Lock()

    def out_of_time(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def failed(self, ref: Reference, err: Exception) -> Reference:
        """Mark a reference unverified after a failure; a garbled answer takes the run offline."""
        if isinstance(err, BudgetExhausted):
            return ref.with_diagnostics(_diag("crossref.unverified", "time budget exhausted before checking",
                                              reason="budget"))
        if isinstance(err, OfflineMiss):
            return ref.with_diagnostics(_diag("crossref.unverified", "offline, and not in the cache",
                                              reason="offline"))
        extra: list[Diagnostic] = []
        with self.lock:
            if isinstance(err, MalformedResponse):
                if self.offline_reason is None:
                    self.client.go_offline()
                    self.offline_reason = "malformed"
                extra.append(_diag("crossref.offline", f"Crossref answered garbage; continuing offline: {err}",
                                   Severity.WARNING))
            else:
                extra.append(_diag("crossref.network-error", f"Crossref could not be reached: {err}",
                                   Severity.WARNING))
        return ref.with_diagnostics(
            *extra, _diag("crossref.unverified", "not checked against Crossref", Severity.WARNING,
                          reason="network"))


def _accept(run: _Run, ref: Reference, work: Work, diag: Diagnostic, doi: str) -> Reference:
    out = merge(ref, work, policy=run.policy)
    if not out.get("DOI") or (out.get("DOI") or "").lower() != doi.lower():
        out = out.evolve({"DOI": work.get("DOI") or doi}, source=SOURCE)
    return out.with_diagnostics(diag, *notices(work))


def _known(run: _Run, items: list[tuple[int, Reference, str]], out: list[Reference]) -> None:
    dois = [d for _, _, d in items]
    try:
        if run.out_of_time():
            raise BudgetExhausted("time budget exhausted")
        found, unknown = run.client.works_partial(dois)
    except NetworkError as e:
        for i, ref, _ in items:
            out[i] = run.failed(ref, e)
        return
    for i, ref, doi in items:
        key = doi.lower()
        if key in unknown:
            out[i] = run.failed(ref, OfflineMiss("not cached"))
            continue
        work = found.get(key)
        if work is None:
            # Not an error by itself: DataCite, mEDRA and other agencies register DOIs Crossref does not know.
            out[i] = ref.with_diagnostics(_diag(
                "crossref.unverified", f"{doi} is not registered with Crossref (another agency's DOI, or a typo)",
                Severity.WARNING, reason="not-found", doi=doi))
            continue
        try:
            out[i] = _check_known(run, ref, work, doi)
        except _UNFORESEEN as e:
            # (a record of a shape we did not foresee, {"author": "x"}, crashed the whole run here)
            out[i] = _unforeseen(ref, e)


def _check_known(run: _Run, ref: Reference, work: Work, doi: str) -> Reference:
    f = matching.known_features(ref.csl, ref.raw)
    ok, bad = matching.verify_known(work, f)
    if ok:
        return _accept(run, ref, work, _diag("crossref.doi-verified", f"{doi} verified against Crossref",
                                             doi=work.get("DOI", doi), fields_disagreeing=bad or None), doi)
    return ref.with_diagnostics(_diag(
        "crossref.doi-mismatch", f"the record of {doi} disagrees with the reference ({', '.join(bad)})",
        Severity.WARNING, doi=doi, reference=ref.to_csl(), crossref=work_to_csl(work), fields=bad))


_UNFORESEEN = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def _unforeseen(ref: Reference, e: Exception) -> Reference:
    """A record of a shape we did not foresee must cost one reference, not the run: say so on it."""
    return ref.with_diagnostics(_diag("crossref.unverified", f"not checked: {type(e).__name__}: {e}",
                                      Severity.WARNING, reason="error"))


def _search_one(run: _Run, ref: Reference) -> Reference:
    try:
        return _find(run, ref)
    except _UNFORESEEN as e:
        return _unforeseen(ref, e)


def _find(run: _Run, ref: Reference) -> Reference:
    if run.out_of_time():
        return run.failed(ref, BudgetExhausted("time budget exhausted"))
    f = matching.features_of(ref.csl, ref.raw)
    query = matching.query_for(f)
    if len(query) < 10:
        return ref
    try:
        candidates = run.client.search(query, rows=SEARCH_ROWS, select=SEARCH_SELECT)
    except NetworkError as e:
        return run.failed(ref, e)
    d = matching.decide(candidates, f)
    if d.status == "match" and d.work is not None and d.doi:
        return _accept(run, ref, d.work, _diag(
            "crossref.doi-added", f"DOI {d.work.get('DOI', d.doi)} found on Crossref (score {d.score:.2f})",
            doi=d.work.get("DOI", d.doi), score=d.score), d.doi)
    if d.status == "candidate" and d.doi:
        return ref.with_diagnostics(_diag(
            "crossref.candidate", f"possible DOI {d.doi} (score {d.score:.2f}, {d.reason}): check it by hand",
            Severity.WARNING, doi=(d.work or {}).get("DOI", d.doi), score=d.score, reason=d.reason,
            candidates=matching.candidate_dois(d.ranked)))
    return ref


def enrich(
    refs: Sequence[Reference],
    *,
    mailto: str | None = None,
    offline: bool | None = None,
    crossref_url: str | None = None,
    cache_dir: str | Path | None = None,
    policy: str = "fill",
    client: CrossrefClient | None = None,
    time_budget: float | None = None,
    index: str | Path | None = None,
) -> list[Reference]:
    """Verify, find and merge Crossref metadata; same length and order as ``refs``.

    Defaults come from ``REFNORM_MAILTO``, ``REFNORM_CROSSREF_URL``, ``REFNORM_CACHE_DIR`` and
    ``REFNORM_OFFLINE``. ``policy`` is ``"fill"`` (only missing fields) or ``"prefer-crossref"``.
    ``index`` matches against a local index (`refnorm index build`) instead of the API, offline.
    ``client`` replaces the HTTP client (any `CrossrefClient`); the cache still sits in front of it.
    ``time_budget`` (seconds): references not reached in time are marked ``crossref.unverified``.
    """
    if policy == "prefer":
        policy = "prefer-crossref"
    if policy not in ("fill", "prefer-crossref"):
        raise ConfigError(f"unknown enrich policy {policy!r}: use 'fill' or 'prefer-crossref'")
    refs = list(refs)
    if not refs:
        return []
    mailto = mailto or os.environ.get("REFNORM_MAILTO") or None
    crossref_url = crossref_url or os.environ.get("REFNORM_CROSSREF_URL") or None
    if offline is None:
        offline = _env_offline()
    deadline = time.monotonic() + time_budget if time_budget is not None else None

    inner: Any
    workers = 1
    owned: Any = None
    if client is not None:
        inner = None if offline else client
        limiter = getattr(client, "limiter", None)
        workers = getattr(limiter, "concurrency", 1) or 1
    elif index is not None:
        from refnorm.enrichment.index import LocalIndex

        if not Path(index).exists():
            raise ConfigError(f"no local Crossref index at {index} (build one with `refnorm index build`)")
        inner = owned = LocalIndex(index, create=False)
    elif offline:
        inner = None
    else:
        from refnorm.enrichment.crossref import HabaneroClient

        inner = owned = HabaneroClient(crossref_url, mailto, deadline=deadline)
        workers = inner.limiter.concurrency
    cache: Cache | None = None
    if index is None:
        try:
            cache = Cache(cache_dir)
        except CacheError as e:
            # an unusable cache slows us down but must not stop the run; it must not pass unseen either
            hint = " (`refnorm cache clear` starts a new one)" if isinstance(e.__cause__, sqlite3.Error) else ""
            warn_cache(f"{e}: continuing without it for this run{hint}")
            cache = None
    run = _Run(CachedClient(cache, inner), deadline, policy)

    out: list[Reference] = list(refs)
    try:
        known: list[tuple[int, Reference, str]] = []
        missing: list[int] = []
        for i, ref in enumerate(refs):
            doi = normalize_doi(ref.get("DOI")) or normalize_doi(ref.raw or "")
            if doi:
                known.append((i, ref, doi))
            else:
                missing.append(i)
        if known:
            _known(run, known, out)
        if missing:
            if workers <= 1 or len(missing) == 1:
                for i in missing:
                    out[i] = _search_one(run, refs[i])
            else:
                with ThreadPoolExecutor(max_workers=min(workers, len(missing))) as pool:
                    for i, r in zip(missing, pool.map(lambda j: _search_one(run, refs[j]), missing), strict=False):
                        out[i] = r
    finally:
        if cache is not None:
            cache.close()
        if owned is not None:
            owned.close()
    return out
