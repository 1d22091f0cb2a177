"""The export formats by name: one list for the single-format export and the package."""

from __future__ import annotations

# Every format an export can be written in, in the order the dialog and README show them,
# and the suffix of the file a single format makes.
FORMATS = ("shp", "gpkg", "geojson", "kml", "kmz", "csv", "xlsx")
SUFFIXES = {"shp": ".zip", "gpkg": ".gpkg", "geojson": ".geojson", "kml": ".kml",
            "kmz": ".kmz", "csv": ".zip", "xlsx": ".xlsx"}
