"""Confirm deleting plots, saying exactly which records go with them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

MAX_CODES_SHOWN = 12


class DeletePlotsDialog(QDialog):
    """A confirmation whose safe answer is the default: Enter cancels.

    ``dependents`` maps a kind of record ("plans", "soil_samples", "yields",
    "trial_memberships", "events") to how many go with the plots.
    """

    def __init__(self, codes: Sequence[str], dependents: Mapping[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete plots"))
        self.codes = list(codes)
        self.dependents = dict(dependents)
        n = len(self.codes)

        self.summary = QLabel(self.summary_text(), self)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        shown = ", ".join(self.codes[:MAX_CODES_SHOWN])
        if n > MAX_CODES_SHOWN:
            shown += " " + self.tr("and {count} more").format(count=n - MAX_CODES_SHOWN)
        self.code_list = QLabel(shown, self)
        self.code_list.setWordWrap(True)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Delete 1 plot") if n == 1
                               else self.tr("Delete {count} plots").format(count=n))
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.summary)
        layout.addWidget(self.code_list)
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()

    def _count(self, key: str, n: int) -> str:
        """'1 soil sample' / '4 soil samples' (literal strings, so lupdate finds them)."""
        one = n == 1
        texts = {
            "plots": self.tr("1 plot") if one else self.tr("{n} plots"),
            "plans": self.tr("1 season plan") if one else self.tr("{n} season plans"),
            "soil_samples": self.tr("1 soil sample") if one else self.tr("{n} soil samples"),
            "yields": self.tr("1 yield record") if one else self.tr("{n} yield records"),
            "trial_memberships": (self.tr("1 trial membership") if one
                                  else self.tr("{n} trial memberships")),
            "events": self.tr("1 event link") if one else self.tr("{n} event links"),
        }
        return texts.get(key, f"{{n}} {key.replace('_', ' ')}").format(n=n)

    def summary_text(self) -> str:
        """E.g. '3 plots and with them 12 season plans, 4 soil samples, 1 event link'."""
        plots = self._count("plots", len(self.codes))
        records = [self._count(k, v) for k, v in self.dependents.items() if v > 0]
        if not records:
            return self.tr("This deletes {plots}; no other records are deleted.").format(
                plots=plots)
        return self.tr("This deletes {plots} and with them {records}.").format(
            plots=plots, records=", ".join(records))
