"""File > Connect to a shared register: server, database, user and TLS mode, and a
password that is used for this connection only and never stored."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from metkasekor_desktop.storage.postgis.register import SSL_MODES, ConnectionFields
from metkasekor_desktop.ui.number_fields import SpinBox


class ConnectDialog(QDialog):
    """Asks for a register's connection; :meth:`url` has no password in it."""

    def __init__(self, parent: QWidget | None = None,
                 fields: ConnectionFields | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared register"))
        fields = fields or ConnectionFields()
        self.host = QLineEdit(fields.host, self)
        self.host.setPlaceholderText(self.tr("e.g. register.example.org"))
        self.port = SpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(fields.port)
        self.database = QLineEdit(fields.database, self)
        self.user = QLineEdit(fields.user, self)
        self.sslmode = QComboBox(self)
        texts = {"prefer": self.tr("prefer (encrypted when the server offers it)"),
                 "require": self.tr("require (always encrypted)"),
                 "verify-full": self.tr("verify-full (encrypted, server certificate checked)"),
                 "disable": self.tr("disable (not encrypted)")}
        for mode in SSL_MODES:
            self.sslmode.addItem(texts[mode], mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(fields.sslmode)))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from your .pgpass file"))

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Encryption (sslmode):"), self.sslmode)
        form.addRow(self.tr("Password:"), self.password)
        note = QLabel(self.tr(
            "The password is used for this connection only and is never saved. To be "
            "asked no more, keep it in your .pgpass file (pgpass.conf on Windows), as "
            "PostgreSQL's own programs do."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for edit in (self.database, self.user):
            edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(460)

    def _update_ok(self) -> None:
        ready = bool(self.database.text().strip() and self.user.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def fields(self) -> ConnectionFields:
        return ConnectionFields(host=self.host.text().strip(), port=self.port.value(),
                                database=self.database.text().strip(),
                                user=self.user.text().strip(),
                                sslmode=str(self.sslmode.currentData()))

    def url(self) -> str:
        """The connection URL, without the password."""
        return self.fields().url()

    def password_text(self) -> str | None:
        return self.password.text() or None
