"""The office's own numbers (issue 14, USERS.md item 10): its open caseload by age, by office status, by caseworker
and by agency, and how long the office takes to resolve a case. Qt-free; the cache counts (cache/caseload.py), this
module says what the counts mean.

Definitions, chosen where the issue is silent (and said the same way on screen and in docs/app.md):
- **Open** is the office's view: a case it has not marked resolved or closed-unresolved, whatever the agency says.
- **Age** is whole days from the date 311 received the complaint to today, in the buckets caseworkers use for
  ageing reports in constituent-service CRMs: a week, a month, a quarter, a year, older.
- **Days to office resolution**: from 311's receipt to the follow-up that last set the case resolved or
  closed-unresolved, over every case the office has closed that is still on this PC (retention removes cases a
  year after the agency closed them, so this is about the last year's work). The median, not the mean: a few
  year-old cases closed in a clean-up would drag a mean far from a typical case.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = ["AGE_BUCKETS", "Caseload", "CaseworkerLoad", "age_bucket", "build", "median_days"]

# (label, first day, last day or None): whole days since 311 received the complaint.
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0–7 days", 0, 7),
    ("8–30 days", 8, 30),
    ("31–90 days", 31, 90),
    ("91–365 days", 91, 365),
    ("Over a year", 366, None),
)
OPEN_STATUSES = ("new", "in_progress", "waiting_on_agency")


def age_bucket(days: int) -> int:
    """The index in AGE_BUCKETS of a case `days` old (a date in the future counts as today)."""
    days = max(0, days)
    for i, (_label, _first, last) in enumerate(AGE_BUCKETS):
        if last is None or days <= last:
            return i
    return len(AGE_BUCKETS) - 1


def median_days(durations: Iterable[float]) -> float | None:
    """The median of the durations in days (negative ones, from a clock set wrong, count as 0); None if none."""
    values = [max(0.0, d) for d in durations]
    return statistics.median(values) if values else None


@dataclass(frozen=True)
class CaseworkerLoad:
    username: str  # "" = nobody (unassigned)
    open_cases: int
    overdue_reminders: int = 0
    due_today: int = 0


@dataclass(frozen=True)
class Caseload:
    as_of: dt.date
    open_total: int
    by_age: tuple[tuple[str, int], ...]
    by_office_status: tuple[tuple[str, int], ...]
    by_caseworker: tuple[CaseworkerLoad, ...]
    by_agency: tuple[tuple[str, int], ...]
    resolved: int
    median_days_to_resolution: float | None
    overdue_reminders: int = 0
    due_today: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)


def build(
    as_of: dt.date,
    open_counts: Sequence[tuple[str, str, str, int, int]],
    resolution_days: Sequence[float],
    reminders: Sequence[tuple[str, int, int]],
) -> Caseload:
    """The figures from the cache's counts: `open_counts` rows of (office status, assignee, agency, age bucket
    index, cases) over open cases; `resolution_days` one duration per case the office closed; `reminders` rows of
    (owner, overdue, due today) over open reminders."""
    by_age = [0] * len(AGE_BUCKETS)
    by_status: dict[str, int] = dict.fromkeys(OPEN_STATUSES, 0)
    by_person: dict[str, int] = {}
    by_agency: dict[str, int] = {}
    total = 0
    for status, assignee, agency, bucket, n in open_counts:
        total += n
        by_age[min(max(bucket, 0), len(AGE_BUCKETS) - 1)] += n
        by_status[status] = by_status.get(status, 0) + n
        by_person[assignee] = by_person.get(assignee, 0) + n
        by_agency[agency] = by_agency.get(agency, 0) + n
    due = {owner: (over, today) for owner, over, today in reminders}
    people = set(by_person) | set(due)
    loads = sorted(
        (CaseworkerLoad(p, by_person.get(p, 0), due.get(p, (0, 0))[0], due.get(p, (0, 0))[1]) for p in people),
        key=lambda c: (c.username == "", -c.open_cases, c.username),
    )
    return Caseload(
        as_of=as_of,
        open_total=total,
        by_age=tuple((label, by_age[i]) for i, (label, _f, _l) in enumerate(AGE_BUCKETS)),
        by_office_status=tuple((s, n) for s, n in by_status.items()),
        by_caseworker=tuple(loads),
        by_agency=tuple(sorted(by_agency.items(), key=lambda kv: (-kv[1], kv[0]))),
        resolved=len(resolution_days),
        median_days_to_resolution=median_days(resolution_days),
        overdue_reminders=sum(v[0] for v in due.values()),
        due_today=sum(v[1] for v in due.values()),
    )
