"""The preview window: the rendered PDF shown with QtPdf from memory, with Print… and Save as PDF….

The PDF is handed to QPdfDocument through a QBuffer over the bytes, so no temporary file ever holds the letter
(a temp file would be a copy of personal data outside the encrypted cache). The window itself releases nothing:
its buttons call back into `ui.printing`, which audits first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from council_desk.ui.accessibility import name, polish
from council_desk.ui.colors import set_role
from council_desk.ui.qt import (
    QBuffer,
    QByteArray,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPdfDocument,
    QPdfView,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class PreviewWindow(QDialog):
    """Shows `pdf` (bytes). `on_print` / `on_save` are called when the buttons are pressed."""

    ready = Signal(int)  # page count, once the document is loaded
    released = Signal(str)  # "print" or "export", after the bytes went out

    def __init__(
        self,
        pdf: bytes,
        title: str,
        on_print: Callable[[], None],
        on_save: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)  # never personal data: "Letter preview — 3 cases"
        self.resize(900, 1000)
        self.pdf = pdf
        self.disclosure: Any = None  # what printing or saving this document discloses (set by ui.printing)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        name(self.view, self.tr("Preview"), self.tr("The pages as they will be printed"))

        self.pages = QLabel(self.tr("Loading…"), self)
        self.pages.setObjectName("pageCount")
        self.note = QLabel(self)
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        set_role(self.note, "muted")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closePreview")
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)  # until the document has loaded
        self.print_button.clicked.connect(on_print)
        self.save_button.clicked.connect(on_save)
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        polish(self)

        self.document.statusChanged.connect(self._status)
        self.document.load(self._buffer)  # asynchronous for a device: `ready` follows
        self._status(self.document.status())

    def _status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            n = self.document.pageCount()
            self.pages.setText(self.tr("%n page(s)", "", n))
            for b in (self.print_button, self.save_button):
                b.setEnabled(True)
            self.ready.emit(n)
        elif status == QPdfDocument.Status.Error:
            self.pages.setText(self.tr("The preview could not be shown."))

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while a print or save is under way (no double release)."""
        for b in (self.print_button, self.save_button):
            b.setEnabled(not busy and self.document.status() == QPdfDocument.Status.Ready)

    def done(self, r: int) -> None:
        # Forget the document and the bytes as soon as the window closes.
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self.pdf = b""
        super().done(r)
