"""The one place PySide6 is imported. The rest of `council_desk.ui` imports Qt names from here.

Keeping the binding behind one module (as Anki's `aqt.qt` and qutebrowser's `qutebrowser.qt` do) means a binding
quirk, a version check or a future switch is handled once.
"""

from __future__ import annotations

import sys
import threading

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
    SignalInstance,
    Slot,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid as is_alive

__all__ = [
    "PYSIDE_VERSION",
    "QAbstractItemView",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDialog",
    "QDialogButtonBox",
    "QElapsedTimer",
    "QEvent",
    "QEventLoop",
    "QFont",
    "QFormLayout",
    "QFrame",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QItemSelectionModel",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocalServer",
    "QLocalSocket",
    "QLocale",
    "QMainWindow",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPalette",
    "QPersistentModelIndex",
    "QPlainTextEdit",
    "QPoint",
    "QProgressBar",
    "QPushButton",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QSize",
    "QSizePolicy",
    "QSplitter",
    "QStackedWidget",
    "QStatusBar",
    "QTabWidget",
    "QTableView",
    "QTextBrowser",
    "QThreadPool",
    "QTimer",
    "QToolBar",
    "QToolButton",
    "QTranslator",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "SignalInstance",
    "Slot",
    "is_alive",
    "qVersion",
]


# --- binding quirk: PySide6 6.12 on Python 3.11 drops one reference to a slot's return value ---------------------
# Measured here: every Python slot, timer callback, QRunnable.run or eventFilter that returns None/True/False takes
# one reference from that singleton too many. On Python ≥ 3.12 these objects are immortal and nothing happens; on
# 3.11 the count reaches zero after a few thousand events and the interpreter aborts ("deallocating None/False").
# Until the binding is fixed, a small daemon thread keeps a reserve of references to the three singletons, so the
# count can never run out. It does not touch Qt (its own work would leak again) and costs a few MB at most.
_RESERVE_LOW = 200_000
_RESERVE_TARGET = 400_000
_reserve: dict[int, list[object]] = {}
_guard_started = threading.Event()


def _top_up() -> None:
    for obj in (None, True, False):
        count = sys.getrefcount(obj)
        if count < _RESERVE_LOW:
            _reserve.setdefault(id(obj), []).extend([obj] * (_RESERVE_TARGET - count))


def _guard_loop() -> None:
    stop = threading.Event()
    while not stop.wait(0.2):
        _top_up()


def install_refcount_guard() -> None:
    """Start the reserve keeper (idempotent). Called when this module is imported."""
    if sys.version_info >= (3, 12) or _guard_started.is_set():
        return
    _guard_started.set()
    _top_up()
    threading.Thread(target=_guard_loop, name="pyside-refcount-guard", daemon=True).start()


install_refcount_guard()
