"""Submissions exported by ODK Central (CSV zip, lone CSV) and KoboToolbox (XLSX, CSV).

The files are written here in the layouts the two services export: ODK Central's
``FORMID.csv`` with group paths joined by ``-``, split geopoint columns and its own
columns (``KEY``, ``SubmitterName``...), one ``FORMID-REPEAT.csv`` per repeat linked by
``PARENT_KEY`` and a ``media/`` folder; KoboToolbox's workbook with one sheet per repeat
linked by ``_parent_index`` and its ``;`` CSV, group paths joined by ``/``.
"""

from __future__ import annotations

import csv
import io
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from metkasekor_desktop.io.form_csv import parse_geoshape
from metkasekor_desktop.io.submission_layouts import MESSAGES
from metkasekor_desktop.io.submissions import (
    SubmissionFile,
    normalise_instance_id,
    read_submissions,
)

FORM = "plot_visit"
ODK_TAIL = ["KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
            "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]
ODK_MAIN = (["SubmissionDate", "meta-instanceID", "start", "farmer_group-farmer_name",
             "plot_group-plot", "plot_group-boundary", "plot_group-photo",
             "plot_group-gps-Latitude", "plot_group-gps-Longitude", "plot_group-gps-Altitude",
             "plot_group-gps-Accuracy",
             "practices", "practices/mulch", "practices/awd"] + ODK_TAIL)
U1 = "uuid:6F1C7A2E-0B7D-4C55-9E1A-1B2C3D4E5F60"
U2 = "uuid:0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"
SHAPE = "11.1 103.2 10 5;11.1 103.21 10 5;11.11 103.21 10 5;11.1 103.2 10 5"
FARMER = "សុខ ចាន់ថា"  # Khmer name
VILLAGE_NOTE = "ស្រែនៅជិតប្រឡាយ"


def odk_main_row(key: str, farmer: str, plot: str, photo: str = "",
                 when: str = "2024-06-01T03:04:05.123Z", present: str = "0",
                 expected: str = "0") -> list[str]:
    return [when, key, "2024-06-01T09:00:00.000+07:00", farmer, plot, SHAPE, photo,
            "11.105", "103.205", "12.5", "4.0", "mulch awd", "1", "1",
            key, "17", "Dara", present, expected, "", "approved", "collect:abc", "0", "3"]


def write_csv(rows: list[list[str]], bom: bool = False, delimiter: str = ",") -> bytes:
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return ("\ufeff" if bom else "").encode() + text.getvalue().encode("utf-8")


def odk_members() -> dict[str, bytes]:
    main = [ODK_MAIN,
            odk_main_row(U1, FARMER, "BTB-0001", "1717210000123.jpg", present="2", expected="2"),
            odk_main_row(U2, "Chea Sok", "BTB-0002")]
    crops = [["crop_name", "crop_detail-area", "crop_photo", "PARENT_KEY", "KEY"],
             ["ស្រូវ", "0.25", "1717210000456.jpg", U1, f"{U1}/crop_repeat[1]"],
             ["cassava", "1,5", "", U1, f"{U1}/crop_repeat[2]"],
             ["rice", "2", "", U2, f"{U2}/crop_repeat[1]"]]
    pests = [["pest_name", "PARENT_KEY", "KEY"],
             ["ដង្កូវ", f"{U1}/crop_repeat[1]", f"{U1}/crop_repeat[1]/pest[1]"],
             ["brown planthopper", f"{U1}/crop_repeat[1]", f"{U1}/crop_repeat[1]/pest[2]"]]
    return {f"{FORM}.csv": write_csv(main, bom=True),
            f"{FORM}-crop_repeat.csv": write_csv(crops),
            f"{FORM}-pest.csv": write_csv(pests),
            "media/1717210000123.jpg": b"\xff\xd8\xff\xe0 plot photo",
            "media/1717210000456.jpg": b"\xff\xd8\xff\xe0 crop photo",
            "media/unreferenced.jpg": b"\xff\xd8 other"}


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def read(path: Path, tmp_path: Path, **kwargs) -> SubmissionFile:
    return read_submissions(path, extract_to=tmp_path / "extracted", **kwargs)


def keys(result: SubmissionFile) -> list[str]:
    return [p.key for p in result.problems]


# --- ODK Central -----------------------------------------------------------------------


def test_odk_central_zip_with_groups_repeats_nested_repeats_and_media(tmp_path: Path) -> None:
    result = read(write_zip(tmp_path / f"{FORM}.zip", odk_members()), tmp_path)
    assert result.layout == "odk-central-zip"
    assert result.problems == []
    first, second = result.submissions
    assert first.instance_id == "6f1c7a2e-0b7d-4c55-9e1a-1b2c3d4e5f60"
    assert first.form_id == FORM
    assert first.submitted_at == datetime(2024, 6, 1, 3, 4, 5, 123000, tzinfo=UTC)
    assert first.submitter == "Dara"
    assert first.fields["farmer_name"] == FARMER
    assert first.fields["plot"] == "BTB-0001"
    assert first.paths["plot_group/plot"] == "BTB-0001"
    assert first.fields["gps"] == "11.105 103.205 12.5 4.0"  # joined back as the phone sent
    assert "Latitude" not in first.fields
    assert first.fields["practices"] == "mulch awd"
    assert first.fields["practices/mulch"] == "1"
    assert first.meta["KEY"] == U1 and first.meta["ReviewState"] == "approved"
    assert first.meta["meta-instanceID"] == U1
    assert "KEY" not in first.fields and "instanceID" not in first.fields
    assert parse_geoshape(first.fields["boundary"])[0] == (103.2, 11.1)
    crops = first.repeats["crop_repeat"]
    assert [c.fields["crop_name"] for c in crops] == ["ស្រូវ", "cassava"]
    assert crops[0].fields["area"] == "0.25" and crops[1].fields["area"] == "1,5"
    assert crops[0].paths["crop_detail/area"] == "0.25"
    assert [p.fields["pest_name"] for p in crops[0].repeats["pest"]] == [
        "ដង្កូវ", "brown planthopper"]
    assert "pest" not in crops[1].repeats
    assert second.repeats["crop_repeat"][0].fields["crop_name"] == "rice"
    assert set(first.media) == {"1717210000123.jpg", "1717210000456.jpg"}
    assert crops[0].media == {"1717210000456.jpg": first.media["1717210000456.jpg"]}
    photo = first.media["1717210000123.jpg"]
    assert photo.read_bytes() == b"\xff\xd8\xff\xe0 plot photo"
    assert (tmp_path / "extracted") in photo.parents
    assert not (tmp_path / "extracted" / "media" / "unreferenced.jpg").exists()
    assert second.media == {}
    assert "plot_visit.csv, row 2" in first.source
    assert "plot_visit-crop_repeat.csv, row 3" in crops[1].source


def test_odk_lone_main_csv(tmp_path: Path) -> None:
    path = tmp_path / f"{FORM}.csv"
    path.write_bytes(odk_members()[f"{FORM}.csv"])
    result = read(path, tmp_path)
    assert result.layout == "odk-csv"
    assert [s.fields["farmer_name"] for s in result.submissions] == [FARMER, "Chea Sok"]
    assert result.submissions[0].form_id == FORM
    assert result.submissions[0].repeats == {} and result.submissions[0].media == {}
    # the photos the first submission has are not in a lone CSV: said once
    assert keys(result) == ["media_not_in_file"]
    assert result.problems[0].params["count"] == "1"


def test_odk_without_group_paths_and_without_bom(tmp_path: Path) -> None:
    header = ["SubmissionDate", "instanceID", "plot", "area"] + ODK_TAIL
    row = ["2024-06-01T03:04:05.000Z", U1, "BTB-0009", "0.5", U1, "", "", "0", "0", "", "",
           "", "0", "1"]
    path = tmp_path / "f.csv"
    path.write_bytes(write_csv([header, row]))
    (sub,) = read(path, tmp_path).submissions
    assert sub.fields == {"plot": "BTB-0009", "area": "0.5"}
    assert sub.instance_id == normalise_instance_id(U1)


def test_odk_encrypted_and_id_less_rows_are_left_out(tmp_path: Path) -> None:
    encrypted = odk_main_row("uuid:enc", "", "")
    encrypted[ODK_MAIN.index("Status")] = "missing encrypted form data"
    no_id = odk_main_row("", "x", "y")
    path = tmp_path / f"{FORM}.csv"
    path.write_bytes(write_csv([ODK_MAIN, encrypted, no_id, odk_main_row(U2, "a", "b")]))
    result = read(path, tmp_path)
    assert [s.instance_id for s in result.submissions] == [normalise_instance_id(U2)]
    assert keys(result) == ["encrypted", "missing_instance_id"]
    assert result.problems[1].where.endswith("row 3")


# --- KoboToolbox -----------------------------------------------------------------------

KOBO_MAIN = ["start", "end", "farmer_group/farmer_name", "plot_group/plot",
             "plot_group/boundary", "plot_group/gps", "plot_group/_gps_latitude",
             "plot_group/_gps_longitude", "plot_group/_gps_altitude", "plot_group/_gps_precision",
             "practices", "practices/mulch", "practices/awd", "area_ha", "meta/instanceID",
             "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
             "_submitted_by", "__version__", "_tags", "_index"]
K1 = "3e1b6a8c-5d4f-4b2a-9c8e-7f6a5b4c3d2e"
K2 = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"


def kobo_main_row(uuid: str, index: int, farmer: str, plot: str, area: object) -> list[object]:
    return ["2024-06-02T08:00:00.000+07:00", "2024-06-02T08:20:00.000+07:00", farmer, plot,
            SHAPE, "11.105 103.205 12.5 4", 11.105, 103.205, 12.5, 4, "mulch", 1, 0, area,
            f"uuid:{uuid}", 180000 + index, uuid, "2024-06-02T01:25:00", "", "",
            "submitted_via_web", "dara_ext", "vXyZ", "", index]


def kobo_workbook(path: Path, main_rows: list[list[object]],
                  crop_rows: list[list[object]] | None = None,
                  pest_rows: list[list[object]] | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    main = book.active
    main.title = "Plot visit 2024"
    main.append(KOBO_MAIN)
    for row in main_rows:
        main.append(row)
    crops = book.create_sheet("crop_repeat")
    crops.append(["crop_repeat/crop_name", "crop_repeat/crop_detail/area", "_index",
                  "_parent_table_name", "_parent_index", "_submission__id",
                  "_submission__uuid", "_submission__submission_time",
                  "_submission__validation_status", "_submission__notes",
                  "_submission__status", "_submission__submitted_by",
                  "_submission___version__", "_submission__tags"])
    for row in crop_rows if crop_rows is not None else [
            ["ស្រូវ", 0.25, 1, "Plot visit 2024", 1, 180001, K1],
            ["cassava", 2.0, 2, "Plot visit 2024", 1, 180001, K1],
            ["rice", 1, 3, "Plot visit 2024", 2, 180002, K2]]:
        crops.append(row)
    pests = book.create_sheet("pest")
    pests.append(["crop_repeat/pest/pest_name", "_index", "_parent_table_name",
                  "_parent_index", "_submission__id", "_submission__uuid"])
    for row in pest_rows if pest_rows is not None else [
            ["ដង្កូវ", 1, "crop_repeat", 1, 180001, K1],
            ["snail", 2, "crop_repeat", 3, 180002, K2]]:
        pests.append(row)
    book.save(path)
    return path


def test_kobo_xlsx_with_repeat_sheets_and_nested_repeats(tmp_path: Path) -> None:
    path = kobo_workbook(tmp_path / "plot_visit.xlsx", [
        kobo_main_row(K1, 1, FARMER, "BTB-0001", 0.5),
        kobo_main_row(K2, 2, "Chea Sok", "BTB-0002", 2.0)])
    result = read(path, tmp_path)
    assert result.layout == "kobo-xlsx"
    assert result.problems == []
    first, second = result.submissions
    assert first.instance_id == K1
    assert first.form_id is None
    assert first.submitted_at == datetime(2024, 6, 2, 1, 25, tzinfo=UTC)
    assert first.submitter == "dara_ext"
    assert first.fields["farmer_name"] == FARMER
    assert first.paths["farmer_group/farmer_name"] == FARMER
    assert first.fields["gps"] == "11.105 103.205 12.5 4"
    assert first.fields["practices/mulch"] == "1"
    assert first.fields["area_ha"] == "0.5" and second.fields["area_ha"] == "2"
    assert first.meta["_uuid"] == K1 and "_gps_latitude" not in first.fields
    assert first.meta["plot_group/_gps_latitude"] == "11.105"
    assert parse_geoshape(first.fields["boundary"])[2] == (103.21, 11.11)
    crops = first.repeats["crop_repeat"]
    assert [(c.fields["crop_name"], c.fields["area"]) for c in crops] == [
        ("ស្រូវ", "0.25"), ("cassava", "2")]
    assert crops[0].paths == {"crop_name": "ស្រូវ", "crop_detail/area": "0.25"}
    assert crops[0].repeats["pest"][0].fields["pest_name"] == "ដង្កូវ"
    rice = second.repeats["crop_repeat"][0]
    assert rice.repeats["pest"][0].fields == {"pest_name": "snail"}
    assert "crop_repeat, row 3" in crops[1].source


def test_kobo_semicolon_csv_with_khmer(tmp_path: Path) -> None:
    rows = [KOBO_MAIN, kobo_main_row(K1, 1, FARMER, "BTB-0001", "0.5"),
            kobo_main_row(K2, 2, VILLAGE_NOTE, "BTB-0002", "1.25")]
    text = io.StringIO()
    csv.writer(text, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(
        [[str(c) for c in r] for r in rows])
    path = tmp_path / "plot_visit_-_all_versions_-_labels_-_2024-06-03-01-02-03.csv"
    path.write_bytes(text.getvalue().encode("utf-8"))
    result = read(path, tmp_path, form_id="plot_visit")
    assert result.layout == "kobo-csv"
    assert [s.fields["farmer_name"] for s in result.submissions] == [FARMER, VILLAGE_NOTE]
    assert [s.fields["area_ha"] for s in result.submissions] == ["0.5", "1.25"]
    assert result.submissions[0].fields["boundary"] == SHAPE
    assert result.submissions[0].form_id == "plot_visit"
    assert result.problems == []


def test_kobo_comma_csv_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(write_csv([KOBO_MAIN, [str(c) for c in kobo_main_row(
        K1, 1, FARMER, "BTB-0001", "0.5")]], bom=True))
    result = read(path, tmp_path)
    assert result.layout == "kobo-csv"
    assert result.submissions[0].fields["start"] == "2024-06-02T08:00:00.000+07:00"
    assert result.submissions[0].fields["farmer_name"] == FARMER


# --- refusals ---------------------------------------------------------------------------


def test_zip_without_main_csv_is_refused(tmp_path: Path) -> None:
    members = odk_members()
    del members[f"{FORM}.csv"]
    result = read(write_zip(tmp_path / "x.zip", members), tmp_path)
    assert result.submissions == [] and result.refused
    (problem,) = result.problems
    assert problem.key == "no_main_table" and problem.where == "x.zip"
    assert "plot_visit-pest.csv" in problem.message


def test_zip_with_several_forms_lists_them_and_form_id_picks(tmp_path: Path) -> None:
    members = odk_members()
    other = [["SubmissionDate", "meta-instanceID", "yield_kg"] + ODK_TAIL,
             ["2024-06-01T00:00:00.000Z", "uuid:y1", "350", "uuid:y1", "", "", "0", "0", "",
              "", "", "0", "1"]]
    members["plot_visit-2.csv"] = write_csv(other)  # a form id that starts like the other
    path = write_zip(tmp_path / "both.zip", members)
    refused = read(path, tmp_path)
    assert keys(refused) == ["several_forms"] and refused.refused
    assert refused.problems[0].params["forms"] == "plot_visit, plot_visit-2"
    picked = read(path, tmp_path, form_id="plot_visit-2")
    assert [s.fields["yield_kg"] for s in picked.submissions] == ["350"]
    assert picked.submissions[0].repeats == {}
    main = read(path, tmp_path, form_id=FORM)
    assert len(main.submissions) == 2 and main.problems == []
    missing = read(path, tmp_path, form_id="harvest")
    assert keys(missing) == ["form_not_found"]
    assert "plot_visit-2" in missing.problems[0].message


def test_repeat_rows_without_parent_are_reported(tmp_path: Path) -> None:
    members = odk_members()
    members[f"{FORM}-pest.csv"] = write_csv([
        ["pest_name", "PARENT_KEY", "KEY"],
        ["ok", f"{U1}/crop_repeat[1]", f"{U1}/crop_repeat[1]/pest[1]"],
        ["lost", f"{U1}/crop_repeat[9]", f"{U1}/crop_repeat[9]/pest[1]"]])
    result = read(write_zip(tmp_path / "x.zip", members), tmp_path)
    assert keys(result) == ["orphan_repeat_row"]
    assert result.problems[0].where == "x.zip > plot_visit-pest.csv, row 3"
    assert result.problems[0].params["parent"] == f"{U1}/crop_repeat[9]"
    crop = result.submissions[0].repeats["crop_repeat"][0]
    assert [p.fields["pest_name"] for p in crop.repeats["pest"]] == ["ok"]

    path = kobo_workbook(tmp_path / "k.xlsx", [kobo_main_row(K1, 1, FARMER, "BTB-0001", 1)],
                         crop_rows=[["rice", 1, 1, "Plot visit 2024", 7, 0, "x"]], pest_rows=[])
    kobo = read(path, tmp_path)
    assert keys(kobo) == ["orphan_repeat_row"]
    assert kobo.problems[0].where.endswith("crop_repeat, row 2")
    assert "_index 7 of Plot visit 2024" in kobo.problems[0].message
    assert kobo.submissions[0].repeats == {}


def test_a_repeat_table_alone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / f"{FORM}-crop_repeat.csv"
    path.write_bytes(odk_members()[f"{FORM}-crop_repeat.csv"])
    assert keys(read(path, tmp_path)) == ["repeat_table_alone"]


def test_duplicated_instance_ids_keep_the_first(tmp_path: Path) -> None:
    path = tmp_path / f"{FORM}.csv"
    path.write_bytes(write_csv([ODK_MAIN, odk_main_row(U1, "first", "A"),
                                odk_main_row(U2, "other", "B"),
                                odk_main_row(U1.lower(), "again", "C")]))
    result = read(path, tmp_path)
    assert [s.fields["farmer_name"] for s in result.submissions] == ["first", "other"]
    (problem,) = result.problems
    assert problem.key == "duplicate_instance" and not problem.fatal
    assert problem.params["rows"] == "2, 4" and problem.params["kept"] == "2"

    # KoboToolbox sends the same submission twice; the copy's repeat rows go with it
    book = kobo_workbook(tmp_path / "dup.xlsx", [
        kobo_main_row(K1, 1, FARMER, "BTB-0001", 1), kobo_main_row(K1, 2, FARMER, "BTB-0001", 1)],
        crop_rows=[["rice", 1, 1, "Plot visit 2024", 1], ["rice", 1, 2, "Plot visit 2024", 2]],
        pest_rows=[])
    kobo = read(book, tmp_path)
    assert keys(kobo) == ["duplicate_instance"]
    assert len(kobo.submissions) == 1 and len(kobo.submissions[0].repeats["crop_repeat"]) == 1


@pytest.mark.parametrize(("name", "data", "key"), [
    ("broken.zip", b"PK\x03\x04 not really a zip", "unreadable"),
    ("broken.xlsx", b"not a workbook", "unreadable"),
    ("latin.csv", "KEY,name\nuuid:1,caf\xe9\n".encode("cp1252"), "not_utf8"),
    ("empty.csv", b"", "empty_table"),
    ("plots.csv", b"code,area\nA,1\n", "not_an_export"),
    ("plots.geojson", b"{}", "unknown_type"),
])
def test_unreadable_files_are_refused(tmp_path: Path, name: str, data: bytes, key: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = read(path, tmp_path)
    assert result.submissions == [] and result.layout is None
    (problem,) = result.problems
    assert problem.key == key and problem.fatal and problem.where == name
    assert problem.message.startswith(f"{name}: ")
    where, message_key, params = problem  # a (where, key, params) tuple
    assert message_key == key and isinstance(params, dict)
    assert problem.message.template == "{where}: {problem}"  # said in the user's language
    assert problem.text.template == MESSAGES[key].template
    assert problem.message == f"{name}: {MESSAGES[key].format(**params)}"


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert keys(read(tmp_path / "gone.zip", tmp_path)) == ["unreadable"]


def test_zip_bomb_is_refused_before_extraction(tmp_path: Path) -> None:
    members = odk_members()
    members["media/huge.jpg"] = b"\0" * (60 << 20)  # 60 MB of zeros, stored in ~60 KB
    result = read(write_zip(tmp_path / "bomb.zip", members), tmp_path)
    assert keys(result) == ["archive_refused"] and result.refused
    assert "huge.jpg" in result.problems[0].message
    assert not (tmp_path / "extracted").exists()


def test_media_names_cannot_leave_the_folder(tmp_path: Path) -> None:
    members = odk_members()
    main = [ODK_MAIN, odk_main_row(U1, FARMER, "BTB-0001", "evil.jpg")]
    members[f"{FORM}.csv"] = write_csv(main)
    members["media/../../evil.jpg"] = b"outside"
    result = read(write_zip(tmp_path / "x.zip", members), tmp_path / "deep" / "er")
    assert not (tmp_path / "evil.jpg").exists() and not (tmp_path / "deep" / "evil.jpg").exists()
    media = result.submissions[0].media
    assert all((tmp_path / "deep" / "er" / "extracted") in p.parents for p in media.values())


def test_every_message_key_has_a_message() -> None:
    assert all("{" not in key for key in MESSAGES)


# --- the same submissions give the same ids ----------------------------------------------


def test_rereading_and_later_exports_give_the_same_ids(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "first.zip", odk_members())
    once = [s.instance_id for s in read(path, tmp_path).submissions]
    again = [s.instance_id for s in read(path, tmp_path / "b").submissions]
    assert once == again
    later = odk_members()
    edited = odk_main_row(U1, FARMER, "BTB-0001", "1717210000123.jpg")
    edited[1] = "uuid:11111111-2222-4333-8444-555555555555"  # an edit's new instanceID
    new = odk_main_row("uuid:NEW-ONE", "new farmer", "BTB-0003")
    later[f"{FORM}.csv"] = write_csv([ODK_MAIN, odk_main_row(U2, "Chea Sok", "BTB-0002"),
                                      edited, new])
    ids = {s.instance_id for s in read(write_zip(tmp_path / "later.zip", later),
                                       tmp_path / "c").submissions}
    assert set(once) < ids and "new-one" in ids

    k1 = kobo_workbook(tmp_path / "k1.xlsx", [kobo_main_row(K1, 1, FARMER, "A", 1)])
    k2 = kobo_workbook(tmp_path / "k2.xlsx", [kobo_main_row(K2, 1, "x", "B", 1),
                                              kobo_main_row(K1.upper(), 2, FARMER, "A", 1)])
    kobo_ids = {s.instance_id for s in read(k2, tmp_path).submissions}
    assert {s.instance_id for s in read(k1, tmp_path).submissions} < kobo_ids
    assert normalise_instance_id(" UUID:AbC ") == "abc"


# --- a large export ---------------------------------------------------------------------


def test_ten_thousand_submissions_in_an_odk_zip(tmp_path: Path) -> None:
    main = [ODK_MAIN]
    crops = [["crop_name", "crop_detail-area", "crop_photo", "PARENT_KEY", "KEY"]]
    for n in range(10_000):
        key = f"uuid:00000000-0000-4000-8000-{n:012d}"
        main.append(odk_main_row(key, f"{FARMER} {n}", f"BTB-{n:05d}"))
        crops.append(["ស្រូវ", "0.5", "", key, f"{key}/crop_repeat[1]"])
        crops.append(["cassava", "1", "", key, f"{key}/crop_repeat[2]"])
    path = write_zip(tmp_path / "big.zip", {f"{FORM}.csv": write_csv(main),
                                            f"{FORM}-crop_repeat.csv": write_csv(crops)})
    started = time.perf_counter()
    result = read(path, tmp_path)
    elapsed = time.perf_counter() - started
    print(f"\n10,000 submissions and 20,000 repeat rows read in {elapsed:.2f} s")
    assert len(result.submissions) == 10_000 and result.problems == []
    assert all(len(s.repeats["crop_repeat"]) == 2 for s in result.submissions)
    assert result.submissions[-1].fields["plot"] == "BTB-09999"


# --- KoboToolbox's attachments, downloaded apart -----------------------------------------

PHOTO_MAIN = ["plot_group/plot", "plot_group/photo", "plot_group/photo_URL", "_id", "_uuid",
              "_submission_time", "_submitted_by", "_index"]
KH_PHOTO = "រូបថត ស្រែ.jpg"  # a Khmer file name (crop photo of a repeat row)
ASSET = "aXyZ123assetUid"


def photo_url(name: str) -> str:
    return f"https://kc.kobotoolbox.org/media/original?media_file=dara%2Fattachments%2F{name}"


def kobo_photo_workbook(path: Path, photos: list[tuple[str, int, str, str]]) -> Path:
    """A Kobo workbook whose main sheet has an image question (and its ``_URL`` column)
    and whose repeat sheet has one: ``photos`` are (uuid, _id, plot photo, crop photo)."""
    from openpyxl import Workbook

    book = Workbook()
    main = book.active
    main.title = "Plot visit 2024"
    main.append(PHOTO_MAIN)
    crops = book.create_sheet("crop_repeat")
    crops.append(["crop_repeat/crop_name", "crop_repeat/crop_photo",
                  "crop_repeat/crop_photo_URL", "_index", "_parent_table_name",
                  "_parent_index", "_submission__uuid"])
    for index, (uuid, number, photo, crop) in enumerate(photos, start=1):
        main.append([f"BTB-000{index}", photo, photo_url(photo) if photo else "", number,
                     uuid, "2024-06-02T01:25:00", "dara", index])
        crops.append(["ស្រូវ", crop, photo_url(crop) if crop else "", index,
                      "Plot visit 2024", index, uuid])
    book.save(path)
    return path


PHOTOS = [(K1, 180001, "1717210000123.jpg", KH_PHOTO), (K2, 180002, "1717210000123.jpg", "")]


def kobo_attachments() -> dict[str, bytes]:
    """KoboToolbox's nesting: <asset uid>/<user>/attachments/<uuid or _id>/<file>; both
    submissions' phones named their photo alike."""
    return {f"{ASSET}/dara/attachments/{K1}/1717210000123.jpg": b"\xff\xd8 plot one",
            f"{ASSET}/dara/attachments/{K1}/{KH_PHOTO}": b"\xff\xd8 crop one",
            f"{ASSET}/dara/attachments/180002/1717210000123.jpg": b"\xff\xd8 plot two",
            f"{ASSET}/dara/attachments/{K2}/unreferenced.jpg": b"\xff\xd8 other"}


def write_folder(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        target = folder.joinpath(*name.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def assert_photos(result: SubmissionFile) -> tuple[Path, Path, Path]:
    assert result.problems == [], [p.message for p in result.problems]
    first, second = result.submissions
    assert set(first.media) == {"1717210000123.jpg", KH_PHOTO}
    crop = first.repeats["crop_repeat"][0]
    assert crop.media == {KH_PHOTO: first.media[KH_PHOTO]}
    assert first.media["1717210000123.jpg"].read_bytes() == b"\xff\xd8 plot one"
    assert first.media[KH_PHOTO].read_bytes() == b"\xff\xd8 crop one"
    assert first.media[KH_PHOTO].name == KH_PHOTO
    assert second.media["1717210000123.jpg"].read_bytes() == b"\xff\xd8 plot two"  # its _id
    return first.media["1717210000123.jpg"], first.media[KH_PHOTO], \
        second.media["1717210000123.jpg"]


def test_kobo_photos_from_a_nested_folder_beside_the_export(tmp_path: Path) -> None:
    path = kobo_photo_workbook(tmp_path / "plot_visit.xlsx", PHOTOS)
    folder = write_folder(tmp_path / "plot_visit_attachments", kobo_attachments())
    photos = assert_photos(read(path, tmp_path))
    assert all(folder in p.parents for p in photos)  # read in place, nothing copied
    assert not (tmp_path / "extracted").exists()


def test_kobo_photos_from_a_zip_beside_the_export(tmp_path: Path) -> None:
    path = kobo_photo_workbook(tmp_path / "plot_visit.xlsx", PHOTOS)
    write_zip(tmp_path / "attachments.zip", kobo_attachments())
    photos = assert_photos(read(path, tmp_path))
    assert all((tmp_path / "extracted") in p.parents for p in photos)
    assert not list((tmp_path / "extracted").rglob("unreferenced.jpg"))  # only those named


def test_kobo_photos_from_a_zip_or_folder_given(tmp_path: Path) -> None:
    path = kobo_photo_workbook(tmp_path / "plot_visit.xlsx", PHOTOS)
    write_folder(tmp_path / "media", {"x/1717210000123.jpg": b"wrong"})  # not the one given
    (tmp_path / "downloads").mkdir()
    given = write_zip(tmp_path / "downloads" / "kobo photos.zip", kobo_attachments())
    assert_photos(read(path, tmp_path, media=given))
    folder = write_folder(tmp_path / "elsewhere" / "ផ្ទាល់", kobo_attachments())
    photos = assert_photos(read(path, tmp_path / "b", media=folder))
    assert all(folder in p.parents for p in photos)
    gone = read(path, tmp_path / "c", media=tmp_path / "no such folder")
    assert keys(gone) == ["media_source_missing", "media_not_in_attachments"]
    assert not gone.refused and len(gone.submissions) == 2


def test_kobo_photos_not_downloaded_are_said_once(tmp_path: Path) -> None:
    path = kobo_photo_workbook(tmp_path / "plot_visit.xlsx", PHOTOS)
    none = read(path, tmp_path)
    assert keys(none) == ["media_not_in_attachments"] and not none.refused
    problem = none.problems[0]
    assert problem.params["count"] == "3" and problem.where == "plot_visit.xlsx"
    assert "plot_visit_attachments" in problem.message and "KoboToolbox" in problem.message
    assert all(s.media == {} for s in none.submissions)
    files = kobo_attachments()
    del files[f"{ASSET}/dara/attachments/{K1}/{KH_PHOTO}"]
    write_folder(tmp_path / "plot_visit-media", files)
    some = read(path, tmp_path / "b")
    assert keys(some) == ["media_not_in_attachments"]
    assert some.problems[0].params["count"] == "1"
    assert some.problems[0].params["examples"] == KH_PHOTO
    assert set(some.submissions[0].media) == {"1717210000123.jpg"}


def test_kobo_photos_with_one_name_and_no_folder_to_tell_them_apart(tmp_path: Path) -> None:
    path = kobo_photo_workbook(tmp_path / "plot_visit.xlsx", [(K1, 180001, "same.jpg", "")])
    write_folder(tmp_path / "attachments", {"a/same.jpg": b"one", "b/same.jpg": b"two"})
    result = read(path, tmp_path)
    assert keys(result) == ["media_ambiguous"]
    assert "'same.jpg'" in result.problems[0].message
    assert result.submissions[0].media == {}
    # the same file twice is no doubt: it is taken
    (tmp_path / "attachments" / "b" / "same.jpg").write_bytes(b"one")
    again = read(path, tmp_path / "b")
    assert again.problems == [] and again.submissions[0].media["same.jpg"].read_bytes() == b"one"


def test_kobo_csv_photos_and_an_attachments_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(write_csv([PHOTO_MAIN, ["BTB-0001", KH_PHOTO, photo_url(KH_PHOTO), "7",
                                             K1, "2024-06-02T01:25:00", "dara", "1"]],
                               delimiter=";"))
    write_zip(tmp_path / "export_attachments.zip", {f"7/{KH_PHOTO}": b"\xff\xd8 kh"})
    (sub,) = read(path, tmp_path).submissions
    assert sub.media[KH_PHOTO].read_bytes() == b"\xff\xd8 kh"  # under its _id's folder
    write_zip(tmp_path / "export_attachments.zip", {f"7/{KH_PHOTO}": b"\0" * (60 << 20)})
    bomb = read(path, tmp_path / "b")
    assert keys(bomb) == ["archive_refused"] and bomb.refused
    assert not list((tmp_path / "b").rglob("*.jpg"))
