"""A local HTTP server for tests (never the internet): routes are Python callables,
every request is counted and logged with its headers."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _QuietServer(ThreadingHTTPServer):
    """A test server that stays quiet when a client hangs up on purpose (a fetch that
    stops reading an oversized body): socketserver printed that traceback on stderr
    outside any test's capture. Other handler errors are still printed."""

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        import sys

        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the headers are sent
    body_delay: float = 0.0  # seconds between headers and body
    no_length: bool = False  # no Content-Length: body runs until the connection closes


Route = Callable[[dict[str, str]], Reply]


class LocalWebServer:
    """``routes`` maps a path (with query) to a Reply or a callable of the request
    headers returning one. ``hits`` counts requests per path; ``requests`` keeps
    ``(path, headers)`` in order."""

    def __init__(self):
        self.routes: dict[str, Reply | Route] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.posts: list[tuple[str, bytes]] = []
        self.post_status = 200
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                server.posts.append((self.path, self.rfile.read(length)))
                self.send_response(server.post_status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self):
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.hits[self.path] += 1
                server.requests.append((self.path, headers))
                route = server.routes.get(self.path)
                if route is None:
                    reply = Reply(404, b"not found", {"Content-Type": "text/plain"})
                else:
                    reply = route(headers) if callable(route) else route
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if reply.no_length:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    elif not any(k.lower() == "content-length" for k in reply.headers):
                        self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if reply.body_delay:
                        self.wfile.flush()
                        time.sleep(reply.body_delay)
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False  # keep-alive clients must not delay stop()
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> "LocalWebServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
