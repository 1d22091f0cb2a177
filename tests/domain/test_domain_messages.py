"""What the domain says is a message (DESIGN decision 10): a template with its values, the
English unchanged, its parts said in the same language as the whole."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import pytest
from shapely.geometry import Point, Polygon, box

from metkasekor_desktop.domain.codes import normalise_admin_code, normalise_plot_code
from metkasekor_desktop.domain.coordinates import parse_angle, parse_utm
from metkasekor_desktop.domain.errors import GeometryError, ValidationError
from metkasekor_desktop.domain.geometry import transform, validate_plot_geometry
from metkasekor_desktop.domain.import_mapping import map_columns
from metkasekor_desktop.domain.import_review import ReviewOptions, review_features
from metkasekor_desktop.domain.messages import Message, as_message, msg
from metkasekor_desktop.domain.register_copy import Clash, CopyReport
from metkasekor_desktop.domain.submission_review import ReviewRegister, review_submissions
from metkasekor_desktop.domain.targets import parse_targets
from metkasekor_desktop.domain.yields import implausible_yield

X0, Y0 = 300_000.0, 1_450_000.0


def wgs(geom):
    return transform(geom, 32648, 4326)


def square(dx: float = 0.0, side: float = 100.0):
    return wgs(box(X0 + dx, Y0, X0 + dx + side, Y0 + side))


def khmer(words: dict[str, str]):
    """A translation of some templates (the rest said in English)."""
    return lambda template: words.get(template, template)


def templates(m: Message) -> set[str]:
    """The templates of a message and of every message among its values."""
    found = {m.template}
    for value in m.params.values():
        for v in value if isinstance(value, list | tuple) else [value]:
            if isinstance(v, Message):
                found |= templates(v)
    return found


def test_errors_carry_the_message_they_were_raised_with():
    with pytest.raises(ValidationError) as caught:
        normalise_plot_code("BTB 1")
    m = as_message(caught.value)
    assert caught.value.field == "code"
    assert m.template == ("The plot code {code!r} may hold only letters, digits and dashes "
                          "(e.g. BTB-RM-0001).")
    assert str(caught.value) == m == ("The plot code 'BTB 1' may hold only letters, digits "
                                      "and dashes (e.g. BTB-RM-0001).")
    with pytest.raises(GeometryError) as shape:
        validate_plot_geometry(None)
    assert as_message(shape.value).template.startswith("The plot has no shape.")
    error = GeometryError(msg("A {thing}.", thing="test"), (1.0, 2.0))
    assert as_message(error).params == {"thing": "test"} and error.location == (1.0, 2.0)


def test_words_of_a_message_are_messages_of_their_own():
    with pytest.raises(ValidationError) as caught:
        normalise_admin_code("12", "village")
    m = as_message(caught.value)
    assert m.said(khmer({"village": "ភូមិ"})).startswith("'12' is not a ភូមិ code")
    with pytest.raises(ValidationError) as angle:
        parse_angle("12 70", "lat")
    said = as_message(angle.value).said(khmer({
        "latitude": "រយៈទទឹង", "minutes must be under 60, not {minutes}": "នាទី {minutes}"}))
    assert said.startswith("'12 70' is not a រយៈទទឹង: នាទី 70.")
    assert str(angle.value).startswith("'12 70' is not a latitude: minutes must be under 60, "
                                       "not 70.")


def test_refusals_keep_their_english():
    with pytest.raises(ValidationError, match=r"^The easting 900000 is outside UTM zone 48N"):
        parse_utm("900000", "1400000")
    with pytest.raises(ValidationError) as caught:
        parse_targets(["area", "households"], [["0207", "x"]], "t.csv")
    assert str(caught.value) == ("t.csv, row 2: the households of 0207 must be a number "
                                 "above 0, not 'x'.")
    with pytest.raises(ValidationError) as table:
        parse_targets(["name"], [])
    assert str(table.value).startswith("the table needs a column of area codes")
    assert as_message(table.value).params["source"].template == "the table"
    warning = implausible_yield("rice", 30.0)
    assert isinstance(warning, Message) and warning.startswith("30.0 t/ha is more than")


def test_an_import_issue_is_the_label_and_the_problem():
    r = review_features([square(), None, square(dx=20)], ["BTB-1", None, "BTB-1"], [1, 2, 3])
    issues = {f.number: f.issues for f in r.features}
    missing = issues[2][0].message
    assert isinstance(missing, Message)
    assert missing.template == "{feature}: {problem}"
    assert missing.params["feature"].template == "Feature {number}"
    assert missing == ("Feature 2: the feature has no plot code. Fill in the code in the "
                       "file, or let codes be generated.")
    repeated = next(i.message for i in issues[3] if i.kind == "duplicate_in_file")
    assert repeated.params["feature"].template == "Feature {number} (code {code})"
    assert repeated == ("Feature 3 (code BTB-1): the code BTB-1 is already used by "
                        "feature 1 of this file; every plot needs its own code.")
    said = repeated.said(khmer({"Feature {number} (code {code})": "លក្ខណៈ {number} ({code})"}))
    assert said.startswith("លក្ខណៈ 3 (BTB-1): the code BTB-1")
    overlap = next(i.message for i in issues[3] if i.kind == "overlap")
    assert overlap.params["problem"].template == "overlaps {plots}."
    assert "feature {number} of this file ({area})" in templates(overlap)
    assert overlap.endswith("overlaps feature 1 of this file (0.80 ha).")
    assert r.label(0).template == "Feature {number} (code {code})"
    assert pickle.loads(pickle.dumps(overlap)) == overlap


def test_the_import_report_lines_are_messages():
    r = review_features([square(), square()], ["A-1", "A-2"], [1, 2], existing_codes={"A-2"},
                        existing_geometries=[square()], existing_names=["OLD-1"])
    lines = r.lines(ReviewOptions())
    assert all(isinstance(line, Message) for line in lines)
    assert lines[0] == "2 features read: 1 will be imported, 1 will not."
    assert "  code already in the project: 1 feature" in lines
    assert "  overlaps another plot: 2 features" in lines
    refused = next(line for line in lines if line.startswith("[refused]"))
    assert refused.template == "[refused] {issue}"
    assert refused == ("[refused] Feature 2 (code A-2): the project already has a plot with "
                       "code A-2. Change the code in the file, or leave this feature out.")
    same = next(line for line in lines if "OLD-1" in line)
    assert same == ("[note] Feature 1 (code A-1): overlaps existing plot OLD-1 (the same "
                    "shape).")
    assert "[note] Feature 1 (code A-1): overlaps feature 2 of this file (the same shape)." \
        in lines


def test_mapped_values_say_why_as_messages():
    mapped = map_columns(["village"], {"village": ["123"]}, {"village_code": "village"}, 1)
    problem = mapped.problems[0][0]
    assert problem.template == "village code: {problem}"
    assert problem.params["problem"].template.startswith("{code!r} is not a {level} code")
    assert problem.startswith("village code: '123' is not a village code")


def _submission(**fields):
    return SimpleNamespace(instance_id="uuid:1", form_id="mk_crop_cut", submitted_at=None,
                           submitter="", fields=fields, repeats={}, media={},
                           source="f.csv row 2")


def test_a_submission_line_is_its_finding_with_where():
    register = ReviewRegister(plots={}, practices={}, providers={}, seasons=[])
    review = review_submissions([_submission(plot="NOPE-1", fresh_weight_kg="x")], register)
    line = next(x for x in review.lines if x.key == "unknown_plot")
    assert line.finding.template == "unknown plot code {code}."
    assert line.message == "f.csv row 2 (uuid:1): plot: unknown plot code NOPE-1."
    assert line.message.template == "{source} ({submission}): {field}: {finding}"
    said = line.message.said(khmer({"unknown plot code {code}.": "គ្មានក្បាលដី {code}។"}))
    assert said == "f.csv row 2 (uuid:1): plot: គ្មានក្បាលដី NOPE-1។"
    season = next(x for x in review.lines if x.key == "missing")
    assert season.finding == "season is empty; the form needs it."


def test_register_copy_lines_are_messages():
    report = CopyReport(added={"plots": 120, "farmers": 1})
    counts = report.counts_text()
    assert counts == "120 plots, 1 farmer"
    assert counts.said(khmer({"{count:,} {rows}": "{rows} {count:,}", "plots": "ក្បាលដី",
                              "farmer": "កសិករ"})) == "ក្បាលដី 120, កសិករ 1"
    assert CopyReport().counts_text() == "nothing"
    clash = Clash("farmers", "farmer Sok (02010101)", "phone", "012 345 678", None)
    assert clash.message("a.gpkg", "the register") == (
        "farmer Sok (02010101): phone is '012 345 678' in a.gpkg but empty in the register")


def test_geometry_refusals_name_their_parts():
    bow = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    with pytest.raises(GeometryError) as caught:
        validate_plot_geometry(bow)
    m = as_message(caught.value)
    assert m.template.startswith("The plot boundary is not a valid shape: {reason} at {place}")
    assert str(caught.value).startswith("The plot boundary is not a valid shape: "
                                        "Self-intersection at 5.00000, 5.00000.")
    with pytest.raises(GeometryError) as point:
        validate_plot_geometry(Point(1, 1))
    assert as_message(point.value).params == {"kind": "Point"}
