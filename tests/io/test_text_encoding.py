"""Encodings of DBF text: declared, previewed and guessed; legacy Limon Khmer flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapefile  # pyshp

from metkasekor_desktop.io.text_encoding import (
    declared_dbf_encoding,
    guess_encoding,
    limon_suspects,
    looks_like_limon,
    normalise_codepage,
    preview_encodings,
)

KHMER_NAMES = ["សុខ ចាន់", "ស្រីពៅ", "ចាន់ ធី", "កសិករ ១"]
THAI_NAMES = ["สมชาย", "นาข้าว", "ไร่มันสำปะหลัง"]
WESTERN_NAMES = ["Café Sok", "Rizière Nord", "Zone à l'est"]


def write_dbf(folder: Path, names: list[str], encoding: str, ldid: int | None = None,
              cpg: str | None = None, stem: str = "plots") -> Path:
    """A point Shapefile whose DBF holds ``names`` in ``encoding``; optional LDID and .cpg."""
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / stem
    with shapefile.Writer(str(base), shapeType=shapefile.POINT, encoding=encoding) as writer:
        writer.field("NAME", "C", size=100)
        writer.field("CODE", "C", size=10)
        for i, name in enumerate(names):
            writer.point(104.9 + i * 0.01, 11.5)
            writer.record(name, f"P-{i}")
    dbf = base.with_suffix(".dbf")
    if ldid is not None:
        data = bytearray(dbf.read_bytes())
        data[29] = ldid
        dbf.write_bytes(bytes(data))
    if cpg is not None:
        base.with_suffix(".cpg").write_text(cpg)
    return dbf


@pytest.mark.parametrize(
    ("text", "expected"),
    [("UTF-8", "utf-8"), ("utf8\n", "utf-8"), ("1252", "cp1252"), ("ANSI 1252", "cp1252"),
     ("CP874", "cp874"), ("874", "cp874"), ("88591", "latin-1"), ("ISO-8859-1", "latin-1"),
     ("28591", "latin-1"), ("SYSTEM", None), ("no such code page", None)],
)
def test_cpg_texts_become_codec_names(text: str, expected: str | None) -> None:
    assert normalise_codepage(text) == expected


def test_cpg_file_wins_over_language_driver(tmp_path: Path) -> None:
    dbf = write_dbf(tmp_path, KHMER_NAMES, "utf-8", ldid=0x7C, cpg="UTF-8")
    assert declared_dbf_encoding(dbf.with_suffix(".shp")) == "utf-8"
    assert declared_dbf_encoding(dbf) == "utf-8"


def test_language_driver_byte_is_used_without_cpg(tmp_path: Path) -> None:
    thai = write_dbf(tmp_path / "a", THAI_NAMES, "cp874", ldid=0x7C)
    western = write_dbf(tmp_path / "b", WESTERN_NAMES, "cp1252", ldid=0x03)
    assert declared_dbf_encoding(thai.with_suffix(".shp")) == "cp874"
    assert declared_dbf_encoding(western) == "cp1252"


@pytest.mark.parametrize("ldid", [0x00, 0x57])
def test_no_or_system_language_driver_declares_nothing(tmp_path: Path, ldid: int) -> None:
    dbf = write_dbf(tmp_path, WESTERN_NAMES, "cp1252", ldid=ldid)
    assert declared_dbf_encoding(dbf.with_suffix(".shp")) is None


def test_upper_case_cpg_next_to_shapefile_is_found(tmp_path: Path) -> None:
    dbf = write_dbf(tmp_path, THAI_NAMES, "cp874")
    (tmp_path / "plots.CPG").write_text("874")
    assert declared_dbf_encoding(dbf.with_suffix(".shp")) == "cp874"


def test_utf8_khmer_preview_puts_utf8_first_with_readable_names(tmp_path: Path) -> None:
    dbf = write_dbf(tmp_path, KHMER_NAMES, "utf-8")
    previews = preview_encodings(dbf)
    assert [p.encoding for p in previews][0] == "utf-8"
    assert previews[0].errors == 0
    assert "សុខ ចាន់" in previews[0].samples
    assert "P-0" in previews[0].samples
    assert {p.encoding for p in previews} == {"utf-8", "cp874", "cp1252", "latin-1"}
    assert all("សុខ ចាន់" not in p.samples for p in previews[1:])


def test_thai_cp874_preview_puts_cp874_first(tmp_path: Path) -> None:
    dbf = write_dbf(tmp_path, THAI_NAMES, "cp874")
    previews = preview_encodings(dbf)
    assert previews[0].encoding == "cp874"
    assert "นาข้าว" in previews[0].samples
    utf8 = next(p for p in previews if p.encoding == "utf-8")
    assert utf8.errors == len(THAI_NAMES)


def test_western_text_prefers_windows_1252_over_thai(tmp_path: Path) -> None:
    dbf = write_dbf(tmp_path, WESTERN_NAMES, "cp1252")
    previews = preview_encodings(dbf, limit=2)
    assert previews[0].encoding == "cp1252"
    assert previews[0].label.startswith("Western")
    assert previews[0].samples == ["Café Sok", "P-0"]


def test_preview_reads_only_the_first_records(tmp_path: Path) -> None:
    dbf = write_dbf(tmp_path, ["ok"] * 600 + ["ไม่"], "cp874")
    utf8 = next(p for p in preview_encodings(dbf) if p.encoding == "utf-8")
    assert utf8.errors == 0  # the Thai record is beyond the preview window


def test_guess_is_utf8_only_when_every_value_decodes(tmp_path: Path) -> None:
    assert guess_encoding(write_dbf(tmp_path / "k", KHMER_NAMES, "utf-8")) == "utf-8"
    assert guess_encoding(write_dbf(tmp_path / "a", ["Rice field", "Mr. Sok"], "ascii")) == "utf-8"
    assert guess_encoding(write_dbf(tmp_path / "t", THAI_NAMES, "cp874")) is None
    late = write_dbf(tmp_path / "late", ["ok"] * 700 + ["ไม่"], "cp874")
    assert guess_encoding(late) is None  # checked to the last record


def test_not_a_dbf_gives_no_previews_samples(tmp_path: Path) -> None:
    junk = tmp_path / "junk.dbf"
    junk.write_bytes(b"not a table")
    assert all(p.samples == [] and p.errors == 0 for p in preview_encodings(junk))


LIMON = ["eKalkarN_", "RksYgksikmμ", "mnÞIr", "ePÞApUvKMnit", "esovPePA", "KNHkmμkar"]
PLAIN = ["Rice field", "Mr. Sok", "BTB-RM-0001", "Chhun Sopheap", "25°C", "Plot [A]",
         "m²", "Ratanak Mondul"]


@pytest.mark.parametrize("value", LIMON)
def test_limon_samples_are_suspects(value: str) -> None:
    assert limon_suspects([value]) == 1.0


@pytest.mark.parametrize("value", PLAIN + KHMER_NAMES)
def test_plain_english_and_khmer_are_not_suspects(value: str) -> None:
    assert limon_suspects([value]) == 0.0


def test_limon_fraction_and_threshold() -> None:
    assert limon_suspects(["eKalkarN_", "Rice field", "", "  "]) == 0.5
    assert limon_suspects([]) == 0.0
    assert looks_like_limon(["mnÞIr", "Rice field", "Mr. Sok"])  # 1 of 3 >= 30 %
    assert not looks_like_limon(["mnÞIr", "Rice field", "Mr. Sok", "Chhun Sopheap"])
    assert not looks_like_limon(["mnÞIr", "eKalkarN_"])  # too few values to judge
    assert not looks_like_limon(PLAIN)
    assert not looks_like_limon(KHMER_NAMES)
    assert looks_like_limon(LIMON)
