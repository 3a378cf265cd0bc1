"""`/v1/stats/monthly`'s rows: per month × complaint type × agency, for the caller's district and the city, with
every small cell withheld (`council_desk.domain.stats.may_show`; the rule is explained there and in
docs/sandbox.md).

Why differencing gives nothing away: the rows are fixed calendar months whatever range is asked for (two ranges
share their months' rows exactly, so subtracting one from another leaves whole rows, each already tested), no total
is sent, and the only sum on the wire is the city row, which equals the caller's district plus everyone else; a
city figure is shown only when that "everyone else" is zero or itself big enough. Two offices pooling what they see
could subtract both districts from the city; that is not modelled.
"""

from __future__ import annotations

from typing import Any, Literal

from council_desk.api.stats import MonthlyStatRow, SatisfactionDistribution
from council_desk.domain.stats import CellCounts, Disclosure, may_show
from council_desk.sandbox.store import Store

__all__ = ["monthly_rows"]

Key = tuple[str, str, str]  # month, complaint type, agency
_NONE = CellCounts(0, 0, 0, (0, 0, 0, 0, 0))


def _cells(raw: list[tuple[Any, ...]]) -> dict[Key, CellCounts]:
    out: dict[Key, CellCounts] = {}
    for month, ctype, agency, received, closed, reopen, *sat in raw:
        s = [int(x or 0) for x in sat]
        answers = (s[0], s[1], s[2], s[3], s[4])
        out[(month, ctype, agency)] = CellCounts(int(received), int(closed or 0), int(reopen or 0), answers)
    return out


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4)


def _row(key: Key, area: Literal["district", "city"], cell: CellCounts, shown: Disclosure) -> MonthlyStatRow:
    month, ctype, agency = key
    a = cell.answers
    return MonthlyStatRow(
        month=month,
        area=area,
        complaint_type=ctype[:200],
        agency=agency[:200],
        received=cell.received if shown.requests else None,
        closed=cell.closed if shown.requests else None,
        closure_rate=_rate(cell.closed, cell.received) if shown.requests else None,
        reopen_requested=cell.reopen_requested if shown.reopen else None,
        reopen_rate=_rate(cell.reopen_requested, cell.closed) if shown.reopen else None,
        satisfaction=SatisfactionDistribution(
            very_dissatisfied=a[0], dissatisfied=a[1], neutral=a[2], satisfied=a[3], very_satisfied=a[4]
        )
        if shown.survey
        else None,
    )


def monthly_rows(store: Store, district: int, from_month: str, to_month: str) -> list[MonthlyStatRow]:
    """The district's rows, then the city's, each month × type × agency that had at least one request."""
    own = _cells(store.monthly(district, from_month, to_month))
    city = _cells(store.monthly(None, from_month, to_month))
    rows = [_row(key, "district", cell, may_show(cell)) for key, cell in own.items()]
    rows += [
        _row(key, "city", cell, may_show(cell, rest=cell.minus(own.get(key, _NONE)))) for key, cell in city.items()
    ]
    return rows
