"""``import``: plots from a GIS file into a project, with the report of every feature."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from metkasekor_desktop.app.messages import PROG, CommandError, _name


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
