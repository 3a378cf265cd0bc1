"""The district's 311 figures over a period (domain/stats.py): sums over months, rates from the sums, the city
beside the district, the period's months, and the CSV an office opens in a spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest

from council_desk.api.models import MonthlyStats
from council_desk.domain.stats import CSV_COLUMNS, last_months, summarize, to_csv


def _row(month: str, area: str, ctype: str, agency: str, received: int, closed: int, reopen: int,
         answers: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)) -> dict[str, Any]:
    names = ("very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied")
    return {
        "month": month, "area": area, "complaint_type": ctype, "agency": agency,
        "received": received, "closed": closed, "closure_rate": closed / received if received else 0.0,
        "reopen_requested": reopen, "reopen_rate": reopen / closed if closed else 0.0,
        "satisfaction": dict(zip(names, answers, strict=True)),
    }


def _stats(rows: list[dict[str, Any]]) -> MonthlyStats:
    return MonthlyStats.model_validate(
        {"district": 7, "from_month": "2026-09", "to_month": "2026-11", "rows": rows}
    )


STATS = _stats([
    # Noise: a busy month and a quiet one. Averaging their rates would say 55%; the period's rate is 91/103.
    _row("2026-09", "district", "Noise - Residential", "NYPD", 100, 90, 9, (10, 10, 5, 20, 15)),
    _row("2026-10", "district", "Noise - Residential", "NYPD", 3, 1, 1, (1, 0, 0, 0, 0)),
    _row("2026-10", "district", "Street Condition", "DOT", 10, 10, 0),
    _row("2026-11", "district", "Rodent", "DOHMH", 0, 0, 0),
    _row("2026-09", "city", "Noise - Residential", "NYPD", 5000, 4000, 100),
    _row("2026-10", "city", "Street Condition", "DOT", 800, 700, 7),
])


def test_sums_over_the_months_and_rates_from_the_sums() -> None:
    s = summarize(STATS)
    noise = s.lines[0]
    assert (noise.complaint_type, noise.agency) == ("Noise - Residential", "NYPD")
    assert (noise.received, noise.closed, noise.reopen_requested) == (103, 91, 10)
    assert noise.closure_rate == pytest.approx(91 / 103)
    assert noise.reopen_rate == pytest.approx(10 / 91)
    assert noise.answers == [11, 10, 5, 20, 15] and noise.responses == 61
    assert noise.satisfied_rate == pytest.approx(35 / 61)


def test_most_requests_first_and_totals_for_district_and_city() -> None:
    s = summarize(STATS)
    assert [x.complaint_type for x in s.lines] == ["Noise - Residential", "Street Condition", "Rodent"]
    total = s.district_total
    assert (total.received, total.closed, total.reopen_requested) == (113, 101, 10)
    assert (s.city_total.received, s.city_total.closed) == (5800, 4700)
    assert s.city_line(s.lines[1]) is not None and s.city_line(s.lines[1]).closure_rate == pytest.approx(700 / 800)
    assert s.city_line(s.lines[2]) is None  # the city had no rodent line for DOHMH in the period
    assert (s.district, s.from_month, s.to_month) == (7, "2026-09", "2026-11")


def test_nothing_to_divide_by_gives_no_rate_not_zero() -> None:
    rodent = summarize(STATS).lines[2]
    assert rodent.received == 0
    assert rodent.closure_rate is None and rodent.reopen_rate is None and rodent.satisfied_rate is None


def test_an_empty_period() -> None:
    s = summarize(_stats([]))
    assert s.lines == [] and s.district_total.received == 0 and s.district_total.closure_rate is None


@pytest.mark.parametrize(("n", "today", "expected"), [
    (1, dt.date(2026, 11, 22), ("2026-11", "2026-11")),
    (3, dt.date(2026, 11, 22), ("2026-09", "2026-11")),
    (12, dt.date(2026, 11, 1), ("2025-12", "2026-11")),
    (6, dt.date(2026, 2, 28), ("2025-09", "2026-02")),
    (12, dt.date(2026, 1, 15), ("2025-02", "2026-01")),
])
def test_last_months_includes_this_one_and_crosses_years(n: int, today: dt.date,
                                                         expected: tuple[str, str]) -> None:
    assert last_months(n, today) == expected


def test_last_months_needs_at_least_one() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        last_months(0, dt.date(2026, 11, 22))


def test_csv_has_every_line_and_the_total() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(summarize(STATS)))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1] == ["Noise - Residential", "NYPD", "103", "91", f"{91 / 103:.4f}", "0.8000", "10",
                       f"{10 / 91:.4f}", "61", f"{35 / 61:.4f}"]
    assert rows[3][:6] == ["Rodent", "DOHMH", "0", "0", "", ""]  # no rate: an empty cell, not 0
    assert rows[-1] == ["All complaint types", "All agencies", "113", "101", f"{101 / 113:.4f}",
                        f"{4700 / 5800:.4f}", "10", f"{10 / 101:.4f}", "61", f"{35 / 61:.4f}"]
    assert len(rows) == 1 + 3 + 1


def test_csv_cells_a_spreadsheet_would_run_are_defused() -> None:
    text = to_csv(summarize(_stats([
        _row("2026-10", "district", "=HYPERLINK(\"http://x\")", "@SUM(A1)", 1, 1, 0),
        _row("2026-10", "district", "-2+3", "+agency", 1, 0, 0),
    ])))
    rows = list(csv.reader(io.StringIO(text)))
    cells = [c for r in rows[1:3] for c in r[:2]]
    assert sorted(cells) == sorted(["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "'-2+3", "'+agency"])
