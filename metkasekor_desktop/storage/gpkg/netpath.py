"""Is a file on a network share? SQLite's WAL journal must not be used there."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

NETWORK_FS_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs",
        "9p", "afs", "ncpfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs",
        "ceph", "fuse.ceph", "lustre", "gpfs", "fuse.rclone", "fuse.s3fs", "webdav",
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW


def read_mounts() -> str:
    """Text of the mount table (Linux); empty where there is none."""
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _unescape(field: str) -> str:
    """/proc/mounts escapes spaces and tabs as octal (\\040)."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_fs_type(path: Path, mounts: str) -> str | None:
    """The file system type of the mount holding ``path`` (longest mount point wins)."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    return best[1] if best else None


def _windows_is_remote(path: str) -> bool:
    win = PureWindowsPath(path)
    if win.drive.startswith("\\\\") or path.startswith(("\\\\", "//")):
        return True  # a UNC path \\server\share
    if sys.platform != "win32" or not win.drive:
        return False
    import ctypes

    drive_type = ctypes.windll.kernel32.GetDriveTypeW(win.drive + "\\")  # type: ignore[attr-defined, unused-ignore]
    return drive_type == _DRIVE_REMOTE


def is_network_path(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is on a network share (SMB, NFS, sshfs...)."""
    text = os.fspath(path)
    if sys.platform == "win32" or text.startswith("\\\\"):
        return _windows_is_remote(text)
    try:
        resolved = Path(text).resolve()
    except OSError:
        resolved = Path(os.path.abspath(text))
    fstype = mount_fs_type(resolved, read_mounts())
    if fstype is None:
        return False
    return fstype.lower() in NETWORK_FS_TYPES or fstype.lower().startswith(("nfs", "smb"))
