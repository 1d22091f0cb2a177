"""The project: one GeoPackage file, opened safely, upgraded in place, copied safely;
or a shared register on PostgreSQL/PostGIS, connected to by its URL.

Every problem found while opening is reported before anything is written, from a
read-only look at the file (``gpkg/file.py``) or the database (``postgis/register.py``),
so that a refused project is left exactly as it was. The repositories reach the
database through its backend (``storage/backend.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, update

from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.domain.practice import Practice, default_catalogue
from metkasekor_desktop.storage import migrations
from metkasekor_desktop.storage.backend import Backend, ChangeWatcher
from metkasekor_desktop.storage.errors import (
    ProjectError,
    ReadOnlyProjectError,
    WriteError,
)
from metkasekor_desktop.storage.gpkg.backend import GeoPackageBackend
from metkasekor_desktop.storage.gpkg.file import (
    checkpoint,
    inspect_file,
    journal_mode_for,
    make_engine,
    recover_hot_journal,
    set_journal_mode,
    sidecars,
)
from metkasekor_desktop.storage.gpkg.netpath import is_network_path
from metkasekor_desktop.storage.gpkg.write_guard import (
    WriteGuard,
    file_identity,
    is_read_only,
)
from metkasekor_desktop.storage.history import History
from metkasekor_desktop.storage.postgis.backend import RegisterGuard
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
from metkasekor_desktop.storage.repositories.submissions import SubmissionRepository
from metkasekor_desktop.storage.repositories.targets import TargetRepository
from metkasekor_desktop.storage.repositories.trials import TrialRepository
from metkasekor_desktop.storage.repositories.yields import YieldRepository
from metkasekor_desktop.storage.schema import SCHEMA_VERSION, T

__all__ = ["Project", "ProjectError", "is_register_target", "journal_mode_for",
           "public_url"]


def is_register_target(target: object) -> bool:
    """Whether ``target`` (a path or text) is a register's connection URL, not a file."""
    from metkasekor_desktop.storage.postgis.register import is_register_url

    return isinstance(target, str) and is_register_url(target.strip())


def public_url(url: str) -> str:
    """A register's connection URL without its password (to show or remember)."""
    from metkasekor_desktop.storage.postgis.register import public_url as strip

    return strip(url)


def _relog_copy(conn: Connection) -> None:
    """An offline copy's change log follows the columns the upgrade added: its triggers
    are made again (``gpkg.sync_log``), in the upgrade's transaction."""
    from metkasekor_desktop.storage import sync_state
    from metkasekor_desktop.storage.gpkg import sync_log
    from metkasekor_desktop.storage.sync_tables import TABLES

    if sync_state.is_copy(conn):
        sync_log.install(conn, [t for t in TABLES if t.name in _tables_of(conn)])


def _tables_of(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


class Project:
    """An open project file (or shared register) and its repositories.

    ``read_only``: the file could not be written here (read-only drive, folder or file),
    or the register's user may not write; everything reads, every write is refused with
    a message. ``guard`` checks each write of a file (the file is still the one opened;
    the lock, with a visible wait). A register (:meth:`connect`) has ``url`` set, and
    ``path`` is just its database name (what a title bar shows): it has no file.
    """

    def __init__(self, path: Path, backend: Backend, schema_version: int,
                 guard: WriteGuard | RegisterGuard | None = None, *,
                 url: str | None = None, display_name: str | None = None) -> None:
        self.path = path
        self.url = url
        self.display_name = display_name or path.name
        self.backend = backend  # every repository reaches the database through it
        self.schema_version = schema_version
        self.guard = guard or WriteGuard(path)
        self.read_only = self.guard.read_only
        self.farmers = FarmerRepository(backend)
        self.plots = PlotRepository(backend)
        self.seasons = SeasonRepository(backend)
        self.practices = PracticeRepository(backend)
        self.providers = ProviderRepository(backend)
        self.plans = PlanRepository(backend)
        self.trials = TrialRepository(backend)
        self.soil_samples = SoilSampleRepository(backend)
        self.yields = YieldRepository(backend)
        self.events = EventRepository(backend)
        self.raster_stats = RasterStatsRepository(backend)
        self.plot_extras = PlotExtrasRepository(backend)
        self.targets = TargetRepository(backend)  # farm households per area code
        # Phone submissions imported, and the media files kept with records.
        self.submissions = SubmissionRepository(backend)
        # Every change kept by the server (a register's); a GeoPackage has none.
        self.history: History | None = None

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine of the project's database (for storage/ modules only)."""
        return self.backend.engine

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, catalogue: list[Practice] | None = None) -> Project:
        """A new, empty project at ``path`` with the practice catalogue."""
        path = Path(path)
        if path.exists():
            raise ProjectError(msg("A file named {name} already exists in {folder}. Choose "
                                   "another name, or open that file.",
                                   name=path.name, folder=str(path.parent)))
        if not path.parent.is_dir():
            raise ProjectError(msg("The folder {folder} does not exist; choose another "
                                   "place for the project.", folder=str(path.parent)))
        guard = WriteGuard(path)
        backend = GeoPackageBackend(make_engine(path, guard), path)
        try:
            # WAL on local disks, the rollback journal on network shares: chosen once,
            # here, while no other program can have the file open.
            set_journal_mode(backend.engine, journal_mode_for(path))
            with backend.engine.begin() as conn:
                migrations.migrate(conn, backend, 0)
                practices = PracticeRepository(backend)
                practices.add_many(default_catalogue() if catalogue is None else catalogue,
                                   conn=conn)
        except Exception as error:
            backend.close()
            for p in [path, *sidecars(path)]:
                p.unlink(missing_ok=True)
            if isinstance(error, ProjectError):
                raise
            raise ProjectError(msg("The project {name} could not be created: {reason}",
                                   name=path.name, reason=as_message(error))) from None
        checkpoint(backend.engine)
        guard.identity = file_identity(path)
        return cls(path, backend, SCHEMA_VERSION, guard)

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open a project; an older format is upgraded in place in one transaction."""
        path = Path(path)
        if path.exists():
            recover_hot_journal(path)
        version = inspect_file(path)
        read_only = is_read_only(path)
        if read_only and version < SCHEMA_VERSION:
            raise ProjectError(msg(
                "The project {name} is in an older format (format {version}) and is on "
                "a read-only drive or folder, where it cannot be upgraded. Copy it to a folder "
                "where you may write and open the copy; the file was not changed.",
                name=path.name, version=version))
        guard = WriteGuard(path, read_only=read_only)
        backend = GeoPackageBackend(make_engine(path, guard), path)
        try:
            if version < SCHEMA_VERSION:
                with backend.write_transaction() as conn:
                    migrations.migrate(conn, backend, version)
                    _relog_copy(conn)
                checkpoint(backend.engine)
        except Exception as error:
            backend.close()
            if isinstance(error, WriteError):
                raise ProjectError(msg("The project {name} could not be upgraded to the "
                                       "current format: {reason}",
                                       name=path.name, reason=as_message(error))) from None
            raise ProjectError(msg("The project {name} could not be upgraded to the current "
                                   "format ({reason}); it was left as it was.",
                                   name=path.name, reason=as_message(error))) from None
        project = cls(path, backend, SCHEMA_VERSION, guard)
        if not read_only:
            if is_network_path(path):  # WAL does not work on a share: leave it if we can
                set_journal_mode(backend.engine, "DELETE")
            try:
                project.plots.refresh_missing_areas()
            except WriteError:
                pass  # busy or full: measured in memory for now, stored next time
        return project

    @classmethod
    def connect(cls, url: str, password: str | None = None) -> Project:
        """Open the shared register at ``url`` (``postgresql://user@host/dbname``); it
        must have been initialised (``metkasekor-desktop server init URL``) and be at
        this program's format. Nothing is written while it is looked at.

        ``password`` is used for this connection only (it is never kept in ``url``);
        without it libpq reads the user's .pgpass or service file."""
        from metkasekor_desktop.storage.postgis.history import RegisterHistory
        from metkasekor_desktop.storage.postgis.register import connect_backend

        backend, name, state = connect_backend(url, password)
        database = backend.engine.url.database or "register"
        project = cls(Path(database), backend, SCHEMA_VERSION,
                      RegisterGuard(read_only=state.read_only), url=url, display_name=name)
        project.history = RegisterHistory.of(backend)  # None: made before history
        if not project.read_only:
            try:
                project.plots.refresh_missing_areas()  # plots another program drew
            except WriteError:
                pass  # busy: measured in memory for now, stored next time
        return project

    @classmethod
    def open_any(cls, target: str | Path, password: str | None = None) -> Project:
        """A project file (:meth:`open`) or, for a ``postgresql://`` or ``postgres://``
        URL, the shared register (:meth:`connect`): the one place that tells them apart."""
        if is_register_target(target):
            return cls.connect(str(target), password=password)
        return cls.open(target)

    @property
    def title(self) -> str:
        """What a title bar shows: the file's name, or ``dbname @ host`` of a register
        (never a password)."""
        if self.url is None:
            return self.path.name
        from metkasekor_desktop.storage.postgis.register import title_name

        return title_name(self.url)

    @property
    def is_register(self) -> bool:
        """A shared register on a server (no file: no copies, no journal)."""
        return self.url is not None

    def _file_backend(self) -> GeoPackageBackend:
        if not isinstance(self.backend, GeoPackageBackend):
            raise ProjectError(msg("The register {name} is a database on a server, not a "
                                   "file: it is not copied from here (its administrator "
                                   "backs it up with pg_dump).", name=self.display_name))
        return self.backend

    # -- use ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction for several repository calls: all are kept, or none.

        It takes the write lock first (waiting while another program holds it) and is
        refused when the project is read-only or its file has gone."""
        if self.read_only and self.is_register:
            raise ReadOnlyProjectError(msg(
                "The register {name} is open read-only (your database user may "
                "not change it, or the server is a read-only copy). Nothing was written. "
                "Ask its administrator for write access.", name=self.display_name),
                path=self.display_name)
        if self.read_only:
            raise ReadOnlyProjectError(msg(
                "The project {name} is open read-only (its drive, folder or file "
                "cannot be written here). Nothing was written. To edit it, save a copy "
                "where you may write (File > Save project as).", name=self.path.name),
                path=str(self.path))
        with self.backend.write_transaction() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """One read transaction for several repository calls: they see one state of
        the project, and no write lock is taken."""
        with self.backend.reading() as conn:
            yield conn

    def watch_changes(self) -> ChangeWatcher:
        """A watcher of the commits other programs make to the project."""
        return self.backend.watch_changes()

    def file_problem(self) -> str | None:
        """Why the file under the project is no longer the one opened, or None."""
        return self.guard.file_problem()

    def rescue_after_move(self) -> None:
        """The file was moved or renamed: fold the journal into the file through the
        open connection, so the moved file holds every committed edit."""
        self.guard.gone = self.guard.file_problem()
        if self.read_only or not isinstance(self.backend, GeoPackageBackend):
            return
        try:
            self.backend.checkpoint()
        except sqlite3.Error:
            pass

    def setting(self, key: str, default: str | None = None) -> str | None:
        table = T["project_settings"]
        with self.backend.reading() as conn:
            value = conn.execute(table.select().where(table.c.key == key)).first()
        return default if value is None else value.value

    def set_setting(self, key: str, value: str) -> None:
        table = T["project_settings"]
        with self.transaction() as conn:  # holds the write lock: nobody inserts between
            changed = conn.execute(update(table).where(table.c.key == key)
                                   .values(value=value)).rowcount
            if not changed:
                conn.execute(insert(table).values(key=key, value=value))

    def close(self) -> None:
        """Close every connection (a WAL journal is folded back into the file)."""
        self.backend.close()

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
        backend = self._file_backend()
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectError(msg("A project cannot be copied onto itself; choose another "
                                   "name."))
        if target.exists():
            raise ProjectError(msg("A file named {name} already exists in {folder}; choose "
                                   "another name.", name=target.name, folder=str(target.parent)))

        return backend.backup_to(target, progress)

    def save_as(self, target: str | Path,
                progress: Callable[[int, int], None] | None = None) -> Project:
        """Copy the project to ``target`` and open the copy (this project stays open).

        The copy gets WAL on a local disk (no other program can have it open yet)."""
        copy = self.backup_to(target, progress)
        project = Project.open(copy)
        if journal_mode_for(copy) == "WAL":
            project._file_backend().set_journal_mode("WAL")
        return project

    def __repr__(self) -> str:
        where = self.display_name if self.is_register else str(self.path)
        return f"Project({where!r}, schema_version={self.schema_version})"


