"""Plot layer styles as plain data: which symbol each plot gets, and what the legend says.

A style reads one plot attribute (``attribute``: "role", "practice", "crop", "provider",
"stage", "area_ha", or None for a single symbol), sorts each plot into a category with
``classify`` and gives the symbol of each category with ``symbol_of``; the category
``len(symbols)`` is "other". Styles are saved in the project with ``to_config`` and
rebuilt with :func:`style_from_config`.

Colours are picked for people with colour-vision deficiency too: qualitative colours
from the Okabe-Ito and Paul Tol palettes, sequential ramps that change in lightness.
Legend words are translated when the legend is built, so a legend follows the language
the officer switches to.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.domain.enums import PlotRole, Stage
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.legend import LegendEntry

RGBA = tuple[int, int, int, int]
RGB = tuple[int, int, int]

ATTRIBUTES = ("role", "practice", "crop", "provider", "stage", "area_ha")
"""The plot attributes the styles of the plot layer can read."""


class StyleError(DomainError):
    """A style cannot be made or restored; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Symbol:
    fill: RGBA
    stroke: RGBA = (40, 40, 40, 255)
    stroke_width: float = 1.0  # pixels

    def to_config(self) -> dict[str, Any]:
        return {"fill": list(self.fill), "stroke": list(self.stroke),
                "stroke_width": self.stroke_width}

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Symbol:
        try:
            return cls(_rgba(config["fill"]), _rgba(config.get("stroke", (40, 40, 40, 255))),
                       float(config.get("stroke_width", 1.0)))
        except (KeyError, TypeError, ValueError):
            raise StyleError(_damaged(msg("a symbol {config!r}", config=dict(config)))) from None


def _rgba(value: Iterable[Any]) -> RGBA:
    r, g, b, a = (min(255, max(0, int(v))) for v in value)
    return (r, g, b, a)


def _damaged(what: str) -> str:
    return msg("The map style saved in this project is damaged ({what}); the plots are shown "
               "with the default style. Choose the style again in the layer's properties.",
               what=what)


def symbol_for(rgb: RGB, alpha: int = 210) -> Symbol:
    """A fill of ``rgb`` with an outline of the same hue, darker, so shared edges show."""
    dark = tuple(round(c * 0.45) for c in rgb)
    return Symbol((*rgb, alpha), (*dark, 255))  # type: ignore[arg-type]


def _values_as_text(values: np.ndarray) -> list[str]:
    return ["" if v is None else str(v) for v in np.asarray(values, dtype=object)]


# --- the three kinds of style -----------------------------------------------------------


@dataclass(slots=True)
class SingleStyle:
    """Every plot with the same symbol."""

    symbol: Symbol = Symbol((222, 210, 160, 190), (110, 100, 70, 255))
    label: str = ""  # the legend line; "" says "Plots" in the officer's language

    attribute = None

    def classify(self, values: np.ndarray | None = None) -> np.ndarray:
        return np.zeros(0 if values is None else len(values), dtype=np.int64)

    def symbol_of(self, index: int) -> Symbol:
        return self.symbol

    def legend(self) -> list[LegendEntry]:
        label = self.label or QCoreApplication.translate("styles", "Plots")
        return [_entry(label, self.symbol)]

    def to_config(self) -> dict[str, Any]:
        return {"type": "single", "symbol": self.symbol.to_config(), "label": self.label}


@dataclass(slots=True)
class CategorizedStyle:
    """A symbol for each value of one attribute; other values get ``default``.

    ``labels`` name values in the legend; a value without one shows a translated word
    where it has one (roles, stages, "" as "No plan", "No provider" or "No event"), else
    itself. ``season_id`` is the season a "practice", "crop" or "provider" style shows,
    so that the values can be read again when the project is opened. ``default_label``
    adds a legend line for the default symbol (when values were grouped as "other").
    """

    attribute: str
    symbols: dict[str, Symbol] = field(default_factory=dict)
    default: Symbol = Symbol((200, 200, 200, 200))
    labels: dict[str, str] = field(default_factory=dict)
    season_id: int | None = None
    default_label: str = ""

    def categories(self) -> list[str]:
        return list(self.symbols)

    def classify(self, values: np.ndarray) -> np.ndarray:
        """The category index of each value; ``len(symbols)`` for any other value."""
        lookup = {v: i for i, v in enumerate(self.symbols)}
        other = len(lookup)
        # Look up each distinct value once: a province has 100,000 plots, a few values.
        distinct, inverse = np.unique(np.asarray(_values_as_text(values), dtype=str),
                                      return_inverse=True)
        codes = np.array([lookup.get(str(v), other) for v in distinct], dtype=np.int64)
        return codes[inverse.reshape(-1)] if len(distinct) else np.zeros(0, dtype=np.int64)

    def symbol_of(self, index: int) -> Symbol:
        """The symbol of category ``index`` (``len(symbols)`` is the default)."""
        values = list(self.symbols.values())
        return values[index] if 0 <= index < len(values) else self.default

    def label_of(self, value: str) -> str:
        if value in self.labels:
            return self.labels[value]
        return builtin_label(self.attribute, value) or value

    def legend(self) -> list[LegendEntry]:
        entries = [_entry(self.label_of(v), s) for v, s in self.symbols.items()]
        if self.default_label:
            entries.append(_entry(self.default_label, self.default))
        return entries

    def to_config(self) -> dict[str, Any]:
        return {
            "type": "categorized", "attribute": self.attribute,
            "symbols": [[v, s.to_config()] for v, s in self.symbols.items()],
            "default": self.default.to_config(), "labels": dict(self.labels),
            "season_id": self.season_id, "default_label": self.default_label,
        }


@dataclass(slots=True)
class GraduatedStyle:
    """Classes of a numeric attribute between ``breaks`` (``len(symbols) + 1`` edges).

    Class ``i`` holds ``breaks[i] < v <= breaks[i + 1]``, the first class also its lower
    edge, so every value in the range is in exactly one class; values outside it and
    missing values are "other".
    """

    attribute: str
    breaks: list[float]
    symbols: list[Symbol]
    default: Symbol = Symbol((200, 200, 200, 200))
    unit: str = "ha"
    decimals: int = 2

    def __post_init__(self) -> None:
        self.breaks = [float(b) for b in self.breaks]
        if len(self.breaks) != len(self.symbols) + 1 or any(
            b > a for a, b in zip(self.breaks[1:], self.breaks[:-1], strict=False)
        ):
            raise StyleError(msg(
                "A graduated style needs one more break than symbols, in increasing order "
                "(got {breaks} breaks for {symbols} symbols).", breaks=len(self.breaks),
                symbols=len(self.symbols)))

    def classify(self, values: np.ndarray) -> np.ndarray:
        v = np.asarray(values, dtype=np.float64)
        if not self.symbols:
            return np.zeros(len(v), dtype=np.int64)
        edges = np.asarray(self.breaks)
        cats = np.searchsorted(edges[1:-1], v, side="left").astype(np.int64)
        with np.errstate(invalid="ignore"):
            outside = ~((v >= edges[0]) & (v <= edges[-1]))  # NaN is outside too
        cats[outside] = len(self.symbols)
        return cats

    def symbol_of(self, index: int) -> Symbol:
        return self.symbols[index] if 0 <= index < len(self.symbols) else self.default

    def class_label(self, index: int) -> str:
        d = self.decimals
        lo, hi = self.breaks[index], self.breaks[index + 1]
        return f"{lo:.{d}f} - {hi:.{d}f} {self.unit}".rstrip()

    def legend(self) -> list[LegendEntry]:
        return [_entry(self.class_label(i), s) for i, s in enumerate(self.symbols)]

    def to_config(self) -> dict[str, Any]:
        return {"type": "graduated", "attribute": self.attribute, "breaks": list(self.breaks),
                "symbols": [s.to_config() for s in self.symbols],
                "default": self.default.to_config(), "unit": self.unit,
                "decimals": self.decimals}


Style = SingleStyle | CategorizedStyle | GraduatedStyle


def _entry(label: str, symbol: Symbol) -> LegendEntry:
    return LegendEntry(label=label, kind="fill", fill=symbol.fill, stroke=symbol.stroke)


def style_from_config(config: Mapping[str, Any]) -> Style:
    """Rebuild a style saved with ``to_config``; a StyleError when it cannot be read."""
    kind = config.get("type") if isinstance(config, Mapping) else None
    try:
        if kind == "single":
            return SingleStyle(Symbol.from_config(config["symbol"]), str(config.get("label", "")))
        if kind == "categorized":
            season = config.get("season_id")
            return CategorizedStyle(
                attribute=str(config["attribute"]),
                symbols={str(v): Symbol.from_config(s) for v, s in config["symbols"]},
                default=Symbol.from_config(config["default"]),
                labels={str(k): str(v) for k, v in dict(config.get("labels", {})).items()},
                season_id=None if season is None else int(season),
                default_label=str(config.get("default_label", "")),
            )
        if kind == "graduated":
            return GraduatedStyle(
                attribute=str(config["attribute"]),
                breaks=[float(b) for b in config["breaks"]],
                symbols=[Symbol.from_config(s) for s in config["symbols"]],
                default=Symbol.from_config(config["default"]),
                unit=str(config.get("unit", "ha")), decimals=int(config.get("decimals", 2)),
            )
    except (KeyError, TypeError, ValueError):
        raise StyleError(_damaged(msg("a {kind} style without the values it needs",
                                          kind=kind))) from None
    raise StyleError(msg(
        "The map style saved in this project is of a kind ({kind!r}) this version of "
        "MetKasekor Desktop does not know; the plots are shown with the default style. "
        "Update the application, or choose the style again.", kind=kind))


# --- translated words -------------------------------------------------------------------


def role_labels() -> dict[str, str]:
    return {
        PlotRole.DEMONSTRATION.value: QCoreApplication.translate(
            "styles", "Demonstration"),
        PlotRole.CONTROL.value: QCoreApplication.translate(
            "styles", "Control"),
        PlotRole.FARMER_FIELD.value: QCoreApplication.translate(
            "styles", "Farmer field"),
    }


def stage_labels() -> dict[str, str]:
    return {
        Stage.IDENTIFICATION.value: QCoreApplication.translate(
            "styles", "Identification"),
        Stage.DEMAND_CREATION_MEETING.value: QCoreApplication.translate(
            "styles", "Demand creation meeting"),
        Stage.FIELD_SHOWCASE.value: QCoreApplication.translate(
            "styles", "Field showcase"),
        Stage.COMMERCIAL_DEMONSTRATION.value: QCoreApplication.translate(
            "styles", "Commercial demonstration"),
        Stage.ANNUAL_MEETING.value: QCoreApplication.translate(
            "styles", "Annual meeting"),
        Stage.PROMOTIONAL_MEETING.value: QCoreApplication.translate(
            "styles", "Promotional meeting"),
    }


def builtin_label(attribute: str, value: str) -> str:
    """The translated word for a stored value of ``attribute``, or "" when there is none."""
    if attribute == "role":
        return role_labels().get(value, "")
    if attribute == "stage":
        return (QCoreApplication.translate("styles", "No event") if value == ""
                else stage_labels().get(value, ""))
    if attribute in ("practice", "crop") and value == "":
        return QCoreApplication.translate("styles", "No plan")
    if attribute == "provider" and value == "":
        return QCoreApplication.translate("styles", "No provider")
    return ""


def combination_label(value: str, names: Mapping[str, str]) -> str:
    """"cover_crop+no_till" -> "Cover crop + No-till" with the names given for the keys."""
    return " + ".join(names.get(k, k) for k in value.split("+"))


# --- palettes and factories -------------------------------------------------------------

NO_DATA_RGB: RGB = (215, 215, 215)  # "no plan", "no event": light grey, read as absent
# Conservation-agriculture combinations: greens and blues (Okabe-Ito, ColorBrewer).
CA_COLOURS: tuple[RGB, ...] = (
    (0, 158, 115), (0, 114, 178), (27, 120, 55), (86, 180, 233), (102, 194, 165),
    (33, 102, 172), (166, 219, 160), (0, 68, 27), (146, 197, 222), (53, 151, 143),
)
# The farmer's conventional practice: warm browns, apart from every CA colour.
CONVENTIONAL_COLOURS: tuple[RGB, ...] = ((166, 97, 26), (213, 94, 0), (140, 81, 10),
                                         (223, 194, 125))
# Crops: Paul Tol's "muted" qualitative palette.
CROP_COLOURS: tuple[RGB, ...] = (
    (221, 204, 119), (17, 119, 51), (204, 102, 119), (136, 204, 238), (51, 34, 136),
    (68, 170, 153), (170, 68, 153), (153, 153, 51), (136, 34, 85), (68, 119, 170),
)
# Service providers: Okabe-Ito's seven colours, then five of Paul Tol's, strong ones
# first (the most frequent providers get them); no two closer than 22 in CIELAB.
PROVIDER_COLOURS: tuple[RGB, ...] = (
    (0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233),
    (213, 94, 0), (240, 228, 66), (136, 34, 85), (51, 34, 136), (153, 153, 51),
    (140, 81, 10), (17, 119, 51),
)
# Plots no provider served: faint, so the served ones stand out on the market map.
UNSERVED_SYMBOL = Symbol((215, 215, 215, 110), (150, 150, 150, 200), 0.8)
OTHER_RGB: RGB = (150, 150, 150)
# Sequential ramps, light to dark: viridis (stages), ColorBrewer YlGn (areas).
VIRIDIS: tuple[RGB, ...] = ((253, 231, 37), (122, 209, 81), (34, 168, 132), (42, 120, 142),
                            (65, 68, 135), (68, 1, 84))
YLGN: tuple[RGB, ...] = ((255, 255, 204), (194, 230, 153), (120, 198, 121), (49, 163, 84),
                         (0, 104, 55))


def ramp(stops: tuple[RGB, ...], n: int) -> list[RGB]:
    """``n`` colours spread evenly along the ramp ``stops`` (interpolated in RGB)."""
    if n <= 0:
        return []
    if n == 1:
        return [stops[len(stops) // 2]]
    arr = np.asarray(stops, dtype=np.float64)
    pos = np.linspace(0, len(stops) - 1, n)
    lo = np.floor(pos).astype(int)
    hi = np.minimum(lo + 1, len(stops) - 1)
    t = (pos - lo)[:, None]
    out = np.rint(arr[lo] * (1 - t) + arr[hi] * t).astype(int)
    return [(int(r), int(g), int(b)) for r, g, b in out]


def role_style() -> CategorizedStyle:
    """Demonstration plots green, their controls orange, other farmers' fields sand."""
    return CategorizedStyle(
        attribute="role",
        symbols={
            PlotRole.DEMONSTRATION.value: Symbol((46, 158, 68, 210), (20, 80, 30, 255)),
            PlotRole.CONTROL.value: Symbol((230, 140, 30, 210), (120, 70, 10, 255)),
            PlotRole.FARMER_FIELD.value: Symbol((222, 210, 160, 190), (110, 100, 70, 255)),
        },
    )


def _by_frequency(values: Iterable[Any]) -> list[str]:
    """Distinct values, most frequent first (then alphabetical), so the common ones get
    the first colours and the top of the legend."""
    counts = Counter(_values_as_text(np.asarray(list(values), dtype=object)))
    return sorted(counts, key=lambda v: (-counts[v], v))


def _grouped(
    values: list[str], palette: tuple[RGB, ...], names: Mapping[str, str], other: str
) -> tuple[dict[str, Symbol], dict[str, str], str]:
    """A colour and a legend label for each value while the palette lasts; the rest
    share the default symbol, whose legend line is then ``other``."""
    symbols = {v: symbol_for(c) for v, c in zip(values, palette, strict=False)}
    labels = {v: combination_label(v, names) for v in symbols}
    grouped = len(values) > len(palette)
    return symbols, labels, other if grouped else ""


def practice_style(values: Iterable[Any], names: Mapping[str, str],
                   season_id: int | None = None) -> CategorizedStyle:
    """Plots by the practice combination of their plan in a season.

    ``values``: the combination labels of the plots ("cover_crop+no_till", "" for no
    plan; repeats allowed, the most frequent combination gets the first colour);
    ``names``: the practice names (Khmer or English) of the practice keys. CA
    combinations are greens and blues, combinations with the conventional practice warm
    browns, plots without plan light grey; combinations beyond the palette share a grey.
    """
    ordered = _by_frequency(values)
    conventional = [v for v in ordered if v and "conventional" in v.split("+")]
    ca = [v for v in ordered if v and v not in conventional]
    other = QCoreApplication.translate("styles", "Other combinations")
    symbols, labels, default_label = _grouped(ca, CA_COLOURS, names, other)
    conv_symbols, conv_labels, conv_other = _grouped(conventional, CONVENTIONAL_COLOURS,
                                                     names, other)
    symbols.update(conv_symbols)
    labels.update(conv_labels)
    if "" in ordered:
        symbols[""] = symbol_for(NO_DATA_RGB, 170)
    return CategorizedStyle("practice", symbols, symbol_for(OTHER_RGB), labels, season_id,
                            default_label or conv_other)


def crop_style(values: Iterable[Any], names: Mapping[str, str],
               season_id: int | None = None) -> CategorizedStyle:
    """Plots by the crops of their plan in a season (``names``: crop key -> name)."""
    ordered = _by_frequency(values)
    crops = [v for v in ordered if v]
    other = QCoreApplication.translate("styles", "Other crops")
    symbols, labels, default_label = _grouped(crops, CROP_COLOURS, names, other)
    if "" in ordered:
        symbols[""] = symbol_for(NO_DATA_RGB, 170)
    return CategorizedStyle("crop", symbols, symbol_for(OTHER_RGB), labels, season_id,
                            default_label)


def provider_style(values: Iterable[Any], names: Mapping[str, str],
                   season_id: int | None = None) -> CategorizedStyle:
    """Plots by the service providers of their plan in a season: the market map.

    ``values``: the provider ids of each plot's plan joined with "+" ("3", "3+12"; ""
    when no provider served it), as ``plot_attributes.season_providers`` reads them;
    ``names``: provider id (as text) -> the name the legend shows. Each provider, or
    combination "A + B", gets its own colour, the most frequent first; beyond twelve the
    rest share a grey "Other providers"; plots without a provider are faint grey.
    """
    ordered = _by_frequency(values)
    served = [v for v in ordered if v]
    other = QCoreApplication.translate("styles", "Other providers")
    symbols, labels, default_label = _grouped(served, PROVIDER_COLOURS, names, other)
    if "" in ordered:
        symbols[""] = UNSERVED_SYMBOL
    return CategorizedStyle("provider", symbols, symbol_for(OTHER_RGB), labels, season_id,
                            default_label)


def stage_style() -> CategorizedStyle:
    """Plots by the MetKasekor stage their site reached: a light-to-dark ramp in the
    model's order, light grey where no event has been held."""
    colours = ramp(VIRIDIS, len(Stage))
    symbols = {stage.value: symbol_for(c) for stage, c in zip(Stage, colours, strict=True)}
    symbols[""] = symbol_for(NO_DATA_RGB, 170)
    return CategorizedStyle("stage", symbols, symbol_for(OTHER_RGB))


def graduated_area_style(areas: np.ndarray, classes: int = 5,
                         method: str = "quantile") -> GraduatedStyle:
    """Plots by area in ``classes`` classes of equal counts ("quantile") or equal width
    ("equal"), on a light-to-dark green ramp. Classes that would be empty or repeat a
    break (many plots of the same area) are merged, so there may be fewer."""
    if method not in ("quantile", "equal"):
        raise StyleError(msg("Unknown way to pick area classes {method!r}; use quantile or "
                             "equal.", method=method))
    a = np.asarray(areas, dtype=np.float64)
    a = a[np.isfinite(a)]
    classes = max(1, int(classes))
    if len(a) == 0:
        breaks = [0.0, 0.0]
    elif method == "equal":
        breaks = np.linspace(a.min(), a.max(), classes + 1).tolist()
    else:
        breaks = np.quantile(a, np.linspace(0, 1, classes + 1)).tolist()
        breaks[0], breaks[-1] = float(a.min()), float(a.max())
    breaks = _distinct(_rounded(breaks, AREA_DECIMALS))
    colours = ramp(YLGN, len(breaks) - 1)
    return GraduatedStyle("area_ha", breaks, [symbol_for(c) for c in colours],
                          decimals=AREA_DECIMALS)


AREA_DECIMALS = 2


def _rounded(breaks: list[float], decimals: int) -> list[float]:
    """Breaks at the precision the legend shows, so that a plot of exactly "0.90 ha" is
    in the class the legend says ends at 0.90; the ends are widened, never narrowed."""
    scale = 10.0**decimals
    out = [round(b, decimals) for b in breaks]
    out[0] = math.floor(breaks[0] * scale + 1e-9) / scale
    out[-1] = math.ceil(breaks[-1] * scale - 1e-9) / scale
    return out


def _distinct(breaks: list[float]) -> list[float]:
    """Breaks without repeats; a single value still makes one class [v, v]."""
    out = [breaks[0]]
    for b in breaks[1:]:
        if b > out[-1]:
            out.append(b)
    return out if len(out) > 1 else [out[0], out[0]]


SELECTION_STROKE: RGBA = (0, 200, 255, 255)
SELECTION_FILL: RGBA = (0, 200, 255, 70)
