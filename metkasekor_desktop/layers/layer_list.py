"""The ordered list of map layers; the first layer is drawn last (on top)."""

from __future__ import annotations

from collections.abc import Iterator

from metkasekor_desktop.layers.events import Event
from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.viewport import Extent


class LayerList:
    """Layers in display order, top first.

    ``changed`` fires on any change (the canvas redraws); ``items_changed`` only when
    layers are added, removed or moved; ``layer_changed(layer)`` when one layer's own
    properties (visibility, opacity, style) change.
    """

    def __init__(self) -> None:
        self._layers: list[Layer] = []
        self.changed = Event()
        self.items_changed = Event()
        self.layer_changed = Event()

    def __iter__(self) -> Iterator[Layer]:
        return iter(self._layers)

    def __len__(self) -> int:
        return len(self._layers)

    def __getitem__(self, index: int) -> Layer:
        return self._layers[index]

    def insert(self, index: int, layer: Layer) -> None:
        self._layers.insert(index, layer)
        layer.changed.connect(self._on_layer_changed)
        self._items_changed()

    def append(self, layer: Layer) -> None:
        self.insert(len(self._layers), layer)

    def remove(self, layer: Layer) -> None:
        self._layers.remove(layer)
        layer.changed.disconnect(self._on_layer_changed)
        self._items_changed()

    def clear(self) -> None:
        for layer in list(self._layers):
            layer.changed.disconnect(self._on_layer_changed)
        self._layers.clear()
        self._items_changed()

    def move(self, old: int, new: int) -> None:
        layer = self._layers.pop(old)
        self._layers.insert(new, layer)
        self._items_changed()

    def replace(self, layers: list[Layer]) -> None:
        """Put ``layers`` (top first) in place of the current ones, in one change."""
        for layer in self._layers:
            layer.changed.disconnect(self._on_layer_changed)
        self._layers = list(layers)
        for layer in self._layers:
            layer.changed.connect(self._on_layer_changed)
        self._items_changed()

    def bottom_up(self) -> list[Layer]:
        """The visible layers in drawing order."""
        return [layer for layer in reversed(self._layers) if layer.visible]

    def extent(self) -> Extent | None:
        extents = [e for e in (layer.extent() for layer in self._layers) if e is not None]
        if not extents:
            return None
        return (
            min(e[0] for e in extents),
            min(e[1] for e in extents),
            max(e[2] for e in extents),
            max(e[3] for e in extents),
        )

    def _items_changed(self) -> None:
        self.items_changed.emit(self)
        self.changed.emit(self)

    def _on_layer_changed(self, layer: Layer) -> None:
        self.layer_changed.emit(layer)
        self.changed.emit(self)
