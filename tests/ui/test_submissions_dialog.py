"""Register > Import field submissions: a file from the phones reviewed, then imported.

The ODK Central CSV zip is built here from the field names of the plot visit form
(``domain.field_forms``) in the layout of ``tests/io/test_submissions.py``: one good
visit of a demo plot and one of a plot code the register does not know.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from metkasekor_desktop.io.submissions import SubmissionProblem
from metkasekor_desktop.ui.submissions_dialog import SubmissionsDialog

FORM_ID = "mk_plot_visit"
ODK_TAIL = ["KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
            "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]
GOOD = "uuid:6f1c7a2e-0b7d-4c55-9e1a-1b2c3d4e5f60"
BAD = "uuid:0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"


def write_csv(rows: list[list[str]], bom: bool = False) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return ("\ufeff" if bom else "").encode() + text.getvalue().encode("utf-8")


def visit_zip(path: Path, season: str, plot: str, version: str = "v1") -> Path:
    """An ODK Central export of the plot visit form: a visit of ``plot`` (plan done) and
    one of an unknown plot code."""
    header = (["SubmissionDate", "season", "mk_form_version", "plot_district",
               "plot_commune", "plot_village", "plot", "visit_date", "plan_status",
               "practices_done", "location-Latitude", "location-Longitude",
               "location-Altitude", "location-Accuracy", "notes", "meta-instanceID"]
              + ODK_TAIL)

    def row(key: str, code: str) -> list[str]:
        return ["2024-06-01T03:04:05.123Z", season, version, "", "", "", code, "2024-06-01",
                "done", "", "", "", "", "", "ស្រែល្អ", key,
                key, "17", "Dara", "0", "0", "", "approved", "collect:abc", "0", version]

    main = [header, row(GOOD, plot), row(BAD, "NOPE-9999")]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{FORM_ID}.csv", write_csv(main, bom=True))
        archive.writestr(f"{FORM_ID}-practice_done.csv", write_csv(
            [["practice", "practice_service", "practice_name", "provider", "date_done",
              "PARENT_KEY", "KEY"]]))
        archive.writestr(f"{FORM_ID}-photos.csv", write_csv([["photo", "PARENT_KEY", "KEY"]]))
    return path


def make_dialog(window, qtbot, **kwargs) -> SubmissionsDialog:
    dialog = SubmissionsDialog(window.session, window, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def wait(dialog: SubmissionsDialog, qtbot) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)


# --- the dialog's logic, with an importer of our own ------------------------------------


class FakeImport:
    """The SubmissionImport API with a canned file, review and result."""

    commits = 0

    def __init__(self, project, path: Path, form_id: str | None = None) -> None:
        self.path, self.form_id = Path(path), form_id

    def read(self):
        if self.path.name == "broken.zip":
            return SimpleNamespace(submissions=[], layout=None, refused=True, problems=[
                SubmissionProblem("broken.zip", "unreadable",
                                  {"file": "broken.zip", "reason": "not a zip file"})])
        if self.path.name == "two.zip" and self.form_id is None:
            return SimpleNamespace(submissions=[], layout=None, refused=True, problems=[
                SubmissionProblem("two.zip", "several_forms",
                                  {"forms": "mk_plot_visit, mk_crop_cut"})])
        return SimpleNamespace(submissions=[1, 2, 3], layout="odk-central-zip",
                               refused=False, problems=[])

    def review(self):
        line = SimpleNamespace
        return SimpleNamespace(
            lines=[line(instance_id="b", form_id=FORM_ID, source="x.csv, row 3", field="plot",
                        key="unknown_plot", params={}, severity="refused",
                        message="no plot NOPE-9999 in the register"),
                   line(instance_id="c", form_id=FORM_ID, source="x.csv, row 4", field="",
                        key="known", params={}, severity="known",
                        message="imported before")],
            accepted=["a"], refused=1, known=1)

    def commit(self):
        from metkasekor_desktop.layers.submission_import import SubmissionResult

        FakeImport.commits += 1
        return SubmissionResult(written={"plans": 1, "photos": 0}, known=1, refused=1)


def test_review_counts_filter_and_import_with_a_fake_importer(window, qtbot,
                                                              tmp_path: Path) -> None:
    dialog = make_dialog(window, qtbot, importer=FakeImport)
    assert not dialog.import_button.isEnabled()
    dialog.load(tmp_path / "x.zip")
    assert dialog.is_busy() and not dialog.browse.isEnabled()
    wait(dialog, qtbot)
    text = dialog.counts.text()
    assert "<b>1</b> to import" in text and "<b>1</b> already imported" in text
    assert "<b>1</b> refused" in text
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(0, c).text() for c in range(5)] == [
        "Refused", "b", FORM_ID, "plot", "no plot NOPE-9999 in the register"]
    dialog.filter.setCurrentIndex(dialog.filter.findData("known"))
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Already imported"
    dialog.filter.setCurrentIndex(dialog.filter.findData("note"))
    assert dialog.table.rowCount() == 0 and not dialog.csv_button.isEnabled()
    dialog.filter.setCurrentIndex(0)
    assert dialog.import_button.text() == "&Import 1 submissions"
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait(dialog, qtbot)
    assert FakeImport.commits == 1
    assert dialog.status.text().startswith("Written: season plans: 1.")
    assert "<b>1</b> imported now" in dialog.counts.text()
    assert not dialog.import_button.isEnabled()  # never twice


def test_the_review_is_exported_as_shown(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialog = make_dialog(window, qtbot, importer=FakeImport)
    dialog.load(tmp_path / "x.zip")
    wait(dialog, qtbot)
    dialog.filter.setCurrentIndex(dialog.filter.findData("refused"))
    target = tmp_path / "review"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    dialog.csv_button.click()
    rows = list(csv.reader((tmp_path / "review.csv").read_text(encoding="utf-8-sig")
                           .splitlines()))
    assert rows[0][:5] == ["Severity", "Submission", "Form", "Field", "What is wrong"]
    assert rows[1:] == [["Refused", "b", FORM_ID, "plot", "no plot NOPE-9999 in the register",
                         "x.csv, row 3"]]


def test_a_file_that_cannot_be_read_says_which_and_why(window, qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(window, qtbot, importer=FakeImport)
    dialog.load(tmp_path / "broken.zip")
    wait(dialog, qtbot)
    text = dialog.status.text()
    assert text.startswith("broken.zip cannot be read:")
    assert "not a zip file" in text and "Nothing was written." in text
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_a_zip_of_several_forms_asks_which(window, qtbot, tmp_path: Path,
                                           monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    asked: list[list[str]] = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda _p, _t, _l, items, *a: asked.append(items) or (items[1], True))
    dialog = make_dialog(window, qtbot, importer=FakeImport)
    dialog.load(tmp_path / "two.zip")
    qtbot.waitUntil(lambda: dialog.form_id == "mk_crop_cut", timeout=10_000)
    wait(dialog, qtbot)
    assert asked == [["mk_plot_visit", "mk_crop_cut"]]
    assert "<b>1</b> to import" in dialog.counts.text()


def test_an_unexpected_error_is_said_in_words(window, qtbot, tmp_path: Path) -> None:
    class Broken(FakeImport):
        def read(self):
            raise RuntimeError("disk on fire")

    dialog = make_dialog(window, qtbot, importer=Broken)
    dialog.load(tmp_path / "x.zip")
    wait(dialog, qtbot)
    assert dialog.status.text() == ("The work stopped on an unexpected error: disk on fire "
                                    "Nothing was written.")


# --- the real importer on an ODK Central zip --------------------------------------------


@pytest.fixture
def planned(window):
    """A demo plot with a plan (not done) in a season, and that season's name."""
    project = window.project
    seasons = {s.id: s for s in project.seasons.list()}
    codes = dict(zip(project.plots.load_table().ids, project.plots.load_table().codes,
                     strict=True))
    plan = next(p for p in project.plans.list() if str(p.status) != "done")
    return plan, seasons[plan.season_id].name, str(codes[plan.plot_id])


def test_an_odk_central_zip_is_reviewed_imported_and_known_after(window, qtbot,
                                                                 tmp_path: Path,
                                                                 planned) -> None:
    pytest.importorskip("metkasekor_desktop.layers.submission_import")
    plan, season, code = planned
    path = visit_zip(tmp_path / f"{FORM_ID}.zip", season, code)
    heard: list[object] = []
    window.session.changed.connect(heard.append)

    dialog = make_dialog(window, qtbot)
    dialog.load(path)
    wait(dialog, qtbot)
    assert "<b>1</b> to import" in dialog.counts.text()
    assert "<b>1</b> refused" in dialog.counts.text()
    refused = [r for r in dialog.rows if r.severity == "refused"]
    assert refused and all(r.field == "plot" for r in refused)
    assert any("NOPE-9999" in r.message for r in refused)
    assert dialog.import_button.text() == "&Import 1 submissions"

    dialog.import_button.click()
    wait(dialog, qtbot)
    assert dialog.result is not None, dialog.status.text()
    assert dialog.status.text().startswith("Written:")
    after = next(p for p in window.project.plans.list() if p.id == plan.id)
    assert str(after.status) == "done"
    assert heard  # the window heard of the import
    dialog.close()

    again = make_dialog(window, qtbot)
    again.load(path)
    wait(again, qtbot)
    assert "<b>0</b> to import" in again.counts.text()
    assert "<b>1</b> already imported" in again.counts.text()
    assert "already imported" in again.status.text()
    assert not again.import_button.isEnabled()
    again.close()

    # One undo step takes the whole import out; the file can be imported again.
    stack = window.session.stack
    assert stack.can_undo and stack.undo_text == "Import field submissions"
    stack.undo()
    undone = next(p for p in window.project.plans.list() if p.id == plan.id)
    assert undone.status == plan.status and undone.notes == plan.notes
    third = make_dialog(window, qtbot)
    third.load(path)
    wait(third, qtbot)
    assert "<b>1</b> to import" in third.counts.text()
