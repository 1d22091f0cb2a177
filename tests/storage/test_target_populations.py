"""Target populations (farm households per area code) kept in the project: single rows
added, changed and deleted with their versions checked, a whole imported table replacing
the set in one transaction, the table an attribute table GDAL and QGIS read, existing
projects upgraded, and an office project's copy holding its provinces' figures.

Tests that take only ``project`` run on the shared register too
(tests/storage/postgis/test_target_populations.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert

from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.target_population import TargetPopulation, level_of
from metkasekor_desktop.domain.targets import parse_targets
from metkasekor_desktop.storage import Project, migrations
from metkasekor_desktop.storage.errors import ConflictError, DuplicateError
from metkasekor_desktop.storage.gpkg import functions
from metkasekor_desktop.storage.gpkg.backend import GeoPackageBackend
from metkasekor_desktop.storage.project_copy import copy_register
from metkasekor_desktop.storage.schema import SCHEMA_VERSION, build_metadata

from .conftest import make_plot, validate

# -- the entity ------------------------------------------------------------------------


def test_an_area_code_is_2_4_6_or_8_ascii_digits_khmer_digits_converted() -> None:
    t = TargetPopulation(area_code=" ០២០៧ ", households="1,250", source="  Census  2019 ")
    assert t.validated() is t
    assert (t.area_code, t.households, t.source, t.level) == ("0207", 1250.0,
                                                              "Census 2019", "district")
    for bad in ("207", "02a7", "0207010", "", None, "०२०७"):  # Devanagari digits: no
        with pytest.raises(ValidationError, match="not an area code") as raised:
            TargetPopulation(area_code=bad, households=10).validated()  # type: ignore[arg-type]
        assert raised.value.field == "area_code"
    for bad in (0, -3, "many", float("nan"), float("inf"), None):
        with pytest.raises(ValidationError, match="above 0") as raised:
            TargetPopulation(area_code="02", households=bad).validated()  # type: ignore[arg-type]
        assert raised.value.field == "households"
    assert [level_of(c) for c in ("02", "0207", "020701", "02070101", "020")] == [
        "province", "district", "commune", "village", ""]


def test_the_table_parser_uses_the_same_rules() -> None:
    with pytest.raises(ValidationError, match="row 2: '207' is not an area code"):
        parse_targets(["code", "households"], [[207.0, 9]])
    assert parse_targets(["code", "households"], [["០២", "១,២០០"], ["0207", 9.0], ["", ""]]
                         ) == {
        "02": 1200.0, "0207": 9.0}
    with pytest.raises(ValidationError, match="row 2: the households of 02 must be"):
        parse_targets(["code", "households"], [["02", 0]])


# -- the repository --------------------------------------------------------------------


def test_add_list_update_delete_with_versions(project: Project) -> None:
    targets = project.targets
    commune = TargetPopulation(area_code="020701", households=1800, source="Commune db")
    district = TargetPopulation(area_code="០២០៧", households=12_000.5)
    assert targets.add(commune) == commune.id and commune.version == 1
    targets.add(district)
    assert district.area_code == "0207"
    assert [t.area_code for t in targets.list()] == ["0207", "020701"]  # by code
    assert targets.as_dict() == {"0207": 12_000.5, "020701": 1800.0}
    stored = targets.by_code("020701")
    assert stored == commune and stored.version == 1 and stored.source == "Commune db"

    stored.households = 1900
    targets.update(stored)
    assert stored.version == 2
    stale = targets.get(commune.id)
    stale.version = 1  # read before the update above
    stale.households = 5
    with pytest.raises(ConflictError, match="target population 020701 was changed"):
        targets.update(stale)
    with pytest.raises(ConflictError):
        targets.delete(commune.id, expected_version=1)
    assert targets.get(commune.id).households == 1900

    with pytest.raises(DuplicateError, match="0207 has a target population already"):
        targets.add(TargetPopulation(area_code="0207", households=3))
    with pytest.raises(ValidationError):
        targets.add(TargetPopulation(area_code="2", households=3))
    targets.delete(commune.id, expected_version=2)
    assert targets.as_dict() == {"0207": 12_000.5}
    assert targets.count() == 1


def test_replace_all_makes_the_set_the_table_in_one_transaction(project: Project) -> None:
    targets = project.targets
    first = targets.replace_all({"02": 90_000, "0207": 12_000, "020701": 1_800},
                                "Census 2019")
    assert first.added == ("02", "0207", "020701") and first.changed
    before = {t.area_code: t for t in targets.list()}
    outcome = targets.replace_all({"0207": 12_000, "020701": 2_000, "13": 40_000},
                                  "Census 2019")
    assert (outcome.added, outcome.updated, outcome.deleted, outcome.unchanged) == (
        ("13",), ("020701",), ("02",), 1)
    after = {t.area_code: t for t in targets.list()}
    assert {c: t.households for c, t in after.items()} == {
        "0207": 12_000.0, "020701": 2_000.0, "13": 40_000.0}
    # Rows that stay the same are not written; changed ones keep their ids.
    assert after["0207"].version == before["0207"].version == 1
    assert after["020701"].id == before["020701"].id and after["020701"].version == 2
    # A new source is a change of every row.
    assert targets.replace_all(targets.as_dict(), "Commune database 2024").updated == (
        "0207", "020701", "13")
    assert {t.source for t in targets.list()} == {"Commune database 2024"}
    # A bad figure anywhere: nothing is written.
    with pytest.raises(ValidationError, match="households of 1305 must be a number"):
        targets.replace_all({"02": 1, "1305": "n/a"}, "x")
    with pytest.raises(ValidationError, match="not an area code"):
        targets.replace_all({"02": 1, "123": 4}, "x")
    with pytest.raises(ValidationError, match="given twice"):
        targets.replace_all({"02": 1, "០២": 4}, "x")
    assert targets.as_dict() == {"0207": 12_000.0, "020701": 2_000.0, "13": 40_000.0}
    # Only within some provinces: the others' rows stay.
    outcome = targets.replace_all({"1305": 7_000}, "PDAFF", within=["13"])
    assert outcome.deleted == ("13",) and outcome.added == ("1305",)
    assert targets.as_dict() == {"0207": 12_000.0, "020701": 2_000.0, "1305": 7_000.0}
    with pytest.raises(ValidationError, match="0207 is outside 13"):
        targets.replace_all({"0207": 1}, "PDAFF", within=["13"])
    # The versions read are checked.
    read = {t.area_code: t.version for t in targets.list()}
    targets.replace_all({**targets.as_dict(), "1305": 7_100}, "PDAFF")
    with pytest.raises(ConflictError, match="target population .* was changed by"):
        targets.replace_all({"1305": 1}, "PDAFF", expected_versions=read)
    assert targets.replace_all({}, "").deleted == ("0207", "020701", "1305")
    assert targets.list() == []


def test_replace_all_joins_a_larger_transaction(project: Project) -> None:
    with pytest.raises(RuntimeError), project.transaction() as conn:
        project.targets.replace_all({"02": 5}, "x", conn)
        raise RuntimeError("the rest of the import failed")
    assert project.targets.as_dict() == {}


# -- the file --------------------------------------------------------------------------


def test_the_table_is_an_attribute_table_and_the_file_validates(tmp_path: Path) -> None:
    path = tmp_path / "t.gpkg"
    with Project.create(path) as project:
        project.targets.replace_all({"02": 90_000.0, "0207": 12_000.0}, "ជំរឿន 2019")
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT data_type, description FROM gpkg_contents WHERE "
                           "table_name = 'target_populations'").fetchone() == (
            "attributes", "Target populations: farm households per province, district, "
                          "commune or village code")
        con.execute("UPDATE target_populations SET households = 1 WHERE area_code = '02'")
        con.commit()  # another program (QGIS) raises the version by the trigger
        assert con.execute("SELECT mk_version, mk_edited_by FROM target_populations "
                           "WHERE area_code = '02'").fetchone() == (2, None)
    finally:
        con.close()
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr


def _make_v5(path: Path) -> None:
    """A project file as the previous version wrote it (schema 5), with some records."""
    engine = create_engine(f"sqlite:///{path}")
    functions.install(engine)
    try:
        with engine.begin() as conn:
            migrations.migrate(conn, GeoPackageBackend(engine), 0, target=5)
            conn.execute(insert(build_metadata(5).tables["farmers"]),
                         [{"id": 1, "name_kh": "សុខ", "name_latin": "Sok",
                           "village_code": "02070101"}])
    finally:
        engine.dispose()


def test_a_version_5_project_is_upgraded_with_an_empty_table(tmp_path: Path) -> None:
    old = tmp_path / "v5.gpkg"
    _make_v5(old)
    with Project.open(old) as project:
        assert project.schema_version == SCHEMA_VERSION == 8
        assert project.targets.list() == []
        assert project.farmers.get(1).name_latin == "Sok"
        project.targets.add(TargetPopulation(area_code="0207", households=100))
        assert project.targets.by_code("0207").version == 1
    result = validate(old)
    assert result.returncode == 0, result.stdout + result.stderr
    new = tmp_path / "new.gpkg"
    Project.create(new).close()

    def schema(path: Path) -> list[tuple[str, str]]:
        con = sqlite3.connect(path)
        try:
            return sorted(con.execute(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'target_populations'"
                " OR name LIKE '%target_populations%'").fetchall())
        finally:
            con.close()

    assert schema(old) == schema(new)
    assert "mk_version_target_populations" in {n for n, _sql in schema(new)}


# -- office projects -------------------------------------------------------------------


def test_an_office_copy_of_a_province_holds_its_target_populations(tmp_path: Path) -> None:
    source = Project.create(tmp_path / "register.gpkg")
    target = Project.create(tmp_path / "office.gpkg", catalogue=[])
    try:
        source.plots.add(make_plot("B-1", village_code="02070101"))
        source.targets.replace_all({"02": 90_000, "0207": 12_000, "020701": 1_800,
                                    "13": 40_000, "1305": 7_000}, "Census 2019")
        report = copy_register(source, target, province="02")
        assert report.written and report.added["target_populations"] == 3
        assert target.targets.as_dict() == {"02": 90_000.0, "0207": 12_000.0,
                                             "020701": 1_800.0}
        assert {t.source for t in target.targets.list()} == {"Census 2019"}
        # Published back: found, nothing added; a figure changed on one side clashes.
        back = copy_register(target, source)
        assert back.found["target_populations"] == 3 and not back.clashes
        assert back.added["target_populations"] == 0
        changed = target.targets.by_code("0207")
        changed.households = 12_500
        target.targets.update(changed)
        clash = copy_register(target, source)
        assert not clash.written
        assert [c.message("the office", "the register") for c in clash.clashes] == [
            "target population of 0207: households is '12500.0' in the office but "
            "'12000.0' in the register"]
        assert source.targets.as_dict()["0207"] == 12_000.0
    finally:
        source.close()
        target.close()
