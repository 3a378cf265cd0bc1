"""Purge and retention: the only place that removes complaints from the cache, and that audits what was lost.

A purge removes a complaint with everything hanging on it — follow-ups and unsent outbox items by cascade, search
index entries by trigger, its place in a running snapshot — with `secure_delete` on, and the WAL is folded back
afterwards so old pages do not linger. It is audited by count and reason only, never with case numbers (they are
personal data once consent is withdrawn); unsent work lost with a case is counted as `unsent_lost`.

The rules that purge, each here: a removal or a refused record in the feed (feed.py calls `purge_in_tx` inside its
page transaction), a district switch (`switch_district`, inside the transaction that records the new identity),
the start-up scope check (`purge_out_of_scope`), a privacy halt (`purge_refused`), retention (`enforce_retention`,
on the cache's own clock: clock.py), a complete snapshot's leftovers (feed.py) and an explicit `purge`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from council_desk.api.models import Policy
from council_desk.audit.log import append_event
from council_desk.cache.clock import trusted_now
from council_desk.cache.database import Database
from council_desk.cache.db import Connection
from council_desk.cache.rows import Refusal
from council_desk.domain.status import CONSENT_SCOPE

__all__ = [
    "ACCESS_CHANGE_DONE",
    "SYSTEM_ACTOR",
    "end_access",
    "enforce_retention",
    "out_of_scope",
    "purge",
    "purge_in_tx",
    "purge_out_of_scope",
    "purge_refused",
    "record_purges",
    "switch_district",
]

log = logging.getLogger("council_desk.cache.purge")

SYSTEM_ACTOR = "council-desk"

# Everything not of the district or not under active, in-purpose consent, as range seeks on the scope index
# (schema v4): each OR term is one seek; written out so SQLite's OR optimisation can use the index for each.
_OUT_OF_SCOPE_SQL = (
    "SELECT service_request_id FROM complaints WHERE council_district < :d OR council_district > :d"
    " OR (council_district = :d AND consent_district < :d) OR (council_district = :d AND consent_district > :d)"
    " OR (council_district = :d AND consent_district = :d AND consent_scope < :s)"
    " OR (council_district = :d AND consent_district = :d AND consent_scope > :s)"
    " OR (council_district = :d AND consent_district = :d AND consent_scope = :s"
    "     AND consent_withdrawn_at IS NOT NULL)"
)


# What hangs on a complaint besides its follow-ups and outbox items (issue 14): its reminders (tasks; an owner is
# on the case row itself and goes with it), its reopen requests' progress and shared survey answers, and its place
# in a bulk action under way. Deleted here by name, not left to the foreign keys' cascades alone, so that this
# one place says what a purge removes.
_ATTACHED = ("tasks", "reopen_requests", "surveys", "bulk_op_items")


def purge_in_tx(conn: Connection, service_request_id: str) -> tuple[int, int]:
    """Delete a complaint; follow-ups and outbox rows go by cascade, search entries by trigger, its casework
    (`_ATTACHED`) by name, and every approval or request naming it (with its queued request or decision: no use
    without the case). Returns (1 if it existed, unsent outbox items lost)."""
    requests = [
        r[0]
        for r in conn.execute(
            "SELECT request_id FROM approval_cases WHERE service_request_id = ?", (service_request_id,)
        )
    ]
    lost = 0
    for rid in requests:
        queued = conn.execute(
            "DELETE FROM outbox WHERE service_request_id <> ? AND ((kind = 'approval' AND idempotency_key = ?)"
            " OR (kind = 'decision' AND json_extract(CAST(payload AS TEXT), '$.request_id') = ?))",
            (service_request_id, rid, rid),
        )
        lost += max(queued.rowcount, 0)
        conn.execute("DELETE FROM approvals WHERE request_id = ?", (rid,))
    unsent = conn.execute("SELECT count(*) FROM outbox WHERE service_request_id = ?", (service_request_id,))
    lost += int(unsent.fetchone()[0])
    for table in _ATTACHED:
        conn.execute(f"DELETE FROM {table} WHERE service_request_id = ?", (service_request_id,))  # noqa: S608 -- constant names
    cur = conn.execute("DELETE FROM complaints WHERE service_request_id = ?", (service_request_id,))
    conn.execute("DELETE FROM snapshot_seen WHERE service_request_id = ?", (service_request_id,))
    return (1 if cur.rowcount > 0 else 0), lost


def record_purges(conn: Connection, reasons: dict[str, int], lost: int) -> None:
    """Audit purges and lost unsent work by count and reason only: no ids (they are personal data too)."""
    reasons = {k: v for k, v in reasons.items() if v}
    if reasons:
        summary = ",".join(f"{k}:{v}" for k, v in sorted(reasons.items()))
        append_event(conn, "purge", actor=SYSTEM_ACTOR, count=sum(reasons.values()), reason=summary)
    if lost:
        append_event(conn, "unsent_lost", actor=SYSTEM_ACTOR, count=lost, reason="purged_with_case")


def out_of_scope(conn: Connection, district: int) -> list[str]:
    return [r[0] for r in conn.execute(_OUT_OF_SCOPE_SQL, {"d": district, "s": CONSENT_SCOPE})]


def _purge_all(conn: Connection, ids: Sequence[str], reason: str) -> int:
    lost = gone = 0
    for sid in ids:
        removed, unsent = purge_in_tx(conn, sid)
        gone += removed
        lost += unsent
    record_purges(conn, {reason: gone}, lost)
    return gone


def switch_district(conn: Connection, district: int) -> int:
    """Inside the transaction that records a new district: every complaint outside it goes, both feed cursors and
    any snapshot in progress are forgotten, and a full resync is owed (cleared only when a snapshot completes)."""
    gone = _purge_all(conn, out_of_scope(conn, district), "district_changed")
    conn.execute("DELETE FROM sync_state")
    conn.execute("DELETE FROM snapshot_seen")
    conn.execute("DELETE FROM meta WHERE name IN ('snapshot_active', 'snapshot_from_empty')")
    conn.execute(
        "INSERT INTO meta(name, value) VALUES ('resync_required', '1')"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value"
    )
    log.warning("district changed: %d case(s) of the old district purged; full resync required", gone)
    return gone


def purge(db: Database, service_request_id: str, reason: str) -> int:
    """Remove one complaint and everything attached; returns 1 if it was held, else 0."""
    with db.transaction() as conn:
        gone, lost = purge_in_tx(conn, service_request_id)
        record_purges(conn, {reason: gone} if gone else {}, lost)
    if gone:
        db.quiet_checkpoint()
    return gone


def purge_out_of_scope(db: Database, district: int) -> int:
    """The start-up check over what is held: purge every complaint not of `district` or not under active,
    in-purpose consent (a stray left by an older version, a bug, or an edit made with the key). Cheap: a few
    empty range seeks on the scope index (schema v4). Returns how many were purged (counted and audited)."""
    with db.reading() as conn:
        strays = out_of_scope(conn, district)
    if not strays:
        return 0
    with db.transaction() as conn:
        gone = _purge_all(conn, out_of_scope(conn, district), "out_of_scope")
    log.warning("start-up scope check purged %d case(s)", gone)
    db.quiet_checkpoint()
    return gone


def purge_refused(db: Database, refusals: Sequence[Refusal]) -> int:
    """Purge the held copies of records a page refused, when the page itself is not applied (a privacy halt
    stops the sync before it): "no longer yours" still holds. Returns how many were held."""
    if not refusals:
        return 0
    with db.transaction() as conn:
        reasons: dict[str, int] = {}
        lost = 0
        for r in refusals:
            gone, unsent = purge_in_tx(conn, r.service_request_id)
            lost += unsent
            if gone:
                reasons[f"refused_{r.reason}"] = reasons.get(f"refused_{r.reason}", 0) + 1
        record_purges(conn, reasons, lost)
    purged = sum(reasons.values())
    if purged:
        db.quiet_checkpoint()
    return purged


def enforce_retention(db: Database, now: dt.datetime, policy: Policy) -> int:
    """Purge complaints closed longer ago than the policy allows; returns how many.

    "Now" is the cache's own clock (clock.py): a clock set back does not keep data past its time, and one
    far-future record cannot move it. A complaint closed at the agency without a closed date counts from its
    filing date (rows.py)."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    with db.transaction() as conn:
        effective = trusted_now(conn, now)
        cutoff = (effective - dt.timedelta(days=policy.retention_days_after_close)).timestamp()
        expired = [
            r[0]
            for r in conn.execute(
                # "+status": not the status index, which would visit every closed case (most of them; ~0.1 s
                # a run at 100k), but the range of complaints_closed before the cutoff, usually empty.
                "SELECT service_request_id FROM complaints"
                " WHERE +status = 'closed' AND closed_ts IS NOT NULL AND closed_ts < ?",
                (cutoff,),
            )
        ]
        lost = sum(purge_in_tx(conn, sid)[1] for sid in expired)
        record_purges(conn, {"retention_expired": len(expired)} if expired else {}, lost)
    if expired:
        db.quiet_checkpoint()
    return len(expired)


ACCESS_CHANGE_DONE = "access_change_done"  # meta: the announcement (kind@effective time) already carried out


def end_access(db: Database, kind: str, effective_at: dt.datetime, now: dt.datetime) -> int:
    """The office's access ended (`term_end`) or its district changed (`redistricting`) at `effective_at`: on the
    cache's own clock at or past it, every complaint goes with everything attached (unsent work lost is counted),
    both feeds and any snapshot are forgotten and a full resync is owed — even offline, once per announcement,
    recorded in the audit log by count and reason. Returns how many were purged (0 before the date)."""
    marker = f"{kind}@{effective_at.astimezone(dt.UTC).isoformat()}"
    with db.transaction() as conn:
        done = conn.execute("SELECT value FROM meta WHERE name = ?", (ACCESS_CHANGE_DONE,)).fetchone()
        if (done is not None and done[0] == marker) or trusted_now(conn, now) < effective_at:
            return 0
        held = [r[0] for r in conn.execute("SELECT service_request_id FROM complaints")]
        lost = gone = 0
        for sid in held:
            removed, unsent = purge_in_tx(conn, sid)
            gone += removed
            lost += unsent
        # Requests and decisions left in the outbox (their cases are gone) and approvals: nothing to do them for.
        conn.execute("DELETE FROM approvals")
        lost += max(conn.execute("DELETE FROM outbox").rowcount, 0)
        append_event(conn, "purge", actor=SYSTEM_ACTOR, count=gone, reason=f"{kind}:{gone}")
        if lost:
            append_event(conn, "unsent_lost", actor=SYSTEM_ACTOR, count=lost, reason=f"purged_{kind}")
        conn.execute("DELETE FROM sync_state")
        conn.execute("DELETE FROM snapshot_seen")
        conn.execute("DELETE FROM meta WHERE name IN ('snapshot_active', 'snapshot_from_empty')")
        for name, value in (("resync_required", "1"), (ACCESS_CHANGE_DONE, marker)):
            conn.execute(
                "INSERT INTO meta(name, value) VALUES (?, ?)"
                " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (name, value),
            )
    log.warning("%s: %d case(s) purged from this PC", kind, gone)
    db.quiet_checkpoint()
    return gone
