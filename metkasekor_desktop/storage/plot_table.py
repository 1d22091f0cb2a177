"""All plots as column arrays: what the map, the tables and the exports draw from."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class PlotTable:
    """Equal-length numpy arrays, one entry per plot, sorted by id.

    ``geometries`` holds shapely MultiPolygons in WGS 84 (EPSG:4326); ``farmer_ids`` and
    ``paired_ids`` are object arrays holding ints or None.
    """

    ids: np.ndarray
    codes: np.ndarray
    names: np.ndarray
    farmer_ids: np.ndarray
    farmer_names_kh: np.ndarray
    farmer_names_latin: np.ndarray
    village_codes: np.ndarray
    roles: np.ndarray
    paired_ids: np.ndarray
    areas_ha: np.ndarray
    geometries: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def index_of(self, plot_id: int) -> int:
        """Row of a plot id; KeyError when the table has no such plot."""
        i = int(np.searchsorted(self.ids, plot_id))
        if i >= len(self.ids) or self.ids[i] != plot_id:
            raise KeyError(f"No plot with id {plot_id} in the table.")
        return i

    @classmethod
    def empty(cls) -> PlotTable:
        obj = np.empty(0, dtype=object)
        return cls(np.empty(0, dtype=np.int64), obj, obj, obj, obj, obj, obj, obj, obj,
                   np.empty(0, dtype=np.float64), obj)
