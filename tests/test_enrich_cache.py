"""The SQLite answer cache: expiry, negative answers, searches, maintenance, and no corruption."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from refnorm.enrichment.cache import NEGATIVE_TTL, WORK_TTL, Cache, CachedClient
from refnorm.enrichment.protocol import NetworkError, OfflineMiss


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class Counting:
    """A CrossrefClient that counts calls (the HTTP path is tested in test_enrich_api)."""

    def __init__(self, works, fail=False):
        self.works = {w["DOI"].lower(): w for w in works}
        self.calls = 0
        self.fail = fail

    def works_by_dois(self, dois):
        self.calls += 1
        if self.fail:
            raise NetworkError("down")
        return {d.lower(): self.works[d.lower()] for d in dois if d.lower() in self.works}

    def work(self, doi):
        return self.works_by_dois([doi]).get(doi.lower())

    def search(self, query, rows=20, select=None, filter=None):
        self.calls += 1
        if self.fail:
            raise NetworkError("down")
        return list(self.works.values())[:rows]


W = [{"DOI": "10.1000/A", "title": ["A"]}, {"DOI": "10.1000/b", "title": ["B"]}]


def test_works_negatives_and_expiry(tmp_path):
    clock = Clock()
    cache = Cache(tmp_path, clock=clock)
    inner = Counting(W)
    c = CachedClient(cache, inner)
    assert set(c.works_by_dois(["10.1000/a", "10.1000/B", "10.1000/none"])) == {"10.1000/a", "10.1000/b"}
    assert inner.calls == 1
    c.works_by_dois(["10.1000/A", "10.1000/none"])
    assert inner.calls == 1  # the work and the negative answer both come from the cache
    clock.now += NEGATIVE_TTL + 1
    c.works_by_dois(["10.1000/A", "10.1000/none"])
    assert inner.calls == 2  # the negative answer expired, the work not yet
    clock.now += WORK_TTL
    assert cache.stats()["expired"] >= 1
    assert cache.clear(expired_only=True) >= 1


def test_searches_are_cached_by_query_and_options(tmp_path):
    inner = Counting(W)
    c = CachedClient(Cache(tmp_path), inner)
    a = c.search("some  query", rows=2)
    assert c.search("some query", rows=2) == a and inner.calls == 1  # whitespace does not matter
    c.search("some query", rows=1)
    assert inner.calls == 2


def test_offline_answers_from_cache_or_says_unknown(tmp_path):
    cache = Cache(tmp_path)
    CachedClient(cache, Counting(W)).works_by_dois(["10.1000/a"])
    off = CachedClient(cache, None)
    found, unknown = off.works_partial(["10.1000/a", "10.1000/b"])
    assert set(found) == {"10.1000/a"} and unknown == {"10.1000/b"}
    with pytest.raises(OfflineMiss):
        off.search("never asked")


def test_network_failure_leaves_the_cache_as_it_was(tmp_path):
    cache = Cache(tmp_path)
    CachedClient(cache, Counting(W)).works_by_dois(["10.1000/a"])
    before = list(cache.export())
    with pytest.raises(NetworkError):
        CachedClient(cache, Counting(W, fail=True)).works_by_dois(["10.1000/b"])
    assert list(cache.export()) == before


def test_stats_clear_export(tmp_path):
    cache = Cache(tmp_path)
    c = CachedClient(cache, Counting(W))
    c.works_by_dois(["10.1000/a", "10.1000/zzz"])
    c.search("q")
    st = cache.stats()
    assert (st["works"], st["negative"], st["searches"]) == (1, 1, 1) and st["bytes"] > 0
    rows = list(cache.export())
    assert {r["kind"] for r in rows} == {"work", "negative", "search"}
    json.dumps(rows)
    assert cache.clear() == 3
    assert cache.stats()["works"] == 0


def test_unusable_cache_directory_is_a_cache_error(tmp_path):
    from refnorm.errors import CacheError

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(CacheError):
        Cache(blocker)


_WRITER = """
import sys, time
from refnorm.enrichment.cache import Cache
cache = Cache(sys.argv[1])
print("ready", flush=True)
i = 0
while True:
    cache.put_works({f"10.1000/{i}-{j}": {"DOI": f"10.1000/{i}-{j}", "title": ["x" * 500]} for j in range(200)})
    i += 1
"""


def test_killed_writer_does_not_corrupt_the_cache(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path)], stdout=subprocess.PIPE)
    try:
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(0.4)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    conn = sqlite3.connect(tmp_path / "crossref.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = conn.execute("SELECT count(*) FROM works").fetchone()[0]
    assert n % 200 == 0 and n > 0  # whole transactions only
    conn.close()
    assert Cache(tmp_path).stats()["works"] == n


def test_a_work_read_again_is_decoded_once_and_a_changed_row_afresh(tmp_path):
    cache = Cache(tmp_path)
    cache.put_works({"10.1/a": {"DOI": "10.1/a", "title": ["Old"]}})
    first, _ = cache.get_works(["10.1/A"])
    again, _ = cache.get_works(["10.1/a"])
    assert again["10.1/a"] is first["10.1/a"] and first["10.1/a"]["title"] == ["Old"]
    cache.put_works({"10.1/a": {"DOI": "10.1/a", "title": ["New"]}})
    assert cache.get_works(["10.1/a"])[0]["10.1/a"]["title"] == ["New"]
    other = Cache(tmp_path / "other")  # another cache holding another record under the same DOI
    other.put_works({"10.1/a": {"DOI": "10.1/a", "title": ["Other"]}})
    assert other.get_works(["10.1/a"])[0]["10.1/a"]["title"] == ["Other"]
    assert cache.get_works(["10.1/a"])[0]["10.1/a"]["title"] == ["New"]
    cache.close()
    other.close()
