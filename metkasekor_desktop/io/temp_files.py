"""Temporary folders of imports and exports, and the removal of those a killed run left.

Every temporary folder this application makes in the system's temporary directory is
named ``metkasekor-<kind>-<pid>-<random>``: the prefix says it is ours, the process id
says whose. A run that is killed (power cut, Task Manager) cannot remove its folder, so
:func:`remove_leftover_temp_folders` is called at the next start (window and command
line): it removes our folders that are older than the running process and whose process
is gone, and nothing else, nowhere else.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

PREFIX = "metkasekor-"
_NAME = re.compile(r"^metkasekor-[a-z]+-(\d+)-[A-Za-z0-9_]+$")
_STARTED = time.time()  # when this module was first imported: early in the process


def make_temp_dir(kind: str) -> Path:
    """A fresh private folder for one import or export, e.g. ``kind="import"``."""
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{kind}-{os.getpid()}-"))


def _process_started() -> float:
    """When the running process started (Linux: from /proc), else when we were loaded."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return _STARTED


def _alive(pid: int) -> bool:
    """Whether a process with this id runs (a reused id counts as alive: kept, to be safe)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def remove_leftover_temp_folders(folder: str | Path | None = None) -> list[Path]:
    """Remove the temporary folders a killed import or export of ours left behind.

    Only folders named by :func:`make_temp_dir`, directly in ``folder`` (default: the
    system's temporary directory), last changed before this process started and whose
    process no longer runs. Returns what was removed; never raises.
    """
    base = Path(folder) if folder is not None else Path(tempfile.gettempdir())
    started = _process_started()
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        try:
            if entry.is_symlink() or not entry.is_dir() or entry.stat().st_mtime >= started:
                continue
        except OSError:
            continue
        if _alive(int(match.group(1))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed.append(entry)
    return removed
