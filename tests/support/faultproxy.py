"""A small HTTP fault proxy on loopback, in front of the sandbox: refused, reset mid-body, drip, short body,
HTML with 200, 503 + Retry-After.

One request per connection (it forces `Connection: close`), so each client attempt is one proxied exchange.
Rules match a path prefix and fire a given number of times; everything else passes through unchanged.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Literal

Mode = Literal["refuse", "reset_mid_body", "drip", "short_body", "html200", "503"]


@dataclass
class Rule:
    mode: Mode
    path: str = "/"
    times: int = 1  # -1 = forever
    retry_after: int = 1
    drip_delay_s: float = 1.0  # seconds per byte for "drip"
    hits: int = 0


@dataclass
class FaultProxy:
    upstream_host: str
    upstream_port: int
    rules: list[Rule] = field(default_factory=list)
    log: list[tuple[str, str]] = field(default_factory=list)  # (path, mode or "pass")

    def __post_init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True, name="faultproxy")
        self._thread.start()

    def add(self, rule: Rule) -> Rule:
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._sock.close()

    # ----------------------------------------------------------------------------------------------- internals
    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _pick(self, path: str) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if path.startswith(rule.path) and (rule.times < 0 or rule.hits < rule.times):
                    rule.hits += 1
                    return rule
        return None

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(30)
            request = _read_request(conn)
            if request is None:
                return
            line = request.split(b"\r\n", 1)[0].decode("latin-1")
            path = line.split(" ")[1] if " " in line else "/"
            rule = self._pick(path)
            self.log.append((path, rule.mode if rule else "pass"))
            if rule is not None and rule.mode == "refuse":
                _reset(conn)
                return
            if rule is not None and rule.mode == "html200":
                body = b"<html><body>Please sign in to the hotel Wi-Fi</body></html>"
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                    b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
                )
                return
            if rule is not None and rule.mode == "503":
                body = b'{"error":"unavailable","detail":"maintenance"}'
                conn.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                    b"Retry-After: " + str(rule.retry_after).encode() + b"\r\nConnection: close\r\n"
                    b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
                )
                return
            response = self._forward(request)
            if rule is None:
                conn.sendall(response)
            elif rule.mode == "reset_mid_body":
                head, _, body = response.partition(b"\r\n\r\n")
                conn.sendall(head + b"\r\n\r\n" + body[: max(1, len(body) // 2)])
                time.sleep(0.05)
                _reset(conn)
            elif rule.mode == "short_body":
                head, _, body = response.partition(b"\r\n\r\n")
                conn.sendall(head + b"\r\n\r\n" + body[: max(1, len(body) // 2)])
            elif rule.mode == "drip":
                for i in range(len(response)):
                    if self._stop.is_set():
                        break
                    conn.sendall(response[i : i + 1])
                    time.sleep(rule.drip_delay_s)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _forward(self, request: bytes) -> bytes:
        head, _, body = request.partition(b"\r\n\r\n")
        lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith((b"connection:", b"keep-alive:"))]
        lines.append(b"Connection: close")
        up = socket.create_connection((self.upstream_host, self.upstream_port), timeout=60)
        try:
            up.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
            chunks = []
            while True:
                data = up.recv(65536)
                if not data:
                    break
                chunks.append(data)
            return b"".join(chunks)
        finally:
            up.close()


def _read_request(conn: socket.socket) -> bytes | None:
    buf = b""
    while b"\r\n\r\n" not in buf:
        data = conn.recv(65536)
        if not data:
            return None
        buf += data
    head, _, body = buf.partition(b"\r\n\r\n")
    length = 0
    for ln in head.split(b"\r\n")[1:]:
        name, _, value = ln.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        data = conn.recv(65536)
        if not data:
            break
        body += data
    return head + b"\r\n\r\n" + body


def _reset(conn: socket.socket) -> None:
    """Close with RST instead of FIN (SO_LINGER with a zero timeout)."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        conn.close()
