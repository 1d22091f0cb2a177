"""Schema 8 on the register: ``server init`` upgrades a schema-7 register, its events
keeping their values with no attendance by kind, and the kinds are then kept."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert

from metkasekor_desktop.domain.event import ATTENDANCE_KIND_FIELDS
from metkasekor_desktop.storage import Project, migrations
from metkasekor_desktop.storage.postgis.backend import PostGISBackend
from metkasekor_desktop.storage.postgis.local_server import LocalServer
from metkasekor_desktop.storage.postgis.register import initialise, make_engine
from metkasekor_desktop.storage.schema import SCHEMA_VERSION, build_metadata


def test_a_version_7_register_is_upgraded_keeping_its_events(pg_server: LocalServer,
                                                              empty_db: str) -> None:
    url = pg_server.url(empty_db)
    engine, _name = make_engine(url)
    backend = PostGISBackend(engine)
    try:
        with backend.write_transaction() as conn:
            migrations.migrate(conn, backend, 0, target=7)
            conn.execute(insert(build_metadata(7).tables["extension_events"]), [
                {"stage": "field_showcase", "event_date": date(2024, 6, 5),
                 "place": "វត្ត", "women": 12, "men": 9, "notes": ""}])
    finally:
        backend.close()
    assert initialise(url)[:2] == ("upgraded", 7)
    with Project.connect(url) as register:
        assert register.schema_version == SCHEMA_VERSION == 8
        (event,) = register.events.list()
        assert (event.women, event.men, event.place) == (12, 9, "វត្ត")
        assert [getattr(event, k) for k in ATTENDANCE_KIND_FIELDS] == [0, 0, 0, 0]
        event.attendance_farmers, event.attendance_companies = 18, 2
        register.events.update(event)
        again = register.events.get(event.id)
        assert [getattr(again, k) for k in ATTENDANCE_KIND_FIELDS] == [18, 0, 0, 2]
