"""Messages said in the user's language: the window's and the command line's one way.

The code below ui/ raises and reports :class:`~metkasekor_desktop.domain.messages.Message`
values (an English template and its values); :func:`say` looks the template up in the
installed translation (context ``Messages``, which ``scripts/update_translations.py``
fills from every ``msg("...")`` call of the package) and fills in the values, the parts
that are messages themselves said the same way. Without a translator, or for a text
that is not a message (a library's own English), the English is said.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.domain.messages import Message, as_message

CONTEXT = "Messages"


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def say(item: Message | BaseException | str) -> str:
    """``item`` (a message, an exception raised with one, or plain text) in the
    language of the installed translators."""
    return as_message(item).said(_translate)


def say_lines(items: Iterable[Message | BaseException | str]) -> list[str]:
    """Each of ``items`` said, in order."""
    return [say(item) for item in items]
