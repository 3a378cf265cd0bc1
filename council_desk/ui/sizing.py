"""Sizes from the font, not from pixels: rows, columns and headings grow with the system font size (WCAG 2.2 1.4.4
as it applies to a desktop app) and with longer translations, where fixed pixel sizes would clip them."""

from __future__ import annotations

from collections.abc import Sequence

from council_desk.ui.qt import QFont, QFormLayout, QHeaderView, QTableView, QWidget


def row_height(widget: QWidget) -> int:
    """A list row: the font's line height plus room above and below (24 px at a 9-point font, more when larger)."""
    line = widget.fontMetrics().height()
    return line + max(6, line // 2)


def fit_rows(table: QTableView) -> None:
    """Rows as tall as the table's font needs (fixed per table so a 100k-row list never measures each row)."""
    header = table.verticalHeader()
    height = row_height(table)
    header.setMinimumSectionSize(height)
    header.setDefaultSectionSize(height)


def char_width(widget: QWidget, chars: float) -> int:
    """The width of `chars` average characters of the widget's font."""
    return round(widget.fontMetrics().averageCharWidth() * chars)


def fit_columns(table: QTableView, chars: Sequence[float]) -> None:
    """Interactive columns `chars[i]` average characters wide, and never narrower than their (translated) heading
    needs. Not ResizeToContents: that reads every row of a long list."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col, n in enumerate(chars):
        table.setColumnWidth(col, max(char_width(table, n) + 12, header.sectionSizeHint(col)))


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled by `factor` (a heading), so it stays in proportion to the system font."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:  # a pixel-sized font
        font.setPixelSize(round(font.pixelSize() * factor))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def heading(widget: QWidget, factor: float = 1.4) -> None:
    widget.setFont(scaled_font(widget, factor, bold=True))


def form() -> QFormLayout:
    """A form whose fields move under their labels when a translation makes label and field too wide for one
    line, instead of squeezing the label until its words are cut off."""
    layout = QFormLayout()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return layout


def grow_to_fit(window: QWidget) -> None:
    """Make a shown window tall enough for its word-wrapped text at its current width (after a warning appeared
    or a translation wrapped onto another line); never shrinks it."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
    if need > window.height():
        window.resize(window.width(), need)
