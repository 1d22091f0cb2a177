"""One export format written to one file: the dispatcher behind Export plots and the CLI.

Several formats at once go through :mod:`metkasekor_desktop.io.partner_package`; a single
format is written where the officer asked. CSV tables are several files, so they come
as a zip with the README of fields (the package with only CSV in it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.export_names import FORMATS, SUFFIXES
from metkasekor_desktop.io.export_table import ExportTable

__all__ = ["FORMATS", "SUFFIXES", "export_single", "target_path"]



def target_path(out: Path, fmt: str, stem: str) -> Path:
    """``out`` itself when it names a file of the format, else ``out/stem.suffix``."""
    suffix = SUFFIXES[fmt]
    out = Path(out)
    if out.suffix.lower() == suffix:
        return out
    return out / f"{stem}{suffix}"


def export_single(fmt: str, plots: ExportTable, related: Sequence[ExportTable], out: Path,
                  stem: str, *, epsg: int = STORAGE_EPSG,
                  header_say: Callable[[str], str] | None = None,
                  personal: bool = False) -> Path:
    """Write ``plots`` (and, for GeoPackage, CSV and Excel, the related tables) as ``fmt``.

    GeoJSON and KML are always WGS 84, as their standards say; the others use ``epsg``.
    ``header_say`` heads the columns of CSV and Excel tables with words said by it (see
    :mod:`~metkasekor_desktop.io.column_headers`); None keeps the field names.
    Without ``personal`` the farmers' names and phones are left out and each plot is its
    centre point (:mod:`~metkasekor_desktop.io.personal_data`).
    """
    if fmt not in SUFFIXES:
        raise ValueError(msg("unknown export format {fmt!r}", fmt=fmt))
    if not personal:
        from metkasekor_desktop.io.personal_data import without_personal

        plots, related = without_personal(plots, related)
    target = target_path(out, fmt, stem)
    target.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("shp", "gpkg", "geojson"):  # GDAL would cut a text at a NUL: drop the NUL
        from metkasekor_desktop.io.export_notes import without_unwritable

        plots = without_unwritable(fmt, plots)
        related = [without_unwritable(fmt, t) for t in related]
    if fmt == "shp":
        from metkasekor_desktop.io.shapefile_export import write_shapefile_zip

        return write_shapefile_zip(plots, target, epsg=epsg).path
    if fmt == "gpkg":
        from metkasekor_desktop.io.vector_export import write_geopackage

        return write_geopackage(target, plots.reprojected(epsg), related, epsg=epsg)
    if fmt == "geojson":
        from metkasekor_desktop.io.vector_export import write_geojson

        return write_geojson(target, plots)
    if fmt in ("kml", "kmz"):
        from metkasekor_desktop.io.vector_export import write_kml

        return write_kml(target, plots)
    if fmt == "csv":
        from metkasekor_desktop.io.partner_package import write_partner_package

        return write_partner_package(target, plots, related, ["csv"], epsg=epsg, title=stem,
                                     header_say=header_say, personal=personal)
    from metkasekor_desktop.io.column_headers import header_texts
    from metkasekor_desktop.io.table_export import write_xlsx_sheets

    tables = [plots, *related]
    labels = (None if header_say is None else
              [header_texts(t.headers, header_say, t.name) for t in tables])
    return write_xlsx_sheets(target, [(t.name, t.headers, t.rows()) for t in tables],
                             labels=labels)
