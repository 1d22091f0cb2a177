"""The store's refusals are messages: an English template and its values (said in the
officer's language by the window), whose English is the line the command line prints."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from metkasekor_desktop.domain.messages import Message, as_message
from metkasekor_desktop.storage import Project, ProjectError
from metkasekor_desktop.storage.errors import (
    Conflict,
    ConflictError,
    ProjectBusyError,
    describe_conflict,
    explain,
)

from .conftest import make_plot


def _khmer_like(template: str) -> str:
    return f"<{template}>"


def test_a_missing_project_file_is_refused_with_a_template(tmp_path: Path):
    path = tmp_path / "gone.gpkg"
    with pytest.raises(ProjectError) as info:
        Project.open(path)
    message = as_message(info.value)
    assert message.template.startswith("The project file {name} was not found ({path}).")
    assert message.params == {"name": "gone.gpkg", "path": str(path)}
    assert str(info.value) == (
        f"The project file gone.gpkg was not found ({path}). It may have been moved, "
        "renamed or deleted; choose it again with Open project.")


def test_a_sqlite_failure_is_explained_by_a_message():
    failure = explain(sqlite3.OperationalError("database is locked"))
    assert isinstance(failure, ProjectBusyError)
    message = as_message(failure)
    assert message.template.startswith("The project file is busy")
    assert str(failure) == message


def test_a_conflict_names_the_record_in_words_that_are_messages():
    conflict = Conflict("plots", 1, "BTB-1", "sok@pc", datetime(2024, 5, 1, 8, 30, tzinfo=UTC),
                        theirs={"name": "x", "notes": "y"})
    line = describe_conflict(conflict, "plot")
    assert isinstance(line, Message)
    assert line.template.startswith("The {noun} {label} was changed by {who} at {when}")
    assert "(name, notes); nothing was written." in line
    gone = describe_conflict(Conflict("plots", 1, "BTB-1", None, None, deleted=True))
    assert gone == ("The record BTB-1 was deleted by someone else after you read it; "
                    "nothing was written. Reload to see the project as it is now.")
    # the noun is a message of its own: said in the same language as the sentence
    said = gone.said(_khmer_like)
    assert said.startswith("<The <record> BTB-1 was deleted")
    error = ConflictError(conflict, "plot")
    assert as_message(error) == describe_conflict(conflict, "plot")


def test_a_duplicate_plot_code_is_refused_with_a_message(project: Project):
    project.plots.add(make_plot("BTB-1"))
    with pytest.raises(ProjectError) as info:
        project.plots.add(make_plot("BTB-1", 103.01))
    message = as_message(info.value)
    assert message.params.get("code") == "BTB-1"
    assert str(info.value) == ("A plot with the code BTB-1 already exists; choose another "
                               "code (each plot code must be unique).")


def test_a_season_in_use_lists_its_uses_in_words(project: Project):
    from metkasekor_desktop.domain.enums import SeasonKind
    from metkasekor_desktop.domain.plan import PlotSeasonPlan
    from metkasekor_desktop.domain.season import Season

    season_id = project.seasons.add(Season(name="2024 early wet", year=2024,
                                           kind=SeasonKind.EARLY_WET))
    plot_id = project.plots.add(make_plot("BTB-1"))
    project.plans.add(PlotSeasonPlan(plot_id=plot_id, season_id=season_id))
    with pytest.raises(ProjectError) as info:
        project.seasons.delete(season_id)
    assert str(info.value) == ("The season '2024 early wet' is still used by 1 season plan; "
                               "delete or move those first.")
    assert as_message(info.value).template.startswith("The season {name!r} is still used")
