"""The project: one GeoPackage file, opened safely, upgraded in place, copied safely.

Every problem found while opening is reported before anything is written, from a
read-only look at the file, so that a refused file is left exactly as it was.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.pool import NullPool

from metkasekor_desktop.domain.practice import Practice, default_catalogue
from metkasekor_desktop.storage import migrations, sql_functions
from metkasekor_desktop.storage.errors import (
    ProjectBusyError,
    ProjectError,
    ReadOnlyProjectError,
    WriteError,
    explain,
)
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
from metkasekor_desktop.storage.sql_functions import write_transaction
from metkasekor_desktop.storage.write_guard import (
    WriteGuard,
    file_identity,
    is_read_only,
    on_read_only_media,
)

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
    # immutable, so that SQLite creates no side files and takes no locks (a refused file
    # is left exactly as it was). Another program may write it meanwhile, so a file that
    # looks damaged is looked at once more before it is called damaged.
    live = any(p.exists() for p in _sidecars(path))
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if live else "&immutable=1")
    for attempt in (1, 2):
        try:
            con = sqlite3.connect(uri, uri=True, timeout=10)
        except sqlite3.Error as error:
            raise ProjectError(f"The project file {name} cannot be read ({error}). Check "
                               "that you may read it and that the drive is connected.") from None
        try:
            return _check_contents(con, path)
        except sqlite3.DatabaseError as error:
            failure = explain(error)
            if isinstance(failure, ProjectBusyError):
                raise ProjectError(f"The project file {name} cannot be read now: "
                                   f"{failure}") from None
            if attempt == 2:
                raise _damaged(path) from None
        finally:
            con.close()
        time.sleep(0.3)
    raise _damaged(path)  # never reached


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


def _recover_hot_journal(path: Path) -> None:
    """Roll back what a crash left in a rollback journal (network shares use one).

    A "hot" journal holds the pages of a transaction that never finished; SQLite puts
    them back the first time a writable connection reads the file, leaving the last
    committed state. A read-only look cannot do that, so it is done here first.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    if is_read_only(path):
        raise ProjectError(
            f"The project {path.name} was left in the middle of an edit (a crash or a power "
            "cut) and is on a read-only drive or folder, so it cannot be put back in order "
            f"here. Copy {path.name} together with {journal.name} to a folder where you may "
            "write, and open it there; nothing will be lost.")
    try:
        con = sqlite3.connect(path, timeout=10)
    except sqlite3.Error as error:
        raise ProjectError(f"The project file {path.name} cannot be read ({error}). Check "
                           "that you may read it and that the drive is connected.") from None
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        failure = explain(error)
        if failure is not None:
            raise ProjectError(str(failure)) from None
        raise _damaged(path) from None
    except sqlite3.DatabaseError:
        raise _damaged(path) from None
    finally:
        con.close()


def _make_engine(path: Path, guard: WriteGuard) -> Engine:
    if guard.read_only:
        # Read-only: SQLite must not try to create a journal; on read-only media nobody
        # can change the file, so it is read as immutable (no locks, no side files).
        flags = "mode=ro" + ("&immutable=1" if on_read_only_media(path) else "")
        url = f"sqlite:///file:{path.resolve().as_posix()}?{flags}&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url, poolclass=NullPool if is_network_path(path) else None)
    sql_functions.install(engine, guard)
    return engine


def _set_journal_mode(engine: Engine, mode: str) -> bool:
    """Switch the journal mode; SQLite refuses while another connection has the file
    open in WAL mode, which is what keeps another program's connection working."""
    raw = engine.raw_connection()
    try:
        con = sql_functions.sqlite_connection(raw)
        con.execute("PRAGMA busy_timeout=0")
        try:
            (now,) = con.execute(f"PRAGMA journal_mode={mode}").fetchone()
        except sqlite3.OperationalError:
            return False
        finally:
            con.execute("PRAGMA busy_timeout=5000")
        return str(now).upper() == mode
    finally:
        raw.close()


def _checkpoint(engine: Engine) -> None:
    """Fold the WAL into the file, so that its header (GeoPackage ids) is on disk."""
    raw = engine.raw_connection()
    try:
        sql_functions.sqlite_connection(raw).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handles to sync."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_leftover_parts(target: Path) -> None:
    """Remove the partial copies of ``target`` that a Save as killed midway (a crash, a
    power cut) left beside it, with their journals: nothing else cleans them up."""
    pattern = re.compile(re.escape(f".{target.name}.") + r"\d+\.part(-journal|-wal|-shm)?")
    try:
        leftovers = [p for p in target.parent.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return
    for p in leftovers:
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass  # still open elsewhere (Windows): left for next time


def journal_mode_for(path: Path) -> str:
    """WAL on local disks; the classic rollback journal on network shares."""
    return "DELETE" if is_network_path(path) else "WAL"


class Project:
    """An open project file and its repositories.

    ``read_only``: the file could not be written here (read-only drive, folder or file);
    everything reads, every write is refused with a message. ``guard`` checks each write
    (the file is still the one opened; the lock, with a visible wait).
    """

    def __init__(self, path: Path, engine: Engine, schema_version: int,
                 guard: WriteGuard | None = None) -> None:
        self.path = path
        self.engine = engine
        self.schema_version = schema_version
        self.guard = guard or WriteGuard(path)
        self.read_only = self.guard.read_only
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
        guard = WriteGuard(path)
        engine = _make_engine(path, guard)
        try:
            # WAL on local disks, the rollback journal on network shares: chosen once,
            # here, while no other program can have the file open.
            _set_journal_mode(engine, journal_mode_for(path))
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
        guard.identity = file_identity(path)
        return cls(path, engine, SCHEMA_VERSION, guard)

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open a project; an older format is upgraded in place in one transaction."""
        path = Path(path)
        if path.exists():
            _recover_hot_journal(path)
        version = _inspect(path)
        read_only = is_read_only(path)
        if read_only and version < SCHEMA_VERSION:
            raise ProjectError(
                f"The project {path.name} is in an older format (format {version}) and is on "
                "a read-only drive or folder, where it cannot be upgraded. Copy it to a folder "
                "where you may write and open the copy; the file was not changed.")
        guard = WriteGuard(path, read_only=read_only)
        engine = _make_engine(path, guard)
        try:
            if version < SCHEMA_VERSION:
                with write_transaction(engine) as conn:
                    migrations.migrate(conn, version)
                _checkpoint(engine)
        except Exception as error:
            engine.dispose()
            if isinstance(error, WriteError):
                raise ProjectError(f"The project {path.name} could not be upgraded to the "
                                   f"current format: {error}") from None
            raise ProjectError(f"The project {path.name} could not be upgraded to the current "
                               f"format ({error}); it was left as it was.") from None
        project = cls(path, engine, SCHEMA_VERSION, guard)
        if not read_only:
            if is_network_path(path):  # WAL does not work on a share: leave it if we can
                _set_journal_mode(engine, "DELETE")
            try:
                project.plots.refresh_missing_areas()
            except WriteError:
                pass  # busy or full: measured in memory for now, stored next time
        return project

    # -- use ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction for several repository calls: all are kept, or none.

        It takes the write lock first (waiting while another program holds it) and is
        refused when the project is read-only or its file has gone."""
        if self.read_only:
            raise ReadOnlyProjectError(
                f"The project {self.path.name} is open read-only (its drive, folder or file "
                "cannot be written here). Nothing was written. To edit it, save a copy "
                "where you may write (File > Save project as).", path=str(self.path))
        with write_transaction(self.engine) as conn:
            yield conn

    def file_problem(self) -> str | None:
        """Why the file under the project is no longer the one opened, or None."""
        return self.guard.file_problem()

    def rescue_after_move(self) -> None:
        """The file was moved or renamed: fold the journal into the file through the
        open connection, so the moved file holds every committed edit."""
        self.guard.gone = self.guard.file_problem()
        if self.read_only:
            return
        raw = self.engine.raw_connection()
        try:
            sql_functions.sqlite_connection(raw).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        finally:
            raw.close()

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

        # Written under a temporary name and renamed once complete: a copy cut short (a
        # crash, a full disk) never sits under the name the officer chose.
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        _remove_leftover_parts(target)
        raw = self.engine.raw_connection()
        try:
            dest = sqlite3.connect(partial)
            try:
                sql_functions.sqlite_connection(raw).backup(dest, pages=BACKUP_PAGES,
                                                            progress=step)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            with partial.open("rb+") as fh:
                os.fsync(fh.fileno())
            if target.exists():
                raise ProjectError(f"A file named {target.name} appeared in {target.parent} "
                                   "while the copy was written; choose another name.")
            os.replace(partial, target)
            _fsync_folder(target.parent)
        except (sqlite3.Error, OSError) as error:
            raise ProjectError(f"The copy {target.name} could not be written ({error}). Check "
                               "the free space and that you may write there.") from None
        finally:
            raw.close()
            for p in [partial, *_sidecars(partial)]:
                p.unlink(missing_ok=True)
        return target

    def save_as(self, target: str | Path,
                progress: Callable[[int, int], None] | None = None) -> Project:
        """Copy the project to ``target`` and open the copy (this project stays open).

        The copy gets WAL on a local disk (no other program can have it open yet)."""
        copy = self.backup_to(target, progress)
        project = Project.open(copy)
        if journal_mode_for(copy) == "WAL":
            _set_journal_mode(project.engine, "WAL")
        return project

    def __repr__(self) -> str:
        return f"Project({str(self.path)!r}, schema_version={self.schema_version})"


