"""The clock retention and the offline limit count on, kept in the cache so that neither a PC clock set back nor
one far-future record from the server can move it.

It is the latest of: the PC's clock now; the latest time that clock showed this cache before (a high-water mark:
setting the clock back gains nothing); and the newest server time seen — a record's `updated_datetime` or a
follow-up's `received_at` — which was bounded, when it arrived, by the PC's clock plus `CLOCK_SKEW` (clocks drift
a little; one record dated 2099 said nothing about "now" and used to purge every closed case). Only the PC's own
readings raise the high-water mark.
"""

from __future__ import annotations

import datetime as dt

from council_desk.cache.database import meta_time, now, raise_time
from council_desk.cache.db import Connection

__all__ = ["CLOCK_SKEW", "believable", "note_server_time", "trusted_now"]

CLOCK_SKEW = dt.timedelta(minutes=15)
_SERVER_TIME = "clock.server_time"  # the newest server time seen, bounded by the PC clock + skew when it came
_HIGH_WATER = "clock.high_water"  # the latest time the PC's own clock showed this cache


def believable(server_time: dt.datetime) -> dt.datetime:
    """A server time as far as it can move our clock: no further than the PC's clock plus `CLOCK_SKEW` now."""
    return min(server_time, now() + CLOCK_SKEW)


def note_server_time(conn: Connection, server_time: dt.datetime) -> None:
    """Remember the newest (believable) server time, inside the caller's transaction."""
    raise_time(conn, _SERVER_TIME, believable(server_time))


def trusted_now(conn: Connection, wall: dt.datetime) -> dt.datetime:
    """The clock (see the module's docstring); records the PC clock's high-water mark in the caller's
    transaction."""
    marks = [t for t in (meta_time(conn, _HIGH_WATER), meta_time(conn, _SERVER_TIME)) if t is not None]
    effective = max([wall, *marks])
    raise_time(conn, _HIGH_WATER, wall)
    return effective
