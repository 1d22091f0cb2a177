"""The language a command speaks: ``--language``, else the environment's.

Without ``--language`` a command speaks the language of ``MK_LANGUAGE`` when it is set,
else of the first of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is:
Khmer when it starts with "km", English otherwise. Khmer needs our translators, which
need a Qt application: the drawing commands' QGuiApplication (one application serves
every command run in a process). English needs none: no application is made for it,
and translators a Khmer command installed before are taken out.

A file may be written for a reader of another language than the command's (``export
--headers km`` heads the tables of an English export with Khmer words): :func:`words_in`
says messages in a language of its own, whatever translators are installed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping

LANGUAGES = ("km", "en")
ENVIRONMENT = ("MK_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """"km" or "en", from the first of :data:`ENVIRONMENT` that is set."""
    env = os.environ if environ is None else environ
    value = next((env[name] for name in ENVIRONMENT if env.get(name)), "")
    return "km" if value.strip().lower().startswith("km") else "en"


def command_language(args: argparse.Namespace) -> str:
    """The language of the command's output: its ``--language`` when that is "km" or
    "en" (``forms --language both`` labels its forms in both), else the environment's."""
    chosen = getattr(args, "language", None)
    return chosen if chosen in LANGUAGES else environment_language()


def speak(language: str) -> None:
    """Make what the command says come out in ``language``: Khmer installs our
    translators (on the drawing application), English takes out any installed before."""
    if language == "km":
        from metkasekor_desktop.app.report_command import drawing_application

        drawing_application("km")
        return
    installed = sys.modules.get("metkasekor_desktop.ui.language")
    if installed is None:
        return  # never imported: no translator of ours was installed
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        installed.remove_translators(app)


def words_in(language: str) -> Callable[[str], str]:
    """How a message is said in ``language`` ("km" or "en"), whatever the command speaks:
    Khmer through a translator of its own (the catalogue the window uses, context
    ``Messages``; a template it lacks stays English), English as the messages are
    written. Installs nothing: what the command prints keeps its language."""
    if language != "km":
        return str  # a message as a str is its English
    from metkasekor_desktop.layers.translations import Words

    return Words(language).say
