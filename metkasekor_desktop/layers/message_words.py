"""Messages said in the user's language: the window's and the command line's one way.

The code below ui/ raises and reports :class:`~metkasekor_desktop.domain.messages.Message`
values (an English template and its values); :func:`say` looks the template up in the
installed translation (context ``Messages``, which ``scripts/update_translations.py``
fills from every ``msg("...")`` call of the package) and fills in the values, the parts
that are messages themselves said the same way. Without a translator, or for a text
that is not a message (a library's own English), the English is said.

The digits of the numbers said: Arabic (0-9) unless the window has chosen Khmer digits
(Language > Khmer digits, :func:`set_digits`). :func:`say` then writes the values of a
message that are numbers, in nested messages too, with Khmer digits (០-៩); codes, names,
file names and other text values, and the English of a message (``str()``), keep their
digits. A piece of work that writes its own output (the season report) may choose its
digits for the thread it runs in (:func:`digits_for`), whatever the window's choice.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

from PySide6.QtCore import QCoreApplication

from metkasekor_desktop.domain.messages import Message, as_message, msg

CONTEXT = "Messages"
DIGITS = ("arabic", "khmer")
KHMER_DIGITS = "០១២៣៤៥៦៧៨៩"
_TO_KHMER = str.maketrans("0123456789", KHMER_DIGITS)

_chosen = {"digits": "arabic"}  # the window's choice (Language > Khmer digits)
_here: ContextVar[str | None] = ContextVar("metkasekor_digits", default=None)


def _checked(name: str) -> str:
    if name not in DIGITS:
        raise ValueError(msg("Numbers are written in {choices} digits, not {digits}.",
                             choices=list(DIGITS), digits=str(name)))
    return name


def set_digits(name: str) -> None:
    """Say numbers with ``name`` digits from now on: "khmer" or "arabic"."""
    _chosen["digits"] = _checked(name)


def digits() -> str:
    """The digits numbers are said with now: "khmer" or "arabic" (that of
    :func:`digits_for` in this thread, else the window's choice)."""
    return _here.get() or _chosen["digits"]


@contextlib.contextmanager
def digits_for(name: str) -> Iterator[None]:
    """Numbers said with ``name`` digits inside the ``with`` block, in this thread only
    (a report written in a worker thread leaves the window's numbers as they are)."""
    token = _here.set(_checked(name))
    try:
        yield
    finally:
        _here.reset(token)


def khmer_digits(text: str) -> str:
    """``text`` with its ASCII digits written as Khmer digits, whatever the choice."""
    return text.translate(_TO_KHMER)


def shown_number_text(text: str) -> str:
    """A number written out (``text``: "1,234.5", "12 ha", "2024") in the digits
    chosen: its ASCII digits as Khmer digits when Khmer digits are on, else as it is.
    Only for numbers to read: never for a code, a name or a file name."""
    return khmer_digits(text) if digits() == "khmer" else text


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def say(item: Message | BaseException | str) -> str:
    """``item`` (a message, an exception raised with one, or plain text) in the
    language of the installed translators, its numbers in the digits chosen."""
    message = as_message(item)
    if digits() == "khmer":
        return message.said(_translate, khmer_digits)
    return message.said(_translate)


def say_lines(items: Iterable[Message | BaseException | str]) -> list[str]:
    """Each of ``items`` said, in order."""
    return [say(item) for item in items]
