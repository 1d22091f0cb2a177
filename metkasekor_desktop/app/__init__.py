"""Start-up and command line: wires storage, io and the UI together.

``metkasekor-desktop [PROJECT]`` opens the window; sub-commands do batch work with no
display: ``demo`` makes a demo project, ``import`` reads plots from a file, ``export`` writes
the plots for partners.

The parsers are in ``parser``, the commands in ``project_commands``, ``import_command`` and
``register_commands``, their wording in ``messages``; here the command is chosen and run,
in the language ``language`` chooses (``--language``, else the environment's): what a
command prints is a message said in it (``layers.message_words.say``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from metkasekor_desktop.app.analysis_commands import cmd_adoption, cmd_diffusion, cmd_market
from metkasekor_desktop.app.forms_command import cmd_forms
from metkasekor_desktop.app.import_command import cmd_import
from metkasekor_desktop.app.language import command_language, speak
from metkasekor_desktop.app.messages import PROG, CommandError, _os_error, error_line
from metkasekor_desktop.app.parser import COMMANDS, _command_parser, _window_parser
from metkasekor_desktop.app.project_commands import cmd_demo, cmd_export, cmd_render, cmd_stats
from metkasekor_desktop.app.register_commands import cmd_publish, cmd_server
from metkasekor_desktop.app.report_command import cmd_report
from metkasekor_desktop.app.site_command import cmd_site
from metkasekor_desktop.app.submissions_command import cmd_submissions
from metkasekor_desktop.app.sync_commands import cmd_checkout, cmd_conflicts, cmd_sync
from metkasekor_desktop.app.tiles_command import cmd_tiles

__all__ = ["COMMANDS", "PROG", "CommandError", "_command_parser", "_run_command",
           "_window_parser", "main"]


def _run_command(argv: Sequence[str]) -> int:
    from metkasekor_desktop.domain.errors import DomainError
    from metkasekor_desktop.layers.message_words import say
    from metkasekor_desktop.storage import ProjectError

    args = _command_parser().parse_args(list(argv))
    language = command_language(args)
    if args.language is None:
        args.language = language  # the drawing commands' legend and names too
    speak(language)
    handlers = {"demo": cmd_demo, "import": cmd_import, "export": cmd_export,
                "render": cmd_render, "publish": cmd_publish,
                "stats": cmd_stats, "adoption": cmd_adoption, "diffusion": cmd_diffusion,
                "market": cmd_market, "report": cmd_report, "server": cmd_server,
                "checkout": cmd_checkout, "sync": cmd_sync, "conflicts": cmd_conflicts,
                "tiles": cmd_tiles, "forms": cmd_forms,
                "submissions": cmd_submissions, "site": cmd_site}
    try:
        return handlers[args.command](args)
    except (CommandError, ProjectError, DomainError) as exc:
        # DomainError covers the io writers' own errors (Shapefile, GeoTIFF).
        print(say(error_line(exc)), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped (``| head``): nothing more to say, and nothing to flush.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(say(error_line(_os_error(exc))), file=sys.stderr)
        return 1
    except Exception as exc:
        # A database failure that reached here unworded (locked, full, read-only): one
        # line that says what to do, never a traceback.
        from metkasekor_desktop.storage.errors import explain

        failure = explain(exc)
        if failure is None:
            raise
        print(say(error_line(failure)), file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from metkasekor_desktop.io.temp_files import remove_leftover_temp_folders

    remove_leftover_temp_folders()  # what a killed import or export left; never raises
    if argv and argv[0] in COMMANDS:
        return _run_command(argv)
    args = _window_parser().parse_args(argv)
    from metkasekor_desktop.ui.application import no_display_message, run

    message = no_display_message()
    if message:
        print(message, file=sys.stderr)
        return 2
    if isinstance(args.project, Path) and not args.project.exists():
        from metkasekor_desktop.domain.messages import msg
        from metkasekor_desktop.layers.message_words import say

        print(say(error_line(msg("{project}: no such project file", project=args.project))),
              file=sys.stderr)
        return 1
    return run(args.project)
