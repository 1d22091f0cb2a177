"""``forms``: the phone forms (XLSForms for ODK Collect / KoboCollect) of a project.

Writes one XLSForm per form with its XForm beside it and the CSV lists the forms read;
every form is converted by pyxform, and a form it refuses makes the command exit 1.
"""

from __future__ import annotations

import argparse
import sys

from metkasekor_desktop.app.messages import (
    CommandError,
    _name,
    error_line,
    unknown_season,
    warning_line,
)
from metkasekor_desktop.domain.messages import as_message, msg
from metkasekor_desktop.layers.message_words import say
from metkasekor_desktop.layers.season_words import name_text


def cmd_forms(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.field_forms import FieldFormsError, write_field_forms
    from metkasekor_desktop.storage import Project

    project = Project.open_any(args.project)
    try:
        try:
            report = write_field_forms(project, args.season, args.out, args.language)
        except FieldFormsError as exc:
            if exc.key == "unknown_season":
                raise CommandError(unknown_season(args.season, _name(args.project),
                                                  list(exc.params["known"]))) from None
            raise CommandError(as_message(exc)) from None
    finally:
        project.close()
    for written in report.forms:
        if written.error:
            print(say(error_line(written.error)), file=sys.stderr)
            continue
        for warning in written.warnings:
            print(say(warning_line(msg("form {name} ({file}): {warning}", name=written.name,
                                       file=written.xlsx.name, warning=warning))),
                  file=sys.stderr)
        print(say(msg("{file}: form {form_id} version {version}; XForm {xform}",
                      file=written.xlsx, form_id=written.form_id, version=written.version,
                      xform=written.xml.name if written.xml else "-")))
    print(say(msg("{folder}: lists for the forms: {files} (season {season}); upload each "
                  "form with these files as its attachments", folder=report.folder,
                  files=", ".join(p.name for p in report.attachments),
                  season=name_text(report.season))))
    return 1 if report.failed else 0
