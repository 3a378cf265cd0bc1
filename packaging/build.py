"""Build the frozen app for this platform: `./dev package [--check]` runs this with the project's venv.

1. PyInstaller with packaging/council-desk.spec → dist/council-desk/ (one folder).
2. Linux: dist/council-desk-<version>-linux-<arch>.tar.gz (the folder, a .desktop entry, the icon, install.sh).
   Windows: the Inno Setup installer (packaging/windows/council-desk.iss) when `iscc` is on PATH.
   macOS: nothing more here (packaging/macos/README.md: .app, signing, notarisation, on paper).
3. Prints the build time and the bundle's size; with --check, runs the frozen bundle's smoke test
   (tests/packaging/test_frozen_bundle.py) against the training sandbox.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import buildinfo  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "council-desk"


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 1_048_576:.0f} MiB"


def compile_translations() -> int:
    """i18n/*.ts → build/i18n/*.qm with PySide6's lrelease, so the bundle carries every translation there is
    (compiled .qm files are build output, not kept in git). The sources are not touched (no lupdate here)."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    out = ROOT / "build" / "i18n"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    for ts in sources:
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out / (ts.stem + ".qm"))], check=True)  # noqa: S603 - our own tools, fixed arguments
    return len(sources)


def pyinstaller() -> float:
    t0 = time.monotonic()
    subprocess.run(  # noqa: S603 - our own tools, fixed arguments
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(HERE / "council-desk.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.monotonic() - t0


def linux_tarball(version: str) -> Path:
    """The folder plus what a Linux desktop needs to list it; install.sh puts it in place per user or system."""
    arch = platform.machine() or "unknown"
    name = f"council-desk-{version}-linux-{arch}"
    out = DIST / f"{name}.tar.gz"
    extras = {
        "council-desk.desktop": HERE / "linux" / "council-desk.desktop",
        "council-desk.png": ROOT / "resources" / "icons" / "council-desk.png",
        "install.sh": HERE / "linux" / "install.sh",
        "policy.ini.example": HERE / "policy.ini.example",
        "CHANGELOG.md": ROOT / "CHANGELOG.md",
    }
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=f"{name}/council-desk")
        for arc, src in extras.items():
            tar.add(src, arcname=f"{name}/{arc}")
    return out


def windows_installer(version: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC.exe")
    if not iscc:
        print(
            "Inno Setup (iscc) is not on PATH: the installer was not made. Install Inno Setup 6 and run again, "
            "or compile packaging/windows/council-desk.iss yourself (see packaging/windows/README.md)."
        )
        return None
    subprocess.run(  # noqa: S603 -- iscc found on PATH by the build, fixed arguments
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DSourceDir={BUNDLE}",
            f"/DOutputDir={DIST}",
            str(HERE / "windows" / "council-desk.iss"),
        ],
        check=True,
    )
    return DIST / f"CouncilDesk-{version}-setup.exe"


def smoke_test() -> int:
    """Run the frozen bundle's smoke test. It needs a Secret Service keyring like an office Linux desktop has:
    without a D-Bus session, one is started here with gnome-keyring, as `./dev demo` does."""
    env = dict(os.environ, COUNCIL_DESK_BUNDLE=str(BUNDLE), QT_QPA_PLATFORM="offscreen")
    keyring_home: Path | None = None
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-m",
        "frozen",
        "-s",
        "tests/packaging/test_frozen_bundle.py",
    ]
    if (
        not env.get("DBUS_SESSION_BUS_ADDRESS")
        and shutil.which("dbus-run-session")
        and shutil.which("gnome-keyring-daemon")
    ):
        inner = (
            "printf %s council-desk-smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
            '&& exec "$@"'
        )
        keyring_home = DIST / "smoke-keyring"
        shutil.rmtree(keyring_home, ignore_errors=True)
        keyring_home.mkdir(parents=True)
        env["XDG_DATA_HOME"] = str(keyring_home)
        cmd = ["dbus-run-session", "--", "sh", "-c", inner, "sh", *cmd]
    t0 = time.monotonic()
    try:
        rc = subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode  # noqa: S603 - our own tools, fixed arguments
    finally:
        if keyring_home is not None:  # the training sign-ins' tokens: nothing of them stays behind
            shutil.rmtree(keyring_home, ignore_errors=True)
    print(f"Smoke test of the frozen bundle: {'passed' if rc == 0 else 'FAILED'} in {time.monotonic() - t0:.0f} s")
    return rc


def main() -> int:
    parser = argparse.ArgumentParser(description="Build Council Desk's frozen app for this platform.")
    parser.add_argument("--check", action="store_true", help="then run the smoke test of the frozen bundle")
    parser.add_argument("--no-build", action="store_true", help="reuse dist/council-desk (with --check)")
    args = parser.parse_args()
    version = buildinfo.project_version()
    if not args.no_build:
        print(f"Compiled {compile_translations()} translation(s) into build/i18n")
        seconds = pyinstaller()
        print(f"Built dist/council-desk {version} in {seconds:.0f} s: {mib(size_of(BUNDLE))} on disk")
        if sys.platform.startswith("linux"):
            tarball = linux_tarball(version)
            print(f"Linux tarball: {tarball.relative_to(ROOT)} ({mib(tarball.stat().st_size)})")
        elif sys.platform == "win32":
            setup = windows_installer(version)
            if setup:
                print(f"Windows installer: {setup}")
        elif sys.platform == "darwin":
            print("macOS: dist/Council Desk.app is unsigned; see packaging/macos/README.md before handing it out.")
    elif not BUNDLE.is_dir():
        print("No dist/council-desk to check: run without --no-build first.")
        return 2
    return smoke_test() if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
