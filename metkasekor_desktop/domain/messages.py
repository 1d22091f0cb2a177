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

Where the window writes digits of its own (Khmer digits, ``layers.message_words``),
``said`` takes a ``number`` function applied to each value that is a number once its
spec has formatted it; text values (codes, names, file names) and values whose field
names an identifier (``id``, ``*_id``, ``epsg``, ``crs``, ``*code*``, ``version``) are
said as they are, and the English (``str()``) never changes.
"""

from __future__ import annotations

import numbers
import string
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Translate = Callable[[str], str]
Number = Callable[[str], str]


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

    def said(self, translate: Translate, number: Number | None = None) -> str:
        """This message with its template, and those of the messages among its values,
        passed through ``translate``; with ``number``, the text of each value that is a
        number (formatted by its spec) passed through it, in nested messages too."""
        return _fill(translate(self.template), self.params, translate, self.template,
                     number)


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


def _identifier(field: str) -> bool:
    """True when a field's name says its value identifies a thing (a record's id, an
    EPSG code, a village code, a version): not a number to read."""
    name = field.casefold()
    return (name in ("id", "ids", "epsg", "crs", "srid", "version") or name.endswith("_id")
            or name.endswith("_ids") or "code" in name or "epsg" in name)


class _AsIs:
    """A value said as it is (an identifier), formatted as the value would be."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __format__(self, format_spec: str) -> str:
        return format(self.value, format_spec)

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _as_is(value: Any) -> Any:
    """``value`` with its numbers (itself, or the items of a list) kept from ``number``."""
    if _is_number(value):
        return _AsIs(value)
    if isinstance(value, list | tuple):
        return [_AsIs(v) if _is_number(v) else v for v in value]
    return value


class _Formatter(string.Formatter):
    def __init__(self, translate: Translate, number: Number | None = None) -> None:
        super().__init__()
        self._translate = translate
        self._number = number

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> Any:
        value, used = super().get_field(field_name, args, kwargs)
        if self._number is not None and isinstance(used, str) and _identifier(used):
            return _as_is(value), used
        return value, used

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return format(value.said(self._translate, self._number), format_spec)
        if isinstance(value, list | tuple):
            return format(", ".join(self.format_field(v, "") for v in value), format_spec)
        if isinstance(value, _AsIs):
            return format(value, format_spec)
        text = super().format_field(value, format_spec)
        if self._number is not None and _is_number(value):
            return self._number(text)
        return text


def _fill(template: str, params: Mapping[str, Any], translate: Translate,
          english: str | None = None, number: Number | None = None) -> str:
    """``template`` with ``params`` filled in. A template without values is said as it
    is (a library's text may hold braces); a translation whose fields do not fit falls
    back to the English template, never an error in front of the user."""
    if not params:
        return template
    try:
        return _Formatter(translate, number).vformat(template, (), dict(params))
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        if english is not None and english != template:
            return _fill(english, params, translate, number=number)
        return template + "".join(f" [{k}: {v}]" for k, v in params.items())
