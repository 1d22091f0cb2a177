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
from metkasekor_desktop.domain.messages import Message, msg

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


def _lonlat(element: ET.Element, path: Path, where: Message) -> tuple[float, float]:
    try:
        lon, lat = float(element.attrib["lon"]), float(element.attrib["lat"])
    except (KeyError, ValueError):
        raise GpxError(msg(
            "{name}: {where} has no valid lat/lon. The file may be damaged; export "
            "it again from the GPS unit.", name=path.name, where=where,
        )) from None
    if not (math.isfinite(lon) and math.isfinite(lat) and abs(lon) <= 180 and abs(lat) <= 90):
        raise GpxError(msg(
            "{name}: {where} has the impossible position lat={lat}, lon={lon}. The file "
            "may be damaged; export it again from the GPS unit.",
            name=path.name, where=where, lat=lat, lon=lon,
        ))
    return lon, lat


def _line(element: ET.Element, point_tag: str, path: Path, label: Message) -> GpxTrack:
    """A track (its segments in order) or a route as one list of points."""
    name = _text(element, "name") or label
    holders = _children(element, "trkseg") if point_tag == "trkpt" else [element]
    points: list[GpxPoint] = []
    for holder in holders:
        for pt in _children(holder, point_tag):
            where = msg("point {number} of {line} '{name}'", number=len(points) + 1,
                        line=label, name=name)
            lon, lat = _lonlat(pt, path, where)
            points.append((lon, lat, _time(pt)))
    return GpxTrack(name, points)


def read_gpx(path: str | Path) -> GpxData:
    """Tracks (segments joined in order), routes and waypoints (in file order) of a GPX file."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise GpxError(msg("{name} cannot be opened: {error}.", name=path.name,
                           error=str(exc.strerror or exc))) from None
    except ET.ParseError as exc:
        raise GpxError(msg(
            "{name} is not a GPX file: it is not readable XML ({error}). Choose the .gpx "
            "file exported from the GPS unit.", name=path.name, error=str(exc),
        )) from None
    if _local(root.tag) != "gpx":
        raise GpxError(msg(
            "{name} is not a GPX file: it holds <{element}> instead of <gpx>. "
            "Choose the .gpx file exported from the GPS unit.",
            name=path.name, element=_local(root.tag),
        ))
    data = GpxData()
    for i, trk in enumerate(_children(root, "trk"), start=1):
        data.tracks.append(_line(trk, "trkpt", path, msg("track {number}", number=i)))
    for i, rte in enumerate(_children(root, "rte"), start=1):
        data.routes.append(_line(rte, "rtept", path, msg("route {number}", number=i)))
    for i, wpt in enumerate(_children(root, "wpt"), start=1):
        lon, lat = _lonlat(wpt, path, msg("waypoint {number}", number=i))
        data.waypoints.append((_text(wpt, "name") or f"{i}", lon, lat, _time(wpt)))
    data.tracks = [t for t in data.tracks if t.points]
    data.routes = [r for r in data.routes if r.points]
    if not (data.tracks or data.routes or data.waypoints):
        raise GpxError(msg(
            "{name} has no track points or waypoints. Check on the GPS unit that the "
            "track was saved, and export it again.", name=path.name,
        ))
    return data


def points_in_walk_order(
    data: GpxData, source: str = "track", index: int = 0
) -> list[tuple[float, float]]:
    """(lon, lat) of a track, route or all waypoints, in the order walked.

    Repeated positions in a row (a GPS standing still) are kept once; at least three
    different positions are needed to enclose a plot.
    """
    name = ""
    if source == "waypoints":
        raw = [(lon, lat) for _, lon, lat, _ in data.waypoints]
    elif source in ("track", "route"):
        lines = data.tracks if source == "track" else data.routes
        if not 0 <= index < len(lines):
            if source == "track":
                raise GpxError(msg("The file has {count} track(s); there is no track "
                                   "number {number}. Choose another track.",
                                   count=len(lines), number=index + 1))
            raise GpxError(msg("The file has {count} route(s); there is no route "
                               "number {number}. Choose another route.",
                               count=len(lines), number=index + 1))
        raw = [(lon, lat) for lon, lat, _ in lines[index].points]
        name = lines[index].name
    else:
        raise ValueError(msg("source must be 'track', 'route' or 'waypoints', not {source!r}",
                             source=source))
    points: list[tuple[float, float]] = []
    for p in raw:
        if not points or p != points[-1]:
            points.append(p)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()  # a walk that returned to its start: the polygon closes itself
    if len(set(points)) < 3:
        count = len(set(points))
        if source == "waypoints":
            raise GpxError(msg(
                "The waypoints has {count} different position(s); a "
                "plot needs at least 3. Choose another track, or use the waypoints.",
                count=count))
        if source == "track":
            raise GpxError(msg(
                "Track '{name}' has {count} different position(s); a "
                "plot needs at least 3. Choose another track, or use the waypoints.",
                name=name, count=count))
        raise GpxError(msg(
            "Route '{name}' has {count} different position(s); a "
            "plot needs at least 3. Choose another track, or use the waypoints.",
            name=name, count=count))
    return points
