"""The command line's argument parsers: the window's and every sub-command's.

Declarative only; a parser's ``type=`` and ``choices`` imports stay inside the functions,
so that ``--help`` and the window's start stay fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from metkasekor_desktop.app.messages import PROG

PROJECT_HELP = "project file (.gpkg), or a shared register's URL postgresql://user@host/dbname"
LANGUAGE_DEFAULT = ("default: MK_LANGUAGE, else LANGUAGE, LC_ALL, LC_MESSAGES or LANG: "
                    "Khmer when it starts with km, else English")
COMMANDS = ("demo", "import", "export", "publish", "render", "stats", "adoption", "report",
            "checkout", "sync", "conflicts", "diffusion", "market", "server", "tiles",
            "forms", "submissions", "site")


def project_arg(text: str) -> Path | str:
    """A project argument: a file path, or a shared register's connection URL
    (``postgresql://user@host/dbname``), which stays text."""
    from metkasekor_desktop.storage import is_register_target

    return text.strip() if is_register_target(text) else Path(text)


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
    export.add_argument("--personal", action="store_true",
                        help="include personal data: the farmers' names and phone numbers "
                        "and the exact plot outlines. Without it they are left out and each "
                        "plot is a point at its centre (4 decimals, about 10 m) with its "
                        "area (an office project, --format project, always holds them)")
    export.add_argument("--headers", choices=("names", "km", "en"), default="names",
                        help="header row of the CSV and Excel tables: names (the field "
                        "names, default: what QGIS and a re-import need), km (Khmer words) "
                        "or en (English words); the README gives each field's header")
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
    render.add_argument("--style",
                        choices=("practice", "role", "crop", "provider", "stage", "area"),
                        help="colour the plots by this; 'provider' is the service market "
                        "map, the providers of each plot's plan (default: the project's "
                        "saved style)")
    render.add_argument("--season", help="season of a practice, crop or provider style, e.g. "
                        "'2024 main wet' (default: the latest season with plans)")
    render.add_argument("--raster", type=Path, help="a GeoTIFF to show under the plots")
    render.add_argument("--extent", default="all",
                        help="'all' plots (default) or a 4-digit district code, e.g. 0207")
    render.add_argument("--title", help="title of the map (default: the project's name)")
    render.add_argument("--language", choices=("en", "km"),
                        help="language of the legend and of what the command prints "
                        f"({LANGUAGE_DEFAULT})")
    tiles = sub.add_parser(
        "tiles", help="write the project's map as MBTiles for ODK Collect and QField",
        description="Draw the project's map (plots styled, with their codes, and an "
        "optional raster below) into 256-pixel PNG tiles in Web Mercator, one set per zoom "
        "level, and write them into an MBTiles file that ODK Collect, QField and QGIS show "
        "offline. Outside the data the tiles are transparent; empty tiles are left out. "
        "The file is written under a temporary name and appears only when complete.")
    tiles.add_argument("project", type=project_arg, help=PROJECT_HELP)
    tiles.add_argument("--out", type=Path, required=True, help="the file to write, "
                       "e.g. area.mbtiles")
    tiles.add_argument("--extent", default="all",
                       help="'all' plots (default) or a 4-digit district code, e.g. 0207")
    tiles.add_argument("--raster", type=Path, help="a GeoTIFF to draw under the plots "
                       "(the file is then a base layer)")
    tiles.add_argument("--min-zoom", type=int, default=12,
                       help="the coarsest zoom level (default 12: a district)")
    tiles.add_argument("--max-zoom", type=int, default=17,
                       help="the finest zoom level (default 17: single fields); each "
                       "level has four times the tiles of the one before")
    tiles.add_argument("--style",
                       choices=("practice", "role", "crop", "provider", "stage", "area"),
                       help="colour the plots by this (default: the project's saved style)")
    tiles.add_argument("--season", help="season of a practice, crop or provider style, e.g. "
                       "'2024 main wet' (default: the latest season with plans)")
    tiles.add_argument("--language", choices=("en", "km"),
                       help="language of the style's names and of what the command "
                       f"prints ({LANGUAGE_DEFAULT})")
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
    adoption = sub.add_parser(
        "adoption", help="print or write the adoption of CA practices in a season",
        description="Farmer fields (not demonstration or control plots) whose plan has a "
        "CA practice done in the season: plots, hectares, farmers, women and men; plans "
        "still only planned apart; compared with the same season a year earlier. The "
        "season is by default the latest with plans done.")
    adoption.add_argument("project", type=project_arg, help=PROJECT_HELP)
    adoption.add_argument("--season", help="the season, e.g. '2024 early wet'")
    adoption.add_argument("--by", choices=("practice", "province", "district", "commune",
                                           "village", "sex", "adopter"), default="practice",
                          help="one row per practice (default), per place, per sex, or "
                          "per kind of adopter (demonstration farmers, early adopters, "
                          "followers, with those adopting for the first time)")
    adoption.add_argument("--format", choices=("table", "csv", "xlsx"), default="table",
                          help="table: fixed-width text (default); csv; xlsx (needs --out)")
    adoption.add_argument("--out", type=Path, help="write to this file instead of the "
                          "screen (the table, CSV or XLSX)")
    adoption.add_argument("--language", choices=("km", "en"),
                          help="names of practices and places, and what the command "
                          f"prints, in Khmer or English ({LANGUAGE_DEFAULT})")
    diffusion = sub.add_parser(
        "diffusion", help="cumulative adopters, the Bass fit and the tipping point per area",
        description="Per area and year: farmers who have adopted CA so far (a farmer field "
        "with a CA practice done), the Bass diffusion model fitted to them with the "
        "area's target population as market potential (the farm households stored in the "
        "project, or else the register's farmers of the area, labelled so), its 95% band, "
        "the projection, and the year the tipping point is passed or expected; 'too few "
        "seasons to say' where the data cannot identify the model.")
    diffusion.add_argument("project", type=project_arg, help=PROJECT_HELP)
    diffusion.add_argument("--level", choices=("province", "district", "commune", "all"),
                           default="district", help="the areas (default: districts)")
    diffusion.add_argument("--targets", type=Path,
                           help="farm households per area (CSV or XLSX: a column 'area' "
                           "of codes and one 'households'), the market potential in "
                           "place of those stored in the project (Register > Target "
                           "populations)")
    diffusion.add_argument("--threshold", type=float, default=0.16,
                           help="the tipping point as a share of the target (default 0.16)")
    diffusion.add_argument("--format", choices=("csv", "xlsx"), default="csv",
                           help="csv (default) or xlsx (needs --out)")
    diffusion.add_argument("--out", type=Path, help="write to this file")

    checkout = sub.add_parser(
        "checkout", help="make an offline copy of a province or district of the register",
        description="A complete office project (plots and all their records, the practice "
        "catalogue, providers, seasons) of the shared register's plots of a province or "
        "district, that remembers where it came from and logs every change made to it (in "
        "this program or in QGIS) for the next sync.")
    checkout.add_argument("url", help="the register, e.g. postgresql://user@host/dbname")
    checkout.add_argument("out", type=Path, help="the copy to write (.gpkg)")
    area = checkout.add_mutually_exclusive_group()
    area.add_argument("--province", help="the province's 2-digit code, e.g. 02")
    area.add_argument("--district", help="the district's 4-digit code, e.g. 0207")
    sync = sub.add_parser(
        "sync", help="synchronise an offline copy with its register",
        description="Pull what changed in the register since the last sync and push what "
        "changed in the copy, field by field: changes to different fields of one record "
        "are both kept; the same field changed to different values, or a record changed "
        "on one side and deleted on the other, is a conflict listed by 'conflicts', each "
        "side keeping its value until decided. An interrupted sync is simply run again.")
    sync.add_argument("copy", type=Path, help="the offline copy (.gpkg)")
    conflicts = sub.add_parser(
        "conflicts", help="list or decide the conflicts of an offline copy",
        description="The fields both sides changed to different values and the records "
        "changed on one side and deleted on the other; --id N --keep local|register|value "
        "decides one (it goes across at the next sync).")
    conflicts.add_argument("copy", type=Path, help="the offline copy (.gpkg)")
    conflicts.add_argument("--format", choices=("table", "json"), default="table")
    conflicts.add_argument("--id", type=int, help="the conflict to decide")
    conflicts.add_argument("--keep", choices=("local", "register", "value"),
                           help="keep this copy's value, the register's, or --value")
    conflicts.add_argument("--value", help="the value to keep with --keep value")
    conflicts.add_argument("--json", action="store_true",
                           help="--value is JSON (a number, a list...)")

    report = sub.add_parser(
        "report", help="write the season report (PDF, with its tables as XLSX beside it)",
        description="The season report for the annual meeting and the Steering Committee: "
        "a summary page, a map of the season's plots by practice, adoption by district "
        "(with its change against the same season a year earlier and the share of the "
        "target population), by practice, by sex and by kind of adopter, the diffusion of "
        "each district and its tipping point, the service market, the trial results and "
        "the extension events. The same tables are written to an XLSX of the same name. "
        "The same project gives the same report.")
    report.add_argument("project", type=project_arg, help=PROJECT_HELP)
    report.add_argument("--season", help="the season, e.g. '2024 early wet' (default: the "
                        "latest with plans done)")
    report.add_argument("--language", choices=("km", "en"),
                        help=f"the report's language ({LANGUAGE_DEFAULT})")
    report.add_argument("--threshold", type=float, default=0.16,
                        help="the tipping point as a share of the target (default 0.16)")
    report.add_argument("--digits", choices=("arabic", "khmer"), default="arabic",
                        help="the digits of the report's numbers: arabic (0-9, default) or "
                        "khmer (០-៩); codes and file names keep theirs, the workbook's "
                        "cells stay numbers")
    report.add_argument("--out", type=Path, required=True, help="the PDF to write")

    market = sub.add_parser(
        "market", help="the service market: what providers delivered, where and to whom",
        description="Per provider, season, area and service: services delivered (done "
        "plans naming the provider), plots, hectares, farmers, fees in riel, repeat "
        "customers (farmers who bought from the provider the year before) and whether "
        "the provider is new in the area that year.")
    market.add_argument("project", type=project_arg, help=PROJECT_HELP)
    market.add_argument("--level", choices=("district", "province", "all"),
                        default="district", help="the areas (default: districts)")
    market.add_argument("--farmer-fields-only", action="store_true",
                        help="leave out demonstration and control plots (the programme "
                        "pays for those)")
    market.add_argument("--format", choices=("csv", "xlsx"), default="csv",
                        help="csv (default) or xlsx (needs --out)")
    market.add_argument("--out", type=Path, help="write to this file")

    forms = sub.add_parser(
        "forms", help="write the phone forms (XLSForms for ODK Collect / KoboCollect)",
        description="Write the XLSForms of a season made from the project's own register "
        "(plot visit, crop cut, soil sample, extension event, new plot), each with its "
        "XForm (.xml) converted by pyxform, and the lists they read (plots.csv, "
        "districts.csv, communes.csv, villages.csv). A form's version changes when the "
        "catalogue, providers or seasons change. Exits 1 when a form does not convert.")
    forms.add_argument("project", type=project_arg, help=PROJECT_HELP)
    forms.add_argument("--season", required=True,
                       help="the season the answers belong to, e.g. '2025 early wet'")
    forms.add_argument("--out", type=Path, required=True, help="the folder to write into")
    forms.add_argument("--language", choices=("en", "km", "both"), default="both",
                       help="labels in English, Khmer or both (default both); what the "
                       f"command prints is in English or Khmer ({LANGUAGE_DEFAULT} "
                       "with both)")
    site = sub.add_parser(
        "site", help="write the public website of the programme (static files)",
        description="Write a static website of the uptake of conservation agriculture, in "
        "Khmer and English: adoption by district and commune with a season slider, "
        "diffusion and the tipping point, the service market, the providers' directory, "
        "trial results and the tables to download. It opens from the folder without "
        "internet or any server. Nothing personal is written: no farmer's name or phone, "
        "no plot outline, no count of fewer than 5 people. The folder must be new, empty "
        "or a website written before, which it replaces when complete.")
    site.add_argument("project", type=project_arg, help=PROJECT_HELP)
    site.add_argument("--out", type=Path, required=True, help="the folder to write")
    site.add_argument("--season", action="append", default=[],
                      help="a season to show, e.g. '2024 early wet' (repeat for several; "
                      "default: every season whose adoption is known)")
    site.add_argument("--language", choices=("km", "en", "both"), default="both",
                      help="the languages of the page (default both, Khmer first); what "
                      f"the command prints is in English or Khmer ({LANGUAGE_DEFAULT} "
                      "with both)")
    subs = sub.add_parser(
        "submissions", help="import the phone submissions of an ODK Central or "
        "KoboToolbox export",
        description="Import the submissions of the phone forms (plot visit, crop cut, "
        "soil sample, extension event, new plot) from ODK Central's CSV zip or "
        "KoboToolbox's XLSX/CSV export. Each is checked against the project; a refused "
        "one is printed with its field and why, one imported before is skipped. Photos "
        "are copied beside the project file. Exits 1 when the file cannot be read.")
    subs.add_argument("project", type=project_arg, help=PROJECT_HELP)
    subs.add_argument("file", type=Path, help="the export (.zip, .xlsx or .csv)")
    subs.add_argument("--form", dest="form", metavar="FORM_ID",
                      help="the form to import (an ODK zip of several forms; a Kobo "
                      "export, which does not name its form), e.g. mk_plot_visit")
    subs.add_argument("--dry-run", action="store_true",
                      help="review and report only; write nothing")
    _add_language_options(sub)
    return parser


def _add_language_options(sub: argparse._SubParsersAction) -> None:
    """``--language km|en`` on every command (and every ``server`` command) that has no
    ``--language`` of its own: the language of what it prints."""
    for command in sub.choices.values():
        nested = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            for inner in nested:
                _add_language_options(inner)
        elif "--language" not in command._option_string_actions:
            command.add_argument("--language", choices=("km", "en"),
                                 help=f"the language of what the command prints "
                                 f"({LANGUAGE_DEFAULT})")


def _version() -> str:
    from metkasekor_desktop import __version__

    return __version__
