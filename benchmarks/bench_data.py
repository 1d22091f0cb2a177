"""The benchmarks' data: demo projects made once into benchmarks/data (git-ignored)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def ensure_project(n: int = 100_000, path: Path | None = None) -> Path:
    """The demo project users get, of ``n`` plots (at ``path``, else in benchmarks/data),
    made once with the command line's ``demo`` command."""
    path = path or DATA / ("province.gpkg" if n == 100_000 else f"province-{n}.gpkg")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        exe = shutil.which("metkasekor-desktop", path=str(Path(sys.executable).parent))
        command = [exe] if exe else [sys.executable, "-m", "metkasekor_desktop"]
        print(f"making {path.name} ({n} plots) ...", flush=True)
        subprocess.run([*command, "demo", str(path), "--plots", str(n)], check=True)
    return path
