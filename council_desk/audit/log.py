"""The append-only, hash-chained audit log of access, disclosure and data loss events.

Each event's `hash` is SHA-256 over the canonical JSON of the event without `hash` (domain/chain.py) —
`prev_hash` included, so the rows form a chain from a genesis of 64 zeros. The newest (count, hash) is also kept
in `meta`, so cutting rows off the end is detected too. The log holds case ids and field NAMES only, never
contact details.

The server is the chain's witness (schema v5): every event carries this cache's device id and its number on the
device (`seq`, the row's own AUTOINCREMENT number, never reused), and an event is marked uploaded only when the
server's answer names it by number and hash (`mark_acknowledged`). A person with the cache key who deletes,
edits, reorders or marks events as uploaded leaves a gap or a broken link that the server records.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from council_desk.api.models import AuditEventIn, AuditReceipt
from council_desk.domain.chain import CURRENT_FORMAT, GENESIS
from council_desk.domain.chain import event_hash as _chain_hash
from council_desk.domain.errors import KnownError

if TYPE_CHECKING:
    # The cache's connection has exactly the stdlib sqlite3 API (sqlcipher3 is a build of it).
    from sqlite3 import Connection


class Journal(Protocol):
    """What the audit log needs of the store that holds it: a serialised read, and a write transaction that is
    committed (durably) when the block ends or rolled back on an error. `cache.store.CaseStore` is one; the audit
    log knows nothing else of the cache."""

    def transaction(self) -> AbstractContextManager[Connection]: ...

    def reading(self) -> AbstractContextManager[Connection]: ...


__all__ = [
    "DEVICE_META",
    "GENESIS",
    "AuditLog",
    "AuditWriteFailed",
    "DisclosureRow",
    "VerifyResult",
    "append_event",
    "event_hash",
]

DISCLOSURE_ACTIONS = ("reveal_contact", "copy_contact", "print", "export", "share")
_HEAD = "audit_head"
DEVICE_META = "device_id"  # this cache's device id (schema v5): 32 hex digits, random, made once
BASE_META = "audit_base_seq"  # the first event number the server witnesses (v5; after an upgrade, the first
#                               event not uploaded before it)


class AuditWriteFailed(KnownError):
    code = "audit_write_failed"
    exit_code = 8
    default_message = (
        "The audit log could not be written, so this action was not carried out (nothing was printed, shown or "
        "exported). Free some disk space or call support, then try again."
    )


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    problem: str | None = None  # plain words, no contents
    bad_seq: int | None = None


@dataclass(frozen=True)
class DisclosureRow:
    """One line of the privacy officer's disclosure report."""

    at: dt.datetime
    actor: str
    action: str
    service_request_ids: tuple[str, ...]
    fields: tuple[str, ...]
    disclosure_class: str | None
    approval_ref: str
    reason: str
    count: int
    output: str | None = None
    recipient: str | None = None
    recipient_name: str = ""


def event_hash(event: AuditEventIn | dict[str, Any]) -> str:
    """The chain hash of one event (its `hash` field ignored; the rule is domain/chain.py)."""
    data = event.model_dump(mode="json") if isinstance(event, AuditEventIn) else event
    return _chain_hash(data)


def _head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT count(*), (SELECT hash FROM audit ORDER BY seq DESC LIMIT 1) FROM audit").fetchone()
    return int(row[0]), (row[1] or GENESIS)


def append_event(
    conn: Connection,
    action: str,
    *,
    actor: str,
    service_request_ids: Sequence[str] = (),
    fields: Sequence[str] = (),
    disclosure_class: str | None = None,
    approval_ref: str = "",
    reason: str = "",
    count: int = 0,
    at: dt.datetime | None = None,
    output: str | None = None,
    recipient: str | None = None,
    recipient_name: str = "",
) -> AuditEventIn:
    """Append one event inside the caller's open transaction (the caller commits)."""
    n, prev = _head(conn)
    device = _meta(conn, DEVICE_META)
    # The number AUTOINCREMENT gives the row: one past the largest ever used, so a deleted number is never reused
    # (the server would otherwise take a second event 45 for a rewrite of the first).
    used = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    seq = (int(used[0]) if used else 0) + 1
    draft: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "at": (at or dt.datetime.now(dt.UTC)),
        "actor": actor,
        "action": action,
        "service_request_ids": list(service_request_ids),
        "fields": list(fields),
        "disclosure_class": disclosure_class,
        "approval_ref": approval_ref,
        "reason": reason,
        "count": count,
        "prev_hash": prev,
        "hash": GENESIS,
        "format": CURRENT_FORMAT,
        "device_id": device,
        "seq": seq,
        "output": output,
        "recipient": recipient,
        "recipient_name": recipient_name,
    }
    # Validate first (contract: ids are complaint numbers, fields are short names), then hash the JSON form.
    shaped = AuditEventIn.model_validate(draft).model_dump(mode="json")
    shaped["hash"] = event_hash(shaped)
    event = AuditEventIn.model_validate(shaped)
    conn.execute(
        "INSERT INTO audit (seq, id, at, actor, action, service_request_ids, fields, disclosure_class,"
        " approval_ref, reason, count, prev_hash, hash, format, device_id, output, recipient, recipient_name)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            seq,
            shaped["id"],
            shaped["at"],
            shaped["actor"],
            shaped["action"],
            json.dumps(shaped["service_request_ids"]),
            json.dumps(shaped["fields"]),
            shaped["disclosure_class"],
            shaped["approval_ref"],
            shaped["reason"],
            shaped["count"],
            shaped["prev_hash"],
            shaped["hash"],
            shaped["format"],
            shaped["device_id"],
            shaped["output"],
            shaped["recipient"],
            shaped["recipient_name"],
        ),
    )
    conn.execute(
        "INSERT INTO meta(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (_HEAD, f"{n + 1}:{shaped['hash']}"),
    )
    return event


def _meta(conn: Connection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row[0])


_COLUMNS = (
    "seq, id, at, actor, action, service_request_ids, fields, disclosure_class, approval_ref, reason, count,"
    " prev_hash, hash, format, device_id, output, recipient, recipient_name"
)


def _row_dict(row: Sequence[Any], device: str | None = None) -> dict[str, Any]:
    """An event as stored. A format-1 row (written before schema v5) carries no device or number of its own: on
    the wire it gets this cache's device id and its row number, which its hash does not cover."""
    fmt = int(row[13] or 1)
    return {
        "format": fmt,
        "device_id": row[14] if fmt >= 2 else device,
        "seq": int(row[0]),
        "output": row[15],
        "recipient": row[16],
        "recipient_name": row[17] or "",
        "id": row[1],
        "at": row[2],
        "actor": row[3],
        "action": row[4],
        "service_request_ids": json.loads(row[5]),
        "fields": json.loads(row[6]),
        "disclosure_class": row[7],
        "approval_ref": row[8],
        "reason": row[9],
        "count": row[10],
        "prev_hash": row[11],
        "hash": row[12],
    }


class AuditLog:
    """The audit log of one cache. Shares the store's connection and lock (one writer)."""

    def __init__(self, store: Journal) -> None:
        self._store = store

    def record(
        self,
        action: str,
        *,
        actor: str,
        service_request_ids: Sequence[str] = (),
        fields: Sequence[str] = (),
        disclosure_class: str | None = None,
        approval_ref: str = "",
        reason: str = "",
        count: int = 0,
        output: str | None = None,
        recipient: str | None = None,
        recipient_name: str = "",
    ) -> AuditEventIn:
        """Append and COMMIT one event before returning; AuditWriteFailed if it could not be made durable.

        Callers release a print, export or reveal only after this returns. Disclosures pass the keywords of
        `domain.disclosure.Disclosure.event`, so the app and the CLI write the same event for the same output.
        """
        try:
            with self._store.transaction() as conn:
                return append_event(
                    conn,
                    action,
                    actor=actor,
                    service_request_ids=service_request_ids,
                    fields=fields,
                    disclosure_class=disclosure_class,
                    approval_ref=approval_ref,
                    reason=reason,
                    count=count,
                    output=output,
                    recipient=recipient,
                    recipient_name=recipient_name,
                )
        except AuditWriteFailed:
            raise
        except KnownError as exc:
            raise AuditWriteFailed() from exc
        except Exception as exc:  # any failure to persist means the action must not happen
            if type(exc).__name__ == "ValidationError":
                raise  # a caller bug (e.g. contact details where a case id belongs), not an environment fault
            raise AuditWriteFailed() from exc

    def device_id(self) -> str | None:
        """This cache's device id (schema v5), the name the server witnesses its events under."""
        with self._store.reading() as conn:
            return _meta(conn, DEVICE_META)

    def base_seq(self) -> int:
        """The first event number the server's record of this device starts at."""
        with self._store.reading() as conn:
            raw = _meta(conn, BASE_META)
        return int(raw) if raw and raw.isdigit() and int(raw) >= 1 else 1

    def pending_upload(self, limit: int = 1000) -> list[AuditEventIn]:
        """Events the server has not acknowledged yet, oldest first."""
        with self._store.reading() as conn:
            device = _meta(conn, DEVICE_META)
            sql = f"SELECT {_COLUMNS} FROM audit WHERE uploaded = 0 ORDER BY seq LIMIT ?"  # noqa: S608 -- constant
            rows = conn.execute(sql, (limit,)).fetchall()
        return [AuditEventIn.model_validate(_row_dict(r, device)) for r in rows]

    def pending_count(self) -> int:
        with self._store.reading() as conn:
            return int(conn.execute("SELECT count(*) FROM audit WHERE uploaded = 0").fetchone()[0])

    def events(
        self,
        action: str | None = None,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        actor: str | None = None,
        disclosure_class: str | None = None,
        case: str | None = None,
    ) -> list[AuditEventIn]:
        """Every event (or those matching), oldest first: the log as the privacy officer reads it offline."""
        with self._store.reading() as conn:
            device = _meta(conn, DEVICE_META)
            sql = f"SELECT {_COLUMNS} FROM audit"  # noqa: S608 -- constant column names
            if action is None:
                rows = conn.execute(sql + " ORDER BY seq").fetchall()
            else:
                rows = conn.execute(sql + " WHERE action = ? ORDER BY seq", (action,)).fetchall()
        out = [AuditEventIn.model_validate(_row_dict(r, device)) for r in rows]
        return [
            e
            for e in out
            if (since is None or e.at >= since)
            and (until is None or e.at <= until)
            and (actor is None or e.actor == actor)
            and (disclosure_class is None or e.disclosure_class == disclosure_class)
            and (case is None or case in e.service_request_ids)
        ]

    def mark_acknowledged(self, receipts: Iterable[AuditReceipt]) -> int:
        """Mark uploaded exactly the events the server's answer names by number and hash; returns how many.
        A receipt for a number this log holds with another hash marks nothing (the server holds another
        event under that number: its record shows the fork)."""
        keys = [(r.seq, r.hash) for r in receipts]
        marked = 0
        with self._store.transaction() as conn:
            for seq, digest in keys:
                cur = conn.execute(
                    "UPDATE audit SET uploaded = 1 WHERE seq = ? AND hash = ? AND uploaded = 0", (seq, digest)
                )
                marked += max(cur.rowcount, 0)
        return marked

    def verify(self) -> VerifyResult:
        """Walk the chain: an edited, deleted, inserted or reordered row, or a cut-off end, is reported."""
        with self._store.reading() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq").fetchall()  # noqa: S608 -- only constant column names and "?" placeholders are interpolated
            head = conn.execute("SELECT value FROM meta WHERE name = ?", (_HEAD,)).fetchone()
        prev = GENESIS
        for n, row in enumerate(rows, start=1):
            seq = int(row[0])
            data = _row_dict(row)
            if data["prev_hash"] != prev:
                return VerifyResult(False, n - 1, "an entry is missing or out of order", seq)
            if event_hash(data) != data["hash"]:
                return VerifyResult(False, n - 1, "an entry was altered", seq)
            prev = data["hash"]
        expected = f"{len(rows)}:{prev}" if rows else None
        stored = head[0] if head else None
        if stored != expected:
            return VerifyResult(False, len(rows), "the newest entries are missing", None)
        return VerifyResult(True, len(rows))

    def disclosure_report(self, since: dt.datetime, until: dt.datetime) -> list[DisclosureRow]:
        """Who revealed, copied, printed, exported or shared which cases' data, when, under which class and
        approval, to whom."""
        lo = since.astimezone(dt.UTC)
        hi = until.astimezone(dt.UTC)
        with self._store.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM audit WHERE action IN ({','.join('?' * len(DISCLOSURE_ACTIONS))})"  # noqa: S608 -- only constant column names and "?" placeholders are interpolated
                " ORDER BY seq",
                DISCLOSURE_ACTIONS,
            ).fetchall()
        out: list[DisclosureRow] = []
        for row in rows:
            ev = AuditEventIn.model_validate(_row_dict(row))
            if not (lo <= ev.at <= hi):
                continue
            out.append(
                DisclosureRow(
                    at=ev.at,
                    actor=ev.actor,
                    action=ev.action,
                    service_request_ids=tuple(ev.service_request_ids),
                    fields=tuple(ev.fields),
                    disclosure_class=ev.disclosure_class,
                    approval_ref=ev.approval_ref,
                    reason=ev.reason,
                    count=ev.count,
                    output=ev.output,
                    recipient=ev.recipient,
                    recipient_name=ev.recipient_name,
                )
            )
        return out
