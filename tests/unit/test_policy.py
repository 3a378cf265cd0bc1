"""The machine-wide policy file: real files parsed for real; only the choice of path per platform is simulated."""

from __future__ import annotations

from pathlib import Path

import pytest

from council_desk import policy
from council_desk.api.models import Office
from council_desk.cli import main
from council_desk.domain.errors import UsageError
from council_desk.policy import PolicyFileProblem, load

GOOD = """\
; Council Desk policy for district 7
[server]
address = https://access.example.gov/

[letterhead]
name = Office of Council Member Test
address = 250 Broadway, Suite 1750
  New York, NY 10007
phone = 212-788-7000

[letters]
template_folder = ${TEMPLATES}

[interface]
language = zh-Hant
"""


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv(policy.POLICY_ENV, str(tmp_path / "no-policy.ini"))
    policy.reset()
    yield
    policy.reset()


def write(tmp_path: Path, text: str | bytes, name: str = "policy.ini") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_sets_everything(tmp_path, monkeypatch):
    monkeypatch.setenv("TEMPLATES", str(tmp_path / "office-templates"))
    p = load(write(tmp_path, GOOD))
    assert p.path == tmp_path / "policy.ini"
    assert p.server == "https://access.example.gov" and p.server_locked
    assert p.letterhead.name == "Office of Council Member Test"
    assert p.letterhead.address == "250 Broadway, Suite 1750\nNew York, NY 10007"
    assert p.letterhead.email is None
    assert p.template_folder == tmp_path / "office-templates"
    assert p.language == "zh-Hant"
    office = Office(name="Server office", address="1 Centre St", phone="311", email="d7@example.gov")
    merged = p.letterhead.apply(office)
    assert (merged.name, merged.phone, merged.email) == (
        "Office of Council Member Test",
        "212-788-7000",
        "d7@example.gov",
    )


def test_no_file_is_no_policy(tmp_path):
    p = load(tmp_path / "absent.ini")
    assert p.path is None and p.server is None and p.letterhead.is_empty() and p.language is None


def test_notepad_byte_order_mark_is_fine(tmp_path):
    p = load(write(tmp_path, b"\xef\xbb\xbf[interface]\r\nlanguage = es\r\n"))
    assert p.language == "es"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("[server]\naddress = https://a.example\n[serverr]\naddress = x\n", 3, "unknown section [serverr]"),
        ("[server]\n\nadress = https://a.example\n", 3, "unknown setting 'adress'"),
        ("address = https://a.example\n", 1, "before any [section]"),
        ("[server]\naddress = https://a\naddress = https://b\n", 3, "set twice"),
        ("[interface]\nlanguage = es\n[interface]\n", 3, "appears twice"),
        ("[server]\naddress = https://a.example\nthis is not a setting\n", 3, "not `name = value`"),
        ("[server]\n# the real one\naddress = http://access.example.gov\n", 3, "https://"),
        ("[interface]\n\n\nlanguage = klingon\n", 4, "unknown language"),
        ("[letterhead]\nname =\n", 2, "is empty"),
        ("[letterhead]\nphone = " + "9" * 201 + "\n", 2, "longer than 200"),
    ],
)
def test_a_bad_file_names_the_file_and_the_line(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(PolicyFileProblem) as info:
        load(path)
    assert info.value.line == line
    assert str(path) in info.value.user_message and f"line {line}" in info.value.user_message
    assert words in info.value.user_message
    assert info.value.exit_code == 10


def test_not_utf8_names_the_line(tmp_path):
    path = write(tmp_path, b"[letterhead]\nname = ok\naddress = Caf\xe9 Street\n")
    with pytest.raises(PolicyFileProblem) as info:
        load(path)
    assert info.value.line == 3 and "UTF-8" in info.value.user_message


def test_a_folder_in_its_place_is_named(tmp_path):
    folder = tmp_path / "policy.ini"
    folder.mkdir()
    with pytest.raises(PolicyFileProblem, match="folder") as info:
        load(folder)
    assert str(folder) in info.value.user_message


def test_a_file_that_cannot_be_read_is_named():
    # /proc/self/mem exists but refuses a plain read (EIO): the "cannot be read" path with a real file.
    path = Path("/proc/self/mem")
    if not path.exists():
        pytest.skip("no /proc here")
    with pytest.raises(PolicyFileProblem, match="cannot be read") as info:
        load(path)
    assert str(path) in info.value.user_message


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="root reads a file whatever its mode",
)
def test_permission_denied_is_named(tmp_path):
    locked = write(tmp_path, "[interface]\nlanguage = es\n")
    locked.chmod(0)
    with pytest.raises(PolicyFileProblem, match="permission denied"):
        load(locked)


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("win32", {"ProgramData": r"D:\ProgramData"}, Path(r"D:\ProgramData") / "CouncilDesk" / "policy.ini"),
        ("win32", {}, Path(r"C:\ProgramData") / "CouncilDesk" / "policy.ini"),
        ("linux", {}, Path("/etc/xdg/CouncilDesk/policy.ini")),
        ("darwin", {}, Path("/Library/Application Support/CouncilDesk/policy.ini")),
    ],
)
def test_machine_wide_path_per_platform(platform, env, expected):
    assert policy.default_path(platform, env) == expected


def test_env_var_overrides_the_path(tmp_path):
    assert policy.policy_path({policy.POLICY_ENV: str(tmp_path / "x.ini")}) == tmp_path / "x.ini"
    assert policy.policy_path({}) == policy.default_path()


def test_cli_server_default_comes_from_the_policy_and_is_locked(tmp_path, monkeypatch):
    monkeypatch.setenv(policy.POLICY_ENV, str(write(tmp_path, "[server]\naddress = https://access.example.gov\n")))
    policy.reset()
    assert policy.server_default(None) == "https://access.example.gov"
    assert policy.server_default("https://ACCESS.example.gov/") == "https://access.example.gov"
    with pytest.raises(UsageError, match="sets the server"):
        policy.server_default("https://other.example.gov")


def test_cli_without_policy_needs_server():
    with pytest.raises(UsageError, match="--server"):
        policy.server_default(None)
    assert policy.server_default("https://a.example") == "https://a.example"


def test_cli_stops_at_start_with_one_plain_line(tmp_path, monkeypatch, capsys):
    bad = write(tmp_path, "[server]\naddress = https://a.example\nnonsense\n")
    monkeypatch.setenv(policy.POLICY_ENV, str(bad))
    policy.reset()
    assert main(["letters", "templates"]) == 10
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
    assert f"{bad}, line 3" in err
