"""The end of the office's access, announced ahead by `/v1/me` (`Me.access_change`): what to tell people and when.

A council member's term ends, or the district lines change (redistricting): on that date the office's access to
the old district's consented complaints ends. The client warns from `WARN_DAYS` ahead, sends what waits at every
sync as always, and on the date removes the district's cases from the PC even offline (cache/purge.py
`end_access`, run by `sync.engine.enforce_policy`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from council_desk.api.models import AccessChange

__all__ = ["WARN_DAYS", "AccessNotice", "notice"]

WARN_DAYS = 30  # a month ahead: time to finish cases and send what waits
URGENT_DAYS = 7


@dataclass(frozen=True)
class AccessNotice:
    level: str  # "info" | "warning" | "ended"
    text: str
    days_left: int


def _when(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def notice(change: AccessChange | None, now: dt.datetime) -> AccessNotice | None:
    """What to show about an announced change at `now` (None: nothing announced, or too far ahead)."""
    if change is None:
        return None
    left = change.effective_at - now
    days = int(left.total_seconds() // 86400)
    when = _when(change.effective_at)
    if left <= dt.timedelta(0):
        if change.kind == "term_end":
            return AccessNotice(
                "ended",
                f"The office's access to 311 cases ended on {when} (end of term). The "
                "district's cases were removed from this PC.",
                0,
            )
        return AccessNotice(
            "ended",
            f"The district changed on {when} (redistricting). The old district's "
            f"cases were removed from this PC; district {change.new_district}'s come with the "
            "next sync.",
            0,
        )
    if days >= WARN_DAYS:
        return None
    if change.kind == "term_end":
        text = (
            f"The office's access to 311 cases ends on {when} (end of term), in {days} day(s). Sync before "
            "then so your follow-ups reach 311; on that date this PC removes the district's cases."
        )
    else:
        text = (
            f"The district changes to district {change.new_district} on {when} (redistricting), in {days} "
            "day(s). Sync before then so your follow-ups reach 311; on that date this PC removes the old "
            "district's cases."
        )
    return AccessNotice("warning" if days < URGENT_DAYS else "info", text, days)
