"""The politeness limiter's arithmetic, with a fake clock."""

from __future__ import annotations

import itertools
import random
import threading

import pytest

from refnorm.enrichment.ratelimit import (
    POLITE,
    PUBLIC,
    Limits,
    RateLimiter,
    backoff_delays,
    parse_retry_after,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, s: float) -> None:
        self.slept.append(s)
        self.now += s


def test_published_limits():
    assert (POLITE.single_per_s, POLITE.list_per_s, POLITE.concurrency) == (10, 3, 3)
    assert (PUBLIC.single_per_s, PUBLIC.list_per_s, PUBLIC.concurrency) == (5, 1, 1)


def test_requests_are_spaced_by_kind():
    clock = FakeClock()
    lim = RateLimiter(POLITE, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(4):
        with lim.slot("list"):
            starts.append(clock.now)
    assert [round(b - a, 6) for a, b in itertools.pairwise(starts)] == [pytest.approx(1 / 3)] * 3
    t = clock.now
    with lim.slot("single"):  # the single-record bucket is separate
        assert clock.now == t


def test_pause_holds_every_request():
    clock = FakeClock()
    lim = RateLimiter(POLITE, clock=clock, sleep=clock.sleep)
    lim.pause(5)
    with lim.slot("single"):
        assert clock.now == pytest.approx(105)


def test_headers_lower_and_raise_limits():
    lim = RateLimiter(POLITE)
    lim.observe({"X-Rate-Limit-Limit": "50", "X-Rate-Limit-Interval": "1s", "X-Concurrency-Limit": "1"})
    assert lim.rate("single") == 50 and lim.rate("list") == pytest.approx(15) and lim.concurrency == 1
    lim.observe({"x-rate-limit-limit": "60", "x-rate-limit-interval": "1m"})
    assert lim.rate("single") == pytest.approx(1)
    lim.observe({"x-rate-limit-limit": "garbage"})  # ignored, not a crash
    assert lim.rate("single") == pytest.approx(1)


def test_concurrency_is_capped():
    lim = RateLimiter(Limits(1000, 1000, 2))
    inside = []
    peak = []
    lock = threading.Lock()
    gate = threading.Event()

    def work():
        with lim.slot("single"):
            with lock:
                inside.append(1)
                peak.append(len(inside))
            gate.wait(0.05)
            with lock:
                inside.pop()

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert max(peak) == 2


def test_retry_after_and_backoff():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None, default=2) == 2
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past
    delays = backoff_delays(4, base=0.5, cap=8, rng=random.Random(1))
    for i, d in enumerate(delays):
        assert 0.25 * 2 ** i <= d <= 0.75 * 2 ** i
    assert len(set(delays)) == 4
