"""Plots as GeoPackage, GeoJSON and KML/KMZ for partners, QGIS and Google Earth.

The GeoPackage and GeoJSON go to GDAL in one piece through Arrow
(``pyogrio.write_arrow``). KML is written here, as text, because a partner opens it in
Google Earth, which wants what GDAL's KML writer does not give: one colour per practice,
the plot code as each placemark's name and a balloon with the plot's data.
Every file is written under a temporary name beside the target and moved into place,
so a failed export never leaves half a file where a good one was.
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from io import TextIOWrapper
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr

import numpy as np

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.export_table import GEOMETRY_FIELD, ExportTable
from metkasekor_desktop.io.field_docs import describe
from metkasekor_desktop.io.replacing import replacing

EXPORT_EPSG = (STORAGE_EPSG, METRIC_EPSG)
PLOTS_LAYER = "plots"
KML_DECIMALS = 7  # about 1 cm at Cambodia's latitudes

# Line colours (RGB) of the KML styles, one per distinct value, in a fixed order.
KML_PALETTE = ("1f77b4", "ff7f0e", "2ca02c", "d62728", "9467bd", "8c564b", "e377c2",
               "17becf", "bcbd22", "393b79", "ad494a", "637939")
KML_NO_VALUE_COLOUR = "9e9e9e"
KML_FILL_ALPHA = 0x80  # half transparent, so the imagery shows through

# Characters XML cannot hold are dropped; markup characters are escaped, in one pass.
_ILLEGAL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])
# A carriage return is written as a character reference: an XML reader turns a literal
# CR LF into LF, "&#13;" it keeps, so text comes back byte for byte.
_XML_ESCAPES = {**_ILLEGAL, ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;",
                ord("\r"): "&#13;"}
_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# KML's own <name> holds the plot code (GDAL reads it as the field "Name"); the plot's
# name goes to the ExtendedData under this field name, so that the two do not clash.
KML_NAME_FIELD = "plot_name"
_BALLOON_TABLE = '<table border="1" cellpadding="3" style="border-collapse:collapse">'
_KML_BATCH = 2000
_RESERVED_PREFIXES = ("gpkg_", "rtree_", "sqlite_")

Say = Callable[[str], str]
"""How a message becomes the text written: ``str`` (English) or the user's language."""


class VectorExportError(DomainError):
    """A vector file could not be written; the message says which and what to do."""


# --- GeoPackage and GeoJSON ----------------------------------------------------------------
def write_geopackage(path: Path, plots: ExportTable, related: Sequence[ExportTable] = (),
                     *, epsg: int = STORAGE_EPSG, say: Say = str) -> Path:
    """Write ``plots`` as the MultiPolygon layer "plots" (a Point layer when the plots are
    points, as without personal data) and each related table by its name.

    Related tables are attribute tables (a related table with geometries becomes a
    feature layer). Column descriptions become GeoPackage column comments, which QGIS
    shows, each turned into text by ``say`` (English by default). The file passes
    GDAL's GeoPackage validator.
    """
    import pyogrio

    path = Path(path)
    _check_epsg(epsg, path)
    _check_table_names(path, related)
    plots = plots.reprojected(epsg)
    with _atomic(path, ".gpkg") as temp:
        arrow, geometry = _arrow(plots, comments=True, say=say)
        pyogrio.write_arrow(arrow, temp, layer=PLOTS_LAYER, driver="GPKG",
                            geometry_name=geometry, geometry_type=plots.geometry_type(),
                            crs=f"EPSG:{epsg}",
                            layer_options={"FID": _fid_name(plots), "SPATIAL_INDEX": "YES"})
        for table in related:
            if not table.columns:
                continue  # nothing to write; an empty table has no place in a GeoPackage
            if table.wkb is not None:
                table = table.reprojected(epsg)
            arrow, geometry = _arrow(table, comments=True, say=say)
            pyogrio.write_arrow(
                arrow, temp, layer=table.name, driver="GPKG", geometry_name=geometry,
                geometry_type="Unknown" if geometry else None,
                crs=f"EPSG:{table.epsg}" if geometry else None,
                layer_options={"FID": _fid_name(table)},
            )
    return path


def write_geojson(path: Path, plots: ExportTable) -> Path:
    """Write ``plots`` as RFC 7946 GeoJSON: WGS 84 longitude/latitude, UTF-8."""
    import pyogrio

    path = Path(path)
    plots = plots.reprojected(STORAGE_EPSG)
    with _atomic(path, ".geojson") as temp:
        arrow, geometry = _arrow(plots, comments=False)
        pyogrio.write_arrow(arrow, temp, layer=plots.name or PLOTS_LAYER, driver="GeoJSON",
                            geometry_name=geometry, geometry_type=plots.geometry_type(),
                            crs="EPSG:4326",
                            layer_options={"RFC7946": "YES",
                                           "COORDINATE_PRECISION": str(KML_DECIMALS)})
    return path


# --- KML and KMZ ---------------------------------------------------------------------------
def write_kml(path: Path, plots: ExportTable, *, style_column: str | None = "practices",
              name_column: str = "code", title: str | None = None, say: Say = str) -> Path:
    """Write ``plots`` as KML 2.2 for Google Earth, or as KMZ when ``path`` ends in .kmz.

    One style per distinct value of ``style_column`` (a colour of
    :data:`KML_PALETTE`, half-transparent fill and a solid outline), one Placemark per
    plot named by ``name_column`` (the plot's own name is the field "plot_name"), a
    balloon table of every
    filled-in column, and the values again as ``ExtendedData`` for GIS programs. Always
    WGS 84, longitude before latitude, 7 decimals. ``title`` names the document ("" for
    the table's name; None for "MetKasekor plots"); ``say`` turns the default title and
    the legend (messages) into the text written (English by default).
    """
    path = Path(path)
    if title is None:
        title = say(msg("MetKasekor plots"))
    plots = _kml_renamed(plots.reprojected(STORAGE_EPSG))
    kmz = path.suffix.lower() == ".kmz"
    with _atomic(path, path.suffix or ".kml") as temp:
        if kmz:
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as zf, \
                    zf.open("doc.kml", "w") as raw, \
                    TextIOWrapper(raw, encoding="utf-8", newline="\n") as out:
                _write_kml(out, plots, style_column, name_column, title, say)
        else:
            with open(temp, "w", encoding="utf-8", newline="\n") as out:
                _write_kml(out, plots, style_column, name_column, title, say)
    return path


def _write_kml(out: IO[str], plots: ExportTable, style_column: str | None, name_column: str,
               title: str, say: Say = str) -> None:
    headers = plots.headers
    types = _kml_types(plots)
    styles = _kml_styles(plots, style_column)
    schema = _xml_id(plots.name or PLOTS_LAYER) + "_fields"
    write = out.write
    write('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>\n')
    write(f"<name>{_text(title or plots.name)}</name>\n<open>1</open>\n")
    if style_column in plots.columns:
        write(f"<description>{_cdata(_clean(_legend(style_column, styles, say)))}</description>\n")
    # The placemarks sit in their own Document (a container like a Folder) with their
    # field Schema and styles: GDAL's LIBKML reader (QGIS) finds the fields of a KMZ only
    # when the Schema is in the placemarks' own Document.
    write(f"<Document>\n<name>{_text(plots.name or PLOTS_LAYER)}</name>\n")
    write(f'<Schema name={quoteattr(schema)} id={quoteattr(schema)}>\n')
    for name in headers:
        write(f"<SimpleField name={quoteattr(_clean(name))} type=\"{types[name]}\">"
              f"<displayName>{_text(name)}</displayName></SimpleField>\n")
    write("</Schema>\n")
    points = plots.geometry_type() == "Point"  # plots without personal data
    for style_id, colour in styles.values():
        line, fill = _kml_colour(colour, 0xFF), _kml_colour(colour, KML_FILL_ALPHA)
        icon = f"<IconStyle><color>{line}</color></IconStyle>" if points else ""
        write(f'<Style id="{style_id}">{icon}<LineStyle><color>{line}</color><width>2</width>'
              f"</LineStyle><PolyStyle><color>{fill}</color><fill>1</fill><outline>1</outline>"
              f"</PolyStyle></Style>\n")
    _write_placemarks(write, plots, styles, style_column, name_column, schema)
    write("</Document>\n</Document>\n</kml>\n")


def _write_placemarks(write: Callable[[str], Any], plots: ExportTable,
                      styles: dict[str, tuple[str, str]], style_column: str | None,
                      name_column: str, schema: str) -> None:
    """The Placemarks, built column by column for a batch of rows at a time.

    Each column's values are turned into text and checked for characters to escape in
    one pass, and only a batch of rows is held as text at once.
    """
    headers = plots.headers
    geometries = _kml_geometries(plots)
    balloon_heads = [f'<tr><th align="left">{_text(h)}</th><td>' for h in headers]
    data_heads = [f"<SimpleData name={quoteattr(_clean(h))}>" for h in headers]
    for start in range(0, len(plots), _KML_BATCH):
        rows = slice(start, min(start + _KML_BATCH, len(plots)))
        texts = {h: _column_texts(plots.columns[h][rows]) for h in headers}
        cells, data = [], []
        for h, balloon_head, data_head in zip(headers, balloon_heads, data_heads, strict=True):
            shown = _escaped(texts[h])
            cells.append([f"{balloon_head}{t}</td></tr>" if t else "" for t in shown])
            if plots.columns[h].dtype.kind == "f":  # every digit for GIS programs
                shown = _escaped(_column_texts(plots.columns[h][rows], exact=True))
            data.append([f"{data_head}{t}</SimpleData>" if t else "" for t in shown])
        count = rows.stop - rows.start
        names = _escaped(texts.get(name_column) or [""] * count)
        values = texts[style_column] if style_column in texts else [""] * count
        balloons = map("".join, zip(*cells, strict=True)) if cells else iter([""] * count)
        extended = map("".join, zip(*data, strict=True)) if data else iter([""] * count)
        for k in range(count):
            label = names[k] or str(start + k + 1)
            write(f"<Placemark>\n<name>{label}</name>\n"
                  f"<styleUrl>#{styles[values[k]][0]}</styleUrl>\n<description>"
                  f"{_cdata(_BALLOON_TABLE + next(balloons) + '</table>')}</description>\n"
                  f'<ExtendedData><SchemaData schemaUrl="#{schema}">{next(extended)}'
                  f"</SchemaData></ExtendedData>\n{geometries[start + k]}</Placemark>\n")


def _kml_renamed(plots: ExportTable) -> ExportTable:
    """``plots`` with the column "name" called :data:`KML_NAME_FIELD`."""
    if "name" not in plots.columns or KML_NAME_FIELD in plots.columns:
        return plots
    columns = {KML_NAME_FIELD if k == "name" else k: v for k, v in plots.columns.items()}
    descriptions = {KML_NAME_FIELD if k == "name" else k: v
                    for k, v in plots.descriptions.items()}
    return ExportTable(plots.name, columns, plots.wkb, plots.epsg, descriptions)


def _kml_geometries(plots: ExportTable) -> list[str]:
    """The KML geometry of each plot: a Polygon, or a MultiGeometry of several; a Point
    for a plot written as its centre (without personal data)."""
    import shapely

    geoms = plots.geometries()
    out = [""] * len(plots)
    if not len(geoms):
        return out
    present = np.flatnonzero(~(shapely.is_missing(geoms) | shapely.is_empty(geoms)))
    if not len(present):
        return out
    kept = shapely.orient_polygons(geoms[present], exterior_cw=False)  # KML: outer CCW
    try:
        kind, coords, offsets = shapely.to_ragged_array(kept)
    except ValueError as exc:
        raise VectorExportError(msg(
            "The plots of {name} hold shapes that are not areas ({reason}); only "
            "polygons can be written to KML. Check the plot geometries.", name=plots.name,
            reason=str(exc))) from exc
    if kind == shapely.GeometryType.POINT:
        for row, (x, y) in zip(present.tolist(), coords.tolist(), strict=True):
            out[row] = (f"<Point><coordinates>{x:.{KML_DECIMALS}f},{y:.{KML_DECIMALS}f}"
                        "</coordinates></Point>\n")
        return out
    if kind == shapely.GeometryType.POLYGON:
        rings, polygons = offsets[0], np.arange(len(kept) + 1)
        parts = offsets[1]
    elif kind == shapely.GeometryType.MULTIPOLYGON:
        rings, parts, polygons = offsets
    else:
        raise VectorExportError(msg(
            "The plots of {name} are {kind}s, not areas; only polygons "
            "can be written to KML.", name=plots.name, kind=kind.name.lower()))
    points = [f"{x:.{KML_DECIMALS}f},{y:.{KML_DECIMALS}f}" for x, y in coords.tolist()]
    tess = "<tessellate>1</tessellate>"

    def ring(r: int) -> str:
        return f"<LinearRing><coordinates>{' '.join(points[rings[r]:rings[r + 1]])}" \
               "</coordinates></LinearRing>"

    def polygon(p: int) -> str:
        first, last = parts[p], parts[p + 1]
        inner = "".join(f"<innerBoundaryIs>{ring(r)}</innerBoundaryIs>"
                        for r in range(first + 1, last))
        return f"<Polygon>{tess}<outerBoundaryIs>{ring(first)}</outerBoundaryIs>{inner}</Polygon>"

    for k, n in enumerate(present):
        shapes = [polygon(p) for p in range(polygons[k], polygons[k + 1])]
        many = len(shapes) > 1
        out[n] = (f"<MultiGeometry>{''.join(shapes)}</MultiGeometry>\n" if many
                  else f"{shapes[0]}\n")
    return out


def _kml_styles(plots: ExportTable, column: str | None) -> dict[str, tuple[str, str]]:
    """Each distinct value of ``column`` -> (style id, RGB colour); no value is grey."""
    if column not in plots.columns:
        return {"": ("plot", KML_PALETTE[0])}
    values = sorted(set(_column_texts(plots.columns[column])) - {""})
    styles = {v: (f"style{i + 1}", KML_PALETTE[i % len(KML_PALETTE)])
              for i, v in enumerate(values)}
    styles[""] = ("no_value", KML_NO_VALUE_COLOUR)
    return styles


def _legend(column: str, styles: dict[str, tuple[str, str]], say: Say = str) -> str:
    none = say(msg("(none)"))
    rows = "".join(f'<tr><td style="background:#{colour}">&#160;&#160;&#160;&#160;</td>'
                   f"<td>{html.escape(_clean(value) or none)}</td></tr>"
                   for value, (_, colour) in styles.items())
    heading = say(msg("Colours by {column}:", column=column))
    return f"<p>{html.escape(heading)}</p><table>{rows}</table>"


def _kml_types(plots: ExportTable) -> dict[str, str]:
    """KML SimpleField types from the Arrow types of the columns."""
    import pyarrow as pa

    if not plots.columns:
        return {}
    schema = plots.to_arrow().schema
    out = {}
    for i, name in enumerate(plots.headers):
        kind = schema.field(i).type
        out[name] = ("double" if pa.types.is_floating(kind) else
                     "int" if pa.types.is_integer(kind) else
                     "bool" if pa.types.is_boolean(kind) else "string")
    return out


def _kml_colour(rgb: str, alpha: int) -> str:
    """KML writes colours as aabbggrr."""
    return f"{alpha:02x}{rgb[4:6]}{rgb[2:4]}{rgb[0:2]}"


def _column_texts(values: np.ndarray, exact: bool = False) -> list[str]:
    """Each value of a column as text; "" for None, NaN and NaT.

    Measures keep 10 significant digits for reading (``exact`` keeps every digit, for
    the data GIS programs read); dates are ISO (2024-05-12).
    """
    kind = values.dtype.kind
    if kind == "M":
        out = np.datetime_as_string(values.astype("datetime64[D]")).tolist()
        return ["" if t == "NaT" else t for t in out]
    if kind == "b":
        return ["true" if v else "false" for v in values.tolist()]
    if kind in "iu":
        return [str(v) for v in values.tolist()]
    return [_value_text(v, exact) for v in values.tolist()]


def _value_text(value: object, exact: bool = False) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if exact else f"{value:.10g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _escaped(texts: list[str]) -> list[str]:
    """``texts`` escaped for XML; one search finds the (usual) case of nothing to do."""
    if not _SPECIAL.search("".join(texts)):
        return texts
    return [t.translate(_XML_ESCAPES) if t else t for t in texts]


def _clean(text: str) -> str:
    return text.translate(_ILLEGAL)


def _text(text: str) -> str:
    return text.translate(_XML_ESCAPES) if _SPECIAL.search(text) else text


def _cdata(text: str) -> str:
    """``text`` (already free of characters XML cannot hold) as a CDATA section."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _xml_id(name: str) -> str:
    ident = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
    return ident if ident[:1].isalpha() or ident[:1] == "_" else f"_{ident}"


# --- shared --------------------------------------------------------------------------------
def _arrow(table: ExportTable, *, comments: bool, say: Say = str) -> tuple[Any, str | None]:
    """The Arrow table to write and the name of its geometry column (None: no geometry);
    column descriptions (with ``comments``) turned into text by ``say``.

    A column that happens to be called "geometry" keeps its name; the geometry column
    then takes another one.
    """
    import pyarrow as pa

    arrow = table.to_arrow()
    fields = []
    for i, name in enumerate(table.headers):
        f = arrow.schema.field(i)
        meta = say(describe(name, table.descriptions)) if comments else ""
        fields.append(f.with_metadata({b"GDAL:OGR:comment": meta.encode()}) if meta else f)
    if table.wkb is None:
        return pa.Table.from_arrays(arrow.columns, schema=pa.schema(fields)), None
    used = {h.lower() for h in table.headers}
    geometry = next(n for n in (GEOMETRY_FIELD, "geom", "wkb_geometry") if n not in used)
    geom_field = arrow.schema.field(arrow.num_columns - 1).with_name(geometry)
    return pa.Table.from_arrays(arrow.columns, schema=pa.schema([*fields, geom_field])), geometry


def _fid_name(table: ExportTable) -> str:
    used = {h.lower() for h in table.headers}
    return next(n for n in ("fid", "gpkg_fid", "ogc_fid") if n not in used)


def _check_epsg(epsg: int, path: Path) -> None:
    if epsg not in EXPORT_EPSG:
        raise VectorExportError(msg(
            "{file} can be written in EPSG:4326 (WGS 84) or EPSG:32648 "
            "(WGS 84 / UTM zone 48N), not EPSG:{epsg}. Choose one of those.",
            file=path.name, epsg=epsg))


def _check_table_names(path: Path, related: Sequence[ExportTable]) -> None:
    seen = {PLOTS_LAYER}
    for table in related:
        name = table.name.strip()
        low = name.lower()
        if not name or low in seen or low.startswith(_RESERVED_PREFIXES):
            raise VectorExportError(msg(
                "The table name {name!r} cannot be used in {file}: table names "
                "must be unique, not 'plots', and not start with gpkg_, rtree_ or sqlite_. "
                "Please report this problem.", name=table.name, file=path.name))
        seen.add(low)


@contextmanager
def _atomic(path: Path, suffix: str) -> Iterator[Path]:
    """A temporary path beside ``path``, moved over it when the block succeeds."""
    import pyogrio.errors

    try:
        with replacing(path, suffix) as temp:
            yield temp
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise VectorExportError(msg(
            "Could not write {path}: {reason}. Choose a folder you can write to and with "
            "free space, and close the file if another program has it open.",
            path=str(path), reason=str(reason))) from exc


__all__: list[str] = [
    "EXPORT_EPSG", "KML_PALETTE", "VectorExportError", "write_geojson", "write_geopackage",
    "write_kml",
]
