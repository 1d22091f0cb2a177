"""A strip above the map that says what state the project is in (read-only, file gone)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """Hidden until :meth:`show_message`; one optional button (e.g. Save a copy…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#projectBanner { background: #fff3cd; border: 1px solid #e0c36a; }"
                           " #projectBanner QLabel { color: #5c4400; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.hide()
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._clicked)
        self.hide()

    def show_message(self, text: str, button: str = "",
                     action: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self._action = action
        self.button.setText(button)
        self.button.setVisible(bool(button and action))
        self.show()

    def clear(self) -> None:
        self._action = None
        self.hide()

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()
