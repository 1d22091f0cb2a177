"""Messages as data: what the code below ui/ says to an officer is a template and values.

A refusal or a report line is a :class:`Message`: an English template with named fields
(``"No plot has the code {code}."``, the key under which its translations are kept) and
the values of those fields. The window and the command line say it in the user's
language (``layers.message_words.say``).

A message is also the text of its English (a ``str``): ``str()`` of it, and of an
exception raised with one, logs, tests and English users read it as before, and code
that handles lines as text keeps working. Only what is made of it as text (``+``, an
f-string, ``join``) loses its template: make such sentences a message of their own, or
:func:`joined` ones.

Make messages with :func:`msg`, the template written out in the call (one literal
string, never an f-string or a sum): the translation tools collect the templates from
the calls, and a test fails on any that is not literal. A value may be a number
(formatted by the template's spec, ``{area:.2f}``), text of the data (a code, a name, a
file name: said as it is), another message (said in the same language: a part of the
sentence, the reason a lower layer gave), or a list or tuple of those (said one after
another, joined by commas).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Translate = Callable[[str], str]


def _same(template: str) -> str:
    return template


class Message(str):
    """A ``template`` (English, ``str.format`` fields by name) with its ``params``; as a
    ``str``, its English."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None) -> Message:
        values = dict(params or {})
        self = super().__new__(cls, _english(template, values))
        self.template = template
        self.params = values
        return self

    def __reduce__(self):  # pickled (a worker process) as a message, not as text
        return (Message, (self.template, self.params))

    def __repr__(self) -> str:
        return f"msg({self.template!r}, **{self.params!r})"

    def said(self, translate: Translate) -> str:
        """This message with its template, and those of the messages among its values,
        passed through ``translate``."""
        return _fill(translate(self.template), self.params, translate, self.template)


def msg(template: str, /, **params: Any) -> Message:
    """A message of ``template`` (a literal English sentence) with ``params``."""
    return Message(template, params)


def joined(items: Iterable[Any], separator: str = ", ") -> Message:
    """``items`` (messages or text) one after another with ``separator`` between them,
    each said in the user's language: a list made of sentences of their own."""
    parts = list(items)
    template = separator.replace("{", "{{").replace("}", "}}").join(
        f"{{p{k}}}" for k in range(len(parts)))
    return Message(template, {f"p{k}": part for k, part in enumerate(parts)})


def as_message(item: object) -> Message:
    """``item`` as a message: itself, the message an exception was raised with (among
    its arguments, or its ``message`` attribute), or a message of no fields whose
    template is ``str(item)`` (a library's own English, said as it is)."""
    if isinstance(item, Message):
        return item
    if isinstance(item, BaseException):
        for arg in item.args:
            if isinstance(arg, Message):
                return arg
        carried = getattr(item, "message", None)
        if isinstance(carried, Message):
            return carried
    return Message(str(item))


def _english(template: str, values: dict[str, Any]) -> str:
    """The English of a message, quickly: its values that are messages are their English
    already (a Message is a str), so ``str.format_map`` fills the template at C speed;
    lists are joined first. An odd template goes the slow, forgiving way."""
    if not values:
        return template
    plain = {k: ", ".join(map(str, v)) if isinstance(v, list | tuple) else v
             for k, v in values.items()}
    try:
        return template.format_map(plain)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return _fill(template, values, _same)


class _Formatter(string.Formatter):
    def __init__(self, translate: Translate) -> None:
        super().__init__()
        self._translate = translate

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return format(value.said(self._translate), format_spec)
        if isinstance(value, list | tuple):
            return format(", ".join(self.format_field(v, "") for v in value), format_spec)
        return super().format_field(value, format_spec)


def _fill(template: str, params: Mapping[str, Any], translate: Translate,
          english: str | None = None) -> str:
    """``template`` with ``params`` filled in. A template without values is said as it
    is (a library's text may hold braces); a translation whose fields do not fit falls
    back to the English template, never an error in front of the user."""
    if not params:
        return template
    try:
        return _Formatter(translate).vformat(template, (), dict(params))
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        if english is not None and english != template:
            return _fill(english, params, translate)
        return template + "".join(f" [{k}: {v}]" for k, v in params.items())
