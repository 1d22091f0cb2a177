"""What copying one project's register into another found: rows to add, rows already
there, and the clashes that stop the copy before anything is written.

A publish (an office's GeoPackage into the shared register) and an office export (a
province of the register into a new project file) are the same copy. Rows are matched
by what identifies them in the users' words: a plot by its code, a farmer by name and
village, a season by its name, a practice by its key, a season plan by its plot and
season... A matched row must agree with the one found; where it does not, that is a
clash, listed with both values so that the officer can settle it on either side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The register's tables in words, as clash and count lines name them.
TABLE_WORDS = {
    "farmers": ("farmer", "farmers"),
    "plots": ("plot", "plots"),
    "seasons": ("season", "seasons"),
    "practices": ("practice", "practices"),
    "providers": ("service provider", "service providers"),
    "plot_season_plans": ("season plan", "season plans"),
    "plan_practices": ("planned practice", "planned practices"),
    "trials": ("trial", "trials"),
    "trial_seasons": ("trial season", "trial seasons"),
    "trial_members": ("trial plot", "trial plots"),
    "soil_samples": ("soil sample", "soil samples"),
    "yield_records": ("yield record", "yield records"),
    "extension_events": ("extension event", "extension events"),
    "event_plots": ("event visit", "event visits"),
    "plot_raster_stats": ("raster statistic", "raster statistics"),
    "plot_extra_attributes": ("extra attribute", "extra attributes"),
    "target_populations": ("target population", "target populations"),
}


@dataclass(frozen=True)
class Clash:
    """A row of the source that matches a row of the target but differs from it."""

    table: str
    label: str  # how the officer knows the row: "plot BTB-0001", "farmer Sok (020101)"
    column: str
    ours: object  # the source's value
    theirs: object  # the target's value
    # A boundary's clash: how far apart the two shapes' centres are (a moved plot of
    # the same area shows nothing else).
    apart_m: float | None = None

    def message(self, source: str, target: str) -> str:
        if self.column == "boundary":  # shapes in words: their areas, and the shift
            apart = (f"; {self.apart_m:,.0f} m apart" if self.apart_m is not None
                     and self.apart_m >= 1 else "")
            return (f"{self.label}: the boundary differs ({self.ours} in {source}, "
                    f"{self.theirs} in {target}{apart})")
        return (f"{self.label}: {self.column} is {_shown(self.ours)} in {source} but "
                f"{_shown(self.theirs)} in {target}")


@dataclass
class CopyReport:
    """Per table: rows the copy adds and rows it found in the target already."""

    added: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    clashes: list[Clash] = field(default_factory=list)
    written: bool = False
    # Per table, the source's id -> the target's id of every row copied or found (once
    # written): an offline copy keeps them to synchronise with its register.
    ids: dict[str, dict[int, int]] = field(default_factory=dict)

    def counts_text(self, which: str = "added") -> str:
        """"100,000 plots, 1,312 farmers, ..." of the added (or found) rows."""
        counts = self.added if which == "added" else self.found
        parts = [f"{n:,} {TABLE_WORDS.get(t, (t, t))[n != 1]}" for t, n in counts.items() if n]
        return ", ".join(parts) if parts else "nothing"


def _shown(value: object) -> str:
    if value is None or value == "":
        return "empty"
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")
