"""Yield conversions: from a harvest sample or a whole plot to t/ha at standard moisture."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from metkasekor_desktop.domain.crops import crop
from metkasekor_desktop.domain.enums import YieldMethod, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import Message, as_message, msg

KG_PER_M2_TO_T_PER_HA = 10.0  # 1 kg/m2 = 10,000 kg/ha = 10 t/ha


def moisture_factor(moisture_pct: float | None, standard_pct: float | None) -> float:
    """Factor that brings a weight at ``moisture_pct`` to ``standard_pct`` moisture.

    Dry matter is conserved: w_std = w * (100 - m) / (100 - m_std).
    """
    if standard_pct is None or moisture_pct is None:
        return 1.0
    if not 0 <= moisture_pct < 100:
        raise ValidationError(field="moisture_pct", message=msg(
            "Moisture must be 0-100 %, not {moisture}.", moisture=moisture_pct))
    return (100.0 - moisture_pct) / (100.0 - standard_pct)


def sample_yield_t_ha(
    fresh_weight_kg: float,
    sample_area_m2: float,
    moisture_pct: float | None,
    standard_moisture_pct: float | None,
) -> float:
    """Yield in t/ha from a harvest sample, at the crop's standard moisture."""
    if sample_area_m2 is None or sample_area_m2 <= 0:
        raise ValidationError(field="sample_area_m2", message=msg(
            "The sample area must be more than 0 m²."))
    if fresh_weight_kg is None or fresh_weight_kg < 0:
        raise ValidationError(field="fresh_weight_kg", message=msg(
            "The harvested weight cannot be negative."))
    factor = moisture_factor(moisture_pct, standard_moisture_pct)
    return fresh_weight_kg * factor / sample_area_m2 * KG_PER_M2_TO_T_PER_HA


def whole_plot_yield_t_ha(
    harvest_kg: float,
    plot_area_ha: float,
    moisture_pct: float | None,
    standard_moisture_pct: float | None,
) -> float:
    """Yield in t/ha from the whole plot's harvest divided by the plot's area."""
    if plot_area_ha is None or plot_area_ha <= 0:
        raise ValidationError(field="plot_area_ha", message=msg(
            "The plot has no area; draw its boundary first."))
    if harvest_kg is None or harvest_kg < 0:
        raise ValidationError(field="fresh_weight_kg", message=msg(
            "The harvested weight cannot be negative."))
    factor = moisture_factor(moisture_pct, standard_moisture_pct)
    return harvest_kg * factor / 1000.0 / plot_area_ha


def implausible_yield(crop_key: str, yield_t_ha: float) -> Message | None:
    """Why ``yield_t_ha`` of a crop is hard to believe (None: plausible, or no range).

    A warning, not a rule: the officer may store such a figure with consent.
    """
    top = crop(crop_key).max_plausible_t_ha
    if top is None or yield_t_ha <= top:
        return None
    return msg("{value:.1f} t/ha is more than the {top:g} t/ha that {crop} yields at best in "
               "Cambodia. Check the weight (kg, not g) and the sample area.",
               value=yield_t_ha, top=top, crop=crop(crop_key).name_en)


def gross_margin_per_ha(
    yield_t_ha: float,
    price_per_kg: float,
    costs_per_ha: float,
) -> float:
    """Gross margin per hectare (same currency as price and costs)."""
    return yield_t_ha * 1000.0 * price_per_kg - costs_per_ha



@dataclass(slots=True, kw_only=True)
class YieldRecord:
    """A harvest measurement of one crop on one plot in one season."""

    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    plot_id: int
    season_id: int
    crop: str  # a key of crops.CROPS
    harvest_date: date | None = None
    method: YieldMethod | str = YieldMethod.SAMPLE  # str: see read_enum
    sample_area_m2: float | None = None  # for the sample method
    fresh_weight_kg: float = 0.0  # of the sample, or of the whole plot
    moisture_pct: float | None = None
    labour_days: float | None = None
    input_cost: float | None = None  # riel per hectare
    service_cost: float | None = None  # riel per hectare
    price_per_kg: float | None = None  # riel per kg
    notes: str = ""

    def yield_t_ha(self, plot_area_ha: float | None = None) -> float:
        """Yield at the crop's standard moisture, by the record's method."""
        std = crop(self.crop).standard_moisture_pct
        if YieldMethod(self.method) == YieldMethod.WHOLE_PLOT:
            return whole_plot_yield_t_ha(
                self.fresh_weight_kg, plot_area_ha or 0.0, self.moisture_pct, std
            )
        return sample_yield_t_ha(
            self.fresh_weight_kg, self.sample_area_m2 or 0.0, self.moisture_pct, std
        )

    def gross_margin_per_ha(self, plot_area_ha: float | None = None) -> float | None:
        if self.price_per_kg is None:
            return None
        costs = (self.input_cost or 0.0) + (self.service_cost or 0.0)
        return gross_margin_per_ha(self.yield_t_ha(plot_area_ha), self.price_per_kg, costs)

    def plausibility_problem(self, plot_area_ha: float | None = None) -> Message | None:
        """Why the yield is hard to believe (None: plausible, or not computable)."""
        try:
            value = self.yield_t_ha(plot_area_ha)
        except (ValidationError, KeyError):
            return None
        return implausible_yield(self.crop, value)

    def validated(self, plot_area_ha: float | None = None) -> YieldRecord:
        try:
            crop(self.crop)
        except KeyError as exc:  # a user's message, not a bare KeyError
            raise ValidationError(field="crop", message=as_message(exc.args[0])) from None
        self.method = parse_enum(YieldMethod, self.method, "method")
        self.yield_t_ha(plot_area_ha)  # raises a message on impossible inputs
        return self
