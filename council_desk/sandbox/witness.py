"""The server as the audit log's witness (DESIGN.md §7): it keeps each device's events by number, checks that each
follows the one before it, and records what it finds — events that never arrived (gaps), events whose hash does
not match what they say (altered), links that do not join (chain), events that came after later ones (late), a
second, different event under a number already held (fork), and case-by-case disclosures naming no approval this
office used (unapproved).

A device is one cache on one PC (its id is random, made by the client's schema v5). Its record starts at the
`base_seq` the client names (1 for a new cache; after an upgrade, the first event not uploaded before it) and
the first batch fixes it: a later batch naming another base is itself a finding. Everything received is kept,
flagged or not, and acknowledged by number and hash, so the client marks uploaded exactly what is held here.

The officer's views: `recorded` (the office's events, filtered), `continuity` (per device: what never arrived,
what was flagged), `alerts` (exigent disclosures and findings since a moment).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from council_desk.api.models import AuditAck, AuditBatch, AuditEventIn, AuditReceipt
from council_desk.api.privacy import (
    ContinuityFlag,
    ContinuityReport,
    DeviceContinuity,
    RecordedEvent,
    SeqRange,
)
from council_desk.domain.chain import GENESIS, event_hash

if TYPE_CHECKING:
    import sqlite3

    from council_desk.sandbox.store import Store

__all__ = ["EventFilter", "alerts", "continuity", "missing_ranges", "recorded", "witness"]


def _ts(at: dt.datetime) -> float:
    return at.timestamp()


def _flag(
    db: sqlite3.Connection,
    device: str,
    district: int,
    kind: str,
    first: int,
    last: int,
    now: float,
    detail: str = "",
) -> None:
    db.execute(
        "INSERT INTO audit_flags (device_id, district, kind, first_seq, last_seq, detected, detail)"
        " VALUES (?,?,?,?,?,?,?)",
        (device, district, kind, first, last, now, detail[:200]),
    )


def _approved_and_used(db: sqlite3.Connection, district: int, ev: AuditEventIn) -> bool:
    """A case-by-case event names an approval of this office that was spent, for cases it covered."""
    row = db.execute(
        "SELECT body FROM approvals WHERE approval_id = ? AND district = ?", (ev.approval_ref, district)
    ).fetchone()
    if row is None:
        return False
    approval = json.loads(row[0])
    return approval.get("status") == "used" and set(ev.service_request_ids) <= set(approval["service_request_ids"])


def witness(store: Store, username: str, district: int, batch: AuditBatch) -> AuditAck:
    """Record one upload (one transaction); acknowledge every event now held, by number and hash."""
    now = store.now().timestamp()
    if batch.device_id is None:
        # A client from before the witness: kept by id, as before, with nothing to check continuity against.
        accepted = duplicates = 0
        with store.tx() as db:
            for e in batch.events:
                cur = db.execute(
                    "INSERT OR IGNORE INTO audit_events VALUES(?,?,?)", (str(e.id), username, e.model_dump_json())
                )
                accepted += 1 if cur.rowcount else 0
                duplicates += 0 if cur.rowcount else 1
        return AuditAck(accepted=accepted, duplicates=duplicates)
    device, base = batch.device_id, batch.base_seq or 1
    accepted = duplicates = 0
    acks: list[AuditReceipt] = []
    with store.tx() as db:
        row = db.execute("SELECT username, base_seq FROM audit_devices WHERE device_id = ?", (device,)).fetchone()
        if row is None:
            db.execute("INSERT INTO audit_devices VALUES (?,?,?,?,?)", (device, username, district, base, now))
        else:
            if row[0] != username:
                _flag(db, device, district, "fork", 0, 0, now, "the same device id used by another account")
            if int(row[1]) != base:
                _flag(
                    db,
                    device,
                    district,
                    "base_changed",
                    int(row[1]),
                    base,
                    now,
                    "the device now says its record starts elsewhere",
                )
            base = int(row[1])
        for ev in sorted(batch.events, key=lambda e: e.seq or 0):
            if ev.seq is None:
                continue  # a numberless event under a device cannot be placed: not acknowledged, sent again
            findings: list[str] = []
            body = ev.model_dump(mode="json")
            if event_hash(body) != ev.hash or (ev.format >= 2 and ev.device_id != device):
                findings.append("altered")
                _flag(db, device, district, "altered", ev.seq, ev.seq, now, "its hash does not match what it says")
            held = db.execute(
                "SELECT hash FROM audit_log WHERE device_id = ? AND seq = ?", (device, ev.seq)
            ).fetchone()
            if held is not None:
                if held[0] != ev.hash:
                    db.execute(
                        "INSERT OR IGNORE INTO audit_forks VALUES (?,?,?,?,?)",
                        (device, ev.seq, ev.hash, now, json.dumps(body)),
                    )
                    _flag(
                        db,
                        device,
                        district,
                        "fork",
                        ev.seq,
                        ev.seq,
                        now,
                        "a different event under a number already received",
                    )
                    accepted += 1
                else:
                    duplicates += 1
                acks.append(AuditReceipt(seq=ev.seq, hash=ev.hash))
                continue
            top = db.execute("SELECT max(seq) FROM audit_log WHERE device_id = ?", (device,)).fetchone()[0]
            last = int(top) if top is not None else base - 1
            if ev.seq > last + 1:
                _flag(db, device, district, "gap", last + 1, ev.seq - 1, now, "events never arrived")
            elif ev.seq <= last:
                findings.append("late")
                _flag(db, device, district, "late", ev.seq, ev.seq, now, "arrived after later events")
            before = db.execute(
                "SELECT hash FROM audit_log WHERE device_id = ? AND seq = ?", (device, ev.seq - 1)
            ).fetchone()
            expected = before[0] if before is not None else (GENESIS if ev.seq == 1 else None)
            if expected is not None and ev.prev_hash != expected:
                findings.append("chain")
                _flag(
                    db,
                    device,
                    district,
                    "chain",
                    ev.seq,
                    ev.seq,
                    now,
                    "does not follow the event before it (one was deleted, edited or moved)",
                )
            after = db.execute(
                "SELECT prev_hash, findings FROM audit_log WHERE device_id = ? AND seq = ?", (device, ev.seq + 1)
            ).fetchone()
            if after is not None and after[0] != ev.hash:
                _flag(
                    db,
                    device,
                    district,
                    "chain",
                    ev.seq + 1,
                    ev.seq + 1,
                    now,
                    "does not follow the event that arrived late before it",
                )
                marks = sorted({*json.loads(after[1]), "chain"})
                db.execute(
                    "UPDATE audit_log SET findings = ? WHERE device_id = ? AND seq = ?",
                    (json.dumps(marks), device, ev.seq + 1),
                )
            if ev.disclosure_class == "case_by_case" and not _approved_and_used(db, district, ev):
                findings.append("unapproved")
                _flag(
                    db,
                    device,
                    district,
                    "unapproved",
                    ev.seq,
                    ev.seq,
                    now,
                    "a case-by-case disclosure without an approval this office used for those cases",
                )
            db.execute(
                "INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    device,
                    ev.seq,
                    str(ev.id),
                    ev.hash,
                    ev.prev_hash,
                    username,
                    district,
                    _ts(ev.at),
                    now,
                    json.dumps(sorted(set(findings))),
                    json.dumps(body),
                ),
            )
            accepted += 1
            acks.append(AuditReceipt(seq=ev.seq, hash=ev.hash))
    return AuditAck(accepted=accepted, duplicates=duplicates, acknowledged=acks)


@dataclass(frozen=True)
class EventFilter:
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    actor: str | None = None
    disclosure_class: str | None = None
    case: str | None = None
    action: str | None = None


def _recorded(row: Sequence[Any]) -> RecordedEvent:
    return RecordedEvent.model_validate(
        {
            "event": json.loads(row[0]),
            "username": row[1],
            "received_at": dt.datetime.fromtimestamp(row[2], dt.UTC),
            "findings": json.loads(row[3]),
        }
    )


def recorded(
    store: Store, district: int, f: EventFilter, limit: int, offset: int
) -> tuple[list[RecordedEvent], int]:
    """The office's events as received, oldest first, filtered; and how many matched in all."""
    lo = f.since.timestamp() if f.since else float("-inf")
    hi = f.until.timestamp() if f.until else float("inf")
    rows = store.q(
        "SELECT body, username, received, findings FROM audit_log WHERE district = ? AND at >= ?"
        " AND at <= ? ORDER BY at, device_id, seq",
        (district, lo, hi),
    )
    out = []
    for row in rows:
        rec = _recorded(row)
        ev = rec.event
        if f.actor and f.actor not in (ev.actor, rec.username):
            continue
        if f.disclosure_class and ev.disclosure_class != f.disclosure_class:
            continue
        if f.case and f.case not in ev.service_request_ids:
            continue
        if f.action and ev.action != f.action:
            continue
        out.append(rec)
    return out[offset : offset + limit], len(out)


def missing_ranges(held: Sequence[int], base: int) -> list[SeqRange]:
    """Numbers from `base` to the highest held that were never received, as ranges."""
    got = sorted(s for s in set(held) if s >= base)
    out: list[SeqRange] = []
    expect = base
    for s in got:
        if s > expect:
            out.append(SeqRange(first=expect, last=s - 1))
        expect = s + 1
    return out


def _flags(rows: Sequence[Sequence[Any]]) -> list[ContinuityFlag]:
    return [
        ContinuityFlag(
            kind=r[0],
            first_seq=r[1],
            last_seq=r[2],
            detected_at=dt.datetime.fromtimestamp(r[3], dt.UTC),
            detail=r[4],
        )
        for r in rows
    ]


def continuity(store: Store, district: int) -> ContinuityReport:
    """Per device of the office: its range, what never arrived, what was found."""
    devices = []
    for device, username, base in store.q(
        "SELECT device_id, username, base_seq FROM audit_devices WHERE district = ? ORDER BY first_seen",
        (district,),
    ):
        seqs = [r[0] for r in store.q("SELECT seq FROM audit_log WHERE device_id = ?", (device,))]
        flags = store.q(
            "SELECT kind, first_seq, last_seq, detected, detail FROM audit_flags WHERE device_id = ? ORDER BY id",
            (device,),
        )
        devices.append(
            DeviceContinuity(
                device_id=device,
                username=username,
                base_seq=base,
                last_seq=max(seqs, default=0),
                received=len(seqs),
                missing=missing_ranges(seqs, base),
                flags=_flags(flags),
            )
        )
    return ContinuityReport(devices=devices)


def alerts(store: Store, district: int, since: dt.datetime) -> tuple[list[RecordedEvent], list[ContinuityFlag]]:
    """Exigent disclosures received, and findings made, after `since` (what the officer is told at once)."""
    t = since.timestamp()
    rows = store.q(
        "SELECT body, username, received, findings FROM audit_log WHERE district = ? AND received > ?"
        " ORDER BY received, device_id, seq",
        (district, t),
    )
    exigent = [r for r in (_recorded(row) for row in rows) if r.event.disclosure_class == "exigent"]
    flags = store.q(
        "SELECT kind, first_seq, last_seq, detected, detail FROM audit_flags WHERE district = ?"
        " AND detected > ? ORDER BY id",
        (district, t),
    )
    return exigent, _flags(flags)
