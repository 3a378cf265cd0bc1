"""The district's 311 statistics: requests per complaint type and agency, with closure, reopen and satisfaction
rates beside the city's, over the last 3, 6 or 12 months; exported as CSV for the office's own reports.

Aggregates only (`/v1/stats/monthly`): no case and no person is fetched, so nothing is cached, and the export is
not a disclosure. The figures are summed and their rates computed in `council_desk.domain.stats`. A month's figure
with too few people behind it is withheld by 311 (and again here): the table says "too few to show" where every
month was withheld, and "at least …" where some were; rates use only the months shown.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from council_desk.api.stats import MonthlyStats
from council_desk.domain.errors import KnownError
from council_desk.domain.stats import MIN_CELL, Figure, StatLine, StatsSummary, last_months, summarize, to_csv
from council_desk.ui import labels
from council_desk.ui.accessibility import name, polish
from council_desk.ui.colors import set_role, view_color
from council_desk.ui.error_text import error_message
from council_desk.ui.i18n import ui_locale
from council_desk.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPushButton,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from council_desk.ui.sizing import char_width, fit_rows
from council_desk.ui.taskman import Op

log = logging.getLogger("council_desk.ui.stats")

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[str, str, threading.Event], MonthlyStats]

PERIODS = (3, 6, 12)  # months, this one included
_COLUMNS = labels.STATS_COLUMNS
SORT_ROLE = Qt.ItemDataRole.UserRole
_RATE_COLUMNS = (4, 5, 7, 8)


def _percent(value: float | None) -> str:
    """ "—" for no rate; one decimal below 10% (where "3%" against "4%" would hide a real difference)."""
    if value is None:
        return "—"
    return f"{value:.1%}" if 0 < value < 0.1 else f"{value:.0%}"


def _figure_text(fig: Figure, rate: bool) -> str:
    """A figure as the caseworker reads it: "1,234", "at least 1,234", "62%", "—" or "too few to show"."""
    if fig.withheld:
        return QApplication.translate("stats", "too few to show")
    if rate:
        return _percent(fig.value)
    count = f"{int(fig.value or 0):,}"
    return QApplication.translate("stats", "at least %1").replace("%1", count) if fig.coverage == "some" else count


class StatsModel(QAbstractTableModel):
    """The district's lines (most requests first); numbers sort as numbers (`SORT_ROLE`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.summary: StatsSummary | None = None

    def set_summary(self, summary: StatsSummary | None) -> None:
        self.beginResetModel()
        self.summary = summary
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.summary is None else len(self.summary.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.stats_column(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.stats_tip(section)
        return None

    def line(self, row: int) -> StatLine | None:
        if self.summary is None or not 0 <= row < len(self.summary.lines):
            return None
        return self.summary.lines[row]

    def values(self, line: StatLine) -> tuple[str | Figure | None, ...]:
        """The line's value per column: text, or a `Figure` (None: the city has no such line)."""
        assert self.summary is not None
        city = self.summary.city_line(line)
        return (
            line.complaint_type,
            line.agency,
            line.requests,
            line.closed_figure,
            line.closure_rate,
            None if city is None else city.closure_rate,
            line.reopen,
            line.reopen_rate,
            line.satisfied_rate,
            line.responses,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        col = index.column()
        value = self.values(line)[col]
        if isinstance(value, str):
            if role == SORT_ROLE:
                return value.casefold()
            return value if role == Qt.ItemDataRole.DisplayRole else None
        if role == SORT_ROLE:
            # Withheld figures and lines without a rate sort below every number.
            return -1.0 if value is None or value.value is None else float(value.value)
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if value is None else _figure_text(value, col in _RATE_COLUMNS)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and value is not None and value.withheld:
            # Muted, from the palette (still 4.5:1 or more on its background), yet plainly not a number.
            return view_color("muted")
        if role == Qt.ItemDataRole.FontRole and value is not None and value.coverage == "some":
            # Some months withheld: the district's rate and the city's beside it may cover different months.
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if value is None:
                return self.tr("The city had no requests of this type for this agency in the period")
            if value.withheld:
                return self.tr(
                    "Fewer than %1 people were behind this figure in each month, so 311 does not "
                    "publish it: it could tell someone's answer."
                ).replace("%1", str(MIN_CELL))
            if value.coverage == "some":
                return self.tr("Some months had too few to show; this covers the other months only.")
        return None


class StatsWindow(QDialog):
    """Non-modal; one per main window. `fetch` is `Backend.stats` (network, run off the GUI thread)."""

    def __init__(
        self,
        fetch: Fetch,
        district: int | None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statsWindow")
        self._fetch = fetch
        self._district = district
        self._today = today
        self._request = 0
        self._cancel: threading.Event | None = None
        self.setWindowTitle(
            self.tr("311 statistics — District %1").replace("%1", str(district))
            if district
            else self.tr("311 statistics")
        )
        self.resize(1240, 600)  # "too few to show" in eight columns still leaves the type room

        self.period = QComboBox()
        self.period.setObjectName("statsPeriod")
        for months in PERIODS:
            self.period.addItem(self.tr("Last %1 months").replace("%1", str(months)), months)
        self.period.setCurrentIndex(len(PERIODS) - 1)
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        self.period.setAccessibleDescription(self.tr("The months the figures cover, this month included"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setObjectName("statsExport")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("statsSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)  # a little above body text, in step with the system size
        self.summary_label.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("statsStatus")
        self.status.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "“too few to show”: fewer than %1 requests or survey answers in a month. 311 withholds such "
                "figures "
                "so that no one's answer can be worked out. Figures in italics leave out such months: “at least” "
                "counts, and rates of the other months only."
            ).replace("%1", str(MIN_CELL))
        )
        self.legend.setObjectName("statsLegend")
        self.legend.setWordWrap(True)
        set_role(self.legend, "muted")

        self.model = StatsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("statsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        name(
            self.table,
            self.tr("Requests by complaint type and agency"),
            self.tr("One line per complaint type and agency; click a heading to sort"),
        )
        header = self.table.horizontalHeader()
        # The complaint type column as wide as ~28 characters or its (translated) heading; the figures as wide as
        # they need; the table scrolls sideways rather than squeezing a heading into "…".
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, max(char_width(self.table, 28), header.sectionSizeHint(0)))
        for col in range(1, len(_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # what width is left goes to the last column, not to empty space
        fit_rows(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        polish(self)

    @property
    def months(self) -> int:
        return int(self.period.currentData())

    def load(self) -> None:
        """Ask 311 for the chosen period; a newer request supersedes an older one still on its way."""
        if self._cancel is not None:
            self._cancel.set()
        cancel = threading.Event()
        self._cancel = cancel
        self._request += 1
        request = self._request
        from_month, to_month = last_months(self.months, self._today())
        self.status.setText(self.tr("Loading the figures from 311…"))
        self.export_button.setEnabled(False)

        def apply(stats: MonthlyStats) -> None:
            if request == self._request:
                self._show(stats)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self._failed(error)

        op = Op(self, lambda: self._fetch(from_month, to_month, cancel), pool="net")
        op.success(apply).failure(failed).run()

    def _show(self, stats: MonthlyStats) -> None:
        if self._district is not None and stats.district != self._district:
            # Figures labelled with another district than the signed-in one: say so, show none.
            log.warning("statistics answer for another district refused")
            self._failed(
                KnownError(
                    self.tr(
                        "311 sent figures for another district. Nothing is shown; "
                        "please tell your office's Council Desk contact."
                    )
                )
            )
            return
        summary = summarize(stats)
        self.model.set_summary(summary)
        self.summary_label.setText(self._summary_text(summary))
        self.status.setText(self.tr("No requests in this period.") if not summary.lines else "")
        self.export_button.setEnabled(bool(summary.lines))

    def _failed(self, error: BaseException) -> None:
        self.model.set_summary(None)
        self.summary_label.setText("")
        if isinstance(error, KnownError):
            self.status.setText(error_message(error))
        else:
            log.error("statistics failed: %s", type(error).__name__)
            self.status.setText(self.tr("The figures could not be shown because of a problem in Council Desk."))

    def _summary_text(self, summary: StatsSummary) -> str:
        def months(m: str) -> str:
            # The month's name in the interface language; the year in the digits used everywhere else.
            return f"{ui_locale().monthName(int(m[5:7]), QLocale.FormatType.ShortFormat)} {int(m[:4])}"

        def line(name: str, total: StatLine) -> str:
            if total.requests.withheld:
                return self.tr("%1: too few requests to show any figure").replace("%1", name)
            text = self.tr(
                "%1: %2 requests · %3 closed · %4 of closed asked to reopen · %5 satisfied (%6 answers)"
            )
            values = (
                name,
                _figure_text(total.requests, False),
                _figure_text(total.closure_rate, True),
                _figure_text(total.reopen_rate, True),
                _figure_text(total.satisfied_rate, True),
                _figure_text(total.responses, False),
            )
            for n, value in enumerate(values, start=1):
                text = text.replace(f"%{n}", value)
            return text

        period = f"{months(summary.from_month)} – {months(summary.to_month)}"
        return "\n".join(
            (
                line(
                    self.tr("District %1, %2").replace("%1", str(summary.district)).replace("%2", period),
                    summary.district_total,
                ),
                line(self.tr("Whole city"), summary.city_total),
            )
        )

    def export_csv(self, path: str | None = None) -> Path | None:
        """Save the lines shown as CSV (asks where, unless `path` is given). Returns the file written."""
        summary = self.model.summary
        if summary is None:
            return None
        if path is None:
            suggested = (
                f"311-statistics-district-{summary.district}-{summary.from_month}-to-{summary.to_month}.csv"
            )
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export statistics"), suggested, self.tr("CSV files (*.csv)")
            )
            if not path:
                return None
        target = Path(path)
        try:
            # utf-8-sig: spreadsheet programs on Windows then read accents and non-Latin names right.
            target.write_text(to_csv(summary), encoding="utf-8-sig", newline="")
        except OSError as exc:
            self.status.setText(self.tr("The file could not be saved: %1").replace("%1", exc.strerror or "error"))
            return None
        self.status.setText(self.tr("Saved %1").replace("%1", target.name))
        return target

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.model.summary is None and self._cancel is None:
            self.load()

    def closeEvent(self, event: Any) -> None:
        if self._cancel is not None:
            self._cancel.set()
        super().closeEvent(event)
