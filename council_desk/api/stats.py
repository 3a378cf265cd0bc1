"""Messages of the access API's statistics, v1: `GET /v1/stats/monthly` answers `MonthlyStats`, 311's monthly
service and survey figures for the caller's district and the city. Aggregates only, never personal data.

Apart from `models.py` because these messages carry a rule of their own: small-cell suppression. A figure too
few people stand behind is withheld (`null`), a block of figures is withheld whole, and a row whose figures
contradict each other is refused (`MonthlyStatRow`). The threshold and the rest of the rule are
`council_desk.domain.stats` (the client checks again what it receives) and `council_desk.sandbox.stats` (the
server's side); docs/sandbox.md explains them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StrictInt, StringConstraints, model_validator

from council_desk.api.models import District, ShortText, _Strict

__all__ = ["MonthlyStatRow", "MonthlyStats", "SatisfactionDistribution"]

Count = Annotated[StrictInt, Field(ge=0)]
Rate = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]


class SatisfactionDistribution(_Strict):
    """Survey answers for closed requests, on the 311 customer survey's five-point scale."""

    very_dissatisfied: Count = 0
    dissatisfied: Count = 0
    neutral: Count = 0
    satisfied: Count = 0
    very_satisfied: Count = 0

    @property
    def responses(self) -> int:
        return self.very_dissatisfied + self.dissatisfied + self.neutral + self.satisfied + self.very_satisfied

    @property
    def answers(self) -> tuple[int, int, int, int, int]:
        """Worst to best."""
        return (self.very_dissatisfied, self.dissatisfied, self.neutral, self.satisfied, self.very_satisfied)


class MonthlyStatRow(_Strict):
    """Aggregates only, never personal data: one complaint type × agency × month, for the district or the city.

    A figure is `null` when it is **withheld** because too few people are behind it to publish it (small-cell
    suppression; the rule and its threshold are in docs/sandbox.md and `council_desk.domain.stats.MIN_CELL`).
    Figures are withheld in three blocks, each present or null as a whole:

    - requests: `received`, `closed`, `closure_rate`;
    - reopen: `reopen_requested`, `reopen_rate` (null whenever the requests block is);
    - survey: `satisfaction` (null whenever the requests block is).

    Every key is always present: null means withheld, never "missing" or zero. A rate shown always has something
    to divide by.
    """

    month: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    area: Literal["district", "city"]
    complaint_type: ShortText
    agency: ShortText
    received: Count | None
    closed: Count | None
    closure_rate: Rate | None
    reopen_requested: Count | None
    reopen_rate: Rate | None
    satisfaction: SatisfactionDistribution | None

    @model_validator(mode="after")
    def _blocks_withheld_whole(self) -> MonthlyStatRow:
        requests = (self.received, self.closed, self.closure_rate)
        reopen = (self.reopen_requested, self.reopen_rate)
        if len({x is None for x in requests}) > 1 or len({x is None for x in reopen}) > 1:
            raise ValueError("a withheld figure must be withheld with the rest of its block")
        if self.received is None:
            if self.reopen_requested is not None or self.satisfaction is not None:
                raise ValueError("reopen and survey figures are withheld when the request counts are")
            return self
        assert self.closed is not None
        if self.closed > self.received:
            raise ValueError("more requests closed than received")
        if self.reopen_requested is not None and self.reopen_requested > self.closed:
            raise ValueError("more reopen requests than closed requests")
        if self.satisfaction is not None and self.satisfaction.responses > self.closed:
            raise ValueError("more survey answers than closed requests")
        return self


class MonthlyStats(_Strict):
    district: District
    from_month: str
    to_month: str
    rows: list[MonthlyStatRow]
