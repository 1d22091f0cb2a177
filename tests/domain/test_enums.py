"""A wrong stored value gets a message for the officer, not a bare ValueError."""

import pytest
from shapely.geometry import box

from metkasekor_desktop.domain.enums import PlotRole, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.plot import Plot


def test_parse_enum_lists_the_accepted_values():
    assert parse_enum(PlotRole, "control", "role") is PlotRole.CONTROL
    with pytest.raises(ValidationError) as info:
        parse_enum(PlotRole, "demo", "role")
    assert info.value.field == "role"
    assert "demonstration, control, farmer_field" in str(info.value)


def test_a_plot_with_an_unknown_role_is_refused_with_a_message():
    plot = Plot(code="BTB-RM-0001", role="pilot", geometry=box(102.9, 12.8, 102.901, 12.801))
    with pytest.raises(ValidationError, match="not a valid role"):
        plot.validated()
