"""Rows of one table as named numpy columns, with optional WKB geometries.

The shape in which exports travel: storage reads the joined register into it, io
writes it in every format. It lives here, below both, so that each can use it without
one importing the other. Columns are numpy arrays: ``object`` arrays of ``str``/``None``
for text (and of ``int``/``None`` for integers that may be missing), ``float64`` for
measures (NaN for missing) and ``datetime64[D]`` for dates (NaT for missing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np

from metkasekor_desktop.domain.geometry import STORAGE_EPSG
from metkasekor_desktop.domain.messages import msg

T = TypeVar("T")


@dataclass
class ColumnTable:
    """``columns`` in output order, one value per row; ``wkb`` 2D WKB bytes or None."""

    name: str
    columns: dict[str, np.ndarray]
    wkb: np.ndarray | None = None
    epsg: int = STORAGE_EPSG
    descriptions: dict[str, str] = field(default_factory=dict)  # column -> meaning, units

    def __post_init__(self) -> None:
        lengths = {len(v) for v in self.columns.values()}
        if self.wkb is not None:
            lengths.add(len(self.wkb))
        if len(lengths) > 1:
            raise ValueError(msg("columns of {name} differ in length: {lengths}",
                                 name=self.name, lengths=str(sorted(lengths))))

    def __len__(self) -> int:
        if self.wkb is not None:
            return len(self.wkb)
        return len(next(iter(self.columns.values()))) if self.columns else 0

    @property
    def headers(self) -> list[str]:
        return list(self.columns)

    def to(self, cls: Callable[..., T]) -> T:
        """The same table as a subclass (the exporters' ``ExportTable``); no copy."""
        return cls(self.name, self.columns, self.wkb, self.epsg, self.descriptions)
