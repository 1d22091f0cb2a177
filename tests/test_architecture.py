"""The layering of DESIGN.md holds: imports point down, Qt stays where it belongs, SQL
stays in storage/, lint is clean.

import-linter checks the contracts in pyproject.toml. It sees an external package only
as a whole (``PySide6``), so the finer rule "layers may use QtGui but not QtWidgets" is
checked here by reading the import statements themselves. SQL only in storage/ (DESIGN.md
decision 9) is checked twice: the import contract forbids ``sqlalchemy`` and ``sqlite3``
above storage, and the string literals are read here for SQL statements, which a module
could otherwise hand to a connection it was given.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import textwrap
import time
import tomllib
from collections.abc import Iterable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "metkasekor_desktop"
# Packages that must not touch Qt's widget modules (only ui/ and app/ may).
BELOW_UI = ("domain", "storage", "io", "analysis", "layers")
WIDGET_MODULE = re.compile(r"^PySide6\.Qt\w*Widgets(\.|$)")

# A string that is an SQL statement. The keyword must be written all upper or all lower
# case, so that a sentence of the interface ("Select a plot", "Drop holes that...") is
# not taken for one; SELECT also needs a FROM, a "*", a number or a function after it.
SQL_STATEMENT = re.compile(
    r"""^\s*(?P<keyword>
        SELECT\s+(.+?\bFROM\b|[*\d]|\w+\s*\()
      | INSERT\s+(OR\s+\w+\s+)?INTO\b
      | REPLACE\s+INTO\b
      | UPDATE\s+["`\[]?\w+["`\]]?\s+SET\b
      | DELETE\s+FROM\b
      | CREATE\s+(UNIQUE\s+|TEMP(ORARY)?\s+|VIRTUAL\s+)?(TABLE|INDEX|TRIGGER|VIEW)\b
      | DROP\s+(TABLE|INDEX|TRIGGER|VIEW)\b
      | ALTER\s+TABLE\b
      | PRAGMA\s+\w+
      | WITH\s+(RECURSIVE\s+)?\w+\s+AS\s*\(
    )""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# Modules outside storage/ allowed to hold SQL, each with its reason (path under the
# package): they read files of other programs, not the project.
SQL_ALLOWED = {
    "io/tiles.py": "reads MBTiles basemaps, another program's file",
    "io/mbtiles.py": "writes MBTiles maps for the phones, another program's file",
    "io/file_checks.py": "looks at a partner's GeoPackage before GDAL reads it",
}

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


def _docstrings(tree: ast.AST) -> set[int]:
    """``id()`` of the string constants that are docstrings or other bare expressions
    (never handed to anything, so never run as SQL)."""
    return {id(node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant | ast.JoinedStr)}


def _literal_text(node: ast.expr) -> str | None:
    """The text of a string literal; an f-string's fields read as ``x``, so that
    ``f"DELETE FROM {table} WHERE"`` is one statement."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "x"
                       for part in node.values)
    return None


def sql_literals_in(source: str, where: str) -> list[str]:
    """Every string literal of ``source`` that is an SQL statement, as "where:line: text"."""
    tree = ast.parse(source, filename=where)
    skip = _docstrings(tree)
    inside_fstrings = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                       for part in node.values}
    found: list[str] = []
    for node in ast.walk(tree):
        if id(node) in skip or id(node) in inside_fstrings or not isinstance(node, ast.expr):
            continue
        text = _literal_text(node)
        if text is not None and (match := SQL_STATEMENT.match(text)):
            keyword = match.group("keyword").split()[0]
            if keyword.isupper() or keyword.islower():
                found.append(f"{where}:{node.lineno}: {' '.join(text.split())[:60]}")
    return sorted(found, key=lambda hit: int(hit.split(":")[1]))


def sql_outside_storage(package_dir: Path, allowed: Iterable[str] = SQL_ALLOWED) -> list[str]:
    """SQL statements in modules outside storage/ (but the ``allowed`` ones)."""
    exempt = set(allowed)
    found: list[str] = []
    for path in sorted(package_dir.rglob("*.py")):
        inner = path.relative_to(package_dir).as_posix()
        if inner.startswith("storage/") or inner in exempt:
            continue
        where = path.relative_to(package_dir.parent).as_posix()
        found += sql_literals_in(path.read_text(encoding="utf-8"), where)
    return found


def _write_package(root: Path, modules: dict[str, str]) -> None:
    """A skeleton of the package under ``root`` plus ``modules`` (dotted name -> source)."""
    for sub in ("", *BELOW_UI, "ui"):
        folder = root / PACKAGE / sub
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text('"""Stub."""\n', encoding="utf-8")
    (root / PACKAGE / "app.py").write_text('"""Stub."""\n', encoding="utf-8")
    for dotted, source in modules.items():
        path = root.joinpath(*dotted.split(".")).with_suffix(".py")
        for folder in path.relative_to(root / PACKAGE).parents:  # sub-packages
            (root / PACKAGE / folder).mkdir(exist_ok=True)
            (root / PACKAGE / folder / "__init__.py").touch()
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
            f"{PACKAGE}.storage.repo": f"import sqlalchemy\nfrom {PACKAGE}.domain import plot\n",
            # Repositories over the backend interface; the GeoPackage backend beside them.
            f"{PACKAGE}.storage.backend": "import sqlalchemy\n",
            f"{PACKAGE}.storage.repositories.plots": f"from {PACKAGE}.storage import backend\n",
            f"{PACKAGE}.storage.gpkg.backend": (
                f"import sqlite3\nfrom {PACKAGE}.storage import backend\n"
            ),
            f"{PACKAGE}.storage.postgis.backend": (
                f"import psycopg\nfrom {PACKAGE}.storage import backend\n"
            ),
            # The allowed readers and writers of other programs' SQLite files.
            f"{PACKAGE}.io.tiles": "import sqlite3\n",
            f"{PACKAGE}.io.mbtiles": "import sqlite3\n",
            f"{PACKAGE}.io.file_checks": "import sqlite3\n",
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
            # SQL above storage, even for type hints only.
            f"{PACKAGE}.ui.register": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                "    from sqlalchemy import Connection\n"
            ),
            # A repository reaching past the backend into the GeoPackage module.
            f"{PACKAGE}.storage.repositories.plots": f"from {PACKAGE}.storage.gpkg import blob\n",
            f"{PACKAGE}.storage.gpkg.blob": '"""Blobs."""\n',
            # ... or into the PostGIS one.
            f"{PACKAGE}.storage.repositories.farmers": (
                f"from {PACKAGE}.storage.postgis import backend\n"),
            f"{PACKAGE}.storage.postgis.backend": '"""PostGIS."""\n',
            # The allowed readers and writers of other programs' SQLite files (their
            # exceptions must match an import, or the check fails too).
            f"{PACKAGE}.io.tiles": "import sqlite3\n",
            f"{PACKAGE}.io.mbtiles": "import sqlite3\n",
            f"{PACKAGE}.io.file_checks": "import sqlite3\n",
        },
    )

    result = _lint_imports(throwaway_root)
    output = result.stdout + result.stderr

    assert result.returncode != 0, output
    assert "Contracts: 0 kept, 5 broken." in output, output
    assert (f"{PACKAGE}.storage.repositories.plots -> {PACKAGE}.storage.gpkg.blob"
            in " ".join(output.split()))  # the report wraps long lines
    assert (f"{PACKAGE}.storage.repositories.farmers -> {PACKAGE}.storage.postgis.backend"
            in " ".join(output.split()))
    assert f"{PACKAGE}.ui.register -> sqlalchemy" in output
    assert f"{PACKAGE}.domain.upward -> {PACKAGE}.ui.window" in output
    assert f"{PACKAGE}.layers.chart -> pyqtgraph" in output
    assert f"{PACKAGE}.storage.qtish -> PySide6" in output
    assert widget_imports(throwaway_root / PACKAGE) == [
        f"{PACKAGE}/io/dialog.py:1: PySide6.QtWidgets",
        f"{PACKAGE}/layers/widgety.py:2: PySide6.QtWidgets",
    ]


# --- SQL only in storage/ ---------------------------------------------------------------


def test_no_sql_outside_storage():
    offences = sql_outside_storage(REPO / PACKAGE)

    assert not offences, ("SQL outside storage/ (call a repository method instead; DESIGN.md "
                          "decision 9):\n" + "\n".join(offences))


def test_sql_allowances_name_existing_modules():
    missing = [name for name in SQL_ALLOWED if not (REPO / PACKAGE / name).is_file()]

    assert not missing, f"SQL_ALLOWED names modules that are gone: {missing}"


def test_the_sql_checker_reports_a_statement_with_its_place():
    source = textwrap.dedent('''\
        """A view. SELECT * FROM plots in a docstring is prose."""


        def load(conn):
            """Rows; DELETE FROM plots would be said here."""
            rows = conn.execute("SELECT * FROM plots")
            conn.exec_driver_sql(f'DELETE FROM "{name}" WHERE fid = ?', (1,))
            conn.exec_driver_sql("update plots set code = ? where fid = ?", ("A", 1))
            conn.exec_driver_sql("PRAGMA foreign_keys")
            return rows, "Select a plot first.", "Drop holes", "select", "Update the farmer"
        ''')

    assert sql_literals_in(source, "ui/view.py") == [
        "ui/view.py:6: SELECT * FROM plots",
        'ui/view.py:7: DELETE FROM "x" WHERE fid = ?',
        "ui/view.py:8: update plots set code = ? where fid = ?",
        "ui/view.py:9: PRAGMA foreign_keys",
    ]


def test_the_sql_checker_skips_storage_and_the_allowed_modules(tmp_path: Path):
    package = tmp_path / PACKAGE
    for inner in ("storage/repo.py", "io/tiles.py", "ui/view.py"):
        (package / inner).parent.mkdir(parents=True, exist_ok=True)
        (package / inner).write_text('QUERY = "SELECT name FROM metadata"\n', encoding="utf-8")

    assert sql_outside_storage(package) == [f"{PACKAGE}/ui/view.py:1: SELECT name FROM metadata"]


def _sql_contract(package: str) -> dict[str, object]:
    """The "SQL only in storage" contract of pyproject.toml, for ``package``."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"]
                   if c["name"] == "SQL only in storage"]
    return {key: ([v.replace(PACKAGE, package) for v in value] if isinstance(value, list)
                  else value) for key, value in contract.items()}


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_the_sql_contract_catches_sqlite3_and_sqlalchemy_above_storage(tmp_path: Path):
    """The real contract, on a tiny package: direct imports above storage break it;
    storage itself, the allowed io modules and imports through storage do not."""
    modules = {
        "fakepkg/__init__.py": "",
        "fakepkg/app.py": "",
        "fakepkg/domain/__init__.py": "",
        "fakepkg/analysis/__init__.py": "",
        "fakepkg/storage/__init__.py": "import sqlite3\nimport sqlalchemy\n",
        "fakepkg/io/__init__.py": "",
        "fakepkg/io/tiles.py": "import sqlite3\n",
        "fakepkg/io/mbtiles.py": "import sqlite3\n",
        "fakepkg/io/file_checks.py": "import sqlite3\n",
        "fakepkg/layers/__init__.py": "from fakepkg import storage\n",
        "fakepkg/ui/__init__.py": "import sqlite3\n",
        "fakepkg/ui/view.py": "from sqlalchemy import select\n",
    }
    for name, source in modules.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    contract = _sql_contract("fakepkg")
    lines = ["[tool.importlinter]", 'root_package = "fakepkg"',
             "include_external_packages = true", "", "[[tool.importlinter.contracts]]"]
    lines += [f"{key} = {_toml_value(value)}" for key, value in contract.items()]
    (tmp_path / "contract.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache", "--config", "contract.toml"],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    output = result.stdout + result.stderr

    assert time.perf_counter() - started < 3
    assert result.returncode != 0, output
    assert "SQL only in storage BROKEN" in output, output
    assert "fakepkg.ui -> sqlite3" in output
    assert "fakepkg.ui.view -> sqlalchemy" in output
    assert "fakepkg.io.tiles" not in output.split("Broken contracts")[-1]
    assert "fakepkg.layers" not in output.split("Broken contracts")[-1]
