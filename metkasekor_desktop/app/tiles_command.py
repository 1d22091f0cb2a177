"""``tiles``: the project's map as an MBTiles file for ODK Collect and QField offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from metkasekor_desktop.app.messages import CommandError, _name, _stem, warning_line
from metkasekor_desktop.domain.messages import Message, msg
from metkasekor_desktop.layers.message_words import say


def _size_text(n: int) -> Message:
    if n < 1024 * 1024:
        return msg("{size:.1f} kB", size=n / 1024)
    return msg("{size:.1f} MB", size=n / (1024 * 1024))


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
        raise CommandError(msg("--min-zoom {low} is above --max-zoom {high}; give the "
                               "smaller zoom first, e.g. --min-zoom 12 --max-zoom 17",
                               low=args.min_zoom, high=args.max_zoom))
    if args.raster is not None and not Path(args.raster).is_file():
        raise CommandError(msg("--raster {file}: no such file", file=args.raster))
    check_target(out)  # before the project is read and any tile drawn
    drawing_application(args.language)
    built, extent, problems = load_project_map(
        args.project, args.extent, build_tile_map, style=args.style, season=args.season,
        raster=args.raster, language="kh" if args.language == "km" else "en")
    for problem in problems:
        print(say(warning_line(problem)), file=sys.stderr)
    plan = plan_tiles(extent, args.min_zoom, args.max_zoom,
                      boxes=data_boxes(built.layers))
    every = args.extent.strip().lower() == "all"
    where = msg("all plots") if every else msg("district {code}", code=args.extent.strip())
    style = args.style or "the project's saved style"
    # Written into the file (its metadata, read by the apps): English, as a data text.
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
    print(say(msg("{file}: {count} tiles over {where}, zooms {low}-{high} ({per_zoom}); "
                  "{size}", file=result.path, count=result.tiles, where=where,
                  low=plan.min_zoom, high=plan.max_zoom, per_zoom=per_zoom or msg("none"),
                  size=_size_text(result.path.stat().st_size))))
    return 0
