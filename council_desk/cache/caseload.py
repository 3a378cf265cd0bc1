"""The counts behind the office's caseload view (issue 14; what they mean: domain/caseload.py).

Three grouped queries, each one pass: open cases by (office status, owner, agency, age bucket), the days each
closed case took, and open reminders by owner. Grouping in SQL keeps the Python side to a few hundred rows; the
one full scan reads every open case's row (the counts need four of its columns): 197 and 207 ms for 100k cases on
the project's machine (tests/bench/test_bench_casework.py), so the view asks for it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt

from council_desk.cache.database import Database
from council_desk.cache.schema_casework import CLOSED_OFFICE_STATUSES, OPEN_HERE_SQL
from council_desk.domain.caseload import AGE_BUCKETS, Caseload, build

__all__ = ["caseload"]


def _bucket_sql() -> str:
    """AGE_BUCKETS as a CASE over `age` (whole days)."""
    whens = [
        f"WHEN age <= {last} THEN {i}" for i, (_label, _first, last) in enumerate(AGE_BUCKETS) if last is not None
    ]
    return f"CASE {' '.join(whens)} ELSE {len(AGE_BUCKETS) - 1} END"


def caseload(db: Database, today: dt.date | None = None) -> Caseload:
    day = today or dt.date.today()
    closed = ",".join(f"'{s}'" for s in CLOSED_OFFICE_STATUSES)
    with db.reading() as conn:
        open_counts = [
            (str(r[0]), str(r[1]), str(r[2]), int(r[3]), int(r[4]))
            for r in conn.execute(
                f"SELECT office_status, assignee, agency_responsible, {_bucket_sql()}, count(*) FROM ("  # noqa: S608 -- constants
                "  SELECT office_status, assignee, agency_responsible,"
                "         CAST(julianday(?) - julianday(requested_date) AS INTEGER) AS age"
                f"  FROM complaints WHERE {OPEN_HERE_SQL}"
                ") GROUP BY 1, 2, 3, 4",
                (day.isoformat(),),
            )
        ]
        durations = [
            float(r[0])
            for r in conn.execute(
                "SELECT (office_closed_ts - requested_ts) / 86400.0 FROM complaints"  # noqa: S608 -- constants
                f" WHERE office_closed_ts IS NOT NULL AND office_status IN ({closed})"
            )
        ]
        reminders = [
            (str(r[0]), int(r[1]), int(r[2]))
            for r in conn.execute(
                "SELECT owner, sum(due_date < ?), sum(due_date = ?) FROM tasks WHERE status = 'open'"
                " GROUP BY owner",
                (day.isoformat(), day.isoformat()),
            )
        ]
    return build(day, open_counts, durations, reminders)
