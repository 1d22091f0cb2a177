"""The batch commands on one project: ``demo``, ``export``, ``render`` and ``stats``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from metkasekor_desktop.app.messages import (
    CommandError,
    _name,
    _stem,
    unknown_season,
    warning_line,
)
from metkasekor_desktop.app.register_commands import cmd_export_project
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.message_words import say


def cmd_demo(args: argparse.Namespace) -> int:
    from metkasekor_desktop.domain.demo import build_demo
    from metkasekor_desktop.io.geotiff import write_geotiff
    from metkasekor_desktop.storage.dataset_writer import write_dataset

    out: Path = args.out
    if out.suffix.lower() != ".gpkg":
        raise CommandError(msg("{file}: a project file must end in .gpkg", file=out))
    if args.plots < 1:
        raise CommandError(msg("--plots must be at least 1"))
    if args.plots > 1_000_000:
        raise CommandError(msg("--plots can be at most 1000000"))
    dem_path = out.with_name(f"{out.stem}-elevation.tif")
    if out.exists() and not args.force:
        raise CommandError(msg("{file} exists already; choose another name or add --force",
                               file=out))
    out.parent.mkdir(parents=True, exist_ok=True)
    dataset = build_demo(n_plots=args.plots, seed=args.seed)
    part = out.with_name(out.name + ".part")
    for leftover in (part, Path(str(part) + "-wal"), Path(str(part) + "-shm")):
        leftover.unlink(missing_ok=True)
    write_dataset(part, dataset)
    from metkasekor_desktop.layers.qgis_styles import ensure_qgis_style
    from metkasekor_desktop.storage import Project

    with Project.open(part) as project:
        ensure_qgis_style(project)
    if out.exists():
        out.unlink()
    part.replace(out)
    dem = dataset.dem
    write_geotiff(dem_path, dem.array, dem.transform, dem.epsg, nodata=dem.nodata)
    print(say(msg("{file}: {plots} plots, {farmers} farmers; elevation {elevation}",
                  file=out, plots=len(dataset.plots), farmers=len(dataset.farmers),
                  elevation=dem_path.name)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from metkasekor_desktop.io.export_formats import export_single
    from metkasekor_desktop.io.partner_package import write_partner_package
    from metkasekor_desktop.layers.plot_export import needs_related, read_export
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.storage.export_data import ExportFilter

    formats = list(dict.fromkeys(args.format or ["shp"]))
    if "project" in formats:
        return cmd_export_project(args, formats)
    package = args.package or len(formats) > 1
    project = Project.open_any(args.project)
    try:
        season_id = None
        if args.season is not None:
            seasons = {s.name: s.id for s in project.seasons.list()}
            season_id = seasons.get(args.season.strip())
            if season_id is None:
                raise CommandError(unknown_season(args.season, _name(args.project),
                                                  list(seasons)))
        if args.district is not None and not (args.district.isdigit()
                                              and len(args.district) == 4):
            raise CommandError(msg("--district {district!r}: use a 4-digit district code, "
                                   "e.g. 0207", district=args.district))
        flt = ExportFilter(district_code=args.district, province_code=args.province,
                           season_id=season_id,
                           practice_key=args.practice, role=args.role)
        data = read_export(project, flt, season_id=season_id,
                           with_related=needs_related(formats, package))
    finally:
        project.close()
    if not len(data.plots):
        raise CommandError(msg("no plots match ({chosen}); nothing written",
                               chosen=data.description))
    out: Path = args.out
    stem = f"{_stem(args.project)}_plots"
    header_say = _header_words(args, formats)
    personal = bool(getattr(args, "personal", False))
    if package:
        target = out if out.suffix.lower() == ".zip" else out / f"{stem}_package.zip"
        written = write_partner_package(target, data.plots, data.related, formats,
                                        epsg=args.crs,
                                        title=say(msg("{project}: {plots}",
                                                      project=_stem(args.project),
                                                      plots=data.description)),
                                        say=say, header_say=header_say,
                                        personal=personal)
    else:
        written = export_single(formats[0], data.plots, data.related, out, stem,
                                epsg=args.crs, header_say=header_say,
                                personal=personal)
    from metkasekor_desktop.io.export_notes import crs_summary, text_changes
    from metkasekor_desktop.io.personal_data import privacy_note

    for fmt in formats:
        for change in text_changes(fmt, [data.plots, *data.related]):
            print(say(warning_line(change.message())), file=sys.stderr)
    print(say(msg("{file}: {count} plots ({chosen}; {crs}). {privacy}", file=written,
                  count=len(data.plots), chosen=data.description,
                  crs=crs_summary(formats, args.crs),
                  privacy=privacy_note(personal, formats))))
    return 0


def _header_words(args: argparse.Namespace,
                  formats: list[str]) -> Callable[[str], str] | None:
    """How the export's CSV and Excel tables say their column headers (``--headers``):
    None for the field names, else the words of that language (whatever the command
    speaks). A warning when no chosen format has such tables."""
    from metkasekor_desktop.app.language import words_in

    chosen = getattr(args, "headers", "names") or "names"
    if chosen == "names":
        return None
    if not {"csv", "xlsx"} & set(formats):
        print(say(warning_line(msg(
            "--headers {headers} words the header rows of CSV and Excel tables only; "
            "the formats chosen ({formats}) keep their field names.",
            headers=chosen, formats=", ".join(formats)))), file=sys.stderr)
    return words_in(chosen)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise CommandError(msg("--size {size!r} is not WIDTHxHEIGHT, e.g. 1920x1080",
                               size=text)) from None
    if not (16 <= width <= 20000 and 16 <= height <= 20000):
        raise CommandError(msg("--size {size}: each side must be 16 to 20000 pixels",
                               size=text))
    return width, height


def cmd_render(args: argparse.Namespace) -> int:
    from metkasekor_desktop.app.report_command import drawing_application
    from metkasekor_desktop.layers.map_export import MapPage, export_map
    from metkasekor_desktop.layers.project_map import load_project_map
    from metkasekor_desktop.layers.viewport import Viewport

    size = _size(args.size)
    drawing_application(args.language)
    built, extent, problems = load_project_map(
        args.project, args.extent, style=args.style, season=args.season,
        raster=args.raster, language="kh" if args.language == "km" else "en")
    for problem in problems:
        print(say(warning_line(problem)), file=sys.stderr)
    viewport = Viewport(0.0, 0.0, 1.0, *size).fitted(extent)
    title = args.title if args.title is not None else _stem(args.project)
    page = MapPage(title=title, size_px=size, page_size=args.page, dpi=96.0)
    out = export_map(built.layers, viewport, built.map_epsg, args.out, page)
    print(say(msg("{file}: {count} plots", file=out, count=len(built.plots.table))))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import csv

    from metkasekor_desktop.analysis.trial_comparisons import (
        CSV_FIELDS,
        compare_trial,
        csv_record,
        trends,
    )
    from metkasekor_desktop.app.stats_report import stats_report
    from metkasekor_desktop.storage import Project

    project = Project.open_any(args.project)
    try:
        trials = project.trials.list()
        seasons = project.seasons.list()
        samples = project.soil_samples.list()
        yields = project.yields.list()
        table = project.plots.load_table()
    finally:
        project.close()
    if args.trial is not None:
        known = [t.name for t in trials]
        trials = [t for t in trials if t.name == args.trial.strip()]
        if not trials:
            raise CommandError(msg("no trial named {trial!r} in {project}; known trials: "
                                   "{known}", trial=args.trial, project=_name(args.project),
                                   known=", ".join(known) or msg("none")))
    if args.season is not None:
        known = [s.name for s in sorted(seasons, key=lambda s: s.sort_key)]
        chosen = [s for s in seasons if s.name == args.season.strip()]
        if not chosen:
            raise CommandError(unknown_season(args.season, _name(args.project), known))
    else:
        chosen = seasons
    areas = {int(i): float(a) for i, a in zip(table.ids, table.areas_ha, strict=True)}
    rows = [r for t in trials for r in compare_trial(t, chosen, samples, yields, areas)]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        writer.writerows(csv_record(r) for r in rows)
        return 0
    trend_rows = [] if args.season is not None else [
        r for t in trials for r in trends(t, seasons, samples)]
    if not rows and not trend_rows:
        print(say(msg("{project}: no trial results to compare", project=_name(args.project))))
        return 0
    sys.stdout.write(stats_report(rows, trend_rows, args.language))
    return 0
