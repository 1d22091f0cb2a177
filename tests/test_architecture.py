"""The layering of DESIGN.md holds: imports point down, Qt stays where it belongs, lint is clean.

import-linter checks the contracts in pyproject.toml. It sees an external package only
as a whole (``PySide6``), so the finer rule "layers may use QtGui but not QtWidgets" is
checked here by reading the import statements themselves.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "metkasekor_desktop"
# Packages that must not touch Qt's widget modules (only ui/ and app.py may).
BELOW_UI = ("domain", "storage", "io", "analysis", "layers")
WIDGET_MODULE = re.compile(r"^PySide6\.Qt\w*Widgets(\.|$)")

LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter on the package found in ``root`` with ``root``'s pyproject."""
    return subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, dotted module) for every import statement, lazy ones included."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # ``from PySide6 import QtWidgets`` names the submodule after "import".
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def widget_imports(package_dir: Path) -> list[str]:
    """Places below ui/ that import a Qt widget module, as "file:line: module"."""
    offences: list[str] = []
    for sub in BELOW_UI:
        for path in sorted((package_dir / sub).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for line, module in _imported_modules(tree):
                if WIDGET_MODULE.match(module):
                    where = path.relative_to(package_dir.parent).as_posix()
                    offences.append(f"{where}:{line}: {module}")
    return offences


def _write_package(root: Path, modules: dict[str, str]) -> None:
    """A skeleton of the package under ``root`` plus ``modules`` (dotted name -> source)."""
    for sub in ("", *BELOW_UI, "ui"):
        folder = root / PACKAGE / sub
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text('"""Stub."""\n', encoding="utf-8")
    (root / PACKAGE / "app.py").write_text('"""Stub."""\n', encoding="utf-8")
    for dotted, source in modules.items():
        path = root.joinpath(*dotted.split(".")).with_suffix(".py")
        path.write_text(source, encoding="utf-8")


def test_import_contracts_hold():
    result = _lint_imports(REPO)

    output = result.stdout + result.stderr
    assert result.returncode == 0, f"import-linter found broken contracts:\n{output}"
    assert "0 broken" in output


def test_no_widgets_below_ui():
    offences = widget_imports(REPO / PACKAGE)

    assert not offences, "Qt widget modules imported below ui/:\n" + "\n".join(offences)


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", PACKAGE, "tests"],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )

    assert result.returncode == 0, f"ruff found problems:\n{result.stdout}{result.stderr}"


@pytest.fixture
def throwaway_root(tmp_path: Path) -> Path:
    """An empty project folder carrying the real contracts from pyproject.toml."""
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_contracts_pass_on_a_clean_throwaway_package(throwaway_root: Path):
    _write_package(
        throwaway_root,
        {
            f"{PACKAGE}.domain.plot": "import shapely\n",
            f"{PACKAGE}.storage.repo": f"from {PACKAGE}.domain import plot\n",
            f"{PACKAGE}.layers.paint": (
                f"from PySide6.QtGui import QPainter\nfrom {PACKAGE}.storage import repo\n"
            ),
            f"{PACKAGE}.ui.window": (
                "import pyqtgraph\nfrom PySide6.QtWidgets import QWidget\n"
                f"from {PACKAGE}.layers import paint\n"
            ),
        },
    )

    result = _lint_imports(throwaway_root)

    assert result.returncode == 0, result.stdout + result.stderr
    assert widget_imports(throwaway_root / PACKAGE) == []


def test_contracts_catch_forbidden_imports(throwaway_root: Path):
    _write_package(
        throwaway_root,
        {
            # The domain reaching up into the user interface.
            f"{PACKAGE}.domain.upward": f"from {PACKAGE}.ui import window\n",
            f"{PACKAGE}.ui.window": '"""A window."""\n',
            # Charts belong to ui/, not to a map layer.
            f"{PACKAGE}.layers.chart": "import pyqtgraph\n",
            # Qt of any kind in the core.
            f"{PACKAGE}.storage.qtish": "from PySide6.QtGui import QImage\n",
            # A widget in layers/, written both ways.
            f"{PACKAGE}.layers.widgety": (
                "def make():\n    from PySide6 import QtWidgets\n    return QtWidgets\n"
            ),
            f"{PACKAGE}.io.dialog": "import PySide6.QtWidgets\n",
        },
    )

    result = _lint_imports(throwaway_root)
    output = result.stdout + result.stderr

    assert result.returncode != 0, output
    assert "Contracts: 0 kept, 3 broken." in output, output
    assert f"{PACKAGE}.domain.upward -> {PACKAGE}.ui.window" in output
    assert f"{PACKAGE}.layers.chart -> pyqtgraph" in output
    assert f"{PACKAGE}.storage.qtish -> PySide6" in output
    assert widget_imports(throwaway_root / PACKAGE) == [
        f"{PACKAGE}/io/dialog.py:1: PySide6.QtWidgets",
        f"{PACKAGE}/layers/widgety.py:2: PySide6.QtWidgets",
    ]
