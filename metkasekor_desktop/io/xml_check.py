"""A check of XML formats read by GDAL (GML): the whole document is well-formed.

GDAL reads a GML cut short without an error, handing over fewer features (or none), so
a damaged file is named here before reading, as :mod:`file_checks` does for KML and GPX.
The document is streamed, not held in memory, and nothing is written.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.file_problem import FileProblem


def check_well_formed(path: Path, label: str) -> list[FileProblem]:
    """No problem when ``path`` is well-formed XML, else where it breaks."""
    try:
        for _event, element in ET.iterparse(path, events=("end",)):
            element.clear()
    except ET.ParseError as exc:
        line, column = exc.position
        return [FileProblem(path.name, msg(
            "{name} is not a well-formed {label} file (line "
            "{line}, column {column}). It may be cut short; copy it again.",
            name=path.name, label=label, line=line, column=column))]
    return []
