"""Build facts for the frozen app: one version number (pyproject.toml) everywhere, the Windows version resource
made from it, and the example policy file IT copies being a valid one."""

from __future__ import annotations

import ast
import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

import council_desk
from council_desk import policy

ROOT = Path(__file__).resolve().parents[2]


def _buildinfo():
    spec = importlib.util.spec_from_file_location("buildinfo", ROOT / "packaging" / "buildinfo.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["buildinfo_under_test"] = module
    spec.loader.exec_module(module)
    return module


def test_one_version_number() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    assert _buildinfo().project_version() == version == council_desk.__version__


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.3.4rc1", (2, 3, 4, 0)), ("1.2.3.4", (1, 2, 3, 4))],
)
def test_windows_version_tuple(version: str, expected: tuple[int, ...]) -> None:
    assert _buildinfo().version_tuple(version) == expected


def test_windows_version_tuple_refuses_what_windows_cannot_hold() -> None:
    with pytest.raises(ValueError):
        _buildinfo().version_tuple("70000.1")
    with pytest.raises(ValueError):
        _buildinfo().version_tuple("v1")


def test_version_file_is_the_expression_pyinstaller_reads(tmp_path: Path) -> None:
    b = _buildinfo()
    path = tmp_path / "version_info.txt"
    b.write_version_file(path, "1.4.2")
    tree = ast.parse(path.read_text(encoding="utf-8"), mode="eval")  # PyInstaller eval()s this text
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    text = path.read_text(encoding="utf-8")
    assert "filevers=(1, 4, 2, 0)" in text and "StringStruct('ProductVersion', '1.4.2')" in text
    assert "StringStruct('OriginalFilename', 'CouncilDesk.exe')" in text


def test_build_info_names_version_and_commit(tmp_path: Path) -> None:
    b = _buildinfo()
    path = tmp_path / "build-info.json"
    b.write_build_info(path, "0.1.0", "linux")
    text = path.read_text(encoding="utf-8")
    assert '"version": "0.1.0"' in text and '"commit": ' in text and '"platform": "linux"' in text


def test_the_example_policy_file_is_valid() -> None:
    p = policy.load(ROOT / "packaging" / "policy.ini.example")
    assert p.server == "https://access.example.gov" and p.language == "en"
    assert p.letterhead.address == "250 Broadway, Suite 1700\nNew York, NY 10007"
    assert p.template_folder is not None
