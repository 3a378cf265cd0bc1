"""`CaseStore`: the encrypted cache of consented complaints, the office's follow-ups and the outbox — a small
façade over the modules that each guard one rule (docs/INTERFACES.md, "Cache store"):

- database.py  the connection, transactions (a bulk load's grouped page commits), `meta`, errors mapped;
- feed.py      a page and its cursor commit together; a snapshot purges only when it arrived complete;
- outbox.py    the caseworker's own work is never lost or overwritten by the server;
- purge.py     the only place that removes complaints (removals, refusals, district switches, strays, retention)
               and audits what was lost; clock.py is the clock retention counts on;
- identity.py  who the cache belongs to (a district switch purges in the same transaction);
- cases.py     a whole case and the list's queries; summary.py the list's denormalised columns.
Issue 14's casework, each rule in its own module too:
- tasks.py     reminders as tasks (their changes queued like follow-ups; never cleared by anything else);
- lifecycle.py a reopen request's progress at 311 and shared survey answers;
- views.py     built-in and saved views; groups.py the list by building or filer; caseload.py the office's numbers;
- batch.py     bulk actions, each case recorded as its single action would be, whole or not at all.

Every method is one transaction. Callers (the sync engine, the windows, the letters, the CLI) use this class only.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from council_desk.api.casework import ReopenUpdate, SurveyResult, Task, TaskChangeIn
from council_desk.api.models import (
    FollowUp,
    FollowUpIn,
    Me,
    Policy,
    RemovalChange,
    ReopenRequest,
    ReopenRequestIn,
    UpsertChange,
)
from council_desk.api.privacy import Approval, ApprovalDecisionIn, ApprovalRequestIn
from council_desk.cache import approvals, batch, cases, clock, feed, groups, identity, outbox, purge, tasks, views
from council_desk.cache import caseload as caseload_counts
from council_desk.cache.approvals import HeldApproval, ServerApprovals
from council_desk.cache.batch import BulkKind, BulkResult
from council_desk.cache.database import Database, now
from council_desk.cache.db import Connection
from council_desk.cache.feed import Feed, FollowUpPageResult, PageResult
from council_desk.cache.groups import Group, GroupBy
from council_desk.cache.outbox import OutboxItem
from council_desk.cache.queries import CaseQuery, CaseRow, Counts, Facets
from council_desk.cache.rows import PreparedUpsert, Refusal
from council_desk.cache.tasks import Reminder
from council_desk.cache.views import SavedView
from council_desk.domain.case import Case, TaskEntry
from council_desk.domain.caseload import Caseload

__all__ = [
    "CLOCK_SKEW",
    "CaseStore",
    "FollowUpPageResult",
    "OutboxItem",
    "PageResult",
    "PreparedUpsert",
]

CLOCK_SKEW = clock.CLOCK_SKEW


class CaseStore:
    """The cache of one (server, user). Thread-safe by serialisation: one lock around the one connection."""

    def __init__(self, db: Database) -> None:
        self.database = db
        self.path = db.path

    # ----------------------------------------------------------------- open, transactions, meta
    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = True) -> CaseStore:
        """Open the cache at `path` with `key` (self-tested, migrated). A new file is created only when no file
        of this cache exists at all; otherwise WrongKey / CorruptCache / CacheSelfTestFailed are raised and
        nothing is changed."""
        return cls(Database.open(path, key, create=create))

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _conn(self) -> Connection:  # tests reach the raw connection (a kill simulated by closing it)
        return self.database.conn

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[Connection]:
        """One write transaction (database.py); the audit log writes through it."""
        with self.database.transaction(durable=durable) as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.database.reading() as conn:
            yield conn

    def schema_version(self) -> int:
        return self.database.schema_version()

    def get_meta(self, name: str) -> str | None:
        return self.database.get_meta(name)

    def set_meta(self, name: str, value: str) -> None:
        self.database.set_meta(name, value)

    def verify(self) -> list[str]:
        """SQLCipher's page HMAC check over the whole file (empty list = intact)."""
        return self.database.verify()

    def checkpoint(self) -> None:
        self.database.checkpoint()

    # ----------------------------------------------------------------- identity
    def me(self) -> Me | None:
        return identity.me(self.database)

    def adopt_identity(self, me: Me) -> bool:
        """Record the identity `/v1/me` answered; a district switch purges the old district in the same
        transaction and owes a full resync (identity.py). True on a switch."""
        return identity.adopt(self.database, me)

    save_me = adopt_identity  # never an identity saved without the district purge

    def resync_required(self) -> bool:
        return identity.resync_required(self.database)

    # ----------------------------------------------------------------- the feeds
    def cursor(self, feed_name: Feed) -> str | None:
        return feed.cursor(self.database, feed_name)

    def apply_complaint_page(
        self,
        upserts: Sequence[UpsertChange | PreparedUpsert],
        removals: Sequence[RemovalChange],
        next_cursor: str,
        *,
        snapshot: bool,
        refusals: Sequence[Refusal] = (),
    ) -> PageResult:
        """One page of the complaint feed and its cursor in ONE transaction (feed.py)."""
        held = self.me()
        return feed.apply_complaint_page(
            self.database,
            None if held is None else held.district,
            upserts,
            removals,
            next_cursor,
            snapshot=snapshot,
            refusals=refusals,
        )

    def begin_snapshot(self) -> None:
        feed.begin_snapshot(self.database)

    def finish_snapshot(self) -> int:
        return feed.finish_snapshot(self.database)

    def abort_snapshot(self) -> None:
        feed.abort_snapshot(self.database)

    def finish_bulk_load(self) -> None:
        feed.finish_bulk_load(self.database)

    @property
    def bulk_loading(self) -> bool:
        """A first snapshot is being bulk-loaded in this process (cache/bulk.py)."""
        return self.database.bulk

    def snapshot_active(self) -> bool:
        return self.get_meta("snapshot_active") == "1"

    def apply_followup_page(self, followups: Sequence[FollowUp], next_cursor: str) -> FollowUpPageResult:
        return feed.apply_followup_page(self.database, followups, next_cursor)

    def apply_task_page(self, page: Sequence[Task], next_cursor: str) -> int:
        return feed.apply_task_page(self.database, page, next_cursor, self._username())

    def apply_lifecycle_page(self, page: Sequence[ReopenUpdate | SurveyResult], next_cursor: str) -> int:
        return feed.apply_lifecycle_page(self.database, page, next_cursor)

    # ----------------------------------------------------------------- the outbox
    def _username(self) -> str:
        held = self.me()
        return held.username if held else ""

    def add_followup(self, fu: FollowUpIn, *, author: str = "", remind: str | None = None) -> None:
        """Store a follow-up locally (pending) and queue it for sending, in one transaction. One with a date sets
        a reminder (a task) owned by `remind`, default the author."""
        outbox.add_followup(self.database, fu, author or self._username(), remind)

    def assign(self, service_request_id: str, assignee: str, text: str = "", actor: str = "") -> FollowUpIn:
        """Give the case to someone of the office ("" = nobody): an "assign" follow-up, audited as casework."""
        fu = outbox.assign_followup(service_request_id, assignee, text)
        self.add_followup(fu, author=actor)
        return fu

    def set_office_status(
        self, service_request_id: str, status: str, text: str = "", actor: str = ""
    ) -> FollowUpIn:
        """Change the office's status of a case: a follow-up of kind "status", queued like any other."""
        fu = outbox.status_followup(service_request_id, status, text)
        self.add_followup(fu, author=actor)
        return fu

    def request_reopen(self, service_request_id: str, reason: str, text: str = "") -> ReopenRequestIn:
        return outbox.request_reopen(self.database, service_request_id, reason, text)

    def outbox(self) -> list[OutboxItem]:
        return outbox.items(self.database)

    def outbox_count(self) -> int:
        return outbox.count(self.database)

    def mark_sent(self, item_id: int, response: FollowUp | ReopenRequest | Approval | Task) -> bool:
        return outbox.mark_sent(self.database, item_id, response, self._username())

    def mark_failed(self, item_id: int, error_code: str) -> None:
        outbox.mark_failed(self.database, item_id, error_code)

    def drop_outbox_item(self, item_id: int, reason: str) -> None:
        outbox.drop(self.database, item_id, reason, self._username())

    def rekey_outbox_item(self, item_id: int) -> None:
        outbox.rekey(self.database, item_id)

    # ----------------------------------------------------------------- approvals (approvals.py)
    def request_approval(
        self, req: ApprovalRequestIn, *, requested_by: str, requested_by_name: str = "", district: int
    ) -> Approval:
        """Store a case-by-case request and queue it for the server, in one transaction."""
        return approvals.request(
            self.database, req, requested_by=requested_by, requested_by_name=requested_by_name, district=district
        )

    def decide_approval(self, request_id: str, decision: ApprovalDecisionIn) -> None:
        """A supervisor's decision, stored and queued in one transaction."""
        approvals.decide(self.database, request_id, decision)

    def apply_approvals(self, listed: Sequence[Approval]) -> ServerApprovals:
        return approvals.apply_server(self.database, listed)

    def approvals(self) -> list[HeldApproval]:
        return approvals.held(self.database)

    def find_approval(self, approval_id: str) -> Approval | None:
        return approvals.find(self.database, approval_id)

    # ----------------------------------------------------------------- purge, retention, the clock
    def end_access(self, kind: str, effective_at: dt.datetime, now_: dt.datetime | None = None) -> int:
        """Term end or redistricting on its date: every case purged, even offline, once (purge.py)."""
        return purge.end_access(self.database, kind, effective_at, now_ or now())

    def purge(self, service_request_id: str, reason: str) -> int:
        return purge.purge(self.database, service_request_id, reason)

    def purge_out_of_scope(self, district: int) -> int:
        return purge.purge_out_of_scope(self.database, district)

    def purge_refused(self, refusals: Sequence[Refusal]) -> int:
        return purge.purge_refused(self.database, refusals)

    def enforce_retention(self, now_: dt.datetime, policy: Policy) -> int:
        return purge.enforce_retention(self.database, now_, policy)

    def trusted_now(self, wall: dt.datetime | None = None) -> dt.datetime:
        """The clock retention and the offline limit count on (clock.py); records the high-water mark."""
        with self.database.transaction() as conn:
            return clock.trusted_now(conn, wall or now())

    # ----------------------------------------------------------------- cases and queries
    def case(self, service_request_id: str) -> Case | None:
        return cases.case(self.database, service_request_id)

    def list_ids(self, q: CaseQuery, *, limit: int | None = None) -> list[str]:
        return cases.list_ids(self.database, q, limit=limit)

    def rows(self, ids: Sequence[str]) -> dict[str, CaseRow]:
        return cases.rows(self.database, ids)

    def reminders(
        self, today: dt.date, owner: str | None = None, horizon_days: int | None = tasks.REMINDER_HORIZON_DAYS
    ) -> list[Reminder]:
        """Open reminders: overdue, today and the next `horizon_days` days (None: all); one owner's or all."""
        return cases.reminders(self.database, today, owner, horizon_days)

    def same_building(self, service_request_id: str) -> list[CaseRow]:
        """The other cases at the case's building that the office has open (groups.py)."""
        return groups.same_building(self.database, service_request_id)

    def groups(self, q: CaseQuery, by: GroupBy) -> list[Group]:
        return groups.groups(self.database, q, by)

    def prepare_grouping(self) -> bool:
        """Make the building's and the filer's indexes now, if not yet (the app asks after a sync): ~1 s once for
        100k cases, rather than at the first grouped list or case opened."""
        return groups.ensure_indexes(self.database)

    def caseload(self, today: dt.date | None = None) -> Caseload:
        return caseload_counts.caseload(self.database, today)

    # ----------------------------------------------------------------- reminders (tasks)
    def tasks_of(self, service_request_id: str) -> list[TaskEntry]:
        with self.database.reading() as conn:
            return tasks.tasks_of(conn, service_request_id)

    def change_task(self, change: TaskChangeIn) -> TaskChangeIn:
        """One change to a reminder (done, snooze, reschedule, reopen, owner), queued like a follow-up."""
        tasks.change(self.database, change, self._username())
        return change

    def task_done(self, task_id: str, service_request_id: str) -> TaskChangeIn:
        return self.change_task(tasks.make_change(task_id, service_request_id, "done"))

    def task_reopen(self, task_id: str, service_request_id: str) -> TaskChangeIn:
        return self.change_task(tasks.make_change(task_id, service_request_id, "reopen"))

    def task_snooze(self, task_id: str, service_request_id: str, until: dt.date) -> TaskChangeIn:
        return self.change_task(tasks.make_change(task_id, service_request_id, "snooze", due_date=until))

    def task_reschedule(self, task_id: str, service_request_id: str, due: dt.date) -> TaskChangeIn:
        return self.change_task(tasks.make_change(task_id, service_request_id, "reschedule", due_date=due))

    def task_assign(self, task_id: str, service_request_id: str, owner: str) -> TaskChangeIn:
        return self.change_task(tasks.make_change(task_id, service_request_id, "assign", owner=owner))

    def add_task(self, service_request_id: str, due: dt.date, text: str = "", owner: str = "") -> TaskChangeIn:
        """A reminder on its own (not with a follow-up)."""
        ch = tasks.make_change(
            str(uuid.uuid4()),
            service_request_id,
            "create",
            due_date=due,
            owner=owner or self._username(),
            text=text,
        )
        return self.change_task(ch)

    # ----------------------------------------------------------------- views
    def views(self) -> list[SavedView]:
        """The built-in views for the signed-in user, then their own saved ones."""
        return views.builtin_views(self._username()) + views.saved(self.database)

    def save_view(self, name: str, q: CaseQuery) -> SavedView:
        return views.save(self.database, name, q)

    def delete_view(self, name: str) -> bool:
        return views.delete(self.database, name)

    # ----------------------------------------------------------------- bulk actions
    def bulk(
        self,
        kind: BulkKind,
        params: dict[str, Any],
        case_ids: Sequence[str] = (),
        *,
        task_ids: Sequence[str] = (),
        actor: str = "",
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> BulkResult:
        """A bulk action (batch.py): written down, then carried out a chunk at a time; each case recorded as
        its single action would be."""
        op_id = batch.start(self.database, kind, params, case_ids, actor or self._username(), task_ids)
        return batch.run(self.database, op_id, progress=progress, cancel=cancel)

    def bulk_pending(self) -> list[tuple[str, str, int]]:
        return batch.pending(self.database)

    def bulk_resume(self) -> list[BulkResult]:
        """Finish bulk actions a stop interrupted (call after opening)."""
        return batch.resume(self.database)

    def facets(self) -> Facets:
        return cases.facets(self.database)

    def counts(self, today: dt.date | None = None) -> Counts:
        return cases.counts(self.database, today)

    def case_count(self) -> int:
        return cases.case_count(self.database)
