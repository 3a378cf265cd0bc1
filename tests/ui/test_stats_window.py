"""The statistics window (ui/stats_window.py) against the real sandbox on loopback: what it shows equals the sums
of the server's own monthly rows, it asks for the period chosen, exports what it shows, and says plainly why it
shows nothing (offline, figures for another district)."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import MonthlyStats, TokenResponse
from council_desk.domain.errors import Offline
from council_desk.domain.stats import last_months
from council_desk.ui.qt import Qt
from council_desk.ui.stats_window import SORT_ROLE, StatsWindow
from tests.integration.test_sync_helpers import new_session
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


def _raw_totals(sb: RunningSandbox, months: tuple[str, str]) -> dict[str, tuple[int, int, int]]:
    """The server's rows summed here, independently of domain/stats.py: (received, closed, reopen) per area."""
    r = sb.api("GET", f"/v1/stats/monthly?from={months[0]}&to={months[1]}", sb.token("caseworker", 7))
    r.raise_for_status()
    totals: dict[str, tuple[int, int, int]] = {}
    for row in r.json()["rows"]:
        a, b, c = totals.get(row["area"], (0, 0, 0))
        totals[row["area"]] = (a + row["received"], b + row["closed"], c + row["reopen_requested"])
    return totals


def test_shows_the_sums_of_the_servers_rows_and_exports_them(qtbot: Any, sandbox: RunningSandbox, client: Any,
                                                             tmp_path: Path) -> None:
    fetch = Recorder(client.stats)
    win = _open(qtbot, fetch)
    qtbot.waitUntil(lambda: win.model.summary is not None, timeout=WAIT)
    assert fetch.asked == [last_months(12, TODAY)]
    summary = win.model.summary
    assert summary is not None and summary.district == 7
    expected = _raw_totals(sandbox, fetch.asked[0])
    assert expected["district"][0] > 0, "the sandbox has requests in the last 12 months"
    d = summary.district_total
    assert (d.received, d.closed, d.reopen_requested) == expected["district"]
    assert (summary.city_total.received, summary.city_total.closed) == expected["city"][:2]
    assert expected["city"][0] > d.received  # the city is more than one district
    # The table: one row per complaint type × agency, the busiest first, counts as the caseworker reads them.
    assert win.proxy.rowCount() == len(summary.lines) > 0
    counts = [int(win.proxy.index(r, 2).data().replace(",", "")) for r in range(win.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True) and sum(counts) == d.received
    text = win.summary_label.text()
    assert f"{d.received:,} requests" in text and f"Whole city: {summary.city_total.received:,} requests" in text
    assert win.export_button.isEnabled() and win.status.text() == ""
    # Sorting by a rate column sorts by the rate, not by its text.
    win.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    rates = [win.proxy.index(r, 4).data(SORT_ROLE) for r in range(win.proxy.rowCount())]
    assert rates == sorted(rates)

    saved = win.export_csv(str(tmp_path / "figures.csv"))
    assert saved is not None
    assert saved.read_bytes().startswith(b"\xef\xbb\xbf")  # utf-8-sig, for spreadsheets on Windows
    rows = list(csv.reader(saved.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1 + len(summary.lines) + 1
    assert rows[-1][:4] == ["All complaint types", "All agencies", str(d.received), str(d.closed)]
    assert "figures.csv" in win.status.text()


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

