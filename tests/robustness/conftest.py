"""Robustness runs report their counts (inputs fuzzed, articles extracted, kills survived) at the end."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

LINES = pytest.StashKey[list[str]]()


@pytest.fixture
def robustness_report(request) -> Callable[[str], None]:
    """robustness_report("N articles, 0 failures"): a line printed in pytest's terminal summary."""
    return request.config.stash.setdefault(LINES, []).append


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Print every count the robustness tests reported, with or without -s."""
    lines = config.stash.get(LINES, [])
    if lines:
        terminalreporter.section("robustness")
        for line in lines:
            terminalreporter.write_line(line)


class _Feeds(BaseHTTPRequestHandler):
    """/rss: a feed with one Arabic item; /page: an HTML page; /slow: no answer before the client gives up."""

    RSS = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title>'
        "<link>https://wakala.example/</link><item><title>قصف على حلب</title>"
        "<link>https://wakala.example/1</link><description>قتل 4 مدنيين في قصف على حلب أمس."
        "</description></item></channel></rss>"
    ).encode()
    PAGE = "<!DOCTYPE html><html><body><h1>الرئيسية</h1><p>أهلا</p></body></html>".encode()

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(self.server.hang_seconds)
            return
        body, kind = (self.RSS, "application/rss+xml") if self.path == "/rss" else (self.PAGE, "text/html")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def feed_server() -> Iterator[str]:
    """The base URL of a real HTTP server on 127.0.0.1 serving /rss, /page (HTML) and /slow (hangs)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feeds)
    server.daemon_threads = True
    server.hang_seconds = 22
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
