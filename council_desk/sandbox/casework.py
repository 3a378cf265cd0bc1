"""The office's casework as the server keeps it (issue 14): reminders as tasks, and the 311 lifecycle the office
follows after asking for a reopen.

- **Tasks.** A task changes only through changes the clients send, each under its own id (the idempotency key:
  the same id again returns the first answer and changes nothing; the same id with another body is refused). They
  are folded in the order they arrive by the rule the client shows them with (`domain.tasks.apply_change`). The
  tasks feed holds each task once, at the position of its latest change, like the complaint feed.
- **The lifecycle.** A reopen request that 311 forwarded is answered by the agency after a delay
  (`Settings.lifecycle_delay_seconds`, simulated lazily when a client syncs): it reopens the service request (the
  complaint's feed entry goes back to open; after another delay the agency closes it again with a new
  resolution, and after a third the filer is surveyed again) or it declines. The survey answer reaches the office
  only when the filer agreed to share it; it never enters the monthly statistics, whose small-cell rule assumes
  answers do not change after the fact (docs/sandbox.md).

Everything a complaint has here goes with it when it leaves the office (office_work.forget).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import uuid
from typing import TYPE_CHECKING

from council_desk.api.casework import ReopenUpdate, SurveyResult, Task, TaskChangeIn
from council_desk.api.codes import SURVEY_ANSWERS
from council_desk.domain.tasks import apply_change

if TYPE_CHECKING:
    from council_desk.sandbox.store import Store

__all__ = [
    "CASEWORK_SCHEMA",
    "CASEWORK_TABLES",
    "TaskChangeRefused",
    "advance_lifecycle",
    "apply_task_change",
    "feed_page",
    "forget",
    "reopen_received",
]

CASEWORK_SCHEMA = """
CREATE TABLE IF NOT EXISTS feed_seqs(district INTEGER NOT NULL, feed TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY(district, feed));
CREATE TABLE IF NOT EXISTS tasks(id TEXT PRIMARY KEY, district INTEGER NOT NULL, service_request_id TEXT NOT NULL,
  seq INTEGER NOT NULL, body BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS ix_tasks_feed ON tasks(district, seq);
CREATE TABLE IF NOT EXISTS task_changes(id TEXT PRIMARY KEY, district INTEGER NOT NULL,
  service_request_id TEXT NOT NULL, request TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS lifecycle(key TEXT PRIMARY KEY, district INTEGER NOT NULL, seq INTEGER NOT NULL,
  service_request_id TEXT NOT NULL, body BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS ix_lifecycle_feed ON lifecycle(district, seq);
CREATE TABLE IF NOT EXISTS reopen_sim(id TEXT PRIMARY KEY, district INTEGER NOT NULL,
  service_request_id TEXT NOT NULL, reason TEXT NOT NULL, received_at TEXT NOT NULL, stage TEXT NOT NULL,
  due REAL NOT NULL, answered_at TEXT);
CREATE INDEX IF NOT EXISTS ix_reopen_sim_due ON reopen_sim(stage, due);
"""
CASEWORK_TABLES = ("feed_seqs", "tasks", "task_changes", "lifecycle", "reopen_sim")
# The feeds' names in cursors and in feed_seqs: "t" tasks, "l" lifecycle.
FEEDS = {"tasks": "t", "lifecycle": "l"}

_ANSWERS = {
    "reopened": "(Training text) The agency reopened the service request and will inspect again.",
    "declined": "(Training text) The agency reviewed the request and found no reason to reopen it.",
}
_RECLOSED = "(Training text) The agency inspected again and corrected the condition."


class TaskChangeRefused(Exception):
    """The change cannot be taken: `error` is the Problem code (not_found, unknown_owner, idempotency_conflict)."""

    def __init__(self, status: int, error: str, detail: str) -> None:
        super().__init__(error)
        self.status, self.error, self.detail = status, error, detail


def _next_seq(db: sqlite3.Connection, district: int, feed: str) -> int:
    row = db.execute("SELECT seq FROM feed_seqs WHERE district=? AND feed=?", (district, feed)).fetchone()
    seq = (int(row[0]) if row else 0) + 1
    db.execute("INSERT OR REPLACE INTO feed_seqs VALUES(?,?,?)", (district, feed, seq))
    return seq


def _top(db: sqlite3.Connection, district: int, feed: str) -> int:
    row = db.execute("SELECT seq FROM feed_seqs WHERE district=? AND feed=?", (district, feed)).fetchone()
    return int(row[0]) if row else 0


def forget(db: sqlite3.Connection, sr_id: str) -> None:
    """Inside the transaction in which a complaint leaves the office: its tasks and lifecycle go too."""
    for table in ("tasks", "task_changes", "lifecycle", "reopen_sim"):
        db.execute(f"DELETE FROM {table} WHERE service_request_id=?", (sr_id,))  # noqa: S608 - fixed names


# ---- tasks --------------------------------------------------------------------------------------------------


def apply_task_change(store: Store, district: int, staff: set[str], change: TaskChangeIn, author: str) -> bytes:
    """Take one change (idempotent by its id); returns the task's state after it, as stored for a retry."""
    canonical = change.model_dump_json()
    if change.owner is not None and change.owner not in staff:
        raise TaskChangeRefused(400, "unknown_owner", "A task's owner must be one of the office's staff.")
    with store.tx() as db:
        held = db.execute("SELECT request, body FROM task_changes WHERE id=?", (str(change.id),)).fetchone()
        if held is not None:
            if held[0] != canonical:
                raise TaskChangeRefused(409, "idempotency_conflict", "This id was used for another change.")
            return bytes(held[1])
        row = db.execute("SELECT district, body FROM tasks WHERE id=?", (str(change.task_id),)).fetchone()
        if row is not None and row[0] != district:
            raise TaskChangeRefused(404, "not_found", "No such task.")
        task = Task.model_validate_json(row[1]) if row is not None else None
        if task is not None and task.service_request_id != change.service_request_id:
            raise TaskChangeRefused(404, "not_found", "No such task.")
        now = store.now().replace(microsecond=0)
        after = apply_change(task, change, author=author, at=now, seq=_top(db, district, "t") + 1)
        if after is None:
            raise TaskChangeRefused(404, "not_found", "No such task.")
        if after is not task:
            _next_seq(db, district, "t")
            body = after.model_dump_json().encode()
            db.execute(
                "INSERT OR REPLACE INTO tasks VALUES(?,?,?,?,?)",
                (str(after.id), district, after.service_request_id, after.seq, body),
            )
        else:
            body = after.model_dump_json().encode()
        db.execute(
            "INSERT INTO task_changes VALUES(?,?,?,?,?)",
            (str(change.id), district, change.service_request_id, canonical, body),
        )
    return body


# ---- the feeds ----------------------------------------------------------------------------------------------


def feed_page(store: Store, feed: str, district: int, after: int, limit: int) -> tuple[list[bytes], int, bool]:
    """(bodies, last position, has_more) of the tasks ("t") or lifecycle ("l") feed: like the follow-up log, only
    for complaints the office still holds (`Store.held_page`)."""
    table = {"t": "tasks", "l": "lifecycle"}[feed]
    return store.held_page(
        table,
        "seq",
        district,
        after,
        limit,
        "SELECT seq FROM feed_seqs WHERE district=? AND feed=?",
        (district, feed),
    )


# ---- the lifecycle ------------------------------------------------------------------------------------------


def _put_lifecycle(
    db: sqlite3.Connection,
    key: str,
    district: int,
    sr_id: str,
    model: type[ReopenUpdate] | type[SurveyResult],
    doc: dict[str, object],
) -> None:
    """One lifecycle entry in its latest state, at a new feed position (the entry under `key` is replaced)."""
    seq = _next_seq(db, district, "l")
    body = model.model_validate({**doc, "seq": seq}).model_dump_json().encode()
    db.execute("INSERT OR REPLACE INTO lifecycle VALUES(?,?,?,?,?)", (key, district, seq, sr_id, body))


def _reopen_doc(sim: tuple[object, ...], status: str, answer: str, answered: str | None) -> dict[str, object]:
    rid, _district, sr_id, reason, received = sim[:5]
    return {
        "kind": "reopen",
        "id": rid,
        "service_request_id": sr_id,
        "reason": reason,
        "status": status,
        "agency_answer": answer,
        "answered_at": answered,
        "received_at": received,
    }


def reopen_received(
    store: Store,
    district: int,
    rid: str,
    sr_id: str,
    reason: str,
    status: str,
    received_at: dt.datetime,
    delay_s: float,
) -> None:
    """A new reopen request (store.add_reopen created it): its progress enters the lifecycle feed; a forwarded
    one waits for the agency's answer."""
    received = received_at.isoformat()
    due = received_at.timestamp() + delay_s
    sim = (rid, district, sr_id, reason, received)
    with store.tx() as db:
        if db.execute("SELECT 1 FROM reopen_sim WHERE id=?", (rid,)).fetchone() is not None:
            return
        stage = "forwarded" if status == "forwarded" else "done"
        db.execute("INSERT INTO reopen_sim VALUES(?,?,?,?,?,?,?,NULL)", (*sim, stage, due))
        _put_lifecycle(db, f"reopen:{rid}", district, sr_id, ReopenUpdate, _reopen_doc(sim, status, "", None))


def _h(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def _outcome(rid: str, forced: str) -> str:
    if forced in ("reopened", "declined"):
        return forced
    return "declined" if _h("outcome:" + rid) % 3 == 0 else "reopened"


def _survey_shared(sr_id: str, forced: str) -> bool:
    if forced in ("always", "never"):
        return forced == "always"
    return _h("survey-shared:" + sr_id) % 10 < 7


def _survey_answer(rid: str) -> str:
    weights = (15, 15, 20, 25, 25)  # after a second visit, a little better than 311's average
    point = _h("answer:" + rid) % sum(weights)
    for answer, w in zip(SURVEY_ANSWERS, weights, strict=True):
        if point < w:
            return answer
        point -= w
    return SURVEY_ANSWERS[-1]


def advance_lifecycle(store: Store, delay_s: float, outcome: str = "auto", survey: str = "auto") -> int:
    """Play the agency's part for every reopen request whose next step is due (server time), each step at the
    time it fell due, so a clock moved far ahead plays the whole cycle at once. Returns how many steps were
    taken. Cheap when nothing is due (one indexed read)."""
    limit = store.now().replace(microsecond=0).timestamp()
    if not store.q("SELECT 1 FROM reopen_sim WHERE stage<>'done' AND due<=? LIMIT 1", (limit,)):
        return 0
    steps = 0
    with store.tx() as db:
        while True:
            sim = db.execute(
                "SELECT id, district, service_request_id, reason, received_at, stage, due FROM reopen_sim "
                "WHERE stage<>'done' AND due<=? ORDER BY due, id LIMIT 1",
                (limit,),
            ).fetchone()
            if sim is None:
                return steps
            rid, district, sr_id, stage = sim[0], sim[1], sim[2], sim[5]
            when = dt.datetime.fromtimestamp(int(sim[6]), dt.UTC)
            at, next_due = when.isoformat(), when.timestamp() + delay_s
            if stage == "forwarded":
                result = _outcome(rid, outcome)
                _put_lifecycle(
                    db,
                    f"reopen:{rid}",
                    district,
                    sr_id,
                    ReopenUpdate,
                    _reopen_doc(tuple(sim), result, _ANSWERS[result], at),
                )
                if result == "reopened":
                    store.set_complaint_state(db, sr_id, status="open", closed_at=None, resolution="", now=when)
                db.execute(
                    "UPDATE reopen_sim SET stage=?, due=?, answered_at=? WHERE id=?",
                    ("reopened" if result == "reopened" else "done", next_due, at, rid),
                )
            elif stage == "reopened":
                store.set_complaint_state(
                    db, sr_id, status="closed", closed_at=when, resolution=_RECLOSED, now=when
                )
                db.execute("UPDATE reopen_sim SET stage='reclosed', due=? WHERE id=?", (next_due, rid))
            else:  # reclosed: 311 surveys the filer again
                if _survey_shared(sr_id, survey):
                    sid = uuid.uuid5(uuid.NAMESPACE_URL, f"survey:{rid}")
                    _put_lifecycle(
                        db,
                        f"survey:{sid}",
                        district,
                        sr_id,
                        SurveyResult,
                        {
                            "kind": "survey",
                            "id": str(sid),
                            "service_request_id": sr_id,
                            "answer": _survey_answer(rid),
                            "surveyed_at": at,
                            "after_reopen": rid,
                        },
                    )
                db.execute("UPDATE reopen_sim SET stage='done' WHERE id=?", (rid,))
            steps += 1
