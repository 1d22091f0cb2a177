"""How the command line words things: its name, one-line errors, names of projects.

Every failure a command reports is one line on stderr that says what to do, never a
traceback: ``CommandError`` carries such a line, ``_os_error`` words a file error.
"""

from __future__ import annotations

from pathlib import Path

PROG = "metkasekor-desktop"


class CommandError(Exception):
    """A batch command failed; the message is one line for the terminal."""


def _name(target: Path | str) -> str:
    """How messages name a project: its file name, or the register's database."""
    return target.name if isinstance(target, Path) else _register_stem(target)


def _stem(target: Path | str) -> str:
    """The start of file names made from a project (exports, map titles)."""
    return target.stem if isinstance(target, Path) else _register_stem(target)


def _register_stem(url: str) -> str:
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "register"


def _os_error(exc: OSError) -> str:
    """One line for a file error: which file and what to do for the usual ones."""
    import errno

    name = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
    if exc.errno == errno.ENOSPC:
        return (f"the disk is full{name}; nothing more was written. Free some space or "
                "write to another drive.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"cannot write there{name}: {exc.strerror}. Choose a folder you may write to."
    return str(exc)
