"""App settings, declared once with type, default and title (after Picard's `options.py`).

Only harmless preferences live here: the server address, window layout, the interface language. Never secrets,
tokens, search text or anything about a case — a settings file is readable by anyone with the PC.
Settings are versioned; `_UPGRADES` holds the steps that move old settings forward.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from council_desk.ui.qt import QByteArray, QSettings

T = TypeVar("T")

SETTINGS_VERSION = 1
DEFAULT_SERVER = "http://127.0.0.1:8311"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    title: str


SERVER_URL = Setting("sign_in/server_url", str, DEFAULT_SERVER, "Server address")
UI_LANGUAGE = Setting("ui/language", str, "", "Interface language (empty: the system's)")
MAIN_GEOMETRY = Setting("ui/main_geometry", QByteArray, QByteArray(), "Main window position and size")
MAIN_SPLITTER = Setting("ui/main_splitter", QByteArray, QByteArray(), "Case list / detail split")
SYNC_MINUTES = Setting("sync/every_minutes", int, 5, "Background sync interval (minutes)")

ALL: tuple[Setting[Any], ...] = (SERVER_URL, UI_LANGUAGE, MAIN_GEOMETRY, MAIN_SPLITTER, SYNC_MINUTES)

# version -> step that upgrades settings from (version - 1). Empty for version 1.
_UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def qsettings() -> QSettings:
    """The settings store. Under `COUNCIL_DESK_DATA_DIR` (tests, portable use) an INI file there, else the
    platform's per-user location."""
    data_dir = os.environ.get("COUNCIL_DESK_DATA_DIR")
    if data_dir:
        return QSettings(str(Path(data_dir) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("Council Desk", "Council Desk")


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store or qsettings()
        self._upgrade()

    def _upgrade(self) -> None:
        current = int(self._s.value("settings_version", 0) or 0)  # type: ignore[call-overload]
        for version in range(current + 1, SETTINGS_VERSION + 1):
            step = _UPGRADES.get(version)
            if step is not None:
                step(self._s)
        if current != SETTINGS_VERSION:
            self._s.setValue("settings_version", SETTINGS_VERSION)

    def get(self, setting: Setting[T]) -> T:
        raw = self._s.value(setting.key, None)
        if raw is None:
            return setting.default
        try:
            if setting.type is int:
                return setting.type(int(raw))  # type: ignore[call-arg, call-overload]
            if isinstance(raw, setting.type):
                return raw
            return setting.type(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._s.setValue(setting.key, value)

    def sync(self) -> None:
        self._s.sync()

    def location(self) -> str:
        """Where these settings are kept (a file, or on Windows a registry key), for support."""
        return str(self._s.fileName())

    def describe(self) -> dict[str, str]:
        """The readable settings as title → value, for the support bundle (window layouts left out: binary)."""
        return {s.title: str(self.get(s)) for s in ALL if s.type is not QByteArray}
