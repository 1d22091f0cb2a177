"""A shared register to try on one PC: a local PostgreSQL server in a folder, holding a
register with the demo project published into it (``server demo``).

The server keeps running after the command, so that the window (and QGIS) can connect
to it; ``server demo FOLDER --stop`` stops it. It trusts connections from this PC only:
it is for trying the register, not for sharing one.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from metkasekor_desktop.domain.demo import build_demo
from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.domain.register_copy import CopyReport
from metkasekor_desktop.layers.qgis_styles import ensure_qgis_style
from metkasekor_desktop.layers.register_copy import publish
from metkasekor_desktop.storage import Project
from metkasekor_desktop.storage.dataset_writer import write_dataset
from metkasekor_desktop.storage.errors import ProjectError
from metkasekor_desktop.storage.postgis.local_server import LocalServer, MissingServer
from metkasekor_desktop.storage.postgis.register import initialise

DATABASE = "metkasekor"


def start_demo_register(folder: Path, *, port: int = 5433, plots: int = 2000
                        ) -> tuple[str, CopyReport | None]:
    """Start (making it the first time) the demo register in ``folder``; its URL, and
    what was published into it (None when it held the demo already)."""
    server = _server(folder, port)
    try:
        server.start()
    except RuntimeError as error:
        detail = str(error).strip().splitlines()[-1]
        if "Permission denied" in detail:  # run by root: the server runs as 'postgres'
            raise ProjectError(msg(
                "The demo register's server cannot use {folder}: it runs as the 'postgres' "
                "user, who may not enter that folder. Choose a folder every user may enter "
                "(e.g. under /srv or /tmp).", folder=str(folder))) from None
        raise ProjectError(msg("The demo register's server in {folder} did not start (is "
                               "port {port} taken? choose another with --port): {detail}",
                               folder=str(folder), port=port, detail=detail)) from None
    url = server.url(DATABASE)
    if server.has_database(DATABASE):
        return url, None
    server.execute(f"CREATE DATABASE {DATABASE}")
    server.execute("CREATE EXTENSION postgis", DATABASE)
    initialise(url)
    with Project.connect(url) as register:
        ensure_qgis_style(register, register=True)
    with tempfile.TemporaryDirectory(prefix="mk-demo-") as temp:
        office = write_dataset(Path(temp) / "demo.gpkg",
                               build_demo(n_plots=plots, elevation=False))
        report = publish(office, url)
    return url, report


def stop_demo_register(folder: Path, *, port: int = 5433) -> bool:
    """Stop the demo register's server in ``folder``; False when it was not running."""
    server = _server(folder, port)
    if not server.initialised or not server.running:
        return False
    server.stop()
    return True


def _server(folder: Path, port: int) -> LocalServer:
    try:
        return LocalServer(folder.resolve(), durable=True, port=port)
    except MissingServer as error:
        raise ProjectError(as_message(error)) from None
