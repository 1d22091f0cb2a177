"""Offline copies on the command line: ``checkout``, ``sync`` and ``conflicts``.

The register's password, when it needs one, comes as for every register command: in the
URL, from PGPASSWORD or the user's pgpass file; a copy remembers the address without it.
"""

from __future__ import annotations

import argparse
import json

from metkasekor_desktop.app.messages import CommandError
from metkasekor_desktop.domain.register_copy import TABLE_WORDS

_KINDS = {
    "field": "both changed {column}",
    "server_deleted": "changed here, deleted in the register",
    "local_deleted": "deleted here, changed in the register",
    "code_taken": "added here, but the register has a record with the same code or key "
                  "(rename it here and sync again)",
    "not_permitted": "the register refused it: not in your provinces",
}


def _counts(counts: dict[str, int]) -> str:
    parts = [f"{n:,} {TABLE_WORDS.get(t, (t, t))[n != 1]}" for t, n in counts.items() if n]
    return ", ".join(parts) if parts else "nothing"


def cmd_checkout(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.office_sync import checkout

    area = args.district or args.province
    out, report = checkout(args.url, args.out, area=area)
    print(f"{out}: an offline copy of {'area ' + area if area else 'the whole register'}: "
          f"{report.counts_text('added')}. Synchronise it with: metkasekor-desktop sync "
          f"{out}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.office_sync import synchronise

    report = synchronise(args.copy)
    if report.resumed:
        print("An interrupted sync had reached the register; it was finished, not "
              "repeated.")
    print(f"pushed: {_counts(report.pushed)}; deleted in the register: "
          f"{_counts(report.deleted_there)}")
    print(f"pulled: {_counts(report.pulled)}; deleted here: {_counts(report.deleted_here)}")
    if report.merged:
        print(f"merged: {report.merged} records with fields changed on both sides")
    for c in report.conflicts:
        print(f"conflict {c.id}: {c.label}: {_KINDS.get(c.kind, c.kind).format(column=c.column)}")
    if report.open:
        print(f"{report.open} conflicts are open: metkasekor-desktop conflicts {args.copy}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from metkasekor_desktop.layers.office_sync import copy_conflicts, decide_conflict

    if args.keep is not None:
        if args.id is None:
            raise CommandError("--keep needs --id N: the conflict to decide (see the list)")
        value = None
        if args.keep == "value":
            if args.value is None:
                raise CommandError("--keep value needs --value: the value to keep")
            value = json.loads(args.value) if args.json else args.value
        decide_conflict(args.copy, args.id, args.keep, value)
        print(f"conflict {args.id} decided: {args.keep}; it goes across at the next sync")
        return 0
    found = copy_conflicts(args.copy)
    if args.format == "json":
        print(json.dumps([c.__dict__ for c in found], ensure_ascii=False, indent=1,
                         default=str))
        return 0
    if not found:
        print(f"{args.copy.name}: no open conflict")
        return 0
    for c in found:
        what = _KINDS.get(c.kind, c.kind).format(column=c.column)
        print(f"{c.id}: {c.label}: {what}")
        if c.column is not None:
            print(f"    at the last sync: {c.base!r}; here: {c.local!r}; in the register: "
                  f"{c.remote!r}")
        elif c.kind == "code_taken" and isinstance(c.remote, dict):
            print(f"    the register has a plot {c.remote.get('code')}: rename this one, "
                  f"e.g. to {c.remote.get('proposal')}, and sync again")
    print("decide one with: --id N --keep local|register|value [--value V]")
    return 0
