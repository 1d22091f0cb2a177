"""A raster on the map: one band through a colour ramp (with optional hillshade), or RGB.

The layer holds the open :class:`RasterSource` (the render worker reads from it frame
after frame) and the style; changing any style field announces ``changed`` so the map
redraws. Value ranges left on "auto" (None) follow the band's statistics.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.io.raster_errors import RasterError
from metkasekor_desktop.io.raster_source import BandStatistics, RasterSource
from metkasekor_desktop.layers.color_ramps import RAMPS, ramp_colors
from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.legend import LegendEntry
from metkasekor_desktop.layers.viewport import Extent

MODES = ("ramp", "rgb")
_UNIT_SYMBOLS = {"metre": "m", "meter": "m", "metres": "m", "meters": "m"}


class RasterLayer(Layer):
    """A raster file drawn in the map CRS ``map_epsg``.

    Style: ``mode`` ("ramp" or "rgb"), ``band`` and ``ramp`` with ``vmin``/``vmax``
    (None = from the statistics) and ``hillshade`` for "ramp"; ``rgb_bands`` for "rgb".
    """

    kind = "raster"
    STYLE_FIELDS = ("mode", "band", "ramp", "vmin", "vmax", "hillshade", "rgb_bands")

    def __init__(self, path: Path | str, map_epsg: int, name: str | None = None) -> None:
        self.path = Path(path)
        self.source = RasterSource(self.path)
        super().__init__(name if name is not None else self.path.stem)
        self.map_epsg = int(map_epsg)
        self._mode = "rgb" if self.source.count >= 3 else "ramp"
        self._band = 1
        self._ramp = "terrain"
        self._vmin: float | None = None
        self._vmax: float | None = None
        self._hillshade = False
        self._rgb_bands: tuple[int, int, int] = (1, 2, 3) if self.source.count >= 3 else (1, 1, 1)

    # --- style fields -------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        self.update_style(mode=value)

    @property
    def band(self) -> int:
        return self._band

    @band.setter
    def band(self, value: int) -> None:
        self.update_style(band=value)

    @property
    def ramp(self) -> str:
        return self._ramp

    @ramp.setter
    def ramp(self, value: str) -> None:
        self.update_style(ramp=value)

    @property
    def vmin(self) -> float:
        """The value at the start of the ramp (the band's 2nd percentile on auto)."""
        return self._vmin if self._vmin is not None else self._auto_range()[0]

    @vmin.setter
    def vmin(self, value: float | None) -> None:
        self.update_style(vmin=value)

    @property
    def vmax(self) -> float:
        """The value at the end of the ramp (the band's 98th percentile on auto)."""
        return self._vmax if self._vmax is not None else self._auto_range()[1]

    @vmax.setter
    def vmax(self, value: float | None) -> None:
        self.update_style(vmax=value)

    @property
    def auto_range(self) -> bool:
        return self._vmin is None and self._vmax is None

    @property
    def hillshade(self) -> bool:
        return self._hillshade

    @hillshade.setter
    def hillshade(self, value: bool) -> None:
        self.update_style(hillshade=value)

    @property
    def rgb_bands(self) -> tuple[int, int, int]:
        return self._rgb_bands

    @rgb_bands.setter
    def rgb_bands(self, value: Sequence[int]) -> None:
        self.update_style(rgb_bands=value)

    def update_style(self, **fields: Any) -> None:
        """Set several style fields at once, with one ``changed``; refused values raise
        :class:`RasterError` and change nothing."""
        unknown = set(fields) - set(self.STYLE_FIELDS)
        if unknown:
            raise TypeError(msg("Unknown raster style field(s): {fields}",
                                fields=", ".join(sorted(unknown))))
        new = {name: getattr(self, "_" + name) for name in self.STYLE_FIELDS}
        for name, value in fields.items():
            new[name] = self._checked(name, value)
        if new["mode"] == "rgb" and self.source.count < 3:
            raise RasterError(msg(
                "The raster {name} has {count} band(s); RGB needs three. Show it with a "
                "colour ramp instead.", name=self.path.name, count=self.source.count))
        if all(new[name] == getattr(self, "_" + name) for name in self.STYLE_FIELDS):
            return
        for name, value in new.items():
            setattr(self, "_" + name, value)
        self.changed.emit(self)

    def _checked(self, name: str, value: Any) -> Any:
        count = self.source.count
        if name == "mode":
            if value not in MODES:
                raise RasterError(msg("A raster is shown as {modes}, not {value!r}.",
                                      modes=" or ".join(MODES), value=value))
            return str(value)
        if name == "band":
            return self._band_number(value, count)
        if name == "ramp":
            if value not in RAMPS:
                raise RasterError(msg(
                    "There is no colour ramp called {ramp!r}; choose one of {ramps}.",
                    ramp=value, ramps=", ".join(RAMPS)))
            return str(value)
        if name in ("vmin", "vmax"):
            if value is None:
                return None
            number = float(value)
            if not math.isfinite(number):
                raise RasterError(msg("The ramp's {name} must be a number, not {value!r}.",
                                      name=name, value=value))
            return number
        if name == "hillshade":
            return bool(value)
        bands = tuple(self._band_number(b, count) for b in value)
        if len(bands) != 3:
            raise RasterError(msg("RGB needs exactly three band numbers (red, green, blue)."))
        return bands

    def _band_number(self, value: Any, count: int) -> int:
        band = int(value)
        if not 1 <= band <= count:
            raise RasterError(msg(
                "The raster {name} has {count} band(s); there is no band {band}.",
                name=self.path.name, count=count, band=band))
        return band

    # --- derived ------------------------------------------------------------------------
    def statistics(self, band: int | None = None) -> BandStatistics:
        return self.source.statistics(band or self._band)

    def _auto_range(self) -> tuple[float, float]:
        stats = self.statistics()
        if stats.empty:
            return (0.0, 1.0)
        low, high = stats.p2, stats.p98
        if not high > low:
            low, high = stats.minimum, stats.maximum
        if not high > low:
            high = low + 1.0
        return (low, high)

    def rgb_range(self, band: int) -> tuple[float, float]:
        """The stretch of one RGB band: 0..255 for 8-bit imagery, else 2nd..98th
        percentile (16-bit satellite imagery is dark on 0..65535)."""
        if self.source.dtypes[band - 1] == "uint8":
            return (0.0, 255.0)
        stats = self.statistics(band)
        if stats.empty or not stats.p98 > stats.p2:
            return (0.0, 255.0) if stats.empty else (stats.minimum, stats.minimum + 1.0)
        return (stats.p2, stats.p98)

    def problems(self) -> list[str]:
        """What the officer should know before looking at the map: a raster with no
        valid cell draws nothing at all. A damaged file raises RasterError instead."""
        stats = self.statistics()
        if not stats.empty:
            return []
        nodata = self.source.nodata
        value = "" if nodata is None else f" (the nodata value, {nodata:g})"
        return [QCoreApplication.translate(
            "RasterLayer", "The raster {0} holds no valid data: every cell of band {1} is "
            "empty{2}, so nothing of it is drawn. Check that it is the right file, or that "
            "its nodata value is right.").format(self.path.name, self._band, value)]

    def units(self) -> str:
        unit = self.source.units[self._band - 1].strip()
        return _UNIT_SYMBOLS.get(unit.lower(), unit)

    # --- Layer --------------------------------------------------------------------------
    def extent(self) -> Extent | None:
        return self.source.map_bounds(self.map_epsg)

    def legend(self) -> list[LegendEntry]:
        if self._mode == "rgb":
            if self._rgb_bands == (1, 2, 3):
                rgb = QCoreApplication.translate("RasterLayer", "RGB")
                return [LegendEntry(label=rgb, kind="text")]
            label = QCoreApplication.translate("RasterLayer", "RGB (bands {0})")
            label = label.format(", ".join(map(str, self._rgb_bands)))
            return [LegendEntry(label=label, kind="text")]
        unit = self.units()
        suffix = f" {unit}" if unit else ""
        return [LegendEntry(
            label=f"{self.vmin:.4g}{suffix}", kind="ramp", colors=ramp_colors(self._ramp),
            label_end=f"{self.vmax:.4g}{suffix}",
        )]

    def reload(self) -> None:
        """Open the file again (after overviews were built for it) and redraw."""
        self.source.reopen()
        self.changed.emit(self)

    def close(self) -> None:
        """Release the file (the layer was removed from the map)."""
        self.source.close()

    def to_config(self) -> dict[str, Any]:
        config = super().to_config()
        config.update(
            path=str(self.path), mode=self._mode, band=self._band, ramp=self._ramp,
            vmin=self._vmin, vmax=self._vmax, hillshade=self._hillshade,
            rgb_bands=list(self._rgb_bands),
        )
        return config

    @classmethod
    def from_config(cls, config: dict[str, Any], map_epsg: int) -> RasterLayer:
        """Rebuild a saved raster layer; a moved or deleted file raises RasterError."""
        path = Path(str(config.get("path", "")))
        if not str(config.get("path", "")) or not path.exists():
            raise RasterError(msg(
                "The raster {path} of this project is missing; it was moved, renamed or "
                "deleted. Put it back, or add it to the map again from its new place.",
                path=str(path)))
        layer = cls(path, map_epsg)
        layer.apply_config(config)
        style = {name: config[name] for name in cls.STYLE_FIELDS if name in config}
        try:
            layer.update_style(**style)  # nobody listens yet: no redraw
        except RasterError:
            raise
        except (TypeError, ValueError) as exc:
            raise RasterError(msg(
                "The saved style of the raster {name} could not be read ({reason}); add the "
                "raster to the map again.", name=path.name, reason=as_message(exc))) from exc
        return layer
