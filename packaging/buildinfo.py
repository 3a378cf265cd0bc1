"""Build facts for the frozen app, taken from `pyproject.toml` and git: used by the spec and by `build.py`.

Kept apart from the spec so the tests can check what it writes without running PyInstaller.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Council Desk"
COMPANY = "New York City Council district offices"
COPYRIGHT = "Council Desk contributors, MIT licence"


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The one version number: `[project] version` of pyproject.toml."""
    with pyproject.open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four small numbers: 1.2.3rc1 -> (1, 2, 3, 0); anything after the release part is dropped."""
    m = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if not m:
        raise ValueError(f"not a release version: {version!r}")
    parts = tuple(int(p or 0) for p in m.groups())
    if any(p > 65535 for p in parts):
        raise ValueError(f"a version part is above 65535: {version!r}")
    return parts  # type: ignore[return-value]


def git_commit(root: Path = ROOT) -> str:
    """Short commit id, with `+changes` when the work tree differs from it; `unknown` outside git."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short=10", "HEAD"],  # noqa: S607 -- git from PATH, as a developer runs it
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],  # noqa: S607
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return commit + ("+changes" if dirty else "")


def build_info(version: str, platform: str) -> dict[str, str]:
    """What Help → About and the support bundle show as "build"."""
    return {
        "version": version,
        "commit": git_commit(),
        "built": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "platform": platform,
    }


def write_build_info(path: Path, version: str, platform: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(build_info(version, platform), indent=2) + "\n", encoding="utf-8")


def version_file_text(version: str) -> str:
    """A PyInstaller version file (the VSVersionInfo expression PyInstaller reads on Windows for the EXE's
    Properties → Details). Written as text because PyInstaller's own classes import `pefile`, Windows only."""
    t = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": "council-desk",
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": "CouncilDesk.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated from pyproject.toml by packaging/buildinfo.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={t},
    prodvers={t},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(path: Path, version: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version), encoding="utf-8")
