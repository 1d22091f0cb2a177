"""`metkasekor-desktop adoption`: a season's adoption by practice, place or sex, checked
against SQL over the project file (not the analysis code)."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from metkasekor_desktop.app import main

_ADOPTING = """
    SELECT DISTINCT p.fid, p.area_ha, p.farmer_id, p.village_code, f.sex FROM plots p
    JOIN plot_season_plans s ON s.plot_id = p.fid
    JOIN plan_practices pp ON pp.plan_id = s.id
    JOIN practices pr ON pr.id = pp.practice_id
    LEFT JOIN farmers f ON f.id = p.farmer_id
    JOIN seasons se ON se.id = s.season_id
    WHERE se.name = ? AND s.status = ? AND pr.is_ca AND p.role = 'farmer_field'"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("adoption") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    return path


def _sql(path: Path, season: str, status: str = "done") -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(_ADOPTING, (season, status)).fetchall()


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_default_season_is_the_latest_with_plans_done_and_totals_match_sql(demo, capsys):
    capsys.readouterr()
    assert main(["adoption", str(demo), "--format", "csv"]) == 0
    rows = {r["Practice"]: r for r in _csv(capsys.readouterr().out)}
    total = rows["All CA practices (each plot once)"]
    done = _sql(demo, "2024 early wet")
    assert int(total["Plots"]) == len(done) > 0
    assert float(total["Hectares"]) == pytest.approx(sum(r[1] for r in done), abs=1e-3)
    assert int(total["Farmers"]) == len({r[2] for r in done if r[2] is not None})
    assert int(total["Women"]) == len({r[2] for r in done if r[4] == "female"})
    before = _sql(demo, "2023 early wet")
    assert int(total["Plots a year earlier"]) == len(before)
    assert int(total["Change in plots"]) == len(done) - len(before)
    assert main(["adoption", str(demo)]) == 0  # the table names the seasons compared
    assert "Adoption in 2024 early wet (compared with 2023 early wet)" in capsys.readouterr().out


def test_by_district_gives_one_row_per_district_with_uptake(demo, capsys):
    capsys.readouterr()
    assert main(["adoption", str(demo), "--by", "district", "--format", "csv",
                 "--season", "2024 early wet"]) == 0
    rows = _csv(capsys.readouterr().out)
    done = _sql(demo, "2024 early wet")
    by_district: dict[str, int] = {}
    for r in done:
        by_district[r[3][:4]] = by_district.get(r[3][:4], 0) + 1
    assert {r["Code"]: int(r["Plots"]) for r in rows if int(r["Plots"])} == by_district
    assert all(r["District"] for r in rows)  # named from the gazetteer


def test_a_planned_season_counts_no_adoption_and_its_plans_apart(demo, capsys):
    capsys.readouterr()
    assert main(["adoption", str(demo), "--season", "2024 main wet", "--format", "csv"]) == 0
    total = next(r for r in _csv(capsys.readouterr().out)
                 if r["Practice"] == "All CA practices (each plot once)")
    assert int(total["Plots"]) == len(_sql(demo, "2024 main wet")) == 0
    assert int(total["Planned plots"]) == len(_sql(demo, "2024 main wet", "planned")) > 0
    assert total["Change in plots"] == ""  # not known yet, not a drop to zero
    assert int(total["Plots a year earlier"]) == len(_sql(demo, "2023 main wet"))
    assert main(["adoption", str(demo), "--season", "2024 main wet"]) == 0
    assert "not compared: no plan of the season is done yet" in capsys.readouterr().out


def test_by_sex_and_xlsx(demo, tmp_path, capsys):
    out = tmp_path / "adoption.xlsx"
    assert main(["adoption", str(demo), "--by", "sex", "--format", "xlsx", "--out",
                 str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Sex", "Farmers", "Plots"]
    women = next(r for r in values if r[0] == "Women")
    done = _sql(demo, "2024 early wet")
    assert women[1] == len({r[2] for r in done if r[4] == "female"})
    assert women[2] == len([r for r in done if r[4] == "female"])


def test_an_unknown_season_or_xlsx_without_a_file_is_refused_with_a_message(demo, capsys):
    assert main(["adoption", str(demo), "--season", "1999 wet"]) == 1
    err = capsys.readouterr().err
    assert "no season named '1999 wet'" in err and "2024 early wet" in err
    assert main(["adoption", str(demo), "--format", "xlsx"]) == 1
    assert "--out" in capsys.readouterr().err


_FIRST_ADOPTION = """
    SELECT p.farmer_id, substr(p.village_code, 1, 4), min(se.year) FROM plots p
    JOIN plot_season_plans s ON s.plot_id = p.fid
    JOIN plan_practices pp ON pp.plan_id = s.id
    JOIN practices pr ON pr.id = pp.practice_id
    JOIN seasons se ON se.id = s.season_id
    WHERE s.status = 'done' AND pr.is_ca AND p.role = 'farmer_field'
      AND p.farmer_id IS NOT NULL
    GROUP BY p.farmer_id, substr(p.village_code, 1, 4)"""


def test_diffusion_counts_each_farmer_from_their_first_year_and_labels_the_target(
        demo, tmp_path, capsys):
    """Cumulative adopting farmers per district and year equal SQL over the file; the
    market potential is the district's stored target population (the demo's households),
    and says so; without stored targets, the register's farmers, labelled so."""
    capsys.readouterr()
    assert main(["diffusion", str(demo)]) == 0
    rows = _csv(capsys.readouterr().out)
    with sqlite3.connect(demo) as con:
        first = con.execute(_FIRST_ADOPTION).fetchall()
        households = dict(con.execute(
            "SELECT area_code, households FROM target_populations "
            "WHERE length(area_code) = 4"))
    observed = [r for r in rows if r["cumulative adopters"]]
    assert observed
    for row in observed:
        year, district = int(row["year"]), row["area"]
        by_hand = sum(1 for _f, d, y in first if d == district and y <= year)
        assert int(row["cumulative adopters"]) == by_hand
        assert row["target source"] == "target population"
        assert float(row["target (m)"]) == households[district]
    out = tmp_path / "diffusion.xlsx"
    assert main(["diffusion", str(demo), "--format", "xlsx", "--out", str(out)]) == 0
    assert openpyxl.load_workbook(out).active.max_row == len(rows) + 1
    assert main(["diffusion", str(demo), "--threshold", "16"]) == 1
    assert "between 0 and 1" in capsys.readouterr().err
    bare = tmp_path / "no-targets.gpkg"
    shutil.copyfile(demo, bare)
    with sqlite3.connect(bare) as con:
        con.execute("DELETE FROM target_populations")
    assert main(["diffusion", str(bare)]) == 0
    assert {r["target source"] for r in _csv(capsys.readouterr().out)} == {
        "farmers in the register"}


def test_adoption_by_district_gives_the_share_of_the_target(demo, capsys):
    """Adopting farmers of each district over its stored households (SQL over the file)."""
    capsys.readouterr()
    assert main(["adoption", str(demo), "--by", "district", "--format", "csv",
                 "--season", "2024 early wet"]) == 0
    rows = _csv(capsys.readouterr().out)
    with sqlite3.connect(demo) as con:
        households = dict(con.execute(
            "SELECT area_code, households FROM target_populations "
            "WHERE length(area_code) = 4"))
    farmers: dict[str, set] = {}
    for _fid, _ha, farmer, village, _sex in _sql(demo, "2024 early wet"):
        farmers.setdefault(village[:4], set()).add(farmer)
    assert rows
    for row in rows:
        code = row["Code"]
        assert float(row["Target households"]) == households[code]
        assert row["Target source"] == "target population"
        share = len(farmers.get(code, ())) / households[code]
        assert float(row["Share of target (%)"]) == pytest.approx(share * 100, abs=5e-3)


def test_adoption_in_khmer_has_khmer_headers_and_labels(demo, capsys):
    capsys.readouterr()
    assert main(["adoption", str(demo), "--by", "sex", "--format", "csv",
                 "--language", "km"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(",")[:2] == ["ភេទ", "កសិករ"]  # Sex, Farmers
    assert [line.split(",")[0] for line in lines[1:]] == ["ស្ត្រី", "បុរស", "មិនបានកត់ត្រា"]
    assert main(["adoption", str(demo), "--by", "sex", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("Sex,Farmers,")  # English again


_DELIVERED = """
    SELECT se.year, pp.provider_id, count(*), coalesce(sum(pp.cost), 0) FROM plan_practices pp
    JOIN plot_season_plans s ON s.id = pp.plan_id
    JOIN seasons se ON se.id = s.season_id
    WHERE s.status = 'done' AND pp.provider_id IS NOT NULL
    GROUP BY se.year, pp.provider_id"""


def test_market_rows_add_up_to_the_services_delivered_in_the_file(demo, tmp_path, capsys):
    """Deliveries and fees per provider and year, summed over the command's rows, equal
    SQL over the done plans' practices that name a provider."""
    capsys.readouterr()
    assert main(["market", str(demo)]) == 0
    rows = _csv(capsys.readouterr().out)
    got: dict[tuple[int, int], list[float]] = {}
    for r in rows:
        key = (int(r["Year"]), int(r["Provider id"]))
        total = got.setdefault(key, [0, 0.0])
        total[0] += int(r["Deliveries"])
        total[1] += float(r["Fees (riel)"] or 0)
    with sqlite3.connect(demo) as con:
        want = {(y, p): [n, fees] for y, p, n, fees in con.execute(_DELIVERED)}
    assert got.keys() == want.keys() and got
    for key, (n, fees) in want.items():
        assert got[key][0] == n and got[key][1] == pytest.approx(fees)
    out = tmp_path / "market.xlsx"
    assert main(["market", str(demo), "--level", "all", "--farmer-fields-only",
                 "--format", "xlsx", "--out", str(out)]) == 0
    assert openpyxl.load_workbook(out).active.max_row > 1


def test_by_adopter_splits_demonstration_farmers_from_followers(demo, capsys):
    """Farmers adopting in the season, split by whether they hold a demonstration plot
    (SQL over the file), and those whose first adoption is this season."""
    capsys.readouterr()
    assert main(["adoption", str(demo), "--by", "adopter", "--format", "csv",
                 "--season", "2024 early wet"]) == 0
    rows = {r["Adopters"]: r for r in _csv(capsys.readouterr().out)}
    done = _sql(demo, "2024 early wet")
    with sqlite3.connect(demo) as con:
        demonstrating = {r[0] for r in con.execute(
            "SELECT farmer_id FROM plots WHERE role = 'demonstration'")}
        flagged = {r[0] for r in con.execute("SELECT id FROM farmers WHERE early_adopter")}
        earlier = {r[2] for r in _sql(demo, "2023 early wet") + _sql(demo, "2023 main wet")
                   + _sql(demo, "2022 early wet") + _sql(demo, "2022 main wet")}
    farmers = {r[2] for r in done if r[2] is not None}
    demo_farmers = farmers & demonstrating
    followers = farmers - demonstrating - flagged
    assert int(rows["Demonstration farmers"]["Farmers"]) == len(demo_farmers) > 0
    assert int(rows["Followers"]["Farmers"]) == len(followers) > 0
    assert int(rows["Followers"]["Adopting for the first time"]) == len(followers - earlier)


def test_diffusion_takes_target_populations_from_a_table(demo, tmp_path, capsys):
    """Farm households given per district become the market potential of those
    districts (labelled "target population"); the others keep the register's farmers; a
    province code given at the district level is said and left out."""
    targets = tmp_path / "targets.csv"
    targets.write_text("area,households\n0207,១២០០\n1305,850\n02,9000\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["diffusion", str(demo), "--targets", str(targets)]) == 0
    captured = capsys.readouterr()
    rows = _csv(captured.out)
    by_area = {r["area"]: r for r in rows}
    assert float(by_area["0207"]["target (m)"]) == 1200  # Khmer digits read
    assert by_area["0207"]["target source"] == "target population"
    assert float(by_area["1305"]["target (m)"]) == 850
    assert by_area["0210"]["target source"] == "farmers in the register"
    assert "02" in captured.err and "left out" in captured.err
    first = next(r for r in rows if r["area"] == "0207" and r["cumulative adopters"])
    assert float(first["share"]) == pytest.approx(int(first["cumulative adopters"]) / 1200,
                                                  abs=5e-5)


@pytest.mark.parametrize(("text", "said"), [
    ("code,people\n0207,10\n", "households"),
    ("area,households\n02x7,10\n", "row 2: '02x7' is not an area code"),
    ("area,households\n0207,ten\n", "row 2: the households of 0207 must be a number"),
    ("area,households\n0207,10\n0207,12\n", "row 3: area 0207 is given twice"),
])
def test_a_bad_targets_table_is_refused_naming_the_row(demo, tmp_path, capsys, text, said):
    targets = tmp_path / "targets.csv"
    targets.write_text(text, encoding="utf-8")
    assert main(["diffusion", str(demo), "--targets", str(targets)]) == 1
    assert said in capsys.readouterr().err
