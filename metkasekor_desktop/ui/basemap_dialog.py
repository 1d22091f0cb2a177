"""Choose a basemap: a folder of tiles, an MBTiles file or an online XYZ service."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.layers.message_words import say

OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_CREDIT = "© OpenStreetMap contributors"


class BasemapDialog(QDialog):
    """Returns the source description of the chosen basemap in :meth:`spec`."""

    def __init__(self, parent: QWidget | None = None, start_dir: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add basemap"))
        self.start_dir = start_dir
        self.folder = QRadioButton(self.tr("Folder of tiles ({z}/{x}/{y}.png), works offline"))
        self.mbtiles = QRadioButton(self.tr("MBTiles file, works offline"))
        self.online = QRadioButton(self.tr("Online tiles (XYZ), kept in a cache on this PC"))
        self.group = QButtonGroup(self)
        for n, button in enumerate((self.folder, self.mbtiles, self.online)):
            self.group.addButton(button, n)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Choose a folder or an .mbtiles file"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.url = QLineEdit(OSM_URL, self)
        self.attribution = QLineEdit(OSM_CREDIT, self)
        self.offline = QCheckBox(self.tr("Use only tiles already in the cache"), self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File or folder"), path_row)
        form.addRow(self.tr("Tile address"), self.url)
        form.addRow(self.tr("Credit shown on the map"), self.attribution)
        form.addRow("", self.offline)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for button in (self.folder, self.mbtiles, self.online):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.group.idToggled.connect(lambda *_: self._sync())
        self.folder.setChecked(True)
        self._sync()

    def _sync(self) -> None:
        online = self.online.isChecked()
        self.path.setEnabled(not online)
        self.url.setEnabled(online)
        self.offline.setEnabled(online)
        if not online and self.attribution.text() == OSM_CREDIT:
            self.attribution.clear()
        self.message.clear()

    def browse(self) -> None:
        if self.folder.isChecked():
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder of tiles"),
                                                    self.start_dir)
        else:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("MBTiles file"), self.start_dir,
                                                  self.tr("MBTiles (*.mbtiles)"))
        if name:
            self.path.setText(name)

    def spec(self) -> dict[str, Any]:
        credit = self.attribution.text().strip()
        if self.online.isChecked():
            return {"type": "xyz", "url": self.url.text().strip(), "attribution": credit,
                    "offline": self.offline.isChecked()}
        kind = "folder" if self.folder.isChecked() else "mbtiles"
        return {"type": kind, "path": self.path.text().strip(), "attribution": credit}

    def accept_if_valid(self) -> None:
        """Check the source opens before closing; otherwise say why and stay open."""
        from metkasekor_desktop.domain.errors import DomainError
        from metkasekor_desktop.io.tiles import open_tile_source

        try:
            open_tile_source(self.spec()).close()
        except (DomainError, OSError) as exc:
            self.message.setText(say(exc))
            return
        self.accept()
