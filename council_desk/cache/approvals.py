"""Case-by-case approvals held on this PC: the office's requests, a supervisor's decisions, and the approvals the
server issued — each tied to the cases it names, so a case purged takes its approvals with it (purge.py).

Rules kept here:
- A request (caseworker) or a decision (supervisor) is stored and queued in the outbox in ONE transaction, like a
  follow-up: it waits there offline and leaves only when the server acknowledged exactly what was sent.
- The server's records replace the local copies; a local request still waiting to be sent is never overwritten
  or dropped by a sync (`apply_server`).
- Only approvals whose every case is held here are kept: an approval is no use without its cases, and complaint
  numbers of cases this office no longer holds are not kept at all.
- Nothing here releases anything: the server confirms and spends an approval at release (sync/disclosures.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from council_desk.api.privacy import Approval, ApprovalDecisionIn, ApprovalRequestIn
from council_desk.cache.database import Database, now
from council_desk.cache.db import Connection
from council_desk.cache.errors import CacheProblem

__all__ = [
    "HeldApproval",
    "ServerApprovals",
    "apply_server",
    "decide",
    "find",
    "held",
    "request",
    "store_server_approval",
]

log = logging.getLogger("council_desk.cache.approvals")


@dataclass(frozen=True)
class HeldApproval:
    """An approval (or a request) as this PC holds it. `waiting_to_send`: our request is still in the outbox;
    `decision_waiting`: a supervisor's decision ("approve" / "refuse") is."""

    approval: Approval
    waiting_to_send: bool = False
    decision_waiting: str | None = None


@dataclass(frozen=True)
class ServerApprovals:
    stored: int
    skipped: int  # named cases this PC does not hold
    removed: int  # no longer listed by the server


def _link_cases(conn: Connection, request_id: str, case_ids: Sequence[str]) -> bool:
    """Tie an approval to its cases; False (and nothing tied) if any case is not held."""
    marks = ",".join("?" * len(case_ids))
    held_n = conn.execute(
        f"SELECT count(*) FROM complaints WHERE service_request_id IN ({marks})",  # noqa: S608 -- placeholders only
        tuple(case_ids),
    ).fetchone()[0]
    if int(held_n) != len(set(case_ids)):
        return False
    conn.execute("DELETE FROM approval_cases WHERE request_id = ?", (request_id,))
    conn.executemany(
        "INSERT INTO approval_cases (request_id, service_request_id) VALUES (?, ?)",
        [(request_id, c) for c in dict.fromkeys(case_ids)],
    )
    return True


def request(
    db: Database, req: ApprovalRequestIn, *, requested_by: str, requested_by_name: str, district: int
) -> Approval:
    """Store a request (shown as pending, "not yet sent") and queue it, in one transaction."""
    local = Approval.model_validate(
        {
            **req.model_dump(),
            "status": "pending",
            "requested_by": requested_by,
            "requested_by_name": requested_by_name,
            "district": district,
            "received_at": req.created_at,
        }
    )
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO approvals (request_id, status, output, recipient, requested_by, updated_at, pending_send,"
            " body) VALUES (?,?,?,?,?,?,1,?)",
            (
                str(req.id),
                "pending",
                req.output,
                req.recipient,
                requested_by,
                now().isoformat(),
                local.model_dump_json(),
            ),
        )
        if not _link_cases(conn, str(req.id), req.service_request_ids):
            raise CacheProblem(
                "A case of this request is no longer on this PC, so nothing was saved.", code="request_case_gone"
            )
        conn.execute(
            "INSERT INTO outbox (kind, service_request_id, payload, idempotency_key, created_at)"
            " VALUES ('approval', ?, ?, ?, ?)",
            (req.service_request_ids[0], req.model_dump_json().encode(), str(req.id), now().isoformat()),
        )
    return local


def decide(db: Database, request_id: str, decision: ApprovalDecisionIn) -> None:
    """A supervisor's decision: recorded with the request and queued, in one transaction."""
    with db.transaction() as conn:
        row = conn.execute("SELECT body FROM approvals WHERE request_id = ?", (request_id,)).fetchone()
        if row is None:
            raise CacheProblem("This request is no longer on this PC, so nothing was saved.", code="request_gone")
        first = Approval.model_validate_json(row[0]).service_request_ids[0]
        payload = json.dumps({"request_id": request_id, "decision": json.loads(decision.model_dump_json())})
        conn.execute(
            "UPDATE approvals SET local_decision = ?, updated_at = ? WHERE request_id = ?",
            (decision.decision, now().isoformat(), request_id),
        )
        conn.execute(
            "INSERT INTO outbox (kind, service_request_id, payload, idempotency_key, created_at)"
            " VALUES ('decision', ?, ?, ?, ?)",
            (first, payload.encode(), str(decision.id), now().isoformat()),
        )


def store_server_approval(conn: Connection, approval: Approval) -> bool:
    """The server's record of one approval replaces ours (inside the caller's transaction). False if a case it
    names is not held here (then it is not kept)."""
    rid = str(approval.id)
    conn.execute(
        "INSERT INTO approvals (request_id, approval_id, status, output, recipient, requested_by, expires_at,"
        " updated_at, pending_send, body) VALUES (?,?,?,?,?,?,?,?,0,?)"
        " ON CONFLICT(request_id) DO UPDATE SET approval_id = excluded.approval_id, status = excluded.status,"
        " expires_at = excluded.expires_at, updated_at = excluded.updated_at, pending_send = 0,"
        " body = excluded.body",
        (
            rid,
            approval.approval_id,
            approval.status,
            approval.output,
            approval.recipient,
            approval.requested_by,
            approval.expires_at.isoformat() if approval.expires_at else None,
            now().isoformat(),
            approval.model_dump_json(),
        ),
    )
    if not _link_cases(conn, rid, approval.service_request_ids):
        conn.execute("DELETE FROM approvals WHERE request_id = ?", (rid,))
        return False
    # A decision the server holds now settles ours (if it was the one sent, the outbox is told by mark_sent).
    if approval.status != "pending":
        conn.execute("UPDATE approvals SET local_decision = NULL WHERE request_id = ?", (rid,))
    return True


def apply_server(db: Database, approvals: Sequence[Approval]) -> ServerApprovals:
    """The server's whole list (the office's for a supervisor, one's own for a caseworker), in one transaction.
    Held approvals the list no longer names go, except our own requests still waiting to be sent."""
    stored = skipped = 0
    with db.transaction() as conn:
        listed = set()
        for approval in approvals:
            if conn.execute(
                "SELECT 1 FROM approvals WHERE request_id = ? AND pending_send = 1", (str(approval.id),)
            ).fetchone():
                continue  # ours, queued: mark_sent settles it with the server's answer to what was sent
            listed.add(str(approval.id))
            if store_server_approval(conn, approval):
                stored += 1
            else:
                skipped += 1
        old = [r[0] for r in conn.execute("SELECT request_id FROM approvals WHERE pending_send = 0")]
        gone = [rid for rid in old if rid not in listed]
        conn.executemany("DELETE FROM approvals WHERE request_id = ?", [(rid,) for rid in gone])
    if skipped:
        log.info("%d approval(s) name cases not held here; not kept", skipped)
    return ServerApprovals(stored, skipped, len(gone))


def held(db: Database) -> list[HeldApproval]:
    """Every approval and request on this PC, newest first."""
    with db.reading() as conn:
        rows = conn.execute(
            "SELECT body, pending_send, local_decision FROM approvals ORDER BY updated_at DESC, request_id"
        ).fetchall()
    return [HeldApproval(Approval.model_validate_json(r[0]), bool(r[1]), r[2]) for r in rows]


def find(db: Database, approval_id: str) -> Approval | None:
    """The server-issued approval with this number, if this PC holds it."""
    with db.reading() as conn:
        row = conn.execute("SELECT body FROM approvals WHERE approval_id = ?", (approval_id.strip(),)).fetchone()
    return None if row is None else Approval.model_validate_json(row[0])
