"""What the commands write for an officer who reads Khmer has no English left in it.

Each command runs with ``--language km`` on a demo project and its text (the import
report, the trial statistics, the rendered map's PDF, the partner package's README) is
checked with :func:`tests.khmer_text.latin_words`: codes, units, file names, format names
and the names of the data may stay Latin, no English word may.

A command that does not take ``--language`` yet is run in English instead and the test
fails naming it, with the English words its output has (what is left to translate).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from metkasekor_desktop.app import main
from metkasekor_desktop.storage import Project
from tests.khmer_text import (
    describe,
    glossary_codes,
    has_khmer,
    latin_words,
    offending_lines,
    project_names,
)

LON0, LAT0 = 104.9, 11.5


def _square(x: float, y: float, d: float = 0.001) -> str:
    return f"POLYGON(({x} {y}, {x} {y + d}, {x + d} {y + d}, {x + d} {y}, {x} {y}))"


def _inside_a_plot(project_path: Path) -> tuple[float, float]:
    """A point inside the first plot of the project, in degrees."""
    with Project.open(project_path) as project:
        plot = project.plots.by_code(str(project.plots.load_table().codes[0]))
    point = plot.geometry.representative_point()
    return point.x, point.y


def problem_csv(project_path: Path, folder: Path) -> Path:
    """A phone-form CSV (WKT) with every kind of problem an import reports: no code, a code
    twice, a self-crossing shape, overlaps with a plot of the project and within the
    file, a plot outside Cambodia, a curve and a Z to drop, a bad village code and role."""
    x, y = _inside_a_plot(project_path)
    far_x, far_y = LON0 + 0.5, LAT0 + 0.5
    rows = [
        ("plot_code", "farmer", "village_code", "role", "wkt"),
        ("", "សុខ ចាន់", "02070101", "demonstration", _square(far_x, far_y)),
        ("DUP-1", "សុខ ចាន់", "02070101", "control", _square(far_x + 0.01, far_y)),
        ("DUP-1", "សុខ ចាន់", "02070101", "control", _square(far_x + 0.02, far_y)),
        ("BOW-1", "ស្រីពៅ", "02070101", "", f"POLYGON(({far_x + 0.03} {far_y}, "
         f"{far_x + 0.031} {far_y + 0.001}, {far_x + 0.031} {far_y}, "
         f"{far_x + 0.03} {far_y + 0.001}, {far_x + 0.03} {far_y}))"),
        ("OVL-1", "ស្រីពៅ", "02070101", "", _square(x - 0.0005, y - 0.0005)),
        ("OVL-2", "ស្រីពៅ", "02070101", "", _square(far_x + 0.04, far_y)),
        ("OVL-3", "ស្រីពៅ", "02070101", "", _square(far_x + 0.0405, far_y + 0.0005)),
        ("FAR-1", "ស្រីពៅ", "02070101", "", _square(100.5, 13.7)),
        ("CRV-1", "ចាន់ ធី", "02070101", "", f"CURVEPOLYGON(CIRCULARSTRING({far_x + 0.05} "
         f"{far_y}, {far_x + 0.052} {far_y + 0.002}, {far_x + 0.05} {far_y}))"),
        ("Z-1", "ចាន់ ធី", "02070101", "", f"POLYGON Z(({far_x + 0.06} {far_y} 12, "
         f"{far_x + 0.06} {far_y + 0.001} 12, {far_x + 0.061} {far_y + 0.001} 12, "
         f"{far_x + 0.061} {far_y} 12, {far_x + 0.06} {far_y} 12))"),
        ("VIL-1", "ចាន់ ធី", "27", "", _square(far_x + 0.07, far_y)),
        ("ROL-1", "ចាន់ ធី", "02070101", "maize", _square(far_x + 0.08, far_y)),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "problems.csv"
    lines = [",".join(f'"{cell}"' for cell in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- latin_words ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ក្បាលដី BTB-12 នៃកសិករ",
    "EPSG:32648 D0201-0001 02070101 48N",
    "ផ្ទៃដី 1.25 ha, 3 m², 4.2 t/ha, 12 kg, 3 km, 45 %, 12°",
    "ឯកសារ plots.gpkg, /tmp/x/y.shp, C:\\data\\plots, *.csv, (.xlsx)",
    "https://example.org/a?b=1 www.example.org officer@example.org",
    "ប្រភេទ CA និង FP; CA-FP",
    "MetKasekor Desktop — គម្រោង",
    "GeoPackage, Shapefile, GeoJSON, KML, KMZ, CSV, XLSX, Excel, PDF, GeoTIFF, MBTiles",
    "ODK, KoboToolbox, QGIS, PostgreSQL, PostGIS, WGS 84 / UTM 48N",
    "x y N E",
    "ឯកសារ(&F)", "មិនធ្វើវិញ(&U)\tCtrl+Z", "<b>MetKasekor</b><br>ស្រទាប់",
    "area_ha farmer_kh",
])
def test_codes_units_files_formats_and_letters_are_allowed(text):
    assert latin_words(text) == []


def test_english_words_are_found_once_each_in_order():
    assert latin_words("Zoom to &all: all plots (ha)") == ["Zoom", "to", "all", "plots"]
    assert latin_words("&File") == ["File"]
    assert latin_words("Yield maize person-d") == ["Yield", "maize", "person-d"]
    assert latin_words("farmer's plot") == ["farmer's", "plot"]
    assert latin_words("WGS 84 / UTM zone 48N") == []  # the name of the system
    assert latin_words("UTM zone") == ["zone"]


def test_names_from_the_data_are_allowed_as_a_whole():
    names = ["Mao Vichet", "Angkor Cover Seeds Co.", "2024 early wet"]
    text = "កសិករ Mao Vichet, Angkor Cover Seeds Co., រដូវ 2024 early wet"
    assert latin_words(text, names) == []
    assert latin_words("Mao wet", names) == ["Mao", "wet"]  # a name's words alone are not


def test_the_glossary_keeps_ca_and_fp_as_codes():
    assert {"CA", "FP"} <= glossary_codes()


def test_khmer_is_recognised():
    assert has_khmer("ក្បាលដី") and not has_khmer("plot")


# --- the commands in Khmer -----------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("khmer_demo") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def names(demo: Path) -> set[str]:
    return project_names(demo)


@pytest.fixture(autouse=True)
def _english_after(qapp):
    """A command in Khmer installs the Khmer translators; the next test starts in English."""
    from metkasekor_desktop.ui.language import remove_translators

    yield
    remove_translators(qapp)


def _in_khmer(capsys, *args: object) -> tuple[int, str, str | None]:
    """Run a command with ``--language km``: its exit code, stdout and stderr, and None;
    or, when the command does not take ``--language`` yet, the same of the command run in
    English and a note saying so."""
    argv = [str(a) for a in args]
    capsys.readouterr()
    try:
        code = main([*argv, "--language", "km"])
    except SystemExit as exc:  # argparse refused the option
        err = capsys.readouterr().err
        if "--language" not in err:
            raise
        note = (f"`{argv[0]}` does not take --language km yet (exit {exc.code}: "
                f"{err.strip().splitlines()[-1]}); checked its English output instead")
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out + err, note
    out, err = capsys.readouterr()
    return code, out + err, None


def _assert_khmer(text: str, names: set[str], note: str | None, what: str) -> None:
    found = offending_lines(text, names)
    message = [f"{what}: {len(found)} lines with English words"]
    if note:
        message.insert(0, note)
    assert note is None and not found, "\n".join(message) + "\n" + describe(found)
    assert has_khmer(text), f"{what} has no Khmer at all"


def test_import_report_in_khmer(demo, names, tmp_path, capsys):
    project = tmp_path / "demo.gpkg"
    project.write_bytes(demo.read_bytes())
    source = problem_csv(project, tmp_path / "src")
    code, text, note = _in_khmer(capsys, "import", project, source)
    assert code == 1  # refused features stop the import
    assert "DUP-1" in text and "ROL-1" in text  # the report is there
    _assert_khmer(text, names | {"problems", "maize", "27"}, note, "import report")


def test_stats_in_khmer(demo, names, capsys):
    code, text, note = _in_khmer(capsys, "stats", demo)
    assert code == 0
    _assert_khmer(text, names, note, "stats")


def test_rendered_map_pdf_in_khmer(demo, names, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code, text, note = _in_khmer(capsys, "render", demo, "--out", out)
    assert code == 0 and out.exists()
    pdf = pdfium.PdfDocument(str(out))
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    _assert_khmer("\n".join([*pages, text]), names, note, "render x.pdf")


def test_partner_package_in_khmer(demo, names, tmp_path, capsys):
    """The partner package's README (and any other text file in it) written in Khmer.

    EXPECTS `export PROJECT --out X.zip --package --language km` to write the README in
    Khmer (metkasekor_desktop/io/partner_package.py: package_readme); today the export
    command has no --language and the README is English, so this runs the command as it
    is called today and lists the English words of its README. The column and table names
    of the package's files are identifiers and stay as they are."""
    from metkasekor_desktop.io.field_docs import CODE_DOCS

    out = tmp_path / "package.zip"
    code, text, note = _in_khmer(capsys, "export", demo, "--out", out, "--package",
                                 "--format", "csv", "--format", "xlsx")
    assert code == 0 and out.exists()
    identifiers: set[str] = set()
    texts = [text]
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            identifiers.update(Path(name).stem.split("_"))
            identifiers.add(Path(name).stem)
            if name.lower().endswith(".csv"):
                header = archive.read(name).decode("utf-8-sig").splitlines()[0]
                identifiers.update(h.strip('"') for h in header.split(","))
            elif name.lower().endswith(".txt"):
                texts.append(archive.read(name).decode("utf-8-sig"))
    identifiers.update(CODE_DOCS)
    identifiers.update(str(c) for codes in CODE_DOCS.values() for c in codes)
    _assert_khmer("\n".join(texts), names | identifiers, note, "partner package README")
