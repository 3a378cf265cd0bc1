"""Every window and dialog of the app, opened with content, for the tests that walk them all (the pseudo-locale
and accessibility tests). Real widgets over a real cache; nothing is mocked but the network."""

from __future__ import annotations

import datetime as dt
import io
import threading
from typing import Any

from council_desk.api.stats import MonthlyStatRow, MonthlyStats, SatisfactionDistribution
from council_desk.cache.errors import KeyringUnavailable
from council_desk.domain.errors import Offline
from council_desk.letters.templates import templates
from council_desk.ui.about import AboutDialog
from council_desk.ui.accessibility import select_row
from council_desk.ui.dialogs import FollowUpDialog, PassphraseDialog, ReopenDialog, RevealDialog
from council_desk.ui.error_text import error_message
from council_desk.ui.errors import CrashDialog, show_known_error
from council_desk.ui.lock import LockScreen
from council_desk.ui.main_window import MainWindow
from council_desk.ui.pdf_preview import PreviewWindow
from council_desk.ui.print_dialog import LetterDialog, SummaryDialog
from council_desk.ui.qt import QCoreApplication, QWidget
from council_desk.ui.settings import Settings
from council_desk.ui.settings_dialog import SettingsDialog
from council_desk.ui.signin import SignInWindow
from council_desk.ui.stats_window import StatsWindow

WAIT = 10_000
CLOSED_CASE = "60000003"  # closed by the agency (every third synthetic case): the reopen button shows


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.drawString(72, 720, "Preview page")
    c.showPage()
    c.save()
    return buf.getvalue()


def _stats(from_month: str, to_month: str, _cancel: threading.Event) -> MonthlyStats:
    rows = []
    for area in ("district", "city"):
        for ctype, agency, n in (("HEAT/HOT WATER", "HPD", 40), ("Noise - Residential", "NYPD", 25)):
            rows.append(
                MonthlyStatRow(
                    month=to_month,
                    area=area,
                    complaint_type=ctype,
                    agency=agency,
                    received=n * (9 if area == "city" else 1),
                    closed=n - 5,
                    closure_rate=(n - 5) / n,
                    reopen_requested=2,
                    reopen_rate=2 / (n - 5),
                    satisfaction=SatisfactionDistribution(
                        very_satisfied=3, satisfied=4, neutral=1, dissatisfied=1, very_dissatisfied=1
                    ),
                )
            )
    return MonthlyStats(district=7, from_month=from_month, to_month=to_month, rows=rows)


def open_all(qtbot: Any, backend_factory: Any) -> dict[str, QWidget]:
    """Each window and dialog, shown, with what it shows in use (a case open, warnings visible…)."""
    shown: dict[str, QWidget] = {}

    def add(name: str, w: QWidget) -> None:
        qtbot.addWidget(w)
        w.show()
        shown[name] = w

    backend = backend_factory(300)
    main = MainWindow(backend, idle_ms=600_000, sync_minutes=60)
    add("main window", main)
    with qtbot.waitSignal(main.list_refreshed, timeout=WAIT):
        main.start(sync=False)
    with qtbot.waitSignal(main.case_shown, timeout=WAIT):
        select_row(main.table, main.model.row_of(CLOSED_CASE))
    main.detail.show_contact()  # the contact block as it looks once revealed (no audit needed for a layout)
    main.online = False  # the status bar at its fullest: offline, with the reason
    main.last_sync_error = error_message(Offline())
    main._show_connection()
    main._show_outbox(3)

    add("sign-in window", SignInWindow(backend, Settings()))
    choose = SignInWindow(backend, Settings())
    choose.pages.setCurrentWidget(choose.choose_page)  # after the first sign-in: choose the unlock PIN
    add("sign-in: choose PIN", choose)
    offline = SignInWindow(backend, Settings())
    offline.pages.setCurrentWidget(offline.offline_page)  # opening the cases without the network
    add("sign-in: open offline", offline)
    lock = LockScreen()
    lock.configure(expired=False)
    lock.resize(900, 600)
    add("lock screen", lock)
    expired = LockScreen()
    expired.configure(expired=True)
    expired.resize(900, 600)
    add("lock screen, session over", expired)
    add("follow-up dialog", FollowUpDialog(CLOSED_CASE, "in_progress"))
    add("reveal dialog", RevealDialog(CLOSED_CASE))
    add("reopen dialog", ReopenDialog(CLOSED_CASE))
    add("passphrase dialog", PassphraseDialog(error_message(KeyringUnavailable()), confirm=True))
    letter = LetterDialog(["ar", "es"], templates())
    add("letter dialog", letter)
    letter.language.setCurrentIndex(letter.language.findData("ar"))  # unreviewed: the warning shows
    summary = SummaryDialog(3)
    add("summary dialog", summary)
    summary.include.setChecked(True)
    summary.case_by_case.setChecked(True)
    stats = StatsWindow(_stats, 7, today=lambda: dt.date(2026, 6, 15))
    add("statistics window", stats)
    qtbot.waitUntil(lambda: stats.model.rowCount() > 0, timeout=WAIT)
    preview = PreviewWindow(_pdf(), _tr("PrintController", "Letter preview"), lambda: None, lambda: None)
    preview.note.setText(_tr("PrintController", "Printing or saving logs a “letter” follow-up on each case."))
    add("print preview", preview)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=WAIT)
    add("crash dialog", CrashDialog("Council Desk 0.1\nError: builtins.KeyError\n  at council_desk/ui/x.py:1"))
    add("settings dialog", SettingsDialog(Settings()))
    add("about box", AboutDialog())
    _privacy_windows(add, backend_factory, main)
    # Issue 14's windows and dialogs.
    from council_desk.ui.bulk import ReassignDialog
    from council_desk.ui.reminders import RescheduleDialog
    from council_desk.ui.views import MoreFiltersDialog

    add(
        "reassign dialog",
        ReassignDialog([("caseworker7", "Training Caseworker"), ("caseworker7b", "Second Caseworker")]),
    )
    add("reschedule dialog", RescheduleDialog(dt.date.today(), 3))
    add("more filters dialog", MoreFiltersDialog(main.view_bar._choices(), {"office_status": ("new",)}))
    caseload = main.show_caseload()
    qtbot.waitUntil(lambda: caseload.caseload is not None, timeout=WAIT)
    shown["caseload window"] = caseload
    box = show_known_error(None, Offline())
    qtbot.addWidget(box)
    shown["known error message"] = box
    qtbot.waitExposed(box)
    return shown


def _privacy_windows(add: Any, backend_factory: Any, main: MainWindow) -> None:
    """The privacy officer's side (issue 13): a supervisor's window on its Privacy log tab, the approval request
    and the decision, a share, the report's choices, What this PC keeps."""
    import uuid

    from council_desk.api.privacy import Approval
    from council_desk.cache.approvals import HeldApproval
    from council_desk.domain.disclosure import OUTPUTS
    from council_desk.ui.approvals import ApprovalRequestDialog, DecisionDialog
    from council_desk.ui.privacy_log import ReportDialog
    from council_desk.ui.share import ShareDialog
    from council_desk.ui.transparency import KeptFacts, WhatThisPCKeeps
    from tests.support.records import app_me as make_me

    sup = MainWindow(
        backend_factory(30, me=make_me().model_copy(update={"roles": ["supervisor"]})),
        idle_ms=600_000,
        sync_minutes=60,
    )
    add("supervisor's window", sup)
    sup.tabs.setCurrentIndex(sup.tabs.count() - 1)  # the Privacy log
    request = ApprovalRequestDialog(
        [CLOSED_CASE], output="share_agency", recipient="city_agency", recipient_name="HPD"
    )
    request.purpose.setPlainText("The landlord does not answer; HPD asks for the tenant's phone.")
    add("approval request", request)
    now = dt.datetime.now(dt.UTC)
    pending = Approval(
        id=uuid.uuid4(),
        output="summary_contact",
        service_request_ids=[CLOSED_CASE],
        fields=list(OUTPUTS["summary_contact"].fields),
        recipient="community_partner",
        recipient_name="Tenants' association",
        purpose="The repair meeting.",
        created_at=now,
        status="pending",
        requested_by="cw07",
        requested_by_name="Alex Rivera (training)",
        district=7,
        received_at=now,
    )
    add("approval decision", DecisionDialog(HeldApproval(pending), True))
    case = main.backend.store.case(CLOSED_CASE)
    share = ShareDialog([case], district=7, now=now)
    share.choice.case_by_case.setChecked(True)  # no approval held: the hint and the ask button show
    add("share with agency", share)
    add("report choices", ReportDialog())
    add(
        "what this PC keeps",
        WhatThisPCKeeps(KeptFacts("/home/caseworker/.local/share/CouncilDesk/cache-1a2b", 300, 3, 41, 2, 365, 14)),
    )
