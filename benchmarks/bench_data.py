"""The benchmarks' data: demo projects made once into benchmarks/data (git-ignored)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def ensure_project(n: int = 100_000) -> Path:
    """A demo project of ``n`` plots, made with the ``demo`` command when missing."""
    path = DATA / ("province.gpkg" if n == 100_000 else f"province-{n}.gpkg")
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"making {path.name} ({n} plots) ...", flush=True)
        subprocess.run([sys.executable, "-m", "metkasekor_desktop", "demo", str(path),
                        "--plots", str(n)], check=True)
    return path
