"""`council-desk app --self-test start|main`: prove on this PC that the app starts, without anyone at the keyboard.

- `start`: the sign-in window is built and shown, then the app quits (exit 0). Checks that Qt, its platform plugin
  and the app's resources load: what IT runs first on a new PC, and what the start-time figures time.
- `main`: signs in through the system browser (as a person would, or a scripted one in the smoke test), opens the
  main window, waits for the first sync, opens Help → About, prints what it saw (counts, never case data) and
  quits; exit 0 only if the sync succeeded and the list shows cases.
"""

from __future__ import annotations

import sys

from council_desk import policy
from council_desk.logs import setup_logging

TIMEOUT_MS = 10 * 60_000


def run_self_test(mode: str) -> int:
    from council_desk.ui.app import DeskApp, install_translations, make_qapplication
    from council_desk.ui.qt import QTimer
    from council_desk.ui.session_backend import SessionBackend
    from council_desk.ui.settings import UI_LANGUAGE, Settings
    from council_desk.ui.taskman import TaskManager

    setup_logging()
    app = make_qapplication()
    try:
        office = policy.current()
    except policy.PolicyFileProblem as exc:
        print(f"council-desk: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    settings = Settings()
    lang = install_translations(app, settings.get(UI_LANGUAGE) or office.language or "")
    tm = TaskManager.current()
    desk = DeskApp(SessionBackend(), settings)
    result = {"code": 1}
    try:
        desk.start()
        if mode == "start":
            app.processEvents()
            shown = desk.sign_in_window.isVisible()
            print(
                f"self-test start: sign-in window {'shown' if shown else 'NOT shown'} "
                f"(Qt platform {app.platformName()}, language {lang}{_translations(lang)})"
            )
            return 0 if shown else 1

        def synced(ok: bool) -> None:
            main = desk.main
            assert main is not None
            rows = main.model.rowCount()
            from council_desk.ui.about import AboutDialog

            about = AboutDialog(main)
            about.show()
            app.processEvents()
            print(
                f"self-test main: sync {'ok' if ok else 'FAILED'}, {rows} case(s) listed, About box: "
                + "; ".join(f"{k} {v}" for k, v in about.rows if k in ("Qt", "PySide6", "SQLCipher"))
            )
            about.close()
            result["code"] = 0 if ok and rows > 0 else 1
            desk.shutdown()
            app.quit()

        def opened() -> None:
            assert desk.main is not None
            desk.main.sync_finished.connect(synced)

        desk.main_shown.connect(opened)
        QTimer.singleShot(TIMEOUT_MS, app.quit)
        desk.sign_in_window.sign_in()
        app.exec()
        return result["code"]
    finally:
        tm.shutdown()


def _translations(lang: str) -> str:
    """Whether this language's translations were found: the app's own (in the package or the bundle) and Qt's."""
    from council_desk.ui import i18n

    loaded = i18n.current()
    if lang in ("", "C", "en") or loaded.language != lang:
        return ""
    qt_name = {"zh-Hans": "zh_CN", "zh-Hant": "zh_TW"}.get(lang, lang)
    return (
        f"; {i18n.qm_name(lang)}.qm {'found' if loaded.translated else 'missing'}, "
        f"qtbase_{qt_name}.qm {'found' if loaded.qt_translated else 'missing'}"
    )
