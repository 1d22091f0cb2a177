"""Schema versions of the project file and the steps between them.

The version lives in ``mk_meta`` (PRAGMA user_version belongs to GeoPackage). Each
step is one function run in the caller's transaction, so an upgrade either completes
or leaves the file as it was. A new project is every step run from nothing. What is
particular to the database (its own tables, announcing a table, the triggers of row
versions) each step asks of the backend.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, insert, select, update

from metkasekor_desktop.domain.event import ATTENDANCE_KIND_FIELDS
from metkasekor_desktop.domain.geometry import METRIC_EPSG
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.backend import Backend
from metkasekor_desktop.storage.row_versions import VERSIONED_AT_V5
from metkasekor_desktop.storage.schema import DESCRIPTIONS, SCHEMA_VERSION, build_metadata

APPLICATION = "metkasekor"
DEFAULT_SETTINGS = {"map_crs_epsg": str(METRIC_EPSG)}


def _v1_initial(conn: Connection, backend: Backend) -> None:
    """The container (the GeoPackage core) and the initial entity schema."""
    backend.create_container(conn)
    md = build_metadata(1)
    md.create_all(conn)
    for name in md.tables:
        backend.register_table(conn, name, DESCRIPTIONS.get(name, ""),
                               features=name == "plots")
    meta = md.tables["mk_meta"]
    conn.execute(insert(meta), [{"key": "application", "value": APPLICATION},
                                {"key": "schema_version", "value": "0"}])


def _v2_settings_and_event_village(conn: Connection, backend: Backend) -> None:
    """Project settings (the map CRS), the village of an extension event, and an index
    on plots.paired_plot_id that keeps bulk plot writes linear."""
    md = build_metadata(2)
    for index in md.tables["plots"].indexes:
        if [c.name for c in index.columns] == ["paired_plot_id"]:
            index.create(conn)
    settings = md.tables["project_settings"]
    settings.create(conn)
    backend.register_table(conn, "project_settings", DESCRIPTIONS["project_settings"])
    conn.execute(insert(settings), [{"key": k, "value": v} for k, v in DEFAULT_SETTINGS.items()])
    conn.exec_driver_sql("ALTER TABLE extension_events ADD COLUMN village_code TEXT")
    backend.touch(conn, "extension_events")


def _v3_raster_stats(conn: Connection, backend: Backend) -> None:
    """Zonal statistics of raster layers (mean, minimum, maximum) stored per plot."""
    table = build_metadata(3).tables["plot_raster_stats"]
    table.create(conn)
    backend.register_table(conn, table.name, DESCRIPTIONS[table.name])


def _v4_extra_attributes(conn: Connection, backend: Backend) -> None:
    """Columns of imported files that map to no plot field, kept per plot by name."""
    table = build_metadata(4).tables["plot_extra_attributes"]
    table.create(conn)
    backend.register_table(conn, table.name, DESCRIPTIONS[table.name])


def _v5_row_versions(conn: Connection, backend: Backend) -> None:
    """Row versions and their triggers (no edit overwrites another, whoever writes);
    plots that another program deletes keep their records (the delete is refused); a
    GeoPackage 1.3 file, which GDAL 3.6 (Debian 12) and QGIS read without a warning."""
    backend.install_row_versions(conn, VERSIONED_AT_V5)
    backend.upgrade_container(conn)


def _v6_target_populations(conn: Connection, backend: Backend) -> None:
    """Target populations: the farm households of each area (province, district, commune
    or village code), the market potential the adoption and diffusion analyses use; a
    register table with row versions from the start."""
    table = build_metadata(6).tables["target_populations"]
    table.create(conn)
    backend.register_table(conn, table.name, DESCRIPTIONS[table.name])
    backend.install_row_versions(conn, [table.name], add_columns=False)


def _v7_field_submissions(conn: Connection, backend: Backend) -> None:
    """The phone submissions imported (so a re-import adds nothing) and the media files
    kept with records; both written once, so without row versions."""
    md = build_metadata(7)
    for name in ("field_submissions", "record_media"):
        table = md.tables[name]
        table.create(conn)
        backend.register_table(conn, name, DESCRIPTIONS[name])


def _v8_attendance_by_kind(conn: Connection, backend: Backend) -> None:
    """The attendance of an extension event by kind (farmers, cooperatives, service
    providers, companies), 0 for the events already kept. An offline copy's change log
    takes the new columns when the upgrade makes its triggers again."""
    for name in ATTENDANCE_KIND_FIELDS:
        conn.exec_driver_sql(
            f"ALTER TABLE extension_events ADD COLUMN {name} INTEGER NOT NULL DEFAULT 0")
    backend.touch(conn, "extension_events")


# MIGRATIONS[i] brings a file from version i to version i + 1.
MIGRATIONS: list[Callable[[Connection, Backend], None]] = [
    _v1_initial, _v2_settings_and_event_village, _v3_raster_stats, _v4_extra_attributes,
    _v5_row_versions, _v6_target_populations, _v7_field_submissions,
    _v8_attendance_by_kind,
]
assert len(MIGRATIONS) == SCHEMA_VERSION


def read_version(conn: Connection) -> int:
    """The schema version recorded in the file (0 when it has none)."""
    meta = build_metadata(1).tables["mk_meta"]
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else 0


def _write_version(conn: Connection, version: int) -> None:
    meta = build_metadata(1).tables["mk_meta"]
    conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=str(version)))


def migrate(conn: Connection, backend: Backend, current: int,
            target: int = SCHEMA_VERSION) -> int:
    """Run the steps from ``current`` to ``target`` inside the caller's transaction."""
    if current > target:
        raise ValueError(msg("Cannot downgrade a project from version {current} to "
                             "{target}.", current=current, target=target))

    for version in range(current, target):
        MIGRATIONS[version](conn, backend)
        _write_version(conn, version + 1)
    return target
