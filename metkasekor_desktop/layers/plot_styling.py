"""Style the plot layer from the project: the data a style reads comes from storage.

Practice, crop and provider styles read the plans of one season, the stage style the
extension events; this module fetches those arrays (bulk queries) and hands the layer
its style.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.plot_layer import PlotLayer
from metkasekor_desktop.layers.styles import (
    SingleStyle,
    Style,
    crop_style,
    graduated_area_style,
    practice_style,
    provider_style,
    role_style,
    stage_style,
    style_from_config,
    symbol_for,
)
from metkasekor_desktop.storage import plot_attributes
from metkasekor_desktop.storage.project import Project

STYLE_KINDS = ("single", "role", "practice", "crop", "provider", "stage", "area")
SEASON_KINDS = ("practice", "crop", "provider")
# The styles whose values are read from the project's records (not the plot table).
READ_KINDS = ("practice", "crop", "provider", "stage")
SINGLE_RGB = (214, 196, 120)


class StyleChoiceError(DomainError):
    """A style that cannot be made, e.g. a practice style without a season."""


def practice_names(project: Project, language: str = "kh") -> dict[str, str]:
    """Practice key -> name in the chosen language (the other one when it is empty)."""
    names = {}
    for p in project.practices.list():
        first, second = (p.name_kh, p.name_en) if language == "kh" else (p.name_en, p.name_kh)
        names[p.key] = first or second or p.key
    return names


def crop_names(language: str = "kh") -> dict[str, str]:
    return {c.key: (c.name_kh if language == "kh" else c.name_en) for c in CROPS.values()}


def provider_name(name: str, language: str = "kh") -> str:
    """The part of a provider's name in the chosen language.

    A provider has one name; a name written in both scripts, "Khmer (English)" or
    "English (Khmer)", shows the part in the chosen language (the other when it has
    none); any other name shows whole.
    """
    text = name.strip()
    if text.endswith(")") and " (" in text:
        head, _, tail = text[:-1].rpartition(" (")
        head, tail = head.strip(), tail.strip()
        if head and tail and _is_khmer(head) != _is_khmer(tail):
            khmer, english = (head, tail) if _is_khmer(head) else (tail, head)
            return khmer if language == "kh" else english
    return text


def _is_khmer(text: str) -> bool:
    return any("\u1780" <= c <= "\u17ff" for c in text)


def provider_names(project: Project, language: str = "kh") -> dict[str, str]:
    """Provider id (as text, the keys of a provider style) -> name in the language."""
    return {str(p.id): provider_name(p.name, language) or str(p.id)
            for p in project.providers.list()}


def load_attribute(layer: PlotLayer, project: Project, attribute: str,
                   season_id: int | None = None) -> None:
    """Give the layer the per-plot values a style of ``attribute`` reads."""
    if attribute in SEASON_KINDS and season_id is None:
        raise StyleChoiceError(msg("Choose a season: practices, crops and providers are "
                                   "planned per season."))
    if attribute in READ_KINDS:
        layer.set_attribute(attribute,
                            _read_attribute(project, attribute, season_id, layer.table.ids))


def _read_attribute(project: Project, attribute: str, season_id: int | None,
                    ids: np.ndarray) -> np.ndarray:
    if attribute == "practice":
        return plot_attributes.season_practices(project, season_id, ids)
    if attribute == "crop":
        return plot_attributes.season_crops(project, season_id, ids)
    if attribute == "provider":
        return plot_attributes.season_providers(project, season_id, ids)
    return plot_attributes.plot_stages(project, ids)


_NAMES: dict[str, Callable[[Project, str], dict[str, str]]] = {
    "practice": practice_names,
    "crop": lambda _project, language: crop_names(language),
    "provider": provider_names,
}
_MAKERS: dict[str, Callable[..., Style]] = {
    "practice": practice_style, "crop": crop_style, "provider": provider_style,
}


def _style_language(style: Any, project: Project) -> str:
    """The language of a practice, crop or provider style's legend ("kh" unless it reads
    English)."""
    labels = getattr(style, "labels", {}) or {}
    names = _NAMES.get(getattr(style, "attribute", ""))
    if names is None or not labels:
        return "kh"
    english = set(names(project, "en").values()) - set(names(project, "kh").values())
    return "en" if any(part in english for label in labels.values()
                       for part in str(label).split(" + ")) else "kh"


def refresh_style(layer: PlotLayer, project: Project,
                  plot_ids: Iterable[int] | None = None, *, remake: bool = False) -> bool:
    """After plans, events or plots changed: read again what the layer's practice, crop,
    provider or stage style shows, for ``plot_ids`` (every plot when None), and colour the
    plots again. When a value appeared that the style has no colour of its own for (a new
    practice combination, a new provider), or the last plot of a value went, the style is
    made again, so the legend lists what the map shows; ``remake`` makes it again anyway
    (a provider was renamed). True when anything was read."""
    style = layer.style
    attribute = getattr(style, "attribute", None)
    season = getattr(style, "season_id", None)
    if attribute not in READ_KINDS or (
            attribute in SEASON_KINDS and season is None):
        return False
    before = set(layer.attribute_values(attribute).tolist()) \
        if layer.has_attribute(attribute) else None
    if plot_ids is None or before is None:
        values = _read_attribute(project, attribute, season, layer.table.ids)
    else:
        rows = layer.rows_of(plot_ids)
        if not len(rows):
            return False
        values = np.asarray(layer.attribute_values(attribute), dtype=object).copy()
        values[rows] = _read_attribute(project, attribute, season, layer.table.ids[rows])
    after = set(np.asarray(values).tolist())
    if attribute == "stage" or (after == before and not remake):
        layer.set_attribute(attribute, values)  # classified again with the same colours
        return True
    language = _style_language(style, project)
    new_style = _MAKERS[attribute](values, _NAMES[attribute](project, language), season)
    layer.set_attribute(attribute, values)
    layer.set_style(new_style)
    return True


def make_style(layer: PlotLayer, project: Project, kind: str, *, season_id: int | None = None,
               language: str = "kh", classes: int = 5, method: str = "quantile") -> Style:
    """A new style of ``kind`` for the layer's plots (loading what it reads)."""
    if kind not in STYLE_KINDS:
        raise StyleChoiceError(msg("Unknown plot style {kind!r}; the styles are {styles}.",
                                   kind=kind, styles=", ".join(STYLE_KINDS)))
    if kind == "single":
        return SingleStyle(symbol_for(SINGLE_RGB))
    if kind == "role":
        return role_style()
    if kind == "area":
        return graduated_area_style(layer.table.areas_ha, classes, method)
    load_attribute(layer, project, kind, season_id)
    values = layer.attribute_values(kind)
    if kind == "practice":
        return practice_style(values, practice_names(project, language), season_id)
    if kind == "crop":
        return crop_style(values, crop_names(language), season_id)
    if kind == "provider":
        return provider_style(values, provider_names(project, language), season_id)
    return stage_style()


def apply_style(layer: PlotLayer, project: Project, kind: str, **options: Any) -> None:
    """Make the style and put it on the layer (one change event)."""
    layer.set_style(make_style(layer, project, kind, **options))


def prepare_config(layer: PlotLayer, project: Project, config: dict[str, Any]) -> None:
    """Before a saved plot layer config is applied: load the attribute its style reads."""
    if "style" not in config:
        return
    style = style_from_config(config["style"])
    attribute = getattr(style, "attribute", None)
    if attribute in READ_KINDS:
        load_attribute(layer, project, attribute, getattr(style, "season_id", None))
