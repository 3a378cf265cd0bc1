"""The privacy officer's views (supervisor only, domain/roles.py): the office's disclosure log — every device's
events as the 311 access system received them, with what its witness found — filtered by person, class, case and
period; each device's continuity ("events 41–57 never arrived"); the alerts fetched at each sync (exigent
disclosures, findings); and the Identifying Information Law report for a period, saved as PDF or CSV.

Offline the log and the report come from this PC's own log only, and say so. The figures are
`domain.report.figures`, the PDF `letters.report.render_report`: the same as `council-desk privacy report`.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from council_desk.api.models import AuditEventIn
from council_desk.api.privacy import ContinuityReport, PrivacyAlerts, RecordedEvent
from council_desk.domain.report import DISCLOSURE_ACTIONS, figures, to_csv
from council_desk.ui import accessibility, labels
from council_desk.ui.colors import callout, set_role
from council_desk.ui.errors import show_error
from council_desk.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.row_table import RowTableModel
from council_desk.ui.sizing import char_width, fit_rows
from council_desk.ui.sizing import form as translatable_form
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.backend import Backend, OfficeLog

__all__ = ["PrivacyLogModel", "PrivacyLogTab", "ReportDialog", "continuity_lines", "write_report"]

Row = RecordedEvent | AuditEventIn


class _Wrapped(QLabel):
    """A wrapped label that keeps its text's full height at its width, in any script: a layout sizes wrapped text
    for another width (the last line of a long line of Urdu was cut off)."""

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        # Only at a real width: at the few pixels a layout tries first, the "need" is a column of single words.
        need = self.heightForWidth(self.width()) if self.text() and self.width() >= 200 else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(max(0, need))


def _event(row: Row) -> AuditEventIn:
    return row.event if isinstance(row, RecordedEvent) else row


def continuity_lines(report: ContinuityReport | None) -> list[tuple[str, str, str, str]]:
    """(device, account, numbers never received, kinds found) for each device with something to say."""
    out = []
    for d in report.devices if report else []:
        missing = ", ".join(f"{r.first}" if r.first == r.last else f"{r.first}–{r.last}" for r in d.missing)
        kinds = sorted({f.kind for f in d.flags})
        if missing or kinds:
            out.append((d.device_id[:8], d.username, missing, ", ".join(kinds)))
    return out


class PrivacyLogModel(RowTableModel[Row]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Staff"),
            self.tr("What"),
            self.tr("Class"),
            self.tr("Approval or reason"),
            self.tr("To"),
            self.tr("Complaints"),
            self.tr("Found"),
        )

    def cell(self, row: Row, col: int) -> Any:
        ev = _event(row)
        if col == 0:
            return ev.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if col == 1:
            return ev.actor
        if col == 2:
            return labels.output(ev.output) if ev.output else ev.action.replace("_", " ")
        if col == 3:
            return labels.disclosure_class(ev.disclosure_class) if ev.disclosure_class else ""
        if col == 4:
            return ev.approval_ref or ev.reason
        if col == 5:
            return (labels.recipient(ev.recipient) if ev.recipient else "") + (
                f" — {ev.recipient_name}" if ev.recipient_name else ""
            )
        if col == 6:
            return " ".join(ev.service_request_ids)
        return ", ".join(row.findings) if isinstance(row, RecordedEvent) else ""


class ReportDialog(QDialog):
    """The period and the format of the § 23-1205 report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Identifying Information Law report"))
        self.setMinimumWidth(char_width(self, 56))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-3), self)
        self.date_from.setObjectName("reportFrom")
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("reportTo")
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.format = QComboBox(self)
        self.format.setObjectName("reportFormat")
        self.format.addItem(self.tr("PDF (to print and sign)"), "pdf")
        self.format.addItem(self.tr("CSV (for a spreadsheet)"), "csv")
        # Room for the longest entry in any script (a CJK font's full-width parentheses measure wider than Qt's
        # size hint allows for).
        self.format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.format.setMinimumContentsLength(30)
        self.format.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        accessibility.name(self.format, self.tr("Format"), self.tr("PDF to print and sign, or CSV"))
        accessibility.name(self.date_from, self.tr("From"), self.tr("The first day of the report's period"))
        accessibility.name(self.date_to, self.tr("To"), self.tr("The last day of the report's period"))
        form = translatable_form()
        form.addRow(self.tr("From:"), self.date_from)
        form.addRow(self.tr("To:"), self.date_to)
        form.addRow(self.tr("Format:"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("saveReportButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        accessibility.polish(self)

    def period(self) -> tuple[dt.date, dt.date]:
        a, b = self.date_from.date(), self.date_to.date()
        return dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day())


def write_report(
    log: OfficeLog,
    *,
    office: str,
    district: int,
    officer: str,
    period: tuple[dt.date, dt.date],
    fmt: str,
    path: Path,
) -> int:
    """Build and save the report (a worker thread); returns the number of disclosures in it."""
    from council_desk.letters.release import atomic_file_writer

    f = figures(
        log.events,
        office=office,
        district=district,
        period_from=period[0],
        period_to=period[1],
        source=log.source,
        continuity=log.continuity,
    )
    if fmt == "csv":
        data = to_csv(f).encode("utf-8")
    else:
        from council_desk.letters.report import render_report

        data = render_report(f, privacy_officer=officer)
    atomic_file_writer(path)(data)
    return f.disclosures


class PrivacyLogTab(QWidget):
    """The Privacy log tab of a supervisor's window."""

    loaded = Signal()
    report_saved = Signal(str)  # path

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyLogTab")
        self.backend = backend
        self.log: OfficeLog | None = None
        self.source = _Wrapped(self)
        self.source.setObjectName("logSource")
        self.source.setWordWrap(True)
        self.alerts = _Wrapped(self)
        self.alerts.setObjectName("logAlerts")
        self.alerts.setWordWrap(True)
        callout(self.alerts, "warning")
        self.alerts.hide()
        self.seen = QPushButton(self.tr("Mark as seen"), self)
        self.seen.setObjectName("alertsSeen")
        self.seen.hide()
        self.seen.clicked.connect(self.mark_seen)
        self.continuity = _Wrapped(self)
        self.continuity.setObjectName("logContinuity")
        self.continuity.setWordWrap(True)
        self.person = QComboBox(self)
        self.person.setObjectName("logPerson")
        self.person.addItem(self.tr("Anyone"), "")  # from the start: the box is laid out at its full width
        accessibility.name(self.person, self.tr("Staff"), self.tr("Show the disclosures of one staff member"))
        self.klass = QComboBox(self)
        self.klass.setObjectName("logClass")
        accessibility.name(self.klass, self.tr("Class"), self.tr("Show the disclosures of one class"))
        self.klass.addItem(self.tr("Any class"), "")
        for code in labels.DISCLOSURE_CLASS:
            self.klass.addItem(labels.disclosure_class(code), code)
        self.case = QLineEdit(self)
        self.case.setObjectName("logCase")
        self.case.setPlaceholderText(self.tr("Complaint #"))
        self.case.setMaxLength(32)
        accessibility.name(
            self.case, self.tr("Complaint #"), self.tr("Show the disclosures naming this complaint")
        )
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        accessibility.name(self.date_from, self.tr("From"), self.tr("Show the disclosures from this day"))
        accessibility.name(self.date_to, self.tr("To"), self.tr("Show the disclosures up to this day"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("logRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton(self.tr("Report…"), self)
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(lambda: self.save_report())
        for box in (self.person, self.klass):  # its longest entry in any language, never cut
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        filters = QHBoxLayout()
        for field in (self.person, self.klass, self.case):
            filters.addWidget(field)
        filters.addStretch(1)
        period = QHBoxLayout()
        for day in (self.date_from, self.date_to):
            period.addWidget(day)
        period.addStretch(1)
        period.addWidget(self.refresh_button)
        period.addWidget(self.report_button)
        self.model = PrivacyLogModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("privacyLogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Small tables (an office's approvals, a period's disclosures): every column as wide as its heading and
        # its widest cell, in any language.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The approval or reason (staff's own words) takes the room left; its tooltip holds all of it.
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        fit_rows(self.table)
        accessibility.name(
            self.table,
            self.tr("Disclosure log"),
            self.tr(
                "Each disclosure: when, who, what, class, approval or reason, to whom, which "
                "complaints, and what the 311 access system found"
            ),
        )
        self.count = QLabel(self)
        set_role(self.count, "muted")
        alerts_row = QHBoxLayout()
        alerts_row.addWidget(self.alerts, 1)
        alerts_row.addWidget(self.seen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(alerts_row)
        layout.addWidget(self.continuity)
        layout.addLayout(filters)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        for sig in (
            self.person.currentIndexChanged,
            self.klass.currentIndexChanged,
            self.case.textChanged,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            sig.connect(self._filter)

    # --- data --------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        backend = self.backend
        Op(self, lambda: backend.office_log(threading.Event()), pool="net").success(self._loaded).failure(
            self._failed
        ).run()
        self.show_alerts()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _loaded(self, log: OfficeLog) -> None:
        self.log = log
        server = log.source == "server"
        self.source.setText(
            self.tr("From the 311 access system's record of every device of this office.")
            if server
            else self.tr("OFFLINE: from this PC's own log only. Other devices' events are not included.")
        )
        set_role(self.source, "muted" if log.source == "server" else "warning")
        lines = [
            self.tr("Device %1 (%2): events %3 never arrived; found: %4")
            .replace("%1", d)
            .replace("%2", u)
            .replace("%3", m or "—")
            .replace("%4", k or "—")
            for d, u, m, k in continuity_lines(log.continuity)
        ]
        if log.source != "server":
            lines = []
        self.continuity.setText(
            "\n".join(lines)
            if lines
            else (
                self.tr("Every device's record is complete: nothing missing, nothing flagged.")
                if log.source == "server"
                else ""
            )
        )
        set_role(self.continuity, "warning" if lines else "muted")
        actors = sorted({_event(r).actor for r in log.events})
        keep = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), "")
        for a in actors:
            self.person.addItem(a, a)
        self.person.setCurrentIndex(max(0, self.person.findData(keep)))
        self.person.blockSignals(False)
        self._filter()
        self.loaded.emit()

    def _filter(self) -> None:
        if self.log is None:
            return
        person, klass, case = self.person.currentData(), self.klass.currentData(), self.case.text().strip()
        a, b = self.date_from.date(), self.date_to.date()
        lo, hi = dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day())
        rows = []
        for r in self.log.events:
            ev = _event(r)
            day = ev.at.astimezone(dt.UTC).date()
            if ev.action not in DISCLOSURE_ACTIONS or not (lo <= day <= hi):
                continue
            if (person and ev.actor != person) or (klass and ev.disclosure_class != klass):
                continue
            if case and case not in ev.service_request_ids:
                continue
            rows.append(r)
        rows.sort(key=lambda r: _event(r).at, reverse=True)
        self.model.set_items(rows)
        self.count.setText(self.tr("%n disclosure(s) shown", "", len(rows)))

    def forget(self) -> None:
        self.log = None
        self.model.set_items([])
        self.continuity.clear()
        self.alerts.hide()
        self.seen.hide()

    # --- alerts (fetched with each sync: sync/engine.py) -------------------------------------------------------
    def show_alerts(self) -> None:
        store = self.backend.store
        if store is None:
            return
        from council_desk.sync.office_feeds import ALERTS_META

        def load() -> PrivacyAlerts | None:
            raw = store.get_meta(ALERTS_META)
            return None if raw is None else PrivacyAlerts.model_validate_json(raw)

        Op(self, load).success(self._alerts).run()

    def _alerts(self, got: PrivacyAlerts | None) -> None:
        n_ex, n_fl = (len(got.exigent), len(got.flags)) if got else (0, 0)
        text = (
            self.tr("New since you last looked: %1 exigent disclosure(s), %2 finding(s) about the record.")
            .replace("%1", str(n_ex))
            .replace("%2", str(n_fl))
        )
        reasons = [f"{x.event.actor}: {x.event.reason}" for x in (got.exigent if got else [])][-3:]
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)  # reasons are staff's free text
        self.alerts.setText("\n".join([text, *reasons]))
        self.alerts.setVisible(bool(n_ex or n_fl))
        self.seen.setVisible(bool(n_ex or n_fl))

    def mark_seen(self) -> None:
        store = self.backend.store
        if store is None:
            return
        from council_desk.sync.office_feeds import ALERTS_META

        def clear() -> None:
            with store.transaction() as conn:
                conn.execute("DELETE FROM meta WHERE name = ?", (ALERTS_META,))

        Op(self, clear).success(lambda _r: self._alerts(None)).run()

    # --- the report ----------------------------------------------------------------------------------------------
    def save_report(self, *, dialog: ReportDialog | None = None, path: Path | None = None) -> None:
        dlg = dialog or ReportDialog(self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        fmt = str(dlg.format.currentData())
        period = dlg.period()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the report"),
                f"privacy-report-{period[0]}-to-{period[1]}.{fmt}",
                self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)"),
            )
            if not name:
                return
            path = Path(name)
        me, backend, target = self.backend.me, self.backend, path
        if me is None:
            return

        def work() -> int:
            log = backend.office_log(threading.Event())
            return write_report(
                log,
                office=me.office.name,
                district=me.district,
                officer=me.display_name,
                period=period,
                fmt=fmt,
                path=target,
            )

        Op(self, work, pool="net").success(lambda _n: self.report_saved.emit(str(target))).failure(
            self._failed
        ).run()
