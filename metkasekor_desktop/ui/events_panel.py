"""The extension events of the project or of one site, and how far the site has come.

Above the list, the six MetKasekor stages stand in a row; those reached by the
selected site are highlighted and the furthest is marked. Adding, editing and deleting
go through the project's undo stack, so each is one undoable step; the panel re-reads
the events whenever the stack changes (also on undo and redo), and only while shown: a
hidden panel (as when a project opens) reads them when it is next shown. The list is a
thin model over the events read in bulk as columns (see ``events_model``): it sorts by
the clicked header and keeps the selected event selected by its id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.analysis.stages import (
    STAGES,
    PlotInfo,
    plot_infos,
    reached_stages,
    site_of,
    site_stage,
)
from metkasekor_desktop.domain.enums import Stage
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.event import ExtensionEvent
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.record_commands import DeleteRecord, SaveRecord
from metkasekor_desktop.ui.event_dialog import EventDialog, stage_label
from metkasekor_desktop.ui.events_model import (
    DATE,
    VILLAGE,
    EventColumns,
    EventsModel,
    event_rows,
)
from metkasekor_desktop.ui.language import shown_date
from metkasekor_desktop.ui.record_table import SIZE_ROWS
from metkasekor_desktop.ui.stack_follower import RefreshWhenShown
from metkasekor_desktop.ui.write_failures import report_failure

_REACHED_STYLE = "QLabel { background: #2e7d32; color: white; border-radius: 3px; }"
_FURTHEST_STYLE = ("QLabel { background: #1b5e20; color: white; font-weight: bold;"
                   " border-radius: 3px; }")
_OPEN_STYLE = "QLabel { background: #e0e0e0; color: #616161; border-radius: 3px; }"


class StageRow(QWidget):
    """Six steps in model order; reached ones highlighted, the furthest in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.steps: dict[Stage, QLabel] = {}
        for number, stage in enumerate(STAGES, start=1):
            label = QLabel(f"{number}. {stage_label(stage)}", self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setMargin(3)
            layout.addWidget(label, 1)
            self.steps[stage] = label
        self.furthest: Stage | None = None
        self.show_reached(set(), None)

    def show_reached(self, reached: set[Stage], furthest: Stage | None) -> None:
        self.furthest = furthest
        for stage, label in self.steps.items():
            label.setProperty("reached", stage in reached)
            label.setStyleSheet(_FURTHEST_STYLE if stage == furthest
                                else _REACHED_STYLE if stage in reached else _OPEN_STYLE)


class EventsPanel(RefreshWhenShown, QWidget):
    """Events of the selected site (or all), with Add / Edit / Delete and the stage row.

    ``set_project(project, stack, language)`` binds it to an open project (None unbinds);
    ``show_site(plot_id)`` follows the plot selected elsewhere.
    """

    listens = ("events", "seasons")  # kinds of records it shows

    COLUMNS = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Any = None
        self.stack: Any = None
        self.language = "kh"
        self._plots_source: Callable[[], Any] | None = None
        self._plots: list[PlotInfo] = []
        self._codes: dict[int, str] = {}
        self._farmers: dict[int, str] = {}
        self._events = EventColumns()
        self._village_tips: list[str] = []
        self._plot_id: int | None = None
        self._stale = False

        self.site_label = QLabel(self)
        self.site_label.setWordWrap(True)
        self.stage_row = StageRow(self)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This site only"), "site")
        self.scope.addItem(self.tr("All events"), "all")
        self.model = EventsModel(self)
        self.model.tooltip = self._tooltip
        self.model.set_headers([
            self.tr("Date"), self.tr("Stage"), self.tr("Place"), self.tr("Village"),
            self.tr("Plots"), self.tr("Women"), self.tr("Men"), self.tr("Total"),
            self.tr("Notes")])
        self.table = self._make_view()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.scope, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.site_label)
        layout.addWidget(self.stage_row)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.scope.currentIndexChanged.connect(lambda _i: self._fill_table())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button.clicked.connect(lambda: self.add_event())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.refresh()

    # --- binding ------------------------------------------------------------------------
    def set_project(self, project: Any, stack: Any, language: str = "kh", *,
                    plots_source: Callable[[], Any] | None = None) -> None:
        """Show ``project``'s events and write changes through ``stack`` (an UndoStack).

        ``plots_source`` may give the plot table already held by the map (to avoid
        reading geometries again); by default the project's plot table is loaded.
        """
        if self.stack is not None:
            self.stack.applied.disconnect(self._stack_changed)
        self.project, self.stack, self.language = project, stack, language
        self._plots_source = plots_source
        self._plot_id = None
        self.table.clearSelection()  # an id of the previous project names nothing here
        if stack is not None:
            stack.applied.connect(self._stack_changed)
        self._stack_changed()  # read now when shown, else when next shown or asked

    def show_site(self, plot_id: int | None) -> None:
        """Follow the selected plot: its site's stage and, in "this site" mode, events."""
        self._plot_id = None if plot_id is None else int(plot_id)
        if self._stale or not self.isVisible():
            self._stale = True  # read with the site when shown
            return
        self._show_site()
        self._fill_table()

    def ensure_fresh(self) -> None:
        """Read the project now if a change (or the binding) is not read yet."""
        if self._stale:
            self.refresh()

    # --- state --------------------------------------------------------------------------
    def site_plot_ids(self) -> tuple[int, ...]:
        """Plots of the selected plot's site (the plot alone when it is in no site)."""
        if self._plot_id is None:
            return ()
        site = site_of(self._plot_id, self._plots)
        return site.plot_ids if site is not None else (self._plot_id,)

    def shown_events(self) -> list[ExtensionEvent]:
        """The events in the list, in the order shown (latest first unless the officer
        sorted by another column)."""
        return [self._events.event(r) for r in self.model.shown_rows()]

    def shown_ids(self) -> list[int]:
        """Ids of the events in the list, in the order shown."""
        ids = self._events.ids
        return [ids[r] for r in self.model.shown_rows()]

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._events.ids[self.model.data_row(rows[0].row())] if rows else None

    def selected_event(self) -> ExtensionEvent | None:
        rows = self.table.selectionModel().selectedRows()
        return self._events.event(self.model.data_row(rows[0].row())) if rows else None

    def select_event(self, event_id: int | None) -> bool:
        """Select the event ``event_id`` in the list (None: nothing); False when it is
        not shown."""
        row = None if event_id is None else self.model.view_row(int(event_id))
        if row is None:
            self.table.clearSelection()
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        return True

    def refresh(self) -> None:
        """Read plots and events again from the project."""
        self._stale = False
        selected = self.selected_id()
        if self.project is None:
            self._plots, self._codes, self._farmers = [], {}, {}
            self._events = EventColumns()
        else:
            table = (self._plots_source() if self._plots_source is not None
                     else self.project.plots.load_table())
            self._plots = plot_infos(table)
            self._codes = {p.id: p.code for p in self._plots}
            self._farmers = {
                int(i): str(kh or latin or "") for i, kh, latin in zip(
                    table.ids, table.farmer_names_kh, table.farmer_names_latin, strict=True)}
            self._events = EventColumns(self.project.events.list_columns())
        columns, self._village_tips = event_rows(self._events, self._codes, self.language)
        self.model.fill(columns, self._shown_rows())
        if selected is not None:
            self.select_event(selected)
        self._show_site()
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------
    def add_event(self) -> bool:
        """Ask for a new event (the selected site's plots pre-checked) and add it."""
        if self.project is None or self.stack is None:
            return False
        dialog = self._dialog(None)
        dialog.set_checked_plot_ids(self.site_plot_ids())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._push(SaveRecord("events", dialog.entered_event(),
                                     self.tr("Add extension event")))

    def edit_selected(self) -> bool:
        event = self.selected_event()
        if event is None or self.stack is None:
            return False
        dialog = self._dialog(event)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._push(SaveRecord("events", dialog.entered_event(),
                                     self.tr("Change extension event")))

    def delete_selected(self) -> bool:
        event = self.selected_event()
        if event is None or event.id is None or self.stack is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete event"),
            self.tr("Delete the {stage} event of {date}? You can undo this.").format(
                stage=stage_label(event.stage), date=shown_date(event.event_date)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._push(DeleteRecord("events", event.id, self.tr("Delete extension event")))

    # --- internals ----------------------------------------------------------------------
    def _make_view(self) -> QTableView:
        """A read-only list: whole rows selected one at a time, no row numbers, columns
        as wide as their contents (measured on some rows), sorted by the clicked header
        (latest first to begin with)."""
        view = QTableView(self)
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setStretchLastSection(True)
        view.setSortingEnabled(True)
        view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        return view

    def _tooltip(self, row: int, column: int) -> str:
        if column == VILLAGE and row < len(self._village_tips):
            return self._village_tips[row]
        return ""

    def _dialog(self, event: ExtensionEvent | None) -> EventDialog:
        self.ensure_fresh()
        choices = []
        for p in sorted(self._plots, key=lambda q: q.code):
            farmer = self._farmers.get(p.id, "")
            choices.append((p.id, f"{p.code} — {farmer}" if farmer else p.code))
        return EventDialog(choices, self.language, event, self)

    def _push(self, command: Any) -> bool:
        try:
            self.stack.push(command)
        except DomainError as error:
            if report_failure(self, error):
                return False
            QMessageBox.warning(self, self.tr("The events could not be changed"), say(error))
            return False
        return True

    def _show_site(self) -> None:
        if self._plot_id is None:
            self.site_label.setText(self.tr("Select a demonstration or control plot to see "
                                            "its site's stage."))
            self.stage_row.show_reached(set(), None)
            return
        site = site_of(self._plot_id, self._plots)
        code = self._codes.get(self._plot_id, "")
        if site is None:
            self.site_label.setText(self.tr("Plot {code} is not part of a site "
                                            "(a demonstration plot with its control).")
                                    .format(code=code))
            self.stage_row.show_reached(set(), None)
            return
        demo = self._codes.get(site.demonstration_id, "")
        control = self._codes.get(site.control_id, "") if site.control_id else ""
        events = [self._events.event(r) for r in self._events.rows_showing(site.plot_ids)]
        furthest = site_stage(site, events)
        text = (self.tr("Site {demo} with control {control}").format(demo=demo,
                                                                    control=control)
                if control else self.tr("Site {demo} (no control plot yet)").format(demo=demo))
        stage_text = (stage_label(furthest) if furthest is not None
                      else self.tr("no event yet"))
        self.site_label.setText(self.tr("{site}: {stage}").format(site=text, stage=stage_text))
        self.stage_row.show_reached(reached_stages(site, events), furthest)

    def _shown_rows(self) -> list[int] | None:
        """The events of the chosen scope: those that showed a plot of the selected
        site, or (None) every event."""
        if self.scope.currentData() == "site":
            return self._events.rows_showing(self.site_plot_ids())
        return None

    def _fill_table(self) -> None:
        self.model.show_only(self._shown_rows())
        self._update_buttons()

    def _update_buttons(self) -> None:
        bound = self.project is not None and self.stack is not None
        chosen = bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(bound)
        self.edit_button.setEnabled(bound and chosen)
        self.delete_button.setEnabled(bound and chosen)
