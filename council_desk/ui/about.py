"""Help → About (version, build, Qt, PySide6, SQLCipher and the rest support asks for) and Help → Save a support
file for IT…, installed on the main window by `install_help_menu(window)`.

Everything shown is about the program and this PC, never about a case: a caseworker can read it out on the phone
or paste it into a ticket. The versions come from `council_desk.version` (Qt-free, shared with the support bundle);
Qt's own version is asked of Qt here.
"""

from __future__ import annotations

import html
from pathlib import Path

from council_desk import policy
from council_desk.logs import log_file
from council_desk.resources import resource_dir
from council_desk.ui.errors import show_error
from council_desk.ui.qt import (
    PYSIDE_VERSION,
    QAction,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QIcon,
    QLabel,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    qVersion,
)
from council_desk.version import versions

__all__ = ["AboutDialog", "about_rows", "install_help_menu"]


def about_rows() -> list[tuple[str, str]]:
    """(label, value) rows for the About box; the same facts as the support bundle's versions.txt, plus Qt."""
    facts = versions()
    rows = [(k, v) for k, v in facts.items() if k != "PySide6 / Qt"]
    rows.insert(3, ("Qt", qVersion()))
    rows.insert(4, ("PySide6", PYSIDE_VERSION))
    try:
        pol = policy.current()
        rows.append(("Office policy file", str(pol.path) if pol.path else "none"))
    except policy.PolicyFileProblem:
        rows.append(("Office policy file", "has a problem (see the support file)"))
    rows.append(("Log file", str(log_file())))
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Council Desk"))
        icon = QIcon(str(resource_dir("icons", "council-desk.png")))
        head = QLabel(self)
        head.setPixmap(icon.pixmap(64, 64))
        title = QLabel(self.tr("<b>Council Desk</b><br>311 complaints shared with your council member's office, "
                               "with the filer's consent."), self)
        title.setWordWrap(True)
        self.rows = about_rows()
        body = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
                       for k, v in self.rows)
        self.details = QTextBrowser(self)
        self.details.setObjectName("aboutDetails")
        self.details.setHtml(f"<table>{body}</table>")
        self.details.setMinimumSize(560, 300)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(title)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return "\n".join(f"{k}: {v}" for k, v in self.rows)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())


def _save_support_file(window: QMainWindow) -> None:
    path, _filter = QFileDialog.getSaveFileName(
        window, window.tr("Save a support file for IT"), str(Path.home() / "council-desk-support.zip"),
        window.tr("Zip files (*.zip)"))
    if not path:
        return
    from council_desk.ui.support import write_bundle

    try:
        write_bundle(Path(path))
    except Exception as exc:  # shown as any failure is: a plain message or the crash dialog
        show_error(window, exc)


def install_help_menu(window: QMainWindow) -> None:
    """Add the Help menu (About, Save a support file…) to `window`'s menu bar."""
    menu = window.menuBar().addMenu(window.tr("&Help"))
    menu.setObjectName("helpMenu")
    save = QAction(window.tr("Save a support file for IT…"), window)
    save.setObjectName("supportFileAction")
    save.triggered.connect(lambda: _save_support_file(window))
    about = QAction(window.tr("&About Council Desk"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS puts it in the application menu
    dialogs: list[AboutDialog] = []

    def show_about() -> None:
        dlg = AboutDialog(window)
        dialogs[:] = [dlg]  # keep it alive while it is open (non-blocking, like the app's other dialogs)
        dlg.open()

    about.triggered.connect(show_about)
    menu.addAction(save)
    menu.addSeparator()
    menu.addAction(about)
