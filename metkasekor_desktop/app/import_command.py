"""``import``: plots from a GIS file into a project, with the report of every feature."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from metkasekor_desktop.app.messages import PROG, CommandError, _name, warning_line
from metkasekor_desktop.domain.messages import Message, as_message, joined, msg
from metkasekor_desktop.layers.message_words import say


def cmd_import(args: argparse.Namespace) -> int:
    from metkasekor_desktop.domain.errors import DomainError
    from metkasekor_desktop.domain.import_mapping import PLOT_FIELDS
    from metkasekor_desktop.layers.plot_import import PlotImport
    from metkasekor_desktop.storage import Project

    if not args.file.exists():
        raise CommandError(msg("{file}: no such file", file=args.file))
    project = Project.open_any(args.project)
    try:
        with _open_import(PlotImport, project, args) as job:
            for warning in job.file_warnings:
                print(say(warning_line(warning)), file=sys.stderr)
            layers = [layer.name for layer in job.info.layers]
            if args.layer is not None and layers == [""] and len(job.info.check.members) < 2:
                args.layer = None  # a single-layer file: its one layer whatever the name
            if args.layer is not None and args.layer not in layers:
                members = job.info.check.members
                names = ", ".join(layers) or msg("none")
                if len(members) > 1:
                    raise CommandError(msg(
                        "{file} has no layer {layer!r}; its layers: {layers}; the GIS files "
                        "in it: {members}. Give one of them with --layer NAME.",
                        file=args.file.name, layer=args.layer, layers=names,
                        members=", ".join(members)))
                raise CommandError(msg("{file} has no layer {layer!r}; its layers: {layers}. "
                                       "Give one of them with --layer NAME.",
                                       file=args.file.name, layer=args.layer, layers=names))
            group = _group_column(args.map) if job.info.kind == "csv" else None
            try:
                job.read(args.layer, encoding=args.encoding, group=group)
            except DomainError as exc:
                if getattr(exc, "needs_encoding", False):
                    raise CommandError(msg("{reason} Give it with --encoding, e.g. --encoding "
                                           "cp874 (Thai/Khmer Windows) or --encoding cp1252.",
                                           reason=as_message(exc))) from None
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
                    raise CommandError(msg("--map {item!r}: use FIELD=COLUMN with FIELD one "
                                           "of {fields}", item=item,
                                           fields=", ".join(PLOT_FIELDS)))
                if column and column not in job.features.columns:
                    raise CommandError(msg("--map {item!r}: the layer has no column "
                                           "{column!r}; its columns: {columns}", item=item,
                                           column=column,
                                           columns=", ".join(job.features.columns)))
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
                print(say(line))
            file_refused = job.needs_consent and not args.accept_missing
            lifting = _lifting_flags(review.refused(job.options), job.options)
            if args.dry_run:
                if lifting and refused:
                    print(say(msg("{program}: {advice}", program=PROG, advice=lifting)),
                          file=sys.stderr)
                return 1 if (refused or file_refused) and not args.skip_refused else 0
            if file_refused or (refused and not args.skip_refused):
                line = msg("{program}: nothing imported: {count} feature(s) refused and the "
                           "file is incomplete (--accept-missing); correct the file, or add "
                           "--skip-refused to import the rest.", program=PROG, count=refused) \
                    if file_refused else msg(
                        "{program}: nothing imported: {count} feature(s) refused; correct the "
                        "file, or add --skip-refused to import the rest.", program=PROG,
                        count=refused)
                if lifting and refused:
                    line = joined([line, lifting], " ")
                print(say(line), file=sys.stderr)
                return 1
            result = job.commit()
    finally:
        project.close()
    print(say(msg("{project}: {plots} plots imported, {farmers} new farmers, {refused} "
                  "refused", project=_name(args.project), plots=len(result.written.plot_ids),
                  farmers=result.written.new_farmers, refused=result.refused)))
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


_FLAGS = {"repair_invalid": ("--repair", msg("invalid shapes, imported repaired")),
          "include_outside": ("--include-outside", msg("outside Cambodia"))}


def _lifting_flags(refused, options) -> Message | None:  # noqa: ANN001 - the review's features
    """Which flags would let refused features in: "--repair for 3 (invalid shapes...)"."""
    counts: dict[str, int] = {}
    for feature in refused:
        for issue in feature.blocking_issues(options):
            if issue.resolved_by in _FLAGS:
                counts[issue.resolved_by] = counts.get(issue.resolved_by, 0) + 1
    parts = [msg("{flag} for {count} ({what})", flag=_FLAGS[k][0], count=n, what=_FLAGS[k][1])
             for k, n in counts.items()]
    return msg("To import them anyway, add {flags}.", flags=joined(parts, "; ")) \
        if parts else None


def _group_column(maps: list[str]) -> str | None:
    """The plot-code column given with --map code=COLUMN: it groups the points of a CSV."""
    for item in maps:
        name, sep, column = item.partition("=")
        if sep and name.strip() == "code" and column:
            return column
    return None


def _crs_question(name: str, crs) -> Message:  # noqa: ANN001 - the import's CrsState
    """What the wizard asks on its coordinate-system page, as one message."""
    if crs.guesses:
        fits = joined([msg("--crs {epsg} ({label})", epsg=g.epsg, label=g.label)
                       for g in crs.guesses], "; ")
        text = msg("{file} does not say which coordinate system its coordinates are in. "
                   "They fit: {fits}. Run again with the one the sender used.", file=name,
                   fits=fits)
    else:
        text = msg("{file} does not say which coordinate system its coordinates are in, and "
                   "they fit none used in Cambodia. Ask the sender, then run again with --crs "
                   "EPSG_CODE.", file=name)
    if crs.swapped_suspected:
        return msg("{question} The numbers look like latitude and longitude in the wrong "
                   "order: add --swap-xy.", question=text)
    return text


def _crs_arg(text: str) -> str | int:
    text = text.strip()
    if text.upper().startswith("EPSG:"):
        text = text[5:]
    return int(text) if text.isdigit() else text
