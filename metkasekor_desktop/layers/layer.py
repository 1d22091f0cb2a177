"""What every map layer has: a name, visibility, opacity and a change announcement."""

from __future__ import annotations

from metkasekor_desktop.layers.events import Event
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
