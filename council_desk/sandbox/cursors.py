"""Opaque, HMAC-signed sync cursors.

A cursor names the feed, the district, the position, whether a snapshot is running, the district's epoch and when
it was issued. The server never trusts a cursor's district: it must equal the token's (otherwise 410, the same as
any unknown cursor). Bumping the epoch (`/test/expire-cursors`) or ageing past the lifetime makes old cursors 410.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

CURSOR_LIFETIME_SECONDS = 30 * 86400


@dataclass(frozen=True)
class Cursor:
    feed: str  # "c" complaints, "f" follow-ups
    district: int
    position: int
    snapshot: bool
    epoch: int
    issued: int  # server time, unix seconds


class BadCursor(Exception):
    """Unknown, tampered with, for another district or feed, or expired: the client must start again."""


def encode(key: bytes, c: Cursor) -> str:
    payload = f"1.{c.feed}.{c.district}.{c.position}.{int(c.snapshot)}.{c.epoch}.{c.issued}".encode()
    mac = hmac.new(key, payload, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(payload + b"." + mac).decode().rstrip("=")


def decode(key: bytes, text: str, *, feed: str, district: int, epoch: int, now: int) -> Cursor:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        payload, mac = raw[:-17], raw[-16:]
        if raw[-17:-16] != b"." or not hmac.compare_digest(
            mac, hmac.new(key, payload, hashlib.sha256).digest()[:16]
        ):
            raise BadCursor
        version, c_feed, c_district, position, snap, c_epoch, issued = payload.decode().split(".")
        cur = Cursor(c_feed, int(c_district), int(position), snap == "1", int(c_epoch), int(issued))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadCursor from exc
    if version != "1" or cur.feed != feed or cur.district != district or cur.epoch != epoch:
        raise BadCursor
    if now - cur.issued > CURSOR_LIFETIME_SECONDS or cur.position < 0:
        raise BadCursor
    return cur
