"""The statistics window (ui/stats_window.py) against the real sandbox on loopback: what it shows equals the sums
of the figures the server shows in its own monthly rows, figures the server withheld read "too few to show" (or
"at least …") on screen and in the CSV, it asks for the period chosen, exports what it shows, and says plainly why
it shows nothing (offline, figures for another district)."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import TokenResponse
from council_desk.api.stats import MonthlyStats
from council_desk.domain.errors import Offline
from council_desk.domain.stats import TOO_FEW, last_months
from council_desk.ui.qt import Qt
from council_desk.ui.stats_window import SORT_ROLE, StatsWindow
from tests.support.client import new_session
from tests.support.sandbox import RunningSandbox

WAIT = 30_000
TODAY = dt.date.today()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with RunningSandbox(tmp_path_factory.mktemp("stats-sb"), complaints=3000, seed=11) as sb:
        yield sb


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[Any]:
    session: Any = new_session(sandbox.url, user="cw07")
    session.tokens.accept(TokenResponse.model_validate(sandbox.sign_in("caseworker", 7)), "cw07")
    yield session.client
    session.close()


class Recorder:
    """The window's fetch, recording the months asked for."""

    def __init__(self, fetch: Any) -> None:
        self.fetch = fetch
        self.asked: list[tuple[str, str]] = []

    def __call__(self, from_month: str, to_month: str, cancel: threading.Event) -> MonthlyStats:
        self.asked.append((from_month, to_month))
        return self.fetch(from_month, to_month, cancel)  # type: ignore[no-any-return]


def _open(qtbot: Any, fetch: Any, district: int = 7) -> StatsWindow:
    win = StatsWindow(fetch, district)
    qtbot.addWidget(win)
    win.show()
    return win


def _raw_totals(sb: RunningSandbox, months: tuple[str, str]) -> dict[str, tuple[int, int, int, int]]:
    """The figures the server shows in its rows, summed here, independently of domain/stats.py: (received, closed,
    reopen, rows withheld) per area. A withheld figure is null on the wire and adds nothing."""
    r = sb.api("GET", f"/v1/stats/monthly?from={months[0]}&to={months[1]}", sb.token("caseworker", 7))
    r.raise_for_status()
    totals: dict[str, tuple[int, int, int, int]] = {}
    for row in r.json()["rows"]:
        a, b, c, w = totals.get(row["area"], (0, 0, 0, 0))
        totals[row["area"]] = (
            a + (row["received"] or 0),
            b + (row["closed"] or 0),
            c + (row["reopen_requested"] or 0),
            w + (row["received"] is None),
        )
    return totals


def _count(text: str) -> int:
    """A count cell as shown: "1,234" or "at least 1,234"."""
    return int(text.removeprefix("at least ").replace(",", ""))


def test_shows_the_sums_of_the_servers_rows_and_exports_them(
    qtbot: Any, sandbox: RunningSandbox, client: Any, tmp_path: Path
) -> None:
    fetch = Recorder(client.stats)
    win = _open(qtbot, fetch)
    qtbot.waitUntil(lambda: win.model.summary is not None, timeout=WAIT)
    assert fetch.asked == [last_months(12, TODAY)]
    summary = win.model.summary
    assert summary is not None and summary.district == 7
    expected = _raw_totals(sandbox, fetch.asked[0])
    assert expected["district"][0] > 0, "the sandbox has requests in the last 12 months"
    assert expected["district"][3] > 0, "and months with too few of a kind, which 311 withholds"
    d = summary.district_total
    assert (d.received, d.closed, d.reopen_requested) == expected["district"][:3]
    assert (summary.city_total.received, summary.city_total.closed) == expected["city"][:2]
    assert expected["city"][0] > d.received  # the city is more than one district
    # The table: one row per complaint type × agency, the busiest first, counts as the caseworker reads them.
    assert win.proxy.rowCount() == len(summary.lines) > 0
    texts = [win.proxy.index(r, 2).data() for r in range(win.proxy.rowCount())]
    shown = [_count(t) for t in texts if t != TOO_FEW]
    assert shown == sorted(shown, reverse=True) and sum(shown) == d.received
    assert any(t.startswith("at least ") for t in texts)  # lines with some months withheld
    text = win.summary_label.text()
    assert f"at least {d.received:,} requests" in text
    assert f"Whole city: at least {summary.city_total.received:,} requests" in text
    assert win.export_button.isEnabled() and win.status.text() == ""
    assert "too few to show" in win.legend.text() and "10" in win.legend.text()
    # Sorting by a rate column sorts by the rate, not by its text.
    win.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    rates = [win.proxy.index(r, 4).data(SORT_ROLE) for r in range(win.proxy.rowCount())]
    assert rates == sorted(rates)

    saved = win.export_csv(str(tmp_path / "figures.csv"))
    assert saved is not None
    assert saved.read_bytes().startswith(b"\xef\xbb\xbf")  # utf-8-sig, for spreadsheets on Windows
    rows = list(csv.reader(saved.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1 + len(summary.lines) + 1
    assert rows[-1][:4] == [
        "All complaint types",
        "All agencies",
        f"at least {d.received}",
        f"at least {d.closed}",
    ]
    assert [r[2] for r in rows[1:-1]] == [t.replace(",", "") for t in texts]  # the screen's words, in the file
    assert "figures.csv" in win.status.text()


def test_a_line_with_every_month_withheld_says_too_few_to_show(qtbot: Any, client: Any) -> None:
    win = _open(qtbot, client.stats)
    qtbot.waitUntil(lambda: win.model.summary is not None, timeout=WAIT)
    summary = win.model.summary
    assert summary is not None
    hidden = [r for r in range(win.model.rowCount()) if win.model.line(r).requests.withheld]  # type: ignore[union-attr]
    assert hidden, "the sandbox's district has complaint types with too few requests in every month"
    row = hidden[0]
    for col in range(2, 10):
        if col == 5:  # the city's rate for the same type, from the city's own (bigger) figures
            continue
        index = win.model.index(row, col)
        assert index.data() == TOO_FEW, col
        assert "could tell someone's answer" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert index.data(SORT_ROLE) == -1.0  # below every number
    assert win.model.index(row, 0).data() == summary.lines[row].complaint_type


def test_choosing_a_period_asks_for_it(qtbot: Any, client: Any) -> None:
    fetch = Recorder(client.stats)
    win = _open(qtbot, fetch)
    qtbot.waitUntil(lambda: win.model.summary is not None, timeout=WAIT)
    twelve = win.model.summary
    win.period.setCurrentIndex(win.period.findData(3))
    qtbot.waitUntil(lambda: win.model.summary is not twelve and win.model.summary is not None, timeout=WAIT)
    assert fetch.asked[-1] == last_months(3, TODAY)
    assert win.model.summary is not None and win.model.summary.from_month == last_months(3, TODAY)[0]
    assert twelve is not None and win.model.summary.district_total.received <= twelve.district_total.received


def test_offline_says_so_and_shows_nothing(qtbot: Any) -> None:
    def offline(_f: str, _t: str, _c: threading.Event) -> MonthlyStats:
        raise Offline()

    win = _open(qtbot, offline)
    qtbot.waitUntil(lambda: win.status.text() == Offline().user_message, timeout=WAIT)
    assert win.model.rowCount() == 0 and not win.export_button.isEnabled() and win.summary_label.text() == ""
    assert win.export_csv(None) is None  # nothing to export, and no file dialog


def test_figures_for_another_district_are_not_shown(qtbot: Any, client: Any) -> None:
    win = _open(qtbot, client.stats, district=8)  # the account is district 7's: the answer names 7
    qtbot.waitUntil(lambda: "another district" in win.status.text(), timeout=WAIT)
    assert win.model.rowCount() == 0 and not win.export_button.isEnabled()


def test_a_bug_is_not_shown_as_figures(qtbot: Any) -> None:
    def broken(_f: str, _t: str, _c: threading.Event) -> MonthlyStats:
        raise RuntimeError("boom")

    win = _open(qtbot, broken)
    qtbot.waitUntil(lambda: "problem in Council Desk" in win.status.text(), timeout=WAIT)
    assert win.model.rowCount() == 0
