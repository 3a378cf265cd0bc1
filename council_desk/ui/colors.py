"""Colours taken from the system palette, so the app follows a dark or high-contrast theme (WCAG 2.2 AA 1.4.3 and
1.4.11 as they apply to a desktop app), instead of fixed colours written into style sheets.

Meaning never rests on colour alone: each place that colours a state also says it in words (overdue, offline, not
yet sent). The colours only help the eye. They are checked against the background they are drawn on: a status
colour that would fall below WCAG's 4.5:1 for text there gives way to the palette's own text colour, and under a
high-contrast preference only the palette's colours are used.
"""

from __future__ import annotations

from typing import Literal

from council_desk.ui.qt import QApplication, QColor, QEvent, QLabel, QObject, QPalette, Qt, QWidget

Role = Literal["ok", "warning", "error", "muted"]
MIN_TEXT_CONTRAST = 4.5

# A tone for a light background and one for a dark background per state; both pass 4.5:1 on the usual window
# colours (#efefef light, #2d2d2d dark) with a margin.
_TONES: dict[str, tuple[str, str]] = {
    "ok": ("#1b6e2a", "#7fd68f"),
    "warning": ("#8a5200", "#ffb74d"),
    "error": ("#b00020", "#ff8a80"),
}


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""
    r, g, b = (_linear(v) for v in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def high_contrast() -> bool:
    """The system asks for high contrast (Qt 6.10+ reads it from Windows, macOS and GNOME)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    hints = app.styleHints()
    access = getattr(hints, "accessibility", None)
    if access is None:
        return False
    return bool(access().contrastPreference() == Qt.ContrastPreference.HighContrast)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def role_color(
    role: Role,
    palette: QPalette | None = None,
    *,
    background: QPalette.ColorRole = QPalette.ColorRole.Window,
    text: QPalette.ColorRole = QPalette.ColorRole.WindowText,
) -> QColor:
    """The colour for a state's text on `background`: a tone of the state's hue that reads well there, or the
    palette's text colour when no tone does (or high contrast is asked for)."""
    pal = _palette(palette)
    hc = high_contrast()
    key = (role, pal.cacheKey(), background, text, hc)
    hit = _cache.get(key)
    if hit is None:
        # Asked for on every paint of an overdue cell: worked out once per palette.
        hit = _cache[key] = _role_color(role, pal.color(background), pal.color(text), hc)
    return QColor(hit)


_cache: dict[tuple[object, ...], QColor] = {}


def _role_color(role: Role, bg: QColor, fg: QColor, hc: bool) -> QColor:
    if hc:
        return fg
    if role == "muted":
        # Text blended a third of the way towards the background, as far as contrast allows.
        for weight in (0.35, 0.25, 0.15):
            mixed = QColor.fromRgbF(
                *(
                    f * (1 - weight) + b * weight
                    for f, b in ((fg.redF(), bg.redF()), (fg.greenF(), bg.greenF()), (fg.blueF(), bg.blueF()))
                )
            )
            if contrast(mixed, bg) >= MIN_TEXT_CONTRAST:
                return mixed
        return fg
    light, dark = _TONES[role]
    tone = QColor(light if luminance(bg) > 0.4 else dark)
    return tone if contrast(tone, bg) >= MIN_TEXT_CONTRAST else fg


def view_color(role: Role, palette: QPalette | None = None) -> QColor:
    """`role_color` for text in a list or text view (drawn on the base colour)."""
    return role_color(role, palette, background=QPalette.ColorRole.Base, text=QPalette.ColorRole.Text)


def html_color(role: Role, palette: QPalette | None = None) -> str:
    """`role_color` on a text view's base, as #rrggbb for rich text."""
    return role_color(role, palette, background=QPalette.ColorRole.Base, text=QPalette.ColorRole.Text).name()


_PALETTE_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)


class _Follow(QObject):
    """Re-applies a label's state colour when the application palette changes (a theme switch at run time)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # PaletteChange too: a widget with a palette of its own hears of the application's change that way.
        if event.type() in _PALETTE_EVENTS and isinstance(watched, QWidget):
            role = watched.property("colorRole")
            if role:
                _apply(watched, role)
        return False


_follower: _Follow | None = None


def _apply(widget: QWidget, role: Role) -> None:
    pal = widget.palette()
    app_pal = QApplication.palette()
    pal.setColor(QPalette.ColorRole.WindowText, role_color(role, app_pal))
    widget.setPalette(pal)


def set_role(widget: QWidget, role: Role | None) -> None:
    """Colour a widget's text for a state (None: back to the palette's text colour), following theme changes."""
    global _follower
    if role is None:
        widget.setProperty("colorRole", "")
        widget.setPalette(QPalette())
        return
    if _follower is None:
        _follower = _Follow(QApplication.instance())
    if not widget.property("colorRole"):
        widget.installEventFilter(_follower)
    widget.setProperty("colorRole", role)
    _apply(widget, role)


def callout(label: QLabel, kind: Literal["info", "warning"] = "info") -> None:
    """A framed box around a label from palette roles: the tooltip colours for a warning (light yellow on most
    themes, the theme's own in high contrast), the alternate base for information."""
    label.setAutoFillBackground(True)
    label.setFrameShape(QLabel.Shape.StyledPanel)
    label.setMargin(6)
    warning = kind == "warning"
    label.setBackgroundRole(QPalette.ColorRole.ToolTipBase if warning else QPalette.ColorRole.AlternateBase)
    label.setForegroundRole(QPalette.ColorRole.ToolTipText if warning else QPalette.ColorRole.Text)
