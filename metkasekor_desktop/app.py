"""Start-up and command line: wires storage, io and the UI together.

``metkasekor-desktop [PROJECT]`` opens the window; sub-commands do batch work with no
display: ``demo`` makes a demo project, ``import`` reads plots from a file, ``export`` writes
the plots for partners.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

PROG = "metkasekor-desktop"
MAX_CLASHES_SHOWN = 50  # a publish lists this many clashes, then counts the rest
PROJECT_HELP = "project file (.gpkg), or a shared register's URL postgresql://user@host/dbname"
COMMANDS = ("demo", "import", "export", "publish", "render", "stats", "server")


class CommandError(Exception):
    """A batch command failed; the message is one line for the terminal."""


def project_arg(text: str) -> Path | str:
    """A project argument: a file path, or a shared register's connection URL
    (``postgresql://user@host/dbname``), which stays text."""
    from metkasekor_desktop.storage import is_register_target

    return text.strip() if is_register_target(text) else Path(text)


def _name(target: Path | str) -> str:
    """How messages name a project: its file name, or the register's database."""
    return target.name if isinstance(target, Path) else _register_stem(target)


def _stem(target: Path | str) -> str:
    """The start of file names made from a project (exports, map titles)."""
    return target.stem if isinstance(target, Path) else _register_stem(target)


def _register_stem(url: str) -> str:
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "register"


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="MetKasekor Desktop: plot planning for conservation-agriculture "
        "extension. Without a command it opens the window.",
        epilog=f"Commands: {', '.join(COMMANDS)}. Run '{PROG} COMMAND --help' for each.",
    )
    parser.add_argument("project", nargs="?", type=project_arg,
                        help="project file (.gpkg) or shared register "
                        "(postgresql://user@host/dbname) to open; default: the last one")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    from metkasekor_desktop.io.export_formats import FORMATS
    from metkasekor_desktop.io.import_formats import describe

    parser = argparse.ArgumentParser(prog=PROG)
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="make a demo project",
                          description="Make a deterministic demo project with farmers, plots, "
                          "seasons, plans, trials, soil samples, yields and events, and an "
                          "elevation GeoTIFF beside it (OUT-elevation.tif).")
    demo.add_argument("out", type=Path, help="project file to create (.gpkg)")
    demo.add_argument("--plots", type=int, default=150, help="number of plots (default 150)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument("--force", action="store_true", help="replace an existing file")

    imp = sub.add_parser(
        "import", help="import plots from a GIS file into a project",
        description=f"Import plots from one of: {describe()}; a zip may hold any of them. "
        "Prints the report of every feature; writes the accepted ones in one transaction. "
        "Exits 1 when a feature or the file is refused, unless --skip-refused is given; "
        "with --dry-run nothing is written.")
    imp.add_argument("project", type=project_arg, help=PROJECT_HELP)
    imp.add_argument("file", type=Path, help="the file to import")
    imp.add_argument("--layer", help="layer to read where the file has several (default: the "
                     "first); GPX: tracks, routes or waypoints")
    imp.add_argument("--encoding", help="text encoding of a Shapefile without .cpg, e.g. "
                     "utf-8, cp874, cp1252")
    imp.add_argument("--crs", help="coordinate system of a file without one, e.g. 4326 or "
                           "32648 (also overrides the file's own)")
    imp.add_argument("--swap-xy", action="store_true",
                     help="the file holds latitude, longitude: swap them")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="map a column to a plot field (code, name, farmer, village_code, "
                     "role, notes, soil_type); FIELD= unmaps; repeat for several")
    imp.add_argument("--code-prefix", help="prefix of the codes made when no code column is "
                     "mapped (default: from the file name)")
    imp.add_argument("--repair", action="store_true",
                     help="import invalid shapes as repaired (the report shows the area change)")
    imp.add_argument("--include-outside", action="store_true",
                     help="import features outside Cambodia too")
    imp.add_argument("--accept-missing", action="store_true",
                     help="import a damaged file although records are missing")
    imp.add_argument("--skip-refused", action="store_true",
                     help="write the accepted features and exit 0 although others are refused")
    imp.add_argument("--dry-run", action="store_true", help="print the report, write nothing")

    export = sub.add_parser(
        "export", help="export the plots of a project",
        description="Write the plots of a project, with their register and season data, for "
        "partners. Several --format values make a partner package: one zip with every "
        "format and a README of fields, units and codes.")
    export.add_argument("project", type=project_arg, help=PROJECT_HELP)
    export.add_argument("--format", action="append", choices=(*FORMATS, "project"),
                        help="shp (zipped Shapefile, default), gpkg (plots and every related "
                        "table), geojson, kml, kmz, csv, xlsx; repeat for a partner package; "
                        "project: a complete office project (.gpkg) that MetKasekor opens, "
                        "e.g. one province of the shared register")
    export.add_argument("--out", type=Path, required=True,
                        help="folder to write into, or the file name")
    export.add_argument("--crs", type=int, choices=(4326, 32648), default=4326,
                        help="EPSG code of the export: 4326 (WGS 84) or 32648 (UTM 48N)")
    export.add_argument("--district", help="only plots of this 4-digit district code")
    export.add_argument("--province", help="only plots of this 2-digit province code, "
                        "e.g. 02 (Battambang)")
    export.add_argument("--season", help="season whose plans and yields are joined, and "
                        "only plots with a plan in it, e.g. '2024 early wet'")
    export.add_argument("--practice", help="only plots whose plan has this practice key")
    export.add_argument("--role", choices=("demonstration", "control", "farmer_field"),
                        help="only plots of this role")
    export.add_argument("--package", action="store_true",
                        help="one partner-package zip even for a single format")
    publish = sub.add_parser(
        "publish", help="copy an office project into the shared register",
        description="Copy the plots of an office project with all their records (farmers, "
        "plans, practices, providers, trials, samples, yields, events, extra attributes) "
        "into a shared register. Farmers and plots are matched by their codes (farmers "
        "by their plots, then by name and village); every clash is reported and then "
        "nothing is written.")
    publish.add_argument("project", type=Path, help="the office's project file (.gpkg)")
    publish.add_argument("url", help="the register: postgresql://user@host/dbname")
    publish.add_argument("--province", help="only the plots of this 2-digit province code "
                         "(a provincial officer publishes their own province)")
    publish.add_argument("--dry-run", action="store_true",
                         help="print what would be added and every clash; write nothing")
    render = sub.add_parser("render", help="draw the project's map into a PNG or PDF",
                            description="Draw the project's map, with title, legend, scale bar, "
                            "north arrow and date, into a PNG or PDF file; no display needed.")
    render.add_argument("project", type=project_arg, help=PROJECT_HELP)
    render.add_argument("--out", type=Path, required=True, help="map.png or map.pdf")
    render.add_argument("--size", default="1920x1080",
                        help="PNG size in pixels, WIDTHxHEIGHT (default 1920x1080)")
    render.add_argument("--page", choices=("A4", "A3"), default="A4",
                        help="PDF page size, landscape (default A4)")
    render.add_argument("--style", choices=("practice", "role", "crop", "stage", "area"),
                        help="colour the plots by this (default: the project's saved style)")
    render.add_argument("--season", help="season of a practice or crop style, e.g. "
                        "'2024 main wet' (default: the latest season with plans)")
    render.add_argument("--raster", type=Path, help="a GeoTIFF to show under the plots")
    render.add_argument("--extent", default="all",
                        help="'all' plots (default) or a 4-digit district code, e.g. 0207")
    render.add_argument("--title", help="title of the map (default: the project's name)")
    render.add_argument("--language", choices=("en", "km"), default="en",
                        help="language of the legend (default en)")
    server = sub.add_parser(
        "server", help="set up a shared register on PostgreSQL/PostGIS",
        description="Commands for a shared register (one database for DEAFF and every "
        "PDAFF) on a PostgreSQL server with PostGIS.")
    server_sub = server.add_subparsers(dest="server_command", required=True)
    init = server_sub.add_parser(
        "init", help="create the register in an empty database",
        description="Create the register in an empty database: PostGIS (when the user may "
        "create it), every table with the plots as geometry(MultiPolygon, 4326) and a GiST "
        "index, the row-version triggers and the practice catalogue, in one transaction; "
        "a register in an older format is upgraded. Run again, it changes nothing.")
    init.add_argument("url", help="connection URL, e.g. postgresql://user@host/dbname")
    add_user = server_sub.add_parser(
        "add-user", help="add (or change) a user of the register and its role",
        description="Create the login role NAME on the register's server (or update it) as "
        "a member of one role, enforced by PostgreSQL itself: national (DEAFF) reads and "
        "writes everything; provincial (a PDAFF) reads and writes the plots, and their "
        "records, of its provinces only; viewer reads only. Run again for the same user, "
        "it replaces the role and provinces. No password is set unless --password-prompt "
        "is given (the administrator may set one with ALTER ROLE or use other "
        "authentication).")
    add_user.add_argument("url", help="connection URL of an administrator, e.g. "
                          "postgresql://admin@host/dbname")
    add_user.add_argument("name", help="the database user name to create or update")
    add_user.add_argument("--role", required=True,
                          help="national, provincial or viewer")
    add_user.add_argument("--province", action="append", default=[], metavar="CODE",
                          help="a 2-digit province code of a provincial user, e.g. 02 "
                          "(repeat for several provinces)")
    add_user.add_argument("--password-prompt", action="store_true",
                          help="ask for the user's password (it is sent hashed)")
    demo = server_sub.add_parser(
        "demo", help="start a shared register on this PC, holding the demo data",
        description="Make (the first time) and start a local PostgreSQL server with PostGIS "
        "in FOLDER, holding a register with the demo project published into it, and print "
        "its URL. The server keeps running after the command, for the window and QGIS; "
        "it trusts this PC's connections only: it is for trying the register, not for "
        "sharing one. --stop stops it.")
    demo.add_argument("folder", type=Path, help="the server's folder, e.g. demo/register")
    demo.add_argument("--port", type=int, default=5433,
                      help="TCP port on 127.0.0.1 (default 5433, beside a system "
                      "PostgreSQL's 5432)")
    demo.add_argument("--plots", type=int, default=2000,
                      help="plots of the demo project published the first time")
    demo.add_argument("--stop", action="store_true", help="stop the server")
    users = server_sub.add_parser(
        "users", help="list the users of the register with their role and provinces",
        description="List every user of the register: its role (national, provincial or "
        "viewer) and, for a provincial user, its provinces. Connect as the register's "
        "administrator (the user that ran server init, or a superuser).")
    users.add_argument("url", help="connection URL of an administrator, e.g. "
                       "postgresql://admin@host/dbname")
    remove_user = server_sub.add_parser(
        "remove-user", help="take a user out of the register",
        description="Revoke the user's role and delete its provinces, in one transaction. "
        "The roles are the server's: the user then has no role in any register on that "
        "server. Its login role is dropped too when that is all it is (it owns nothing "
        "and has no other privilege or role on the server); otherwise it is kept, with no "
        "access to the register, and the command says why.")
    remove_user.add_argument("url", help="connection URL of an administrator, e.g. "
                             "postgresql://admin@host/dbname")
    remove_user.add_argument("name", help="the database user name to remove")

    stats = sub.add_parser("stats", help="print the trial comparisons of a project",
                           description="Print CA minus farmer practice per trial, season and "
                           "measure (yield, soil indicators at the top depth): mean difference, "
                           "95% confidence interval, paired t-test p-value, response ratio; "
                           "the block ANOVA of RCBD trials; and soil trends per year.")
    stats.add_argument("project", type=project_arg, help=PROJECT_HELP)
    stats.add_argument("--trial", help="only the trial of this name")
    stats.add_argument("--season", help="only this season, e.g. '2024 early wet'")
    stats.add_argument("--format", choices=("table", "csv"), default="table",
                       help="table: fixed-width text (default); csv: comparisons with a "
                       "header row, for spreadsheets")
    return parser


def _version() -> str:
    from metkasekor_desktop import __version__

    return __version__


def cmd_demo(args: argparse.Namespace) -> int:
    from metkasekor_desktop.domain.demo import build_demo
    from metkasekor_desktop.io.geotiff import write_geotiff
    from metkasekor_desktop.storage.dataset_writer import write_dataset

    out: Path = args.out
    if out.suffix.lower() != ".gpkg":
        raise CommandError(f"{out}: a project file must end in .gpkg")
    if args.plots < 1:
        raise CommandError("--plots must be at least 1")
    if args.plots > 1_000_000:
        raise CommandError("--plots can be at most 1000000")
    dem_path = out.with_name(f"{out.stem}-elevation.tif")
    if out.exists() and not args.force:
        raise CommandError(f"{out} exists already; choose another name or add --force")
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
    print(f"{out}: {len(dataset.plots)} plots, {len(dataset.farmers)} farmers; "
          f"elevation {dem_path.name}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from metkasekor_desktop.domain.errors import DomainError
    from metkasekor_desktop.domain.import_mapping import PLOT_FIELDS
    from metkasekor_desktop.layers.plot_import import PlotImport
    from metkasekor_desktop.storage import Project

    if not args.file.exists():
        raise CommandError(f"{args.file}: no such file")
    project = Project.open_any(args.project)
    try:
        with _open_import(PlotImport, project, args) as job:
            for warning in job.file_warnings:
                print(f"{PROG}: warning: {warning}", file=sys.stderr)
            layers = [layer.name for layer in job.info.layers]
            if args.layer is not None and layers == [""] and len(job.info.check.members) < 2:
                args.layer = None  # a single-layer file: its one layer whatever the name
            if args.layer is not None and args.layer not in layers:
                members = job.info.check.members
                raise CommandError(f"{args.file.name} has no layer {args.layer!r}; its "
                                   f"layers: {', '.join(layers) or 'none'}"
                                   + (f"; the GIS files in it: {', '.join(members)}"
                                      if len(members) > 1 else "")
                                   + ". Give one of them with --layer NAME.")
            group = _group_column(args.map) if job.info.kind == "csv" else None
            try:
                job.read(args.layer, encoding=args.encoding, group=group)
            except DomainError as exc:
                if getattr(exc, "needs_encoding", False):
                    raise CommandError(f"{exc} Give it with --encoding, e.g. --encoding cp874 "
                                       "(Thai/Khmer Windows) or --encoding cp1252.") from None
                raise
            if not job.crs.from_file and not args.crs:
                raise CommandError(_crs_question(args.file.name, job.crs))
            if args.crs or args.swap_xy:
                job.set_crs(_crs_arg(args.crs) if args.crs else job.crs.source,
                            swap_xy=args.swap_xy)
            mapping = dict(job.mapping)
            for item in args.map:
                name, sep, column = item.partition("=")
                if not sep or name.strip() not in PLOT_FIELDS:
                    raise CommandError(f"--map {item!r}: use FIELD=COLUMN with FIELD one of "
                                       f"{', '.join(PLOT_FIELDS)}")
                if column and column not in job.features.columns:
                    raise CommandError(f"--map {item!r}: the layer has no column {column!r}; "
                                       f"its columns: {', '.join(job.features.columns)}")
                mapping[name.strip()] = column or None
            job.set_mapping(mapping)
            if args.code_prefix:
                job.code_prefix = args.code_prefix
            job.options.repair_invalid = args.repair
            job.options.include_outside = args.include_outside
            job.file_consent = args.accept_missing
            review = job.run_review()
            refused = len(review.refused(job.options))
            for line in job.report_lines():
                print(line)
            file_refused = job.needs_consent and not args.accept_missing
            lifting = _lifting_flags(review.refused(job.options), job.options)
            if args.dry_run:
                if lifting and refused:
                    print(f"{PROG}: {lifting}", file=sys.stderr)
                return 1 if (refused or file_refused) and not args.skip_refused else 0
            if file_refused or (refused and not args.skip_refused):
                print(f"{PROG}: nothing imported: {refused} feature(s) refused"
                      + (" and the file is incomplete (--accept-missing)" if file_refused
                         else "")
                      + "; correct the file, or add --skip-refused to import the rest."
                      + (f" {lifting}" if lifting and refused else ""),
                      file=sys.stderr)
                return 1
            result = job.commit()
    finally:
        project.close()
    print(f"{_name(args.project)}: {len(result.written.plot_ids)} plots imported, "
          f"{result.written.new_farmers} new farmers, {result.refused} refused")
    return 0


def _open_import(plot_import, project, args: argparse.Namespace):  # noqa: ANN001, ANN202
    """The import of ``args.file``; ``--layer`` may name one GIS file of a zip."""
    job = plot_import(project, args.file)
    members = job.info.check.members
    layers = [layer.name for layer in job.info.layers]
    wanted = (args.layer or "").strip().lower()
    if wanted and args.layer not in layers and len(members) > 1 and any(
            wanted in (m.lower(), Path(m).name.lower(), Path(m).stem.lower()) for m in members):
        job.close()
        job = plot_import(project, args.file, member=args.layer)
        args.layer = None
    return job


_FLAGS = {"repair_invalid": ("--repair", "invalid shapes, imported repaired"),
          "include_outside": ("--include-outside", "outside Cambodia")}


def _lifting_flags(refused, options) -> str:  # noqa: ANN001 - the review's features
    """Which flags would let refused features in: "--repair lifts 3 (invalid shapes...)"."""
    counts: dict[str, int] = {}
    for feature in refused:
        for issue in feature.blocking_issues(options):
            if issue.resolved_by in _FLAGS:
                counts[issue.resolved_by] = counts.get(issue.resolved_by, 0) + 1
    parts = [f"{_FLAGS[k][0]} for {n} ({_FLAGS[k][1]})" for k, n in counts.items()]
    return ("To import them anyway, add " + "; ".join(parts) + ".") if parts else ""


def _group_column(maps: list[str]) -> str | None:
    """The plot-code column given with --map code=COLUMN: it groups the points of a CSV."""
    for item in maps:
        name, sep, column = item.partition("=")
        if sep and name.strip() == "code" and column:
            return column
    return None


def _crs_question(name: str, crs) -> str:  # noqa: ANN001 - the import's CrsState
    """What the wizard asks on its coordinate-system page, as one message."""
    text = f"{name} does not say which coordinate system its coordinates are in"
    if crs.guesses:
        fits = "; ".join(f"--crs {g.epsg} ({g.label})" for g in crs.guesses)
        text += f". They fit: {fits}. Run again with the one the sender used"
    else:
        text += ", and they fit none used in Cambodia. Ask the sender, then run again with " \
                "--crs EPSG_CODE"
    if crs.swapped_suspected:
        text += ". The numbers look like latitude and longitude in the wrong order: add " \
                "--swap-xy"
    return text + "."


def _crs_arg(text: str) -> str | int:
    text = text.strip()
    if text.upper().startswith("EPSG:"):
        text = text[5:]
    return int(text) if text.isdigit() else text


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
                raise CommandError(f"no season named {args.season!r} in "
                                   f"{_name(args.project)}; known seasons: "
                                   f"{', '.join(seasons) or 'none'}")
        if args.district is not None and not (args.district.isdigit()
                                              and len(args.district) == 4):
            raise CommandError(f"--district {args.district!r}: use a 4-digit district code, "
                               "e.g. 0207")
        flt = ExportFilter(district_code=args.district, province_code=args.province,
                           season_id=season_id,
                           practice_key=args.practice, role=args.role)
        data = read_export(project, flt, season_id=season_id,
                           with_related=needs_related(formats, package))
    finally:
        project.close()
    if not len(data.plots):
        raise CommandError(f"no plots match ({data.description}); nothing written")
    out: Path = args.out
    stem = f"{_stem(args.project)}_plots"
    if package:
        target = out if out.suffix.lower() == ".zip" else out / f"{stem}_package.zip"
        written = write_partner_package(target, data.plots, data.related, formats,
                                        epsg=args.crs,
                                        title=f"{_stem(args.project)}: {data.description}")
    else:
        written = export_single(formats[0], data.plots, data.related, out, stem,
                                epsg=args.crs)
    from metkasekor_desktop.io.export_notes import crs_summary, text_changes

    for fmt in formats:
        for change in text_changes(fmt, [data.plots, *data.related]):
            print(f"{PROG}: warning: {change.message()}", file=sys.stderr)
    print(f"{written}: {len(data.plots)} plots ({data.description}; "
          f"{crs_summary(formats, args.crs)})")
    return 0


def cmd_export_project(args: argparse.Namespace, formats: list[str]) -> int:
    from metkasekor_desktop.layers.register_copy import export_project

    if formats != ["project"] or args.package:
        raise CommandError("--format project makes an office project on its own: give it "
                           "alone, without other formats or --package")
    limits = [f"--{n}" for n in ("district", "season", "practice", "role")
              if getattr(args, n) is not None]
    if limits:
        raise CommandError(f"--format project copies whole provinces: {', '.join(limits)} "
                           "cannot be used with it (use --province)")
    if args.crs != 4326:
        raise CommandError("--format project keeps the register's WGS 84: leave out --crs")
    province = _province(args.province)
    out, report = export_project(args.project, args.out, province=province)
    where = f"province {province}" if province else "every province"
    print(f"{out}: an office project of {where}: {report.counts_text()}")
    return 0


def _province(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip()
    from metkasekor_desktop.domain.codes import normalise_admin_code
    from metkasekor_desktop.domain.errors import ValidationError

    try:
        return normalise_admin_code(code, "province")  # "2" from a spreadsheet is 02
    except ValidationError:
        raise CommandError(f"--province {code!r}: use a 2-digit province code, e.g. 02 "
                           "(Battambang)") from None


def cmd_publish(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.register_copy import publish
    from metkasekor_desktop.storage.errors import NotPermittedError

    province = _province(args.province)
    try:
        report = publish(args.project, args.url, province=province, dry_run=args.dry_run)
    except NotPermittedError as error:
        if province is not None:
            raise
        raise CommandError(f"{error} A provincial officer publishes their own province's "
                           "plots: add --province CODE.") from None
    name, there = args.project.name, "the register"
    if report.clashes:
        shown = report.clashes[:MAX_CLASHES_SHOWN]
        for clash in shown:
            print(f"clash: {clash.message(name, there)}", file=sys.stderr)
        more = len(report.clashes) - len(shown)
        if more > 0:
            print(f"... and {more:,} more clashes", file=sys.stderr)
        raise CommandError(f"{len(report.clashes):,} clashes between {name} and {there}: "
                           "nothing was published. Make the records agree (in the office "
                           "project or in the register), then publish again; --dry-run "
                           "lists them without trying")
    verb = "would add" if args.dry_run else "added"
    print(f"{name} -> {there}: {verb} {report.counts_text()}; already there: "
          f"{report.counts_text('found')}")
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise CommandError(f"--size {text!r} is not WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (16 <= width <= 20000 and 16 <= height <= 20000):
        raise CommandError(f"--size {text}: each side must be 16 to 20000 pixels")
    return width, height


def cmd_render(args: argparse.Namespace) -> int:
    import os

    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ) and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # drawing needs no screen
    from PySide6.QtGui import QGuiApplication

    from metkasekor_desktop.layers.fonts import register_fonts
    from metkasekor_desktop.layers.map_export import MapPage, export_map
    from metkasekor_desktop.layers.project_map import build_project_map, extent_of
    from metkasekor_desktop.layers.viewport import Viewport
    from metkasekor_desktop.storage import Project

    size = _size(args.size)
    app = QGuiApplication.instance() or QGuiApplication([PROG])
    register_fonts()
    if args.language == "km":
        from metkasekor_desktop.ui.language import install_translators

        install_translators(app, "km")
    project = Project.open_any(args.project)
    try:
        built = build_project_map(project, style=args.style, season=args.season,
                                  raster=args.raster,
                                  language="kh" if args.language == "km" else "en")
        extent = extent_of(built.plots, args.extent)
    finally:
        project.close()
    problems = list(built.problems)
    for layer in built.layers:  # a raster with no valid cell: the map would hide it
        if layer.kind == "raster" and hasattr(layer, "problems"):
            problems += layer.problems()
    for problem in problems:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    viewport = Viewport(0.0, 0.0, 1.0, *size).fitted(extent)
    title = args.title if args.title is not None else _stem(args.project)
    page = MapPage(title=title, size_px=size, page_size=args.page, dpi=96.0)
    out = export_map(built.layers, viewport, built.map_epsg, args.out, page)
    print(f"{out}: {len(built.plots.table)} plots")
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.register import initialise

    if args.server_command == "add-user":
        return cmd_server_add_user(args)
    if args.server_command == "demo":
        return cmd_server_demo(args)
    if args.server_command == "users":
        return cmd_server_users(args)
    if args.server_command == "remove-user":
        return cmd_server_remove_user(args)
    outcome, before, name = initialise(args.url)  # server_command is "init"
    from metkasekor_desktop.layers.qgis_styles import ensure_qgis_style
    from metkasekor_desktop.storage import Project

    with Project.connect(args.url) as register:  # QGIS shows the plots as we do
        styled = ensure_qgis_style(register, register=True)
    from metkasekor_desktop.storage.schema import SCHEMA_VERSION

    if outcome == "roles":
        print(f"The register {name} is at format {before}; its user roles were set up "
              f"(add users with: {PROG} server add-user URL NAME --role ROLE).")
    elif outcome == "history":
        print(f"The register {name} is at format {before}; its history of every change "
              "(who, when, before and after) was set up or brought up to date: provincial "
              "users read their own provinces'.")
    elif outcome == "current" and styled:
        print(f"The register {name} is already initialised (format {before}); its plots "
              "got their default QGIS style (layer_styles).")
    elif outcome == "current":
        print(f"The register {name} is already initialised (format {before}); nothing "
              "was changed.")
    elif outcome == "upgraded":
        print(f"The register {name} was upgraded from format {before} to format "
              f"{SCHEMA_VERSION}.")
    else:
        print(f"The register {name} was created (format {SCHEMA_VERSION}). Connect to it "
              f"with: {PROG} {args.url}")
    return 0


def cmd_server_demo(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.register_demo import start_demo_register, stop_demo_register

    if args.stop:
        stopped = stop_demo_register(args.folder, port=args.port)
        print(f"The demo register's server in {args.folder} was "
              f"{'stopped' if stopped else 'not running'}.")
        return 0
    if not 1 <= args.plots <= 100_000:
        raise CommandError("--plots must be between 1 and 100000")
    url, report = start_demo_register(args.folder, port=args.port, plots=args.plots)
    if report is not None:
        print(f"Published the demo project into the register: {report.counts_text()}.")
    print(f"The demo register runs in {args.folder}. Open it with: {PROG} {url}\n"
          f"Stop it with: {PROG} server demo {args.folder} --stop")
    return 0


def cmd_server_add_user(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.register import add_user_to_register
    from metkasekor_desktop.storage.postgis.roles import check_user

    check_user(args.name, args.role, args.province)  # refused before anything is asked
    password = None
    if args.password_prompt:
        import getpass

        password = getpass.getpass(f"Password for {args.name}: ")
        if password != getpass.getpass("Again: "):
            raise CommandError("the two passwords differ; nothing was changed")
    created, name, provinces = add_user_to_register(
        args.url, args.name, args.role, args.province, password)
    where = f" of province{'s' if len(provinces) > 1 else ''} {', '.join(provinces)}" \
        if provinces else ""
    print(f"{'Created' if created else 'Updated'} the user {args.name} of the register "
          f"{name}: {args.role}{where}.")
    return 0


def cmd_server_users(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.users import register_users

    name, users = register_users(args.url)
    if not users:
        print(f"The register {name} has no users yet (add one with: {PROG} server "
              "add-user URL NAME --role ROLE).")
        return 0
    rows = [("User", "Role", "Provinces")] + [
        (u.name + ("" if u.can_login else " (cannot log in)"),
         u.role or "none (no access)",
         ", ".join(u.provinces) or ("all" if u.role in ("national", "viewer") else "none"))
        for u in users]
    widths = [max(len(r[i]) for r in rows) for i in range(2)]
    print(f"Users of the register {name}:")
    for user, role, provinces in rows:
        print(f"{user:<{widths[0]}}  {role:<{widths[1]}}  {provinces}".rstrip())
    return 0


def cmd_server_remove_user(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.users import remove_user_from_register

    name, removal = remove_user_from_register(args.url, args.name)
    was = removal.role or "no role"
    if removal.provinces:
        was += f" of province{'s' if len(removal.provinces) > 1 else ''} " \
            + ", ".join(removal.provinces)
    print(f"Removed the user {args.name} ({was}) from the register {name}; it has no "
          "role in any register on this server now.")
    if removal.dropped:
        print(f"Its login role {args.name} was dropped (it owned nothing).")
    else:
        print(f"Its login role {args.name} was kept ({removal.kept_because}); it can no "
              "longer read or write the register.")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    import csv

    from metkasekor_desktop.analysis.trial_comparisons import (
        CSV_FIELDS,
        compare_trial,
        csv_record,
        text_report,
        trends,
    )
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
            raise CommandError(f"no trial named {args.trial!r} in {_name(args.project)}; "
                               f"known trials: {', '.join(known) or 'none'}")
    if args.season is not None:
        known = [s.name for s in sorted(seasons, key=lambda s: s.sort_key)]
        chosen = [s for s in seasons if s.name == args.season.strip()]
        if not chosen:
            raise CommandError(f"no season named {args.season!r} in {_name(args.project)}; "
                               f"known seasons: {', '.join(known) or 'none'}")
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
        print(f"{_name(args.project)}: no trial results to compare")
        return 0
    sys.stdout.write(text_report(rows, trend_rows))
    return 0


def _run_command(argv: Sequence[str]) -> int:
    from metkasekor_desktop.domain.errors import DomainError
    from metkasekor_desktop.storage import ProjectError

    args = _command_parser().parse_args(list(argv))
    handlers = {"demo": cmd_demo, "import": cmd_import, "export": cmd_export,
                "render": cmd_render, "publish": cmd_publish,
                "stats": cmd_stats, "server": cmd_server}
    try:
        return handlers[args.command](args)
    except (CommandError, ProjectError, DomainError) as exc:
        # DomainError covers the io writers' own errors (Shapefile, GeoTIFF).
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: error: {_os_error(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        # A database failure that reached here unworded (locked, full, read-only): one
        # line that says what to do, never a traceback.
        from metkasekor_desktop.storage.errors import explain

        failure = explain(exc)
        if failure is None:
            raise
        print(f"{PROG}: error: {failure}", file=sys.stderr)
        return 1


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from metkasekor_desktop.io.temp_files import remove_leftover_temp_folders

    remove_leftover_temp_folders()  # what a killed import or export left; never raises
    if argv and argv[0] in COMMANDS:
        return _run_command(argv)
    args = _window_parser().parse_args(argv)
    from metkasekor_desktop.ui.application import no_display_message, run

    message = no_display_message()
    if message:
        print(message, file=sys.stderr)
        return 2
    if isinstance(args.project, Path) and not args.project.exists():
        print(f"{PROG}: error: {args.project}: no such project file", file=sys.stderr)
        return 1
    return run(args.project)


if __name__ == "__main__":
    sys.exit(main())
