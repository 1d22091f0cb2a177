"""A dialog whose Apply shows a change at once, OK applies and closes, Cancel undoes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.layers.message_words import say


class ApplyDialog(QDialog):
    """Subclasses put their widgets in ``self.body`` and implement :meth:`do_apply`
    (raise a DomainError to refuse, with a message) and :meth:`restore`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept_if_applied)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def do_apply(self) -> None:
        raise NotImplementedError

    def restore(self) -> None:
        raise NotImplementedError

    def apply(self) -> bool:
        """Apply the choices; False, with the reason shown, when they are refused."""
        try:
            self.do_apply()
        except DomainError as exc:
            self.message.setText(say(exc))
            return False
        self.message.clear()
        return True

    def accept_if_applied(self) -> None:
        if self.apply():
            self.accept()

    def reject(self) -> None:
        self.restore()
        super().reject()
