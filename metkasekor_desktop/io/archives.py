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

from metkasekor_desktop.domain.messages import Message, msg

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


def _size(n: int) -> Message:
    if n >= 1 << 30:
        return msg("{size:.1f} GB", size=n / (1 << 30))
    if n >= 1 << 20:
        return msg("{size:.1f} MB", size=n / (1 << 20))
    if n >= 1 << 10:
        return msg("{size:.1f} KB", size=n / (1 << 10))
    return msg("{count} bytes", count=n)


def check_listing(archive: zipfile.ZipFile, name: str, wanted: list[str],
                  limits: ArchiveLimits = LIMITS) -> None:
    """Refuse the archive when its members (those ``wanted``) break a limit."""
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise ArchiveRefused(msg(
            "{name} holds {count} members, more than the {limit} a plot file "
            "can need. It is not a GIS export; ask the sender for the plot file itself.",
            name=name, count=len(infos), limit=limits.members))
    chosen = set(wanted)
    total = 0
    for info in infos:
        if info.filename not in chosen:
            continue
        if len(PurePosixPath(info.filename).parts) > limits.path_parts:
            raise ArchiveRefused(msg(
                "{name}: {member}... lies {depth} "
                "folders deep, more than {limit}. Unzip it and import the file.",
                name=name, member=info.filename[:80],
                depth=len(PurePosixPath(info.filename).parts), limit=limits.path_parts))
        if info.file_size > limits.member_bytes:
            raise ArchiveRefused(msg(
                "{name}: {member} would unpack to {size}, more than the "
                "limit of {limit}. It is not a plot file, or it is "
                "damaged; ask the sender for the file itself.",
                name=name, member=info.filename, size=_size(info.file_size),
                limit=_size(limits.member_bytes)))
        stored = max(info.compress_size, 1)
        if info.file_size > _SMALL and info.file_size / stored > limits.ratio:
            raise ArchiveRefused(msg(
                "{name}: {member} is {packed} packed but would unpack to "
                "{size} ({times} times larger; the limit "
                "is {limit}). Such a file is padding, not plots: it is refused. Ask the "
                "sender for the file itself.",
                name=name, member=info.filename, packed=_size(stored),
                size=_size(info.file_size), times=info.file_size // stored,
                limit=limits.ratio))
        total += info.file_size
        if total > limits.total_bytes:
            raise ArchiveRefused(msg(
                "{name} would unpack to more than {limit} (reached at "
                "{member}). It is not a plot file; ask the sender for the file itself.",
                name=name, limit=_size(limits.total_bytes), member=info.filename))


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
                    raise ArchiveRefused(msg(
                        "{name}: {member} unpacks to more than the {size} it "
                        "declares. The archive is damaged or made to fill the disk; it is "
                        "refused.", name=name, member=member, size=_size(info.file_size)))
                out.write(chunk)
