"""Screenshots of issue 14's casework, against the training sandbox, for docs/app.md.

    .venv/bin/python scripts/casework_screenshots.py [--out docs/screenshots]

Like scripts/screenshots.py (it re-executes itself under `xvfb-run` when there is no display): signs in as the
district 7 caseworker, gives some cases to the office's two caseworkers, logs follow-ups with reminders (overdue,
today and this week, some for the colleague), asks 311 to reopen a closed complaint (the sandbox answers within
seconds here: `--lifecycle-delay-seconds 2`), then saves: the follow-up dialog with its reminder (04), the
reminders (05), the list grouped by building with a building opened (20), a case with its owner, reminder, 311
lifecycle and the other open cases at its building (21), and the caseload window (22).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ensure_display() -> None:
    """Under Xvfb, as scripts/screenshots.py (this script re-executed there)."""
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
    work = Path(tempfile.mkdtemp(prefix="council-desk-casework-shots-"))
    os.environ["COUNCIL_DESK_DATA_DIR"] = str(work / "app")

    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from council_desk.ui.demo import SandboxProcess, demo_environment, training_account

    sandbox = SandboxProcess(work / "sandbox", 311, ["--complaints", "20000", "--lifecycle-delay-seconds", "2"])
    try:
        url = sandbox.wait_ready()
        os.environ.update(demo_environment(training_account(311, 7)))
        return _shoot(url, out)
    finally:
        sandbox.stop()
        shutil.rmtree(work, ignore_errors=True)


def _shoot(url: str, out: Path) -> int:
    from council_desk.api.models import FollowUpIn
    from council_desk.cache.queries import CaseQuery
    from council_desk.ui.accessibility import select_row
    from council_desk.ui.app import DeskApp, make_qapplication
    from council_desk.ui.dialogs import FollowUpDialog
    from council_desk.ui.i18n import install_translations
    from council_desk.ui.qt import QElapsedTimer, QEventLoop, QTimer, QWidget, SignalInstance
    from council_desk.ui.session_backend import SessionBackend
    from council_desk.ui.settings import SERVER_URL, Settings
    from council_desk.ui.taskman import TaskManager

    app = make_qapplication()
    install_translations(app, "en")
    TaskManager.current()
    settings = Settings()
    settings.set(SERVER_URL, url)

    def wait_signal(sig: SignalInstance, timeout_ms: int = 120_000) -> None:
        loop = QEventLoop()
        sig.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        sig.disconnect(loop.quit)

    def wait_until(pred: Callable[[], bool], timeout_ms: int = 60_000) -> None:
        t = QElapsedTimer()
        t.start()
        while not pred():
            if t.elapsed() > timeout_ms:
                raise RuntimeError("timed out waiting for the app")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def settle(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(f"saved {out / name}")

    def sync() -> None:
        main.sync_now()
        wait_signal(main.sync_finished)

    desk = DeskApp(SessionBackend(url), settings, sync_minutes=60)
    desk.start()
    desk.sign_in_window.sign_in()
    wait_signal(desk.main_shown)
    main = desk.main
    assert main is not None
    main.resize(1500, 900)
    wait_signal(main.sync_finished)
    wait_until(lambda: main.model.rowCount() > 0)
    store = desk.backend.store
    me = desk.backend.me
    assert store is not None and me is not None
    colleague = next(m.username for m in me.staff if m.role == "caseworker" and m.username != me.username)

    # --- the office's work: owners, reminders (overdue, today, this week; some the colleague's), a reopen
    today = dt.date.today()
    groups = store.groups(CaseQuery(), "building")
    # A building with several open cases, one of them closed by the agency (the office will ask for a reopen).
    building = next(
        g
        for g in groups
        if g.key
        and g.open_count >= 3
        and store.list_ids(CaseQuery(building=g.key, agency_status=("closed",), open_here=True))
    )
    at_building = store.list_ids(CaseQuery(building=building.key))
    ids = store.list_ids(CaseQuery())
    for n, sid in enumerate(ids[:12]):
        store.assign(sid, me.username if n % 3 else colleague)
    for sid in ids[20:26]:  # the office's own resolutions, for the caseload's median
        store.set_office_status(sid, "resolved", "", me.username)
    store.set_office_status(ids[26], "in_progress", "", me.username)
    store.set_office_status(ids[27], "waiting_on_agency", "", me.username)
    notes = (
        "Call back about the inspection",
        "Send the agency's answer",
        "Visit with the super",
        "Email the reply from DOT",
        "Check the complaint was reopened",
        "Ask HPD for the inspection date",
        "Call the building manager",
    )
    for n, (sid, days) in enumerate(zip([at_building[0], *ids[1:7]], (-3, -1, 0, 0, 2, 4, 6), strict=True)):
        store.add_followup(
            FollowUpIn(
                id=uuid.uuid4(),
                service_request_id=sid,
                kind=("call", "letter", "visit", "email", "call")[n % 5],
                text=notes[n],
                due_date=today + dt.timedelta(days=days),
                created_at=dt.datetime.now(dt.UTC),
            ),
            remind=colleague if n in (3, 5) else None,
        )
    closed = store.list_ids(CaseQuery(building=building.key, agency_status=("closed",), open_here=True))[0]
    store.assign(closed, me.username)
    store.request_reopen(closed, "not_fixed", "The leak is back on the third floor.")
    sync()
    time.sleep(2.5)  # the sandbox's agency answers after 2 s here
    sync()
    time.sleep(4.5)  # ... closes it again, then the filer is surveyed
    sync()

    # --- the follow-up dialog: a reminder by default, the office's interval ahead
    dlg = FollowUpDialog(
        ids[0], "in_progress", main, reminder_days=me.office.reminder_days, staff=me.staff, me=me.username
    )
    dlg.text.setPlainText("Called back; the heat is still off in the hallway. Asked HPD for an inspection date.")
    dlg.outcome.setCurrentIndex(dlg.outcome.findData("not_fixed"))
    dlg.show()
    shot(dlg, "04-follow-up-dialog.png")
    dlg.reject()

    # --- the reminders: everyone's, so the colleague's show too
    main.refresh_reminders(first=True)
    main.tabs.setCurrentIndex(1)
    main.reminders_tab.whose.setCurrentIndex(main.reminders_tab.whose.findData("all"))
    wait_until(lambda: main.reminders.rowCount() >= 7)
    shot(main, "05-reminders.png")

    # --- grouped by building, one building opened, one of its cases shown beside
    main.tabs.setCurrentIndex(0)
    main.view_bar.group.setCurrentIndex(main.view_bar.group.findData("building"))
    wait_until(lambda: main.grouped.model.rowCount() > 0)
    model = main.grouped.model
    row = next(
        r for r in range(model.rowCount()) if (g := model.group_at(model.index(r, 0))) and g.key == building.key
    )
    first = model.index(row, 0)
    main.grouped.tree.scrollTo(first)
    main.grouped.tree.expand(first)
    wait_until(lambda: model.rowCount(first) > 0)
    child = next(r for r in range(model.rowCount(first)) if model.case_id(model.index(r, 0, first)) == closed)
    main.grouped.tree.setCurrentIndex(model.index(child, 0, first))
    wait_until(lambda: main.detail.case is not None and main.detail.case.id == closed)
    wait_until(lambda: main.casework.building.isVisible())
    shot(main, "26-grouped-building.png")

    # --- the case: owner, reminder, 311 lifecycle, the building (flat list, Mine)
    main.view_bar.group.setCurrentIndex(0)
    main.view_bar.select("mine")
    wait_until(lambda: main.model.row_of(closed) >= 0)
    select_row(main.table, main.model.row_of(closed))
    wait_until(
        lambda: (
            main.detail.case is not None and main.detail.case.id == closed and bool(main.casework.lifecycle.text())
        )
    )
    shot(main, "27-case-casework.png")

    # --- the office's numbers
    caseload = main.show_caseload()
    caseload.resize(1000, 760)
    wait_until(lambda: caseload.caseload is not None)
    shot(caseload, "28-caseload.png")
    desk.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
