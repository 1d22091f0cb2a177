"""A language's words held apart from the installed translators.

The window and a command speak the language whose translators are installed. A file
written for readers of another language (Khmer column headers of an English export), or
of both (the public website says everything in Khmer and in English), needs the words of
a language without installing it: installing a translator re-words every open window.
:class:`Words` loads the catalogue of one language into a translator of its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

from metkasekor_desktop.domain.messages import as_message
from metkasekor_desktop.layers.message_words import CONTEXT

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


class Words:
    """The words of ``language`` ("km" or "en"): ``tr`` for a window's text (context and
    English source), ``say`` for a message. English is the sources as written; a text
    the catalogue lacks stays English."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator: QTranslator | None = None
        if language != "en":
            translator = QTranslator()
            if translator.load(str(TRANSLATIONS_DIR / f"metkasekor_{language}.qm")):
                self._translator = translator

    def tr(self, context: str, source: str) -> str:
        if self._translator is None:
            return source
        return self._translator.translate(context, source) or source

    def say(self, item: object) -> str:
        """A message (or an exception raised with one) in this language."""
        return as_message(item).said(lambda template: self.tr(CONTEXT, template))
