"""On-farm trials: paired demonstration/control plots or randomised complete blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

from metkasekor_desktop.domain.enums import TrialDesign, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg

DEMONSTRATION = "CA"
CONTROL = "FP"  # farmer practice


@dataclass(slots=True, kw_only=True)
class TrialMember:
    plot_id: int
    treatment: str  # e.g. "CA" or "FP"; any label in a block design
    block: str = ""  # the site (farm) in a paired design, the block in an RCBD


@dataclass(slots=True, kw_only=True)
class Trial:
    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    name: str
    design: TrialDesign | str = TrialDesign.PAIRED  # str: see read_enum
    season_ids: tuple[int, ...] = ()
    description: str = ""
    members: list[TrialMember] = field(default_factory=list)

    def validated(self) -> Trial:
        self.name = self.name.strip()
        if not self.name:
            raise ValidationError(field="name", message=msg("A trial needs a name."))
        self.design = parse_enum(TrialDesign, self.design, "design")
        plots = [m.plot_id for m in self.members]
        if len(plots) != len(set(plots)):
            raise ValidationError(field="members", message=msg(
                "A plot can be in a trial only once."))
        cells = [(m.treatment, m.block) for m in self.members]
        if self.design == TrialDesign.RCBD and len(cells) != len(set(cells)):
            raise ValidationError(field="members", message=msg(
                "In a block design each treatment appears once in each block."))
        return self

    def treatments(self) -> list[str]:
        return sorted({m.treatment for m in self.members})

    def blocks(self) -> list[str]:
        return sorted({m.block for m in self.members})
