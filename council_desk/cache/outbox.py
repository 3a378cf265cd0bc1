"""The outbox: the caseworker's own work (follow-ups, office status changes, reopen requests, approval requests, a
supervisor's decisions) stored at once and queued for sending, never lost.

Each write is one durable transaction (the follow-up, its outbox item and the case's summary together); one that
cannot be stored raises `NotSaved`, so the caseworker is told. An item leaves the outbox only when the server
acknowledged exactly what was sent (`mark_sent`, or the shared follow-up log through `acknowledges`), or when it
can never be delivered (`drop`: counted and audited without contents), or with its case under a purge rule
(purge.py). A server record under a pending follow-up's id that is not that follow-up acknowledges nothing: the
follow-up gets a fresh id and is sent again (`rekey_pending`).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from council_desk.api.casework import Task, TaskChangeIn
from council_desk.api.models import FollowUp, FollowUpIn, ReopenRequest, ReopenRequestIn
from council_desk.api.privacy import Approval, ApprovalRequestIn
from council_desk.audit.log import append_event
from council_desk.cache import lifecycle, tasks
from council_desk.cache.approvals import store_server_approval
from council_desk.cache.database import Database, iso, now, utc_ts
from council_desk.cache.db import Connection
from council_desk.cache.errors import CacheProblem
from council_desk.cache.purge import SYSTEM_ACTOR
from council_desk.cache.summary import refresh_case

__all__ = [
    "OutboxItem",
    "acknowledges",
    "add_followup",
    "add_followup_in",
    "assign_followup",
    "count",
    "drop",
    "items",
    "mark_failed",
    "mark_sent",
    "rekey",
    "rekey_pending",
    "request_reopen",
    "store_server_followup",
]

log = logging.getLogger("council_desk.cache.outbox")

# What a server follow-up must match to be the office's own: case, kind and content (and when it was written).
FU_MATCH_COLUMNS = (
    "service_request_id, kind, text, outcome, office_status, due_date, created_ts, pending, assignee"
)
_FU_PENDING = 7


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: Literal["followup", "reopen", "approval", "decision", "task"]
    service_request_id: str
    payload: bytes
    idempotency_key: str
    attempts: int
    last_error_code: str | None = None


def _require_case(conn: Connection, service_request_id: str) -> None:
    held = conn.execute("SELECT 1 FROM complaints WHERE service_request_id = ?", (service_request_id,))
    if held.fetchone() is None:
        raise CacheProblem(
            "This case is no longer in the cache on this PC, so nothing was saved.", code="case_gone"
        )


def _enqueue(conn: Connection, kind: str, service_request_id: str, payload: bytes, key: str) -> None:
    conn.execute(
        "INSERT INTO outbox (kind, service_request_id, payload, idempotency_key, created_at) VALUES (?,?,?,?,?)",
        (kind, service_request_id, payload, key, now().isoformat()),
    )


def assign_followup(service_request_id: str, assignee: str, text: str = "") -> FollowUpIn:
    """Give a case to someone of the office ("" = nobody): a follow-up of kind "assign", queued like any other."""
    return FollowUpIn.model_validate(
        {
            "id": uuid.uuid4(),
            "service_request_id": service_request_id,
            "kind": "assign",
            "text": text,
            "assignee": assignee,
            "created_at": now(),
        }
    )


def add_followup(db: Database, fu: FollowUpIn, author: str, remind: str | None = None) -> None:
    """Store a follow-up locally (pending) and queue it for sending, in one transaction (`add_followup_in`)."""
    with db.transaction() as conn:
        add_followup_in(conn, fu, author, remind)


def add_followup_in(conn: Connection, fu: FollowUpIn, author: str, remind: str | None = None) -> bool:
    """`add_followup` inside the caller's transaction. A follow-up with a date sets a reminder owned by `remind`
    (default: the author), a task of its own (tasks.py); an "assign" follow-up is audited as casework. A follow-up
    already held under its id is left as it is (a bulk action resumed after a crash): False."""
    if fu.kind == "status" and fu.office_status is None:
        raise ValueError("a status follow-up needs office_status")
    _require_case(conn, fu.service_request_id)
    if conn.execute("SELECT 1 FROM followups WHERE id = ?", (str(fu.id),)).fetchone() is not None:
        return False
    owner = remind or author
    if fu.due_date is not None and not owner:
        raise CacheProblem(
            "A reminder needs to know whose it is: sign in first, then log the follow-up again.",
            code="reminder_needs_owner",
        )
    conn.execute(
        "INSERT INTO followups (id, service_request_id, kind, text, outcome, office_status, due_date,"
        " created_at, created_ts, author, pending, assignee) VALUES (?,?,?,?,?,?,?,?,?,?,1,?)",
        (
            str(fu.id),
            fu.service_request_id,
            fu.kind,
            fu.text,
            fu.outcome,
            fu.office_status,
            iso(fu.due_date),
            fu.created_at.isoformat(),
            utc_ts(fu.created_at),
            author,
            fu.assignee,
        ),
    )
    _enqueue(conn, "followup", fu.service_request_id, fu.model_dump_json().encode(), str(fu.id))
    if fu.due_date is not None:
        tasks.create_for_followup(
            conn, str(fu.id), fu.service_request_id, fu.due_date, owner, fu.text, fu.created_at
        )
    if fu.kind == "assign":
        # Casework, not a disclosure: no class, no fields; who made the case whose, in the chain the privacy
        # officer reads (an owner is who needs to know).
        append_event(
            conn,
            "assign",
            actor=author,
            service_request_ids=[fu.service_request_id],
            reason=f"assigned to {fu.assignee}" if fu.assignee else "unassigned",
        )
    refresh_case(conn, fu.service_request_id)
    return True


def status_followup(service_request_id: str, status: str, text: str = "") -> FollowUpIn:
    """A change of the office's status of a case: a follow-up of kind "status", queued like any other."""
    return FollowUpIn.model_validate(
        {
            "id": uuid.uuid4(),
            "service_request_id": service_request_id,
            "kind": "status",
            "text": text,
            "office_status": status,
            "created_at": now(),
        }
    )


def request_reopen(db: Database, service_request_id: str, reason: str, text: str = "") -> ReopenRequestIn:
    """Queue a request that 311 forwards a reopen to the agency (idempotent by its id)."""
    req = ReopenRequestIn.model_validate({"id": uuid.uuid4(), "reason": reason, "text": text, "created_at": now()})
    with db.transaction() as conn:
        _require_case(conn, service_request_id)
        _enqueue(conn, "reopen", service_request_id, req.model_dump_json().encode(), str(req.id))
        lifecycle.record_sent(conn, service_request_id, req)
        conn.execute(
            "UPDATE complaints SET reopen_requested_at = ? WHERE service_request_id = ?",
            (req.created_at.isoformat(), service_request_id),
        )
        refresh_case(conn, service_request_id)
    return req


def items(db: Database) -> list[OutboxItem]:
    """Everything waiting to be sent, oldest first."""
    with db.reading() as conn:
        found = conn.execute(
            "SELECT id, kind, service_request_id, payload, idempotency_key, attempts, last_error_code"
            " FROM outbox ORDER BY id"
        ).fetchall()
    return [OutboxItem(r[0], r[1], r[2], bytes(r[3]), r[4], r[5], r[6]) for r in found]


def count(db: Database) -> int:
    with db.reading() as conn:
        return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


def mark_sent(
    db: Database, item_id: int, response: FollowUp | ReopenRequest | Approval | Task, author: str = ""
) -> bool:
    """The server accepted an outbox item: remove it and record the server's version. An answer that is not what
    was sent (another case, kind or content; another request; another task) acknowledges nothing: the item stays
    queued (False). `author`: this PC's user (a task's other unsent changes are folded on the answer as theirs)."""
    with db.transaction() as conn:
        row = conn.execute(
            "SELECT kind, service_request_id, payload FROM outbox WHERE id = ?", (item_id,)
        ).fetchone()
        if row is None:
            return True  # already acknowledged (e.g. through the follow-up feed)
        kind = row[0]
        if kind == "task" or isinstance(response, Task):
            if kind != "task" or not isinstance(response, Task):
                return False
            sent_change = TaskChangeIn.model_validate_json(bytes(row[2]))
            if not tasks.acknowledge(conn, item_id, sent_change, response, author):
                log.warning("the server's answer to a reminder's change is not that reminder; kept to send again")
                return False
            refresh_case(conn, row[1])
            return True
        if isinstance(response, Approval):
            if not _answers(kind, bytes(row[2]), response):
                log.warning("the server's answer to an approval item is not what was sent; kept to send again")
                return False
            conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
            store_server_approval(conn, response)
            return True
        if isinstance(response, FollowUp):
            sent = FollowUpIn.model_validate_json(bytes(row[2]))
            if not _same_content(sent, response):
                log.warning("the server's answer to a follow-up is not what was sent; kept to send again")
                return False
        conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
        if isinstance(response, FollowUp):
            store_server_followup(conn, response)
        else:
            conn.execute(
                "UPDATE complaints SET reopen_requested_at = ? WHERE service_request_id = ?",
                (response.received_at.isoformat(), row[1]),
            )
            lifecycle.acknowledge(conn, row[1], response)
        refresh_case(conn, row[1])
    return True


def _answers(kind: str, payload: bytes, got: Approval) -> bool:
    """The server's approval record answers the request or decision sent."""
    if kind == "approval":
        sent = ApprovalRequestIn.model_validate_json(payload)
        return (sent.id, sent.output, sent.service_request_ids, sent.fields, sent.recipient) == (
            got.id,
            got.output,
            got.service_request_ids,
            got.fields,
            got.recipient,
        )
    if kind == "decision":
        return str(got.id) == str(json.loads(payload).get("request_id")) and got.status != "pending"
    return False


def mark_failed(db: Database, item_id: int, error_code: str) -> None:
    """Count a failed attempt (the error code is a short machine code, never a response body)."""
    with db.transaction() as conn:
        conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error_code = ? WHERE id = ?",
            (error_code[:64], item_id),
        )


def drop(db: Database, item_id: int, reason: str, author: str = "") -> None:
    """Give up on an item the server will never accept: removed, counted and audited without contents."""
    with db.transaction() as conn:
        row = conn.execute(
            "SELECT kind, service_request_id, idempotency_key, ref FROM outbox WHERE id = ?", (item_id,)
        ).fetchone()
        if row is None:
            return
        conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
        if row[0] == "followup":
            conn.execute("DELETE FROM followups WHERE id = ? AND pending = 1", (row[2],))
        elif row[0] == "task" and row[3] is not None:
            base = conn.execute("SELECT base FROM tasks WHERE id = ?", (row[3],)).fetchone()
            tasks.refold(conn, row[3], Task.model_validate_json(base[0]) if base and base[0] else None, author)
        elif row[0] == "reopen":
            conn.execute("DELETE FROM reopen_requests WHERE id = ? AND status = 'sent'", (row[2],))
        elif row[0] == "approval":  # the server will never hold this request (a case is no longer shared)
            conn.execute("DELETE FROM approvals WHERE request_id = ? AND pending_send = 1", (row[2],))
        append_event(conn, "unsent_lost", actor=SYSTEM_ACTOR, count=1, reason=f"dropped:{reason[:100]}")
        refresh_case(conn, row[1])


def rekey(db: Database, item_id: int) -> None:
    """Give a pending follow-up a fresh id (and idempotency key): the server holds another record under the old
    one, so it can never accept ours under it. Nothing of the caseworker's is lost; at worst a copy the server
    mangled stands beside the one sent again."""
    with db.transaction() as conn:
        row = conn.execute("SELECT kind, idempotency_key, payload FROM outbox WHERE id = ?", (item_id,)).fetchone()
        if row is not None and row[0] == "followup":
            rekey_pending(conn, row[1])
        elif row is not None and row[0] == "task":
            # A reminder's change under a fresh id: the server's fold makes a repeated change a no-op anyway.
            ch = TaskChangeIn.model_validate_json(bytes(row[2])).model_copy(update={"id": uuid.uuid4()})
            conn.execute(
                "UPDATE outbox SET idempotency_key = ?, payload = ?, last_error_code = 'id_collision'"
                " WHERE id = ?",
                (str(ch.id), ch.model_dump_json().encode(), item_id),
            )


# ----------------------------------------------------------------------- inside a feed page's transaction


def acknowledges(conn: Connection, fu: FollowUp) -> bool | None:
    """What a record of the shared follow-up log means for the office's own work held under its id: None (no
    follow-up of ours holds that id), True (ours, as sent: acknowledged), or False (another case, kind or
    content: refused, and a pending one of ours is re-keyed to be sent again)."""
    held = conn.execute(f"SELECT {FU_MATCH_COLUMNS} FROM followups WHERE id = ?", (str(fu.id),)).fetchone()  # noqa: S608 -- constant column names
    if held is None:
        return None
    if _same_followup(held, fu):
        return True
    if held[_FU_PENDING]:
        rekey_pending(conn, str(fu.id))
    return False


def store_server_followup(conn: Connection, fu: FollowUp) -> None:
    conn.execute(
        "INSERT INTO followups (id, service_request_id, kind, text, outcome, office_status, due_date, created_at,"
        " created_ts, author, author_name, received_at, seq, pending, assignee)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)"
        " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, text = excluded.text, outcome = excluded.outcome,"
        " office_status = excluded.office_status, due_date = excluded.due_date, created_at = excluded.created_at,"
        " created_ts = excluded.created_ts, author = excluded.author, author_name = excluded.author_name,"
        " received_at = excluded.received_at, seq = excluded.seq, pending = 0, assignee = excluded.assignee",
        (
            str(fu.id),
            fu.service_request_id,
            fu.kind,
            fu.text,
            fu.outcome,
            fu.office_status,
            iso(fu.due_date),
            fu.created_at.isoformat(),
            utc_ts(fu.created_at),
            fu.author,
            fu.author_name,
            fu.received_at.isoformat(),
            fu.seq,
            fu.assignee,
        ),
    )
    conn.execute("DELETE FROM outbox WHERE idempotency_key = ?", (str(fu.id),))


def _same_followup(held: Sequence[Any], fu: FollowUpIn) -> bool:
    """The row held under this id (`FU_MATCH_COLUMNS`) is the same follow-up as `fu`."""
    return (held[0], held[1], held[2], held[3], held[4], held[5], held[8]) == (
        fu.service_request_id,
        fu.kind,
        fu.text,
        fu.outcome,
        fu.office_status,
        iso(fu.due_date),
        fu.assignee,
    ) and abs(float(held[6]) - utc_ts(fu.created_at)) < 0.001


def _same_content(sent: FollowUpIn, got: FollowUpIn) -> bool:
    return (
        sent.id,
        sent.service_request_id,
        sent.kind,
        sent.text,
        sent.outcome,
        sent.office_status,
        sent.due_date,
        sent.assignee,
    ) == (
        got.id,
        got.service_request_id,
        got.kind,
        got.text,
        got.outcome,
        got.office_status,
        got.due_date,
        got.assignee,
    ) and sent.created_at == got.created_at


def rekey_pending(conn: Connection, old_id: str) -> None:
    """A pending follow-up and its outbox item under a fresh id (see `rekey`)."""
    item = conn.execute("SELECT id, payload FROM outbox WHERE idempotency_key = ?", (old_id,)).fetchone()
    new_id = str(uuid.uuid4())
    conn.execute("UPDATE followups SET id = ? WHERE id = ? AND pending = 1", (new_id, old_id))
    if item is not None:
        fu = FollowUpIn.model_validate_json(bytes(item[1])).model_copy(update={"id": uuid.UUID(new_id)})
        conn.execute(
            "UPDATE outbox SET idempotency_key = ?, payload = ?, last_error_code = 'id_collision' WHERE id = ?",
            (new_id, fu.model_dump_json().encode(), item[0]),
        )
