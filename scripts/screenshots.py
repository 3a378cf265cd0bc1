"""Screenshots of the desktop app against the training sandbox, for the README and docs/app.md.

    ./dev screenshots            (or: .venv/bin/python scripts/screenshots.py [--out docs/screenshots])

Runs the real app under Xvfb (re-executes itself through `xvfb-run` when there is no display), signs in to a
training caseworker account through the scripted browser, and saves PNGs of: the sign-in screen, the case list,
a case with contact details revealed, the follow-up dialog, reminders, the offline state and the lock screen;
then the case list and the follow-up dialog in each language of `--languages` (Arabic, Chinese and Bengali by
default: right to left, CJK and an Indic script), as `16-case-list-<lang>.png` and `17-follow-up-<lang>.png`.
Fonts: Debian's fonts-noto-core and fonts-noto-cjk (as on an office PC, the system's fonts draw every script).
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
from collections.abc import Callable
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
    parser.add_argument("--district", type=int, default=7)
    parser.add_argument("--languages", default="ar,zh-Hans,bn", help="comma-separated; empty for none")
    parser.add_argument("--languages-only", action="store_true", help="skip the English screenshots")
    args = parser.parse_args()
    _ensure_display()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="council-desk-shots-"))
    os.environ["COUNCIL_DESK_DATA_DIR"] = str(work / "app")

    import keyring
    import keyring.backend

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from council_desk.ui.demo import SandboxProcess, demo_environment, training_account

    sandbox = SandboxProcess(work / "sandbox", 311, ["--complaints", "20000"])
    try:
        url = sandbox.wait_ready()
        os.environ.update(demo_environment(training_account(311, args.district)))
        langs = [x for x in args.languages.split(",") if x]
        return _shoot(url, out, sandbox, langs, english=not args.languages_only)
    finally:
        sandbox.stop()
        shutil.rmtree(work, ignore_errors=True)


# What a caseworker might type in a follow-up, in each language (the note is the user's own text).
NOTES = {
    "ar": "اتصلتُ مجددًا؛ لا تزال التدفئة مقطوعة في الممر. طلبتُ من HPD موعدًا للتفتيش.",
    "zh-Hans": "已回电；走廊仍然没有暖气。已向 HPD 询问检查日期。",
    "zh-Hant": "已回電；走廊仍然沒有暖氣。已向 HPD 詢問檢查日期。",
    "bn": "আবার ফোন করেছি; করিডোরে এখনও হিটিং নেই। HPD-এর কাছে পরিদর্শনের তারিখ চেয়েছি।",
    "ur": "دوبارہ فون کیا؛ راہداری میں ابھی تک ہیٹنگ بند ہے۔ HPD سے معائنے کی تاریخ پوچھی۔",
    "es": "Volví a llamar; sigue sin calefacción en el pasillo. Pedí a HPD una fecha de inspección.",
}


def _shoot(url: str, out: Path, sandbox: object, languages: list[str], *, english: bool = True) -> int:
    from council_desk.api.models import FollowUpIn
    from council_desk.ui.accessibility import select_row
    from council_desk.ui.app import DeskApp, make_qapplication
    from council_desk.ui.dialogs import FollowUpDialog
    from council_desk.ui.i18n import install_translations
    from council_desk.ui.qt import QApplication, QElapsedTimer, QEventLoop, QTimer, QWidget, SignalInstance
    from council_desk.ui.session_backend import SessionBackend
    from council_desk.ui.settings import SERVER_URL, Settings
    from council_desk.ui.taskman import TaskManager

    app = make_qapplication()
    install_translations(app, "en")  # as the app starts: English, with its plural forms ("168 cases")
    TaskManager.current()
    settings = Settings()
    settings.set(SERVER_URL, url)

    def wait_signal(sig: SignalInstance, timeout_ms: int = 120_000) -> list[object]:
        loop = QEventLoop()
        got: list[object] = []

        def done(*a: object) -> None:
            got.extend(a)
            loop.quit()

        sig.connect(done)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        sig.disconnect(done)
        return got

    def wait_until(pred: Callable[[], bool], timeout_ms: int = 60_000) -> None:
        t = QElapsedTimer()
        t.start()
        while not pred():
            if t.elapsed() > timeout_ms:
                raise RuntimeError("timed out waiting for the app")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(f"saved {out / name}")

    desk = DeskApp(SessionBackend(url), settings, sync_minutes=60)
    desk.start()
    desk.sign_in_window.resize(640, 360)
    shot(desk.sign_in_window, "01-sign-in.png")
    # The page a first sign-in on a PC leads to (the demo's training PIN skips it: shown here as a caseworker
    # sees it, with a PIN typed and its confirmation not yet).
    signin = desk.sign_in_window
    signin.pages.setCurrentWidget(signin.choose_page)
    signin.new_secret.setText("24681")
    signin.resize(640, 420)
    shot(signin, "18-choose-unlock-pin.png")
    signin.show_sign_in_page()
    signin.resize(640, 360)

    desk.sign_in_window.sign_in()
    wait_signal(desk.main_shown)
    main = desk.main
    assert main is not None
    main.resize(1500, 900)
    wait_signal(main.sync_finished)
    wait_until(lambda: main.model.rowCount() > 0)
    store = desk.backend.store
    assert store is not None
    main.tabs.setCurrentIndex(0)
    # A case that the agency closed (it shows "Ask 311 to reopen").
    ids = main.model.ids()
    chosen = next((i for i in ids[:200] if (c := store.case(i)) and c.complaint.status == "closed"), ids[0])
    select_row(main.table, main.model.row_of(chosen))
    wait_until(lambda: main.detail.case is not None and main.detail.case.id == chosen)
    if not english:
        _shoot_languages(app, desk.backend, chosen, languages, wait_until, shot)
        desk.shutdown()
        return 0
    shot(main, "02-case-list.png")

    main.reveal_contact(chosen, reason="Call the constituent about this complaint")
    wait_signal(main.contact_revealed)
    shot(main, "03-case-detail-contact.png")

    dlg = FollowUpDialog(chosen, "new", main)
    dlg.text.setPlainText("Called back; the heat is still off in the hallway. Asked HPD for an inspection date.")
    dlg.outcome.setCurrentIndex(dlg.outcome.findData("not_fixed"))
    dlg.status.setCurrentIndex(dlg.status.findData("waiting_on_agency"))
    dlg.has_due.setChecked(True)
    dlg.show()
    shot(dlg, "04-follow-up-dialog.png")
    dlg.accept()
    today = dt.date.today()
    for n, case_id in enumerate(ids[1:6]):
        store.add_followup(
            FollowUpIn(
                id=uuid.uuid4(),
                service_request_id=case_id,
                kind=("call", "letter", "visit", "email", "call")[n],
                text=(
                    "Call back about the inspection",
                    "Send the agency's answer",
                    "Visit with the super",
                    "Email the reply from DOT",
                    "Check the complaint was reopened",
                )[n],
                due_date=today - dt.timedelta(days=(3, 1, 0, 0, 2)[n]),
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    main.save_followup(dlg.followup())
    wait_signal(main.sync_finished)
    main.refresh_reminders(first=True)
    due = [r for r in store.reminders(today) if r.due_date <= today]
    print(f"reminders due: {len(due)}")
    wait_until(lambda: main.reminders.rowCount() >= len(due) > 0)
    main.tabs.setCurrentIndex(1)
    shot(main, "05-reminders.png")

    stats = main.show_statistics()
    wait_until(
        lambda: (
            stats.model.summary is not None or (bool(stats.status.text()) and "Loading" not in stats.status.text())
        )
    )
    settle()
    shot(stats, "08-statistics.png")
    stats.close()

    # The other languages before the sandbox stops and the lock drops the store (each in a window of its own).
    _shoot_languages(app, desk.backend, chosen, languages, wait_until, shot)
    main.tabs.setCurrentIndex(0)

    sandbox.stop()  # type: ignore[attr-defined]
    main.tabs.setCurrentIndex(0)
    main.save_followup(
        FollowUpIn(
            id=uuid.uuid4(),
            service_request_id=chosen,
            kind="visit",
            text="Visited the building; no heat on floor 3.",
            created_at=dt.datetime.now(dt.UTC),
        )
    )
    wait_signal(main.sync_finished)
    wait_until(lambda: "waiting" in main.outbox_label.text())
    shot(main, "06-offline.png")

    main.lock()
    wait_signal(main.locked, 2000) if not main.is_locked else None
    main.lock_screen.secret.setText("135790")  # a wrong PIN: the screen says how many tries are left
    main.lock_screen.unlock.click()
    wait_signal(main.unlock_refused)
    shot(main, "07-lock-screen.png")
    main.lock(expired=True)
    shot(main, "07b-lock-screen-session-ended.png")
    desk.shutdown()
    main.close()
    signin.open_offline()
    signin.offline_secret.setText("246")
    signin.show()
    shot(signin, "19-open-offline-pin.png")
    QApplication.processEvents()
    return 0


def _shoot_languages(
    app: object,
    backend: object,
    chosen: str,
    languages: list[str],
    wait_until: Callable[..., None],
    shot: Callable[..., None],
) -> None:
    """The case list and the follow-up dialog in each language: a new window per language, as after a restart in
    it (the language is chosen at start)."""
    from council_desk.ui.i18n import install_translations
    from council_desk.ui.main_window import MainWindow

    for lang in languages:
        loaded = install_translations(app, lang)  # type: ignore[arg-type]
        print(f"{lang}: translation loaded {loaded.translated}, right to left {loaded.right_to_left}")
        _shoot_language(MainWindow(backend, sync_minutes=60), lang, chosen, wait_until, shot)  # type: ignore[arg-type]
    install_translations(app, "en")  # type: ignore[arg-type]


def _shoot_language(
    win: Any, lang: str, chosen: str, wait_until: Callable[..., None], shot: Callable[..., None]
) -> None:
    from council_desk.ui.accessibility import select_row
    from council_desk.ui.dialogs import FollowUpDialog

    win.resize(1500, 900)
    win.show()
    done: list[bool] = []
    win.list_refreshed.connect(lambda: done.append(True))
    win.start(sync=False)
    wait_until(lambda: bool(done) and win.model.rowCount() > 0)
    # Reminders due bring their tab to the front once they are loaded (the morning view): wait for that, then
    # show the case list.
    wait_until(lambda: bool(win.reminder_intro.text()))
    win.tabs.setCurrentIndex(0)
    select_row(win.table, win.model.row_of(chosen))
    wait_until(lambda: win.detail.case is not None and win.detail.case.id == chosen)
    shot(win, f"16-case-list-{lang}.png")
    dlg = FollowUpDialog(chosen, "new", win)
    dlg.text.setPlainText(NOTES.get(lang, ""))
    dlg.outcome.setCurrentIndex(dlg.outcome.findData("not_fixed"))
    dlg.status.setCurrentIndex(dlg.status.findData("waiting_on_agency"))
    dlg.has_due.setChecked(True)
    dlg.show()
    shot(dlg, f"17-follow-up-{lang}.png")
    dlg.reject()
    win.close()
    win.deleteLater()


if __name__ == "__main__":
    sys.exit(main())
