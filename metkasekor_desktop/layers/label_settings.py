"""How a plot layer is labelled: the settings a project saves, checked when read.

Apart from the drawing of the labels (:mod:`metkasekor_desktop.layers.labels`), so that
the plot layer holds its settings without depending on the drawing code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg

LABEL_FIELDS: dict[str, str] = {
    "code": "codes",
    "farmer_kh": "farmer_names_kh",
    "farmer_latin": "farmer_names_latin",
}
"""Label field -> the PlotTable column it shows."""


class LabelError(DomainError):
    """Label settings that cannot be used; the message says which value and why."""


@dataclass(frozen=True, slots=True)
class LabelSettings:
    """How a plot layer is labelled. ``min_size_px``: plots whose larger side is shorter
    on screen get no label (hide when too small)."""

    enabled: bool = False
    field: str = "code"
    font_size_pt: float = 9.0
    min_size_px: float = 24.0
    halo: bool = True

    def validated(self) -> LabelSettings:
        if self.field not in LABEL_FIELDS:
            raise LabelError(msg("Plots cannot be labelled by {field!r}; choose one of: "
                                 "{fields}.", field=self.field,
                                 fields=", ".join(LABEL_FIELDS)))
        if not 1.0 <= float(self.font_size_pt) <= 72.0:
            raise LabelError(msg("A label font size of {size} pt is not usable; choose 1 "
                                 "to 72 pt.", size=self.font_size_pt))
        if float(self.min_size_px) < 0:
            raise LabelError(msg("The smallest labelled plot size cannot be negative."))
        return self

    def to_config(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "field": self.field,
                "font_size_pt": self.font_size_pt, "min_size_px": self.min_size_px,
                "halo": self.halo}

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> LabelSettings:
        """Settings saved with :meth:`to_config`; missing keys take their defaults."""
        base = cls()
        try:
            return replace(
                base,
                enabled=bool(config.get("enabled", base.enabled)),
                field=str(config.get("field", base.field)),
                font_size_pt=float(config.get("font_size_pt", base.font_size_pt)),
                min_size_px=float(config.get("min_size_px", base.min_size_px)),
                halo=bool(config.get("halo", base.halo)),
            ).validated()
        except (TypeError, ValueError, AttributeError) as error:
            if isinstance(error, LabelError):
                raise
            raise LabelError(msg("The label settings saved in this project cannot be read "
                                 "({config!r}); set the labels again.",
                                 config=config)) from None


__all__ = ["LABEL_FIELDS", "LabelError", "LabelSettings"]
