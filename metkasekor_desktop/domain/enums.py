"""Closed vocabularies of the domain.

The values are stable text keys stored in the project file; what a user reads is a
translated label chosen by the UI, never these keys.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar, cast

from metkasekor_desktop.domain.messages import msg


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class PlotRole(StrEnum):
    """What a plot is for in the extension model."""

    DEMONSTRATION = "demonstration"
    CONTROL = "control"
    FARMER_FIELD = "farmer_field"


class SeasonKind(StrEnum):
    """Upland cropping windows: early wet (pre-monsoon), main/late wet, dry."""

    EARLY_WET = "early_wet"
    MAIN_WET = "main_wet"
    DRY = "dry"


class PlanStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class ProviderKind(StrEnum):
    COVER_CROP_SEED_COMPANY = "cover_crop_seed_company"
    MACHINERY_SERVICE = "machinery_service"
    INPUT_SUPPLIER = "input_supplier"
    COOPERATIVE = "cooperative"
    PDAFF = "pdaff"


class Service(StrEnum):
    """What a provider can be hired for; a practice names the service it needs."""

    COVER_CROP_SEED = "cover_crop_seed"
    NO_TILL_PLANTING = "no_till_planting"
    ROLLER_CRIMPING = "roller_crimping"
    LAND_LEVELLING = "land_levelling"
    SPRAYING = "spraying"
    HARVESTING = "harvesting"
    INPUTS = "inputs"
    TRAINING = "training"


class PracticeKind(StrEnum):
    """Families of practices; the kind decides which details a plan records."""

    NO_TILL = "no_till"
    COVER_CROP = "cover_crop"
    RESIDUE_RETENTION = "residue_retention"
    ROTATION = "rotation"
    INTERCROPPING = "intercropping"
    LAND_LEVELLING = "land_levelling"
    CROP_PROTECTION = "crop_protection"
    INTEGRATED_FARMING = "integrated_farming"
    CONVENTIONAL = "conventional"


class TerminationMethod(StrEnum):
    ROLLER_CRIMPER = "roller_crimper"
    HERBICIDE = "herbicide"
    MOWING = "mowing"
    GRAZING = "grazing"


class TrialDesign(StrEnum):
    PAIRED = "paired"  # demonstration vs farmer-practice control, farms as replicates
    RCBD = "rcbd"  # randomised complete blocks


class Stage(StrEnum):
    """The six stages of the MetKasekor model for a site, in order."""

    IDENTIFICATION = "identification"
    DEMAND_CREATION_MEETING = "demand_creation_meeting"
    FIELD_SHOWCASE = "field_showcase"
    COMMERCIAL_DEMONSTRATION = "commercial_demonstration"
    ANNUAL_MEETING = "annual_meeting"
    PROMOTIONAL_MEETING = "promotional_meeting"


class YieldMethod(StrEnum):
    SAMPLE = "sample"  # harvest sample of a known area
    WHOLE_PLOT = "whole_plot"  # whole-plot harvest divided by the plot area


E = TypeVar("E", bound=StrEnum)


def parse_enum(kind: type[E], value: object, field: str) -> E:
    """``kind(value)``, or a ValidationError that lists the accepted values."""
    if isinstance(value, kind):  # the common case, checked first: bulk writes call this
        return value
    try:
        return kind(cast(str, value))  # a value of another type raises ValueError too
    except ValueError:
        from metkasekor_desktop.domain.errors import ValidationError

        allowed = ", ".join(m.value for m in kind)
        raise ValidationError(field, msg(
            "{value!r} is not a valid {field}; use one of: {allowed}.",
            value=value, field=field.replace("_", " "), allowed=allowed)) from None


def read_enum(kind: type[E], value: object) -> E | str:
    """A stored value read back: the member it names (ignoring case, spaces and dashes,
    as other programs write "Demonstration" or "farmer field"), else the text as it is.

    Text written by another program is data, not a crash: views show it flagged and
    the officer corrects it; a write still accepts only the members.
    """
    if isinstance(value, kind):
        return value
    text = "" if value is None else str(value)
    try:
        return kind(text)
    except ValueError:
        pass
    key = "_".join(text.strip().lower().replace("-", " ").split())
    try:
        return kind(key)
    except ValueError:
        return text


def is_known(kind: type[StrEnum], value: object) -> bool:
    """Whether ``value`` is one of the members of ``kind``."""
    return isinstance(value, kind) or value in {m.value for m in kind}
