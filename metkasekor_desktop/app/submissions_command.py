"""``submissions``: import the phone submissions of an ODK Central or KoboToolbox export.

Prints a line per problem (the submission, its field, what is wrong), then what was
written, or with ``--dry-run`` what would be written (nothing is). Exits 1 when nothing
could be read from the file.
"""

from __future__ import annotations

import argparse
import sys

from metkasekor_desktop.app.messages import PROG, _name

_WORDS = {"plans": "season plans", "yields": "yield records", "soil_samples": "soil samples",
          "events": "extension events", "plots": "plots", "farmers": "farmers"}


def cmd_submissions(args: argparse.Namespace) -> int:
    from metkasekor_desktop.io.submission_layouts import MESSAGES as FILE_MESSAGES
    from metkasekor_desktop.layers.submission_import import SubmissionImport
    from metkasekor_desktop.storage import Project

    project = Project.open_any(args.project)
    try:
        with SubmissionImport(project, args.file, args.form) as job:
            found = job.read()
            for problem in found.problems:
                level = "error" if problem.fatal else "warning"
                text = FILE_MESSAGES[problem.key].format(**problem.params)
                print(f"{PROG}: {level}: {problem.where}: {text}", file=sys.stderr)
            if found.refused or not found.submissions:
                if not found.refused:
                    print(f"{PROG}: error: {args.file.name}: no submission in the file",
                          file=sys.stderr)
                return 1
            review = job.review()
            for line in review.lines:
                print(line.message)
            if args.dry_run:
                counts: dict[str, int] = {}
                for item in review.accepted:
                    counts[item.kind] = counts.get(item.kind, 0) + 1
                media = sum(len(item.media) for item in review.accepted)
                print(f"{args.file.name}: {len(found.submissions)} submissions; would write "
                      f"{_counts(counts)}, {media} media files; {review.known} already "
                      f"imported, {review.refused} refused (dry run: nothing written)")
                return 0
            result = job.commit()
    finally:
        project.close()
    print(f"{_name(args.project)}: wrote {_counts(result.written)}, {result.media} media "
          f"files; {result.known} already imported, {result.refused} refused")
    return 0


def _counts(counts: dict[str, int]) -> str:
    shown = [f"{n} {_WORDS.get(kind, kind)}" for kind, n in counts.items() if n]
    return ", ".join(shown) or "nothing"
