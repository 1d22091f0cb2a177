"""The farmers register: every farmer of the project with the plots they farm."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from metkasekor_desktop.domain import places
from metkasekor_desktop.layers.record_commands import DeleteRecord
from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.farmer_dialog import FarmerDialog
from metkasekor_desktop.ui.labels import sex_label
from metkasekor_desktop.ui.record_table import ProjectRegister, RegisterColumns

PLOTS_IN_TOOLTIP = 20


def plots_by_farmer(project: Project) -> dict[int, list[str]]:
    """The plot codes of each farmer, sorted (one select for the whole register)."""
    return project.plots.codes_by_farmer()


class FarmerRegister(ProjectRegister):
    """Farmers: Khmer and Latin name, sex, phone, village, cooperative, early adopter and
    number of plots; the search matches Khmer and Latin text (and the plot codes)."""

    listens = ("farmers", "plots")  # kinds of records it shows

    form_class = FarmerDialog
    kind = "farmers"
    NAME_KH, NAME_LATIN, VILLAGE, PLOTS = 0, 1, 4, 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plots: dict[int, list[str]] = {}
        self._village_tips: list[str] = []
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

    def load(self) -> RegisterColumns:
        if self.project is None:
            return RegisterColumns()
        rows = self.project.farmers.register_rows()
        self._plots = plots_by_farmer(self.project)
        other_language = "en" if self.language == "kh" else "kh"
        villages: dict[str, tuple[str, str, str]] = {}  # code: name, label, other label
        sexes: dict[object, str] = {}
        yes = self.tr("Yes")
        ids, kh, latin, sex, phone, village, coop, adopter, plots = ([] for _ in range(9))
        keys_adopter, keys_plots, tips, extra = [], [], [], []
        for fid, name_kh, name_latin, sex_value, phone_value, code, cooperative, early in rows:
            farmer_id = int(fid)
            codes = self._plots.get(farmer_id, [])
            if code and code not in villages:
                where = places.place(code)
                villages[code] = ((where.village.name(self.language), where.label(self.language),
                                   where.label(other_language)) if where else (code, "", ""))
            name, tip, other = villages[code] if code else ("", "", "")
            if sex_value not in sexes:
                sexes[sex_value] = sex_label(None if sex_value is None else str(sex_value))
            ids.append(farmer_id)
            kh.append(name_kh or "")
            latin.append(name_latin or "")
            sex.append(sexes[sex_value])
            phone.append(phone_value or "")
            village.append(name)
            coop.append(cooperative or "")
            adopter.append(yes if early else "")
            keys_adopter.append(int(bool(early)))
            plots.append(str(len(codes)))
            keys_plots.append(len(codes))
            tips.append(tip)
            # Hidden search text: the other language's village name and the plot codes.
            extra.append(" ".join([tip, other, *codes]))
        self._village_tips = tips
        return RegisterColumns(
            ids, [kh, latin, sex, phone, village, coop, adopter, plots],
            [None, None, None, None, None, None, keys_adopter, keys_plots], extra)

    def tooltip(self, row: int, column: int) -> str:
        if column == self.VILLAGE:
            return self._village_tips[row] if row < len(self._village_tips) else ""
        if column in (self.NAME_KH, self.NAME_LATIN, self.PLOTS):
            return self._plots_text(self._plots.get(self.model.columns.ids[row], []))
        return ""

    def describe(self, record_id: int) -> str:
        name = self.record_name(record_id)
        if self.model.row_of(record_id) is None:
            return ""
        return self.tr("{name}: {plots}").format(
            name=name, plots=self._plots_text(self._plots.get(record_id, [])))

    def record_name(self, record_id: int) -> str:
        """The farmer's display name: the Khmer name, else the Latin one."""
        return (self.model.text(record_id, self.NAME_KH)
                or self.model.text(record_id, self.NAME_LATIN) or str(record_id))

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
