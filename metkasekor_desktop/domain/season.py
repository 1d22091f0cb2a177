"""Cropping seasons, named by year and kind, e.g. "2024 early wet"."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from metkasekor_desktop.domain.enums import SeasonKind, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg

# Usual calendar of each kind: (start month, start day, end month, end day, year offset
# of the end). The dry season runs November to April, into the next year.
SEASON_CALENDAR: dict[SeasonKind, tuple[int, int, int, int, int]] = {
    SeasonKind.EARLY_WET: (4, 15, 7, 31, 0),
    SeasonKind.MAIN_WET: (8, 1, 11, 30, 0),
    SeasonKind.DRY: (11, 1, 4, 30, 1),
}
KIND_NAMES = {
    SeasonKind.EARLY_WET: "early wet",
    SeasonKind.MAIN_WET: "main wet",
    SeasonKind.DRY: "dry",
}


@dataclass(slots=True, kw_only=True)
class Season:
    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    name: str = ""
    year: int
    kind: SeasonKind | str  # str: stored text that names no member (see read_enum)
    start_date: date | None = None
    end_date: date | None = None

    @classmethod
    def template(cls, year: int, kind: SeasonKind) -> Season:
        """A season with the usual Cambodian dates and the standard name."""
        sm, sd, em, ed, offset = SEASON_CALENDAR[SeasonKind(kind)]
        return cls(
            name=default_name(year, kind),
            year=year,
            kind=SeasonKind(kind),
            start_date=date(year, sm, sd),
            end_date=date(year + offset, em, ed),
        )

    def validated(self) -> Season:
        self.kind = parse_enum(SeasonKind, self.kind, "kind")
        if not 1990 <= int(self.year) <= 2100:
            raise ValidationError(field="year", message=msg(
                "{year} is not a plausible season year.", year=self.year))
        self.name = self.name.strip() or default_name(self.year, self.kind)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(field="end_date", message=msg(
                "Season {name} ends ({end}) before it starts ({start}).",
                name=self.name, end=self.end_date, start=self.start_date))
        return self

    @property
    def sort_key(self) -> tuple[int, int]:
        """Year, then the order of the windows; a kind written by another program sorts
        after the known ones of its year."""
        kinds = list[str](SeasonKind)
        return (self.year, kinds.index(self.kind) if self.kind in kinds else len(kinds))


def default_name(year: int, kind: SeasonKind) -> str:
    return f"{year} {KIND_NAMES[SeasonKind(kind)]}"
