"""What a sync did and how far it is: the summary the CLI prints and the app shows, the progress it reports, the
refusal of a feed that loops or rewinds, and the cancel check every step makes."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from .errors import BadResponse, Cancelled

__all__ = ["MAX_EMPTY_PAGES", "MAX_PAGES", "FeedAbuse", "SyncProgress", "SyncSummary", "check_cancel"]

# The limits past which a feed is refused as looping (`FeedAbuse`), the same for every feed a sync reads.
MAX_EMPTY_PAGES = 20
MAX_PAGES = 100_000  # a hard stop far above any real district (100k complaints at 1000 a page = 100 pages)


@dataclass
class SyncSummary:
    pushed: int = 0
    pulled: int = 0
    removed: int = 0
    refused: int = 0
    unsent_lost: int = 0
    purged_by_snapshot: int = 0
    duration_s: float = 0.0
    refused_by_reason: dict[str, int] = field(default_factory=dict)
    dropped_unshared: int = 0  # outbox items whose complaint is no longer shared (404)
    failed_push: int = 0  # outbox items the server refused; kept, retried next time
    followups_pulled: int = 0
    audit_uploaded: int = 0
    full_resync: bool = False
    refused_purged: int = 0  # held cases purged because the server now sent them as not ours
    followups_refused: int = 0  # server follow-ups that collided with the office's own (refused, ours kept)
    rekeyed: int = 0  # follow-ups sent again under a fresh id after a collision
    district_changed: bool = False
    approvals: int = 0  # approvals and requests held after the sync
    pending_approvals: int = 0  # a supervisor: requests of the office waiting for a decision
    new_exigent: int = 0  # a supervisor: exigent disclosures received since the last sync
    new_flags: int = 0  # a supervisor: continuity findings since the last sync
    audit_waiting: int = 0  # events the server has not acknowledged yet
    access_notice: str = ""  # the office's access ends / its district changes (domain/access.py)
    access_purged: int = 0  # cases removed on that date
    tasks_pulled: int = 0  # cases whose reminders changed at the server (issue 14)
    lifecycle_pulled: int = 0  # reopen progress and survey answers received
    bulk_resumed: int = 0  # cases recorded by finishing a bulk action a stop interrupted


@dataclass(frozen=True)
class SyncProgress:
    # "me" | "push" | "audit" | "complaints" | "followups" | "tasks" | "lifecycle" | "approvals" | "done"
    stage: str
    done: int = 0


class FeedAbuse(BadResponse):
    code = "feed_abuse"
    default_message = (
        "Sync stopped: the 311 access system's list of changes looped or went backwards. Nothing was removed "
        "from this PC. Try again later; if it keeps happening, tell your IT contact."
    )


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()
