"""``forms``: the phone forms (XLSForms for ODK Collect / KoboCollect) of a project.

Writes one XLSForm per form with its XForm beside it and the CSV lists the forms read;
every form is converted by pyxform, and a form it refuses makes the command exit 1.
"""

from __future__ import annotations

import argparse
import sys

from metkasekor_desktop.app.messages import PROG, CommandError, _name


def cmd_forms(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.field_forms import FieldFormsError, write_field_forms
    from metkasekor_desktop.storage import Project

    project = Project.open_any(args.project)
    try:
        try:
            report = write_field_forms(project, args.season, args.out, args.language)
        except FieldFormsError as exc:
            if exc.key == "unknown_season":
                known = ", ".join(exc.params["known"]) or "none"
                raise CommandError(f"no season named {args.season!r} in "
                                   f"{_name(args.project)}; known seasons: {known}") from None
            raise CommandError(str(exc)) from None
    finally:
        project.close()
    for written in report.forms:
        if written.error:
            print(f"{PROG}: error: {written.error}", file=sys.stderr)
            continue
        for warning in written.warnings:
            print(f"{PROG}: warning: form {written.name} ({written.xlsx.name}): {warning}",
                  file=sys.stderr)
        print(f"{written.xlsx}: form {written.form_id} version {written.version}; "
              f"XForm {written.xml.name if written.xml else '-'}")
    print(f"{report.folder}: lists for the forms: "
          f"{', '.join(p.name for p in report.attachments)} (season {report.season}); "
          "upload each form with these files as its attachments")
    return 1 if report.failed else 0
