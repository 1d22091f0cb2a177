"""The commands of a shared register: ``publish``, ``export --format project`` and
``server`` (init, add-user, users, remove-user, demo)."""

from __future__ import annotations

import argparse
import sys

from metkasekor_desktop.app.messages import PROG, CommandError

MAX_CLASHES_SHOWN = 50  # a publish lists this many clashes, then counts the rest


def cmd_export_project(args: argparse.Namespace, formats: list[str]) -> int:
    from metkasekor_desktop.layers.register_copy import export_project

    if formats != ["project"] or args.package:
        raise CommandError("--format project makes an office project on its own: give it "
                           "alone, without other formats or --package")
    limits = [f"--{n}" for n in ("district", "season", "practice", "role")
              if getattr(args, n) is not None]
    if limits:
        raise CommandError(f"--format project copies whole provinces: {', '.join(limits)} "
                           "cannot be used with it (use --province)")
    if args.crs != 4326:
        raise CommandError("--format project keeps the register's WGS 84: leave out --crs")
    province = _province(args.province)
    out, report = export_project(args.project, args.out, province=province)
    where = f"province {province}" if province else "every province"
    print(f"{out}: an office project of {where}: {report.counts_text()}")
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
        raise CommandError(f"--province {code!r}: use a 2-digit province code, e.g. 02 "
                           "(Battambang)") from None


def cmd_publish(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.register_copy import publish
    from metkasekor_desktop.storage.errors import NotPermittedError

    province = _province(args.province)
    try:
        report = publish(args.project, args.url, province=province, dry_run=args.dry_run)
    except NotPermittedError as error:
        if province is not None:
            raise
        raise CommandError(f"{error} A provincial officer publishes their own province's "
                           "plots: add --province CODE.") from None
    name, there = args.project.name, "the register"
    if report.clashes:
        shown = report.clashes[:MAX_CLASHES_SHOWN]
        for clash in shown:
            print(f"clash: {clash.message(name, there)}", file=sys.stderr)
        more = len(report.clashes) - len(shown)
        if more > 0:
            print(f"... and {more:,} more clashes", file=sys.stderr)
        raise CommandError(f"{len(report.clashes):,} clashes between {name} and {there}: "
                           "nothing was published. Make the records agree (in the office "
                           "project or in the register), then publish again; --dry-run "
                           "lists them without trying")
    verb = "would add" if args.dry_run else "added"
    print(f"{name} -> {there}: {verb} {report.counts_text()}; already there: "
          f"{report.counts_text('found')}")
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
        print(f"The register {name} is at format {before}; its user roles were set up "
              f"(add users with: {PROG} server add-user URL NAME --role ROLE).")
    elif outcome == "history":
        print(f"The register {name} is at format {before}; its history of every change "
              "(who, when, before and after) was set up or brought up to date: provincial "
              "users read their own provinces'.")
    elif outcome == "current" and styled:
        print(f"The register {name} is already initialised (format {before}); its plots "
              "got their default QGIS style (layer_styles).")
    elif outcome == "current":
        print(f"The register {name} is already initialised (format {before}); nothing "
              "was changed.")
    elif outcome == "upgraded":
        print(f"The register {name} was upgraded from format {before} to format "
              f"{SCHEMA_VERSION}.")
    else:
        print(f"The register {name} was created (format {SCHEMA_VERSION}). Connect to it "
              f"with: {PROG} {args.url}")
    return 0


def cmd_server_demo(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.register_demo import start_demo_register, stop_demo_register

    if args.stop:
        stopped = stop_demo_register(args.folder, port=args.port)
        print(f"The demo register's server in {args.folder} was "
              f"{'stopped' if stopped else 'not running'}.")
        return 0
    if not 1 <= args.plots <= 100_000:
        raise CommandError("--plots must be between 1 and 100000")
    url, report = start_demo_register(args.folder, port=args.port, plots=args.plots)
    if report is not None:
        print(f"Published the demo project into the register: {report.counts_text()}.")
    print(f"The demo register runs in {args.folder}. Open it with: {PROG} {url}\n"
          f"Stop it with: {PROG} server demo {args.folder} --stop")
    return 0


def cmd_server_add_user(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.register import add_user_to_register
    from metkasekor_desktop.storage.postgis.roles import check_user

    check_user(args.name, args.role, args.province)  # refused before anything is asked
    password = None
    if args.password_prompt:
        import getpass

        password = getpass.getpass(f"Password for {args.name}: ")
        if password != getpass.getpass("Again: "):
            raise CommandError("the two passwords differ; nothing was changed")
    created, name, provinces = add_user_to_register(
        args.url, args.name, args.role, args.province, password)
    where = f" of province{'s' if len(provinces) > 1 else ''} {', '.join(provinces)}" \
        if provinces else ""
    print(f"{'Created' if created else 'Updated'} the user {args.name} of the register "
          f"{name}: {args.role}{where}.")
    return 0


def cmd_server_users(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.users import register_users

    name, users = register_users(args.url)
    if not users:
        print(f"The register {name} has no users yet (add one with: {PROG} server "
              "add-user URL NAME --role ROLE).")
        return 0
    rows = [("User", "Role", "Provinces")] + [
        (u.name + ("" if u.can_login else " (cannot log in)"),
         u.role or "none (no access)",
         ", ".join(u.provinces) or ("all" if u.role in ("national", "viewer") else "none"))
        for u in users]
    widths = [max(len(r[i]) for r in rows) for i in range(2)]
    print(f"Users of the register {name}:")
    for user, role, provinces in rows:
        print(f"{user:<{widths[0]}}  {role:<{widths[1]}}  {provinces}".rstrip())
    return 0


def cmd_server_remove_user(args: argparse.Namespace) -> int:
    from metkasekor_desktop.storage.postgis.users import remove_user_from_register

    name, removal = remove_user_from_register(args.url, args.name)
    was = removal.role or "no role"
    if removal.provinces:
        was += f" of province{'s' if len(removal.provinces) > 1 else ''} " \
            + ", ".join(removal.provinces)
    print(f"Removed the user {args.name} ({was}) from the register {name}; it has no "
          "role in any register on this server now.")
    if removal.dropped:
        print(f"Its login role {args.name} was dropped (it owned nothing).")
    else:
        print(f"Its login role {args.name} was kept ({removal.kept_because}); it can no "
              "longer read or write the register.")
    return 0
