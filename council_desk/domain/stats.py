"""The district's 311 figures over a period, from the monthly rows of `/v1/stats/monthly` (aggregates only).

A companion law asks 311 to report, per district, requests per complaint type and agency, and closure, reopen and
satisfaction rates. The server sends one row per month × complaint type × agency, for the district and for the
city. Here they are summed over the period, and every rate is computed again from the summed counts: averaging
monthly rates would weigh a month of 3 requests like a month of 300.

Qt-free, so the figures are tested without a window; `ui/stats_window.py` shows them and exports them as CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from council_desk.api.models import MonthlyStatRow, MonthlyStats

__all__ = ["CSV_COLUMNS", "StatLine", "StatsSummary", "last_months", "summarize", "to_csv"]


@dataclass
class StatLine:
    """Counts for one complaint type × agency (or a total), summed over the period."""

    complaint_type: str
    agency: str
    received: int = 0
    closed: int = 0
    reopen_requested: int = 0
    # Survey answers, worst to best: very dissatisfied, dissatisfied, neutral, satisfied, very satisfied.
    answers: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0])

    def add(self, row: MonthlyStatRow | StatLine) -> None:
        self.received += row.received
        self.closed += row.closed
        self.reopen_requested += row.reopen_requested
        if isinstance(row, StatLine):
            more = row.answers
        else:
            s = row.satisfaction
            more = [s.very_dissatisfied, s.dissatisfied, s.neutral, s.satisfied, s.very_satisfied]
        self.answers = [a + b for a, b in zip(self.answers, more, strict=True)]

    @property
    def closure_rate(self) -> float | None:
        """Closed ÷ received; None when nothing was received (no rate, rather than a misleading 0%)."""
        return _share(self.closed, self.received)

    @property
    def reopen_rate(self) -> float | None:
        """Reopen requested ÷ closed."""
        return _share(self.reopen_requested, self.closed)

    @property
    def responses(self) -> int:
        return sum(self.answers)

    @property
    def satisfied_rate(self) -> float | None:
        """Satisfied or very satisfied ÷ survey answers."""
        return _share(self.answers[3] + self.answers[4], self.responses)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class StatsSummary:
    district: int
    from_month: str
    to_month: str
    lines: list[StatLine]  # the district's, most requests first
    district_total: StatLine
    city_total: StatLine
    city: dict[tuple[str, str], StatLine]  # the city's line for each complaint type × agency, for comparison

    def city_line(self, line: StatLine) -> StatLine | None:
        return self.city.get((line.complaint_type, line.agency))


def summarize(stats: MonthlyStats) -> StatsSummary:
    """Sum the monthly rows over the period, per complaint type × agency, for the district and for the city."""
    areas: dict[str, dict[tuple[str, str], StatLine]] = {"district": {}, "city": {}}
    for row in stats.rows:
        key = (row.complaint_type, row.agency)
        lines = areas[row.area]
        if key not in lines:
            lines[key] = StatLine(*key)
        lines[key].add(row)
    district_lines = sorted(areas["district"].values(),
                            key=lambda x: (-x.received, x.complaint_type.casefold(), x.agency.casefold()))
    return StatsSummary(
        district=stats.district,
        from_month=stats.from_month,
        to_month=stats.to_month,
        lines=district_lines,
        district_total=_total(district_lines),
        city_total=_total(areas["city"].values()),
        city=areas["city"],
    )


def _total(lines: Iterable[StatLine]) -> StatLine:
    total = StatLine("", "")
    for line in lines:
        total.add(line)
    return total


def last_months(n: int, today: dt.date) -> tuple[str, str]:
    """The (from, to) months ("YYYY-MM") of the last `n` months, this one included."""
    if n < 1:
        raise ValueError("n must be at least 1")
    index = today.year * 12 + today.month - 1 - (n - 1)
    return f"{index // 12:04d}-{index % 12 + 1:02d}", f"{today.year:04d}-{today.month:02d}"


CSV_COLUMNS = (
    "complaint_type",
    "agency",
    "requests",
    "closed",
    "closure_rate",
    "city_closure_rate",
    "reopen_requested",
    "reopen_rate",
    "survey_answers",
    "satisfied_rate",
)


def to_csv(summary: StatsSummary) -> str:
    """The district's lines and its total as CSV, for the office's own reports (rates as fractions, 4 places).

    A cell that a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or carriage return)
    is written with a leading apostrophe: complaint types and agency names come from 311's data."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    total = summary.district_total
    for line, city in [*((x, summary.city_line(x)) for x in summary.lines), (total, summary.city_total)]:
        is_total = line is total
        writer.writerow([
            "All complaint types" if is_total else _cell(line.complaint_type),
            "All agencies" if is_total else _cell(line.agency),
            line.received,
            line.closed,
            _rate(line.closure_rate),
            _rate(None if city is None else city.closure_rate),
            line.reopen_requested,
            _rate(line.reopen_rate),
            line.responses,
            _rate(line.satisfied_rate),
        ])
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _rate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"
