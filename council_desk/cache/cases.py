"""Cases as the windows and the letters read them: a whole `Case` rebuilt from its row and follow-ups, and the
list's queries (cache/queries.py) under the database's read lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from council_desk.api.models import Complaint, Consent, Contact, FollowUp
from council_desk.cache import lifecycle, queries, tasks
from council_desk.cache.database import Database
from council_desk.cache.queries import CaseQuery, CaseRow, Counts, Facets
from council_desk.cache.rows import CONSENT_COLUMNS
from council_desk.cache.schema import COMPLAINT_COLUMNS
from council_desk.cache.tasks import Reminder
from council_desk.domain.case import Case, FollowUpEntry

__all__ = ["case", "case_count", "counts", "facets", "list_ids", "reminders", "rows"]


def case(db: Database, service_request_id: str) -> Case | None:
    """The whole case (complaint, contact, consent, office work), or None if not held."""
    with db.reading() as conn:
        cur = conn.execute("SELECT * FROM complaints WHERE service_request_id = ?", (service_request_id,))
        row = cur.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cur.description]
        fus = conn.execute(
            "SELECT id, kind, text, outcome, office_status, due_date, created_at, author, author_name,"
            " received_at, seq, pending, service_request_id, assignee FROM followups WHERE service_request_id = ?"
            " ORDER BY created_ts, id",
            (service_request_id,),
        ).fetchall()
        case_tasks = tasks.tasks_of(conn, service_request_id)
        reopens = lifecycle.reopens_of(conn, service_request_id)
        surveys = lifecycle.surveys_of(conn, service_request_id)
    data = dict(zip(names, row, strict=True))
    complaint = Complaint.model_validate({k: data[k] for k in COMPLAINT_COLUMNS})
    contact = Contact(
        first_name=data["contact_first_name"],
        last_name=data["contact_last_name"],
        phone=data["contact_phone"],
        email=data["contact_email"],
        mailing_address=data["contact_mailing_address"],
        preferred_language=data["contact_language"],
    )
    consent = Consent.model_validate(
        {(k if k == "consent_id" else k.removeprefix("consent_")): data[k] for k in CONSENT_COLUMNS}
    )
    done_reminders = {t.followup_id for t in case_tasks if t.status == "done"}
    entries = []
    for f in fus:
        server = None
        if not f[11]:
            server = FollowUp.model_validate(
                {
                    "id": f[0],
                    "service_request_id": f[12],
                    "kind": f[1],
                    "text": f[2],
                    "outcome": f[3],
                    "office_status": f[4],
                    "due_date": f[5],
                    "created_at": f[6],
                    "author": f[7],
                    "author_name": f[8],
                    "received_at": f[9],
                    "seq": f[10],
                    "assignee": f[13],
                }
            )
        entries.append(
            FollowUpEntry(
                followup=server,
                id=f[0],
                kind=f[1],
                text=f[2],
                outcome=f[3],
                office_status=f[4],
                due_date=dt.date.fromisoformat(f[5]) if f[5] else None,
                created_at=dt.datetime.fromisoformat(f[6]),
                author=f[7],
                author_name=f[8],
                pending=bool(f[11]),
                done=f[5] is not None and f[0] in done_reminders,
                assignee=f[13],
            )
        )
    reopen = data["reopen_requested_at"]
    return Case(
        complaint=complaint,
        contact=contact,
        consent=consent,
        office_status=data["office_status"],
        followups=tuple(entries),
        reopen_requested_at=dt.datetime.fromisoformat(reopen) if reopen else None,
        assignee=data["assignee"],
        tasks=tuple(case_tasks),
        reopens=tuple(reopens),
        surveys=tuple(surveys),
    )


def list_ids(db: Database, q: CaseQuery, *, limit: int | None = None) -> list[str]:
    """Ids of the matching cases in list order; with `limit`, only the first ones (see queries.list_ids)."""
    with db.reading() as conn:
        return queries.list_ids(conn, q, limit, bulk=db.bulk)


def rows(db: Database, ids: Sequence[str]) -> dict[str, CaseRow]:
    with db.reading() as conn:
        return queries.rows(conn, ids)


def reminders(
    db: Database, today: dt.date, owner: str | None = None, horizon_days: int | None = tasks.REMINDER_HORIZON_DAYS
) -> list[Reminder]:
    with db.reading() as conn:
        return tasks.reminders(conn, today, owner, horizon_days)


def facets(db: Database) -> Facets:
    with db.reading() as conn:
        return queries.facets(conn)


def counts(db: Database, today: dt.date | None = None) -> Counts:
    with db.reading() as conn:
        return queries.counts(conn, today)


def case_count(db: Database) -> int:
    with db.reading() as conn:
        return int(conn.execute("SELECT count(*) FROM complaints").fetchone()[0])
