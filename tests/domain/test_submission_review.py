"""The review of phone submissions, on a small register built by hand."""

from __future__ import annotations

from types import SimpleNamespace

from metkasekor_desktop.domain.enums import PracticeKind, SeasonKind
from metkasekor_desktop.domain.practice import Practice
from metkasekor_desktop.domain.season import Season
from metkasekor_desktop.domain.submission_review import (
    PlotInfo,
    ReviewRegister,
    review_submissions,
)


def register(**extra: object) -> ReviewRegister:
    return ReviewRegister(
        plots={"BTB-RM-0001": PlotInfo(1, "02070201")},
        practices={"no_till": Practice(id=1, key="no_till", name_en="No-till",
                                       kind=PracticeKind.NO_TILL)},
        providers={}, seasons=[Season(id=7, name="2024 early wet", year=2024,
                                      kind=SeasonKind.EARLY_WET)], **extra)


def submission(uid: str, form: str | None, **fields: str) -> SimpleNamespace:
    return SimpleNamespace(instance_id=uid, form_id=form, submitted_at=None, submitter="",
                           fields=fields, repeats={}, media={}, source=f"row {uid}")


def test_khmer_digits_and_the_form_told_by_its_fields() -> None:
    review = review_submissions([submission(
        "a", None, season="2024 early wet", plot="btb-rm-០០០១", crop="maize",
        harvest_date="២០២៤-០៧-៣០", sample_area_m2="១០", moisture_pct="១៤",
        fresh_weight_kg="៥,៥")], register())
    assert review.refused == 0 and len(review.accepted) == 1
    record = review.accepted[0].record
    assert (record.plot_id, record.season_id, record.fresh_weight_kg) == (1, 7, 5.5)
    assert record.harvest_date.isoformat() == "2024-07-30"


def test_known_ids_are_skipped_not_refused() -> None:
    review = review_submissions([submission("a", "mk_plot_visit", plot="X")],
                                register(known_ids={"a"}))
    assert (review.known, review.refused, review.accepted) == (1, 0, [])
    assert review.lines[0].severity == "known"
    assert review.lines[0].message == "row a (a): already imported; skipped."


def test_unknown_form_and_missing_fields_are_named() -> None:
    review = review_submissions([
        submission("a", "mk_other"),
        submission("b", "mk_plot_visit", season="2024 early wet", plan_status="done")],
        register())
    keys = {(x.instance_id, x.field, x.key) for x in review.lines}
    assert ("a", None, "unknown_form") in keys
    assert {("b", "plot", "missing"), ("b", "visit_date", "missing")} <= keys
    assert review.refused == 2
