"""The real habanero client against the local Crossref over HTTP: batching, encoding, errors, politeness."""

from __future__ import annotations

import time

import pytest

import crossref_server as local_crossref
from crossref_server import CrossrefServer, load_works
from refnorm.enrichment.crossref import HabaneroClient, batch_dois, encode_doi
from refnorm.enrichment.protocol import BudgetExhausted, MalformedResponse, NetworkError
from refnorm.enrichment.ratelimit import Limits, RateLimiter

WORKS = load_works()
# the local Crossref's fixtures, made visible to this module
crossref_server_module = local_crossref.crossref_server_module
crossref_server = local_crossref.crossref_server


def client(server: CrossrefServer, **kw) -> HabaneroClient:
    kw.setdefault("limiter", RateLimiter(Limits(1000, 1000, 4)))
    kw.setdefault("sleep", lambda s: None)
    return HabaneroClient(server.url, "tests@example.org", timeout=5, **kw)


def test_known_dois_cost_one_request_per_50(crossref_server):
    dois = [w["DOI"] for w in WORKS[:120]]
    c = client(crossref_server)
    # upper-cased and duplicated input still maps back by lower-cased DOI
    found = c.works_by_dois([d.upper() for d in dois] + dois[:10])
    assert set(found) == {d.lower() for d in dois}
    filters = [q for path, q in crossref_server.requests if "filter" in q]
    assert len(filters) == 3 == len(crossref_server.requests) == c.requests
    assert all(int(q["rows"]) <= 50 for q in filters)


def test_unknown_doi_is_absent_not_an_error(crossref_server):
    c = client(crossref_server)
    assert c.work("10.1371/notarealdoi") is None
    assert c.works_by_dois(["10.1371/notarealdoi"]) == {}


def test_not_found_on_a_batch_is_no_works(crossref_server):
    crossref_server.inject("404")
    assert client(crossref_server).works_by_dois([w["DOI"] for w in WORKS[:3]]) == {}


def test_odd_dois_are_url_encoded_and_fetched_singly():
    odd = dict(WORKS[0], DOI="10.1234/a#b?c d")
    with CrossrefServer([odd, WORKS[1]]) as server:
        c = client(server)
        found = c.works_by_dois([odd["DOI"], WORKS[1]["DOI"]])
        assert set(found) == {odd["DOI"].lower(), WORKS[1]["DOI"].lower()}
        paths = [p for p, _ in server.requests]
        assert "/works/10.1234/a%23b%3Fc%20d" in paths  # not /works/10.1234/a (the '#' would cut it)
    assert encode_doi("10.1000/x#y") == "10.1000/x%23y"
    batches, single = batch_dois(["10.1000/a,b", "10.1000/ok", "10.1000/é"])
    assert batches == [["10.1000/ok"]] and single == ["10.1000/a,b", "10.1000/é"]


def test_batches_respect_the_url_length():
    long = [f"10.1000/{'x' * 90}{i}" for i in range(40)]
    batches, _ = batch_dois(long, "https://api.crossref.org")
    assert len(batches) > 1
    for b in batches:
        assert len(",".join(f"doi:{d}" for d in b)) < 1800


def test_search_ranks_the_right_work_first(crossref_server):
    q = ("D. Tkaczyk, P. Szostek, M. Fedoryszak, P. J. Dendek, and Bolikowski, CERMINE: automatic extraction "
         "of structured metadata from scientific literature, IJDAR, vol. 18, no. 4, pp. 317-335, 2015.")
    items = client(crossref_server).search(q, rows=5)
    assert items[0]["DOI"] == "10.1007/s10032-015-0249-8"
    q0 = crossref_server.requests[-1][1]
    assert q0["rows"] == "5" and "DOI" in q0["select"]


@pytest.mark.parametrize("fault", ["500", "reset", "429"])
def test_transient_faults_are_retried(crossref_server, fault):
    crossref_server.inject(fault, 0.1 if fault == "429" else None)
    items = client(crossref_server).search("CERMINE automatic extraction of structured metadata", rows=3)
    assert items
    assert len(crossref_server.requests) == 2


def test_retry_after_pauses_the_process_wide_limiter(crossref_server):
    limiter = RateLimiter(Limits(1000, 1000, 4))
    crossref_server.inject("429", 0.4)
    t0 = time.monotonic()
    client(crossref_server, limiter=limiter).work(WORKS[0]["DOI"])
    assert time.monotonic() - t0 >= 0.35


def test_slow_answers_time_out_and_are_retried(crossref_server):
    crossref_server.inject("slow", 1.5)
    c = HabaneroClient(crossref_server.url, None, timeout=0.3, limiter=RateLimiter(Limits(1000, 1000, 4)),
                       sleep=lambda s: None)
    assert c.work(WORKS[0]["DOI"])["DOI"] == WORKS[0]["DOI"]


@pytest.mark.parametrize("fault", ["malformed", "truncated"])
def test_garbled_json_is_a_malformed_response(crossref_server, fault):
    crossref_server.inject(fault)
    with pytest.raises(MalformedResponse):
        client(crossref_server).search("CERMINE automatic extraction", rows=3)


def test_persistent_failure_gives_up_with_network_error(crossref_server):
    crossref_server.inject("500", times=10)
    with pytest.raises(NetworkError):
        client(crossref_server, retries=2).work(WORKS[0]["DOI"])
    assert len(crossref_server.requests) == 3


def test_unreachable_server_is_a_network_error():
    c = HabaneroClient("http://127.0.0.1:9", None, timeout=0.5, retries=1, sleep=lambda s: None,
                       limiter=RateLimiter(Limits(1000, 1000, 4)))
    with pytest.raises(NetworkError):
        c.search("anything at all", rows=2)


def test_time_budget_stops_requests(crossref_server):
    c = client(crossref_server, deadline=time.monotonic() - 1)
    with pytest.raises(BudgetExhausted):
        c.work(WORKS[0]["DOI"])
    assert crossref_server.requests == []


def test_limiter_follows_the_servers_headers():
    with CrossrefServer(WORKS[:3], headers={"x-rate-limit-limit": "7", "x-rate-limit-interval": "1s",
                                            "x-concurrency-limit": "2"}) as server:
        limiter = RateLimiter(Limits(10, 3, 3))
        client(server, limiter=limiter).work(WORKS[0]["DOI"])
        assert limiter.rate("single") == 7
        assert limiter.concurrency == 2
        assert limiter.rate("list") == pytest.approx(2.1)


def test_a_failed_request_takes_the_client_offline_for_the_rest_of_the_run(crossref_server):
    # A run without a network must cost one request's retries, not retries for every reference.
    crossref_server.inject("500", times=100)
    c = client(crossref_server, retries=2)
    for w in WORKS[:5]:
        with pytest.raises(NetworkError):
            c.work(w["DOI"])
    assert len(crossref_server.requests) == 3 == c.requests  # 1 attempt + 2 retries, then no more
