"""A PostgreSQL server with PostGIS of our own, in a folder: the test suite's throwaway
server, the benchmarks' durable one, and the register ``server demo`` leaves running for
an officer to try the shared register on one PC.

It listens on a Unix socket in its own folder (and, when given a port, on 127.0.0.1
only), trusts local connections (a trial or a test server, never a shared one), and
runs as an unprivileged user when started by root (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

from metkasekor_desktop.domain.messages import msg


class MissingServer(RuntimeError):
    """initdb/pg_ctl or PostGIS are not installed here."""


def find_bin_dir() -> Path:
    """The newest /usr/lib/postgresql/*/bin that has initdb and pg_ctl (Debian), else
    the folder of initdb on PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                        else 0, reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    raise MissingServer(msg("PostgreSQL with PostGIS is needed and is not installed: run "
                            "./dev.sh (it installs postgresql and postgresql-15-postgis-3 on "
                            "Debian) (no initdb/pg_ctl under /usr/lib/postgresql/*/bin)."))


def _has_postgis(bin_dir: Path) -> bool:
    share = subprocess.run([str(bin_dir / "pg_config"), "--sharedir"], capture_output=True,
                           text=True, check=False).stdout.strip()
    if not share:  # no pg_config: look where Debian puts it
        share = f"/usr/share/postgresql/{bin_dir.parent.name}"
    return bool(glob.glob(f"{share}/extension/postgis.control"))


class LocalServer:
    """initdb + pg_ctl in ``folder`` (a new temporary folder when None, removed again by
    :meth:`stop`). ``durable``: fsync and synchronous commits on, as a real server runs
    (off for the tests: a crash of a test machine loses nothing that matters)."""

    superuser = "postgres"

    def __init__(self, folder: Path | None = None, *, durable: bool = False,
                 port: int | None = None) -> None:
        self.durable = durable
        self.port = port
        self.bin_dir = find_bin_dir()
        if not _has_postgis(self.bin_dir):
            raise MissingServer(msg("PostgreSQL with PostGIS is needed and is not installed: "
                                    "run ./dev.sh (it installs postgresql and "
                                    "postgresql-15-postgis-3 on Debian) (PostgreSQL in "
                                    "{folder} has no PostGIS extension).",
                                    folder=str(self.bin_dir)))
        self.temporary = folder is None
        # A temporary one under /tmp itself (not pytest's folder, mode 0700 and owned by
        # root), so that the unprivileged user can reach it; a short path, as a socket
        # path is limited.
        self.root = Path(tempfile.mkdtemp(prefix="mkpg-")) if folder is None else folder
        self.root.mkdir(parents=True, exist_ok=True)
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.log = self.root / "server.log"
        self._user: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self._user = self._unprivileged_user()
            os.chown(self.root, self._user.pw_uid, self._user.pw_gid)
        self.started = False

    @staticmethod
    def _unprivileged_user() -> pwd.struct_passwd:
        for name in ("postgres", "nobody"):
            try:
                return pwd.getpwnam(name)
            except KeyError:
                continue
        raise MissingServer(msg("Run as root and there is no 'postgres' or 'nobody' user to "
                                "run PostgreSQL as (it refuses to run as root)."))

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": "/usr/bin:/bin", "LANG": "C", "LC_ALL": "C"}
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._user is None:
            return subprocess.run(command, capture_output=True, text=True, check=False,
                                  env=env)
        return subprocess.run(command, capture_output=True, text=True, check=False, env=env,
                              user=self._user.pw_uid, group=self._user.pw_gid,
                              extra_groups=[], cwd=str(self.root))

    @property
    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    @property
    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status").returncode == 0

    def start(self) -> None:
        """Make the cluster when the folder has none, and start it (waits until ready)."""
        if not self.initialised:
            made = self._run("initdb", "-D", str(self.data), "-U", self.superuser,
                             "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C")
            if made.returncode != 0:
                raise RuntimeError(msg("initdb failed:\n{output}\n{errors}",
                                       output=made.stdout, errors=made.stderr))
        if self.running:
            self.started = True
            return
        listen = f"127.0.0.1 -p {self.port}" if self.port else "''"
        options = f"-k {self.socket_dir} -c listen_addresses={listen}"
        if not self.durable:
            options += " -F -c full_page_writes=off -c synchronous_commit=off"
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                            "-t", "30", "-o", options, "start")
        if started.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(msg("pg_ctl start failed:\n{output}\n{errors}\n{log}",
                                   output=started.stdout, errors=started.stderr, log=log))

        self.started = True
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 10
        while True:
            try:
                with psycopg.connect(self.conninfo("postgres")):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def conninfo(self, dbname: str) -> str:
        port = f" port={self.port}" if self.port else ""
        return f"host={self.socket_dir}{port} user={self.superuser} dbname={dbname}"

    def url(self, dbname: str) -> str:
        """The connection URL the application takes (``postgresql://...``): over
        127.0.0.1 when the server has a port, else its Unix socket."""
        if self.port:
            return f"postgresql://{self.superuser}@127.0.0.1:{self.port}/{dbname}"
        return f"postgresql://{self.superuser}@/{dbname}?host={self.socket_dir}"

    def execute(self, sql: str, dbname: str = "postgres") -> None:
        with psycopg.connect(self.conninfo(dbname), autocommit=True) as con:
            con.execute(sql.encode())

    def has_database(self, dbname: str) -> bool:
        with psycopg.connect(self.conninfo("postgres")) as con:
            return con.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                               (dbname,)).fetchone() is not None

    def stop(self, remove: bool | None = None) -> None:
        """Stop the server; its folder is removed with everything in it when ``remove``
        (by default: when it is a temporary one). :meth:`start` starts it again."""
        try:
            if self.started or not self.temporary:
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
                self.started = False
        finally:
            if self.temporary if remove is None else remove:
                shutil.rmtree(self.root, ignore_errors=True)
