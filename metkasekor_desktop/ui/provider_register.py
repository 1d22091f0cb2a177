"""The providers register: who offers which services where, and how much they serve."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from metkasekor_desktop.domain import places
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.layers.record_commands import DeleteRecord
from metkasekor_desktop.layers.undo_stack import UndoStack
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.storage.schema import T
from metkasekor_desktop.ui.provider_dialog import ProviderDialog, kind_label, service_label
from metkasekor_desktop.ui.record_table import Cell, RecordTable


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


class ProviderRegister(RecordTable):
    """Providers: name, kind, services, contact, phone, provinces and the plot-seasons
    they serve (plans with a practice by the provider)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.language = "kh"
        self._providers: dict[int, Provider] = {}
        self._served: dict[int, tuple[int, int, int]] = {}
        self.search.setPlaceholderText(self.tr("Search providers (name, service, contact, "
                                               "province)"))
        self.add_button.setText(self.tr("&Add provider…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.reload()

    def set_project(self, project: Project | None, stack: UndoStack | None,
                    language: str = "kh") -> None:
        """Show the providers of ``project`` (None: an empty register)."""
        self.project, self.language = project, language
        self.follow(stack if project is not None else None)
        self.show_message("")
        self.reload()

    # --- RecordTable ---------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Services"), self.tr("Contact"),
                self.tr("Phone"), self.tr("Provinces"), self.tr("Plot-seasons served")]

    def rows(self) -> list[tuple[int, Sequence[Cell], str]]:
        if self.project is None:
            return []
        self._providers = {int(p.id): p for p in self.project.providers.list()}  # type: ignore[arg-type]
        self._served = plans_by_provider(self.project)
        names = {u.code: u for u in places.provinces()}
        out = []
        for provider_id, p in self._providers.items():
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
        provider = self._providers.get(record_id)
        if provider is None:
            return ""
        plans, plots, seasons = self._served.get(record_id, (0, 0, 0))
        return self.tr("{name}: {plans} season plans, {plots} plots in {seasons} "
                       "seasons").format(name=provider.name, plans=plans, plots=plots,
                                         seasons=seasons)

    def record_name(self, record_id: int) -> str:
        provider = self._providers.get(record_id)
        return provider.name if provider else str(record_id)

    def add_record(self) -> None:
        if self.stack is None:
            return
        dialog = ProviderDialog(self.stack, self.language, None, self)
        if dialog.exec() and dialog.record_id is not None:
            self.select(dialog.record_id)

    def edit_record(self, record_id: int) -> None:
        if self.stack is None or record_id not in self._providers:
            return
        ProviderDialog(self.stack, self.language, self._providers[record_id], self).exec()

    def delete_command(self, record_id: int) -> DeleteRecord:
        return DeleteRecord("providers", record_id, self.tr("Delete provider {name}").format(
            name=self.record_name(record_id)))
