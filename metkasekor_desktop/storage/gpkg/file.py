"""The project's GeoPackage as a file: looked at before it is opened, opened with the
right engine and journal, copied with SQLite's backup API.

Every problem found while opening is reported before anything is written, from a
read-only look at the file, so that a refused file is left exactly as it was.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.storage import migrations
from metkasekor_desktop.storage.errors import ProjectBusyError, ProjectError, explain
from metkasekor_desktop.storage.gpkg import functions
from metkasekor_desktop.storage.gpkg.netpath import is_network_path
from metkasekor_desktop.storage.gpkg.write_guard import (
    WriteGuard,
    is_read_only,
    on_read_only_media,
)
from metkasekor_desktop.storage.schema import SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_PAGES = 256  # pages copied per step: progress stays lively on big projects


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def inspect_file(path: Path) -> int:
    """Check, without writing anything, that ``path`` is a sound project; its version."""
    name = path.name
    if not path.exists():
        raise ProjectError(msg("The project file {name} was not found ({path}). It may have "
                               "been moved, renamed or deleted; choose it again with Open "
                               "project.", name=name, path=str(path)))
    if not path.is_file():
        raise ProjectError(msg("{path} is a folder, not a project file; choose a .gpkg file.",
                               path=str(path)))
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC):
        raise ProjectError(msg("{name} is not a MetKasekor project: it is not a GeoPackage "
                               "(SQLite) file. To bring in plots from a Shapefile or another "
                               "file, use Import instead.", name=name))
    if len(head) < 100:
        raise _damaged(path)
    # With no journal beside it, the file alone is the whole database: read it as
    # immutable, so that SQLite creates no side files and takes no locks (a refused file
    # is left exactly as it was). Another program may write it meanwhile, so a file that
    # looks damaged is looked at once more before it is called damaged.
    live = any(p.exists() for p in sidecars(path))
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if live else "&immutable=1")
    for attempt in (1, 2):
        try:
            con = sqlite3.connect(uri, uri=True, timeout=10)
        except sqlite3.Error as error:
            raise ProjectError(msg("The project file {name} cannot be read ({error}). Check "
                                   "that you may read it and that the drive is connected.",
                                   name=name, error=str(error))) from None
        try:
            return _check_contents(con, path)
        except sqlite3.DatabaseError as error:
            failure = explain(error)
            if isinstance(failure, ProjectBusyError):
                raise ProjectError(msg("The project file {name} cannot be read now: {reason}",
                                       name=name, reason=as_message(failure))) from None
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
        raise ProjectError(msg("{name} is a GeoPackage but not a MetKasekor project. To use "
                               "its plots, create a project and import this file into it.",
                               name=name))
    meta = dict(con.execute("SELECT key, value FROM mk_meta").fetchall())
    if meta.get("application") != migrations.APPLICATION:
        raise ProjectError(msg("{name} was not made by MetKasekor Desktop and cannot be "
                               "opened as a project; import it into a project instead.",
                               name=name))
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise _damaged(path) from None
    if version > SCHEMA_VERSION:
        raise ProjectError(msg(
            "The project {name} was made by a newer version of MetKasekor Desktop (project "
            "format {version}; this program knows up to {known}). Update the "
            "application to open it; the file was not changed.",
            name=name, version=version, known=SCHEMA_VERSION))
    return version


def _damaged(path: Path) -> ProjectError:
    return ProjectError(msg(
        "The project file {name} is damaged (it may be incomplete after a copy or a "
        "crash) and cannot be opened. Open a backup copy of it; the file was not changed.",
        name=path.name))


def recover_hot_journal(path: Path) -> None:
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
        raise ProjectError(msg(
            "The project {name} was left in the middle of an edit (a crash or a power "
            "cut) and is on a read-only drive or folder, so it cannot be put back in order "
            "here. Copy {name} together with {journal} to a folder where you may "
            "write, and open it there; nothing will be lost.",
            name=path.name, journal=journal.name))
    try:
        con = sqlite3.connect(path, timeout=10)
    except sqlite3.Error as error:
        raise ProjectError(msg("The project file {name} cannot be read ({error}). Check "
                               "that you may read it and that the drive is connected.",
                               name=path.name, error=str(error))) from None
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        failure = explain(error)
        if failure is not None:
            raise ProjectError(as_message(failure)) from None
        raise _damaged(path) from None
    except sqlite3.DatabaseError:
        raise _damaged(path) from None
    finally:
        con.close()


def make_engine(path: Path, guard: WriteGuard) -> Engine:
    if guard.read_only:
        # Read-only: SQLite must not try to create a journal; on read-only media nobody
        # can change the file, so it is read as immutable (no locks, no side files).
        flags = "mode=ro" + ("&immutable=1" if on_read_only_media(path) else "")
        url = f"sqlite:///file:{path.resolve().as_posix()}?{flags}&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url, poolclass=NullPool if is_network_path(path) else None)
    functions.install(engine, guard)
    return engine


def set_journal_mode(engine: Engine, mode: str) -> bool:
    """Switch the journal mode; SQLite refuses while another connection has the file
    open in WAL mode, which is what keeps another program's connection working."""
    raw = engine.raw_connection()
    try:
        con = functions.sqlite_connection(raw)
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


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the file, so that its header (GeoPackage ids) is on disk."""
    raw = engine.raw_connection()
    try:
        functions.sqlite_connection(raw).execute("PRAGMA wal_checkpoint(TRUNCATE)")
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


def backup(engine: Engine, target: Path,
           progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy the open database to ``target`` with SQLite's backup API (never a file copy
    of a live file); ``progress(done_pages, total_pages)`` as the copy advances."""

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    # Written under a temporary name and renamed once complete: a copy cut short (a
    # crash, a full disk) never sits under the name the officer chose.
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    _remove_leftover_parts(target)
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(partial)
        try:
            functions.sqlite_connection(raw).backup(dest, pages=BACKUP_PAGES,
                                                    progress=step)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        if target.exists():
            raise ProjectError(msg("A file named {name} appeared in {folder} while the copy "
                                   "was written; choose another name.",
                                   name=target.name, folder=str(target.parent)))
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except (sqlite3.Error, OSError) as error:
        raise ProjectError(msg("The copy {name} could not be written ({error}). Check "
                               "the free space and that you may write there.",
                               name=target.name, error=str(error))) from None

    finally:
        raw.close()
        for p in [partial, *sidecars(partial)]:
            p.unlink(missing_ok=True)
    return target
