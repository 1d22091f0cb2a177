"""One thing wrong with one source file: shared by the checks of every format."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FileProblem:
    """One thing wrong with one file, in words an officer can act on."""

    file: str
    message: str
    fatal: bool = True
    missing_count: int | None = None

    def __str__(self) -> str:
        return self.message
