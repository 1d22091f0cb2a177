"""Qt's own strings in Khmer: dialog buttons, wizards, message and file dialogs, edit menus.

Qt ships no Khmer translation, so ``resources/translations/qtbase_km.ts`` carries one;
these tests build Qt's standard widgets in the Khmer interface and read what the officer
would see, then switch back to English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QWizard,
    QWizardPage,
)

from metkasekor_desktop.ui.language import TRANSLATIONS_DIR, install_translators

QT_TS = TRANSLATIONS_DIR / "qtbase_km.ts"
# A Khmer accelerator is written after the words, as "ចម្លង(&C)"; on screen "ចម្លង(C)".
ACCELERATOR = re.compile(r"\(&?\w\)")
MNEMONIC = re.compile(r"&(?!&)(\w)")
LATIN = re.compile(r"[A-Za-z]")
B = QDialogButtonBox.StandardButton
ALL_BUTTONS = [
    B.Ok, B.Save, B.SaveAll, B.Open, B.Yes, B.YesToAll, B.No, B.NoToAll, B.Abort, B.Retry,
    B.Ignore, B.Close, B.Cancel, B.Discard, B.Help, B.Apply, B.Reset, B.RestoreDefaults,
]  # fmt: skip


def _khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def _khmer_only(text: str) -> bool:
    """Khmer words and no Latin letter once the accelerator hint and shortcut are set aside."""
    words = ACCELERATOR.sub("", text.split("\t")[0]).replace("&", "")
    return _khmer(words) and not LATIN.search(words)




def _menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(action.text())
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _wizard(qtbot) -> QWizard:
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # as the import wizard
    for _ in range(2):
        wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    return wizard


def _file_dialog(qtbot, tmp_path: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    return dialog


def test_khmer_translation_of_qt_is_installed(khmer):
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "យល់ព្រម"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "បោះបង់"


def test_every_standard_button_is_khmer(khmer, qtbot):
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for button in ALL_BUTTONS:
        box.addButton(button)
    texts = {button: box.button(button).text() for button in ALL_BUTTONS}
    assert [t for t in texts.values() if not _khmer_only(t)] == []
    assert texts[B.Yes] == "បាទ/ចាស(&Y)" and texts[B.No] == "ទេ(&N)"
    assert len(set(texts.values())) == len(ALL_BUTTONS)  # no two buttons read alike


def test_message_box_buttons_and_details_are_khmer(khmer, qtbot):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    box.setDetailedText("details")
    qtbot.addWidget(box)
    box.show()
    texts = [b.text() for b in box.findChildren(QPushButton)]
    assert "បង្ហាញព័ត៌មានលម្អិត…" in texts
    assert [t for t in texts if not _khmer_only(t)] == []
    details = next(b for b in box.findChildren(QPushButton) if b.text() == "បង្ហាញព័ត៌មានលម្អិត…")
    details.click()
    assert details.text() == "លាក់ព័ត៌មានលម្អិត…"


def test_wizard_buttons_are_khmer(khmer, qtbot):
    wizard = _wizard(qtbot)
    wizard.show()
    W = QWizard.WizardButton
    texts = {
        b: wizard.button(b).text()
        for b in (W.BackButton, W.NextButton, W.FinishButton, W.CancelButton, W.HelpButton)
    }
    assert texts[W.BackButton] == "< ថយក្រោយ(&B)"
    assert texts[W.NextButton] == "បន្ទាប់(&N) >"
    assert [t for t in texts.values() if not _khmer_only(t.strip("<> "))] == []


@pytest.mark.parametrize("widget_type", [QLineEdit, QTextEdit, QPlainTextEdit])
def test_edit_context_menus_are_khmer(khmer, qtbot, widget_type):
    edit = widget_type()
    qtbot.addWidget(edit)
    (edit.setText if widget_type is QLineEdit else edit.setPlainText)("ក្បាលដី")
    edit.selectAll()
    menu = edit.createStandardContextMenu()
    texts = _menu_texts(menu)
    assert len(texts) >= 7  # undo, redo, cut, copy, paste, delete, select all
    assert "ចម្លង(&C)" in [t.split("\t")[0] for t in texts]
    assert [t for t in texts if not _khmer_only(t)] == []


def test_spin_box_context_menu_is_khmer(khmer, qtbot):
    spin = QSpinBox()
    qtbot.addWidget(spin)
    # QAbstractSpinBox adds "Select All", "Step up" and "Step down" to the line edit's menu.
    for source in ("&Select All", "&Step up", "Step &down"):
        assert _khmer_only(QCoreApplication.translate("QAbstractSpinBox", source)), source
    assert _menu_texts(spin.lineEdit().createStandardContextMenu())


def test_file_dialog_is_khmer(khmer, qtbot, tmp_path):
    (tmp_path / "plots.gpkg").write_bytes(b"")
    dialog = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptOpen)
    dialog.show()
    labels = [
        dialog.findChild(QLabel, name).text()
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    ]
    assert labels == ["រកមើលក្នុង(&L)៖", "ឈ្មោះឯកសារ(&N)៖", "ប្រភេទឯកសារ(&T)៖"]
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox").buttons()
    assert sorted(b.text() for b in buttons) == sorted(["បើក(&O)", "បោះបង់"])
    tips = [
        dialog.findChild(QToolButton, name).toolTip()
        for name in (
            "backButton",
            "forwardButton",
            "toParentButton",
            "newFolderButton",
            "listModeButton",
            "detailModeButton",
        )
    ]
    assert [t for t in tips if not _khmer_only(t)] == [], tips
    model = dialog.findChild(QFileSystemModel)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert headers == ["ឈ្មោះ", "ទំហំ", "ប្រភេទ", "កាលបរិច្ឆេទកែប្រែ"]
    assert dialog.findChild(QComboBox, "fileTypeCombo").itemText(0) == "ឯកសារទាំងអស់ (*)"


def test_file_dialog_asks_to_replace_in_khmer(khmer, qtbot, tmp_path):
    existing = tmp_path / "plots.gpkg"
    existing.write_bytes(b"")
    dialog = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptSave)
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "រក្សាទុក(&S)"
    dialog.show()
    dialog.selectFile(str(existing))
    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            asked.extend(b.text() for b in box.buttons())
            box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    dialog.accept()
    assert asked and asked[0] == "plots.gpkg មានរួចហើយ។\nជំនួសវាឬ?"
    assert sorted(asked[1:]) == sorted(["បាទ/ចាស(&Y)", "ទេ(&N)"])


def test_switching_back_to_english_restores_qt_english(english, qtbot):
    install_translators(english, "km")
    install_translators(english, "en")
    box = QDialogButtonBox(B.Ok | B.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "OK"]
    wizard = _wizard(qtbot)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert "&Copy" in [t.split("\t")[0] for t in _menu_texts(edit.createStandardContextMenu())]


def _qt_messages() -> list[tuple[str, str, str, str]]:
    """(context, source, comment, translation) of every message of qtbase_km.ts."""
    out = []
    for context in ET.parse(QT_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.findtext("translation") or "",
                )
            )
    return out


def test_qt_catalogue_keeps_placeholders_lines_and_accelerators():
    messages = _qt_messages()
    assert len(messages) > 100
    for context, source, _comment, text in messages:
        where = f"{context}: {source!r}"
        assert _khmer(text), where
        assert Counter(re.findall(r"%\d", text)) == Counter(re.findall(r"%\d", source)), where
        assert text.count("\n") == source.count("\n"), where
        assert [m.upper() for m in MNEMONIC.findall(text)] == [
            m.upper() for m in MNEMONIC.findall(source)
        ], where
        assert text.endswith(" ") == source.endswith(" "), where  # "Show " + column name


def test_compiled_qt_catalogue_is_current():
    """The shipped qtbase_km.qm holds the .ts's translations (lrelease ran after the edit)."""
    translator = QTranslator()
    assert translator.load(str(QT_TS.with_suffix(".qm")))
    for context, source, comment, text in _qt_messages():
        assert translator.translate(context, source, comment or None) == text, source
