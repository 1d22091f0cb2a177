"""Offline copies on the command line: ``checkout``, ``sync`` and ``conflicts``.

The register's password, when it needs one, comes as for every register command: in the
URL, from PGPASSWORD or the user's pgpass file; a copy remembers the address without it.
"""

from __future__ import annotations

import argparse
import json

from metkasekor_desktop.app.messages import PROG, CommandError
from metkasekor_desktop.domain.messages import Message, joined, msg
from metkasekor_desktop.domain.register_copy import TABLE_WORDS
from metkasekor_desktop.layers.message_words import say


def _kind(kind: str, column: str | None) -> Message | str:
    """What happened to a conflict's record, in words."""
    if kind == "field":
        return msg("both changed {column}", column=column)
    if kind == "server_deleted":
        return msg("changed here, deleted in the register")
    if kind == "local_deleted":
        return msg("deleted here, changed in the register")
    if kind == "code_taken":
        return msg("added here, but the register has a record with the same code or key "
                   "(rename it here and sync again)")
    if kind == "not_permitted":
        return msg("the register refused it: not in your provinces")
    return kind


def _counts(counts: dict[str, int]) -> Message:
    parts = [msg("{count:,} {things}", count=n, things=TABLE_WORDS.get(t, (t, t))[n != 1])
             for t, n in counts.items() if n]
    return joined(parts, ", ") if parts else msg("nothing")


def cmd_checkout(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.office_sync import checkout

    area = args.district or args.province
    out, report = checkout(args.url, args.out, area=area)
    if area:
        print(say(msg("{file}: an offline copy of area {area}: {counts}. Synchronise it "
                      "with: {program} sync {file}", file=out, area=area,
                      counts=report.counts_text("added"), program=PROG)))
    else:
        print(say(msg("{file}: an offline copy of the whole register: {counts}. Synchronise "
                      "it with: {program} sync {file}", file=out,
                      counts=report.counts_text("added"), program=PROG)))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.office_sync import synchronise

    report = synchronise(args.copy)
    if report.resumed:
        print(say(msg("An interrupted sync had reached the register; it was finished, not "
                      "repeated.")))
    print(say(msg("pushed: {pushed}; deleted in the register: {deleted}",
                  pushed=_counts(report.pushed), deleted=_counts(report.deleted_there))))
    print(say(msg("pulled: {pulled}; deleted here: {deleted}", pulled=_counts(report.pulled),
                  deleted=_counts(report.deleted_here))))
    if report.merged:
        print(say(msg("merged: {count} records with fields changed on both sides",
                      count=report.merged)))
    for c in report.conflicts:
        print(say(msg("conflict {id}: {record}: {what}", id=c.id, record=c.label,
                      what=_kind(c.kind, c.column))))
    if report.open:
        print(say(msg("{count} conflicts are open: {program} conflicts {copy}",
                      count=report.open, program=PROG, copy=args.copy)))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.office_sync import copy_conflicts, decide_conflict

    if args.keep is not None:
        if args.id is None:
            raise CommandError(msg("--keep needs --id N: the conflict to decide (see the "
                                   "list)"))
        value = None
        if args.keep == "value":
            if args.value is None:
                raise CommandError(msg("--keep value needs --value: the value to keep"))
            value = json.loads(args.value) if args.json else args.value
        decide_conflict(args.copy, args.id, args.keep, value)
        print(say(msg("conflict {id} decided: {keep}; it goes across at the next sync",
                      id=args.id, keep=args.keep)))
        return 0
    found = copy_conflicts(args.copy)
    if args.format == "json":
        print(json.dumps([c.__dict__ for c in found], ensure_ascii=False, indent=1,
                         default=str))
        return 0
    if not found:
        print(say(msg("{copy}: no open conflict", copy=args.copy.name)))
        return 0
    for c in found:
        print(say(msg("{id}: {record}: {what}", id=c.id, record=c.label,
                      what=_kind(c.kind, c.column))))
        if c.column is not None:
            print(say(msg("    at the last sync: {base!r}; here: {local!r}; in the "
                          "register: {remote!r}", base=c.base, local=c.local,
                          remote=c.remote)))
        elif c.kind == "code_taken" and isinstance(c.remote, dict):
            print(say(msg("    the register has a plot {code}: rename this one, e.g. to "
                          "{proposal}, and sync again", code=c.remote.get("code"),
                          proposal=c.remote.get("proposal"))))
    print(say(msg("decide one with: --id N --keep local|register|value [--value V]")))
    return 0
