"""The uptake commands on one project: ``adoption``, ``diffusion`` and ``market``.

They print or write what the Register menu's windows show, for reports and scripts: the
same analysis functions, the same definitions.
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from metkasekor_desktop.app.messages import CommandError, _name, unknown_season
from metkasekor_desktop.domain.messages import Message, as_message, msg
from metkasekor_desktop.layers.message_words import say

if TYPE_CHECKING:
    from metkasekor_desktop.analysis.season_report import Register


def _records(args: argparse.Namespace) -> Register:
    """The records of ``args.project`` the uptake commands read (as the season report
    reads them); refuses ``--format xlsx`` without ``--out`` first."""
    from metkasekor_desktop.layers.season_report import load_register
    from metkasekor_desktop.storage import Project

    if args.format == "xlsx" and args.out is None:
        raise CommandError(msg("--format xlsx writes a workbook: name it with --out "
                               "FILE.xlsx"))
    project = Project.open_any(args.project)
    try:
        return load_register(project, trials=False)
    finally:
        project.close()


def cmd_adoption(args: argparse.Namespace) -> int:
    """Adoption in a season, by practice, place or sex, as a table, CSV or XLSX."""
    from metkasekor_desktop.analysis.adoption import opening_season_id
    from metkasekor_desktop.analysis.adoption_report import adoption_report

    records = _records(args)
    plots, plans, farmers = records.plots, records.plans, records.farmers
    practices, seasons = records.practices, records.seasons
    if args.season is not None:
        chosen = next((s for s in seasons if s.name == args.season.strip()), None)
        if chosen is None:
            known = [s.name for s in sorted(seasons, key=lambda s: s.sort_key)]
            raise CommandError(unknown_season(args.season, _name(args.project), known))
        season_id: int | None = chosen.id
    else:
        season_id = opening_season_id(seasons, plots, plans)
    if season_id is None:
        raise CommandError(msg("{project} has no season: add one (Register > Seasons) "
                               "before asking for adoption", project=_name(args.project)))
    report = adoption_report(plots, plans, farmers, practices, seasons, season_id, args.by,
                             "kh" if args.language == "km" else "en", records.targets)
    report = _worded(report, args.language)
    if report.previous is None:
        compared = msg("no season a year earlier to compare with")
    elif not report.settled:
        compared = msg("not compared: no plan of the season is done yet")
    else:
        compared = msg("compared with {season}", season=report.previous.name)
    if args.format in ("xlsx", "csv") and args.out is not None:
        from metkasekor_desktop.io.table_export import write_csv, write_xlsx

        out = (write_xlsx(args.out, report.headers, report.rows, report.season.name)
               if args.format == "xlsx" else write_csv(args.out, report.headers, report.rows))
        print(say(msg("{file}: adoption in {season} by {by}, {count} rows", file=out,
                      season=report.season.name, by=_BY[args.by], count=len(report.rows))))
        return 0
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(report.headers)
        writer.writerows(["" if v is None else v for v in row] for row in report.rows)
        return 0
    print(say(msg("Adoption in {season} ({compared}): farmer fields with a CA practice "
                  "done; planned plans apart.", season=report.season.name,
                  compared=compared)))
    sys.stdout.write(_text_table(report.headers, report.rows))
    if args.out is not None:
        Path(args.out).write_text(_text_table(report.headers, report.rows), encoding="utf-8")
    return 0


# ``--by``, as the result line names it
_BY = {"practice": msg("practice"), "province": msg("province"), "district": msg("district"),
       "commune": msg("commune"), "village": msg("village"), "sex": msg("sex"),
       "adopter": msg("adopter")}


def _worded(report, language: str):  # an AdoptionReport
    """The report's headers, row labels and target sources in ``language`` ("km" or
    "en"), as the season report words them; the share of the target in %."""
    from dataclasses import replace

    from metkasekor_desktop.app.report_command import drawing_application
    from metkasekor_desktop.layers.season_report_tables import adoption_table

    drawing_application(language)
    table = adoption_table(report, report.by, "kh" if language == "km" else "en")
    return replace(report, headers=table.headers, rows=table.rows)


def cmd_diffusion(args: argparse.Namespace) -> int:
    """Cumulative adopters per area and year, the Bass fit, its band and the tipping point,
    as CSV (to the screen or a file) or XLSX."""
    from metkasekor_desktop.analysis.diffusion import diffusion, diffusion_rows

    if not 0 < args.threshold < 1:
        raise CommandError(msg("--threshold is a share of the target population between "
                               "0 and 1 (0.16 is Rogers' 16%), not {threshold}",
                               threshold=args.threshold))
    r = _records(args)
    targets = _targets(args.targets, args.level) if args.targets is not None else r.targets
    results = diffusion(r.plots, r.plans, r.practices, r.seasons, targets, level=args.level,
                        threshold=args.threshold)
    headers, rows = diffusion_rows(results)
    return _write_rows(args, headers, rows, "Diffusion", lambda out, n: msg(
        "{file}: diffusion of {areas} areas, {count} rows", file=out, areas=len(results),
        count=n))


def _targets(path: Path, level: str) -> dict[str, float]:
    """Farm households by area code from a CSV or XLSX file, for the areas of ``level``
    (other codes are said on standard error and left out)."""
    from metkasekor_desktop.domain.targets import level_of, parse_targets
    from metkasekor_desktop.io.results_import import ResultsImportError, read_table

    try:
        headers, rows = read_table(path)
    except ResultsImportError as exc:
        raise CommandError(as_message(exc)) from None
    targets = parse_targets(headers, rows, path.name)
    other = sorted(c for c in targets if level_of(c) != level)
    if other and level != "all":
        codes = ", ".join(other[:5]) + (" ..." if len(other) > 5 else "")
        print(say(msg("{file}: {count} area(s) not of the {level} level left out: {codes}",
                      file=path.name, count=len(other), level=_LEVELS.get(level, level),
                      codes=codes)), file=sys.stderr)
    return {c: v for c, v in targets.items() if level_of(c) == level}


def cmd_market(args: argparse.Namespace) -> int:
    """Services delivered per provider, season, area and service, as CSV or XLSX."""
    from metkasekor_desktop.analysis.market import market, market_rows

    r = _records(args)
    result = market(r.plots, r.plans, r.practices, r.seasons, args.level,
                    farmer_fields_only=args.farmer_fields_only)
    headers, rows = market_rows(result, r.providers, r.seasons)
    return _write_rows(args, headers, rows, "Market", lambda out, n: msg(
        "{file}: services delivered, {count} rows", file=out, count=n))


# ``--level``, as the warning on a targets file names it
_LEVELS = {"province": msg("province"), "district": msg("district"),
           "commune": msg("commune")}


def _write_rows(args: argparse.Namespace, headers: list[str], rows: list[list],
                sheet: str, written: Callable[[Path, int], Message]) -> int:
    """Rows as XLSX (``--out``), as a CSV file (``--out``) or as CSV on the screen;
    ``written`` says what was written to a file of so many rows."""
    if args.format == "xlsx":
        from metkasekor_desktop.io.table_export import write_xlsx

        out = write_xlsx(args.out, headers, rows, sheet)
        print(say(written(out, len(rows))))
        return 0
    if args.out is not None:
        from metkasekor_desktop.io.table_export import write_csv

        out = write_csv(args.out, headers, rows)
        print(say(written(out, len(rows))))
        return 0
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return 0


def _width(text: str) -> int:
    """Columns a text takes on a terminal, as wcwidth counts them: signs drawn above or
    below their letter (Khmer vowel signs, the coeng) take none."""
    return sum(unicodedata.category(ch) != "Mn" for ch in text)


def _text_table(headers: list[str], rows: list[list]) -> str:
    """Fixed-width columns: text to the left, numbers to the right."""
    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.2f}"
        if isinstance(v, int) and not isinstance(v, bool):
            return str(v)
        return str(v)

    texts = [[cell(v) for v in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[k]) for r in texts]) for k, h in enumerate(headers)]
    numeric = [all(isinstance(row[k], (int, float)) or row[k] is None for row in rows)
               for k in range(len(headers))]

    def pad(v: str, w: int, right: bool) -> str:
        space = " " * (w - _width(v))
        return space + v if right else v + space

    def line(values: list[str]) -> str:
        return "  ".join(pad(v, w, n)
                         for v, w, n in zip(values, widths, numeric, strict=True)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])] + [line(r) for r in texts]
    return "\n".join(out) + "\n"
