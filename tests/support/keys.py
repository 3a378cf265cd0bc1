"""Typing text into a widget as a caseworker would, in any script.

`QTest.keyClicks` maps each character to a key code through an ASCII table and aborts the process (a Qt
assertion) on anything else, so a Chinese or Polish name cannot be typed with it. Here an ASCII character is a
real key click, and any other character arrives as a key event carrying that text, as an input method delivers
it; QLineEdit treats both as the user's typing (`textEdited`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
