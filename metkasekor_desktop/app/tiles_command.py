"""``tiles``: the project's map as an MBTiles file for ODK Collect and QField offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from metkasekor_desktop.app.messages import PROG, CommandError, _name, _stem


def _size_text(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} kB"
    return f"{n / (1024 * 1024):.1f} MB"


def cmd_tiles(args: argparse.Namespace) -> int:
    from metkasekor_desktop.app.report_command import drawing_application
    from metkasekor_desktop.io.mbtiles import check_target
    from metkasekor_desktop.layers.project_map import load_project_map
    from metkasekor_desktop.layers.tile_export import (
        build_tile_map,
        data_boxes,
        export_tiles,
        plan_tiles,
    )

    out: Path = args.out
    if args.min_zoom > args.max_zoom:
        raise CommandError(f"--min-zoom {args.min_zoom} is above --max-zoom {args.max_zoom}; "
                           "give the smaller zoom first, e.g. --min-zoom 12 --max-zoom 17")
    if args.raster is not None and not Path(args.raster).is_file():
        raise CommandError(f"--raster {args.raster}: no such file")
    check_target(out)  # before the project is read and any tile drawn
    drawing_application(args.language)
    built, extent, problems = load_project_map(
        args.project, args.extent, build_tile_map, style=args.style, season=args.season,
        raster=args.raster, language="kh" if args.language == "km" else "en")
    for problem in problems:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    plan = plan_tiles(extent, args.min_zoom, args.max_zoom,
                      boxes=data_boxes(built.layers))
    where = "all plots" if args.extent.strip().lower() == "all" else \
        f"district {args.extent.strip()}"
    style = args.style or "the project's saved style"
    description = (f"Plots of {_name(args.project)} ({where}) coloured by {style}"
                   + (f", season {args.season}" if args.season else "")
                   + ", with their codes; made by MetKasekor Desktop.")
    result = export_tiles(built.layers, plan, out, name=f"{_stem(args.project)} plots",
                          description=description, attribution="MetKasekor Desktop")
    for layer in built.layers:
        close = getattr(layer, "close", None)
        if callable(close):
            close()
    per_zoom = ", ".join(f"z{z}: {n}" for z, n in sorted(result.tiles_per_zoom.items()))
    print(f"{result.path}: {result.tiles} tiles over {where}, zooms "
          f"{plan.min_zoom}-{plan.max_zoom} ({per_zoom or 'none'}); "
          f"{_size_text(result.path.stat().st_size)}")
    return 0
