"""A real HTTP server on 127.0.0.1 serving whatever each test puts in its routes."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@dataclass
class Site:
    """Routes of the test server: path -> (status, content type, body); `hang` paths never answer in time."""

    base: str
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    hang: set[str] = field(default_factory=set)
    released: threading.Event = field(default_factory=threading.Event)
    hits: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        """The full URL of `path` on this server."""
        return self.base + path

    def serve(
        self, path: str, body: bytes, content_type: str = "application/rss+xml", status: int = 200
    ) -> str:
        """Serve `body` at `path`; return its URL."""
        self.routes[path] = (status, content_type, body)
        return self.url(path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits.append(self.path)
            if self.path in site.hang:
                site.released.wait(10)
                return
            status, content_type, body = site.routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return Handler


@pytest.fixture
def site():
    """A running HTTP server on a free port of 127.0.0.1, shut down after the test."""
    holder = Site(base="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(holder))
    server.daemon_threads = True
    holder.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield holder
    holder.released.set()
    server.shutdown()
    server.server_close()
    thread.join(5)
