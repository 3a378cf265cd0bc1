"""The office's own feeds, pulled after the complaints: the shared follow-up log, the reminders (tasks) and the
311 lifecycle (issue 14), then the approvals and, for a supervisor, the privacy officer's alerts.

Apart from the engine because none of them removes a case: they are logs attached to the complaints the office
holds, so the complaint feed's rules (the scope check of every record, the snapshot that purges only when whole)
are not theirs. Each page is applied with its cursor; a position the server forgot is replayed from the start,
which is safe since nothing here purges; a repeated cursor or an endless run of empty pages stops the sync
(`FeedAbuse`), as in the complaint feed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from council_desk.api.models import Me
from council_desk.api.privacy import PrivacyAlerts
from council_desk.domain.roles import allowed

from .client import AccessClient
from .errors import CursorExpired
from .summary import MAX_EMPTY_PAGES, MAX_PAGES, FeedAbuse, SyncProgress, SyncSummary, check_cancel

if TYPE_CHECKING:
    from council_desk.cache.store import CaseStore

__all__ = ["ALERTS_META", "ALERTS_SINCE_META", "pull_approvals", "pull_casework", "pull_followups"]

ALERTS_META = "privacy.alerts"  # a supervisor's unseen alerts (JSON of PrivacyAlerts), shown by the app
ALERTS_SINCE_META = "privacy.alerts_since"  # the newest moment of the alerts fetched so far (the server's clock)


def pull_followups(
    store: CaseStore,
    client: AccessClient,
    page_limit: int,
    summary: SyncSummary,
    report: Callable[[SyncProgress], None],
    cancel: threading.Event | None,
) -> None:
    """The office's shared follow-up log (a follow-up on a case this PC does not hold is not stored)."""
    cursor = store.cursor("followups")
    seen: set[str] = set() if cursor is None else {cursor}
    empty_run = 0
    for _ in range(MAX_PAGES):
        check_cancel(cancel)
        try:
            page = client.followups_page(cursor, page_limit, cancel)
        except CursorExpired:
            if cursor is None:
                raise FeedAbuse() from None
            cursor, seen = None, set()  # follow-ups never purge: replaying the log from the start is safe
            continue
        if page.next_cursor in seen and page.has_more:
            raise FeedAbuse()
        seen.add(page.next_cursor)
        empty_run = empty_run + 1 if not page.followups and page.has_more else 0
        if empty_run > MAX_EMPTY_PAGES:
            raise FeedAbuse()
        result = store.apply_followup_page(page.followups, page.next_cursor)
        summary.followups_pulled += result.stored
        summary.followups_refused += result.refused
        report(SyncProgress("followups", summary.followups_pulled))
        if not page.has_more:
            return
        cursor = page.next_cursor
    raise FeedAbuse()


def pull_casework(
    store: CaseStore,
    client: AccessClient,
    page_limit: int,
    summary: SyncSummary,
    report: Callable[[SyncProgress], None],
    cancel: threading.Event | None,
) -> None:
    """The office's reminders, then the 311 lifecycle (issue 14): each feed like the follow-up log's, its
    pages applied with their cursor, replayed from the start if the server forgot the position (neither
    purges anything)."""
    for name in ("tasks", "lifecycle"):
        cursor = store.cursor(name)
        seen: set[str] = set() if cursor is None else {cursor}
        empty_run = 0
        for _ in range(MAX_PAGES):
            check_cancel(cancel)
            try:
                if name == "tasks":
                    tpage = client.tasks_page(cursor, page_limit, cancel)
                    n, more, nxt = len(tpage.tasks), tpage.has_more, tpage.next_cursor
                else:
                    lpage = client.lifecycle_page(cursor, page_limit, cancel)
                    n, more, nxt = len(lpage.changes), lpage.has_more, lpage.next_cursor
            except CursorExpired:
                if cursor is None:
                    raise FeedAbuse() from None
                cursor, seen = None, set()
                continue
            if nxt in seen and more:
                raise FeedAbuse()
            seen.add(nxt)
            empty_run = empty_run + 1 if not n and more else 0
            if empty_run > MAX_EMPTY_PAGES:
                raise FeedAbuse()
            if name == "tasks":
                summary.tasks_pulled += store.apply_task_page(tpage.tasks, nxt)
                report(SyncProgress("tasks", summary.tasks_pulled))
            else:
                summary.lifecycle_pulled += store.apply_lifecycle_page(lpage.changes, nxt)
                report(SyncProgress("lifecycle", summary.lifecycle_pulled))
            if not more:
                break
            cursor = nxt
        else:
            raise FeedAbuse()


def pull_approvals(
    store: CaseStore,
    client: AccessClient,
    me: Me,
    summary: SyncSummary,
    report: Callable[[SyncProgress], None],
    cancel: threading.Event | None,
) -> None:
    """The office's approvals (a supervisor's queue) or one's own requests and their answers."""
    if not allowed(me.roles, "request_approval"):
        return
    check_cancel(cancel)
    listed = client.approvals(cancel).approvals
    store.apply_approvals(listed)
    summary.approvals = len(store.approvals())
    summary.pending_approvals = sum(1 for a in listed if a.status == "pending")
    report(SyncProgress("approvals", summary.approvals))
    if allowed(me.roles, "read_disclosure_log"):
        _pull_alerts(store, client, summary, cancel)


def _pull_alerts(
    store: CaseStore, client: AccessClient, summary: SyncSummary, cancel: threading.Event | None
) -> None:
    """Exigent disclosures and continuity findings since the last look, kept for the app to show."""
    since = store.get_meta(ALERTS_SINCE_META)
    got = client.privacy_alerts(since, cancel)
    summary.pending_approvals = got.pending_approvals
    summary.new_exigent, summary.new_flags = len(got.exigent), len(got.flags)
    if not (got.exigent or got.flags):
        return
    held_raw = store.get_meta(ALERTS_META)
    held = (
        PrivacyAlerts.model_validate_json(held_raw)
        if held_raw
        else PrivacyAlerts(exigent=[], flags=[], pending_approvals=0)
    )
    merged = PrivacyAlerts(
        exigent=[*held.exigent, *got.exigent][-200:],
        flags=[*held.flags, *got.flags][-200:],
        pending_approvals=got.pending_approvals,
    )
    newest = max([e.received_at for e in got.exigent] + [f.detected_at for f in got.flags])
    store.set_meta(ALERTS_META, merged.model_dump_json())
    store.set_meta(ALERTS_SINCE_META, newest.isoformat())
