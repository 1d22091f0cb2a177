"""What every map layer has: a name, visibility, opacity and a change announcement."""

from __future__ import annotations

from typing import Any

from metkasekor_desktop.layers.events import Event
from metkasekor_desktop.layers.legend import LegendEntry
from metkasekor_desktop.layers.viewport import Extent


class Layer:
    """Base of the map layers. ``changed`` is emitted with the layer after any change."""

    kind = "layer"

    def __init__(self, name: str) -> None:
        self._name = name
        self._visible = True
        self._opacity = 1.0
        self.changed = Event()

    @property
    def name(self) -> str:
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        self._name = value
        self.changed.emit(self)

    @property
    def visible(self) -> bool:
        return self._visible

    @visible.setter
    def visible(self, value: bool) -> None:
        if value != self._visible:
            self._visible = bool(value)
            self.changed.emit(self)

    @property
    def opacity(self) -> float:
        return self._opacity

    @opacity.setter
    def opacity(self, value: float) -> None:
        value = min(1.0, max(0.0, float(value)))
        if value != self._opacity:
            self._opacity = value
            self.changed.emit(self)

    def extent(self) -> Extent | None:
        """The layer's extent in the map CRS, or None when it has nothing to show."""
        return None

    def legend(self) -> list[LegendEntry]:
        """What the layer's symbols mean (empty when there is nothing to explain)."""
        return []

    def attribution(self) -> str:
        """Credit that must be shown with the map (basemap tiles), or ""."""
        return ""

    def to_config(self) -> dict[str, Any]:
        """JSON-ready description saved in the project, restored by the layer's
        ``from_config`` classmethod. Subclasses add their own keys."""
        return {"kind": self.kind, "name": self.name, "visible": self.visible,
                "opacity": self.opacity}

    def apply_config(self, config: dict[str, Any]) -> None:
        """Restore the common keys of :meth:`to_config` (without change events)."""
        self._name = str(config.get("name", self._name))
        self._visible = bool(config.get("visible", True))
        self._opacity = min(1.0, max(0.0, float(config.get("opacity", 1.0))))
