"""The district's 311 figures over a period (domain/stats.py): the small-cell rule, sums over months of what is
shown, rates from those sums, the city beside the district, the period's months, and the CSV an office opens in a
spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from pydantic import ValidationError

from council_desk.api.stats import MonthlyStatRow, MonthlyStats
from council_desk.domain.stats import (
    CSV_COLUMNS,
    MIN_CELL,
    TOO_FEW,
    CellCounts,
    Disclosure,
    last_months,
    may_show,
    summarize,
    to_csv,
)

NAMES = ("very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied")
Answers = tuple[int, int, int, int, int]


def _row(
    month: str,
    area: str,
    ctype: str,
    agency: str,
    received: int,
    closed: int,
    reopen: int,
    answers: Answers | None = None,
    *,
    requests: bool = True,
    show_reopen: bool = True,
) -> dict[str, Any]:
    """A row as the server sends it. `requests=False`, `show_reopen=False`, `answers=None`: that block withheld."""
    return {
        "month": month,
        "area": area,
        "complaint_type": ctype,
        "agency": agency,
        "received": received if requests else None,
        "closed": closed if requests else None,
        "closure_rate": round(closed / received, 4) if requests else None,
        "reopen_requested": reopen if requests and show_reopen else None,
        "reopen_rate": round(reopen / closed, 4) if requests and show_reopen else None,
        "satisfaction": dict(zip(NAMES, answers, strict=True)) if requests and answers else None,
    }


def _stats(rows: list[dict[str, Any]]) -> MonthlyStats:
    return MonthlyStats.model_validate(
        {"district": 7, "from_month": "2026-09", "to_month": "2026-11", "rows": rows}
    )


STATS = _stats(
    [
        # Noise: a busy month and a quieter one. Averaging their rates would say 65%; the period's rate is 102/130.
        _row("2026-09", "district", "Noise - Residential", "NYPD", 100, 90, 9, (10, 10, 5, 20, 15)),
        _row("2026-10", "district", "Noise - Residential", "NYPD", 30, 12, 1, (2, 3, 1, 3, 2)),
        # November: too few noise requests; 311 withheld the month.
        _row("2026-11", "district", "Noise - Residential", "NYPD", 4, 1, 0, requests=False),
        _row("2026-10", "district", "Street Condition", "DOT", 12, 12, 0, show_reopen=True),
        # Rodents: every month withheld.
        _row("2026-10", "district", "Rodent", "DOHMH", 3, 0, 0, requests=False),
        _row("2026-11", "district", "Rodent", "DOHMH", 2, 2, 0, requests=False),
        _row("2026-09", "city", "Noise - Residential", "NYPD", 5000, 4000, 100, (900, 700, 600, 800, 1000)),
        _row("2026-10", "city", "Street Condition", "DOT", 800, 700, 7),
    ]
)


# ---- the rule ---------------------------------------------------------------------------------------------------


def test_the_threshold_is_ten_people() -> None:
    assert MIN_CELL == 10
    nine = CellCounts(9, 9, 1, (2, 2, 2, 2, 1))
    assert may_show(nine) == Disclosure(False, False, False)
    ten = CellCounts(10, 9, 1, (2, 2, 2, 2, 1))
    assert may_show(ten) == Disclosure(requests=True, reopen=False, survey=False)  # 9 closed, 9 answers
    assert may_show(CellCounts(40, 20, 3, (4, 2, 0, 3, 1))) == Disclosure(True, True, True)


def test_answers_all_alike_are_withheld_whatever_their_number() -> None:
    # Fifteen answers, every one "very dissatisfied": anyone known to have answered is known to have said it.
    assert may_show(CellCounts(40, 30, 0, (15, 0, 0, 0, 0))).survey is False
    assert may_show(CellCounts(40, 30, 0, (14, 1, 0, 0, 0))).survey is True


def test_the_city_minus_the_district_must_be_nothing_or_enough() -> None:
    city = CellCounts(30, 30, 2, (5, 5, 5, 5, 5))
    alone = may_show(city, rest=city.minus(city))  # the district is the whole city: nothing to subtract
    assert alone == Disclosure(True, True, True)
    rest = city.minus(CellCounts(25, 25, 2, (4, 4, 4, 4, 4)))  # 5 requests, 5 answers elsewhere
    assert may_show(city, rest=rest) == Disclosure(False, False, False)
    rest = city.minus(CellCounts(20, 20, 1, (5, 5, 5, 0, 0)))  # 10 requests, 10 closed, 10 answers elsewhere
    assert may_show(city, rest=rest) == Disclosure(True, True, True)
    rest = city.minus(CellCounts(15, 15, 1, (0, 0, 5, 5, 5)))  # the 10 answers elsewhere: two different ones
    assert may_show(city, rest=rest).survey is True
    rest = city.minus(CellCounts(20, 20, 1, (0, 5, 5, 5, 5)))  # the 5 others: all very dissatisfied, too few
    assert may_show(city, rest=rest).survey is False


# ---- the wire ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"closed": 3},  # a withheld block must be withheld whole
        {"closure_rate": 0.5},
        {"reopen_requested": 0, "reopen_rate": 0.0},  # no reopen figures without the request counts
        {"satisfaction": dict.fromkeys(NAMES, 2)},
    ],
)
def test_a_half_withheld_block_is_refused(change: dict[str, Any]) -> None:
    row = {**_row("2026-10", "district", "Rodent", "DOHMH", 3, 0, 0, requests=False), **change}
    with pytest.raises(ValidationError):
        MonthlyStatRow.model_validate(row)


@pytest.mark.parametrize(
    "change",
    [
        {"closed": 50},  # more closed than received
        {"reopen_requested": 13, "reopen_rate": 1.0},
        {"reopen_requested": None},  # half a block
        {"satisfaction": dict(zip(NAMES, (10, 0, 0, 0, 3), strict=True))},  # more answers than closed
        {"received": -1},
    ],
)
def test_figures_that_cannot_be_true_are_refused(change: dict[str, Any]) -> None:
    row = {**_row("2026-10", "district", "Street Condition", "DOT", 12, 12, 0), **change}
    with pytest.raises(ValidationError):
        MonthlyStatRow.model_validate(row)


def test_withheld_is_an_explicit_null_never_a_missing_key() -> None:
    row = _row("2026-10", "district", "Rodent", "DOHMH", 3, 0, 0, requests=False)
    del row["satisfaction"]
    with pytest.raises(ValidationError):
        MonthlyStatRow.model_validate(row)


# ---- sums over the period ---------------------------------------------------------------------------------------


def test_sums_over_the_months_shown_and_rates_from_the_sums() -> None:
    s = summarize(STATS)
    noise = s.lines[0]
    assert (noise.complaint_type, noise.agency) == ("Noise - Residential", "NYPD")
    assert (noise.received, noise.closed, noise.reopen_requested) == (130, 102, 10)
    assert noise.requests.coverage == "some" and noise.requests.value == 130  # November was withheld
    assert noise.closure_rate.value == pytest.approx(102 / 130)
    assert noise.reopen_rate.value == pytest.approx(10 / 102)
    assert noise.answers == [12, 13, 6, 23, 17] and noise.responses.value == 71
    assert noise.satisfied_rate.value == pytest.approx(40 / 71)


def test_a_line_whose_every_month_was_withheld_shows_nothing() -> None:
    rodent = summarize(STATS).lines[2]
    assert rodent.complaint_type == "Rodent"
    for fig in (
        rodent.requests,
        rodent.closed_figure,
        rodent.closure_rate,
        rodent.reopen,
        rodent.reopen_rate,
        rodent.responses,
        rodent.satisfied_rate,
    ):
        assert fig.withheld and fig.value is None


def test_the_reopen_rate_uses_only_months_whose_reopen_figures_are_shown() -> None:
    s = summarize(
        _stats(
            [
                _row("2026-09", "district", "Noise", "NYPD", 40, 20, 2),
                _row("2026-10", "district", "Noise", "NYPD", 15, 5, 1, show_reopen=False),  # 5 closed: withheld
            ]
        )
    )
    noise = s.lines[0]
    assert noise.closure_rate.value == pytest.approx(25 / 55) and noise.closure_rate.coverage == "all"
    assert noise.reopen_rate.value == pytest.approx(2 / 20) and noise.reopen_rate.coverage == "some"
    assert noise.reopen.value == 2


def test_the_client_withholds_small_figures_the_server_sent_anyway() -> None:
    # A server that gets it wrong: 3 requests shown, a survey of 9 answers, one of 12 answers all alike.
    s = summarize(
        _stats(
            [
                _row("2026-09", "district", "Rodent", "DOHMH", 3, 3, 1, (1, 0, 0, 0, 0)),
                _row("2026-09", "district", "Noise", "NYPD", 30, 20, 1, (3, 3, 1, 1, 1)),
                _row("2026-09", "district", "Heat", "HPD", 30, 20, 1, (12, 0, 0, 0, 0)),
            ]
        )
    )
    by_type = {x.complaint_type: x for x in s.lines}
    assert by_type["Rodent"].requests.withheld and by_type["Rodent"].responses.withheld
    assert by_type["Noise"].requests.value == 30 and by_type["Noise"].satisfied_rate.withheld
    assert by_type["Heat"].satisfied_rate.withheld and by_type["Heat"].answers == [0, 0, 0, 0, 0]
    assert s.district_total.received == 60 and s.district_total.answers == [0, 0, 0, 0, 0]


def test_the_client_withholds_a_city_figure_that_leaves_too_few_elsewhere() -> None:
    s = summarize(
        _stats(
            [
                _row("2026-09", "district", "Noise", "NYPD", 30, 20, 1, (4, 4, 4, 4, 4)),
                _row(
                    "2026-09", "city", "Noise", "NYPD", 33, 22, 1, (5, 4, 4, 4, 5)
                ),  # 3 requests, 2 answers elsewhere
                _row("2026-09", "district", "Heat", "HPD", 30, 20, 1, (4, 4, 4, 4, 4)),
                _row(
                    "2026-09", "city", "Heat", "HPD", 30, 20, 1, (4, 4, 4, 4, 4)
                ),  # the district is the whole city
                _row("2026-09", "district", "Mold", "HPD", 30, 20, 1, (4, 4, 4, 4, 4)),
                _row(
                    "2026-09", "city", "Mold", "HPD", 30, 20, 1, (5, 3, 4, 4, 4)
                ),  # cannot be: answers moved, not added
            ]
        )
    )
    noise, heat, mold = s.city[("Noise", "NYPD")], s.city[("Heat", "HPD")], s.city[("Mold", "HPD")]
    assert noise.requests.withheld and noise.satisfied_rate.withheld
    assert heat.requests.value == 30 and heat.satisfied_rate.value == pytest.approx(8 / 20)
    assert mold.requests.value == 30 and mold.satisfied_rate.withheld


def test_most_requests_first_and_totals_for_district_and_city() -> None:
    s = summarize(STATS)
    assert [x.complaint_type for x in s.lines] == ["Noise - Residential", "Street Condition", "Rodent"]
    total = s.district_total
    assert (total.received, total.closed, total.reopen_requested) == (142, 114, 10)
    assert total.requests.coverage == "some"  # three of the six district months were withheld
    assert (s.city_total.received, s.city_total.closed) == (5800, 4700)
    street = s.city_line(s.lines[1])
    assert street is not None and street.closure_rate.value == pytest.approx(700 / 800)
    assert s.city_line(s.lines[2]) is None  # the city had no rodent line for DOHMH in the period
    assert (s.district, s.from_month, s.to_month) == (7, "2026-09", "2026-11")


def test_an_empty_period() -> None:
    s = summarize(_stats([]))
    assert s.lines == [] and s.district_total.received == 0
    assert s.district_total.requests.coverage == "all" and s.district_total.closure_rate.value is None


@pytest.mark.parametrize(
    ("n", "today", "expected"),
    [
        (1, dt.date(2026, 11, 22), ("2026-11", "2026-11")),
        (3, dt.date(2026, 11, 22), ("2026-09", "2026-11")),
        (12, dt.date(2026, 11, 1), ("2025-12", "2026-11")),
        (6, dt.date(2026, 2, 28), ("2025-09", "2026-02")),
        (12, dt.date(2026, 1, 15), ("2025-02", "2026-01")),
    ],
)
def test_last_months_includes_this_one_and_crosses_years(
    n: int, today: dt.date, expected: tuple[str, str]
) -> None:
    assert last_months(n, today) == expected


def test_last_months_needs_at_least_one() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        last_months(0, dt.date(2026, 11, 22))


# ---- CSV --------------------------------------------------------------------------------------------------------


def test_csv_has_every_line_and_the_total_with_the_screens_words_for_withheld_figures() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(summarize(STATS)))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1] == [
        "Noise - Residential",
        "NYPD",
        "at least 130",
        "at least 102",
        f"{102 / 130:.4f}",
        "0.8000",
        "at least 10",
        f"{10 / 102:.4f}",
        "at least 71",
        f"{40 / 71:.4f}",
    ]
    assert rows[2][:5] == ["Street Condition", "DOT", "12", "12", "1.0000"]
    assert rows[3] == ["Rodent", "DOHMH", *[TOO_FEW] * 3, "", *[TOO_FEW] * 4]  # no city line: an empty cell
    assert rows[-1] == [
        "All complaint types",
        "All agencies",
        "at least 142",
        "at least 114",
        f"{114 / 142:.4f}",
        f"{4700 / 5800:.4f}",
        "at least 10",
        f"{10 / 114:.4f}",
        "at least 71",
        f"{40 / 71:.4f}",
    ]
    assert len(rows) == 1 + 3 + 1
    assert TOO_FEW == "too few to show"


def test_csv_cells_a_spreadsheet_would_run_are_defused() -> None:
    text = to_csv(
        summarize(
            _stats(
                [
                    _row("2026-10", "district", '=HYPERLINK("http://x")', "@SUM(A1)", 10, 1, 0),
                    _row("2026-10", "district", "-2+3", "+agency", 1, 0, 0, requests=False),
                ]
            )
        )
    )
    rows = list(csv.reader(io.StringIO(text)))
    cells = [c for r in rows[1:3] for c in r[:2]]
    assert sorted(cells) == sorted(['\'=HYPERLINK("http://x")', "'@SUM(A1)", "'-2+3", "'+agency"])
