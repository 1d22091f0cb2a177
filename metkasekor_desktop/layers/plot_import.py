"""One import of plots from a file, step by step: the state behind the wizard and the CLI.

open the file -> choose a layer (and an encoding) -> read -> settle the coordinate system
-> map columns to plot fields -> review every feature -> write the accepted ones in one
transaction. Each step can be repeated (another layer, another CRS, another mapping)
and nothing touches the project until :meth:`PlotImport.commit`. The source file is
never written; a zip or KMZ is read from a temporary copy that :meth:`close` removes.
"""

from __future__ import annotations

import gc
import logging
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.import_mapping import (
    MappedColumns,
    clean_prefix,
    code_width,
    generated_code,
    guess_mapping,
    map_columns,
)
from metkasekor_desktop.domain.import_review import (
    FeatureIssue,
    ImportReview,
    IssueKind,
    ReviewOptions,
    review_features,
)
from metkasekor_desktop.domain.messages import as_message, joined, msg
from metkasekor_desktop.domain.plot import utc_now
from metkasekor_desktop.io.source_crs import (
    CrsChoice,
    ReprojectNote,
    bounds_of,
    crs_label,
    guess_crs,
    swapped_lonlat,
    to_wgs84,
)
from metkasekor_desktop.io.source_features import SourceError, SourceFeatures, SourceInfo
from metkasekor_desktop.io.text_encoding import looks_like_limon
from metkasekor_desktop.io.vector_source import open_source, read_layer
from metkasekor_desktop.storage.plot_import import (
    BULK_PLOTS,
    ImportColumns,
    ImportWritten,
    write_import_columns,
)

if TYPE_CHECKING:
    from metkasekor_desktop.storage import Transaction
    from metkasekor_desktop.storage.plot_table import PlotTable
    from metkasekor_desktop.storage.project import Project

Progress = Callable[[int, int], None]
EARTH_TOLERANCE = 1e-9  # degrees: rounding in a partner's GIS, not a place off the Earth
_log = logging.getLogger(__name__)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while 100,000 features become objects.

    Each full collection walks every object alive, the features already made included;
    a province file made a third of its review and write time that way. The objects
    made here hold no reference cycles, so nothing is left for the collector to find.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


class ImportError_(DomainError):  # noqa: N801 - "ImportError" is Python's own
    """The import cannot go on; the message says what to do."""


@dataclass
class CrsState:
    """Where the coordinates come from: the file's CRS, or the user's choice."""

    source: str | int | None  # WKT or EPSG; None = the file has none and none is chosen
    from_file: bool
    guesses: list[CrsChoice] = field(default_factory=list)
    swapped_suspected: bool = False
    swap_xy: bool = False

    @property
    def label(self) -> str:
        if self.source is None:
            return msg("unknown")
        return crs_label(self.source)


@dataclass
class ImportResult:
    """What :meth:`PlotImport.commit` stored, and what it left out."""

    written: ImportWritten
    refused: int
    lines: list[str]


class PlotImport:
    """The state of one import; see the module docstring for the order of the steps."""

    def __init__(self, project: Project, path: str | Path,
                 existing: PlotTable | None = None, member: str | None = None) -> None:
        """``existing``: the project's plots as the map already holds them, so that the
        review does not read a province's plots a second time. ``member``: the GIS file
        to read from a zip that holds several."""
        self.project = project
        with _no_raw_warnings():
            self.info: SourceInfo = open_source(path, member)
        self.features: SourceFeatures | None = None
        self.crs: CrsState | None = None
        self.mapping: dict[str, str | None] = {}
        self.code_prefix = _prefix_from(Path(path))
        self.options = ReviewOptions()
        self.file_consent = False  # the user accepted the missing records of a damaged file
        self.review: ImportReview | None = None
        # Each feature's plot fields, as columns; ``mapped[i]`` is feature i's MappedFeature.
        self.mapped: MappedColumns | list = []
        self.bulk_from = BULK_PLOTS  # from this many accepted plots, written from columns
        self.wgs84: np.ndarray | None = None
        self.reproject_note: ReprojectNote | None = None
        self.text_warnings: list[str] = []
        self.group: str | None = None  # the column that joined the points of a CSV
        self._point_columns: tuple[list[str], str | None] | None = None
        self._points_read = False
        self._existing_codes: np.ndarray | None = None if existing is None else existing.codes
        self._existing_geoms: np.ndarray | None = (None if existing is None
                                                   else existing.geometries)

    # -- the file ------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.info.path

    @property
    def file_warnings(self) -> list[str]:
        """Problems of the file that allow an import (with consent where records are lost)."""
        return [as_message(p.message) for p in self.info.check.problems if not p.fatal]

    @property
    def needs_consent(self) -> bool:
        return self.info.check.needs_consent

    def close(self) -> None:
        self.info.close()

    def __enter__(self) -> PlotImport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------
    def read(self, layer: str | None = None, encoding: str | None = None,
             progress: Progress | None = None, group: str | None = None) -> SourceFeatures:
        """Read a layer (when None, the first that holds polygons); raises SourceError
        (``needs_encoding`` set when the text cannot be decoded without the user's choice
        of encoding). ``group``: the column whose value joins the points of a CSV of
        longitude/latitude rows into plots."""
        if layer is None:
            layer = self.first_polygon_layer()
        with _gc_paused(), _no_raw_warnings():
            self.features = read_layer(self.info, layer, encoding=encoding, progress=progress,
                                       group=group)
            self.group = group if group is not None else self.guessed_group()
            self._settle_crs()
            self.mapping = guess_mapping(self.features.columns, self.features.values)
            self.text_warnings = self._limon_warnings()
        self.review = None
        return self.features

    def point_columns(self) -> list[str] | None:
        """For a CSV of one longitude/latitude point per row: the columns that can say
        which plot each point belongs to (the choice of ``--map code=COLUMN``); None for
        every other file, whose rows or features are plots already."""
        points = self._points()
        return None if points is None else list(points[0])

    def guessed_group(self) -> str | None:
        """The column of a point CSV named like a plot code, which joins its points when
        the user chooses none; None when no column is (the rows are then not joined)."""
        points = self._points()
        return None if points is None else points[1]

    def _points(self) -> tuple[list[str], str | None] | None:
        if self.info.kind != "csv":
            return None
        if not self._points_read:
            from metkasekor_desktop.io.walked_sources import _csv_columns, _form_table, _groups

            table = _form_table(self.path)
            if table.kind == "lonlat":
                self._point_columns = (_csv_columns(table), _groups(table)[0])
            self._points_read = True
        return self._point_columns

    def first_polygon_layer(self) -> str:
        """The layer to read when none is chosen: the first that holds polygons (a KML's
        first folder is often empty or holds only pins), else the first with features."""
        layers = self.info.layers
        if not layers:
            raise SourceError(msg("{name} holds no layer with shapes to import.",
                                  name=self.path.name))
        for layer in layers:
            if layer.feature_count != 0 and _polygonal(layer.geometry_type):
                return layer.name
        for layer in layers:
            if layer.feature_count != 0:
                return layer.name
        names = ", ".join(f"'{x.name}'" for x in layers if x.name)
        raise SourceError(msg("Every layer of {name} is empty ({layers}): there are no plot "
                              "boundaries in it.", name=self.path.name, layers=names))

    def _limon_warnings(self) -> list[str]:
        assert self.features is not None
        out = []
        for column in self.features.columns:
            values = self.features.values[column]
            texts = list(islice((v for v in values if isinstance(v, str) and v), 2000))
            if texts and looks_like_limon(texts):
                out.append(msg(
                    "Column '{column}' looks like legacy Khmer (Limon font) text, e.g. "
                    "'{example}': it shows as Khmer only in that font. Convert it to Unicode "
                    "Khmer before the import, or correct the values afterwards.",
                    column=column, example=texts[0][:30]))
        return out

    def _settle_crs(self) -> None:
        features = self._need_features()
        bounds = bounds_of(features.geometries)
        guesses = guess_crs(bounds) if bounds is not None else []
        swapped = bool(bounds is not None and swapped_lonlat(bounds))
        if swapped and not guesses and bounds is not None:
            # Latitude, longitude in the wrong order: offer what fits once swapped, so
            # that confirming the swap is all the officer has to do.
            minx, miny, maxx, maxy = bounds
            guesses = [CrsChoice(g.epsg, g.label,
                                 msg("{reason} (once latitude and longitude are swapped)",
                                     reason=g.reason))
                       for g in guess_crs((miny, minx, maxy, maxx))]
        if features.crs_wkt is not None:
            source: str | int | None = features.crs_epsg or features.crs_wkt
            self.crs = CrsState(source, True, guesses)
        else:
            self.crs = CrsState(guesses[0].epsg if guesses else None, False, guesses)
        self.crs.swapped_suspected = swapped

    def set_crs(self, source: str | int | None, swap_xy: bool = False) -> None:
        """The user's choice of coordinate system (and of swapping x and y)."""
        if self.crs is None:
            raise ImportError_(msg("Read a layer before choosing its coordinate system."))
        if source is not None:
            crs_label(source)  # raises SourceCrsError for a CRS PROJ does not know
        self.crs.source = source
        self.crs.swap_xy = swap_xy
        self.review = None

    def set_mapping(self, mapping: Mapping[str, str | None]) -> None:
        self.mapping = dict(mapping)
        self.review = None

    def _need_features(self) -> SourceFeatures:
        if self.features is None:
            raise ImportError_(msg("Read a layer of the file first."))
        return self.features

    # -- review --------------------------------------------------------------------------
    @property
    def existing_geometries(self) -> np.ndarray:
        """Shapes of the project's plots (WGS 84), for a preview map."""
        return self._existing()[1]

    def _existing(self) -> tuple[np.ndarray, np.ndarray]:
        """Codes and shapes of the project's plots (read once per import)."""
        if self._existing_codes is None or self._existing_geoms is None:
            table = self.project.plots.load_table()
            self._existing_codes = table.codes
            self._existing_geoms = table.geometries
        return self._existing_codes, self._existing_geoms

    def run_review(self) -> ImportReview:
        """Reproject, map and check every feature; nothing is written."""
        with _gc_paused(), _no_raw_warnings():
            return self._run_review()

    def _run_review(self) -> ImportReview:
        features = self._need_features()
        assert self.crs is not None
        if self.crs.source is None:
            raise ImportError_(msg(
                "{name} does not say which coordinate system its coordinates are in, and "
                "they fit none that is used in Cambodia. Choose the coordinate system (ask "
                "the sender), or add a .prj file next to the Shapefile.", name=self.path.name))
        self.wgs84, self.reproject_note = to_wgs84(features.geometries, self.crs.source,
                                                   swap_xy=self.crs.swap_xy)
        self.mapped = mapped = map_columns(features.columns, features.values, self.mapping,
                                           len(features), code_prefix=self.code_prefix,
                                           numbers=features.numbers)
        codes, geoms = self._existing()
        review = review_features(
            self.wgs84, mapped.codes, features.numbers,
            had_z=features.had_z, had_m=features.had_m, was_curve=features.was_curve,
            read_notes=features.notes, existing_codes={str(c) for c in codes},
            existing_geometries=geoms, existing_names=[str(c) for c in codes],
        )
        off_earth = set(_off_earth(self.wgs84).tolist())
        # Only the features with something to say: a province has none, or a handful.
        for i in sorted(set(mapped.problems) | off_earth):
            label = review.label(i)
            for problem in mapped.problems.get(i, ()):
                review.add_issue(i, FeatureIssue(
                    IssueKind.BAD_VALUE, msg("{feature}: {problem}", feature=label,
                                             problem=problem), None, True))
            if i in off_earth:  # "import outside Cambodia" must not store these
                review.add_issue(i, FeatureIssue(
                    IssueKind.OUTSIDE_CAMBODIA, msg(
                        "{feature}: its coordinates are not longitude and latitude on Earth "
                        "(beyond 180 degrees east or west, or 90 north or south). Choose the "
                        "coordinate system of the file, or swap latitude and longitude.",
                        feature=label), None, True))
        self.review = review
        return review

    def report_lines(self) -> list[str]:
        """The whole report: file, coordinates, text, then every feature."""
        review = self.review or self.run_review()
        lines: list[str] = [
            msg("File: {name}, layer {layer}", name=self.path.name, layer=self.features.layer)
            if self.features and self.features.layer
            else msg("File: {name}", name=self.path.name)]
        lines += [msg("File problem: {problem}", problem=w) for w in self.file_warnings]
        if self.crs is not None:
            lines.append(_crs_line(self.crs))
        if self.crs is not None and self.crs.swapped_suspected and not self.crs.swap_xy:
            lines.append(msg(
                "The coordinates look like latitude and longitude in the wrong order (x fits "
                "Cambodia's latitudes, y its longitudes): choose to swap them if the plots "
                "land outside Cambodia."))
        if self.reproject_note is not None:
            lines.append(self.reproject_note.message)
        lines += self.text_warnings
        lines += review.lines(self.options)
        made = self.generated_codes() if self.options.generate_codes else {}
        if made:
            shown = [msg("feature {number}: {code}", number=review.numbers[i], code=code)
                     for i, code in list(made.items())[:5]]
            if len(made) > 5:
                lines.append(msg("Codes made for {count} feature(s) without one: {codes} and "
                                 "{more} more.", count=len(made), codes=shown,
                                 more=len(made) - 5))
            else:
                lines.append(msg("Codes made for {count} feature(s) without one: {codes}.",
                                 count=len(made), codes=shown))
        return lines

    def generated_codes(self) -> dict[int, str]:
        """Codes for the features whose code cell is empty, by feature index.

        Made from :attr:`code_prefix` and the feature number, skipping every code of the
        project and of the file; used only when ``options.generate_codes`` is set.
        """
        review = self.review or self.run_review()
        missing = [i for i, issues in enumerate(review.issues) if issues
                   and review.codes[i] is None
                   and any(issue.resolved_by == "generate_codes" for issue in issues)]
        if not missing:
            return {}
        codes, _geoms = self._existing()
        taken = {str(c) for c in codes} | {c for c in review.codes if c}
        width = code_width(review.numbers)
        out: dict[int, str] = {}
        for i in missing:
            out[i] = generated_code(self.code_prefix, review.numbers[i], taken, width)
            taken.add(out[i])
        return out

    # -- writing -------------------------------------------------------------------------
    def commit(self, conn: Transaction | None = None) -> ImportResult:
        """Write the accepted features in one transaction (``conn``'s when given);
        nothing when none is accepted."""
        with _gc_paused(), _no_raw_warnings():
            return self._commit(conn)

    def _commit(self, conn: Transaction | None) -> ImportResult:
        review = self.review or self.run_review()
        if self.needs_consent and not self.file_consent:
            raise ImportError_(msg(
                "{name} is damaged and records would be lost: {problems}. Import only if "
                "you accept that, or ask the sender for a complete file.",
                name=self.path.name,
                problems=joined([as_message(p.message) for p in self.info.check.problems
                                 if p.missing_count], "; ")))
        index = np.flatnonzero(review.accepted_mask(self.options))
        if not len(index):
            raise ImportError_(msg(
                "None of the {count} features of {name} can be imported; the report says "
                "why for each.", count=len(review), name=self.path.name))
        columns = self._columns(review, index)
        lines = self.report_lines()  # as reviewed: the project changes below
        written = write_import_columns(self.project, columns, conn=conn,
                                       bulk_from=self.bulk_from)
        # The project now holds these plots: a second commit must be reviewed against it.
        self._existing_codes = None
        self._existing_geoms = None
        self.review = None
        return ImportResult(written, len(review) - len(index), lines)

    def _columns(self, review: ImportReview, index: np.ndarray) -> ImportColumns:
        """The accepted features (at ``index``) as the columns the project stores."""
        mapped = self.mapped
        assert isinstance(mapped, MappedColumns)
        rows = index.tolist()
        every = len(rows) == len(review)

        def pick(column: list) -> list:
            return column if every else [column[i] for i in rows]

        made = self.generated_codes() if self.options.generate_codes else {}
        codes = pick(review.codes)
        if made or not all(codes):
            codes = [review.codes[i] or made.get(i) or mapped.codes[i] for i in rows]
        return ImportColumns(
            codes=codes, geometries=review.shapes_for(self.options, index),
            names=pick(mapped.names), farmer_names=pick(mapped.farmers),
            village_codes=pick(mapped.village_codes), roles=pick(mapped.roles),
            soil_types=pick(mapped.soil_types), notes=pick(mapped.notes),
            farmer_latin=pick(mapped.farmer_latins),
            areas_ha=review.areas_ha[index],  # of the shapes stored, in UTM 48N
            extra_names=mapped.extra_names,
            extra_values=[pick(col) for col in mapped.extra_values],
            created_at=utc_now(),  # one time stamp for the whole import
            shapes_checked=True)  # the review made every shape a valid MultiPolygon


def _crs_line(crs: CrsState) -> str:
    """The report's line on the coordinate system: which, where from, swapped or not."""
    if crs.from_file and crs.swap_xy:
        return msg("Coordinate system: {crs}, from the file, latitude and longitude swapped",
                   crs=crs.label)
    if crs.from_file:
        return msg("Coordinate system: {crs}, from the file", crs=crs.label)
    if crs.swap_xy:
        return msg("Coordinate system: {crs}, chosen (the file has none), latitude and "
                   "longitude swapped", crs=crs.label)
    return msg("Coordinate system: {crs}, chosen (the file has none)", crs=crs.label)


def _polygonal(geometry_type: str) -> bool:
    kind = geometry_type.lower()
    return "polygon" in kind or "surface" in kind or kind in ("unknown", "geometry")


@contextmanager
def _no_raw_warnings() -> Iterator[None]:
    """No Python warning of a library (shapely, numpy, pyproj, pyogrio) reaches the
    officer's console during an import: what matters is in the report already."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for item in caught:
        _log.debug("import: %s: %s", item.category.__name__, item.message)


def _off_earth(wgs84: np.ndarray) -> np.ndarray:
    """Indices of shapes with coordinates beyond +-180 degrees longitude or +-90 latitude."""
    import shapely

    with np.errstate(invalid="ignore"):
        b = shapely.bounds(np.asarray(wgs84, dtype=object))
        e = EARTH_TOLERANCE  # 180.00000000000006 is 180 in floating point
        off = (b[:, 0] < -180 - e) | (b[:, 2] > 180 + e) | (b[:, 1] < -90 - e) | (
            b[:, 3] > 90 + e)
    return np.flatnonzero(off)


def _prefix_from(path: Path) -> str:
    """A code prefix from the file name: "BTB plots 2024.shp" -> "BTB-PLOTS-2024"."""
    return clean_prefix(path.stem)[:16].strip("-") or "IMP"
