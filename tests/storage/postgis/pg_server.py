"""A throwaway PostgreSQL server with PostGIS in a temporary folder, for the tests.

It listens on a Unix socket in its own folder only (no TCP port, nothing shared with
another test run), runs as an unprivileged user when the tests run as root (PostgreSQL
refuses to run as root), and is stopped at the end however the tests went. Fsync is off:
a crash of the test machine loses nothing that matters.
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

INSTALL_HINT = ("PostgreSQL with PostGIS is needed by these tests and is not installed: "
                "run ./dev.sh (it installs postgresql and postgresql-15-postgis-3 on Debian)")


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
    raise MissingServer(INSTALL_HINT + " (no initdb/pg_ctl under /usr/lib/postgresql/*/bin).")


def _has_postgis(bin_dir: Path) -> bool:
    share = subprocess.run([str(bin_dir / "pg_config"), "--sharedir"], capture_output=True,
                           text=True, check=False).stdout.strip()
    if not share:  # no pg_config: look where Debian puts it
        share = f"/usr/share/postgresql/{bin_dir.parent.name}"
    return bool(glob.glob(f"{share}/extension/postgis.control"))


class PostgresServer:
    """initdb + pg_ctl start in a temporary folder; :meth:`stop` removes everything."""

    superuser = "postgres"

    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        if not _has_postgis(self.bin_dir):
            raise MissingServer(INSTALL_HINT + f" (PostgreSQL in {self.bin_dir} has no "
                                "PostGIS extension).")
        # Under /tmp itself, not pytest's folder (mode 0700, owned by root), so that the
        # unprivileged user can reach it; a short path, as a socket path is limited.
        self.root = Path(tempfile.mkdtemp(prefix="mkpg-"))
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
        raise MissingServer("The tests run as root and there is no 'postgres' or 'nobody' "
                            "user to run PostgreSQL as (it refuses to run as root).")

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, object] = {}
        if self._user is not None:
            kwargs = {"user": self._user.pw_uid, "group": self._user.pw_gid,
                      "extra_groups": [], "cwd": str(self.root)}
        env = {"PATH": "/usr/bin:/bin", "LANG": "C", "LC_ALL": "C"}
        return subprocess.run([str(self.bin_dir / args[0]), *args[1:]], capture_output=True,
                              text=True, check=False, env=env, **kwargs)  # type: ignore[arg-type]

    def start(self) -> None:
        made = self._run("initdb", "-D", str(self.data), "-U", self.superuser,
                         "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C")
        if made.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{made.stdout}\n{made.stderr}")
        options = (f"-k {self.socket_dir} -c listen_addresses='' -F "
                   "-c full_page_writes=off -c synchronous_commit=off")
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                            "-t", "30", "-o", options, "start")
        if started.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed:\n{started.stdout}\n{started.stderr}\n{log}")
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
        return f"host={self.socket_dir} user={self.superuser} dbname={dbname}"

    def url(self, dbname: str) -> str:
        """The connection URL the application takes (``postgresql://...``)."""
        return f"postgresql://{self.superuser}@/{dbname}?host={self.socket_dir}"

    def execute(self, sql: str, dbname: str = "postgres") -> None:
        with psycopg.connect(self.conninfo(dbname), autocommit=True) as con:
            con.execute(sql.encode())

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
