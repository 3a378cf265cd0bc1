"""The deadline of one HTTP attempt, enforced: a watchdog timer shuts the attempt's sockets down when it passes.

A read timeout alone does not bound an attempt (a server that drips one byte a second never trips it), and neither
requests nor urllib3 has an overall deadline. So each attempt of `http.Transport` starts a `Watch` and makes it the
current one of its thread (`set_current`); the connections of a `WatchedAdapter` attach their socket to that watch
before a request is sent (an HTTPS one before its TLS handshake, too). When the deadline passes the sockets are
shut down, which unblocks the read, and the transport sees `Watch.fired`.

Apart from the transport because it is one mechanism reaching under requests into urllib3's connection classes;
the transport only starts a watch, names it current and reads whether it fired.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

__all__ = ["Watch", "WatchedAdapter", "set_current"]


class Watch:
    """Shuts down the sockets of one attempt when its deadline passes (unblocks a dripping read)."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._conns: list[HTTPConnection] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.cancel()

    def attach(self, conn: HTTPConnection) -> None:
        with self._lock:
            self._conns.append(conn)
            fired = self.fired
        if fired:
            _shutdown(conn)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            conns = list(self._conns)
        for conn in conns:
            _shutdown(conn)


def _shutdown(conn: HTTPConnection) -> None:
    sock = getattr(conn, "sock", None)
    if sock is None:
        return
    with contextlib.suppress(OSError):  # already closed: nothing left to unblock
        sock.shutdown(socket.SHUT_RDWR)


# The watch of the attempt running on this thread: a connection made for it attaches its socket to it.
_current = threading.local()


def set_current(watch: Watch | None) -> None:
    """The attempt on this thread is watched by `watch` (None: no attempt running)."""
    _current.watch = watch


def _attach_current(conn: HTTPConnection) -> None:
    watch: Watch | None = getattr(_current, "watch", None)
    if watch is not None:
        watch.attach(conn)


class _WatchedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach_current(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        _attach_current(self)  # the TLS handshake is covered too
        super().connect()

    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach_current(self)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class WatchedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }
