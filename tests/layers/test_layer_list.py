"""The layer list: the order the officer sees in the layers dock is the drawing order."""

from __future__ import annotations

import pytest

from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.layer_list import LayerList


class BoxLayer(Layer):
    """A layer with a fixed extent (None for a layer with nothing to show)."""

    def __init__(self, name, box=None):
        super().__init__(name)
        self._box = box

    def extent(self):
        return self._box


@pytest.fixture
def layers():
    lst = LayerList()
    for name in ("plots", "villages", "imagery"):
        lst.append(BoxLayer(name))
    return lst


def names(seq) -> list[str]:
    return [layer.name for layer in seq]


@pytest.fixture
def changes(layers):
    seen: list[LayerList] = []
    layers.changed.connect(seen.append)
    return seen


def test_append_keeps_order_top_first(layers):
    assert names(layers) == ["plots", "villages", "imagery"]
    assert len(layers) == 3
    assert layers[0].name == "plots"


def test_insert_at_top(layers, changes):
    layers.insert(0, BoxLayer("roads"))
    assert names(layers) == ["roads", "plots", "villages", "imagery"]
    assert changes == [layers]


def test_bottom_up_draws_the_top_layer_last_and_skips_hidden(layers):
    assert names(layers.bottom_up()) == ["imagery", "villages", "plots"]
    layers[1].visible = False
    assert names(layers.bottom_up()) == ["imagery", "plots"]
    assert names(layers) == ["plots", "villages", "imagery"]  # still listed


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (0, 2, ["villages", "imagery", "plots"]),
        (2, 0, ["imagery", "plots", "villages"]),
        (1, 0, ["villages", "plots", "imagery"]),
    ],
)
def test_move(layers, changes, old, new, expected):
    layers.move(old, new)
    assert names(layers) == expected
    assert names(layers.bottom_up()) == expected[::-1]
    assert len(changes) == 1


def test_remove_announces_and_forgets_the_layer(layers, changes):
    villages = layers[1]
    layers.remove(villages)
    assert names(layers) == ["plots", "imagery"]
    assert len(changes) == 1
    villages.visible = False  # a removed layer no longer reaches the list's listeners
    assert len(changes) == 1


def test_clear_announces_and_forgets_all(layers, changes):
    old = list(layers)
    layers.clear()
    assert len(layers) == 0
    assert len(changes) == 1
    old[0].opacity = 0.3
    assert len(changes) == 1


def test_layer_visibility_and_opacity_changes_reach_the_list(layers, changes):
    layers[0].visible = False
    assert len(changes) == 1
    layers[0].visible = False  # no change, no announcement
    assert len(changes) == 1
    layers[2].opacity = 0.5
    assert len(changes) == 2
    layers[2].opacity = 0.5
    assert len(changes) == 2
    layers[1].name = "communes"
    assert len(changes) == 3


def test_layer_opacity_is_clamped():
    layer = BoxLayer("a")
    layer.opacity = 1.7
    assert layer.opacity == 1.0
    layer.opacity = -0.2
    assert layer.opacity == 0.0


def test_moved_layer_still_announces(layers, changes):
    layers.move(0, 2)
    layers[2].visible = False
    assert len(changes) == 2


def test_extent_is_the_union_of_layer_extents():
    lst = LayerList()
    assert lst.extent() is None
    lst.append(BoxLayer("empty"))
    assert lst.extent() is None
    lst.append(BoxLayer("a", (0.0, 10.0, 5.0, 20.0)))
    lst.append(BoxLayer("b", (-3.0, 12.0, 4.0, 25.0)))
    assert lst.extent() == (-3.0, 10.0, 5.0, 25.0)
