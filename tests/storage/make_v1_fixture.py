"""Remake data/project_v1.gpkg: a small project in schema version 1.

Runs only the first migration plus a few inserts, so that the upgrade path to the
current version is tested on a real old file. Run: python -m tests.storage.make_v1_fixture
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from shapely.geometry import MultiPolygon, box
from sqlalchemy import create_engine, insert

from metkasekor_desktop.domain.geometry import area_ha
from metkasekor_desktop.storage import migrations
from metkasekor_desktop.storage.gpkg import functions
from metkasekor_desktop.storage.gpkg.backend import GeoPackageBackend
from metkasekor_desktop.storage.gpkg.blob import encode_blob
from metkasekor_desktop.storage.schema import build_metadata

FIXTURE = Path(__file__).parent / "data" / "project_v1.gpkg"

FARMERS = [
    {"id": 1, "name_kh": "សុខ ចាន់ថា", "name_latin": "Sok Chantha", "sex": "female",
     "village_code": "02070101"},
    {"id": 2, "name_kh": "ជា សុភ័ក្ត្រ", "name_latin": "Chea Sopheak", "sex": "male",
     "village_code": "02070102"},
    {"id": 3, "name_kh": "លី ស្រីមុំ", "name_latin": "Ly Sreymom", "sex": "female",
     "village_code": "13050101"},
]
PLOTS = [
    ("BTB-RM-0001", "ចម្ការលើ", 1, "02070101", "demonstration", (102.90, 12.90)),
    ("BTB-RM-0002", "ចម្ការក្រោម", 2, "02070102", "control", (102.91, 12.90)),
    ("PVH-RV-0001", "", 3, "13050101", "farmer_field", (105.10, 13.40)),
]


def make(path: Path = FIXTURE) -> Path:
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    functions.install(engine)
    md = build_metadata(1)
    stamp = datetime(2024, 5, 1, 8, 30, tzinfo=UTC)
    with engine.begin() as conn:
        migrations.migrate(conn, GeoPackageBackend(engine), 0, target=1)
        conn.execute(insert(md.tables["farmers"]), FARMERS)
        rows = []
        for fid, (code, name, farmer, village, role, (x, y)) in enumerate(PLOTS, start=1):
            geom = MultiPolygon([box(x, y, x + 0.001, y + 0.001)])
            rows.append({"fid": fid, "geom": encode_blob(geom, 4326), "code": code,
                         "name": name, "farmer_id": farmer, "village_code": village,
                         "role": role, "paired_plot_id": 2 if fid == 1 else None,
                         "area_ha": area_ha(geom), "created_at": stamp, "modified_at": stamp})
        conn.execute(insert(md.tables["plots"]), rows)
        conn.execute(insert(md.tables["seasons"]), [
            {"id": 1, "name": "2024 early wet", "year": 2024, "kind": "early_wet",
             "start_date": date(2024, 4, 15), "end_date": date(2024, 7, 31)}])
        conn.execute(insert(md.tables["extension_events"]), [
            {"id": 1, "stage": "field_showcase", "event_date": date(2024, 6, 1),
             "place": "ភូមិ ១", "women": 12, "men": 9}])
    engine.dispose()
    return path


if __name__ == "__main__":
    print(make())
