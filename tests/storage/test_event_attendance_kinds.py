"""Schema 8: an extension event's attendance by kind (farmers, cooperatives, service
providers, companies) beside the attendance by sex; kept, upgraded with 0s, and logged
by an offline copy whose file was upgraded."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert

from metkasekor_desktop.domain.enums import Stage
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.event import ATTENDANCE_KIND_FIELDS, ExtensionEvent
from metkasekor_desktop.domain.field_forms import ATTENDANCE_KINDS
from metkasekor_desktop.storage import Project, migrations, sync_state
from metkasekor_desktop.storage.gpkg import functions, sync_log
from metkasekor_desktop.storage.gpkg.backend import GeoPackageBackend
from metkasekor_desktop.storage.schema import SCHEMA_VERSION, build_metadata
from metkasekor_desktop.storage.sync_tables import BY_NAME, TABLES

from .conftest import validate

KINDS = {"attendance_farmers": 15, "attendance_cooperatives": 2,
         "attendance_service_providers": 3, "attendance_companies": 1}


def _make_v7(path: Path, copy: bool = False) -> None:
    """A project file as the previous version wrote it (schema 7) with two events; an
    offline copy's log tables and triggers when ``copy``."""
    engine = create_engine(f"sqlite:///{path}")
    functions.install(engine)
    try:
        with engine.begin() as conn:
            migrations.migrate(conn, GeoPackageBackend(engine), 0, target=7)
            conn.execute(insert(build_metadata(7).tables["extension_events"]), [
                {"id": 1, "stage": "field_showcase", "event_date": date(2024, 6, 5),
                 "place": "វត្ត", "women": 12, "men": 9, "notes": ""},
                {"id": 2, "stage": "annual_meeting", "event_date": date(2024, 7, 1),
                 "place": "", "women": 0, "men": 4, "notes": "rain"}])
            if copy:
                sync_state.create(conn)
                sync_log.install(conn, TABLES)
    finally:
        engine.dispose()


def test_the_event_fields_are_the_forms_questions() -> None:
    assert tuple(f"attendance_{name}" for name, _, _ in ATTENDANCE_KINDS) == \
        ATTENDANCE_KIND_FIELDS


def test_a_negative_count_of_a_kind_is_refused() -> None:
    event = ExtensionEvent(stage=Stage.ANNUAL_MEETING, event_date=date(2024, 1, 1),
                           attendance_companies=-1)
    with pytest.raises(ValidationError) as raised:
        event.validated()
    assert raised.value.field == "attendance_companies"


def test_the_kinds_are_kept_and_changed(project: Project) -> None:
    event = ExtensionEvent(stage=Stage.ANNUAL_MEETING, event_date=date(2024, 6, 5), women=10,
                           men=8, **KINDS)
    project.events.add(event)
    stored = project.events.get(event.id)
    assert {k: getattr(stored, k) for k in KINDS} == KINDS
    assert stored == event
    stored.attendance_cooperatives = 5
    project.events.update(stored)
    assert project.events.get(event.id).attendance_cooperatives == 5
    columns = project.events.list_columns()
    row = columns["id"].index(event.id)
    assert [columns[k][row] for k in KINDS] == [15, 5, 3, 1]
    plain = ExtensionEvent(stage=Stage.ANNUAL_MEETING, event_date=date(2024, 6, 6))
    project.events.add(plain)
    assert [getattr(project.events.get(plain.id), k) for k in KINDS] == [0, 0, 0, 0]


def test_a_version_7_project_keeps_its_events_with_no_kinds(tmp_path: Path) -> None:
    old = tmp_path / "v7.gpkg"
    _make_v7(old)
    with Project.open(old) as project:
        assert project.schema_version == SCHEMA_VERSION == 8
        events = {e.id: e for e in project.events.list()}
        assert (events[1].women, events[1].men, events[1].place) == (12, 9, "វត្ត")
        assert events[2].notes == "rain" and events[2].men == 4
        for event in events.values():
            assert [getattr(event, k) for k in KINDS] == [0, 0, 0, 0]
        events[1].attendance_farmers = 20
        project.events.update(events[1])
        assert project.events.get(1).attendance_farmers == 20
    result = validate(old)
    assert result.returncode == 0, result.stdout + result.stderr
    new = tmp_path / "new.gpkg"
    Project.create(new).close()

    def columns(path: Path) -> list[tuple]:
        con = sqlite3.connect(path)
        try:
            return list(con.execute("PRAGMA table_info(extension_events)"))
        finally:
            con.close()

    assert columns(old) == columns(new)
    assert [c[1] for c in columns(new)][-4:] == list(KINDS)


def test_an_upgraded_offline_copy_logs_the_kinds(tmp_path: Path) -> None:
    path = tmp_path / "copy.gpkg"
    _make_v7(path, copy=True)
    events = BY_NAME["extension_events"]
    with Project.open(path) as project:
        with project.backend.reading() as conn:
            assert sync_log.changes(conn) == {}  # the upgrade itself is no change
        event = project.events.get(1)
        event.attendance_service_providers = 3
        project.events.update(event)
        with project.backend.reading() as conn:
            assert sync_log.changes(conn) == {"extension_events": {1: "U"}}
            base = sync_log.base_rows(conn, events, [1])[1]
        assert base["attendance_service_providers"] == 0 and base["women"] == 12
        with project.backend.write_transaction() as conn:
            sync_log.forget_all(conn, sync_log.last_seq(conn))
    # Another program changing a kind alone (plain SQLite) is logged too.
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE extension_events SET attendance_companies = 2 WHERE id = 2")
        con.commit()
    finally:
        con.close()
    with Project.open(path) as project, project.backend.reading() as conn:
        assert sync_log.changes(conn) == {"extension_events": {2: "U"}}
        assert sync_log.base_rows(conn, events, [2])[2]["attendance_companies"] == 0
