"""The plot editor: the one place tools and dialogs call to change plots.

Every method validates first and changes nothing on error; each change is one undoable
command, committed at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import shapely
from PySide6.QtCore import QT_TRANSLATE_NOOP
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry

from metkasekor_desktop.domain import editing
from metkasekor_desktop.domain.codes import district_of, propose_plot_code
from metkasekor_desktop.domain.enums import PlotRole
from metkasekor_desktop.domain.errors import DomainError, GeometryError, ValidationError
from metkasekor_desktop.domain.geometry import (
    STORAGE_EPSG,
    to_multipolygon,
    transform,
    transform_xy,
    validate_plot_geometry,
    within_cambodia,
)
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.layers.edit_commands import (
    AddPlot,
    ChangeGeometry,
    CopyPlans,
    DeletePlots,
    EditCommand,
    MacroCommand,
    ReassignRecords,
    translate,
)
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.snapping import Snapper, SnapResult
from metkasekor_desktop.layers.undo_stack import UndoStack

if TYPE_CHECKING:
    from metkasekor_desktop.storage.plot_table import PlotTable
    from metkasekor_desktop.storage.project import Project

SQM_PER_HA = 10_000.0


@dataclass(frozen=True, slots=True)
class EditSettings:
    """How drawing behaves; all on by default."""

    snapping: bool = True
    snap_tolerance_px: float = 10
    avoid_overlaps: bool = True
    min_area_ha: float = 0.01
    min_width_m: float = 2.0


@dataclass(frozen=True, slots=True)
class PreparedShape:
    """A checked (and clipped) shape ready to be saved, shown to the officer first."""

    geometry_map: MultiPolygon
    geometry_wgs84: MultiPolygon
    area_ha: float
    removed_ha: float = 0.0
    warnings: list[str] = field(default_factory=list)


class PlotEditor:
    """Checks, clips and commits plot edits as undoable commands.

    Geometry comes in and goes out in the map CRS ``map_epsg`` (metres); it is stored in
    WGS 84. Every method checks first and changes nothing when it raises a DomainError.
    """

    def __init__(self, project: Project, layer: PlotLayer, stack: UndoStack, map_epsg: int,
                 settings: EditSettings | None = None) -> None:
        self.project = project
        self.layer = layer
        self.stack = stack
        self.map_epsg = int(map_epsg)
        self.settings = settings or EditSettings()
        self._snapper: Snapper | None = None
        self._snapper_table: PlotTable | None = None

    # --- snapping ---------------------------------------------------------------------
    def snapper(self) -> Snapper:
        """The snapper of the layer's current plots (rebuilt after the table changed)."""
        if self._snapper is None or self._snapper_table is not self.layer.table:
            self._snapper = Snapper(np.asarray(self.layer.table.ids),
                                    self.layer.map_geometries())
            self._snapper_table = self.layer.table
        return self._snapper

    def snap(self, x: float, y: float, units_per_pixel: float, exclude: Iterable[int] = ()
             ) -> tuple[float, float, SnapResult | None]:
        """(x, y) moved onto the nearest vertex or edge within the pixel tolerance."""
        if not self.settings.snapping or len(self.layer.table) == 0:
            return x, y, None
        tolerance = self.settings.snap_tolerance_px * units_per_pixel
        result = self.snapper().snap(x, y, tolerance, exclude=tuple(exclude))
        if result is None:
            return x, y, None
        return result.x, result.y, result

    # --- checking -----------------------------------------------------------------------
    def _to_wgs84(self, geom: BaseGeometry) -> MultiPolygon:
        """The shape in WGS 84, valid there too (a problem is located on the map)."""
        out = geom if self.map_epsg == STORAGE_EPSG else transform(geom, self.map_epsg,
                                                                   STORAGE_EPSG)
        try:
            return validate_plot_geometry(out)
        except GeometryError as error:
            if error.location is not None and self.map_epsg != STORAGE_EPSG:
                error.location = transform_xy(*error.location, STORAGE_EPSG, self.map_epsg)
            raise

    def _to_map(self, geom: BaseGeometry) -> BaseGeometry:
        if self.map_epsg == STORAGE_EPSG:
            return geom
        return transform(geom, STORAGE_EPSG, self.map_epsg)

    def _check(self, geom: MultiPolygon) -> None:
        validate_plot_geometry(geom)  # locations are in the CRS given: the map's
        editing.check_shape(geom, min_area_m2=self.settings.min_area_ha * SQM_PER_HA,
                            min_width_m=self.settings.min_width_m)

    def _neighbours(self, geom: BaseGeometry, exclude: Iterable[int]) -> list[int]:
        """Rows of the plots whose interiors overlap ``geom``."""
        if len(self.layer.table) == 0:
            return []
        skip = {int(i) for i in exclude}
        ids = np.asarray(self.layer.table.ids)
        rows = self.layer.spatial_tree().query(geom, predicate="intersects")
        geoms = self.layer.map_geometries()
        out = []
        for row in sorted(int(r) for r in rows):
            if int(ids[row]) in skip:
                continue
            if shapely.area(shapely.intersection(geoms[row], geom)) > 0.0:
                out.append(row)
        return out

    def prepare(self, geom_map: BaseGeometry, exclude_id: int | None = None) -> PreparedShape:
        """Check a drawn shape, clip it off its neighbours (when set), check again; what
        would be saved, with its area and warnings for the officer to see first."""
        geom = validate_plot_geometry(geom_map)
        self._check(geom)
        removed_m2 = 0.0
        warnings: list[str] = []
        exclude = () if exclude_id is None else (exclude_id,)
        if self.settings.avoid_overlaps:
            rows = self._neighbours(geom, exclude)
            if rows:
                neighbours = list(self.layer.map_geometries()[rows])
                clipped, removed_m2 = editing.clip_to_neighbours(geom, neighbours)
                if clipped is None or clipped.is_empty:
                    codes = ", ".join(str(c) for c in self.layer.table.codes[rows])
                    raise GeometryError(
                        msg("The shape lies entirely on other plots ({codes}); nothing would "
                            "be left of it. Draw it outside them, or switch off Avoid "
                            "overlaps.", codes=codes),
                        _centre(geom))
                geom = validate_plot_geometry(clipped)
                self._check(geom)
                codes = ", ".join(str(c) for c in self.layer.table.codes[rows])
                warnings.append(translate(
                    "PlotEditor", "clipped by {ha:.2f} ha to avoid overlapping {codes}"
                ).format(ha=removed_m2 / SQM_PER_HA, codes=codes))
        wgs84 = self._to_wgs84(geom)
        if not within_cambodia(wgs84):
            warnings.append(translate("PlotEditor", "outside Cambodia"))
        return PreparedShape(geom, wgs84, float(geom.area) / SQM_PER_HA,
                             removed_m2 / SQM_PER_HA, warnings)

    # --- proposals ----------------------------------------------------------------------
    def _nearest_row(self, x: float, y: float, where: np.ndarray | None = None) -> int | None:
        table = self.layer.table
        if len(table) == 0:
            return None
        geoms = self.layer.map_geometries()
        point = shapely.Point(x, y)
        if where is None:
            row = self.layer.spatial_tree().nearest(point)
            return None if row is None else int(row)
        rows = np.flatnonzero(where)
        if len(rows) == 0:
            return None
        dist = shapely.distance(geoms[rows], point)
        return int(rows[int(np.argmin(dist))])

    def nearest_village(self, x: float, y: float) -> str | None:
        """The village of the nearest plot that has one (proposed for a new plot)."""
        villages = self.layer.table.village_codes
        has = np.array([bool(v) for v in villages], dtype=bool)
        row = self._nearest_row(x, y, has)
        return None if row is None else str(villages[row])

    def propose_code(self, x: float, y: float) -> str:
        """The next free code in the district of the nearest plot's village."""
        village = self.nearest_village(x, y)
        district = district_of(village) if village else "0000"
        return propose_plot_code(district, self.project.plots.codes())

    # --- changes ------------------------------------------------------------------------
    def _push(self, command: EditCommand) -> None:
        """Push a command that expects the plots to be as the map shows them: one changed
        meanwhile by someone else is refused, not overwritten."""
        if command.expected is None:
            table = self.layer.table
            shown = {i: table.version_of(i) for i in command.affected()}
            command.expected = {i: v for i, v in shown.items() if v is not None} or None
        self.stack.push(command)

    def _map_geometry(self, plot_id: int) -> MultiPolygon:
        try:
            row = self.layer.index_of(int(plot_id))
        except KeyError:
            raise DomainError(msg("There is no plot with id {plot_id} on the map; it may have "
                                  "been deleted. Refresh the map and choose it again.",
                                  plot_id=plot_id)) from None
        return to_multipolygon(self.layer.map_geometries()[row])

    def _text(self, template: str, plot_id: int) -> str:
        return translate("EditCommand", template).format(code=self._code(plot_id))

    def _code(self, plot_id: int) -> str:
        return str(self.layer.table.codes[self.layer.index_of(plot_id)])

    def add_plot(self, prepared: PreparedShape, *, code: str, farmer_id: int | None = None,
                 role: str = "farmer_field", village_code: str | None = None, name: str = "",
                 notes: str = "") -> int:
        """Store a prepared shape as a new plot (one undo step); its id."""
        plot = Plot(code=code, name=name, farmer_id=farmer_id,
                    geometry=prepared.geometry_wgs84, village_code=village_code,
                    role=PlotRole(role) if isinstance(role, str) else role, notes=notes)
        plot.validated()
        command = AddPlot(plot)
        self._push(command)
        assert plot.id is not None
        return plot.id

    def change_geometry(self, plot_id: int, geom_map: BaseGeometry) -> None:
        """A new boundary (map CRS) for a plot: checked and clipped like a drawn one."""
        self._map_geometry(plot_id)
        prepared = self.prepare(geom_map, exclude_id=plot_id)
        text = self._text(QT_TRANSLATE_NOOP("EditCommand", "Edit shape of {code}"), plot_id)
        self._push(ChangeGeometry(plot_id, prepared.geometry_wgs84, text))

    def move_plot(self, plot_id: int, dx: float, dy: float) -> None:
        """Shift a whole plot by (dx, dy) map units."""
        moved = editing.move_geometry(self._map_geometry(plot_id), dx, dy)
        prepared = self.prepare(moved, exclude_id=plot_id)
        text = self._text(QT_TRANSLATE_NOOP("EditCommand", "Move plot {code}"), plot_id)
        self._push(ChangeGeometry(plot_id, prepared.geometry_wgs84, text))

    def reshape(self, plot_id: int, stretch_map: BaseGeometry) -> None:
        """Replace a stretch of a plot's boundary by a drawn line."""
        shaped = editing.reshape_plot(self._map_geometry(plot_id), stretch_map)
        prepared = self.prepare(shaped, exclude_id=plot_id)
        text = self._text(QT_TRANSLATE_NOOP("EditCommand", "Reshape plot {code}"), plot_id)
        self._push(ChangeGeometry(plot_id, prepared.geometry_wgs84, text))

    def split(self, plot_id: int, line_map: BaseGeometry, copy_records: bool
              ) -> tuple[int, int]:
        """Split a plot along a line: it keeps the larger part and its records; the other
        part becomes a new plot with the same details (and copies of the plans when
        ``copy_records``). Returns (kept id, new id)."""
        geom = self._map_geometry(plot_id)
        part_a, part_b = editing.split_plot(geom, line_map)
        part_a, part_b = validate_plot_geometry(part_a), validate_plot_geometry(part_b)
        if part_b.area > part_a.area:
            part_a, part_b = part_b, part_a
        for part in (part_a, part_b):
            self._check(part)
        original = self.project.plots.get(int(plot_id))
        code = self._code(plot_id)
        district = district_of(original.village_code) if original.village_code else "0000"
        new = Plot(code=propose_plot_code(district, self.project.plots.codes()),
                   name=original.name, farmer_id=original.farmer_id,
                   geometry=self._to_wgs84(part_b),
                   village_code=original.village_code,
                   role=PlotRole.FARMER_FIELD if original.role in (
                       PlotRole.DEMONSTRATION, PlotRole.CONTROL) else original.role,
                   soil_type=original.soil_type, notes=original.notes)
        new.validated()
        add = AddPlot(new)
        commands: list[EditCommand] = [
            ChangeGeometry(plot_id, self._to_wgs84(part_a)), add]
        if copy_records:
            commands.append(CopyPlans(plot_id, add))
        text = translate("EditCommand", "Split plot {code}").format(code=code)
        self._push(MacroCommand(text, commands))
        assert new.id is not None
        return int(plot_id), new.id

    def merge(self, ids: Iterable[int]) -> int:
        """Merge adjacent plots of one farmer into the first (lowest id): it gets the
        union and the others' records (no duplicates); the others are deleted."""
        plot_ids = sorted({int(i) for i in ids})
        if len(plot_ids) < 2:
            raise DomainError(msg("Choose at least two adjacent plots to merge."))
        geoms = [self._map_geometry(i) for i in plot_ids]
        table = self.layer.table
        rows = [self.layer.index_of(i) for i in plot_ids]
        farmers = {table.farmer_ids[r] for r in rows}
        if len(farmers) > 1:
            names = sorted({_farmer_name(table, r) for r in rows})
            raise ValidationError(
                field="farmer_id",
                message=msg("Only plots of the same farmer can be merged; these belong to "
                            "{names}. Change the farmer of a plot first, or choose others.",
                            names=names))
        codes = [self._code(i) for i in plot_ids]
        union = validate_plot_geometry(editing.merge_plots(geoms, codes))
        self._check(union)
        kept, others = plot_ids[0], plot_ids[1:]
        self._push(MacroCommand(
            translate("EditCommand", "Merge plots {codes}").format(codes=", ".join(codes)),
            [ChangeGeometry(kept, self._to_wgs84(union)),
             ReassignRecords(others, kept), DeletePlots(others)]))
        return kept

    def delete(self, ids: Iterable[int]) -> None:
        """Delete plots with all their records (ask first: see :meth:`dependents`)."""
        plot_ids = sorted({int(i) for i in ids})
        if not plot_ids:
            return
        for i in plot_ids:
            self._map_geometry(i)
        self._push(DeletePlots(plot_ids))

    def dependents(self, ids: Iterable[int]) -> dict[str, int]:
        """How many records of each kind go with the plots, for the confirmation."""
        total: dict[str, int] = {}
        with self.project.transaction() as conn:
            for i in sorted({int(i) for i in ids}):
                for name, n in self.project.plots.dependents(i, conn=conn).items():
                    total[name] = total.get(name, 0) + n
        return total

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()


def _centre(geom: BaseGeometry) -> tuple[float, float]:
    point = geom.representative_point()
    return (float(point.x), float(point.y))


def _farmer_name(table: PlotTable, row: int) -> str:
    if table.farmer_ids[row] is None:
        return msg("no farmer")
    return str(table.farmer_names_latin[row] or table.farmer_names_kh[row]
               or msg("farmer {farmer_id}", farmer_id=table.farmer_ids[row]))
