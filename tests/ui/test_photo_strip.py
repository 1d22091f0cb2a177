"""The phones' photos of the selected plot, as thumbnails in the plot panel."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent

from metkasekor_desktop.storage.repositories.submissions import MediaRow, SubmissionRow
from metkasekor_desktop.ui import photo_strip
from metkasekor_desktop.ui.photo_strip import MAX_SHOWN, Photo, PhotoStrip, plot_photos
from metkasekor_desktop.ui.plot_panel import PlotPanel


@pytest.fixture
def project(session):
    return session.project


def _media_path(project, instance: str, name: str) -> str:
    return f"{project.path.stem}_media/visit/{instance}/{name}"


def _write_png(project, relative: str, color: str = "#3a7d44", size=(400, 300)) -> None:
    path = project.path.parent.joinpath(*relative.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")


def _plot_with_plan(project):
    for plot in project.plots.list():
        plans = project.plans.for_plot(plot.id)
        if plans:
            return plot, plans[0]
    raise AssertionError("the demo project has no plan")


@pytest.fixture
def photographed(project):
    """A plot with a photo of its own (sent on a known date) and one of its plan's."""
    plot, plan = _plot_with_plan(project)
    own = _media_path(project, "uuid:1", "plot.png")
    planned = _media_path(project, "uuid:2", "sowing.png")
    _write_png(project, own)
    _write_png(project, planned, "#c8a2c8", (300, 500))
    project.submissions.add_many([SubmissionRow(
        "uuid:1", "visit", datetime(2024, 6, 3, 9, 15), "Sokha", datetime(2024, 6, 4),
        "plots", plot.id)])
    project.submissions.add_media([
        MediaRow("plots", plot.id, "plot.png", own, "uuid:1"),
        MediaRow("plot_season_plans", plan.id, "sowing.png", planned, "uuid:2")])
    return plot


@pytest.fixture
def panel(qtbot, session):
    panel = PlotPanel(language="en")
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    return panel


def _select(panel, session, plot_id, qtbot) -> None:
    panel.show_plot(session.project, session.stack, plot_id, 1, "en")
    qtbot.waitUntil(panel.photos.loaded, timeout=5_000)


def test_the_photos_of_the_plot_and_its_plan_are_shown(panel, session, photographed, qtbot):
    _select(panel, session, photographed.id, qtbot)
    strip = panel.photos
    assert strip.isVisible()
    assert [t.photo.file_name for t in strip.thumbnails] == ["plot.png", "sowing.png"]
    for thumb in strip.thumbnails:
        assert not thumb.missing
        pixmap = thumb.pixmap()
        assert max(pixmap.width(), pixmap.height()) == photo_strip.THUMB  # read small
    assert strip.thumbnails[1].pixmap().height() > strip.thumbnails[1].pixmap().width()
    assert "2024-06-03 09:15" in strip.thumbnails[0].toolTip()
    assert strip.thumbnails[1].toolTip() == "sowing.png"  # no submission: no date
    assert not strip.more.isVisible()
    panel.grab().save("/tmp/plot_photos.png")


def test_a_missing_file_shows_a_placeholder(panel, session, photographed, qtbot):
    project = session.project
    gone = project.path.parent.joinpath(
        *_media_path(project, "uuid:1", "plot.png").split("/"))
    gone.unlink()
    _select(panel, session, photographed.id, qtbot)
    first, second = panel.photos.thumbnails
    panel.grab().save("/tmp/plot_photos_missing.png")
    assert first.missing and first.text() == "File missing"
    assert first.pixmap().isNull()
    assert "not in the project's media folder" in first.toolTip()
    assert not second.missing


def test_a_plot_without_photos_hides_the_strip(panel, session, photographed, qtbot):
    _select(panel, session, photographed.id, qtbot)
    assert panel.photos.isVisible()
    other = next(p for p in session.project.plots.list() if p.id != photographed.id)
    _select(panel, session, other.id, qtbot)
    assert not panel.photos.isVisible() and panel.photos.thumbnails == []
    _select(panel, session, None, qtbot)
    assert not panel.photos.isVisible()


def test_photos_of_yields_and_soil_samples_count_too(project):
    plot = next((p for p in project.plots.list() if project.yields.for_plot(p.id)), None)
    if plot is None:
        pytest.skip("the demo project has no yield record")
    record = project.yields.for_plot(plot.id)[0]
    relative = _media_path(project, "uuid:9", "harvest.png")
    project.submissions.add_media([MediaRow("yield_records", record.id, "harvest.png",
                                            relative, None)])
    found = plot_photos(project, plot.id)
    assert [(p.record_table, p.file_name, p.exists) for p in found] == [
        ("yield_records", "harvest.png", False)]


def test_many_photos_show_twelve_and_a_count(qtbot, tmp_path):
    strip = PhotoStrip()
    qtbot.addWidget(strip)
    strip.show()
    strip.set_photos([Photo(f"p{i}.jpg", tmp_path / f"p{i}.jpg", "plots", 1)
                      for i in range(MAX_SHOWN + 3)])
    qtbot.waitUntil(strip.loaded, timeout=5_000)
    assert len(strip.thumbnails) == MAX_SHOWN
    assert strip.more.isVisible() and strip.more.text() == "+3 more"


def test_a_double_click_opens_the_file(panel, session, photographed, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(photo_strip, "open_file", lambda path: opened.append(path) or True)
    _select(panel, session, photographed.id, qtbot)
    thumb = panel.photos.thumbnails[0]
    centre = QPointF(thumb.rect().center())
    event = QMouseEvent(QMouseEvent.Type.MouseButtonDblClick, centre, thumb.mapToGlobal(centre),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    thumb.mouseDoubleClickEvent(event)
    assert opened == [thumb.photo.path] and opened[0].is_file()
