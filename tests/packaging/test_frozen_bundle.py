"""Smoke test of the frozen app (`./dev package --check`): the PyInstaller bundle in $COUNCIL_DESK_BUNDLE run as a
caseworker's PC would, against the training sandbox on loopback.

Everything goes through the bundle's own executable: sign-in through the (scripted) system browser, a first sync of
4,000 cases with the page-parsing process (the bundle starts itself with its hidden sub-command), one letter per
language read back (fonts embedded, the right script), the main window opened and closed, the support bundle, and
the uninstaller's "remove this PC's case data". The keyring is a real Secret Service (gnome-keyring in a private
D-Bus session, started by packaging/build.py), as on an office Linux desktop. Skipped when no bundle is named.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.sandbox import RunningSandbox

BUNDLE = Path(os.environ.get("COUNCIL_DESK_BUNDLE", "/nonexistent"))
EXE = BUNDLE / ("council-desk.exe" if sys.platform == "win32" else "council-desk")
ROOT = Path(__file__).resolve().parents[2]
VENV_APP = Path(sys.executable).with_name("council-desk")
DISTRICT = 7
CASES = 4000

pytestmark = pytest.mark.frozen
if not EXE.exists():
    pytest.skip("no frozen bundle in $COUNCIL_DESK_BUNDLE: run ./dev package --check", allow_module_level=True)

# language -> (font the letter body must be set in, a character range its text must use)
SCRIPTS: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {
    "en": ("NotoSans-Regular", ((0x41, 0x7A),)),
    "es": ("NotoSans-Regular", ((0x41, 0x7A),)),
    "fr": ("NotoSans-Regular", ((0x41, 0x7A),)),
    "pl": ("NotoSans-Regular", ((0x0100, 0x017F),)),  # ą ę ł ś ż...
    "ht": ("NotoSans-Regular", ((0x41, 0x7A),)),
    "ru": ("NotoSans-Regular", ((0x0400, 0x04FF),)),
    "bn": ("NotoSansBengali", ((0x0980, 0x09FF),)),
    "ar": ("NotoNaskhArabic", ((0x0600, 0x06FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    "ur": ("NotoNastaliqUrdu", ((0x0600, 0x06FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    "zh-Hans": ("NotoSansCJKsc", ((0x4E00, 0x9FFF),)),
    "zh-Hant": ("NotoSansCJKtc", ((0x4E00, 0x9FFF),)),
    "ko": ("NotoSansCJKkr", ((0xAC00, 0xD7AF),)),
}
FIGURES: dict[str, str] = {}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("frozen")
    t0 = time.monotonic()
    with RunningSandbox(tmp, complaints=CASES, seed=31, consent_share=1.0, only_district=DISTRICT) as sb:
        FIGURES["sandbox start"] = f"{time.monotonic() - t0:.0f} s"
        policy = tmp / "policy.ini"
        policy.write_text(
            f"[server]\naddress = {sb.url}\n"
            "[letterhead]\nname = Office of the Smoke Test Member\nphone = 212-555-0100\n"
            "[interface]\nlanguage = es\n",
            encoding="utf-8",
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COUNCIL_DESK_"))}
        env.update(sb.browser_env("caseworker", DISTRICT))
        env.update(
            {
                "COUNCIL_DESK_DATA_DIR": str(tmp / "app"),
                "COUNCIL_DESK_POLICY_FILE": str(policy),
                "COUNCIL_DESK_PAGE_WORKER": "on",
                # Unattended against the local training sandbox: the demo's training PIN is chosen at the first
                # sign-in (ui/signin.py), as nobody is there to type one.
                "COUNCIL_DESK_TRAINING_PIN": "246813",
                "QT_QPA_PLATFORM": "offscreen",
            }
        )
        yield {"sb": sb, "env": env, "tmp": tmp, "data": tmp / "app"}


@pytest.fixture(autouse=True)
def _the_bundles_keyring(_isolated: None) -> Iterator[None]:
    """The tests read what the bundle wrote: the same Secret Service, not the in-memory keyring every other test
    gets (tests/conftest.py). Without it, the cache key the frozen app stored looks missing from here."""
    import keyring
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    yield


def frozen(world: dict[str, Any], *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), *args],
        env=world["env"],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=world["tmp"],
        check=False,
    )


def test_bundle_holds_the_client_and_not_the_sandbox() -> None:
    internal = BUNDLE / "_internal"
    listing = subprocess.run(
        [str(Path(sys.executable).with_name("pyi-archive_viewer")), "-l", "-r", str(EXE)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for module in (
        "council_desk.ui.app",
        "council_desk.sync.pageworker",
        "keyring.backends.SecretService",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
        "secretstorage",
        "jeepney",
    ):
        assert f"'{module}'" in listing, module
    for module in ("council_desk.sandbox", "council_desk.ui.demo", "fastapi", "uvicorn", "keyrings.alt"):
        assert f"'{module}'" not in listing and f"'{module}." not in listing, module
    assert not (internal / "keyrings").exists() and not list(internal.glob("keyrings.alt*"))
    # Every shipped font and letter file is in the bundle, in the same layout (resources.resource_dir finds them).
    for sub in ("fonts", "letters"):
        shipped = sorted(
            p.relative_to(ROOT / "resources").as_posix()
            for p in (ROOT / "resources" / sub).rglob("*")
            if p.is_file()
        )
        bundled = sorted(
            p.relative_to(internal / "resources").as_posix()
            for p in (internal / "resources" / sub).rglob("*")
            if p.is_file()
        )
        assert shipped and bundled == shipped, sub
    assert (internal / "build-info.json").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "printsupport/libcupsprintersupport.so",
        "imageformats/libqpdf.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    # build.py compiles every translation source; each is in the bundle.
    sources = sorted(p.stem + ".qm" for p in (ROOT / "i18n").glob("*.ts"))
    assert sources and sorted(p.name for p in (internal / "i18n").glob("*.qm")) == sources
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    FIGURES["bundle size"] = f"{size / 1_048_576:.0f} MiB ({len(list(BUNDLE.rglob('*')))} files)"


def test_cli_has_no_demo_and_names_its_build(world: dict[str, Any]) -> None:
    r = frozen(world, "--help")
    assert r.returncode == 0 and "sync" in r.stdout and "support-bundle" in r.stdout and "demo" not in r.stdout


def _watch_for_page_worker(stop: threading.Event, seen: list[str]) -> None:
    """The page worker is the bundle's own executable started with `_page-worker`: look for it in /proc."""
    while not stop.is_set():
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit():
                try:
                    argv = (proc / "cmdline").read_bytes().split(b"\0")
                except OSError:
                    continue
                if len(argv) >= 2 and argv[1] == b"_page-worker" and argv[0].decode(errors="replace") == str(EXE):
                    seen.append(proc.name)
                    return
        stop.wait(0.05)


def test_first_sync_signs_in_through_the_browser_and_parses_in_the_page_worker(world: dict[str, Any]) -> None:
    stop, seen = threading.Event(), []
    watcher = threading.Thread(target=_watch_for_page_worker, args=(stop, seen), daemon=True)
    watcher.start()
    t0 = time.monotonic()
    r = frozen(world, "sync", "--page-size", "500")  # the server comes from the policy file
    FIGURES["first sync (sign-in + 4,000 cases)"] = f"{time.monotonic() - t0:.1f} s"
    stop.set()
    watcher.join(5)
    assert r.returncode == 0, r.stderr
    assert f"complaints updated: {CASES}" in r.stdout, r.stdout
    assert seen, "no `council-desk _page-worker` process was seen during the sync"
    log = (world["data"] / "logs" / "council-desk.log").read_text(encoding="utf-8")
    assert "sync (frozen)" in log
    assert "parser process failed" not in log, log


def _pdf_fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils is needed")
def test_one_letter_per_language_with_its_own_embedded_fonts(world: dict[str, Any]) -> None:
    from tests.support.client import server_ids

    case_id = sorted(server_ids(world["sb"], DISTRICT))[0]
    t0 = time.monotonic()
    for lang, (font, ranges) in SCRIPTS.items():
        out = world["tmp"] / f"letter-{lang}.pdf"
        r = frozen(
            world,
            "letters",
            "render",
            "--case",
            case_id,
            "--template",
            "acknowledgement",
            "--lang",
            lang,
            "-o",
            str(out),
        )
        assert r.returncode == 0, (lang, r.stderr)
        fonts = _pdf_fonts(out)
        assert fonts, lang
        # Every font embedded (column "emb" is yes), and none from the PC: only the shipped Noto faces.
        assert all("yes" in row[-5:-2] for row in fonts), (lang, fonts)
        names = [row[0] for row in fonts]
        assert all("Noto" in n for n in names), (lang, names)
        assert any(font in n for n in names), (lang, names)
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert any(lo <= ord(ch) <= hi for ch in text for lo, hi in ranges), (lang, text[:200])
        assert "Office of the Smoke Test Member" in text, lang  # the letterhead from the policy file
    FIGURES["12 letters (one process each)"] = f"{time.monotonic() - t0:.1f} s"


def test_main_window_opens_syncs_and_closes(world: dict[str, Any]) -> None:
    t0 = time.monotonic()
    r = frozen(world, "app", "--self-test", "main")
    FIGURES["app: sign-in, main window, sync, close"] = f"{time.monotonic() - t0:.1f} s"
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"sync ok, {CASES} case(s) listed" in r.stdout, r.stdout
    assert "SQLCipher 4." in r.stdout and "Qt 6." in r.stdout
    FIGURES["About box (frozen)"] = r.stdout.strip().split("About box: ")[-1]


def test_support_bundle_from_the_frozen_app_holds_no_personal_data_or_token(world: dict[str, Any]) -> None:
    import keyring

    from council_desk.sync.session import Session

    out = world["tmp"] / "support.zip"
    r = frozen(world, "support-bundle", "-o", str(out))
    assert r.returncode == 0, r.stderr
    os.environ["COUNCIL_DESK_DATA_DIR"] = str(world["data"])  # the venv reads the same cache and keyring
    try:
        session = Session(world["sb"].url, user=f"cw{DISTRICT:02d}")
        store = session.open_store()
        case = store.case(
            sorted(store.list_ids(__import__("council_desk.cache.queries", fromlist=["CaseQuery"]).CaseQuery()))[0]
        )
        session.close()
    finally:
        del os.environ["COUNCIL_DESK_DATA_DIR"]
    token = keyring.get_password("council-desk-refresh", f"{world['sb'].url}|cw{DISTRICT:02d}")
    assert case is not None and token
    blob = out.read_bytes()
    with zipfile.ZipFile(out) as zf:
        text = "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
        assert "Packaged: yes (frozen app)" in text and "commit " in text
    for secret in (token, case.contact.last_name, case.contact.phone, case.contact.email):
        assert secret not in text and secret.encode() not in blob


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb is needed")
def test_the_xcb_platform_plugin_starts_on_a_real_x_server(world: dict[str, Any]) -> None:
    env = dict(world["env"], QT_QPA_PLATFORM="xcb")
    r = subprocess.run(
        ["xvfb-run", "-a", str(EXE), "app", "--self-test", "start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0 and "sign-in window shown (Qt platform xcb" in r.stdout, r.stdout + r.stderr
    # The policy's default language: the app's own translation is found inside the bundle, and Qt's.
    assert "language es; council_desk_es.qm found, qtbase_es.qm found" in r.stdout, r.stdout


def test_start_time_frozen_beside_venv(world: dict[str, Any]) -> None:
    def once(cmd: list[str]) -> float:
        t0 = time.monotonic()
        r = subprocess.run(
            [*cmd, "app", "--self-test", "start"],
            env=world["env"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert r.returncode == 0 and "sign-in window shown" in r.stdout, r.stdout + r.stderr
        return time.monotonic() - t0

    frozen_s, venv_s = [], []
    for _ in range(5):  # alternating, so a drift in the machine's speed hits both alike
        frozen_s.append(once([str(EXE)]))
        venv_s.append(once([str(VENV_APP)]))
    FIGURES["start to sign-in window, frozen (median of 5)"] = f"{statistics.median(frozen_s):.2f} s"
    FIGURES["start to sign-in window, venv (median of 5)"] = f"{statistics.median(venv_s):.2f} s"


def test_uninstall_remove_data_leaves_no_cache_and_no_keyring_entry(world: dict[str, Any]) -> None:
    import keyring

    url, user = world["sb"].url, f"cw{DISTRICT:02d}"
    assert list(world["data"].glob("cache-*"))
    assert keyring.get_password("council-desk-cache", f"{url.lower()}|{user}")
    r = frozen(world, "sign-out", "--all", "--remove-data", "--yes")
    assert r.returncode == 0, r.stderr
    assert not list(world["data"].glob("cache-*"))
    for service, name in (
        ("council-desk-cache", f"{url.lower()}|{user}"),
        ("council-desk-refresh", f"{url}|{user}"),
        ("council-desk-last-user", url),
        ("council-desk-accounts", "caches"),
    ):
        assert keyring.get_password(service, name) is None, service


def test_zz_print_figures() -> None:
    print("\nFrozen bundle figures:")
    for k, v in FIGURES.items():
        print(f"  {k}: {v}")
