"""test_plot_attributes on a register: the map's bulk reads work on PostGIS too."""

from ..test_plot_attributes import *  # noqa: F403
