"""Legend entries: what a layer's style means, for the layer panel and map exports."""

from __future__ import annotations

from dataclasses import dataclass, field

RGBA = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One line of a legend.

    ``kind`` is "fill" (a swatch of ``fill`` with an outline ``stroke``), "ramp" (a
    continuous colour ramp of ``colors`` from ``label`` to ``label_end``) or "text" (a
    heading without swatch).
    """

    label: str
    kind: str = "fill"
    fill: RGBA | None = None
    stroke: RGBA | None = None
    colors: tuple[RGBA, ...] = field(default_factory=tuple)
    label_end: str = ""
