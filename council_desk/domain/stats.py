"""The district's 311 figures over a period, from the monthly rows of `/v1/stats/monthly` (aggregates only), and
the rule that keeps any figure from revealing one filer's answer.

A companion law asks 311 to report, per district, requests per complaint type and agency, and closure, reopen and
satisfaction rates. The server sends one row per month × complaint type × agency, for the district and for the
city. Here they are summed over the period, and every rate is computed again from the summed counts: averaging
monthly rates would weigh a month of 3 requests like a month of 300.

**Small cells are withheld** (`MIN_CELL`, `may_show`). The office knows who filed its consented complaints; a
month's "1 survey answer: very dissatisfied" for a complaint type it followed would tell it that filer's answer,
which the filer gave to 311, not to the council. So a monthly figure is published only when at least `MIN_CELL`
requests (or closed requests, for the reopen figures, or survey answers) are behind it, and never when every answer
is the same one (then each answerer's answer is known). The one sum a caller can form on the wire, the city minus
its own district, must pass the same test or be zero. The server applies this (sandbox/stats.py); the client
applies it again to what it receives (`summarize`), so a server that gets it wrong still shows nothing small.
Sums over a period use only what is shown: a line some of whose months were withheld says "at least …".

Qt-free, so the figures are tested without a window; `ui/stats_window.py` shows them and exports them as CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from council_desk.api.stats import MonthlyStatRow, MonthlyStats

__all__ = [
    "CSV_COLUMNS",
    "MIN_CELL",
    "TOO_FEW",
    "CellCounts",
    "Disclosure",
    "Figure",
    "StatLine",
    "StatsSummary",
    "answers_safe",
    "last_months",
    "may_show",
    "summarize",
    "to_csv",
]

# Fewer than 10 people behind a figure: withheld. CDC WONDER suppresses sub-national counts below 10, and CMS's
# cell size policy forbids showing 1-10 or letting such a cell be derived from others; 10 is the common ground.
# Measured on the training data (--complaints 20000, district 7, last 12 months): the figures shown cover 59% of
# the district's requests and 42% of its survey answers, 94% and 89% of the city's. Real volumes are far larger
# (millions of 311 requests a year), so a real district loses much less.
MIN_CELL = 10
TOO_FEW = "too few to show"  # the words on screen and in the CSV for a withheld figure


# ---- the rule ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellCounts:
    """The true counts of one month × complaint type × agency, before anything is withheld."""

    received: int
    closed: int
    reopen_requested: int
    answers: tuple[int, int, int, int, int]  # survey answers, very dissatisfied … very satisfied

    def minus(self, other: CellCounts) -> CellCounts:
        a, b = self.answers, other.answers
        return CellCounts(
            self.received - other.received,
            self.closed - other.closed,
            self.reopen_requested - other.reopen_requested,
            (a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3], a[4] - b[4]),
        )


@dataclass(frozen=True)
class Disclosure:
    """Which blocks of a row may be shown."""

    requests: bool
    reopen: bool
    survey: bool


def enough(n: int) -> bool:
    return n >= MIN_CELL


def answers_safe(answers: Sequence[int]) -> bool:
    """Enough survey answers, and not all the same (then everyone who answered would be known to have said it)."""
    total = sum(answers)
    return enough(total) and max(answers) < total


def _fits(n: int, rest: int | None) -> bool:
    return enough(n) and (rest is None or rest == 0 or enough(rest))


def may_show(cell: CellCounts, rest: CellCounts | None = None) -> Disclosure:
    """What of `cell` may be published. `rest` is what a caller could work out by subtraction (for a city row,
    the city minus the caller's own district): it must be empty or pass the same test."""
    requests = _fits(cell.received, rest.received if rest else None)
    reopen = requests and _fits(cell.closed, rest.closed if rest else None)
    survey = (
        requests
        and answers_safe(cell.answers)
        and (rest is None or sum(rest.answers) == 0 or answers_safe(rest.answers))
    )
    return Disclosure(requests, reopen, survey)


def _check(row: MonthlyStatRow, own: MonthlyStatRow | None) -> Disclosure:
    """The client's own test of a row as received (fail closed: a figure that should have been withheld is
    treated as withheld). For a city row, `own` is the district's row for the same month, type and agency."""
    requests = row.received is not None and enough(row.received)
    if requests and row.area == "city" and own is not None and own.received is not None:
        assert row.received is not None
        requests = _fits(row.received, row.received - own.received)
    reopen = requests and row.reopen_requested is not None and row.closed is not None and enough(row.closed)
    if reopen and row.area == "city" and own is not None and own.reopen_requested is not None:
        assert row.closed is not None and own.closed is not None
        reopen = _fits(row.closed, row.closed - own.closed)
    survey = requests and row.satisfaction is not None and answers_safe(row.satisfaction.answers)
    if survey and row.area == "city" and own is not None and own.satisfaction is not None:
        assert row.satisfaction is not None
        rest = [a - b for a, b in zip(row.satisfaction.answers, own.satisfaction.answers, strict=True)]
        # Nobody else answered, or enough others did; a negative difference is a server in error: withheld.
        survey = all(x == 0 for x in rest) or (min(rest) >= 0 and answers_safe(rest))
    return Disclosure(requests, reopen, survey)


# ---- sums over a period -----------------------------------------------------------------------------------------

Coverage = Literal["all", "some", "none"]


@dataclass(frozen=True)
class Figure:
    """One figure of a line. `coverage`: "all" months shown; "some" withheld (the value covers the months shown,
    so a count is "at least" it); "none" shown at all (too few to show). `value` None with coverage other than
    "none": a rate with nothing to divide by."""

    value: float | None
    coverage: Coverage

    @property
    def withheld(self) -> bool:
        return self.coverage == "none"


def _coverage(months: int, withheld: int) -> Coverage:
    if withheld == 0:
        return "all"
    return "none" if withheld >= months else "some"


@dataclass
class StatLine:
    """One complaint type × agency (or a total), summed over the months whose figures are shown."""

    complaint_type: str
    agency: str
    months: int = 0  # monthly rows added
    received: int = 0
    closed: int = 0
    reopen_requested: int = 0
    reopen_base: int = 0  # closed requests of the months whose reopen figures are shown: the reopen rate's base
    # Survey answers, worst to best: very dissatisfied, dissatisfied, neutral, satisfied, very satisfied.
    answers: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0])
    # Months whose figures were withheld, per block.
    requests_withheld: int = 0
    reopen_withheld: int = 0
    survey_withheld: int = 0

    def add_row(self, row: MonthlyStatRow, shown: Disclosure) -> None:
        self.months += 1
        if shown.requests and row.received is not None and row.closed is not None:
            self.received += row.received
            self.closed += row.closed
        else:
            self.requests_withheld += 1
        if shown.reopen and row.reopen_requested is not None and row.closed is not None:
            self.reopen_requested += row.reopen_requested
            self.reopen_base += row.closed
        else:
            self.reopen_withheld += 1
        if shown.survey and row.satisfaction is not None:
            self.answers = [a + b for a, b in zip(self.answers, row.satisfaction.answers, strict=True)]
        else:
            self.survey_withheld += 1

    def add(self, line: StatLine) -> None:
        """Add another line's sums (for totals)."""
        self.months += line.months
        self.received += line.received
        self.closed += line.closed
        self.reopen_requested += line.reopen_requested
        self.reopen_base += line.reopen_base
        self.answers = [a + b for a, b in zip(self.answers, line.answers, strict=True)]
        self.requests_withheld += line.requests_withheld
        self.reopen_withheld += line.reopen_withheld
        self.survey_withheld += line.survey_withheld

    def _fig(self, value: float | None, withheld: int) -> Figure:
        coverage = _coverage(self.months, withheld)
        return Figure(None if coverage == "none" else value, coverage)

    @property
    def requests(self) -> Figure:
        return self._fig(self.received, self.requests_withheld)

    @property
    def closed_figure(self) -> Figure:
        return self._fig(self.closed, self.requests_withheld)

    @property
    def closure_rate(self) -> Figure:
        """Closed ÷ received, of the months shown; no value when nothing was received."""
        return self._fig(_share(self.closed, self.received), self.requests_withheld)

    @property
    def reopen(self) -> Figure:
        return self._fig(self.reopen_requested, self.reopen_withheld)

    @property
    def reopen_rate(self) -> Figure:
        """Reopen requested ÷ closed, of the months whose reopen figures are shown."""
        return self._fig(_share(self.reopen_requested, self.reopen_base), self.reopen_withheld)

    @property
    def responses(self) -> Figure:
        return self._fig(sum(self.answers), self.survey_withheld)

    @property
    def satisfied_rate(self) -> Figure:
        """Satisfied or very satisfied ÷ survey answers, of the months shown."""
        return self._fig(_share(self.answers[3] + self.answers[4], sum(self.answers)), self.survey_withheld)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class StatsSummary:
    district: int
    from_month: str
    to_month: str
    lines: list[StatLine]  # the district's, most requests shown first
    district_total: StatLine
    city_total: StatLine
    city: dict[tuple[str, str], StatLine]  # the city's line for each complaint type × agency, for comparison

    def city_line(self, line: StatLine) -> StatLine | None:
        return self.city.get((line.complaint_type, line.agency))


def summarize(stats: MonthlyStats) -> StatsSummary:
    """Sum the monthly rows over the period, per complaint type × agency, for the district and for the city,
    using only the figures shown (and only those that pass `may_show`'s test here too)."""
    own = {(r.month, r.complaint_type, r.agency): r for r in stats.rows if r.area == "district"}
    areas: dict[str, dict[tuple[str, str], StatLine]] = {"district": {}, "city": {}}
    for row in stats.rows:
        key = (row.complaint_type, row.agency)
        lines = areas[row.area]
        if key not in lines:
            lines[key] = StatLine(*key)
        mine = own.get((row.month, row.complaint_type, row.agency)) if row.area == "city" else None
        lines[key].add_row(row, _check(row, mine))
    district_lines = sorted(
        areas["district"].values(), key=lambda x: (-x.received, x.complaint_type.casefold(), x.agency.casefold())
    )
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


# ---- CSV --------------------------------------------------------------------------------------------------------

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


def count_text(fig: Figure) -> str:
    """A count as the CSV writes it: "123", "at least 123" (some months withheld) or "too few to show"."""
    if fig.withheld or fig.value is None:
        return TOO_FEW
    return f"at least {int(fig.value)}" if fig.coverage == "some" else str(int(fig.value))


def rate_text(fig: Figure | None) -> str:
    """A rate as a fraction with 4 places; "" when there is nothing to divide by; the withheld words."""
    if fig is None:
        return ""
    if fig.withheld:
        return TOO_FEW
    return "" if fig.value is None else f"{fig.value:.4f}"


def to_csv(summary: StatsSummary) -> str:
    """The district's lines and its total as CSV, for the office's own reports. Withheld figures carry the same
    words as the screen ("too few to show", "at least 86"), so nobody sums a partial column as a whole one.

    A cell that a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or carriage return)
    is written with a leading apostrophe: complaint types and agency names come from 311's data."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    total = summary.district_total
    for line, city in [*((x, summary.city_line(x)) for x in summary.lines), (total, summary.city_total)]:
        is_total = line is total
        writer.writerow(
            [
                "All complaint types" if is_total else _cell(line.complaint_type),
                "All agencies" if is_total else _cell(line.agency),
                count_text(line.requests),
                count_text(line.closed_figure),
                rate_text(line.closure_rate),
                rate_text(None if city is None else city.closure_rate),
                count_text(line.reopen),
                rate_text(line.reopen_rate),
                count_text(line.responses),
                rate_text(line.satisfied_rate),
            ]
        )
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
