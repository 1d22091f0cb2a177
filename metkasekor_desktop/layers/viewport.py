"""The map view: which part of the map (in the map CRS) is shown on how many pixels."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

Extent = tuple[float, float, float, float]  # (xmin, ymin, xmax, ymax) in map units


@dataclass(frozen=True, slots=True)
class Viewport:
    """Centre and resolution of the view; y grows up on the map and down on screen."""

    center_x: float
    center_y: float
    units_per_pixel: float
    width: int
    height: int

    @property
    def extent(self) -> Extent:
        half_w = self.width * self.units_per_pixel / 2
        half_h = self.height * self.units_per_pixel / 2
        return (
            self.center_x - half_w,
            self.center_y - half_h,
            self.center_x + half_w,
            self.center_y + half_h,
        )

    def map_to_pixel(self, x, y):
        """Map coordinates (scalars or arrays) to pixel coordinates."""
        xmin, _, _, ymax = self.extent
        return (
            (np.asarray(x) - xmin) / self.units_per_pixel,
            (ymax - np.asarray(y)) / self.units_per_pixel,
        )

    def pixel_to_map(self, px: float, py: float) -> tuple[float, float]:
        xmin, _, _, ymax = self.extent
        return (xmin + px * self.units_per_pixel, ymax - py * self.units_per_pixel)

    def resized(self, width: int, height: int) -> Viewport:
        return replace(self, width=max(1, width), height=max(1, height))

    def panned_pixels(self, dx: float, dy: float) -> Viewport:
        """The view after the map was dragged by (dx, dy) pixels."""
        return replace(
            self,
            center_x=self.center_x - dx * self.units_per_pixel,
            center_y=self.center_y + dy * self.units_per_pixel,
        )

    def zoomed_at(self, px: float, py: float, factor: float) -> Viewport:
        """Zoom by ``factor`` (>1 zooms in) keeping the map point under (px, py) in place."""
        mx, my = self.pixel_to_map(px, py)
        upp = self.units_per_pixel / factor
        return replace(
            self,
            units_per_pixel=upp,
            center_x=mx + (self.width / 2 - px) * upp,
            center_y=my - (self.height / 2 - py) * upp,
        )

    def fitted(self, extent: Extent, margin: float = 0.05) -> Viewport:
        """The view that shows the whole ``extent`` with a margin around it."""
        xmin, ymin, xmax, ymax = extent
        w = max(xmax - xmin, 1e-9) * (1 + 2 * margin)
        h = max(ymax - ymin, 1e-9) * (1 + 2 * margin)
        upp = max(w / self.width, h / self.height)
        return replace(
            self,
            center_x=(xmin + xmax) / 2,
            center_y=(ymin + ymax) / 2,
            units_per_pixel=upp,
        )

    def scale_denominator(self, dpi: float = 96.0) -> float:
        """The 1:N scale for a screen of ``dpi`` dots per inch (map units are metres)."""
        return self.units_per_pixel * dpi / 0.0254
