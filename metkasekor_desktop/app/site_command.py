"""``site``: the public website of the programme, written from a project or a register."""

from __future__ import annotations

import argparse

from metkasekor_desktop.app.messages import CommandError, _name, unknown_season
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.message_words import say


def cmd_site(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.public_site_files import write_site
    from metkasekor_desktop.storage import Project

    languages = ("km", "en") if args.language == "both" else (args.language,)
    project = Project.open_any(args.project)
    try:
        seasons = project.seasons.list()
        chosen: list[int] = []
        for wanted in args.season:
            season = next((s for s in seasons if s.name == wanted.strip()), None)
            if season is None:
                known = [s.name for s in sorted(seasons, key=lambda s: s.sort_key)]
                raise CommandError(unknown_season(wanted, _name(args.project), known))
            chosen.append(int(season.id))
        written = write_site(project, args.out, chosen, languages=languages)
    finally:
        project.close()
    print(say(msg("{folder}: the website of {seasons} season(s), {files} files, published "
                  "{date}; open index.html in a browser, or copy the folder to a web server",
                  folder=written.folder, seasons=written.seasons, files=written.files,
                  date=written.published)))
    return 0
