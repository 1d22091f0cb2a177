"""The providers register: who offers which services where, and how much they serve."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from metkasekor_desktop.domain import places
from metkasekor_desktop.layers.provider_words import kind_label, service_label
from metkasekor_desktop.layers.record_commands import DeleteRecord
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.provider_dialog import ProviderDialog
from metkasekor_desktop.ui.record_table import ProjectRegister, RegisterColumns


def plans_by_provider(project: Project) -> dict[int, tuple[int, int, int]]:
    """(plans, distinct plots, distinct seasons) with a practice by each provider."""
    return project.plans.provider_counts()


class ProviderRegister(ProjectRegister):
    """Providers: name, kind, services, contact, phone, provinces and the plot-seasons
    they serve (plans with a practice by the provider)."""

    listens = ("providers", "plans", "practices", "seasons")  # kinds of records it shows

    form_class = ProviderDialog
    kind = "providers"
    NAME, CONTACT, PROVINCES, SERVED = 0, 3, 5, 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._served: dict[int, tuple[int, int, int]] = {}
        self._tips: dict[int, list[str]] = {}  # column: tooltip of each row
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

    def load(self) -> RegisterColumns:
        if self.project is None:
            return RegisterColumns()
        rows = self.project.providers.register_rows()
        self._served = plans_by_provider(self.project)
        names = {u.code: u for u in places.provinces()}
        other_language = "en" if self.language == "kh" else "kh"
        texts: list[list[str]] = [[] for _ in range(7)]
        ids, served, extra = [], [], []
        tips: dict[int, list[str]] = {c: [] for c in (self.NAME, self.CONTACT, self.PROVINCES,
                                                      self.SERVED)}
        for pid, name, kind, services, contact, phone, email, codes, notes in rows:
            provider_id = int(pid)
            codes = list(codes or [])
            units = [names[c] for c in codes if c in names]
            plans, plots, seasons = self._served.get(provider_id, (0, 0, 0))
            ids.append(provider_id)
            for column, text in enumerate((
                    name or "", kind_label(str(kind)),
                    ", ".join(service_label(str(s)) for s in services or []),
                    contact or "", phone or "",
                    ", ".join(u.name(self.language) for u in units), str(plans))):
                texts[column].append(text)
            served.append(plans)
            tips[self.NAME].append(notes or "")
            tips[self.CONTACT].append(email or "")
            tips[self.PROVINCES].append(", ".join(codes))
            tips[self.SERVED].append(self.tr("{plots} plots in {seasons} seasons").format(
                plots=plots, seasons=seasons))
            contact_text = " ".join(x for x in (contact, email) if x)
            other = " ".join(u.name(other_language) for u in units)
            extra.append(" ".join([contact_text, other, notes or ""]))
        self._tips = tips
        return RegisterColumns(ids, texts, [None] * 6 + [served], extra)

    def tooltip(self, row: int, column: int) -> str:
        tips = self._tips.get(column)
        return tips[row] if tips is not None and row < len(tips) else ""

    def describe(self, record_id: int) -> str:
        if self.model.row_of(record_id) is None:
            return ""
        plans, plots, seasons = self._served.get(record_id, (0, 0, 0))
        return self.tr("{name}: {plans} season plans, {plots} plots in {seasons} "
                       "seasons").format(name=self.record_name(record_id), plans=plans,
                                         plots=plots, seasons=seasons)

    def record_name(self, record_id: int) -> str:
        return self.model.text(record_id, self.NAME) or str(record_id)

    def delete_command(self, record_id: int) -> DeleteRecord:
        return DeleteRecord("providers", record_id, self.tr("Delete provider {name}").format(
            name=self.record_name(record_id)))
