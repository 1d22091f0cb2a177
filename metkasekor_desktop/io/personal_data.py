"""What a partner export leaves out unless the officer asks for it: personal data.

Personal data are the farmers' names (Khmer and Latin), their phone numbers and the
exact outlines of their plots (an outline on a satellite image says whose field it is as
well as a name does). Without them (the default of every export):

* the plots table loses ``farmer_name_kh``, ``farmer_name_latin`` and ``farmer_phone``;
* the farmers table loses ``name_kh``, ``name_latin`` and ``phone``; it keeps ``id``
  (the ``farmer_id`` of the plots, so that the tables still join), ``sex``,
  ``village_code``, ``cooperative`` and ``early_adopter``, which adoption counts need;
* each plot is written as a point: the centre (centroid) of its outline, in WGS 84
  longitude and latitude rounded to :data:`POINT_DECIMALS` decimals (about 10 m), its
  area kept in ``area_ha`` (computed from the outline when the table had no such column).

Business contacts of service providers (the providers table) are public and stay. Free
text the officer typed (plot names, notes) and attributes kept from imported files are
written as they are: they are not meant to hold names or numbers of farmers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import Message, msg
from metkasekor_desktop.io.export_table import ExportTable

PLOT_PERSONAL_COLUMNS = ("farmer_name_kh", "farmer_name_latin", "farmer_phone")
FARMER_PERSONAL_COLUMNS = ("name_kh", "name_latin", "phone")
FARMERS_TABLE = "farmers"
POINT_DECIMALS = 4  # degrees: about 11 m north-south, 10 m east-west in Cambodia
SHAPE_FORMATS = frozenset({"shp", "gpkg", "geojson", "kml", "kmz"})


def without_personal(plots: ExportTable, related: Sequence[ExportTable]
                     ) -> tuple[ExportTable, list[ExportTable]]:
    """``plots`` and ``related`` without the farmers' names and phones, each plot a point.

    Applying it twice gives the same tables (a point's centroid is itself).
    """
    kept = _without(plots, PLOT_PERSONAL_COLUMNS)
    if kept.wkb is not None:
        kept = plot_points(kept)
    return kept, [_without(t, FARMER_PERSONAL_COLUMNS) if t.name == FARMERS_TABLE else t
                  for t in related]


def plot_points(plots: ExportTable) -> ExportTable:
    """The plots as the centroids of their outlines, in WGS 84 rounded to
    :data:`POINT_DECIMALS` decimals, with ``area_ha`` (from the outlines when absent)."""
    import shapely

    from metkasekor_desktop.domain.geometry import areas_ha, transform

    geoms = plots.geometries()
    columns = dict(plots.columns)
    descriptions = dict(plots.descriptions)
    if "area_ha" not in columns:
        present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        areas = np.full(len(geoms), np.nan)
        if present.any():
            areas[present] = areas_ha(transform(geoms[present], plots.epsg, STORAGE_EPSG))
        columns["area_ha"] = areas
        descriptions["area_ha"] = msg("Area of the plot in hectares (ha), measured in "
                                      "WGS 84 / UTM zone 48N.")
    centres = transform(shapely.centroid(geoms), plots.epsg, STORAGE_EPSG)
    rounded = shapely.transform(centres, lambda xy: np.round(xy, POINT_DECIMALS))
    wkb = np.asarray(shapely.to_wkb(rounded, output_dimension=2), dtype=object)
    return ExportTable(plots.name, columns, wkb, STORAGE_EPSG, descriptions)


def privacy_note(personal: bool, formats: Sequence[str]) -> Message:
    """One sentence for the README and the command's output: which was chosen."""
    if personal:
        return msg("Personal data included: these files hold the farmers' names and phone "
                   "numbers and the exact outlines of their plots. Keep them safe, share "
                   "them only with those who need them, and delete them when the work is "
                   "done.")
    if SHAPE_FORMATS & set(formats):
        return msg("Personal data left out: no farmers' names or phone numbers, and each "
                   "plot is a point at the centre of its outline, rounded to {decimals} "
                   "decimals of a degree (about 10 m), with its area in area_ha. Ask for "
                   "an export with personal data only if you need them.",
                   decimals=POINT_DECIMALS)
    return msg("Personal data left out: no farmers' names or phone numbers. Ask for an "
               "export with personal data only if you need them.")


def _without(table: ExportTable, names: Sequence[str]) -> ExportTable:
    if not any(n in table.columns for n in names):
        return table
    return ExportTable(table.name, {k: v for k, v in table.columns.items() if k not in names},
                       table.wkb, table.epsg,
                       {k: v for k, v in table.descriptions.items() if k not in names})
