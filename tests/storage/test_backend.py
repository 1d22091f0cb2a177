"""The storage seam: repositories reach the database only through its backend.

A second backend (PostgreSQL with PostGIS) must be one new module under storage/, never
a change to a repository (DESIGN.md decision 9); these tests keep that true.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.backend import Backend
from metkasekor_desktop.storage.gpkg.backend import GeoPackageBackend
from metkasekor_desktop.storage.repositories.base import Repository
from metkasekor_desktop.storage.repositories.farmers import FarmerRepository
from metkasekor_desktop.storage.repositories.plots import PlotRepository

from .conftest import make_plot, square

# What only a GeoPackage (SQLite) has: its driver's SQL and placeholders, its catalogue,
# its connection, its ids and its spatial index's tables.
GPKG_SQL = ("exec_driver_sql", "sqlite_master", "sqlite_connection", "last_insert_rowid",
            "rtree_", "gpkg_contents", "gpkg_geometry_columns")
STORAGE = Path(__file__).resolve().parents[2] / "metkasekor_desktop" / "storage"
# Repository modules allowed to speak the GeoPackage's own SQL, each with its reason.
GPKG_SQL_ALLOWED: dict[str, str] = {}


def _protocol_members() -> list[str]:
    return [name for name, value in vars(Backend).items()
            if not name.startswith("_") and callable(value)]


def test_the_geopackage_backend_is_a_backend() -> None:
    assert isinstance(GeoPackageBackend(engine=None, path=None), Backend)  # type: ignore[arg-type]
    for name in _protocol_members():
        wanted = inspect.signature(getattr(Backend, name))
        given = inspect.signature(getattr(GeoPackageBackend, name))
        assert list(given.parameters) == list(wanted.parameters), name
    assert GeoPackageBackend.name == "gpkg"


def test_every_repository_of_a_project_holds_its_backend(project: Project) -> None:
    repositories = [value for value in vars(project).values() if hasattr(value, "backend")]
    assert len(repositories) >= 12
    for repository in repositories:
        assert repository.backend is project.backend, repository
    assert isinstance(project.backend, Backend)
    assert project.engine is project.backend.engine


class Recording:
    """A backend that passes every call on to another and notes its name."""

    def __init__(self, inner: Backend) -> None:
        self._inner = inner
        self.calls: list[str] = []
        self.name = inner.name
        self.engine = inner.engine

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if callable(value):
            def noted(*args: Any, **kwargs: Any) -> Any:
                self.calls.append(name)
                return value(*args, **kwargs)
            return noted
        return value


def test_repositories_call_the_backend_for_what_is_particular_to_the_database(
        project: Project) -> None:
    backend = Recording(project.backend)
    farmers, plots = FarmerRepository(backend), PlotRepository(backend)  # type: ignore[arg-type]
    farmer_id = farmers.add(Farmer(name_kh="សុខ", name_latin="Sok"))
    assert {"write_transaction", "insert_rows", "touch"} <= set(backend.calls)
    backend.calls.clear()
    ids = plots.add_many([make_plot(f"BTB-{n:04d}", x=103 + 0.01 * n, farmer_id=farmer_id)
                          for n in range(600)])  # a batch large enough for the bulk path
    assert {"encode_geometries", "insert_rows", "extend_extent"} <= set(backend.calls)
    backend.calls.clear()
    table = plots.load_table()  # a whole table: shapes made when read
    assert {"reading", "fetch_rows", "shape_column"} <= set(backend.calls)
    assert table.ids.tolist() == ids
    backend.calls.clear()
    plots.load_rows(ids[:3])  # a few rows after an edit: shapes at once
    assert {"reading", "fetch_rows", "decode_geometries"} <= set(backend.calls)
    assert len(plots.box_centres()) == 600
    assert "boxes" in backend.calls


def test_geometries_survive_encoding_and_decoding_empty_and_none_included() -> None:
    backend = GeoPackageBackend(engine=None)  # type: ignore[arg-type]
    geoms = np.array([square(103.0, 13.0), None, MultiPolygon(), Point(104.5, 12.25),
                      Polygon([(0, 0), (1, 0), (1, 1), (0, 0)])], dtype=object)
    stored = backend.encode_geometries(geoms, STORAGE_EPSG)
    assert len(stored) == len(geoms) and stored[1] is None
    back = backend.decode_geometries(stored)
    assert back[1] is None
    assert back[2].is_empty and back[2].geom_type == "MultiPolygon"
    present = [0, 3, 4]
    assert shapely.equals_exact(back[present], geoms[present], tolerance=0).all()
    assert len(backend.decode_geometries([])) == 0
    column = backend.shape_column(stored)  # the same shapes, made when read
    assert len(column) == len(geoms) and column[1] is None and column[2].is_empty
    assert shapely.equals_exact(column[present], geoms[present], tolerance=0).all()


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, dotted module or module.name) of every import in a file, lazy ones too."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{a.name}") for a in node.names)
    return found


def test_repositories_do_not_import_a_database_module() -> None:
    """Repositories see ``storage.backend`` only; which database is behind it is the
    project's choice (``storage.gpkg`` today, ``storage.postgis`` next)."""
    databases = ("metkasekor_desktop.storage.gpkg", "metkasekor_desktop.storage.postgis",
                 "sqlite3")
    offences = [f"{path.name}:{line}: {module}"
                for path in sorted((STORAGE / "repositories").glob("*.py"))
                for line, module in _imports(path)
                if module.startswith(databases)
                or module.endswith((".gpkg_blob", ".gpkg_container"))]
    assert offences == []


def test_repositories_speak_no_sql_dialect_of_their_own() -> None:
    """No driver SQL (``exec_driver_sql``: SQLite's ``?`` placeholders) in a repository;
    text SQL with named parameters and SQLAlchemy Core work on every database."""
    offences = [f"{path.name}:{n}" for path in sorted((STORAGE / "repositories").glob("*.py"))
                if path.name not in GPKG_SQL_ALLOWED
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if any(word in line for word in GPKG_SQL)]
    assert offences == []


def test_base_repository_needs_only_the_backend() -> None:
    parameters = list(inspect.signature(Repository.__init__).parameters)
    assert parameters == ["self", "backend"]
