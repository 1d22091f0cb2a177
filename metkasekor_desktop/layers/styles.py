"""Plot layer styles as plain data: a symbol per category, and the default role style."""

from __future__ import annotations

from dataclasses import dataclass, field

from metkasekor_desktop.domain.enums import PlotRole

RGBA = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Symbol:
    fill: RGBA
    stroke: RGBA = (40, 40, 40, 255)
    stroke_width: float = 1.0  # pixels


@dataclass(slots=True)
class CategorizedStyle:
    """A symbol for each value of one attribute; other values get ``default``."""

    attribute: str
    symbols: dict[str, Symbol] = field(default_factory=dict)
    default: Symbol = Symbol((200, 200, 200, 200))

    def categories(self) -> list[str]:
        return list(self.symbols)

    def symbol_of(self, index: int) -> Symbol:
        """The symbol of category ``index`` (``len(symbols)`` is the default)."""
        values = list(self.symbols.values())
        return values[index] if index < len(values) else self.default


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


SELECTION_STROKE: RGBA = (0, 200, 255, 255)
SELECTION_FILL: RGBA = (0, 200, 255, 70)
