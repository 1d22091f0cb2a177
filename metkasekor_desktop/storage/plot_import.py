"""Writing an import: farmers, plots and their extra attributes in one transaction.

An import either lands whole or not at all: a refused plot (a code taken meanwhile, a
geometry the repository refuses) rolls back the farmers made for it too, and the
project is as it was before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.domain.plot import Plot
from metkasekor_desktop.storage.repositories.base import joined
from metkasekor_desktop.storage.schema import T

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

_KHMER = re.compile("[\u1780-\u17ff]")


@dataclass
class ImportWritten:
    """What the import stored."""

    plot_ids: list[int]
    new_farmers: int
    extras: int
    farmer_ids: list[int] = field(default_factory=list)  # the farmers this import made


@lru_cache(maxsize=65536)
def _farmer_key(name: str) -> str:
    """A name as compared: spaces collapsed, case folded (a province repeats names)."""
    return " ".join(name.split()).casefold()


def write_import(
    project: Project,
    plots: Sequence[Plot],
    farmer_names: Sequence[str],
    extras: Sequence[Mapping[str, str]],
    conn: Connection | None = None,
    farmer_latin: Sequence[str] | None = None,
    areas_ha: Sequence[float] | None = None,
) -> ImportWritten:
    """Store ``plots`` with their farmers (found by name, else created) and extras.

    ``farmer_names`` and ``extras`` are aligned with ``plots``; an empty name leaves
    the plot without a farmer. Everything is one transaction: the caller's ``conn``
    when given (an undoable command), else one of its own. ``farmer_latin`` (aligned
    too) gives a new farmer with a Khmer name its Latin name as well. ``areas_ha``
    (aligned): the areas the review measured in UTM 48N, not measured a second time.
    """
    if not (len(plots) == len(farmer_names) == len(extras)):
        raise ValueError("plots, farmer_names and extras must be aligned")
    farmers_table = T["farmers"]
    with joined(project.engine, conn) as conn:
        known: dict[str, int] = {}
        for row in conn.execute(select(farmers_table.c.id, farmers_table.c.name_kh,
                                       farmers_table.c.name_latin)):
            for name in (row.name_kh, row.name_latin):
                if name:
                    known.setdefault(_farmer_key(name), row.id)
        new: dict[str, Farmer] = {}
        latins = farmer_latin if farmer_latin is not None else [""] * len(plots)
        for plot, name, latin in zip(plots, farmer_names, latins, strict=True):
            key = _farmer_key(name) if name else ""
            if key and key not in known and key not in new:
                khmer = bool(_KHMER.search(name))
                new[key] = Farmer(name_kh=name.strip() if khmer else "",
                                  name_latin=(latin or "").strip() if khmer else name.strip(),
                                  village_code=plot.village_code)
        farmer_ids: list[int] = []
        if new:
            farmer_ids = project.farmers.add_many(list(new.values()), conn=conn)
            known.update(zip(new, farmer_ids, strict=True))
        for plot, name in zip(plots, farmer_names, strict=True):
            if name:
                plot.farmer_id = known[_farmer_key(name)]
        plot_ids = project.plots.add_many(list(plots), conn=conn, known_areas=areas_ha)
        rows = [(pid, k, v) for pid, ex in zip(plot_ids, extras, strict=True)
                for k, v in ex.items()]
        count = project.plot_extras.add_many(rows, conn=conn)
    return ImportWritten(plot_ids, len(new), count, farmer_ids)
