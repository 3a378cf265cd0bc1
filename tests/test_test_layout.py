"""The tests' own layout, enforced (issue 12).

1. No module under tests/ or scripts/ imports a test module (`test_*.py`) or a `conftest.py`. Helpers and record
   builders live in tests/support/, which any test may import. Why: a test module imported for its helpers
   brings its fixtures and module-level state into the importer and ties the tiers together (sixteen modules
   of four tiers borrowed builders from one unit test module); a conftest is pytest's to load, and one imported
   by hand under another name (the UI benchmark's `from conftest import`, through sys.path) is a second copy.
   The check reads the source (AST): imports at any depth, relative ones resolved, and module paths written in
   strings, which is how a subprocess is told what to import
   (`PYTHON_KEYRING_BACKEND=tests.support.keyrings.FileKeyring`, a child's `-c` code).
2. Every test runs isolated (tests/conftest.py): the app's data folder under its own tmp_path and an in-memory
   keyring, whatever the test itself sets up or forgets to.
"""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from council_desk.cache.paths import data_root
from tests.support.keyrings import MemoryKeyring

ROOT = Path(__file__).resolve().parents[1]
# A dotted path into tests/ written in a string: "tests.support.keyrings.FileKeyring", "from tests.x import y".
DOTTED = re.compile(r"\btests(?:\.\w+)+")


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_test_module(dotted: str) -> bool:
    """By its name alone: `import conftest` finds tests/ui/conftest.py only through a sys.path trick."""
    name = dotted.rpartition(".")[2]
    return name == "conftest" or name.startswith("test_")


def _is_test_file(dotted: str, root: Path) -> bool:
    """A test_*.py or a conftest.py that is there under root (`from a import b`: b may be a function)."""
    return _is_test_module(dotted) and root.joinpath(*dotted.split(".")).with_suffix(".py").is_file()


def _imported(tree: ast.AST, here: str, is_package: bool) -> Iterator[tuple[str, int, bool]]:
    """Every module an import statement at any depth may load, absolute, with whether its name alone tells:
    `from a import b` yields a (a module, by name) and a.b (a module only if there is such a file)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, True
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".") if is_package else here.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield target, node.lineno, True
            for alias in node.names:
                yield f"{target}.{alias.name}", node.lineno, False


def _named_in_strings(tree: ast.AST) -> Iterator[tuple[str, int, bool]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for match in DOTTED.finditer(node.value):
                # A string may name a class or a function in a module: each prefix that is a file counts.
                parts = match.group().split(".")
                for end in range(2, len(parts) + 1):
                    yield ".".join(parts[:end]), node.lineno, False


def violations(root: Path = ROOT) -> list[str]:
    found: list[str] = []
    for folder in ("tests", "scripts"):
        for path in sorted((root / folder).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            here = _module_name(root, path)
            tree = ast.parse(path.read_text("utf-8"), str(path))
            named = list(_imported(tree, here, path.name == "__init__.py"))
            # This file's own examples of what is refused are data, not imports.
            if path.name != Path(__file__).name:
                named += _named_in_strings(tree)
            seen: set[str] = set()
            for target, line, by_name in named:
                refused = _is_test_module(target) if by_name else _is_test_file(target, root)
                if refused and target != here and target not in seen:
                    seen.add(target)
                    found.append(f"{path.relative_to(root)}:{line} imports {target}")
    return found


def test_no_module_imports_a_test_module_or_a_conftest() -> None:
    assert violations() == []


@pytest.mark.parametrize(
    ("where", "source", "expected"),
    [
        (
            "tests/unit/test_intruder.py",
            "from tests.letters.test_letters_native import words\n",
            "imports tests.letters.test_letters_native",
        ),
        ("tests/ui/test_intruder.py", "from .conftest import backend_factory\n", "imports tests.ui.conftest"),
        (
            "tests/bench/test_intruder.py",
            "def f():\n    from tests.unit import test_sync_engine\n",
            "imports tests.unit.test_sync_engine",
        ),
        (
            "tests/support/intruder.py",
            "BACKEND = 'tests.integration.test_sync_sandbox.FileKeyring'\n",
            "imports tests.integration.test_sync_sandbox",
        ),
        ("scripts/intruder.py", "import conftest\n", "imports conftest"),
    ],
)
def test_the_check_fails_when_such_an_import_is_added(
    where: str, source: str, expected: str, tmp_path: Path
) -> None:
    """The check is not one that cannot fail: a copy of the tree with one such import added is refused."""
    for folder in ("tests", "scripts"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    assert violations(tmp_path) == []
    (tmp_path / where).write_text(source)
    found = violations(tmp_path)
    assert any(v.startswith(where) and v.endswith(expected) for v in found), found


def test_every_test_has_its_own_data_folder_and_an_in_memory_keyring(tmp_path: Path) -> None:
    # What any test sees before it sets anything: never the caseworker's real folder or the machine's keyring.
    assert data_root() == tmp_path / "data"
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
    assert keyring.get_keyring().items == {}  # a fresh one: nothing left by an earlier test
