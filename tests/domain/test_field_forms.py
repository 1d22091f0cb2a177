"""The phone forms as data: made from the catalogue, labelled in both languages, and
checking a crop cut with the desktop's own yield formula and plausible range."""

from __future__ import annotations

import re

import pytest

from metkasekor_desktop.domain.crops import CROPS
from metkasekor_desktop.domain.enums import PlanStatus, PracticeKind, SeasonKind, Stage
from metkasekor_desktop.domain.field_forms import (
    SEASON_FIELD,
    VERSION_FIELD,
    crop_cut_form,
    field_forms,
    form_version,
    number,
    soil_sample_form,
    with_hidden_fields,
)
from metkasekor_desktop.domain.practice import Practice, default_catalogue
from metkasekor_desktop.domain.provider import Provider
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.soil import INDICATORS
from metkasekor_desktop.domain.yields import sample_yield_t_ha

KHMER = re.compile("[\u1780-\u17ff]")
PROVIDERS = [Provider(id=1, name="Battambang No-Till Services", kind="machinery_service",
                      services=("no_till_planting",))]
SEASONS = [Season.template(2025, SeasonKind.EARLY_WET)]


class Blank(float):
    """XPath's empty answer: "" in comparisons, NaN in arithmetic."""

    def __new__(cls) -> Blank:
        return super().__new__(cls, "nan")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Blank) or other == ""

    __hash__ = float.__hash__


def evaluate(expression: str, values: dict[str, object], self_value: object = None) -> object:
    """A small XPath-to-Python evaluator for the arithmetic the forms use."""
    python = re.sub(r"\$\{(\w+)\}", lambda m: f"v[{m.group(1)!r}]", expression)
    python = re.sub(r"(?<![\w.'\]])\.(?![\w.])", "SELF", python)
    python = python.replace(" div ", " / ").replace("true()", "True").replace("''", "BLANK")
    python = re.sub(r"(?<![<>!=])=(?!=)", "==", python)
    python = re.sub(r"\bif\(", "_if(", python).replace("string(", "_string(")
    scope = {"v": values, "SELF": self_value, "BLANK": Blank(),
             "_if": lambda c, a, b: a if c else b,
             "_string": lambda x: "" if x is None or x != x else str(x)}
    return eval(python, scope)  # noqa: S307 - our own expressions


def crop_cut_values(crop: str, area: float, moisture: float | None, weight: float) -> dict:
    form = {q.name: q for q in crop_cut_form().questions}
    # An unanswered number is Blank: if() here computes the branch it does not take.
    v: dict[str, object] = {"crop": crop, "sample_area_m2": area,
                            "moisture_pct": Blank() if moisture is None else moisture,
                            "fresh_weight_kg": weight}
    v["standard_moisture_pct"] = evaluate(form["standard_moisture_pct"].calculation, v)
    v["moisture_factor"] = evaluate(form["moisture_factor"].calculation, v)
    v["yield_t_ha"] = evaluate(form["yield_t_ha"].calculation, v)
    return v


def test_every_form_has_unique_field_names_and_both_languages():
    forms = field_forms(default_catalogue(), PROVIDERS)
    assert [f.form_id for f in forms] == ["mk_plot_visit", "mk_crop_cut", "mk_soil_sample",
                                         "mk_extension_event", "mk_new_plot"]
    for form in forms:
        names = form.field_names
        assert len(names) == len(set(names)), form.name
        for q in form.questions:
            if q.label_en or q.label_km:
                assert q.label_en and KHMER.search(q.label_km), (form.name, q.name)
            assert bool(q.constraint_message_en) == bool(q.constraint_message_km)
        for _, items in form.choices:
            for c in items:
                assert c.label_en and c.label_km


def test_plot_visit_offers_the_catalogue_and_the_stored_plan_statuses():
    catalogue = default_catalogue()
    form = field_forms(catalogue, PROVIDERS)[0]
    lists = dict(form.choices)
    assert [c.name for c in lists["practice"]] == [p.key for p in catalogue]
    assert {c.name for c in lists["plan_status"]} == {s.value for s in PlanStatus}
    assert [c.name for c in lists["provider"]] == ["1"]
    assert {"plot", "plot_village", "practices_done", "practice", "provider", "date_done",
            "photo", "location", "notes", "plan_status"} <= set(form.field_names)
    assert form.attachments == ("districts.csv", "communes.csv", "villages.csv", "plots.csv")


def test_event_stages_are_the_domain_stages():
    event = field_forms(default_catalogue(), PROVIDERS)[3]
    assert [c.name for c in dict(event.choices)["stage"]] == [s.value for s in Stage]


@pytest.mark.parametrize("crop,area,moisture,weight", [
    ("maize", 10.0, 25.0, 7.5), ("soybean", 5.0, 18.0, 1.2), ("cassava", 10.0, None, 30.0)])
def test_crop_cut_yield_follows_the_desktop_formula(crop, area, moisture, weight):
    v = crop_cut_values(crop, area, moisture, weight)
    expected = sample_yield_t_ha(weight, area, moisture, CROPS[crop].standard_moisture_pct)
    assert v["yield_t_ha"] == pytest.approx(round(expected, 2))


def test_crop_cut_weight_constraint_uses_the_crop_plausible_range():
    weight = next(q for q in crop_cut_form().questions if q.name == "fresh_weight_kg")
    for c in CROPS.values():
        assert f"= '{c.key}'" in weight.constraint
        assert f"<= {number(c.max_plausible_t_ha)}" in weight.constraint
        assert f"{c.name_en} {number(c.max_plausible_t_ha)}" in weight.constraint_message_en
    # 10 m2 of maize at 14 % moisture: 12 t/ha is 12 kg; 13 kg is refused, 11 accepted.
    for kg, ok in ((11.0, True), (13.0, False), (-1.0, False)):
        v = crop_cut_values("maize", 10.0, 14.0, kg)
        assert evaluate(weight.constraint, v, kg) is ok


def test_soil_indicators_carry_unit_and_range():
    form = {q.name: q for q in soil_sample_form().questions}
    for ind in INDICATORS.values():
        q = form[ind.key]
        low, high = ind.plausible
        assert q.constraint == f". >= {number(low)} and . <= {number(high)}"
        if ind.unit:
            assert ind.unit in q.label_en and ind.unit in q.label_km


def test_version_changes_with_the_register_only():
    catalogue = default_catalogue()
    form = field_forms(catalogue, PROVIDERS)[0]
    first = form_version(form, catalogue, PROVIDERS, SEASONS, "2025 early wet")
    again = form_version(field_forms(default_catalogue(), PROVIDERS)[0], default_catalogue(),
                         PROVIDERS, SEASONS, "2025 early wet")
    assert first == again
    more = [*catalogue, Practice(key="mulch", name_en="Mulch", kind=PracticeKind.NO_TILL)]
    assert form_version(field_forms(more, PROVIDERS)[0], more, PROVIDERS, SEASONS,
                        "2025 early wet") != first
    soil = soil_sample_form()
    assert (form_version(soil, catalogue, PROVIDERS, SEASONS, "x")
            != form_version(soil, more, PROVIDERS, SEASONS, "x"))


def test_hidden_fields_hold_season_and_version():
    form = with_hidden_fields(soil_sample_form(), "2025 early wet", "abc123")
    first, second = form.questions[:2]
    assert (first.name, first.type, first.calculation) == (SEASON_FIELD, "calculate",
                                                           "'2025 early wet'")
    assert (second.name, second.calculation) == (VERSION_FIELD, "'abc123'")
