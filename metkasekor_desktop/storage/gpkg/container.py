"""The GeoPackage core: header ids, the required tables and the R-tree extension.

Written as a GeoPackage 1.3 (its R-tree triggers and version number), which every GDAL
and QGIS in use reads without a warning: the GDAL of Debian 12 (3.6) warns about 1.4
files, and we use nothing that 1.4 added.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10300  # GeoPackage 1.3.0
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
RTREE_DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree"

_CORE_DDL = (
    """CREATE TABLE gpkg_spatial_ref_sys (
        srs_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL PRIMARY KEY,
        organization TEXT NOT NULL,
        organization_coordsys_id INTEGER NOT NULL,
        definition TEXT NOT NULL,
        description TEXT)""",
    f"""CREATE TABLE gpkg_contents (
        table_name TEXT NOT NULL PRIMARY KEY,
        data_type TEXT NOT NULL,
        identifier TEXT UNIQUE,
        description TEXT DEFAULT '',
        last_change DATETIME NOT NULL DEFAULT ({NOW_SQL}),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
        srs_id INTEGER,
        CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)
            REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE gpkg_geometry_columns (
        table_name TEXT NOT NULL,
        column_name TEXT NOT NULL,
        geometry_type_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL,
        z TINYINT NOT NULL,
        m TINYINT NOT NULL,
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
        CONSTRAINT uk_gc_table_name UNIQUE (table_name),
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
    """CREATE TABLE gpkg_extensions (
        table_name TEXT,
        column_name TEXT,
        extension_name TEXT NOT NULL,
        definition TEXT NOT NULL,
        scope TEXT NOT NULL,
        CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))""",
)


def _wkt(epsg: int) -> str:
    from pyproj import CRS

    return CRS.from_epsg(epsg).to_wkt("WKT1_GDAL")


def _srs_rows() -> list[dict[str, object]]:
    return [
        dict(srs_name="Undefined Cartesian SRS", srs_id=-1, organization="NONE",
             organization_coordsys_id=-1, definition="undefined",
             description="undefined Cartesian coordinate reference system"),
        dict(srs_name="Undefined geographic SRS", srs_id=0, organization="NONE",
             organization_coordsys_id=0, definition="undefined",
             description="undefined geographic coordinate reference system"),
        dict(srs_name="WGS 84 geodetic", srs_id=STORAGE_EPSG, organization="EPSG",
             organization_coordsys_id=STORAGE_EPSG, definition=_wkt(STORAGE_EPSG),
             description="longitude/latitude coordinates in decimal degrees on the WGS 84 "
             "spheroid"),
        dict(srs_name="WGS 84 / UTM zone 48N", srs_id=METRIC_EPSG, organization="EPSG",
             organization_coordsys_id=METRIC_EPSG, definition=_wkt(METRIC_EPSG),
             description="metric system for areas and distances in Cambodia"),
    ]


def create_core(conn: Connection) -> None:
    """Stamp the file as a GeoPackage and create its required tables."""
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {USER_VERSION}")
    for ddl in _CORE_DDL:
        conn.exec_driver_sql(ddl)
    conn.execute(
        text(
            "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
            "organization_coordsys_id, definition, description) VALUES (:srs_name, :srs_id, "
            ":organization, :organization_coordsys_id, :definition, :description)"
        ),
        _srs_rows(),
    )


def register_attributes(conn: Connection, table: str, description: str = "") -> None:
    """Announce a non-spatial table so that GIS software lists it."""
    conn.execute(
        text(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES (:t, 'attributes', :t, :d)"
        ),
        {"t": table, "d": description},
    )


def register_features(
    conn: Connection,
    table: str,
    *,
    column: str = "geom",
    geometry_type: str = "MULTIPOLYGON",
    srs_id: int = STORAGE_EPSG,
    pk: str = "fid",
    description: str = "",
) -> None:
    """Announce a feature table, its geometry column and its R-tree spatial index."""
    conn.execute(
        text(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
            "VALUES (:t, 'features', :t, :d, :srs)"
        ),
        {"t": table, "d": description, "srs": srs_id},
    )
    conn.execute(
        text(
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
            "srs_id, z, m) VALUES (:t, :c, :g, :srs, 0, 0)"
        ),
        {"t": table, "c": column, "g": geometry_type, "srs": srs_id},
    )
    create_rtree(conn, table, column, pk)


def rtree_triggers(t: str, c: str, i: str) -> list[str]:
    """The GeoPackage 1.3 R-tree triggers, in the order insert, update1-4, delete."""
    r = f"rtree_{t}_{c}"
    bounds = f"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    not_empty_new = f"(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))"
    return [
        f"""CREATE TRIGGER "{r}_insert" AFTER INSERT ON "{t}"
            WHEN (NEW.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW.{i}, {bounds}); END""",
        # Same row, a non-empty geometry: (re)place its entry.
        f"""CREATE TRIGGER "{r}_update1" AFTER UPDATE OF {c} ON "{t}"
            WHEN OLD.{i} = NEW.{i} AND {not_empty_new}
            BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW.{i}, {bounds}); END""",
        # Same row, geometry becomes null or empty: drop the entry.
        f"""CREATE TRIGGER "{r}_update2" AFTER UPDATE OF {c} ON "{t}"
            WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM "{r}" WHERE id = OLD.{i}; END""",
        # Row id changes, new geometry not empty: move the entry.
        f"""CREATE TRIGGER "{r}_update3" AFTER UPDATE ON "{t}"
            WHEN OLD.{i} != NEW.{i} AND {not_empty_new}
            BEGIN
              DELETE FROM "{r}" WHERE id = OLD.{i};
              INSERT OR REPLACE INTO "{r}" VALUES (NEW.{i}, {bounds});
            END""",
        # Row id changes, new geometry null or empty: drop both entries.
        f"""CREATE TRIGGER "{r}_update4" AFTER UPDATE ON "{t}"
            WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM "{r}" WHERE id IN (OLD.{i}, NEW.{i}); END""",
        f"""CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}"
            WHEN OLD.{c} NOT NULL
            BEGIN DELETE FROM "{r}" WHERE id = OLD.{i}; END""",
    ]


def use_geopackage_1_3(conn: Connection, table: str = "plots", column: str = "geom",
                       pk: str = "fid") -> None:
    """Turn a 1.4 file (R-tree triggers update5-7) into a 1.3 one (update1-4)."""
    r = f"rtree_{table}_{column}"
    for n in range(1, 8):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{r}_update{n}"')
    for ddl in rtree_triggers(table, column, pk)[1:5]:
        conn.exec_driver_sql(ddl)
    conn.exec_driver_sql(f"PRAGMA user_version = {USER_VERSION}")


def create_rtree(conn: Connection, table: str, column: str, pk: str) -> None:
    """Create the spatial index, fill it from existing rows, and add its triggers."""
    r = f"rtree_{table}_{column}"
    conn.exec_driver_sql(f'CREATE VIRTUAL TABLE "{r}" USING rtree(id, minx, maxx, miny, maxy)')
    conn.exec_driver_sql(
        f'INSERT OR REPLACE INTO "{r}" SELECT {pk}, ST_MinX({column}), ST_MaxX({column}), '
        f'ST_MinY({column}), ST_MaxY({column}) FROM "{table}" '
        f"WHERE {column} NOT NULL AND NOT ST_IsEmpty({column})"
    )
    for ddl in rtree_triggers(table, column, pk):
        conn.exec_driver_sql(ddl)
    conn.execute(
        text(
            "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, "
            "scope) VALUES (:t, :c, 'gpkg_rtree_index', :d, 'write-only')"
        ),
        {"t": table, "c": column, "d": RTREE_DEFINITION},
    )


def touch(conn: Connection, table: str) -> None:
    """Record that a table changed (gpkg_contents.last_change)."""
    conn.execute(
        text(f"UPDATE gpkg_contents SET last_change = {NOW_SQL} WHERE table_name = :t"),
        {"t": table},
    )


def extend_extent(
    conn: Connection, table: str, bounds: tuple[float, float, float, float] | None
) -> None:
    """Grow the table's extent in gpkg_contents by (minx, miny, maxx, maxy); touch it."""
    if bounds is None:
        touch(conn, table)
        return
    conn.execute(
        text(
            "UPDATE gpkg_contents SET "
            "min_x = min(coalesce(min_x, :x0), :x0), min_y = min(coalesce(min_y, :y0), :y0), "
            "max_x = max(coalesce(max_x, :x1), :x1), max_y = max(coalesce(max_y, :y1), :y1), "
            f"last_change = {NOW_SQL} WHERE table_name = :t"
        ),
        {"t": table, "x0": bounds[0], "y0": bounds[1], "x1": bounds[2], "y1": bounds[3]},
    )


def recompute_extent(conn: Connection, table: str, column: str = "geom") -> None:
    """Set the table's extent exactly from its R-tree (e.g. after deletions)."""
    r = f"rtree_{table}_{column}"
    conn.execute(
        text(
            "UPDATE gpkg_contents SET (min_x, min_y, max_x, max_y) = "
            f'(SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "{r}"), '
            f"last_change = {NOW_SQL} WHERE table_name = :t"
        ),
        {"t": table},
    )
