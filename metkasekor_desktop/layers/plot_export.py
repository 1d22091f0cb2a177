"""What an export reads from the project: the plots table and, when wanted, related tables.

Storage reads the joined data as plain column tables; the writers of io take
:class:`~metkasekor_desktop.io.export_table.ExportTable`. This is where the two meet,
for the Export plots dialog and the ``export`` command alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from metkasekor_desktop.io.export_table import ExportTable
from metkasekor_desktop.storage.export_data import (
    ExportFilter,
    plots_export_table,
    related_export_tables,
    select_plot_ids,
)

if TYPE_CHECKING:
    from metkasekor_desktop.storage.project import Project

# Formats that carry the related tables (farmers, plans, yields...) besides the plots.
FORMATS_WITH_TABLES = frozenset({"gpkg", "csv", "xlsx"})


@dataclass
class ExportData:
    plots: ExportTable
    related: list[ExportTable]
    description: str  # which plots, in words: "district 0207, role control"


def read_export(project: Project, flt: ExportFilter, *, season_id: int | None,
                with_related: bool) -> ExportData:
    """The plots matching ``flt`` with the season's data joined (and related tables)."""
    plots = plots_export_table(project, flt, season_id=season_id).to(ExportTable)
    related: list[ExportTable] = []
    if with_related:
        ids = select_plot_ids(project, flt)
        related = [t.to(ExportTable) for t in related_export_tables(project, ids)]
    return ExportData(plots, related, flt.describe(project))


def needs_related(formats: list[str] | tuple[str, ...], package: bool) -> bool:
    return package or bool(FORMATS_WITH_TABLES & set(formats))
