"""The public website's data on the demo project: nothing personal, no count under 5,
the figures of the ``adoption`` and ``market`` commands, the same twice."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from metkasekor_desktop.analysis.adoption_report import adoption_report
from metkasekor_desktop.analysis.diffusion import diffusion
from metkasekor_desktop.analysis.market import market
from metkasekor_desktop.analysis.public_site import SiteWords, public_site
from metkasekor_desktop.analysis.season_report import Register
from metkasekor_desktop.app import main
from metkasekor_desktop.layers.season_report import load_register
from metkasekor_desktop.storage.project import Project

MIN = 5


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory
         ) -> tuple[Register, dict[int, tuple[float, float]]]:
    """The demo project's register and the centroids of its plots."""
    path = tmp_path_factory.mktemp("public-site") / "demo.gpkg"
    assert main(["demo", str(path)]) == 0
    project = Project.open(path)
    try:
        register = load_register(project)
        table = project.plots.load_table()
        centres = {int(i): (g.centroid.x, g.centroid.y)
                   for i, g in zip(table.ids, table.geometries, strict=True)
                   if g is not None and not g.is_empty}
    finally:
        project.close()
    return register, centres


@pytest.fixture(scope="module")
def site(demo) -> dict[str, Any]:
    register, centres = demo
    return public_site(register, [], plot_centres=centres)


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_no_farmer_name_phone_or_id_anywhere(demo, site):
    register, _ = demo
    text = json.dumps(site, ensure_ascii=False)
    # Providers are businesses whose contacts are public; a demo provider's contact
    # person may share a farmer's name (the demo draws both from the same names).
    business = {p.contact_person for p in register.providers} | {
        p.name for p in register.providers}
    names = {n for f in register.farmers for n in (f.name_kh, f.name_latin) if n}
    assert names
    assert sorted(n for n in names - business if n in text) == []
    phones = {f.phone for f in register.farmers if f.phone}
    assert phones and sorted(p for p in phones if p in text) == []
    assert not {"farmer", "farmer_id", "farmer_ids", "name_kh", "name_latin", "plot_id",
                "plot", "code_plot"} & _keys(site)
    for plot in register.plots:  # nor a plot's code
        assert not plot.code or f'"{plot.code}"' not in text


def _counts(site: dict[str, Any]):
    """(where, the row, the field) of every count of people the site publishes."""
    for row in site["adoption"]:
        for field in ("farmers", "women", "men"):
            yield "adoption", row, field
        if row["target_source"] == "register farmers":
            yield "adoption", row, "target"
    for area in site["diffusion"]:
        for row in area["years"]:
            yield "diffusion", row, "adopters"
    for row in site["market"]:
        yield "market", row, "farmers"


def test_every_count_of_people_is_at_least_5_or_suppressed(site):
    counts = list(_counts(site))
    assert counts
    bad = [(where, row) for where, row, field in counts
           if not (row[field] is not None and row[field] >= MIN
                   or row[field] is None and row["suppressed"] is True)]
    assert bad == []
    assert any(row[field] is None for _, row, field in counts)  # the demo is small
    assert all(f["properties"]["plots"] >= MIN for f in site["cells"]["features"])
    for row in site["adoption"]:
        if row["farmers"] is None:
            assert row["plots"] is None and row["share"] is None
    for area in site["diffusion"]:
        assert all(point["adopters"] >= MIN for point in area["curve"])


def test_a_district_with_one_commune_suppressed_hides_another(site):
    rows = site["adoption"]
    for district in (r for r in rows if len(r["area"]) == 4):
        communes = [r for r in rows if r["season"] == district["season"]
                    and len(r["area"]) == 6 and r["area"].startswith(district["area"])]
        for field in ("farmers", "women", "men"):
            if district[field] is not None:
                assert sum(1 for c in communes if c[field] is None) != 1, (district, field)


def test_adoption_rows_are_the_adoption_commands(demo, site):
    register, _ = demo
    r = register
    published = {(row["season"], row["area"]): row for row in site["adoption"]}
    compared = 0
    for season in site["seasons"]:
        for by in ("district", "commune"):
            report = adoption_report(r.plots, r.plans, r.farmers, r.practices, r.seasons,
                                     season["id"], by, "en", r.targets)
            for values in report.rows:
                cell = dict(zip(report.headers, values, strict=True))
                row = published.pop((season["id"], cell["Code"]))
                assert row["hectares"] == cell["Hectares"]
                assert row["target_source"] == cell["Target source"]
                assert row["target"] == cell["Target households"]
                for mine, theirs in (("farmers", "Farmers"), ("women", "Women"),
                                     ("men", "Men"), ("plots", "Plots"),
                                     ("share", "Share of target")):
                    if row[mine] is not None:
                        assert row[mine] == cell[theirs], (row, mine)
                        compared += 1
    assert published == {}  # no row of the site that the command does not give
    assert compared


def test_market_rows_are_the_markets(demo, site):
    register, _ = demo
    r = register
    sold = market(r.plots, r.plans, r.practices, r.seasons, "district")
    years = {s["year"] for s in site["seasons"]}
    expected = [(y.year, y.area, y.providers, y.sales.deliveries,
                 round(y.sales.hectares, 4), y.sales.farmers)
                for y in sold.years if y.year in years and y.area]
    got = [(m["year"], m["area"], m["providers"], m["services"], m["hectares"],
            m["farmers"]) for m in site["market"]]
    assert len(got) == len(expected) and got
    for mine, theirs in zip(sorted(got), sorted(expected), strict=True):
        assert mine[:5] == theirs[:5]
        assert mine[5] in (None, theirs[5])
    served = {p["id"]: set(p["districts"]) for p in site["providers"]}
    assert served == {p.id: {d.area for d in sold.deliveries
                             if d.provider_id == p.id and d.area} for p in r.providers}


def test_diffusion_is_the_diffusion_commands(demo, site):
    register, _ = demo
    r = register
    areas = {a["area"]: a for a in site["diffusion"]}
    for level in ("province", "district"):
        for result in diffusion(r.plots, r.plans, r.practices, r.seasons, r.targets,
                                level=level):
            mine = areas.pop(result.uptake.area)
            years, cumulative = result.uptake.observed_years()
            assert [y["year"] for y in mine["years"]] == years
            for year, n in zip(mine["years"], cumulative, strict=True):
                assert year["adopters"] in (None, n)
            if mine["tipping_year"] is not None:
                assert mine["tipping_year"] == result.tipping.year
            assert mine["passed"] == result.tipping.passed
    assert areas == {}


def test_places_are_named_in_both_languages_and_points_are_rounded(site):
    codes = {a["code"] for a in site["areas"]}
    assert {row["area"] for row in site["adoption"]} <= codes
    for area in site["areas"]:
        assert area["name"]["en"] and area["name"]["km"]
        assert area["parent"] is None or area["parent"] in codes
    assert site["demo_sites"]
    for point in site["demo_sites"]:
        assert point["lon"] == round(point["lon"], 3)
        assert point["lat"] == round(point["lat"], 3)
        assert point["seasons"] and set(point["seasons"]) <= {s["id"] for s in
                                                               site["seasons"]}
    for feature in site["cells"]["features"]:
        ring = feature["geometry"]["coordinates"][0]
        assert len(ring) == 5 and ring[0] == ring[-1]
        x0, y0 = ring[0]
        assert math.isclose(x0 / 0.05, round(x0 / 0.05), abs_tol=1e-6)
        assert math.isclose(y0 / 0.05, round(y0 / 0.05), abs_tol=1e-6)


def test_json_serialisable_and_the_same_twice(demo, site):
    register, centres = demo
    text = json.dumps(site, ensure_ascii=False, allow_nan=False)
    again = public_site(register, [], plot_centres=dict(reversed(centres.items())))
    assert json.dumps(again, ensure_ascii=False, allow_nan=False) == text
    # the date of the latest record of the latest season published, not today's
    last = site["seasons"][-1]["id"]
    dates = [d for p in register.plans if p.season_id == last
             for d in (p.done_date, p.planned_date) if d is not None]
    dates += [y.harvest_date for y in register.yields
              if y.season_id == last and y.harvest_date is not None]
    assert dates and site["published"] == max(dates).isoformat() == "2024-07-28"
    seasons = [(s["year"], s["kind"]) for s in site["seasons"]]
    assert seasons == sorted(seasons, key=lambda s: (
        s[0], ["early_wet", "main_wet", "dry"].index(s[1])))


def test_words_of_the_caller_fill_the_khmer(demo):
    register, centres = demo
    first = min(register.seasons, key=lambda s: s.sort_key)
    words = SiteWords(season=lambda s, lang: f"{lang}:{s.year}",
                      measure=lambda row, lang: f"{lang}:{row.measure}",
                      service=lambda key, lang: f"{lang}:{key}",
                      message=lambda text, lang: f"{lang}:{text}")
    result = public_site(register, [first.id], plot_centres=centres, words=words)
    assert result["seasons"][0]["name"] == {"en": f"en:{first.year}",
                                            "km": f"km:{first.year}"}
    assert result["title"]["km"].startswith("km:")
    assert all(s["km"].startswith("km:") for p in result["providers"]
               for s in p["services"])
    without = public_site(register, [first.id])
    assert without["seasons"][0]["name"] == {"en": first.name, "km": None}
    assert without["cells"]["features"] == [] and without["demo_sites"] == []


def test_unknown_season_and_cell_size_are_refused(demo):
    register, _ = demo
    with pytest.raises(ValueError, match="no season with id 999"):
        public_site(register, [999])
    with pytest.raises(ValueError, match="positive size"):
        public_site(register, [], cell_degrees=0)


def test_later_seasons_are_not_used(demo):
    """The site is as of its latest season: a later season's records are not used."""
    register, centres = demo
    ordered = sorted(register.seasons, key=lambda s: s.sort_key)
    early = next(s for s in ordered if s.year == 2023)
    result = public_site(register, [early.id], plot_centres=centres)
    assert result["published"] <= f"{early.year + 1}-12-31"
    assert {row["year"] for row in result["market"]} == {early.year}
    assert all(y["year"] <= early.year for a in result["diffusion"] for y in a["years"])

