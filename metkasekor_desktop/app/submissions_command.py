"""``submissions``: import the phone submissions of an ODK Central or KoboToolbox export.

Prints a line per problem (the submission, its field, what is wrong), then what was
written, or with ``--dry-run`` what would be written (nothing is). Exits 1 when nothing
could be read from the file.
"""

from __future__ import annotations

import argparse
import sys

from metkasekor_desktop.app.messages import _name, error_line, warning_line
from metkasekor_desktop.domain.messages import Message, joined, msg
from metkasekor_desktop.layers.message_words import say

_WORDS = {"plans": msg("season plans"), "yields": msg("yield records"),
          "soil_samples": msg("soil samples"), "events": msg("extension events"),
          "plots": msg("plots"), "farmers": msg("farmers")}


def cmd_submissions(args: argparse.Namespace) -> int:
    from metkasekor_desktop.io.submission_layouts import MESSAGES as FILE_MESSAGES
    from metkasekor_desktop.layers.submission_import import SubmissionImport
    from metkasekor_desktop.storage import Project

    project = Project.open_any(args.project)
    try:
        with SubmissionImport(project, args.file, args.form) as job:
            found = job.read()
            for problem in found.problems:
                line = error_line if problem.fatal else warning_line
                text = Message(FILE_MESSAGES[problem.key], dict(problem.params))
                print(say(line(msg("{where}: {problem}", where=problem.where, problem=text))),
                      file=sys.stderr)
            if found.refused or not found.submissions:
                if not found.refused:
                    print(say(error_line(msg("{file}: no submission in the file",
                                             file=args.file.name))), file=sys.stderr)
                return 1
            review = job.review()
            for line in review.lines:
                print(say(line.message))
            if args.dry_run:
                counts: dict[str, int] = {}
                for item in review.accepted:
                    counts[item.kind] = counts.get(item.kind, 0) + 1
                media = sum(len(item.media) for item in review.accepted)
                print(say(msg("{file}: {count} submissions; would write {counts}, {media} "
                              "media files; {known} already imported, {refused} refused "
                              "(dry run: nothing written)", file=args.file.name,
                              count=len(found.submissions), counts=_counts(counts),
                              media=media, known=review.known, refused=review.refused)))
                return 0
            result = job.commit()
    finally:
        project.close()
    print(say(msg("{project}: wrote {counts}, {media} media files; {known} already "
                  "imported, {refused} refused", project=_name(args.project),
                  counts=_counts(result.written), media=result.media, known=result.known,
                  refused=result.refused)))
    return 0


def _counts(counts: dict[str, int]) -> Message:
    shown = [msg("{count} {things}", count=n, things=_WORDS.get(kind, kind))
             for kind, n in counts.items() if n]
    return joined(shown, ", ") if shown else msg("nothing")
