"""How the command line words things: its name, one-line errors, names of projects.

Every failure a command reports is one line on stderr that says what to do, never a
traceback: ``CommandError`` carries such a line, ``_os_error`` words a file error.
"""

from __future__ import annotations

from pathlib import Path

from metkasekor_desktop.domain.messages import Message, as_message, msg

PROG = "metkasekor-desktop"


class CommandError(Exception):
    """A batch command failed; the message (a :class:`Message`) is one line for the
    terminal, said in the command's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


def _name(target: Path | str) -> str:
    """How messages name a project: its file name, or the register's database."""
    return target.name if isinstance(target, Path) else _register_stem(target)


def _stem(target: Path | str) -> str:
    """The start of file names made from a project (exports, map titles)."""
    return target.stem if isinstance(target, Path) else _register_stem(target)


def _register_stem(url: str) -> str:
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "register"


def _os_error(exc: OSError) -> Message:
    """One line for a file error: which file and what to do for the usual ones."""
    import errno

    file = getattr(exc, "filename", None)
    if exc.errno == errno.ENOSPC:
        if file:
            return msg("the disk is full ({file}); nothing more was written. Free some "
                       "space or write to another drive.", file=file)
        return msg("the disk is full; nothing more was written. Free some space or write "
                   "to another drive.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        if file:
            return msg("cannot write there ({file}): {reason}. Choose a folder you may "
                       "write to.", file=file, reason=exc.strerror)
        return msg("cannot write there: {reason}. Choose a folder you may write to.",
                   reason=exc.strerror)
    return as_message(exc)


def error_line(reason: object) -> Message:
    """``metkasekor-desktop: error: REASON``; ``reason`` a message, an exception raised
    with one, or a library's text."""
    return msg("{program}: error: {reason}", program=PROG, reason=as_message(reason))


def warning_line(reason: object) -> Message:
    """``metkasekor-desktop: warning: REASON``."""
    return msg("{program}: warning: {reason}", program=PROG, reason=as_message(reason))


def unknown_season(season: str, project: str, known: list[str]) -> Message:
    """The refusal of a season the project does not have, with those it has."""
    return msg("no season named {season!r} in {project}; known seasons: {known}",
               season=season, project=project, known=", ".join(known) or msg("none"))
