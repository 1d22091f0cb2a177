"""The farmers register: every farmer of the project with the plots they farm."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.farmer import Farmer
from metkasekor_desktop.layers.record_commands import DeleteRecord
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.storage.schema import T
from metkasekor_desktop.ui.farmer_dialog import FarmerDialog
from metkasekor_desktop.ui.labels import sex_label
from metkasekor_desktop.ui.record_table import Cell, ProjectRegister

PLOTS_IN_TOOLTIP = 20


def plots_by_farmer(project: Project) -> dict[int, list[str]]:
    """The plot codes of each farmer, sorted (one select for the whole register)."""
    plots = T["plots"]
    out: dict[int, list[str]] = defaultdict(list)
    with project.engine.connect() as conn:
        stmt = (select(plots.c.farmer_id, plots.c.code)
                .where(plots.c.farmer_id.is_not(None)).order_by(plots.c.code))
        for farmer_id, code in conn.execute(stmt):
            out[int(farmer_id)].append(str(code))
    return out


class FarmerRegister(ProjectRegister):
    """Farmers: Khmer and Latin name, sex, phone, village, cooperative, early adopter and
    number of plots; the search matches Khmer and Latin text (and the plot codes)."""

    form_class = FarmerDialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plots: dict[int, list[str]] = {}
        self.search.setPlaceholderText(self.tr("Search farmers (Khmer or Latin name, "
                                               "phone, village, plot code)"))
        self.add_button.setText(self.tr("&Add farmer…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.reload()

    # --- ProjectRegister -----------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("Name (Khmer)"), self.tr("Name (Latin)"), self.tr("Sex"),
                self.tr("Phone"), self.tr("Village"), self.tr("Cooperative"),
                self.tr("Early adopter"), self.tr("Plots")]

    def rows(self) -> list[tuple[int, Sequence[Cell], str]]:
        if self.project is None:
            return []
        self.records = {int(f.id): f for f in self.project.farmers.list()}  # type: ignore[arg-type]
        self._plots = plots_by_farmer(self.project)
        out = []
        for farmer_id, f in self.records.items():
            codes = self._plots.get(farmer_id, [])
            where = places.place(f.village_code) if f.village_code else None
            village = where.village.name(self.language) if where else (f.village_code or "")
            village_tip = where.label(self.language) if where else ""
            plots_tip = self._plots_text(codes)
            cells = [
                Cell(f.name_kh, tooltip=plots_tip), Cell(f.name_latin, tooltip=plots_tip),
                Cell(sex_label(None if f.sex is None else str(f.sex))), Cell(f.phone),
                Cell(village, tooltip=village_tip), Cell(f.cooperative),
                Cell(self.tr("Yes") if f.early_adopter else "", sort=int(f.early_adopter)),
                Cell(str(len(codes)), sort=len(codes), tooltip=plots_tip),
            ]
            # Hidden search text: the other language's village name and the plot codes.
            other = where.label("en" if self.language == "kh" else "kh") if where else ""
            out.append((farmer_id, cells, " ".join([village_tip, other, *codes])))
        return out

    def describe(self, record_id: int) -> str:
        farmer = self.records.get(record_id)
        if farmer is None:
            return ""
        return self.tr("{name}: {plots}").format(
            name=farmer.display_name, plots=self._plots_text(self._plots.get(record_id, [])))

    def title(self, farmer: Farmer) -> str:
        return farmer.display_name

    def delete_command(self, record_id: int) -> DeleteRecord:
        return DeleteRecord("farmers", record_id, self.tr("Delete farmer {name}").format(
            name=self.record_name(record_id)))

    # --- helpers ---------------------------------------------------------------------------
    def _plots_text(self, codes: list[str]) -> str:
        if not codes:
            return self.tr("No plots")
        shown = ", ".join(codes[:PLOTS_IN_TOOLTIP])
        if len(codes) > PLOTS_IN_TOOLTIP:
            shown = self.tr("{codes} and {n} more").format(
                codes=shown, n=len(codes) - PLOTS_IN_TOOLTIP)
        return self.tr("Plots: {codes}").format(codes=shown)
