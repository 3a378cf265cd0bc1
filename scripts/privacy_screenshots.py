"""Screenshots of the privacy officer's side (issue 13), for docs/privacy.md: two app windows of one office — a
caseworker's and a supervisor's — against one training sandbox, as the tests run them.

    .venv/bin/python scripts/privacy_screenshots.py [--out docs/screenshots]

Runs under Xvfb (re-executes itself through `xvfb-run` when there is no display). Saves: the approval request
(20), the supervisor's queue (21), the supervisor's privacy log with a device's missing events (22), the § 23-1205
report rendered from its PDF (23, page 1, with pdftoppm), share with an agency (24) and What this PC keeps (25).
The caseworker's PC is made to hide two events (marked uploaded without sending them) so the log shows what the
server's witness says about that.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ensure_display() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("COUNCIL_DESK_SHOTS_CHILD"):
        return
    xvfb = shutil.which("xvfb-run")
    if not xvfb:
        sys.exit("xvfb-run is needed (Debian: apt-get install xvfb)")
    env = dict(os.environ, COUNCIL_DESK_SHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
    cmd = [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__, *sys.argv[1:]]
    sys.exit(subprocess.call(cmd, env=env))  # noqa: S603


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    _ensure_display()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="council-desk-privacy-shots-"))
    os.environ["COUNCIL_DESK_DATA_DIR"] = str(work / "app")
    import keyring

    from tests.support.keyrings import MemoryKeyring
    from tests.support.sandbox import RunningSandbox

    keyring.set_keyring(MemoryKeyring())
    try:
        with RunningSandbox(work, complaints=6000, seed=7, consent_share=0.3) as sb:
            return _shoot(sb, out, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _session(sb: Any, role: str) -> Any:
    from council_desk.sync.session import Session

    for k, v in sb.browser_env(role, 7).items():
        os.environ[k] = v
    session = Session(sb.url, user=sb.account(role, 7)["username"], signin_timeout_s=120)
    session.sign_in()
    session.sync()
    return session


def _shoot(sb: Any, out: Path, work: Path) -> int:
    from council_desk.ui.app import make_qapplication
    from council_desk.ui.approvals import ApprovalRequestDialog
    from council_desk.ui.i18n import install_translations
    from council_desk.ui.main_window import MainWindow
    from council_desk.ui.qt import QApplication, QEventLoop, QTimer, QWidget
    from council_desk.ui.session_backend import SessionBackend
    from council_desk.ui.share import ShareDialog
    from council_desk.ui.taskman import TaskManager
    from council_desk.ui.transparency import WhatThisPCKeeps, kept_facts

    app = make_qapplication()
    install_translations(app, "en")
    tm = TaskManager.current()

    def settle(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def idle() -> None:
        while tm.pending:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        settle(300)

    def wait(pred: Any, what: str, seconds: float = 120) -> None:
        end = dt.datetime.now() + dt.timedelta(seconds=seconds)
        while not pred():
            if dt.datetime.now() > end:
                raise RuntimeError(f"timed out: {what}")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(f"saved {out / name}")

    def window(session: Any) -> MainWindow:
        backend = SessionBackend(session.server)
        backend._sessions[session.server] = session
        win = MainWindow(backend, idle_ms=3_600_000, sync_minutes=600)
        win.resize(1500, 900)
        win.show()
        win.start(sync=False)
        win.status.online = True
        wait(lambda: win.model.rowCount() > 0, "the case list")
        return win

    def sync(win: MainWindow) -> None:
        idle()
        done: list[bool] = []
        win.sync_finished.connect(done.append)
        win.sync_now()
        wait(lambda: bool(done), "a sync")
        win.sync_finished.disconnect(done.append)
        idle()

    cw_session, sup_session = _session(sb, "caseworker"), _session(sb, "supervisor")
    cw, sup = window(cw_session), window(sup_session)
    ids = cw.model.ids()
    a, b, c = ids[0], ids[1], ids[2]

    # The caseworker's request, as they fill it in.
    dlg = ApprovalRequestDialog([a], cw, output="summary_contact", recipient="community_partner")
    dlg.recipient_name.setText("Riverside Tenants' Association")
    dlg.purpose.setPlainText(
        "The association runs the repair meeting with the landlord on Thursday and needs "
        "to reach the tenant who filed."
    )
    dlg.resize(760, 420)
    dlg.show()
    shot(dlg, "20-approval-request.png")
    store, me = cw.backend.store, cw.backend.me
    assert store is not None and me is not None
    store.request_approval(
        dlg.request(), requested_by=me.username, requested_by_name=me.display_name, district=me.district
    )
    dlg.close()
    second = ApprovalRequestDialog([b, c], cw, output="share_agency", recipient="city_agency")
    second.recipient_name.setText("HPD")
    second.purpose.setPlainText("HPD's inspector asks for the tenants' phone numbers to arrange access.")
    store.request_approval(
        second.request(), requested_by=me.username, requested_by_name=me.display_name, district=me.district
    )
    sync(cw)

    # Some disclosures for the log: a reveal, a letter, an exigent summary.
    cw.reveal_contact(c, reason="Call the constituent about this complaint")
    idle()

    def letter(d: Any) -> bool:
        d.language.setCurrentIndex(d.language.findData("en"))
        if not d.confirm.isHidden():
            d.confirm.setChecked(True)
        return bool(d.ok.isEnabled())

    def exigent(d: Any) -> bool:
        d.include.setChecked(True)
        d.recipient.setCurrentIndex(d.recipient.findData("city_agency"))
        d.exigent.setChecked(True)
        d.reason.setPlainText(
            "No heat and a newborn in the apartment tonight; HPD's emergency unit must call the tenant now."
        )
        return bool(d.ok.isEnabled())

    for start in (
        lambda: cw.printing.print_letter([b], dialog=letter),
        lambda: cw.printing.print_summary([c], dialog=exigent),
    ):
        start()
        wait(lambda: bool(cw.printing.previews), "a preview")
        preview = cw.printing.previews[-1]
        wait(preview.print_button.isEnabled, "the preview")
        cw.printing.save_preview(preview, path=work / f"out-{uuid.uuid4().hex[:6]}.pdf")
        idle()
        preview.close()
    # Someone with the cache key hides two events: marked uploaded, never sent. The server's witness will say so.
    idle()
    audit = cw_session.audit
    hidden = [
        audit.record(
            "reveal_contact",
            actor=me.username,
            service_request_ids=[c],
            fields=["phone"],
            disclosure_class="routine",
            reason="Call the constituent about this complaint",
            output="reveal",
            recipient="council_office",
        ).seq
        for _ in range(2)
    ]
    cw_session.open_store()._conn.execute("UPDATE audit SET uploaded = 1 WHERE seq IN (?, ?)", hidden)
    cw.reveal_contact(b, reason="Write to the constituent about this complaint")  # arrives after the gap
    idle()
    sync(cw)

    # The supervisor's queue.
    sync(sup)
    queue = sup.privacy.approvals
    assert queue is not None
    sup.tabs.setCurrentWidget(queue)
    wait(lambda: queue.model.rowCount() >= 2, "the queue")
    queue.table.selectRow(0)
    shot(sup, "21-approvals-queue.png")
    from council_desk.api.privacy import ApprovalDecisionIn

    for h in list(queue.model.items):
        if h.approval.output == "summary_contact":
            sup_session.open_store().decide_approval(
                str(h.approval.id),
                ApprovalDecisionIn(
                    id=uuid.uuid4(), decision="approve", note="For Thursday's meeting only.", valid_days=3
                ),
            )
    sync(sup)
    sync(cw)
    approval = next(h.approval for h in cw_session.open_store().approvals() if h.approval.approval_id)

    def approved(d: Any) -> bool:
        d.include.setChecked(True)
        d.recipient.setCurrentIndex(d.recipient.findData("community_partner"))
        d.case_by_case.setChecked(True)
        d.approval.setCurrentIndex(d.approval.findData(approval.approval_id))
        return bool(d.ok.isEnabled())

    cw.printing.print_summary([a], dialog=approved)
    wait(lambda: bool(cw.printing.previews), "a preview")
    preview = cw.printing.previews[-1]
    wait(preview.print_button.isEnabled, "the preview")
    cw.printing.save_preview(preview, path=work / "approved.pdf")
    idle()
    preview.close()
    sync(cw)

    # The supervisor's privacy log, and the report.
    sync(sup)
    log = sup.privacy.log
    assert log is not None
    sup.tabs.setCurrentWidget(log)
    wait(lambda: log.model.rowCount() > 0, "the privacy log")
    idle()
    shot(sup, "22-privacy-log.png")
    pdf = work / "report.pdf"
    from council_desk.ui.privacy_log import ReportDialog

    report = ReportDialog(sup)
    saved: list[str] = []
    log.report_saved.connect(saved.append)
    log.save_report(dialog=report, path=pdf)
    wait(lambda: bool(saved), "the report")
    subprocess.run(  # noqa: S603 -- pdftoppm with fixed arguments
        ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf), str(work / "report")],  # noqa: S607
        check=True,
    )
    page = next(work.glob("report-*1.png"))
    shutil.copy(page, out / "23-privacy-report.png")
    shutil.copy(pdf, ROOT / "docs" / "privacy-report-sample.pdf")
    print(f"saved {out / '23-privacy-report.png'}")

    # Share with an agency, and What this PC keeps (the caseworker's PC).
    case = cw_session.open_store().case(b)
    share = ShareDialog([case], cw, approvals=[], district=7)
    share.boxes["email"].setChecked(True)
    share.choice.exigent.setChecked(True)
    share.choice.reason.setPlainText("A gas smell in the building; the agency must reach the tenant now.")
    share.resize(760, 640)
    share.show()
    shot(share, "24-share-with-agency.png")
    share.close()
    keeps = WhatThisPCKeeps(kept_facts(cw.backend), cw)
    keeps.resize(900, 620)
    keeps.show()
    shot(keeps, "25-what-this-pc-keeps.png")
    keeps.close()
    for win in (cw, sup):
        win.close()
    cw_session.close()
    sup_session.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
