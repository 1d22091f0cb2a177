"""Zip and KMZ files extracted with limits, so that a hostile archive cannot fill the disk.

A zip can hold a member that unpacks to a thousand times its stored size (1 GB of zeros
is stored in about 1 MB), thousands of members, or archives inside archives. Before
anything is written the listing is checked against :class:`ArchiveLimits`; members are
then copied in chunks, counting the bytes really produced, so that a member that lies
about its size is stopped too. A refusal names the member, its size and the limit.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

_CHUNK = 1 << 20
_SMALL = 1 << 20  # members below 1 MB may compress any amount (text full of spaces)


@dataclass(frozen=True)
class ArchiveLimits:
    """What one archive may unpack to: far above any plot file, far below a full disk."""

    total_bytes: int = 2 << 30  # 2 GB: a province's Shapefile is tens of MB
    member_bytes: int = 2 << 30
    ratio: int = 200  # unpacked size / stored size, for members above 1 MB
    members: int = 10_000
    depth: int = 2  # archives inside archives
    path_parts: int = 32  # folders inside folders


LIMITS = ArchiveLimits()


class ArchiveRefused(Exception):  # noqa: N818 - a refusal, worded for the officer
    """The archive breaks a limit; the message names the member, its size and the limit."""


def _size(n: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:.1f} {unit}"
    return f"{n} bytes"


def check_listing(archive: zipfile.ZipFile, name: str, wanted: list[str],
                  limits: ArchiveLimits = LIMITS) -> None:
    """Refuse the archive when its members (those ``wanted``) break a limit."""
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise ArchiveRefused(
            f"{name} holds {len(infos)} members, more than the {limits.members} a plot file "
            "can need. It is not a GIS export; ask the sender for the plot file itself.")
    chosen = set(wanted)
    total = 0
    for info in infos:
        if info.filename not in chosen:
            continue
        if len(PurePosixPath(info.filename).parts) > limits.path_parts:
            raise ArchiveRefused(
                f"{name}: {info.filename[:80]}... lies {len(PurePosixPath(info.filename).parts)} "
                f"folders deep, more than {limits.path_parts}. Unzip it and import the file.")
        if info.file_size > limits.member_bytes:
            raise ArchiveRefused(
                f"{name}: {info.filename} would unpack to {_size(info.file_size)}, more than the "
                f"limit of {_size(limits.member_bytes)}. It is not a plot file, or it is "
                "damaged; ask the sender for the file itself.")
        stored = max(info.compress_size, 1)
        if info.file_size > _SMALL and info.file_size / stored > limits.ratio:
            raise ArchiveRefused(
                f"{name}: {info.filename} is {_size(stored)} packed but would unpack to "
                f"{_size(info.file_size)} ({info.file_size // stored} times larger; the limit "
                f"is {limits.ratio}). Such a file is padding, not plots: it is refused. Ask the "
                "sender for the file itself.")
        total += info.file_size
        if total > limits.total_bytes:
            raise ArchiveRefused(
                f"{name} would unpack to more than {_size(limits.total_bytes)} (reached at "
                f"{info.filename}). It is not a plot file; ask the sender for the file itself.")


def extract(archive: zipfile.ZipFile, name: str, wanted: list[str], folder: Path,
            limits: ArchiveLimits = LIMITS) -> None:
    """Extract the ``wanted`` members into ``folder``, counting every byte written."""
    check_listing(archive, name, wanted, limits)
    total = 0
    root = folder.resolve()
    for member in wanted:
        info = archive.getinfo(member)
        parts = [p for p in PurePosixPath(member.replace("\\", "/")).parts
                 if p not in ("", ".", "..", "/") and not p.endswith(":")]
        if not parts:
            continue
        target = root.joinpath(*parts)
        if root not in target.resolve().parents:
            continue  # a name that would leave the folder is not extracted
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with archive.open(info) as source, target.open("wb") as out:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                total += len(chunk)
                if written > max(info.file_size, 0) or total > limits.total_bytes:
                    raise ArchiveRefused(
                        f"{name}: {member} unpacks to more than the {_size(info.file_size)} it "
                        "declares. The archive is damaged or made to fill the disk; it is "
                        "refused.")
                out.write(chunk)
