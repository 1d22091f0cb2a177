"""The layer list and layer styles, saved in the project and restored on open."""

from __future__ import annotations

import json
from importlib import import_module
from typing import Any

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import as_message
from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.layer_list import LayerList
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.plot_styling import prepare_config
from metkasekor_desktop.storage.project import Project

SETTING = "layers"

# kind -> (module, class) of the layers that are rebuilt from their saved config.
LAYER_CLASSES: dict[str, tuple[str, str]] = {
    "raster": ("metkasekor_desktop.layers.raster_layer", "RasterLayer"),
    "basemap": ("metkasekor_desktop.layers.basemap_layer", "BasemapLayer"),
}


def layers_config(layers: LayerList) -> list[dict[str, Any]]:
    """The JSON-ready description of every layer, top first."""
    return [layer.to_config() for layer in layers]


def save_layers(project: Project, layers: LayerList) -> None:
    """Write the layer list into the project (its own small transaction)."""
    project.set_setting(SETTING, json.dumps(layers_config(layers), ensure_ascii=False))


def saved_config(project: Project) -> list[dict[str, Any]]:
    """The saved layer list, or [] when there is none or it cannot be read."""
    text = project.setting(SETTING)
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []


def restore_layers(
    configs: list[dict[str, Any]], plot_layer: PlotLayer, map_epsg: int,
    project: Project | None = None,
) -> tuple[list[Layer], list[str]]:
    """Rebuild the saved layers around the project's plot layer.

    Returns the layers top first and, for every layer that could not be rebuilt (a
    raster file that was moved, say), one message for the officer; those layers are
    left out and nothing else changes.
    """
    layers: list[Layer] = []
    problems: list[str] = []
    placed_plots = False
    for config in configs:
        kind = config.get("kind")
        if kind == "plots" and not placed_plots:
            try:
                if project is not None:
                    prepare_config(plot_layer, project, config)
                plot_layer.apply_config(config)
            except DomainError as exc:  # the plots stay, in their default style
                problems.append(as_message(exc))
            layers.append(plot_layer)
            placed_plots = True
        elif kind in LAYER_CLASSES:
            module, name = LAYER_CLASSES[kind]
            try:
                layer_class = getattr(import_module(module), name)
                layers.append(layer_class.from_config(config, map_epsg))
            except (DomainError, OSError) as exc:
                problems.append(as_message(exc))
    if not placed_plots:
        layers.insert(0, plot_layer)
    return layers, problems
