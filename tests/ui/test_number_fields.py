"""Number fields take the digits of a Khmer keyboard (០-៩) as officers type them.

QTest.keyClicks maps each character to a Qt key and aborts on a non-Latin one, so the
Khmer keys are typed here as the key events a Khmer keyboard sends: no Qt key, the
character as the event's text.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QSpinBox

from metkasekor_desktop.layers.plot_editor import EditSettings
from metkasekor_desktop.ui.edit_settings_dialog import EditSettingsDialog
from metkasekor_desktop.ui.number_fields import DoubleSpinBox, SpinBox
from metkasekor_desktop.ui.yield_dialog import YieldDialog

UI = Path(__file__).resolve().parents[2] / "metkasekor_desktop" / "ui"


def type_keys(widget, text: str) -> None:
    """Type ``text`` into ``widget`` one key at a time, as a keyboard layout would."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def retype(box, text: str) -> None:
    box.lineEdit().selectAll()
    type_keys(box, text)


def test_khmer_digits_typed_into_a_double_spin_box(qtbot):
    box = DoubleSpinBox()
    qtbot.addWidget(box)
    box.setRange(0.0, 1000.0)
    box.setSuffix(" kg")
    retype(box, "១២.៥")
    assert box.value() == pytest.approx(12.5)
    assert box.text() == "12.5 kg"  # shown with ASCII digits once typed
    retype(box, "៣៤\u17d4២")  # the khan of the Khmer full-stop key as decimal point
    assert box.value() == pytest.approx(34.2)


def test_khmer_digit_typed_into_a_spin_box(qtbot):
    box = SpinBox()
    qtbot.addWidget(box)
    retype(box, "៣")
    assert box.value() == 3
    assert box.valueFromText("៤២") == 42


def test_invalid_text_is_still_refused(qtbot):
    box = SpinBox()
    qtbot.addWidget(box)
    box.setRange(0, 50)
    box.setValue(7)
    retype(box, "abc")
    assert box.value() == 7
    assert box.validate("១x", 2)[0] == QValidator.State.Invalid
    assert box.validate("៩៩៩", 3)[0] == QValidator.State.Invalid  # above the range
    double = DoubleSpinBox()
    qtbot.addWidget(double)
    assert double.validate("១.២.៣", 5)[0] == QValidator.State.Invalid


@pytest.mark.parametrize(("ours", "plain"), [(SpinBox, QSpinBox), (DoubleSpinBox, QDoubleSpinBox)])
def test_the_classes_are_not_plain_qt_spin_boxes(qtbot, ours, plain):
    """Plain Qt boxes refuse Khmer digits; ours take them and are still Qt's boxes."""
    assert ours is not plain and issubclass(ours, plain)
    mine, theirs = ours(), plain()
    for box in (mine, theirs):
        qtbot.addWidget(box)
        box.setValue(1)
        retype(box, "៣")
    assert theirs.value() == 1
    assert mine.value() == 3


def test_no_plain_spin_box_is_built_in_the_ui():
    plain = {"QSpinBox", "QDoubleSpinBox"}
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "number_fields.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in plain:
                found.append(f"{path.name}:{node.lineno}")
    assert not found, f"use number_fields.SpinBox/DoubleSpinBox: {found}"


def test_edit_settings_dialog_takes_khmer_digits(qtbot):
    dialog = EditSettingsDialog(EditSettings())
    qtbot.addWidget(dialog)
    retype(dialog.tolerance, "១២")
    retype(dialog.min_width, "២.៥")
    assert dialog.tolerance.value() == 12
    assert dialog.min_width.value() == pytest.approx(2.5)


def test_yield_fresh_weight_takes_khmer_digits(session, qtbot):
    project = session.project
    record = next(y for y in project.yields.list())
    dialog = YieldDialog(project, session.stack, record.plot_id, record.season_id, "kh")
    qtbot.addWidget(dialog)
    dialog.weight.clear()
    type_keys(dialog.weight, "១២.៥")
    assert dialog.weight.value() == pytest.approx(12.5)
    assert dialog.weight.text() == "12.5"
    dialog.weight.clear()
    type_keys(dialog.weight, "១x")  # a letter is still refused
    assert dialog.weight.text() == "1"
