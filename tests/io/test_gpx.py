"""GPX files from GPS units: tracks in the order walked, waypoints, clear refusals."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.io.gpx import GpxError, points_in_walk_order, read_gpx

GPX11 = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="12.80" lon="102.90"><name>ចំណុច ១</name><time>2024-01-05T07:00:00Z</time></wpt>
  <wpt lat="12.80" lon="102.91"><name>B</name></wpt>
  <wpt lat="12.81" lon="102.91"><name>C</name></wpt>
  <trk><name>Boundary of Sok's plot</name>
    <trkseg>
      <trkpt lat="12.800" lon="102.900"><time>2024-01-05T07:12:33Z</time></trkpt>
      <trkpt lat="12.800" lon="102.901"><time>2024-01-05T07:13:00Z</time></trkpt>
      <trkpt lat="12.800" lon="102.901"><time>2024-01-05T07:13:05Z</time></trkpt>
    </trkseg>
    <trkseg>
      <trkpt lat="12.801" lon="102.901"><time>not a time</time></trkpt>
      <trkpt lat="12.801" lon="102.900"/>
      <trkpt lat="12.800" lon="102.900"/>
    </trkseg>
  </trk>
</gpx>
"""

GPX10 = """<?xml version="1.0"?>
<gpx version="1.0" creator="old unit" xmlns="http://www.topografix.com/GPX/1/0">
  <trk><trkseg>
    <trkpt lat="11.5" lon="104.9"/><trkpt lat="11.5" lon="104.91"/><trkpt lat="11.51" lon="104.91"/>
  </trkseg></trk>
  <rte><name>R</name><rtept lat="11.5" lon="104.9"/><rtept lat="11.6" lon="104.9"/></rte>
</gpx>
"""


def write(tmp_path: Path, text: str, name: str = "walk.gpx") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_gpx_1_1_track_joins_its_segments_in_order(tmp_path: Path) -> None:
    data = read_gpx(write(tmp_path, GPX11))
    (track,) = data.tracks
    assert track.name == "Boundary of Sok's plot"
    assert [(lon, lat) for lon, lat, _ in track.points] == [
        (102.900, 12.800), (102.901, 12.800), (102.901, 12.800),
        (102.901, 12.801), (102.900, 12.801), (102.900, 12.800),
    ]
    assert track.points[0][2] == datetime(2024, 1, 5, 7, 12, 33, tzinfo=UTC)
    assert track.points[3][2] is None  # an unreadable time is no time, not an error


def test_waypoints_keep_file_order_names_and_times(tmp_path: Path) -> None:
    data = read_gpx(write(tmp_path, GPX11))
    assert [(name, lon, lat) for name, lon, lat, _ in data.waypoints] == [
        ("ចំណុច ១", 102.90, 12.80), ("B", 102.91, 12.80), ("C", 102.91, 12.81),
    ]
    assert data.waypoints[0][3] == datetime(2024, 1, 5, 7, 0, tzinfo=UTC)


def test_walk_order_drops_repeats_and_the_return_to_the_start(tmp_path: Path) -> None:
    data = read_gpx(write(tmp_path, GPX11))
    assert points_in_walk_order(data) == [
        (102.900, 12.800), (102.901, 12.800), (102.901, 12.801), (102.900, 12.801),
    ]
    assert points_in_walk_order(data, source="waypoints") == [
        (102.90, 12.80), (102.91, 12.80), (102.91, 12.81),
    ]


def test_gpx_1_0_and_routes_are_read(tmp_path: Path) -> None:
    data = read_gpx(write(tmp_path, GPX10))
    assert len(data.tracks[0].points) == 3
    assert data.tracks[0].name == "track 1"
    assert [(lon, lat) for lon, lat, _ in data.routes[0].points] == [(104.9, 11.5), (104.9, 11.6)]


def test_a_file_without_namespace_is_read(tmp_path: Path) -> None:
    text = GPX10.replace(' xmlns="http://www.topografix.com/GPX/1/0"', "")
    assert len(read_gpx(write(tmp_path, text)).tracks[0].points) == 3


def test_a_route_with_two_points_cannot_make_a_plot(tmp_path: Path) -> None:
    data = read_gpx(write(tmp_path, GPX10))
    with pytest.raises(GpxError, match="2 different position"):
        points_in_walk_order(data, source="route")


def test_asking_for_a_missing_track_says_how_many_there_are(tmp_path: Path) -> None:
    data = read_gpx(write(tmp_path, GPX10))
    with pytest.raises(GpxError, match="has 1 track"):
        points_in_walk_order(data, index=3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("this is not xml", "not a GPX file"),
        ("<kml><Placemark/></kml>", "holds <kml>"),
        ('<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg/></trk></gpx>',
         "no track points or waypoints"),
        ('<gpx><trk><trkseg><trkpt lat="x" lon="104"/></trkseg></trk></gpx>',
         "point 1 of track 1 'track 1' has no valid lat/lon"),
        ('<gpx><wpt lat="95" lon="104"/></gpx>', "impossible position"),
    ],
)
def test_bad_files_are_refused_with_the_file_name(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(GpxError) as info:
        read_gpx(write(tmp_path, text, "field.gpx"))
    assert message in str(info.value)
    assert "field.gpx" in str(info.value)
    assert isinstance(info.value, DomainError)


def test_a_missing_file_is_a_gpx_error(tmp_path: Path) -> None:
    with pytest.raises(GpxError, match="cannot be opened"):
        read_gpx(tmp_path / "gone.gpx")
