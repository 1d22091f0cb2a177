"""Errors that speak to the officer: what was wrong, where, and what to do."""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the domain was broken; ``str(error)`` is a message fit for a user.

    Raise it with a :class:`~metkasekor_desktop.domain.messages.Message` (``msg(...)``):
    the message itself is the exception's argument, where ``as_message`` finds it.
    """


class ValidationError(DomainError):
    """A value entered for a field breaks a rule.

    ``field`` names the field so that a form can point at it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class GeometryError(DomainError):
    """A shape cannot enter the project.

    ``location`` is the (longitude, latitude) of the problem where one is known, so
    that the map can mark it.
    """

    def __init__(self, message: str, location: tuple[float, float] | None = None) -> None:
        super().__init__(message)
        self.location = location
