"""Screenshots of the printing dialogs and the letter preview (Arabic and Chinese), for docs/app.md.

    .venv/bin/python scripts/print_screenshots.py [--out docs/screenshots]

No server is needed: a throw-away SQLCipher cache is filled with the UI tests' synthetic cases (two of them given
Arabic and Chinese as preferred language, with made-up names in those scripts) and the real windows are grabbed
with `QWidget.grab()` on the offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="council-desk-print-shots-"))
    os.environ["COUNCIL_DESK_DATA_DIR"] = str(work / "app")

    from council_desk.letters import templates
    from council_desk.ui.main_window import MainWindow
    from council_desk.ui.pdf_preview import PreviewWindow
    from council_desk.ui.print_dialog import LetterDialog, SummaryDialog
    from council_desk.ui.qt import QApplication, QEventLoop, QPrintDialog, QPrinter, QTimer, QWidget
    from council_desk.ui.taskman import TaskManager
    from tests.support.records import app_me, app_upsert
    from tests.support.stores import StoreBackend

    app = QApplication.instance() or QApplication(sys.argv)
    TaskManager(synchronous=False)
    backend = StoreBackend(work / "cache.db", app_me())
    people = {1: ("ar", "ليلى", "حداد"), 2: ("zh-Hans", "丽华", "王")}
    changes = []
    for i in range(12):
        ch = app_upsert(i)
        if i in people:
            lang, first, last = people[i]
            ch = ch.model_copy(
                update={
                    "contact": ch.contact.model_copy(
                        update={
                            "preferred_language": lang,
                            "first_name": first,
                            "last_name": last,
                            "mailing_address": f"{200 + i} West 145 Street, Apt {i}B\nNew York, NY 10031",
                        }
                    )
                }
            )
        changes.append(ch)
    backend.store.apply_complaint_page(changes, [], "cursor-0", snapshot=False)

    win = MainWindow(backend, idle_ms=3_600_000, sync_minutes=600)
    win.resize(1400, 860)
    win.show()
    win.start(sync=False)

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(out / name)

    def preview_for(start: Callable[[], None]) -> PreviewWindow:
        got: list[PreviewWindow] = []
        win.printing.preview_opened.connect(got.append)
        start()
        for _ in range(200):
            if got and got[0].print_button.isEnabled():
                break
            settle(50)
        win.printing.preview_opened.disconnect(got.append)
        return got[0]

    settle(800)
    arabic, chinese = "60000001", "60000002"
    win.open_case(arabic)
    settle()
    shot(win, "10-print-menu.png")

    dlg = LetterDialog(["ar"], templates(), win)
    dlg.show()
    shot(dlg, "11-print-letter-dialog-unreviewed.png")
    dlg.close()

    sdlg = SummaryDialog(1, win)
    sdlg.show()
    sdlg.include.setChecked(True)
    # For a City agency: not routine. Case-by-case offers only server-issued approvals held on this PC (none
    # here: the hint and "Ask for approval…" show).
    sdlg.recipient.setCurrentIndex(sdlg.recipient.findData("city_agency"))
    sdlg.case_by_case.setChecked(True)
    shot(sdlg, "12-print-summary-dialog.png")
    sdlg.close()

    def choose(dlg: LetterDialog) -> bool:
        dlg.confirm.setChecked(True)
        return True

    for case_id, name in ((arabic, "13-letter-preview-arabic.png"), (chinese, "14-letter-preview-chinese.png")):

        def start(cid: str = case_id) -> None:
            win.printing.print_letter([cid], dialog=choose)

        pv = preview_for(start)
        pv.resize(900, 1000)
        shot(pv, name)
        pv.close()

    pv = preview_for(lambda: win.printing.print_labels([arabic, chinese, "60000003"]))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pdlg = QPrintDialog(printer, pv)
    pdlg.show()
    shot(pdlg, "15-print-dialog.png")
    pdlg.close()
    pv.close()

    win.close()
    TaskManager.current().shutdown()
    backend.close_store()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
