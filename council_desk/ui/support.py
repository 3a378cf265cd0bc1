"""`council-desk support-bundle -o FILE.zip` (and Help → Save a support file…): what IT needs, in one zip.

In it: the versions (app, build, Python, Qt, SQLCipher, keyring backend), the per-user settings (there are no
secrets in settings: keys and tokens live in the keyring only), the office policy file in effect (or what is wrong
with it), the last log file, and `cache info` for each account on this PC. Not in it: the cache, case or contact
data, keys, tokens or passphrases — `cache info` reports counts and places only, and the log holds kinds and counts
(council_desk/logs.py). It lives under `ui/` because the settings are kept by Qt (QSettings); it needs no display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import zipfile
from functools import partial
from pathlib import Path

from council_desk import policy
from council_desk.cache.paths import data_root
from council_desk.domain.errors import KnownError, NotSaved
from council_desk.logs import log_file
from council_desk.version import versions

HELP = "write a zip for IT: versions, settings (no secrets), policy file, last log, cache info"

README = """Council Desk support bundle
===========================
Made {made} for the IT support of a council district office.

Holds: versions.txt (app, build, libraries), settings.txt (this Windows/Linux user's Council Desk settings),
policy.txt (the office policy file in effect) and policy-file.ini (a copy of it, when there is one),
council-desk.log (the last log: kinds of events and counts, never case or contact details), cache-info.txt
(size, case count and unsent items of each case cache on this PC).

Does not hold: any case, complaint or contact detail, the case cache itself, keys, sign-in tokens or passphrases.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .zip file to write")


def _policy_text() -> tuple[str, Path | None]:
    path = policy.policy_path()
    try:
        pol = policy.load(path)
    except policy.PolicyFileProblem as exc:
        return f"Policy file: {path}\nPROBLEM: {exc.user_message}\n", path
    if pol.path is None:
        return f"No office policy file ({path} does not exist): per-user settings apply.\n", None
    lines = [f"Policy file: {pol.path}"] + [f"  {k}: {v}" for k, v in pol.summary().items() if k != "file"]
    return "\n".join(lines) + "\n", pol.path


def _settings_text() -> str:
    try:
        from council_desk.ui.settings import Settings

        settings = Settings()
    except Exception as exc:  # support must get a bundle even where Qt cannot start
        return f"Settings could not be read ({type(exc).__name__}).\n"
    lines = [f"Kept in: {settings.location()}"] + [f"  {k}: {v}" for k, v in settings.describe().items()]
    return "\n".join(lines) + "\n"


def _cache_text() -> str:
    from council_desk.cache.commands import info_lines
    from council_desk.cache.unlock import locate, unlock
    from council_desk.sync.signout import accounts_on_this_pc

    out = [f"Data folder: {data_root()}"]
    accounts = accounts_on_this_pc()
    if not accounts:
        out.append("No account with a cache key in this PC's keyring.")
    for server, user in accounts:
        out.append(f"\n[{server} · {user}]")
        loc = locate(server, user)
        try:
            # Never asks for a passphrase: a cache locked with one is described, not opened.
            out += info_lines(loc, partial(unlock, server, user, create=False))
        except KnownError as exc:
            out.append(f"Not opened: {exc.user_message}")
        except FileNotFoundError:
            out.append("No cache file.")
    folders = sorted(p.name for p in data_root().glob("cache-*")) if data_root().is_dir() else []
    out.append(f"\nCache folders on this PC: {len(folders)}")
    return "\n".join(out) + "\n"


def write_bundle(output: Path) -> list[str]:
    """Write the zip (atomically, readable by this user only); returns the names inside."""
    output = output.expanduser()
    if output.suffix.lower() != ".zip":
        output = output.with_suffix(output.suffix + ".zip") if output.suffix else output.with_suffix(".zip")
    policy_text, policy_file = _policy_text()
    parts: dict[str, str | bytes] = {
        "README.txt": README.format(made=dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        "versions.txt": "".join(f"{k}: {v}\n" for k, v in versions().items()),
        "policy.txt": policy_text,
        "settings.txt": _settings_text(),
        "cache-info.txt": _cache_text(),
    }
    if policy_file is not None:
        try:
            parts["policy-file.ini"] = policy_file.read_bytes()
        except OSError as exc:
            parts["policy.txt"] = str(parts["policy.txt"]) + f"(the file could not be copied: {exc.strerror})\n"
    log = log_file()
    parts["council-desk.log"] = log.read_bytes() if log.is_file() else b"(no log file yet)\n"
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".support-", suffix=".zip", dir=output.parent)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in parts.items():
                zf.writestr(name, data)
        os.replace(tmp, output)
    except OSError as exc:
        raise NotSaved(f"The support file could not be written to {output} ({exc.strerror}).") from None
    return list(parts)


def run(args: argparse.Namespace) -> int:
    names = write_bundle(args.output)
    target = args.output if args.output.suffix.lower() == ".zip" else args.output.with_suffix(".zip")
    print(f"Wrote {target} ({len(names)} files): send it to your IT support. It holds no case or contact details.")
    return 0
