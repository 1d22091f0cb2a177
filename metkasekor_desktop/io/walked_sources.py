"""Boundaries walked in the field, read into plain features: phone-form CSV and GPX.

Both hold WGS 84 longitude/latitude (a CSV whose shapes lie mostly outside the range of
degrees is taken to be in metres and gets no CRS, so the import asks for one). A
lon/lat CSV of points is joined, per plot code and in row order, into polygons; a GPX
track, route or the waypoints become one polygon each, in the order they were walked.
:mod:`vector_source` dispatches to these readers; they never write anything.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from shapely.geometry import Polygon

from metkasekor_desktop.domain.codes import khmer_digits_to_ascii
from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.io.file_checks import FileProblem, SourceCheck
from metkasekor_desktop.io.form_csv import (
    FormCsvError,
    FormTable,
    _key,
    read_form_csv,
    rows_to_polygons,
)
from metkasekor_desktop.io.gpx import GpxData, GpxError, points_in_walk_order, read_gpx
from metkasekor_desktop.io.source_features import (
    Progress,
    SourceError,
    SourceFeatures,
    SourceInfo,
    SourceLayer,
)

GPX_LAYERS = ("tracks", "routes", "waypoints")
_E = 1e-9  # degrees: 180.00000000000006 is 180 written by a GIS, not a place off Earth
_GROUP_NAMES = ("plot_code", "plot_id", "plotcode", "plotid", "plot", "code")


def _wgs84() -> tuple[str, int]:
    from pyproj import CRS

    return CRS.from_epsg(4326).to_wkt(), 4326


def _no_flags(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros(n, dtype=bool), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)


def _as_array(geometries: list) -> np.ndarray:
    array = np.empty(len(geometries), dtype=object)
    array[:] = geometries
    return array


# --- GPX ------------------------------------------------------------------------------


def _gpx(path: Path) -> GpxData:
    try:
        return read_gpx(path)
    except GpxError as exc:
        raise SourceError(as_message(exc)) from None


def gpx_layers(path: Path) -> list[SourceLayer]:
    """The layers of a GPX file that hold something: tracks, routes, waypoints."""
    data = _gpx(path)
    counts = {"tracks": len(data.tracks), "routes": len(data.routes),
              "waypoints": 1 if data.waypoints else 0}
    return [SourceLayer(name, counts[name], "Polygon", ["name"])
            for name in GPX_LAYERS if counts[name]]


def read_gpx_layer(path: Path, layer: str, progress: Progress | None) -> SourceFeatures:
    """One polygon per track or route, or one of all the waypoints, in WGS 84."""
    data = _gpx(path)
    if layer == "waypoints":
        names = [path.stem] if data.waypoints else []
        sources = [("waypoints", 0)] if data.waypoints else []
    else:
        lines = data.tracks if layer == "tracks" else data.routes
        names = [line.name for line in lines]
        sources = [("track" if layer == "tracks" else "route", i) for i in range(len(lines))]
    geometries: list[Polygon | None] = []
    notes: dict[int, list[str]] = {}
    for number, (source, index) in enumerate(sources, start=1):
        try:
            geometries.append(Polygon(points_in_walk_order(data, source, index)))
        except GpxError as exc:
            geometries.append(None)
            notes[number] = [as_message(exc)]
    if progress:
        progress(len(sources), len(sources))
    wkt, epsg = _wgs84()
    return SourceFeatures(layer, ["name"], {"name": list(names)}, _as_array(geometries),
                          list(range(1, len(sources) + 1)), *_no_flags(len(sources)),
                          wkt, epsg, "utf-8", notes)


# --- phone-form CSV -------------------------------------------------------------------


def open_form_csv(path: Path) -> SourceInfo:
    """A phone-form CSV checked and listed as one layer; refuses with SourceError."""
    if not path.is_file():
        raise SourceError(msg("{file} does not exist or is not a file. Choose the file again.",
                              file=path.name))
    table = _form_table(path)
    check = SourceCheck("csv", path, [])
    if not table.encoding.startswith("utf-8"):
        check.problems.append(FileProblem(
            path.name, msg("{file} is not UTF-8; it was read as {encoding}. If names "
                           "look wrong, export the form data again as CSV (UTF-8).",
                           file=path.name, encoding=table.encoding), fatal=False))
    count = (len(_groups(table)[1]) or -1) if table.kind == "lonlat" else len(table.rows)
    if table.kind == "lonlat" and not _lonlat_named(table):
        check.problems.append(FileProblem(
            path.name, msg("The columns '{x}' and '{y}' of {file} are not named longitude and "
                           "latitude: their coordinate system is asked for (command line: "
                           "--crs).", x=table.geometry_column, y=table.latitude_column,
                           file=path.name), fatal=False))
    layer = SourceLayer("", count, "Polygon", _csv_columns(table))
    return SourceInfo(path, "csv", [layer], check)


def _form_table(path: Path) -> FormTable:
    try:
        return read_form_csv(path)
    except FormCsvError as exc:
        reason = as_message(exc)
        if path.name in reason:
            raise SourceError(reason) from None
        raise SourceError(msg("{file}: {problem}", file=path.name, problem=reason)) from None


def _csv_columns(table: FormTable) -> list[str]:
    geometry = {table.geometry_column, table.latitude_column}
    return [h for h in table.headers if h not in geometry]


def _groups(table: FormTable, chosen: str | None = None,
            path: Path | None = None) -> tuple[str | None, dict[str, list[int]]]:
    """The plot-code column of a lon/lat table and the row indices of each plot, in order.

    ``chosen``: the column the user named. Without it, a column named like a plot code;
    without one, the rows are never joined into one boundary: the import is refused with
    what to give (when ``path`` is given; else the count is 0, for the layer list)."""
    keys = {h: _key(h) for h in _csv_columns(table)}
    column = None
    if chosen is not None:
        if chosen not in keys:
            raise SourceError(msg("{file} has no column '{column}' to group its points by; "
                                  "its columns: {columns}.",
                                  file=path.name if path else msg("The file"), column=chosen,
                                  columns=", ".join(keys)))
        column = chosen
    for name in _GROUP_NAMES if column is None else ():
        found = [h for h, k in keys.items()  # "group/plot_code" too, not "farmer_code"
                 if k == name or (name != "code" and k.endswith("_" + name))]
        if found:
            column = found[0]
            break
    if column is None:
        if path is None:
            return None, {}
        raise SourceError(msg(
            "{file} holds one point per row (columns '{x}' and '{y}') but no column says "
            "which plot each point belongs to, so its rows are not joined into a boundary. "
            "Choose the plot-code column (command line: --map code=COLUMN), or add a "
            "'plot_code' column to the file.", file=path.name, x=table.geometry_column,
            y=table.latitude_column))
    groups: dict[str, list[int]] = {}
    for index, value in enumerate(table.column(column)):
        groups.setdefault(value.strip(), []).append(index)
    return column, groups


def _lonlat_named(table: FormTable) -> bool:
    """Whether the point columns say they hold degrees (not just "x" and "y")."""
    lon, lat = _key(table.geometry_column), _key(table.latitude_column or "")
    return (lon.rsplit("_", 1)[-1] in ("longitude", "lon", "long", "lng")
            and lat.rsplit("_", 1)[-1] in ("latitude", "lat"))


def read_form_csv_layer(path: Path, progress: Progress | None,
                        group: str | None = None) -> SourceFeatures:
    """The plots of a phone-form CSV: one per row, or one per plot code of lon/lat points.

    Points in columns named only like "x" and "y", or whose numbers are not degrees,
    get no coordinate system: the import asks for it instead of assuming WGS 84."""
    table = _form_table(path)
    columns = _csv_columns(table)
    indices = [table.headers.index(c) for c in columns]
    numbers = table.row_numbers or list(range(2, len(table.rows) + 2))
    wkt, epsg = _wgs84()
    had_z: list[bool] = []
    curved: list[bool] = []
    if table.kind == "lonlat":
        chosen, geometries, notes, metres = _lonlat_polygons(table, numbers, group, path)
        metres = metres or not _lonlat_named(table)
    else:
        chosen, geometries, notes = list(range(len(table.rows))), [], {}
        for result in rows_to_polygons(table):
            geometries.append(result.polygon)
            had_z.append(result.had_z)
            curved.append(result.curved)
            if result.problem:
                notes[result.row] = [result.problem]
        metres = _mostly_metres([g.bounds for g in geometries if g is not None])
    values = {c: [table.rows[r][i].strip() or None for r in chosen]
              for c, i in zip(columns, indices, strict=True)}
    flags = _no_flags(len(chosen))
    if had_z:
        flags[0][:] = had_z
        flags[2][:] = curved
    if progress:
        progress(len(chosen), len(chosen))
    encoding = "utf-8" if table.encoding.startswith("utf-8") else table.encoding
    return SourceFeatures("", columns, values, _as_array(geometries),
                          [numbers[r] for r in chosen], *flags, None if metres else wkt,
                          None if metres else epsg, encoding, notes)


def _mostly_metres(bounds: list[tuple[float, float, float, float]]) -> bool:
    """True when most shapes lie outside the range of degrees: they are in metres."""
    outside = sum(1 for x0, y0, x1, y1 in bounds
                  if max(abs(x0), abs(x1)) > 180 + _E or max(abs(y0), abs(y1)) > 90 + _E)
    return bool(bounds) and outside * 2 > len(bounds)


def _number(text: str) -> float | None:
    try:
        value = float(khmer_digits_to_ascii(text).strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _lonlat_polygons(table: FormTable, numbers: list[int], group: str | None, path: Path):
    """Points of a lon/lat table joined, per plot code and in row order, into polygons."""
    column, groups = _groups(table, group, path)
    xs = [_number(v) for v in table.column(table.geometry_column)]
    ys = [_number(v) for v in table.column(table.latitude_column or "")]
    metres = _mostly_metres([(x, y, x, y) for x, y in zip(xs, ys, strict=True)
                             if x is not None and y is not None])
    points: dict[int, tuple[float, float]] = {}
    problems: dict[int, str] = {}
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if x is None or y is None:
            problems[i] = msg("Row {row}: the longitude or latitude is not a number.",
                              row=numbers[i])
        elif not metres and not (-180 - _E <= x <= 180 + _E and -90 - _E <= y <= 90 + _E):
            problems[i] = msg("Row {row}: longitude {x}, latitude {y} is not on Earth.",
                              row=numbers[i], x=x, y=y)
        else:
            points[i] = (x, y)
    chosen, geometries, notes = [], [], {}
    for key, rows in groups.items():
        chosen.append(rows[0])
        own = [problems[r] for r in rows if r in problems]
        ring = [points[r] for r in rows if r in points]
        if len(set(ring)) < 3:
            values = {"first": numbers[rows[0]], "last": numbers[rows[-1]],
                      "count": len(set(ring))}
            if column is not None:
                own.append(msg("Plot '{code}' (rows {first}-{last}) has {count} different "
                               "point(s); a plot needs at least 3.", code=key, **values))
            else:
                own.append(msg("The boundary (rows {first}-{last}) has {count} different "
                               "point(s); a plot needs at least 3.", **values))
        geometries.append(Polygon(ring) if len(set(ring)) >= 3 else None)
        if column is not None and not key:
            own.append(msg("Rows without a value in '{column}' were joined into one plot.",
                           column=column))
        if own:
            notes[numbers[rows[0]]] = own
    return chosen, geometries, notes, metres
