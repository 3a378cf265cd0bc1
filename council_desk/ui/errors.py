"""How failures reach the user.

A `KnownError` (offline, disk full, keyring locked, server refused, cache set aside) is an expected condition: a
plain message box says what happened and what to do. Anything else is a bug: a crash dialog offers a report to copy
for support. The report is built from exception *types* and code *locations* only — never exception messages,
local variables or the text on screen — because those can hold a constituent's name, phone or complaint text.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from council_desk.domain.errors import KnownError
from council_desk.ui.accessibility import polish
from council_desk.ui.error_text import error_message
from council_desk.ui.qt import (
    PYSIDE_VERSION,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    is_alive,
    qVersion,
)

log = logging.getLogger("council_desk.ui.errors")


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("council-desk")
    except Exception:
        return "unknown"


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """A support report that holds no personal data: types, file:line:function of each frame, versions."""
    lines = [
        f"Council Desk {app_version()}",
        f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PYSIDE_VERSION}",
        f"Platform {platform.system()} {platform.release()} {platform.machine()}",
        "",
    ]
    chain: list[BaseException] = []
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen and len(chain) < 5:
        chain.append(cur)
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    for i, e in enumerate(chain):
        # The message is deliberately left out: it may quote data (e.g. a KeyError on a name).
        lines.append(("Error: " if i == 0 else "Caused by: ") + f"{type(e).__module__}.{type(e).__qualname__}")
        frames = traceback.extract_tb(e.__traceback__ if i else tb)
        for fr in frames:
            lines.append(f"  at {_short_path(fr.filename)}:{fr.lineno} in {fr.name}")
    return "\n".join(lines)


def _short_path(path: str) -> str:
    # Keep the path from the package or library root only: a full path can name the user's home folder.
    parts = path.replace("\\", "/").split("/")
    for anchor in ("council_desk", "site-packages", "PySide6"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return parts[-1]


class CrashDialog(QDialog):
    """Shown for a bug. The report text is selectable and has a Copy button."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Council Desk ran into a problem"))
        self.setObjectName("crashDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong inside Council Desk. Your saved work is safe.\n"
                "If this keeps happening, copy the report below and send it to your IT support. "
                "It holds no case or contact details."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setTabChangesFocus(True)
        self.report.setAccessibleName(self.tr("Report for IT support"))
        self.report.setAccessibleDescription(
            self.tr("Error types and code locations only; no case or contact details")
        )
        self.report.setMinimumSize(560, 220)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        polish(self)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report.toPlainText())


# Dialogs are modal but not blocking in tests: `show_error` opens them with `open()` and keeps a reference here.
_open_dialogs: list[QDialog] = []


def show_known_error(parent: QWidget | None, error: KnownError) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("knownErrorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Errors", "Council Desk"))
    box.setText(error_message(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    polish(box)
    _keep(box)
    box.open()
    return box


def show_error(parent: QWidget | None, error: BaseException) -> QDialog:
    """Show any error the right way: known errors in plain words, bugs in the crash dialog."""
    if parent is not None and not is_alive(parent):
        parent = None
    if isinstance(error, KnownError):
        log.info("known error shown: %s", type(error).__name__)
        return show_known_error(parent, error)
    report = crash_report(type(error), error, error.__traceback__)
    log.error("bug: %s", report.replace("\n", " | "))
    dlg = CrashDialog(report, parent)
    _keep(dlg)
    dlg.open()
    return dlg


def _keep(dlg: QDialog) -> None:
    _open_dialogs.append(dlg)
    dlg.finished.connect(lambda _r: _open_dialogs.remove(dlg) if dlg in _open_dialogs else None)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """`sys.excepthook` while the app runs: an uncaught error in a slot becomes the crash dialog."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if QApplication.instance() is None:
        sys.stderr.write(crash_report(exc_type, exc, tb) + "\n")
        return
    if isinstance(exc, KnownError):
        show_known_error(QApplication.activeWindow(), exc)
        return
    exc.__traceback__ = tb
    show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    sys.excepthook = excepthook
