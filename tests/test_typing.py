"""The core packages type-check: mypy, configured in pyproject.toml, reports no error.

DESIGN.md asks for type hints everywhere and mypy on the core (domain, storage, io,
analysis). mypy runs in this process through its API, with a cache of its own under
the test's temporary folder, so a stale cache can never hide an error.
"""

from __future__ import annotations

from pathlib import Path

from mypy import api

REPO = Path(__file__).resolve().parents[1]
CORE = ("domain", "storage", "io", "analysis")


def test_core_packages_type_check(tmp_path: Path) -> None:
    paths = [str(REPO / "metkasekor_desktop" / name) for name in CORE]
    report, errors, status = api.run([
        "--config-file", str(REPO / "pyproject.toml"),
        "--cache-dir", str(tmp_path / "mypy_cache"),
        *paths,
    ])
    assert status == 0, f"mypy found type errors:\n{report}{errors}"
