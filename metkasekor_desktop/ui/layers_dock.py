"""The layer panel: visibility, order by drag and drop, opacity, style, zoom, remove.

``LayerListModel`` is a thin Qt adapter over the plain-Python LayerList (the napari
pattern): the list announces changes, the model resets, the view follows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.layers.layer import Layer
from metkasekor_desktop.layers.layer_list import LayerList

MIME = "application/x-metkasekor-layer-row"


class LayerListModel(QAbstractListModel):
    """Rows are the layers, top first; the check box is the layer's visibility."""

    def __init__(self, layers: LayerList, parent=None) -> None:
        super().__init__(parent)
        self.layers = layers
        layers.items_changed.connect(self._on_items_changed)
        layers.layer_changed.connect(self._on_layer_changed)

    def _on_items_changed(self, _layers: LayerList) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_layer_changed(self, layer: Layer) -> None:
        for row in range(len(self.layers)):
            if self.layers[row] is layer:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.layers)

    def layer(self, row: int) -> Layer:
        return self.layers[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        layer = self.layers[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return layer.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "plots": self.tr("The project's plots"),
                "raster": self.tr("Raster: {0}").format(getattr(layer, "path", "")),
                "basemap": self.tr("Basemap"),
            }.get(layer.kind, layer.name)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        layer = self.layers[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            layer.visible = Qt.CheckState(value) == Qt.CheckState.Checked
            return True
        if role == Qt.ItemDataRole.EditRole and str(value).strip():
            layer.name = str(value).strip()
            return True
        return False

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsEditable)

    # --- drag and drop: a move inside the list ----------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(MIME, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,
                     parent: QModelIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME)).decode())
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = len(self.layers)
        if target > source:
            target -= 1
        if target != source:
            self.layers.move(source, target)
        return False  # the list has moved the layer; the view must not remove a row


class LayersPanel(QWidget):
    """The dock's contents. Asks the window for what needs more than the list."""

    style_requested = Signal(object)
    zoom_requested = Signal(object)
    add_raster_requested = Signal()

    def __init__(self, layers: LayerList, parent=None) -> None:
        super().__init__(parent)
        self.layers = layers
        self.model = LayerListModel(layers, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.doubleClicked.connect(lambda _i: self._emit(self.style_requested))
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.opacity.setToolTip(self.tr("Opacity of the selected layer"))
        self.opacity.valueChanged.connect(self._set_opacity)
        self.opacity_label = QLabel(self.tr("Opacity"), self)

        def button(text: str, tip: str, slot) -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            return b

        self.add_button = button(self.tr("Add raster…"), self.tr("Add a GeoTIFF (Ctrl+Shift+R)"),
                                 self.add_raster_requested.emit)
        self.style_button = button(self.tr("Style…"), self.tr("Colours, classes and labels"),
                                   lambda: self._emit(self.style_requested))
        self.zoom_button = button(self.tr("Zoom"), self.tr("Zoom to the layer"),
                                  lambda: self._emit(self.zoom_requested))
        self.remove_button = button(self.tr("Remove"), self.tr("Remove the layer from the map"),
                                    self.remove_current)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.style_button, self.zoom_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        slider = QHBoxLayout()
        slider.addWidget(self.opacity_label)
        slider.addWidget(self.opacity, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addLayout(slider)
        # The list has already changed when the model resets, so the current layer is
        # remembered as it changes, not asked for at the reset.
        self._current: Layer | None = None
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._restore_current)
        self._sync_controls()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.layers):
            self._current = self.layers[current.row()]
        self._sync_controls()

    def _restore_current(self) -> None:
        if self._current is not None and self._current in list(self.layers):
            self.select_layer(self._current)
        else:
            self._current = None
        self._sync_controls()

    def current_layer(self) -> Layer | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.layers):
            return None
        return self.model.layer(index.row())

    def select_layer(self, layer: Layer) -> None:
        for row in range(self.model.rowCount()):
            if self.model.layer(row) is layer:
                self.view.setCurrentIndex(self.model.index(row))
                return

    def remove_current(self) -> None:
        layer = self.current_layer()
        if layer is not None and layer.kind != "plots":  # the project's plots stay
            self.layers.remove(layer)

    def _emit(self, signal) -> None:
        layer = self.current_layer()
        if layer is not None:
            signal.emit(layer)

    def _set_opacity(self, value: int) -> None:
        layer = self.current_layer()
        if layer is not None:
            layer.opacity = value / 100.0

    def _sync_controls(self) -> None:
        layer = self.current_layer()
        enabled = layer is not None
        for widget in (self.style_button, self.zoom_button, self.opacity):
            widget.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and layer.kind != "plots")
        if layer is not None:
            self.opacity.blockSignals(True)
            self.opacity.setValue(round(layer.opacity * 100))
            self.opacity.blockSignals(False)
