"""A local Crossref REST API for tests and benchmarks: a real HTTP server on 127.0.0.1 (port 0).

It replays recorded work records (``tests/data/crossref/works.jsonl``, real Crossref responses, see the
README there) and answers the three routes refnorm uses:

- ``GET /works/{doi}``: the work, or 404 ``text/plain`` "Resource not found." as Crossref does;
- ``GET /works?filter=doi:A,doi:B&rows=N``: the works of those DOIs;
- ``GET /works?query.bibliographic=...&rows=N&select=...``: a real ranking, SQLite FTS5 BM25 through
  `refnorm.enrichment.index.LocalIndex` over the records it holds.

Faults are queued with `CrossrefServer.inject` and consumed by the next requests: ``"429"`` (with
Retry-After), ``"500"``, ``"slow"``, ``"truncated"`` (a cut JSON body), ``"malformed"`` (not JSON at all),
``"reset"`` (the connection is closed without an answer), ``"404"`` (Crossref's plain-text not-found).
``requests`` records every request, so tests can assert how many were made.

Use as a context manager, or through the pytest fixture `crossref_server` (import it into a test module).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from refnorm.enrichment.index import LocalIndex

DATA = Path(__file__).resolve().parent / "data" / "crossref"


def load_works(path: Path = DATA / "works.jsonl") -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        owner = self.server.owner
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        with owner.lock:
            owner.requests.append((parts.path, query))
            fault = owner.faults.popleft() if owner.faults else None
        if fault is not None:
            kind, arg = fault
            if kind == "reset":
                # SO_LINGER 0 makes close() send a TCP reset instead of a polite FIN
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
                return
            if kind == "slow":
                time.sleep(float(arg or 1.0))
            elif kind == "429":
                self._send(429, {"status": "error", "message": "rate limited"},
                           extra={"Retry-After": str(arg if arg is not None else 1)})
                return
            elif kind == "500":
                self._send(500, {"status": "error", "message-type": "exception", "message": "boom"})
                return
            elif kind == "404":
                self._raw(404, b"Resource not found.", "text/plain")
                return
            elif kind == "malformed":
                self._raw(200, b"<html>Service Unavailable</html>", "application/json")
                return
            elif kind == "truncated":
                body = json.dumps(self._answer(parts.path, query)[1]).encode()
                self._raw(200, body[: len(body) // 2], "application/json")
                return
        status, body = self._answer(parts.path, query)
        if status == 404:
            self._raw(404, b"Resource not found.", "text/plain")
        else:
            self._send(status, body)

    def _answer(self, path: str, query: Mapping[str, str]) -> tuple[int, Any]:
        owner = self.server.owner
        if path.startswith("/works/"):
            doi = unquote(path[len("/works/"):]).lower()
            work = owner.works.get(doi)
            if work is None:
                return 404, None
            return 200, {"status": "ok", "message-type": "work", "message-version": "1.0.0", "message": work}
        if path.rstrip("/") != "/works":
            return 404, None
        rows = int(query.get("rows", "20"))
        items: list[dict[str, Any]] = []
        flt = query.get("filter", "")
        dois = [x[len("doi:"):].lower() for x in flt.split(",") if x.startswith("doi:")]
        if dois:
            items = [owner.works[d] for d in dict.fromkeys(dois) if d in owner.works][:rows]
        elif "query.bibliographic" in query:
            found = owner.index.search(query["query.bibliographic"], rows=rows)
            items = []
            for hit in found:
                full = dict(owner.works[hit["DOI"].lower()])
                full["score"] = hit["score"]
                items.append(full)
        select = [s for s in query.get("select", "").split(",") if s]
        if select:
            items = [{k: v for k, v in w.items() if k in select} for w in items]
        return 200, {"status": "ok", "message-type": "work-list", "message-version": "1.0.0",
                     "message": {"total-results": len(items), "items-per-page": rows, "items": items}}

    def _send(self, status: int, body: Any, extra: Mapping[str, str] | None = None) -> None:
        self._raw(status, json.dumps(body, ensure_ascii=False).encode(), "application/json", extra)

    def _raw(self, status: int, body: bytes, ctype: str, extra: Mapping[str, str] | None = None) -> None:
        owner = self.server.owner
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in {**owner.headers, **(extra or {})}.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: CrossrefServer


class CrossrefServer:
    """The local Crossref. ``url`` is its base URL once started."""

    def __init__(self, works: Iterable[Mapping[str, Any]] | None = None, *,
                 headers: Mapping[str, str] | None = None) -> None:
        records = list(works) if works is not None else load_works()
        self.works: dict[str, dict[str, Any]] = {str(w["DOI"]).lower(): dict(w) for w in records}
        self.index = LocalIndex(":memory:")
        self.index.add(self.works.values())
        self.headers = dict(headers if headers is not None else {
            "x-rate-limit-limit": "1000", "x-rate-limit-interval": "1s", "x-concurrency-limit": "4",
            "x-api-pool": "polite"})
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.faults: deque[tuple[str, Any]] = deque()
        self.lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    def add(self, works: Iterable[Mapping[str, Any]]) -> None:
        new = [dict(w) for w in works]
        for w in new:
            self.works[str(w["DOI"]).lower()] = w
        self.index.add(new)

    def inject(self, kind: str, arg: Any = None, times: int = 1) -> None:
        """Make the next ``times`` requests fail with ``kind`` (see the module docstring)."""
        with self.lock:
            for _ in range(times):
                self.faults.append((kind, arg))

    def reset_counts(self) -> None:
        with self.lock:
            self.requests.clear()

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> CrossrefServer:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> CrossrefServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture(scope="module")
def crossref_server_module() -> Iterable[CrossrefServer]:
    with CrossrefServer() as server:
        yield server


@pytest.fixture
def crossref_server(crossref_server_module: CrossrefServer) -> CrossrefServer:
    """The module's local Crossref, with counts and faults reset for each test."""
    crossref_server_module.reset_counts()
    crossref_server_module.faults.clear()
    return crossref_server_module
