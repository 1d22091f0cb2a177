"""The project's map without a window: its saved layers, a chosen style, an extent.

Used by the command line (``metkasekor-desktop render``) to draw what the officer sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.geometry import METRIC_EPSG
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.persistence import restore_layers, saved_config
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.plot_styling import SEASON_KINDS, apply_style
from metkasekor_desktop.layers.viewport import Extent
from metkasekor_desktop.storage.project import Project


class ProjectMapError(DomainError):
    """A map that cannot be drawn as asked (unknown season, district without plots)."""


@dataclass
class ProjectMap:
    layers: LayerList
    plots: PlotLayer
    map_epsg: int
    problems: list[str] = field(default_factory=list)


def map_epsg_of(project: Project) -> int:
    try:
        return int(project.setting("map_crs_epsg", str(METRIC_EPSG)) or METRIC_EPSG)
    except ValueError:
        return METRIC_EPSG


def season_id_by_name(project: Project, name: str) -> int:
    for season in project.seasons.list():
        if season.name.casefold() == name.strip().casefold():
            return int(season.id)
    known = ", ".join(s.name for s in project.seasons.list())
    if not known:
        raise ProjectMapError(msg("There is no season {name!r} in {project}; the seasons are: "
                                  "none.", name=name, project=project.path.name))
    raise ProjectMapError(msg("There is no season {name!r} in {project}; the seasons are: "
                              "{known}.", name=name, project=project.path.name, known=known))


def build_project_map(project: Project, *, style: str | None = None,
                      season: str | None = None, raster: Path | None = None,
                      language: str = "en", epsg: int | None = None,
                      basemaps: bool = True) -> ProjectMap:
    """The project's saved layers, restyled and with an extra raster when asked; drawn
    in ``epsg`` (the project's map CRS when None; plots and rasters are reprojected by
    their layers); without its basemaps when ``basemaps`` is False (each said so)."""
    epsg = map_epsg_of(project) if epsg is None else epsg
    plots = PlotLayer(project.plots.load_table(), epsg,
                      QCoreApplication.translate("styles", "Plots"))  # the legend's heading
    restored, problems = restore_layers(saved_config(project), plots, epsg, project)
    if not basemaps:
        for layer in restored:
            if layer.kind == "basemap":
                problems.append(msg("The basemap {name!r} is not drawn into the tiles; the "
                                    "phone shows its own basemap under them.",
                                    name=layer.name))
        restored = [layer for layer in restored if layer.kind != "basemap"]
    layers = LayerList()
    layers.replace(restored)
    if style is not None:
        season_id = season_id_by_name(project, season) if season else None
        if style in SEASON_KINDS and season_id is None:
            from metkasekor_desktop.storage.plot_attributes import latest_season_id

            season_id = latest_season_id(project)
        apply_style(plots, project, style, season_id=season_id, language=language)
    if raster is not None:
        from metkasekor_desktop.layers.raster_layer import RasterLayer

        below_plots = [layer.kind for layer in layers].index("plots") + 1
        layers.insert(below_plots, RasterLayer(Path(raster), epsg))
    return ProjectMap(layers, plots, epsg, problems)


def extent_of(plots: PlotLayer, spec: str = "all") -> Extent:
    """The extent of all plots, or of the plots of one district (4-digit code)."""
    spec = (spec or "all").strip()
    if spec.lower() == "all":
        extent = plots.extent()
        if extent is None:
            raise ProjectMapError(msg("The project has no plots to show yet."))
        return extent
    if not (spec.isdigit() and len(spec) == 4):
        raise ProjectMapError(msg("{spec!r} is not an extent: give 'all' or a 4-digit "
                                  "district code such as 0207.", spec=spec))
    codes = np.array([str(c or "")[:4] for c in plots.table.village_codes])
    mask = codes == spec
    if not mask.any():
        raise ProjectMapError(msg("No plot of this project lies in district {spec}.",
                                  spec=spec))
    b = plots.geometry.bboxes[mask]
    return (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])),
            float(np.nanmax(b[:, 2])), float(np.nanmax(b[:, 3])))


def load_project_map(target: Path | str, extent: str = "all",
                     build: Any = None, **options: Any) -> tuple[ProjectMap, Extent, list[str]]:
    """The map of the project (or register) ``target`` for a command: built by ``build``
    (``build_project_map`` by default, with ``options``), its extent (all plots or a
    district), and every problem to warn of (layers not restored, rasters with no valid
    cell, which the map would hide). The project is closed again; the layers are not."""
    from metkasekor_desktop.storage import Project

    project = Project.open_any(target)
    try:
        built = (build or build_project_map)(project, **options)
        where = extent_of(built.plots, extent)
    finally:
        project.close()
    problems = list(built.problems)
    for layer in built.layers:
        if layer.kind == "raster" and hasattr(layer, "problems"):
            problems += layer.problems()
    return built, where, problems
