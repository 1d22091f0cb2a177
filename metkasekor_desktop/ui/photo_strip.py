"""Photos sent from the phones, shown as a row of thumbnails under a plot's details.

:func:`plot_photos` finds the files kept with a plot and with its plans, yields and
soil samples (through the repositories; testable without a widget). :class:`PhotoStrip`
shows them: thumbnails read small by ``QImageReader`` one per turn of the event loop, so
a large JPEG never holds the panel; a file that is gone shows a grey placeholder; the
strip hides itself when there is nothing to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImageReader, QMouseEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from metkasekor_desktop.storage.project import Project
from metkasekor_desktop.ui.language import shown_date

THUMB = 72  # pixels: the longer side of a thumbnail
MAX_SHOWN = 12

# The records whose files belong to a plot, in the order their photos are shown.
PLOT_TABLE = "plots"
PLAN_TABLE = "plot_season_plans"
YIELD_TABLE = "yield_records"
SOIL_TABLE = "soil_samples"


@dataclass(frozen=True, slots=True)
class Photo:
    """One file kept with a record of the plot: where it is and when it was sent."""

    file_name: str
    path: Path | None  # None: no file of its own (a register on a server)
    record_table: str
    record_id: int
    submitted_at: datetime | None = None

    @property
    def exists(self) -> bool:
        return self.path is not None and self.path.is_file()


def plot_photos(project: Project, plot_id: int) -> list[Photo]:
    """The files kept with the plot and with its plans, yields and soil samples (the
    plot's own first). A register on a server keeps no files: nothing."""
    if project.is_register:
        return []
    records: list[tuple[str, int]] = [(PLOT_TABLE, int(plot_id))]
    records += [(PLAN_TABLE, int(p.id)) for p in project.plans.for_plot(plot_id)
                if p.id is not None]
    records += [(YIELD_TABLE, int(y.id)) for y in project.yields.for_plot(plot_id)
                if y.id is not None]
    records += [(SOIL_TABLE, int(s.id)) for s in project.soil_samples.for_plot(plot_id)
                if s.id is not None]
    rows = [m for table, rid in records for m in project.submissions.media_for(table, rid)]
    if not rows:
        return []
    dates: dict[str, datetime | None] = {}
    if any(m.instance_id for m in rows):
        wanted = {m.instance_id for m in rows}
        dates = {s.instance_id: s.submitted_at for s in project.submissions.list()
                 if s.instance_id in wanted}
    folder = project.path.parent
    return [Photo(m.file_name, folder.joinpath(*m.path.split("/")), m.record_table,
                  m.record_id, dates.get(m.instance_id) if m.instance_id else None)
            for m in rows]


def open_file(path: Path) -> bool:
    """Open ``path`` in the system's viewer (a function of its own: tests replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class Thumbnail(QLabel):
    """One photo: its thumbnail (or a grey placeholder); a double-click opens it."""

    open_requested = Signal(object)  # the Photo

    def __init__(self, photo: Photo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo = photo
        self.missing = False
        self.setFixedSize(THUMB + 4, THUMB + 4)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setWordWrap(True)
        self.setText("…")
        tip = photo.file_name
        if photo.submitted_at is not None:
            tip = self.tr("{name}\nsent {date}").format(
                name=photo.file_name, date=shown_date(photo.submitted_at, minutes=True))
        self.setToolTip(tip)

    def load(self) -> None:
        """Read the file small (the reader scales while decoding and turns it upright)."""
        path = self.photo.path
        if path is None or not path.is_file():
            self._show_missing()
            return
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and (size.width() > THUMB or size.height() > THUMB):
            reader.setScaledSize(size.scaled(QSize(THUMB, THUMB),
                                             Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            self._show_missing(self.tr("Cannot be read"),
                               self.tr("The file is there but is not a picture this "
                                       "program can read."))
            return
        self.setText("")
        self.setPixmap(QPixmap.fromImage(image))

    def _show_missing(self, text: str | None = None, note: str | None = None) -> None:
        self.missing = True
        self.setText(text or self.tr("File missing"))
        self.setStyleSheet("QLabel { background: palette(mid); color: palette(light);"
                           " font-size: 8pt; }")
        note = note or self.tr("The file is not in the project's media folder any more.")
        self.setToolTip(f"{self.toolTip()}\n{note}")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton and not self.missing:
            self.open_requested.emit(self.photo)
        super().mouseDoubleClickEvent(event)


class PhotoStrip(QWidget):
    """A row of at most :data:`MAX_SHOWN` thumbnails, "+N more" after; hidden when
    empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[Photo] = []
        self.thumbnails: list[Thumbnail] = []
        self.more = QLabel(self)
        self._pending: list[Thumbnail] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._load_next)
        self.heading = QLabel(self.tr("Photos from the phones"), self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.heading)
        self._row = QHBoxLayout()
        column.addLayout(self._row)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._row.addWidget(self.more)
        self._row.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Photos sent from the phones; double-click one to open it"))
        self.set_photos([])

    def set_photos(self, photos: list[Photo]) -> None:
        """Show ``photos`` (the thumbnails are read afterwards, one at a time)."""
        self._timer.stop()
        self._pending = []
        for thumb in self.thumbnails:
            self._row.removeWidget(thumb)
            thumb.deleteLater()
        self.photos = list(photos)
        shown = self.photos[:MAX_SHOWN]
        self.thumbnails = []
        for i, photo in enumerate(shown):
            thumb = Thumbnail(photo, self)
            thumb.open_requested.connect(self._open)
            self._row.insertWidget(i, thumb)
            self.thumbnails.append(thumb)
        extra = len(self.photos) - len(shown)
        self.more.setText(self.tr("+{n} more").format(n=extra))
        self.more.setVisible(extra > 0)
        self.setVisible(bool(self.photos))
        self._pending = list(self.thumbnails)
        if self._pending:
            self._timer.start()

    def loaded(self) -> bool:
        """Every thumbnail read (or shown missing)."""
        return not self._pending

    def _load_next(self) -> None:
        if not self._pending:
            self._timer.stop()
            return
        self._pending.pop(0).load()
        if not self._pending:
            self._timer.stop()

    @staticmethod
    def _open(photo: Photo) -> None:
        if photo.path is not None:
            open_file(photo.path)
