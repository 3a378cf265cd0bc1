"""Which 311 access-system addresses Council Desk may talk to: https anywhere, plain http only to this PC itself
(the training sandbox). One rule for the sign-in window, the CLI, IT's policy file and the transport."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from council_desk.domain.errors import KnownError

__all__ = ["LOOPBACK_HOSTS", "InsecureServer", "check_server_url", "is_loopback", "same_origin"]

LOOPBACK_HOSTS = frozenset({"localhost"})


class InsecureServer(KnownError):
    """A server address the client must not talk to (plain http to a non-loopback host, unknown scheme)."""

    code = "insecure_server"
    exit_code = 2
    default_message = (
        "This server address is not allowed: use an https:// address (plain http:// only works for this PC "
        "itself, for training)."
    )


def check_server_url(url: str) -> str:
    """Return the normalised base URL (no trailing slash) or raise `InsecureServer`."""
    parts = urlsplit(url.strip())
    if parts.username or parts.password or parts.query or parts.fragment or not parts.hostname:
        raise InsecureServer()
    if parts.scheme == "https":
        pass
    elif parts.scheme == "http":
        if not is_loopback(parts.hostname):
            raise InsecureServer()
    else:
        raise InsecureServer()
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and `localhost` (only these may be reached over plain http)."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)
