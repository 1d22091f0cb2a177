"""The plot layer: the project's plots as arrays, a style, labels, a selection, hit testing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any

import numpy as np
import shapely

from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import STORAGE_EPSG, transform
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.shape_column import ShapeColumn
from metkasekor_desktop.layers.events import Event
from metkasekor_desktop.layers.label_settings import LABEL_FIELDS, LabelSettings
from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.legend import LegendEntry
from metkasekor_desktop.layers.plot_geometry import PlotGeometryArrays
from metkasekor_desktop.layers.styles import Style, role_style, style_from_config
from metkasekor_desktop.layers.viewport import Extent
from metkasekor_desktop.storage.plot_table import PlotTable


class RowIndex:
    """The row of a plot id in a table sorted by id, by binary search: what a dict of a
    million ids would answer, without the dict."""

    __slots__ = ("_ids",)

    def __init__(self, ids: np.ndarray) -> None:
        self._ids = np.asarray(ids, dtype=np.int64)

    def get(self, plot_id: int) -> int | None:
        ids = self._ids
        i = int(np.searchsorted(ids, plot_id))
        return i if i < len(ids) and ids[i] == plot_id else None

    def __contains__(self, plot_id: object) -> bool:
        return isinstance(plot_id, (int, np.integer)) and self.get(int(plot_id)) is not None

    def __getitem__(self, plot_id: int) -> int:
        row = self.get(int(plot_id))
        if row is None:
            raise KeyError(plot_id)
        return row


class MissingAttributeError(DomainError):
    """A style reads a plot attribute the layer has not been given."""


class PlotLayer(Layer):
    """Plots of a :class:`PlotTable`, drawn in the map CRS ``map_epsg``.

    ``selection_changed`` is emitted with the new tuple of selected plot ids.
    ``render_cache`` holds what renderers derive from the plots (label boxes): renderers
    run in a worker, one at a time, and keep such data in the layer, not in globals.
    """

    kind = "plots"

    def __init__(self, table: PlotTable, map_epsg: int, name: str = "Plots") -> None:
        super().__init__(name)
        self.table = table
        self.geometry = PlotGeometryArrays.from_geometries(table.geometries, map_epsg)
        self._index_of = RowIndex(table.ids)
        self._selected: tuple[int, ...] = ()
        self._selected_mask: np.ndarray | None = None
        self.selection_changed = Event()
        self._tree: shapely.STRtree | None = None
        self._map_geoms: np.ndarray | None = None
        self._attributes: dict[str, np.ndarray] = {}
        self._labels = LabelSettings()
        self._anchors: np.ndarray | None = None
        self._label_priority: np.ndarray | None = None
        self.render_cache: dict[Any, Any] = {}
        self.style: Style = role_style()
        self.categories = np.zeros(len(table), dtype=np.int64)
        self.order = np.zeros(0, dtype=np.int64)
        self.set_style(self.style)

    # --- the plots ----------------------------------------------------------------------
    def set_table(self, table: PlotTable) -> None:
        """Show another table of plots (after an edit): the geometry arrays are rebuilt,
        given attributes follow their plots by id (new plots get ""), the selection keeps
        the plots that still exist, and the style classifies the plots again."""
        old_ids = np.asarray(self.table.ids, dtype=np.int64)
        new_ids = np.asarray(table.ids, dtype=np.int64)
        pos = np.searchsorted(old_ids, new_ids) if len(old_ids) else np.zeros(
            len(new_ids), dtype=np.int64)
        pos = np.minimum(pos, max(len(old_ids) - 1, 0))
        found = (old_ids[pos] == new_ids) if len(old_ids) else np.zeros(len(new_ids), bool)
        attributes: dict[str, np.ndarray] = {}
        for name, values in self._attributes.items():
            out = np.empty(len(new_ids), dtype=object)
            out[:] = ""
            out[found] = values[pos[found]]
            if values.dtype != object and (found.all() or values.dtype.kind in "US"):
                out = out.astype(values.dtype)
            attributes[name] = out
        reuse = self._unchanged_rows(table, pos, found)
        map_geoms = self._reused_map_geometries(table, reuse)
        self.table = table
        self.geometry = self.geometry.updated(table.geometries, reuse)
        self._index_of = RowIndex(table.ids)
        self._attributes = attributes
        self._tree = None
        self._map_geoms = map_geoms
        self._anchors = None
        self._label_priority = None
        self.render_cache.clear()
        selected = tuple(i for i in self._selected if i in self._index_of)
        try:
            self.categories, self.order = self._classify(self.style)
        except MissingAttributeError:
            self.style = role_style()
            self.categories, self.order = self._classify(self.style)
        self._selected_mask = None  # the rows may have moved
        if selected != self._selected:
            self._selected = selected
            self.selection_changed.emit(selected)
        self.changed.emit(self)

    def replace_rows(self, rows: PlotTable) -> bool:
        """Take new values for plots the layer already shows (one edit's rows): only
        those rows are copied, reprojected and classified again, so an edit on a
        province's plots costs what it changed, not 100,000 rows. False, changing
        nothing, when a row is not in the layer (use :meth:`set_table` then).

        ``changed`` is emitted only when what the map draws changed (a boundary, the
        styled attribute, a label): a note edited redraws nothing."""
        index = self._index_of
        if not len(rows) or any(int(i) not in index for i in rows.ids):
            return False
        at = np.fromiter((index[int(i)] for i in rows.ids), dtype=np.int64, count=len(rows))
        old = self.table
        new_geoms = np.asarray(rows.geometries, dtype=object).copy()
        old_geoms = np.asarray(old.geometries[at], dtype=object)
        same = np.array([a is not None and b is not None and a.equals_exact(b, 0.0)
                         for a, b in zip(old_geoms, new_geoms, strict=True)], dtype=bool)
        new_geoms[same] = old_geoms[same]  # kept as the very objects: nothing to redraw
        columns: dict[str, Any] = {}
        for name in _TABLE_COLUMNS:
            before = getattr(old, name)
            value = new_geoms if name == "geometries" else getattr(rows, name)
            if before is None or value is None:
                columns[name] = None if name == "versions" else before
                continue
            column = before.copy()
            if name == "geometries":  # the same shapes stay the very same
                column[at[~same]] = value[~same]
            else:
                column[at] = value
            columns[name] = column
        table = type(old)(**columns)
        edited = at[~same]
        drawn = bool(len(edited))
        if len(edited):
            self.geometry = self.geometry.replaced(table.geometries, edited)
            if self._map_geoms is not None:
                map_geoms = self._map_geoms.copy()
                map_geoms[edited] = transform(np.asarray(table.geometries[edited], dtype=object),
                                              STORAGE_EPSG, self.geometry.map_epsg)
                self._map_geoms = map_geoms
            self._tree = None
            self._anchors = None
        else:
            self.geometry = self.geometry.with_source(table.geometries)
        self.table = table
        self._label_priority = None
        attribute = getattr(self.style, "attribute", None)
        categories = self.categories
        if attribute is not None and attribute not in self._attributes:
            values = np.asarray(self.attribute_values(attribute))[at]
            new = np.asarray(self.style.classify(values), dtype=np.int64)
            if not np.array_equal(new, categories[at]):
                categories = categories.copy()
                categories[at] = new
                drawn = True
        if self._labels.enabled:
            column = LABEL_FIELDS.get(self._labels.field, self._labels.field)
            if hasattr(old, column) and not np.array_equal(
                    np.asarray(getattr(old, column), dtype=object)[at],
                    np.asarray(getattr(table, column), dtype=object)[at]):
                drawn = True
        if drawn:
            self.categories = categories
            self.order = self.geometry.drawing_order(categories)
            self.render_cache.clear()
            self.changed.emit(self)
        return True

    def _unchanged_rows(self, table: PlotTable, pos: np.ndarray,
                        found: np.ndarray) -> np.ndarray:
        """For each plot of ``table``: its row in the current table when its shape is the
        very same object (not edited), else -1."""
        old, new = self.table.geometries, table.geometries
        reuse = np.full(len(table), -1, dtype=np.int64)
        rows = np.nonzero(found)[0]
        if isinstance(old, ShapeColumn) and isinstance(new, ShapeColumn):
            same = new.same_as(old, rows, pos[rows])  # no shape made for this
        else:
            new_arr = np.asarray(new, dtype=object)
            old_arr = np.asarray(old, dtype=object)
            same = np.fromiter((new_arr[i] is old_arr[pos[i]] for i in rows), dtype=bool,
                               count=len(rows))
        reuse[rows[same]] = pos[rows[same]]
        return reuse

    def _reused_map_geometries(self, table: PlotTable, reuse: np.ndarray) -> np.ndarray | None:
        """Map-CRS shapes for a new table: unchanged plots keep theirs, only the edited
        ones are reprojected (a province's plots are not all reprojected per edit)."""
        if self._map_geoms is None:
            return None
        out = np.empty(len(table), dtype=object)
        kept = reuse >= 0
        out[kept] = self._map_geoms[reuse[kept]]
        if (~kept).any():
            out[~kept] = transform(np.asarray(table.geometries[~kept], dtype=object),
                                   STORAGE_EPSG, self.geometry.map_epsg)
        return out

    def spatial_tree(self) -> shapely.STRtree:
        """The plots' map geometries in an STRtree, built when first asked for."""
        if self._tree is None:
            self._tree = shapely.STRtree(self.map_geometries())
        return self._tree

    # --- attributes and style -----------------------------------------------------------
    def set_attribute(self, name: str, values: np.ndarray) -> None:
        """Give the plots an attribute a style can read ("practice", "crop", "stage"...),
        one value per plot in table order. A style reading it is classified again."""
        arr = np.asarray(values)
        if arr.ndim != 1 or len(arr) != len(self.table):
            raise ValueError(msg("The {name!r} values must be one per plot ({plots}), not "
                                 "{shape}.", name=name, plots=len(self.table),
                                 shape=str(arr.shape)))
        self._attributes[name] = arr
        if getattr(self.style, "attribute", None) == name:
            self.set_style(self.style)

    def has_attribute(self, name: str) -> bool:
        try:
            self.attribute_values(name)
        except MissingAttributeError:
            return False
        return True

    def attribute_values(self, name: str) -> np.ndarray:
        """The values of a plot attribute, given with :meth:`set_attribute` or read from
        the table ("role", "area_ha", "code", "village_code")."""
        if name in self._attributes:
            return self._attributes[name]
        column = _ATTRIBUTE_ARRAYS.get(name, name)
        if not name.startswith("_") and hasattr(self.table, column):
            return np.asarray(getattr(self.table, column))
        raise MissingAttributeError(msg(
            "The plots cannot be coloured by {attribute}: the layer {layer!r} has no "
            "{attribute} values for its plots yet. Choose the style again (and its season, "
            "where it has one).", attribute=name.replace("_", " "), layer=self.name))

    def _classify(self, style: Style) -> tuple[np.ndarray, np.ndarray]:
        attribute = style.attribute
        if attribute is None:
            cats = np.zeros(len(self.table), dtype=np.int64)
        else:
            cats = np.asarray(style.classify(self.attribute_values(attribute)), dtype=np.int64)
        return cats, self.geometry.drawing_order(cats)

    def set_style(self, style: Style) -> None:
        """Classify every plot by the style's attribute and re-sort the drawing order.

        Raises MissingAttributeError, and changes nothing, when the attribute the style
        reads has not been given.
        """
        self.categories, self.order = self._classify(style)
        self.style = style
        self.changed.emit(self)

    def legend(self) -> list[LegendEntry]:
        return self.style.legend()

    # --- labels -------------------------------------------------------------------------
    @property
    def labels(self) -> LabelSettings:
        return self._labels

    @labels.setter
    def labels(self, settings: LabelSettings) -> None:
        settings = settings.validated()
        if settings != self._labels:
            self._labels = settings
            self.changed.emit(self)

    def label_anchors(self) -> np.ndarray:
        """(N, 2) map coordinates where each plot's label is centred: a point inside the
        plot (its centroid may lie in a hole or between parts); NaN without geometry."""
        if self._anchors is None:
            points = shapely.point_on_surface(self.map_geometries())
            self._anchors = np.column_stack([shapely.get_x(points), shapely.get_y(points)]
                                            ) if len(points) else np.zeros((0, 2))
        return self._anchors

    def label_priority(self) -> np.ndarray:
        """Plot indices in the order labels claim their place: demonstration and control
        plots first, then larger plots, then by id so the choice never flickers."""
        if self._label_priority is None:
            roles = np.asarray(self.table.roles, dtype=object)
            paired = np.isin(roles, [PlotRole.DEMONSTRATION.value, PlotRole.CONTROL.value])
            areas = np.nan_to_num(np.asarray(self.table.areas_ha, dtype=np.float64))
            self._label_priority = np.lexsort((np.asarray(self.table.ids), -areas, ~paired))
        return self._label_priority

    # --- saving -------------------------------------------------------------------------
    def to_config(self) -> dict[str, Any]:
        return {**super().to_config(), "style": self.style.to_config(),
                "labels": self._labels.to_config()}

    def apply_config(self, config: dict[str, Any]) -> None:
        """Restore what :meth:`to_config` saved (without change events).

        The attribute a saved style reads must be given first (``set_attribute``; a
        "practice" or "crop" style names its season in ``style.season_id``; read it with
        ``style_from_config(config["style"])``). Raises a DomainError (StyleError,
        LabelError, MissingAttributeError) and changes nothing when a part cannot be
        restored.
        """
        style = style_from_config(config["style"]) if "style" in config else None
        labels = (LabelSettings.from_config(config["labels"]) if "labels" in config
                  else self._labels)
        classified = self._classify(style) if style is not None else None
        super().apply_config(config)
        self._labels = labels
        if style is not None and classified is not None:
            self.style = style
            self.categories, self.order = classified

    # --- geometry -----------------------------------------------------------------------
    def extent(self) -> Extent | None:
        return self.geometry.extent()

    def plot_extent(self, plot_ids: Iterable[int]) -> Extent | None:
        """The bounding box of these plots in the map CRS (None when none has a shape)."""
        b = self.geometry.bboxes[self.rows_of(plot_ids)]
        b = b[~np.isnan(b[:, 0])] if len(b) else b
        if not len(b):
            return None
        return (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()),
                float(b[:, 3].max()))

    def rows_of(self, plot_ids: Iterable[int]) -> np.ndarray:
        """The rows of these plots in the layer's arrays, in their order; unknown ids are
        left out. The table is sorted by id: one binary search for all of them."""
        ids = self.table.ids
        if isinstance(plot_ids, np.ndarray):
            wanted = plot_ids.astype(np.int64, copy=False)
        else:
            wanted = np.fromiter((int(i) for i in plot_ids), dtype=np.int64)
        if not len(ids) or not len(wanted):
            return np.zeros(0, dtype=np.int64)
        pos = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
        return pos[ids[pos] == wanted]

    def selected_mask(self) -> np.ndarray:
        """A boolean per row of the layer's arrays: True for the selected plots."""
        mask = self._selected_mask
        if mask is None or len(mask) != len(self.table):
            mask = np.zeros(len(self.table), dtype=bool)
            mask[self.rows_of(self._selected)] = True
            self._selected_mask = mask
        return mask

    def index_of(self, plot_id: int) -> int:
        return self._index_of[plot_id]

    def map_geometries(self) -> np.ndarray:
        if self._map_geoms is None:
            self._map_geoms = self.geometry.map_geometries()
        return self._map_geoms

    def plot_at(self, x: float, y: float, tolerance: float = 0.0) -> int | None:
        """The id of the plot under the map point (x, y), or within ``tolerance`` of it.

        The plots whose boxes hold the point are found in the coordinate arrays' boxes;
        only those are made into shapes (a click on a national register does not make
        a million of them)."""
        if len(self.table) == 0:
            return None
        rows = self._rows_near(x, y, tolerance)
        if not len(rows):
            return None
        geoms = self._map_shapes(rows)
        point = shapely.Point(x, y)
        hit = shapely.intersects(geoms, point)
        if not hit.any() and tolerance > 0:
            hit = shapely.dwithin(geoms, point, tolerance)
        rows, geoms = rows[hit], geoms[hit]
        if not len(rows):
            return None
        ids = np.asarray(self.table.ids)[rows]
        if len(rows) > 1:
            # The nearest plot wins; among plots under the point, the one it is deepest
            # in; on a shared edge, the lowest id, so that the same click always agrees.
            depth = shapely.distance(shapely.boundary(geoms), point)
            ids = ids[np.lexsort((ids, -depth, shapely.distance(geoms, point)))]
        return int(ids[0])

    def _rows_near(self, x: float, y: float, tolerance: float) -> np.ndarray:
        """Rows whose box lies within ``tolerance`` of the point."""
        return np.flatnonzero(self.geometry.visible((x - tolerance, y - tolerance,
                                                     x + tolerance, y + tolerance)))

    def _map_shapes(self, rows: np.ndarray) -> np.ndarray:
        """The map-CRS shapes of ``rows``: from the made ones when there are, else only
        these rows reprojected."""
        if self._map_geoms is not None:
            return self._map_geoms[rows]
        return np.asarray(transform(np.asarray(self.table.geometries[rows], dtype=object),
                                    STORAGE_EPSG, self.geometry.map_epsg), dtype=object)

    # --- selection ----------------------------------------------------------------------
    @property
    def selected(self) -> tuple[int, ...]:
        return self._selected

    def select(self, plot_ids: Iterable[int]) -> None:
        if isinstance(plot_ids, np.ndarray):  # bulk selections (the table, a filter)
            rows = self.rows_of(plot_ids)
            _, first = np.unique(rows, return_index=True)
            ids = tuple(self.table.ids[rows[np.sort(first)]].tolist())
        else:
            index = self._index_of
            ids = tuple(dict.fromkeys(i for i in map(int, plot_ids) if i in index))
        if ids != self._selected:
            self._selected = ids
            self._selected_mask = None
            self.selection_changed.emit(ids)

    def toggle(self, plot_id: int) -> None:
        if plot_id in self._selected:
            self.select(i for i in self._selected if i != plot_id)
        else:
            self.select((*self._selected, plot_id))


# Style attributes that are named differently in the table.
_TABLE_COLUMNS = tuple(f.name for f in fields(PlotTable))
_ATTRIBUTE_ARRAYS = {"role": "roles", "area_ha": "areas_ha", "code": "codes",
                     "village_code": "village_codes"}
