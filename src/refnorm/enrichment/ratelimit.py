"""One process-wide politeness limiter for Crossref, and the retry schedule.

Crossref publishes two pools (since December 2025): with a contact e-mail ("polite") 10 single-record
requests/s, 3 list or search requests/s and 3 concurrent requests; without one ("public") 5/s, 1/s and 1.
The limiter starts there and then follows what the server says: ``x-rate-limit-limit`` /
``x-rate-limit-interval`` and ``x-concurrency-limit`` on every response we can see, ``Retry-After``
on 429, which pauses every thread of the process, not only the one that was refused.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass

__all__ = ["POLITE", "PUBLIC", "Limits", "RateLimiter", "backoff_delays", "parse_retry_after", "shared_limiter"]


@dataclass(frozen=True)
class Limits:
    """Requests per second for single-record and list (search, filter) requests, and concurrency."""

    single_per_s: float
    list_per_s: float
    concurrency: int


POLITE = Limits(10.0, 3.0, 3)
PUBLIC = Limits(5.0, 1.0, 1)


class _Bucket:
    """Evenly spaced slots: a request may start no earlier than ``1/rate`` after the previous one."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.next_free = 0.0

    def reserve(self, now: float) -> float:
        start = max(now, self.next_free)
        self.next_free = start + 1.0 / self.rate
        return start


class _ResizableSemaphore:
    def __init__(self, size: int) -> None:
        self._cond = threading.Condition()
        self._size = max(1, size)
        self._held = 0

    @property
    def size(self) -> int:
        return self._size

    def resize(self, size: int) -> None:
        with self._cond:
            self._size = max(1, size)
            self._cond.notify_all()

    def acquire(self) -> None:
        with self._cond:
            while self._held >= self._size:
                self._cond.wait()
            self._held += 1

    def release(self) -> None:
        with self._cond:
            self._held -= 1
            self._cond.notify_all()


_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$")


class RateLimiter:
    """Spaces requests by kind (``"single"`` or ``"list"``) and caps how many run at once.

    ``clock`` and ``sleep`` are injectable so the arithmetic can be tested without waiting.
    """

    def __init__(self, limits: Limits = PUBLIC, *, clock=time.monotonic, sleep=time.sleep) -> None:
        self.limits = limits
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._buckets = {"single": _Bucket(limits.single_per_s), "list": _Bucket(limits.list_per_s)}
        self._sem = _ResizableSemaphore(limits.concurrency)
        self._paused_until = 0.0

    @property
    def concurrency(self) -> int:
        return self._sem.size

    def rate(self, kind: str) -> float:
        return self._buckets[kind].rate

    @contextmanager
    def slot(self, kind: str) -> Iterator[None]:
        """Wait for a free concurrency slot and the next start time of ``kind``, then run the body."""
        self._sem.acquire()
        try:
            with self._lock:
                start = self._buckets[kind].reserve(max(self._clock(), self._paused_until))
            delay = start - self._clock()
            if delay > 0:
                self._sleep(delay)
            yield
        finally:
            self._sem.release()

    def pause(self, seconds: float) -> None:
        """Stop every request of the process for ``seconds`` (a 429's Retry-After)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))

    def observe(self, headers: Mapping[str, str]) -> None:
        """Adopt the limits a response announces; lower ones take effect at once."""
        h = {k.lower(): v for k, v in headers.items()}
        limit = h.get("x-rate-limit-limit")
        interval = h.get("x-rate-limit-interval", "1s")
        with self._lock:
            if limit:
                try:
                    n = float(limit)
                    m = _INTERVAL.match(interval or "1s")
                    secs = float(m.group(1)) * {"ms": 0.001, "s": 1.0, "m": 60.0}[m.group(2) or "s"] if m else 1.0
                    per_s = n / secs if secs > 0 else n
                except ValueError:
                    per_s = 0.0
                if per_s > 0:
                    self._buckets["single"].rate = per_s
                    # the header speaks of the pool as a whole; lists keep their published share of it
                    self._buckets["list"].rate = per_s * self.limits.list_per_s / self.limits.single_per_s
        conc = h.get("x-concurrency-limit")
        if conc:
            with suppress(ValueError):
                self._sem.resize(int(float(conc)))


_SHARED: dict[str, RateLimiter] = {}
_SHARED_LOCK = threading.Lock()


def shared_limiter(polite: bool) -> RateLimiter:
    """The process-wide limiter of a pool, so parallel `enrich` calls share one budget."""
    key = "polite" if polite else "public"
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = RateLimiter(POLITE if polite else PUBLIC)
        return _SHARED[key]


def parse_retry_after(value: str | None, default: float = 1.0) -> float:
    """Seconds to wait from a Retry-After header (delta-seconds; HTTP dates fall back to ``default``)."""
    if not value:
        return default
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
        except (TypeError, ValueError):
            return default


def backoff_delays(retries: int = 3, base: float = 0.5, cap: float = 8.0,
                   rng: random.Random | None = None) -> list[float]:
    """Exponential backoff with full jitter: attempt ``i`` waits ``uniform(0.5, 1.5) * base * 2**i``."""
    rng = rng or random.Random()
    return [min(cap, base * (2 ** i)) * rng.uniform(0.5, 1.5) for i in range(retries)]
