"""Details of one plot, shown by the Identify tool: farmer, village, role, area, plans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from metkasekor_desktop.domain.places import place
from metkasekor_desktop.layers.season_words import season_label
from metkasekor_desktop.storage import Project
from metkasekor_desktop.ui.labels import role_label, sex_label
from metkasekor_desktop.ui.language import shown_date


class IdentifyPanel(QWidget):
    """A two-column tree: field and value; plans grouped under their season."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.tree.clear()
        QTreeWidgetItem(self.tree, [self.tr("Click a plot with the Identify tool."), ""])

    def values(self) -> dict[str, str]:
        """Top-level field -> value (for tests and copying)."""
        return {self.tree.topLevelItem(i).text(0): self.tree.topLevelItem(i).text(1)
                for i in range(self.tree.topLevelItemCount())}

    def show_plot(self, project: Project, plot_id: int | None) -> None:
        if plot_id is None:
            self.show_nothing()
            return
        plot = project.plots.get(plot_id)
        if plot is None:
            self.show_nothing()
            return
        farmer = project.farmers.get(plot.farmer_id) if plot.farmer_id else None
        pair = project.plots.get(plot.paired_plot_id) if plot.paired_plot_id else None
        where = place(plot.village_code) if plot.village_code else None
        rows = [
            (self.tr("Code"), plot.code),
            (self.tr("Name"), plot.name),
            (self.tr("Farmer"), f"{farmer.name_kh} ({farmer.name_latin})" if farmer else ""),
            (self.tr("Sex"), sex_label(farmer.sex) if farmer else ""),
            (self.tr("Phone"), farmer.phone if farmer else ""),
            (self.tr("Village"), where.label("kh") if where else (plot.village_code or "")),
            (self.tr("Village code"), plot.village_code or ""),
            (self.tr("Role"), role_label(plot.role)),
            (self.tr("Paired plot"), pair.code if pair else ""),
            (self.tr("Area (ha)"), f"{plot.area_ha:.2f}"),
            (self.tr("Soil type"), plot.soil_type),
            (self.tr("Notes"), plot.notes),
            (self.tr("Modified"), shown_date(plot.modified_at, minutes=True)),
        ]
        self.tree.clear()
        for key, value in rows:
            item = QTreeWidgetItem(self.tree, [key, str(value or "")])
            item.setToolTip(1, str(value or ""))
        plans = project.plans.for_plot(plot_id)
        if plans:
            seasons = {s.id: s for s in project.seasons.list()}
            practices = {p.id: p for p in project.practices.list()}
            header = QTreeWidgetItem(self.tree, [self.tr("Season plans"), str(len(plans))])
            for plan in sorted(plans, key=lambda p: seasons[p.season_id].sort_key, reverse=True):
                names = ", ".join(
                    practices[pp.practice_id].name_kh or practices[pp.practice_id].name_en
                    for pp in plan.practices if pp.practice_id in practices
                )
                crops = " + ".join(plan.crops)
                QTreeWidgetItem(header, [season_label(seasons[plan.season_id]),
                                         " · ".join(t for t in (crops, names) if t)])
            header.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.scrollToTop()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
