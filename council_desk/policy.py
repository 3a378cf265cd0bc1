"""Managed settings for IT: one machine-wide policy file that the office's IT puts on every PC.

    Windows  %ProgramData%\\CouncilDesk\\policy.ini
    Linux    /etc/xdg/CouncilDesk/policy.ini
    macOS    /Library/Application Support/CouncilDesk/policy.ini
    (COUNCIL_DESK_POLICY_FILE names another file: tests, or a PC IT wants to try a policy on first.)

    [server]
    address = https://access.example.gov      ; locked: no editable server field, the CLI's --server default
    [letterhead]                               ; replaces the office block the server sends, field by field
    name = Office of Council Member ...
    address = 250 Broadway, Suite 1750         ; more lines: indent them under the first
      New York, NY 10007
    phone = 212-788-7000
    email = district7@council.nyc.gov
    [letters]
    template_folder = \\\\fileserver\\council\\letter-templates   ; office templates win over the shipped ones
    [interface]
    language = es                              ; the default; a caseworker's own choice still wins

No file means no policy (per-user settings apply). A file that is there but cannot be read, is not valid INI,
or holds an unknown section, key or value is a `PolicyFileProblem` naming the file and the line: the app and the
CLI stop at start-up with it rather than run half-configured, and never ignore a line IT wrote. Qt-free, so the
CLI, the app and the support bundle read it the same way.
"""

from __future__ import annotations

import configparser
import dataclasses
import logging
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from council_desk.api.models import Office
from council_desk.domain.errors import KnownError, UsageError
from council_desk.domain.languages import LANGUAGE_CODES

__all__ = [
    "INTERFACE_LANGUAGES",
    "POLICY_ENV",
    "Letterhead",
    "OfficePolicy",
    "PolicyFileProblem",
    "current",
    "default_path",
    "load",
    "policy_path",
    "reset",
    "server_default",
]

log = logging.getLogger("council_desk.policy")

POLICY_ENV = "COUNCIL_DESK_POLICY_FILE"
EXIT_POLICY = 10
# The interface languages by the app's codes (council_desk.domain.languages: Chinese by script, as the letters);
# Chinese by region (zh_CN, zh_TW…) is taken too and means the same.
INTERFACE_LANGUAGES = LANGUAGE_CODES
_LANGUAGE_ALIASES = {
    "zh_CN": "zh-Hans",
    "zh_SG": "zh-Hans",
    "zh_TW": "zh-Hant",
    "zh_HK": "zh-Hant",
    "zh_MO": "zh-Hant",
}
_SCHEMA: dict[str, tuple[str, ...]] = {
    "server": ("address",),
    "letterhead": ("name", "address", "phone", "email"),
    "letters": ("template_folder",),
    "interface": ("language",),
}
# The letterhead's limits are the wire contract's (api.models.Office): the letters are laid out for them.
_LETTERHEAD_MAX = {"name": 200, "address": 500, "phone": 200, "email": 200}


class PolicyFileProblem(KnownError):
    """The policy file is there but unusable. Names the file and (where there is one) the line."""

    exit_code = EXIT_POLICY
    code = "policy_file_problem"  # its message names a file and a line: shown as it is, in English

    def __init__(self, path: Path, line: int | None, what: str) -> None:
        self.path = path
        self.line = line
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(
            f"The office policy file {where}: {what}. Council Desk will not start with it; ask your IT support to "
            "correct the file (docs/install.md describes it)."
        )


@dataclass(frozen=True)
class Letterhead:
    """The office block of a letter; a field left out (None) keeps what the server sends."""

    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None

    def apply(self, office: Office) -> Office:
        changes = {k: v for k, v in dataclasses.asdict(self).items() if v is not None}
        return office.model_copy(update=changes) if changes else office

    def is_empty(self) -> bool:
        return all(v is None for v in dataclasses.asdict(self).values())


@dataclass(frozen=True)
class OfficePolicy:
    """What the policy file in effect sets; `path` is None when there is no policy file."""

    path: Path | None = None
    server: str | None = None
    letterhead: Letterhead = Letterhead()
    template_folder: Path | None = None
    language: str | None = None

    @property
    def server_locked(self) -> bool:
        return self.server is not None

    def summary(self) -> dict[str, str]:
        """What is set, for the support bundle and Help → About (no secrets exist in a policy file)."""
        out = {"file": str(self.path) if self.path else "(none)"}
        if self.server:
            out["server"] = self.server
        for k, v in dataclasses.asdict(self.letterhead).items():
            if v is not None:
                out[f"letterhead.{k}"] = v
        if self.template_folder:
            out["template_folder"] = str(self.template_folder)
        if self.language:
            out["language"] = self.language
        return out


def default_path(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The machine-wide policy file for this kind of PC (it may not exist)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if platform == "win32":
        # %ProgramData% is where Windows keeps machine-wide program data that users may read but not change.
        return (
            Path(env.get("ProgramData") or env.get("ALLUSERSPROFILE") or r"C:\ProgramData")
            / "CouncilDesk"
            / ("policy.ini")
        )
    if platform == "darwin":
        return Path("/Library/Application Support/CouncilDesk/policy.ini")
    return Path("/etc/xdg/CouncilDesk/policy.ini")


def policy_path(env: Mapping[str, str] | None = None) -> Path:
    """`COUNCIL_DESK_POLICY_FILE` when set, else the machine-wide file."""
    env = os.environ if env is None else env
    override = env.get(POLICY_ENV, "").strip()
    return Path(override) if override else default_path(env=env)


def _line_of(lines: list[str], section: str, key: str | None = None) -> int | None:
    """The 1-based line of `[section]` (or of `key` inside it), for messages; configparser does not keep it."""
    current = None
    for n, raw in enumerate(lines, 1):
        text = raw.strip()
        m = re.match(r"^\[([^\]]*)\]", text)
        if m:
            current = m.group(1).strip()
            if key is None and current == section:
                return n
            continue
        if current == section and key is not None and re.match(rf"^{re.escape(key)}\s*[=:]", text, re.IGNORECASE):
            return n
    return None


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")  # Notepad's UTF-8 starts with a byte-order mark
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PolicyFileProblem(path, line, "is not UTF-8 text (save it as UTF-8)") from None


def _parse(path: Path, text: str) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(
        interpolation=None,
        strict=True,
        comment_prefixes=("#", ";"),
        inline_comment_prefixes=(";",),
        empty_lines_in_values=False,
    )
    try:
        cp.read_string(text, source=str(path))
    except configparser.MissingSectionHeaderError as exc:
        raise PolicyFileProblem(path, exc.lineno, "a setting comes before any [section] heading") from None
    except configparser.DuplicateSectionError as exc:
        raise PolicyFileProblem(path, exc.lineno, f"the section [{exc.section}] appears twice") from None
    except configparser.DuplicateOptionError as exc:
        raise PolicyFileProblem(path, exc.lineno, f"{exc.option!r} is set twice in [{exc.section}]") from None
    except configparser.ParsingError as exc:
        line = exc.errors[0][0] if exc.errors else None
        raise PolicyFileProblem(path, line, "this line is not `name = value`, a [section] or a comment") from None
    except configparser.Error as exc:
        raise PolicyFileProblem(path, None, f"it is not a valid settings file ({type(exc).__name__})") from None
    return cp


def _check_schema(path: Path, cp: configparser.ConfigParser, lines: list[str]) -> None:
    for section in cp.sections():
        if section not in _SCHEMA:
            known = ", ".join(f"[{s}]" for s in _SCHEMA)
            raise PolicyFileProblem(
                path, _line_of(lines, section), f"unknown section [{section}] (known: {known})"
            )
        for key in cp[section]:
            if key not in _SCHEMA[section]:
                known = ", ".join(_SCHEMA[section])
                raise PolicyFileProblem(
                    path, _line_of(lines, section, key), f"unknown setting {key!r} in [{section}] (known: {known})"
                )
            if not cp[section][key].strip():
                raise PolicyFileProblem(
                    path,
                    _line_of(lines, section, key),
                    f"{key!r} in [{section}] is empty (leave the line out instead)",
                )


def _server(path: Path, value: str, line: int | None) -> str:
    from council_desk.domain.servers import check_server_url  # the one rule for a server address

    try:
        return check_server_url(value)
    except (KnownError, ValueError):
        raise PolicyFileProblem(
            path,
            line,
            "the server address must be https://… (plain http only for this PC's own 127.0.0.1), "
            "with no user name, query or #fragment",
        ) from None


def _language(path: Path, value: str, line: int | None) -> str:
    code = _LANGUAGE_ALIASES.get(value, value)
    if code not in INTERFACE_LANGUAGES:
        raise PolicyFileProblem(
            path, line, f"unknown language {value[:20]!r} (one of: " + ", ".join(INTERFACE_LANGUAGES) + ")"
        )
    return code


def load(path: Path | None = None) -> OfficePolicy:
    """Read the policy file (default: `policy_path()`). No file: an empty policy. Raises PolicyFileProblem."""
    path = path or policy_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return OfficePolicy()
    except IsADirectoryError:
        raise PolicyFileProblem(path, None, "it is a folder, not a file") from None
    except PermissionError:
        raise PolicyFileProblem(
            path, None, "it cannot be read (permission denied: every user needs read access)"
        ) from None
    except OSError as exc:
        raise PolicyFileProblem(path, None, f"it cannot be read ({exc.strerror or type(exc).__name__})") from None
    text = _decode(path, data)
    lines = text.splitlines()
    cp = _parse(path, text)
    _check_schema(path, cp, lines)

    def get(section: str, key: str) -> tuple[str | None, int | None]:
        if not cp.has_option(section, key):
            return None, None
        return cp[section][key].strip(), _line_of(lines, section, key)

    server, line = get("server", "address")
    if server is not None:
        server = _server(path, server, line)
    heads: dict[str, str | None] = {}
    for key, limit in _LETTERHEAD_MAX.items():
        value, line = get("letterhead", key)
        if value is not None and len(value) > limit:
            raise PolicyFileProblem(path, line, f"the letterhead {key} is longer than {limit} characters")
        heads[key] = value
    folder_text, _line = get("letters", "template_folder")
    folder = Path(os.path.expanduser(os.path.expandvars(folder_text))) if folder_text else None
    language, line = get("interface", "language")
    if language is not None:
        language = _language(path, language, line)
    policy = OfficePolicy(
        path=path, server=server, letterhead=Letterhead(**heads), template_folder=folder, language=language
    )
    log.info("policy file in effect: %d setting(s)", len(policy.summary()) - 1)
    return policy


_current: OfficePolicy | None = None


def current() -> OfficePolicy:
    """The policy in effect for this process, read once (a bad file raises every time it is asked for)."""
    global _current
    if _current is None:
        _current = load()
    return _current


def reset() -> None:
    """Forget the policy read so far (tests; a long-running process that wants to re-read it)."""
    global _current
    _current = None


def server_default(given: str | None) -> str:
    """The server for a CLI command: the policy's when it sets one (a different `--server` is refused: the
    address is locked), else `--server`. UsageError when there is neither."""
    policy = current()
    if policy.server is not None:
        if given and given.strip().rstrip("/").lower() != policy.server.lower():
            raise UsageError(
                f"This PC's office policy file ({policy.path}) sets the server to {policy.server}; "
                "--server cannot choose another one."
            )
        return policy.server
    if not given:
        raise UsageError("Say which 311 access system: --server URL (or have IT set it in the policy file).")
    return given
