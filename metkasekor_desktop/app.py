"""Start-up and command line: wires storage, io and the UI together.

``metkasekor-desktop [PROJECT]`` opens the window; sub-commands do batch work with no
display: ``demo`` makes a demo project, ``export`` writes the plots for partners.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

PROG = "metkasekor-desktop"
COMMANDS = ("demo", "export")


class CommandError(Exception):
    """A batch command failed; the message is one line for the terminal."""


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="MetKasekor Desktop: plot planning for conservation-agriculture "
        "extension. Without a command it opens the window.",
        epilog=f"Commands: {', '.join(COMMANDS)}. Run '{PROG} COMMAND --help' for each.",
    )
    parser.add_argument("project", nargs="?", type=Path,
                        help="project file (.gpkg) to open; default: the last one")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
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

    export = sub.add_parser("export", help="export the plots of a project",
                            description="Write the plots of a project for partners.")
    export.add_argument("project", type=Path, help="project file (.gpkg)")
    export.add_argument("--format", choices=("shp",), default="shp",
                        help="shp: zipped Shapefile, UTF-8 with .cpg and .prj (default)")
    export.add_argument("--out", type=Path, required=True,
                        help="folder to write into (or a .zip file name)")
    export.add_argument("--crs", type=int, choices=(4326, 32648), default=4326,
                        help="EPSG code of the export: 4326 (WGS 84) or 32648 (UTM 48N)")
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
    dem_path = out.with_name(f"{out.stem}-elevation.tif")
    if out.exists() and not args.force:
        raise CommandError(f"{out} exists already; choose another name or add --force")
    out.parent.mkdir(parents=True, exist_ok=True)
    dataset = build_demo(n_plots=args.plots, seed=args.seed)
    part = out.with_name(out.name + ".part")
    for leftover in (part, Path(str(part) + "-wal"), Path(str(part) + "-shm")):
        leftover.unlink(missing_ok=True)
    write_dataset(part, dataset)
    if out.exists():
        out.unlink()
    part.replace(out)
    dem = dataset.dem
    write_geotiff(dem_path, dem.array, dem.transform, dem.epsg, nodata=dem.nodata)
    print(f"{out}: {len(dataset.plots)} plots, {len(dataset.farmers)} farmers; "
          f"elevation {dem_path.name}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from metkasekor_desktop.io.plot_rows import plot_export_rows
    from metkasekor_desktop.io.shapefile_export import export_plots_shapefile_zip
    from metkasekor_desktop.storage import Project

    project = Project.open(args.project)
    try:
        table = project.plots.load_table()
    finally:
        project.close()
    out: Path = args.out
    target = out if out.suffix.lower() == ".zip" else out / f"{args.project.stem}_plots.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    written = export_plots_shapefile_zip(plot_export_rows(table), table.geometries, target,
                                         epsg=args.crs)
    print(f"{written}: {len(table)} plots (EPSG:{args.crs})")
    return 0


def _run_command(argv: Sequence[str]) -> int:
    from metkasekor_desktop.domain.errors import DomainError
    from metkasekor_desktop.storage import ProjectError

    args = _command_parser().parse_args(list(argv))
    handlers = {"demo": cmd_demo, "export": cmd_export}
    try:
        return handlers[args.command](args)
    except (CommandError, ProjectError, DomainError, OSError) as exc:
        # DomainError covers the io writers' own errors (Shapefile, GeoTIFF).
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return _run_command(argv)
    args = _window_parser().parse_args(argv)
    from metkasekor_desktop.ui.application import no_display_message, run

    message = no_display_message()
    if message:
        print(message, file=sys.stderr)
        return 2
    if args.project is not None and not args.project.exists():
        print(f"{PROG}: error: {args.project}: no such project file", file=sys.stderr)
        return 1
    return run(args.project)


if __name__ == "__main__":
    sys.exit(main())
