"""The layers of the house, enforced (issue 12): an import contract read from the package's own source (AST), so
an upward or circular import fails the build instead of waiting for a reviewer.

Floors, from the ground up (a module may import its own floor or lower ones, never a higher one):
  0  api (the wire contract), resources, logs       nothing of ours below them
  1  domain, version                                  records, vocabulary, policies over the contract
  2  audit, policy                                    the audit chain (a narrow connection protocol), IT's policy
  3  cache                                            the encrypted store
  4  sync, letters                                    the access system; printing
  5  ui                                               the only package that imports Qt (through ui/qt.py only)
  6  cli, __main__                                    the entry points
`sandbox/` (the training server) imports only api/ and domain/ and itself, and nothing of the client imports it.
There is no import cycle between modules. Imports under `if TYPE_CHECKING:` count for the floors (a type is a
dependency too: audit/ names no type of cache/) but not for cycles (they are never executed).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "council_desk"

FLOORS = {
    "api": 0,
    "resources": 0,
    "logs": 0,
    "__init__": 0,
    "domain": 1,
    "version": 1,
    "audit": 2,
    "policy": 2,
    "cache": 3,
    "sync": 4,
    "letters": 4,
    "ui": 5,
    "cli": 6,
    "__main__": 6,
}
QT_MODULES = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, here: str, is_package: bool, typing: bool) -> Iterator[tuple[str, list[str], int]]:
    """Every import as (module, names taken, line), absolute; `if TYPE_CHECKING:` blocks only if `typing`."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node) and not typing:
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield target, [alias.name for alias in node.names], node.lineno
        stack.extend(ast.iter_child_nodes(node))


@cache
def graph(typing: bool = True) -> dict[str, list[tuple[str, int]]]:
    """Our modules -> the modules of ours they import (and the outside roots, as-is); with `typing`, the imports
    made for type checking only as well."""
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    out: dict[str, list[tuple[str, int]]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        seen: set[tuple[str, int]] = set()
        for base, names, line in _imports(tree, name, path.name == "__init__.py", typing):
            if not base.startswith("council_desk"):
                seen.add((base, line))
                continue
            # `from council_desk.letters import fonts` imports the module `fonts`, not the package's face.
            targets = [f"{base}.{n}" for n in names if f"{base}.{n}" in files] or [base]
            for target in targets:
                while target and target not in files:  # the longest prefix that is one of our modules
                    target = target.rpartition(".")[0]
                if target and target != name:
                    seen.add((target, line))
        out[name] = sorted(seen)
    return out


def part(module: str) -> str:
    """`council_desk.cache.store` -> "cache"; `council_desk.cli` -> "cli"; `council_desk` -> "__init__"."""
    bits = module.split(".")
    return bits[1] if len(bits) > 1 else "__init__"


def ours(module: str) -> bool:
    return module.startswith("council_desk")


def violations() -> list[str]:
    found: list[str] = []
    for module, imports in sorted(graph().items()):
        here = part(module)
        for target, line in imports:
            where = f"{module}:{line} imports {target}"
            if target.split(".")[0] in QT_MODULES and module != "council_desk.ui.qt":
                found.append(f"{where}: only council_desk/ui/qt.py imports Qt")
            if not ours(target):
                continue
            there = part(target)
            if here == "sandbox":
                if there not in ("sandbox", "api", "domain"):
                    found.append(f"{where}: the sandbox imports only api/ and domain/")
                continue
            if there == "sandbox":
                found.append(f"{where}: the client never imports the sandbox")
                continue
            if here == there:
                continue
            if here not in FLOORS or there not in FLOORS:
                unplaced = here if here not in FLOORS else there
                found.append(f"{where}: {unplaced} has no floor in test_layers.FLOORS")
            elif FLOORS[there] > FLOORS[here]:
                found.append(f"{where}: floor {FLOORS[here]} ({here}) imports floor {FLOORS[there]} ({there})")
    return found


def cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    g = {m: sorted({t for t, _ in imps if ours(t)}) for m, imps in graph(typing=False).items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in g.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return found


def test_every_import_goes_down_the_floors() -> None:
    assert violations() == []


def test_there_is_no_import_cycle() -> None:
    assert cycles() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from council_desk.ui.qt import QWidget\n", "floor 3 (cache) imports floor 5 (ui)"),
        ("import PySide6.QtCore\n", "only council_desk/ui/qt.py imports Qt"),
        ("from council_desk.sandbox.store import Store\n", "the client never imports the sandbox"),
    ],
)
def test_the_contract_fails_when_a_forbidden_import_is_added(
    source: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check is not one that cannot fail: a copy of the package with one bad import added is refused."""
    import shutil

    copy = tmp_path / "council_desk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "cache" / "intruder.py").write_text(source)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", copy)
    graph.cache_clear()
    try:
        assert any(expected in v for v in violations()), violations()
    finally:
        graph.cache_clear()


def test_a_cycle_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    copy = tmp_path / "council_desk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "domain" / "loop_a.py").write_text("from council_desk.domain import loop_b\n")
    (copy / "domain" / "loop_b.py").write_text("def f() -> None:\n    from council_desk.domain import loop_a\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", copy)
    graph.cache_clear()
    try:
        assert ["council_desk.domain.loop_a", "council_desk.domain.loop_b"] in cycles()
    finally:
        graph.cache_clear()
