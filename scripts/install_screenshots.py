"""Screenshots for docs/install.md: the sign-in window with the server locked by an office policy file, and Help →
About. `.venv/bin/python scripts/install_screenshots.py [--out docs/screenshots]` (re-runs itself under Xvfb).

Real widgets on a real X server (xcb), an example policy file; no server is contacted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if not xvfb:
            sys.exit("xvfb-run is needed (Debian: apt-get install xvfb)")
        # A private D-Bus session with an empty, unlocked gnome-keyring: the About box names a real keyring
        # backend, and nothing of this machine's own keyring is read.
        keyring_home = tempfile.mkdtemp(prefix="council-desk-shots-keyring-")
        inner = 'printf %s shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"'
        cmd = [
            xvfb,
            "-a",
            "-s",
            "-screen 0 1400x900x24",
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            inner,
            "sh",
            sys.executable,
            __file__,
            *sys.argv[1:],
        ]
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", XDG_DATA_HOME=keyring_home)
        try:
            return subprocess.call(cmd, env=env)  # noqa: S603
        finally:
            shutil.rmtree(keyring_home, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix="council-desk-install-shots-"))
    policy_file = work / "policy.ini"
    policy_file.write_text(
        "[server]\naddress = https://access.311.example.gov\n"
        "[letterhead]\nname = Office of Council Member Jane Example\n",
        encoding="utf-8",
    )
    os.environ.update({"COUNCIL_DESK_DATA_DIR": str(work / "app"), "COUNCIL_DESK_POLICY_FILE": str(policy_file)})
    from council_desk.ui.about import AboutDialog
    from council_desk.ui.app import make_qapplication
    from council_desk.ui.qt import QEventLoop, QTimer
    from council_desk.ui.session_backend import SessionBackend
    from council_desk.ui.settings import Settings
    from council_desk.ui.signin import SignInWindow

    app = make_qapplication()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    win = SignInWindow(SessionBackend(), Settings())
    win.show()
    settle()
    win.grab().save(str(out / "16-sign-in-server-set-by-it.png"))
    about = AboutDialog(win)
    about.show()
    settle()
    about.grab().save(str(out / "17-about.png"))
    about.close()
    win.close()
    app.processEvents()
    shutil.rmtree(work, ignore_errors=True)
    print(f"Saved 16-sign-in-server-set-by-it.png and 17-about.png in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
