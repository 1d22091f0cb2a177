"""The plot layer: the project's plots as arrays, a style, a selection, hit testing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import shapely

from metkasekor_desktop.layers.events import Event
from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.plot_geometry import PlotGeometryArrays
from metkasekor_desktop.layers.styles import CategorizedStyle, role_style
from metkasekor_desktop.layers.viewport import Extent

if TYPE_CHECKING:
    from metkasekor_desktop.storage import PlotTable


class PlotLayer(Layer):
    """Plots of a :class:`PlotTable`, drawn in the map CRS ``map_epsg``.

    ``selection_changed`` is emitted with the new tuple of selected plot ids.
    """

    kind = "plots"

    def __init__(self, table: PlotTable, map_epsg: int, name: str = "Plots") -> None:
        super().__init__(name)
        self.table = table
        self.geometry = PlotGeometryArrays.from_geometries(table.geometries, map_epsg)
        self._index_of = {int(i): n for n, i in enumerate(table.ids)}
        self._selected: tuple[int, ...] = ()
        self.selection_changed = Event()
        self._tree: shapely.STRtree | None = None
        self._map_geoms: np.ndarray | None = None
        self.style: CategorizedStyle = role_style()
        self.categories = np.zeros(len(table), dtype=np.int64)
        self.order = np.zeros(0, dtype=np.int64)
        self.set_style(self.style)

    # --- style --------------------------------------------------------------------------
    def set_style(self, style: CategorizedStyle) -> None:
        """Classify every plot by the style's attribute and re-sort the drawing order."""
        self.style = style
        values = np.asarray(getattr(self.table, _ATTRIBUTE_ARRAYS.get(style.attribute,
                                                                      style.attribute)))
        cats = style.categories()
        lookup = {v: i for i, v in enumerate(cats)}
        self.categories = np.fromiter(
            (lookup.get(str(v), len(cats)) for v in values), dtype=np.int64, count=len(values)
        )
        self.order = self.geometry.drawing_order(self.categories)
        self.changed.emit(self)

    # --- geometry -----------------------------------------------------------------------
    def extent(self) -> Extent | None:
        return self.geometry.extent()

    def plot_extent(self, plot_ids: Iterable[int]) -> Extent | None:
        idx = [self._index_of[i] for i in plot_ids if i in self._index_of]
        if not idx:
            return None
        b = self.geometry.bboxes[idx]
        return (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()),
                float(b[:, 3].max()))

    def index_of(self, plot_id: int) -> int:
        return self._index_of[plot_id]

    def map_geometries(self) -> np.ndarray:
        if self._map_geoms is None:
            self._map_geoms = self.geometry.map_geometries()
        return self._map_geoms

    def plot_at(self, x: float, y: float, tolerance: float = 0.0) -> int | None:
        """The id of the plot under the map point (x, y), or within ``tolerance`` of it."""
        if len(self.table) == 0:
            return None
        if self._tree is None:
            self._tree = shapely.STRtree(self.map_geometries())
        point = shapely.Point(x, y)
        hits = self._tree.query(point, predicate="intersects")
        if len(hits) == 0 and tolerance > 0:
            hits = self._tree.query(point, predicate="dwithin", distance=tolerance)
        if len(hits) == 0:
            return None
        ids = np.asarray(self.table.ids)[hits]
        if len(hits) > 1:
            # The nearest plot wins; among plots under the point, the one it is deepest
            # in; on a shared edge, the lowest id, so that the same click always agrees.
            geoms = self.map_geometries()[hits]
            depth = shapely.distance(shapely.boundary(geoms), point)
            ids = ids[np.lexsort((ids, -depth, shapely.distance(geoms, point)))]
        return int(ids[0])

    # --- selection ----------------------------------------------------------------------
    @property
    def selected(self) -> tuple[int, ...]:
        return self._selected

    def select(self, plot_ids: Iterable[int]) -> None:
        ids = tuple(dict.fromkeys(int(i) for i in plot_ids if int(i) in self._index_of))
        if ids != self._selected:
            self._selected = ids
            self.selection_changed.emit(ids)

    def toggle(self, plot_id: int) -> None:
        if plot_id in self._selected:
            self.select(i for i in self._selected if i != plot_id)
        else:
            self.select((*self._selected, plot_id))


# Style attributes that are named differently in the table.
_ATTRIBUTE_ARRAYS = {"role": "roles", "code": "codes", "village_code": "village_codes"}
