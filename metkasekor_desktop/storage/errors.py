"""Errors of the project store, each with a message fit for the officer."""

from __future__ import annotations


class ProjectError(Exception):
    """The project file cannot be opened, created or written; ``str()`` says why."""


class DuplicateError(ProjectError):
    """A value that must be unique (plot code, season name, practice key) is taken."""


class InUseError(ProjectError):
    """A record cannot be deleted because others still refer to it."""


class NotFoundError(ProjectError):
    """No record with that id (it may have been deleted meanwhile)."""
