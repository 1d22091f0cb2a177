"""SQLAlchemy tables of the project file, one per domain entity.

Column types are the ones GeoPackage allows (INTEGER, REAL, TEXT, BOOLEAN, DATE,
DATETIME, the geometry type name), so GDAL and QGIS read every table with the right
field types. Codes are always TEXT: their leading zeros matter.

The same tables serve a shared register on PostgreSQL/PostGIS (``storage/postgis/``):
the few GeoPackage-specific types say how they are spelled there (``@compiles`` for the
``postgresql`` dialect only), so the GeoPackage DDL stays exactly as it was.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BOOLEAN,
    DATE,
    INTEGER,
    REAL,
    TEXT,
    Column,
    ForeignKey,
    Index,
    MetaData,
    Table,
    UniqueConstraint,
    literal_column,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import TypeDecorator, UserDefinedType

from metkasekor_desktop.domain.event import ATTENDANCE_KIND_FIELDS
from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.soil import INDICATORS
from metkasekor_desktop.storage.row_versions import VERSIONED, editor_name, now

SCHEMA_VERSION = 8  # the newest schema this program writes and understands


class GpkgDateTime(UserDefinedType):
    """DATETIME as GeoPackage text, ``YYYY-MM-DDTHH:MM:SS.sssZ`` in UTC."""

    cache_ok = True

    def get_col_spec(self, **_kw: object) -> str:
        return "DATETIME"

    def bind_processor(self, dialect):  # noqa: ANN001, ANN201
        if dialect.name == "postgresql":  # timestamptz: the driver takes datetimes
            return _aware_utc
        return to_gpkg_datetime

    def result_processor(self, dialect, _coltype):  # noqa: ANN001, ANN201
        if dialect.name == "postgresql":
            return _aware_utc
        return from_gpkg_datetime


@compiles(GpkgDateTime, "postgresql")
def _pg_datetime(_type: GpkgDateTime, _compiler: Any, **_kw: Any) -> str:
    return "TIMESTAMP WITH TIME ZONE"


def _aware_utc(value: Any) -> Any:
    """A datetime in UTC (naive ones are taken as UTC); text as stored is passed on."""
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


@lru_cache(maxsize=4096)  # a bulk write stamps thousands of rows with one time
def to_gpkg_datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def from_gpkg_datetime(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


class MultiPolygonBlob(UserDefinedType):
    """A GeoPackage geometry blob; the repositories encode and decode in bulk."""

    cache_ok = True

    def get_col_spec(self, **_kw: object) -> str:
        return "MULTIPOLYGON"


@compiles(MultiPolygonBlob, "postgresql")
def _pg_geometry(_type: MultiPolygonBlob, _compiler: Any, **_kw: Any) -> str:
    return f"geometry(MultiPolygon, {STORAGE_EPSG})"  # PostGIS, with a GiST index


class Real(REAL):
    """REAL: 8-byte floats in SQLite; PostgreSQL's REAL has only 4 bytes, so there it is
    DOUBLE PRECISION."""


@compiles(Real, "postgresql")
def _pg_real(_type: Real, _compiler: Any, **_kw: Any) -> str:
    return "DOUBLE PRECISION"


class Flag(ColumnElement[bool]):
    """A boolean server default: 0/1 in SQLite (as GeoPackage files have it), false/true
    in PostgreSQL, whose booleans take no integers."""

    inherit_cache = True

    def __init__(self, value: bool) -> None:
        self.value = value


@compiles(Flag)
def _flag(element: Flag, _compiler: Any, **_kw: Any) -> str:
    return "1" if element.value else "0"


@compiles(Flag, "postgresql")
def _pg_flag(element: Flag, _compiler: Any, **_kw: Any) -> str:
    return "true" if element.value else "false"


class JsonText(TypeDecorator):
    """Lists and small dicts stored as JSON text (readable in any GIS)."""

    impl = TEXT
    cache_ok = True

    def process_bind_param(self, value, _dialect):  # noqa: ANN001, ANN201
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def process_result_value(self, value, _dialect):  # noqa: ANN001, ANN201
        return None if value is None else json.loads(value)


def _text(name: str, **kw: Any) -> Column:
    return Column(name, TEXT, nullable=False, server_default="", **kw)


def _pk() -> Column:
    return Column("id", INTEGER, primary_key=True)


def _fk(name: str, target: str, ondelete: str, nullable: bool = False) -> Column:
    return Column(name, INTEGER, ForeignKey(target, ondelete=ondelete), nullable=nullable,
                  index=True)


def build_metadata(version: int = SCHEMA_VERSION) -> MetaData:
    """The tables as they are at a schema ``version`` (migrations build older ones)."""
    md = MetaData()
    # ids are never reused, so undo stays safe
    auto: dict[str, Any] = {"sqlite_autoincrement": True}
    Table("mk_meta", md, _pk(), Column("key", TEXT, nullable=False, unique=True),
          Column("value", TEXT), **auto)
    Table(
        "farmers", md, _pk(), _text("name_kh"), _text("name_latin"), Column("sex", TEXT),
        _text("phone"), Column("village_code", TEXT), _text("cooperative"),
        Column("early_adopter", BOOLEAN, nullable=False, server_default=Flag(False)), **auto,
    )
    Table(
        "plots", md,
        Column("fid", INTEGER, primary_key=True),
        Column("geom", MultiPolygonBlob()),
        Column("code", TEXT, nullable=False, unique=True),
        _text("name"),
        _fk("farmer_id", "farmers.id", "RESTRICT", nullable=True),
        Column("village_code", TEXT, index=True),
        Column("role", TEXT, nullable=False),
        # Indexed from v2: without it SQLite scans every plot to check the deferred
        # foreign key each time a plot is written (minutes for a province's plots).
        Column("paired_plot_id", INTEGER, ForeignKey("plots.fid", ondelete="SET NULL",
                                                  deferrable=True, initially="DEFERRED"),
               index=version >= 2),
        _text("soil_type"), _text("notes"),
        Column("area_ha", Real),
        Column("created_at", GpkgDateTime()), Column("modified_at", GpkgDateTime()),
        **auto,
    )
    Table(
        "seasons", md, _pk(), Column("name", TEXT, nullable=False, unique=True),
        Column("year", INTEGER, nullable=False), Column("kind", TEXT, nullable=False),
        Column("start_date", DATE), Column("end_date", DATE), **auto,
    )
    Table(
        "practices", md, _pk(), Column("key", TEXT, nullable=False, unique=True),
        _text("name_en"), _text("name_kh"), Column("kind", TEXT, nullable=False),
        Column("service", TEXT),
        Column("is_ca", BOOLEAN, nullable=False, server_default=Flag(True)),
        _text("description"), **auto,
    )
    Table(
        "providers", md, _pk(), Column("name", TEXT, nullable=False),
        Column("kind", TEXT, nullable=False), Column("services", JsonText(), nullable=False),
        _text("contact_person"), _text("phone"), _text("email"),
        Column("provinces", JsonText(), nullable=False), _text("notes"), **auto,
    )
    Table(
        "plot_season_plans", md, _pk(),
        _fk("plot_id", "plots.fid", "CASCADE"), _fk("season_id", "seasons.id", "RESTRICT"),
        Column("crops", JsonText(), nullable=False), Column("status", TEXT, nullable=False),
        Column("planned_date", DATE), Column("done_date", DATE), Column("cost", Real),
        _text("notes"), UniqueConstraint("plot_id", "season_id"), **auto,
    )
    Table(
        "plan_practices", md, _pk(),
        _fk("plan_id", "plot_season_plans.id", "CASCADE"),
        _fk("practice_id", "practices.id", "RESTRICT"),
        _fk("provider_id", "providers.id", "RESTRICT", nullable=True),
        Column("position", INTEGER, nullable=False, server_default=text("0")),
        Column("details", JsonText(), nullable=False), Column("cost", Real),
        UniqueConstraint("plan_id", "practice_id"), **auto,
    )
    Table(
        "trials", md, _pk(), Column("name", TEXT, nullable=False),
        Column("design", TEXT, nullable=False), _text("description"), **auto,
    )
    Table(
        "trial_seasons", md, _pk(), _fk("trial_id", "trials.id", "CASCADE"),
        _fk("season_id", "seasons.id", "RESTRICT"),
        UniqueConstraint("trial_id", "season_id"), **auto,
    )
    Table(
        "trial_members", md, _pk(), _fk("trial_id", "trials.id", "CASCADE"),
        _fk("plot_id", "plots.fid", "CASCADE"),
        Column("treatment", TEXT, nullable=False), _text("block"),
        Column("position", INTEGER, nullable=False, server_default=text("0")),
        UniqueConstraint("trial_id", "plot_id"), **auto,
    )
    Table(
        "soil_samples", md, _pk(), _fk("plot_id", "plots.fid", "CASCADE"),
        _fk("season_id", "seasons.id", "RESTRICT", nullable=True),
        Column("sample_date", DATE), Column("depth_from_cm", Real, nullable=False),
        Column("depth_to_cm", Real, nullable=False), _text("method"), _text("lab"),
        *[Column(key, Real) for key in INDICATORS], _text("notes"), **auto,
    )
    Table(
        "yield_records", md, _pk(), _fk("plot_id", "plots.fid", "CASCADE"),
        _fk("season_id", "seasons.id", "RESTRICT"), Column("crop", TEXT, nullable=False),
        Column("harvest_date", DATE), Column("method", TEXT, nullable=False),
        Column("sample_area_m2", Real), Column("fresh_weight_kg", Real, nullable=False),
        Column("moisture_pct", Real), Column("labour_days", Real), Column("input_cost", Real),
        Column("service_cost", Real), Column("price_per_kg", Real), _text("notes"), **auto,
    )
    event_cols = [
        _pk(), Column("stage", TEXT, nullable=False), Column("event_date", DATE, nullable=False),
        _text("place"), Column("women", INTEGER, nullable=False, server_default=text("0")),
        Column("men", INTEGER, nullable=False, server_default=text("0")), _text("notes"),
    ]
    if version >= 2:
        event_cols.append(Column("village_code", TEXT))
    if version >= 8:  # attendance by kind, beside the attendance by sex
        event_cols += [Column(name, INTEGER, nullable=False, server_default=text("0"))
                       for name in ATTENDANCE_KIND_FIELDS]
    Table("extension_events", md, *event_cols, **auto)
    Table(
        "event_plots", md, _pk(), _fk("event_id", "extension_events.id", "CASCADE"),
        _fk("plot_id", "plots.fid", "CASCADE"), UniqueConstraint("event_id", "plot_id"), **auto,
    )
    if version >= 2:
        Table("project_settings", md, _pk(), Column("key", TEXT, nullable=False, unique=True),
              Column("value", TEXT), **auto)
    if version >= 3:
        Table(
            "plot_raster_stats", md, _pk(), _fk("plot_id", "plots.fid", "CASCADE"),
            Column("layer", TEXT, nullable=False), Column("count", Real),
            Column("mean", Real), Column("min", Real), Column("max", Real),
            Column("computed_at", GpkgDateTime()), UniqueConstraint("plot_id", "layer"),
            **auto,
        )
    if version >= 4:
        Table(
            "plot_extra_attributes", md, _pk(), _fk("plot_id", "plots.fid", "CASCADE"),
            Column("name", TEXT, nullable=False), Column("value", TEXT),
            UniqueConstraint("plot_id", "name"), **auto,
        )
    if version >= 6:
        # The farm households of an area (province, district, commune or village code).
        Table(
            "target_populations", md, _pk(),
            Column("area_code", TEXT, nullable=False, unique=True),
            Column("households", Real, nullable=False), _text("source"), **auto,
        )
    if version >= 7:
        # Phone submissions imported (written once, never edited: no row versions); the
        # instance id makes a re-import of the same or a later export add nothing.
        Table(
            "field_submissions", md, _pk(),
            Column("instance_id", TEXT, nullable=False, unique=True),
            Column("form_id", TEXT, nullable=False), Column("submitted_at", GpkgDateTime()),
            Column("submitter", TEXT), Column("imported_at", GpkgDateTime(), nullable=False),
            Column("record_table", TEXT), Column("record_id", INTEGER), **auto,
        )
        # Photos kept with their record; ``path`` is relative to the project's folder.
        Table(
            "record_media", md, _pk(), Column("record_table", TEXT, nullable=False),
            Column("record_id", INTEGER, nullable=False),
            Column("file_name", TEXT, nullable=False), Column("path", TEXT, nullable=False),
            Column("instance_id", TEXT),
            Index("ix_record_media_record", "record_table", "record_id"), **auto,
        )
    if version >= 5:
        for name in VERSIONED:
            if name in md.tables:  # a table made after v5 has its versions from the start
                _add_version_columns(md.tables[name])
    return md


def _add_version_columns(table: Table) -> None:
    """The row version every write checks, and who wrote the row last and when."""
    table.append_column(Column("mk_version", INTEGER, nullable=False,
                               server_default=text("1"),
                               onupdate=literal_column("mk_version") + 1))
    table.append_column(Column("mk_edited_by", TEXT, default=editor_name,
                               onupdate=editor_name))
    table.append_column(Column("mk_edited_at", GpkgDateTime(), default=now, onupdate=now))


METADATA = build_metadata()
T = METADATA.tables  # short access for the repositories: T["plots"]

# Human descriptions written into gpkg_contents, shown by QGIS and GDAL.
DESCRIPTIONS = {
    "mk_meta": "MetKasekor project information (schema version)",
    "farmers": "Farmers",
    "plots": "Farm plots (WGS 84)",
    "seasons": "Cropping seasons",
    "practices": "Catalogue of conservation-agriculture practices",
    "providers": "Service providers",
    "plot_season_plans": "What each plot gets in each season",
    "plan_practices": "Practices of each season plan",
    "trials": "On-farm trials",
    "trial_seasons": "Seasons of each trial",
    "trial_members": "Plots of each trial",
    "soil_samples": "Soil-health samples",
    "yield_records": "Yield records",
    "extension_events": "Extension events",
    "event_plots": "Plots visited at each event",
    "project_settings": "Project settings",
    "plot_raster_stats": "Zonal statistics of raster layers per plot",
    "plot_extra_attributes": "Attributes of imported plots that have no field of their own",
    "target_populations": "Target populations: farm households per province, district, "
                          "commune or village code",
    "field_submissions": "Submissions imported from the phone forms (ODK Collect, "
                         "KoboCollect) and the record each one wrote",
    "record_media": "Photos and other files kept with a record (paths relative to the "
                    "project file's folder)",
}
