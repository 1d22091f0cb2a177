"""GPS tracks and waypoints from GPX files (1.0 and 1.1), to make plots of walked boundaries.

Read with the standard library's ElementTree, matching element names without their
namespace, so GPX 1.0, 1.1 and files that forgot the namespace all read the same.
Coordinates are WGS 84 longitude/latitude, as GPX defines them.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from metkasekor_desktop.domain.errors import DomainError

GpxPoint = tuple[float, float, datetime | None]  # (lon, lat, time)
GpxWaypoint = tuple[str, float, float, datetime | None]  # (name, lon, lat, time)


class GpxError(DomainError):
    """A GPX file cannot be read or holds nothing a plot can be made of."""


@dataclass
class GpxTrack:
    """One track (or route): its segments joined in the order they were walked."""

    name: str
    points: list[GpxPoint] = field(default_factory=list)


@dataclass
class GpxData:
    """Everything a GPX file holds that can become a plot boundary."""

    tracks: list[GpxTrack] = field(default_factory=list)
    waypoints: list[GpxWaypoint] = field(default_factory=list)
    routes: list[GpxTrack] = field(default_factory=list)


def _local(tag: str) -> str:
    """An element name without its namespace: ``{http://...}trkpt`` -> ``trkpt``."""
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in element if _local(c.tag) == name]


def _text(element: ET.Element, name: str) -> str | None:
    found = _children(element, name)
    return (found[0].text or "").strip() if found else None


def _time(element: ET.Element) -> datetime | None:
    """The point's time, or None when it has none or it cannot be read."""
    text = _text(element, "time")
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _lonlat(element: ET.Element, path: Path, where: str) -> tuple[float, float]:
    try:
        lon, lat = float(element.attrib["lon"]), float(element.attrib["lat"])
    except (KeyError, ValueError):
        raise GpxError(
            f"{path.name}: {where} has no valid lat/lon. The file may be damaged; export "
            "it again from the GPS unit."
        ) from None
    if not (math.isfinite(lon) and math.isfinite(lat) and abs(lon) <= 180 and abs(lat) <= 90):
        raise GpxError(
            f"{path.name}: {where} has the impossible position lat={lat}, lon={lon}. The file "
            "may be damaged; export it again from the GPS unit."
        )
    return lon, lat


def _line(element: ET.Element, point_tag: str, path: Path, label: str) -> GpxTrack:
    """A track (its segments in order) or a route as one list of points."""
    name = _text(element, "name") or label
    holders = _children(element, "trkseg") if point_tag == "trkpt" else [element]
    points: list[GpxPoint] = []
    for holder in holders:
        for pt in _children(holder, point_tag):
            where = f"point {len(points) + 1} of {label} '{name}'"
            lon, lat = _lonlat(pt, path, where)
            points.append((lon, lat, _time(pt)))
    return GpxTrack(name, points)


def read_gpx(path: str | Path) -> GpxData:
    """Tracks (segments joined in order), routes and waypoints (in file order) of a GPX file."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise GpxError(f"{path.name} cannot be opened: {exc.strerror or exc}.") from None
    except ET.ParseError as exc:
        raise GpxError(
            f"{path.name} is not a GPX file: it is not readable XML ({exc}). Choose the .gpx "
            "file exported from the GPS unit."
        ) from None
    if _local(root.tag) != "gpx":
        raise GpxError(
            f"{path.name} is not a GPX file: it holds <{_local(root.tag)}> instead of <gpx>. "
            "Choose the .gpx file exported from the GPS unit."
        )
    data = GpxData()
    for i, trk in enumerate(_children(root, "trk"), start=1):
        data.tracks.append(_line(trk, "trkpt", path, f"track {i}"))
    for i, rte in enumerate(_children(root, "rte"), start=1):
        data.routes.append(_line(rte, "rtept", path, f"route {i}"))
    for i, wpt in enumerate(_children(root, "wpt"), start=1):
        lon, lat = _lonlat(wpt, path, f"waypoint {i}")
        data.waypoints.append((_text(wpt, "name") or f"{i}", lon, lat, _time(wpt)))
    data.tracks = [t for t in data.tracks if t.points]
    data.routes = [r for r in data.routes if r.points]
    if not (data.tracks or data.routes or data.waypoints):
        raise GpxError(
            f"{path.name} has no track points or waypoints. Check on the GPS unit that the "
            "track was saved, and export it again."
        )
    return data


def points_in_walk_order(
    data: GpxData, source: str = "track", index: int = 0
) -> list[tuple[float, float]]:
    """(lon, lat) of a track, route or all waypoints, in the order walked.

    Repeated positions in a row (a GPS standing still) are kept once; at least three
    different positions are needed to enclose a plot.
    """
    if source == "waypoints":
        raw = [(lon, lat) for _, lon, lat, _ in data.waypoints]
        what = "the waypoints"
    elif source in ("track", "route"):
        lines = data.tracks if source == "track" else data.routes
        if not 0 <= index < len(lines):
            raise GpxError(f"The file has {len(lines)} {source}(s); there is no {source} "
                           f"number {index + 1}. Choose another {source}.")
        raw = [(lon, lat) for lon, lat, _ in lines[index].points]
        what = f"{source} '{lines[index].name}'"
    else:
        raise ValueError(f"source must be 'track', 'route' or 'waypoints', not {source!r}")
    points: list[tuple[float, float]] = []
    for p in raw:
        if not points or p != points[-1]:
            points.append(p)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()  # a walk that returned to its start: the polygon closes itself
    if len(set(points)) < 3:
        raise GpxError(
            f"{what[0].upper()}{what[1:]} has {len(set(points))} different position(s); a "
            "plot needs at least 3. Choose another track, or use the waypoints."
        )
    return points
