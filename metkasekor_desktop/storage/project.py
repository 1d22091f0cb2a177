"""The project: one GeoPackage file, opened safely, upgraded in place, copied safely.

Every problem found while opening is reported before anything is written, from a
read-only look at the file, so that a refused file is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.pool import NullPool

from metkasekor_desktop.domain.practice import Practice, default_catalogue
from metkasekor_desktop.storage import migrations, sql_functions
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.netpath import is_network_path
from metkasekor_desktop.storage.repositories.events import EventRepository
from metkasekor_desktop.storage.repositories.farmers import FarmerRepository
from metkasekor_desktop.storage.repositories.plans import PlanRepository
from metkasekor_desktop.storage.repositories.plot_extras import PlotExtrasRepository
from metkasekor_desktop.storage.repositories.plots import PlotRepository
from metkasekor_desktop.storage.repositories.practices import PracticeRepository
from metkasekor_desktop.storage.repositories.providers import ProviderRepository
from metkasekor_desktop.storage.repositories.raster_stats import RasterStatsRepository
from metkasekor_desktop.storage.repositories.seasons import SeasonRepository
from metkasekor_desktop.storage.repositories.soil import SoilSampleRepository
from metkasekor_desktop.storage.repositories.trials import TrialRepository
from metkasekor_desktop.storage.repositories.yields import YieldRepository
from metkasekor_desktop.storage.schema import SCHEMA_VERSION, T

__all__ = ["Project", "ProjectError"]

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_PAGES = 256  # pages copied per step: progress stays lively on big projects


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _inspect(path: Path) -> int:
    """Check, without writing anything, that ``path`` is a sound project; its version."""
    name = path.name
    if not path.exists():
        raise ProjectError(f"The project file {name} was not found ({path}). It may have been "
                           "moved, renamed or deleted; choose it again with Open project.")
    if not path.is_file():
        raise ProjectError(f"{path} is a folder, not a project file; choose a .gpkg file.")
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC):
        raise ProjectError(f"{name} is not a MetKasekor project: it is not a GeoPackage "
                           "(SQLite) file. To bring in plots from a Shapefile or another file, "
                           "use Import instead.")
    if len(head) < 100:
        raise _damaged(path)
    # With no journal beside it, the file alone is the whole database: read it as
    # immutable, so that SQLite creates no side files and takes no locks.
    live = any(p.exists() for p in _sidecars(path)[:2])
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if live else "&immutable=1")
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise ProjectError(f"The project file {name} cannot be read ({error}). Check that "
                           "you may read it and that the drive is connected.") from None
    try:
        return _check_contents(con, path)
    except sqlite3.DatabaseError:
        raise _damaged(path) from None
    finally:
        con.close()


def _check_contents(con: sqlite3.Connection, path: Path) -> int:
    name = path.name
    (status,) = con.execute("PRAGMA quick_check").fetchone()
    if status != "ok":
        raise _damaged(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "mk_meta" not in tables:
        raise ProjectError(f"{name} is a GeoPackage but not a MetKasekor project. To use its "
                           "plots, create a project and import this file into it.")
    meta = dict(con.execute("SELECT key, value FROM mk_meta").fetchall())
    if meta.get("application") != migrations.APPLICATION:
        raise ProjectError(f"{name} was not made by MetKasekor Desktop and cannot be opened "
                           "as a project; import it into a project instead.")
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise _damaged(path) from None
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"The project {name} was made by a newer version of MetKasekor Desktop (project "
            f"format {version}; this program knows up to {SCHEMA_VERSION}). Update the "
            "application to open it; the file was not changed."
        )
    return version


def _damaged(path: Path) -> ProjectError:
    return ProjectError(
        f"The project file {path.name} is damaged (it may be incomplete after a copy or a "
        "crash) and cannot be opened. Open a backup copy of it; the file was not changed."
    )


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool if is_network_path(path)
                           else None)
    sql_functions.install(engine, journal_mode=journal_mode_for(path))
    return engine


def _checkpoint(engine: Engine) -> None:
    """Fold the WAL into the file, so that its header (GeoPackage ids) is on disk."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def journal_mode_for(path: Path) -> str:
    """WAL on local disks; the classic rollback journal on network shares."""
    return "DELETE" if is_network_path(path) else "WAL"


class Project:
    """An open project file and its repositories."""

    def __init__(self, path: Path, engine: Engine, schema_version: int) -> None:
        self.path = path
        self.engine = engine
        self.schema_version = schema_version
        self.farmers = FarmerRepository(engine)
        self.plots = PlotRepository(engine)
        self.seasons = SeasonRepository(engine)
        self.practices = PracticeRepository(engine)
        self.providers = ProviderRepository(engine)
        self.plans = PlanRepository(engine)
        self.trials = TrialRepository(engine)
        self.soil_samples = SoilSampleRepository(engine)
        self.yields = YieldRepository(engine)
        self.events = EventRepository(engine)
        self.raster_stats = RasterStatsRepository(engine)
        self.plot_extras = PlotExtrasRepository(engine)

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, catalogue: list[Practice] | None = None) -> Project:
        """A new, empty project at ``path`` with the practice catalogue."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"A file named {path.name} already exists in {path.parent}. "
                               "Choose another name, or open that file.")
        if not path.parent.is_dir():
            raise ProjectError(f"The folder {path.parent} does not exist; choose another "
                               "place for the project.")
        engine = _make_engine(path)
        try:
            with engine.begin() as conn:
                migrations.migrate(conn, 0)
                practices = PracticeRepository(engine)
                practices.add_many(default_catalogue() if catalogue is None else catalogue,
                                   conn=conn)
        except Exception as error:
            engine.dispose()
            for p in [path, *_sidecars(path)]:
                p.unlink(missing_ok=True)
            if isinstance(error, ProjectError):
                raise
            raise ProjectError(f"The project {path.name} could not be created: {error}") from None
        _checkpoint(engine)
        return cls(path, engine, SCHEMA_VERSION)

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open a project; an older format is upgraded in place in one transaction."""
        path = Path(path)
        version = _inspect(path)
        engine = _make_engine(path)
        try:
            if version < SCHEMA_VERSION:
                with engine.begin() as conn:
                    migrations.migrate(conn, version)
                _checkpoint(engine)
        except Exception as error:
            engine.dispose()
            raise ProjectError(f"The project {path.name} could not be upgraded to the current "
                               f"format ({error}); it was left as it was.") from None
        return cls(path, engine, SCHEMA_VERSION)

    # -- use ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction for several repository calls: all are kept, or none."""
        with self.engine.begin() as conn:
            yield conn

    def setting(self, key: str, default: str | None = None) -> str | None:
        table = T["project_settings"]
        with self.engine.connect() as conn:
            value = conn.execute(table.select().where(table.c.key == key)).first()
        return default if value is None else value.value

    def set_setting(self, key: str, value: str) -> None:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        table = T["project_settings"]
        stmt = sqlite_insert(table).values(key=key, value=value)
        with self.transaction() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=["key"],
                                                    set_={"value": value}))

    def close(self) -> None:
        """Close every connection (a WAL journal is folded back into the file)."""
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- copies ------------------------------------------------------------------------
    def backup_to(self, target: str | Path,
                  progress: Callable[[int, int], None] | None = None) -> Path:
        """Copy the project with SQLite's backup API (never a file copy of a live file).

        The copy holds every committed edit and is a single self-contained file.
        ``progress(done_pages, total_pages)`` is called as the copy advances.
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectError("A project cannot be copied onto itself; choose another name.")
        if target.exists():
            raise ProjectError(f"A file named {target.name} already exists in "
                               f"{target.parent}; choose another name.")

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        raw = self.engine.raw_connection()
        try:
            dest = sqlite3.connect(target)
            try:
                raw.driver_connection.backup(dest, pages=BACKUP_PAGES, progress=step)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        except sqlite3.Error as error:
            for p in [target, *_sidecars(target)]:
                p.unlink(missing_ok=True)
            raise ProjectError(f"The copy {target.name} could not be written ({error}). Check "
                               "the free space and that you may write there.") from None
        finally:
            raw.close()
        return target

    def save_as(self, target: str | Path,
                progress: Callable[[int, int], None] | None = None) -> Project:
        """Copy the project to ``target`` and open the copy (this project stays open)."""
        return Project.open(self.backup_to(target, progress))

    def __repr__(self) -> str:
        return f"Project({str(self.path)!r}, schema_version={self.schema_version})"


