"""The ChangeSet: what one step changed, and two steps taken as one."""

from __future__ import annotations

from metkasekor_desktop.domain.changes import NOTHING, ChangeSet


def test_plots_named_by_what_happened_to_them():
    c = ChangeSet.of_plots(added=[3], changed=[1, 3], removed=[2], kinds=["plans"])
    assert c.added == {3} and c.changed == {1} and c.removed == {2}
    assert c.plots == {1, 2, 3}
    assert c.kinds == {"plots", "plans"}
    assert c.touches("plans") and c.touches("plots") and not c.touches("farmers")
    assert c.touches_plots([2, 9]) and not c.touches_plots([9])


def test_records_only_name_no_plots():
    c = ChangeSet.of_records(["farmers"], seasons=[4])
    assert c.plots == set() and c.kinds == {"farmers"} and c.seasons == {4}
    assert not c.touches("plots") and not c.empty


def test_whole_touches_everything():
    c = ChangeSet.whole()
    assert c.everything and c.touches("anything") and c.touches_plots([1])
    assert NOTHING.empty and not NOTHING.touches("plots")


def test_two_steps_as_one():
    added_then_changed = ChangeSet.of_plots(added=[5]) | ChangeSet.of_plots(changed=[5])
    assert added_then_changed.added == {5} and added_then_changed.changed == set()
    added_then_removed = ChangeSet.of_plots(added=[5]) | ChangeSet.of_plots(removed=[5])
    assert added_then_removed.plots == set()  # it came and went: nothing to show
    removed_then_added = ChangeSet.of_plots(removed=[6]) | ChangeSet.of_plots(added=[6])
    assert removed_then_added.added == {6} and removed_then_added.removed == set()
    both = ChangeSet.of_records(["plans"], seasons=[1]) | ChangeSet.of_plots(changed=[2])
    assert both.kinds == {"plans", "plots"} and both.seasons == {1} and both.changed == {2}
