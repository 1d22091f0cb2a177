"""The commands of a shared register: ``publish``, ``export --format project`` and
``server`` (init, add-user, users, remove-user, demo)."""

from __future__ import annotations

import argparse
import sys

from metkasekor_desktop.app.messages import PROG, CommandError
from metkasekor_desktop.domain.messages import Message, as_message, msg
from metkasekor_desktop.layers.message_words import say

MAX_CLASHES_SHOWN = 50  # a publish lists this many clashes, then counts the rest


def cmd_export_project(args: argparse.Namespace, formats: list[str]) -> int:
    from metkasekor_desktop.layers.register_copy import export_project

    if formats != ["project"] or args.package:
        raise CommandError(msg("--format project makes an office project on its own: give "
                               "it alone, without other formats or --package"))
    limits = [f"--{n}" for n in ("district", "season", "practice", "role")
              if getattr(args, n) is not None]
    if limits:
        raise CommandError(msg("--format project copies whole provinces: {options} cannot "
                               "be used with it (use --province)", options=", ".join(limits)))
    if args.crs != 4326:
        raise CommandError(msg("--format project keeps the register's WGS 84: leave out "
                               "--crs"))
    province = _province(args.province)
    out, report = export_project(args.project, args.out, province=province)
    if province:
        print(say(msg("{file}: an office project of province {province}: {counts}", file=out,
                      province=province, counts=report.counts_text())))
    else:
        print(say(msg("{file}: an office project of every province: {counts}", file=out,
                      counts=report.counts_text())))
    return 0


def _province(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.strip()
    from metkasekor_desktop.domain.codes import normalise_admin_code
    from metkasekor_desktop.domain.errors import ValidationError

    try:
        return normalise_admin_code(code, "province")  # "2" from a spreadsheet is 02
    except ValidationError:
        raise CommandError(msg("--province {code!r}: use a 2-digit province code, e.g. 02 "
                               "(Battambang)", code=code)) from None


def cmd_publish(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.register_copy import publish
    from metkasekor_desktop.storage.errors import NotPermittedError

    province = _province(args.province)
    try:
        report = publish(args.project, args.url, province=province, dry_run=args.dry_run)
    except NotPermittedError as error:
        if province is not None:
            raise
        raise CommandError(msg("{reason} A provincial officer publishes their own "
                               "province's plots: add --province CODE.",
                               reason=as_message(error))) from None
    name, there = args.project.name, msg("the register")
    if report.clashes:
        shown = report.clashes[:MAX_CLASHES_SHOWN]
        for clash in shown:
            print(say(msg("clash: {clash}", clash=clash.message(name, there))),
                  file=sys.stderr)
        more = len(report.clashes) - len(shown)
        if more > 0:
            print(say(msg("... and {count:,} more clashes", count=more)), file=sys.stderr)
        raise CommandError(msg("{count:,} clashes between {project} and the register: "
                               "nothing was published. Make the records agree (in the office "
                               "project or in the register), then publish again; --dry-run "
                               "lists them without trying", count=len(report.clashes),
                               project=name))
    if args.dry_run:
        print(say(msg("{project} -> the register: would add {counts}; already there: "
                      "{found}", project=name, counts=report.counts_text(),
                      found=report.counts_text("found"))))
    else:
        print(say(msg("{project} -> the register: added {counts}; already there: {found}",
                      project=name, counts=report.counts_text(),
                      found=report.counts_text("found"))))
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.register import initialise

    if args.server_command == "add-user":
        return cmd_server_add_user(args)
    if args.server_command == "demo":
        return cmd_server_demo(args)
    if args.server_command == "users":
        return cmd_server_users(args)
    if args.server_command == "remove-user":
        return cmd_server_remove_user(args)
    outcome, before, name = initialise(args.url)  # server_command is "init"
    from metkasekor_desktop.layers.qgis_styles import ensure_qgis_style
    from metkasekor_desktop.storage import Project

    with Project.connect(args.url) as register:  # QGIS shows the plots as we do
        styled = ensure_qgis_style(register, register=True)
    from metkasekor_desktop.storage.schema import SCHEMA_VERSION

    if outcome == "roles":
        said = msg("The register {name} is at format {before}; its user roles were set up "
                   "(add users with: {program} server add-user URL NAME --role ROLE).",
                   name=name, before=before, program=PROG)
    elif outcome == "history":
        said = msg("The register {name} is at format {before}; its history of every change "
                   "(who, when, before and after) was set up or brought up to date: "
                   "provincial users read their own provinces'.", name=name, before=before)
    elif outcome == "current" and styled:
        said = msg("The register {name} is already initialised (format {before}); its plots "
                   "got their default QGIS style (layer_styles).", name=name, before=before)
    elif outcome == "current":
        said = msg("The register {name} is already initialised (format {before}); nothing "
                   "was changed.", name=name, before=before)
    elif outcome == "upgraded":
        said = msg("The register {name} was upgraded from format {before} to format "
                   "{version}.", name=name, before=before, version=SCHEMA_VERSION)
    else:
        said = msg("The register {name} was created (format {version}). Connect to it "
                   "with: {program} {url}", name=name, version=SCHEMA_VERSION, program=PROG,
                   url=args.url)
    print(say(said))
    return 0


def cmd_server_demo(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.register_demo import start_demo_register, stop_demo_register

    if args.stop:
        stopped = stop_demo_register(args.folder, port=args.port)
        print(say(msg("The demo register's server in {folder} was stopped.",
                      folder=args.folder) if stopped else
                  msg("The demo register's server in {folder} was not running.",
                      folder=args.folder)))
        return 0
    if not 1 <= args.plots <= 100_000:
        raise CommandError(msg("--plots must be between 1 and 100000"))
    url, report = start_demo_register(args.folder, port=args.port, plots=args.plots)
    if report is not None:
        print(say(msg("Published the demo project into the register: {counts}.",
                      counts=report.counts_text())))
    print(say(msg("The demo register runs in {folder}. Open it with: {program} {url}\n"
                  "Stop it with: {program} server demo {folder} --stop", folder=args.folder,
                  program=PROG, url=url)))
    return 0


def cmd_server_add_user(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.register import add_user_to_register
    from metkasekor_desktop.storage.postgis.roles import check_user

    check_user(args.name, args.role, args.province)  # refused before anything is asked
    password = None
    if args.password_prompt:
        import getpass

        password = getpass.getpass(say(msg("Password for {name}: ", name=args.name)))
        if password != getpass.getpass(say(msg("Again: "))):
            raise CommandError(msg("the two passwords differ; nothing was changed"))
    created, name, provinces = add_user_to_register(
        args.url, args.name, args.role, args.province, password)
    print(say(_user_line(created, args.name, name, args.role, provinces)))
    return 0


def cmd_server_users(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.users import register_users

    name, users = register_users(args.url)
    if not users:
        print(say(msg("The register {name} has no users yet (add one with: {program} "
                      "server add-user URL NAME --role ROLE).", name=name, program=PROG)))
        return 0
    from metkasekor_desktop.app.analysis_commands import _width

    rows = [(say(msg("User")), say(msg("Role")), say(msg("Provinces")))] + [
        (say(msg("{user} (cannot log in)", user=u.name)) if not u.can_login else u.name,
         say(_role(u.role)) if u.role else say(msg("none (no access)")),
         ", ".join(u.provinces) or (say(msg("all")) if u.role in ("national", "viewer")
                                    else say(msg("none"))))
        for u in users]
    widths = [max(_width(r[i]) for r in rows) for i in range(2)]
    print(say(msg("Users of the register {name}:", name=name)))
    for user, role, provinces in rows:
        print(f"{user}{' ' * (widths[0] - _width(user))}  "
              f"{role}{' ' * (widths[1] - _width(role))}  {provinces}".rstrip())
    return 0


def cmd_server_remove_user(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.users import remove_user_from_register

    name, removal = remove_user_from_register(args.url, args.name)
    role = _role(removal.role) if removal.role else msg("no role")
    if len(removal.provinces) > 1:
        was = msg("{role} of provinces {provinces}", role=role,
                  provinces=", ".join(removal.provinces))
    elif removal.provinces:
        was = msg("{role} of province {provinces}", role=role,
                  provinces=", ".join(removal.provinces))
    else:
        was = role
    print(say(msg("Removed the user {user} ({was}) from the register {name}; it has no role "
                  "in any register on this server now.", user=args.name, was=was,
                  name=name)))
    if removal.dropped:
        print(say(msg("Its login role {user} was dropped (it owned nothing).",
                      user=args.name)))
    else:
        print(say(msg("Its login role {user} was kept ({reason}); it can no longer read or "
                      "write the register.", user=args.name, reason=removal.kept_because)))
    return 0


# The register's roles as the commands name them (the role's own name in English).
_ROLES = {"national": msg("national"), "provincial": msg("provincial"),
          "viewer": msg("viewer")}


def _role(role: str) -> Message | str:
    return _ROLES.get(role, role)


def _user_line(created: bool, user: str, name: str, role: str,
               provinces: list[str]) -> Message:
    """"Created the user sok of the register mk: provincial of province 02."."""
    role_said = _role(role)
    where = ", ".join(provinces)
    if created:
        if len(provinces) > 1:
            return msg("Created the user {user} of the register {name}: {role} of provinces "
                       "{provinces}.", user=user, name=name, role=role_said, provinces=where)
        if provinces:
            return msg("Created the user {user} of the register {name}: {role} of province "
                       "{provinces}.", user=user, name=name, role=role_said, provinces=where)
        return msg("Created the user {user} of the register {name}: {role}.", user=user,
                   name=name, role=role_said)
    if len(provinces) > 1:
        return msg("Updated the user {user} of the register {name}: {role} of provinces "
                   "{provinces}.", user=user, name=name, role=role_said, provinces=where)
    if provinces:
        return msg("Updated the user {user} of the register {name}: {role} of province "
                   "{provinces}.", user=user, name=name, role=role_said, provinces=where)
    return msg("Updated the user {user} of the register {name}: {role}.", user=user,
               name=name, role=role_said)
