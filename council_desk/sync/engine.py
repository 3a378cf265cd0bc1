"""The sync engine: who am I → push the outbox → upload the audit log → pull complaints → pull follow-ups → pull
approvals (and, for a supervisor, the officer's alerts). The pulls after the complaints' are the office's own
feeds, which purge nothing (`office_feeds.py`); the push is `push.py`.

Privacy and safety rules it enforces (DESIGN.md §4, RELIABILITY.md):
- The district comes from `/v1/me`, never from a record. Every upsert is re-checked with `scope.refusal_reason`;
  a refused record is never stored, only counted by reason (logged and audited without contents). More than
  `MAX_REFUSED` in one sync halts it (`PrivacyHalt`) and nothing further is stored.
- Each page is applied in one store transaction together with its cursor.
- A full snapshot (first sync, or after 410) purges what it lacks only when the feed ended properly
  (`has_more` false) and every page said it was a snapshot page. A repeated cursor, a feed going backwards or an
  endless run of empty pages stops the sync and aborts the snapshot: an incomplete snapshot never purges.

Deviation from the brief, on purpose: a complaint page is parsed strictly (UTF-8, no duplicate keys, no NaN; a
malformed page is rejected whole), but its changes are validated one by one, so a single type-confused upsert
(consent "yes", district "07") is refused and counted with reason "contract" instead of blocking the district's
whole feed. A *removal* that fails the contract still rejects the page whole (fail closed: never miss a purge).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import gc
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from council_desk.api.models import (
    AuditBatch,
    Me,
)
from council_desk.domain import access
from council_desk.domain.errors import KnownError, Offline, PrivacyHalt

from .client import AccessClient
from .errors import AccessEnded, BadResponse, CursorExpired, DeviceRevoked
from .http import RawResponse, Transport, is_json_type
from .local_policy import LAST_CONTACT_META, enforce_policy
from .office_feeds import pull_approvals, pull_casework, pull_followups
from .pages import PageParser, PageRejected, ParsedPage, ParserGone, parse_complaint_page_data
from .push import push_outbox
from .summary import MAX_EMPTY_PAGES, MAX_PAGES, FeedAbuse, SyncProgress, SyncSummary, check_cancel

if TYPE_CHECKING:
    from council_desk.audit.log import AuditLog
    from council_desk.cache.store import CaseStore

log = logging.getLogger("council_desk.sync.engine")

MAX_REFUSED = 5
PAGE_LIMIT = 1000
PAGE_WORKER_ENV = "COUNCIL_DESK_PAGE_WORKER"


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_saved: tuple[int, int, int] = gc.get_threshold()
# While pages stream in, each page's 1000 records (parsed JSON, models, row tuples) are made and freed by reference
# counting: none forms a cycle. The collector still counts them as allocations and, at the default thresholds,
# walked the young objects ~2,500 times and the whole heap ~20 times in a 100k first sync (1.4 s of its 15 s,
# measured with gc.callbacks). A high first threshold lets it run only if something really piles up.
_PULL_GC_THRESHOLD = (50_000, 50, 100)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Raise the collector's thresholds for the duration of a pull; the previous ones come back after the last
    overlapping pull (the app can run a sync while another thread reads), whatever way it ends."""
    global _gc_pauses, _gc_saved
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_saved = gc.get_threshold()
            gc.set_threshold(*_PULL_GC_THRESHOLD)
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0:
                gc.set_threshold(*_gc_saved)


# A fetched page (raw, or parsed in the page parser's process) and the page after it, if fetched ahead.
@dataclass(frozen=True)
class _InParser:
    """A page fetched ahead and already handed to the page parser, which works on it meanwhile."""

    raw: RawResponse


_Ahead = RawResponse | _InParser | Exception | None
_Fetched = tuple[RawResponse | ParsedPage, _Ahead]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncEngine:
    """One sync run at a time per store (the session serialises runs)."""

    def __init__(
        self,
        store: CaseStore,
        client: AccessClient,
        audit: AuditLog,
        *,
        wipe: Callable[[], None] | None = None,
        clock: Callable[[], dt.datetime] = _utcnow,
        page_limit: int = PAGE_LIMIT,
    ) -> None:
        self.store = store
        self.client = client
        self.audit = audit
        self._wipe = wipe
        self._clock = clock
        self.page_limit = page_limit
        # Parse pages in a separate process: None decides per sync (a bulk-loaded first sync, see `_parse_apart`).
        # COUNCIL_DESK_PAGE_WORKER=off turns it off (support: a machine where the child cannot start), =on uses
        # it for every multi-page pull (tests: kills land while it parses).
        self.parse_apart: bool | None = {"on": True, "off": False}.get(os.environ.get(PAGE_WORKER_ENV, ""))

    # ----------------------------------------------------------------------------------------------- run
    def run(
        self,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncSummary:
        t0 = time.monotonic()
        summary = SyncSummary()
        report = progress or (lambda _p: None)
        report(SyncProgress("me"))
        me = self.client.me(cancel)
        if me.policy.device_status == "revoked":
            self._wipe_now(me.username)
            raise DeviceRevoked()
        # The office's access ends, or its district changes, on an announced date: on that date the cases go
        # (even offline: enforce_policy does the same), and after a term end only the audit log still goes up.
        summary.access_purged = self._access_change(me, summary, cancel)
        # A district that changed purges the old district's cases in the same transaction that records it, and
        # marks a full resync required until one completes (a halted or cut-off resync does not forget it).
        summary.district_changed = self.store.adopt_identity(me)
        self.store.set_meta(LAST_CONTACT_META, self._clock().isoformat())

        # A bulk action a stop interrupted is finished first (cache/batch.py), so what it records goes now too.
        summary.bulk_resumed = sum(r.recorded for r in self.store.bulk_resume())
        push_outbox(self.store, self.client, summary, report, cancel)
        self._upload_audit(summary, cancel)
        with _fewer_collections():
            self._pull_complaints(me, summary, report, cancel, force_snapshot=self.store.resync_required())
            pull_followups(self.store, self.client, self.page_limit, summary, report, cancel)
            pull_casework(self.store, self.client, self.page_limit, summary, report, cancel)
        pull_approvals(self.store, self.client, me, summary, report, cancel)
        self.store.set_meta(LAST_CONTACT_META, self._clock().isoformat())
        try:  # events written during this run (refusals, losses) go up now rather than next time
            self._upload_audit(summary, cancel)
        except KnownError as exc:
            log.info("audit upload after pull failed (%s); retried next sync", type(exc).__name__)
        summary.audit_waiting = self.audit.pending_count()
        summary.duration_s = time.monotonic() - t0
        report(SyncProgress("done", summary.pulled))
        return summary

    # ----------------------------------------------------------------------------------------------- push
    def upload_audit(self, cancel: threading.Event | None = None) -> int:
        """Send what the server has not acknowledged (also right after an exigent disclosure: the officer is told
        at once). Returns how many the server acknowledged now."""
        summary = SyncSummary()
        self._upload_audit(summary, cancel)
        return summary.audit_uploaded

    def push(self, cancel: threading.Event | None = None) -> int:
        """Send what waits in the outbox, without pulling (before an office's access ends)."""
        summary = SyncSummary()
        push_outbox(self.store, self.client, summary, lambda _p: None, cancel)
        return summary.pushed

    def _upload_audit(self, summary: SyncSummary, cancel: threading.Event | None) -> None:
        device, base = self.audit.device_id(), self.audit.base_seq()
        for _ in range(1000):
            events = self.audit.pending_upload(1000)
            if not events:
                return
            check_cancel(cancel)
            ack = self.client.post_audit(AuditBatch(events=events, device_id=device, base_seq=base), cancel)
            # Only what the server names by number and hash is marked: a lost answer, a partial one or an answer
            # naming other events marks nothing else, and the rest goes again next time.
            marked = self.audit.mark_acknowledged(ack.acknowledged)
            summary.audit_uploaded += marked
            if marked < len(events):
                log.warning(
                    "the server acknowledged %d of %d audit events; the rest is sent again later",
                    marked,
                    len(events),
                )
                return

    def _access_change(self, me: Me, summary: SyncSummary, cancel: threading.Event | None) -> int:
        """Carry out an announced end of access whose date has come; note one that is near."""
        change = me.access_change
        if change is None:
            return 0
        now = self.store.trusted_now()
        found = access.notice(change, now)
        summary.access_notice = found.text if found else ""
        if now < change.effective_at:
            return 0
        purged = self.store.end_access(change.kind, change.effective_at)
        if change.kind == "term_end":
            with contextlib.suppress(KnownError):  # the record of what was disclosed still goes to the city
                self._upload_audit(summary, cancel)
            raise AccessEnded()
        return purged

    # ----------------------------------------------------------------------------------------------- pull
    def _pull_complaints(
        self,
        me: Me,
        summary: SyncSummary,
        report: Callable[[SyncProgress], None],
        cancel: threading.Event | None,
        *,
        force_snapshot: bool,
    ) -> None:
        cursor = None if force_snapshot else self.store.cursor("complaints")
        # A snapshot interrupted by a kill, a network fault or a cancel is resumed from its cursor: the store
        # keeps the set of ids seen so far, so the purge at its end is still exact.
        resumed = cursor is not None and self.store.snapshot_active()
        snapshot = cursor is None or resumed
        if cursor is None:
            self.store.begin_snapshot()
        restarted = False
        refused: Counter[str] = Counter()
        seen_cursors: set[str] = set() if cursor is None else {cursor}
        seen_ids: set[str] = set()
        max_seq = -1
        empty_run = 0
        all_snapshot_pages = True
        # The next page is fetched in the background while this thread stores the current one. It is parsed here
        # (JSON parsing and validation hold the GIL for tens of milliseconds at a time, and a prefetch thread doing
        # them made every short SQLite call here wait for the GIL: the 100k first sync spent more time waiting
        # than the work it overlapped), or, during a bulk load, in a separate process that the prefetch thread
        # waits on, so parsing the next page and storing this one really run at once (sync/pages.py).
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-prefetch")
        pending: concurrent.futures.Future[_Fetched] | None = None
        ahead: _Ahead = None  # the page after the current one, if already fetched
        parser = PageParser()
        if self._parse_apart(snapshot):
            parser.start()  # starts up while the first page is fetched and stored
        try:
            for _page_no in range(MAX_PAGES):
                check_cancel(cancel)
                if pending is None:
                    pending = pool.submit(self._fetch_page, cursor, cancel, None, me.district, None)
                try:
                    got, ahead = pending.result()
                    page = self._parsed(got, me.district)
                except CursorExpired:
                    if cursor is None or restarted:
                        raise FeedAbuse() from None
                    # The server forgot our position: start a full snapshot. Nothing is purged until it is whole.
                    log.info("complaint cursor expired; full resync")
                    restarted = True
                    summary.full_resync = True
                    cursor, snapshot = None, True
                    self.store.begin_snapshot()
                    seen_cursors, seen_ids, max_seq, empty_run, all_snapshot_pages = set(), set(), -1, 0, True
                    pending, ahead = None, None
                    continue
                pending = None
                # --- scope first: refused records were dropped before anything else looked at them
                for note in page.notes:
                    log.warning("%s", note)
                for reason in page.refused:
                    refused[reason] += 1
                keep, removals = page.upserts, page.removals
                if sum(refused.values()) > MAX_REFUSED:
                    # The page is not applied, but what it refuses is no longer ours: held copies go now.
                    summary.refused_purged += self.store.purge_refused(page.refusals)
                    self._record_refusals(me, refused, summary)
                    log.error("privacy halt: %d refused records in one sync", sum(refused.values()))
                    raise PrivacyHalt()
                # --- feed sanity (on what would be stored): loops and rewinds stop the sync and never purge
                if page.next_cursor in seen_cursors and page.has_more:
                    log.warning("complaint feed repeated a cursor; stopping")
                    raise FeedAbuse()
                seen_cursors.add(page.next_cursor)
                if not page.snapshot:
                    all_snapshot_pages = False
                seqs = [c.seq for c in keep] + [c.seq for c in removals]
                if not snapshot and seqs and min(seqs) <= max_seq:
                    log.warning("complaint feed went backwards; stopping")
                    raise FeedAbuse()
                if seqs:
                    max_seq = max(max_seq, *seqs)
                if snapshot:
                    for up in keep:
                        sid = up.service_request_id
                        if sid in seen_ids:
                            log.warning("complaint snapshot repeated a record; stopping")
                            raise FeedAbuse()
                        seen_ids.add(sid)
                empty_run = empty_run + 1 if not (keep or removals) and page.has_more else 0
                if empty_run > MAX_EMPTY_PAGES:
                    log.warning("complaint feed sent %d empty pages in a row; stopping", empty_run)
                    raise FeedAbuse()
                if page.has_more:
                    # A bulk load is a big first sync: parse its pages in the separate process from here on.
                    use_parser = parser if self._parse_apart(snapshot) else None
                    pending = pool.submit(
                        self._fetch_page, page.next_cursor, cancel, use_parser, me.district, ahead
                    )
                result = self.store.apply_complaint_page(
                    keep, removals, page.next_cursor, snapshot=snapshot, refusals=page.refusals
                )
                summary.pulled += result.upserted
                summary.removed += result.removed
                summary.unsent_lost += result.unsent_lost
                summary.refused_purged += result.refused_purged
                report(SyncProgress("complaints", summary.pulled))
                if not page.has_more:
                    break
                cursor = page.next_cursor
            else:
                raise FeedAbuse()
        except (FeedAbuse, PrivacyHalt):
            # A looping, rewinding or misconfigured feed: this snapshot can never be trusted to be complete.
            if snapshot:
                self.store.abort_snapshot()
            self._record_refusals(me, refused, summary)
            raise
        except BaseException:
            self._record_refusals(me, refused, summary)
            # Offline, cancelled, a full disk…: the snapshot is resumed later, but what arrived so far must be
            # searchable and sortable now (cache/bulk.py). Best effort: the original error is what matters.
            with contextlib.suppress(Exception):
                self.store.finish_bulk_load()
            raise
        finally:
            # An abandoned prefetch finishes (or times out) on its own; nothing it fetched is applied.
            pool.shutdown(wait=False, cancel_futures=True)
            parser.close()
        self._record_refusals(me, refused, summary)
        if snapshot:
            if all_snapshot_pages:
                summary.purged_by_snapshot = self.store.finish_snapshot()
            else:
                # The server did not mark the pages as a snapshot: we cannot be sure it is complete. Keep all.
                log.warning("feed without snapshot marks after a fresh start; nothing purged")
                self.store.abort_snapshot()

    def _fetch_page(
        self,
        cursor: str | None,
        cancel: threading.Event | None,
        parser: PageParser | None,
        district: int,
        fetched: _Ahead,
    ) -> _Fetched:
        """The page at `cursor` (or `fetched`, that page fetched ahead), parsed by `parser` if given; with a
        parser, the page after it too, fetched while the parser validates this one (its cursor comes first) and
        handed to the parser before this one is returned, so the parser works on it while this one is stored.
        A failure to fetch that next page is kept and raised when the sync reaches it, as if fetched then."""
        if isinstance(fetched, Exception):
            raise fetched
        if isinstance(fetched, _InParser):
            raw = fetched.raw
            if parser is None:  # not parsing apart any more: the parser's answers are not read, nor wanted
                return raw, None
        else:
            raw = fetched or self.client.complaints_page_response(cursor, self.page_limit, cancel)
            if parser is None or not is_json_type(raw.content_type):
                return raw, None  # parsed (or refused, with its log line) on the sync thread
        try:
            if not isinstance(fetched, _InParser):
                parser.send(raw.body, district)
            next_cursor, more = parser.cursor()
            ahead: _Ahead = None
            try:
                if more:
                    ahead = self.client.complaints_page_response(next_cursor, self.page_limit, cancel)
            except Exception as exc:  # kept for when the sync reaches that page
                ahead = exc
            finally:
                page = parser.finish()  # always: its answer must be read before the next page is handed over
        except PageRejected:
            return raw, None  # refused again on the sync thread, which logs why and stops the sync
        except ParserGone as exc:
            log.warning("complaint page parser process failed (%s); parsing on this thread", exc)
            return raw, None
        if isinstance(ahead, RawResponse) and is_json_type(ahead.content_type):
            with contextlib.suppress(ParserGone):  # then the next call parses it on the sync thread
                parser.send(ahead.body, district)
                ahead = _InParser(ahead)
        return page, ahead

    def _parse_apart(self, snapshot: bool) -> bool:
        if self.parse_apart is not None:
            return self.parse_apart
        return snapshot and self.store.bulk_loading

    @staticmethod
    def _parsed(got: RawResponse | ParsedPage, district: int) -> ParsedPage:
        if isinstance(got, ParsedPage):
            return got
        data = Transport.parse_json(got, what="complaints_page")  # content type and strict JSON, logged
        try:
            return parse_complaint_page_data(data, district)
        except PageRejected as exc:
            log.warning("complaint page rejected: %s", exc.note)
            raise BadResponse() from None

    def _record_refusals(self, me: Me, refused: Counter[str], summary: SyncSummary) -> None:
        new = {k: v - summary.refused_by_reason.get(k, 0) for k, v in refused.items()}
        for reason, n in sorted(new.items()):
            if n <= 0:
                continue
            log.warning("refused %d record(s): %s", n, reason)  # the reason only, never contents or ids
            try:
                self.audit.record("refused_record", actor=me.username, reason=reason, count=n)
            except KnownError:
                log.error("could not audit refused records")
        summary.refused_by_reason = dict(refused)
        summary.refused = sum(refused.values())

    def _wipe_now(self, actor: str) -> None:
        log.warning("device revoked by the server: wiping the local cache")
        if self._wipe is not None:
            self._wipe()


# Named here as before (the CLI, the session and the tests import them from the engine).
__all__ = [
    "LAST_CONTACT_META",
    "FeedAbuse",
    "Offline",
    "SyncEngine",
    "SyncProgress",
    "SyncSummary",
    "enforce_policy",
]
