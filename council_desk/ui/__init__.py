"""The desktop app: the only package that imports PySide6 (through `council_desk.ui.qt`)."""
