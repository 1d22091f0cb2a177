"""The providers register: who offers which services where, and how much they serve."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.layers.record_commands import DeleteRecord
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.storage.schema import T
from metkasekor_desktop.ui.provider_dialog import ProviderDialog, kind_label, service_label
from metkasekor_desktop.ui.record_table import Cell, ProjectRegister


def plans_by_provider(project: Project) -> dict[int, tuple[int, int, int]]:
    """(plans, distinct plots, distinct seasons) with a practice by each provider."""
    plans, links = T["plot_season_plans"], T["plan_practices"]
    served: dict[int, set[tuple[int, int, int]]] = defaultdict(set)
    stmt = (select(links.c.provider_id, plans.c.id, plans.c.plot_id, plans.c.season_id)
            .select_from(links.join(plans, plans.c.id == links.c.plan_id))
            .where(links.c.provider_id.is_not(None)))
    with project.engine.connect() as conn:
        for provider_id, plan_id, plot_id, season_id in conn.execute(stmt):
            served[int(provider_id)].add((plan_id, plot_id, season_id))
    return {pid: (len(rows), len({r[1] for r in rows}), len({r[2] for r in rows}))
            for pid, rows in served.items()}


class ProviderRegister(ProjectRegister):
    """Providers: name, kind, services, contact, phone, provinces and the plot-seasons
    they serve (plans with a practice by the provider)."""

    form_class = ProviderDialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._served: dict[int, tuple[int, int, int]] = {}
        self.search.setPlaceholderText(self.tr("Search providers (name, service, contact, "
                                               "province)"))
        self.add_button.setText(self.tr("&Add provider…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.reload()

    # --- ProjectRegister -----------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Services"), self.tr("Contact"),
                self.tr("Phone"), self.tr("Provinces"), self.tr("Plot-seasons served")]

    def rows(self) -> list[tuple[int, Sequence[Cell], str]]:
        if self.project is None:
            return []
        self.records = {int(p.id): p for p in self.project.providers.list()}  # type: ignore[arg-type]
        self._served = plans_by_provider(self.project)
        names = {u.code: u for u in places.provinces()}
        out = []
        for provider_id, p in self.records.items():
            units = [names[c] for c in p.provinces if c in names]
            provinces = ", ".join(u.name(self.language) for u in units)
            other = " ".join(u.name("en" if self.language == "kh" else "kh") for u in units)
            plans, plots, seasons = self._served.get(provider_id, (0, 0, 0))
            served_tip = self.tr("{plots} plots in {seasons} seasons").format(
                plots=plots, seasons=seasons)
            contact = " ".join(x for x in (p.contact_person, p.email) if x)
            cells = [
                Cell(p.name, tooltip=p.notes), Cell(kind_label(str(p.kind))),
                Cell(", ".join(service_label(str(s)) for s in p.services)),
                Cell(p.contact_person, tooltip=p.email), Cell(p.phone),
                Cell(provinces, tooltip=", ".join(p.provinces)),
                Cell(str(plans), sort=plans, tooltip=served_tip),
            ]
            out.append((provider_id, cells, " ".join([contact, other, p.notes])))
        return out

    def describe(self, record_id: int) -> str:
        provider = self.records.get(record_id)
        if provider is None:
            return ""
        plans, plots, seasons = self._served.get(record_id, (0, 0, 0))
        return self.tr("{name}: {plans} season plans, {plots} plots in {seasons} "
                       "seasons").format(name=provider.name, plans=plans, plots=plots,
                                         seasons=seasons)

    def title(self, provider: Provider) -> str:
        return provider.name

    def delete_command(self, record_id: int) -> DeleteRecord:
        return DeleteRecord("providers", record_id, self.tr("Delete provider {name}").format(
            name=self.record_name(record_id)))
