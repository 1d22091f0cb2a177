"""The farm plot: a boundary, a farmer, a village and a role in the extension model."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from shapely.geometry import MultiPolygon

from metkasekor_desktop.domain.codes import normalise_admin_code, normalise_plot_code
from metkasekor_desktop.domain.enums import PlotRole, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.geometry import area_ha, validate_plot_geometry
from metkasekor_desktop.domain.messages import msg


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(slots=True, kw_only=True)
class Plot:
    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    code: str
    name: str = ""
    farmer_id: int | None = None
    geometry: MultiPolygon | None = None  # WGS 84 (EPSG:4326)
    village_code: str | None = None  # 8-digit text
    role: PlotRole | str = PlotRole.FARMER_FIELD  # str: see read_enum
    paired_plot_id: int | None = None  # the control plot of a demonstration plot
    soil_type: str = ""
    notes: str = ""
    created_at: datetime = field(default_factory=utc_now)
    modified_at: datetime = field(default_factory=utc_now)

    @property
    def area_ha(self) -> float:
        """Area in hectares, measured in UTM 48N."""
        return area_ha(self.geometry)

    def validated(self, *, geometry_checked: bool = False) -> Plot:
        """Normalise the codes and check every rule; raise a message for the officer.

        ``geometry_checked``: the caller has already checked the shape in bulk (a valid,
        2D, non-empty MultiPolygon), as the repository does for large batches.
        """
        self.code = normalise_plot_code(self.code)
        self.role = parse_enum(PlotRole, self.role, "role")
        if self.village_code is not None and self.village_code != "":
            self.village_code = normalise_admin_code(self.village_code, "village")
        else:
            self.village_code = None
        if not geometry_checked:
            self.geometry = validate_plot_geometry(self.geometry)
        check_pairing(self)
        return self


# A plot's role in a message.
_ROLE_WORDS = {PlotRole.DEMONSTRATION.value: msg("demonstration"),
               PlotRole.CONTROL.value: msg("control"),
               PlotRole.FARMER_FIELD.value: msg("farmer field")}


def check_pairing(plot: Plot, partner: Plot | None = None) -> None:
    """A demonstration plot is paired with a control plot, never with itself."""
    if plot.paired_plot_id is None:
        return
    if plot.id is not None and plot.paired_plot_id == plot.id:
        raise ValidationError(field="paired_plot_id", message=msg(
            "Plot {code} cannot be its own control plot; choose a nearby "
            "farmer-practice plot as its control.", code=plot.code))
    if plot.role != PlotRole.DEMONSTRATION:
        role = str(plot.role)  # str: the role may be stored text
        raise ValidationError(field="paired_plot_id", message=msg(
            "Only a demonstration plot has a paired control; {code} is a {role} plot.",
            code=plot.code, role=_ROLE_WORDS.get(role, role.replace("_", " "))))
    if partner is not None and partner.role != PlotRole.CONTROL:
        raise ValidationError(field="paired_plot_id", message=msg(
            "Plot {code} is not a control plot; set its role to control first.",
            code=partner.code))
