"""Villages for plots that have none (imported plots, mostly), from their neighbours.

District filters and "export by district" read a plot's village code, so a plot without
one is missed by both. A plot most likely lies in the village of the nearest plot that
has a village; the officer may restrict the neighbours to one district (the district the
imported file came from) and the search to a distance. The proposal is plain data; the
assignment is one undo step of ordinary attribute changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely

from metkasekor_desktop.domain.geometry import METRIC_EPSG, STORAGE_EPSG, transform
from metkasekor_desktop.layers.edit_commands import ChangeAttributes, MacroCommand, translate

DEFAULT_MAX_DISTANCE_M = 5_000.0  # farther than this, a neighbour's village is a guess


@dataclass(slots=True)
class VillageProposal:
    """Plot id -> proposed 8-digit village code, with the distance to the neighbour it
    came from; ``unplaced`` lists the plots without a village left without a proposal."""

    villages: dict[int, str] = field(default_factory=dict)
    distances_m: dict[int, float] = field(default_factory=dict)
    unplaced: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.villages)


def _has_village(codes: np.ndarray) -> np.ndarray:
    return np.fromiter((isinstance(c, str) and c.strip() != "" for c in codes), dtype=bool,
                       count=len(codes))


def propose_villages(ids: Sequence[int], geometries: Sequence, village_codes: Sequence,
                     *, district_code: str | None = None,
                     max_distance_m: float | None = DEFAULT_MAX_DISTANCE_M) -> VillageProposal:
    """The village of the nearest plot that has one, for every plot that has none.

    ``geometries`` are in WGS 84 (as stored); distances are measured in UTM 48N.
    ``district_code`` (4 digits) keeps only neighbours whose village lies in that
    district; ``max_distance_m`` (None: any distance) leaves farther plots unplaced.
    """
    ids_a = np.asarray(ids, dtype=np.int64)
    geoms = np.asarray(geometries, dtype=object)
    codes = np.asarray(village_codes, dtype=object)
    usable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    known = _has_village(codes)
    donors = known & usable
    if district_code:
        in_district = np.fromiter((bool(k) and str(c).startswith(district_code)
                                   for c, k in zip(codes, known, strict=True)),
                                  dtype=bool, count=len(codes))
        donors &= in_district
    wanting = ~known
    proposal = VillageProposal()
    targets = np.flatnonzero(wanting & usable)
    proposal.unplaced = [int(i) for i in ids_a[wanting & ~usable]]
    if not len(targets):
        return proposal
    donor_rows = np.flatnonzero(donors)
    if not len(donor_rows):
        proposal.unplaced += [int(i) for i in ids_a[targets]]
        return proposal
    donor_geoms = transform(geoms[donor_rows], STORAGE_EPSG, METRIC_EPSG)
    target_geoms = transform(geoms[targets], STORAGE_EPSG, METRIC_EPSG)
    tree = shapely.STRtree(donor_geoms)
    (target_idx, donor_idx), distances = tree.query_nearest(
        target_geoms, max_distance=max_distance_m, return_distance=True, all_matches=False)
    for t, d, dist in zip(target_idx, donor_idx, distances, strict=True):
        plot_id = int(ids_a[targets[t]])
        proposal.villages[plot_id] = str(codes[donor_rows[d]]).strip()
        proposal.distances_m[plot_id] = float(dist)
    found = set(proposal.villages)
    proposal.unplaced += [int(i) for i in ids_a[targets] if int(i) not in found]
    return proposal


def assignment_command(proposal: VillageProposal) -> MacroCommand:
    """One undo step that gives each proposed plot its village."""
    commands = [ChangeAttributes(plot_id, {"village_code": code})
                for plot_id, code in sorted(proposal.villages.items())]
    text = translate("EditCommand", "Assign villages to {0} plots").format(len(commands))
    return MacroCommand(text, commands)


def district_choices(village_codes: Sequence) -> list[str]:
    """The districts (4-digit codes) of the villages plots have, sorted."""
    return sorted({str(c).strip()[:4] for c in village_codes
                   if isinstance(c, str) and len(c.strip()) >= 4})
