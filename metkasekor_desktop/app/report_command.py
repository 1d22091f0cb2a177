"""``report``: the season report of a project as a PDF, with its tables as XLSX beside.

Also the Qt set-up of the commands that draw (``render``, ``report``): a GUI application
without a window (the offscreen platform when there is no display), the shipped fonts,
and the translation of the chosen language.
"""

from __future__ import annotations

import argparse
import os
import sys

from metkasekor_desktop.app.messages import PROG, CommandError, _name, unknown_season
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.message_words import say


def drawing_application(language: str = "en") -> object:
    """The QGuiApplication drawing needs (made once), with the fonts and ``language``
    ("km" or "en") installed."""
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ) and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # drawing needs no screen
    from PySide6.QtGui import QGuiApplication

    from metkasekor_desktop.layers.fonts import register_fonts
    from metkasekor_desktop.ui.language import install_translators, remove_translators

    app = QGuiApplication.instance() or QGuiApplication([PROG])
    register_fonts()
    if language == "km":
        install_translators(app, "km")
    else:
        remove_translators(app)
    return app


def cmd_report(args: argparse.Namespace) -> int:
    from metkasekor_desktop.analysis.adoption import opening_season_id
    from metkasekor_desktop.analysis.stages import plot_infos
    from metkasekor_desktop.layers.season_report import write_season_report
    from metkasekor_desktop.storage import Project

    if not 0 < args.threshold < 1:
        raise CommandError(msg("--threshold is a share of the target population between "
                               "0 and 1 (0.16 is Rogers' 16%), not {threshold}",
                               threshold=args.threshold))
    if args.out.suffix.lower() != ".pdf":
        raise CommandError(msg("--out {out}: the report is a PDF; name it with .pdf",
                               out=args.out))
    drawing_application(args.language)
    project = Project.open_any(args.project)
    try:
        seasons = project.seasons.list()
        if args.season is not None:
            chosen = next((s for s in seasons if s.name == args.season.strip()), None)
            if chosen is None:
                known = [s.name for s in sorted(seasons, key=lambda s: s.sort_key)]
                raise CommandError(unknown_season(args.season, _name(args.project), known))
            season_id = chosen.id
        else:
            season_id = opening_season_id(seasons, plot_infos(project.plots.load_table()),
                                          project.plans.list())
        if season_id is None:
            raise CommandError(msg("{project} has no season: add one (Register > Seasons) "
                                   "before asking for a season report",
                                   project=_name(args.project)))
        files = write_season_report(project, season_id, args.out, language=args.language,
                                    threshold=args.threshold,
                                    digits=getattr(args, "digits", None) or "arabic")
    finally:
        project.close()
    season = next(s for s in seasons if s.id == season_id)
    print(say(msg("{pdf}: the season report of {season}; its tables are in {xlsx}",
                  pdf=files.pdf, season=season.name, xlsx=files.xlsx.name)))
    return 0
