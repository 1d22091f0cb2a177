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

from metkasekor_desktop.domain.messages import Message, joined, msg

# The register's tables in words, as clash and count lines name them.
# (One row, several rows): messages, their English the words.
TABLE_WORDS: dict[str, tuple[Message, Message]] = {
    "farmers": (msg("farmer"), msg("farmers")),
    "plots": (msg("plot"), msg("plots")),
    "seasons": (msg("season"), msg("seasons")),
    "practices": (msg("practice"), msg("practices")),
    "providers": (msg("service provider"), msg("service providers")),
    "plot_season_plans": (msg("season plan"), msg("season plans")),
    "plan_practices": (msg("planned practice"), msg("planned practices")),
    "trials": (msg("trial"), msg("trials")),
    "trial_seasons": (msg("trial season"), msg("trial seasons")),
    "trial_members": (msg("trial plot"), msg("trial plots")),
    "soil_samples": (msg("soil sample"), msg("soil samples")),
    "yield_records": (msg("yield record"), msg("yield records")),
    "extension_events": (msg("extension event"), msg("extension events")),
    "event_plots": (msg("event visit"), msg("event visits")),
    "plot_raster_stats": (msg("raster statistic"), msg("raster statistics")),
    "plot_extra_attributes": (msg("extra attribute"), msg("extra attributes")),
    "target_populations": (msg("target population"), msg("target populations")),
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

    def message(self, source: str, target: str) -> Message:
        if self.column == "boundary":  # shapes in words: their areas, and the shift
            if self.apart_m is not None and self.apart_m >= 1:
                return msg("{what}: the boundary differs ({ours} in {source}, {theirs} in "
                           "{target}; {apart:,.0f} m apart)", what=self.label, ours=self.ours,
                           source=source, theirs=self.theirs, target=target,
                           apart=self.apart_m)
            return msg("{what}: the boundary differs ({ours} in {source}, {theirs} in "
                       "{target})", what=self.label, ours=self.ours, source=source,
                       theirs=self.theirs, target=target)
        return msg("{what}: {column} is {ours} in {source} but {theirs} in {target}",
                   what=self.label, column=self.column, ours=_shown(self.ours),
                   source=source, theirs=_shown(self.theirs), target=target)


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

    def counts_text(self, which: str = "added") -> Message:
        """"100,000 plots, 1,312 farmers, ..." of the added (or found) rows."""
        counts = self.added if which == "added" else self.found
        parts = [msg("{count:,} {rows}", count=n, rows=TABLE_WORDS.get(t, (t, t))[n != 1])
                 for t, n in counts.items() if n]
        return joined(parts, ", ") if parts else msg("nothing")


def _shown(value: object) -> str:
    if value is None or value == "":
        return msg("empty")
    text = str(value)
    shown = repr(text if len(text) <= 60 else text[:57] + "...")
    if isinstance(value, Message) and shown == f"'{text}'":  # a message, said in quotes
        return msg("'{value}'", value=value)
    return shown
