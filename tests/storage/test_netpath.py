"""WAL journaling only on local disks: detecting network shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from metkasekor_desktop.storage.gpkg import netpath

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/office nfs4 rw,relatime 0 0
//nas/share /media/pdaff\\040share cifs rw 0 0
user@host:/data /home/officer/remote fuse.sshfs rw 0 0
tmpfs /run/user/1000 tmpfs rw 0 0
"""


@pytest.fixture(autouse=True)
def fake_mounts(monkeypatch) -> None:
    monkeypatch.setattr(netpath, "read_mounts", lambda: MOUNTS)
    monkeypatch.setattr(netpath.sys, "platform", "linux")


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/home/officer/projects/btb.gpkg", False),
        ("/mnt/office/projects/btb.gpkg", True),
        ("/mnt/officework/btb.gpkg", False),  # a prefix of a mount point is not inside it
        ("/media/pdaff share/btb.gpkg", True),
        ("/home/officer/remote/btb.gpkg", True),
        ("/run/user/1000/btb.gpkg", False),
        ("\\\\server\\share\\btb.gpkg", True),  # a Windows UNC path
    ],
)
def test_network_paths(path: str, remote: bool) -> None:
    assert netpath.is_network_path(path) is remote


def test_windows_drive_letter_without_windows_is_local() -> None:
    assert netpath.is_network_path(Path("C:/data/btb.gpkg")) is False


def test_network_share_uses_the_rollback_journal(monkeypatch, tmp_path: Path) -> None:
    from metkasekor_desktop.storage import Project
    from metkasekor_desktop.storage.gpkg import file as gpkg_file

    monkeypatch.setattr(gpkg_file, "is_network_path", lambda _p: True)
    p = Project.create(tmp_path / "share.gpkg")
    try:
        with p.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        p.close()
